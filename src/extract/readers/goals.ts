import { addYears, endOfYear, startOfYear, subYears } from 'date-fns';
import type { TargetClaim } from '../../check/claim.js';
import { parseFigure } from '../../figure/parseFigure.js';
import { formatDate, toDate } from '../../period/baseDate.js';
import { compareDates, fromPivot, isRelativeDate, toPivot, yearPart, yearStartOf } from '../../period/relative.js';
import type { Doc, Output } from '../document.js';
import type { FigureContext, Frame } from '../frame/frame.js';
import { WINDOW } from '../frame/frame.js';
import { GOAL_VERB, type MeasureContext, PROGRESS, PROGRESS_EN, goalMeasure } from '../frame/measure.js';
import { figureHolder } from '../frame/holder.js';
import { countedAfter, subjectIn, subjectOfClauseBefore, subjectStretchStart } from '../frame/subject.js';
import { type TimeRef, lowerBound } from '../frame/time.js';
import { indicatorUnitKind } from '../lexicon/catalog.js';
import type { Subject } from '../lexicon/subjects.js';
import type { Mention } from '../mention.js';
import { keepAsFact } from './facts.js';

// Words that make a sentence a goal rather than a statement of fact; a deadline ahead of
// the document's date (到2027年, by 2030) does too.
// (预计, 有望: a forecast is a goal of the text's own, checked like one when its date has passed.)
// 全年预期新增, 拟新增: a flow planned, not one reported (but not 超预期, 模拟).
const PLANNED = '(?<!超|不及|低于|好于|高于)预期(?=新增|投放|发放|增加|达到)|(?:(?<![\\u4e00-\\u9fa5])|(?<=[年度]))拟(?=新增|投放|发放|增加|达到)';
const TARGET = new RegExp(String.raw`(?<!完成|达成|完成了|达成了)目标(?!客户|市场|群体|人群|企业)|(?:年度|全年|今年|本年)计划(?=新增|投放|发放|增加)|${PLANNED}|力争|确保|预计|有望|通过三年|倍增行动|\b(goals?|targets?(?!ed)|aim(?:s|ed)? to|the aim is|sought to|pledged to|vowed to|is expected to|are expected to)\b`, 'i');
const TARGET_ALL = new RegExp(TARGET.source, 'gi');
// 科技贷款要突破5500亿元, 增速每年都要比各项贷款高出20个百分点: what must be reached is a goal.
// (主要, 重要, 需要, 只要 are no modal; a statement's 要求 is a plan's.)
const MODAL_ZH_WORD = '(?<![主重需只])(?:要|须|应当)(?!求)';
const MODAL_ZH = new RegExp(MODAL_ZH_WORD);
const MODAL_GOAL_ZH = new RegExp(`${MODAL_ZH_WORD}[^，,；;。\\d要须]{0,16}(?:突破|达到|超过|高于|高出|保持在|保持|提升到|提高到|提升至|提高至|增长到|不低于|不少于)[^，,；;。\\d]{0,8}$`);
// (要突破5500亿元: the verb is in the figure's own words.)
const MODAL_ZH_RIGHT_BEFORE = new RegExp(`${MODAL_ZH_WORD}\\s{0,2}$`);
const MODAL_GOAL = /\b(should|shall|will|is to|are to|aims? to|strives? to|is expected to)\s+(reach|exceed|be|hit|achieve|rise to|grow to|increase to|top)\b[^.;,]{0,24}$/i;
// Goals named after their figures: …增长12%以上、不良率控制在3%以内的目标.
const GOAL_AFTER = /^[^，,；;。]{0,30}的(?:工作|发展|年度|全年)?目标/;
// A goal's value named as such: 全年目标4,600亿元, 成长目标为3,800亿元.
// (年度增量任务（5亿元）, 新增任务为5亿元, 考核指标为…: a task set is a goal too.)
// (年度新增目标分别为600亿元、800亿元: the goals of a list, named so.)
const GOAL_NAMED = /(?:目标|计划|(?:增量|新增|投放|年度|全年)任务|考核指标)(?:值|额|数|任务)?(?:分别)?(?:为|是)?(?:新增|增加|净增|投放)?(?:\s*[（(])?\s*$|\b(?:target|goal|quota) (?:of|is|was|at)\s*$/i;
// 全年目标, 年度目标: due at the end of the year the text stands in.
const YEAR_GOAL = /(?:全年|年度|今年|本年)[\u4e00-\u9fa5]{0,12}(?:目标|计划)|\b(?:annual|full-year|yearly|this year's)\s(?:[a-z-]+\s){0,3}(?:target|goal|quota)\b/i;
// A numbered line: 1.…, 2、…, (3)…, （四）…, 五、…
const LIST_ITEM = /^\s*(?:\d{1,2}[.、．](?!\d)|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}、)/;
// Words that make only their own clause a goal: a borrower's 计划扩建 is not the bank's goal.
// (提出 with a flow or level after it: 年初提出2024年新增绿色贷款40亿元.)
// (年初确定新增绿色贷款235亿元: a goal set — 确定, 设定, 明确 — before what it sets.)
const PLAN_CLAUSE = /计划(?!单列)|(?:提出|确定|设定|明确)(?=[^，,。；;：:]{0,12}?(?:新增|增加|净增|投放|达到))|\bplans? to\b/i;
const PLAN_CLAUSE_ALL = new RegExp(PLAN_CLAUSE.source, 'gi');
// Words that state what is, after which a figure is not a goal: 实施以来, 已达到, 提前完成.
// "By the end of June, loans … grew by": English past tenses of change state what is.
const STATEMENT = /以来|已经|实际(?=[^，,。；;]{0,6}?(?:新增|增加|增长|完成|达到|投放|发放|为|\d)|\s?$)|已达|已实现|已完成|提前完成|\bas of\b|\bstood at\b|\b(?:grew|rose|increased|expanded|climbed|jumped|surged|declined|fell|dropped|came to|totall?ed|amounted to|added|registered|recorded|posted)\b/gi;
// Verbs that set a goal (the noun 目标 also comes up in what was made of one: 完成全年目标, 达成率).
const GOAL_SETTING = new RegExp(String.raw`力争|确保|争取|计划|预计|有望|${PLANNED}|\baim(?:s|ed)? to\b|\bplan(?:s|ned)? to\b|\b(?:is|are) expected to\b`, 'i');
// Words after a goal's words that report what came of it: 力争…，实际增长, 已完成.
const STATEMENT_AFTER = /实际|已经|已达|已实现|已完成|完成了|达到了/;
// A plan's actions: 推动5亿元…产业投资基金设立, 加快2亿元政府性融资担保公司设立.
const PLAN_VERB = /推动|加快|推进|力争|争取/;
const PLAN_SETUP = /设立|成立|组建|筹建|建成/;
// A plan's horizon named after its length: 三年倍增行动, 五年规划.
const PLAN_AFTER_LENGTH = /^(倍增)?(行动|计划|规划|攻坚)/;

/** Where a text's goals stand: the blocks of numbered goals under a heading, and the plan's horizon. */
export interface GoalPlan {
  readonly blocks: readonly { readonly start: number; readonly end: number; readonly deadline: TimeRef | undefined }[];
  readonly horizon: { readonly date: string; readonly from: string } | null;
}

/** 主要目标。到2027年末，实现以下目标：\n1.…；\n2.…: the numbered lines under a goal's heading are goals. */
export function goalPlan(doc: Doc): GoalPlan {
  const s = doc.s;
  const blocks: { start: number; end: number; deadline: TimeRef | undefined }[] = [];
  let open: { start: number; end: number; deadline: TimeRef | undefined } | null = null;
  // (Under a heading of its own line — 主要目标, 二、工作目标 — every line is the goals', numbered or not, up to the
  // next heading.)
  let headed = false;
  for (let a = 0; a <= s.length; ) {
    const nl = s.indexOf('\n', a);
    const b = nl < 0 ? s.length : nl;
    const line = s.slice(a, b);
    if (open && (headed ? line.trim() === '' || (!HEADING_LINE.test(line) && !opensWithDate(doc, a, b)) : LIST_ITEM.test(line))) open.end = b;
    else {
      if (open) blocks.push(open);
      open = null;
      headed = GOAL_HEADING.test(line);
      // (“两增”目标完成情况：, 目标进展: what came of a goal, under its heading, is no goal.)
      if (headed || (/[:：]\s*$/.test(line) && TARGET.test(line) && !GOAL_OUTCOME.test(line))) {
        const d = doc.times.deadlineBefore(a, b);
        open = { start: b, end: b, deadline: d };
      }
    }
    if (nl < 0) break;
    a = nl + 1;
  }
  if (open) blocks.push(open);
  return { blocks, horizon: planHorizon(s, doc.mentions, doc.options.documentDate) };
}

// A goal's heading on a line of its own: 主要目标, 二、工作目标, （一）总体目标, 2025年工作目标：.
const GOAL_HEADING = /^\s*(?:(?:[一二三四五六七八九十]{1,3}[、.．]|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|\d{1,2}[.、．](?!\d))\s*)?(?:\d{4}年(?:度)?)?(?:主要|工作|发展|总体|年度|具体|预期)?目标(?:任务)?\s*(?:[:：]\s*)?$/;
// A line that heads a section (三、保障措施, 重点任务): short, with no sentence's punctuation.
// (A figure after its number is a goal's line: 1. 绿色贷款余额达到2400亿元.)
const HEADING_LINE = /^\s*(?:\d{1,2}[.、．](?!\d))?[^，,。；;！？\d]{1,24}$/;
const GOAL_OUTCOME = /完成|情况|进展|成效|成果/;

// (2024年末，全市…余额2050亿元。同比增长12%。 under the goals: a line that opens on the date it stands at reports, and
// the goals' section ends before it.)
function opensWithDate(doc: Doc, a: number, b: number): boolean {
  const r = doc.times.asOf[lowerBound(doc.times.asOf, a, (x) => x.start)];
  return r !== undefined && r.start < Math.min(b, a + 12) && !/[，,。；;]/.test(doc.s.slice(a, r.start));
}

function blockAt(plan: GoalPlan, pos: number): GoalPlan['blocks'][number] | undefined {
  const g = plan.blocks[lowerBound(plan.blocks, pos + 1, (x) => x.start) - 1];
  return g && pos < g.end ? g : undefined;
}

// Where the last match of a global pattern starts in a text, else -1.
function lastMatch(pattern: RegExp, text: string): number {
  let at = -1;
  for (const m of text.matchAll(pattern)) at = m.index;
  return at;
}

// Where the sentence last states what is (截至6月末, 实施以来, 已达到), before a figure; else -1.
// A statement in brackets (（2024年末为6912亿元）) is an aside: the goal goes on after it.
function lastStatement(doc: Doc, start: number, pos: number): number {
  const d = planSpanOrAsOf(doc, start, pos);
  const from = Math.max(start, pos - WINDOW);
  const word = lastMatch(STATEMENT, doc.s.slice(from, pos));
  const at = Math.max(d ? d.start : -1, word < 0 ? -1 : from + word);
  if (at >= 0 && insideClosedBrackets(doc.s.slice(Math.max(start, at - 40), at), doc.s.slice(at, pos))) return -1;
  return at;
}

/**
 * The as-of time before a figure, unless it is the span of the plan whose deadline the sentence
 * gave before it (到2027年末，…，2025—2027年年均增长15%以上): a span ending in the deadline's year
 * states nothing of what is.
 */
function planSpanOrAsOf(doc: Doc, start: number, pos: number): TimeRef | undefined {
  const d = doc.times.asOfBefore(start, pos);
  const deadline = d?.period ? doc.times.deadlineBefore(start, d.start) : undefined;
  const spansYears = d?.period !== undefined && yearStartOf(d.period.from) !== yearStartOf(d.period.to);
  return deadline && d?.period && spansYears && yearStartOf(d.period.to) === yearStartOf(deadline.date) ? undefined : d;
}

// A plan's verb and the comma after it: what the sentence goes on to say is what the plan sets
// (within a stretch of its sentence, so that long sentences stay linear).
const PLAN_REACH = 160;
const PLAN_OPENS = /(?:提出|明确|要求|部署)[,，:：]/g;

// A figure stated as a bound: 10个百分点以上, 3%以内.
const BOUND = /(?:以上|以内|以下)$/;
// What a goal's figure is reached with: 达到500亿元, 突破, 不低于.
const REACHES = /^(?:达到|突破|超过|不低于|不少于)/;
const REACHES_BEFORE = /(?:达到|突破|超过|不低于|不少于|提高到|提升至|增长到)\s*$/;

/** Whether a plan's verb opens the stretch (提出，…) and nothing after it, nor in `rest` of its sentence, states what is. */
function planOpened(stretch: string, rest = ''): boolean {
  const at = lastMatch(PLAN_OPENS, stretch);
  if (at < 0) return false;
  const after = stretch.slice(at);
  STATEMENT.lastIndex = 0;
  return !STATEMENT.test(after) && !STATEMENT_AFTER.test(after) && !REPORTED_AFTER_VERB.test(after + rest);
}
// The rest of a figure's sentence, a stretch of it: what it goes on to say of the figure.
function restOf(ctx: FigureContext): string {
  return ctx.after.slice(0, Math.max(0, Math.min(60, ctx.sentence.end - ctx.m.span[1])));
}
// 明确，截至9月末…; 提出，2024年末…同比增长16.2%: what was, not what is set — as of a date, or a change against one.
const REPORTED_AFTER_VERB = /截至|截止|比年初|较年初|同比|比上年|较上年|增长\d/;

/** Whether a figure is a goal, or why it can be neither a goal nor a statement. */
export type GoalVerdict = { readonly goal: boolean } | { readonly unread: { readonly code: 'ambiguous-deadline' | 'no-measure'; readonly reason: string } };

// 距2025年目标还差: how far a goal still is — the gap, and a progress phrase for what follows.
const SHORT_OF_GOAL = '距[^，,；;。]{0,12}?(?:目标|任务|计划)(?:值|任务)?(?:还|尚|仅)?差';
// Progress toward a goal, named with its year or amount: 完成2027年目标（4000亿元）的, 完成三年目标任务的.
// (完成全年新增户数目标15万户的84%: the goal's own figure may stand between the goal and 的, bracketed or not.)
const PROGRESS_TOWARD_ALL = new RegExp(`(?:完成|达成|实现)[^，,；;。]{0,24}?(?:目标|任务|计划)(?:任务)?(?:\\s*[（(][^（）()]{0,20}[）)]|\\d[\\d,.]{0,12}(?:万|亿)?(?:元|户|家|个|笔))?的|${SHORT_OF_GOAL}`, 'g');

/** Where the last match of a global pattern ends in `text`, or -1. */
function lastMatchEnd(pattern: RegExp, text: string): number {
  let end = -1;
  for (const m of text.matchAll(pattern)) end = m.index + m[0].length;
  return end;
}

const BEYOND_GOAL = new RegExp(`(?:(?:超出|超过|超额|高出|多出|低于|少于|差)[^，,；;。\\d]{0,6}(?:目标|任务|计划)(?:值|任务)?|${SHORT_OF_GOAL})\\s*$`);

// Bounds a goal sets on what it asks for.
const GOAL_BOUNDS = /以上|左右|不低于|不少于|不超过|力争|确保|争取/;

/**
 * Whether a figure is a goal: words of a goal (力争, 目标, aims to) not followed by a statement,
 * a deadline ahead (到2027年, by 2030), a numbered line under 实现以下目标：, a modal ("should
 * reach"), a plan's 推动…设立.
 */
export function isGoal(doc: Doc, ctx: FigureContext, plan: GoalPlan): GoalVerdict {
  const { sentence, m } = ctx;
  const pos = m.span[0];
  // 超出年度目标36.4亿元: by how much a goal was beaten or missed — neither the goal nor what was reached.
  if (BEYOND_GOAL.test(ctx.cue)) return { unread: { code: 'no-measure', reason: 'by how much a goal was beaten or missed (超出目标…)' } };
  // 以2024年末余额160亿元为基数: what a plan starts from is a statement of what is.
  if (/^\s*(?:[)）]\s*)?(?:为|作为)(?:基数|基础|起点|基期)/.test(ctx.afterInClause)) return { goal: false };
  // 达成率94.11%, 已达全年目标的105%: how much of a goal is reached is a statement of what is.
  if (ctx.figure.unit.dimension === 'percent' && (PROGRESS.test(ctx.clauseBefore) || PROGRESS_EN.test(ctx.after))) return { goal: false };
  // （2024年末为762.4亿元） inside a goal's sentence: the level an earlier date stood at is a statement.
  const level = doc.times.refs[lowerBound(doc.times.refs, pos, (r) => r.start) - 1];
  if (level && level.role === 'base' && /^\s{0,2}(?:的)?(?:余额|餘額|规模)?(?:约|仅)?(?:为|是|為)?\s{0,2}$/.test(doc.s.slice(level.end, pos))) return { goal: false };
  const deadline = doc.times.deadlineBefore(sentence.start, pos);
  const deadlineAt = deadline ? deadline.start : -1;
  const planClause = PLAN_CLAUSE.test(ctx.clauseBefore);
  const goalWord = TARGET.test(ctx.sentenceBefore) ? lastMatch(TARGET_ALL, ctx.sentenceBefore) : -1;
  const inBlock = blockAt(plan, pos) !== undefined;
  const stated = goalWord >= 0 || planClause || deadlineAt >= 0 || inBlock ? lastStatement(doc, sentence.start, pos) : -1;
  // 2024年，力争…增长12%以上: words of a goal after the date that opens the sentence make a goal of that year.
  const goalAfterDate = goalWord >= 0 && stated >= 0 && ctx.windowStart + goalWord > stated && doc.times.asOfBefore(sentence.start, pos)?.start === stated && GOAL_SETTING.test(doc.s.slice(stated, pos)) && !STATEMENT_AFTER.test(doc.s.slice(ctx.windowStart + goalWord, pos));
  // (2024年该行计划新增绿色贷款40亿元，实际新增46亿元: a plan named after the date its clause opens with.)
  // (2025年，全省计划新增绿色贷款1000亿元: the date may open the sentence in a clause of its own.)
  const planAfterDate = planClause && stated >= ctx.sentence.start && ctx.clauseStart + lastMatch(PLAN_CLAUSE_ALL, ctx.clauseBefore) > stated && /^[^,，;；。]{0,16}(?:新增|增加|投放|发放|达到|实现)/.test(doc.s.slice(ctx.clauseStart + lastMatch(PLAN_CLAUSE_ALL, ctx.clauseBefore) + 2, pos));
  // (年初提出2024年新增绿色贷款40亿元: a plan whose year follows its word, however past, is a goal for that year.)
  const planWordAt = planClause ? ctx.clauseStart + lastMatch(PLAN_CLAUSE_ALL, ctx.clauseBefore) : -1;
  const yearAfterPlan = planClause ? doc.times.asOfBefore(sentence.start, pos) : undefined;
  const planBeforeDate = yearAfterPlan !== undefined && yearAfterPlan.start >= planWordAt + 2 && yearAfterPlan.start <= planWordAt + 4 && /^[^,，;；。]{0,16}(?:新增|增加|投放|发放|达到|实现)/.test(doc.s.slice(yearAfterPlan.end, pos));
  // 完成2027年目标（4000亿元）的71.1%，比年初增加396.4亿元: a goal named inside the progress toward it sets no goal
  // of what follows.
  // (Within the window: a walk from the sentence's start would be quadratic on one long sentence.)
  const progressEnd = lastMatchEnd(PROGRESS_TOWARD_ALL, doc.s.slice(ctx.windowStart, pos));
  const insideProgress = (at: number): boolean => progressEnd >= 0 && at >= 0 && at < ctx.windowStart + progressEnd;
  const byWords = (((goalWord >= 0 && ctx.windowStart + goalWord > stated && !insideProgress(ctx.windowStart + goalWord)) || (planClause && ctx.clauseStart > stated)) && (stated < 0 || deadlineAt > stated)) || goalAfterDate || planAfterDate || planBeforeDate;
  const byDeadline = deadlineAt > stated && !insideProgress(deadlineAt);
  const modal = (MODAL_GOAL.test(ctx.clauseBefore) && !pastAsWill(doc, ctx)) || MODAL_GOAL_ZH.test(ctx.clauseBefore) || (MODAL_ZH_RIGHT_BEFORE.test(ctx.clauseBefore) && REACHES.test(ctx.figure.text));
  // 到2024年末…达到860亿元 without the document's date: a deadline or an as-of date, which it would tell.
  // (…须达到800亿元: what must be reached by then is a goal, whatever the date.)
  // (规划》提出，到2025年末…; 郑州市提出，…；到2027年末…: a deadline after a plan's verb and its comma is one.)
  // (到2027年，…达到1.5万亿元，年均增长12%以上: a sentence that sets bounds — 以上, 左右, 不低于 — sets goals.)
  if (!byWords && !modal && byDeadline && doc.options.documentDate === undefined && deadline && /(?<!截止|截)到\s*$/.test(doc.s.slice(Math.max(0, deadline.start - 4), deadline.start)) && !planOpened(doc.s.slice(Math.max(sentence.start, deadline.start - PLAN_REACH), deadline.start)) && !GOAL_BOUNDS.test(doc.s.slice(deadline.end, Math.min(sentence.end, deadline.end + 200)))) {
    return { unread: { code: 'ambiguous-deadline', reason: 'after 到 and a date, which may be a deadline or an as-of date: give documentDate to tell' } };
  }
  // 三年新增绿色贷款500亿元以上，到2025年末…: a figure followed by a deadline in a sentence that states nothing.
  const later = doc.times.deadlineAfter(m.span[1], sentence.end);
  const byLaterDeadline = later !== undefined && lastStatement(doc, sentence.start, sentence.end) < 0;
  const setup = PLAN_VERB.test(ctx.clauseBefore) && PLAN_SETUP.test(ctx.afterInClause);
  const inRun = goalRun(doc, ctx) !== undefined;
  // 已达全年目标4,600亿元的105%: the figure right after 目标 is the goal, whatever is stated before it.
  const named = GOAL_NAMED.test(ctx.cue);
  // 确定…全年增长12%以上、不良率控制在3%以内的目标: the goal named after its figures, in their clause.
  // (年初，本行确定…的目标: the time the goal was set is no statement of what is.)
  const namedAfter = GOAL_AFTER.test(ctx.afterInClause) && !STATEMENT_AFTER.test(ctx.sentenceBefore);
  // 《方案》要求，2024年末…达到500亿元: what a plan's verb and its comma open is set, however past its date.
  // (方案要求，…增速高于各项贷款平均增速10个百分点以上: a bound set, too.)
  const opened = REACHES.test(ctx.figure.text) || REACHES_BEFORE.test(ctx.cue) || BOUND.test(ctx.figure.text) ? planOpened(doc.s.slice(Math.max(sentence.start, pos - PLAN_REACH), pos), restOf(ctx)) : false;
  const goal = byWords || byDeadline || byLaterDeadline || (inBlock && stated < 0) || modal || setup || named || namedAfter || inRun || opened;
  // 按承担责任金额的0.4%收取, 按新增额的0.5%给予奖励, 单户担保金额300万元及以下的，…, 增长10%（含）以上的银行机构: a policy's
  // rate or the condition of who qualifies, in a sentence that sets goals — neither a goal nor a statistic.
  if (goal && (POLICY_CONDITION_AFTER.test(ctx.afterInClause) || (POLICY_RATE_BEFORE.test(ctx.clauseBefore) && POLICY_RATE_AFTER.test(ctx.afterInClause)))) {
    return { unread: { code: 'no-measure', reason: "a policy's rate or the condition of who qualifies, not a goal" } };
  }
  return { goal };
}

