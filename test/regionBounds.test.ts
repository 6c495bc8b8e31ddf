import { describe, expect, it } from 'vitest';
import { checkText, extractClaims } from '../src/extract/index.js';
import { checkClaims } from '../src/check/index.js';
import { parseFigure } from '../src/figure/index.js';
import type { Claim } from '../src/check/index.js';

// A region's balance within its province's and the nation's, where the text dates both (regionBounds).
const at = { documentDate: '2025-08-01' };

describe('regionBounds: a region within the regions above it, both dated in the text', () => {
  it.each([
    // the nation, then a province after 其中 in the same sentence (186.5 ≤ 1,350)
    ['人民银行数据显示，截至2025年6月末，全国养老产业贷款余额1,350亿元，同比增长43.2%；其中，浙江省养老产业贷款余额186.5亿元，同比增长52.1%。', {}, [['186.5亿元', '1,350亿元']]],
    // three cities of a list, then their province in the next sentence of the paragraph (1.05 + 0.986 + 0.312 ≤ 3.12 each)
    ['截至6月末，广州、深圳、佛山三市绿色贷款余额分别为1.05万亿元、9,860亿元和3,120亿元。全省绿色贷款余额3.12万亿元，较年初增长11.8%。', { region: '440000' }, [['1.05万亿元', '3.12万亿元'], ['9,860亿元', '3.12万亿元'], ['3,120亿元', '3.12万亿元']]],
    // a county-level city within its prefecture (1250.3 ≤ 10500)
    ['截至6月末，全市绿色贷款余额1250.3亿元，同比增长18.2%。苏州市绿色贷款余额1.05万亿元，同比增长15.6%。', { region: '320583' }, [['1250.3亿元', '1.05万亿元']]],
  ] as const)('bounds %s', (text, extra, pairs) => {
    const extraction = extractClaims(text, { ...at, ...extra });
    const figureOf = (id: string): string | undefined => extraction.claims.find((c) => c.id === id)?.figure.text;
    expect(extraction.bounds.map((b) => [figureOf(b.part), figureOf(b.whole)])).toEqual(pairs);
    expect(checkText(text, { ...at, ...extra }).status).not.toBe('inconsistent');
  });

  it('flags a province above the nation, the changed figure among the suspects (1865 > 1350)', () => {
    const r = checkText('截至2025年6月末，全国养老产业贷款余额1,350亿元；其中，浙江省养老产业贷款余额1865亿元。', at);
    expect(r.status).toBe('inconsistent');
    expect(r.conflicts.flatMap((c) => c.suspects.map((s) => s.text))).toContain('1865亿元');
  });

  it.each([
    // a city's figure of now after the province's of years back: no bound (hunt 68)
    ['2020年末，全省绿色贷款余额3012.5亿元。如今，青岛市绿色贷款余额3520.6亿元。'],
    ['2020年末，全省绿色贷款余额3012.5亿元。目前，青岛市绿色贷款余额3520.6亿元。'],
    ['十年前，全省科技贷款余额不足2000亿元；截至6月末，济南市科技贷款余额达2150.3亿元。'],
    ['2020年末，全省绿色贷款余额3012.5亿元。五年来，青岛市绿色贷款余额增长至3520.6亿元。'],
  ])('sets no bound where the time moves on between the date and the figure: %s', (text) => {
    expect(extractClaims(text, { documentDate: '2025-08-15', region: '370000' }).bounds).toEqual([]);
    expect(checkText(text, { documentDate: '2025-08-15', region: '370000' }).status).not.toBe('inconsistent');
  });

  it('holds Hong Kong within no one', () => {
    const text = '截至6月末，全国绿色贷款余额42.39万亿元；香港特别行政区绿色贷款余额50万亿元。';
    expect(extractClaims(text, at).bounds).toEqual([]);
  });
});

describe('checkClaims: bounds given by claim id', () => {
  const claim = (id: string, holder: string, value: string): Claim => ({ id, indicator: 'green-loans', holder, date: '2025-06-30', measure: 'balance', figure: parseFigure(value) });
  it('verifies a part within a whole (a bound of the caller\'s own)', () => {
    const claims = [claim('a', 'region:370200', '3520.6亿元'), claim('b', 'region:370000', '3012.5亿元')];
    expect(checkClaims(claims, {}).status).not.toBe('inconsistent');
    expect(checkClaims(claims, { bounds: [{ part: 'a', whole: 'b', description: '青岛 within 山东' }] }).status).toBe('inconsistent');
    expect(checkClaims(claims, { bounds: [{ part: 'b', whole: 'a' }] }).status).not.toBe('inconsistent');
  });
  it('applies no bound across dates or kinds of loans: only between holders', () => {
    const later = { ...claim('b', 'region:370000', '3012.5亿元'), date: '2024-12-31' };
    expect(checkClaims([claim('a', 'region:370200', '3520.6亿元'), later], { bounds: [{ part: 'a', whole: 'b' }] }).status).not.toBe('inconsistent');
    const other = { ...claim('b', 'region:370000', '3012.5亿元'), indicator: 'tech-loans' };
    expect(checkClaims([claim('a', 'region:370200', '3520.6亿元'), other], { bounds: [{ part: 'a', whole: 'b' }] }).status).not.toBe('inconsistent');
  });
  it('refuses a bound with a key it does not know, naming it', () => {
    expect(() => checkClaims([], { bounds: [{ part: 'a', whole: 'b', extra: 1 } as never] })).toThrow(/extra|bounds/);
  });
});
