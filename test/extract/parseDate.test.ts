import { describe, expect, it } from 'vitest';
import { WupianError } from '../../src/errors/WupianError.js';
import { type AsOf, parseAsOf } from '../../src/extract/index.js';

const show = (a: AsOf | null): string => (a === null ? 'null' : 'date' in a ? a.date : `${a.period.from}..${a.period.to}`);

describe('parseAsOf', () => {
  it.each([
    // English month and day without a year: that day of the document's year (stop 34)
    ['as of June 30', '2025-08-15', '2025-06-30'],
    ['30 September', '2025-10-20', '2025-09-30'],
    // the end of a quarter or a half: the point it ends at (stop 34)
    ['the end of the second quarter of 2025', undefined, '2025-06-30'],
    ['end-Q3 2025', undefined, '2025-09-30'],
    ['the end of the first half of 2024', undefined, '2024-06-30'],
    // Chinese, with the year
    ['截至2025年6月末', undefined, '2025-06-30'],
    ['截至2025年6月末,辖区绿色信贷余额2150亿元', undefined, '2025-06-30'],
    ['2025年7月', undefined, '2025-07-31'],
    ['2025年6月25日', undefined, '2025-06-25'],
    ['2023年末', undefined, '2023-12-31'],
    ['2025年初', undefined, '2024-12-31'],
    ['2023年', undefined, '2023-01-01..2023-12-31'],
    ['2023年度', undefined, '2023-01-01..2023-12-31'],
    ['2024年下半年', undefined, '2024-07-01..2024-12-31'],
    ['2025年上半年', undefined, '2025-01-01..2025-06-30'],
    ['2025年一季度', undefined, '2025-01-01..2025-03-31'],
    ['2025年前三季度', undefined, '2025-01-01..2025-09-30'],
    ['2025年1—6月', undefined, '2025-01-01..2025-06-30'],
    ['2021—2023年', undefined, '2021-01-01..2023-12-31'],
    ['2025-09-28 13:23', undefined, '2025-09-28'],
    ['2025/6/30', undefined, '2025-06-30'],
    // Chinese, the year from the document's date
    ['截至8月末', '2025-09-02', '2025-08-31'],
    ['截至11月末', '2025-09-02', '2024-11-30'],
    ['6月末', '2025-06-30', '2025-06-30'],
    ['6月25日', '2024-07-01', '2024-06-25'],
    ['年末', '2025-09-02', '2024-12-31'],
    ['年底', '2025-12-31', '2025-12-31'],
    ['上半年', '2025-09-02', '2025-01-01..2025-06-30'],
    ['上半年', '2025-03-02', '2024-01-01..2024-06-30'],
    ['下半年', '2025-09-02', '2024-07-01..2024-12-31'],
    ['一季度', '2025-09-02', '2025-01-01..2025-03-31'],
    ['第二季度', '2025-09-02', '2025-04-01..2025-06-30'],
    ['前三季度', '2025-10-20', '2025-01-01..2025-09-30'],
    ['1—6月', '2025-09-02', '2025-01-01..2025-06-30'],
    ['1-8月份', '2025-09-02', '2025-01-01..2025-08-31'],
    // without the document's date a year left out cannot be known
    ['截至8月末', undefined, 'null'],
    ['上半年', undefined, 'null'],
    // comparison bases are not as-of dates
    ['较年初增加253.31亿元', '2025-09-02', 'null'],
    ['比上年末增长5%', '2025-09-02', 'null'],
    ['较2024年末增长', undefined, 'null'],
    // invalid dates
    ['13月末', '2025-09-02', 'null'],
    ['2025年2月30日', undefined, 'null'],
    // English
    ['As of June 2025', undefined, '2025-06-30'],
    ['as of the end of August', '2025-09-02', '2025-08-31'],
    ['As of June, technology loans grew', '2025-09-02', '2025-06-30'],
    ['by the end of June 2025', undefined, '2025-06-30'],
    ['By the end of 2027', undefined, '2027-12-31'],
    ['By 2030, the aim is', undefined, '2030-12-31'],
    ['the end of the year', '2025-12-15', '2025-12-31'],
    ['June 30, 2025', undefined, '2025-06-30'],
    ['30 June 2025', undefined, '2025-06-30'],
    ['the first half of 2025', undefined, '2025-01-01..2025-06-30'],
    ['H1 2025', undefined, '2025-01-01..2025-06-30'],
    ['Q3 2025', undefined, '2025-07-01..2025-09-30'],
    ['2025 Q1', undefined, '2025-01-01..2025-03-31'],
    ['the first three quarters of 2025', undefined, '2025-01-01..2025-09-30'],
    ['the second quarter of 2024', undefined, '2024-04-01..2024-06-30'],
    ['in 2023', undefined, '2023-01-01..2023-12-31'],
    ['2023', undefined, '2023-01-01..2023-12-31'],
    ['the loans may grow', '2025-09-02', 'null'],
    ['', undefined, 'null'],
  ] as const)('%j (document %s) → %s', (text, documentDate, expected) => {
    expect(show(parseAsOf(text, documentDate === undefined ? {} : { documentDate }))).toBe(expected);
  });

  it('refuses a document date that is not a date, with a typed error', () => {
    expect(() => parseAsOf('截至8月末', { documentDate: '2025-13-45' })).toThrow(WupianError);
  });

  it('refuses what is not a string with a typed error naming it', () => {
    expect(() => parseAsOf(null as unknown as string)).toThrow(expect.objectContaining({ code: 'invalid_argument', path: ['text'] }));
  });
});
