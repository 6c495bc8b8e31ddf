// What the documents' figures say about each other, computed from the bundled data:
// a wrong figure in data/ or a wrong calculator fails these.
import { describe, expect, it } from 'vitest';
import { DocumentDataSchema, implications, loanPortfolio, type DocumentData, type Observation } from '../src/domain/index.js';
import { documents } from '../src/data/index.js';
import {
  Decimal,
  type Interval,
  baseFromGrowth,
  contains,
  formatInterval,
  growthRate,
  increment,
  intervalOf,
  overlaps,
  parseFigure,
  ppGap,
  sumOf,
  type Figure,
} from '../src/index.js';

const doc = (id: '000' | '001' | '002' | '003' | '004'): DocumentData => DocumentDataSchema.parse(documents[id]);
const d001 = doc('001');
const d003 = doc('003');

function obs(d: DocumentData, id: string): Observation {
  const o = d.observations.find((x) => x.id === id);
  if (!o) throw new Error(`no observation ${id}`);
  return o;
}
const fig = (d: DocumentData, id: string): Figure => parseFigure(obs(d, id).figure);
const yi = (x: Interval): string => formatInterval({ ...x, lo: x.lo.div(1e8), hi: x.hi.div(1e8) }, { significantDigits: 7 });
const show = (x: Interval, sd = 6): string => formatInterval(x, { significantDigits: sd });

describe('001 Weifang: green credit', () => {
  const weifang = implications(loanPortfolio(d001.observations, { region: '370700' }, '2025-06-30'));
  const of = (kind: string, indicator = 'green-loans'): Interval => {
    const i = weifang.find((x) => x.kind === kind && x.indicator === indicator);
    if (!i) throw new Error(`no ${kind} for ${indicator}`);
    return i.value;
  };

  it('253.31 over (2150 − 253.31) gives 13.36%: consistent', () => {
    const balance = fig(d001, '001-green-balance-2025-06');
    const added = fig(d001, '001-green-increment-ytd-2025-06');
    expect(increment(added.value, balance.value).div(1e8).toFixed()).toBe('1896.69');
    expect(growthRate(increment(added.value, balance.value), balance.value).toFixed(2)).toBe('13.36');
    expect(show(of('growth'))).toBe('[13.3515, 13.3592]');
    expect(overlaps(of('growth'), intervalOf(fig(d001, '001-green-growth-ytd-2025-06')))).toBe(true);
  });

  it('the 7.82 pp gap implies total loans grew 5.53–5.55% since the start of the year', () => {
    expect(show(of('benchmark-growth'))).toBe('[5.53, 5.55]');
  });

  it('the shares (17.18%, up 1.19 pp) imply a range for the same rate, which contains 5.53–5.55', () => {
    const fromShares = of('total-growth-from-shares');
    expect(show(fromShares)).toBe('[5.3544, 5.65304]');
    expect(contains(fromShares, of('benchmark-growth'))).toBe(true);
    expect(yi(of('total'))).toBe('[12508, 12521.11]');
    expect(show(of('share-at-start'))).toBe('[15.98, 16]');
  });
});

describe('001 Weifang: the inclusive paragraph contradicts the green one', () => {
  it('11.35% less 4.98 pp implies 6.37% for total loans, outside the green paragraph\'s 5.53–5.55%', () => {
    const inclusive = ppGap(fig(d001, '001-inclusive-small-micro-growth-ytd-2025-06'), fig(d001, '001-inclusive-small-micro-gap-total-loans-ytd-2025-06'));
    const green = ppGap(fig(d001, '001-green-growth-ytd-2025-06'), fig(d001, '001-green-gap-total-loans-ytd-2025-06'));
    expect(ppGap('11.35', '4.98').toFixed()).toBe('6.37');
    expect(show(inclusive)).toBe('[6.36, 6.38]');
    expect(overlaps(inclusive, green)).toBe(false);
  });

  it('both readings are named in the data: a misprint, or two scopes of 各项贷款', () => {
    const totalLoans = d001.document.notes?.join(' ');
    expect(totalLoans).toMatch(/5\.54%/);
    expect(totalLoans).toMatch(/6\.37%/);
    expect(totalLoans).toMatch(/人民币 or 本外币/);
  });
});

