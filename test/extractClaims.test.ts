// Issue: the extractor finds in the five documents what the dataset encodes.
import { describe, expect, it } from 'vitest';
import { type Claim, checkClaims, checkTargets } from '../src/check/index.js';
import { documentIds, documents } from '../src/data/index.js';
import { DocumentDataSchema, type DocumentData } from '../src/domain/index.js';
import { checkText } from '../src/extract/checkText.js';
import { extractClaims } from '../src/extract/extractClaims.js';
import { parseFigure } from '../src/index.js';
import { describeWithSeeds, itWithSeeds, seedText } from './seeds.js';

interface Expected {
  readonly id: string;
  readonly indicator: string;
  readonly measure: string;
  readonly date: string | undefined;
  readonly dateStated: boolean;
  readonly figure: string;
}

// What the dataset says each document states, as observations and plan-table cells.
function expectedOf(doc: DocumentData): Expected[] {
  const out: Expected[] = doc.observations.map((o) => ({
    id: o.id,
    indicator: o.indicator,
    measure: o.measure,
    date: o.date ?? o.period?.to,
    dateStated: o.dateStated !== false,
    figure: o.figure,
  }));
  const table = doc.planTable;
  for (const row of table?.rows ?? []) {
    for (const [year, cells] of Object.entries(row.cells)) {
      if (cells.industrialLoans) out.push({ id: `${row.seq}/${year}/industrial`, indicator: 'industrial-loans', measure: 'balance', date: `${year}-12-31`, dateStated: true, figure: cells.industrialLoans });
      if (cells.loanToDeposit) out.push({ id: `${row.seq}/${year}/ldr`, indicator: 'loan-to-deposit-ratio', measure: 'ratio', date: `${year}-12-31`, dateStated: true, figure: cells.loanToDeposit });
    }
  }
  for (const [year, cells] of Object.entries(table?.totals ?? {})) {
    if (cells.industrialLoans) out.push({ id: `total/${year}`, indicator: 'industrial-loans', measure: 'balance', date: `${year}-12-31`, dateStated: true, figure: cells.industrialLoans });
  }
  return out;
}

const extractionOf = (doc: DocumentData): ReturnType<typeof extractClaims> =>
  extractClaims(seedText(doc.document.id), {
    region: doc.document.region,
    ...(doc.document.date ? { documentDate: doc.document.date } : {}),
    billion: doc.document.billionMeans === 'yi' ? 'yi' : 'billion',
  });

function missing(doc: DocumentData, claims: readonly Claim[]): string[] {
  const billion = doc.document.billionMeans === 'yi' ? 'yi' : 'billion';
  return expectedOf(doc)
    .filter((e) => {
      const value = parseFigure(e.figure, { billion }).value;
      return !claims.some((c) => c.indicator === e.indicator && c.measure === e.measure && c.figure.value.abs().eq(value) && (!e.dateStated || c.date === e.date));
    })
    .map((e) => e.id);
}

// Known gaps, pinned so that any regression (or progress) shows. None left.
const KNOWN_MISSES: Readonly<Record<string, readonly string[]>> = { '000': [], '001': [], '002': [], '003': [], '004': [] };

describeWithSeeds('every figure the dataset encodes is found as a claim with the same indicator, measure, date and value', () => {
  for (const id of documentIds) {
    it(`document ${id}`, () => {
      const doc = DocumentDataSchema.parse(documents[id]);
      const extraction = extractionOf(doc);
      expect(missing(doc, extraction.claims)).toEqual(KNOWN_MISSES[id]);
      expect(expectedOf(doc).length - (KNOWN_MISSES[id]?.length ?? 0)).toBeGreaterThan(0);
    });
  }

  it('in all, the 216 observations and table cells', () => {
    let found = 0;
    let all = 0;
    for (const id of documentIds) {
      const doc = DocumentDataSchema.parse(documents[id]);
      all += expectedOf(doc).length;
      found += expectedOf(doc).length - missing(doc, extractionOf(doc).claims).length;
    }
    expect(all).toBe(216);
    expect(found).toBe(216);
  });
});

// Where each occurrence of an excerpt lies in the seed text.
function occurrences(text: string, excerpt: string): [number, number][] {
  const out: [number, number][] = [];
  for (let at = text.indexOf(excerpt); at >= 0; at = text.indexOf(excerpt, at + 1)) out.push([at, at + excerpt.length]);
  return out;
}

interface Stated {
  readonly figure: { readonly value: { abs(): { eq(x: unknown): boolean } } };
  readonly source?: { readonly span?: readonly [number, number] };
}

// A dataset figure is found when something read from the text has its value and lies inside its excerpt.
function foundIn(text: string, excerpt: string, figure: string, billion: 'billion' | 'yi', read: readonly Stated[]): boolean {
  const value = parseFigure(figure, { billion }).value;
  return occurrences(text, excerpt).some(([from, to]) =>
    read.some((r) => r.figure.value.abs().eq(value) && r.source?.span !== undefined && r.source.span[0] >= from && r.source.span[1] <= to),
  );
}

