// The truth corpus's oracle: the verdict of each annotated relation, computed from the
// printed digits alone. It does not import wupian (only decimal.js), so that the library is
// measured against something it cannot bend: a disagreement between the two is looked at by
// hand, never settled by editing the expectation to match the library.
import { Decimal } from 'decimal.js';

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -60, toExpPos: 60 });
type Dec = InstanceType<typeof D>;

export interface OracleFigure {
  readonly id: string;
  readonly text: string;
  readonly value?: string | undefined;
  readonly unit?: string | undefined;
  readonly qualifier?: string | undefined;
  readonly kind?: string | undefined;
}

export interface OracleRelation {
  readonly id: string;
  readonly kind: string;
  readonly figures: Readonly<Record<string, string | readonly string[]>>;
  readonly years?: number | undefined;
}

export type OracleVerdict = 'consistent' | 'inconsistent' | 'met' | 'missed' | 'undecided' | 'unreadable';

export interface OracleResult {
  readonly verdict: OracleVerdict;
  /** Why, in a line: what the figures imply against what is stated. */
  readonly detail: string;
}

/** A closed range of values in base units (yuan, percent, points, items); ±Infinity when open-ended. */
export interface Range {
  readonly lo: Dec;
  readonly hi: Dec;
  /** What kind of quantity: money, percent, points, times, count, usd, or other:<unit>. */
  readonly dim: string;
}

const INF = new D(Infinity);
const NINF = new D(-Infinity);

// Units as printed → dimension and scale. Kept here, apart from wupian's own table.
const MONEY: Readonly<Record<string, string>> = {
  元: '1',
  yuan: '1',
  万元: '1e4',
  萬元: '1e4',
  千万元: '1e7',
  亿元: '1e8',
  億元: '1e8',
  亿: '1e8',
  億: '1e8',
  千亿元: '1e11',
  千億元: '1e11',
  'bn yuan': '1e9',
  bn: '1e9',
  'trln yuan': '1e12',
  'bln yuan': '1e9',
  'mln yuan': '1e6',
  万亿元: '1e12',
  萬億元: '1e12',
  万亿: '1e12',
  萬億: '1e12',
  兆: '1e12',
  兆元: '1e12',
  'million yuan': '1e6',
  'billion yuan': '1e9',
  'trillion yuan': '1e12',
  mln: '1e6',
  bln: '1e9',
  trln: '1e12',
};
const USD: Readonly<Record<string, string>> = {
  美元: '1',
  亿美元: '1e8',
  億美元: '1e8',
  'million U.S. dollars': '1e6',
  'billion U.S. dollars': '1e9',
  'trillion U.S. dollars': '1e12',
  'million dollars': '1e6',
  'billion dollars': '1e9',
  'trillion dollars': '1e12',
};
// Other currencies: each its own dimension (no exchange rate is ever assumed).
const OTHER_CURRENCY: Readonly<Record<string, [string, string]>> = {
  港元: ['hkd', '1'],
  亿港元: ['hkd', '1e8'],
  億港元: ['hkd', '1e8'],
  澳门元: ['mop', '1'],
  澳門元: ['mop', '1'],
  亿澳门元: ['mop', '1e8'],
  億澳門元: ['mop', '1e8'],
  新台币: ['twd', '1'],
  新臺幣: ['twd', '1'],
  亿新台币: ['twd', '1e8'],
  億新臺幣: ['twd', '1e8'],
};
const PERCENT = new Set(['%', '％', 'percent', 'per cent', 'pct', '百分之']);
const POINTS = new Set(['个百分点', '個百分點', '百分点', 'percentage points', 'percentage point', 'pp', 'pct points', 'points']);
const BASIS_POINTS = new Set(['个基点', '個基點', '基点', 'bp', 'BP', 'basis points', 'basis point']);

