import { Decimal as DecimalJs } from 'decimal.js';
import { ErrorCode, WupianError, abbreviate, describe, quote } from '../errors/WupianError.js';

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

/**
 * The largest numbers wupian takes: at most `digits` digits, and a decimal exponent
 * within ±`exponent` (so from 1e-1000 to just under 1e1001 in size, and 0). Every value
 * is checked where it enters — `toDecimal`, `parseFigure`, intervals, Figures, the JSON
 * codecs — and one beyond is a WupianError `out_of_range`.
 *
 * Why these: the largest figure of any financial text is below 10^16 yuan and the finest
 * step 10^-10; every finite JavaScript `number` (10^±308, down to 5e-324) fits, so no
 * `number` is refused for its size; products and quotients of a few such values stay
 * where decimal.js is fast; and a value at the bound prints in about a thousand
 * characters, where `1e900000000` printed in full exhausts the heap.
 */
export const LIMITS: {
  /** The largest decimal exponent, either way: 1e1000 and 1e-1000 are in, 1e1001 is out. */
  readonly exponent: number;
  /** The most significant digits a value may have. */
  readonly digits: number;
} = { exponent: 1000, digits: 1000 };

/** Whether a value is a Decimal (of any decimal.js clone). */
export function isDecimal(value: unknown): value is DecimalJs {
  return DecimalJs.isDecimal(value);
}

/**
 * `x.cmp(y)` without its copy of `y` (decimal.js converts its argument to its own class
 * first, a copy of the digits that the interval arithmetic paid at every comparison):
 * the same answer, read from the documented fields `d` (digits in base 1e7, `null` for
 * ±Infinity and NaN), `e` (exponent) and `s` (sign), for Decimals within wupian's range.
 */
export function compare(x: DecimalJs, y: DecimalJs): number {
  const xd = x.d as number[] | null;
  const yd = y.d as number[] | null;
  const xs = x.s;
  const ys = y.s;
  // Either NaN or ±Infinity?
  if (!xd || !yd) return !xs || !ys ? NaN : xs !== ys ? xs : xd === yd ? 0 : !xd !== xs < 0 ? 1 : -1;
  // Either zero?
  if (!xd[0] || !yd[0]) return xd[0] ? xs : yd[0] ? -ys : 0;
  if (xs !== ys) return xs;
  if (x.e !== y.e) return x.e > y.e !== xs < 0 ? 1 : -1;
  const n = Math.min(xd.length, yd.length);
  for (let i = 0; i < n; i++) {
    if (xd[i] !== yd[i]) return (xd[i] as number) > (yd[i] as number) !== xs < 0 ? 1 : -1;
  }
  return xd.length === yd.length ? 0 : xd.length > yd.length !== xs < 0 ? 1 : -1;
}

function outOfRange(what: string, path: readonly (string | number)[], input: string): WupianError {
  return new WupianError(
    ErrorCode.OutOfRange,
    `Out of range: ${abbreviate(input)}${at(path)} ${what}; wupian takes numbers of at most ${LIMITS.digits} digits with an exponent within ±${LIMITS.exponent}.`,
    { path, input },
  );
}

/**
 * Refuses a finite Decimal beyond {@link LIMITS} (too many digits, an exponent too
 * large or too small) with a WupianError `out_of_range`; returns it otherwise.
 */
export function checkRange(d: DecimalJs, path: readonly (string | number)[] = []): DecimalJs {
  if (d.isZero() || !d.isFinite()) return d;
  if (d.e > LIMITS.exponent || d.e < -LIMITS.exponent) throw outOfRange(`has the exponent ${d.e}`, path, d.toString());
  if (d.sd() > LIMITS.digits) throw outOfRange(`has ${d.sd()} digits`, path, d.toString());
  return d;
}

// A decimal string that passed DECIMAL_TEXT: its digits and its exponent are looked at
// before decimal.js reads it ('1e-99999999999999999' would silently become 0, and
// '1e99999999999999999' Infinity).
function readChecked(text: string, path: readonly (string | number)[]): DecimalJs {
  let e = text.indexOf('e');
  if (e < 0) e = text.indexOf('E');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const digits = mantissa.length - (mantissa[0] === '-' || mantissa[0] === '+' ? 1 : 0) - (mantissa.includes('.') ? 1 : 0);
  if (digits > LIMITS.digits) throw outOfRange(`has ${digits} digits`, path, text);
  if (e >= 0) {
    let k = e + 1;
    if (text[k] === '+' || text[k] === '-') k++;
    while (text[k] === '0' && k < text.length - 1) k++;
    // An exponent of more than 15 digits is beyond decimal.js's own range (9e15).
    if (text.length - k > 15 && /[1-9]/.test(mantissa)) throw outOfRange('has an exponent of more than 15 digits', path, text);
  }
  return checkRange(new Decimal(text), path);
}

/**
 * Reads an exact number. Strings must be plain decimals ("1026.09", "-3", "1e8");
 * `number`s are taken by their shortest decimal form, so `0.1` is exactly one tenth.
 * A number beyond {@link LIMITS} (more than 1000 digits, an exponent beyond ±1000) is
 * refused with `out_of_range`; NaN with `invalid_number`, ±Infinity with `non_finite`.
 *
 * @example
 * toDecimal('1026.09').toString() // '1026.09'
 * toDecimal(0.1).plus(toDecimal(0.2)).toString() // '0.3'
 * toDecimal('12..3') // throws WupianError { code: 'invalid_number' }
 * toDecimal('1e99999999999999999') // throws WupianError { code: 'out_of_range' }
 */
export function toDecimal(value: DecimalInput, path: readonly (string | number)[] = ['value']): DecimalJs {
  let d: DecimalJs | undefined;
  if (typeof value === 'string') {
    // Decimal strings first, the common case, with no trim when there is nothing to trim.
    const text = value.length > 0 && value.charCodeAt(0) > 32 && value.charCodeAt(value.length - 1) > 32 ? value : value.trim();
    if (DECIMAL_TEXT.test(text)) {
      // Up to 40 characters without an exponent: within the limits by construction.
      return text.length <= 40 && text.indexOf('e') < 0 && text.indexOf('E') < 0 ? new Decimal(text) : readChecked(text, path);
    }
  } else if (typeof value === 'bigint') {
    return readChecked(value.toString(), path);
  } else if (typeof value === 'number') {
    d = new Decimal(Number.isFinite(value) ? String(value) : value);
  } else if (isDecimal(value)) {
    d = value;
  }
  if (d) {
    if (d.isFinite()) return checkRange(d instanceof Decimal ? d : new Decimal(d), path);
    throw new WupianError(d.isNaN() ? ErrorCode.InvalidNumber : ErrorCode.NonFinite, `Not a finite number: ${d.toString()}${at(path)}.`, {
      path,
      input: d.toString(),
    });
  }
  throw new WupianError(
    ErrorCode.InvalidNumber,
    `Not a decimal number: ${quote(value)}${at(path)}. Write digits with at most one point, such as "1026.09".`,
    { path, input: describe(value) },
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
