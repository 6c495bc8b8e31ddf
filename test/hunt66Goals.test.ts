// Goals and forecasts of policy documents (hunt 66): what a plan sets is a goal due at its deadline,
// never a claim at the last year-end before the document came out, which would then disagree with
// the base the same text states. Each row: a text shaped like a plan, what it states (claims), what
// it sets (goals, with their deadlines), the figures left unread, and a text that is consistent is
// never called inconsistent. Where the goals form a plan the checker can do the sum of, a changed
// figure is caught.
import { describe, expect, it } from 'vitest';
import { checkText, extractClaims } from '../src/extract/index.js';

interface Row {
  readonly text: string;
  /** '' for none. */
  readonly documentDate: string;
  /** figure|indicator|date|measure|basis */
  readonly claims: readonly string[];
  /** figure|indicator|measure|deadline */
  readonly goals: readonly string[];
  /** figure|code, among the unread mentions */
  readonly unread?: readonly string[];
}

function reading(text: string, documentDate: string): { claims: string[]; goals: string[]; unread: string[] } {
  const r = extractClaims(text, documentDate ? { documentDate } : {});
  return {
    claims: r.claims.map((c) => [c.figure.text, c.indicator, c.date, c.measure, c.basis ?? ''].join('|').replace(/\|+$/, '')),
    goals: r.targets.map((t) => [t.figure.text, t.indicator ?? '', t.measure ?? '', t.deadline].join('|')),
    unread: r.unparsed.map((u) => `${u.text}|${u.code}`),
  };
}

function expectRow(row: Row): void {
  const r = reading(row.text, row.documentDate);
  expect(r.claims).toEqual(row.claims);
  expect(r.goals).toEqual(row.goals);
  for (const u of row.unread ?? []) expect(r.unread).toContain(u);
  const report = checkText(row.text, row.documentDate ? { documentDate: row.documentDate } : {});
  expect(report.conflicts).toEqual([]);
  expect(report.status).not.toBe('inconsistent');
}

// A text with one figure changed: inconsistent, the changed figure among the suspects.
function expectCaught(text: string, documentDate: string, changed: string): void {
  const r = checkText(text, documentDate ? { documentDate } : {});
  expect(r.status).toBe('inconsistent');
  expect(r.conflicts.flatMap((c) => c.suspects.map((x) => x.text))).toContain(changed);
}

describe('goals under a heading of their own line', () => {
  it.each<[string, Row]>([
    [
      // 发展目标 on its own line, no colon: the line under it is a goal — with no deadline stated, left unread,
      // never a claim at 2024-12-31 against the base 312亿元 (a line that states its date stays a claim).
      'an undated goal under 一、发展目标 is unread',
      {
        text: '一、发展目标\n全县科技贷款余额达到360亿元。\n2024年末，全县科技贷款余额312亿元。',
        documentDate: '2025-01-20',
        claims: ['312亿元|tech-loans|2024-12-31|balance'],
        goals: [],
        unread: ['达到360亿元|goal-without-deadline'],
      },
    ],
    [
      // A line that opens on the date it stands at reports: the section's goals end before it, and the growth in the
      // sentence after it is a claim too.
      'a dated line under the goals reports',
      {
        text: '主要目标\n全市绿色贷款余额达到2400亿元。\n2024年末，全市绿色贷款余额2050亿元。同比增长12.4%。',
        documentDate: '2025-02-10',
        claims: ['2050亿元|green-loans|2024-12-31|balance', '12.4%|green-loans|2024-12-31|growth|yoy'],
        goals: [],
        unread: ['达到2400亿元|goal-without-deadline'],
      },
    ],
    [
      // A heading that names its year (2026年工作目标) gives its lines that year's end.
      'a heading with its year',
      {
        text: '2026年工作目标\n全市绿色贷款余额达到1300亿元。\n科技贷款新增150亿元。',
        documentDate: '2026-01-15',
        claims: [],
        goals: ['达到1300亿元|green-loans|balance|2026-12-31', '150亿元|tech-loans|increment|2026-12-31'],
      },
    ],
    [
      // The deadline of the first line holds for the unnumbered lines after it in the section; the next
      // heading (三、保障措施) closes the section, and what follows is read as ever.
      'lines of a section share its deadline, up to the next heading',
      {
        text: '（二）主要目标\n到2026年末，全市普惠小微贷款余额达到520亿元；\n绿色贷款余额达到880亿元。\n三、保障措施\n2024年末，全市绿色贷款余额700亿元。',
        documentDate: '2025-01-20',
        claims: ['700亿元|green-loans|2024-12-31|balance'],
        goals: ['达到520亿元|inclusive-small-micro-loans-pboc|balance|2026-12-31', '达到880亿元|green-loans|balance|2026-12-31'],
      },
    ],
    [
      // A section that reports (三、工作成效) is no goal's: its figure is a claim again (undated: the document's date).
      'a later section heading ends the goals',
      {
        text: '二、工作目标\n全市绿色贷款余额达到900亿元。\n三、工作成效\n全市绿色贷款余额812亿元，同比增长15.2%。',
        documentDate: '2025-02-10',
        claims: ['812亿元|green-loans|2025-02-10|balance', '15.2%|green-loans|2025-02-10|growth|yoy'],
        goals: [],
        unread: ['达到900亿元|goal-without-deadline'],
      },
    ],
    [
      // 目标完成情况： heads what came of a goal: statements, not goals.
      'a heading of how a goal went heads statements',
      {
        text: '“两增”目标完成情况：\n1. 普惠型小微企业贷款余额46.3亿元，较年初增长9.98%。',
        documentDate: '2025-01-15',
        claims: ['46.3亿元|inclusive-small-micro-loans|2025-01-15|balance', '9.98%|inclusive-small-micro-loans|2025-01-15|growth|ytd'],
        goals: [],
      },
    ],
  ])('%s', (_name, row) => expectRow(row));
});

