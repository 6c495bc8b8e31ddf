import type { Decimal as DecimalT } from 'decimal.js';
import { Decimal } from '../decimal/decimal.js';
import type { Figure } from '../figure/figure.js';
import { formatFigure } from '../figure/formatFigure.js';
import { intervalOf, type IntervalOfOptions } from '../figure/intervalOf.js';
import {
  type Interval,
  distance,
  formatInterval,
  hull,
  intersect,
  intervalToJSON,
  isBounded,
  overlaps,
  width,
} from '../interval/interval.js';
import type { Claim, FactClaim } from './claim.js';
import { targetChecks } from './checkTargets.js';
import { inUnit } from './inUnit.js';
import { exchangeBand } from './exchangeRates.js';
import type { ForeignCurrency } from '../figure/units.js';
import { validateClaims, validateFacts, validateTargets } from './validate.js';
import { type Lang, messages } from './messages.js';
import { Network, type Relation, type Variable, changedLevelKeys, claimVariable, homeCurrency, quantityOf, restatedCurrencies, shareWhole, unstatedRateKeys } from './network.js';
import { type DomainsView, StepMemo, propagateRemembering } from './propagate.js';
import { goalOfProgress } from './progress.js';
import { holdersAbove } from './holdersAbove.js';
import { planScenario } from './plan.js';
import { DIFFERENCE_KINDS, roundedFirst, roundedFirstOfStated, roundedInputsOf } from './roundedFirst.js';
import { coverageOf, reportStatus } from './status.js';
import { type CheckOptions, parseCheckOptions } from './options.js';
import type {
  ClaimSummary,
  Conflict,
  FactSummary,
  Explanation,
  FigureCheck,
  Notice,
  RelationResult,
  Report,
  Suspect,
  Verdict,
} from './report.js';

/** A sum the checker should verify: a table's 合计 over its cells. */
import { factRelations } from './factRelations.js';
export type { CheckOptions, SumSpec } from './options.js';
import type { SumSpec } from './options.js';

/** One stated interval of one variable, with every claim that states it. */
interface Statement {
  readonly key: string;
  readonly claims: readonly Claim[];
  readonly interval: Interval;
  readonly exact: Interval;
  /** Lower is deleted first when looking for a minimal conflict: balances before rates before gaps. */
  readonly priority: number;
}

const PRIORITY: Readonly<Record<string, number>> = {
  'credit-line': 0,
  disbursed: 0,
  balance: 0,
  borrowers: 0,
  increment: 1,
  share: 2,
  'share-change': 2,
  'borrowers-growth': 3,
  'borrowers-increment': 1,
  growth: 3,
  gap: 4,
};

interface Component {
  readonly relations: Relation[];
  readonly variables: string[];
  readonly statements: Statement[];
}

/**
 * Checks claims against each other. Stated figures are intervals; hidden quantities
 * (start-of-year balances, total loans, the benchmark's growth) are variables;
 * relations (growth, increment, share, share change, gap, sum) link them, and
 * propagation narrows everything at once, so the direct checks and the cross-claim
 * ones come from one mechanism.
 *
 * @example
 * const report = checkClaims(claims);
 * report.conflicts[0]?.message // 'These figures cannot all be right: 13.36%, 7.82个百分点, 11.35%, 4.98个百分点. …'
 */
export function checkClaims(input: readonly Claim[], rawOptions: CheckOptions = {}): Report {
  return checkFocused(input, rawOptions, undefined);
}

// checkClaims, checking only the components that hold a claim `focus` picks (a plan scenario's goals): the
// relations and conflicts of the others are left out of the report.
function checkFocused(input: readonly Claim[], rawOptions: CheckOptions, focus: ((claimId: string) => boolean) | undefined): Report {
  const parsed = parseCheckOptions(rawOptions, 'checkClaims');
  // parseOptions drops undefined keys at every level of a plain options object.
  const options = parsed as ParsedOptions;
  validateClaims(input);
  // The options' shape is the schema's; the items of targets and facts are checked one by one, by name.
  if (options.targets !== undefined) validateTargets(options.targets, 'checkClaims', ['options', 'targets']);
  if (options.facts !== undefined) validateFacts(options.facts, 'checkClaims', ['options', 'facts']);
  return checkValid(input, options, focus);
}

type ParsedOptions = Omit<ReturnType<typeof parseCheckOptions>, 'interval'> & { readonly interval?: IntervalOfOptions };

// The plan scenario's check (see planScenario): the options were parsed and the claims before the plan checked
// already, so only the goals made of the targets are; one the checker would refuse throws as checkClaims would have,
// named by its place among all of them. Only the relations and conflicts of its report are read: no summaries.
function checkPlan(options: ParsedOptions, claims: readonly Claim[], sums: readonly SumSpec[], goals: (claimId: string) => boolean): Report {
  const made = claims.filter((c) => goals(c.id));
  try {
    validateClaims(made);
  } catch {
    validateClaims(claims);
  }
  return checkValid(claims, { ...options, targets: [], sums, facts: [], unparsed: [] }, goals);
}

