// Goals against outcomes: checkTargets and goalInterval.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Claim, type TargetClaim, checkClaims, checkDocument, checkTargets, goalInterval } from '../src/check/index.js';
import { goalOfProgress } from '../src/check/progress.js';
import { goalAsClaim } from '../src/check/plan.js';
import { documents } from '../src/data/index.js';
import { extractClaims } from '../src/extract/extractClaims.js';
import { WupianError, formatInterval, parseFigure } from '../src/index.js';

const goal = (figure: string, extra: Partial<TargetClaim> = {}): TargetClaim => ({
  id: 'g',
  holder: 'region:370700',
  indicator: 'green-loans',
  measure: 'balance',
  about: '绿色贷款余额',
  figure: parseFigure(figure),
  deadline: '2025-12-31',
  ...extra,
});
const claim = (id: string, figure: string, date: string, extra: Partial<Claim> = {}): Claim => ({
  id,
  indicator: 'green-loans',
  holder: 'region:370700',
  date,
  measure: 'balance',
  figure: parseFigure(figure),
  ...extra,
});

describe('goalInterval: a goal is a floor unless it says otherwise, taken exactly', () => {
  it.each([
    ['109亿元以上', '[10900000000, +∞)'],
    ['53亿元', '[5300000000, +∞)'],
    ['超过100亿元', '(10000000000, +∞)'],
    ['1%以下', '(−∞, 1]'],
    ['83%以上', '[83, +∞)'],
  ])('%s → %s', (figure, expected) => {
    expect(formatInterval(goalInterval({ figure: parseFigure(figure) }))).toBe(expected);
  });
});