describe('goals, policy parameters and case-study figures are read too', () => {
  for (const id of documentIds) {
    itWithSeeds(`document ${id}: every target with its indicator, measure, deadline and value`, () => {
      const doc = DocumentDataSchema.parse(documents[id]);
      const { targets } = extractionOf(doc);
      const expected = doc.targets.filter((t) => t.figure !== undefined);
      const missed = expected.filter(
        (t) =>
          !targets.some(
            (r) =>
              r.indicator === t.indicator &&
              r.measure === t.measure &&
              r.deadline === t.deadline &&
              (t.period === undefined || r.period?.to === t.period.to) &&
              r.figure.value.eq(parseFigure(t.figure ?? '').value),
          ),
      );
      expect(missed.map((t) => t.id)).toEqual([]);
      // …and nothing else is read as a goal.
      expect(targets.length).toBe(expected.length);
    });

    itWithSeeds(`document ${id}: every policy parameter and case-study figure, within its excerpt`, () => {
      const doc = DocumentDataSchema.parse(documents[id]);
      const billion = doc.document.billionMeans === 'yi' ? 'yi' : 'billion';
      const text = seedText(id);
      const extraction = extractionOf(doc);
      const read: Stated[] = [...extraction.claims, ...extraction.targets, ...extraction.facts];
      const items = [
        ...doc.policyMeasures.flatMap((p) => p.parameters.map((q) => ({ id: `${p.id}/${q.name}`, excerpt: q.source.excerpt, figure: q.figure }))),
        ...doc.caseStudies.flatMap((c) => c.fields.map((f) => ({ id: `${c.id}/${f.name}`, excerpt: f.source.excerpt, figure: f.figure }))),
      ];
      expect(items.filter((i) => !foundIn(text, i.excerpt, i.figure, billion, read)).map((i) => i.id)).toEqual([]);
    });
  }

  it('in all, 80 such figures: 10 goals, 24 policy parameters, 46 case-study figures', () => {
    let goals = 0;
    let parameters = 0;
    let fields = 0;
    for (const id of documentIds) {
      const doc = DocumentDataSchema.parse(documents[id]);
      goals += doc.targets.filter((t) => t.figure !== undefined).length;
      parameters += doc.policyMeasures.reduce((n, p) => n + p.parameters.length, 0);
      fields += doc.caseStudies.reduce((n, c) => n + c.fields.length, 0);
    }
    expect([goals, parameters, fields]).toEqual([10, 24, 46]);
  });
});

describeWithSeeds('nothing is lost', () => {
  it.each(documentIds)('document %s: every numeric mention is a claim, a target, a fact or in unparsed, with a reason', (id) => {
    const text = seedText(id);
    const extraction = extractClaims(text, { documentDate: '2025-09-28' });
    const covered = [
      ...[...extraction.claims, ...extraction.targets, ...extraction.facts].map((c) => c.source?.span),
      ...extraction.unparsed.map((u) => u.span),
    ];
    for (const u of extraction.unparsed) expect(u.reason.length, u.text).toBeGreaterThan(0);
    // Every run of ASCII digits of the original lies in some span.
    const uncovered: string[] = [];
    for (const m of text.matchAll(/\d+/g)) {
      const at = m.index;
      if (!covered.some((span) => span && at >= span[0] && at < span[1])) uncovered.push(`${m[0]}@${at}`);
    }
    expect(uncovered).toEqual([]);
  });
});