// checkFocused on claims and options already checked.
function checkValid(input: readonly Claim[], options: ParsedOptions, focus: ((claimId: string) => boolean) | undefined): Report {
  const claims = withAmountCurrency(withWholeScopes(withBenchmarkScopes(withSubjectScopes(withRegulatorSeries(withHomeCurrency(input))))));
  const lang = options.lang ?? 'en';
  const m = messages(lang);
  const network = new Network(options);
  const notices: Notice[] = [];
  const unlinked: string[] = [];

  // Statements: claims of one variable with the same text are one statement.
  const statementOf = new Map<string, { key: string; claims: Claim[]; interval: Interval; exact: Interval; priority: number }>();
  const keyOfClaim = new Map<string, string>();
  const unstated = unstatedRateKeys(claims);
  const changedLevels = changedLevelKeys(claims);
  const restated = restatedCurrencies(claims);
  // (Whether the text marks a holder's own money anywhere — 新臺幣, or amounts printed in the traditional script of its
  // own releases, 億元 — before the marks are folded away; a simplified reprint's 亿元 may have become yuan.)
  const homeMarked = input.some((c) => homeCurrency(c.holder, c.scope) !== undefined && (c.figure.unit.currency === homeCurrency(c.holder, c.scope) || (c.figure.unit.dimension === 'money' && c.figure.unit.currency === undefined && /[億萬]/.test(c.figure.text))));
  for (const claim of claims) {
    // Claims were checked on entry.
    // A progress figure (达成率) is of the goal the text sets for its flow.
    const goal = claim.measure === 'progress' ? goalOfProgress(claim, options.targets ?? []) : null;
    const key = goal ? network.progress(quantityOf(claim), claim.holder, claim.date, goal) : claimVariable(network, claim, unstated, changedLevels, restated, homeMarked);
    if (key === null) {
      if (claim.measure === 'cumulative') notices.push({ kind: 'gross-flow', claims: [claim.id], message: m.grossFlow(claim.figure.text) });
      else unlinked.push(claim.id);
      continue;
    }
    keyOfClaim.set(claim.id, key);
    const interval = intervalOf(claim.figure, options.interval);
    const id = `${key}#${formatInterval(interval, { significantDigits: 30 })}`;
    const existing = statementOf.get(id);
    if (existing) existing.claims.push(claim);
    else {
      statementOf.set(id, {
        key,
        claims: [claim],
        interval,
        exact: intervalOf(claim.figure, { ...options.interval, rounding: 'none' }),
        priority: PRIORITY[claim.measure] ?? 2,
      });
    }
  }
  const statements: Statement[] = [...statementOf.values()];
  // A part's balance is at most its whole's, when the text states both: 其中…, 单位绿色贷款 of 绿色贷款.
  // The whole is looked for with the part's scope, else with the one scope the text states it in.
  const statedKeys = new Set(keyOfClaim.values());
  const balances = new Map<string, string[]>();
  for (const claim of claims) {
    const key = keyOfClaim.get(claim.id);
    if (!key || claim.measure !== 'balance' || claim.part) continue;
    const at = `${claim.indicator}|${claim.holder}|${claim.date}`;
    balances.set(at, [...new Set([...(balances.get(at) ?? []), key])]);
  }
  const partsStated = new Set(claims.filter((c) => c.within && c.measure === 'balance').map((c) => `${c.indicator}<${c.within as string}|${c.holder}|${c.date}`));
  for (const claim of claims) {
    const key = keyOfClaim.get(claim.id);
    if (!key || claim.measure !== 'balance') continue;
    // The whole the text names (其中…), the indicator of a part, and the wholes the catalog defines.
    const named = claim.within ?? (claim.part ? quantityOf({ indicator: claim.indicator, ...(claim.scope ? { scope: claim.scope } : {}) }) : undefined);
    // (The catalog's wholes, but not one the text states as a part of this claim's quantity: 其中小微企业贷款….)
    const defined = claim.part ? [] : (options.wholes?.[claim.indicator] ?? []).filter((w) => !partsStated.has(`${w}<${quantityOf(claim)}|${claim.holder}|${claim.date}`)).map((w) => quantityOf({ indicator: w, ...(claim.scope ? { scope: claim.scope } : {}) }));
    for (const whole of named ? [named, ...defined] : defined) {
      let wholeKey = `balance|${whole}|${claim.holder}|${claim.date}`;
      if (!network.variables.has(wholeKey)) {
        // (A book — 境外, 境内, one currency's — is no scope of the whole: 母公司 is no part of 境外机构绿色贷款.)
        const stated = (balances.get(`${whole.split('@')[0] as string}|${claim.holder}|${claim.date}`) ?? []).filter((k) => !BOOK_KEY.test(k));
        if (stated.length === 1) wholeKey = stated[0] as string;
      }
      // Only a whole the text states: a hidden one (total loans behind a gap) bounds nothing.
      // A part and a whole in different currencies compare in yuan, through their exchange relations.
      if (wholeKey === key || !statedKeys.has(wholeKey)) continue;
      const [part, of] = currencyOfKey(key) === currencyOfKey(wholeKey) ? [key, wholeKey] : [inYuan(network, key), inYuan(network, wholeKey)];
      network.atMost(part, of, `${claim.part ?? claim.subject ?? claim.indicator} within ${whole} (${claim.holder}, ${claim.date})`);
    }
  }
  // A branch's, a parent bank's, one bank's of banks totalled, a region's: at most the same balance of the holder it is
  // within; a currency's book, at most both currencies'.
  const statedHolders = new Set(claims.filter((c) => c.measure === 'balance').map((c) => c.holder));
  for (const claim of claims) {
    const key = keyOfClaim.get(claim.id);
    if (!key || claim.measure !== 'balance') continue;
    // (人民币贷款 within 本外币贷款: a currency's book within both currencies', of one holder.)
    const inScope: [string, string][] = claim.scope === '人民币' || claim.scope === '外币' ? [[claim.holder, `balance|${quantityOf({ ...claim, scope: '本外币' })}|${claim.holder}|${claim.date}`]] : [];
    for (const [above, wholeKey] of [...holdersAbove(claim.holder, statedHolders).map((h): [string, string] => [h, `balance|${quantityOf(claim)}|${h}|${claim.date}`]), ...inScope]) {
      if (wholeKey === key || !statedKeys.has(wholeKey)) continue;
      const [part, of] = currencyOfKey(key) === currencyOfKey(wholeKey) ? [key, wholeKey] : [inYuan(network, key), inYuan(network, wholeKey)];
      network.atMost(part, of, above === claim.holder ? `${claim.scope} within 本外币 (${claim.subject ?? claim.indicator}, ${claim.holder}, ${claim.date})` : `${claim.holder} within ${above} (${claim.part ?? claim.subject ?? claim.indicator}, ${claim.date})`);
    }
  }
  network.linkAdjacentFlows();
  const claimById = new Map(claims.map((c) => [c.id, c]));
  for (const sum of options.sums ?? []) {
    const parts = sum.parts.map((p) => keyOfClaim.get(p));
    const total = sumTotalKey(network, claimById.get(sum.total), keyOfClaim.get(sum.total), parts);
    if (total && parts.every((p) => p !== undefined) && addsUp(network, [total, ...(parts as string[])])) {
      network.sum(total, parts as string[], sum.description ?? `sum of ${parts.length} parts`);
    }
  }
  // (A city's balance within its province's, where the text dates both: bounds the extractor vouches for.)
  for (const bound of options.bounds ?? []) {
    const part = keyOfClaim.get(bound.part);
    const whole = keyOfClaim.get(bound.whole);
    if (!part || !whole || part === whole || !part.startsWith('balance|') || !whole.startsWith('balance|')) continue;
    // (Only a bound between holders: the same loans on the same date.)
    const [a0, b0] = [network.variables.get(part), network.variables.get(whole)];
    if (!a0 || !b0 || a0.indicator.replace(IN_CURRENCY_END, '') !== b0.indicator.replace(IN_CURRENCY_END, '') || a0.date !== b0.date) continue;
    const [a, b] = currencyOfKey(part) === currencyOfKey(whole) ? [part, whole] : [inYuan(network, part), inYuan(network, whole)];
    network.atMost(a, b, bound.description ?? `${bound.part} within ${bound.whole}`);
  }
  network.linkFlowChains();
  const mistranslated = claims.filter((c) => c.mistranslatedBillion);
  if (mistranslated.length > 0) {
    notices.push({ kind: 'mistranslated-unit', claims: mistranslated.map((c) => c.id), message: m.mistranslated(mistranslated.map((c) => c.figure.text)) });
  }

  const components = connectedComponents(network, statements);
  const conflicts: Conflict[] = [];
  const checks: FigureCheck[] = [];
  const relationResults: RelationResult[] = [];
  for (const component of components) {
    if (focus && !component.statements.some((st) => st.claims.some((c) => focus(c.id)))) continue;
    checkComponent(component);
  }

  function checkComponent(component: Component): void {
    const scope = { relations: component.relations, variables: component.variables };
    // A difference the writer took from inputs rounded first (see roundedFirst): it stands for
    // what its printed inputs give as well as for its own interval.
    const widened = new Map<Statement, Interval>();
    // The conflict search and the figure checks propagate over many overlapping sets.
    const memo = new StepMemo();
    const initial = (set: readonly Statement[], exact = false): Map<string, Interval> | null => {
      const map = new Map<string, Interval>();
      for (const s of set) {
        const prior = map.get(s.key);
        const mine = exact ? s.exact : (widened.get(s) ?? s.interval);
        const both = prior ? intersect(prior, mine) : mine;
        if (both === null) return null;
        map.set(s.key, both);
      }
      return map;
    };
    // The same set is propagated again and again (a conflict's members, each figure's
    // others): a run is kept by its statements and its options. (In any order: what a
    // run finds does not depend on the order its statements come in.)
    const indexOf = new Map(component.statements.map((s, i) => [s, i]));
    // The relations of each variable, in the component's order, and the distances from each stated one (made on first use).
    let relationsOfVar: Map<string, Relation[]> | undefined;
    const distances = new Map<string, Map<string, number>>();
    const runs = new Map<string, DomainsView | null>();
    const words = (component.statements.length >> 4) + 1;
    const run = (set: readonly Statement[], opts: { tolerant?: boolean; without?: ReadonlySet<string>; exact?: boolean } = {}): DomainsView | null => {
      // The set's statements as a bit mask, sixteen to a character.
      const mask = new Uint16Array(words);
      let key: string | null = '';
      for (const s of set) {
        const i = indexOf.get(s);
        if (i === undefined) {
          key = null;
          break;
        }
        mask[i >> 4] = (mask[i >> 4] as number) | (1 << (i & 15));
      }
      if (key !== null) {
        for (let w = 0; w < words; w++) key += String.fromCharCode(mask[w] as number);
        key += `|${opts.tolerant === true}|${opts.exact === true}|${opts.without && opts.without.size > 0 ? JSON.stringify([...opts.without]) : ''}`;
      }
      const known = key === null ? undefined : runs.get(key);
      if (known !== undefined) return known;
      const init = initial(set, opts.exact);
      const result = init === null ? null : propagateRemembering(network, init, { ...opts, scope }, memo);
      const domains = result === null || result.emptied !== null ? null : result.domains;
      if (key !== null) runs.set(key, domains);
      return domains;
    };
    const consistent = (set: readonly Statement[], opts: { tolerant?: boolean; without?: ReadonlySet<string> } = {}): boolean =>
      run(set, opts) !== null;

    // Conflicts: minimal sets of statements that cannot all hold (deletion-based).
    const inConflict = new Map<Statement, Conflict>();
    // Conflict members that other figures pin (changing them alone resolves nothing).
    const pinned = new Set<Statement>();
    const conflictRelations = new Map<string, Conflict['severity'][]>();
    let core = [...component.statements];
    // Each statement with its key and figure, for the double-rounding checks (made on first use).
    const stated = (s: Statement): { key: string; figure: Claim['figure']; statement: Statement } => ({ key: s.key, figure: (s.claims[0] as Claim).figure, statement: s });
    let allStated: ReturnType<typeof stated>[] | undefined;
    while (core.length > 0 && !consistent(core)) {
      // The figures of one relation that cannot hold together, where there are such: the conflict a reader sees
      // (a misprinted growth in a table is its row's, not the whole table's through the 合计 sums).
      let mus = sameKeyClash(core) ?? localConflict(core) ?? [...core];
      for (const s of [...mus].sort((a, b) => a.priority - b.priority)) {
        const without = mus.filter((x) => x !== s);
        if (!consistent(without)) mus = without;
      }
      const musSet = new Set(mus);
      const rest = core.filter((s) => !musSet.has(s));
      const necessaryRelations = component.relations.filter((r) => consistent(mus, { without: new Set([r.id]) }));
      const necessary = necessaryRelations.map((r) => r.id);
      const open = mus.filter((s) => !widened.has(s)).map(stated);
      const doubleRounding = roundedFirst(open, necessaryRelations) ?? roundedFirstOfStated(open, necessaryRelations, (allStated ??= component.statements.map(stated)));
      const implied = doubleRounding && run(doubleRounding.inputs.map((x) => x.statement))?.get(doubleRounding.result.key);
      const unprinted = doubleRounding ? null : roundedFromPinned(open, necessaryRelations);
      if (unprinted) {
        widened.set(unprinted.result.statement, hull(unprinted.result.statement.interval, unprinted.implied));
        runs.clear();
        notices.push({
          kind: 'rounded-first',
          claims: unprinted.result.statement.claims.map((c) => c.id),
          message: m.roundedFirstPinned(unprinted.result.figure.text, unprinted.inputs.map((x) => formatInterval(x, { significantDigits: 6 })), unprinted.rounded.map((r) => r.toFixed()), unprinted.exact),
        });
        continue;
      }
      if (doubleRounding && implied) {
        const { result, inputs, rounded } = doubleRounding;
        widened.set(result.statement, hull(result.statement.interval, implied));
        // Runs kept so far took its interval as printed.
        runs.clear();
        notices.push({
          kind: 'rounded-first',
          claims: [result, ...inputs].flatMap((x) => x.statement.claims.map((c) => c.id)),
          message: m.roundedFirst(result.figure.text, inputs.map((x) => x.figure.text), rounded.map((r) => r.toFixed()), inputs[0].figure.value.minus(inputs[1].figure.value).toFixed()),
        });
        continue;
      }
      const warning = necessary.some((id) => id.startsWith('increment:')) && consistent(mus, { tolerant: true });
      const conflict = describeConflict(conflicts.length + 1, mus, rest, necessary, warning);
      conflicts.push(conflict);
      for (const s of mus) inConflict.set(s, conflict);
      for (const r of necessary) conflictRelations.set(r, [...(conflictRelations.get(r) ?? []), conflict.severity]);
      core = rest;
    }

    // A difference whose inputs the other figures of the conflict pin (balances and their increments pin the rates, printed
    // or not): a double rounding when some rounding of those inputs to its decimals gives the printed difference.
    function roundedFromPinned(open: readonly { key: string; figure: Claim['figure']; statement: Statement }[], relations: readonly Relation[]) {
      for (const relation of relations) {
        if (!DIFFERENCE_KINDS.has(relation.kind)) continue;
        const [resultKey, minuendKey, subtrahendKey] = relation.vars as [string, string, string];
        const results = open.filter((x) => x.key === resultKey);
        const result = results[0];
        if (results.length !== 1 || !result) continue;
        const others = run(open.filter((x) => x !== result).map((x) => x.statement));
        const minuend = others?.get(minuendKey);
        const subtrahend = others?.get(subtrahendKey);
        const implied = others?.get(resultKey);
        if (!minuend || !subtrahend || !implied) continue;
        const rounded = roundedInputsOf(result.figure, minuend, subtrahend);
        if (rounded) return { result, inputs: [minuend, subtrahend], rounded, implied, exact: formatInterval(implied, { significantDigits: 6 }) };
      }
      return null;
    }

    // Two figures of one quantity that no value satisfies both (a table of a thousand rows read as one quantity): a
    // conflict of two, found in one pass — the search by deletion over the whole core would be cubic there.
    function sameKeyClash(core: readonly Statement[]): Statement[] | undefined {
      const ends = new Map<string, { low: Statement; high: Statement }>();
      const interval = (s: Statement): Interval => widened.get(s) ?? s.interval;
      for (const s of core) {
        const e = ends.get(s.key);
        if (!e) {
          ends.set(s.key, { low: s, high: s });
          continue;
        }
        // (The statement whose lower end is highest, and the one whose upper end is lowest.)
        if (interval(s).lo.gt(interval(e.high).lo)) e.high = s;
        if (interval(s).hi.lt(interval(e.low).hi)) e.low = s;
        if (e.low !== e.high && intersect(interval(e.low), interval(e.high)) === null) return [e.low, e.high];
      }
      return undefined;
    }

    // The statements of the smallest relation whose own figures cannot all hold, even within an official flow's tolerance.
    function localConflict(core: readonly Statement[]): Statement[] | undefined {
      const byKey = groupBy(core, (x) => x.key);
      const sets = component.relations
        .map((r) => r.vars.flatMap((v) => byKey.get(v) ?? []))
        .filter((set) => set.length >= 2 && set.length < core.length)
        .sort((a, b) => a.length - b.length);
      // (Not one an official flow's tolerance explains: a mere warning there must not hide a conflict elsewhere.)
      return sets.find((set) => !consistent(set) && !consistent(set, { tolerant: true }));
    }

    function describeConflict(n: number, mus: readonly Statement[], rest: readonly Statement[], necessary: readonly string[], warning: boolean): Conflict {
      const suspects: Suspect[] = mus.map((s) => {
        const others = mus.filter((x) => x !== s);
        const withRest = run([...rest, ...others]);
        const domains = withRest ?? run(others);
        const need = domains?.get(s.key) ?? null;
        const claim = s.claims[0] as Claim;
        return {
          claim: claim.id,
          text: claim.figure.text,
          wouldNeed: need ? intervalToJSON(need) : null,
          nearest: need ? nearestPrinted(claim.figure, need) : null,
          alone: withRest !== null && need !== null,
        };
      });
      for (const s of mus) if (!suspects.find((x) => x.claim === (s.claims[0] as Claim).id)?.alone) pinned.add(s);
      const disputed = findDisputed(mus, rest, necessary);
      const explanations = explain(mus, necessary, warning);
      const texts = suspects.map((x) => x.text);
      const sides = disputed?.sides.map((x) => formatInterval(x.interval, { significantDigits: 6 })) ?? [];
      if (disputed?.corroborated) sides.push(`${m.fromOthers} ${formatInterval(disputed.corroborated, { significantDigits: 6 })}`);
      return {
        id: `conflict-${n}`,
        severity: warning ? 'warning' : 'inconsistent',
        suspects,
        relations: necessary,
        ...(disputed
          ? {
              disputed: {
                quantity: describeVar(network.variables.get(disputed.quantity), 'en'),
                sides: disputed.sides.map((x) => ({ via: x.via, claims: x.claims, interval: intervalToJSON(x.interval) })),
                ...(disputed.corroborated ? { fromOtherFigures: intervalToJSON(disputed.corroborated) } : {}),
              },
              distance: distance(disputed.sides[0]?.interval as Interval, disputed.sides[1]?.interval as Interval).toSignificantDigits(6).toFixed(),
            }
          : {}),
        explanations,
        message: warning
          ? m.warningConflict(texts)
          : m.conflict(texts, disputed ? { quantity: describeVar(network.variables.get(disputed.quantity), lang, options.indicatorNames), sides } : null),
      };
    }

    // A hidden quantity reached from two sides with incompatible values.
    function findDisputed(mus: readonly Statement[], rest: readonly Statement[], necessary: readonly string[]) {
      const statedKeys = new Set(mus.map((s) => s.key));
      const rels = component.relations.filter((r) => necessary.includes(r.id));
      const hidden = new Set<string>();
      for (const r of rels) for (const v of r.vars) if (!statedKeys.has(v)) hidden.add(v);
      for (const h of hidden) {
        const touching = rels.filter((r) => r.vars.includes(h));
        if (touching.length < 2) continue;
        const sides: { via: string; claims: string[]; interval: Interval }[] = [];
        for (const r of touching) {
          const without = new Set(touching.filter((x) => x !== r).map((x) => x.id));
          const d = run(mus, { without })?.get(h);
          if (d && isBounded(d)) {
            const reach = reachable(r, h, without, statedKeys);
            sides.push({
              via: r.description,
              claims: mus.filter((s) => reach.has(s.key)).flatMap((s) => s.claims.map((c) => c.id)),
              interval: d,
            });
          }
        }
        for (let i = 0; i < sides.length; i++) {
          for (let j = i + 1; j < sides.length; j++) {
            const a = sides[i];
            const b = sides[j];
            if (a && b && !overlaps(a.interval, b.interval)) {
              const others = run(rest)?.get(h);
              const corroborated = others && isBounded(others) && !sameInterval(others, network.variables.get(h)?.natural ?? others) ? others : undefined;
              return { quantity: h, sides: [a, b], corroborated };
            }
          }
        }
      }
      return null;
    }

    // Stated variables reached from relation r without passing through h.
    function reachable(r: Relation, h: string, without: ReadonlySet<string>, statedKeys: ReadonlySet<string>): Set<string> {
      const seen = new Set<string>();
      const stack = r.vars.filter((v) => v !== h);
      while (stack.length > 0) {
        const v = stack.pop() as string;
        if (seen.has(v)) continue;
        seen.add(v);
        for (const q of component.relations) {
          if (q === r || without.has(q.id) || !q.vars.includes(v)) continue;
          for (const w of q.vars) if (w !== h && !seen.has(w)) stack.push(w);
        }
      }
      return new Set([...seen].filter((v) => statedKeys.has(v)));
    }

    function explain(mus: readonly Statement[], necessary: readonly string[], warning: boolean): Explanation[] {
      const out: Explanation[] = [];
      if (warning) out.push({ kind: 'official-flow', resolves: true, message: m.officialFlow(pct(options.flowSlack ?? DEFAULT_FLOW_SLACK)) });
      out.push({ kind: 'misprint', resolves: true, message: m.misprint });
      const gapClaims = mus.flatMap((s) => s.claims).filter((c) => c.measure === 'gap');
      if (necessary.some((id) => id.startsWith('gap:'))) {
        const scopes = new Set(gapClaims.map((c) => c.benchmarkScope ?? 'unstated'));
        if (scopes.has('unstated') || scopes.size > 1) out.push({ kind: 'benchmark-scope', resolves: true, message: m.benchmarkScope });
      }
      if (mus.some((s) => s.claims.some((c) => c.basis === 'ytd' || c.basis === 'yoy'))) out.push({ kind: 'basis', resolves: false, message: m.basis });
      for (const id of necessary.filter((x) => x.startsWith('exchange:'))) {
        const currency = /¤([A-Z]{3})\|/.exec(id)?.[1] as ForeignCurrency | undefined;
        if (!currency) continue;
        // (exchange:…|2025-09-30/TWD: restated from NT$, against the NT$ per US dollar.)
        const base = /\/([A-Z]{3})$/.exec(id)?.[1] as ForeignCurrency | undefined;
        const band = exchangeBand(currency, base);
        const stated = mus.filter((s) => network.relations.find((r) => r.id === id)?.vars.includes(s.key)).flatMap((s) => s.claims.map((c) => c.figure.text));
        out.push({ kind: 'exchange-rate', resolves: false, message: m.exchangeRate(stated, currency, band.lo.toFixed(), band.hi.toFixed(), base) });
      }
      const relisted = mus.flatMap((s) => s.claims).find((c) => RELISTED.has(c.indicator) && (c.measure === 'growth' || c.measure === 'increment'));
      if (relisted) out.push({ kind: 'series-break', resolves: false, message: m.seriesBreak(relisted.indicator) });
      for (const s of mus) {
        const claim = s.claims[0] as Claim;
        if (claim.figure.unit.dimension === 'money') {
          for (const factor of ['1e4', '1e-4']) {
            if (resolvesScaled(mus, s, factor)) out.push({ kind: 'magnitude-slip', resolves: true, message: m.magnitude(claim.figure.text, factor) });
          }
        }
        if (claim.mistranslatedBillion || /billion/i.test(claim.figure.unit.symbol)) {
          if (resolvesScaled(mus, s, '10') || resolvesScaled(mus, s, '0.1')) {
            out.push({ kind: 'mistranslated-unit', resolves: true, message: m.mistranslatedConflict(claim.figure.text) });
          }
        }
        if (claim.measure === 'gap' && claim.figure.unit.dimension === 'percent') {
          out.push({ kind: 'percent-vs-points', resolves: false, message: m.percentVsPoints(claim.figure.text) });
        }
      }
      return out;
    }

    function resolvesScaled(mus: readonly Statement[], s: Statement, factor: string): boolean {
      const f = new Decimal(factor);
      const scaled: Statement = { ...s, interval: { ...s.interval, lo: s.interval.lo.times(f), hi: s.interval.hi.times(f) } };
      return consistent(mus.map((x) => (x === s ? scaled : x)));
    }

    // The figures checked against: the consistent core, plus the pinned members of
    // conflicts when they agree with it — so 13.36% is still checked against 2150 and
    // 253.31 though it also sits in a conflict about the benchmark.
    const consensus = consistent([...core, ...pinned]) ? [...core, ...pinned] : core;

    // Figure checks: each statement against what the other statements imply.
    const checkOfKey = new Map<string, Verdict>();
    const linked = new Set(component.relations.flatMap((r) => r.vars));
    // A quantity stated twice is related to itself: each statement is checked against the other.
    const perKey = new Map<string, number>();
    for (const st of component.statements) perKey.set(st.key, (perKey.get(st.key) ?? 0) + 1);
    for (const [key, n] of perKey) if (n > 1) linked.add(key);
    for (const s of component.statements) {
      const claim = s.claims[0] as Claim;
      if (!linked.has(s.key)) {
        // One by one: a spread of a huge array overflows the stack.
        for (const c of s.claims) unlinked.push(c.id);
        continue;
      }
      const conflict = inConflict.get(s);
      let check: Omit<FigureCheck, 'claim'>;
      if (conflict && !consensus.includes(s)) {
        const suspect = conflict.suspects.find((x) => x.claim === claim.id);
        check = {
          text: claim.figure.text,
          verdict: conflict.severity === 'warning' ? 'warning' : 'inconsistent',
          stated: intervalToJSON(s.interval),
          recomputed: suspect?.wouldNeed ?? null,
          recomputedExact: null,
          message: conflict.message,
        };
      } else {
        // The other statements, those of the same quantity included (a headline's 超46万亿元 against the body's 46.80).
        const others = consensus.filter((x) => x !== s);
        const d = run(others)?.get(s.key);
        const natural = network.variables.get(s.key)?.natural;
        const stWidth = width(s.interval);
        const weak = d !== undefined && isBounded(d) && stWidth.isFinite() && !stWidth.isZero() && width(d).gt(stWidth.times(WEAK_CHECK));
        if (!d || !isBounded(d) || (natural && sameInterval(d, natural)) || weak) {
          check = {
            text: claim.figure.text,
            verdict: 'unverifiable',
            stated: intervalToJSON(s.interval),
            recomputed: d && isBounded(d) ? intervalToJSON(d) : null,
            recomputedExact: null,
            message: m.unverifiable(claim.figure.text),
          };
        } else {
          const dx = exactRecomputation(s, others);
          const within = dx === null || !overlaps(dx, s.interval);
          const margin = dx ? distance(dx, s.interval) : null;
          check = {
            text: claim.figure.text,
            verdict: within ? 'consistent-within-rounding' : 'consistent',
            stated: intervalToJSON(s.interval),
            recomputed: intervalToJSON(d),
            recomputedExact: dx ? intervalToJSON(dx) : null,
            ...(within && margin ? { margin: margin.toFixed() } : {}),
            ...(stWidth.isFinite() && !stWidth.isZero() ? { strength: width(d).div(stWidth).toSignificantDigits(4).toFixed() } : {}),
            message: within
              ? m.withinRounding(claim.figure.text, inUnit(claim.figure, d), dx ? inUnit(claim.figure, dx) : null)
              : m.consistent(claim.figure.text, inUnit(claim.figure, d)),
          };
        }
      }
      checkOfKey.set(s.key, worse(checkOfKey.get(s.key), check.verdict));
      for (const c of s.claims) checks.push({ claim: c.id, ...check });
    }

    // What the nearest figures give for s taken at their printed values. When the
    // others only agree among themselves thanks to rounding, the farthest are set
    // aside until the rest agree exactly.
    function exactRecomputation(s: Statement, others: readonly Statement[]): Interval | null {
      const dist = distancesFrom(s.key);
      let set = [...others].sort((a, b) => (dist.get(b.key) ?? Infinity) - (dist.get(a.key) ?? Infinity));
      while (set.length > 0) {
        const d = run(set, { exact: true })?.get(s.key);
        if (d) return isBounded(d) ? d : null;
        set = set.slice(1);
      }
      return null;
    }

    function distancesFrom(key: string): Map<string, number> {
      let known = distances.get(key);
      if (!known) distances.set(key, (known = distancesOf(key)));
      return known;
    }
    function distancesOf(key: string): Map<string, number> {
      if (!relationsOfVar) {
        relationsOfVar = new Map();
        for (const r of component.relations) {
          for (const v of new Set(r.vars)) {
            const list = relationsOfVar.get(v);
            if (list) list.push(r);
            else relationsOfVar.set(v, [r]);
          }
        }
      }
      const dist = new Map<string, number>([[key, 0]]);
      let frontier = [key];
      while (frontier.length > 0) {
        const next: string[] = [];
        for (const v of frontier) {
          for (const r of relationsOfVar.get(v) ?? []) {
            for (const w of r.vars) {
              if (!dist.has(w)) {
                dist.set(w, (dist.get(v) as number) + 1);
                next.push(w);
              }
            }
          }
        }
        frontier = next;
      }
      return dist;
    }

    // Relation verdicts.
    const full = run(consensus);
    const statementsOfKey = groupBy(component.statements, (s) => s.key);
    for (const r of component.relations) {
      // In the order of the relation's variables: a sum's total first.
      const claimsOn = r.vars.flatMap((v) => (statementsOfKey.get(v) ?? []).flatMap((s) => s.claims.map((c) => c.id)));
      const severities = conflictRelations.get(r.id);
      if (severities) {
        const verdict: Verdict = severities.includes('inconsistent') ? 'inconsistent' : 'warning';
        relationResults.push({ ...headOf(r), claims: claimsOn, verdict });
        continue;
      }
      // part ≤ whole between two stated figures holds or fails by itself, whatever else its figures are suspected of.
      if (r.kind === 'at-most') {
        const [part, whole] = r.vars.map((v) => statementsOfKey.get(v)?.[0]?.interval);
        if (part && whole && claimsOn.length >= 2) {
          const fails = part.lo.gt(whole.hi) || (part.lo.eq(whole.hi) && (part.loOpen || whole.hiOpen));
          relationResults.push({ ...headOf(r), claims: claimsOn, verdict: fails ? 'inconsistent' : 'consistent' });
          continue;
        }
      }
      const verdicts = r.vars.map((v) => checkOfKey.get(v)).filter((v): v is Verdict => v !== undefined && v !== 'unverifiable');
      // A whole count pinned to a few candidates by its rate (GRIM): the pair is checked.
      const grim = r.vars.some((v) => {
        const d = full?.get(v);
        return network.variables.get(v)?.integer === true && d !== undefined && isBounded(d) && width(d).lte(GRIM_CANDIDATES);
      });
      if (verdicts.length === 0 && grim && claimsOn.length >= 2) verdicts.push('consistent');
      // An inequality holds or fails; it pins no value, so its figures stay unverifiable one by one.
      // So does a restatement in another currency at a rate the currency has known.
      if ((r.kind === 'at-most' || r.kind === 'exchange') && claimsOn.length >= 2) verdicts.push('consistent');
      if (verdicts.length === 0) {
        const missing = r.vars.filter((v) => {
          const d = full?.get(v);
          return !d || !isBounded(d);
        });
        relationResults.push({
          ...headOf(r),
          claims: claimsOn,
          verdict: 'unverifiable',
          missing: missing.map((v) => describeVar(network.variables.get(v), lang, options.indicatorNames)),
        });
        continue;
      }
      relationResults.push({ ...headOf(r), claims: claimsOn, verdict: verdicts.reduce(worse) });
    }
  }

  // Restatements: every quantity the text states more than once, as one relation.
  for (const [key, group] of groupBy(statements, (x) => x.key)) {
    const stated = group.flatMap((x) => x.claims);
    if (stated.length < 2) continue;
    const all = group.map((x) => x.interval).reduce<Interval | null>((a, b) => (a === null ? null : intersect(a, b)), group[0]?.interval ?? null);
    relationResults.push({
      id: `same:${key}`,
      kind: 'restatement',
      description: `the same quantity stated ${stated.length} times: ${describeVar(network.variables.get(key), 'en')}`,
      claims: stated.map((c) => c.id),
      verdict: all === null ? 'inconsistent' : 'consistent',
    });
  }
  if (unlinked.length > 0) {
    // Name them when there are few: "1 figure stands alone" alone does not say which.
    const texts = unlinked.length <= 5 ? unlinked.map((id) => claims.find((c) => c.id === id)?.figure.text ?? id) : undefined;
    notices.push({ kind: 'unlinked', claims: unlinked, message: m.unlinked(unlinked.length, texts) });
  }
  // 增速比各项贷款高5.7% where 12.6 − 6.9 = 5.7: the digits agree as points and the unit says percent, a
  // slip worth a warning — not a contradiction, and not silence either.
  const claimOfId = new Map(claims.map((c) => [c.id, c]));
  for (let k = 0; k < relationResults.length; k++) {
    const r = relationResults[k] as RelationResult;
    if (r.kind !== 'gap' || (r.verdict !== 'consistent' && r.verdict !== 'consistent-within-rounding')) continue;
    const gap = r.claims.map((id) => claimOfId.get(id)).find((c) => c?.measure === 'gap' && c.figure.unit.dimension === 'percent');
    if (!gap) continue;
    relationResults[k] = { ...r, verdict: 'warning' };
    notices.push({ kind: 'percent-as-points', claims: [gap.id], message: m.percentVsPoints(gap.figure.text) });
  }
  // The plan's own arithmetic: its goals at their deadlines, with the figures it starts from.
  if ((options.targets ?? []).length > 0) {
    const plan = planScenario(input, options.targets ?? [], (cs, sums, goals) => checkPlan(options, cs, sums, goals));
    relationResults.push(...plan.relations);
    conflicts.push(...plan.conflicts);
  }
  // A policy's terms among the facts: the same quota twice, a part of it, a rate and its change.
  const terms = factRelations(options.facts ?? [], lang);
  relationResults.push(...terms.relations);
  conflicts.push(...terms.conflicts);
  const count = (v: Verdict): number => relationResults.filter((r) => r.verdict === v).length;
  const unparsed = options.unparsed ?? [];
  // Goals and claims were checked on entry.
  const targets = targetChecks(options.targets ?? [], claims, { lang, ...(options.interval ? { interval: options.interval } : {}) });
  const facts = (options.facts ?? []).map(summarizeFact);
  const coverage = coverageOf({ read: claims.length + targets.length + facts.length, unparsed, verdicts: relationResults.map((r) => r.verdict) });
  if (coverage.read === 0) notices.push({ kind: 'nothing-read', claims: [], message: m.nothingRead(coverage.unread) });
  else if (coverage.relationsChecked === 0) notices.push({ kind: 'nothing-checked', claims: [], message: m.nothingChecked(coverage.read) });
  const inconsistent = conflicts.some((c) => c.severity === 'inconsistent') || relationResults.some((r) => r.verdict === 'inconsistent');
  return {
    ...(options.source === undefined ? {} : { source: options.source }),
    status: reportStatus({ inconsistent, coverage }),
    coverage,
    claims: focus ? [] : claims.map(summarize),
    checks,
    relations: relationResults,
    conflicts,
    notices,
    targets,
    facts,
    unparsed,
    counts: {
      claims: claims.length,
      relations: relationResults.length,
      consistent: count('consistent'),
      consistentWithinRounding: count('consistent-within-rounding'),
      warnings: count('warning'),
      inconsistent: count('inconsistent'),
      unverifiable: count('unverifiable'),
      conflicts: conflicts.filter((c) => c.severity === 'inconsistent').length,
      unparsed: unparsed.length,
      targets: targets.length,
      targetsMet: targets.filter((t) => t.status === 'met').length,
      targetsMissed: targets.filter((t) => t.status === 'missed').length,
      facts: facts.length,
    },
    ok: !inconsistent,
  };
}

