import { indicatorNames } from '../extract/lexicon/catalog.js';
import type { ClaimSummary, Report, Verdict } from '../check/report.js';
import { Decimal } from '../decimal/decimal.js';
import { safeParseFigure } from '../figure/parseFigure.js';
import { identity } from '../extract/mappedText.js';
import { toSimplified } from '../extract/toSimplified.js';
import type { CorpusFigure, CorpusPassage, CorpusRelation } from './corpus.js';
import { type Located, locate } from './locate.js';

/** Where a library put an annotated figure. */
export type Placement = 'claim' | 'target' | 'fact' | 'unparsed' | 'missing';

/** The attributes of a claim a reader checks against the annotation. */
export type Attribute = 'subject' | 'measure' | 'basis' | 'date' | 'value' | 'holder' | 'scope';

/** How wupian read one annotated figure. */
export interface FigureScore {
  /** The annotated figure's id. */
  readonly id: string;
  /** The figure as printed. */
  readonly text: string;
  /** What the annotation says it is. */
  readonly kind: 'claim' | 'target' | 'fact' | 'none';
  /** Where wupian put it. */
  readonly placement: Placement;
  /** The claim, target or fact id in the report. */
  readonly read?: string;
  /** For a claim: subject, measure, date and value all right. */
  readonly right: boolean;
  /** The attributes read wrong (holder and scope are scored, but a figure is "right" without them). */
  readonly wrong: readonly Attribute[];
  /** What the report says when it did not read the figure. */
  readonly unparsed?: {
    /** The unparsed code (UNPARSED_CODES), when the mention has one. */
    readonly code?: string;
    /** Why, in words. */
    readonly reason: string;
  };
}

/** The library's verdict on an annotated relation: the worst of its relations over the relation's figures. */
export type LibraryVerdict = 'consistent' | 'warning' | 'inconsistent' | 'met' | 'missed' | 'undecided' | 'unchecked';

/** How wupian did on one annotated relation. */
export interface RelationScore {
  /** The annotated relation's id. */
  readonly id: string;
  /** Its kind (growth, share …). */
  readonly kind: string;
  /** The verdict annotated. */
  readonly expected: CorpusRelation['verdict'];
  /** For an inconsistent relation: flag, warn or quiet. */
  readonly expect?: CorpusRelation['expect'];
  /** wupian's verdict. */
  readonly library: LibraryVerdict;
  /** wupian read its figures and gave it a verdict. */
  readonly checked: boolean;
  /** The library's verdict is the one expected (for an inconsistent relation: flagged, warned or quiet as `expect` says). */
  readonly right: boolean;
  /** Figures of the relation the library did not read as claims. */
  readonly unread: readonly string[];
}

/** A claim wupian read at no annotated figure. */
export interface StrayClaim {
  /** The claim's id in the report. */
  readonly id: string;
  /** Its figure as printed. */
  readonly text: string;
}

/** How wupian did on one passage. */
export interface PassageScore {
  /** The passage's id. */
  readonly id: string;
  /** Its genre. */
  readonly genre: string;
  /** Its split. */
  readonly split: 'dev' | 'validation';
  /** No relation of the passage is to be flagged or warned about. */
  readonly consistent: boolean;
  /** The report's status (consistent, inconsistent, partial, nothing-checked). */
  readonly status: string;
  /** A consistent passage reported inconsistent. */
  readonly falseAlarm: boolean;
  /** A consistent passage given a warning. */
  readonly falseWarning: boolean;
  /** Each annotated figure, in annotation order. */
  readonly figures: readonly FigureScore[];
  /** Each annotated relation. */
  readonly relations: readonly RelationScore[];
  /** Claims at no annotated figure: the library read something the annotator did not take for a figure. */
  readonly strayClaims: readonly StrayClaim[];
}

/** Where every annotated figure of a passage stands (null for one not found). */
export function locateFigures(passage: CorpusPassage): (Located | null)[] {
  return passage.figures.map((f) => locate(passage.text, f.text, f.occurrence ?? 1));
}

const GOAL_STATUS = new Set(['met', 'missed', 'undecided']);

