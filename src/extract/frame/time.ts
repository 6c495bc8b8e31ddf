import { type AsOf, readAsOf } from '../parseDate.js';
import type { Mention, TimeMention } from '../mention.js';
import { UNDATED, compareDates, fromPivot, pivotYear, yearStartOf } from '../../period/relative.js';
import { subDays } from 'date-fns';
import { baseDate, formatDate, toDate } from '../../period/baseDate.js';

/**
 * What a date does in its sentence: the date figures stand at (as-of, or the period of a
 * flow), the base of a comparison (较2020年末), a goal's deadline (到2027年, by 2030), a
 * title's years (《…（2025—2027年）》), how long a policy runs (执行期限至…), or the date of
 * the report itself (新华社北京4月20日电), or the day a release came out (…分行1月23日召开新闻发布会),
 * whose publisher, unlike a dateline's place, is the text's holder.
 */
export type TimeRole = 'as-of' | 'base' | 'deadline' | 'title' | 'validity' | 'dateline' | 'published';

/** A date or period of a text, resolved to yyyy-MM-dd (or "Y-03-31" where the year is unstated). */
export interface TimeRef {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly role: TimeRole;
  /** The point, or the last day of the period. */
  readonly date: string;
  /** A flow's period (一季度, 上半年, 1—6月). */
  readonly period?: { readonly from: string; readonly to: string };
  /** Where its force ends, when that is before the next date (the end of a sentence listing what stood then). */
  readonly until?: number;
}

/** The time of a figure: its date, and its period when it is a flow's. */
export interface FigureTime {
  readonly date: string;
  readonly period?: { readonly from: string; readonly to: string };
  /** Where the date came from: the figure's own paragraph, a paragraph before, the document's date, or none (undated). */
  readonly from: 'paragraph' | 'document' | 'option' | 'none';
  /** Where the text states it, when it does. */
  readonly at?: number;
}

/** How an unstated year is read: the document's date, a year the text prints, or a year left unstated. */
interface YearContext {
  readonly documentDate: string | undefined;
  /** The month and day of a dateline without a year (4月20日电): a month after it is last year's. */
  readonly datelineMonth: number | undefined;
  /** Years printed before, in order (2025年6月末: a later 9月末 is of the same year); `reported`: a whole year a text reports on (通报2024年全省金融运行情况), written the year after. */
  readonly printedYears: { at: number; year: number; reported?: boolean; writtenAfter?: boolean }[];
  /** Where lines end, in order: a date takes a year printed after it only in its own paragraph, or in the lead after a headline. */
  readonly lineEnds: readonly number[];
  /** A report (报告期末, 报告期内) published after the year-end it reports on: its 上年 is the year before that one. */
  readonly annualReport: boolean;
}

/** 上年末, 去年底, 去年年末, 上一年末: the end of the year before, in every way it is written. */
export const LAST_YEAR_END = '(?:上年|去年|上一年)年?(?:末|底)';
/** The same time a year before, in words: 上年同期, 去年同期, 一年前, 一年前的同期. */
// (上年同期末: the same date a year before, as 上年同期.)
export const SAME_TIME_LAST_YEAR = '(?:上年|去年|上一年)(?:同期(?:末|底)?|同月(?:末|底)?)|一年(?:以)?前(?:的同期)?';
/** The same, in English: "a year earlier", "twelve months before", "in the same period last year". */
/** A month named as a month, not its end (9月份, 上年9月份, 2024年12月): a bare flow in it is the month's. */
export const MONTH_ALONE = /^(?:\d{4}年|上年|去年|今年|本年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?$/;
/**
 * The year a sentence printed (2024年) before `pos`, if it printed one: a period it names later without a year
 * (其中一季度) is of that year, not of the document's.
 */
export function yearPrintedBefore(refs: readonly TimeRef[], sentenceStart: number, pos: number): string | undefined {
  let year: string | undefined;
  // (Within a window before `pos`: a walk from the start of one long sentence for each of its figures would be quadratic.)
  for (let k = lowerBound(refs, Math.max(sentenceStart, pos - YEAR_WINDOW), (r) => r.start); k < refs.length && (refs[k] as TimeRef).start < pos; k++) year = /(\d{4})年/.exec((refs[k] as TimeRef).text)?.[1] ?? year;
  return year;
}

const YEAR_WINDOW = 200;

/** An English month named alone ("In September, banks extended…"): with "in" before it, a flow in it is the month's. */
export const MONTH_ALONE_EN = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:,? (?:19|20)\d\d| last year)?\.?$/;
export const A_YEAR_EARLIER_EN = 'a year (?:earlier|ago|before)|twelve months (?:earlier|before)|in the same period (?:of )?last year';

const RELATIVE_YEAR: Readonly<Record<string, number>> = { 今年: 0, 本年: 0, 当年: 0, 去年: -1, 上年: -1, 上一年: -1, 前年: -2, 明年: 1, 过去一年: -1, 过去的一年: -1 };
// Time words without digits, which the mention finder leaves alone.
// 年初 alone is a comparison's base (较年初, 与年初相比), not a date figures stand at.
// …but 年初 opening a clause (年初全市绿色贷款余额为1500亿元) is the date figures stand at: the last year-end.
// 报告期末 of a bank's report: the end of the period it reports on.
// (去年，…, 上年全省…, 上一年度，…: a past year named alone, opening a sentence or a clause — the whole of that year.)
const WORD_TIMES = /(今年|本年|去年|上年|上一年|前年|明年)年?(末|底|初)|(年末|年底)|(?<=^|[,，;；。\n])(年初)(?!以来|至|到|相比|比|制定|确定|提出|设定|部署|印发|出台|[^，,。；;\d]{0,10}(?:后|以后|之后)[，,])|(?:本)?(报告期末)|(本期末)|(上季度?末)|(?<=^|[，,；;。！？\n：:“"])(去年|上年|上一年|前年|过去(?:的)?一年)(?:度)?(?:全年(?=[\u4e00-\u9fa5])|(?:全年)?(?=[，,]|全[省市县区国州]|我[省市县区国]|累计|新增|净增|发放|投放))|(报告期内|本报告期内?|年初至报告期末)/g;

/** Every date and period of a text, each with its role and resolved date. */
export function readTimes(s: string, mentions: readonly Mention[], documentDate: string | undefined): TimeRef[] {
  const context: YearContext = {
    documentDate,
    datelineMonth: datelineMonthOf(s, mentions),
    printedYears: [],
    lineEnds: lineEndsOf(s),
    annualReport: annualReportOf(s, documentDate),
  };
  const refs: TimeRef[] = [];
  const mentionSpans: [number, number][] = [];
  // A date the text prints with its year (截至2025年6月末, not 较2020年末 nor 《…2025年》) gives the year to
  // those around it: read first, so that a headline's 三季度末 takes the year its lead prints. Such a
  // date needs no context to be read, so it is read once.
  const printed = new Map<number, TimeRef | null>();
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k] as Mention;
    // (民国 years too: 114年9月底 prints 2025.)
    const before = mentions[k - 1];
    const roc = before !== undefined && /^1[01]\d年$/.test(before.text) && before.span[1] === m.span[0];
    if ((m.kind !== 'date' && m.kind !== 'period') || !(/(?:19|20)\d{2}/.test(m.text) || roc)) continue;
    const ref = fromMention(s, m, mentions[k - 1], context);
    printed.set(k, ref);
    // (A comparative in brackets, （2023年末：4,216.78亿元）, prints the year before: not the year 上年 counts from.)
    if (ref && comparativeLength(s, ref) === 0 && (ref.role === 'as-of' || ref.role === 'dateline' || ref.role === 'published') && /^\d{4}/.test(ref.date)) {
      const reported = reportedYear(s, ref);
      // A whole year reported on (通报2024年…), or an English year-end ("at the close of 2023"), is written the
      // year after: last year is that year. A Chinese year-end (截至2025年末…；上年末…) is the date figures stand at.
      // (A report's own title, 2024年年度报告 on its first line, is no news of it: its 上年末 is the year before 2024.)
      const writtenAfter = reported && (ref.period !== undefined || /^[A-Za-z]/.test(ref.text)) && !ownReportTitle(s, ref);
      context.printedYears.push({ at: ref.start, year: Number(ref.date.slice(0, 4)), ...(reported ? { reported: true } : {}), ...(writtenAfter ? { writtenAfter: true } : {}) });
    }
  }
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k] as Mention;
    if (m.kind !== 'date' && m.kind !== 'period') continue;
    mentionSpans.push([m.span[0], m.span[1]]);
    const ref = printed.has(k) ? printed.get(k) : fromMention(s, m, mentions[k - 1], context);
    if (ref) refs.push(ref);
  }
  // Time words outside the mentions; both run left to right, so one pointer finds any overlap.
  let next = 0;
  for (const m of s.matchAll(WORD_TIMES)) {
    const start = m.index;
    const end = start + m[0].length;
    while (next < mentionSpans.length && (mentionSpans[next] as [number, number])[1] <= start) next++;
    const span = mentionSpans[next];
    // (去年底, 前年底: the mention 年底 is the tail of the word, which names the year.)
    const tail = span !== undefined && m[1] !== undefined && span[0] === start + m[1].length - 1 && span[1] === end;
    if (span && span[0] < end && !tail) continue;
    const ref = fromWords(s, start, end, m[1] ?? m[8], m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? m[9] ?? (m[8] ? '年' : ''), context);
    if (ref) refs.push(ref);
  }
  // “十四五”末, “十三五”期末: the last day of a five-year plan, a point like any year-end.
  for (const m of s.matchAll(PLAN_PERIOD_END)) {
    const date = `${planEndYear(m[1] as string)}-12-31`;
    const start = m.index;
    const end = start + m[0].length;
    refs.push({ start, end, text: m[0], role: roleOf(s, start, end, date, documentDate), date });
  }
  // "…at the end of June. Last year, inclusive loans grew 14.6 percent": a sentence opened by last year, after a date in
  // force within a year (not at its end, where "last year" may be that very year), is of the year before — to its end.
  for (const m of s.matchAll(LAST_YEAR_SENTENCE_EN)) {
    const start = m.index + m[0].length - (m[1] as string).length - 1;
    // (With no date in force before it, the year before the document's: written in January, the year just reported on.)
    const inForce = refs.filter((r) => r.role === 'as-of' && r.start < start && r.period === undefined).at(-1)?.date;
    const now = inForce === undefined ? documentDate : /^\d{4}-(?:0[1-9]|1[01])-\d{2}$/.test(inForce) ? inForce : undefined;
    if (now === undefined) continue;
    const year = Number(now.slice(0, 4)) - 1;
    const stop = s.slice(start).search(/[.!?](?:\s|$)|\n/);
    refs.push({ start, end: start + (m[1] as string).length, text: m[1] as string, role: 'as-of', date: `${year}-12-31`, period: { from: `${year}-01-01`, to: `${year}-12-31` }, until: stop < 0 ? s.length : start + stop + 1 });
  }
  // "Last June, inclusive loans stood at …", "Last year's balance was …": a time of the year before the document's (or the
  // date in force's) year, for its sentence — never the date in force. (A month alone is its end: the level then.)
  // (Points in force sorted once, found by position: a filter over every ref for each match would be quadratic.)
  const points = refs.filter((r) => r.role === 'as-of' && r.period === undefined).sort((a, b) => a.start - b.start);
  for (const m of s.matchAll(LAST_TIME_EN)) {
    const start = m.index;
    const end = start + m[0].length;
    const span = mentionSpans[lowerBound(mentionSpans, end, (x) => x[0]) - 1];
    if (span && span[1] > start) continue;
    // (The date in force first, as for "Last year," sentences; else the document's.)
    const inForce = points[lowerBound(points, start, (r) => r.start) - 1]?.date;
    const now = inForce !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(inForce) ? inForce : documentDate;
    if (now === undefined) continue;
    const year = Number(now.slice(0, 4)) - 1;
    const stop = s.slice(end).search(/[.!?](?:\s|$)|\n/);
    const until = stop < 0 ? s.length : end + stop + 1;
    const month = m[1] === undefined ? 12 : MONTHS_EN.indexOf(m[1]) + 1;
    // ("Last March" in August: this March or the one before — the words do not say; the figure is left undated.)
    const ambiguous = m[1] !== undefined && month < Number(now.slice(5, 7));
    const date = ambiguous ? UNDATED : formatDate(subDays(toDate(`${month === 12 ? year + 1 : year}-${String(month === 12 ? 1 : month + 1).padStart(2, '0')}-01`), 1));
    refs.push({ start, end, text: m[0], role: 'as-of', date, ...(m[1] === undefined ? { period: { from: `${year}-01-01`, to: date } } : {}), until });
  }
  // 截至目前, 截至发稿时: now, the day the text is of — never the date a later sentence names.
  if (documentDate !== undefined) {
    for (const m of s.matchAll(AS_OF_NOW)) refs.push({ start: m.index, end: m.index + m[0].length, text: m[0], role: 'as-of', date: documentDate });
  }
  // Each stage decides one thing about the dates read, in this order (see each one's comment).
  const stages: readonly ((s: string, refs: TimeRef[]) => TimeRef[])[] = [yearEndsOfTheirYear, samePeriodsOfYears, parallelDeadlines, joinedBases, earlierLevels, (_s, r) => lastQuarterEnds(r), bracketedComparatives, lastYearsSentences, trailingDatesEn, historySentences];
  const read = stages.reduce((done, stage) => stage(s, done), refs.sort((a, b) => a.start - b.start));
  return documentDate === undefined ? yearEndsAheadOfBase(read) : read;
}

