import type { Decimal as DecimalT } from 'decimal.js';
import { Decimal, DecimalDown, DecimalUp, type DecimalInput, checkRange, compare, isDecimal, toDecimal } from '../decimal/decimal.js';
import { type Path, badArgument, integerOption, optionsArg } from '../errors/args.js';
import { ErrorCode, WupianError, abbreviate } from '../errors/WupianError.js';

/**
 * A range of Decimals. Ends are closed unless marked open; an unbounded end is
 * −Infinity or +Infinity (and always open). Arithmetic rounds outward, so a result
 * always contains every exact result of points taken inside the operands.
 */
export interface Interval {
  /** The lower end; −Infinity when unbounded below. */
  readonly lo: DecimalT;
  /** The upper end; +Infinity when unbounded above. */
  readonly hi: DecimalT;
  /** Whether the lower end is excluded. */
  readonly loOpen: boolean;
  /** Whether the upper end is excluded. */
  readonly hiOpen: boolean;
}

/** Which ends of a new interval are open. */
export interface IntervalOptions {
  /** The lower end is excluded (超, "more than"). */
  readonly loOpen?: boolean;
  /** The upper end is excluded (近, 不足, the next step of 余). */
  readonly hiOpen?: boolean;
}

/** JSON form: decimal strings, `null` for an unbounded end. */
export interface IntervalJSON {
  /** The lower end as a decimal string; null: unbounded below. */
  readonly lo: string | null;
  /** The upper end as a decimal string; null: unbounded above. */
  readonly hi: string | null;
  /** Whether the lower end is excluded. */
  readonly loOpen: boolean;
  /** Whether the upper end is excluded. */
  readonly hiOpen: boolean;
}

const POS_INF = /* @__PURE__ */ new Decimal(Infinity);
const NEG_INF = /* @__PURE__ */ new Decimal(-Infinity);
const ZERO_END = /* @__PURE__ */ new Decimal(0);

function endpoint(value: DecimalInput | null, side: 'lo' | 'hi'): DecimalT {
  if (value === null) return side === 'lo' ? NEG_INF : POS_INF;
  if (Decimal.isDecimal(value) && !value.isNaN() && !value.isFinite()) return value;
  return toDecimal(value, [side]);
}

function emptyInterval(l: DecimalT, h: DecimalT, path: Path): WupianError {
  const input = `${abbreviate(l.toString())}..${abbreviate(h.toString())}`;
  return new WupianError(ErrorCode.InvalidInterval, `Empty interval${path.length > 0 ? ` (at ${path.join('.')})` : ''}: lower end ${abbreviate(l.toString())} is not below upper end ${abbreviate(h.toString())}.`, {
    path,
    input,
  });
}

/**
 * Checks that `x` is an Interval as wupian makes them — Decimal ends (finite ones within
 * `LIMITS`), open/closed flags, the lower end not above the upper — and returns it;
 * otherwise a WupianError naming `path`: `invalid_argument` for the wrong shape,
 * `invalid_interval` for an empty one, `out_of_range` for an end too large.
 */
export function checkInterval(x: unknown, path: Path, caller: string): Interval {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) throw badArgument(caller, path, 'an Interval { lo, hi, loOpen, hiOpen }', x);
  const v = x as Record<string, unknown>;
  const lo = v['lo'];
  const hi = v['hi'];
  if (!isDecimal(lo) || lo.isNaN()) throw badArgument(caller, [...path, 'lo'], 'a Decimal (or -Infinity)', lo);
  if (!isDecimal(hi) || hi.isNaN()) throw badArgument(caller, [...path, 'hi'], 'a Decimal (or Infinity)', hi);
  const loOpen = v['loOpen'];
  const hiOpen = v['hiOpen'];
  if (typeof loOpen !== 'boolean') throw badArgument(caller, [...path, 'loOpen'], 'true or false', loOpen);
  if (typeof hiOpen !== 'boolean') throw badArgument(caller, [...path, 'hiOpen'], 'true or false', hiOpen);
  if (lo.gt(hi) || (lo.eq(hi) && (loOpen || hiOpen || !lo.isFinite()))) throw emptyInterval(lo, hi, path);
  checkRange(lo, [...path, 'lo']);
  checkRange(hi, [...path, 'hi']);
  return x as unknown as Interval;
}

