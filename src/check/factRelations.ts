// Relations among a policy's terms: facts a reader framed as the parameters of an instrument
// (src/extract/readers/policyTerms.ts). The checker's network relates claims of statistics; a
// policy's parameters are set, not measured, and relate in a few ways only: the same term said
// twice, a part of a quota or fund within it, a rate changed by a stated number of points.
import type { FactClaim, Operator } from './claim.js';
import type { Conflict, RelationResult, Suspect } from './report.js';
import { type Lang, messages } from './messages.js';
import type { Figure } from '../figure/figure.js';
import { intervalOf } from '../figure/intervalOf.js';
import { type Interval, add, contains, divide, formatInterval, intersect, intervalToJSON, multiply, negate, point, subtract } from '../interval/interval.js';

/** What {@link factRelations} finds: relations over facts, and the conflicts of those that fail. */
export interface FactRelations {
  readonly relations: RelationResult[];
  readonly conflicts: Conflict[];
}

// A cap or a floor (最高500万元, 不低于20%) states its parameter's value: the parameter is the printed number.
const BOUNDS = new Set(['at-most', 'at-least', 'under', 'over']);

/**
 * The value a policy term states, as an interval: the printed number with its rounding, a cap's or
 * a floor's qualifier left out (最高100万元 sets the cap at 100万元).
 *
 * @example
 * formatInterval(termValue(parseFigure('最高100万元'))) // '[995000, 1005000]'
 */
export function termValue(figure: Figure): Interval {
  return intervalOf(BOUNDS.has(figure.qualifier) ? { ...figure, qualifier: 'exact' } : figure);
}

// Percentages and points are one scale here: 40% raised by 10个百分点.
function scaleOf(f: FactClaim): string {
  const d = f.figure.unit.dimension;
  return d === 'percent' || d === 'percentage-points' ? 'rate' : d;
}

/**
 * Relates the facts a reader framed as a policy's terms: the same parameter of the same
 * instrument stated more than once (a restatement: the values must agree within rounding), a
 * figure said again in other words (即), a part within its whole (part ≤ whole), and a change
 * between two stated rates (after − before = the change). Each relation names its facts in
 * `facts`; one that fails is a conflict whose suspects are those facts.
 *
 * @example
 * const [quota, again] = ['5000亿元', '4000亿元'].map((t, i) => ({ id: `f${i + 1}`, context: 'policy', about: '额度', holder: 'national', figure: parseFigure(t), term: { instrument: '再贷款', parameter: '额度' } }));
 * factRelations([quota, again], 'en').relations[0]?.verdict // 'inconsistent'
 */
