import { describe, expect, it } from 'vitest';
import { WupianError, formatFigure, formatInterval, intervalOf, parseFigure, safeParseFigure } from '../src/index.js';

// text → value in base unit, unit symbol, dimension, decimals, qualifier
const TABLE: readonly (readonly [string, string, string, string, number, string])[] = [
  ['1026.09亿元', '102609000000', '亿元', 'money', 2, 'exact'],
  ['1.4万亿元', '1400000000000', '万亿元', 'money', 1, 'exact'],
  ['3000万元', '30000000', '万元', 'money', 0, 'exact'],
  ['6000余万元', '60000000', '万元', 'money', 0, 'and-more'],
  ['30多亿元', '3000000000', '亿元', 'money', 0, 'and-more'],
  ['超30亿元', '3000000000', '亿元', 'money', 0, 'over'],
  ['逾20亿', '2000000000', '亿', 'number', 0, 'over'],
  ['突破1000亿', '100000000000', '亿', 'number', 0, 'at-least'],
  ['破34兆', '34000000000000', '万亿', 'number', 0, 'at-least'],
  // a bare magnitude after a threshold word: one of it
  ['破万亿', '1000000000000', '万亿', 'number', 0, 'at-least'],
  ['超亿元', '100000000', '亿元', 'money', 0, 'over'],
  ['近4000人', '4000', '人', 'count', 0, 'under'],
  ['约3亿元', '300000000', '亿元', 'money', 0, 'about'],
  ['50万元（含）以上', '500000', '万元', 'money', 0, 'at-least'],
  ['不足1%', '1', '%', 'percent', 0, 'under'],
  ['4078户', '4078', '户', 'count', 0, 'exact'],
  ['159.13%', '159.13', '%', 'percent', 2, 'exact'],
  ['百分之三', '3', '%', 'percent', 0, 'exact'],
  ['7.82个百分点', '7.82', '个百分点', 'percentage-points', 2, 'exact'],
  ['50个基点', '0.5', '个基点', 'percentage-points', 0, 'exact'],
  ['三成', '30', '成', 'percent', 0, 'exact'],
  ['1.59倍', '1.59', '倍', 'times', 2, 'exact'],
  ['二十五条', '25', '条', 'count', 0, 'exact'],
  ['１０２６．０９亿元', '102609000000', '亿元', 'money', 2, 'exact'],
  ['3.4萬億元', '3400000000000', '万亿元', 'money', 1, 'exact'],
  ['8兆3,522億元', '8352200000000', '亿元', 'money', 0, 'exact'],
  ['1,085.29 billion yuan', '1085290000000', 'billion yuan', 'money', 2, 'exact'],
  ['RMB 13 billion', '13000000000', 'billion yuan', 'money', 0, 'exact'],
  ['8.6 billion yuan', '8600000000', 'billion yuan', 'money', 1, 'exact'],
  ['552,448', '552448', '', 'number', 0, 'exact'],
  ['-3.5%', '-3.5', '%', 'percent', 1, 'exact'],
  ['40余户', '40', '户', 'count', 0, 'and-more'],
  ['超9500张', '9500', '张', 'count', 0, 'over'],
  ['200余名', '200', '名', 'count', 0, 'and-more'],
  ['达100亿元', '10000000000', '亿元', 'money', 0, 'reached'],
  ['2个工作日', '2', '个工作日', 'duration', 0, 'exact'],
  ['400万吨', '4000000', '万吨', 'mass', 0, 'exact'],
  ['1300亩', '1300', '亩', 'area', 0, 'exact'],
  ['最高500万元', '5000000', '万元', 'money', 0, 'at-most'],
  ['80%以上', '80', '%', 'percent', 0, 'at-least'],
  ['1%以下', '1', '%', 'percent', 0, 'at-most'],
  ['26.1 percent', '26.1', '%', 'percent', 1, 'exact'],
  ['over 552,448', '552448', '', 'number', 0, 'over'],
  ['exceeded 628.69 billion yuan', '628690000000', 'billion yuan', 'money', 2, 'over'],
  ['7.9 percentage points', '7.9', '个百分点', 'percentage-points', 1, 'exact'],
  ['一百零五家', '105', '家', 'count', 0, 'exact'],
  ['三点五%', '3.5', '%', 'percent', 1, 'exact'],
  ['1.2万户', '12000', '万户', 'count', 1, 'exact'],
  ['5千万元', '50000000', '千万元', 'money', 0, 'exact'],
  ['2千亿元', '200000000000', '千亿元', 'money', 0, 'exact'],
  ['下降2.3%', '-2.3', '%', 'percent', 1, 'exact'],
  ['减少15亿元', '-1500000000', '亿元', 'money', 0, 'exact'],
  ['增加150亿元', '15000000000', '亿元', 'money', 0, 'exact'],
  ['2.3 个百分点', '2.3', '个百分点', 'percentage-points', 1, 'exact'],
  // Headline abbreviations and verbs of a level passed.
  ['22.9 pct', '22.9', '%', 'percent', 1, 'exact'],
  ['1.4 pct points', '1.4', '个百分点', 'percentage-points', 1, 'exact'],
  ['tops 42 trln yuan', '42000000000000', 'trillion yuan', 'money', 0, 'over'],
  ['3.2 bln yuan', '3200000000', 'billion yuan', 'money', 1, 'exact'],
  ['passed 22 trillion yuan', '22000000000000', 'trillion yuan', 'money', 0, 'over'],
];

