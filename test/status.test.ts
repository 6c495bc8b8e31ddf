import { describe, expect, it } from 'vitest';
import { type Coverage, type UnparsedMention, checkClaims, coverageOf, isUnreadFigure, reportStatus } from '../src/index.js';
import { checkText } from '../src/extract/index.js';

const coverage = (c: Partial<Coverage>): Coverage => ({ figures: 0, read: 0, unread: 0, tableCellsSkipped: 0, relations: 0, relationsChecked: 0, ...c });

describe('reportStatus: one decision, as a table', () => {
  it.each([
    ['a contradiction wins over everything', true, coverage({ figures: 5, read: 3, unread: 2, relations: 2, relationsChecked: 2 }), 'inconsistent'],
    ['a contradiction with nothing else checked', true, coverage({ figures: 2, read: 2, relations: 1, relationsChecked: 1 }), 'inconsistent'],
    ['an empty text', false, coverage({}), 'nothing-checked'],
    ['figures read, no relation among them', false, coverage({ figures: 2, read: 2 }), 'nothing-checked'],
    ['relations, all unverifiable', false, coverage({ figures: 2, read: 2, relations: 3, relationsChecked: 0 }), 'nothing-checked'],
    ['nothing read, figures unread', false, coverage({ figures: 4, unread: 4 }), 'nothing-checked'],
    ['checked, one figure unread', false, coverage({ figures: 4, read: 3, unread: 1, relations: 1, relationsChecked: 1 }), 'partial'],
    ['checked, table cells skipped', false, coverage({ figures: 9, read: 3, unread: 6, tableCellsSkipped: 6, relations: 1, relationsChecked: 1 }), 'partial'],
    ['checked, everything read', false, coverage({ figures: 3, read: 3, relations: 2, relationsChecked: 1 }), 'consistent'],
  ] as const)('%s: %s', (_name, inconsistent, cov, expected) => {
    expect(reportStatus({ inconsistent, coverage: cov })).toBe(expected);
  });
});

describe('isUnreadFigure: which unparsed mentions are figures not read', () => {
  const u = (reason: string, code?: string): UnparsedMention => ({ text: 'x', span: [0, 1], reason, ...(code ? { code } : {}) });
  it.each([
    ['a date', false],
    ['a calendar date', false],
    ['a month', false],
    ['a year', false],
    ['the year-end', false],
    ['a range of years', false],
    ['a half-year or quarter', false],
    ['a length of time', false],
    ['a reference mark', false],
    ['a footnote mark', false],
    ['a list number', false],
    ['a list or row number', false],
    ['an ordinal (第N)', false],
    ['a section number', false],
    ['a number inside a code or name', false],
    ['a number in a name (N号)', false],
    ['a five-year plan (十四五)', false],
    ['a document number (〔year〕N号)', false],
    ['about 个人住房贷款, which the indicator catalog does not know', true],
    ['no indicator named before it in the sentence', true],
    ['a table cell outside the columns the table reader understood', true],
    ['an amount in a currency other than yuan', true],
    ['a figure with no as-of date in the text or options', true],
  ])('%s → %s', (reason, expected) => {
    expect(isUnreadFigure(u(reason))).toBe(expected);
  });

  it('decides by the code when the extractor gives one', () => {
    expect(isUnreadFigure(u('anything', 'date'))).toBe(false);
    expect(isUnreadFigure(u('a date', 'unknown-indicator'))).toBe(true);
  });

  it('coverageOf counts read, unread and skipped table cells, and checked relations', () => {
    expect(
      coverageOf({
        read: 3,
        unparsed: [u('a date'), u('no indicator named before it in the sentence'), u('a table cell outside the columns the table reader understood')],
        verdicts: ['consistent', 'unverifiable', 'inconsistent'],
      }),
    ).toEqual({ figures: 5, read: 3, unread: 2, tableCellsSkipped: 1, relations: 3, relationsChecked: 2 });
  });
});