/**
 * Makes an interval `[lo, hi]`; `null` leaves an end unbounded.
 *
 * @example
 * interval('13.355', '13.365') // [13.355, 13.365]
 * interval('30', null, { loOpen: true }) // (30, +∞)
 */
export function interval(lo: DecimalInput | null, hi: DecimalInput | null, options?: IntervalOptions): Interval {
  const o = optionsArg<IntervalOptions>('interval', options);
  const l = endpoint(lo, 'lo');
  const h = endpoint(hi, 'hi');
  if (o.loOpen !== undefined && typeof o.loOpen !== 'boolean') throw badArgument('interval', ['options', 'loOpen'], 'true or false', o.loOpen);
  if (o.hiOpen !== undefined && typeof o.hiOpen !== 'boolean') throw badArgument('interval', ['options', 'hiOpen'], 'true or false', o.hiOpen);
  const loOpen = !l.isFinite() || (o.loOpen ?? false);
  const hiOpen = !h.isFinite() || (o.hiOpen ?? false);
  if (l.gt(h) || (l.eq(h) && (loOpen || hiOpen)) || (l.isFinite() === false && l.eq(h))) throw emptyInterval(l, h, []);
  return { lo: l, hi: h, loOpen, hiOpen };
}

/** The degenerate interval [x, x]. */
export function point(x: DecimalInput): Interval {
  const d = toDecimal(x, ['x']);
  return { lo: d, hi: d, loOpen: false, hiOpen: false };
}

/** (−∞, +∞): what is known of a quantity nothing constrains. */
export function entire(): Interval {
  return { lo: NEG_INF, hi: POS_INF, loOpen: true, hiOpen: true };
}

/** Whether `value` has the shape of an Interval (Decimal ends, open/closed flags); it may still be empty or out of range (see `checkInterval`). */
export function isInterval(value: unknown): value is Interval {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return Decimal.isDecimal(v['lo']) && Decimal.isDecimal(v['hi']) && typeof v['loOpen'] === 'boolean' && typeof v['hiOpen'] === 'boolean';
}

/** Whether both ends of an interval are finite. */
export function isBounded(x: Interval): boolean {
  return x.lo.isFinite() && x.hi.isFinite();
}

/** Whether an interval is a single closed point [x, x]. */
export function isPoint(x: Interval): boolean {
  return x.lo.eq(x.hi);
}

// One end candidate: a value and whether it is attained.
interface End {
  v: DecimalT;
  open: boolean;
}

// One comparison where lt and eq would make two, and without the copy cmp makes of its
// argument: NaN compares as neither, as lt, gt and eq do.
function pickLo(ends: End[]): End {
  let best = ends[0] as End;
  for (const e of ends) {
    const c = compare(e.v, best.v);
    if (c < 0 || (c === 0 && !e.open)) best = e;
  }
  return best;
}

function pickHi(ends: End[]): End {
  let best = ends[0] as End;
  for (const e of ends) {
    const c = compare(e.v, best.v);
    if (c > 0 || (c === 0 && !e.open)) best = e;
  }
  return best;
}

function make(lo: End, hi: End): Interval {
  return {
    lo: lo.v.isFinite() && lo.v.constructor !== Decimal ? new Decimal(lo.v) : lo.v,
    hi: hi.v.isFinite() && hi.v.constructor !== Decimal ? new Decimal(hi.v) : hi.v,
    loOpen: lo.open || !lo.v.isFinite(),
    hiOpen: hi.open || !hi.v.isFinite(),
  };
}