describe('年末 in a sentence that sets goals is the end of the year ahead', () => {
  it.each<[string, Row]>([
    [
      // A plan of January 2025: 460 + 45 = 505, a consistent plan for 2025-12-31.
      '全年计划新增…，年末余额达到…',
      {
        text: '全年计划新增普惠小微贷款45亿元，年末余额达到505亿元。2024年末，全市普惠小微贷款余额460亿元。',
        documentDate: '2025-01-25',
        claims: ['460亿元|inclusive-small-micro-loans-pboc|2024-12-31|balance'],
        goals: ['45亿元|inclusive-small-micro-loans-pboc|increment|2025-12-31', '达到505亿元|inclusive-small-micro-loans-pboc|balance|2025-12-31'],
      },
    ],
    [
      // 要 sets the goals; 1260 + at least 120 = at least 1380.
      '今年…要新增…以上，年末余额达到…',
      {
        text: '今年全市科技贷款要新增120亿元以上，年末余额达到1380亿元。2024年末，全市科技贷款余额1260亿元。',
        documentDate: '2025-02-20',
        claims: ['1260亿元|tech-loans|2024-12-31|balance'],
        goals: ['120亿元以上|tech-loans|increment|2025-12-31', '达到1380亿元|tech-loans|balance|2025-12-31'],
      },
    ],
    [
      // 预计 is a forecast: a goal-like figure for the year's end, never a claim.
      '预计年末…达到…',
      {
        text: '预计年末全市绿色贷款余额达到1150亿元。2024年末，全市绿色贷款余额1010亿元。',
        documentDate: '2025-02-20',
        claims: ['1010亿元|green-loans|2024-12-31|balance'],
        goals: ['达到1150亿元|green-loans|balance|2025-12-31'],
      },
    ],
    [
      // With no document's date, the goal's 年末 is guessed from the years printed around it: never the very year-end
      // the text states its base at (640 at 2024-12-31), but the one after it (640 + 55 = 695).
      'no document date: the year-end after the stated base',
      {
        text: '今年全市普惠小微贷款要新增55亿元以上，年末余额达到695亿元。2024年末，全市普惠小微贷款余额640亿元。',
        documentDate: '',
        claims: ['640亿元|inclusive-small-micro-loans-pboc|2024-12-31|balance'],
        goals: ['55亿元以上|inclusive-small-micro-loans-pboc|increment|2025-12-31', '达到695亿元|inclusive-small-micro-loans-pboc|balance|2025-12-31'],
      },
    ],
    [
      // A year's plan in a sentence that states no date, in a document of February 2025: the year 2025, not the
      // year-end 2024 the text states next as its base.
      '全年计划新增… with no date in its sentence',
      {
        text: '全年计划新增绿色贷款180亿元。2024年末，全市绿色贷款余额1900亿元。',
        documentDate: '2025-02-10',
        claims: ['1900亿元|green-loans|2024-12-31|balance'],
        goals: ['180亿元|green-loans|increment|2025-12-31'],
      },
    ],
    [
      // What was done (已完成, 实际新增) states what is: the last year-end, as ever.
      'a sentence that reports keeps its year-end',
      {
        text: '截至年末，全市绿色贷款余额1010亿元，已完成全年计划。全年实际新增绿色贷款150亿元，年末余额达到1010亿元。',
        documentDate: '2025-01-20',
        claims: ['1010亿元|green-loans|2024-12-31|balance', '150亿元|green-loans|2024-12-31|increment|ytd', '达到1010亿元|green-loans|2024-12-31|balance'],
        goals: [],
      },
    ],
  ])('%s', (_name, row) => expectRow(row));

  it.each([
    // 460 + 45 = 505, not 515.
    ['全年计划新增普惠小微贷款45亿元，年末余额达到515亿元。2024年末，全市普惠小微贷款余额460亿元。', '2025-01-25', '达到515亿元'],
    // With no document's date too: 640 + at least 55 is at least 695, not 690.
    ['今年全市普惠小微贷款要新增55亿元以上，年末余额达到690亿元。2024年末，全市普惠小微贷款余额640亿元。', '', '达到690亿元'],
    // 1290 + at least 120 is at least 1410: more than 1380.
    ['今年全市科技贷款要新增120亿元以上，年末余额达到1380亿元。2024年末，全市科技贷款余额1290亿元。', '2025-02-20', '1290亿元'],
  ])('a changed figure of the plan is caught: %s', (text, documentDate, changed) => expectCaught(text, documentDate, changed));
});