// …以上的银行机构, …及以下的，: a figure that says who or what qualifies.
const POLICY_CONDITION_AFTER = /^\s*的\s*(?:$|[，,]|(?:银行|金融|法人)?(?:机构|企业|主体|项目|个人|农户|借款人|客户))/;
// 按…的0.4%收取, 按0.2%给予奖励: a rate a policy pays or charges by.
const POLICY_RATE_BEFORE = /按(?:照)?[^，,。；;\d]{0,16}$/;
const POLICY_RATE_AFTER = /^\s*(?:的(?:比例|标准|费率))?(?:给予|予以|进行)?(?:收取|计收|奖励|补贴|贴息|补偿|补助|奖补|分担|承担)/;

/**
 * "As of the end of 2024, the loans … will reach about 210 billion yuan" in a text of 2025: a machine
 * translation's future for a past date (将达, 达到) — what stood then, no goal. Only when the sentence
 * states a date it stands at, before the document's, and no deadline.
 */
function pastAsWill(doc: Doc, ctx: FigureContext): boolean {
  const now = doc.options.documentDate;
  if (now === undefined || !/\bwill\b/i.test(ctx.clauseBefore)) return false;
  const refs = doc.within(doc.times.refs, ctx.sentence.start, ctx.sentence.end, (r) => [r.start, r.end]);
  return refs.some((r) => r.role === 'as-of' && r.period === undefined && compareDates(r.date, now) < 0) && !refs.some((r) => r.role === 'deadline');
}

