import type { Claim } from '../../check/claim.js';
import type { Basis } from '../../domain/observation.js';
import type { Doc, Output } from '../document.js';
import { type FigureContext, type Frame, rememberSubject } from '../frame/frame.js';
import { type MeasureRead, basisOf, basisOfPeriod, changeBasisOf, measureOf } from '../frame/measure.js';
import { basisBetween } from '../../period/basisBetween.js';
import { compareDates, flowSpanStart } from '../../period/relative.js';
import { BREAKDOWN_HEAD_ALL, readBenchmark, readWhole, subjectIn, wholeOf } from '../frame/subject.js';
import { readSubjectEn } from '../lexicon/subjects.js';
import { lowerBound, yearPrintedBefore } from '../frame/time.js';
import type { Subject } from '../lexicon/subjects.js';
import { type ListItems, banksJoinedBefore, joined, listItems, sameKindUpTo, splitCoordination, splitsSizes } from './lists.js';
import { subjectOf } from '../lexicon/subjects.js';
import { areaWordHolder, figureHolder, wholeHolderOf } from '../frame/holder.js';
import { OVER_SPAN, makeClaim } from './statements.js';

interface OpenList {
  readonly at: number;
  readonly items: ListItems;
  readonly cue: string;
  /** Where that cue starts: the earlier time it opens with (上年同期分别为) dates every item. */
  readonly cueStart?: number;
  index: number;
  /** The claims read from its figures, in order. */
  readonly claims: Claim[];
  /** The subject of its joint total (两项合计), once read. */
  joint?: Subject;
  /** Of a list of places or banks: who holds that joint total (places:340100+340200), once read. */
  jointHolder?: string;
  /** Whether its first figure was a goal: the figures after it are goals too (目标分别为600亿元、800亿元). */
  goals?: boolean;
  /** The subject its sentence named before a list of dates, when none is in force. */
  readonly named?: Subject;
  /** Of an English list: its sentence before its first figure. */
  readonly sentenceBefore?: string;
  /** The claims of the list before it in the sentence whose items it zips again (分别增加…，分别占…). */
  readonly earlier?: readonly Claim[];
  /** Its items are what its figures are compared with: none of its figures is read. */
  readonly benchmarks?: boolean;
  /** How many figures follow its mark in its clause. */
  readonly count?: number;
  /** The kind of figure an English list zips (its rates, not the amounts around them). */
  readonly dimension?: string;
}

const open = new WeakMap<Frame, OpenList>();
const COMPARED_WITH = /(?:\bthan\s+(?:that|those)\s+of|\b(?:exceeded|outpaced|outstripped|beat|topped)\s+(?:that|those)\s+of|\bthan|[比较]|高于|低于|快于|慢于)\s*$/i;

/**
 * Reads a figure of a 分别 list: the i-th figure goes with the i-th item — a subject, a holder
 * (济南、青岛两市) or a basis (较年初和去年同期). A second 分别 in the sentence (余额分别为…，
 * 较年初分别增长…) zips with the same items. Returns false when the figure is not the list's
 * (a new subject named since 分别), so that it is read on its own.
 */
// A ranking's or a count's members: 前三大银行, 前五名, 三家银行.
const RANKED_SET = /前[二三四五六七八九十两\d]{1,2}(?:大|名|位|强)|[二三四五六七八九十两\d]{1,2}家/;

const SHARE_WHOLE_AFTER_MARK = /^分别占[^，,；;。\d]{1,24}的\s?$/;

