import type { Decimal as DecimalT } from 'decimal.js';
import { Decimal, HUNDRED, ONE } from '../decimal/decimal.js';
import { type Interval, add, divide, entire, interval, multiply, negate, point, powPositive, subtract } from '../interval/interval.js';
import { baseDate } from '../period/baseDate.js';
import { flowSpanStart } from '../period/relative.js';
import type { Basis } from '../domain/observation.js';
import { type Claim, LEVEL_KINDS, type LevelKind } from './claim.js';
import type { ForeignCurrency, Unit } from '../figure/units.js';
import { exchangeBand } from './exchangeRates.js';
import { badArgument, optionsArg } from '../errors/args.js';

// The building blocks take strings: anything else is refused by name, not turned into '[object Object]' in a key.
function strings(caller: string, named: readonly (readonly [string, unknown])[]): void {
  for (const [name, value] of named) if (typeof value !== 'string') throw badArgument(caller, [name], 'a string', value);
}
// A period { from, to } of yyyy-MM-dd strings: its ends checked as strings, the period itself as an object.
function periodArg(caller: string, indicator: unknown, holder: unknown, period: unknown): { readonly from: string; readonly to: string } {
  if (typeof period !== 'object' || period === null) throw badArgument(caller, ['period'], 'a period { from, to }', period);
  const { from, to } = period as { from?: unknown; to?: unknown };
  strings(caller, [['indicator', indicator], ['holder', holder], ['period.from', from], ['period.to', to]]);
  return { from: from as string, to: to as string };
}
import { validateClaims, validateFlowSlack } from './validate.js';

/** What a variable of the network stands for. */
export type VariableKind =
  | 'balance'
  | 'increment'
  | 'growth'
  | 'average-growth'
  | 'multiple'
  | 'share'
  | 'flow-share'
  | 'share-change'
  | 'gap'
  | 'borrowers'
  | 'borrowers-growth'
  | 'borrowers-increment'
  | 'sum'
  | 'credit-line'
  | 'disbursed'
  | 'rate-change'
  | 'flow-difference'
  | 'flow-growth'
  | 'lent'
  | 'lent-difference'
  | 'lent-growth'
  | 'progress'
  | 'exchange-rate'
  | 'level';

/** A quantity of the network: stated by figures or hidden (a start-of-year balance, total loans). */
export interface Variable {
  /** The variable's key: kind, indicator, holder, date, basis … */
  readonly key: string;
  /** What it stands for. */
  readonly kind: VariableKind;
  /** The indicator it is about. */
  readonly indicator: string;
  /** Whose quantity it is. */
  readonly holder: string;
  /** The date it stands at. */
  readonly date: string;
  /** The basis of a growth, increment or change (`unstated` for a rate whose basis its text leaves unsaid). */
  readonly basis?: string;
  /** For a share: the whole. */
  readonly of?: string;
  /** For a gap: the benchmark indicator. */
  readonly benchmark?: string;
  /** The natural domain: balances and counts are never negative, shares lie in [0, 100]. */
  readonly natural: Interval;
  /** Counts of borrowers are whole numbers: a GRIM-style check on every rate derived from them. */
  readonly integer: boolean;
}

/** The kinds of relation between variables. */
export type RelationKind = 'growth' | 'increment' | 'share' | 'share-change' | 'gap' | 'rate-change' | 'flow-difference' | 'progress' | 'sum' | 'at-most' | 'exchange';

/**
 * The quantity a claim speaks of, as the network keys it: its indicator (or open subject), its
 * sub-population, its scope and the currency of its amount — an industry's green loans,
 * 人民币各项贷款 and a balance in US dollars are each their own.
 */
export function quantityOf(claim: Pick<Claim, 'indicator' | 'part' | 'scope'> & { readonly figure?: { readonly unit: Pick<Unit, 'currency'> } }): string {
  const currency = claim.figure?.unit.currency;
  return `${claim.indicator}${claim.part ? `/${claim.part}` : ''}${claim.scope ? `@${claim.scope}` : ''}${currency ? `¤${currency}` : ''}`;
}

/**
 * A relation between variables, written as one equation and its projections: each
 * projection solves the equation for one variable, so each operand appears once and
 * interval evaluation is tight.
 */
export interface Relation {
  /** The relation id. */
  readonly id: string;
  /** What kind of relation it is. */
  readonly kind: RelationKind;
  /** The keys of its variables, in the order of its equation. */
  readonly vars: readonly string[];
  /** For each variable index, its value implied by the others; `tolerant` applies the relation's slack. */
  project(domains: readonly Interval[], tolerant: boolean): Interval[];
  /** Official flows leave out write-offs and revaluation: allowed slack, as a fraction of the base. */
  readonly slack?: DecimalT;
  /** The relation in words. */
  readonly description: string;
  /** The ids of the goals it sets figures against (progress toward a goal). */
  readonly targets?: readonly string[];
}

const H = /* @__PURE__ */ point(HUNDRED);
const ONE_I = /* @__PURE__ */ point(ONE);
const ZERO_I = /* @__PURE__ */ point('0');
// x − 1 as x + (−1): the same ends, without negating 1 at every evaluation.
const MINUS_ONE_I = /* @__PURE__ */ negate(ONE_I);
const NONNEG = /* @__PURE__ */ interval("0", null);
const PERCENT = /* @__PURE__ */ interval("0", "100");

const factor = (rate: Interval): Interval => add(ONE_I, divide(rate, H));

/** x to a positive power over its part at or above zero; no narrowing where x is all below it. */
function powerOf(x: Interval, exponent: DecimalT): Interval {
  return x.hi.isNegative() || (x.hi.isZero() && x.hiOpen) ? NONNEG : powPositive(x, exponent);
}

/** The whole number of years from one date to a later one on the same day of the year, else null. */
function wholeYearsBetween(since: string, date: string): number | null {
  const a = /^(\d{4})(-\d{2}-\d{2})$/.exec(since);
  const b = /^(\d{4})(-\d{2}-\d{2})$/.exec(date);
  if (!a || !b || a[2] !== b[2]) return null;
  const years = Number(b[1]) - Number(a[1]);
  return years >= 1 ? years : null;
}
// d = n − b, solved for each: a change between two values of one quantity (a share's, a rate's, a flow's).
// rate = (now / before − 1) × 100, on [rate, now, before]: a balance's growth and a flow's.
// (Each relation its own: 1 + r/100 of the rate it met last is kept, for an evaluation after the
// balances alone narrowed meets the same domain of the rate again — domains are never changed once made.
// So is each projection, by the domains it is made of: one evaluation in five meets the same two
// balances as the one before, after the rate alone narrowed; one in eight the same rate and base.)
const growthOf = (): Relation['project'] => {
  let rate: Interval | null | undefined = null;
  let f: Interval = ONE_I;
  let ofRate: readonly [Interval | undefined, Interval | undefined, Interval] | null = null;
  let ofNow: readonly [Interval | undefined, Interval, Interval] | null = null;
  return ([r, c, b]) => {
    if (r !== rate) {
      f = factor(r as Interval);
      rate = r;
    }
    if (ofRate === null || ofRate[0] !== c || ofRate[1] !== b) ofRate = [c, b, multiply(add(divide(c as Interval, b as Interval), MINUS_ONE_I), H)];
    if (ofNow === null || ofNow[0] !== b || ofNow[1] !== f) ofNow = [b, f, multiply(b as Interval, f)];
    return [ofRate[2], ofNow[2], divide(c as Interval, f)];
  };
};
// now = before × times: each from the other two.
const multipleOf = ([t, n, b]: readonly Interval[]): Interval[] => [divide(n as Interval, b as Interval), multiply(b as Interval, t as Interval), divide(n as Interval, t as Interval)];
const difference = ([d, n, b]: readonly Interval[]): Interval[] => [subtract(n as Interval, b as Interval), add(b as Interval, d as Interval), subtract(n as Interval, d as Interval)];
const POS_INF_END = /* @__PURE__ */ new Decimal(Infinity);
const NEG_INF_END = /* @__PURE__ */ new Decimal(-Infinity);