describe('real-style sentences beyond the seeds', () => {
  it('a national PBoC release: 本外币 green loans, year-on-year, and the gap', () => {
    const { claims } = extractClaims('截至2025年6月末，本外币绿色贷款余额42.39万亿元，同比增长14.4%，高于各项贷款增速7.6个百分点。', { region: '100000' });
    expect(claims.map((c) => [c.indicator, c.measure, c.basis ?? '', c.benchmark ?? '', c.figure.value.toFixed()])).toEqual([
      ['green-loans', 'balance', '', '', '42390000000000'],
      ['green-loans', 'growth', 'yoy', '', '14.4'],
      ['green-loans', 'gap', 'yoy', 'total-loans', '7.6'],
    ]);
    expect(claims[0]?.date).toBe('2025-06-30');
  });

  it('a traditional-Chinese reprint', () => {
    const { claims } = extractClaims('截至2025年6月末，轄區綠色信貸餘額2150億元，較年初增加253.31億元，增速13.36%。', { region: '370700' });
    expect(claims.map((c) => `${c.indicator} ${c.measure} ${c.basis ?? ''} ${c.figure.value.toFixed()}`)).toEqual([
      'green-loans balance  215000000000',
      'green-loans increment ytd 25331000000',
      'green-loans growth ytd 13.36',
    ]);
  });

  it('an English summary', () => {
    const { claims } = extractClaims(
      'As of June 2025, green credit balances reached 853.98 billion yuan, an increase of 133.19 billion yuan from the beginning of the year.',
      { region: '370300', billion: 'yi' },
    );
    expect(claims.map((c) => `${c.indicator} ${c.measure} ${c.basis ?? ''} ${c.figure.value.toFixed()} ${c.mistranslatedBillion === true}`)).toEqual([
      'green-loans balance  85398000000 true',
      'green-loans increment ytd 13319000000 true',
    ]);
  });

  it('a goal is not a figure as it stands: it is a target, due at the end of the plan', () => {
    const { claims, targets, unparsed } = extractClaims('通过三年倍增行动，新增工业贷款53亿元，工业贷款余额达109亿元以上。', { region: '370402', documentDate: '2021-03-01' });
    expect(claims).toEqual([]);
    expect(unparsed.filter((u) => u.reason !== 'a length of time')).toEqual([]);
    expect(targets.map((t) => [t.indicator, t.measure, t.basis ?? '', t.figure.text, t.deadline, t.period ? `${t.period.from}..${t.period.to}` : ''])).toEqual([
      ['industrial-loans', 'increment', 'period', '53亿元', '2023-12-31', '2021-01-01..2023-12-31'],
      ['industrial-loans', 'balance', '', '达109亿元以上', '2023-12-31', ''],
    ]);
  });

  it('a goal with a deadline of its own, and one whose deadline the text does not state', () => {
    const dated = extractClaims('到2025年末，力争全市绿色贷款余额达到3000亿元以上。', { region: '370700', documentDate: '2024-03-01' });
    expect(dated.targets.map((t) => `${t.indicator} ${t.measure ?? ''} ${t.figure.text} ${t.deadline}`)).toEqual(['green-loans balance 达到3000亿元以上 2025-12-31']);
    const undated = extractClaims('力争全市绿色贷款余额达到3000亿元以上。', { region: '370700', documentDate: '2024-03-01' });
    expect(undated.targets).toEqual([]);
    expect(undated.unparsed.map((u) => [u.text, u.reason])).toEqual([['达到3000亿元以上', 'a goal or target with no deadline the text states']]);
  });

  it('policy parameters and case-study figures are facts, with what they are about', () => {
    const policy = extractClaims('对新建的高标准农田建设贷款，按照贷款额的2%予以贴息；对重大技改项目最高给予2000万元支持。', { region: '370200' });
    expect(policy.facts.map((f) => [f.context, f.figure.text, f.about])).toEqual([
      ['policy', '2%', '按照贷款额'],
      ['policy', '2000万元', '重大技改项目最高给予'],
    ]);
    const story = extractClaims('该机构在市区及乡镇设有5处服务点，床位总数140余张。昌邑农商银行为其提供了“养老保障贷”30万元。', { region: '370700' });
    expect(story.facts.map((f) => [f.context, f.figure.text, f.about, f.holder])).toEqual([
      ['case', '5处', '服务点', 'region:370700'],
      ['case', '140余张', '床位总数', 'region:370700'],
      ['case', '30万元', '养老保障贷', 'institution:changyi-rcb'],
    ]);
    const english = extractClaims('The mechanism consists of ten departments. Four specialized working mechanisms have been established.', { region: '420000' });
    expect(english.facts.map((f) => [f.figure.value.toFixed(), f.about])).toEqual([
      ['10', 'departments'],
      ['4', 'specialized working mechanisms'],
    ]);
  });

  it('a loan the catalog does not know is read with its own words, not as a fact', () => {
    const { claims, facts } = extractClaims('截至2025年6月末，个人住房贷款余额800亿元。', { region: '370700' });
    expect(facts).toEqual([]);
    expect(claims.map((c) => `${c.indicator} ${c.subject} ${c.measure}`)).toEqual(['subject:个人住房贷款 个人住房贷款 balance']);
  });

  it('a decline is a negative growth', () => {
    const { claims } = extractClaims('截至2025年3月末，涉农贷款余额509.3亿元，同比下降2.5%。', { region: '370700' });
    expect(claims.find((c) => c.measure === 'growth')?.figure.value.toFixed()).toBe('-2.5');
  });

  it('a wrong claim is worse than a missing one: a name far from the figure is not its subject', () => {
    const { claims, unparsed, facts } = extractClaims('该行启动绿色信贷流程，2个工作日内完成从调查到放款全流程并顺利向企业发放一笔期限一年的流动资金贷款500万元。', {
      region: '370700',
      documentDate: '2025-06-30',
    });
    expect(claims.filter((c) => c.indicator === 'green-loans')).toEqual([]);
    // It is one loan of a case study: a disbursement, about no indicator.
    expect(claims.map((c) => `${c.indicator} ${c.measure} ${c.figure.text}`)).toEqual(['case-financing disbursed 500万元']);
    expect(unparsed.filter((u) => u.text.includes('2个工作日'))).toEqual([]);
    expect(facts.map((f) => `${f.context} ${f.figure.text}`)).toEqual(['case 2个工作日']);
  });
});

describeWithSeeds('checkText on the seeds finds what checkDocument finds', () => {
  it('001: the conflict about the growth of total loans', () => {
    const report = checkText(seedText('001'), { region: '370700' });
    expect(report.conflicts.map((c) => c.disputed?.quantity)).toEqual(['growth of total-loans (ytd) at 2025-06-30']);
  });

  it('003: the table totals within rounding, read from the raw text', () => {
    const report = checkText(seedText('003'), { region: '370402' });
    expect(report.relations.filter((r) => r.kind === 'sum').map((r) => r.verdict)).toEqual(['consistent', 'consistent-within-rounding', 'consistent-within-rounding']);
  });

  it('claims with the same figures give the same verdicts as structured data', () => {
    const text = checkClaims(extractClaims(seedText('001'), { region: '370700' }).claims);
    expect(text.ok).toBe(false);
  });
});

