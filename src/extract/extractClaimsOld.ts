import { addYears, endOfYear, startOfYear, subYears } from 'date-fns';
import type { Claim, FactClaim, TargetClaim } from '../check/claim.js';
import type { SumSpec } from '../check/checkClaims.js';
import type { UnparsedMention } from '../check/report.js';
import type { Basis, Measure } from '../domain/observation.js';
import type { Figure } from '../figure/figure.js';
import { parseFigure } from '../figure/parseFigure.js';
import { formatDate, toDate } from '../period/baseDate.js';
import { findMentions } from './findMentions.js';
import type { FigureMention, Mention } from './mention.js';
import { normalizeText } from './normalizeText.js';
import { type Clause, splitClauses } from './splitClauses.js';
import { readTables } from './readTables.js';
import { type NameHit, type PlaceHit, findGenericIndicators, findIndicators, findInstitutions, findPlaces, indicatorUnitKind } from './vocabularyClaims.js';

export interface ExtractOptions {
  /**
   * The document's date (yyyy-MM-dd): gives the year to 截至8月末 and a date to undated
   * figures; a 到…末 before it is an as-of date, not a deadline; and a plan that names no
   * years of its own (三年倍增行动) starts in its year (else in the year of the document
   * number, 〔2021〕1号).
   */
  readonly documentDate?: string;
  /** The region the text is about (GB/T 2260 code): the holder of figures that name no bank. */
  readonly region?: string;
  /** `'yi'` for machine summaries whose "billion yuan" renders 亿元. */
  readonly billion?: 'billion' | 'yi';
  /** A name for the text, recorded as the claims' document. */
  readonly document?: string;
}

export interface Extraction {
  readonly claims: Claim[];
  /** Goals with a deadline (工业贷款余额达109亿元以上 by the plan's end); `checkTargets` sets them against the claims. */
  readonly targets: TargetClaim[];
  /** Figures read but not checked: a policy's parameters, a case study's facts, counts the catalog has no name for. */
  readonly facts: FactClaim[];
  /** Every numeric mention that is not in a claim, a target or a fact, with the reason. */
  readonly unparsed: UnparsedMention[];
  /** Sums a table's 合计 row states, by claim id: the checker verifies them. */
  readonly sums: SumSpec[];
}

interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly clauses: Clause[];
}

// Words before a figure that say what it measures. Checked on the stretch of text
// between the previous figure (or the clause start) and this one.
const INCREASE = /增加|新增|增长|多增|提高|上升|increase|grew|growth|rose|\bup\b/i;
const DECREASE = /减少|下降|回落|降低|decrease|fell|declin/i;
const YOY = /同比|比上年同期|较上年同期|year-on-year|year on year|yoy/i;
const YTD = /较年初|比年初|年初以来|比上年末|较上年末|比去年末|较去年末|比上年底|较上年底|from the beginning of the year|since the beginning of the year|since the start of the year|from the start of the year|from the end of last year/i;
const QOQ = /较上季末|比上季末|环比/;
const GAP = /高于|快于|高出|超出|低于|慢于|higher than|faster than|above|below|lower than/i;
const GAP_NEGATIVE = /低于|慢于|below|lower than/i;
const SHARE = /占比|比重|占|份额|accounted for|share of|proportion/i;
const CUMULATIVE = /累计|累放|cumulative/i;
const NEW_LENDING = /投向|发放|issued|disbursed/i;
const RATE_LEVEL = /利率|interest rate/i;
const BORROWERS = /户数|贷款户|客户数|borrowers/i;
const BALANCE = /余额|balance|总额/i;
// The reason a figure without a year stays unparsed (the CLI looks for it to give a hint).
const NO_DATE = 'no as-of date in the text and no documentDate given';

// Words that make a sentence a goal rather than a statement of fact; a deadline ahead of
// the document's date (到2027年, by 2030) does too.
const TARGET = /目标(?!客户|市场|群体|人群|企业)|力争|确保|通过三年|倍增行动|\b(goals?|targets?(?!ed)|aims? to|the aim is)\b/i;
const TARGET_ALL = new RegExp(TARGET.source, 'gi');
// 济南、青岛两市, 东营、烟台、潍坊等三市: several places named together.
const PLACE_LIST = /[\u4e00-\u9fa5]{2,3}[、和及与][\u4e00-\u9fa5]{2,3}(?:[、和及与][\u4e00-\u9fa5]{2,3})*等?[两二三四五六七八九十]?(市|省|县|区)/;
// 高于全省平均水平, 高于全国, 快于同业: a benchmark held by another area or group.
const OTHER_BENCHMARK = /(高于|低于|快于|慢于|高出|超出|超过|higher than|faster than|above|below)[^，。；,;]{0,4}(全省|全国|全区|省内|省平均|同业|行业|全行业|全系统|the province|the national|national average|provincial average)/i;
const MODAL_GOAL = /\b(should|shall|will|is to|are to|aims? to|strives? to|is expected to)\s+(reach|exceed|be|hit|achieve|rise to|grow to|increase to|top)\b[^.;,]{0,24}$/i;
// A numbered line: 1.…, 2、…, (3)…, （四）…, 五、…
const LIST_ITEM = /^\s*(?:\d{1,2}[.、．](?!\d)|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}、)/;
// Words that make only their own clause a goal: a borrower's 计划扩建 is not the bank's goal.
const PLAN_CLAUSE = /计划(?!单列)|\bplans? to\b/i;
// What a goal is to reach: 达到109亿元, 新增53亿元, 提高到83%.
const GOAL_VERB = /达到|达|新增|增加|提高|提升|突破|超过|不低于|实现|reach|increase|exceed/i;
// Words that state what is, after which a figure is not a goal: 实施以来, 已达到, 提前完成.
const STATEMENT = /以来|已经|已达|已实现|已完成|提前完成|\bas of\b|\bstood at\b/gi;
// A plan's actions: 推动5亿元…产业投资基金设立, 加快2亿元政府性融资担保公司设立.
const PLAN_VERB = /推动|加快|推进|力争|争取/;
const PLAN_SETUP = /设立|成立|组建|筹建|建成/;
// A plan's horizon named after its length: 三年倍增行动, 五年规划.
const PLAN_AFTER_LENGTH = /^(倍增)?(行动|计划|规划|攻坚)/;
// Words of a policy measure and its parameters.
const POLICY = /政策|措施|贴息|奖励|补贴|补助|担保费率|费率|出资比例|引导基金|部门|发文|机制|白名单|主导产业|共赢|合作|硬招|\b(polic(y|ies)|measures|departments|mechanisms?|functions)\b/i;
// A rank: "ranking among the top fifty", 排名前10.
const RANK_CUE = /(rank(ing|ed|s)?\s+(among\s+)?(the\s+)?top|排名前|位列前|位居前)\s*$/i;

/** How far back (in characters) the words that qualify a figure are looked for. */
const WINDOW = 240;
/** How far back a bank named by the catalog makes a figure part of its case story. */
const CASE_REACH = 2000;
/** How far before a figure (in characters) its subject may be named. */
const SUBJECT_REACH = 32;

