import { intervalOf } from '../figure/intervalOf.js';
import type { Interval } from '../interval/interval.js';
import { compareDates, yearStartOf } from '../period/relative.js';
import type { Claim, TargetClaim } from './claim.js';

// The year of a date, absolute (2025-10-31) or relative to the text's (Y-10-31, Y-1-12-31).
const yearOf = (date: string): string => date.slice(0, date.lastIndexOf('-', date.lastIndexOf('-') - 1));

/**
 * The goal a progress figure (达成率94.11%, 已达全年目标的105%) is measured against: the one
 * goal for a flow of the same quantity and holder, due by the end of the figure's year and
 * counted from its start. Several goals of different figures leave the progress unlinked:
 * which one the text means is not said.
 *
 * @example
 * // 累计增加4,328.99亿元，与全年目标4,600亿元相比，达成率94.11%
 * goalOfProgress(progressClaim, [yearGoal])?.id // yearGoal.id
 */
export function goalOfProgress(claim: Claim, targets: readonly TargetClaim[]): { readonly id: string; readonly value: Interval } | null {
  // (其中，国有大型银行…完成率82.3%: a part's progress is of its own goal, which goals do not name.)
  if (claim.measure !== 'progress' || claim.part !== undefined) return null;
  const year = yearOf(claim.date);
  const goals = targets.filter(
    (t) =>
      t.indicator === claim.indicator &&
      t.holder === claim.holder &&
      t.measure === 'increment' &&
      yearOf(t.deadline) === year &&
      compareDates(claim.date, t.deadline) <= 0 &&
      (t.period === undefined || t.period.from === yearStartOf(t.deadline)) &&
      t.figure.unit.dimension === 'money',
  );
  const first = goals[0];
  if (!first || goals.some((t) => !t.figure.value.eq(first.figure.value) || t.figure.unit.symbol !== first.figure.unit.symbol)) return null;
  // The goal's own figure, taken exactly: 4,600亿元 is the denominator, not "at least 4,600亿元".
  return { id: first.id, value: intervalOf({ ...first.figure, qualifier: 'exact' }, { rounding: 'none' }) };
}
