// Double rounding (issue 11, item 6): a difference printed from its inputs rounded first to its
// own decimals agrees; a changed digit does not. Expected values are the arithmetic of the
// printed digits, worked by hand in each row.
import { describe, expect, it } from 'vitest';
import { checkText } from '../src/extract/index.js';
import { roundedFirst } from '../src/check/roundedFirst.js';
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
