import type { Decimal as DecimalT } from 'decimal.js';
import { Decimal, type DecimalInput, ZERO, toDecimal } from '../decimal/decimal.js';
import { ErrorCode, WupianError } from '../errors/WupianError.js';
import type { Interval } from '../interval/interval.js';
import type { Figure } from './figure.js';
import { isNonNegative } from './units.js';

/** Options of {@link intervalOf}: how a stated figure becomes an interval. */
export interface IntervalOfOptions {
  /**
   * Tolerance for 约 / 左右 / "about", as a fraction of the value (default '0.05',
   * five percent) or an absolute amount in the base unit. The wider of the two and
   * the rounding half-step is used.
   */
  readonly about?: {
    /** A fraction of the value ('0.05' is five percent). */
    readonly relative?: DecimalInput;
    /** An amount in the base unit (yuan, percent …). */
    readonly absolute?: DecimalInput;
  };
  /**
   * `'nearest'` (default): a printed figure stands for everything that rounds to it,
   * half up or half to even — the closed interval ±½ unit of the last digit.
   * `'none'`: the printed value is taken as exact.
   */
  readonly rounding?: 'nearest' | 'none';
}

const TEN = /* @__PURE__ */ new Decimal(10);
const POS_INF = /* @__PURE__ */ new Decimal(Infinity);
const NEG_INF = /* @__PURE__ */ new Decimal(-Infinity);
const HALF_STEPS = /* @__PURE__ */ new Map<string, DecimalT>();

/** ½ unit of the last printed digit, in the base unit. */
export function halfStep(figure: Figure): DecimalT {
  const key = `${figure.decimals}|${figure.unit.scale}`;
  let step = HALF_STEPS.get(key);
  if (!step) {
    // 5 × 10^(−d−1) × scale, built from its digits: no division.
    step = new Decimal(`5e${-figure.decimals - 1}`).times(figure.unit.scale);
    HALF_STEPS.set(key, step);
  }
  return step;
}

/** The step of the last printed digit of 余/多: 6000余 → 1000, 40余 → 10, 12.8余 → 0.1. */
export function andMoreStep(figure: Figure): DecimalT {
  if (figure.decimals > 0) return TEN.pow(-figure.decimals).times(figure.unit.scale);
  let zeros = 0;
  let n = figure.stated.abs();
  while (!n.isZero() && n.mod(10).isZero()) {
    zeros++;
    n = n.div(10);
  }
  return TEN.pow(zeros).times(figure.unit.scale);
}

/**
 * What a stated figure can mean, in its base unit. A plain figure printed with d
 * decimals is [v − ½·10^−d, v + ½·10^−d] — closed, so both 四舍五入 and GB/T 8170
 * rounding are covered; qualifiers bound it on one side.
 *
 * @example
 * intervalOf(parseFigure('13.36%')) // [13.355, 13.365]
 * intervalOf(parseFigure('超30亿元')) // (3000000000, +∞)
 * intervalOf(parseFigure('6000余万元')) // [60000000, 70000000)
 * intervalOf(parseFigure('近4000人')) // [0, 4000)
 */
export function intervalOf(figure: Figure, options: IntervalOfOptions = {}): Interval {
  const v = figure.value;
  const floor = isNonNegative(figure.unit.dimension) ? ZERO : null;
  // Literals, not interval(): the ends are known to be in order, and a calculator that
  // reads a figure then needs none of interval()'s checks in its bundle.
  const range = (lo: DecimalT, hi: DecimalT, loOpen = false, hiOpen = false): Interval => ({
    lo,
    hi,
    loOpen: loOpen || !lo.isFinite(),
    hiOpen: hiOpen || !hi.isFinite(),
  });
  switch (figure.qualifier) {
    case 'exact':
    case 'reached': {
      if (options.rounding === 'none') return range(v, v);
      const half = halfStep(figure);
      return range(v.minus(half), v.plus(half));
    }
    case 'over':
      return range(v, POS_INF, true);
    case 'at-least':
      return range(v, POS_INF);
    case 'under':
      return range(floor && v.gt(floor) ? floor : NEG_INF, v, false, true);
    case 'at-most':
      return range(floor && v.gte(floor) ? floor : NEG_INF, v);
    case 'about': {
      const half = options.rounding === 'none' ? ZERO : halfStep(figure);
      const about = options.about ?? {};
      const relative = toDecimal(about.relative ?? '0.05', ['about', 'relative']);
      const absolute = toDecimal(about.absolute ?? '0', ['about', 'absolute']);
      if (typeof about !== 'object' || relative.isNegative() || absolute.isNegative()) {
        throw new WupianError(ErrorCode.InvalidArgument, 'intervalOf: about is { relative?, absolute? }, tolerances of 0 or more.', { path: ['about'] });
      }
      const t = Decimal.max(half, v.abs().times(relative), absolute);
      return range(v.minus(t), v.plus(t));
    }
    case 'and-more':
      return range(v, v.plus(andMoreStep(figure)), false, true);
    default:
      throw new WupianError(ErrorCode.InvalidArgument, `Unknown qualifier ${String(figure.qualifier)}.`, {
        path: ['qualifier'],
      });
  }
}