/**
 * Reads a report into claims: for each figure, what it is about (indicator, bank or
 * region), what it measures (balance, increment, growth since the start of the year or
 * year-on-year, share, gap to a benchmark, borrower count …) and as of when. Goals
 * (力争…达到…以上 by a deadline) become `targets`; figures no relation covers (a policy's
 * 2% 贴息, a case's 5天, 25条政策) become `facts`. Every other numeric mention is in
 * `unparsed`, with the reason; a figure that cannot be read with confidence goes there
 * rather than into a wrong claim. Never throws on a string; linear in the length of the text.
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
  const input = typeof text === 'string' ? text : String(text ?? '');
  const normalized = normalizeText(input);
  const s = normalized.text;
  const mentions = findMentions(s, {
    ...(options.documentDate ? { documentDate: options.documentDate } : {}),
    ...(options.billion ? { billion: options.billion } : {}),
  });
  const clauses = splitClauses(s);
  const sentences = groupSentences(clauses);
  const indicatorHits = findIndicators(s);
  const institutionHits = findInstitutions(s);
  // 其中，潍坊市绿色贷款余额…。济南市绿色贷款余额…: each place holds its own figures.
  const placeHits = findPlaces(s);
  // An annual report of a group speaks of 本集团 and of 本行 (the parent bank): two holders.
  const groupReport = s.includes('本集团');
  const placesBetween = (start: number, end: number): PlaceHit[] => {
    const out: PlaceHit[] = [];
    for (let k = lowerBound(placeHits, start, (h) => h.start); k < placeHits.length && (placeHits[k] as PlaceHit).end <= end; k++) out.push(placeHits[k] as PlaceHit);
    return out;
  };
  const placeBefore = (start: number, pos: number): PlaceHit | undefined => {
    const p = placeHits[lowerBound(placeHits, pos, (h) => h.start) - 1];
    return p && p.start >= start && p.end <= pos ? p : undefined;
  };
  const claims: Claim[] = [];
  const targets: TargetClaim[] = [];
  const facts: FactClaim[] = [];
  const unparsed: UnparsedMention[] = [];
  const holderRegion = options.region ? `region:${options.region}` : 'region:unknown';

  // The date in force: the last date mention before, within the paragraph, else the document's date.
  // Dates that figures stand at; a deadline ("By 2030", "到2027年") is a goal's, not a figure's.
  type TimeMentionWithAsOf = Extract<Mention, { kind: 'date' | 'period' }>;
  // 到2025年6月末 in a report written after it is an as-of date, not a deadline.
  const endOf = (asOf: NonNullable<TimeMentionWithAsOf['asOf']>): string => ('date' in asOf ? asOf.date : asOf.period.to);
  // A date after the document's is a deadline, whatever the words before it.
  const isDeadline = (m: TimeMentionWithAsOf): boolean => {
    const end = m.asOf ? endOf(m.asOf) : '';
    const asOf = /(截至|截止|as of( the end of)?)\s*$/i.test(s.slice(Math.max(0, m.span[0] - 18), m.span[0]));
    if (asOf) return false;
    // "By the end of March 2025, the balance … reached": an English summary's past tense states what is.
    const rest = s.slice(m.span[1], Math.min(s.length, m.span[1] + 120));
    if (/^[^.;]*\b(reached|was|were|stood|increased|grew|rose|totall?ed|amounted|had)\b/i.test(rest) && !/^[^.;]*\b(aims?|will|plans?|targets?|goals?|strives?|expects?|to reach)\b/i.test(rest)) {
      return false;
    }
    if (options.documentDate !== undefined && end > options.documentDate) return true;
    return (
      (/(by|(?<!截止|截)到|(?<!截)至)\s*(the\s*)?(end of\s*)?$/i.test(s.slice(Math.max(0, m.span[0] - 16), m.span[0])) || /deadline/.test(m.reason)) &&
      !(options.documentDate !== undefined && end < options.documentDate)
    );
  };
  const dates: TimeMentionWithAsOf[] = [];
  const deadlines: TimeMentionWithAsOf[] = [];
  for (const m of mentions) {
    if ((m.kind !== 'date' && m.kind !== 'period') || m.asOf === undefined) continue;
    // 执行期限至2027年12月31日: how long a policy runs, neither a deadline nor an as-of date;
    // 《三年行动计划（2025—2027年）》: a title's years.
    const before = s.slice(Math.max(0, m.span[0] - 24), m.span[0]);
    if (/(期限|有效期|执行期|实施期|施行)[^，。；,;]{0,4}$/.test(before) || /《[^》]*$/.test(before)) continue;
    // 较2020年末年均增长: the base of a comparison, not the date the figures stand at.
    if (/(较|比|相比|相较于?|compared with)\s*$/i.test(before)) continue;
    // 到年末, 力争年底: the end of the document's year, ahead — not the last year-end a 较年初 counts from.
    if (/^(今年|本年|年)(末|底)$/.test(m.text) && /(到|至|力争|确保)\s*$/.test(before) && options.documentDate) {
      deadlines.push({ ...(m as TimeMentionWithAsOf), asOf: { date: `${options.documentDate.slice(0, 4)}-12-31` } });
      continue;
    }
    (isDeadline(m as TimeMentionWithAsOf) ? deadlines : dates).push(m as TimeMentionWithAsOf);
  }
  const plan = planHorizon(s, mentions, options.documentDate);
  // 主要目标。到2027年末，实现以下目标：\n1.…；\n2.…: the numbered lines under a goal's heading are goals.
  const goalBlocks: { start: number; end: number; deadline: TimeMentionWithAsOf | undefined }[] = [];
  {
    let open: { start: number; end: number; deadline: TimeMentionWithAsOf | undefined } | null = null;
    for (let a = 0; a <= s.length; ) {
      const nl = s.indexOf('\n', a);
      const b = nl < 0 ? s.length : nl;
      const line = s.slice(a, b);
      if (open && LIST_ITEM.test(line)) open.end = b;
      else {
        if (open) goalBlocks.push(open);
        open = null;
        if (/[:：]\s*$/.test(line) && TARGET.test(line)) {
          const d = deadlines[lowerBound(deadlines, b, (x) => x.span[0]) - 1];
          open = { start: b, end: b, deadline: d && d.span[0] >= a ? d : undefined };
        }
      }
      if (nl < 0) break;
      a = nl + 1;
    }
    if (open) goalBlocks.push(open);
  }
  const goalBlockAt = (pos: number): (typeof goalBlocks)[number] | undefined => {
    const g = goalBlocks[lowerBound(goalBlocks, pos + 1, (x) => x.start) - 1];
    return g && pos < g.end ? g : undefined;
  };
  let bankWords: number[] | null = null;
  // Everything below looks things up by position with binary searches over sorted
  // arrays, so the cost stays linear in the text however long it is.
  const newlines: number[] = [];
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) newlines.push(i);
  const paragraphStart = (pos: number): number => {
    const i = lowerBound(newlines, pos, (n) => n);
    return i === 0 ? 0 : (newlines[i - 1] as number) + 1;
  };
  const paragraphEnd = (pos: number): number => {
    const i = lowerBound(newlines, pos, (n) => n);
    return i < newlines.length ? (newlines[i] as number) : s.length;
  };
  // For each date, the last point date (not a period) at or before it.
  const lastPointDate: number[] = [];
  dates.forEach((d, i) => lastPointDate.push('date' in (d.asOf as object) ? i : i > 0 ? (lastPointDate[i - 1] as number) : -1));
  const asOfAt = (pos: number): { date: string; period?: { from: string; to: string } } | null => {
    const start = paragraphStart(pos);
    const i = lowerBound(dates, pos, (d) => d.span[0]);
    let best: (typeof dates)[number] | undefined;
    const previous = dates[i - 1];
    if (previous && previous.span[0] >= start) best = previous;
    if (!best) {
      // The paragraph's first date after the figure (辖区已有14家… 截至2025年6月末…).
      const end = paragraphEnd(pos);
      for (let k = i; k < dates.length && (dates[k] as (typeof dates)[number]).span[0] < end; k++) {
        if ('date' in ((dates[k] as (typeof dates)[number]).asOf as object)) {
          best = dates[k];
          break;
        }
      }
    }
    if (!best && i > 0) {
      // A paragraph without its own date: the last date of the document before it, else
      // the end of the last period it spoke of (2023年 … 八家示范行).
      const k = lastPointDate[i - 1] as number;
      const period = dates[i - 1];
      if (k >= 0) best = dates[k];
      else if (period?.asOf && 'period' in period.asOf) return { date: period.asOf.period.to };
    }
    if (best?.asOf) {
      if ('date' in best.asOf) return { date: best.asOf.date };
      return { date: best.asOf.period.to, period: best.asOf.period };
    }
    return options.documentDate ? { date: options.documentDate } : null;
  };

  // A figure's text as the text prints it (2400億元, not 2400亿元) where only the script differs.
  const inOriginalScript = (figure: Figure, m: FigureMention): Figure => {
    const [from, to] = normalized.toOriginalSpan(m.span);
    const text = input.slice(from, to);
    return text !== figure.text && text.length === figure.text.length ? { ...figure, text } : figure;
  };
  // A phrase read near a figure, in the text's own script (綠色 stays 綠色) when it can be found there.
  const inOriginal = (phrase: string, pos: number): string => {
    if (!phrase) return phrase;
    const at = s.indexOf(phrase, Math.max(0, pos - 48));
    if (at < 0 || at > pos + 48) return phrase;
    const [from, to] = normalized.toOriginalSpan([at, at + phrase.length]);
    const original = input.slice(from, to);
    return original.length === phrase.length ? original : phrase;
  };

  // The as-of date a sentence states before a figure (for facts: no carrying over).
  const dateInSentence = (start: number, pos: number): string | undefined => {
    const i = lowerBound(dates, pos, (d) => d.span[0]) - 1;
    const d = dates[i];
    if (!d?.asOf || d.span[0] < start) return undefined;
    return 'date' in d.asOf ? d.asOf.date : d.asOf.period.to;
  };
  // A goal's deadline: the last deadline (到2025年末, by 2030) of its paragraph up to the end
  // of its sentence, else the horizon of the plan the text is (三年倍增行动).
  const deadlineFor = (sentence: Sentence, pos: number): { date: string; from?: string } | null => {
    // The deadline before the figure (到2025年末…2500亿元，到2027年末达到3000亿元), else the first after it in the sentence.
    const from = paragraphStart(pos);
    const i = lowerBound(deadlines, pos, (x) => x.span[0]);
    const before = deadlines[i - 1];
    const after = deadlines[i];
    const d = before && before.span[0] >= from ? before : after && after.span[0] < sentence.end ? after : undefined;
    // Under a goal's heading: its deadline, else the last one named in the list before the figure.
    const block = goalBlockAt(pos);
    const inBlock = block ? deadlines[lowerBound(deadlines, pos, (x) => x.span[0]) - 1] : undefined;
    const listed = block?.deadline ?? (inBlock && block && inBlock.span[0] >= block.start ? inBlock : undefined);
    // A deadline already past ("By the end of 2024, … should reach"): the date after by/到 in the sentence.
    const past = dates[lowerBound(dates, pos, (x) => x.span[0]) - 1];
    const pastDeadline =
      past && past.span[0] >= sentence.start && /(by|到)\s*(the\s*)?(end of\s*)?$/i.test(s.slice(Math.max(0, past.span[0] - 16), past.span[0])) ? past : undefined;
    const chosen = d ?? listed ?? pastDeadline;
    if (chosen?.asOf) {
      const date = endOf(chosen.asOf);
      // A flow due then runs over the deadline's year (全年新增), or over N years (三年新增).
      const years =
        /([一二两三四五六七八九十\d]{1,2})年(?:内|间|累计)?\s*(?:新增|增加|累计)/.exec(s.slice(Math.max(sentence.start, pos - 24), pos))?.[1] ??
        /^[^.;,]{0,40}?\bover (?:the next )?(two|three|four|five|\d) years\b/i.exec(s.slice(pos, Math.min(sentence.end, pos + 64)))?.[1];
      const span = years ? yearsOf(years) : 1;
      return { date, from: formatDate(startOfYear(subYears(toDate(date), (span ?? 1) - 1))) };
    }
    return plan;
  };
  // Where the last deadline (到2027年, by 2030) named in the sentence before a figure stands, else -1.
  const deadlineBefore = (start: number, pos: number): number => {
    const d = deadlines[lowerBound(deadlines, pos, (x) => x.span[0]) - 1];
    return d && d.span[0] >= start ? d.span[0] : -1;
  };
  // Where the sentence last states what is (截至6月末, 实施以来, 已达到), before a figure; else -1.
  const lastStatement = (start: number, pos: number): number => {
    const d = dates[lowerBound(dates, pos, (x) => x.span[0]) - 1];
    const dated = d && d.span[0] >= start ? d.span[0] : -1;
    const from = Math.max(start, pos - WINDOW);
    const word = lastMatch(STATEMENT, s.slice(from, pos));
    return Math.max(dated, word < 0 ? -1 : from + word);
  };
  // 到 before a date the document's date would place, in the sentence before a figure.
  const undatedTo = (start: number, pos: number): boolean => {
    const d = deadlines[lowerBound(deadlines, pos, (x) => x.span[0]) - 1];
    return d !== undefined && d.span[0] >= start && /(?<!截止|截)到\s*$/.test(s.slice(Math.max(0, d.span[0] - 4), d.span[0]));
  };
  const sourceOf = (m: FigureMention, cue: string): { span: readonly [number, number]; excerpt: string } => {
    const span = normalized.toOriginalSpan(m.span);
    return { span, excerpt: input.slice(Math.max(0, span[0] - Math.min(cue.length, 24)), span[1]) };
  };

  // Tables first: their cells are read by column, not by sentence.
  const tables = readTables(input, options.region ? { region: options.region } : {});
  const tableClaimsAt = new Map<number, Claim>();
  for (const t of tables) for (const c of t.claims) tableClaimsAt.set(c.source?.span?.[0] ?? -1, c);
  // Tables come in the order of the text and do not overlap: a binary search finds the one before.
  const inTable = (m: Mention): boolean => {
    if (tables.length === 0) return false;
    const [start] = normalized.toOriginalSpan(m.span);
    const t = tables[lowerBound(tables, start + 1, (x) => x.span[0]) - 1];
    return t !== undefined && start < t.span[1];
  };
  for (const m of mentions) {
    if (m.kind !== 'figure' || !inTable(m)) continue;
    const start = normalized.toOriginalSpan(m.span)[0];
    const claim = tableClaimsAt.get(start);
    if (claim) claims.push(claim);
    else unparsed.push({ text: m.figure.text, span: normalized.toOriginalSpan(m.span), reason: 'a table cell outside the columns the table reader understood' });
  }

  const figureMentions = mentions.filter((m): m is FigureMention => m.kind === 'figure' && !inTable(m));
  const within = <T>(items: readonly T[], start: number, end: number, at: (t: T) => readonly [number, number]): T[] => {
    const out: T[] = [];
    for (let k = lowerBound(items, start, (t) => at(t)[0]); k < items.length && at(items[k] as T)[0] < end; k++) {
      if (at(items[k] as T)[1] <= end) out.push(items[k] as T);
    }
    return out;
  };
  const hitSpan = (h: NameHit): readonly [number, number] => [h.start, h.end];
  // Where lists open (分别为, 分别增长 …).
  const listMarks: number[] = [];
  for (let k = s.indexOf('分别'); k >= 0; k = s.indexOf('分别', k + 2)) listMarks.push(k);
  for (const sentence of sentences) {
    const figures = within(figureMentions, sentence.start, sentence.end, (m) => m.span);
    if (figures.length === 0) continue;
    const names = within(indicatorHits, sentence.start, sentence.end, hitSpan);
    // Banks of the paragraph up to the end of the sentence: a figure's holder.
    const banks = within(institutionHits, paragraphStart(sentence.start), sentence.end, hitSpan);
    // 该行 at the start of a paragraph: the bank named last before it.
    const recentBank = institutionHits[lowerBound(institutionHits, sentence.start, (h) => h.start) - 1];
    const listSubjects = subjectList(s, sentence, names);
    let listIndex = 0;
    let listMeasure: string | null = null;
    let lastGrowthBasis: Basis | undefined;
    let lastShareOf: string | undefined;
    let lastMeasure: Measure | undefined;
    let lastSubject: string | undefined;
    // The last figure was not about lastSubject (支持小微经营主体312.46万户，同比增长8.1%): a bare rate after it is its own.
    let lastSubjectStale = false;
    let lastBenchmark: string | undefined;
    let lastSubjectEnd: number | undefined;
    let lastScope: string | undefined;
    let previousEnd = sentence.start;

    for (const m of figures) {
      // Everything is looked at within a window before the figure, so a sentence that
      // never ends (junk, a megabyte without a full stop) costs no more than a short one.
      const windowStart = Math.max(sentence.start, m.span[0] - WINDOW);
      const clauseIndex = lowerBound(sentence.clauses, m.span[0] + 1, (c) => c.span[0]) - 1;
      const clause = sentence.clauses[clauseIndex];
      const clauseStart = Math.max(clause ? clause.span[0] : sentence.start, windowStart);
      const cue = s.slice(Math.max(previousEnd, clauseStart), m.span[0]);
      const sentenceBefore = s.slice(windowStart, m.span[0]);
      const after = s.slice(m.span[1], Math.min(sentence.end, m.span[1] + 48));
      const prevFigureEnd = previousEnd;
      previousEnd = m.span[1];
      const nameFrom = lowerBound(names, windowStart, (h) => h.start);
      const namesBefore: NameHit[] = [];
      for (let k = nameFrom; k < names.length && (names[k] as NameHit).end <= m.span[0]; k++) namesBefore.push(names[k] as NameHit);
      const figure = m.figure;
      const dimension = figure.unit.dimension;
      const reject = (reason: string): void => {
        unparsed.push({ text: figure.text, span: normalized.toOriginalSpan(m.span), reason });
        lastSubjectStale = true;
      };

      // A goal (通过三年倍增行动…达到109亿元以上, "by 2027 … aims to", 推动5亿元…基金设立)
      // is not a stated figure: it becomes a target with its deadline.
      const clauseBeforeFigure = s.slice(clauseStart, m.span[0]);
      const clauseEnd = after.search(/[,，;；。]/);
      const afterInClause = clauseEnd < 0 ? after : after.slice(0, clauseEnd);
      // …到2030年碳达峰目标，截至6月末，余额2150亿元: a statement after the goal's words.
      const deadlineAt = deadlineBefore(sentence.start, m.span[0]);
      const planClause = PLAN_CLAUSE.test(clauseBeforeFigure);
      const goalWord = TARGET.test(sentenceBefore) ? lastMatch(TARGET_ALL, sentenceBefore) : -1;
      // Most figures have none of these: the statement markers are looked for only when one is there.
      const inBlock = goalBlockAt(m.span[0]) !== undefined;
      const stated = goalWord >= 0 || planClause || deadlineAt >= 0 || inBlock ? lastStatement(sentence.start, m.span[0]) : -1;
      // 实施以来…力争多投快投…达到1200亿元: words of a goal after a statement need a deadline after it too.
      const byWords = ((goalWord >= 0 && windowStart + goalWord > stated) || (planClause && clauseStart > stated)) && (stated < 0 || deadlineAt > stated);
      const byDeadline = deadlineAt > stated;
      // 到2024年末…达到860亿元 without the document's date: a deadline or an as-of date, which it would tell.
      if (!byWords && byDeadline && options.documentDate === undefined && undatedTo(sentence.start, m.span[0])) {
        reject('after 到 and a date, which may be a deadline or an as-of date: give documentDate to tell');
        continue;
      }
      const inGoalList = inBlock && stated < 0;
      // "the balance … should reach 50 billion yuan": an English goal, whatever the dates say.
      const modal = MODAL_GOAL.test(clauseBeforeFigure);
      // 三年新增绿色贷款500亿元以上，到2025年末…: a figure followed by a deadline in a sentence that states nothing.
      const laterDeadline = deadlines[lowerBound(deadlines, m.span[1], (x) => x.span[0])];
      const byLaterDeadline = laterDeadline !== undefined && laterDeadline.span[0] < sentence.end && lastStatement(sentence.start, sentence.end) < 0;
      const goal = byWords || byDeadline || byLaterDeadline || inGoalList || modal || (PLAN_VERB.test(clauseBeforeFigure) && PLAN_SETUP.test(afterInClause));
      // A figure the checker has no relation for, kept as a fact with what it is about;
      // `strict`: only where the sentence is clearly a policy's or a case's.
      const keepAsFact = (strict: boolean): boolean => {
        const context = contextOf(sentence, banks, m.span[0], cue);
        const about = inOriginal(aboutOf(s, figure, m.span[0], m.span[1], sentence.start, sentence.end), m.span[0]);
        if (!about) return false;
        // A loan the catalog does not know (个人住房贷款余额) stays unparsed, where it says so;
        // a figure of something else in such a sentence (提升审批效率近50%) is a fact.
        if (strict && context === 'other' && /贷款|信贷|loan|credit/i.test(about)) return false;
        // Outside a policy or a case, an amount or a rate is a statistic of something the catalog lacks: unparsed says so.
        if (context === 'other' && (dimension === 'money' || dimension === 'percent' || dimension === 'percentage-points')) return false;
        const stated = dateInSentence(sentence.start, m.span[0]);
        lastSubjectStale = true;
        facts.push({
          id: '',
          context,
          about,
          holder: context === 'case' ? holderOf(s, banks, sentence, m.span[0], recentBank, placeBefore(sentence.start, m.span[0]), holderRegion, groupReport) ?? holderRegion : holderRegion,
          ...(stated ? { date: stated } : {}),
          figure: inOriginalScript(figure, m),
          source: sourceOf(m, cue),
        });
        return true;
      };

      // 分别为 lists: the i-th figure goes with the i-th subject.
      // In the list while no new subject is named after its 分别 (…分别达到40%、50%和92%,制造业贷款三年平均增速63%).
      const listAt = listMarks[lowerBound(listMarks, m.span[0], (x) => x) - 1] ?? -1;
      const inList =
        listSubjects.length > 1 &&
        listAt >= sentence.start &&
        !namesBefore.some((h) => h.start > listAt && !h.stem && !isBenchmarkOrWhole(s, h, sentence.start)) &&
        m.span[0] - listAt <= WINDOW;
      // "over three years", "for two years": a length of time, not a count.
      if (figure.unit.symbol === '' && /^\s+(years?|months?|quarters?|weeks?|days?)\b/i.test(after)) {
        reject('a length of time');
        continue;
      }
      // 济南、青岛两市…分别为: a list over places, which the lists of indicators do not zip.
      if (
        listAt >= sentence.start &&
        m.span[0] - listAt <= WINDOW &&
        (new Set(placesBetween(sentence.start, listAt).map((p) => p.holder)).size > 1 || PLACE_LIST.test(s.slice(Math.max(sentence.start, listAt - 40), listAt)))
      ) {
        reject('a list over several places, which the extractor does not pair with its figures');
        continue;
      }
      if (inList && goal) {
        reject('a list of goals, which the extractor does not read');
        continue;
      }
      if (inList) {
        const cueKind = /分别/.test(cue) ? cue : listMeasure ?? cue;
        if (/分别/.test(cue)) {
          listIndex = 0;
          listMeasure = cue;
        }
        const subject = listSubjects[listIndex];
        listIndex++;
        if (!subject) {
          reject(`a list of more figures than the ${listSubjects.length} subjects named before it`);
          continue;
        }
        const measure = measureOf(cueKind, figure, lastMeasure, sentenceBefore, '', s.slice(clauseStart, m.span[0]), false);
        if (!measure) {
          reject('a list figure whose measure is not recognised');
          continue;
        }
        const asOf = asOfAt(m.span[0]);
        if (!asOf) {
          reject(NO_DATE);
          continue;
        }
        const listExtra: Partial<Claim> = {};
        if (measure.measure === 'growth' || measure.measure === 'borrowers-growth') {
          if (!measure.basis) measure.basis = lastGrowthBasis;
          if (measure.measure === 'growth') lastGrowthBasis = measure.basis;
        }
        if (measure.measure === 'gap' && OTHER_BENCHMARK.test(cueKind)) {
          reject('a gap to the rate of another area or group (全省, 全国, 同业), which the text does not state');
          continue;
        }
        if (measure.measure === 'gap') {
          const named = namesBefore.filter((h) => h.start > listAt && isBenchmarkOrWhole(s, h, sentence.start));
          lastBenchmark = named[named.length - 1]?.id ?? lastBenchmark ?? 'total-loans';
          if (!measure.basis) measure.basis = lastGrowthBasis ?? lastBasisIn(sentenceBefore);
          Object.assign(listExtra, { benchmark: lastBenchmark });
        }
        claims.push({ ...makeClaim(subject.id, holderOf(s, banks, sentence, m.span[0], recentBank, placeBefore(sentence.start, m.span[0]), holderRegion, groupReport) ?? holderRegion, asOf, measure, figure, m, cueKind), ...listExtra });
        if (listIndex === listSubjects.length) lastMeasure = measure.measure;
        continue;
      }

      // The subject: the nearest indicator named before the figure in the sentence that is
      // not the benchmark of a gap (高于各项贷款…) or the whole of a share (占各项贷款…).
      const candidates = namesBefore.filter((h) => !h.stem);
      const nearest = [...candidates].reverse().find((h) => !isBenchmarkOrWhole(s, h, sentence.start));
      // A name far before the figure (绿色信贷流程 … 发放500万元) is not its subject unless
      // the figures between carried it.
      const reachable =
        nearest !== undefined &&
        ((nearest.id === lastSubject && !lastSubjectStale) || (m.span[0] - nearest.end <= SUBJECT_REACH && (nearest.start >= clauseStart || BALANCE.test(cue))));
      const subjectHit = reachable ? nearest : undefined;
      // Counts name what they count after the number: 14家银行机构设立科技支行…
      const nextName = names.slice(lowerBound(names, m.span[1], (h) => h.start), lowerBound(names, m.span[1], (h) => h.start) + 4).find((h) => !h.stem);
      const following =
        nextName && nextName.start - m.span[1] <= SUBJECT_REACH && (dimension === 'count' || dimension === 'number') ? nextName : undefined;
      if (goal) {
        // The subject of a goal may follow its figure closely (推动5亿元枣庄财汇产业投资基金设立).
        const close =
          nextName && dimension === 'money' && nextName.start - m.span[1] <= 6 && /^[\u4e00-\u9fa5]*$/.test(s.slice(m.span[1], nextName.start)) ? nextName : undefined;
        // English names it after: "add 600 billion yuan of new green loans".
        const ofName = nextName && /^\s+(?:yuan\s+)?(?:of|in)\s+(?:new\s+)?$/i.test(s.slice(m.span[1], nextName.start)) ? nextName : undefined;
        // A count is a goal of what its own clause names (首贷户数量不低于50000户 is not 普惠小微贷款户数).
        const counted = dimension === 'count' || dimension === 'number';
        const carried = counted ? undefined : lastSubject;
        const inClause = counted && subjectHit && subjectHit.start < clauseStart ? undefined : subjectHit;
        const named = close?.id ?? ofName?.id ?? inClause?.id ?? following?.id ?? carried;
        // 带动年减排二氧化碳100万吨 after a goal for green loans is not a goal for green loans.
        const goalSubject = named !== undefined && fits(named, figure, cue) ? named : undefined;
        const known = goalSubject !== undefined && !unknownSubject(s, Math.max(subjectHit ? subjectHit.end : prevFigureEnd, windowStart), m.span[0], namesBefore);
        if (!known && !GOAL_VERB.test(cue)) {
          if (!keepAsFact(false)) reject('a goal or target whose subject is not named');
          continue;
        }
        // 由400亿元增加到800亿元: where the goal starts from, not the goal.
        if (/由\s*$/.test(cue)) {
          reject('where a goal starts from (由…), not the goal');
          continue;
        }
        const deadline = deadlineFor(sentence, m.span[0]);
        if (!deadline) {
          reject('a goal or target with no deadline the text states');
          continue;
        }
        const read = known ? goalMeasure(cue, figure, goalSubject, close !== undefined, lastMeasure, sentenceBefore, after, clauseBeforeFigure) : null;
        const clauseSpan = normalized.toOriginalSpan([clauseStart, clause ? clause.span[1] : m.span[1]]);
        const clauseText = input.slice(clauseSpan[0], clauseSpan[1]).replace(/\s+/g, ' ').trim();
        const flow = read?.basis === 'period';
        targets.push({
          id: '',
          holder: holderOf(s, banks, sentence, m.span[0], recentBank, placeBefore(sentence.start, m.span[0]), holderRegion, groupReport) ?? holderRegion,
          ...(known && goalSubject ? { indicator: goalSubject } : {}),
          ...(read ? { measure: read.measure } : {}),
          ...(read?.basis ? { basis: read.basis } : {}),
          about: clauseText.length > 80 ? `${clauseText.slice(0, 79)}…` : clauseText,
          figure: inOriginalScript(figure, m),
          deadline: deadline.date,
          ...(flow && deadline.from ? { period: { from: deadline.from, to: deadline.date } } : {}),
          source: sourceOf(m, cue),
        });
        if (read) lastMeasure = read.measure;
        if (known && goalSubject) lastSubject = goalSubject;
        continue;
      }

      // A rank: "ranking among the top fifty" — of the indicator named anywhere before in the sentence.
      if (RANK_CUE.test(cue)) {
        const ranked = nearest ?? following;
        const asOf = asOfAt(m.span[0]);
        if (ranked && asOf) {
          claims.push(makeClaim(ranked.id, holderOf(s, banks, sentence, m.span[0], recentBank, placeBefore(sentence.start, m.span[0]), holderRegion, groupReport) ?? holderRegion, asOf, { measure: 'rank' }, figure, m, cue));
          continue;
        }
      }

      // A case study's credit line (授信) and what was disbursed of it (已投放, 发放贷款):
      // no indicator, but the checker holds disbursed ≤ credit line within the case.
      const caseMeasure =
        subjectHit || following || dimension !== 'money' ? null : caseAmountOf(s.slice(clauseStart, m.span[0]), after.split(/[,，;；。]/)[0] ?? '');
      if (caseMeasure) {
        const asOf = asOfAt(m.span[0]);
        const bank = holderOf(s, banks, sentence, m.span[0], recentBank, placeBefore(sentence.start, m.span[0]), holderRegion, groupReport) ?? 'unknown';
        claims.push({
          ...makeClaim('case-financing', `case:${bank}@${segmentStart(s, windowStart, m.span[0])}`, asOf ?? { date: 'undated' }, { measure: caseMeasure }, figure, m, cue),
        });
        continue;
      }
      const named = subjectHit?.id ?? following?.id ?? (lastSubjectStale ? undefined : lastSubject);
      // 服务科技型企业3200家 after 科技型企业贷款: a count of firms is not a figure of the loans.
      const subject = named !== undefined && !(indicatorUnitKind(named) === 'money' && dimension === 'count' && !figure.unit.symbol.endsWith('户')) ? named : undefined;
      // A loan the catalog does not know (个人住房贷款, "inclusive loans") named between its
      // subject and the figure: the figure is about it, not about the last indicator.
      const from = Math.max(subjectHit ? subjectHit.end : lastSubjectEnd ?? prevFigureEnd, windowStart);
      const unknown = unknownSubject(s, from, m.span[0], namesBefore);
      if (unknown) {
        if (!keepAsFact(true)) reject(`about ${unknown}, which the indicator catalog does not know`);
        continue;
      }
      if (!subject) {
        if (!keepAsFact(false)) reject(dimension === 'count' || dimension === 'number' ? 'a count the indicator catalog does not know' : 'no indicator named before it in the sentence');
        continue;
      }
      const clauseBefore = s.slice(clauseStart, m.span[0]);
      const adjacent = subjectHit !== undefined && m.span[0] - subjectHit.end <= 1;
      const measure = (/增长|增速|同比|较年初|growth/i.test(cue) ? null : ratioOf(subject, figure)) ?? measureOf(cue, figure, lastMeasure, sentenceBefore, after, clauseBefore, adjacent);
      if (!measure) {
        if (!keepAsFact(true)) reject('a figure whose measure (balance, increment, growth, share, gap …) is not recognised');
        continue;
      }
      // Twelve enterprises have issued bonds, 40户企业获得贷款: a count of enterprises of a money indicator counts its borrowers.
      if (measure.measure === 'count' && following && indicatorUnitKind(subject) === 'money' && /^\s*(家)?(企业|enterprises|companies|firms)/i.test(after)) {
        measure.measure = 'borrowers';
      }
      // 支持新型农业经营主体326户 after 涉农贷款: a count that is not of borrowers is no figure of a loan.
      if (measure.measure === 'count' && indicatorUnitKind(subject) === 'money') {
        if (!keepAsFact(false)) reject('a count next to a loan that does not say it counts borrowers');
        continue;
      }
      const asOf = asOfAt(m.span[0]);
      if (!asOf) {
        reject(NO_DATE);
        continue;
      }
      const extra: Partial<Claim> = {};
      if (measure.measure === 'growth') {
        if (!measure.basis && lastGrowthBasis) measure.basis = lastGrowthBasis;
        lastGrowthBasis = measure.basis;
      }
      if (measure.measure === 'increment' && measure.basis) lastGrowthBasis = measure.basis;
      if (measure.measure === 'gap' && OTHER_BENCHMARK.test(cue)) {
        lastSubjectStale = true;
        reject('a gap to the rate of another area or group (全省, 全国, 同业), which the text does not state');
        continue;
      }
      if (measure.measure === 'gap') {
        const between = namesBefore.filter((h) => h.start >= Math.max(clauseStart, prevFigureEnd) && h.id !== subject);
        const afterHit = names.slice(lowerBound(names, m.span[1], (h) => h.start)).find((h) => h.start - m.span[1] <= 80 && h.id !== subject);
        const benchmarkHit = between[between.length - 1] ?? (afterHit && afterHit.start - m.span[1] <= 80 ? afterHit : undefined);
        const benchmark = benchmarkHit?.id ?? 'total-loans';
        Object.assign(extra, { benchmark });
        // 高于本外币各项贷款增速 / 高于人民币各项贷款增速: the benchmark's scope, when stated.
        const scope = /(本外币|人民币)\s*$/.exec(s.slice(Math.max(clauseStart, (benchmarkHit?.start ?? m.span[0]) - 6), benchmarkHit?.start ?? m.span[0]));
        if (scope) Object.assign(extra, { benchmarkScope: scope[1] });
        if (!measure.basis) measure.basis = lastGrowthBasis ?? lastBasisIn(sentenceBefore);
      }
      if (measure.measure === 'share') {
        const whole = namesBefore.filter((h) => h.start >= clauseStart && h.id !== subject);
        const totalAfter = /^ ?of (the )?total (new )?loans/i.exec(after);
        lastShareOf = whole[whole.length - 1]?.id ?? (/各项贷款/.test(cue) || totalAfter ? 'total-loans' : undefined);
        if (totalAfter?.[2]) Object.assign(extra, { flow: true });
        if (!lastShareOf) {
          reject('a share whose whole is not named');
          continue;
        }
        Object.assign(extra, { of: lastShareOf });
      }
      if (measure.measure === 'share-change') {
        if (!lastShareOf) {
          reject('a change of a share with no share before it');
          continue;
        }
        Object.assign(extra, { of: lastShareOf });
      }
      // 人民币各项贷款 / 本外币绿色贷款: the scope of the subject, when stated.
      const subjectScope = subjectHit
        ? /(本外币|人民币)\s*$/.exec(s.slice(Math.max(sentence.start, subjectHit.start - 6), subjectHit.start))?.[1]
        : subject === lastSubject
          ? lastScope
          : undefined;
      if (subjectScope) Object.assign(extra, { scope: subjectScope });
      lastScope = subjectScope;
      claims.push({ ...makeClaim(subject, holderOf(s, banks, sentence, m.span[0], recentBank, placeBefore(sentence.start, m.span[0]), holderRegion, groupReport) ?? holderRegion, asOf, measure, figure, m, cue), ...extra });
      lastMeasure = measure.measure;
      lastSubject = subject;
      lastSubjectStale = false;
      if (subjectHit) lastSubjectEnd = subjectHit.end;
    }
  }

  // Everything that is not a claim is accounted for.
  for (const m of mentions) {
    if (m.kind === 'figure') continue; // figures were claimed or rejected above
    const years = m.kind === 'period' ? consecutiveYears(m) : null;
    if (years) claims.push(years);
    else unparsed.push({ text: m.text, span: normalized.toOriginalSpan(m.span), reason: m.reason });
  }
  unparsed.sort((a, b) => a.span[0] - b.span[0]);
  const ids = new Map<string, string>();
  const numbered = claims.map((c, i) => {
    const id = `c${i + 1}`;
    if (c.id) ids.set(c.id, id);
    return { ...c, id, ...(options.document ? { source: { ...c.source, document: options.document } } : {}) };
  });
  const sums = tables.flatMap((t) => t.sums).map((sum) => ({ ...sum, total: ids.get(sum.total) ?? sum.total, parts: sum.parts.map((p) => ids.get(p) ?? p) }));
  const named = <T extends { id: string; source?: Claim['source'] }>(items: readonly T[], prefix: string): T[] =>
    items.map((t, i) => ({ ...t, id: `${prefix}${i + 1}`, ...(options.document ? { source: { ...t.source, document: options.document } } : {}) }));
  return { claims: numbered, targets: named(targets, 't'), facts: named(facts, 'f'), unparsed, sums };

  // 连续两年获评全国普惠金融示范区: a count of years, of the distinction named right after.
  function consecutiveYears(m: TimeMentionWithAsOf): Claim | null {
    if (!/年$/.test(m.text) || !s.slice(Math.max(0, m.span[0] - 2), m.span[0]).endsWith('连续')) return null;
    const hit = [...findIndicators(s.slice(m.span[1], m.span[1] + 24)), ...findGenericIndicators(s.slice(m.span[1], m.span[1] + 24))].find(
      (h) => h.start <= 6 && indicatorUnitKind(h.id) === 'count',
    );
    const asOf = hit ? asOfAt(m.span[0]) : null;
    if (!hit || !asOf) return null;
    let figure: Figure;
    try {
      figure = parseFigure(m.text);
    } catch {
      return null;
    }
    const span = normalized.toOriginalSpan(m.span);
    return {
      id: '',
      indicator: hit.id,
      holder: holderRegion,
      date: asOf.date,
      measure: 'count',
      figure,
      source: { span, excerpt: input.slice(Math.max(0, span[0] - 2), span[1]) },
    };
  }

  // Where a figure without a relation stands: a policy's parameters, a bank's case, or neither.
  function contextOf(sentence: Sentence, banks: readonly NameHit[], pos: number, cue: string): FactClaim['context'] {
    if (banks.some((b) => b.start >= sentence.start && b.end <= sentence.end)) return 'case';
    const around = s.slice(Math.max(sentence.start, pos - 60), Math.min(sentence.end, pos + 24));
    const clause = clauseAround(sentence, pos);
    if ((POLICY.test(around) || /最高/.test(cue)) && !bankWordWithin(clause[0], clause[1])) return 'policy';
    // A case names its bank somewhere in its paragraph, often after the story (…两家企业… 邮储银行潍坊分行…),
    // or in the paragraphs of the article before it (青岛工行创新研发了… 提升审批效率近50%).
    const from = Math.max(paragraphStart(pos), pos - 3 * WINDOW);
    const to = Math.min(paragraphEnd(pos), pos + 3 * WINDOW);
    if (banks.length > 0 || bankWordWithin(from, to) || institutionWithin(Math.max(0, pos - CASE_REACH), to)) return 'case';
    if (POLICY.test(around)) return 'policy';
    return 'other';
  }

  // Whether the catalog's banks are named in s[from, to).
  function institutionWithin(from: number, to: number): boolean {
    const i = lowerBound(institutionHits, from, (h) => h.start);
    return i < institutionHits.length && (institutionHits[i] as NameHit).start < to;
  }

  // The clause a position lies in, bounded to the window around it.
  function clauseAround(sentence: Sentence, pos: number): [number, number] {
    const k = lowerBound(sentence.clauses, pos + 1, (c) => c.span[0]) - 1;
    const c = sentence.clauses[k];
    return c ? [Math.max(c.span[0], pos - WINDOW), Math.min(c.span[1], pos + 48)] : [pos, pos];
  }

  // Whether a bank is named by a common noun in s[from, to): one pass over the text, then binary searches.
  function bankWordWithin(from: number, to: number): boolean {
    bankWords ??= bankWordPositions(s);
    const i = lowerBound(bankWords, from, (x) => x);
    return i < bankWords.length && (bankWords[i] as number) < to;
  }

  function makeClaim(
    indicator: string,
    holder: string,
    asOf: { date: string; period?: { from: string; to: string } },
    measure: { measure: Measure; basis?: Basis | undefined; negative?: boolean; flow?: boolean },
    figure: Figure,
    m: FigureMention,
    cue: string,
  ): Claim {
    const flow = measure.flow || (asOf.period !== undefined && (measure.measure === 'new-lending' || measure.measure === 'cumulative'));
    return {
      id: '',
      indicator,
      holder,
      date: asOf.date,
      ...(asOf.period && flow ? { period: asOf.period } : {}),
      measure: measure.measure,
      ...(measure.basis ? { basis: measure.basis } : {}),
      ...(flow ? { flow: true } : {}),
      figure: inOriginalScript(measure.negative ? negate(figure) : figure, m),
      source: sourceOf(m, cue),
      ...(options.billion === 'yi' && /billion/i.test(figure.text) ? { mistranslatedBillion: true } : {}),
    };
  }
}

// A bank named by a common noun (工商银行某支行, 该行), not the banking sector (银行业, 银行机构).
const BANK_WORD = /(银行|分行|支行|农商行|信用社)(?!业|机构|保险|\+)|该行|\bbank\b(?!ing)/i;
// The central bank and its branches are regulators, not a case's lender.
const REGULATOR = /(?:中国)?人民银行(?:[\u4e00-\u9fa5]{1,8}?(?:分行|支行|营业管理部))?|央行|People's Bank of China(?: [A-Z][a-z]+){0,3}(?: Branch)?/g;

// Where banks are named by a common noun, the central bank's names left out.
function bankWordPositions(s: string): number[] {
  const regulators: [number, number][] = [];
  for (const m of s.matchAll(REGULATOR)) regulators.push([m.index, m.index + m[0].length]);
  const out: number[] = [];
  let r = 0;
  for (const m of s.matchAll(new RegExp(BANK_WORD.source, 'gi'))) {
    while (r < regulators.length && (regulators[r] as [number, number])[1] <= m.index) r++;
    const reg = regulators[r];
    if (reg && m.index >= reg[0] && m.index < reg[1]) continue;
    out.push(m.index);
  }
  return out;
}
// Counting words whose noun follows them: 25条新政策, 两家企业, 六张“白名单”.
const CLASSIFIERS = new Set(['家', '个', '条', '项', '张', '笔', '处', '种', '方', '大', '级', '只', '名', '次', '位', '']);
const STOP_AFTER = new Set([...'的因在为已将和与及等是被均都共从中之入,，。;；、']);
const STOP_BEFORE = new Set([...'的为了将和与及对向']);

/**
 * What a figure counts or measures, in the text's words: the noun after a count
 * (25条新政策 → 新政策, ten other departments → other departments), else the words
 * before it (服务老人超8800人 → 服务老人, 床位总数140余张 → 床位总数).
 */
