import type { Decimal as DecimalT } from 'decimal.js';
import { Decimal } from '../decimal/decimal.js';
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

/** Whether a value is a Figure (as `parseFigure` makes them). */
export function isFigure(value: unknown): value is Figure {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return Decimal.isDecimal(v['value']) && Decimal.isDecimal(v['stated']) && typeof v['unit'] === 'object';
}

/**
 * The JSON form of a figure: decimal strings for its values.
 *
 * @example
 * figureToJSON(parseFigure('1026.09亿元')).value // '102609000000'
 */
export function figureToJSON(figure: Figure): FigureJSON {
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