/**
 * When a text states the scope of a benchmark (人民币 or 本外币 各项贷款) — in a gap, or in the
 * benchmark's own rate — and all of them agree, the gaps that leave it out are read with that
 * scope; when the stated scopes differ, each gap keeps its own and unstated ones stay apart.
 * A gap of a subject whose own scope is stated (本外币工业中长期贷款…增速比各项贷款高) is to the
 * loans of that scope: a release compares like with like, whatever other scope it printed a rate of.
 */
function withBenchmarkScopes(claims: readonly Claim[]): readonly Claim[] {
  const scopes = new Map<string, Set<string>>();
  const keyOf = (holder: string, date: string, indicator: string | undefined): string => `${holder}|${date}|${indicator}`;
  const add = (key: string, scope: string): void => {
    const set = scopes.get(key) ?? new Set<string>();
    set.add(scope);
    scopes.set(key, set);
  };
  for (const c of claims) {
    if (c.measure === 'gap' && c.benchmark && c.benchmarkScope) add(keyOf(c.benchmarkHolder ?? c.holder, c.date, c.benchmark), c.benchmarkScope);
    // 同期，人民币各项贷款同比增长7.1%: the benchmark's own rate, stated with its scope.
    if (c.measure === 'growth' && !c.part && (c.scope === '人民币' || c.scope === '本外币')) add(keyOf(c.holder, c.date, c.indicator), c.scope);
  }
  const subjectScopes = gapSubjectScopes(claims, keyOf);
  if (scopes.size === 0 && subjectScopes.size === 0) return claims;
  return claims.map((c) => {
    if (c.measure !== 'gap' || c.benchmarkScope) return c;
    const key = keyOf(c.benchmarkHolder ?? c.holder, c.date, c.benchmark);
    const set = scopes.get(key);
    // 本外币科技型中小企业贷款…快13.6个百分点 and 人民币普惠小微贷款…快4.7个百分点, no benchmark scope printed:
    // subjects of different scopes are each compared with the loans of their own scope.
    // (So too when the text states the benchmark's rate in both scopes: 本外币贷款同比增长6.2%，人民币贷款同比增长6.6%.)
    if ((set ? set.size > 1 : (subjectScopes.get(key)?.size ?? 0) > 1) && (c.scope === '人民币' || c.scope === '本外币')) return { ...c, benchmarkScope: c.scope };
    if (!set || set.size !== 1) return c;
    const stated = [...set][0] as '人民币' | '本外币';
    // (人民币各项贷款 stated, 本外币工业中长期贷款…比各项贷款高: the gap is to 本外币 loans, not printed.)
    const own = c.scope === '人民币' || c.scope === '本外币' ? c.scope : stated;
    return { ...c, benchmarkScope: own };
  });
}