describe('the end of a five-year plan is a date', () => {
  it.each<[string, Row]>([
    [
      // 十四五 ends 2025-12-31 (a deadline in 2021); 十三五 ended 2020-12-31 (a date figures stand at).
      '到“十四五”末 a deadline, “十三五”末 a date',
      {
        text: '到“十四五”末，全省绿色贷款余额达到3000亿元。“十三五”末，全省绿色贷款余额1260亿元。',
        documentDate: '2021-04-01',
        claims: ['1260亿元|green-loans|2020-12-31|balance'],
        goals: ['达到3000亿元|green-loans|balance|2025-12-31'],
      },
    ],
    [
      // 十五五 runs 2026—2030; 期末 as 末.
      '十五五期末',
      {
        text: '到十五五期末，全省科技贷款余额力争达到9000亿元以上。',
        documentDate: '2026-03-01',
        claims: [],
        goals: ['达到9000亿元以上|tech-loans|balance|2030-12-31'],
      },
    ],
  ])('%s', (_name, row) => expectRow(row));
});

describe('a goal counted from a base (在…基础上)', () => {
  it.each<[string, Row]>([
    [
      // 2024年末 is the base of the growth, not the date of the goals; the growth over three years is a
      // quantity no goal's basis names: unread (1000 × 1.4 = 1400 would agree).
      'a base three years before the deadline',
      {
        text: '到2027年末，全市绿色贷款余额在2024年末基础上增长40%以上，达到1400亿元。2024年末，全市绿色贷款余额1000亿元。',
        documentDate: '2025-04-01',
        claims: ['1000亿元|green-loans|2024-12-31|balance'],
        goals: ['达到1400亿元|green-loans|balance|2027-12-31'],
        unread: ['40%以上|change-over-span'],
      },
    ],
    [
      // A year before the deadline: the year's growth, checked with the plan (1000 × 1.12 = 1120).
      'a base a year before the deadline',
      {
        text: '到2025年末，全市绿色贷款余额在2024年末基础上增长12%以上，达到1120亿元。2024年末，全市绿色贷款余额1000亿元。',
        documentDate: '2025-03-01',
        claims: ['1000亿元|green-loans|2024-12-31|balance'],
        goals: ['12%以上|green-loans|growth|2025-12-31', '达到1120亿元|green-loans|balance|2025-12-31'],
      },
    ],
  ])('%s', (_name, row) => expectRow(row));

  // 1120 / 1030 − 1 = 8.7%, short of 12%.
  it('a changed base is caught', () =>
    expectCaught('到2025年末，全市绿色贷款余额在2024年末基础上增长12%以上，达到1120亿元。2024年末，全市绿色贷款余额1030亿元。', '2025-03-01', '1030亿元'));
});