describe('no crying wolf, no missed contradictions (from a new user\'s review)', () => {
  const check = (text: string) => checkText(text, { region: '370700' });

  it.each([
    ['a loan the catalog does not know is not the last indicator', '截至2025年6月末，全市绿色贷款余额1200亿元；个人住房贷款余额800亿元。'],
    ['nor in English', 'As of the end of June 2025, green loans reached 120 billion yuan, up 14.29% from the beginning of the year, 6.29 percentage points higher than the growth of all loans; inclusive loans reached 80 billion yuan, up 12% from the beginning of the year, 4 percentage points higher than the growth of all loans.'],
    ['a bank the catalog does not know is not the region', '截至2025年6月末，全省绿色贷款余额1.8万亿元，较年初增长12.6%。工商银行某分行绿色贷款余额800亿元，较年初增长30%。'],
    ['a gap follows the rate just before it', '截至2025年6月末，全市绿色贷款余额1200亿元，同比增长20%，较年初增长10%，高于各项贷款增速4个百分点。全市各项贷款较年初增长6%。'],
    ['比上年末 is since the start of the year', '截至2025年6月末，全市绿色贷款余额1200亿元，比上年末增长14.29%，比上年末增加150亿元。'],
    ['different scopes of the benchmark are different quantities', '截至2025年6月末，全市人民币各项贷款余额10000亿元，较年初增长8%。绿色贷款余额1200亿元，较年初增长14.29%，高于本外币各项贷款增速6个百分点。'],
  ])('%s', (_name, text) => {
    const report = check(text);
    expect(report.conflicts).toEqual([]);
  });

  it('比上年末 figures are read and checked', () => {
    const report = check('截至2025年6月末，全市绿色贷款余额1200亿元，比上年末增长14.29%，比上年末增加150亿元。');
    expect(report.counts.consistent).toBeGreaterThan(0);
  });

  it('an English gap is read, with its benchmark', () => {
    const { claims } = extractClaims('As of the end of June 2025, green loans reached 120 billion yuan, up 14.29% from the beginning of the year, 6.29 percentage points higher than the average growth rate of all loans.', { region: '370700' });
    expect(claims.map((c) => `${c.measure} ${c.basis ?? ''} ${c.benchmark ?? ''}`)).toEqual(['balance  ', 'growth ytd ', 'gap ytd total-loans']);
  });

  it('a contradiction in 分别 lists of gaps is found', () => {
    const report = check('截至2025年6月末，全市科技型中小企业、专精特新企业贷款余额分别为300亿元、200亿元，较年初分别增长20.0%、25.0%，分别高于各项贷款增速12.0个百分点、15.0个百分点。');
    expect(report.conflicts[0]?.disputed?.quantity).toBe('growth of total-loans (ytd) at 2025-06-30');
  });

  it('a gap written in % is read as a gap, and the slip is named', () => {
    const report = check('截至2025年6月末，全市绿色贷款余额1200亿元，较年初增长14.29%，高于各项贷款增速6.29%。全市各项贷款较年初增长7%。');
    expect(report.conflicts[0]?.explanations.map((e) => e.kind)).toContain('percent-vs-points');
  });
});

describe('case studies: what was disbursed lies within the credit line', () => {
  itWithSeeds('Weifang: 已投放2000万元 of a 3000万元 line, 1100余万元 used of 5000万元: consistent', () => {
    const report = checkText(seedText('001'), { region: '370700' });
    const within = report.relations.filter((r) => r.kind === 'at-most');
    expect(within.map((r) => r.verdict)).toEqual(['consistent', 'consistent']);
    expect(within.map((r) => r.claims.length)).toEqual([2, 2]);
  });

  it('a disbursement above its credit line is a contradiction naming both', () => {
    const report = checkText('邮储银行潍坊市分行为某公司提供2000万元信用授信，已投放3000万元。', { region: '370700', documentDate: '2025-06-30' });
    expect(report.ok).toBe(false);
    expect(report.conflicts[0]?.suspects.map((s) => s.text).sort()).toEqual(['2000万元', '3000万元']);
  });

  it('two borrowers of one paragraph are two cases', () => {
    const { claims } = extractClaims('邮储银行潍坊市分行提供3000万元信用授信，已投放2000万元；对另一家企业发放信用贷款1000万元。', {
      region: '370700',
      documentDate: '2025-06-30',
    });
    const holders = new Set(claims.filter((c) => c.measure === 'disbursed').map((c) => c.holder));
    expect(holders.size).toBe(2);
  });
});