function aboutOf(s: string, figure: Figure, start: number, end: number, from: number, to: number): string {
  const after = s.slice(end, Math.min(to, end + 40));
  if (CLASSIFIERS.has(figure.unit.symbol)) {
    let noun = '';
    for (const ch of after) {
      if (ch === '“' || ch === '”' || ch === '"' || ch === '「' || ch === '」') continue;
      if (!/[\u4e00-\u9fa5]/.test(ch) || STOP_AFTER.has(ch) || noun.length >= 8) break;
      noun += ch;
    }
    if (noun) return noun;
    // English: the words up to the first plural (other departments, specialized working mechanisms).
    const words = after.split(' ');
    if (words[0] === '') {
      const taken: string[] = [];
      for (const word of words.slice(1, 6)) {
        const w = word.replace(/[,.;:)]$/, '');
        if (!/^[A-Za-z-]+$/.test(w)) break;
        taken.push(w);
        if (/[a-z]s$/.test(w)) return taken.join(' ');
        if (w !== word) break;
      }
    }
  }
  let before = s.slice(Math.max(from, start - 12), start);
  if (STOP_BEFORE.has(before[before.length - 1] as string)) before = before.slice(0, -1); // 贷款额的2%
  let k = before.length;
  while (k > 0 && /[\u4e00-\u9fa5“”]/.test(before[k - 1] as string) && !STOP_BEFORE.has(before[k - 1] as string)) k--;
  const zh = before.slice(k).replace(/[“”]/g, '').replace(/(达到|达|为|至|到|超过|了|共|计|的)$/, '');
  // 设立10亿元科技成果转化引导基金, 3天完成审批: a verb before, the thing after.
  const next = /^[“"]?([\u4e00-\u9fa5]{2,8})/.exec(after)?.[1];
  if (zh.length > 2 || (zh && !next)) return zh;
  if (next && /[\u4e00-\u9fa5]/.test(s[end - 1] ?? '')) return next.split(/[的因在为已将和与及等是被]/)[0] || zh;
  if (zh) return zh;
  // English: the last whole words before the figure.
  const words = s.slice(Math.max(from, start - 40), start).trimEnd().split(/\s+/);
  if (start - 40 > from) words.shift(); // a word cut by the window
  const en = words.slice(-3).filter((w) => /^[A-Za-z-]+$/.test(w));
  if (en.length > 0) return en.join(' ');
  return figure.unit.symbol.trim();
}

