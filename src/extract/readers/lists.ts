import type { Basis } from '../../domain/observation.js';
import type { Period } from '../../domain/primitives.js';
import type { Doc } from '../document.js';
import { basisBetween } from '../../period/basisBetween.js';
import { monthEnd } from '../parseDate.js';
import type { FigureContext } from '../frame/frame.js';
import { WINDOW } from '../frame/frame.js';
import { MONTH_ALONE, type TimeRef, lowerBound } from '../frame/time.js';
import { areaWordHolder } from '../frame/holder.js';
import { BREAKDOWN_HEAD_ALL, isEnglish, subjectIn, subjectStretchStart } from '../frame/subject.js';
import { type Subject, readSubjectEn, readSubjectZh, subjectOf } from '../lexicon/subjects.js';
import type { FigureMention } from '../mention.js';

const AREA_JOINED = /((?:全|我|本)(?:国|省|市|区|县))\s{0,2}(?:和|与|及|、)\s{0,2}$/;

/** What a 分别 list's figures go with, in order: subjects, holders (济南、青岛两市), or bases (较年初和去年同期). */
export type ListItems =
  | { readonly kind: 'subjects'; readonly items: readonly Subject[]; /** The phrase the items were split from: their joint name. */ readonly phrase?: Subject }
  | { readonly kind: 'holders'; readonly items: readonly string[]; readonly subject: Subject | undefined }
  | { readonly kind: 'bases'; readonly items: readonly Basis[]; /** The subject named before 分别, when it is not the one in force. */ readonly subject?: Subject }
  | { readonly kind: 'dates'; readonly items: readonly string[]; readonly subject: Subject | undefined }
  /** Periods joined before the mark (一季度、二季度、三季度…分别增加): the flows of each. */
  | { readonly kind: 'periods'; readonly items: readonly Period[]; readonly subject: Subject | undefined }
  /** The wholes of the shares its sentence stated before the mark (占全体企业…为64.13%，占民营企业…为67.59%，较上月底分别上升…). */
  | { readonly kind: 'wholes'; readonly items: readonly string[]; readonly subject: Subject };

/** Where lists are marked: 分别 (and 依次, Taiwan's 依序) before their figures, "respectively" after them. */
export interface ListMarks {
  readonly before: readonly number[];
  readonly after: readonly number[];
}

export function listMarks(s: string): ListMarks {
  const before: number[] = [];
  const after: number[] = [];
  for (const m of s.matchAll(/分别|分別|依次|依序|respectively/gi)) (m[0].toLowerCase() === 'respectively' ? after : before).push(m.index);
  return { before, after };
}

/** The "respectively" after a figure in its sentence, if any: English zips its list there. */
export function listMarkAfter(doc: Doc, marks: ListMarks, ctx: FigureContext): number {
  const at = marks.after[lowerBound(marks.after, ctx.m.span[1], (x) => x)];
  // "…, 8.57 billion yuan more than at the start of the year; within them, … respectively": a semicolon closes the list's reach.
  return at !== undefined && at < ctx.sentence.end && at - ctx.m.span[1] <= WINDOW && !/[;；]/.test(doc.s.slice(ctx.m.span[1], at)) ? at : -1;
}

/** The 分别 mark a figure is read under, if any: in its sentence, before it, within reach, with no new subject named since. */
export function listMarkBefore(marks: ListMarks, ctx: FigureContext): number {
  const at = marks.before[lowerBound(marks.before, ctx.m.span[0], (x) => x) - 1];
  // (…分别为3.82万亿元和2.18万亿元，前者同比增长18.3%: a figure of one item, pointed back to, is no more of the list.)
  return at !== undefined && at >= ctx.sentence.start && ctx.m.span[0] - at <= WINDOW && !POINTED_BACK.test(ctx.cue) ? at : -1;
}

// 两地, 三市, 等三县: the places just named, counted — no words of the loans.
const PLACES_COUNTED = /^[两二三四五六七八九十]?等?[两二三四五六七八九十]?(?:市|省|县|区|地)/;
const POINTED_BACK = /(?:前者|后者)[^，,；;。]{0,12}$/;
const SEPARATORS = /、|和|及|与|以及|,\s*(?:and\s+)?|(?<!\s)\s+and\s+/g;

/**
 * The items a list zips its figures with, read from the words before 分别: subjects joined by
 * 、和及与 with their shared head (高新技术企业、专精特新中小企业的贷款 → 高新技术企业贷款,
 * 专精特新中小企业贷款; 直接和间接碳减排效益项目的贷款 → two subjects), places (济南、青岛两市),
 * banks, or two bases (较年初和去年同期分别增长). `count`: how many figures the list has.
 */