/**
 * Scores the report wupian gave a passage against the passage's annotation. `located` gives
 * where each figure stands when the text was changed after annotating (planted errors).
 *
 * @example
 * const report = checkText(passage.text, passage.options);
 * scorePassage(passage, report).falseAlarm // false
 */
export function scorePassage(passage: CorpusPassage, report: Report, located: readonly (Located | null)[] = locateFigures(passage)): PassageScore {
  type Spanned = { id: string; span?: readonly [number, number] | undefined };
  const claimAt = indexBySpan(report.claims);
  const targetAt = indexBySpan(report.targets.map((t) => ({ id: t.target, span: t.span })));
  const factAt = indexBySpan(report.facts);
  const unparsedAt = indexBySpan(report.unparsed.map((u, i) => ({ ...u, id: `u${i}` })));
  const claimsById = new Map(report.claims.map((c) => [c.id, c]));
  const billion = passage.options?.billion;
  const used = new Set<string>();

  const figures: FigureScore[] = passage.figures.map((f, k) => {
    const kind = f.kind ?? 'claim';
    const at = located[k];
    const base = { id: f.id, text: f.text, kind };
    if (!at) return { ...base, placement: 'missing', right: false, wrong: [] };
    const claim = claimAt(at.anchor);
    if (claim) {
      used.add(claim.id);
      const wrong = kind === 'claim' ? wrongAttributes(f, claimsById.get(claim.id) as ClaimSummary, billion) : [];
      const core = wrong.filter((w) => w !== 'holder' && w !== 'scope' && w !== 'basis');
      return { ...base, placement: 'claim', read: claim.id, right: kind === 'claim' && core.length === 0, wrong };
    }
    const target = targetAt(at.anchor);
    if (target) return { ...base, placement: 'target', read: target.id, right: kind === 'target', wrong: [] };
    const fact = factAt(at.anchor);
    if (fact) return { ...base, placement: 'fact', read: fact.id, right: kind === 'fact', wrong: [] };
    const u = unparsedAt(at.anchor) as (Spanned & { code?: string; reason?: string }) | undefined;
    return {
      ...base,
      placement: u ? 'unparsed' : 'missing',
      right: kind === 'none',
      wrong: [],
      ...(u ? { unparsed: { ...(u.code ? { code: u.code } : {}), reason: u.reason ?? '' } } : {}),
    };
  });

  const claimOf = new Map(figures.filter((f) => f.placement === 'claim').map((f) => [f.id, f.read as string]));
  const targetOf = new Map(figures.filter((f) => f.placement === 'target').map((f) => [f.id, f.read as string]));
  const factOf = new Map(figures.filter((f) => f.placement === 'fact').map((f) => [f.id, f.read as string]));
  const relations = passage.relations.map((r) => scoreRelation(r, report, claimOf, targetOf, claimsById, factOf));
  const consistent = passage.relations.every((r) => r.verdict !== 'inconsistent' || r.expect === 'quiet');
  const status = (report as { status?: string }).status ?? (report.ok ? 'consistent' : 'inconsistent');
  const inconsistent = report.conflicts.some((c) => c.severity === 'inconsistent');
  const warned = report.conflicts.some((c) => c.severity === 'warning');
  const strayClaims = report.claims.filter((c) => !used.has(c.id)).map((c) => ({ id: c.id, text: c.figure.text }));
  return {
    id: passage.id,
    genre: passage.genre,
    split: passage.split ?? 'dev',
    consistent,
    status,
    falseAlarm: consistent && inconsistent,
    falseWarning: consistent && warned,
    figures,
    relations,
    strayClaims,
  };
}

// Items by the span that covers a position: a claim "is" an annotated figure when its span covers the figure's first numeral.
function indexBySpan<T extends { id: string; span?: readonly [number, number] | undefined }>(items: readonly T[]): (pos: number) => T | undefined {
  const spanned = items.filter((i) => i.span).sort((a, b) => (a.span as [number, number])[0] - (b.span as [number, number])[0]);
  return (pos) => {
    // Spans are short and few per passage: a scan is enough.
    let best: T | undefined;
    for (const i of spanned) {
      const [a, b] = i.span as [number, number];
      if (a > pos) break;
      if (pos < b) best = i;
    }
    return best;
  };
}