/** Options of a {@link Network}. */
export interface NetworkOptions {
  /** How far an official increment may differ from the change of balances, as a fraction of the base (default 0.005: half a percentage point of growth). */
  readonly flowSlack?: string;
}

/** Variables and relations built from claims. */
export class Network {
  /** The variables, by key. */
  readonly variables = new Map<string, Variable>();
  /** The relations between them. */
  readonly relations: Relation[] = [];
  private readonly relationIds = new Set<string>();
  // The sums added so far, by total and parts: a chain of flows a text sums already is not summed again.
  private readonly sums = new Set<string>();
  private readonly flowSlack: DecimalT;
  // [1 − slack, 1 + slack]: what an official flow's base is multiplied by when tolerant.
  private readonly slackFactor: Interval;
  /** The span of each increment, by variable key: its series (indicator and holder), start and end date. */
  private readonly spans = new Map<string, { readonly series: string; readonly from: string; readonly to: string }>();

  constructor(options?: NetworkOptions) {
    const o = optionsArg<NetworkOptions>('Network', options);
    validateFlowSlack('Network', o.flowSlack);
    this.flowSlack = new Decimal(o.flowSlack ?? '0.005');
    this.slackFactor = interval(ONE.minus(this.flowSlack), ONE.plus(this.flowSlack));
  }

  private variable(v: Omit<Variable, 'key' | 'natural' | 'integer'>, key: string): string {
    if (!this.variables.has(key)) {
      const natural =
        v.kind === 'balance' || v.kind === 'borrowers' || v.kind === 'sum' || v.kind === 'credit-line' || v.kind === 'disbursed' || v.kind === 'progress' || v.kind === 'lent'
          ? NONNEG
          : v.kind === 'share'
            ? PERCENT
            : entire();
      this.variables.set(key, { ...v, key, natural, integer: v.kind === 'borrowers' });
    }
    return key;
  }

  /** The key of the balance (or borrower count) of an indicator, holder and date; made on first use. */
  balance(indicator: string, holder: string, date: string, kind: 'balance' | 'borrowers' = 'balance'): string {
    strings('Network.balance', [['indicator', indicator], ['holder', holder], ['date', date], ['kind', kind]]);
    return this.variable({ kind, indicator, holder, date }, `${kind}|${indicator}|${holder}|${date}`);
  }

  private addRelation(r: Relation): void {
    if (this.relationIds.has(r.id)) return;
    this.relationIds.add(r.id);
    this.relations.push(r);
  }

  /**
   * growth = (current / base − 1) × 100 over balances (or borrower counts). The basis `unstated`
   * makes a rate linked to no balance: it meets only the gaps of the same unsaid basis.
   *
   * @example
   * const n = new Network();
   * n.growth('green-loans', 'text', '2025-06-30', 'yoy') // 'growth|green-loans|text|2025-06-30|yoy', linked to both balances
   * n.growth('green-loans', 'text', '2025-06-30', 'unstated') // 'growth|green-loans|text|2025-06-30|unstated', no relation
   */
  growth(indicator: string, holder: string, date: string, basis: 'ytd' | 'yoy' | 'mom' | 'qoq' | 'unstated', of: 'balance' | 'borrowers' = 'balance'): string {
    strings('Network.growth', [['indicator', indicator], ['holder', holder], ['date', date], ['basis', basis], ['of', of]]);
    const kind = of === 'balance' ? 'growth' : 'borrowers-growth';
    const key = this.variable({ kind, indicator, holder, date, basis }, `${kind}|${indicator}|${holder}|${date}|${basis}`);
    // A rate whose basis the text leaves unsaid: compared only with rates of the same unsaid basis (its gaps).
    if (basis === 'unstated') return key;
    const now = this.balance(indicator, holder, date, of);
    const before = this.balance(indicator, holder, baseDate(date, basis), of);
    this.linkGrowthAndIncrement(indicator, holder, date, basis, of);
    this.addRelation({
      id: `growth:${key}`,
      kind: 'growth',
      vars: [key, now, before],
      description: `${kind} of ${indicator} (${basis}) at ${date}`,
      project: growthOf(),
    });
    return key;
  }

  /**
   * growth since a date no basis spans = (current / balance then − 1) × 100 (较2020年末增长200%,
   * "up 85 percent from the end of 2021"); since the base of a basis, that basis's growth.
   *
   * @example
   * const n = new Network();
   * n.growthSince('green-loans', 'text', '2025-12-31', '2020-12-31') // 'growth|green-loans|text|2025-12-31|since:2020-12-31'
   */
  growthSince(indicator: string, holder: string, date: string, since: string): string {
    strings('Network.growthSince', [['indicator', indicator], ['holder', holder], ['date', date], ['since', since]]);
    for (const basis of ['yoy', 'ytd', 'qoq', 'mom'] as const) if (since === baseDate(date, basis)) return this.growth(indicator, holder, date, basis);
    const key = this.variable({ kind: 'growth', indicator, holder, date, basis: `since ${since}` }, `growth|${indicator}|${holder}|${date}|since:${since}`);
    this.addRelation({
      id: `growth:${key}`,
      kind: 'growth',
      vars: [key, this.balance(indicator, holder, date), this.balance(indicator, holder, since)],
      description: `growth of ${indicator} since ${since} at ${date}`,
      project: growthOf(),
    });
    return key;
  }

  /**
   * a multiple: balance at `date` = balance at `since` × times (是2017年末（301.2亿元）的4.6倍).
   *
   * @example
   * const n = new Network();
   * n.multipleSince('green-loans', 'text', '2024-12-31', '2017-12-31'); // 'multiple|green-loans|text|2024-12-31|since:2017-12-31'
   */
  multipleSince(indicator: string, holder: string, date: string, since: string): string {
    strings('Network.multipleSince', [['indicator', indicator], ['holder', holder], ['date', date], ['since', since]]);
    const key = this.variable({ kind: 'multiple', indicator, holder, date, basis: `since ${since}` }, `multiple|${indicator}|${holder}|${date}|since:${since}`);
    this.addRelation({
      id: `multiple:${key}`,
      kind: 'growth',
      vars: [key, this.balance(indicator, holder, date), this.balance(indicator, holder, since)],
      description: `${indicator} at ${date} as a multiple of ${since}`,
      project: multipleOf,
    });
    return key;
  }

  /**
   * average yearly growth over whole years: balance at `date` = balance at `since` × (1 + rate / 100)^years
   * (四年间年均增长32.3%, 由2017年末的301.2亿元增至…，年均增长24.4%).
   *
   * @example
   * const n = new Network();
   * n.averageGrowth('green-loans', 'national', '2024-12-31', '2020-12-31'); // 'average-growth|green-loans|national|2024-12-31|2020-12-31'
   */
  averageGrowth(indicator: string, holder: string, date: string, since: string): string {
    strings('Network.averageGrowth', [['indicator', indicator], ['holder', holder], ['date', date], ['since', since]]);
    const years = wholeYearsBetween(since, date);
    if (years === null) throw badArgument('Network.averageGrowth', ['since'], `a date a whole number of years before ${date}`, since);
    const key = this.variable({ kind: 'average-growth', indicator, holder, date, basis: `since ${since}` }, `average-growth|${indicator}|${holder}|${date}|${since}`);
    const now = this.balance(indicator, holder, date);
    const before = this.balance(indicator, holder, since);
    const n = new Decimal(years);
    const root = ONE.div(n);
    this.addRelation({
      id: `average-growth:${key}`,
      kind: 'growth',
      vars: [key, now, before],
      description: `average yearly growth of ${indicator} over ${years} years to ${date}`,
      project: ([r, c, b]) => {
        const f = powerOf(factor(r as Interval), n);
        return [multiply(add(powerOf(divide(c as Interval, b as Interval), root), MINUS_ONE_I), H), multiply(b as Interval, f), divide(c as Interval, f)];
      },
    });
    return key;
  }

