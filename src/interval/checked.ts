/**
 * The interval operations as wupian exports them: each checks its arguments (an Interval's
 * shape, order and `LIMITS`) and refuses a bad one with a WupianError naming it. The
 * calculators and the checker call the unchecked forms in `interval.ts` on intervals they
 * made themselves.
 */
import type { Decimal as DecimalT } from 'decimal.js';
import { type DecimalInput, isDecimal, toDecimal } from '../decimal/decimal.js';
import * as I from './interval.js';
import type { FormatIntervalOptions, Interval, IntervalJSON } from './interval.js';

const check = I.checkInterval;

/**
 * Whether both ends are finite.
 *
 * @example
 * isBounded(interval('1', '2')) // true
 * isBounded(interval('30', null)) // false
 */
export function isBounded(x: Interval): boolean {
  return I.isBounded(check(x, ['x'], 'isBounded'));
}

/**
 * Whether the interval is a single number [x, x].
 *
 * @example
 * isPoint(point('13.36')) // true
 */
export function isPoint(x: Interval): boolean {
  return I.isPoint(check(x, ['x'], 'isPoint'));
}

/**
 * x + y, rounded outward.
 *
 * @example
 * add(interval('1', '2'), interval('10', '20')) // [11, 22]
 */
export function add(x: Interval, y: Interval): Interval {
  return I.add(check(x, ['x'], 'add'), check(y, ['y'], 'add'));
}

/**
 * −x.
 *
 * @example
 * negate(interval('1', '2')) // [-2, -1]
 */
export function negate(x: Interval): Interval {
  return I.negate(check(x, ['x'], 'negate'));
}

/**
 * x − y, rounded outward.
 *
 * @example
 * subtract(interval('2150', '2150'), interval('253.305', '253.315')) // [1896.685, 1896.695]
 */
export function subtract(x: Interval, y: Interval): Interval {
  return I.subtract(check(x, ['x'], 'subtract'), check(y, ['y'], 'subtract'));
}

/**
 * x × y, rounded outward; 0 × ∞ is 0.
 *
 * @example
 * multiply(interval('2', '3'), interval('-1', '1')) // [-3, 3]
 */
export function multiply(x: Interval, y: Interval): Interval {
  return I.multiply(check(x, ['x'], 'multiply'), check(y, ['y'], 'multiply'));
}

/**
 * x ÷ y. A divisor that holds 0 inside gives (−∞, +∞); one with 0 at an end gives a
 * half-unbounded result — never an exception.
 *
 * @example
 * divide(point('253.31'), interval('1896.685', '1896.695')) // [0.133553…, 0.133554…]
 * divide(point('1'), interval('-1', '1')) // (−∞, +∞)
 */
export function divide(x: Interval, y: Interval): Interval {
  return I.divide(check(x, ['x'], 'divide'), check(y, ['y'], 'divide'));
}

/**
 * x raised to a positive power over the part of x at or above 0. Integer powers are
 * exact; fractional ones (roots, for CAGR) are widened by one unit in the 38th digit.
 *
 * @example
 * powPositive(interval('1', '2'), '2') // [1, 4]
 */
export function powPositive(x: Interval, exponent: DecimalInput): Interval {
  return I.powPositive(check(x, ['x'], 'powPositive'), toDecimal(exponent, ['exponent']));
}

/**
 * x ∩ y, or `null` when they do not meet.
 *
 * @example
 * intersect(interval('1', '3'), interval('2', '4')) // [2, 3]
 */
export function intersect(x: Interval, y: Interval): Interval | null {
  return I.intersect(check(x, ['x'], 'intersect'), check(y, ['y'], 'intersect'));
}

/**
 * The smallest interval holding both.
 *
 * @example
 * hull(interval('1', '2'), interval('5', '6')) // [1, 6]
 */
export function hull(x: Interval, y: Interval): Interval {
  return I.hull(check(x, ['x'], 'hull'), check(y, ['y'], 'hull'));
}

/**
 * Whether x and y share at least one point.
 *
 * @example
 * overlaps(interval('13.32', '13.38'), intervalOf(parseFigure('13.36%'))) // true
 */
export function overlaps(x: Interval, y: Interval): boolean {
  return I.overlaps(check(x, ['x'], 'overlaps'), check(y, ['y'], 'overlaps'));
}

/**
 * Whether the number lies in x (an interval argument: whether it lies wholly in x).
 *
 * @example
 * contains(interval('1', '2'), '1.5') // true
 * contains(interval('1', '2'), interval('1', '3')) // false
 */
export function contains(x: Interval, value: DecimalInput | Interval): boolean {
  const outer = check(x, ['x'], 'contains');
  if (typeof value === 'object' && value !== null && !isDecimal(value)) return I.contains(outer, check(value, ['value'], 'contains'));
  return I.contains(outer, toDecimal(value, ['value']));
}

/**
 * hi − lo; +Infinity when unbounded.
 *
 * @example
 * width(interval('13.355', '13.365')).toFixed() // '0.01'
 */
export function width(x: Interval): DecimalT {
  return I.width(check(x, ['x'], 'width'));
}

/**
 * The middle, or `null` when an end is unbounded.
 *
 * @example
 * midpoint(interval('1', '2'))?.toFixed() // '1.5'
 */
export function midpoint(x: Interval): DecimalT | null {
  return I.midpoint(check(x, ['x'], 'midpoint'));
}

/**
 * How far apart two intervals are: 0 when they meet.
 *
 * @example
 * distance(interval('1', '2'), interval('5', '6')).toFixed() // '3'
 */
export function distance(x: Interval, y: Interval): DecimalT {
  return I.distance(check(x, ['x'], 'distance'), check(y, ['y'], 'distance'));
}

/**
 * The JSON form, with decimal strings and `null` for an unbounded end.
 *
 * @example
 * intervalToJSON(interval('30', null, { loOpen: true })) // { lo: '30', hi: null, loOpen: true, hiOpen: true }
 */
export function intervalToJSON(x: Interval): IntervalJSON {
  return I.intervalToJSON(check(x, ['x'], 'intervalToJSON'));
}

/**
 * Mathematical notation, ends rounded outward so the text still contains the interval.
 * Ends beyond 10^60 or below 10^-40 print in exponent notation.
 *
 * @example
 * formatInterval(interval('30', null, { loOpen: true })) // '(30, +∞)'
 * formatInterval(null) // throws WupianError { code: 'invalid_argument', path: ['x'] }
 */
export function formatInterval(x: Interval, options?: FormatIntervalOptions): string {
  return I.formatInterval(check(x, ['x'], 'formatInterval'), options);
}
