import type { Decimal as DecimalT } from 'decimal.js';
import { Decimal, compare } from '../decimal/decimal.js';
import { type Interval, intersect, isBounded } from '../interval/interval.js';

// The whole numbers of x, or null when there are none (a count that cannot be).
function integersOf(x: Interval): Interval | null {
  if (!isBounded(x)) return x;
  let lo = x.lo.ceil();
  if (x.loOpen && lo.eq(x.lo)) lo = lo.plus(1);
  let hi = x.hi.floor();
  if (x.hiOpen && hi.eq(x.hi)) hi = hi.minus(1);
  return lo.gt(hi) ? null : { lo, hi, loOpen: false, hiOpen: false };
}
import type { Network, Relation, Variable } from './network.js';
import { validateIntervals, validatePropagateArgs } from './validate.js';

/** Domains by variable key. */
export type Domains = Map<string, Interval>;

/** What {@link propagate} found. */
export interface PropagationResult {
  /** The narrowed domain of every variable. */
  readonly domains: Domains;
  /** The variable whose domain became empty, when the constraints cannot all hold. */
  readonly emptied: string | null;
}

/** Options of {@link propagate}. */
export interface PropagateOptions {
  /** Apply the slack of official flows (increments). */
  readonly tolerant?: boolean;
  /** Relations left out, by id. */
  readonly without?: ReadonlySet<string>;
  /** Work on these relations and their variables only (one connected component). */
  readonly scope?: {
    /** The relations of the component. */
    readonly relations: readonly Relation[];
    /** The keys of its variables. */
    readonly variables: readonly string[];
  };
  /** Upper bound on relation evaluations (guards slow convergence in cycles). */
  readonly maxSteps?: number;
}

const MIN_GAIN = /* @__PURE__ */ new Decimal('1e-3');

// A narrowing counts only when it moves the ends by more than 0.1% of the width (or
// bounds an unbounded end): cycles of relations otherwise creep towards their fixed
// point in ever smaller steps. Stopping early leaves domains a little wider: still sound.
function narrowsEnough(before: Interval, after: Interval): boolean {
  // The same ends (intersect keeps an end the projection does not cut): no gain.
  const sameLo = after.lo === before.lo;
  const sameHi = after.hi === before.hi;
  if (sameLo && sameHi) return false;
  // (compare: the answer of eq and gt without the copy of the argument they make.)
  if (!isBounded(before)) return compare(before.lo, after.lo) !== 0 || compare(before.hi, after.hi) !== 0;
  const width: DecimalT = before.hi.minus(before.lo);
  if (width.isZero()) return false;
  // An end kept adds exactly 0 to the gain, and x + 0 is x as the other end's difference rounded it: that one alone.
  const gain = sameLo ? before.hi.minus(after.hi) : sameHi ? after.lo.minus(before.lo) : after.lo.minus(before.lo).plus(before.hi.minus(after.hi));
  return compare(gain, width.times(MIN_GAIN)) > 0;
}

/**
 * Narrows the domains until nothing changes (HC4-style: each relation projects onto
 * each of its variables). Starts from `initial` (stated intervals) and each
 * variable's natural domain.
 */
export function propagate(network: Network, initial: ReadonlyMap<string, Interval>, options: PropagateOptions = {}): PropagationResult {
  validatePropagateArgs(network, initial, options);
  return propagatePlain(network, initial, options, null);
}

/** What evaluating a relation did to each of its variables: a narrower domain, `null` for an emptied one, `undefined` for no narrowing worth counting. */
type Outcome = readonly (Interval | null | undefined)[];

/**
 * The outcomes of relation evaluations, by the domains they were made on (and
 * `tolerant`). Domains are never changed once made, and an outcome depends on them alone,
 * so one found once holds every time the same domains recur: the checker propagates over
 * many sets of statements that share most of their figures, and a domain a remembered
 * evaluation gave is the very object the next run meets again.
 */
