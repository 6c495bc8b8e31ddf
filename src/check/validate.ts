import { ErrorCode, WupianError } from '../errors/WupianError.js';
import { isFigure } from '../figure/figure.js';
import { isDateLike } from '../period/relative.js';

/** What an item must have: a field, a test of its value, and how to name it in the error. */
export type Requirement = readonly [field: string, test: (value: unknown) => boolean, needs: string];

export const isString = (v: unknown): boolean => typeof v === 'string';
/** yyyy-MM-dd, or a date in a year the text leaves unstated (Y-03-31), or undated. */
export const isIsoDate = (v: unknown): boolean => isDateLike(v);
export const isFigureValue = (v: unknown): boolean => isFigure(v);

/**
 * Checks that `input` is an array of objects meeting `requirements`, and throws a
 * WupianError naming the first item and what it lacks: `Claim 3 needs a date.`
 * (`path: ['claims', 3]`). One check for claims, targets and facts alike.
 */
export function validateItems(input: unknown, caller: string, key: string, noun: string, requirements: readonly Requirement[]): void {
  if (!Array.isArray(input)) {
    throw new WupianError(ErrorCode.InvalidArgument, `${caller} expects an array of ${key}, got ${input === null ? 'null' : typeof input}.`, { path: [key] });
  }
  input.forEach((item: unknown, i) => {
    const missing =
      typeof item !== 'object' || item === null ? 'an object' : requirements.find(([field, test]) => !test((item as Record<string, unknown>)[field]))?.[2];
    if (missing) throw new WupianError(ErrorCode.InvalidData, `${noun} ${i} needs ${missing}.`, { path: [key, i] });
  });
}