// Ends rounded outward: a + b, a × b and a ÷ b as DecimalDown or DecimalUp round them, done in
// Decimal with its precision and mode set to theirs for the one operation. The same digits as
// `new DecimalDown(a).div(b)` (decimal.js rounds each result once, correctly, by its class's
// settings), without copying a into that class and the result back into Decimal. An end of
// another clone of decimal.js goes the long way.
type Settings = { precision: number; rounding: number };
const SETTINGS = Decimal as unknown as Settings;
const OP_PLUS = 0;
const OP_TIMES = 1;
const OP_DIV = 2;
// a − b: decimal.js's a.plus(b.neg()) and a.minus(b) take the same steps (each hands a
// difference of signs to the other, with the second operand's sign turned), so the same digits
// — without negating b first.
const OP_MINUS = 3;
type Op = 0 | 1 | 2 | 3;
function rounded(a: DecimalT, op: Op, b: DecimalT, C: typeof DecimalDown): DecimalT {
  if ((op === OP_TIMES || op === OP_DIV) && isOne(b) && a.constructor === Decimal) {
    // × 1 and ÷ 1 (an official flow's factor when not tolerant): a itself, when its digits fit
    // the precision (at most five words of seven, 35 digits), as decimal.js would give its value.
    const d = a.d as number[] | null;
    if (d && d[0] && d.length <= 5) return a;
  }
  if (a.constructor !== Decimal) {
    const x = new C(a);
    return new Decimal(op === OP_PLUS ? x.plus(b) : op === OP_MINUS ? x.minus(b) : op === OP_TIMES ? x.times(b) : x.div(b));
  }
  const to = C as unknown as Settings;
  const precision = SETTINGS.precision;
  const rounding = SETTINGS.rounding;
  SETTINGS.precision = to.precision;
  SETTINGS.rounding = to.rounding;
  try {
    if (op === OP_PLUS) return a.plus(b);
    if (op === OP_MINUS) return a.minus(b);
    if (op === OP_TIMES) return a.times(b);
    // ÷ 10^k is × 10^−k: the same exact value, rounded the same way, without a long division.
    const r = reciprocalPowerOfTen(b);
    return r ? a.times(r) : a.div(b);
  } finally {
    SETTINGS.precision = precision;
    SETTINGS.rounding = rounding;
  }
}
const down = (a: DecimalT, op: Op, b: DecimalT): DecimalT => rounded(a, op, b, DecimalDown);
const up = (a: DecimalT, op: Op, b: DecimalT): DecimalT => rounded(a, op, b, DecimalUp);

// Whether b is exactly 1.
function isOne(b: DecimalT): boolean {
  const d = b.d as number[] | null;
  return b.e === 0 && b.s === 1 && d !== null && d.length === 1 && d[0] === 1;
}

// 10^−k for a divisor 10^k (100 of percentages), else undefined.
const RECIPROCALS = new Map<number, DecimalT>();
function reciprocalPowerOfTen(b: DecimalT): DecimalT | undefined {
  const d = b.d as number[] | null;
  if (!d || d.length !== 1 || b.s !== 1) return undefined;
  const w = d[0] as number;
  if (w !== 1 && w !== 10 && w !== 100 && w !== 1000 && w !== 10000 && w !== 100000 && w !== 1000000) return undefined;
  let r = RECIPROCALS.get(b.e);
  if (r === undefined) RECIPROCALS.set(b.e, (r = new Decimal(`1e${-b.e}`)));
  return r;
}

/** x + y. */
export function add(x: Interval, y: Interval): Interval {
  return make(
    { v: down(x.lo, OP_PLUS, y.lo), open: x.loOpen || y.loOpen },
    { v: up(x.hi, OP_PLUS, y.hi), open: x.hiOpen || y.hiOpen },
  );
}

/** −x. */
export function negate(x: Interval): Interval {
  return { lo: x.hi.neg(), hi: x.lo.neg(), loOpen: x.hiOpen, hiOpen: x.loOpen };
}