  /**
   * A redundant relation when a balance, its increment and its growth rate are all
   * there: rate = 100 / (balance / increment − 1) uses each once, where the two
   * relations through the hidden base count the balance twice and widen the result.
   */
  private linkGrowthAndIncrement(indicator: string, holder: string, date: string, basis: 'ytd' | 'yoy' | 'mom' | 'qoq', of: 'balance' | 'borrowers' = 'balance'): void {
    const rate = `${of === 'balance' ? 'growth' : 'borrowers-growth'}|${indicator}|${holder}|${date}|${basis}`;
    const inc = `${of === 'balance' ? 'increment' : 'borrowers-increment'}|${indicator}|${holder}|${date}|${basis}`;
    if (!this.variables.has(rate) || !this.variables.has(inc)) return;
    const now = this.balance(indicator, holder, date, of);
    let lastRate: Interval | null | undefined = null;
    let f: Interval = ONE_I;
    this.addRelation({
      id: `growth-increment:${rate}`,
      kind: 'growth',
      vars: [rate, inc, now],
      description: `growth of ${indicator} (${basis}) at ${date} from its balance and increment`,
      project: ([r, d, c]) => {
        // (1 + 100/r of the rate met last kept, as growthOf keeps its factor.)
        if (r !== lastRate) {
          f = add(ONE_I, divide(H, r as Interval));
          lastRate = r;
        }
        return [divide(H, add(divide(c as Interval, d as Interval), MINUS_ONE_I)), divide(c as Interval, f), multiply(d as Interval, f)];
      },
    });
  }

  /**
   * increment = current − base (official flows: within `flowSlack` of the base); `of: 'borrowers'` for the
   * change in a number of borrowers (较年初增加4,106户).
   */
  increment(indicator: string, holder: string, date: string, basis: 'ytd' | 'yoy' | 'mom' | 'qoq', of: 'balance' | 'borrowers' = 'balance'): string {
    strings('Network.increment', [['indicator', indicator], ['holder', holder], ['date', date], ['basis', basis], ['of', of]]);
    const kind = of === 'balance' ? 'increment' : 'borrowers-increment';
    const key = this.variable({ kind, indicator, holder, date, basis }, `${kind}|${indicator}|${holder}|${date}|${basis}`);
    const now = this.balance(indicator, holder, date, of);
    const before = this.balance(indicator, holder, baseDate(date, basis), of);
    this.linkGrowthAndIncrement(indicator, holder, date, basis, of);
    this.spans.set(key, { series: `${indicator}|${holder}${of === 'balance' ? '' : '|borrowers'}`, from: baseDate(date, basis), to: date });
    this.flow(key, now, before, `${kind} of ${indicator} (${basis}) at ${date}`);
    return key;
  }

  // increment = current − base, as an official flow: current − increment = base × F, F = [1 − slack,
  // 1 + slack] when tolerant, 1 otherwise.
  private flow(key: string, now: string, before: string, description: string): void {
    this.addRelation({
      id: `increment:${key}`,
      kind: 'increment',
      vars: [key, now, before],
      slack: this.flowSlack,
      description,
      project: ([d, c, b], tolerant) => {
        const F = tolerant ? this.slackFactor : ONE_I;
        const bF = multiply(b as Interval, F);
        return [subtract(c as Interval, bF), add(d as Interval, bF), divide(subtract(c as Interval, d as Interval), F)];
      },
    });
  }

  /**
   * increment since a date no basis spans = current − the balance then (三年累计新增600亿元 over
   * 2025—2027, 比2021年末增加126.4亿元 at 2024年末); official flows within `flowSlack` of that balance.
   */
  incrementSince(indicator: string, holder: string, date: string, since: string): string {
    strings('Network.incrementSince', [['indicator', indicator], ['holder', holder], ['date', date], ['since', since]]);
    // (Since the year-end before its own year: the increment since the start of the year, one quantity.)
    if (since === baseDate(date, 'ytd')) return this.increment(indicator, holder, date, atYearEnd(date, 'ytd') as Basis);
    const key = this.variable({ kind: 'increment', indicator, holder, date, basis: `since ${since}` }, `increment|${indicator}|${holder}|${date}|since:${since}`);
    const now = this.balance(indicator, holder, date);
    const before = this.balance(indicator, holder, since);
    this.spans.set(key, { series: `${indicator}|${holder}`, from: since, to: date });
    this.flow(key, now, before, `increment of ${indicator} since ${since} at ${date}`);
    return key;
  }

  /**
   * Flows over adjacent spans add up, exactly, official or not: the flow from a to c is the flow
   * from a to b plus the flow from b to c (今年累计新增 at August = 7月累计 + 8月新增; 上半年 =
   * 一季度 + 二季度). Call once all increments are in; a network's balances may stay unknown.
   *
   * @example
   * network.increment('green-loans', 'national', '2025-07-31', 'ytd');
   * network.increment('green-loans', 'national', '2025-08-31', 'mom');
   * network.increment('green-loans', 'national', '2025-08-31', 'ytd');
   * network.linkAdjacentFlows(); // ytd(8月) = ytd(7月) + mom(8月)
   */
  linkAdjacentFlows(): void {
    // Indexed once by series and start, so each flow meets only the flows that start where it ends.
    const bySpan = new Map<string, string[]>();
    const byStart = new Map<string, [string, { readonly series: string; readonly from: string; readonly to: string }][]>();
    for (const [key, span] of this.spans) {
      push(bySpan, `${span.series}|${span.from}|${span.to}`, key);
      push(byStart, `${span.series}|${span.from}`, [key, span]);
    }
    for (const [first, a] of this.spans) {
      for (const [second, b] of byStart.get(`${a.series}|${a.to}`) ?? []) {
        for (const whole of bySpan.get(`${a.series}|${a.from}|${b.to}`) ?? []) {
          this.sum(whole, [first, second], `flow of ${this.variables.get(whole)?.indicator ?? whole} from ${a.from} to ${b.to}, split at ${a.to}`, `flow-sum:${whole}|${first}|${second}`);
        }
      }
    }
  }

  /**
   * Flows over three or more adjacent spans add up to the flow over them all (一季度 + 二季度 + 三季度 =
   * 前三季度合计, with no half-year between). Call after the sums a text states, which it does not repeat.
   *
   * @example
   * network.increment('tech-loans', 'text', '2025-03-31', 'ytd');
   * network.increment('tech-loans', 'text', '2025-06-30', 'qoq');
   * network.increment('tech-loans', 'text', '2025-09-30', 'qoq');
   * network.increment('tech-loans', 'text', '2025-09-30', 'ytd');
   * network.linkFlowChains(); // ytd(9月) = ytd(3月) + qoq(6月) + qoq(9月)
   */
  linkFlowChains(): void {
    const byStart = new Map<string, [string, Span][]>();
    for (const [key, span] of this.spans) push(byStart, `${span.series}|${span.from}`, [key, span]);
    for (const [whole, w] of this.spans) {
      for (const chain of flowChains(w, byStart, MAX_CHAIN)) {
        if (chain.length < 3 || this.sums.has(sumSignature(whole, chain))) continue;
        this.sum(whole, chain, `flow of ${this.variables.get(whole)?.indicator ?? whole} from ${w.from} to ${w.to}, in ${chain.length} spans`, `flow-sum:${whole}|${chain.join('|')}`);
      }
    }
  }