function scoreRelation(
  r: CorpusRelation,
  report: Report,
  claimOf: ReadonlyMap<string, string>,
  targetOf: ReadonlyMap<string, string>,
  claimsById: ReadonlyMap<string, ClaimSummary>,
  factOf: ReadonlyMap<string, string> = new Map(),
): RelationScore {
  const ids = Object.values(r.figures).flatMap((v) => (typeof v === 'string' ? [v] : v));
  const base = { id: r.id, kind: r.kind, expected: r.verdict, ...(r.expect ? { expect: r.expect } : {}) };
  if (r.kind === 'goal') {
    const goal = targetOf.get(r.figures['goal'] as string);
    const check = goal ? report.targets.find((t) => t.target === goal) : undefined;
    const status = check?.status;
    const library: LibraryVerdict = status && GOAL_STATUS.has(status) ? (status as LibraryVerdict) : 'unchecked';
    const unread = ids.filter((id) => !claimOf.has(id) && !targetOf.has(id));
    return { ...base, library, checked: library !== 'unchecked', right: library === r.verdict, unread };
  }
  // Goals among its figures (达成率 against 全年目标; a plan's yearly goals and its total): read as goals,
  // and the library's relation must set its figures against those goals.
  const goals = ids.filter((id) => !claimOf.has(id) && targetOf.has(id)).map((id) => targetOf.get(id) as string);
  // Figures read as facts count only where the library relates those very facts (a policy's terms):
  // a relation over facts is judged by what the library said of the facts, nothing else.
  const facts = new Set(ids.filter((id) => !claimOf.has(id) && !targetOf.has(id)).map((id) => factOf.get(id)).filter((f): f is string => f !== undefined));
  const unread = ids.filter((id) => !claimOf.has(id) && !targetOf.has(id));
  const claims = new Set(ids.map((id) => claimOf.get(id)).filter((c): c is string => c !== undefined));
  // The library's relations among these claims alone, each over two claims or more.
  // A restatement is the library's one relation over every statement of a quantity (a headline,
  // its lead and a table cell): it covers an annotated pair when it takes in both. So does an
  // exchange relation, over every yuan statement of what is restated in another currency.
  // A relation over a quantity takes in every statement of it (a headline's 超200% beside the
  // body's 200.6%): a claim stating what an annotated claim states is no claim from outside.
  const keyOf = (id: string): string | undefined => {
    const c = claimsById.get(id);
    return c ? [c.indicator, c.part ?? '', c.scope ?? '', c.holder, c.date, c.measure, c.basis ?? ''].join('|') : undefined;
  };
  const keys = new Set([...claims].map(keyOf));
  // Facts the library judged one term stated twice (a quota in the lead and again in the body) are one
  // quantity, as claims of one key are: a relation over either is over the term the annotation names.
  const termOf = new Map(report.relations.filter((x) => x.kind === 'restatement' && x.verdict !== 'unverifiable' && x.facts).flatMap((x) => (x.facts ?? []).map((f) => [f, x.id] as const)));
  const terms = new Set([...facts].map((f) => termOf.get(f)).filter((t): t is string => t !== undefined));
  const sameTerm = (f: string): boolean => facts.has(f) || terms.has(termOf.get(f) ?? '');
  const within = report.relations.filter(
    (x) =>
      x.claims.length + (x.targets?.length ?? 0) + (x.facts?.length ?? 0) >= 2 &&
      (x.targets ?? []).every((g) => goals.includes(g)) &&
      (((x.facts ?? []).every(sameTerm) && x.claims.every((c) => claims.has(c) || keys.has(keyOf(c)))) ||
        (r.kind === 'restatement' && (x.kind === 'restatement' || x.kind === 'exchange') && [...claims].every((c) => x.claims.includes(c)) && [...facts].every((f) => x.facts?.includes(f)))),
  );
  const judged = within.filter((x) => x.verdict !== 'unverifiable');
  const covered = new Set(judged.flatMap((x) => [...x.claims, ...(x.targets ?? []), ...(x.facts ?? [])]));
  const checked = unread.every((id) => factOf.has(id)) && claims.size + goals.length + facts.size > 0 && [...claims, ...goals, ...facts].every((c) => covered.has(c));
  const library: LibraryVerdict = checked ? worst(judged.map((x) => x.verdict)) : 'unchecked';
  return { ...base, library, checked, right: agrees(r, library), unread };
}