/** x − y. */
export function subtract(x: Interval, y: Interval): Interval {
  // add(x, negate(y)), end by end, without the negated copies.
  return make(
    { v: down(x.lo, OP_MINUS, y.hi), open: x.loOpen || y.hiOpen },
    { v: up(x.hi, OP_MINUS, y.lo), open: x.hiOpen || y.loOpen },
  );
}

// The ends of x to combine with the other operand's: one for a point such as 100 (its
// two ends would give the same candidates twice, and the same pick).
function endsOf(x: Interval): readonly (readonly [DecimalT, boolean])[] {
  return x.lo === x.hi && x.loOpen === x.hiOpen
    ? [[x.lo, x.loOpen]]
    : [
        [x.lo, x.loOpen],
        [x.hi, x.hiOpen],
      ];
}

// A finite number above zero.
function abovezero(d: DecimalT): boolean {
  return d.isPositive() && !d.isZero() && d.isFinite();
}

// Whether a candidate end other than the one at index `skip` (of the pairs of endsOf(x) ×
// endsOf(y), in their order) is attained and equals v: pickLo and pickHi would then keep
// the end closed. Only finite, closed ends give an attained candidate.
function attainedTie(v: DecimalT, x: Interval, y: Interval, skip: number, op: (a: DecimalT, b: DecimalT) => DecimalT): boolean {
  let i = 0;
  for (const [a, ao] of endsOf(x)) {
    for (const [b, bo] of endsOf(y)) {
      if (i++ !== skip && !ao && !bo && a.isFinite() && b.isFinite() && compare(op(a, b), v) === 0) return true;
    }
  }
  return false;
}

// Product of two ends, rounded in the given direction; 0 × ∞ is 0, as in IEEE 1788.
function productEnd(a: DecimalT, aOpen: boolean, b: DecimalT, bOpen: boolean, up: boolean): End {
  if (a.isZero() || b.isZero()) {
    const attained = (a.isZero() && !aOpen) || (b.isZero() && !bOpen) || (!aOpen && !bOpen);
    return { v: new Decimal(0), open: !attained };
  }
  // An unbounded end times a number not zero: unbounded, as decimal.js gives it, without the operation.
  if (!a.isFinite() || !b.isFinite()) return { v: a.s === b.s ? POS_INF : NEG_INF, open: true };
  const v = rounded(a, OP_TIMES, b, up ? DecimalUp : DecimalDown);
  return { v, open: aOpen || bOpen || !v.isFinite() };
}

/** x × y. */
export function multiply(x: Interval, y: Interval): Interval {
  // The common case, balances and rates above zero: the ends multiply directly.
  if (x.lo.isPositive() && y.lo.isPositive() && !x.lo.isZero() && !y.lo.isZero() && x.hi.isFinite() && y.hi.isFinite()) {
    return {
      lo: down(x.lo, OP_TIMES, y.lo),
      hi: up(x.hi, OP_TIMES, y.hi),
      loOpen: x.loOpen || y.loOpen,
      hiOpen: x.hiOpen || y.hiOpen,
    };
  }
  // Both lower ends above zero, an upper end unbounded: the least product is lo × lo and
  // the greatest unbounded, so one product instead of eight (what pickLo and pickHi of
  // them all would give, a tie that is attained included).
  if (abovezero(x.lo) && abovezero(y.lo)) {
    const times = (a: DecimalT, b: DecimalT): DecimalT => down(a, OP_TIMES, b);
    const v = times(x.lo, y.lo);
    const lo: End = { v, open: (x.loOpen || y.loOpen) && !attainedTie(v, x, y, 0, times) };
    // The first unbounded candidate, as pickHi keeps it.
    const hi: End = { v: y.hi.isFinite() ? up(x.hi, OP_TIMES, y.lo) : up(x.lo, OP_TIMES, y.hi), open: true };
    return make(lo, hi);
  }
  const lows: End[] = [];
  const highs: End[] = [];
  for (const [a, ao] of endsOf(x)) {
    for (const [b, bo] of endsOf(y)) {
      lows.push(productEnd(a, ao, b, bo, false));
      highs.push(productEnd(a, ao, b, bo, true));
    }
  }
  return make(pickLo(lows), pickHi(highs));
}

