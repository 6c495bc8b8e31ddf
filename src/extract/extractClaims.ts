import { withHeadlineBasis } from './readers/headline.js';
import type { Claim, FactClaim, TargetClaim } from '../check/claim.js';
import type { BoundSpec, SumSpec } from '../check/options.js';
import type { UnparsedMention } from '../check/report.js';
import { type Doc, type ExtractOptions, Output, type Sentence, readDoc } from './document.js';
import { inWorkedExample } from './frame/examples.js';
import { contextOf, newFrame } from './frame/frame.js';
import { keepAsFact } from './readers/facts.js';
import { readPolicyTerms, renameTermIds } from './readers/policyTerms.js';
import { withNamedWholes } from './readers/wholes.js';
import { withSeriesBreak } from './readers/seriesBreak.js';
import { domesticAndOverseas } from './readers/domesticOverseas.js';
import { stringArg } from '../errors/args.js';
import { splitValid } from './validClaims.js';
import { CARD_FIGURE_LINE } from './frame/cards.js';

import type { Figure } from '../figure/figure.js';
import type { FigureMention } from './mention.js';
import { readYearCounts } from './readers/counts.js';
import { goalPlan, isGoal, readGoal } from './readers/goals.js';
import { type ListMarks, figureRunEnd, listMarkAfter, listMarkBefore, listMarks, sameKindUpTo } from './readers/lists.js';
import { readListFigure, readRespectively } from './readers/listFigures.js';
import { isEnglish, namesMoneyStock, opensBreakdown, subjectIn, wholeOf } from './frame/subject.js';
import { readStatement } from './readers/statements.js';
import { readTableFigures } from './readers/tables.js';
import { regionBounds } from './readers/regionBounds.js';
import { parseOptions } from '../domain/options.js';
import { ExtractOptionsSchema } from './options.js';

export type { ExtractOptions } from './document.js';

export interface Extraction {
  readonly claims: Claim[];
  /** Goals with a deadline (工业贷款余额达109亿元以上 by the plan's end); `checkTargets` sets them against the claims. */
  readonly targets: TargetClaim[];
  /** Figures read but not checked: a policy's parameters, a case study's facts, counts the catalog has no name for. */
  readonly facts: FactClaim[];
  /** Every numeric mention that is not in a claim, a target or a fact, with its code and the reason. */
  readonly unparsed: UnparsedMention[];
  /** Sums a table's 合计 row states, by claim id: the checker verifies them. */
  readonly sums: SumSpec[];
  /** Bounds the text implies between its claims (a city's balance within its province's, both dated in the text), by claim id: the checker verifies them. */
  readonly bounds: BoundSpec[];
  /** Who the text's figures are about when they name no one (the region given, the nation, the place it names most, or "text"). */
  readonly holder: string;
}

/**
 * Reads a text into claims: for each figure, what it is about (its subject — the catalog's
 * indicator, or the words of an open subject — with its scope and sub-population), who holds
 * it (a region, a bank, the nation, or the text's own holder), what it measures (balance,
 * increment over a basis or a period, growth, gap to a benchmark, share, change of a share or
 * of its own rate …) and as of when. Goals (力争…达到…以上 by a deadline) become `targets`;
 * figures no relation covers (a policy's 2% 贴息, a case's 5天) become `facts`. Every other
 * numeric mention is in `unparsed`, with a code and the reason. Every span is an offset into
 * the text passed. Options are validated: an unknown key, a region that is not a GB/T 2260
 * code or an impossible date is a WupianError `invalid_option`. Never throws on a string;
 * linear in the length of the text.
 *
 * The stages, each deciding one thing in its own file: the text (normalizeText), the mentions
 * (findMentions), the lexicon (lexicon/: subjects, scopes, places, banks, the catalog), the
 * frame (frame/: time, holder, measure, subject, benchmark and whole), then the readers
 * (readers/: tables, 分别 lists, goals, statements, facts, cases).
 *
 * @example
 * extractClaims('截至2025年6月末，辖区绿色信贷余额2150亿元，较年初增加253.31亿元，增速13.36%。', { region: '370700' })
 *   .claims.map((c) => `${c.indicator} ${c.measure} ${c.basis ?? ''} ${c.figure.text}`)
 * // ['green-loans balance  2150亿元', 'green-loans increment ytd 253.31亿元', 'green-loans growth ytd 13.36%']
 *
 * @example
 * extractClaims('通过三年倍增行动，工业贷款余额达109亿元以上。', { region: '370402', documentDate: '2021-03-01' })
 *   .targets.map((t) => `${t.indicator} ${t.measure} ${t.figure.text} ${t.deadline}`)
 * // ['industrial-loans balance 达109亿元以上 2023-12-31']
 */
