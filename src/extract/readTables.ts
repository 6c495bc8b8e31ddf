import type { Claim } from '../check/claim.js';
import type { SumSpec } from '../check/checkClaims.js';
import type { Measure } from '../domain/observation.js';
import { safeParseFigure } from '../figure/parseFigure.js';
import { findInstitutions } from './lexicon/banks.js';
import { findCatalogNames } from './lexicon/catalog.js';

/** A table read from tab-separated lines: its cells as claims, its 合计 row as sums. */
export interface TableReading {
  readonly claims: Claim[];
  readonly sums: SumSpec[];
  /** [start, end) of the original text the table occupies: its numbers are accounted for here. */
  readonly span: readonly [number, number];
}

interface Line {
  readonly start: number;
  readonly cells: readonly { readonly text: string; readonly start: number }[];
}

const YEAR = /^(\d{4})年?(末|底)?$/;
const NUMBER = /^-?\d+(?:\.\d+)?%?$/;

function splitLine(line: string, start: number): Line {
  const cells: { text: string; start: number }[] = [];
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
 * @example
 * readTables(shizhongPlan, { region: '370402' })[0]?.sums.length // 3
 */
export function readTables(text: string, options: { region?: string; document?: string } = {}): TableReading[] {
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
    const block = rawLines.slice(i, j).map((l) => splitLine(l.text, l.start));
    const reading = readBlock(block, unitsOf(text.slice(Math.max(0, first.start - 400), first.start)), options);
    if (reading) tables.push({ ...reading, span: [first.start, (rawLines[j - 1] as { start: number; text: string }).start + (rawLines[j - 1] as { text: string }).text.length] });
    i = j;
  }
  return tables;
}

function readBlock(block: readonly Line[], units: readonly string[], options: { region?: string; document?: string }): Omit<TableReading, 'span'> | null {
  const yearRow = block.find((l) => l.cells.filter((c) => YEAR.test(c.text)).length >= 2);
  if (!yearRow) return null;
  // Each year heads the columns up to the next year.
  const yearOfColumn = new Map<number, string>();
  let current: string | undefined;
  const width = Math.max(...block.map((l) => l.cells.length));
  for (let c = 0; c < width; c++) {
    const m = YEAR.exec(yearRow.cells[c]?.text ?? '');
    if (m) current = m[1];
    if (current) yearOfColumn.set(c, current);
  }
  const labelRow = block.find((l) => l !== yearRow && l.cells.some((c) => findCatalogNames(c.text).length > 0) && !l.cells.some((c) => NUMBER.test(c.text)));
  if (!labelRow) return null;
  const labels = new Map<number, { indicator: string; measure: Measure; unit: string }>();
  const distinct: string[] = [];
  for (let c = 0; c < labelRow.cells.length; c++) {
    const text = labelRow.cells[c]?.text ?? '';
    const found = findCatalogNames(text)[0];
    const hit = found ? { id: found.value.id } : undefined;
    if (!hit || !yearOfColumn.has(c)) continue;
    if (!distinct.includes(text)) distinct.push(text);
    const unit = units[distinct.indexOf(text)] ?? '';
    labels.set(c, { indicator: hit.id, measure: unit === '%' || /比|率/.test(text) ? 'ratio' : 'balance', unit: unit === '%' ? '' : unit });
  }
  if (labels.size === 0) return null;

  const claims: Claim[] = [];
  const sums: SumSpec[] = [];
  const partsByColumn = new Map<number, string[]>();
  const totals: Line[] = [];
  for (const line of block) {
    if (line === yearRow || line === labelRow) continue;
    const nameCell = line.cells.find((c) => c.text.length > 0 && !NUMBER.test(c.text));
    if (!nameCell) continue;
    if (/^(合计|总计|小计|total)$/i.test(nameCell.text)) {
      totals.push(line);
      continue;
    }
    const bank = findInstitutions(nameCell.text)[0];
    const holder = bank && bank.start === 0 && bank.end === nameCell.text.length ? `institution:${bank.value}` : `table:${nameCell.text}`;
    for (const [c, label] of labels) {
      const cell = line.cells[c];
      if (!cell || !NUMBER.test(cell.text)) continue;
      const claim = cellClaim(cell, label, holder, yearOfColumn.get(c) as string, options);
      if (!claim) continue;
      claims.push(claim);
      partsByColumn.set(c, [...(partsByColumn.get(c) ?? []), claim.id]);
    }
  }
  for (const line of totals) {
    for (const [c, label] of labels) {
      const cell = line.cells[c];
      if (!cell || !NUMBER.test(cell.text) || label.measure === 'ratio') continue;
      const holder = options.region ? `region:${options.region}` : 'table:total';
      const claim = cellClaim(cell, label, holder, yearOfColumn.get(c) as string, options);
      if (!claim) continue;
      claims.push(claim);
      sums.push({ total: claim.id, parts: partsByColumn.get(c) ?? [], description: `合计 ${yearOfColumn.get(c) ?? ''} ${label.indicator}`.trim() });
    }
  }
  return { claims, sums };
}

function cellClaim(
  cell: { text: string; start: number },
  label: { indicator: string; measure: Measure; unit: string },
  holder: string,
  year: string,
  options: { document?: string },
): Claim | null {
  const parsed = safeParseFigure(`${cell.text}${cell.text.endsWith('%') ? '' : label.unit}`, { offset: cell.start });
  if (!parsed.success) return null;
  return {
    id: `table-${cell.start}`,
    indicator: label.indicator,
    holder,
    date: `${year}-12-31`,
    measure: label.measure,
    figure: parsed.data,
    source: { span: [cell.start, cell.start + cell.text.length], excerpt: cell.text, ...(options.document ? { document: options.document } : {}) },
  };
}