/**
 * 明确了分年度目标：…力争2025年新增40亿元；2026年新增50亿元，年末余额达到250亿元: the goals a goal's words
 * open run on across ; and : to the full stop, each under the plan's next year. Returns the time of
 * the figure in the run (its year, or the year-end before it), or undefined when the figure is not
 * in one: a word that states what is (以来, 已…), a base (较…), or a year earlier than the one
 * before it ends the run.
 */
function goalRun(doc: Doc, ctx: FigureContext): TimeRef | null | undefined {
  const s = doc.s;
  const pos = ctx.m.span[0];
  const from = Math.max(ctx.paragraphStart, ctx.sentence.start, pos - 200);
  // Only past a clause of its own: 力争2025年新增40亿元；2026年新增50亿元 (the goal's own clause is read as ever).
  const before = s.slice(from, Math.max(from, ctx.clauseStart));
  const word = lastMatch(RUN_OPENER_ALL, before);
  if (word < 0) return undefined;
  const opened = from + word;
  // (完成三年目标任务的61.4%；今年上半年新增…: the goal progress is made toward opens no run of goals.)
  if (/(?:完成|达成|实现)[^，,；;。]{0,24}$/.test(s.slice(Math.max(from, opened - 26), opened))) return undefined;
  // (郑州市提出，2025—2027年三年累计新增…: a plan's verb before its comma opens the run too.)
  if (!/[;:]/.test(s.slice(opened, ctx.clauseStart)) && !/^(?:提出|明确|部署)[,:]/.test(s.slice(opened, opened + 3))) return undefined;
  STATEMENT.lastIndex = 0;
  if (STATEMENT.test(s.slice(opened, pos)) || STATEMENT_AFTER.test(s.slice(opened, pos))) return undefined;
  // (负责人明确，截至9月末…比年初增加…: a plan's verb before what was is no plan.)
  if (/^(?:提出|明确|部署)/.test(s.slice(opened, opened + 2)) && REPORTED_AFTER_VERB.test(s.slice(opened, pos) + restOf(ctx))) return undefined;
  const refs = doc.within(doc.times.refs, opened, pos, (r) => [r.start, r.end]);
  let last: TimeRef | null = null;
  for (const r of refs) {
    // (力争…突破1500亿元（2024年末为986.3亿元）；…获贷率达到55%: a time whose force ended before the figure — a level in
    // brackets — is no year of the run.)
    if (r.until !== undefined && r.until <= pos) continue;
    if (r.role === 'base' || r.role === 'dateline') return undefined;
    // (2025—2027年…其中2025年…、2026年…: the plan's years, each from its own start.)
    if (last && compareDates(r.period?.from ?? r.date, last.period?.from ?? last.date) < 0) return undefined;
    last = r;
  }
  return last;
}
// Words that open a run of goals: a goal's words, a plan that sets them out (提出, 明确).
const RUN_OPENER_ALL = new RegExp(`${TARGET.source}|提出|明确|部署`, 'gi');

