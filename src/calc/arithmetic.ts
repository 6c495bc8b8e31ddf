import type { Decimal as DecimalT } from 'decimal.js';
import { ErrorCode, WupianError, abbreviate } from '../errors/WupianError.js';
import { toDecimal } from '../decimal/decimal.js';
import { badArgument } from '../errors/args.js';
import * as I from '../interval/interval.js';

/**
 * The arithmetic a calculator needs. Each formula is written once over this
 * interface and runs on exact Decimals or on Intervals (dinero.js's "calculator").
 */
export interface Arithmetic<T> {
  /** a + b. */
  add(a: T, b: T): T;
  /** a − b. */
  subtract(a: T, b: T): T;
  /** a × b. */
  multiply(a: T, b: T): T;
  /** a ÷ b (exactly: a WupianError on zero; on intervals: unbounded when b holds 0). */
  divide(a: T, b: T): T;
  /** a^e for a ≥ 0 and e > 0. */
  power(a: T, e: DecimalT): T;
  /** A constant of the formula in this arithmetic. */
  constant(x: DecimalT): T;
}

/** Exact arithmetic on Decimals. */
export const exactArithmetic: Arithmetic<DecimalT> = {
  add: (a, b) => a.plus(b),
  subtract: (a, b) => a.minus(b),
  multiply: (a, b) => a.times(b),
  divide: (a, b) => {
    if (b.isZero()) throw new WupianError(ErrorCode.DivisionByZero, `Division by zero (dividing ${abbreviate(a.toString())}).`);
    return a.div(b);
  },
  power: (a, e) => {
    const p = a.pow(e);
    if (!p.isFinite()) throw new WupianError(ErrorCode.NonFinite, `${abbreviate(a.toString())} to the power ${abbreviate(e.toString())} is beyond any finite number.`, { path: ['periods'], input: e.toString() });
    return p;
  },
  constant: (x) => x,
};

const METHODS = ['add', 'subtract', 'multiply', 'divide', 'power', 'constant'] as const;

/** Refuses an `A` that is not an Arithmetic (the first argument of every `…With` formula). */
export function arithmeticArg(A: unknown, caller: string): void {
  // The calculators' own arithmetics, the common case, need no look.
  if (A === exactArithmetic || A === intervalArithmetic) return;
  if (typeof A !== 'object' || A === null || !METHODS.every((k) => typeof (A as Record<string, unknown>)[k] === 'function')) {
    throw badArgument(caller, ['A'], 'an Arithmetic (exactArithmetic, intervalArithmetic or your own)', A);
  }
}

// Points of the constants the formulas use, made once.
const POINTS = /* @__PURE__ */ new WeakMap<DecimalT, I.Interval>();

/**
 * Interval arithmetic. `power` is left out here so that a calculator that needs no
 * power (all but cagr and compound) does not pull roots into a bundle.
 */
export const intervalArithmetic: Arithmetic<I.Interval> = {
  add: I.add,
  subtract: I.subtract,
  multiply: I.multiply,
  divide: I.divide,
  power: () => {
    throw new WupianError(ErrorCode.InvalidArgument, 'This arithmetic has no power; use intervalPowerArithmetic.');
  },
  constant: (x) => {
    let p = POINTS.get(x);
    if (!p) {
      p = I.point(x);
      POINTS.set(x, p);
    }
    return p;
  },
};

/**
 * {@link exactArithmetic} as wupian exports it: every operand is read with `toDecimal`
 * (a Decimal, a decimal string, a bigint or a finite number within LIMITS), so a bad one
 * is a WupianError naming it (`a`, `b`, `x`, `e`) rather than an error inside decimal.js.
 *
 * @example
 * growthRateWith(exactArithmetic, new Decimal('1896.69'), new Decimal('2150')).toFixed(2) // '13.36'
 */
export const checkedExactArithmetic: Arithmetic<DecimalT> = {
  add: (a, b) => exactArithmetic.add(toDecimal(a, ['a']), toDecimal(b, ['b'])),
  subtract: (a, b) => exactArithmetic.subtract(toDecimal(a, ['a']), toDecimal(b, ['b'])),
  multiply: (a, b) => exactArithmetic.multiply(toDecimal(a, ['a']), toDecimal(b, ['b'])),
  divide: (a, b) => exactArithmetic.divide(toDecimal(a, ['a']), toDecimal(b, ['b'])),
  power: (a, e) => exactArithmetic.power(toDecimal(a, ['a']), toDecimal(e, ['e'])),
  constant: (x) => toDecimal(x, ['x']),
};

/**
 * {@link intervalArithmetic} as wupian exports it: every operand is checked as an
 * Interval (shape, order, LIMITS) and a bad one is a WupianError naming it.
 *
 * @example
 * growthRateWith(intervalArithmetic, interval('1896.685', '1896.695'), point('2150')) // [13.35…, 13.36…]
 */
export const checkedIntervalArithmetic: Arithmetic<I.Interval> = {
  add: (a, b) => I.add(I.checkInterval(a, ['a'], 'intervalArithmetic.add'), I.checkInterval(b, ['b'], 'intervalArithmetic.add')),
  subtract: (a, b) => I.subtract(I.checkInterval(a, ['a'], 'intervalArithmetic.subtract'), I.checkInterval(b, ['b'], 'intervalArithmetic.subtract')),
  multiply: (a, b) => I.multiply(I.checkInterval(a, ['a'], 'intervalArithmetic.multiply'), I.checkInterval(b, ['b'], 'intervalArithmetic.multiply')),
  divide: (a, b) => I.divide(I.checkInterval(a, ['a'], 'intervalArithmetic.divide'), I.checkInterval(b, ['b'], 'intervalArithmetic.divide')),
  power: (a, e) => I.powPositive(I.checkInterval(a, ['a'], 'intervalArithmetic.power'), toDecimal(e, ['e'])),
  constant: (x) => I.point(toDecimal(x, ['x'])),
};