// Quotient of two ends; b is never an interior zero here. A zero b stands for 0⁺
// (lower end of a positive divisor) or 0⁻ (upper end of a negative one).
function quotientEnd(a: DecimalT, aOpen: boolean, b: DecimalT, bOpen: boolean, zeroSign: 1 | -1, up: boolean): End {
  if (a.isZero()) return { v: new Decimal(0), open: aOpen };
  if (!b.isFinite()) return { v: new Decimal(0), open: true };
  if (b.isZero()) {
    const positive = a.isPositive() === (zeroSign === 1);
    return { v: positive ? POS_INF : NEG_INF, open: true };
  }
  // An unbounded end over a bounded number not zero: unbounded.
  if (!a.isFinite()) return { v: a.s === b.s ? POS_INF : NEG_INF, open: true };
  const v = rounded(a, OP_DIV, b, up ? DecimalUp : DecimalDown);
  return { v, open: aOpen || bOpen || !v.isFinite() };
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
  // The common case, a positive bounded x over a positive bounded y: lo/hi and hi/lo.
  if (x.lo.isPositive() && !x.lo.isZero() && y.lo.isPositive() && !y.lo.isZero() && x.hi.isFinite() && y.hi.isFinite()) {
    return {
      lo: down(x.lo, OP_DIV, y.hi),
      hi: up(x.hi, OP_DIV, y.lo),
      loOpen: x.loOpen || y.hiOpen,
      hiOpen: x.hiOpen || y.loOpen,
    };
  }
  // Both lower ends above zero, an upper end unbounded: each end of the quotient is one
  // quotient (or 0, or unbounded) instead of the least and greatest of eight.
  if (abovezero(x.lo) && abovezero(y.lo)) {
    const divDown = (a: DecimalT, b: DecimalT): DecimalT => down(a, OP_DIV, b);
    const divUp = (a: DecimalT, b: DecimalT): DecimalT => up(a, OP_DIV, b);
    const ny = endsOf(y).length;
    let lo: End;
    if (!y.hi.isFinite()) lo = { v: new Decimal(0), open: true };
    else {
      // x unbounded above: lo / hi, the last candidate of the first row.
      const v = divDown(x.lo, y.hi);
      lo = { v, open: (x.loOpen || y.hiOpen) && !attainedTie(v, x, y, ny - 1, divDown) };
    }
    let hi: End;
    if (!x.hi.isFinite()) hi = { v: divUp(x.hi, y.lo), open: true };
    else {
      // y unbounded above: hi / lo, the first candidate of the last row.
      const v = divUp(x.hi, y.lo);
      hi = { v, open: (x.hiOpen || y.loOpen) && !attainedTie(v, x, y, (endsOf(x).length - 1) * ny, divUp) };
    }
    return make(lo, hi);
  }
  // (compare: no copy of 0 per comparison.)
  const positive = compare(y.lo, ZERO_END) >= 0 && compare(y.hi, ZERO_END) > 0;
  const negative = compare(y.hi, ZERO_END) <= 0 && compare(y.lo, ZERO_END) < 0;
  if (!positive && !negative) return entire();
  const zeroSign: 1 | -1 = positive ? 1 : -1;
  const lows: End[] = [];
  const highs: End[] = [];
  for (const [a, ao] of endsOf(x)) {
    for (const [b, bo] of endsOf(y)) {
      lows.push(quotientEnd(a, ao, b, bo, zeroSign, false));
      highs.push(quotientEnd(a, ao, b, bo, zeroSign, true));
    }
  }
  return make(pickLo(lows), pickHi(highs));
}

/**
 * x raised to a positive power over the part of x at or above 0 (balances; the
 * negative part has no real root). Integer powers are exact; fractional ones (roots,
 * for CAGR) are widened by one unit in the 38th digit.
 */