/** A goal's deadline: the last deadline of its paragraph up to its sentence's end, else the plan's horizon. */
function deadlineFor(doc: Doc, ctx: FigureContext, plan: GoalPlan): { date: string; from?: string } | null {
  const pos = ctx.m.span[0];
  const { sentence } = ctx;
  const before = doc.times.deadlineBefore(ctx.paragraphStart, pos);
  const after = doc.times.deadlineAfter(pos, sentence.end);
  // 力争2025年新增40亿元；2026年新增50亿元: a goal in a run is due at the year it is under.
  const run = goalRun(doc, ctx);
  // (2025年上半年新增25亿元；全年余额达到200亿元: the year's goal is due at the end of that year.)
  const wholeYear = run !== null && run !== undefined && /全年|年末|年底/.test(ctx.clauseBefore) ? yearPart(run.period?.to ?? run.date) : undefined;
  if (wholeYear) return { date: `${wholeYear}-12-31`, from: `${wholeYear}-01-01` };
  if (run?.period) return { date: run.period.to, from: run.period.from };
  const d = before ?? after;
  const block = blockAt(plan, pos);
  const inBlock = block ? doc.times.deadlineBefore(block.start, pos) : undefined;
  const listed = block?.deadline ?? inBlock;
  // A deadline already past ("By the end of 2024, … should reach"): the date after by/到 in the sentence.
  const past = doc.times.asOfBefore(sentence.start, pos);
  const pastDeadline = past && /(by|到)\s*(the\s*)?(end of\s*)?$/i.test(doc.s.slice(Math.max(0, past.start - 16), past.start)) ? past : undefined;
  // 2024年，力争…; 2027年末目标是：…: the date before the goal's words, when it opens the goal's sentence.
  const opening = past && (GOAL_SETTING.test(doc.s.slice(past.end, pos)) || MODAL_ZH.test(doc.s.slice(past.end, pos)) || /^[^,，。;；]{0,12}目标(?:是|为)?[:：]/.test(doc.s.slice(past.end, pos))) ? past : undefined;
  // 已达全年目标4,600亿元的105%, （年度计划新增200亿元）, "72 percent of the annual target of 250 billion yuan": the goal of the year in force.
  if (YEAR_GOAL.test(ctx.cue)) {
    const year = yearGoalDeadline(doc, ctx);
    if (year) return year;
  }
  // 年初提出2024年新增…: the year right after a plan's word.
  const planned = past && PLAN_CLAUSE.test(doc.s.slice(Math.max(sentence.start, past.start - 4), pos)) && /(?:计划|提出)\s*$/.test(doc.s.slice(Math.max(sentence.start, past.start - 4), past.start)) ? past : undefined;
  // 《方案》要求，2024年末…达到500亿元: the date after a plan's verb and its comma.
  const afterPlanVerb = past && planOpened(doc.s.slice(Math.max(sentence.start, past.start - PLAN_REACH), past.start)) ? past : undefined;
  // (年初，…年度新增目标为600亿元: the time a goal was set at the start of a year is no deadline; the year it opens is.)
  const setAt = opening ?? planned;
  if (!run && !d && !listed && !pastDeadline && setAt && yearOpenedBy(setAt)) return yearOpenedBy(setAt) as { date: string; from: string };
  const chosen = run ?? d ?? listed ?? pastDeadline ?? opening ?? planned ?? afterPlanVerb;
  if (chosen) {
    // (力争2025年上半年新增25亿元，全年余额达到200亿元: the year's goal is due at the end of that year.)
    const year = yearPart(chosen.date);
    const date = year && /全年|年末|年底/.test(ctx.clauseBefore) && !chosen.date.endsWith('-12-31') ? `${year}-12-31` : chosen.date;
    // A flow due then runs over the deadline's year (全年新增), or over N years (三年新增).
    const years =
      /(?<![\d—–-])([一二两三四五六七八九十\d]{1,2})年(?:内|间|累计)?\s*(?:新增|增加|累计)/.exec(doc.s.slice(Math.max(sentence.start, pos - 24), pos))?.[1] ??
      /^[^.;,]{0,40}?\bover (?:the next )?(two|three|four|five|\d) years\b/i.exec(doc.s.slice(pos, Math.min(sentence.end, pos + 64)))?.[1];
    // (2025—2027年累计新增750亿元: the years the deadline's own words span.)
    const printed = 'period' in chosen ? chosen.period : undefined;
    if (!years && printed && printed.to === date && yearStartOf(printed.from) !== yearStartOf(printed.to)) return { date, from: printed.from };
    const span = years ? yearsOf(years) : 1;
    const relative = isRelativeDate(date);
    const base = relative ? toPivot(date) : date;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(base)) return { date };
    const from = formatDate(startOfYear(subYears(toDate(base), (span ?? 1) - 1)));
    return { date, from: relative ? fromPivot(from) : from };
  }
  // 全年目标, 全年增长12%以上…的目标: the end of the year of the figures around it.
  if (YEAR_GOAL.test(ctx.clauseBefore) || (/全年|年度|今年|本年/.test(ctx.sentenceBefore) && (GOAL_AFTER.test(ctx.afterInClause) || GOAL_SETTING.test(ctx.sentenceBefore)))) {
    const year = yearGoalDeadline(doc, ctx);
    if (year) return year;
  }
  return plan.horizon;
}