export function readListFigure(doc: Doc, out: Output, ctx: FigureContext, frame: Frame, mark: number, goal: { readonly isGoal: boolean; readonly read: (subject: Subject, cue: string) => void }): boolean {
  const { m } = ctx;
  // A subject named after 分别 and before the figure ends the list (…分别达到40%、50%和92%，制造业贷款三年平均增速63%).
  // (…，分别占济南市绿色贷款的10.91%、6.98%: the whole of the shares, named after the mark, is no subject of their own.)
  const since = SHARE_WHOLE_AFTER_MARK.test(doc.s.slice(mark, m.span[0])) ? undefined : subjectIn(doc, Math.max(mark + 2, ctx.clauseStart), m.span[0]);
  let list = open.get(frame);
  if (!list || list.at !== mark) {
    const count = figuresAfter(doc, mark, ctx);
    // (甲县、乙县、丙县分别新增贷款8.62亿元、…: the subject named right after the mark is every place's, or period's.)
    const afterMark = since ? listItems(doc, ctx, mark, count, frame.previousEnd) : undefined;
    if (since && !(afterMark && (afterMark.kind === 'holders' || afterMark.kind === 'periods') && !afterMark.subject && ctx.clauseStart <= mark && count >= 2)) return false;
    // The subject in force, or the one its sentence named before the mark (…清洁能源产业贷款规模最大，余额分别为).
    const joint = frame.subject ?? subjectIn(doc, Math.max(ctx.sentence.start, ctx.windowStart), mark);
    // (…分别增长19.4%和17.1%；按地区划分，东部、西部地区分别增长…: a new breakdown's heading since the list before names
    // other items — never that list's again.)
    const listedSince = list ? Math.max(list.at, ctx.sentence.start) : mark;
    const heading = list ? [...doc.s.slice(listedSince, mark).matchAll(BREAKDOWN_HEAD_ALL)].pop() : undefined;
    const afterHeading = heading ? partsAfterHeadingZh(doc.s.slice(listedSince + heading.index + heading[0].length, mark), count, joint) : undefined;
    const items = countedKindsBefore(doc, out, ctx, mark, count) ?? (afterMark && since ? { ...afterMark, subject: since } : undefined) ?? afterHeading ?? listItems(doc, ctx, mark, count, frame.previousEnd) ?? (list && !heading ? list.items : undefined) ?? gapBases(doc, out, ctx, joint, mark, count) ?? (heading ? undefined : subjectsBefore(frame, count)) ?? (heading ? undefined : itemsOf(joint, count)) ?? sharesBefore(out, ctx, frame, mark, count);
    // (依序為A銀行、B銀行、C，分別增加…: banks named together that the list does not pair with its figures — one
    // of them unknown — hold none of them; the nearest is not every figure's holder.)
    if (items?.kind !== 'holders' && count >= 2 && banksJoinedBefore(doc, ctx, mark) >= 2) {
      out.unread(m, 'list-mismatch', 'a 分别 list after banks named together that it does not pair with its figures');
      return true;
    }
    if (!items) {
      // (两项贷款年末余额分别达到150亿元、200亿元: goals of items it does not name are no goals of the subject in force.)
      if (goal.isGoal && count >= 2) {
        out.unread(m, 'list-of-goals', 'a list of goals whose items are not named');
        return true;
      }
      // (前三大银行…余额分别为…: the figures of a ranking whose members it does not name are none of them the subject's.)
      if (count >= 2 && RANKED_SET.test(doc.s.slice(Math.max(ctx.sentence.start, mark - 60), mark))) {
        out.unread(m, 'list-mismatch', 'a 分别 list of members of a ranking it does not name');
        return true;
      }
      // (其中寿光、青州分别为312.6亿元和65.2亿元: names joined right before 分别 that it does not know — places, banks —
      // are what its figures are of; none of them is the subject in force.)
      if (count >= 2 && NAMES_JOINED_BEFORE.test(doc.s.slice(Math.max(ctx.sentence.start, mark - 40), mark))) {
        out.unread(m, 'list-mismatch', 'a 分别 list of names it does not know (places, banks), none of them the subject in force');
        return true;
      }
      // 基础设施绿色升级和清洁能源产业贷款…余额分别为5.8和3.2万亿元, unsplit: the joint phrase is neither item's subject.
      if (count < 2 || !joint || !COORDINATED.test(joint.part ?? joint.words)) return false;
      out.unread(m, 'list-mismatch', 'a 分别 list whose items the subject in force does not split into');
      return true;
    }
    // ("…exceeded that of loans to large and medium-sized enterprises by 6.8 and 9.9 percentage points, respectively",
    // 分别比大型和中型企业贷款高: the items are what the figures are compared with — benchmarks, none of them subjects.)
    const firstItem = items.kind === 'subjects' ? (items.phrase ?? items.items[0]) : undefined;
    if (firstItem && COMPARED_WITH.test(doc.s.slice(Math.max(0, firstItem.start - 30), firstItem.start))) {
      open.set(frame, { at: mark, items, cue: ctx.cue, cueStart: ctx.cueStart, index: 0, claims: [], count, benchmarks: true });
      out.unread(m, 'list-mismatch', 'a list of what its figures are compared with (benchmarks), which the extractor does not pair');
      return true;
    }
    const again = list && items && sameItems(items, list.items) ? { earlier: list.claims } : {};
    const named = items?.kind === 'dates' && !frame.subject ? subjectIn(doc, Math.max(ctx.sentence.start, ctx.windowStart), mark) : undefined;
    list = { at: mark, items, cue: ctx.cue, cueStart: ctx.cueStart, index: 0, claims: [], count, goals: goal.isGoal, ...again, ...(named ? { named } : {}) };
    open.set(frame, list);
  } else if (since && list.index > 0 && !/^[、和及与,\s]*$/.test(ctx.cue)) return false;
  if (list.benchmarks === true) {
    out.unread(m, 'list-mismatch', 'a list of what its figures are compared with (benchmarks), which the extractor does not pair');
    return true;
  }
  if (goal.isGoal || list.goals === true) {
    // 科技贷款、绿色贷款的年度新增目标分别为600亿元、800亿元: the i-th goal is the i-th subject's.
    const item = list.items.kind === 'subjects' ? list.items.items[list.index] : undefined;
    list.index++;
    if (item) goal.read(item, list.cue);
    else out.unread(m, 'list-of-goals', 'a list of goals whose items are not subjects, which the extractor does not read');
    return true;
  }
  if (list.items.kind === 'wholes') return readWholesFigure(doc, out, ctx, frame, list, list.items);
  const n = list.items.items.length;
  const index = list.index;
  list.index++;
  if (index >= n) {
    // (三项合计增加…, 两行合计…: the count names the items together; it is no figure of the list.)
    if (ctx.figure.unit.dimension !== 'money' && ctx.figure.unit.dimension !== 'percent' && /^(?:两|二|三|四|五|六|七|八|九|十|\d{1,2})$/.test(ctx.figure.text.replace(/[项类者县市区行家个地]$/, '')) && /^\s*(?:合计|共计|合共|加总)/.test(doc.s.slice(m.span[1], m.span[1] + 4))) {
      list.index--;
      out.unread(m, 'name', 'a count that names the items of a list together (三项合计)');
      return true;
    }
    if (readJoint(doc, out, ctx, list)) {
      // (…，三季度合计增加45.66亿元，同比多增7.42亿元: what follows is of the total's flow, over its span.)
      const total = out.claims.at(-1);
      if (total?.measure === 'increment' && total.basis && list.items.kind === 'periods') {
        frame.lastMeasure = 'increment';
        frame.lastIncrementBasis = total.basis;
        if (list.items.subject ?? frame.subject ?? list.named) frame.subject = list.items.subject ?? frame.subject ?? list.named;
      }
      return true;
    }
    // (…，前三季度累计增加192.4亿元，完成全年目标的80.2%; …合计增加142.2亿元；上半年增加386.5亿元: past the list's total, the
    // sentence goes on of the subject in force.)
    if (list.joint && (list.items.kind === 'periods' || list.items.kind === 'dates')) {
      const carried = list.items.subject ?? frame.subject ?? list.named;
      if (carried) {
        frame.subject = carried;
        frame.stale = false;
      }
      return false;
    }
    out.unread(m, 'list-mismatch', `a list of more figures than the ${n} it names before 分别`);
    return true;
  }
  const items = list.items;
  // (普惠小微贷款增速保持平稳，一季度末、二季度末和三季度末同比增速分别为…: the subject its sentence named before the dates.)
  const subject: Subject | undefined = items.kind === 'subjects' ? items.items[index] : items.kind === 'holders' || items.kind === 'dates' || items.kind === 'periods' || items.kind === 'bases' ? items.subject ?? frame.subject ?? list.named : frame.subject;
  if (!subject) {
    out.unread(m, 'no-subject', 'a list figure whose subject is not named');
    return true;
  }
  const measure = measureOf(ctx.figure, {
    cue: list.cue,
    clauseBefore: list.cue,
    sentenceBefore: ctx.sentenceBefore,
    // Only what names the rate after the list's figures (…的同比增速), not the next clause.
    after: ctx.afterInClause,
    lastMeasure: frame.lastMeasure,
    adjacent: false,
    period: items.kind === 'periods' ? items.items[index] : doc.times.periodIn(Math.max(ctx.sentence.start, mark - 24), mark)?.period,
    // (…人民币贷款增加14.76万亿元。其中，A和B分别增加…: the flows of the period the sentence before is of.)
    lastIncrementBasis: frame.lastIncrementBasis,
  });
  if (!measure) {
    out.unread(m, 'no-measure', 'a list figure whose measure is not recognised');
    return true;
  }
  if (items.kind === 'bases' && (measure.measure === 'growth' || measure.measure === 'increment' || measure.measure === 'gap' || measure.measure === 'rate-change')) measure.basis = items.items[index];
  // (一季度、二季度…分别增加: each flow over its own period; what else the periods go with is not said.)
  const period = items.kind === 'periods' ? items.items[index] : undefined;
  // (2024年，…其中一季度、二季度…分别增加: periods of the year the sentence printed, not of the document's.)
  const printed = period ? yearPrintedBefore(doc.times.refs, ctx.sentence.start, mark) : undefined;
  if (period && printed && !period.to.startsWith(printed)) {
    out.unread(m, 'no-date', 'a list of periods named without their year after another year its sentence printed');
    return true;
  }
  // (…分别发放…: what was lent over each period is over that period, whatever basis names it.)
  if (period && measure.measure !== 'new-lending') {
    const basis = measure.measure === 'increment' ? basisOfPeriod(period) : undefined;
    if (!basis) {
      out.unread(m, 'list-mismatch', 'a 分别 list of periods whose figures are not flows over them');
      return true;
    }
    measure.basis = basis;
  }
  // (8月末和上年末，…增速分别为17.9%和16.2%, a new sentence: the basis the subject's rate was stated in before.)
  // (较上年末分别增加…，增速分别为…: each item's rate is over its flow's basis.)
  const flowBefore = list.earlier?.[index];
  if ((measure.measure === 'growth' || measure.measure === 'borrowers-growth') && !measure.basis && flowBefore?.measure === 'increment' && flowBefore.basis && flowBefore.indicator === subject.indicator && /^[\s，,]*(?:同比|较上年末|比上年末|较年初|比年初)?(?:增速|增幅|增长率?)(?:分别)?(?:为|是|达)?/.test(list.cue)) measure.basis = flowBefore.basis;
  if ((measure.measure === 'growth' || measure.measure === 'borrowers-growth') && !measure.basis) measure.basis = frame.lastGrowthBasis ?? (items.kind === 'dates' ? statedBasis(out.claims, subject.indicator, undefined) : undefined);
  if (measure.measure === 'growth') frame.lastGrowthBasis = measure.basis;
  const extra: Record<string, unknown> = items.kind === 'dates' ? { date: items.items[index] } : period ? { date: period.to, period } : {};
  const holder = items.kind === 'holders' ? (items.items[index] as string) : figureHolder(doc, ctx);
  // (增速分别比上月末和上年同期低0.2个和1.5个百分点: the changes of the growth rate in force, each since its own base.)
  if (measure.measure === 'rate-change' && items.kind === 'bases' && frame.lastGrowthBasis) extra['rateBasis'] = frame.lastGrowthBasis;
  // (科技贷款增加286.4亿元，绿色贷款增加312.8亿元…，分别同比多增32.6亿元、41.2亿元…: each item's difference is of its own
  // flow stated before, over that flow's span.)
  if (measure.measure === 'flow-difference' && !measure.basis) measure.basis = [...out.claims].reverse().find((c) => c.measure === 'increment' && c.indicator === subject.indicator && c.part === subject.part && c.holder === holder && c.basis)?.basis ?? frame.lastIncrementBasis;
  if (measure.measure === 'gap') readListGap(doc, out, ctx, frame, list.cue, { subject, holder, measure, extra });
  if (measure.measure === 'share') {
    const whole = listWhole(doc, list, ctx, index, subject, holder);
    if (!whole) {
      out.unread(m, 'share-without-whole', 'a list of shares, whose wholes the extractor does not pair');
      return true;
    }
    Object.assign(extra, whole);
  }
  const timed = list.cueStart !== undefined && index > 0 ? { ...ctx, cue: list.cue, cueStart: list.cueStart } : ctx;
  const claim = { ...makeClaim(doc, out, timed, { subject, measure, holder, extra: extra as Partial<Claim> }), source: out.source(m, ctx.cue), id: `list-${m.span[0]}` };
  out.claims.push(claim);
  list.claims.push(claim);
  rememberSubject(frame, subject);
  if (list.index === n) frame.lastMeasure = measure.measure;
  // (…分别增加286.4亿元和412.8亿元。上年同期，全省科技贷款增加253.8亿元: a bare flow after the list's is over its span.)
  if (measure.measure === 'increment' && measure.basis && items.kind !== 'periods') frame.lastIncrementBasis = measure.basis;
  return true;
}