describe('parseFigure', () => {
  it.each(TABLE)('%s → %s (%s, %s, %i decimals, %s)', (text, value, unit, dimension, decimals, qualifier) => {
    const f = parseFigure(text);
    expect(f.value.toFixed()).toBe(value);
    expect(f.unit.symbol).toBe(unit);
    expect(f.unit.dimension).toBe(dimension);
    expect(f.decimals).toBe(decimals);
    expect(f.qualifier).toBe(qualifier);
    expect(f.text).toBe(text);
  });

  it.each([
    // text, value in one unit of the currency, symbol, currency, qualifier
    ['844億美元', '84400000000', '亿美元', 'USD', 'exact'],
    ['約6,583億港元', '658300000000', '亿港元', 'HKD', 'about'],
    ['5,225.02億澳門元', '522502000000', '亿澳门元', 'MOP', 'exact'],
    ['港币1,250.8亿元', '125080000000', '亿港元', 'HKD', 'exact'],
    ['about 484 billion U.S. dollars', '484000000000', 'billion US dollars', 'USD', 'about'],
    ['US$35.1 billion', '35100000000', 'billion US dollars', 'USD', 'exact'],
    ['$6.16 trillion', '6160000000000', 'trillion US dollars', 'USD', 'exact'],
    ['HK$3,362 million', '3362000000', 'million Hong Kong dollars', 'HKD', 'exact'],
  ])('reads %s in its own currency: %s (%s, %s, %s)', (text, value, symbol, currency, qualifier) => {
    const f = parseFigure(text);
    expect(f.value.toFixed()).toBe(value);
    expect(f.unit.symbol).toBe(symbol);
    expect(f.unit.dimension).toBe('money');
    expect(f.unit.currency).toBe(currency);
    expect(f.qualifier).toBe(qualifier);
  });

  it('leaves yuan amounts without a currency', () => {
    expect(parseFigure('人民币1,200.5亿元').unit.currency).toBeUndefined();
    expect(parseFigure('3.46 trillion yuan').unit.currency).toBeUndefined();
  });

  it('reads English "billion" as 亿 when told the summary mistranslated 亿元', () => {
    const f = parseFigure('628.69 billion yuan', { billion: 'yi' });
    expect(f.value.toFixed()).toBe('62869000000');
    expect(f.unit.symbol).toBe('亿元');
  });

  it('reads 兆 as 10^6 when told to', () => {
    expect(parseFigure('3兆元', { zhao: 'million' }).value.toFixed()).toBe('3000000');
  });

  it('records the span of the figure in a larger text', () => {
    expect(parseFigure('13.36%', { offset: 40 }).span).toEqual([40, 46]);
  });

  it.each([
    ['', 'the text is empty'],
    ['   ', 'the text is empty'],
    ['12..3', 'malformed'],
    ['1,23亿元', 'malformed'],
    ['abc', 'no number'],
    ['亿元', 'no number'],
    // a bare magnitude is one of it only after a threshold word (破, 超), never after 近 or alone
    ['万亿元', 'no number'],
    ['近万亿', 'no number'],
    ['12亿元abc', 'unexpected'],
    ['超30亿元以上', 'two qualifiers'],
    ['百分之三%', '百分之'],
    ['RMB 3%', 'currency'],
    ['3万5亿元', 'unexpected'],
    ['US$5亿港元', 'currency'],
    ['港币3%', 'currency'],
  ])('refuses %j with a typed error (%s)', (text, reason) => {
    try {
      parseFigure(text);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(WupianError);
      expect((error as WupianError).code).toBe('unparseable_figure');
      expect((error as WupianError).message).toContain(reason);
      expect((error as WupianError).input).toBe(text);
    }
  });

  it('never returns NaN or a silent 0 for nonsense', () => {
    for (const text of ['NaN', 'Infinity', '-', '.', ',', '%', '个百分点', '余', '.5.5']) {
      expect(safeParseFigure(text).success, text).toBe(false);
    }
  });

  it('safeParseFigure returns data or a typed error', () => {
    const ok = safeParseFigure('13.36%');
    expect(ok.success && ok.data.value.toFixed()).toBe('13.36');
    const bad = safeParseFigure('12..3');
    expect(!bad.success && bad.error.code).toBe('unparseable_figure');
  });
});