export class StepMemo {
  private readonly outcomes = new Map<Relation, Map<string | number, Outcome>>();
  // Each domain gets a number, so a step's key is a few numbers. (By identity: printing
  // every new domain's ends to find equal values costs more than the few steps it saves.)
  private readonly ids = new WeakMap<Interval, number>();
  private next = 0;
  /** The initial intervals already checked: the checker's, never changed once made. */
  readonly checked = new WeakSet<object>();

  private id(x: Interval): number {
    let id = this.ids.get(x);
    if (id === undefined) this.ids.set(x, (id = this.next++));
    return id;
  }

  /**
   * The key of an evaluation on these domains (keys are kept by relation, so one relation's all have as
   * many domains): up to three domain numbers below 2^16 and the flag packed in one number, which a Map
   * finds faster than a string it must build and hash; a string beyond that.
   */
  key(current: readonly Interval[], tolerant: boolean): string | number {
    if (current.length <= 3) {
      let key = tolerant ? 1 : 0;
      let fits = true;
      for (const x of current) {
        const id = this.id(x);
        if (id >= PACKED_ID) fits = false;
        key = key * PACKED_ID + id;
      }
      if (fits) return key;
    }
    let key = tolerant ? 't' : 'x';
    for (const x of current) key += `${this.id(x)},`;
    return key;
  }

  // Starting domains by stated interval and variable: the same statements start many
  // propagations, and a domain met again keeps its number without being printed again.
  private readonly starts = new WeakMap<Interval, Map<string, Interval | null>>();

  /** {@link startOf}, remembered. */
  start(stated: Interval, v: Variable): Interval | null {
    let byVariable = this.starts.get(stated);
    if (!byVariable) this.starts.set(stated, (byVariable = new Map()));
    let d = byVariable.get(v.key);
    if (d === undefined) byVariable.set(v.key, (d = startOf(stated, v)));
    return d;
  }

  // Plans by scope and the relations left out: the checker propagates one component many times.
  private readonly plans = new WeakMap<object, Map<string, IndexedPlan | null>>();

  /** The numbered plan of a propagation over a scope; null without one (the network may have grown), or when the plain way must do. */
  plan(network: Network, options: PropagateOptions): IndexedPlan | null {
    if (!options.scope) return null;
    let byWithout = this.plans.get(options.scope);
    if (!byWithout) this.plans.set(options.scope, (byWithout = new Map()));
    const key = options.without && options.without.size > 0 ? JSON.stringify([...options.without]) : '';
    let plan = byWithout.get(key);
    if (plan === undefined) byWithout.set(key, (plan = indexedPlanOf(planOf(network, options))));
    return plan;
  }

  get(r: Relation, key: string | number): Outcome | undefined {
    return this.outcomes.get(r)?.get(key);
  }

  set(r: Relation, key: string | number, outcome: Outcome): void {
    let known = this.outcomes.get(r);
    if (!known) this.outcomes.set(r, (known = new Map()));
    known.set(key, outcome);
  }
}

// Domain numbers below this pack three to a memo key (with the flag, 2^49: an exact integer).
const PACKED_ID = 65536;

// A variable's domain to start from: its stated interval within its natural domain.
function startOf(stated: Interval | undefined, v: Variable): Interval | null {
  const meet = stated ? intersect(stated, v.natural) : v.natural;
  return meet && v.integer ? integersOf(meet) : meet;
}

/** What a propagation works on: its variables, its relations, the relations of each variable, the whole-number variables. */
interface Plan {
  readonly variables: readonly Variable[];
  readonly relations: readonly Relation[];
  readonly byVar: ReadonlyMap<string, readonly number[]>;
  readonly integer: ReadonlySet<string>;
}

/**
 * A plan with its variables numbered, for the checker's propagations (one component, many runs):
 * domains in an array instead of a map by key, each relation's variables and each variable's
 * relations by number, and the domain each variable starts from when nothing states it.
 */
interface IndexedPlan {
  readonly variables: readonly Variable[];
  readonly relations: readonly Relation[];
  readonly index: ReadonlyMap<string, number>;
  /** The numbers of each relation's variables. */
  readonly vars: readonly (readonly number[])[];
  /** The relations of each variable, by number. */
  readonly users: readonly (readonly number[])[];
  readonly integer: readonly boolean[];
  /** Each variable's domain when nothing states it. */
  readonly unstated: readonly Interval[];
  /** The queue of relations and whether each is in it, made once: every run of the plan refills them (runs never nest). */
  readonly queue: Int32Array;
  readonly queued: Uint8Array;
}