/**
 * The whole of the i-th share of a list, when the list's words name it (分别占同期人民币贷款增量的21.4%和41.5%):
 * a stock's, or a flow's after a list of the items' flows over one span (分别增加3.15万亿元和6.13万亿元). None for
 * a whole of another area (分别占全省的…), or a flow's whole without the items' flows before it.
 */
function listWhole(doc: Doc, list: OpenList, ctx: FigureContext, index: number, subject: Subject, holder: string): Record<string, unknown> | undefined {
  const whole = readWhole({ ...ctx, cue: list.cue });
  if (!whole || whole.own) return undefined;
  // (乙县、丙县…余额分别为…，分别占全市的12.67%、10.72%: each place's share of the area's loans of the same kind.)
  const wholeHolder = wholeHolderOf(whole, doc.holderScope(ctx.m.span[0], ctx.m.span[0]), holder);
  const of = whole.bare ? subject.indicator : whole.of;
  if (of === subject.indicator && wholeHolder === holder) return undefined;
  if ((whole.area || whole.place) && wholeHolder === holder && list.items.kind === 'holders') return undefined;
  const other = wholeHolder !== holder ? { ofHolder: wholeHolder } : {};
  if (!whole.flow) return list.earlier?.every((c) => c.measure === 'balance') === true ? { of, ...other } : undefined;
  const flow = list.earlier?.[index];
  const span = flow?.basis === 'ytd' || flow?.basis === 'qoq' || flow?.basis === 'mom' ? flow.basis : undefined;
  if (!flow || !span || flow.measure !== 'increment' || flow.indicator !== subject.indicator || flow.part !== subject.part) return undefined;
  return { of, flow: true, period: { from: flowSpanStart(flow.date, span), to: flow.date }, date: flow.date, ...other };
}

// Whether two lists name the same items: the same object, or the same places (banks) read again after a second 分别.
function sameItems(a: ListItems, b: ListItems): boolean {
  if (a === b) return true;
  return a.kind === 'holders' && b.kind === 'holders' && a.items.length === b.items.length && a.items.every((h, k) => h === b.items[k]);
}

// 三市合计占全省的55.7%, 两县合计占: the places of a list together, and their share.
// (A市、B市…分别为…，合计占全省的43.1%: after the places' list, a bare 合计 too.)
const PLACES_SHARE = /(?:(?:两|二|三|四|五|六)(?:市|县|区|地)[^,，;；。\d]{0,10}?|^[\s，,]*)合计(?:占比[为达]?|占[^,，;；。\d占]{0,24})$/;
// 两项合计12.01万亿元, 两者合计占绿色贷款的66.8%: the total of a list's items, and its share.
const JOINT_TOTAL = /(?:两项|两者|二者|三项|三者|两类|三类|上述|以上)?(?:合计|加总|共计|合共)(?:为|达)?\s*$/;
const JOINT_SHARE = /(?:(?:两项|两者|二者|三项|三者)(?:合计)?|合计)(?:合)?占[^,，;；。]{1,20}?的?\s*$|^[,，\s]*占[^,，;；。]{1,20}?的?\s*$/;

/**
 * The figure after a 分别 list's last that totals its items: the joint balance (两项合计12.01万亿元),
 * summed from the list's balances, and the joint share after it (占绿色贷款的66.5%). Returns false
 * when the figure is not one.
 */
function readJoint(doc: Doc, out: Output, ctx: FigureContext, list: OpenList): boolean {
  const { items } = list;
  if (readJointFlow(doc, out, ctx, list)) return true;
  // 依序為一銀、台企銀、兆豐銀，餘額分別為…，合計25,347.28億元: the banks together, a part of the area's loans.
  if (items.kind === 'holders' && list.claims.length === items.items.length && ctx.figure.unit.dimension === 'money' && !list.joint && JOINT_TOTAL.test(ctx.cue)) {
    const first = list.claims[0];
    if (!first || !list.claims.every((c) => c.measure === 'balance' && c.indicator === first.indicator && c.date === first.date)) return false;
    // (Held by them together — never a part of one of them, nor of the area the text guesses it is about.)
    const names = items.items.map((h) => h.replace(/^[a-z]+:/, ''));
    const holder = `${items.items.every((h) => h.startsWith('bank:')) ? 'banks' : 'places'}:${names.join('+')}`;
    const subject: Subject = { indicator: first.indicator, words: first.subject ?? first.indicator, ...(first.part ? { part: first.part } : {}), ...(first.scope ? { scope: first.scope } : {}), start: ctx.cueStart, end: ctx.m.span[0] };
    const total = { ...makeClaim(doc, out, ctx, { subject, measure: { measure: 'balance' }, holder, extra: { date: first.date } }), id: `list-${ctx.m.span[0]}` };
    out.claims.push(total);
    out.sums.push({ total: total.id, parts: list.claims.map((c) => c.id), description: `${names.join('和')}: the holders of a list together (合计)` });
    list.joint = subject;
    list.jointHolder = holder;
    return true;
  }
  // (…，两行合计599.0亿元，占全市的39.3%: the share of the holders' total just read, in the area's whole.)
  if (items.kind === 'holders' && list.joint && list.jointHolder && ctx.figure.unit.dimension === 'percent' && /^[\s，,]*占/.test(ctx.cue)) {
    const read = readWhole(ctx);
    const first = list.claims[0];
    if (!read || read.flow || !first || (!read.bare && read.of !== first.indicator)) return false;
    const scope = doc.holderScope(ctx.m.span[0], ctx.m.span[0]);
    const wholeHolder = wholeHolderOf(read, scope, scope.home);
    out.claims.push({ ...makeClaim(doc, out, ctx, { subject: list.joint, measure: { measure: 'share' }, holder: list.jointHolder, extra: { of: first.indicator, ...(wholeHolder !== list.jointHolder ? { ofHolder: wholeHolder } : {}) } }), id: `list-${ctx.m.span[0]}` });
    return true;
  }
  // A、B、C市…余额分别为…，三市合计占全省的55.7%: the places together, their share of the area's whole.
  if (items.kind === 'holders' && list.claims.length === items.items.length && ctx.figure.unit.dimension === 'percent' && !list.joint && PLACES_SHARE.test(ctx.cue)) {
    const first = list.claims[0];
    const read = readWhole(ctx);
    if (!first || !read || read.flow || !list.claims.every((c) => c.measure === 'balance' && c.indicator === first.indicator && c.part === first.part && c.date === first.date)) return false;
    const names = items.items.map((h) => h.replace(/^[a-z]+:/, ''));
    const scope = doc.holderScope(ctx.m.span[0], ctx.m.span[0]);
    const wholeHolder = wholeHolderOf(read, scope, scope.home);
    const holder = `places:${names.join('+')}`;
    const subject: Subject = { indicator: first.indicator, words: `${names.join('和')}${first.subject ?? ''}`, ...(first.part ? { part: first.part } : {}), ...(first.scope ? { scope: first.scope } : {}), start: ctx.cueStart, end: ctx.m.span[0] };
    const share = { ...makeClaim(doc, out, ctx, { subject, measure: { measure: 'share' }, holder, extra: { of: read.bare ? first.indicator : read.of, ...(wholeHolder !== holder ? { ofHolder: wholeHolder } : {}) } }), id: `list-${ctx.m.span[0]}` };
    out.claims.push(share);
    out.sum(share, list.claims, `${subject.words}: the places of a list together (合计占)`);
    list.joint = subject;
    return true;
  }
  if (items.kind !== 'subjects' || list.claims.length !== items.items.length) return false;
  const dimension = ctx.figure.unit.dimension;
  const joint: Subject = list.joint ?? jointSubject(items.items, items.phrase);
  const holder = list.claims[0]?.holder ?? figureHolder(doc, ctx);
  // (…余额分别为…，较上年末分别增加…；三者合计7,007.51亿元: a bare 合计 after the flows of balances is the balances'.)
  const balances = stocksOf(list);
  if (dimension === 'money' && !list.joint && JOINT_TOTAL.test(ctx.cue) && balances) {
    const total = { ...makeClaim(doc, out, ctx, { subject: joint, measure: { measure: 'balance' }, holder }), id: `list-${ctx.m.span[0]}` };
    out.claims.push(total);
    out.sums.push({ total: total.id, parts: balances.map((c) => c.id), description: `${joint.words}: the total of a list (合计)` });
    list.joint = joint;
    return true;
  }
  const whole = dimension === 'percent' && (list.joint ? /占/.test(ctx.cue) : JOINT_SHARE.test(ctx.cue)) ? readWhole(ctx) : undefined;
  if (whole && !whole.flow && balances) {
    const share = { ...makeClaim(doc, out, ctx, { subject: joint, measure: { measure: 'share' }, holder, extra: { of: whole.of } }), id: `list-${ctx.m.span[0]}` };
    out.claims.push(share);
    // (Unless their total was stated: the share is then of that total, summed already.)
    if (!list.joint) out.sum(share, balances, `${joint.words}: the items of a list together (合计占)`);
    list.joint = joint;
    return true;
  }
  return false;
}

