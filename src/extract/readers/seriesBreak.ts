import type { Claim } from '../../check/claim.js';
import type { Doc } from '../document.js';
import { yearStartOf } from '../../period/relative.js';

// A statement that the statistics were redefined: the figures after it are a new series.
const REVISION =
  /口径(?:调整|变化|变动|有所调整)|(?:新|调整后的?)(?:统计)?口径|统计(?:制度|标准)(?:调整|修订)|(?:数据|数字)?不可(?:直接)?比|\b(?:revised|new) (?:statistical )?(?:standard|definition|basis|methodology)\b|not (?:directly )?comparable/i;

/** The scopes of the two series: 原口径 before the break, 新口径 after, after any currency scope (本外币·新口径). */
export const OLD_SERIES = '原口径';
export const NEW_SERIES = '新口径';

/**
 * Where a text says its statistics were redefined (口径调整, 数据不可比, "a revised statistical
 * standard … not directly comparable"), the claims before and after are two series: they take
 * the scopes 原口径 and 新口径, so that the new figures are not set against the old ones.
 *
 * @example
 * // 2024年末绿色贷款余额36.6万亿元。今年起按新口径统计，3月末绿色贷款余额40.61万亿元，较年初增长9.6%。
 * withSeriesBreak(doc, claims).map((c) => c.scope) // ['原口径', '新口径', '新口径']
 */
export function withSeriesBreak(doc: Doc, claims: readonly Claim[]): readonly Claim[] {
  const m = REVISION.exec(doc.s);
  if (!m) return claims;
  const [at] = doc.original([m.index, m.index]);
  // 由于今年起口径修订，相关数据与过去年度不可比: the break is between years, not places in the text —
  // the figures of the year the new series starts in are new wherever they stand.
  const sentence = doc.s.slice(Math.max(0, doc.s.lastIndexOf('。', m.index) + 1), m.index + m[0].length + 20);
  const firstAfter = claims.find((c) => (c.source?.span?.[0] ?? -1) >= at);
  const newYear = BETWEEN_YEARS.test(sentence) && firstAfter ? yearStartOf(firstAfter.date) : undefined;
  return claims.map((c) => {
    const start = c.source?.span?.[0];
    if (start === undefined || c.scope?.includes('口径')) return c;
    const series = (newYear !== undefined ? yearStartOf(c.date) !== newYear : start < at) ? OLD_SERIES : NEW_SERIES;
    return { ...c, scope: c.scope ? `${c.scope}·${series}` : series };
  });
}

const BETWEEN_YEARS = /今年起|本年起|自今年|从今年|(?:自|从)20\d\d年(?:起|开始)|(?:过去|以往|往年|历年|上年|去年|历史)(?:年度|同期)?(?:的)?(?:数据|数字)?不可(?:直接)?比|\bfrom this year\b|\b(?:previous|earlier|past) years?\b/i;
