import type { Decimal as DecimalT } from 'decimal.js';
import { Decimal } from '../decimal/decimal.js';
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
import { validatePropagateArgs } from './validate.js';

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
  if (after.lo === before.lo && after.hi === before.hi) return false;
  if (!isBounded(before)) return !before.lo.eq(after.lo) || !before.hi.eq(after.hi);
  const width: DecimalT = before.hi.minus(before.lo);
  if (width.isZero()) return false;
  const gain = after.lo.minus(before.lo).plus(before.hi.minus(after.hi));
  return gain.gt(width.times(MIN_GAIN));
}

/**
 * Narrows the domains until nothing changes (HC4-style: each relation projects onto
 * each of its variables). Starts from `initial` (stated intervals) and each
 * variable's natural domain.
 */
export function propagate(network: Network, initial: ReadonlyMap<string, Interval>, options: PropagateOptions = {}): PropagationResult {
  return propagateRemembering(network, initial, options, null);
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
  private readonly outcomes = new Map<Relation, Map<string, Outcome>>();
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

  /** The key of an evaluation on these domains. */
  key(current: readonly Interval[], tolerant: boolean): string {
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
  private readonly plans = new WeakMap<object, Map<string, Plan>>();

  /** The plan of a propagation over a scope (made anew without one: the network may have grown). */
  plan(network: Network, options: PropagateOptions): Plan {
    if (!options.scope) return planOf(network, options);
    let byWithout = this.plans.get(options.scope);
    if (!byWithout) this.plans.set(options.scope, (byWithout = new Map()));
    const key = JSON.stringify([...(options.without ?? [])]);
    let plan = byWithout.get(key);
    if (!plan) byWithout.set(key, (plan = planOf(network, options)));
    return plan;
  }

  get(r: Relation, key: string): Outcome | undefined {
    return this.outcomes.get(r)?.get(key);
  }

  set(r: Relation, key: string, outcome: Outcome): void {
    let known = this.outcomes.get(r);
    if (!known) this.outcomes.set(r, (known = new Map()));
    known.set(key, outcome);
  }
}

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
export function propagateRemembering(network: Network, initial: ReadonlyMap<string, Interval>, options: PropagateOptions, memo: StepMemo | null): PropagationResult {
  validatePropagateArgs(network, initial, options, memo?.checked);
  const domains: Domains = new Map();
  const { variables, relations, byVar, integer } = memo ? memo.plan(network, options) : planOf(network, options);
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
