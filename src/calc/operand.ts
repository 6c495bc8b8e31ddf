import type { Decimal as DecimalT } from 'decimal.js';
import { type DecimalInput, toDecimal } from '../decimal/decimal.js';
import { ErrorCode, WupianError, quote } from '../errors/WupianError.js';
import { type Figure, isFigure } from '../figure/figure.js';
import { type IntervalOfOptions, intervalOf } from '../figure/intervalOf.js';
import type { Dimension } from '../figure/units.js';
import { type Interval, isInterval, point } from '../interval/interval.js';

/** What a calculator takes: an exact number, a stated Figure, or an Interval. */
export type Quantity = DecimalInput | Figure | Interval;

/** Options of the calculators when they work on Figures. */
export type CalcOptions = IntervalOfOptions;

/** Whether any operand asks for interval arithmetic. */
export function isUncertain(values: readonly unknown[]): boolean {
  return values.some((v) => isFigure(v) || isInterval(v));
}

export function exact(value: DecimalInput, name: string): DecimalT {
  return toDecimal(value, [name]);
}

export function uncertain(value: Quantity, name: string, options: CalcOptions = {}): Interval {
  if (isFigure(value)) return intervalOf(value, options);
  if (isInterval(value)) return value;
  return point(toDecimal(value, [name]));
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

/**
 * Refuses to mix units: adding 亿元 to %, or a growth rate from a count to money.
 * Only Figures carry units; bare numbers and Intervals are taken as the caller means.
 * A bare number (逾20亿) is compatible with anything.
 */
export function sameDimension(operation: string, named: readonly (readonly [string, unknown])[]): void {
  let first: readonly [string, Figure] | null = null;
  for (const [name, value] of named) {
    if (!isFigure(value) || value.unit.dimension === 'number') continue;
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
        { path: [name], input: value.text },
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
export function requireDimension(operation: string, name: string, value: unknown, allowed: readonly Dimension[]): void {
  if (!isFigure(value) || value.unit.dimension === 'number') return;
  if (!allowed.includes(value.unit.dimension)) {
    throw new WupianError(
      ErrorCode.UnitMismatch,
      `${operation}: ${name} ${quote(value.text)} is ${DIMENSION_NAMES[value.unit.dimension]}, expected ${allowed.map((d) => DIMENSION_NAMES[d]).join(' or ')}.`,
      { path: [name], input: value.text },
    );
  }
}

/** Refuses 0 (with `zeroCode`) and negative numbers where they make no sense. */
export function requirePositive(operation: string, name: string, d: DecimalT, zeroCode: ErrorCode, why: string): void {
  if (d.isZero()) {
    throw new WupianError(zeroCode, `${operation}: ${name} is 0, ${why}.`, { path: [name], input: d.toFixed() });
  }
  requireNonNegative(operation, name, d);
}

/** Refuses a negative number: a balance, a count or a total below zero. */
export function requireNonNegative(operation: string, name: string, d: DecimalT): void {
  if (d.isNegative()) {
    throw new WupianError(ErrorCode.NegativeValue, `${operation}: ${name} is ${d.toFixed()}, below zero: no balance or count is.`, {
      path: [name],
      input: d.toFixed(),
    });
  }
}