  /** share = part / whole × 100. */
  share(indicator: string, of: string, holder: string, date: string, ofHolder: string = holder): string {
    strings('Network.share', [['indicator', indicator], ['of', of], ['holder', holder], ['date', date], ['ofHolder', ofHolder]]);
    const other = ofHolder === holder ? '' : `@@${ofHolder}`;
    const key = this.variable({ kind: 'share', indicator, holder, date, of: `${of}${other}` }, `share|${indicator}|${of}${other}|${holder}|${date}`);
    const part = this.balance(indicator, holder, date);
    const whole = this.balance(of, ofHolder, date);
    this.addRelation({
      id: `share:${key}`,
      kind: 'share',
      vars: [key, part, whole],
      description: `share of ${indicator} in ${of}${other ? ` of ${ofHolder}` : ''} at ${date}`,
      project: ([s, p, w]) => [
        multiply(divide(p as Interval, w as Interval), H),
        divide(multiply(s as Interval, w as Interval), H),
        divide(multiply(p as Interval, H), s as Interval),
      ],
    });
    return key;
  }

  /**
   * A flow's share of another flow over one span: share = the part's increment / the whole's
   * increment × 100 (新增制造业贷款728.9亿元，占全省新增贷款的22.3%).
   *
   * @example
   * const n = new Network();
   * n.flowShare('manufacturing-loans', 'total-loans', 'text', '2025-06-30', 'ytd');
   * // 'flow-share|manufacturing-loans|total-loans|text|2025-06-30|ytd', tied to both increments since the start of the year
   */
  flowShare(indicator: string, of: string, holder: string, date: string, basis: 'ytd' | 'yoy' | 'mom' | 'qoq', ofHolder: string = holder): string {
    strings('Network.flowShare', [['indicator', indicator], ['of', of], ['holder', holder], ['date', date], ['basis', basis], ['ofHolder', ofHolder]]);
    const other = ofHolder === holder ? '' : `@@${ofHolder}`;
    const key = this.variable({ kind: 'flow-share', indicator, holder, date, basis, of: `${of}${other}` }, `flow-share|${indicator}|${of}${other}|${holder}|${date}|${basis}`);
    const part = this.increment(indicator, holder, date, basis);
    const whole = this.increment(of, ofHolder, date, basis);
    this.addRelation({
      id: `flow-share:${key}`,
      kind: 'share',
      vars: [key, part, whole],
      description: `share of the ${basis} increment of ${indicator} in that of ${of}${other ? ` of ${ofHolder}` : ''} at ${date}`,
      project: ([s, p, w]) => [
        multiply(divide(p as Interval, w as Interval), H),
        divide(multiply(s as Interval, w as Interval), H),
        divide(multiply(p as Interval, H), s as Interval),
      ],
    });
    return key;
  }

  /** share change = share now − share at the base date. */
  shareChange(indicator: string, of: string, holder: string, date: string, basis: 'ytd' | 'yoy' | 'mom' | 'qoq'): string {
    strings('Network.shareChange', [['indicator', indicator], ['of', of], ['holder', holder], ['date', date], ['basis', basis]]);
    return this.shareChangeBetween(indicator, of, holder, date, baseDate(date, basis), basis, `(${basis})`);
  }

  /** share change since a date no basis spans = share now − share then (占比较2020年末提高9.1个百分点 at 2024年末). */
  shareChangeSince(indicator: string, of: string, holder: string, date: string, since: string): string {
    strings('Network.shareChangeSince', [['indicator', indicator], ['of', of], ['holder', holder], ['date', date], ['since', since]]);
    return this.shareChangeBetween(indicator, of, holder, date, since, `since:${since}`, `since ${since}`);
  }

  // The change of a share between a date and an earlier one, keyed by the span's name.
  private shareChangeBetween(indicator: string, of: string, holder: string, date: string, before: string, span: string, words: string): string {
    const key = this.variable({ kind: 'share-change', indicator, holder, date, basis: span.replace(':', ' '), of }, `share-change|${indicator}|${of}|${holder}|${date}|${span}`);
    const now = this.share(indicator, of, holder, date);
    const then = this.share(indicator, of, holder, before);
    this.addRelation({
      id: `share-change:${key}`,
      kind: 'share-change',
      vars: [key, now, then],
      description: `change of the share of ${indicator} in ${of} ${words} at ${date}`,
      project: difference,
    });
    return key;
  }

  /**
   * gap = growth of the indicator − growth of the benchmark, in percentage points. The
   * benchmark may be another holder's (高于全国同期增速: the nation's all-loans rate).
   */
  gap(indicator: string, benchmark: string, holder: string, date: string, basis: 'ytd' | 'yoy' | 'mom' | 'qoq' | 'unstated', benchmarkHolder: string = holder): string {
    const other = benchmarkHolder === holder ? '' : `@@${benchmarkHolder}`;
    strings('Network.gap', [['indicator', indicator], ['benchmark', benchmark], ['holder', holder], ['date', date], ['basis', basis], ['benchmarkHolder', benchmarkHolder]]);
    const key = this.variable(
      { kind: 'gap', indicator, holder, date, basis, benchmark: `${benchmark}${other}` },
      `gap|${indicator}|${benchmark}${other}|${holder}|${date}|${basis}`,
    );
    const mine = this.growth(indicator, holder, date, basis);
    const theirs = this.growth(benchmark, benchmarkHolder, date, basis);
    this.addRelation({
      id: `gap:${key}`,
      kind: 'gap',
      vars: [key, mine, theirs],
      description: `gap between the growth of ${indicator} and of ${benchmark} (${basis}) at ${date}`,
      project: ([g, a, b]) => [subtract(a as Interval, b as Interval), add(b as Interval, g as Interval), subtract(a as Interval, g as Interval)],
    });
    return key;
  }

  /** total = Σ parts (a table's 合计). */
  sum(totalKey: string, partKeys: readonly string[], description: string, id: string = `sum:${totalKey}`): void {
    strings('Network.sum', [['totalKey', totalKey], ['description', description], ['id', id]]);
    if (!Array.isArray(partKeys) || !partKeys.every((k) => typeof k === 'string')) throw badArgument('Network.sum', ['partKeys'], 'an array of variable keys', partKeys);
    const vars = [totalKey, ...partKeys];
    this.sums.add(sumSignature(totalKey, partKeys));
    this.addRelation({
      id,
      kind: 'sum',
      vars,
      description,
      project: (domains) => {
        const [total, ...parts] = domains as [Interval, ...Interval[]];
        // Sums from the first part on: the parts before the i-th add up the same way in the sum
        // of all and in the sum of the others of the i-th, so they are added once.
        const before: Interval[] = [ZERO_I];
        for (const p of parts) before.push(add(before[before.length - 1] as Interval, p));
        const out: Interval[] = [before[parts.length] as Interval];
        parts.forEach((_, i) => {
          let others = before[i] as Interval;
          for (let j = i + 1; j < parts.length; j++) others = add(others, parts[j] as Interval);
          out.push(subtract(total, others));
        });
        return out;
      },
    });
  }

