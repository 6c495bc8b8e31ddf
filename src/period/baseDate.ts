import { endOfYear, isLastDayOfMonth, isValid, lastDayOfMonth, parseISO, subMonths, subQuarters, subYears } from 'date-fns';
import { badArgument } from '../errors/args.js';
import { ErrorCode, WupianError, describe, quote } from '../errors/WupianError.js';
import { fromPivot, isRelativeDate, isUndated, toPivot } from './relative.js';

/**
 * The comparison bases of the documents:
 * - `ytd` 较年初 / 比年初: against the previous year-end (12-31);
 * - `yoy` 同比: against the same date a year earlier;
 * - `mom` 环比 (monthly): against the end of the previous month;
 * - `qoq` 环比 (quarterly) / 较上季末: against the end of the previous quarter.
 */
export type GrowthBasis = 'ytd' | 'yoy' | 'mom' | 'qoq';

/** An ISO date (yyyy-MM-dd) or a Date. */
export type DateInput = string | Date;

// An ISO date or date-time is short: a longer string is refused before date-fns reads it.
const MAX_DATE_TEXT = 64;

/**
 * Reads an ISO date (or a valid Date), refusing anything else by name with `invalid_date`.
 *
 * @example
 * formatDate(toDate('2025-06-30')) // '2025-06-30'
 * toDate('2025-02-30') // throws WupianError { code: 'invalid_date' }
 */
export function toDate(value: DateInput, path: readonly (string | number)[] = ['date']): Date {
  const date = typeof value === 'string' ? (value.length <= MAX_DATE_TEXT ? parseISO(value) : null) : value;
  if (!(date instanceof Date) || !isValid(date)) {
    throw new WupianError(ErrorCode.InvalidDate, `Not a valid date: ${quote(value)}${path.length > 0 ? ` (at ${path.join('.')})` : ''}. Write it as yyyy-MM-dd.`, {
      path,
      input: describe(value),
    });
  }
  return date;
}

/**
 * yyyy-MM-dd in local time, as date-fns reads ISO dates (its `format` would add 5 KB for this).
 *
 * @example
 * formatDate(new Date(2025, 5, 30)) // '2025-06-30'
 */
export function formatDate(date: Date): string {
  if (!(date instanceof Date) || !isValid(date)) throw badArgument('formatDate', ['date'], 'a valid Date', date, ErrorCode.InvalidDate);
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * The date a growth rate of the given basis compares with, as yyyy-MM-dd.
 *
 * @example
 * baseDate('2025-06-30', 'ytd') // '2024-12-31'
 * baseDate('2025-06-30', 'yoy') // '2024-06-30'
 * baseDate('2024-02-29', 'yoy') // '2023-02-28'
 * baseDate('2025-07-31', 'mom') // '2025-06-30'
 * baseDate('Y-03-31', 'ytd') // 'Y-1-12-31' (a year the text leaves unstated)
 */
export function baseDate(asOf: DateInput, basis: GrowthBasis): string {
  // The checker asks for the same few dates over and over; date-fns reads each anew.
  if (typeof asOf === 'string' && typeof basis === 'string') {
    const key = `${asOf}|${basis}`;
    let known = BASE_DATES.get(key);
    if (known === undefined) {
      known = computeBaseDate(asOf, basis);
      if (BASE_DATES.size >= 10_000) BASE_DATES.clear();
      BASE_DATES.set(key, known);
    }
    return known;
  }
  return computeBaseDate(asOf, basis);
}

// Base dates by date and basis (only those found: a bad date or basis throws every time).
const BASE_DATES = new Map<string, string>();

function computeBaseDate(asOf: DateInput, basis: GrowthBasis): string {
  if (typeof asOf === 'string' && isUndated(asOf)) {
    if (!BASES.has(basis)) throw unknownBasis(basis);
    return `${asOf}<${basis}`;
  }
  if (typeof asOf === 'string' && isRelativeDate(asOf)) return fromPivot(computeBaseDate(toPivot(asOf), basis));
  const date = toDate(asOf, ['asOf']);
  switch (basis) {
    case 'ytd':
      return formatDate(endOfYear(subYears(date, 1)));
    case 'yoy': {
      const earlier = subYears(date, 1);
      // A month-end stays a month-end: 2024-02-29 → 2023-02-28.
      return formatDate(isLastDayOfMonth(date) ? lastDayOfMonth(earlier) : earlier);
    }
    case 'mom':
      return formatDate(lastDayOfMonth(subMonths(date, 1)));
    case 'qoq':
      return formatDate(lastDayOfMonth(subQuarters(date, 1)));
    default:
      throw unknownBasis(basis);
  }
}

const BASES: ReadonlySet<string> = new Set(['ytd', 'yoy', 'mom', 'qoq']);

function unknownBasis(basis: unknown): WupianError {
  return new WupianError(ErrorCode.InvalidArgument, `Unknown growth basis ${quote(describe(basis))}; use ytd, yoy, mom or qoq.`, {
    path: ['basis'],
    input: describe(basis),
  });
}
