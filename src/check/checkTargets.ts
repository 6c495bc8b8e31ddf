import { subDays } from 'date-fns';
import { formatDate, toDate } from '../period/baseDate.js';
import { compareDates, fromPivot, isRelativeDate, toPivot, yearStartOf } from '../period/relative.js';
import { intervalOf, type IntervalOfOptions } from '../figure/intervalOf.js';
import {
  type Interval,
  contains,
  interval,
  intersect,
  intervalToJSON,
  overlaps,
  subtract,
} from '../interval/interval.js';
import type { Claim, TargetClaim } from './claim.js';
import { inUnit } from './inUnit.js';
import { oneOfOption, optionsArg } from '../errors/args.js';
import { checkFigure } from '../figure/figure.js';
import { checkIntervalOfOptions } from '../figure/intervalOf.js';
import { validateClaims, validateTargets } from './validate.js';
import { type Lang, messages } from './messages.js';
import type { TargetCheck } from './report.js';

export type { TargetCheck, TargetStatus } from './report.js';

/** Options of {@link checkTargets}. */
export interface CheckTargetsOptions {
  /** Language of the messages: 'en' (default) or 'zh'. */
  readonly lang?: Lang;
  /** How the outcome's figures become intervals. */
  readonly interval?: IntervalOfOptions;
}

/**
 * The values that reach a goal. 达109亿元以上 is [109亿, +∞); a goal without a
 * qualifier (新增53亿元) is a floor too, since plans state what is to be reached at
 * least; 降至1%以下 or 不超过 is a ceiling. A goal is set, not measured: its figure is
 * taken exactly, and rounding is allowed for on the outcome's side.
 *
 * @example
 * formatInterval(goalInterval({ figure: parseFigure('109亿元以上') })) // '[10900000000, +∞)'
 */
export function goalInterval(target: Pick<TargetClaim, 'figure'>): Interval {
  if (typeof target !== 'object' || target === null) checkFigure(undefined, ['target'], 'goalInterval');
  checkFigure(target.figure, ['target', 'figure'], 'goalInterval');
  const stated = intervalOf(target.figure, { rounding: 'none' });
  const ceiling = target.figure.qualifier === 'at-most' || target.figure.qualifier === 'under';
  return ceiling ? interval(null, stated.hi, { hiOpen: stated.hiOpen }) : interval(stated.lo, null, { loOpen: stated.loOpen });
}

/**
 * Sets each goal against the figures a text states of the same indicator, holder and
 * measure at its deadline: a balance stated for the deadline, or for a flow over a
 * period, the change of the balance between the period's ends (or an increment over the
 * same period). A figure stated only before the deadline makes the goal `pending`.
 *
 * @example
 * const { claims, targets } = extractClaims('到2023年末，工业贷款余额达到109亿元以上。截至2023年12月末，工业贷款余额111.43亿元。', { region: '370402' })
 * checkTargets(targets, claims)[0]?.status // 'met'
 */
export function checkTargets(targets: readonly TargetClaim[], claims: readonly Claim[], opts?: CheckTargetsOptions): TargetCheck[] {
  validateTargets(targets);
  validateClaims(claims, 'checkTargets');
  return targetChecks(targets, claims, optionsArg<CheckTargetsOptions>('checkTargets', opts));
}

