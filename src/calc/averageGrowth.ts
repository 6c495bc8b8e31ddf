import type { Decimal as DecimalT } from 'decimal.js';
import { Decimal, type DecimalInput } from '../decimal/decimal.js';
import { ErrorCode, WupianError } from '../errors/WupianError.js';
import { arrayArg } from '../errors/args.js';
import type { Interval } from '../interval/interval.js';
import { type Arithmetic, arithmeticArg, exactArithmetic, intervalArithmetic } from './arithmetic.js';
import { type CalcOptions, type Quantity, calcOptions, exact, isUncertain, requireDimension, uncertain } from './operand.js';

/** The arithmetic mean. */
export function averageWith<T>(A: Arithmetic<T>, values: readonly T[]): T {
  arithmeticArg(A, 'averageWith');
  arrayArg('averageWith', values, ['values']);
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
  const o = calcOptions('averageGrowth', options);
  if (!Array.isArray(rates) || rates.length === 0) {
    throw new WupianError(ErrorCode.InvalidArgument, 'averageGrowth: rates is empty; it needs at least one rate.', { path: ['rates'] });
  }
  rates.forEach((r, i) => requireDimension('averageGrowth', ['rates', i], r, ['percent']));
  if (isUncertain(rates)) {
    return averageWith(intervalArithmetic, Array.from(rates, (r, i) => uncertain(r, ['rates', i], o, 'averageGrowth')));
  }
  return averageWith(exactArithmetic, Array.from(rates, (r, i) => exact(r as DecimalInput, ['rates', i])));
}