// Whether a figure can be about an indicator: an amount or a rate of a loan, a count of a
// count (户 of a loan only where it counts borrowers), a percent of a ratio.
function fits(indicator: string, figure: Figure, cue: string): boolean {
  const kind = indicatorUnitKind(indicator);
  const d = figure.unit.dimension;
  if (d === 'percent' || d === 'percentage-points') return true;
  if (kind === 'money') return d === 'money' || (figure.unit.symbol.endsWith('户') && BORROWERS.test(cue));
  if (kind === 'count' || kind === 'number') return d === 'count' || d === 'number';
  return kind === undefined || d === 'number';
}

// A percent of an indicator that is a ratio (存贷比达到83%) is its value.
function ratioOf(subject: string, figure: Figure): MeasureRead | null {
  return indicatorUnitKind(subject) === 'ratio' && figure.unit.dimension === 'percent' ? { measure: 'ratio' } : null;
}

// What a goal's figure measures: 新增…53亿元 is a flow over the plan's period; 推动5亿元…
// 基金设立 a size; 余额达109亿元以上 a balance; 存贷比达到83%以上 a ratio.
function goalMeasure(
  cue: string,
  figure: Figure,
  subject: string,
  close: boolean,
  lastMeasure: Measure | undefined,
  sentenceBefore: string,
  after: string,
  clauseBefore: string,
): { measure: Measure; basis?: Basis | 'period' | undefined } | null {
  const dimension = figure.unit.dimension;
  // 增加到800亿元, 提高到83%: the level to reach.
  if (/(增加|提高|提升|增长|上升|扩大)(到|至)\s*$/.test(cue)) {
    if (dimension === 'money') return { measure: 'balance' };
    if (dimension === 'percent') return ratioOf(subject, figure);
  }
  if ((dimension === 'money' || dimension === 'count' || dimension === 'number') && (/新增|增加|多增|\badd(s|ed|ing)?\b/i.test(cue) || /^\s*(yuan\s+)?of new\b/i.test(after))) {
    return { measure: 'increment', basis: 'period' };
  }
  // 存贷比提高到83%以上: the level a ratio is to reach.
  const ratio = /增长|增速|growth/i.test(cue) ? null : ratioOf(subject, figure);
  if (ratio) return ratio;
  const read = measureOf(cue, figure, lastMeasure, sentenceBefore, after, clauseBefore, false);
  if (read) return read;
  if (dimension === 'money' && close) return { measure: 'amount' };
  if (dimension === 'money' && GOAL_VERB.test(cue)) return { measure: 'balance' };
  return null;
}

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

