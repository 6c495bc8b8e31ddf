import { addYears } from 'date-fns';
import { baseDate, formatDate, toDate } from '../period/baseDate.js';
import { compareDates, fromPivot, isRelativeDate, toPivot, yearStartOf } from '../period/relative.js';
import type { Claim, TargetClaim } from './claim.js';
import type { Conflict, RelationResult, Report } from './report.js';
import type { SumSpec } from './options.js';

// The year-end before a year's start (2025-01-01 → 2024-12-31; Y-01-01 → Y-1-12-31).
const yearEndBefore = (yearStart: string): string => baseDate(yearStart.replace(/-01-01$/, '-12-31'), 'yoy');

// The year-end a year after one (2024-12-31 → 2025-12-31; Y-1-12-31 → Y-12-31).
function nextYearEnd(yearEnd: string): string {
  const relative = isRelativeDate(yearEnd);
  const next = formatDate(addYears(toDate(relative ? toPivot(yearEnd) : yearEnd), 1));
  return relative ? fromPivot(next) : next;
}

// 三年累计新增600亿元，其中2025年新增180亿元、2026年新增200亿元、2027年新增240亿元: a flow over the
// plan's years is the sum of the flows of each of them, when the plan sets one for every year.
function yearsOfTotals(goals: readonly Claim[]): SumSpec[] {
  const sums: SumSpec[] = [];
  for (const total of goals) {
    if (total.measure !== 'increment' || !total.since) continue;
    const parts: string[] = [];
    for (let end = nextYearEnd(total.since); compareDates(end, total.date) <= 0; end = nextYearEnd(end)) {
      const year = goals.filter((g) => g.measure === 'increment' && g.basis !== undefined && g.date === end && g.indicator === total.indicator && g.holder === total.holder);
      if (year.length !== 1) break;
      parts.push((year[0] as Claim).id);
      if (end === total.date) sums.push({ total: total.id, parts, description: 'the flows of the plan\'s years add up to its total' });
    }
  }
  return sums;
}

// The id of the figure a goal stands for in its plan's scenario.
const GOAL_PREFIX = 'goal:';

/**
 * A goal as a figure of its plan, at its deadline: 力争2025年新增40亿元 is an increment over 2025,
 * 年末余额达到250亿元 the balance at the end of 2026, 同比增长25% the growth then. The figure is the
 * plan's number as printed, its bound kept (不少于150亿元 is any amount from 150亿元); a flow over the
 * plan's years is an increment since the year-end before them, and so is an average growth over them
 * (2025—2027年年均增长15%以上). Null for a goal the network has no quantity for: no indicator, a yearly
 * average of flows (年均新增), a share.
 *
 * @example
 * goalAsClaim(target)?.measure // 'increment' (力争2025年新增40亿元)
 */
export function goalAsClaim(t: TargetClaim): Claim | null {
  if (!t.indicator || !/^\d{4}-\d{2}-\d{2}$|^Y/.test(t.deadline)) return null;
  // 年均新增50亿元: an average over the plan's years, which no quantity of the network is.
  if (t.measure !== 'average-growth' && /年均|平均每年|每年平均|\baverage\b/i.test(t.about)) return null;
  // (达到250亿元 is the plan's number; 不少于150亿元, 超过900亿元 keep their bound, and so does what is
  // ensured — 确保…达到200亿元 is a floor under the plan, not its number.)
  const floor = /确保|保底|不低于|至少|\bat least\b/i.test(t.about) && (t.figure.qualifier === 'exact' || t.figure.qualifier === 'reached');
  const figure = floor ? { ...t.figure, qualifier: 'at-least' as const } : t.figure.qualifier === 'reached' ? { ...t.figure, qualifier: 'exact' as const } : t.figure;
  const base = { id: `${GOAL_PREFIX}${t.id}`, indicator: t.indicator, holder: t.holder, date: t.deadline, figure, ...(t.source ? { source: t.source } : {}) };
  switch (t.measure) {
    case 'balance':
      return { ...base, measure: 'balance' };
    case 'increment': {
      // A flow over its deadline's own year (全年新增, 2026年新增): since the start of that year.
      // (全年新增…不少于150亿元 with no period the reader could date: the year of its year-end deadline.)
      const oneYear = t.period === undefined ? t.basis === 'ytd' || t.basis === 'yoy' || (t.deadline.endsWith('-12-31') && /全年|年度|今年|当年|本年|full[- ]year|this year/i.test(t.about)) : t.period.from === yearStartOf(t.deadline);
      if (oneYear) return { ...base, measure: 'increment', basis: t.basis === 'yoy' ? 'yoy' : 'ytd' };
      // 2025—2027年三年累计新增600亿元: since the year-end before the plan's first year.
      if (t.period && /-01-01$/.test(t.period.from)) return { ...base, measure: 'increment', since: yearEndBefore(t.period.from) };
      return null;
    }
    // 2025—2027年年均增长15%以上: the average yearly growth over the plan's years, from the year-end before them.
    case 'average-growth':
      return t.period && /-01-01$/.test(t.period.from) && t.deadline.endsWith('-12-31') ? { ...base, measure: 'average-growth', since: yearEndBefore(t.period.from) } : null;
    case 'growth':
      if (t.basis === 'ytd' || t.basis === 'yoy') return { ...base, measure: 'growth', basis: t.basis };
      return t.deadline.endsWith('-12-31') ? { ...base, measure: 'growth', basis: 'yoy' } : null;
    default:
      return null;
  }
}

