import { describe, expect, it } from 'vitest';
import { checkClaims, checkDocument, type Claim, type Report } from '../src/check/index.js';
import { documents } from '../src/data/index.js';
import { Decimal, parseFigure, WupianError } from '../src/index.js';
import { checkText } from '../src/extract/checkText.js';
import { extractClaims } from '../src/extract/extractClaims.js';

const reports: Record<string, Report> = {};
const report = (id: '000' | '001' | '002' | '003' | '004'): Report => (reports[id] ??= checkDocument(documents[id]));
const verdictOf = (r: Report, claim: string): string | undefined => r.checks.find((c) => c.claim === claim)?.verdict;

describe('checkDocument on the five bundled documents', () => {
  it('001: the Weifang cross-claim conflict about the growth of total loans', () => {
    const r = report('001');
    expect(r.ok).toBe(false);
    expect(r.conflicts).toHaveLength(1);
    const [conflict] = r.conflicts;
    expect(conflict?.severity).toBe('inconsistent');
    expect(conflict?.suspects.map((s) => s.text).sort()).toEqual(['11.35%', '13.36%', '4.98个百分点', '7.82个百分点']);
    expect(conflict?.disputed?.quantity).toBe('growth of total-loans (ytd) at 2025-06-30');
    expect(conflict?.disputed?.sides.map((s) => [s.interval.lo, s.interval.hi])).toEqual([
      ['5.53', '5.55'],
      ['6.36', '6.38'],
    ]);
    // The shares side with the green paragraph: the inclusive figures are the ones that can change alone.
    expect(conflict?.suspects.filter((s) => s.alone).map((s) => s.text).sort()).toEqual(['11.35%', '4.98个百分点']);
    expect(conflict?.explanations.map((e) => e.kind)).toEqual(expect.arrayContaining(['misprint', 'benchmark-scope']));
    expect(conflict?.message).toMatch(/13\.36%, 7\.82个百分点, 11\.35%, 4\.98个百分点/);
  });

  it('001: the direct checks hold', () => {
    const r = report('001');
    expect(verdictOf(r, '001-green-growth-ytd-2025-06')).toBe('consistent');
    expect(verdictOf(r, '001-bank-of-weifang-green-growth-ytd-2025-07')).toBe('consistent');
    expect(verdictOf(r, '001-green-share-change-ytd-2025-06')).toBe('consistent');
    expect(verdictOf(r, '001-inclusive-small-micro-growth-ytd-2025-06')).toBe('inconsistent');
    const borrowers = r.relations.filter((x) => x.id.startsWith('growth:borrowers-growth|'));
    expect(borrowers).toHaveLength(4);
    expect(borrowers.every((x) => x.verdict === 'consistent')).toBe(true);
    expect(r.notices.filter((n) => n.kind === 'gross-flow').flatMap((n) => n.claims)).toContain('001-coordination-loans-cumulative-2025-06');
  });

  it("003: the table's totals are consistent within rounding", () => {
    const r = report('003');
    expect(r.ok).toBe(true);
    const sums = r.relations.filter((x) => x.kind === 'sum');
    expect(sums.map((x) => x.verdict)).toEqual(['consistent', 'consistent-within-rounding', 'consistent-within-rounding']);
    const total2022 = r.checks.find((c) => c.claim === '003-task-table-total-2022-industrial-loans');
    expect(total2022?.recomputedExact).toEqual({ lo: '9280000000', hi: '9280000000', loOpen: false, hiOpen: false });
    expect(total2022?.margin).toBe('2500000');
  });

  it('000: "billion yuan" flagged as a mistranslated unit', () => {
    const r = report('000');
    const notice = r.notices.find((n) => n.kind === 'mistranslated-unit');
    expect(notice?.claims).toEqual(expect.arrayContaining(['000-green-balance-2025-06', '000-small-micro-balance-2025-06']));
    expect(notice?.message).toMatch(/renders 亿元/);
  });

  it.each(['000', '002', '004'] as const)('%s: nothing contradicts', (id) => {
    expect(report(id).ok).toBe(true);
    expect(report(id).counts.inconsistent).toBe(0);
  });

  it('serialises to JSON with decimal strings', () => {
    const json = JSON.parse(JSON.stringify(report('001'))) as Report;
    expect(json.conflicts[0]?.suspects[0]?.wouldNeed?.lo).toMatch(/^\d+(\.\d+)?$/);
    expect(json.claims.find((c) => c.id === '001-green-balance-2025-06')?.figure.value).toBe('215000000000');
  });

  it('speaks Chinese', () => {
    const r = checkDocument(documents['001'], { lang: 'zh' });
    expect(r.conflicts[0]?.message).toMatch(/不能同时成立/);
  });

  it('refuses malformed claims with a typed error, never a TypeError', () => {
    expect(() => checkClaims(undefined as never)).toThrow(WupianError);
    try {
      checkClaims([{ id: 'x' }] as never);
      expect.unreachable();
    } catch (error) {
      expect((error as WupianError).code).toBe('invalid_data');
      expect((error as WupianError).path).toEqual(['claims', 0, 'indicator']);
    }
  });

  it('refuses a bad document with a typed error naming the field', () => {
    const bad = structuredClone(documents['001']) as unknown as { observations: { figure: unknown }[] };
    (bad.observations[1] as { figure: unknown }).figure = 1026.09;
    try {
      checkDocument(bad);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(WupianError);
      expect((error as WupianError).code).toBe('invalid_data');
      expect((error as WupianError).path).toEqual(['observations', 1, 'figure']);
    }
  });
});