// 合计增加, 共新增: the flows of a list added up.
const JOINT_FLOW = /(?:合计|共计|累计|共)(?:增加|新增|发放|投放)了?\s*$/;

/**
 * The flows of a list together: over its periods (7月、8月、9月…分别增加…，三季度合计增加37.46亿元), the
 * flow over their span; of its places (A县、B县…分别增加…), their flow together (两县合计增加…) and its share
 * of the area's flow (两县合计占全市涉农贷款增量的42.9%). Only flows of one subject, one holder or one span.
 */
function readJointFlow(doc: Doc, out: Output, ctx: FigureContext, list: OpenList): boolean {
  // (…分别增加31.24亿元和22.58亿元，分别同比多增…，两县合计占…增量的: the flows of the list the second zipped again.)
  const claims = list.claims.every((c) => c.measure === 'flow-difference') ? flowsOf(out, list.claims) : list.claims;
  const first = claims?.[0];
  if (!claims || !first || claims.length !== list.items.items.length || !claims.every((c) => c.measure === first.measure) || (first.measure !== 'increment' && first.measure !== 'new-lending')) return false;
  const flows: ListFlows = {
    claims,
    first,
    oneSubject: claims.every((c) => c.indicator === first.indicator && c.part === first.part && c.scope === first.scope),
    // (…，合计71.10亿元 after flows alone; after balances and their flows, a bare 合计 is the balances'.)
    bareTotal: JOINT_TOTAL.test(ctx.cue) && stocksOf(list) === undefined,
  };
  return periodsTogether(doc, out, ctx, list, flows) || kindsTogether(doc, out, ctx, list, flows) || placesFlowsTogether(doc, out, ctx, list, flows);
}

/** The flows of a list, each of its items', with what a total after them may be. */
interface ListFlows {
  readonly claims: readonly Claim[];
  readonly first: Claim;
  /** Whether they are flows of one subject (of periods or places), not of several kinds. */
  readonly oneSubject: boolean;
  /** Whether a bare 合计 after them is theirs. */
  readonly bareTotal: boolean;
}

// The subject of the list's first flow, named as the words given (甲县和乙县绿色贷款).
function subjectOfFlows(first: Claim, words: string, ctx: FigureContext): Subject {
  return { indicator: first.indicator, words, ...(first.part ? { part: first.part } : {}), ...(first.scope ? { scope: first.scope } : {}), start: ctx.cueStart, end: ctx.m.span[0] };
}

// 7月、8月、9月…分别增加…，三季度合计增加37.46亿元; …分别发放…，前三季度合计发放…: the flow over the periods' span.
function periodsTogether(doc: Doc, out: Output, ctx: FigureContext, list: OpenList, { claims, first, oneSubject }: ListFlows): boolean {
  const { items } = list;
  if (items.kind !== 'periods' || !oneSubject || list.joint || ctx.figure.unit.dimension !== 'money' || !JOINT_FLOW.test(ctx.cue) || !claims.every((c) => c.holder === first.holder)) return false;
  const span = adjacentSpan(items.items);
  const basis = span ? basisOfPeriod(span) : undefined;
  // (…，三季度合计增加: the span its words name must be the periods' own.)
  const named = doc.times.periodIn(ctx.clauseStart, ctx.m.span[0])?.period;
  if (!span || !basis || (named && (named.from !== span.from || named.to !== span.to))) return false;
  const words = first.subject ?? first.indicator;
  const measure: MeasureRead = first.measure === 'new-lending' ? { measure: 'new-lending', flow: true } : { measure: 'increment', basis };
  const total = { ...makeClaim(doc, out, ctx, { subject: subjectOfFlows(first, words, ctx), measure, holder: first.holder, extra: { date: span.to, period: span } }), id: `list-${ctx.m.span[0]}` };
  out.claims.push(total);
  out.sum(total, claims, `${words}: the flows of a list of periods together (合计)`);
  list.joint = subjectOfFlows(first, words, ctx);
  return true;
}

// 科技贷款、绿色贷款、普惠小微贷款分别比年初增加…，三项合计增加1477.6亿元，占全省人民币贷款增量的60.0%: the kinds' flows
// together, and their share of the whole's flow.
function kindsTogether(doc: Doc, out: Output, ctx: FigureContext, list: OpenList, { claims, first, bareTotal }: ListFlows): boolean {
  const { items } = list;
  if (items.kind !== 'subjects' || !first.basis) return false;
  const dimension = ctx.figure.unit.dimension;
  if (!list.joint && dimension === 'money' && (JOINT_FLOW.test(ctx.cue) || bareTotal) && claims.every((c) => c.basis === first.basis && c.date === first.date && c.holder === first.holder)) {
    const joint = jointSubject(items.items, items.phrase);
    const total = { ...makeClaim(doc, out, ctx, { subject: joint, measure: { measure: 'increment', basis: first.basis }, holder: first.holder, extra: { date: first.date } }), id: `list-${ctx.m.span[0]}` };
    out.claims.push(total);
    out.sum(total, claims, `${joint.words}: the flows of a list together (合计)`);
    list.joint = joint;
    return true;
  }
  if (!list.joint || dimension !== 'percent' || !/^[\s，,]*占/.test(ctx.cue) || first.basis === 'yoy') return false;
  const whole = readWhole(ctx);
  if (!whole?.flow) return false;
  const wholeHolder = wholeHolderOf(whole, doc.holderScope(ctx.m.span[0], ctx.m.span[0]), first.holder);
  const period = { from: flowSpanStart(first.date, first.basis as 'ytd' | 'qoq' | 'mom'), to: first.date };
  out.claims.push({ ...makeClaim(doc, out, ctx, { subject: list.joint, measure: { measure: 'share' }, holder: first.holder, extra: { of: whole.of, flow: true, period, date: first.date, ...(wholeHolder !== first.holder ? { ofHolder: wholeHolder } : {}) } }), id: `list-${ctx.m.span[0]}` });
  return true;
}

// A县、B县…分别增加…，两县合计增加… / 合计19.15亿元 / 两县合计占全市…增量的42.9%: the places' flows together, and their
// share of the area's flow.
function placesFlowsTogether(doc: Doc, out: Output, ctx: FigureContext, list: OpenList, { claims, first, oneSubject, bareTotal }: ListFlows): boolean {
  const { items } = list;
  if (items.kind !== 'holders' || !oneSubject || !claims.every((c) => (c.basis === first.basis && c.date === first.date && c.holder !== first.holder) || c === first)) return false;
  const dimension = ctx.figure.unit.dimension;
  const names = items.items.map((h) => h.replace(/^[a-z]+:/, ''));
  const holder = `places:${names.join('+')}`;
  const subject = subjectOfFlows(first, `${names.join('和')}${first.subject ?? first.indicator}`, ctx);
  if (dimension === 'money' && !list.joint && (JOINT_FLOW.test(ctx.cue) || bareTotal) && first.basis) {
    const total = { ...makeClaim(doc, out, ctx, { subject, measure: { measure: 'increment', basis: first.basis }, holder, extra: { date: first.date } }), id: `list-${ctx.m.span[0]}` };
    out.claims.push(total);
    out.sum(total, claims, `${subject.words}: the flows of the places of a list together (合计)`);
    list.joint = subject;
    return true;
  }
  // (…，合计19.15亿元，占全市新增贷款的39.4%: the share of the total just read.)
  const span = first.basis === 'ytd' || first.basis === 'qoq' || first.basis === 'mom' ? first.basis : undefined;
  const read = dimension === 'percent' && (list.joint ? /^[\s，,]*占/.test(ctx.cue) && list.joint.words === subject.words : PLACES_SHARE.test(ctx.cue)) ? readWhole(ctx) : undefined;
  if (!read?.flow || !span) return false;
  const scopeHere = doc.holderScope(ctx.m.span[0], ctx.m.span[0]);
  const wholeHolder = wholeHolderOf(read, scopeHere, scopeHere.home);
  const period = { from: flowSpanStart(first.date, span), to: first.date };
  const share = { ...makeClaim(doc, out, ctx, { subject, measure: { measure: 'share' }, holder, extra: { of: read.bare ? first.indicator : read.of, ofHolder: wholeHolder, flow: true, period, date: first.date } }), id: `list-${ctx.m.span[0]}` };
  out.claims.push(share);
  if (!list.joint) out.sum(share, claims, `${subject.words}: the flows of the places of a list together (合计占)`);
  list.joint = subject;
  return true;
}

