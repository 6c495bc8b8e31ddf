import { differenceInCalendarDays } from 'date-fns';
import type { Claim } from '../../check/claim.js';
import type { Basis } from '../../domain/observation.js';
import type { Figure } from '../../figure/figure.js';
import { UNDATED, compareDates, flowSpanStart, fromPivot, isUndated, toPivot } from '../../period/relative.js';
import type { Doc, Output } from '../document.js';
import { type Benchmark, type FigureContext, type Frame, WINDOW, rememberSubject } from '../frame/frame.js';
import { areaWordHolder, figureHolder, placeOfWhole, wholeHolderOf } from '../frame/holder.js';
import { BALANCE, BORROWERS, EARLIER_VALUE, FLOW_BEFORE_BRACKET, LEVELS, type MeasureRead, basisOf, earlierValueBasisEn, changeBasisOf, lastBasisIn, measureOf, overTheYear, overYears, ratioOf } from '../frame/measure.js';
import type { Measure } from '../../domain/observation.js';
import { A_YEAR_EARLIER_EN, CHANGE_BASE, EARLIER_WORD, LAST_YEAR_END, MONTH_ALONE, MONTH_ALONE_EN, SAME_TIME_LAST_YEAR, type TimeRef, lowerBound, yearPrintedBefore } from '../frame/time.js';
import { takesIn } from '../lexicon/moneyKinds.js';
import { basisBetween } from '../../period/basisBetween.js';
import { baseDate, toDate } from '../../period/baseDate.js';
import { BREAKDOWN_HEAD, countedAfter, opensBreakdown, figureSubject, greenUsePart, isEnglish, nearestName, readBenchmark, readWhole, sentenceWhole, subjectIn } from '../frame/subject.js';
import { figureRunEnd, joined } from './lists.js';
import { TOTAL_LOANS, indicatorUnitKind, indicatorWholes, lookupSubject } from '../lexicon/catalog.js';
import { type Subject, subjectOf } from '../lexicon/subjects.js';
import { readCase } from './cases.js';
import { yearsOf } from './goals.js';
import { contextOf, keepAsFact } from './facts.js';
import { MULTI_PROVINCE_AREA, NATION, WHOLE_AREA } from '../lexicon/areaWords.js';

