import type { Decimal as DecimalT } from 'decimal.js';
import { Decimal, type DecimalInput } from '../decimal/decimal.js';
import { arrayArg } from '../errors/args.js';
import type { Interval } from '../interval/interval.js';
import { type Arithmetic, arithmeticArg, exactArithmetic, intervalArithmetic } from './arithmetic.js';
import { type CalcOptions, type Quantity, calcOptions, exact, isUncertain, sameDimension, uncertain } from './operand.js';

/** The sum of the parts. */
export function sumWith<T>(A: Arithmetic<T>, parts: readonly T[]): T {
  arithmeticArg(A, 'sumWith');
  arrayArg('sumWith', parts, ['parts']);
  let sum = A.constant(new Decimal(0));
  for (const p of parts) sum = A.add(sum, p);
  return sum;
}

/**
 * Sum of parts (合计). On Figures, the interval of every sum the rounded parts allow:
 * 22 cells printed to 0.01 sum to anything within ±0.11 of their naive sum.
 *
 * @example
 * sumOf(['0.05', '3.70', '7.50']).toFixed() // '11.25'
 */
export function sumOf(parts: readonly DecimalInput[]): DecimalT;
export function sumOf(parts: readonly Quantity[], options?: CalcOptions): Interval;
export function sumOf(parts: readonly Quantity[], options?: CalcOptions): DecimalT | Interval {
  const o = calcOptions('sumOf', options);
  arrayArg('sumOf', parts, ['parts']);
  sameDimension('sumOf', Array.from(parts, (p, i) => [['parts', i], p] as const));
  if (isUncertain(parts)) {
    return sumWith(intervalArithmetic, Array.from(parts, (p, i) => uncertain(p, ['parts', i], o, 'sumOf')));
  }
  return sumWith(exactArithmetic, Array.from(parts, (p, i) => exact(p as DecimalInput, ['parts', i])));
}