// The end of the year of the figures around a goal, and its start.
function yearGoalDeadline(doc: Doc, ctx: FigureContext): { date: string; from: string } | null {
  // (全年计划新增180亿元，年末余额达到2080亿元: the year-end its sentence sets as a deadline is the year's end.)
  const yearEnd = [doc.times.deadlineBefore(ctx.sentence.start, ctx.m.span[0]), doc.times.deadlineAfter(ctx.m.span[1], ctx.sentence.end)].find((d) => d !== undefined && /^年[末底]$/.test(d.text) && d.date.endsWith('-12-31'));
  if (yearEnd) return { date: yearEnd.date, from: yearStartOf(yearEnd.date) };
  const now = doc.times.at(ctx.m.span[0], ctx.paragraphStart, ctx.paragraphEnd);
  if (now.from === 'none') return null;
  // (A plan of February 2025: 全年计划新增180亿元。2024年末，…余额1900亿元 — a year's plan in a sentence that states no
  // date is of the year the document came out in, not of the year-end before it, which the text states as its base.)
  const published = doc.options.documentDate;
  const ownDate = doc.times.asOfBefore(ctx.sentence.start, ctx.m.span[0]) ?? [doc.times.asOf[lowerBound(doc.times.asOf, ctx.m.span[1], (r) => r.start)]].find((r) => r !== undefined && r.start < ctx.sentence.end);
  if (published !== undefined && !ownDate && now.date === `${Number(published.slice(0, 4)) - 1}-12-31`) return { date: `${published.slice(0, 4)}-12-31`, from: `${published.slice(0, 4)}-01-01` };
  const opened = yearOpenedBy(doc.times.asOfBefore(ctx.sentence.start, ctx.m.span[0]));
  if (opened && baseDateOfYear(opened.from) === now.date) return opened;
  // (上年末，…余额…。今年计划新增180亿元, 全年目标为…: the year after the last year-end a sentence before named.)
  const last = doc.times.asOfBefore(ctx.paragraphStart, ctx.m.span[0]);
  if (last && last.start < ctx.sentence.start && LAST_YEAR_WORD.test(last.text) && last.date === now.date) return yearOpenedBy({ ...last, text: '年初' }) ?? null;
  const year = yearPart(now.date);
  return year ? { date: `${year}-12-31`, from: `${year}-01-01` } : null;
}