// The balances a list's items stated: its own figures, or those of the list its flows zipped again (余额分别为…，较上年末分别增加…).
function stocksOf(list: OpenList): readonly Claim[] | undefined {
  if (list.claims.every((c) => c.measure === 'balance')) return list.claims;
  return list.earlier && list.earlier.length === list.claims.length && list.earlier.every((c) => c.measure === 'balance') ? list.earlier : undefined;
}

// The flows the differences of a list are of: each item's last increment of the same span, when every item has one.
function flowsOf(out: Output, differences: readonly Claim[]): Claim[] | undefined {
  const flows: Claim[] = [];
  for (const d of differences) {
    // (A few claims back at most: a long text's earlier claims are no items of this sentence's list.)
    let flow: Claim | undefined;
    for (let k = out.claims.length - 1, steps = 0; k >= 0 && steps < 64 && !flow; k--, steps++) {
      const c = out.claims[k] as Claim;
      if (c.measure === 'increment' && c.indicator === d.indicator && c.part === d.part && c.holder === d.holder && c.date === d.date && c.basis === d.basis) flow = c;
    }
    if (!flow) return undefined;
    flows.push(flow);
  }
  return flows;
}

// The span of periods that follow one another without a gap (7月、8月、9月 → 7月1日 to 9月30日), if they do.
function adjacentSpan(periods: readonly { readonly from: string; readonly to: string }[]): { from: string; to: string } | undefined {
  const [head] = periods;
  if (!head) return undefined;
  for (let k = 1; k < periods.length; k++) {
    const before = periods[k - 1] as { readonly to: string };
    if (!startsRightAfter((periods[k] as { readonly from: string }).from, before.to)) return undefined;
  }
  return { from: head.from, to: (periods[periods.length - 1] as { readonly to: string }).to };
}

// Whether a period opening on `from` starts the month after one that closed on `to` (relative years too: Y-07-31, Y-08-01).
function startsRightAfter(from: string, to: string): boolean {
  const a = /^(.*)-(\d{2})-\d{2}$/.exec(to);
  const b = /^(.*)-(\d{2})-01$/.exec(from);
  return a !== null && b !== null && a[1] === b[1] && Number(b[2]) === Number(a[2]) + 1;
}

// The one basis the text stated a subject's growth rate in for a holder (any, when none is given), if it stated one.
function statedBasis(claims: readonly Claim[], indicator: string, holder: string | undefined, part?: string): Basis | undefined {
  const bases = new Set(claims.filter((c) => c.measure === 'growth' && c.indicator === indicator && (holder === undefined || c.holder === holder) && c.part === part).map((c) => c.basis));
  return bases.size === 1 ? [...bases][0] : undefined;
}

// The stretch before an English list's verb, split into its items when each names loans of its own.
const VERB_TAIL_EN = /(?<![A-Za-z-])(?:grew|rose|increased|expanded|climbed|jumped|stood|reached|totall?ed|amounted|hit|came|were|was|registered|posted|recorded)\b/i;
function stretchItems(text: string, at: number, count: number, exact: boolean): Subject[] | undefined {
  const cut = VERB_TAIL_EN.exec(text);
  if (!cut) return undefined;
  const words = text.slice(0, cut.index).replace(/^[\s,]*(?:(?:in|by|as of|at) the end of [A-Za-z]+(?: \d{4})?|meanwhile|also|in addition)?[\s,]*/i, '').trim();
  if (exact && words.split(EN_LIST_SEPARATOR).length !== count) return undefined;
  const items = splitCoordination(words, count, true);
  const subjects = items?.map((w) => (/\b(?:loans?|lending|credit|financing)\b/i.test(w) ? subjectOf(w, at, at + text.length, 'en') : undefined));
  return subjects && subjects.every((x) => x !== undefined && !x.indicator.startsWith('subject:')) && !splitsSizes(subjects.map((x) => (x as Subject).words)) ? (subjects as Subject[]) : undefined;
}

// The items together: 投向具有直接和间接碳减排效益项目的贷款, the phrase that named them — one
// quantity, keyed by its words (by its items' words when the phrase is one of theirs).
function jointSubject(items: readonly Subject[], phrase: Subject | undefined): Subject {
  if (phrase && !items.some((x) => x.indicator === phrase.indicator)) return phrase;
  const words = items.map((x) => x.words).join('和');
  const first = items[0] as Subject;
  return { indicator: `subject:${words}`, words, ...(first.scope ? { scope: first.scope } : {}), start: first.start, end: (items[items.length - 1] as Subject).end };
}

// How many figures a list has: those after 分别 in the clause of the first of them.
function figuresAfter(doc: Doc, mark: number, ctx: FigureContext): number {
  const clause = ctx.sentence.clauses[lowerBound(ctx.sentence.clauses, ctx.m.span[0] + 1, (c) => c.span[0]) - 1];
  const end = clause ? clause.span[1] : ctx.sentence.end;
  let n = 0;
  for (let k = lowerBound(doc.mentions, mark, (x) => x.span[0]); k < doc.mentions.length && (doc.mentions[k] as { span: readonly [number, number] }).span[0] < end; k++) {
    if ((doc.mentions[k] as { kind: string }).kind === 'figure') n++;
  }
  return n;
}

/**
 * Reads a figure of an English list zipped by "respectively" after its figures ("loans to
 * manufacturing, advanced manufacturing and high-tech manufacturing grew 14.1%, 12.0% and 9.8%
 * year on year, respectively"): the subject phrase before the first figure splits into as many
 * subjects as there are figures of its kind before the mark. `exact`: a bare run of figures with
 * no "respectively", which zips only a list with exactly as many items.
 */
export function readRespectively(doc: Doc, out: Output, ctx: FigureContext, frame: Frame, mark: number, exact = false): boolean {
  const { m } = ctx;
  let list = open.get(frame);
  if (!list || list.at !== mark) {
    const count = sameKindUpTo(doc, ctx, mark);
    if (count < 2) return false;
    // An English list runs across its commas: from the last figure or semicolon of the sentence.
    const before = doc.s.slice(ctx.windowStart, m.span[0]);
    const stop = Math.max(before.lastIndexOf(';'), before.lastIndexOf('；'), before.lastIndexOf(':'));
    const stretch = Math.max(frame.previousEnd, ctx.sentence.start, ctx.windowStart + stop + 1);
    // "…, taking their balances to A, B and C": the items of the list just read, once more.
    const previous = open.get(frame);
    const again = previous && previous.at >= ctx.sentence.start && THEIR_EN.test(doc.s.slice(stretch, m.span[0])) ? previous.items : undefined;
    const theirs = again?.kind === 'subjects' && again.items.length === count ? again.items : undefined;
    const phrase = theirs ? undefined : subjectIn(doc, stretch, m.span[0]);
    // "Green loans of ABC and BoCom reached A and B, respectively, …, up C and D": banks joined before the figures, one
    // subject — each bank's figure (and the rates after, theirs again).
    const banks = theirs ? [] : joined(doc.s, doc.within(doc.banks, stretch, m.span[0], (b) => [b.start, b.end]));
    const holders: ListItems | undefined =
      again?.kind === 'holders' && again.items.length === count ? again : banks.length === count && phrase && !phrase.indicator.startsWith('subject:') ? { kind: 'holders', items: banks.map((b) => b.holder), subject: phrase } : undefined;
    if (holders) {
      list = { at: mark, items: holders, cue: listCue(ctx), sentenceBefore: ctx.sentenceBefore, index: 0, claims: [], dimension: ctx.figure.unit.dimension };
      open.set(frame, list);
      return readListItem(doc, out, ctx, frame, list, mark);
    }
    // Without "respectively" the list must split without doubt: as many items as its separators allow.
    const words = phrase ? doc.s.slice(phrase.start, phrase.end) : '';
    const split = phrase && !(exact && words.split(EN_LIST_SEPARATOR).length !== count) ? splitCoordination(words, count, true) : undefined;
    let subjects = phrase ? split?.map((w) => subjectOf(w, phrase.start, phrase.end, 'en')) : undefined;
    // ("Inclusive loans to small and micro businesses and green loans grew …": the subject reader stops at the last
    // noun phrase; the list is the whole stretch before the verb.)
    if (!theirs && (!subjects || subjects.some((x) => x === undefined))) subjects = stretchItems(doc.s.slice(stretch, m.span[0]), stretch, count, exact) ?? subjects;
    // ("…88.6 billion yuan, and its pension-related loans were 9.4 billion yuan, up 15.2 percent and 44.6 percent …,
    // respectively": no loans named before the rates — they are of the subjects just read, in their order.)
    // ("… up 11.7 percent and 14.4 percent. Both rates outpaced overall loan growth, by 4.9 and 7.6 percentage points
    // respectively": the subjects of the sentence before, named back.)
    const namedBack = BOTH_OPENS_EN.test(doc.s.slice(ctx.sentence.start, m.span[0])) && frame.subjects.length === 0 ? subjectsBefore({ ...frame, subjects: [...(frame.before ?? [])] }, count) : undefined;
    const readJustBefore = theirs || phrase ? undefined : (namedBack ?? (RATES_OF_THOSE_EN.test(doc.s.slice(stretch, m.span[0])) ? subjectsBefore(frame, count) : undefined));
    // "Green loans and inclusive loans accounted for …": noun phrases joined whole, each with its own head.
    if (theirs) subjects = [...theirs];
    else if (readJustBefore?.kind === 'subjects') subjects = [...readJustBefore.items];
    else if (!subjects || subjects.some((x) => x === undefined)) subjects = exact ? undefined : jointNounPhrases(doc.s.slice(stretch, m.span[0]), stretch, count);
    // "Among uses, infrastructure upgrading, clean energy and energy conservation posted growth of …": parts of the loans in force.
    if (!subjects || subjects.some((x) => x === undefined)) subjects = partsAfterHeading(doc.s.slice(stretch, m.span[0]), stretch, count, frame.subject ?? frame.paragraphSubject ?? lastLoans(out)) ?? subjects;
    if (!subjects || subjects.some((x) => x === undefined) || splitsSizes(subjects.map((x) => (x as Subject).words))) return false;
    const firstStart = Math.min(phrase?.start ?? Infinity, (subjects[0] as Subject).start);
    const benchmarks = COMPARED_WITH.test(doc.s.slice(Math.max(0, firstStart - 30), firstStart));
    list = { at: mark, items: { kind: 'subjects', items: subjects as Subject[] }, cue: listCue(ctx), sentenceBefore: ctx.sentenceBefore, index: 0, claims: [], dimension: ctx.figure.unit.dimension, ...(benchmarks ? { benchmarks } : {}) };
    open.set(frame, list);
  }
  if (list.benchmarks === true) {
    out.unread(m, 'list-mismatch', 'a list of what its figures are compared with (benchmarks), which the extractor does not pair');
    return true;
  }
  return readListItem(doc, out, ctx, frame, list, mark);
}