// A small number of years written in digits or Chinese numerals (三, 5), else null.
function yearsOf(text: string): number | null {
  let years: number;
  try {
    years = parseFigure(text).value.toNumber();
  } catch {
    return null;
  }
  return Number.isInteger(years) && years >= 1 && years <= 10 ? years : null;
}

// Where the last match of a global pattern starts in a text, else -1.
function lastMatch(pattern: RegExp, text: string): number {
  let at = -1;
  for (const m of text.matchAll(pattern)) at = m.index;
  return at;
}

// Loan nouns in s[from, to) outside the names the catalog knows: 个人住房贷款, 信用贷款,
// "inclusive loans". A bare 贷款 (贷款余额, 贷款户数) or "loan balance" is not one.
function unknownSubject(s: string, from: number, to: number, known: readonly NameHit[]): string | null {
  if (to <= from) return null;
  let text = s.slice(from, to);
  for (const h of known) {
    if (h.end <= from || h.start >= to) continue;
    const a = Math.max(h.start, from) - from;
    const b = Math.min(h.end, to) - from;
    text = `${text.slice(0, a)}${' '.repeat(b - a)}${text.slice(b)}`;
  }
  // 智慧信贷系统, 信贷流程: a system or a process, not a loan.
  const zh = /([\u4e00-\u9fa5]{1,8}?)(贷款|信贷)(?!系统|流程|审批|产品|服务|模式|业务)/.exec(text);
  if (zh && !/^(的|存量|新增|各类|发放|用信|累放|投放|向|对|贷款|个|笔|亿元|万元|元)$/.test(zh[1] as string)) {
    return zh[0];
  }
  const en = /\b([a-z]+) (loans|credit)\b/i.exec(text);
  if (en && !/^(the|a|an|of|its|their|new|total|all|average|these|such|and|in|on|to|for|with|bank)$/i.test(en[1] as string)) return en[0];
  return null;
}