export function extractClaims(text: string, options: ExtractOptions = {}): Extraction {
  const input = stringArg('extractClaims', text, ['text']);
  const doc = readDoc(input, parseOptions(ExtractOptionsSchema, options, 'extractClaims'));
  const out = new Output(doc);
  const tables = readTableFigures(doc, out);
  const figures = doc.mentions.filter((m): m is FigureMention => m.kind === 'figure' && !tables.covers(m));
  readSentences(doc, out, figures);
  for (const m of doc.mentions) {
    if (m.kind === 'figure') continue; // every figure was read or left unread above
    if (readYearCounts(doc, out, m)) continue;
    out.unread(m, m.kind, m.reason);
  }
  return finish(doc, out, [...tables.sums, ...out.sums]);
}

// The sentences, one frame each: a figure takes what its sentence said before it.
function readSentences(doc: Doc, out: Output, figures: readonly FigureMention[]): void {
  const plan = goalPlan(doc);
  const marks = listMarks(doc.s);
  let carried: ReturnType<typeof newFrame>['subject'];
  let paragraphSubject: ReturnType<typeof newFrame>['subject'];
  let carriedBasis: ReturnType<typeof newFrame>['lastGrowthBasis'];
  let carriedFlowBasis: ReturnType<typeof newFrame>['lastIncrementBasis'];
  let carriedMeasure: ReturnType<typeof newFrame>['lastMeasure'];
  let lastParagraph = -1;
  // The loans the text spoke of last (a breakdown's heading on a paragraph of its own splits them), and
  // whether the lines read now are a breakdown's items.
  let lastLoans: ReturnType<typeof newFrame>['subject'];
  let inBreakdown = false;
  let lastCardLine = false;
  // The subject a sentence without figures named: the next sentence may go on with it.
  let named: ReturnType<typeof newFrame>['subject'];
  let subjectsBefore: ReturnType<typeof newFrame>['subjects'] = [];
  for (let i = 0; i < doc.sentenceCount; i++) {
    const sentence = doc.sentence(i);
    const mine = doc.within(figures, sentence.start, sentence.end, (m) => m.span);
    const paragraph = doc.paragraphStart(sentence.start);
    // A new paragraph drops the subject — but English press copy puts every sentence on a line of its
    // own, and one that goes on with it ("That rate was …") keeps it.
    // (A paragraph that opens with a breakdown's heading, 分机构看，…, breaks down the loans before it; so do
    // the item lines under a heading of its own, 按行业分：⏎交通运输、仓储和邮政业 1293.72亿元 32.91%.)
    const head = doc.s.slice(sentence.start, sentence.start + 24);
    if (paragraph !== lastParagraph) {
      const heading = opensBreakdown(head);
      inBreakdown = heading ? true : inBreakdown && ITEM_LINE.test(head);
      // (以上三个行业合计占比76.50% said last names no loans: the loans before it are split.)
      if (heading) paragraphSubject = paragraphSubject && namesMoneyStock(paragraphSubject) ? paragraphSubject : lastLoans;
    }
    const sameParagraph = paragraph === lastParagraph;
    // (余额：4321.5亿元⏎同比增长：13.6%: the labelled lines of a card go on with the subject its heading named.)
    const cardGoesOn = paragraph !== lastParagraph && CARD_FIGURE_LINE.test(head) && lastCardLine;
    if (paragraph !== lastParagraph) lastCardLine = CARD_FIGURE_LINE.test(head);
    if (paragraph !== lastParagraph && !inBreakdown && !cardGoesOn) {
      paragraphSubject = undefined;
      if (!/^\s*(?:[-•*·]\s*)?[A-Z]/.test(doc.s.slice(sentence.start, sentence.start + 6))) carried = undefined;
    }
    lastParagraph = paragraph;
    // ("Inclusive lending … remained a priority. Its balance reached …": a sentence without figures names what the
    // next one, going on with it, is about.)
    if (carried === undefined && named !== undefined && sameParagraphAsNamed(doc, named, sentence.start) && continues(doc, sentence)) carried = named;
    // A sentence that goes on with the subject goes on with its growth rate's basis too ("That expansion … outpaced all loans by").
    const goesOn = continues(doc, sentence) && carried !== undefined;
    const frame = newFrame(sentence.start, goesOn ? carried : undefined, paragraphSubject);
    if (sameParagraph || goesOn) frame.before = subjectsBefore;
    if (goesOn) frame.lastGrowthBasis = carriedBasis;
    // ("…extended 14.75 trillion yuan in new yuan loans. The figure was 1.21 trillion yuan less than…": the figure
    // a sentence names by a pronoun is the one before, measured as it was.)
    if (goesOn && FIGURE_BEFORE_EN.test(head)) {
      frame.lastMeasure = carriedMeasure;
      frame.lastIncrementBasis = carriedFlowBasis;
    }
    // ("The Group's total loans grew by 8.34% over the same period.": the span of the sentence before.)
    if (!goesOn && SAME_PERIOD_EN.test(doc.s.slice(sentence.start, sentence.end))) {
      frame.lastGrowthBasis = carriedBasis;
      frame.lastIncrementBasis = carriedFlowBasis;
    }
    // (…比年初增加3000亿元。其中，制造业贷款增加450亿元: a part of the flow before is over its span; so is a flow of its
    // paragraph that names no time before it — 上半年，全省新增贷款2604.8亿元。投向制造业的贷款新增580.9亿元.)
    const first = mine[0];
    const untimed = sameParagraph && first !== undefined && doc.within(doc.times.refs, sentence.start, first.span[0], (r) => [r.start, r.end]).length === 0 && !TIME_WORDS.test(doc.s.slice(sentence.start, first.span[0]));
    // (…前三季度绿色贷款新增6.48万亿元。同期，本外币贷款增加14.63万亿元: 同期 is the period of the flow before; 上年同期，
    // 绿色贷款增加6.13万亿元 that period a year before, whose date the statement reader moves back.)
    if ((goesOn && OF_WHICH_OPENS.test(head)) || untimed || (sameParagraph && SAME_PERIOD_HEAD.test(head))) frame.lastIncrementBasis = carriedFlowBasis;
    frame.breakdown = inBreakdown && !opensBreakdown(head);
    for (const m of mine) readFigure(doc, out, sentence, m, frame, plan, marks);
    named = mine.length === 0 ? subjectIn(doc, sentence.start, Math.min(sentence.end, sentence.start + NAMED_REACH)) : undefined;
    // ("…than all loans, which rose … Such loans…": past a benchmark's clause, the sentence's own subject goes on.)
    const goingOn = frame.aside && frame.subject === frame.aside.subject ? frame.aside.before : frame.subject;
    if (goingOn && !frame.stale && namesMoneyStock(goingOn)) lastLoans = wholeOf(goingOn);
    carried = frame.stale ? undefined : goingOn;
    paragraphSubject = goingOn ?? paragraphSubject;
    carriedBasis = frame.lastGrowthBasis;
    carriedFlowBasis = frame.lastIncrementBasis;
    carriedMeasure = frame.lastMeasure;
    if (mine.length > 0) subjectsBefore = frame.subjects;
  }
}

