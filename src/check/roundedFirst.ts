import type { Decimal as DecimalT } from 'decimal.js';
import { Decimal } from '../decimal/decimal.js';
import type { Figure } from '../figure/figure.js';
import type { Relation } from './network.js';

/** The relations a writer works out by subtracting two printed rates or shares. */
const DIFFERENCES: ReadonlySet<string> = new Set(['gap', 'rate-change', 'share-change']);

const PERCENT_LIKE: ReadonlySet<string> = new Set(['percent', 'percentage-points']);

/** What the check needs of a statement: its key and the figure it was read from. */
export interface Stated {
  readonly key: string;
  readonly figure: Figure;
}

/** A difference the writer took from inputs rounded first to the difference's own precision. */
export interface RoundedFirst<S extends Stated> {
  /** The printed difference (a gap, a change of a rate or share). */
  readonly result: S;
  /** The two printed inputs, minuend first. */
  readonly inputs: readonly [S, S];
  /** The inputs rounded to the difference's decimals, as the writer used them. */
  readonly rounded: readonly [DecimalT, DecimalT];
  /** The decimals of the printed difference. */
  readonly decimals: number;
}

/**
 * Whether a set of figures that cannot all hold is a double rounding: a difference
 * (增速比各项贷款高6.6个百分点) printed at fewer decimals than its inputs (13.36%, 6.84%),
 * which equals, digit for digit, the inputs rounded first to its own precision
 * (13.4 − 6.8 = 6.6), though the unrounded inputs give 6.52. Writers do this; the
 * difference is not wrong.
 *
 * Only the plain case is taken: one difference relation, its three figures each stated
 * once and exactly, at least one input printed finer than the difference, and the
 * difference equal to the rounded inputs' difference exactly — so a changed digit is
 * still caught.
 *
 * @example
 * // 13.36% and 6.84% with a gap printed 6.6: round(13.36, 1) − round(6.84, 1) = 6.6.
 * roundedFirst(conflictFigures, [gapRelation])?.rounded.map(String) // ['13.4', '6.8']
 */
export function roundedFirst<S extends Stated>(figures: readonly S[], relations: readonly Relation[]): RoundedFirst<S> | null {
  if (relations.length !== 1 || figures.length !== 3) return null;
  const relation = relations[0] as Relation;
  if (!DIFFERENCES.has(relation.kind)) return null;
  const [resultKey, minuendKey, subtrahendKey] = relation.vars;
  const one = (key: string | undefined): S | null => {
    const of = figures.filter((f) => f.key === key);
    return of.length === 1 ? (of[0] as S) : null;
  };
  const result = one(resultKey);
  const minuend = one(minuendKey);
  const subtrahend = one(subtrahendKey);
  if (!result || !minuend || !subtrahend) return null;
  const all = [result, minuend, subtrahend];
  if (!all.every((f) => f.figure.qualifier === 'exact' && PERCENT_LIKE.has(f.figure.unit.dimension))) return null;
  const decimals = result.figure.decimals;
  if (minuend.figure.decimals <= decimals && subtrahend.figure.decimals <= decimals) return null;
  const round = (f: Figure): DecimalT => f.value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  const rounded: [DecimalT, DecimalT] = [round(minuend.figure), round(subtrahend.figure)];
  if (!rounded[0].minus(rounded[1]).eq(result.figure.value)) return null;
  return { result, inputs: [minuend, subtrahend], rounded, decimals };
}
