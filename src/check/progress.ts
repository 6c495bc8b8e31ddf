import { intervalOf } from '../figure/intervalOf.js';
import type { Interval } from '../interval/interval.js';
import { baseDate } from '../period/baseDate.js';
import { compareDates, yearStartOf } from '../period/relative.js';
import type { Claim, TargetClaim } from './claim.js';

// The year of a date, absolute (2025-10-31) or relative to the text's (Y-10-31, Y-1-12-31).
const yearOf = (date: string): string => date.slice(0, date.lastIndexOf('-', date.lastIndexOf('-') - 1));

// A goal whose words name a balance (余额达到150亿元), and one whose words name a year's flow (全年目标任务, 新增).
const LEVEL_GOAL = /余额|balance|outstanding/i;
const FLOW_GOAL = /全年|年度|新增|增量|投放|发放|annual|new loans/i;

/**
 * The goal a progress figure (达成率94.11%, 已达全年目标的105%) is measured against: the one
 * goal for a flow of the same quantity and holder, due by the end of the figure's year and
 * counted from its start. A progress whose words name another goal's span (完成2027年目标的) is
 * of the goals due then: the balance over a level (余额达到…), or the flow since the plan's years
 * began over a flow. Several goals of different figures leave the progress unlinked: which one
 * the text means is not said — and so does a year's level, which a writer may measure by its flow.
 *
 * @example
 * // 累计增加4,328.99亿元，与全年目标4,600亿元相比，达成率94.11%
 * goalOfProgress(progressClaim, [yearGoal])?.id // yearGoal.id
 */
export function goalOfProgress(claim: Claim, targets: readonly TargetClaim[]): ProgressGoal | null {
  // (其中，国有大型银行…完成率82.3%: a part's progress is of its own goal, which goals do not name.)
  if (claim.measure !== 'progress' || claim.part !== undefined) return null;
  if (claim.goalDeadline !== undefined) return goalDueBy(claim, claim.goalDeadline, targets);
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
  return oneGoal(goals);
}

/** The goal a progress is measured against: its figure, and what of the subject is set against it. */
export interface ProgressGoal {
  readonly id: string;
  readonly value: Interval;
  /** A goal for a level (余额达到…): the balance is set against it. */
  readonly level?: true;
  /** A goal for a flow over several years: the flow since this date (the year-end before they began). */
  readonly since?: string;
}

// 完成2027年目标的58.6%, 完成三年目标的26.7%: the goal due by the deadline the words name — a level, or a flow
// over the years of its period, counted from their start.
function goalDueBy(claim: Claim, deadline: string, targets: readonly TargetClaim[]): ProgressGoal | null {
  // (完成三年新增目标的: of the goals due then, those of a flow — a level due the same day is another goal.)
  const due = targets.filter((t) => t.indicator === claim.indicator && t.holder === claim.holder && t.deadline === deadline && compareDates(claim.date, deadline) <= 0 && t.figure.unit.dimension === 'money' && (!claim.flow || t.measure === 'increment'));
  const goal = oneGoal(due);
  if (!goal) return null;
  // (A level's progress is the balance over it — where its words name a balance, and no year's flow.)
  if (due.every((t) => t.measure === 'balance' && !FLOW_GOAL.test(t.about)) && due.some((t) => LEVEL_GOAL.test(t.about))) return claim.flow ? null : { ...goal, level: true };
  const start = due[0]?.period?.from;
  if (!start || !due.every((t) => t.measure === 'increment' && t.period?.from === start) || !/-01-01$/.test(start) || compareDates(start, claim.date) > 0) return null;
  return { ...goal, since: baseDate(start, 'ytd') };
}

// The goal's own figure, taken exactly (4,600亿元 is the denominator, not "at least 4,600亿元"), when every goal states it.
function oneGoal(goals: readonly TargetClaim[]): { readonly id: string; readonly value: Interval } | null {
  const first = goals[0];
  if (!first || goals.some((t) => !t.figure.value.eq(first.figure.value) || t.figure.unit.symbol !== first.figure.unit.symbol)) return null;
  return { id: first.id, value: intervalOf({ ...first.figure, qualifier: 'exact' }, { rounding: 'none' }) };
}