// 上年末, 去年底, 上年: last year's end, named by its distance back from now.
const LAST_YEAR_WORD = /^(?:上年|去年|上一年)(?:末|底|年末|年底)?$/;

// 年初, 年初确定的, "at the start of the year": a time that opens a year, whose date is the end of the year before.
const YEAR_START = /年初|(?:start|beginning) of (?:the |this )?year/i;

/** The year a start-of-year time (年初, dated the end of the year before) opens: its last day and first. */
function yearOpenedBy(ref: TimeRef | undefined): { date: string; from: string } | undefined {
  if (!ref || ref.period || !YEAR_START.test(ref.text) || !ref.date.endsWith('-12-31')) return undefined;
  const day = toDate(toPivot(ref.date));
  const next = (d: Date): string => (isRelativeDate(ref.date) ? fromPivot(formatDate(d)) : formatDate(d));
  return { date: next(endOfYear(addYears(day, 1))), from: next(startOfYear(addYears(day, 1))) };
}

// The day before a year's first: where a start-of-year time is dated.
function baseDateOfYear(from: string): string {
  return isRelativeDate(from) ? fromPivot(formatDate(subYears(endOfYear(toDate(toPivot(from))), 1))) : formatDate(subYears(endOfYear(toDate(from)), 1));
}

