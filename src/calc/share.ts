import type { Decimal as DecimalT } from 'decimal.js';
import { HUNDRED, type DecimalInput } from '../decimal/decimal.js';
import { ErrorCode } from '../errors/WupianError.js';
import type { Interval } from '../interval/interval.js';
import { type Arithmetic, arithmeticArg, exactArithmetic, intervalArithmetic } from './arithmetic.js';
import { type CalcOptions, type Quantity, calcOptions, exact, isUncertain, requirePositive, sameDimension, uncertain } from './operand.js';

/** part / total × 100. */
export function shareWith<T>(A: Arithmetic<T>, part: T, total: T): T {
  arithmeticArg(A, 'shareWith');
  return A.multiply(A.divide(part, total), A.constant(HUNDRED));
}

/**
 * The share of `part` in `total`, in percent (占比).
 *
 * @example
 * share('2150', '12514.55').toFixed(2) // '17.18'
 */
export function share(part: DecimalInput, total: DecimalInput): DecimalT;
export function share(part: Quantity, total: Quantity, options?: CalcOptions): Interval;
export function share(part: Quantity, total: Quantity, options?: CalcOptions): DecimalT | Interval {
  const o = calcOptions('share', options);
  sameDimension('share', [
    ['part', part],
    ['total', total],
  ]);
  if (isUncertain([part, total])) {
    return shareWith(intervalArithmetic, uncertain(part, 'part', o, 'share'), uncertain(total, 'total', o, 'share'));
  }
  const p = exact(part as DecimalInput, 'part');
  const t = exact(total as DecimalInput, 'total');
  requirePositive('share', 'total', t, ErrorCode.DivisionByZero, 'so no share of it is defined');
  return shareWith(exactArithmetic, p, t);
}
