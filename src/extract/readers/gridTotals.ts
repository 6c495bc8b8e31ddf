import type { SumSpec } from '../../check/options.js';
import type { Cell } from './grid.js';

// Where a table's rows are labelled, and which rows and columns are totals of the others: 合计 rows
// and columns, 小计 blocks, 其中 rows left out, a note under the table that says the total is no sum.

/** The label of a total: 合计, 总计, 小计, 前五名合计, 国有大型银行小计. */
export const TOTAL = /^(?:合计|合計|总计|總計|小计|小計|前\S{1,3}(?:名|位|大|家)合[计計]|全部合计)|^[\u4e00-\u9fa5]{2,12}(?:小计|小計)$/;
/** A total that says it is no sum: 合计（剔除重复统计）. */
export const NOT_A_SUM = /剔除|去重|不等于|不等於|重复|重複/;
const SUBTOTAL = /^(?:小计|小計)|小计$|小計$/;

/**
 * The column of row labels: the first whose cells are words — past a 位次 or 序号 column of ranks
 * (numbers, blanks and a 合计), and past a column of groups whose cells are blank below each group
 * (| 国有大型银行 | 工行 | …, |  | 农行 | …): the finer label is the row's.
 *
 * @example
 * // rows | 1 | 工商银行 | 612.4 | and | 2 | 建设银行 | 548.9 |: the labels are in the second column
 * labelColumn(body) // 1
 */
export function labelColumn(body: readonly (readonly Cell[])[]): number {
  const width = body[0]?.length ?? 0;
  const texts = (c: number): string[] => body.map((row) => row[c]?.text ?? '');
  // (Ranks, with a 合计 or 全市 where the row's own label is blank.)
  const isRanks = (c: number): boolean => texts(c).every((t, k) => t === '' || /^\d+$/.test(t) || texts(c + 1)[k] === '') && texts(c).filter((t) => /^\d+$/.test(t)).length >= 2;
  const isWords = (c: number): boolean => texts(c).every((t) => t === '' || (!/\d/.test(t) && t.length > 0)) && texts(c).filter((t) => t !== '').length > body.length / 2;
  const isGroups = (c: number): boolean => texts(c).some((t) => t === '') && texts(c)[0] !== '' && isWords(c + 1) && texts(c + 1).every((t, k) => t !== '' || TOTAL.test(texts(c)[k] ?? ''));
  let col = 0;
  while (col < width - 2 && (isRanks(col) || isGroups(col))) col++;
  return col;
}

/** A row's label: its cell in the label column, else the 合计 or 全市 a blank label leaves to the column before. */
export function rowLabelOf(row: readonly Cell[], labelCol: number): string {
  const own = row[labelCol]?.text ?? '';
  if (own !== '' || labelCol === 0) return own;
  const before = row[labelCol - 1]?.text ?? '';
  return /\d/.test(before) ? own : before;
}

/** A row's label, a 小计 under a group (| 国有大型银行 | 工行 |…|  | 小计 |) named for its group: a quantity of its own. */
export function subtotalLabel(body: readonly (readonly Cell[])[], r: number, labelCol: number): string {
  const label = rowLabelOf(body[r] ?? [], labelCol);
  if (labelCol === 0 || !/^(?:小计|小計)$/.test(label)) return label;
  for (let k = r; k >= 0; k--) {
    const group = body[k]?.[labelCol - 1]?.text ?? '';
    if (group !== '' && !/\d/.test(group)) return `${group}${label}`;
  }
  return label;
}

/** The note under a table (注：…, 說明：…), or ''. */
export function noteUnder(s: string, end: number): string {
  return /^\s*(?:注|註|说明|說明)[:：][^\n]{0,120}/.exec(s.slice(end, end + 200).replace(/^\s*\n/, ''))?.[0] ?? '';
}

/**
 * The sums a table states: each 合计 row of the rows it totals (a 小计 of its block, never a 其中
 * row nor another total), each 合计 column of the columns before it. None where its note says the
 * rows overlap or the total is de-duplicated (注：地方法人银行包括城市商业银行和农村金融机构; 合计数已剔除重复统计部分).
 * A column of shares sums too: the checker adds shares only where they are of one whole.
 *
 * @example
 * // | 工商银行 | 612.4 | / | 建设银行 | 548.9 | / | 合计 | 1161.3 |
 * gridSums(body, header, 0, claimOf, '') // [{ total: <合计's claim>, parts: [<612.4's>, <548.9's>], … }]
 */
export function gridSums(body: readonly (readonly Cell[])[], header: readonly Cell[], labelCol: number, claimOf: ReadonlyMap<string, string>, note: string): SumSpec[] {
  if (/剔除重复|去重|重复统计|包括|包含|含有|已含/.test(note)) return [];
  const sums: SumSpec[] = [];
  const labelAt = (k: number): string => rowLabelOf(body[k] ?? [], labelCol);
  for (let r = 0; r < body.length; r++) {
    const label = subtotalLabel(body, r, labelCol);
    if (!TOTAL.test(label) || NOT_A_SUM.test(label)) continue;
    // (A 小计 adds the rows of its block, since the total before it.)
    const subtotal = SUBTOTAL.test(label);
    let blockStart = 0;
    for (let k = r - 1; subtotal && k >= 0 && blockStart === 0; k--) if (TOTAL.test(labelAt(k))) blockStart = k + 1;
    const rows = body.map((_, k) => k).filter((k) => k >= blockStart && k < (subtotal ? r : body.length) && k !== r && !/^其中/.test(labelAt(k)) && !TOTAL.test(labelAt(k)));
    for (let c = labelCol + 1; c < (body[r]?.length ?? 0); c++) {
      const total = claimOf.get(`${r}|${c}`);
      const parts = rows.map((k) => claimOf.get(`${k}|${c}`)).filter((x): x is string => x !== undefined);
      if (total && parts.length >= 2 && !/增长|增速|增幅|同比|率/.test(header[c]?.text ?? '')) sums.push({ total, parts, description: `合计 of ${header[c]?.text ?? ''}` });
    }
  }
  const totalCol = header.findIndex((h, c) => c > 0 && TOTAL.test(h.text) && !NOT_A_SUM.test(h.text));
  if (totalCol > 0) {
    for (let r = 0; r < body.length; r++) {
      const total = claimOf.get(`${r}|${totalCol}`);
      const parts = header.map((_, c) => (c === 0 || c === totalCol ? undefined : claimOf.get(`${r}|${c}`))).filter((x): x is string => x !== undefined);
      if (total && parts.length >= 2 && !/占比|比重|增长|增速/.test(body[r]?.[0]?.text ?? '')) sums.push({ total, parts, description: `合计 of ${body[r]?.[0]?.text ?? ''}` });
    }
  }
  return sums;
}
