import type { Decimal as DecimalT } from 'decimal.js';
import { HUNDRED, ONE, type DecimalInput } from '../decimal/decimal.js';
import { ErrorCode, WupianError, abbreviate } from '../errors/WupianError.js';
import type { Interval } from '../interval/interval.js';
import { type Arithmetic, arithmeticArg, exactArithmetic, intervalArithmetic } from './arithmetic.js';
import { type CalcOptions, type Quantity, calcOptions, exact, isUncertain, requireDimension, requireNonNegative, uncertain } from './operand.js';

/** base × (1 + rate / 100). */
export function applyGrowthWith<T>(A: Arithmetic<T>, base: T, rate: T): T {
  arithmeticArg(A, 'applyGrowthWith');
  return A.multiply(base, A.add(A.constant(ONE), A.divide(rate, A.constant(HUNDRED))));
}

/**
 * The value after growing `base` by `rate` percent: the inverse of {@link growthRate}.
 *
 * @example
 * applyGrowth('1896.69', '13.36').toFixed() // '2150.087784'
 */
export function applyGrowth(base: DecimalInput, rate: DecimalInput): DecimalT;
export function applyGrowth(base: Quantity, rate: Quantity, options?: CalcOptions): Interval;
export function applyGrowth(base: Quantity, rate: Quantity, options?: CalcOptions): DecimalT | Interval {
  const o = calcOptions('applyGrowth', options);
  requireDimension('applyGrowth', 'rate', rate, ['percent']);
  if (isUncertain([base, rate])) {
    return applyGrowthWith(intervalArithmetic, uncertain(base, 'base', o, 'applyGrowth'), uncertain(rate, 'rate', o, 'applyGrowth'));
  }
  const b = exact(base as DecimalInput, 'base');
  const r = exact(rate as DecimalInput, 'rate');
  requireNonNegative('applyGrowth', 'base', b);
  if (r.lt(-100)) {
    throw new WupianError(ErrorCode.InvalidArgument, `applyGrowth: a rate of ${abbreviate(r.toString())}% would take the value below zero.`, {
      path: ['rate'],
      input: r.toString(),
    });
  }
  return applyGrowthWith(exactArithmetic, b, r);
}
