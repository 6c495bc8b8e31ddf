// What a report says as a whole: one decision, in one place. See `reportStatus`.
import type { Coverage, ReportStatus, UnparsedMention } from './report.js';

// The reasons the extractor gives numeric mentions that are not figures: dates and
// periods, references and footnote marks, list numbers and ordinals, numbers inside
// names and codes, document numbers. Until each unparsed mention carries a `code` from
// a closed set, `isUnreadFigure` decides from these; anything else that is unparsed is
// a figure that was not read.
const NOT_A_FIGURE =
  /^(?:a (?:calendar )?date\b|a month\b|a year\b|a deadline year|the year-end|a range of (?:years|months)|a half-year|the (?:first|second) half of a year|a quarter|the first quarters|quarters of a year|a time of day|a day of the month|a length of time|an? (?:enclosed )?(?:list|section) number|a list or row number|a list number in parentheses|an ordinal|a numbered part|a number (?:inside|in) (?:a |the )?(?:code|name|quoted name)|a numeral in a quoted name|a five-year plan|a party congress|a document number|a reference mark|a footnote mark|a dotted number)/i;

/** The codes, once the extractor gives them, of mentions that are not figures. */
const NOT_A_FIGURE_CODES: ReadonlySet<string> = new Set(['date', 'period', 'reference', 'ordinal', 'name', 'document-number']);

/** The reason the extractor gives a table cell it skipped. */
const TABLE_CELL = /^a table cell\b/i;

/**
 * Whether an unparsed mention is a figure that was not read (a finding the report must
 * not pass over), rather than a number that is no figure at all (a date, a period, a
 * reference mark, a list number, an ordinal, a number in a name or a document number).
 * Decides by the mention's `code` when it has one, else by its reason.
 *
 * @example
 * isUnreadFigure({ text: '2025年6月末', span: [0, 9], reason: 'a date' }) // false
 * isUnreadFigure({ text: '800亿元', span: [0, 6], reason: 'about 个人住房贷款, which the indicator catalog does not know' }) // true
 */
export function isUnreadFigure(mention: UnparsedMention): boolean {
  if (mention.code !== undefined) return !NOT_A_FIGURE_CODES.has(mention.code);
  return !NOT_A_FIGURE.test(mention.reason);
}

/** Whether an unparsed mention is a table cell the table reader skipped. */
export function isSkippedTableCell(mention: UnparsedMention): boolean {
  return mention.code !== undefined ? mention.code === 'table-cell' : TABLE_CELL.test(mention.reason);
}

/** What `coverageOf` counts from. */
export interface CoverageInput {
  /** Figures read into claims, goals and facts. */
  readonly read: number;
  /** The mentions not read. */
  readonly unparsed: readonly UnparsedMention[];
  /** The verdicts of the relations. */
  readonly verdicts: readonly string[];
}

/**
 * How much of a text was read and checked.
 *
 * @example
 * coverageOf({ read: 3, unparsed: [{ text: '2025年', span: [0, 5], reason: 'a year' }], verdicts: ['consistent'] })
 * // { figures: 3, read: 3, unread: 0, tableCellsSkipped: 0, relations: 1, relationsChecked: 1 }
 */
export function coverageOf(input: CoverageInput): Coverage {
  const unread = input.unparsed.filter(isUnreadFigure);
  return {
    figures: input.read + unread.length,
    read: input.read,
    unread: unread.length,
    tableCellsSkipped: unread.filter(isSkippedTableCell).length,
    relations: input.verdicts.length,
    relationsChecked: input.verdicts.filter((v) => v !== 'unverifiable').length,
  };
}

/**
 * The status of a report. `inconsistent` wins; then `nothing-checked` when no relation
 * got a verdict other than unverifiable (an empty or binary file, a text of which
 * nothing was read, figures that share no relation); then `partial` when something was
 * checked but some figures were not read (unread figures, skipped table cells); else
 * `consistent`.
 *
 * @example
 * reportStatus({ inconsistent: false, coverage: { figures: 0, read: 0, unread: 0, tableCellsSkipped: 0, relations: 0, relationsChecked: 0 } }) // 'nothing-checked'
 */
export function reportStatus(input: { readonly inconsistent: boolean; readonly coverage: Coverage }): ReportStatus {
  if (input.inconsistent) return 'inconsistent';
  if (input.coverage.relationsChecked === 0) return 'nothing-checked';
  if (input.coverage.unread > 0) return 'partial';
  return 'consistent';
}
