// Double rounding (issue 11, item 6): a difference printed from its inputs rounded first to its
// own decimals agrees; a changed digit does not. Expected values are the arithmetic of the
// printed digits, worked by hand in each row.
import { describe, expect, it } from 'vitest';
import { checkText } from '../src/extract/index.js';
import { roundedFirst, roundedFirstOfStated, roundedInputsOf } from '../src/check/roundedFirst.js';
import { Decimal } from '../src/decimal/decimal.js';
import { parseFigure } from '../src/index.js';
import type { Relation } from '../src/check/network.js';

const GAP_TEXT = (gap: string): string =>
  `截至2025年6月末，全国科技贷款余额30万亿元，同比增长13.36%，各项贷款同比增长6.84%，科技贷款增速比各项贷款高${gap}个百分点。`;
const CHANGE_TEXT = (change: string): string =>
  `2025年末，浙江省普惠小微贷款余额1.2万亿元 ，同比增长14.37%，比上年末高${change}个百分点。2024年末，全省普惠小微贷款同比增长12.94%。`;

describe('checkText: a difference from inputs rounded first', () => {
  // 13.36 − 6.84 = 6.52 as printed (strictly [6.51, 6.53]); round(13.36, 1) − round(6.84, 1) = 13.4 − 6.8 = 6.6.
  // 14.37 − 12.94 = 1.43 (strictly [1.42, 1.44]); 14.4 − 12.9 = 1.5.
  const rows: readonly { name: string; text: string; ok: boolean; rounded: readonly string[] | null }[] = [
    { name: 'gap 6.6 = 13.4 − 6.8', text: GAP_TEXT('6.6'), ok: true, rounded: ['13.4', '6.8'] },
    { name: 'gap 6.5 rounds the printed 6.52', text: GAP_TEXT('6.5'), ok: true, rounded: null },
    { name: 'gap 6.7: neither way', text: GAP_TEXT('6.7'), ok: false, rounded: null },
    { name: 'gap 6.60 at the inputs’ own decimals: no rounding first to blame', text: GAP_TEXT('6.60'), ok: false, rounded: null },
    { name: 'rate change 1.5 = 14.4 − 12.9', text: CHANGE_TEXT('1.5'), ok: true, rounded: ['14.4', '12.9'] },
    { name: 'rate change 1.6: neither way', text: CHANGE_TEXT('1.6'), ok: false, rounded: null },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const report = checkText(row.text, { documentDate: '2026-01-20' });
      expect(report.ok).toBe(row.ok);
      const notice = report.notices.find((n) => n.kind === 'rounded-first');
      if (row.rounded) {
        expect(notice?.message).toContain(`${row.rounded[0]} − ${row.rounded[1]}`);
        expect(report.conflicts).toEqual([]);
        expect(report.relations.filter((r) => r.kind === 'gap' || r.kind === 'rate-change').map((r) => r.verdict)).toEqual(['consistent-within-rounding']);
      } else {
        expect(notice).toBeUndefined();
      }
      if (!row.ok) expect(report.conflicts.length).toBeGreaterThan(0);
    });
  }

  it('says it in Chinese too', () => {
    const report = checkText(GAP_TEXT('6.6'), { documentDate: '2026-01-20', lang: 'zh' });
    expect(report.notices.find((n) => n.kind === 'rounded-first')?.message).toContain('6.6个百分点等于13.4−6.8');
  });
});

describe('roundedFirst', () => {
  const gap: Relation = { id: 'gap:g', kind: 'gap', vars: ['g', 'a', 'b'], project: () => [], description: 'gap' };
  const stated = (key: string, text: string) => ({ key, figure: parseFigure(text) });
  const rows: readonly [string, readonly [string, string, string], Relation, readonly string[] | null][] = [
    ['one decimal from two', ['6.6个百分点', '13.36%', '6.84%'], gap, ['13.4', '6.8']],
    // Half up: 13.35 → 13.4, 6.85 → 6.9; 13.4 − 6.9 = 6.5.
    ['ties round half up', ['6.5个百分点', '13.35%', '6.85%'], gap, ['13.4', '6.9']],
    ['one input finer is enough', ['6.6个百分点', '13.36%', '6.8%'], gap, ['13.4', '6.8']],
    ['a whole-point gap: 13 − 7', ['6个百分点', '13.46%', '6.84%'], gap, ['13', '7']],
    ['not equal after rounding', ['6.7个百分点', '13.36%', '6.84%'], gap, null],
    ['inputs no finer than the gap', ['6.6个百分点', '13.4%', '6.8%'], gap, null],
    ['a qualified gap (超) is not a computed one', ['超6.6个百分点', '13.36%', '6.84%'], gap, null],
    ['not a difference relation', ['6.6个百分点', '13.36%', '6.84%'], { ...gap, kind: 'growth' }, null],
  ];
  for (const [name, [g, a, b], relation, expected] of rows) {
    it(name, () => {
      const found = roundedFirst([stated('g', g), stated('a', a), stated('b', b)], [relation]);
      expect(found ? found.rounded.map((x) => x.toFixed()) : null).toEqual(expected);
      if (found) expect(found.result.key).toBe('g');
    });
  }

  it('needs each of the three figures stated once', () => {
    expect(roundedFirst([stated('g', '6.6个百分点'), stated('a', '13.36%'), stated('a', '13.36%')], [gap])).toBeNull();
    expect(roundedFirst([stated('g', '6.6个百分点'), stated('a', '13.36%')], [gap])).toBeNull();
  });
});