describe("goals and facts: from a new user's review", () => {
  const opts = { region: '370700', documentDate: '2025-08-15' } as const;
  const goalsOf = (text: string, o: Parameters<typeof extractClaims>[1] = opts) => {
    const { claims, targets } = extractClaims(text, o);
    return checkTargets(targets, claims).map((t) => `${t.holder} ${t.indicator ?? ''} ${t.measure ?? ''} ${t.deadline} ${t.status}`);
  };

  it("该行's goal is the bank's, set against the bank's figures; 全年新增 against 较年初增加", () => {
    expect(
      goalsOf(
        '截至2025年6月末，建设银行潍坊分行绿色贷款余额312.5亿元。\n该行提出，到2025年末，绿色贷款余额达到350亿元以上，全年新增绿色贷款60亿元。\n截至2025年12月末，建设银行潍坊分行绿色贷款余额351.2亿元，较年初增加80亿元。',
      ),
    ).toEqual(['institution:ccb-weifang green-loans balance 2025-12-31 met', 'institution:ccb-weifang green-loans increment 2025-12-31 met']);
  });

  it("a plan's own years (2023—2025年) set its horizon, whatever the document's date", () => {
    const { targets } = extractClaims('潍坊市科技金融三年倍增行动方案（2023—2025年）\n通过三年倍增行动，全市科技贷款余额达到1000亿元以上，新增科技贷款500亿元。', {
      region: '370700',
      documentDate: '2022-12-20',
    });
    expect(targets.map((t) => `${t.deadline} ${t.period ? `${t.period.from}..${t.period.to}` : ''}`)).toEqual(['2025-12-31 ', '2025-12-31 2023-01-01..2025-12-31']);
  });

  it('到2025年6月末 in a report written later is an as-of date; a borrower\'s 计划 does not make the bank\'s figures goals', () => {
    const { claims, targets } = extractClaims(
      '到2025年6月末，全市科技贷款余额812.6亿元，同比增长15.2%。\n某新能源企业计划扩建生产线，建设银行潍坊分行为其授信2000万元，已投放2500万元。',
      opts,
    );
    expect(targets).toEqual([]);
    expect(claims.map((c) => `${c.measure} ${c.figure.text}`)).toEqual(['balance 812.6亿元', 'growth 15.2%', 'credit-line 2000万元', 'disbursed 2500万元']);
    expect(checkClaims(claims).ok).toBe(false); // 2500万元 drawn of a 2000万元 line
  });

  it('a statistic of something the catalog lacks is a claim about its own words, not a fact', () => {
    const { facts, claims } = extractClaims('截至2025年6月末，全市知识产权质押融资余额12.3亿元，同比增长25.6%。', opts);
    expect(facts).toEqual([]);
    expect(claims.map((c) => `${c.indicator} ${c.measure} ${c.basis ?? ''} ${c.figure.text}`)).toEqual(['subject:知识产权质押融资 balance  12.3亿元', 'subject:知识产权质押融资 growth yoy 25.6%']);
  });

  it('a ratio goal is a level: 存贷比提高到83%以上 is missed at 82.96%', () => {
    expect(goalsOf('到2025年末，全市存贷比提高到83%以上。\n截至2025年12月末，全市存贷比82.96%。')).toEqual(['region:370700 loan-to-deposit-ratio ratio 2025-12-31 missed']);
  });

  it('English: "over three years" is the period of a flow, not a count', () => {
    const { targets } = extractClaims('By the end of 2027, Weifang aims to add 600 billion yuan of new green loans over three years.', opts);
    expect(targets.map((t) => `${t.indicator} ${t.measure} ${t.figure.text} ${t.period?.from ?? ''}`)).toEqual(['green-loans increment 600 billion yuan 2025-01-01']);
  });

  it('the central bank is not a case\'s bank: 联合人民银行潍坊市分行等十部门 is a policy\'s count', () => {
    const { facts } = extractClaims('市金融局联合人民银行潍坊市分行等十部门出台25条政策措施。', opts);
    expect(facts.map((f) => `${f.context} ${f.holder} ${f.figure.text}`)).toEqual(['policy region:370700 十部门', 'policy region:370700 25条']);
  });

  it('a traditional-Chinese text keeps its own script in what goals and facts are about', () => {
    const { targets, facts } = extractClaims('到2025年末，全市綠色貸款餘額力爭達到2400億元以上。對高標準農田建設貸款，按照貸款額的2%予以貼息。', { region: '370700', documentDate: '2025-01-01' });
    expect(targets.map((t) => [t.indicator, t.about])).toEqual([['green-loans', '全市綠色貸款餘額力爭達到2400億元以上']]);
    expect(facts.map((f) => [f.context, f.about])).toEqual([['policy', '按照貸款額']]);
  });

  it('a goal is not set against a figure of another kind of unit', () => {
    expect(goalsOf('到2025年末，全市绿色贷款余额达到2400亿元以上。\n截至2025年12月末，全市绿色贷款余额2.4千。')).toEqual(['region:370700 green-loans balance 2025-12-31 unverifiable']);
  });
});