function worst(verdicts: readonly Verdict[]): LibraryVerdict {
  if (verdicts.includes('inconsistent')) return 'inconsistent';
  if (verdicts.includes('warning')) return 'warning';
  return 'consistent';
}

// For an inconsistent relation, "right" is doing what the annotator expects of a good library.
function agrees(r: CorpusRelation, library: LibraryVerdict): boolean {
  if (r.verdict === 'consistent') return library === 'consistent';
  switch (r.expect ?? 'flag') {
    case 'flag':
      return library === 'inconsistent';
    case 'warn':
      return library === 'warning';
    default:
      return library !== 'inconsistent' && library !== 'warning';
  }
}

// Measures the annotation and the library name alike.
const MEASURE_CLASS: Readonly<Record<string, string>> = {
  'new-lending': 'cumulative',
  // A share of a goal (达成率) is the annotation's share whose whole is the goal.
  progress: 'share',
  'credit-line': 'amount',
  disbursed: 'amount',
  // The change in a number of borrowers is the annotation's increment of that number.
  'borrowers-increment': 'increment',
};

function wrongAttributes(f: CorpusFigure, c: ClaimSummary, billion: 'billion' | 'yi' | undefined): Attribute[] {
  const wrong: Attribute[] = [];
  if (!subjectAgrees(f, c)) wrong.push('subject');
  if (f.measure !== undefined && (MEASURE_CLASS[f.measure] ?? f.measure) !== (MEASURE_CLASS[c.measure] ?? c.measure)) wrong.push('measure');
  if (!basisAgrees(f, c)) wrong.push('basis');
  if (f.date !== undefined && f.date !== c.date) wrong.push('date');
  if (f.value !== undefined && !valueAgrees(f, c, billion)) wrong.push('value');
  if (f.holder !== undefined && !holderAgrees(f.holder, c.holder)) wrong.push('holder');
  if (f.scope !== undefined && normalizeWords(f.scope) !== normalizeWords((c as { scope?: string }).scope ?? '')) wrong.push('scope');
  return wrong;
}

function basisAgrees(f: CorpusFigure, c: ClaimSummary): boolean {
  if (f.basis === undefined) return true;
  if (f.basis === c.basis) return true;
  // A flow over its own period that starts on 1 January is the change since the start of the year.
  if (f.basis === 'period') {
    const from = f.period?.from ?? '';
    if (c.basis === 'ytd' && /-01-01$/.test(from)) return true;
    const period = (c as { period?: { from: string; to: string } }).period;
    return period !== undefined && period.from === from;
  }
  return false;
}