// Hunt 69: the rates the balances and increments pin exactly (252.16 / 2513.18 = 10.0335%, 515.57 / 12198.30 = 4.2266%)
// give a gap of 5.807, outside the printed 5.80's [5.795, 5.805]; the writer took 10.03 − 4.23 = 5.80 from the printed rates.
const PINNED_GAP = (gap: string): string =>
  `6月末，各项贷款余额12713.87亿元，较年初增加515.57亿元，增长4.23%；绿色贷款余额2765.34亿元，较年初增加252.16亿元，增长10.03%，高于各项贷款增速${gap}个百分点。`;

describe('checkText: a difference of printed rates that the balances pin more finely', () => {
  it('takes 5.80 = 10.03 − 4.23 as the writer\'s difference of the printed rates', () => {
    const report = checkText(PINNED_GAP('5.80'), { documentDate: '2025-08-15' });
    expect(report.conflicts).toEqual([]);
    expect(report.notices.find((n) => n.kind === 'rounded-first')?.message).toContain('10.03 − 4.23');
  });
  it.each([['5.90'], ['5.70']])('still flags a gap of %s, which no printed rates give', (gap) => {
    const report = checkText(PINNED_GAP(gap), { documentDate: '2025-08-15' });
    expect(report.status).toBe('inconsistent');
    expect(report.conflicts.flatMap((c) => c.suspects.map((x) => x.text))).toContain(`${gap}个百分点`);
  });
});

describe('roundedFirstOfStated', () => {
  const gap: Relation = { id: 'gap:g', kind: 'gap', vars: ['g', 'a', 'b'], project: () => [], description: 'gap' };
  const stated = (key: string, text: string) => ({ key, figure: parseFigure(text) });
  const rows: readonly [string, string, readonly [string, string], readonly string[] | null][] = [
    ['inputs at the gap\'s own decimals', '5.80个百分点', ['10.03%', '4.23%'], ['10.03', '4.23']],
    ['inputs finer than the gap (10.0 − 4.2 = 5.8)', '5.8个百分点', ['10.03%', '4.23%'], ['10', '4.2']],
    ['inputs coarser than the gap', '5.80个百分点', ['10.0%', '4.2%'], null],
    ['a difference no printed rates give', '5.90个百分点', ['10.03%', '4.23%'], null],
  ];
  for (const [name, g, [a, b], expected] of rows) {
    it(name, () => {
      const result = stated('g', g);
      const found = roundedFirstOfStated([result], [gap], [result, stated('a', a), stated('b', b)]);
      expect(found ? found.rounded.map((x) => x.toFixed()) : null).toEqual(expected);
    });
  }
  it('needs the inputs each stated once, and the difference in the conflict', () => {
    const result = stated('g', '5.80个百分点');
    expect(roundedFirstOfStated([result], [gap], [result, stated('a', '10.03%'), stated('a', '10.03%'), stated('b', '4.23%')])).toBeNull();
    expect(roundedFirstOfStated([], [gap], [result, stated('a', '10.03%'), stated('b', '4.23%')])).toBeNull();
  });
});

// Hunt 69: a gap whose benchmark rate the text never prints, but its balance and increment pin (515.57 / 12198.30 =
// 4.2266%); the writer rounded it to 4.23 and took 10.03 − 4.23 = 5.80, though unrounded the gap is 5.807.
const UNPRINTED = (gap: string): string =>
  `截至6月末，全省科技型企业贷款余额2765.34亿元，较年初增加252.16亿元，增长10.03%，高于各项贷款增速${gap}个百分点。全省各项贷款余额12713.87亿元，较年初增加515.57亿元。`;

describe('checkText: a difference of rates the other figures pin, rounded first', () => {
  it('takes 5.80 as 10.03 − 4.23, the pinned rates rounded to its decimals', () => {
    const report = checkText(UNPRINTED('5.80'), { documentDate: '2025-08-15', region: '370000' });
    expect(report.conflicts).toEqual([]);
    expect(report.notices.find((n) => n.kind === 'rounded-first')?.message).toContain('10.03 − 4.23');
  });
  // (5.81 is the unrounded 5.807 rounded: right as it stands.)
  it.each([['5.82'], ['5.79'], ['5.90']])('still flags %s, which no rounding of the pinned rates gives', (gap) => {
    const report = checkText(UNPRINTED(gap), { documentDate: '2025-08-15', region: '370000' });
    expect(report.status).toBe('inconsistent');
  });
});

describe('roundedInputsOf', () => {
  const between = (lo: string, hi: string) => ({ lo: new Decimal(lo), hi: new Decimal(hi), loOpen: false, hiOpen: false });
  const rows: readonly [string, string, readonly [string, string], readonly [string, string], readonly string[] | null][] = [
    ['both pinned: 10.0335 → 10.03, 4.2266 → 4.23', '5.80个百分点', ['10.0334', '10.0336'], ['4.2265', '4.2267'], ['10.03', '4.23']],
    ['a digit changed', '5.81个百分点', ['10.0334', '10.0336'], ['4.2265', '4.2267'], null],
    ['an input across a rounding edge: 10.035 may round to 10.04', '5.81个百分点', ['10.0345', '10.0355'], ['4.2265', '4.2267'], ['10.04', '4.23']],
    ['unbounded inputs give nothing', '5.80个百分点', ['-Infinity', 'Infinity'], ['4.2265', '4.2267'], null],
    ['a qualified difference is no computed one', '超5.80个百分点', ['10.0334', '10.0336'], ['4.2265', '4.2267'], null],
  ];
  for (const [name, g, [a, b], [c, d], expected] of rows) {
    it(name, () => {
      const found = roundedInputsOf(parseFigure(g), between(a, b), between(c, d));
      expect(found ? found.map((x) => x.toFixed()) : null).toEqual(expected);
    });
  }
});