describe('goals: statements are not goals (a second review)', () => {
  const read = (text: string, documentDate?: string) => {
    const x = extractClaims(text, { region: '370700', ...(documentDate ? { documentDate } : {}) });
    return {
      claims: x.claims.map((c) => `${c.figure.text} ${c.measure} ${c.date}`),
      targets: x.targets.map((t) => `${t.figure.text} ${t.measure ?? ''} ${t.deadline}`),
      facts: x.facts.map((f) => `${f.figure.text} ${f.context}`),
      unparsed: x.unparsed.filter((u) => !/^(a date|a month|a year|a length of time|a range of years)/.test(u.reason)).map((u) => u.text),
    };
  };

  it.each([
    ['a goal named before 截至 does not reach past it', '为助力实现到2030年碳达峰目标，截至6月末，全市绿色贷款余额2150亿元，同比增长13.4%。', '2025-07-20', ['2150亿元 balance 2025-06-30', '13.4% growth 2025-06-30'], []],
    ['progress toward a goal is a statement', '按照到2025年末科技贷款余额达到800亿元的目标，截至2025年6月末，全市科技贷款余额已达到860亿元，提前完成目标。', '2025-07-20', ['达到860亿元 balance 2025-06-30'], ['达到800亿元 balance 2025-12-31']],
    ['…实施以来 states results, 力争 or not', '自《普惠金融三年行动计划》实施以来，全市银行机构力争多投快投，普惠小微贷款余额达到1200亿元，较年初增加150亿元。', '2025-07-20', ['达到1200亿元 balance 2025-07-20', '150亿元 increment 2025-07-20'], []],
    ['a title\'s years are not an as-of date', '《潍坊市科技金融三年行动计划（2025—2027年）》印发以来，全市科技贷款余额达到860亿元，较年初增长12%。', '2025-07-20', ['达到860亿元 balance 2025-07-20', '12% growth 2025-07-20'], []],
    ['two deadlines, each goal its own; 年均增速 is an average', '力争到2025年末，全市绿色贷款余额达到2500亿元，到2027年末达到3000亿元，年均增速不低于15%。', '2025-01-20', [], ['达到2500亿元 balance 2025-12-31', '达到3000亿元 balance 2027-12-31', '不低于15% average-growth 2027-12-31']],
    ['截止到 is as of', '截止到2025年6月末，全市绿色贷款余额2150亿元，同比增长13.4%。', undefined, ['2150亿元 balance 2025-06-30', '13.4% growth 2025-06-30'], []],
  ] as const)('%s', (_name, text, date, claims, targets) => {
    const r = read(text, date);
    expect(r.claims).toEqual(claims);
    expect(r.targets).toEqual(targets);
  });

  it('what a goal brings about is not the goal\'s indicator', () => {
    const r = read('到2027年末，全市绿色贷款余额达到3000亿元，带动年减排二氧化碳100万吨，支持绿色项目500个。', '2025-01-20');
    expect(r.targets).toEqual(['达到3000亿元 balance 2027-12-31']);
    expect(r.facts).toEqual(['100万吨 other', '500个 other']);
  });

  it('how long a policy runs is no deadline', () => {
    const r = read('贴息政策执行期限至2027年12月31日，对符合条件的科技贷款给予1个百分点贴息，单户贴息最高50万元。', '2025-01-20');
    expect(r.targets).toEqual([]);
    expect(r.facts).toEqual(['1个百分点 policy', '最高50万元 policy']);
  });

  it('到 a date without the document\'s date: neither a claim nor a goal, and it says why', () => {
    const x = extractClaims('到2024年末，全市科技贷款余额达到860亿元。', { region: '370700' });
    expect([x.claims, x.targets]).toEqual([[], []]);
    expect(x.unparsed.map((u) => u.reason)).toContain('after 到 and a date, which may be a deadline or an as-of date: give documentDate to tell');
  });

  it('a central-bank branch is not a bank holding figures', () => {
    const { claims } = extractClaims('据中国人民银行湖北省分行统计，截至2025年6月末，全省科技贷款余额1.2万亿元。', { region: '420000' });
    expect(claims.map((c) => c.holder)).toEqual(['region:420000']);
  });
});

describe('goals in a numbered list, and levels that are not growth (a second review)', () => {
  it('the numbered lines under 实现以下目标： are goals, due at the heading\'s deadline; their numbers are not counts', () => {
    const { claims, targets, unparsed } = extractClaims('（二）主要目标。到2027年末，实现以下目标：\n1.全市绿色贷款余额达到3000亿元；\n2.普惠小微贷款余额达到1500亿元，年均增长12%以上。', {
      region: '370700',
      documentDate: '2025-07-20',
    });
    expect(claims).toEqual([]);
    expect(targets.map((t) => `${t.indicator} ${t.measure} ${t.figure.text} ${t.deadline}`)).toEqual([
      'green-loans balance 达到3000亿元 2027-12-31',
      'inclusive-small-micro-loans-pboc balance 达到1500亿元 2027-12-31',
      'inclusive-small-micro-loans-pboc average-growth 12%以上 2027-12-31',
    ]);
    expect(unparsed.filter((u) => /list/.test(u.reason)).map((u) => u.text)).toEqual(['(二)', '1.', '2.']);
  });

  it('提高到48% is a level, and 3200家 firms are not a figure of their loans', () => {
    const { claims, facts, unparsed } = extractClaims('截至2025年6月末，全市科技型企业贷款覆盖面提高到48%，服务科技型企业3200家。', { region: '370700' });
    expect(claims).toEqual([]);
    expect(facts.map((f) => f.figure.text)).toEqual(['3200家']);
    expect(unparsed.map((u) => u.text)).toEqual(['2025年6月末', '48%']);
  });
});

