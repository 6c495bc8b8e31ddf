import { describe, expect, it } from 'vitest';
import { inWorkedExample, workedExamples } from '../../src/extract/frame/examples.js';

describe('workedExamples', () => {
  it.each([
    // [text, spans]: from the opening words to the end of their paragraph
    ['奖励按0.5%计算。以某银行为例：增量12亿元，可获奖励600万元。\n下一段', [[10, 34]]],
    ['假设某企业贷款100万元。', [[0, 13]]],
    ['以甲银行为例，该行余额50亿元。\n以一家企业为例：贷款30万元。', [[0, 16], [17, 32]]],
    ['For example, a bank lent 5 billion yuan.', [[0, 40]]],
    // a real place or a named bank is a real example, read as its own
    ['以潍坊市为例，绿色贷款余额1200亿元。', []],
    ['以工商银行为例，绿色贷款余额1200亿元。', []],
  ])('%s', (text, spans) => {
    expect(workedExamples(text)).toEqual(spans);
  });
  it('stays linear on 100,000 openings in one paragraph (one span)', () => {
    const text = '假设'.repeat(100_000);
    expect(workedExamples(text)).toEqual([[0, 200_000]]);
  });
});

describe('inWorkedExample', () => {
  const spans = [[10, 34], [50, 60]] as const;
  it.each([
    [9, false],
    [10, true],
    [33, true],
    [34, false],
    [55, true],
    [60, false],
  ])('position %i: %s', (pos, inside) => {
    expect(inWorkedExample(spans, pos)).toBe(inside);
  });
});