// 今年…要新增60亿元以上，年末余额达到700亿元。2024年末，…余额640亿元, with no document's date: the year of a goal's
// bare 年末 is only guessed from the years printed around it. A goal falls due after the level it starts from, so a
// year-end goal guessed onto the very year-end the text states its figures at (within 300 characters) is the next one.
function yearEndsAheadOfBase(refs: TimeRef[]): TimeRef[] {
  return refs.map((r, k) => {
    if (r.role !== 'deadline' || !/^年[末底]$/.test(r.text) || !/^\d{4}-12-31$/.test(r.date)) return r;
    // (A few refs either way at most: a scan of every ref in reach would be quadratic on a text of dates.)
    const near = (j: number): boolean => j >= 0 && j < refs.length && Math.abs(j - k) <= 8 && Math.abs((refs[j] as TimeRef).start - r.start) <= 300;
    let stated = false;
    for (let j = k - 1; near(j) && !stated; j--) stated = (refs[j] as TimeRef).role === 'as-of' && (refs[j] as TimeRef).period === undefined && (refs[j] as TimeRef).date === r.date;
    for (let j = k + 1; near(j) && !stated; j++) stated = (refs[j] as TimeRef).role === 'as-of' && (refs[j] as TimeRef).period === undefined && (refs[j] as TimeRef).date === r.date;
    return stated ? { ...r, date: `${Number(r.date.slice(0, 4)) + 1}-12-31` } : r;
  });
}

const LAST_YEAR_SENTENCE_EN = /(?:^|[.!?]\s+|\n)(Last year|In the previous year),/g;
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const LAST_TIME_EN = /\b[Ll]ast (?:year's|(January|February|March|April|May|June|July|August|September|October|November|December)\b)/g;
/** Words of now: what a text says after them is of the day it is written, whatever date was in force before. */
export const NOW_WORDS = '现如今|如今|目前|当前|现在|时至今日';
// (“十三五”末，全省…；如今，仅青岛一市…: 如今 opening a sentence after an earlier date is back at now. 目前, 当前 move no
// date: 截至6月末…。目前，… goes on at the latest figures.)
const AS_OF_NOW = /截[至止](?:目前|今日|今天|发稿时?|记者发稿时)|到目前为止|(?<=^|[。；;\n])(?:现如今|如今)|时至今日/g;
// “十四五”末, 十三五期末, “十五五”时期末: the end of a five-year plan (十一五 2006—2010 … 十五五 2026—2030).
const PLAN_PERIOD_END = /[“"‘]?十([一二三四五六])五[”"’]?(?:时期|期)?末/g;
/** The last year of the five-year plan whose number is 十 and `digit` (四 → 2025): the third plan ended in 1970, each next five years on. */
function planEndYear(digit: string): number {
  return 1970 + 5 * (10 + '一二三四五六'.indexOf(digit) + 1 - 3);
}

// 114年1至10月…增加4,822億元，113年同期增加4,458億元: a year followed by 同期 is the same stretch of that year as the
// time before it in its sentence (2024-01..10), not the whole year.
function samePeriodsOfYears(s: string, refs: TimeRef[]): TimeRef[] {
  return refs.map((r, k) => {
    if (!r.period || !r.period.from.endsWith('-01-01') || !r.period.to.endsWith('-12-31') || !/^(?:\d{4}|1[01]\d)年$/.test(r.text) || !/^\s?同期/.test(s.slice(r.end, r.end + 3))) return r;
    const year = r.period.to.slice(0, 4);
    for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
      const before = refs[j] as TimeRef;
      if (/[。！？\n]/.test(s.slice(before.end, r.start)) || r.start - before.end > 120) break;
      if (before.role !== 'as-of' || !/^\d{4}-/.test(before.date)) continue;
      const period = before.period;
      // (A period over more than one year, or a whole year, says no stretch of one.)
      if (period && (period.from.slice(0, 4) !== period.to.slice(0, 4) || (period.from.endsWith('-01-01') && period.to.endsWith('-12-31')))) break;
      const move = (d: string): string => `${year}${d.slice(4)}`;
      // (…，2024年同期为8600亿元，同比增长13.95%: the time of its own clause only; the date in force goes on after it.)
      const clauseEnd = s.slice(r.end, r.end + 60).search(/[，,；;。！？\n]/);
      const until = clauseEnd < 0 ? r.until : r.end + clauseEnd;
      return { start: r.start, end: r.end, text: r.text, role: r.role, date: move(before.date), ...(period ? { period: { from: move(period.from), to: move(period.to) } } : {}), ...(until !== undefined ? { until } : {}) };
    }
    return r;
  });
}

// 9月末，…。上季末，…增长12.6%: the quarter's end before the date in force, whatever the document's date says.
function lastQuarterEnds(refs: TimeRef[]): TimeRef[] {
  let point: string | undefined;
  const out: TimeRef[] = [];
  for (const r of refs) {
    if (/^上季度?末$/.test(r.text)) {
      const date = (point ? previousQuarterEnd(point) : undefined) ?? r.date;
      // (With no date in force and none of the document's, no date at all.)
      if (date !== QUARTER_BEFORE) out.push({ ...r, date });
      continue;
    }
    if (r.role === 'as-of' && r.period === undefined && /-\d{2}-\d{2}$/.test(r.date)) point = r.date;
    out.push(r);
  }
  return out;
}
const QUARTER_BEFORE = 'quarter-before';

/** The quarter's end before a quarter's end (2025-09-30 → 2025-06-30): the base of 较上季末, one rule. */
function previousQuarterEnd(date: string): string | undefined {
  return /-(?:03-31|06-30|09-30|12-31)$/.test(date) ? baseDate(date, 'qoq') : undefined;
}