const OF_WHICH_OPENS = /^\s*其中/;
const FIGURE_BEFORE_EN = /^\s*(?:The (?:figure|amount|total|number|increase)|That|This|It) (?:was|is)\b/;
const SAME_PERIOD_EN = /\b(?:over|in|during|for) the same period\b(?!\s+(?:of\s+)?(?:last|the previous|the prior|a) year)/i;
const SAME_PERIOD_HEAD = /^[\s"“]*(?:而|在)?(?:上年|去年|上一年)?同期(?:内)?[,，]/;
// Words of a time no date reference stands for (上年同期, 当月): a sentence that says them has a time of its own.
const TIME_WORDS = /同期|上年|去年|今年|本年|当[月季年]|年初|年末|年底|[月季]|以来|year|month|quarter|half/i;

// An item line of a breakdown: a name, then its figure (交通运输、仓储和邮政业 1293.72亿元 32.91%).
const ITEM_LINE = /^\s*(?!以上|上述|合计|其中|总计|共计)[\u4e00-\u9fa5][\u4e00-\u9fa5、，,和及与()（）]{1,30}(?:\s*[:：])?\s*\d/;

// A sentence that opens with a measure, a pronoun or the period of a flow continues the subject of
// the one before: 。同比增长…, 上半年新增…, "This growth rate…", "The first half alone added…", "These loans…".
const CONTINUES =
  /^(?:同比|较年初|比年初|比上年|较上年|增速|增幅|增长|增加|新增|占|其中|具体|余额|全年|当年|上半年|前三季度|[一二三四]季度|今年以来|年初以来|This|The (?:growth|increase|figure|pace|rate|balance|loans|lending|first (?:half|quarter|three quarters|six months))|(?:These|Those|Such) (?:loans|lending)\b|That|It|Its|They\b|Up|Growth|In the first (?:half|quarter|three quarters|six months|nine months)|Over the (?:first )?(?:half|six months|nine months|quarter)|So far this year|Year[- ]on[- ]year|Compared with|A year (?:earlier|ago|before)\b|Twelve months (?:earlier|before)\b)/i;

function continues(doc: Doc, sentence: Sentence): boolean {
  const head = doc.s.slice(sentence.start, Math.min(sentence.end, sentence.start + 28));
  // ("- This represented growth of …": a bullet's mark is no word of the sentence.)
  return CONTINUES.test(head.trimStart().replace(/^[-•*·]\s*/, ''));
}

// How far into a sentence without figures its subject is looked for.
const NAMED_REACH = 160;
// A sentence goes on only with what its own paragraph — or, in English copy, the line before — named.
function sameParagraphAsNamed(doc: Doc, named: { readonly end: number }, at: number): boolean {
  return at - named.end < 400 && (doc.paragraphStart(named.end) === doc.paragraphStart(at) || isEnglish(doc.s.slice(named.end - 1, at)));
}

function readFigure(doc: Doc, out: Output, sentence: Sentence, m: FigureMention, frame: ReturnType<typeof newFrame>, plan: ReturnType<typeof goalPlan>, marks: ListMarks): void {
  const ctx = contextOf(doc, sentence, m, frame.previousEnd);
  // 以某银行为例：…余额50亿元: a worked example's figures are a fact of the explainer at most.
  if (inWorkedExample(doc.examples, m.span[0])) {
    if (!keepAsFact(doc, out, ctx, frame, false)) out.unread(m, 'hypothetical', 'a figure of a worked example or an assumption (以某银行为例, 假设), no one’s statistic');
    frame.previousEnd = m.span[1];
    return;
  }
  const goal = isGoal(doc, ctx, plan);
  const mark = listMarkBefore(marks, ctx);
  if ('unread' in goal) {
    out.unread(m, goal.unread.code, goal.unread.reason);
    // (距2025年目标还差83.6亿元，比年初增加…: what a goal was missed by leaves the subject in force.)
    if (goal.unread.code === 'ambiguous-deadline') frame.stale = true;
    frame.previousEnd = m.span[1];
    return;
  }
  if (mark >= 0 && readListFigure(doc, out, ctx, frame, mark, { isGoal: goal.goal, read: (item, cue) => readGoal(doc, out, ctx, frame, plan, { subject: item, cue }) })) {
    frame.previousEnd = m.span[1];
    return;
  }
  // "…, respectively" after the figures; in English a bare run of figures after a list of subjects zips the same way.
  const after = mark < 0 ? listMarkAfter(doc, marks, ctx) : -1;
  const zip = after >= 0 ? after : mark < 0 && isEnglish(ctx.cue + ctx.after) ? figureRunEnd(doc, ctx) : -1;
  if (zip >= 0 && !goal.goal && readRespectively(doc, out, ctx, frame, zip, after < 0)) {
    frame.previousEnd = m.span[1];
    return;
  }
  // "…, respectively" whose subjects did not pair: no one subject is every figure's (the run's last figure included).
  if (after >= 0 && !goal.goal && (sameKindUpTo(doc, ctx, after) >= 2 || figureRunEnd(doc, ctx) >= 0)) {
    out.unread(m, 'list-mismatch', 'a "respectively" list whose subjects do not pair with its figures');
    frame.previousEnd = m.span[1];
    return;
  }
  if (goal.goal) {
    readGoal(doc, out, ctx, frame, plan);
    frame.previousEnd = m.span[1];
    return;
  }
  readStatement(doc, out, ctx, frame);
}

// Numbers the claims, targets and facts, and records the document's name.
function finish(doc: Doc, out: Output, sums: readonly SumSpec[]): Extraction {
  const document = doc.options.document;
  const ids = new Map<string, string>();
  const keep = detached();
  const claims = validOnly(doc, out, withHeadlineBasis(doc.input, withNamedWholes(withSeriesBreak(doc, out.claims)))).map((c, i) => {
    const id = `c${i + 1}`;
    if (c.id) ids.set(c.id, id);
    return keep({ ...c, id, ...(document ? { source: { ...c.source, document } } : {}) });
  });
  const named = <T extends { id: string; figure: Figure; source?: Claim['source'] }>(items: readonly T[], prefix: string): T[] =>
    items.map((t, i) => keep({ ...t, id: `${prefix}${i + 1}`, ...(document ? { source: { ...t.source, document } } : {}) }));
  // A policy's terms refer to other facts: by the ids the facts are given here.
  readPolicyTerms(doc, out);
  const factIds = new Map(out.facts.map((f, i) => [f.id, `f${i + 1}`]));
  return {
    claims,
    targets: named(out.targets, 't'),
    facts: renameTermIds(named(out.facts, 'f'), factIds),
    unparsed: out.unparsed.map((u) => ({ ...u, text: keep.own(u.text) })).sort((a, b) => a.span[0] - b.span[0]),
    sums: [...sums.map((sum) => ({ ...sum, total: ids.get(sum.total) ?? sum.total, parts: sum.parts.map((p) => ids.get(p) ?? p) })), ...domesticAndOverseas(claims)],
    bounds: regionBounds(doc, out, claims),
    holder: doc.holder.holder,
  };
}


// A claim the checker would refuse: its figure unread, with the checker's reason.
function validOnly(doc: Doc, out: Output, claims: readonly Claim[]): Claim[] {
  const { valid, invalid } = splitValid(claims);
  for (const { claim, message } of invalid) {
    const span = out.spanOf(claim);
    const mention = doc.mentions.find((m) => m.kind === 'figure' && span?.[0] === m.span[0]);
    const reason = `a claim read from it that the checker cannot take: ${message}`;
    // (A claim no mention stands for — one the readers derived — is reported with its own figure, never dropped.)
    if (mention) out.unread(mention, 'invalid-claim', reason);
    else out.unparsed.push({ text: claim.figure.text, span: span ? doc.original(span) : [0, 0], code: 'invalid-claim', reason });
  }
  return valid;
}

/**
 * Makes an item's strings its own, one shared copy of each: a phrase read from the
 * normalised text is a slice of it, and one kept slice keeps the whole copy (20 MB for
 * a 10 MB text) alive as long as the claims. Equal strings of many claims (holders,
 * dates, subjects) become one.
 */
function detached(): (<T extends { id: string; figure: Figure }>(item: T) => T) & { own: (s: string) => string } {
  const kept = new Map<string, string>();
  const own = (s: string): string => {
    let copy = kept.get(s);
    if (copy === undefined) {
      // Shorter strings are copied by slice already; a longer one through a fresh concatenation.
      copy = s.length < 13 ? s : ` ${s}`.slice(1);
      kept.set(copy, copy);
    }
    return copy;
  };
  const keep = <T extends { id: string; figure: Figure }>(item: T): T => {
    const fields = item as unknown as Record<string, unknown>;
    for (const key of Object.keys(fields)) {
      const value = fields[key];
      if (typeof value === 'string' && key !== 'id') fields[key] = own(value);
    }
    fields['figure'] = { ...item.figure, text: own(item.figure.text) };
    return item;
  };
  return Object.assign(keep, { own });
}
