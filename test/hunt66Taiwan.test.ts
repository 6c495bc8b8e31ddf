// Hunt 66, traditional-Chinese and Taiwan texts: the New Taiwan dollar (A16). Every text here is consistent
// by the arithmetic in its comment; each has a twin with one digit changed that a relation must flag.
import { describe, expect, it } from 'vitest';
import { parseFigure } from '../src/index.js';
import { checkText, extractClaims } from '../src/extract/index.js';
import { exchangeBand } from '../src/check/exchangeRates.js';

const TAIWAN = { documentDate: '2025-11-13' } as const;

describe('hunt 66 A16: amounts in New Taiwan dollars', () => {
  // text → value in NT$, unit symbol
  it.each([
    ['新臺幣10兆7,709億元', '10770900000000', '亿新台币'],
    ['新台币1,000亿元', '100000000000', '亿新台币'],
    ['1,000億新台幣', '100000000000', '亿新台币'],
    ['500亿台币', '50000000000', '亿新台币'],
    ['新臺幣300元', '300', '新台币'],
    ['NT$35.1 billion', '35100000000', 'billion New Taiwan dollars'],
    ['12.4 billion New Taiwan dollars', '12400000000', 'billion New Taiwan dollars'],
  ] as const)('parseFigure reads %s in NT$', (text, value, symbol) => {
    const f = parseFigure(text);
    expect(f.value.toFixed()).toBe(value);
    expect(f.unit.symbol).toBe(symbol);
    expect(f.unit.currency).toBe('TWD');
    expect(f.unit.dimension).toBe('money');
  });

  it('keeps the US dollar for a bare $ and the yuan for 元', () => {
    expect(parseFigure('$5 billion').unit.currency).toBe('USD');
    expect(parseFigure('1.5亿元').unit.currency).toBeUndefined();
    expect(parseFigure('港币1,250.8亿元').unit.currency).toBe('HKD');
  });

  // currency, base → band (base per unit of currency; yuan without a base)
  it.each([
    ['USD', undefined, '6', '8.3'],
    ['USD', 'TWD', '27', '36'],
    ['USD', 'HKD', '7.75', '7.85'],
    ['TWD', undefined, '0.16', '0.31'],
  ] as const)('the band of %s in %s', (currency, base, lo, hi) => {
    const band = exchangeBand(currency, base);
    expect([band.lo.toFixed(), band.hi.toFixed()]).toEqual([lo, hi]);
  });

  it('derives a band no table gives from the two yuan bands, outward (MOP per TWD: 0.16 / 1.05 to 0.31 / 0.73)', () => {
    const band = exchangeBand('TWD', 'MOP');
    expect(band.lo.lte('0.1523809')).toBe(true);
    expect(band.hi.gte('0.4246575')).toBe(true);
  });

  it('reads the 新臺幣 amount in NT$ and the release’s bare 億元 as they are printed', () => {
    const { claims } = extractClaims('截至9月底，本國銀行對中小企業放款餘額達新臺幣10兆7,709億元（約合3,530億美元）。', TAIWAN);
    expect(claims.map((c) => [c.measure, c.figure.unit.currency ?? 'CNY'])).toEqual([
      ['balance', 'TWD'],
      ['restatement', 'USD'],
    ]);
  });

  // text → status; the rate it implies in the comment
  it.each([
    // 107,709 / 3,530 = 30.51 NT$ per US$ (r18)
    ['截至9月底，本國銀行對中小企業放款餘額達新臺幣10兆7,709億元（約合3,530億美元）。', TAIWAN, false],
    // 107,709 / 4,530 = 23.78: below 27
    ['截至9月底，本國銀行對中小企業放款餘額達新臺幣10兆7,709億元（約合4,530億美元）。', TAIWAN, true],
    // 107,709 / 2,530 = 42.57: above 36
    ['截至9月底，本國銀行對中小企業放款餘額達新臺幣10兆7,709億元（約合2,530億美元）。', TAIWAN, true],
    // an FSC release's bare 億元 are NT$: 12,406 / 406 = 30.56 (r18b)
    ['截至114年9月底，國銀綠色放款餘額1兆2,406億元，約合406億美元。', TAIWAN, false],
    // 12,406 / 506 = 24.52
    ['截至114年9月底，國銀綠色放款餘額1兆2,406億元，約合506億美元。', TAIWAN, true],
    // English: 1.24 trillion / 40.6 billion = 30.54
    ['The FSC said green loans of domestic banks reached NT$1.24 trillion (about US$40.6 billion) at the end of September 2025.', TAIWAN, false],
    ['The FSC said green loans of domestic banks reached NT$1.24 trillion (about US$50.6 billion) at the end of September 2025.', TAIWAN, true],
    // mainland yuan keep the yuan band: 42.39 / 5.9 = 7.18 yuan per US$; 42.39 / 3.9 = 10.87
    ['6月末，全国绿色贷款余额42.39万亿元（约合5.9万亿美元）。', { documentDate: '2025-08-13' }, false],
    ['6月末，全国绿色贷款余额42.39万亿元（约合3.9万亿美元）。', { documentDate: '2025-08-13' }, true],
    // yuan restated in NT$: 42.39 / 190 = 0.223 yuan per NT$; 42.39 / 390 = 0.109
    ['大陸央行公布，6月末綠色貸款餘額42.39兆人民幣（約合新臺幣190兆元）。', { documentDate: '2025-08-13' }, false],
    ['大陸央行公布，6月末綠色貸款餘額42.39兆人民幣（約合新臺幣390兆元）。', { documentDate: '2025-08-13' }, true],
    // Hong Kong dollars restated in US dollars, at the linked rate: 1,862.4 / 238 = 7.825; 1,862.4 / 338 = 5.51
    ['截至6月底，本港綠色貸款餘額1862.4億港元（約合238億美元）。', { documentDate: '2025-08-13' }, false],
    ['截至6月底，本港綠色貸款餘額1862.4億港元（約合338億美元）。', { documentDate: '2025-08-13' }, true],
    // 新臺幣 once, then bare 億元: one quantity, 107,709 − 107,077 = 632; with 10兆8,709 the gap is 1,632
    ['金管會銀行局公布，本國銀行中小企業放款餘額114年9月底升至新臺幣10兆7709億元，比8月底的10兆7077億元多出632億元。', TAIWAN, false],
    ['金管會銀行局公布，本國銀行中小企業放款餘額114年9月底升至新臺幣10兆8709億元，比8月底的10兆7077億元多出632億元。', TAIWAN, true],
  ] as const)('%s', (text, options, flagged) => {
    const r = checkText(text, options);
    expect(r.status === 'inconsistent').toBe(flagged);
    if (!flagged) expect(r.relations.some((x) => x.verdict === 'consistent' || x.verdict === 'consistent-within-rounding')).toBe(true);
  });

  it('names the NT$ per US dollar band when a restatement misses it', () => {
    const r = checkText('截至9月底，本國銀行對中小企業放款餘額達新臺幣10兆7,709億元（約合4,530億美元）。', TAIWAN);
    const messages = r.conflicts.flatMap((c) => (c.explanations ?? []).map((e) => e.message));
    expect(messages.some((m) => m.includes('between 27 and 36 TWD'))).toBe(true);
  });
});
