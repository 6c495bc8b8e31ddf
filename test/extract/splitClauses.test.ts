import { describe, expect, it } from 'vitest';
import { normalizeText, splitClauses } from '../../src/extract/index.js';

// sentence.index text
const clausesOf = (text: string): string[] => splitClauses(text).map((c) => `${c.sentence}.${c.index} ${c.text}`);

describe('splitClauses', () => {
  it.each([
    [
      'the genre sentence: one subject, many measures, cut at commas',
      normalizeText('截至2025年6月末，辖区绿色信贷余额2150亿元，较年初增加253.31亿元，增速13.36%。普惠型涉农贷款余额1439.08亿元；较年初增长8.01%').text,
      ['0.0 截至2025年6月末', '0.1 辖区绿色信贷余额2150亿元', '0.2 较年初增加253.31亿元', '0.3 增速13.36%', '1.0 普惠型涉农贷款余额1439.08亿元', '1.1 较年初增长8.01%'],
    ],
    [
      'full-width marks, ! and ?, line breaks',
      '第一句，有逗号；有分号！第二句？第三句\n第四句',
      ['0.0 第一句', '0.1 有逗号', '0.2 有分号', '1.0 第二句', '2.0 第三句', '3.0 第四句'],
    ],
    [
      'commas inside numbers, quotes and parentheses do not cut',
      '余额1,085.29亿元，分别为5，100户，“科技、绿色，普惠”三类(含1,2两项，不含3)合计',
      ['0.0 余额1,085.29亿元', '0.1 分别为5，100户', '0.2 “科技、绿色，普惠”三类(含1,2两项，不含3)合计'],
    ],
    [
      'closing quotes after the sentence mark end the sentence',
      '他说：“规模突破3万亿元。”随后，余额增长。',
      ['0.0 他说：“规模突破3万亿元', '1.0 随后', '1.1 余额增长'],
    ],
    [
      'English: full stops, decimals, abbreviations and bullets',
      'Core Viewpoint - The balance of 1,085.29 billion yuan rose 3.5%, reaching No. 1 in the U.S. market [21]. Group 2: Green Finance - As of June 30, 2025, the balance was 853.98 billion yuan.',
      [
        '0.0 Core Viewpoint',
        '1.0 The balance of 1,085.29 billion yuan rose 3.5%',
        '1.1 reaching No. 1 in the U.S. market [21]',
        '2.0 Group 2: Green Finance',
        '3.0 As of June 30, 2025',
        '3.1 the balance was 853.98 billion yuan',
      ],
    ],
    [
      'a table row stays one clause',
      '序号\t银行\t2021年\n1\t农发行\t498.00%\t0.05',
      ['0.0 序号\t银行\t2021年', '1.0 1\t农发行\t498.00%\t0.05'],
    ],
    ['empty clauses are dropped', '，，。\n\n ; ', []],
  ])('%s', (_name, text, expected) => {
    expect(clausesOf(text)).toEqual(expected);
  });

  it('gives spans that index the text', () => {
    const text = '  余额2150亿元 ，较年初增加253.31亿元。';
    const clauses = splitClauses(text);
    expect(clauses.map((c) => c.span)).toEqual([
      [2, 10],
      [12, 25],
    ]);
    for (const c of clauses) expect(text.slice(c.span[0], c.span[1])).toBe(c.text);
  });

  it('refuses what is not a string with a typed error naming it', () => {
    expect(() => splitClauses(undefined as unknown as string)).toThrow(expect.objectContaining({ code: 'invalid_argument', path: ['text'] }));
  });
});