// 力争2025年新增40亿元，年末余额达到200亿元: a bare 年末 after a year in its sentence is that year's end, a
// deadline when the year is one — not the last year-end before the document's date.
function yearEndsOfTheirYear(s: string, refs: TimeRef[]): TimeRef[] {
  return refs.map((r, i) => {
    if (!/^年[末底]$/.test(r.text)) return r;
    const before = refs[i - 1];
    const year = before && /^(\d{4})-/.exec(before.period?.to ?? before.date)?.[1];
    // (Across ; too after a deadline: goals run on — 力争2025年新增40亿元；年末余额达到200亿元.)
    if (!before || !year || (before.role === 'deadline' ? /[。.!?\n]/ : /[。.;；!?\n]/).test(s.slice(before.end, r.start))) return r;
    const date = `${year}-12-31`;
    return date === r.date ? r : { ...r, date, role: before.role === 'deadline' ? 'deadline' : r.role };
  });
}

// 余额5,123.45亿元（2023年末：4,216.78亿元）: a listed bank's comparative in brackets is the date of its own figure
// only; the sentence, and the ones after it, go on at the date in force.
const COMPARATIVE_OPENS = /[（(]\s*$/;
const COMPARATIVE_FIGURE = /^(?:\s|[:：为為]|人民币|人民幣|RMB)*\d[^（()）\n]{0,32}[）)]/;
/** How far after a date its comparative in brackets runs (its figure and the closing bracket); 0 when it opens none. */
function comparativeLength(s: string, r: { readonly start: number; readonly end: number }): number {
  if (!COMPARATIVE_OPENS.test(s.slice(Math.max(0, r.start - 2), r.start))) return 0;
  return COMPARATIVE_FIGURE.exec(s.slice(r.end, r.end + 48))?.[0].length ?? 0;
}
function bracketedComparatives(s: string, refs: TimeRef[]): TimeRef[] {
  return refs.map((r) => {
    const length = r.role === 'as-of' && r.period === undefined ? comparativeLength(s, r) : 0;
    return length > 0 ? { ...r, until: r.end + length } : r;
  });
}

// "At the end of September, …. Total loans were 22.05 trillion yuan at the end of 2024. Sci-tech loans accounted
// for…": an English date that closes its sentence, earlier than the date in force, is that sentence's only.
function trailingDatesEn(s: string, refs: TimeRef[]): TimeRef[] {
  let inForce: TimeRef | undefined;
  return refs.map((r) => {
    if (r.role !== 'as-of') return r;
    const closes = /^[A-Za-z]/.test(r.text) && /^\s?\./.test(s.slice(r.end, r.end + 2)) && inForce !== undefined && compareDates(r.date, inForce.date) < 0 && !/(?:^|[.!?]\s{1,2})(?:at|by|as of|in)?\s*(?:the\s*)?$/i.test(s.slice(Math.max(0, r.start - 16), r.start));
    if (closes) return { ...r, until: r.end + 1 };
    if (r.period === undefined) inForce = r;
    return r;
  });
}

// 9月末…。去年首三季普惠小微贷款增加3.63万亿元。同期整体贷款…: last year's period, opening a sentence after the
// date in force, is the time of that sentence only — 同期 after it is the date in force's.
function lastYearsSentences(s: string, refs: TimeRef[]): TimeRef[] {
  return refs.map((r, k) => {
    if (k === 0 || r.role !== 'as-of' || r.period === undefined || !/^(?:去年|上年|上一年)/.test(r.text) || !/(?:^|[。！？\n])\s{0,2}$/.test(s.slice(Math.max(0, r.start - 3), r.start))) return r;
    return { ...r, until: sentenceEndZh(s, r.end) };
  });
}

// 截至2025年6月末，…余额1100亿元。2023年6月末余额800亿元，2024年6月末余额900亿元。同比增长22%: a sentence that
// opens on a date earlier than the one in force and only lists levels is history — its dates end with it, and the
// date in force goes on after it.
function historySentences(s: string, refs: TimeRef[]): TimeRef[] {
  let inForce: TimeRef | undefined;
  let end = -1;
  return refs.map((r) => {
    if (r.role !== 'as-of' || r.period !== undefined || r.until !== undefined) return r;
    if (r.start < end) return { ...r, until: end };
    if (inForce && compareDates(r.date, inForce.date) < 0 && /(?:^|[。！？\n])\s{0,2}$/.test(s.slice(Math.max(0, r.start - 3), r.start))) {
      const sentenceEnd = sentenceEndZh(s, r.end);
      const rest = s.slice(r.end, sentenceEnd);
      if (/\d/.test(rest) && !SINCE_OR_CHANGE.test(rest)) {
        end = sentenceEnd;
        return { ...r, until: sentenceEnd };
      }
    }
    inForce = r;
    return r;
  });
}

