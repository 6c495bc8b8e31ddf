import { format, isValid, lastDayOfMonth } from 'date-fns';
import { optionsArg, stringArg } from '../errors/args.js';
import { toDate } from '../period/baseDate.js';
import { isDigit, isLatin } from './chars.js';
import { MONTHS, MONTH_PATTERN } from './vocabulary.js';

/** A stock's date, or a flow's period, as yyyy-MM-dd. */
export type AsOf = { readonly date: string } | { readonly period: { readonly from: string; readonly to: string } };

export interface ParseAsOfOptions {
  /**
   * The date of the document (yyyy-MM-dd). A date written without its year (截至8月末,
   * "as of the end of August") takes the document's year, or the year before when its
   * month comes after the document's month.
   */
  readonly documentDate?: string;
}

interface DocumentMonth {
  readonly year: number;
  readonly month: number;
}

function ymd(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(year, month - 1, day);
  if (!isValid(date) || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return format(date, 'yyyy-MM-dd');
}

/** The last day of a month (yyyy-MM-dd), or null for a month or year out of range. */
export function monthEnd(year: number, month: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12) return null;
  return format(lastDayOfMonth(new Date(year, month - 1, 1)), 'yyyy-MM-dd');
}

function months(year: number, fromMonth: number, toMonth: number): AsOf | null {
  if (fromMonth > toMonth) return null;
  const from = ymd(year, fromMonth, 1);
  const to = monthEnd(year, toMonth);
  return from && to ? { period: { from, to } } : null;
}

/** The year of a date written without one: the document's, or the one before if the month is still to come. */
function inferYear(month: number, doc: DocumentMonth | null): number | null {
  if (!doc) return null;
  return month > doc.month ? doc.year - 1 : doc.year;
}

const ZH_NUMBER: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const FIRST_MONTHS_SOURCE = '1[0-2]|[1-9]|十[一二]?|[一二两三四五六七八九]';
const FIRST_MONTHS_AT = new RegExp(`(?:${FIRST_MONTHS_SOURCE})个月`, 'y');
const FIRST_MONTHS_ZH: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const FIRST_MONTHS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11 };
const ORDINAL_WORD: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

type Reader = (m: RegExpExecArray, doc: DocumentMonth | null) => AsOf | null;

const num = (m: RegExpExecArray, i: number): number => Number(m[i] ?? 'NaN');
const year = (m: RegExpExecArray, i: number, doc: DocumentMonth | null, month: number): number | null =>
  m[i] === undefined ? inferYear(month, doc) : num(m, i);

const dateOf = (d: string | null): AsOf | null => (d ? { date: d } : null);

