import type { Claim } from '../../check/claim.js';
import type { BoundSpec } from '../../check/options.js';
import { NATIONAL_CODE, regionByCode } from '../../domain/gbt2260.js';
import type { Doc, Output } from '../document.js';
import { NATIONAL } from '../frame/holder.js';
import { NOW_WORDS } from '../frame/time.js';

/**
 * 全国养老产业贷款余额1,350亿元…；其中，浙江省…186.5亿元: a region's balance is at most its province's and the
 * nation's of the same loans on the same date. Only where the text dates both figures itself — in their paragraph,
 * with no word between the date and the figure that moves the time on (如今, 目前, 十年前, 今年以来): a city's figure
 * that borrowed a province's date from years back (2020年末，全省…。如今，青岛市…) must not be held to it.
 * Hong Kong, Macao and Taiwan keep statistics of their own: within no one.
 *
 * @example
 * // 截至6月末，广州、深圳、佛山三市绿色贷款余额分别为…。全省绿色贷款余额3.12万亿元 (region 440000)
 * regionBounds(doc, out, claims) // [{ part: 'c1', whole: 'c4', … }, { part: 'c2', whole: 'c4', … }, …]
 */
export function regionBounds(doc: Doc, out: Output, claims: readonly Claim[]): BoundSpec[] {
  const byQuantity = new Map<string, Map<string, Claim>>();
  for (const c of claims) {
    if (c.measure !== 'balance' || (c.holder !== NATIONAL && !c.holder.startsWith('region:')) || !datedInText(doc, out, c)) continue;
    const key = `${c.indicator}|${c.part ?? ''}|${c.scope ?? ''}|${c.date}|${c.figure.unit.symbol === '' ? '' : c.figure.unit.dimension}`;
    const holders = byQuantity.get(key) ?? new Map<string, Claim>();
    // (One figure a holder: a second of the same quantity is a restatement, bounded already.)
    if (!holders.has(c.holder)) holders.set(c.holder, c);
    byQuantity.set(key, holders);
  }
  const bounds: BoundSpec[] = [];
  for (const holders of byQuantity.values()) {
    if (holders.size < 2) continue;
    for (const [holder, part] of holders) {
      for (const above of regionsAbove(holder)) {
        const whole = holders.get(above);
        if (whole) bounds.push({ part: part.id, whole: whole.id, description: `${regionName(holder)} within ${regionName(above)} (${part.part ?? part.subject ?? part.indicator}, ${part.date})` });
      }
    }
  }
  return bounds;
}

const SENTENCE_REACH = 120;
const DATE_REACH = 400;
// Words that move the time on between a date and a figure: now again, years back, years since.
const TIME_MOVES = new RegExp(`${NOW_WORDS}|今年以来|多年来|(?<![\\d一二三四五六七八九十两几])[\\d一二三四五六七八九十两几]{1,3}年(?:来|前|以来)`);

/** Whether the text dates the claim itself: the date it carries is one the figure's paragraph states, with no time word moving on in between. */
function datedInText(doc: Doc, out: Output, c: Claim): boolean {
  const span = out.spanOf(c);
  if (!span) return false;
  const paragraph = doc.paragraphStart(span[0]);
  const time = doc.times.at(span[0], paragraph, doc.paragraphEnd(span[0]));
  if (time.from !== 'paragraph' || time.at === undefined || time.date !== c.date) return false;
  // (From the date, or from the figure's own sentence when the date comes after it: 十年前，全省…；截至6月末，全市….)
  const reach = Math.max(paragraph, span[0] - SENTENCE_REACH);
  const before = doc.s.slice(reach, span[0]);
  const sentenceStart = reach + Math.max(...[...'。！？\n'].map((mark) => before.lastIndexOf(mark) + 1));
  // (A date stated far back vouches for nothing: and a scan that long for each figure would be quadratic.)
  const from = Math.min(time.at, sentenceStart);
  return span[0] - from <= DATE_REACH && !TIME_MOVES.test(doc.s.slice(from, span[0]));
}

/** The regions of GB/T 2260 above a holder's (320583 → 320500, 320000) and the nation. */
function regionsAbove(holder: string): string[] {
  const code = /^region:(\d{6})$/.exec(holder)?.[1];
  if (!code || code === NATIONAL_CODE || SEPARATE_STATISTICS.has(code.slice(0, 2))) return [];
  const out: string[] = [];
  for (let parent = regionByCode(code)?.parent; parent; parent = regionByCode(parent)?.parent) out.push(`region:${parent}`);
  out.push(NATIONAL);
  return out;
}
const SEPARATE_STATISTICS = new Set(['71', '81', '82']);

function regionName(holder: string): string {
  const code = /^region:(\d{6})$/.exec(holder)?.[1];
  return code ? (regionByCode(code)?.name ?? holder) : holder === NATIONAL ? '全国' : holder;
}