/** The benchmark and the basis of a list's gap: its cue's benchmark (else the one in force), the basis of its items' rates. */
function readListGap(doc: Doc, out: Output, ctx: FigureContext, frame: Frame, cue: string, item: { subject: Subject; holder: string; measure: MeasureRead; extra: Record<string, unknown> }): void {
  const { subject, holder, measure, extra } = item;
  const benchmark = readBenchmark({ ...ctx, cue }, subject, holder, (word) => areaWordHolder(word, doc.holderScope(ctx.m.span[0], ctx.m.span[0]))) ?? frame.lastBenchmark ?? { indicator: 'total-loans' };
  frame.lastBenchmark = benchmark;
  extra['benchmark'] = benchmark.indicator;
  if (benchmark.scope === '人民币' || benchmark.scope === '本外币') extra['benchmarkScope'] = benchmark.scope;
  if (benchmark.holder) extra['benchmarkHolder'] = benchmark.holder;
  // (甲县、乙县科技贷款增速分别高于全市6.1个和3.4个百分点, in a sentence of their own: the basis each item's rate was stated in.)
  if (!measure.basis) measure.basis = frame.lastGrowthBasis ?? statedBasis(out.claims, subject.indicator, holder, subject.part);
}

/** Reads the next figure of an English list: its item's subject (or its bank, of a list over banks), and the words after the run. */
function readListItem(doc: Doc, out: Output, ctx: FigureContext, frame: Frame, list: OpenList, mark: number): boolean {
  const { m } = ctx;
  // Only the figures of the list's kind (its rates, not the amounts before them) are zipped.
  if (list.dimension !== undefined && ctx.figure.unit.dimension !== list.dimension) return false;
  const items = list.items;
  if (items.kind !== 'subjects' && items.kind !== 'holders') return false;
  const index = list.index++;
  const subject = items.kind === 'subjects' ? items.items[index] : items.items[index] !== undefined ? items.subject : undefined;
  if (!subject) {
    out.unread(m, 'list-mismatch', `a list of more figures than the ${items.items.length} it names`);
    return true;
  }
  // What follows the run's last figure goes with every figure: "… year on year, respectively, over the six months".
  // (Up to the rates of a list after it: "…, respectively, at the end of 2024, up 23.0 percent and …" — the amounts are not up.)
  const after = doc.s.slice(lastFigureEnd(doc, mark, ctx), Math.min(ctx.sentence.end, mark + 48)).replace(/^[\s,]*respectively\b/i, '').replace(NEXT_RATES_EN, '');
  // (The words before the list's first figure: the figures of the list before this one are not its words.)
  const measure = measureOf(ctx.figure, { cue: list.cue, clauseBefore: list.cue, sentenceBefore: list.sentenceBefore ?? ctx.sentenceBefore, after, lastMeasure: frame.lastMeasure, adjacent: false, period: undefined });
  if (!measure) {
    out.unread(m, 'no-measure', 'a list figure whose measure is not recognised');
    return true;
  }
  // "… and 31.48 percent year on year": the basis after the last figure is every figure's.
  if (measure.measure === 'growth' && !measure.basis) measure.basis = basisOf(doc.s.slice(m.span[1], Math.min(ctx.sentence.end, mark + 48))) ?? frame.lastGrowthBasis;
  // "… accounted for 14.2 percent and 11.8 percent of total loans, respectively": the whole after the last figure.
  const extra: Record<string, unknown> = {};
  if (measure.measure === 'share') {
    const whole = readWhole({ ...ctx, after: doc.s.slice(lastFigureEnd(doc, mark, ctx), Math.min(ctx.sentence.end, mark + 48)) });
    if (!whole || whole.flow) {
      out.unread(m, 'share-without-whole', 'a list of shares whose whole is not named');
      return true;
    }
    extra['of'] = whole.of;
  }
  const holder = items.kind === 'holders' ? (items.items[index] as string) : figureHolder(doc, ctx);
  if (measure.measure === 'gap') readListGap(doc, out, ctx, frame, list.cue, { subject, holder, measure, extra });
  out.claims.push(makeClaim(doc, out, ctx, { subject, measure, holder, extra: extra as Partial<Claim> }));
  rememberSubject(frame, subject);
  if (list.index === items.items.length) frame.lastMeasure = measure.measure;
  return true;
}

// Where the last figure before a mark ends: the words of a list's shared tail start there.
function lastFigureEnd(doc: Doc, mark: number, ctx: FigureContext): number {
  const k = lowerBound(doc.mentions, mark, (x) => x.span[0]) - 1;
  const last = doc.mentions[k];
  return last && last.span[1] <= mark && last.span[0] >= ctx.m.span[0] ? last.span[1] : ctx.m.span[1];
}

// The words before an English list's first figure, with the verb its mention took in ("reached 4.97 trillion yuan and
// 1.12 trillion yuan": every figure reached).
// (", by 4.9 and 7.6 percentage points": a cue of a bare "by" is its sentence's words before it.)
function listCue(ctx: FigureContext): string {
  const cue = /^[\s,]*by\s?$/i.test(ctx.cue) ? ctx.sentenceBefore.slice(-80) : ctx.cue;
  return cue + (/^[^\d]*/.exec(ctx.m.text)?.[0] ?? '');
}

const BOTH_OPENS_EN = /^\s*(?:Both|The two|All three|The three|Each of the two)\b[^,;.]{0,40}\b(?:outpac\w*|beat\w*|exceed\w*|rose|grew|were|was|increased|stood)\b/i;


const NAMES_JOINED_BEFORE = /(?:其中|[，,：:])\s?[\u4e00-\u9fa5]{2,8}(?:、[\u4e00-\u9fa5]{2,8})+(?:等)?\s?$/;