export function powPositive(x: Interval, exponent: DecimalInput): Interval {
  const e = toDecimal(exponent, ['exponent']);
  if (!e.isPositive() || e.isZero()) {
    throw new WupianError(ErrorCode.InvalidArgument, `Exponent must be positive, got ${abbreviate(e.toString())}.`, {
      path: ['exponent'],
      input: e.toString(),
    });
  }
  // The power is defined on x ≥ 0 only: keep that part of x (the natural domain).
  if (x.hi.isNegative() || (x.hi.isZero() && x.hiOpen)) {
    throw new WupianError(
      ErrorCode.NegativeValue,
      `Cannot raise an interval below zero (${formatInterval(x)}) to a power.`,
      { input: formatInterval(x) },
    );
  }
  if (x.lo.isNegative()) x = { lo: new Decimal(0), hi: x.hi, loOpen: false, hiOpen: x.hiOpen };
  const exact = e.isInteger();
  const slack = new Decimal('1e-38');
  const lo = x.lo.isFinite() ? new DecimalDown(x.lo).pow(e) : x.lo;
  const hi = x.hi.isFinite() ? new DecimalUp(x.hi).pow(e) : x.hi;
  return make(
    { v: exact || lo.isZero() ? lo : new DecimalDown(lo).times(new Decimal(1).minus(slack)), open: x.loOpen },
    { v: exact || !hi.isFinite() ? hi : new DecimalUp(hi).times(new Decimal(1).plus(slack)), open: x.hiOpen },
  );
}

/** x ∩ y, or `null` when they do not meet. */
export function intersect(x: Interval, y: Interval): Interval | null {
  // One comparison per pair of ends (cmp is antisymmetric; NaN falls to the last case).
  const los = compare(x.lo, y.lo);
  const lo: End = los > 0 ? { v: x.lo, open: x.loOpen } : los < 0 ? { v: y.lo, open: y.loOpen } : { v: x.lo, open: x.loOpen || y.loOpen };
  const his = compare(x.hi, y.hi);
  const hi: End = his < 0 ? { v: x.hi, open: x.hiOpen } : his > 0 ? { v: y.hi, open: y.hiOpen } : { v: x.hi, open: x.hiOpen || y.hiOpen };
  const order = compare(lo.v, hi.v);
  if (order > 0 || (order === 0 && (lo.open || hi.open))) return null;
  return { lo: lo.v, hi: hi.v, loOpen: lo.open || !lo.v.isFinite(), hiOpen: hi.open || !hi.v.isFinite() };
}

/** The smallest interval holding both. */
export function hull(x: Interval, y: Interval): Interval {
  return make(
    pickLo([
      { v: x.lo, open: x.loOpen },
      { v: y.lo, open: y.loOpen },
    ]),
    pickHi([
      { v: x.hi, open: x.hiOpen },
      { v: y.hi, open: y.hiOpen },
    ]),
  );
}

/** Whether x and y share at least one point. */
export function overlaps(x: Interval, y: Interval): boolean {
  return intersect(x, y) !== null;
}

/** Whether the number lies in x (an interval argument: whether it lies wholly in x). */
export function contains(x: Interval, value: DecimalInput | Interval): boolean {
  if (isInterval(value)) {
    const loOk = value.lo.gt(x.lo) || (value.lo.eq(x.lo) && (!x.loOpen || value.loOpen));
    const hiOk = value.hi.lt(x.hi) || (value.hi.eq(x.hi) && (!x.hiOpen || value.hiOpen));
    return loOk && hiOk;
  }
  const v = toDecimal(value);
  const aboveLo = v.gt(x.lo) || (v.eq(x.lo) && !x.loOpen);
  const belowHi = v.lt(x.hi) || (v.eq(x.hi) && !x.hiOpen);
  return aboveLo && belowHi;
}

/** hi − lo; +Infinity when unbounded. */
export function width(x: Interval): DecimalT {
  if (!isBounded(x)) return POS_INF;
  return x.hi.minus(x.lo);
}