export function listItems(doc: Doc, ctx: FigureContext, mark: number, count: number, previousEnd: number): ListItems | undefined {
  const s = doc.s;
  const reach = Math.max(ctx.sentence.start, ctx.windowStart, mark - WINDOW);
  // (…；按地区划分，东部、西部地区分别增长: the items stand after the breakdown's heading, never before it.)
  const heading = [...s.slice(reach, mark).matchAll(BREAKDOWN_HEAD_ALL)].pop();
  const from = heading ? reach + heading.index + heading[0].length : reach;
  // 较年初和去年同期分别增长: two bases.
  const before = s.slice(Math.max(from, mark - 16), mark);
  // (增速分别比上月末和上年同期低0.2个和1.5个百分点: the bases after 分别, the monthly report's sentence.)
  const now = doc.times.at(mark, ctx.paragraphStart, ctx.paragraphEnd).date;
  const bases = basesBefore(before, now) ?? basesAfter(s.slice(mark, mark + 24), now);
  if (bases && bases.length === count) return { kind: 'bases', items: bases };
  // Dates joined before the mark: 2025年3月末、6月末，…余额分别为1530亿元和1590亿元.
  // (2023年、2024年和2025年，…余额分别为 / 分别新增: the balances at the years' ends, the flows of the years.)
  const yearly = /余额|餘額|balance|新增|增加|净增|投放|发放/i.test(s.slice(from, mark + 8));
  const refs = doc.times.refs.filter((r) => r.role === 'as-of' && r.start >= from && r.end <= mark);
  const dates = joined(s, refs.filter((r) => r.period === undefined || (yearly && /-01-01$/.test(r.period.from) && /-12-31$/.test(r.period.to) && r.period.from.slice(0, 4) === r.period.to.slice(0, 4))));
  // 2022—2024年，…余额分别为: a range of years, one figure a year.
  const range = yearly && dates.length < 2 ? refs.find((r) => r.period !== undefined && /-01-01$/.test(r.period.from) && /-12-31$/.test(r.period.to) && Number(r.period.to.slice(0, 4)) - Number(r.period.from.slice(0, 4)) + 1 === count) : undefined;
  if (range?.period && count >= 2) {
    const first = Number(range.period.from.slice(0, 4));
    return { kind: 'dates', items: Array.from({ length: count }, (_, k) => `${first + k}-12-31`), subject: readSubjectZh(s.slice(range.end, mark), range.end) };
  }
  if (dates.length >= 2 && dates.length === count) {
    const last = dates[dates.length - 1] as { end: number };
    const subject = readSubjectZh(s.slice(last.end, mark), last.end);
    // (7月、8月、9月…分别增加: months named alone, each flow over its month.)
    if (/新增|增加|净增|发放|投放/.test(s.slice(from, mark + 8)) && dates.every((d) => MONTH_ALONE.test(d.text))) {
      return { kind: 'periods', items: dates.map((d) => ({ from: `${d.date.slice(0, -2)}01`, to: d.date })), subject };
    }
    return { kind: 'dates', items: dates.map((d) => d.date), subject };
  }
  // 一、二、三季度…分别增加: quarters named by their numerals before the last one's 季度, of its year.
  const shortened = yearly ? quartersShortened(s, refs, from, mark) : undefined;
  if (shortened && shortened.items.length === count) return shortened;
  // 一季度、二季度、三季度…分别增加: the flows of the periods, each over its own.
  const periods = yearly ? joined(s, refs.filter((r) => r.period !== undefined && r.period.from.slice(0, -5) === r.period.to.slice(0, -5))) : [];
  if (periods.length >= 2 && periods.length === count) {
    const last = periods[periods.length - 1] as { end: number };
    return { kind: 'periods', items: periods.map((r) => r.period as Period), subject: readSubjectZh(s.slice(last.end, mark), last.end) };
  }
  // 本行杭州分行、宁波分行…分别为: the branches of one bank, each a holder of its own.
  const branches = branchesOf(s.slice(from, mark), count);
  if (branches) return { kind: 'holders', items: branches.holders, subject: readSubjectZh(s.slice(from + branches.end, mark).replace(/^的/, ''), from + branches.end) };
  // Places joined before the mark: 济南、青岛两市, 东营、烟台、潍坊等三市.
  const places = doc.within(doc.places, from, mark, (p) => [p.start, p.end]);
  const run = joined(s, places);
  // 全省和济南市…分别为: the text's area by its word, then the places joined to it.
  const firstPlace = run[0];
  const area = firstPlace && run.length === count - 1 ? AREA_JOINED.exec(s.slice(Math.max(from, firstPlace.start - 5), firstPlace.start)) : null;
  if (area && firstPlace) {
    const last = run[run.length - 1] as { end: number };
    const holder = areaWordHolder(area[1] as string, doc.holderScope(ctx.paragraphStart, firstPlace.start));
    const subject = readSubjectZh(s.slice(last.end, mark).replace(PLACES_COUNTED, ''), last.end);
    return { kind: 'holders', items: [holder, ...run.map((p) => p.holder)], subject };
  }
  // 寿光市绿色贷款余额312.6亿元，青州市65.2亿元，诸城市48.3亿元，分别较年初增长…: each place with its level, then the list.
  const placesLevelled = run.length < 2 ? withLevels(s, places) : [];
  if (placesLevelled.length >= 2 && placesLevelled.length === count) {
    const first = placesLevelled[0] as { end: number };
    const last = placesLevelled[placesLevelled.length - 1] as { end: number };
    // (…，青州市65.2亿元，两地科技贷款分别…: loans named after the levels, right before the mark, are the list's.)
    const afterLevels = s.slice(last.end, mark);
    const comma = afterLevels.search(/[，,]/);
    const named = comma >= 0 ? readSubjectZh(afterLevels.slice(comma + 1).replace(PLACES_COUNTED, ''), last.end + comma + 1) : undefined;
    const words = s.slice(first.end, first.end + 24);
    const digit = words.search(/\d/);
    return { kind: 'holders', items: placesLevelled.map((p) => p.holder), subject: named ?? readSubjectZh(digit >= 0 ? words.slice(0, digit) : words, first.end) };
  }
  if (run.length >= 2 && run.length === count) {
    const last = run[run.length - 1] as { end: number };
    const subject = readSubjectZh(s.slice(last.end, mark).replace(PLACES_COUNTED, ''), last.end);
    return { kind: 'holders', items: run.map((p) => p.holder), subject };
  }
  // 三市绿色贷款比年初分别增加…, 两行…分别: the places (banks) its count names back to, the last as many named before.
  const counted = run.length === 0 ? COUNTED_HOLDERS.exec(s.slice(from, mark)) : null;
  const back = counted && COUNT[counted[1] as string] === count ? namedBack(doc, ctx.paragraphStart, from, count, counted[2] === '行') : undefined;
  if (counted && back) {
    const after = from + counted.index + counted[0].length;
    return { kind: 'holders', items: back, subject: readSubjectZh(s.slice(after, mark), after) };
  }
  const named = doc.within(doc.banks, from, mark, (b) => [b.start, b.end]);
  const banks = joined(s, named);
  // 民生银行1073.17亿元、浙商银行1042.44亿元，较上年末分别增加…: each bank with its level, then the list.
  const levelled = withLevels(s, named);
  if (banks.length < 2 && levelled.length >= 2 && levelled.length === count) {
    return { kind: 'holders', items: levelled.map((b) => b.holder), subject: undefined };
  }
  if (banks.length >= 2 && banks.length === count) {
    // 青岛银行、齐鲁银行的科技贷款分别…: the subject after the banks.
    const last = banks[banks.length - 1] as { end: number };
    // (…放款餘額前三大銀行依序為一銀、台企銀、兆豐銀，餘額分別為: else the subject named before the banks.)
    const first = banks[0] as { start: number };
    return { kind: 'holders', items: banks.map((b) => b.holder), subject: readSubjectZh(s.slice(last.end, mark).replace(/^的/, ''), last.end) ?? subjectBeforeBalance(doc, from, first.start) };
  }
  // 其中甲镇、乙镇分别为…: towns (townships, villages) the region list does not name, each a place of its own.
  const towns = TOWNS.exec(s.slice(Math.max(from, ctx.clauseStart), mark));
  if (towns) {
    const names = (towns[1] as string).split(/[、和及与]/);
    if (names.length === count) return { kind: 'holders', items: names.map((n) => `place:${n}`), subject: undefined };
  }
  // Subjects: the phrase before the mark, split at its coordination into `count` items.
  const start = Math.max(subjectStretchStart(doc, { ...ctx, m: { ...ctx.m, span: [mark, mark] } as FigureMention }, previousEnd), from);
  // (科技型中小企业贷款余额、高新技术企业贷款余额分别为: each item says its measure; read as spaces, it splits no item.)
  const text = s.slice(start, mark).replace(MEASURE_PER_ITEM, (w) => ' '.repeat(w.length));
  const english = isEnglish(text);
  const phrase = english ? readSubjectEn(text, start) : readSubjectZh(text, start);
  if (!phrase) return english ? undefined : fieldsOfSubject(doc, from, mark, count);
  if (!english && /^(?:贷款|信贷)$/.test(phrase.words)) {
    const fields = fieldItems(s.slice(from, phrase.start), from, phrase.words, count);
    if (fields) return { kind: 'subjects', items: fields };
  }
  const items = splitCoordination(english ? text.slice(phrase.start - start, phrase.end - start) : text.slice(phrase.start - start, phrase.end - start).replace(/\s+/g, ''), count, english);
  if (!items) return undefined;
  const subjects = items.map((w) => subjectOf(w, phrase.start, phrase.end, english ? 'en' : 'zh'));
  if (subjects.some((x) => x === undefined)) return undefined;
  return { kind: 'subjects', items: (subjects as Subject[]).map((x) => (phrase.scope && !x.scope ? { ...x, scope: phrase.scope } : x)), phrase };
}