// A passage with consistent relations: the Weifang green-credit paragraph, a bank's
// green loans, borrower counts, and a small table with its total.
const H = 'region:370700';
const D = '2025-06-30';
type Spec = [id: string, indicator: string, measure: Claim["measure"], figure: string, extra?: Partial<Claim> | undefined];
const PASSAGE: Spec[] = [
  ['g-bal', 'green-loans', 'balance', '2150亿元'],
  ['g-inc', 'green-loans', 'increment', '253.31亿元', { basis: 'ytd' }],
  ['g-rate', 'green-loans', 'growth', '13.36%', { basis: 'ytd' }],
  ['g-gap', 'green-loans', 'gap', '7.82个百分点', { basis: 'ytd', benchmark: 'total-loans' }],
  ['g-share', 'green-loans', 'share', '17.18%', { of: 'total-loans' }],
  ['g-sc', 'green-loans', 'share-change', '1.19个百分点', { basis: 'ytd', of: 'total-loans' }],
  ['b-bal', 'green-loans', 'balance', '184.38亿元', { holder: 'institution:bank-of-weifang' }],
  ['b-inc', 'green-loans', 'increment', '11.87亿元', { holder: 'institution:bank-of-weifang', basis: 'ytd' }],
  ['b-rate', 'green-loans', 'growth', '6.88%', { holder: 'institution:bank-of-weifang', basis: 'ytd' }],
  ['h-n', 'high-tech-enterprise-loans', 'borrowers', '4078户'],
  ['h-rate', 'high-tech-enterprise-loans', 'borrowers-growth', '25.32%', { basis: 'ytd' }],
  ['t-1', 'industrial-loans', 'balance', '3.70亿元', { holder: 'institution:a' }],
  ['t-2', 'industrial-loans', 'balance', '7.50亿元', { holder: 'institution:b' }],
  ['t-3', 'industrial-loans', 'balance', '0.40亿元', { holder: 'institution:c' }],
  ['t-sum', 'industrial-loans', 'balance', '11.60亿元', { holder: 'table' }],
];
const claimsOf = (specs: Spec[]): Claim[] =>
  specs.map(([id, indicator, measure, figure, extra]) => ({ id, indicator, holder: H, date: D, measure, figure: parseFigure(figure), ...extra }));
const SUMS = [{ total: 't-sum', parts: ['t-1', 't-2', 't-3'] }];

