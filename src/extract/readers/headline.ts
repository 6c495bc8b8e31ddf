import type { Claim } from '../../check/claim.js';
import type { Basis } from '../../domain/observation.js';

// A headline is the text's first line when it ends no sentence and is short: a title, not a paragraph.
const MAX_HEADLINE = 120;
const SENTENCE_END = /[。！？!?；;]\s*$|\.\s*$/;

/** Where the text's headline ends, or -1 when its first line is no headline. */
export function headlineEnd(input: string): number {
  const end = input.indexOf('\n');
  if (end < 0) return -1;
  const line = input.slice(0, end).trim();
  return line.length > 0 && line.length <= MAX_HEADLINE && !SENTENCE_END.test(line) ? end : -1;
}

const quantityOf = (c: Claim): string => [c.indicator, c.part ?? '', c.scope ?? '', c.holder, c.date].join('|');

/**
 * A headline's rate without its basis ("… loans up 14.1% in H1", 绿色贷款增长两成) restates the body's rate of
 * the same quantity: it takes the basis the body states for it — when the body states one basis only.
 *
 * @example
 * // Huizhou's manufacturing loans up 14.1% in H1⏎… manufacturing loans … grew 14.1% year on year …
 * withHeadlineBasis(input, claims).map((c) => c.basis) // ['yoy', 'yoy']
 */
export function withHeadlineBasis(input: string, claims: readonly Claim[]): readonly Claim[] {
  const end = headlineEnd(input);
  if (end < 0) return claims;
  const inHeadline = (c: Claim): boolean => (c.source?.span?.[0] ?? Infinity) < end;
  const unbased = claims.filter((c) => inHeadline(c) && c.measure === 'growth' && c.basis === undefined && c.since === undefined);
  if (unbased.length === 0) return claims;
  const bases = new Map<string, Set<Basis>>();
  for (const c of claims) {
    if (inHeadline(c) || c.measure !== 'growth' || c.basis === undefined) continue;
    const key = quantityOf(c);
    bases.set(key, (bases.get(key) ?? new Set()).add(c.basis));
  }
  return claims.map((c) => {
    if (!unbased.includes(c)) return c;
    const stated = bases.get(quantityOf(c));
    const [basis] = stated?.size === 1 ? [...stated] : [];
    return basis ? { ...c, basis } : c;
  });
}