/** The stated scopes (人民币, 本外币) of the subjects whose gaps name one benchmark, keyed like the benchmark. */
function gapSubjectScopes(claims: readonly Claim[], keyOf: (holder: string, date: string, indicator: string | undefined) => string): ReadonlyMap<string, ReadonlySet<string>> {
  const out = new Map<string, Set<string>>();
  for (const c of claims) {
    if (c.measure !== 'gap' || !c.benchmark || c.benchmarkScope || (c.scope !== '人民币' && c.scope !== '本外币')) continue;
    const key = keyOf(c.benchmarkHolder ?? c.holder, c.date, c.benchmark);
    out.set(key, (out.get(key) ?? new Set<string>()).add(c.scope));
  }
  return out;
}

const REGULATOR_SCOPE = '监管口径';
/**
 * The regulator's series (银行业…, `监管口径`) is kept apart from the central bank's only where a text states both for
 * one quantity (全省涉农贷款 and 全省银行业涉农贷款); a text of the regulator's figures alone is of one series, its
 * benchmarks included.
 */
function withRegulatorSeries(claims: readonly Claim[]): readonly Claim[] {
  const keyOf = (c: Claim): string => `${c.indicator}|${c.holder}`;
  const tagged = (c: Claim): boolean => (c.scope ?? '').split('·').includes(REGULATOR_SCOPE);
  const mixed = new Set<string>();
  const seen = new Map<string, boolean>();
  for (const c of claims) {
    const before = seen.get(keyOf(c));
    if (before !== undefined && before !== tagged(c)) mixed.add(keyOf(c));
    seen.set(keyOf(c), tagged(c));
  }
  return claims.map((c) => {
    if (!tagged(c) || mixed.has(keyOf(c))) return c;
    const rest = (c.scope ?? '').split('·').filter((p) => p !== REGULATOR_SCOPE);
    if (rest.length > 0) return { ...c, scope: rest.join('·') };
    const unscoped: Claim & { scope?: string } = { ...c };
    delete unscoped.scope;
    return unscoped;
  });
}