describe('checkTargets', () => {
  it.each([
    ['met: every value the outcome can have reaches it', '2400亿元以上', '2450亿元', 'met'],
    ['missed: none does', '2400亿元以上', '2350亿元', 'missed'],
    ['undecided: a printed 2400.0 may be 2399.96', '2400.0亿元以上', '2400.0亿元', 'undecided'],
    ['undecided when rounding decides', '2400.02亿元以上', '2400.0亿元', 'undecided'],
    ['a ceiling is met from below', '1%以下', '0.8%', 'met'],
  ])('%s', (_name, goalText, outcome, status) => {
    const target = goal(goalText, goalText.includes('%') ? { indicator: 'rate', measure: 'interest-rate' } : {});
    const stated = claim('c1', outcome, '2025-12-31', goalText.includes('%') ? { indicator: 'rate', measure: 'interest-rate' } : {});
    expect(checkTargets([target], [stated])[0]?.status).toBe(status);
  });

  it('pending: only an earlier figure, the latest of them', () => {
    const [check] = checkTargets([goal('2400亿元以上')], [claim('c1', '2000亿元', '2025-03-31'), claim('c2', '2150亿元', '2025-06-30')]);
    expect(check?.status).toBe('pending');
    expect(check?.outcome?.claims).toEqual(['c2']);
    expect(check?.message).toBe('The goal 绿色贷款余额 2400亿元以上 is due 2025-12-31; the latest figure before then is 2150亿元 at 2025-06-30.');
  });

  it('unverifiable: another holder, indicator or measure is not an outcome', () => {
    const others = [
      claim('c1', '2500亿元', '2025-12-31', { holder: 'region:370200' }),
      claim('c2', '2500亿元', '2025-12-31', { indicator: 'total-loans' }),
      claim('c3', '2500亿元', '2025-12-31', { measure: 'cumulative' }),
    ];
    expect(checkTargets([goal('2400亿元以上')], others)[0]?.status).toBe('unverifiable');
  });

  it('a flow over a plan: the change of the balance between the ends of the period', () => {
    const added = goal('53亿元', { indicator: 'industrial-loans', measure: 'increment', basis: 'period', period: { from: '2021-01-01', to: '2023-12-31' }, deadline: '2023-12-31' });
    const balances = (start: string, end: string): Claim[] => [
      claim('start', start, '2020-12-31', { indicator: 'industrial-loans' }),
      claim('end', end, '2023-12-31', { indicator: 'industrial-loans' }),
    ];
    expect(checkTargets([added], balances('56亿元', '111.43亿元'))[0]?.status).toBe('met');
    expect(checkTargets([added], balances('60亿元', '111.43亿元'))[0]?.status).toBe('missed');
    expect(checkTargets([added], balances('58.4亿元', '111.43亿元'))[0]?.status).toBe('undecided');
  });

  it('in Chinese', () => {
    const [check] = checkTargets([goal('2400亿元以上')], [claim('c1', '2350亿元', '2025-12-31')], { lang: 'zh' });
    expect(check?.message).toBe('目标绿色贷款余额 2400亿元以上未实现：文中2025-12-31的数据为2350亿元。');
  });

  it('bad facts given to checkClaims are a typed error naming the fact, not a TypeError', () => {
    const fact = { id: 'f1', context: 'policy', about: '贴息', holder: 'region:370200', figure: parseFigure('2%') } as const;
    expect(checkClaims([], { facts: [fact] }).facts.map((f) => f.figure.value)).toEqual(['2']);
    expect(() => checkClaims([], { facts: [{ ...fact, figure: '2%' as never }] })).toThrow(/Fact 0 needs a figure \(from parseFigure\)/);
    expect(() => checkClaims([], { facts: [{ ...fact, about: undefined as never }] })).toThrow(/Fact 0 needs what it is about/);
    expect(() => checkClaims([], { facts: 'x' as never })).toThrow(WupianError);
  });

  it('bad input is a typed error that names the target', () => {
    expect(() => checkTargets({} as never, [])).toThrow(WupianError);
    expect(() => checkTargets([{ ...goal('1亿元'), deadline: '2025' }], [])).toThrow(/Target 0 needs a deadline/);
    expect(() => checkTargets([{ ...goal('1亿元'), figure: '1亿元' as never }], [])).toThrow(/Target 0 needs a figure/);
  });

  it('rounding-aware: met exactly when the whole outcome interval reaches the floor, missed when none of it does', () => {
    // Goal g (whole 亿元, 以上) against an outcome printed with one decimal: [o − 0.05, o + 0.05].
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 50000 }), (g, tenths) => {
        const outcome = `${(BigInt(tenths) / 10n).toString()}.${(BigInt(tenths) % 10n).toString()}亿元`;
        const status = checkTargets([goal(`${g}亿元以上`)], [claim('c', outcome, '2025-12-31')])[0]?.status;
        // In tenths of 亿: the outcome lies in [10·o − 0.5, 10·o + 0.5]; the goal is 10·g.
        const lo2 = 2 * tenths - 1;
        const hi2 = 2 * tenths + 1;
        const g2 = 20 * g;
        const expected = lo2 >= g2 ? 'met' : hi2 < g2 ? 'missed' : 'undecided';
        expect(status).toBe(expected);
      }),
    );
  });
});

describe('goals of the source documents', () => {
  it('003: the plan table meets the balance goal; the other goals have no outcome in the text', () => {
    const r = checkDocument(documents['003']);
    expect(r.targets.map((t) => `${t.target} ${t.status}`)).toEqual([
      '003-new-joint-stock-companies unverifiable',
      '003-listed-companies unverifiable',
      '003-new-industrial-loans unverifiable',
      '003-industrial-loans-balance met',
      '003-loan-to-deposit-ratio unverifiable',
      '003-caihui-industry-fund unverifiable',
      '003-medical-device-fund unverifiable',
      '003-government-guarantee-company unverifiable',
      '003-district-bridge-loan-platform unverifiable',
      '003-private-bridge-loan-company unverifiable',
    ]);
    expect(r.counts.targetsMet).toBe(1);
    expect(r.counts.facts).toBe(3);
  });

  it('003 read from its text: the same goals, and the same verdict on the balance goal', () => {
    const { claims, targets } = extractClaims(documentText003(), { region: '370402' });
    const checks = checkTargets(targets, claims);
    expect(checks.filter((c) => c.status === 'met').map((c) => c.text)).toEqual(['达109亿元以上']);
    expect(checks.find((c) => c.status === 'met')?.outcome?.interval).toEqual({ lo: '11139500000', hi: '11140500000', loOpen: false, hiOpen: false });
  });
});

