/**
 * Worked examples: a policy explainer works its rule through a bank or a firm it does not name
 * (以某银行为例：上年末…余额50亿元，本年末余额62亿元), or through an assumption (假设某企业…). Their
 * figures are no one's statistics: not the area's, and not the goals of the year.
 */

// 以某银行为例, 以一家企业为例, 以甲银行为例; 假设, 假定, 假如, 设某….
// (以潍坊市为例, 以工商银行为例: an example of a named place or bank is a real one, read as its own.)
const WORKED_EXAMPLE = /以(?:某|一家|一户|一个|甲|乙|丙|[A-H](?![A-Za-z]))[\u4e00-\u9fa5]{0,8}?为例|假设|假定|假如|\bfor (?:example|instance), (?:a|an|one) (?:bank|firm|company|enterprise)\b|\bsuppose (?:a|an|that a) /gi;

/**
 * The spans of a text's worked examples: each from its opening words to the end of its paragraph.
 *
 * @example
 * workedExamples('奖励按0.5%计算。以某银行为例：增量12亿元，可获奖励600万元。\n下一段')
 * // [[10, 34]]
 */
export function workedExamples(s: string): (readonly [number, number])[] {
  const spans: (readonly [number, number])[] = [];
  for (const m of s.matchAll(WORKED_EXAMPLE)) {
    if (spans.length > 0 && m.index < (spans[spans.length - 1] as readonly [number, number])[1]) continue;
    const end = s.indexOf('\n', m.index);
    spans.push([m.index, end < 0 ? s.length : end]);
  }
  return spans;
}

/** Whether a position lies in one of the spans (in order, apart) {@link workedExamples} gives. */
export function inWorkedExample(spans: readonly (readonly [number, number])[], pos: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as readonly [number, number])[1] <= pos) lo = mid + 1;
    else hi = mid;
  }
  const span = spans[lo];
  return span !== undefined && span[0] <= pos;
}
