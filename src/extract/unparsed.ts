import type { MentionKind } from './mention.js';

/**
 * Why a numeric mention is not in a claim, a target or a fact: a closed set, so that programs
 * switch on the code and never on the message.
 *
 * Not figures: `date`, `period`, `reference` ([3], footnotes), `ordinal` (第三), `name`
 * (“1+N”, 十四五), `document-number` (〔2021〕1号), `unreadable`, `definition` (单户授信1000万元
 * 及以下 inside a subject's name), `redacted` (*.*元), `foreign-currency` (美元, 港元),
 * `length-of-time` (over three years).
 *
 * Figures not read: `no-subject` (nothing names what it is about), `no-measure` (what it
 * measures is not said), `no-date` (no date in the text), `ambiguous-deadline` (到 a date
 * without the document's date), `goal-without-subject`, `goal-without-deadline`,
 * `goal-start` (由400亿元增加到…), `list-mismatch` (more figures than the list names),
 * `list-of-goals`, `list-over-places`, `share-without-whole`, `change-without-share`,
 * `count-not-borrowers`, `table-cell` (a cell outside the columns the table reader understood),
 * `other-holder-benchmark` (a gap to 全国 or 同业, which the text does not state),
 * `benchmark-unknown`.
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
  | 'benchmark-unknown';

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
];

/** The codes of mentions that are not figures at all: nothing was left unread. */
const NOT_FIGURES: ReadonlySet<UnparsedCode> = new Set(['date', 'period', 'reference', 'ordinal', 'name', 'document-number', 'definition', 'length-of-time']);

/**
 * Whether an unparsed mention is a figure wupian could not read (as opposed to a date, a
 * footnote or a name, which are not figures).
 *
 * @example
 * isUnreadFigure({ code: 'no-subject' }) // true
 * isUnreadFigure({ code: 'date' }) // false
 */
export function isUnreadFigure(u: { readonly code?: string }): boolean {
  return u.code === undefined || !NOT_FIGURES.has(u.code as UnparsedCode);
}

/** The code of a mention the mention finder already knows is not a figure. */
export function codeOfMentionKind(kind: Exclude<MentionKind, 'figure'>): UnparsedCode {
  return kind;
}
