import { describe, expect, it } from 'vitest';
import { checkText, extractClaims } from '../../src/extract/index.js';
import { headlineEnd } from '../../src/extract/readers/headline.js';

describe('headlineEnd', () => {
  it.each([
    ['Green loans up 14.1% in H1\nAt end-June, …', 26],
    ['绿色贷款余额突破400亿元\n截至9月末，…', 13],
    // a first line that ends a sentence is the body's
    ['截至6月末，绿色贷款余额400亿元。\n其中，…', -1],
    ['At end-June, green loans rose 14.1 percent.\nThey …', -1],
    // no second line: no headline
    ['Green loans up 14.1% in H1', -1],
  ])('%s → %s', (text, end) => expect(headlineEnd(text)).toBe(end));
});

describe('a headline\'s rate without its basis takes the basis the body states', () => {
  const at = { documentDate: '2025-08-10' };
  const text = (headline: string, body = '14.1') =>
    `Jiaxing's technology loans up ${headline}% in H1\nAt end-June, technology loans in Jiaxing stood at 212.4 billion yuan, up ${body}% year on year.`;
  it('reads the headline\'s rate as the body\'s year-on-year rate, and checks the two', () => {
    expect(extractClaims(text('14.1'), at).claims.map((c) => `${c.figure.text}|${c.measure}|${c.basis ?? ''}`)).toEqual(['14.1%|growth|yoy', '212.4 billion yuan|balance|', '14.1%|growth|yoy']);
    expect(checkText(text('14.1'), at).status).toBe('consistent');
    // 15.1 against 14.1: one of them is wrong
    expect(checkText(text('15.1'), at).status).toBe('inconsistent');
  });
  it('leaves it without a basis when the body states the quantity\'s rate on two bases', () => {
    const two = `Jiaxing's technology loans up 14.1% in H1\nAt end-June, technology loans in Jiaxing stood at 212.4 billion yuan, up 14.1% year on year and 9.3% from the start of the year.`;
    expect(extractClaims(two, at).claims[0]?.basis).toBeUndefined();
  });
  it('leaves a rate of the body\'s first sentence alone (no headline)', () => {
    const body = 'At end-June, technology loans in Jiaxing rose 14.1% in H1.\nThey stood at 212.4 billion yuan, up 9.3% year on year.';
    expect(extractClaims(body, at).claims[0]?.basis).toBeUndefined();
  });
});