// 2027年末目标是：全市科技贷款余额力争…: the goal's subject starts after the colon that introduces it.
function afterGoalColon(doc: Doc, from: number, pos: number): number {
  const stretch = doc.s.slice(from, pos);
  const colon = Math.max(stretch.lastIndexOf('：'), stretch.lastIndexOf(':'));
  return colon >= 0 && /目标|任务/.test(stretch.slice(0, colon)) && /[\u4e00-\u9fff]{2}/.test(stretch.slice(colon + 1)) ? from + colon + 1 : from;
}

/**
 * Reads a goal into a target (or a fact, or an unread figure with why); `listed`: the item of a
 * 分别 list the goal is of, and the list's words before its first figure.
 */
export function readGoal(doc: Doc, out: Output, ctx: FigureContext, frame: Frame, plan: GoalPlan, listed?: { readonly subject: Subject; readonly cue: string }): void {
  const { m, figure } = ctx;
  const cue = listed?.cue ?? ctx.cue;
  const dimension = figure.unit.dimension;
  const stretch = afterGoalColon(doc, subjectStretchStart(doc, ctx, frame.previousEnd), m.span[0]);
  const own = listed ? listed.subject : subjectIn(doc, stretch, m.span[0]) ?? subjectOfClauseBefore(doc, ctx, stretch);
  // The subject of a goal may follow its figure closely (推动5亿元枣庄财汇产业投资基金设立), or
  // in English after it ("add 600 billion yuan of new green loans").
  const afterName = dimension === 'money' && !listed ? goalNameAfter(doc, ctx) : undefined;
  const counted = dimension === 'count' || dimension === 'number';
  const following = counted && !listed ? countedAfter(doc, ctx) : undefined;
  // A count is a goal of what its own clause names (首贷户数量不低于50000户 is not 普惠小微贷款户数).
  const inClause = counted && own && own.start < ctx.clauseStart && !listed ? undefined : own;
  const subject: Subject | undefined = afterName?.subject ?? inClause ?? following ?? (counted ? undefined : frame.subject);
  // 带动年减排二氧化碳100万吨 after a goal for green loans is not a goal for green loans.
  const known = subject !== undefined && fits(subject.indicator, figure, cue);
  if (!known && !GOAL_VERB.test(cue)) {
    if (!keepAsFact(doc, out, ctx, frame, false)) out.unread(m, 'goal-without-subject', 'a goal or target whose subject is not named');
    return;
  }
  // 由400亿元增加到800亿元: where the goal starts from, not the goal (its subject holds for the goal after it).
  if (/由\s*$/.test(cue)) {
    out.unread(m, 'goal-start', 'where a goal starts from (由…), not the goal');
    if (own) {
      frame.subject = own;
      frame.stale = false;
    }
    return;
  }
  const deadline = deadlineFor(doc, ctx, plan);
  if (!deadline) {
    out.unread(m, 'goal-without-deadline', 'a goal or target with no deadline the text states');
    return;
  }
  const mc: MeasureContext = {
    cue,
    clauseBefore: ctx.clauseBefore,
    sentenceBefore: ctx.sentenceBefore,
    after: ctx.after,
    lastMeasure: frame.lastMeasure,
    adjacent: false,
    period: undefined,
  };
  const read = known && subject ? goalMeasure(figure, subject.indicator, afterName?.close === true, mc) : null;
  // 到2027年，…在2024年末基础上增长50%以上: a growth over a base further back than a year before the deadline, which
  // no basis of a goal spans — unread rather than taken as the deadline's year-on-year growth.
  if (read && read.measure === 'growth' && overBaseYearsBack(doc, ctx, deadline.date)) {
    out.unread(m, 'change-over-span', "a goal's growth over a base more than a year before its deadline, which no basis spans");
    return;
  }
  const clauseSpan = doc.original([ctx.clauseStart, ctx.clauseEnd]);
  const clauseText = doc.input.slice(clauseSpan[0], clauseSpan[1]).replace(/\s+/g, ' ').trim();
  const flow = read?.basis === 'period';
  // 2025—2027年年均增长15%以上, 年均增长10%以上（2024年末为6912亿元）: the years an average runs over.
  const from = read?.measure === 'average-growth' ? averageFrom(doc, ctx, deadline.date) : flow ? deadline.from : undefined;
  const target: TargetClaim = {
    id: '',
    holder: figureHolder(doc, ctx),
    ...(known && subject ? { indicator: subject.indicator } : {}),
    ...(read ? { measure: read.measure } : {}),
    ...(read?.basis ? { basis: read.basis } : {}),
    about: clauseText.length > 80 ? `${clauseText.slice(0, 79)}…` : clauseText,
    figure: doc.inOriginalScript(figure, m),
    deadline: deadline.date,
    ...(from ? { period: { from, to: deadline.date } } : {}),
    source: out.source(m, ctx.cue),
  };
  out.targets.push(target);
  if (read) frame.lastMeasure = read.measure;
  if (known && subject && !listed) {
    frame.subject = subject;
    frame.stale = false;
  }
}

