import type { Decimal as DecimalT } from 'decimal.js';
import type { DecimalInput } from '../decimal/decimal.js';
import { ErrorCode } from '../errors/WupianError.js';
import type { Interval } from '../interval/interval.js';
import { type Arithmetic, arithmeticArg, exactArithmetic, intervalArithmetic } from './arithmetic.js';
import { type CalcOptions, type Quantity, calcOptions, exact, isUncertain, requirePositive, sameDimension, uncertain } from './operand.js';

/** a / b. */
export function timesWith<T>(A: Arithmetic<T>, a: T, b: T): T {
  arithmeticArg(A, 'timesWith');
  return A.divide(a, b);
}

/**
 * How many times `b` is `a` (倍): 2 is 翻番, doubling. Note that "增长1.5倍" in
 * careful usage means a growth of 150%, i.e. `times` = 2.5.
 *
 * @example
 * times('111.40', '55.70').toFixed() // '2'
 */
export function times(a: DecimalInput, b: DecimalInput): DecimalT;
export function times(a: Quantity, b: Quantity, options?: CalcOptions): Interval;
export function times(a: Quantity, b: Quantity, options?: CalcOptions): DecimalT | Interval {
  const o = calcOptions('times', options);
  sameDimension('times', [
    ['a', a],
    ['b', b],
  ]);
  if (isUncertain([a, b])) {
    return timesWith(intervalArithmetic, uncertain(a, 'a', o, 'times'), uncertain(b, 'b', o, 'times'));
  }
  const x = exact(a as DecimalInput, 'a');
  const y = exact(b as DecimalInput, 'b');
  requirePositive('times', 'b', y, ErrorCode.DivisionByZero, 'so no multiple is defined');
  return timesWith(exactArithmetic, x, y);
}