// Each pattern is sticky and bounded: tried at one position it reads a few characters
// at most, so scanning a whole text stays linear.
const RANGE = '[—–\\-~～至到]';
const CHINESE: readonly (readonly [RegExp, Reader])[] = [
  // 2021—2023年, 2021年至2023年
  [new RegExp(`(\\d{4})年?${RANGE}(\\d{4})年`, 'y'), (m) => {
    const from = ymd(num(m, 1), 1, 1);
    const to = ymd(num(m, 2), 12, 31);
    return from && to && from < to ? { period: { from, to } } : null;
  }],
  // 2025年6月25日, 6月25日
  [/(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号]/y, (m, d) => {
    const y = year(m, 1, d, num(m, 2));
    return y === null ? null : dateOf(ymd(y, num(m, 2), num(m, 3)));
  }],
  // 2025-06-30, 2025/6/30, 2025.06.30
  [/(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/y, (m) => dateOf(ymd(num(m, 1), num(m, 3), num(m, 4)))],
  // 2025年1—6月, 1-6月份
  [new RegExp(`(?:(\\d{4})年)?(\\d{1,2})月?${RANGE}(\\d{1,2})月`, 'y'), (m, d) => {
    const y = year(m, 1, d, num(m, 3));
    return y === null ? null : months(y, num(m, 2), num(m, 3));
  }],
  // 2025年6月末, 8月末, 6月份, 6月
  [/(?:(\d{4})年)?(\d{1,2})月(?:份)?(末|底|初)?/y, (m, d) => {
    const month = num(m, 2);
    const y = year(m, 1, d, month);
    if (y === null) return null;
    if (m[3] === '初') return month === 1 ? dateOf(ymd(y - 1, 12, 31)) : dateOf(monthEnd(y, month - 1));
    return dateOf(monthEnd(y, month));
  }],
  // 2025年前三季度, 前三季度, 前三季 (Taiwan), 首三季 (Hong Kong, Macau), 头三季
  [/(?:(\d{4})年)?[前首头]([一二三四两1-4])(?:个)?季度?/y, (m, d) => {
    const q = ZH_NUMBER[m[2] ?? ''] ?? 0;
    const y = year(m, 1, d, q * 3);
    return y === null ? null : months(y, 1, q * 3);
  }],
  // 2025年前10个月, 前十个月, 首9个月: the year's first months
  [new RegExp(`(?:(\\d{4})年)?[前首头](${FIRST_MONTHS_SOURCE})个月`, 'y'), (m, d) => {
    const n = FIRST_MONTHS_ZH[m[2] ?? ''] ?? Number(m[2]);
    const y = year(m, 1, d, n);
    return y === null ? null : months(y, 1, n);
  }],
  // 2025年一季度, 第二季度, 第2季 and 首季 (Taiwan, Hong Kong)
  [/(?:(\d{4})年)?(?:第?([一二三四1-4])季度|第([一二三四1-4])季|(首)季)/y, (m, d) => {
    const q = m[4] ? 1 : (ZH_NUMBER[m[2] ?? m[3] ?? ''] ?? 0);
    const y = year(m, 1, d, q * 3);
    return y === null ? null : months(y, q * 3 - 2, q * 3);
  }],
  // 2025年上半年, 下半年
  [/(?:(\d{4})年)?([上下])半年/y, (m, d) => {
    const first = m[2] === '上';
    const y = year(m, 1, d, first ? 6 : 12);
    return y === null ? null : first ? months(y, 1, 6) : months(y, 7, 12);
  }],
  // 2025年9底, 9底: a month-end with its 月 left out (a typo of 9月底)
  [/(?:(\d{4})年)?(1[0-2]|0?[1-9])[末底]/y, (m, d) => {
    const month = num(m, 2);
    const y = year(m, 1, d, month);
    return y === null ? null : dateOf(monthEnd(y, month));
  }],
  // 2023年末, 年底
  [/(?:(\d{4})年|年)(末|底)/y, (m, d) => {
    const y = year(m, 1, d, 12);
    return y === null ? null : dateOf(ymd(y, 12, 31));
  }],
  // 2025年初: the start-of-year balance is the previous year-end's.
  [/(\d{4})年初/y, (m) => dateOf(ymd(num(m, 1) - 1, 12, 31))],
  // 2023年, 2023年度, 2023年全年
  [/(\d{4})年(?:度|全年)?/y, (m) => months(num(m, 1), 1, 12)],
];

const M = `(${MONTH_PATTERN})\\.?`;
const month = (m: RegExpExecArray, i: number): number => MONTHS[(m[i] ?? '').toLowerCase()] ?? 0;

const ENGLISH: readonly (readonly [RegExp, Reader])[] = [
  // June 30, 2025 / June 30 2025
  [new RegExp(`${M} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})(?!\\d)`, 'iy'), (m) => dateOf(ymd(num(m, 3), month(m, 1), num(m, 2)))],
  // 30 June 2025
  [new RegExp(`(\\d{1,2}) ${M},? (\\d{4})(?!\\d)`, 'iy'), (m) => dateOf(ymd(num(m, 3), month(m, 2), num(m, 1)))],
  // June 30, 30 June (no year): that day of the year the context gives
  [new RegExp(`(?:${M} (\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2}) ${M})(?![\\d:]|,? ?\\d)`, 'iy'), (m, d) => {
    const mo = month(m, 1) || month(m, 4);
    const day = num(m, 2) || num(m, 3);
    const y = year(m, 99, d, mo);
    return y === null || day < 1 || day > 31 ? null : dateOf(ymd(y, mo, day));
  }],
  // (the) end of (the) August (2025)
  [new RegExp(`(?:the )?end(?: of (?:the )?|-)${M}(?:,? (\\d{4}))?(?!\\d)`, 'iy'), (m, d) => {
    const mo = month(m, 1);
    const y = year(m, 2, d, mo);
    return y === null ? null : dateOf(monthEnd(y, mo));
  }],
  // (the) end of the year
  [/(?:the )?end of (?:the )?year(?![a-z])/iy, (_m, d) => {
    const y = inferYear(12, d);
    return y === null ? null : dateOf(ymd(y, 12, 31));
  }],
  // (the) end of last year, of the previous year: the year-end before the document's year
  [/(?:the )?end of (?:last|the previous|the past) year(?![a-z])/iy, (_m, d) => (d ? dateOf(ymd(d.year - 1, 12, 31)) : null)],
  // (the) end of 2027 / close of 2023 / year-end 2027 / end-2022
  [/(?:the )?(?:end of |close of |year-end |end-)(\d{4})(?!\d)/iy, (m) => dateOf(ymd(num(m, 1), 12, 31))],
  // January-May (2025), January to May, Jan.-Sept.: the months from the first named to the last, one period.
  [new RegExp(`${M} ?(?:-|–|—|to|through) ?${M}(?:,? (\\d{4}))?(?![a-z]|,? ?\\d{1,2}(?!\\d))`, 'iy'), (m, d) => {
    const [a, b] = [month(m, 1), month(m, 2)];
    const y = year(m, 3, d, b);
    return y === null ? null : months(y, a, b);
  }],
  // June 2025
  [new RegExp(`${M},? (\\d{4})(?!\\d)`, 'iy'), (m) => dateOf(monthEnd(num(m, 2), month(m, 1)))],
  // as of / by / in / since / until June (no year)
  [new RegExp(`(?:as of|by|in|since|until|through|year to) (?:the )?${M}(?![a-z]|,? ?\\d)`, 'iy'), (m, d) => {
    const mo = month(m, 1);
    const y = year(m, 2, d, mo);
    return y === null ? null : dateOf(monthEnd(y, mo));
  }],
  // first half of 2025, H1 2025, 2025 H1
  [/(?:the )?(first|second|1st|2nd)[ -]half(?: of (?:the year )?(\d{4})?)?(?![a-z])/iy, (m, d) => {
    const first = /^(?:first|1st)$/i.test(m[1] ?? '');
    const y = year(m, 2, d, first ? 6 : 12);
    return y === null ? null : first ? months(y, 1, 6) : months(y, 7, 12);
  }],
  // H1 2025, 2025 H1, H1 (of the document's year, as Q1 is)
  [/h([12])(?: (\d{4}))?(?![0-9a-z])|(\d{4}) ?h([12])(?![0-9a-z])/iy, (m, d) => {
    const half = num(m, 1) || num(m, 4);
    const y = m[3] === undefined ? year(m, 2, d, half * 6) : num(m, 3);
    return y === null ? null : half === 1 ? months(y, 1, 6) : months(y, 7, 12);
  }],
  // first six months (of 2025), first 10 months
  [/(?:the )?first (two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01]) months(?: of (\d{4}))?/iy, (m, d) => {
    const word = (m[1] ?? '').toLowerCase();
    const n = FIRST_MONTHS[word] ?? Number(word);
    const y = year(m, 2, d, n);
    return y === null ? null : months(y, 1, n);
  }],
  // the end of the second quarter (of 2025), end-Q3, end of the first half: the point its period ends at.
  [/(?:the )?end(?: of the |-)(?:(first|second|third|fourth|1st|2nd|3rd|4th)[ -]quarter|q([1-4])|(first|second|1st|2nd)[ -]half)(?:(?: of|,)? (\d{4}))?(?![0-9a-z])/iy, (m, d) => {
    const q = ORDINAL_WORD[(m[1] ?? '').toLowerCase()] ?? num(m, 2);
    const month = q ? q * 3 : /^(?:first|1st)$/i.test(m[3] ?? '') ? 6 : 12;
    const y = year(m, 4, d, month);
    return y === null ? null : dateOf(monthEnd(y, month));
  }],
  // first three quarters (of 2025)
  [/(?:the )?first (three|two) quarters(?: of (\d{4}))?/iy, (m, d) => {
    const q = m[1]?.toLowerCase() === 'three' ? 3 : 2;
    const y = year(m, 2, d, q * 3);
    return y === null ? null : months(y, 1, q * 3);
  }],
  // first quarter (of 2025), Q1 2025, 2025 Q1
  [/(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th)[ -]quarter(?: of (\d{4}))?/iy, (m, d) => {
    const q = ORDINAL_WORD[(m[1] ?? '').toLowerCase()] ?? 0;
    const y = year(m, 2, d, q * 3);
    return y === null ? null : months(y, q * 3 - 2, q * 3);
  }],
  // Q1-Q3, Q1-3 (2025): the quarters from the first named to the last, one period.
  [/q([1-4]) ?[-–—~] ?q?([1-4])(?: (\d{4}))?(?![0-9a-z])/iy, (m, d) => {
    const [a, b] = [num(m, 1), num(m, 2)];
    const y = year(m, 3, d, b * 3);
    return y === null || a > b ? null : months(y, a * 3 - 2, b * 3);
  }],
  [/q([1-4])(?: (\d{4}))?(?![0-9a-z])|(\d{4}) ?q([1-4])(?![0-9a-z])/iy, (m, d) => {
    const q = num(m, 1) || num(m, 4);
    const y = m[3] === undefined ? year(m, 2, d, q * 3) : num(m, 3);
    return y === null ? null : months(y, q * 3 - 2, q * 3);
  }],
  // by 2030: a deadline, the end of that year; in 2023: the year
  [/(by|in|during|for|since) (?:the year )?(\d{4})(?!\d)/iy, (m) =>
    m[1]?.toLowerCase() === 'by' ? dateOf(ymd(num(m, 2), 12, 31)) : months(num(m, 2), 1, 12)],
];