describe('a report never says consistent about nothing', () => {
  const opts = { region: '370700', documentDate: '2025-08-15' } as const;

  it('an empty text: nothing-checked, with a notice, and ok kept for compatibility', () => {
    const report = checkText('', opts);
    expect(report.status).toBe('nothing-checked');
    expect(report.ok).toBe(true);
    expect(report.notices.map((n) => n.kind)).toEqual(['nothing-read']);
    expect(report.coverage).toEqual({ figures: 0, read: 0, unread: 0, tableCellsSkipped: 0, relations: 0, relationsChecked: 0 });
  });

  it('a binary input: nothing-checked, and a notice that says it is not text', () => {
    const report = checkText('PK\u0003\u0004\u0000\u0000\u0014\u0000 1200亿元 增长14.29%', opts);
    expect(report.status).toBe('nothing-checked');
    expect(report.claims).toEqual([]);
    expect(report.notices.map((n) => n.kind)).toEqual(['binary']);
    expect(report.notices[0]?.message).toMatch(/not UTF-8 text \(it has NUL bytes: a binary file, or UTF-16 text\)/);
  });

  it('a GBK file read as UTF-8 (replacement characters): not text', () => {
    const report = checkText('\ufffd\ufffd\ufffd\ufffd1200\ufffd\ufffd\ufffd\ufffd', opts);
    expect(report.notices[0]?.message).toMatch(/invalid UTF-8 bytes.*GB18030/);
  });

  it('an English summary of which nothing is read: nothing-checked, and says so', () => {
    const report = checkText('The bank supported 1,200 small firms and planted 300 trees in 2025.', opts);
    expect(report.status).toBe('nothing-checked');
    expect(report.ok).toBe(true);
    expect(report.notices.map((n) => n.kind)).toContain('nothing-checked');
  });

  it('a consistent text read whole: consistent', () => {
    const report = checkText('截至2025年6月末，全市绿色贷款余额1200亿元，较年初增长14.29%，较年初增加150亿元。', opts);
    expect(report.status).toBe('consistent');
    expect(report.coverage.unread).toBe(0);
    expect(report.coverage.relationsChecked).toBeGreaterThan(0);
  });

  it('a consistent text with a figure not read: partial', () => {
    const report = checkText('截至2025年6月末，全市绿色贷款余额1200亿元，较年初增长14.29%，较年初增加150亿元。此外还有约800亿元。', opts);
    expect(report.status).toBe('partial');
    expect(report.coverage.unread).toBe(1);
  });

  it('a table whose cells were skipped: partial, and the cells are counted', () => {
    // 利润 is a column the table reader does not understand: its cells are skipped.
    const text = ['单位：亿元', '序号\t机构\t2021年\t\t2022年\t', '\t\t工业贷款余额\t利润\t工业贷款余额\t利润', '1\t甲银行\t10.5\t1.2\t20.5\t2.2', '2\t乙银行\t4.5\t0.2\t5.5\t0.3', '合计\t\t15.0\t\t26.0\t'].join('\n');
    const report = checkText(text, opts);
    expect(report.relations.map((r) => r.verdict)).toEqual(['consistent', 'consistent']);
    expect(report.status).toBe('partial');
    expect(report.coverage).toMatchObject({ read: 6, unread: 4, tableCellsSkipped: 4 });
  });

  it('a tab-separated block the table reader does not recognise: its figures are unread, so partial', () => {
    const text = ['截至2025年6月末，全市绿色贷款余额1200亿元，较年初增长14.29%，较年初增加150亿元。', '序号\t机构\t代码\t编号', '1\t甲银行\t10.5\t1.2'].join('\n');
    const report = checkText(text, opts);
    expect(report.status).toBe('partial');
    expect(report.coverage.unread).toBe(2);
  });

  it('a contradiction: inconsistent, and ok false', () => {
    const report = checkText('截至2025年6月末，全市绿色贷款余额1200亿元，较年初增长20%，较年初增加150亿元。', opts);
    expect(report.status).toBe('inconsistent');
    expect(report.ok).toBe(false);
  });

  it('checkClaims with no claims: nothing-checked', () => {
    expect(checkClaims([]).status).toBe('nothing-checked');
  });
});