export function factRelations(facts: readonly FactClaim[], lang: Lang): FactRelations {
  const m = messages(lang);
  const byId = new Map(facts.map((f) => [f.id, f]));
  const relations: RelationResult[] = [];
  const conflicts: Conflict[] = [];
  const fail = (relation: RelationResult, suspects: readonly [FactClaim, Interval | null][], message: string): void => {
    conflicts.push({
      id: `term-conflict:${relation.id}`,
      severity: 'inconsistent',
      suspects: suspects.map(([f, need]): Suspect => ({ claim: f.id, text: f.figure.text, wouldNeed: need ? intervalToJSON(need) : null, nearest: null, alone: need !== null })),
      relations: [relation.id],
      explanations: [{ kind: 'misprint', resolves: true, message: m.misprint }],
      message,
    });
  };
  const judge = (id: string, kind: string, description: string, members: readonly FactClaim[], holds: boolean): RelationResult => {
    const r: RelationResult = { id, kind, description, claims: [], facts: members.map((f) => f.id), verdict: holds ? 'consistent' : 'inconsistent' };
    relations.push(r);
    return r;
  };

  // The same parameter of the same instrument, stated more than once.
  const groups = new Map<string, FactClaim[]>();
  for (const f of facts) {
    const t = f.term;
    if (!t?.instrument || !t.parameter) continue;
    // (The instrument's name says whose it is: a case's bank around a central bank's tool holds none of it.)
    // (A percent and points are no restatement of each other: LPR的50% and 1个百分点.)
    const key = [t.instrument, t.parameter, f.figure.unit.dimension].join('|');
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const [key, group] of groups) {
    // Terms stated at different dates may have changed between them: not one term.
    if (group.length < 2 || new Set(group.flatMap((f) => (f.date ? [f.date] : []))).size > 1) continue;
    const values = group.map((f) => termValue(f.figure));
    const all = values.reduce<Interval | null>((a, b) => (a === null ? null : intersect(a, b)), values[0] ?? null);
    const [instrument, parameter] = key.split('|');
    const r = judge(`term:${key}`, 'restatement', `${parameter} of ${instrument} stated ${group.length} times`, group, all !== null);
    if (all === null) fail(r, group.map((f, i) => [f, values[(i + 1) % values.length] ?? null]), m.termRestated(group.map((f) => f.figure.text)));
  }

  for (const f of facts) {
    const t = f.term;
    // A figure said again in other words: 150个基点，也就是1.5个百分点.
    const said = t?.restates ? byId.get(t.restates) : undefined;
    if (said && scaleOf(said) === scaleOf(f)) {
      const [a, b] = [termValue(said.figure), termValue(f.figure)];
      const holds = intersect(a, b) !== null;
      const r = judge(`term-same:${said.id}=${f.id}`, 'restatement', `${f.figure.text} restates ${said.figure.text}`, [said, f], holds);
      if (!holds) fail(r, [[said, b], [f, a]], m.termRestated([said.figure.text, f.figure.text]));
    }
    // A part of a quota or a fund: at most the whole.
    const whole = t?.within ? byId.get(t.within) : undefined;
    if (whole && scaleOf(whole) === scaleOf(f)) {
      const [part, of] = [termValue(f.figure), termValue(whole.figure)];
      const holds = !(part.lo.gt(of.hi) || (part.lo.eq(of.hi) && (part.loOpen || of.hiOpen)));
      const r = judge(`term-part:${f.id}<${whole.id}`, 'at-most', `${f.figure.text} within ${whole.figure.text}`, [f, whole], holds);
      if (!holds) fail(r, [[f, null], [whole, null]], m.termPart(f.figure.text, whole.figure.text));
    }
    // A rate changed by a stated number of points: after − before = sign × change.
    const before = t?.change ? byId.get(t.change.before) : undefined;
    const after = t?.change ? byId.get(t.change.after) : undefined;
    if (t?.change && before && after && [before, after, f].every((x) => scaleOf(x) === 'rate')) {
      const [b, a, c0] = [termValue(before.figure), termValue(after.figure), termValue(f.figure)];
      const c = t.change.sign === 1 ? c0 : negate(c0);
      const holds = intersect(subtract(a, b), c) !== null;
      const r = judge(`term-change:${before.id}>${after.id}`, 'rate-change', `${before.figure.text} changed by ${f.figure.text} to ${after.figure.text}`, [before, f, after], holds);
      if (!holds) {
        // What the printed before and change give, in the after's own unit when it is a plain % or points.
        const exact = before.figure.value.plus(t.change.sign === 1 ? f.figure.value : f.figure.value.neg());
        const gives = /^(?:%|个百分点)$/.test(after.figure.unit.symbol) ? `${exact.toFixed()}${after.figure.unit.symbol}` : formatInterval(add(b, c), { significantDigits: 6 });
        fail(r, [[before, subtract(a, c)], [f, t.change.sign === 1 ? subtract(a, b) : subtract(b, a)], [after, add(b, c)]], m.termChange(before.figure.text, f.figure.text, after.figure.text, gives));
      }
    }
    // A figure worked from two others: of × rate%.
    const of = t?.product ? byId.get(t.product.of) : undefined;
    const by = t?.product ? byId.get(t.product.rate) : undefined;
    if (of && by && by.figure.unit.dimension === 'percent' && scaleOf(of) === scaleOf(f)) {
      const [o, b, v] = [termValue(of.figure), termValue(by.figure), termValue(f.figure)];
      const gives = multiply(o, divide(b, point(100)));
      const holds = intersect(gives, v) !== null;
      const r = judge(`term-product:${f.id}`, 'share', `${f.figure.text} is ${by.figure.text} of ${of.figure.text}`, [f, of, by], holds);
      // (What the others would need, where no zero stands in the way of dividing.)
      const over = (x: Interval, y: Interval): Interval | null => (contains(y, 0) ? null : divide(x, y));
      const need = (x: Interval | null, k: Interval): Interval | null => (x === null ? null : multiply(x, k));
      if (!holds) fail(r, [[f, gives], [of, need(over(v, b), point(100))], [by, need(over(v, o), point(100))]], m.termProduct(of.figure.text, by.figure.text, f.figure.text));
    }
    // A calculation the text prints: its operands worked through give its result.
    const operands = t?.formula?.operands.map((id) => byId.get(id));
    if (t?.formula && operands && operands.every((o): o is FactClaim => o !== undefined)) {
      const gives = worked(operands, t.formula.operators, f);
      if (gives) {
        const holds = intersect(gives, termValue(f.figure)) !== null;
        const r = judge(`term-formula:${f.id}`, 'formula', `${f.figure.text} worked from ${operands.map((o) => o.figure.text).join(', ')}`, [...operands, f], holds);
        if (!holds) fail(r, [[f, gives], ...operands.map((o): [FactClaim, Interval | null] => [o, null])], m.termFormula(operands.map((o) => o.figure.text), f.figure.text));
      }
    }
  }
  return { relations, conflicts };
}

// What a printed calculation gives, in its result's unit: × and ÷ take a percent as a fraction, + and −
// add like with like. Null where it cannot say (× with +, a like added to an unlike, a division by what may be 0).
function worked(operands: readonly FactClaim[], operators: readonly Operator[], result: FactClaim): Interval | null {
  const multiplies = operators.some((o) => o === '×' || o === '÷');
  const adds = operators.some((o) => o === '+' || o === '−');
  if (multiplies && adds) return null;
  if (adds && !operands.every((o) => scaleOf(o) === scaleOf(result))) return null;
  const percent = (f: FactClaim): boolean => f.figure.unit.dimension === 'percent';
  const value = (f: FactClaim): Interval => (multiplies && percent(f) ? divide(termValue(f.figure), point(100)) : termValue(f.figure));
  let acc = value(operands[0] as FactClaim);
  for (let k = 0; k < operators.length; k++) {
    const x = value(operands[k + 1] as FactClaim);
    const op = operators[k];
    if (op === '÷' && contains(x, 0)) return null;
    acc = op === '×' ? multiply(acc, x) : op === '÷' ? divide(acc, x) : op === '+' ? add(acc, x) : subtract(acc, x);
  }
  return multiplies && percent(result) ? multiply(acc, point(100)) : acc;
}