// Basis words: 较年初, 比上年末, 与2024年末 name the comparison base, not the as-of date.
function isBasis(s: string, at: number): boolean {
  const before = s.slice(Math.max(0, at - 2), at);
  return /[较比与同][上去]?$/.test(before) || before.endsWith('上') || before.endsWith('去');
}

const RANGE_CHARS = '—–-~～至到';

/** The words an English pattern can start with. */
const EN_FIRST_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(MONTHS),
  ...'the end year first second third fourth h q fy as by in since until through during for'.split(' '),
]);

/**
 * Which patterns may start at `i`, from a cheap look at the characters there: the start
 * of a digit run followed by a date character, a word, or a Chinese time word.
 */
function mayStart(s: string, i: number): 'zh' | 'en' | 'both' | null {
  const ch = s[i];
  if (isDigit(ch)) {
    if (isDigit(s[i - 1])) return null;
    let d = i;
    while (isDigit(s[d]) && d - i < 5) d++;
    const c = s[d] ?? '';
    const zh = c !== '' && ('年月日号'.includes(c) || RANGE_CHARS.includes(c) || (d - i === 4 && (c === '/' || c === '.')) || (d - i <= 2 && (c === '末' || c === '底')));
    const en = c === ' ' || isLatin(c);
    return zh && en ? 'both' : zh ? 'zh' : en ? 'en' : null;
  }
  if (isLatin(ch)) {
    if (isLatin(s[i - 1])) return null;
    let e = i;
    while (isLatin(s[e]) && e - i < 12) e++;
    return EN_FIRST_WORDS.has(s.slice(i, e).toLowerCase()) ? 'en' : null;
  }
  switch (ch) {
    case '年':
      return s[i + 1] === '末' || s[i + 1] === '底' ? 'zh' : null;
    case '上':
    case '下':
      return s.startsWith('半年', i + 1) ? 'zh' : null;
    case '前':
    case '首':
    case '头':
      FIRST_MONTHS_AT.lastIndex = i + 1;
      return s[i + 1] === '季' || s[i + 2] === '季' || s.startsWith('季度', i + 3) || FIRST_MONTHS_AT.test(s) ? 'zh' : null;
    case '第':
      return s[i + 2] === '季' || s.startsWith('季度', i + 3) ? 'zh' : null;
    case '一':
    case '二':
    case '三':
    case '四':
      return s.startsWith('季度', i + 1) ? 'zh' : null;
    default:
      return null;
  }
}

