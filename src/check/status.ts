// What a report says as a whole: one decision, in one place. See `reportStatus`.
import type { Coverage, ReportStatus, UnparsedMention } from './report.js';
import { isUnreadFigure } from './unparsed.js';
import { arrayArg, badArgument, objectArg, stringArg } from '../errors/args.js';

export { isUnreadFigure };

/** Whether an unparsed mention is a table cell the table reader skipped. */
export function isSkippedTableCell(mention: UnparsedMention): boolean {
  const m = objectArg('isSkippedTableCell', mention, ['mention']);
  stringArg('isSkippedTableCell', m['reason'], ['mention', 'reason']);
  return mention.code !== undefined ? mention.code === 'table-cell' : /^a table cell\b/i.test(mention.reason);
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
  const given = objectArg('coverageOf', input, ['input']);
  if (!Number.isInteger(given['read']) || (given['read'] as number) < 0) throw badArgument('coverageOf', ['input', 'read'], 'a whole number of 0 or more', given['read']);
  arrayArg('coverageOf', given['unparsed'], ['input', 'unparsed']);
  arrayArg('coverageOf', given['verdicts'], ['input', 'verdicts']);
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
  const given = objectArg('reportStatus', input, ['input']);
  if (typeof given['inconsistent'] !== 'boolean') throw badArgument('reportStatus', ['input', 'inconsistent'], 'true or false', given['inconsistent']);
  objectArg('reportStatus', given['coverage'], ['input', 'coverage']);
  if (input.inconsistent) return 'inconsistent';
  if (input.coverage.relationsChecked === 0) return 'nothing-checked';
  if (input.coverage.unread > 0) return 'partial';
  return 'consistent';
}
