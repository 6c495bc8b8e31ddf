// Where a table's rows are labelled and which rows total the others, one table per row of the tables.
import { describe, expect, it } from 'vitest';
import { findGrids, headerRows } from '../../src/extract/readers/grid.js';
import { gridSums, labelColumn, noteUnder, subtotalLabel } from '../../src/extract/readers/gridTotals.js';

// The body of a table's rows (its header row is the one without numbers), and a claim id per data cell: "r|c".
function table(text: string): { body: ReturnType<typeof headerRows>['body']; header: ReturnType<typeof headerRows>['header']; claimOf: Map<string, string> } {
  const grid = findGrids(text)[0];
  if (!grid) throw new Error('no table');
  const { header, body } = headerRows(grid.rows, (cell) => /\d/.test(cell.text));
  const claimOf = new Map<string, string>();
  body.forEach((row, r) => row.forEach((cell, c) => /^[\d.,]+$/.test(cell.text) && !/^\d$/.test(cell.text) && claimOf.set(`${r}|${c}`, `${r}|${c}`)));
  return { body, header, claimOf };
}

describe('labelColumn', () => {
  it.each([
    ['| 银行 | 余额 |\n|---|---|\n| 工商银行 | 612.4 |\n| 建设银行 | 548.9 |', 0],
    // a column of ranks, with a 合计 in it where the label is blank
    ['| 序号 | 银行 | 余额 |\n|---|---|---|\n| 1 | 工商银行 | 612.4 |\n| 2 | 建设银行 | 548.9 |\n| 合计 |  | 1161.3 |', 1],
    // a column of groups, blank below each group
    ['| 类型 | 机构 | 余额 |\n|---|---|---|\n| 国有大型银行 | 工行 | 100 |\n|  | 农行 | 200 |\n|  | 小计 | 300 |', 1],
  ])('%s → %i', (text, col) => {
    expect(labelColumn(table(text).body)).toBe(col);
  });
});

describe('gridSums', () => {
  it('adds the rows above a 合计, not a 其中 row nor a 小计', () => {
    const t = table('| 序号 | 银行 | 余额 |\n|---|---|---|\n| 1 | 甲银行 | 210.4 |\n|  | 其中：线上贷款 | 96.2 |\n| 2 | 乙银行 | 185.7 |\n| 合计 |  | 396.1 |');
    expect(gridSums(t.body, t.header, 1, t.claimOf, '').map((x) => `${x.total}=${x.parts.join('+')}`)).toEqual(['3|2=0|2+2|2']);
  });
  it('adds a 小计 over its block, names it for its group, and the 合计 over the rows of every block', () => {
    const t = table('| 类型 | 机构 | 余额 |\n|---|---|---|\n| 国有大型银行 | 工行 | 100 |\n|  | 农行 | 200 |\n|  | 小计 | 300 |\n| 地方法人银行 | 城商行 | 60 |\n|  | 农商行 | 110 |\n|  | 小计 | 170 |\n| 合计 |  | 470 |');
    expect(subtotalLabel(t.body, 5, 1)).toBe('地方法人银行小计');
    expect(gridSums(t.body, t.header, 1, t.claimOf, '').map((x) => `${x.total}=${x.parts.join('+')}`)).toEqual(['2|2=0|2+1|2', '5|2=3|2+4|2', '6|2=0|2+1|2+3|2+4|2']);
  });
  it.each([['注：地方法人银行包括城市商业银行和农村金融机构。'], ['注：合计数已剔除重复统计部分。']])('adds nothing under a note that says the total is no sum: %s', (note) => {
    const text = `| 类型 | 余额 |\n|---|---|\n| 城市商业银行 | 185.7 |\n| 地方法人银行 | 587.8 |\n| 合计 | 773.5 |\n${note}`;
    const t = table(text);
    const grid = findGrids(text)[0];
    expect(noteUnder(text, grid?.end ?? 0)).toBe(note);
    expect(gridSums(t.body, t.header, 0, t.claimOf, noteUnder(text, grid?.end ?? 0))).toEqual([]);
  });
});
