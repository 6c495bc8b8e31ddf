// Options objects are validated like arguments: each has a zod schema (the single
// source of its type), unknown keys are refused, and a bad value is a WupianError
// `invalid_option` whose path names the option and whose input is the value.
import { z } from 'zod';
import { ErrorCode, WupianError, quote } from '../errors/WupianError.js';
import { badArgument } from '../errors/args.js';

/** A date option: a real calendar date, yyyy-MM-dd. */
export const DateOptionSchema = /* @__PURE__ */ z.iso.date({ message: 'Expected a real date, yyyy-MM-dd' });

/** An options object whose optional keys, when present, are not undefined. */
export type Given<T> = { [K in keyof T]: Exclude<T[K], undefined> };

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

// An option left undefined is as if it were not given (exactOptionalPropertyTypes), in
// nested option objects too ({ interval: { about: { relative: undefined } } }).
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, isPlainObject(v) ? withoutUndefined(v) : v]),
  ) as T;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const key of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Validates an options object against its schema: `undefined` is `{}`; an unknown key,
 * a value of the wrong type or out of range throws a WupianError `invalid_option`
 * naming the function, the option (`path: ['options', 'region']`) and the value.
 */
export function parseOptions<S extends z.ZodType<object>>(schema: S, options: unknown, caller: string): Given<z.output<S>> {
  if (typeof (schema as { safeParse?: unknown } | null)?.safeParse !== 'function') throw badArgument(String(caller), ['schema'], 'a zod schema', schema);
  // Leaving the options out is `{}`; a null or a number for them is a mistake to name.
  const result = schema.safeParse(options === undefined ? {} : options);
  if (result.success) return withoutUndefined(result.data) as Given<z.output<S>>;
  const issue = result.error.issues[0] as z.core.$ZodIssue;
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const where = [...path, key];
    throw new WupianError(ErrorCode.InvalidOption, `${caller}: unknown option ${quote(where.join('.'))}.`, {
      path: ['options', ...where],
      input: show(valueAt(options, where)),
    });
  }
  if (path.length === 0) {
    throw new WupianError(ErrorCode.InvalidOption, `${caller}: options must be an object, not ${quote(show(options))}.`, {
      path: ['options'],
      input: show(options),
    });
  }
  const value = valueAt(options, path);
  throw new WupianError(ErrorCode.InvalidOption, `${caller}: option ${path.join('.')} ${quote(show(value))}: ${issue.message}.`, {
    path: ['options', ...path],
    input: show(value),
  });
}
