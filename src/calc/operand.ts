import type { Decimal as DecimalT } from 'decimal.js';
import { type DecimalInput, isDecimal, toDecimal } from '../decimal/decimal.js';
import { type Path, badArgument } from '../errors/args.js';
import { ErrorCode, WupianError, abbreviate, quote } from '../errors/WupianError.js';
import { type Figure, checkFigure } from '../figure/figure.js';
import { type IntervalOfOptions, checkIntervalOfOptions, figureInterval } from '../figure/intervalOf.js';
import type { Dimension } from '../figure/units.js';
import { type Interval, checkInterval, point } from '../interval/interval.js';

/** What a calculator takes: an exact number, a stated Figure, or an Interval. */
export type Quantity = DecimalInput | Figure | Interval;

/** Options of the calculators when they work on Figures. */
export type CalcOptions = IntervalOfOptions;

/**
 * Whether any operand asks for interval arithmetic: any object but a Decimal (a Figure,
 * an Interval, or something malformed that `uncertain` then refuses by name).
 */
export function isUncertain(values: readonly unknown[]): boolean {
  return values.some((v) => typeof v === 'object' && v !== null && !isDecimal(v));
}

export function exact(value: DecimalInput, name: string | Path): DecimalT {
  return toDecimal(value, typeof name === 'string' ? [name] : name);
}

/** Checks a calculator's options (those of intervalOf); `undefined` is `{}`. */
export function calcOptions(caller: string, options: unknown): CalcOptions {
  return options === undefined ? {} : checkIntervalOfOptions(caller, options);
}

/**
 * An operand as an interval: a Figure's (checked), an Interval (checked) or a number's
 * point. Anything else is refused naming the operand.
 */
export function uncertain(value: Quantity, name: string | Path, options: CalcOptions = {}, caller = 'calculator'): Interval {
  const path = typeof name === 'string' ? [name] : name;
  if (typeof value === 'object' && value !== null && !isDecimal(value)) {
    const v = value as object;
    if ('unit' in v || 'stated' in v || 'value' in v) return figureInterval(checkFigure(v, path, caller), options);
    if ('lo' in v || 'hi' in v) return checkInterval(v, path, caller);
    throw badArgument(caller, path, 'a decimal number, a Figure or an Interval', value);
  }
  return point(toDecimal(value, path));
}

const DIMENSION_NAMES: Readonly<Record<Dimension, string>> = {
  money: 'money',
  percent: 'a rate (%)',
  'percentage-points': 'percentage points',
  count: 'a count',
  times: 'a multiple',
  area: 'an area',
  mass: 'a mass',
  duration: 'a duration',
  number: 'a bare number',
};

// Enough of a Figure to compare units (a cheap look: the whole Figure is checked once,
// when it becomes an interval); a malformed one is refused there, by name.
function hasUnit(value: unknown): value is Figure {
  if (typeof value !== 'object' || value === null) return false;
  const unit = (value as { unit?: unknown }).unit;
  const dimension = typeof unit === 'object' && unit !== null ? (unit as { dimension?: unknown }).dimension : undefined;
  return typeof dimension === 'string' && Object.hasOwn(DIMENSION_NAMES, dimension) && typeof (value as { text?: unknown }).text === 'string';
}

/**
 * Refuses to mix units: adding 亿元 to %, or a growth rate from a count to money.
 * Only Figures carry units; bare numbers and Intervals are taken as the caller means.
 * A bare number (逾20亿) is compatible with anything.
 */
export function sameDimension(operation: string, named: readonly (readonly [string | Path, unknown])[]): void {
  let first: readonly [string, Figure] | null = null;
  for (const [key, value] of named) {
    const name = typeof key === 'string' ? key : key.join('.');
    if (!hasUnit(value) || value.unit.dimension === 'number') continue;
    if (!first) {
      first = [name, value];
      continue;
    }
    const countsOfDifferentThings =
      value.unit.dimension === 'count' && first[1].unit.dimension === 'count' && countNoun(value.unit.symbol) !== countNoun(first[1].unit.symbol);
    if (value.unit.dimension !== first[1].unit.dimension || countsOfDifferentThings) {
      throw new WupianError(
        ErrorCode.UnitMismatch,
        `${operation}: ${name} ${quote(value.text)} is ${kindOf(value)} but ${first[0]} ${quote(first[1].text)} is ${kindOf(first[1])}.`,
        { path: typeof key === 'string' ? [key] : key, input: value.text },
      );
    }
  }
}

// "a count (户)": counts of different things do not mix.
function kindOf(f: Figure): string {
  return f.unit.dimension === 'count' ? `a count (${countNoun(f.unit.symbol)})` : DIMENSION_NAMES[f.unit.dimension];
}

// 1.2万户 and 4078户 count the same things; 户 and 家 do not.
function countNoun(symbol: string): string {
  return symbol.replace(/^[万亿]/, '');
}

/** Requires a Figure operand to be of one of the given dimensions. */
export function requireDimension(operation: string, key: string | Path, value: unknown, allowed: readonly Dimension[]): void {
  if (!hasUnit(value) || value.unit.dimension === 'number') return;
  if (!allowed.includes(value.unit.dimension)) {
    const path = typeof key === 'string' ? [key] : key;
    throw new WupianError(
      ErrorCode.UnitMismatch,
      `${operation}: ${path.join('.')} ${quote(value.text)} is ${DIMENSION_NAMES[value.unit.dimension]}, expected ${allowed.map((d) => DIMENSION_NAMES[d]).join(' or ')}.`,
      { path, input: value.text },
    );
  }
}

/** Refuses 0 (with `zeroCode`) and negative numbers where they make no sense. */
export function requirePositive(operation: string, name: string, d: DecimalT, zeroCode: ErrorCode, why: string): void {
  if (d.isZero()) {
    throw new WupianError(zeroCode, `${operation}: ${name} is 0, ${why}.`, { path: [name], input: d.toString() });
  }
  requireNonNegative(operation, name, d);
}

/** Refuses a negative number: a balance, a count or a total below zero. */
export function requireNonNegative(operation: string, name: string, d: DecimalT): void {
  if (d.isNegative()) {
    throw new WupianError(ErrorCode.NegativeValue, `${operation}: ${name} is ${abbreviate(d.toString())}, below zero: no balance or count is.`, {
      path: [name],
      input: d.toString(),
    });
  }
}
