import type { Decimal as DecimalT } from 'decimal.js';
import type { DecimalInput } from '../decimal/decimal.js';
import { ErrorCode } from '../errors/WupianError.js';
import type { Interval } from '../interval/interval.js';
import { type Arithmetic, arithmeticArg, exactArithmetic, intervalArithmetic } from './arithmetic.js';
import { type CalcOptions, type Quantity, calcOptions, exact, isUncertain, requirePositive, sameDimension, uncertain } from './operand.js';
import { ppGapWith } from './ppGap.js';
import { shareWith } from './share.js';

/** share(partAfter, totalAfter) − share(partBefore, totalBefore). */
export function shareChangeWith<T>(A: Arithmetic<T>, partBefore: T, totalBefore: T, partAfter: T, totalAfter: T): T {
  arithmeticArg(A, 'shareChangeWith');
  return ppGapWith(A, shareWith(A, partAfter, totalAfter), shareWith(A, partBefore, totalBefore));
}

/**
 * How many percentage points a share moved (较年初上升X个百分点).
 *
 * @example
 * shareChange('1896.69', '11862', '2150', '12514').toFixed(2) // '1.19'
 */
export function shareChange(partBefore: DecimalInput, totalBefore: DecimalInput, partAfter: DecimalInput, totalAfter: DecimalInput): DecimalT;
export function shareChange(partBefore: Quantity, totalBefore: Quantity, partAfter: Quantity, totalAfter: Quantity, options?: CalcOptions): Interval;
export function shareChange(
  partBefore: Quantity,
  totalBefore: Quantity,
  partAfter: Quantity,
  totalAfter: Quantity,
  options?: CalcOptions,
): DecimalT | Interval {
  const o = calcOptions('shareChange', options);
  const named = [
    ['partBefore', partBefore],
    ['totalBefore', totalBefore],
    ['partAfter', partAfter],
    ['totalAfter', totalAfter],
  ] as const;
  sameDimension('shareChange', named);
  if (isUncertain([partBefore, totalBefore, partAfter, totalAfter])) {
    const [pb, tb, pa, ta] = named.map(([name, v]) => uncertain(v, name, o, 'shareChange')) as [Interval, Interval, Interval, Interval];
    return shareChangeWith(intervalArithmetic, pb, tb, pa, ta);
  }
  const [pb, tb, pa, ta] = named.map(([name, v]) => exact(v as DecimalInput, name)) as [DecimalT, DecimalT, DecimalT, DecimalT];
  requirePositive('shareChange', 'totalBefore', tb, ErrorCode.DivisionByZero, 'so no share of it is defined');
  requirePositive('shareChange', 'totalAfter', ta, ErrorCode.DivisionByZero, 'so no share of it is defined');
  return shareChangeWith(exactArithmetic, pb, tb, pa, ta);
}