const MEASURE_PER_ITEM = /(?:余额|餘額)(?=[、和及与])/g;
// Towns joined before a list's mark, after 其中: 甲镇、乙镇, 城关镇和东关镇.
const TOWNS = /^[\s，,；;]*(?:其中[，,：:]?)?((?:[\u4e00-\u9fa5]{1,6}?(?:镇|乡|街道|村)[、和及与]){1,7}[\u4e00-\u9fa5]{1,6}?(?:镇|乡|街道|村))(?:的)?[^、，,；;。\d]{0,12}$/;
// (A branch name never holds 行 nor the words that join a list: 本行杭州分行 is 杭州分行 of 本行; 济南分行和青岛分行.)
const BRANCH_NAME = /((?:(?![行和及与])[\u4e00-\u9fa5]){2,3})分行/g;
const BRANCH_PARENT = /(本行|我行|[\u4e00-\u9fa5]{2,8}银行)$/;
/**
 * 本行杭州分行、宁波分行, 工商银行杭州分行和宁波分行: the branches of one bank joined in a list, as holders (the
 * named bank's branch, or the speaking bank's); undefined unless there are `count` of them, joined by 、和及与 alone.
 */
function branchesOf(text: string, count: number): { holders: string[]; end: number } | undefined {
  const found = [...text.matchAll(BRANCH_NAME)];
  if (found.length !== count || count < 2) return undefined;
  for (let k = 1; k < found.length; k++) {
    const prev = found[k - 1] as RegExpExecArray;
    if (!/^[、和及与]$/.test(text.slice(prev.index + prev[0].length, (found[k] as RegExpExecArray).index))) return undefined;
  }
  const first = found[0] as RegExpExecArray;
  const parent = BRANCH_PARENT.exec(text.slice(Math.max(0, first.index - 10), first.index))?.[1];
  if (!parent) return undefined;
  const last = found[found.length - 1] as RegExpExecArray;
  const holders = found.map((m) => (/^(?:本行|我行)$/.test(parent) ? `entity:bank/${m[0]}` : `bank:${parent}${m[0]}`));
  return { holders, end: last.index + last[0].length };
}