// Where the stretch of one case starts: after the last ；/;/。 before the figure (one
// paragraph may tell of two borrowers: …已投放2000万元;对金力新材料…发放信用贷款1000万元).
function segmentStart(s: string, from: number, to: number): number {
  const text = s.slice(from, to);
  let at = -1;
  for (const mark of [';', '；', '。', '\n']) at = Math.max(at, text.lastIndexOf(mark));
  return at < 0 ? from : from + at + 1;
}

// What a money figure of a case study is, from the words of its clause.
function caseAmountOf(before: string, after: string): 'credit-line' | 'disbursed' | null {
  if (/累计|共发放|全年|规模/.test(before)) return null;
  // 提供3000万元信用授信 names the line after the amount; 授信总额度5000万元 before it.
  if ((/授信/.test(before) || /^[^\d]{0,4}授信/.test(after)) && !/用信|投放|发放/.test(before)) return 'credit-line';
  if (/已投放|投放|用信余额|发放(了)?(信用)?贷款|放款|发放“|发放"/.test(before)) return 'disbursed';
  // English summaries: "a credit line of 80 million yuan", "disbursements of 95 million yuan".
  if (/\b(credit line|line of credit|credit lines|granted credit)\b[^.;,]{0,16}$/i.test(before)) return 'credit-line';
  if (/\b(disbursed|disbursements?|drew down|drawn|lent)\b[^.;,]{0,16}$/i.test(before)) return 'disbursed';
  return null;
}

/** Index of the first item whose key is at least `value` (items sorted by key). */
function lowerBound<T>(items: readonly T[], value: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(items[mid] as T) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}


// A name right after 高于/低于/占/比 (or "than", "of") is a benchmark or a whole, not a subject.
function isBenchmarkOrWhole(s: string, hit: NameHit, sentenceStart: number): boolean {
  const before = s.slice(Math.max(sentenceStart, hit.start - 8), hit.start);
  if (/(高于|低于|快于|慢于|占|比)[^,;，；。]{0,6}$/.test(before) && !/比年初$/.test(before)) return true;
  const english = s.slice(Math.max(sentenceStart, hit.start - 48), hit.start);
  return /(than|share of|proportion of|% of|percent of)( the)?( average)?( growth)?( rate)?( of)? $/i.test(english);
}

// Who a figure is about: a bank named before it in the sentence; else, unless the
// sentence speaks of the whole area (辖区, 全市 …), the last bank named in the paragraph.
function holderOf(
  s: string,
  banks: readonly NameHit[],
  sentence: Sentence,
  pos: number,
  recentBank?: NameHit,
  place?: PlaceHit,
  home?: string,
  groupReport = false,
): string | null {
  const inSentence = banks.filter((b) => b.start >= sentence.start && b.end <= pos);
  const last = inSentence[inSentence.length - 1];
  if (last) return `institution:${last.id}`;
  const before = s.slice(Math.max(sentence.start, pos - WINDOW), pos);
  // 本集团…。其中，本行…: the group and the parent bank of an annual report.
  if (groupReport) {
    const self = /(本集团|本行|母公司|本公司)[^本母]*$/.exec(before)?.[1];
    if (self) return self === '本集团' ? 'entity:group' : 'entity:bank';
  }
  // A place named in the sentence (山东省…, 其中，济南市…): its own holder; the text's own region is the default.
  if (place && !banks.some((b) => b.start >= place.start && b.start < pos)) return place.holder === home ? null : place.holder;
  // 该行提出…: the bank named last in the paragraph, whatever else the sentence speaks of.
  if (/该行|该分行|\bthe bank\b/i.test(before)) {
    const named = banks.filter((b) => b.end <= pos);
    const lastNamed = named[named.length - 1] ?? (recentBank && sentence.start - recentBank.end <= CASE_REACH ? recentBank : undefined);
    if (lastNamed) return `institution:${lastNamed.id}`;
  }
  if (/辖区|辖内|全市|全省|全区|全国|region|city|province/.test(before)) return null;
  // A bank the catalog does not know (工商银行某分行): its own holder, never the region.
  const bank = /([\u4e00-\u9fa5]{2,12}?(?:银行|分行|支行|农商行|信用社))(?!机构|业|保险)/.exec(before.replace(REGULATOR, ' '));
  if (bank) return `bank:${(bank[1] as string).replace(/^该行/, '')}`;
  const inParagraph = banks.filter((b) => b.end <= pos);
  const lastInParagraph = inParagraph[inParagraph.length - 1];
  return lastInParagraph ? `institution:${lastInParagraph.id}` : null;
}

// The subjects of a 分别 list: the names joined by 、 (or 和/及) just before 分别 —
// 高新技术企业、科技型中小企业、专精特新中小企业、专精特新“小巨人”企业贷款余额分别为…
function subjectList(s: string, sentence: Sentence, names: readonly NameHit[]): NameHit[] {
  const text = s.slice(sentence.start, sentence.end);
  const at = text.indexOf('分别');
  if (at < 0) return [];
  const pos = sentence.start + at;
  const before = names.filter((h) => h.end <= pos);
  const run: NameHit[] = [];
  for (let i = before.length - 1; i >= 0; i--) {
    const h = before[i] as NameHit;
    const next = run[0];
    if (next) {
      const gap = s.slice(h.end, next.start);
      if (!/^(、|和|及|与|,)$/.test(gap)) break;
    }
    run.unshift(h);
  }
  return run;
}

interface MeasureRead {
  measure: Measure;
  basis?: Basis | undefined;
  negative?: boolean;
  flow?: boolean;
}

// The basis named last in a stretch of text: a gap follows the rate just before it.
function lastBasisIn(text: string): Basis | undefined {
  let best: { at: number; basis: Basis } | undefined;
  for (const [pattern, basis] of [
    [YOY, 'yoy'],
    [YTD, 'ytd'],
    [QOQ, 'qoq'],
  ] as const) {
    const global = new RegExp(pattern.source, 'gi');
    for (const m of text.matchAll(global)) if (!best || m.index > best.at) best = { at: m.index, basis };
  }
  return best?.basis;
}

function basisOf(text: string): Basis | undefined {
  if (YOY.test(text)) return 'yoy';
  if (YTD.test(text)) return 'ytd';
  if (QOQ.test(text)) return 'qoq';
  return undefined;
}

// What a figure measures, from the words before it (and, for English, after it).
function measureOf(
  cue: string,
  figure: Figure,
  lastMeasure: Measure | undefined,
  sentenceBefore: string,
  after: string,
  clauseBefore: string,
  adjacent: boolean,
): MeasureRead | null {
  const dimension = figure.unit.dimension;
  // English puts the basis after the figure: "an increase of 133.19 billion yuan from the beginning of the year".
  const basis = basisOf(cue) ?? basisOf(after) ?? (INCREASE.test(cue) || DECREASE.test(cue) ? lastBasisIn(sentenceBefore) : undefined);
  const negative = DECREASE.test(cue);
  const gapAfter = /^\s*(higher|lower|faster|slower|above|below)\b/i.exec(after);
  if (dimension === 'percentage-points') {
    if (GAP.test(cue)) return { measure: 'gap', basis: basisOf(cue), negative: GAP_NEGATIVE.test(cue) };
    if (gapAfter) return { measure: 'gap', basis: basisOf(cue), negative: /lower|slower|below/i.test(gapAfter[1] as string) };
    if ((INCREASE.test(cue) || DECREASE.test(cue)) && (lastMeasure === 'share' || SHARE.test(cue))) return { measure: 'share-change', basis: basis ?? lastBasisIn(sentenceBefore), negative };
    return null;
  }
  if (dimension === 'percent') {
    if (RATE_LEVEL.test(cue)) return { measure: 'interest-rate' };
    // 覆盖面提高到48%: the level something reached, not a growth rate.
    if (/(提高|提升|上升|增长|增加|升)(到|至)\s*$/.test(cue)) return null;
    // 高于各项贷款增速6.29%: a gap written in % (the checker names the slip).
    if (GAP.test(cue) && !SHARE.test(cue)) return { measure: 'gap', basis: basisOf(cue), negative: GAP_NEGATIVE.test(cue) };
    // 三年平均增速: an average over years, CAGR or arithmetic mean — not a growth of one period.
    if (/平均增速|平均增长|年均增速|年均增长|average (annual )?growth/i.test(cue)) return { measure: 'average-growth' };
    if (SHARE.test(cue)) return { measure: 'share', ...(NEW_LENDING.test(cue) || /新增|new loans/i.test(cue) ? { flow: true } : {}) };
    if (INCREASE.test(cue) || DECREASE.test(cue) || /增速|增幅|growth rate/i.test(cue) || /growth|increase/i.test(after.slice(0, 12))) {
      return { measure: lastMeasure === 'borrowers' || BORROWERS.test(cue) ? 'borrowers-growth' : 'growth', basis, negative };
    }
    return null;
  }
  if (dimension === 'number' && figure.unit.symbol === '') return { measure: 'count' };
  if (dimension === 'money' && /total(l)?ing|totall?ed|amounting to|worth/i.test(cue)) return { measure: 'amount' };
  if (dimension === 'money' && /发放|放款/.test(clauseBefore) && !BALANCE.test(cue)) {
    // 全年共发放… is an aggregate; 发放贷款580万元 is one loan of a case study.
    return /累计|共发放|全年|年度|当年/.test(clauseBefore) ? { measure: 'cumulative', flow: true } : null;
  }
  if (dimension === 'money' || dimension === 'number') {
    if (CUMULATIVE.test(cue)) return { measure: 'cumulative', flow: true };
    if (/多增|少增/.test(cue)) return null; // compares two increments: not a claim the checker models
    if (INCREASE.test(cue) || DECREASE.test(cue)) {
      if (!basis) return null;
      return { measure: 'increment', basis, negative };
    }
    // 投向养老产业贷款41户、4.44亿元: flows of the period.
    if (/投向/.test(clauseBefore) && !BALANCE.test(cue)) return { measure: 'new-lending', flow: true };
    // A size or an annual total (规模, 收入完成) is an amount, not a loan balance.
    if (/规模|完成|实现|total(l)?ing/i.test(cue) && !/余额|balance/i.test(cue)) return { measure: 'amount' };
    if (BALANCE.test(cue) || figure.qualifier === 'reached' || adjacent || /(达|为|reach|reaching|of|at)$/i.test(cue.trim())) {
      return { measure: 'balance' };
    }
    return null;
  }
  if (dimension === 'count') {
    if (CUMULATIVE.test(clauseBefore)) return { measure: 'cumulative', flow: true };
    if (figure.unit.symbol.endsWith('户') && /投向/.test(clauseBefore)) return { measure: 'borrowers', flow: true };
    // 较年初增加1.3万户: a change in the number, which no measure models — not a level.
    if (INCREASE.test(cue) || DECREASE.test(cue)) return null;
    if (figure.unit.symbol.endsWith('户') && (BORROWERS.test(cue) || lastMeasure === 'borrowers')) return { measure: 'borrowers' };
    return { measure: 'count' };
  }
  return null;
}

function negate(figure: Figure): Figure {
  return { ...figure, value: figure.value.neg(), stated: figure.stated.neg() };
}

function groupSentences(clauses: readonly Clause[]): Sentence[] {
  const out: Sentence[] = [];
  for (const c of clauses) {
    const last = out[out.length - 1];
    if (last && last.index === c.sentence) {
      last.clauses.push(c);
      (last as { end: number }).end = c.span[1];
    } else {
      out.push({ index: c.sentence, start: c.span[0], end: c.span[1], clauses: [c] });
    }
  }
  return out;
}