// Ten units of the last printed digit: 13.36% → 13.46%, 2150亿元 → 2160亿元, 4078户 → 4088户.
function nudge(text: string): string {
  const m = /^(\d+)(?:\.(\d+))?(.*)$/.exec(text);
  if (!m) throw new Error(text);
  const decimals = m[2]?.length ?? 0;
  const units = BigInt(`${m[1]}${m[2] ?? ''}`) + 10n;
  const digits = units.toString().padStart(decimals + 1, '0');
  return `${decimals ? `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}` : digits}${m[3]}`;
}

describe('the passage is consistent, and ten units of the last digit break it', () => {
  it('as printed, every relation holds', () => {
    const r = checkClaims(claimsOf(PASSAGE), { sums: SUMS });
    expect(r.ok).toBe(true);
    expect(r.conflicts).toEqual([]);
    expect(r.relations.filter((x) => x.verdict === 'inconsistent')).toEqual([]);
  });

  // A change of ten units can show only where the other figures pin the figure to
  // less than nine units of its last digit; elsewhere the check is weaker than that.
  const original = checkClaims(claimsOf(PASSAGE), { sums: SUMS });
  const sharp = PASSAGE.filter(([id, , , text]) => {
    const check = original.checks.find((c) => c.claim === id);
    if (!check?.recomputed?.lo || !check.recomputed.hi) return false;
    const f = parseFigure(text);
    const unit = new Decimal(f.unit.scale).div(new Decimal(10).pow(f.decimals));
    return new Decimal(check.recomputed.hi).minus(check.recomputed.lo).lt(unit.times(9));
  }).map((s) => s[0]);

  it('pins most figures of the passage sharply', () => {
    expect(sharp).toEqual(['g-bal', 'g-rate', 'g-sc', 'b-inc', 'b-rate', 't-1', 't-2', 't-3', 't-sum']);
  });

  it.each([...sharp, 'h-rate'])('changing %s makes its relation inconsistent and names it', (id) => {
    const specs = PASSAGE.map((s): Spec => (s[0] === id ? [s[0], s[1], s[2], nudge(s[3]), s[4]] : s));
    const r = checkClaims(claimsOf(specs), { sums: SUMS });
    expect(r.ok).toBe(false);
    const suspects = r.conflicts.flatMap((c) => c.suspects.map((s) => s.claim));
    expect(suspects).toContain(id);
    expect(r.relations.some((x) => x.verdict === 'inconsistent' && x.claims.includes(id))).toBe(true);
  });
});

describe('the scope of a benchmark', () => {
  const gaps = (scopeA?: '人民币' | '本外币', scopeB?: '人民币' | '本外币'): Claim[] =>
    claimsOf([
      ['a-rate', 'green-loans', 'growth', '13.36%', { basis: 'ytd' }],
      ['a-gap', 'green-loans', 'gap', '7.82个百分点', { basis: 'ytd', benchmark: 'total-loans', ...(scopeA ? { benchmarkScope: scopeA } : {}) }],
      ['b-rate', 'inclusive-small-micro-loans', 'growth', '11.35%', { basis: 'ytd' }],
      ['b-gap', 'inclusive-small-micro-loans', 'gap', '4.98个百分点', { basis: 'ytd', benchmark: 'total-loans', ...(scopeB ? { benchmarkScope: scopeB } : {}) }],
    ]);

  it('unstated: one benchmark, a conflict with the scope among its causes', () => {
    const r = checkClaims(gaps());
    expect(r.ok).toBe(false);
    expect(r.conflicts[0]?.explanations.map((e) => e.kind)).toContain('benchmark-scope');
  });

  it('stated and different (人民币 vs 本外币): two quantities, nothing links them', () => {
    expect(checkClaims(gaps('人民币', '本外币')).ok).toBe(true);
  });

  it('stated once: the other place is read with the same scope, and the conflict stands without the scope excuse', () => {
    const r = checkClaims(gaps('本外币'));
    expect(r.ok).toBe(false);
    expect(r.conflicts[0]?.explanations.map((e) => e.kind)).not.toContain('benchmark-scope');
  });

  it("unstated, subjects of different stated scopes: each gap is to the loans of its subject's scope", () => {
    const scoped = (a: '人民币' | '本外币', b: '人民币' | '本外币'): Claim[] => gaps().map((c) => ({ ...c, scope: c.indicator === 'green-loans' ? a : b }));
    const apart = checkClaims(scoped('本外币', '人民币'));
    expect(apart.ok).toBe(true);
    expect(apart.relations.filter((x) => x.kind === 'gap').map((x) => x.description)).toEqual(
      expect.arrayContaining([expect.stringContaining('total-loans@本外币'), expect.stringContaining('total-loans@人民币')]),
    );
    // Subjects of one scope still share a benchmark: their implied rates (5.54% and 6.37%) disagree.
    expect(checkClaims(scoped('本外币', '本外币')).ok).toBe(false);
  });

  it('the extractor reads the scope of the benchmark', () => {
    const { claims } = extractClaims('截至2025年6月末，绿色贷款余额2150亿元，较年初增长13.36%，高于人民币各项贷款增速7.82个百分点。', { region: '370700' });
    expect(claims.find((c) => c.measure === 'gap')?.benchmarkScope).toBe('人民币');
  });
});