// ，2024年末为…, ；上年末为…, （8月底为…）: a clause that states the level at an earlier date than the one its
// sentence stands at is a base, not the date of what follows.
const LEVEL_AFTER = /^\s*(?:的)?(?:余额|餘額|规模)?(?:约|仅)?(?:为|是|為)/;
export const EARLIER_WORD = new RegExp(`^${LAST_YEAR_END}$|^年初$|^上季(?:度)?末$|^上月末$`);
// The rest of such a clause: words of a subject and a measure, then a figure — not 以来 (since then).
// What the rest of such a sentence would say of now: a change, a comparison, a span to now.
// (比重, 比例, 比率 name a share, no comparison.)
const SINCE_OR_CHANGE = /较|比(?![重例率])|增|减|降|升|提高|回落|以来|今年|本年|同期|环比/;
const EARLIER_CLAUSE_FIGURE = /^[，,]?(?![以起至])(?:[^，,；;。\d较比]|(?<=[占同])比|比(?=重|例|率|年初)|较(?=年初)){0,30}\d/;
function earlierLevels(s: string, refs: TimeRef[]): TimeRef[] {
  for (let k = 0; k < refs.length; k++) {
    const r = refs[k] as TimeRef;
    // 上年末余额1060.28亿元, 年初占比…: an earlier time named by its relation to now, opening a clause that
    // states a figure, is that figure's (the reader dates it); the date in force goes on after the clause.
    // (Only after a date in force, or after figures of its line: a headline's 去年末…达46.8% is the date it stands at.)
    // (上年末，本行…余额…: a sentence it opens with a comma is no headline — a list of what stood then, or nothing.)
    const opensText = k === 0 && !/\d/.test(s.slice(s.lastIndexOf('\n', r.start) + 1, r.start));
    if ((!opensText || /^[，,]/.test(s.slice(r.end, r.end + 1))) && r.role === 'as-of' && r.period === undefined && EARLIER_WORD.test(r.text) && /(?:^|[，,；;。\n])\s{0,2}(?:而|其中)?$/.test(s.slice(Math.max(0, r.start - 4), r.start)) && EARLIER_CLAUSE_FIGURE.test(s.slice(r.end, r.end + 40))) {
      // (Opening a sentence or a clause after ；, with more levels after it and no change: a list of what stood
      // then — 上年末全县各项存款余额…，各项贷款余额… — dated to the end of its sentence.)
      const sentenceEnd = sentenceEndZh(s, r.end);
      const rest = s.slice(r.end, sentenceEnd);
      const clauseEnd = rest.search(/[，,；;、]/);
      const list = clauseEnd >= 0 && /(?:^|[。\n；;])\s{0,2}$/.test(s.slice(Math.max(0, r.start - 3), r.start)) && /\d/.test(rest.slice(clauseEnd)) && !SINCE_OR_CHANGE.test(rest.slice(clauseEnd));
      // (去年底，…余额…，比年初增加…: a sentence it opens, comma and all, stands at it — unless it only lists levels.)
      // (…同比增长12.3%；去年同期余额31.7万亿元，同比增长16.9%: the date in force's change said again is this clause's.)
      const inForce = refs.slice(0, k).reverse().find((x) => x.role === 'as-of' && x.period === undefined);
      const own = inForce !== undefined && !list ? ownClause(s, r, inForce) : undefined;
      if (list) refs[k] = { ...r, until: sentenceEnd };
      else if (own) refs[k] = own;
      else if (!opensText && !/^[，,]/.test(s.slice(r.end, r.end + 1))) refs[k] = { ...r, role: 'base' };
      continue;
    }
    if (k === 0) continue;
    if (r.role !== 'as-of' || r.period !== undefined || !LEVEL_AFTER.test(s.slice(r.end, r.end + 8))) continue;
    // (Also in brackets: …比率为64.13%（8月底为63.89%）.)
    if (!/[，,；;(（](?:\s*(?:而|其中))?\s*$/.test(s.slice(Math.max(0, r.start - 4), r.start))) continue;
    // (A few refs back at most: the date it is earlier than stands in its paragraph — in the sentence
    // before, when this one goes on from it: 截至2024年末，…。分机构看，A（4120亿元，2023年末为3310亿元）.)
    for (let j = k - 1; j >= Math.max(0, k - 8); j--) {
      const before = refs[j] as TimeRef;
      if (r.start - before.end > 200 || /\n/.test(s.slice(before.end, r.start))) break;
      if (before.role !== 'as-of' || before.period !== undefined) continue;
      if (before.date > r.date && /^\d{4}|^Y/.test(r.date)) refs[k] = ownClause(s, r, before) ?? { ...r, role: 'base' };
      break;
    }
  }
  return refs;
}

const YEAR_START = /^(?:年初|上年末|去年末|上年底|去年底|上年年末|去年年末|去年年底)$/;
const CLAUSE_OWN_BASE = /(?:较|比)(?:上年末|去年末|上年底|去年底|年初|上月末|上季末|上季度末|\d{1,2}月(?:末|底))/;
// 2月末，…余额2270亿元；1月末余额为2240亿元，较上年末增加40亿元；…: an earlier date opening a clause of its own after ；
// that goes on to a change is the date of that clause — its level and its change — not a base of the date in force.
// (…同比增长12.3%；去年同期余额31.7万亿元，同比增长16.9%; …，3月末为11320.8亿元，同比增长17.9%: the change the date in force
// already stated, said again after an earlier level, is that earlier date's — now has one rate of each basis.)
export const CHANGE_BASE = /同比|(?:较|比)(?:上年|去年)(?:同期|末|底)?|(?:较|比)年初/;
const BARE_RATE_AFTER = /^[，,]\s{0,2}(?:增速|增幅|增长)(?:为|达|是)?\s{0,2}\d/;
const RATE_STATED = /(?:增长|增速|增幅)(?:为|达|是)?\s{0,2}\d[\d.]*\s?%/;
function ownClause(s: string, r: TimeRef, before: TimeRef): TimeRef | undefined {
  const afterStop = /[；;]\s{0,2}$/.test(s.slice(Math.max(0, r.start - 3), r.start));
  if (!afterStop && !/[，,]\s{0,2}$/.test(s.slice(Math.max(0, r.start - 3), r.start))) return undefined;
  const rest = s.slice(r.end, Math.min(sentenceEndZh(s, r.end), r.end + 200));
  const clauseEnd = rest.search(/[；;]/);
  const clause = clauseEnd >= 0 ? rest.slice(0, clauseEnd) : rest;
  const levelEnd = clause.search(/[，,]/);
  if (levelEnd < 0) return undefined;
  const change = CHANGE_BASE.exec(clause.slice(levelEnd))?.[0];
  // (；上年末余额3980.2亿元，较上年末增加341.3亿元: a change against the clause's own date runs from it to now — the date in
  // force's.)
  const own = CLAUSE_OWN_BASE.exec(clause.slice(levelEnd))?.[0];
  // (年初 is 上年末 by another name: ；上年末余额3980.2亿元，较年初增加341.3亿元 runs to now too.)
  const sameDate = (a: string, b: string): boolean => a === b || (YEAR_START.test(a) && YEAR_START.test(b));
  if ([own, change].some((w) => w !== undefined && sameDate(w.slice(1), r.text))) return undefined;
  // (Said again as a rate, and only rates after it: an amount, 同比增加536亿元, is now's change against then.)
  const ratesOnly = /%/.test(clause.slice(levelEnd)) && !/\d\s?(?:万亿|亿|万)?元/.test(clause.slice(levelEnd));
  const stated = s.slice(Math.max(before.end, r.start - 120), r.start);
  // (…同比增长12.3%；上年同期为31.7万亿元，增速16.9%: a bare rate after the earlier level, when now's rate was stated.)
  const bareRate = change === undefined && ratesOnly && BARE_RATE_AFTER.test(clause.slice(levelEnd)) && RATE_STATED.test(stated);
  const saidAgain = (change !== undefined && ratesOnly && stated.includes(change)) || bareRate;
  // (…；上年6月末余额为2000亿元，同比增加300亿元: a change of now against then is the date in force's, not the clause's.)
  return (afterStop && own !== undefined) || saidAgain ? { ...r, until: r.end + clause.length } : undefined;
}

// 力争2023年新增50亿元、2024年新增60亿元: a date that opens the next item of a list after a deadline is one too.
// So is a bare period opening the next clause (力争一季度新增12亿元，上半年累计新增25亿元): of the deadline's year.
function parallelDeadlines(s: string, refs: TimeRef[]): TimeRef[] {
  for (let k = 1; k < refs.length; k++) {
    const before = refs[k - 1] as TimeRef;
    const r = refs[k] as TimeRef;
    if (before.role !== 'deadline' || r.role !== 'as-of' || r.start - before.end > 40) continue;
    const between = s.slice(before.end, r.start);
    if (/[。；;！？\n]/.test(between)) continue;
    if (/[、]\s*$/.test(between)) refs[k] = { ...r, role: 'deadline' };
    else if (/[，,]\s*$/.test(between) && BARE_PERIOD.test(r.text) && !STATED_IN_RUN.test(between)) refs[k] = { ...inYearOf(r, before), role: 'deadline' };
  }
  return refs;
}
// 比3月末和上年末分别提高…: a date joined to a base right before it is a base too.
function joinedBases(s: string, refs: TimeRef[]): TimeRef[] {
  for (let k = 1; k < refs.length; k++) {
    const before = refs[k - 1] as TimeRef;
    const r = refs[k] as TimeRef;
    if (before.role === 'base' && r.role === 'as-of' && /^\s?(?:和|及|与|、)\s?$/.test(s.slice(before.end, r.start))) refs[k] = { ...r, role: 'base' };
  }
  return refs;
}
// A period that prints no year of its own, and words that state what is.
const BARE_PERIOD = /^(?:[一二三四]季度|上半年|下半年|前[一二三两]季度|(?:\d{1,2}|[一二两三四五六七八九十]{1,2})月(?:末|底)?|年[末底])$/;
const STATED_IN_RUN = /已|实际|完成|以来|较|比/;
// A date and period moved into the year of another ref (2024-06-30 → 2025-06-30 after 2025年一季度).
function inYearOf(r: TimeRef, other: TimeRef): TimeRef {
  const year = /^(\d{4})-/.exec(other.period?.to ?? other.date)?.[1];
  if (!year || !/^\d{4}-/.test(r.date)) return r;
  const move = (d: string): string => `${year}${d.slice(4)}`;
  const period = r.period && r.period.from.slice(0, 4) === r.period.to.slice(0, 4) ? { from: move(r.period.from), to: move(r.period.to) } : r.period;
  return { ...r, date: move(r.date), ...(period ? { period } : {}) };
}

const LAST_YEAR_OPENS_EN = /^\s*["“]?(?:Last year|In the previous year|The previous year),/i;

/** The English sentence a position stands in, from its start to the position (within 200 characters). */
function sentenceHeadEn(s: string, pos: number): string {
  const before = s.slice(Math.max(0, pos - 200), pos);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('! '), before.lastIndexOf('? '));
  return before.slice(stop + 1);
}

const YEAR_AFTER_EN = /^,?\s+(?:of\s+)?(?:(last|the previous|the preceding)|this|the current)\s+year\b/i;

// How far ahead a headline or lead looks for the year its date leaves out, or for its date.
const YEAR_AHEAD = 400;
const HEADLINE_AHEAD = 400;

// The year a date without one takes: the document's, the last printed before it (else the first
// printed shortly after: a headline's), else unstated.
function yearAt(at: number, context: YearContext): { known: number; reported?: boolean; writtenAfter?: boolean } | { unknown: number } | { document: string } {
  if (context.documentDate !== undefined) return { document: context.documentDate };
  const years = context.printedYears;
  const k = lowerBound(years, at, (y) => y.at);
  const before = years[k - 1];
  if (before !== undefined) return { known: before.year, ...(before.reported ? { reported: true } : {}), ...(before.writtenAfter ? { writtenAfter: true } : {}) };
  const after = years[k];
  if (after === undefined || after.at - at > YEAR_AHEAD) return { unknown: 0 };
  const line = lowerBound(context.lineEnds, at, (x) => x);
  const reach = line === 0 ? (context.lineEnds[1] ?? Infinity) : (context.lineEnds[line] ?? Infinity);
  // (A headline's 去年末 over a lead that reports on a whole year: written the year after, as the lead.)
  return after.at < reach ? { known: after.year, ...(after.reported ? { reported: true } : {}), ...(after.writtenAfter ? { writtenAfter: true } : {}) } : { unknown: 0 };
}

// 去年末, "the end of last year" as the date a figure stands at — not the base of a change (比上年末, "from the end of last year").
function lastYearAsOf(s: string, start: number, text: string): boolean {
  return /去年|上年|上一年|last year|previous year/i.test(text) && !/(?:较|比|与|同|由|从|相比|相较于?|from|than|since|compared with)\s*$/i.test(s.slice(Math.max(0, start - 14), start));
}

function lineEndsOf(s: string): number[] {
  const out: number[] = [];
  for (let k = s.indexOf('\n'); k >= 0; k = s.indexOf('\n', k + 1)) out.push(k);
  return out;
}

// A whole year a text reports on: 通报2024年全省金融运行情况, 回顾2024年, 2024年度报告; a year-end it states (at the close of 2023).
function reportedYear(s: string, ref: TimeRef): boolean {
  if (!ref.period) return ref.date.endsWith('-12-31');
  if (!ref.period.from.endsWith('-01-01') || !ref.period.to.endsWith('-12-31')) return false;
  // 公布2025年第三季…: the year of a part of it, not a whole year.
  if (/^\s*(?:第?[一二三四1-4]季|[上下]半年|前[二三两]季|\d{1,2}月|[一二三四五六七八九十]{1,2}月)/.test(s.slice(ref.end, ref.end + 6))) return false;
  // (发布的2023年金融机构贷款投向统计报告: the report on that year.)
  return /(?:通报|发布|公布|回顾|总结)[了的]?\s*$/.test(s.slice(Math.max(0, ref.start - 6), ref.start)) || /^[^,，;；。]{0,16}?(?:运行情况|工作情况|年度报告|年报|统计报告)/.test(s.slice(ref.end, ref.end + 24));
}

// Reads a time text with the year it takes, through parseAsOf: an unstated year is computed on the pivot year and turned back.
function resolve(text: string, at: number, offset: number, context: YearContext, monthRule: boolean, lastYear = false, thisYear = false): AsOf | null {
  const year = yearAt(at, context);
  let documentDate: string;
  if ('document' in year) {
    // (今年年末 is the end of the document's year; a bare 年末 the last year-end before it.)
    if (offset === 0 && !thisYear) return readAsOf(text, year.document);
    documentDate = `${Number(year.document.slice(0, 4)) + offset}-12-31`;
    return readAsOf(text, documentDate);
  }
  // 通报2024年全省金融运行情况。去年末…, "at the close of 2023 … at the end of last year": written
  // in the year after the one reported, last year is that year.
  if ('known' in year) {
    const known = readAsOf(text, `${year.known + offset + (year.writtenAfter && lastYear ? 1 : 0)}-12-31`);
    // After a year-end (2024年末, "by end-2024"), a month before December is as likely the next year's as
    // that year's: its year is unknown, not the year-end's.
    if (!year.reported || offset !== 0 || lastYear || !known || ('date' in known ? known.date : known.period.to) >= `${year.known}-12-31`) return known;
  }
  const month = monthRule && offset === 0 && context.datelineMonth !== undefined ? String(context.datelineMonth).padStart(2, '0') : '12';
  const result = readAsOf(text, `${pivotYear(offset)}-${month}-28`);
  if (!result) return null;
  return 'date' in result ? { date: fromPivot(result.date) } : { period: { from: fromPivot(result.period.from), to: fromPivot(result.period.to) } };
}

function fromMention(s: string, m: TimeMention, previous: Mention | undefined, context: YearContext): TimeRef | null {
  let start = m.span[0];
  let end = m.span[1];
  let text = m.text;
  // 114/9/30: a date of the Republic of China calendar.
  const rocDate = /^(1[01]\d)\/(\d{1,2})\/(\d{1,2})$/.exec(m.text);
  if (rocDate) {
    const read = readAsOf(`${Number(rocDate[1]) + 1911}/${rocDate[2] as string}/${rocDate[3] as string}`, undefined);
    return read && 'date' in read ? { start, end, text, role: roleOf(s, start, end, read.date, context.documentDate), date: read.date } : null;
  }
  // 115年3月底: a year of the Republic of China calendar (Taiwan) before a month; 113年底: that year's end.
  if (m.kind === 'period' && /^1[01]\d年$/.test(m.text)) {
    const year = Number(m.text.slice(0, 3)) + 1911;
    // (…a month or a quarter after it is read with the next mention: 115年3月底.)
    if (/^\s?(?:\d|[一二三四五六七八九十]{1,2}月|第?[一二三四1-4]季|[上下]半年)/.test(s.slice(end, end + 6))) return null;
    if (!/^[底末]/.test(s.slice(end, end + 1))) {
      // 113年核准金額…，112年為…: the whole year, as 2024年 would be.
      const period = { from: `${year}-01-01`, to: `${year}-12-31` };
      return { start, end, text: m.text, role: roleOf(s, start, end, period.to, context.documentDate), date: period.to, period };
    }
    const date = `${year}-12-31`;
    return { start, end: end + 1, text: s.slice(start, end + 1), role: roleOf(s, start, end + 1, date, context.documentDate), date };
  }
  // 前9月, 前十月: the months from January to that one, a period — not that month.
  const firstMonths = /^(?:\d{1,2}|[一二三四五六七八九十]{1,2})月$/.test(m.text) && s[m.span[0] - 1] === '前';
  if (firstMonths) start -= 1;
  // 2024年前9月: the year before 前 is the months' year.
  const yearOfMonths = firstMonths ? /(\d{4})年$/.exec(s.slice(Math.max(0, start - 5), start)) : null;
  if (yearOfMonths) start -= 5;
  let rocYear: number | undefined;
  if (previous?.kind === 'period' && /^1[01]\d年$/.test(previous.text) && previous.span[1] === start) {
    rocYear = Number(previous.text.slice(0, 3)) + 1911;
    start = previous.span[0];
  }
  // 今年一季度末, 去年6月末: a year named by a word.
  const word = /(今年|本年|当年|去年|上年|上一年|前年|明年)$/.exec(s.slice(Math.max(0, start - 3), start));
  // "the first three quarters of last year": English names the year after the period.
  // (Not across a full stop: "…at the end of June. Last year, …" opens the next sentence's year.)
  const yearAfter = !word && /^[A-Za-z]/.test(m.text) && !/\d{4}/.test(m.text) && !m.text.endsWith('.') ? YEAR_AFTER_EN.exec(s.slice(end, end + 24)) : null;
  // ("Last year, … increased by … in the first three quarters": a sentence that opens with last year.)
  const lastYearSentence = !word && !yearAfter && /^[A-Za-z]/.test(m.text) && !/\d{4}/.test(m.text) && LAST_YEAR_OPENS_EN.test(sentenceHeadEn(s, start));
  const offset = word ? (RELATIVE_YEAR[word[1] as string] ?? 0) : yearAfter?.[1] || lastYearSentence ? -1 : 0;
  if (word) start -= (word[1] as string).length;
  if (yearAfter) end += yearAfter[0].length;
  // 一季度末, 上半年末: the end of the period, a point.
  const endMark = m.kind === 'period' && /^[末底]/.test(s.slice(end, end + 1)) && /季度|半年|第[一二三四1-4]季|首季/.test(m.text);
  if (endMark) end += 1;
  text = s.slice(start, end);
  let asOf: AsOf | null | undefined;
  // 到年末, 力争年底: the end of the year the text is in, ahead — not the last year-end.
  // (全年计划新增180亿元，年末余额达到2080亿元; 预计年末…; 今年…要新增60亿元以上，年末余额达到700亿元: a year-end in a
  // sentence that sets goals, after its goal's words, is the end of the year ahead too.)
  const ahead = /^年[末底]$/.test(m.text) && (/((?<!截止|截|增|升|降|减)到|(?<!截|增|升|降|减)至|力争|确保)\s*$/.test(s.slice(Math.max(0, start - 4), start)) || goalSentenceBefore(s, start));
  if (ahead) {
    const r = resolve('年末', start, offset, { ...context, documentDate: context.documentDate === undefined ? undefined : `${context.documentDate.slice(0, 4)}-12-31` }, false);
    return r && 'date' in r ? { start, end, text, role: 'deadline', date: r.date } : null;
  }
  if (rocYear !== undefined) asOf = readAsOf(m.text, `${rocYear}-12-31`);
  else if (yearOfMonths) asOf = readAsOf(`${yearOfMonths[1] as string}年${m.text}`, undefined);
  else if (/(?:19|20)\d{2}/.test(m.text)) asOf = m.asOf ?? readAsOf(m.text, undefined);
  else asOf = resolve(m.text, start, offset, context, !word, lastYearAsOf(s, start, m.text), word !== null && offset === 0);
  // "As of June", "by the end of June": an English month read with the words before it.
  // (Only a stretch cut inside a word loses that word: "In June" at the text's start keeps its "In".)
  if (!asOf && /^[A-Za-z]/.test(m.text)) asOf = resolve(start > 12 ? s.slice(start - 12, end).replace(/^\S*\s/, '') : s.slice(0, end), start, offset, context, true, lastYearAsOf(s, start, m.text));
  if (!asOf) return null;
  if (endMark && 'period' in asOf) asOf = { date: asOf.period.to };
  if (firstMonths && 'date' in asOf) asOf = { period: { from: yearStartOf(asOf.date), to: asOf.date } };
  // "by the end of the second quarter": the end of the period, a point.
  if ('period' in asOf && /\bend of (?:the )?$/i.test(s.slice(Math.max(0, start - 16), start))) asOf = { date: asOf.period.to };
  const role = roleOf(s, start, end, 'date' in asOf ? asOf.date : asOf.period.to, context.documentDate);
  return { start, end, text, role, ...('date' in asOf ? { date: asOf.date } : { date: asOf.period.to, period: asOf.period }) };
}

// Words that set a goal, for the year-end after them in their sentence: 力争, 预计, 计划新增, 目标为, 要新增.
// (主要, 重要, 需要, 纲要, 摘要, 必要 are no modal; 要求 and 要点 are a plan's, not its goal.)
const GOAL_BEFORE_YEAR_END = /力争|确保|争取|预计|预期|(?:计划|拟)(?=新增|投放|发放|增加|净增|实现|达到)|目标(?:是|为)?[:：]|(?<![主重需只纲摘必紧首])(?:要|须|应当)(?![求点素闻])/;
// …and words that state what is, after which the sentence reports (已完成, 实际新增, 截至…, 以来).
const STATED_BEFORE_YEAR_END = /已|实际|完成|以来|截至|截止|[较比与由从同]\s*$/;
/** Whether the sentence before `pos` (within 80 characters) sets a goal and states nothing of what is. */
function goalSentenceBefore(s: string, pos: number): boolean {
  const window = s.slice(Math.max(0, pos - 80), pos);
  const head = window.slice(Math.max(window.lastIndexOf('。'), window.lastIndexOf('！'), window.lastIndexOf('？'), window.lastIndexOf('\n')) + 1);
  return GOAL_BEFORE_YEAR_END.test(head) && !STATED_BEFORE_YEAR_END.test(head);
}

function fromWords(s: string, start: number, end: number, yearWord: string | undefined, what: string, context: YearContext): TimeRef | null {
  const offset = (yearWord ? (RELATIVE_YEAR[yearWord] ?? 0) : 0) + reportYearShift(s, end, yearWord, context);
  const text = s.slice(start, end);
  const lastYear = offset < 0 && lastYearAsOf(s, start, text);
  // 截至2024年末，…由上年末的…: a base of last year in a sentence that prints its own year is the year before that one.
  const printed = offset < 0 && !lastYear ? context.printedYears[lowerBound(context.printedYears, start, (y) => y.at) - 1] : undefined;
  const sameSentence = printed !== undefined && !/[。！？\n]/.test(s.slice(printed.at, start));
  // 截至2025年末…。上年末，…: a Chinese report's last year is the year before the one it reports, whenever it
  // was published (a documentDate in 2026 does not make 上年末 2025年末).
  const reportedBefore = offset < 0 && lastYear && !/[A-Za-z]/.test(text) ? context.printedYears[lowerBound(context.printedYears, start, (y) => y.at) - 1] : undefined;
  if (reportedBefore && !reportedBefore.writtenAfter && (what === '末' || what === '底' || what === '年末' || what === '年底')) {
    return { start, end, text, role: roleOf(s, start, end, `${reportedBefore.year + offset}-12-31`, context.documentDate), date: `${reportedBefore.year + offset}-12-31` };
  }
  // (报告期末…。上年末，… in an annual report of March that names no year: the year before the one it reports.)
  if (!reportedBefore && !printed && context.annualReport && offset < 0 && (what === '末' || what === '底' || what === '年末' || what === '年底') && context.documentDate !== undefined) {
    const date = `${Number(context.documentDate.slice(0, 4)) - 1 + offset}-12-31`;
    return { start, end, text, role: roleOf(s, start, end, date, context.documentDate), date };
  }
  const yearEnd = (o: number): string | null => {
    if (sameSentence) return `${(printed as { year: number }).year + o}-12-31`;
    const r = resolve('年末', start, o, context, false, lastYear, yearWord !== undefined && o === 0);
    return r && 'date' in r ? r.date : null;
  };
  const point = (date: string | null): TimeRef | null => (date ? { start, end, text, role: roleOf(s, start, end, date, context.documentDate), date } : null);
  switch (what) {
    case '末':
    case '底':
    case '年末':
    case '年底':
      return point(yearEnd(offset));
    case '初':
      return point(yearEnd(offset - 1));
    // 去年，全省科技贷款同比增长20.6%: that whole year, for its sentence only.
    case '年': {
      // (过去一年 is the last calendar year only early in a year — a year-opening report's; later, the last twelve months.)
      if (yearWord?.startsWith('过去') && !(context.documentDate !== undefined && Number(context.documentDate.slice(5, 7)) <= 3)) return null;
      const date = yearEnd(offset);
      return date ? { start, end, text, role: roleOf(s, start, end, date, context.documentDate), date, period: { from: yearStartOf(date), to: date }, until: sentenceEndZh(s, end) } : null;
    }
    case '年初': {
      // 年初 alone: the start of the year of the figures before it (截至2025年6月末…年初 is 2024-12-31).
      const printed = context.printedYears[lowerBound(context.printedYears, start, (y) => y.at) - 1];
      return point(printed ? `${printed.year - 1}-12-31` : yearEnd(offset - 1));
    }
    // (上季末: the quarter's end before the report's, until the date in force is known — see lastQuarterEnds.)
    case '上季末':
    case '上季度末': {
      const report = reportPeriodEnd(s, context.documentDate);
      return point((report ? previousQuarterEnd(report) : undefined) ?? QUARTER_BEFORE);
    }
    // (本期末, a report's column beside 上年末: the same period's end.)
    case '报告期末':
    case '本期末':
      return point(reportPeriodEnd(s, context.documentDate));
    // 报告期内，本行累计发放…: over the period the report covers — its year, half-year or first quarter from 1 January,
    // a third quarter's report its quarter.
    case '报告期内':
    case '本报告期':
    case '本报告期内':
    case '年初至报告期末': {
      const to = reportPeriodEnd(s, context.documentDate);
      if (!to) return null;
      // (年初至报告期末: from 1 January, whatever the report's period.)
      const from = to.endsWith('-09-30') && what !== '年初至报告期末' ? `${to.slice(0, 4)}-07-01` : `${to.slice(0, 4)}-01-01`;
      return { start, end, text, role: 'as-of', date: to, period: { from, to } };
    }
    default:
      return null;
  }
}

// 全年 in a plan's words (计划全年新增, 全年目标, 力争全年): the year ahead; 上年全年, 2024年全年: another year — neither
// says anything of the report's period.
const YEAR_AHEAD_BEFORE = /(?:计划|目标|力争|预计|确保|争取|要求|拟|将)[^，,；;。]{0,4}$|(?:上年|去年|上一年|前年|\d{4}年)(?:度)?$/;
const YEAR_AHEAD_AFTER = /^[^，,；;。]{0,10}(?:目标|计划|任务)/;

// Whether a report's head speaks of its whole year done (全年新增…, 全年实现…), not of a year ahead.
function wholeYearReported(head: string): boolean {
  for (const m of head.matchAll(/全年/g)) {
    const at = m.index ?? 0;
    if (!YEAR_AHEAD_BEFORE.test(head.slice(Math.max(0, at - 8), at)) && !YEAR_AHEAD_AFTER.test(head.slice(at + 2, at + 14))) return true;
  }
  return false;
}

/**
 * The end of the period a report covers, from the date it was published: an annual report's
 * (年度报告, 年报, 全年) the last year-end; else the last quarter-end at least 20 days before —
 * reports come out weeks after their period. Unknown without the document's date.
 */
function reportPeriodEnd(s: string, documentDate: string | undefined): string | null {
  const head = s.slice(0, 600);
  // 2024年度报告, 2024年半年度报告, 2023年度环境信息披露报告: the report names its period, whenever it came out
  // (an annual report of April is no first quarter's).
  const named = REPORT_NAMED.exec(head);
  const namedEnd = named ? (/半年度|中期/.test(named[2] ?? '') ? `${named[1] ?? named[3]}-06-30` : `${named[1] ?? named[3]}-12-31`) : null;
  if (documentDate === undefined || (namedEnd !== null && namedEnd < documentDate)) return namedEnd;
  // (报告期内…；截至2024年12月31日，本行…: a quarter's end the report prints is the end of its period.)
  const printed = [...head.matchAll(PRINTED_QUARTER_END)].map((m) => `${m[1] as string}-${(m[2] as string).padStart(2, '0')}-${m[3] as string}`).filter((d) => QUARTER_ENDS.has(d.slice(5)) && d < documentDate);
  if (printed.length > 0) return printed.sort().at(-1) as string;
  const year = Number(documentDate.slice(0, 4));
  // (A half-year report, 半年度报告/中期报告, is no annual one.)
  if ((/(?<!半)年度报告|(?<!半)年报/.test(head) || wholeYearReported(head)) && !/半年度报告|中期报告|半年报/.test(head)) return `${year - 1}-12-31`;
  const ends = [`${year - 1}-12-31`, `${year}-03-31`, `${year}-06-30`, `${year}-09-30`];
  const before = formatDate(subDays(toDate(documentDate), 20));
  const end = ends.filter((d) => d <= before).pop() ?? `${year - 1}-09-30`;
  // (A report of April whose year before is 2023年末, in 2025, and that names no date of 2025: the annual report of
  // 2024, not the first quarter's.)
  if (end === `${year}-03-31` && s.includes(`${year - 2}年末`) && !s.includes(`${year}年`)) return `${year - 1}-12-31`;
  return end;
}

const PRINTED_QUARTER_END = /(\d{4})年(0?3|0?6|0?9|12)月(3[01])日/g;
const QUARTER_ENDS: ReadonlySet<string> = new Set(['03-31', '06-30', '09-30', '12-31']);
// (2024年度社会责任（ESG）报告: Latin letters in its name too.)
const REPORT_NAMED = /(\d{4})年(半年度|中期)?(?:年度|度)?[\u4e00-\u9fa5（）()、A-Za-z]{0,20}?报告|(\d{4})年报/;

// 由上年末的986.42亿元增至本年末的1,203.75亿元 in a report dated 2025-03-28: 本年末 states a level, so it
// is past — the report's year, the one before the document's — and 上年末 the year before that.
function ownReportTitle(s: string, ref: TimeRef): boolean {
  const lineEnd = s.indexOf('\n');
  if (lineEnd >= 0 && ref.start > lineEnd) return false;
  const line = s.slice(0, lineEnd < 0 ? s.length : lineEnd);
  return /报告|年报/.test(line) && !/通报|发布|公布|披露|显示/.test(line);
}

// Whether a text is a report on the year before its date (报告期末 at the last year-end, by the date it came out).
function annualReportOf(s: string, documentDate: string | undefined): boolean {
  if (documentDate === undefined || !/报告期/.test(s)) return false;
  return reportPeriodEnd(s, documentDate) === `${Number(documentDate.slice(0, 4)) - 1}-12-31`;
}

function reportYearShift(s: string, end: number, yearWord: string | undefined, context: YearContext): number {
  const date = context.documentDate;
  if (!yearWord || date === undefined || date >= `${date.slice(0, 4)}-12-31`) return 0;
  const sentence = s.slice(Math.max(0, end - 40), sentenceEndZh(s, end));
  return /(?:本年|今年)[末底]的?\s*[\d]/.test(sentence) && !GOAL_WORDS_ZH.test(sentence) ? -1 : 0;
}

// The month of a dateline that prints no year (新华社北京4月20日电): a later month in the text is last year's.
function datelineMonthOf(s: string, mentions: readonly Mention[]): number | undefined {
  for (const m of mentions) {
    if (m.kind !== 'date') continue;
    if (isDateline(s, m.span[0], m.span[1])) {
      const month = /(\d{1,2})月/.exec(m.text);
      return month ? Number(month[1]) : undefined;
    }
    if (m.span[0] > 400) break;
  }
  return undefined;
}

/** "BEIJING, Feb. 3 --", "SHANGHAI, Oct. 31 (Xinhua) --": an English dateline follows the place at `end`. */
export function englishDatelineAt(s: string, end: number): boolean {
  // …and "BEIJING -- China's …", a dateline with no date.
  // (Reuters: "BEIJING, Oct 24 (Reuters) - ", one hyphen after the agency.)
  return /^,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*(?:\([A-Za-z]{2,12}\)\s*)?(?:--|—|–)|^,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*\([A-Za-z]{2,12}\)\s*-\s|^\s*(?:\([A-Za-z]{2,12}\)\s*)?--\s/.test(s.slice(end, end + 40));
}

// 新华社北京4月20日电, 本报讯, "BEIJING, Oct. 31 (Xinhua) --", "BEIJING, Feb. 3 --", a publishing stamp at the top.
function isDateline(s: string, start: number, end: number): boolean {
  const after = s.slice(end, end + 12);
  if (/^\s*[电讯]/.test(after) || /^\s*\((?:Xinhua|新华社|记者)/i.test(after) || /^,?\s*\(Xinhua\)/i.test(after)) return true;
  const before = s.slice(Math.max(0, start - 16), start);
  // "BEIJING, Feb. 3 --": a city in capitals, the date, a dash.
  if (/^\s*(?:--|—|–)/.test(after) && /\b[A-Z]{3,}(?: [A-Z]{3,})?,\s*$/.test(before)) return true;
  return /(发布时间|发布日期|来源|日期|时间)[:：]?\s*$/.test(before) || /^\s*\d{1,2}:\d{2}/.test(after);
}

// What a date does where it stands, from the words around it.
// An English sentence that reports (rose, reached, stood at; a headline's climbs, tops) rather than aims (will, aims to).
const PAST_STATEMENT = /\b(?:reached|was|were|stood|increased|grew|rose|climbed|fell|dropped|declined|totall?ed|amounted|had|came to|hit|expanded|jumped|surged|climbs|rises|grows|hits|tops|reaches|exceeds|surges|jumps|stands)\b/i;
const FUTURE_WORDS = /\b(?:aims?|aimed|will|plans?|planned|targets?|targeted|goals?|strives?|expects?|expected|to reach|should|shall|seeks?|pledged|vowed|intended)\b/i;

// A full stop that ends an English sentence: not the one of an abbreviation (U.S., Feb. 3, No. 5).
const SENTENCE_END_EN = /(?<!\b[A-Z]|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|Mr|Ms|Mrs|Dr|Co|Ltd|Inc|St|vs|approx|est))[.!?]\s/g;

/** Where the English sentence around `pos` starts: after its last real full stop, a line break, or 200 characters back. */
function englishSentenceStart(s: string, pos: number): number {
  // (The line break is looked for within the 200 characters only: no scan to the text's start.)
  const window = Math.max(0, pos - 200);
  const from = window + s.slice(window, pos).lastIndexOf('\n') + 1;
  let start = from;
  for (const m of s.slice(from, pos).matchAll(SENTENCE_END_EN)) start = from + m.index + m[0].length;
  return start;
}

// A change against a past date is stated, never aimed at: 较年初净增, 同比增长, 比上年同期多增.
const STATED_CHANGE = /较年初|比年初|同比|比上年|较上年|比去年|较去年|增幅\d|净增/;
// Words of something done (撑起了, 已经超过, 已达): no goal is told so.
const DONE = /已经|已(?:达|超|突破|实现|完成|占)|(?<![为除])了(?!解|结)/;
const GOAL_WORDS_ZH = /力争|目标|确保|争取|以上|不低于|不少于|将|要|计划|预计|预期|拟/;
const GOAL_WORDS_EN = /\b(?:aim(?:s|ed)?|target(?:s|ed)?|goals?|plan(?:s|ned)?|sought|seeks?|will|should|pledged?|vowed?)\b/i;

/** The end of the Chinese sentence at `pos` (its 。, ！, ？ or line break), at most 200 characters on. */
function sentenceEndZh(s: string, pos: number): number {
  const limit = Math.min(s.length, pos + 200);
  for (let k = pos; k < limit; k++) if ('。！？\n'.includes(s[k] as string)) return k;
  return limit;
}

function roleOf(s: string, start: number, end: number, date: string, documentDate: string | undefined): TimeRole {
  const before = s.slice(Math.max(0, start - 24), start);
  if (isDateline(s, start, end)) return 'dateline';
  // 人民银行广东省分行11月13日发布消息: the day a release came out, not a date its figures stand at.
  // 记者1月5日从人民银行湖北省分行获悉, a byline's "2025-10-21 08:05": when the news came, not what it states.
  if (/^\s*(?:对外)?(?:发布|公布|披露|召开|举行|举办)|^\s*(?:从[^，,。；;]{1,24})?(?:获悉|了解到|得知)|^\s*\d{1,2}:\d{2}/.test(s.slice(end, end + 30)) && !/(?:末|底)$/.test(s.slice(start, end))) return 'published';
  if (/\d{1,2}:\d{2}$/.test(s.slice(start, end))) return 'published';
  if (before.lastIndexOf('《') > before.lastIndexOf('》')) return 'title';
  if (/(期限|有效期|执行期|实施期|施行)[^,，。;；]{0,4}$/.test(before)) return 'validity';
  if (/(较|比|与|相比|相较于?|由|从|(?<![来各亲独])自|compared (?:with|to)|since|\bfrom|\bversus|\bvs\.?|\bagainst|(?:percent|per cent|%)\s?over)\s*(?:the\s*)?(?:(?:start|beginning) of\s*)?$/i.test(before)) return 'base';
  // 在2024年末基础上增长50%, 以2024年末为基期: what a change is counted from, however far back.
  if ((/在\s*$/.test(before) && /^\s*(?:的)?基础上/.test(s.slice(end, end + 6))) || (/以\s*$/.test(before) && /^\s*(?:为|作为)(?:基数|基期|基准|起点)/.test(s.slice(end, end + 6)))) return 'base';
  // (较基期（2024年末）, 比方案实施前（2023年末）: the date of a base named by its words, in brackets.)
  if (/(?:较|比)[\u4e00-\u9fa5《》]{1,10}[（(]\s*$/.test(before)) return 'base';
  // ("2.5 percentage points higher than that at the end of last year": the date of what it is compared with.)
  if (/\bthan\s+(?:(?:that|the (?:rate|one|level|figure))\s*)?(?:at|in|of)\s+(?:the\s*)?$/i.test(before)) return 'base';
  // ("0.2 percentage points below the 2020 level", "up from the 2024 average": a year naming what is compared with.)
  if (/\b(?:than|below|above|from|over|on|against|with|to)\s+(?:the|its|their)\s*$/i.test(before) && /^\s*(?:level|figure|average|reading|rate|value)s?\b/i.test(s.slice(end, end + 12))) return 'base';
  // (", compared with 14.6 percent at the end of last year": the date of the figure compared with, too.)
  // (", down from 50.0 percent at the end of 2024", "eased from …": so is the level a rate came down or up from.)
  // (", slower than the 21.7 percent pace recorded at the end of 2024": the date of the pace compared with.)
  // (", the pace slowing from 14.6 percent at end-2024"; ", compared with 37.05 trillion yuan at the end of last year": an
  // amount compared with — not one a level rose from, "rose from 30 billion yuan in 2020 to …", whose date is its own.)
  if (/\b(?:compared (?:with|to)|(?:down|up|eased|easing|slowed|slowing|accelerated|accelerating|quickened|quickening|picked up|picking up) from|than(?: the| a| an)?)\s+(?:[a-z-]+\s+){0,3}[\d.]+\s*(?:percent|per cent|pct|%)\s+(?:[a-z-]+\s+){0,3}(?:at|in|by|as of)\s+(?:the\s*)?(?:end of\s*)?$/i.test(s.slice(Math.max(0, start - 60), start)) || /\bcompared (?:with|to)\s+[\d.]+\s*(?:(?:trillion|billion|million|trln|bln)\s+)?yuan\s+(?:at|in|by|as of)\s+(?:the\s*)?(?:end of\s*)?$/i.test(s.slice(Math.max(0, start - 60), start))) return 'base';
  // 上年末以来累计新增…: since then, up to the date in force — the start of a change, not a date figures stand at.
  // (A point only: 2025年以来 is the year so far, a period figures stand at.)
  if (/(?:末|底|初)$/.test(s.slice(start, end)) && /^\s{0,2}(?:以来|起|至今)/.test(s.slice(end, end + 6))) return 'base';
  // 是试验区获批当年2017年末（301.2亿元）的4.6倍: the base of a multiple.
  if (/^[^,，;；。]{0,24}的\s*[\d.]+\s*倍/.test(s.slice(end, end + 40))) return 'base';
  if (/(截至|截止|as of( the end of)?)\s*$/i.test(s.slice(Math.max(0, start - 18), start))) return 'as-of';
  // 至110年5月底止: up to and including that date, as of it.
  if (/(?:至|到)\s*$/.test(before) && /^\s*(?:止|为止)/.test(s.slice(end, end + 4))) return 'as-of';
  // "By the end of March 2025, the balance … reached": an English summary's past tense states what is.
  const rest = s.slice(end, Math.min(s.length, end + 240));
  if (/^[^.;]*\b(reached|was|were|stood|increased|grew|rose|totall?ed|amounted|had)\b/i.test(rest) && !/^[^.;]*\b(aims?|will|plans?|targets?|goals?|strives?|expects?|to reach)\b/i.test(rest)) {
    return 'as-of';
  }
  // "… rose 18.2 percent to 412.6 billion yuan by the end of September": the verb before, in the past, states what is.
  if (/^[A-Za-z]/.test(s.slice(start, end))) {
    const clause = s.slice(englishSentenceStart(s, start), start);
    if (PAST_STATEMENT.test(clause) && !FUTURE_WORDS.test(clause)) return 'as-of';
  }
  const dated = /^\d{4}-/.test(date) && documentDate !== undefined;
  if (dated && date > (documentDate as string)) return 'deadline';
  // 到2027年, 至2030年 — but not 增至2026年末的 (a level reached then) nor 截至.
  // (计划2025年末…达到8000亿元, 年初预计…, 确保…: a goal's word right before its date, however past the date.)
  const by = /(by|(?<!截止|截|增|加|长|升|高|降|少|低|减|扩大)到|(?<!截|增|加|长|升|高|降|少|低|减|扩大)至|力争|(?:计划|确保|争取|预计|预期|目标(?:是|为)|(?:年初|年度)(?:确定|设定|明确))(?:在|于|到|至)?)\s*(the\s*)?(end of\s*)?$/i.test(s.slice(Math.max(0, start - 16), start));
  if (!by) return 'as-of';
  const sentenceEnd = sentenceEndZh(s, end);
  const goalish = GOAL_WORDS_ZH.test(s.slice(Math.max(0, start - 16), sentenceEnd)) || GOAL_WORDS_EN.test(s.slice(englishSentenceStart(s, start), start));
  // 到2021年6月末，…余额达625.37亿元，较年初净增75.90亿元: a sentence that compares with the past states what is.
  // (到2025年6月末，…合计约23.8万亿元，撑起了…: so does one told as done.)
  if (!dated && (STATED_CHANGE.test(s.slice(end, sentenceEnd)) || DONE.test(s.slice(end, sentenceEnd))) && !goalish) return 'as-of';
  if (!(dated && date < (documentDate as string))) return 'deadline';
  // A deadline already past is still one when the sentence sets a goal (规划提出，到2025年末…达到3000亿元),
  // not when it states what came of it (到2021年6月末，…规模为47.06亿元).
  return goalish || /(?<!已|已经)达到/.test(s.slice(end, sentenceEnd)) ? 'deadline' : 'as-of';
}

/** The dates in force along a text, looked up by position with binary searches. */
// Between two cells of a table's row: a bar or a tab.
const TABLE_ROW = /[|｜\t]/;

export class TimeIndex {
  /** As-of dates and periods, by position. */
  readonly asOf: readonly TimeRef[];
  readonly deadlines: readonly TimeRef[];
  private readonly lastPoint: readonly number[];
  /** Where sentences end (。！？), by position. */
  private readonly stops: readonly number[];
  /** Where lines end (\n), by position. */
  private readonly breaks: readonly number[];
  private readonly text: string;

  constructor(
    readonly refs: readonly TimeRef[],
    private readonly documentDate: string | undefined,
    text = '',
  ) {
    this.asOf = refs.filter((r) => r.role === 'as-of');
    this.deadlines = refs.filter((r) => r.role === 'deadline');
    const last: number[] = [];
    // (A table's header, | 2025年9月末 | 2024年末 |: the text after the table goes on at its latest date, not its last.)
    // (Lines by their breaks, found once: a search back from each date would be quadratic on one long line.)
    const breaks: number[] = [];
    for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) breaks.push(k);
    const stops: number[] = [];
    for (let k = 0; k < text.length; k++) if (text[k] === '。' || text[k] === '！' || text[k] === '？') stops.push(k);
    this.stops = stops;
    this.breaks = breaks;
    this.text = text;
    const lineOf = (r: TimeRef): number => lowerBound(breaks, r.start, (b) => b);
    this.asOf.forEach((r, i) => {
      const before = i > 0 ? (last[i - 1] as number) : -1;
      if (r.period !== undefined || r.until !== undefined) return last.push(before);
      const prior = this.asOf[before];
      // (Neighbouring cells only: a slice back to a far date on one long line would be quadratic.)
      const sameRow = prior !== undefined && r.start - prior.end <= 40 && lineOf(prior) === lineOf(r) && TABLE_ROW.test(text.slice(prior.end, r.start));
      last.push(sameRow && compareDates(prior.date, r.date) > 0 ? before : i);
    });
    this.lastPoint = last;
  }

  /**
   * The time of a figure at `pos` in the paragraph [from, to): the last as-of date before it in
   * the paragraph; else the paragraph's first point after it (辖区已有14家… 截至2025年6月末…);
   * else the last point date of the text before it, else the end of the last period it spoke
   * of; else (a headline's) the first date after it, the latest for a level `passed` (突破, 超);
   * else the document's date; else the text's unstated date.
   */
  at(pos: number, from: number, to: number, passed = false): FigureTime {
    const i = lowerBound(this.asOf, pos, (r) => r.start);
    let previous = this.asOf[i - 1];
    // (A date whose force ended — 上年末… listing what stood then, to its sentence's end — gives way to the one before.)
    for (let k = i - 2; previous?.until !== undefined && pos >= previous.until; k--) previous = this.asOf[k];
    // (2024年末，…。今年以来，绿色贷款较年初增长10%，截至2025年6月末余额1100亿元: a sentence that states its own date
    // after the figure stands at it, not at the date of a sentence before.)
    const own = this.asOf[i];
    const sentence = lowerBound(this.stops, pos, (x) => x);
    if (previous && own && own.start < to && own.period === undefined && !EARLIER_WORD.test(own.text) && lowerBound(this.stops, own.start, (x) => x) === sentence && lowerBound(this.stops, previous.start, (x) => x) < sentence) return timeOf(own, 'paragraph');
    // ("…rose 15.6 percent year-to-date in September, after a 14.4 percent rise by June": an English clause after the
    // date in force that names its own date after its figure stands at it.)
    if (previous && own && own.period === undefined && /^[A-Za-z]/.test(own.text) && own.start - pos <= 60 && !/[;]|[,.](?!\d)|\b(?:than|from|over|compared|against|versus|since|on)\b/i.test(this.text.slice(pos, own.start)) && /[,;]/.test(this.text.slice(previous.end, pos))) return timeOf(own, 'paragraph');
    if (previous && previous.start >= from) return timeOf(previous, 'paragraph');
    // (Not a time named by its distance back from now — 上年末, 年初, 上年同期: what the figures before it stood at
    // is later than that.)
    // (…截至2018年年底，…。⏎银行涉农贷款余额…。截至2018年6月份，…: after a date the text stated before, only its own
    // sentence's — a later sentence's date is that sentence's.)
    const stated = i > 0;
    for (let k = i; k < this.asOf.length && (this.asOf[k] as TimeRef).start < to; k++) {
      const r = this.asOf[k] as TimeRef;
      if (stated && lowerBound(this.stops, pos, (x) => x) < lowerBound(this.stops, r.start, (x) => x)) break;
      if (r.period === undefined && !EARLIER_WORD.test(r.text)) return timeOf(r, 'paragraph');
    }
    // (上年末，…。本行各项贷款余额…: an earlier time whose sentence is over dates nothing after it.)
    const p = i > 0 ? (this.asOf[i - 1] as TimeRef) : undefined;
    if (p && !(p.until !== undefined && pos >= p.until && EARLIER_WORD.test(p.text))) {
      const k = this.lastPoint[i - 1] as number;
      if (k >= 0) return timeOf(this.asOf[k] as TimeRef, 'document');
      return { date: p.date, from: 'document' };
    }
    // A headline before any date (上海普惠型小微企业贷款余额突破1万亿元 / 2023年5月末…) restates its lead: the lead's
    // first date — or, for a level passed (突破6800亿元 over 6月末…。9月末…), the latest: a level is passed once.
    let chosen: TimeRef | undefined;
    for (let k = i; k < this.asOf.length && (this.asOf[k] as TimeRef).start - pos <= HEADLINE_AHEAD; k++) {
      const r = this.asOf[k] as TimeRef;
      // (福建绿色贷款余额首破万亿 / 去年末，全省…: a lead that opens with its date named back from now stands at it.)
      if (r.period !== undefined || (EARLIER_WORD.test(r.text) && (k > i || !this.belowLine(pos, r.start)))) continue;
      if (!passed) return timeOf(r, 'document');
      if (chosen === undefined || compareDates(r.date, chosen.date) > 0) chosen = r;
    }
    if (chosen) return timeOf(chosen, 'document');
    if (this.documentDate !== undefined) return { date: this.documentDate, from: 'option' };
    return { date: UNDATED, from: 'none' };
  }

  /** Whether `at` stands on a later line than `pos` (a lead below its headline). */
  private belowLine(pos: number, at: number): boolean {
    return lowerBound(this.breaks, at, (b) => b) > lowerBound(this.breaks, pos, (b) => b);
  }

  /** The as-of date stated in [from, pos), if any: for facts, which carry no date over. */
  statedIn(from: number, pos: number): TimeRef | undefined {
    const r = this.asOf[lowerBound(this.asOf, pos, (x) => x.start) - 1];
    return r && r.start >= from ? r : undefined;
  }

  /** The last period (一季度, 上半年, 1—6月) named in [from, to): a flow's own period. */
  periodIn(from: number, to: number): TimeRef | undefined {
    for (let k = lowerBound(this.asOf, to, (r) => r.start) - 1; k >= 0; k--) {
      const r = this.asOf[k] as TimeRef;
      if (r.start < from) return undefined;
      if (r.end > to) continue;
      // A point stated after the period (上半年…，截至6月末) is the date in force, not the period.
      return r.period ? r : undefined;
    }
    return undefined;
  }

  /** The last deadline before `pos` at or after `from`. */
  deadlineBefore(from: number, pos: number): TimeRef | undefined {
    const d = this.deadlines[lowerBound(this.deadlines, pos, (x) => x.start) - 1];
    return d && d.start >= from ? d : undefined;
  }

  /** The first deadline at or after `pos` and before `to`. */
  deadlineAfter(pos: number, to: number): TimeRef | undefined {
    const d = this.deadlines[lowerBound(this.deadlines, pos, (x) => x.start)];
    return d && d.start < to ? d : undefined;
  }

  /** The last as-of date or period before `pos` at or after `from`. */
  asOfBefore(from: number, pos: number): TimeRef | undefined {
    const r = this.asOf[lowerBound(this.asOf, pos, (x) => x.start) - 1];
    return r && r.start >= from ? r : undefined;
  }
}

function timeOf(r: TimeRef, from: FigureTime['from']): FigureTime {
  return { date: r.date, ...(r.period ? { period: r.period } : {}), from, at: r.start };
}

/** Index of the first item whose key is at least `value` (items sorted by key). */
export function lowerBound<T>(items: readonly T[], value: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(items[mid] as T) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