/**
 * A text that states the scope of a subject (本外币绿色贷款) in one place and leaves it out in
 * another means the same quantity: when all the stated scopes of a subject agree, the claims
 * that leave it out take it; when they differ, unstated ones stay apart.
 */
function withSubjectScopes(claims: readonly Claim[]): readonly Claim[] {
  const scopes = new Map<string, Set<string>>();
  const keyOf = (c: Claim): string => `${c.indicator}|${c.part ?? ''}|${c.holder}`;
  for (const c of claims) {
    // A part in a narrower scope (其中，境内绿色贷款) gives its scope to no whole; a statistical scope
    // (按人民银行口径) is said of its own figures, the others being the text's own.
    const stated = scopeParts(c.scope).own;
    // (A book in one currency, 港元贷款 or 外币贷款, is a part of the loans a text states without a scope, not their scope;
    // so is a bank's domestic book, 境内绿色贷款, beside its total with the overseas branches.)
    if (!stated || c.within || CURRENCY_BOOK.test(stated) || DOMESTIC_BOOK.test(stated)) continue;
    const set = scopes.get(keyOf(c)) ?? new Set<string>();
    set.add(stated);
    scopes.set(keyOf(c), set);
  }
  if (scopes.size === 0) return claims;
  return claims.map((c) => {
    // (A series' 原口径 or 新口径 is no stated scope of its own: 前三季增6.47兆 takes 本外币 all the same.)
    const { own, statistical } = scopeParts(c.scope);
    if (own) return c;
    const set = scopes.get(keyOf(c));
    return set && set.size === 1 ? { ...c, scope: [[...set][0] as string, ...(statistical ? [statistical] : [])].join('·') } : c;
  });
}

