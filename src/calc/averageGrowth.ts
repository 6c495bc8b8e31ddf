import type { Decimal as DecimalT } from 'decimal.js';
import { Decimal, type DecimalInput } from '../decimal/decimal.js';
import { ErrorCode, WupianError } from '../errors/WupianError.js';
import type { Interval } from '../interval/interval.js';
import { type Arithmetic, exactArithmetic, intervalArithmetic } from './arithmetic.js';
import { type CalcOptions, type Quantity, exact, isUncertain, requireDimension, uncertain } from './operand.js';

/** The arithmetic mean. */
export function averageWith<T>(A: Arithmetic<T>, values: readonly T[]): T {
  let sum = A.constant(new Decimal(0));
  for (const v of values) sum = A.add(sum, v);
  return A.divide(sum, A.constant(new Decimal(values.length)));
}

/**
 * The arithmetic mean of several periods' growth rates — the other reading of
 * "三年平均增速" beside {@link cagr}.
 *
 * @example
 * averageGrowth(['40', '50', '92']).toFixed() // '60.666666666666666666666666666666666666667'
 */
export function averageGrowth(rates: readonly DecimalInput[]): DecimalT;
export function averageGrowth(rates: readonly Quantity[], options?: CalcOptions): Interval;
export function averageGrowth(rates: readonly Quantity[], options?: CalcOptions): DecimalT | Interval {
  if (!Array.isArray(rates) || rates.length === 0) {
    throw new WupianError(ErrorCode.InvalidArgument, 'averageGrowth: rates is empty; it needs at least one rate.', { path: ['rates'] });
  }
  rates.forEach((r, i) => requireDimension('averageGrowth', `rates[${i}]`, r, ['percent']));
  if (isUncertain(rates)) {
    return averageWith(intervalArithmetic, rates.map((r, i) => uncertain(r, `rates[${i}]`, options)));
  }
  return averageWith(exactArithmetic, rates.map((r, i) => exact(r as DecimalInput, `rates[${i}]`)));
}