describe('001 Weifang: technology, pension and the others', () => {
  it.each([
    ['001-high-tech', '798.7'],
    ['001-tech-sme', '236.0'],
    ['001-specialized-sme', '346.5'],
    ['001-little-giant', '80.1'],
  ])('%s: balance and 较年初 rate give %s亿元 at the start of the year', (prefix, expected) => {
    const balance = obs(d001, `${prefix}-balance-2025-06`).figure.replace('亿元', '');
    const rate = obs(d001, `${prefix}-growth-ytd-2025-06`).figure.replace('%', '');
    expect(baseFromGrowth(balance, rate).toFixed(1)).toBe(expected);
  });

  it.each([
    ['001-high-tech', '3254'],
    ['001-tech-sme', '3721'],
    ['001-specialized-sme', '2526'],
    ['001-little-giant', '462'],
  ])('%s: exactly one whole number of borrowers at the start of the year fits (%s)', (prefix, expected) => {
    const base = baseFromGrowth(fig(d001, `${prefix}-borrowers-2025-06`), fig(d001, `${prefix}-borrowers-growth-ytd-2025-06`));
    const whole: string[] = [];
    for (let n = base.lo.ceil(); n.lte(base.hi); n = n.plus(1)) whole.push(n.toFixed());
    expect(whole).toEqual([expected]);
    expect(growthRate(expected, obs(d001, `${prefix}-borrowers-2025-06`).figure.replace('户', '')).toFixed(2)).toBe(
      obs(d001, `${prefix}-borrowers-growth-ytd-2025-06`).figure.replace('%', ''),
    );
  });

  it('pension loans: 6.45亿 after +159.13% implies about 2.49亿 at the start of the year', () => {
    expect(baseFromGrowth('6.45', '159.13').toFixed(2)).toBe('2.49');
    const base = baseFromGrowth(fig(d001, '001-pension-industry-balance-2025-06'), fig(d001, '001-pension-industry-growth-ytd-2025-06'));
    expect(yi(base)).toBe('[2.48712, 2.491076]');
    // The net increase (≈3.96亿) is below the gross new lending of the half-year (4.44亿): as it must be.
    const net = increment(base, fig(d001, '001-pension-industry-balance-2025-06'));
    expect(net.hi.lt(fig(d001, '001-pension-industry-new-lending-2025h1').value)).toBe(true);
  });

  it("Bank of Weifang's green loans: 11.87 over 172.51 gives 6.88%", () => {
    const g = growthRate(increment(fig(d001, '001-bank-of-weifang-green-increment-ytd-2025-07').value, fig(d001, '001-bank-of-weifang-green-balance-2025-07').value), fig(d001, '001-bank-of-weifang-green-balance-2025-07').value);
    expect(g.toFixed(2)).toBe('6.88');
  });
});

describe('003 Shizhong district: the task table', () => {
  const table = d003.planTable;
  const column = (year: string): Figure[] => (table?.rows ?? []).map((r) => parseFigure(r.cells[year]?.industrialLoans ?? ''));
  const total = (year: string): Figure => parseFigure(table?.totals[year]?.industrialLoans ?? '');

  it.each([
    ['2021', '72.41', '72.41'],
    ['2022', '92.80', '92.83'],
    ['2023', '111.43', '111.40'],
  ])('%s: the naive column sum is %s against the stated %s', (year, naive, stated) => {
    const exact = sumOf(column(year).map((f) => f.stated));
    expect(exact.toFixed(2)).toBe(naive);
    expect(total(year).stated.toFixed(2)).toBe(stated);
  });

  it.each(['2021', '2022', '2023'])('%s: consistent once each of the 22 rounded cells is an interval', (year) => {
    const interval = sumOf(column(year));
    expect(formatInterval(interval, { significantDigits: 20 }).length).toBeGreaterThan(0);
    expect(overlaps(interval, intervalOf(total(year)))).toBe(true);
    // ±0.11亿 around the naive sum, no more.
    expect(interval.hi.minus(interval.lo).div(1e8).toFixed()).toBe('0.22');
  });

  it("the plan's goals against the table: 工业贷款余额 ≥ 109亿 and +53亿 over three years", () => {
    const goal = d003.targets.find((t) => t.id === '003-industrial-loans-balance');
    expect(contains(intervalOf(parseFigure(goal?.figure ?? '')), total('2023').value)).toBe(true);
    const added = d003.targets.find((t) => t.id === '003-new-industrial-loans');
    // 109 − 53 = 56亿 at the end of 2020; the 2023 row total is 55.40亿 above it.
    const base2020 = new Decimal(109).minus(parseFigure(added?.figure ?? '').stated);
    expect(base2020.toFixed()).toBe('56');
    expect(total('2023').stated.minus(base2020).gte(53)).toBe(true);
  });

  it('存贷比 ≥ 83%: most banks are planned at 83% or above for 2023, two at 75%', () => {
    const goal = intervalOf(parseFigure(d003.targets.find((t) => t.id === '003-loan-to-deposit-ratio')?.figure ?? ''));
    const below = (table?.rows ?? []).filter((r) => !contains(goal, parseFigure(r.cells['2023']?.loanToDeposit ?? '').value)).map((r) => r.name);
    expect(below).toEqual(['枣庄银行市管辖行', '农商行市中支行']);
  });
});

describe('000 Zibo: the mistranslated unit', () => {
  const d000 = doc('000');
  it('853.98 "billion" less 133.19 "billion" is read at the true magnitude, 亿元', () => {
    const balance = parseFigure(obs(d000, '000-green-balance-2025-06').figure, { billion: 'yi' });
    const added = parseFigure(obs(d000, '000-green-increment-ytd-2025-06').figure, { billion: 'yi' });
    expect(increment(added.value, balance.value).div(1e8).toFixed()).toBe('720.79');
    expect(growthRate(increment(added.value, balance.value), balance.value).toFixed(2)).toBe('18.48');
  });
});
