import { describe, expect, it } from 'vitest';
import { checkText, extractClaims } from '../../src/extract/index.js';
import { growthOfWork } from '../support/workMeter.js';

// The claim layer and the checker on untrusted text: never a throw, linear work. Linear
// is tested by the shape of the work (characters scanned when the input doubles, see
// test/support/workMeter.ts), never by the clock; speed is measured by the benchmarks.
const LINEAR = 2.3;
const OPTIONS = { region: '370700', documentDate: '2025-06-30' } as const;

function expectLinear(make: (n: number) => string, n: number): void {
  const { ratio, small, large } = growthOfWork(make, n, (text) => void checkText(text, OPTIONS));
  expect(ratio, `work ${small.chars} → ${large.chars} characters scanned when the input doubles`).toBeLessThan(LINEAR);
}

function randomText(length: number, alphabet: string, seed: number): string {
  const chars = [...alphabet];
  let state = seed;
  let out = '';
  while (out.length < length) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out += chars[state % chars.length] as string;
  }
  return out;
}

const ALPHABET = '0123456789.,，、%亿万元年月日末截至较年初增加增长同比高于个百分点占比重余额绿色贷款各项贷款分别为和、；。\n\t 超近约余';

describe('extractClaims and checkText on adversarial input', () => {
  it('genre-shaped noise: no throw, linear work, every figure accounted for', () => {
    const text = randomText(200_000, ALPHABET, 11);
    const extraction = extractClaims(text, OPTIONS);
    const report = checkText(text.slice(0, 100_000), OPTIONS);
    expect(extraction.claims.length + extraction.targets.length + extraction.facts.length + extraction.unparsed.length).toBeGreaterThan(1000);
    expect(report.counts.unparsed).toBeGreaterThan(500);
    expectLinear((n) => randomText(n, ALPHABET, 11), 10_000);
  });

  it.each([
    ['分别为'],
    ['绿色贷款余额'],
    ['1、'],
    ['截至2025年6月末'],
    ['\t1\t2\t3\n'],
    ['高于各项贷款增速1个百分点，'],
    ['两家企业，'],
    ['力争新增贷款5亿元，到2025年末'],
    ['通过三年倍增行动，工业贷款余额达109亿元以上'],
    ['该行为5家企业发放贷款30万元；'],
    ['ten other departments, '],
    // an English run of rates: a list is zipped only when it is short
    ['1 percent, '],
    // the shapes this stop reads anew: flows and their 同比, a gap after rates of two bases, a table
    // without outer bars under a unit line with a full-width comma
    ['新增绿色贷款9亿元，同比增加1亿元，'],
    ['同比增长11.6%，较年初增长6.2%，增速比各项贷款高4.5个百分点，'],
    ['单位：亿元，%\n项目 | 余额 | 同比增长\n科技贷款 | 6,812.5 | 18.6\n'],
    // English dates on one long line: the start of a date's sentence is looked for near it only
    ['Green loans should reach 5 billion yuan by the end of 2027. '],
    // stop 19's shapes: earlier levels in a clause of their own, 投向 lists and their 合计, key-values under
    // a heading, a paragraph's subject carried, banks' short and English names, shares of another holder's whole
    ['，2024年末为1亿元'],
    ['绿色贷款主要投向交通运输、仓储和邮政业（1亿元）、'],
    ['绿色贷款概况\n余额：1亿元\n'],
    ['与年初相比，余额增加1亿元。'],
    ['工行为1亿元；Industrial Bank reached 1 billion yuan; '],
    ['成都市绿色贷款余额1亿元，占全省绿色贷款的5%；'],
    // stop 20's: lists that repeat their preposition, "of" inside an item, "those to" after commas,
    // "their balances" zipping again, a breakdown's heading
    ['loans for a, for the b of c, and for d grew by 1, 2 and 3 billion yuan, respectively, taking their balances to 4, 5 and 6 billion yuan. '],
    ['green loans to a, b and c reached 1 trillion yuan, while those to d, e and f totaled 2 trillion yuan; '],
    ['分期限看，短期贷款余额1亿元，'],
    // this stop's shapes: a table of single spaces, numbers a copy broke with spaces, a total by count, a gap list after two bases
    ['绿色贷款 1.5 2 3\n'],
    ['余额1, 234.56亿元，增速13. 62%，1, 234亿元；'],
    ['绿色贷款余额1亿元。科技贷款余额2亿元，两项贷款合计3亿元。'],
    ['较年初增长1%，同比增长2%；分别高于各项贷款3和4个百分点，'],
    ['民生银行1亿元、浙商银行2亿元，较上年末分别增加3亿元和4亿元；'],
    ['2025年末余额1亿元，上年末余额2亿元，上年同期增速3%，比各项贷款增速高1个百分点；两家银行余额合计5亿元。'],
    ['上年末，余额1亿元，今年以来增加2亿元；甲银行与乙银行两家银行合计3亿元，合计增长4%；投向A和B产业，余额分别为5亿元和6亿元。'],
    ['余额分别为：大型银行1亿元、城商行2亿元，合计3亿元；贷款总额为4亿元，占贷款总额的5%；113年核准6亿元。'],
    // stop 30's: 上年同期 with no 。 before it, progress toward a plan of years, kinds referred back by their count,
    // what was lent and its change, a list of months and their total, a group's books
    ['前三季度，全市绿色贷款增加2亿元，其中9月份增加1亿元；上年同期，全市绿色贷款增加1亿元；'],
    ['力争2027年新增1亿元，完成三年目标的2%；'],
    ['科技贷款、绿色贷款余额分别为1亿元和2亿元；三项贷款余额分别为3亿元、4亿元和5亿元；'],
    ['前三季度，累计发放创业担保贷款1亿元，同比多发放2亿元，同比增长3%，上年同期为4亿元；'],
    ['7月、8月、9月，分别增加1亿元、2亿元和3亿元，三季度合计增加6亿元，同比多增1亿元；'],
    ['本集团绿色贷款余额3亿元，其中境内机构2亿元，境外机构1亿元，集团合计3亿元；'],
  ])('repeated %j: no throw, linear work', (unit) => {
    expect(() => checkText(unit.repeat(2_000), OPTIONS)).not.toThrow();
    expectLinear((n) => unit.repeat(n), 1_000);
  });

  it.each([[''], ['\u0000\uffff\ud800']])('%j: no throw', (text) => {
    expect(() => checkText(text, OPTIONS)).not.toThrow();
  });
});