// A count of places or banks opening a list's clause (after its time, if any): 三市, 两县, 两行.
const COUNTED_HOLDERS = /^(?:[^，,;；。]{0,14}[，,])?\s*(两|二|三|四|五)(市|县|区|行)(?![业政场])/;
const COUNT: Readonly<Record<string, number>> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5 };

/** The last `count` different places (banks) named in [from, to), in the order named, when there are that many. */
function namedBack(doc: Doc, from: number, to: number, count: number, banks: boolean): string[] | undefined {
  const hits = banks ? doc.within(doc.banks, from, to, (b) => [b.start, b.end]) : doc.within(doc.places, from, to, (p) => [p.start, p.end]);
  const holders: string[] = [];
  for (let k = hits.length - 1; k >= 0 && holders.length < count; k--) {
    const holder = (hits[k] as { holder: string }).holder;
    if (!holders.includes(holder)) holders.unshift(holder);
  }
  return holders.length === count ? holders : undefined;
}
const QUARTERS_SHORTENED = /((?:[一二三四][、和及]){1,3}[一二三四])季度?/g;
const QUARTER_NUMBER: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4 };

/** 一、二、三季度: the quarters of the year the last one's time names, when their numerals run before it. */
function quartersShortened(s: string, refs: readonly TimeRef[], from: number, mark: number): Extract<ListItems, { kind: 'periods' }> | undefined {
  let found: RegExpExecArray | undefined;
  for (const m of s.slice(from, mark).matchAll(QUARTERS_SHORTENED)) found = m;
  if (!found) return undefined;
  const end = from + found.index + found[0].length;
  const last = refs.find((r) => r.period !== undefined && r.end === end);
  const year = last?.period?.from.slice(0, -6);
  if (!last || year === undefined) return undefined;
  const quarters = (found[1] as string).split(/[、和及]/).map((q) => QUARTER_NUMBER[q] as number);
  if (quarters.some((q, i) => i > 0 && q <= (quarters[i - 1] as number))) return undefined;
  const items = quarters.map((q) => {
    const to = `${year}-${String(q * 3).padStart(2, '0')}-${q === 1 || q === 4 ? '31' : '30'}`;
    return { from: `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`, to };
  });
  return { kind: 'periods', items, subject: readSubjectZh(s.slice(end, mark), end) };
}

