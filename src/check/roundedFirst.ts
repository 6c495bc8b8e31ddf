import type { Decimal as DecimalT } from 'decimal.js';
import { Decimal } from '../decimal/decimal.js';
import type { Figure } from '../figure/figure.js';
import type { Relation } from './network.js';
import type { Interval } from '../interval/interval.js';

/** The relations a writer works out by subtracting two printed rates or shares. */
export const DIFFERENCE_KINDS: ReadonlySet<string> = new Set(['gap', 'rate-change', 'share-change']);

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
  if (!DIFFERENCE_KINDS.has(relation.kind)) return null;
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

/**
 * The same double rounding where the conflict does not hold the inputs: a difference (高于各项贷款增速5.80个百分点)
 * that equals, digit for digit, two rates the text prints (10.03% − 4.23%), though the rates the balances and the
 * increments pin exactly (10.034%, 4.227%) give 5.807. The writer took the difference of the printed rates; it is not
 * wrong. The inputs are looked up among all the figures `stated` (each stated once and exactly), at the difference's
 * decimals or finer; the difference must be in the conflict.
 *
 * @example
 * // 6.3 + 3.7 = 10.0 = 2765.34 − 2513.18 ~ 10.03%; 515.57 / 12198.30 ~ 4.23%; gap printed 5.80 = 10.03 − 4.23.
 * roundedFirstOfStated([gap, …balances], [gapRelation, …], [rate, benchmarkRate, gap, …])?.rounded.map(String) // ['10.03', '4.23']
 */
export function roundedFirstOfStated<S extends Stated>(conflict: readonly S[], relations: readonly Relation[], stated: readonly S[]): RoundedFirst<S> | null {
  const only = (among: readonly S[], key: string | undefined): S | null => {
    let found: S | null = null;
    for (const f of among) {
      if (f.key !== key) continue;
      if (found) return null;
      found = f;
    }
    return found;
  };
  for (const relation of relations) {
    if (!DIFFERENCE_KINDS.has(relation.kind)) continue;
    const [resultKey, minuendKey, subtrahendKey] = relation.vars;
    const result = only(conflict, resultKey);
    const minuend = only(stated, minuendKey);
    const subtrahend = only(stated, subtrahendKey);
    if (!result || !minuend || !subtrahend) continue;
    if (![result, minuend, subtrahend].every((f) => f.figure.qualifier === 'exact' && PERCENT_LIKE.has(f.figure.unit.dimension))) continue;
    const decimals = result.figure.decimals;
    if (minuend.figure.decimals < decimals || subtrahend.figure.decimals < decimals) continue;
    const round = (f: Figure): DecimalT => f.value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
    const rounded: [DecimalT, DecimalT] = [round(minuend.figure), round(subtrahend.figure)];
    if (rounded[0].minus(rounded[1]).eq(result.figure.value)) return { result, inputs: [minuend, subtrahend], rounded, decimals };
  }
  return null;
}

/**
 * The same double rounding where the text prints no input at all: a difference (高于各项贷款增速5.80个百分点) that the
 * writer took from rates they computed and rounded to the difference's decimals, when the balances and increments pin
 * those rates (10.0335%, 4.2266%) and so the exact difference (5.807) falls outside the printed one. Returns the rounded
 * inputs (10.03, 4.23) whose difference is the printed figure, or null when no rounding of the inputs gives it — so a
 * changed digit is still caught. Only for an exact percent-like difference and bounded inputs.
 *
 * @example
 * roundedInputsOf(parseFigure('5.80个百分点'), interval('10.0334', '10.0336'), interval('4.2265', '4.2267'))?.map(String) // ['10.03', '4.23']
 */
export function roundedInputsOf(difference: Figure, minuend: Interval, subtrahend: Interval): readonly [DecimalT, DecimalT] | null {
  if (difference.qualifier !== 'exact' || !PERCENT_LIKE.has(difference.unit.dimension)) return null;
  if (![minuend.lo, minuend.hi, subtrahend.lo, subtrahend.hi].every((x) => x.isFinite())) return null;
  const decimals = difference.decimals;
  const round = (x: DecimalT): DecimalT => x.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  const g = difference.value;
  // r1 − r2 = g with r1 a rounding of the minuend and r2 of the subtrahend: r1 in both ranges below.
  const from = Decimal.max(round(minuend.lo), round(subtrahend.lo).plus(g));
  const to = Decimal.min(round(minuend.hi), round(subtrahend.hi).plus(g));
  return from.lte(to) ? [from, from.minus(g)] : null;
}
