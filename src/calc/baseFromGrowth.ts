import type { Decimal as DecimalT } from 'decimal.js';
import { HUNDRED, ONE, type DecimalInput } from '../decimal/decimal.js';
import { ErrorCode, WupianError, abbreviate } from '../errors/WupianError.js';
import type { Interval } from '../interval/interval.js';
import { type Arithmetic, arithmeticArg, exactArithmetic, intervalArithmetic } from './arithmetic.js';
import { type CalcOptions, type Quantity, calcOptions, exact, isUncertain, requireDimension, requireNonNegative, uncertain } from './operand.js';

/** current / (1 + rate / 100). */
export function baseFromGrowthWith<T>(A: Arithmetic<T>, current: T, rate: T): T {
  arithmeticArg(A, 'baseFromGrowthWith');
  return A.divide(current, A.add(A.constant(ONE), A.divide(rate, A.constant(HUNDRED))));
}

/**
 * The base a value grew from: the balance at the start of the year from a balance
 * and its 较年初 rate, or a year earlier from a 同比 rate.
 *
 * @example
 * baseFromGrowth('1026.09', '28.47').toDecimalPlaces(1).toFixed() // '798.7'
 * baseFromGrowth('6.45', '159.13').toDecimalPlaces(2).toFixed() // '2.49'
 */
export function baseFromGrowth(current: DecimalInput, rate: DecimalInput): DecimalT;
export function baseFromGrowth(current: Quantity, rate: Quantity, options?: CalcOptions): Interval;
export function baseFromGrowth(current: Quantity, rate: Quantity, options?: CalcOptions): DecimalT | Interval {
  const o = calcOptions('baseFromGrowth', options);
  requireDimension('baseFromGrowth', 'rate', rate, ['percent']);
  if (isUncertain([current, rate])) {
    return baseFromGrowthWith(intervalArithmetic, uncertain(current, 'current', o, 'baseFromGrowth'), uncertain(rate, 'rate', o, 'baseFromGrowth'));
  }
  const c = exact(current as DecimalInput, 'current');
  const r = exact(rate as DecimalInput, 'rate');
  requireNonNegative('baseFromGrowth', 'current', c);
  if (r.lte(-100)) {
    throw new WupianError(ErrorCode.InvalidArgument, `baseFromGrowth: a rate of ${abbreviate(r.toString())}% leaves no base to grow from.`, {
      path: ['rate'],
      input: r.toString(),
    });
  }
  return baseFromGrowthWith(exactArithmetic, c, r);
}
