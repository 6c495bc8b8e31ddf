import type { Decimal as DecimalT } from 'decimal.js';
import { Decimal, LIMITS, checkRange } from '../decimal/decimal.js';
import { type Path, badArgument } from '../errors/args.js';
import { ErrorCode } from '../errors/WupianError.js';
import type { Unit } from './units.js';

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

/** Every qualifier, in the order of {@link Qualifier}. */
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
  /** The unit as stated (亿元, %, 个百分点 …). */
  readonly unit: Unit;
  /** Digits printed after the decimal point. */
  readonly decimals: number;
  /** What the wording around the number says of it (超 over, 近 under, 余 and-more …): decides the interval it denotes. */
  readonly qualifier: Qualifier;
  /** The text the figure was read from. */
  readonly text: string;
  /** Where `text` stands in a larger document: [start, end) in UTF-16 code units. */
  readonly span?: readonly [number, number];
}

/** JSON form: decimal strings, never JSON numbers, for the values. */
export interface FigureJSON {
  /** `Figure.value` as a decimal string. */
  readonly value: string;
  /** `Figure.stated` as a decimal string. */
  readonly stated: string;
  /** The unit symbol. */
  readonly unit: string;
  /** Digits printed after the decimal point. */
  readonly decimals: number;
  /** The qualifier. */
  readonly qualifier: Qualifier;
  /** The text the figure was read from. */
  readonly text: string;
  /** Where `text` stands in a larger document. */
  readonly span?: readonly [number, number];
}

const DIMENSIONS: readonly string[] = ['money', 'percent', 'percentage-points', 'count', 'times', 'area', 'mass', 'duration', 'number'];

// A decimal string a unit's scale may be: a positive plain decimal or power of ten ('1e8').
const SCALE_TEXT = /^(?:\d{1,40}(?:\.\d{1,40})?|\d{1,3}e-?\d{1,3})$/;

const isString = (x: unknown): boolean => typeof x === 'string';
const inRange = (x: unknown): boolean => {
  try {
    return Decimal.isDecimal(x) && x.isFinite() && checkRange(x) === x;
  } catch {
    return false;
  }
};
const isSpan = (x: unknown): boolean =>
  Array.isArray(x) && x.length === 2 && Number.isInteger(x[0]) && Number.isInteger(x[1]) && (x[0] as number) >= 0 && (x[0] as number) <= (x[1] as number);

// What each field of a Figure must be, in the order they are checked.
const FIELDS: readonly (readonly [Path, (x: unknown) => boolean, string])[] = [
  [['value'], inRange, 'a finite Decimal within LIMITS (1000 digits, exponent ±1000)'],
  [['stated'], inRange, 'a finite Decimal within LIMITS (1000 digits, exponent ±1000)'],
  [['unit'], (x) => typeof x === 'object' && x !== null, 'a Unit (such as UNITS.亿元)'],
  [['unit', 'symbol'], isString, 'a string'],
  [['unit', 'dimension'], (x) => DIMENSIONS.includes(x as string), 'a Dimension (money, percent, percentage-points, count …)'],
  [['unit', 'scale'], (x) => typeof x === 'string' && SCALE_TEXT.test(x) && /[1-9]/.test(x.split('e')[0] as string), "a positive decimal string ('1e8')"],
  [['unit', 'en'], isString, 'a string'],
  [['decimals'], (x) => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= LIMITS.digits, 'a whole number from 0 to 1000'],
  [['qualifier'], (x) => QUALIFIERS.includes(x as Qualifier), 'a Qualifier (exact, over, under, about …)'],
  [['text'], isString, 'a string'],
  [['span'], (x) => x === undefined || isSpan(x), 'a span [start, end) of whole numbers'],
];

/**
 * What is wrong with a would-be Figure, as the path of the bad field and what it should
 * be; `null` when it is a Figure wupian can work on. Values are checked against LIMITS.
 */
export function figureProblem(value: unknown): readonly [path: Path, expected: string, got: unknown] | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [[], 'a Figure (from parseFigure)', value];
  for (const [path, test, expected] of FIELDS) {
    let got: unknown = value;
    for (const key of path) got = typeof got === 'object' && got !== null ? (got as Record<string | number, unknown>)[key] : undefined;
    if (!test(got)) return [path, expected, got];
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
  return typeof value === 'object' && value !== null && figureProblem(value) === null;
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
