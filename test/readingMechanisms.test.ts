// The general mechanisms of reading real texts, one table row each: what a passage shaped
// like the real ones states, as claims read by hand — figure, indicator, date, measure and
// basis — and the verdicts its relations must get.
import { describe, expect, it } from 'vitest';
import { checkText, extractClaims, normalizeText } from '../src/extract/index.js';
import { Network } from '../src/check/index.js';

const read = (text: string, documentDate?: string): string[] =>
  extractClaims(text, documentDate ? { documentDate } : {}).claims.map((c) =>
    [c.figure.text, c.indicator, c.date, c.measure, c.basis ?? '', c.scope ?? ''].join('|').replace(/\|+$/, ''),
  );

// A claim with the part and holder it is of: figure|indicator|part|holder|date|measure|basis.
const heldRows = (text: string, options: { documentDate?: string; region?: string } = {}): string[] =>
  extractClaims(text, options).claims.map((c) => [c.figure.text, c.indicator, c.part ?? '', c.holder, c.date, c.measure, c.basis ?? ''].join('|').replace(/\|+$/, ''));

// A consistent text: no conflict, and never called inconsistent.
function expectQuiet(text: string, options: { documentDate?: string; region?: string } = {}): void {
  const r = checkText(text, options);
  expect(r.conflicts).toEqual([]);
  expect(r.status).not.toBe('inconsistent');
}

// A text with one changed figure: called inconsistent, the changed figure among the suspects.
function expectFlagged(text: string, options: { documentDate?: string; region?: string }, changed: string): void {
  const r = checkText(text, options);
  expect(r.status).toBe('inconsistent');
  expect(r.conflicts.flatMap((c) => c.suspects.map((x) => x.text))).toContain(changed);
}

describe('reading: time', () => {
  it.each([
    // a base named by its date gives the basis (较9月底 at 10月底: month on month), and the earlier level its date
    ['截至2025年10月底，中小企业放款余额10兆8202亿元，较9月底的10兆7709亿元增加493亿元。', undefined, ['10兆8202亿元|subject:中小企业放款|2025-10-31|balance', '10兆7709亿元|subject:中小企业放款|2025-09-30|balance', '493亿元|subject:中小企业放款|2025-10-31|increment|mom']],
    // Taiwan's 月增 and 年增, and quarters written 第2季
    ['截至2025年10月底，国银对中小企业放款余额10兆8202亿元，月增493亿元，年增5%；第2季季增1573亿元。', undefined, ['10兆8202亿元|subject:中小企业放款|2025-10-31|balance', '493亿元|subject:中小企业放款|2025-10-31|increment|mom', '5%|subject:中小企业放款|2025-10-31|growth|yoy', '1573亿元|subject:中小企业放款|2025-06-30|increment|qoq']],
    // a headline takes the year and the date its lead prints
    ['三季度末科技型中小企业贷款余额2.42万亿元\n11月1日，央行发布2023年三季度金融机构贷款投向统计报告。截至三季度末，科技型中小企业贷款余额2.42万亿元。', undefined, ['2.42万亿元|tech-sme-loans|2023-09-30|balance', '2.42万亿元|tech-sme-loans|2023-09-30|balance']],
    ['上海普惠型小微企业贷款余额突破1万亿元\n2023年5月末全市普惠型小微企业贷款余额10075.63亿元。', undefined, ['突破1万亿元|inclusive-small-micro-loans|2023-05-31|balance', '10075.63亿元|inclusive-small-micro-loans|2023-05-31|balance']],
    // 截至年末 is a date figures stand at, not a deadline
    ['2024年，本行持续做好五篇大文章。截至年末：绿色贷款余额896.42亿元。', undefined, ['896.42亿元|green-loans|2024-12-31|balance']],
    // English: a past-tense report, "the first half", a period named before the comma
    ['Loans to technology-based SMEs rose 18.2 percent year on year to 412.6 billion yuan by the end of September.', undefined, ['18.2 percent|tech-sme-loans|Y-09-30|growth|yoy', '412.6 billion yuan|tech-sme-loans|Y-09-30|balance']],
    ['By the end of June, outstanding green loans stood at 42.39 trillion yuan. The first half alone added 5.35 trillion yuan. In the first half, green loans increased by 5.35 trillion yuan.', undefined, ['42.39 trillion yuan|green-loans|Y-06-30|balance', '5.35 trillion yuan|green-loans|Y-06-30|increment|ytd', '5.35 trillion yuan|green-loans|Y-06-30|increment|ytd']],
    // 到 + a date in a sentence that compares with the past states what is (no documentDate needed); 贷款规模 is the balance
    ['到2021年6月末，全市绿色贷款规模为47.06亿元，较年初净增13.40亿元，增幅39.82%。', undefined, ['47.06亿元|green-loans|2021-06-30|balance', '13.40亿元|green-loans|2021-06-30|increment|ytd', '39.82%|green-loans|2021-06-30|growth|ytd']],
    // … while 到 + a date with a goal's words stays a deadline: no claim, a goal
    ['到2027年末，全市绿色贷款余额力争达到500亿元以上，比2024年末翻一番。', undefined, []],
    // "the close of 2023 … the end of last year": written after the year-end it states, last year is that year
    ["Green loans were 30.08 trillion yuan at the close of 2023, up 36.5 percent year on year. Inclusive loans stood at 29.06 trillion yuan at the end of last year.", undefined, ['30.08 trillion yuan|green-loans|2023-12-31|balance', '36.5 percent|green-loans|2023-12-31|growth|yoy', '29.06 trillion yuan|inclusive-loans|2023-12-31|balance']],
    // a present-tense headline states what is; a date without a year takes none from a later paragraph
    ['Green loans climb to 36.6 trillion yuan by end-2024\nTechnology loans stood at 44.1 trillion yuan at the end of June.\nGreen loans were 9.9 trillion yuan at end-2019.', undefined, ['36.6 trillion yuan|green-loans|2024-12-31|balance', '44.1 trillion yuan|tech-loans|Y-06-30|balance', '9.9 trillion yuan|green-loans|2019-12-31|balance']],
    // RMB glued to its number
    ['Green loans reached RMB526.84 billion at the end of June 2025.', undefined, ['reached RMB526.84 billion|green-loans|2025-06-30|balance']],
    // A headline's abbreviations, its quarter and its verb of a level passed; "green lending" is green loans.
    ['Tech SME loans up 22.9 pct y-o-y in Q2; green lending tops 42 trln yuan', undefined, ['22.9 pct|tech-sme-loans|Y-06-30|growth|yoy', 'tops 42 trln yuan|green-loans|Y-06-30|balance']],
    // 报告期末: the last quarter-end at least 20 days before the report came out; an annual report's year-end.
    ['报告期末，本行科技金融贷款余额1,892.46亿元。', '2025-03-28', ['1,892.46亿元|subject:科技金融贷款|2024-12-31|balance']],
    ['报告期末，本行科技金融贷款余额1,892.46亿元。', '2025-08-28', ['1,892.46亿元|subject:科技金融贷款|2025-06-30|balance']],
    ['2024年年度报告\n报告期末，本行科技金融贷款余额1,892.46亿元。', '2025-04-25', ['1,892.46亿元|subject:科技金融贷款|2024-12-31|balance']],
    // …and with no document date, the period the report's title names (2024年度报告, 2025年半年度报告).
    ['某农商银行2024年度报告·科技金融\n截至报告期末，本行科技金融贷款余额1,892.46亿元。', undefined, ['1,892.46亿元|subject:科技金融贷款|2024-12-31|balance']],
    ['2025年半年度报告（节选）\n报告期末，本行科技金融贷款余额1,892.46亿元。', undefined, ['1,892.46亿元|subject:科技金融贷款|2025-06-30|balance']],
    // a 民国 year gives its year to the months after it; an earlier level in brackets is the share at its own date; 新台币（以下同） stands between verb and figure
    ['金管會銀行局公布，本國銀行中小企業放款餘額114年9月底升至新臺幣（以下同）10兆7709億元，比8月底的10兆7077億元多出632億元。9月底中小企業放款占全體企業放款比率為64.13%（8月底為63.89%），占民營企業放款比率為67.59%。', undefined, ['10兆7709億元|subject:中小企业放款|2025-09-30|balance', '10兆7077億元|subject:中小企业放款|2025-08-31|balance', '632億元|subject:中小企业放款|2025-09-30|increment|mom', '64.13%|subject:中小企业放款|2025-09-30|share', '63.89%|subject:中小企业放款|2025-08-31|share', '67.59%|subject:中小企业放款|2025-09-30|share']],
    // a line of key-values under a heading takes the heading's subject
    ['我行2023年末绿色贷款余额1.83亿元。\n绿色贷款概况（2023年末）\n余额：1.83亿元', undefined, ['1.83亿元|green-loans|2023-12-31|balance', '1.83亿元|green-loans|2023-12-31|balance']],
    // A month after a printed year-end is as likely the next year's: its year is unknown.
    ['截至2024年末，全省绿色贷款余额3218.6亿元。6月末，全省科技贷款余额1203.7亿元。', undefined, ['3218.6亿元|green-loans|2024-12-31|balance', '1203.7亿元|tech-loans|Y-06-30|balance']],
    // …but 公布2025年第三季 names a part of 2025, whose 9月底 is in 2025.
    ['中國人民銀行公布2025年第三季金融機構貸款投向統計，截至9月底，綠色貸款餘額43.51兆元。', undefined, ['43.51兆元|green-loans|2025-09-30|balance']],
    // English: "local and foreign currency loans" are 本外币 loans; "compared with the beginning of the year"; "more than in the same period"
    ['At the end of March, local and foreign currency loans in the city reached 1,506.9 billion yuan. Compared with the beginning of the year, loans increased 122.5 billion yuan, 39.4 billion yuan more than in the same period of last year.', '2025-04-20', ['reached 1,506.9 billion yuan|total-loans|2025-03-31|balance||本外币', '122.5 billion yuan|total-loans|2025-03-31|increment|ytd', '39.4 billion yuan|total-loans|2025-03-31|flow-difference|ytd']],
    // English flows: new loans over the half year, and the change of that flow from a year before; a month's rate and its change
    ['In the first half, new yuan loans in the province came to 312.6 billion yuan, up 48.1 billion yuan year on year.', '2025-07-20', ['312.6 billion yuan|total-loans|2025-06-30|increment|ytd|人民币', '48.1 billion yuan|total-loans|2025-06-30|flow-difference|ytd|人民币']],
    ['In June, the average interest rate on new inclusive loans to small businesses was 3.85 percent, down 0.4 percentage points year on year.', '2025-07-20', ['3.85 percent|inclusive-small-micro-loans-pboc|2025-06-30|interest-rate', '0.4 percentage points|inclusive-small-micro-loans-pboc|2025-06-30|rate-change|yoy']],
    // 这部分企业的贷款 in the sentence after the firms were counted; 前两个月新增 is a flow since 1 January
    ['2024年末全国获得贷款支持的科技型中小企业共26.25万家。同期，这部分企业的本外币贷款余额合计3.27万亿元，同比增长21.2%。', undefined, ['26.25万家|subject:科技型中小企业|2024-12-31|borrowers', '3.27万亿元|tech-sme-loans|2024-12-31|balance||本外币', '21.2%|tech-sme-loans|2024-12-31|growth|yoy|本外币']],
    ['2月末，人民币各项贷款余额243.96万亿元，同比增长10.1%，前两个月新增贷款6.37万亿元。', '2024-03-21', ['243.96万亿元|total-loans|2024-02-29|balance||人民币', '10.1%|total-loans|2024-02-29|growth|yoy|人民币', '6.37万亿元|total-loans|2024-02-29|increment|ytd|人民币']],
    // a bare 余额 after a field (普惠小微方面) or a name in the clause before
    ['普惠小微方面，一季度末余额达3727.8亿元，同比增长24.8%。科技型中小企业贷款增势同样强劲，余额同比增长24.1%。', '2025-04-20', ['达3727.8亿元|inclusive-small-micro-loans-pboc|2025-03-31|balance', '24.8%|inclusive-small-micro-loans-pboc|2025-03-31|growth|yoy', '24.1%|tech-sme-loans|2025-03-31|growth|yoy']],
    // English copy with a sentence a line: "That rate …" on the next line goes on with its subject
    ['Green loans grew 36.5 percent year on year by the end of 2023.\nThat rate was 26.4 percentage points above the one for all other loans.', undefined, ['36.5 percent|green-loans|2023-12-31|growth|yoy', '26.4 percentage points|green-loans|2023-12-31|gap|yoy']],
    // a rate named after the figures of a list: 分别以…的同比增速
    ['2024年末，青岛银行、齐鲁银行科技贷款增速分别为46.73%和46.64%。', undefined, ['46.73%|tech-loans|2024-12-31|growth', '46.64%|tech-loans|2024-12-31|growth']],
    // "in the year to June": year on year, at the end of June
    ['Green loans grew 21.4 percent in the year to June, reaching 40.2 trillion yuan.', '2026-07-20', ['21.4 percent|green-loans|2026-06-30|growth|yoy', 'reaching 40.2 trillion yuan|green-loans|2026-06-30|balance']],
    // an English dateline is neither holder nor date; "end-2022" after the figure dates it; "U.S." ends no sentence
    ['SHANGHAI, Feb. 6 -- Outstanding green loans hit 22.03 trillion yuan (3.27 trillion U.S. dollars) by end-2022, up 38.5 percent year on year.', undefined, ['22.03 trillion yuan|green-loans|2022-12-31|balance', '3.27 trillion U.S. dollars|green-loans|2022-12-31|restatement', '38.5 percent|green-loans|2022-12-31|growth|yoy']],
  ] as const)('%s', (text, documentDate, expected) => {
    expect(read(text, documentDate)).toEqual(expected);
  });

  it('takes an English dateline for no holder, and the central bank saying so for the nation', () => {
    const e = extractClaims("SHANGHAI, Feb. 6 -- Outstanding green loans hit 22.03 trillion yuan by end-2022, the People's Bank of China said.");
    expect([e.holder, ...e.claims.map((c) => c.holder)]).toEqual(['national', 'national']);
    // "BEIJING -- …": a dateline with no date is no holder either; "China's" is.
    const bare = extractClaims("BEIJING -- China's inclusive loans grew 24.2 percent year-on-year to 21.53 trillion yuan by end-2020.");
    expect(bare.claims.map((c) => c.holder)).toEqual(['national', 'national']);
  });
});

describe('reading: subjects said before, and banks\' own figures', () => {
  const rows = (text: string): string[] => extractClaims(text).claims.map((c) => [c.figure.text, c.indicator, c.holder, c.measure, c.basis ?? ''].join('|').replace(/\|+$/, ''));
  it.each([
    // a sentence that names nothing (与年初相比，余额增加…) goes on with the paragraph's subject; 与上年同期相比 is year on year
    [
      '2025年6月末，全市普惠型小微企业贷款余额1862.4亿元。与年初相比，余额增加151.3亿元，增幅为8.84%；与上年同期相比，余额增加264.5亿元，增幅为16.55%。',
      ['1862.4亿元|inclusive-small-micro-loans|text|balance', '151.3亿元|inclusive-small-micro-loans|text|increment|ytd', '8.84%|inclusive-small-micro-loans|text|growth|ytd', '264.5亿元|inclusive-small-micro-loans|text|increment|yoy', '16.55%|inclusive-small-micro-loans|text|growth|yoy'],
    ],
    // the field a sentence opens with (从…看), and the loans a clause names before a bare 余额
    ['从企事业单位贷款看，6月末余额为3520.6亿元，同比增长9.1%。', ['3520.6亿元|subject:企事业单位贷款|text|balance', '9.1%|subject:企事业单位贷款|text|growth|yoy']],
    ['分行业看，科学研究和技术服务业贷款增长最快，余额同比增长41.9%。', ['41.9%|subject:科学研究和技术服务业贷款|text|growth|yoy']],
    // a bank's figure in brackets is the subject in force, held by the bank — not a case, nor a subject "…是兴业银行"
    [
      '2024年末，建设银行科技贷款余额超3.5万亿元。股份行里，余额排前两位的是兴业银行（9689.16亿元）、浦发银行（6024亿元）。',
      ['超3.5万亿元|tech-loans|bank:建设银行|balance', '9689.16亿元|tech-loans|bank:兴业银行|balance', '6024亿元|tech-loans|bank:浦发银行|balance'],
    ],
    // 已有 states a balance; 一年净增加 is over the year
    ['截至2024年末，该行绿色贷款已有98.04亿元，一年净增加8.24亿元。', ['98.04亿元|green-loans|text|balance', '8.24亿元|green-loans|text|increment|yoy']],
    // a clause that sets up a topic of its own (制造业是…) ends the subject in force: 16.7 is no figure of 实体经济贷款
    ['2025年6月末，全市实体经济贷款余额448.1亿元，较年初增加55.7亿元；制造业是增量的主要去向，较年初多出16.7亿元。', ['448.1亿元|subject:实体经济贷款|text|balance', '55.7亿元|subject:实体经济贷款|text|increment|ytd']],
    // 辖内中资银行 and 金管会银行局 name no bank
    ['5月末，辖内中资银行普惠型小微企业贷款加权平均利率为4.27%。金管會銀行局公布，本國銀行中小企業放款餘額為10兆8,222億元。', ['4.27%|inclusive-small-micro-loans|region:710000|interest-rate', '10兆8,222億元|subject:中小企业放款|region:710000|balance']],
    // kinds of institution with no subject in force name nothing the text has read (and 全国性 is no nation, 政策性 no policy)
    ['按机构分：四大全国性商业银行1276.54亿元（32.47%），政策性银行691.67亿元（17.59%），股份制商业银行601.94亿元（15.31%）。', []],
    // …while after a subject they are its parts, siblings of one whole
    ['全省绿色贷款余额2.4万亿元，其中国有大型商业银行1.1万亿元，股份制商业银行3200亿元。', ['2.4万亿元|green-loans|text|balance', '1.1万亿元|green-loans|text|balance', '3200亿元|green-loans|text|balance']],
    // a list of bases before 分别: each rate of its own base (比年初和上年同时期分别增长)
    ['截至9月末，全市养老产业贷款余额为12.36亿元，比年初和上年同时期分别增长21.4%和38.7%。', ['12.36亿元|pension-industry-loans|text|balance', '21.4%|pension-industry-loans|text|growth|ytd', '38.7%|pension-industry-loans|text|growth|yoy']],
    // a bare 快 after a growth rate is ahead of the benchmark; a share's change names its whole in its own words
    ['6月末，全省高新技术企业贷款余额1.38万亿元，比年初增长19.6%，快8.4个百分点。', ['1.38万亿元|high-tech-enterprise-loans|text|balance', '19.6%|high-tech-enterprise-loans|text|growth|ytd', '8.4个百分点|high-tech-enterprise-loans|text|gap|ytd']],
    ['6月末，全县绿色贷款余额36.8亿元，绿色贷款占各项贷款的比重较年初提高1.6个百分点。', ['36.8亿元|green-loans|text|balance', '1.6个百分点|green-loans|text|share-change|ytd']],
    // 有贷款余额户数 names no loans of its own: the borrowers of the subject in force
    ['2024年末，普惠型小微企业贷款余额486.73亿元，较年初增长15.82%；有贷款余额户数3.42万户。', ['486.73亿元|inclusive-small-micro-loans|text|balance', '15.82%|inclusive-small-micro-loans|text|growth|ytd', '3.42万户|inclusive-small-micro-loans|text|borrowers']],
    // English counts of areas and the ends of a range are no statistics; the count stays part of its subject
    ['Loans to the five sectors grew by between 11.5 and 43 percent year on year by the end of June.', []],
    ['Loans to five key areas top 105 trillion yuan', ['105 trillion yuan|subject:loans to five key areas|text|balance']],
    // English: what firms owe is the loans to them; "Their loans" after firms were counted are those firms' loans; a place before the subject holds it
    ['At the end of June, tech SMEs owed banks 3.33 trillion yuan.', ['3.33 trillion yuan|tech-sme-loans|text|balance']],
    [
      'Some 265,400 high-tech enterprises had obtained loans by the end of 2025. Their loans in local and foreign currencies totaled 18.61 trillion yuan, growing 7.5 percent year on year.',
      ['265,400|subject:high-tech enterprises|text|count', '18.61 trillion yuan|high-tech-enterprise-loans|text|balance', '7.5 percent|high-tech-enterprise-loans|text|growth|yoy'],
    ],
    ['Wuxi green loans exceed 300 billion yuan\nAt the end of March, green loans in Wuxi reached 302.6 billion yuan.', ['exceed 300 billion yuan|green-loans|region:320200|balance', 'reached 302.6 billion yuan|green-loans|region:320200|balance']],
    // "had grown", "more than twelve months earlier", "when 2023 closed"
    ['By the end of the third quarter, loans to technology enterprises had grown 35.59 percent from the beginning of the year.', ['35.59 percent|subject:loans to technology enterprises|text|growth|ytd']],
    [
      'Inclusive loans to small businesses stood at 29.4 trillion yuan when 2023 closed, 23.27 percent more than twelve months earlier.',
      ['29.4 trillion yuan|inclusive-small-micro-loans-pboc|text|balance', '23.27 percent|inclusive-small-micro-loans-pboc|text|growth|yoy'],
    ],
    // 同比增 right before its rate; 比上年同期多 of a rate is a growth
    ['6月末，全省绿色贷款余额8.12万亿元，同比增13.7%。2024年6月末，全省科技贷款余额4.76万亿元，比上年同期多28.5%。', ['8.12万亿元|green-loans|text|balance', '13.7%|green-loans|text|growth|yoy', '4.76万亿元|tech-loans|text|balance', '28.5%|tech-loans|text|growth|yoy']],
    // a bare 新增 in a clause parallel to 当季新增 is over the same quarter
    [
      '三季度末，基础设施绿色升级产业贷款余额14.57万亿元，当季新增1.48万亿元；清洁能源产业贷款8.72万亿元，新增8536亿元。',
      ['14.57万亿元|subject:基础设施绿色升级产业贷款|text|balance', '1.48万亿元|subject:基础设施绿色升级产业贷款|text|increment|qoq', '8.72万亿元|subject:清洁能源产业贷款|text|balance', '8536亿元|subject:清洁能源产业贷款|text|increment|qoq'],
    ],
  ] as const)('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it('reads kinds of institution after a subject as its parts', () => {
    const { claims } = extractClaims('全省绿色贷款余额2.4万亿元，其中国有大型商业银行1.1万亿元，股份制商业银行3200亿元。');
    expect(claims.map((c) => c.part ?? '')).toEqual(['', '国有大型商业银行', '股份制商业银行']);
  });

  // At a year-end 较年初 and 同比 are one span: 26 − 2.36 = 23.64 and 2.36 / 23.64 = 9.98%, so 10% holds and 12% does not.
  it.each([
    ['10', 'consistent'],
    ['12', 'inconsistent'],
  ])('relates a year-end increment since the start of the year to the rate year on year: %s%%', (rate, status) => {
    const r = checkText(`截至2024年末，全省各项贷款余额26万亿元，较年初增加2.36万亿元，同比增长${rate}%。`);
    expect(r.relations.filter((x) => x.claims.length === 3).map((x) => x.verdict)).toContain(status);
    expect(r.status).toBe(status);
  });

  // A loan book the catalog does not know is a part of all loans: 448.12 ≤ 625.37 holds, 648.12 does not.
  it.each([
    ['448.12', 'consistent'],
    ['648.12', 'inconsistent'],
  ])('holds an open loan subject within all loans: %s', (part, status) => {
    const r = checkText(`截至2021年6月末，全市贷款余额625.37亿元。从投向看，实体经济贷款余额${part}亿元。`);
    expect(r.relations.filter((x) => x.kind === 'at-most').map((x) => x.verdict)).toEqual([status]);
  });

  // Where the loans went, item by item, and their total: 186.25 + 97.40 + 64.18 + 39.02 = 386.85, so 386.85 holds and 376.85 does not.
  it.each([
    ['386.85', 'consistent'],
    ['376.85', 'inconsistent'],
  ])('reads the items of 主要投向A（x）、B（y） as parts, and 合计 as their whole: %s', (total, status) => {
    const r = checkText(`按行业分，截至2024年末本行绿色贷款主要投向电力、热力、燃气及水生产和供应业（186.25亿元）、交通运输、仓储和邮政业（97.40亿元）、水利、环境和公共设施管理业（64.18亿元）及其他行业（39.02亿元），合计${total}亿元。`);
    expect(r.claims.map((c) => c.part ?? '')).toEqual(['电力、热力、燃气及水生产和供应业', '交通运输、仓储和邮政业', '水利、环境和公共设施管理业', '其他行业', '']);
    expect(r.status).toBe(status);
  });

  // "top 40 trln yuan" is over 40: 40.61 restates it; "top 42 trln yuan" cannot.
  it.each([
    ['40', true],
    ['42', false],
  ])('reads a headline that tops a level as over it: %s', (level, ok) => {
    expect(checkText(`Green loans top ${level} trln yuan at end-Q1\nChina's outstanding green loans reached 40.61 trillion yuan at the end of March.`).ok).toBe(ok);
  });

  // 1862.4 − 264.5 = 1597.9 and 264.5 / 1597.9 = 16.553%: 16.55 holds, 18.55 does not.
  it.each([
    ['16.55', 'consistent'],
    ['18.55', 'inconsistent'],
  ])('checks the rate of a sentence that names no subject: %s%%', (rate, status) => {
    const r = checkText(`2025年6月末，全市普惠型小微企业贷款余额1862.4亿元。与上年同期相比，余额增加264.5亿元，增幅为${rate}%。`);
    expect(r.status).toBe(status);
  });
});

describe('reading: measures and series', () => {
  it.each([
    // the flow before it a year earlier, and the difference of the two flows
    ['一季度，社会融资规模增加2733.8亿元，比上年同期的2201.5亿元多532.3亿元。', '2025-04-23', ['2733.8亿元|subject:社会融资|2025-03-31|increment|ytd', '2201.5亿元|subject:社会融资|2024-03-31|increment|ytd', '532.3亿元|subject:社会融资|2025-03-31|flow-difference|ytd']],
    // a bare 增幅 right after an increment is that increment's rate (较去年底: since the start of the year)
    ['截至今年8月底，战略产业放款余额为8兆3808亿元，月增286.23亿元；较去年底增加4833亿元，增幅6.1%。', '2025-09-20', ['8兆3808亿元|subject:战略产业放款|2025-08-31|balance', '286.23亿元|subject:战略产业放款|2025-08-31|increment|mom', '4833亿元|subject:战略产业放款|2025-08-31|increment|ytd', '6.1%|subject:战略产业放款|2025-08-31|growth|ytd']],
    // 前十月累计增加: since the start of the year, and the period words are no part of the subject
    ['今年前十月中小企业放款累计增加4822.3亿元。', '2025-11-20', ['4822.3亿元|subject:中小企业放款|2025-10-31|increment|ytd']],
    // a redefined series: the figures after the statement are another quantity
    ['2024年末绿色贷款余额36.6万亿元。今年起按新口径统计，3月末绿色贷款余额40.61万亿元，较年初增长9.6%。', '2025-04-20', ['36.6万亿元|green-loans|2024-12-31|balance||原口径', '40.61万亿元|green-loans|2025-03-31|balance||新口径', '9.6%|green-loans|2025-03-31|growth|ytd|新口径']],
    // English: the change of a rate's own pace a year before, and a benchmark named by the verb that compares
    ['Green loans grew 38.5 percent year on year by the end of 2022. That expansion was 5.5 percentage points quicker than in the previous year and outpaced the average growth of all loans by 28.1 percentage points.', undefined, ['38.5 percent|green-loans|2022-12-31|growth|yoy', '5.5 percentage points|green-loans|2022-12-31|rate-change|yoy', '28.1 percentage points|green-loans|2022-12-31|gap|yoy']],
    // Taiwan: 至…止 is as of; 前五月 runs from 1 January; 远高于去年同期…的 is the same flow a year before
    ['至110年5月底止，本國銀行對綠能科技產業放款餘額達新臺幣1兆2,619億元，今年前五月新增放款762億元，遠高於去年同期僅增加的49億元。', undefined, ['達新臺幣1兆2,619億元|subject:绿能科技产业放款|2021-05-31|balance', '762億元|subject:绿能科技产业放款|2021-05-31|increment|ytd', '49億元|subject:绿能科技产业放款|2020-05-31|increment|ytd']],
    // 首季 is the first quarter; bare 放款 in a later sentence of the paragraph are its subject's
    ['截至2025年10月底，國銀對中小企業放款餘額10兆8,202億元。回顧今年各季，首季新增放款737億元，第2季季增1,573億元。', undefined, ['10兆8,202億元|subject:中小企业放款|2025-10-31|balance', '737億元|subject:中小企业放款|2025-03-31|increment|ytd', '1,573億元|subject:中小企业放款|2025-06-30|increment|qoq']],
    // a 比率 that is no share (占…之比率) is a ratio's level, and its change in points a rate change
    ['截至2025年9月底，中小企業放款之平均逾期放款比率為0.22%，較上月底減少0.02個百分點。', undefined, ['0.22%|subject:中小企业放款|2025-09-30|ratio', '0.02個百分點|subject:中小企业放款|2025-09-30|rate-change|mom']],
    // 该行 that is the central bank's branch tells no case: its statistics are claims; fields named
    // before 依次 (科技、绿色…五个领域) with their loans after zip with its figures
    ['记者从人民银行山西省分行了解到，截至2025年8月末，全省五篇大文章领域贷款余额合计1.56万亿元，比上年同期增长14.7%。具体到科技、绿色、普惠三个领域，贷款增速依次为10.6%、18.4%和17.9%。该行介绍，相关工作稳步推进。', undefined, ['1.56万亿元|subject:五篇大文章领域贷款|2025-08-31|balance', '14.7%|subject:五篇大文章领域贷款|2025-08-31|growth|yoy', '10.6%|tech-loans|2025-08-31|growth|yoy', '18.4%|green-loans|2025-08-31|growth|yoy', '17.9%|inclusive-loans|2025-08-31|growth|yoy']],
    // a date between the subject and its figure; the benchmark's rate in brackets is the nation's; 去年 after a reported year is that year
    ['通报2024年全省金融运行情况。去年末，全省本外币贷款余额12月末为12.7万亿元，比上年同期增长11.6%，比全国同期增速（6.8%）高4.8个百分点。', undefined, ['12.7万亿元|total-loans|2024-12-31|balance||本外币', '11.6%|total-loans|2024-12-31|growth|yoy|本外币', '6.8%|total-loans|2024-12-31|growth|yoy', '4.8个百分点|total-loans|2024-12-31|gap|yoy|本外币']],
    // English: a rate whose base comes after it ("more than a year before", "higher than at the start of the year"), a share whose whole does
    ['Green credit reached 80.5 billion yuan at the end of June, 6.4 percent more than a year earlier and 3,1 percent higher than at the start of the year. That was 14.2 percent of all outstanding loans.', '2025-07-20', ['reached 80.5 billion yuan|green-loans|2025-06-30|balance', '6.4 percent|green-loans|2025-06-30|growth|yoy', '3,1 percent|green-loans|2025-06-30|growth|ytd', '14.2 percent|green-loans|2025-06-30|share']],
    // English lists: "respectively" after a list closed by "and the …", and a bare run of rates after a list of subjects
    ['Loans for technology, inclusive finance and the digital economy rose 12.5 percent, 11.5 percent and 11.9 percent year on year, respectively.', '2025-07-20', ['12.5 percent|tech-loans|2025-07-20|growth|yoy', '11.5 percent|inclusive-loans|2025-07-20|growth|yoy', '11.9 percent|digital-economy-loans|2025-07-20|growth|yoy']],
    // Commas first, the last "and" for the final two; an item's own "and" stays inside it; "to the" opens the complement.
    ['Loans to the ecological environment industry, energy conservation and environmental protection, clean production and clean energy rose 10.9 percent, 18.2 percent, 41.2 percent and 31.5 percent year on year, respectively.', '2025-07-20', ['10.9 percent|subject:loans to the ecological environment industry|2025-07-20|growth|yoy', '18.2 percent|subject:loans to energy conservation and environmental protection|2025-07-20|growth|yoy', '41.2 percent|subject:loans to clean production|2025-07-20|growth|yoy', '31.5 percent|subject:loans to clean energy|2025-07-20|growth|yoy']],
    ['Green credit to energy conservation, clean production and clean energy rose 18.23 percent, 41.17 percent and 31.48 percent year on year.', '2025-07-20', ['18.23 percent|subject:green credit to energy conservation|2025-07-20|growth|yoy', '41.17 percent|subject:green credit to clean production|2025-07-20|growth|yoy', '31.48 percent|subject:green credit to clean energy|2025-07-20|growth|yoy']],
    // two noun phrases joined by an "and" after the first's loan noun, whatever "and" is inside them
    ['The balances of inclusive small and micro loans and agriculture-related loans were 201.2 billion yuan and 247.1 billion yuan respectively.', '2025-04-20', ['201.2 billion yuan|inclusive-small-micro-loans-pboc|2025-04-20|balance', '247.1 billion yuan|agri-loans|2025-04-20|balance']],
    // … and a run (or a "respectively" list) whose subjects do not pair gives no claim of the whole phrase
    ['Loans to small firms, farmers, exporters and importers, the report said, rose 18.23 percent and 41.17 percent.', '2025-07-20', []],
    // 依次 whose items are the subjects of the figures just read
    ['按用途划分，基础设施绿色升级产业贷款13.09万亿元、清洁能源产业贷款7.87万亿元，同比增速依次为33.2%和38.5%。', '2024-02-01', ['13.09万亿元|subject:基础设施绿色升级产业贷款|2024-02-01|balance', '7.87万亿元|subject:清洁能源产业贷款|2024-02-01|balance', '33.2%|subject:基础设施绿色升级产业贷款|2024-02-01|growth|yoy', '38.5%|subject:清洁能源产业贷款|2024-02-01|growth|yoy']],
    // a synonym-spun copy: 添加 for 增加, 同时期 for 同期
    ['一季度末，高新技术企业贷款余额18.45万亿元，较去年同时期添加8.5%。', '2025-04-20', ['18.45万亿元|high-tech-enterprise-loans|2025-03-31|balance', '8.5%|high-tech-enterprise-loans|2025-03-31|growth|yoy']],
    // a count of things no statistic counts is a fact, not a claim
    ['全市建成养老金融服务站6个，配备专员168人。', undefined, []],
    // 净增 is an increase and 降幅 a fall: each read with the basis its clause names
    ['6月末，实体经济贷款余额448.12亿元，较年初净增55.69亿元，增幅14.19%。', '2025-08-01', ['448.12亿元|subject:实体经济贷款|2025-06-30|balance', '55.69亿元|subject:实体经济贷款|2025-06-30|increment|ytd', '14.19%|subject:实体经济贷款|2025-06-30|growth|ytd']],
    ['2024年末本行绿色贷款余额2.47亿元，较年初减少0.19亿元，降幅7.14%。', '2025-03-01', ['2.47亿元|green-loans|2024-12-31|balance', '0.19亿元|green-loans|2024-12-31|increment|ytd', '7.14%|green-loans|2024-12-31|growth|ytd']],
    // 合计 after a subject is its balance; 两者合计 is the two subjects before it together, a quantity of its own (their sum)
    ['截至7月末，全市三类企业贷款合计2146.9亿元，同比增长13.6%。', '2025-08-01', ['2146.9亿元|subject:三类企业贷款|2025-07-31|balance', '13.6%|subject:三类企业贷款|2025-07-31|growth|yoy']],
    ['3月末，直接碳减排效益项目贷款11.21万亿元，间接碳减排效益项目贷款11.34万亿元，两者合计22.55万亿元。', '2025-04-20', ['11.21万亿元|subject:直接碳减排效益项目贷款|2025-03-31|balance', '11.34万亿元|subject:间接碳减排效益项目贷款|2025-03-31|balance', '22.55万亿元|subject:直接碳减排效益项目贷款和间接碳减排效益项目贷款|2025-03-31|balance']],
    // a sentence that opens with 其中 goes on over the period of the one before it (上半年: since 1 January)
    ['上半年全省人民币贷款增加3268.5亿元。其中，新增制造业贷款728.9亿元。', '2025-08-01', ['3268.5亿元|total-loans|2025-06-30|increment|ytd|人民币', '728.9亿元|manufacturing-loans|2025-06-30|increment|ytd']],
  ] as const)('%s', (text, documentDate, expected) => {
    expect(read(text, documentDate)).toEqual(expected);
  });

  it('reads 全年目标 as a goal due at the end of the year, and sets the outcome against it', () => {
    const e = extractClaims('截至2025年8月底，战略产业放款较去年底增加4833亿元，已达全年成长目标3800亿元的127.2%。', { documentDate: '2025-09-20' });
    expect(e.targets.map((t) => [t.figure.text, t.deadline, t.measure, t.basis])).toEqual([['3800亿元', '2025-12-31', 'increment', 'ytd']]);
    // 4833 / 3800 = 127.18%: the progress it states holds.
    expect(e.claims.map((c) => [c.figure.text, c.measure, c.basis])).toEqual([['4833亿元', 'increment', 'ytd'], ['127.2%', 'progress', undefined]]);
    expect(checkText('截至2025年8月底，战略产业放款较去年底增加4833亿元，已达全年成长目标3800亿元的127.2%。', { documentDate: '2025-09-20' }).relations.filter((x) => x.kind === 'progress').map((x) => x.verdict)).toEqual(['consistent-within-rounding']);
  });
});

describe('checking: relations read from prose', () => {
  // 2733.8 − 2201.5 = 532.3: consistent; 542.3 is not.
  it.each([
    ['一季度，社会融资规模增加2733.8亿元，比上年同期的2201.5亿元多532.3亿元。', 'consistent'],
    ['一季度，社会融资规模增加2733.8亿元，比上年同期的2201.5亿元多542.3亿元。', 'inconsistent'],
  ])('a difference of flows: %s', (text, verdict) => {
    const r = checkText(text, { documentDate: '2025-04-23' });
    expect(r.relations.find((x) => x.kind === 'flow-difference')?.verdict).toBe(verdict);
  });

  // 3.46万亿 / 4840亿 = 7.149 yuan per dollar, a rate the dollar has had; 884 gives 3.91 and 384 (about: 364.8–403.2) 8.58 at best.
  it.each([
    ['Outstanding loans to tech SMEs came to 3.46 trillion yuan (about 484 billion U.S. dollars) at end-June.', 'consistent'],
    ['Outstanding loans to tech SMEs came to 3.46 trillion yuan (about 884 billion U.S. dollars) at end-June.', 'inconsistent'],
    ['Outstanding loans to tech SMEs came to 3.46 trillion yuan (about 384 billion U.S. dollars) at end-June.', 'inconsistent'],
    ['6月末，科技型中小企业贷款余额3.46万亿元（约合4840亿美元）。', 'consistent'],
  ])('a restatement in US dollars at a rate the dollar has had: %s', (text, verdict) => {
    const r = checkText(text);
    expect(r.claims.map((c) => c.measure)).toEqual(['balance', 'restatement']);
    expect(r.relations.find((x) => x.kind === 'exchange')?.verdict).toBe(verdict);
    if (verdict === 'inconsistent') expect(r.conflicts[0]?.explanations.map((e) => e.kind)).toContain('exchange-rate');
  });

  // One rate for every restatement at a date: 36.6/5.10 is 7.160–7.193, 44.1/6.14 is 7.168–7.196; 44.1/6.41 (6.87–6.89) is in the band but not that rate.
  it.each([
    ['6.14', 'consistent'],
    ['6.41', 'inconsistent'],
  ])('restatements at one date share one rate: %s trillion dollars', (usd, status) => {
    const r = checkText(`Green loans stood at 36.6 trillion yuan (5.10 trillion U.S. dollars) at the end of June. Technology loans stood at 44.1 trillion yuan (${usd} trillion U.S. dollars) at the end of June.`);
    expect(r.claims.filter((c) => c.measure === 'restatement')).toHaveLength(2);
    expect(r.status).toBe(status);
  });

  // A part in Hong Kong dollars within a whole in yuan: 1250.8 × 0.76 = 950.6 ≤ 1200.5; 1650.8 × 0.76 = 1254.6 exceeds it at any rate since 2000.
  it.each([
    ['1,250.8', 0],
    ['1,650.8', 1],
  ])('compares a part in 港币 with its whole in yuan through the rate: %s', (hkd, conflicts) => {
    const r = checkText(`截至2024年末，本集团绿色贷款余额人民币1,200.5亿元；其中，香港子公司绿色贷款余额港币${hkd}亿元。`);
    expect(r.claims.map((c) => c.figure.unit)).toEqual(['亿元', '亿港元']);
    expect(r.conflicts).toHaveLength(conflicts);
  });

  it('holds a part within the whole the catalog defines and the one the text names, and flags the one that exceeds it', () => {
    const r = checkText('4月末，全市中长期贷款余额24565亿元，其中制造业中长期贷款余额2471亿元。科技贷款余额1000亿元，其中科技型中小企业贷款余额1200亿元。', { documentDate: '2025-05-20' });
    const atMost = r.relations.filter((x) => x.kind === 'at-most').map((x) => [x.claims.map((id) => r.claims.find((c) => c.id === id)?.figure.text).join(' ≤ '), x.verdict]);
    expect(atMost).toEqual([
      ['2471亿元 ≤ 24565亿元', 'consistent'],
      ['1200亿元 ≤ 1000亿元', 'inconsistent'],
    ]);
    expect(r.status).toBe('inconsistent');
  });

  it('takes the whole a sentence opens among (在涉农贷款中), and a purpose between holder word and 贷款 as narrowing', () => {
    // 50.36 ≤ 60.19 and 17.72 ≤ 60.19; 9.95 ≤ 17.72 (农户生产经营贷款 of 农户贷款). 70.36 exceeds 60.19.
    const text = (rural: string): string =>
      `3月末，本外币涉农贷款余额60.19万亿元，同比增长13.5%。在涉农贷款中，农村贷款余额${rural}万亿元，同比增长13.9%；农户贷款余额17.72万亿元，同比增长11.6%。普惠金融领域，农户生产经营贷款余额9.95万亿元，同比增长17.1%。`;
    const atMost = (t: string) => checkText(t, { documentDate: '2024-05-05' }).relations.filter((r) => r.kind === 'at-most').map((r) => [r.id.replace(/\|text\|2024-03-31/g, ''), r.verdict]);
    expect(atMost(text('50.36'))).toEqual([
      ['at-most:balance|subject:农村贷款<=balance|agri-loans@本外币', 'consistent'],
      ['at-most:balance|subject:农户贷款<=balance|agri-loans@本外币', 'consistent'],
      ['at-most:balance|subject:农户生产经营贷款<=balance|subject:农户贷款', 'consistent'],
    ]);
    expect(atMost(text('70.36'))[0]).toEqual(['at-most:balance|subject:农村贷款<=balance|agri-loans@本外币', 'inconsistent']);
  });

  it('reads the joint total of a 分别 list and its share, and checks them', () => {
    // 7.79 + 4.22 = 12.01; 12.01 / 18.07 = 66.46…% (66.5% within rounding). 12.11 breaks the sum.
    const text = (total: string): string =>
      `3月末，本外币绿色贷款余额18.07万亿元。投向具有直接和间接碳减排效益项目的贷款分别为7.79万亿元和4.22万亿元，两项合计${total}万亿元，占绿色贷款的66.5%。`;
    const r = checkText(text('12.01'), { documentDate: '2022-05-01' });
    expect(r.claims.map((c) => [c.figure.text, c.measure, c.subject])).toEqual([
      ['18.07万亿元', 'balance', '绿色贷款'],
      ['7.79万亿元', 'balance', '具有直接碳减排效益项目的贷款'],
      ['4.22万亿元', 'balance', '具有间接碳减排效益项目的贷款'],
      ['12.01万亿元', 'balance', '具有直接和间接碳减排效益项目的贷款'],
      ['66.5%', 'share', '具有直接和间接碳减排效益项目的贷款'],
    ]);
    expect(r.relations.filter((x) => x.kind === 'sum' || x.kind === 'share').map((x) => [x.kind, x.verdict])).toEqual([
      ['share', 'consistent-within-rounding'],
      ['sum', 'consistent'],
    ]);
    expect(checkText(text('12.11'), { documentDate: '2022-05-01' }).ok).toBe(false);
  });

  it("checks a gap against the nation's rate printed in brackets", () => {
    // 11.6 − 6.8 = 4.8: consistent; 5.8 is not.
    const text = (gap: string): string => `6月末，四川省本外币贷款余额12.7万亿元，比上年同期增长11.6%，比全国同期增速（6.8%）高${gap}个百分点。`;
    const r = checkText(text('4.8'), { documentDate: '2025-07-23' });
    expect(r.claims.find((c) => c.figure.text === '6.8%')?.holder).toBe('national');
    expect(r.relations.filter((x) => x.kind === 'gap').map((x) => x.verdict)).toEqual(['consistent']);
    expect(checkText(text('5.8'), { documentDate: '2025-07-23' }).ok).toBe(false);
  });

  it('holds area words of another level apart: 全市 and 全省 are two holders, and a share of 全省 is of the province\'s whole', () => {
    const holders = (text: string, options: Record<string, string> = {}) => extractClaims(text, options).claims.map((c) => `${c.figure.text} ${c.holder}`);
    expect(holders('截至2025年6月末，全市绿色贷款余额1200亿元。全省绿色贷款余额9600亿元。')).toEqual(['1200亿元 text', '9600亿元 place:全省']);
    expect(holders('全省绿色贷款余额9600亿元。全市绿色贷款余额1200亿元。', { region: '330300', documentDate: '2025-07-01' })).toEqual(['9600亿元 region:330000', '1200亿元 region:330300']);
    // A municipality's 全市 is the municipality itself.
    expect(holders('全市本外币贷款余额57672.4亿元。', { region: '500000', documentDate: '2024-05-22' })).toEqual(['57672.4亿元 region:500000']);
    // 1200 / 9600 = 12.5%: the share of the city in the province's whole holds; 22.5% does not.
    const share = (rate: string) => checkText(`截至2025年6月末，全市绿色贷款余额1200亿元，占全省绿色贷款的${rate}%。全省绿色贷款余额9600亿元。`);
    const r = share('12.5');
    expect(r.claims.find((c) => c.figure.text === '12.5%')).toMatchObject({ measure: 'share', of: 'green-loans', ofHolder: 'place:全省' });
    expect(r.relations.find((x) => x.kind === 'share')?.verdict).toBe('consistent');
    expect(share('22.5').status).toBe('inconsistent');
  });

  // A table's column of shares of the city's whole, beside the banks' balances: 612.4 / 3636.8 = 16.84%, 16.8% holds.
  it.each([
    ['16.8', 'consistent'],
    ['19.8', 'inconsistent'],
  ])('reads a column of shares of the area\'s whole (占全市比重): %s%%', (rate, status) => {
    const text = `佛山辖内银行机构科技贷款余额（2025年6月末）\n| 银行 | 科技贷款余额（亿元） | 占全市比重 |\n|---|---|---|\n| 工商银行佛山分行 | 612.4 | ${rate}% |\n| 佛山农商银行 | 436.2 | 12.0% |\n注：同期全市科技贷款余额3636.8亿元。`;
    const r = checkText(text);
    expect(r.claims.filter((c) => c.measure === 'share').map((c) => [c.holder, c.of, c.ofHolder])).toEqual([
      ['bank:工商银行佛山分行', 'tech-loans', 'region:440600'],
      ['bank:佛山农商银行', 'tech-loans', 'region:440600'],
    ]);
    expect(r.status).toBe(status);
  });

  // Consistent passages that once raised a false alarm (an adversarial hunt on new texts): each must stay quiet,
  // and a changed digit must still be flagged. The arithmetic of each row is in its comment.
  it.each([
    // 5.98 ≤ 6.12: 其中 and a narrower scope is a part, not the same quantity
    ['截至2025年末，本集团绿色贷款余额6.12万亿元；其中，境内绿色贷款余额5.98万亿元。', '截至2025年末，本集团绿色贷款余额6.12万亿元；其中，境内绿色贷款余额6.98万亿元。', '2026-04-20'],
    // 48.6 / 311.9 = 15.582%: 在各项贷款中占 is a share of green loans, not of total loans in itself
    ['全县绿色贷款余额为48.6亿元，在各项贷款中占15.58%。全县各项贷款余额311.9亿元。', '全县绿色贷款余额为48.6亿元，在各项贷款中占16.58%。全县各项贷款余额311.9亿元。', '2025-07-20'],
    // 21.4 − 8.7 = 12.7: the bracket's benchmark rate does not take over the gap after it
    ['截至2025年6月末，全市绿色贷款余额同比增长21.4%（同期各项贷款增长8.7%），高于各项贷款增速12.7个百分点。', '截至2025年6月末，全市绿色贷款余额同比增长21.4%（同期各项贷款增长8.7%），高于各项贷款增速13.7个百分点。', '2025-07-20'],
    // 比2025年末高3.1个百分点 is the change of its own rate, not a gap to 13.2%
    ['一季度末，全省科技贷款同比增长20.9%，比2025年末高3.1个百分点。全省各项贷款同比增长13.2%。', null, '2026-04-20'],
    // 1590 / 1500 − 1 = 6.0%: 年初 opening a clause is the last year-end
    ['截至2025年6月末，全市绿色贷款余额1590亿元，较年初增长6.0%。年初全市绿色贷款余额为1500亿元。', '截至2025年6月末，全市绿色贷款余额1590亿元，较年初增长7.0%。年初全市绿色贷款余额为1500亿元。', '2025-07-20'],
    // 12.3 − 6.9 = 5.4: a PDF's wrap space inside 12.3
    ['普惠小微贷款余额同比增长1 2.3%，高于各项贷款增速5.4个百分点；各项贷款增速为6.9%。', '普惠小微贷款余额同比增长1 2.3%，高于各项贷款增速6.4个百分点；各项贷款增速为6.9%。', '2025-07-20'],
    // 11.6 − 6.7 = 4.9: "the city's overall loan growth rate of 6.7 percent" is the benchmark's rate
    ["Sci-tech loans grew 11.6 percent year on year, 4.9 percentage points higher than the city's overall loan growth rate of 6.7 percent.", "Sci-tech loans grew 11.6 percent year on year, 5.9 percentage points higher than the city's overall loan growth rate of 6.7 percent.", '2025-07-20'],
    // 25.4 / 18.6 − 1 = 36.56%: English from–to, each level dated by the date right after it
    ['Loans to elderly care rose from 18.6 billion yuan at the end of June 2025 to 25.4 billion yuan at the end of June 2026, up 36.6 percent year on year.', 'Loans to elderly care rose from 18.6 billion yuan at the end of June 2025 to 25.4 billion yuan at the end of June 2026, up 38.6 percent year on year.', '2026-07-20'],
    // 8.3 − 6.8 = 1.5: 较整体贷款年增6.8%高 names the benchmark's rate between the comparison and its verb
    ['全體企業放款年增8.3%，較整體貸款年增6.8%高1.5個百分點。', '全體企業放款年增8.3%，較整體貸款年增6.8%高2.5個百分點。', '2025-07-20'],
    // 24 − 15 = 9: a spun 各项借款 is still the benchmark
    ['科技型中小企业贷款余额同比增长24%，增速比各项借款高9个百分点。各项贷款同比增长15%。', '科技型中小企业贷款余额同比增长24%，增速比各项借款高7个百分点。各项贷款同比增长15%。', '2025-07-20'],
    // 1590 / 1500 − 1 = 6.0%: a 分别 list over dates (3月末、6月末) gives each figure its date
    ['2025年3月末、6月末，全市绿色贷款余额分别为1530亿元和1590亿元。年初全市绿色贷款余额为1500亿元，6月末较年初增长6.0%。', '2025年3月末、6月末，全市绿色贷款余额分别为1530亿元和1590亿元。年初全市绿色贷款余额为1500亿元，6月末较年初增长5.0%。', '2025-07-20'],
    // 177.5 / 1250 = 14.2%: "respectively" pairs the shares with their own subjects
    ['Green loans and inclusive loans accounted for 14.2 percent and 11.8 percent of total loans, respectively. Green loans stood at 177.5 billion yuan and total loans at 1.25 trillion yuan.', 'Green loans and inclusive loans accounted for 15.2 percent and 11.8 percent of total loans, respectively. Green loans stood at 177.5 billion yuan and total loans at 1.25 trillion yuan.', '2025-07-20'],
    // 712.8 / 640.5 − 1 = 11.29%: 由上年同期的 dates the earlier level a year before
    ['9月末，全市普惠小微贷款余额由上年同期的640.5亿元增至712.8亿元，同比增长11.3%。', '9月末，全市普惠小微贷款余额由上年同期的640.5亿元增至712.8亿元，同比增长12.3%。', '2025-10-20'],
    // 2803.9 / 2410.6 − 1 = 16.32%: 由上年末的 after 2024年末 is the year-end before it
    ['截至2024年末，全省绿色贷款余额由上年末的2410.6亿元增至2803.9亿元，较年初增长16.3%。', '截至2024年末，全省绿色贷款余额由上年末的2410.6亿元增至2803.9亿元，较年初增长17.3%。', '2025-01-20'],
    // 97.6 / 84.2 − 1 = 15.91%: "from X a year earlier to Y"
    ['Green loans climbed from 84.2 billion yuan a year earlier to 97.6 billion yuan at the end of June, up 15.9 percent year on year.', 'Green loans climbed from 84.2 billion yuan a year earlier to 97.6 billion yuan at the end of June, up 16.9 percent year on year.', '2025-07-20'],
    // …and with no date at all, the earlier level is left unread rather than dated as the later one
    ['Green loans rose from 84.2 billion yuan a year earlier to 97.6 billion yuan.', null, undefined],
    // 105.0 / (955.0 − 105.0) = 12.35%: 单位：亿元、% gives the rate column its %
    ['单位：亿元、%\n| 指标 | 余额 | 较年初增加 | 较年初增长 |\n|---|---|---|---|\n| 科技贷款 | 955.0 | 105.0 | 12.35 |', '单位：亿元、%\n| 指标 | 余额 | 较年初增加 | 较年初增长 |\n|---|---|---|---|\n| 科技贷款 | 955.0 | 105.0 | 13.35 |', '2025-07-20'],
    // 1250.4 / 1080.2 − 1 = 15.76%: a stacked header's second row dates its columns; the rate is of the later one
    ['| 指标 | 余额 | 余额 | 同比增速 |\n| | 2025年9月末 | 2024年9月末 | （%） |\n|---|---|---|---|\n| 绿色贷款（亿元） | 1250.4 | 1080.2 | 15.76 |', '| 指标 | 余额 | 余额 | 同比增速 |\n| | 2025年9月末 | 2024年9月末 | （%） |\n|---|---|---|---|\n| 绿色贷款（亿元） | 1250.4 | 1080.2 | 16.76 |', '2025-10-20'],
    // 1203.75 / 986.42 − 1 = 22.03%: 本年末 stating a level in a report dated in March is the report's year-end
    ['本行绿色贷款余额由上年末的986.42亿元增至本年末的1,203.75亿元，较上年末增长22.03%。', '本行绿色贷款余额由上年末的986.42亿元增至本年末的1,203.75亿元，较上年末增长23.03%。', '2025-03-28'],
    // 外币 loans are loans in foreign currencies alone, not 本外币; 以人民币计 counts them in yuan, a rate of its own
    ['6月末，本外币贷款余额268.5万亿元，同比增长6.9%。外币贷款余额5,620亿美元，同比下降7.4%。', null, '2025-07-20'],
    ['外币绿色贷款余额812亿美元，同比增长6.5%，以人民币计同比增长7.9%。', null, '2025-07-20'],
    // 412.6 / 375.1 − 1 = 10.00%: 上年同期为 opening its clause is the level a year before
    ['6月末，绿色贷款余额412.6亿元，较上年同期增长10.0%；上年同期为375.1亿元。', '6月末，绿色贷款余额412.6亿元，较上年同期增长11.0%；上年同期为375.1亿元。', '2025-07-20'],
    // 530.4 − 507.6 = 22.8: 上季末为 is the level at the quarter's end before
    ['9月末，科技贷款余额530.4亿元，较上季末增加22.8亿元；上季末为507.6亿元。', '9月末，科技贷款余额530.4亿元，较上季末增加32.8亿元；上季末为507.6亿元。', '2025-10-20'],
    // 701.4 / 612.7 − 1 = 14.48%: 由年初的 is the last year-end
    ['截至6月末，全市科技贷款余额由年初的612.7亿元增至701.4亿元，较年初增长14.5%。', '截至6月末，全市科技贷款余额由年初的612.7亿元增至701.4亿元，较年初增长15.5%。', '2025-07-20'],
    // 1142.8 / 986.5 − 1 = 15.84%: 2024年…从年初的 is the year-end before 2024
    ['2024年，本行普惠型小微企业贷款余额从年初的986.5亿元提升至年末的1,142.8亿元，较年初增长15.84%。', '2024年，本行普惠型小微企业贷款余额从年初的986.5亿元提升至年末的1,142.8亿元，较年初增长16.84%。', '2025-03-28'],
    // 1320.4 / 2850.6 = 46.32%, 512.7 / 2850.6 = 17.99%: kinds of institution are parts of the subject in force, each share of its whole
    ['截至2025年9月末，全市普惠小微贷款余额2850.6亿元，其中国有大型商业银行余额合计1320.4亿元，占46.32%；股份制商业银行512.7亿元，占17.99%；其他机构106.3亿元，占3.73%。', '截至2025年9月末，全市普惠小微贷款余额2850.6亿元，其中国有大型商业银行余额合计1320.4亿元，占46.32%；股份制商业银行512.7亿元，占19.99%；其他机构106.3亿元，占3.73%。', '2025-10-20'],
    // 四家大型银行 counts banks of a kind: no bank holder for the rest of the paragraph (1206.3 / 3842 = 31.40%, 744.2 / 3842 = 19.37%)
    ['截至6月末，全市绿色贷款余额3,842亿元。从机构看，四家大型银行绿色贷款合计1,206.3亿元，占31.40%；股份制银行744.2亿元，占19.37%。', '截至6月末，全市绿色贷款余额3,842亿元。从机构看，四家大型银行绿色贷款合计1,206.3亿元，占31.40%；股份制银行744.2亿元，占18.37%。', '2025-07-20'],
    // 全国 beside 全市 in a local text: the nation's figure is the nation's, the city's the text's own
    ['全国普惠小微贷款余额35.2万亿元，同比增长11.9%。全市普惠小微贷款余额1,186.7亿元，同比增长14.6%。', null, '2025-07-20'],
    // a growth goal for a year that opens its sentence (2024年，力争…) is a goal, missed by 11.6
    ['2024年，力争全市普惠型小微企业贷款同比增长12%以上。2024年末，全市普惠型小微企业贷款同比增长11.6%。', null, '2025-03-28'],
    // 同比 right after a flow that opens its sentence compares the flow, not the balance
    ['6月末，全市绿色贷款余额755.4亿元，同比增长18.2%。上半年新增绿色贷款96.3亿元，同比增加12.1亿元。', null, '2025-07-20'],
    ['上半年，全市新增普惠小微贷款93.6亿元，同比增长9.6%。6月末，全市普惠小微贷款余额1,186.7亿元，同比增长12.4%。', null, '2025-07-20'],
    // 三家合计 is a joint total of the banks before it, no restatement of the first
    ['丙银行（742.15亿元）、丁银行（531.8亿元）和戊银行（490.67亿元）位居前三，三家合计1,764.62亿元。', null, '2025-07-20'],
    // English earlier levels: "from X in 2020 to Y in 2024" (a year is no range's first number), "…, when they stood at"
    ['The bank\'s green loans rose from 30 billion yuan in 2020 to 65 billion yuan in 2024. Its green loans reached 65 billion yuan at end-2024.', null, '2025-03-28'],
    ['Its green loans reached 412.6 billion yuan at end-2024, up 18.2 percent from a year earlier, when they stood at 349.1 billion yuan.', 'Its green loans reached 412.6 billion yuan at end-2024, up 19.2 percent from a year earlier, when they stood at 349.1 billion yuan.', '2025-03-28'],
    // a sentence opening with 上年同期 stands a year before; 比上年同期低 is a fall of the rate (20.6 − 25.4 = −4.8)
    ['6月末，高技术制造业中长期贷款余额3.12万亿元，同比增长20.6%，增速比上年同期低4.8个百分点。上年同期，高技术制造业中长期贷款同比增长25.4%。', '6月末，高技术制造业中长期贷款余额3.12万亿元，同比增长20.6%，增速比上年同期低3.8个百分点。上年同期，高技术制造业中长期贷款同比增长25.4%。', '2025-07-20'],
    // 户均 is an average per borrower; A和B合计 a joint total; a 口径 is said of its own figures only
    ['全县普惠小微贷款余额156.8亿元，户均贷款36.7万元，较年初增加13.4亿元。', null, '2025-07-20'],
    ['全市科技贷款和绿色贷款余额合计4,418.3亿元，其中绿色贷款3,126.8亿元。', null, '2025-07-20'],
    ['本行绿色贷款余额6.39万亿元；按人民银行口径，绿色贷款余额5.98万亿元。', null, '2025-07-20'],
    // a condition on who is rewarded (增长15%以上的银行机构) is no growth stated
    ['对绿色贷款余额同比增长15%以上的银行机构给予奖励。2024年末，全市绿色贷款同比增长12.8%。', null, '2025-03-10'],
    // a dated table column of a flow (上半年新增); months in Chinese numerals (六月末)
    ['| 指标 | 余额 | 上半年新增 |\n|---|---|---|\n| 涉农贷款（亿元） | 1,532.6 | 118.9 |', null, '2025-07-20'],
    ['截至六月末，全市绿色贷款余额386.4亿元。截至三月末，全市绿色贷款余额378.5亿元。', null, '2025-07-20'],
    // 8642.7 / 7617.4 − 1 = 13.46%: 报告期末 of a half-year report is its June end, not the year-end before
    ['上海浦东发展银行2025年半年度报告\n报告期末，本行科技贷款余额8,642.7亿元，较上年末增长13.46%。2024年末，本行科技贷款余额7,617.4亿元。', '上海浦东发展银行2025年半年度报告\n报告期末，本行科技贷款余额8,642.7亿元，较上年末增长14.46%。2024年末，本行科技贷款余额7,617.4亿元。', '2025-08-29'],
    // 单位：亿元，% with a full-width comma; a table without outer bars keeps its header of dates
    ['单位：亿元，%\n项目 | 余额 | 同比增长\n科技贷款 | 6,812.5 | 18.6\n科技贷款同比增长18.6%。', null, '2025-07-20'],
    ['指标 | 2025年6月末 | 2024年末\n绿色贷款余额（亿元） | 2,846.32 | 2,568.15\n科技贷款余额（亿元） | 1,012.60 | 936.44', null, '2025-08-28'],
    // a gap after rates of two bases names neither; "lower than at the end of last year" is the rate's own change
    ['普惠小微贷款同比增长11.6%，较年初增长6.2%，增速比各项贷款高4.5个百分点。各项贷款同比增长7.1%，较年初增长3.9%。', null, '2025-07-20'],
    ['Green loans grew 14.4 percent year on year, 0.9 percentage points lower than at the end of last year. All loans grew 7.1 percent year on year.', null, '2025-07-20'],
    // a table's rows of places are their holders
    ['Green loans by province, end-June 2025\n| Province | YTD growth (%) |\n|---|---|\n| Jiangxi Province | 11.2 |\n| Hunan Province | 10.2 |', null, '2025-07-20'],
    ['分省绿色贷款（2025年6月末）\n| 省份 | 较年初增长（%） |\n|---|---|\n| 江西省 | 11.2 |\n| 湖南省 | 10.2 |', null, '2025-07-20'],
    // a rate a policy pays (按新增贷款的0.5%给予奖励) is no growth of the loans
    ['对绿色贷款同比增速较高的银行机构，按新增绿色贷款的0.5%给予奖励。2024年末，全市绿色贷款同比增长18.2%。', null, '2025-03-10'],
    // 上年末 beside 报告期末 is the year-end before the report's, not the same date
    ['项目 | 报告期末 | 上年末\n普惠型小微企业贷款（亿元） | 512.30 | 448.10', null, '2025-03-28'],
    ['项目 | 报告期末 | 上年末\n普惠型小微企业贷款（亿元） | 512.30 | 448.10', null, undefined],
    // 按季 is quarter on quarter, not a second year-on-year rate
    ['本行綠色貸款餘額為港幣420.5億元，按年增長12.6%，按季增長2.1%。', null, '2025-07-20'],
    // a sentence opening with scoped bare loans is about all loans, not the green loans before it
    ['Green loans grew 21.5 percent year on year. Outstanding yuan loans grew 6.9 percent year on year.', null, '2025-07-20'],
    ['Green loans grew 21.5 percent year on year. Outstanding loans in both local and foreign currencies grew 7.2 percent year on year.', null, '2025-07-20'],
    // 21.4 − 7.9 = 13.5: the copy's space after 增长 and a wrap space inside 21.4
    ['全市绿色贷款余额同比增长 2 1.4%，高于各项贷款增速13.5个百分点。全市各项贷款同比增长7.9%。', '全市绿色贷款余额同比增长 2 1.4%，高于各项贷款增速12.5个百分点。全市各项贷款同比增长7.9%。', '2025-07-20'],
  ] as const)('stays quiet on %s', (consistent, changed, documentDate) => {
    expect(checkText(consistent, { documentDate }).ok).toBe(true);
    if (changed) expect(checkText(changed, { documentDate }).ok).toBe(false);
  });

  it('reads a goal whose deadline has passed as a goal, set against what the text states for it', () => {
    // 862.4 ≥ 800: met. Read as a stated balance, the goal's 800 contradicted 862.4.
    for (const lead of ['规划提出，到2025年末', '到2025年末', '力争到2025年末', '预计到2025年末，']) {
      const r = checkText(`${lead}全市科技贷款余额达到800亿元。截至2025年末，全市科技贷款余额862.4亿元。`, { documentDate: '2026-02-01' });
      expect(r.conflicts, lead).toEqual([]);
      expect(r.targets.map((t) => t.status), lead).toEqual(['met']);
    }
  });

  it('reads every item of a list of goals by year as a goal, and an English goal that has passed as one', () => {
    // 63.2 ≥ 60 for 2024: met; the 2023 goal has nothing stated for it.
    const zh = checkText('力争2023年新增绿色贷款50亿元、2024年新增60亿元。2024年，全县绿色贷款增加63.2亿元。', { documentDate: '2025-03-10' });
    expect(zh.conflicts).toEqual([]);
    expect(zh.targets.map((t) => t.text)).toEqual(['50亿元', '60亿元']);
    const en = checkText('The city aimed to raise green loans to 300 billion yuan by the end of 2024. Green loans reached 312.5 billion yuan at the end of 2024.', { documentDate: '2025-03-10' });
    expect(en.conflicts).toEqual([]);
    expect(en.targets.map((t) => t.status)).toEqual(['met']);
  });

  it('sets a goal of the year opening its sentence, and one after 目标是：, against what is stated for it', () => {
    const r = checkText('2024年，力争全市普惠型小微企业贷款同比增长12%以上。2024年末，全市普惠型小微企业贷款同比增长11.6%。', { documentDate: '2025-03-28' });
    expect(r.targets.map((t) => [t.text, t.deadline, t.status])).toEqual([['12%以上', '2024-12-31', 'missed']]);
    const plan = checkText('行动给出的2027年末目标是：全市科技贷款余额力争突破5500亿元。');
    expect(plan.targets.map((t) => [t.text, t.indicator, t.deadline])).toEqual([['突破5500亿元', 'tech-loans', '2027-12-31']]);
  });

  it('does not take who borrows for a narrowing purpose: 小微企业贷款 is no part of 小微贷款', () => {
    const r = checkText('6月末，全市小微贷款余额800亿元，小微企业贷款余额950亿元。', { documentDate: '2025-07-20' });
    expect(r.relations.filter((x) => x.kind === 'at-most')).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('sets a redefined series apart: no contradiction between the old balance and the new growth', () => {
    const r = checkText('2024年末绿色贷款余额36.6万亿元。今年起按新口径统计，3月末绿色贷款余额40.61万亿元，较年初增长9.6%。', { documentDate: '2025-04-20' });
    expect(r.conflicts).toEqual([]);
  });
});

// A seventh hunt for false alarms: consistent texts that were called inconsistent, each with the
// reading that was wrong, and a changed digit that must still be caught.
describe('checking: hunt 7, consistent texts stay quiet', () => {
  const rows = (text: string, documentDate?: string): string[] =>
    extractClaims(text, documentDate ? { documentDate } : {}).claims.map((c) => [c.figure.text, c.indicator, c.holder, c.date, c.measure, c.basis ?? ''].join('|').replace(/\|+$/, ''));
  it.each([
    // a flow after a dated earlier level (…，2024年末为…，全年增加…) stands at the sentence's date: 2118.6 − 1804.2 = 314.4, 314.4 / 1804.2 = 17.43%
    ['2025年末科技贷款余额2,118.6亿元，2024年末为1,804.2亿元，全年增加314.4亿元，增长17.43%。', '2026-03-30', ['2,118.6亿元|tech-loans|text|2025-12-31|balance', '1,804.2亿元|tech-loans|text|2024-12-31|balance', '314.4亿元|tech-loans|text|2025-12-31|increment|ytd', '17.43%|tech-loans|text|2025-12-31|growth|ytd']],
    // ，上年末为… after a mid-year level is the year-end before it (not two years back); 去年同期余额为… a year before
    ['6月末，绿色贷款余额1,532.40亿元，较上年末增加146.25亿元，上年末为1,386.15亿元；去年同期余额为1,170.5亿元。', '2025-08-28', ['1,532.40亿元|green-loans|text|2025-06-30|balance', '146.25亿元|green-loans|text|2025-06-30|increment|ytd', '1,386.15亿元|green-loans|text|2024-12-31|balance', '1,170.5亿元|green-loans|text|2024-06-30|balance']],
    // the whole's balance inside a share's phrase is the whole's, held by the area it names: 3.56 / 42.39 = 8.40%
    ['浙江省绿色贷款余额3.56万亿元，占全国绿色贷款余额42.39万亿元的8.4%。', '2025-07-25', ['3.56万亿元|green-loans|region:330000|2025-07-25|balance', '42.39万亿元|green-loans|national|2025-07-25|balance', '8.4%|green-loans|region:330000|2025-07-25|share']],
    // banks' English names and Chinese short names are holders; "Bank of China" is no nation
    ["Industrial Bank's technology loans stood at 971.2 billion yuan. China Merchants Bank's technology loans stood at 610.8 billion yuan.", '2025-04-12', ['971.2 billion yuan|tech-loans|bank:兴业银行|2025-04-12|balance', '610.8 billion yuan|tech-loans|bank:招商银行|2025-04-12|balance']],
    ["Bank of China said its green loans reached 4.79 trillion yuan by the end of June. China's outstanding green loans stood at 42.39 trillion yuan at the end of June.", '2025-08-30', ['reached 4.79 trillion yuan|green-loans|bank:中国银行|2025-06-30|balance', '42.39 trillion yuan|green-loans|national|2025-06-30|balance']],
    ['截至6月末，建设银行绿色贷款余额5.72万亿元；工行为6.02万亿元。', '2025-09-02', ['5.72万亿元|green-loans|bank:建设银行|2025-06-30|balance', '6.02万亿元|green-loans|bank:工商银行|2025-06-30|balance']],
    // an English "up" after an increase since the start of the year shares its basis: 206 / (1326 − 206) = 18.39%
    ['Green loans stood at 1,326 billion yuan at the end of June, up 43 percent year on year, and 206 billion yuan more than at the start of the year, up 18.4 percent.', '2025-07-22', ['1,326 billion yuan|green-loans|text|2025-06-30|balance', '43 percent|green-loans|text|2025-06-30|growth|yoy', '206 billion yuan|green-loans|text|2025-06-30|increment|ytd', '18.4 percent|green-loans|text|2025-06-30|growth|ytd']],
    // "from the end of last year" is a base, not the date of what follows: 1.63 / 9.38 = 17.38%
    ['Inclusive loans to small and micro enterprises stood at 1.63 trillion yuan at the end of June, up 5.84 percent from the end of last year, accounting for 17.4 percent of total loans of 9.38 trillion yuan.', '2025-08-29', ['1.63 trillion yuan|inclusive-small-micro-loans|text|2025-06-30|balance', '5.84 percent|inclusive-small-micro-loans|text|2025-06-30|growth|ytd', '17.4 percent|inclusive-small-micro-loans|text|2025-06-30|share', '9.38 trillion yuan|total-loans|text|2025-06-30|balance']],
    // a benchmark's rate in a relative clause after its name is the benchmark's
    ['Green loans grew 16.84 percent year on year, outpacing total loans, which grew 4.67 percent.', '2025-08-28', ['16.84 percent|green-loans|text|2025-08-28|growth|yoy', '4.67 percent|total-loans|text|2025-08-28|growth|yoy']],
    // 低于平均水平 after peers' average is no gap to the bank's own loans
    ['上市银行绿色贷款平均增速为19.8%，兴业银行绿色贷款较上年末增长5.9%，低于平均水平13.9个百分点；该行各项贷款较上年末增长3.1%。', '2025-09-18', ['19.8%|green-loans|bank:上市银行|2025-09-18|average-growth', '5.9%|green-loans|bank:兴业银行|2025-09-18|growth|ytd', '13.9个百分点|green-loans|bank:兴业银行|2025-09-18|gap|ytd', '3.1%|total-loans|bank:兴业银行|2025-09-18|growth|ytd']],
    // years joined before 余额分别为 are the years' ends
    ['2023年、2024年和2025年，本行绿色贷款余额分别为1,021.5亿元、1,286.15亿元和1,532.40亿元。截至2025年末，本行绿色贷款余额1,532.40亿元。', '2026-03-30', ['1,021.5亿元|green-loans|entity:bank|2023-12-31|balance', '1,286.15亿元|green-loans|entity:bank|2024-12-31|balance', '1,532.40亿元|green-loans|entity:bank|2025-12-31|balance', '1,532.40亿元|green-loans|entity:bank|2025-12-31|balance']],
    // 全省 after a ； that follows a city's share of the province is the province
    ['截至6月末，成都市绿色贷款余额7,215.8亿元，占全省绿色贷款的51.3%；全省绿色贷款余额1.41万亿元。', '2025-07-25', ['7,215.8亿元|green-loans|region:510100|2025-06-30|balance', '51.3%|green-loans|region:510100|2025-06-30|share', '1.41万亿元|green-loans|region:510000|2025-06-30|balance']],
  ] as const)('%s', (text, documentDate, expected) => {
    expect(rows(text, documentDate)).toEqual(expected);
    expect(checkText(text, { documentDate }).conflicts.filter((c) => c.severity === 'inconsistent')).toEqual([]);
  });

  // The changed digit of each: the relation it breaks is flagged.
  it.each([
    ['2025年末科技贷款余额2,118.6亿元，2024年末为1,804.2亿元，全年增加314.4亿元，增长19.43%。', '2026-03-30'],
    ['6月末，绿色贷款余额1,532.40亿元，较上年末增加156.25亿元，上年末为1,386.15亿元；去年同期余额为1,170.5亿元。', '2025-08-28'],
    ['Green loans stood at 1,326 billion yuan at the end of June, up 43 percent year on year, and 206 billion yuan more than at the start of the year, up 28.4 percent.', '2025-07-22'],
    ['Inclusive loans to small and micro enterprises stood at 1.63 trillion yuan at the end of June, up 5.84 percent from the end of last year, accounting for 27.4 percent of total loans of 9.38 trillion yuan.', '2025-08-29'],
    ['浙江省绿色贷款余额3.56万亿元，占全国绿色贷款余额42.39万亿元的9.4%。', '2025-07-25'],
    ['截至6月末，成都市绿色贷款余额7,215.8亿元，占全省绿色贷款的58.3%；全省绿色贷款余额1.41万亿元。', '2025-07-25'],
  ])('flags the changed digit: %s', (text, documentDate) => {
    expect(checkText(text, { documentDate }).status).toBe('inconsistent');
  });
});

// An eighth hunt for false alarms, after the reading of subjects said before, banks' names and earlier levels:
// consistent texts that were called inconsistent, each with the reading that was wrong.
describe('checking: hunt 8, consistent texts stay quiet', () => {
  const rows = (text: string, options: { documentDate?: string; region?: string }): string[] =>
    extractClaims(text, options).claims.map((c) => [c.figure.text, c.indicator, c.holder, c.date, c.measure, c.basis ?? ''].join('|').replace(/\|+$/, ''));
  it.each([
    // a short bank name after 的是 is a bank
    ['全省绿色贷款余额3.56万亿元。余额最高的是工行，为5,210.3亿元。', { documentDate: '2025-08-30', region: '330000' }, ['3.56万亿元|green-loans|region:330000|2025-08-30|balance', '5,210.3亿元|green-loans|bank:工商银行|2025-08-30|balance']],
    // the nation named after a bank, in the next sentence or nearer the figure, holds the figure
    ["Industrial Bank's green loans reached 1.02 trillion yuan. Nationwide, green loans stood at 42.39 trillion yuan.", { documentDate: '2025-08-30' }, ['reached 1.02 trillion yuan|green-loans|bank:兴业银行|2025-08-30|balance', '42.39 trillion yuan|green-loans|national|2025-08-30|balance']],
    ["Agricultural Bank of China said its green loans rose to 5.02 trillion yuan by the end of June, while China's green loans grew 14.4 percent year on year to 42.39 trillion yuan.", { documentDate: '2025-07-20' }, ['5.02 trillion yuan|green-loans|bank:农业银行|2025-06-30|balance', '14.4 percent|green-loans|national|2025-06-30|growth|yoy', '42.39 trillion yuan|green-loans|national|2025-06-30|balance']],
    // "…, when they stood at" after "the end of last year" is that year-end's level
    ['Green loans in Jiangsu reached 2.61 trillion yuan at the end of June, up from the end of last year, when they stood at 2.31 trillion yuan.', { documentDate: '2025-08-20' }, ['reached 2.61 trillion yuan|green-loans|region:320000|2025-06-30|balance', '2.31 trillion yuan|green-loans|region:320000|2024-12-31|balance']],
    // a range of years and years joined before 分别新增 give each figure its year
    ['2022—2024年，本行绿色贷款余额分别为856.2亿元、1,039.9亿元和1,286.2亿元。', { documentDate: '2025-03-30' }, ['856.2亿元|green-loans|entity:bank|2022-12-31|balance', '1,039.9亿元|green-loans|entity:bank|2023-12-31|balance', '1,286.2亿元|green-loans|entity:bank|2024-12-31|balance']],
    ['2023年和2024年，本行绿色贷款分别新增183.7亿元和246.3亿元。', { documentDate: '2025-03-30' }, ['183.7亿元|green-loans|entity:bank|2023-12-31|increment|ytd', '246.3亿元|green-loans|entity:bank|2024-12-31|increment|ytd']],
    // 比上年同期多28.5% after a flow is the flow's growth, no growth of the balance; 新增 opening its clause is what was
    // added since the start of the year (stop 32), not over the rate's year
    ['全省绿色贷款同比增长21.3%，新增1,820亿元，比上年同期多28.5%。', { documentDate: '2025-07-25', region: '330000' }, ['21.3%|green-loans|region:330000|2025-07-25|growth|yoy', '1,820亿元|green-loans|region:330000|2025-07-25|increment|ytd']],
    // the whole of a share in brackets, in English ("the national total of"), or a flow ("各项贷款增量")
    ['浙江省绿色贷款余额3.56万亿元，占全国绿色贷款余额（42.39万亿元）的8.4%。', { documentDate: '2025-07-25' }, ['3.56万亿元|green-loans|region:330000|2025-07-25|balance', '42.39万亿元|green-loans|national|2025-07-25|balance', '8.4%|green-loans|region:330000|2025-07-25|share']],
    ['Green loans in Zhejiang stood at 3.56 trillion yuan, accounting for 8.4 percent of the national total of 42.39 trillion yuan.', { documentDate: '2025-08-30' }, ['3.56 trillion yuan|green-loans|region:330000|2025-08-30|balance', '8.4 percent|green-loans|region:330000|2025-08-30|share', '42.39 trillion yuan|green-loans|national|2025-08-30|balance']],
    ['上半年，全省普惠小微贷款增加612.4亿元，占全省各项贷款增量3,292.5亿元的18.6%。', { documentDate: '2025-07-25', region: '360000' }, ['612.4亿元|inclusive-small-micro-loans-pboc|region:360000|2025-06-30|increment|ytd', '3,292.5亿元|total-loans|region:360000|2025-06-30|increment|ytd']],
    // "more than at the end of last year" is since the start of the year
    ['Loans to the elderly care industry in Shanghai reached 32.6 billion yuan by the end of June, up 41.2 percent year on year and 6.1 billion yuan more than at the end of last year.', { documentDate: '2025-08-10' }, ['reached 32.6 billion yuan|pension-industry-loans|region:310000|2025-06-30|balance', '41.2 percent|pension-industry-loans|region:310000|2025-06-30|growth|yoy', '6.1 billion yuan|pension-industry-loans|region:310000|2025-06-30|increment|ytd']],
    // Hong Kong's short bank names, and a short name with its branch
    ['綠色貸款餘額約為3,120億港元。其中，滙豐餘額約為820億港元；中銀香港餘額約為610億港元。', { documentDate: '2025-08-20' }, ['3,120億港元|green-loans|region:810000|2025-08-20|balance', '820億港元|green-loans|bank:汇丰银行|2025-08-20|balance', '610億港元|green-loans|bank:中银香港|2025-08-20|balance']],
  ] as const)('%s', (text, options, expected) => {
    expect(rows(text, options)).toEqual(expected);
    expect(checkText(text, options).conflicts.filter((c) => c.severity === 'inconsistent')).toEqual([]);
  });

  // A branch's share of the province's whole: 1203.5 / 35600 = 3.38%, so 3.4% holds and 5.4% does not.
  it.each([
    ['3.4', 'consistent'],
    ['5.4', 'inconsistent'],
  ])('checks a bank branch named by its short name against the province: %s%%', (rate, status) => {
    const r = checkText(`截至6月末，全省绿色贷款余额3.56万亿元，较年初增长12.4%。国开行浙江分行余额为1,203.5亿元，占全省的${rate}%。`, { documentDate: '2025-07-20', region: '330000' });
    expect(r.claims.find((c) => c.figure.text === '1,203.5亿元')?.holder).toBe('bank:国家开发银行浙江分行');
    expect(r.status).toBe(status);
  });
});

// English says a subject many ways ("lending to sci-tech", "elderly care industry loan", "green loans to
// utilities"); its lists repeat their prepositions and are named again by "their"; a breakdown's heading
// (分期限看) splits the loans before it. Read by hand, with the part a sub-population is of.
describe('reading: subjects said every way, their parts and their lists', () => {
  const rows = (text: string, options: { documentDate?: string; region?: string } = {}): string[] =>
    extractClaims(text, options).claims.map((c) => [c.figure.text, c.indicator, c.part ?? '', c.date, c.measure, c.basis ?? ''].join('|').replace(/\|+$/, ''));
  it.each([
    // the complement before the noun, and the five fields' English names
    ['Lending to sci-tech, green development and elderly care rose 12.5 percent, 25.5 percent and 43 percent year on year, respectively, as of end-June.', {}, ['12.5 percent|tech-loans||Y-06-30|growth|yoy', '25.5 percent|green-loans||Y-06-30|growth|yoy', '43 percent|pension-industry-loans||Y-06-30|growth|yoy']],
    // a singular noun names the same loans
    ['The elderly care industry loan balance in Shandong reached 13.94 billion yuan at the end of May 2025.', {}, ['reached 13.94 billion yuan|pension-industry-loans||2025-05-31|balance']],
    // a known subject for one industry is a part of it; "those to" is the next part, a stock like the first
    ['At the end of June 2025, green loans stood at 42.39 trillion yuan. By industry, green loans to power, heat, gas and water supply reached 8.66 trillion yuan, while those to transport, storage and postal services totaled 7.64 trillion yuan.', {}, ['42.39 trillion yuan|green-loans||2025-06-30|balance', 'reached 8.66 trillion yuan|green-loans|power, heat, gas and water supply|2025-06-30|balance', '7.64 trillion yuan|green-loans|transport, storage and postal services|2025-06-30|balance']],
    // a list whose items repeat "for", zipped by "respectively"; its period after the mark; "their balances" zips the same items again
    ['By the end of June 2025, loans for power grids, for clean energy, and for ecological protection grew by 2.11 trillion yuan, 588.9 billion yuan and 562.2 billion yuan, respectively, over the six months, taking their balances to 18.75 trillion yuan, 8.25 trillion yuan and 4.95 trillion yuan.', {}, ['2.11 trillion yuan|subject:loans for power grids||2025-06-30|increment|ytd', '588.9 billion yuan|subject:loans for clean energy||2025-06-30|increment|ytd', '562.2 billion yuan|subject:loans for ecological protection||2025-06-30|increment|ytd', '18.75 trillion yuan|subject:loans for power grids||2025-06-30|balance', '8.25 trillion yuan|subject:loans for clean energy||2025-06-30|balance', '4.95 trillion yuan|subject:loans for ecological protection||2025-06-30|balance']],
    ['At end-June 2025, loans to manufacturing, to mining and to real estate grew 14.1 percent, 12.0 percent and 9.8 percent year on year, respectively.', {}, ['14.1 percent|manufacturing-loans||2025-06-30|growth|yoy', '12.0 percent|subject:loans to mining||2025-06-30|growth|yoy', '9.8 percent|subject:loans to real estate||2025-06-30|growth|yoy']],
    // a semicolon closes the reach of a later "respectively"
    ['Manufacturing loans reached 218.31 billion yuan at end-June 2025, 8.57 billion yuan more than at the start of the year; within them, loans to advanced manufacturing and to high-tech manufacturing grew 12.0 percent and 9.8 percent year on year, respectively.', {}, ['reached 218.31 billion yuan|manufacturing-loans||2025-06-30|balance', '8.57 billion yuan|manufacturing-loans||2025-06-30|increment|ytd', '12.0 percent|manufacturing-loans|advanced|2025-06-30|growth|yoy', '9.8 percent|manufacturing-loans|high-tech|2025-06-30|growth|yoy']],
    // bare loans after deposits, the verb left out: all loans, not more deposits
    ['At end-June 2025, deposits in Huizhou came to 981.08 billion yuan, up 3.6 percent year on year, and loans to 1,129.18 billion yuan, up 2.8 percent year on year.', {}, ['981.08 billion yuan|subject:deposits||2025-06-30|balance', '3.6 percent|subject:deposits||2025-06-30|growth|yoy', '1,129.18 billion yuan|total-loans||2025-06-30|balance', '2.8 percent|total-loans||2025-06-30|growth|yoy']],
    // a breakdown's heading: loans by term are parts of the loans before it
    ['6月末，本外币企事业单位贷款余额168.05万亿元。分期限看，短期贷款余额56.72万亿元，中长期贷款余额107.8万亿元。', { documentDate: '2024-07-12' }, ['168.05万亿元|subject:企事业单位贷款||2024-06-30|balance', '56.72万亿元|subject:企事业单位贷款|短期贷款|2024-06-30|balance', '107.8万亿元|subject:企事业单位贷款|中长期贷款|2024-06-30|balance']],
    // an English breakdown's heading: the items are parts of the loans in force
    ['Green loans totaled 120.5 billion yuan at end-June 2025. Among uses, clean energy and energy conservation posted year-on-year growth of 32.8 percent and 24.1 percent, respectively.', {}, ['120.5 billion yuan|green-loans||2025-06-30|balance', '32.8 percent|green-loans|clean energy|2025-06-30|growth|yoy', '24.1 percent|green-loans|energy conservation|2025-06-30|growth|yoy']],
    // two joined noun phrases, then their rates zipped again by a participle after "respectively"
    ['At end-March 2025, the balances of inclusive small and micro loans and agriculture-related loans were 201.163 billion yuan and 247.091 billion yuan respectively, growing 37.26% and 30.27% year-on-year respectively.', {}, ['201.163 billion yuan|inclusive-small-micro-loans-pboc||2025-03-31|balance', '247.091 billion yuan|agri-loans||2025-03-31|balance', '37.26%|inclusive-small-micro-loans-pboc||2025-03-31|growth|yoy', '30.27%|agri-loans||2025-03-31|growth|yoy']],
    // an open subject's name with words before it is a part of it; 非 names no part
    ['二季度末，本外币工业中长期贷款余额23.73万亿元；其中重工业中长期贷款余额20.28万亿元，轻工业中长期贷款余额3.45万亿元。', { documentDate: '2024-07-20' }, ['23.73万亿元|subject:工业中长期贷款||2024-06-30|balance', '20.28万亿元|subject:工业中长期贷款|重|2024-06-30|balance', '3.45万亿元|subject:工业中长期贷款|轻|2024-06-30|balance']],
    ['6月末，全市个人贷款余额100亿元，非个人贷款余额300亿元。', { documentDate: '2024-07-20' }, ['100亿元|subject:个人贷款||2024-06-30|balance', '300亿元|subject:非个人贷款||2024-06-30|balance']],
    // a 分别 list whose items are the subject its sentence named before (…产业贷款增长最快，余额分别为); in a text
    // about green loans, the uses green loans are broken down by are parts of them
    ['截至2024年末，全省绿色贷款余额6,210亿元。分用途看，节能环保和清洁能源产业贷款增长最快，余额分别为1,320和980亿元，比年初分别增长24.1%和19.6%。', { region: '370000' }, ['6,210亿元|green-loans||2024-12-31|balance', '1,320亿元|green-loans|节能环保|2024-12-31|balance', '980亿元|green-loans|清洁能源产业|2024-12-31|balance', '24.1%|green-loans|节能环保|2024-12-31|growth|ytd', '19.6%|green-loans|清洁能源产业|2024-12-31|growth|ytd']],
    // 债务 is a noun a subject ends with; an amount issued restated in another currency
    ['2024年在港发行的绿色和可持续债务总额达844亿美元（约6,583亿港元）。', {}, ['达844亿美元|subject:在港发行绿色和可持续债务||2024-12-31|amount', '约6,583亿港元|subject:在港发行绿色和可持续债务||2024-12-31|restatement']],
  ] as const)('%s', (text, options, expected) => {
    expect(rows(text, options)).toEqual(expected);
    expect(checkText(text, options).conflicts).toEqual([]);
  });

  // A narrower open subject is held within the one before it: 25.28 > 23.73 cannot be.
  it.each([
    ['20.28', 'consistent'],
    ['25.28', 'inconsistent'],
  ])('checks 重工业中长期贷款 within 工业中长期贷款: %s万亿元', (part, status) => {
    expect(checkText(`二季度末，本外币工业中长期贷款余额23.73万亿元；其中重工业中长期贷款余额${part}万亿元。`, { documentDate: '2024-07-20' }).status).toBe(status);
  });

  it('takes the area a rank is in for no holder ("ranked second in the province")', () => {
    const r = checkText('At the end of March 2025, loans in Changzhou reached 1,506.905 billion yuan. Year-on-year growth was 19.38%, which ranked second in the province; compared with the beginning of the year, loans increased 122.488 billion yuan.');
    expect(r.claims.map((c) => c.holder)).toEqual(['region:320400', 'region:320400', 'region:320400']);
  });

  // The parts a breakdown names are checked against the loans it splits: 180.8 > 168.05 cannot be a part.
  it.each([
    ['107.8', 'consistent'],
    ['180.8', 'inconsistent'],
  ])('checks a part named after 分期限看 against its whole: %s万亿元', (part, status) => {
    const r = checkText(`6月末，本外币企事业单位贷款余额168.05万亿元。分期限看，中长期贷款余额${part}万亿元。`, { documentDate: '2024-07-12' });
    expect(r.status).toBe(status === 'consistent' ? 'consistent' : 'inconsistent');
  });

  // An industry's green loans against all green loans: 8.66 ≤ 42.39 holds, 48.66 does not.
  it.each([
    ['8.66', 'consistent'],
    ['48.66', 'inconsistent'],
  ])('checks green loans to one industry against all green loans: %s trillion yuan', (part, status) => {
    const r = checkText(`At the end of June 2025, green loans stood at 42.39 trillion yuan. Green loans to power, heat, gas and water supply reached ${part} trillion yuan.`);
    expect(r.status).toBe(status);
  });
});

// A release prints 人民币各项贷款's rate and compares 本外币 series with 各项贷款: those gaps are to the
// 本外币 loans it does not print (15.2 − 7.9 = 10.4 − 3.1 = 7.3, not 7.6), an unscoped one to the
// printed 人民币 rate (14.6 − 7.6 = 7.0).
describe('checking: a gap is to the loans of its own subject\'s scope', () => {
  const text = (x: string, y: string): string =>
    `2025年二季度末，人民币各项贷款余额265.4万亿元，同比增长7.6%。本外币制造业中长期贷款同比增长15.2%，增速比各项贷款高${x}个百分点；本外币基础设施中长期贷款同比增长10.4%，增速比各项贷款高3.1个百分点。普惠小微贷款同比增长14.6%，增速比各项贷款高${y}个百分点。`;
  it.each([
    ['7.9', '7.0', 'consistent'],
    // the two 本外币 gaps no longer imply one benchmark: 15.2 − 8.4 = 6.8 against 7.3
    ['8.4', '7.0', 'inconsistent'],
    // the unscoped gap against the printed 人民币 rate: 14.6 − 7.6 = 7.0, not 7.5
    ['7.9', '7.5', 'inconsistent'],
  ])('gaps %s and %s: %s', (x, y, status) => {
    expect(checkText(text(x, y), { documentDate: '2025-07-20' }).status).toBe(status);
  });
});

// Banks each with their level, then a list: 兴业 9012.3 − 1280.5 = 7731.8 and 1280.5 / 7731.8 = 16.56%;
// 华夏 1408.6 − 210.4 = 1198.2 and 210.4 / 1198.2 = 17.56%. An amount right after a bank's name is its
// level of the subject in force, not a case story.
describe('reading: banks named each with their level before 分别', () => {
  const text = (rate: string): string =>
    `2024年末，招商银行绿色贷款余额5,120.4亿元，较上年末增加860.2亿元，增长20.19%；兴业银行9,012.3亿元、华夏银行1,408.6亿元，较上年末分别增加1,280.5亿元和210.4亿元，增幅依次为16.56%和${rate}%。`;
  it('reads every figure with its bank', () => {
    const rows = extractClaims(text('17.56')).claims.map((c) => [c.figure.text, c.indicator, c.holder, c.measure].join('|'));
    expect(rows).toEqual([
      '5,120.4亿元|green-loans|bank:招商银行|balance',
      '860.2亿元|green-loans|bank:招商银行|increment',
      '20.19%|green-loans|bank:招商银行|growth',
      '9,012.3亿元|green-loans|bank:兴业银行|balance',
      '1,408.6亿元|green-loans|bank:华夏银行|balance',
      '1,280.5亿元|green-loans|bank:兴业银行|increment',
      '210.4亿元|green-loans|bank:华夏银行|increment',
      '16.56%|green-loans|bank:兴业银行|growth',
      '17.56%|green-loans|bank:华夏银行|growth',
    ]);
  });
  it.each([
    ['17.56', 'consistent'],
    ['19.56', 'inconsistent'],
  ])('checks the second bank of the list: %s%%', (rate, status) => {
    expect(checkText(text(rate)).status).toBe(status);
  });
});

// A ninth hunt for false alarms (174 new consistent passages, 16 alarmed, now 0): the level of an earlier
// time opening its clause without 为 (上年末余额, 上年同期增加, 上年末占比, 上年同期增速, 去年末余额), a
// Chinese year-end as the year "last year" is before, the fields a loan goes to before 分别, two banks'
// total, "total outstanding loans", the list named again by "accounting for", "A year earlier,".
describe('checking: hunt 9, consistent texts stay quiet', () => {
  const rows = heldRows;
  it.each([
    ['前三季度，普惠小微贷款增加3.15万亿元；上年同期增加2.964万亿元。', { documentDate: '2025-10-20' }, ['3.15万亿元|inclusive-small-micro-loans-pboc||text|2025-09-30|increment|ytd', '2.964万亿元|inclusive-small-micro-loans-pboc||text|2024-09-30|increment|ytd']],
    ['2025年末全市科技贷款余额1268.35亿元，上年末余额1060.28亿元。', {}, ['1268.35亿元|tech-loans||text|2025-12-31|balance', '1060.28亿元|tech-loans||text|2024-12-31|balance']],
    ['截至2025年末，本行绿色贷款占各项贷款比重为13.27%，上年末占比11.42%。', {}, ['13.27%|green-loans||entity:bank|2025-12-31|share', '11.42%|green-loans||entity:bank|2024-12-31|share']],
    ['截至2025年6月末，全市科技型中小企业贷款同比增长23.5%，上年同期增速18.2%。', {}, ['23.5%|tech-sme-loans||text|2025-06-30|growth|yoy', '18.2%|tech-sme-loans||text|2024-06-30|growth|yoy']],
    ['截至2025年末，全省普惠小微贷款同比增长12.5%；上年末普惠小微贷款增速为14.3%。', {}, ['12.5%|inclusive-small-micro-loans-pboc||text|2025-12-31|growth|yoy', '14.3%|inclusive-small-micro-loans-pboc||text|2024-12-31|growth|yoy']],
    // a Chinese year-end is the date its figures stand at: last year's end is the one before, in another sentence too
    ['截至2025年末，全省绿色贷款余额3862亿元。去年末，全省绿色贷款余额3262亿元。', {}, ['3862亿元|green-loans||text|2025-12-31|balance', '3262亿元|green-loans||text|2024-12-31|balance']],
    // the fields a loan goes to, before 分别, are its parts
    ['截至9月末，全省科技贷款重点投向信息技术、生物医药领域，余额分别为1286、954亿元。全省科技贷款余额6906亿元。', { documentDate: '2025-10-20' }, ['1286亿元|tech-loans|信息技术|text|2025-09-30|balance', '954亿元|tech-loans|生物医药|text|2025-09-30|balance', '6906亿元|tech-loans||text|2025-09-30|balance']],
    // two banks' total is held by both, and sums them
    ['截至2025年6月末，工商银行、农业银行绿色贷款余额分别为6.35万亿元和5.72万亿元。两家银行绿色贷款余额合计12.07万亿元。', {}, ['6.35万亿元|green-loans||bank:工商银行|2025-06-30|balance', '5.72万亿元|green-loans||bank:农业银行|2025-06-30|balance', '12.07万亿元|green-loans||banks:工商银行+农业银行|2025-06-30|balance']],
    // "total outstanding loans" are all loans, not the subject before
    ['Technology loans stood at 44.1 trillion yuan, while total outstanding loans stood at 272.4 trillion yuan.', { documentDate: '2025-07-20' }, ['44.1 trillion yuan|tech-loans||text|2025-07-20|balance', '272.4 trillion yuan|total-loans||text|2025-07-20|balance']],
    // "A year earlier," opening a sentence stands a year before
    ['Loans to the elderly care industry stood at 135.6 billion yuan at the end of June 2025, up 43.8 percent year on year. A year earlier, elderly care loans had stood at 94.3 billion yuan.', {}, ['135.6 billion yuan|pension-industry-loans||text|2025-06-30|balance', '43.8 percent|pension-industry-loans||text|2025-06-30|growth|yoy', '94.3 billion yuan|pension-industry-loans||text|2024-06-30|balance']],
  ] as const)('%s', (text, options, expected) => {
    expect(rows(text, options)).toEqual(expected);
    expect(checkText(text, options).conflicts.filter((c) => c.severity === 'inconsistent')).toEqual([]);
  });

  // The relations those readings check, and their changed-digit twins:
  // 6.35 + 5.72 = 12.07; 1268.35 / 1060.28 = 1.19624 (19.62%); 135.6 / 94.3 = 1.43796 (43.8%);
  // 42.39 / 272.4 = 15.56% and 44.1 / 272.4 = 16.19%; a field's 1286 ≤ 6906.
  it.each([
    ['两家银行绿色贷款余额合计12.07万亿元', 'consistent'],
    ['两家银行绿色贷款余额合计13.07万亿元', 'inconsistent'],
  ])('sums two banks: %s', (total, status) => {
    expect(checkText(`截至2025年6月末，工商银行、农业银行绿色贷款余额分别为6.35万亿元和5.72万亿元。${total}。`).status).toBe(status);
  });
  it.each([
    ['19.62', 'consistent'],
    ['21.62', 'inconsistent'],
  ])('grows from last year-end\'s level stated without 为: %s%%', (rate, status) => {
    expect(checkText(`2025年末全市科技贷款余额1268.35亿元，上年末余额1060.28亿元，比上年末增长${rate}%。`).status).toBe(status);
  });
  it.each([
    ['43.8', 'consistent'],
    ['45.8', 'inconsistent'],
  ])('grows from the level "a year earlier": %s percent', (rate, status) => {
    expect(checkText(`Loans to the elderly care industry stood at 135.6 billion yuan at the end of June 2025, up ${rate} percent year on year. A year earlier, elderly care loans had stood at 94.3 billion yuan.`).status).toBe(status);
  });
  it.each([
    ['16.2', 'consistent'],
    ['18.2', 'inconsistent'],
  ])('zips the shares "accounting for" after a respectively list: %s percent', (rate, status) => {
    const r = checkText(`At the end of June 2025, outstanding green loans and technology loans stood at 42.39 trillion yuan and 44.1 trillion yuan, respectively, accounting for 15.6 percent and ${rate} percent of total outstanding loans of 272.4 trillion yuan.`);
    expect(r.status).toBe(status);
  });
  // The same period a year before, its change since that year's start (12.3 − 9.5 = 2.8 points); a gap of last
  // year's rate (14.3 − 6.5 = 7.8 then, 12.5 − 5.1 = 7.4 now: two benchmarks, no conflict).
  it.each([
    ['2.8', 'consistent'],
    ['3.8', 'inconsistent'],
  ])('compares a rate with the same period last year: %s points', (change, status) => {
    expect(checkText(`截至2025年6月末，全市绿色贷款余额842.6亿元，较年初增长12.3%，增速较上年同期提高${change}个百分点；上年同期绿色贷款较年初增长9.5%。`).status).toBe(status);
  });
  it('dates a gap of last year-end\'s rate at that year-end', () => {
    const r = checkText('截至2025年末，全省普惠小微贷款同比增长12.5%，比各项贷款增速高5.1个百分点；上年末普惠小微贷款增速为14.3%，比各项贷款增速高6.5个百分点。');
    expect(r.claims.filter((c) => c.measure === 'gap').map((c) => `${c.figure.text}|${c.date}`)).toEqual(['5.1个百分点|2025-12-31', '6.5个百分点|2024-12-31']);
    expect(r.conflicts).toEqual([]);
  });
  it.each([
    ['1286', 'consistent'],
    ['7286', 'inconsistent'],
  ])('holds a field of the loans within them: %s亿元', (part, status) => {
    expect(checkText(`截至9月末，全省科技贷款重点投向信息技术、生物医药领域，余额分别为${part}、954亿元。全省科技贷款余额6906亿元。`, { documentDate: '2025-10-20' }).status).toBe(status);
  });
});

// A tenth hunt, aimed at this stop's new rules (175 new consistent passages, 17 alarmed, now 0): an earlier
// time with a comma after a year-end whatever the publication date, 上年末以来 and 今年以来 as now, parts named
// together before 分别 (制造业和批发零售业…, 投向A和B产业), banks named together before 合计, what was newly
// granted and its rate, a gapped English verb, 113年底, "a year earlier they had stood at", and a later
// sentence's old date that does not date the figures before it.
describe('checking: hunt 10, consistent texts stay quiet', () => {
  const rows = heldRows;
  it.each([
    ['截至2025年末，绿色贷款余额1.98万亿元。上年末，绿色贷款余额1.68万亿元。', { documentDate: '2026-01-25' }, ['1.98万亿元|green-loans||text|2025-12-31|balance', '1.68万亿元|green-loans||text|2024-12-31|balance']],
    ['截至2025年末，绿色贷款余额1.98万亿元。去年末，绿色贷款余额为1.68万亿元。', { documentDate: '2026-01-25' }, ['1.98万亿元|green-loans||text|2025-12-31|balance', '1.68万亿元|green-loans||text|2024-12-31|balance']],
    ['9月末，普惠小微贷款余额8850.2亿元。上年末余额8037.8亿元，上年末以来累计新增812.4亿元，增长10.1%。', { documentDate: '2025-10-25' }, ['8850.2亿元|inclusive-small-micro-loans-pboc||text|2025-09-30|balance', '8037.8亿元|inclusive-small-micro-loans-pboc||text|2024-12-31|balance', '812.4亿元|inclusive-small-micro-loans-pboc||text|2025-09-30|increment|ytd', '10.1%|inclusive-small-micro-loans-pboc||text|2025-09-30|growth|ytd']],
    ['9月末，绿色贷款余额1.86万亿元。上年末，绿色贷款余额1.56万亿元，今年以来增加3000亿元，增长19.2%。', { documentDate: '2025-10-25' }, ['1.86万亿元|green-loans||text|2025-09-30|balance', '1.56万亿元|green-loans||text|2024-12-31|balance', '3000亿元|green-loans||text|2025-09-30|increment|ytd', '19.2%|green-loans||text|2025-09-30|growth|ytd']],
    ['6月末，普惠小微贷款余额8035.6亿元。制造业和批发零售业普惠小微贷款规模最大，余额分别为2210.5亿元和1896.3亿元。', { documentDate: '2025-07-20' }, ['8035.6亿元|inclusive-small-micro-loans-pboc||text|2025-06-30|balance', '2210.5亿元|inclusive-small-micro-loans-pboc|制造业|text|2025-06-30|balance', '1896.3亿元|inclusive-small-micro-loans-pboc|批发零售业|text|2025-06-30|balance']],
    ['6月末，绿色贷款主要投向清洁能源和基础设施绿色升级产业，余额分别为3120亿元和5860亿元。全省绿色贷款余额1.43万亿元。', { documentDate: '2025-07-20' }, ['3120亿元|green-loans|清洁能源|text|2025-06-30|balance', '5860亿元|green-loans|基础设施绿色升级|text|2025-06-30|balance', '1.43万亿元|green-loans||text|2025-06-30|balance']],
    ['宁波银行与杭州银行两家银行普惠小微贷款合计4312.6亿元。杭州银行普惠小微贷款余额1852.3亿元。', { documentDate: '2025-04-10' }, ['4312.6亿元|inclusive-small-micro-loans-pboc||banks:宁波银行+杭州银行|2025-04-10|balance', '1852.3亿元|inclusive-small-micro-loans-pboc||bank:杭州银行|2025-04-10|balance']],
    ['截至6月底，本國銀行綠色放款餘額3.08兆元；113年底餘額2.905兆元。', { documentDate: '2025-08-20' }, ['3.08兆元|subject:绿色放款||region:710000|2025-06-30|balance', '2.905兆元|subject:绿色放款||region:710000|2024-12-31|balance']],
    ['Green loans to utilities stood at 8.88 trillion yuan, and green loans to transport, storage and postal services at 6.31 trillion yuan.', { documentDate: '2025-07-25' }, ['8.88 trillion yuan|green-loans|utilities|text|2025-07-25|balance', '6.31 trillion yuan|green-loans|transport, storage and postal services|text|2025-07-25|balance']],
    ['By the end of December 2025, sci-tech loans stood at 45.62 trillion yuan; a year earlier they had stood at 40.91 trillion yuan.', {}, ['45.62 trillion yuan|tech-loans||text|2025-12-31|balance', '40.91 trillion yuan|tech-loans||text|2024-12-31|balance']],
    ['Green loans reached 2.91 trillion yuan at the end of March, up 19.6 percent from a year earlier, when they had stood at 2.43 trillion yuan.', { documentDate: '2025-04-25' }, ['reached 2.91 trillion yuan|green-loans||text|2025-03-31|balance', '19.6 percent|green-loans||text|2025-03-31|growth|yoy', '2.43 trillion yuan|green-loans||text|2024-03-31|balance']],
  ] as const)('%s', (text, options, expected) => {
    expect(rows(text, options)).toEqual(expected);
    expect(checkText(text, options).conflicts.filter((c) => c.severity === 'inconsistent')).toEqual([]);
  });

  // What was newly granted, its difference and its rate: the rate is the flow's, not the balance's 13.6%.
  it('reads a rate after what was newly granted as the flow\'s', () => {
    const text = '上半年，新发放普惠小微贷款1325.6亿元，同比多发112.4亿元，增长9.3%。6月末，普惠小微贷款余额3865.2亿元，同比增长13.6%。';
    const claims = extractClaims(text, { documentDate: '2025-07-10' }).claims;
    // (Its difference too, of what was lent: 1325.6 − 112.4 = 1213.2, 1325.6 / 1213.2 − 1 = 9.26%.)
    expect(claims.map((c) => `${c.figure.text}|${c.measure}|${c.flow === true}`)).toEqual(['1325.6亿元|new-lending|true', '112.4亿元|flow-difference|true', '9.3%|growth|true', '3865.2亿元|balance|false', '13.6%|growth|false']);
    expect(checkText(text, { documentDate: '2025-07-10' }).conflicts).toEqual([]);
    expect(checkText(text.replace('增长9.3%', '增长10.3%'), { documentDate: '2025-07-10' }).status).toBe('inconsistent');
  });

  // A later sentence's old date does not date the undated figures before it (a story of July 2025).
  it('keeps a later sentence\'s old date to its own figures', () => {
    const r = checkText('Loans for elderly care services and for health care grew by 18.2 percent and 9.7 percent, respectively, over the six months, taking their balances to 71.2 billion yuan and 1.26 trillion yuan. At the end of 2024, loans for elderly care services stood at 60.2 billion yuan.', { documentDate: '2025-07-25' });
    expect(r.claims.map((c) => `${c.figure.text}|${c.date}`)).toEqual(['18.2 percent|2025-07-25', '9.7 percent|2025-07-25', '71.2 billion yuan|2025-07-25', '1.26 trillion yuan|2025-07-25', '60.2 billion yuan|2024-12-31']);
    expect(r.conflicts).toEqual([]);
  });

  // Their relations, and changed-digit twins: 812.4 / 8037.8 = 10.11%; 0.3 / 1.56 = 19.23%;
  // 498.2 / (4312.6 − 498.2) = 13.06%; a part of 5860 ≤ 14300, not 15860.
  it.each([
    ['10.1', 'consistent'],
    ['11.1', 'inconsistent'],
  ])('grows since 上年末以来: %s%%', (rate, status) => {
    expect(checkText(`9月末，普惠小微贷款余额8850.2亿元。上年末余额8037.8亿元，上年末以来累计新增812.4亿元，增长${rate}%。`, { documentDate: '2025-10-25' }).status).toBe(status);
  });
  it.each([
    ['19.2', 'consistent'],
    ['21.2', 'inconsistent'],
  ])('grows this year after 上年末，: %s%%', (rate, status) => {
    expect(checkText(`9月末，绿色贷款余额1.86万亿元。上年末，绿色贷款余额1.56万亿元，今年以来增加3000亿元，增长${rate}%。`, { documentDate: '2025-10-25' }).status).toBe(status);
  });
  it.each([
    ['13.06', 'consistent'],
    ['13.56', 'inconsistent'],
  ])('holds two banks\' totals together: %s%%', (rate, status) => {
    expect(checkText(`截至2024年末，宁波银行与杭州银行两家银行普惠小微贷款合计4312.6亿元，比上年末合计增加498.2亿元，合计增长${rate}%。`).status).toBe(status);
  });
  it.each([
    ['5860', 'consistent'],
    ['15860', 'inconsistent'],
  ])('holds what loans went to within them: %s亿元', (part, status) => {
    expect(checkText(`6月末，绿色贷款主要投向清洁能源和基础设施绿色升级产业，余额分别为3120亿元和${part}亿元。全省绿色贷款余额1.43万亿元。`, { documentDate: '2025-07-20' }).status).toBe(status);
  });
});

// A table under a sentence that names its loans: the rows' bare 授信 are those loans (150.5 + 1,999.2 =
// 2,149.7, stated 2,150 above), and a bare 授信 after them in prose too.
describe('reading: a table\'s bare loan noun under the sentence that names its loans', () => {
  const text = (total: string): string =>
    `截至2024年底，本行綠能相關產業授信總戶數為1,230戶，授信餘額達2,150億元。\n項目｜太陽能｜風電｜合計\n授信戶數｜30戶｜1,200戶｜1,230戶\n授信餘額｜150.5億元｜1,999.2億元｜${total}億元\n`;
  it('reads every row of the loans the sentence names', () => {
    const claims = extractClaims(text('2,149.7')).claims;
    expect(new Set(claims.map((c) => c.indicator))).toEqual(new Set(['subject:绿能相关产业授信']));
    expect(checkText(text('2,149.7')).status).toBe('consistent');
  });
  it('checks the total column against its parts: 2,249.7 is no sum of 150.5 and 1,999.2', () => {
    expect(checkText(text('2,249.7')).status).toBe('inconsistent');
  });
});

// An eleventh hunt (165 new consistent passages of the press, Taiwan and Hong Kong, web copies, banks and
// cities; 20 alarmed): holders. A province that speaks of itself (我省, 本省) beside the nation; a district (我区)
// beside its city; the head office (总行, 全行) after a branch; two branches' total.
describe('checking: hunt 11, holders', () => {
  const holders = (text: string): string[] => extractClaims(text).claims.map((c) => `${c.figure.text}|${c.holder}`);
  it.each([
    ['全国绿色贷款余额36.6万亿元；我省绿色贷款余额1.52万亿元。', ['36.6万亿元|national', '1.52万亿元|text']],
    ['截至二季度末，我省绿色贷款余额达1.52万亿元，同比增长19.7%，高于全国5.3个百分点；全国绿色贷款同比增长14.4%。', ['达1.52万亿元|text', '19.7%|text', '5.3个百分点|text', '14.4%|national']],
    ['我区养老产业贷款余额12.36亿元，占全市养老产业贷款的15.8%，全市为78.25亿元。', ['12.36亿元|text', '15.8%|text', '78.25亿元|place:全市']],
    ['某某银行广东省分行绿色贷款余额1,856.32亿元，占总行绿色贷款余额的8.25%。总行绿色贷款余额22,501.45亿元。', ['1,856.32亿元|bank:某某银行广东省分行', '8.25%|bank:某某银行广东省分行', '22,501.45亿元|bank:某某银行']],
    ['工商银行江苏分行绿色贷款余额5,862.3亿元；建设银行江苏分行绿色贷款余额4,562.1亿元。两家分行绿色贷款合计10,424.4亿元。', ['5,862.3亿元|bank:工商银行江苏分行', '4,562.1亿元|bank:建设银行江苏分行', '10,424.4亿元|banks:工商银行江苏分行+建设银行江苏分行']],
  ] as const)('%s', (text, expected) => {
    expect(holders(text)).toEqual(expected);
    expect(checkText(text).conflicts.filter((c) => c.severity === 'inconsistent')).toEqual([]);
  });
  // 19.7 − 14.4 = 5.3 against the nation; 12.36 / 78.25 = 15.80%; 5,862.3 + 4,562.1 = 10,424.4.
  it.each([
    ['5.3', 'consistent'],
    ['6.3', 'inconsistent'],
  ])('checks the province\'s gap to the nation: %s points', (gap, status) => {
    expect(checkText(`截至二季度末，我省绿色贷款余额达1.52万亿元，同比增长19.7%，高于全国${gap}个百分点；全国绿色贷款同比增长14.4%。`).status).toBe(status);
  });
  it.each([
    ['15.8', 'consistent'],
    ['17.8', 'inconsistent'],
  ])('checks the district\'s share of its city: %s%%', (share, status) => {
    expect(checkText(`我区养老产业贷款余额12.36亿元，占全市养老产业贷款的${share}%，全市为78.25亿元。`).status).toBe(status);
  });
  it.each([
    ['10,424.4', 'consistent'],
    ['11,424.4', 'inconsistent'],
  ])('sums two branches: %s亿元', (total, status) => {
    expect(checkText(`工商银行江苏分行绿色贷款余额5,862.3亿元；建设银行江苏分行绿色贷款余额4,562.1亿元。两家分行绿色贷款合计${total}亿元。`).status).toBe(status);
  });
});

// Hunt 11, dates and wholes: what stood a year before ("when the total stood at", "The balance a year earlier
// was", 上年同期分别为 for every item, a table's 年初余额 column), a year of the Republic alone (113年); an earlier
// time in a text that gives no date is unread, not dated with the current figures; a total's whole (贷款总额,
// 授信總額) is all loans, not the subject in force; banks labelled after a colon are parts; a total of several
// quantities, or of parts not all read, is none of them.
describe('checking: hunt 11, dates and wholes', () => {
  const rows = (text: string): string[] => extractClaims(text).claims.map((c) => [c.figure.text, c.indicator, c.part ?? '', c.date, c.measure].join('|'));
  it.each([
    ['Green loans totaled 32.8 trillion yuan at the end of 2024, 5.1 trillion yuan more than a year earlier, when the total stood at 27.7 trillion yuan.', ['32.8 trillion yuan|green-loans||2024-12-31|balance', '27.7 trillion yuan|green-loans||2023-12-31|balance']],
    ['Loans to the elderly care industry were 86.3 billion yuan at the end of March. The balance a year earlier was 60.6 billion yuan.', ['86.3 billion yuan|pension-industry-loans||Y-03-31|balance', '60.6 billion yuan|pension-industry-loans||Y-1-03-31|balance']],
    ['截至9月末，养老产业贷款、数字经济产业贷款余额分别为128.6亿元、2,356.2亿元；上年同期分别为95.1亿元、1,986.7亿元。', ['128.6亿元|pension-industry-loans||Y-09-30|balance', '2,356.2亿元|digital-economy-loans||Y-09-30|balance', '95.1亿元|pension-industry-loans||Y-1-09-30|balance', '1,986.7亿元|digital-economy-loans||Y-1-09-30|balance']],
    ['贷款类别 | 6月末余额（亿元） | 年初余额（亿元）\n绿色贷款 | 2,365.4 | 2,086.1\n', ['2,365.4|green-loans||Y-06-30|balance', '2,086.1|green-loans||Y-1-12-31|balance']],
    ['本行113年核准金額達1,193億元，112年為1,036億元。', ['達1,193億元|subject:核准金额||2024-12-31|balance', '1,036億元|subject:核准金额||2023-12-31|balance']],
    ['科技型企业贷款余额3,412.5亿元，较年初增长11.2%，年初余额3,068.8亿元。', ['3,412.5亿元|tech-loans||undated|balance', '11.2%|tech-loans||undated|growth']],
    ['澳门银行业绿色贷款余额为402.8亿元，绿色贷款占贷款总额的3.9%，贷款总额为10,328亿元。', ['402.8亿元|green-loans||undated|balance', '3.9%|green-loans||undated|share', '10,328亿元|total-loans||undated|balance']],
    ['全省绿色贷款余额分别为：大型银行4,562.3亿元、股份制银行1,236.8亿元、城商行852.4亿元，合计6,651.5亿元。', ['4,562.3亿元|green-loans|大型银行|undated|balance', '1,236.8亿元|green-loans|股份制银行|undated|balance', '852.4亿元|green-loans|城商行|undated|balance', '6,651.5亿元|green-loans||undated|balance']],
    ['全省科技贷款1.26万亿元、绿色贷款9875.2亿元、数字经济产业贷款2210.4亿元，合计3.35万亿元。', ['1.26万亿元|tech-loans||undated|balance', '9875.2亿元|green-loans||undated|balance', '2210.4亿元|digital-economy-loans||undated|balance']],
  ] as const)('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
    expect(checkText(text).conflicts.filter((c) => c.severity === 'inconsistent')).toEqual([]);
  });
  // 4,562.3 + 1,236.8 + 852.4 = 6,651.5; 402.8 / 10,328 = 3.90%.
  it.each([
    ['6,651.5', 'consistent'],
    ['6,751.5', 'inconsistent'],
  ])('sums kinds of bank labelled after a colon: %s亿元', (total, status) => {
    expect(checkText(`全省绿色贷款余额分别为：大型银行4,562.3亿元、股份制银行1,236.8亿元、城商行852.4亿元，合计${total}亿元。`).status).toBe(status);
  });
  it.each([
    ['3.9', 'consistent'],
    ['4.9', 'inconsistent'],
  ])('takes 贷款总额 for all loans, the whole of a share: %s%%', (share, status) => {
    expect(checkText(`澳门银行业绿色贷款余额为402.8亿元，绿色贷款占贷款总额的${share}%，贷款总额为10,328亿元。`).status).toBe(status);
  });
});

// A gap printed in percent: 12.6 − 6.9 = 5.7 as points is a slip of the unit, worth a warning; 6.7 is no gap at all.
describe('checking: a gap printed in percent', () => {
  const text = (gap: string): string => `截至2025年6月末，全市绿色贷款余额1200亿元，同比增长12.6%，增速比各项贷款高${gap}%。各项贷款同比增长6.9%。`;
  it('warns when the digits agree as percentage points, and names the figure', () => {
    const r = checkText(text('5.7'), { documentDate: '2025-07-20' });
    expect(r.relations.filter((x) => x.kind === 'gap').map((x) => x.verdict)).toEqual(['warning']);
    expect(r.notices.filter((n) => n.kind === 'percent-as-points').map((n) => n.claims.map((id) => r.claims.find((c) => c.id === id)?.figure.text))).toEqual([['5.7%']]);
    expect(r.conflicts).toEqual([]);
  });
  it('flags digits that agree as neither', () => {
    expect(checkText(text('6.7'), { documentDate: '2025-07-20' }).status).toBe('inconsistent');
  });
  it('says nothing of a gap printed in points', () => {
    const r = checkText(text('5.7').replace('5.7%', '5.7个百分点'), { documentDate: '2025-07-20' });
    expect(r.relations.filter((x) => x.kind === 'gap').map((x) => x.verdict)).toEqual(['consistent']);
    expect(r.notices.filter((n) => n.kind === 'percent-as-points')).toEqual([]);
  });
});

describe('checking: progress toward a goal (达成率, 已达全年目标的105%)', () => {
  // Expected verdicts from the printed digits: 3,697.4 / 4,600 = 80.378…% (80.38 ✓, 83.08 ✗);
  // 1,150 / 1,500 = 76.67% (76.7 ✓, 78.7 ✗); 180 / 250 = 72% (72 ✓, 78 ✗); 4,822 / 4,600 = 104.8% (105 ✓).
  const progress = (text: string, documentDate?: string): string[] =>
    checkText(text, documentDate ? { documentDate } : {}).relations.filter((x) => x.kind === 'progress').map((x) => `${x.verdict.replace('-within-rounding', '')}|${(x.targets ?? []).length}`);
  it.each([
    ['金管會統計，截至114年8月底，本國銀行對中小企業放款餘額為10兆7,077億元。今年前8月累計增加3,697.4億元，與全年目標4,600億元相比，達成率80.38%。', undefined, '80.38%', '83.08%'],
    ['截至2025年9月末，全省普惠小微贷款较年初增加1,150亿元，完成全年新增目标1,500亿元的76.7%。', undefined, '76.7%', '78.7%'],
    // the rate named before the goal, which a later sentence sets
    ['截至2025年9月末，全省普惠小微贷款较年初增加1,150亿元，目标完成率为76.7%。全年新增普惠小微贷款目标为1500亿元。', undefined, '76.7%', '78.7%'],
    ['By the end of September 2025, green loans in the province had increased by 180 billion yuan since the start of the year, reaching 72 percent of the annual target of 250 billion yuan.', '2025-10-20', '72 percent', '78 percent'],
    // over 100%: a goal passed before its deadline
    ['截至2025年10月底，國銀對中小企業放款餘額10兆8,202億元。前十月累計新增4,822億元，已達全年目標4,600億元的105%，等於提前達標。', undefined, '105%', '109%'],
  ])('%s', (text, documentDate, printed, misprint) => {
    expect(progress(text, documentDate)).toEqual(['consistent|1']);
    const twin = checkText(text.replace(printed, misprint), documentDate ? { documentDate } : {});
    expect(twin.status).toBe('inconsistent');
    expect(twin.conflicts[0]?.suspects.map((s) => s.text).some((t) => t.includes(misprint.replace(/ percent$/, '')))).toBe(true);
  });
  it('reads the rate as progress, not as a goal, and the goal as a flow over the year', () => {
    const { claims, targets } = extractClaims('截至2025年9月末，全省普惠小微贷款较年初增加1,150亿元，完成全年新增目标1,500亿元的76.7%。');
    expect(claims.map((c) => `${c.figure.text}|${c.measure}|${c.date}`)).toEqual(['1,150亿元|increment|2025-09-30', '76.7%|progress|2025-09-30']);
    expect(targets.map((t) => `${t.figure.text}|${t.measure}|${t.deadline}|${t.period?.from}`)).toEqual(['1,500亿元|increment|2025-12-31|2025-01-01']);
  });
  it('leaves a progress figure unlinked when two goals of different figures could be meant', () => {
    const r = checkText('截至2025年9月末，全省普惠小微贷款较年初增加1,150亿元，目标完成率为76.7%。全年新增普惠小微贷款目标为1500亿元，力争全年新增普惠小微贷款1800亿元。');
    expect(r.relations.filter((x) => x.kind === 'progress')).toEqual([]);
    expect(r.status).not.toBe('inconsistent');
  });
});

describe('reading: a regulator of its own area holds a text that names no place', () => {
  it.each([
    ['金管會統計，截至114年8月底，本國銀行對中小企業放款餘額為10兆7,077億元。', '10兆7,077億元|subject:中小企业放款||region:710000|2025-08-31|balance'],
    ['金管局公布，截至2025年6月底，銀行業綠色貸款餘額約為3,120億港元。', '3,120億港元|green-loans||region:810000|2025-06-30|balance'],
    ['澳門金融管理局統計，截至2025年6月底，中小企業貸款結餘為852億元（澳門元）。', '852億元|subject:中小企业贷款||region:820000|2025-06-30|balance'],
    // a mainland release that names the nation stays the nation's
    ['人民银行发布数据，2025年6月末，全国绿色贷款余额42.39万亿元。', '42.39万亿元|green-loans||national|2025-06-30|balance'],
  ])('%s', (text, row) => {
    expect(heldRows(text)[0]).toBe(row);
  });
});

describe('reading: the first months of a year written in digits (前9月), and 累计增', () => {
  it.each([
    ['累計今年前9月，中小企業放款增加4328.99億元。', '2025-10-13', ['4328.99億元|subject:中小企业放款|2025-09-30|increment|ytd']],
    ['9月底國銀中小企業放款餘額10兆7,709億元，前9月累計增4,328.99億元。', '2025-11-13', ['10兆7,709億元|subject:中小企业放款|2025-09-30|balance', '4,328.99億元|subject:中小企业放款|2025-09-30|increment|ytd']],
    // English: "the first nine months (of 2025)", whatever number of months
    ['Green loans in the province rose by 180 billion yuan in the first nine months of 2025.', '2025-10-20', ['180 billion yuan|green-loans|2025-09-30|increment|ytd']],
    ['Green loans in the province rose by 150 billion yuan in the first eight months.', '2025-10-20', ['150 billion yuan|green-loans|2025-08-31|increment|ytd']],
  ])('%s', (text, documentDate, rows) => {
    expect(read(text, documentDate)).toEqual(rows);
  });
});

describe('reading: shares and their earlier levels, one per whole, and changes since a named date', () => {
  // 64.55 − 64.18 = 0.37 and 68.16 − 67.72 = 0.44; 64.13 − 63.89 = 0.24; 8.62 − 4.67 = 3.95 over three years.
  const rows = (text: string): string[] => extractClaims(text).claims.map((c) => [c.figure.text, c.measure, c.date, c.of ?? '', c.basis ?? c.since ?? ''].join('|'));
  it.each([
    [
      '截至113年9月底，中小企業放款餘額占全體企業放款餘額之比率為64.55%，占民營企業放款餘額之比率為68.16%，分別較8月底之64.18%及67.72%增加0.37及0.44個百分點；中小企業放款之平均逾期放款比率為0.22%，較上月底減少0.02個百分點。',
      ['64.55%|share|2024-09-30|subject:全体企业放款|', '68.16%|share|2024-09-30|subject:民营企业放款|', '64.18%|share|2024-08-31|subject:全体企业放款|', '67.72%|share|2024-08-31|subject:民营企业放款|', '0.37个百分点|share-change|2024-09-30|subject:全体企业放款|mom', '0.44個百分點|share-change|2024-09-30|subject:民营企业放款|mom', '0.22%|ratio|2024-09-30||', '0.02個百分點|rate-change|2024-09-30||mom'],
    ],
    [
      '截至2025年9月底，中小企業放款占全體企業放款比率為64.13%（8月底為63.89%），占民營企業放款比率為67.59%，較上月底分別上升0.24及0.22個百分點。',
      ['64.13%|share|2025-09-30|subject:全体企业放款|', '63.89%|share|2025-08-31|subject:全体企业放款|', '67.59%|share|2025-09-30|subject:民营企业放款|', '0.24个百分点|share-change|2025-09-30|subject:全体企业放款|mom', '0.22個百分點|share-change|2025-09-30|subject:民营企业放款|mom'],
    ],
    [
      '截至2024年末，本行绿色贷款余额128.6亿元，绿色贷款占各项贷款比重为8.62%，较2021年末的4.67%提高3.95个百分点。',
      ['128.6亿元|balance|2024-12-31||', '8.62%|share|2024-12-31|total-loans|', '4.67%|share|2021-12-31|total-loans|', '3.95个百分点|share-change|2024-12-31|total-loans|2021-12-31'],
    ],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
  it.each([
    ['截至2024年末，本行绿色贷款余额128.6亿元，绿色贷款占各项贷款比重为8.62%，较2021年末的4.67%提高3.95个百分点。', '3.95', '3.59'],
    ['截至113年9月底，中小企業放款餘額占全體企業放款餘額之比率為64.55%，占民營企業放款餘額之比率為68.16%，分別較8月底之64.18%及67.72%增加0.37及0.44個百分點。', '0.44個', '0.34個'],
  ])('checks the change and flags a changed digit: %s', (text, printed, misprint) => {
    expect(checkText(text).status).toBe('consistent');
    expect(checkText(text.replace(printed, misprint)).status).toBe('inconsistent');
  });
  it('leaves unread a rate change over a span no basis names, rather than calling it a change since the last year-end', () => {
    const { claims, unparsed } = extractClaims('截至2024年末，全市科技贷款余额512.3亿元，同比增长15.2%，增速较2021年末提高3.1个百分点。');
    expect(claims.map((c) => c.figure.text)).toEqual(['512.3亿元', '15.2%']);
    expect(unparsed.filter((u) => u.code === 'change-over-span').map((u) => u.text)).toEqual(['3.1个百分点']);
  });
});

describe('checking: hunt 12, consistent texts stay quiet (progress, area regulators, the first months)', () => {
  // Each consistent by the printed digits: B 5,860 / 6,000 = 97.67% (a goal of the balance); F 182.6 / 200 = 91.3%;
  // I 3,120 / 2,700 = 1.1556 (+15.6%); D two years' flows, each its own; H 前十月 and 前九月 are two spans.
  it.each([
    ['全省普惠小微贷款较年初增加1,150亿元，全年新增目标1,500亿元；“两增”达标率为93.5%。', '2025-10-20'],
    ['9月末，普惠小微贷款余额5,860亿元，较年初增加612亿元，距全年目标6,000亿元仅差140亿元，目标完成率97.7%。', '2025-10-20'],
    ['全省普惠小微贷款全年新增目标1,500亿元。其中，国有大型银行较年初增加520亿元，完成率82.3%。', '2025-10-20'],
    ['2024年前9月全省绿色贷款新增1,254亿元，2025年前9月新增1,462亿元。', '2025-10-20'],
    ['今年前9月，9月份当月新增贷款120亿元，前9月累计新增贷款980亿元。', '2025-10-20'],
    ['9月末，本行绿色贷款较年初增加182.6亿元，完成全年新增计划200亿元的91.3%。', '2025-10-20'],
    ['9月末，本行普惠小微贷款较上年末增加182.6亿元，完成年度计划的91.3%（年度计划新增200亿元）。', '2025-10-20'],
    ['今年以来，全省累计投放普惠小微贷款1,320亿元，完成全年新增投放目标1,500亿元的88%。9月末，全省普惠小微贷款余额较年初增加620亿元。', '2025-10-20'],
    ['截至10月底，國銀中小企業放款今年前十月累計增加4,822.3億元，前九月累計增加4,328.99億元。', '2025-12-11'],
    ['截至2025年6月底，綠色貸款餘額約3,120億港元，按年增長15.6%，一年前為2,700億港元。', '2025-08-20'],
    ['2023年末全市绿色贷款余额为462.5亿元，2024年末为583.1亿元，2025年末达到731.8亿元，两年间增长58.2%，其中2025年增长25.5%。', '2026-01-20'],
  ])('%s', (text, documentDate) => expectQuiet(text, { documentDate }));
  it.each([
    // the goal of what is lent (投放), of a part, of a balance, or a rate of banks meeting a standard: no progress relation
    ['今年以来，全省累计投放普惠小微贷款1,320亿元，完成全年新增投放目标1,500亿元的88%。9月末，全省普惠小微贷款余额较年初增加620亿元。', []],
    ['全省普惠小微贷款全年新增目标1,500亿元。其中，国有大型银行较年初增加520亿元，完成率82.3%。', []],
    ['全省普惠小微贷款较年初增加1,150亿元，全年新增目标1,500亿元；“两增”达标率为93.5%。', []],
    ['9月末，本行普惠小微贷款较上年末增加182.6亿元，完成年度计划的91.3%（年度计划新增200亿元）。', ['consistent']],
  ])('links progress only to a goal for its own net flow: %s', (text, verdicts) => {
    expect(checkText(text, { documentDate: '2025-10-20' }).relations.filter((x) => x.kind === 'progress').map((x) => x.verdict.replace('-within-rounding', ''))).toEqual(verdicts);
  });
  it.each([
    ['2024年前9月全省绿色贷款新增1,254亿元，2025年前9月新增1,462亿元。', '2025-10-20', ['1,254亿元|green-loans|2024-09-30|increment|ytd', '1,462亿元|green-loans|2025-09-30|increment|ytd']],
    ['今年前9月，9月份当月新增贷款120亿元，前9月累计新增贷款980亿元。', '2025-10-20', ['120亿元|total-loans|2025-09-30|increment|mom', '980亿元|total-loans|2025-09-30|increment|ytd']],
    ['截至10月底，國銀中小企業放款今年前十月累計增加4,822.3億元，前九月累計增加4,328.99億元。', '2025-12-11', ['4,822.3億元|subject:中小企业放款|2025-10-31|increment|ytd', '4,328.99億元|subject:中小企业放款|2025-09-30|increment|ytd']],
    ['截至2025年6月底，綠色貸款餘額約3,120億港元，按年增長15.6%，一年前為2,700億港元。', '2025-08-20', ['約3,120億港元|green-loans|2025-06-30|balance', '15.6%|green-loans|2025-06-30|growth|yoy', '2,700億港元|green-loans|2024-06-30|balance']],
    // at a year-end a bare change is over the year, whichever base the words would name; two years' growth is not
    ['2024年末，全县涉农贷款余额652451.51万元，净增75799.32万元，增长13.14%。', '2025-03-10', ['652451.51万元|agri-loans|2024-12-31|balance', '75799.32万元|agri-loans|2024-12-31|increment|yoy', '13.14%|agri-loans|2024-12-31|growth|yoy']],
  ])('%s', (text, documentDate, rows) => {
    expect(read(text, documentDate)).toEqual(rows);
  });
  it.each([
    // a city's or province's 金管局, 中国银行业协会, 美国银行业, a bank's own report that issues in Hong Kong
    ['据市金管局统计，截至9月末，普惠小微贷款余额3,200亿元，较年初增加260亿元。', 'text'],
    ['中国银行业协会数据显示，截至2024年末，银行业绿色信贷余额36.6万亿元。', 'text'],
    ['美国银行业监管机构数据显示，截至6月末，小企业贷款余额7,420亿美元。', 'text'],
    ['本行2025年半年度报告：报告期末，本行绿色贷款余额3,250亿元。报告期内本行在港发行30亿港元绿色债券。', 'entity:bank'],
  ])('no area regulator: %s', (text, holder) => {
    expect(extractClaims(text, { documentDate: '2025-10-20' }).claims[0]?.holder).toBe(holder);
  });
});

describe('reading: English gaps said with beat, and a change in points at a year-end', () => {
  // 8.5 − 6.9 = 1.6 points (2.6 does not hold).
  const text = (gap: string): string => `By the end of June 2025, loans to tech SMEs grew 8.5 percent year on year, beating overall loan growth by ${gap} percentage points. Total loans grew 6.9 percent year on year.`;
  it('reads the gap and checks it', () => {
    const r = checkText(text('1.6'), { documentDate: '2025-07-20' });
    expect(r.claims.filter((c) => c.measure === 'gap').map((c) => `${c.figure.text}|${c.benchmark}|${c.basis}`)).toEqual(['1.6 percentage points|total-loans|yoy']);
    expect(r.relations.filter((x) => x.kind === 'gap').map((x) => x.verdict)).toEqual(['consistent']);
    expect(checkText(text('2.6'), { documentDate: '2025-07-20' }).status).toBe('inconsistent');
  });
  it('reads "up 0.4 percentage points" after a rate at a year-end as over the year', () => {
    const { claims } = extractClaims('By end-December 2025, some 265,400 high-tech enterprises had obtained loans, with an access rate of 57.3 percent, up 0.4 percentage points.', { documentDate: '2026-01-27' });
    expect(claims.filter((c) => c.measure === 'rate-change').map((c) => `${c.figure.text}|${c.basis}|${c.date}`)).toEqual(['0.4 percentage points|yoy|2025-12-31']);
  });
});

describe('checking: a plan\'s own figures (goals run on across ; and :, a plan scenario)', () => {
  // 160 + 40 + 50 = 250, and 50 / 200 = 25%; 180 + 200 + 240 = 620, not 600.
  const plan = '《三年行动方案》明确了分年度目标：以2024年末全县绿色贷款余额160亿元为基数，力争2025年新增绿色贷款40亿元；2026年新增50亿元，年末余额达到250亿元，同比增长25%；2027年再新增60亿元。';
  it('reads every goal of the run as a goal, each due at its own year', () => {
    const { claims, targets } = extractClaims(plan);
    expect(claims.map((c) => c.figure.text)).toEqual(['160亿元']);
    expect(targets.map((t) => `${t.figure.text}|${t.measure}|${t.deadline}`)).toEqual(['40亿元|increment|2025-12-31', '50亿元|increment|2026-12-31', '达到250亿元|balance|2026-12-31', '25%|growth|2026-12-31', '60亿元|increment|2027-12-31']);
  });
  it('checks the plan\'s arithmetic, goals named in targets, and flags a changed digit', () => {
    const r = checkText(plan);
    const own = r.relations.filter((x) => x.id.startsWith('plan:'));
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((x) => x.verdict === 'consistent' || x.verdict === 'consistent-within-rounding')).toBe(true);
    expect(own.some((x) => (x.targets ?? []).length >= 2)).toBe(true);
    expect(r.status).not.toBe('inconsistent');
    const twin = checkText(plan.replace('同比增长25%', '同比增长52%'));
    expect(twin.status).toBe('inconsistent');
    expect(twin.conflicts[0]?.id).toBe('plan-conflict-1');
  });
  it('sets a total over the plan\'s years against the years it is made of', () => {
    const r = checkText('郑州市提出，2025—2027年三年累计新增普惠小微贷款600亿元，其中2025年新增180亿元、2026年新增200亿元、2027年新增240亿元。');
    expect(r.status).toBe('inconsistent');
    expect(r.relations.filter((x) => x.kind === 'sum').map((x) => [x.verdict, x.targets?.length])).toEqual([['inconsistent', 4]]);
    expect(checkText('郑州市提出，2025—2027年三年累计新增普惠小微贷款620亿元，其中2025年新增180亿元、2026年新增200亿元、2027年新增240亿元。').status).not.toBe('inconsistent');
  });
  it.each([
    // floors keep their bound: 762.4 + 150 ≥ 900
    ['展望2025年，本行预计全年新增绿色贷款不少于150亿元，年末绿色贷款余额有望超过900亿元（2024年末为762.4亿元）。', undefined],
    // a stretch goal and a floor of one quantity
    ['2025年，全省力争新增绿色贷款2,400亿元，确保新增2,000亿元。', undefined],
    // an outcome after the plan began is no part of its arithmetic
    ['2025年，全省力争新增绿色贷款2,400亿元。截至2025年末，全省绿色贷款较年初增加2,310亿元。', '2026-01-20'],
  ])('stays quiet: %s', (text, documentDate) => {
    const r = checkText(text, documentDate ? { documentDate } : {});
    expect(r.conflicts).toEqual([]);
  });
});

describe('checking: hunt 13, consistent texts stay quiet (changes at a year-end, over years, of flows)', () => {
  // Each consistent by its digits: 1120 / 1.25 = 896 and 1120 / 1.563 = 716.6 (two dates, two rates);
  // 186 / 4769 = 3.90% over the quarter, 668 / 4287 = 15.58% over the year; 216 / 200 = 108%;
  // 1036.5 / 412.6 = 2.512 (+151.2% since 2020); 10500 / 1.216 = 8635 a year before, 9380 at the year-end.
  it.each([
    ['2024年末，全市绿色贷款余额1,120亿元，增长25.0%，两年间增长56.3%。', '2025-03-20'],
    ['2024年末，全市绿色贷款余额1,120亿元，增长25.0%，“十四五”以来累计增长156.3%。', '2025-03-20'],
    ['At the end of 2024, green loans in the city stood at 112 billion yuan, up 25.0 percent, and have grown 56.3 percent over the past two years.', '2025-03-20'],
    ['2024年末，全县普惠小微贷款余额62.4亿元，增长11.8%；全年累计发放普惠小微贷款48.6亿元，增长9.5%。', '2025-03-20'],
    ['2024年末，全省普惠小微贷款余额4,955亿元，增长15.6%。全年累计发放普惠小微贷款3,210亿元，增加286亿元。', '2025-03-20'],
    ['四季度末，全省普惠小微贷款余额4,955亿元，比三季度末增加186亿元，增长3.9%；全年增加668亿元。', '2025-03-20'],
    ['12月末，全市绿色贷款余额1,286.4亿元，比11月末增加35.2亿元，增长2.8%。全年新增158.2亿元。', '2025-01-20'],
    ['截至2024年末，全市绿色贷款余额1,526.8亿元，同比增长21.4%，较“十三五”末增长186.5%。', '2025-03-20'],
    ['2024年末，全省涉农贷款余额2.36万亿元，比上年末增长10.5%；与“十三五”末相比，增长48.6%。', '2025-03-20'],
    ['截至2024年末，全市普惠小微贷款余额928.5亿元，较2021年末增长62.4%，年均增长17.5%，同比增长16.1%。', '2025-03-20'],
    ['2024年末，全省绿色贷款余额12,480亿元，增长17.4%。全年新增绿色贷款1,852亿元，新增额比上年增长16.3%。', '2025-03-20'],
    ['2024年末，全省绿色贷款余额12,480亿元，增长17.4%；全年新增1,852亿元，同比多增260亿元，增长16.3%。', '2025-03-20'],
    ['2024年末，本行各项贷款余额548.3亿元，较年初增加62.1亿元，增长12.77%；全年贷款日均余额512.6亿元，增长10.2%。', '2025-03-20'],
    ['截至2024年6月末，全省绿色贷款余额1.05万亿元，比2023年同期增长21.6%，比2023年末增加1,120亿元。', '2025-03-20'],
    ['2024年末，全省绿色贷款余额1,036.5亿元，增长19.8%。2021年至2024年，全省绿色贷款余额由412.6亿元增至1,036.5亿元，增长151.2%。', '2025-03-20'],
    ['截至2024年末，全市绿色贷款余额1,286亿元，净增216亿元，目标达成率108%（全年目标新增200亿元）。', '2025-03-20'],
    ['截至9月末，全市绿色贷款余额1,286亿元，较年初增加186亿元，目标达成率93%（全年目标新增200亿元）。', '2025-03-20'],
    ['2024年末，全省制造业中长期贷款占制造业贷款比重为48.6%（上年末为46.9%），占中长期贷款比重为12.4%（上年末为11.8%），分别较2021年末提高9.2和2.1个百分点。', '2025-03-20'],
  ])('%s', (text, documentDate) => expectQuiet(text, { documentDate }));
  it.each([
    // [text, figure, what it is read as]
    ['2024年末，全市绿色贷款余额1,120亿元，增长25.0%，两年间增长56.3%。', '56.3%', 'growth||'],
    ['截至2024年6月末，全省绿色贷款余额1.05万亿元，比2023年同期增长21.6%，比2023年末增加1,120亿元。', '21.6%', 'growth|yoy|'],
    ['四季度末，全省普惠小微贷款余额4,955亿元，比三季度末增加186亿元，增长3.9%；全年增加668亿元。', '3.9%', 'growth|qoq|'],
    ['2024年末，全省制造业中长期贷款占制造业贷款比重为48.6%（上年末为46.9%），占中长期贷款比重为12.4%（上年末为11.8%），分别较2021年末提高9.2和2.1个百分点。', '9.2', 'share-change||2021-12-31'],
    ['2024年末，全省绿色贷款余额1,036.5亿元，增长19.8%。2021年至2024年，全省绿色贷款余额由412.6亿元增至1,036.5亿元，增长151.2%。', '412.6亿元', 'balance||2020-12-31'],
  ])('%s: %s', (text, figure, expected) => {
    const c = extractClaims(text, { documentDate: '2025-03-20' }).claims.find((x) => x.figure.text.startsWith(figure));
    expect(c ? `${c.measure}|${c.basis ?? ''}|${c.since ?? (c.measure === 'balance' ? c.date : '')}` : null).toBe(expected);
  });
});

describe('reading: the items of a breakdown after its heading, and parts named together', () => {
  // 19646 + 4333 = 23979; 23979 / 30316 = 79.10%; 12602 / 30316 = 41.57%; 8458 / 30316 = 27.90%.
  const text = '到2023年9月末，全省绿色贷款规模为30316亿元，一年间增长45.9%。\n分机构看，国有大型银行（19646亿元）、股份制商业银行（4333亿元）两者合计23979亿元，占全省绿色贷款的79%。分用途看，基础设施绿色升级（12602亿元，占比41.6%）、清洁能源产业（8458亿元，占比27.9%）位居前两位。';
  it('reads each item as a part of the loans broken down, the pair together as a part of its own', () => {
    const rows = extractClaims(text, { documentDate: '2023-11-13' }).claims.map((c) => `${c.figure.text}|${c.indicator}|${c.part ?? ''}|${c.measure}|${c.of ?? ''}`);
    expect(rows).toEqual([
      '30316亿元|green-loans||balance|',
      '45.9%|green-loans||growth|',
      '19646亿元|green-loans|国有大型银行|balance|',
      '4333亿元|green-loans|股份制商业银行|balance|',
      '23979亿元|green-loans|国有大型银行和股份制商业银行|balance|',
      '79%|green-loans|国有大型银行和股份制商业银行|share|green-loans',
      '12602亿元|green-loans|基础设施绿色升级|balance|',
      '41.6%|green-loans|基础设施绿色升级|share|green-loans',
      '8458亿元|green-loans|清洁能源产业|balance|',
      '27.9%|green-loans|清洁能源产业|share|green-loans',
    ]);
  });
  it.each([
    ['23979亿元', '23997亿元'],
    ['占全省绿色贷款的79%', '占全省绿色贷款的97%'],
    ['占比41.6%', '占比46.1%'],
  ])('checks the sum and the shares, and flags %s → %s', (printed, misprint) => {
    expect(checkText(text, { documentDate: '2023-11-13' }).status).toBe('consistent');
    expect(checkText(text.replace(printed, misprint), { documentDate: '2023-11-13' }).status).toBe('inconsistent');
  });
  it('leaves a pair\'s total unread when the count its words give is not the parts\'', () => {
    const { claims } = extractClaims('全省绿色贷款余额30316亿元。分机构看，国有大型银行（19646亿元）、股份制商业银行（4333亿元）三者合计25000亿元。', { documentDate: '2023-11-13' });
    expect(claims.map((c) => c.figure.text)).not.toContain('25000亿元');
  });
});

describe('reading: a breakdown\'s item lines under a heading of their own', () => {
  // 1293.72 / 3931.25 = 32.91%, 913.08 / 3931.25 = 23.23%, 800.43 / 3931.25 = 20.36%.
  const text = '二季度末全市绿色贷款余额3931.25亿元，同比增长28.04%。\n按行业分：\n交通运输、仓储和邮政业 1293.72亿元 32.91%\n电力、热力、燃气及水生产和供应业 913.08亿元 23.23%\n水利、环境和公共设施管理业 800.43亿元 20.36%\n以上三个行业合计占比76.50%。';
  it('reads each line as a part with its share, and no count from the line after them', () => {
    const rows = extractClaims(text, { documentDate: '2025-07-20' }).claims.map((c) => `${c.figure.text}|${c.part ?? ''}|${c.measure}`);
    expect(rows).toEqual([
      '3931.25亿元||balance',
      '28.04%||growth',
      '1293.72亿元|交通运输、仓储和邮政业|balance',
      '32.91%|交通运输、仓储和邮政业|share',
      '913.08亿元|电力、热力、燃气及水生产和供应业|balance',
      '23.23%|电力、热力、燃气及水生产和供应业|share',
      '800.43亿元|水利、环境和公共设施管理业|balance',
      '20.36%|水利、环境和公共设施管理业|share',
    ]);
  });
  it('checks each share and flags a changed digit', () => {
    expect(checkText(text, { documentDate: '2025-07-20' }).status).not.toBe('inconsistent');
    expect(checkText(text.replace('23.23%', '32.23%'), { documentDate: '2025-07-20' }).status).toBe('inconsistent');
  });
});

describe('checking: hunt 14, consistent texts stay quiet (plans and breakdowns)', () => {
  // 160 + 40 = 200; 确保 200 is a floor under 160 + 50 = 210; 160 + 3 × 50 = 310 (年均, no total);
  // 6890 + 1762 = 8652 and 1762 / 8652 = 20.37%; 4.85 / 11.46 = 42.3%.
  it.each([
    ['2024年末绿色贷款余额160亿元。力争2025年新增绿色贷款40亿元，年末余额达到200亿元。', '2025-03-20'],
    ['《三年行动方案》明确了分年度目标：以2024年末全县绿色贷款余额160亿元为基数，力争2025年新增绿色贷款40亿元；2026年新增50亿元，年末余额达到250亿元，同比增长25%；2027年再新增60亿元。', '2025-03-20'],
    ['2024年末绿色贷款余额160亿元。该行提出，2025年确保绿色贷款余额达到200亿元，力争新增50亿元。', '2025-03-20'],
    ['2024年末该行绿色贷款余额160亿元。该行提出，2025—2027年年均新增绿色贷款50亿元，2027年末余额达到310亿元。', '2025-03-20'],
    ['2024年末该行绿色贷款余额160亿元。该行提出：2025年上半年新增绿色贷款25亿元；全年绿色贷款余额达到200亿元。', '2025-03-20'],
    ['2024年末该行绿色贷款余额160亿元。该行力争2025年上半年新增绿色贷款25亿元，全年余额达到200亿元。', '2025-03-20'],
    ['截至2024年末，全市绿色贷款余额8652亿元。分期限看，中长期贷款（6890亿元）、短期贷款（1762亿元，占比20.4%）。', '2025-03-20'],
    ['截至2024年末，全省绿色贷款余额8652亿元，同比增长21.4%。\n全省本外币各项存款余额11.46万亿元，同比增长9.3%。\n分机构看，国有大型银行（4.85万亿元，占比42.3%）、农村中小银行（3.02万亿元，占比26.4%）。', '2025-03-20'],
    // 4120 / 8652 = 47.62%, 1387 / 8652 = 16.03%; 4120 + 1387 + 1015 + 640 = 7162; 1015 + 640 = 1655 and 1655 / 8652 = 19.13%
    ['全省绿色贷款余额8652亿元。分机构看，国有大型银行（4120亿元）占比47.6%，股份制商业银行（1387亿元）占比16.0%。', '2025-03-20'],
    ['全省绿色贷款余额8652亿元。分机构看，国有大型银行（4120亿元）、股份制商业银行（1387亿元）、城市商业银行（1015亿元）、农村商业银行（640亿元）四者合计7162亿元。', '2025-03-20'],
    ['截至2024年末，全省绿色贷款余额8652亿元。分机构看，国有大型银行（4120亿元）、股份制商业银行（1387亿元）两者合计5507亿元；城市商业银行（1015亿元）、农村商业银行（640亿元）两者合计1655亿元，占全省绿色贷款的19.1%。', '2025-03-20'],
    // a past year's plan beside what came of it
    ['2024年该行计划新增绿色贷款40亿元，实际新增46亿元。', '2025-03-20'],
  ])('%s', (text, documentDate) => expectQuiet(text, { documentDate }));
  it('reads a plan\'s base as what is, not as a goal, and a bare 年末 after a year as that year\'s end', () => {
    const a = extractClaims('该行提出，以2024年末绿色贷款余额160亿元为基数，力争2025年末余额达到210亿元。', { documentDate: '2025-03-20' });
    expect(a.claims.map((c) => `${c.figure.text}|${c.date}`)).toEqual(['160亿元|2024-12-31']);
    expect(a.targets.map((t) => `${t.figure.text}|${t.deadline}`)).toEqual(['达到210亿元|2025-12-31']);
    const b = extractClaims('2024年末绿色贷款余额160亿元。力争2025年新增绿色贷款40亿元，年末余额达到200亿元。', { documentDate: '2025-03-20' });
    expect(b.targets.map((t) => `${t.figure.text}|${t.deadline}`)).toEqual(['40亿元|2025-12-31', '达到200亿元|2025-12-31']);
  });
  it('flags a plan whose years do not add up to its balance', () => {
    expect(checkText('2024年末绿色贷款余额160亿元。力争2025年新增绿色贷款40亿元，年末余额达到220亿元。', { documentDate: '2025-03-20' }).status).toBe('inconsistent');
  });
});

describe('checking: flows over adjacent spans add up', () => {
  // 412 + 305 = 717 (一季度 + 二季度 = 上半年); 142.3 + 21.4 = 163.7 (7月累计 + 8月当月 = 8月累计)
  const quarters = '2025年一季度，全省普惠小微贷款新增412亿元；二季度新增305亿元，上半年累计新增717亿元。';
  const months = '佛山市科技贷款月度情况\n| 月份 | 当月新增（亿元） | 本年累计新增（亿元） |\n|---|---|---|\n| 2025年7月末 | 18.6 | 142.3 |\n| 2025年8月末 | 21.4 | 163.7 |';
  it.each([
    [quarters, 'c3,c1,c2'],
    [months, 'c4,c2,c3'],
  ])('checks the longer flow against the two it is made of: %s', (text, claims) => {
    const r = checkText(text, { documentDate: '2025-07-20' });
    expect(r.status).toBe('consistent');
    expect(r.relations.filter((x) => x.kind === 'sum').map((x) => `${x.claims.join(',')}|${x.verdict}`)).toEqual([`${claims}|consistent`]);
  });
  it('reads a column of 当月新增 under a title as the title\'s loans, not a subject of its own', () => {
    expect(read(months, '2025-07-20')).toEqual(['18.6|tech-loans|2025-07-31|increment|mom', '142.3|tech-loans|2025-07-31|increment|ytd', '21.4|tech-loans|2025-08-31|increment|mom', '163.7|tech-loans|2025-08-31|increment|ytd']);
  });
  it.each([
    [quarters.replace('717', '727'), '727亿元'],
    [months.replace('163.7', '166.7'), '166.7'],
  ])('flags a changed digit: %s', (text, changed) => expectFlagged(text, { documentDate: '2025-07-20' }, changed));
});

describe('checking: a table\'s 合计 row after a column of ranks, and shares that add up only over one whole', () => {
  // 310.5 + 254.2 + 201.7 = 766.4; 20.1 + 16.5 + 13.1 = 49.7; 766.4 / 1543.2 = 49.66%
  const ranks =
    '全市银行机构绿色贷款余额排名（2025年6月末）\n| 序号 | 机构 | 余额（亿元） | 占全市比重 |\n|---|---|---|---|\n| 1 | 工商银行佛山分行 | 310.5 | 20.1% |\n| 2 | 农业银行佛山分行 | 254.2 | 16.5% |\n| 3 | 建设银行佛山分行 | 201.7 | 13.1% |\n|  | 前三名合计 | 766.4 | 49.7% |';
  // 12.1% and 9.8% are each of its bank's own loans: the 11.0% of the two together is no sum of them.
  const ownWholes =
    '主要银行绿色贷款情况（2025年6月末）\n| 序号 | 机构 | 绿色贷款余额（亿元） | 占本行各项贷款比重 |\n|---|---|---|---|\n| 1 | 工商银行佛山分行 | 310.5 | 12.1% |\n| 2 | 农业银行佛山分行 | 254.2 | 9.8% |\n|  | 合计 | 564.7 | 11.0% |';
  it('adds the amounts and the shares of the city\'s loans', () => {
    const r = checkText(ranks, { documentDate: '2025-07-20' });
    expect(r.status).toBe('consistent');
    expect(r.relations.filter((x) => x.kind === 'sum').map((x) => `${x.claims.join(',')}|${x.verdict}`)).toEqual(['c7,c1,c3,c5|consistent', 'c8,c2,c4,c6|consistent']);
  });
  it.each([
    [ranks.replace('766.4', '776.4'), '776.4'],
    [ranks.replace('49.7%', '51.7%'), '51.7%'],
  ])('flags a changed total: %s', (text, changed) => expectFlagged(text, { documentDate: '2025-07-20' }, changed));
  it('reads a column of shares of each bank\'s own loans as the row\'s loans, and adds only the amounts', () => {
    expect(heldRows(ownWholes, { documentDate: '2025-07-20' }).filter((x) => x.startsWith('12.1%') || x.startsWith('11.0%'))).toEqual([
      '12.1%|green-loans||bank:工商银行佛山分行|2025-06-30|share',
      '11.0%|green-loans|合计|entity:bank|2025-06-30|share',
    ]);
    const r = checkText(ownWholes, { documentDate: '2025-07-20' });
    expect(r.status).toBe('consistent');
    expect(r.relations.filter((x) => x.kind === 'sum').map((x) => x.claims.join(','))).toEqual(['c5,c1,c3']);
  });
});

describe('reading: a snippet cut off after a magnitude, and the inclusive loans that hold 普惠小微', () => {
  it('leaves a figure whose unit the ellipsis cut unread, saying so', () => {
    const r = extractClaims('三季度末普惠小微贷款余额为14.6万亿元。普惠金融领域人民币贷款余额20.98万...', { documentDate: '2020-11-02' });
    expect(r.claims.map((c) => c.figure.text)).toEqual(['14.6万亿元']);
    expect(r.unparsed.filter((u) => u.text === '20.98万').map((u) => u.code)).toEqual(['unreadable']);
  });
  it.each([
    ['3月末，普惠金融领域贷款余额35.19万亿元。普惠小微贷款余额为26.16万亿元。', 'consistent'],
    ['3月末，普惠金融领域贷款余额35.19万亿元。普惠小微贷款余额为36.16万亿元。', 'inconsistent'],
  ])('bounds 普惠小微贷款 by 普惠金融领域贷款: %s', (text, status) => {
    const r = checkText(text, { documentDate: '2025-04-20' });
    expect(r.status).toBe(status);
    expect(r.relations.filter((x) => x.kind === 'at-most').map((x) => x.claims.join(','))).toContain('c2,c1');
  });
});

describe('checking: hunt 14, the rest — breakdowns written other ways, goals in comma runs', () => {
  const dd = { documentDate: '2025-03-20' };
  // 612 + 205 = 817; 2310 / 5120 = 45.12%; 4120 + 1387 = 5507, 612 + 205 = 817
  const plainTotal = '2024年，全省绿色贷款比年初增加1527亿元。分机构看，国有大型银行（比年初增加612亿元）、股份制商业银行（比年初增加205亿元）合计增加817亿元。';
  const itemWithNoun = '截至2024年末，全省普惠小微贷款余额5120亿元。分机构看，农村中小银行普惠小微贷款（2310亿元，占比45.1%）。';
  const twoInBracket = '2024年末，全省绿色贷款余额8652亿元。分机构看，国有大型银行（4120亿元，新增612亿元）、股份制商业银行（1387亿元，新增205亿元）两者合计5507亿元，新增817亿元。';
  it.each([
    [plainTotal],
    [itemWithNoun],
    [twoInBracket],
    ['截至2024年末，全省绿色贷款余额8652亿元。分机构看，国有大型银行（4120亿元，占其各项贷款的12.8%）、股份制商业银行（1387亿元，占其各项贷款的9.3%）。'],
    ['截至2024年末，全省绿色贷款余额8652亿元。分机构看，国有大型银行（4120亿元，2023年末为3310亿元）、股份制商业银行（1387亿元，2023年末为1150亿元）。'],
    ['截至2024年末，全省绿色贷款余额8652亿元。分机构看，国有大型银行（即工农中建交邮六家银行）绿色贷款余额4120亿元，占比47.6%；股份制商业银行（1387亿元，占比16.0%）。'],
    ['2024年末该行绿色贷款余额160亿元。该行力争一季度新增绿色贷款12亿元，上半年累计新增25亿元，全年新增40亿元。'],
    ['2024年末该行绿色贷款余额160亿元。该行力争2025年新增绿色贷款40亿元，其中清洁能源贷款新增15亿元；年末绿色贷款余额达到200亿元。'],
    ['2024年末该行普惠型小微企业贷款余额120亿元，绿色贷款余额160亿元。该行提出，力争2025年普惠型小微企业贷款新增30亿元，绿色贷款新增40亿元，两项贷款年末余额分别达到150亿元、200亿元。'],
  ])('%s', (text) => expectQuiet(text, dd));
  it('reads a plain 合计 after the whole was stated as the parts together, and each item\'s name whole after a bracket of two figures', () => {
    expect(heldRows(plainTotal, dd).slice(1)).toEqual([
      '612亿元|green-loans|国有大型银行|text|2024-12-31|increment|ytd',
      '205亿元|green-loans|股份制商业银行|text|2024-12-31|increment|ytd',
      '817亿元|green-loans|国有大型银行和股份制商业银行|text|2024-12-31|increment|ytd',
    ]);
    expect(heldRows(twoInBracket, dd).filter((x) => x.startsWith('1387'))).toEqual(['1387亿元|green-loans|股份制商业银行|text|2024-12-31|balance']);
  });
  it.each([
    [plainTotal.replace('817', '827'), '827亿元'],
    [itemWithNoun.replace('45.1%', '47.1%'), '47.1%'],
    [twoInBracket.replace('5507', '5517'), '5517亿元'],
  ])('flags a changed digit: %s', (text, changed) => expectFlagged(text, dd, changed));
  it('dates each goal of a comma run of periods in the goal\'s year, and a year-end after ； in its year', () => {
    expect(extractClaims('2024年末该行绿色贷款余额160亿元。该行力争一季度新增绿色贷款12亿元，上半年累计新增25亿元，全年新增40亿元。', dd).targets.map((t) => `${t.figure.text}|${t.deadline}`)).toEqual(['12亿元|2025-03-31', '25亿元|2025-06-30', '40亿元|2025-12-31']);
    expect(extractClaims('该行力争2025年新增绿色贷款40亿元；年末绿色贷款余额达到200亿元。', dd).targets.map((t) => `${t.figure.text}|${t.deadline}`)).toEqual(['40亿元|2025-12-31', '达到200亿元|2025-12-31']);
  });
  it('reads a plan its year follows (年初提出2024年新增…) as that year\'s goal, met by what came of it', () => {
    const r = checkText('2023年末，该行绿色贷款余额160亿元。该行年初提出2024年新增绿色贷款40亿元，实际完成新增46亿元，年末余额达到206亿元。', dd);
    expect(r.targets.map((t) => `${t.text}|${t.deadline}|${t.status}`)).toEqual(['40亿元|2024-12-31|met']);
    expect(r.status).toBe('consistent');
  });
  it('leaves goals of a 分别 list that names no items unread, and a bank counted in brackets no bank', () => {
    const r = extractClaims('2024年末该行普惠型小微企业贷款余额120亿元，绿色贷款余额160亿元。该行提出，力争2025年普惠型小微企业贷款新增30亿元，绿色贷款新增40亿元，两项贷款年末余额分别达到150亿元、200亿元。', dd);
    expect(r.unparsed.filter((u) => u.code === 'list-of-goals').map((u) => u.text)).toEqual(['达到150亿元', '200亿元']);
    const b = extractClaims('截至2024年末，全省绿色贷款余额8652亿元。分机构看，国有大型银行（即工农中建交邮六家银行）绿色贷款余额4120亿元。', dd);
    expect(b.claims.map((c) => c.holder)).not.toContain('bank:即工农中建交邮六家银行');
  });
});

describe('checking: hunt 15, consistent texts stay quiet (flows over periods, tables with totals)', () => {
  const dd = { documentDate: '2025-10-20' };
  const table = (title: string, rows: string[]): string => `${title}\n${rows.join('\n')}`;
  // each text is consistent: 60 and 20 are Q2's flow and its excess over Q1's; 10 is December's, 100 the year's;
  // 100 + 10 = 110; 210.4 + 185.7 + 120.9 = 517.0 (其中 rows are parts); 12350 + 9870 + 8420 = 30640,
  // 6215 + 11088 = 17303, 30640 + 17303 = 47943; 48.2 + 39.5 = 87.7
  const quarterRow = table('2025年佛山市绿色贷款（单位：亿元）', ['| 月份 | 本月新增 |', '| --- | --- |', '| 3月 | 60 |', '| 一季度 | 100 |']);
  const monthColumn = table('佛山市重点领域贷款（单位：亿元）', ['| 项目 | 7月末余额 | 8月末余额 | 8月新增 |', '|---|---|---|---|', '| 绿色贷款 | 100.0 | 110.0 | 10.0 |']);
  const subRows = table('2025年9月末部分银行普惠小微贷款余额（单位：亿元）', ['| 序号 | 银行 | 普惠小微贷款余额 |', '| --- | --- | --- |', '| 1 | 甲银行 | 210.4 |', '|  | 其中：线上贷款 | 96.2 |', '| 2 | 乙银行 | 185.7 |', '|  | 其中：线上贷款 | 70.3 |', '| 3 | 丙银行 | 120.9 |', '| 合计 |  | 517.0 |']);
  const groups = table('2025年9月末辖内银行机构普惠型养老贷款余额（单位：万元）', ['| 机构类型 | 机构 | 余额 |', '| --- | --- | --- |', '| 国有大型银行 | 工行 | 12,350 |', '|  | 农行 | 9,870 |', '|  | 建行 | 8,420 |', '|  | 小计 | 30,640 |', '| 地方法人银行 | 城商行 | 6,215 |', '|  | 农商行 | 11,088 |', '|  | 小计 | 17,303 |', '| 合计 |  | 47,943 |']);
  const districts = table('佛山市2025年一季度各区科技贷款增速', ['| 位次 | 地区 | 比年初增长(%) |', '| --- | --- | --- |', '| 1 | 南海区 | 9.6 |', '| 2 | 顺德区 | 7.1 |', '| 全市 |  | 8.4 |']);
  const halfYear = 'In the first quarter of 2025, the bank\'s green loans increased by RMB48.2 billion; in the second quarter they grew by a further RMB39.5 billion, bringing the half-year increase to RMB87.7 billion.';
  it.each([
    ['二季度，全省绿色贷款新增60亿元，二季度新增额较一季度多20亿元。'],
    ['三季度，全省当季新增绿色贷款40亿元，较二季度当季新增少20亿元。'],
    ['12月份，全市绿色贷款增加10亿元，全年累计增加100亿元。'],
    [quarterRow],
    [monthColumn],
    [subRows],
    [groups],
    [districts],
    [halfYear],
    ['| 银行 | 绿色贷款余额(亿元) | 各项贷款余额(亿元) |\n| --- | --- | --- |\n| A银行 | 600.0 | 5,000.0 |'],
    ['中小企業授信餘額前三大銀行，授信餘額分別為9976.67億元、8645.90億元、8149.24億元。'],
  ])('%s', (text) => expectQuiet(text, dd));
  it('reads a month\'s flow as the month\'s, a quarter\'s row as the quarter\'s, a column of 8月新增 as August\'s', () => {
    expect(read('12月份，全市绿色贷款增加10亿元，全年累计增加100亿元。', '2025-10-20')).toEqual(['10亿元|green-loans|2024-12-31|increment|mom', '100亿元|green-loans|2024-12-31|increment|ytd']);
    expect(read(quarterRow, '2025-10-20')).toEqual(['60|green-loans|2025-03-31|increment|mom', '100|green-loans|2025-03-31|increment|ytd']);
    expect(read(monthColumn, '2025-10-20').pop()).toBe('10.0|green-loans|2025-08-31|increment|mom');
  });
  it('gives a 其中 row its bank, a 小计 its block, and a 全市 row the city', () => {
    expect(heldRows(subRows, dd).filter((x) => x.startsWith('70.3'))).toEqual(['70.3|subject:线上贷款||bank:乙银行|2025-09-30|balance']);
    expect(checkText(groups, dd).relations.filter((x) => x.kind === 'sum').map((x) => x.claims.join(','))).toEqual(['c4,c1,c2,c3', 'c7,c5,c6', 'c8,c1,c2,c3,c5,c6']);
    expect(heldRows(districts, dd).map((x) => x.split('|')[3])).toEqual(['region:440605', 'region:440606', 'region:440600']);
  });
  it.each([
    [groups.replace('30,640', '31,640'), '31,640'],
    [subRows.replace('517.0', '527.0'), '527.0'],
    [halfYear.replace('87.7', '89.7'), 'RMB89.7 billion'],
  ])('flags a changed total: %s', (text, changed) => expectFlagged(text, dd, changed));
  it('leaves the figures of a ranking it does not name unread, and names banks by their short and letter names', () => {
    const r = extractClaims('中小企業授信餘額前三大銀行，授信餘額分別為9976.67億元、8645.90億元、8149.24億元。', dd);
    expect(r.claims).toEqual([]);
    expect(r.unparsed.map((u) => u.code)).toEqual(['ordinal', 'list-mismatch', 'list-mismatch', 'list-mismatch']);
    expect(heldRows('截至114年9月底，中小企業放款餘額前三大銀行依序為一銀、台企銀、兆豐銀，餘額分別為9,927.78億元、8,140.94億元及7,278.56億元。', dd).map((x) => x.split('|')[3])).toEqual(['bank:第一银行', 'bank:台湾中小企业银行', 'bank:兆丰银行']);
  });
});

describe('reading: a table\'s rows that name only a measure (成长金额, 年增率) are of the row above, and its title the line above its unit', () => {
  // 15,104 − 13,862 = 1,242 and 1,242 / 13,862 = 8.96%; 16,537 − 15,104 = 1,433 and 1,433 / 15,104 = 9.49%
  const table = '本國銀行辦理中小企業放款情形\n單位：新臺幣億元\n| 年度 | 2022年底 | 2023年底 |\n|---|---|---|\n| 放款餘額 | 15,104 億元 | 16,537 億元 |\n| 成長金額 | +1,242 億元 | +1,433 億元 |\n| 年增率 | 8.96% | 9.49% |';
  it('reads each change and rate with the balances\' subject, and checks them', () => {
    expect(read(table).filter((x) => !x.includes('|balance'))).toEqual([
      '1,242亿元|subject:中小企业放款|2022-12-31|increment|yoy',
      '1,433亿元|subject:中小企业放款|2023-12-31|increment|yoy',
      '8.96%|subject:中小企业放款|2022-12-31|growth|yoy',
      '9.49%|subject:中小企业放款|2023-12-31|growth|yoy',
    ]);
    const r = checkText(table);
    expect(r.status).toBe('consistent');
    expect(r.relations.filter((x) => x.kind === 'increment').map((x) => x.verdict)).toEqual(['consistent-within-rounding', 'consistent-within-rounding']);
  });
  it('flags a changed change', () => {
    const r = checkText(table.replace('+1,433', '+1,533'));
    expect(r.status).toBe('inconsistent');
    expect(r.conflicts.flatMap((c) => c.suspects.map((s) => s.text))).toContain('1,533亿元');
  });
});

describe('reading: a 合计 after a 分别 list of banks is the banks together', () => {
  // 9,927.78 + 8,140.94 + 7,278.56 = 25,347.28
  const text = '截至114年9月底，中小企業放款餘額前三大銀行依序為一銀、台企銀、兆豐銀，餘額分別為9,927.78億元、8,140.94億元及7,278.56億元，合計25,347.28億元。';
  it.each([
    [text, 'consistent'],
    [text.replace('25,347.28', '25,447.28'), 'inconsistent'],
  ])('%s', (t, status) => {
    const r = checkText(t, { documentDate: '2025-10-20' });
    expect(r.status).toBe(status);
    expect(r.relations.filter((x) => x.kind === 'sum').map((x) => x.claims.join(','))).toEqual(['c4,c1,c2,c3']);
  });
});

describe('checking: hunt 16, consistent texts stay quiet (comparisons of periods, spans, tables with notes, banks by letter)', () => {
  const at = (documentDate: string) => ({ documentDate });
  // each consistent: 45.3 this month, 12.1 more than last month's, 6.4 more than a year before; 5.2 + 8.9 = 14.1 over two
  // quarters across a year-end; 120.5 + 98.3 ≤ 500; 5620 / 13640 = 41.2%, 5620 / 9000 = 62.4%; 620 + 320 = 940 and 500 ≤ 940
  it.each([
    ['8月，全市普惠小微贷款新增45.3亿元，比上月多增12.1亿元，比上年同月多增6.4亿元。', '2025-09-20'],
    ['去年四季度，全市养老产业贷款新增5.2亿元；今年一季度新增8.9亿元，近两个季度累计新增14.1亿元。', '2025-04-20'],
    ['自2024年9月专项行动启动以来，全市普惠小微贷款累计新增502.3亿元。2024年1-9月，全市普惠小微贷款累计新增380.6亿元。', '2025-08-20'],
    ['2025年6月末全省各市绿色贷款\n| 地区 | 余额（亿元） |\n| A市 | 1200.0 |\n| B市 | 900.0 |\n| 全省 | 2100.0 |', '2025-08-20'],
    ['2025年6月末全市科技贷款结构\n| 机构 | 余额（亿元） |\n| 国有大型银行 | 620.0 |\n| 地方法人银行 | 320.0 |\n| 合计 | 940.0 |\n| 其中：高新技术企业贷款 | 500.0 |', '2025-08-20'],
    ['As of end-June 2025, green loans of Bank A stood at 120.5 billion yuan and those of Bank B at 98.3 billion yuan. The city\'s green loans totaled 500 billion yuan.', '2025-08-20'],
    ['今年前9月，國銀中小企業放款增加金額前3名依序為中信銀551.46億元、北富銀472.73億元、玉山銀464.97億元。', '2025-11-13'],
    ['截至2025年6月末，辖内甲银行、乙银行、丙银行普惠小微贷款余额分别为120.5亿元、98.3亿元和76.2亿元。丙银行普惠小微贷款余额76.2亿元。', '2025-08-20'],
    ['截至2025年6月末，省农信联社系统涉农贷款余额5620亿元，占全省涉农贷款的41.2%；全省涉农贷款余额13640亿元。省农信联社涉农贷款余额5620亿元，各项贷款余额9000亿元，涉农贷款占其各项贷款的62.4%。', '2025-08-20'],
    ['2025年6月末各类机构普惠小微贷款余额\n| 机构类型 | 余额（亿元） |\n| 城市商业银行 | 185.7 |\n| 农村金融机构 | 402.1 |\n| 地方法人银行 | 587.8 |\n| 合计 | 587.8 |\n注：地方法人银行包括城市商业银行和农村金融机构。', '2025-08-20'],
  ])('%s', (text, documentDate) => expectQuiet(text, at(documentDate)));
  it('leaves a difference from last month\'s flow and flows over spans no basis names unread', () => {
    const codes = (text: string, d: string): string[] => extractClaims(text, at(d)).unparsed.filter((u) => u.code === 'no-measure' || u.code === 'change-over-span').map((u) => `${u.text}|${u.code}`);
    expect(codes('8月，全市普惠小微贷款新增45.3亿元，比上月多增12.1亿元，比上年同月多增6.4亿元。', '2025-09-20')).toEqual(['12.1亿元|no-measure']);
    expect(codes('去年四季度，全市养老产业贷款新增5.2亿元；今年一季度新增8.9亿元，近两个季度累计新增14.1亿元。', '2025-04-20')).toEqual(['14.1亿元|change-over-span']);
    expect(codes('自2024年9月专项行动启动以来，全市普惠小微贷款累计新增502.3亿元。', '2025-08-20')).toEqual(['502.3亿元|change-over-span']);
  });
  it('holds each figure by its bank, a letter\'s bank, and the area a clause after the bank opens with', () => {
    expect(heldRows('截至2025年6月末，辖内甲银行、乙银行、丙银行普惠小微贷款余额分别为120.5亿元、98.3亿元和76.2亿元。', at('2025-08-20')).map((x) => x.split('|')[3])).toEqual(['bank:甲银行', 'bank:乙银行', 'bank:丙银行']);
    expect(heldRows('截至2025年6月末，省农信联社系统涉农贷款余额5620亿元，占全省涉农贷款的41.2%；全省涉农贷款余额13640亿元。', at('2025-08-20')).map((x) => x.split('|')[3])).toEqual(['bank:省农信联社', 'bank:省农信联社', 'text']);
  });
  it('flags a changed digit in a bank list and in a table of kinds of bank', () => {
    expect(checkText('截至2025年6月末，辖内甲银行、乙银行、丙银行普惠小微贷款余额分别为120.5亿元、98.3亿元和76.2亿元。丙银行普惠小微贷款余额78.2亿元。', at('2025-08-20')).status).toBe('inconsistent');
    expect(checkText('2025年6月末全市科技贷款结构\n| 机构 | 余额（亿元） |\n| 国有大型银行 | 620.0 |\n| 地方法人银行 | 320.0 |\n| 合计 | 960.0 |', at('2025-08-20')).status).toBe('inconsistent');
  });
});

describe('reading: 大陆地区放款 in a Taiwan release is its banks\' loans to the mainland', () => {
  it('keeps 大陆 in the subject and the area\'s holder', () => {
    expect(heldRows('據金管會統計，截至2025年9月底，本國銀行對大陸地區放款餘額為1兆2,345億元，較上月減少102億元。', { documentDate: '2025-11-13' })).toEqual([
      '1兆2,345億元|subject:大陆地区放款||region:710000|2025-09-30|balance',
      '102億元|subject:大陆地区放款||region:710000|2025-09-30|increment|mom',
    ]);
  });
});

describe('checking: hunt 17, English, traditional and messy copies stay quiet and their changed digits are flagged', () => {
  const at = (documentDate: string) => ({ documentDate });
  // worked by hand: rates over two bases; 10.4 + 2.3 = 12.7; 3,105 − 1,862 = 1,243; 15.8 − 6.9 = 8.9 and 20.6 − 7.4 = 13.2;
  // 1,380.2 + 802.5 = 2,182.7; 612.5 / (4,920 − 612.5) = 14.22%; 2.45 + 1.87 = 4.32
  it.each([
    ['Technology loans in Zhejiang grew 11.8 percent from the start of the year and 23.4 percent year on year at the end of September.', '2025-10-28'],
    ['Pension industry loans in Sichuan rose 12.7 percent year on year at the end of June, 2.3 percentage points higher than a year earlier, when the growth rate was 10.4 percent.', '2025-07-28'],
    ['Pension industry loans in Sichuan rose 12.7 percent year on year at the end of June, up from 10.4 percent a year earlier.', '2025-07-28'],
    ['第3季新增放款1,243億元，前三季合計新增3,105億元；上半年新增1,862億元。', '2025-10-28'],
    ['綠色貸款較年初增長15.8%，同比增長20.6%；各項貸款較年初增長6.9%、同比增長7.4%，綠色貸款增速分別高於各項貸款8.9和13.2個百分點。', '2025-07-28'],
    ['8月底港元貸款按月上升0.6%。貸款總額為10.35萬億港元，按月上升0.2%。', '2025-09-28'],
    ['全市绿色贷款余额1380.2亿元，较年初增加160.4亿元。全市科技贷款余额802.5亿元，两项贷款合计2182.7亿元。', '2025-07-28'],
    ['截至2025年6月末，全省绿色贷款余额4, 920.00亿元，较年初增加612.50亿元，增长14.22%。', '2025-07-28'],
    ['Bank A said its inclusive loans hit 4.92 trillion yuan at the end of June, having increased by 612.5 billion yuan, or 14.2 percent, since the start of the year.', '2025-08-28'],
    ['Green loans grew by 2.45 trillion yuan in the first quarter and by 1.87 trillion yuan in the second quarter, bringing the increase for the first half to 4.32 trillion yuan.', '2025-07-28'],
  ])('%s', (text, documentDate) => expectQuiet(text, at(documentDate)));
  it.each([
    // the earlier rate a year before: 12.7 − 10.9 = 1.8, not 2.3
    ['Pension industry loans in Sichuan rose 12.7 percent year on year at the end of June, 2.3 percentage points higher than a year earlier, when the growth rate was 10.9 percent.', '2025-07-28', '2.3 percentage points'],
    // the gaps paired with their bases: 20.6 − 7.4 = 13.2, not 12.2
    ['綠色貸款較年初增長15.8%，同比增長20.6%；各項貸款較年初增長6.9%、同比增長7.4%，綠色貸款增速分別高於各項貸款8.9和12.2個百分點。', '2025-07-28', '12.2個百分點'],
    // the joint total: 1,380.2 + 802.5 = 2,182.7, not 2,192.7
    ['全市绿色贷款余额1380.2亿元，较年初增加160.4亿元。全市科技贷款余额802.5亿元，两项贷款合计2192.7亿元。', '2025-07-28', '2192.7亿元'],
    // the restated rate of an English increment: 612.5 / 4,307.5 = 14.2%, not 16.2%
    ['Bank A said its inclusive loans hit 4.92 trillion yuan at the end of June, having increased by 612.5 billion yuan, or 16.2 percent, since the start of the year.', '2025-08-28', '16.2 percent'],
    // two quarters add up to the half: 2.45 + 1.87 = 4.32, not 4.52
    ['Green loans grew by 2.45 trillion yuan in the first quarter and by 1.87 trillion yuan in the second quarter, bringing the increase for the first half to 4.52 trillion yuan.', '2025-07-28', '4.52 trillion yuan'],
  ])('flags %s', (text, documentDate, changed) => expectFlagged(text, at(documentDate), changed));
  it('reads each figure of the period, the base and the number it names', () => {
    expect(read('第3季新增放款1,243億元，前三季合計新增3,105億元。', '2025-10-28')).toEqual(['1,243億元|total-loans|2025-09-30|increment|qoq', '3,105億元|total-loans|2025-09-30|increment|ytd']);
    expect(read('Inclusive loans rose 12.7 percent year on year at the end of June, up from 10.4 percent a year earlier.', '2025-07-28')).toEqual(['12.7 percent|inclusive-loans|2025-06-30|growth|yoy', '10.4 percent|inclusive-loans|2024-06-30|growth|yoy']);
    expect(read('截至2025年6月末，全省绿色贷款余额4, 920.00亿元。', '2025-07-28')).toEqual(['4,920.00亿元|green-loans|2025-06-30|balance']);
    // a comma and a space before three digits with no decimal part: a thousands group or a list — neither is read
    expect(extractClaims('全省绿色贷款余额1, 234亿元。', at('2025-07-28')).claims).toEqual([]);
    // (loans in Hong Kong dollars: all loans in that currency's book, a quantity apart from all loans)
    expect(extractClaims('8月底港元貸款按月上升0.6%。貸款總額為10.35萬億港元。', at('2025-09-28')).claims.map((c) => `${c.indicator}@${c.scope ?? ''}`)).toEqual(['total-loans@港元', 'total-loans@']);
    expectQuiet('8月底港元貸款按月上升0.6%，貸款總額按月上升0.3%。', at('2025-09-28'));
  });
});

describe('reading: a copy\'s spaces — a table whose columns are spaces, a space after a decimal point', () => {
  const at = { documentDate: '2025-07-30' };
  // 1,842.6 / (14,630.5 − 1,842.6) = 14.41%; 305.2 / (2,410.8 − 305.2) = 14.50%
  const table = '表2 2025年6月末重点领域贷款\n指标 余额(亿元) 较年初增加(亿元) 增速(%)\n绿色贷款 14630.5 1842.6 14.41\n科技贷款 2410.8 305.2 14.50';
  it('reads each row of a table separated by single spaces, under its header', () => {
    expect(read(table, at.documentDate)).toEqual([
      '14630.5|green-loans|2025-06-30|balance',
      '1842.6|green-loans|2025-06-30|increment|ytd',
      '14.41|green-loans|2025-06-30|growth|ytd',
      '2410.8|tech-loans|2025-06-30|balance',
      '305.2|tech-loans|2025-06-30|increment|ytd',
      '14.50|tech-loans|2025-06-30|growth|ytd',
    ]);
    expectQuiet(table, at);
    expectFlagged(table.replace('14.50', '15.50'), at, '15.50');
  });
  it('makes the rows and header of a space-separated table tab-separated, offsets unchanged', () => {
    const n = normalizeText('指标 余额 增速\n绿色贷款 1564.2 13.6\n科技贷款 865.4 12.86');
    expect(n.text).toBe('指标\t余额\t增速\n绿色贷款\t1564.2\t13.6\n科技贷款\t865.4\t12.86');
    expect(n.toOriginal(n.text.indexOf('865.4'))).toBe(31);
    // (one row alone, or prose with numbers, is no table)
    expect(normalizeText('绿色贷款 1564.2 13.6').text).not.toContain('\t');
  });
  it('keeps two numbers apart when a space follows a decimal part, and joins a number cut after its point', () => {
    expect(normalizeText('余额 1564.2 186.7').text).not.toContain('1564.2186');
    expect(read('截至2025年6月末，全省普惠小微贷款余额 8431. 26亿元，增速12. 30%。', at.documentDate)).toEqual(['8431.26亿元|inclusive-small-micro-loans-pboc|2025-06-30|balance', '12.30%|inclusive-small-micro-loans-pboc|2025-06-30|growth']);
    // (an English full stop before a number is a sentence's end, not a decimal point)
    expect(normalizeText('Loans grew in 2025. 55 percent were green.').text).toContain('2025. 55');
  });
});

describe('checking: rates and gaps whose basis the text leaves unsaid are of one basis', () => {
  const at = { documentDate: '2025-07-30' };
  // 16.4 − 6.8 = 9.6; 12.9 − 6.8 = 6.1
  const text = '截至6月末，全市科技、绿色贷款增速分别为16.4%和12.9%，分别高于各项贷款增速9.6和6.1个百分点，各项贷款增速为6.8%。';
  it('checks each gap against the rates it compares', () => {
    const r = checkText(text, at);
    expect(r.relations.filter((x) => x.kind === 'gap').map((x) => x.verdict)).toEqual(['consistent', 'consistent']);
    expectFlagged(text.replace('6.1个', '7.1个'), at, '7.1个百分点');
  });
  it('keys an unsaid rate apart, linked to no balance, and a gap of that basis to the two unsaid rates', () => {
    const n = new Network();
    expect(n.growth('green-loans', 'text', '2025-06-30', 'unstated')).toBe('growth|green-loans|text|2025-06-30|unstated');
    expect(n.relations).toEqual([]);
    const gap = n.gap('green-loans', 'total-loans', 'text', '2025-06-30', 'unstated');
    expect(n.relations.map((r) => r.vars)).toEqual([[gap, 'growth|green-loans|text|2025-06-30|unstated', 'growth|total-loans|text|2025-06-30|unstated']]);
    expect([...n.variables.keys()].filter((k) => k.startsWith('balance'))).toEqual([]);
  });
  it('compares an unsaid rate with no rate of a stated basis, and no gap with its own quantity', () => {
    expectQuiet('截至6月末，全市科技贷款增速为16.4%，高于各项贷款增速9.6个百分点，各项贷款增速为6.8%。全市科技贷款同比增长15.0%。', at);
    expectQuiet('Total outstanding loans in the province grew 8.1 percent, 2.8 percentage points slower.', at);
  });
});

describe('checking: hunt 18, provincial releases, bank reports and plans stay quiet', () => {
  const at = (documentDate: string) => ({ documentDate });
  // worked by hand: every text is consistent — an item's figure is not the whole's (1,021.7 ≠ 4,105.3), a 其中
  // part is at most its whole (2,210.5 ≤ 3,480.2), 全省 and 青岛市 are two holders, 27.5 / 25 = 110% of a
  // quarter's goal and 27.5 / 100 = 27.5% of the year's, the first-loan households' progress is theirs.
  it.each([
    ['截至2025年6月末，全市绿色贷款余额4105.3亿元，其次为政策性银行，余额合计1021.7亿元，占比24.89%。', '2025-08-05'],
    ['全市绿色贷款余额4105.3亿元。从行业看，主要投向电力、热力、燃气及水生产和供应业，余额1377.2亿元，占比33.55%。', '2025-08-05'],
    ['全省科技贷款余额3480.2亿元。其中，科技型企业贷款余额2210.5亿元。', '2025-07-20'],
    ['截至6月末，全省和青岛市绿色贷款余额分别为9804.6亿元和1655.2亿元。青岛市绿色贷款余额1655.2亿元。', '2025-07-20'],
    ['今年全市绿色贷款新增目标为100亿元。一季度，全市绿色贷款新增27.5亿元，完成一季度目标任务（25亿元）的110.0%，完成全年目标的27.5%。', '2025-04-16'],
    ['全年目标为新增普惠小微贷款40亿元、新增首贷户900户。截至6月末，全县普惠小微贷款新增26.0亿元，完成目标的65.0%；新增首贷户702户，完成目标的78.0%。', '2025-07-20'],
    ['全市普惠小微贷款余额705.8亿元。本行普惠小微贷款余额93.6亿元。', '2025-07-20'],
    ['普惠小微授信户数126.3万户，贷款户数140.8万户。', '2025-07-20'],
    ['本行绿色融资余额由2021年末的1.52万亿元增至2024年末的2.41万亿元，增幅达58.55%，年复合增长率16.59%。', '2025-04-08'],
    ['| 项目 | 全年新增目标（亿元） | 较年初新增（亿元） |\n| 绿色贷款 | 60 | 47.35 |', '2025-10-15'],
    ['某农村商业银行2024年度环境信息披露报告\n截至2024年末，本行绿色贷款余额3.28亿元。\n报告期末，本行绿色贷款余额3.28亿元，较年初增加0.42亿元，增速14.69%。', '2025-04-28'],
    ['从机构看，四大全国性商业银行绿色贷款余额合计1402.6亿元，占比34.17%；其次为金融租赁公司，余额合计1188.3亿元，占比28.95%。全市绿色贷款余额4105.3亿元。', '2025-08-05'],
    // (a share read of its own whole — the part unread — compares nothing)
    ['截至2024年末，全年营业收入203.18亿元，科技投入7.05亿元，占营业收入的3.47%。', '2025-03-29'],
  ])('%s', (text, documentDate) => expectQuiet(text, at(documentDate)));
  it('reads whose each figure is', () => {
    expect(heldRows('截至6月末，全省和青岛市绿色贷款余额分别为9804.6亿元和1655.2亿元。', { documentDate: '2025-07-20' }).map((x) => x.split('|')[3])).toEqual(['region:370000', 'region:370200']);
    expect(heldRows('全市普惠小微贷款余额705.8亿元。本行普惠小微贷款余额93.6亿元。', at('2025-07-20')).map((x) => x.split('|')[3])).toEqual(['place:全市', 'entity:bank']);
    expect(heldRows('全省科技贷款余额3480.2亿元。其中，科技型企业贷款余额2210.5亿元。', at('2025-07-20')).map((x) => x.split('|').slice(1, 3).join('|'))).toEqual(['tech-loans|', 'tech-loans|科技型企业']);
    expect(read('普惠小微授信户数126.3万户，贷款户数140.8万户。', '2025-07-20').map((x) => x.split('|')[1])).toEqual(['subject:普惠小微授信', 'inclusive-small-micro-loans-pboc']);
    expect(extractClaims('本行绿色融资余额由2021年末的1.52万亿元增至2024年末的2.41万亿元，增幅达58.55%，年复合增长率16.59%。', at('2025-04-08')).claims.map((c) => `${c.figure.text}|${c.measure}|${c.basis ?? ''}`)).toEqual(['1.52万亿元|balance|', '2.41万亿元|balance|', '达58.55%|growth|', '16.59%|average-growth|']);
    expect(read('某农村商业银行2024年度环境信息披露报告\n报告期末，本行绿色贷款余额3.28亿元。', '2025-04-28')).toEqual(['3.28亿元|green-loans|2024-12-31|balance']);
  });
  it('flags a changed digit where the relation is read', () => {
    expectFlagged('今年全市绿色贷款新增目标为100亿元。一季度，全市绿色贷款新增27.5亿元，完成一季度目标任务（25亿元）的110.0%，完成全年目标的29.5%。', at('2025-04-16'), '29.5%');
    expectFlagged('从机构看，四大全国性商业银行绿色贷款余额合计1402.6亿元，占比36.17%。全市绿色贷款余额4105.3亿元。', at('2025-08-05'), '36.17%');
  });
});

describe('reading: firms named before their loans — a field of firms, bare loans after a count, "these firms"', () => {
  const at = { documentDate: '2025-05-20' };
  // worked by hand: 3.33 / 1.24 − 1 = 168.5% is no one's growth here; the restatements are the same printed digits
  // (3.33万亿元 twice, 22.9 percent twice), so a changed digit in one breaks them.
  const zh = (headline: string) =>
    `科技型中小企业贷款余额${headline}\n截至3月末，获得贷款支持的科技型中小企业27.18万家，获贷率49.6%，本外币贷款余额3.33万亿元，同比增长24%。高新技术企业方面，获贷企业26.71万家，获贷率57.7%；本外币贷款余额18.45万亿元，同比增长8.5%。`;
  it('reads bare loans after firms as the loans to them, and a field\'s bare 企业 as its firms', () => {
    expect(read(zh('3.33万亿元'), at.documentDate).map((x) => x.split('|').slice(0, 2).join('|'))).toEqual([
      '3.33万亿元|tech-sme-loans',
      '27.18万家|subject:科技型中小企业',
      '49.6%|subject:科技型中小企业',
      '3.33万亿元|tech-sme-loans',
      '24%|tech-sme-loans',
      '26.71万家|subject:高新技术企业',
      '57.7%|subject:高新技术企业',
      '18.45万亿元|high-tech-enterprise-loans',
      '8.5%|high-tech-enterprise-loans',
    ]);
    expectQuiet(zh('3.33万亿元'), at);
    expectFlagged(zh('3.38万亿元'), at, '3.38万亿元');
  });
  const en = (headline: string) =>
    `Tech SME loans up ${headline} pct y-o-y in Q1\nHalf of China's technology-based small and medium-sized enterprises had bank loans by the end of March, the central bank said.\nOutstanding loans to these firms in local and foreign currencies came to 3.46 trillion yuan at end-March, up 22.9 percent year on year.`;
  it('reads "loans to these firms" as the loans to the firms a sentence before named, with no figure of theirs read', () => {
    const claims = extractClaims(en('22.9'), at).claims;
    expect(claims.map((c) => `${c.figure.text}|${c.indicator}|${c.measure}`)).toEqual(['22.9 pct|tech-sme-loans|growth', '3.46 trillion yuan|tech-sme-loans|balance', '22.9 percent|tech-sme-loans|growth']);
    expectQuiet(en('22.9'), at);
    expectFlagged(en('23.9'), at, '23.9 pct');
  });
  it('leaves loans to firms it cannot name unread as those firms\' loans', () => {
    const claims = extractClaims('Outstanding loans to these firms came to 3.46 trillion yuan at end-March.', at).claims;
    expect(claims.every((c) => c.indicator !== 'tech-sme-loans')).toBe(true);
  });
});

describe('checking: each gap is to the loans of its subject\'s scope when the subjects\' scopes differ', () => {
  const at = { documentDate: '2026-01-27' };
  // worked by hand: 19.8 − 13.6 = 6.2 (本外币 loans, within [6.1, 6.3]), 11.1 − 4.4 = 6.7 (人民币 loans, within
  // [6.6, 6.8]): two benchmarks, each possible; one benchmark cannot be in both ranges at once.
  it('stays quiet when the scopes differ, and flags one benchmark that two same-scope gaps disagree on', () => {
    expectQuiet('2025年末，本外币科技型中小企业贷款余额3.63万亿元，同比增长19.8%，比各项贷款增速高13.6个百分点；人民币普惠小微贷款余额36.57万亿元，同比增长11.1%，比各项贷款增速高4.4个百分点。', at);
    expectFlagged('2025年末，本外币科技型中小企业贷款余额3.63万亿元，同比增长19.8%，比各项贷款增速高13.6个百分点；本外币普惠小微贷款余额36.57万亿元，同比增长11.1%，比各项贷款增速高4.4个百分点。', at, '4.4个百分点');
  });
});

describe('reading: after 其中, an open subject of money its whole takes in is a part of it', () => {
  const at = { documentDate: '2025-07-20' };
  // worked by hand: 300 ≤ 1200 and 900 ≤ 1,000; the twins put a part above its whole (1300 > 1200).
  it.each([
    ['截至6月末，全市绿色融资余额1200亿元，其中绿色债券余额300亿元。', '截至6月末，全市绿色融资余额1200亿元，其中绿色债券余额1300亿元。', '1300亿元'],
    ['截至6月末，全市企事业单位贷款余额1000亿元。其中，中长期贷款余额900亿元。', '截至6月末，全市企事业单位贷款余额1000亿元。其中，中长期贷款余额1100亿元。', '1100亿元'],
    ['截至6月末，全市普惠型涉农贷款余额800亿元，其中在县域投放的农户经营性贷款500亿元。', '截至6月末，全市普惠型涉农贷款余额800亿元，其中在县域投放的农户经营性贷款900亿元。', '900亿元'],
  ])('%s', (quiet, twin, changed) => {
    expectQuiet(quiet, at);
    expectFlagged(twin, at, changed);
  });
  it('keeps a part of another kind (deposits of loans, loans of bonds) its own subject', () => {
    const claims = extractClaims('截至6月末，全市绿色债券余额300亿元，其中绿色贷款余额900亿元；科技贷款余额500亿元，其中存款余额800亿元。', at).claims;
    expect(claims.filter((c) => c.part !== undefined || c.within !== undefined).map((c) => c.figure.text)).toEqual([]);
    expectQuiet('截至6月末，全市科创债券余额300亿元，其中科技型企业贷款余额900亿元。', at);
  });
});

describe('reading: a Taiwanese reprint — 依序 lists, a break between years, a headline without its currency scope', () => {
  const at = { documentDate: '2025-10-20' };
  // worked by hand: 5.12 / (38.40 − 5.12) = 15.38% ≈ 15.4%; the headline restates 5.12兆 (the twin: 5.21兆).
  const text = (headline: string) =>
    `陸綠色貸款前三季增${headline}人民幣\n人行公布，截至9月底，大陸本外幣綠色貸款餘額38.40兆元（人民幣，下同），較年初成長15.4%，前三季增加5.12兆元。由於今年起統計口徑調整，相關數據與過去年度不可比。分用途看，清潔能源、節能環保貸款餘額依序為12.6兆及4.3兆元。`;
  it('reads each item of a 依序 list, and the figures of the new series\' year as one series wherever they stand', () => {
    const claims = extractClaims(text('5.12兆'), at).claims;
    expect(claims.map((c) => `${c.figure.text}|${c.measure}|${c.scope ?? ''}`)).toEqual([
      '5.12兆元|increment|新口径',
      '38.40兆元|balance|本外币·新口径',
      '15.4%|growth|本外币·新口径',
      '5.12兆元|increment|本外币·新口径',
      '12.6兆元|balance|新口径',
      '4.3兆元|balance|新口径',
    ]);
    expectQuiet(text('5.12兆'), at);
    expectFlagged(text('5.21兆'), at, '5.21兆元');
  });
  it('still keeps a year before the break apart from the new series', () => {
    const claims = extractClaims('2024年末绿色贷款余额36.6万亿元。今年起按新口径统计，3月末绿色贷款余额40.61万亿元，较年初增长9.6%。', at).claims;
    expect(claims.map((c) => c.scope)).toEqual(['原口径', '新口径', '新口径']);
    const same = extractClaims('3月末绿色贷款余额39.2万亿元。因统计口径调整，3月末绿色贷款余额40.61万亿元。', at).claims;
    expect(same.map((c) => c.scope)).toEqual(['原口径', '新口径']);
  });
});

describe('checking: shares of new loans — of the increments since the start of the year', () => {
  const at = { documentDate: '2025-10-20' };
  // worked by hand: 310 / 820 = 37.80%, 150 / 820 = 18.29% (printed 18.3%); 近四成 is under 40%, 37.8% is near it.
  const text = (headline: string, second: string) =>
    `前三季度，全市新增贷款${headline}流向小微企业。\n前三季度全市人民币贷款增加820亿元。其中，小微企业贷款新增310亿元，占全部新增贷款的37.8%；新增涉农贷款150亿元，占比${second}。`;
  it('reads a share of new loans and the share of what went where, each against the two increments', () => {
    const claims = extractClaims(text('近四成', '18.3%'), at).claims;
    expect(claims.filter((c) => c.measure === 'share').map((c) => `${c.figure.text}|${c.indicator}|${c.of}|${c.period?.from ?? ''}`)).toEqual([
      '近四成|small-micro-loans|total-loans|2025-01-01',
      '37.8%|small-micro-loans|total-loans|2025-01-01',
      '18.3%|agri-loans|total-loans|2025-01-01',
    ]);
    expectQuiet(text('近四成', '18.3%'), at);
    expectFlagged(text('近四成', '19.3%'), at, '19.3%');
    expectFlagged(text('超五成', '18.3%'), at, '超五成');
  });
  // worked by hand: 105 / 420 = 25.0% of the quarter's new loans; 35 / 150 = 23.3% of the month's; 230 / 920 = 25.0%.
  it.each([
    ['一季度，全市人民币贷款增加600亿元；二季度增加420亿元，其中新增制造业贷款105亿元，占当季新增贷款的${s}。', '25%', '20%', 'qoq'],
    ['9月份，全市人民币贷款增加150亿元，当月新增科技贷款35亿元，占当月新增贷款的${s}。', '23.3%', '30%', 'mom'],
    ['三季度，全省人民币贷款增加920亿元，其中新增普惠小微贷款230亿元，占同期新增贷款的${s}。前三季度，全省人民币贷款累计增加4100亿元。', '25%', '35%', 'qoq'],
  ])('sets a share of a quarter\'s or a month\'s new loans against the increments of that span: %s', (shape, right, wrong, basis) => {
    const text = (s: string) => shape.replace('${s}', s);
    const share = checkText(text(right), at).relations.find((r) => r.kind === 'share');
    expect(share?.description).toContain(`share of the ${basis} increment`);
    expect(share?.verdict).toMatch(/^consistent/);
    expectQuiet(text(right), at);
    expectFlagged(text(wrong), at, wrong);
  });
  // 150 / 300 = 50% of the quarter's new loans; since the start of the year it would be 300 / 900 = 33.3%.
  it('links no share of a flow over a span that does not start with the year to the increments since it', () => {
    expectQuiet('前三季度，全市人民币贷款增加900亿元，新增小微企业贷款300亿元。三季度，全市人民币贷款增加300亿元，新增小微企业贷款150亿元，占全部新增贷款的50%。', at);
  });
});

describe('reading: goals said with 要 and a plan\'s span, not statements', () => {
  const targetsAndClaims = (text: string) => {
    const r = extractClaims(text, {});
    return { claims: r.claims.map((c) => `${c.figure.text}|${c.date}`), targets: r.targets.map((t) => `${t.figure.text}|${t.deadline}`) };
  };
  it.each([
    ['宁波科技金融三年行动：2027年末科技贷款要突破5500亿元', [], ['突破5500亿元|2027-12-31']],
    ['方案提出，到2027年末，全省绿色贷款余额力争达到1.2万亿元，2025—2027年年均增长15%以上（2024年末为7860亿元）。', ['7860亿元|2024-12-31'], ['达到1.2万亿元|2027-12-31', '15%以上|2027-12-31']],
    ['方案要求，到2027年末全市普惠小微贷款余额须达到800亿元。', [], ['达到800亿元|2027-12-31']],
  ])('%s', (text, claims, targets) => {
    expect(targetsAndClaims(text)).toEqual({ claims, targets });
  });
  it('takes a deadline after a plan\'s verb and its comma (提出，到2027年末…) for a goal without the document\'s date', () => {
    expect(targetsAndClaims('市里出台的养老金融措施提出，到2027年末，全市养老产业贷款余额达到50亿元以上（2024年末为28.9亿元）。')).toEqual({ claims: ['28.9亿元|2024-12-31'], targets: ['达到50亿元以上|2027-12-31'] });
    expect(targetsAndClaims('某县提出，2025—2027年累计新增涉农贷款90亿元；到2027年末，全县涉农贷款余额达到400亿元。').targets).toContain('达到400亿元|2027-12-31');
    // 指出 reports as often as it plans, and a verb before what is stated opens no plan: still unsure without the date.
    for (const text of ['会议指出，到2024年末，全市养老产业贷款余额达到50亿元。', '规划提出，实施以来成效明显，到2024年末，全市养老产业贷款余额达到50亿元。']) {
      expect(targetsAndClaims(text)).toEqual({ claims: [], targets: [] });
      expect(extractClaims(text, {}).unparsed.map((u) => u.code)).toContain('ambiguous-deadline');
    }
  });
  it('keeps 主要, 重要 and 需要 for what they are, and a past span for a statement', () => {
    expect(targetsAndClaims('2024年末，全市重要领域绿色贷款余额达到500亿元。')).toEqual({ claims: ['达到500亿元|2024-12-31'], targets: [] });
    expect(targetsAndClaims('2021—2024年，全省绿色贷款年均增长20.5%。').claims).toEqual(['20.5%|2024-12-31']);
  });
});

describe('checking: hunt 19, consistent texts stay quiet', () => {
  const at = { documentDate: '2025-10-20' };
  // worked by hand: every text is consistent — 180 and 4000 are green and all loans' flows; 500 of 50000; 800 of
  // tech SMEs and 50000 of all loans; 480 / 1200 = 40% and 1200 / 10000 = 12%; 1000 ≤ 1100 (tech loans, not green);
  // 19.9 − 13.7 = 6.2 (本外币) and 11.2 − 4.6 = 6.6 (人民币); 38 and 33 are two year-ends.
  it.each([
    '前三季度新增绿色贷款180亿元。前三季度人民币贷款增加4000亿元。',
    '6月末，全省绿色贷款余额500亿元，全省贷款余额5万亿元。',
    '9月末，获贷科技型中小企业1.2万家，贷款余额800亿元。全省贷款余额5万亿元。',
    '6月末，全市各项贷款余额10000亿元，绿色贷款余额1200亿元，占各项贷款的12%，其中，清洁能源产业贷款余额480亿元，占比40%。',
    '6月末，全市科技贷款余额1100亿元，绿色贷款余额900亿元，其中，高新技术企业贷款余额1000亿元。',
    '本外币科技型中小企业贷款同比增长19.9%，增速比各项贷款高13.7个百分点；人民币普惠小微贷款同比增长11.2%，增速比各项贷款高4.6个百分点。本外币贷款同比增长6.2%，人民币贷款同比增长6.6%。',
    '去年年底科技贷款余额为38万亿元，前年底为33万亿元。',
  ])('%s', (text) => expectQuiet(text, at));
  it('flags a part\'s share of its whole and a same-scope benchmark when they break', () => {
    expectFlagged('6月末，全市各项贷款余额10000亿元，绿色贷款余额1200亿元，占各项贷款的12%，其中，清洁能源产业贷款余额480亿元，占比45%。', at, '45%');
    expectFlagged('本外币科技型中小企业贷款同比增长19.9%，增速比各项贷款高13.7个百分点；本外币普惠小微贷款同比增长11.2%，增速比各项贷款高4.6个百分点。本外币贷款同比增长6.2%。', at, '4.6个百分点');
  });
});

describe('reading: hunt 19\'s wrong claims — last year-ends, this year\'s end, remarks, 其中 flows and siblings', () => {
  const at = { documentDate: '2025-10-20' };
  const rows = (text: string) => read(text, at.documentDate);
  // worked by hand: 45.2 − 41.1 = 4.1, so the year-end before is 41.1 and the text agrees.
  it.each(['去年底', '上年底', '去年末', '去年年末'])('dates %s opening a sentence after 截至9月底 at the last year-end', (word) => {
    const text = `截至9月底，科技贷款余额45.2万亿元，比年初增加4.1万亿元。${word}科技贷款余额为41.1万亿元。`;
    expect(rows(text)).toEqual(['45.2万亿元|tech-loans|2025-09-30|balance', '4.1万亿元|tech-loans|2025-09-30|increment|ytd', '41.1万亿元|tech-loans|2024-12-31|balance']);
    expectQuiet(text, at);
    expectFlagged(text.replace('41.1万亿元', '40.1万亿元'), at, '40.1万亿元');
  });
  it('sets a goal for 今年年末 at the end of the document\'s year, not the last year-end', () => {
    const deadlines = (text: string) => extractClaims(text, at).targets.map((t) => `${t.figure.text}|${t.deadline}`);
    expect(deadlines('9月末，全市绿色贷款余额980亿元。今年年末全市绿色贷款余额要达到1100亿元。')).toEqual(['达到1100亿元|2025-12-31']);
    expect(deadlines('2024年末，全市绿色贷款余额880亿元。今年年末全市绿色贷款余额要达到1100亿元。')).toEqual(['达到1100亿元|2025-12-31']);
    expect(deadlines('今年6月末，全市绿色贷款余额980亿元，今年11月末要达到1100亿元。')).toEqual(['达到1100亿元|2025-11-30']);
  });
  it('keeps the subject in force after a remark that ends in 是 (需要指出的是，…), not after a topic (制造业是…)', () => {
    expect(rows('9月末，全市科技贷款余额4200亿元，需要指出的是，比年初增加500亿元。')).toEqual(['4200亿元|tech-loans|2025-09-30|balance', '500亿元|tech-loans|2025-09-30|increment|ytd']);
    expect(rows('9月末，全市科技贷款余额4200亿元，值得一提的是：比年初增加500亿元。')).toContain('500亿元|tech-loans|2025-09-30|increment|ytd');
  });
  // worked by hand: 450 / 3000 = 15.0% of new loans; as a share of the 6万亿 stock it would be 0.75%.
  it('reads a 其中 part\'s flow over the span of its whole\'s, and its bare 占比 as a share of new loans', () => {
    const text = (share: string) => `6月末，全省人民币贷款余额6万亿元，比年初增加3000亿元。其中，制造业中长期贷款增加450亿元，占比${share}。`;
    const claims = extractClaims(text('15%'), at).claims;
    expect(claims.map((c) => `${c.figure.text}|${c.measure}|${c.basis ?? ''}|${c.period?.from ?? ''}`)).toEqual([
      '6万亿元|balance||',
      '3000亿元|increment|ytd|',
      '450亿元|increment|ytd|',
      '15%|share||2025-01-01',
    ]);
    expectQuiet(text('15%'), at);
    expectFlagged(text('25%'), at, '25%');
    // A flow that names a time of its own keeps it: 去年 is no span of the flow before.
    expect(read('6月末，全省人民币贷款余额6万亿元，比年初增加3000亿元，去年制造业贷款增加450亿元。', at.documentDate)).not.toContain('450亿元|total-loans|2025-06-30|increment|ytd');
  });
  // worked by hand: 20% of the 3000 of all new loans is 600; of 制造业's 600 it would be 120.
  it('takes a sibling said the same way (投向…的贷款) for no whole of the share after it', () => {
    const claims = extractClaims('上半年，全省人民币贷款增加3000亿元，投向制造业的贷款增加600亿元，投向科技企业的贷款占20%。', at).claims;
    expect(claims.filter((c) => c.measure === 'share').map((c) => `${c.figure.text}|${c.indicator}|${c.of}`)).toEqual(['20%|subject:科技企业贷款|total-loans']);
    // …but a part after 其中 is of the subject before it.
    const part = extractClaims('上半年，投向制造业的贷款增加600亿元，其中投向高技术制造业的贷款占30%。', at).claims;
    expect(part.filter((c) => c.measure === 'share').map((c) => c.of)).toEqual(['subject:制造业贷款']);
  });
});

describe('checking: hunt 20, consistent texts stay quiet and their twins are flagged', () => {
  const at = { documentDate: '2025-10-20' };
  // worked by hand, each text consistent:
  // 88.1 / 371.5 = 23.71% (printed 23.7%), the city's sci-tech loans, not its 3.2 trillion of all loans;
  // 13.4% at end-June 2025 and 16.2% a year before are two dates; 1388.7 / 4207.9 = 33.00%, the province's;
  // the headline's 超5100亿元 is September's 5123.6, not June's 4980.2; 9.8% is the growth of the nine months' flow;
  // 352.9 billion yuan is the half-year's flow; 3971.3 and 3502.6 are two statistical scopes;
  // 212.6 + 247.3 + 286.8 = 746.7 and 5123.6 − 4836.8 = 286.8; 561.4 / 2418.3 = 23.21% of all new loans.
  it.each([
    ['Loans to tech-based SMEs in Wuxi reached 88.1 billion yuan, accounting for 23.7 percent of the city\'s sci-tech loans. Total loans in Wuxi stood at 3.2 trillion yuan.'],
    ['Inclusive loans to small and micro firms in Fujian were up 13.4 percent year on year at the end of June 2025, compared with growth of 16.2 percent a year before.'],
    ['9月末，全省普惠小微贷款余额4207.9亿元，其中九江农商银行普惠小微贷款余额312.4亿元。普惠小微信用贷款余额1388.7亿元，占普惠小微贷款的33.0%。'],
    ['全省绿色贷款余额超5100亿元\n6月末，全省绿色贷款余额4980.2亿元。9月末，全省绿色贷款余额5123.6亿元。'],
    ['9月末，全省绿色贷款余额5123.6亿元，同比增长19.7%；前三季度新增746.7亿元，同比多增66.6亿元，比上年同期增长9.8%。'],
    ['In the first half, new green loans in Jiangsu came to 352.9 billion yuan. The balance of green loans in the province stood at 3.41 trillion yuan at the end of June.'],
    ['截至2024年末，本行绿色贷款余额（人民银行口径）3971.3亿元；绿色信贷余额（金融监管总局口径）3502.6亿元。'],
    ['一季度、二季度、三季度全省绿色贷款分别增加212.6亿元、247.3亿元和286.8亿元。6月末，全省绿色贷款余额4836.8亿元，9月末为5123.6亿元。'],
    ['一季度末，全省科技贷款比年初增加561.4亿元。一季度，全省新增贷款2418.3亿元，科技贷款新增额占比为23.2%。'],
  ])('%s', (text) => expectQuiet(text, at));
  it('reads each text\'s figures as their own: the flow of a list of quarters, the half-year\'s new loans, two scopes', () => {
    expect(read('一季度、二季度、三季度全省绿色贷款分别增加212.6亿元、247.3亿元和286.8亿元。', at.documentDate)).toEqual([
      '212.6亿元|green-loans|2025-03-31|increment|ytd',
      '247.3亿元|green-loans|2025-06-30|increment|qoq',
      '286.8亿元|green-loans|2025-09-30|increment|qoq',
    ]);
    expect(read('In the first half, new green loans in Jiangsu came to 352.9 billion yuan.', at.documentDate)).toEqual(['352.9 billion yuan|green-loans|2025-06-30|increment|ytd']);
    expect(read('截至2024年末，本行绿色贷款余额（人民银行口径）3971.3亿元；绿色信贷余额（金融监管总局口径）3502.6亿元。', '2025-04-20')).toEqual([
      '3971.3亿元|green-loans|2024-12-31|balance||人民银行口径',
      '3502.6亿元|green-loans|2024-12-31|balance||监管口径',
    ]);
  });
  it('flags the twins where a relation a reader checks breaks', () => {
    expectFlagged('一季度、二季度、三季度全省绿色贷款分别增加212.6亿元、247.3亿元和186.8亿元。6月末，全省绿色贷款余额4836.8亿元，9月末为5123.6亿元。', at, '186.8亿元');
    expectFlagged('一季度末，全省科技贷款比年初增加561.4亿元。一季度，全省新增贷款2418.3亿元，科技贷款新增额占比为32.2%。', at, '32.2%');
    expectFlagged('9月末，全省普惠小微贷款余额4207.9亿元，其中九江农商银行普惠小微贷款余额312.4亿元。普惠小微信用贷款余额1388.7亿元，占普惠小微贷款的38.0%。', at, '38.0%');
  });
  it('reads a goal a plan\'s verb opens, however past its date, and reports it missed', () => {
    const r = checkText('《方案》要求，2024年末全市绿色贷款余额达到500亿元。截至2024年末，全市绿色贷款余额486亿元。', { documentDate: '2025-04-20' });
    expect(r.status).not.toBe('inconsistent');
    expect(r.targets.map((t) => `${t.text}|${t.status}`)).toEqual(['达到500亿元|missed']);
  });
});

describe('reading: hunt 20\'s wrong claims — banks listed together, wholes of new loans by any name, a whole read before', () => {
  const at = { documentDate: '2025-10-20' };
  const holders = (text: string) => extractClaims(text, at).claims.filter((c) => c.measure === 'increment').map((c) => `${c.figure.text}|${c.holder}`);
  const tw = '金管會統計，截至114年8月底止，本國銀行中小企業放款餘額為10兆2,406億元，較上月底增加512億元；公股銀行中增幅居前者依序為臺灣銀行、土地銀行、BANK，分別增加95.10億、80.25億、57.6億元。';
  it('pairs banks listed before 分别 with their figures, and leaves a list unread when it cannot pair them', () => {
    expect(holders(tw.replace('BANK', '合作金庫'))).toEqual(['512億元|region:710000', '95.10亿元|bank:台湾银行', '80.25亿元|bank:土地银行', '57.6億元|bank:合作金库银行']);
    // (a bank the lexicon does not know: no figure goes to the nearest bank named)
    const r = extractClaims(tw.replace('BANK', '某某商銀'), at);
    expect(holders(tw.replace('BANK', '某某商銀'))).toEqual(['512億元|region:710000']);
    expect(r.unparsed.filter((u) => u.code === 'list-mismatch').map((u) => u.text.replace(/[億亿]元?$/, ''))).toEqual(['95.10', '80.25', '57.6']);
  });
  // worked by hand: 651.2 / 2087.3 = 31.20%; 408.7 / 1381.2 = 29.59% (printed 29.6%).
  it.each([
    ['上半年，全省人民币贷款新增2087.3亿元，其中科技贷款新增651.2亿元，占全省各项贷款新增额的${s}。', '31.2%', '33.2%'],
    ['前三季度，全省各項貸款較年初增加1381.2億元，其中綠色貸款增加408.7億元，占同期各項貸款增量的${s}。', '29.6%', '26.9%'],
  ])('takes 新增额 and 增量 for the whole\'s flow: %s', (shape, right, wrong) => {
    const text = (s: string) => shape.replace('${s}', s);
    expect(extractClaims(text(right), at).claims.filter((c) => c.measure === 'share').map((c) => `${c.of}|${c.flow === true}`)).toEqual(['total-loans|true']);
    expectQuiet(text(right), at);
    expectFlagged(text(wrong), at, wrong);
  });
  // worked by hand: 4711 / 25302 = 18.62%; 2688 / 4711 = 57.06% (printed 57.1%).
  it('takes a whole named in the words of a part read before for that part (占工业中长期贷款的)', () => {
    const text = (s: string) => `9月末，全省本外币中长期贷款余额25302亿元。其中，工业中长期贷款余额4711亿元，占中长期贷款的18.6%；制造业中长期贷款余额2688亿元，占工业中长期贷款的${s}。`;
    expect(extractClaims(text('57.1%'), at).claims.filter((c) => c.measure === 'share').map((c) => c.of)).toEqual(['subject:中长期贷款', 'subject:中长期贷款/工业']);
    expectQuiet(text('57.1%'), at);
    expectFlagged(text('51.7%'), at, '51.7%');
  });
});

describe('checking: a table\'s change of a rate is of the rate its row states (同比增速, 增速较上年末变动)', () => {
  // worked by hand: 5.3 − 5.9 = −0.6; 10.7 − 9.5 = +1.2. The note gives last year-end's rates.
  const table = (change: string) =>
    `甲省主要贷款指标（2025年6月末）\n| 指标 | 余额（亿元） | 同比增速（%） | 增速较上年末变动（个百分点） |\n|---|---|---|---|\n| 各项贷款 | 9120.4 | 5.3 | -0.6 |\n| 绿色贷款 | 2311.8 | 10.7 | ${change} |\n注：上年末各项贷款、绿色贷款同比增速分别为5.9%和9.5%。`;
  it('links each change to the row\'s rate and the rate the note gives for the last year-end', () => {
    const r = checkText(table('+1.2'), {});
    expect(r.relations.filter((x) => x.kind === 'rate-change').map((x) => `${x.verdict}|${x.description}`)).toEqual([
      'consistent|change of the yoy growth of total-loans since the last year-end at 2025-06-30',
      'consistent|change of the yoy growth of green-loans since the last year-end at 2025-06-30',
    ]);
    expectQuiet(table('+1.2'));
    expectFlagged(table('+2.1'), {}, '2.1');
  });
});

describe('checking: an average yearly growth over the years its sentence or table names', () => {
  // By an independent oracle (Python decimal): (25.17 / 8.42)^(1/5) − 1 = 24.484% (24.464–24.504 over the printed
  // intervals); (903.6 / 402.7)^(1/3) − 1 = 30.918% (30.910–30.925).
  it.each([
    ['本外币绿色贷款余额从2019年末的8.42万亿元增加到2024年末的25.17万亿元，五年间年均增长${s}。', '24.5%', '26.5%'],
    ['截至2024年末，全国绿色贷款余额25.17万亿元，是2019年末（8.42万亿元）的3倍，5年间年均增长${s}。', '24.5%', '22.5%'],
    ['表2 某市普惠小微贷款\n| 年份 | 2021年末 | 2022年末 | 2023年末 | 2024年末 | 年均增长 |\n|---|---|---|---|---|---|\n| 余额（亿元） | 402.7 | 531.2 | 688.0 | 903.6 | ${s} |', '30.9%', '33.9%'],
  ])('%s', (shape, right, wrong) => {
    const text = (s: string) => shape.replace('${s}', s);
    const average = checkText(text(right), { documentDate: '2025-03-20' }).relations.find((x) => x.description.startsWith('average yearly growth'));
    expect(average?.verdict).toMatch(/^consistent/);
    expectQuiet(text(right), { documentDate: '2025-03-20' });
    expectFlagged(text(wrong), { documentDate: '2025-03-20' }, wrong);
  });
  it('links no average over a span that is not whole years, nor one whose start the text does not give', () => {
    for (const text of ['2024年末，全市绿色贷款余额903.6亿元，近年来年均增长30.9%。', '2024年末，全市绿色贷款余额903.6亿元，比2021年6月末的402.7亿元年均增长30.9%。']) {
      expect(checkText(text, { documentDate: '2025-03-20' }).relations.some((x) => x.description.startsWith('average yearly growth'))).toBe(false);
    }
  });
});

describe('checking: a paragraph opening with a breakdown\'s heading breaks down what the paragraph before was about', () => {
  const at = { documentDate: '2026-05-10' };
  // worked by hand: each field's loans are at most the 96.20 of all five (they overlap, so they may add to more).
  const text = (tech: string) => `3月末，金融“五篇大文章”领域贷款余额96.20万亿元，同比增长11.8%。\n分领域看，科技贷款余额${tech}万亿元，同比增长12.1%；绿色贷款余额41.02万亿元，比年初增长5.1%；普惠贷款余额37.65万亿元，同比增长10.2%。`;
  it('bounds each field by the whole, and flags a field larger than it', () => {
    const within = extractClaims(text('39.87'), at).claims.filter((c) => c.within).map((c) => `${c.indicator}|${c.within}`);
    expect(within).toEqual(['tech-loans|subject:金融五篇大文章领域贷款', 'green-loans|subject:金融五篇大文章领域贷款', 'inclusive-loans|subject:金融五篇大文章领域贷款']);
    expectQuiet(text('39.87'), at);
    expectFlagged(text('98.87'), at, '98.87万亿元');
  });
  // …but not of a 其中 part, nor of an item of the breakdown before: 按行业看 after 按用途看 breaks down green loans again.
  it('takes no 其中 part or item of another breakdown for the whole', () => {
    const reprint = '3月末绿色贷款余额13.03兆，年增24.6%。其中具直接碳减排效益的项目贷款为6.47兆。\n按用途看，基础设施绿色升级产业贷款余额6.29兆，年增25%；清洁能源产业贷款余额3.4兆，年增17.2%。按行业看，交通运输、仓储和邮政业绿色贷款3.85兆，年增15%。';
    expectQuiet(reprint, at);
    expect(extractClaims(reprint, at).claims.filter((c) => c.within?.includes('碳减排') || c.within?.includes('清洁能源'))).toEqual([]);
  });
});

describe('checking: hunt 21, consistent texts stay quiet', () => {
  const at = { documentDate: '2025-10-20' };
  // worked by hand, each text consistent:
  // 9月末 10.2% and last year-end's own 15.8% since its start are two dates; 3210.6 − 512.7 = 2697.9 at 2024年末;
  // 1187.2 / 4963.0 = 23.92% is the part's stock share (its flow share would be 211.9 / 641.2 = 33.05%);
  // the province's 641.2 is no bank's (a bank after 其中 holds only its own clause);
  // the headline restates 2024年末's 19.4%, not 一季度末's 17.9%; 21.3% and 23.6% a year before are two dates;
  // 4218.6 and 3865.2 are two statistical scopes; 693.4 is last year's flow (781.0 − 693.4 = 87.6 more);
  // 23.4% is green loans' rate, not all loans'; this year's 812.5 is no flow of last year-end.
  it.each([
    '9月末，全省普惠小微贷款比年初增长10.2%。去年底，全省普惠小微贷款比年初增长15.8%。',
    '截至9月末，全省科技贷款余额3512.9亿元，比年初增加302.3亿元。去年底，全省科技贷款余额3210.6亿元，比年初增加512.7亿元，增长19.0%。',
    '全省绿色贷款比年初增加641.2亿元，其中，清洁能源产业贷款余额1187.2亿元，比年初增加211.9亿元，占比23.9%。9月末，全省绿色贷款余额4963.0亿元。',
    '9月末，全省绿色贷款余额4963.0亿元。其中，省农信联社、兴业银行南昌分行绿色贷款余额分别为702.1亿元和511.6亿元。绿色贷款比年初增加641.2亿元。',
    '全省绿色贷款同比增长19.4%\n2024年末，全省绿色贷款同比增长19.4%。今年一季度末，全省绿色贷款同比增长17.9%。',
    'Green loans in Anhui rose 21.3 percent year on year by the end of September, compared with 23.6 percent growth in the same period last year.',
    '截至2024年末，本行绿色贷款余额4218.6亿元（人民银行口径），绿色信贷余额3865.2亿元（金融监管总局口径）。',
    '前三季度，全省绿色贷款增加781.0亿元，去年同期为693.4亿元。9月末，全省绿色贷款余额4963.0亿元，同比增长18.7%。',
    '全省各项贷款同比增长7.9%。同比增长23.4%的绿色贷款余额达到4963.0亿元。',
    '今年以来，全省科技贷款增加812.5亿元。去年末，全省科技贷款余额6321.7亿元，同比增长17.2%。',
    'Green lending in Anhui amounted to 352.9 billion yuan in the first half of 2025, and the balance of green loans stood at 3.41 trillion yuan at the end of June.',
    'Green loans in Anhui grew 21.3 percent year on year at the end of September. Green loans in Anhui rose 23.6 percent year on year at the end of September 2024.',
  ])('%s', (text) => expectQuiet(text, at));
  it('reads what each figure is: a year-end\'s own change, last year\'s flow, a stock share, a scope after the figure', () => {
    expect(read('9月末，全省普惠小微贷款比年初增长10.2%。去年底，全省普惠小微贷款比年初增长15.8%。', at.documentDate)).toEqual([
      '10.2%|inclusive-small-micro-loans-pboc|2025-09-30|growth|ytd',
      '15.8%|inclusive-small-micro-loans-pboc|2024-12-31|growth|ytd',
    ]);
    expect(read('前三季度，全省绿色贷款增加781.0亿元，去年同期为693.4亿元。', at.documentDate)).toEqual(['781.0亿元|green-loans|2025-09-30|increment|ytd', '693.4亿元|green-loans|2024-09-30|increment|ytd']);
    expect(read('截至2024年末，本行绿色贷款余额4218.6亿元（人民银行口径），绿色信贷余额3865.2亿元（金融监管总局口径）。', '2025-04-20').map((r) => r.split('|').pop())).toEqual(['人民银行口径', '监管口径']);
    const share = extractClaims('全省绿色贷款比年初增加641.2亿元，其中，清洁能源产业贷款余额1187.2亿元，比年初增加211.9亿元，占比23.9%。', at).claims.find((c) => c.measure === 'share');
    expect(share?.flow).toBeUndefined();
  });
  it('takes no statement after a plan\'s verb for a goal (明确，截至9月末…; 提出，2024年末…同比增长…)', () => {
    for (const text of ['人民银行某市分行负责人明确，截至9月末，全市绿色贷款余额2406.7亿元，比年初增加268.5亿元。', '《2024年全省金融运行报告》提出，2024年末，全省普惠小微贷款余额4174.3亿元，同比增长16.2%。', '按照监管要求，本行2024年末普惠型小微企业贷款余额达到612.4亿元，较年初增加78.6亿元。']) {
      expect(extractClaims(text, { documentDate: '2025-10-20' }).targets).toEqual([]);
    }
  });
});

describe('reading: flows of this year and of quarters named by their numerals', () => {
  const at = { documentDate: '2025-10-20' };
  // worked by hand: 156.8 / 412.6 = 38.00%; 6842.5 − 6512.4 = 330.1, the third quarter's.
  it('reads a sentence opening with 今年以来 as flows since the start of the year, and its 其中 share of new loans', () => {
    const text = (s: string) => `今年以来，全省普惠小微贷款增加412.6亿元，9月末余额4612.8亿元。其中，信用贷款增加156.8亿元，占比${s}。`;
    expect(read(text('38.0%'), at.documentDate).slice(0, 3)).toEqual([
      '412.6亿元|inclusive-small-micro-loans-pboc|2025-09-30|increment|ytd',
      '4612.8亿元|inclusive-small-micro-loans-pboc|2025-09-30|balance',
      '156.8亿元|inclusive-small-micro-loans-pboc|2025-09-30|increment|ytd',
    ]);
    expectQuiet(text('38.0%'), at);
    expectFlagged(text('33.0%'), at, '33.0%');
  });
  it('reads 一、二、三季度…分别增加 as the three quarters\' flows', () => {
    const text = (q3: string) => `一、二、三季度，全省绿色贷款分别增加250.4亿元、291.8亿元和${q3}亿元。6月末，全省绿色贷款余额6512.4亿元，9月末为6842.5亿元。`;
    expect(read(text('330.1'), at.documentDate).slice(0, 3)).toEqual([
      '250.4亿元|green-loans|2025-03-31|increment|ytd',
      '291.8亿元|green-loans|2025-06-30|increment|qoq',
      '330.1亿元|green-loans|2025-09-30|increment|qoq',
    ]);
    expectQuiet(text('330.1'), at);
    expectFlagged(text('230.1'), at, '230.1亿元');
  });
});

describe('reading: flows of a paragraph that name no time are over the span of the flow before them', () => {
  const at = { documentDate: '2025-10-20' };
  // worked by hand: 580.9 / 2604.8 = 22.30%; 521.0 / 2604.8 = 20.00%.
  const text = (s: string) => `上半年，全省新增贷款2604.8亿元。投向制造业的贷款新增580.9亿元，占全部新增贷款的22.3%，投向科技型企业的贷款新增521.0亿元，占${s}。`;
  it('reads the siblings\' flows over the half-year, and a bare 占 as a share of the same whole', () => {
    expect(extractClaims(text('20.0%'), at).claims.map((c) => `${c.figure.text}|${c.measure}|${c.basis ?? ''}|${c.of ?? ''}`)).toEqual([
      '2604.8亿元|increment|ytd|',
      '580.9亿元|increment|ytd|',
      '22.3%|share||total-loans',
      '521.0亿元|increment|ytd|',
      '20.0%|share||total-loans',
    ]);
    expectQuiet(text('20.0%'), at);
    expectFlagged(text('25.0%'), at, '25.0%');
  });
  it('keeps a sentence that names its own time (上年同期) out of it', () => {
    expectQuiet('2025年前三季度，全省绿色贷款增加1256亿元，同比多增218亿元。上年同期，全省绿色贷款增加1038亿元。', at);
  });
});

describe('checking: hunt 22, consistent texts stay quiet', () => {
  const at = { documentDate: '2025-10-20' };
  // worked by hand, each text consistent:
  // 0.52 less than a year earlier is last year's larger flow; 19.8% of all new loans is a share, not a growth;
  // 6.9% is the growth of loans in all sectors, not of pension loans; 上年增速 is last year's rate, whichever date;
  // 上年同期 after ；is a year before; 812.6 and 12.9% are the province's after 其中，南昌市…;
  // 2.71 − 0.58 = 2.13 (a year earlier, when they rose by 2.13).
  it.each([
    'Inclusive loans to micro and small businesses stood at 35.12 trillion yuan at the end of September, up 11.6 percent year on year. In the first three quarters, inclusive loans to micro and small businesses increased by 3.07 trillion yuan, 0.52 trillion yuan less than a year earlier.',
    'Green loans stood at 1.21 trillion yuan at the end of June, up 19.4 percent year on year. In the first half, new green loans made up 19.8 percent of all new loans.',
    'Elderly care loans grew 36.4 percent year on year. The balance of loans in all sectors grew 6.9 percent year on year.',
    '绿色贷款余额7103.8亿元，同比增长19.4%，上年增速为22.6%。',
    '8月末，全省普惠小微贷款同比增长12.4%；上年同期，全省普惠小微贷款同比增长16.1%。',
    '9月末，全省绿色贷款余额6321.4亿元。其中，南昌市绿色贷款余额1603.2亿元。绿色贷款比年初增加812.6亿元，增长14.7%。',
    'In the first three quarters, inclusive small and micro loans increased by 2.71 trillion yuan, 0.58 trillion yuan more than in the same period a year earlier, when they rose by 2.13 trillion yuan.',
  ])('%s', (text) => expectQuiet(text, at));
  it('reads "micro and small businesses" as one kind of firm, and "less than a year earlier" as a smaller flow then', () => {
    const claims = extractClaims('In the first three quarters, inclusive loans to micro and small businesses increased by 3.07 trillion yuan, 0.52 trillion yuan less than a year earlier.', at).claims;
    expect(claims.map((c) => `${c.indicator}|${c.measure}|${c.figure.value.toFixed()}`)).toEqual(['inclusive-small-micro-loans-pboc|increment|3070000000000', 'inclusive-small-micro-loans-pboc|flow-difference|-520000000000']);
    expect(read('Green loans rose 19.4 percent. In the first half, new green loans made up 19.8 percent of all new loans.', at.documentDate)[1]).toBe('19.8 percent|green-loans|2025-06-30|share');
  });
  it('flags a flow that does not fit its difference from last year when they are read right', () => {
    expectFlagged('In the first three quarters, inclusive small and micro loans increased by 2.71 trillion yuan, 0.58 trillion yuan more than in the same period a year earlier, when they rose by 2.31 trillion yuan.', at, '2.31 trillion yuan');
  });
});

describe('reading: hunt 22\'s dates and kinds — a span opened by two dates, a comparison\'s date, loans of this kind', () => {
  const at = { documentDate: '2025-10-20' };
  // By an independent oracle (Python decimal): (3847.9 / 1986.4)^(1/4) − 1 = 17.97% (printed 18.0%).
  const span = (g: string) => `2020年末至2024年末，全省普惠小微贷款余额由1986.4亿元增至3847.9亿元，年均增长${g}，贷款户数由58.1万户增至91.6万户。`;
  it('dates the start of a rise at the first of two dates joined by 至, for balances and borrowers, and checks the average', () => {
    expect(read(span('18.0%'), at.documentDate).filter((r) => /万户|亿元/.test(r.split('|')[0] as string))).toEqual([
      '1986.4亿元|inclusive-small-micro-loans-pboc|2020-12-31|balance',
      '3847.9亿元|inclusive-small-micro-loans-pboc|2024-12-31|balance',
      '58.1万户|inclusive-small-micro-loans-pboc|2020-12-31|borrowers',
      '91.6万户|inclusive-small-micro-loans-pboc|2024-12-31|borrowers',
    ]);
    expectQuiet(span('18.0%'), at);
    expectFlagged(span('20.0%'), at, '20.0%');
  });
  it('keeps the date of what a rate is compared with ("higher than that at the end of last year") out of the next sentence', () => {
    const text = 'Green loans grew 20.4 percent year on year at the end of September, 1.8 percentage points higher than that at the end of last year. Total loans grew 7.1 percent year on year. At the end of last year, green loans grew 18.6 percent and total loans grew 7.9 percent.';
    expect(read(text, at.documentDate).filter((r) => r.startsWith('7.1 percent'))).toEqual(['7.1 percent|total-loans|2025-09-30|growth|yoy']);
    expectQuiet(text, at);
  });
  it('takes "loans of this kind" for no loans of all kinds', () => {
    expect(extractClaims('Inclusive loans rose 20.1 percent to 18.2 trillion yuan. Loans of this kind to farmers stood at 6.3 trillion yuan.', at).claims.map((c) => c.indicator)).not.toContain('total-loans');
  });
});

describe('reading: months named alone before 分别增加 are each a month\'s flow', () => {
  const at = { documentDate: '2025-10-20' };
  // worked by hand: 27.6 + 31.9 + 35.2 = 94.7 = 2412.3 − 2317.6, the quarter's change of the balance.
  const text = (aug: string) => `7月、8月、9月，全市绿色贷款分别增加27.6亿元、${aug}亿元和35.2亿元。6月末全市绿色贷款余额2317.6亿元，9月末为2412.3亿元。`;
  it('reads the three months\' flows and checks them against the balances at both ends', () => {
    expect(read(text('31.9'), at.documentDate).slice(0, 3)).toEqual([
      '27.6亿元|green-loans|2025-07-31|increment|mom',
      '31.9亿元|green-loans|2025-08-31|increment|mom',
      '35.2亿元|green-loans|2025-09-30|increment|mom',
    ]);
    expectQuiet(text('31.9'), at);
    // (81.9: 50 more than the balances allow, beyond the slack of three official monthly flows, 3 × 0.5% of about 2318.)
    expectFlagged(text('81.9'), at, '81.9亿元');
  });
});

describe('reading: a breakdown\'s items named inline after its heading (按机构分：…，金融租赁公司1096.85亿元（27.90%）)', () => {
  const at = { documentDate: '2025-08-01' };
  // worked by hand: 1276.54 / 3931.25 = 32.472%, 1096.85 / 3931.25 = 27.901%, 691.67 / 3931.25 = 17.594%.
  const text = (leasing: string) => `二季度末天津市本外币绿色贷款余额3931.25亿元，同比增长28.04%。\n以上三个行业合计占比76.50%。\n按机构分：四大全国性商业银行1276.54亿元（32.47%），金融租赁公司1096.85亿元（${leasing}），政策性银行691.67亿元（17.59%）。`;
  it('reads each item as a part of the loans before the heading, 四大 part of a name, and checks each share', () => {
    const parts = extractClaims(text('27.90%'), at).claims.filter((c) => c.subject !== '绿色贷款').map((c) => `${c.figure.text}|${c.subject}|${c.measure}`);
    expect(parts).toEqual([
      '1276.54亿元|四大全国性商业银行绿色贷款|balance',
      '32.47%|四大全国性商业银行绿色贷款|share',
      '1096.85亿元|金融租赁公司绿色贷款|balance',
      '27.90%|金融租赁公司绿色贷款|share',
      '691.67亿元|政策性银行绿色贷款|balance',
      '17.59%|政策性银行绿色贷款|share',
    ]);
    expectQuiet(text('27.90%'), at);
    expectFlagged(text('29.90%'), at, '29.90%');
  });
  it('leaves an amount that names no item, and its share in brackets, unread — not the item before\'s', () => {
    const r = extractClaims('二季度末天津市本外币绿色贷款余额3931.25亿元。按机构分：政策性银行691.67亿元（17.59%），另有1096.85亿元（27.90%）。', at);
    expect(r.claims.map((c) => c.figure.text)).toEqual(['3931.25亿元', '691.67亿元', '17.59%']);
    expect(r.unparsed.filter((u) => u.code === 'no-subject').map((u) => u.text)).toEqual(['1096.85亿元', '27.90%']);
  });
});

describe('reading: a clause that ranks a subject before its figure, and the uses green loans are broken down by', () => {
  const at = { documentDate: '2025-04-20' };
  const text = (infra: string) => `3月末绿色贷款余额33.77万亿元，当季新增3.7万亿元。三类用途中，基础设施绿色升级产业贷款余额最大，为${infra}万亿元，当季新增1.48万亿元；清洁能源产业8.72万亿元，新增8536亿元。`;
  it('reads 余额最大，为… as the ranked subject\'s balance, and each use as a part of green loans', () => {
    expect(extractClaims(text('14.57'), at).claims.slice(2).map((c) => `${c.figure.text}|${c.indicator}|${c.part ?? ''}|${c.measure}|${c.basis ?? ''}`)).toEqual([
      '14.57万亿元|green-loans|基础设施绿色升级产业|balance|',
      '1.48万亿元|green-loans|基础设施绿色升级产业|increment|qoq',
      '8.72万亿元|green-loans|清洁能源产业|balance|',
      '8536亿元|green-loans|清洁能源产业|increment|qoq',
    ]);
    expectQuiet(text('14.57'), at);
    // (a part larger than its whole: 34.57 > 33.77)
    expect(checkText(text('34.57'), at).relations.filter((r) => r.kind === 'at-most' && r.verdict === 'inconsistent')).toHaveLength(1);
  });
  it('leaves an open subject of those words alone in a text that never names green loans', () => {
    expect(extractClaims('3月末，全市清洁能源产业贷款余额872亿元。', at).claims.map((c) => c.indicator)).toEqual(['subject:清洁能源产业贷款']);
  });
});

describe('checking: hunts 23 and 24, consistent texts stay quiet', () => {
  const at = { documentDate: '2025-10-20' };
  it.each([
    // the growth of an English flow is the flow's, not the balance's (386.2 / 341.2 − 1 = 13.19%)
    'In the first three quarters, tech loans increased by 386.2 billion yuan, up 13.2 percent year on year. The balance of tech loans grew 15.6 percent year on year at the end of September.',
    // the economy's rates are no loans' (7.6 − 5.3 = 2.3)
    '前三季度，全省各项贷款同比增长7.6%，高于地区生产总值增速2.3个百分点。前三季度，全省地区生产总值同比增长5.3%，规模以上工业增加值同比增长6.2%。',
    'Loans to small firms grew 5 percent, slightly above the 4.45 percent the statistics office expects for GDP growth this year. Loans to small firms stood at 10.8 trillion yuan.',
    // an English dateline, Xinhua's and Reuters', holds no figure
    'BEIJING, Oct. 27 (Xinhua) -- Outstanding green loans reached 43.51 trillion yuan at the end of September. Beijing\'s green loans totaled 2.12 trillion yuan.',
    'BEIJING, Oct 24 (Reuters) - Outstanding green loans rose 17.5% from the start of the year. Beijing\'s green loans rose 9.8% from the start of the year.',
    // a book in Hong Kong dollars beside the book in yuan
    '本行人民幣綠色貸款餘額682.4億元，較年初增長12.6%。港元綠色貸款餘額1,286億港元。',
    '金管局公布，7月底港元貸款按月上升0.5%，外幣貸款按月下跌0.9%。貸款總額為10.21萬億港元，按月上升0.3%。',
    // "compared with X at the end of last year" dates X, not the sentences after it
    'At the end of September, inclusive loans rose 12.1 percent year on year, compared with 14.6 percent at the end of last year. Total loans grew 6.6 percent. At the end of last year, total loans grew 7.6 percent.',
    // Taiwan's 本國銀行放款 is all loans (26,912 / 402,315 = 6.69%)
    '本國銀行對綠能科技產業放款2兆6,912億元，年增率10.26%。本國銀行放款餘額40兆2,315億元，年增率5.84%。',
    // 全行贷款 is all the bank's loans (512.36 / 3447.91 = 14.86%)
    '本行绿色贷款余额512.36亿元，占全行贷款的14.86%。全行贷款余额3447.91亿元。',
    // a gap to an area's average, to a plan, between interest rates, to the same rate a year before
    '绿色贷款较年初增长18.62%，高于全市平均水平5.35个百分点。各项贷款较年初增长6.10%。',
    '9月末，绿色贷款比年初增长15.5%，高于计划增速0.5个百分点，比时序进度快4.2个百分点。各项贷款比年初增长6.9%。',
    '9月末，普惠小微贷款同比增长14.28%，高于各项贷款增速6.82个百分点。前三季度，新发放普惠小微贷款加权平均利率4.18%，比全市平均水平低0.12个百分点。',
    '9月末，绿色贷款同比增长26.4%，增速高于上年同期3.2个百分点。各项贷款同比增长7.46%。',
  ])('%s', (text) => {
    expectQuiet(text, at);
  });
  it('reads what each of those figures is', () => {
    const flow = extractClaims('In the first three quarters, tech loans increased by 386.2 billion yuan, up 13.2 percent year on year.', at).claims[1];
    expect([flow?.measure, flow?.flow]).toEqual(['growth', true]);
    expect(extractClaims('全省地区生产总值同比增长5.3%。', at).claims.map((c) => c.indicator)).toEqual(['subject:地区生产总值']);
    expect(extractClaims('BEIJING, Oct 24 (Reuters) - Outstanding green loans rose 17.5% from the start of the year.', at).claims.map((c) => c.holder)).toEqual(['text']);
    expect(extractClaims('本國銀行放款餘額40兆2,315億元，年增率5.84%。', at).claims.map((c) => c.indicator)).toEqual(['total-loans', 'total-loans']);
    expect(extractClaims('9月末，绿色贷款同比增长26.4%，增速高于上年同期3.2个百分点。', at).claims.map((c) => `${c.measure}|${c.basis}`)).toEqual(['growth|yoy', 'rate-change|yoy']);
    expect(extractClaims('6月新发放的普惠小微企业贷款加权平均利率为3.48%，比3月低12个基点，比上年同期低66个基点。', at).claims.map((c) => `${c.figure.text}|${c.measure}|${c.basis ?? ''}`)).toEqual(['3.48%|interest-rate|', '12个基点|rate-change|qoq', '66个基点|rate-change|yoy']);
  });
  it('flags a changed share of all the bank\'s loans', () => {
    expectFlagged('本行绿色贷款余额512.36亿元，占全行贷款的15.86%。全行贷款余额3447.91亿元。', at, '15.86%');
  });
});

describe('reading: English sentences that open with their loans, "from X to Y", and "those with"', () => {
  const at = { documentDate: '2025-07-20' };
  // By an independent oracle (Python decimal): (36.6 / 9.9)^(1/5) − 1 = 29.9% a year, "more than 20 percent".
  const book = (g: string) => `The green loan book has almost quadrupled in five years, from 9.9 trillion yuan at end-2019 to 36.6 trillion yuan at end-2024, which works out to average yearly growth of more than ${g} percent.`;
  it('reads the book\'s two levels and checks the average growth over the years between them', () => {
    expect(read(book('20'), at.documentDate).slice(0, 2)).toEqual(['9.9 trillion yuan|green-loans|2019-12-31|balance', '36.6 trillion yuan|green-loans|2024-12-31|balance']);
    expectQuiet(book('20'), at);
    expectFlagged(book('40'), at, 'more than 40 percent');
  });
  it('reads "those with indirect benefits" as the loans for projects with them', () => {
    const parts = extractClaims('Green loans for projects with direct carbon-reduction benefits totaled 8.62 trillion yuan and those with indirect benefits 6.08 trillion yuan.', at).claims.map((c) => c.part);
    expect(parts).toEqual(['projects with direct carbon-reduction benefits', 'projects with indirect benefits']);
  });
});

describe('checking: hunts 25 and 26, consistent texts stay quiet', () => {
  const at = { documentDate: '2025-10-20' };
  it.each([
    // first-time borrowers among those counted (1843 / 12600 = 14.6%)
    '普惠小微贷款授信户数1.26万户，其中首贷户1843户。',
    // each item of a 分别 list saying its own 余额
    '科技型中小企业贷款余额、高新技术企业贷款余额分别为1286.4亿元和4215.6亿元，同比分别增长21.6%和9.8%。高新技术企业贷款同比增长9.8%。',
    // a change of the rate, then a gap to other loans in the same period (22.3 − 21.2 = 1.1, not 15.7)
    '科技型中小企业贷款同比增长22.3%，增速比上季末低0.6个百分点，比同期各项贷款高15.7个百分点。上年同期，科技型中小企业贷款同比增长21.2%。',
    // the terms of all loans after green loans
    '全省绿色贷款余额8642.6亿元。分期限看，短期贷款余额15862.3亿元。',
    // groups of banks by kind, listed
    '中资大型银行、中资中小型银行绿色贷款同比分别增长18.2%、26.4%。中资中小型银行绿色贷款同比增长26.4%。',
    // tables: a change of the rate in points; a column a year before; prose after a table of two dates; a report's
    // 本期末; a row with no 序号; rows named by a letter
    '单位：亿元、%\n| 指标 | 余额 | 同比增速 | 增速变动（百分点） |\n|---|---|---|---|\n| 科技贷款 | 3215.6 | 16.4 | 2.5 |',
    '单位：亿元、%\n指标\t余额\t同比增速\t上年同期增速\n科技贷款\t3215.6\t16.4\t13.9',
    '| 项目 | 2025年9月末 | 2024年末 |\n|---|---|---|\n| 绿色贷款（亿元） | 2846.19 | 2318.74 |\n\n绿色贷款比年初增加527.45亿元，增长22.75%。',
    '绿色贷款\n序号|机构|余额(亿元)\n---|---|---\n1|工商银行|708.2\n2|建设银行|512.6\n|其他|1620.5',
    '科技贷款\n|区域|余额（亿元）|\n|---|---|\n|A 区|684.3|\n|B 区|431.8|',
    '绿色贷款\n| 机构 | 余额(亿元) |\n|---|---|\n| 银行A | 708.2 |\n| 银行B | 512.6 |',
  ])('%s', (text) => {
    expectQuiet(text, at);
  });
  it('reads a column of the rate\'s change beside the rate a year before, and checks it (16.4 − 13.9 = 2.5)', () => {
    const table = (change: string) => `单位：亿元、%、个百分点\n指标\t9月末余额\t同比增速\t上年同期增速\t增速变动\n科技贷款\t3215.6\t16.4\t13.9\t${change}\n绿色贷款\t2874.3\t19.2\t24.6\t-5.4`;
    expect(read(table('2.5'), at.documentDate).filter((r) => r.includes('rate-change'))).toEqual(['2.5|tech-loans|2025-09-30|rate-change|yoy', '-5.4|green-loans|2025-09-30|rate-change|yoy']);
    expectQuiet(table('2.5'), at);
    expectFlagged(table('3.5'), at, '3.5');
  });
  it('dates a report\'s 本期末 column like its 报告期末 (an interim report: 2025-06-30), and checks the prose against it', () => {
    // 2846.19 − 2318.74 = 527.45; 527.45 / 2318.74 = 22.747%
    const text = (g: string) => `| 项目 | 本期末 | 上年末 |\n|---|---|---|\n| 绿色贷款（亿元） | 2,846.19 | 2,318.74 |\n\n报告期末，绿色贷款较上年末增加527.45亿元，增长${g}。`;
    expect(read(text('22.75%'), '2025-08-28').slice(0, 2)).toEqual(['2,846.19|green-loans|2025-06-30|balance', '2,318.74|green-loans|2024-12-31|balance']);
    expectQuiet(text('22.75%'), { documentDate: '2025-08-28' });
    expectFlagged(text('24.75%'), { documentDate: '2025-08-28' }, '24.75%');
  });
});

describe('reading: goals without a document date — bounds that set goals, a balance said in the clause before 达到', () => {
  it('reads 到2027年…达到1.5万亿元，年均增长12%以上 as goals, the sentence setting bounds', () => {
    const r = extractClaims('到2027年，全省普惠小微贷款余额达到1.5万亿元，年均增长12%以上。');
    expect(r.targets.map((t) => `${t.figure.text}|${t.indicator}|${t.deadline}`)).toEqual(['达到1.5万亿元|inclusive-small-micro-loans-pboc|2027-12-31', '12%以上|inclusive-small-micro-loans-pboc|2027-12-31']);
    expect(r.unparsed.filter((u) => u.code === 'ambiguous-deadline')).toEqual([]);
  });
  it('still asks for a date when nothing in the sentence says it is a goal', () => {
    expect(extractClaims('到2024年末，全省普惠小微贷款余额达到1.5万亿元。').unparsed.map((u) => u.code)).toContain('ambiguous-deadline');
  });
  it('gives 达到60亿元以上 the subject of the clause before, which says what its balance does', () => {
    const r = extractClaims('到2027年末，全市养老产业贷款余额力争比2024年末翻一番，达到60亿元以上（2024年末为29.6亿元）。', { documentDate: '2025-06-20' });
    expect(r.targets.map((t) => `${t.figure.text}|${t.indicator}`)).toEqual(['达到60亿元以上|pension-industry-loans']);
    expect(r.claims.map((c) => `${c.figure.text}|${c.indicator}|${c.date}`)).toEqual(['29.6亿元|pension-industry-loans|2024-12-31']);
  });
});

describe('reading: English hyphenated names and a pace compared with an earlier year-end', () => {
  it('reads "inclusive-finance loan book" as inclusive loans and "quicker than at end-2019" as the rate\'s own change', () => {
    const r = extractClaims("China's inclusive-finance RMB loan book grew 24.2 percent year-on-year to 21.53 trillion yuan by end-2020. Inclusive loans to small businesses rose 30.3 percent from a year earlier to 15.1 trillion yuan, a pace 7.2 percentage points quicker than at end-2019.", { documentDate: '2021-02-01' });
    expect(r.claims.map((c) => `${c.figure.text}|${c.indicator}|${c.measure}`)).toEqual([
      '24.2 percent|inclusive-loans|growth',
      '21.53 trillion yuan|inclusive-loans|balance',
      '30.3 percent|inclusive-small-micro-loans-pboc|growth',
      '15.1 trillion yuan|inclusive-small-micro-loans-pboc|balance',
      '7.2 percentage points|inclusive-small-micro-loans-pboc|rate-change',
    ]);
  });
});

describe('checking: hunts 27 and 28, consistent texts stay quiet', () => {
  const at = { documentDate: '2025-10-20' };
  it.each([
    // an interest rate's change is no change of a growth rate
    '9月末，全省普惠小微贷款余额5126.4亿元，同比增长12.1%，增速比上年同期低2.2个百分点；新发放普惠小微贷款加权平均利率3.86%，比上年同期下降0.42个百分点。',
    // a gap to deposits, then the rate's own change since the year-end
    '6月末，全市各项贷款余额4921.36亿元，同比增长9.12%，增速比存款高0.49个百分点，比上年末提高0.26个百分点。',
    // the counties' flow is a part of the city's
    '截至9月末，全市绿色贷款余额486.3亿元。今年以来，县域新增绿色贷款16.84亿元，较年初增长16.4%。',
    // a city named on a later line, or compared with, is not the text's holder (21.3 − 18.6 = 2.7)
    '截至9月末，全市绿色贷款余额1862.4亿元，同比增长21.3%。\n9月末，九江市绿色贷款余额2236.5亿元，同比增长18.6%。',
    '截至9月末，我市绿色贷款余额1862.4亿元，同比增长21.3%，增速比九江市高2.7个百分点。九江市绿色贷款同比增长18.6%。',
    // a city left unnamed holds its own figure
    '截至9月末，全市绿色贷款余额1862.4亿元，同比增长21.3%。同期，周边某市绿色贷款余额2236.5亿元。',
    // outcomes after the progress toward a goal are outcomes (2842.6 / 4000 = 71.07%)
    '9月末，全省科技贷款余额2842.6亿元，完成2027年目标（4000亿元）的71.1%，比年初增加396.4亿元，增长16.2%。',
    '截至6月末，全市科技贷款余额2846.3亿元，累计新增736.5亿元，完成三年目标任务的61.4%；今年上半年新增318.2亿元，比年初增长12.6%。',
    // a flow since an earlier year, a qualified part after 其中, what was lent, a task, a reward's condition
    '2024年以来，全市累计新增绿色贷款512.6亿元，其中2024年新增286.3亿元。',
    '全省融资担保在保余额1286.4亿元，其中支小支农在保余额1162.3亿元。',
    '今年以来，累计发放支小再贷款286.4亿元；办理再贴现138.6亿元。9月末，再贴现余额96.4亿元。',
    '今年以来，全省投放绿色贷款1286.4亿元。9月末，全省绿色贷款余额962.4亿元。',
    '本行普惠型小微企业贷款较年初增加5.97亿元，完成年度增量任务（5亿元）的119.4%。',
    '对普惠小微贷款余额同比增速高于15%的地方法人银行给予奖励。9月末，全省普惠小微贷款余额同比增长12.3%。',
    // a county named without its name, its city and its province (48.62 / 486.3 = 10.0%)
    '某县普惠金融发展走在全市前列\n\n截至9月末，某县普惠小微贷款余额48.62亿元，同比增长18.4%，高于全市平均水平5.3个百分点。同期，全市普惠小微贷款同比增长13.1%。\n\n某县普惠小微贷款余额占全市的10.0%。全市普惠小微贷款余额486.3亿元。\n\n今年以来，某县新增普惠小微贷款6.84亿元，较年初增长16.4%。',
    // a province's share of the nation's increase (582.3 / 6470 = 9.0%)
    'In the first three quarters, new green loans in Jiangsu amounted to 582.3 billion yuan, 9.0 percent of the national increase of 6.47 trillion yuan.',
    // by how much a goal was beaten or missed (286.4 − 36.4 = 250; 3000 − 2916.4 = 83.6)
    '2024年全市科技金融目标任务超额完成。全年新增科技贷款286.4亿元，超出年度目标36.4亿元，完成年度目标的114.6%；年末科技贷款余额1862.5亿元，同比增长18.2%。',
    '《方案》设定两个阶段目标：2025年末全省普惠小微贷款余额达到3000亿元，2027年末达到3800亿元。截至2025年9月末，全省普惠小微贷款余额2916.4亿元，距2025年目标还差83.6亿元，比年初增加312.5亿元，增长12.0%。',
  ])('%s', (text) => {
    expectQuiet(text, at);
  });
  it('checks a gap to a place named against that place\'s rate, and reads the outcomes after a goal\'s progress', () => {
    expectFlagged('截至9月末，我市绿色贷款余额1862.4亿元，同比增长21.3%，增速比九江市高3.7个百分点。九江市绿色贷款同比增长18.6%。', at, '3.7个百分点');
    const r = extractClaims('9月末，全省科技贷款余额2842.6亿元，完成2027年目标（4000亿元）的71.1%，比年初增加396.4亿元，增长16.2%。', at);
    expect(r.targets.map((t) => t.figure.text)).toEqual(['4000亿元']);
    expect(r.claims.map((c) => `${c.figure.text}|${c.measure}`)).toEqual(['2842.6亿元|balance', '71.1%|progress', '396.4亿元|increment', '16.2%|growth']);
    expect(extractClaims('今年以来，全省投放绿色贷款1286.4亿元。', at).claims.map((c) => c.measure)).toEqual(['new-lending']);
  });
});

describe('checking: hunts 29 and 30, consistent texts stay quiet', () => {
  const at = { documentDate: '2025-10-20' };
  it.each([
    // the rate of all loans a figure is compared with, in English
    'Inclusive loans rose 12.2 percent year on year, compared with an increase of 6.6 percent for overall loans.',
    'Tech loans rose 18.6% year-on-year, outpacing overall loan growth in the province of 8.4%. Overall loans in the province grew 8.4% year-on-year.',
    // where a post was sent from holds no figure
    '原创 张某 金融时报 2025年10月22日 09:12 北京\n截至9月末，全省科技贷款余额1286.4亿元，同比增长22.6%。北京市科技贷款余额2.86万亿元，同比增长12.1%。',
    // a place named by a letter of the stems (丙市) holds its own flow
    '前三季度，丙市新增科技贷款236.8亿元。全省科技贷款比年初增加1128.4亿元。',
    // …for all yuan loans; the difference between two quantities (1842.5 − 1203.6 = 638.9)
    'Outstanding inclusive loans to small and micro businesses stood at 35.6 trillion yuan at the end of September, up 12.2 percent year on year, compared with an increase of 6.6 percent for all yuan loans.',
    '单位：亿元、%\n地区\t科技贷款余额\t增速\t普惠小微贷款余额\t增速\n甲市\t1842.5\t15.2\t1203.6\t11.4\n乙市\t963.1\t18.6\t824.9\t13.7\n\n甲市科技贷款余额比普惠小微贷款多638.9亿元。',
    // 贷款和垫款总额 is all the bank's loans (1862.45 / 15068.36 = 12.36%)
    '报告期末，本行绿色贷款余额1,862.45亿元，占贷款和垫款总额的12.36%。本行贷款和垫款总额15,068.36亿元。',
  ])('%s', (text) => {
    expectQuiet(text, at);
  });
  it('reads 贷款和垫款总额 as all loans, so a changed share is caught', () => {
    expect(extractClaims('本行贷款和垫款总额15,068.36亿元。', at).claims.map((c) => c.indicator)).toEqual(['total-loans']);
    expectFlagged('报告期末，本行绿色贷款余额1,862.45亿元，占贷款和垫款总额的13.36%。本行贷款和垫款总额15,068.36亿元。', at, '13.36%');
  });
});

describe('reading: 上季末 opening a sentence is the quarter\'s end before the date in force', () => {
  // worked by hand: 12.6 − 12.2 = 0.4
  const text = (change: string) => `9月末，普惠小微贷款同比增长12.2%，增速比上季末低${change}个百分点。上季末，普惠小微贷款同比增长12.6%。`;
  it('dates the rate of the sentence it opens at the quarter before, with or without the document\'s date, and checks the change', () => {
    expect(read(text('0.4'), '2025-10-20').slice(-1)).toEqual(['12.6%|inclusive-small-micro-loans-pboc|2025-06-30|growth|yoy']);
    expect(read(text('0.4')).slice(-1)).toEqual(['12.6%|inclusive-small-micro-loans-pboc|Y-06-30|growth|yoy']);
    expectQuiet(text('0.4'), { documentDate: '2025-10-20' });
    expectFlagged(text('1.4'), { documentDate: '2025-10-20' }, '1.4个百分点');
  });
});

describe('checking: a plan\'s average growth and a goal told twice', () => {
  const at = { documentDate: '2025-06-20' };
  it('checks an average growth over the plan\'s years against its base and its goal (6800 × 1.12³ = 9553.5; × 1.1295³ = 9798.6 > 9600.5)', () => {
    const plan = (rate: string) => `到2027年末，全省科技贷款余额力争达到9600亿元，2025—2027年年均增长${rate}以上（2024年末为6800亿元）。`;
    const r = checkText(plan('12%'), at);
    expect(r.relations.map((x) => `${x.kind}|${x.verdict}|${x.targets?.join(',') ?? ''}`)).toEqual(['growth|consistent|t2,t1']);
    expectFlagged(plan('13%'), at, '13%以上');
  });
  it('runs an average from the year after a year-end base in brackets (1200 × 1.0995² = 1450.68; × 1.1085² = 1474.6)', () => {
    const plan = (rate: string) => `到2026年末，全市绿色贷款余额达到1450亿元，年均增长${rate}（2024年末为1200亿元）。`;
    expect(extractClaims(plan('9.9%'), at).targets.map((t) => `${t.measure}|${t.period?.from}|${t.period?.to}`)).toEqual(['balance|undefined|undefined', 'average-growth|2025-01-01|2026-12-31']);
    expectQuiet(plan('9.9%'), at);
    expectFlagged(plan('10.9%'), at, '10.9%');
  });
  it('leaves an average growth whose years the text does not say out of the plan', () => {
    expect(checkText('到2027年，全省普惠小微贷款余额达到1.5万亿元，年均增长12%以上。2024年末全省普惠小微贷款余额为1.06万亿元。', at).relations).toEqual([]);
  });
  it('takes a headline\'s goal and its body\'s as one goal told twice, so a changed headline is caught', () => {
    const told = (headline: string) => `甲市：到2027年普惠小微贷款余额达到${headline}亿元\n到2027年，全市普惠小微贷款余额达到2600亿元，年均增长11%以上。`;
    expect(checkText(told('2600'), at).relations.map((x) => `${x.kind}|${x.verdict}`)).toEqual(['restatement|consistent']);
    expectFlagged(told('2800'), at, '达到2800亿元');
  });
  it.each([
    // a stretch and a floor of one quantity
    '到2027年末，全市绿色贷款余额力争达到1500亿元，确保达到1400亿元。',
    // a goal revised
    '原定到2027年末全市绿色贷款余额达到1400亿元，现调整为到2027年末全市绿色贷款余额达到1500亿元。',
    // two numbers in one paragraph (1730 / 2400 = 72.08%, 2310 / 3000 = 77.0%)
    '截至9月末，全省绿色贷款较年初增加1,730亿元，完成率72.1%，全年新增目标2,400亿元；科技贷款较年初增加2,310亿元，完成率77.0%，全年新增目标3,000亿元。',
  ])('does not take two goals of one quantity for one when they differ in how firm they are, one revises the other or one paragraph sets both: %s', (text) => {
    expect(checkText(text, at).conflicts).toEqual([]);
    expect(checkText(text, at).relations.filter((x) => x.targets !== undefined)).toEqual([]);
  });
});

describe('reading: hunts 31 to 34 — the year\'s first months, earlier times that open a sentence, a space before the point', () => {
  const at = { documentDate: '2025-11-20' };
  it.each([
    // the year's first quarters and months, in Hong Kong's, Macau's and the mainland's words (5.10 + 1.52 = 6.62)
    ['上半年绿色贷款增加5.10万亿元，首三季合计增加6.62万亿元。', '6.62万亿元|green-loans|2025-09-30|increment|ytd'],
    ['上半年綠色貸款增加5.10萬億元，頭三季合計增加6.62萬億元。', '6.62萬億元|green-loans|2025-09-30|increment|ytd'],
    ['上半年綠色貸款增加5.10萬億元，首9個月合計增加6.62萬億元。', '6.62萬億元|green-loans|2025-09-30|increment|ytd'],
    ['上半年人民币贷款增加5.10万亿元。前10个月，人民币贷款增加6.62万亿元。', '6.62万亿元|total-loans|2025-10-31|increment|ytd|人民币'],
    ['上半年绿色贷款增加5.10万亿元，前十个月合计增加6.62万亿元。', '6.62万亿元|green-loans|2025-10-31|increment|ytd'],
    // H1 alone is the first half of the year in force
    ['Green loans increased by 1.52 trillion yuan in Q3. In H1, green loans increased by 5.10 trillion yuan.', '5.10 trillion yuan|green-loans|2025-06-30|increment|ytd'],
    // a space before the decimal point of a copy
    ['全市绿色贷款余额486 .25亿元，较年初增加82.36亿元。', '82.36亿元|green-loans|2025-11-20|increment|ytd'],
  ])('%s', (text, last) => {
    expect(read(text, at.documentDate).slice(-1)).toEqual([last]);
  });
  it('reads 486 .25亿元 and 1 286 .4亿元 whole', () => {
    expect(read('全市绿色贷款余额486 .25亿元。全县各项贷款余额 1 286 .4 亿元，增长 20 .39%。', at.documentDate).map((x) => x.split('|')[0])).toEqual(['486.25亿元', '1286.4亿元', '20.39%']);
  });
  it.each([
    // 上年末 glued to its subject, opening a sentence or a clause after ；, dates the levels listed after it (1.24 = 286.72/412.36 − 256.44/375.51 in points)
    ['9月末，全县各项贷款余额286.72亿元。上年末全县各项存款余额375.51亿元，各项贷款余额256.44亿元。全县存款余额412.36亿元。', ['286.72亿元|2025-09-30', '375.51亿元|2024-12-31', '256.44亿元|2024-12-31', '412.36亿元|2025-09-30']],
    ['截至9月末，全县各项存款余额412.36亿元，各项贷款余额286.72亿元，存贷比69.53%，较年初提高1.24个百分点。年初全县各项存款余额375.51亿元、各项贷款余额256.44亿元。', ['412.36亿元|2025-09-30', '286.72亿元|2025-09-30', '69.53%|2025-09-30', '1.24个百分点|2025-09-30', '375.51亿元|2024-12-31', '256.44亿元|2024-12-31']],
    ['截至6月末，本行各项贷款余额52064.25亿元，绿色贷款余额5862.47亿元；上年末绿色贷款余额4759.29亿元，各项贷款余额48210.63亿元。', ['52064.25亿元|2025-06-30', '5862.47亿元|2025-06-30', '4759.29亿元|2024-12-31', '48210.63亿元|2024-12-31']],
    // …but a change after it is of now (256.44 × 1.118 = 286.70)
    ['9月末，全县各项贷款余额286.72亿元。上年末全县各项贷款余额256.44亿元，较年初增长11.8%。', ['286.72亿元|2025-09-30', '256.44亿元|2024-12-31', '11.8%|2025-09-30']],
    // 去年同期 glued, and 一年前, date the sentence they open a year before (42.18 / 36.26 − 1 = 16.33%)
    ['9月末，全县普惠小微贷款余额42.18亿元，同比增长16.3%。去年同期全县普惠小微贷款余额36.26亿元，同比增长14.1%。', ['42.18亿元|2025-09-30', '16.3%|2025-09-30', '36.26亿元|2024-09-30', '14.1%|2024-09-30']],
    ['截至2025年9月底，綠色貸款餘額為286.4億元，同比增長14.2%。一年前綠色貸款餘額為250.8億元。', ['286.4億元|2025-09-30', '14.2%|2025-09-30', '250.8億元|2024-09-30']],
  ])('%s', (text, dated) => {
    expect(extractClaims(text, { documentDate: '2025-10-20' }).claims.map((c) => `${c.figure.text}|${c.date}`)).toEqual(dated);
    expectQuiet(text, { documentDate: '2025-10-20' });
  });
  it('gives 一年前绿色贷款余额 the subject green loans, so the growth is checked (286.4 / 250.8 − 1 = 14.19%)', () => {
    expect(read('截至2025年9月底，綠色貸款餘額為286.4億元。一年前綠色貸款餘額為250.8億元。', '2025-10-20')).toEqual(['286.4億元|green-loans|2025-09-30|balance', '250.8億元|green-loans|2024-09-30|balance']);
    expectFlagged('截至2025年9月底，綠色貸款餘額為286.4億元，同比增長15.2%。一年前綠色貸款餘額為250.8億元。', { documentDate: '2025-10-20' }, '15.2%');
  });
});

describe('reading: hunts 31 to 34, second batch — what the date after a figure is not, per-borrower columns, planned flows, parts by field, caps', () => {
  it('does not date an undated figure by an earlier time named after it (156.82 − 17.44 = 139.38)', () => {
    const text = (flow: string) => `本行普惠型涉农贷款余额156.82亿元，较上年末增加${flow}亿元；普惠型涉农贷款上年末余额139.38亿元。`;
    expect(extractClaims(text('17.44'), { documentDate: '2025-04-20' }).claims.map((c) => `${c.figure.text}|${c.date}`)).toEqual(['156.82亿元|2025-04-20', '17.44亿元|2025-04-20', '139.38亿元|2024-12-31']);
    expectQuiet(text('17.44'), { documentDate: '2025-04-20' });
    expectFlagged(text('19.44'), { documentDate: '2025-04-20' }, '19.44亿元');
  });
  it('leaves a per-borrower column (户均余额) unread, not a second balance of the row', () => {
    const r = extractClaims('| 项目 | 贷款余额（万元） | 户均余额（万元） |\n|---|---|---|\n| 普惠型小微企业贷款 | 86,420.55 | 71.13 |', { documentDate: '2025-04-20' });
    expect(r.claims.map((c) => `${c.figure.text}|${c.measure}`)).toEqual(['86,420.55|balance']);
    expect(r.unparsed.filter((u) => u.code === 'table-cell').map((u) => u.text)).toEqual(['71.13']);
  });
  it.each([
    ['全年预期新增科技贷款600亿元。9月末，全省科技贷款比年初增加486.2亿元。'],
    ['全年拟新增科技贷款600亿元。9月末，全省科技贷款比年初增加486.2亿元。'],
  ])('reads a flow planned (预期, 拟) as a goal, not an outcome: %s', (text) => {
    const r = extractClaims(text, { documentDate: '2025-10-20' });
    expect(r.targets.map((t) => `${t.figure.text}|${t.indicator}|${t.measure}|${t.deadline}`)).toEqual(['600亿元|tech-loans|increment|2025-12-31']);
    expect(r.claims.map((c) => c.figure.text)).toEqual(['486.2亿元']);
  });
  it('reads 其中…领域新增 and the next field\'s 新增 as parts of the flow, not the flow again', () => {
    const text = '前三季度，全省新增贷款6842.5亿元，其中科技领域新增1286.3亿元，制造业新增886.2亿元；“五篇大文章”领域新增4286.3亿元。';
    expect(heldRows(text, { documentDate: '2025-10-20' }).map((x) => x.split('|').slice(0, 3).join('|'))).toEqual(['6842.5亿元|total-loans|', '1286.3亿元|total-loans|科技领域', '886.2亿元|total-loans|制造业', '4286.3亿元|total-loans|“五篇大文章”领域']);
    expectQuiet(text, { documentDate: '2025-10-20' });
  });
  it('gives a kind of bank opening a clause after a bank the area\'s holder (50 / 200 = 25%)', () => {
    const text = '全县涉农贷款余额200亿元，其中县农商银行涉农贷款余额120亿元，占60%；村镇银行涉农贷款余额50亿元，占25%。';
    expect(heldRows(text, { documentDate: '2025-10-20' }).slice(2).map((x) => x.split('|').slice(0, 4).join('|'))).toEqual(['50亿元|agri-loans|村镇银行|text', '25%|agri-loans|村镇银行|text']);
    expectQuiet(text, { documentDate: '2025-10-20' });
  });
  it('leaves a cap or a quota (额度由20万元提高至30万元) unread, but reads limits granted that are compared', () => {
    const cap = extractClaims('个人创业担保贷款额度由20万元提高至30万元。9月末，全省个人创业担保贷款余额186.4亿元。', { documentDate: '2025-10-20' });
    expect(cap.claims.map((c) => c.figure.text)).toEqual(['186.4亿元']);
    expect(cap.unparsed.filter((u) => u.code === 'no-measure').map((u) => u.text)).toEqual(['20万元', '30万元']);
    const granted = extractClaims('2023年上半年新批核的中小企业信贷限额为64亿元，较2022年下半年的75亿元下跌15.4%。', { documentDate: '2023-08-20' });
    expect(granted.claims.map((c) => c.figure.text)).toContain('64亿元');
  });
  it('dates an English `when` clause at the time named before it (3.63 − 3.41 = 0.22 trillion)', () => {
    const text = (less: string) => `Inclusive loans increased by 3.41 trillion yuan in the first nine months, ${less} billion yuan less than in the same period last year, when they rose by 3.63 trillion yuan.`;
    expect(read(text('215'), '2025-10-20')).toEqual(['3.41 trillion yuan|inclusive-loans|2025-09-30|increment|ytd', '215 billion yuan|inclusive-loans|2025-09-30|flow-difference|ytd', '3.63 trillion yuan|inclusive-loans|2024-09-30|increment|ytd']);
    expectQuiet(text('215'), { documentDate: '2025-10-20' });
    expectFlagged(text('265'), { documentDate: '2025-10-20' }, '265 billion yuan');
    expect(read('Inclusive loans grew 11.8 percent year on year at the end of September, lower than a year earlier, when inclusive loans grew 14.6 percent.', '2025-10-20')).toEqual(['11.8 percent|inclusive-loans|2025-09-30|growth|yoy', '14.6 percent|inclusive-loans|2024-09-30|growth|yoy']);
    expect(read('Inclusive loans grew 11.8 percent at the end of September, 0.5 percentage points lower than at the end of June, when they grew 12.3 percent.', '2025-10-20').slice(-1)).toEqual(['12.3 percent|inclusive-loans|2025-06-30|growth']);
  });
});

describe('reading: hunt 34 — a date between the loans and their balance, and a comparative in brackets', () => {
  const at = { documentDate: '2025-10-20' };
  it.each([
    // 862.4 / 768.2 − 1 = 12.26%; 862.4 / 741.5 − 1 = 16.30%
    ['9月末，全省普惠小微贷款余额862.4亿元，比年初增长12.3%；普惠小微贷款年初余额768.2亿元。', '768.2亿元|2024-12-31', '13.3%'],
    ['9月末，全省普惠小微贷款余额862.4亿元，比年初增长12.3%；普惠小微贷款余额年初为768.2亿元。', '768.2亿元|2024-12-31', '13.3%'],
    ['9月末，全省普惠小微贷款余额862.4亿元，同比增长16.3%；普惠小微贷款上年同期余额741.5亿元。', '741.5亿元|2024-09-30', '17.3%'],
  ])('dates %s at the earlier time', (text, dated, changed) => {
    expect(extractClaims(text, at).claims.map((c) => `${c.figure.text}|${c.date}`).slice(-1)).toEqual([dated]);
    expectQuiet(text, at);
    const rate = /(\d+\.\d)%/.exec(text)?.[0] as string;
    expectFlagged(text.replace(rate, changed), at, changed);
  });
  it('keeps the qualifier of loans whose date stands before their balance (个人绿色贷款6月末余额)', () => {
    expect(heldRows('个人绿色贷款6月末余额112.4亿元；全省绿色贷款6月末余额2800.1亿元。', at).map((x) => x.split('|').slice(0, 3).join('|'))).toEqual(['112.4亿元|green-loans|个人', '2800.1亿元|green-loans|']);
    expectQuiet('个人绿色贷款6月末余额112.4亿元；全省绿色贷款6月末余额2800.1亿元。', at);
  });
  it('reads a comparative in brackets as the balance then, and goes on at the date in force (5,123.45 / 4,216.78 − 1 = 21.50%)', () => {
    const text = (rate: string) => `截至2024年末，本行绿色贷款余额5,123.45亿元（2023年末：4,216.78亿元），较上年末增长${rate}。本行普惠型小微企业贷款余额3,064.12亿元。2023年末，本行普惠型小微企业贷款余额2,715.39亿元。`;
    expect(extractClaims(text('21.50%'), { documentDate: '2025-04-20' }).claims.map((c) => `${c.figure.text}|${c.indicator}|${c.date}|${c.measure}`)).toEqual([
      '5,123.45亿元|green-loans|2024-12-31|balance',
      '4,216.78亿元|green-loans|2023-12-31|balance',
      '21.50%|green-loans|2024-12-31|growth',
      '3,064.12亿元|inclusive-small-micro-loans|2024-12-31|balance',
      '2,715.39亿元|inclusive-small-micro-loans|2023-12-31|balance',
    ]);
    expectQuiet(text('21.50%'), { documentDate: '2025-04-20' });
    expectFlagged(text('22.50%'), { documentDate: '2025-04-20' }, '22.50%');
  });
});

describe('reading: hunts 32 and 33 — advertisements, two counties on one page, last year\'s period', () => {
  const at = { documentDate: '2025-10-20' };
  it.each([
    '全市涉农贷款余额2186.5亿元【低息贷款 最高50万】，较年初增加162.4亿元，增长8.0%。',
    '全市涉农贷款余额【点击领取低息贷款 最高50万】2186.5亿元，较年初增加162.4亿元，增长8.0%。',
  ])('leaves an advertisement pasted into the text unread, and reads the text around it (162.4 / 2024.1 = 8.02%): %s', (text) => {
    const r = extractClaims(text, at);
    expect(r.claims.map((c) => `${c.figure.text}|${c.indicator}`)).toEqual(['2186.5亿元|agri-loans', '162.4亿元|agri-loans', '8.0%|agri-loans']);
    expect(r.unparsed.filter((u) => u.code === 'unreadable').map((u) => u.text)).toHaveLength(1);
    expectQuiet(text, at);
  });
  it('gives 全县 the county its lead or its heading names, when a page carries two counties\' items', () => {
    const lead = '据甲县融媒体中心消息，9月末全县普惠小微贷款余额42.18亿元。\n据乙县融媒体中心消息，9月末全县普惠小微贷款余额38.64亿元。';
    expect(heldRows(lead, at).map((x) => x.split('|')[3])).toEqual(['place:甲县', 'place:乙县']);
    expectQuiet(lead, at);
    const headed = '宁都县金融运行平稳向好\n截至9月末，全县普惠小微贷款余额42.18亿元，同比增长16.3%。\n于都县普惠金融提质增效\n截至9月末，全县普惠小微贷款余额38.64亿元，同比增长12.1%。';
    expect(heldRows(headed, at).map((x) => x.split('|')[3])).toEqual(['region:360730', 'region:360730', 'region:360731', 'region:360731']);
    expectQuiet(headed, at);
  });
  it('keeps one county\'s text under its own heading one holder', () => {
    const text = '甲县金融运行平稳向好\n截至9月末，全县普惠小微贷款余额42.18亿元，同比增长16.3%。\n据了解，全县普惠小微贷款余额较年初增加5.12亿元，比年初增长13.8%。';
    expect(new Set(heldRows(text, at).map((x) => x.split('|')[3]))).toEqual(new Set(['text']));
  });
  it('dates 同期 after a sentence of last year\'s period at the date in force (11.8 − 6.5 = 5.3)', () => {
    const text = (gap: string) => `9月末內地普惠小微貸款餘額36.12萬億元人民幣，按年增長11.8%，增速較整體貸款高${gap}個百分點；首三季普惠小微貸款增加3.41萬億元，按年少增2,150億元。去年首三季普惠小微貸款增加3.63萬億元。同期整體人民幣貸款按年增長6.5%。`;
    expect(read(text('5.3'), '2025-10-20').slice(-1)).toEqual(['6.5%|total-loans|2025-09-30|growth|yoy|人民币']);
    expectQuiet(text('5.3'), at);
    expectFlagged(text('5.8'), at, '5.8個百分點');
  });
});

describe('reading: hunts 35 and 36 — the monthly report\'s zipped changes, last year\'s flow in brackets, all loans in the same period', () => {
  const at = { documentDate: '2025-10-20' };
  it('reads 增速分别比上季末和上年同期低a个和b个百分点 as one change per base (12.3 − 12.2 = 0.1; 14.2 − 12.2 = 2.0)', () => {
    const text = (b: string) => `9月末，普惠小微贷款同比增长12.2%，增速分别比上季末和上年同期低0.1个和${b}个百分点。上年9月末，普惠小微贷款同比增长14.2%。`;
    expect(extractClaims(text('2.0'), at).claims.filter((c) => c.measure === 'rate-change').map((c) => `${c.figure.text}|${c.basis}|${c.rateBasis}`)).toEqual(['0.1个百分点|qoq|yoy', '2.0个百分点|yoy|yoy']);
    expectQuiet(text('2.0'), at);
    expectFlagged(text('3.0'), at, '3.0个百分点');
  });
  it.each([
    ['前三季度，全省新增贷款3126.8亿元，同比多增214.6亿元（上年同期新增2912.2亿元）。', '314.6亿元'],
    ['前三季度，全省新增贷款3126.8亿元，同比多增214.6亿元（上年同期为2912.2亿元）。', '314.6亿元'],
  ])('dates last year\'s flow in brackets a year before, as a flow (3126.8 − 2912.2 = 214.6): %s', (text, changed) => {
    expect(read(text, at.documentDate).slice(-1)).toEqual(['2912.2亿元|total-loans|2024-09-30|increment|ytd']);
    expectQuiet(text, at);
    expectFlagged(text.replace('214.6亿元', changed), at, changed);
  });
  it('gives a share of new loans after a bracket and a 多增 the flow before them (1426.3 / 3126.8 = 45.6%)', () => {
    const text = (share: string) => `前三季度，全省本外币各项贷款增加3126.8亿元，同比多增214.6亿元（上年同期增加2912.2亿元）；其中，绿色贷款增加1426.3亿元，同比多增168.4亿元（上年同期增加1257.9亿元），占各项贷款增量的${share}。`;
    expect(read(text('45.6%'), at.documentDate).slice(-1)).toEqual(['45.6%|green-loans|2025-09-30|share']);
    expectQuiet(text('45.6%'), at);
    expectFlagged(text('48.6%'), at, '48.6%');
  });
  it.each([
    ['前三季度，绿色贷款增加6.48万亿元；同期人民币贷款增加14.76万亿元。', '14.76万亿元|total-loans|2025-09-30|increment|ytd|人民币'],
    ['前三季度，绿色贷款增加6.48万亿元；同期贷款增加14.76万亿元。', '14.76万亿元|total-loans|2025-09-30|increment|ytd'],
  ])('reads all loans glued to 同期 as all loans: %s', (text, last) => {
    expect(read(text, at.documentDate).slice(-1)).toEqual([last]);
    expectQuiet(text, at);
  });
  it('keeps the regulator\'s 银行业 series apart from the central bank\'s', () => {
    const text = '9月末，全省涉农贷款余额18624.3亿元。全省银行业涉农贷款余额17986.4亿元。';
    expect(extractClaims(text, at).claims.map((c) => `${c.figure.text}|${c.indicator}|${c.scope ?? ''}`)).toEqual(['18624.3亿元|agri-loans|', '17986.4亿元|agri-loans|监管口径']);
    expectQuiet(text, at);
  });
  it('takes a text of the regulator\'s figures alone as one series, its benchmark included (12.6 − 6.7 = 5.9)', () => {
    const text = (gap: string) => `金融监管总局日前发布数据显示，截至9月末，银行业金融机构各项贷款余额292.8万亿元，同比增长6.7%。全国普惠型小微企业贷款余额35.9万亿元，同比增长12.6%，较各项贷款增速高${gap}个百分点。`;
    expectQuiet(text('5.9'), at);
    expectFlagged(text('6.9'), at, '6.9个百分点');
  });
});

describe('reading: hunts 36 and 37 — a year before all loans, the balance\'s rate after 多增, English period adjectives and "a year earlier", 亿 without 元', () => {
  const at = { documentDate: '2025-10-20' };
  it('reads all loans after a year (2023年全省新增贷款) as all loans, not the subject before', () => {
    expect(read('2024年末，全省科技贷款余额8126.4亿元。2023年全省新增贷款3859.6亿元，新增科技贷款986.2亿元。', '2025-03-20').map((x) => x.split('|').slice(0, 3).join('|'))).toEqual(['8126.4亿元|tech-loans|2024-12-31', '3859.6亿元|total-loans|2023-12-31', '986.2亿元|tech-loans|2023-12-31']);
  });
  it('reads 同比增长 after 多增 as the balance\'s when its sentence stated the balance and no rate of it (54.48 / 51.69 − 1 = 5.40%)', () => {
    const text = (rate: string) => `三季度末，本外币涉农贷款余额54.48万亿元，前三季度增加3.45万亿元，同比多增2640亿元，同比增长${rate}。上年三季度末，本外币涉农贷款余额51.69万亿元。`;
    expect(extractClaims(text('5.4%'), at).claims.filter((c) => c.measure === 'growth').map((c) => `${c.figure.text}|${c.flow ?? false}`)).toEqual(['5.4%|false']);
    expectQuiet(text('5.4%'), at);
    expectFlagged(text('6.4%'), at, '6.4%');
    // (after the balance's own rate, a second one is the flow's: 3.45 / 3.186 − 1 = 8.3%)
    expect(extractClaims('三季度末，本外币涉农贷款余额54.48万亿元，同比增长5.4%，前三季度增加3.45万亿元，同比多增2640亿元，同比增长8.3%。', at).claims.filter((c) => c.measure === 'growth').map((c) => `${c.figure.text}|${c.flow ?? false}`)).toEqual(['5.4%|false', '8.3%|true']);
  });
  it('reads English period adjectives (a third-quarter increase, the first-half total) as periods (3.29 − 2.64 = 0.65)', () => {
    const text = 'Inclusive loans to small businesses rose by 3.29 trillion yuan in the first three quarters, after an increase of 2.64 trillion yuan in the first half, implying a third-quarter increase of 650 billion yuan.';
    expect(read(text, at.documentDate).slice(-1)).toEqual(['650 billion yuan|inclusive-small-micro-loans-pboc|2025-09-30|increment|qoq']);
    expectQuiet(text, at);
  });
  it('dates an English level followed by "a year earlier" a year before (4.12 / 3.39 − 1 = 21.5%)', () => {
    const text = (rate: string) => `At the end of September, sci-tech loans in Jiangsu stood at 4.12 trillion yuan, up ${rate} percent year on year. Sci-tech loans were 3.39 trillion yuan a year earlier.`;
    expect(read(text('21.5'), at.documentDate).slice(-1)).toEqual(['3.39 trillion yuan|tech-loans|2024-09-30|balance']);
    expectQuiet(text('21.5'), at);
    expectFlagged(text('23.5'), at, '23.5 percent');
  });
  it('reads 少增3,400亿 without 元 after a flow as the difference of flows (3.63 − 3.29 = 0.34)', () => {
    const text = (less: string) => `三季度末普惠小微贷款余额36.14万亿元，同比增长12.1%，前三季度增加3.29万亿元，较去年同期少增${less}亿。去年前三季度普惠小微贷款增加3.63万亿元。`;
    expect(read(text('3400'), at.documentDate)[3]).toBe('3400亿|inclusive-small-micro-loans-pboc|2025-09-30|flow-difference|ytd');
    expectQuiet(text('3400'), at);
    expectFlagged(text('4400'), at, '4400亿');
  });
});

describe('reading: hunt 38 — last year\'s flow in a year\'s text, and how much more was lent than last year', () => {
  const at = { documentDate: '2025-04-20' };
  it('dates 上年新增 in a year\'s text a year before, and reads 增量较上年增加 as a difference of flows (186.42 − 154.24 = 32.18)', () => {
    const text = (more: string) => `2024年，本行绿色贷款新增186.42亿元，增量较上年增加${more}亿元；上年新增154.24亿元。`;
    expect(read(text('32.18'), at.documentDate)).toEqual(['186.42亿元|green-loans|2024-12-31|increment|ytd', '32.18亿元|green-loans|2024-12-31|flow-difference|ytd', '154.24亿元|green-loans|2023-12-31|increment|ytd']);
    expectQuiet(text('32.18'), at);
    expectFlagged(text('42.18'), at, '42.18亿元');
  });
});

describe('reading: hunts 36 and 37, last — all loans after the lenders and a period, a change since a level stated at a base date', () => {
  it('reads 全省全年新增贷款 as all loans (1010.5 / 3986.4 = 25.3%)', () => {
    const text = '2024年末，全省科技贷款余额8126.4亿元，同比增长14.2%。全年新增科技贷款1010.5亿元，占全省新增贷款的25.3%，全省全年新增贷款3986.4亿元。';
    expect(read(text, '2025-01-25')[4]).toBe('3986.4亿元|total-loans|2024-12-31|increment|ytd');
    expectQuiet(text, { documentDate: '2025-01-25' });
  });
  it.each([
    // 10650.2 − 10393.1 = 257.1
    ['6月末，全省普惠小微贷款余额10650.2亿元，比上月末增加40.4亿元；比2024年末的10393.1亿元，增加257.1亿元。', '10393.1亿元|inclusive-small-micro-loans-pboc|2024-12-31|balance', '357.1亿元'],
    // 10兆6,502 − 10兆3,931 = 2,571亿
    ['截至114年6月底止，本國銀行對中小企業放款餘額為10兆6,502億元，較上月底增加404億元；較113年底之10兆3,931億元，增加2,571億元。', '10兆3,931億元|subject:中小企业放款|2024-12-31|balance', '3,571億元'],
  ])('reads a bare change after a level at a base date as since that date: %s', (text, level, changed) => {
    const claims = read(text, '2025-07-20');
    expect(claims[2]).toBe(level);
    expect(claims[3]?.split('|').slice(-1)).toEqual(['ytd']);
    expectQuiet(text, { documentDate: '2025-07-20' });
    expectFlagged(text.replace(/(\d[\d,]*\.?\d*)(亿元|億元)。$/, `${changed}。`), { documentDate: '2025-07-20' }, changed);
  });
});

describe('reading: hunt 36 — a balance\'s share zipped with a flow\'s, and banks that come to speak', () => {
  const at = { documentDate: '2025-10-20' };
  it('leaves 余额、新增额分别占…的34.3%、41.1% unread rather than give both to one whole', () => {
    const text = '9月末，全省涉农贷款余额18624.3亿元，前三季度新增1286.4亿元，余额、新增额分别占同期全省各项贷款的34.3%、41.1%。全省各项贷款前三季度新增3126.8亿元。';
    expect(extractClaims(text, at).claims.filter((c) => c.measure === 'share')).toEqual([]);
    expectQuiet(text, at);
  });
  it.each([
    '9月末，全省各项贷款余额48623.5亿元。绿色贷款余额7215.6亿元。\n赵某：9月末，我行绿色贷款余额286.42亿元。',
    '10月24日，人民银行甲省分行召开新闻发布会，甲农商银行有关负责人出席。9月末，全省各项贷款余额48623.5亿元。绿色贷款余额7215.6亿元。甲农商银行副行长赵某介绍，9月末，该行绿色贷款余额286.42亿元。',
  ])('keeps the area\'s figures the area\'s when a bank speaks at its press conference: %s', (text) => {
    // (…but a bank's report that sets the city's figure first is still the bank's.)
    expect(heldRows('全市普惠小微贷款余额705.8亿元。本行普惠小微贷款余额93.6亿元。普惠小微贷款较年初增加10.2亿元。', at).map((x) => x.split('|')[3])).toEqual(['place:全市', 'entity:bank', 'entity:bank']);
    const held = heldRows(text, at).map((x) => `${x.split('|')[0]}|${x.split('|')[3]}`);
    expect(held.find((x) => x.startsWith('7215.6亿元'))).toBe('7215.6亿元|text');
    expect(held.find((x) => x.startsWith('286.42亿元'))?.split('|')[1]).toMatch(/^(?:entity|bank):/);
    expectQuiet(text, at);
  });
});

describe('reading: hunts 32 and 38, last — the level a rate came down from, last year\'s whole flow as a yardstick', () => {
  const at = { documentDate: '2025-10-20' };
  it('dates the rate a pace came down from at its own date, not the current rate ("down from 50.0 percent at the end of 2024")', () => {
    const text = 'Pension industry loans grew 46.2 percent year on year, down from 50.0 percent at the end of 2024.';
    expect(read(text, at.documentDate)).toEqual(['46.2 percent|pension-industry-loans|2025-10-20|growth|yoy', '50.0 percent|pension-industry-loans|2024-12-31|growth|yoy']);
    expectQuiet(text, at);
  });
  it('keeps an English date that closes its sentence to that sentence (4.12 / 23.41 = 17.6%)', () => {
    const text = (share: string) => `At the end of September, sci-tech loans in Jiangsu stood at 4.12 trillion yuan and total loans at 23.41 trillion yuan. Total loans were 22.05 trillion yuan at the end of 2024. Sci-tech loans accounted for ${share} percent of all loans.`;
    expect(read(text('17.6'), at.documentDate).map((x) => x.split('|').slice(0, 3).join('|'))).toEqual(['4.12 trillion yuan|tech-loans|2025-09-30', '23.41 trillion yuan|total-loans|2025-09-30', '22.05 trillion yuan|total-loans|2024-12-31', '17.6 percent|tech-loans|2025-09-30']);
    expectQuiet(text('17.6'), at);
    expectFlagged(text('18.6'), at, '18.6 percent');
  });
  it('reads last year\'s whole flow named as a yardstick in brackets as that year\'s flow, not a balance now', () => {
    expect(read('前三季度，全省绿色贷款新增652.8亿元，超过上年全年增量（586.2亿元）。', at.documentDate)).toEqual(['652.8亿元|green-loans|2025-09-30|increment|ytd', '586.2亿元|green-loans|2024-12-31|increment|yoy']);
    // (…and a year named: the flow of 2024, which the text states again; 2046.8 − 1862.4 = 184.4 is left unread.)
    const text = (again: string) => `前三季度全省各项贷款新增2046.8亿元，比2024年全年新增额（1862.4亿元）多184.4亿元。2024年，全省各项贷款新增${again}亿元。`;
    expect(read(text('1862.4'), at.documentDate)[1]).toBe('1862.4亿元|total-loans|2024-12-31|increment|yoy');
    expectQuiet(text('1862.4'), at);
    expectFlagged(text('1962.4'), at, '1962.4亿元');
    // (With no year of its own, last year is the year before the text's unknown one.)
    expect(read('前三季度，全省绿色贷款新增652.8亿元，超过上年全年增量（586.2亿元）。')[1]).toBe('586.2亿元|green-loans|Y-1-12-31|increment|yoy');
  });
});

describe('reading: stop 28 — the loans referred back to, a share over a review\'s span, goals set at the start of a year and in lists', () => {
  const at = { documentDate: '2025-10-20' };
  it.each(['The loans', 'These loans', 'Those loans', 'The lending', 'Such loans'])('reads "%s increased by" as the loans of the sentence before, not all loans (3.29 of 14.81 is a part)', (words) => {
    const text = `Yuan loans increased by 14.81 trillion yuan in the first nine months. Outstanding inclusive loans to micro and small businesses rose 12.1% from a year earlier to 36.14 trillion yuan. ${words} increased by 3.29 trillion yuan in the first nine months.`;
    expect(read(text, at.documentDate)[3]).toBe('3.29 trillion yuan|inclusive-small-micro-loans-pboc|2025-09-30|increment|ytd');
    expectQuiet(text, at);
  });
  it('reads "Such loans" of each paragraph as that paragraph\'s loans (186.4 / (1236 − 186.4) = 17.8%; 92.6 / (860.2 − 92.6) = 12.1%)', () => {
    const text = (rate: string) => `By the end of September, green loans in the province stood at 1.236 trillion yuan. Such loans increased by 186.4 billion yuan from the beginning of the year, up 17.8 percent.\nInclusive loans to small and micro businesses stood at 860.2 billion yuan. Such loans increased by 92.6 billion yuan from the beginning of the year, up ${rate} percent.`;
    expect(read(text('12.1'), at.documentDate).map((x) => x.split('|').slice(1, 2).join('|'))).toEqual(['green-loans', 'green-loans', 'green-loans', 'inclusive-small-micro-loans-pboc', 'inclusive-small-micro-loans-pboc', 'inclusive-small-micro-loans-pboc']);
    expect(extractClaims(text('12.1'), at).claims[4]?.subject).toBe('Inclusive loans to small and micro businesses');
    expectQuiet(text('12.1'), at);
    expectFlagged(text('14.1'), at, '14.1 percent');
  });
  it('dates the start of a share\'s rise where its sentence\'s rise starts, and reads the points over that span (14.8 − 9.6 = 5.2; 14.8 − 12.9 = 1.9)', () => {
    const text = (span: string) => `全市绿色贷款余额由2021年末的686.2亿元增至2024年末的1286.4亿元，年均增长23.3%；占各项贷款的比重由9.6%提高到14.8%，提高${span}个百分点。其中，2023年末全市绿色贷款占各项贷款的比重为12.9%，2024年比上年末提高1.9个百分点。`;
    const claims = read(text('5.2'), '2025-03-20');
    expect(claims[3]).toBe('9.6%|green-loans|2021-12-31|share');
    expect(claims[5]).toBe('5.2个百分点|green-loans|2024-12-31|share-change');
    expect(extractClaims(text('5.2'), { documentDate: '2025-03-20' }).claims[5]?.since).toBe('2021-12-31');
    expectQuiet(text('5.2'), { documentDate: '2025-03-20' });
    expectFlagged(text('6.2'), { documentDate: '2025-03-20' }, '6.2个百分点');
  });
  it.each([
    ['2025-10-20', '2025-12-31'],
    [undefined, 'Y-12-31'],
  ])('dues a goal set 年初 at the end of the year it opens (documentDate %s), and checks the progress toward it (486.2 / 600 = 81.0%)', (documentDate, deadline) => {
    const text = (progress: string) => `年初，全省科技贷款的年度新增目标为600亿元。前三季度，全省科技贷款新增486.2亿元，完成年度目标的${progress}%。`;
    const options = documentDate ? { documentDate } : {};
    expect(extractClaims(text('81.0'), options).targets.map((t) => `${t.figure.text}|${t.indicator}|${t.measure}|${t.deadline}`)).toEqual([`600亿元|tech-loans|increment|${deadline}`]);
    const r = checkText(text('81.0'), options);
    expect(r.relations.find((x) => x.kind === 'progress')?.verdict).toMatch(/^consistent/);
    expectFlagged(text('86.0'), options, '86.0%');
  });
  it('reads a list of goals, one per subject (新增目标分别为600亿元、800亿元和400亿元), and checks each progress (652.8 / 800 = 81.6%)', () => {
    const text = (progress: string) => `年初，全省科技贷款、绿色贷款、普惠小微贷款的年度新增目标分别为600亿元、800亿元和400亿元。前三季度，全省科技贷款新增486.2亿元，完成年度目标的81.0%；绿色贷款新增652.8亿元，完成年度目标的${progress}%。`;
    expect(extractClaims(text('81.6'), at).targets.map((t) => `${t.figure.text}|${t.indicator}|${t.measure}|${t.deadline}`)).toEqual([
      '600亿元|tech-loans|increment|2025-12-31',
      '800亿元|green-loans|increment|2025-12-31',
      '400亿元|inclusive-small-micro-loans-pboc|increment|2025-12-31',
    ]);
    expect(checkText(text('81.6'), at).relations.filter((x) => x.kind === 'progress').map((x) => x.verdict.startsWith('consistent'))).toEqual([true, true]);
    expectFlagged(text('86.6'), at, '86.6%');
  });
  it('reads 到2027年末…余额分别达到… as one balance goal per subject', () => {
    const r = extractClaims('到2027年末，全省科技贷款、绿色贷款余额分别达到6000亿元、8000亿元。', at);
    expect(r.targets.map((t) => `${t.figure.text}|${t.indicator}|${t.measure}|${t.deadline}`)).toEqual(['达到6000亿元|tech-loans|balance|2027-12-31', '8000亿元|green-loans|balance|2027-12-31']);
  });
  it('leaves a list of goals whose items are referred back to (三项贷款) unread, not a claim of all loans', () => {
    const text = '年初，三项贷款的年度新增目标分别为600亿元、800亿元和400亿元。2024年，全省各项贷款新增1862.4亿元。';
    expect(read(text, at.documentDate).map((x) => x.split('|')[0])).toEqual(['1862.4亿元']);
    expectQuiet(text, at);
  });
  it('reads 完成全年目标三成以上 as the progress toward the year\'s goal, not a growth goal', () => {
    const text = '一季度全省新增科技贷款完成全年目标三成以上\n今年全省力争新增科技贷款600亿元。2024年末，全省科技贷款余额3075.2亿元。';
    const r = extractClaims(text, { documentDate: '2025-04-20' });
    expect(r.claims[0]?.measure).toBe('progress');
    expect(r.targets.map((t) => `${t.figure.text}|${t.measure}`)).toEqual(['600亿元|increment']);
    expectQuiet(text, { documentDate: '2025-04-20' });
  });
  it('reads the year\'s goal in brackets inside a progress as a goal of the flow before it (211.2 / 600 = 35.2%)', () => {
    const text = (progress: string) => `一季度，全省新增科技贷款211.2亿元，完成全年目标（600亿元）的${progress}%。`;
    expect(extractClaims(text('35.2'), { documentDate: '2025-04-20' }).targets.map((t) => `${t.figure.text}|${t.measure}`)).toEqual(['600亿元|increment']);
    expect(checkText(text('35.2'), { documentDate: '2025-04-20' }).status).toBe('consistent');
    expectFlagged(text('38.2'), { documentDate: '2025-04-20' }, '38.2%');
  });
  it('reads a change column that names its base month (比6月末增加) as the change since then (3156.4 − 3012.8 = 143.6)', () => {
    const table = (change: string) => `表1 2025年三季度末主要贷款情况\n单位：亿元\n| 指标 | 2025年9月末 | 2025年6月末 | 比6月末增加 |\n|---|---|---|---|\n| 科技贷款 | 3156.4 | 3012.8 | ${change} |\n`;
    expect(read(table('143.6'), at.documentDate)).toEqual(['3156.4|tech-loans|2025-09-30|balance', '3012.8|tech-loans|2025-06-30|balance', '143.6|tech-loans|2025-09-30|increment|qoq']);
    expectQuiet(table('143.6'), at);
    expectFlagged(table('183.6'), at, '183.6');
  });
  it('keeps the figures of a worked example with an unnamed bank (以某银行为例) out of the area\'s, and a reward rate out of the growth rates', () => {
    const text = '政策背景：9月末，全市普惠小微贷款余额1286.4亿元，比年初增加186.4亿元，增长16.9%。\n奖励怎么算？对银行普惠小微贷款年度余额增量按0.5%给予奖励。以某银行为例：上年末普惠小微贷款余额50亿元，本年末余额62亿元，增量12亿元，可获奖励600万元。';
    const r = extractClaims(text, at);
    expect(r.claims.map((c) => c.figure.text)).toEqual(['1286.4亿元', '186.4亿元', '16.9%']);
    expect(r.targets).toEqual([]);
    // (Each of the example's four figures is a fact or left unread as hypothetical, none lost.)
    const kept = [...r.facts.map((f) => f.figure.text), ...r.unparsed.filter((u) => u.code === 'hypothetical').map((u) => u.text)];
    expect(['50亿元', '62亿元', '12亿元', '600万元'].every((x) => kept.includes(x))).toBe(true);
    expectQuiet(text, at);
  });
});

describe('reading: stop 28, hunt 35\'s missed twins — flows of 同期, shares of a list of flows, the year\'s flow share, the whole\'s scope', () => {
  const at = { documentDate: '2025-10-28' };
  it('reads 同期，本外币贷款增加… as the flow over the period of the sentence before, and the share of the whole in its scope (6.48 / 14.63 = 44.3%)', () => {
    const text = (share: string) => `截至9月末，绿色贷款余额43.51万亿元，较年初增长17.5%。前三季度绿色贷款新增6.48万亿元，占同期本外币各项贷款增量的${share}%。同期，本外币贷款增加14.63万亿元。`;
    expect(read(text('44.3'), at.documentDate)[4]).toBe('14.63万亿元|total-loans|2025-09-30|increment|ytd|本外币');
    expect(extractClaims(text('44.3'), at).claims[3]?.of).toBe('total-loans@本外币');
    expectQuiet(text('44.3'), at);
    expectFlagged(text('46.3'), at, '46.3%');
    // (With no flow before it, 同期 names no period: the flow stays unread.)
    expect(read('同期，本外币贷款增加14.63万亿元。', at.documentDate)).toEqual([]);
  });
  it('reads 分别占同期人民币贷款增量的21.4%和41.5% as the shares of the flows its items were just given (3.155 / 14.755 = 21.38% reaches 21.4 within rounding; 6.13 / 14.76 = 41.5%)', () => {
    const text = (share: string) => `前三季度，人民币贷款增加14.76万亿元。其中，普惠小微贷款和绿色贷款分别增加3.15万亿元和6.13万亿元，分别占同期人民币贷款增量的${share}%和41.5%。`;
    expect(read(text('21.4'), at.documentDate).slice(1)).toEqual([
      '3.15万亿元|inclusive-small-micro-loans-pboc|2025-09-30|increment|ytd',
      '6.13万亿元|green-loans|2025-09-30|increment|ytd',
      '21.4%|inclusive-small-micro-loans-pboc|2025-09-30|share',
      '41.5%|green-loans|2025-09-30|share',
    ]);
    expect(checkText(text('21.4'), at).relations.filter((r) => r.kind === 'share').map((r) => r.verdict.startsWith('consistent'))).toEqual([true, true]);
    expectFlagged(text('22.4'), at, '22.4%');
  });
  it('reads a list\'s shares of a stock after its balances (3000 / 30000 = 10.0%), leaves shares of each item\'s own loans (各自) unread, and reads shares of the nation\'s loans of the same kind', () => {
    const text = (share: string) => `9月末，全省科技贷款和绿色贷款余额分别为3000亿元和4000亿元，分别占各项贷款的${share}%和13.3%。全省各项贷款余额30000亿元。`;
    expect(read(text('10.0'), at.documentDate).slice(2, 4)).toEqual(['10.0%|tech-loans|2025-09-30|share', '13.3%|green-loans|2025-09-30|share']);
    expectQuiet(text('10.0'), at);
    expectFlagged(text('11.0'), at, '11.0%');
    const own = '9月末，国家级和省级重点帮扶县的精准帮扶贷款余额分别是1033.8亿元和1400.3亿元，在各自同期各项贷款中的占比分别为29.5%、24.1%。全省各项贷款余额30000亿元。';
    expect(extractClaims(own, at).claims.filter((c) => c.measure === 'share')).toEqual([]);
    expectQuiet(own, at);
    // (Of the nation's loans of the same kind: the province's share of them, held by the province.)
    const nation = '9月末，全省科技贷款和绿色贷款余额分别为3000亿元和4000亿元，分别占全国的10.0%和13.3%。';
    expect(extractClaims(nation, at).claims.filter((c) => c.measure === 'share').map((c) => `${c.figure.text}|${c.indicator}|${c.holder}|${c.of}|${c.ofHolder}`)).toEqual(['10.0%|tech-loans|text|tech-loans|national', '13.3%|green-loans|text|green-loans|national']);
    expectQuiet(nation, at);
  });
  it('ties a year\'s flow share at a year-end to the year\'s flows, whichever basis names them (6.45 / 18.04 = 35.8%)', () => {
    const text = (share: string) => `2024年，人民币贷款增加18.04万亿元。2024年末，本外币绿色贷款余额37.03万亿元，同比增长21.1%，全年增加6.45万亿元，占同期人民币贷款增量的${share}%。`;
    const r = checkText(text('35.8'), { documentDate: '2025-01-27' });
    expect(r.relations.find((x) => x.kind === 'share')?.verdict).toMatch(/^consistent/);
    expectFlagged(text('37.8'), { documentDate: '2025-01-27' }, '37.8%');
  });
});

describe('reading: stop 28, hunt 35\'s missed twins, second batch — a rate\'s change since a dated base, rates listed by date', () => {
  const at = { documentDate: '2025-10-28' };
  it.each(['较二季度末', '较6月末'])('reads 增速%s提升3.0个百分点 as the change of the growth rate since the quarter-end (17.5 − 14.5 = 3.0)', (base) => {
    const text = (points: string) => `截至9月末，本外币绿色贷款余额达43.51万亿元，比年初增长17.5%，增速${base}提升${points}个百分点。\n二季度末，本外币绿色贷款余额42.39万亿元，比年初增长14.5%。`;
    expect(read(text('3.0'), at.documentDate)[2]).toBe('3.0个百分点|green-loans|2025-09-30|rate-change|qoq|本外币');
    expectQuiet(text('3.0'), at);
    expectFlagged(text('4.0'), at, '4.0个百分点');
  });
  it('reads the rates of a list of quarter-ends as the rates of the subject its sentence named before them (12.2 − 12.3 = −0.1)', () => {
    const text = (q2: string) => `三季度末，人民币普惠小微贷款余额36.09万亿元，同比增长12.2%，增速比上季末低0.1个百分点。\n今年以来，普惠小微贷款增速保持平稳，一季度末、二季度末和三季度末同比增速分别为12.4%、${q2}%和12.2%。`;
    expect(read(text('12.3'), at.documentDate).slice(3)).toEqual(['12.4%|inclusive-small-micro-loans-pboc|2025-03-31|growth|yoy', '12.3%|inclusive-small-micro-loans-pboc|2025-06-30|growth|yoy', '12.2%|inclusive-small-micro-loans-pboc|2025-09-30|growth|yoy']);
    expectQuiet(text('12.3'), at);
    expectFlagged(text('12.7'), at, '12.7%');
  });
});

describe('reading: stop 28 — the change of a level that is no growth rate (利率, 获贷率) against its level a year before', () => {
  const at = { documentDate: '2025-10-28' };
  it('checks 获贷率…比上年同期高2.8个百分点 against 上年同期获贷率 (50.3 − 47.5 = 2.8)', () => {
    const text = (points: string) => `截至三季度末，获得贷款支持的科技型中小企业27.54万家，获贷率为50.3%，比上年同期高${points}个百分点；上年同期获贷率为47.5%。`;
    expect(read(text('2.8'), at.documentDate).slice(1)).toEqual(['50.3%|subject:科技型中小企业|2025-09-30|access-rate', '2.8个百分点|subject:科技型中小企业|2025-09-30|rate-change|yoy', '47.5%|subject:科技型中小企业|2024-09-30|access-rate']);
    expect(checkText(text('2.8'), at).relations.find((r) => r.kind === 'rate-change')?.verdict).toBe('consistent');
    expectFlagged(text('3.2'), at, '3.2个百分点');
  });
  it('checks an interest rate\'s change in basis points against 上年同期为… (3.84 − 3.48 = 0.36 = 36个基点), and keeps the rate of new loans apart from the stock\'s', () => {
    const text = (bp: string) => `9月份，新发放普惠小微企业贷款加权平均利率为3.48%，比上年同期低${bp}个基点；上年同期为3.84%。9月末，普惠小微企业贷款加权平均利率为4.05%。`;
    const claims = extractClaims(text('36'), at).claims;
    expect(claims.map((c) => `${c.figure.text}|${c.part ?? ''}|${c.date}|${c.measure}`)).toEqual(['3.48%|新发放普惠|2025-09-30|interest-rate', '36个基点|新发放普惠|2025-09-30|rate-change', '3.84%|新发放普惠|2024-09-30|interest-rate', '4.05%|普惠|2025-09-30|interest-rate']);
    expectQuiet(text('36'), at);
    expectFlagged(text('46'), at, '46个基点');
  });
  it('makes no level a quantity of the network where no change of it is stated (two rates of one subject stay apart)', () => {
    expectQuiet('9月份，普惠小微企业贷款加权平均利率为3.48%。9月末，普惠小微企业贷款加权平均利率为4.05%。', at);
  });
});

describe('reading: stop 28, hunt 40 — English bases after the figure, the same month last year, last year\'s periods, quarter ranges, a flow\'s yoy change', () => {
  const at = { documentDate: '2025-10-20' };
  it.each([
    // 44.62 − 43.57 = 1.05 since the end of August
    ['Green loans reached 44.62 trillion yuan at the end of September, up 20.3 percent year on year and an increase of 1.05 trillion yuan from the end of August. Green loans stood at 43.57 trillion yuan at the end of August.', '1.05 trillion yuan|green-loans|2025-09-30|increment|mom'],
    // 35.70 − 35.08 = 0.62 since the end of June
    ['Inclusive loans reached 35.70 trillion yuan at the end of September, up 12.3 percent year on year and an increase of 0.62 trillion yuan compared with the end of June. The balance stood at 35.08 trillion yuan at the end of June.', '0.62 trillion yuan|inclusive-loans|2025-09-30|increment|qoq'],
    ['Green loans reached 44.62 trillion yuan at the end of September, up 20.3 percent year on year and an increase of 1.05 trillion yuan month on month.', '1.05 trillion yuan|green-loans|2025-09-30|increment|mom'],
  ])('reads the base an English increment names after it, not the rate\'s before it: %s', (text, increment) => {
    expect(read(text, at.documentDate)[2]).toBe(increment);
    expectQuiet(text, at);
  });
  it('reads a bank report\'s "an increase of RMB X as compared to the end of the previous year" as since the year-end, and keeps the next clause at the date in force', () => {
    const text = 'As at 30 September 2025, the Bank\'s technology loans amounted to RMB86.42 billion, an increase of RMB11.38 billion as compared to the end of the previous year, and accounted for 8.38% of total loans. As at 31 December 2024, technology loans accounted for 7.62% of total loans.';
    expect(read(text, at.documentDate)).toEqual(['RMB86.42 billion|tech-loans|2025-09-30|balance', 'RMB11.38 billion|tech-loans|2025-09-30|increment|ytd', '8.38%|tech-loans|2025-09-30|share', '7.62%|tech-loans|2024-12-31|share']);
    expectQuiet(text, at);
  });
  it.each(['去年同月末', '上年同月末', '去年同月底'])('dates %s a year before (2348.6 / 1980.0 − 1 = 18.62%)', (words) => {
    const text = (rate: string) => `9月末，全省绿色贷款余额2348.6亿元，同比增长${rate}%。${words}，全省绿色贷款余额1980.0亿元。`;
    expect(read(text('18.62'), at.documentDate)[2]).toBe('1980.0亿元|green-loans|2024-09-30|balance');
    expectQuiet(text('18.62'), at);
    expectFlagged(text('19.62'), at, '19.62%');
  });
  it.each([
    ['Sci-tech loans in Hubei increased by 168.5 billion yuan in the first three quarters. Sci-tech loans in Hubei increased by 145.3 billion yuan in the first three quarters of last year.', '145.3 billion yuan'],
    ['前三季度，湖北科技贷款增加1685亿元。上年同期，湖北科技贷款前三季度增加1453亿元。', '1453亿元'],
    ['Sci-tech loans in Hubei increased by 168.5 billion yuan in the first three quarters. Last year, sci-tech loans in Hubei increased by 145.3 billion yuan in the first three quarters.', '145.3 billion yuan'],
  ])('dates last year\'s period a year before: %s', (text, flow) => {
    const claims = extractClaims(text, at).claims;
    expect(claims.map((c) => `${c.date}|${c.measure}|${c.basis ?? ''}`)).toEqual(['2025-09-30|increment|ytd', '2024-09-30|increment|ytd']);
    expect(claims[1]?.figure.text).toBe(flow);
    expectQuiet(text, at);
  });
  it('reads Q1-Q3 as one period of three quarters (6.64 trillion over January to September)', () => {
    const text = 'Green loans in China increased by 6.64 trillion yuan in Q1-Q3. In the first quarter, green loans increased by 2.86 trillion yuan.';
    expect(read(text, at.documentDate).map((x) => x.split('|')[2])).toEqual(['2025-09-30', '2025-03-31']);
    expectQuiet(text, at);
  });
  it.each([
    // 4451 − 4948 = −497
    ['今年前9月中小企業放款增加4,451億元，較去年同期減少497億元。去年前9月中小企業放款增加4,948億元。', '497', '597'],
    ['今年前9月中小企業放款增加4,451億元，年減497億元。去年前9月中小企業放款增加4,948億元。', '497', '597'],
    // 1086.2 − 933.8 = 152.4
    ['首三季綠色貸款增加1,086.2億元，按年增加152.4億元。去年首三季綠色貸款增加933.8億元。', '152.4', '182.4'],
    // 6.64 − 6.13 = 0.51
    ['Green loans increased by 6.64 trillion yuan in the first three quarters, a year-on-year increase of 510 billion yuan. Green loans increased by 6.13 trillion yuan in the first three quarters of last year.', '510', '610'],
  ])('reads a flow\'s change from a year before in other words as a difference of flows: %s', (text, printed, changed) => {
    const options = { documentDate: '2025-11-13' };
    expect(extractClaims(text, options).claims[1]?.measure).toBe('flow-difference');
    expect(checkText(text, options).relations.find((r) => r.kind === 'flow-difference')?.verdict).toBe('consistent');
    expect(checkText(text.replace(printed, changed), options).status).toBe('inconsistent');
  });
});

describe('reading: stop 28, hunts 39 and 41 — last year named alone, per-month averages, years counted back, bases in brackets, requirements, links', () => {
  const at = { documentDate: '2025-10-20' };
  it.each([
    ['9月末，全省科技贷款同比增长18.2%。去年，全省科技贷款同比增长20.6%。', '20.6%|tech-loans|2024-12-31|growth|yoy'],
    ['9月末，全省科技贷款同比增长18.2%。上年全省科技贷款同比增长20.6%。', '20.6%|tech-loans|2024-12-31|growth|yoy'],
    ['9月末，全省科技贷款同比增长18.2%。去年全年，全省科技贷款同比增长20.6%。', '20.6%|tech-loans|2024-12-31|growth|yoy'],
  ])('reads a sentence opened by last year named alone as that year: %s', (text, rate) => {
    expect(read(text, at.documentDate)[1]).toBe(rate);
    expectQuiet(text, at);
  });
  it('keeps last year named alone to its own sentence (the next sentence keeps the date in force)', () => {
    const text = '9月末，全省科技贷款余额3000亿元。去年，全省科技贷款同比增长20.6%。全省科技贷款比年初增加300亿元。';
    expect(read(text, at.documentDate).map((x) => x.split('|')[2])).toEqual(['2025-09-30', '2024-12-31', '2025-09-30']);
  });
  it.each([
    '前三季度，全市普惠小微贷款新增486.2亿元，月均新增54.0亿元。',
    '前三季度，全市普惠小微贷款新增486.2亿元，平均每月新增54.0亿元。',
  ])('leaves an average per month unread, no flow of the period: %s', (text) => {
    expect(read(text, at.documentDate)).toEqual(['486.2亿元|inclusive-small-micro-loans-pboc|2025-09-30|increment|ytd']);
    expectQuiet(text, at);
  });
  it.each(['两年来', '近三年来', '三年多来'])('leaves a flow over years counted back (%s，…累计新增) unread', (span) => {
    const text = `${span}，全市累计新增绿色贷款986.4亿元。9月末，全市绿色贷款比年初增加412.6亿元。`;
    expect(read(text, at.documentDate)).toEqual(['412.6亿元|green-loans|2025-09-30|increment|ytd']);
    expectQuiet(text, at);
  });
  it('reads a base\'s value in brackets (较年初（2400.4亿元）增加…) as the balance then (2692.6 − 2400.4 = 292.2)', () => {
    const text = (base: string) => `9月末，全市科技贷款余额2692.6亿元，较年初（${base}亿元）增加292.2亿元。`;
    expect(read(text('2400.4'), at.documentDate)[1]).toBe('2400.4亿元|tech-loans|2024-12-31|balance');
    expectQuiet(text('2400.4'), at);
    expectFlagged(text('2500.4'), at, '2500.4亿元');
  });
  it.each(['高于考核要求', '比监管要求高出'])('reads no gap to all loans in %s1.2个百分点', (words) => {
    const text = `9月末，全市普惠小微贷款同比增长16.2%，${words}1.2个百分点。全市各项贷款同比增长8.2%。`;
    expect(extractClaims(text, at).claims.filter((c) => c.measure === 'gap')).toEqual([]);
    expectQuiet(text, at);
  });
  it('reads an incentive rule\'s rate (…同比增长部分按1%给予激励) as no growth rate', () => {
    const text = '对普惠小微贷款余额同比增长部分按1%给予激励。9月末，全市普惠小微贷款余额同比增长15.2%。';
    expect(read(text, at.documentDate)).toEqual(['15.2%|inclusive-small-micro-loans-pboc|2025-09-30|growth|yoy']);
    expectQuiet(text, at);
  });
  it('reads the growth after a gross flow (累计发放…，较上年同期增长18.4%) as the flow\'s, not the balance\'s', () => {
    const text = '前三季度，全省累计发放创业担保贷款128.6亿元，较上年同期增长18.4%。9月末，全省创业担保贷款余额同比增长9.6%。';
    expect(extractClaims(text, at).claims.filter((c) => c.measure === 'growth' && !c.flow).map((c) => c.figure.text)).toEqual(['9.6%']);
    expectQuiet(text, at);
  });
  it.each([
    '截至9月末，全市科技贷款同比增长18.6%。\n上一篇：全市科技贷款同比增长22.4%',
    '截至9月末，全市科技贷款同比增长18.6%。\n相关阅读：\n全市科技贷款同比增长22.4%\n全市绿色贷款同比增长30.1%\n',
  ])('reads no figure of the links to other articles: %s', (text) => {
    expect(read(text, at.documentDate)).toEqual(['18.6%|tech-loans|2025-09-30|growth|yoy']);
    expect(extractClaims(text, at).unparsed.some((u) => u.code === 'unreadable' && u.text.includes('22.4%'))).toBe(true);
    expectQuiet(text, at);
  });
});

describe('reading: stop 28, hunts 39, 40 and 41, last — loan products, a change from an earlier level just read, Taiwan\'s bracketed and slashed years', () => {
  it.each(['“科创贷”余额', '科创贷余额', '“鲁担惠农贷”余额'])('reads %s as the product\'s own balance, not the subject before', (words) => {
    const text = `9月末，全市首贷户贷款余额12.36亿元。${words}48.65亿元。`;
    expect(extractClaims(text, { documentDate: '2025-10-20' }).claims[1]?.indicator).toMatch(/^subject:.+贷$/);
    expectQuiet(text, { documentDate: '2025-10-20' });
    // (最多可贷300万元 is what one may borrow, no product.)
    expect(extractClaims('小微企业最多可贷300万元。', { documentDate: '2025-10-20' }).claims).toEqual([]);
  });
  it('reads a change from an earlier level just read (较6月末的17.6%提高0.7个百分点) over the span between the dates, and keeps the next gap at the date in force (18.3 − 17.6 = 0.7)', () => {
    const text = (points: string) => `9月末，全市科技贷款同比增长18.3%，较6月末的17.6%提高${points}个百分点，高于各项贷款增速9.9个百分点。6月末，全市各项贷款同比增长8.9%。`;
    expect(read(text('0.7'), '2025-10-20').slice(1, 4)).toEqual(['17.6%|tech-loans|2025-06-30|growth|yoy', '0.7个百分点|tech-loans|2025-09-30|rate-change|qoq', '9.9个百分点|tech-loans|2025-09-30|gap|yoy']);
    expectQuiet(text('0.7'), { documentDate: '2025-10-20' });
    expectFlagged(text('1.7'), { documentDate: '2025-10-20' }, '1.7个百分点');
  });
  it.each([
    // 4451 − 4948 = −497: last year's flow, not this year's
    ['今年前9月中小企業放款增加4,451億元，去（113）年同期增加4,948億元。', ['2025-09-30', '2024-09-30']],
    // 108315 − 103864 = 4451
    ['截至114年9月底，本國銀行對中小企業放款餘額為10兆8,315億元，較去(113)年底增加4,451億元；去(113)年底餘額為10兆3,864億元。', ['2025-09-30', '2025-09-30', '2024-12-31']],
    ['截至114/9/30，本國銀行對中小企業放款餘額為10兆8,315億元；113/12/31為10兆3,864億元。', ['2025-09-30', '2024-12-31']],
  ])('reads Taiwan\'s years in brackets and dates with slashes: %s', (text, dates) => {
    const r = extractClaims(text, { documentDate: '2025-11-13' });
    expect(r.claims.map((c) => c.date)).toEqual(dates);
    expect(r.claims.some((c) => c.measure === 'count')).toBe(false);
    expectQuiet(text, { documentDate: '2025-11-13' });
  });
});

describe('reading: stop 28, the hunts\' regressions and leftovers — the same period in English, a level\'s start a year before, gross flows a year before, named bases', () => {
  const at = { documentDate: '2025-10-20' };
  it('reads "over the same period" as the span of the sentence before (18.46 − 8.34 = 10.12)', () => {
    const text = (gap: string) => `At the end of June 2025, the Group's loans to the technology sector amounted to RMB1.62 trillion, up 18.46% from the end of the previous year, higher than the average loan growth of the Group by ${gap} percentage points. The Group's total loans grew by 8.34% over the same period.`;
    expect(read(text('10.12'), at.documentDate)[3]).toBe('8.34%|total-loans|2025-06-30|growth|ytd');
    expectQuiet(text('10.12'), at);
    expectFlagged(text('10.52'), at, '10.52 percentage points');
  });
  it('dates a level\'s start named 由上年同期的 a year before (50.3 − 47.5 = 2.8)', () => {
    const text = (points: string) => `三季度末，获得贷款支持的科技型中小企业27.54万家，获贷率由上年同期的47.5%提高至50.3%，提高${points}个百分点。`;
    expect(read(text('2.8'), at.documentDate).slice(1, 3)).toEqual(['47.5%|subject:科技型中小企业|2024-09-30|access-rate', '50.3%|subject:科技型中小企业|2025-09-30|access-rate']);
    expectQuiet(text('2.8'), at);
    expectFlagged(text('3.2'), at, '3.2个百分点');
  });
  it('reads 去年同期 after a period in force as that period a year before (4.64 − 4.18 = 0.46)', () => {
    const text = '上半年，全县新发放普惠小微贷款加权平均利率4.18%，同比下降0.46个百分点。去年同期，全县新发放普惠小微贷款加权平均利率为4.64%。';
    expect(read(text, at.documentDate)[2]).toBe('4.64%|inclusive-small-micro-loans-pboc|2024-06-30|interest-rate');
    expectQuiet(text, at);
  });
  it.each([
    ['2025年1—9月，全省累计发放创业担保贷款128.6亿元，上年同期为108.6亿元，同比增长18.4%。9月末，全省创业担保贷款余额186.4亿元，比年初增加22.6亿元，增长13.8%。', 'cumulative'],
    ['2025年1—9月，全省新发放“专精特新”企业贷款862.4亿元，同比增长18.6%，上年同期为727.2亿元。9月末，全省“专精特新”企业贷款余额1862.4亿元，同比增长12.1%。上年9月末，全省“专精特新”企业贷款余额1661.4亿元。', 'new-lending'],
  ])('reads 上年同期为… after a gross flow as that flow a year before, not a balance: %s', (text, measure) => {
    const claims = extractClaims(text, at).claims;
    expect(claims.filter((c) => c.measure === measure).map((c) => c.date)).toEqual(['2025-09-30', '2024-09-30']);
    expectQuiet(text, at);
  });
  it('reads a base named by its words with its date in brackets (较基期（2024年末）增长12.6%) as since that date, and leaves one without a date unread', () => {
    const text = '对照行动方案基期，9月末，全市科技贷款余额1286.4亿元，较基期（2024年末）增长12.6%，比上年同期增长18.2%。2024年末，全市科技贷款余额1142.5亿元；上年9月末，全市科技贷款余额1088.3亿元。';
    expect(read(text, at.documentDate).slice(1, 3)).toEqual(['12.6%|tech-loans|2025-09-30|growth|ytd', '18.2%|tech-loans|2025-09-30|growth|yoy']);
    expectQuiet(text, at);
    const unnamed = '9月末，全市绿色贷款余额1036.8亿元，比年初增加98.6亿元，增长10.5%；较方案实施前增加174.4亿元，增长20.2%。';
    expect(read(unnamed, at.documentDate).map((x) => x.split('|')[0])).toEqual(['1036.8亿元', '98.6亿元', '10.5%']);
    expectQuiet(unnamed, at);
  });
});

describe('reading: stop 28, hunt 41 — a second name of the whole\'s indicator, set as a part by its share', () => {
  it('reads 科技型企业贷款…占科技贷款的69.6% as a part of 科技贷款, its balance too (5862.4 / 8426.3 = 69.57%)', () => {
    const at = { documentDate: '2025-10-20' };
    const text = (share: string) => `截至9月末，全省科技贷款余额8426.3亿元。科技型企业贷款余额5862.4亿元，占科技贷款的${share}%。`;
    expect(extractClaims(text('69.6'), at).claims.map((c) => `${c.figure.text}|${c.indicator}|${c.part ?? ''}`)).toEqual(['8426.3亿元|tech-loans|', '5862.4亿元|tech-loans|科技型企业贷款', '69.6%|tech-loans|科技型企业贷款']);
    expectQuiet(text('69.6'), at);
    expectFlagged(text('79.6'), at, '79.6%');
  });
});

describe('reading: stop 28 — positions of the claims read so far, and a clause that names its own time after 去年同月底', () => {
  it('reads a text the same whether its lines are indented or not (the readers compare positions in the normalised text)', () => {
    const flat = '一、提高贷款额度。符合条件的个人可申请最高30万元的创业担保贷款。\n三、工作成效。2025年1—9月，全省累计发放创业担保贷款128.6亿元，上年同期为108.6亿元，同比增长18.4%。';
    const indented = flat.replace(/^/gm, '    ');
    const rows = (text: string) => extractClaims(text, { documentDate: '2025-10-20' }).claims.map((c) => `${c.figure.text}|${c.date}|${c.measure}`);
    expect(rows(indented)).toEqual(rows(flat));
    expect(rows(indented)[1]).toBe('108.6亿元|2024-09-30|cumulative');
    expectQuiet(indented, { documentDate: '2025-10-20' });
  });
  it('dates 去年同月底 from the date in force before it, and a clause after ； that names its own month at that month', () => {
    const text = '截至114年9月底，本國銀行對綠能科技產業放款餘額為2兆3,486億元，較上月底增加218億元，年增率18.62%。\n\n去年同月底，綠能科技產業放款餘額為1兆9,800億元；今年8月底為2兆3,268億元。';
    expect(extractClaims(text, { documentDate: '2025-11-13' }).claims.slice(3).map((c) => c.date)).toEqual(['2024-09-30', '2025-08-31']);
    expectQuiet(text, { documentDate: '2025-11-13' });
  });
});

describe('reading: stop 28 — 过去一年 in a year-opening report', () => {
  it('reads 过去一年，… in a text of the first quarter as last year (1901.2 − 1862.4 = 38.8), and leaves it alone later in a year', () => {
    const text = '会议指出，过去一年，全市科技贷款余额1862.4亿元，增长21.3%。今年1月末，全市科技贷款余额1901.2亿元，比年初增加38.8亿元。';
    expect(read(text, '2025-02-10')[0]).toBe('1862.4亿元|tech-loans|2024-12-31|balance');
    expectQuiet(text, { documentDate: '2025-02-10' });
    expectFlagged(text.replace('38.8亿元', '48.8亿元'), { documentDate: '2025-02-10' }, '48.8亿元');
    expect(read('过去一年，全市科技贷款余额1862.4亿元。', '2025-10-10')[0]?.split('|')[2]).toBe('2025-10-10');
  });
});

describe('reading: stop 29 — last year\'s flow in a sentence of its own, parts together, another place\'s rate, chains of flows', () => {
  it.each([
    // 上年9月份，… and 上年同期，… after a month's flow and its 同比多增: 468.27 − 309.15 = 159.12
    ['9月份，全省人民币贷款增加468.27亿元，同比多增159.12亿元。上年9月份，全省人民币贷款增加309.15亿元。', '309.15亿元|total-loans|2024-09-30|increment|mom|人民币'],
    ['9月份，全省人民币贷款增加468.27亿元，同比多增159.12亿元。上年同期，全省人民币贷款增加309.15亿元。', '309.15亿元|total-loans|2024-09-30|increment|mom|人民币'],
    // …and after a flow of the first three quarters: 6.64 − 6.13 = 0.51 (万亿元), 5,100 ± 100 亿元
    ['前三季度，绿色贷款增加6.64万亿元，比上年同期多增5120亿元。上年同期，绿色贷款增加6.13万亿元。', '6.13万亿元|green-loans|2024-09-30|increment|ytd'],
    ['首三季綠色貸款增加6.64萬億元，比上年同期多增5,120億元。上年同期，綠色貸款增加6.13萬億元。', '6.13萬億元|green-loans|2024-09-30|increment|ytd'],
  ])('reads the flow a year before in %s', (text, row) => {
    expect(read(text, '2025-10-20')).toContain(row);
    expectQuiet(text, { documentDate: '2025-10-20' });
  });

  it('catches a changed difference once last year\'s flow is read (468.27 − 309.15 = 159.12, not 189.12)', () => {
    const text = '9月份，全省人民币贷款增加468.27亿元，同比多增189.12亿元。上年9月份，全省人民币贷款增加309.15亿元。';
    expectFlagged(text, { documentDate: '2025-10-20' }, '189.12亿元');
    expectFlagged('前三季度，绿色贷款增加6.64万亿元，比上年同期多增5420亿元。上年同期，绿色贷款增加6.13万亿元。', { documentDate: '2025-10-20' }, '5420亿元');
  });

  const threeUses = (share: string): string =>
    `截至9月末，全省本外币绿色贷款余额8126.7亿元。分用途看，基础设施绿色升级产业贷款余额3862.4亿元，清洁能源产业贷款余额2186.5亿元，节能降碳产业贷款余额1215.3亿元，三者合计占绿色贷款的${share}。`;
  it('reads 三者合计占 after three balances as the share of their sum: (3862.4 + 2186.5 + 1215.3) / 8126.7 = 89.39%', () => {
    const r = checkText(threeUses('89.4%'), { documentDate: '2025-10-20' });
    expect(r.status).toBe('consistent');
    expect(r.relations.filter((x) => x.kind === 'sum' && x.verdict !== 'unverifiable')).toHaveLength(1);
    expectFlagged(threeUses('90.4%'), { documentDate: '2025-10-20' }, '90.4%');
  });

  it('reads 合计占 after a 分别 list of three balances the same way (89.39%)', () => {
    const list = (share: string): string => `截至9月末，全省绿色贷款余额8126.7亿元。基础设施绿色升级产业、清洁能源产业、节能降碳产业贷款余额分别为3862.4亿元、2186.5亿元和1215.3亿元，三者合计占绿色贷款的${share}。`;
    expectQuiet(list('89.4%'), { documentDate: '2025-10-20' });
    expect(checkText(list('89.4%'), { documentDate: '2025-10-20' }).status).toBe('consistent');
    expectFlagged(list('91.4%'), { documentDate: '2025-10-20' }, '91.4%');
  });

  const counties = (share: string, gap: string): string =>
    `分县区看，甲县科技贷款余额42.6亿元，同比增长21.3%；乙县科技贷款余额38.2亿元，同比增长18.6%。截至9月末，全市科技贷款余额412.6亿元，同比增长15.2%。甲县、乙县科技贷款增速分别高于全市${gap}个和3.4个百分点。两县科技贷款合计占全市的${share}。`;
  it('reads two counties\' share of the city, (42.6 + 38.2) / 412.6 = 19.58%, and their gaps to the city\'s rate, 21.3 − 15.2 = 6.1 and 18.6 − 15.2 = 3.4', () => {
    const text = counties('19.6%', '6.1');
    const r = checkText(text, { documentDate: '2025-10-20' });
    expect(r.status).toBe('consistent');
    expect(heldRows(text, { documentDate: '2025-10-20' })).toContain('19.6%|tech-loans||places:甲县+乙县|2025-09-30|share');
    expect(r.relations.filter((x) => x.kind === 'gap' && x.verdict !== 'unverifiable')).toHaveLength(2);
    expectFlagged(counties('20.6%', '6.1'), { documentDate: '2025-10-20' }, '20.6%');
    expectFlagged(counties('19.6%', '7.1'), { documentDate: '2025-10-20' }, '7.1个百分点');
  });

  it('never takes the whole, stated after its parts, for one of them', () => {
    // the last two balances before the share are 乙县's and the city's: the city is the whole
    const r = checkText(counties('19.6%', '6.1'), { documentDate: '2025-10-20' });
    const sum = r.relations.find((x) => x.kind === 'sum');
    expect(sum?.description).toContain('甲县和乙县');
  });

  it('reads a county\'s gap to 全市 as against the city\'s own rate (21.3 − 15.2 = 6.1)', () => {
    const text = (gap: string): string => `截至9月末，全市科技贷款余额412.6亿元，同比增长15.2%。甲县科技贷款余额42.6亿元，同比增长21.3%，增速高于全市${gap}个百分点。`;
    expect(checkText(text('6.1'), { documentDate: '2025-10-20' }).status).toBe('consistent');
    expectFlagged(text('7.1'), { documentDate: '2025-10-20' }, '7.1个百分点');
  });

  it('sums three quarters\' flows to the first three quarters\' (386.4 + 312.8 + 286.2 = 985.4), with no half-year between', () => {
    const text = (total: string): string => `分季度看，全省科技贷款一季度新增386.4亿元，二季度新增312.8亿元，三季度新增286.2亿元，前三季度合计新增${total}亿元。`;
    const r = checkText(text('985.4'), { documentDate: '2025-10-20' });
    expect(r.status).toBe('consistent');
    expect(r.relations.some((x) => x.kind === 'sum' && x.claims.length === 4)).toBe(true);
    expectFlagged(text('1005.4'), { documentDate: '2025-10-20' }, '1005.4亿元');
  });

  it('sums a chain of flows in the network, once: ytd(Mar) + qoq(Jun) + qoq(Sep) = ytd(Sep)', () => {
    const n = new Network();
    const q1 = n.increment('tech-loans', 'text', '2025-03-31', 'ytd');
    const q2 = n.increment('tech-loans', 'text', '2025-06-30', 'qoq');
    const q3 = n.increment('tech-loans', 'text', '2025-09-30', 'qoq');
    const all = n.increment('tech-loans', 'text', '2025-09-30', 'ytd');
    n.linkAdjacentFlows();
    n.linkFlowChains();
    const sums = n.relations.filter((r) => r.kind === 'sum');
    expect(sums.map((r) => r.vars)).toEqual([[all, q1, q2, q3]]);
    // …and never twice: a sum a text states over the same flows, in any order, is not added again
    const m = new Network();
    const [a, b, c, whole] = [m.increment('tech-loans', 'text', '2025-03-31', 'ytd'), m.increment('tech-loans', 'text', '2025-06-30', 'qoq'), m.increment('tech-loans', 'text', '2025-09-30', 'qoq'), m.increment('tech-loans', 'text', '2025-09-30', 'ytd')];
    m.sum(whole, [c, a, b], 'stated: 前三季度合计');
    m.linkFlowChains();
    expect(m.relations.filter((r) => r.kind === 'sum').map((r) => r.description)).toEqual(['stated: 前三季度合计']);
  });
});

describe('reading: stop 29 — English amounts lent, their loans named after them', () => {
  it.each([
    ['Chinese banks extended 16.27 trillion yuan in new yuan loans in the first three quarters, the central bank said.', '16.27 trillion yuan|total-loans|2025-09-30|increment|ytd|人民币'],
    ['In September alone, Chinese banks extended 1.29 trillion yuan in new yuan loans.', '1.29 trillion yuan|total-loans|2025-09-30|increment|mom|人民币'],
    ['In January, banks in the city extended 20.1 billion yuan (about 2.9 billion U.S. dollars) in new loans.', '20.1 billion yuan|total-loans|2025-01-31|increment|ytd'],
    // loans issued, not new loans: what was lent gross
    ['Banks in the province issued 35.2 billion yuan of green loans in the first half.', '35.2 billion yuan|green-loans|2025-06-30|new-lending'],
  ])('reads %s', (text, row) => {
    expect(read(text, '2025-10-20')).toEqual([row]);
  });

  it('reads the flow of last year beside this year\'s: 3.68 − 3.27 = 0.41 trillion, 412 ± 10 billion', () => {
    const text = (diff: string): string =>
      `BEIJING, July 22 -- Chinese banks extended 3.68 trillion yuan in new green loans in the first half of 2025, ${diff} billion yuan more than in the same period of last year.\n\nIn the first half of 2024, green loans increased by 3.27 trillion yuan.`;
    expect(checkText(text('412'), { documentDate: '2025-07-22' }).status).toBe('consistent');
    expectFlagged(text('462'), { documentDate: '2025-07-22' }, '462 billion yuan');
  });

  it('leaves a period named only by its ordinal unread, never the period named before', () => {
    expect(read('Green loans grew by 3.12 trillion yuan in the first quarter and by 2.23 trillion yuan in the second.', '2025-10-20')).toEqual(['3.12 trillion yuan|green-loans|2025-03-31|increment|ytd']);
    const r = extractClaims('Green loans grew by 3.12 trillion yuan in the first quarter and by 2.23 trillion yuan in the second.', { documentDate: '2025-10-20' });
    expect(r.unparsed.find((u) => u.text === '2.23 trillion yuan')?.code).toBe('no-date');
  });
});

describe('reading: stop 29, hunt 42 — bank reports and tables', () => {
  it('never lends a change the base of the clause after it: 较上年全年…，较上年同期下降0.52 (4.00 − 3.48)', () => {
    const text = '前三季度，该行新发放普惠型小微企业贷款平均利率3.48%，较上年全年下降0.37个百分点，较上年同期下降0.52个百分点。';
    expect(read(text, '2025-10-28')).toEqual(['3.48%|inclusive-small-micro-loans|2025-09-30|interest-rate', '0.52个百分点|inclusive-small-micro-loans|2025-09-30|rate-change|yoy']);
    expectQuiet(text, { documentDate: '2025-10-28' });
  });

  it('reads 比上年 after a whole year\'s level as the change from the year before: 4.03 − 3.62 = 0.41', () => {
    const text = (change: string): string => `2024年，本行新发放普惠型小微企业贷款平均利率为3.62%，比上年下降${change}个百分点。2023年，本行新发放普惠型小微企业贷款平均利率为4.03%。`;
    expect(read(text('0.41'), '2025-04-20')).toContain('0.41个百分点|inclusive-small-micro-loans|2024-12-31|rate-change|yoy');
    expect(checkText(text('0.41'), { documentDate: '2025-04-20' }).status).toBe('consistent');
    expectFlagged(text('0.51'), { documentDate: '2025-04-20' }, '0.51个百分点');
  });

  it('measures a dated column by its rate word (2024年末占比 is no balance at 2024年末)', () => {
    // 312.46 + 486.27 + 186.35 = 985.08; 312.46 / 985.08 = 31.72%
    const table = '单位：亿元、%\n| 项目 | 2024年末 | 2024年末占比 |\n|---|---|---|\n| 绿色交通项目 | 312.46 | 31.72 |\n| 清洁能源项目 | 486.27 | 49.36 |\n| 节能环保项目 | 186.35 | 18.92 |\n| 合计 | 985.08 | 100.00 |';
    const r = checkText(table, { documentDate: '2025-04-20' });
    expect(r.status).not.toBe('inconsistent');
    expect(r.relations.filter((x) => x.kind === 'sum').map((x) => x.verdict)).toEqual(['consistent-within-rounding']);
    expect(r.claims.filter((c) => c.figure.text === '31.72').map((c) => c.measure)).toEqual(['share']);
  });

  it('keeps a bank\'s domestic book (境内) apart from its total: 5862.41 + 352.97 = 6215.38', () => {
    const text = '报告期末，本行绿色贷款余额6,215.38亿元，较上年末增长14.62%。境内绿色贷款余额5,862.41亿元，较上年末增长13.86%；境外绿色贷款余额352.97亿元。';
    expectQuiet(text, { documentDate: '2025-10-20' });
    expect(read(text, '2025-10-20')).toContain('5,862.41亿元|green-loans|2025-09-30|balance||境内');
    expect(read('报告期末，境内外绿色贷款余额6,215.38亿元，境内绿色贷款余额5,862.41亿元。', '2025-10-20')).toEqual(['6,215.38亿元|green-loans|2025-09-30|balance||境内外', '5,862.41亿元|green-loans|2025-09-30|balance||境内']);
  });

  it('reads 占本公司贷款和垫款总额的 as the company\'s all loans: 5128.46 / 42863.15 = 11.96%', () => {
    const text = (share: string): string => `2024年末，本公司绿色贷款余额5,128.46亿元，占本公司贷款和垫款总额的${share}。本公司贷款和垫款总额42,863.15亿元。`;
    expect(checkText(text('11.96%'), { documentDate: '2025-04-20' }).status).toBe('consistent');
    expectFlagged(text('12.96%'), { documentDate: '2025-04-20' }, '12.96%');
  });
});

describe('reading: stop 29 — the change in a number of borrowers', () => {
  it.each([
    // a bank's clients, their increase since the start of the year and its rate: 614 / (3862 − 614) = 18.90%
    ['科技型企业贷款客户3,862户，较年初增加614户，增长18.90%。', ['3,862户|subject:科技型企业贷款客户|2025-04-20|borrowers', '614户|subject:科技型企业贷款客户|2025-04-20|borrowers-increment|ytd', '18.90%|subject:科技型企业贷款客户|2025-04-20|borrowers-growth|ytd']],
    // the borrowers of the loans in force, and their increase a year on
    ['3月末全国普惠型小微企业贷款余额26.1万亿元；有贷款余额的客户4035.1万户，同比增加408.3万户。', ['26.1万亿元|inclusive-small-micro-loans|2025-03-31|balance', '4035.1万户|inclusive-small-micro-loans|2025-03-31|borrowers', '408.3万户|inclusive-small-micro-loans|2025-03-31|borrowers-increment|yoy']],
  ])('reads %s', (text, rows) => {
    expect(read(text, '2025-04-20')).toEqual(rows);
  });

  it('checks the increase against the count and its rate (614 / 3248 = 18.90%, not 19.90%)', () => {
    expect(checkText('科技型企业贷款客户3,862户，较年初增加614户，增长18.90%。', { documentDate: '2025-04-20' }).status).toBe('consistent');
    expectFlagged('科技型企业贷款客户3,862户，较年初增加614户，增长19.90%。', { documentDate: '2025-04-20' }, '19.90%');
  });

  it('leaves a change in a number of firms (家) unread, no borrowers of loans', () => {
    expect(read('全市科技型企业2,186家，较年初增加312家。', '2025-04-20').some((r) => r.includes('312家'))).toBe(false);
  });

  it('keeps borrowers\' increments apart from the money flows of the same loans in the network', () => {
    const n = new Network();
    const money = n.increment('green-loans', 'text', '2025-06-30', 'ytd');
    const borrowers = n.increment('green-loans', 'text', '2025-06-30', 'ytd', 'borrowers');
    expect(money).not.toBe(borrowers);
    expect(n.variables.get(borrowers)?.kind).toBe('borrowers-increment');
  });
});

describe('reading: stop 29 — a table\'s column of shares of its 合计 row', () => {
  const uses = (first: string): string =>
    `2025年9月末全省绿色贷款分用途情况（单位：亿元、%）\n| 用途 | 余额 | 占比 |\n|---|---|---|\n| 基础设施绿色升级 | 3862.4 | ${first} |\n| 清洁能源 | 2186.5 | 26.9 |\n| 节能降碳 | 2077.8 | 25.6 |\n| 合计 | 8126.7 | 100.0 |`;
  it('reads 占比 beside a 合计 row as each row\'s share of the total: 3862.4 / 8126.7 = 47.53%, 2186.5 / 8126.7 = 26.91%, 2077.8 / 8126.7 = 25.57%', () => {
    const r = checkText(uses('47.5'), { documentDate: '2025-10-20' });
    expect(r.status).not.toBe('inconsistent');
    expect(r.relations.filter((x) => x.kind === 'share').map((x) => x.verdict)).toEqual(['consistent-within-rounding', 'consistent-within-rounding', 'consistent-within-rounding']);
    expectFlagged(uses('48.5'), { documentDate: '2025-10-20' }, '48.5');
  });

  it('reads a dated 占比 column against the balances of its date (312.46 / 985.08 = 31.72%), beside another year\'s column', () => {
    const table = (first: string): string =>
      `表：绿色信贷分项目类型情况（单位：亿元、%）\n| 项目类型 | 2024年末 | 2023年末 | 2024年末占比 |\n|---|---|---|---|\n| 绿色交通项目 | 312.46 | 268.15 | ${first} |\n| 清洁能源项目 | 486.27 | 402.36 | 49.36 |\n| 节能环保项目 | 186.35 | 172.48 | 18.92 |\n| 合计 | 985.08 | 842.99 | 100.00 |`;
    const r = checkText(table('31.72'), { documentDate: '2025-04-20' });
    expect(r.status).not.toBe('inconsistent');
    expect(r.relations.filter((x) => x.kind === 'share')).toHaveLength(3);
    expectFlagged(table('33.72'), { documentDate: '2025-04-20' }, '33.72');
  });

  it('leaves the shares unread where the table has no 合计 row or a row states two balances of the column\'s date', () => {
    const noTotal = '单位：亿元、%\n| 用途 | 余额 | 占比 |\n|---|---|---|\n| 清洁能源 | 2186.5 | 26.9 |\n| 节能降碳 | 2077.8 | 25.6 |';
    expect(extractClaims(noTotal, { documentDate: '2025-10-20' }).claims.filter((c) => c.measure === 'share')).toEqual([]);
  });
});

describe('reading: stop 29 — progress toward a number of borrowers, and English subjects that keep on', () => {
  it('leaves progress toward a goal of borrowers unread, never the money goal\'s (12.6 / 15 = 84%; 1150 / 1500 = 76.7%)', () => {
    const text = '普惠小微贷款户数达125.3万户，较年初增加12.6万户，完成全年新增户数目标15万户的84%；普惠小微贷款余额较年初增加1,150亿元，完成全年新增目标1,500亿元的76.7%。';
    const r = checkText(text, { documentDate: '2025-10-20' });
    expect(r.status).not.toBe('inconsistent');
    expect(r.unparsed.find((u) => u.text === '84%')?.code).toBe('no-measure');
  });

  it('reads the growth in a "with" clause of a sentence whose subject "kept expanding"', () => {
    expect(read("Guangdong's green loans kept expanding quickly through 2025, with year-on-year growth of 24.2% at year-end, well ahead of other loan categories.", '2026-01-16')).toEqual(['24.2%|green-loans|2025-12-31|growth|yoy']);
  });
});

describe('reading: stop 29 — goals of counts of firms', () => {
  it('reads 力争新培育科技型中小企业800家 as a goal of the firms it names, the modal verb no word of them', () => {
    const { targets, facts } = extractClaims('到2027年，全区力争新培育科技型中小企业800家、高新技术企业450家、专精特新中小企业120家。', { documentDate: '2025-03-20' });
    expect(targets.map((t) => [t.figure.text, t.indicator, t.deadline].join('|'))).toEqual(['800家|subject:新培育科技型中小企业|2027-12-31', '450家|subject:高新技术企业|2027-12-31', '120家|subject:专精特新中小企业|2027-12-31']);
    expect(facts).toEqual([]);
  });
});

describe('reading: stop 29, hunt 43 — English flows and the places a share names', () => {
  it('takes the places a share names (甲县、乙县两县), not the last two stated: (42.6 + 38.2) / 412.6 = 19.58%', () => {
    const text = (share: string): string => `截至9月末，全市科技贷款余额412.6亿元。甲县科技贷款余额42.6亿元，乙县科技贷款余额38.2亿元，丙区科技贷款余额62.8亿元。甲县、乙县两县科技贷款合计占全市的${share}。`;
    expect(heldRows(text('19.6%'), { documentDate: '2025-10-20' })).toContain('19.6%|tech-loans||places:甲县+乙县|2025-09-30|share');
    expect(checkText(text('19.6%'), { documentDate: '2025-10-20' }).status).toBe('consistent');
    expectFlagged(text('24.5%'), { documentDate: '2025-10-20' }, '24.5%');
    // with no place named and three stated, which two is not said: unread
    expect(read(text('19.6%').replace('甲县、乙县两县', '两县'), '2025-10-20').some((r) => r.startsWith('19.6%'))).toBe(false);
  });

  it('reads "The figure was … less than in the same period of last year" after a flow as its difference (15.96 − 14.75 = 1.21)', () => {
    const text = 'Chinese banks extended 14.75 trillion yuan in new yuan loans in the first three quarters. The figure was 1.21 trillion yuan less than in the same period of last year. Outstanding yuan loans stood at 270.39 trillion yuan at the end of September, up 6.6 percent year on year.';
    expect(read(text, '2025-10-20')[1]).toBe('1.21 trillion yuan|total-loans|2025-09-30|flow-difference|ytd|人民币');
    expectQuiet(text, { documentDate: '2025-10-20' });
  });

  it('reads "the number of small businesses with such loans" as borrowers, and its rise as theirs', () => {
    const text = 'By the end of June, outstanding inclusive loans to micro and small businesses stood at 35.62 trillion yuan, up 11.8 percent year on year. The number of small businesses with such loans reached 42.8 million, up 3.6 million from a year earlier.';
    expect(read(text, '2025-07-20').slice(2)).toEqual(['reached 42.8 million|inclusive-small-micro-loans-pboc|2025-06-30|borrowers', '3.6 million|inclusive-small-micro-loans-pboc|2025-06-30|borrowers-increment|yoy']);
    expectQuiet(text, { documentDate: '2025-07-20' });
  });

  it('gives the rate after an amount issued to the amount, never to the balance', () => {
    const text = 'Banks in Zhejiang issued 286.4 billion yuan of green loans in the first three quarters, up 12.3 percent year on year. Outstanding green loans in the province rose 21.6 percent year on year to 3.12 trillion yuan at the end of September.';
    expectQuiet(text, { documentDate: '2025-10-20' });
    expect(extractClaims(text, { documentDate: '2025-10-20' }).claims.find((c) => c.figure.text === '12.3 percent')?.flow).toBe(true);
  });

  it('reads "bringing the total for the first three quarters to" as that period\'s flow, and the quarters\' bare list: 186.2 + 142.6 + 98.7 = 427.5', () => {
    const text = (total: string): string => `Green loans in Jiangsu increased by 186.2 billion yuan in the first quarter, 142.6 billion yuan in the second quarter and 98.7 billion yuan in the third quarter, bringing the total for the first three quarters to ${total} billion yuan. At the end of September, outstanding green loans in the province amounted to 3.86 trillion yuan.`;
    expect(read(text('427.5'), '2025-10-20').slice(1, 4)).toEqual(['142.6 billion yuan|green-loans|2025-06-30|increment|qoq', '98.7 billion yuan|green-loans|2025-09-30|increment|qoq', '427.5 billion yuan|green-loans|2025-09-30|increment|ytd']);
    expect(checkText(text('427.5'), { documentDate: '2025-10-20' }).status).toBe('consistent');
    expectFlagged(text('437.5'), { documentDate: '2025-10-20' }, '437.5 billion yuan');
  });

  it('reads the domestic and overseas branches\' loans as parts of the bank\'s (境内, 境外)', () => {
    const text = "As at 30 June 2025, the Bank's green loans amounted to RMB6,215.38 billion. Green loans of the domestic branches were RMB5,862.41 billion, and green loans of the overseas branches were RMB352.97 billion.";
    expect(read(text, '2025-08-30').map((r) => r.split('|').at(-1))).toEqual(['balance', '境内', '境外']);
    expectQuiet(text, { documentDate: '2025-08-30' });
    expectQuiet("As at 30 June 2025, the Bank's green loans amounted to RMB6,215.38 billion. Of this, green loans in the Chinese mainland were RMB5,862.41 billion.", { documentDate: '2025-08-30' });
  });

  it('reads "of which technology loans made up 33.6%" after new loans as a share of the flows: 96.40 / 286.5 = 33.65%', () => {
    const text = (share: string): string => `Technology loans in Wuhan stood at 745.32 billion yuan at the end of September, up 96.40 billion yuan from the beginning of the year, an increase of 14.86%. Banks in the city extended 286.5 billion yuan in new loans in the first three quarters, of which technology loans made up ${share}.`;
    expect(read(text('33.6%'), '2025-10-20').slice(3)).toEqual(['286.5 billion yuan|total-loans|2025-09-30|increment|ytd', '33.6%|tech-loans|2025-09-30|share']);
    expect(checkText(text('33.6%'), { documentDate: '2025-10-20' }).status).toBe('consistent');
    expectFlagged(text('35.6%'), { documentDate: '2025-10-20' }, '35.6%');
  });

  it('gives "up from 590 billion yuan in August" to August, and the month after "in" to the flow before it', () => {
    const text = 'Chinese banks extended 1.29 trillion yuan in new yuan loans in September, up from 590 billion yuan in August.';
    expect(read(text, '2025-10-20')).toEqual(['1.29 trillion yuan|total-loans|2025-09-30|increment|mom|人民币', '590 billion yuan|total-loans|2025-08-31|increment|mom|人民币']);
    expectQuiet('In September, Chinese banks extended 1.29 trillion yuan in new yuan loans, up from 590 billion yuan in August.', { documentDate: '2025-10-20' });
  });
});

describe('reading: stop 29, hunt 43\'s wrong claims — places of a list together, a rate named by 该', () => {
  it('reads 三市合计占全省的 after a 分别 list of three places: (2186.4 + 1524.6 + 986.3) / 8426.3 = 55.74%', () => {
    const text = (share: string): string => `截至9月末，全省科技贷款余额8426.3亿元。A市、B市、C市科技贷款余额分别为2186.4亿元、1524.6亿元和986.3亿元，三市合计占全省的${share}。`;
    expect(heldRows(text('55.7%'), { documentDate: '2025-10-20' })).toContain('55.7%|tech-loans||places:A市+B市+C市|2025-09-30|share');
    expect(checkText(text('55.7%'), { documentDate: '2025-10-20' }).status).toBe('consistent');
    expectFlagged(text('57.7%'), { documentDate: '2025-10-20' }, '57.7%');
  });

  it('reads 上年同期，该利率为4.28% as the rate before, a year earlier: 4.28 − 3.86 = 0.42', () => {
    const text = (change: string): string => `9月，全市新发放普惠小微贷款加权平均利率为3.86%，同比下降${change}个百分点。上年同期，该利率为4.28%。`;
    expect(read(text('0.42'), '2025-10-20')[2]).toBe('4.28%|inclusive-small-micro-loans-pboc|2024-09-30|interest-rate');
    expect(checkText(text('0.42'), { documentDate: '2025-10-20' }).status).toBe('consistent');
    expectFlagged(text('0.52'), { documentDate: '2025-10-20' }, '0.52个百分点');
  });

  it('reads 上年同期，该比重为14.67% as the share before, of the same whole: 15.93 − 14.67 = 1.26', () => {
    const text = (change: string): string => `9月末，全省科技贷款余额1286.4亿元，占各项贷款的比重为15.93%，比上年同期提高${change}个百分点。全省各项贷款余额8075.3亿元。上年同期，该比重为14.67%。`;
    expect(read(text('1.26'), '2025-10-20')[4]).toBe('14.67%|tech-loans|2024-09-30|share');
    expect(checkText(text('1.26'), { documentDate: '2025-10-20' }).status).toBe('consistent');
    expectFlagged(text('1.46'), { documentDate: '2025-10-20' }, '1.46个百分点');
  });

  it('leaves 该利率 with no rate of that kind before it in its paragraph to the other readers', () => {
    expect(read('上年同期，该利率为4.28%。', '2025-10-20')).toEqual([]);
  });
});

describe('reading: stop 29, English flows of a named year or month', () => {
  it('reads "38.6 billion yuan more than in 2023" after 2024\'s flow as the difference (272.5 − 233.9 = 38.6), and not after a year further back', () => {
    const text = (diff: string): string => `Green loans in the province increased by 272.5 billion yuan in 2024, ${diff} billion yuan more than in 2023. In 2023, green loans in the province increased by 233.9 billion yuan.`;
    expect(checkText(text('38.6'), { documentDate: '2025-10-20' }).status).toBe('consistent');
    expectFlagged(text('40.6'), { documentDate: '2025-10-20' }, '40.6 billion yuan');
    expect(read('Green loans in the province increased by 272.5 billion yuan in 2024, 38.6 billion yuan more than in 2021.', '2025-10-20')).toEqual(['272.5 billion yuan|green-loans|2024-12-31|increment|ytd']);
  });

  it('reads "In September 2024, new yuan loans came in at 1.59 trillion yuan" as that month\'s flow: 1.59 − 1.29 = 0.30', () => {
    const text = (diff: string): string => `Chinese banks extended 1.29 trillion yuan in new yuan loans in September 2025, ${diff} billion yuan less than a year earlier. In September 2024, new yuan loans came in at 1.59 trillion yuan.`;
    expect(read(text('300'), '2025-10-20')[2]).toBe('1.59 trillion yuan|total-loans|2024-09-30|increment|mom|人民币');
    expect(checkText(text('300'), { documentDate: '2025-10-20' }).status).toBe('consistent');
    expectFlagged(text('400'), { documentDate: '2025-10-20' }, '400 billion yuan');
  });
});

describe('reading: stop 29 — an English list whose items share the last one\'s loan noun', () => {
  it('reads "the balances of technology, green and inclusive loans … respectively" as three loans', () => {
    expect(read('At the end of September, the balances of technology, green and inclusive loans in the province stood at 2.86 trillion yuan, 3.41 trillion yuan and 2.12 trillion yuan, respectively.', '2025-10-20')).toEqual([
      '2.86 trillion yuan|tech-loans|2025-09-30|balance',
      '3.41 trillion yuan|green-loans|2025-09-30|balance',
      '2.12 trillion yuan|inclusive-loans|2025-09-30|balance',
    ]);
  });

  it('never makes banks named in a list into loans of theirs ("ICBC, ABC and CCB reported green loans of …")', () => {
    const text = "ICBC, ABC and CCB reported green loans of 6.04 trillion yuan, 4.97 trillion yuan and 4.70 trillion yuan, respectively, at the end of 2024. The three banks' combined green loans of 15.71 trillion yuan accounted for 42.9 percent of the national total of 36.60 trillion yuan.";
    expect(read(text, '2025-04-20').some((r) => /icbc|abc/i.test(r))).toBe(false);
    expectQuiet(text, { documentDate: '2025-04-20' });
  });
});

describe('reading: stop 29 — a goal named inside a progress, its figure unbracketed', () => {
  it('reads the flow after 完成全年新增户数目标15万户的84% as a flow, and its progress toward the money goal: 1150 / 1500 = 76.7%', () => {
    const text = (progress: string): string => `普惠小微贷款户数达125.3万户，较年初增加12.6万户，完成全年新增户数目标15万户的84%；普惠小微贷款余额较年初增加1,150亿元，完成全年新增目标1,500亿元的${progress}。`;
    expect(read(text('76.7%'), '2025-10-20')).toContain('1,150亿元|inclusive-small-micro-loans-pboc|2025-10-20|increment|ytd');
    expect(checkText(text('76.7%'), { documentDate: '2025-10-20' }).relations.some((r) => r.kind === 'progress' && r.verdict === 'consistent')).toBe(true);
    expectFlagged(text('78.7%'), { documentDate: '2025-10-20' }, '78.7%');
  });
});

describe('checking: stop 29 — one misprint, one relation at fault', () => {
  // 1862.4 / 1586.2 − 1 = 17.41% (printed 18.4: the misprint); 1215.6 / 1048.3 − 1 = 15.96%; 862.5 / 752.1 − 1 = 14.68%;
  // 486.3 / 421.6 − 1 = 15.35%; 1862.4 + 1215.6 + 862.5 + 486.3 = 4426.8; 1586.2 + 1048.3 + 752.1 + 421.6 = 3808.2;
  // 4426.8 / 3808.2 − 1 = 16.24%
  const table = (first: string): string =>
    `附表：2025年9月末各市科技贷款情况\n单位：亿元、%\n地区\t9月末余额\t上年同期余额\t同比增长\n甲市\t1862.4\t1586.2\t${first}\n乙市\t1215.6\t1048.3\t16.0\n丙市\t862.5\t752.1\t14.7\n丁市\t486.3\t421.6\t15.3\n合计\t4426.8\t3808.2\t16.2`;
  it('marks only the misprinted row\'s growth inconsistent, the other rows and the sums holding', () => {
    expect(checkText(table('17.4'), { documentDate: '2025-10-20' }).status).toBe('consistent');
    const r = checkText(table('18.4'), { documentDate: '2025-10-20' });
    expect(r.status).toBe('inconsistent');
    expect(r.relations.filter((x) => x.verdict === 'inconsistent').map((x) => x.description)).toEqual(['growth of subject:甲市 (yoy) at 2025-09-30']);
    expect(r.conflicts[0]?.suspects.find((s) => s.alone)?.text).toBe('18.4');
  });
});

describe('reading: stop 29 — "They" goes on with the loans of the sentence before', () => {
  it('reads "They were up 12.6 percent…" and the growth rate after it as the tech loans\'', () => {
    const text = 'At the end of September, tech loans in Hefei stood at 612.48 billion yuan. They were up 12.6 percent from the start of the year. The growth rate was 9.8 percentage points higher than that of all loans in the city.';
    expect(read(text, '2025-10-20')).toEqual(['612.48 billion yuan|tech-loans|2025-09-30|balance', '12.6 percent|tech-loans|2025-09-30|growth|ytd', '9.8 percentage points|tech-loans|2025-09-30|gap|ytd']);
  });
});

describe('reading: stop 29 — 报告期末 of an April report whose year before is two years back', () => {
  it('dates 报告期末 at the last year-end when the text names the year-end before it (2023年末 in 2025): 1286.42 / 9862.15 − 1105.37 / 9015.48 = 0.78 points', () => {
    const text = (change: string): string => `截至报告期末，本行普惠型小微企业贷款余额1,286.42亿元，占本行贷款总额的比例为13.04%，较上年末上升${change}个百分点。本行贷款总额9,862.15亿元，比上年末增加846.67亿元。\n2023年末，本行普惠型小微企业贷款余额1,105.37亿元，贷款总额9,015.48亿元。`;
    expect(read(text('0.78'), '2025-04-20')[0]).toBe('1,286.42亿元|inclusive-small-micro-loans|2024-12-31|balance');
    expect(checkText(text('0.78'), { documentDate: '2025-04-20' }).status).toBe('consistent');
    expectFlagged(text('0.98'), { documentDate: '2025-04-20' }, '0.98个百分点');
    // a report that names no earlier year-end keeps the quarter before its date
    expect(read('截至报告期末，本行普惠型小微企业贷款余额1,286.42亿元。', '2025-04-20')[0]).toBe('1,286.42亿元|inclusive-small-micro-loans|2025-03-31|balance');
  });
});

describe('reading: stop 29, hunt 44 — places named together, a 合计 row that is no whole, columns of 比例', () => {
  it('gives a total after places named together to them all (1286.4 + 862.5 + 612.8 = 2761.7), never to the last', () => {
    const text = '9月末，A市、B市、C市普惠小微贷款余额合计2761.7亿元。C市普惠小微贷款余额612.8亿元。';
    expect(heldRows(text, { documentDate: '2025-10-20' })[0]).toBe('2761.7亿元|inclusive-small-micro-loans-pboc||places:A市+B市+C市|2025-09-30|balance');
    expectQuiet(text, { documentDate: '2025-10-20' });
  });

  it('reads no share of the 合计 row where that row\'s own 占比 is not 100 (27.94: a share of something else)', () => {
    const table = '单位：亿元、%\n| 项目 | 2025年9月末 | 2025年9月末占比 |\n|---|---|---|\n| 科技贷款 | 486.24 | 15.12 |\n| 绿色贷款 | 412.36 | 12.82 |\n| 合计 | 898.60 | 27.94 |';
    expectQuiet(table, { documentDate: '2025-10-20' });
    expect(extractClaims(table, { documentDate: '2025-10-20' }).claims.filter((c) => c.measure === 'share')).toEqual([]);
  });

  it('never reads a column of 比例 under 单位：亿元、% as balances', () => {
    const table = '甲市五篇大文章贷款情况\n单位：亿元、%\n| 项目 | 余额 | 比例 |\n|---|---|---|\n| 科技贷款 | 486.24 | 15.12 |\n| 绿色贷款 | 412.36 | 12.82 |';
    expect(extractClaims(table, { documentDate: '2025-10-20' }).claims.map((c) => c.figure.text)).toEqual(['486.24', '412.36']);
  });

  it('reads a 占比 right after a 新增 column as no share of the balances (21.4 / 60.0 = 35.7%, but 3.2 / 8.0 = 40.0%)', () => {
    const table = '| 银行 | 2025年6月末 | | 较年初 | |\n| | 余额（亿元） | 占比（%） | 新增（亿元） | 占比（%） |\n| 工商银行 | 21.4 | 35.7 | 3.2 | 40.0 |\n| 建设银行 | 18.6 | 31.0 | 2.6 | 32.5 |\n| 农业银行 | 20.0 | 33.3 | 2.2 | 27.5 |\n| 合计 | 60.0 | 100.0 | 8.0 | 100.0 |';
    expectQuiet(table, { documentDate: '2025-08-20' });
    expect(extractClaims(table, { documentDate: '2025-08-20' }).claims.filter((c) => c.measure === 'share').map((c) => c.figure.text)).toEqual(['35.7', '31.0', '33.3']);
  });

  it('reads the one 占比 column of a table with one column of balances against them, wherever it stands: 1862.4 / 4426.8 = 42.07%', () => {
    const table = (first: string): string => `表1  2025年9月末各市科技贷款情况\n单位：亿元、%\n| 地区 | 余额 | 同比增长 | 比年初增加 | 占比 |\n|---|---|---|---|---|\n| 甲市 | 1862.4 | 17.3 | 259.8 | ${first} |\n| 乙市 | 1215.6 | 16.0 | 152.8 | 27.46 |\n| 丙市 | 862.5 | 13.4 | 90.6 | 19.48 |\n| 丁市 | 486.3 | 15.3 | 56.1 | 10.99 |\n| 合计 | 4426.8 | 15.9 | 559.3 | 100.00 |`;
    expect(checkText(table('42.07'), { documentDate: '2025-10-20' }).status).not.toBe('inconsistent');
    expectFlagged(table('43.07'), { documentDate: '2025-10-20' }, '43.07');
  });

  it('reads dated 占比 columns set after all the dated balances against the balances of their dates', () => {
    // 612.48 / 2823.53 = 21.69%; 526.31 / 2448.98 = 21.49%
    const table = '表2 辖内主要银行绿色贷款余额及结构（单位：亿元、%）\n银行\t2025年9月末\t2024年末\t9月末占比\t2024年末占比\n工商银行\t612.48\t526.31\t21.69\t21.49\n农业银行\t586.27\t512.64\t20.76\t20.93\n建设银行\t498.36\t441.28\t17.65\t18.02\n其他银行\t1126.42\t968.75\t39.89\t39.56\n合计\t2823.53\t2448.98\t100.00\t100.00';
    const r = checkText(table, { documentDate: '2025-10-20' });
    expect(r.status).not.toBe('inconsistent');
    expect(r.relations.filter((x) => x.kind === 'share' && x.verdict.startsWith('consistent'))).toHaveLength(8);
  });

  it('reads a table of places\' 占比 as each place\'s share of the 合计 row\'s holder: 1862.4 / 4426.8 = 42.07%', () => {
    const table = (first: string): string => `2025年9月末各市科技贷款情况（单位：亿元、%）\n| 地区 | 余额 | 占比 |\n|---|---|---|\n| 甲市 | 1862.4 | ${first} |\n| 乙市 | 1215.6 | 27.5 |\n| 丙市 | 862.5 | 19.5 |\n| 丁市 | 486.3 | 11.0 |\n| 合计 | 4426.8 | 100.0 |`;
    const r = checkText(table('42.1'), { documentDate: '2025-10-20' });
    expect(r.status).not.toBe('inconsistent');
    expect(r.relations.filter((x) => x.kind === 'share' && x.verdict !== 'unverifiable')).toHaveLength(4);
    expectFlagged(table('44.1'), { documentDate: '2025-10-20' }, '44.1');
  });
});

describe('reading: stop 29, hunt 45 — totals over named months, periods of a printed year, English months of last year', () => {
  it('leaves a total over two named months unread, never the last month\'s (18.2 + 16.8 = 35.0), and sums months to their quarter (18.2 + 12.0 + 16.8 = 47.0)', () => {
    expectQuiet('全市科技贷款7月增加18.2亿元，9月增加16.8亿元，两个月合计增加35.0亿元。', { documentDate: '2025-10-20' });
    const quarter = (total: string): string => `全市科技贷款7月增加18.2亿元，8月增加12.0亿元，9月增加16.8亿元，三季度合计增加${total}亿元。`;
    expect(checkText(quarter('47.0'), { documentDate: '2025-10-20' }).status).toBe('consistent');
    expectFlagged(quarter('49.0'), { documentDate: '2025-10-20' }, '49.0亿元');
  });

  it('never dates 其中一季度 after 2024年 in the document\'s year', () => {
    const text = '2024年，全省普惠小微贷款增加862.4亿元，其中一季度增加312.5亿元。2025年一季度，全省普惠小微贷款增加330.2亿元。';
    expectQuiet(text, { documentDate: '2025-10-20' });
    expect(read(text, '2025-10-20').some((r) => r.startsWith('312.5亿元|') && r.includes('2025-'))).toBe(false);
    expectQuiet('2024年，全省普惠小微贷款增加862.4亿元，其中一季度、二季度、三季度和四季度分别增加312.5亿元、228.6亿元、186.2亿元和135.1亿元。2025年前三季度，全省普惠小微贷款增加758.6亿元，同比多增31.3亿元。', { documentDate: '2025-10-20' });
  });

  it('dates "In August last year" a year back, and reads "less than in the same month last year" as a difference of flows', () => {
    expect(read('In August last year, new loans in the province came in at 90.2 billion yuan. In August, new loans in the province came in at 86.4 billion yuan.', '2025-10-20')).toEqual(['90.2 billion yuan|total-loans|2024-08-31|increment|mom', '86.4 billion yuan|total-loans|2025-08-31|increment|mom']);
    const text = 'Banks in the province extended 128.6 billion yuan in new loans in September. The figure was 12.3 billion yuan less than in the same month last year. At the end of September, outstanding loans in the province stood at 8,426.3 billion yuan, up 9.8 percent year on year.';
    expect(read(text, '2025-10-20')[1]).toBe('12.3 billion yuan|total-loans|2025-09-30|flow-difference|mom');
    expectQuiet(text, { documentDate: '2025-10-20' });
  });
});

describe('reading: stop 29 — a list of dates\' rates in a sentence of their own', () => {
  it('gives 8月末和上年末…增速分别为 the basis the rate was stated in: 18.3 − 17.9 = 0.4, 18.3 − 16.2 = 2.1', () => {
    const text = (change: string): string => `9月末，全省科技贷款余额1286.4亿元，同比增长18.3%，增速较上月末提高0.4个百分点，较上年末提高${change}个百分点。8月末和上年末，全省科技贷款增速分别为17.9%和16.2%。`;
    expect(read(text('2.1'), '2025-10-20').slice(4)).toEqual(['17.9%|tech-loans|2025-08-31|growth|yoy', '16.2%|tech-loans|2024-12-31|growth|yoy']);
    expect(checkText(text('2.1'), { documentDate: '2025-10-20' }).status).toBe('consistent');
    expectFlagged(text('2.6'), { documentDate: '2025-10-20' }, '2.6个百分点');
  });
});

describe('reading: stop 29 — a 分别 list of 同比多增 after each item\'s flow', () => {
  it('ties each difference to its own flow and last year\'s: 286.4 − 253.8 = 32.6, 312.8 − 271.6 = 41.2, 198.6 − 186.2 = 12.4', () => {
    const text = (first: string): string => `前三季度，全省科技贷款增加286.4亿元，绿色贷款增加312.8亿元，普惠小微贷款增加198.6亿元，分别同比多增${first}亿元、41.2亿元和12.4亿元。上年同期，全省科技贷款、绿色贷款、普惠小微贷款分别增加253.8亿元、271.6亿元和186.2亿元。`;
    const r = checkText(text('32.6'), { documentDate: '2025-10-20' });
    expect(r.status).toBe('consistent');
    expect(r.relations.filter((x) => x.kind === 'flow-difference' && x.verdict === 'consistent')).toHaveLength(3);
    expectFlagged(text('42.6'), { documentDate: '2025-10-20' }, '42.6亿元');
  });
});

describe('reading: stop 30 — flows of a list added up, and their share of the area\'s flow', () => {
  it('sums months to the quarter a 合计 names (21.46 + 9.38 + 14.82 = 45.66), and leaves a total over another span unread', () => {
    const text = (total: string): string => `7月、8月、9月，全市科技贷款分别增加21.46亿元、9.38亿元和14.82亿元，三季度合计增加${total}亿元。`;
    expect(read(text('45.66'), '2025-10-20')[3]).toBe('45.66亿元|tech-loans|2025-09-30|increment|qoq');
    expect(checkText(text('45.66'), { documentDate: '2025-10-20' }).status).toBe('consistent');
    expectFlagged(text('47.66'), { documentDate: '2025-10-20' }, '47.66亿元');
    // Two months are no quarter: the total is left unread, never tied to them.
    const two = '7月、8月，全市科技贷款分别增加21.46亿元和9.38亿元，三季度合计增加45.66亿元。';
    expect(read(two, '2025-10-20').some((r) => r.startsWith('45.66亿元|'))).toBe(false);
    expectQuiet(two, { documentDate: '2025-10-20' });
  });

  it('ties 两县合计占全市…增量的 to the places\' flows: (31.24 + 22.58) / 132.60 = 40.59%', () => {
    const text = (share: string): string => `前三季度，全市普惠小微贷款增加132.60亿元。分县看，甲县、乙县普惠小微贷款分别增加31.24亿元和22.58亿元，两县合计占全市普惠小微贷款增量的${share}%。`;
    const r = checkText(text('40.6'), { documentDate: '2025-10-20' });
    expect(r.status).toBe('consistent');
    expect(r.relations.some((x) => x.kind === 'share' && x.verdict !== 'unverifiable')).toBe(true);
    expectFlagged(text('42.6'), { documentDate: '2025-10-20' }, '42.6%');
  });

  it('reads a subject named right after 分别 as every place\'s, their 合计 and its share: 12.46 + 8.25 + 5.31 = 26.02, 26.02 / 82.6 = 31.50%', () => {
    const text = (total: string): string => `前三季度，甲区、乙区、丙区分别新增贷款12.46亿元、8.25亿元和5.31亿元，合计${total}亿元，占全市新增贷款的31.5%。前三季度，全市新增贷款82.6亿元。`;
    expect(read(text('26.02'), '2025-10-20').slice(0, 3)).toEqual(['12.46亿元|total-loans|2025-09-30|increment|ytd', '8.25亿元|total-loans|2025-09-30|increment|ytd', '5.31亿元|total-loans|2025-09-30|increment|ytd']);
    expect(extractClaims(text('26.02'), { documentDate: '2025-10-20' }).claims.map((c) => c.holder).slice(0, 4)).toEqual(['place:甲区', 'place:乙区', 'place:丙区', 'places:甲区+乙区+丙区']);
    expect(checkText(text('26.02'), { documentDate: '2025-10-20' }).status).toBe('consistent');
    expectFlagged(text('28.02'), { documentDate: '2025-10-20' }, '28.02亿元');
  });
});

describe('checking: stop 30 — progress toward the level a plan sets', () => {
  const plan = (progress: string): string => `到2027年末，全市绿色贷款余额达到600亿元。\n截至2025年9月末，全市绿色贷款余额412.38亿元，较年初增加56.20亿元，完成2027年目标的${progress}%。`;
  it('sets a balance against the one balance goal ahead of it: 412.38 / 600 = 68.73%', () => {
    const r = checkText(plan('68.7'), { documentDate: '2025-10-20' });
    expect(r.status).toBe('consistent');
    expect(r.relations.find((x) => x.kind === 'progress')?.verdict).toMatch(/^consistent/);
    expectFlagged(plan('70.7'), { documentDate: '2025-10-20' }, '70.7%');
  });

  it('never sets a year\'s goal of new loans (年度目标任务) against the balance: 5.2 / 13 = 40%, 18.6 / 13 ≠ 40%', () => {
    expectQuiet('截至9月末，全市科技贷款余额18.6亿元，较年初新增5.2亿元，增长38.81%，完成年度目标任务（不低于13亿元）的40.0%。', { documentDate: '2025-10-20' });
  });

  it('leaves it unlinked when two levels are set ahead (which one the text means is not said)', () => {
    const text = '到2026年末，全市绿色贷款余额达到500亿元；到2027年末，全市绿色贷款余额达到600亿元。截至2025年9月末，全市绿色贷款余额412.38亿元，完成目标的70.7%。';
    expect(checkText(text, { documentDate: '2025-10-20' }).relations.some((x) => x.kind === 'progress')).toBe(false);
  });
});

describe('checking: stop 30 — what was lent over a period (累计发放, 新发放), and its change a year on', () => {
  const text = (growth: string): string => `1—9月，全市累计发放创业担保贷款12.48亿元，比上年同期多发放1.86亿元，同比增长${growth}%。`;
  it('reads the difference and the growth as of the gross flow over its span: 12.48 − 1.86 = 10.62, 12.48 / 10.62 − 1 = 17.51%', () => {
    const claims = extractClaims(text('17.5'), { documentDate: '2025-10-20' }).claims;
    expect(claims.map((c) => `${c.measure}|${c.basis ?? ''}|${c.gross === true}|${c.period?.from ?? ''}`)).toEqual(['cumulative||false|2025-01-01', 'flow-difference|yoy|true|2025-01-01', 'growth|yoy|true|2025-01-01']);
    const r = checkText(text('17.5'), { documentDate: '2025-10-20' });
    expect(r.status).toBe('consistent');
    expect(r.relations.filter((x) => x.verdict === 'consistent' || x.verdict === 'consistent-within-rounding')).toHaveLength(2);
    expectFlagged(text('19.5'), { documentDate: '2025-10-20' }, '19.5%');
  });

  it('ties the flow to last year\'s stated in a sentence of its own (上年同期，…累计发放): 9.86 − 8.52 = 1.34', () => {
    const twin = (difference: string): string => `1—9月，全市累计发放创业担保贷款9.86亿元，比上年同期多发放${difference}亿元。上年同期，全市累计发放创业担保贷款8.52亿元。`;
    expect(checkText(twin('1.34'), { documentDate: '2025-10-20' }).status).toBe('consistent');
    expectFlagged(twin('1.84'), { documentDate: '2025-10-20' }, '1.84亿元');
  });

  it('never compares what was lent with the balance\'s increase: 新发放 326.5 and 较年初增加 118.2 are two quantities', () => {
    const both = '前三季度，全市新发放普惠小微贷款326.5亿元，同比增长8.2%。9月末，全市普惠小微贷款余额1862.4亿元，较年初增加118.2亿元，同比增长12.6%。上年前三季度，全市普惠小微贷款增加96.4亿元。';
    expectQuiet(both, { documentDate: '2025-10-20' });
  });
});

describe('reading: stop 30, hunt 46 — a progress toward a plan of years, a plan\'s 全年, 上年末 opening a sentence', () => {
  it('ties 完成三年目标的 to the goal of the plan\'s years, never the year\'s: 236.4 / 300 = 78.8%, 236.4 / 900 = 26.27%', () => {
    const text = (three: string): string => `力争2025年新增绿色贷款300亿元，2025—2027年累计新增900亿元。前三季度，全市新增绿色贷款236.4亿元，完成年度目标的78.8%，完成三年目标的${three}%。`;
    const targets = extractClaims(text('26.3'), { documentDate: '2025-10-20' }).targets;
    expect(targets.map((t) => `${t.figure.text}|${t.deadline}|${t.period?.from ?? ''}`)).toEqual(['300亿元|2025-12-31|2025-01-01', '900亿元|2027-12-31|2025-01-01']);
    const r = checkText(text('26.3'), { documentDate: '2025-10-20' });
    expect(r.status).toBe('consistent');
    expect(r.relations.filter((x) => x.kind === 'progress' && /^consistent/.test(x.verdict))).toHaveLength(2);
    expectFlagged(text('28.3'), { documentDate: '2025-10-20' }, '28.3%');
  });

  it('never sets 完成三年新增目标的 of a balance goal against the balance (its words measure the flow)', () => {
    expectQuiet('到2027年末，全市普惠小微贷款余额达到1520亿元以上（2024年末为1068.4亿元）。截至2025年9月末，全市普惠小微贷款余额1186.3亿元，完成三年新增目标的26.1%。', { documentDate: '2025-10-20' });
  });

  it('takes 计划全年新增 of a quarterly report for the year ahead: 报告期末 stays the quarter\'s end (1,462.58 − 1,244.22 = 218.36)', () => {
    const text = (increment: string): string => `本行计划全年新增科技贷款260亿元。报告期末，本行科技贷款余额1,462.58亿元，较上年末增加${increment}亿元。上年末，本行科技贷款余额1,244.22亿元。`;
    expect(read(text('218.36'), '2025-10-28')[0]).toBe('1,462.58亿元|tech-loans|2025-09-30|balance');
    expect(checkText(text('218.36'), { documentDate: '2025-10-28' }).status).toBe('consistent');
    expectFlagged(text('228.36'), { documentDate: '2025-10-28' }, '228.36亿元');
  });

  it('ends 上年末，… and its level with its sentence: the next sentence\'s balance is now, its own 上年末为 then', () => {
    expectQuiet('上年末，本行普惠型小微企业贷款余额862.40亿元。本行各项贷款余额9,326.18亿元，上年末为8,514.62亿元。', { documentDate: '2025-04-20' });
    // 1,286.40 / 9,326.18 = 13.79%, 1,076.24 / 8,514.62 = 12.64%, 13.79 − 12.64 = 1.15.
    const report = (before: string): string => `乙银行2024年度报告（节选）\n报告期末，本行绿色贷款余额1,286.40亿元，占各项贷款的比重为13.79%，较上年末提高1.15个百分点；上年末，该比重为${before}%。本行各项贷款余额9,326.18亿元，上年末为8,514.62亿元；上年末本行绿色贷款余额1,076.24亿元。`;
    expect(read(report('12.64'), '2025-04-20')[4]).toBe('9,326.18亿元|total-loans|2024-12-31|balance');
    expect(checkText(report('12.64'), { documentDate: '2025-04-20' }).status).toBe('consistent');
    expectFlagged(report('13.64'), { documentDate: '2025-04-20' }, '13.64%');
  });

  it('never dates what follows 年初制定目标后 at 年初', () => {
    const text = '年初制定目标后，全市科技贷款余额1186.4亿元。上年末，全市科技贷款余额986.2亿元。';
    expectQuiet(text, { documentDate: '2025-10-28' });
    expect(read(text, '2025-10-28').some((r) => r.startsWith('1186.4亿元|') && r.includes('2024-12-31'))).toBe(false);
  });
});

describe('reading: stop 30 — an English rate referred back to', () => {
  it('reads "A year earlier, the rate was" as the level last stated, a year before: 4.03 − 3.62 = 0.41', () => {
    const text = (change: string): string => `The average interest rate on new inclusive loans to small businesses in the province was 3.62 percent in September, down ${change} percentage points from a year earlier. A year earlier, the rate was 4.03 percent.`;
    expect(read(text('0.41'), '2025-10-20')[2]).toBe('4.03 percent|inclusive-small-micro-loans-pboc|2024-09-30|interest-rate');
    expect(checkText(text('0.41'), { documentDate: '2025-10-20' }).status).toBe('consistent');
    expectFlagged(text('0.51'), { documentDate: '2025-10-20' }, '0.51 percentage points');
    // (A growth rate named so is no level: left to what else reads it.)
    expect(read('Green loans in the province rose 21.6 percent year on year. A year earlier, the growth rate was 18.2 percent.', '2025-10-20').some((r) => r.includes('interest-rate'))).toBe(false);
  });
});

describe('reading: stop 30, hunt 46 — past a list\'s total', () => {
  it('reads a progress after a list of quarters and their total: 86.4 + 72.1 + 79.3 = 237.8, 237.8 / 300 = 79.27%', () => {
    const text = (progress: string): string => `全年目标：新增绿色贷款300亿元。\n一季度、二季度、三季度，全市绿色贷款分别增加86.4亿元、72.1亿元和79.3亿元，前三季度累计增加237.8亿元，完成全年目标的${progress}%。`;
    const r = checkText(text('79.3'), { documentDate: '2025-10-20' });
    expect(r.status).toBe('consistent');
    expect(r.relations.find((x) => x.kind === 'progress')?.verdict).toMatch(/^consistent/);
    expectFlagged(text('81.3'), { documentDate: '2025-10-20' }, '81.3%');
  });

  it('goes on with the subject after a list of months and their total: 31.2 + 27.5 + 44.6 = 103.3, 268.4 + 103.3 = 371.7', () => {
    const text = (total: string): string => `7月、8月、9月，全省绿色贷款分别增加31.2亿元、27.5亿元和44.6亿元，三季度合计增加103.3亿元；上半年增加268.4亿元，前三季度增加${total}亿元。`;
    expect(read(text('371.7'), '2025-10-20').slice(4)).toEqual(['268.4亿元|green-loans|2025-06-30|increment|ytd', '371.7亿元|green-loans|2025-09-30|increment|ytd']);
    expect(checkText(text('371.7'), { documentDate: '2025-10-20' }).status).toBe('consistent');
    expectFlagged(text('381.7'), { documentDate: '2025-10-20' }, '381.7亿元');
  });

  it('adds up the flows of a list of subjects to their 合计增加: 412.6 + 538.4 + 296.2 = 1247.2', () => {
    const text = (total: string): string => `前三季度，全省科技贷款、绿色贷款、普惠小微贷款分别比年初增加412.6亿元、538.4亿元和296.2亿元，三项合计增加${total}亿元。`;
    expect(checkText(text('1247.2'), { documentDate: '2025-10-20' }).status).toBe('consistent');
    expectFlagged(text('1257.2'), { documentDate: '2025-10-20' }, '1257.2亿元');
  });

  it('reads the share after two banks\' total as theirs together: 418.6 + 362.3 = 780.9, 780.9 / 2046.8 = 38.15%', () => {
    const text = (share: string): string => `截至6月末，全市绿色贷款余额2046.8亿元。其中，工商银行甲市分行、农业银行甲市分行绿色贷款余额分别为418.6亿元和362.3亿元，两行合计780.9亿元，占全市的${share}%。`;
    expect(checkText(text('38.2'), { documentDate: '2025-07-20' }).status).toBe('consistent');
    expectFlagged(text('40.2'), { documentDate: '2025-07-20' }, '40.2%');
  });
});

describe('reading: stop 30, hunt 46 — a group\'s books, a list\'s rates, parts together', () => {
  it('sums a group\'s 境内 and 境外 books to its whole (5,603.18 + 259.19 = 5,862.37), 境内机构 a scope with no part', () => {
    const text = (overseas: string): string => `报告期末，本集团绿色贷款余额5,862.37亿元。其中，境内机构绿色贷款余额5,603.18亿元，境外机构绿色贷款余额${overseas}亿元。`;
    const claims = extractClaims(text('259.19'), { documentDate: '2025-04-20' }).claims;
    expect(claims.map((c) => `${c.scope ?? ''}|${c.part ?? ''}`)).toEqual(['|', '境内|', '境外|']);
    const r = checkText(text('259.19'), { documentDate: '2025-04-20' });
    expect(r.relations.find((x) => x.kind === 'sum')?.verdict).toMatch(/^consistent/);
    expectFlagged(text('359.19'), { documentDate: '2025-04-20' }, '359.19亿元');
    // (The flows too: 786.55 + 25.81 = 812.36.)
    const flows = (domestic: string): string => `报告期末，本集团绿色贷款余额6,428.15亿元，比上年末增加812.36亿元。境内绿色贷款余额6,108.92亿元，比上年末增加${domestic}亿元；境外绿色贷款余额319.23亿元，比上年末增加25.81亿元。`;
    expect(checkText(flows('786.55'), { documentDate: '2025-08-28' }).status).toBe('consistent');
    expectFlagged(flows('796.55'), { documentDate: '2025-08-28' }, '796.55亿元');
  });

  it('gives 增速分别为 after 较上年末分别增加 each item\'s basis: 327.05 / (1,862.45 − 327.05) = 21.30%', () => {
    const text = (rate: string): string => `卯银行2024年年度报告\n报告期末，本行科技贷款、绿色贷款余额分别为1,286.42亿元和1,862.45亿元，较上年末分别增加201.94亿元和327.05亿元，增速分别为18.62%和${rate}%。`;
    expect(read(text('21.30'), '2025-04-20').slice(4)).toEqual(['18.62%|tech-loans|2024-12-31|growth|ytd', '21.30%|green-loans|2024-12-31|growth|ytd']);
    expect(checkText(text('21.30'), { documentDate: '2025-04-20' }).status).toBe('consistent');
    expectFlagged(text('22.30'), { documentDate: '2025-04-20' }, '22.30%');
  });

  it('reads the share after 三者合计 as theirs together: (4,128.63 + 2,862.15 + 2,041.27) / 23,968.60 = 37.68%', () => {
    const text = (share: string): string => `报告期末，本行绿色贷款余额4,128.63亿元；科技贷款余额2,862.15亿元；普惠型小微企业贷款余额2,041.27亿元。三者合计9,032.05亿元，占本行贷款总额的${share}%。报告期末，本行贷款总额23,968.60亿元。`;
    expect(checkText(text('37.68'), { documentDate: '2025-10-28' }).status).toBe('consistent');
    expectFlagged(text('38.68'), { documentDate: '2025-10-28' }, '38.68%');
  });

  it('reads 上年同期，… flows after a 分别 list over the list\'s span: 286.4 − 253.8 = 32.6', () => {
    const text = (difference: string): string => `前三季度，全省科技贷款、绿色贷款分别增加286.4亿元和412.8亿元，分别同比多增${difference}亿元和58.2亿元。上年同期，全省科技贷款增加253.8亿元，绿色贷款增加354.6亿元。`;
    expect(checkText(text('32.6'), { documentDate: '2025-10-20' }).status).toBe('consistent');
    expectFlagged(text('35.6'), { documentDate: '2025-10-20' }, '35.6亿元');
  });
});

describe('reading: stop 30, hunt 47 — what was lent beside a balance, 上年同期 of a sentence\'s own period, plans\' 全年', () => {
  it('ties 同比增长 and 多发放 to what was lent right before them, never the balance\'s increase in the clause before: 586.3 − 63.3 = 523.0, 586.3 / 523.0 = 12.10%', () => {
    const text = (growth: string): string => `9月末，全市普惠小微贷款余额862.4亿元，比年初增加86.2亿元；前三季度，全市累计发放普惠小微贷款586.3亿元，同比增长${growth}%，比上年同期多发放63.3亿元。`;
    expect(read(text('12.1'), '2025-10-20').slice(3)).toEqual(['12.1%|inclusive-small-micro-loans-pboc|2025-09-30|growth|yoy', '63.3亿元|inclusive-small-micro-loans-pboc|2025-09-30|flow-difference|yoy']);
    expect(extractClaims(text('12.1'), { documentDate: '2025-10-20' }).claims.slice(3).every((c) => c.gross === true)).toBe(true);
    expect(checkText(text('12.1'), { documentDate: '2025-10-20' }).status).toBe('consistent');
    expectFlagged(text('14.1'), { documentDate: '2025-10-20' }, '14.1%');
  });

  it('takes 上年同期 after 前三季度…，其中9月份… for the sentence\'s own span: 168.24 − 146.88 = 21.36, 27.80 − 24.62 = 3.18', () => {
    const text = (before: string): string => `前三季度，全市绿色贷款增加168.24亿元，同比多增21.36亿元；其中9月份增加24.62亿元，同比少增3.18亿元。上年同期，全市绿色贷款增加${before}亿元；上年9月份，全市绿色贷款增加27.80亿元。`;
    expect(read(text('146.88'), '2025-10-20').slice(4)).toEqual(['146.88亿元|green-loans|2024-09-30|increment|ytd', '27.80亿元|green-loans|2024-09-30|increment|mom']);
    expect(checkText(text('146.88'), { documentDate: '2025-10-20' }).status).toBe('consistent');
    expectFlagged(text('140.88'), { documentDate: '2025-10-20' }, '140.88亿元');
  });

  it('never reads a plan\'s 全年新增 while the year runs as the year\'s flow', () => {
    expectQuiet('根据年度工作要点，全年新增科技贷款180亿元。9月末，全市科技贷款比年初增加156.44亿元。', { documentDate: '2025-10-20' });
    expectQuiet('上年末，全市科技贷款余额986.24亿元，同比增长16.2%。根据年度工作要点，全年新增科技贷款180亿元。9月末，全市科技贷款余额1142.68亿元，比年初增加156.44亿元。', { documentDate: '2025-10-20' });
    // (A goal after 上年末，… is of this year: 156.44 / 180 = 86.91%.)
    const goal = (progress: string): string => `上年末，全市科技贷款余额986.24亿元，同比增长16.2%。今年全市计划新增科技贷款180亿元。9月末，全市科技贷款余额1142.68亿元，比年初增加156.44亿元，完成全年目标的${progress}%。`;
    expect(extractClaims(goal('86.9'), { documentDate: '2025-10-20' }).targets.map((t) => t.deadline)).toEqual(['2025-12-31']);
    expect(checkText(goal('86.9'), { documentDate: '2025-10-20' }).status).toBe('consistent');
    expectFlagged(goal('88.9'), { documentDate: '2025-10-20' }, '88.9%');
  });

  it('reads 比上年同期少办理 as a difference of what was lent (55.48 − 52.36 = 3.12), and 贷款发放 over a period as lent', () => {
    const text = (difference: string): string => `前三季度，全市金融机构办理再贴现52.36亿元，比上年同期少办理${difference}亿元，同比下降5.6%。上年同期，全市金融机构办理再贴现55.48亿元。`;
    expect(checkText(text('3.12'), { documentDate: '2025-10-20' }).status).toBe('consistent');
    expectFlagged(text('4.12'), { documentDate: '2025-10-20' }, '4.12亿元');
    const online = (difference: string): string => `前三季度，本行线上普惠贷款发放1,286.3亿元，同比多增${difference}亿元；上年同期，本行线上普惠贷款发放1,137.7亿元。`;
    expect(read(online('148.6'), '2025-10-28')[0]).toBe('1,286.3亿元|inclusive-loans|2025-09-30|new-lending');
    expect(checkText(online('148.6'), { documentDate: '2025-10-28' }).status).toBe('consistent');
    expectFlagged(online('158.6'), { documentDate: '2025-10-28' }, '158.6亿元');
  });
});

describe('reading: stop 30, hunt 48 — a group\'s books named alone, in another currency, and their total', () => {
  it('reads 境内机构 / 境外机构 alone before a figure as the subject in force in that book: 4,862.70 + 263.45 = 5,126.15', () => {
    const text = (domestic: string): string => `截至 6月末 ,本集团绿色贷款余额 5,126.15 亿元 ,较上年末增加 602.18 亿元 ;其中 境内机构 ${domestic} 亿元 ,较上年末增加 581.34 亿元 ,境外机构 263.45 亿元 。`;
    const claims = extractClaims(text('4,862.70'), { documentDate: '2025-08-28' }).claims;
    expect(claims.map((c) => `${c.figure.text}|${c.measure}|${c.scope ?? ''}`)).toEqual(['5,126.15亿元|balance|', '602.18亿元|increment|', '4,862.70亿元|balance|境内', '581.34亿元|increment|境内', '263.45亿元|balance|境外']);
    expect(checkText(text('4,862.70'), { documentDate: '2025-08-28' }).status).toBe('consistent');
    expectFlagged(text('4,962.70'), { documentDate: '2025-08-28' }, '4,962.70亿元');
  });

  it('reads 集团合计 after the books as the whole, and adds no book in another currency', () => {
    const total = (whole: string): string => `报告期末，境内机构绿色贷款余额4,862.70亿元，境外机构绿色贷款余额263.45亿元，集团合计${whole}亿元。`;
    expect(extractClaims(total('5,126.15'), { documentDate: '2025-08-28' }).claims.map((c) => c.scope ?? '')).toEqual(['境内', '境外', '']);
    expect(checkText(total('5,126.15'), { documentDate: '2025-08-28' }).status).toBe('consistent');
    expectFlagged(total('5,226.15'), { documentDate: '2025-08-28' }, '5,226.15亿元');
    // 4,862.70 / 5,126.15 = 94.86%; 境外 in US dollars is no part of a sum in yuan.
    expectQuiet('截至6月末，本集团绿色贷款余额5,126.15亿元。其中，境内机构绿色贷款余额4,862.70亿元，占集团绿色贷款的94.9%；境外机构绿色贷款余额36.82亿美元。', { documentDate: '2025-08-28' });
  });
});

describe('reading: stop 30, hunt 47 — what was lent a year before, inline', () => {
  it('dates 上年同期为… after what was lent over the same months a year before: 12.86 / 11.17 − 1 = 15.13%', () => {
    const text = (growth: string): string => `1—9月，全市新发放创业担保贷款12.86亿元，上年同期为11.17亿元，同比增长${growth}%。`;
    expect(extractClaims(text('15.1'), { documentDate: '2025-10-20' }).claims[1]?.period).toEqual({ from: '2024-01-01', to: '2024-09-30' });
    expect(checkText(text('15.1'), { documentDate: '2025-10-20' }).status).toBe('consistent');
    expectFlagged(text('17.1'), { documentDate: '2025-10-20' }, '17.1%');
    // (After a lent figure left unread, 上年同期为… is no balance a year before.)
    expect(read('9月末，全市新发放创业担保贷款12.86亿元，上年同期为11.17亿元。', '2025-10-20')).toEqual([]);
  });
});

describe('reading: stop 30, hunt 47 — a 分别 list of what was lent', () => {
  it('reads 一季度、二季度、三季度…分别发放… over each quarter and their 合计发放 over the three: 38.62 + 46.85 + 41.27 = 126.74', () => {
    const text = (total: string): string => `一季度、二季度、三季度，全省分别发放创业担保贷款38.62亿元、46.85亿元和41.27亿元，前三季度合计发放${total}亿元。`;
    expect(extractClaims(text('126.74'), { documentDate: '2025-10-20' }).claims.map((c) => `${c.measure}|${c.period?.from}|${c.period?.to}`)).toEqual(['new-lending|2025-01-01|2025-03-31', 'new-lending|2025-04-01|2025-06-30', 'new-lending|2025-07-01|2025-09-30', 'new-lending|2025-01-01|2025-09-30']);
    expect(checkText(text('126.74'), { documentDate: '2025-10-20' }).status).toBe('consistent');
    expectFlagged(text('128.74'), { documentDate: '2025-10-20' }, '128.74亿元');
    // (One loan to one firm is no flow of the period: 向…发放.)
    expect(read('2024年，该行向甲公司发放贷款500万元。', '2025-10-20').some((r) => r.includes('new-lending'))).toBe(false);
  });
});

describe('reading: stop 30, hunt 48 — a bank\'s 同比多投放, places\' 合计 after separate clauses', () => {
  it('reads 同比多投放 under a named bank as its lent difference, no case amount: 386.4 − 42.6 = 343.8, 386.4 / 343.8 − 1 = 12.39%', () => {
    const text = (growth: string): string => `前三季度，甲银行甲市分行累计投放绿色贷款386.4亿元，同比多投放42.6亿元，同比增长${growth}%。9月末，该行绿色贷款较年初增加168.2亿元。上年同期，该行绿色贷款增加150.1亿元。`;
    expect(read(text('12.4'), '2025-10-20')[1]).toBe('42.6亿元|green-loans|2025-09-30|flow-difference|yoy');
    expect(checkText(text('12.4'), { documentDate: '2025-10-20' }).status).toBe('consistent');
    expectFlagged(text('14.4'), { documentDate: '2025-10-20' }, '14.4%');
  });

  it('holds 两县合计 after two counties\' clauses by them together, and the share after it: 38.64 + 29.12 = 67.76, 67.76 / 206.4 = 32.83%', () => {
    const text = (total: string, share: string): string => `9月末，全市绿色贷款余额206.4亿元。甲县绿色贷款余额38.64亿元，乙县绿色贷款余额29.12亿元，两县合计${total}亿元，占全市的${share}%。`;
    expect(extractClaims(text('67.76', '32.8'), { documentDate: '2025-10-20' }).claims.map((c) => c.holder).slice(3)).toEqual(['places:甲县+乙县', 'places:甲县+乙县']);
    expect(checkText(text('67.76', '32.8'), { documentDate: '2025-10-20' }).status).toBe('consistent');
    expectFlagged(text('69.76', '32.8'), { documentDate: '2025-10-20' }, '69.76亿元');
    expectFlagged(text('67.76', '34.8'), { documentDate: '2025-10-20' }, '34.8%');
  });
});

describe('reading: stop 30, hunt 48 — 三项贷款 after the kinds were named', () => {
  it('reads 三项贷款余额分别为 as the three kinds its paragraph named last, never all loans: 1142.68 / 986.24 − 1 = 15.86%', () => {
    const text = (growth: string): string => `上年末，全市科技贷款、绿色贷款、普惠小微贷款余额分别为986.24亿元、1286.41亿元和762.33亿元。9月末，三项贷款余额分别为1142.68亿元、1462.86亿元和842.12亿元，科技贷款较年初增长${growth}%。全市各项贷款余额8624.36亿元。`;
    expect(read(text('15.9'), '2025-10-20').slice(3, 6)).toEqual(['1142.68亿元|tech-loans|2025-09-30|balance', '1462.86亿元|green-loans|2025-09-30|balance', '842.12亿元|inclusive-small-micro-loans-pboc|2025-09-30|balance']);
    expect(checkText(text('15.9'), { documentDate: '2025-10-20' }).status).toBe('consistent');
    expectFlagged(text('17.9'), { documentDate: '2025-10-20' }, '17.9%');
  });
});

describe('reading: stop 30, hunt 48 — a list in a sentence that names no time, and what follows a list\'s total', () => {
  it('reads 分县看，甲县、乙县、丙县分别新增贷款… over the span of the flow before: 28.62 + 24.36 + 18.12 = 71.10, 71.10 / 312.48 = 22.75%', () => {
    const text = (share: string): string => `前三季度，全市各项贷款新增312.48亿元。分县看，甲县、乙县、丙县分别新增贷款28.62亿元、24.36亿元和18.12亿元，合计71.10亿元，占全市新增贷款的${share}%。`;
    expect(read(text('22.8'), '2025-10-20')[1]).toBe('28.62亿元|total-loans|2025-09-30|increment|ytd');
    expect(checkText(text('22.8'), { documentDate: '2025-10-20' }).status).toBe('consistent');
    expectFlagged(text('24.8'), { documentDate: '2025-10-20' }, '24.8%');
  });

  it('ties 同比多增 after a list\'s total to that total\'s span, and 上年同期 after it: 45.66 − 38.24 = 7.42', () => {
    const text = (difference: string): string => `7月、8月、9月，全市普惠小微贷款分别增加21.46亿元、9.38亿元和14.82亿元，三季度合计增加45.66亿元，同比多增${difference}亿元。上年同期，全市普惠小微贷款增加38.24亿元。`;
    expect(read(text('7.42'), '2025-10-20').slice(4)).toEqual(['7.42亿元|inclusive-small-micro-loans-pboc|2025-09-30|flow-difference|qoq', '38.24亿元|inclusive-small-micro-loans-pboc|2024-09-30|increment|qoq']);
    expect(checkText(text('7.42'), { documentDate: '2025-10-20' }).status).toBe('consistent');
    expectFlagged(text('8.42'), { documentDate: '2025-10-20' }, '8.42亿元');
  });
});

describe('reading: stop 30, hunt 48 — shares of a list\'s flows together', () => {
  it('reads the share after 三项合计增加 as the items\' flow together in the whole\'s: 1477.7 / 2462.4 = 60.01%', () => {
    const text = (share: string): string => `前三季度，全省人民币贷款增加2462.4亿元。其中，科技贷款、绿色贷款、普惠小微贷款分别比年初增加486.2亿元、652.8亿元和338.6亿元，三项合计增加1477.7亿元，占全省人民币贷款增量的${share}%。`;
    expect(checkText(text('60.0'), { documentDate: '2025-10-20' }).status).toBe('consistent');
    expectFlagged(text('62.0'), { documentDate: '2025-10-20' }, '62.0%');
  });

  it('reads 两县合计占…增量的 after 分别同比多增 as the places\' flows together: (31.24 + 22.58) / 132.60 = 40.59%', () => {
    const text = (share: string): string => `前三季度，全市普惠小微贷款增加132.60亿元。甲县、乙县普惠小微贷款分别增加31.24亿元和22.58亿元，分别同比多增4.12亿元和2.24亿元，两县合计占全市普惠小微贷款增量的${share}%。上年同期，甲县普惠小微贷款增加27.12亿元，乙县增加20.34亿元。`;
    expect(checkText(text('40.6'), { documentDate: '2025-10-20' }).status).toBe('consistent');
    expectFlagged(text('42.6'), { documentDate: '2025-10-20' }, '42.6%');
  });
});

describe('reading: stop 30, hunt 49 — another year\'s 全年, 报告期内, a bare 合计 after balances and their flows', () => {
  it('never takes a quarterly or interim report for an annual one because it names 上年全年 (1,768.92 is the half-year\'s)', () => {
    const text = '报告期末，本行绿色贷款余额1,768.92亿元。上年末，本行绿色贷款余额1,542.36亿元。上年全年绿色贷款增长12.6%。';
    expectQuiet(text, { documentDate: '2025-08-28' });
    expect(read(text, '2025-08-28').map((r) => r.split('|')[2])).toEqual(['2025-06-30', '2024-12-31', '2024-12-31']);
  });

  it('reads 报告期内 as the period the report covers, so 同比多发放 is of what was lent over it, never the balance\'s increase', () => {
    const text = (difference: string): string => `报告期末，本行普惠型小微企业贷款较上年末增加268.42亿元，同比多增31.84亿元。报告期内，本行累计发放普惠型小微企业贷款1,362.85亿元，同比多发放${difference}亿元。上年同期，本行累计发放普惠型小微企业贷款1,220.22亿元。`;
    const claims = extractClaims(text('142.63'), { documentDate: '2025-08-28' }).claims;
    expect(claims[2]?.period).toEqual({ from: '2025-01-01', to: '2025-06-30' });
    // 1,362.85 − 1,220.22 = 142.63.
    expect(checkText(text('142.63'), { documentDate: '2025-08-28' }).status).not.toBe('inconsistent');
    expectFlagged(text('152.63'), { documentDate: '2025-08-28' }, '152.63亿元');
  });

  it('sums a bare 三者合计 after balances and their flows to the balances: 2,126.48 + 3,018.62 + 1,862.41 = 7,007.51, 7,007.51 / 23,218.95 = 30.18%', () => {
    const text = (total: string): string => `报告期末，本行科技贷款、绿色贷款、普惠型小微企业贷款余额分别为2,126.48亿元、3,018.62亿元和1,862.41亿元，较上年末分别增加286.35亿元、412.08亿元和203.16亿元；三者合计${total}亿元，占本行各项贷款的30.18%。报告期末，本行各项贷款余额23,218.95亿元。`;
    expect(checkText(text('7,007.51'), { documentDate: '2025-10-28' }).status).toBe('consistent');
    expectFlagged(text('7,107.51'), { documentDate: '2025-10-28' }, '7,107.51亿元');
    expect(checkText('报告期末，本行科技贷款余额2,126.48亿元，绿色贷款余额3,018.62亿元，普惠型小微企业贷款余额1,862.41亿元，三项贷款余额合计7,007.51亿元。', { documentDate: '2025-10-28' }).status).toBe('consistent');
  });
});

describe('reading: stop 30, hunt 50 — 上年同期末, how much a flow exceeds last year\'s, an annual report that names no year', () => {
  it('dates 上年同期末 a year before the last point, past a sentence of last year\'s whole year: 43.51 / 35.40 − 1 = 22.91%', () => {
    const text = (growth: string): string => `9月末，本外币绿色贷款余额43.51万亿元，同比增长${growth}%，比年初增加7.12万亿元。上年末，本外币绿色贷款余额36.39万亿元。2024年全年，绿色贷款增加7.06万亿元。上年同期末，本外币绿色贷款余额35.40万亿元。`;
    expect(read(text('22.9'), '2025-10-20').at(-1)).toBe('35.40万亿元|green-loans|2024-09-30|balance||本外币');
    expect(checkText(text('22.9'), { documentDate: '2025-10-20' }).status).toBe('consistent');
    expectFlagged(text('24.9'), { documentDate: '2025-10-20' }, '24.9%');
  });

  it('leaves unread by how much a flow exceeds last year\'s whole year (增量已超过2024年全年24.09亿元)', () => {
    const text = '2024年全年，全市绿色贷款增加152.36亿元。9月末，全市绿色贷款余额1462.86亿元，比年初增加176.45亿元，增长13.72%，增量已超过2024年全年24.09亿元。';
    expectQuiet(text, { documentDate: '2025-10-20' });
    expect(read(text, '2025-10-20').some((r) => r.startsWith('24.09亿元|'))).toBe(false);
  });

  it('counts 上年末 of an annual report that names no year from the year it reports: 15.24 − 14.12 = 1.12', () => {
    const text = (change: string): string => `绿色信贷\n报告期内，本行持续加大绿色信贷投放。报告期末，本行绿色贷款余额2,846.32亿元，占各项贷款的15.24%，较上年末提高${change}个百分点。本行各项贷款余额18,676.64亿元。上年末，本行绿色贷款占各项贷款的14.12%。`;
    expect(read(text('1.12'), '2025-03-28').map((r) => r.split('|')[2])).toEqual(['2024-12-31', '2024-12-31', '2024-12-31', '2024-12-31', '2023-12-31']);
    expect(checkText(text('1.12'), { documentDate: '2025-03-28' }).status).toBe('consistent');
    expectFlagged(text('1.42'), { documentDate: '2025-03-28' }, '1.42个百分点');
  });

  it('reads 上年全年…增长 as last year\'s growth year on year: 172.6 / (1,542.36 − 172.6) = 12.60%', () => {
    const text = (growth: string): string => `2024年末，全市绿色贷款余额1,542.36亿元。上年全年绿色贷款增长${growth}%，全年新增172.6亿元。`;
    expect(read(text('12.6'), '2025-08-28')[1]).toBe('12.6%|green-loans|2024-12-31|growth|yoy');
    expect(checkText(text('12.6'), { documentDate: '2025-08-28' }).status).toBe('consistent');
    expectFlagged(text('14.6'), { documentDate: '2025-08-28' }, '14.6%');
  });
});

describe('reading: stop 30, hunt 50 — 年初至报告期末', () => {
  it('reads 年初至报告期末 as the months since 1 January, so 新发放… and its 同比增长 are what was lent then, never the balance\'s', () => {
    const text = (growth: string): string => `报告期末，本行养老产业贷款余额286.42亿元，同比增长18.2%。年初至报告期末，本行新发放养老产业贷款126.48亿元，同比增长${growth}%。上年同期，本行新发放养老产业贷款104.02亿元。`;
    expect(extractClaims(text('21.6'), { documentDate: '2025-10-28' }).claims[2]?.period).toEqual({ from: '2025-01-01', to: '2025-09-30' });
    // 126.48 / 104.02 − 1 = 21.59%.
    expect(checkText(text('21.6'), { documentDate: '2025-10-28' }).status).not.toBe('inconsistent');
    expectFlagged(text('23.6'), { documentDate: '2025-10-28' }, '23.6%');
  });
});

describe('reading: stop 30 — a later clause of a 上年同期 sentence with its own period', () => {
  it('dates …；二季度，该利率为… in this year\'s second quarter, never last year\'s third: 3.90 − 3.52 = 0.38, 3.57 − 3.52 = 0.05', () => {
    const text = (before: string): string => `三季度，全市新发放普惠小微企业贷款加权平均利率为3.52%，比上年同期下降0.38个百分点，比二季度下降0.05个百分点。上年同期，该利率为${before}%；二季度，该利率为3.57%。`;
    expect(read(text('3.90'), '2025-10-20').slice(3).map((r) => r.split('|')[2])).toEqual(['2024-09-30', '2025-06-30']);
    expect(checkText(text('3.90'), { documentDate: '2025-10-20' }).status).toBe('consistent');
    expectFlagged(text('4.10'), { documentDate: '2025-10-20' }, '4.10%');
  });
});

describe('reading: stop 30, hunt 50 — a report named with Latin letters', () => {
  it('reads 2024年度社会责任（ESG）报告 as the report of 2024: 报告期末 is 2024年末 and 上年末 2023年末', () => {
    const text = '甲银行2024年度社会责任（ESG）报告（节选）\n报告期末，本行绿色贷款余额2,046.38亿元，较上年末增长19.9%。上年末，本行绿色贷款余额1,706.52亿元。';
    expect(read(text, '2025-04-20').map((r) => r.split('|')[2])).toEqual(['2024-12-31', '2024-12-31', '2023-12-31']);
    expect(checkText(text, { documentDate: '2025-04-20' }).status).toBe('consistent');
  });
});

describe('reading: stop 31 — a non-performing ratio is the share of the non-performing part in its loans', () => {
  it('sets 不良率 against 不良余额 and the loans: 1.28 / 312.75 = 0.4093% → 0.41', () => {
    const text = (ratio: string): string => `2024年末，本行绿色贷款余额312.75亿元，较年初增加47.18亿元。绿色贷款不良余额1.28亿元，不良率为${ratio}%。`;
    // 不良率为 names a level of the loans in force, no sub-population of them.
    expect(heldRows(text('0.41')).slice(2)).toEqual(['1.28亿元|green-loans|不良|entity:bank|2024-12-31|balance', '0.41%|green-loans|不良|entity:bank|2024-12-31|ratio']);
    const r = checkText(text('0.41'));
    expect(r.status).toBe('consistent');
    expect(r.relations.some((x) => x.kind === 'share' && x.verdict !== 'unverifiable')).toBe(true);
    expectFlagged(text('0.45'), {}, '0.45%');
  });

  it('reads bare 不良贷款 after the loans in force as their non-performing part, and the ratio\'s change as the change of that share: 65 / 5,000 = 1.30%, 1.30 − 1.34 = −0.04 ≈ −0.05 within rounding', () => {
    const text = (ratio: string): string => `2024年末，全行贷款总额5000亿元，不良贷款余额65亿元，不良贷款率${ratio}%，较年初下降0.05个百分点。年初不良贷款率为1.34%。`;
    expect(heldRows(text('1.30')).map((r) => r.split('|').slice(0, 3).join('|'))).toEqual(['5000亿元|total-loans|', '65亿元|total-loans|不良', '1.30%|total-loans|不良', '0.05个百分点|total-loans|不良', '1.34%|total-loans|不良']);
    expect(checkText(text('1.30')).status).toBe('consistent');
    // 1.40 is neither 65 / 5,000 nor 1.34 − 0.05.
    expectFlagged(text('1.40'), {}, '1.40%');
  });
});

describe('reading: stop 31 — a gap between two levels of one kind', () => {
  it.each([
    // non-performing ratios, the benchmark's in brackets: 0.41 − 1.24 = −0.83
    ['2024年末，本行绿色贷款不良余额1.28亿元，不良率为0.41%，较全行各项贷款不良率（1.24%）低{gap}个百分点。', '0.83', '0.93'],
    // the benchmark's ratio in a clause after the gap: 1.12 − 1.33 = −0.21
    ['截至2025年末，普惠型小微企业贷款不良率1.12%，低于各项贷款不良率{gap}个百分点，各项贷款不良率1.33%。', '0.21', '0.31'],
    // interest rates, the benchmark's in a sentence of its own: 3.62 − 3.97 = −0.35
    ['三季度，全市新发放普惠小微企业贷款加权平均利率为3.62%，比全市各项贷款加权平均利率低{gap}个百分点。全市各项贷款加权平均利率为3.97%。', '0.35', '0.45'],
  ])('sets %s against both levels', (template, right, wrong) => {
    const text = (gap: string): string => template.replace('{gap}', gap);
    const r = checkText(text(right), { documentDate: '2025-10-28' });
    expect(r.status).toBe('consistent');
    expect(r.relations.some((x) => x.kind === 'gap' && x.verdict === 'consistent')).toBe(true);
    expectFlagged(text(wrong), { documentDate: '2025-10-28' }, `${wrong}个百分点`);
  });

  it('leaves a gap between shares unread as a gap of levels: the shares of two wholes (占比…比全省平均水平高) are no levels the network knows', () => {
    const claims = extractClaims('9月末，全市绿色贷款余额1200亿元，占各项贷款比重为12.5%，比全省平均水平高1.2个百分点。', { documentDate: '2025-10-28' }).claims;
    expect(claims.some((c) => c.rateOf !== undefined)).toBe(false);
  });
});

describe('reading: stop 31 — places named before their subject, and places a count names back to', () => {
  // 3862.4 + 1105.7 + 786.3 = 5754.4; 5754.4 / 12296.1 = 46.80%.
  it('holds a 分别 list\'s 三市合计 by the places together, never as a part of the last of them', () => {
    const text = (total: string): string => `截至2025年6月末，合肥、芜湖、滁州绿色贷款余额分别为3862.4亿元、1105.7亿元、786.3亿元，三市合计${total}亿元。`;
    expect(heldRows(text('5754.4')).at(-1)).toBe('5754.4亿元|green-loans||places:340100+340200+341100|2025-06-30|balance');
    expect(checkText(text('5754.4')).status).toBe('consistent');
    expectFlagged(text('5854.4'), {}, '5854.4亿元');
  });

  it('reads places\' figures in brackets by the subject named after the last of them, and the total\'s share of the area\'s whole', () => {
    const text = (share: string): string => `分地区看，截至2025年6月末，合肥（3862.4亿元）、芜湖（1105.7亿元）、滁州（786.3亿元）绿色贷款余额居全省前三，三市合计5754.4亿元，占全省绿色贷款余额12296.1亿元的${share}%。`;
    expect(heldRows(text('46.8')).slice(0, 3)).toEqual(['3862.4亿元|green-loans||region:340100|2025-06-30|balance', '1105.7亿元|green-loans||region:340200|2025-06-30|balance', '786.3亿元|green-loans||region:341100|2025-06-30|balance']);
    expect(heldRows(text('46.8')).at(-1)).toBe('46.8%|green-loans||places:340100+340200+341100|2025-06-30|share');
    expect(checkText(text('46.8')).status).toBe('consistent');
    expectFlagged(text('48.8'), {}, '48.8%');
  });

  it('zips a 分别 list opened by a count of places (三市…分别增加) with the places named last before it', () => {
    const text = (flow: string): string => `截至2025年6月末，合肥、芜湖、滁州绿色贷款余额分别为3862.4亿元、1105.7亿元、786.3亿元。三市绿色贷款比年初分别增加412.6亿元、${flow}亿元和7560万元，增长分别为11.96%、9.8%和10.6%。`;
    expect(heldRows(text('98.4')).slice(3, 6)).toEqual(['412.6亿元|green-loans||region:340100|2025-06-30|increment|ytd', '98.4亿元|green-loans||region:340200|2025-06-30|increment|ytd', '7560万元|green-loans||region:341100|2025-06-30|increment|ytd']);
    // 412.6 / (3862.4 − 412.6) = 11.96%; 98.4 / (1105.7 − 98.4) = 9.77%; 0.756 / (786.3 − 0.756) = 0.096% — 10.6% is no growth of 滁州's.
    expectFlagged(text('98.4'), {}, '10.6%');
    expect(checkText(text('98.4').replace('和10.6%', '和0.1%')).status).toBe('consistent');
  });
});

describe('reading: stop 31 — a bare 占比, 两者相差, a bound a plan requires', () => {
  // 312.75 / 2,142.10 = 14.600%.
  it('reads a bare 占比 of loans the catalog places within all loans as their share of all loans', () => {
    const text = (share: string): string => `2024年末，本行绿色贷款余额312.75亿元，各项贷款余额2142.10亿元，绿色贷款占比${share}%。`;
    expect(read(text('14.60')).at(-1)).toBe('14.60%|green-loans|2024-12-31|share');
    expect(extractClaims(text('14.60')).claims.at(-1)?.of).toBe('total-loans');
    expect(checkText(text('14.60')).status).toBe('consistent');
    expectFlagged(text('15.60'), {}, '15.60%');
  });

  it('takes the whole of the subject\'s share stated before, and leaves an open subject\'s bare 占比 unread', () => {
    const claims = extractClaims('2024年末，本行绿色贷款占对公贷款的比重为21.4%。2025年6月末，本行绿色贷款占比升至22.8%。').claims;
    expect(claims.map((c) => c.of)).toEqual(['subject:对公贷款', 'subject:对公贷款']);
    expect(extractClaims('2024年末，本行乡村振兴贷款占比为18.2%。').claims).toEqual([]);
  });

  it('leaves unread a change from a year-end the text names to a date it does not give (规划期末, …较2021年末提高)', () => {
    const r = extractClaims('规划期末，本行绿色贷款占比为8.62%，较2021年末的4.67%提高3.95个百分点。');
    expect(r.claims.map((c) => c.figure.text)).toEqual(['8.62%', '4.67%']);
    expect(r.unparsed.find((u) => u.text === '3.95个百分点')?.code).toBe('change-over-span');
  });

  it.each([
    // the subject's rate first: 23.6 − 7.1 = 16.5
    ['2025年末，全省科技型中小企业贷款同比增长23.6%，各项贷款同比增长7.1%，两者相差{gap}个百分点。', '16.5', '17.5'],
    // the benchmark's rate first: 相差 says how far apart, the higher over the lower
    ['2025年末，全省各项贷款同比增长7.1%，科技型中小企业贷款同比增长23.6%，二者差距为{gap}个百分点。', '16.5', '15.5'],
  ])('reads 两者相差 as the gap of the higher rate over the lower: %s', (template, right, wrong) => {
    const text = (gap: string): string => template.replace('{gap}', gap);
    const gap = extractClaims(text(right)).claims.at(-1);
    expect([gap?.indicator, gap?.measure, gap?.benchmark, gap?.basis, gap?.figure.value.toString()]).toEqual(['tech-sme-loans', 'gap', 'total-loans', 'yoy', right]);
    expect(checkText(text(right)).status).toBe('consistent');
    expectFlagged(text(wrong), {}, `${wrong}个百分点`);
  });

  it('leaves 两者相差 unread after rates of two bases, and reads a bound a plan requires (要求，…10个百分点以上) as no statistic', () => {
    const r = extractClaims('2025年末，科技型中小企业贷款同比增长23.6%，各项贷款较年初增长7.1%，两者相差16.5个百分点。');
    expect(r.claims.map((c) => c.figure.text)).toEqual(['23.6%', '7.1%']);
    const plan = extractClaims('全省科技金融行动方案要求，科技型中小企业贷款增速高于各项贷款平均增速10个百分点以上。');
    expect(plan.claims).toEqual([]);
    expect(plan.unparsed.map((u) => u.code)).toContain('goal-without-deadline');
  });
});

describe('reading: stop 31, hunts 51 and 52 — false alarms on consistent texts', () => {
  // 1,046.25 / (5,832.17 − 1,046.25) = 21.86%; 5,611.40 / 5,832.17 = 96.21%.
  it('holds a group report\'s 母公司 by the group, a part of its loans, and never sets it within the 境外 book', () => {
    const text = (share: string): string => `本集团绿色金融业务稳步发展。截至2025年12月31日，集团绿色贷款余额5,832.17亿元，较上年末增加1,046.25亿元，增幅21.86%。其中，母公司绿色贷款余额5,611.40亿元，占集团绿色贷款的${share}%；境外机构绿色贷款余额220.77亿元。`;
    expect(heldRows(text('96.21')).slice(3, 5)).toEqual(['5,611.40亿元|green-loans|母公司|entity:group|2025-12-31|balance', '96.21%|green-loans|母公司|entity:group|2025-12-31|share']);
    expect(checkText(text('96.21')).status).toBe('consistent');
    expectFlagged(text('94.21'), {}, '94.21%');
    expectQuiet('截至2025年12月31日，母公司绿色贷款余额5,611.40亿元；境外机构绿色贷款余额220.77亿元。');
  });

  it('keeps a share of a book\'s loans in that book when the text states the loans in no other scope', () => {
    // 1,642.18 / 5,187.42 = 31.66%.
    const text = (share: string): string => `截至2023年末，本集团境内绿色信贷余额5,187.42亿元。其中，投向清洁能源产业的贷款1,642.18亿元，占绿色信贷的${share}%。`;
    expect(checkText(text('31.66')).status).toBe('consistent');
    expectFlagged(text('33.66'), {}, '33.66%');
  });

  it('gives a sentence that names a subject of its own (accounts) no rate of the loans before it', () => {
    expectQuiet('截至2025年末，本行养老产业贷款较上年末增长41.3%。个人养老金资金账户较上年末增加58.4万户，增幅22.97%。');
    expect(read('截至2025年末，本行养老产业贷款较上年末增长41.3%。个人养老金资金账户较上年末增加58.4万户，增幅22.97%。').map((r) => r.split('|')[0])).toEqual(['41.3%']);
  });

  it('dates 上年累计发放 and 上年新增 in the year before: 1,268.4 / 1,156.3 − 1 = 9.70%', () => {
    const text = (growth: string): string => `2025年，全市累计发放普惠小微贷款1,268.4亿元，同比增长${growth}%，上年累计发放1,156.3亿元。`;
    expect(extractClaims(text('9.7')).claims.at(-1)?.period).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(checkText(text('9.7')).status).toBe('consistent');
    expectFlagged(text('11.7'), {}, '11.7%');
  });

  it('dates 两者一年前分别为… a year before: 1,128 / 742 − 1 = 52.0%, 8.05 / 7.31 − 1 = 10.1%', () => {
    const text = (growth: string): string => `人行统计，截至9月底，养老产业贷款余额1,128亿元，按年增长${growth}%；数字经济产业贷款余额8.05万亿元，按年增长10.1%；两者一年前分别为742亿元及7.31万亿元。`;
    expect(read(text('52.0'), '2025-10-28').slice(4).map((r) => r.split('|')[2])).toEqual(['2024-09-30', '2024-09-30']);
    expect(checkText(text('52.0'), { documentDate: '2025-10-28' }).status).toBe('consistent');
    expectFlagged(text('55.0'), { documentDate: '2025-10-28' }, '55.0%');
  });

  it('reads "new inclusive small and micro loans came to" as a flow over its half-year: 312.6 / (3,860 − 312.6) = 8.81%', () => {
    const text = (growth: string): string => `In the first half, new inclusive small and micro loans in Zhejiang came to 312.6 billion yuan, up 48.1 billion yuan year on year.\nOutstanding inclusive small and micro loans in the province reached 3.86 trillion yuan at the end of June, ${growth} percent more than at the start of the year.`;
    expect(read(text('8.8'), '2025-07-25').slice(0, 2)).toEqual(['312.6 billion yuan|inclusive-small-micro-loans-pboc|2025-06-30|increment|ytd', '48.1 billion yuan|inclusive-small-micro-loans-pboc|2025-06-30|flow-difference|ytd']);
    expect(checkText(text('8.8'), { documentDate: '2025-07-25' }).status).toBe('consistent');
    expectFlagged(text('9.8'), { documentDate: '2025-07-25' }, '9.8 percent');
  });

  it('goes on, past a clause about the benchmark (", which rose … to …"), with the sentence\'s own subject: 98.6 / (1,060 − 98.6) = 10.26%', () => {
    const text = (growth: string): string => `Inclusive loans to small and micro firms in Sichuan reached 1.06 trillion yuan by the end of June, growing faster than all loans in the province, which rose 7.3 percent to 11.26 trillion yuan. Such loans rose by 98.6 billion yuan in the first half, or ${growth} percent.`;
    expect(read(text('10.3'), '2025-07-22').map((r) => r.split('|')[1])).toEqual(['inclusive-loans', 'total-loans', 'total-loans', 'inclusive-loans', 'inclusive-loans']);
    expect(checkText(text('10.3'), { documentDate: '2025-07-22' }).status).toBe('consistent');
    expectFlagged(text('12.3'), { documentDate: '2025-07-22' }, '12.3 percent');
  });
});

describe('reading: stop 31, hunt 52 — the whole bank\'s non-performing ratio', () => {
  // 0.42 − 1.28 = −0.86.
  it('reads 全行不良贷款率 as all loans\' ratio, whatever loans are in force, and the gap to it', () => {
    const text = (gap: string): string => `截至报告期末(2025年12月31日)，本行绿色贷款余额3,052.64亿元，较上年末增加580.18亿元，增长23.47%；绿色贷款不良率0.42%，低于全行不良贷款率${gap}个百分点。全行不良贷款率为1.28%，较上年末下降0.05个百分点。`;
    expect(heldRows(text('0.86')).slice(3).map((r) => r.split('|').slice(0, 3).join('|'))).toEqual(['0.42%|green-loans|不良', '0.86个百分点|green-loans|不良', '1.28%|total-loans|不良', '0.05个百分点|total-loans|不良']);
    expect(checkText(text('0.86')).status).toBe('consistent');
    expectFlagged(text('0.96'), {}, '0.96个百分点');
  });
});

describe('reading: stop 31, hunt 52 — shares of places after their list', () => {
  // 86.42 / 682.35 = 12.665%, 73.15 / 682.35 = 10.720%, 58.90 / 682.35 = 8.632%.
  it('reads 分别占全市的… after a list of places\' balances as each place\'s share of the area\'s loans', () => {
    const text = (share: string): string => `截至2025年9月末，全市普惠小微贷款余额682.35亿元。其中，乙县、丙县、丁县普惠小微贷款余额分别为86.42亿元、73.15亿元、58.90亿元，分别占全市的12.67%、${share}%、8.63%。`;
    expect(heldRows(text('10.72')).slice(4).map((r) => r.split('|').slice(0, 4).join('|'))).toEqual(['12.67%|inclusive-small-micro-loans-pboc||place:乙县', '10.72%|inclusive-small-micro-loans-pboc||place:丙县', '8.63%|inclusive-small-micro-loans-pboc||place:丁县']);
    expect(checkText(text('10.72')).status).toBe('consistent');
    expectFlagged(text('11.60'), {}, '11.60%');
  });

  // (2,315.6 + 1,204.3) / 8,164.2 = 43.11%.
  it('reads a bare 合计占全省的… after a list of places as the places\' share together', () => {
    const text = (share: string): string => `截至2025年末，全省绿色贷款余额8,164.2亿元。A市、B市绿色贷款余额分别为2,315.6亿元和1,204.3亿元，合计占全省的${share}%。`;
    expect(checkText(text('43.1')).status).toBe('consistent');
    expectFlagged(text('39.4'), {}, '39.4%');
  });
});

describe('reading: stop 31, hunts 53 and 54 — false alarms on consistent texts', () => {
  it('lets a text\'s 其中 say which is the part where the catalog places them the other way round (普惠型小微企业贷款…其中小微企业贷款)', () => {
    const text = (part: string): string => `2025年6月末，普惠型小微企业贷款余额2418.6亿元，其中小微企业贷款${part}亿元。`;
    expect(checkText(text('933.4')).status).toBe('consistent');
    expectFlagged(text('2433.4'), {}, '2433.4亿元');
    expect(checkText('| 项目 | 2025年6月末余额（亿元） |\n|---|---|\n| 普惠型小微企业贷款 | 2,418.6 |\n| 其中：小微企业贷款 | 933.4 |').status).toBe('consistent');
  });

  // 5,998.7 − 5,612.3 = 386.4.
  it('reads a table\'s 变动 column beside two dated columns as the change between them', () => {
    const text = (change: string): string => `指标 | 2024年末 | 2025年6月末 | 变动\n普惠型小微企业贷款余额（亿元） | 5,612.3 | 5,998.7 | +${change}`;
    expect(read(text('386.4')).at(-1)).toBe('386.4|inclusive-small-micro-loans|2025-06-30|increment|ytd');
    expect(checkText(text('386.4')).status).toBe('consistent');
    expectFlagged(text('486.4'), {}, '486.4');
  });

  it('gives the 年均增长 of a count\'s row to no balance: (512.9 / 286.4)^(1/3) − 1 = 21.44%, (3,415 / 1,860)^(1/3) − 1 = 22.45%', () => {
    const text = '指标\t2021年末\t2024年末\t年均增长（%）\n数字经济核心产业贷款余额（亿元）\t286.4\t512.9\t21.4\n数字经济核心产业贷款户数（户）\t1860\t3415\t22.4';
    expectQuiet(text);
    expect(read(text).filter((r) => r.includes('average-growth')).map((r) => r.split('|')[0])).toEqual(['21.4']);
  });

  it('reads 5.94万 亿元 as one unit, and leaves a number a copy cut with a space unread (76 50亿元, 51.2 6万亿元)', () => {
    // 5.94 / (51.26 − 5.94) = 13.11%.
    expect(read('2026年9月末，绿色贷款余额51.26万亿元，比年初增长13.1%，前三季度增加5.94万 亿元。').at(-1)).toBe('5.94万亿元|green-loans|2026-09-30|increment|ytd');
    expectQuiet('2026年9月末，绿色贷款余额9.86万亿元，比年初增长8.4%，前三季度增加76 50亿元。');
    expect(extractClaims('2026年9月末，绿色贷款余额9.86万亿元，比年初增长8.4%，前三季度增加76 50亿元。').unparsed.find((u) => u.text === '50亿元')?.code).toBe('unreadable');
    expectQuiet('2026年9月末，绿色贷款余额51.2 6万亿元，比年初增长13.1%，前三季度增加5.94万亿元。');
    // (two figures of a table's row, one space apart, are two figures)
    expect(read('绿色贷款 312.75 17.77%').length).toBeGreaterThanOrEqual(0);
    expect(extractClaims('截至2025年末，绿色贷款余额312.75亿元 17.77%').unparsed.some((u) => /cut by a space/.test(u.reason ?? ''))).toBe(false);
  });
});

describe('reading: stop 31, hunt 51 — English sentences that go on with what the one before named', () => {
  it('dates "A year earlier, the balance was …" a year back, of the subject before: 2.96 / 2.57 − 1 ∈ [14.76%, 15.59%]', () => {
    const text = (growth: string): string => `Green loans in Zhejiang reached 2.96 trillion yuan at the end of June, up ${growth} percent year on year. A year earlier, the balance was 2.57 trillion yuan.`;
    expect(read(text('15.2'), '2025-07-25').at(-1)).toBe('2.57 trillion yuan|green-loans|2024-06-30|balance');
    expect(checkText(text('15.2'), { documentDate: '2025-07-25' }).status).toBe('consistent');
    expectFlagged(text('17.2'), { documentDate: '2025-07-25' }, '17.2 percent');
  });

  it('reads a bullet "- This represented growth of …" as the rate of the bullet before: 486.40 / (4,215.32 − 486.40) = 13.04%', () => {
    const text = (growth: string): string => `- As of June 2025, Hefei's technology loans stood at 4,215.32 billion yuan, up 486.40 billion yuan year-to-date.\n- This represented growth of ${growth}% since the beginning of the year.`;
    expect(read(text('13.04'), '2025-08-01').at(-1)).toBe('13.04%|tech-loans|2025-06-30|growth|ytd');
    expectFlagged(text('14.04'), { documentDate: '2025-08-01' }, '14.04%');
  });

  it('goes on from a sentence without figures ("… remained a priority. Its balance reached …"), and keeps a benchmark clause\'s balance the benchmark\'s: 11.5 − 7.3 = 4.2', () => {
    const text = (gap: string): string => `Inclusive lending to small and micro firms remained a priority in Sichuan, the provincial PBOC branch said on Tuesday.\nIts balance reached 1.06 trillion yuan by the end of June, 11.5 percent higher than a year earlier and ${gap} percentage points above the growth of all loans in the province, which grew 7.3 percent to 11.26 trillion yuan.`;
    expect(read(text('4.2'), '2025-07-22').map((r) => r.split('|').slice(0, 2).join('|'))).toEqual(['reached 1.06 trillion yuan|inclusive-loans', '11.5 percent|inclusive-loans', '4.2 percentage points|inclusive-loans', '7.3 percent|total-loans', '11.26 trillion yuan|total-loans']);
    expect(checkText(text('4.2'), { documentDate: '2025-07-22' }).status).toBe('consistent');
    expectFlagged(text('5.2'), { documentDate: '2025-07-22' }, '5.2 percentage points');
  });
});

describe('reading: stop 31, hunts 55 and 56 — false alarms on consistent texts', () => {
  it('reads "New loans in the city totaled …" opening a sentence as all new loans, never the subject before', () => {
    const text = 'Ningbo\'s green loans came to 482.5 billion yuan at the end of June 2025, an increase of 61.2 billion yuan from the start of the year. New loans in the city totaled 171.9 billion yuan in the first half.';
    expectQuiet(text);
    expect(read(text).at(-1)).toBe('171.9 billion yuan|total-loans|2025-06-30|increment|ytd');
  });

  it('reads 其中甲镇为… as a part of the county\'s loans, and towns joined before 分别 as places', () => {
    expect(heldRows('截至2025年9月末，全县普惠型涉农贷款余额48.0亿元，其中甲镇为12.6亿元。').at(-1)).toBe('12.6亿元|inclusive-agri-loans|甲镇|text|2025-09-30|balance');
    expectFlagged('截至2025年9月末，全县普惠型涉农贷款余额48.0亿元，其中甲镇为52.6亿元。', {}, '52.6亿元');
    expect(heldRows('截至2025年9月末，全县普惠型涉农贷款余额48.0亿元，其中甲镇、乙镇分别为12.6亿元、9.8亿元。').slice(1).map((r) => r.split('|')[3])).toEqual(['place:甲镇', 'place:乙镇']);
  });

  it('reads "of loans to core digital economy industries" as a share of those loans, not of all loans: 215.3 / 842.6 = 25.55%', () => {
    const text = (share: string): string => `Jiangsu's total loans stood at 26.4 trillion yuan at the end of September 2025. Its loans to core digital economy industries reached 842.6 billion yuan. Loans to the software and IT services sector stood at 215.3 billion yuan, accounting for ${share} percent of loans to core digital economy industries.`;
    expect(checkText(text('25.6')).status).toBe('consistent');
    expectFlagged(text('27.6'), {}, '27.6 percent');
  });

  // 46,935 / 41,208 − 1 = 13.898%.
  it('reads a table\'s 增幅 column of a count\'s row as the count\'s growth, in %', () => {
    const text = (growth: string): string => `指标\t2023年末\t2024年末\t增幅\n普惠型小微企业贷款户数（户）\t41,208\t46,935\t${growth}`;
    expect(read(text('13.90')).at(-1)).toBe('13.90|inclusive-small-micro-loans|2024-12-31|borrowers-growth|yoy');
    expect(checkText(text('13.90')).status).toBe('consistent');
    expectFlagged(text('15.90'), {}, '15.90');
  });

  // 468.05 + 401.6 = 869.65.
  it('holds a bare 合计 after figures of different banks by them together, and leaves it unread where they were not read alike', () => {
    const text = (total: string): string => `截至2025年末，甲银行绿色贷款余额468.05亿元，乙银行绿色贷款余额401.6亿元，合计${total}亿元。`;
    expect(heldRows(text('869.65')).at(-1)).toBe('869.65亿元|green-loans||banks:甲银行+乙银行|2025-12-31|balance');
    expect(checkText(text('869.65')).status).toBe('consistent');
    expectFlagged(text('889.65'), {}, '889.65亿元');
    // 512.30 + 468.05 + 401.6 = 1,381.95; 放款增加 is a flow of Taiwan's loans, no case study's amount.
    const taiwan = (total: string): string => `金管會統計，今年前8月，臺灣銀行中小企業放款增加512.30億元，土地銀行增加468.05億元，合作金庫增加401.6億元，三家合計增加${total}億元。`;
    expect(heldRows(taiwan('1,381.95'), { documentDate: '2025-10-08' }).map((r) => r.split('|').slice(1, 4).join('|'))).toEqual(['subject:中小企业放款||bank:台湾银行', 'subject:中小企业放款||bank:土地银行', 'subject:中小企业放款||bank:合作金库银行', 'subject:中小企业放款||banks:台湾银行+土地银行+合作金库银行']);
    expect(checkText(taiwan('1,381.95'), { documentDate: '2025-10-08' }).status).toBe('consistent');
    expectFlagged(taiwan('1,391.95'), { documentDate: '2025-10-08' }, '1,391.95億元');
  });
});

describe('reading: stop 31, hunt 56 — amounts in another currency only', () => {
  // 320.5 / (1,862.4 − 320.5) = 20.79%; 1,862.4 / 16,385.7 = 11.37%.
  it('sets the rates and shares of a subject stated in 港元 only against those amounts', () => {
    const text = (growth: string, share: string): string => `中銀香港公佈中期業績\n截至今年6月底，集團綠色及可持續發展貸款餘額1862.4億港元，較去年底增長${growth}%，增加320.5億港元；客戶貸款總額16385.7億港元，綠色及可持續發展貸款佔客戶貸款總額${share}%。`;
    const r = checkText(text('20.8', '11.4'), { documentDate: '2025-08-28' });
    expect(r.status).toBe('consistent');
    expect(r.claims.at(-1)?.subject).toBe('绿色及可持续发展贷款');
    expectFlagged(text('22.8', '11.4'), { documentDate: '2025-08-28' }, '22.8%');
    expectFlagged(text('20.8', '12.4'), { documentDate: '2025-08-28' }, '12.4%');
  });
});

describe('reading: stop 31, hunt 56 — an earlier level in brackets', () => {
  // 46.8 − 41.5 = 5.3.
  it('reads （上年末为41.5%） as the level its sentence stated, at that earlier time', () => {
    const text = (change: string): string => `截至2024年末，本行科技型中小企业获贷率46.8%，比上年末提高${change}个百分点（上年末为41.5%）。`;
    expect(read(text('5.3')).at(-1)).toBe('41.5%|subject:科技型中小企业|2023-12-31|access-rate');
    expect(checkText(text('5.3')).status).toBe('consistent');
    expectFlagged(text('6.3'), {}, '6.3个百分点');
  });
});

describe('reading: stop 31, hunt 58 — 上年同期 in an older text', () => {
  // 35.75 / 29.55 − 1 = 20.98%.
  it('dates 上年同期 a year before the year the text printed, not the document\'s', () => {
    const text = (growth: string): string => `2024年二季度末，我国本外币绿色贷款余额35.75万亿元，同比增长${growth}%，上半年增加5.03万亿元。上年同期，绿色贷款余额为29.55万亿元。`;
    expect(read(text('21.0'), '2025-10-28').at(-1)).toBe('29.55万亿元|green-loans|2023-06-30|balance');
    expect(checkText(text('21.0'), { documentDate: '2025-10-28' }).status).not.toBe('inconsistent');
    expectFlagged(text('23.0'), { documentDate: '2025-10-28' }, '23.0%');
  });

  it('dates a month without its year in a sentence opened by 去年同期 in the year before', () => {
    const text = '2025年8月末，嘉兴市涉农贷款当月增加28.4亿元。去年同期，全市涉农贷款8月当月增加23.3亿元。';
    expect(read(text).map((r) => r.split('|')[2])).toEqual(['2025-08-31', '2024-08-31']);
    expectQuiet(text);
  });
});

describe('reading: stop 32 — a size held at a date is a stock', () => {
  // 612.7 − 58.9 = 553.8; 58.9 / 553.8 = 10.636% → 10.64%.
  it('reads 受托管理规模 as a balance, so its change since the year-end is checked', () => {
    const text = (growth: string): string => `2024年末，本行企业年金受托管理规模612.7亿元，较上年末增加58.9亿元，增长${growth}%；养老金托管规模1,086.25亿元。`;
    expect(read(text('10.64'))[0]).toBe('612.7亿元|subject:企业年金受托|2024-12-31|balance');
    expect(read(text('10.64'))[3]).toBe('1,086.25亿元|subject:养老金托管|2024-12-31|balance');
    expect(checkText(text('10.64')).status).toBe('consistent');
    expectFlagged(text('11.64'), {}, '11.64%');
  });

  it('keeps what was issued over a period (发行规模) an amount', () => {
    expect(read('2024年，全省发行绿色债券规模320亿元。')[0]).toBe('320亿元|subject:发行绿色债券|2024-12-31|amount');
  });
});

describe('reading: stop 32 — a benchmark place in English', () => {
  it('keeps the city the holder after "higher than the provincial average and the southern Jiangsu average"', () => {
    const text = "At the end of March, local and foreign currency loans in Changzhou reached 1,506.905 billion yuan. Year-on-year growth was 19.38%, which ranked second in the province and was higher than the provincial average and the southern Jiangsu average by 3.57 and 4.1 percentage points respectively ; Compared with the beginning of the year, loans increased 122.488 billion yuan.";
    const holders = checkText(text).claims.map((c) => c.holder);
    expect(holders.length).toBeGreaterThanOrEqual(3);
    expect(new Set(holders)).toEqual(new Set(['region:320400']));
  });
});

describe('reading: stop 32 — English months and years compared with', () => {
  it('reads January-May as the months from January to May, and a year "level" as a base, not the text\'s year', () => {
    const text = 'By end-May, inclusive loans to small and micro businesses stood at 17.07 trillion yuan. New inclusive loans to small and micro businesses carried an average interest rate of 5.68 percent in January-May, 0.2 percentage points below the 2020 level.';
    const r = checkText(text);
    expect(r.claims.map((c) => `${c.figure.text}|${c.indicator}|${c.date}|${c.measure}`)).toEqual([
      '17.07 trillion yuan|inclusive-small-micro-loans-pboc|Y-05-31|balance',
      '5.68 percent|inclusive-small-micro-loans-pboc|Y-05-31|interest-rate',
    ]);
    expect(r.unparsed.find((u) => u.text === 'January-May')?.code).toBe('period');
  });

  it('dates "Jan.-Sept. 2024" by its year', () => {
    const r = checkText('Loans grew 4.1% in Jan.-Sept. 2024, and 5.3% in January to May 2025.');
    expect(r.unparsed.map((u) => u.text)).toContain('Jan.-Sept. 2024');
    expect(r.unparsed.map((u) => u.text)).toContain('January to May 2025');
  });
});

describe('reading: stop 32 — the banks of a territory', () => {
  it('reads 澳門銀行 and 香港銀行 as the banks of the territory, no bank of that name', () => {
    const holders = (text: string): string[] => checkText(text).claims.map((c) => c.holder);
    expect(holders('澳門金融管理局統計，2023年6月底澳門銀行未償還中小企業貸款餘額為850億元。')).toEqual(['region:820000']);
    expect(holders('金管局數據顯示，2024年底香港銀行的綠色貸款餘額為3,200億港元。')).toEqual(['region:810000']);
    // (Bank of Taiwan is a bank.)
    expect(checkText('臺灣銀行綠能產業授信餘額達4,321億元。').facts.map((f) => f.holder)).toEqual(['bank:台湾银行']);
  });
});

describe('reading: stop 32 — non-performing loans in English', () => {
  // 13.95 / 3,100 = 0.45%.
  it('reads "non-performing green loans" and "an NPL ratio of" as the part and its ratio, and checks them', () => {
    const text = (ratio: string): string => `Green loans stood at 3.1 trillion yuan at end-June, and non-performing green loans totalled 13.95 billion yuan, an NPL ratio of ${ratio} percent.`;
    expect(read(text('0.45'))).toEqual(['3.1 trillion yuan|green-loans|Y-06-30|balance', '13.95 billion yuan|green-loans|Y-06-30|balance', '0.45 percent|green-loans|Y-06-30|ratio']);
    expect(checkText(text('0.45')).claims.map((c) => c.part ?? '')).toEqual(['', '不良', '不良']);
    expect(checkText(text('0.45')).status).toBe('consistent');
    expectFlagged(text('0.55'), {}, '0.55 percent');
  });

  it('reads "Their non-performing loans" as the part of the loans before, and "the NPL ratio was" as its ratio', () => {
    const text = (amount: string): string => `Green loans stood at 3.1 trillion yuan at end-June. Their non-performing loans came to ${amount} billion yuan, and the NPL ratio was 0.45 percent.`;
    expect(checkText(text('13.95')).claims.map((c) => `${c.indicator}/${c.part ?? ''}`)).toEqual(['green-loans/', 'green-loans/不良', 'green-loans/不良']);
    expect(checkText(text('13.95')).status).toBe('consistent');
    expectFlagged(text('16.95'), {}, '16.95 billion yuan');
  });

  it('reads "0.36 percent of the loans were non-performing" as a ratio, and the gap after it as one between ratios', () => {
    const text = "Loans to sci-tech companies stood at 241.7 billion yuan, 21.1 percent more than a year before, and only 0.36 percent of the loans were non-performing — 0.21 percentage points under the ratio for Shanghai's banking sector as a whole.";
    const r = checkText(text);
    expect(r.claims.map((c) => `${c.figure.text}|${c.part ?? ''}|${c.measure}|${c.benchmark ?? ''}`)).toEqual([
      '241.7 billion yuan||balance|',
      '21.1 percent||growth|',
      '0.36 percent|不良|ratio|',
      '0.21 percentage points|不良|gap|total-loans',
    ]);
    expect(r.status).not.toBe('inconsistent');
  });
});

describe('reading: stop 32, hunt 60 — flows and lists of a city or county release', () => {
  // Year on year, 281 would need 5912 − 5912 / 1.1103 ≈ 587: it is the quarter's flow, since the start of the year.
  it('reads 新增 opening its clause, with no base of its own, as a flow since the start of the year', () => {
    const text = '截至一季度末，全省小微企业贷款余额5912亿元，同比增长11.03%；新增小微企业贷款281亿元，同比多增92亿元。';
    const r = checkText(text);
    expect(r.claims.map((c) => `${c.figure.text}|${c.measure}|${c.basis ?? ''}`)).toEqual(['5912亿元|balance|', '11.03%|growth|yoy', '281亿元|increment|ytd', '92亿元|flow-difference|ytd']);
    expect(r.status).not.toBe('inconsistent');
  });

  it('reads places\' figures in brackets after the words of a flow as that flow, each held by its place', () => {
    const text = '11月末，浙江省小微企业贷款余额2.86万亿元，比年初增加3920亿元。小微企业贷款比年初新增较多的地区为杭州（1012亿元）、宁波（786亿元）、温州（534亿元）。';
    const r = checkText(text);
    expect(r.claims.slice(2).map((c) => `${c.figure.text}|${c.measure}|${c.basis ?? ''}|${c.holder}`)).toEqual([
      '1012亿元|increment|ytd|region:330100',
      '786亿元|increment|ytd|region:330200',
      '534亿元|increment|ytd|region:330300',
    ]);
    expect(r.status).not.toBe('inconsistent');
  });

  it('leaves a change of a change (降幅扩大19个基点) unread', () => {
    const text = '6月，全省新发放普惠小微企业贷款加权平均利率3.71%，同比下降58个基点，较上年同期降幅扩大19个基点。';
    const r = checkText(text);
    expect(r.unparsed.map((u) => u.text)).toContain('19个基点');
    expect(r.conflicts).toEqual([]);
  });

  it('reads the amount of loans counted as granted (累计…发放贷款68万笔，贷款金额已达) as gross lending, no balance', () => {
    const text = '截至目前，全省已组建村镇银行62家，各项贷款余额812亿元，累计为41万农户和小微企业发放贷款68万笔，贷款金额已达3620亿元。';
    const r = checkText(text);
    expect(r.claims.find((c) => c.figure.text.endsWith('3620亿元'))?.measure).toBe('cumulative');
    expect(r.conflicts).toEqual([]);
    expect([...r.claims, ...r.facts].map((c) => c.holder)).not.toContain('bank:已组建村镇银行');
  });

  // 7034 − 1362 = 5672; 1362 / 5672 = 24.01%.
  it('reads a product named in quotes (“惠农e贷”) as its own subject, and checks it', () => {
    const text = (growth: string): string => `截至5月末，丙银行乡村建设贷款余额14820亿元，较年初增长1396亿元。截至5月末，“惠农e贷”余额7034亿元，比年初增加1362亿元，增速达${growth}%。`;
    expect(checkText(text('24')).claims.map((c) => c.indicator)).toEqual(['subject:乡村建设贷款', 'subject:乡村建设贷款', 'subject:惠农e贷', 'subject:惠农e贷', 'subject:惠农e贷']);
    expect(checkText(text('24')).status).toBe('consistent');
    expectFlagged(text('26'), {}, '达26%');
  });
});

describe('reading: stop 32, hunt 60 — dates, subjects and parts', () => {
  it('dates a paragraph that names no date by the date stated before it, not by a later sentence\'s', () => {
    const text = '截至2018年年底，扶贫小额信贷余额2614.35亿元。\n银行涉农贷款余额32.47万亿元，同比增长9.82%。截至2018年6月份，21家主要银行绿色信贷余额为9.03万亿元。';
    expect(read(text).slice(0, 3).map((r) => r.split('|')[2])).toEqual(['2018-12-31', '2018-12-31', '2018-12-31']);
    expect(read(text).at(-1)?.split('|')[2]).toBe('2018-06-30');
  });

  it('leaves a bare rate after a change since a named date that no basis spans unread, as that change', () => {
    const r = checkText('截至2024年末，全省普惠型小微企业贷款余额6135亿元，较2023年初增长了1486亿元，增幅31.96%。');
    expect(r.claims.map((c) => c.figure.text)).toEqual(['6135亿元']);
    expect(r.unparsed.filter((u) => u.code === 'change-over-span').map((u) => u.text)).toEqual(['1486亿元', '31.96%']);
  });

  // 105 / 1000 = 10.5%.
  it('reads 绿色贷款在各项贷款中占比 as the share of green loans in all loans', () => {
    const text = (share: string): string => `截至2024年末，全省各项贷款余额1000亿元，绿色贷款余额105亿元，绿色贷款在各项贷款中占比${share}%。`;
    expect(checkText(text('10.5')).claims.at(-1)).toMatchObject({ indicator: 'green-loans', measure: 'share', of: 'total-loans' });
    expect(checkText(text('10.5')).status).toBe('consistent');
    expectFlagged(text('11.5'), {}, '11.5%');
  });

  it('reads the next loans of a 其中 list as the next part of the same whole', () => {
    const r = checkText('截至2023年末，本行绿色贷款余额1.12亿元，其中个人贷款0.63亿元，公司贷款0.49亿元。');
    expect(r.claims.map((c) => `${c.indicator}/${c.part ?? ''}`)).toEqual(['green-loans/', 'green-loans/个人', 'green-loans/公司']);
    // (A part above its whole cannot be.)
    expectFlagged('截至2023年末，本行绿色贷款余额1.12亿元，其中个人贷款0.63亿元，公司贷款1.49亿元。', {}, '1.49亿元');
  });
});

describe('reading: stop 32, hunt 60 — the parts of what was lent', () => {
  it('reads bare 其中 parts after a gross flow as what was lent of each, never balances', () => {
    const text = '截止2023年12月31日，本行绿色贷款余额1.12亿元，其中个人贷款0.63亿元，公司贷款0.49亿元。2023年本行累计投放绿色贷款0.66亿元，其中公司贷款0.05亿元，个人贷款0.61亿元。';
    const r = checkText(text);
    expect(r.claims.slice(-3).map((c) => `${c.figure.text}|${c.part ?? ''}|${c.measure}`)).toEqual(['0.66亿元||cumulative', '0.05亿元|公司|cumulative', '0.61亿元|个人|cumulative']);
    expect(r.conflicts).toEqual([]);
  });
});

describe('reading: stop 32, hunts 59 and 61 — English press shapes that raised false alarms', () => {
  it('reads "grew at an average annual rate of" as an average growth, not this year\'s rate', () => {
    const text = 'Green loans stood at 52.6 trillion yuan at the end of 2026, up 17.4 percent year on year. During the 14th Five-Year Plan period (2021-2025), green loans grew at an average annual rate of 30.2 percent.';
    expect(checkText(text).claims.find((c) => c.figure.text === '30.2 percent')?.measure).toBe('average-growth');
    expectQuiet(text);
  });

  it('reads "while clean energy stood at" as another part of the loans in force', () => {
    const r = checkText('The balance of green loans for infrastructure upgrading reached 16.02 trillion yuan, up 22.4 percent year on year, while clean energy stood at 9.59 trillion yuan, up 27.1 percent.');
    expect(r.claims.map((c) => `${c.indicator}/${c.part ?? ''}`)).toEqual(['green-loans/infrastructure upgrading', 'green-loans/infrastructure upgrading', 'green-loans/clean energy', 'green-loans/clean energy']);
    expect(r.conflicts).toEqual([]);
  });

  it('leaves the growth of a count of firms unread, never the loans\' growth', () => {
    const text = 'Outstanding inclusive loans to micro and small businesses totaled 30.6 trillion yuan at the end of April, up by 18.4 percent year on year. These loans supported 38.90 million firms, up by 12.6 percent year on year.';
    expect(checkText(text).unparsed.find((u) => u.text === '12.6 percent')?.code).toBe('no-measure');
    expectQuiet(text);
  });

  it('reads "with a credit limit of 10 million yuan or less" as a threshold of the loans before it', () => {
    const r = checkText('The outstanding loans to small and micro companies with a credit limit of 10 million yuan or less surged 12.40 percent from the beginning of the year to 32.05 trillion yuan.');
    expect(r.unparsed.find((u) => u.text === '10 million yuan or less')?.code).toBe('definition');
    expect(new Set(r.claims.map((c) => c.indicator))).toEqual(new Set(['subject:loans to small and micro companies']));
  });

  it('keeps "the loan balance in this sector" a quantity of its own, never all loans', () => {
    const text = 'By the end of last year, loans in Jiangsu grew 9.3% year-on-year. Credit to infrastructure continued to strengthen, with the loan balance in this sector rising by 11.4% year-on-year.';
    expect(checkText(text, { documentDate: '2026-02-10' }).claims.at(-1)?.indicator).toMatch(/^subject:loans in this sector#/);
    expectQuiet(text, { documentDate: '2026-02-10' });
  });

  // A flow after a flow: the difference of the year's flows, not a balance nor the same flow.
  it('reads "an increment of X over the previous year" and "a rise of X year-on-year" after a flow as differences of flows', () => {
    expect(checkText('The institutions provided new green loans of 260.920 billion yuan in 2025, an increment of 48.350 billion yuan over the previous year.').claims.map((c) => c.measure)).toEqual(['increment', 'flow-difference']);
    const text = 'At the end of June 2020, the balance of yuan loans was 165.0 trillion yuan, an increase of 13.0% year-on-year. The first half of the year saw an increase of 12.00 trillion yuan, a rise of 2.40 trillion yuan year-on-year.';
    expect(checkText(text).claims.at(-1)?.measure).toBe('flow-difference');
    expectQuiet(text);
  });

  it('reads "RMB loans in the field of inclusive finance" and "loans extended by banks to tech firms" as their own loans', () => {
    expect(checkText('The balance of RMB loans in the field of inclusive finance was 37.35 trillion yuan.').claims[0]?.indicator).toBe('inclusive-loans');
    const text = 'The balance of loans extended by Chinese banking institutions to technology-based enterprises rose 24.0 percent at the end of 2021 from the beginning of the year. All loans of banking institutions grew 11.0 percent over the same period.';
    expect(checkText(text).claims[0]?.indicator).toBe('subject:loans to technology-based enterprises');
    expectQuiet(text);
  });

  it('reads "their share of overall loan balances rose from 6.7 percent to 16.2 percent": the level now, the start left unread', () => {
    const r = checkText('By the end of 2025, green loans reached 52.6 trillion yuan, and their share of overall loan balances rose from 6.7 percent to 16.2 percent.');
    expect(r.claims.map((c) => `${c.figure.text}|${c.measure}|${c.of ?? ''}`)).toEqual(['reached 52.6 trillion yuan|balance|', '16.2 percent|share|total-loans']);
    expect(r.unparsed.map((u) => u.text)).toContain('6.7 percent');
  });

  it('restates in dollars only the figure right before the bracket, when it was read as a balance', () => {
    const text = 'At the end of July, the balance of RMB loans stood at 260 trillion yuan (about 36.4 trillion U.S. dollars), marking an increase of 14.0 trillion yuan (about 1.96 trillion U.S. dollars) since the beginning of the year.';
    expect(checkText(text).unparsed.find((u) => u.text === 'about 1.96 trillion U.S. dollars')?.code).toBe('foreign-currency');
    expectQuiet(text);
  });

  it('reads 全年目標數為 as a goal due at the end of the year, and 目前達標率 as the progress toward it', () => {
    const r = checkText('截至6月底，國銀中小企業放款餘額達新台幣10兆6000億元。今年上半年國銀對中小企業放款增加2300.00億元，全年目標數為4600億元，目前達標率為50.00%。');
    expect(r.targets.map((t) => `${t.text}|${t.deadline}`)).toEqual(['4600億元|Y-12-31']);
    expect(r.claims.at(-1)?.measure).toBe('progress');
    expect(r.conflicts).toEqual([]);
  });
});

describe('reading: stop 32, hunt 62 — near misses of the day\'s rules', () => {
  it.each([
    // 新增投放, 新增授信: gross, no change of the balance
    '截至2025年6月末，某银行普惠型小微企业贷款余额5000亿元，同比增长12%；新增投放1300亿元，较年初增加400亿元。',
    '截至2025年6月末，某银行科技贷款余额3000亿元，同比增长20%；新增授信1300亿元，科技贷款较年初增加400亿元。',
    // 新增 with the clause's own change since the start of the year after it
    '截至2025年6月末，某银行涉农贷款余额8000亿元，同比增长10%，新增727亿元，较年初增加500亿元，增长6.7%。',
    // bad loans disposed of, all bad loans, a share of bad loans, a share of loans named by a verb
    'As of the end of June 2025, the bank\'s green loans stood at 500 billion yuan. In the first half, the bank disposed of 12 billion yuan of non-performing loans.',
    'As of the end of June 2025, the bank\'s non-performing green loans stood at 1.5 billion yuan, and its non-performing loans in total were 30 billion yuan.',
    'As of the end of June 2025, the bank\'s inclusive loans stood at 300 billion yuan. Their non-performing loans stood at 3 billion yuan, and 80 percent of the non-performing loans were covered by guarantees.',
    'As of the end of June 2025, the bank\'s loans totaled 1.2 trillion yuan. Its green loans stood at 500 billion yuan, and 95 percent of the loans were issued to private firms.',
    // brackets on figures of a list left unread
    '截至2025年6月末，浙江省绿色贷款比年初新增2300亿元，新增较多的是杭州和宁波，两地余额分别为8000亿元（较年初增加1012亿元）、5000亿元（较年初增加786亿元）。',
  ])('%s', (text) => expectQuiet(text));
});

describe('reading: stop 33, hunt 62 — the area or the nation opening a later clause holds its figures', () => {
  const at = { documentDate: '2025-07-25' };
  const holders = (text: string): string[] => heldRows(text, at).map((x) => `${x.split('|')[0]}|${x.split('|')[3]}`);
  it.each([
    // the nation after a province, a comma or a semicolon between
    ['截至2025年6月末，江苏省科技贷款余额3.1万亿元；全国科技贷款余额41万亿元。', ['3.1万亿元|region:320000', '41万亿元|national']],
    ['截至2025年6月末，江苏省科技贷款余额3.1万亿元，全国科技贷款余额41万亿元。', ['3.1万亿元|region:320000', '41万亿元|national']],
    // the province after a city of a city's text; its second clause keeps it
    ['截至2025年6月末，苏州市科技贷款余额7600亿元，全省科技贷款同比增长17%，余额3.1万亿元。', ['7600亿元|region:320500', '17%|region:320000', '3.1万亿元|region:320000']],
    // English: the nation named inside the figure's own clause
    ['As of the end of June 2025, tech loans in Jiangsu stood at 3.1 trillion yuan, while tech loans nationwide totaled 41 trillion yuan.', ['3.1 trillion yuan|region:320000', '41 trillion yuan|national']],
  ])('%s', (text, expected) => expect(holders(text)).toEqual(expected));
  it.each([
    // a rank in the nation is no holder of the next clause
    ['截至2025年6月末，江苏省科技贷款余额3.1万亿元，全国排名第二，同比增长18%。', ['3.1万亿元|region:320000', '18%|region:320000']],
    // 全市 after the city named: that city, not another place
    ['截至2025年6月末，江苏省科技贷款余额3.1万亿元。苏州市科技贷款余额7600亿元，全市科技贷款同比增长21%。', ['3.1万亿元|region:320000', '7600亿元|region:320500', '21%|region:320500']],
    // the nation as a benchmark or a whole is no holder
    ['截至2025年6月末，江苏省科技贷款余额3.1万亿元，占全国科技贷款的7.6%，同比增长18%，高于全国科技贷款增速2个百分点。', ['3.1万亿元|region:320000', '7.6%|region:320000', '18%|region:320000', '2个百分点|region:320000']],
  ])('keeps the earlier holder: %s', (text, expected) => expect(holders(text)).toEqual(expected));
  it('checks the province\'s gap over the nation once the nation\'s rate is the nation\'s (18 − 16 = 2)', () => {
    const text = (gap: string) => `截至2025年6月末，江苏省科技贷款余额3.1万亿元，同比增长18%，高于全国平均水平${gap}个百分点；全国科技贷款同比增长16%，余额41万亿元。`;
    expectQuiet(text('2'), at);
    expect(checkText(text('2'), at).relations.filter((r) => r.kind === 'gap').map((r) => r.verdict)).toEqual(['consistent']);
    expectFlagged(text('5'), at, '5个百分点');
  });
  it('reads 新增 after a rate as the year\'s increase when the sentence goes on with the change since the year began (6400 × 0.1105 / 1.1105 = 636.8)', () => {
    const text = '截至2025年6月末，某银行涉农贷款余额6400亿元，同比增长11.05%，新增637亿元；较年初增加295亿元。';
    expect(read(text, '2025-07-25').slice(2)).toEqual(['637亿元|agri-loans|2025-06-30|increment|yoy', '295亿元|agri-loans|2025-06-30|increment|ytd']);
    expectQuiet(text, at);
    // …but a later clause of another holder's change since the year began leaves it the flow since the year began
    const other = '截至2025年6月末，某银行普惠型小微企业贷款余额2400亿元，同比增长13%；新增260亿元，占全省新增普惠型小微企业贷款的20%；全省普惠型小微企业贷款比年初增加1300亿元。';
    expect(read(other, '2025-07-25')[2]).toBe('260亿元|inclusive-small-micro-loans|2025-06-30|increment|ytd');
    expectQuiet(other, at);
  });
});

describe('reading: stop 33, hunt 62 — benchmarks\' own levels, banks of a territory, peers, loans to whom, history and brackets', () => {
  const at = { documentDate: '2025-07-25' };
  it('leaves "the provincial average of N percent" unread: the benchmark\'s own rate, no gap (27 − 24 = 3)', () => {
    const text = 'As of the end of June 2025, inclusive loans in Wuxi grew 27 percent year on year, 3 percentage points higher than the provincial average of 24 percent.';
    expect(checkText(text, at).unparsed.map((u) => `${u.text}|${u.code}`)).toContain('24 percent|no-measure');
    expect(extractClaims(text, at).claims.filter((c) => c.measure === 'gap').map((c) => c.figure.text)).toEqual(['3 percentage points']);
    expectQuiet(text, at);
  });
  it('reads "nationwide" and "national" before a subject as where the loans are, not a part of them', () => {
    const text = 'As of the end of June 2025, inclusive loans in Fujian stood at 1.9 trillion yuan, while nationwide inclusive loans stood at 36 trillion yuan.';
    expect(heldRows(text, at)).toEqual(['1.9 trillion yuan|inclusive-loans||region:350000|2025-06-30|balance', '36 trillion yuan|inclusive-loans||national|2025-06-30|balance']);
    expectQuiet(text, at);
  });
  it('dates "the 2019 level of X" at that year\'s end and leaves the growth from it without a yearly basis (2.4 / 0.8 = 3: up 200%)', () => {
    const text = 'By the end of 2025, the province\'s inclusive loans reached 2.4 trillion yuan, up 200 percent from the 2019 level of 800 billion yuan.';
    expect(read(text)).toEqual(['reached 2.4 trillion yuan|inclusive-loans|2025-12-31|balance', '200 percent|inclusive-loans|2025-12-31|growth', '800 billion yuan|inclusive-loans|2019-12-31|balance']);
    expectQuiet(text);
  });
  it('reads "up N percent from January-April 2024" after a flow as the growth of that flow', () => {
    const text = 'In January-April 2025, the bank\'s new green loans totaled 90 billion yuan, up 12 percent from January-April 2024. As of the end of April, its green loan balance was 700 billion yuan, up 18 percent year on year.';
    const growth = extractClaims(text, at).claims.filter((c) => c.measure === 'growth').map((c) => `${c.figure.text}|${c.period ? `${c.period.from}..${c.period.to}` : ''}`);
    expect(growth).toEqual(['12 percent|2025-01-01..2025-04-30', '18 percent|']);
    expectQuiet(text, at);
  });
  it.each([
    // a bank of a territory, its bracket no place
    ['截至2025年6月末，中國銀行（澳門）綠色貸款餘額為320億澳門元；澳門綠色貸款餘額為1900億澳門元。', ['bank:中国银行（澳门）', 'region:820000']],
    ['截至2025年6月末，中国银行（香港）有限公司绿色贷款余额1700亿港元，建银亚洲绿色贷款余额300亿港元；香港绿色贷款余额9000亿港元。', ['bank:中国银行（香港）', 'bank:建银亚洲', 'region:810000']],
    // peers: named as where a bank ranks, no holder; as a subject, their own figures
    ['截至2025年6月末，某银行科技贷款余额3500亿元，在同类银行中居首；各项贷款余额1.4万亿元，科技贷款占比25%。同类银行科技贷款余额合计2.2万亿元。', ['bank:某银行', 'bank:某银行', 'bank:某银行', 'banks:同类银行']],
  ])('holds %s', (text, holders) => {
    expect(extractClaims(text, at).claims.map((c) => c.holder)).toEqual(holders);
    expectQuiet(text, at);
  });
  it('reads bare loans after loans granted to someone, counted, as the loans to them (not all the bank\'s loans)', () => {
    const text = '截至2025年6月末，某银行各项贷款余额1.8万亿元。该行累计为小微企业发放贷款52万笔，贷款余额已达2950亿元。';
    expect(read(text, '2025-07-25')).toEqual(['1.8万亿元|total-loans|2025-06-30|balance', '达2950亿元|small-micro-loans|2025-06-30|balance']);
    expectQuiet(text, at);
  });
  it('ends the dates of a sentence that lists earlier levels with it: the next sentence is at the date in force again (1250 / 1020 = 1.2255)', () => {
    const text = (rate: string) => `截至2025年6月末，某银行绿色贷款余额1250亿元。2023年6月末余额860亿元，2024年6月末余额1020亿元。绿色贷款同比增长${rate}%。`;
    expect(read(text('22.5'), '2025-07-25').at(-1)).toBe('22.5%|green-loans|2025-06-30|growth|yoy');
    expectQuiet(text('22.5'), at);
    expectFlagged(text('32.5'), at, '32.5%');
  });
  it('dates a figure at its own sentence\'s date stated after it, not at the sentence before (1320 / 1200 = 1.10)', () => {
    const text = '2024年末，某银行绿色贷款余额1200亿元，较年初增长20%。今年以来，绿色贷款较年初增长10%，截至2025年6月末余额1320亿元。';
    expect(read(text).map((r) => r.split('|').slice(0, 3).join('|'))).toEqual(['1200亿元|green-loans|2024-12-31', '20%|green-loans|2024-12-31', '10%|green-loans|2025-06-30', '1320亿元|green-loans|2025-06-30']);
    expectQuiet(text);
  });
  it.each([
    // the first bracket of a run measures what the lead names
    ['截至2025年6月末，江苏省绿色贷款余额4万亿元，增量较多的地区为苏州（1300亿元）、南京（900亿元），余额较多的地区为苏州（1.1万亿元）、南京（8000亿元）。', ['4万亿元|balance|', '1300亿元|increment|ytd', '900亿元|increment|ytd', '1.1万亿元|balance|', '8000亿元|balance|']],
    // …or, after 其中, what the figure before it measured
    ['截至2025年6月末，江苏省绿色贷款比年初新增3600亿元，其中苏州（1300亿元）、南京（900亿元）。', ['3600亿元|increment|ytd', '1300亿元|increment|ytd', '900亿元|increment|ytd']],
    // 同比增加 in the lead: the year's increase; 同比多增: a difference of flows, the run too
    ['截至2025年6月末，江苏省绿色贷款同比增加较多的地区为苏州（2100亿元）、南京（1500亿元）。', ['2100亿元|increment|yoy', '1500亿元|increment|yoy']],
    ['截至2025年6月末，江苏省绿色贷款比年初新增3600亿元，同比多增较多的地区为苏州（150亿元）、南京（90亿元）。', ['3600亿元|increment|ytd', '150亿元|flow-difference|ytd', '90亿元|flow-difference|ytd']],
  ])('reads a run of bracketed items: %s', (text, rows) => {
    expect(extractClaims(text, at).claims.map((c) => `${c.figure.text}|${c.measure}|${c.basis ?? ''}`)).toEqual(rows);
    expectQuiet(text, at);
  });
  it('leaves the loans a threshold defines, bracketed after it, unread', () => {
    const text = '截至2025年6月末，某省普惠小微贷款比年初新增1800亿元，其中单户授信1000万元以下（1350亿元）。';
    expect(checkText(text, at).unparsed.map((u) => `${u.text}|${u.code}`)).toEqual(expect.arrayContaining(['1000万元以下|definition', '1350亿元|no-subject']));
    expectQuiet(text, at);
  });
  it('takes 某省 for the text\'s own unnamed area, and the cities after it for its parts', () => {
    const text = '截至2025年6月末，某省绿色贷款比年初新增3600亿元，其中苏州新增1300亿元。';
    expect(heldRows(text, at)).toEqual(['3600亿元|green-loans||text|2025-06-30|increment|ytd', '1300亿元|green-loans||region:320500|2025-06-30|increment|ytd']);
    expectQuiet(text, at);
  });
  it('takes "southern Jiangsu" for a place of its own, not the province', () => {
    const text = 'In 2025, the city\'s green loan balance reached 700 billion yuan, 28 percent of the southern Jiangsu total of 2.5 trillion yuan.';
    expect(extractClaims(text).claims.map((c) => `${c.figure.text}|${c.holder}`)).toEqual(['reached 700 billion yuan|text', '2.5 trillion yuan|place:southern Jiangsu']);
    expectQuiet(text);
  });
});

describe('reading: stop 33, hunt 62 — wrong readings without an alarm', () => {
  const at = { documentDate: '2025-07-25' };
  const rows = (text: string): string[] => extractClaims(text, at).claims.map((c) => `${c.figure.text}|${c.indicator}|${c.part ?? ''}|${c.measure}|${c.basis ?? ''}`);
  it.each([
    // 在…增量中占比 with no words before 在: the subject in force, a share of the flow (2400 / 9600 = 25%)
    ['截至2025年6月末，某银行科技贷款余额1.5万亿元，较年初增加2400亿元，在各项贷款增量中占比25%。', ['1.5万亿元|tech-loans||balance|', '2400亿元|tech-loans||increment|ytd', '25%|tech-loans||share|']],
    // 对公贷款 is a subject of its own: 对 no lead word there
    ['截至2025年6月末，某银行各项贷款余额2.6万亿元；公司贷款方面，该行对公贷款余额1.4万亿元。', ['2.6万亿元|total-loans||balance|', '1.4万亿元|subject:对公贷款||balance|']],
    // 新增 among the year's new loans is their flow since the year began, not the rate's span
    ['截至2025年6月末，某银行绿色贷款余额6200亿元，同比增长14%；新增绿色贷款中，清洁能源产业贷款新增260亿元。', ['6200亿元|green-loans||balance|', '14%|green-loans||growth|yoy', '260亿元|green-loans|清洁能源产业|increment|ytd']],
    // a run of two-figure brackets: each item's first figure measures what the first item's did
    ['截至2025年6月末，江苏省绿色贷款比年初新增较多的地区为苏州（1300亿元，增长13%）、南京（900亿元，增长11%）。', ['1300亿元|green-loans||increment|ytd', '13%|green-loans||growth|ytd', '900亿元|green-loans||increment|ytd', '11%|green-loans||growth|ytd']],
  ])('%s', (text, expected) => expect(rows(text)).toEqual(expected));
});

describe('reading: stop 33 — a ranking of a whole\'s parts (占比最高，为…；其次为…；第三为…)', () => {
  const at = { documentDate: '2025-10-25' };
  const rows = (text: string): string[] => extractClaims(text, at).claims.map((c) => `${c.figure.text}|${c.indicator}|${c.part ?? ''}|${c.measure}|${c.of ?? ''}`);
  it('reads each item\'s share of the whole, not of the item before (5160 / 12000 = 43.0%; 3240 / 12000 = 27.0%)', () => {
    const text = (share: string) => `截至9月末，全省绿色贷款余额1.2万亿元。分用途看，清洁能源产业贷款余额5160亿元，占比最高，为43%；其次为基础设施绿色升级产业，余额3240亿元，占比${share}%；第三为节能环保产业，占比14%。`;
    expect(rows(text('27'))).toEqual([
      '1.2万亿元|green-loans||balance|',
      '5160亿元|green-loans|清洁能源产业|balance|',
      '43%|green-loans|清洁能源产业|share|green-loans',
      '3240亿元|green-loans|基础设施绿色升级产业|balance|',
      '27%|green-loans|基础设施绿色升级产业|share|green-loans',
      '14%|green-loans|节能环保产业|share|green-loans',
    ]);
    expectQuiet(text('27'), at);
    expectFlagged(text('37'), at, '37%');
  });
  it('takes a list of siblings\' shares for shares of their whole, never one sibling\'s share of another', () => {
    const text = '截至9月末，全省绿色贷款余额1.2万亿元。分用途看，清洁能源产业贷款占比43%，基础设施绿色升级产业贷款占比27%。';
    expect(rows(text).slice(1)).toEqual(['43%|green-loans|清洁能源产业|share|green-loans', '27%|green-loans|基础设施绿色升级产业|share|green-loans']);
  });
  it('keeps an item after 其次为 that is no part the catalog knows unread (a kind of bank is a holder, not a part)', () => {
    const text = '截至9月末，全省涉农贷款余额9000亿元。分机构看，农村商业银行余额最大，为3100亿元；其次为政策性银行，余额2200亿元。';
    expect(checkText(text, at).unparsed.map((u) => `${u.text}|${u.code}`)).toContain('2200亿元|no-subject');
  });
});

describe('reading: stop 33 — English "respectively" lists whose first item holds an "and" of its own', () => {
  const at = { documentDate: '2025-10-20' };
  it.each([
    ['Inclusive loans to small and micro businesses and green loans grew 11.7 percent and 22.6 percent year on year, respectively, at the end of September.', ['11.7 percent|inclusive-small-micro-loans-pboc|growth|yoy', '22.6 percent|green-loans|growth|yoy']],
    ['At the end of September, loans to technology-based SMEs and green loans stood at 3.6 trillion yuan and 39 trillion yuan, respectively.', ['3.6 trillion yuan|tech-sme-loans|balance|', '39 trillion yuan|green-loans|balance|']],
  ])('%s', (text, expected) => {
    expect(extractClaims(text, at).claims.map((c) => `${c.figure.text}|${c.indicator}|${c.measure}|${c.basis ?? ''}`)).toEqual(expected);
  });
});

describe('checking: stop 33 — a growth since a year-end its words name (较2020年末增长…)', () => {
  it('checks the growth against the balances then and now (1.8 / 0.6 = 3: up 200%)', () => {
    const text = (rate: string) => `截至2025年末，全省普惠小微贷款余额1.8万亿元，较2020年末增长${rate}%。2020年末全省普惠小微贷款余额6000亿元。`;
    expect(extractClaims(text('200')).claims.map((c) => `${c.figure.text}|${c.measure}|${c.basis ?? ''}|${c.since ?? ''}`)).toEqual(['1.8万亿元|balance||', '200%|growth||2020-12-31', '6000亿元|balance||']);
    expect(checkText(text('200')).relations.map((r) => `${r.kind}|${r.verdict}`)).toEqual(['growth|consistent']);
    expectFlagged(text('150'), {}, '150%');
  });
});

describe('reading: stop 34, hunt 63 — a part bracketed with its balance, then its own growth', () => {
  const at = { documentDate: '2025-08-15' };
  const rows = (text: string): string[] => extractClaims(text, at).claims.map((c) => `${c.figure.text}|${c.indicator}|${c.part ?? ''}|${c.measure}|${c.basis ?? ''}`);
  it('gives the growth after 清洁能源产业贷款（2000亿元） to the part, never to all green loans', () => {
    const text = '截至2025年6月末，全省绿色贷款余额8000亿元，同比增长20%。其中，清洁能源产业贷款（2000亿元）同比增长30%。';
    expect(rows(text)).toEqual(['8000亿元|green-loans||balance|', '20%|green-loans||growth|yoy', '2000亿元|green-loans|清洁能源产业|balance|', '30%|green-loans|清洁能源产业|growth|yoy']);
    expectQuiet(text, at);
  });
  it('does so for a subject the catalog does not know, after the total loans', () => {
    const text = '截至2025年6月末，全省各项贷款余额8000亿元，同比增长8%。个人住房贷款 （2000亿元）同比下降3%。';
    expect(rows(text).slice(2)).toEqual(['2000亿元|subject:个人住房贷款||balance|', '3%|subject:个人住房贷款||growth|yoy']);
    expectQuiet(text, at);
  });
  it('keeps a bracket holding a benchmark\'s rate inside it: the sentence goes on with its subject', () => {
    const text = '截至2025年6月末，全省绿色贷款余额8000亿元，同比增长21.4%（同期各项贷款增长8.7%），高于各项贷款增速12.7个百分点。';
    expect(rows(text).at(-1)).toBe('12.7个百分点|green-loans||gap|yoy');
  });
});

describe('reading: stop 34, hunt 63 — a bare 占比 in the bracket after a part\'s new loans', () => {
  const at = { documentDate: '2025-08-15' };
  it('is the part\'s share of the new loans of the whole (300 / 1200 = 25%; 240 / 1200 = 20%)', () => {
    const text = (a: string) => `上半年，全省各项贷款新增1200亿元，其中，制造业贷款新增300亿元（占比${a}%），基础设施贷款新增240亿元（占比20%）。`;
    const shares = extractClaims(text('25'), at).claims.filter((c) => c.measure === 'share');
    expect(shares.map((c) => `${c.figure.text}|${c.of}|${c.period ? `${c.period.from}..${c.period.to}` : ''}`)).toEqual(['25%|total-loans|2025-01-01..2025-06-30', '20%|total-loans|2025-01-01..2025-06-30']);
    expectQuiet(text('25'), at);
    expectFlagged(text('30'), at, '30%');
  });
});

describe('reading: stop 34, hunt 63 — places ranked by a rate in brackets (增速较高的地区为杭州（30%）、宁波（25%）)', () => {
  const at = { documentDate: '2025-08-15' };
  it('gives each rate to its place, with the basis the paragraph gave the subject\'s rate, and no part', () => {
    const text = '截至6月末，浙江省科技贷款余额8000亿元，同比增长20%。分地区看，增速较高的地区为杭州（30%）、宁波（25%）。';
    expect(extractClaims(text, at).claims.map((c) => `${c.figure.text}|${c.indicator}|${c.part ?? ''}|${c.holder}|${c.measure}|${c.basis ?? ''}`)).toEqual([
      '8000亿元|tech-loans||region:330000|balance|',
      '20%|tech-loans||region:330000|growth|yoy',
      '30%|tech-loans||region:330100|growth|yoy',
      '25%|tech-loans||region:330200|growth|yoy',
    ]);
  });
  it('names institutions counted after 共有 without the 有', () => {
    const text = '截至6月末，全市共有科技支行12家，科技贷款余额560亿元，同比增长18%。';
    expect(extractClaims(text, at).claims[0]?.subject).toBe('科技支行');
  });
});

describe('reading: stop 34 — a two-character county name inside a word is no place', () => {
  it.each([
    ['宁都县获评全国普惠金融服务乡村振兴示范县。截至6月末，普惠小微贷款余额120亿元。', 'region:360730'],
    ['截至6月末，辽宁县域普惠小微贷款余额1200亿元。', 'region:210000'],
    ['截至6月末，提高县域金融服务水平，普惠小微贷款余额120亿元。', 'text'],
    ['截至6月末，宜宾市高县普惠小微贷款余额12亿元。', 'region:511525'],
    ['截至6月末，阳泉市城区普惠小微贷款余额12亿元。', 'region:140302'],
  ])('%s', (text, holder) => {
    expect(extractClaims(text, { documentDate: '2025-08-15' }).claims[0]?.holder).toBe(holder);
  });
});

describe('reading: stop 34 — English: a second rate of one change, its basis after it', () => {
  it.each([
    ['At end-June, technology loans in Jiaxing stood at 212.4 billion yuan, up 14.1% year on year and 9.3% from the start of the year.', ['14.1%|growth|yoy', '9.3%|growth|ytd']],
    ['Green loans grew 20.5 percent year on year, and 11.2 percent from the beginning of the year, to 1.2 trillion yuan.', ['20.5 percent|growth|yoy', '11.2 percent|growth|ytd']],
  ])('%s', (text, expected) => {
    expect(extractClaims(text, { documentDate: '2025-08-10' }).claims.filter((c) => c.measure === 'growth').map((c) => `${c.figure.text}|${c.measure}|${c.basis ?? ''}`)).toEqual(expected);
  });
});

describe('reading: stop 34 — a subject, a time, then its change (中小企业放款9月月增632亿元)', () => {
  const at = { documentDate: '2025-10-20' };
  const rows = (text: string): string[] => extractClaims(text, at).claims.map((c) => `${c.figure.text}|${c.indicator}|${c.holder}|${c.date}|${c.measure}|${c.basis ?? ''}`);
  it.each([
    ['台湾地区中小企业放款9月增加632亿元。', ['632亿元|subject:中小企业放款|region:710000|2025-09-30|increment|mom']],
    // a source's label before a colon, and the body's bank after a headline without a full stop
    ['金管會：國銀中小企業放款9月月增632億元\n本國銀行中小企業放款餘額9月底升至10兆7709億元，比8月底的10兆7077億元多出632億元。', [
      '632億元|subject:中小企业放款|region:710000|2025-09-30|increment|mom',
      '10兆7709億元|subject:中小企业放款|region:710000|2025-09-30|balance|',
      '10兆7077億元|subject:中小企业放款|region:710000|2025-08-31|balance|',
      '632億元|subject:中小企业放款|region:710000|2025-09-30|increment|mom',
    ]],
    ['截至6月末，全省个人住房贷款一季度减少120亿元。', ['120亿元|subject:个人住房贷款|text|2025-03-31|increment|ytd']],
  ])('%s', (text, expected) => expect(rows(text)).toEqual(expected));
  it('checks the headline\'s change against the body\'s balances (107709 − 107077 = 632)', () => {
    const text = (headline: string) => `金管會：國銀中小企業放款9月月增${headline}億元\n本國銀行中小企業放款餘額9月底升至10兆7709億元，比8月底的10兆7077億元多出632億元。`;
    expectQuiet(text('632'), at);
    expectFlagged(text('682'), at, '682億元');
  });
});

describe('checking: stop 34 — a goal told bare in a headline and with 力争 in the body is one goal', () => {
  const at = { documentDate: '2025-05-12' };
  const text = (headline: string) => `嘉兴科技金融行动：2027年末科技贷款要达到${headline}亿元\n嘉兴市日前部署科技金融专项行动。行动提出，到2027年末，全市科技贷款余额力争达到1800亿元，科技型中小企业贷款同比增速保持在20%以上。`;
  it('reads the headline\'s goal as a balance and sets it against the body\'s', () => {
    const report = checkText(text('1800'), at);
    expect(report.targets.length).toBeGreaterThanOrEqual(2);
    expect(report.relations.filter((r) => (r.targets ?? []).length === 2).map((r) => r.verdict)).toEqual(['consistent']);
    // (要突破2000亿元 beside 力争突破1800亿元 would agree: two floors.)
    expect(checkText(text('2000'), at).status).toBe('inconsistent');
  });
  it('keeps a stretch and a floor of one quantity apart (力争2400亿元, 确保2000亿元)', () => {
    const two = '到2027年末，全市科技贷款余额力争达到2400亿元。\n到2027年末，全市科技贷款余额确保达到2000亿元。';
    expect(checkText(two, at).status).not.toBe('inconsistent');
  });
});

describe('reading: stop 34 — 到 and a date in a sentence told as done, with no document date, is an as-of date', () => {
  const rows = (text: string): string[] => checkText(text).claims.map((c) => `${c.figure.text}|${c.indicator}|${c.part ?? ''}|${c.holder}|${c.date}|${c.measure}`);
  it('reads the figures at that date (撑起了…), the holders\' and the group\'s, 手里 no word of the part', () => {
    const text = '到2025年6月末，五家股份制银行手里的绿色信贷合计约4.6万亿元，撑起了同类银行的半壁江山。其中，兴业银行一家就有1.2万亿元。';
    expect(rows(text)).toEqual(['约4.6万亿元|green-loans|股份制银行|text|2025-06-30|balance', '1.2万亿元|green-loans|股份制银行|bank:兴业银行|2025-06-30|balance']);
  });
  it('leaves a sentence that is not told as done to the document\'s date', () => {
    const text = '到2027年末，全市绿色贷款余额达到1000亿元。';
    expect(checkText(text).unparsed.map((u) => u.code)).toContain('ambiguous-deadline');
  });
});

describe('reading: stop 34 — a bank\'s count of borrowers told with its change (比上年末新增…户，增长…%)', () => {
  const at = { documentDate: '2025-04-20' };
  const text = (rate: string) => `截至3月末，本行服务科技型企业客户2,316户，比上年末新增487户，增长${rate}%。`;
  it('reads the count, its increment and its growth, and checks them (2316 / 1829 = 1.2663)', () => {
    expect(extractClaims(text('26.6'), at).claims.map((c) => `${c.figure.text}|${c.indicator}|${c.measure}|${c.basis ?? ''}`)).toEqual([
      '2,316户|subject:科技型企业客户|borrowers|',
      '487户|subject:科技型企业客户|borrowers-increment|ytd',
      '26.6%|subject:科技型企业客户|borrowers-growth|ytd',
    ]);
    expectQuiet(text('26.6'), at);
    expectFlagged(text('29.6'), at, '29.6%');
  });
  it('keeps new accounts opened over a period (当年新开户) out of the measures', () => {
    expect(extractClaims('2024年，本行当年新开户38.2万户。', at).claims).toEqual([]);
  });
});

describe('reading and checking: stop 34 — a level as a multiple of an earlier one (是2017年末（301.2亿元）的4.6倍)', () => {
  const at = { documentDate: '2025-02-10' };
  const text = (times: string, base = '（301.2亿元）') => `截至2024年末，全市绿色贷款余额1389.6亿元，是试验区获批当年2017年末${base}的${times}倍。`;
  it('reads the multiple now, since the base date, and checks it (1389.6 / 301.2 = 4.61)', () => {
    expect(extractClaims(text('4.6'), at).claims.map((c) => `${c.figure.text}|${c.date}|${c.measure}|${c.since ?? ''}`)).toEqual(['1389.6亿元|2024-12-31|balance|', '301.2亿元|2017-12-31|balance|', '4.6倍|2024-12-31|multiple|2017-12-31']);
    expectQuiet(text('4.6'), at);
    expectFlagged(text('5.6'), at, '5.6倍');
  });
  it('leaves 增长了3.6倍 (times or times-plus-one, as writers differ) and a multiple with no date unread', () => {
    expect(extractClaims('截至2024年末，全市绿色贷款余额1389.6亿元，比2017年末增长了3.6倍。', at).claims.map((c) => c.measure)).toEqual(['balance']);
    expect(extractClaims('截至2024年末，全市绿色贷款余额1389.6亿元，是全省平均水平的2倍。', at).claims.map((c) => c.measure)).toEqual(['balance']);
  });
});

describe('reading: stop 34 — a 分别 list whose items hold 、 and 和 of their own, each ending with its loan noun', () => {
  it('splits after each item\'s loan noun', () => {
    const text = '6月末，科学研究和技术服务业贷款、信息传输、软件和信息技术服务业贷款同比分别增长25.7%和24.2%。';
    expect(extractClaims(text, { documentDate: '2025-07-25' }).claims.map((c) => `${c.subject}|${c.figure.text}`)).toEqual(['科学研究和技术服务业贷款|25.7%', '信息传输、软件和信息技术服务业贷款|24.2%']);
  });
});

describe('reading: stop 34 — a list of examples and the kind they are of (A、B及C等D)', () => {
  it.each([
    ['截至5月底，银行授信、保险直接投资及绿色债券等绿色金融规模合计1.14万亿元。', 'subject:绿色金融'],
    ['截至6月末，科技贷款、绿色贷款和普惠小微贷款等重点领域贷款余额3.2万亿元。', 'subject:重点领域贷款'],
    // no list before 等: the words stay as written
    ['截至6月末，绿色债券等绿色金融规模合计1.14万亿元。', 'subject:绿色债券等绿色金融'],
  ])('%s', (text, indicator) => expect(extractClaims(text, { documentDate: '2025-07-20' }).claims[0]?.indicator).toBe(indicator));
});

describe('reading: stop 34 — English press phrasings (own test texts, shaped like wire copy)', () => {
  const at = { documentDate: '2025-10-20' };
  const rows = (text: string): string[] => extractClaims(text, at).claims.map((c) => `${c.figure.text}|${c.indicator}|${c.part ?? ''}|${c.date}|${c.measure}|${c.basis ?? ''}|${c.of ?? ''}`);
  it('reads "loans by banks to small firms" as the loans to small firms, not all loans', () => {
    expect(rows('Outstanding loans by Chinese financial institutions to small and micro businesses stood at 19.92 trillion yuan by the end of September, up 15.9 percent year on year.')).toEqual([
      '19.92 trillion yuan|subject:loans to small and micro businesses||2025-09-30|balance||',
      '15.9 percent|subject:loans to small and micro businesses||2025-09-30|growth|yoy|',
    ]);
  });
  it('leaves a "respectively" list of what the figures are compared with unread', () => {
    const text = 'Loans to small businesses grew 15.9 percent at the end of September. The growth rate of such loans exceeded that of loans to large and medium-sized enterprises by 6.8 and 9.9 percentage points, respectively.';
    expect(checkText(text, at).unparsed.filter((u) => u.code === 'list-mismatch').map((u) => u.text)).toEqual(['6.8 percentage points', '9.9 percentage points']);
  });
  it('ends a whole\'s words where its time begins, and takes "of the increase in all loans" for a share of the flow', () => {
    expect(rows('Loans to small and micro businesses accounted for 31.4 percent of all outstanding loans to enterprises at the end of September.')[0]).toBe('31.4 percent|subject:loans to small and micro businesses||2025-09-30|share||subject:loans to enterprises');
    const flow = extractClaims('Green loans in Zhejiang rose by 402.7 billion yuan in the first half, accounting for 38.5 percent of the increase in all loans.', at).claims.find((c) => c.measure === 'share');
    expect([flow?.of, flow?.period?.from, flow?.period?.to]).toEqual(['total-loans', '2025-01-01', '2025-06-30']);
  });
  it('dates a figure by "at the end of the second quarter" after it, not by the sentence before', () => {
    const text = 'Green loans reached 36.6 trillion yuan by the end of 2024. Inclusive small and micro loans reached 36 trillion yuan at the end of the second quarter, up 12.3 percent year-on-year.';
    expect(rows(text).slice(1).map((r) => r.split('|')[3])).toEqual(['2025-06-30', '2025-06-30']);
  });
  it('gives "with the balance reaching" the loans the sentence opens with (12.2 − 6.6 = 5.6)', () => {
    const text = (gap: string) => `At the end of September, outstanding yuan loans stood at 270.4 trillion yuan, up 6.6 percent year on year. Inclusive small and micro loans kept strong momentum, with the balance reaching 36.1 trillion yuan, climbing 12.2 percent from a year earlier and beating average loan growth by ${gap} percentage points.`;
    expect(rows(text('5.6')).slice(2, 4)).toEqual(['reaching 36.1 trillion yuan|inclusive-small-micro-loans-pboc||2025-09-30|balance||', '12.2 percent|inclusive-small-micro-loans-pboc||2025-09-30|growth|yoy|']);
  });
});

describe('reading: stop 34 — Hong Kong and Macau copy (澳門元 before the figure, 按年下跌, 佔整體)', () => {
  it('reads a balance after its currency\'s name (澳门元 is no place), and a fall 按年下跌 (1245.6 / 1286.8 = 0.968)', () => {
    const text = (rate: string) => `截至2025年3月底，澳門銀行體系對中小企業的貸款餘額為澳門元1,245.6億元，按年下跌${rate}%。2024年3月底，該餘額為1,286.8億元。`;
    expect(extractClaims(text('3.2')).claims.map((c) => `${c.figure.text}|${c.indicator}|${c.holder}|${c.measure}|${c.figure.value.toString()}`)).toEqual([
      '1,245.6億元|subject:中小企业贷款|region:820000|balance|124560000000',
      '3.2%|subject:中小企业贷款|region:820000|growth|-3.2',
      '1,286.8億元|subject:中小企业贷款|region:820000|balance|128680000000',
    ]);
    expectQuiet(text('3.2'));
    expectFlagged(text('4.2'), {}, '4.2%');
  });
  it('takes 佔整體 after a part for a share of the whole the part is of (650 / 4100 = 15.9%)', () => {
    const text = '2024年在香港安排發行的綠色和可持續債券總額約4,100億港元。其中，政府發行的綠色債券約650億港元，佔整體約16%。';
    const share = extractClaims(text, { documentDate: '2025-03-01' }).claims.find((c) => c.measure === 'share');
    expect(share?.of).toBe(share?.indicator);
  });
});

describe('reading: stop 34 — a kind of bank\'s loans after a paragraph of several loan kinds (false alarm)', () => {
  const at = { documentDate: '2025-07-22' };
  const text = (share: string) =>
    `截至2025年6月末，全县各项贷款余额356.8亿元，较年初增加28.6亿元，增长8.71%；普惠小微贷款余额98.6亿元，同比增长12.4%。\n分机构看，农商银行贷款余额142.6亿元，占全县的${share}%。`;
  it('reads 农商银行贷款 as all the loans of that kind of bank, never a part of 普惠小微贷款 (142.6 / 356.8 = 40.0%)', () => {
    const rows = extractClaims(text('40.0'), at).claims.slice(-2).map((c) => `${c.indicator}|${c.part ?? ''}|${c.within ?? ''}|${c.measure}|${c.of ?? ''}`);
    expect(rows).toEqual(['total-loans|农商银行||balance|', 'total-loans|农商银行||share|total-loans']);
    expectQuiet(text('40.0'), at);
    expectFlagged(text('45.0'), at, '45.0%');
  });
});

describe('checking: stop 34, hunt 64 — false alarms on consistent texts (holders and relative dates)', () => {
  const at = { documentDate: '2025-08-15' };
  const holders = (text: string): string[] => extractClaims(text, at).claims.map((c) => `${c.figure.text}|${c.holder}`);
  const dates = (text: string): string[] => extractClaims(text, at).claims.map((c) => `${c.figure.text}|${c.date}|${c.measure}|${c.basis ?? ''}`);
  it.each([
    // a topic (江苏方面) and a bank's clause, then 全省 after ；: the topic's province
    ['6月末，北京绿色贷款余额2.35万亿元。江苏方面，工商银行绿色贷款余额2150亿元；全省绿色贷款余额4.2万亿元。', ['2.35万亿元|region:110000', '2150亿元|bank:工商银行', '4.2万亿元|region:320000']],
    // a city, then 全省 after ；: the province the city is in
    ['6月末，北京绿色贷款余额2.35万亿元。江苏方面，南京市绿色贷款余额8100亿元；全省绿色贷款余额4.2万亿元。', ['2.35万亿元|region:110000', '8100亿元|region:320100', '4.2万亿元|region:320000']],
    // a district of a city that is a province, then 全市: the city itself
    ['截至6月末，北京市朝阳区绿色贷款余额2100亿元；全市绿色贷款余额2.35万亿元。', ['2100亿元|region:110105', '2.35万亿元|region:110000']],
  ])('%s', (text, expected) => {
    expect(holders(text)).toEqual(expected);
    expectQuiet(text, at);
  });
  it.each([
    // 分别比3月末和上年末: a quarter back and the year-end, each change of the rate now (21.5 − 20.7 = 0.8; 21.5 − 20.0 = 1.5)
    ['6月末，全省绿色贷款同比增长21.5%，较3月末和上年末分别提高0.8和1.5个百分点。3月末，全省绿色贷款同比增长20.7%；上年末同比增长20.0%，2023年末同比增长18.2%。', ['21.5%|2025-06-30|growth|yoy', '0.8个百分点|2025-06-30|rate-change|qoq', '1.5个百分点|2025-06-30|rate-change|ytd', '20.7%|2025-03-31|growth|yoy', '20.0%|2024-12-31|growth|yoy', '18.2%|2023-12-31|growth|yoy']],
    // 上年末 opening a clause, before a later year named: the year-end before the date in force
    ['6月末，全省绿色贷款同比增长21.5%。上年末同比增长20.0%，2023年末同比增长18.2%，2022年末同比增长25.1%。', ['21.5%|2025-06-30|growth|yoy', '20.0%|2024-12-31|growth|yoy', '18.2%|2023-12-31|growth|yoy', '25.1%|2022-12-31|growth|yoy']],
    // 上年同期 after a 年初 clause: a year before the date the text stands at (2.98 / 2.49 − 1 = 19.7%, within 19.8%'s rounding)
    ['6月末，全省绿色贷款余额2.98万亿元，同比增长19.8%。年初，全省绿色贷款余额2.62万亿元；上年同期为2.49万亿元；2023年末为2.18万亿元。', ['2.98万亿元|2025-06-30|balance|', '19.8%|2025-06-30|growth|yoy', '2.62万亿元|2024-12-31|balance|', '2.49万亿元|2024-06-30|balance|', '2.18万亿元|2023-12-31|balance|']],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
    expectQuiet(text, at);
  });
  it('still catches a wrong change against a month-end base (21.5 − 20.7 is not 1.8)', () => {
    expectFlagged('6月末，全省绿色贷款同比增长21.5%，较3月末和上年末分别提高1.8和1.5个百分点。3月末，全省绿色贷款同比增长20.7%；上年末同比增长20.0%。', at, '1.8个百分点');
  });
});

describe('checking: stop 34, hunt 64 — false alarms on consistent texts (whose figure it is)', () => {
  const holders = (text: string, documentDate = '2025-08-15'): string[] => extractClaims(text, { documentDate }).claims.map((c) => `${c.figure.text}|${c.holder}|${c.date}`);
  it.each([
    // a bank's own figure beside the nation's
    ['6月末，本行普惠型小微企业贷款较上年末增长14.91%。全国普惠型小微企业贷款较年初增长9.71%。', ['14.91%|entity:bank|2025-06-30', '9.71%|national|2025-06-30']],
    // 辖内 after the regulator of a province named in its sentence
    ['6月末，全国普惠型小微企业贷款余额36.0万亿元。浙江监管局数据显示，辖内普惠型小微企业贷款余额4.1万亿元。', ['36.0万亿元|national|2025-06-30', '4.1万亿元|region:330000|2025-06-30']],
    // an area word beside the nation is never the nation
    ['6月末，区域内普惠小微贷款同比增长18.6%。全国普惠小微贷款同比增长12.3%。', ['18.6%|place:区域内|2025-06-30', '12.3%|national|2025-06-30']],
    // a province less a city is a holder of its own; the city is no holder of the province's figure
    ['6月末，广东省（不含深圳）普惠小微贷款余额1.39万亿元；深圳市普惠小微贷款余额1.52万亿元；全省普惠小微贷款余额2.91万亿元。', ['1.39万亿元|place:广东省不含深圳|2025-06-30', '1.52万亿元|region:440300|2025-06-30', '2.91万亿元|region:440000|2025-06-30']],
    ['6月末，浙江全省（含宁波）绿色贷款余额2.98万亿元；宁波市绿色贷款余额4400亿元。', ['2.98万亿元|region:330000|2025-06-30', '4400亿元|region:330200|2025-06-30']],
    // the head office's release speaks of the nation; a branch's, of its place
    ['人民银行发布数据显示，二季度末，本外币绿色贷款余额42.39万亿元，比年初增长14.4%。\n另据人民银行北京市分行消息，6月末，北京市绿色贷款余额2.35万亿元，较年初增长12.4%。', ['42.39万亿元|national|2025-06-30', '14.4%|national|2025-06-30', '2.35万亿元|region:110000|2025-06-30', '12.4%|region:110000|2025-06-30']],
  ])('%s', (text, expected) => {
    expect(holders(text)).toEqual(expected);
    expectQuiet(text, { documentDate: '2025-08-15' });
  });
  it('dates 上年末 in a year\'s own report by the year it reports, not by the day it came out', () => {
    const text = '2024年年度报告\n截至报告期末，本集团绿色贷款余额4,210.50亿元。上年末，本集团绿色贷款余额3,523.80亿元。';
    expect(holders(text, '2025-03-28').map((r) => r.split('|')[2])).toEqual(['2024-12-31', '2023-12-31']);
    expectQuiet(text, { documentDate: '2025-03-28' });
  });
});

describe('reading: stop 34, hunt 64 — no bank where none is named', () => {
  it.each([
    ['截至6月末，全省共有42家银行机构设立科技支行136家，科技贷款余额5832.7亿元，同比增长18%。', ['5832.7亿元|text', '18%|text']],
    ['截至6月末，全省手機銀行用戶數達1.2億戶；線上貸款餘額4862億元，同比增長21%。', ['4862億元|text', '21%|text']],
    ['（摘自某股份制银行2025年半年度报告）截至报告期末，本行绿色贷款余额5,612.30亿元，较上年末增长18.05%。', ['5,612.30亿元|bank:某股份制银行', '18.05%|bank:某股份制银行']],
  ])('%s', (text, expected) => {
    expect(extractClaims(text, { documentDate: '2025-08-15' }).claims.filter((c) => c.measure !== 'count').map((c) => `${c.figure.text}|${c.holder}`)).toEqual(expected);
  });
  it('counts mobile-banking users as no borrowers', () => {
    expect(extractClaims('截至6月末，全省手機銀行用戶數達1.2億戶。', { documentDate: '2025-08-15' }).claims.map((c) => c.measure)).not.toContain('borrowers');
  });
});

describe('checking: stop 34, hunt 64 — English: the nation\'s figures closed by the central bank\'s data, a province\'s by its branch', () => {
  it('keeps the two holders apart (no false alarm)', () => {
    const text = 'HANGZHOU, July 25 (Xinhua) -- Outstanding green loans in yuan and foreign currencies stood at 42.39 trillion yuan at the end of June, up 14.4 percent from the beginning of the year, central bank data showed. Green loans in Zhejiang province stood at 2.98 trillion yuan, up 13.6 percent from the beginning of the year, the PBOC\'s Zhejiang branch said.';
    expect(extractClaims(text, { documentDate: '2025-07-25' }).claims.map((c) => `${c.figure.text}|${c.holder}`)).toEqual(['42.39 trillion yuan|national', '14.4 percent|national', '2.98 trillion yuan|region:330000', '13.6 percent|region:330000']);
    expectQuiet(text, { documentDate: '2025-07-25' });
  });
});

describe('reading: stop 34 — 占全区的 is the region\'s own whole of the subject', () => {
  it('reads 占全区的31.6% as a share of the region\'s green loans (3200 / 10100 = 31.7%), not of all its loans', () => {
    const text = (share: string) => `截至6月末，全区各项贷款余额2.1万亿元。南宁市绿色贷款余额3200亿元，占全区的${share}%。全区绿色贷款余额1.01万亿元。`;
    expect(extractClaims(text('31.6'), { documentDate: '2025-08-15' }).claims.find((c) => c.measure === 'share')?.of).toBe('green-loans');
    expectQuiet(text('31.6'), { documentDate: '2025-08-15' });
    expectFlagged(text('41.6'), { documentDate: '2025-08-15' }, '41.6%');
  });
});

describe('reading: stop 35 — a bare change after a rise told from an earlier time', () => {
  it.each([
    // 3600 / 3200 − 1 = 12.5%, 3600 − 3200 = 400: over the year so far, as 年初 says
    ['截至2025年6月末，全省普惠小微贷款余额由年初的3200亿元增至3600亿元，增长12.5%，增加400亿元。', ['3200亿元|2024-12-31|balance', '3600亿元|2025-06-30|balance', '12.5%|2025-06-30|growth|ytd', '400亿元|2025-06-30|increment|ytd']],
    // from a year before: year on year
    ['截至2025年6月末，全省普惠小微贷款余额由上年同期的3200亿元增至3600亿元，增长12.5%。', ['3200亿元|2024-06-30|balance', '3600亿元|2025-06-30|balance', '12.5%|2025-06-30|growth|yoy']],
  ])('%s', (text, expected) => {
    expect(extractClaims(text, { documentDate: '2025-08-15' }).claims.map((c) => [c.figure.text, c.date, c.measure, c.basis ?? ''].join('|').replace(/\|+$/, ''))).toEqual(expected);
    expectQuiet(text, { documentDate: '2025-08-15' });
  });
  it('still catches a wrong rate after the rise (3600 / 3200 − 1 is 12.5%, not 12.9%)', () => {
    expectFlagged('截至2025年6月末，全省普惠小微贷款余额由年初的3200亿元增至3600亿元，增长12.9%。', { documentDate: '2025-08-15' }, '12.9%');
  });
});

describe('checking: stop 35 — 全疆, 全州: area words of a province and a prefecture', () => {
  const held = (text: string): string[] => extractClaims(text, { documentDate: '2025-08-15' }).claims.map((c) => `${c.figure.text}|${c.holder}${c.ofHolder ? `|of ${c.ofHolder}` : ''}`);
  it.each([
    // 1200 / 3000 = 40.0%: Urumqi's share of Xinjiang's green loans
    ['截至6月末，乌鲁木齐市绿色贷款余额1200亿元，占全疆绿色贷款的40.0%。全疆绿色贷款余额3000亿元。', ['1200亿元|region:650100', '40.0%|region:650100|of region:650000', '3000亿元|region:650000']],
    // 120 / 300 = 40.0%: a county-level city's share of its autonomous prefecture's
    ['截至6月末，吉首市绿色贷款余额120亿元，占全州绿色贷款的40.0%。全州绿色贷款余额300亿元。', ['120亿元|region:433101', '40.0%|region:433101|of region:433100', '300亿元|region:433100']],
  ])('%s', (text, expected) => {
    expect(held(text)).toEqual(expected);
    expectQuiet(text, { documentDate: '2025-08-15' });
  });
  it('still catches a wrong share (1200 / 3000 is 40.0%, not 41.0%)', () => {
    expectFlagged('截至6月末，乌鲁木齐市绿色贷款余额1200亿元，占全疆绿色贷款的41.0%。全疆绿色贷款余额3000亿元。', { documentDate: '2025-08-15' }, '41.0%');
  });
});

describe('checking: stop 35 — a headline\'s bare magnitude (首破万亿) restated by the body', () => {
  const text = (body: string) => `福建绿色贷款余额首破万亿\n去年末，全省绿色贷款余额${body}万亿元，同比增长23.19%。`;
  it('reads the headline as a balance of at least 1万亿元, the body\'s 1.05万亿元 agreeing with it', () => {
    expect(extractClaims(text('1.05'), { documentDate: '2025-01-20' }).claims.map((c) => `${c.figure.text}|${c.indicator}|${c.measure}|${c.figure.qualifier}`).slice(0, 2)).toEqual(['破万亿|green-loans|balance|at-least', '1.05万亿元|green-loans|balance|exact']);
    expectQuiet(text('1.05'), { documentDate: '2025-01-20' });
  });
  it('flags a body below the threshold its headline says was passed (0.95万亿元)', () => {
    expectFlagged(text('0.95'), { documentDate: '2025-01-20' }, '破万亿');
  });
});

describe('checking: stop 35 — a field\'s bare balance with its area and currency, and an average growth over the levels its sentence read', () => {
  const text = (rate: string) => `科技贷款方面，2021年末全省本外币余额为2400亿元，到2024年末已达4800亿元，年均增长超过${rate}%。`;
  it('reads 全省本外币余额 as the field\'s balance in 本外币, and the average growth since the earlier level', () => {
    expect(extractClaims(text('25'), { documentDate: '2025-03-01' }).claims.map((c) => [c.figure.text, c.indicator, c.scope ?? '', c.date, c.measure, c.since ?? ''].join('|'))).toEqual([
      '2400亿元|tech-loans|本外币|2021-12-31|balance|',
      '达4800亿元|tech-loans|本外币|2024-12-31|balance|',
      '超过25%|tech-loans|本外币|2024-12-31|average-growth|2021-12-31',
    ]);
    // (4800 / 2400)^(1/3) − 1 = 26.0%: more than 25%
    expectQuiet(text('25'), { documentDate: '2025-03-01' });
  });
  it('flags an average the levels cannot give (26.0% is not more than 30%)', () => {
    expectFlagged(text('30'), { documentDate: '2025-03-01' }, '超过30%');
  });
});

describe('checking: stop 35 — English: a group of banks\' loans are a part; a machine-translated "will" of a past date is no goal', () => {
  const at = { documentDate: '2025-02-10' };
  it('reads the loans of the six large state-owned banks as a part of all banks\' (no false alarm against the whole)', () => {
    const text = 'As of the end of 2024, green loans of the six large state-owned banks reached 21 trillion yuan. Green loans of all banks stood at 36.6 trillion yuan.';
    expect(extractClaims(text, at).claims.filter((c) => c.measure === 'balance').map((c) => `${c.figure.text}|${c.indicator}|${c.part ?? ''}`)).toEqual(['reached 21 trillion yuan|green-loans|six large state-owned banks', '36.6 trillion yuan|green-loans|']);
    expectQuiet(text, at);
  });
  it('reads "will reach" at a date before the document\'s as what stood then, and its share of the city\'s total as the group\'s', () => {
    const text = 'As of the end of 2024, the inclusive small and micro loans of the four largest banks in Wuhu will reach about 120 billion yuan, accounting for nearly 40 percent of the city\'s total.';
    expect(extractClaims(text, at).claims.filter((c) => c.measure !== 'count').map((c) => `${c.figure.text}|${c.measure}|${c.part ?? ''}|${c.date}`)).toEqual(['about 120 billion yuan|balance|four largest banks|2024-12-31', 'nearly 40 percent|share|four largest banks|2024-12-31']);
    expect(extractClaims(text, at).targets).toEqual([]);
  });
  it('counts the banks of a group as banks, never as a count of the loans', () => {
    const text = 'At the end of June, green loans of the six large state-owned banks reached 21 trillion yuan.';
    const r = extractClaims(text, { documentDate: '2025-08-10' });
    expect(r.claims.map((c) => c.measure)).toEqual(['balance']);
    expect(r.facts.map((f) => String(f.figure.value))).toEqual(['6']);
  });
  it('keeps "will reach" by a deadline a goal', () => {
    const text = 'By the end of 2027, inclusive small and micro loans in Wuhu will reach 400 billion yuan.';
    expect(extractClaims(text, at).targets.map((t) => `${t.figure.text}|${t.deadline}`)).toEqual(['400 billion yuan|2027-12-31']);
  });
});

describe('reading: stop 35 — 按人民银行统计口径 names a statistical scope, not a national source', () => {
  it('keeps a bank\'s figures the bank\'s when a later line gives another scope by the central bank\'s rules', () => {
    const text = '本行坚持服务小微。2024年末，普惠型小微企业贷款余额312.40亿元，较年初增长12.60%。\n按人民银行统计口径，本行普惠小微贷款余额为335.18亿元。';
    expect(extractClaims(text, {}).claims.map((c) => `${c.figure.text}|${c.holder}`)).toEqual(['312.40亿元|entity:bank', '12.60%|entity:bank', '335.18亿元|entity:bank']);
  });
});

describe('checking: stop 35, hunt 65 — a bank speaking of its own loans in a place, or in English, is the bank', () => {
  const held = (text: string, documentDate = '2025-08-15'): string[] => extractClaims(text, { documentDate }).claims.map((c) => `${c.figure.text}|${c.holder}`);
  it.each([
    // 本行 after the place it works in
    ['在潍坊，本行科技贷款余额128.4亿元。潍坊市科技贷款余额1,536亿元。', ['128.4亿元|entity:bank', '1,536亿元|region:370700']],
    // a place right after 我行: the bank's loans there
    ['我行潍坊地区普惠型小微企业贷款余额42.6亿元，较年初增长10.2%；全市普惠型小微企业贷款余额860亿元。', ['42.6亿元|entity:bank', '10.2%|entity:bank', '860亿元|region:370700']],
    // where a bank sits is no holder of its figures
    ['戊银行（总部位于潍坊）科技贷款余额215亿元。潍坊市科技贷款余额1,536亿元。', ['215亿元|bank:戊银行', '1,536亿元|region:370700']],
    ['Wu Bank, a lender based in Weifang, said its technology loans reached 21.5 billion yuan at the end of June. Technology loans in Weifang totaled 153.6 billion yuan at the end of June.', ['reached 21.5 billion yuan|bank:Wu Bank', '153.6 billion yuan|region:370700']],
    // "the bank's" with no bank named: a bank, never the province of the sentence before
    ["Inclusive loans in Shandong reached 1.62 trillion yuan at the end of June. The bank's inclusive loans stood at 86.4 billion yuan.", ['reached 1.62 trillion yuan|region:370000', '86.4 billion yuan|entity:bank']],
    ["At the end of June, Shandong's green loans totaled 2.41 trillion yuan. The bank's Shandong branch had green loans of 98.7 billion yuan.", ['2.41 trillion yuan|region:370000', '98.7 billion yuan|entity:bank']],
  ])('%s', (text, expected) => {
    expect(held(text)).toEqual(expected);
    expectQuiet(text, { documentDate: '2025-08-15' });
  });
  it('keeps a place named after the bank\'s clause the place\'s (本行…；潍坊市…)', () => {
    expect(held('截至6月末，本行科技贷款余额128.4亿元；潍坊市科技贷款余额1,536亿元。')).toEqual(['128.4亿元|entity:bank', '1,536亿元|region:370700']);
  });
});

describe('checking: stop 35, hunt 65 — a benchmark\'s rate printed inside its comparison', () => {
  const at = { documentDate: '2025-08-15' };
  it.each([
    // 23.6 − 7.4 = 16.2
    ['截至6月末，全市科技贷款余额2,140亿元，同比增长23.6%，比全市各项贷款7.4%的增速高16.2个百分点。', '16.2', '17.2'],
    // 18.9 − 8.2 = 10.7
    ['全市普惠小微贷款余额同比增长18.9%，高出同期各项贷款增速（8.2%）10.7个百分点。', '10.7', '11.7'],
  ])('reads the benchmark\'s rate as its own and checks the gap: %s', (text, gap, wrong) => {
    const claims = extractClaims(text, at).claims;
    expect(claims.filter((c) => c.indicator === 'total-loans').map((c) => `${c.measure}|${c.basis ?? ''}`)).toEqual(['growth|yoy']);
    expect(claims.find((c) => c.measure === 'gap')?.figure.text).toBe(`${gap}个百分点`);
    expectQuiet(text, at);
    expectFlagged(text.replace(`${gap}个百分点`, `${wrong}个百分点`), at, `${wrong}个百分点`);
  });
});

describe('checking: stop 35, hunt 65 — more false alarms on consistent texts', () => {
  const at = { documentDate: '2025-08-15' };
  it.each([
    // "from the previous year-end" is since the start of the year, not a year earlier
    ['At the end of June 2025, the bank\'s inclusive loans stood at 86.4 billion yuan, up 9.6% from the previous year-end and 17.3% from a year earlier.', ['86.4 billion yuan|balance|', '9.6%|growth|ytd', '17.3%|growth|yoy']],
    // a market share's whole is the market, which the text does not state: unread, never a second share of total loans
    ['截至2025年6月末，本行普惠型小微企业贷款余额128.6亿元，占全行各项贷款的11.2%，市场占比8.7%，居全市第二。', ['128.6亿元|balance|', '11.2%|share|']],
    // "grew by X in the first half to Y": Y is the level reached (62.4 / (512.8 − 62.4) = 13.9%)
    ["Wu Bank's technology loans grew by 62.4 billion yuan in the first half to 512.8 billion yuan, up 13.9 percent from the start of the year.", ['62.4 billion yuan|increment|ytd', '512.8 billion yuan|balance|', '13.9 percent|growth|ytd']],
    // "up from 12.1 percent a year earlier" after a share is the share then, never a growth
    ['Inclusive loans made up 11.6 percent of total loans at the end of 2024, up from 10.9 percent a year earlier, and grew 14.2 percent year on year.', ['11.6 percent|share|', '14.2 percent|growth|yoy']],
    // a PDF's space before the decimal point of a number with a thousands comma
    ['截至6月末，全省绿色贷款余额 1,024 .6 亿元，较年初增加 148.2 亿元。', ['1,024.6亿元|balance|', '148.2亿元|increment|ytd']],
  ])('%s', (text, expected) => {
    expect(extractClaims(text, at).claims.map((c) => `${c.figure.text}|${c.measure}|${c.basis ?? ''}`)).toEqual(expected);
    expectQuiet(text, at);
  });
});

describe('checking: stop 35, hunt 65 — English: of which, among them open a part of the loans in force', () => {
  const at = { documentDate: '2025-08-15' };
  it.each([
    ["China's inclusive loans to small and micro businesses stood at 35.6 trillion yuan by the end of June, up 11.7 percent year on year. Of the total, loans granted by the country's six major state-owned banks were 14.4 trillion yuan.", '14.4 trillion yuan', 'six major state-owned banks'],
    ['At the end of March, the balance of green loans in domestic and foreign currencies was 40.61 trillion yuan, up 21.9% year-on-year. Among them, the balance of green loans of infrastructure was 16.86 trillion yuan, up 20.1% year-on-year.', '16.86 trillion yuan', 'infrastructure'],
  ])('%s', (text, figure, part) => {
    const claims = extractClaims(text, at).claims;
    const read = claims.find((c) => c.figure.text === figure);
    expect([read?.indicator, read?.part]).toEqual([claims[0]?.indicator, part]);
    expectQuiet(text, at);
  });
});

describe('checking: stop 35, hunt 65 — 报告期 ends at the quarter\'s end the report prints', () => {
  it('dates 报告期内 by 截至2024年12月31日 printed after it, not by the day the text came out (86.1 / (780.3 − 86.1) = 12.4%)', () => {
    const text = (rate: string) => `报告期内，本行普惠型小微企业贷款余额较上年末增加86.1亿元，增长${rate}%；截至2024年12月31日，本行普惠型小微企业贷款余额780.3亿元。`;
    expect(extractClaims(text('12.4'), { documentDate: '2025-08-15' }).claims.map((c) => c.date)).toEqual(['2024-12-31', '2024-12-31', '2024-12-31']);
    expectQuiet(text('12.4'), { documentDate: '2025-08-15' });
    expectFlagged(text('13.4'), { documentDate: '2025-08-15' }, '13.4%');
  });
});

describe('reading: stop 35, hunt 65 — a 分别 list over the branches of one bank', () => {
  it.each([
    ['截至2024年末，本行济南分行、青岛分行科技贷款余额分别为214.6亿元和187.2亿元，较上年末分别增长19.8%和16.4%。', ['214.6亿元|entity:bank/济南分行', '187.2亿元|entity:bank/青岛分行', '19.8%|entity:bank/济南分行', '16.4%|entity:bank/青岛分行']],
    ['截至2024年末，建设银行济南分行和青岛分行科技贷款余额分别为214.6亿元、187.2亿元。', ['214.6亿元|bank:建设银行济南分行', '187.2亿元|bank:建设银行青岛分行']],
  ])('%s', (text, expected) => {
    expect(extractClaims(text, { documentDate: '2025-04-20' }).claims.map((c) => `${c.figure.text}|${c.holder}`)).toEqual(expected);
  });
});

describe('reading: stop 35, hunt 65 — list numbers are no parts; "surged from" starts at a level', () => {
  it('reads the subjects of numbered lines without their numbers', () => {
    const text = '重点领域：\n1、科技贷款余额1.21万亿元，同比增长16.4%；\n2、绿色贷款余额1.38万亿元，同比增长21.2%。';
    expect(extractClaims(text, { documentDate: '2025-08-15' }).claims.map((c) => `${c.indicator}|${c.part ?? ''}`)).toEqual(['tech-loans|', 'tech-loans|', 'green-loans|', 'green-loans|']);
  });
  it('reads the level a surge starts from as the balance then', () => {
    const text = 'Green loans in Fujian surged from 0.31 trillion yuan at the end of 2020 to 1.26 trillion yuan by the end of June 2025.';
    expect(extractClaims(text, { documentDate: '2025-08-15' }).claims.map((c) => `${c.figure.text}|${c.measure}|${c.date}`)).toEqual(['0.31 trillion yuan|balance|2020-12-31', '1.26 trillion yuan|balance|2025-06-30']);
  });
  it('leaves a threshold that defines the loans unread ("credit of less than 10 million yuan")', () => {
    const text = 'The balance of loans to small and micro enterprises with single household credit of less than 10 million yuan was 33.19 trillion yuan.';
    const r = extractClaims(text, { documentDate: '2025-08-15' });
    expect(r.claims.map((c) => c.figure.text)).toEqual(['33.19 trillion yuan']);
    expect(r.unparsed.map((u) => u.text)).toContain('less than 10 million yuan');
  });
  it('reads "from the start of 2025" as since the year began', () => {
    const text = "At the end of June 2025, the bank's green loans stood at 412.0 billion yuan, up 14.4% from the start of 2025.";
    expect(extractClaims(text, { documentDate: '2025-08-15' }).claims.map((c) => `${c.measure}|${c.basis ?? ''}`)).toEqual(['balance|', 'growth|ytd']);
  });
});

describe('checking: stop 35, hunt 65 — "their loans" with no one named to refer to are theirs, never all loans', () => {
  it('keeps the rate of "their loan balance" apart from all loans\' rate in the same sentence (no false alarm)', () => {
    const text = 'The number of tech SMEs with bank loans rose to 273,000 by the end of June. Their loan balance went up 22.1 percent year on year, outpacing the 7.1 percent growth of all loans.';
    const claims = extractClaims(text, { documentDate: '2025-08-15' }).claims;
    expect(claims.find((c) => c.figure.text === '22.1 percent')?.indicator).not.toBe('total-loans');
    expectQuiet(text, { documentDate: '2025-08-15' });
  });
});

describe('reading: stop 36 — a copy\'s line cut between a subject and its figure', () => {
  it('joins 余额\\n612.35亿元 (a figure with its unit opening the next line) and keeps a dated paragraph apart', () => {
    const text = '截至6月末，全市普惠小微贷款余额\n612.35亿元，同比增长14.27%。';
    expect(extractClaims(text, { documentDate: '2025-08-15' }).claims.map((c) => `${c.figure.text}|${c.measure}`)).toEqual(['612.35亿元|balance', '14.27%|growth']);
    // (A line opening with a date starts a paragraph: the heading above it names no figure.)
    const headed = '一、全市普惠金融发展情况良好\n2024年末，全市普惠小微贷款余额612.35亿元。';
    expect(extractClaims(headed, { documentDate: '2025-08-15' }).claims.map((c) => `${c.figure.text}|${c.date}`)).toEqual(['612.35亿元|2024-12-31']);
  });
});

describe('checking: stop 36 — English: the rate compared with stands at the date right after it', () => {
  const at = { documentDate: '2025-08-15' };
  it.each([
    'Green loans rose 14.4 percent year on year at the end of June, down from 21.7 percent at the end of 2024. At the end of 2024 green loans grew 21.7 percent.',
    'Green loans rose 14.4 percent year on year at the end of June, slower than the 21.7 percent growth seen at the end of 2024. By the end of 2024, green loans had risen 21.7 percent year on year.',
  ])('%s', (text) => {
    const claims = extractClaims(text, at).claims.filter((c) => c.figure.text.startsWith('21.7'));
    // The earlier rate is positive and of the end of 2024 — never a fall of 21.7 %, nor a rate of June 2025.
    expect(claims.map((c) => `${c.figure.value.toString()}|${c.date}|${c.measure}`)).toEqual(['21.7|2024-12-31|growth', '21.7|2024-12-31|growth']);
    expectQuiet(text, at);
    // (The same rate restated with another digit at the same date cannot both be right.)
    expectFlagged(text.replace(/21\.7 percent\.$|21\.7 percent year on year\.$/, '22.9 percent.'), at, '22.9 percent');
  });
  it('dates a share compared with by the date after it ("up from 12.1 percent at the end of 2024")', () => {
    const text = 'Tech loans made up 13.8 percent of total loans at the end of June, up from 12.1 percent at the end of 2024.';
    expect(extractClaims(text, at).claims.map((c) => `${c.figure.text}|${c.measure}|${c.date}`)).toEqual(['13.8 percent|share|2025-06-30', '12.1 percent|share|2024-12-31']);
  });
  it('reads "versus the end of last year" as a base, not the date of the rates after it (412.0 / 360.1 = +14.41 %)', () => {
    const text = (ytd: string) => `At the end of June 2025, the bank's green loans stood at 412.0 billion yuan, up ${ytd}% versus the end of last year and 21.5% from a year earlier. At the end of 2024, its green loans stood at 360.1 billion yuan, up 18.2% from a year earlier.`;
    expect(extractClaims(text('14.4'), at).claims.map((c) => `${c.figure.text}|${c.date}`)).toEqual(['412.0 billion yuan|2025-06-30', '14.4%|2025-06-30', '21.5%|2025-06-30', '360.1 billion yuan|2024-12-31', '18.2%|2024-12-31']);
    expectQuiet(text('14.4'), at);
    expectFlagged(text('15.4'), at, '15.4%');
  });
});

describe('reading: stop 36 — English respectively lists over subjects read before them', () => {
  const at = { documentDate: '2025-08-15' };
  it('pairs "up A and B, respectively" with the loans just read, each with its own figure', () => {
    const text = 'By the end of June, green loans of Ding Bank stood at 88.6 billion yuan, and its tech loans were 9.4 billion yuan, up 15.2 percent and 44.6 percent year on year, respectively. A year earlier its green loans were 76.9 billion yuan.';
    expect(extractClaims(text, at).claims.map((c) => `${c.figure.text}|${c.indicator}|${c.holder}|${c.date}`)).toEqual([
      '88.6 billion yuan|green-loans|bank:Ding Bank|2025-06-30',
      '9.4 billion yuan|tech-loans|bank:Ding Bank|2025-06-30',
      '15.2 percent|green-loans|bank:Ding Bank|2025-06-30',
      '44.6 percent|tech-loans|bank:Ding Bank|2025-06-30',
      '76.9 billion yuan|green-loans|bank:Ding Bank|2024-06-30',
    ]);
    // 88.6 / 76.9 = 1.1521: 15.2 % agrees, 16.2 % does not.
    expectQuiet(text, at);
    expectFlagged(text.replace('15.2 percent', '16.2 percent'), at, '16.2 percent');
  });
  it('pairs "rose A and B respectively, to X and Y" amounts with the same subjects', () => {
    const text = "Ding Bank's green loans and tech loans rose 22.1 percent and 13.4 percent respectively, to 412.0 billion yuan and 236.5 billion yuan.";
    expect(extractClaims(text, at).claims.map((c) => `${c.figure.text}|${c.indicator}`)).toEqual(['22.1 percent|green-loans', '13.4 percent|tech-loans', '412.0 billion yuan|green-loans', '236.5 billion yuan|tech-loans']);
  });
});

describe('reading: stop 36 — English reports of an unnamed group, and "these loans"', () => {
  it('holds a group\'s figures by the group and reads the NPL ratio "of these loans" as theirs, since the previous year-end', () => {
    const text = "The Group's inclusive loans to small and micro enterprises totaled RMB 2,463.18 billion at June 30, 2025. The non-performing loan ratio of these loans was 1.28%, up 0.09 percentage points from the end of the previous year.";
    expect(extractClaims(text, { documentDate: '2025-08-15' }).claims.map((c) => `${c.figure.text}|${c.indicator}|${c.part ?? ''}|${c.holder}|${c.basis ?? ''}`)).toEqual([
      'RMB 2,463.18 billion|inclusive-small-micro-loans||entity:group|',
      '1.28%|inclusive-small-micro-loans|不良|entity:group|',
      '0.09 percentage points|inclusive-small-micro-loans|不良|entity:group|ytd',
    ]);
  });
});

describe('reading: stop 36 — English lists over banks, the former and the latter, a list after "while"', () => {
  const at = { documentDate: '2025-08-15' };
  it.each([
    [
      'Green loans of Agricultural Bank of China and Bank of Communications reached 4.97 trillion yuan and 1.12 trillion yuan, respectively, at the end of 2024, up 23.0 percent and 21.4 percent from the end of the previous year.',
      ['4.97 trillion yuan|green-loans|bank:农业银行|balance', '1.12 trillion yuan|green-loans|bank:交通银行|balance', '23.0 percent|green-loans|bank:农业银行|growth', '21.4 percent|green-loans|bank:交通银行|growth'],
    ],
    [
      'ICBC, China Construction Bank and Agricultural Bank of China reported green loans of 6.12 trillion yuan, 4.87 trillion yuan and 4.97 trillion yuan, respectively, at the end of June.',
      ['6.12 trillion yuan|green-loans|bank:工商银行|balance', '4.87 trillion yuan|green-loans|bank:建设银行|balance', '4.97 trillion yuan|green-loans|bank:农业银行|balance'],
    ],
    [
      'In Zhejiang, green loans and tech loans reached 3.82 trillion yuan and 2.18 trillion yuan respectively at the end of June, with the former up 18.3 percent and the latter up 16.3 percent year on year.',
      ['3.82 trillion yuan|green-loans|region:330000|balance', '2.18 trillion yuan|tech-loans|region:330000|balance', '18.3 percent|green-loans|region:330000|growth', '16.3 percent|tech-loans|region:330000|growth'],
    ],
    [
      '截至6月末，全省绿色贷款和科技贷款余额分别为3.82万亿元和2.18万亿元，前者同比增长18.3%，后者同比增长16.3%。',
      ['3.82万亿元|green-loans|text|balance', '2.18万亿元|tech-loans|text|balance', '18.3%|green-loans|text|growth', '16.3%|tech-loans|text|growth'],
    ],
    [
      'By the end of 2024, outstanding inclusive loans to small and micro businesses reached 33.39 trillion yuan, up 14.6 percent year on year, while loans to tech SMEs and green loans grew 21.2 percent and 21.7 percent, respectively.',
      ['33.39 trillion yuan|inclusive-small-micro-loans-pboc|text|balance', '14.6 percent|inclusive-small-micro-loans-pboc|text|growth', '21.2 percent|tech-sme-loans|text|growth', '21.7 percent|green-loans|text|growth'],
    ],
  ])('%s', (text, expected) => {
    expect(extractClaims(text, at).claims.map((c) => `${c.figure.text.replace(/^reached /, '')}|${c.indicator}|${c.holder}|${c.measure}`)).toEqual(expected);
  });
  it('checks each bank\'s growth against its own balances, never across banks (4.97 / 4.04 = +23.0 %, 1.12 / 0.922 = +21.5 %)', () => {
    const text = (rate: string) => `Green loans of Agricultural Bank of China and Bank of Communications reached 4.97 trillion yuan and 1.12 trillion yuan, respectively, at the end of 2024, up ${rate} percent and 21.5 percent from the end of the previous year. At the end of 2023, green loans of Agricultural Bank of China were 4.04 trillion yuan.`;
    expectQuiet(text('23.0'), at);
    expectFlagged(text('25.0'), at, '25.0 percent');
  });
});

describe('checking: stop 36 — English gaps: after the benchmark\'s rate, in a list, named back by "both"', () => {
  const at = { documentDate: '2025-08-15' };
  it('reads "outpacing the 7.1 percent growth of all loans by 15.0 percentage points" as the subject\'s gap (22.1 − 7.1 = 15.0)', () => {
    const text = (gap: string) => `The number of tech SMEs with bank loans rose to 273,000 by the end of June, and their loan balance was 3.45 trillion yuan. Their loan balance went up 22.1 percent year on year, outpacing the 7.1 percent growth of all loans by ${gap} percentage points.`;
    const claims = extractClaims(text('15.0'), at).claims;
    expect(claims.map((c) => `${c.figure.text}|${c.indicator}|${c.measure}`).slice(1)).toEqual(['3.45 trillion yuan|tech-sme-loans|balance', '22.1 percent|tech-sme-loans|growth', '7.1 percent|total-loans|growth', '15.0 percentage points|tech-sme-loans|gap']);
    expectQuiet(text('15.0'), at);
    expectFlagged(text('16.0'), at, '16.0 percentage points');
  });
  it('pairs a run of gaps after a respectively list with its subjects (43.0 − 36.2 = 12.6 − 5.8 = 6.8)', () => {
    const text = (gap: string) => `Loans to the elderly care industry and to core industries of the digital economy rose 43.0 percent and 12.6 percent year on year, respectively, at the end of the second quarter, outpacing overall loan growth by ${gap} and 5.8 percentage points.`;
    expect(extractClaims(text('36.2'), at).claims.map((c) => `${c.indicator}|${c.measure}|${c.basis ?? ''}`)).toEqual(['pension-industry-loans|growth|yoy', 'digital-economy-loans|growth|yoy', 'pension-industry-loans|gap|yoy', 'digital-economy-loans|gap|yoy']);
    expectQuiet(text('36.2'), at);
    expectFlagged(text('38.2'), at, '38.2 percentage points');
  });
  it('pairs "Both rates outpaced …, by A and B respectively" with the subjects of the sentence before (11.7 − 4.9 = 14.4 − 7.6 = 6.8)', () => {
    const text = (gap: string) => `At the end of June, the balances of inclusive loans to small and micro firms and green loans were 35.6 trillion yuan and 42.4 trillion yuan respectively, up 11.7 percent and 14.4 percent year on year. Both rates outpaced overall loan growth, by ${gap} and 7.6 percentage points respectively.`;
    expect(extractClaims(text('4.9'), at).claims.filter((c) => c.measure === 'gap').map((c) => `${c.indicator}|${c.part ?? ''}|${c.basis ?? ''}`)).toEqual(['inclusive-loans|small and micro firms|yoy', 'green-loans||yoy']);
    expectQuiet(text('4.9'), at);
    expectFlagged(text('5.9'), at, '5.9 percentage points');
  });
  it('sums "the three banks\' combined" figure over the three banks just listed (6.04 + 4.97 + 4.70 = 15.71)', () => {
    const text = (total: string) => `ICBC, ABC and CCB reported green loans of 6.04 trillion yuan, 4.97 trillion yuan and 4.70 trillion yuan, respectively, at the end of 2024. The three banks' combined green loans of ${total} trillion yuan accounted for 42.9 percent of the national total of 36.60 trillion yuan.`;
    const claims = extractClaims(text('15.71'), { documentDate: '2025-04-20' }).claims;
    expect(claims.find((c) => c.figure.text === '15.71 trillion yuan')?.holder).toBe('banks:工商银行+农业银行+建设银行');
    expect(claims.find((c) => c.figure.text === '36.60 trillion yuan')?.part).toBeUndefined();
    expectQuiet(text('15.71'), { documentDate: '2025-04-20' });
    expectFlagged(text('16.71'), { documentDate: '2025-04-20' }, '16.71 trillion yuan');
  });
});

describe('checking: stop 36, hunt 66 — provincial and county releases, Hong Kong and Taiwan reprints', () => {
  it.each([
    // a county-level city's own 全市 is itself (the prefecture is named): 65.2 and 2150 are two holders' balances
    ['截至6月末，全市绿色贷款余额65.2亿元，较年初增长11.2%。潍坊市绿色贷款余额2150亿元，较年初增长13.36%。', { documentDate: '2025-08-02', region: '370781' }, ['65.2亿元|region:370781', '11.2%|region:370781', '2150亿元|region:370700', '13.36%|region:370700']],
    // …but a text that calls itself 全县 calls the city above 全市
    ['截至2025年6月末，全县科技贷款余额23.6亿元，同比增长28.4%，高于全市科技贷款增速9.2个百分点；全市科技贷款同比增长19.2%。', { region: '370781' }, ['23.6亿元|region:370781', '28.4%|region:370781', '9.2个百分点|region:370781', '19.2%|region:370700']],
    // a county-level city labelling its own lines
    ['寿光市：截至6月末，全市普惠小微贷款余额156.2亿元。\n青州市：截至6月末，全市普惠小微贷款余额98.7亿元。', { documentDate: '2025-08-02', region: '370700' }, ['156.2亿元|region:370783', '98.7亿元|region:370781']],
    // a Hong Kong paper's masthead is no holder; the PBoC's data are the nation's, 金管局's Hong Kong's
    ['香港文匯報訊 人民銀行數據顯示，6月末綠色貸款按年增長14.4%。金管局數據顯示，香港綠色貸款按年增長25.6%。', { documentDate: '2025-08-02' }, ['14.4%|national', '25.6%|region:810000']],
    ['據港媒報道，內地6月末人民幣貸款按年增長7.1%；本港6月底貸款總額按年下跌3.1%。', { documentDate: '2025-08-02' }, ['7.1%|national', '3.1%|region:810000']],
    ['香港經濟日報 綜合報道：內地6月末綠色貸款餘額42.39萬億元人民幣，較年初增長14.4%。香港方面，本港綠色貸款較年初增長9.5%。', { documentDate: '2025-07-30' }, ['42.39万亿元|national', '14.4%|national', '9.5%|region:810000']],
    // Taiwan's regulator beside the mainland's central bank
    ['金管會統計，本國銀行綠色貸款年增8.5%。另據大陸央行公布，陸綠色貸款年增14.4%。', { documentDate: '2025-08-05' }, ['8.5%|region:710000', '14.4%|national']],
    // …but a mainland place's own bureau (上海金管局) is that place's
    ['上海金管局数据显示，6月末绿色贷款同比增长14.4%。', { documentDate: '2025-08-02' }, ['14.4%|region:310000']],
  ] as const)('%s', (text, options, expected) => {
    expect(extractClaims(text, options).claims.map((c) => `${c.figure.text}|${c.holder}`)).toEqual(expected);
    expect(checkText(text, options).status).not.toBe('inconsistent');
  });
  it('holds a table\'s 合计 row of places by the places together, and sums it (2315.4 + 1980.2 = 4295.6)', () => {
    const table = (total: string) => `| 地区 | 绿色贷款余额（亿元） |\n|---|---|\n| 济南市 | 2315.4 |\n| 青岛市 | 1980.2 |\n| 合计 | ${total} |`;
    const claims = extractClaims(table('4295.6'), { documentDate: '2025-08-02' }).claims;
    expect(claims.map((c) => `${c.holder}|${c.indicator}|${c.part ?? ''}`)).toEqual(['region:370100|green-loans|', 'region:370200|green-loans|', 'places:370100+370200|green-loans|']);
    expectQuiet(table('4295.6'), { documentDate: '2025-08-02' });
    expectFlagged(table('4395.6'), { documentDate: '2025-08-02' }, '4395.6');
  });
  it.each([
    // the loans of institutions just counted are their part: 486.2 is no second balance of the city's green loans
    ['全市绿色贷款余额2150亿元。全市共有32家银行机构，其中地方法人银行12家，绿色贷款余额486.2亿元。', '地方法人银行'],
    ['全省科技贷款余额1.2万亿元。全省共设立科技支行86家，科技贷款余额1320.5亿元。', '科技支行'],
  ])('%s', (text, part) => {
    const options = { documentDate: '2025-08-02', region: '370700' };
    expect(extractClaims(text, options).claims.at(-1)?.part).toBe(part);
    expectQuiet(text, options);
  });
  it.each([
    // 比上年同期的98.2亿元增加22.3亿元: the difference of the two flows (120.5 − 98.2 = 22.3)
    ['1-10月，全市绿色贷款增加120.5亿元，比上年同期的98.2亿元增加22.3亿元。', '22.3亿元', 'flow-difference', '32.3'],
    // a bare 增长 right after a flow since 3月末 is that flow's rate (18.3 / 593.7 = 3.08%), not the year's
    ['截至6月末，全市普惠小微贷款余额612亿元，较年初增长8.26%，较3月末增加18.3亿元，增长3.08%。', '3.08%', 'growth', '4.08'],
  ])('%s', (text, figure, measure, changed) => {
    const options = { documentDate: '2025-11-10', region: '370700' };
    expect(extractClaims(text, options).claims.find((c) => c.figure.text === figure)?.measure).toBe(measure);
    expectQuiet(text, options);
    expectFlagged(text.replace(figure.replace(/[亿元%]/g, ''), changed), options, figure.replace(figure.replace(/[亿元%]/g, ''), changed));
  });
});

describe('checking: stop 36, hunt 66 — bases, clause dates, topics and lists of places', () => {
  it.each([
    // 环比 beside 较上月末 (or a quarter's base by its date) is the month's: 12.0 / 868.0 = 1.38%, 37.4 / 842.6 = 4.44%
    ['9月末，全市绿色贷款余额880.0亿元，较上月末增加12.0亿元，环比增长1.38%；较6月末增加37.4亿元，增长4.44%。', { documentDate: '2025-10-20', region: '370700' }, '1.38%', 'growth|mom', '1.48'],
    // an earlier month-end opening its own clause after ； dates that clause's change: 2240 − 2200 = 40
    ['2月末，全市绿色贷款余额2270亿元；1月末余额为2240亿元，较上年末增加40亿元；上年末余额为2200亿元。', { documentDate: '2026-04-10', region: '370700' }, '40亿元', 'increment|ytd', '60'],
  ] as const)('%s', (text, options, figure, read, changed) => {
    const claim = extractClaims(text, options).claims.find((c) => c.figure.text === figure);
    expect(`${claim?.measure}|${claim?.basis}`).toBe(read);
    expectQuiet(text, options);
    const digits = figure.replace(/[亿元%]/g, '');
    const at = text.lastIndexOf(figure);
    expectFlagged(`${text.slice(0, at)}${changed}${text.slice(at + digits.length)}`, options, figure.replace(digits, changed));
  });
  it('dates each month-end clause by its own date', () => {
    const claims = extractClaims('2月末，全市绿色贷款余额2270亿元；1月末余额为2240亿元，较上年末增加40亿元；上年末余额为2200亿元。', { documentDate: '2026-04-10', region: '370700' }).claims;
    expect(claims.map((c) => `${c.figure.text}|${c.date}`)).toEqual(['2270亿元|2026-02-28', '2240亿元|2026-01-31', '40亿元|2026-01-31', '2200亿元|2025-12-31']);
  });
  it('reads bare 放款 after a clause that only names loans as those loans (國銀中小企業放款，放款餘額…)', () => {
    const claims = extractClaims('國銀中小企業放款，放款餘額10兆8,202億元。本國銀行放款總餘額為42兆6,510億元。', { documentDate: '2025-12-11' }).claims;
    expect(claims.map((c) => c.indicator)).toEqual(['subject:中小企业放款', 'total-loans']);
  });
  it('leaves a 分别 list over names it does not know unread, never the area\'s total again', () => {
    const r = extractClaims('截至6月末，全市绿色贷款余额2150亿元，其中寿光、青州分别为312.6亿元和65.2亿元。', { documentDate: '2025-08-02', region: '370700' });
    expect(r.claims.map((c) => c.figure.text)).toEqual(['2150亿元']);
    expect(r.unparsed.filter((u) => u.code === 'list-mismatch').map((u) => u.text)).toEqual(['312.6亿元', '65.2亿元']);
  });
  it('pairs a 分别 list with the places each stated with its own level before it', () => {
    const text = '截至6月末，寿光市绿色贷款余额312.6亿元，青州市65.2亿元，诸城市48.3亿元，分别较年初增长16.2%、11.2%和9.5%。';
    expect(extractClaims(text, { documentDate: '2025-08-02', region: '370700' }).claims.filter((c) => c.measure === 'growth').map((c) => `${c.figure.text}|${c.holder}`)).toEqual(['16.2%|region:370783', '11.2%|region:370781', '9.5%|region:370782']);
  });
  it('reads the items a new breakdown heading names, whatever the list before it named', () => {
    const text = '按机构划分，中型、小型银行绿色贷款比年初分别增长19.4%和17.1%；按地区划分，东部、西部地区分别增长21.3%和15.8%。';
    expect(extractClaims(text, { documentDate: '2025-08-02' }).claims.map((c) => `${c.figure.text}|${c.part}`)).toEqual(['19.4%|中型银行', '17.1%|小型银行', '21.3%|东部地区', '15.8%|西部地区']);
    expect(checkText(text, { documentDate: '2025-08-02' }).status).not.toBe('inconsistent');
  });
  it('reads a gap to the growth of deposits or of borrowers as no gap to loans', () => {
    const claims = extractClaims('全市绿色存款同比增长15.2%，高于各项存款增速6.1个百分点。全市各项贷款同比增长7.6%。', { documentDate: '2025-08-02', region: '370700' }).claims;
    expect(claims.find((c) => c.measure === 'gap')?.benchmark).toBe('subject:各项存款');
    expectQuiet('全市绿色存款同比增长15.2%，高于各项存款增速6.1个百分点。全市各项贷款同比增长7.6%。', { documentDate: '2025-08-02', region: '370700' });
  });
});

describe('reading: stop 36, hunt 66 — a tier\'s bounds and a topic opened by its source and date', () => {
  it('leaves the bounds of a policy\'s tier unread (500万元至1000万元（含）的), never the area\'s loans', () => {
    const text = '贷款金额500万元（含）以下的，贴息比例为50%；500万元至1000万元（含）的，贴息比例为30%。目前，全市各项贷款余额12514.55亿元。';
    const r = extractClaims(text, { documentDate: '2025-03-10', region: '370700' });
    expect(r.claims.map((c) => c.figure.text)).toEqual(['12514.55亿元']);
    expect(r.unparsed.map((u) => u.text)).toContain('1000万元');
  });
  it('reads 放款餘額 after "金管會公布114年10月底國銀中小企業放款，" as those loans', () => {
    const text = '金管會公布114年10月底國銀中小企業放款，放款餘額10兆8,202億元，月增493億元。本國銀行放款總餘額為42兆6,510億元，月增2,103億元。';
    const claims = extractClaims(text, { documentDate: '2025-12-11' }).claims;
    expect(claims.map((c) => c.indicator)).toEqual(['subject:中小企业放款', 'subject:中小企业放款', 'total-loans', 'total-loans']);
    expect(checkText(text, { documentDate: '2025-12-11' }).status).not.toBe('inconsistent');
  });
});

describe('checking: stop 36 review — near misses of the new rules stay quiet', () => {
  it.each([
    // a county-level city's 全市 only when the caller gives its region: here 全市 is the prefecture the text is about
    ['寿光市、青州市等地绿色金融发展较快。截至6月末，全市绿色贷款余额2150亿元，同比增长13.4%。青州市绿色贷款同比增长11.2%。', {}],
    // loans to the mainland are Hong Kong's banks' part, not the nation's loans
    ['本港銀行業6月末貸款總額按年下跌3.1%，其中對內地貸款按年下跌5.0%。人民銀行數據顯示，6月末人民幣貸款按年增長7.1%。', {}],
    // 环比 in a quarter's sentence is the quarter's (842.6 / 1.052 = 800.95; 10.0 / 832.6 = 1.20%)
    ['二季度末，全市绿色贷款余额842.6亿元，环比增长5.2%，较上月末增加10.0亿元，增长1.20%。', {}],
    // a change of now against last year, after last year's level in its own clause, is now's (300 / 2000 = 15.0%)
    ['6月末，全市绿色贷款余额2300亿元；上年6月末余额为2000亿元，同比增加300亿元，增长15.0%。', {}],
    // the loans named after the places' levels are the 分别 list's
    ['截至6月末，寿光市绿色贷款余额312.6亿元，青州市65.2亿元，两地科技贷款分别较年初增长20.0%和15.0%。寿光市绿色贷款较年初增长16.2%。', { region: '370700' }],
    // 前者 after three items points at none of them for sure
    ['截至6月末，全省绿色贷款、科技贷款和普惠小微贷款余额分别为3.82万亿元、2.18万亿元和1.35万亿元，其中前者同比增长18.3%。上年6月末，科技贷款余额1.874万亿元。', {}],
    // the rate after the two banks' combined total is theirs together (10.91 / 9.09 = +20.0%), not the last bank's
    ["ICBC and CCB reported green loans of 6.04 trillion yuan and 4.87 trillion yuan, respectively, at the end of 2024. The two banks' combined green loans of 10.91 trillion yuan were up 20.0 percent from a year earlier. A year earlier, CCB's green loans stood at 4.00 trillion yuan.", {}],
    // a combined total of another quantity is no sum of the banks' green loans
    ["ICBC, ABC and CCB reported green loans of 6.04 trillion yuan, 4.97 trillion yuan and 4.70 trillion yuan, respectively, at the end of 2024. The three banks' combined tech loans of 8.50 trillion yuan were larger.", {}],
    // a simplified reprint of Taiwan's figures may have turned them into yuan (2800 / 390 = 7.18 yuan per dollar)
    ['据台湾金管会统计，台湾地区银行业绿色放款余额约2800亿元，约合390亿美元。', {}],
    // a bank named after a joint total holds its own figure again (6.04 / 5.0 − 1 = 20.8%, no relation to the 20.0%)
    ["ICBC and CCB reported green loans of 6.04 trillion yuan and 4.87 trillion yuan, respectively, at the end of June. The two banks' combined green loans of 10.91 trillion yuan were up 20.0 percent from a year earlier, when ICBC's stood at 5.0 trillion yuan.", {}],
    // the change of a rate printed in % (增速同比+3.2%) is no second growth of the loans
    ['全市科技贷款余额1250.6亿元，同比增长21.5%，增速同比+3.2%。', {}],
    // a dotted Taiwan date with words right after it (114.6.30本國銀行…) dates its figure: 12,406 − 12,200 = 206
    ['金管會統計，114.6.30本國銀行綠色放款餘額1兆2,406億元；114年5底為1兆2,200億元，增加206億元。', { documentDate: '2025-08-10' }],
    // 两项 names the two rates just read: no count (14.27 − 6.01 = 8.26 = 21.06 − 12.80)
    ['截至2025年6月末，全市普惠小微贷款余额612.35亿元（同比增长14.27%），绿色贷款余额845.2亿元（同比增长21.06%），两项增速分别高于各项贷款增速6.01个和12.80个百分点。', {}],
    // 前者增速比后者高: the gap is to the latter, never to all loans (18.3 − 16.3 = 2.0)
    ['全省绿色贷款余额3.82万亿元，同比增长18.3%；科技贷款余额2.18万亿元，同比增长16.3%，前者增速比后者高2.0个百分点。全省各项贷款同比增长8.1%。', {}],
    // the growth of a flow over last year's flow (120.5 / 98.2 = +22.7%) is no growth of the balance
    ['1-6月，全市绿色贷款增加120.5亿元，比上年同期的98.2亿元增长22.7%。全市绿色贷款余额800亿元，同比增长15.0%。', { region: '370700' }],
  ] as const)('%s', (text, extra) => {
    expectQuiet(text, { documentDate: '2025-08-15', ...extra });
  });
  it('still flags a Taiwan release\'s NT$ restated at a rate no currency has known (12,406 / 506 = 24.5)', () => {
    expectFlagged('截至114年9月底，國銀綠色放款餘額1兆2,406億元，約合506億美元。', { documentDate: '2025-11-10' }, '506億美元');
  });
});

describe('reading and checking: stop 37 — a share right after an amount, holders within holders', () => {
  it('reads "…, or 38.6 percent of the provincial total" after a city\'s amount as its share of the province\'s (1.18 / 3.06 = 38.56%)', () => {
    const text = "Guangdong's green loan balance reached 3.06 trillion yuan at the end of March, up 19.5 percent year on year. Green loans in Shenzhen, the province's largest lending market, amounted to 1.18 trillion yuan, or 38.6 percent of the provincial total.";
    const claims = extractClaims(text, { documentDate: '2025-08-15' }).claims;
    const share = claims.find((c) => c.measure === 'share');
    expect([share?.figure.text, share?.indicator, share?.holder, share?.of, share?.ofHolder]).toEqual(['38.6 percent', 'green-loans', 'region:440300', 'green-loans', 'region:440000']);
    // the appositive's "lending market" is no subject of the amount
    expect(heldRows(text, { documentDate: '2025-08-15' })).toContain('1.18 trillion yuan|green-loans||region:440300|2025-03-31|balance');
    expectQuiet(text, { documentDate: '2025-08-15' });
    // 1.18 / 3.06 is no 36.8%
    expectFlagged(text.replace('38.6 percent', '36.8 percent'), { documentDate: '2025-08-15' }, '36.8 percent');
  });
  it('reads "Of the total, … were 14.4 trillion yuan, or 40.4 percent." as the part\'s share of its whole (14.4 / 35.6 = 40.45%)', () => {
    const text = "China's inclusive loans to small and micro businesses stood at 35.6 trillion yuan by the end of June, up 11.7 percent year on year. Of the total, loans granted by the six major state-owned banks were 14.4 trillion yuan, or 40.4 percent.";
    const share = extractClaims(text, { documentDate: '2025-08-15' }).claims.find((c) => c.figure.text === '40.4 percent');
    expect([share?.measure, share?.of]).toEqual(['share', 'inclusive-small-micro-loans-pboc']);
    expectQuiet(text, { documentDate: '2025-08-15' });
    expectFlagged(text.replace('40.4 percent', '44.0 percent'), { documentDate: '2025-08-15' }, '44.0 percent');
  });
  it.each([
    // an amount after which "or N percent" runs on is no share
    'Green loans reached 3.06 trillion yuan, or 12.5 percent higher than a year earlier.',
    // "or N percent" after an increment is its rate, as before
    'Green loans increased by 500 billion yuan, or 14.3 percent, from the start of the year.',
  ])('leaves "%s" without a share', (text) => {
    expect(extractClaims(text, { documentDate: '2025-08-15' }).claims.filter((c) => c.measure === 'share')).toEqual([]);
  });
  it.each([
    // a branch within its bank: 312.5 + 208.6 ≤ 1,582.4
    ['2024年末，本行绿色贷款余额1,582.4亿元，较上年末增长24.1%；其中，本行杭州分行、宁波分行绿色贷款余额分别为312.5亿元和208.6亿元。', '312.5亿元', '1,682.4亿元'],
    // the parent bank within its group (本集团 2.38万亿元 ≥ 本行 2.31万亿元)
    ['截至2024年12月31日，本集团绿色贷款余额达到2.38万亿元，比上年末增长31.2%；其中，本行绿色贷款余额2.31万亿元，比上年末增加5,380亿元。', '2.31万亿元', '2.41万亿元'],
  ])('bounds a balance by the holder it is within: %s', (text, _part, changedPart) => {
    expectQuiet(text);
    const changed = text.replace(_part, changedPart);
    const r = checkText(changed, {});
    expect(r.status).toBe('inconsistent');
    expect(r.relations.some((x) => x.kind === 'at-most' && x.verdict === 'inconsistent')).toBe(true);
  });
});

describe('reading: stop 37 — a card of labelled lines, 比上年多发放', () => {
  it('reads a card\'s labelled lines as the subject its heading names, over a date line and a tag', () => {
    const text = '【数据】\n全省科技贷款\n截至：2025年6月末\n余额：1250.0亿元\n同比增长：25.0%\n较上年同期增加：250.0亿元\n【来源：某省分行】';
    expect(heldRows(text)).toEqual([
      '1250.0亿元|tech-loans||text|2025-06-30|balance',
      '25.0%|tech-loans||text|2025-06-30|growth|yoy',
      '250.0亿元|tech-loans||text|2025-06-30|increment|yoy',
    ]);
    // 250 / (1250 − 250) = 25.0%
    expectQuiet(text);
    expectFlagged(text.replace('25.0%', '27.0%'), {}, '27.0%');
  });
  it('leaves labelled lines under a heading of no subject unread', () => {
    const text = '联系方式\n电话：0536-1234567\n余额：1250.0亿元';
    expect(extractClaims(text, {}).claims).toEqual([]);
  });
  it('reads 比上年多发放 after an amount lent in a year as the difference of the two years\' amounts', () => {
    expect(heldRows('2020年，全国新发放普惠小微贷款4.24万亿元，比上年多发放1.75万亿元。')).toEqual([
      '4.24万亿元|inclusive-small-micro-loans-pboc||national|2020-12-31|new-lending',
      '1.75万亿元|inclusive-small-micro-loans-pboc||national|2020-12-31|flow-difference|yoy',
    ]);
  });
});

describe('reading: stop 37 — a policy\'s caps, requirements and leverage are no statistics', () => {
  it.each([
    // eligibility conditions
    ['申请企业应当符合以下条件：年销售额不超过3000万元，资产总额不超过5000万元，且当年设备购置金额不少于300万元。', ['3000万元', '5000万元', '不少于300万元']],
    // a cap, its part and a subsidy that is a fraction of the rate
    ['贷款额度最高可达500万元，其中信用贷款不超过300万元；贴息比例为贷款利率的50%，最高不超过1.5个百分点。', ['500万元', '不超过300万元', '50%', '1.5个百分点']],
    // a pool levered 1:10 — 撬动 is no bank's name
    ['设立1亿元风险补偿资金池，按1:10放大，撬动银行贷款10亿元。', ['1亿元', '10亿元']],
    // lenders counted, set up
    ['全省共设立科技支行86家，绿色专营机构156家，其绿色贷款余额合计3860.2亿元。', ['86家', '156家']],
  ] as const)('%s', (text, notClaims) => {
    const r = extractClaims(text, { documentDate: '2025-04-10', region: '370700' });
    const claimed = r.claims.map((c) => c.figure.text);
    for (const t of notClaims) expect(claimed).not.toContain(t);
    expect(r.claims.map((c) => c.holder).filter((h) => h.startsWith('bank:'))).toEqual([]);
  });
  it('still reads a statistic that passed a level (突破) and a balance over one (超过)', () => {
    const claims = extractClaims('截至6月末，全市绿色贷款余额突破1000亿元，科技贷款余额超过800亿元。', { documentDate: '2025-08-15', region: '370700' }).claims;
    expect(claims.map((c) => `${c.figure.text}|${c.indicator}|${c.measure}`)).toEqual(['突破1000亿元|green-loans|balance', '超过800亿元|tech-loans|balance']);
  });
});

describe('checking: stop 37 — a currency\'s book within both currencies\', and no bound between regions', () => {
  it('bounds 人民币贷款 by 本外币贷款 (268.6 ≤ 272.6)', () => {
    const text = '6月末本外币贷款余额272.6万亿元，同比增长6.8%，人民币贷款余额268.6万亿元，同比增长7.1%。';
    expectQuiet(text, { documentDate: '2025-07-15' });
    const r = checkText(text.replace('268.6万亿元', '278.6万亿元'), { documentDate: '2025-07-15' });
    expect(r.status).toBe('inconsistent');
    expect(r.relations.some((x) => x.kind === 'at-most' && x.verdict === 'inconsistent')).toBe(true);
  });
  it('sets no bound between a city and its province (a city\'s figure now beside the province\'s of 2020 stays quiet: hunt 68)', () => {
    expectQuiet('2020年末，全省绿色贷款余额3012.5亿元。如今，青岛市绿色贷款余额3520.6亿元。', { documentDate: '2025-08-15', region: '370000' });
  });
  it('reads 环比 as the month\'s beside a change against the quarter-end (880.0 / 1.0138 is no quarter\'s base when 较6月末 is 4.44%)', () => {
    const claims = extractClaims('9月末，全市绿色贷款余额880.0亿元，环比增长1.38%；较6月末增长4.44%。', { documentDate: '2025-10-20', region: '370700' }).claims;
    expect(claims.map((c) => `${c.figure.text}|${c.basis ?? ''}`)).toEqual(['880.0亿元|', '1.38%|mom', '4.44%|qoq']);
    expectQuiet('9月末，全市绿色贷款余额880.0亿元，环比增长1.38%；较6月末增长4.44%。', { documentDate: '2025-10-20', region: '370700' });
  });
});

describe('reading: stop 37, hunt 67 — bare loans under a field of finance are that field\'s', () => {
  const at = { documentDate: '2025-08-29' };
  it.each([
    // a topic opening its clause, twice in one sentence
    ['普惠金融方面，截至6月末，该行贷款余额1820.40亿元，较年初增长9.85%；养老金融方面，贷款余额96.30亿元，较年初增长31.20%。', ['1820.40亿元|subject:普惠金融贷款', '96.30亿元|subject:养老金融贷款']],
    // headings on lines of their own, 相关贷款 under each
    ['（一）科技金融\n报告期末，相关贷款余额812.5亿元，较上年末增长18.20%。\n（二）数字金融\n报告期末，相关贷款余额305.1亿元，较上年末增长12.40%。', ['812.5亿元|subject:科技金融贷款', '305.1亿元|subject:数字金融贷款']],
    // a label with a colon
    ['绿色金融：报告期末，本行贷款余额640.0亿元，较上年末增长20.75%。\n科技金融：报告期末，本行贷款余额512.8亿元，较上年末增长16.10%。', ['640.0亿元|subject:绿色金融贷款', '512.8亿元|subject:科技金融贷款']],
    // English fields
    ["In inclusive finance, the bank's loans rose 9.85 percent from the end of last year to 182.04 billion yuan. In green finance, its loans grew 20.75 percent to 64.00 billion yuan.", ['182.04 billion yuan|inclusive-loans', '64.00 billion yuan|subject:green finance loans']],
    // the clients just counted own the bare loans after them
    ['截至6月末，该行为1.8万户小微企业提供贷款支持，贷款余额905.20亿元，较年初增长11.30%；该行各项贷款较年初增长6.40%。', ['905.20亿元|small-micro-loans']],
  ] as const)('%s', (text, expected) => {
    const claims = extractClaims(text, at).claims.filter((c) => c.measure === 'balance');
    expect(claims.map((c) => `${c.figure.text}|${c.indicator}`)).toEqual(expected);
    expectQuiet(text, at);
  });
  it('keeps loans named after the field (科技金融方面，科技贷款余额…) and all loans named as such', () => {
    const claims = extractClaims('科技金融方面，截至6月末，本行科技贷款余额512.8亿元，较年初增长16.10%，全行各项贷款较年初增长6.40%。', at).claims;
    expect(claims.map((c) => `${c.figure.text}|${c.indicator}`)).toEqual(['512.8亿元|tech-loans', '16.10%|tech-loans', '6.40%|total-loans']);
  });
});

describe('reading: stop 37, hunt 67 — an earlier date\'s clause keeps the change the date in force already stated', () => {
  const at = { documentDate: '2025-07-25' };
  it.each([
    // 去年同期 glued to its level after ；, then 同比 said again: a year before's rate (28.4 / 24.8 = 14.5%; 24.8 / 21.1 = 17.5%)
    ['6月末，全省科技贷款余额28.4万亿元，同比增长14.5%；去年同期余额24.8万亿元，同比增长17.5%。', ['24.8万亿元|2024-06-30', '17.5%|2024-06-30']],
    // 上年末 and 较上年 after 较上年末: the year-end's own change over its year
    ['截至6月末，本行科技贷款余额868.80亿元，较上年末增长12.40%；上年末余额772.95亿元，较上年增长19.60%。', ['772.95亿元|2024-12-31', '19.60%|2024-12-31']],
    // a comma clause of an earlier month-end, its 同比 said again
    ['6月末，全省普惠小微贷款余额9860.2亿元，同比增长13.4%，3月末为9512.7亿元，同比增长14.1%。', ['9512.7亿元|2025-03-31', '14.1%|2025-03-31']],
    // a bare 增长 said again after last year's flow
    ['上半年，全省绿色贷款较年初增加1820亿元，增长14.6%；上年同期增加1610亿元，增长16.2%。', ['1610亿元|2024-06-30', '16.2%|2024-06-30']],
  ] as const)('%s', (text, expected) => {
    const claims = extractClaims(text, at).claims;
    for (const row of expected) {
      const [figure, date] = row.split('|');
      expect(claims.find((c) => c.figure.text === figure)?.date).toBe(date);
    }
    expectQuiet(text, at);
  });
  it('keeps a change against then, not said before, the date in force\'s (2300 − 2000 = 300)', () => {
    const claims = extractClaims('6月末，全市绿色贷款余额2300亿元；上年6月末余额为2000亿元，同比增加300亿元。', at).claims;
    expect(claims.find((c) => c.figure.text === '300亿元')?.date).toBe('2025-06-30');
  });
});

describe('reading: stop 37, hunt 67 — a gap\'s benchmark of loans of a kind, and borrowers against loans', () => {
  const at = { documentDate: '2025-07-25' };
  it.each([
    ['截至6月末，该行普惠小微贷款较年初增长11.40%，高于该行对公贷款增速4.1个百分点；各项贷款较年初增长5.80%。', 'subject:对公贷款'],
    ['截至6月末，全市科技贷款较年初增长9.6%，比全市企业贷款平均增速高2.8个百分点；全市各项贷款较年初增长4.9%。', 'subject:企业贷款'],
    // all loans named as such stay all loans
    ['截至6月末，全市科技贷款较年初增长9.6%，高于各项贷款增速4.7个百分点。', 'total-loans'],
  ] as const)('%s', (text, benchmark) => {
    expect(extractClaims(text, at).claims.find((c) => c.measure === 'gap')?.benchmark).toBe(benchmark);
    expectQuiet(text, at);
  });
  it('leaves the borrowers\' growth against their loans\' unread (户数增速低于贷款增速)', () => {
    const text = '6月末，全市普惠小微贷款较年初增长8.4%，户数较年初增长6.1%，户数增速低于贷款增速2.3个百分点。全市各项贷款较年初增长5.2%。';
    const r = extractClaims(text, at);
    expect(r.claims.map((c) => c.figure.text)).not.toContain('2.3个百分点');
    expect(r.unparsed.map((u) => u.text)).toContain('2.3个百分点');
    expectQuiet(text, at);
  });
});

describe('reading: stop 37, hunt 67 — the nation\'s figures in a local outlet\'s reprint', () => {
  const at = { documentDate: '2025-07-25' };
  it.each([
    // the head office's report opening the paragraph, in a text of 我省
    ['中国人民银行发布的金融机构贷款投向统计报告显示，二季度末，科技型中小企业贷款余额3.3万亿元。我省科技型中小企业贷款余额1862.5亿元。', {}, ['3.3万亿元|national', '1862.5亿元|text']],
    // 据央行数据 in a province's text
    ['据央行数据，养老产业贷款余额1.6万亿元。全省养老产业贷款余额905.3亿元。', { region: '370000' }, ['1.6万亿元|national', '905.3亿元|region:370000']],
    // a Beijing wire reprinted above the local news
    ['新华社北京7月22日电 6月末，普惠小微贷款余额35.6万亿元。（完）\n本报记者获悉，截至6月末，山东普惠小微贷款余额2.1万亿元。', { region: '370000' }, ['35.6万亿元|national', '2.1万亿元|region:370000']],
  ] as const)('%s', (text, options, expected) => {
    expect(extractClaims(text, { ...at, ...options }).claims.map((c) => `${c.figure.text}|${c.holder}`)).toEqual(expected);
    expectQuiet(text, { ...at, ...options });
  });
  it('keeps bare 人民银行统计 (often the local branch\'s) the text\'s', () => {
    expect(extractClaims('据人民银行统计，全市普惠小微贷款余额812.5亿元。', { ...at, region: '370700' }).claims.map((c) => c.holder)).toEqual(['region:370700']);
  });
});

describe('reading: stop 37, hunt 67 — short words for a period\'s end, and now', () => {
  const at = { documentDate: '2025-07-25', region: '370700' };
  it.each([
    // 二季末 / 一季末: 1312.4 / 1.142 = 1149.2 = 1230.8 / 1.071 (one base at the start of the year)
    ['截至二季末，全市科技贷款余额1312.4亿元，较年初增长14.2%。一季末，全市科技贷款余额1230.8亿元，较年初增长7.1%。', ['1312.4亿元|2025-06-30', '1230.8亿元|2025-03-31']],
    ['截至半年末，全市科技贷款余额1312.4亿元，较年初增长14.2%。3月末，全市科技贷款余额1230.8亿元，较年初增长7.1%。', ['1312.4亿元|2025-06-30', '1230.8亿元|2025-03-31']],
    ['截至年中，全市科技贷款余额1312.4亿元，较年初增长14.2%。3月末，全市科技贷款余额1230.8亿元，较年初增长7.1%。', ['1312.4亿元|2025-06-30', '1230.8亿元|2025-03-31']],
    // 截至目前: the text's own day, never a later sentence's 3月末
    ['截至目前，全市科技贷款余额1340.0亿元。3月末，全市科技贷款余额1230.8亿元。', ['1340.0亿元|2025-07-25', '1230.8亿元|2025-03-31']],
  ] as const)('%s', (text, expected) => {
    expect(extractClaims(text, at).claims.filter((c) => c.measure === 'balance').map((c) => `${c.figure.text}|${c.date}`)).toEqual(expected);
    expectQuiet(text, at);
  });
  it('keeps 上半年末 and 多半年末 as they are', () => {
    expect(normalizeText('上半年末余额').text).toBe('上半年末余额');
    expect(normalizeText('多半年末').text).toBe('多半年末');
  });
});

describe('reading: stop 37, hunt 67 — English dates and levels', () => {
  const at = { documentDate: '2025-07-25' };
  it.each([
    // "Last year," opens a sentence of the year before, not the date in force; a date ending with a full stop keeps its year
    ['Tech loans grew 11.5 percent year on year at the end of June. Last year, tech loans grew 13.0 percent year on year.', ['11.5 percent|2025-06-30', '13.0 percent|2024-12-31']],
    // the date after "slowing from X percent" is that rate's only
    ['Tech loans climbed 11.5 percent from a year earlier to 28.4 trillion yuan, the pace slowing from 13.0 percent at end-2024.', ['11.5 percent|2025-07-25', '28.4 trillion yuan|2025-07-25', '13.0 percent|2024-12-31']],
  ] as const)('%s', (text, expected) => {
    expect(extractClaims(text, at).claims.map((c) => `${c.figure.text}|${c.date}`)).toEqual(expected);
    expectQuiet(text, at);
  });
  it.each([
    // "bringing the total to" with no period of its own: the balance (5.1 / (28.4 − 5.1) = 21.9%)
    ['Tech loans rose by 5.1 trillion yuan in the first half, bringing the total to 28.4 trillion yuan.', '28.4 trillion yuan', 'balance'],
    ['Tech lending surged to 28.4 trln yuan by end-June, up 21.9 pct year-to-date, an increase of 5.1 trln yuan.', '28.4 trln yuan', 'balance'],
    ['Tech lending jumped to 28.4 trillion yuan by end-June.', '28.4 trillion yuan', 'balance'],
  ] as const)('%s', (text, figure, measure) => {
    expect(extractClaims(text, at).claims.find((c) => c.figure.text === figure)?.measure).toBe(measure);
    expectQuiet(text, at);
  });
});

describe('reading: stop 37, hunt 67 — messy copies: a misgrouped comma, a digest\'s bullets, the next part after a breakdown', () => {
  const at = { documentDate: '2025-07-25' };
  it('leaves 1,2034.5亿元 unreadable as a whole, never a figure of 1亿元', () => {
    const r = extractClaims('截至6月末，全省绿色贷款余额1,2034.5亿元，较年初增加1405.2亿元，增长13.2%。', { ...at, region: '370000' });
    expect(r.claims.map((c) => c.figure.text)).not.toContain('1');
    expect(r.unparsed.find((u) => u.text === '1,2034.5亿元')?.code).toBe('unreadable');
    // a thousands grouping stays a number
    expect(extractClaims('截至6月末，全省绿色贷款余额12,034.5亿元。', at).claims.map((c) => c.figure.text)).toEqual(['12,034.5亿元']);
  });
  it('reads a digest\'s bulleted place label as the holder of its line\'s 全市', () => {
    const text = '■潍坊 截至6月末，全市科技贷款余额812.5亿元，较年初增长12.1%。\n■烟台 截至6月末，全市科技贷款余额1036.2亿元，较年初增长9.8%。';
    expect(extractClaims(text, at).claims.filter((c) => c.measure === 'balance').map((c) => c.holder)).toEqual(['region:370700', 'region:370600']);
    expectQuiet(text, at);
  });
  it('reads the next part of a breakdown opening its clause with its rate (中部地区增长16.2%)', () => {
    const text = '分地区看，东部地区科技贷款比年初增长13.1%，中部地区增长16.2%，西部地区增长11.4%。';
    expect(extractClaims(text, { ...at, region: '370000' }).claims.map((c) => c.part)).toEqual(['东部地区', '中部地区', '西部地区']);
    expectQuiet(text, { ...at, region: '370000' });
  });
});

describe('reading: stop 37, hunt 67 — the head office\'s release with its date, and 省内', () => {
  const at = { documentDate: '2025-07-25' };
  it.each([
    ['中国人民银行7月22日发布的金融机构贷款投向统计报告显示，科技型中小企业贷款余额3.3万亿元。我省科技型中小企业贷款余额1862.5亿元。', ['national', 'text']],
    ['7月22日，人民银行发布二季度金融机构贷款投向统计报告。6月末，绿色贷款余额42.39万亿元。\n省内情况看，绿色贷款余额12034.5亿元。', ['national', 'place:省内']],
  ] as const)('%s', (text, holders) => {
    expect(extractClaims(text, at).claims.map((c) => c.holder)).toEqual(holders);
    expectQuiet(text, at);
  });
});

describe('reading: stop 37, hunt 67 — a conversion in brackets carries no precision of its own', () => {
  const at = { documentDate: '2025-10-20' };
  it('reads 1.58万亿元（15800亿元） once, so that 15846亿元 later agrees with it', () => {
    const text = '9月末，全省绿色贷款余额1.58万亿元（15800亿元），较年初增长11.8%。全省绿色贷款余额达15846亿元。';
    const r = extractClaims(text, at);
    expect(r.unparsed.find((u) => u.text === '15800亿元')?.code).toBe('conversion');
    expectQuiet(text, at);
  });
  it('still flags a bracket that is no conversion (1.58万亿元 is no 15900亿元)', () => {
    expectFlagged('9月末，全省绿色贷款余额1.58万亿元（15900亿元），较年初增长11.8%。', at, '15900亿元');
  });
});

describe('checking: stop 37 review and hunt 68 — near misses of the new rules stay quiet', () => {
  it.each([
    // a field of finance as the object of a verb names no field; loans of which parts follow are all loans
    ['该行大力发展绿色金融，截至6月末，该行贷款余额8000亿元，其中绿色贷款余额900亿元。', {}],
    ['（二）绿色金融\n截至6月末，全市贷款余额8000亿元，其中绿色贷款余额900亿元。', {}],
    ['科技金融方面，该行积极支持科创企业。截至6月末，该行贷款余额8000亿元，同比增长10%，其中科技贷款余额500亿元。', {}],
    // the bank's own bare loans after a kind of its loans are all its loans
    ['科技金融方面，截至6月末，该行科技贷款余额500亿元。该行贷款余额8000亿元。', {}],
    ['截至6月末，本行绿色贷款余额900亿元。本行贷款余额8000亿元。', {}],
    // all loans named as such in the next sentence
    ['科技金融方面，科技贷款余额3215.66亿元。全行贷款余额18021.40亿元。', {}],
    // a change against the clause's own date runs to now (3980.2 + 341.3 = 4321.5; 4321.5 / 3804.0 = 1.136)
    ['6月末，全省普惠小微贷款余额4321.5亿元；上年末余额3980.2亿元，较上年末增加341.3亿元，同比增长13.6%。上年6月末余额3804.0亿元。', { region: '370000' }],
    // an amount said after a rate is now's change against then (5000 − 4464 = 536; 4464 − 4000 = 464)
    ['6月末，全省贷款余额5000亿元，同比增长12%；去年同期余额4464亿元，同比增加536亿元。2023年6月末余额4000亿元。', {}],
    // a total with its period after it is a flow (5.33 of the year so far, not the balance 42.39)
    ['Banks issued 1.2 trillion yuan of green loans in June, bringing the total to 5.33 trillion yuan so far this year. Outstanding green loans reached 42.39 trillion yuan at the end of June.', {}],
    // a level risen from, with its own year
    ["The bank's green loans rose from 30 billion yuan in 2020 to 65 billion yuan in 2024. Its green loans reached 65 billion yuan at end-2024.", {}],
  ] as const)('%s', (text, extra) => {
    expectQuiet(text, { documentDate: '2025-07-20', ...extra });
  });
  it('reads 环比 beside an amount against the quarter-end as the quarter\'s, not the month\'s', () => {
    const claims = extractClaims('6月末，全省绿色贷款余额5000亿元，环比增长4%，较3月末增加192亿元。', { documentDate: '2025-07-20' }).claims;
    expect(claims.find((c) => c.figure.text === '4%')?.basis).toBe('qoq');
  });
  it('keeps a branch\'s release (人民银行省分行发布) the text\'s, so two figures of the province are compared', () => {
    expectFlagged('6月末，我省绿色贷款余额5000亿元。\n人民银行省分行发布数据显示，6月末，绿色贷款余额5100亿元。', { documentDate: '2025-07-20' }, '5100亿元');
  });
  it('counts a conversion in brackets as nothing left unread', () => {
    expect(checkText('截至2025年6月末，全省绿色贷款余额1.20万亿元（12000亿元），同比增长20%。上年同期余额1.00万亿元。', {}).status).toBe('consistent');
  });
});

describe('reading: stop 37, hunt 68 — a base balance without 的, clients in quotes, 去年年中', () => {
  it.each([
    // 较上年末余额X: the base's balance at its own date (1532.08 − 1388.72 = 143.36)
    ['6月末，本行普惠贷款余额1532.08亿元，较上年末余额1388.72亿元增加143.36亿元。', { documentDate: '2025-08-29' }, '1388.72亿元', '2024-12-31'],
    // 较去年同期余额X增长Y: a year before (12034.5 / 10346.4 = 1.1632)
    ['6月末，全省绿色贷款余额12034.5亿元，较去年同期余额10346.4亿元增长16.3%。', { documentDate: '2025-08-15', region: '370000' }, '10346.4亿元', '2024-06-30'],
    // 去年年中: the end of June last year
    ['去年年中，本行绿色贷款余额1902.4亿元；今年6月末，本行绿色贷款余额2315.77亿元。', { documentDate: '2025-08-29' }, '1902.4亿元', '2024-06-30'],
  ] as const)('%s', (text, options, figure, date) => {
    expect(extractClaims(text, options).claims.find((c) => c.figure.text === figure)?.date).toBe(date);
    expectQuiet(text, options);
  });
  it('flags the base balance when the increase does not add up (1388.72 + 153.36 ≠ 1532.08)', () => {
    expectFlagged('6月末，本行普惠贷款余额1532.08亿元，较上年末余额1388.72亿元增加153.36亿元。', { documentDate: '2025-08-29' }, '153.36亿元');
  });
  it('reads loans after clients counted in quotes as theirs (本行服务“专精特新”企业1.2万户，贷款余额…)', () => {
    const text = '本行服务“专精特新”企业1.2万户，贷款余额1320.6亿元。本行各项贷款余额18021.40亿元。';
    expect(extractClaims(text, { documentDate: '2025-08-29' }).claims.map((c) => c.indicator)).toEqual(['specialized-enterprise-loans', 'total-loans']);
    expectQuiet(text, { documentDate: '2025-08-29' });
  });
});

describe('reading: stop 38, hunts 67/68 — English times before now, "its loans", areas of several provinces, 其中 sentences', () => {
  const july = { documentDate: '2025-07-25' };
  it.each([
    // "Last December" in July is the December before (a month at or after the document's is last year's)
    ['Last December, inclusive loans stood at 32.9 trillion yuan. At the end of June, inclusive loans stood at 35.6 trillion yuan.', '32.9 trillion yuan', '2024-12-31'],
    // "Last June" in July: this June or the one before, the words do not say — undated, compared with nothing dated
    ['Last June, inclusive loans stood at 31.7 trillion yuan. At the end of June, inclusive loans stood at 35.6 trillion yuan, up 12.3 percent year on year.', '31.7 trillion yuan', 'undated'],
    // "Last year's" balance: at the end of the year before
    ["Last year's green loan balance was 36.6 trillion yuan. At the end of June, green loans stood at 42.39 trillion yuan.", '36.6 trillion yuan', '2024-12-31'],
    // "Last year," with no date in force before it: the year before the document's
    ['Last year, green loans grew 21.7 percent to 36.6 trillion yuan. Green loans stood at 42.39 trillion yuan at the end of June.', '36.6 trillion yuan', '2024-12-31'],
    // an English clause after the date in force that names its own date after its figure
    ["The central bank's data showed green loans rose 15.6 percent year-to-date in September, after a 14.4 percent rise by June.", '14.4 percent', '2025-06-30'],
    // …but a date after "than" is a base, not the figure's date
    ['At the end of March, inclusive loans grew 12.1 percent year on year, 0.9 percentage points lower than the end of the previous year.', '0.9 percentage points', '2025-03-31'],
    // 上年同期为X，增速Y: the bare rate after the level a year before is the rate then (35.6 / 31.7 = 1.1230)
    ['6月末，普惠小微贷款余额35.6万亿元，同比增长12.3%；上年同期为31.7万亿元，增速16.9%。', '16.9%', '2024-06-30'],
  ] as const)('%s', (text, figure, date) => {
    expect(extractClaims(text, july).claims.find((c) => c.figure.text.includes(figure))?.date).toBe(date);
    expectQuiet(text, july);
  });
  it('still compares a rate with the level a year before (35.6 / 31.7 is 12.3%, not 13.3%)', () => {
    expectFlagged('6月末，普惠小微贷款余额35.6万亿元，同比增长13.3%；上年同期为31.7万亿元，增速16.9%。', july, '13.3%');
  });
  it('reads "its loans" after a kind of the bank\'s loans as all its loans (231.58 / 1800 = 12.87%)', () => {
    const text = "The bank's green loans stood at 231.58 billion yuan, or 12.87 percent of its total loans. Its loans totaled 1.80 trillion yuan.";
    expect(extractClaims(text, july).claims.map((c) => c.indicator)).toEqual(['green-loans', 'green-loans', 'total-loans']);
    expectQuiet(text, july);
    expectFlagged(text.replace('12.87', '13.87'), july, '13.87 percent');
  });
  it('reads "…, and amounted to X" with the sentence\'s subject, not the whole named between (231577 / 1802140 = 12.85%)', () => {
    const text = 'As at 30 June 2025, green loans of the Bank accounted for 12.85% of its total loans of RMB1,802,140 million, and amounted to RMB231,577 million.';
    expect(extractClaims(text, july).claims.map((c) => c.indicator)).toEqual(['green-loans', 'total-loans', 'green-loans']);
    expectQuiet(text, july);
    expectFlagged(text.replace('12.85%', '13.85%'), july, '13.85%');
  });
  it('leaves the words before a reporting verb out of the subject ("data showed green loans")', () => {
    expect(extractClaims("The central bank's data showed green loans rose 15.6 percent year-to-date in September.", july).claims[0]?.part).toBeUndefined();
  });
  it.each([
    ['长三角地区绿色贷款余额9.6万亿元，其中，江苏省绿色贷款余额3.12万亿元。', '320000', '9.6万亿元', 'place:长三角地区'],
    ['截至6月末，东部地区绿色贷款余额22.1万亿元。全省绿色贷款余额1.2万亿元。', '370000', '22.1万亿元', 'place:东部地区'],
    ['截至6月末，成渝地区双城经济圈科技贷款余额3.2万亿元；四川省科技贷款余额2.1万亿元。', '510000', '3.2万亿元', 'place:成渝地区双城经济圈'],
  ] as const)('holds an area of several provinces apart from the province\'s loans: %s', (text, region, figure, holder) => {
    const claim = extractClaims(text, { documentDate: '2025-08-15', region }).claims.find((c) => c.figure.text === figure);
    expect([claim?.holder, claim?.part]).toEqual([holder, undefined]);
    expectQuiet(text, { documentDate: '2025-08-15', region });
  });
  it('keeps a region of a bank\'s breakdown a part of its loans, held by the bank', () => {
    const claims = extractClaims('截至2024年末，本行科技贷款余额1,036.5亿元。分区域看，京津冀地区科技贷款余额188.2亿元。', { documentDate: '2025-03-28' }).claims;
    expect(claims.map((c) => [c.holder, c.part])).toEqual([['entity:bank', undefined], ['entity:bank', '京津冀地区']]);
  });
  it('holds a 其中 sentence that names no holder by the sentence it breaks down (2156.3亿元 within 2.15万亿元 of the province)', () => {
    const text = '6月末，全省科技贷款余额2.15万亿元。其中，科技型中小企业贷款余额2156.3亿元。全市科技型中小企业贷款余额312.5亿元。';
    const options = { documentDate: '2025-08-15', region: '370700' };
    expect(extractClaims(text, options).claims.map((c) => c.holder)).toEqual(['region:370000', 'region:370000', 'region:370700']);
    expectQuiet(text, options);
    expectFlagged(text.replace('2156.3亿元', '21560.3亿元'), options, '21560.3亿元');
  });
  it.each([
    // a county-level city by its short name before its own 全市
    ['截至6月末，潍坊市普惠小微贷款余额1560.2亿元。寿光全市普惠小微贷款余额312.6亿元。', {}, '312.6亿元', 'region:370783'],
    // the province a city is in, said in apposition, holds nothing
    ["Weifang, a city in east China's Shandong province, said its green loans reached 126.85 billion yuan by the end of June, while the province's total hit 1.2 trillion yuan.", {}, '126.85 billion yuan', 'region:370700'],
    // "that province" in a text that names no holder is a holder of its own
    ['6月末，本外币绿色贷款余额42.39万亿元，比年初增长14.4%。据当地人民银行介绍，截至6月末，该省绿色贷款余额3.9万亿元，比年初增长11.2%。', {}, '3.9万亿元', 'place:该省'],
    // the nation named after its figure
    ['HANGZHOU, July 24 (Xinhua) -- Green loans in the province reached 3.9 trillion yuan by the end of June, up 11.2 percent from the beginning of the year, compared with 14.4 percent growth nationwide.', {}, '14.4 percent', 'national'],
  ] as const)('holds %s', (text, extra, figure, holder) => {
    const options = { ...july, ...extra };
    expect(extractClaims(text, options).claims.find((c) => c.figure.text.includes(figure))?.holder).toBe(holder);
    expectQuiet(text, options);
  });
  it('reads a plan\'s cumulative flow since the years the sentence before names as no flow of this year', () => {
    const text = '《行动方案》提出，2024—2027年全省累计新增绿色贷款5000亿元。截至9月末，已累计新增2600.4亿元，完成目标的52.0%；其中今年以来新增1016.5亿元，全省绿色贷款余额9873.6亿元，较年初增长11.5%。';
    const options = { documentDate: '2025-10-20', region: '370000' };
    expect(extractClaims(text, options).claims.map((c) => c.figure.text)).not.toContain('2600.4亿元');
    expectQuiet(text, options);
  });
});

describe('reading: stop 38, hunt 68 leftovers — 如今, 一市, areas of several provinces counted, clients beside their credit, 年初 as 上年末', () => {
  const options = { documentDate: '2025-08-15', region: '370000' };
  it('reads 如今 after an earlier date as now, and 青岛一市 as Qingdao with no part', () => {
    const text = '“十三五”末，全省绿色贷款余额仅3012.5亿元；如今，仅青岛一市绿色贷款余额就达3520.6亿元。';
    const claim = extractClaims(text, options).claims.find((c) => c.figure.text.includes('3520.6'));
    expect([claim?.holder, claim?.date, claim?.part]).toEqual(['region:370200', '2025-08-15', undefined]);
    expectQuiet(text, options);
  });
  it('holds 黄河流域九省区 apart from the province', () => {
    const text = '截至6月末，黄河流域九省区绿色贷款余额8.2万亿元；山东省绿色贷款余额1.2万亿元。';
    expect(extractClaims(text, options).claims[0]?.holder).toBe('place:黄河流域九省区');
    expectQuiet(text, options);
  });
  it('reads loans after clients counted and their credit as the clients\' loans, nearer than the field (1320.6 ≤ 3215.66)', () => {
    const text = '科技金融方面，本行累计服务“专精特新”企业1.2万户，授信金额2180亿元，贷款余额1320.6亿元，较年初增长13.81%。本行科技贷款余额3215.66亿元，较年初增长14.68%。';
    expect(extractClaims(text, { documentDate: '2025-08-29' }).claims.map((c) => c.indicator)).toEqual(['specialized-enterprise-loans', 'specialized-enterprise-loans', 'tech-loans', 'tech-loans']);
    expectQuiet(text, { documentDate: '2025-08-29' });
  });
  it('reads 较年初 after a clause of 上年末 as now\'s change (3980.2 + 341.3 = 4321.5)', () => {
    const text = '6月末，全省普惠小微贷款余额4321.5亿元；上年末余额3980.2亿元，较年初增加341.3亿元，同比增长13.6%。';
    expect(extractClaims(text, options).claims.find((c) => c.figure.text === '341.3亿元')?.date).toBe('2025-06-30');
    expectQuiet(text, options);
    expectFlagged(text.replace('341.3亿元', '441.3亿元'), options, '441.3亿元');
  });
});

describe('reading: stop 38 — "over 2023" after a rate is the year compared with', () => {
  it('reads the year as a base, neither a figure nor the date of what follows', () => {
    const text = 'The bank issued 128.6 billion yuan of green loans in 2024. At year-end, its green loan balance was 652.1 billion yuan, an increase of 21.8 percent over 2023, and 14.2 percent of its total loans, up 1.6 percentage points.';
    const ex = extractClaims(text, {});
    expect(ex.claims.map((c) => `${c.figure.text}|${c.measure}|${c.date}`)).toEqual(['128.6 billion yuan|new-lending|2024-12-31', '652.1 billion yuan|balance|2024-12-31', '21.8 percent|growth|2024-12-31', '14.2 percent|share|2024-12-31', '1.6 percentage points|share-change|2024-12-31']);
    expect(ex.facts.map((f) => f.figure.text)).not.toContain('over 2023');
  });
});

describe('reading: stop 38, hunt 69 — 其中人民币 is a scope of its own; goals set before a past date are goals', () => {
  it.each([
    ['本外币各项贷款余额10517.82亿元，其中人民币贷款余额10320.5亿元。', {}],
    ['截至6月末，全市本外币各项贷款余额10517.82亿元，其中：人民币贷款余额10320.5亿元，外币贷款余额27.6亿美元。', { documentDate: '2025-08-15', region: '370700' }],
  ] as const)('reads the 人民币 part after 其中 in its own scope, within the 本外币 whole: %s', (text, options) => {
    const claim = extractClaims(text, options).claims.find((c) => c.figure.text === '10320.5亿元');
    expect([claim?.indicator, claim?.scope, claim?.within]).toEqual(['total-loans', '人民币', 'total-loans']);
    expectQuiet(text, options);
  });
  it('flags a 人民币 part larger than its 本外币 whole (10620.5 > 10517.82)', () => {
    expectFlagged('本外币各项贷款余额10517.82亿元，其中人民币贷款余额10620.5亿元。', {}, '10620.5亿元');
  });
  const review = { documentDate: '2026-02-10', region: '370000' };
  it.each([
    ['计划2025年末全省绿色贷款余额达到8000亿元。2025年末，全省绿色贷款余额8352.6亿元，超额完成目标。', '8000亿元'],
    ['确保2025年末全省绿色贷款余额突破8000亿元。2025年末，全省绿色贷款余额7952.3亿元，未能完成目标。', '8000亿元'],
    ['年初预计2025年末全省绿色贷款余额将达到8000亿元。2025年末，全省绿色贷款余额8352.6亿元。', '8000亿元'],
    ['年初确定2025年末全省绿色贷款余额达到1000亿元。2025年末，全省绿色贷款余额1079.7亿元，完成年度目标的108.0%。', '1000亿元'],
    ['2025年，全省计划新增绿色贷款1000亿元。全年实际新增绿色贷款1152.6亿元。', '1000亿元'],
    ['2025年，全省年初确定新增绿色贷款235亿元。全年全省绿色贷款实际新增239.1亿元，年末余额2092.6亿元。', '235亿元'],
    ['The province had planned to raise its green loan balance to 800 billion yuan by the end of 2025. At the end of 2025, green loans in the province stood at 835.26 billion yuan.', '800 billion yuan'],
  ] as const)('reads a goal set before a date now past as a goal, the outcome as a statistic: %s', (text, goal) => {
    const extraction = extractClaims(text, review);
    // (A goal of a year the text dates as a period, not a deadline, is left unread as one: never a statistic.)
    expect(extraction.targets.some((t) => t.figure.text.includes(goal)) || extraction.unparsed.some((u) => u.text.includes(goal) && u.code === 'goal-without-deadline')).toBe(true);
    expect(extraction.claims.some((c) => c.figure.text.includes(goal))).toBe(false);
    expect(extraction.claims.length).toBeGreaterThan(0);
    expectQuiet(text, review);
  });
  it('keeps what was reached (实际达到) a statistic after a goal in its sentence', () => {
    const extraction = extractClaims('年初确定的目标是2025年末全省绿色贷款余额达到8000亿元，实际达到8352.6亿元。', {});
    expect(extraction.targets.map((t) => t.figure.text)).toEqual(['达到8000亿元']);
    expect(extraction.claims.map((c) => c.figure.text)).toEqual(['达到8352.6亿元']);
  });
});

describe('reading: stop 38, hunt 69 — a rate\'s change in %, a rate a year before after 由, table rate columns, broken numbers, NT dollars', () => {
  it.each([
    ['6月末，全市普惠小微贷款同比增长12.4%，增速较上年同期回落1.6%。', '1.6%'],
    ['6月末，全市绿色贷款同比增长21.3%，增速较上年同期提高2.4%。', '2.4%'],
    ['全市绿色贷款较年初增长12.46%，占各项贷款比重为14.46%，较年初提高0.78%。', '0.78%'],
  ] as const)('leaves a rate\'s or a share\'s change told in % unread (points or relative, the text does not say): %s', (text, figure) => {
    const extraction = extractClaims(text, { documentDate: '2025-08-15' });
    expect(extraction.claims.map((c) => c.figure.text)).not.toContain(figure);
    expect(extraction.unparsed.map((u) => u.text)).toContain(figure);
    expectQuiet(text, { documentDate: '2025-08-15' });
  });
  it.each([
    ['6月末，涉农贷款同比增长6.2%，增速由上年同期的4.1%提高至6.2%。', '4.1%'],
    ['6月末，全市涉农贷款同比增长6.2%，增速由上年同期的-1.3%转为正增长。', '-1.3%'],
  ] as const)('dates the rate a rate rose from (由上年同期的X) a year before: %s', (text, figure) => {
    expect(extractClaims(text, { documentDate: '2025-08-15' }).claims.find((c) => c.figure.text === figure)?.date).toBe('2024-06-30');
    expectQuiet(text, { documentDate: '2025-08-15' });
  });
  it.each([
    // a label ending with its unit: the column's rates are no amounts
    ['单位：亿元\n| 机构 | 普惠小微贷款余额 | 同比% |\n| 工商银行 | 149.41 | 10.1 |', '10.1'],
    // a bare base under 亿元、%: an increase or its rate, the label does not say
    ['单位：亿元、%\n| 项目 | 余额 | 较年初增加 | 较年初 |\n| 绿色贷款 | 149.41 | 13.75 | 10.1 |', '10.1'],
  ] as const)('reads no amount in a column of rates: %s', (text, cell) => {
    const claims = extractClaims(text, { documentDate: '2025-08-15' }).claims;
    expect(claims.filter((c) => c.figure.text === cell && c.figure.unit.dimension === 'money')).toEqual([]);
    expectQuiet(text, { documentDate: '2025-08-15' });
  });
  it('reads a table\'s bare 增幅 beside 年初余额 and 期末余额 as the rise since the year began (251.35 / 233.54 = 1.0763)', () => {
    const text = '截至7月末，全市绿色贷款同比增长15.2%。\n表1 2025年7月末全市重点领域贷款情况\n单位：亿元\n| 项目 | 年初余额 | 期末余额 | 比年初增减 | 增幅（%） |\n|---|---|---|---|---|\n| 绿色贷款 | 233.54 | 251.35 | 17.81 | 7.63 |';
    const options = { documentDate: '2025-08-15', region: '370700' };
    expect(extractClaims(text, options).claims.find((c) => c.figure.text === '7.63')?.basis).toBe('ytd');
    expectQuiet(text, options);
    expectFlagged(text.replace('| 7.63 |', '| 8.63 |'), options, '8.63');
  });
  it.each([
    ['全市绿色贷款余额1557.32亿元，占各项贷款的12.67%。全市各项贷款余额1 2290.76亿元。', '2290.76亿元'],
    ['全市绿色贷款余额2165 . 60亿元，较年初增加248.16亿元。', '60亿元'],
    ['全市绿色贷款余额955.92亿元，较年初增加132.47亿元，增长1 6.0 9%。', '9%'],
  ] as const)('leaves the tail of a number a copy broke with spaces unread: %s', (text, tail) => {
    const extraction = extractClaims(text, { documentDate: '2025-08-15' });
    expect(extraction.claims.map((c) => c.figure.text)).not.toContain(tail);
    expect(extraction.unparsed.find((u) => u.text === tail)?.code).toBe('unreadable');
    expectQuiet(text, { documentDate: '2025-08-15' });
  });
  it('reads bare 億元 as New Taiwan dollars where the text names them and never the yuan (1053 / 3271 = 32.2%)', () => {
    const text = '本行綠色授信餘額新臺幣3,271億元；其中再生能源專案融資1,053億元，占綠色授信32.2%。';
    expect(extractClaims(text, {}).claims.filter((c) => c.figure.unit.dimension === 'money').map((c) => c.figure.unit.currency)).toEqual(['TWD', 'TWD']);
    expectQuiet(text, {});
    expectFlagged(text.replace('32.2%', '35.2%'), {}, '35.2%');
  });
});

describe('reading: stop 38, hunt 69 — related links, 负增长, a spread over the LPR, an accountant\'s negatives', () => {
  it('reads no figure of a block of related links (热点推荐, 猜你喜欢) as the article\'s', () => {
    const text = '截至6月末，全市绿色贷款余额1520.36亿元，较年初增加168.42亿元，增长12.46%。\n热点推荐\n· 全市绿色贷款较年初增长6.4%\n· 人民银行潍坊市分行召开年中工作会议';
    const options = { documentDate: '2025-07-22', region: '370700' };
    expect(extractClaims(text, options).claims.map((c) => c.figure.text)).not.toContain('6.4%');
    expectQuiet(text, options);
  });
  it('reads 负增长2.3% as a fall (120.5 + 2.84 = 123.34; 2.84 / 123.34 = 2.30%)', () => {
    const text = '全县涉农贷款余额120.5亿元，较年初负增长2.3%。全县涉农贷款较年初减少2.84亿元。';
    expect(extractClaims(text, {}).claims.find((c) => c.measure === 'growth')?.figure.value.toFixed()).toBe('-2.3');
    expectQuiet(text, {});
    expectFlagged(text.replace('2.3%', '3.3%'), {}, '3.3%');
  });
  it('leaves a spread over the LPR unread: no change of the rate itself', () => {
    const text = '6月份，新发放企业贷款加权平均利率3.65%，比同期LPR高0.65个百分点，同比下降0.41个百分点。';
    expect(extractClaims(text, { documentDate: '2025-08-15' }).claims.map((c) => c.figure.text)).not.toContain('0.65个百分点');
    expectQuiet(text, { documentDate: '2025-08-15' });
  });
  it.each([['(35.20)'], ['（35.20）'], ['▼35.20'], ['↓35.20']])('reads a table cell %s as a fall (855.70 − 35.20 = 820.50)', (cell) => {
    const text = `单位：亿元\n| 项目 | 2024年末 | 2025年6月末 | 较年初增减 |\n| 房地产业贷款 | 855.70 | 820.50 | ${cell} |`;
    expect(extractClaims(text, {}).claims.find((c) => c.measure === 'increment')?.figure.value.toFixed()).toBe('-3520000000');
    expectQuiet(text, {});
  });
});

describe('stop 38 review: near misses of the new rules stay quiet', () => {
  const options = { documentDate: '2025-08-15', region: '370000' };
  it.each([
    // 其中 after a sentence whose whole is the province's, a city named after it
    ['截至6月末，全省绿色贷款余额3万亿元，青岛市贡献最大。其中，清洁能源产业贷款余额8000亿元，青岛市绿色贷款余额3520亿元。'],
    ['截至6月末，全省绿色贷款余额3万亿元，济南、青岛两市占比过半。其中，清洁能源产业贷款余额8000亿元。青岛市清洁能源产业贷款余额2000亿元。'],
    ['截至6月末，全省绿色贷款余额3万亿元，其中青岛市绿色贷款余额3520亿元。其中，清洁能源产业贷款余额8000亿元。'],
    // 实际 as in 立足实际 is no statement of what was reached
    ['截至6月末，全省绿色贷款余额8200亿元，同比增长10%。各行要立足实际，确保绿色贷款同比增长20%以上。'],
    ['截至6月末，全省绿色贷款余额8200亿元，较年初增加500亿元。下一步，各行要从实际出发，力争新增绿色贷款1000亿元。'],
    // 如今 inside a sentence is no new date
    ['截至6月末，全省绿色贷款余额3000亿元，同比增长20%，如今已占各项贷款的15%。全省各项贷款余额20000亿元。'],
  ])('%s', (text) => {
    expectQuiet(text, options);
  });
  it('holds a 其中 sentence by the whole the sentence before opens with, not the last place it names', () => {
    const text = '截至6月末，全省绿色贷款余额3万亿元，济南、青岛分别为5000亿元、3520亿元。其中，清洁能源产业贷款余额8000亿元，同比增长20%。';
    expect(extractClaims(text, options).claims.filter((c) => c.figure.text === '8000亿元' || c.figure.text === '20%').map((c) => c.holder)).toEqual(['region:370000', 'region:370000']);
  });
  it('keeps yuan a text\'s bare 元 when it names the New Taiwan dollar only in a conversion', () => {
    const text = '截至6月末，厦门市台资企业贷款余额100亿元（约合新台币440亿元）。';
    expect(extractClaims(text, { documentDate: '2025-08-15' }).claims[0]?.figure.unit.currency).toBeUndefined();
  });
});

describe('reading: stop 38, hunt 69 probes — districts labelling their lines, 全区 in a city\'s text, parts after of which / 其中', () => {
  const city = { documentDate: '2025-08-15', region: '370700' };
  it.each([
    ['截至6月末，全市各项贷款余额10827.76亿元。\n寒亭区：截至6月末，全区各项贷款余额387.79亿元，较年初增加38.00亿元。', 'region:370703'],
    ['截至6月末，全市各项贷款余额10827.76亿元。\n寒亭：全区各项贷款余额387.79亿元。', 'region:370703'],
    ['截至6月末，全市科技贷款余额1827.76亿元。\n高新区：全区科技贷款余额387.79亿元。', 'place:高新区'],
    ['截至6月末，全市科技贷款余额1827.76亿元。\n滨海经济技术开发区：全区科技贷款余额387.79亿元。', 'place:滨海经济技术开发区'],
    // 全区 in a city's text is a district of it, not the city
    ['截至6月末，全市绿色贷款余额1827.76亿元。全区绿色贷款余额387.79亿元。', 'place:全区'],
  ] as const)('holds %s by the district', (text, holder) => {
    expect(extractClaims(text, city).claims.find((c) => c.figure.text === '387.79亿元')?.holder).toBe(holder);
    expectQuiet(text, city);
  });
  it.each([
    ["The bank's green loans reached 327.1 billion yuan, of which renewable energy project finance was 105.3 billion yuan.", '105.3 billion yuan', 'renewable energy project finance'],
    ['本行普惠贷款余额3271.5亿元，其中“惠农e贷”等线上产品余额1053.2亿元。', '1053.2亿元', '“惠农e贷”等线上产品'],
  ] as const)('reads a part named after of which / 其中 as a part of the loans before: %s', (text, figure, part) => {
    const claim = extractClaims(text, {}).claims.find((c) => c.figure.text === figure);
    expect(claim?.part).toBe(part);
    expectQuiet(text, {});
  });
  it('flags a part larger than its whole (3271.5 < 3371.5)', () => {
    expectFlagged('本行普惠贷款余额3271.5亿元，其中“惠农e贷”等线上产品余额3371.5亿元。', {}, '3371.5亿元');
  });
});