  /**
   * rate change = the rate now − the same rate at the change's base date, in points: 比上年末高0.8个百分点
   * is the year-on-year rate now against the year-on-year rate at the last year-end.
   */
  rateChange(indicator: string, holder: string, date: string, rateBasis: 'ytd' | 'yoy' | 'mom' | 'qoq', changeBasis: 'ytd' | 'yoy' | 'mom' | 'qoq'): string {
    const key = this.variable({ kind: 'rate-change', indicator, holder, date, basis: `${rateBasis}/${changeBasis}` }, `rate-change|${indicator}|${holder}|${date}|${rateBasis}|${changeBasis}`);
    const now = this.growth(indicator, holder, date, rateBasis);
    const before = this.growth(indicator, holder, baseDate(date, changeBasis), rateBasis);
    this.addRelation({
      id: `rate-change:${key}`,
      kind: 'rate-change',
      vars: [key, now, before],
      description: `change of the ${rateBasis} growth of ${indicator} since ${changeBasis === 'ytd' ? 'the last year-end' : changeBasis === 'yoy' ? 'a year before' : 'the period before'} at ${date}`,
      project: difference,
    });
    return key;
  }

  /**
   * The level of a rate that is no growth: an interest rate, a rate of access (获贷率) or a ratio,
   * in percent, at a date. Made only where the text states its change: its levels then compare.
   *
   * @example
   * new Network().level('access-rate', 'tech-sme-loans', 'text', '2025-09-30')
   * // 'level|access-rate|tech-sme-loans|text|2025-09-30'
   */
  level(kind: LevelKind, indicator: string, holder: string, date: string): string {
    strings('Network.level', [['kind', kind], ['indicator', indicator], ['holder', holder], ['date', date]]);
    if (!LEVEL_KINDS.includes(kind)) throw badArgument('Network.level', ['kind'], "one of 'interest-rate', 'access-rate' or 'ratio'", kind);
    // (绿色贷款不良余额1.28亿元，不良率0.41%: a non-performing ratio is the share of the non-performing part in its loans.)
    const loans = kind === 'ratio' ? nonPerformingOf(indicator) : undefined;
    if (loans) return this.share(indicator, loans, holder, date);
    return this.variable({ kind: 'level', indicator, holder, date, basis: kind }, `level|${kind}|${indicator}|${holder}|${date}`);
  }

  /**
   * level gap = the level of one quantity − the same kind of level of its benchmark, in points, at one date
   * (绿色贷款不良率0.41%，较全行各项贷款不良率低0.83个百分点; 利率比全市平均水平低0.3个百分点).
   *
   * @example
   * const n = new Network();
   * n.levelGap('ratio', 'green-loans/不良', 'total-loans/不良', 'text', '2024-12-31');
   * // 'level-gap|ratio|green-loans/不良|total-loans/不良|text|2024-12-31', tied to both non-performing ratios
   */
  levelGap(kind: LevelKind, indicator: string, benchmark: string, holder: string, date: string, benchmarkHolder: string = holder): string {
    strings('Network.levelGap', [['kind', kind], ['indicator', indicator], ['benchmark', benchmark], ['holder', holder], ['date', date], ['benchmarkHolder', benchmarkHolder]]);
    if (!LEVEL_KINDS.includes(kind)) throw badArgument('Network.levelGap', ['kind'], "one of 'interest-rate', 'access-rate' or 'ratio'", kind);
    const other = benchmarkHolder === holder ? '' : `@@${benchmarkHolder}`;
    const key = this.variable({ kind: 'gap', indicator, holder, date, basis: kind, benchmark: `${benchmark}${other}` }, `level-gap|${kind}|${indicator}|${benchmark}${other}|${holder}|${date}`);
    const mine = this.level(kind, indicator, holder, date);
    const theirs = this.level(kind, benchmark, benchmarkHolder, date);
    this.addRelation({
      id: `gap:${key}`,
      kind: 'gap',
      vars: [key, mine, theirs],
      description: `gap between the ${kind} of ${indicator} and of ${benchmark}${other ? ` of ${benchmarkHolder}` : ''} at ${date}`,
      project: difference,
    });
    return key;
  }

  /**
   * level change = the level now − the same level at the change's base date, in points (新发放普惠小微企业贷款利率
   * 3.48%，比上年同期低36个基点；获贷率50.3%，比上年同期高2.8个百分点).
   *
   * @example
   * const n = new Network();
   * n.levelChange('access-rate', 'tech-sme-loans', 'text', '2025-09-30', 'yoy');
   * // 'level-change|access-rate|tech-sme-loans|text|2025-09-30|yoy', tied to the levels at 2025-09-30 and 2024-09-30
   */
  levelChange(kind: LevelKind, indicator: string, holder: string, date: string, basis: 'ytd' | 'yoy' | 'mom' | 'qoq'): string {
    strings('Network.levelChange', [['kind', kind], ['indicator', indicator], ['holder', holder], ['date', date], ['basis', basis]]);
    if (!LEVEL_KINDS.includes(kind)) throw badArgument('Network.levelChange', ['kind'], "one of 'interest-rate', 'access-rate' or 'ratio'", kind);
    const key = this.variable({ kind: 'rate-change', indicator, holder, date, basis: `${kind}/${basis}` }, `level-change|${kind}|${indicator}|${holder}|${date}|${basis}`);
    const now = this.level(kind, indicator, holder, date);
    const before = this.level(kind, indicator, holder, baseDate(date, basis));
    this.addRelation({
      id: `rate-change:${key}`,
      kind: 'rate-change',
      vars: [key, now, before],
      description: `change of the ${kind} of ${indicator} since ${basis === 'ytd' ? 'the last year-end' : basis === 'yoy' ? 'a year before' : 'the period before'} at ${date}`,
      project: difference,
    });
    return key;
  }

  /** The increment over a span ending at `date`, and over the same span a year before. */
  private flowsAYearApart(indicator: string, holder: string, date: string, basis: 'ytd' | 'yoy' | 'mom' | 'qoq'): [string, string] {
    return [this.increment(indicator, holder, date, basis), this.increment(indicator, holder, baseDate(date, 'yoy'), basis)];
  }

  /**
   * flow difference = the increment now − the increment of the same period a year before
   * (同比多增, 比上年同期多): both over the same basis.
   */
  flowDifference(indicator: string, holder: string, date: string, basis: 'ytd' | 'yoy' | 'mom' | 'qoq'): string {
    const key = this.variable({ kind: 'flow-difference', indicator, holder, date, basis }, `flow-difference|${indicator}|${holder}|${date}|${basis}`);
    const [now, before] = this.flowsAYearApart(indicator, holder, date, basis);
    this.addRelation({
      id: `flow-difference:${key}`,
      kind: 'flow-difference',
      vars: [key, now, before],
      description: `difference between the ${basis} increment of ${indicator} at ${date} and a year before`,
      project: difference,
    });
    return key;
  }

  /**
   * flow growth = (the increment now ÷ the increment of the same period a year before − 1) × 100
   * (前三季度新增438.5亿元，比上年同期增长8.6%): the growth of a flow, not of its balance.
   *
   * @example
   * const n = new Network();
   * n.flowGrowth('green-loans', 'text', '2025-09-30', 'ytd'); // 'flow-growth|green-loans|text|2025-09-30|ytd'
   */
  flowGrowth(indicator: string, holder: string, date: string, basis: 'ytd' | 'yoy' | 'mom' | 'qoq'): string {
    strings('Network.flowGrowth', [['indicator', indicator], ['holder', holder], ['date', date], ['basis', basis]]);
    const key = this.variable({ kind: 'flow-growth', indicator, holder, date, basis }, `flow-growth|${indicator}|${holder}|${date}|${basis}`);
    const [now, before] = this.flowsAYearApart(indicator, holder, date, basis);
    this.addRelation({
      id: `flow-growth:${key}`,
      kind: 'growth',
      vars: [key, now, before],
      description: `growth of the ${basis} increment of ${indicator} at ${date} on the same period a year before`,
      project: growthOf(),
    });
    return key;
  }