function indexedPlanOf(plan: Plan): IndexedPlan | null {
  const index = new Map<string, number>();
  plan.variables.forEach((v, i) => {
    if (!index.has(v.key)) index.set(v.key, i);
  });
  // (Variables named twice, or a relation of a variable the plan lacks: the plain way.)
  if (index.size !== plan.variables.length) return null;
  const vars: number[][] = [];
  for (const r of plan.relations) {
    const own: number[] = [];
    for (const k of r.vars) {
      const i = index.get(k);
      if (i === undefined) return null;
      own.push(i);
    }
    vars.push(own);
  }
  const users = plan.variables.map((v) => plan.byVar.get(v.key) ?? []);
  const unstated: Interval[] = [];
  for (const v of plan.variables) {
    const d = startOf(undefined, v);
    if (d === null) return null;
    unstated.push(d);
  }
  const queue = new Int32Array(plan.relations.length + 1);
  const queued = new Uint8Array(plan.relations.length);
  return { variables: plan.variables, relations: plan.relations, index, vars, users, integer: plan.variables.map((v) => plan.integer.has(v.key)), unstated, queue, queued };
}

/** The domains a propagation ends with, read by variable key. */
export interface DomainsView {
  get(key: string): Interval | undefined;
}

class IndexedDomains implements DomainsView {
  constructor(
    private readonly index: ReadonlyMap<string, number>,
    private readonly domains: readonly Interval[],
  ) {}

  get(key: string): Interval | undefined {
    const i = this.index.get(key);
    return i === undefined ? undefined : this.domains[i];
  }
}

function planOf(network: Network, options: PropagateOptions): Plan {
  const variables = options.scope ? options.scope.variables.map((k) => network.variables.get(k)).filter((v) => v !== undefined) : [...network.variables.values()];
  const relations = (options.scope?.relations ?? network.relations).filter((r) => !options.without?.has(r.id));
  const byVar = new Map<string, number[]>();
  relations.forEach((r, i) => {
    for (const v of r.vars) {
      const list = byVar.get(v) ?? [];
      list.push(i);
      byVar.set(v, list);
    }
  });
  const integer = new Set(variables.filter((v) => v.integer).map((v) => v.key));
  return { variables, relations, byVar, integer };
}

/** {@link propagate}, with the outcomes of relation evaluations remembered in `memo` (internal: the checker's). */
export function propagateRemembering(network: Network, initial: ReadonlyMap<string, Interval>, options: PropagateOptions, memo: StepMemo | null): { readonly domains: DomainsView; readonly emptied: string | null } {
  // The checker's own calls (with a memo) pass its own network and options, of the shapes it makes: only
  // the intervals are new to check, and those once each.
  if (memo) validateIntervals(initial, memo.checked);
  else validatePropagateArgs(network, initial, options);
  const indexed = memo ? memo.plan(network, options) : null;
  return memo && indexed ? propagateIndexed(indexed, initial, options, memo) : propagatePlain(network, initial, options, memo);
}