describe('borrower counts and goals (a third review: old against new)', () => {
  it('户数12.6万户 is a count of borrowers; 较年初增加1.3万户 is its change, not a second level', () => {
    const text = '截至2025年6月末，全市普惠小微贷款余额1865亿元，同比增长12.1%；普惠小微贷款户数12.6万户，较年初增加1.3万户。';
    const { claims } = extractClaims(text, { region: '370700' });
    expect(claims.map((c) => `${c.figure.text} ${c.measure} ${c.basis ?? ''}`.trim())).toEqual(['1865亿元 balance', '12.1% growth yoy', '12.6万户 borrowers', '1.3万户 borrowers-increment ytd']);
    expect(checkText(text, { region: '370700' }).ok).toBe(true);
  });

  it('a count next to a loan that does not say it counts borrowers is a fact, 户 or 家 alike', () => {
    for (const text of ['截至2025年6月末，全市涉农贷款余额3200亿元，支持新型农业经营主体326户。', '截至2025年6月末，全市科技贷款余额900亿元，服务科技型企业1256家。']) {
      const { claims, facts } = extractClaims(text, { region: '370700' });
      expect(claims.map((c) => c.measure)).toEqual(['balance']);
      expect(facts.map((f) => f.context)).toEqual(['other']);
    }
  });

  it('较2020年末 is the base of a comparison, not the date the figures stand at', () => {
    const { claims } = extractClaims('截至2025年6月末，全市制造业贷款余额2680亿元，较2020年末年均增长11.2%。', { region: '370700' });
    expect(claims.map((c) => `${c.measure} ${c.date}`)).toEqual(['balance 2025-06-30', 'average-growth 2025-06-30']);
  });

  it('由400亿元增加到800亿元: the goal is 800亿元, a balance; 400亿元 is where it starts', () => {
    const { targets, unparsed } = extractClaims('通过三年倍增行动，实现全市数字经济贷款余额由400亿元增加到800亿元。', { region: '370700', documentDate: '2025-08-15' });
    expect(targets.map((t) => `${t.figure.text} ${t.measure} ${t.deadline}`)).toEqual(['800亿元 balance 2027-12-31']);
    expect(unparsed.map((u) => u.reason)).toContain('where a goal starts from (由…), not the goal');
  });

  it('under 主要目标：, a deadline named in the first item holds for the items after it', () => {
    const { targets } = extractClaims('主要目标：\n1.到2027年末，全市养老产业贷款余额达到300亿元；\n2.普惠小微贷款户数达到15万户以上；\n3.养老产业贷款余额年均增长20%以上。', {
      region: '370700',
      documentDate: '2025-08-15',
    });
    expect(targets.map((t) => `${t.measure} ${t.figure.text} ${t.deadline}`)).toEqual([
      'balance 达到300亿元 2027-12-31',
      'borrowers 达到15万户以上 2027-12-31',
      'average-growth 20%以上 2027-12-31',
    ]);
  });
});

describe('a fourth review: English, traditional Chinese and the CLI', () => {
  it('到年末 in a 2025 report is a goal due at the end of 2025, not the balance of 2024', () => {
    const text = '截至2025年6月末，全市科技贷款余额512.3亿元，较年初增长11.2%，较年初增加51.5亿元。到年末，力争科技贷款余额突破550亿元。';
    const report = checkText(text, { region: '370700', documentDate: '2025-08-15' });
    expect(report.ok).toBe(true);
    expect(report.targets.map((t) => `${t.status} ${t.deadline}`)).toEqual(['pending 2025-12-31']);
  });

  it('"By the end of March 2025, … reached" states what is; "should reach" is a goal even when its date has passed', () => {
    const stated = extractClaims('By the end of March 2025, the balance of pension industry loans reached 4.52 billion yuan, up 18.4% year on year.', { region: '370700', documentDate: '2025-03-31' });
    expect(stated.targets).toEqual([]);
    expect(stated.claims.map((c) => `${c.measure} ${c.date}`)).toEqual(['balance 2025-03-31', 'growth 2025-03-31']);
    const text =
      'Goals: By the end of 2024, the balance of inclusive small and micro loans should reach 50 billion yuan.\nResults: By the end of 2024, the balance of inclusive small and micro loans reached 52.31 billion yuan.';
    const report = checkText(text, { region: '371500', documentDate: '2025-08-15' });
    expect(report.ok).toBe(true);
    expect(report.targets.map((t) => `${t.indicator} ${t.status} ${t.deadline}`)).toEqual(['inclusive-small-micro-loans-pboc met 2024-12-31']);
  });

  it('a count goal is about what its own clause names: 首贷户 is not 普惠小微贷款户数', () => {
    const { targets } = extractClaims('到2025年末，力争全市普惠小微贷款余额达到800亿元以上，首贷户数量不低于50000户。', { region: '370700', documentDate: '2025-03-01' });
    expect(targets.map((t) => `${t.indicator} ${t.figure.text}`)).toEqual(['inclusive-small-micro-loans-pboc 达到800亿元以上']);
  });

  it('an English case: a disbursement above its credit line is a contradiction', () => {
    const report = checkText('China Construction Bank Liaocheng Branch granted a credit line of 80 million yuan to a farm, with disbursements of 95 million yuan.', { region: '371500', documentDate: '2025-08-15' });
    expect(report.ok).toBe(false);
    expect(report.conflicts[0]?.suspects.map((s) => s.text).sort()).toEqual(['80 million yuan', '95 million yuan']);
  });

  it('a traditional-Chinese text keeps its own script in figures too', () => {
    const { targets, claims } = extractClaims('到2025年末，全市綠色貸款餘額力爭達到2400億元以上。截至2025年6月末，全市綠色貸款餘額2150億元。', { region: '370700', documentDate: '2025-08-15' });
    expect(targets.map((t) => t.figure.text)).toEqual(['達到2400億元以上']);
    expect(claims.map((c) => c.figure.text)).toEqual(['2150億元']);
  });
});