/** The middle, or `null` when an end is unbounded. */
export function midpoint(x: Interval): DecimalT | null {
  if (!isBounded(x)) return null;
  return x.lo.plus(x.hi).div(2);
}

/** How far apart two intervals are: 0 when they meet. */
export function distance(x: Interval, y: Interval): DecimalT {
  if (x.hi.lt(y.lo)) return y.lo.minus(x.hi);
  if (y.hi.lt(x.lo)) return x.lo.minus(y.hi);
  return new Decimal(0);
}

/** The JSON form, with decimal strings. */
export function intervalToJSON(x: Interval): IntervalJSON {
  return {
    lo: x.lo.isFinite() ? x.lo.toString() : null,
    hi: x.hi.isFinite() ? x.hi.toString() : null,
    loOpen: x.loOpen,
    hiOpen: x.hiOpen,
  };
}

/**
 * Reads the JSON form back: decimal strings (or `null` for an unbounded end) and the
 * open/closed flags, each checked by name.
 *
 * @example
 * intervalFromJSON({ lo: '13.355', hi: '13.365', loOpen: false, hiOpen: false }) // [13.355, 13.365]
 * intervalFromJSON({ lo: 1, hi: '2', loOpen: false, hiOpen: false }) // throws WupianError { code: 'invalid_argument', path: ['json', 'lo'] }
 */
export function intervalFromJSON(json: IntervalJSON): Interval {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw badArgument('intervalFromJSON', ['json'], 'an object { lo, hi, loOpen, hiOpen }', json);
  const end = (side: 'lo' | 'hi'): string | null => {
    const v = (json as unknown as Record<string, unknown>)[side];
    if (v !== null && typeof v !== 'string') throw badArgument('intervalFromJSON', ['json', side], 'a decimal string or null', v);
    if (v !== null) toDecimal(v, ['json', side]);
    return v;
  };
  const flag = (name: 'loOpen' | 'hiOpen'): boolean => {
    const v = (json as unknown as Record<string, unknown>)[name];
    if (typeof v !== 'boolean') throw badArgument('intervalFromJSON', ['json', name], 'true or false', v);
    return v;
  };
  const lo = end('lo');
  const hi = end('hi');
  const loOpen = flag('loOpen');
  const hiOpen = flag('hiOpen');
  try {
    return interval(lo, hi, { loOpen, hiOpen });
  } catch (error) {
    if (error instanceof WupianError && error.code === ErrorCode.InvalidInterval) throw new WupianError(error.code, error.message, { path: ['json'], ...(error.input === undefined ? {} : { input: error.input }) });
    throw error;
  }
}

/** Options of {@link formatInterval}. */
export interface FormatIntervalOptions {
  /** Significant digits kept at each end (ends round outward): a whole number from 1 to 1000; default 8. */
  readonly significantDigits?: number;
}

/**
 * Mathematical notation, ends rounded outward so the text still contains the interval.
 *
 * @example
 * formatInterval(interval('30', null, { loOpen: true })) // '(30, +∞)'
 */
export function formatInterval(x: Interval, options?: FormatIntervalOptions): string {
  const sd = options === undefined ? 8 : (integerOption('formatInterval', optionsArg<FormatIntervalOptions>('formatInterval', options).significantDigits, ['options', 'significantDigits'], 1, 1000) ?? 8);
  const lo = x.lo.isFinite() ? trim(new DecimalDown(x.lo).toSignificantDigits(sd)) : '−∞';
  const hi = x.hi.isFinite() ? trim(new DecimalUp(x.hi).toSignificantDigits(sd)) : '+∞';
  return `${x.loOpen ? '(' : '['}${lo}, ${hi}${x.hiOpen ? ')' : ']'}`;
}

// Plain digits within 10^-40 … 10^60, exponent notation beyond (Decimal's toExpNeg and
// toExpPos): a result far out of range prints in a few characters, not thousands.
function trim(d: DecimalT): string {
  return d.toString();
}