const SCOPE_WORDS = /本外币|本外幣|人民币|人民幣|境内|境內|折合人民币|折合人民幣|in (?:both )?(?:yuan|local|domestic) and foreign currencies|\brmb\b|余额|餘額|balance of|outstanding|[“”"'「」\s]/gi;

/** Subject words made comparable: simplified script, lower case, scope and balance words, 的 and spaces left out (the library's keys leave out 的 too). */
export function normalizeWords(text: string): string {
  return toSimplified(identity(text)).text.toLowerCase().replace(SCOPE_WORDS, '').replace(/的/g, '').replace(/（/g, '(').replace(/）/g, ')');
}

function subjectAgrees(f: CorpusFigure, c: ClaimSummary): boolean {
  const theirs = normalizeWords(`${c.part ?? ''}${c.subject ?? ''}`);
  if (f.indicator !== undefined && f.indicator === c.indicator) {
    // The same indicator: and the same sub-population, when the annotation names one.
    // (A part the subject's words already hold counts once: 直接碳减排效益项目 of 直接碳减排效益项目的贷款.)
    const part = normalizeWords(c.part && c.subject?.includes(c.part) ? c.subject : `${c.part ?? ''}${c.subject ?? ''}`);
    return f.part === undefined || (part.length > 0 && sameWords(normalizeWords(f.part), part));
  }
  // A part of an open whole (短期贷款及票据融资 of 企事业单位贷款): the library's part of the whole of those words.
  if (f.part && f.indicator === undefined && f.subject && c.part !== undefined && sameWords(normalizeWords(f.part), normalizeWords(c.part)) && sameWords(normalizeWords(f.subject), wholeName(c.indicator))) return true;
  // A sub-population named by its own words (基础设施绿色升级产业 of green loans) is the library's open subject of those words.
  const words = normalizeWords(f.part && f.indicator ? f.part : f.subject ?? '');
  if (words.length > 0 && theirs.length > 0 && sameWords(words, theirs)) return true;
  // The library's part of a whole (中长期 of 企事业单位贷款, 信用 of 普惠小微贷款) is named by the words of both (企事业单位中长期贷款).
  return c.part !== undefined && words.length > 0 && namesPartOfWhole(words, normalizeWords(c.part), wholeName(c.indicator));
}

function withoutLoanWords(words: string): string {
  return words.replace(/贷款|信贷|loans?|lending|credit/g, '');
}

function wholeName(indicator: string): string {
  return normalizeWords(indicator.startsWith('subject:') ? indicator.slice('subject:'.length) : (indicatorNames()[indicator] ?? ''));
}

function namesPartOfWhole(words: string, part: string, whole: string): boolean {
  const [p, w] = [withoutLoanWords(part), withoutLoanWords(whole)];
  return p.length >= 2 && w.length >= 2 && words.includes(p) && words.includes(w);
}

// Words name one subject when one holds the other (工业中长期贷款 and 工业中长期贷款; 绿色贷款 and 本外币绿色贷款).
function sameWords(a: string, b: string): boolean {
  const [x, y] = [withoutLoanWords(a), withoutLoanWords(b)];
  if (x === y) return true;
  return Math.min(x.length, y.length) >= 2 && (x.includes(y) || y.includes(x));
}

function valueAgrees(f: CorpusFigure, c: ClaimSummary, billion: 'billion' | 'yi' | undefined): boolean {
  // "42.39" and "trillion yuan" read as "42.39 trillion yuan"; "46.80" and "万亿元" as "46.80万亿元".
  const gap = /^[A-Za-z]/.test(f.unit ?? '') ? ' ' : '';
  // An annotation's bare "dollars" are US dollars, as the press it annotates writes them.
  const unit = /U\.?S\.?|Hong Kong/i.test(f.unit ?? '') ? (f.unit ?? '') : (f.unit ?? '').replace(/(^|\s)dollars$/i, '$1US dollars');
  const parsed = safeParseFigure(`${(f.value as string).replace(/^-/, '')}${gap}${unit}`, billion ? { billion } : {});
  if (!parsed.success) return new Decimal(c.figure.value).abs().eq(new Decimal(f.value as string).abs());
  const want = (f.value as string).startsWith('-') ? parsed.data.value.neg() : parsed.data.value;
  return new Decimal(c.figure.value).eq(want);
}

const HOLDER_KIND = /^(national|text|region|bank|institution|entity|place|case)(?::(.*))?$/;

function holderAgrees(annotated: string, library: string): boolean {
  if (annotated === library) return true;
  const a = HOLDER_KIND.exec(annotated);
  const b = HOLDER_KIND.exec(library);
  if (!a || !b) return false;
  const bankish = (k: string | undefined): boolean => k === 'bank' || k === 'institution' || k === 'entity';
  // A bank named in the text: any bank holder of the library whose name shares the annotated words.
  if (a[1] === 'bank' && bankish(b[1])) {
    const x = normalizeWords(a[2] ?? '');
    const y = normalizeWords(b[2] ?? '');
    return b[1] !== 'bank' || x.includes(y) || y.includes(x);
  }
  if (a[1] === 'place' && b[1] === 'place') return normalizeWords(a[2] ?? '').includes(normalizeWords(b[2] ?? '')) || normalizeWords(b[2] ?? '').includes(normalizeWords(a[2] ?? ''));
  return false;
}
