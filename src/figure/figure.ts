import type { Decimal as DecimalT } from 'decimal.js';
import { Decimal, LIMITS, checkRange } from '../decimal/decimal.js';
import { type Path, badArgument } from '../errors/args.js';
import { ErrorCode } from '../errors/WupianError.js';
import type { Dimension, Unit } from './units.js';

/**
 * How a figure was qualified in the text, which decides the interval it denotes.
 * - `exact`: plain, rounded to its printed decimals (13.36%);
 * - `reached`: 达 / "reached" — the same as plain;
 * - `over`: 超, 逾, 超过, "exceeded" — strictly above;
 * - `at-least`: 突破, 以上, 不低于, 至少 — at or above;
 * - `under`: 近, 不足, 低于 — strictly below;
 * - `at-most`: 以下, 以内, 不超过, 最高 — at or below;
 * - `about`: 约, 左右 — within a tolerance the caller sets;
 * - `and-more`: 余, 多 — up to the next step of the last digit (6000余万 → [6000万, 7000万)).
 */
export type Qualifier = 'exact' | 'reached' | 'over' | 'at-least' | 'under' | 'at-most' | 'about' | 'and-more';

export const QUALIFIERS: readonly Qualifier[] = [
  'exact',
  'reached',
  'over',
  'at-least',
  'under',
  'at-most',
  'about',
  'and-more',
];

/** A number as it was stated. */
export interface Figure {
  /** In the base unit of the dimension: yuan, percent, percentage points, items. */
  readonly value: DecimalT;
  /** The number as printed, in `unit` (1026.09 for "1026.09亿元"). */
  readonly stated: DecimalT;
  readonly unit: Unit;
  /** Digits printed after the decimal point. */
  readonly decimals: number;
  readonly qualifier: Qualifier;
  /** The text the figure was read from. */
  readonly text: string;
  /** Where `text` stands in a larger document: [start, end) in UTF-16 code units. */
  readonly span?: readonly [number, number];
}

/** JSON form: decimal strings, never JSON numbers, for the values. */
export interface FigureJSON {
  readonly value: string;
  readonly stated: string;
  readonly unit: string;
  readonly decimals: number;
  readonly qualifier: Qualifier;
  readonly text: string;
  readonly span?: readonly [number, number];
}

const DIMENSIONS: readonly Dimension[] = ['money', 'percent', 'percentage-points', 'count', 'times', 'area', 'mass', 'duration', 'number'];

// A decimal string a unit's scale may be: a positive plain decimal or power of ten ('1e8').
const SCALE_TEXT = /^(?:\d{1,40}(?:\.\d{1,40})?|\d{1,3}e-?\d{1,3})$/;

/**
 * What is wrong with a would-be Figure, as the path of the bad field and what it should
 * be; `null` when it is a Figure wupian can work on. Values are checked against LIMITS.
 */
export function figureProblem(value: unknown): readonly [path: Path, expected: string, got: unknown] | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [[], 'a Figure (from parseFigure)', value];
  const v = value as Record<string, unknown>;
  for (const field of ['value', 'stated'] as const) {
    const d = v[field];
    if (!Decimal.isDecimal(d) || !d.isFinite()) return [[field], 'a finite Decimal', d];
    try {
      checkRange(d);
    } catch {
      return [[field], `a Decimal within ±1e${LIMITS.exponent} and of at most ${LIMITS.digits} digits`, d];
    }
  }
  const unit = v['unit'];
  if (typeof unit !== 'object' || unit === null) return [['unit'], 'a Unit (such as UNITS.亿元)', unit];
  const u = unit as Record<string, unknown>;
  if (typeof u['symbol'] !== 'string') return [['unit', 'symbol'], 'a string', u['symbol']];
  if (!DIMENSIONS.includes(u['dimension'] as Dimension)) return [['unit', 'dimension'], `one of ${DIMENSIONS.join(', ')}`, u['dimension']];
  if (typeof u['scale'] !== 'string' || !SCALE_TEXT.test(u['scale']) || !/[1-9]/.test(u['scale'].split('e')[0] as string)) return [['unit', 'scale'], "a positive decimal string ('1e8')", u['scale']];
  if (typeof u['en'] !== 'string') return [['unit', 'en'], 'a string', u['en']];
  const decimals = v['decimals'];
  if (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > LIMITS.digits) {
    return [['decimals'], `a whole number from 0 to ${LIMITS.digits}`, decimals];
  }
  if (!QUALIFIERS.includes(v['qualifier'] as Qualifier)) return [['qualifier'], `one of ${QUALIFIERS.join(', ')}`, v['qualifier']];
  if (typeof v['text'] !== 'string') return [['text'], 'a string', v['text']];
  const span = v['span'];
  if (span !== undefined) {
    const ok = Array.isArray(span) && span.length === 2 && Number.isInteger(span[0]) && Number.isInteger(span[1]) && (span[0] as number) >= 0 && (span[0] as number) <= (span[1] as number);
    if (!ok) return [['span'], 'a span [start, end) of whole numbers', span];
  }
  return null;
}

/**
 * Whether `value` is a Figure wupian can work on: Decimal `value` and `stated` within
 * `LIMITS`, a known unit, whole `decimals`, a known qualifier and its `text`.
 *
 * @example
 * isFigure(parseFigure('13.36%')) // true
 * isFigure({ value: 1 }) // false
 */
export function isFigure(value: unknown): value is Figure {
  return figureProblem(value) === null;
}

/**
 * Returns `value` if it is a Figure, else throws a WupianError naming the bad field under
 * `path` (`['claims', 3, 'figure', 'unit']`): `invalid_argument` by default, or `code`.
 */
export function checkFigure(value: unknown, path: Path, caller: string, code: ErrorCode = ErrorCode.InvalidArgument): Figure {
  const problem = figureProblem(value);
  if (problem === null) return value as Figure;
  const [at, expected, got] = problem;
  throw badArgument(caller, [...path, ...at], expected, got, code);
}

/**
 * The JSON form of a figure: decimal strings, never JSON numbers, for the values.
 *
 * @example
 * figureToJSON(parseFigure('13.36%')) // { value: '13.36', stated: '13.36', unit: '%', decimals: 2, qualifier: 'exact', text: '13.36%' }
 */
export function figureToJSON(figure: Figure): FigureJSON {
  checkFigure(figure, ['figure'], 'figureToJSON');
  return {
    value: figure.value.toFixed(),
    stated: figure.stated.toFixed(),
    unit: figure.unit.symbol,
    decimals: figure.decimals,
    qualifier: figure.qualifier,
    text: figure.text,
    ...(figure.span ? { span: figure.span } : {}),
  };
}