const ZH_MONTHS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const ZH_MONTH = /(?<![一二三四五六七八九十\d])(?:十[一二]|[一二三四五六七八九十])(?=月)/g;

/**
 * Reads the first as-of date or period stated in a text: a stock's date (截至2025年6月末 →
 * 2025-06-30) or a flow's period (上半年 → 01-01..06-30). A year left out comes from
 * `options.documentDate` — the document's year, or the year before when the month is
 * still to come — and without a document date such a text gives `null`. Comparison
 * bases (较年初, 比上年末) are not as-of dates and are skipped. "By the end of 2027" and
 * "by 2030" are deadlines: the last day of that year. `null` when there is none.
 *
 * @example
 * parseAsOf('截至2025年6月末') // { date: '2025-06-30' }
 * parseAsOf('截至8月末', { documentDate: '2025-09-02' }) // { date: '2025-08-31' }
 * parseAsOf('截至11月末', { documentDate: '2025-09-02' }) // { date: '2024-11-30' }
 * parseAsOf('前三季度', { documentDate: '2025-10-20' }) // { period: { from: '2025-01-01', to: '2025-09-30' } }
 * parseAsOf('2023年度') // { period: { from: '2023-01-01', to: '2023-12-31' } }
 * parseAsOf('As of June 2025') // { date: '2025-06-30' }
 * parseAsOf('By the end of 2027') // { date: '2027-12-31' }
 * parseAsOf('六月末', { documentDate: '2025-07-20' }) // { date: '2025-06-30' }
 * parseAsOf(null) // throws WupianError { code: 'invalid_argument', path: ['text'] }
 */
