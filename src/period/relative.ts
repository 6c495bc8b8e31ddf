// Dates whose year a text leaves unstated. A text that never prints its year (今年一季度末,
// 去年同期) and comes without a document date still speaks of one year: its figures are
// dated "Y-03-31", a year before "Y-1-12-31", so that they compare with each other. A text
// with no date at all is "undated". Date arithmetic runs on a pivot year far from any real
// one and is turned back.
import { oneOfOption, stringArg } from '../errors/args.js';

/** The year that stands for an unstated one while computing. A leap year, as 2000 is. */
const PIVOT = 4000;
const RELATIVE = /^Y([+-]\d{1,2})?-(\d{2})-(\d{2})$/;

/** The date of a text that states none; its base dates are "undated<ytd" and the like. */
export const UNDATED = 'undated';

/** Whether a date is in a year the text leaves unstated ("Y-03-31", "Y-1-12-31"). */
export function isRelativeDate(date: string): boolean {
  return RELATIVE.test(date);
}

/** Whether a date is the undated date of a text, or a base of it. */
export function isUndated(date: string): boolean {
  return date.startsWith(UNDATED);
}

/** The year offset of a relative date: 0 for "Y-…", −1 for "Y-1-…". */
export function relativeOffset(date: string): number | null {
  const m = RELATIVE.exec(date);
  return m ? Number(m[1] ?? '0') : null;
}

/**
 * The year part of a date, absolute or relative: "2025" of "2025-06-30", "Y" of "Y-06-30", "Y-1" of "Y-1-12-31";
 * undefined for any other string.
 *
 * @example
 * yearPart('Y-1-12-31') // 'Y-1'
 */
export function yearPart(date: string): string | undefined {
  const m = RELATIVE.exec(date);
  if (m) return `Y${m[1] ?? ''}`;
  return /^(\d{4})-\d{2}-\d{2}$/.exec(date)?.[1];
}

/** A relative date on the pivot year (Y-1-12-31 → 3999-12-31); any other date as it is. */
export function toPivot(date: string): string {
  const m = RELATIVE.exec(date);
  if (!m) return date;
  return `${PIVOT + Number(m[1] ?? '0')}-${m[2] as string}-${m[3] as string}`;
}

/** A date on the pivot year turned back (3999-12-31 → Y-1-12-31); any other date as it is. */
export function fromPivot(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const offset = Number(m[1]) - PIVOT;
  if (Math.abs(offset) > 99) return date;
  return `Y${offset === 0 ? '' : offset > 0 ? `+${offset}` : String(offset)}-${m[2] as string}-${m[3] as string}`;
}

/** A date in a year offset from the unstated one: relativeYearDate(-1, 12, 31) = "Y-1-12-31". */
export function relativeYearDate(offset: number, month: number, day: number): string {
  return fromPivot(`${PIVOT + offset}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

/** The pivot year of an offset, for computing with date-fns (turn the result back with fromPivot). */
export function pivotYear(offset: number): number {
  return PIVOT + offset;
}

/**
 * Compares two dates of one text, relative or not: negative when a is earlier. Dates of
 * different kinds (an absolute and a relative one) compare as strings, which keeps them
 * apart but ordered.
 */
export function compareDates(a: string, b: string): number {
  stringArg('compareDates', a, ['a']);
  stringArg('compareDates', b, ['b']);
  const x = isRelativeDate(a) && isRelativeDate(b) ? toPivot(a) : a;
  const y = isRelativeDate(a) && isRelativeDate(b) ? toPivot(b) : b;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A date for people: "Y-03-31" reads "03-31 (year unstated)", "Y-1-12-31" "12-31 of the year before". */
export function describeDate(date: string, lang: 'en' | 'zh' = 'en'): string {
  stringArg('describeDate', date, ['date']);
  oneOfOption('describeDate', lang, ['lang'], ['en', 'zh']);
  if (isUndated(date)) {
    const base = date.slice(UNDATED.length + 1);
    if (lang === 'zh') return base ? `文中日期（${base}基期）` : '文中日期（未注明）';
    return base ? `the text's date (${base} base)` : "the text's date (unstated)";
  }
  const m = RELATIVE.exec(date);
  if (!m) return date;
  const offset = Number(m[1] ?? '0');
  const md = `${m[2] as string}-${m[3] as string}`;
  if (lang === 'zh') return offset === 0 ? `当年${md}` : offset === -1 ? `上年${md}` : `${offset > 0 ? '后' : '前'}${Math.abs(offset)}年${md}`;
  return offset === 0 ? `${md} (year unstated)` : offset === -1 ? `${md} of the year before` : `${md}, ${Math.abs(offset)} years ${offset > 0 ? 'after' : 'before'}`;
}

/** The first day of a date's year, relative or not: 2025-06-30 → 2025-01-01, Y-06-30 → Y-01-01. */
export function yearStartOf(date: string): string {
  return isRelativeDate(date) ? date.replace(/-\d{2}-\d{2}$/, '-01-01') : `${date.slice(0, 4)}-01-01`;
}

/**
 * The first day of the span a flow on `basis` covers up to `date`, relative or not: since the start of
 * the year (ytd), of the date's quarter (qoq) or of its month (mom).
 *
 * @example
 * flowSpanStart('2025-06-30', 'qoq') // '2025-04-01'
 * flowSpanStart('Y-09-30', 'mom') // 'Y-09-01'
 */
export function flowSpanStart(date: string, basis: 'ytd' | 'qoq' | 'mom'): string {
  const m = /^(.*)-(\d{2})-\d{2}$/.exec(date);
  if (!m || basis === 'ytd') return yearStartOf(date);
  const month = Number(m[2]);
  const first = basis === 'qoq' ? month - ((month - 1) % 3) : month;
  return `${m[1] as string}-${String(first).padStart(2, '0')}-01`;
}

/** Whether a string is a date wupian writes: yyyy-MM-dd, a year-relative "Y-03-31", or "undated" (and its bases). */
export function isDateLike(value: unknown): boolean {
  return typeof value === 'string' && (/^\d{4}-\d{2}-\d{2}$/.test(value) || isRelativeDate(value) || isUndated(value));
}