/** How many banks are named together right before a list's mark (台湾银行、土地银行、合作金库，分别…). */
export function banksJoinedBefore(doc: Doc, ctx: FigureContext, mark: number): number {
  const from = Math.max(ctx.sentence.start, ctx.windowStart, mark - WINDOW);
  return joined(doc.s, doc.within(doc.banks, from, mark, (b) => [b.start, b.end])).length;
}

// 科技、绿色、普惠、养老、数字五个领域，贷款增速依次为…: fields named before, their loans after.
const FIELD_RUN = /((?:[\u4e00-\u9fa5]{1,8}、){1,9}[\u4e00-\u9fa5]{1,8}?)等?(?:[两二三四五六七八九十\d]{1,2}个?)?(?:领域|方面|行业|板块)/g;

function fieldItems(text: string, offset: number, head: string, count: number): Subject[] | undefined {
  let last: RegExpExecArray | undefined;
  for (const m of text.matchAll(FIELD_RUN)) last = m as RegExpExecArray;
  if (!last) return undefined;
  const words = (last[1] as string).split(/、|和|及/);
  if (words.length !== count) return undefined;
  // The run starts where the text does (具体到科技、绿色…): the first field is as long as the longest other.
  words[0] = (words[0] as string).slice(-Math.max(...words.slice(1).map((w) => w.length)));
  const at = offset + last.index;
  const subjects = words.map((w) => subjectOf(`${w}${head}`, at, at + (last as RegExpExecArray)[0].length, 'zh'));
  return subjects.every((x) => x !== undefined) ? (subjects as Subject[]) : undefined;
}

// 全省科技贷款重点投向信息技术、生物医药领域，余额分别为…: the fields are parts of the loans named before them.
function fieldsOfSubject(doc: Doc, from: number, mark: number, count: number): ListItems | undefined {
  const s = doc.s;
  let last: RegExpExecArray | undefined;
  for (const m of s.slice(from, mark).matchAll(FIELD_RUN)) last = m as RegExpExecArray;
  if (!last) return spreadOfSubject(doc, from, mark, count);
  const at = from + last.index;
  // (After the date that opens the sentence: 截至9月末，全省科技贷款…)
  const date = doc.times.refs[lowerBound(doc.times.refs, at, (r) => r.start) - 1];
  const start = date && date.start >= from && date.end <= at ? date.end : from;
  const loans = readSubjectZh(s.slice(start, at).replace(/(?:重点|主要|集中)?(?:投向|投放于|投放|支持|流向)$/, ''), start);
  if (!loans || !/(?:贷款|信贷|融资)$/.test(loans.words)) return undefined;
  const words = (last[1] as string).split(/、|和|及/);
  if (words.length !== count) return undefined;
  words[0] = (words[0] as string).slice(-Math.max(...words.slice(1).map((w) => w.length)));
  return { kind: 'subjects', items: words.map((w) => ({ ...loans, part: w, words: `${w}${loans.words}`, start: at, end: at + (last as RegExpExecArray)[0].length })) };
}

// 绿色贷款主要投向清洁能源和基础设施绿色升级产业，余额分别为…: what the loans went to, item by item, parts of them.
const SPREAD_TO = /(?:主要|重点|集中)?(?:投向|投放于|流向|集中(?:在|于)|分布(?:在|于))/g;

function spreadOfSubject(doc: Doc, from: number, mark: number, count: number): ListItems | undefined {
  const s = doc.s;
  let verb: RegExpExecArray | undefined;
  for (const m of s.slice(from, mark).matchAll(SPREAD_TO)) verb = m as RegExpExecArray;
  if (!verb) return undefined;
  const at = from + verb.index;
  const itemsEnd = s.slice(at + verb[0].length, mark).search(/[,，;；]/);
  if (itemsEnd < 0) return undefined;
  const words = s.slice(at + verb[0].length, at + verb[0].length + itemsEnd).replace(/等?(?:产业|行业|领域|方面)$/, '').split(/、|和|及|与/);
  if (words.length !== count || words.some((w) => w.length < 2 || w.length > 16)) return undefined;
  const date = doc.times.refs[lowerBound(doc.times.refs, at, (r) => r.start) - 1];
  const start = date && date.start >= from && date.end <= at ? date.end : from;
  const loans = readSubjectZh(s.slice(start, at), start);
  if (!loans || !/(?:贷款|信贷|融资)$/.test(loans.words)) return undefined;
  return { kind: 'subjects', items: words.map((w) => ({ ...loans, part: w, words: `${w}${loans.words}`, start: at, end: mark })) };
}