  /**
   * What was lent over a period (累计发放, 新发放, "issued … of green loans"): a gross flow, its own
   * quantity, never the change of a balance.
   *
   * @example
   * const n = new Network();
   * n.lent('green-loans', 'text', { from: '2025-01-01', to: '2025-09-30' }); // 'lent|green-loans|text|2025-01-01|2025-09-30'
   */
  lent(indicator: string, holder: string, span: { readonly from: string; readonly to: string }): string {
    const period = periodArg('Network.lent', indicator, holder, span);
    return this.variable({ kind: 'lent', indicator, holder, date: period.to, basis: `from ${period.from}` }, `lent|${indicator}|${holder}|${period.from}|${period.to}`);
  }

  /**
   * lent difference = what was lent over a period − over the same period a year before
   * (累计发放9.86亿元，比上年同期多发放1.24亿元).
   *
   * @example
   * const n = new Network();
   * n.lentDifference('green-loans', 'text', { from: '2025-01-01', to: '2025-09-30' }); // 'lent-difference|green-loans|text|2025-01-01|2025-09-30'
   */
  lentDifference(indicator: string, holder: string, period: { readonly from: string; readonly to: string }): string {
    return this.lentAYearOn('lent-difference', indicator, holder, period);
  }

  /**
   * lent growth = (what was lent over a period ÷ over the same period a year before − 1) × 100
   * (全年累计发放48.6亿元，同比增长9.5%).
   *
   * @example
   * const n = new Network();
   * n.lentGrowth('green-loans', 'text', { from: '2025-01-01', to: '2025-09-30' }); // 'lent-growth|green-loans|text|2025-01-01|2025-09-30'
   */
  lentGrowth(indicator: string, holder: string, period: { readonly from: string; readonly to: string }): string {
    return this.lentAYearOn('lent-growth', indicator, holder, period);
  }

  // What was lent over a period set against the same period a year before: its difference, or its growth.
  private lentAYearOn(kind: 'lent-difference' | 'lent-growth', indicator: string, holder: string, span: { readonly from: string; readonly to: string }): string {
    const growth = kind === 'lent-growth';
    const period = periodArg(growth ? 'Network.lentGrowth' : 'Network.lentDifference', indicator, holder, span);
    const key = this.variable({ kind, indicator, holder, date: period.to, basis: `from ${period.from}` }, `${kind}|${indicator}|${holder}|${period.from}|${period.to}`);
    const now = this.lent(indicator, holder, period);
    const before = this.lent(indicator, holder, { from: baseDate(period.from, 'yoy'), to: baseDate(period.to, 'yoy') });
    const words = `what was lent of ${indicator} from ${period.from} to ${period.to}`;
    this.addRelation({
      id: `${kind}:${key}`,
      kind: growth ? 'growth' : 'flow-difference',
      vars: [key, now, before],
      description: growth ? `growth of ${words} on the same period a year before` : `difference between ${words} and over the same period a year before`,
      project: growth ? growthOf() : difference,
    });
    return key;
  }

  /**
   * progress = the flow since the goal's period began ÷ the goal × 100 (达成率, 已达全年目标的105%),
   * or the balance ÷ the goal for a goal of a level (`goal.level`: 完成2027年余额目标的58.6%).
   * A goal is set, not measured: its figure is a constant of the relation, never a suspect.
   */
  progress(indicator: string, holder: string, date: string, goal: { readonly id: string; readonly value: Interval; readonly level?: true; readonly since?: string }): string {
    strings('Network.progress', [['indicator', indicator], ['holder', holder], ['date', date], ['goal', goal.id]]);
    const key = this.variable({ kind: 'progress', indicator, holder, date, of: `goal:${goal.id}` }, `progress|${indicator}|${holder}|${date}|${goal.id}`);
    // A flow from 1 January to a date: since the start of the year, a year-on-year change at a year-end;
    // toward a goal for a level (余额达到…), the balance itself.
    // (完成三年目标的: the flow since the year-end before the plan's years began.)
    const flow = goal.level ? this.balance(indicator, holder, date) : goal.since !== undefined ? this.incrementSince(indicator, holder, date, goal.since) : this.increment(indicator, holder, date, atYearEnd(date, 'ytd') as Basis);
    const G = goal.value;
    this.addRelation({
      id: `progress:${key}`,
      kind: 'progress',
      vars: [key, flow],
      targets: [goal.id],
      description: `progress of the ${indicator} ${goal.level ? 'balance' : 'flow'} at ${date} toward goal ${goal.id}`,
      project: ([p, f]) => [divide(multiply(f as Interval, H), G), divide(multiply(p as Interval, G), H)],
    });
    return key;
  }

  /** The variable a claim states, creating the relations it takes part in; `null` when it links to nothing the checker models. */
  variableOf(claim: Claim): string | null {
    validateClaims([claim], 'Network.variableOf', 'claim');
    return claimVariable(this, claim);
  }

  /**
   * A balance in another currency: yuan = amount × rate, where the rate of the currency at that
   * date is shared by every amount restated in it and lies within the widest band it has known.
   * With `base`, the amount restated is in that currency, not in yuan (a Taiwan release's NT$
   * amounts, 約合3,530億美元): base amount = amount × the rate in units of `base`, within that pair's
   * band; `baseIndicator` keys the base amount (the indicator itself where the holder's own money is
   * the base, `indicator¤TWD` where an amount is stated in it).
   */
  inCurrency(indicator: string, currency: ForeignCurrency, holder: string, date: string, base?: ForeignCurrency, baseIndicator: string = indicator, orYuan = false): string {
    strings('Network.inCurrency', [['indicator', indicator], ['currency', currency], ['holder', holder], ['date', date], ['baseIndicator', baseIndicator]]);
    const key = this.balance(`${indicator}¤${currency}`, holder, date);
    const yuan = this.balance(baseIndicator, holder, date);
    const pair = base ? `${currency}/${base}${orYuan ? '|CNY' : ''}` : currency;
    const rateKey = `exchange-rate|${pair}|${date}`;
    // (orYuan: amounts no mark names, which a reprint may have turned into yuan — either rate holds.)
    const band = base && orYuan ? hull(exchangeBand(currency, base), exchangeBand(currency)) : exchangeBand(currency, base);
    if (!this.variables.has(rateKey)) this.variables.set(rateKey, { key: rateKey, kind: 'exchange-rate', indicator: pair, holder: 'national', date, natural: band, integer: false });
    this.addRelation({
      id: `exchange:${key}${base ? `/${base}` : ''}`,
      kind: 'exchange',
      vars: [key, yuan, rateKey],
      description: `${indicator} in ${currency} and in ${base ?? 'yuan'} at ${date}, at a rate the ${currency} has known`,
      project: ([f, y, x]) => [divide(y as Interval, x as Interval), multiply(f as Interval, x as Interval), divide(y as Interval, f as Interval)],
    });
    return key;
  }

  /**
   * A case's credit line (授信) and what was drawn or disbursed of it (已投放, 发放):
   * disbursed ≤ credit line, once both are stated for the same case.
   */
  caseAmount(indicator: string, holder: string, date: string, kind: 'credit-line' | 'disbursed'): string {
    strings('Network.caseAmount', [['indicator', indicator], ['holder', holder], ['date', date], ['kind', kind]]);
    const key = this.variable({ kind, indicator, holder, date }, `${kind}|${indicator}|${holder}|${date}`);
    const line = `credit-line|${indicator}|${holder}|${date}`;
    const drawn = `disbursed|${indicator}|${holder}|${date}`;
    if (this.variables.has(line) && this.variables.has(drawn)) this.atMost(drawn, line, `amount disbursed within the credit line (${holder})`);
    return key;
  }