// 较整体贷款年增6.8%高1.5个百分点: the benchmark's rate between the comparison and its verb.
const BENCHMARK_RATE_INLINE = /(?:比|较)[^,，;；。\d]{1,16}?(?:年增|同比增长|增长|增速为?|增幅为?)$/;
// "… higher than the city's overall loan growth rate of 6.7 percent": the benchmark's rate, named after it.
// ("outpacing overall loan growth in the province of 8.4%": the benchmark's area between its growth and its rate.)
const BENCHMARK_RATE_OF_EN = /\b(?:than|above|below|outpac(?:ed|ing|es)?)\b[^.;]{0,60}?\b(?:growth|growth rate|rate|pace|increase)(?: (?:in|across|for) (?:the )?[a-z]+(?: [a-z]+)?)? of$/i;
// "outpacing total loans, which grew 4.67 percent": the benchmark's rate in a relative clause after its name.
const BENCHMARK_WHICH_EN = /\b(?:than|above|below|outpac(?:ed|ing|es)?)\b[^.;,]{1,60},?\s*which (?:grew|rose|increased|expanded|was up|were up)(?: by)?$/i;
// "faster than the 4.67 percent growth of total loans": the benchmark's rate before its name.
const BENCHMARK_RATE_BEFORE_EN = /\b(?:than|above|below|outpac(?:ed|ing|es)?)\s+the$/i;
const BENCHMARK_NAMED_AFTER_EN = /^\s*(?:growth|increase|rise|expansion)\s+(?:of|for|in)\s+((?:[a-z'-]+\s+){0,5}?(?:loans?|lending|credit))\b/i;
// 比全国同期增速（, 高于全省平均水平（: a comparison's benchmark, its value in brackets next.
const BENCHMARK_IN_BRACKETS = /(?:比|较|高于|低于|快于|慢于|领先|高出|超出|超过)[^,，;；。()（）]{1,16}?(?:增速|增幅|增长率|平均水平|水平)\s*[(（]\s*$/;
// 比全省各项贷款8.1%的增速高17.2个百分点: the benchmark named, its rate, then the rate's noun and the comparison's verb.
const BENCHMARK_RATE_BEFORE_NOUN = /(?:比|较)[^,，;；。\d]{1,16}?(?:贷款|各项|全部)$/;
const RATE_NOUN_THEN_VERB = /^\s*(?:的)?(?:平均)?(?:增速|增幅|增长率|增长)\s*(?:高|低|快|慢)/;

/**
 * The rate of a comparison's benchmark printed in brackets (比全国同期增速（6.8%）高4.8个百分点): a
 * growth of the benchmark, of its holder (the nation's), with the basis of the rate before it.
 * The frame keeps the benchmark for the gap after it. Returns false when no benchmark is read.
 */
function readBenchmarkRate(doc: Doc, out: Output, ctx: FigureContext, frame: Frame): boolean {
  const holder = figureHolder(doc, ctx);
  const namedAfter = BENCHMARK_RATE_BEFORE_EN.test(ctx.cue.trimEnd()) ? BENCHMARK_NAMED_AFTER_EN.exec(ctx.after)?.[1] : undefined;
  const which = BENCHMARK_WHICH_EN.exec(ctx.sentenceBefore.trimEnd());
  const cue = namedAfter
    ? `than ${namedAfter}`
    : (which ? which[0] : ctx.cue)
        .replace(/[(（]\s*$/, '')
        .trimEnd()
        .replace(/,?\s?which (?:grew|rose|increased|expanded|was up|were up)(?: by)?$/i, '')
        .replace(/ (?:growth|growth rate|rate|pace|increase)(?: (?:in|across|for) (?:the )?[a-z]+(?: [a-z]+)?)? of$/i, ' growth')
        .replace(/(?:年增|同比增长|增长|增速为?|增幅为?)$/, '');
  const benchmark = readBenchmark({ ...ctx, cue, after: '' }, frame.subject, holder);
  const basis = frame.lastGrowthBasis ?? lastBasisIn(ctx.sentenceBefore);
  if (!benchmark || !basis) return false;
  const subject: Subject = { indicator: benchmark.indicator, words: benchmark.indicator, ...(benchmark.scope ? { scope: benchmark.scope } : {}), start: ctx.cueStart, end: ctx.m.span[0] };
  out.claims.push(makeClaim(doc, out, ctx, { subject, measure: { measure: 'growth', basis }, holder: benchmark.holder ?? holder }));
  frame.lastBenchmark = benchmark;
  frame.previousEnd = ctx.m.span[1];
  return true;
}

// (两家银行绿色贷款余额合计12.07万亿元: the subject may be named between the items and 合计.)
// (四家大型银行绿色贷款合计 is a kind of bank's share of the subject, no joint total of items before it.)
const JOINT_TOTAL = /^[\s，,；;]*(?:(?:([两二三四五六七八九十\d]{1,2})(?:家|个)(?:银行|机构|分行|支行)|上述(?:银行|机构|分行)|这些(?:银行|分行))[\u4e00-\u9fa5]{0,16}?|[两二三四五六七八九十\d]{1,2}(?:家|个)(?:贷款|余额)*)(?:合计|共计|总计)(?:为|达)?\s*$/;
// "The three banks' combined green loans of …", "the two lenders' total": so in English.
const ITEMS_NAMED_AFTER = /^\s?(?:的)?(?:增速|增幅|余额|贷款|分别|合计|均|共)/;
const JOINT_TOTAL_EN = /\bthe (two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:banks|lenders)['’]? (?:combined|total|joint)\b[^,;.\d]{0,40}?\s(?:of|were|was|totall?ed|stood at|reached|came to|amounted to)\s{1,2}$/i;
const NUMERALS: Readonly<Record<string, number>> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
// A rate applied by a policy: 按新增贷款的0.5%给予奖励, 按贷款额的1%贴息.
const APPLIED_RATE_BEFORE = /按(?:照)?[^，,。；;]{1,24}的\s*$/;
const APPLIED_RATE_AFTER = /^\s*(?:的?(?:比例|标准))?(?:给予|予以|进行)?(?:奖励|补贴|贴息|补助|风险补偿|奖补)/;
// A rank: "ranking among the top fifty", 排名前10.
const RANK_CUE = /(rank(ing|ed|s)?\s+(among\s+)?(the\s+)?top|排名前|位列前|位居前)\s*$/i;
// Between a figure and its restatement in another currency: an opening bracket, "or", 合/折合.
// (The stretch is short and its spaces are squeezed before the test.)
const RESTATED_AFTER = /^(?:[(（] ?(?:(?:约|約|about|approximately|roughly) ?)?(?:(?:折合|合|相当于|equivalent to) ?)?|,? ?or|[,，]? ?(?:约|約)?(?:折合|合))$/i;

// How far back a clause's own words are read (a clause, not a sentence of a thousand).
const CLAUSE_REACH = 120;
// A figure in brackets right after an amount of the same currency and the very same value, in another unit.
function convertsTheFigureBefore(doc: Doc, ctx: FigureContext): boolean {
  const k = lowerBound(doc.mentions, ctx.m.span[0], (x) => x.span[0]) - 1;
  const before = doc.mentions[k];
  if (before?.kind !== 'figure' || !/^\s?[(（]\s?$/.test(doc.s.slice(before.span[1], ctx.m.span[0]))) return false;
  const [a, b] = [before.figure, ctx.figure];
  return a.unit.dimension === 'money' && a.unit.currency === b.unit.currency && a.unit.symbol !== b.unit.symbol && a.value.eq(b.value);
}

function restatesTheFigureBefore(doc: Doc, previousEnd: number, start: number): boolean {
  return start - previousEnd <= 24 && RESTATED_AFTER.test(doc.s.slice(previousEnd, start).replace(/\s+/g, ' ').trim());
}
const SHARE_WORDS = /占比|比重|份额|占/;
const TOTAL_OF_EN = /\bof (?:the |China's |the country's )?(national|nationwide|provincial|province's)? ?total of\s*$/i;
// (…占全行授信總額15,268億元之比重為8.42%: 之 and 比重為 too.)
const SHARE_AFTER = /^\s{0,2}(?:[)）]\s{0,2})?(?:的|之)\s{0,2}(?:比重\s{0,2}(?:为|為|達|达)?\s{0,2})?[\d.]+\s{0,2}[%％]/;
const WHOLE_INSIDE = new RegExp(`占(${NATION}|${WHOLE_AREA})?(?:同期)?([\\u4e00-\\u9fa5]{2,20}?)(?:的)?(余额|总额|增量|新增额)?(?:为)?\\s*(?:[(（]\\s*)?$`);

/**
 * The whole of a share named with its value inside the share's phrase (占全国绿色贷款余额42.39万亿元的8.4%):
 * a balance of the whole, held by the area its words name. Returns false when no whole is read.
 */
function readWholeInside(doc: Doc, out: Output, ctx: FigureContext, frame: Frame): boolean {
  const m = WHOLE_INSIDE.exec(ctx.cue);
  if (!m) return false;
  const words = m[2] as string;
  const at = ctx.cueStart + m.index + m[0].indexOf(words);
  const found = lookupSubject(words);
  const subject: Subject | undefined = found ? { indicator: found.id, ...(found.part ? { part: found.part } : {}), words, start: at, end: at + words.length } : undefined;
  if (!subject || !/贷款|信贷|融资/.test(words)) return false;
  const holder = m[1] ? areaWordHolder(m[1], doc.holderScope(ctx.m.span[0], ctx.m.span[0])) : figureHolder(doc, ctx);
  // 占全省各项贷款增量3,292.5亿元的18.6%: the whole's flow over the span of the part's, else nothing to read.
  const flow = /增量|新增/.test(m[3] ?? '');
  if (flow && !frame.lastIncrementBasis) {
    out.unread(ctx.m, 'no-measure', "the flow of a share's whole, over a span the text does not give");
    frame.previousEnd = ctx.m.span[1];
    return true;
  }
  const measure: MeasureRead = flow ? { measure: 'increment', basis: frame.lastIncrementBasis } : { measure: 'balance' };
  out.claims.push(makeClaim(doc, out, ctx, { subject, measure, holder }));
  if (flow) {
    frame.previousEnd = ctx.m.span[1];
    return true;
  }
  frame.previousEnd = ctx.m.span[1];
  frame.wholeInside = { of: subject.part ? `${subject.indicator}/${subject.part}` : subject.indicator, holder, end: ctx.m.span[1] };
  return true;
}

// …的8.4% right after the whole read inside the share's phrase: the share of the subject in force in that whole.
function readShareOfWholeInside(doc: Doc, out: Output, ctx: FigureContext, frame: Frame): boolean {
  const whole = frame.wholeInside;
  frame.wholeInside = undefined;
  const subject = frame.subject;
  if (!whole || !subject || whole.end !== frame.previousEnd || !/^\s*(?:[)）]\s*)?的\s*$/.test(ctx.cue)) return false;
  // (三市合计5754.4亿元，占全省绿色贷款余额12296.1亿元的46.8%: the share of those who hold the sentence's total together.)
  const holder = jointHolderInForce(doc, ctx, frame) ?? figureHolder(doc, ctx);
  const extra: Partial<Claim> = { of: whole.of, ...(whole.holder !== holder ? { ofHolder: whole.holder } : {}) };
  out.claims.push(makeClaim(doc, out, ctx, { subject, measure: { measure: 'share' }, holder, extra }));
  frame.previousEnd = ctx.m.span[1];
  frame.lastShareOf = whole.of;
  return true;
}
// Those a service reached: 服务, 惠及, 覆盖, "served".
const COUNT_CHANGE_AFTER = /^[\s，,]*(?:比|较)(?:上年末|年初|去年末|上年同期|去年同期)(?:新增|增加|净增|增长)/;
const SERVED = /服务|惠及|覆盖|带动|帮助|扶持|培育|支持(?!的)|\b(?:served|serving|benefit(?:ed|ing)?|covered|reached|helped)\b/i;
// Units of things that are never borrowers: people, places, times, items, transactions.
const NOT_BORROWERS_UNIT = /^(?:个|人|名|位|次|项|項|笔|筆|座|台|场|期|批|款|条|所|支)$/;
const NEWLY_GRANTED = /新批核|新批|新发放|新投放|新签|新增授信|newly (?:granted|approved|issued)/i;
// Those who hold loans, named by that alone: 有贷款余额的客户, 有贷款余额户数, 贷款户数.
const HOLDERS_OF_LOANS = /^(?:有贷款(?:余额)?(?:的)?(?:客户|户|企业|经营主体)?(?:数)?|贷款户(?:数)?)$/;
// What English counts that no statistic is about: areas, sectors, ranks ("five priority areas", "the five largest").
const THINGS_EN = /^\s+(?:[a-z-]+\s+){0,2}?(?:areas|sectors|fields|tasks|priorities|pillars|articles|largest|biggest|major|categories|types|kinds|aspects|measures|policies|tools|key areas)\b/i;
// Lenders counted (6家国有大型商业银行, 14家银行机构): no borrowers, no statistic of the catalog.
// (设立科技支行86家, 绿色专营机构156家: lenders counted, not borrowers.)
const COUNTED_LENDERS = /(?:银行|机构|支行|分行|网点|事业部|营业部|lenders|banks|institutions|branches)$/i;
// A loan book's words: a bank's own loans are a statistic of it, not a fact of a case.
const LOANS = /(?:贷款|信贷|放款)$|\b(?:loans|lending|credit)$/i;
// Firms that have loans: 获得贷款支持的, 有贷款余额的, "with bank loans".
const WITH_LOANS = /获得贷款|获贷|有贷款|贷款支持的|贷款户|授信户|with (?:bank )?loans|borrowers/i;

/** How a figure's claim is built once its subject, measure and the rest are known. */
export interface ClaimParts {
  readonly subject: Subject;
  readonly measure: MeasureRead;
  readonly holder: string;
  readonly extra?: Partial<Claim>;
}

/** Builds a claim of a figure: indicator, holder, date, measure, basis and the figure as the caller's text prints it. */
export function makeClaim(doc: Doc, out: Output, ctx: FigureContext, parts: ClaimParts): Claim {
  const { measure } = parts;
  const used = greenUsePart(doc, parts.subject);
  // (长三角地区绿色贷款… in a Jiangsu text: an area of several provinces is no part of one's loans — the holder of its own.)
  // (分地区看，东部地区…增长13.1%，中部地区…: after a breakdown's heading, the compass parts may be the province's own.)
  const areaOfSeveral = used.part !== undefined && parts.holder.startsWith('region:') && MULTI_PROVINCE_AREA.test(used.part) && !(/^[东中西南北]部/.test(used.part) && BREAKDOWN_HEAD.test(doc.s.slice(ctx.sentence.start, ctx.m.span[0])));
  const holder = areaOfSeveral ? `place:${used.part as string}` : parts.holder;
  const subject: Subject = areaOfSeveral ? { indicator: used.indicator, words: used.words, start: used.start, end: used.end, ...(used.scope ? { scope: used.scope } : {}), ...(used.withLoans ? { withLoans: true } : {}) } : used;
  const time = measure.measure === 'gap' ? (rateOfGap(doc, out, ctx, subject) ?? figureTime(doc, ctx)) : figureTime(doc, ctx);
  // (…累计发放9.86亿元，同比增长15.7%: a change of a flow is over that flow's span.)
  const period = time.period ?? measure.over;
  const flow = measure.flow || (period !== undefined && (measure.measure === 'new-lending' || measure.measure === 'cumulative'));
  const figure = measure.negative ? negate(ctx.figure) : ctx.figure;
  return {
    id: '',
    indicator: subject.indicator,
    subject: subject.words,
    ...(subject.part ? { part: subject.part } : {}),
    ...(subject.scope ? { scope: subject.scope } : {}),
    holder,
    date: !time.period && measure.over ? measure.over.to : time.from === 'none' ? UNDATED : time.date,
    ...(period && flow ? { period } : {}),
    measure: measure.measure,
    ...(measure.basis ? { basis: measure.basis } : {}),
    ...(flow ? { flow: true } : {}),
    ...(measure.gross ? { gross: true } : {}),
    ...(measure.goalDeadline ? { goalDeadline: measure.goalDeadline } : {}),
    figure: doc.inOriginalScript(figure, ctx.m),
    source: out.source(ctx.m, ctx.cue),
    ...(doc.options.billion === 'yi' && /billion/i.test(ctx.figure.text) ? { mistranslatedBillion: true } : {}),
    ...parts.extra,
  };
}

/**
 * 上年末…增速为14.3%，比各项贷款增速高6.5个百分点: a gap is of the rate just stated, at that rate's date —
 * when its sentence named no date since.
 */
function rateOfGap(doc: Doc, out: Output, ctx: FigureContext, subject: Subject): ReturnType<Doc['times']['at']> | undefined {
  const rate = out.claims[out.claims.length - 1];
  const at = rate ? out.spanOf(rate)?.[1] : undefined;
  if (!rate || at === undefined || rate.measure !== 'growth' || rate.indicator !== subject.indicator || at < ctx.sentence.start || at > ctx.m.span[0]) return undefined;
  const refs = doc.times.refs;
  const since = refs[lowerBound(refs, ctx.m.span[0], (r) => r.start) - 1];
  if (since && since.start >= at) return undefined;
  return { date: rate.date, from: 'paragraph' };
}

/** Where the last date before `at` is an earlier time (年初, 上年末), the date in force before it: what that time is earlier than. */
function dateBeforeEarlierWord(doc: Doc, at: number, from: number): string | undefined {
  const refs = doc.times.refs;
  let k = lowerBound(refs, at, (r) => r.start) - 1;
  const last = refs[k];
  if (!last || last.start < from || last.period !== undefined || !EARLIER_WORD.test(last.text)) return undefined;
  for (k--; k >= 0 && (refs[k] as TimeRef).start >= from; k--) {
    const r = refs[k] as TimeRef;
    if (r.role === 'as-of' && r.period === undefined && !EARLIER_WORD.test(r.text)) return r.date;
  }
  return undefined;
}

// Between a base date and its own level: 由2017年末的8.5%, 2017年末（301.2亿元）, "from the 2020 level of 500 billion yuan".
const AT_BASE_DATE = /^[\s(（的]*(?:(?:余额|餘額|规模)?(?:约|仅)?(?:为|是|為)\s*)?$|^\s*(?:level|figure|balance|total)\s+of\s*$/i;

/**
 * The time of a figure: the date in force, or the base date it is stated for when it stands right
 * after one (由2017年末的8.5%, 2017年末（301.2亿元）).
 */
function figureTime(doc: Doc, ctx: FigureContext): ReturnType<Doc['times']['at']> {
  const pos = ctx.m.span[0];
  const refs = doc.times.refs;
  for (let k = lowerBound(refs, pos, (r) => r.start) - 1; k >= 0; k--) {
    const r = refs[k] as (typeof refs)[number];
    if (r.start < ctx.cueStart) break;
    if (r.end > pos) continue;
    // (是2017年末的4.6倍: a multiple of the level then stands now.)
    if (r.role === 'base' && ctx.figure.unit.dimension !== 'times' && AT_BASE_DATE.test(doc.s.slice(r.end, pos))) return { date: r.date, from: 'paragraph' };
    // (上年末同比增长20.0%，2023年末同比增长18.2%: an earlier time opening the figure's clause, no comparison after it,
    // is the figure's date.)
    if (r.role === 'base' && EARLIER_WORD.test(r.text) && /(?:^|[，,；;。\n])\s{0,2}(?:而|其中)?$/.test(doc.s.slice(Math.max(0, r.start - 4), r.start)) && !/较|(?<!同)比|^\s{0,2}(?:以来|起|至今)/.test(doc.s.slice(r.end, pos))) return { date: r.date, from: 'paragraph' };
    break;
  }
  // 由上年同期的1715.9亿元增至…, "from 171.59 billion yuan a year earlier to …": the level a year before the date in force.
  const earlierBasis = earlierLevel(doc, ctx);
  if (earlierBasis) {
    // (年初余额为1500亿元, 上年末余额…: the date in force where the earlier time is named, not that time itself.)
    const opening = EARLIER_CLAUSE.exec(ctx.cue);
    const at = opening ? ctx.cueStart + opening.index : pos;
    const now = doc.times.at(at, ctx.paragraphStart, ctx.paragraphEnd);
    // (6月末…。年初，…余额2.62万亿元；上年同期为2.49万亿元: a year before the date the text stands at, not before 年初.)
    const standing = dateBeforeEarlierWord(doc, at, ctx.paragraphStart);
    // (Within a period, 2024年…从年初的…: from the period's end.)
    if (now.from !== 'none') return { date: baseDate(standing ?? now.date, earlierBasis), from: 'paragraph' };
  }
  // 上年同期，全市科技贷款同比增长25.4%: a sentence that opens with the same time last year stands a year before.
  // (8月末…11.8%；上年同期，…15.3%: or a clause after ；. 去年同期全县…余额36.26亿元，同比增长14.1%, 一年前，…: the
  // whole sentence it opens, glued to its subject or not.)
  const runStart = clauseRunStart(ctx);
  // (…；今年8月底为2兆3,268億元: a clause that names its own time after the opener is of that time.)
  // (…；二季度，该利率为3.68%: a later clause's own period too.)
  // (去年同期，全市涉农贷款8月当月增加…: a month without its year, in the sentence the opener dates, is of that year too.)
  const ownTime = doc.within(doc.times.refs, runStart, pos, (r) => [r.start, r.end]).some((r) => r.role === 'as-of' && (runStart > ctx.sentence.start || (r.period === undefined && /\d{4}|今年|本年|去年|上年|前年/.test(r.text))));
  // (…同比增长12.3%；去年同期余额31.7万亿元，同比增长16.9%: glued to its clause's subject after ；, when the change its clause
  // goes on to was said of the date in force already.)
  // (…增长6.9%；上年同期增加2.5万亿元，增长8.6%: a bare 增长 said again, too.)
  const run = doc.s.slice(runStart, Math.min(pos, runStart + CLAUSE_REACH));
  const change = CHANGE_BASE.exec(run)?.[0] ?? /增长|增幅/.exec(run.replace(/^[^，,]*/, ''))?.[0];
  // (The clause before, within reach: a sentence of a thousand clauses is no reason to read it all again.)
  // (Only a rate said again: 同比增加536亿元 after 同比增长12% is now's change against then, not then's.)
  const gluedAfterStop = ctx.figure.unit.dimension === 'percent' && runStart > ctx.sentence.start && change !== undefined && SAME_TIME_LAST_YEAR_OPENS_SENTENCE.test(doc.s.slice(runStart, Math.min(pos, runStart + 40))) && doc.s.slice(Math.max(ctx.sentence.start, runStart - CLAUSE_REACH), runStart).includes(change);
  if (!ownTime && (gluedAfterStop || SAME_TIME_LAST_YEAR_OPENS.test(doc.s.slice(runStart, Math.min(pos, runStart + 40))) || SAME_TIME_LAST_YEAR_OPENS_SENTENCE.test(doc.s.slice(ctx.sentence.start, Math.min(pos, ctx.sentence.start + 40))))) {
    const now = doc.times.at(pos, ctx.paragraphStart, ctx.paragraphEnd);
    // (上年同期末，…余额…: a point a year before the last point named — past a whole year named since, 2024年全年，….)
    if (/(?:同期|同月)(?:末|底)/.test(doc.s.slice(ctx.sentence.start, Math.min(pos, ctx.sentence.start + 12)))) {
      const refs = doc.times.refs;
      for (let k = lowerBound(refs, ctx.sentence.start, (r) => r.start) - 1, steps = 0; k >= 0 && steps < 32; k--, steps++) {
        const r = refs[k] as TimeRef;
        if (r.role === 'as-of' && r.period === undefined && r.until === undefined) return { date: baseDate(r.date, 'yoy'), from: 'paragraph' };
      }
    }
    // (A point: the one in force before the sentence, not a later one its paragraph names after it.)
    const before = doc.times.asOfBefore(Math.max(0, ctx.sentence.start - 2000), ctx.sentence.start);
    if (before && before.period === undefined && now.period === undefined) return { date: baseDate(before.date, 'yoy'), from: 'paragraph' };
    if (now.from !== 'none' && now.period === undefined) return { date: baseDate(now.date, 'yoy'), from: 'paragraph' };
    // (上半年…利率4.18%。去年同期，…利率为4.64%; 上年同期，湖北科技贷款前三季度增加1453亿元: the period in force, or the one
    // the sentence names, of the year before too — unless the sentence names its year.)
    const own = doc.within(doc.times.refs, ctx.sentence.start, pos, (r) => [r.start, r.end]).filter((r) => r.period).at(-1);
    if (now.from !== 'none' && now.period && (!own || (own.date === now.date && !/\d{4}|去年|上年|今年|本年|前年/.test(own.text)))) {
      // (前三季度…增加A，其中9月份增加B。上年同期，…: the same time as the sentence's own period, not its 其中 part's.)
      const span = inPrintedYear(doc, ctx, mainPeriodBefore(doc, ctx) ?? now.period);
      return { date: baseDate(span.to, 'yoy'), period: { from: aYearEarlier(span.from), to: baseDate(span.to, 'yoy') }, from: 'paragraph' };
    }
  }
  // 2024年，本行绿色贷款新增186.42亿元，上年新增154.24亿元: a clause of last year's flow, in a text of a whole year, the
  // year before. (Within a year, 去年新增 may be the same months or the whole year: the date in force stays.)
  if (LAST_YEARS_FLOW_OPENS.test(doc.s.slice(ctx.clauseStart, pos))) {
    const now = doc.times.at(ctx.clauseStart, ctx.paragraphStart, ctx.paragraphEnd);
    if (now.from !== 'none' && /-12-31$/.test(now.date)) return aYearBefore(now);
  }
  // 同比多增214.6亿元（上年同期新增2912.2亿元）: the same time last year, in brackets after what it is compared with.
  if (SAME_TIME_LAST_YEAR_BRACKETED.test(doc.s.slice(Math.max(ctx.sentence.start, pos - 24), pos))) {
    const now = doc.times.at(pos, ctx.paragraphStart, ctx.paragraphEnd);
    if (now.from !== 'none') return aYearBefore(now);
  }
  // "Sci-tech loans were 3.39 trillion yuan a year earlier": the time right after an English level.
  if (A_YEAR_EARLIER_AFTER.test(doc.s.slice(ctx.m.span[1], ctx.m.span[1] + 40)) && !/\bfrom\s*$/i.test(ctx.cue)) {
    const now = doc.times.at(pos, ctx.paragraphStart, ctx.paragraphEnd);
    if (now.from !== 'none') return aYearBefore(now);
  }
  // "…, lower than a year earlier, when they grew 14.6 percent", "than at the end of June, when …": the clause
  // after `when` is at the time named right before it.
  const when = whenThen(doc, ctx);
  if (when) return when;
  // "… 18.6 billion yuan at the end of June 2025 to 25.4 billion yuan at the end of June 2026": English
  // dates a figure right after it.
  const next = refs[lowerBound(refs, ctx.m.span[1], (r) => r.start)];
  if (next && (next.role === 'as-of' || next.role === 'base') && next.period === undefined && next.start - ctx.m.span[1] <= 64 && DATE_RIGHT_AFTER_EN.test(doc.s.slice(ctx.m.span[1], next.start))) {
    return { date: next.date, from: 'paragraph' };
  }
  // "up 22.9 pct y-o-y in Q2": a headline's rate of the quarter right after it, at the quarter's end.
  const periodAfter = periodRightAfterEn(doc, ctx);
  if (periodAfter?.period) return { date: periodAfter.date, period: periodAfter.period, from: 'paragraph' };
  let now = doc.times.at(pos, ctx.paragraphStart, ctx.paragraphEnd, LEVEL_PASSED.test(ctx.figure.text));
  // "… taking their balances to X. At the end of 2024, …" in a story of July 2025: a later sentence's date
  // months before the document's is a point of comparison, not the date of the undated figures before it.
  const ahead = doc.times.asOf[lowerBound(doc.times.asOf, pos, (r) => r.start)];
  const published = doc.options.documentDate;
  if (published !== undefined && ahead && ahead.start >= ctx.sentence.end && ahead.period === undefined && now.date === ahead.date && !doc.times.statedIn(0, pos) && isEnglish(ctx.sentenceBefore) && /^\d{4}-\d{2}-\d{2}$/.test(ahead.date) && differenceInCalendarDays(toDate(published), toDate(ahead.date)) > STALE_DAYS) {
    now = { date: published, from: 'option' };
  }
  // 9月末…。上年末，余额1.56万亿元，今年以来增加3000亿元: a clause that names the current year's change is of
  // the date in force before the earlier time, not of that time.
  const earlier = doc.times.statedIn(ctx.paragraphStart, pos);
  // (去年底，…余额4174.3亿元，比年初增加582.1亿元: a change against the start of the year after that year's end is
  // that year's; only 今年以来 names this year's.)
  if (earlier && EARLIER_REF.test(earlier.text) && THIS_YEAR_SO_FAR.test(doc.s.slice(earlier.end, pos))) {
    const before = doc.times.statedIn(ctx.paragraphStart, earlier.start);
    if (before && before.date > earlier.date) return { date: before.date, ...(before.period ? { period: before.period } : {}), from: 'paragraph' };
  }
  return now;
}

/** The time of a figure in an English `when` clause after a time it names: that time's (a year before the date in force for "a year earlier"). */
function whenThen(doc: Doc, ctx: FigureContext): ReturnType<Doc['times']['at']> | undefined {
  const from = Math.max(ctx.sentence.start, ctx.windowStart);
  const clause = WHEN_CLAUSE.exec(doc.s.slice(from, ctx.m.span[0]));
  if (!clause) return undefined;
  let headEnd = from + clause.index;
  while (headEnd > from && /[\s,]/.test(doc.s[headEnd - 1] as string)) headEnd--;
  if (A_YEAR_BEFORE_EN.test(doc.s.slice(Math.max(from, headEnd - 48), headEnd))) {
    const now = doc.times.at(headEnd, ctx.paragraphStart, ctx.paragraphEnd);
    return now.from === 'none' ? undefined : aYearBefore(now);
  }
  const refs = doc.times.refs;
  const r = refs[lowerBound(refs, headEnd + 1, (x) => x.start) - 1];
  if (!r || r.end < headEnd - 1 || r.end > headEnd || r.role === 'deadline') return undefined;
  return { date: r.date, ...(r.period ? { period: r.period } : {}), from: 'paragraph' };
}
const STOCK_AND_FLOW_SHARES = /(?:余额|餘額|存量)[、和及与](?:新增额|新增|增量|增加额)|(?:新增额|新增|增量|增加额)[、和及与](?:余额|餘額|存量)/;
// "from the end of August", "compared with the end of the second quarter", "over the end of June".
const BASE_WORDS_AFTER_EN = /^\s*(?:yuan\s+)?(?:from|over|(?:as )?compared (?:with|to)|against|versus)\s+(?:the\s+)?(?:end of (?:the\s+)?)?$/i;

/** The date an English figure names as its base right after it ("… from the end of August"), if it does. */
function baseRefAfterEn(doc: Doc, ctx: FigureContext): TimeRef | undefined {
  const end = ctx.m.span[1];
  const ref = doc.times.refs[lowerBound(doc.times.refs, end, (r) => r.start)];
  if (!ref || ref.start - end > 48 || !BASE_WORDS_AFTER_EN.test(doc.s.slice(end, ref.start))) return undefined;
  return ref;
}

const BASE_IN_BRACKETS = /((?:较|比)(?:年初|上年末|去年末|上年底|去年底|上年同期|去年同期|上月末|上季末))\s*[（(](?:\s*余额)?(?:\s*为)?\s*$/;
const YEARS_COUNTED_BACK = /(?:^|[^\d一])(?:[两二三四五六七八九十]|[2-9]|1\d)年(?:多)?(?:来|以来)|近(?:[两二三四五六七八九十]|[2-9])年(?:来|以来|累计)/;
const WHOLE_NAMED = /占[^，,；;。]{2,20}的?\s*$/;
const NAMED_BASE = /(?:较|比)[\u4e00-\u9fa5《》]{0,8}?(?:实施前|出台前|印发前|启动前|获批前|试点前|开展前|基期|基数|印发时)/;
const SAME_TIME_LAST_YEAR_ENDS = new RegExp(`(?:${SAME_TIME_LAST_YEAR})的?\\s*$`);
// ，上年同期为…, ；去年同期是…: the same quantity a year before, named by its time alone.
const WAS_A_YEAR_BEFORE = /^[\s，,；;（(]*(?:上年|去年)同期(?:为|是|為)\s*$/;
const BARE_RATE_CUE = /^[\s，,]*(?:增速|增幅)(?:为|达|是)?\s*$/;
const YEARS_FLOW_NAMED = /(?:(上年|去年|上一年)|(\d{4})年)全年(?:增量|新增额|新增量|新增)(?:水平)?(?:\s*[（(])?\s*$/;

/**
 * A period named without its year (上半年) after a year its sentence printed (2024年二季度末，…上半年增加…): of that year,
 * whatever year the time reader gave it from the document's date.
 */
function inPrintedYear(doc: Doc, ctx: FigureContext, span: { readonly from: string; readonly to: string }): { readonly from: string; readonly to: string } {
  const refs = doc.times.refs;
  const k = lowerBound(refs, ctx.sentence.start, (r) => r.start) - 1;
  const ref = refs[k];
  if (!ref?.period || ref.period.to !== span.to || ref.period.from !== span.from || /\d{4}|今年|本年|去年|上年|前年/.test(ref.text)) return span;
  const printed = yearPrintedBefore(refs, Math.max(0, ref.start - 400), ref.start);
  if (!printed || !/^\d{4}-/.test(span.to) || span.to.startsWith(printed)) return span;
  return { from: `${printed}${span.from.slice(4)}`, to: `${printed}${span.to.slice(4)}` };
}

/** The same day a year before (a period's first day: 2024-01-01 for 2025-01-01; Y-1-01-01 for Y-01-01). */
function aYearEarlier(date: string): string {
  const pivot = toPivot(date);
  return fromPivot(`${Number(pivot.slice(0, 4)) - 1}${pivot.slice(4)}`);
}

/** The year before a date's (2024 for 2025-09-30; Y-1 for Y-09-30). */
function yearBefore(date: string): string {
  return aYearEarlier(date).slice(0, -6);
}
const BARE_CHANGE = /^[\s，,]*(?:增加|增长|减少|下降|上升)\s*$/;
// The base date of the clause right before, when that clause is a level at it (較113年底之10兆3,931億元).
function earlierLevelClauseBase(doc: Doc, ctx: FigureContext): ReturnType<typeof baseRefIn> {
  // (The clause before, back to its separator — not the comma of a digit group, 10兆3,931.)
  let from = Math.max(ctx.sentence.start, ctx.clauseStart - 1);
  while (from > ctx.sentence.start && !(/[，；;]/.test(doc.s[from - 1] as string) || (doc.s[from - 1] === ',' && !/\d/.test(doc.s[from] ?? '')))) from--;
  const base = baseRefIn(doc, from, ctx.clauseStart);
  return base && /^\s?[之的]/.test(doc.s.slice(base.end, base.end + 2)) ? base : undefined;
}

/** The same time a year before a time: its date, and its period when it has one. */
function aYearBefore(now: ReturnType<Doc['times']['at']>): ReturnType<Doc['times']['at']> {
  const period = now.period ? { from: baseDate(now.period.from, 'yoy'), to: baseDate(now.period.to, 'yoy') } : undefined;
  return { date: baseDate(now.date, 'yoy'), ...(period ? { period } : {}), from: 'paragraph' };
}
// ", when inclusive loans grew", " when they rose by": up to the figure, no other clause.
const WHEN_CLAUSE = /\bwhen\s[^,.;:]{0,60}$/i;
const A_YEAR_BEFORE_EN = /(?:a year (?:earlier|ago|before)|twelve months (?:earlier|before)|(?:in |during )?the same (?:period|time|quarter|month) (?:of |in )?(?:last|the previous|a) year(?: earlier)?|(?:in |during )?the year-earlier period)\s*$/i;

// How long after a date a text is still about it: a statistical release comes out within a quarter.
const STALE_DAYS = 100;
const EARLIER_REF = new RegExp(`^${LAST_YEAR_END}$`);
const THIS_YEAR_SO_FAR = /今年以来|本年以来/;

/**
 * The basis an earlier level stands at, named right before it: 由上年同期的…增至, 由年初的…, "from X a
 * year earlier to Y"; or opening its own clause: 上年同期为353.0亿元, 上季末为372.5亿元.
 */
function earlierLevel(doc: Doc, ctx: FigureContext): Basis | undefined {
  // 上年末余额1060.28亿元, 上年同期增加2.964万亿元, 上年末占比11.42%, 上年同期增速18.2%: a clause that
  // opens with an earlier time states what stood then, whatever it measures — earlier than a date in force
  // before it (a headline's 去年末…达46.8% is the date it stands at).
  const opening = EARLIER_CLAUSE.exec(ctx.cue);
  if (opening && doc.times.statedIn(0, ctx.cueStart + opening.index)) return basisOfEarlier(opening[1] as string);
  if (ctx.figure.unit.dimension !== 'money') return undefined;
  if (/\bfrom\s*$/i.test(ctx.cue) && A_YEAR_EARLIER_AFTER.test(ctx.after)) return 'yoy';
  // "up 18.2 percent from a year earlier, when they stood at 349.1 billion yuan"
  const stood = WHEN_THEY_STOOD.exec(ctx.sentenceBefore) ?? EARLIER_THEY_STOOD.exec(ctx.cue);
  if (stood) return /start|beginning|end of/i.test((stood[1] ?? stood[2]) as string) ? 'ytd' : 'yoy';
  const m = EARLIER_LEVEL.exec(ctx.cue);
  if (!m) return undefined;
  return basisOfEarlier(m[1] ?? m[2] ?? m[3] ?? '');
}

function basisOfEarlier(when: string): Basis {
  return /同期|一年前/.test(when) ? 'yoy' : /季/.test(when) ? 'qoq' : /月/.test(when) ? 'mom' : 'ytd';
}

function isEarlierLevel(doc: Doc, ctx: FigureContext): boolean {
  return earlierLevel(doc, ctx) !== undefined;
}

// (…；两者一年前分别为…: the items named back to, then their time.)
const SAME_TIME_LAST_YEAR_OPENS = new RegExp(`^[\\s"“]*(?:(?:而|在)?(?:${SAME_TIME_LAST_YEAR})[,，]|(?:两者|二者|三者|两项|三项)(?:${SAME_TIME_LAST_YEAR})(?=分别|均|依次)|(?:${A_YEAR_EARLIER_EN}),)`, 'i');
const LAST_YEARS_FLOW_OPENS = /^[\s，,；;]*(?:而)?(?:上年|去年|上一年)(?:全年)?[^，,；;。\d同末底初]{0,12}(?:新增|增加|净增|投放)(?:了|额|量)?(?:为|达)?\s*$/;
const SAME_TIME_LAST_YEAR_BRACKETED = new RegExp(`[（(]\\s?(?:${SAME_TIME_LAST_YEAR})[^（()）\\d]{0,8}$`);
const SAME_TIME_LAST_YEAR_OPENS_SENTENCE = new RegExp(`^[\\s"“]*(?:而|在)?(?:${SAME_TIME_LAST_YEAR})(?![为是為])`);
// (…more than in the same period a year earlier, when they rose by 1.77 trillion yuan: that year's flow.)
const WHEN_THEY_STOOD = /\b(a year (?:earlier|ago|before)|the previous year|the (?:start|beginning) of the year|the end of (?:last|the previous) year),?\s*when (?:they|it|the (?:balance|total|figure)) (?:had )?(?:stood at|been|was|were|totall?ed|came to|rose by|grew by|increased by|expanded by)\s*$/i;
// "…; a year earlier they had stood at 40.91 trillion yuan", ". A year earlier, such loans were …": the level then.
const EARLIER_THEY_STOOD = /\b(a year (?:earlier|ago|before)|twelve months earlier|at the end of (?:last|the previous) year),?\s+(?:they|it|the balance|(?:such|these|those|its|their)\s+(?:[a-z-]+\s+){0,3}?(?:loans|lending))\s+(?:had\s+)?(?:stood at|been|was|were|totall?ed|came to)\s{0,2}$|\bthe (?:balance|total|figure) (a year (?:earlier|ago|before)|at the end of (?:last|the previous) year) (?:had )?(?:stood at|been|was|were)\s{0,2}$/i;
const EARLIER_WHEN = `(?:上年|去年|上一年)同期|一年前|上季末|上季度末|上月末|年初|${LAST_YEAR_END}`;
// (普惠小微贷款年初余额768.2亿元, …贷款上年同期余额, …贷款余额年初为: the earlier time between the loans and their balance —
// words the time reader leaves to this one; 上年末 there is a date of its own.)
const EARLIER_UNREAD = `${SAME_TIME_LAST_YEAR}|年初`;
const EARLIER_LEVEL = new RegExp(`(?:由|从)(${EARLIER_WHEN})的?\\s*$|(?:^|[，,；;])\\s*(${EARLIER_WHEN})(?:的)?(?:余额)?(?:约|仅)?(?:为|是)\\s*$|(?:贷款|放款|信贷|融资)(?:余额|餘額)?(${EARLIER_UNREAD})(?:的)?(?:余额|餘額)?(?:约|仅)?(?:为|是|為)?\\s*$`);
// The clause's own words after the earlier time: a subject, a measure — no comparison (较, 比 but 占比, 比重),
// no other figure, and not 以来 (上年末以来 is since then, up to now).
// (上年同期绿色贷款较年初增长9.5%: the earlier period's own change since its year's start is its figure too.)
const EARLIER_CLAUSE = new RegExp(`(?:^|[，,；;。\\n])\\s{0,4}(?:而|其中)?(${EARLIER_WHEN})(?![以起至])((?:[^，,；;。\\d较比]|(?<=[占同])比|比(?=重|例|率|年初)|较(?=年初)){0,30})$`);
const A_YEAR_EARLIER_AFTER = new RegExp(`^\\s*(?:yuan\\s+)?(?:${A_YEAR_EARLIER_EN}|the previous year)\\b`, 'i');

const OF_WHICH_SHARE_EN = /\bof which\b[^,;.]{0,60}\b(?:made up|make up|makes up|accounted for|account for|accounts for|represented|comprised)\s*$/i;
const ELLIPTIC_PERIOD_AFTER_EN = /^\s*in the (?:second|third|fourth|last|latter)\b(?!\s+(?:quarter|half|month|three|two|four|of|ten|eleven|[a-z]+\s+months))/i;
// ("extended 16.27 trillion yuan in new yuan loans in the first three quarters": past the loans named after it.)
const PERIOD_RIGHT_AFTER_EN = /^ (?:\([^()]{0,60}\) )?(?:(?:of|in) (?:new )?(?:[a-z'-]+ ){0,5}?(?:loans|lending|credit) )?(?:(?:y-o-y|yoy|y\/y|year on year|year-on-year) )?in (?:the )?$/i;

/** The period an English figure names right after it ("by 3.12 trillion yuan in the first quarter"), if any. */
function periodRightAfterEn(doc: Doc, ctx: FigureContext): TimeRef | undefined {
  const refs = doc.times.refs;
  const next = refs[lowerBound(refs, ctx.m.span[1], (r) => r.start)];
  if (!next || next.role !== 'as-of' || next.start - ctx.m.span[1] > 96 || !PERIOD_RIGHT_AFTER_EN.test(doc.s.slice(ctx.m.span[1], next.start))) return undefined;
  // ("…in new yuan loans in September": a month named alone after "in" is the month.)
  if (next.period === undefined && MONTH_ALONE_EN.test(next.text)) return { ...next, period: { from: `${next.date.slice(0, -2)}01`, to: next.date } };
  return next.period !== undefined ? next : undefined;
}

/**
 * "…extended 1.29 trillion yuan in new yuan loans, up from 590 billion yuan in August": the flow before it, over
 * the month named after it. Returns false when the figure is no such earlier flow.
 */
function readEarlierMonthEn(doc: Doc, out: Output, ctx: FigureContext, frame: Frame): boolean {
  if (ctx.figure.unit.dimension !== 'money' || !FROM_BEFORE_EN.test(ctx.cue)) return false;
  const refs = doc.times.refs;
  const next = refs[lowerBound(refs, ctx.m.span[1], (r) => r.start)];
  if (!next || !MONTH_ALONE_EN.test(next.text) || !/^\s*(?:yuan\s+)?in\s+$/i.test(doc.s.slice(ctx.m.span[1], next.start))) return false;
  const flow = claimsOfSentence(out, ctx).filter((c) => c.measure === 'increment').at(-1);
  if (flow && flow.basis === 'mom') {
    const subject = claimSubject(flow, ctx.cueStart, ctx.m.span[0]);
    out.claims.push(makeClaim(doc, out, ctx, { subject, measure: { measure: 'increment', basis: 'mom' }, holder: flow.holder, extra: { date: next.date } }));
  } else out.unread(ctx.m, 'no-date', 'an earlier flow named by its month after it ("up from … in August"), after no flow of a month');
  frame.previousEnd = ctx.m.span[1];
  return true;
}
/**
 * 上年同期，该利率为4.28%: a level named by a demonstrative (该利率, 这一比率, 该比重) is the last level of that kind its
 * paragraph stated, at the time its own words give. Returns false when the figure is no such level.
 */
function readThatRate(doc: Doc, out: Output, ctx: FigureContext, frame: Frame): boolean {
  const named = ctx.figure.unit.dimension === 'percent' ? (THAT_RATE.exec(ctx.cue) ?? THAT_RATE_EN.exec(ctx.cue)) : null;
  if (!named) return false;
  const word = (named[1] ?? named[2]) as string;
  // ("A year earlier, the rate was 4.03 percent": the level last stated, whichever kind of rate it was.)
  const levels: readonly Measure[] = /获贷率/.test(word) ? ['access-rate'] : /利率|interest/i.test(word) ? ['interest-rate'] : /比重|占比|比例|share|proportion/i.test(word) ? ['share'] : /比率|ratio/i.test(word) ? ['ratio'] : ['interest-rate', 'access-rate', 'ratio'];
  const [level] = lastOfParagraph(out, ctx, 1, (c) => levels.includes(c.measure) && !(c.measure === 'share' && (c.flow || !c.of)));
  const kind = level?.measure;
  if (!level || !kind) return false;
  const subject = claimSubject(level, ctx.cueStart, ctx.m.span[0]);
  // (上年同期，该比重为14.67%: a share of the same whole.)
  const whole = kind === 'share' ? { of: level.of, ...(level.ofHolder ? { ofHolder: level.ofHolder } : {}) } : undefined;
  out.claims.push(makeClaim(doc, out, ctx, { subject, measure: { measure: kind }, holder: level.holder, ...(whole ? { extra: whole as Partial<Claim> } : {}) }));
  frame.subject = subject;
  frame.stale = false;
  frame.lastMeasure = kind;
  frame.previousEnd = ctx.m.span[1];
  return true;
}
/**
 * 科技型中小企业贷款同比增长23.6%，各项贷款同比增长7.1%，两者相差16.5个百分点: the gap between the two growth rates its
 * sentence stated last, of two subjects at one date on one basis — the higher's over the lower's, 相差 saying how far
 * apart, not which is ahead. Returns false when the figure is no such gap.
 */
function readGapOfTwo(doc: Doc, out: Output, ctx: FigureContext, frame: Frame): boolean {
  if (ctx.figure.unit.dimension !== 'percentage-points' || !GAP_OF_TWO.test(ctx.cue)) return false;
  const rates = claimsOfSentence(out, ctx).filter((c) => c.measure === 'growth' || c.measure === 'borrowers-growth');
  const [b, a] = rates;
  if (!a || !b || a.measure !== b.measure || a.basis === undefined || a.basis !== b.basis || a.date !== b.date || a.holder !== b.holder || quantityKey(a) === quantityKey(b) || a.figure.value.eq(b.figure.value)) {
    out.unread(ctx.m, 'no-measure', 'a difference of two figures (两者相差) that are not two growth rates of one date and basis');
    frame.previousEnd = ctx.m.span[1];
    return true;
  }
  const [high, low] = a.figure.value.gt(b.figure.value) ? [a, b] : [b, a];
  const extra: Partial<Claim> = { benchmark: low.indicator, ...(low.scope === '人民币' || low.scope === '本外币' ? { benchmarkScope: low.scope } : {}), date: high.date };
  if (low.part) {
    out.unread(ctx.m, 'no-measure', 'a difference of two growth rates (两者相差) whose lower is of a sub-population');
    frame.previousEnd = ctx.m.span[1];
    return true;
  }
  out.claims.push(makeClaim(doc, out, ctx, { subject: claimSubject(high, ctx.cueStart, ctx.m.span[0]), measure: { measure: 'gap', basis: high.basis }, holder: high.holder, extra }));
  frame.previousEnd = ctx.m.span[1];
  return true;
}
// An English relative clause about a comparison's benchmark, up to the figure: "…than all loans, which rose ".
// (A decimal point is no full stop: "…, which grew 7.3 percent to ".)
const BENCHMARK_CLAUSE_EN = /\b(?:than|above|below|outpac(?:ed|ing)|outperform(?:ed|ing))\b(?:[^.;]|\.(?=\d)){0,80},\s*which\s+(?:rose|grew|increased|expanded|climbed|was|were|stood|reached|came)\b(?:[^.;]|\.(?=\d)){0,60}$/i;
const GAP_OF_TWO = /(?:两者|二者|两项|两者之间|二者之间)(?:增速)?(?:相差|之差|差距|差值|差)(?:为|达|达到|是)?\s*$/;
// A quantity as the network keys it, enough to tell two subjects apart.
const quantityKey = (c: Claim): string => `${c.indicator}/${c.part ?? ''}@${c.scope ?? ''}`;

/**
 * 获贷率46.8%，比上年末提高5.3个百分点（上年末为41.5%）: the level its sentence stated, at the earlier time a bracket
 * names — the same quantity then. Returns false when the figure is no such level.
 */
function readEarlierInBrackets(doc: Doc, out: Output, ctx: FigureContext, frame: Frame): boolean {
  const dimension = ctx.figure.unit.dimension;
  if ((dimension !== 'percent' && dimension !== 'money') || !EARLIER_IN_BRACKETS.test(ctx.cue)) return false;
  const time = doc.within(doc.times.refs, ctx.cueStart, ctx.m.span[0], (r) => [r.start, r.end]).at(-1);
  const level = claimsOfSentence(out, ctx).find((c) => c.figure.unit.dimension === dimension && BRACKETED_LEVELS.has(c.measure) && !c.flow);
  if (!time || !level || compareDates(time.date, level.date) >= 0) return false;
  const extra: Partial<Claim> = { date: time.date, ...(level.of ? { of: level.of } : {}), ...(level.ofHolder ? { ofHolder: level.ofHolder } : {}) };
  out.claims.push(makeClaim(doc, out, ctx, { subject: claimSubject(level, ctx.cueStart, ctx.m.span[0]), measure: { measure: level.measure, ...(level.basis ? { basis: level.basis } : {}) }, holder: level.holder, extra }));
  frame.previousEnd = ctx.m.span[1];
  return true;
}
const EARLIER_IN_BRACKETS = /[（(]\s*(?:上年末|去年末|上年底|去年底|上年年末|年初|上年同期|去年同期|上月末|上月底|上季末|上季度末|\d{4}年(?:末|底))(?:为|是|為|[：:])?\s*$/;
// The measures a bracket restates at an earlier time: a level, a share, a balance or a rate — not a change.
const BRACKETED_LEVELS: ReadonlySet<Measure> = new Set<Measure>(['balance', 'share', 'growth', 'interest-rate', 'access-rate', 'ratio']);

const THAT_RATE = /(?:该|这一|此|上述)(利率|比率|获贷率|不良率|比重|占比|比例)(?:水平)?(?:为|是|达|达到)?\s*$/;
// "A year earlier, the rate was 4.03 percent", "the share stood at": the level its paragraph last stated.
const THAT_RATE_EN = /(?:^|[,.;]\s*)(?:the|that|this) ((?:average )?(?:interest )?rate|ratio|share|proportion) (?:was|stood at|came in at|had been)\s*$/i;

const FROM_BEFORE_EN = /\b(?:up|down|rising|falling|rose|fell)?\s*from\s*$|\b(?:compared with|compared to|versus|against)\s*$/i;

// Between an English figure and its own date: a bracketed restatement at most, then at/by/as of.
// ("rose 24.1 percent year on year at the end of September 2024": the basis may stand between.)
const DATE_RIGHT_AFTER_EN = /^\s*(?:\([^()]{0,48}\)\s*)?(?:(?:year[- ]on[- ]year|y-o-y|from a year (?:earlier|ago)|from the (?:beginning|start) of the year),?\s+)?(?:at|by|as of|on|when)\s(?:the\s)?$/i;

function negate(figure: Figure): Figure {
  return { ...figure, value: figure.value.neg(), stated: figure.stated.neg() };
}

/**
 * Reads a figure that states what is: its subject (named in its clause, else carried by the
 * frame), its measure, holder and date, the benchmark of a gap and the whole of a share.
 * What cannot be read with confidence goes to facts or to unparsed, with its code.
 */
// The words of a cap or a requirement on a figure: 不超过5000万元, 最高可达500万元, 不低于1.5个百分点.
const REQUIRED_BOUND = /^(?:不超过|不高于|至多|最高|最多|不少于|不低于|至少)/;
const REQUIRED_BOUND_BEFORE = /(?:不超过|不高于|至多|最高(?:可达|可获|可享受?|为|达)?|最多(?:可达|可获|为)?|不少于|不低于|至少)\s*$/;

export function readStatement(doc: Doc, out: Output, given: FigureContext, frame: Frame): void {
  // "Loans to five key areas top 105 trillion yuan": a headline's verb of a level passed, over it
  // ("the top 10 banks" keeps top a rank: only an amount is passed).
  const passed = given.figure.unit.dimension === 'money' && given.figure.qualifier === 'exact' && /\b(?:top|tops|topped)\s*$/i.test(given.cue);
  const ctx: FigureContext = passed ? { ...given, figure: { ...given.figure, qualifier: 'over' } } : given;
  const { m, figure, cue } = ctx;
  const dimension = figure.unit.dimension;
  if (readThatRate(doc, out, ctx, frame) || readGapOfTwo(doc, out, ctx, frame) || readEarlierInBrackets(doc, out, ctx, frame)) return;
  // 1.58万亿元（15800亿元）: the figure before, converted into another unit — its digits the rounded value's, so no
  // figure of its own (read as one, 15800亿元 would claim a precision the text never had).
  if (dimension === 'money' && convertsTheFigureBefore(doc, ctx)) {
    out.unread(m, 'conversion', 'the figure before it in another unit (1.58万亿元（15800亿元）), not a figure of its own');
    frame.previousEnd = m.span[1];
    return;
  }
  // 资产总额不超过5000万元, 其中信用贷款不超过300万元, 最高可达500万元: a cap or a requirement a policy sets (the goals
  // were read before), never a statistic.
  if ((dimension === 'money' || dimension === 'percent' || dimension === 'percentage-points') && (REQUIRED_BOUND.test(figure.text) || REQUIRED_BOUND_BEFORE.test(cue))) {
    if (!keepAsFact(doc, out, ctx, frame, false)) out.unread(m, 'no-measure', 'a cap or a requirement (不超过, 不少于, 最高), not a statistic');
    frame.previousEnd = m.span[1];
    return;
  }
  // (三家合计增加…, 两县合计…: a count that names the items before it together is no figure of its own.)
  if ((dimension === 'count' || dimension === 'number') && /^\s*(?:合计|共计|合共|总计)/.test(doc.s.slice(m.span[1], m.span[1] + 4))) {
    out.unread(m, 'name', 'a count that names the items before it together (三家合计)');
    frame.previousEnd = m.span[1];
    return;
  }
  // (增量已超过2024年全年24.09亿元: by how much a flow exceeds another span's flow — no flow of that span.)
  if (dimension === 'money' && /(?:超过|超出|多于|高于|多出)[^，,；;。]{0,16}$/.test(ctx.clauseBefore) && (frame.lastMeasure === 'increment' || /增量|新增额|投放额|发放额/.test(ctx.clauseBefore)) && doc.within(doc.times.refs, ctx.clauseStart, m.span[0], (r) => [r.start, r.end]).length > 0) {
    out.unread(m, 'no-measure', "by how much a flow exceeds another period's flow (增量已超过2024年全年…)");
    frame.previousEnd = m.span[1];
    return;
  }
  // 同比增长21.6%的绿色贷款余额…: a rate said of the loans named after it, in a phrase that describes them — not the
  // subject in force's.
  if (dimension === 'percent' && RATE_OF_WHAT_FOLLOWS.test(ctx.after.slice(0, 32))) {
    out.unread(m, 'no-subject', 'a rate said of the loans named after it (…增长21.6%的绿色贷款)');
    frame.previousEnd = m.span[1];
    return;
  }
  // 金融租赁公司1096.85亿元（27.90%） with the amount left unread: the share in brackets is that item's, no one else's.
  if (dimension === 'percent' && /^\s*[(（]\s*$/.test(cue) && out.lastUnreadEnd === ctx.cueStart) {
    out.unread(m, 'no-subject', 'a share in brackets after an amount left unread: of the same unread item');
    frame.previousEnd = m.span[1];
    return;
  }
  // 略高於主計處預估全年經濟成長率4.45%, "higher than the province's GDP growth of 4.1 percent": the rate of the economy a
  // figure is compared with — no figure of the subject's.
  // ("…, compared with an increase of 6.6 percent for overall loans": the rate of all loans the figure is compared
  // with, not the subject's.)
  if (dimension === 'percent' && COMPARED_EN.test(cue) && ALL_LOANS_AFTER_EN.test(ctx.after)) {
    out.unread(m, 'no-subject', "the rate of all loans a figure is compared with (compared with … for overall loans), not the subject's");
    frame.previousEnd = m.span[1];
    return;
  }
  if (dimension === 'percent' && (ECONOMY_COMPARED.test(cue) || ECONOMY_COMPARED_EN.test(cue))) {
    out.unread(m, 'no-subject', "the economy's rate a figure is compared with (高于地区生产总值增速…), not the subject's");
    frame.previousEnd = m.span[1];
    return;
  }
  // 上年增速为24.1%: last year's rate — at its end, or at this date a year before; the text does not say which.
  if (dimension === 'percent' && LAST_YEARS_RATE.test(cue)) {
    out.unread(m, 'no-date', "a rate of last year (上年增速), at its end or at the same date a year before — the text does not say");
    frame.previousEnd = m.span[1];
    return;
  }
  // "grew by between 11.5 and 43 percent": the ends of a range over several subjects, neither one's figure.
  if (/\bbetween\s*$/i.test(cue) || /\bbetween [\d.,]+ ?(?:percent|%|trillion|billion)?(?: yuan)? and ?$/i.test(ctx.sentenceBefore)) {
    out.unread(m, 'no-subject', 'an end of a range ("between 11.5 and 43 percent"), no one subject\'s figure');
    frame.previousEnd = m.span[1];
    return;
  }
  // "five priority areas", "the five largest": a count of fields or ranks, never a statistic.
  if (dimension === 'number' && figure.unit.symbol === '' && THINGS_EN.test(ctx.after)) {
    // (The words stay part of the subject they stand in: "Loans to five key areas top …".)
    if (!keepAsFact(doc, out, ctx, frame, false)) out.unread(m, 'count-not-borrowers', 'a count of areas, sectors or ranks, not a statistic');
    return;
  }
  // "over three years", "for two years": a length of time, not a count.
  if (figure.unit.symbol === '' && /^\s+(years?|months?|quarters?|weeks?|days?)\b/i.test(ctx.after)) {
    out.unread(m, 'length-of-time', 'a length of time');
    frame.stale = true;
    return;
  }
  // 单户授信1000万元及以下小微企业贷款: a threshold inside a subject's name, not a figure of it;
  // 对…同比增长15%以上的银行机构给予奖励: a condition on who is rewarded, not a growth stated.
  if (isDefinition(cue, ctx.after) || CONDITION_AFTER.test(ctx.after)) {
    out.unread(m, 'definition', 'a threshold that defines the subject (单户授信…以下), part of its name');
    return;
  }
  // "rose from 171.59 billion yuan a year earlier to …" with no date in force: a year before an unknown date;
  // 年初余额3,068.8亿元 in a text that gives no date: the start of a year it does not name.
  // (A headline's 去年末…达46.8% is dated by its own words: only an earlier time no date stands before.)
  const earlierOpening = EARLIER_CLAUSE.exec(cue);
  const openingAt = earlierOpening ? ctx.cueStart + earlierOpening.index + earlierOpening[0].length - (earlierOpening[2] ?? '').length : -1;
  const openingRef = openingAt >= 0 ? doc.times.refs[lowerBound(doc.times.refs, openingAt, (r) => r.start) - 1] : undefined;
  const undatedEarlier = earlierOpening !== null && !doc.times.statedIn(0, ctx.cueStart + earlierOpening.index) && openingRef?.role !== 'as-of';
  if ((isEarlierLevel(doc, ctx) && doc.times.at(m.span[0], ctx.paragraphStart, ctx.paragraphEnd).from === 'none') || undatedEarlier) {
    out.unread(m, 'no-date', 'the earlier level of a from–to sentence whose date the text does not give');
    frame.previousEnd = m.span[1];
    return;
  }
  // 按新增绿色贷款的0.5%给予奖励: a rate a policy pays on something, a parameter of the policy, not a statistic.
  if (dimension === 'percent' && APPLIED_RATE_BEFORE.test(cue) && APPLIED_RATE_AFTER.test(ctx.after)) {
    if (!keepAsFact(doc, out, ctx, frame, false)) out.unread(m, 'no-measure', 'a rate a policy applies (按…的0.5%给予奖励), not a statistic');
    frame.previousEnd = m.span[1];
    return;
  }
  // 丙银行（742.15亿元）、丁银行（531.8亿元）…，三家合计1,764.62亿元: a joint total of the items before it,
  // none of which it restates (a 分别 list's is read with the list).
  // 宁波银行与杭州银行两家银行…合计4312.6亿元，比上年末合计增加…: banks named together hold their totals together.
  // (A市、B市、C市普惠小微贷款余额合计2761.7亿元: places named together hold their total together.)
  const together = banksTogether(doc, ctx) ?? placesTogether(doc, ctx);
  if (together) {
    frame.jointHolder = together;
    frame.jointFrom = m.span[0];
  }
  const joint = together ? null : JOINT_TOTAL.exec(doc.s.slice(ctx.clauseStart, m.span[0])) ?? JOINT_TOTAL_EN.exec(doc.s.slice(ctx.clauseStart, m.span[0]));
  if (joint) {
    if (readJointOfBanks(doc, out, ctx, frame, joint[1])) return;
    out.unread(m, 'no-subject', 'a joint total of items before it (三家合计), whose subject none of them is');
    frame.previousEnd = m.span[1];
    return;
  }
  if (readCountedShare(doc, out, ctx)) return;
  // 7月增加18.2亿元，9月增加16.8亿元，两个月合计增加35.0亿元: a total over periods its sentence named, no flow of the
  // last of them (nor of any one span, where they are not adjacent).
  if (dimension === 'money' && /(?:合计|共计|总计)/.test(cue) && periodsNamedBefore(doc, ctx) >= 2) {
    out.unread(m, 'no-measure', 'a total over the periods its sentence named before it (两个月合计), no flow of one of them');
    frame.previousEnd = m.span[1];
    return;
  }
  if (dimension === 'money' && readHoldersTotal(doc, out, ctx, frame)) return;
  // …投向A（186.25亿元）、B（97.40亿元）…，合计376.85亿元: the total of the parts just read is their whole.
  if (dimension === 'money' && (PARTS_TOTAL.test(cue) || COUNTED_TOTAL.test(ctx.clauseBefore) || PLACES_TOTAL.test(ctx.clauseBefore))) {
    if (readPartsTotal(doc, out, ctx, frame) || readCountedTotal(doc, out, ctx, frame)) return;
    const reason = totalOfNone(claimsOfSentence(out, ctx));
    if (reason) {
      out.unread(m, 'no-subject', reason);
      frame.previousEnd = m.span[1];
      return;
    }
  }
  // 占全国绿色贷款余额42.39万亿元的8.4%: the whole of the share after it, stated inside its phrase.
  if (dimension === 'money' && SHARE_AFTER.test(ctx.after)) {
    if (readWholeInside(doc, out, ctx, frame)) return;
    // 占全行授信總額15,268億元之比重: a whole the catalog does not name is no figure of the subject in force.
    if (/占[^，,；;。\d]{1,16}$/.test(cue)) {
      out.unread(m, 'no-subject', "the whole of a share, named inside its phrase, which the catalog does not know");
      frame.previousEnd = m.span[1];
      return;
    }
  }
  // "8.4 percent of the national total of 42.39 trillion yuan": the whole's balance, of the nation (or the province).
  const totalOf = dimension === 'money' ? TOTAL_OF_EN.exec(cue) : null;
  if (totalOf) {
    if (frame.subject) {
      const holder = /provinc/i.test(totalOf[1] ?? '') ? areaWordHolder('全省', doc.holderScope(m.span[0], m.span[0])) : 'national';
      out.claims.push(makeClaim(doc, out, ctx, { subject: frame.subject, measure: { measure: 'balance' }, holder }));
    } else out.unread(m, 'no-subject', 'the total a share is of, whose subject is not named');
    frame.previousEnd = m.span[1];
    return;
  }
  if (dimension === 'percent' && frame.wholeInside && readShareOfWholeInside(doc, out, ctx, frame)) return;
  // 比全国同期增速（6.8%）高4.8个百分点: the benchmark's own rate, in brackets after its name.
  if (dimension === 'percent' && (BENCHMARK_IN_BRACKETS.test(cue) || BENCHMARK_RATE_OF_EN.test(cue.trimEnd()) || BENCHMARK_WHICH_EN.test(ctx.sentenceBefore.trimEnd()) || (BENCHMARK_RATE_BEFORE_EN.test(cue.trimEnd()) && BENCHMARK_NAMED_AFTER_EN.test(ctx.after)) || (BENCHMARK_RATE_INLINE.test(cue) && /^\s*(?:高|低|快|慢)/.test(ctx.after)) || (BENCHMARK_RATE_BEFORE_NOUN.test(cue) && RATE_NOUN_THEN_VERB.test(ctx.after))) && readBenchmarkRate(doc, out, ctx, frame)) return;
  let found = figureSubject(doc, ctx, frame);
  // ("outpacing the 7.1 percent growth of all loans by 15.0 percentage points": the benchmark whose rate was just read,
  // named again before the gap — the gap is of the subject in force.)
  if (dimension === 'percentage-points' && frame.lastBenchmark && frame.subject && found.own?.indicator === frame.lastBenchmark.indicator && frame.subject.indicator !== found.own.indicator && /\bby\s?$/i.test(cue)) found = { own: undefined, subject: frame.subject };
  // ("…by 10.2 percentage points and the 14.6 percent growth of inclusive loans by 3.7 percentage points": a second
  // benchmark, whose rate its words just gave — the gap is still the subject's, to that benchmark.)
  else if (dimension === 'percentage-points' && frame.subject && found.own && found.own.indicator !== frame.subject.indicator && isEnglish(cue) && /\bby\s?$/i.test(cue) && /\b(?:and|as well as)\s+the\s*$/i.test(ctx.sentenceBefore.slice(0, ctx.sentenceBefore.length - cue.length).slice(-12))) {
    frame.lastBenchmark = { indicator: found.own.indicator };
    found = { own: undefined, subject: frame.subject };
  }
  const own = found.own;
  // ("…above the growth of all loans, which grew 7.3 percent to 11.26 trillion yuan": the benchmark's balance, in its clause.)
  const benchmark = frame.lastBenchmark;
  if (!own && benchmark && dimension === 'money' && /\bto\s*$/i.test(cue) && BENCHMARK_CLAUSE_EN.test(ctx.sentenceBefore.slice(-200))) {
    const subject: Subject = { indicator: benchmark.indicator, words: benchmark.indicator, ...(benchmark.scope ? { scope: benchmark.scope } : {}), start: ctx.cueStart, end: m.span[0] };
    out.claims.push(makeClaim(doc, out, ctx, { subject, measure: { measure: 'balance' }, holder: benchmark.holder ?? figureHolder(doc, ctx) }));
    frame.previousEnd = m.span[1];
    return;
  }
  // 其次为政策性银行，余额904.2亿元; 主要投向交通运输、仓储和邮政业，余额1293.72亿元: the item the clause before
  // names is the figure's, and it is not the subject in force.
  // (…其次为基础设施绿色升级产业，余额3720亿元: unless the item is a part of a whole the catalog knows.)
  if (ITEM_NAMED_BEFORE.test(doc.s.slice(Math.max(ctx.sentence.start, ctx.clauseStart - 40), ctx.clauseStart)) && BARE_MEASURE.test(doc.s.slice(ctx.clauseStart, m.span[0])) && !(own && (greenUsePart(doc, own).indicator !== own.indicator || (own.indicator === 'green-loans' && own.part !== undefined)))) {
    out.unread(m, 'no-subject', 'the figure of an item the clause before names (其次为…，余额…), not of the subject in force');
    frame.previousEnd = m.span[1];
    return;
  }
  // 3.46万亿元（约4840亿美元）, "(about 6.6 trillion U.S. dollars)": the balance just before, in another currency.
  if (figure.unit.currency && restatesTheFigureBefore(doc, frame.previousEnd, m.span[0])) {
    const subject = frame.subject;
    // (约6,583亿港元 after 达844亿美元: an amount issued restated, as well as a balance.)
    // ("…(about 36.4 trillion U.S. dollars), marking an increase of 14.0 trillion yuan (about 1.96 trillion U.S. dollars)":
    // only the figure right before, when it was read as a balance — not the last balance read.)
    const lastSpan = out.claims.length > 0 ? out.spanOf(out.claims.at(-1) as Claim) : undefined;
    const rightBefore = lastSpan !== undefined && frame.previousEnd - lastSpan[1] <= 2;
    if (subject && rightBefore && (frame.lastMeasure === 'balance' || frame.lastMeasure === 'amount')) {
      out.claims.push(makeClaim(doc, out, ctx, { subject, measure: { measure: 'restatement' }, holder: figureHolder(doc, ctx) }));
    } else out.unread(m, 'foreign-currency', 'an amount in another currency restating a figure not read as a balance');
    frame.previousEnd = m.span[1];
    return;
  }
  // "loans to A, B and C rose 1%, 2% and 3%" whose list did not pair: the phrase of all three is none's subject.
  const named = own ?? frame.subject;
  if (named && /,/.test(named.words) && isEnglish(named.words) && figureRunEnd(doc, ctx) >= 0) {
    out.unread(m, 'list-mismatch', 'a run of figures after a list of subjects that do not pair');
    frame.previousEnd = m.span[1];
    return;
  }
  // 全年贷款日均余额512.6亿元，增长10.2%: a daily average over the year is no balance, nor is its growth the balance's.
  if (/日均|平均余额|\baverage (?:daily )?balance\b/i.test(cue)) {
    out.unread(m, 'no-measure', 'a daily average (日均余额), not a balance at a date');
    frame.stale = true;
    frame.lastMeasure = 'amount';
    frame.previousEnd = m.span[1];
    return;
  }
  // 户均贷款36.7万元: an average per borrower, no balance — and the subject in force stays.
  if (own && PER_BORROWER.test(own.words)) {
    out.unread(m, 'no-measure', 'an average per borrower (户均), not a statistic of the loans');
    frame.previousEnd = m.span[1];
    return;
  }
  // 科技贷款和绿色贷款余额合计4,418.3亿元: a joint total of two quantities, neither of them.
  if (own?.part && /合计|共计|总计/.test(cue) && lookupSubject(own.part) !== undefined) {
    out.unread(m, 'no-subject', 'a joint total of two quantities (A和B合计), neither of them');
    frame.previousEnd = m.span[1];
    return;
  }
  const previous = frame.subject;
  if (own) {
    frame.subject = own;
    frame.stale = false;
  }
  // Counts name what they count after the number: 28.4万家科技型中小企业, 14家银行机构.
  const counted = dimension === 'count' || dimension === 'number' ? countedAfter(doc, ctx) : undefined;
  // 服务科技型企业3200家, 惠及1.2万户, "growers served": those a service reached, a fact of it.
  const counts = own ?? counted;
  const served = (dimension === 'count' || dimension === 'number') && (counts === undefined || counts.indicator.startsWith('subject:')) && SERVED.test(`${counts?.words ?? ''} ${cue}`) && !WITH_LOANS.test(counts?.words ?? '');
  // (服务科技型企业客户2,316户，比上年末新增487户，增长26.6%: a count told with its change is a statistic.)
  const toldWithChange = served && COUNT_CHANGE_AFTER.test(ctx.after);
  if (served && !toldWithChange && keepAsFact(doc, out, ctx, frame, false)) return;
  // 有贷款余额户数3.42万户, 有贷款余额的客户: the borrowers of the subject in force, which names no loans of its own.
  const borrowersOf = own && HOLDERS_OF_LOANS.test(own.words) && previous && !previous.indicator.startsWith('subject:') ? { ...previous, withLoans: true } : undefined;
  if (borrowersOf) frame.subject = borrowersOf;
  // ("green loans of the six large state-owned banks": the banks are what the number counts, not the loans.)
  const lenders = counted !== undefined && /\b(?:banks|lenders|institutions)$/i.test(counted.words) && /\b(?:loans?|lending|credit)\b/i.test(own?.words ?? '') ? counted : undefined;
  const spoken = lenders ?? borrowersOf ?? own ?? counted ?? found.subject;
  // 授信户数1.26万户，其中首贷户1843户: borrowers of a kind, a part of those counted — never the same count.
  const kindOfBorrowers = dimension === 'count' && spoken && !spoken.part ? BORROWERS_OF_A_KIND.exec(cue)?.[1] : undefined;
  const subject = kindOfBorrowers && spoken ? { ...spoken, part: `${kindOfBorrowers}户` } : spoken;
  frame.previousEnd = m.span[1];

  // A rank: "ranking among the top fifty" — of the subject before it in the sentence.
  if (RANK_CUE.test(cue)) {
    const ranked = subject ?? nearestName(doc, ctx.windowStart, m.span[0]) ?? counted;
    if (ranked) {
      out.claims.push(makeClaim(doc, out, ctx, { subject: ranked, measure: { measure: 'rank' }, holder: figureHolder(doc, ctx) }));
      return;
    }
  }
  // A case study's credit line and what was disbursed of it: where no catalog subject is named
  // (向企业发放…流动资金贷款500万元 is one loan of a case, not a statistic of 流动资金贷款).
  if ((!own || own.indicator.startsWith('subject:')) && !counted && readCase(doc, out, ctx, frame)) return;
  if (!subject) {
    if (!keepAsFact(doc, out, ctx, frame, false)) {
      out.unread(m, 'no-subject', dimension === 'count' || dimension === 'number' ? 'a count whose subject is not named' : 'nothing before it names what it is about');
    }
    return;
  }
  // A policy's or a case's figure about something the catalog does not know (5处服务点, 床位140余张,
  // 重大技改项目最高给予2000万元): a fact of the story, not a statistic to check.
  // …but a bank's own loans (该行养老产业贷款较年初增长67.9%, "The branch's elderly care loans rose") are its statistics.
  const context = subject.indicator.startsWith('subject:') ? contextOf(doc, ctx) : 'other';
  // (“惠农e贷”余额7034亿元，比年初增加…: a loan product named as the subject of its balance is a statistic of the bank
  // too — not 提供了“养老保障贷”30万元, one loan of a story.)
  const productBook = /贷$/.test(subject.words) && /["“]/.test(doc.s.slice(Math.max(0, subject.start - 1), subject.start)) && /^["”]\s*(?:的)?(?:贷款)?余额/.test(doc.s.slice(subject.end, subject.end + 6));
  // (本行服务科技型企业客户2,316户，比上年末新增487户，增长26.6%: a bank's count of borrowers told with its change is a
  // statistic of the bank, and so is the change.)
  const borrowersTold = BORROWERS.test(subject.words) && (toldWithChange || frame.lastMeasure === 'borrowers' || frame.lastMeasure === 'borrowers-increment');
  if (context !== 'other' && !(context === 'case' && (LOANS.test(subject.words) || productBook || borrowersTold)) && keepAsFact(doc, out, ctx, frame, false)) return;
  // 服务科技型企业3200家 after 科技型企业贷款: a count of firms is not a figure of the loans.
  if (!own && !counted && indicatorUnitKind(subject.indicator) === 'money' && dimension === 'count' && !figure.unit.symbol.endsWith('户')) {
    if (!keepAsFact(doc, out, ctx, frame, false)) out.unread(m, 'count-not-borrowers', 'a count next to a loan that does not say it counts borrowers');
    return;
  }
  // 中信银行余额2000.79亿元；民生银行1073.17亿元: an amount right after a bank's name is its level of the subject in force.
  const bank = doc.banks[lowerBound(doc.banks, m.span[0], (b) => b.start) - 1];
  const afterBank = own === undefined && dimension === 'money' && bank !== undefined && /^的?\s*$/.test(doc.s.slice(bank.end, m.span[0]));
  // (A subject named after its figure — "extended 20.1 billion yuan in new loans" — is no subject right before it.)
  // (…比年初新增较多的地区为杭州（1012亿元）: a place's figure in brackets is what the words before the list measure.)
  const flowOfList = FLOW_BEFORE_BRACKET.test(ctx.cue);
  const adjacent = ((own !== undefined && own.end <= m.span[0] && m.span[0] - own.end <= 1) || afterBank) && !flowOfList;
  // 上半年，全省绿色贷款新增…, "In the first half, green loans increased by…": the sentence's period;
  // a sentence that opens with 其中 goes on with the one before it (上半年…增加。其中，新增…).
  const goesOn = /^[\s"“]*其中/.test(doc.s.slice(ctx.sentence.start, ctx.sentence.start + 8)) && ctx.sentence.index > 0 ? doc.sentence(ctx.sentence.index - 1) : undefined;
  // ("grew by 3.12 trillion yuan in the first quarter and by 2.23 trillion yuan in the second": English names it after.)
  if (isEnglish(ctx.cue) && readEarlierMonthEn(doc, out, ctx, frame)) return;
  // ("… in the first quarter and by 2.23 trillion yuan in the second": a period whose noun the writer left off,
  // never the one named before.)
  if (ELLIPTIC_PERIOD_AFTER_EN.test(ctx.after)) {
    out.unread(m, 'no-date', 'a period named only by its ordinal ("in the second"), its noun left off');
    frame.previousEnd = m.span[1];
    return;
  }
  const period = periodRightAfterEn(doc, ctx) ?? doc.times.periodIn(goesOn ? Math.max(goesOn.start, m.span[0] - WINDOW) : ctx.windowStart, m.span[0]);
  // (2024年，…增加862.4亿元，其中一季度增加312.5亿元: a period its sentence names without a year, after a year the
  // sentence printed, is of that year — never of the document's, which the time reader gave it.)
  if (period && !/\d{4}|今年|去年|上年|本年|前年/.test(period.text)) {
    const printed = yearPrintedBefore(doc.times.refs, ctx.sentence.start, period.start);
    if (printed && printed !== period.date.slice(0, 4)) {
      out.unread(m, 'no-date', "a period named without its year after another year its sentence printed (2024年，…其中一季度…)");
      frame.previousEnd = m.span[1];
      return;
    }
  }
  const dated = doc.times.at(m.span[0], ctx.paragraphStart, ctx.paragraphEnd);
  // 今年以来，…增加962.1亿元。去年末，…: this year's flow is not of the earlier year-end the text names after it.
  const later = doc.times.asOf[lowerBound(doc.times.asOf, m.span[0], (r) => r.start)];
  if (THIS_YEAR_SO_FAR.test(ctx.sentenceBefore) && later && later.date === dated.date && !doc.times.statedIn(ctx.paragraphStart, m.span[0]) && /去年|上年|上一年|前年/.test(later.text)) {
    out.unread(m, 'no-date', 'a figure of this year (今年以来) whose date the text gives only for an earlier year, after it');
    return;
  }
  // 超过上年全年增量（586.2亿元）, 比2024年全年新增额（1862.4亿元）多…: a whole year's flow named as a yardstick,
  // the flow of that year (of last year, when the text's own year is known).
  const yearsFlow = dimension === 'money' ? YEARS_FLOW_NAMED.exec(ctx.cue) : null;
  if (yearsFlow) {
    const year = yearsFlow[2] ?? (dated.from !== 'none' && /^(?:\d{4}|Y)/.test(dated.date) ? yearBefore(dated.date) : undefined);
    if (!year) out.unread(m, 'no-date', "last year's flow named as a yardstick (上年全年增量（…）) in a text of no year");
    else out.claims.push(makeClaim(doc, out, ctx, { subject, measure: { measure: 'increment', basis: 'yoy' }, holder: figureHolder(doc, ctx), extra: { date: `${year}-12-31` } }));
    return;
  }
  // (較113年底之10兆3,931億元，增加2,571億元: a bare change after a clause that states the level at a base date is since that date.)
  const base = baseRefIn(doc, ctx.clauseStart, m.span[0]) ?? (BARE_CHANGE.test(ctx.cue) ? earlierLevelClauseBase(doc, ctx) : undefined);
  // 二季度新增额较一季度多20亿元, 较二季度当季新增少20亿元: a period's flow set against another period's, not a change since a date.
  if (dimension === 'money' && base?.period && !(base.period.from.endsWith('-01-01') && base.period.to.endsWith('-12-31')) && !/[末底初]$/.test(base.text) && /^[^,，;；。]{0,12}(?:多|少)(?:增|增加|了|出)?\s*$/.test(doc.s.slice(base.end, m.span[0]))) {
    out.unread(m, 'no-measure', "a difference between two periods' flows (较一季度多…)");
    return;
  }
  // ("an increase of 1.05 trillion yuan from the end of August": English names the base after the figure.)
  const baseAfter = base ? undefined : baseRefAfterEn(doc, ctx);
  const baseRef = base ?? baseAfter;
  // (由年初的3200亿元增至3600亿元，增长12.5%: with no base in its clause, a change is over the rise its sentence told.)
  const dateBasis = baseRef ? (dated.from !== 'none' ? basisBetween(dated.date, baseRef.date) : undefined) : basisOfRise(doc, ctx, dated);
  // 12月份，全市绿色贷款增加10亿元: a month named as a month (not 12月末) — a bare flow in it is the month's.
  const monthRef = doc.times.asOfBefore(ctx.sentence.start, m.span[0]);
  // ("In January, banks extended…", "January saw banks extend…": in English, a month after "in", or one that saw.)
  const monthAlone = monthRef !== undefined && (MONTH_ALONE.test(monthRef.text) || (MONTH_ALONE_EN.test(monthRef.text) && (/\b(?:in|during)\s+$/i.test(doc.s.slice(Math.max(0, monthRef.start - 8), monthRef.start)) || /^\s+saw\b/.test(doc.s.slice(monthRef.end, monthRef.end + 5)))));
  const ofMonth = monthRef !== undefined && monthAlone && !/累计|以来|\bsince\b|\bso far\b/i.test(doc.s.slice(monthRef.end, m.span[0]));
  const yearEnd = dated.from !== 'none' && dated.period === undefined && dated.date.endsWith('-12-31') && period === undefined && !ofMonth;
  // 两者合计23979亿元，占全省绿色贷款的79%: the share of the parts together, just read.
  const ofJoint = dimension === 'percent' && /^[\s，,]*(?:合计)?占/.test(cue) && frame.lastMeasure === 'balance' && frame.subject !== undefined && JOINT_PARTS.has(frame.subject) && frame.subject === subject;
  // 交通运输、仓储和邮政业 1293.72亿元 32.91% on a breakdown's line, 金融租赁公司1096.85亿元（27.90%）: the part's share
  // right after its amount.
  const ofPart = dimension === 'percent' && frame.lastMeasure === 'balance' && frame.subject !== undefined && frame.subject.part !== undefined && frame.subject === subject && ((frame.breakdown === true && /^\s*$/.test(cue)) || /^\s*[(（]\s*$/.test(cue));
  const measure =
    (ofJoint || ofPart ? { measure: 'share' as const } : null) ??
    flowOfBracketRun(doc, out, cue, dimension) ??
    firstBracketItem(out, ctx, frame, cue) ??
    partOfGrossFlow(out, ctx, cue) ??
    (/增长|增速|同比|较年初|growth/i.test(cue) ? null : ratioOf(subject.indicator, figure)) ??
    measureOf(figure, {
      cue,
      clauseBefore: ctx.clauseBefore,
      sentenceBefore: ctx.sentenceBefore,
      after: ctx.after,
      lastMeasure: frame.lastMeasure,
      adjacent,
      period: sameTimeLastYear(doc, ctx) ?? period?.period ?? (ofMonth && monthRef ? { from: `${monthRef.date.slice(0, -2)}01`, to: monthRef.date } : undefined),
      dateBasis,
      lastIncrementBasis: frame.lastIncrementBasis,
      yearEnd,
    });
  // ("…, 38.6 billion yuan more than in 2019" of a 2024 flow: a year that is not the one before, no difference of
  // the same flow a year before.)
  const yearNamed = measure?.measure === 'flow-difference' ? /^\s*(?:yuan\s+)?(?:more|less|fewer) than (?:in )?((?:19|20)\d\d)\b/i.exec(ctx.after) : null;
  if (yearNamed && (dated.from === 'none' || !/^\d{4}/.test(dated.date) || Number(yearNamed[1]) !== Number(dated.date.slice(0, 4)) - 1)) {
    out.unread(m, 'no-measure', 'a difference from a flow of a year other than the one before');
    frame.previousEnd = m.span[1];
    return;
  }
  // (两地余额分别为8000亿元（较年初增加1012亿元）、5000亿元（…）: a bracket on a figure left unread is of what that figure
  // was of — unread with it.)
  const bracketAt = Math.max(ctx.cue.lastIndexOf('('), ctx.cue.lastIndexOf('（'));
  if (bracketAt >= 0 && !/[)）]/.test(ctx.cue.slice(bracketAt)) && /增加|新增|增长|减少|下降/.test(ctx.cue.slice(bracketAt)) && /\d\s{0,2}(?:亿元|万元|万亿元|元)\s{0,2}$/.test(doc.s.slice(Math.max(0, ctx.cueStart + bracketAt - 8), ctx.cueStart + bracketAt))) {
    const last = out.claims.at(-1);
    const lastEnd = last ? out.spanOf(last)?.[1] : undefined;
    if (lastEnd === undefined || ctx.cueStart + bracketAt - lastEnd > 2) {
      out.unread(m, 'no-subject', 'inside the bracket of a figure left unread');
      frame.previousEnd = m.span[1];
      return;
    }
  }
  // (其中单户授信1000万元以下（1200亿元）: the loans a threshold defines, bracketed after it — a part whose name the
  // threshold is, which the subject stage does not compose.)
  // ("…with single household credit of less than 10 million yuan was…": the threshold that defines the loans, no figure of them.)
  // (500万元至1000万元（含）的，贴息比例为30%: the bound of a policy's tier, no figure of the loans.)
  if (dimension === 'money' && (((ctx.figure.qualifier === 'under' || ctx.figure.qualifier === 'at-most' || UP_TO_EN.test(ctx.cue)) && THRESHOLD_EN.test(ctx.cue.replace(UP_TO_EN, ''))) || TIER_BOUND_AFTER.test(ctx.after))) {
    out.unread(m, 'no-measure', 'a threshold that defines the loans (credit of less than …, a tier 500万元至1000万元（含）的), no figure of them');
    frame.previousEnd = m.span[1];
    return;
  }
  if (THRESHOLD_BRACKET.test(ctx.cue)) {
    out.unread(m, 'no-subject', 'the loans a threshold defines (单户授信…以下), in brackets after it');
    frame.previousEnd = m.span[1];
    return;
  }
  // ("disposed of 12 billion yuan of non-performing loans": bad loans dealt with over a period, no balance.)
  if (dimension === 'money' && isEnglish(ctx.cue) && NPL_DISPOSED_EN.test(ctx.cue) && /^\s*(?:yuan\s)?(?:worth\s)?of\s(?:non-?performing|bad)\s(?:loans|assets)/i.test(ctx.after)) {
    out.unread(m, 'no-measure', 'bad loans disposed of, written off or sold over a period, no balance');
    frame.previousEnd = m.span[1];
    return;
  }
  // ("These loans supported 38.90 million firms, up by 12.6 percent": the growth of the count of firms, not the loans'.)
  if ((measure?.measure === 'growth' || measure?.measure === 'increment') && isEnglish(ctx.cue) && FIRMS_COUNTED_BEFORE_EN.test(doc.s.slice(Math.max(0, ctx.m.span[0] - 80), ctx.m.span[0]))) {
    out.unread(m, 'no-measure', 'the change of a count of firms or borrowers, not of the loans');
    frame.previousEnd = m.span[1];
    return;
  }
  // 较年初增加12.6万户，完成全年新增户数目标15万户的84%: progress toward a goal of a number of borrowers, which no
  // relation models (never the goal of the loans' money flow).
  if (measure?.measure === 'progress' && (frame.lastMeasure === 'borrowers' || frame.lastMeasure === 'borrowers-increment' || /\d\s*万?户/.test(ctx.clauseBefore))) {
    out.unread(m, 'no-measure', 'progress toward a goal of a number of borrowers (新增户数目标), which no relation models');
    frame.previousEnd = m.span[1];
    return;
  }
  // (新发放…12.86亿元 left unread，上年同期为11.17亿元: the same unread figure a year before — no balance then.)
  if (dimension === 'money' && WAS_A_YEAR_BEFORE.test(cue) && unreadFigureBefore(doc, out, ctx, true)) {
    out.unread(m, 'no-measure', 'a figure a year before (上年同期为) of a figure before it that was not read');
    frame.previousEnd = m.span[1];
    return;
  }
  // 累计发放…128.6亿元，上年同期为108.6亿元; 新发放…，同比增长18.6%，上年同期为727.2亿元: the same gross flow a year before.
  const grossBefore = measure?.measure === 'balance' && dimension === 'money' && WAS_A_YEAR_BEFORE.test(cue) ? claimsOfSentence(out, ctx).find((c) => c.figure.unit.dimension === 'money') : undefined;
  if (measure && grossBefore && (grossBefore.measure === 'cumulative' || grossBefore.measure === 'new-lending')) {
    measure.measure = grossBefore.measure;
    measure.flow = true;
    // (…over the same months a year before.)
    if (grossBefore.period) measure.over = { from: aYearEarlier(grossBefore.period.from), to: baseDate(grossBefore.period.to, 'yoy') };
  }
  // 前三季度…增加872.3亿元，去年同期为776.8亿元: the same flow a year before, not a balance then.
  if (measure?.measure === 'balance' && dimension === 'money' && (frame.lastMeasure === 'increment' || frame.lastMeasure === 'flow-difference') && frame.lastIncrementBasis && !BALANCE.test(cue) && WAS_A_YEAR_BEFORE.test(cue)) {
    measure.measure = 'increment';
    measure.basis = frame.lastIncrementBasis;
  }
  // 较年初（2400.4亿元）增加292.2亿元: the base's value in brackets after the base word, a balance then.
  const bracketedBase = dimension === 'money' ? BASE_IN_BRACKETS.exec(cue) : null;
  if (bracketedBase) {
    const basis = basisOf(bracketedBase[1] as string);
    if (frame.lastMeasure === 'balance' && basis && dated.from !== 'none') out.claims.push(makeClaim(doc, out, ctx, { subject, measure: { measure: 'balance' }, holder: figureHolder(doc, ctx), extra: { date: baseDate(dated.date, basis) } }));
    else out.unread(m, 'no-measure', 'a base value in brackets (较上年同期（…）) after no balance');
    return;
  }
  if (!measure) {
    // 利率为3.48%，比上年同期低36个基点；上年同期为3.84%: the level just read, a year before.
    const last = claimsOfSentence(out, ctx)[0];
    const levelThen = dimension === 'percent' && last && WAS_A_YEAR_BEFORE.test(cue) ? (LEVELS.has(last.measure) ? last.measure : last.rateOf) : undefined;
    if (last && levelThen && last.indicator === subject.indicator && /^(?:\d{4}|Y)/.test(last.date)) {
      out.claims.push(makeClaim(doc, out, ctx, { subject, measure: { measure: levelThen }, holder: last.holder, extra: { date: baseDate(last.date, 'yoy') } }));
      return;
    }
    // 占比较2021年末的4.67%提高, 分别较8月底之64.18%及67.72%: the rate just read, at the earlier date.
    const earlier = dimension === 'percent' && EARLIER_VALUE.test(cue) && frame.lastMeasure !== undefined;
    if (dimension === 'percent' && frame.lastMeasure !== undefined && readEarlierRateDatedAfterEn(doc, out, ctx, frame, subject, jointHolderInForce(doc, ctx, frame) ?? figureHolder(doc, ctx), { measure: frame.lastMeasure })) return;
    if (earlier && readEarlierValue(doc, out, ctx, frame, { subject, holder: jointHolderInForce(doc, ctx, frame) ?? figureHolder(doc, ctx), measure: { measure: frame.lastMeasure as Measure }, base })) return;
    // 占全体企业放款比率为64.13%（8月底为63.89%）: the share just read, at the earlier date in brackets.
    if (dimension === 'percent' && frame.lastMeasure === 'share' && frame.lastShareOf && BRACKETED_LEVEL.test(cue)) {
      const inCue = doc.within(doc.times.refs, ctx.cueStart, m.span[0], (r) => [r.start, r.end]);
      const then = inCue[inCue.length - 1];
      if (then && dated.from !== 'none' && compareDates(then.date, dated.date) < 0) {
        out.claims.push(makeClaim(doc, out, ctx, { subject, measure: { measure: 'share' }, holder: jointHolderInForce(doc, ctx, frame) ?? figureHolder(doc, ctx), extra: { date: then.date, of: frame.lastShareOf } }));
        return;
      }
    }
    if (!keepAsFact(doc, out, ctx, frame, true)) out.unread(m, 'no-measure', 'a figure whose measure (balance, increment, growth, share, gap …) is not said');
    return;
  }
  // 按机构分：政策性银行691.67亿元（17.59%），另有1096.85亿元: an amount of a breakdown that names no item of its own
  // is another item's, not the one before.
  if (measure.measure === 'balance' && dimension === 'money' && subject.part !== undefined && subject.end <= ctx.cueStart && !BALANCE.test(cue) && (frame.breakdown === true || BREAKDOWN_HEAD.test(doc.s.slice(Math.max(ctx.sentence.start, ctx.windowStart), m.span[0])))) {
    out.unread(m, 'no-subject', 'an amount in a breakdown that names no item of its own');
    frame.previousEnd = m.span[1];
    return;
  }
  // "…extended 286.5 billion yuan in new loans in the first three quarters, of which technology loans made up 33.6%":
  // the share of the part's flow in the flow before it.
  const flowBefore = dimension === 'percent' && measure.measure === 'share' && own && OF_WHICH_SHARE_EN.test(ctx.clauseBefore) ? claimsOfSentence(out, ctx).filter((c) => c.measure === 'increment').at(-1) : undefined;
  if (flowBefore) {
    const basis = flowBefore.basis;
    if (own && basis && basis !== 'yoy' && !flowBefore.part && own.indicator !== flowBefore.indicator && !isUndated(flowBefore.date)) {
      const extra: Record<string, unknown> = { of: `${flowBefore.indicator}${flowBefore.scope ? `@${flowBefore.scope}` : ''}`, flow: true, date: flowBefore.date, period: { from: flowSpanStart(flowBefore.date, basis), to: flowBefore.date } };
      out.claims.push(makeClaim(doc, out, ctx, { subject: own, measure: { measure: 'share' }, holder: flowBefore.holder, extra: extra as Partial<Claim> }));
    } else out.unread(m, 'share-without-whole', 'a share "of which" a flow before it whose span the text does not make one');
    frame.previousEnd = m.span[1];
    return;
  }
  // 新增贷款超两成投向制造业: the share of the new loans that went where the words after the figure say.
  const wentTo = dimension === 'percent' && (measure.flow || frame.lastMeasure === 'increment' || /新增|新发放/.test(cue)) ? WENT_TO.exec(ctx.after) : null;
  if (wentTo) {
    const destination = subjectOf(`${(wentTo[1] as string).replace(/(?:领域|行业|产业)$/, '')}贷款`, m.span[1], m.span[1] + wentTo[0].length, 'zh');
    if (destination && destination.indicator !== subject.indicator) {
      const time = figureTime(doc, ctx);
      const extra: Record<string, unknown> = { of: subject.indicator, flow: true, ...(time.period ? { period: time.period } : {}) };
      out.claims.push(makeClaim(doc, out, ctx, { subject: destination, measure: { measure: 'share' }, holder: figureHolder(doc, ctx), extra: extra as Partial<Claim> }));
    } else out.unread(m, 'no-subject', 'a share of new loans that went where the text does not name a subject');
    frame.previousEnd = m.span[1];
    return;
  }
  // 完成一季度目标任务的117.5%: the progress toward a period's goal, which no target of the text is.
  if (measure.measure === 'progress' && PERIOD_GOAL.test(ctx.clauseBefore)) {
    out.unread(m, 'goal-without-deadline', "a progress toward a period's goal (一季度目标), which the text does not set as a target");
    frame.previousEnd = m.span[1];
    return;
  }
  // 完成2027年目标的58.6%, 完成三年目标的26.7%: toward the goal of that span, never the year's.
  if (measure.measure === 'progress') {
    const span = GOAL_OF_SPAN.exec(ctx.clauseBefore);
    if (span) {
      const dated = figureTime(doc, ctx);
      const year = span[1] ? Number(span[1]) : undefined;
      const ownYear = /^\d{4}/.test(dated.date) ? Number(dated.date.slice(0, 4)) : undefined;
      const deadline = year !== undefined ? (year === ownYear ? undefined : `${year}-12-31`) : latestDeadlineAfter(out, ownYear);
      if (year === undefined && deadline === undefined) {
        out.unread(m, 'goal-without-deadline', 'a progress toward a goal of several years whose deadline the text does not set');
        frame.previousEnd = m.span[1];
        return;
      }
      if (deadline) measure.goalDeadline = deadline;
      // (完成三年新增目标的26.1%: a progress its words measure by the flow, never the balance over a level.)
      if (deadline && /新增|增量|增加|投放/.test(span[0])) measure.flow = true;
    }
  }
  // 新增首贷户652户，完成目标的81.5%; 其次为金融租赁公司，余额合计1096.85亿元，占比27.90%: the progress or share
  // of the figure before it in its clause, left unread — not of the subject in force.
  if ((measure.measure === 'progress' || measure.measure === 'share') && !own && unreadFigureBefore(doc, out, ctx)) {
    out.unread(m, 'no-subject', 'a progress or share of the figure before it, which was not read');
    frame.previousEnd = m.span[1];
    return;
  }
  // 首贷户完成目标的81.5% after 普惠小微贷款…: a progress of what its own clause names, which is not the subject in force.
  if (measure.measure === 'progress' && !own) {
    const named = PROGRESS_OF.exec(ctx.clauseBefore);
    if (named && !PROGRESS_NOT_A_NAME.test(named[1] as string)) {
      out.unread(m, 'no-subject', 'a progress figure of what its clause names, which is not a subject read');
      frame.previousEnd = m.span[1];
      return;
    }
  }
  // 较2021年末的4.67%提高3.95个百分点 at 2024年末: a change over a span no basis names is no change of a basis.
  let sinceDate: string | undefined;
  // (A base at or after the date in force is one the refs could not place: no span to judge.)
  const overSpan = base && dated.from !== 'none' && compareDates(base.date, dated.date) < 0 && dateBasis === undefined && measure.basis !== undefined && CHANGES.has(measure.measure) && baseDate(dated.date, measure.basis) !== base.date;
  // 较2021年末增长62.4%, 比2022年末增长58.7% at 2024年末: a growth over years, no basis's and none to borrow.
  // (与“十三五”末相比，增长48.6%: the comparison opens the clause before.)
  const comparedBefore = clauseBeforeThis(ctx);
  const growthKind = measure.measure === 'growth' || measure.measure === 'borrowers-growth';
  // (由2021年末的1.39万亿元增至2024年末的2.19万亿元，增幅达57.55%: the rise its sentence just told, from that date.)
  const risenFrom = growthKind && !base ? riseOfSentence(doc, ctx) : undefined;
  const grownSince =
    growthKind &&
    basisOf(cue) === undefined &&
    ((base !== undefined && dated.from !== 'none' && compareDates(base.date, dated.date) < 0 && dateBasis === undefined) ||
      (risenFrom !== undefined && dated.from !== 'none' && compareDates(risenFrom.date, dated.date) < 0 && basisBetween(dated.date, risenFrom.date) === undefined) ||
      (/相比|对比|比较/.test(comparedBefore) && overYears(comparedBefore, '')));
  if (grownSince) measure.basis = undefined;
  // 由年初的3200亿元增至3600亿元，增长12.5%: a bare change after a rise from a base a basis spans is over that basis.
  // (较2020年末增长200%: the date it grew since, named as its base — a growth since then, checked against the balance
  // then. Not the span of a rise its sentence told (由…增至…，增幅达…): reports print that growth beside a compound
  // rate each rounded from unrounded balances, which need not agree at the printed digits.)
  const grownFrom = grownSince && base !== undefined && /^\d{4}-/.test(base.date) && dated.from !== 'none' && compareDates(base.date, dated.date) < 0 ? base.date : undefined;
  // (是2017年末（301.2亿元）的4.6倍: a multiple of the level at the date named before it — only then.)
  const multipleSince = measure.measure === 'multiple' && base !== undefined && /^\d{4}-/.test(base.date) && dated.from !== 'none' && compareDates(base.date, dated.date) < 0 ? base.date : undefined;
  if (measure.measure === 'multiple' && multipleSince === undefined) {
    out.unread(m, 'no-measure', 'a multiple of a level whose date is not named');
    return;
  }
  // 自2024年9月专项行动启动以来，…累计新增502.3亿元: a change since a date its sentence opens with, which no basis spans.
  const sinceOpening = (measure.measure === 'increment' || growthKind) && !base && basisOf(cue) === undefined && doc.within(doc.times.refs, ctx.sentence.start, ctx.clauseStart, (r) => [r.start, r.end]).some((r) => r.role === 'base' && /^[^，,。；;]{0,16}以来/.test(doc.s.slice(r.end, r.end + 20)) && (dated.from === 'none' || r.date !== baseDate(dated.date, 'ytd')));
  // 较方案实施前增长12.6%, 比试点前: against a base named by its words, whose date the text does not give.
  // (…较方案实施前增加174.4亿元，增长20.2%: a bare rate after it is over the same span.)
  if ((measure.measure === 'increment' || growthKind) && !base && basisOf(cue) === undefined && (NAMED_BASE.test(cue) || (/^[\s，,]*(?:增长|增加|增幅|增速)(?:为|达)?\s*$/.test(cue) && NAMED_BASE.test(doc.s.slice(clauseRunStart(ctx), ctx.cueStart))))) {
    out.unread(m, 'change-over-span', OVER_SPAN);
    return;
  }
  // (…较2023年初增长了1486亿元，增幅31.96% at 2024年末: a bare rate after a change over a span no basis names is over
  // that span too.)
  // (由2021年末的…增至2024年末的…，增幅达58.55%: the rise its sentence told, read below as a growth since then.)
  const runBase = (measure.measure === 'increment' || growthKind) && !base && risenFrom === undefined && basisOf(cue) === undefined && BARE_CHANGE_CUE.test(cue) && dated.from !== 'none' ? doc.within(doc.times.refs, clauseRunStart(ctx), ctx.cueStart, (r) => [r.start, r.end]).filter((r) => r.role === 'base').pop() : undefined;
  if (runBase && !basisOf(doc.s.slice(clauseRunStart(ctx), ctx.cueStart)) && /^\d{4}-/.test(runBase.date) && compareDates(runBase.date, dated.date) < 0 && basisBetween(dated.date, runBase.date) === undefined) {
    out.unread(m, 'change-over-span', OVER_SPAN);
    return;
  }
  // 两年来，全市累计新增…, 近三年来: a flow over years counted back from now, which no basis spans.
  const overCountedYears = (measure.measure === 'increment' || growthKind) && !base && basisOf(cue) === undefined && YEARS_COUNTED_BACK.test(ctx.sentenceBefore);
  if (sinceOpening || overCountedYears) {
    out.unread(m, 'change-over-span', OVER_SPAN);
    return;
  }
  // 近两个季度累计新增14.1亿元: a flow over the last months or quarters, across a year-end — no basis spans it.
  if (measure.measure === 'increment' && /(?:近|过去|最近)[两二三四五六七八九十\d]{1,2}个?(?:季度|月)/.test(cue)) {
    out.unread(m, 'change-over-span', OVER_SPAN);
    return;
  }
  // (规划期末，…占比为8.62%，较2021年末的4.67%提高3.95个百分点: from a year-end the text names to a date it does not
  // give — no basis spans that.)
  if (base && dated.from === 'none' && /^\d{4}-/.test(base.date) && CHANGES.has(measure.measure) && measure.basis !== undefined && basisOf(cue) === undefined) {
    out.unread(m, 'change-over-span', OVER_SPAN);
    return;
  }
  if (overSpan && measure.measure === 'share-change') {
    // 占比较2020年末提高9.1个百分点 at 2024年末: the change since that date.
    measure.basis = undefined;
    sinceDate = base.date;
  } else if (measure.measure === 'share-change' && !base && basisOf(cue) === undefined && risenOver(doc, ctx, dated)) {
    // 占比由9.6%提高到14.8%，提高5.2个百分点 after 由2021年末的…增至2024年末的…: the change over the sentence's span.
    measure.basis = undefined;
    sinceDate = (riseOfSentence(doc, ctx) as TimeRef).date;
  } else if (overSpan && !grownSince) {
    out.unread(m, 'change-over-span', OVER_SPAN);
    return;
  }
  // 根据年度工作要点，全年新增科技贷款180亿元 while the year runs (9月末, a document of October): a plan's words, no
  // flow of a year not over.
  // (上年末，…余额…。全年新增…: 上年末 is named back from now; the year of a bare 全年 after it is this one.)
  const inForce = doc.times.asOfBefore(ctx.paragraphStart, m.span[0]);
  const lastYearBefore = inForce !== undefined && inForce.start < ctx.sentence.start && /^(?:上年|去年|上一年)(?:末|底|年末|年底)$/.test(inForce.text) && !/上年|去年|上一年|\d{4}年/.test(ctx.clauseBefore);
  if (measure.measure === 'increment' && WHOLE_YEAR_FLOW.test(cue) && dated.from !== 'none' && (lastYearBefore || (!dated.date.endsWith('-12-31') && !(period?.period?.to.endsWith('-12-31') ?? false)))) {
    out.unread(m, 'no-date', "a flow of the whole year (全年新增) stated before the year's end: a plan's figure, not the year's");
    frame.previousEnd = m.span[1];
    return;
  }
  // (上年全年绿色贷款增长12.6%, 2024年全年…增长: a balance's growth over a whole year is year on year.)
  const wholeYear = period?.period !== undefined && /-01-01$/.test(period.period.from) && /-12-31$/.test(period.period.to) && period.period.from.slice(0, -6) === period.period.to.slice(0, -6);
  if (measure.measure === 'growth' && !measure.basis && !measure.flow && wholeYear && /^[\s，,]*(?:[\u4e00-\u9fa5]{0,16}?)(?:增长|增速为?)\s*$/.test(cue)) measure.basis = 'yoy';
  // 新批核的中小企业信贷限额为64亿元, 新发放贷款为…: what was newly granted in a period is no balance.
  if (measure.measure === 'balance' && NEWLY_GRANTED.test(subject.words)) measure.measure = 'amount';
  // 四年间年均增长32.3%, 由2017年末的…增至…，年均增长: the years an average growth runs over.
  const averageFrom = measure.measure === 'average-growth' && dated.from !== 'none' ? averageSince(doc, ctx, dated.date) ?? sameDayEarlier(risenFromEn(doc, out, ctx), dated.date) ?? sameDayEarlier(earliestLevelOfSentence(out, ctx, subject.indicator), dated.date) : undefined;
  ofTheFlow(out, ctx, frame, measure);
  // Twelve enterprises have issued bonds, 40户企业获得贷款: a count of enterprises of a money indicator counts its borrowers;
  // so does a count of firms that have loans (获得贷款支持的科技型中小企业28.4万家).
  if (measure.measure === 'count' && ((indicatorUnitKind(subject.indicator) === 'money' && /^\s*(家)?(企业|enterprises|companies|firms)/i.test(ctx.after)) || subject.withLoans || WITH_LOANS.test(subject.words))) {
    measure.measure = 'borrowers';
  }
  // 6个服务站, 168名专员, "five priority areas": a count of things the catalog does not count is a fact
  // of the text, not a statistic to check; borrowers (户, 获贷企业) and the catalog's counts are.
  if (measure.measure === 'count' && subject.indicator.startsWith('subject:') && (NOT_BORROWERS_UNIT.test(figure.unit.symbol) || COUNTED_LENDERS.test(counted?.words ?? '') || COUNTED_LENDERS.test(subject.words)) && !subject.withLoans && !WITH_LOANS.test(subject.words) && !BORROWERS.test(subject.words)) {
    if (!keepAsFact(doc, out, ctx, frame, false)) out.unread(m, 'count-not-borrowers', 'a count of things no statistic of the catalog counts');
    return;
  }
  // (两项增速分别高于…, 三者合计: a count that names the items just read, no statistic.)
  if (measure.measure === 'count' && /^(?:项|者|类)$/.test(figure.unit.symbol) && ITEMS_NAMED_AFTER.test(ctx.after)) {
    out.unread(m, 'name', 'a count that names the items just read (两项增速分别…)');
    return;
  }
  // 支持新型农业经营主体326户 after 涉农贷款: a count that is not of borrowers is no figure of a loan.
  if (measure.measure === 'count' && indicatorUnitKind(subject.indicator) === 'money' && !counted && !own) {
    if (!keepAsFact(doc, out, ctx, frame, false)) out.unread(m, 'count-not-borrowers', 'a count next to a loan that does not say it counts borrowers');
    return;
  }
  const holder = jointHolderInForce(doc, ctx, frame) ?? figureHolder(doc, ctx);
  const extra: Record<string, unknown> = averageFrom ? { since: averageFrom } : {};
  // 由412.6亿元增至1,036.5亿元, 占比由8.6%升至9.8%: the level a change starts from, at the date it starts.
  const startsAt = /(?:由|从)(?:[^,，;；。\d]{0,10}的)?\s*$/.test(cue) && RISES_TO.test(ctx.after) ? startOfRise(doc, ctx, dated, period?.period) : undefined;
  // (由上年同期的640.5亿元: an earlier level named with its date is read as such, below.)
  if (startsAt && ((dimension === 'money' && measure.measure === 'balance') || measure.measure === 'borrowers') && dated.from !== 'none' && /(?:由|从)\s*$/.test(cue)) extra['date'] = startsAt;
  if (startsAt && (measure.measure === 'share' || dimension === 'percent')) {
    {
      const date = startsAt;
      const share = measure.measure === 'share' || SHARE_WORDS.test(ctx.clauseBefore);
      const of = share ? readWhole(ctx)?.of ?? frame.lastShareOf : undefined;
      if (share && of) {
        frame.lastShareOf = of;
        frame.lastMeasure = 'share';
        out.claims.push(makeClaim(doc, out, ctx, { subject, measure: { measure: 'share' }, holder, extra: { date, of } }));
        return;
      }
      // (获贷率由上年同期的47.5%提高至50.3%: a level's start, at its date.)
      if (LEVELS.has(measure.measure)) {
        frame.lastMeasure = measure.measure;
        out.claims.push(makeClaim(doc, out, ctx, { subject, measure: { measure: measure.measure }, holder, extra: { date } }));
        return;
      }
    }
  }
  // …同比增长12.3%；上年同期为31.7万亿元，增速16.9%: a bare rate right after the level a year before is the rate then.
  if (measure.measure === 'growth' && !measure.basis && frame.lastGrowthBasis && BARE_RATE_CUE.test(cue)) {
    const last = out.claims.at(-1);
    const span = last ? out.spanOf(last) : undefined;
    if (last && span && last.measure === 'balance' && span[1] <= ctx.cueStart && span[0] >= ctx.sentence.start && WAS_A_YEAR_BEFORE.test(doc.s.slice(Math.max(ctx.sentence.start, span[0] - 8), span[0]).replace(/^.*[，,；;]/, ''))) {
      out.claims.push(makeClaim(doc, out, ctx, { subject, measure: { measure: 'growth', basis: frame.lastGrowthBasis }, holder: last.holder, extra: { date: last.date } }));
      return;
    }
  }
  // 增速较上年末的38.5%回落, 比上年的19.5%提高, 占比较8月底之64.18%: the same rate at an earlier date, the base of the change after it.
  if ((dimension === 'percent' || dimension === 'money') && EARLIER_VALUE.test(cue) && readEarlierValue(doc, out, ctx, frame, { subject, holder, measure, base })) return;
  const earlierEn = dimension === 'percent' ? earlierValueBasisEn(ctx.sentenceBefore.slice(-90), ctx.after) : undefined;
  if (earlierEn && readEarlierValue(doc, out, ctx, frame, { subject, holder, measure, base: undefined, basis: earlierEn })) return;
  if (dimension === 'percent' && readEarlierRateDatedAfterEn(doc, out, ctx, frame, subject, holder, measure)) return;
  if (measure.measure === 'growth' || measure.measure === 'borrowers-growth') {
    // 较去年底增加4,833億元，增幅6.1%: the rate of the increment just before it.
    // (两年间增长56.3%, "over the past two years": no basis of the rates before it.)
    if (!measure.basis && !grownSince && !overYears(cue, ctx.after)) measure.basis = (frame.lastMeasure === 'increment' ? frame.lastIncrementBasis : undefined) ?? frame.lastGrowthBasis ?? (overTheYear({ yearEnd, cue }) ? 'yoy' : undefined) ?? rankedRateBasis(out, ctx, subject);
    if (measure.measure === 'growth') frame.lastGrowthBasis = measure.basis;
  }
  // 2024年以来累计新增, 方案实施以来, “十四五”以来: a flow over more than a year, which no basis names.
  // (…实施以来，…较年初增加150亿元: a flow that names its own base is over that base's span.)
  const sinceMatch = measure.measure === 'increment' && !OWN_BASE.test(cue) ? SINCE_AN_EARLIER_YEAR.exec(ctx.sentenceBefore) : null;
  // (…，其中2024年新增286.3亿元: a time of its own after it is the flow's.)
  const sinceEnd = sinceMatch ? m.span[0] - ctx.sentenceBefore.length + sinceMatch.index + sinceMatch[0].length : -1;
  const since = sinceMatch && doc.within(doc.times.refs, sinceEnd, m.span[0], (r) => [r.start, r.end]).length === 0 ? sinceMatch : null;
  // (2025年以来 in a text of 2025 is the year so far; without the document's date, the year may be this one.)
  // (累计新增736.5亿元，完成三年目标任务的61.4%: what a plan of years has added so far.)
  // (《行动方案》提出，2024—2027年全省累计新增绿色贷款5000亿元。截至9月末，已累计新增2600.4亿元: since the plan's first year,
  // named in the sentence before.)
  const overYearsOfPlan = measure.measure === 'increment' && /累计/.test(cue) && (YEARS_OF_A_PLAN.test(doc.s.slice(Math.max(ctx.sentence.start, m.span[0] - 80), Math.min(ctx.sentence.end, m.span[1] + 80))) || YEAR_SPAN_OF_PLAN.test(doc.s.slice(Math.max(ctx.paragraphStart, m.span[0] - 160), m.span[0])));
  if (overYearsOfPlan || (since && (since[1] === undefined || (doc.options.documentDate !== undefined && Number(since[1]) < Number(doc.options.documentDate.slice(0, 4)))))) {
    out.unread(m, 'no-measure', 'a flow since an earlier year (2024年以来, 实施以来), over more than a year');
    return;
  }
  if (measure.measure === 'increment' && measure.basis) {
    frame.lastGrowthBasis = frame.lastGrowthBasis ?? measure.basis;
    frame.lastIncrementBasis = measure.basis;
  }
  if (measure.measure === 'gap') {
    const benchmark: Benchmark = readBenchmark(ctx, subject, holder, (word) => areaWordHolder(word, doc.holderScope(ctx.m.span[0], ctx.m.span[0]))) ?? frame.lastBenchmark ?? { indicator: 'total-loans' };
    frame.lastBenchmark = benchmark;
    extra['benchmark'] = benchmark.indicator;
    if (benchmark.scope === '人民币' || benchmark.scope === '本外币') extra['benchmarkScope'] = benchmark.scope;
    if (benchmark.holder) extra['benchmarkHolder'] = benchmark.holder;
    // (不良率0.41%，较全行各项贷款不良率低0.83个百分点: two levels at one date, no basis.)
    if (measure.level) extra['rateOf'] = measure.level;
    else if (!measure.basis) {
      // 同比增长11.6%，较年初增长6.2%，增速比各项贷款高4.5个百分点: after rates of two bases, a gap that names
      // neither could be of either.
      const bases = new Set(claimsOfSentence(out, ctx).filter((c) => c.measure === 'growth' && c.indicator === subject.indicator).map((c) => c.basis));
      if (bases.size > 1) {
        out.unread(m, 'no-measure', 'a gap after growth rates of two bases, neither of which it names');
        return;
      }
      measure.basis = frame.lastGrowthBasis ?? lastBasisIn(ctx.sentenceBefore);
    }
  }
  // 比上月多增12.1亿元, 较上季度少增: against the period before, not a year before — no quantity of the network.
  if (measure.measure === 'flow-difference' && /(?:比|较)(?:上月|上个月|前一个?月|上季度?|上一季度|前一季度|上半年)[^,，;；。]{0,4}$/.test(cue) && !/同期|同月|同季/.test(cue)) {
    out.unread(m, 'no-measure', "a difference between two periods' flows (比上月多增…)");
    return;
  }
  // 较年初增加9062亿元，同比多增1336亿元: the difference of that flow and the same flow a year before.
  if (measure.measure === 'flow-difference' && !measure.basis) {
    const basis = frame.lastIncrementBasis;
    if (!basis) {
      if (!keepAsFact(doc, out, ctx, frame, true)) out.unread(m, 'no-measure', 'a difference of flows (多增, 少增) with no flow before it');
      return;
    }
    measure.basis = basis;
  }
  if (measure.measure === 'rate-change') {
    // (…加权平均利率3.86%，比上年同期下降0.42个百分点: the change of the interest rate, not of a growth rate.)
    const before = claimsOfSentence(out, ctx)[0];
    const ofLevel = before !== undefined && (LEVELS.has(before.measure) || (before.measure === 'rate-change' && before.rateBasis === undefined));
    if (!ofLevel) extra['rateBasis'] = frame.lastGrowthBasis;
    // (…利率3.48%，比上年同期低36个基点: the change of that level, of the same subject.)
    const level = before && LEVELS.has(before.measure) ? before.measure : before?.rateOf;
    if (ofLevel && level && before?.indicator === subject.indicator && before.part === subject.part) extra['rateOf'] = level;
    // (同比增长18.3%，较6月末的17.6%提高0.7个百分点: from the earlier level just read to now.)
    // (获贷率由上年同期的47.5%提高至50.3%，提高2.8个百分点: from the level its sentence rose from.)
    const from = before && dated.from !== 'none' && /^[\s，,]*(?:提高|提升|上升|增加|加快|下降|回落|减少|放缓)了?\s*$/.test(cue) ? claimsOfSentence(out, ctx).find((c) => c.indicator === subject.indicator && c.part === subject.part && c.measure === before.measure && compareDates(c.date, dated.date) < 0) : undefined;
    if (!measure.basis && from) {
      const since = basisBetween(dated.date, from.date);
      if (since) measure.basis = since;
    }
    if (!measure.basis) {
      out.unread(m, 'no-measure', 'a change in points whose base (比上年末, 同比) is not said');
      return;
    }
  }
  if (measure.measure === 'share') {
    // 余额、新增额分别占…的34.3%、41.1%: a balance's share and a flow's, zipped — which whole each is of, read apart.
    if (STOCK_AND_FLOW_SHARES.test(doc.s.slice(ctx.clauseStart, m.span[0]))) {
      out.unread(m, 'share-without-whole', 'a list of a balance\'s share and a flow\'s, whose wholes the extractor does not pair');
      return;
    }
    // 占比由8.6%升至9.8%: the level the share reached is of the same whole.
    // 占全省新增贷款的22.3%；新增普惠小微贷款601.4亿元，占比18.4%: a bare 占比 after a share is of its whole.
    // (其中，清洁能源产业贷款余额480亿元，占比40%: a part's bare 占比 is of its whole, not of the share before.)
    const sinceOfWhich = ctx.sentenceBefore.lastIndexOf('其中') >= 0 ? ctx.sentenceBefore.slice(ctx.sentenceBefore.lastIndexOf('其中')) : undefined;
    const ofWhich = sinceOfWhich !== undefined && !/[；;]/.test(sinceOfWhich) && (sinceOfWhich.match(/占/g)?.length ?? 0) <= 1;
    // (…占全部新增贷款的22.3%，投向科技型企业的贷款新增521.0亿元，占20.0%: a bare 占 after a share is of its whole too.)
    const sameWhole = frame.lastShareOf && !ofWhich && (/(?:到|至)\s*$/.test(cue) || /(?:占比|比重)[为达是]?\s*$/.test(cue) || /^[\s，,]*占\s*$/.test(ctx.clauseBefore)) ? { of: frame.lastShareOf, flow: frame.lastShareFlow } : undefined;
    // (市场占比10.9%, 市场份额: a share of the market — all lenders' loans of the kind — which the text does not state.)
    if (/(?:市场|市占)(?:占比|份额|率)[^，,；;。\d]{0,4}$|\bmarket share\b[^,;.\d]{0,12}$/i.test(cue)) {
      out.unread(m, 'share-without-whole', "a market share (市场占比), whose whole — the market's — is not stated");
      return;
    }
    // ("together 218.8 billion yuan, or 43.8 percent of …": the share of a joint total, no one subject's.)
    if (JOINT_BEFORE_EN.test(ctx.sentenceBefore.slice(-80))) {
      out.unread(m, 'no-subject', 'a share of a joint total ("together …, or X percent"), which no one subject has');
      return;
    }
    const read = readWhole(ctx);
    const whole: { of: string; flow: boolean; area?: string; place?: string } | undefined = read?.bare ? { ...read, of: subject.indicator } : (read ?? sameWhole);
    // 其中信用贷款占比31.2%: a part's share of the subject before it; 国有大型商业银行…1948.2亿元，占46.20%:
    // a part's share, its whole unnamed, is of the whole it is part of.
    // (占其各项贷款的: a part's share of the same part of that whole — 国有大型银行's own loans.)
    const ownWhole = whole && 'own' in whole && whole.own && subject.part && !whole.of.includes('/') ? `${whole.of}/${subject.part}` : undefined;
    // (分投向看，清洁能源产业贷款占比38%，基础设施绿色升级产业贷款占比31%: a part the catalog places in a whole is of that
    // whole, never of the sibling before it.)
    const placed = greenUsePart(doc, subject);
    const catalogWhole = placed.part && !placed.indicator.startsWith('subject:') && (previous === undefined || previous.indicator.startsWith('subject:')) ? placed.indicator : undefined;
    const of = wholeAsRead(out.claims, ownWhole ?? whole?.of ?? catalogWhole ?? parentOf(siblingsWhole(doc, frame, previous, own), own) ?? (!own && subject.part ? subject.indicator : undefined)) ?? usualWhole(out.claims, subject, cue);
    if (!of) {
      out.unread(m, 'share-without-whole', 'a share whose whole is not named');
      return;
    }
    // 全市绿色贷款…占全省绿色贷款的12.5%: a share of another holder's whole.
    const wholeHolder = whole ? wholeHolderOf(whole, doc.holderScope(ctx.m.span[0], ctx.m.span[0]), holder) : holder;
    // 占全省的41.6% of a figure that is the province's own: no other whole is named.
    // (农商银行贷款余额142.6亿元，占全县的40.0%: a part's share of its whole in the area is a share all the same.)
    if (read?.bare && wholeHolder === holder && !subject.part) {
      out.unread(m, 'share-without-whole', 'a share of the area the figure is already of');
      return;
    }
    if (wholeHolder !== holder) extra['ofHolder'] = wholeHolder;
    // 其中，制造业贷款增加450亿元，占比15%: a bare 占比 right after the subject's own flow is a share of new loans.
    // (…同比多增168.4亿元（上年同期增加1257.9亿元），占…增量的45.6%: what the bracket said stays in it.)
    // (…新增240亿元（占比20%）: not when a figure of the share's own clause came between.)
    const lastClaim = out.claims.at(-1);
    const figureBetween = lastClaim !== undefined && (out.spanOf(lastClaim)?.[0] ?? -1) >= ctx.clauseStart;
    const afterBracket = !figureBetween && (/[）)][\s，,]*$/.test(doc.s.slice(Math.max(ctx.sentence.start, ctx.clauseStart - 4), ctx.clauseStart)) || /^[^（(]*[）)]/.test(ctx.cue));
    // (…增加1426.3亿元，同比多增168.4亿元，占…: past the difference, to the flow it is of.)
    let back = afterBracket ? -2 : -1;
    while (out.claims.at(back)?.measure === 'flow-difference' && back > -SENTENCE_CLAIMS) back--;
    const justBefore = out.claims.at(back);
    // (…but after its balance too — 余额2130.4亿元，比年初增加305.6亿元，占比31.1% — the share is of the stock.)
    const ofOwnFlow = !whole && frame.lastMeasure === 'increment' && BARE_SHARE.test(cue) && justBefore !== undefined && justBefore.indicator === subject.indicator && justBefore.part === subject.part && !claimsOfSentence(out, ctx).some((c) => c.measure === 'balance' && c.indicator === subject.indicator && c.part === subject.part);
    const flow = (whole?.flow ?? false) || ofOwnFlow;
    // 科技型企业贷款余额5862.4亿元，占科技贷款的69.6%: a second name the catalog gives the whole's indicator is a part
    // of it here, and so are the figures its sentence gave that name.
    if (of === subject.indicator && !subject.part && read && !read.bare && !('own' in read && read.own) && !/^(?:贷款|放款|信贷|余额)$/.test(subject.words) && WHOLE_NAMED.test(cue) && !cue.includes(subject.words)) {
      extra['part'] = subject.words;
      for (let k = out.claims.length - 1, steps = 0; k >= 0 && steps < SENTENCE_CLAIMS; k--, steps++) {
        const c = out.claims[k] as Claim;
        if ((out.spanOf(c)?.[1] ?? 0) <= ctx.sentence.start) break;
        if (c.indicator === subject.indicator && !c.part && c.subject === subject.words) out.claims[k] = { ...c, part: subject.words };
      }
    }
    frame.lastShareOf = of;
    frame.lastShareFlow = flow;
    extra['of'] = of;
    if (flow) extra['flow'] = true;
    // 新增普惠小微贷款601.4亿元，占比18.4%: a share of new loans is over the span of the flow said right before it.
    const flowBefore = flow ? justBefore : undefined;
    const span = flowBefore?.basis === 'ytd' || flowBefore?.basis === 'qoq' || flowBefore?.basis === 'mom' ? flowBefore.basis : undefined;
    if (flowBefore && span && !isUndated(flowBefore.date) && flowBefore.indicator === subject.indicator && flowBefore.measure === 'increment' && flowBefore.holder === holder) {
      extra['period'] = { from: flowSpanStart(flowBefore.date, span), to: flowBefore.date };
      extra['date'] = flowBefore.date;
    }
  }
  if (measure.measure === 'share-change') {
    // 绿色贷款占各项贷款的比重较年初提高1.6个百分点: the whole its own words name, with no share stated.
    if (!frame.lastShareOf) frame.lastShareOf = readWhole(ctx)?.of;
    // 绿色贷款占比较2020年末提高9.1个百分点, after a table of its shares: the whole of the subject's last share.
    if (!frame.lastShareOf && /占比|比重/.test(cue)) frame.lastShareOf = lastShareOfSubject(out.claims, subject.indicator, holder);
    if (!frame.lastShareOf) {
      out.unread(m, 'change-without-share', 'a change of a share with no share before it');
      return;
    }
    extra['of'] = frame.lastShareOf;
    if (sinceDate) extra['since'] = sinceDate;
  }
  if (growthKind && measure.measure === 'growth' && grownFrom !== undefined) extra['since'] = grownFrom;
  if (multipleSince !== undefined) extra['since'] = multipleSince;
  // 其中科技型中小企业贷款余额…: a part of the subject before it, whose balance it cannot exceed.
  // 其中，A…、B…、C…: every item of the clause is a part of the subject before it, not of the item before.
  if (measure.measure === 'balance' && (/^[\s,，;；]*其中/.test(ctx.clauseBefore) || /^\s*其中\s*$/.test(clauseBeforeThis(ctx)))) {
    const parent = subjectBefore(out, ctx.clauseStart) ?? previous;
    // (普惠型小微企业贷款余额2418.6亿元，其中小微企业贷款933.4亿元: where the catalog places the whole within the part, the
    // text's 其中 says how it counts them.)
    const reversed = parent && own && !parent.part && !own.part && (indicatorWholes()[parent.indicator] ?? []).includes(own.indicator) ? parent.indicator : undefined;
    const whole = parentOf(parent, own) ?? reversed;
    if (whole) extra['within'] = whole;
  }
  // 五篇大文章领域贷款余额112.46万亿元…。⏎分领域看，科技贷款余额…；绿色贷款余额…: each balance of a paragraph that
  // opens with a breakdown's heading is a part of what the paragraph before it was about — when that was a whole of
  // its own, not a part (其中…, an item of another breakdown).
  const topic = frame.paragraphSubject;
  if (measure.measure === 'balance' && !extra['within'] && topic && !topic.part && own && opensBreakdown(doc.s.slice(ctx.sentence.start, ctx.sentence.start + 12)) && doc.paragraphStart(ctx.sentence.start) === ctx.paragraphStart && /^\s*$/.test(doc.s.slice(ctx.paragraphStart, ctx.sentence.start)) && !/其中[^，,。；;]{0,16}$/.test(doc.s.slice(Math.max(0, topic.start - 20), topic.start))) {
    const whole = parentOf(topic, own);
    if (whole) extra['within'] = whole;
  }
  // 在涉农贷款中，农户贷款余额…: every other balance of the sentence is a part of the whole it opens among.
  if (measure.measure === 'balance' && !extra['within']) {
    const whole = parentOf(sentenceWhole(doc, ctx.sentence), subject);
    if (whole) extra['within'] = whole;
  }
  out.claims.push(makeClaim(doc, out, ctx, { subject, measure, holder, extra: extra as Partial<Claim> }));
  // 增长21.4%（同期各项贷款增长8.7%），高于…: what a bracket says stays in it; the sentence goes on with its subject.
  const opened = Math.max(ctx.cue.lastIndexOf('('), ctx.cue.lastIndexOf('（'));
  // (股份制商业银行（1387亿元）占比16.0%: a bracket right after the item it gives the value of is the item's.)
  // (农村中小银行普惠小微贷款（2310亿元，占比45.1%）: the part's name may run on past the kind that makes it one.)
  // (其中，清洁能源产业贷款（2000亿元）同比增长30%: so is a bracket right after any subject of its own — what follows is its.)
  const openedAt = ctx.cueStart + opened;
  const itemsValue =
    own !== undefined &&
    ((own.part !== undefined && (own.end >= openedAt - 1 || (own.end < openedAt && own.words.endsWith(doc.s.slice(own.end, openedAt).trim())))) ||
      (own.end <= openedAt && /^\s*$/.test(doc.s.slice(own.end, openedAt))));
  if (previous && !itemsValue && opened >= 0 && opened > Math.max(ctx.cue.lastIndexOf(')'), ctx.cue.lastIndexOf('）')) && /^\s*[)）]/.test(ctx.after)) {
    frame.subject = previous;
    return;
  }
  // ("…growing faster than all loans in the province, which rose 7.3 percent to 11.26 trillion yuan. Such loans rose…":
  // a clause about the benchmark says nothing the next sentence's "such loans" refers to.)
  const aside = (!previous || subject.indicator !== previous.indicator) && BENCHMARK_CLAUSE_EN.test(ctx.sentenceBefore.slice(-200));
  frame.lastMeasure = measure.measure;
  frame.subject = subject;
  frame.stale = false;
  if (aside) frame.aside = { subject, before: frame.aside?.before ?? previous };
  rememberSubject(frame, subject);
}

/**
 * A value stated for an earlier date (较上年末的38.5%, 较8月底之64.18%, 较9月底的10兆7,709亿元,
 * 比上年同期的2201.5亿元): the same quantity as the figure before it — a growth with its basis, a
 * share of its whole, a ratio, a balance, an increment with its basis — at the date the words name.
 * False when what it is the earlier value of is not known.
 */
function readEarlierValue(
  doc: Doc,
  out: Output,
  ctx: FigureContext,
  frame: Frame,
  parts: { subject: Subject; holder: string; measure: MeasureRead; base: TimeRef | undefined; basis?: Basis },
): boolean {
  const kind = parts.measure.measure === 'growth' ? 'growth' : frame.lastMeasure;
  const time = doc.times.at(ctx.m.span[0], ctx.paragraphStart, ctx.paragraphEnd);
  const wordBasis = parts.basis ?? changeBasisOf(ctx.cue.slice(-16));
  // (A base in the cue, or English's right after the figure.)
  const baseInCue = parts.base && parts.base.start >= ctx.cueStart ? parts.base : undefined;
  const date = baseInCue ? baseInCue.date : wordBasis ? baseDate(time.from === 'none' ? UNDATED : time.date, wordBasis) : undefined;
  if (!date) return false;
  let measure: MeasureRead;
  const extra: Partial<Claim> = { date };
  if (ctx.figure.unit.dimension === 'money') {
    if (parts.measure.measure === 'increment' && frame.lastIncrementBasis) measure = { measure: 'increment', basis: frame.lastIncrementBasis };
    else if (parts.measure.measure === 'balance') measure = { measure: 'balance' };
    else return false;
  } else if (kind === 'growth' && frame.lastGrowthBasis) measure = { measure: 'growth', basis: frame.lastGrowthBasis };
  else if (kind === 'share' && frame.lastShareOf) {
    measure = { measure: 'share' };
    Object.assign(extra, { of: frame.lastShareOf });
  } else if (kind === 'ratio' || kind === 'access-rate' || kind === 'interest-rate') measure = { measure: kind };
  else return false;
  out.claims.push(makeClaim(doc, out, ctx, { subject: parts.subject, measure, holder: parts.holder, extra }));
  frame.lastMeasure = measure.measure;
  return true;
}

// ", down from 21.7 percent at the end of 2024", "slower than the 21.7 percent pace recorded at the end of 2024": the
// rate compared with, at the date right after it (which the time reader made a base).
const COMPARED_RATE_BEFORE_EN = /\b(?:(?:up|down|rising|falling|accelerating|slowing|easing|quickening|eased|slowed)\s+from|compared (?:with|to)|than(?:\s+(?:the|a|an))?)\s*$/i;
const COMPARED_RATE_DATED_EN = /^\s?(?:(?:percent|per cent|pct|%)\s)?(?:[a-z-]+\s+){0,3}(?:at|in|by|as of)\s+(?:the\s+)?(?:end of\s+)?$/i;

/** Reads an English rate compared with (down from X percent at the end of 2024) as the same rate at that date. */
function readEarlierRateDatedAfterEn(doc: Doc, out: Output, ctx: FigureContext, frame: Frame, subject: Subject, holder: string, measure: MeasureRead): boolean {
  if (!COMPARED_RATE_BEFORE_EN.test(ctx.cue.slice(-40))) return false;
  const refs = doc.times.refs;
  const next = refs[lowerBound(refs, ctx.m.span[1], (r) => r.start)];
  if (!next || next.role !== 'base' || next.period !== undefined || next.start - ctx.m.span[1] > 48 || !COMPARED_RATE_DATED_EN.test(doc.s.slice(ctx.m.span[1], next.start))) return false;
  return readEarlierValue(doc, out, ctx, frame, { subject, holder, measure, base: next });
}

const RISE_WORDS = /(?:增加|增长|增|提高|提升|上升|升|扩大)(?:到|至)/;

const TIER_BOUND_AFTER = /^\s?(?:[（(]\s?含\s?[)）])?\s?(?:及?以下|及?以上|以内|(?:至|到|-|—|~)\s?\d[\d,.]*\s?(?:万|亿)?元\s?(?:[（(]\s?含\s?[)）])?)?的\s?[，,（(]/;
const THRESHOLD_EN = /\b(?:credit(?:\s(?:line|limit)s?)?|loans?|lines?)\s(?:of|at|with)\s*$|\b(?:single|per|each)\s(?:household|borrower|firm|enterprise)\b[^,.;\d]{0,30}?\s(?:of|at)\s*$/i;
const UP_TO_EN = /\s(?:up to|not exceeding|below)\s*$/i;

/** The date a rise told earlier in the figure's sentence starts from (由2021年末的…增至…), if one is. */
function riseOfSentence(doc: Doc, ctx: FigureContext): TimeRef | undefined {
  const refs = doc.within(doc.times.refs, Math.max(ctx.sentence.start, ctx.windowStart), ctx.clauseStart, (r) => [r.start, r.end]);
  return refs.find((r) => r.role === 'base' && /[由从]\s*$/.test(doc.s.slice(Math.max(0, r.start - 2), r.start)) && RISE_WORDS.test(doc.s.slice(r.end, ctx.clauseStart)));
}

// 由年初的3200亿元增至…: a rise told from an earlier time a basis names (the time reader leaves those words here).
const RISE_FROM_EARLIER = new RegExp(`[由从](${EARLIER_WHEN})的?[^，,。；;]{0,24}?${RISE_WORDS.source}`);

/** The basis of the rise told earlier in the figure's sentence (由年初的…增至…), when a basis spans it. */
function basisOfRise(doc: Doc, ctx: FigureContext, now: { readonly date: string; readonly from: string }): Basis | undefined {
  // (Only a bare change word can take it; only a rise within the window before can give it — linear work.)
  const before = doc.s.slice(ctx.windowStart, Math.max(ctx.windowStart, ctx.clauseStart));
  if (!BARE_CHANGE_CUE.test(ctx.cue) || !/[由从]/.test(before)) return undefined;
  const dated = riseOfSentence(doc, ctx);
  if (dated) return now.from !== 'none' && compareDates(dated.date, now.date) < 0 ? basisBetween(now.date, dated.date) : undefined;
  const word = RISE_FROM_EARLIER.exec(before);
  return word ? basisOfEarlier(word[1] as string) : undefined;
}

/** Whether the figure's sentence told a rise from a date over more than one basis's span before the date in force. */
function risenOver(doc: Doc, ctx: FigureContext, dated: { readonly date: string; readonly from: string }): boolean {
  const rise = riseOfSentence(doc, ctx);
  return rise !== undefined && dated.from !== 'none' && compareDates(rise.date, dated.date) < 0 && basisBetween(dated.date, rise.date) === undefined;
}

/** 2020年末至2024年末，…: the first of two dates joined by 至 that open the figure's sentence, the later being `date`. */
function joinedStart(doc: Doc, ctx: FigureContext, date: string): string | undefined {
  const opening = doc.within(doc.times.refs, ctx.sentence.start, ctx.cueStart, (r) => [r.start, r.end]);
  for (let k = opening.length - 1; k > 0; k--) {
    const [a, b] = [opening[k - 1] as TimeRef, opening[k] as TimeRef];
    if (b.date === date && a.period === undefined && /^\s*[至到—–~～-]\s*$/.test(doc.s.slice(a.end, b.start)) && compareDates(a.date, b.date) < 0) return a.date;
  }
  return undefined;
}

/**
 * Where an average yearly growth starts: that many years before the date in force (四年间年均增长, 7年间), else
 * the level its sentence rose from (从2020年末的11.95万亿元增加到…); none when the span is not whole years.
 */
function averageSince(doc: Doc, ctx: FigureContext, date: string): string | undefined {
  if (!/^\d{4}-/.test(date)) return undefined;
  const counted = /([一二两三四五六七八九十\d]{1,2})年(?:间|来|以来|里)?[^，,。；;\d]{0,6}$/.exec(ctx.cue);
  const years = counted ? yearsOf(counted[1] as string) : null;
  if (years !== null) return `${Number(date.slice(0, 4)) - years}${date.slice(4)}`;
  const from = riseOfSentence(doc, ctx)?.date ?? joinedStart(doc, ctx, date);
  return sameDayEarlier(from, date);
}

/** A start of whole years before `date`: the same day of an earlier year. */
function sameDayEarlier(from: string | undefined, date: string): string | undefined {
  return from && /^\d{4}-/.test(from) && from.slice(4) === date.slice(4) && from < date ? from : undefined;
}

/** 2020年末…余额为11.95万亿元，到2024年末已达36.6万亿元，年均增长…: the earliest level of the subject its sentence read. */
function earliestLevelOfSentence(out: Output, ctx: FigureContext, indicator: string): string | undefined {
  const levels = claimsOfSentence(out, ctx).filter((c) => c.measure === 'balance' && c.indicator === indicator && /^\d{4}-/.test(c.date));
  return levels.map((c) => c.date).sort(compareDates)[0];
}

/** "…, from 9.9 trillion yuan at end-2019 to 36.6 trillion yuan at end-2024": the date of the level an English sentence rose from. */
function risenFromEn(doc: Doc, out: Output, ctx: FigureContext): string | undefined {
  const from = claimsOfSentence(out, ctx).find((c) => {
    const at = c.source?.span?.[0];
    return c.measure === 'balance' && at !== undefined && /\bfrom\s*$/i.test(doc.input.slice(Math.max(0, at - 8), at));
  });
  return from?.date;
}

// 增至, 升至, 下降到: a change to the level after it.
const RISES_TO = /^\s*(?:[^,，;；。\d]{0,12})?(?:增加|增长|增|提高|提升|上升|升|扩大|下降|降|回落|减少|降低)(?:到|至)/;

/**
 * Where a change from a level starts: the date the words name (由2017年末的8.5%), else the year-end
 * before the span in force (2021年至2024年…由412.6亿元 at the end of 2020), else the year-end before the
 * date in force.
 */
function startOfRise(doc: Doc, ctx: FigureContext, dated: { readonly date: string; readonly from: string }, span: { readonly from: string } | undefined): string {
  const named = doc.within(doc.times.refs, ctx.cueStart, ctx.m.span[0], (r) => [r.start, r.end]).find((r) => r.role === 'base');
  if (named) return named.date;
  // (由上年同期的47.5%: the same time a year before.)
  if (SAME_TIME_LAST_YEAR_ENDS.test(doc.s.slice(ctx.cueStart, ctx.m.span[0])) && dated.from !== 'none') return baseDate(dated.date, 'yoy');
  const joined = joinedStart(doc, ctx, dated.date);
  if (joined) return joined;
  // (…由2021年末的686.2亿元增至2024年末的1286.4亿元，占比由9.6%提高到14.8%: from where the sentence's rise starts.)
  const rise = riseOfSentence(doc, ctx);
  if (rise && dated.from !== 'none' && compareDates(rise.date, dated.date) < 0) return rise.date;
  if (span?.from.endsWith('-01-01')) return baseDate(span.from.replace(/-01-01$/, '-12-31'), 'yoy');
  return baseDate(dated.from === 'none' ? UNDATED : dated.date, 'ytd');
}

// （8月底为63.89%）: a level at a date, in brackets.
const BRACKETED_LEVEL = /[(（][^()（）,，;；。]{2,12}?(?:为|是|時為|时为)\s*$/;

// The whole of a subject's last share (its own, not a part's), looked for from the last claim back.
function lastShareOfSubject(claims: readonly Claim[], indicator: string, holder: string): string | undefined {
  for (let k = claims.length - 1; k >= 0; k--) {
    const c = claims[k] as Claim;
    if (c.measure === 'share' && c.indicator === indicator && c.holder === holder && !c.part) return c.of;
  }
  return undefined;
}

/** Why a change over a span no basis names is unread. */
export const OVER_SPAN = 'a change since a named date that no basis (较年初, 同比, 环比) spans';

// Measures of a change against a base.
const CHANGES = new Set<Measure>(['increment', 'growth', 'borrowers-growth', 'share-change', 'rate-change', 'flow-difference']);

/** The last date named as a base (较9月底, 比2024年末) between two positions. */
function baseRefIn(doc: Doc, from: number, to: number): TimeRef | undefined {
  const refs = doc.times.refs;
  for (let k = lowerBound(refs, to, (r) => r.start) - 1; k >= 0; k--) {
    const r = refs[k] as TimeRef;
    if (r.start < from) return undefined;
    if (r.role === 'base') return r;
  }
  return undefined;
}

// The whole of a part's share when the text leaves it unnamed: the subject the part is of (其中…).
// The text of the clause before the figure's own: 其中 standing alone before it (…；其中，境内…).
// 投向制造业, 流向小微企业领域: where new loans went, named right after the share that went there.
const WENT_TO = /^\s{0,2}(?:的资金|的贷款)?(?:投向|流向|投放(?:于|到|给)|投入(?:到)?)([\u4e00-\u9fa5]{2,12}?)(?=[,，。；;、）)\s]|$)/;
// 完成2027年目标的, 完成三年目标的, 三年行动目标, 累计目标: a goal of another span than the figure's year.
const GOAL_OF_SPAN = /(?:(\d{4})年|[两三四五]年(?:行动)?|累计|规划期?)(?:累计)?(?:新增)?(?:的)?(?:总体)?(?:目标|任务|计划)(?:任务|值)?[^，,；;。]{0,16}$/;

// The last deadline of the goals read so far that falls in a later year than the figure's.
function latestDeadlineAfter(out: Output, year: number | undefined): string | undefined {
  if (year === undefined) return undefined;
  // (The last goals read, a few at most: a long text's many goals are walked once each, not at every progress.)
  const later = out.targets.slice(-32).map((t) => t.deadline).filter((d) => /^\d{4}/.test(d) && Number(d.slice(0, 4)) > year).sort();
  return later.at(-1);
}

const PERIOD_GOAL = /(?:[一二三四]季度|上半年|下半年|前三季度|季度|月度|当月|本月|当季|本季)(?:的)?(?:目标|任务|计划)/;

/** Whether the figure before this one in its clause run (since ； or the sentence's start) was left unread. */
function unreadFigureBefore(doc: Doc, out: Output, ctx: FigureContext, orItsMeasure = false): boolean {
  const s = doc.s;
  const start = Math.max(ctx.sentence.start, ctx.m.span[0] - 200);
  const run = s.slice(start, ctx.m.span[0]);
  const from = start + Math.max(0, run.lastIndexOf('；') + 1, run.lastIndexOf(';') + 1);
  const since = doc.original([from, from])[0];
  // What was left unread, and the goals read, since the run began (the latest entries, in text order).
  const unread = new Map<number, string | undefined>();
  for (let k = out.unparsed.length - 1; k >= 0 && (out.unparsed[k]?.span[0] ?? -1) >= since; k--) unread.set(out.unparsed[k]?.span[0] as number, out.unparsed[k]?.code);
  const goals = new Set<number>();
  for (let k = out.targets.length - 1; k >= 0 && (out.targets[k]?.source?.span?.[0] ?? -1) >= since; k--) goals.add(out.targets[k]?.source?.span?.[0] as number);
  // (A goal's figure before it, 完成一季度目标任务（20亿元）的…, is no figure of what progressed.)
  const before = doc.within(doc.mentions, from, ctx.m.span[0], (x) => [x.span[0], x.span[1]]).filter((x) => x.kind === 'figure' && !goals.has(doc.original(x.span)[0]) && unread.get(doc.original(x.span)[0])?.startsWith('goal') !== true);
  const last = before[before.length - 1];
  if (!last) return false;
  // (Only a figure left unread for whose it is: one unread for its date or measure may still be the subject's.)
  const code = unread.get(doc.original(last.span)[0]);
  return code === 'no-subject' || code === 'count-not-borrowers' || (orItsMeasure && code === 'no-measure');
}

// 首贷户完成目标的: the words right before 完成 name what progressed.
const PROGRESS_OF = /([\u4e00-\u9fa5]{2,8})(?:已|均|共)?(?:完成|达成)(?:了)?(?:全年|年度|计划)?(?:目标|任务|计划)/;
const PROGRESS_NOT_A_NAME = /^(?:全年|上半年|下半年|一季度|二季度|三季度|前三季度|累计|目前|截至目前|今年|当年|年内|实际|合计|总体|整体|已经|提前|超额|顺利|全面|分别)$|(?:全年|上半年|季度|以来|目前|累计|实际|已经|提前|超额|顺利|余额|增量|新增|投放|发放|规模|行|市|省|县|区|社|集团|公司)$/;

// A clause that names an item and states no figure: 其次为政策性银行, 主要投向交通运输、仓储和邮政业.
const ITEM_NAMED_BEFORE = /(?:其次(?:为|是)|第[二三四五六七八九十](?:为|是)|主要贡献者(?:为|是)|主要投向|主要集中(?:在|于)|投向|依(?:次|序)(?:为|是)|最多的是|最大的是|居首的是|排名第[一二三]的是|位居第[一二三]的是|排在第[一二三]位的是)[^\d，,；;。]{2,30}[，,]?\s*$/;
const JOINT_BEFORE_EN = /\b(?:together|combined|jointly|altogether|in total)\b[^;]{0,40}?,?\s*(?:or|accounting for|making up)\s*$/i;
const OWN_BASE = /(?:较|比)(?:年初|上年末|去年末|上年底|去年底|上年同期|去年同期)|同比/;
const YEARS_OF_A_PLAN = /(?:[两二三四五]|\d)年(?:目标|行动|计划|任务|累计)/;
const YEAR_SPAN_OF_PLAN = /(?:19|20)\d{2}\s?[—–－~-]{1,2}\s?(?:(?:19|20)\d{2}|\d{2})年[^。；;]{0,12}?(?:累计|目标|新增)/;
const SINCE_AN_EARLIER_YEAR = /(?:(\d{4})年以来|(?:实施|启动|开展|印发)以来|十四五[”"]?以来)/;
// Borrowers of a kind among the borrowers counted: 首贷户, 信用贷款户, 续贷户, 新增…户.
const BORROWERS_OF_A_KIND = /(首贷|新增贷款|新增|新发放贷款|信用贷款|信用|续贷|无还本续贷|中长期贷款)(?:户|客户)(?:数)?(?:为|达|达到|共|有)?\s*$/;
// 高于地区生产总值增速, 略高於…經濟成長率: a comparison with the economy, its rate next.
const ECONOMY_COMPARED = /(?:高于|低于|快于|慢于|超过|超出|优于|高於|低於|優於)[^，,；;。\d%]{0,24}(?:生产总值|增加值|GDP|经济|物价|CPI|成长率)[^，,；;。\d%]{0,6}$/i;
const ECONOMY_COMPARED_EN = /\b(?:higher|lower|faster|slower|above|below|outpac\w*|exceed\w*)\b[^,;.\d]{0,40}\b(?:GDP|gross domestic product|economic growth|the economy)\b[^,;.\d]{0,24}$/i;
const COMPARED_EN = /\b(?:compared (?:with|to)|against|versus|vs\.?)\b[^,;.]{0,30}$/i;
const ALL_LOANS_AFTER_EN = /^\s*(?:growth\s+)?(?:for|in|of)\s+(?:the\s+)?(?:overall|all|total)\s+(?:(?:yuan|rmb|renminbi|outstanding)\s+)?(?:loans|lending|credit)\b/i;
const LAST_YEARS_RATE = /(?:^|[，,；;])\s*(?:上年|去年|上一年)(?:全年)?的?(?:增速|增幅|增长率|同比增速)(?:为|是|達|达)?\s*$/;
const RATE_OF_WHAT_FOLLOWS = /^\s*(?:以上|左右)?的\s*[\u4e00-\u9fa5]{0,16}?(?:贷款|信贷|放款)/;
// A level passed (突破6800亿元, 超46万亿元, tops): once passed, passed at every later date.
const LEVEL_PASSED = /^(?:突破|超过|超|逾|破)|\b(?:tops?|topped|exceeds?|exceeded|surpass(?:es|ed)?|more than|over)\b/i;
// A share that names nothing but itself: 占比15%, 比重为…
const BARE_SHARE = /^[\s,，(（]*(?:占比|比重)[为达是]?\s*$/;
// What opens the figure's clause: a measure alone (余额, 贷款余额为, 占比).
const BARE_MEASURE = /^[\s，,]*(?:[一二三四]季度末|\d{1,2}月末|上半年末|年末)?(?:贷款)?(?:余额|规模|金额)(?:合计|共计)?(?:为|达|达到)?\s*$/;

function clauseBeforeThis(ctx: FigureContext): string {
  const clauses = ctx.sentence.clauses;
  const k = lowerBound(clauses, ctx.m.span[0] + 1, (c) => c.span[0]) - 1;
  return k > 0 ? (clauses[k - 1] as { text: string }).text : '';
}

// 同比增长, 比上年同期增长, 增长: a rise year on year, said right after a flow.
// (較去年同期減少, 按年增加, 年減: the same change of a flow, fallen or in Hong Kong's and Taiwan's words.)
const FLOW_ROSE = /^[\s，,]*(?:(?:同比|按年|(?:比|较)(?:上年|去年)同期)?(?:增加|增长|上升|提高|减少|下降)|年减)\s*$/;
const FLOW_CHANGED_YOY_EN = /^\s*(?:,\s*)?(?:a|an|with a|representing a) year-on-year (?:increase|decrease|rise|drop|decline|fall) of\s*$/i;
const FLOW_ROSE_EN = /^\s*(?:,\s*)?(?:which (?:was|is|marked|represented)\s)?(?:up|an? (?:increase|increment|rise|growth) of|rising|increasing|growing|representing an? (?:increase|rise) of)\s*$/i;
const YEAR_ON_YEAR_AFTER_EN = /^\s*(?:yuan\s+)?(?:year on year|year-on-year|y-o-y|yoy|from a year (?:earlier|ago)|(?:over|from|compared with) the same period (?:of )?(?:last|the previous) year|(?:over|from|compared with) (?:the previous|the prior|last) year|(?:over|from|compared with) (?:the )?(?:(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?)\.?\s*-\s*[A-Z][a-z]+\.?|first (?:half|quarter|three quarters|[a-z]+ months)|H1|Q[1-4])(?: of)? (?:19|20)\d\d)\b/i;

/**
 * 上半年新增绿色贷款96.3亿元，同比增加12.1亿元 / 同比增长9.6%: right after a flow that opens its sentence
 * (no balance stated before it there), 同比 compares the flow with the same flow a year before — a
 * difference of flows, or the growth of the flow, which no relation models — not the balance.
 */
function ofTheFlow(out: Output, ctx: FigureContext, frame: Frame, measure: MeasureRead): void {
  const lent = grossFlowBefore(out, ctx);
  // 累计发放9.86亿元，比上年同期多发放1.34亿元, …，同比增长15.2%: the difference or the growth of what was lent right
  // before, over the same span — whatever balance its sentence stated first.
  if (lent && (measure.measure === 'flow-difference' || (measure.measure === 'growth' && measure.basis !== 'ytd' && FLOW_ROSE.test(ctx.cue)))) {
    ofWhatWasLent(measure, lent);
    return;
  }
  // 新发放…1325.6亿元，同比多发112.4亿元，增长9.3%: a rate after a flow and its difference is the flow's.
  const afterDifference = (frame.lastMeasure === 'flow-difference' || frame.lastMeasure === 'new-lending') && measure.measure === 'growth' && FLOW_ROSE.test(ctx.cue);
  if (afterDifference && !claimsOfSentence(out, ctx).some((c) => c.measure === 'balance')) {
    measure.flow = true;
    measure.basis = 'yoy';
    if (lent && (frame.lastMeasure === 'new-lending' || out.claims.at(-1)?.gross === true)) ofWhatWasLent(measure, lent);
    return;
  }
  // 新增额比上年增长16.3%, 增量同比增长: the growth of the flow the words name.
  if (measure.measure === 'growth' && /(?:新增额|增量|新增量|多增额|发放额|投放额)[^，,；;。]{0,8}$/.test(ctx.clauseBefore)) {
    measure.flow = true;
    return;
  }
  // 全年新增1,852亿元，同比多增260亿元，增长16.3%: the rate after a flow's difference is the flow's —
  // unless its sentence stated the balance and no rate of it yet (余额54.48万亿元，…同比多增2640亿元，同比增长5.4%).
  const sentence = claimsOfSentence(out, ctx);
  const balanceRateOwed = sentence.some((c) => c.measure === 'balance') && !sentence.some((c) => c.measure === 'growth' && !c.flow);
  if (frame.lastMeasure === 'flow-difference' && measure.measure === 'growth' && FLOW_ROSE.test(ctx.cue) && !balanceRateOwed) {
    measure.flow = true;
    measure.basis = 'yoy';
    return;
  }
  // 全年累计发放…48.6亿元，增长9.5%: a change right after a gross flow is the flow's, never the balance's.
  // ("issued 286.4 billion yuan of green loans …, up 12.3 percent year on year": so in English.)
  const grossBefore = frame.lastMeasure === 'cumulative' || frame.lastMeasure === 'new-lending';
  if (grossBefore && (measure.measure === 'growth' || measure.measure === 'increment') && (/^[\s，,]*(?:同比|(?:比|较)(?:上年|去年)(?:同期)?)?(?:增加|增长|上升|提高|多|减少|下降)\s*$/.test(ctx.cue) || /^[\s,]*(?:up|down|an? (?:increase|decrease|rise|drop|fall) of)\s*$/i.test(ctx.cue))) {
    measure.flow = true;
    // (…，同比增长9.5%, "up 12.3 percent year on year": the growth of what was lent on a year before; 同比增加1.2亿元 its difference.)
    const yearOn = measure.basis === 'yoy' || /同比|同期|上年|去年/.test(ctx.cue);
    if (lent && yearOn && measure.measure === 'growth') ofWhatWasLent(measure, lent);
    else if (lent && yearOn && measure.measure === 'increment' && ctx.figure.unit.dimension === 'money') {
      measure.measure = 'flow-difference';
      ofWhatWasLent(measure, lent);
    }
    return;
  }
  if (frame.lastMeasure !== 'increment' || measure.basis !== 'yoy' || (measure.measure !== 'increment' && measure.measure !== 'growth')) return;
  // ("increased by 386.2 billion yuan, up 13.2 percent year on year": the English says its basis after the figure.)
  const rose = (FLOW_ROSE.test(ctx.cue) && /同|按年|年减/.test(ctx.cue)) || (FLOW_ROSE_EN.test(ctx.cue) && YEAR_ON_YEAR_AFTER_EN.test(ctx.after)) || FLOW_CHANGED_YOY_EN.test(ctx.cue);
  if (!rose) return;
  // (…余额…，同比增长21.6%；前三季度新增872.3亿元，比上年同期增长12.3%: a balance before the ； is another clause's.)
  const runStart = clauseRunStart(ctx);
  const balanceBefore = claimsOfSentence(out, ctx).some((c) => c.measure === 'balance' && (out.spanOf(c)?.[0] ?? 0) >= runStart);
  if (balanceBefore) return;
  if (measure.measure === 'increment') {
    measure.measure = 'flow-difference';
    measure.basis = frame.lastIncrementBasis ?? measure.basis;
  } else measure.flow = true;
}

const WHOLE_YEAR_FLOW = /全年(?:累计)?(?:新增|增加|净增|投放|发放)(?:了)?[^，,；;。\d]{0,16}$/;

// 上年同期，…增加… after 前三季度…，其中9月份…: the sentence's own period a year before, which its flows are over.
function sameTimeLastYear(doc: Doc, ctx: FigureContext): { readonly from: string; readonly to: string } | undefined {
  if (!SAME_TIME_LAST_YEAR_OPENS_SENTENCE.test(doc.s.slice(ctx.sentence.start, Math.min(ctx.m.span[0], ctx.sentence.start + 40)))) return undefined;
  // (…；上年9月份，…增加27.80亿元: a clause that names its own time is of that time.)
  if (doc.within(doc.times.refs, ctx.sentence.start, ctx.m.span[0], (r) => [r.start, r.end]).some((r) => r.role === 'as-of')) return undefined;
  const main = mainPeriodBefore(doc, ctx);
  return main ? { from: aYearEarlier(main.from), to: baseDate(main.to, 'yoy') } : undefined;
}

// The period the sentence before opens with, when every later period it names is a 其中 part of it
// (前三季度…，其中9月份…): what 上年同期 after it is the same time as.
function mainPeriodBefore(doc: Doc, ctx: FigureContext): { readonly from: string; readonly to: string } | undefined {
  // (A few hundred characters back at most: a search to the text's start at every such sentence would be quadratic.)
  const from = Math.max(ctx.paragraphStart, ctx.sentence.start - 400);
  const start = from + doc.s.slice(from, Math.max(from, ctx.sentence.start - 1)).lastIndexOf('。') + 1;
  const named = doc.within(doc.times.refs, start, ctx.sentence.start, (r) => [r.start, r.end]).filter((r) => r.role === 'as-of' && (r.period !== undefined || MONTH_ALONE.test(r.text)));
  const [first] = named;
  // (One period named: that one — 年初至报告期末，…新发放…。上年同期，…新发放….)
  if (!first?.period || !named.slice(1).every((r) => /其中[，,]?\s*$/.test(doc.s.slice(Math.max(start, r.start - 4), r.start)))) return undefined;
  return first.period;
}

// The last flow of what was lent (累计发放, 新发放) its sentence read, over a stated span (claimsOfSentence walks back).
// (…12.86亿元，上年同期为11.17亿元，同比增长15.2%: past the same flow a year before, to the flow it is of.)
function grossFlowBefore(out: Output, ctx: FigureContext): Claim | undefined {
  const sentence = claimsOfSentence(out, ctx);
  const [last] = sentence;
  if (!last || !last.period || !(last.measure === 'new-lending' || last.measure === 'cumulative' || last.gross === true)) return undefined;
  const to = last.period.to;
  return sentence.find((c) => c !== last && c.indicator === last.indicator && c.measure === last.measure && c.period !== undefined && baseDate(c.period.to, 'yoy') === to) ?? last;
}

// A change of what was lent: year on year, over the span of the flow it changes.
function ofWhatWasLent(measure: MeasureRead, lent: Claim): void {
  measure.flow = true;
  measure.gross = true;
  measure.basis = 'yoy';
  if (lent.period) measure.over = lent.period;
}

/**
 * The claims read so far in the figure's sentence, before it: walked back from the last one read
 * and no further than the sentence, so a long text costs no more per figure than a short one.
 */
// A month on its own: 12月份, 8月, 2025年3月 — not 8月末, 8月底, 1—8月.
const BARE_CHANGE_CUE = /^[\s，,]*(?:增长|增加|增幅|增速|上升|提高)(?:了)?(?:为|达)?\s*$/;
const PARTS_TOTAL = /^[\s，,；;)）]*(?:以上[\u4e00-\u9fa5]{0,4}|两者|二者|三者|四者|(?:两|三|四)(?:项|类)(?:贷款|信贷)?)?(?:合计|共计|总计)(?:为|达|(?:比年初|较年初)?(?:增加|新增|净增))?\s*$/;
// A total of flows (合计增加817亿元): of the parts' increments, not their balances.
const FLOW_TOTAL = /(?:增加|新增|净增)\s*$/;
// 两者合计, 三项合计: the named parts together, by their count.
// (三项贷款余额合计: its words may name the balances.)
const COUNTED = '(两|二|三|四)(?:者|项|类)(?:贷款|信贷)?(?:余额)?';
const JOINT_COUNT = new RegExp(`${COUNTED}(?=合计|共计|总计)`);
const ZH_COUNT: Readonly<Record<string, number>> = { 两: 2, 二: 2, 三: 3, 四: 4 };
// 两项贷款合计 (its count word a mention of its own, before the cue): a total of that many quantities.
const COUNTED_TOTAL = new RegExp(`${COUNTED}(?:合计|共计|总计)(?:为|达)?\\s*$`);

/**
 * A total right after sibling parts of one subject in its sentence (…A（x）、B（y）及C（z），合计…):
 * the balance of the whole they break down, and a sum of them.
 */
function readPartsTotal(doc: Doc, out: Output, ctx: FigureContext, frame: Frame): boolean {
  const parts = claimsOfSentence(out, ctx).reverse();
  const measure = FLOW_TOTAL.test(ctx.cue) ? 'increment' : 'balance';
  const last = parts.filter((c) => c.measure === measure).pop();
  if (!last || !last.part) return false;
  const siblings = parts.filter((c) => c.measure === measure && c.basis === last.basis && c.part && c.indicator === last.indicator && c.holder === last.holder && c.date === last.date && c.scope === last.scope);
  if (siblings.length < 2 || new Set(siblings.map((c) => c.part)).size !== siblings.length) return false;
  // Every amount of the sentence before the total was read: a part left unread would make the sum short.
  const amounts = doc.within(doc.mentions, ctx.sentence.start, ctx.m.span[0], (x) => [x.span[0], x.span[1]]).filter((x) => x.kind === 'figure' && x.figure.unit.dimension === 'money').length;
  if (amounts !== parts.filter((c) => c.figure.unit.dimension === 'money').length) return false;
  const words = (last.subject ?? last.indicator).slice((last.part as string).length) || last.indicator;
  // 国有大型银行（19646亿元）、股份制商业银行（4333亿元）两者合计: the named parts together, not the whole —
  // a part of its own (国有大型银行和股份制商业银行), when the count the words give is the parts'.
  const joint = JOINT_COUNT.exec(ctx.cue);
  if (joint && ZH_COUNT[joint[1] as string] !== siblings.length) return false;
  // (A plain 合计 after the whole was stated — 全省…增加1527亿元。…A（612亿元）、B（205亿元）合计增加817亿元 —
  // is the parts' together too: the whole has its figure already.)
  const wholeStated = !joint && out.claims.some((c) => c.indicator === last.indicator && !c.part && c.measure === measure && c.basis === last.basis && c.holder === last.holder && c.date === last.date);
  const part = joint || wholeStated ? siblings.map((c) => c.part as string).join(isEnglish(ctx.cue) ? ' and ' : '和') : undefined;
  const whole: Subject = { indicator: last.indicator, words: part ? `${part}${words}` : words, ...(part ? { part } : {}), ...(last.scope ? { scope: last.scope } : {}), start: ctx.cueStart, end: ctx.m.span[0] };
  const total = { ...makeClaim(doc, out, ctx, { subject: whole, measure: { measure, ...(last.basis ? { basis: last.basis } : {}) }, holder: last.holder }), id: `total-${ctx.m.span[0]}` };
  out.claims.push(total);
  out.sum(total, siblings, part ? `${part}: the parts together (${joint?.[0] ?? '合计'})` : `${words}: the total of its parts (合计)`);
  frame.subject = whole;
  if (part) JOINT_PARTS.add(whole);
  frame.previousEnd = ctx.m.span[1];
  return true;
}

/**
 * 全市绿色贷款余额1564.2亿元…。全市科技贷款余额865.4亿元，两项贷款合计2429.6亿元: the last quantities of
 * its paragraph, as many as its count says, summed as the text sums them — a joint quantity of its own,
 * read only when those balances are of one holder and one date, each of a different subject.
 */
function readCountedTotal(doc: Doc, out: Output, ctx: FigureContext, frame: Frame): boolean {
  if (readPlacesTotal(doc, out, ctx, frame)) return true;
  const count = COUNTED_TOTAL.exec(ctx.clauseBefore);
  const n = count ? ZH_COUNT[count[1] as string] : undefined;
  if (!n) return false;
  const balances = lastBalances(out, ctx, n);
  const first = balances[0];
  if (!first || balances.length !== n || new Set(balances.map((c) => c.indicator)).size !== n) return false;
  if (!balances.every((c) => !c.part && c.holder === first.holder && c.date === first.date && c.scope === first.scope)) return false;
  const words = balances.map((c) => c.subject ?? c.indicator).join('和');
  const subject: Subject = { indicator: `subject:${words}`, words, ...(first.scope ? { scope: first.scope } : {}), start: ctx.cueStart, end: ctx.m.span[0] };
  const total = { ...makeClaim(doc, out, ctx, { subject, measure: { measure: 'balance' }, holder: first.holder }), id: `total-${ctx.m.span[0]}` };
  if (total.date !== first.date) return false;
  out.claims.push(total);
  out.sum(total, balances, `${words}: the quantities before it together (${count?.[0] ?? '合计'})`);
  // (三者合计9,032.05亿元，占本行贷款总额的37.68%: what follows is of them together.)
  JOINT_PARTS.add(subject);
  frame.subject = subject;
  frame.stale = false;
  frame.lastMeasure = 'balance';
  frame.previousEnd = ctx.m.span[1];
  return true;
}

/**
 * 土地银行中小企业放款增加468.05亿元，合作金库增加401.6亿元，合计增加869.65亿元: after figures of different banks (or
 * places) its sentence names, one each, a bare 合计 is theirs together — held by them together, and their sum; when
 * not all of their figures were read alike, it is left unread. Returns false when the figure is no such total.
 */
function readHoldersTotal(doc: Doc, out: Output, ctx: FigureContext, frame: Frame): boolean {
  const bare = BARE_TOTAL.exec(ctx.clauseBefore);
  if (!bare) return false;
  const from = ctx.sentence.start;
  const named = [...doc.within(doc.banks, from, ctx.clauseStart, (b) => [b.start, b.end]), ...doc.within(doc.places, from, ctx.clauseStart, (p) => [p.start, p.end])].map((h) => h.holder);
  const holders = [...new Set(named)];
  if (holders.length < 2 || (bare[1] !== undefined && ZH_COUNT[bare[1]] !== holders.length)) return false;
  const before = claimsOfSentence(out, ctx).reverse();
  const parts = holders.map((h) => before.filter((c) => c.holder === h));
  const first = parts[0]?.[0];
  const alike = first !== undefined && parts.every((p) => p.length === 1 && p[0]?.indicator === first.indicator && p[0]?.part === first.part && p[0]?.measure === first.measure && p[0]?.basis === first.basis && p[0]?.date === first.date);
  if (!alike || !first || (first.measure !== 'balance' && first.measure !== 'increment')) {
    out.unread(ctx.m, 'no-subject', 'a total of the banks or places named before it, not all of whose figures were read alike');
    frame.previousEnd = ctx.m.span[1];
    return true;
  }
  const banks = holders.every((h) => h.startsWith('bank:'));
  const holder = `${banks ? 'banks' : 'places'}:${holders.map((h) => h.slice(h.indexOf(':') + 1)).join('+')}`;
  const total = { ...makeClaim(doc, out, ctx, { subject: claimSubject(first, ctx.cueStart, ctx.m.span[0]), measure: { measure: first.measure, ...(first.basis ? { basis: first.basis } : {}) }, holder, extra: { date: first.date, ...(first.period ? { period: first.period } : {}) } }), id: `total-${ctx.m.span[0]}` };
  out.claims.push(total);
  out.sum(total, parts.map((p) => p[0] as Claim), `${holders.join('和')}: together (合计)`);
  frame.jointHolder = holder;
  frame.jointFrom = ctx.m.span[1];
  frame.previousEnd = ctx.m.span[1];
  return true;
}
// A bare 合计 opening its clause (合计增加, 共计, 合计为): no count, no parts named in it.
// (三家合计, 两行合计: or after the count of them.)
const BARE_TOTAL = /^[\s，,；;]*(?:(两|二|三|四)(?:家(?:银行)?|行))?(?:合计|共计|总计)(?:为|达|(?:比年初|较年初)?(?:增加|新增|净增))?\s*$/;

// 两县合计, 三市合计, 两行合计: the places' or banks' last balances together, by their count.
const PLACES_TOTAL = /(两|二|三|四)(县|市|区|行)(?:合计|共计|总计)(?:为|达)?\s*$/;

/**
 * 甲县绿色贷款余额38.64亿元，乙县…29.12亿元，两县合计67.76亿元: the last balances of its paragraph, one
 * subject of as many places (or banks) as the count says, together — held by them together, tied by a sum.
 */
function readPlacesTotal(doc: Doc, out: Output, ctx: FigureContext, frame: Frame): boolean {
  const count = PLACES_TOTAL.exec(ctx.clauseBefore);
  const n = count ? ZH_COUNT[count[1] as string] : undefined;
  if (!count || !n) return false;
  const balances = lastBalances(out, ctx, n);
  const first = balances[0];
  const bank = count[2] === '行';
  if (!first || balances.length !== n || new Set(balances.map((c) => c.holder)).size !== n) return false;
  if (!balances.every((c) => c.indicator === first.indicator && c.part === first.part && c.scope === first.scope && c.date === first.date && (bank ? c.holder.startsWith('bank:') : /^(?:place|region):/.test(c.holder)))) return false;
  const names = balances.map((c) => c.holder.replace(/^[a-z]+:/, ''));
  const subject: Subject = { indicator: first.indicator, words: first.subject ?? first.indicator, ...(first.part ? { part: first.part } : {}), ...(first.scope ? { scope: first.scope } : {}), start: ctx.cueStart, end: ctx.m.span[0] };
  const total = { ...makeClaim(doc, out, ctx, { subject, measure: { measure: 'balance' }, holder: `${bank ? 'banks' : 'places'}:${names.join('+')}`, extra: { date: first.date } }), id: `total-${ctx.m.span[0]}` };
  out.claims.push(total);
  out.sum(total, balances, `${names.join('和')}: the ${bank ? 'banks' : 'places'} before it together (${count[1] as string}${count[2] as string}合计)`);
  // (…，两县合计67.76亿元，占全市的32.8%: what its sentence says next is of them together.)
  frame.jointHolder = total.holder;
  frame.jointFrom = ctx.m.span[1];
  frame.previousEnd = ctx.m.span[1];
  return true;
}

// How many periods or months (7月, 9月, 一季度) the figure's sentence names before its clause — none when its clause
// names the total's own span (前三季度合计新增…).
function periodsNamedBefore(doc: Doc, ctx: FigureContext): number {
  const named = (from: number, to: number): TimeRef[] => doc.within(doc.times.refs, from, to, (r) => [r.start, r.end]).filter((r) => r.period !== undefined || MONTH_ALONE.test(r.text));
  if (named(ctx.clauseStart, ctx.m.span[0]).length > 0) return 0;
  return new Set(named(ctx.sentence.start, ctx.clauseStart).map((r) => r.date)).size;
}

// The last claims of the figure's paragraph before it that `keep` takes, up to n, in the text's order.
function lastOfParagraph(out: Output, ctx: FigureContext, n: number, keep: (c: Claim) => boolean): Claim[] {
  const found: Claim[] = [];
  for (let k = out.claims.length - 1, steps = 0; k >= 0 && found.length < n && steps < SENTENCE_CLAIMS; k--, steps++) {
    const c = out.claims[k] as Claim;
    const span = out.spanOf(c);
    if (!span || span[0] >= ctx.m.span[0]) continue;
    if (span[1] <= ctx.paragraphStart) break;
    if (keep(c)) found.unshift(c);
  }
  return found;
}

// The last balances of the figure's paragraph before it, up to n, but those `but` leaves out.
function lastBalances(out: Output, ctx: FigureContext, n: number, but: (c: Claim) => boolean = () => false): Claim[] {
  return lastOfParagraph(out, ctx, n, (c) => c.measure === 'balance' && !but(c));
}

// 三者合计占, 两县科技贷款合计占全市的: a share of as many quantities as the count says, together.
const COUNTED_SHARE = /(两|二|三|四)(者|项|类|县|市|区)[^，,；;。\d]{0,12}?合计(?:占比[为达]?|占[^，,；;。\d]{0,24})\s*$/;

/**
 * 基础设施…贷款余额3862.4亿元，清洁能源…2186.5亿元，节能降碳…1215.3亿元，三者合计占绿色贷款的89.4%; 甲县…42.6亿元…
 * 乙县…38.2亿元…，两县科技贷款合计占全市的19.6%: the share of the last balances of its paragraph together — of
 * different subjects of one holder, or of one subject in different places — tied to them by a sum.
 */
function readCountedShare(doc: Doc, out: Output, ctx: FigureContext): boolean {
  const count = ctx.figure.unit.dimension === 'percent' ? COUNTED_SHARE.exec(ctx.clauseBefore) : null;
  const n = count ? ZH_COUNT[count[1] as string] : undefined;
  if (!count || !n) return false;
  const read = readWhole(ctx);
  if (!read || read.flow) return false;
  const scope = doc.holderScope(ctx.m.span[0], ctx.m.span[0]);
  const wholeHolder = wholeHolderOf(read, scope, scope.home);
  const places = /[县市区]/.test(count[2] as string);
  // (甲县、乙县两县…: the places it names; with none named, the paragraph's places — only when it states no more.)
  const clauseStart = ctx.m.span[0] - ctx.clauseBefore.length;
  const named = places ? new Set(doc.within(doc.places, clauseStart, clauseStart + count.index, (p) => [p.start, p.end]).map((p) => p.holder)) : undefined;
  if (named && named.size > 0 && named.size !== n) return false;
  // (The whole, stated before or after its parts, is none of them.)
  const balances = lastBalances(out, ctx, n + 1, (c) => (places ? c.holder === wholeHolder || (named !== undefined && named.size > 0 && !named.has(c.holder)) : !c.part && (read.bare || c.indicator === read.of)));
  if (places && named?.size === 0 && new Set(balances.map((c) => c.holder)).size > n) return false;
  balances.splice(0, balances.length - n);
  const first = balances[0];
  if (!first || balances.length !== n || !balances.every((c) => c.date === first.date && c.scope === first.scope)) return false;
  const quantity = (c: Claim): string => `${c.indicator}/${c.part ?? ''}`;
  const distinct = (key: (c: Claim) => string, same: (c: Claim) => string): boolean => new Set(balances.map(key)).size === n && new Set(balances.map(same)).size === 1;
  if (!(places ? distinct((c) => c.holder, quantity) : distinct(quantity, (c) => c.holder))) return false;
  const of = read.bare ? first.indicator : read.of;
  const words = places ? `${balances.map((c) => c.holder.slice(c.holder.indexOf(':') + 1)).join('和')}${first.subject ?? first.indicator}` : balances.map((c) => c.subject ?? c.indicator).join('和');
  const subject: Subject = places
    ? { indicator: first.indicator, words, ...(first.part ? { part: first.part } : {}), ...(first.scope ? { scope: first.scope } : {}), start: ctx.cueStart, end: ctx.m.span[0] }
    : { indicator: `subject:${words}`, words, ...(first.scope ? { scope: first.scope } : {}), start: ctx.cueStart, end: ctx.m.span[0] };
  const holder = places ? `places:${balances.map((c) => c.holder.slice(c.holder.indexOf(':') + 1)).join('+')}` : first.holder;
  const share = { ...makeClaim(doc, out, ctx, { subject, measure: { measure: 'share' }, holder, extra: { of, ...(wholeHolder !== holder ? { ofHolder: wholeHolder } : {}) } }), id: `share-${ctx.m.span[0]}` };
  if (share.date !== first.date) return false;
  out.claims.push(share);
  out.sum(share, balances, `${words}: the quantities before it together (${count[0].slice(0, count[0].indexOf('占'))})`);
  return true;
}

// The subjects of named parts together (国有大型银行和股份制商业银行 of 两者合计): a share after them is theirs.
const JOINT_PARTS = new WeakSet<Subject>();

/**
 * Why a 合计 after the claims of its sentence is no figure of them: parts not all read (their sum would be
 * short), or several quantities (科技贷款…、绿色贷款…、数字经济产业贷款…，合计: their sum may count a loan twice).
 */
function totalOfNone(before: readonly Claim[]): string | undefined {
  if (before[0]?.part !== undefined) return 'the total of parts not all read, whose whole is not named';
  if (new Set(before.filter((c) => c.measure === 'balance').map((c) => c.indicator)).size >= 2) return 'a total of several quantities named before it, none of them';
  return undefined;
}

// What follows banks named together before their total: 两家银行, 两行, 等三家.
const BANKS_COUNTED = /^\s{0,2}(?:等)?(?:[两二三四五六七八九十\d]{1,2}(?:家银行|家|行))?/;

/** Banks joined by 与/和/、 before 合计 in the figure's clause (A与B两家银行…合计): who holds the total. */
function banksTogether(doc: Doc, ctx: FigureContext): string | undefined {
  if (!/(?:合计|共计|总计)/.test(ctx.cue)) return undefined;
  const named = joined(doc.s, doc.within(doc.banks, ctx.sentence.start, ctx.m.span[0], (b) => [b.start, b.end]));
  const last = named[named.length - 1];
  if (named.length < 2 || !last || !BANKS_COUNTED.test(doc.s.slice(last.end, last.end + 6)) || /分别|依次|依序/.test(doc.s.slice(last.end, ctx.m.span[0]))) return undefined;
  return jointHolder(named.map((b) => b.holder));
}

/** Places joined by 、/和/与 in the figure's clause before its 合计 (A市、B市、C市…合计): who holds the total. */
function placesTogether(doc: Doc, ctx: FigureContext): string | undefined {
  if (!/(?:合计|共计|总计)/.test(ctx.cue)) return undefined;
  const named = joined(doc.s, doc.within(doc.places, ctx.clauseStart, ctx.m.span[0], (p) => [p.start, p.end]));
  const last = named[named.length - 1];
  if (named.length < 2 || !last || /分别|依次|依序/.test(doc.s.slice(last.end, ctx.m.span[0])) || new Set(named.map((p) => p.holder)).size !== named.length) return undefined;
  return `places:${named.map((p) => p.holder.slice(p.holder.indexOf(':') + 1)).join('+')}`;
}

/** The holder of the joint total just read, unless a bank or a place is named since (", when ICBC's stood at …"). */
function jointHolderInForce(doc: Doc, ctx: FigureContext, frame: Frame): string | undefined {
  if (!frame.jointHolder) return undefined;
  const since = Math.max(frame.jointFrom ?? 0, ctx.sentence.start);
  return doc.within(doc.banks, since, ctx.m.span[0], (b) => [b.start, b.end]).length > 0 || doc.within(doc.places, since, ctx.m.span[0], (p) => [p.start, p.end]).some((p) => !placeOfWhole(doc.s, p.start)) ? undefined : frame.jointHolder;
}

/** The holder of banks together: `banks:工商银行+农业银行` from `bank:工商银行` and `bank:农业银行`. */
function jointHolder(holders: readonly string[]): string {
  return `banks:${holders.map((h) => h.slice(h.indexOf(':') + 1)).join('+')}`;
}

/**
 * 工商银行、农业银行…余额分别为6.35万亿元和5.72万亿元。两家银行…合计12.07万亿元: the total of the last
 * banks' figures of one quantity, as many as it counts — held by them together, and their sum.
 */
function readJointOfBanks(doc: Doc, out: Output, ctx: FigureContext, frame: Frame, counted: string | undefined): boolean {
  const n = counted === undefined ? undefined : /^\d+$/.test(counted) ? Number(counted) : NUMERALS[counted.toLowerCase()];
  if (n === undefined || n < 2) return false;
  const banks: Claim[] = [];
  // (A few claims back at most: the banks totalled were just named.)
  for (let k = out.claims.length - 1, steps = 0; k >= 0 && banks.length < n && steps < 4 * n + 8; k--, steps++) {
    const c = out.claims[k] as Claim;
    if ((out.spanOf(c)?.[0] ?? 0) < ctx.paragraphStart) break;
    if (!/^(?:bank|institution):/.test(c.holder) || c.figure.unit.dimension !== 'money') continue;
    const first = banks[0];
    if (first && (c.indicator !== first.indicator || c.measure !== first.measure || c.date !== first.date || c.part !== first.part || banks.some((b) => b.holder === c.holder))) break;
    banks.unshift(c);
  }
  if (banks.length !== n || ctx.figure.unit.dimension !== 'money') return false;
  const first = banks[0] as Claim;
  // ("The three banks' combined tech loans of …" after their green loans: a total of another quantity, none of theirs.)
  const named = subjectIn(doc, ctx.clauseStart, ctx.m.span[0]);
  if (named && named.indicator !== first.indicator && !/^(?:贷款|loans?|lending|credit)$/i.test(named.words)) return false;
  const subject: Subject = { indicator: first.indicator, words: first.subject ?? first.indicator, ...(first.scope ? { scope: first.scope } : {}), start: ctx.cueStart, end: ctx.m.span[0] };
  const holder = jointHolder(banks.map((b) => b.holder));
  const total = { ...makeClaim(doc, out, ctx, { subject, measure: { measure: first.measure } as MeasureRead, holder }), id: `total-${ctx.m.span[0]}` };
  out.claims.push(total);
  out.sum(total, banks, `${subject.words}: the total of ${n} banks (合计)`);
  // (…combined green loans of 10.91 trillion yuan were up 20.0 percent: what follows in the sentence is theirs together.)
  frame.jointHolder = holder;
  frame.jointFrom = ctx.m.span[1];
  frame.previousEnd = ctx.m.span[1];
  return true;
}

function claimsOfSentence(out: Output, ctx: FigureContext): Claim[] {
  const found: Claim[] = [];
  for (let k = out.claims.length - 1, steps = 0; k >= 0 && steps < SENTENCE_CLAIMS; k--, steps++) {
    const span = out.spanOf(out.claims[k] as Claim);
    if (!span || span[0] >= ctx.m.span[0]) continue;
    if (span[1] <= ctx.sentence.start) break;
    found.push(out.claims[k] as Claim);
  }
  return found;
}
// More claims than one sentence holds: the walk back stops there.
const SENTENCE_CLAIMS = 64;

/** The subject of the last balance read before `at`: what a 其中 clause starting there breaks down. */
function subjectBefore(out: Output, at: number): Subject | undefined {
  // (A share or a rate of the subject may stand between: 余额3.2万亿元，占各项贷款的25.1%。其中，…)
  for (let k = out.claims.length - 1, seen = 0; k >= 0 && seen < 8; k--) {
    const c = out.claims[k] as Claim;
    const span = out.spanOf(c);
    if (!span || span[1] > at) continue;
    seen++;
    if (c.measure !== 'balance') continue;
    // 其中，科技贷款…、绿色贷款…: the item before is a part too; its whole is this one's.
    if (c.within) {
      const [indicator, part] = c.within.split('/') as [string, string | undefined];
      return { indicator, words: c.within, ...(part ? { part } : {}), start: span[0], end: span[1] };
    }
    return claimSubject(c, span[0], span[1]);
  }
  return undefined;
}

/** The subject a claim was read with, standing at `start`..`end`: its indicator, words, part and scope. */
function claimSubject(c: Claim, start: number, end: number): Subject {
  return { indicator: c.indicator, words: c.subject ?? c.indicator, ...(c.part ? { part: c.part } : {}), ...(c.scope ? { scope: c.scope } : {}), start, end };
}

/** Where the figure's run of clauses starts: after the last ； before it in its window, else at its sentence's start. */
function clauseRunStart(ctx: FigureContext): number {
  const semicolon = Math.max(ctx.sentenceBefore.lastIndexOf('；'), ctx.sentenceBefore.lastIndexOf(';'));
  return semicolon < 0 ? ctx.sentence.start : ctx.m.span[0] - ctx.sentenceBefore.length + semicolon + 1;
}

/**
 * 其中，工业中长期贷款余额5204亿元…；制造业中长期贷款…占工业中长期贷款的56.4%: a whole named in words the text
 * has read as a subject's before (中长期贷款's part 工业) is that quantity, not an open subject of its own.
 */
/**
 * The whole a bare 占比 leaves unsaid (本行绿色贷款占比为8.62%, 绿色贷款占比升至38.52%): the whole of the subject's
 * share the text stated before, else all loans, for loans the catalog places within all loans. A part's is its
 * whole's (read before this); open subjects have none.
 */
function usualWhole(claims: readonly Claim[], subject: Subject, cue: string): string | undefined {
  const word = OWN_SHARE_WORD.exec(cue);
  // (占各项贷款比重为: the whole is named, and read elsewhere.)
  if (subject.part || !word || /占[^,，;；。]{0,20}$/.test(cue.slice(0, word.index))) return undefined;
  for (let k = claims.length - 1, steps = 0; k >= 0 && steps < SENTENCE_CLAIMS * 4; k--, steps++) {
    const c = claims[k] as Claim;
    if (c.measure === 'share' && c.indicator === subject.indicator && !c.part && c.of && !c.flow && !c.ofHolder) return c.of;
  }
  return indicatorWholes()[subject.indicator]?.includes(TOTAL_LOANS) ? TOTAL_LOANS : undefined;
}
// The subject's own 占比 right before its figure, no whole named: 占比为, 占比升至, 比重达到.
const OWN_SHARE_WORD = /(?:占比|比重)(?:已|已经)?(?:为|达|达到|是|升至|升到|提升至|提高至|提高到|上升至|上升到|增至|突破)?\s*$/;

function wholeAsRead(claims: readonly Claim[], of: string | undefined): string | undefined {
  if (!of?.startsWith('subject:')) return of;
  const words = of.slice('subject:'.length);
  for (let k = claims.length - 1, steps = 0; k >= 0 && steps < SENTENCE_CLAIMS * 4; k--, steps++) {
    const c = claims[k] as Claim;
    if (c.measure === 'balance' && c.subject === words && c.indicator !== of) return c.part ? `${c.indicator}/${c.part}` : c.indicator;
  }
  return of;
}

/**
 * 人民币贷款增加3000亿元，投向制造业的贷款增加600亿元，投向科技企业的贷款占20%: an open subject said
 * the way the one before it was (投向…的贷款), with no 其中 between them, is its sibling, not its part —
 * the whole is the last subject the catalog knows before them.
 */
function siblingsWhole(doc: Doc, frame: Frame, previous: Subject | undefined, own: Subject | undefined): Subject | undefined {
  if (!previous || !own || !previous.indicator.startsWith('subject:') || !own.indicator.startsWith('subject:')) return previous;
  if (previous.end > own.start || /其中/.test(doc.s.slice(previous.end, own.start))) return previous;
  // (清洁能源产业贷款占比38%，生态环境产业贷款占比9%: a sibling with a share of its own is no whole of the next.)
  const sharedBefore = /占比|比重|占/.test(doc.s.slice(previous.end, own.start));
  const marker = (subject: Subject): string | undefined => DIRECTED_TO.exec(doc.s.slice(Math.max(0, subject.start - 4), subject.start))?.[0] ?? DIRECTED_TO_OPENS.exec(subject.words)?.[0];
  const saidAlike = marker(previous);
  if (!sharedBefore && (saidAlike === undefined || saidAlike !== marker(own))) return previous;
  for (let k = frame.subjects.length - 1; k >= 0; k--) {
    const s = frame.subjects[k] as Subject;
    if (!s.indicator.startsWith('subject:')) return s;
  }
  return undefined;
}

// Where loans went, said before their name (or opening it).
const DIRECTED_TO_WORD = '(?:投向|用于|流向|支持)';
const DIRECTED_TO = new RegExp(`${DIRECTED_TO_WORD}$`);
const DIRECTED_TO_OPENS = new RegExp(`^${DIRECTED_TO_WORD}`);

function parentOf(parent: Subject | undefined, own: Subject | undefined): string | undefined {
  // 本集团绿色贷款…；其中，境内绿色贷款…: the same subject in a narrower scope is a part too.
  if (!own || !parent || (parent.indicator === own.indicator && parent.part === own.part && (!own.scope || own.scope === parent.scope))) return undefined;
  // 科创债券…，其中科技型企业贷款…: loans are no part of bonds, whatever 其中 says.
  if (!takesIn(parent.words, own.words)) return undefined;
  // (普惠小微贷款…。⏎分机构看，农商银行贷款余额…: all the loans of a kind of bank are no part of one kind of loan.)
  if (own.indicator === TOTAL_LOANS && parent.indicator !== TOTAL_LOANS) return undefined;
  // 科技贷款…，绿色贷款…，其中，高新技术企业贷款…: a part the catalog places in other wholes is not of the nearest subject.
  const placed = own.part || own.indicator === parent.indicator ? undefined : indicatorWholes()[own.indicator];
  if (placed && placed.length > 0 && !parent.indicator.startsWith('subject:') && !placed.includes(parent.indicator)) return undefined;
  // 国有大型商业银行…占46.20%；股份制商业银行…占18.50%: siblings are parts of one whole.
  if (parent.indicator === own.indicator && parent.part && own.part) return parent.indicator;
  return parent.part ? `${parent.indicator}/${parent.part}` : parent.indicator;
}

const PER_BORROWER = /^(?:户均|笔均|平均每户|平均单户)/;
// (…同比增速高于15%的地方法人银行给予奖励: who a reward is for, not a figure stated.)
const CONDITION_AFTER = /^\s*(?:以上|以下|及以上|及以下|\(含\)以上|（含）以上)?的[\u4e00-\u9fa5]{0,6}?(?:银行|金融机构|机构|企业|主体|县|市|地区|项目)/;
// 单户授信1000万元及以下, 单户授信小于500万元的: a threshold in a subject's name.
function isDefinition(cue: string, after: string): boolean {
  return (
    (/(?:单户|单笔|户均)(?:授信|担保|贷款)?(?:金额|额度|总额)?(?:小于|低于|不超过|不高于|在)?\s*$/.test(cue) &&
      (/^\s*(?:元)?(?:及|\(含\)|（含）)?(?:以下|以上|以内)?(?:的)?[\u4e00-\u9fa5]{0,12}(?:贷款|企业|农户|客户|主体)/.test(after) ||
        // (其中单户授信1000万元以下（1200亿元）: the amount of the loans so defined in brackets after the threshold.)
        /^(?:元)?(?:及|\(含\)|（含）)?(?:以下|以上|以内)?(?:的)?\s*[（(]\s*\d/.test(after.trimStart()))) ||
    // ("with a credit limit of 10 million yuan or less", "with individual credit lines under RMB 10 million": so in English.)
    CREDIT_LIMIT_EN.test(cue.slice(-60))
  );
}
const CREDIT_LIMIT_EN = /\bwith (?:a |an |individual |single )?(?:credit|loan) (?:limits?|lines?|lines of credit|ceilings?)(?: per (?:borrower|household|firm|account))? (?:of |under |below |up to |not exceeding |no more than |less than |within )?(?:under |below )?$/i;

/** The basis a gap shares with the rate before it. */
export function gapBasis(frame: Frame, fallback: Basis | undefined): Basis | undefined {
  return frame.lastGrowthBasis ?? fallback;
}

const THRESHOLD_BRACKET = /(?:单户|单笔|户均)[\u4e00-\u9fa5]{0,6}\d[\d.,]*\s*(?:万元|亿元|元)(?:及|\(含\)|（含）)?(?:以下|以上|以内)?\s*[(（]\s*$/;
// 其中杭州（1012亿元）, 增量较多的地区为杭州（1012亿元）: the first item of a run of brackets, named and bracketed with no
// measure of its own, measures what the list's lead names (增量 a flow since the year began, 余额 a balance), else what
// the figure before it in its sentence measured (新增3000亿元，其中杭州（1012亿元）: the flow).
const FIRST_BRACKET_ITEM = /(?:^|[，,；;]|其中[，,:：]?|为|是|有)\s*([^、，,；;。\d()（）为是有]{1,12})[(（]\s*$/;
function firstBracketItem(out: Output, ctx: FigureContext, frame: Frame, cue: string): MeasureRead | null {
  const item = FIRST_BRACKET_ITEM.exec(cue);
  if (!item || /余额|增|贷款|占|比|同比|较/.test(item[1] as string)) return null;
  const lead = `${ctx.clauseBefore}${cue.slice(0, item.index)}`.split(/[，,；;。]/).pop() ?? '';
  if (/[\d)）]/.test(lead)) return null;
  // (同比多增较多的地区为: a difference of flows, which the lead's own words leave to the statement's reading.)
  if (/多增|少增|多投放|少投放/.test(lead)) return null;
  if (/增量|新增|增加/.test(lead)) return { measure: 'increment', basis: /同比|按年/.test(lead) ? 'yoy' : /(?:较|比)年初|年初以来/.test(lead) ? 'ytd' : (frame.lastIncrementBasis ?? 'ytd') };
  if (/余额|规模|存量/.test(lead)) return { measure: 'balance' };
  if (!/其中/.test(lead + cue.slice(0, item.index + (item[0].length - (item[1] as string).length - 1)))) return null;
  const last = out.claims.at(-1);
  const lastEnd = last ? out.spanOf(last)?.[1] : undefined;
  if (!last || lastEnd === undefined || lastEnd < ctx.sentence.start) return null;
  if (last.measure === 'increment' && last.basis) return { measure: 'increment', basis: last.basis };
  return last.measure === 'balance' ? { measure: 'balance' } : null;
}

// 杭州（1012亿元）、宁波（786亿元）: the next item of a run of brackets measures the flow the first one did (a bracket's
// figure leaves the frame's measure as it was).
const NEXT_BRACKET_ITEM = /^\s*[)）]\s*[、和及与]\s*[^、，,；;。\d()（）]{1,12}[(（]\s*$/;
// 分地区看，增速较高的地区为杭州（30%）: the places ranked by the rate the paragraph gave the subject before.
const RATE_RANKED = /增速(?:较高|较快|最高|最快|领先|居前)|增长(?:较快|最快)/;
function rankedRateBasis(out: Output, ctx: FigureContext, subject: Subject): Basis | undefined {
  if (!RATE_RANKED.test(ctx.sentenceBefore)) return undefined;
  for (let k = out.claims.length - 1, steps = 0; k >= 0 && steps < SENTENCE_CLAIMS; k--, steps++) {
    const c = out.claims[k] as Claim;
    if ((out.spanOf(c)?.[1] ?? 0) <= ctx.paragraphStart) return undefined;
    if (c.measure === 'growth' && c.indicator === subject.indicator && c.part === subject.part) return c.basis;
  }
  return undefined;
}

function flowOfBracketRun(doc: Doc, out: Output, cue: string, dimension: string): MeasureRead | null {
  if (!NEXT_BRACKET_ITEM.test(cue)) return null;
  // The first figure of the item before's bracket: (杭州（1012亿元，增长15%）、宁波（786亿元: the flow, whatever
  // follows it there; 国有大型银行（4120亿元，新增612亿元）、股份制商业银行（1387亿元: a balance, each item giving both.)
  // (A few claims back at most, each looked at right before it: no walk over a long text's claims.)
  let first: Claim | undefined;
  for (let k = out.claims.length - 1, steps = 0; k >= 0 && steps < SENTENCE_CLAIMS; k--, steps++) {
    const claim = out.claims[k] as Claim;
    const span = out.spanOf(claim);
    if (!span) break;
    first = claim;
    if (/[(（]\s*$/.test(doc.s.slice(Math.max(0, span[0] - 3), span[0]))) break;
  }
  // (同比多增较多的地区为杭州（120亿元）、宁波（80亿元）: so does a run of differences of flows; 增速较高的地区为
  // 杭州（30%）、宁波（25%）: and of growth rates.)
  if (!first || !first.basis || first.figure.unit.dimension !== dimension) return null;
  return first.measure === 'increment' || first.measure === 'flow-difference' || first.measure === 'growth' ? { measure: first.measure, basis: first.basis } : null;
}

// 累计投放绿色贷款0.66亿元，其中公司贷款0.05亿元，个人贷款0.61亿元: the parts of what was lent, named bare after it,
// are what was lent of each — no balances.
const BARE_PART = /^[，,；;]?\s?(?:其中[，,:：]?\s?)?([\u4e00-\u9fa5]{1,16})$/;
const MEASURE_WORDS = /余额|新增|增加|净增|增长|占|为|达/;
function partOfGrossFlow(out: Output, ctx: FigureContext, cue: string): MeasureRead | null {
  const bare = BARE_PART.exec(cue);
  if (!bare || MEASURE_WORDS.test(bare[1] as string)) return null;
  const last = claimsOfSentence(out, ctx)[0];
  if (!last || (last.measure !== 'cumulative' && last.measure !== 'new-lending')) return null;
  // (Only within a 其中 run after the flow itself.)
  if (!/其中/.test(ctx.sentenceBefore.slice(Math.max(0, ctx.sentenceBefore.length - 60)))) return null;
  return { measure: last.measure, flow: true };
}

const FIRMS_COUNTED_BEFORE_EN = /\d(?: million| thousand)? (?:[a-z-]{1,20} ){0,3}(?:firms|enterprises|businesses|companies|households|borrowers|entities|customers|clients|farmers|individuals|people|accounts)\b[^.;\d]{0,30}$/i;

const NPL_DISPOSED_EN = /\b(?:dispos\w*|writ\w* off|wrote off|resolv\w*|sold|transferr?\w*|clear\w*)\s(?:of\s)?(?:about\s|some\s|nearly\s)?$/i;