export function parseAsOf(text: string, options?: ParseAsOfOptions): AsOf | null {
  stringArg('parseAsOf', text, ['text']);
  const o = optionsArg<ParseAsOfOptions>('parseAsOf', options);
  let doc: DocumentMonth | null = null;
  if (o.documentDate !== undefined) {
    const d = toDate(o.documentDate, ['options', 'documentDate']);
    doc = { year: d.getFullYear(), month: d.getMonth() + 1 };
  }
  // 六月末, 十二月底: a month written in Chinese numerals, as in Macao's and some local releases.
  const s = text.normalize('NFKC').replace(ZH_MONTH, (n) => String(ZH_MONTHS.indexOf(n) + 1));
  // A bare year: 2023 on its own is that year.
  const bare = /^\s*(\d{4})\s*$/.exec(s);
  if (bare) return months(Number(bare[1]), 1, 12);
  // 114/9/30, 114.6.30: a day of the Republic of China calendar (year 1 = 1912), written alone.
  const roc = /^\s*(1[01]\d)([./])(\d{1,2})\2(\d{1,2})\s*$/.exec(s);
  if (roc) return dateOf(ymd(Number(roc[1]) + 1911, Number(roc[3]), Number(roc[4])));
  for (let i = 0; i < s.length; i++) {
    const start = mayStart(s, i);
    if (start === null) continue;
    if (start !== 'en') {
      for (const [pattern, read] of CHINESE) {
        pattern.lastIndex = i;
        const m = pattern.exec(s);
        if (!m) continue;
        if (isBasis(s, i)) break;
        const result = read(m, doc);
        if (result) return result;
        break;
      }
    }
    if (start !== 'zh') {
      for (const [pattern, read] of ENGLISH) {
        pattern.lastIndex = i;
        const m = pattern.exec(s);
        if (!m) continue;
        const result = read(m, doc);
        if (result) return result;
        break;
      }
    }
  }
  return null;
}

// 6.30, 3.31: a month and its day written with a dot. Only the extractor reads it, on a mention it found where a
// date stands (截至6.30, 3.31为); parseAsOf does not, as 1.5 alone is a number. The year is the one in force.
const MONTH_DAY = /^(1[0-2]|0?[1-9])\.([0-3]\d)$/;
function monthDay(text: string, documentDate: string | undefined): AsOf | null {
  const m = MONTH_DAY.exec(text);
  if (!m || documentDate === undefined) return null;
  const d = toDate(documentDate, ['documentDate']);
  const month = Number(m[1]);
  const y = inferYear(month, { year: d.getFullYear(), month: d.getMonth() + 1 });
  return y === null ? null : dateOf(ymd(y, month, Number(m[2])));
}

// The same few time texts recur in every document, with the same few document dates.
const AS_OF_CACHE = new Map<string, AsOf | null>();
const AS_OF_CACHE_LIMIT = 10_000;

/**
 * parseAsOf, remembered by text and document date (internal: the extractor's). The
 * results are shared between their readers, who never change them.
 */
export function readAsOf(text: string, documentDate: string | undefined): AsOf | null {
  const key = `${documentDate ?? ''}\u0000${text}`;
  const cached = AS_OF_CACHE.get(key);
  if (cached !== undefined) return cached;
  const read = monthDay(text, documentDate) ?? parseAsOf(text, documentDate === undefined ? {} : { documentDate });
  if (AS_OF_CACHE.size >= AS_OF_CACHE_LIMIT) AS_OF_CACHE.clear();
  AS_OF_CACHE.set(key, read);
  return read;
}