describe('intervalOf', () => {
  it.each([
    ['13.36%', '[13.355, 13.365]'],
    ['2150亿元', '[214950000000, 215050000000]'],
    ['7.82个百分点', '[7.815, 7.825]'],
    ['超30亿元', '(3000000000, +∞)'],
    ['突破1000亿', '[100000000000, +∞)'],
    ['50万元（含）以上', '[500000, +∞)'],
    ['近4000人', '[0, 4000)'],
    ['不足1%', '(−∞, 1)'],
    ['最高2000万元', '[0, 20000000]'],
    ['6000余万元', '[60000000, 70000000)'],
    ['30多亿元', '[3000000000, 4000000000)'],
    ['40余户', '[40, 50)'],
    ['1100余万元', '[11000000, 12000000)'],
    ['12.8余亿元', '[1280000000, 1290000000)'],
    ['约3亿元', '[250000000, 350000000]'], // the rounding half-step (0.5亿) is wider than 5%
    ['约12.80亿元', '[1216000000, 1344000000]'],
    ['50个基点', '[0.495, 0.505]'],
    ['三成', '[25, 35]'],
    ['1.4万亿元', '[1350000000000, 1450000000000]'],
  ])('%s denotes %s', (text, expected) => {
    expect(formatInterval(intervalOf(parseFigure(text)), { significantDigits: 20 })).toBe(expected);
  });

  it('takes the caller\'s tolerance for 约/左右', () => {
    const f = parseFigure('约12.80亿元');
    expect(formatInterval(intervalOf(f, { about: { relative: '0.1' } }), { significantDigits: 20 })).toBe('[1152000000, 1408000000]');
    expect(formatInterval(intervalOf(f, { about: { relative: '0', absolute: '1e9' } }), { significantDigits: 20 })).toBe(
      '[280000000, 2280000000]',
    );
    // never narrower than the rounding of the printed digits
    expect(formatInterval(intervalOf(f, { about: { relative: '0' } }), { significantDigits: 20 })).toBe('[1279500000, 1280500000]');
  });

  it('refuses a tolerance that is not { relative, absolute } or is negative', () => {
    const f = parseFigure('约12.80亿元');
    expect(() => intervalOf(f, { about: '0.1' as never })).toThrow(/relative/);
    expect(() => intervalOf(f, { about: { relative: '-1' } })).toThrow(/0 or more/);
  });

  it('is the stated point when rounding is switched off', () => {
    expect(formatInterval(intervalOf(parseFigure('13.36%'), { rounding: 'none' }))).toBe('[13.36, 13.36]');
  });

  it('covers both half-up and half-even rounding: the ends are in the interval', () => {
    const x = intervalOf(parseFigure('13.36%'));
    expect(x.loOpen || x.hiOpen).toBe(false);
  });
});

describe('formatFigure', () => {
  it.each([
    ['1026.09亿元', '1026.09亿元', '102.609 billion yuan'],
    ['7.82个百分点', '7.82个百分点', '7.82 percentage points'],
    ['6000余万元', '6000余万元', '60 million yuan and more'],
    ['超30亿元', '超30亿元', 'over 3 billion yuan'],
    ['4078户', '4078户', '4,078 accounts'],
    ['13.36%', '13.36%', '13.36%'],
    ['三成', '3成', '30%'],
    ['1.4万亿元', '1.4万亿元', '1.4 trillion yuan'],
    ['2.50%', '2.50%', '2.50%'],
    ['1,085.29 billion yuan', '1085.29 billion yuan', '1.08529 trillion yuan'],
    ['1.2万户', '1.2万户', '12,000 accounts'],
    ['400万吨', '400万吨', '4,000,000 tonnes'],
    ['50万元以上', '50万元以上', 'at least 500,000 yuan'],
  ])('%s → %s / %s', (text, zh, en) => {
    const f = parseFigure(text);
    expect(formatFigure(f)).toBe(zh);
    expect(formatFigure(f, { lang: 'en' })).toBe(en);
  });

  it('refuses what is not a Figure with a typed error', () => {
    expect(() => formatFigure({} as never)).toThrow(WupianError);
  });

  it('round-trips the documents\' convention through parseFigure', () => {
    for (const text of ['1026.09亿元', '254.30亿元', '0.05亿元', '498.00%', '1.19个百分点', '超30亿元', '6000余万元']) {
      const again = parseFigure(formatFigure(parseFigure(text)));
      expect(again.value.toFixed()).toBe(parseFigure(text).value.toFixed());
      expect(again.decimals).toBe(parseFigure(text).decimals);
      expect(again.qualifier).toBe(parseFigure(text).qualifier);
    }
  });
});