// Whether the figure's clause names a base (在2024年末基础上, 比2024年末) other than the year-end a year before `deadline`.
function overBaseYearsBack(doc: Doc, ctx: FigureContext, deadline: string): boolean {
  const year = yearPart(deadline);
  if (!year || !deadline.endsWith('-12-31')) return false;
  const yearBefore = `${Number(year) - 1}-12-31`;
  return doc.within(doc.times.refs, ctx.clauseStart, ctx.m.span[0], (r) => [r.start, r.end]).some((r) => r.role === 'base' && /^\d{4}-/.test(r.date) && r.date < yearBefore);
}

// 推动5亿元枣庄财汇产业投资基金设立: a name right after a money goal; "600 billion yuan of new green loans".
function goalNameAfter(doc: Doc, ctx: FigureContext): { subject: Subject; close: boolean } | undefined {
  const rest = ctx.afterInClause;
  const zh = /^([\u4e00-\u9fa5]{2,16}?(?:基金|公司|平台|贷款|信贷|资金))/.exec(rest);
  if (zh) {
    const subject = subjectIn(doc, ctx.m.span[1], ctx.m.span[1] + (zh[1] as string).length);
    if (subject) return { subject, close: true };
  }
  const en = /^\s+(?:yuan\s+)?(?:of|in)\s+(?:new\s+)?((?:[a-z-]+\s+){0,3}(?:loans|lending|credit|financing))\b/i.exec(rest);
  if (en) {
    const start = ctx.m.span[1] + (en[0].length - (en[1] as string).length);
    const subject = subjectIn(doc, start, start + (en[1] as string).length);
    if (subject) return { subject, close: false };
  }
  return undefined;
}

// Whether a figure can be about an indicator: an amount or a rate of a loan, a count of a
// count (户 of a loan only where it counts borrowers), a percent of a ratio.
export function fits(indicator: string, figure: { unit: { dimension: string; symbol: string } }, cue: string): boolean {
  // (新培育科技型中小企业800家: an open subject that names firms is counted, not an amount of loans.)
  const kind = indicatorUnitKind(indicator) ?? (COUNTED_NOUN.test(indicator) ? 'count' : 'money');
  const d = figure.unit.dimension;
  if (d === 'percent' || d === 'percentage-points') return true;
  if (kind === 'money') return d === 'money' || (figure.unit.symbol.endsWith('户') && /户数|贷款户|客户数|borrowers/i.test(cue));
  if (kind === 'count' || kind === 'number') return d === 'count' || d === 'number';
  return d === 'number';
}

// Open subjects that name firms, which a goal counts (家), never an amount of loans.
const COUNTED_NOUN = /^subject:[^贷款信融]*(?:企业|经营主体)$/;

// The horizon of a plan the text is (三年倍增行动 of a 2021 document: the end of 2023): the
// plan's year is the document's date, else the year of its document number (〔2021〕1号).
function planHorizon(s: string, mentions: readonly Mention[], documentDate: string | undefined): { date: string; from: string } | null {
  const year = documentDate?.slice(0, 4) ?? /(?:19|20)\d{2}/.exec(mentions.find((m) => m.kind === 'document-number')?.text ?? '')?.[0];
  const at = mentions.findIndex((m) => m.kind === 'period' && /年$/.test(m.text) && PLAN_AFTER_LENGTH.test(s.slice(m.span[1], m.span[1] + 4)));
  const length = mentions[at];
  if (!length) return null;
  // 三年倍增行动方案（2023—2025年）: the plan's own years.
  const range = mentions[at + 1];
  if (range && range.kind === 'period' && range.asOf && 'period' in range.asOf && range.span[0] - length.span[1] <= 12 && range.asOf.period.from.slice(0, 4) !== range.asOf.period.to.slice(0, 4)) {
    return { date: range.asOf.period.to, from: range.asOf.period.from };
  }
  if (!year) return null;
  const years = yearsOf(length.text.replace(/年$/, ''));
  if (years === null) return null;
  return { date: formatDate(endOfYear(addYears(toDate(`${year}-01-01`), years - 1))), from: `${year}-01-01` };
}

/** A count of years written in figures or words (三, 7), from 1 to 10; else null. */
export function yearsOf(text: string): number | null {
  let years: number;
  try {
    years = parseFigure(text).value.toNumber();
  } catch {
    return null;
  }
  return Number.isInteger(years) && years >= 1 && years <= 10 ? years : null;
}

// Whether a position lies in brackets that open in `before` and close in `after`.
function insideClosedBrackets(before: string, after: string): boolean {
  const opened = Math.max(before.lastIndexOf('('), before.lastIndexOf('（')) > Math.max(before.lastIndexOf(')'), before.lastIndexOf('）'));
  const close = Math.min(...[after.indexOf(')'), after.indexOf('）')].filter((i) => i >= 0), Infinity);
  const reopen = Math.min(...[after.indexOf('('), after.indexOf('（')].filter((i) => i >= 0), Infinity);
  return opened && close < Infinity && close < reopen;
}

// The first day of the years an average growth runs over, up to its deadline: the plan's years
// before it in its clause (2025—2027年年均增长), else the year after a year-end base right after it
// (年均增长10%以上（2024年末为6912亿元）).
const BASE_YEAR_END = /^\s*[（(]\s*(\d{4})\s*年\s*(?:末|底)/;
function averageFrom(doc: Doc, ctx: FigureContext, deadline: string): string | undefined {
  const years = doc.within(doc.times.refs, ctx.clauseStart, ctx.m.span[0], (r) => [r.start, r.end]).filter((r) => r.period && yearStartOf(r.period.from) !== yearStartOf(r.period.to));
  const plan = years[years.length - 1]?.period;
  if (plan) return plan.to === deadline ? plan.from : undefined;
  const year = BASE_YEAR_END.exec(doc.s.slice(ctx.m.span[1], ctx.m.span[1] + 16))?.[1];
  if (!year || !deadline.endsWith('-12-31') || deadline.slice(0, 4) <= year) return undefined;
  return formatDate(addYears(toDate(`${year}-01-01`), 1));
}