  /** part ≤ whole: what was disbursed within its credit line, a sub-population within its whole (其中…). */
  atMost(part: string, whole: string, description: string): void {
    this.addRelation({
      id: `at-most:${part}<=${whole}`,
      kind: 'at-most',
      vars: [part, whole],
      description,
      project: ([d, c]) => [
        { lo: NEG_INF_END, hi: (c as Interval).hi, loOpen: true, hiOpen: (c as Interval).hiOpen },
        { lo: (d as Interval).lo, hi: POS_INF_END, loOpen: (d as Interval).loOpen, hiOpen: true },
      ],
    });
  }
}

/**
 * {@link Network.variableOf} of a claim already checked (internal: the checker's, whose
 * claims were checked once on entry).
 */
/**
 * The whole a share variable is of: what it is a share of, whose (its own holder unless it names
 * another) and when — two shares of one whole add up (each bank's share of the city's loans).
 *
 * @example
 * shareWhole(network.variables.get(network.share('green-loans', 'green-loans', 'bank:工商银行', '2025-06-30', 'region:440600'))!)
 * // 'green-loans|region:440600|2025-06-30'
 */
export function shareWhole(v: Variable): string {
  const [of, ofHolder] = (v.of ?? '').split('@@');
  return `${of ?? ''}|${ofHolder ?? v.holder}|${v.date}`;
}

// Appends to the list under a key.
function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// The longest chain of flows linkAdjacentFlows sums (twelve months make a year), and how many chains per whole.
const MAX_CHAIN = 12;
const MAX_CHAINS = 4;

type Span = { readonly series: string; readonly from: string; readonly to: string };

// A sum's total and parts, whatever order the parts come in.
function sumSignature(total: string, parts: readonly string[]): string {
  return `${total}=${[...parts].sort().join('+')}`;
}

// The chains of adjacent flows of a whole's series that run from its start to its end, each flow shorter than the whole.
function flowChains(whole: Span, byStart: ReadonlyMap<string, readonly [string, Span][]>, maxLength: number): string[][] {
  const chains: string[][] = [];
  const walk = (at: string, chain: string[]): void => {
    if (chains.length >= MAX_CHAINS || chain.length >= maxLength) return;
    for (const [key, span] of byStart.get(`${whole.series}|${at}`) ?? []) {
      if (span.to > whole.to || (span.from === whole.from && span.to === whole.to)) continue;
      if (span.to === whole.to) chains.push([...chain, key]);
      else walk(span.to, [...chain, key]);
    }
  };
  walk(whole.from, []);
  return chains;
}

const NONE: ReadonlySet<string> = new Set();

// 人民币 and 本外币 各项贷款 are different quantities: a stated scope keys its own benchmark.
function benchmarkOf(claim: Claim): string | undefined {
  return claim.benchmark && (claim.benchmarkScope ? `${claim.benchmark}@${claim.benchmarkScope}` : claim.benchmark);
}

/**
 * 科技贷款增速为15.2%…高于各项贷款增速8.6个百分点，各项贷款增速为6.6%: rates and gaps of one text that
 * leave their basis unsaid are of one basis, whatever it is. The rates such a gap compares, keyed
 * `indicator|holder|date`: only these unsaid rates are checked, and only against their gaps.
 */
export function unstatedRateKeys(claims: readonly Claim[]): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const c of claims) {
    if (c.measure !== 'gap' || c.basis || !c.benchmark) continue;
    keys.add(`${quantityOf(c)}|${c.holder}|${c.date}`);
    keys.add(`${benchmarkOf(c) as string}|${c.benchmarkHolder ?? c.holder}|${c.date}`);
  }
  return keys;
}

// A gap between levels: against the benchmark's level of the same kind — its non-performing ratio, when the
// gap's own is one (全行各项贷款不良率 of a gap of 绿色贷款不良率).
function levelGapOf(network: Network, claim: Claim, indicator: string): string | null {
  if (!claim.rateOf || !claim.benchmark) return null;
  const npl = claim.rateOf === 'ratio' && nonPerformingOf(indicator) !== undefined;
  const benchmark = quantityOf({ indicator: claim.benchmark, ...(npl ? { part: '不良' } : {}), ...(claim.benchmarkScope ? { scope: claim.benchmarkScope } : {}) });
  const benchmarkHolder = claim.benchmarkHolder ?? claim.holder;
  if (benchmark === indicator && benchmarkHolder === claim.holder) return null;
  return network.levelGap(claim.rateOf, indicator, benchmark, claim.holder, claim.date, benchmarkHolder);
}

/**
 * The levels (interest rates, rates of access, ratios) whose change in points a text states, keyed
 * `kind|quantity|holder`: only these become variables, so that two rates of one subject that are not
 * the same rate (新发放 and 存量) are never set against each other where no change ties them.
 */
export function changedLevelKeys(claims: readonly Claim[]): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const c of claims) if (c.measure === 'rate-change' && c.rateOf && c.basis) keys.add(`${c.rateOf}|${quantityOf(c)}|${c.holder}`);
  // (…利率4.12%，比全市平均水平低0.30个百分点，全市平均利率4.42%: the levels a gap compares, too.)
  for (const c of claims) {
    if (c.measure !== 'gap' || !c.rateOf || !c.benchmark) continue;
    keys.add(`${c.rateOf}|${quantityOf(c)}|${c.holder}`);
    keys.add(`${c.rateOf}|${quantityOf({ indicator: c.benchmark, ...(c.benchmarkScope ? { scope: c.benchmarkScope } : {}) })}|${c.benchmarkHolder ?? c.holder}`);
  }
  return keys;
}

/**
 * The money an amount of a holder is in when the text names no currency: a Taiwan holder's 億元 are
 * New Taiwan dollars (an FSC release: 國銀綠色放款餘額1兆2,406億元), unless their scope says 人民币;
 * `undefined` for the yuan.
 */
export function homeCurrency(holder: string, scope: string | undefined): ForeignCurrency | undefined {
  return TAIWAN.test(holder) && !(scope ?? '').includes('人民币') ? 'TWD' : undefined;
}
const TAIWAN = /^region:71\d{4}$/;

// The smallest interval holding both.
function hull(a: Interval, b: Interval): Interval {
  return interval(Decimal.min(a.lo, b.lo), Decimal.max(a.hi, b.hi));
}

/**
 * The currency of the amounts a restatement restates, where a text states them in one other
 * currency only (绿色贷款余额1862.4亿港元（约合238亿美元）), keyed `quantity|holder|date`.
 */
export function restatedCurrencies(claims: readonly Claim[]): ReadonlyMap<string, ForeignCurrency> {
  const seen = new Map<string, Set<string>>();
  for (const c of claims) {
    if (c.measure !== 'balance' || c.figure.unit.dimension !== 'money') continue;
    const key = `${quantityOf({ indicator: c.indicator, ...(c.part ? { part: c.part } : {}), ...(c.scope ? { scope: c.scope } : {}) })}|${c.holder}|${c.date}`;
    seen.set(key, (seen.get(key) ?? new Set<string>()).add(c.figure.unit.currency ?? ''));
  }
  const out = new Map<string, ForeignCurrency>();
  for (const [key, set] of seen) {
    const [one] = set.size === 1 ? [...set] : [];
    if (one) out.set(key, one as ForeignCurrency);
  }
  return out;
}
const NO_CURRENCIES: ReadonlyMap<string, ForeignCurrency> = new Map();