// The propagation of a numbered plan: the same steps, in the same order, as propagatePlain.
function propagateIndexed(plan: IndexedPlan, initial: ReadonlyMap<string, Interval>, options: PropagateOptions, memo: StepMemo): { readonly domains: DomainsView; readonly emptied: string | null } {
  const { variables, relations, index, vars, users, integer } = plan;
  const domains = plan.unstated.slice();
  // The first variable (in the plan's order) whose stated interval leaves it nothing empties the run.
  let emptiedAt = -1;
  for (const [key, stated] of initial) {
    const i = index.get(key);
    if (i === undefined) continue;
    const d = memo.start(stated, variables[i] as Variable);
    if (d === null) {
      if (emptiedAt < 0 || i < emptiedAt) emptiedAt = i;
    } else domains[i] = d;
  }
  if (emptiedAt >= 0) return { domains: new IndexedDomains(new Map([...index].filter(([, i]) => i < emptiedAt)), domains), emptied: (variables[emptiedAt] as Variable).key };
  const n = relations.length;
  // The queue, first in first out: each relation is in it at most once, so n + 1 places go round.
  const size = n + 1;
  const { queue, queued } = plan;
  for (let i = 0; i < n; i++) {
    queue[i] = i;
    queued[i] = 1;
  }
  let head = 0;
  let tail = n;
  const maxSteps = options.maxSteps ?? 200 + n * 60;
  const tolerant = options.tolerant ?? false;
  let steps = 0;
  while (head !== tail && steps < maxSteps) {
    steps++;
    const i = queue[head] as number;
    head = head + 1 === size ? 0 : head + 1;
    queued[i] = 0;
    const r = relations[i] as Relation;
    const own = vars[i] as readonly number[];
    const current: Interval[] = [];
    for (const v of own) current.push(domains[v] as Interval);
    const memoKey = memo.key(current, tolerant);
    let outcome = memo.get(r, memoKey);
    if (outcome === undefined) {
      const projected = r.project(current, tolerant);
      outcome = current.map((before, j) => {
        const meet = intersect(before, projected[j] as Interval);
        const after = meet && integer[own[j] as number] ? integersOf(meet) : meet;
        return after === null ? null : narrowsEnough(before, after) ? after : undefined;
      });
      memo.set(r, memoKey, outcome);
    }
    for (let j = 0; j < own.length; j++) {
      const v = own[j] as number;
      const after = outcome[j];
      if (after === null) return { domains: new IndexedDomains(index, domains), emptied: (variables[v] as Variable).key };
      if (after !== undefined) {
        domains[v] = after;
        for (const k of users[v] as readonly number[]) {
          if (k !== i && queued[k] === 0) {
            queued[k] = 1;
            queue[tail] = k;
            tail = tail + 1 === size ? 0 : tail + 1;
          }
        }
      }
    }
  }
  return { domains: new IndexedDomains(index, domains), emptied: null };
}

function propagatePlain(network: Network, initial: ReadonlyMap<string, Interval>, options: PropagateOptions, memo: StepMemo | null): PropagationResult {
  const domains: Domains = new Map();
  const { variables, relations, byVar, integer } = planOf(network, options);
  for (const v of variables) {
    const stated = initial.get(v.key);
    const d = memo && stated ? memo.start(stated, v) : startOf(stated, v);
    if (d === null) return { domains, emptied: v.key };
    domains.set(v.key, d);
  }
  const queue: number[] = relations.map((_, i) => i);
  const queued = new Set(queue);
  const maxSteps = options.maxSteps ?? 200 + relations.length * 60;
  let steps = 0;
  while (queue.length > 0 && steps < maxSteps) {
    steps++;
    const i = queue.shift() as number;
    queued.delete(i);
    const r = relations[i];
    if (!r) continue;
    const current = r.vars.map((k) => domains.get(k) as Interval);
    const tolerant = options.tolerant ?? false;
    const memoKey = memo?.key(current, tolerant);
    let outcome = memo && memoKey !== undefined ? memo.get(r, memoKey) : undefined;
    if (outcome === undefined) {
      const projected = r.project(current, tolerant);
      outcome = current.map((before, j) => {
        const meet = intersect(before, projected[j] as Interval);
        const after = meet && integer.has(r.vars[j] as string) ? integersOf(meet) : meet;
        return after === null ? null : narrowsEnough(before, after) ? after : undefined;
      });
      if (memo && memoKey !== undefined) memo.set(r, memoKey, outcome);
    }
    for (let j = 0; j < r.vars.length; j++) {
      const key = r.vars[j] as string;
      const after = outcome[j];
      if (after === null) return { domains, emptied: key };
      if (after !== undefined) {
        domains.set(key, after);
        for (const k of byVar.get(key) ?? []) {
          if (k !== i && !queued.has(k)) {
            queued.add(k);
            queue.push(k);
          }
        }
      }
    }
  }
  return { domains, emptied: null };
}
