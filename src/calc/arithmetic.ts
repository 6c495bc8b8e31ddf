import type { Decimal as DecimalT } from 'decimal.js';
import { ErrorCode, WupianError } from '../errors/WupianError.js';
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
    if (b.isZero()) throw new WupianError(ErrorCode.DivisionByZero, `Division by zero (dividing ${a.toFixed()}).`);
    return a.div(b);
  },
  power: (a, e) => a.pow(e),
  constant: (x) => x,
};

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
