import { Decimal as DecimalJs } from 'decimal.js';
import { ErrorCode, WupianError, quote } from '../errors/WupianError.js';

/**
 * wupian's own Decimal: an isolated clone of decimal.js, so a user's global
 * `Decimal.set(...)` neither leaks in nor is changed by us. 40 significant digits
 * hold any balance in yuan to well below a fen, and any quotient we print.
 */
export const Decimal = /* @__PURE__ */ DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 60,
  minE: -9e15,
  maxE: 9e15,
});
export type Decimal = DecimalJs;

/** Same precision, rounding towards −∞: lower ends of intervals round outward. */
export const DecimalDown = /* @__PURE__ */ Decimal.clone({ rounding: DecimalJs.ROUND_FLOOR });
/** Same precision, rounding towards +∞: upper ends of intervals round outward. */
export const DecimalUp = /* @__PURE__ */ Decimal.clone({ rounding: DecimalJs.ROUND_CEIL });

/** What can stand for an exact number: a Decimal, a decimal string, a bigint, or a finite `number` read by its shortest decimal form. */
export type DecimalInput = DecimalJs | string | bigint | number;

// Plain decimal notation with an optional exponent. Linear: no nested quantifiers.
const DECIMAL_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Whether a value is a Decimal (of any decimal.js clone). */
export function isDecimal(value: unknown): value is DecimalJs {
  return DecimalJs.isDecimal(value);
}

/**
 * Reads an exact number. Strings must be plain decimals ("1026.09", "-3", "1e8");
 * `number`s are taken by their shortest decimal form, so `0.1` is exactly one tenth.
 *
 * @example
 * toDecimal('1026.09').toString() // '1026.09'
 * toDecimal(0.1).plus(toDecimal(0.2)).toString() // '0.3'
 * toDecimal('12..3') // throws WupianError { code: 'invalid_number' }
 */
export function toDecimal(value: DecimalInput, path: readonly (string | number)[] = []): DecimalJs {
  let d: DecimalJs | undefined;
  if (typeof value === 'string') {
    // Decimal strings first, the common case, with no trim when there is nothing to trim.
    const text = value.length > 0 && value.charCodeAt(0) > 32 && value.charCodeAt(value.length - 1) > 32 ? value : value.trim();
    if (DECIMAL_TEXT.test(text)) return new Decimal(text);
  } else if (typeof value === 'bigint') {
    return new Decimal(value.toString());
  } else if (typeof value === 'number') {
    d = new Decimal(Number.isFinite(value) ? String(value) : value);
  } else if (isDecimal(value)) {
    d = value;
  }
  if (d) {
    if (d.isFinite()) return d instanceof Decimal ? d : new Decimal(d);
    throw new WupianError(d.isNaN() ? ErrorCode.InvalidNumber : ErrorCode.NonFinite, `Not a finite number: ${d.toString()}${at(path)}.`, {
      path,
      input: d.toString(),
    });
  }
  throw new WupianError(
    ErrorCode.InvalidNumber,
    `Not a decimal number: ${quote(value)}${at(path)}. Write digits with at most one point, such as "1026.09".`,
    { path, input: String(value) },
  );
}

function at(path: readonly (string | number)[]): string {
  return path.length === 0 ? '' : ` (at ${path.join('.')})`;
}

/** The Decimal 0. */
export const ZERO = /* @__PURE__ */ new Decimal(0);
/** The Decimal 1. */
export const ONE = /* @__PURE__ */ new Decimal(1);
/** The Decimal 100 (percent). */
export const HUNDRED = /* @__PURE__ */ new Decimal(100);