export function claimVariable(
  network: Network,
  claim: Claim,
  unstated: ReadonlySet<string> = NONE,
  changedLevels: ReadonlySet<string> = NONE,
  restated: ReadonlyMap<string, ForeignCurrency> = NO_CURRENCIES,
  homeMarked = true,
): string | null {
  const { holder, date, measure } = claim;
  // At a year-end, since the start of the year and a year before are one span: one quantity.
  const basis = atYearEnd(date, claim.basis);
  // An industry's green loans, 人民币 and 本外币 各项贷款: different quantities.
  const indicator = quantityOf(claim);
  // 上半年新增制造业贷款…，占全省新增贷款的22.3%: a share of what was lent since the start of the year.
  // 1—9月累计发放9.86亿元, 同比多发放1.34亿元, 同比增长15.7%: what was lent over a period, and its change a year on.
  if (claim.period && (measure === 'new-lending' || measure === 'cumulative')) return network.lent(indicator, holder, claim.period);
  if (claim.gross) {
    if (!claim.period) return null;
    if (measure === 'flow-difference') return network.lentDifference(indicator, holder, claim.period);
    return measure === 'growth' && claim.basis === 'yoy' ? network.lentGrowth(indicator, holder, claim.period) : null;
  }
  if (claim.flow) {
    // (全年增加6.45万亿元，占同期人民币贷款增量的35.8%: at a year-end the year's flow is one, whichever basis names it.)
    const given = flowSpanBasis(claim);
    const span = given ? (atYearEnd(date, given) as typeof given) : given;
    // (前三季度新增…，比上年同期增长8.6%: the flow's growth on the same flow a year before.)
    if (claim.measure === 'growth' && claim.basis === 'yoy') return span ? network.flowGrowth(indicator, holder, date, span) : null;
    // (两县合计占全市涉农贷款增量的: of another holder's flow, which may be of the same subject.)
    const ofHolder = claim.ofHolder ?? holder;
    return claim.measure === 'share' && claim.of && (claim.of !== indicator || ofHolder !== holder) && span ? network.flowShare(indicator, claim.of, holder, date, span, ofHolder) : null;
  }
  const currency = claim.figure.unit.currency;
  switch (measure) {
    case 'balance':
      // A balance in another currency (外币贷款余额5,840亿美元) is a quantity of its own.
      return network.balance(indicator, holder, date);
    case 'restatement': {
      // The yuan balance restated in another currency (about 484 billion US dollars), through the rate.
      if (!currency) return null;
      const quantity = quantityOf({ indicator: claim.indicator, ...(claim.part ? { part: claim.part } : {}), ...(claim.scope ? { scope: claim.scope } : {}) });
      // (绿色贷款余额1862.4亿港元（约合238亿美元）: the amounts restated are in another currency, through that pair's rate.)
      const stated = restated.get(`${quantity}|${holder}|${date}`);
      if (stated) return stated === currency ? null : network.inCurrency(quantity, currency, holder, date, stated, `${quantity}¤${stated}`);
      // (A Taiwan release's 1兆2,406億元，約合406億美元: its own money, the NT$, restated in US dollars — or, where no
      // amount of the text marks the NT$, a reprint's yuan: 台湾地区…余额约2800亿元，约合390亿美元.)
      const home = homeCurrency(holder, claim.scope);
      if (home === currency) return null;
      return network.inCurrency(quantity, currency, holder, date, home, quantity, home !== undefined && !homeMarked);
    }
    case 'amount':
      return null;
    case 'borrowers':
      return network.balance(indicator, holder, date, 'borrowers');
    case 'growth':
      if (!basis && !claim.since && unstated.has(`${indicator}|${holder}|${date}`)) return network.growth(indicator, holder, date, 'unstated');
      if (!basis && claim.since) return network.growthSince(indicator, holder, date, claim.since);
      return basis ? network.growth(indicator, holder, date, basis) : null;
    case 'multiple':
      return claim.since !== undefined ? network.multipleSince(indicator, holder, date, claim.since) : null;
    case 'average-growth':
      return claim.since !== undefined && wholeYearsBetween(claim.since, date) !== null ? network.averageGrowth(indicator, holder, date, claim.since) : null;
    case 'borrowers-growth':
      return basis ? network.growth(indicator, holder, date, basis, 'borrowers') : null;
    case 'increment':
      if (!basis && claim.since) return network.incrementSince(indicator, holder, date, claim.since);
      return basis ? network.increment(indicator, holder, date, basis) : null;
    case 'borrowers-increment':
      return basis ? network.increment(indicator, holder, date, basis, 'borrowers') : null;
    case 'share':
      // (A share read of its own whole — 营业收入…占营业收入的3.45% — says nothing of any part.)
      if (claim.of === indicator && !claim.part && (claim.ofHolder ?? holder) === holder) return null;
      return claim.of ? network.share(indicator, claim.of, holder, date, claim.ofHolder ?? holder) : null;
    case 'share-change':
      if (claim.of && !basis && claim.since) return network.shareChangeSince(indicator, claim.of, holder, date, claim.since);
      return claim.of && basis ? network.shareChange(indicator, claim.of, holder, date, basis) : null;
    case 'gap': {
      // (不良率0.41%，较全行各项贷款不良率低0.83个百分点: a gap between two levels of one kind.)
      if (claim.rateOf) return levelGapOf(network, claim, indicator);
      const benchmark = benchmarkOf(claim);
      // (A gap read against its own quantity — "total loans grew 8.1 percent, 2.8 points slower" — compares nothing.)
      if (!benchmark || (benchmark === indicator && (claim.benchmarkHolder ?? holder) === holder)) return null;
      return network.gap(indicator, benchmark, holder, date, basis ?? 'unstated', claim.benchmarkHolder ?? holder);
    }
    case 'rate-change':
      if (claim.rateOf && basis) return network.levelChange(claim.rateOf, indicator, holder, date, basis as 'ytd' | 'yoy' | 'mom' | 'qoq');
      return claim.rateBasis && basis ? network.rateChange(indicator, holder, date, atYearEnd(date, claim.rateBasis) as Basis, basis) : null;
    case 'interest-rate':
    case 'access-rate':
    case 'ratio':
      // (A non-performing ratio is always tied: to its part's and its loans' balances.)
      return changedLevels.has(`${measure}|${indicator}|${holder}`) || (measure === 'ratio' && nonPerformingOf(indicator)) ? network.level(measure, indicator, holder, date) : null;
    case 'flow-difference':
      return basis ? network.flowDifference(indicator, holder, date, basis) : null;
    case 'credit-line':
    case 'disbursed':
      return network.caseAmount(indicator, holder, date, measure);
    default:
      return null;
  }
}

/**
 * The loans a non-performing part is of, as the network keys quantities (green-loans of green-loans/不良,
 * total-loans@本外币 of total-loans/不良@本外币), or undefined for a quantity of no non-performing part.
 */
function nonPerformingOf(quantity: string): string | undefined {
  const m = NON_PERFORMING.exec(quantity);
  if (!m) return undefined;
  return `${m[1] as string}${m[2] ? `/${m[2]}` : ''}${m[3] ?? ''}`;
}
const NON_PERFORMING = /^([^/@¤]+)\/([^/@¤]*?)不良((?:@[^¤]*)?)$/;

/** The basis a change stands for at its date: 较年初 at a year-end (12-31) is 同比, the same span. */
function atYearEnd(date: string, basis: Basis | undefined): Basis | undefined {
  return basis === 'ytd' && date.endsWith('-12-31') ? 'yoy' : basis;

}

/**
 * The basis of the increments a flow's stated period is the span of: since the start of its year
 * (上半年, 前三季度, 1—6月), its quarter (二季度, 当季) or its month (9月份, 当月) — none for another span.
 */
function flowSpanBasis(claim: Claim): 'ytd' | 'qoq' | 'mom' | undefined {
  const period = claim.period;
  if (period === undefined || period.to !== claim.date) return undefined;
  return SPANS.find((basis) => flowSpanStart(claim.date, basis) === period.from);
}
const SPANS = ['ytd', 'qoq', 'mom'] as const;
