import type { Claim } from '../../check/claim.js';
import type { SumSpec } from '../../check/checkClaims.js';
import type { Doc, Output } from '../document.js';
import { lowerBound } from '../frame/time.js';
import type { Mention } from '../mention.js';
import { type TableReading, readTables } from '../readTables.js';
import { readGrids } from './gridClaims.js';

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
  for (const m of doc.mentions) {
    if (m.kind !== 'figure' || !inTable(m)) continue;
    const claim = claimsAt.get(doc.original(m.span)[0]);
    if (claim) out.claims.push(claim);
    else out.unread(m, 'table-cell', 'a table cell outside the columns the table reader understood');
  }
  // Other tables (markdown, pipe, tab, box, key | value | unit): cell by cell, with their labels.
  const grids = readGrids(doc, out, inTable);
  return { sums: [...tables.flatMap((t) => t.sums), ...grids.sums], covers: (m) => inTable(m) || grids.covers(m) };
}

