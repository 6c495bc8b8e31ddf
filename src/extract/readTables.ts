import type { Claim } from '../check/claim.js';
import type { SumSpec } from '../check/checkClaims.js';
import type { Measure } from '../domain/observation.js';
import { optionsArg, stringArg, stringOption } from '../errors/args.js';
import { safeParseFigure } from '../figure/parseFigure.js';
import { findInstitutions } from './lexicon/banks.js';
import { findCatalogNames } from './lexicon/catalog.js';

/** A table read from tab-separated lines: its cells as claims, its 合计 row as sums. */
export interface TableReading {
  readonly claims: Claim[];
  readonly sums: SumSpec[];
  /** [start, end) of the text given that the table occupies: its numbers are accounted for here. */
  readonly span: readonly [number, number];
}

interface Cell {
  /** The cell's text, trimmed. */
  readonly text: string;
  /** Where the trimmed text starts in the caller's text. */
  readonly start: number;
}

interface Line {
  readonly start: number;
  readonly cells: readonly Cell[];
}

/** The options of `readTables`. */
export interface ReadTablesOptions {
  /** The region (six-digit code) whose totals a 合计 row states. */
  readonly region?: string;
  /** The document name recorded in each claim's source. */
  readonly document?: string;
}

const YEAR = /^(\d{4})年?(末|底)?$/;
const NUMBER = /^-?\d+(?:\.\d+)?%?$/;
const TOTAL = /^(合计|总计|小计|total)$/i;
/** How far above a table its 单位 line may stand. */
const UNITS_REACH = 400;

function splitLine(line: string, start: number): Line {
  const cells: Cell[] = [];
  let offset = 0;
  for (const part of line.split('\t')) {
    const lead = part.length - part.trimStart().length;
    cells.push({ text: part.trim(), start: start + offset + lead });
    offset += part.length + 1;
  }
  return { start, cells };
}

// 单位：%，亿元 → ['%', '亿元']
function unitsOf(text: string): string[] {
  const m = /单位[:：]\s*([^\n]+)/.exec(text);
  return m ? (m[1] as string).split(/[,，、]/).map((u) => u.trim()).filter((u) => u.length > 0) : [];
}

/**
 * Reads the tab-separated tables of a text: a header row of years, a row of column
 * labels repeated under each year (存贷比, 工业贷款余额), one row per bank, and a 合计
 * row whose totals become sums to check. Units come from a 单位 line above the table,
 * in the order of the labels.
 *
 * Every span — a table's, a claim's `source.span` and its `figure.span` — is an offset
 * into the text given, and covers the cell as written there: a cell whose unit comes
 * from the 单位 line reads "%" or "亿元" into `figure.text`, not into its span. Cells in
 * full-width digits are read too. Linear in the size of the text.
 *
 * @example
 * readTables(shizhongPlan, { region: '370402' })[0]?.sums.length // 3
 * readTables(5) // throws WupianError { code: 'invalid_argument', path: ['text'] }
 */
export function readTables(text: string, options?: ReadTablesOptions): TableReading[] {
  stringArg('readTables', text, ['text']);
  const o = optionsArg<ReadTablesOptions>('readTables', options);
  stringOption('readTables', o.region, ['options', 'region']);
  stringOption('readTables', o.document, ['options', 'document']);
  const rawLines: { text: string; start: number }[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    rawLines.push({ text: line, start: pos });
    pos += line.length + 1;
  }
  const tables: TableReading[] = [];
  let i = 0;
  while (i < rawLines.length) {
    const first = rawLines[i] as { text: string; start: number };
    if (first.text.split('\t').filter((c) => c.trim()).length < 3) {
      i++;
      continue;
    }
    let j = i;
    while (j < rawLines.length && (rawLines[j] as { text: string }).text.includes('\t')) j++;
    const block: Line[] = [];
    for (let k = i; k < j; k++) block.push(splitLine((rawLines[k] as { text: string }).text, (rawLines[k] as { start: number }).start));
    const reading = readBlock(block, unitsOf(text.slice(Math.max(0, first.start - UNITS_REACH), first.start)), o);
    const last = rawLines[j - 1] as { start: number; text: string };
    // The table ends where its last line's text does ('\r' of a CRLF line excluded).
    if (reading) tables.push({ ...reading, span: [first.start, last.start + last.text.replace(/\r$/, '').length] });
    i = j;
  }
  return tables;
}