describe('goals and facts on adversarial input: every figure accounted for once', () => {
  it.each([
    ['两家企业，', 200_000, 'facts'],
    ['通过三年倍增行动，工业贷款余额达109亿元以上。', 20_000, 'targets'],
    ['ten other departments, ', 40_000, 'facts'],
  ] as const)('%s × %i', (unit, times, kind) => {
    const extraction = extractClaims(`市中金稳办字〔2021〕1号\n${unit.repeat(times)}`, { region: '370402' });
    expect(extraction[kind].length).toBe(times);
    const spans = [...extraction.claims, ...extraction.targets, ...extraction.facts].map((c) => c.source?.span?.[0]);
    expect(new Set(spans).size).toBe(spans.length);
  });
});

describe('tables of thousands of rows (hunt 69)', () => {
  const table = (rows: number, label: (i: number) => string): string =>
    ['| 序号 | 企业名称 | 贷款余额（万元） |', ...Array.from({ length: rows }, (_, i) => `| ${i + 1} | ${label(i + 1)} | ${2200 + ((i * 7919) % 4000)} |`)].join('\n');
  it('reads each row of firms as the loans to that firm: no one quantity, no conflict', () => {
    const text = table(3_000, (i) => `潍坊第${i}号科技有限公司`);
    const extraction = extractClaims(text, OPTIONS);
    expect(extraction.claims).toHaveLength(3_000);
    expect(new Set(extraction.claims.map((c) => c.part)).size).toBe(3_000);
    expect(checkText(text, OPTIONS).conflicts).toEqual([]);
  });
  it('reports the rows of one quantity that clash two by two, each conflict of two figures', () => {
    // (Every row the same unnamed project: 2,000 figures of one quantity, 2,200 … 6,199 — pairs that cannot both hold.)
    const report = checkText(table(2_000, () => '某项目'), OPTIONS);
    expect(report.status).toBe('inconsistent');
    expect(report.conflicts.length).toBeGreaterThan(500);
    expect(report.conflicts.every((c) => c.suspects.length === 2)).toBe(true);
  });
});
