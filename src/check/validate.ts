import { toDecimal } from '../decimal/decimal.js';
import { type Path, arrayArg, badArgument, oneOfOption, optionsArg, stringOption } from '../errors/args.js';
import { ErrorCode, WupianError, describe } from '../errors/WupianError.js';
import { figureProblem } from '../figure/figure.js';
import { LEVEL_KINDS } from './claim.js';
import { isDateLike } from '../period/relative.js';
import { checkIntervalOfOptions } from '../figure/intervalOf.js';
import { checkInterval } from '../interval/interval.js';

/**
 * What an item must have: a field, a test of its value, and how to name it in the error.
 * A test may answer with a string: the sub-path and need of a more precise complaint.
 */
export type Requirement = readonly [field: string, test: (value: unknown) => boolean | readonly [Path, string], needs: string];

export const isString = (v: unknown): boolean => typeof v === 'string';
/** yyyy-MM-dd, or a date in a year the text leaves unstated (Y-03-31), or undated. */
export const isIsoDate = (v: unknown): boolean => isDateLike(v);
/** A figure from parseFigure: on a bad one, which of its fields is wrong. */
export const isFigureValue = (v: unknown): boolean | readonly [Path, string] => {
  const problem = figureProblem(v);
  return problem === null ? true : [problem[0], problem[1]];
};
const optional =
  (test: (v: unknown) => boolean) =>
  (v: unknown): boolean =>
    v === undefined || test(v);
const oneOf =
  (...allowed: readonly string[]) =>
  (v: unknown): boolean =>
    typeof v === 'string' && allowed.includes(v);
const isBoolean = (v: unknown): boolean => typeof v === 'boolean';
const isObject = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPeriod = (v: unknown): boolean => isObject(v) && isIsoDate((v as Record<string, unknown>)['from']) && isIsoDate((v as Record<string, unknown>)['to']);
const isSpan = (v: unknown): boolean =>
  Array.isArray(v) && v.length === 2 && Number.isInteger(v[0]) && Number.isInteger(v[1]) && (v[0] as number) >= 0 && (v[0] as number) <= (v[1] as number);
const isSource = (v: unknown): boolean => {
  if (!isObject(v)) return false;
  const s = v as Record<string, unknown>;
  return optional(isString)(s['document']) && optional(isString)(s['excerpt']) && optional(Number.isInteger)(s['paragraph']) && optional(isSpan)(s['span']);
};

const BASES = ['ytd', 'yoy', 'mom', 'qoq'] as const;

/** A claim as the checker reads it (see `Claim`). */
export const CLAIM_NEEDS: readonly Requirement[] = /* @__PURE__ */ (() => [
  ['id', isString, 'an id'],
  ['indicator', isString, 'an indicator'],
  ['holder', isString, 'a holder'],
  ['date', isString, 'a date'],
  ['measure', isString, 'a measure'],
  ['figure', isFigureValue, 'a figure (from parseFigure)'],
  ['basis', optional(oneOf(...BASES)), 'a basis of ytd, yoy, mom or qoq, or none'],
  ['period', optional(isPeriod), 'a period { from, to } of yyyy-MM-dd dates, or none'],
  ['since', optional(isString), 'the date a change is since, or none'],
  ['benchmark', optional(isString), 'a benchmark indicator, or none'],
  ['scope', optional(isString), 'a scope (人民币, 本外币, 普惠口径 …), or none'],
  ['benchmarkScope', optional(isString), 'a benchmark scope (人民币, 本外币 …), or none'],
  ['rateBasis', optional(oneOf(...BASES)), 'the basis of the rate a rate-change is of (ytd, yoy, mom or qoq), or none'],
  ['rateOf', optional(oneOf(...LEVEL_KINDS)), 'the level a rate-change or a gap between levels is of (interest-rate, access-rate or ratio), or none'],
  ['of', optional(isString), 'the indicator of its whole, or none'],
  ['flow', optional(isBoolean), 'flow as true or false, or none'],
  ['gross', optional(isBoolean), 'gross as true or false, or none'],
  ['goalDeadline', optional(isString), 'the deadline of the goal a progress is toward, or none'],
  ['mistranslatedBillion', optional(isBoolean), 'mistranslatedBillion as true or false, or none'],
  ['source', optional(isSource), 'a source { document?, excerpt?, paragraph?, span? }, or none'],
])();

