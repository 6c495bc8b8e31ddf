import type { Basis, Measure } from '../../domain/observation.js';
import type { Figure } from '../../figure/figure.js';
import type { LevelKind } from '../../check/claim.js';
import { indicatorUnitKind } from '../lexicon/catalog.js';
import { LAST_YEAR_END } from './time.js';
import { AREA_OF_TOTAL_EN } from '../lexicon/areaWords.js';
import { NPL_RATIO_EN, NPL_SHARE_AFTER_EN, lentAfterEn } from '../lexicon/subjects.js';

// Words before a figure that say what it measures, looked for in the stretch between the
// previous figure (or the clause start) and this one: the cue.
// 月增, 季增, 再增 (Taiwan and Hong Kong releases): a one-character verb after the period it is of.
// 添加, 进步: a synonym-spun copy's 增加, 提高.
export const INCREASE = /增加|新增|增量|增长|多增|多了|多出|提高|提升|上升|增减|成长|添加|进步|(?:月|季|年|再|续|又|另|净)增(?![速幅长率])|增\s*$|increase|increment|\brises?\b|grew|grown|growing|growth|rose|risen|expanded|jumped|climbed|surged|\bup\b|\badded\b|\badding\b|\bgained\b/i;
export const DECREASE = /减少|下降|下跌|下滑|回落|降低|降幅|跌幅|减幅|负增长|(?:月|季|年|再|续|净)减(?![速幅少])|decrease|fell|declin|\bdown\b/i;
export const YOY = /同比|(?:与|同|和)(?:上年|去年|上一年)同期相比|一年间|一年(?=净?增|新增|多)|一年来|比上年同期|较上年同期|比去年同期|较去年同期|(?:比|较)\d{4}年同期|较去年同时期|比去年同时期|较上年同时期|较一年前|按年|(?<![半全今当本去上明\d度季])年增(?!加|长|速|幅|量)|(?<![半全今当本去上明\d度季])年减(?!少|速|幅|量)|年增率|year-on-year|year on year|from a year (?:earlier|ago)|in the (?:year|12 months|twelve months) (?:to|through|ending)|over the same period (?:of )?last year|(?:over|from|compared (?:with|to)) (?:the previous|the prior|last) year\b(?![- ]end)|y-o-y|yoy/i;
export const YTD =
  /较年初|比年初|与年初相比|同年初相比|与上年末相比|(?:与|同|和)(?:上年|去年|上一年)(?:末|底)相比|年初以来|比上年末|较上年末|比去年末|较去年末|比上年底|较上年底|比去年底|较去年底|较上一年末|(?:from|over) the beginning of (?:the|this) year|since the beginning of (?:the|this) year|compared with the (?:beginning|start) of (?:the|this) year|(?:more|higher|less|lower) than at the (?:beginning|start) of (?:the|this) year|since the start of (?:the|this) year|from the start of (?:the|this) year|(?:from|since) the (?:start|beginning) of (?:19|20)\d\d\b|from the end of last year|(?:as )?compared (?:to|with) the end of (?:the previous|last|the prior) year|(?:over|from|since) the end of (?:the previous|the prior) year|over the end of last year|(?:from|over|since|versus|compared (?:with|to)) (?:the )?(?:previous|prior|last) year[- ]end|versus the end of (?:last|the previous) year|year-to-date|year to date|ytd|\b(?:half-year|first-half|first half|nine-month|first nine months') (?:increase|total|gain|addition|growth)\b/i;
export const QOQ = /较上季末|比上季末|较上季度末|环比|按季|(?<![第首前当本单每上个一二三四\d])季[增减](?![速幅长少加])|quarter[- ]on[- ]quarter|from the previous quarter|from three months (?:earlier|before|ago)/i;
export const MOM = /比上月|较上月|较上月底|比上月末|按月|(?<![当本单每上个前\d一二三四五六七八九十])月[增减](?![速幅长少加])|month[- ]on[- ]month|from a month (?:earlier|before|ago)/i;
export const GAP = /高于|快于|高出|超出|超过|领先|跑赢|低于|慢于|跑输|higher than|faster than|above|below|lower than|outpac|slower than|\bbeat(?:ing|s)?\b|outstrip|outperform/i;
export const GAP_NEGATIVE = /低于|慢于|跑输|below|lower than|slower than/i;
const BASE_AFTER_EN = /^\s*(?:yuan\s+)?(?:from|over|(?:as )?compared (?:with|to)|against|versus)\s+(?:the\s+)?end of\b/i;
// A point date right after a figure, past a bracketed restatement: "(…) at the end of June", "as of end-June".
const AT_A_DATE_EN = /^\s*(?:\([^()]{0,60}\)\s*)?(?:at|as of|by) (?:the )?end\b|^\s*(?:\([^()]{0,60}\)\s*)?(?:at|as of|by) end-/i;
// A level passed, said by the verb the figure opens with: "tops 42 trln yuan", "passed 22 trillion yuan".
const LEVEL_PASSED_EN = /^(?:exceed(?:s|ed)?|tops|topped|passed|surpass(?:es|ed)?)\s/i;
// 增速比各项贷款高, 较同期各项贷款增速高出: a comparison whose verb comes after the benchmark.
// The words between a benchmark's rate and the gap: its noun and the comparison's verb (的增速高), or the bracket closing.
const AFTER_BENCHMARK_RATE = /^\s*(?:[)）]\s*)?(?:的)?(?:平均)?(?:(?:增速|增幅|增长率|增长)\s*)?(?:高|低|快|慢)(?:出|于)?\s*$/;
const EARLIER_FLOW_THEN_CHANGE = /(?:比|较|較)(?:上年|去年|上一年|\d{2,4}年)同期(?:的|之)\s?[\d,.]+\s?(?:兆|万亿|萬億|亿|億|万|萬)?元\s?(?:增加|减少|減少|增长|增長|下降)了?\s?$/;
const AFTER_BENCHMARK_RATE_EN = /^\s?(?:percent\s)?(?:[a-z'-]+\s){0,6}by\s?$/i;
const HIGHER_THAN_BRACKETED = /(?:高出|超出|超过|高于|低于|快于|慢于|领先)[^,;。，；()（）]{1,24}[(（][^,;。，；()（）]{1,12}[)）]\s*$/;
const COMPARED_HIGHER = /(?:比|较)[^,;。，；]{0,20}?(?:高|低|快|慢)(?:出|于)?\s*$/;
const COMPARED_LOWER = /(?:比|较)[^,;。，；]{0,20}?(?:低|慢)(?:出|于)?\s*$/;
const SHARE_VERB_EN = /\b(?:made up|make up|makes up|making up|represented|representing|represents|took up|comprised)\s*$/i;
export const SHARE = /占比|比重|占|份额|accounted for|accounting for|share of|proportion|percent of (?:the |all |total )/i;
export const CUMULATIVE = /累计|累放|cumulative/i;
export const NEW_LENDING = /投向|发放|issued|disbursed/i;
export const RATE_LEVEL = /利率|interest rate/i;
export const BORROWERS = /(?<!用)户数|贷款户|授信户|客户数|客户|首贷户|borrowers/i;
export const BALANCE = /余额|balance|总额|outstanding/i;
// The size of what is held or managed at a date (管理规模, 托管资产规模, 存量规模): a stock.
const HELD_SIZE = /(?:管理|托管|受托|存量|在管|持有|保有|管理资产|托管资产)规模(?:为|达到?|超过?)?\s*$/;
// Rates that are levels (不良率, 利率, 获贷率, 占比): a gap between two of them is no gap between growths.
// A time a level is compared with: 比3月, 较上年同期, 比一季度末.
const EARLIER_TIME = /(?:比|较|than)\s*(?:\d{4}年)?(?:\d{1,2}月|(?:第)?[一二三四]季度|二季末|一季末|三季末|上半年末|上年|去年|上季|上月|年初|the end of|a year)/i;
/** Levels whose own changes are said in points: an interest rate, a ratio, a rate of access. */
export const LEVELS: ReadonlySet<Measure> = new Set<Measure>(['interest-rate', 'ratio', 'access-rate']);
// (高于考核要求, 比监管要求高出: ahead of what a rule requires, no benchmark of loans.)
const PLANNED = /计划|目标|时序进度|时间进度|序时进度|预期|要求|\b(?:plan|target|goal|schedule|requirement)\b/i;
const LEVEL_WORDS = /不良(?:贷款)?率|利率|获贷率|占比|比重|存贷比|覆盖率|NPL|interest rate|ratio/i;

// The kind of the levels a gap compares, when the words of its comparison name one the network knows.
function levelGapKind(compared: string): LevelKind | undefined {
  if (/占比|比重|存贷比|覆盖率/.test(compared)) return undefined;
  if (/不良(?:贷款)?率|NPL ratio|non-performing loan ratio/i.test(compared)) return 'ratio';
  if (/获贷率/.test(compared)) return 'access-rate';
  if (/利率|interest rate/i.test(compared)) return 'interest-rate';
  return undefined;
}
// A benchmark's words: a gap names one, the change of a figure's own rate does not.
export const BENCHMARK_WORDS = /各项贷款|各项借款|全部贷款|整体贷款|贷款平均|平均(?:增速|增长|水平)|全市贷款|全省贷款|全国|全省|全市|全行|同业|行业|overall|all loans|total loans|total lending|average|national|all other|as a whole|banking sector/i;
// ("95 percent of the loans were issued to private firms": a share of loans the verb names, no share of the subject.)
const LOANS_WERE_AFTER_EN = /^\s*(?:percent\s|per cent\s)?of\s(?:(?:the|its|their|these|those|such)\s)?(?:non-?performing\s)?(?:loans|lending|credit)\s(?:were|was|went|had been|have been)\b/i;
// 比上年末高0.8个百分点, 增速同比提高, "than that at the end of 2025": against the figure's own earlier value.
const OWN_CHANGE = new RegExp(String.raw`(?:比|较)(?:${LAST_YEAR_END}|年初|上年同期|去年同期|上季末|上季度末|上月末?|一季度末|上年|去年|\d{4}年(?:末|底|同期))|(?:高于|低于|快于|慢于)(?:${LAST_YEAR_END}|年初|上年同期|去年同期|上季末|上季度末|上月末?|上年|去年)|同比(?:提高|上升|下降|回落|增加|减少|加快|放缓|高|低)|(?:增速|增幅)(?:较|比)(?=\s*(?:\d|[一二三四]季|上|去|前|年初|同期))|than (?:that|the one|the rate) (?:at|recorded|a year|of|in)|from (?:a year earlier|the end of)|(?:up|down) (?:\d|by)`, 'i');

// A flow that names no time of its own: 新增, 其中，制造业贷款增加 (not 去年贷款增加, 当月新增).
// (…分别新增贷款: the loans named after the verb.)
const SAME_SPAN_FLOW = /^(?![^,，;；。]*(?:今年|去年|上年|本年|前年|全年|年初|年末|年底|以来|月|季|同期|\d))[\s,，;；]*(?:其中[,，]?)?[^,，;；。]{0,20}?(?:新增|增加|净增)(?:[^,，;；。\d]{0,12}(?:贷款|信贷))?\s*$/;

// 比上年, 较去年 (not its end, nor its same period): the year before as a whole.
const LAST_YEAR_BASE = /(?:比|较)(?:上年|去年|上一年)(?!末|底|同期|同月|年末|年底)(?:全年)?[^，,；;。\d]{0,8}$/;
// ("…, bringing the total to 5.33 trillion yuan so far this year": a period after the total makes it a flow.)
const PERIOD_AFTER_TOTAL_EN = /^\s?(?:so far this year|this year|year[- ]to[- ]date|in the first|for the first|during the|in (?:the )?(?:first|second) half|in \d{4}|for \d{4})/i;
const BRINGING_TOTAL = /\bbringing (?:the|its) (?:total|cumulative)\b[^,;.]{0,60}\bto\s*$/i;
// Up or down to a level: 升至, 提高到, 增至, 降至, rose to (of a figure, not by it).
const FROM_TO_AFTER_EN = /^\s*(?:percent|per cent|pct)?\s{0,2}to\s(?:about\s|around\s)?\d/i;
const FROM_TO_BEFORE_EN = /\bfrom\s(?:about\s|around\s)?\d[\d.]{0,12}\s?(?:percent|per cent|pct|%)?\sto\s(?:about\s|around\s)?$/i;
const TO_LEVEL = /(?:提高|提升|上升|增长|增加|升|增|下降|降|回落|减少|降低|扩大)(?:到|至)(?:[^,，;；。]{0,12}的)?\s*$|\b(?:rose|increased|grew|climbed|fell|dropped|declined|decreased|rises|grows|climbs|jumps|jumped|surges|surged|soared|soars|expanded|expands|leapt|leaped|swelled|edged up|ticked up|slipped|dipped|slid|eased|falls) to\s*$/i;

// A flow since the first day of the year: 全年增加, 今年以来新增, "so far this year".
const SINCE_YEAR_START =
  /全年|当年|年内|今年以来|年初以来|本年以来|前\s*(?:\d{1,2}|[一二两三四五六七八九十]{1,2})\s*个?月|so far this year|year to date|for the (?:full )?year|in the first (?:[a-z]+ )?months|(?:in|over|during) the (?:first )?half(?:[- ]year)?\b|(?:in|over|during) the (?:first )?(?:three|six|nine) months/i;

/** At a year-end, a change that names no base is over the year: 较年初 and 同比 span the same year there. */
export function overTheYear(c: Pick<MeasureContext, 'yearEnd' | 'cue'> & { readonly after?: string }): boolean {
  return c.yearEnd === true && !overYears(c.cue, c.after ?? '');
}

/** A change said over more than a year (两年间增长, "have grown 56.3 percent over the past two years"): no basis spans it. */
export function overYears(cue: string, after: string): boolean {
  return SPAN_OF_YEARS.test(cue) || SPAN_AFTER_EN.test(after.slice(0, 40));
}
const SPAN_AFTER_EN = /^\s*(?:percent\s+)?(?:over|in|during)\s+(?:the\s+(?:past|last|previous)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years\b|^\s*(?:percent\s+)?since\s+(?:19|20)\d\d\b|^\s*(?:percent\s+)?(?:from|over|on|compared with)\s+(?:the|its|their)\s+(?:19|20)\d\d\s+(?:level|figure|total)\b/i;

// 两年间增长, 三年来, 以来, 累计: a change over more than the year, which no basis names.
const SPAN_OF_YEARS = /(?<!\d)[两二三四五六七八九十\d]{1,2}\s*年(?![末底初度])(?:间|来|内|中|里)?|十[一二三四五]五|以来|期间|其间|累计|年均|\bsince\b|\bover (?:the )?(?:past|last) /i;

// 当季, 当月: a flow over the quarter or the month alone, whatever the sentence opens with.
const ONE_SPAN = /当季|本季度|单季|该季度|当月|本月|单月|月份当月/;
// 今年以来，全省普惠小微贷款增加…: a sentence that opens with the time since the year began.
const SINCE_YEAR_OPENS = /(?:^|[。；;\n])[^\S\n]*(?:今年以来|年初以来|本年以来)[，,][^。；;]*$/;
const FIRST_MONTHS_OPEN = /(?:^|[，,；;。]|累计|今年|本年|\d{4}年)\s*前\s*(?:\d{1,2}|[一二两三四五六七八九十]{1,2})\s*个?月[，,][^，,；;。]*$/;

// "more than a year before", "higher than at the start of the year": an English rate's base, after it.
const THAN_BASE_EN = /^\s*(more|higher|up|lower|less|down)\s+than\s+(?:at\s+|in\s+)?((?:a year|twelve months|12 months) (?:earlier|before|ago)|the same (?:period|time) (?:of |a year |last year)|last year|the (?:start|beginning) of the year|the end of last year)/i;

// A rate named after its figures: 46.73%和46.64%的同比增速, 10%的增幅.
const RATE_NAMED_AFTER = /^(?:\s*[、和及与]\s*[\d.]{1,8}%)*\s*的(同比|环比|较年初)?(?:增速|增幅|增长率)/;
// New loans are a flow: "new yuan loans", "new lending", "newly issued loans".
// (new green loans, new yuan loans — not new-energy loans, a kind of loan.)
const NEW_LOANS_EN = /\bnew(?:ly (?:issued|granted))? (?!energy\b)(?:[a-z-]+ ){0,5}?(?:loans|lending|credit)\b/i;

/** What a figure measures, with the basis of a growth or change and its direction. */
export interface MeasureRead {
  measure: Measure;
  basis?: Basis | undefined;
  negative?: boolean;
  flow?: boolean;
  /** Of a change of what was lent (累计发放…，同比增长): the flows it compares are gross, over `over`. */
  gross?: boolean;
  /** Of a progress toward a goal of another span than its year's: that goal's deadline. */
  goalDeadline?: string;
  /** The span of the flow a change is of, when the change's own words name none. */
  over?: { readonly from: string; readonly to: string };
  /** Of a gap between two levels (不良率…较各项贷款不良率低): their kind. */
  level?: LevelKind;
}

/** The basis a stretch of text names, if any. */
export function basisOf(text: string): Basis | undefined {
  if (YOY.test(text)) return 'yoy';
  if (YTD.test(text)) return 'ytd';
  if (QOQ.test(text)) return 'qoq';
  if (MOM.test(text)) return 'mom';
  return undefined;
}

// 是2017年末（301.2亿元）的, 为上年同期的: what a multiple is of, right before it.
const MULTIPLE_OF_LEVEL = /(?:是|为|达到?)[^，,；;。（）()]{0,24}(?:[（(][^（）()]{0,20}[）)])?的\s*$/;
// "… year on year and 9.3% from the start of the year": the words between two rates of one change.
const SECOND_RATE_EN = /^[\s,]*(?:[a-z-]+[\s,]+){0,6}and\s*$/i;

// Compiled once, not at every call (matchAll works on a copy: their lastIndex stays 0).
const BASES_ALL = /* @__PURE__ */ (
  [
    [YOY, 'yoy'],
    [YTD, 'ytd'],
    [QOQ, 'qoq'],
    [MOM, 'mom'],
  ] as const
).map(([pattern, basis]) => [new RegExp(pattern.source, 'gi'), basis] as const);

// "increased by 794.6 billion yuan, or 14.3 percent, since the start of the year": the restatement
// between a figure and its basis is skipped.
const OR_AFTER_AMOUNT_EN = /^\s?,?\s?or\s(?:about\s|nearly\s|almost\s|roughly\s|some\s)?$/i;
// Nothing after the percent but the end of its phrase, or the total of an area ("of the provincial total").
const SHARE_AFTER_AMOUNT_EN = new RegExp(`^\\s?(?:percent|per cent|%)?\\s?(?:of\\s(?:the\\s)?(?:(?:${AREA_OF_TOTAL_EN})\\s)?total\\b)?\\s?(?:[.;,)]|$)`, 'i');
const OR_RESTATED_EN = /^[\s,]*or\s+(?:about\s+|nearly\s+|almost\s+)?\d[\d.,]{0,12}\s*(?:percent|per cent|%|(?:billion|trillion|million)\s+yuan)\s*,?/i;

/** The words right after an English figure, up to the next clause or figure: "percent year on year" of "… year on year, and 8 percent …". */
function firstPhraseEn(after: string): string {
  return (after.replace(/^\s*,\s*/, '').slice(0, 40).split(/[,;.\d]|\band\b|\bwhile\b|\bwhen\b|\bcompared\b/i)[0] as string);
}

/** The basis named last in a stretch of text: a gap follows the rate just before it. */
export function lastBasisIn(text: string): Basis | undefined {
  let best: { at: number; basis: Basis } | undefined;
  for (const [global, basis] of BASES_ALL) {
    for (const m of text.matchAll(global)) if (!best || m.index > best.at) best = { at: m.index, basis };
  }
  return best?.basis;
}

const YEAR_END_BASE = new RegExp(String.raw`${LAST_YEAR_END}|年初|\d{4}年(?:末|底)|end of (?:last year|the (?:previous|preceding|last) year|\d{4})|(?:previous|last) year-end|(?:start|beginning) of the year`, 'i');

const BASIS_RIGHT_BEFORE = /(?:同比|环比|较年初|比年初|较上年末|比上年末|较去年末|比去年末|较上年同期|比上年同期|较去年同期|比去年同期)\s?[:：]?\s?[+＋]?$/;

/** The basis of a change in points: 比上年末 (the year-end before), 同比/去年同期 (a year before), 比上季末. */
export function changeBasisOf(text: string): Basis | undefined {
  if (YEAR_END_BASE.test(text)) return 'ytd';
  if (/同期|同比|一年前|上年的|去年的|a year (?:earlier|ago|before)|same period|last year|the previous year|the year before|year[- ]on[- ]year/i.test(text)) return 'yoy';
  if (/上季末|上季度末|previous quarter/i.test(text)) return 'qoq';
  if (/上月/.test(text)) return 'mom';
  return undefined;
}

// A percent of an indicator that is a ratio (存贷比达到83%) is its value.
export function ratioOf(indicator: string, figure: Figure): MeasureRead | null {
  return indicatorUnitKind(indicator) === 'ratio' && figure.unit.dimension === 'percent' ? { measure: 'ratio' } : null;
}

/** What the frame knows when it reads a figure's measure. */
export interface MeasureContext {
  /** The words between the previous figure (or the clause start) and this one. */
  readonly cue: string;
  /** The clause up to the figure. */
  readonly clauseBefore: string;
  /** The sentence up to the figure, within a window. */
  readonly sentenceBefore: string;
  /** A few words after the figure (English puts the basis after it). */
  readonly after: string;
  /** The measure of the figure before, in the frame. */
  readonly lastMeasure: Measure | undefined;
  /** The figure stands right after its subject (余额 left out: 绿色贷款2150亿元). */
  readonly adjacent: boolean;
  /** A period named in the cue (一季度, 上半年): a flow over it. */
  readonly period: { readonly from: string; readonly to: string } | undefined;
  /** The basis a date named as the base in the clause gives (较9月底 at 10月底: mom). */
  readonly dateBasis?: Basis | undefined;
  /** The basis of the last increment of the sentence: a bare 新增 after it in a parallel clause is over the same span. */
  readonly lastIncrementBasis?: Basis | undefined;
  /** The figure stands at a year-end, where since the start of the year and a year before are one span. */
  readonly yearEnd?: boolean;
}

/**
 * A progress figure: how much of a goal a flow has reached (达成率94.11%, 已达全年目标4,600亿元的105%,
 * 完成年度计划的八成). Its cue ends the words before the figure.
 */
// (完成全年目标三成以上: the share done, right after the goal's name.)
export const PROGRESS = /(?:达成率|(?:目标|年度|全年|目前)达标率|完成率|完成进度)(?:为|是|达|达到)?\s*$|(?:已?达到?|已?完成了?|实现了?)[^，,；;。的]{0,12}?(?:目标|计划|任务)(?:任务|值)?(?:[^，;；。的]{0,16}的)?\s*$|(?:已达成|已完成)\s*$/;
/** An English progress figure, from the words after it: "105 percent of the annual target". */
export const PROGRESS_EN = /^\s*(?:percent\s+)?of\s+(?:the|its|this year's)\s+(?:(?:annual|full-year|yearly|year's)\s+)?(?:target|goal|quota)\b/i;

// 较9月底的, 比上年末的, 较8月底之: the figure after is the same quantity at that earlier date.
// 远高于去年同期仅增加的49亿元: the same, named by the comparison, when it names the earlier year.
const POINT_BEFORE = /(?:末|底)\s*(?:的|之)\s*$/;
// (较上年末余额1388.72亿元增加…: the base's balance named without 的, too.)
const REFERENCE_RATE = /(?:比|较|高于|低于)[^，,；;。\d]{0,6}(?:LPR|贷款市场报价利率|基准利率|政策利率|存款利率)/i;
const CHANGED_AGAIN = /^[\s，,]*(?:较|比)[^，,；;。\d]{0,12}(?:提高|提升|上升|回落|回升|下降|降低|减少|增加|扩大|收窄)了?\s*$/;
const RATE_MOVED_AGAIN = /^[\s，,]*(?:较|比)[^，,；;。\d]{0,12}(?:提高|提升|回落|回升|加快|放缓)了?\s*$/;
const RATE_CHANGED_IN_PERCENT = /(?:增速|增幅|增长率|占比|比重|不良率|获贷率)[^，,；;。\d]{0,12}(?:较|比)[^，,；;。\d]{0,12}(?:提高|提升|上升|回落|回升|下降|降低|减少|增加|扩大|收窄|加快|放缓)了?\s*$/;
export const EARLIER_VALUE = /(?:比|较|与|由|从)[^,，;；。]{0,16}(?:的|之)\s*$|(?:高于|低于|多于|少于)(?:去年|上年)[^,，;；。]{0,12}(?:的|之)\s*$|(?:比|较)(?:上年末|去年末|上年底|去年底|年初|上年同期|去年同期|上月末|上季末|上季度末|\d{4}年(?:末|底)|\d{1,2}月(?:末|底))余额\s*$/;

// "…, 2.1 points higher than a year earlier, when the growth rate was 10.2 percent", "up from 10.2
// percent a year earlier": English names the earlier date around the figure, not before it.
const EARLIER_WHEN_EN = /\b(a year (?:earlier|ago|before)|the previous year|last year|the end of last year|the (?:start|beginning) of the year),?\s+when\s+[^,;.]{0,40}?\b(?:was|stood at|came in at|had been)\s*$/i;
// (…, compared with growth of 15.6 percent a year before: the same rate then.)
const EARLIER_FROM_EN = /\b(?:up|down|rising|falling|accelerating|slowing|easing|quickening)?\s*from\s*$|\b(?:compared with|compared to|versus|against)\s+(?:(?:a\s+|an\s+)?(?:growth|rise|increase|expansion|rate|pace)\s+(?:of\s+)?)?$/i;
const EARLIER_AFTER_EN = /^\s*(?:(?:percent|per cent|%)\s*)?(?:(?:growth|rise|increase|expansion)\s+)?(a year (?:earlier|ago|before)|in the same period (?:of )?last year|at the end of last year|at the (?:start|beginning) of the year)/i;

/** The basis an English earlier level is dated by ("when the rate was …", "up from X a year earlier"), if its words name one. */
export function earlierValueBasisEn(cue: string, after: string): Basis | undefined {
  const when = EARLIER_WHEN_EN.exec(cue);
  if (when) return changeBasisOf(when[1] as string);
  const then = EARLIER_FROM_EN.test(cue) ? EARLIER_AFTER_EN.exec(after) : null;
  return then ? changeBasisOf(then[1] as string) : undefined;
}

const MONTHLY_SENTENCE = /(?:较|比)上月/;
// (A rate against an earlier month-end — 较6月末增长4.44% — not an amount, 较3月末增加192亿元.)
const EARLIER_MONTH_END_BASE = /(?:较|比)\d{1,2}月(?:末|底)(?:增长|提高|上升|下降)\s?[\d.]+\s?%/;

// 较年初增长8.26%，较3月末增加18.3亿元，增长3.08%: a bare rate right after a flow is that flow's, over its span —
// not the basis named first in the sentence.
const BARE_RATE_AFTER_FLOW = /^[\s，,]*(?:增长|增幅|增速)(?:为|达)?\s?$/;
function rateOfTheFlowBefore(c: MeasureContext): Basis | undefined {
  return c.lastMeasure === 'increment' && BARE_RATE_AFTER_FLOW.test(c.cue) ? c.lastIncrementBasis : undefined;
}

/**
 * What a figure measures, from the words before it (and, for English, after it): a
 * balance, an increment over a basis or a period, a growth rate, a gap to a benchmark, a
 * share, the change of a share or of the figure's own rate, a count …; null when the
 * words do not say.
 */
export function measureOf(figure: Figure, c: MeasureContext): MeasureRead | null {
  const { cue, after, lastMeasure, clauseBefore, sentenceBefore } = c;
  const dimension = figure.unit.dimension;
  // English puts the basis after the figure ("up 5% year on year"); Chinese before it.
  // (Dashes and curly quotes are English punctuation too: "… were non-performing — 0.21 percentage points under …".)
  const english = !/[^\u0020-\u007e\s—–‘’“”]/.test(cue.slice(-24));
  // (净增75799.32万元，增长13.14% at a year-end: over the year, whichever base the words would name.)
  const changed = INCREASE.test(cue) || DECREASE.test(cue);
  // ("grew 14.5 percent from the beginning of the year and 26.5 percent year on year": the words right
  // after an English figure name its basis before any named earlier in the cue, which are the figure before's.)
  // ("…year on year and an increase of 1.05 trillion yuan from the end of August": the base after it, not the rate's before.)
  const named =
    (english ? basisOf(firstPhraseEn(after.replace(OR_RESTATED_EN, ''))) ?? (BASE_AFTER_EN.test(after) ? c.dateBasis : undefined) : undefined) ??
    basisOf(cue) ?? (english ? basisOf(after.slice(0, 40)) : undefined) ?? (changed ? (c.dateBasis ?? rateOfTheFlowBefore(c) ?? lastBasisIn(sentenceBefore)) : undefined);
  // 环比 is against the period before at the release's own frequency: a month's where its sentence also changes
  // against last month (较上月末) and names no quarter (二季度末…环比 is the quarter's).
  // (9月末…环比增长1.38%；较6月末增长4.44%: beside a change against the quarter's own base, 环比 is the month's.)
  const around = sentenceBefore + after.slice(0, 60);
  const basis = named === 'qoq' && /环比/.test(cue) && !/季/.test(around) && (MONTHLY_SENTENCE.test(around) || EARLIER_MONTH_END_BASE.test(around)) ? 'mom' : named;
  // 增速比上年同期低4.8个百分点: a comparison whose verb is 低 or 慢 is a fall.
  const negative = DECREASE.test(cue) || COMPARED_LOWER.test(cue) || /^\s*(?:lower|slower|below|less)\b/i.test(after);
  const gapAfter = /^\s*(higher|lower|faster|quicker|slower|above|below|under|more|less)\b/i.exec(after);
  // 余额5,123.45亿元（2023年末：4,216.78亿元）: a comparative in brackets, the balance at the date it names.
  if (dimension === 'money' && lastMeasure === 'balance' && COMPARATIVE_CUE.test(cue)) return { measure: 'balance' };
  // 贷款额度由20万元提高至30万元, 单户授信上限, 总额度: a cap or a line of credit, no balance of loans.
  // (新批核的信贷限额为64亿元，较…下跌15.4%: limits granted, counted and compared, are a statistic.)
  if (dimension === 'money' && LIMIT.test(clauseBefore) && !COMPARED_AFTER.test(after)) return null;
  // (同比下降58个基点，较2024年同期降幅扩大19个基点: how much bigger the fall is than a year before — a change of a
  // change, which no relation models.)
  if ((dimension === 'percentage-points' || dimension === 'percent') && CHANGE_OF_CHANGE.test(cue)) return null;
  // (增速较上年同期回落1.6%, 占比较年初提高0.78%: a rate's or a share's change told in % — points, or a change relative to
  // itself, the text does not say.)
  // (…占各项贷款比重为14.46%，较年初提高0.78%: so after the share or the rate itself.)
  if (dimension === 'percent' && (RATE_CHANGED_IN_PERCENT.test(cue) || (lastMeasure === 'share' && CHANGED_AGAIN.test(cue)) || (lastMeasure === 'growth' && RATE_MOVED_AGAIN.test(cue)))) return null;
  // (户数增速低于贷款增速2.3个百分点: the borrowers' growth against their loans', a gap no relation models.)
  if (dimension === 'percentage-points' && BORROWERS_AGAINST_LOANS.test(cue)) return null;
  // (利率3.65%，比同期LPR高0.65个百分点: a rate's spread over a reference rate the text does not state — no change of its own.)
  if (dimension === 'percentage-points' && REFERENCE_RATE.test(cue)) return null;
  if (dimension === 'percentage-points') {
    // 增速比各项贷款高, 比同期各项贷款增速高出, "higher than the overall loan growth rate": a gap to a benchmark.
    // 比全国同期增速（6.8%）高, 较整体贷款年增6.8%高: the comparison runs across the benchmark's rate.
    // 比年初增长19.6%，快8.4个百分点: a bare 快/慢 after a growth rate is ahead of the benchmark.
    const bareFaster = /^[\s,，]*(?:快|慢)\s*$/.test(cue) && (lastMeasure === 'growth' || lastMeasure === 'borrowers-growth');
    // (比全省各项贷款8.1%的增速高17.2个百分点, 高出同期各项贷款增速（8.4%）11.2个百分点: after the benchmark's rate.)
    // ("outpacing the 7.1 percent growth of all loans by 15.0 percentage points": so in English.)
    const gapWords = GAP.test(cue) || COMPARED_HIGHER.test(cue) || gapAfter !== null || bareFaster || (AFTER_BENCHMARK_RATE.test(cue) && COMPARED_HIGHER.test(clauseBefore)) || (/^\s*[)）]\s*$/.test(cue) && HIGHER_THAN_BRACKETED.test(clauseBefore)) || (english && AFTER_BENCHMARK_RATE_EN.test(cue) && GAP.test(clauseBefore.slice(0, clauseBefore.length - cue.length).slice(-40)));
    // The benchmark after the figure, in its own phrase ("faster than total loans", not "… and outpaced all loans").
    const benchmarkNear = BENCHMARK_WORDS.test(cue) || (gapAfter !== null && BENCHMARK_WORDS.test(after.slice(0, 60).split(/[,;]|\band\b|\bwhile\b/)[0] as string));
    // 比上年末低0.9个百分点 after a rate: the change of its own rate, not a gap to a benchmark.
    // "5.5 percentage points quicker than in the previous year": against its own pace a year before.
    const ownAfter =
      /^\s*(?:higher|lower|more|less|above|below)\s+(?:than\s+)?(?:that|the one|the rate|the level|the figure)\b/i.test(after) ||
      /^\s*(?:higher|lower|faster|quicker|slower)\s+than\s+(?:in\s+|at\s+)?(?:the previous year|the year before|a year (?:earlier|before|ago)|last year|the same period|end-\d{4}|the (?:end|start|beginning) of (?:last year|the year|the previous (?:year|quarter|month)|[A-Z][a-z]+|\d{4}))/i.test(after);
    // 占各项贷款的比重较年初提高1.6个百分点: the whole of a share is no benchmark; its change is the share's own.
    if (/占/.test(cue) && SHARE.test(cue) && OWN_CHANGE.test(cue) && (INCREASE.test(cue) || DECREASE.test(cue))) {
      return { measure: 'share-change', basis: changeBasisOf(cue) ?? basis, negative };
    }
    if (!benchmarkNear && (OWN_CHANGE.test(cue) || ownAfter || INCREASE.test(cue) || DECREASE.test(cue))) {
      // (At a year-end a change said with no base is over the year, as for a growth.)
      // (增速较二季度末提升3.0个百分点, 较6月末: a base named by its date, the basis between the dates.)
      // (Only English names the base after the figure: …较上年全年下降0.37个百分点，较上年同期下降0.52个百分点 — the
      // next clause's base is the next change's.)
      // (2024年，…平均利率为3.62%，比上年下降0.41个百分点: a whole year's level against the year before's.)
      const wholeYear = c.yearEnd === true || (c.period !== undefined && c.period.from.endsWith('-01-01') && c.period.to.endsWith('-12-31') && c.period.from.slice(0, -6) === c.period.to.slice(0, -6));
      const changeBasis = changeBasisOf(cue) ?? (EARLIER_TIME.test(cue) ? c.dateBasis : undefined) ?? (english ? changeBasisOf(after.slice(0, 60)) : undefined) ?? changeBasisOf(clauseBefore) ?? (overTheYear(c) || (wholeYear && LAST_YEAR_BASE.test(cue)) ? 'yoy' : undefined);
      if (lastMeasure === 'share' || SHARE.test(cue)) return { measure: 'share-change', basis: changeBasis ?? basis ?? lastBasisIn(sentenceBefore), negative };
      if (lastMeasure === 'growth' || lastMeasure === 'borrowers-growth' || /增速|增幅|增长率|growth rate|rate|expansion|pace/i.test(cue) || lastMeasure === 'access-rate' || lastMeasure === 'interest-rate' || lastMeasure === 'ratio' || lastMeasure === 'rate-change' || lastMeasure === 'gap') {
        return { measure: 'rate-change', basis: changeBasis, negative };
      }
      return null;
    }
    // 不良率…低1.65个百分点, 利率…低12个基点: a gap between two levels of one kind; between shares or other
    // ratios (占比, 存贷比, 覆盖率), a gap no relation models.
    const compared = /^\s*(?:[)）]\s*)?(?:高|低|快|慢)(?:出|于)?\s*$/.test(cue) ? clauseBefore : cue;
    // ("…0.36 percent, 0.21 percentage points lower than that of all loans": after an English level, a gap to the same
    // level of the benchmark the words after it name.)
    const comparedAfter = english && gapAfter ? (after.split(/[,;.]|\band\b|\bwhile\b/)[0] as string) : '';
    if (comparedAfter && (lastMeasure === 'ratio' || lastMeasure === 'interest-rate') && /\b(?:than|the ratio|the rate)\b/i.test(comparedAfter) && BENCHMARK_WORDS.test(comparedAfter)) {
      return { measure: 'gap', level: lastMeasure, negative: /lower|below|less|under/i.test(gapAfter?.[1] ?? '') };
    }
    if (gapWords && LEVEL_WORDS.test(compared) && !/增速|增幅|增长|growth/i.test(compared)) {
      const level = levelGapKind(compared);
      if (!level || !BENCHMARK_WORDS.test(compared)) return null;
      const lower = GAP_NEGATIVE.test(cue) || COMPARED_LOWER.test(compared) || /lower|below|less/i.test(gapAfter?.[1] ?? '');
      return { measure: 'gap', level, negative: lower };
    }
    // (…加权平均利率3.48%，比3月低12个基点: right after a level, against an earlier time, the level's change;
    // …4.18%，比全市平均水平低0.12个百分点: against another level, a gap no relation models.)
    // (…比3月低12个基点，比上年同期低66个基点: a change after the level's change is of the level too.)
    const level = lastMeasure !== undefined && LEVELS.has(lastMeasure);
    if (gapWords && (level || lastMeasure === 'rate-change') && !/增速|增幅|增长|growth/i.test(compared)) {
      // (…比同期各项贷款高15.7个百分点: against other loans, still a gap.)
      const since = benchmarkNear ? undefined : changeBasisOf(cue) ?? (EARLIER_TIME.test(cue) ? c.dateBasis : undefined);
      if (since) return { measure: 'rate-change', basis: since, negative };
      if (level) return null;
    }
    // 高于计划增速0.5个百分点, 比时序进度快4.2个百分点: ahead of a plan or a schedule, not of other loans.
    if (gapWords && PLANNED.test(compared)) return null;
    if (gapWords) {
      const lower = GAP_NEGATIVE.test(cue) || COMPARED_LOWER.test(cue) || /lower|slower|below|less/i.test(gapAfter?.[1] ?? '') || (bareFaster && /慢/.test(cue));
      return { measure: 'gap', basis: basisOf(cue), negative: lower };
    }
    return null;
  }
  if (dimension === 'percent') {
    // ("…rose from 6.7 percent to 16.2 percent": the level it rose from, at a date the words do not give; the one it
    // rose to is the level now.)
    if (english && /\bfrom\s*$/i.test(cue) && FROM_TO_AFTER_EN.test(after)) return null;
    // ("made up 13.8 percent of total loans, up from 12.1 percent a year earlier": the level it rose from, then — no growth.)
    if (english && /\b(?:up|down|rising|falling|climbing|compared)\s+(?:from|with)\s*$/i.test(cue) && lastMeasure !== undefined && lastMeasure !== 'growth' && lastMeasure !== 'increment') return null;
    if (english && FROM_TO_BEFORE_EN.test(clauseBefore.slice(-40))) return lastMeasure === 'share' || SHARE.test(clauseBefore) ? { measure: 'share' } : null;
    // 增量按0.5%给予奖励, 按贷款额的1%给予贴息: a policy's rate of reward or subsidy, no statistic.
    if (/按(?:照)?\s*$/.test(cue) && POLICY_RATE_AFTER.test(after)) return null;
    if (PROGRESS.test(clauseBefore) || (english && PROGRESS_EN.test(after))) return { measure: 'progress' };
    // (清洁能源产业贷款占比最高，为38%: the share a ranking clause names, stated in the next.)
    if (/^[\s，,]*(?:(?:为|达|是|約|约)\s*)?$/.test(clauseBefore) && SHARE_RANKED_BEFORE.test(sentenceBefore.slice(0, sentenceBefore.length - clauseBefore.length))) return { measure: 'share' };
    // (贴息比例为贷款利率的50%: a fraction of the rate, no rate.)
    if (RATE_LEVEL.test(cue) && !/利率的\s*$/.test(cue)) return { measure: 'interest-rate' };
    // 不良率, 逾放比, 平均逾期放款比率为0.22%: a ratio's level — unless it is a share (占…之比率).
    // ("their non-performing loan ratio was 0.36 percent", "only 0.36 percent of the loans were non-performing": so in English.)
    if (/不良(?:贷款)?率|逾放比/.test(cue) || NPL_RATIO_EN.test(cue) || (/比率/.test(cue) && !SHARE.test(cue))) return { measure: 'ratio' };
    if (english && NPL_SHARE_AFTER_EN.test(after)) return { measure: 'ratio' };
    // ("95 percent of the loans were issued to private firms": the share of loans the verb names, no share of the subject.)
    if (english && LOANS_WERE_AFTER_EN.test(after)) return null;
    if (/获贷率|access rate|loan acquisition rate/i.test(cue)) return { measure: 'access-rate' };
    // 占比由8.6%升至9.8%: the level a share reached; 覆盖面提高到48%: a level, not a growth rate.
    if (TO_LEVEL.test(cue)) return lastMeasure === 'share' || SHARE.test(clauseBefore) ? { measure: 'share' } : lastMeasure === 'ratio' || lastMeasure === 'access-rate' || lastMeasure === 'interest-rate' ? { measure: lastMeasure } : null;
    // ("3 percentage points higher than the provincial average of 22 percent", 比全省平均水平22%高: the benchmark's own
    // rate, of a holder the figure's words do not give — unread, not a gap.)
    if (BENCHMARK_LEVEL.test(cue)) return null;
    // 高于各项贷款增速6.29%: a gap written in % (the checker names the slip).
    if ((GAP.test(cue) || COMPARED_HIGHER.test(cue)) && !SHARE.test(cue) && BENCHMARK_WORDS.test(cue)) return { measure: 'gap', basis: basisOf(cue), negative: GAP_NEGATIVE.test(cue) || COMPARED_LOWER.test(cue) };
    // (增速同比+3.2%, 增幅较年初-1.5%: the change of the rate itself, printed in % — no growth of the loans.)
    if (/(?:增速|增幅)(?:同比|较年初|比年初|较上年末|比上年末)\s?[+＋-]?\s?$/.test(cue)) return null;
    // 折合年增长率约为18%: an annualised rate, derived and period-specific — no growth of a period.
    if (/折合年|年化|annuali[sz]ed/i.test(cue)) return null;
    // 两者合计占绿色贷款的66.8%: the joint share of several parts, which no relation models.
    if (SHARE.test(cue) && (/合计|两者|二者|共同|共占|together|combined/i.test(cue) || /两者|二者|三者|三项合计|together|combined/i.test(sentenceBefore))) return null;
    // 三年平均增速, 年复合增长率: an average over years, CAGR or arithmetic mean — not a growth of one period.
    if (/平均增速|平均增长|年均增速|年均增长|复合(?:年均)?增长率|复合增速|average (annual |yearly )?(growth|rise|increase)|(?:an )?average (?:annual |yearly )?(?:growth )?rate of\s*$|compound(?:ed)? annual growth|CAGR/i.test(cue)) return { measure: 'average-growth' };
    if (SHARE.test(cue)) return { measure: 'share', ...(NEW_LENDING.test(cue) || /新增|new loans|new lending/i.test(cue) ? { flow: true } : {}) };
    // "new green loans made up 22.4 percent of all new loans": a share, its verb before and its whole after.
    if (english && SHARE_VERB_EN.test(cue) && /^\s*(?:(?:percent|per cent|%)\s*)?of\b/i.test(after)) return { measure: 'share', ...(/\bnew\b/i.test(after.slice(0, 40)) ? { flow: true } : {}) };
    // ("…, of which technology loans made up 33.6%": a share whose whole the words before name — never a rise.)
    if (english && SHARE_VERB_EN.test(cue)) return { measure: 'share' };
    // 分别以46.73%和46.64%的同比增速领跑: the rate named after its figures.
    const namedAfter = RATE_NAMED_AFTER.exec(after);
    if (namedAfter && !SHARE.test(cue)) return { measure: 'growth', basis: basisOf(namedAfter[1] ?? '') ?? basis, negative };
    // ("up 14.1% year on year and 9.3% from the start of the year": a second rate of the same change, its own basis after it.)
    if (english && lastMeasure === 'growth' && SECOND_RATE_EN.test(cue) && !/\b(?:loans?|lending|credit|balances?|deposits?)\b/i.test(cue)) {
      const own = basisOf(firstPhraseEn(after));
      if (own) return { measure: 'growth', basis: own, negative: negative || DECREASE.test(sentenceBefore.slice(-60)) };
    }
    // "increased by 794.6 billion yuan, or 14.3 percent, since …": the increment's rate, over its basis.
    if (english && lastMeasure === 'increment' && /^[\s,]*or\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+)?$/i.test(cue)) {
      return { measure: 'growth', basis: basis ?? c.lastIncrementBasis, negative: negative || DECREASE.test(sentenceBefore.slice(-60)) };
    }
    // 余额3856.7亿元，同比+21.5%，较年初-2.1%: a data line's rate, its basis word right before it, no verb (not after a
    // share or a ratio, whose change a careless copy may print in %).
    // (增速同比+3.2%: the change of the rate, written in %; 比上年同期的98.2亿元增长22.7%: the growth of a flow — neither a growth of the loans.)
    if (!english && BASIS_RIGHT_BEFORE.test(cue) && !/增速|增幅|增长率|占比|比重|率/.test(cue) && (lastMeasure === undefined || lastMeasure === 'balance' || lastMeasure === 'increment' || lastMeasure === 'growth')) return { measure: 'growth', basis, negative };
    if (lastMeasure === 'increment' && EARLIER_FLOW_THEN_CHANGE.test(clauseBefore)) return null;
    // "24 percent more than a year before", "14.4 percent higher than at the start of the year": a growth, its base after it.
    const thanBase = english ? THAN_BASE_EN.exec(after.slice(0, 60)) : null;
    if (INCREASE.test(cue) || DECREASE.test(cue) || thanBase || (lastMeasure !== 'increment' && /(?:比|较)[^,，;；。]{1,12}多\s*$/.test(cue)) || /增速|增幅|增长率|成长率|年增率|成长|growth rate|pace/i.test(cue) || /^\s*(?:(?:more|higher|up)\s+)?(?:growth|increase|rise|year[- ]on[- ]year|from a year)/i.test(after.slice(0, 24))) {
      const measured = lastMeasure === 'borrowers' || lastMeasure === 'borrowers-increment' || lastMeasure === 'count' || BORROWERS.test(cue) ? 'borrowers-growth' : 'growth';
      if (overYears(cue, after)) return { measure: measured, negative };
      if (thanBase && !basisOf(cue)) return { measure: measured, basis: /start|beginning|end of last year/i.test(thanBase[2] as string) ? 'ytd' : 'yoy', negative: negative || /lower|less|down/i.test(thanBase[1] as string) };
      return { measure: measured, basis, negative };
    }
    // ("amounted to 1.18 trillion yuan, or 38.6 percent of the provincial total", "were 14.4 trillion yuan, or 40.4 percent.":
    // right after an amount, the part it is of a whole — the area's total, or the whole the subject is a part of.)
    if (english && lastMeasure === 'balance' && OR_AFTER_AMOUNT_EN.test(cue) && SHARE_AFTER_AMOUNT_EN.test(after.slice(0, 60))) return { measure: 'share' };
    // "That was 14.2 percent of all outstanding loans", "or 38.7 percent of all loans": a share, its whole after it.
    if (english && /^\s*of\s+(?:the\s+|all\s+|total\s+|its\s+)+[a-z' -]{0,40}?\b(?:loans?|lending|credit|book|portfolio)\b/i.test(after.slice(0, 60))) return { measure: 'share' };
    return null;
  }
  if (dimension === 'number' && figure.unit.symbol === '') return { measure: 'count' };
  // 较去年同期少增3,400亿: an amount whose 元 the writer left off, after a flow, is the flow's difference still.
  if (dimension === 'number' && MAGNITUDE_ONLY.test(figure.unit.symbol) && /多增|少增/.test(cue) && lastMeasure === 'increment') return { measure: 'flow-difference', negative: /少增/.test(cue) };
  // 较9月底的10兆7,709亿元: a level at that date; 比上年同期的2201.5亿元: the flow before it, a year earlier (readEarlierValue).
  // (较113年底之10兆3,931亿元, 比2024年末的…: a point's level is a balance, whatever flow came before.)
  // (余额比上年同期的700亿元增加100亿元: the balance then, whatever flow came before.)
  if (dimension === 'money' && EARLIER_VALUE.test(cue)) return { measure: lastMeasure === 'increment' && !POINT_BEFORE.test(cue) && !/余额|餘額/.test(clauseBefore) ? 'increment' : 'balance' };
  if (dimension === 'money') {
    // 增量较上年增加32.18亿元, 新增额比上年同期多86.4亿元: how much more was lent than a year before, a difference of flows.
    const flowChange = FLOW_CHANGED.exec(cue);
    if (flowChange) return { measure: 'flow-difference', negative: /减少|少|下降/.test(flowChange[1] as string) };
    // 比上年同期的2201.5亿元多532.3亿元: the difference of two flows.
    if (/^\s*[多少](?:了|出)?\s*$/.test(cue) && lastMeasure === 'increment') return { measure: 'flow-difference', negative: cue.includes('少') };
    // (比上年同期的98.2亿元增加22.3亿元, 較去年同期的4,458億元增加364億元: so is an increase over last year's flow.)
    if (lastMeasure === 'increment' && EARLIER_FLOW_THEN_CHANGE.test(clauseBefore) && !/余额|餘額/.test(clauseBefore)) return { measure: 'flow-difference', negative: /减|減|下降/.test(cue) };
    // (同比多发112.4亿元, 少投放: the same difference, of what was newly granted.)
    // ("…, 0.41 trillion yuan less than a year earlier": last year's flow was the larger.)
    // (…, 38.6 billion yuan more than in 2023: the year before named by its number.)
    const thanLastYear = /^\s*(?:yuan\s+)?(more|less|fewer) than (?:in )?(?:the previous|a year|last|the same (?:period|month|quarter)|(?:19|20)\d\d\b|(?:January|February|March|April|May|June|July|August|September|October|November|December),? last year)/i.exec(after);
    if (/多增|少增|(?:同比|(?:比|较)(?:上年|去年)(?:同期)?)[多少](?:发|投放|发放|办理)|more than (?:the previous|a year|last)|(?:up|down) [^,;]{0,30}year on year/i.test(cue) || (thanLastYear && (lastMeasure === 'increment' || /more/i.test(thanLastYear[1] as string)))) {
      return { measure: 'flow-difference', negative: /少增|少发|少投放|少办理/.test(cue) || /less|fewer/i.test(thanLastYear?.[1] ?? '') };
    }
    // "new yuan loans … came to 312.6 billion yuan, up 48.1 billion yuan year on year": a flow over its period, and its change from a year before.
    if (english && lastMeasure === 'increment' && /\b(?:up|down|increase of|decrease of)\s*$/i.test(cue) && /^\s*(?:yuan\s+)?(?:year on year|year-on-year|from a year (?:earlier|ago)|over the same period)/i.test(after)) {
      return { measure: 'flow-difference', negative: /down|decrease/i.test(cue) };
    }
    // ("Green lending … amounted to 402.7 billion yuan in the first half": lending over a period is a flow too.)
    const lentOver = /\blending\b/i.test(clauseBefore) && c.period !== undefined && /\b(?:amounted to|totall?ed|came to)\s*$/i.test(cue);
    // ("banks extended 20.1 billion yuan in new loans": the new loans named after the amount; "issued 35.2 billion
    // yuan of green loans", loans named there without "new", were lent gross.)
    const lent = english ? lentAfterEn(cue, after) : undefined;
    // ("with an increase of RMB 2.41 trillion in overall loans": the change of the loans named after it, no gross flow.)
    if (lent && !lent.isNew && !/\ban? (?:increase|increment|rise) of\s*$/i.test(cue)) return { measure: 'new-lending', flow: true };
    if (english && (NEW_LOANS_EN.test(clauseBefore) || lentOver || lent) && !/outstanding|balance/i.test(clauseBefore)) {
      const periodBasis = c.period ? basisOfPeriod(c.period) : undefined;
      if (periodBasis) return { measure: 'increment', basis: periodBasis };
      // (Without a period of its own, a flow over what the text does not say here — unless the words after it
      // say how it was lent: "issued during the year".)
      if (!/\b(?:issued|granted|extended)\b/i.test(clauseBefore) || lent) return null;
    }
    // "totaled 73.3 billion yuan (…) at the end of June": a stock at a date, not an amount over a period.
    // "Their loans … totaled 18.61 trillion yuan": a loan book is a stock, unless the loans are new ones.
    // "…, while those to transport totaled 7.64 trillion yuan": the stock of the parallel part before.
    const stock = AT_A_DATE_EN.test(after) || (/\b(?:those|the ones?)\s+(?:to|for|of|in|with)\b/i.test(sentenceBefore.slice(-160)) && /\b(?:loans|lending|credit)\b/i.test(sentenceBefore) && !NEW_LOANS_EN.test(sentenceBefore)) || (/\b(?:loans?|lending|credit)\b/i.test(clauseBefore) && !NEW_LOANS_EN.test(clauseBefore) && !/\b(?:issued|disbursed|granted|extended|new)\b/i.test(clauseBefore));
    if (/total(l)?ing|totall?ed|amounting to|worth/i.test(cue)) return { measure: dimension === 'money' && stock ? 'balance' : 'amount' };
    // "8.57 billion yuan more than at the start of the year": a change, its base after it.
    const moreThan = /^\s*(?:yuan\s+)?(more|higher|less|lower|fewer) than\b(.{0,40})/i.exec(after);
    if (moreThan && english) {
      const b = basisOf(`from${moreThan[2] as string}`) ?? basisOf(moreThan[2] as string) ?? (/start|beginning|end of (?:last|the previous) year/i.test(moreThan[2] as string) ? 'ytd' : /a year|last year/i.test(moreThan[2] as string) ? 'yoy' : undefined);
      return b ? { measure: 'increment', basis: b, negative: /less|lower|fewer/i.test(moreThan[1] as string) } : null;
    }
    // 增长23.6%至1,158.7亿元, 由15.0万亿元增至2026年末的52.0万亿元: the level reached, a balance.
    // …达到X，是2017年末（301.2亿元）的4.6倍: a value in brackets after its date or its name is a level.
    // "rose from 18.6 billion yuan … to 25.4 billion yuan": the level it rose from, at its own date.
    // ("…has almost quadrupled, from 9.9 trillion yuan at end-2019 to 36.6 trillion yuan": the level it rose from.)
    // (…比年初新增较多的地区为杭州（1012亿元）: a bracket after the words of a flow holds that flow.)
    // ("grew by 62.4 billion yuan in the first half to 512.8 billion yuan": the level the change reached.)
    if (TO_LEVEL.test(cue) || /^\s*(?:至|到)\s*$/.test(cue) || (english && lastMeasure === 'increment' && /^\s*(?:(?:in|during|over)\s(?:the\s)?[a-z-]+(?:\s[a-z-]+){0,3}\s+)?to\s*$/i.test(cue)) || (/[(（]\s*$/.test(cue) && !FLOW_BEFORE_BRACKET.test(cue)) || /\b(?:rose|increased|grew|climbed|jumped|expanded|surged|soared|leapt|leaped|swelled|fell|dropped|declined|rises|grows|climbs|surges|soars) from\s*$/i.test(cue) || (english && /^\s*(?:,\s*)?from\s*$/i.test(cue) && /^[^,;.]{0,40}\bto\s+(?:about\s+)?[\d$]/i.test(after))) return { measure: 'balance' };
    // 放款 is a noun in Taiwan (中小企业放款): only 发放 is the verb of a disbursement.
    if (/发放/.test(clauseBefore) && !BALANCE.test(cue) && !/累计(?:增加|新增|净增)/.test(cue)) {
      // 全年共发放… is an aggregate; 发放贷款580万元 is one loan of a case study; 上半年，新发放普惠小微贷款
      // 1325.6亿元 what was newly granted over the period.
      if (/累计|共发放|全年|年度|当年/.test(clauseBefore)) return { measure: 'cumulative', flow: true };
      // (前三季度，本行线上普惠贷款发放1,286.3亿元: the loans named, then what was granted of them over the period.)
      // (一季度、二季度…分别发放创业担保贷款38.62亿元、…: what was granted over each period — never 向某企业发放贷款…, one loan.)
      const lentOver = /新发放|新投放/.test(cue) || /(?:贷款|信贷)(?:累计)?发放(?:额|量|金额)?(?:为|达|达到)?\s*$/.test(cue) || (/(?:^|[，,\s]|分别|共)发放[^，,；;。\d]{0,16}(?:贷款|信贷)\s*$/.test(cue) && !/向/.test(clauseBefore));
      return c.period && lentOver ? { measure: 'new-lending', flow: true } : null;
    }
  }
  if (dimension === 'money' || dimension === 'number') {
    if (PER_PERIOD_AVERAGE.test(cue)) return null;
    // "The number of small businesses with such loans reached 42.8 million, up 3.6 million from a year earlier": a
    // count, of borrowers where they have the loans — never an amount of the loans.
    if (dimension === 'number' && english && /\bnumber of\b/i.test(sentenceBefore)) {
      const borrowers = /\bwith (?:such |these |the |their )?loans\b|\bborrowers?\b|\bborrowing\b/i.test(sentenceBefore);
      if (INCREASE.test(cue) || DECREASE.test(cue)) return borrowers && lastMeasure === 'borrowers' && basis ? { measure: 'borrowers-increment', basis, negative } : null;
      return borrowers ? { measure: 'borrowers' } : { measure: 'count' };
    }
    // 甲市科技贷款余额比普惠小微贷款多638.9亿元: the difference between two quantities, which no measure models.
    if (/比(?!上|去|年初|同期|前)[^，,；;。\d]{1,16}(?:多|少)\s*$/.test(cue)) return null;
    // 今年累计增加 (a statistic's rise since the year began) is no gross 累计发放.
    if (/累计(?:增加|新增|净增|增(?![长速幅]))/.test(cue)) return { measure: 'increment', basis: 'ytd', negative };
    if (CUMULATIVE.test(cue)) return { measure: 'cumulative', flow: true };
    // (累计为41万农户发放贷款68万笔，贷款金额已达3620亿元: the amount of the loans just counted as granted.)
    if (dimension === 'money' && /^[\s，,]*(?:贷款)?(?:金额|总额)(?:已|共|累计)?(?:达到?|为|超过?)?\s*$/.test(cue) && GRANTED_COUNT_BEFORE.test((sentenceBefore.endsWith(cue) ? sentenceBefore.slice(0, -cue.length) : sentenceBefore).slice(-80))) return { measure: 'cumulative', flow: true };
    // "grew by 3.12 trillion yuan in the first quarter and by 2.23 trillion yuan in the second": the verb carried over.
    // ("…by 186.2 billion yuan in the first quarter, 142.6 billion yuan in the second quarter and 98.7 billion yuan
    // in the third": a bare list of amounts, each with its period after it.)
    const carried = english && lastMeasure === 'increment' && (/^[^,;.\d]{0,40}\b(?:and|while|but)\s+by\s*$/i.test(cue) || (c.period !== undefined && /^(?: in (?:the )?[a-z-]+(?: [a-z-]+){0,3})?(?:,? and|,)? ?$/i.test(cue)));
    // ("…, bringing the total for the first three quarters to 427.5 billion yuan": the flow over that period.)
    // ("rose by 5.33 trillion yuan in the first half, bringing the total to 42.39 trillion yuan": with no period of its own,
    // the total the loans came to — their balance.)
    if (english && BRINGING_TOTAL.test(cue)) {
      if (!/\btotal\s+(?:for|of|in|over)\b/i.test(cue) && !PERIOD_AFTER_TOTAL_EN.test(after.slice(0, 40))) return { measure: 'balance' };
      if (/^\s?(?:so far this year|this year|year[- ]to[- ]date)/i.test(after)) return { measure: 'increment', basis: 'ytd' };
      const periodBasis = c.period ? basisOfPeriod(c.period) : undefined;
      return periodBasis ? { measure: 'increment', basis: periodBasis } : null;
    }
    if (INCREASE.test(cue) || DECREASE.test(cue) || carried) {
      // (今年前五月已新增放款1,128億元，相較去年前五月僅增加385億元: a base named as last year's period — whether the
      // figure is that period's flow or the difference, the words leave open.)
      if (EARLIER_PERIOD_BASE.test(cue)) return null;
      // (新增投放1300亿元, 新增授信: what was lent or granted, gross — no change of the balance.)
      if (GROSS_NEW.test(cue)) return c.period ? { measure: 'new-lending', flow: true } : null;
      // 全年增加, 今年以来新增: since the start of the year, whatever rate stood before; 当季, 当月: over the quarter, the month.
      // (累计今年前9月，中小企业放款增加…: the sentence opens with the months since the year began.)
      const sinceYearStart = SINCE_YEAR_START.test(cue) || ((FIRST_MONTHS_OPEN.test(sentenceBefore) || SINCE_YEAR_OPENS.test(sentenceBefore)) && !ONE_SPAN.test(cue)) || (english && SINCE_YEAR_START.test(after.slice(0, 40)));
      if (sinceYearStart && !basisOf(cue) && !(english && basisOf(after.slice(0, 40)))) {
        return { measure: 'increment', basis: 'ytd', negative };
      }
      if (/当季|本季度|单季|该季度|in the (?:second|third|fourth) quarter alone/i.test(cue) && !basisOf(cue)) return { measure: 'increment', basis: 'qoq', negative };
      if (/当月|本月|单月|in the month/i.test(cue) && !basisOf(cue)) return { measure: 'increment', basis: 'mom', negative };
      // 一季度增加, 上半年新增, 前三季度: a flow over its own period.
      // ("…in 2025, an increment of 48.35 billion yuan over the previous year": English names the base after the figure.)
      if (c.period && !basisOf(cue) && !(english && /^\s*(?:yuan\s+)?(?:over|from|compared|year[- ]on[- ]year|y-o-y)\b/i.test(after) && basisOf(firstPhraseEn(after)))) {
        const periodBasis = basisOfPeriod(c.period);
        return periodBasis ? { measure: 'increment', basis: periodBasis, negative } : null;
      }
      // 当季新增1.48万亿元；清洁能源产业8.72万亿元，新增8536亿元: the span of the increment before it.
      // (So does a flow of another subject that names no time: 其中，制造业贷款增加450亿元.)
      if (!basis && c.lastIncrementBasis && SAME_SPAN_FLOW.test(cue)) return { measure: 'increment', basis: c.lastIncrementBasis, negative };
      // (…同比增长11.03%；新增小微企业贷款281亿元，同比多增92亿元: 新增 opening its clause, with no base of its own, is
      // what was added since the year began — not over the span of the rate before it.)
      // (Not a gross flow — 新增投放, 新增授信 — nor one whose sentence goes on with its own change since the year began:
      // …同比增长11.03%，新增587亿元；较年初增加310亿元 — 587 is the year's increase, 5912 × 0.1103 / 1.1103.)
      if (basis && !english && !basisOf(cue) && c.dateBasis === undefined && (NEW_FLOW_OPENS.test(cue) || (/新增/.test(cue) && AMONG_NEW_FLOWS.test(sentenceBefore))) && !GROSS_NEW.test(cue) && !OWN_YTD_AFTER.test(after)) return { measure: 'increment', basis: 'ytd', negative };
      // (净增75799.32万元 at a year-end: over the year, whichever base the words would name.)
      if (!basis) return overTheYear(c) ? { measure: 'increment', basis: 'yoy', negative } : null;
      return { measure: 'increment', basis, negative };
    }
    // 投向养老产业贷款41户、4.44亿元: flows of the period.
    // …but 投向…项目的贷款分别为 names the loans by where they go: a balance.
    if (/投向/.test(clauseBefore) && !BALANCE.test(cue) && !/投向[^,，;；。]{1,30}的贷款/.test(clauseBefore)) return { measure: 'new-lending', flow: true };
    // 今年以来投放绿色贷款1286.4亿元, 办理再贴现138.6亿元: what was lent over the period, never a balance.
    // (全年多投放… in a spun copy is no plain 投放: left to the words it replaced.)
    // (在县域投放的农户经营性贷款500亿元: loans named by where they went, a balance.)
    if (/(?<!多)(?:新?投放|办理)(?!的)[^，,；;。的]{0,12}$/.test(cue) && !BALANCE.test(cue)) return { measure: 'new-lending', flow: true };
    // A size or an annual total (规模, 收入完成) is an amount, not a loan balance.
    // 绿色贷款规模为30316亿元: the size of a loan book is its balance.
    // What was issued (发行绿色债券…总额达) is a flow of its period, never a balance.
    // (受托管理规模, 托管规模, 存量规模: what is held at a date is a stock, whose change since the year-end is its growth.)
    if (HELD_SIZE.test(cue) && !/发行(?!人)/.test(clauseBefore + cue)) return { measure: 'balance' };
    if ((/规模|完成|实现|total(l)?ing/i.test(cue) || /发行(?!人)/.test(clauseBefore + cue)) && !/余额|balance/i.test(cue) && !/(?:贷款|信贷|放款)规模/.test(cue)) return { measure: 'amount' };
    // 三类企业贷款合计2146.9亿元: the sum of balances is a balance; 首批2笔，金额合计 is what was lent, 两者合计 a joint sum.
    const total = /(?:合计|共计|总计)(?:\s*[为达])?\s*$/.test(cue) && !/笔|落地|发放|投放|交易|累计|两者|二者|三者|上述|以上/.test(clauseBefore);
    if (BALANCE.test(cue) || total || /(?:贷款|信贷|放款)规模\s*$/.test(cue) || figure.qualifier === 'reached' || LEVEL_PASSED_EN.test(figure.text) || c.adjacent || /(达|为|是|有|都在|均在|也在|reach|reaching|reached|of|at|to|stood at|came to|amounted to|hit|was|were|totall?ed|topped|exceeded|tops?|exceeds?|surpass(?:es|ed)?|owed(?: banks)?|holding)\s*$/i.test(cue.trim())) {
      return { measure: 'balance' };
    }
    return null;
  }
  // 是2017年末（301.2亿元）的4.6倍: the level now as a multiple of the level at an earlier date.
  if (dimension === 'times') return MULTIPLE_OF_LEVEL.test(clauseBefore) && (lastMeasure === 'balance' || lastMeasure === undefined) ? { measure: 'multiple' } : null;
  if (dimension === 'count') {
    if (CUMULATIVE.test(clauseBefore)) return { measure: 'cumulative', flow: true };
    // 当年新开户38.2万户, 新增首贷户: a flow of new ones, which no measure models.
    // (比上年末新增487户: a change since a base, told with 新增 — the borrowers' increment.)
    if (/新开|新增|新发|新设|新投放/.test(cue) && !/(?:比|较)(?:上年末|年初|去年末|上年同期|去年同期)新增\s*$/.test(cue)) return null;
    if (figure.unit.symbol.endsWith('户') && /投向/.test(clauseBefore)) return { measure: 'borrowers', flow: true };
    // 有贷款余额户数3.42万户，较年初增加4,106户: the change in the number of borrowers just counted (of firms, 较年初增加
    // 1.3万家, no measure models: not a level).
    if (INCREASE.test(cue) || DECREASE.test(cue)) {
      const ofBorrowers = figure.unit.symbol.endsWith('户') && (lastMeasure === 'borrowers' || BORROWERS.test(cue)) && !/增长|增速|增幅/.test(cue);
      return ofBorrowers && basis ? { measure: 'borrowers-increment', basis, negative: DECREASE.test(cue) } : null;
    }
    if (figure.unit.symbol.endsWith('户') && (BORROWERS.test(cue) || lastMeasure === 'borrowers')) return { measure: 'borrowers' };
    return { measure: 'count' };
  }
  return null;
}

/** The basis of a flow over its own period: from 1 January it is the change since the start of the year; a quarter or a month on its own, against the period before. */
export function basisOfPeriod(period: { readonly from: string; readonly to: string }): Basis | undefined {
  const from = period.from.slice(-5);
  const to = period.to.slice(-5);
  if (from === '01-01') return 'ytd';
  const quarterStart = ['04-01', '07-01', '10-01'].includes(from);
  const sameYear = period.from.slice(0, -5) === period.to.slice(0, -5);
  if (quarterStart && sameYear && Number(to.slice(0, 2)) - Number(from.slice(0, 2)) === 2) return 'qoq';
  if (sameYear && from.slice(0, 2) === to.slice(0, 2)) return 'mom';
  return undefined;
}

// What a goal's figure measures: 新增…53亿元 is a flow over the plan's period; 推动5亿元…
// 基金设立 a size; 余额达109亿元以上 a balance; 存贷比达到83%以上 a ratio.
export function goalMeasure(
  figure: Figure,
  indicator: string,
  close: boolean,
  c: MeasureContext,
): { measure: Measure; basis?: Basis | 'period' | undefined } | null {
  const { cue, after } = c;
  const dimension = figure.unit.dimension;
  // 增加到800亿元, 提高到83%: the level to reach.
  if (/(增加|提高|提升|增长|上升|扩大)(到|至)\s*$/.test(cue)) {
    if (dimension === 'money') return { measure: 'balance' };
    if (dimension === 'percent') return ratioOf(indicator, figure);
  }
  // 全年新增投放目标, 发放目标: a goal of what is lent, gross, never of a net increase.
  if ((dimension === 'money' || dimension === 'count') && /投放|发放/.test(cue) && !/净增|余额/.test(cue)) return { measure: 'cumulative', basis: 'period' };
  // 累计增加4,822亿元，已达全年目标4,600亿元的105%, 完成全年目标（600亿元）的35.2%: a year's goal set beside a flow is a goal for that flow.
  // (余额5,860亿元，较年初增加612亿元，距全年目标6,000亿元仅差140亿元: what is left to reach is of the balance.)
  const balanceFirst = /距[^,，;；。]{0,8}目标/.test(cue) || /^[^,，;；。]{0,3}(?:仅差|还差|尚差|相差|差)/.test(after);
  const yearGoalOfFlow = (c.lastMeasure === 'increment' || c.lastMeasure === 'progress') && !balanceFirst && /(?:全年|年度)(?:新增|增量)?(?:目标|计划)(?:值|任务)?(?:\s*(?:为|是))?(?:\s*[（(])?\s*$|\b(?:annual|full-year|yearly)\s(?:[a-z-]+\s){0,2}(?:target|goal|quota)\s(?:of|is|was)\s*$/i.test(cue);
  if ((dimension === 'money' || dimension === 'count' || dimension === 'number') && (/新增|增加|多增|\badd(s|ed|ing)?\b/i.test(cue) || /^\s*(yuan\s+)?(?:of|in) new\b/i.test(after) || yearGoalOfFlow)) {
    return { measure: 'increment', basis: 'period' };
  }
  // 存贷比提高到83%以上: the level a ratio is to reach.
  const ratio = /增长|增速|growth/i.test(cue) ? null : ratioOf(indicator, figure);
  if (ratio) return ratio;
  const read = measureOf(figure, { ...c, adjacent: false, period: undefined });
  if (read && read.measure !== 'flow-difference') return read;
  if (dimension === 'money' && close) return { measure: 'amount' };
  // (要突破5500亿元: the verb may stand in the figure's own words.)
  if (dimension === 'money' && (GOAL_VERB.test(cue) || GOAL_VERB.test(figure.text))) return { measure: 'balance' };
  return null;
}

const POLICY_RATE_AFTER = /^\s*(?:的(?:比例|标准|费率))?(?:给予|予以|进行|实施)?(?:奖励|激励|补贴|贴息|奖补|补偿|风险补偿|担保费补贴)/;
const BORROWERS_AGAINST_LOANS = /(?:户数|客户数|企业数)(?:增速|增幅)[^，,；;。]{0,4}(?:高于|低于|快于|慢于|比|较)[^，,；;。]{0,8}贷款(?:余额)?(?:增速|增幅)/;
const CHANGE_OF_CHANGE = /(?:降幅|增幅|涨幅|跌幅|降速|下降幅度|上升幅度)[^，,；;。\d]{0,6}(?:扩大|收窄|缩小|加大|减小|增加|减少)(?:了)?\s*$/;
const GRANTED_COUNT_BEFORE = /累计[^。；;]{0,40}(?:发放|投放)[^。；;]{0,20}笔[\s，,]*$/;
const EARLIER_PERIOD_BASE = /(?:相较|较|比)于?(?:去年|上年|前一年|\d{4}年)(?:前[一二三四五六七八九十两\d]{1,2}个?月|上半年|下半年|[一二三四]季度?|前[二三两]季度?)[^，,；;。\d]{0,6}$/;
// 新增投放, 新增授信, 新增发放: what was lent or granted, gross.
const GROSS_NEW = /新增(?:贷款)?(?:投放|授信|发放)[^，,；;。\d]{0,8}$/;
// 比年初新增较多的地区为杭州（: the words of a flow before a bracket, whose figure is that flow.
export const FLOW_BEFORE_BRACKET = /(?:新增|增加|增量|净增)[^，,；;。\d]{0,30}[(（]\s*$/;
const BENCHMARK_LEVEL = /\b(?:than|above|below|over|exceed\w*|outpac\w*)\s+(?:the\s+)?[a-z' -]{0,30}\b(?:average|level|rate|figure|pace)(?:\s+growth)?(?:\s+rate)?\s+of\s*$/i;
const SHARE_RANKED_BEFORE = /(?:占比|比重)(?:最大|最多|最高|居首|居前|排名第一|位居第一)[\s，,]*$/;
// The flow's own change since the year began, later in its clause run or opening the next clause with no subject of
// its own (新增587亿元；较年初增加310亿元 — not ；全省…比年初增加).
const OWN_YTD_AFTER = /^[^。；;]{0,40}(?:较|比)年初|^[^。；;]{0,40}[；;]\s*(?:较|比)年初/;
// (…同比增长12%；新增绿色贷款中，清洁能源产业贷款新增200亿元: 新增 among the new loans of the year is their flow too.)
const AMONG_NEW_FLOWS = /新增[^，,；;。\d]{0,16}中[，,][^；;。]*$/;
const NEW_FLOW_OPENS = /(?:^|[；;，,。])\s*(?:其中[，,]?\s*)?新增[^，,；;。\d]{0,16}$/;
// 月均新增54.0亿元, 平均每月新增: an average per month or quarter, no flow over the period.
const PER_PERIOD_AVERAGE = /(?:月均|季均|日均|周均|平均每(?:月|季度?|日|天)|每(?:月|季度?)平均)(?:新增|增加|净增|增量|多增|投放|发放)?\s*$/;
const COMPARATIVE_CUE = /^\s*[（(]\s*(?:\d{4}\s*年\s*(?:末|底|\d{1,2}\s*月\s*(?:末|底|\d{1,2}\s*日))|\d{4}-\d{2}-\d{2}|(?:上年|去年)(?:末|底))\s*[:：](?:\s|人民币|人民幣|RMB)*$/;
const FLOW_CHANGED = /(?:增量|新增额|新增量|投放量|投放额|发放额)[^，,；;。\d]{0,4}(?:较|比)(?:上年|去年|上一年)(?:同期)?(增加|多|增长|提高|减少|少|下降)\s*$/;
const MAGNITUDE_ONLY = /^(?:万|亿|万亿|億|萬億|兆)$/;
const LIMIT = /(?:额度|限额|上限|封顶)(?![^，,；;。]{0,12}余额)/;
const COMPARED_AFTER = /^[^。；;]{0,24}(?:较|比|同比|环比|增长|下跌|下降|上升|减少)/;
/** What a goal is to reach: 达到109亿元, 新增53亿元, 提高到83%. */
export const GOAL_VERB = /达到|达|新增|增加|提高|提升|突破|超过|不低于|实现|reach|increase|exceed/i;