// 按地区划分，东部、西部地区分别增长…: after a breakdown's heading, the items it names (sharing the last one's head word)
// are parts of the loans in force — as many as the figures, or none.
function partsAfterHeadingZh(text: string, count: number, loans: Subject | undefined): ListItems | undefined {
  if (!loans) return undefined;
  const words = text
    .replace(/[\s，,：:]/g, '')
    .replace(/(?:比|较)(?:年初|上年末|去年末|上年同期|去年同期)$|同比$/, '')
    .replace(/(?:[\u4e00-\u9fa5]{0,8}贷款)?(?:余额|增速|增幅)?$/, '')
    .split(/、|和|及|与/);
  if (words.length !== count || words.some((w) => !/^[\u4e00-\u9fa5]{1,10}$/.test(w) || /比|较|增|同期/.test(w))) return undefined;
  const head = /(?:地区|区域|银行|机构|行业|企业|产业|城市|县域)$/.exec(words[words.length - 1] as string)?.[0] ?? '';
  const whole = wholeOf(loans);
  const items = words.map((w) => (head && !w.endsWith(head) ? `${w}${head}` : w));
  return { kind: 'subjects', items: items.map((part) => ({ ...whole, part, words: `${part}${whole.words}` })) };
}

// The rates of the figures just listed, after them: the tail of an amounts' list ends before them.
const NEXT_RATES_EN = /,\s?(?:up|down|rising|growing|increasing|expanding|an? (?:increase|rise|growth) of)\s\d.*$/is;

// The items of the list before, named again: "taking their balances to", "and their shares were".
// (Also a participle right after the list: "…, respectively, accounting for 15.6 percent and 16.2 percent of",
// "…, respectively, at the end of June, up 43.8 percent and 12.9 percent".)
const THEIR_EN = /\b(?:their|the respective)\b|^[\s,]*(?:respectively[\s,]+)?(?:(?:at|by|as of) [^,]{0,30},\s*)?(?:accounting for|representing|making up|up|down|or|growing|rising|increasing|expanding|to|reaching)\s/i;

// The rates of the figures just read, told after them: ", up …", ", an increase of …".
// (", outpacing overall loan growth by 36.2 and 5.8 percentage points": so do their gaps to a benchmark.)
const RATES_OF_THOSE_EN = /(?:^|,)\s*(?:respectively[\s,]+)?(?:(?:up|down|growing|rising|increasing|expanding|which (?:rose|grew|increased)|an? (?:increase|rise|growth) of)\s[^,;]{0,20}|(?:outpacing|outpaced|beating|exceeding|surpassing|outstripping)\s[^,;]{0,40}\sby\s?)$/i;

// Where a clause of its own opens inside a sentence: ", while", ", whereas", "; ".
const CLAUSE_OPENS_EN = /,\s?(?:while|whereas|but)\s|;\s?/gi;

// What opens a sentence before its subjects: a date, a place ("At the end of June 2025", "In Zhejiang").
const OPENER_EN = /^\s*(?:at|by|as of|in|on|across|nationwide)\b|\d/i;

// What joins the items of an English list: "A, B and C", "A, B, and C", "A and B".
const EN_LIST_SEPARATOR = /,\s*(?:and\s)?| and /;

// The verb an English subject list comes before: "Green loans and inclusive loans accounted for".
const LIST_VERB_EN = /\s(?:accounted for|made up|represented|rose|grew|increased|reached|were|was|stood at|totall?ed|amounted to|came to|climbed|expanded|posted|registered|recorded|saw|hit)\b/i;

/** Noun phrases joined whole ("green loans and inclusive loans"), each with its own head: as many as the figures, or none. */
function jointNounPhrases(text: string, offset: number, count: number): Subject[] | undefined {
  const verb = LIST_VERB_EN.exec(text);
  const head = verb ? text.slice(0, verb.index) : text;
  let parts = head.split(EN_LIST_SEPARATOR);
  // "At the end of June 2025, outstanding green loans and technology loans …": what opens the sentence
  // before the list (a date, a place) names no item.
  // (", up 14.6 percent year on year, while loans to tech SMEs and green loans grew …": nor does the clause before
  // the one the list opens.)
  const opens = [...head.matchAll(CLAUSE_OPENS_EN)].pop();
  let at = opens ? opens.index + opens[0].length : 0;
  if (opens) parts = head.slice(at).split(EN_LIST_SEPARATOR);
  while (parts.length > count && OPENER_EN.test(parts[0] as string) && !readSubjectEn(parts[0] as string, 0)) {
    at += (parts[0] as string).length;
    parts = parts.slice(1);
  }
  // "inclusive small and micro loans and agriculture-related loans": only an and after a loan noun joins two items.
  if (parts.length > count) parts = joinedAtNouns(head.slice(at), count) ?? parts;
  if (parts.length !== count) return undefined;
  // ("the balances of technology, green and inclusive loans": items that share the loan noun of the last.)
  // (Only after "of" or "for": "ICBC, ABC and CCB reported green loans" names banks, not loans of theirs.)
  const sharedHead = OF_ITEMS_EN.test(parts[0] as string) ? SHARED_HEAD_EN.exec(parts[parts.length - 1] as string)?.[1] : undefined;
  const subjects: Subject[] = [];
  for (const part of parts) {
    const start = head.indexOf(part, at);
    at = start + part.length;
    const bare = sharedHead && !HEAD_WORD_EN.test(part) ? lastWords(part.replace(/^.*\b(?:of|for)\s+/i, ''), 3) : undefined;
    const subject = bare ? readSubjectEn(`${bare} ${sharedHead as string}`, offset + start) : readSubjectEn(part, offset + start);
    if (!subject) return undefined;
    subjects.push(subject);
  }
  return subjects;
}
// The last few words of a phrase ("the balances of technology" → "technology"), if they are words.
function lastWords(text: string, n: number): string | undefined {
  const words = text.trim().split(/\s+/).slice(-n);
  return words.length > 0 && words.every((w) => /^[a-z-]+$/i.test(w)) ? words.join(' ') : undefined;
}

// The loan noun the last item of a list ends its own words with, which items before it may share.
const SHARED_HEAD_EN = /^\s*[a-z-]+(?: [a-z-]+){0,2} (loans|lending|credit)\b/i;
const OF_ITEMS_EN = /\b(?:of|for) [a-z-]+(?: [a-z-]+)?$/i;
const HEAD_WORD_EN = /\b(?:loans?|lending|credit|financing|deposits?|bonds?)\b/i;

// The loans the last claim is of, as a whole (an English summary's paragraphs are its sentences).
function lastLoans(out: Output): Subject | undefined {
  const c = out.claims[out.claims.length - 1];
  if (!c?.subject || !/\bloans\b/i.test(c.subject)) return undefined;
  const cut = / (?:to|for|of|with) /.exec(c.subject);
  return { indicator: c.indicator, words: cut && c.part ? c.subject.slice(0, cut.index) : c.subject, ...(c.scope ? { scope: c.scope } : {}), start: 0, end: 0 };
}

// An English breakdown's heading: "Among uses,", "By industry,".
const BREAKDOWN_EN = /^[\s,]*(?:among (?:uses|industries|sectors|purposes|regions)|by (?:use|industry|sector|purpose|region))\s*,\s*/i;

function partsAfterHeading(text: string, offset: number, count: number, loans: Subject | undefined): Subject[] | undefined {
  const heading = BREAKDOWN_EN.exec(text);
  if (!heading || !loans || !/\bloans\b|贷款|信贷/i.test(loans.words)) return undefined;
  const verb = LIST_VERB_EN.exec(text);
  const items = (verb ? text.slice(heading[0].length, verb.index) : '').split(EN_LIST_SEPARATOR).map((w) => w.trim());
  if (items.length !== count || items.some((w) => !/^[a-z][a-z -]{1,40}$/i.test(w))) return undefined;
  return items.map((part) => ({ ...loans, part, words: `${loans.words} for ${part}`, start: offset + heading[0].length, end: offset + (verb?.index ?? 0) }));
}

// Items split only where a separator follows a noun a subject heads on; the last `count` of them.
const AFTER_NOUN_EN = /\b(loans?|lending|credit|financing|deposits?)(?:,\s*(?:and\s+)?|\s+and\s+)/gi;
function joinedAtNouns(text: string, count: number): string[] | undefined {
  const parts: string[] = [];
  let from = 0;
  for (const m of text.matchAll(AFTER_NOUN_EN)) {
    const end = m.index + (m[1] as string).length;
    parts.push(text.slice(from, end));
    from = m.index + m[0].length;
  }
  parts.push(text.slice(from));
  return parts.length >= count ? parts.slice(parts.length - count) : undefined;
}

// 基础设施绿色升级产业贷款13.09万亿元、清洁能源产业贷款7.87万亿元…，同比增速依次为…: the list's items
// are the subjects of the figures just read, when there are as many of them as figures.
// 基础设施绿色升级和清洁能源产业贷款规模最大，余额分别为…: the subject in force, split at its coordination.
const COORDINATED = /[和、及与]/;