/**
 * A holder's own money is no other currency: a Taiwan holder's amounts stated in 新臺幣 are one quantity with
 * those the release leaves unmarked (新臺幣10兆7709億元，比8月底的10兆7077億元多出632億元), both its NT$.
 */
function withHomeCurrency(claims: readonly Claim[]): readonly Claim[] {
  if (!claims.some((c) => c.figure.unit.currency !== undefined && c.figure.unit.currency === homeCurrency(c.holder, c.scope))) return claims;
  return claims.map((c) => {
    const currency = c.figure.unit.currency;
    if (currency === undefined || currency !== homeCurrency(c.holder, c.scope)) return c;
    const { symbol, dimension, scale, en } = c.figure.unit;
    return { ...c, figure: { ...c.figure, unit: { symbol, dimension, scale, en } } };
  });
}

// An exchange rate's variable names its currency, or its pair (USD/TWD: NT$ per US dollar).
function pairOf(indicator: string): readonly [string, string | undefined] {
  const [currency, base] = indicator.split('/');
  return [currency as string, base];
}

const CURRENCY_BOOK = /^(?:外币|港元|港币|美元|澳门元|新台币)$/;
// A variable key of a book's balance: balance|green-loans@境外|….
const BOOK_KEY = /@(?:境[内外]|外币|港元|港币|美元|澳门元|新台币)(?:[|·¤]|$)/;
const DOMESTIC_BOOK = /^境[内外]$/;

