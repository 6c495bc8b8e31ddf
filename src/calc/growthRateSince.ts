import type { Decimal as DecimalT } from 'decimal.js';
import type { DecimalInput } from '../decimal/decimal.js';
import { objectArg } from '../errors/args.js';
import { ErrorCode, WupianError } from '../errors/WupianError.js';
import type { Interval } from '../interval/interval.js';
import { type DateInput, type GrowthBasis, baseDate, formatDate, toDate } from '../period/baseDate.js';
import { growthRate } from './growthRate.js';
import { type CalcOptions, type Quantity, calcOptions } from './operand.js';

/** A value with the date it is a balance at. */
export interface Dated<T> {
  /** The balance. */
  readonly value: T;
  /** The date it stands at (yyyy-MM-dd or a Date). */
  readonly date: DateInput;
}

const BASIS_NAMES: Readonly<Record<GrowthBasis, string>> = {
  ytd: '较年初 (since the start of the year)',
  yoy: '同比 (year-on-year)',
  mom: '环比 (month-on-month)',
  qoq: '较上季末 (quarter-on-quarter)',
};

/**
 * {@link growthRate} with the dates checked: a 较年初 base must be the previous
 * 12-31, a 同比 base the same date a year earlier.
 *
 * @example
 * growthRateSince({ value: '1896.69', date: '2024-12-31' }, { value: '2150', date: '2025-06-30' }, 'ytd').toFixed(2) // '13.36'
 * growthRateSince({ value: '1896.69', date: '2024-06-30' }, { value: '2150', date: '2025-06-30' }, 'ytd')
 * // throws WupianError { code: 'base_date_mismatch' }
 */
export function growthRateSince(base: Dated<DecimalInput>, current: Dated<DecimalInput>, basis: GrowthBasis): DecimalT;
export function growthRateSince(base: Dated<Quantity>, current: Dated<Quantity>, basis: GrowthBasis, options?: CalcOptions): Interval;
export function growthRateSince(
  base: Dated<Quantity>,
  current: Dated<Quantity>,
  basis: GrowthBasis,
  options?: CalcOptions,
): DecimalT | Interval {
  objectArg('growthRateSince', base, ['base'], 'a dated value { value, date }');
  objectArg('growthRateSince', current, ['current'], 'a dated value { value, date }');
  const o = calcOptions('growthRateSince', options);
  const expected = baseDate(toDate(current.date, ['current', 'date']), basis);
  const actual = formatDate(toDate(base.date, ['base', 'date']));
  if (actual !== expected) {
    throw new WupianError(
      ErrorCode.BaseDateMismatch,
      `A ${BASIS_NAMES[basis]} rate at ${formatDate(toDate(current.date))} compares with ${expected}, but the base is dated ${actual}.`,
      { path: ['base', 'date'], input: actual },
    );
  }
  return growthRate(base.value, current.value, o);
}
