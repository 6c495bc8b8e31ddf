import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WupianError } from '../../src/errors/WupianError.js';
import { normalizeText } from '../../src/extract/index.js';

describe('normalizeText: the normalized form', () => {
  it.each([
    // traditional → simplified (OpenCC t2s), full-width punctuation → ASCII
    ['綠色貸款餘額2150億元，較年初增加253.31億元', '绿色贷款余额2150亿元,较年初增加253.31亿元'],
    ['億 萬 個百分點', '亿万个百分点'],
    ['乾隆年間乾燥', '乾隆年间干燥'],
    // full-width digits and point
    ['１０２６．０９億元（含）以上；', '1026.09亿元(含)以上;'],
    // 。、“”〔〕 are not touched by NFKC
    ['市中金稳办字〔2021〕1号。“十四五”、', '市中金稳办字〔2021〕1号。“十四五”、'],
    // a word cut by a line break inside a paragraph (seed 002)
    [
      '用足用好“碳减排政策工具”，引导地方法人银行发放绿色贷\n\n款；鼓励政府性融资担保机构',
      '用足用好“碳减排政策工具”,引导地方法人银行发放绿色贷款;鼓励政府性融资担保机构',
    ],
    ['截至2025年6月末，辖区绿色贷\n\n款余额', '截至2025年6月末,辖区绿色贷款余额'],
    // a space inside a word on one line
    ['绿色贷 款余额', '绿色贷款余额'],
    // a heading keeps its line break (short, no punctuation), a markdown heading too
    ['推动科技金融提质增效\n潍坊银行业持续推动', '推动科技金融提质增效\n潍坊银行业持续推动'],
    ['## 聚力保障重大战略实施\n\n聚焦创新驱动发展', '## 聚力保障重大战略实施\n聚焦创新驱动发展'],
    // a caption line (▲) keeps its break even when long
    ['▲埃锐制动系统有限公司的生产车间里，工人正紧张有序地忙碌着\n产业大脑强协同。', '▲埃锐制动系统有限公司的生产车间里,工人正紧张有序地忙碌着\n产业大脑强协同。'],
    // a paragraph cut after a comma
    ['做大贷款规模，\n\n进一步推动市中区经济社会发展', '做大贷款规模,进一步推动市中区经济社会发展'],
    // numbers cut by a line break or a space
    ['余额1026.\n09亿元', '余额1026.09亿元'],
    ['余额1026\n.09亿元', '余额1026.09亿元'],
    ['余额1 026.09亿元', '余额1026.09亿元'],
    ['12 345 678 yuan', '12345678 yuan'],
    ['in 2023 100 banks', 'in 2023 100 banks'],
    // a web copy's single spaces around numbers and commas in Chinese; English and columns keep theirs
    ['截至 2025 年 6 月末 ， 全市余额 3856.7 亿元 ，同比增长 15.3% ，增速', '截至2025年6月末,全市余额3856.7亿元,同比增长15.3%,增速'],
    ['loans grew 5 %, a, b', 'loans grew 5 %, a, b'],
    ['科技贷款  2150  1896', '科技贷款 2150 1896'],
    // hard-wrapped English prose is one line; a new capitalised line is not
    ['the total balance of\ntechnology loans,\nreaching 8.6 billion yuan\nGroup 2', 'the total balance of technology loans, reaching 8.6 billion yuan\nGroup 2'],
    // pinyin glosses after characters
    ['贷款(dài kuǎn)余额', '贷款余额'],
    // a decimal comma of a messy copy: no thousands grouping explains it
    ['同比增长24,1%', '同比增长24.1%'],
    ['余额达3727,8亿元', '余额达3727.8亿元'],
    ['3.46 trillion yuan, 22,9 percent more', '3.46 trillion yuan, 22.9 percent more'],
    // … while groupings, lists and commas between words stay
    ['余额1,200亿元', '余额1,200亿元'],
    ['分别为1,2个', '分别为1,2个'],
    ['12,345,67亿元', '12,345,67亿元'],
    ['increased 12, 35 percent', 'increased 12, 35 percent'],
    // a PDF's wrap space inside a number of Chinese prose, before its decimals; not in a list nor in English
    ['同比增长1 2.3%,高于', '同比增长12.3%,高于'],
    ['分别为1 2个', '分别为1 2个'],
    ['rose 1 2.3 percent', 'rose 1 2.3 percent'],
    // bare syllables inside a word, between two ideographs (a content farm's gloss)
    ['贷(dai)款(kuan)余额', '贷款余额'],
    ['存(cun)(cun)款余额', '存款余额'],
    // … but not words in brackets after a word, nor syllables at a word's end
    ['贷款(GDP)余额', '贷款(GDP)余额'],
    ['科技贷款(ke)。', '科技贷款(ke)。'],
    ['银行(an bank)余额', '银行(an bank)余额'],
    ['贷款（dai4 kuan3）余额', '贷款余额'],
    ['数字工行(D-ICBC)建设', '数字工行(D-ICBC)建设'],
    // whitespace: runs collapse, tabs of a table stay, the ends go
    ['  a   b\n\n\n C  ', 'a b\nC'],
    ['序号\t银行\t2021年\t\t2022年\n\t\t存贷比', '序号\t银行\t2021年\t\t2022年\n\t\t存贷比'],
    ['A\u3000B\u00a0C', 'A B C'],
    // invisible characters go
    ['2150\u200b亿元\ufeff', '2150亿元'],
    // kept as written: NFKC would make digits or dots of them
    ['余额¹2150亿元①③ ½ …', '余额¹2150亿元①③ ½ …'],
    // a full-width comma between ASCII digits lists numbers; between full-width digits it groups them
    ['分别为5，100户', '分别为5，100户'],
    ['１，０２６户', '1,026户'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  it('rejects a non-string with a typed error', () => {
    expect(() => normalizeText(42 as unknown as string)).toThrow(WupianError);
  });
});

describe('normalizeText: the way back to the original', () => {
  it('maps each converted character to the one it came from', () => {
    const original = '綠色貸款餘額２１５０億元';
    const n = normalizeText(original);
    expect(n.text).toBe('绿色贷款余额2150亿元');
    const pairs = [...n.text].map((ch, i) => `${ch}${original[n.toOriginal(i)] ?? ''}`);
    expect(pairs).toEqual(['绿綠', '色色', '贷貸', '款款', '余餘', '额額', '2２', '1１', '5５', '0０', '亿億', '元元']);
    expect(n.toOriginal(n.text.length)).toBe(original.length);
  });

  it('maps a figure joined across a line break onto the whole original stretch', () => {
    const original = '绿色贷\n\n款余额1026.\n09亿元。';
    const n = normalizeText('截至2025年6月末，' + original);
    const at = n.text.indexOf('1026.09亿元');
    expect(at).toBeGreaterThan(0);
    const [a, b] = n.toOriginalSpan([at, at + '1026.09亿元'.length]);
    expect(n.original.slice(a, b)).toBe('1026.\n09亿元');
    const word = n.text.indexOf('绿色贷款');
    const [c, d] = n.toOriginalSpan([word, word + 4]);
    expect(n.original.slice(c, d)).toBe('绿色贷\n\n款');
  });

  it('skips a dropped pinyin gloss', () => {
    const n = normalizeText('贷款(dài kuǎn)余额2150亿元');
    expect(n.text).toBe('贷款余额2150亿元');
    const at = n.text.indexOf('余额');
    expect(n.toOriginal(at)).toBe('贷款(dài kuǎn)'.length);
    const [a, b] = n.toOriginalSpan([n.text.indexOf('2150'), n.text.length]);
    expect(n.original.slice(a, b)).toBe('2150亿元');
  });

  it('maps an empty span to a point and refuses offsets outside the text', () => {
    const n = normalizeText(' 1 ');
    expect(n.text).toBe('1');
    expect(n.toOriginalSpan([1, 1])).toEqual([3, 3]);
    expect(() => n.toOriginal(-1)).toThrow(WupianError);
    expect(() => n.toOriginal(2)).toThrow(WupianError);
    expect(() => n.toOriginal(0.5)).toThrow(WupianError);
  });

  it('keeps a monotone map inside the original for any input', () => {
    const alphabet = fc.constantFrom(...'12.,，。、 \n\t贷款綠億(dàikuǎn)¹①①…　\u200b-亿元%abc'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }).map((a) => a.join('')), (input) => {
        const n = normalizeText(input);
        let last = 0;
        for (let i = 0; i < n.text.length; i++) {
          const [a, b] = n.toOriginalSpan([i, i + 1]);
          if (a < last || b <= a || b > input.length) return false;
          last = a;
        }
        return n.toOriginal(n.text.length) === input.length;
      }),
    );
  });

  it('leaves plain ASCII words and digits as they are, but for a decimal comma before a percent sign', () => {
    // Stage 5 reads 24,1% as 24.1%: a comma after digits (not after another group) and before one or two digits and %.
    const decimalComma = (x: string): string => x.replace(/(?<![\d.,])(\d{1,6}),(\d{1,2}%)/g, '$1.$2');
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9.,%]{0,40}$/), (input) => normalizeText(input).text === decimalComma(input)),
    );
  });
});