/** A scope's own words (本外币, 境内) apart from a statistical one (人民银行口径, 新口径), as `·` joins them. */
function scopeParts(scope: string | undefined): { own?: string; statistical?: string } {
  const parts = scope ? scope.split('·') : [];
  const own = parts.filter((p) => !p.endsWith('口径')).join('·');
  const statistical = parts.filter((p) => p.endsWith('口径')).join('·');
  return { ...(own ? { own } : {}), ...(statistical ? { statistical } : {}) };
}

/**
 * A subject a text states in amounts of one other currency only (绿色贷款余额1862.4亿港元，较去年底增长20.8%；…
 * 佔客戶貸款總額11.4%): its rates, shares and gaps are of those amounts, one quantity with them, and so is the whole
 * of a share stated in that currency only.
 */
function withAmountCurrency(claims: readonly Claim[]): readonly Claim[] {
  const keyOf = (quantity: string, holder: string): string => `${quantity}|${holder}`;
  const currencies = new Map<string, Set<string>>();
  for (const c of claims) {
    if (c.figure.unit.dimension !== 'money' || (c.measure !== 'balance' && c.measure !== 'increment')) continue;
    const key = keyOf(quantityOf({ indicator: c.indicator, ...(c.part ? { part: c.part } : {}), ...(c.scope ? { scope: c.scope } : {}) }), c.holder);
    currencies.set(key, (currencies.get(key) ?? new Set<string>()).add(c.figure.unit.currency ?? ''));
  }
  const only = (quantity: string, holder: string): string | undefined => {
    const set = currencies.get(keyOf(quantity, holder));
    const [one] = set && set.size === 1 ? [...set] : [];
    return one || undefined;
  };
  if (![...currencies.values()].some((set) => [...set].some((x) => x !== ''))) return claims;
  return claims.map((c) => {
    if (c.figure.unit.dimension === 'money' || c.figure.unit.currency) return c;
    const own = only(quantityOf({ indicator: c.indicator, ...(c.part ? { part: c.part } : {}), ...(c.scope ? { scope: c.scope } : {}) }), c.holder);
    const whole = c.measure === 'share' && c.of && !c.of.includes('¤') ? only(c.of, c.ofHolder ?? c.holder) : undefined;
    if (!own && !whole) return c;
    return {
      ...c,
      ...(own ? { figure: { ...c.figure, unit: { ...c.figure.unit, currency: own as ForeignCurrency } } } : {}),
      ...(whole ? { of: `${c.of as string}¤${whole}` } : {}),
    };
  });
}

/**
 * The whole of a share (占绿色贷款的66.5%) names no scope; when the text states that whole in one
 * scope only (本外币绿色贷款余额…), the share is of it.
 */
function withWholeScopes(claims: readonly Claim[]): readonly Claim[] {
  const scopes = new Map<string, Set<string>>();
  const keyOf = (quantity: string, holder: string): string => `${quantity}|${holder}`;
  const quantityKey = (c: Claim): string => keyOf(`${c.measure === 'increment' ? 'flow:' : ''}${c.indicator}${c.part ? `/${c.part}` : ''}`, c.holder);
  // (A book, 境外机构绿色贷款, is no scope the whole is stated in when the text states the whole without one: 集团绿色贷款…，
  // 境外机构绿色贷款…, 占集团绿色贷款的 is of the whole.)
  const unscoped = new Set(claims.filter((c) => !c.scope && (c.measure === 'balance' || c.measure === 'increment')).map(quantityKey));
  for (const c of claims) {
    // (A share of new loans, 占全省新增贷款的22.3%, is of the whole's increment: its scope is the increment's.)
    if (!c.scope || (c.measure !== 'balance' && c.measure !== 'increment')) continue;
    const key = quantityKey(c);
    if ((CURRENCY_BOOK.test(c.scope) || DOMESTIC_BOOK.test(c.scope)) && unscoped.has(key)) continue;
    scopes.set(key, (scopes.get(key) ?? new Set<string>()).add(c.scope));
  }
  if (scopes.size === 0) return claims;
  return claims.map((c) => {
    if ((c.measure !== 'share' && c.measure !== 'share-change') || !c.of || c.of.includes('@')) return c;
    const set = scopes.get(keyOf(`${c.flow ? 'flow:' : ''}${c.of}`, c.ofHolder ?? c.holder));
    return set && set.size === 1 ? { ...c, of: `${c.of}@${[...set][0] as string}` } : c;
  });
}

/** Indicators over name lists re-issued every year: their growth is on a comparable basis. */
const RELISTED = /* @__PURE__ */ new Set(['tech-sme-loans', 'specialized-sme-loans', 'little-giant-loans', 'high-tech-enterprise-loans']);

/** A count whose implied base has at most this many whole candidates is checked by integrality. */
const GRIM_CANDIDATES = /* @__PURE__ */ new Decimal(10);

/** A recomputation this many times wider than the printed precision checks nothing. */
const WEAK_CHECK = /* @__PURE__ */ new Decimal(100);
const DEFAULT_FLOW_SLACK = '0.005';