/** {@link checkTargets} of goals and claims already checked (internal: checkClaims checked them on entry). */
export function targetChecks(targets: readonly TargetClaim[], claims: readonly Claim[], options: CheckTargetsOptions): TargetCheck[] {
  oneOfOption('checkTargets', options.lang, ['options', 'lang'], ['en', 'zh']);
  if (options.interval !== undefined) checkIntervalOfOptions('checkTargets', options.interval, ['options', 'interval']);
  const m = messages(options.lang ?? 'en');
  const ivOf = (c: Claim): Interval => intervalOf(c.figure, options.interval);
  // Claims by indicator, holder and measure: one lookup per goal, not a pass over all claims.
  const byKey = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = `${c.indicator}\u0000${c.holder}\u0000${c.measure}`;
    const list = byKey.get(key);
    if (list) list.push(c);
    else byKey.set(key, [c]);
  }
  const outcomes = new Map<string, { outcome: Outcome; earlier: Earlier }>();
  const tighten = (cs: readonly Claim[]): Interval | null => cs.reduce<Interval | null>((acc, c) => (acc === null ? ivOf(c) : intersect(acc, ivOf(c)) ?? acc), null);
  return targets.map((t): TargetCheck => {
    const goal = goalInterval(t);
    const goalText = t.about.includes(t.figure.text) ? t.about : `${t.about} ${t.figure.text}`.trim();
    const base = {
      target: t.id,
      holder: t.holder,
      ...(t.indicator ? { indicator: t.indicator } : {}),
      ...(t.measure ? { measure: t.measure } : {}),
      text: t.figure.text,
      ...(t.source?.span ? { span: t.source.span } : {}),
      about: t.about,
      deadline: t.deadline,
      goal: intervalToJSON(goal),
    };
    // Outcomes are figures of the same kind of unit: 2400亿元 is not compared with a bare 2.4千.
    const of = (measure: string): Claim[] =>
      (byKey.get(`${t.indicator ?? ''}\u0000${t.holder}\u0000${measure}`) ?? []).filter((c) => c.figure.unit.dimension === t.figure.unit.dimension);
    // Goals of the same quantity, deadline and unit share their outcome: found once, not once per goal.
    const signature = [t.indicator, t.holder, t.measure, t.basis, t.deadline, t.period?.from, t.figure.unit.dimension].join('\u0000');
    const found = outcomes.get(signature) ?? findOutcome(t, of, tighten);
    outcomes.set(signature, found);
    const { outcome, earlier } = found;
    if (outcome) {
      const text = outcome.computed || outcome.claims.length !== 1 ? inUnit(t.figure, outcome.interval) : (outcome.claims[0] as Claim).figure.text;
      const json = { claims: outcome.claims.map((c) => c.id), date: outcome.date, interval: intervalToJSON(outcome.interval) };
      if (contains(goal, outcome.interval)) return { ...base, status: 'met', outcome: json, message: m.targetMet(goalText, text, outcome.date) };
      if (!overlaps(goal, outcome.interval)) return { ...base, status: 'missed', outcome: json, message: m.targetMissed(goalText, text, outcome.date) };
      return { ...base, status: 'undecided', outcome: json, message: m.targetUndecided(goalText, text, outcome.date) };
    }
    if (earlier) {
      const json = { claims: earlier.claims.map((c) => c.id), date: earlier.date, interval: intervalToJSON(earlier.interval) };
      return { ...base, status: 'pending', outcome: json, message: m.targetPending(goalText, t.deadline, (earlier.claims[0] as Claim).figure.text, earlier.date) };
    }
    return { ...base, status: 'unverifiable', message: m.targetUnverifiable(goalText, t.deadline) };
  });
}

type Outcome = { claims: Claim[]; date: string; interval: Interval; computed: boolean } | null;
type Earlier = { claims: Claim[]; date: string; interval: Interval } | null;

// What the text states of a goal's quantity at its deadline (or computes from the balances around a
// flow's period); else the latest it states before.
function findOutcome(t: TargetClaim, of: (measure: string) => Claim[], tighten: (cs: readonly Claim[]) => Interval | null): { outcome: Outcome; earlier: Earlier } {
  let outcome: Outcome = null;
  let earlier: Earlier = null;
  if (t.indicator && t.measure) {
    const period = t.period;
    // 全年新增 by the end of the year is also what 较年初增加 states at that date.
    const sinceYearStart = period !== undefined && period.from === yearStartOf(t.deadline);
    const direct = of(t.measure).filter(
      (c) => t.measure !== 'increment' || (period ? c.period?.from === period.from || (sinceYearStart && c.basis === 'ytd') : c.basis === t.basis),
    );
    const at = direct.filter((c) => c.date === t.deadline);
    const iv = tighten(at);
    if (iv) outcome = { claims: at, date: t.deadline, interval: iv, computed: false };
    if (!outcome && t.measure === 'increment' && period) {
      // A flow over the period: the balance at its end less the balance at its start.
      // A period runs from its first day: the balance it starts from is the day before's.
      const startDate = isRelativeDate(period.from) ? fromPivot(formatDate(subDays(toDate(toPivot(period.from)), 1))) : formatDate(subDays(toDate(period.from), 1));
      const balances = of('balance');
      const end = balances.filter((c) => c.date === period.to);
      const start = balances.filter((c) => c.date === startDate || c.date === period.from);
      const a = tighten(end);
      const b = tighten(start);
      if (a && b) outcome = { claims: [...end, ...start], date: t.deadline, interval: subtract(a, b), computed: true };
    }
    if (!outcome) {
      let latest: string | undefined;
      for (const c of direct) if (compareDates(c.date, t.deadline) < 0 && (latest === undefined || compareDates(c.date, latest) > 0)) latest = c.date;
      const cs = direct.filter((c) => c.date === latest);
      const iv2 = tighten(cs);
      if (latest && iv2) earlier = { claims: cs, date: latest, interval: iv2 };
    }
  }
  return { outcome, earlier };
}