describe('messages in Chinese name indicators by their Chinese names when given them', () => {
  it('各项贷款, not total-loans', () => {
    const r = checkDocument(documents['001'], { lang: 'zh', indicatorNames: { 'total-loans': '各项贷款' } });
    expect(r.conflicts[0]?.message).toContain('它们推算出的2025-06-30各项贷款增速（较年初）不一致');
  });
});

describe('the nearest printed value a suspect would need', () => {
  it('is one whose rounding reaches what the others need, and the text with it agrees', () => {
    const text = (rate: string) => `截至2025年6月末，全市绿色贷款余额1680.5亿元，较年初增加156.3亿元，增速${rate}。`;
    const report = checkText(text('12.8%'), { region: '370700' });
    const nearest = report.conflicts[0]?.suspects.find((s) => s.text === '12.8%')?.nearest;
    // The others need [10.2506, 10.2585]: 10.2% ([10.15, 10.25]) falls short, 10.3% reaches it.
    expect(nearest).toBe('10.3%');
    expect(checkText(text(nearest ?? ''), { region: '370700' }).ok).toBe(true);
  });
});

describe('figures that stand alone', () => {
  it('are named when they are few', () => {
    const report = checkText('截至2025年6月末，全市绿色贷款余额2150亿元。', { region: '370700' });
    expect(report.notices.find((n) => n.kind === 'unlinked')?.message).toBe('1 figure stands alone (2150亿元): no other figure of the text relates to it.');
    const zh = checkText('截至2025年6月末，全市绿色贷款余额2150亿元。', { region: '370700', lang: 'zh' });
    expect(zh.notices.find((n) => n.kind === 'unlinked')?.message).toBe('1个数据（2150亿元）无法与文中其他数据关联。');
  });
});

describe('checkClaims on a huge statement', () => {
  it('takes 150,000 claims of one figure without overflowing the stack (they stand alone: unlinked)', () => {
    const figure = parseFigure('1026.09亿元');
    const claims = Array.from({ length: 150_000 }, (_, i) => ({ id: `c${i}`, indicator: 'green-loans', holder: 'text', date: '2025-06-30', measure: 'balance' as const, figure }));
    const report = checkClaims(claims);
    expect(report.notices.find((n) => n.kind === 'unlinked')?.claims.length).toBe(150_000);
  });
});