// Items joined by 、和及与 (济南、青岛) or English commas and "and" only: the longest such run ending last.
export function joined<T extends { start: number; end: number }>(s: string, hits: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i] as T;
    const next = out[0];
    // (English joins with commas and "and": "ABC, CCB and BoCom".)
    if (next && !/^(?:、|和|及|与|,|，|,? and |, )$/.test(s.slice(h.end, next.start))) break;
    out.unshift(h);
  }
  return out;
}

// Items each followed by its own figure (民生银行1073.17亿元、浙商银行1042.44亿元): the longest such run ending last.
// (寿光市绿色贷款余额312.6亿元，: the first item may name the loans too.)
const WITH_LEVEL = /^(?:[\u4e00-\u9fa5]{0,10}?贷款)?(?:余额|的|为|达)?\s*\d[\d,.]*\s*(?:万亿|亿|万)?元\s*(?:、|和|及|与|,|，)$/;
const LAST_LEVEL = /^(?:余额|的|为|达)?\s*\d[\d,.]*\s*(?:万亿|亿|万)?元\s*[,，]/;

function withLevels<T extends { start: number; end: number }>(s: string, hits: readonly T[]): T[] {
  const last = hits[hits.length - 1];
  if (!last || !LAST_LEVEL.test(s.slice(last.end, last.end + 24))) return [];
  const out: T[] = [last];
  for (let i = hits.length - 2; i >= 0; i--) {
    const h = hits[i] as T;
    if (!WITH_LEVEL.test(s.slice(h.end, (out[0] as T).start))) break;
    out.unshift(h);
  }
  return out;
}

/**
 * A coordinated phrase split into `count` items with their shared words distributed:
 * 高新技术企业、专精特新中小企业的贷款 (2) → 高新技术企业的贷款, 专精特新中小企业的贷款.
 */
export function splitCoordination(phrase: string, count: number, english = false): string[] | undefined {
  if (!english) return splitItems(phrase, count, english);
  // ("inclusive loans to micro and small businesses": one kind of firm, its sizes joined — no list.)
  const masked = phrase.replace(SIZES_JOINED, (_m, size: string, joint: string) => `${size}${joint.replace(/,/g, '~c~').replace(/and/g, '~a~').replace(/ /g, '~s~')}`);
  const items = splitItems(masked, count, english)?.map((x) => x.replace(/~s~/g, ' ').replace(/~a~/g, 'and').replace(/~c~/g, ','));
  return items && splitsSizes(items) ? undefined : items;
}
const SIZES_JOINED = /\b(micro|small|medium)(,?\s+and\s+|,\s*)(?=(?:micro|small|medium)\b)/gi;

/** Whether items split a kind of firm named by its sizes ("micro" | "small businesses" of "micro and small businesses"). */
export function splitsSizes(items: readonly string[]): boolean {
  return items.some((x, i) => i + 1 < items.length && SIZE_ENDS.test(x.trim()) && SIZE_STARTS.test((items[i + 1] as string).trim()));
}
const SIZE_ENDS = /\b(?:micro|small|medium)(?:-sized)?$/i;
const SIZE_STARTS = /^(?:micro|small|medium)\b/i;

function splitItems(phrase: string, count: number, english: boolean): string[] | undefined {
  if (count < 2) return undefined;
  if (english) {
    const byCommas = englishItems(phrase, count);
    if (byCommas) return withSharedHead(byCommas);
  }
  const seps = [...phrase.matchAll(SEPARATORS)].map((m) => ({ at: m.index, end: m.index + m[0].length, sep: m[0] }));
  if (seps.length < count - 1) return undefined;
  // Too many separators (an industry's name has 、 and 和 of its own): the list's are the last ones of the same kind.
  let chosen = seps;
  // (科学研究和技术服务业贷款、信息传输、软件和信息技术服务业贷款: items that each end with their loan noun split after it.)
  if (seps.length > count - 1) {
    const afterHead = english ? [] : seps.filter((x) => /(?:贷款|信贷|融资)$/.test(phrase.slice(0, x.at)));
    const kinds = seps.filter((x) => x.sep === '、');
    chosen = afterHead.length === count - 1 ? afterHead : kinds.length === count - 1 ? kinds : seps.slice(seps.length - (count - 1));
  }
  const segments: string[] = [];
  let a = 0;
  for (const x of chosen) {
    segments.push(phrase.slice(a, x.at));
    a = x.end;
  }
  segments.push(phrase.slice(a));
  const first = segments[0] as string;
  const last = segments[segments.length - 1] as string;
  if (english) return withSharedHead(segments);
  // The shared ending: where the first item's last characters recur in the last item.
  let core = last;
  let suffix = '';
  for (let j = Math.min(2, first.length); j >= 1 && suffix === ''; j--) {
    const ending = first.slice(-j);
    const at = last.indexOf(ending, 1);
    if (at >= 0 && at + j < last.length) {
      core = last.slice(0, at + j);
      suffix = last.slice(at + j);
    }
  }
  if (suffix === '') {
    const head = /(?:金融)?(?:领域)?(?:的)?(?:贷款|信贷)(?:余额)?$/.exec(last);
    if (head && head.index > 0) {
      core = last.slice(0, head.index);
      suffix = head[0];
    }
  }
  // The shared beginning: a verb before the first item (具有直接和间接…, 投向…).
  const lead = /^(.*?(?:具有|投向|支持|对|向|用于))/.exec(first);
  const prefix = lead ? (lead[1] as string) : '';
  const cores = [first.slice(prefix.length), ...segments.slice(1, -1), core];
  const items = cores.map((x) => `${prefix}${x}${/(贷款|信贷)$/.test(x) ? '' : suffix}`);
  return items.every((x) => x.length >= 2) ? items : undefined;
}

