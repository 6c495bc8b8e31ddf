import type { Claim } from '../../check/claim.js';
import type { SumSpec } from '../../check/options.js';

// What a sum of a group's books is over: its stocks and its flows, each of one subject, holder, date and span.
const ADDED: ReadonlySet<string> = new Set(['balance', 'increment']);

/**
 * A group's domestic and overseas books (境内, 境外; "of the domestic branches", "overseas loans")
 * add up to its whole: where a text states the whole (no scope) and both parts of one subject,
 * holder, date and measure, a sum ties them — the first statement of each.
 *
 * @example
 * // 本集团绿色贷款余额5,862.37亿元。其中，境内机构绿色贷款余额5,603.18亿元，境外机构绿色贷款余额259.19亿元。
 * domesticAndOverseas(claims) // [{ total: 'c1', parts: ['c2', 'c3'], description: '绿色贷款: 境内 and 境外 together' }]
 */
export function domesticAndOverseas(claims: readonly Claim[]): SumSpec[] {
  const books = new Map<string, { whole?: Claim; domestic?: Claim; overseas?: Claim }>();
  for (const c of claims) {
    // (境外机构绿色贷款余额44.96亿美元: a book in another currency adds to nothing in yuan.)
    if (!ADDED.has(c.measure) || c.figure.unit.currency !== undefined || (c.scope !== undefined && c.scope !== '境内' && c.scope !== '境外')) continue;
    const key = [c.indicator, c.part ?? '', c.holder, c.date, c.measure, c.basis ?? '', c.since ?? ''].join('|');
    const book = books.get(key) ?? {};
    if (c.scope === '境内') book.domestic ??= c;
    else if (c.scope === '境外') book.overseas ??= c;
    else book.whole ??= c;
    books.set(key, book);
  }
  const sums: SumSpec[] = [];
  for (const { whole, domestic, overseas } of books.values()) {
    if (whole && domestic && overseas) sums.push({ total: whole.id, parts: [domestic.id, overseas.id], description: `${whole.subject ?? whole.indicator}: 境内 and 境外 together` });
  }
  return sums;
}
