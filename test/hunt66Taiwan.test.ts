// Hunt 66, traditional-Chinese and Taiwan texts: the New Taiwan dollar (A16), dotted dates — 114.6.30 and
// a county's 6.30 (A19) — and a month-end whose 月 was left out, 114年9底 (A6). Every text here is consistent
// by the arithmetic in its comment; each has a twin with one digit changed that a relation must flag.
import { describe, expect, it } from 'vitest';
import { parseFigure } from '../src/index.js';
import { checkText, extractClaims, findMentions, normalizeText, parseAsOf } from '../src/extract/index.js';
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

describe('hunt 66 A19: dotted dates', () => {
  // text → date (parseAsOf reads the Republic of China date; a month and day alone is no date to it)
  it.each([
    ['114.6.30', '2025-06-30'],
    ['114.5.31', '2025-05-31'],
    ['114/9/30', '2025-09-30'],
    ['100.12.31', '2011-12-31'],
  ] as const)('parseAsOf(%s)', (text, date) => {
    expect(parseAsOf(text)).toEqual({ date });
  });

  it('leaves an impossible day and a bare decimal unread', () => {
    expect(parseAsOf('114.2.30')).toBeNull();
    expect(parseAsOf('6.30', { documentDate: '2025-08-12' })).toBeNull();
    expect(parseAsOf('1.5')).toBeNull();
  });

  const kinds = (text: string): string[] =>
    findMentions(normalizeText(text).text, { documentDate: '2025-08-12' }).map((m) => `${m.kind}:${'figure' in m ? m.figure.text : m.text}`);

  // text → the mentions read, kind:text
  it.each([
    ['截至114.6.30，余额', ['date:114.6.30']],
    ['截至6.30，全县贷款余额6.30亿元', ['date:6.30', 'figure:6.30亿元']],
    [';3.31为45.1亿元', ['date:3.31', 'figure:45.1亿元']],
    ['截止到12.31,余额', ['date:12.31']],
    // a number with a unit, a rate, a version, a rate written without its %, a day February never has
    ['截至6.30亿元', ['figure:6.30亿元']],
    ['余额增长至6.30%', ['figure:6.30%']],
    ['增速为13.36%', ['figure:13.36%']],
    ['1.5亿元', ['figure:1.5亿元']],
    ['版本1.2.3发布', ['unreadable:1.2.3']],
    ['LPR降至3.10,较上月', ['unreadable:3.10']],
    [';2.30为', ['unreadable:2.30']],
    ['不良率1.25为', ['unreadable:1.25']],
  ] as const)('findMentions(%s)', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  // text, options → dates of the claims, status
  it.each([
    // r21: two month-ends, no longer both at the document's date
    ['截至114.6.30，本國銀行中小企業放款餘額10兆5,690億元；114.5.31為10兆5,178億元。', { documentDate: '2025-08-12' }, ['2025-06-30', '2025-05-31'], false],
    // 105,690 − 105,178 = 512 a month
    ['截至114.6.30，本國銀行中小企業放款餘額10兆5,690億元，月增512億元；114.5.31為10兆5,178億元。', { documentDate: '2025-08-12' }, ['2025-06-30', '2025-06-30', '2025-05-31'], false],
    // 10兆6,690: 1,512 against 512, beyond what flows leave out (0.5% of 10兆5,178 = 526)
    ['截至114.6.30，本國銀行中小企業放款餘額10兆6,690億元，月增512億元；114.5.31為10兆5,178億元。', { documentDate: '2025-08-12' }, ['2025-06-30', '2025-06-30', '2025-05-31'], true],
    // r21b: a county's notes; 48.6 − 45.1 = 3.5 since the end of March
    ['截至6.30，全县绿色贷款余额48.6亿元；3.31为45.1亿元。', { documentDate: '2025-08-12', region: '370724' }, ['2025-06-30', '2025-03-31'], false],
    ['截至6.30，全县绿色贷款余额48.6亿元，较3月末增加3.5亿元；3.31为45.1亿元。', { documentDate: '2025-08-12', region: '370724' }, ['2025-06-30', '2025-06-30', '2025-03-31'], false],
    ['截至6.30，全县绿色贷款余额48.6亿元，较3月末增加4.5亿元；3.31为45.1亿元。', { documentDate: '2025-08-12', region: '370724' }, ['2025-06-30', '2025-06-30', '2025-03-31'], true],
    // the year in force: a release of January 2026 about last year's months
    ['截至12.31，全县绿色贷款余额52.0亿元，较9月末增加3.4亿元；9.30为48.6亿元。', { documentDate: '2026-01-20', region: '370724' }, ['2025-12-31', '2025-12-31', '2025-09-30'], false],
  ] as const)('%s', (text, options, dates, flagged) => {
    const r = checkText(text, options);
    expect(r.claims.map((c) => c.date)).toEqual(dates);
    expect(r.status === 'inconsistent').toBe(flagged);
  });
});

describe('hunt 66 A6: a month-end with 月 left out (114年9底)', () => {
  it.each([
    ['9底', { documentDate: '2025-11-13' }, '2025-09-30'],
    ['2025年9底', undefined, '2025-09-30'],
    ['2024年12末', undefined, '2024-12-31'],
  ] as const)('parseAsOf(%s)', (text, options, date) => {
    expect(parseAsOf(text, options)).toEqual({ date });
  });

  it('keeps 2025年末 and 2025年9月底 as they were', () => {
    expect(parseAsOf('2025年末')).toEqual({ date: '2025-12-31' });
    expect(parseAsOf('2025年9月底')).toEqual({ date: '2025-09-30' });
  });

  // text, options → dates of the claims, status
  it.each([
    // r03: 114年9底 is 2025-09-30, not the next clause's 8月底
    ['截至114年9底止，本國銀行對中小企業放款餘額達10兆7,709億元；8月底為10兆7,077億元。', TAIWAN, ['2025-09-30', '2025-08-31'], false],
    // 107,709 − 107,077 = 632 since the end of August
    ['截至114年9底止，本國銀行對中小企業放款餘額達10兆7,709億元，較8月底增加632億元；8月底為10兆7,077億元。', TAIWAN, ['2025-09-30', '2025-09-30', '2025-08-31'], false],
    ['截至114年9底止，本國銀行對中小企業放款餘額達10兆8,709億元，較8月底增加632億元；8月底為10兆7,077億元。', TAIWAN, ['2025-09-30', '2025-09-30', '2025-08-31'], true],
    // a mainland 2025年9底: 880.0 − 842.6 = 37.4 since the end of June
    ['截至2025年9底，全市绿色贷款余额880.0亿元，较6月末增加37.4亿元；6月末为842.6亿元。', { documentDate: '2025-11-13', region: '370700' }, ['2025-09-30', '2025-09-30', '2025-06-30'], false],
    ['截至2025年9底，全市绿色贷款余额880.0亿元，较6月末增加47.4亿元；6月末为842.6亿元。', { documentDate: '2025-11-13', region: '370700' }, ['2025-09-30', '2025-09-30', '2025-06-30'], true],
  ] as const)('%s', (text, options, dates, flagged) => {
    const r = checkText(text, options);
    expect(r.claims.map((c) => c.date)).toEqual(dates);
    expect(r.status === 'inconsistent').toBe(flagged);
  });
});
