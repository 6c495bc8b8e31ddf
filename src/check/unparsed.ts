import { objectArg, stringArg } from '../errors/args.js';

/**
 * Why a numeric mention is not in a claim, a target or a fact: a closed set, so that programs
 * switch on the code and never on the message.
 *
 * Not figures: `date`, `period`, `reference` ([3], footnotes), `ordinal` (第三), `name`
 * (“1+N”, 十四五), `document-number` (〔2021〕1号), `unreadable`, `definition` (单户授信1000万元
 * 及以下 inside a subject's name), `redacted` (*.*元), `foreign-currency` (欧元; a restatement of no balance),
 * `length-of-time` (over three years).
 *
 * Figures not read: `no-subject` (nothing names what it is about), `no-measure` (what it
 * measures is not said), `no-date` (no date in the text), `ambiguous-deadline` (到 a date
 * without the document's date), `goal-without-subject`, `goal-without-deadline`,
 * `goal-start` (由400亿元增加到…), `list-mismatch` (more figures than the list names),
 * `list-of-goals`, `list-over-places`, `share-without-whole`, `change-without-share`,
 * `count-not-borrowers`, `table-cell` (a cell outside the columns the table reader understood),
 * `other-holder-benchmark` (a gap to 全国 or 同业, which the text does not state),
 * `benchmark-unknown`, `change-over-span` (较2021年末…提高 at 2024年末: a change over years no
 * basis names), `hypothetical` (a worked example's figure: 以某银行为例, 假设), `invalid-claim` (a claim read from
 * the figure that the checker cannot take — a reader's slip, reported instead of thrown), `conversion` (the figure before
 * in another unit of the same currency: 1.58万亿元（15800亿元）).
 */
export type UnparsedCode =
  | 'date'
  | 'period'
  | 'reference'
  | 'ordinal'
  | 'name'
  | 'document-number'
  | 'unreadable'
  | 'definition'
  | 'redacted'
  | 'foreign-currency'
  | 'length-of-time'
  | 'no-subject'
  | 'no-measure'
  | 'no-date'
  | 'ambiguous-deadline'
  | 'goal-without-subject'
  | 'goal-without-deadline'
  | 'goal-start'
  | 'list-mismatch'
  | 'list-of-goals'
  | 'list-over-places'
  | 'share-without-whole'
  | 'change-without-share'
  | 'count-not-borrowers'
  | 'table-cell'
  | 'other-holder-benchmark'
  | 'benchmark-unknown'
  | 'change-over-span'
  | 'hypothetical'
  | 'invalid-claim'
  | 'conversion';

/** Every code, for schemas and tests. */
export const UNPARSED_CODES: readonly UnparsedCode[] = [
  'date',
  'period',
  'reference',
  'ordinal',
  'name',
  'document-number',
  'unreadable',
  'definition',
  'redacted',
  'foreign-currency',
  'length-of-time',
  'no-subject',
  'no-measure',
  'no-date',
  'ambiguous-deadline',
  'goal-without-subject',
  'goal-without-deadline',
  'goal-start',
  'list-mismatch',
  'list-of-goals',
  'list-over-places',
  'share-without-whole',
  'change-without-share',
  'count-not-borrowers',
  'table-cell',
  'other-holder-benchmark',
  'benchmark-unknown',
  'change-over-span',
  'hypothetical',
  'invalid-claim',
  'conversion',
];

/** The codes of mentions that are not figures at all: nothing was left unread. */
// (A conversion in brackets restates the figure before it, which was read: nothing is left unread.)
const NOT_FIGURES: ReadonlySet<string> = new Set<UnparsedCode>(['date', 'period', 'reference', 'ordinal', 'name', 'document-number', 'definition', 'length-of-time', 'conversion']);

// Unparsed mentions a program built itself may come without a code: their reasons, as the
// mention finder words them, tell the numbers that are no figures.
const NOT_A_FIGURE_REASON =
  /^(?:a (?:calendar )?date\b|a month\b|a year\b|a deadline year|the year-end|a range of (?:years|months)|a half-year|the (?:first|second) half of a year|a quarter|the first quarters|quarters of a year|a time of day|a day of the month|a length of time|an? (?:enclosed )?(?:list|section) number|a list or row number|a list number in parentheses|an ordinal|a numbered part|a number (?:inside|in) (?:a |the )?(?:code|name|quoted name)|a numeral in a quoted name|a five-year plan|a party congress|a document number|a reference mark|a footnote mark|a dotted number)/i;

// A mention as these read it: an object with a reason (and a code, when the extractor gave one).
function mentionArg(caller: string, mention: unknown): void {
  const m = objectArg(caller, mention, ['mention']);
  stringArg(caller, m['reason'], ['mention', 'reason']);
  if (m['code'] !== undefined) stringArg(caller, m['code'], ['mention', 'code']);
}

/**
 * Whether an unparsed mention is a figure wupian could not read (a finding the report must
 * count), as opposed to a date, a footnote or a name, which are no figures: by its `code`,
 * else by its reason.
 *
 * @example
 * isUnreadFigure({ code: 'no-subject', reason: 'nothing before it names what it is about' }) // true
 * isUnreadFigure({ code: 'date', reason: 'a date' }) // false
 * isUnreadFigure({ reason: 'a date' }) // false
 */
export function isUnreadFigure(mention: { readonly code?: string | undefined; readonly reason: string }): boolean {
  mentionArg('isUnreadFigure', mention);
  if (mention.code !== undefined) return !NOT_FIGURES.has(mention.code);
  return !NOT_A_FIGURE_REASON.test(mention.reason);
}
