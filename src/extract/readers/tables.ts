import type { Claim } from '../../check/claim.js';
import type { SumSpec } from '../../check/checkClaims.js';
import type { Doc, Output } from '../document.js';
import { lowerBound } from '../frame/time.js';
import type { Mention } from '../mention.js';
import { type TableReading, readTables } from '../readTables.js';

/** The figures of a text's tables: their claims, the sums their 合计 rows state, and which mentions they cover. */
export interface TableFigures {
  readonly sums: readonly SumSpec[];
  /** Whether a mention lies in a table (its figure is the table's to read). */
  covers(m: Mention): boolean;
}

/**
 * Reads the tables of a text first: their cells are read by column, not by sentence. A cell
 * the table reader did not understand is unread, with its code.
 */
export function readTableFigures(doc: Doc, out: Output): TableFigures {
  const tables: TableReading[] = readTables(doc.input, doc.options.region ? { region: doc.options.region } : {});
  const claimsAt = new Map<number, Claim>();
  for (const t of tables) for (const c of t.claims) claimsAt.set(c.source?.span?.[0] ?? -1, c);
  // Tables come in the order of the text and do not overlap: a binary search finds the one before.
  const inTable = (m: Mention): boolean => {
    if (tables.length === 0) return false;
    const [start] = doc.original(m.span);
    const t = tables[lowerBound(tables, start + 1, (x) => x.span[0]) - 1];
    return t !== undefined && start < t.span[1];
  };
  // A row of cells (two tabs or bars or more) that no table reader understood: its figures are cells,
  // whose row and column headings say what they are — not a sentence to read.
  const rows = tableRows(doc.s);
  const inRow = (m: Mention): boolean => {
    const r = rows[lowerBound(rows, m.span[0] + 1, (x) => x[0]) - 1];
    return r !== undefined && m.span[0] < r[1];
  };
  const covers = (m: Mention): boolean => inTable(m) || inRow(m);
  for (const m of doc.mentions) {
    if (m.kind !== 'figure' || !covers(m)) continue;
    const claim = inTable(m) ? claimsAt.get(doc.original(m.span)[0]) : undefined;
    if (claim) out.claims.push(claim);
    else out.unread(m, 'table-cell', 'a table cell outside the columns the table reader understood');
  }
  return { sums: tables.flatMap((t) => t.sums), covers };
}

// The lines of a text that are rows of a table: two cell separators or more (tabs, │ ┃ | ｜).
function tableRows(s: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i < s.length && s[i] !== '\n') continue;
    let cells = 0;
    for (let k = start; k < i && cells < 2; k++) if ('\t|｜│┃'.includes(s[k] as string)) cells++;
    if (cells >= 2) out.push([start, i]);
    start = i + 1;
  }
  return out;
}