const ORDER: readonly Verdict[] = ['consistent', 'unverifiable', 'consistent-within-rounding', 'warning', 'inconsistent'];
function worse(a: Verdict | undefined, b: Verdict): Verdict {
  if (a === undefined) return b;
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

function connectedComponents(network: Network, statements: readonly Statement[]): Component[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    let y = x;
    while (parent.get(y) !== root) {
      const next = parent.get(y) as string;
      parent.set(y, root);
      y = next;
    }
    return root;
  };
  for (const k of network.variables.keys()) parent.set(k, k);
  for (const r of network.relations) {
    const [first, ...rest] = r.vars;
    if (first === undefined) continue;
    for (const v of rest) {
      const a = find(first);
      const b = find(v);
      if (a !== b) parent.set(a, b);
    }
  }
  const byRoot = new Map<string, Component>();
  const get = (root: string): Component => {
    let c = byRoot.get(root);
    if (!c) {
      c = { relations: [], variables: [], statements: [] };
      byRoot.set(root, c);
    }
    return c;
  };
  for (const k of network.variables.keys()) get(find(k)).variables.push(k);
  for (const r of network.relations) get(find(r.vars[0] as string)).relations.push(r);
  for (const s of statements) get(find(s.key)).statements.push(s);
  return [...byRoot.values()].filter((c) => c.statements.length > 0);
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function sameInterval(a: Interval, b: Interval): boolean {
  return a.lo.eq(b.lo) && a.hi.eq(b.hi);
}

function pct(fraction: string): string {
  return new Decimal(fraction).times(100).toFixed();
}

/** The printed value nearest the stated one that lies in `need`, in the figure's unit and decimals. */
function nearestPrinted(figure: Figure, need: Interval): string | null {
  const scale = new Decimal(figure.unit.scale);
  const v = figure.value;
  let target: DecimalT;
  if (v.lt(need.lo)) target = need.lo;
  else if (v.gt(need.hi)) target = need.hi;
  else return formatFigure(figure);
  if (!target.isFinite()) return null;
  const symbol = /^[A-Za-z]/.test(figure.unit.symbol) ? ` ${figure.unit.symbol}` : figure.unit.symbol;
  // The printed value nearest the stated one whose rounding interval [p − h, p + h] meets
  // `need`: from above, the largest p with p − h ≤ need.hi; from below, the smallest p
  // with p + h ≥ need.lo (rounding only the boundary can miss: 10.2 does not reach 10.2506).
  const half = new Decimal(5).times(new Decimal(10).pow(-(figure.decimals + 1)));
  const lo = need.lo.isFinite() ? need.lo.div(scale) : need.lo;
  const hi = need.hi.isFinite() ? need.hi.div(scale) : need.hi;
  const p = v.lt(need.lo) ? lo.minus(half).toDecimalPlaces(figure.decimals, Decimal.ROUND_CEIL) : hi.plus(half).toDecimalPlaces(figure.decimals, Decimal.ROUND_FLOOR);
  if (!target.isFinite() || p.plus(half).lt(lo) || p.minus(half).gt(hi)) return null;
  return `${p.toFixed(figure.decimals)}${symbol}`;
}

const BASIS_ZH: Readonly<Record<string, string>> = { ytd: '较年初', yoy: '同比', mom: '环比', qoq: '较上季末' };

// A balance key in another currency (balance|green-loans¤HKD|…) and the yuan balance its exchange relation links it to.
const IN_CURRENCY = /¤([A-Z]{3})(?=\|)/;
function currencyOfKey(key: string): string | undefined {
  return IN_CURRENCY.exec(key)?.[1];
}
// …made on demand: a part and its whole in different currencies compare through the rate.
function inYuan(network: Network, key: string): string {
  const currency = currencyOfKey(key) as ForeignCurrency | undefined;
  const v = network.variables.get(key);
  if (!currency || !v) return key;
  const indicator = v.indicator.replace(IN_CURRENCY_END, '');
  network.inCurrency(indicator, currency, v.holder, v.date);
  return network.balance(indicator, v.holder, v.date);
}
const IN_CURRENCY_END = /¤[A-Z]{3}$/;

function describeVar(v: Variable | undefined, lang: Lang, indicatorNames: Readonly<Record<string, string>> = {}): string {
  if (!v) return '?';
  const basis = v.basis ? ` (${v.basis})` : '';
  if (lang === 'zh') {
    // 各项贷款 for total-loans, 人民币各项贷款 for total-loans@人民币, when the caller gives names.
    const [id = v.indicator, scope = ''] = v.indicator.split('@');
    const name = `${scope}${indicatorNames[id] ?? id}`;
    const names: Record<string, string> = {
      balance: '余额',
      growth: '增速',
      increment: '增量',
      share: '占比',
      'share-change': '占比变化',
      gap: '增速差',
      borrowers: '贷款户数',
      'borrowers-growth': '户数增速',
      'borrowers-increment': '户数增量',
      multiple: '倍数',
      sum: '合计',
      progress: '目标完成率',
    };
    if (v.kind === 'exchange-rate') return `${v.date}${pairOf(v.indicator)[0]}汇率（${pairOf(v.indicator)[1] ?? '元'}）`;
    return `${v.date}${name}${names[v.kind] ?? v.kind}${v.basis ? `（${BASIS_ZH[v.basis] ?? v.basis}）` : ''}`;
  }
  if (v.kind === 'exchange-rate') return `${pairOf(v.indicator)[1] ?? 'yuan'} per ${pairOf(v.indicator)[0]} at ${v.date}`;
  return `${v.kind} of ${v.indicator}${basis} at ${v.date}`;
}

// What a relation's result says of the relation itself (the goals it sets figures against among it).
function headOf(r: Relation): Pick<RelationResult, 'id' | 'kind' | 'description' | 'targets'> {
  return { id: r.id, kind: r.kind, description: r.description, ...(r.targets ? { targets: r.targets } : {}) };
}

// A figure as the report gives it: text, value as a decimal string, unit, decimals, qualifier — the fields of
// figureToJSON, without checking the figure again (claims and facts were checked on entry) or printing `stated`.
function figureSummary(figure: Figure): ClaimSummary['figure'] {
  return { text: figure.text, value: figure.value.toFixed(), unit: figure.unit.symbol, decimals: figure.decimals, qualifier: figure.qualifier };
}

function summarize(c: Claim): ClaimSummary {
  return {
    id: c.id,
    indicator: c.indicator,
    ...(c.subject ? { subject: c.subject } : {}),
    ...(c.part ? { part: c.part } : {}),
    ...(c.scope ? { scope: c.scope } : {}),
    holder: c.holder,
    date: c.date,
    ...(c.period ? { period: c.period } : {}),
    measure: c.measure,
    ...(c.basis ? { basis: c.basis } : {}),
    ...(c.since ? { since: c.since } : {}),
    ...(c.benchmark ? { benchmark: c.benchmark } : {}),
    ...(c.benchmarkHolder ? { benchmarkHolder: c.benchmarkHolder } : {}),
    ...(c.of ? { of: c.of } : {}),
    ...(c.ofHolder ? { ofHolder: c.ofHolder } : {}),
    figure: figureSummary(c.figure),
    ...(c.source?.span ? { span: c.source.span } : {}),
    ...(c.source?.excerpt ? { excerpt: c.source.excerpt } : {}),
  };
}

function summarizeFact(c: FactClaim): FactSummary {
  return {
    id: c.id,
    context: c.context,
    about: c.about,
    holder: c.holder,
    ...(c.date ? { date: c.date } : {}),
    figure: figureSummary(c.figure),
    ...(c.source?.span ? { span: c.source.span } : {}),
    ...(c.source?.excerpt ? { excerpt: c.source.excerpt } : {}),
  };
}

// Quantities a 合计 may add: amounts and counts of one kind, or shares of one whole (each bank's
// share of the city's loans, not each bank's green loans as a share of its own loans); never rates.
const ADDITIVE: ReadonlySet<string> = new Set(['balance', 'increment', 'borrowers', 'credit-line', 'disbursed', 'sum', 'lent']);
/**
 * The quantity a sum's total claim stands for: its own, or — for a share of parts that are no shares
 * (三者合计占绿色贷款的89.4%) — the parts together it is a share of.
 */
function sumTotalKey(network: Network, total: Claim | undefined, key: string | undefined, parts: readonly (string | undefined)[]): string | undefined {
  if (!total || !key || total.measure !== 'share' || !total.of) return key;
  const first = parts[0] ? network.variables.get(parts[0]) : undefined;
  if (!total.flow) return first?.kind === 'balance' ? network.balance(quantityOf(total), total.holder, total.date) : key;
  // (两县合计占全市…增量的: the parts' flows together, over the span of the share's flow.)
  return first?.kind === 'increment' && first.basis ? network.increment(quantityOf(total), total.holder, total.date, first.basis as 'ytd' | 'yoy' | 'mom' | 'qoq') : key;
}

function addsUp(network: Network, keys: readonly string[]): boolean {
  const vars = keys.map((k) => network.variables.get(k));
  const kind = vars[0]?.kind;
  if (kind === undefined || !vars.every((v) => v?.kind === kind)) return false;
  if (ADDITIVE.has(kind)) return true;
  if (kind !== 'share') return false;
  return new Set(vars.map((v) => shareWhole(v as Variable))).size === 1;
}