function readBlock(block: readonly Line[], units: readonly string[], options: ReadTablesOptions): Omit<TableReading, 'span'> | null {
  const yearRow = block.find((l) => l.cells.filter((c) => YEAR.test(c.text)).length >= 2);
  if (!yearRow) return null;
  // Each year heads the columns up to the next year.
  const yearOfColumn = new Map<number, string>();
  let current: string | undefined;
  let width = 0;
  for (const l of block) width = Math.max(width, l.cells.length);
  for (let c = 0; c < width; c++) {
    const m = YEAR.exec(yearRow.cells[c]?.text ?? '');
    if (m) current = m[1];
    if (current) yearOfColumn.set(c, current);
  }
  const labelRow = block.find((l) => l !== yearRow && l.cells.some((c) => findCatalogNames(c.text).length > 0) && !l.cells.some((c) => NUMBER.test(c.text)));
  if (!labelRow) return null;
  const labels = new Map<number, { indicator: string; measure: Measure; unit: string }>();
  // The distinct labels in their order: the n-th takes the n-th unit of the 单位 line.
  const distinct = new Map<string, number>();
  for (let c = 0; c < labelRow.cells.length; c++) {
    const text = labelRow.cells[c]?.text ?? '';
    const found = findCatalogNames(text)[0];
    const hit = found ? { id: found.value.id } : undefined;
    if (!hit || !yearOfColumn.has(c)) continue;
    if (!distinct.has(text)) distinct.set(text, distinct.size);
    const unit = units[distinct.get(text) as number] ?? '';
    labels.set(c, { indicator: hit.id, measure: unit === '%' || /比|率/.test(text) ? 'ratio' : 'balance', unit: unit === '%' ? '' : unit });
  }
  if (labels.size === 0) return null;

  const claims: Claim[] = [];
  const sums: SumSpec[] = [];
  // Per column, in the order of the lines: the ids of its parts, and its total cells.
  const columns = new Map<number, ({ part: string } | { total: Claim; kind: string })[]>();
  const enter = (c: number, entry: { part: string } | { total: Claim; kind: string }): void => {
    const list = columns.get(c);
    if (list) list.push(entry);
    else columns.set(c, [entry]);
  };
  for (const line of block) {
    if (line === yearRow || line === labelRow) continue;
    const nameCell = line.cells.find((c) => c.text.length > 0 && !NUMBER.test(numeric(c.text)));
    if (!nameCell) continue;
    const total = TOTAL.exec(nameCell.text);
    const bank = total ? undefined : findInstitutions(nameCell.text)[0];
    const holder = total
      ? options.region
        ? `region:${options.region}`
        : 'table:total'
      : bank && bank.start === 0 && bank.end === nameCell.text.length
        ? `institution:${bank.value}`
        : `table:${nameCell.text}`;
    // The line's own cells, each looked up among the labels: a row costs its own width.
    for (let c = 0; c < line.cells.length; c++) {
      const label = labels.get(c);
      const cell = line.cells[c] as Cell;
      if (!label || !NUMBER.test(numeric(cell.text)) || (total && label.measure === 'ratio')) continue;
      const claim = cellClaim(cell, label, holder, yearOfColumn.get(c) as string, options);
      if (!claim) continue;
      claims.push(claim);
      enter(c, total ? { total: claim, kind: (total[1] as string) === '小计' ? 'subtotal' : 'total' } : { part: claim.id });
    }
  }
  // A total sums the rows since the previous total of its kind (合计 after 小计 rows sums
  // the rows, not the subtotals); one with no rows before it — a 合计 on top — sums the
  // rows after it, up to the next total of its kind. Each row is in at most one sum of a
  // kind, so the sums are no larger than the table.
  for (const [c, entries] of columns) {
    const label = labels.get(c) as { indicator: string };
    for (const kind of ['total', 'subtotal']) {
      let since: string[] = [];
      let top: Claim | null = null;
      const close = (total: Claim, parts: string[]): void => {
        sums.push({ total: total.id, parts, description: `合计 ${yearOfColumn.get(c) ?? ''} ${label.indicator}`.trim() });
      };
      for (const e of entries) {
        if ('part' in e) {
          since.push(e.part);
          continue;
        }
        if (e.kind !== kind) continue;
        if (top) {
          close(top, since);
          top = null;
        } else if (since.length > 0) close(e.total, since);
        else top = e.total;
        since = [];
      }
      if (top) close(top, since);
    }
  }
  return { claims, sums };
}

// A cell's text with full-width digits, signs and points as ASCII (one code unit each, so
// offsets into it are offsets into the cell).
function numeric(text: string): string {
  let wide = false;
  for (let k = 0; k < text.length && !wide; k++) wide = text.charCodeAt(k) >= 0xff01;
  if (!wide) return text;
  let out = '';
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    out += c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : (text[k] as string);
  }
  return out;
}

function cellClaim(cell: Cell, label: { indicator: string; measure: Measure; unit: string }, holder: string, year: string, options: ReadTablesOptions): Claim | null {
  const number = numeric(cell.text);
  const parsed = safeParseFigure(`${number}${number.endsWith('%') ? '' : label.unit}`);
  if (!parsed.success) return null;
  const span = [cell.start, cell.start + cell.text.length] as const;
  return {
    id: `table-${cell.start}`,
    indicator: label.indicator,
    holder,
    date: `${year}-12-31`,
    measure: label.measure,
    figure: { ...parsed.data, span },
    source: { span, excerpt: cell.text, ...(options.document ? { document: options.document } : {}) },
  };
}