/** A goal as the checker reads it (see `TargetClaim`). */
export const TARGET_NEEDS: readonly Requirement[] = /* @__PURE__ */ (() => [
  ['id', isString, 'an id'],
  ['holder', isString, 'a holder'],
  ['about', isString, 'what it is about'],
  ['deadline', isIsoDate, 'a deadline (yyyy-MM-dd)'],
  ['figure', isFigureValue, 'a figure (from parseFigure)'],
  ['indicator', optional(isString), 'an indicator, or none'],
  ['measure', optional(isString), 'a measure, or none'],
  ['basis', optional(oneOf(...BASES, 'period')), 'a basis of ytd, yoy, mom, qoq or period, or none'],
  ['period', optional(isPeriod), 'a period { from, to } of yyyy-MM-dd dates, or none'],
  ['source', optional(isSource), 'a source { document?, excerpt?, paragraph?, span? }, or none'],
])();

/** A fact as the checker reads it (see `FactClaim`). */
export const FACT_NEEDS: readonly Requirement[] = /* @__PURE__ */ (() => [
  ['id', isString, 'an id'],
  ['context', oneOf('policy', 'case', 'other'), 'a context of policy, case or other'],
  ['about', isString, 'what it is about'],
  ['holder', isString, 'a holder'],
  ['figure', isFigureValue, 'a figure (from parseFigure)'],
  ['date', optional(isString), 'a date, or none'],
  ['source', optional(isSource), 'a source { document?, excerpt?, paragraph?, span? }, or none'],
])();

/** A sum to verify (see `SumSpec`). */
export const SUM_NEEDS: readonly Requirement[] = /* @__PURE__ */ (() => [
  ['total', isString, 'the id of its total'],
  ['parts', (v) => Array.isArray(v) && v.every(isString), 'parts: the ids of its parts'],
  ['description', optional(isString), 'a description, or none'],
])();

/** A mention the extractor could not read (see `UnparsedMention`). */
export const UNPARSED_NEEDS: readonly Requirement[] = /* @__PURE__ */ (() => [
  ['text', isString, 'its text'],
  ['span', isSpan, 'a span [start, end)'],
  ['reason', isString, 'a reason'],
])();

/**
 * Checks that `input` is an array of objects meeting `requirements`, and throws a
 * WupianError naming the first item and what it lacks: `Claim 3 needs a date.`
 * (`path: ['claims', 3, 'date']`). One check for claims, targets, facts and sums alike.
 */
export function validateItems(input: unknown, caller: string, key: string | Path, noun: string, requirements: readonly Requirement[]): void {
  const path = typeof key === 'string' ? [key] : key;
  if (!Array.isArray(input)) {
    throw new WupianError(ErrorCode.InvalidArgument, `${caller} expects an array of ${path[path.length - 1]}, got ${input === null ? 'null' : typeof input}.`, {
      path,
      input: describe(input),
    });
  }
  // A for loop, not forEach: holes in a sparse array are items too (undefined ones).
  for (let i = 0; i < input.length; i++) {
    const item: unknown = input[i];
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new WupianError(ErrorCode.InvalidData, `${noun} ${i} needs to be an object.`, { path: [...path, i], input: describe(item) });
    }
    for (const [field, test, needs] of requirements) {
      const value = (item as Record<string, unknown>)[field];
      const verdict = test(value);
      if (verdict === true) continue;
      const [sub, more] = verdict === false ? [[], ''] : verdict;
      throw new WupianError(ErrorCode.InvalidData, `${noun} ${i} needs ${needs}${more ? `: its ${[field, ...sub].join('.')} must be ${more}` : ''}.`, {
        path: [...path, i, field, ...sub],
        input: describe(value),
      });
    }
  }
}

/** Checks the claims given to the checker. */
export function validateClaims(input: unknown, caller = 'checkClaims', key: string | Path = 'claims'): void {
  validateItems(input, caller, key, 'Claim', CLAIM_NEEDS);
}

/** Checks the goals given to the checker. */
export function validateTargets(input: unknown, caller = 'checkTargets', key: string | Path = 'targets'): void {
  validateItems(input, caller, key, 'Target', TARGET_NEEDS);
}