describe('an average yearly growth over whole years (Network.averageGrowth)', () => {
  // By an independent oracle (Python decimal, 40 digits): ((36.6 / 11.95)^(1/4) − 1) × 100 = 32.290…, and over the
  // printed intervals from ((36.55 / 11.955)^(1/4) − 1) × 100 = 32.23136 to ((36.65 / 11.945)^(1/4) − 1) × 100 = 32.3494….
  it('narrows the rate from the two balances, and the later balance from the rate and the earlier one', async () => {
    const { Network, propagate } = await import('../src/check/index.js');
    const { intervalOf } = await import('../src/figure/index.js');
    const n = new Network();
    const rate = n.averageGrowth('green-loans', 'national', '2024-12-31', '2020-12-31');
    const now = 'balance|green-loans|national|2024-12-31';
    const then = 'balance|green-loans|national|2020-12-31';
    const r = propagate(n, new Map([[now, intervalOf(parseFigure('36.6万亿元'))], [then, intervalOf(parseFigure('11.95万亿元'))]]));
    const d = r.domains.get(rate);
    expect(d?.lo.toSignificantDigits(6).toFixed()).toBe('32.2314');
    expect(d?.hi.toSignificantDigits(6).toFixed()).toBe('32.3494');
    // 11.95 × 1.323^4 = 36.613…: from the rate printed to a tenth, the later balance is known to about ±0.1万亿.
    const back = propagate(n, new Map([[rate, intervalOf(parseFigure('32.3%'))], [then, intervalOf(parseFigure('11.95万亿元'))]]));
    const later = back.domains.get(now);
    expect(later?.lo.lt(new Decimal('36.6e12'))).toBe(true);
    expect(later?.hi.gt(new Decimal('36.6e12'))).toBe(true);
  });
  it('refuses a span that is not a whole number of years, by name', () => {
    return import('../src/check/index.js').then(({ Network }) => {
      expect(() => new Network().averageGrowth('green-loans', 'national', '2024-12-31', '2020-06-30')).toThrow(/since/);
    });
  });
});

describe('a growth since a date no basis spans (Network.growthSince)', () => {
  // By hand: (1.5 / 0.5 − 1) × 100 = 200; over the printed intervals (1.45 / 0.505 − 1) × 100 = 187.128…% to
  // (1.55 / 0.495 − 1) × 100 = 213.131…%.
  it('ties the rate to the balance then and the balance now, and is the yearly growth when the date is a year back', async () => {
    const { Network, propagate } = await import('../src/check/index.js');
    const { intervalOf } = await import('../src/figure/index.js');
    const n = new Network();
    const rate = n.growthSince('green-loans', 'text', '2025-12-31', '2020-12-31');
    expect(rate).toBe('growth|green-loans|text|2025-12-31|since:2020-12-31');
    const r = propagate(n, new Map([['balance|green-loans|text|2025-12-31', intervalOf(parseFigure('1.5万亿元'))], ['balance|green-loans|text|2020-12-31', intervalOf(parseFigure('0.50万亿元'))]]));
    expect(r.domains.get(rate)?.lo.toSignificantDigits(6).toFixed()).toBe('187.129');
    expect(r.domains.get(rate)?.hi.toSignificantDigits(6).toFixed()).toBe('213.131');
    expect(new Network().growthSince('green-loans', 'text', '2025-12-31', '2024-12-31')).toBe('growth|green-loans|text|2025-12-31|yoy');
  });
});

describe('a level as a multiple of an earlier one (Network.multipleSince)', () => {
  // By hand: 1389.6 / 301.2 = 4.6135…; over the printed intervals 1389.55 / 301.25 = 4.61261… to 1389.65 / 301.15 = 4.61448….
  it('ties the multiple to the balance then and the balance now, each way', async () => {
    const { Network, propagate } = await import('../src/check/index.js');
    const { intervalOf } = await import('../src/figure/index.js');
    const n = new Network();
    const times = n.multipleSince('green-loans', 'text', '2024-12-31', '2017-12-31');
    expect(times).toBe('multiple|green-loans|text|2024-12-31|since:2017-12-31');
    const r = propagate(n, new Map([['balance|green-loans|text|2024-12-31', intervalOf(parseFigure('1389.6亿元'))], ['balance|green-loans|text|2017-12-31', intervalOf(parseFigure('301.2亿元'))]]));
    expect(r.domains.get(times)?.lo.toSignificantDigits(6).toFixed()).toBe('4.61261');
    expect(r.domains.get(times)?.hi.toSignificantDigits(6).toFixed()).toBe('4.61448');
    // the base from the level now and the multiple: 1389.6 / 4.6 → [1389.55 / 4.65, 1389.65 / 4.55] = [298.828…, 305.417…]
    const m = new Network();
    const t2 = m.multipleSince('green-loans', 'text', '2024-12-31', '2017-12-31');
    const r2 = propagate(m, new Map([['balance|green-loans|text|2024-12-31', intervalOf(parseFigure('1389.6亿元'))], [t2, intervalOf(parseFigure('4.6倍'))]]));
    expect(r2.domains.get('balance|green-loans|text|2017-12-31')?.lo.div(1e8).toSignificantDigits(6).toFixed()).toBe('298.828');
    expect(r2.domains.get('balance|green-loans|text|2017-12-31')?.hi.div(1e8).toSignificantDigits(6).toFixed()).toBe('305.418');
  });
});

