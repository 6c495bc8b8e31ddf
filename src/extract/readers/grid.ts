// Tables as the text prints them: markdown and pipe tables (| ｜), tab-separated rows, box
// drawings (┃ ┏━┓) with headers stacked one character per line, and key | value | unit rows.
// This file only finds their blocks, rows and cells; readers/gridClaims.ts reads them.

/** A cell: its text (trimmed) and where it starts in the normalised text. */
export interface Cell {
  readonly text: string;
  readonly start: number;
  /** A header cell stacked from several rows (余额 over 2025年6月末): the cells it joins. */
  readonly stacked?: readonly Cell[];
}

/** A table block: its rows of cells, where it stands, and the lines around it that name it. */
export interface Grid {
  readonly start: number;
  readonly end: number;
  /** Rows of cells, separator lines (---, ━━━) left out, border cells dropped. */
  readonly rows: readonly (readonly Cell[])[];
  /** The line before the table (its title, 单位：… or a sentence that leads to it). */
  readonly title: string;
  readonly titleStart: number;
}

const SEPARATORS = '|┃│\t';
// A line of only rules and borders: |---|---|, ┏━━┳━━┓, ┣━╋━┫.
const RULE = /^[\s|:：\-—─━┃│┏┓┗┛┣┫┳┻╋+=]*$/;

interface Line {
  readonly text: string;
  readonly start: number;
}

function linesOf(s: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i < s.length && s[i] !== '\n') continue;
    out.push({ text: s.slice(start, i), start });
    start = i + 1;
  }
  return out;
}

function separatorsIn(text: string): number {
  let n = 0;
  for (const ch of text) if (SEPARATORS.includes(ch)) n++;
  return n;
}

/**
 * The cells of a row, border cells (before the first and after the last separator, when empty) dropped —
 * unless the table draws no left border, where a row opening with a separator opens with an empty cell
 * (序号|机构|余额 over |其他|1620.5).
 */
export function cellsOf(line: Line, leftBorder = true): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  for (let i = 0; i <= line.text.length; i++) {
    if (i < line.text.length && !SEPARATORS.includes(line.text[i] as string)) continue;
    const raw = line.text.slice(from, i);
    const lead = raw.length - raw.trimStart().length;
    cells.push({ text: raw.trim(), start: line.start + from + lead });
    from = i + 1;
  }
  if (cells.length > 1 && cells[0]?.text === '' && leftBorder) cells.shift();
  if (cells.length > 1 && cells[cells.length - 1]?.text === '') cells.pop();
  return cells;
}

/**
 * The table blocks of a text: runs of two rows or more, each with two cell separators or more
 * (or one, for a two-column table), rule lines between them allowed.
 *
 * @example
 * findGrids('| 项目 | 余额 |\n|---|---|\n| 绿色贷款 | 2150 |')[0]?.rows.map((r) => r.map((c) => c.text)) // [['项目', '余额'], ['绿色贷款', '2150']]
 */
export function findGrids(s: string): Grid[] {
  const lines = linesOf(s);
  const grids: Grid[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = lines[i] as Line;
    if (separatorsIn(first.text) < 1 || RULE.test(first.text)) {
      i++;
      continue;
    }
    let j = i;
    const rows: Cell[][] = [];
    const leftBorder = /^[ \u3000]*[|┃│]/.test(first.text);
    while (j < lines.length) {
      const line = lines[j] as Line;
      if (line.text.trim() === '') break;
      if (RULE.test(line.text)) {
        j++;
        continue;
      }
      if (separatorsIn(line.text) < 1) break;
      const cells = cellsOf(line, leftBorder);
      if (cells.length < 2) break;
      rows.push(cells);
      j++;
    }
    // A table has two rows at least, and a row of two cells or more.
    if (rows.length >= 2) {
      // The title: the nearest line above that is neither a rule nor empty.
      let t = i - 1;
      while (t >= 0 && (RULE.test((lines[t] as Line).text) || (lines[t] as Line).text.trim() === '')) t--;
      let title = t >= 0 ? (lines[t] as Line) : { text: '', start: 0 };
      // (A unit line under the title, 单位：新臺幣億元: the title is the line above it, and the unit goes with it.)
      if (t > 0 && /^\s*[(（]?(?:单位|單位)\s*[:：]/.test(title.text) && (lines[t - 1] as Line).text.trim() !== '' && !RULE.test((lines[t - 1] as Line).text)) {
        const above = lines[t - 1] as Line;
        title = { text: s.slice(above.start, title.start + title.text.length), start: above.start };
      }
      const last = lines[j - 1] as Line;
      grids.push({ start: first.start, end: last.start + last.text.length, rows, title: title.text, titleStart: title.start });
    }
    i = Math.max(j, i + 1);
  }
  return grids;
}

/**
 * Box tables print long headers one character a line (┃金 ┃ / ┃额 ┃ / ┃（万元）┃): leading
 * rows with no number are merged column by column into one header row.
 */
export function headerRows(rows: readonly (readonly Cell[])[], isData: (cell: Cell) => boolean): { header: Cell[]; body: (readonly Cell[])[] } {
  let k = 0;
  while (k < rows.length && !(rows[k] as readonly Cell[]).slice(1).some(isData)) k++;
  if (k === 0) return { header: [], body: [...rows] };
  let width = 0;
  for (let r = 0; r < k; r++) width = Math.max(width, (rows[r] as readonly unknown[]).length);
  const header: Cell[] = [];
  for (let c = 0; c < width; c++) {
    const parts = rows.slice(0, k).map((r) => r[c]).filter((x): x is Cell => x !== undefined && x.text !== '');
    header.push({ text: parts.map((x) => x.text).join(''), start: parts[0]?.start ?? -1, ...(parts.length > 1 ? { stacked: parts } : {}) });
  }
  return { header, body: rows.slice(k) };
}