/** Dimension and scale of a printed unit. */
export function unitOf(unit: string | undefined, billion: 'billion' | 'yi' = 'billion'): { dim: string; scale: Dec } {
  const u = (unit ?? '').trim();
  if (u in MONEY) {
    if (billion === 'yi' && /billion|bln/.test(u)) return { dim: 'money', scale: new D('1e8') };
    return { dim: 'money', scale: new D(MONEY[u] as string) };
  }
  if (u in USD) return { dim: 'usd', scale: new D(USD[u] as string) };
  if (u in OTHER_CURRENCY) {
    const [dim, scale] = OTHER_CURRENCY[u] as [string, string];
    return { dim, scale: new D(scale) };
  }
  if (PERCENT.has(u)) return { dim: 'percent', scale: new D(1) };
  if (u === '成') return { dim: 'percent', scale: new D(10) };
  if (POINTS.has(u)) return { dim: 'points', scale: new D(1) };
  if (BASIS_POINTS.has(u)) return { dim: 'points', scale: new D('0.01') };
  if (u === '倍' || u === 'times') return { dim: 'times', scale: new D(1) };
  // Counts: 户, 万户, 家, 万家, 笔, 个 … and English nouns.
  const counted = /^(万|萬)?(户|戶|家|笔|筆|个|個|项|項|条|條|只|款|檔|件|宗|人|人次|张|張|名|次|位)$/.exec(u);
  if (counted) return { dim: 'count', scale: new D(counted[1] ? '1e4' : '1') };
  if (u === '' || /^[a-z -]+$/i.test(u)) return { dim: 'count', scale: new D(/^million\b/i.test(u) ? '1e6' : 1) };
  return { dim: `other:${u}`, scale: new D(1) };
}

/** How many decimals a decimal string prints. */
function decimalsOf(value: string): number {
  const dot = value.indexOf('.');
  return dot < 0 ? 0 : value.length - dot - 1;
}

/** The step of the last significant digit of a value written with "余"/"多" (6000 → 1000, 2.1 → 0.1, 120 → 10). */
function lastDigitStep(value: string): Dec {
  const v = value.replace(/^-/, '');
  if (v.includes('.')) return new D(10).pow(-decimalsOf(v));
  const zeros = /0*$/.exec(v)?.[0].length ?? 0;
  return new D(10).pow(Math.min(zeros, Math.max(0, v.length - 1)));
}

/** The range of values a stated figure stands for, in base units. Null when it carries no value. */
export function rangeOf(f: OracleFigure, billion: 'billion' | 'yi' = 'billion'): Range | null {
  if (f.value === undefined) return null;
  const { dim, scale } = unitOf(f.unit, billion);
  const v = new D(f.value);
  const half = new D(5).times(new D(10).pow(-(decimalsOf(f.value) + 1)));
  const rate = dim === 'percent' || dim === 'points';
  const floor = rate ? NINF : new D(0);
  let lo: Dec;
  let hi: Dec;
  switch (f.qualifier ?? 'exact') {
    case 'over':
    case 'at-least':
      lo = v;
      hi = INF;
      break;
    case 'under':
    case 'at-most':
      lo = v.isNegative() ? NINF : floor;
      hi = v;
      break;
    case 'and-more':
      // 6000余万元 is [6000万, 7000万); 下降900多亿元 is a change of (−1000亿, −900亿].
      if (v.isNegative()) {
        lo = v.minus(lastDigitStep(f.value));
        hi = v;
      } else {
        lo = v;
        hi = v.plus(lastDigitStep(f.value));
      }
      break;
    case 'about': {
      const tolerance = D.max(half, v.abs().times('0.05'));
      lo = v.minus(tolerance);
      hi = v.plus(tolerance);
      break;
    }
    default:
      lo = v.minus(half);
      hi = v.plus(half);
  }
  return { lo: lo.times(scale), hi: hi.times(scale), dim };
}

// --- interval arithmetic by corners: exact for functions monotone in each argument on the box

type Fn = (xs: readonly Dec[]) => Dec;