describe('what was lent over a period, a gross flow (Network.lent, lentDifference, lentGrowth)', () => {
  it('keys what was lent by its span, and ties its growth and difference to the same span a year before', async () => {
    const { Network } = await import('../src/check/index.js');
    const n = new Network();
    const span = { from: '2025-01-01', to: '2025-09-30' };
    expect(n.lent('green-loans', 'text', span)).toBe('lent|green-loans|text|2025-01-01|2025-09-30');
    expect(n.variables.get('lent|green-loans|text|2025-01-01|2025-09-30')?.kind).toBe('lent');
    expect(n.lentGrowth('green-loans', 'text', span)).toBe('lent-growth|green-loans|text|2025-01-01|2025-09-30');
    expect(n.lentDifference('green-loans', 'text', span)).toBe('lent-difference|green-loans|text|2025-01-01|2025-09-30');
    const before = 'lent|green-loans|text|2024-01-01|2024-09-30';
    expect(n.relations.map((r) => r.vars)).toContainEqual(['lent-growth|green-loans|text|2025-01-01|2025-09-30', 'lent|green-loans|text|2025-01-01|2025-09-30', before]);
    expect(n.relations.map((r) => r.vars)).toContainEqual(['lent-difference|green-loans|text|2025-01-01|2025-09-30', 'lent|green-loans|text|2025-01-01|2025-09-30', before]);
    // A relative year shifts too (Y-01-01 → Y-1-01-01).
    expect(n.lentGrowth('green-loans', 'text', { from: 'Y-01-01', to: 'Y-06-30' })).toBe('lent-growth|green-loans|text|Y-01-01|Y-06-30');
    expect(n.variables.has('lent|green-loans|text|Y-1-01-01|Y-1-06-30')).toBe(true);
  });
  // worked by hand: 1,286.3 − 148.6 = 1,137.7 lent a year before; 1,286.3 / 1,137.7 − 1 = 13.06%.
  it('never ties what was lent to the balance\'s change, and checks its growth from last year\'s', () => {
    const text = (g: string) => `1—9月，全行累计发放线上普惠贷款1,286.3亿元，同比多发放148.6亿元，同比增长${g}。9月末，全行线上普惠贷款余额2,048.6亿元，较年初增加312.4亿元。`;
    const r = checkText(text('13.1%'), { documentDate: '2025-10-20' });
    expect(r.status).toBe('consistent');
    expect(r.relations.filter((x) => x.description.startsWith('growth of what was lent')).map((x) => x.verdict)).toEqual(['consistent']);
    expect(checkText(text('14.1%'), { documentDate: '2025-10-20' }).status).toBe('inconsistent');
  });
});