function itemsOf(joint: Subject | undefined, count: number): ListItems | undefined {
  // 制造业和批发零售业普惠小微贷款: a known subject for two parts, each a part of it.
  if (joint && joint.part && COORDINATED.test(joint.part) && !joint.indicator.startsWith('subject:')) {
    const parts = joint.part.split(/、|和|及|与/);
    const rest = joint.words.startsWith(joint.part) ? joint.words.slice(joint.part.length) : joint.words;
    return parts.length === count && parts.every((p) => p.length >= 2) ? { kind: 'subjects', items: parts.map((part) => ({ ...joint, part, words: `${part}${rest}` })) } : undefined;
  }
  if (!joint || !COORDINATED.test(joint.words) || !joint.indicator.startsWith('subject:')) return undefined;
  const words = splitCoordination(joint.words, count);
  const items = words?.map((w) => subjectOf(w, joint.start, joint.end, 'zh'));
  return items && items.every((x) => x !== undefined) ? { kind: 'subjects', items: items as Subject[] } : undefined;
}

/**
 * 占全体企业放款比率为64.13%，占民营企业放款比率为67.59%，较上月底分别上升0.24及0.22个百分点: the
 * items of a 分别 list that names none are the shares its sentence stated before it, one per whole —
 * each figure's run (the earlier levels 分别较8月底之64.18%及67.72%, then the changes) zips with them.
 */
function sharesBefore(out: Output, ctx: FigureContext, frame: Frame, mark: number, count: number): ListItems | undefined {
  const subject = frame.subject;
  if (!subject) return undefined;
  const stated = out.claims.filter((c) => c.measure === 'share' && c.of !== undefined && c.indicator === subject.indicator && (out.spanOf(c)?.[0] ?? -1) >= ctx.sentence.start && (out.spanOf(c)?.[1] ?? Infinity) <= mark);
  // (an earlier level in brackets, 占…为64.13%（8月底为63.89%）, is no item of its own.)
  const last = stated[stated.length - 1];
  const shares = stated.filter((c) => c.date === last?.date);
  const wholes = [...new Set(shares.map((c) => c.of as string))];
  if (wholes.length < 2 || wholes.length !== shares.length || (count !== wholes.length && count !== 2 * wholes.length)) return undefined;
  return { kind: 'wholes', items: wholes, subject };
}

// A figure of a list over the wholes of shares: an earlier level (a percent after 较8月底之) or a
// change in points, of the i-th whole; a run of each, in the list's order.
function readWholesFigure(doc: Doc, out: Output, ctx: FigureContext, frame: Frame, list: OpenList, items: { readonly items: readonly string[]; readonly subject: Subject }): boolean {
  const { m } = ctx;
  const n = items.items.length;
  // (…；中小企业放款之平均逾期放款比率为0.22%，较上月底减少0.02个百分点: past its figures, the list is over.)
  if (list.index >= (list.count ?? n)) return false;
  const index = list.index++;
  const of = items.items[index % n] as string;
  const dimension = ctx.figure.unit.dimension;
  const run = doc.s.slice(ctx.sentence.start, m.span[0]);
  const refs = doc.within(doc.times.refs, ctx.sentence.start, m.span[0], (r) => [r.start, r.end]).filter((r) => r.role === 'base');
  const base = refs[refs.length - 1];
  const now = doc.times.at(m.span[0], ctx.paragraphStart, ctx.paragraphEnd);
  const holder = figureHolder(doc, ctx);
  if (dimension === 'percent' && index < n && base && EARLIER_BEFORE.test(doc.s.slice(base.end, m.span[0]))) {
    out.claims.push({ ...makeClaim(doc, out, ctx, { subject: items.subject, measure: { measure: 'share' }, holder, extra: { date: base.date, of } }), id: `list-${m.span[0]}` });
    return true;
  }
  if (dimension === 'percentage-points') {
    // 分别较2021年末提高9.2和2.1个百分点 at 2024年末: since that date; 较上月底分别上升: over the basis it names.
    const dated = base && now.from !== 'none';
    const basis = dated ? basisBetween(now.date, base.date) : changeBasisOf(run.slice(-40));
    const since = dated && !basis && compareDates(base.date, now.date) < 0 ? base.date : undefined;
    if (!basis && !since) {
      out.unread(m, 'change-over-span', OVER_SPAN);
      return true;
    }
    const negative = /下降|减少|回落|降低|下跌/.test(ctx.cue) || /下降|减少|回落|降低|下跌/.test(list.cue);
    out.claims.push({ ...makeClaim(doc, out, ctx, { subject: items.subject, measure: { measure: 'share-change', basis, negative }, holder, extra: { of, ...(since ? { since } : {}) } }), id: `list-${m.span[0]}` });
    frame.lastMeasure = 'share-change';
    return true;
  }
  out.unread(m, 'list-mismatch', 'a figure of a list over the wholes of shares that is neither an earlier share nor a change in points');
  return true;
}
// 分别较8月底之64.18%: the words between the base date and its levels.
const EARLIER_BEFORE = /^[^,，;；。]{0,6}(?:的|之)[^,，;；。]{0,12}$/;

// 绿色贷款较年初增长14.5%，同比增长21.3%；…增速分别高于各项贷款8.3和13.2个百分点: one subject's gaps,
// one for each basis its sentence stated a rate over, in that order.
const GAP_CUE = /高于|低于|快于|慢于|高出|超过|超出|领先|跑赢/;

function gapBases(doc: Doc, out: Output, ctx: FigureContext, inForce: Subject | undefined, mark: number, count: number): ListItems | undefined {
  if (count < 2 || ctx.figure.unit.dimension !== 'percentage-points' || !GAP_CUE.test(doc.s.slice(mark, ctx.m.span[0]))) return undefined;
  // (The subject its clause names before 分别, else the one in force.)
  const subject = subjectIn(doc, ctx.clauseStart, mark) ?? inForce;
  if (!subject) return undefined;
  const [from, to] = doc.original([ctx.sentence.start, mark]);
  const bases: Basis[] = [];
  // (Only the claims of the sentence, found from the latest back.)
  for (let k = out.claims.length - 1; k >= 0; k--) {
    const c = out.claims[k] as Claim;
    const at = c.source?.span?.[0];
    if (at !== undefined && at < from) break;
    if (c.measure !== 'growth' || c.indicator !== subject.indicator || !c.basis || at === undefined || at < from || at >= to) continue;
    if (!bases.includes(c.basis)) bases.unshift(c.basis);
  }
  return bases.length === count ? { kind: 'bases', items: bases, subject } : undefined;
}

// 三项贷款余额分别为, 上述两类贷款分别增加: the kinds named before, by their count.
const COUNTED_KINDS = /(?:上述|以上|这)?([两二三四五六])(?:项|类|种)(?:贷款|信贷)?(?:的)?(?:余额|增量)?\s*$/;
const KIND_COUNT: Readonly<Record<string, number>> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

/**
 * 上年末，…科技贷款、绿色贷款、普惠小微贷款余额分别为…。9月末，三项贷款余额分别为…: the last kinds its paragraph
 * stated, as many as the count says, each of one holder — never 贷款, all loans.
 */
function countedKindsBefore(doc: Doc, out: Output, ctx: FigureContext, mark: number, count: number): ListItems | undefined {
  const m = COUNTED_KINDS.exec(doc.s.slice(Math.max(ctx.sentence.start, mark - 16), mark));
  if (!m || KIND_COUNT[m[1] as string] !== count) return undefined;
  const kinds: Claim[] = [];
  const seen = new Set<string>();
  for (let k = out.claims.length - 1, steps = 0; k >= 0 && kinds.length < count && steps < 64; k--, steps++) {
    const c = out.claims[k] as Claim;
    const span = out.spanOf(c);
    if (!span || span[1] <= ctx.paragraphStart) break;
    const key = `${c.indicator}/${c.part ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kinds.unshift(c);
  }
  const first = kinds[0];
  if (!first || kinds.length !== count || !kinds.every((c) => c.holder === first.holder && !c.indicator.startsWith('subject:'))) return undefined;
  return { kind: 'subjects', items: kinds.map((c) => ({ indicator: c.indicator, words: c.subject ?? c.indicator, ...(c.part ? { part: c.part } : {}), ...(c.scope ? { scope: c.scope } : {}), start: mark, end: mark })) };
}

function subjectsBefore(frame: Frame, count: number): ListItems | undefined {
  const subjects = frame.subjects.slice(-count);
  return count >= 2 && subjects.length === count && new Set(subjects.map((x) => `${x.indicator}/${x.part ?? ''}`)).size === count ? { kind: 'subjects', items: subjects } : undefined;
}