function documentText003(): string {
  // The goal paragraph and the plan table's total row, as the seed prints them.
  return [
    '市中金稳办字〔2021〕1号',
    '市中区金融支持“工业强区、产业兴区” 三年倍增行动实施意见',
    '2.工业贷款加速增长。通过三年倍增行动，新增工业贷款53亿元，工业贷款余额达109亿元以上，确保工业贷款增速高于贷款平均增速。',
    '单位：%，亿元',
    '序号\t银行\t2021年\t\t2022年\t\t2023年\t',
    '\t\t存贷比\t工业贷款余额\t存贷比\t工业贷款余额\t存贷比\t工业贷款余额',
    '1\t农发行枣庄分行业务平台\t498.00%\t0.05\t548.94%\t0.06\t599.89%\t0.08',
    '合计\t\t\t72.41\t\t92.83\t\t111.40',
  ].join('\n');
}

describe('goalOfProgress and checkClaims: a progress figure (达成率) against its goal', () => {
  const yearGoal = (id: string, figure: string, extra: Partial<TargetClaim> = {}): TargetClaim =>
    goal(figure, { id, measure: 'increment', basis: 'period', period: { from: '2025-01-01', to: '2025-12-31' }, ...extra });
  const flow = claim('f', '3697.4亿元', '2025-08-31', { measure: 'increment', basis: 'ytd' });
  const progress = (figure: string, date = '2025-08-31'): Claim => claim('p', figure, date, { measure: 'progress' });
  it.each([
    // [goals, progress date, linked goal]
    [[yearGoal('g1', '4600亿元')], '2025-08-31', 'g1'],
    // the same goal stated twice
    [[yearGoal('g1', '4600亿元'), yearGoal('g2', '4600亿元')], '2025-08-31', 'g1'],
    // two goals of different figures: which one is not said
    [[yearGoal('g1', '4600亿元'), yearGoal('g2', '5000亿元')], '2025-08-31', null],
    // a goal of another year, of a balance, of another holder
    [[yearGoal('g1', '4600亿元', { deadline: '2026-12-31', period: { from: '2026-01-01', to: '2026-12-31' } })], '2025-08-31', null],
    [[goal('4600亿元', { id: 'g1' })], '2025-08-31', null],
    [[yearGoal('g1', '4600亿元', { holder: 'region:370000' })], '2025-08-31', null],
    // relative dates of a text without a year
    [[yearGoal('g1', '4600亿元', { deadline: 'Y-12-31', period: { from: 'Y-01-01', to: 'Y-12-31' } })], 'Y-08-31', 'g1'],
  ] as const)('%j at %s → %s', (targets, date, expected) => {
    expect(goalOfProgress(progress('80.38%', date), targets)?.id ?? null).toBe(expected);
  });
  it('takes the goal exactly, whatever its qualifier: 3,697.4 / 4,600 = 80.378…%', () => {
    const targets = [yearGoal('g1', '4600亿元以上')];
    const ok = checkClaims([flow, progress('80.38%')], { targets });
    expect(ok.relations.filter((r) => r.kind === 'progress').map((r) => [r.verdict, r.targets])).toEqual([['consistent-within-rounding', ['g1']]]);
    const bad = checkClaims([flow, progress('83.08%')], { targets });
    expect(bad.status).toBe('inconsistent');
    expect(bad.conflicts[0]?.suspects.map((s) => s.nearest)).toEqual(['3821.4亿元', '80.38%']);
  });
  // A progress whose words name another goal's deadline (完成2027年目标的, 完成三年目标的).
  const toward = (figure: string, extra: Partial<Claim> = {}): Claim => claim('p', figure, '2025-09-30', { measure: 'progress', goalDeadline: '2027-12-31', ...extra });
  const plan = (id: string, figure: string, extra: Partial<TargetClaim> = {}): TargetClaim => goal(figure, { id, deadline: '2027-12-31', ...extra });
  it.each([
    // [goals, progress extra, linked goal, level, since]
    [[plan('g1', '600亿元')], {}, 'g1', true, undefined],
    // measured by its flow (三年新增目标): never the balance over a level
    [[plan('g1', '600亿元')], { flow: true }, null, undefined, undefined],
    // a goal whose words name a flow, though read as a balance
    [[plan('g1', '600亿元', { about: '全年新增目标' })], {}, null, undefined, undefined],
    // a flow over the plan's years: since the year-end before they began
    [[plan('g1', '900亿元', { measure: 'increment', basis: 'period', period: { from: '2025-01-01', to: '2027-12-31' } })], { flow: true }, 'g1', undefined, '2024-12-31'],
    // the year's goal is not the one its words name
    [[yearGoal('g1', '300亿元')], {}, null, undefined, undefined],
    // two goals due then, of different figures
    [[plan('g1', '600亿元'), plan('g2', '650亿元')], {}, null, undefined, undefined],
    // measured by its flow, beside a level due the same day: the flow's goal
    [[plan('g1', '1500亿元'), plan('g2', '600亿元', { measure: 'increment', basis: 'period', period: { from: '2025-01-01', to: '2027-12-31' } })], { flow: true }, 'g2', undefined, '2024-12-31'],
  ] as const)('%j, progress %j → %s', (targets, extra, id, level, since) => {
    const g = goalOfProgress(toward('68.7%', extra), targets);
    expect([g?.id ?? null, g?.level, g?.since]).toEqual([id, level, since]);
  });
  it('sets the balance over a level a plan sets for its last year: 412.38 / 600 = 68.73%', () => {
    const balance = claim('b', '412.38亿元', '2025-09-30', { measure: 'balance' });
    const targets = [plan('g1', '600亿元')];
    expect(checkClaims([balance, toward('68.7%')], { targets }).relations.find((r) => r.kind === 'progress')?.verdict).toMatch(/^consistent/);
    expect(checkClaims([balance, toward('70.7%')], { targets }).status).toBe('inconsistent');
  });
  it('leaves a progress figure unlinked without a goal', () => {
    const r = checkClaims([flow, progress('80.38%')], {});
    expect(r.relations.filter((x) => x.kind === 'progress')).toEqual([]);
    expect(r.notices.find((n) => n.kind === 'unlinked')?.claims).toContain('p');
  });
});