describe('levels: a non-performing ratio is a share, a gap between levels (Network.level, levelGap)', () => {
  it('keys a non-performing ratio as the share of the non-performing part in its loans, scope kept, and any other ratio as a level', async () => {
    const { Network } = await import('../src/check/index.js');
    const n = new Network();
    expect(n.level('ratio', 'green-loans/不良', 'text', '2024-12-31')).toBe('share|green-loans/不良|green-loans|text|2024-12-31');
    expect(n.level('ratio', 'total-loans/普惠不良@本外币', 'text', '2024-12-31')).toBe('share|total-loans/普惠不良@本外币|total-loans/普惠@本外币|text|2024-12-31');
    expect(n.level('ratio', 'loan-to-deposit-ratio', 'text', '2024-12-31')).toBe('level|ratio|loan-to-deposit-ratio|text|2024-12-31');
    // (an interest rate of a non-performing part is no share)
    expect(n.level('interest-rate', 'green-loans/不良', 'text', '2024-12-31')).toBe('level|interest-rate|green-loans/不良|text|2024-12-31');
  });
  it('ties a gap between levels to both, of one kind, at one date', async () => {
    const { Network } = await import('../src/check/index.js');
    const n = new Network();
    const key = n.levelGap('ratio', 'green-loans/不良', 'total-loans/不良', 'text', '2024-12-31');
    expect(key).toBe('level-gap|ratio|green-loans/不良|total-loans/不良|text|2024-12-31');
    expect(n.relations.map((r) => r.vars)).toContainEqual([key, 'share|green-loans/不良|green-loans|text|2024-12-31', 'share|total-loans/不良|total-loans|text|2024-12-31']);
    expect(n.levelGap('interest-rate', 'small-micro-loans', 'total-loans', 'text', '2025-09-30', 'region:370000')).toBe('level-gap|interest-rate|small-micro-loans|total-loans@@region:370000|text|2025-09-30');
    expect(n.variables.has('level|interest-rate|total-loans|region:370000|2025-09-30')).toBe(true);
  });
  // worked by hand: 1.28 / 312.75 = 0.4093% (0.41 printed); 0.41 − 1.24 = −0.83.
  it('checks a non-performing ratio against its balances and its gap to the whole bank\'s ratio', () => {
    const text = (ratio: string) => `2024年末，本行绿色贷款余额312.75亿元，绿色贷款不良余额1.28亿元，不良率${ratio}%，较全行各项贷款不良率（1.24%）低0.83个百分点。`;
    const r = checkText(text('0.41'));
    expect(r.status).toBe('consistent');
    expect(r.relations.filter((x) => x.kind === 'share' || x.kind === 'gap').map((x) => `${x.kind} ${x.verdict}`)).toEqual(['share consistent', 'share consistent', 'gap consistent']);
    expect(checkText(text('0.51')).status).toBe('inconsistent');
  });
});

describe('the growth of a flow on the same flow a year before (Network.flowGrowth)', () => {
  // worked by hand: 34.7 more than a year before on 438.5 now: 34.7 / (438.5 − 34.7) = 8.593% (printed 8.6%).
  it('ties a flow\'s growth to the flow and its difference from a year before', () => {
    const text = (g: string) => `前三季度，全省普惠小微贷款新增438.5亿元，比上年同期增长${g}，同比多增34.7亿元。`;
    const r = checkText(text('8.6%'), { documentDate: '2025-10-20' });
    expect(r.relations.filter((x) => x.description.startsWith('growth of the ytd increment')).map((x) => x.verdict)).toEqual(['consistent']);
    expect(r.status).toBe('consistent');
    expect(checkText(text('9.6%'), { documentDate: '2025-10-20' }).status).toBe('inconsistent');
  });
  it('is a variable of its own kind, keyed by the span of the flow', async () => {
    const { Network } = await import('../src/check/index.js');
    const n = new Network();
    expect(n.flowGrowth('green-loans', 'text', '2025-09-30', 'ytd')).toBe('flow-growth|green-loans|text|2025-09-30|ytd');
    expect(n.variables.get('flow-growth|green-loans|text|2025-09-30|ytd')?.kind).toBe('flow-growth');
    expect(n.relations.map((r) => r.vars)).toContainEqual(['flow-growth|green-loans|text|2025-09-30|ytd', 'increment|green-loans|text|2025-09-30|ytd', 'increment|green-loans|text|2024-09-30|ytd']);
  });
});
