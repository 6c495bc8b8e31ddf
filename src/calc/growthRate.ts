import type { Decimal as DecimalT } from 'decimal.js';
import { HUNDRED, ONE, type DecimalInput } from '../decimal/decimal.js';
import { ErrorCode } from '../errors/WupianError.js';
import type { Interval } from '../interval/interval.js';
import { type Arithmetic, arithmeticArg, exactArithmetic, intervalArithmetic } from './arithmetic.js';
import { type CalcOptions, type Quantity, calcOptions, exact, isUncertain, requirePositive, sameDimension, uncertain } from './operand.js';

/** (current / base − 1) × 100: each operand once, so the interval form is tight. */
export function growthRateWith<T>(A: Arithmetic<T>, base: T, current: T): T {
  arithmeticArg(A, 'growthRateWith');
  return A.multiply(A.subtract(A.divide(current, base), A.constant(ONE)), A.constant(HUNDRED));
}

/**
 * Growth rate in percent: (current − base) / base × 100. Year-on-year (同比), since
 * the start of the year (较年初) and period-on-period (环比) are this formula over
 * different bases. Exact on numbers; on Figures or Intervals, the interval of every
 * rate the stated figures allow.
 *
 * @example
 * growthRate('1896.69', '2150').toFixed(5) // '13.35537'
 * growthRate(parseFigure('1896.69亿元'), parseFigure('2150亿元')) // [13.32…, 13.38…]
 * growthRate('0', '5') // throws WupianError { code: 'base_zero' }
 */
export function growthRate(base: DecimalInput, current: DecimalInput): DecimalT;
export function growthRate(base: Quantity, current: Quantity, options?: CalcOptions): Interval;
export function growthRate(base: Quantity, current: Quantity, options?: CalcOptions): DecimalT | Interval {
  const o = calcOptions('growthRate', options);
  sameDimension('growthRate', [
    ['base', base],
    ['current', current],
  ]);
  if (isUncertain([base, current])) {
    return growthRateWith(intervalArithmetic, uncertain(base, 'base', o, 'growthRate'), uncertain(current, 'current', o, 'growthRate'));
  }
  const b = exact(base as DecimalInput, 'base');
  const c = exact(current as DecimalInput, 'current');
  requirePositive('growthRate', 'base', b, ErrorCode.BaseZero, 'so no growth rate is defined');
  return growthRateWith(exactArithmetic, b, c);
}
