import { parseFigure } from '../../figure/parseFigure.js';
import type { Figure } from '../../figure/figure.js';
import type { Doc, Output } from '../document.js';
import { findCatalogNames, findGenericNames, indicatorUnitKind } from '../lexicon/catalog.js';
import type { Mention } from '../mention.js';

/**
 * 连续两年获评全国普惠金融示范区: a count of years, of the distinction named right after it.
 * Returns whether the mention was read so.
 */
export function readYearCounts(doc: Doc, out: Output, m: Mention): boolean {
  if (m.kind !== 'period' || !/年$/.test(m.text) || !doc.s.slice(Math.max(0, m.span[0] - 2), m.span[0]).endsWith('连续')) return false;
  const next = doc.s.slice(m.span[1], m.span[1] + 24);
  const hit = [...findCatalogNames(next), ...findGenericNames(next)].find((h) => h.start <= 6 && indicatorUnitKind(h.value.id) === 'count');
  if (!hit) return false;
  const time = doc.times.at(m.span[0], doc.paragraphStart(m.span[0]), doc.paragraphEnd(m.span[0]));
  if (time.from === 'none') return false;
  let figure: Figure;
  try {
    figure = parseFigure(m.text);
  } catch {
    return false;
  }
  const span = doc.original(m.span);
  out.claims.push({
    id: '',
    indicator: hit.value.id,
    holder: doc.holder.holder,
    date: time.date,
    measure: 'count',
    figure,
    source: { span, excerpt: doc.input.slice(Math.max(0, span[0] - 2), span[1]) },
  });
  return true;
}
