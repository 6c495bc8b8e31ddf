import type { Decimal as DecimalT } from 'decimal.js';
import type { DecimalInput } from '../decimal/decimal.js';
import { ErrorCode } from '../errors/WupianError.js';
import type { Interval } from '../interval/interval.js';
import { exactArithmetic, intervalArithmetic } from './arithmetic.js';
import { type CalcOptions, type Quantity, calcOptions, exact, isUncertain, requirePositive, sameDimension, uncertain } from './operand.js';
import { shareWith } from './share.js';

/**
 * A ratio in percent, such as the loan-to-deposit ratio (存贷比 = loans / deposits × 100).
 * The same formula as a share, without the part-of-whole reading.
 *
 * @example
 * ratio('83', '100').toFixed() // '83'
 */
export function ratio(numerator: DecimalInput, denominator: DecimalInput): DecimalT;
export function ratio(numerator: Quantity, denominator: Quantity, options?: CalcOptions): Interval;
export function ratio(numerator: Quantity, denominator: Quantity, options?: CalcOptions): DecimalT | Interval {
  const o = calcOptions('ratio', options);
  sameDimension('ratio', [
    ['numerator', numerator],
    ['denominator', denominator],
  ]);
  if (isUncertain([numerator, denominator])) {
    return shareWith(intervalArithmetic, uncertain(numerator, 'numerator', o, 'ratio'), uncertain(denominator, 'denominator', o, 'ratio'));
  }
  const n = exact(numerator as DecimalInput, 'numerator');
  const d = exact(denominator as DecimalInput, 'denominator');
  requirePositive('ratio', 'denominator', d, ErrorCode.DivisionByZero, 'so no ratio is defined');
  return shareWith(exactArithmetic, n, d);
}