// How firmly a goal is set: 力争新增2,400亿元，确保新增2,000亿元 are a stretch and a floor of one
// quantity, not a contradiction; a headline's 达到1.5万亿元 and its body's 达到1.5万亿元 are one goal told twice.
// (A goal stated bare — a headline's 要突破5500亿元 — and the body's 力争突破5500亿元 are one goal: only a stretch and a
// floor told apart are two.)
const STRETCH = /力争|争取|努力|\baim/i;
const FLOOR = /确保|保底|不低于|至少|\bat least\b/i;
// 由1.4万亿元上调至1.5万亿元, 原定…: a goal revised is not the goal told again.
const REVISED = /原(?:定|计划|目标)|上调|下调|调整|修订|由[^，,。；;]{0,24}(?:提高|调)/;
const commitmentOf = (t: TargetClaim): string => (STRETCH.test(t.about) ? 'stretch' : '') + (FLOOR.test(t.about) ? 'floor' : '');

/** The goals of a plan as figures; goals of one quantity kept only when they are one goal told twice (a restatement). */
function restatedOnce(targets: readonly TargetClaim[]): Claim[] {
  const keyOf = (c: Claim): string => [c.indicator, c.holder, c.date, c.measure, c.basis ?? '', c.since ?? ''].join('|');
  const byKey = new Map<string, { goal: Claim; target: TargetClaim }[]>();
  for (const target of targets) {
    const goal = goalAsClaim(target);
    if (!goal) continue;
    const group = byKey.get(keyOf(goal));
    if (group) group.push({ goal, target });
    else byKey.set(keyOf(goal), [{ goal, target }]);
  }
  return [...byKey.values()].flatMap((group) => {
    const told = group.map((x) => commitmentOf(x.target)).filter((c) => c !== '');
    // (One paragraph that sets two numbers for one quantity sets two goals, or was read wrong; a headline
    // and its body, or a summary and its section, tell one goal twice.)
    const paragraphs = group.map((x) => x.target.source?.paragraph);
    const apart = paragraphs.every((p) => p !== undefined) && new Set(paragraphs).size === group.length;
    const once = group.length === 1 || (apart && told.every((c) => c === told[0]) && group.every((x) => !REVISED.test(x.target.about)));
    return once ? group.map((x) => x.goal) : [];
  });
}

/**
 * The plan's own arithmetic (a plan scenario): its goals, as figures at their deadlines, with
 * the figures the text states before the plan's first goal is due (its base: 以2024年末余额160亿元
 * 为基数). Outcomes stated after that are left out: a goal missed is no contradiction. Returns the
 * relations and conflicts that take in a goal, goals named by their ids in `targets` and, among a
 * conflict's suspects, by the goal's id.
 */
export function planScenario(
  claims: readonly Claim[],
  targets: readonly TargetClaim[],
  check: (claims: readonly Claim[], sums: readonly SumSpec[], focus: (claimId: string) => boolean) => Report,
): { relations: RelationResult[]; conflicts: Conflict[] } {
  const goals = restatedOnce(targets);
  if (goals.length === 0) return { relations: [], conflicts: [] };
  const starts = targets.map((t) => t.period?.from ?? t.deadline);
  const first = starts.reduce((a, b) => (compareDates(a, b) <= 0 ? a : b));
  const base = claims.filter((c) => compareDates(c.date, first) < 0);
  const isGoal = (id: string): boolean => id.startsWith(GOAL_PREFIX);
  // (Only what takes in a goal is kept: the rest of the text was checked already.)
  const report = check([...base, ...goals], yearsOfTotals(goals), isGoal);
  const targetOf = (id: string): string => id.slice(GOAL_PREFIX.length);
  const relations = report.relations
    .filter((r) => r.claims.some(isGoal) && r.verdict !== 'unverifiable')
    .map((r) => ({
      ...r,
      id: `plan:${r.id}`,
      description: `the plan's own figures: ${r.description}`,
      claims: r.claims.filter((id) => !isGoal(id)),
      targets: r.claims.filter(isGoal).map(targetOf),
    }));
  const conflicts = report.conflicts
    .filter((c) => c.suspects.some((s) => isGoal(s.claim)))
    .map((c, i) => ({
      ...c,
      id: `plan-conflict-${i + 1}`,
      relations: c.relations.map((id) => `plan:${id}`),
      suspects: c.suspects.map((s) => (isGoal(s.claim) ? { ...s, claim: targetOf(s.claim) } : s)),
      message: `The plan's own figures disagree. ${c.message}`,
    }));
  return { relations, conflicts };
}
