import type { Decimal as DecimalT } from 'decimal.js';
import type { DecimalInput } from '../decimal/decimal.js';
import type { Interval } from '../interval/interval.js';
import { type Arithmetic, arithmeticArg, exactArithmetic, intervalArithmetic } from './arithmetic.js';
import { type CalcOptions, type Quantity, calcOptions, exact, isUncertain, requireDimension, uncertain } from './operand.js';

/** a − b. */
export function ppGapWith<T>(A: Arithmetic<T>, a: T, b: T): T {
  arithmeticArg(A, 'ppGapWith');
  return A.subtract(a, b);
}

/**
 * The gap between two rates in percentage points (高于…X个百分点): a − b. Either
 * operand may itself be a gap, so a rate less a gap gives the benchmark rate.
 *
 * @example
 * ppGap('13.36', '5.54').toFixed() // '7.82'
 */
export function ppGap(a: DecimalInput, b: DecimalInput): DecimalT;
export function ppGap(a: Quantity, b: Quantity, options?: CalcOptions): Interval;
export function ppGap(a: Quantity, b: Quantity, options?: CalcOptions): DecimalT | Interval {
  const o = calcOptions('ppGap', options);
  // Two decimal strings, the common case: a subtraction needs no unit or interval checks.
  if (typeof a === 'string' && typeof b === 'string') return exact(a, 'a').minus(exact(b, 'b'));
  requireDimension('ppGap', 'a', a, ['percent', 'percentage-points']);
  requireDimension('ppGap', 'b', b, ['percent', 'percentage-points']);
  if (isUncertain([a, b])) {
    return ppGapWith(intervalArithmetic, uncertain(a, 'a', o, 'ppGap'), uncertain(b, 'b', o, 'ppGap'));
  }
  return ppGapWith(exactArithmetic, exact(a as DecimalInput, 'a'), exact(b as DecimalInput, 'b'));
}
