import type { Decimal as DecimalT } from 'decimal.js';
import { Decimal, HUNDRED, ONE, type DecimalInput, toDecimal } from '../decimal/decimal.js';
import { ErrorCode, WupianError, abbreviate } from '../errors/WupianError.js';
import type { Interval } from '../interval/interval.js';
import { type Arithmetic, arithmeticArg, exactArithmetic, intervalArithmetic } from './arithmetic.js';
import { type Interval as IntervalT, powPositive } from '../interval/interval.js';

/** Interval arithmetic with roots and powers, for compound growth. */
function withPower(): Arithmetic<IntervalT> {
  const I = intervalArithmetic;
  return { add: I.add, subtract: I.subtract, multiply: I.multiply, divide: I.divide, constant: I.constant, power: powPositive };
}
import { type CalcOptions, type Quantity, calcOptions, exact, isUncertain, requireNonNegative, requirePositive, sameDimension, uncertain } from './operand.js';

/** ((end / start)^(1/periods) − 1) × 100. */
export function cagrWith<T>(A: Arithmetic<T>, start: T, end: T, periods: DecimalT): T {
  arithmeticArg(A, 'cagrWith');
  periods = toDecimal(periods, ['periods']);
  return A.multiply(A.subtract(A.power(A.divide(end, start), ONE.div(periods)), A.constant(ONE)), A.constant(HUNDRED));
}

/** Reads a number of periods: a positive number (years, quarters). */
export function toPeriods(periods: DecimalInput): DecimalT {
  const n = exact(periods, 'periods');
  if (!n.isPositive() || n.isZero()) {
    throw new WupianError(ErrorCode.InvalidArgument, `The number of periods must be positive, got ${abbreviate(n.toString())}.`, {
      path: ['periods'],
      input: n.toString(),
    });
  }
  return n;
}

/**
 * Compound average growth rate per period, in percent (年均复合增长率). "三年平均增速"
 * may mean this or the arithmetic mean of the yearly rates ({@link averageGrowth}).
 *
 * @example
 * cagr('100', '121', 2).toFixed() // '10'
 */
export function cagr(start: DecimalInput, end: DecimalInput, periods: DecimalInput): DecimalT;
export function cagr(start: Quantity, end: Quantity, periods: DecimalInput, options?: CalcOptions): Interval;
export function cagr(start: Quantity, end: Quantity, periods: DecimalInput, options?: CalcOptions): DecimalT | Interval {
  const o = calcOptions('cagr', options);
  sameDimension('cagr', [
    ['start', start],
    ['end', end],
  ]);
  const n = toPeriods(periods);
  if (isUncertain([start, end])) {
    const x = cagrWith(withPower(), uncertain(start, 'start', o, 'cagr'), uncertain(end, 'end', o, 'cagr'), n);
    // The exact form rounds to 30 decimals (a root is irrational); widen the ends to 30
    // decimals outward, so every exact result of points inside lies inside.
    const lo = x.lo.isFinite() ? x.lo.toDecimalPlaces(30, Decimal.ROUND_FLOOR) : x.lo;
    const hi = x.hi.isFinite() ? x.hi.toDecimalPlaces(30, Decimal.ROUND_CEIL) : x.hi;
    return { lo, hi, loOpen: x.loOpen && lo.eq(x.lo), hiOpen: x.hiOpen && hi.eq(x.hi) };
  }
  const s = exact(start as DecimalInput, 'start');
  const e = exact(end as DecimalInput, 'end');
  requirePositive('cagr', 'start', s, ErrorCode.BaseZero, 'so no growth rate is defined');
  requireNonNegative('cagr', 'end', e);
  return cagrWith(exactArithmetic, s, e, n).toDecimalPlaces(30, Decimal.ROUND_HALF_EVEN);
}

/** start × (1 + rate / 100)^periods. */
export function compoundWith<T>(A: Arithmetic<T>, start: T, rate: T, periods: DecimalT): T {
  arithmeticArg(A, 'compoundWith');
  periods = toDecimal(periods, ['periods']);
  return A.multiply(start, A.power(A.add(A.constant(ONE), A.divide(rate, A.constant(HUNDRED))), periods));
}

/**
 * The inverse of {@link cagr}: the value after `periods` of growth at `rate` percent.
 *
 * @example
 * compound('100', '10', 2).toFixed() // '121'
 */
export function compound(start: DecimalInput, rate: DecimalInput, periods: DecimalInput): DecimalT;
export function compound(start: Quantity, rate: Quantity, periods: DecimalInput, options?: CalcOptions): Interval;
export function compound(start: Quantity, rate: Quantity, periods: DecimalInput, options?: CalcOptions): DecimalT | Interval {
  const o = calcOptions('compound', options);
  const n = toPeriods(periods);
  if (isUncertain([start, rate])) {
    return compoundWith(withPower(), uncertain(start, 'start', o, 'compound'), uncertain(rate, 'rate', o, 'compound'), n);
  }
  const s = exact(start as DecimalInput, 'start');
  const r = exact(rate as DecimalInput, 'rate');
  requireNonNegative('compound', 'start', s);
  if (r.lt(-100)) {
    throw new WupianError(ErrorCode.InvalidArgument, `compound: a rate of ${abbreviate(r.toString())}% would take the value below zero.`, {
      path: ['rate'],
      input: r.toString(),
    });
  }
  return compoundWith(exactArithmetic, s, r, n);
}