function corners(ranges: readonly Range[], fn: Fn): { lo: Dec; hi: Dec } | null {
  let lo = INF;
  let hi = NINF;
  const n = ranges.length;
  for (let mask = 0; mask < 1 << n; mask++) {
    const xs = ranges.map((r, i) => ((mask >> i) & 1 ? r.hi : r.lo));
    const y = fn(xs);
    if (y.isNaN()) return null;
    lo = D.min(lo, y);
    hi = D.max(hi, y);
  }
  return { lo, hi };
}

const meets = (a: { lo: Dec; hi: Dec }, b: { lo: Dec; hi: Dec }): boolean => a.lo.lte(b.hi) && b.lo.lte(a.hi);
const show = (r: { lo: Dec; hi: Dec }): string => `[${r.lo.toSignificantDigits(8).toString()}, ${r.hi.toSignificantDigits(8).toString()}]`;
const positive = (r: Range): boolean => r.lo.gt(0);
const excludesZero = (r: { lo: Dec; hi: Dec }): boolean => r.lo.gt(0) || r.hi.lt(0);

/** The oracle's verdict on one relation of a passage. */
export function judge(relation: OracleRelation, figures: readonly OracleFigure[], billion: 'billion' | 'yi' = 'billion'): OracleResult {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const one = (role: string): Range | null => {
    const id = relation.figures[role];
    if (typeof id !== 'string') return null;
    const f = byId.get(id);
    return f ? rangeOf(f, billion) : null;
  };
  const many = (role: string): (Range | null)[] => {
    const ids = relation.figures[role];
    const list = typeof ids === 'string' ? [ids] : ids ?? [];
    return list.map((id) => {
      const f = byId.get(id);
      return f ? rangeOf(f, billion) : null;
    });
  };
  const unreadable = (why: string): OracleResult => ({ verdict: 'unreadable', detail: why });
  const wrongDim = (what: string, r: Range, want: string): OracleResult => ({
    verdict: 'inconsistent',
    detail: `${what} is stated in ${r.dim}, where ${want} is meant`,
  });
  const compare = (what: string, derived: { lo: Dec; hi: Dec } | null, stated: Range): OracleResult => {
    if (!derived) return unreadable(`${what}: undefined (division by a range holding 0)`);
    return meets(derived, stated)
      ? { verdict: 'consistent', detail: `${what}: implied ${show(derived)}, stated ${show(stated)}` }
      : { verdict: 'inconsistent', detail: `${what}: implied ${show(derived)}, stated ${show(stated)}` };
  };

  switch (relation.kind) {
    case 'growth': {
      const current = one('current');
      const rate = one('rate');
      const base = one('base');
      const inc = one('increment');
      if (!current || !rate || (!base && !inc)) return unreadable('growth needs current, rate and a base or an increment');
      if (rate.dim !== 'percent') return wrongDim('the rate', rate, 'percent');
      if (base) {
        if (base.dim !== current.dim) return wrongDim('the base', base, current.dim);
        if (!positive(base)) return unreadable('a base that may be 0');
        return compare('growth', corners([current, base], ([c, b]) => (c as Dec).minus(b as Dec).div(b as Dec).times(100)), rate);
      }
      const i = inc as Range;
      if (i.dim !== current.dim) return wrongDim('the increment', i, current.dim);
      // rate = i / (c − i): with c > i, increasing in i and decreasing in c.
      const denominator = { lo: current.lo.minus(i.hi), hi: current.hi.minus(i.lo) };
      if (!excludesZero(denominator)) return unreadable('a base (current − increment) that may be 0');
      return compare('growth', corners([current, i], ([c, x]) => (x as Dec).div((c as Dec).minus(x as Dec)).times(100)), rate);
    }
    case 'increment': {
      const current = one('current');
      const base = one('base');
      const inc = one('increment');
      if (!current || !base || !inc) return unreadable('increment needs current, base and increment');
      if (inc.dim !== current.dim || base.dim !== current.dim) return wrongDim('the increment', inc, current.dim);
      return compare('increment', corners([current, base], ([c, b]) => (c as Dec).minus(b as Dec)), inc);
    }
    case 'share': {
      const part = one('part');
      const whole = one('whole');
      const share = one('share');
      if (!part || !whole || !share) return unreadable('share needs part, whole and share');
      if (share.dim !== 'percent') return wrongDim('the share', share, 'percent');
      if (part.dim !== whole.dim) return wrongDim('the part', part, whole.dim);
      if (!positive(whole)) return unreadable('a whole that may be 0');
      return compare('share', corners([part, whole], ([p, w]) => (p as Dec).div(w as Dec).times(100)), share);
    }
    case 'gap': {
      const rate = one('rate');
      const benchmark = one('benchmark');
      const gap = one('gap');
      if (!rate || !benchmark || !gap) return unreadable('gap needs rate, benchmark and gap');
      if (gap.dim !== 'points') return wrongDim('the gap', gap, 'percentage points');
      return compare('gap', corners([rate, benchmark], ([r, b]) => (r as Dec).minus(b as Dec)), gap);
    }
    case 'rate-change':
    case 'share-change': {
      const before = one('before');
      const after = one('after');
      const change = one('change');
      if (!before || !after || !change) return unreadable(`${relation.kind} needs before, after and change`);
      if (change.dim !== 'points') return wrongDim('the change', change, 'percentage points');
      return compare(relation.kind, corners([after, before], ([a, b]) => (a as Dec).minus(b as Dec)), change);
    }
    case 'flow-difference': {
      const current = one('current');
      const previous = one('previous');
      const difference = one('difference');
      if (!current || !previous || !difference) return unreadable('flow-difference needs current, previous and difference');
      if (difference.dim !== current.dim) return wrongDim('the difference', difference, current.dim);
      return compare('flow difference', corners([current, previous], ([c, p]) => (c as Dec).minus(p as Dec)), difference);
    }
    case 'implied-benchmark': {
      const rates = many('rates');
      const gaps = many('gaps');
      if (rates.length !== gaps.length || rates.length === 0 || rates.some((r) => !r) || gaps.some((g) => !g)) return unreadable('implied-benchmark needs as many rates as gaps');
      let common: { lo: Dec; hi: Dec } = { lo: NINF, hi: INF };
      const benchmark = one('benchmark');
      if (benchmark) common = { lo: benchmark.lo, hi: benchmark.hi };
      const parts: string[] = [];
      for (let k = 0; k < rates.length; k++) {
        const g = gaps[k] as Range;
        if (g.dim !== 'points') return wrongDim(`gap ${k + 1}`, g, 'percentage points');
        const b = corners([rates[k] as Range, g], ([r, x]) => (r as Dec).minus(x as Dec)) as { lo: Dec; hi: Dec };
        parts.push(show(b));
        common = { lo: D.max(common.lo, b.lo), hi: D.min(common.hi, b.hi) };
      }
      const ok = common.lo.lte(common.hi);
      return { verdict: ok ? 'consistent' : 'inconsistent', detail: `benchmark implied by each pair: ${parts.join(', ')}${benchmark ? `, stated ${show(benchmark)}` : ''}` };
    }
    case 'implied-whole': {
      const parts = many('parts');
      const shares = many('shares');
      if (parts.length !== shares.length || parts.length === 0 || parts.some((r) => !r) || shares.some((g) => !g)) return unreadable('implied-whole needs as many parts as shares');
      let common: { lo: Dec; hi: Dec } = { lo: NINF, hi: INF };
      const whole = one('whole');
      if (whole) common = { lo: whole.lo, hi: whole.hi };
      const shown: string[] = [];
      for (let k = 0; k < parts.length; k++) {
        const s = shares[k] as Range;
        if (s.dim !== 'percent') return wrongDim(`share ${k + 1}`, s, 'percent');
        if (!positive(s)) return unreadable('a share that may be 0');
        const w = corners([parts[k] as Range, s], ([p, x]) => (p as Dec).div(x as Dec).times(100)) as { lo: Dec; hi: Dec };
        shown.push(show(w));
        common = { lo: D.max(common.lo, w.lo), hi: D.min(common.hi, w.hi) };
      }
      const ok = common.lo.lte(common.hi);
      return { verdict: ok ? 'consistent' : 'inconsistent', detail: `whole implied by each pair: ${shown.join(', ')}${whole ? `, stated ${show(whole)}` : ''}` };
    }
    case 'sum': {
      const total = one('total');
      const parts = many('parts');
      if (!total || parts.length === 0 || parts.some((p) => !p)) return unreadable('sum needs a total and its parts');
      if (parts.some((p) => (p as Range).dim !== total.dim)) return wrongDim('a part', parts.find((p) => (p as Range).dim !== total.dim) as Range, total.dim);
      const lo = parts.reduce((s, p) => s.plus((p as Range).lo), new D(0));
      const hi = parts.reduce((s, p) => s.plus((p as Range).hi), new D(0));
      return compare('sum', { lo, hi }, total);
    }
    case 'part-le-whole': {
      const part = one('part');
      const whole = one('whole');
      if (!part || !whole) return unreadable('part-le-whole needs part and whole');
      if (part.dim !== whole.dim) return wrongDim('the part', part, whole.dim);
      return part.lo.lte(whole.hi)
        ? { verdict: 'consistent', detail: `part ${show(part)} ≤ whole ${show(whole)}` }
        : { verdict: 'inconsistent', detail: `part ${show(part)} exceeds whole ${show(whole)}` };
    }
    case 'restatement': {
      const a = one('a');
      const b = one('b');
      if (!a || !b) return unreadable('restatement needs a and b');
      // Another currency: no rate is stated, so only the dimension can be wrong.
      if (a.dim !== b.dim) return a.dim === 'money' || b.dim === 'money' ? { verdict: 'consistent', detail: 'another currency: not comparable without a rate' } : wrongDim('b', b, a.dim);
      return compare('restatement', a, b);
    }
    case 'cagr': {
      const start = one('start');
      const end = one('end');
      const rate = one('rate');
      const years = relation.years;
      if (!start || !end || !rate || !years) return unreadable('cagr needs start, end, rate and years');
      if (rate.dim !== 'percent') return wrongDim('the rate', rate, 'percent');
      if (!positive(start) || !positive(end)) return unreadable('cagr of a range that may be 0');
      const inv = new D(1).div(years);
      return compare('cagr', corners([end, start], ([e, s]) => (e as Dec).div(s as Dec).pow(inv).minus(1).times(100)), rate);
    }
    case 'multiple': {
      const value = one('value');
      const base = one('base');
      const times = one('times');
      if (!value || !base || !times) return unreadable('multiple needs value, base and times');
      if (times.dim !== 'times') return wrongDim('the multiple', times, 'times');
      if (!positive(base)) return unreadable('a base that may be 0');
      return compare('multiple', corners([value, base], ([v, b]) => (v as Dec).div(b as Dec)), times);
    }
    case 'goal': {
      const goalId = relation.figures['goal'];
      const goalFigure = typeof goalId === 'string' ? byId.get(goalId) : undefined;
      const outcome = one('outcome');
      if (!goalFigure?.value || !outcome) return unreadable('goal needs goal and outcome');
      const { dim, scale } = unitOf(goalFigure.unit, billion);
      if (dim !== outcome.dim) return wrongDim('the outcome', outcome, dim);
      const v = new D(goalFigure.value).times(scale);
      const ceiling = goalFigure.qualifier === 'at-most' || goalFigure.qualifier === 'under';
      const met = ceiling ? outcome.hi.lte(v) : outcome.lo.gte(v);
      const missed = ceiling ? outcome.lo.gt(v) : outcome.hi.lt(v);
      return { verdict: met ? 'met' : missed ? 'missed' : 'undecided', detail: `goal ${ceiling ? '≤' : '≥'} ${v.toString()}, outcome ${show(outcome)}` };
    }
    default:
      return unreadable(`unknown relation kind ${relation.kind}`);
  }
}

/** Every figure id a relation names. */
export function figuresOf(relation: OracleRelation): string[] {
  return Object.values(relation.figures).flatMap((v) => (typeof v === 'string' ? [v] : [...v]));
}