/** Checks the facts given to the checker. */
export function validateFacts(input: unknown, caller = 'checkClaims', key: string | Path = ['options', 'facts']): void {
  validateItems(input, caller, key, 'Fact', FACT_NEEDS);
}

/**
 * Checks the options of `checkClaims` (and of `checkDocument` and `checkText`, which pass
 * them on): each known option by name; unknown ones are left alone. `undefined` is `{}`.
 */
export function validateCheckOptions<T extends object>(options: unknown, caller = 'checkClaims'): T {
  const o = optionsArg<Record<string, unknown>>(caller, options);
  oneOfOption(caller, o['lang'], ['options', 'lang'], ['en', 'zh']);
  if (o['interval'] !== undefined) checkIntervalOfOptions(caller, o['interval'], ['options', 'interval']);
  if (o['sums'] !== undefined) validateItems(o['sums'], caller, ['options', 'sums'], 'Sum', SUM_NEEDS);
  if (o['targets'] !== undefined) validateTargets(o['targets'], caller, ['options', 'targets']);
  if (o['facts'] !== undefined) validateFacts(o['facts'], caller, ['options', 'facts']);
  if (o['unparsed'] !== undefined) validateItems(o['unparsed'], caller, ['options', 'unparsed'], 'Unparsed mention', UNPARSED_NEEDS);
  const names = o['indicatorNames'];
  if (names !== undefined && (!isObject(names) || !Object.values(names as object).every(isString))) {
    throw badArgument(caller, ['options', 'indicatorNames'], 'an object of names by indicator id', names);
  }
  stringOption(caller, o['source'], ['options', 'source']);
  validateFlowSlack(caller, o['flowSlack']);
  return o as T;
}

/** Checks `flowSlack`: a decimal string from 0 to below 1. */
export function validateFlowSlack(caller: string, value: unknown): void {
  if (value === undefined) return;
  if (typeof value !== 'string') throw badArgument(caller, ['options', 'flowSlack'], 'a decimal string such as "0.005"', value);
  const d = toDecimal(value, ['options', 'flowSlack']);
  if (d.isNegative() || d.gte(1)) throw badArgument(caller, ['options', 'flowSlack'], 'a fraction from 0 to below 1', value);
}

/** Checks the intervals of `propagate`'s `initial` map, but those `checked` holds (adding them there). */
export function validateIntervals(initial: ReadonlyMap<unknown, unknown>, checked?: WeakSet<object>): void {
  for (const [key, value] of initial) {
    if (checked?.has(value as object)) continue;
    checkInterval(value, ['initial', String(key)], 'propagate');
    checked?.add(value as object);
  }
}

/**
 * Checks the arguments of `propagate`. `checked` holds intervals already found good: the
 * checker's own, which it propagates again and again and never changes.
 */
export function validatePropagateArgs(network: unknown, initial: unknown, options: unknown, checked?: WeakSet<object>): void {
  const n = network as { variables?: unknown; relations?: unknown } | null;
  if (typeof n !== 'object' || n === null || !(n.variables instanceof Map) || !Array.isArray(n.relations)) {
    throw badArgument('propagate', ['network'], 'a Network', network);
  }
  if (!(initial instanceof Map)) throw badArgument('propagate', ['initial'], 'a Map of Intervals by variable key', initial);
  validateIntervals(initial, checked);
  const o = optionsArg<Record<string, unknown>>('propagate', options);
  for (const flag of ['tolerant', 'exact'] as const) {
    if (o[flag] !== undefined && typeof o[flag] !== 'boolean') throw badArgument('propagate', ['options', flag], 'true or false', o[flag]);
  }
  if (o['without'] !== undefined && !(o['without'] instanceof Set)) throw badArgument('propagate', ['options', 'without'], 'a Set of relation ids', o['without']);
  const scope = o['scope'] as { relations?: unknown; variables?: unknown } | undefined;
  if (scope !== undefined && (!isObject(scope) || !Array.isArray(scope.relations) || !Array.isArray(scope.variables))) {
    throw badArgument('propagate', ['options', 'scope'], 'an object { relations, variables } of arrays', scope);
  }
  const max = o['maxSteps'];
  if (max !== undefined && (typeof max !== 'number' || !Number.isInteger(max) || max < 0)) throw badArgument('propagate', ['options', 'maxSteps'], 'a whole number of 0 or more', max);
  arrayArg('propagate', n.relations, ['network', 'relations']);
}