describe('a year followed by 同期 is the same stretch of that year', () => {
  it.each<[string, Row]>([
    [
      // Taiwan: 114年1至9月 is 2025-01..09, so 113年同期 is 2024-01..09 — not the whole of 113 (5,020).
      'ROC years',
      {
        text: '114年1至9月，本國銀行對中小企業放款增加3,960億元，113年同期增加3,710億元；113年全年增加5,020億元。',
        documentDate: '2025-11-20',
        claims: ['3,960億元|subject:中小企业放款|2025-09-30|increment|ytd', '3,710億元|subject:中小企业放款|2024-09-30|increment|ytd', '5,020億元|subject:中小企业放款|2024-12-31|increment|ytd'],
        goals: [],
      },
    ],
    [
      'years of the common era',
      {
        text: '2025年1-8月，全省绿色贷款增加860亿元，2024年同期增加790亿元；2024年全年增加1130亿元。',
        documentDate: '2025-09-20',
        claims: ['860亿元|green-loans|2025-08-31|increment|ytd', '790亿元|green-loans|2024-08-31|increment|ytd', '1130亿元|green-loans|2024-12-31|increment|ytd'],
        goals: [],
      },
    ],
    [
      // A point: 2024年同期 after 2025年6月末 is 2024-06-30, for its own clause; the growth after it is of 2025-06-30
      // (9800 / 8600 − 1 = 13.95%).
      'a month-end, for its clause only',
      {
        text: '2025年6月末，全省绿色贷款余额9800亿元，2024年同期为8600亿元，同比增长13.95%。',
        documentDate: '2025-07-20',
        claims: ['9800亿元|green-loans|2025-06-30|balance', '8600亿元|green-loans|2024-06-30|balance', '13.95%|green-loans|2025-06-30|growth|yoy'],
        goals: [],
      },
    ],
  ])('%s', (_name, row) => expectRow(row));

  // 9800 / 8600 − 1 = 13.95%, not 13.59%.
  it('a changed growth is caught', () => expectCaught('2025年6月末，全省绿色贷款余额9800亿元，2024年同期为8600亿元，同比增长13.59%。', '2025-07-20', '13.59%'));
});

describe('a level in brackets inside a run of goals', () => {
  it.each<[string, Row]>([
    [
      // （2024年末为912亿元） is the level at that date, for its brackets only: the goal after the ； is due at the
      // run's deadline (2027-12-31), never at 2024-12-31, where the 51.6% stated would make it "missed".
      'the goal after the brackets keeps the deadline',
      {
        text: '到2027年末，力争全市科技贷款余额突破1400亿元（2024年末为912亿元）；科技型企业获贷率达到60%。2024年末，全市科技型企业获贷率为51.6%。',
        documentDate: '2025-03-10',
        claims: ['912亿元|tech-loans|2024-12-31|balance', '51.6%|subject:科技型企业|2024-12-31|access-rate'],
        goals: ['突破1400亿元|tech-loans|balance|2027-12-31', '达到60%|subject:科技型企业|access-rate|2027-12-31'],
      },
    ],
  ])('%s', (_name, row) => expectRow(row));
});

describe("a policy's rate or condition in a sentence that sets goals", () => {
  it.each<[string, Row]>([
    [
      // The fee rates the policy charges by (按…的0.5%收取, 按0.3%收取) and the bound of who qualifies (200万元及以下的)
      // are no goals due at the later 2026年末; the fee-rate goal after 力争 is.
      'rates charged and a size bound, before a goal',
      {
        text: '担保费按担保金额的0.5%收取，对其中单户担保金额200万元及以下的，按0.3%收取；力争2026年末全市平均担保费率降至1%以下。',
        documentDate: '2025-05-01',
        claims: [],
        goals: ['1%以下|subject:平均担保费||2026-12-31'],
        unread: ['0.5%|no-measure', '200万元及以下|no-measure', '0.3%|no-measure'],
      },
    ],
    [
      // Who is rewarded (增长15%（含）以上的银行机构) and by how much (按新增额的0.3%给予奖励): neither is a growth goal.
      'a reward and its condition',
      {
        text: '对2025年普惠小微贷款较上年增长15%（含）以上的银行机构，按新增额的0.3%给予奖励。',
        documentDate: '2025-03-01',
        claims: [],
        goals: [],
        unread: ['0.3%|no-measure'],
      },
    ],
    [
      // …以上的目标 stays a goal: 的 before 目标 names the goal, not who qualifies.
      'a goal named after its figure',
      {
        text: '力争2025年末全市绿色贷款余额达到1200亿元以上的目标。',
        documentDate: '2025-03-01',
        claims: [],
        goals: ['达到1200亿元以上|green-loans|balance|2025-12-31'],
      },
    ],
  ])('%s', (_name, row) => expectRow(row));
});