describe('several places in one text', () => {
  it('a province and two cities each hold their own figures: no false contradiction', () => {
    const text =
      '截至2025年6月末，山东省绿色贷款余额1.8万亿元，同比增长18.5%。其中，潍坊市绿色贷款余额2150亿元，较年初增加253.31亿元，增速13.36%。济南市绿色贷款余额3120亿元，同比增长18.5%，较上年同期增加487亿元。';
    const { claims } = extractClaims(text, { region: '370700' });
    expect([...new Set(claims.map((c) => c.holder))]).toEqual(['region:370000', 'region:370700', 'region:370100']);
    expect(checkText(text, { region: '370700' }).ok).toBe(true);
  });

  it('in English too, and 全市 after 力争 is the text\'s own city', () => {
    const english = 'As of the end of June 2025, the balance of green loans in Weifang was 215 billion yuan. The balance of green loans in Jinan was 312 billion yuan, up 18.5% year on year.';
    expect(extractClaims(english, { region: '370700' }).claims.map((c) => c.holder)).toEqual(['region:370700', 'region:370100', 'region:370100']);
    const goal = extractClaims('到2025年末，力争全市绿色贷款余额达到2400亿元以上。', { region: '370700', documentDate: '2025-03-01' });
    expect(goal.targets.map((t) => t.holder)).toEqual(['region:370700']);
  });
});

describe('a plan\'s flow goal followed by its deadline', () => {
  it('三年新增…500亿元以上，到2025年末…: both goals, set against the balances of 2022 and 2025', () => {
    const text =
      '《淄博市绿色金融三年行动方案（2023—2025年）》提出，三年新增绿色贷款500亿元以上，到2025年末绿色贷款余额达到1200亿元。\n截至2022年末，全市绿色贷款余额680.2亿元。截至2025年末，全市绿色贷款余额1158.7亿元，同比增长21.3%。';
    const report = checkText(text, { region: '370300', documentDate: '2025-08-15' });
    expect(report.targets.map((t) => `${t.measure} ${t.status} ${t.outcome?.interval.lo ?? ''}`)).toEqual(['increment missed 47840000000', 'balance missed 115865000000']);
  });
});

describe('no false alarms on regulator releases and annual reports (a fifth review)', () => {
  it.each([
    ['a gap to the province\'s rate is not a gap to the city\'s own', '2025年6月末，苏州市各项贷款余额45678.9亿元，同比增长9.4%，增速高于全省平均水平1.1个百分点。'],
    ['the group and the parent bank of an annual report are two holders', '本集团科技贷款余额4567.89亿元，较上年末增长18.23%。其中，本行科技贷款余额4321.09亿元，较上年末增长17.85%。'],
    ['a list over two cities is not given to the last one named', '截至2025年6月末，济南、青岛两市本外币各项贷款余额分别为32145.6亿元和28765.3亿元，同比分别增长7.6%和10.2%。青岛市本外币各项贷款余额28765.3亿元，比年初增加1500.2亿元。'],
    ['a rate after a count of firms is the firms\', not the loans\'', '截至2025年6月末，全市普惠小微贷款余额30567.8亿元，同比增长12.0%，支持小微经营主体312.46万户，同比增长8.1%。'],
  ])('%s', (_name, text) => {
    expect(checkText(text, { region: '370700', documentDate: '2025-08-15' }).ok).toBe(true);
  });

  it('and what each of them reads', () => {
    const read = (text: string) => extractClaims(text, { region: '370700', documentDate: '2025-08-15' });
    expect(read('本集团科技贷款余额4567.89亿元。其中，本行科技贷款余额4321.09亿元。').claims.map((c) => c.holder)).toEqual(['entity:group', 'entity:bank']);
    const gap = read('2025年6月末，苏州市各项贷款余额45678.9亿元，同比增长9.4%，增速高于全省平均水平1.1个百分点。');
    expect(gap.claims.map((c) => c.holder)).toEqual(['region:320500', 'region:320500', 'region:320500']);
    // The gap is to Jiangsu's rate, which the text does not state: read, and left unverifiable.
    expect(gap.claims.map((c) => c.benchmarkHolder ?? '')).toEqual(['', '', 'region:320000']);
    const firms = read('截至2025年6月末，全市普惠小微贷款余额30567.8亿元，同比增长12.0%，支持小微经营主体312.46万户，同比增长8.1%。');
    expect(firms.claims.map((c) => c.figure.text)).toEqual(['30567.8亿元', '12.0%']);
  });
});

describe('spans index the caller’s text', () => {
  it.each([
    ['ﬁﬁ绿色贷款余额5亿元', 'claims', '5亿元', [8, 11]],
    ['绿 色 贷 款 余 额 5亿元', 'claims', '5亿元', [12, 15]],
    ['ﬁﬁ到2025年末绿色贷款余额达到100亿元以上', 'targets', '达到100亿元以上', [15, 24]],
    ['ﬁﬁ两家企业', 'facts', '两家', [2, 4]],
  ] as const)('%s: the %s figure %s at %j', (text, kind, printed, span) => {
    const extraction = extractClaims(text, { documentDate: '2025-01-01' });
    const item = extraction[kind][0];
    expect(item?.figure.span).toEqual(span);
    expect(item?.source?.span).toEqual(span);
    expect(text.slice(span[0], span[1])).toBe(printed);
  });
});
