import type { Decimal as DecimalT } from 'decimal.js';
import type { DecimalInput } from '../decimal/decimal.js';
import type { Interval } from '../interval/interval.js';
import { type Arithmetic, arithmeticArg, exactArithmetic, intervalArithmetic } from './arithmetic.js';
import { type CalcOptions, type Quantity, calcOptions, exact, isUncertain, sameDimension, uncertain } from './operand.js';

/** current − base. */
export function incrementWith<T>(A: Arithmetic<T>, base: T, current: T): T {
  arithmeticArg(A, 'incrementWith');
  return A.subtract(current, base);
}

/**
 * The increase from `base` to `current` (较年初增加, 同比多增).
 *
 * @example
 * increment('1896.69', '2150').toFixed() // '253.31'
 */
export function increment(base: DecimalInput, current: DecimalInput): DecimalT;
export function increment(base: Quantity, current: Quantity, options?: CalcOptions): Interval;
export function increment(base: Quantity, current: Quantity, options?: CalcOptions): DecimalT | Interval {
  const o = calcOptions('increment', options);
  sameDimension('increment', [
    ['base', base],
    ['current', current],
  ]);
  if (isUncertain([base, current])) {
    return incrementWith(intervalArithmetic, uncertain(base, 'base', o, 'increment'), uncertain(current, 'current', o, 'increment'));
  }
  return incrementWith(exactArithmetic, exact(base as DecimalInput, 'base'), exact(current as DecimalInput, 'current'));
}
