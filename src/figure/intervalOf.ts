import type { Decimal as DecimalT } from 'decimal.js';
import { Decimal, type DecimalInput, ZERO, toDecimal } from '../decimal/decimal.js';
import { badArgument, oneOfOption, optionsArg } from '../errors/args.js';
import { ErrorCode, WupianError } from '../errors/WupianError.js';
import type { Interval } from '../interval/interval.js';
import { type Figure, checkFigure } from './figure.js';
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

/**
 * ½ unit of the last printed digit, in the base unit.
 *
 * @example
 * halfStep(parseFigure('13.36%')).toFixed() // '0.005'
 * halfStep(parseFigure('2150亿元')).toFixed() // '50000000'
 */
export function halfStep(figure: Figure): DecimalT {
  return halfStepOf(checkFigure(figure, ['figure'], 'halfStep'));
}

function halfStepOf(figure: Figure): DecimalT {
  const key = `${figure.decimals}|${figure.unit.scale}`;
  let step = HALF_STEPS.get(key);
  if (!step) {
    // 5 × 10^(−d−1) × scale, built from its digits: no division.
    step = new Decimal(`5e${-figure.decimals - 1}`).times(figure.unit.scale);
    HALF_STEPS.set(key, step);
  }
  return step;
}

/**
 * The step of the last printed digit of 余/多: 6000余 → 1000, 40余 → 10, 12.8余 → 0.1.
 *
 * @example
 * andMoreStep(parseFigure('6000余万元')).toFixed() // '10000000'
 */
export function andMoreStep(figure: Figure): DecimalT {
  return andMoreStepOf(checkFigure(figure, ['figure'], 'andMoreStep'));
}

function andMoreStepOf(figure: Figure): DecimalT {
  if (figure.decimals > 0) return TEN.pow(-figure.decimals).times(figure.unit.scale);
  // The trailing zeros of the integer: its digits past the last significant one.
  const n = figure.stated.abs();
  const zeros = n.isZero() ? 0 : Math.max(0, n.e + 1 - n.sd());
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
 * intervalOf('13.36%') // throws WupianError { code: 'invalid_argument', path: ['figure'] }
 */
export function intervalOf(figure: Figure, options?: IntervalOfOptions): Interval {
  return figureInterval(checkFigure(figure, ['figure'], 'intervalOf'), checkIntervalOfOptions('intervalOf', options));
}

/** Checks the options of intervalOf (and of the calculators on Figures), by name. */
export function checkIntervalOfOptions(caller: string, options: unknown, path: readonly (string | number)[] = ['options']): IntervalOfOptions {
  const o = optionsArg<IntervalOfOptions>(caller, options, path);
  oneOfOption(caller, o.rounding, [...path, 'rounding'], ['nearest', 'none']);
  if (o.about !== undefined) {
    const about = o.about as unknown;
    if (typeof about !== 'object' || about === null || Array.isArray(about)) throw badArgument(caller, [...path, 'about'], 'an object { relative?, absolute? }', about);
    for (const key of ['relative', 'absolute'] as const) {
      const t = o.about[key];
      if (t !== undefined && toDecimal(t, [...path, 'about', key]).isNegative()) throw badArgument(caller, [...path, 'about', key], 'a tolerance of 0 or more', t);
    }
  }
  return o;
}

/** intervalOf on a checked figure and checked options. */
export function figureInterval(figure: Figure, options: IntervalOfOptions): Interval {
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
      const half = halfStepOf(figure);
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
      const half = options.rounding === 'none' ? ZERO : halfStepOf(figure);
      const about = options.about ?? {};
      const relative = toDecimal(about.relative ?? '0.05', ['options', 'about', 'relative']);
      const absolute = toDecimal(about.absolute ?? '0', ['options', 'about', 'absolute']);
      const t = Decimal.max(half, v.abs().times(relative), absolute);
      return range(v.minus(t), v.plus(t));
    }
    case 'and-more':
      return range(v, v.plus(andMoreStepOf(figure)), false, true);
    default:
      throw new WupianError(ErrorCode.InvalidArgument, `Unknown qualifier ${String(figure.qualifier)}.`, {
        path: ['qualifier'],
      });
  }
}