describe('goalAsClaim: a goal as a figure of its plan', () => {
  it.each([
    // [measure, basis, period, deadline, figure] → measure|basis|since|qualifier
    ['increment', 'period', { from: '2025-01-01', to: '2025-12-31' }, '2025-12-31', '40亿元', 'increment|ytd||exact'],
    ['increment', 'period', { from: '2025-01-01', to: '2027-12-31' }, '2027-12-31', '600亿元', 'increment||2024-12-31|exact'],
    ['increment', 'period', { from: 'Y-01-01', to: 'Y+2-12-31' }, 'Y+2-12-31', '600亿元', 'increment||Y-1-12-31|exact'],
    ['balance', undefined, undefined, '2026-12-31', '达到250亿元', 'balance|||exact'],
    ['balance', undefined, undefined, '2025-12-31', '超过900亿元', 'balance|||over'],
    ['growth', undefined, undefined, '2026-12-31', '25%', 'growth|yoy||exact'],
    ['growth', undefined, undefined, '2026-06-30', '25%', null],
    ['share', undefined, undefined, '2027-12-31', '30%', null],
  ] as const)('%s %s %j by %s: %s → %s', (measure, basis, period, deadline, figure, expected) => {
    const c = goalAsClaim(goal(figure, { measure, ...(basis ? { basis } : {}), ...(period ? { period } : {}), deadline }));
    expect(c ? [c.measure, c.basis ?? '', c.since ?? '', c.figure.qualifier].join('|') : null).toBe(expected);
  });
});