/**
 * An English list split as its writer did: at commas first, with the last " and " joining the final
 * two when the commas give one item too few ("A, B and C, D and E" is A | B and C | D | E only if
 * the count says so); items that share a leading preposition ("for A, for B, and for C, D and E")
 * run on until the next one. Undefined unless exactly `count` items come out.
 */
function englishItems(phrase: string, count: number): string[] | undefined {
  let parts = phrase.split(/,\s*(?:and\s+)?/).map((x) => x.trim()).filter((x) => x !== '');
  const preposition = /\b(?:loans?|lending|credit|financing)\s+(to|for|in)\s/i.exec(parts[0] ?? '')?.[1];
  if (preposition && parts.length > count && new RegExp(`^${preposition}\\s`, 'i').test(parts[1] ?? '')) {
    const merged: string[] = [];
    for (const part of parts) {
      if (merged.length > 0 && !new RegExp(`^${preposition}\\s`, 'i').test(part)) merged[merged.length - 1] += `, ${part}`;
      else merged.push(part);
    }
    parts = merged.map((x, k) => (k > 0 ? x.replace(new RegExp(`^${preposition}\\s+`, 'i'), '') : x));
  }
  if (parts.length === count - 1) {
    const last = parts[parts.length - 1] as string;
    const and = last.lastIndexOf(' and ');
    if (and > 0) parts = [...parts.slice(0, -1), last.slice(0, and), last.slice(and + 5)];
  }
  return parts.length === count && parts.every((x) => x.length > 0) ? parts : undefined;
}

// "loans to manufacturing, advanced manufacturing and high-tech manufacturing": the head before the
// first item goes with every item; "technology, green and digital-economy loans": the head after the last.
function withSharedHead(segments: readonly string[]): string[] | undefined {
  const first = segments[0] as string;
  const last = segments[segments.length - 1] as string;
  const lead = /^(.*?\b(?:loans?|lending|credit|financing)\s+(?:to|for|in)\s+)/i.exec(first);
  // ("loans to A, to B and to C": the repeated preposition is the head's own.)
  // ("loans to small and micro businesses and green loans": an item with a loan noun of its own names itself.)
  if (lead) return [first, ...segments.slice(1).map((x) => (/\b(?:loans?|lending|credit|financing)\b/i.test(x) ? x.trim() : `${lead[1] as string}${x.trim().replace(/^(?:to|for|in)\s+/i, '')}`))];
  const space = last.trimEnd().lastIndexOf(' ');
  const core = space > 0 ? last.slice(0, space) : last;
  const tail = space > 0 ? last.slice(space) : '';
  const items = [...segments.slice(0, -1), core].map((x) => `${x.trim()}${/\b(loans?|lending|credit)\b/i.test(x) ? '' : tail}`);
  return items.every((x) => x.length > 0) ? items : undefined;
}

// Between two figures of an English run: "12.5 percent, 25.5 percent and 11.5 percent".
const RUN_GAP_EN = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;

/**
 * Where the run of figures of one kind that this figure belongs to ends, when it is an English
 * list with no "respectively" ("rose 18.23 percent, 41.17 percent and 31.48 percent year on
 * year"); -1 when the figure stands alone.
 */
export function figureRunEnd(doc: Doc, ctx: FigureContext): number {
  const { m } = ctx;
  const dimension = ctx.figure.unit.dimension;
  let k = lowerBound(doc.mentions, m.span[0], (x) => x.span[0]);
  let end = m.span[1];
  let members = 1;
  // A list names a few items; a run longer than that is no list, and is not walked again for every member.
  const reach = Math.min(doc.mentions.length, k + RUN_REACH);
  for (let j = k + 1; j < reach; j++) {
    const next = doc.mentions[j] as FigureContext['m'] | { kind: string; span: readonly [number, number] };
    if (next.span[0] >= ctx.sentence.end || next.kind !== 'figure') break;
    if ((next as FigureContext['m']).figure.unit.dimension !== dimension || !RUN_GAP_EN.test(doc.s.slice(end, next.span[0]))) break;
    end = next.span[1];
    members++;
  }
  // A later member: the run started before it.
  for (const first = Math.max(0, k - RUN_REACH); k > first; k--) {
    const previous = doc.mentions[k - 1] as FigureContext['m'] | { kind: string; span: readonly [number, number] };
    const current = doc.mentions[k] as { span: readonly [number, number] };
    if (previous.span[0] < ctx.sentence.start || previous.kind !== 'figure' || (previous as FigureContext['m']).figure.unit.dimension !== dimension) break;
    if (!RUN_GAP_EN.test(doc.s.slice(previous.span[1], current.span[0]))) break;
    members++;
  }
  return members >= 2 && members < RUN_REACH ? end : -1;
}

const RUN_REACH = 32;

/** How many figures of this figure's kind stand from it up to `mark` ("…, respectively"). */
// ("…stood at 88.6 billion yuan, and its pension-related loans were 9.4 billion yuan, up 15.2 percent and 44.6 percent
// …, respectively": a figure whose next of its kind comes after loans named anew is no item of the list.)
const LOANS_NAMED_EN = /\b(?:loans?|lending|credit)\b/i;

/** How many figures of this figure's kind stand from it up to `mark` ("…, respectively"), while no loans are named between them. */
export function sameKindUpTo(doc: Doc, ctx: FigureContext, mark: number): number {
  let n = 0;
  let lastEnd = -1;
  for (let k = lowerBound(doc.mentions, ctx.m.span[0], (x) => x.span[0]); k < doc.mentions.length; k++) {
    const x = doc.mentions[k] as FigureContext['m'] | { kind: string; span: readonly [number, number] };
    if (x.span[1] > mark) break;
    if (x.kind !== 'figure' || (x as FigureContext['m']).figure.unit.dimension !== ctx.figure.unit.dimension) continue;
    if (lastEnd >= 0 && LOANS_NAMED_EN.test(doc.s.slice(lastEnd, x.span[0]))) break;
    n++;
    lastEnd = x.span[1];
  }
  return n;
}

// 较年初和上年同期, 比年初和上年同时期, 较上月及去年同期: the bases a list of changes is of, each named by its words.
// (比3月末和上年末: a month-end of the year in force is a base too — a quarter or a month back, as the date in force says.)
const BASES = /(?:较|比)((?:年初|上年末|去年末|上年底|去年底|(?:上年|去年)同(?:期|时期)|上季末|上季度末|上月末?|上月底|\d{1,2}月(?:末|底))(?:(?:和|及|与|、)(?:年初|上年末|去年末|上年底|去年底|(?:上年|去年)同(?:期|时期)|上季末|上季度末|上月末?|上月底|\d{1,2}月(?:末|底))){1,3})\s*$/;

const BASES_AFTER = new RegExp(`^分别\\s*${BASES.source.replace(/\\s\*\$$/, '')}`);

function basesBefore(text: string, now: string | undefined): Basis[] | undefined {
  const m = BASES.exec(text);
  return m ? basesOf(m[1] as string, now) : undefined;
}

function basesAfter(text: string, now: string | undefined): Basis[] | undefined {
  const m = BASES_AFTER.exec(text);
  return m ? basesOf(m[1] as string, now) : undefined;
}

// Undefined when a month-end named does not stand a basis back from the date in force.
function basesOf(words: string, now: string | undefined): Basis[] | undefined {
  const bases = words.split(/和|及|与|、/).map((w): Basis | undefined => {
    const month = /^(\d{1,2})月/.exec(w);
    if (month) {
      const end = now && /^\d{4}-/.test(now) ? monthEnd(Number(now.slice(0, 4)), Number(month[1])) : null;
      return now && end ? basisBetween(now, end) : undefined;
    }
    return /同/.test(w) ? 'yoy' : /季/.test(w) ? 'qoq' : /月/.test(w) ? 'mom' : 'ytd';
  });
  return bases.every((b): b is Basis => b !== undefined) ? bases : undefined;
}

// The subject a ranking names before its members: 中小企業放款餘額前三大銀行依序為 → 中小企業放款.
function subjectBeforeBalance(doc: Doc, from: number, to: number): Subject | undefined {
  const head = doc.s.slice(from, to);
  const at = head.search(/(?:余额|餘額)[^，,；;。余餘]*$/);
  if (at <= 0) return undefined;
  const clause = Math.max(head.lastIndexOf(',', at), head.lastIndexOf('，', at), head.lastIndexOf(';', at), head.lastIndexOf('；', at)) + 1;
  return subjectIn(doc, from + clause, from + at + 2);
}
