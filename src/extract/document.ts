import type { Claim, FactClaim, TargetClaim } from '../check/claim.js';
import type { UnparsedMention } from '../check/report.js';
import type { SumSpec } from '../check/options.js';
import type { Figure } from '../figure/figure.js';
import { type BankHit, findBanks } from './lexicon/banks.js';
import { type CatalogName, findCatalogNames } from './lexicon/catalog.js';
import { type PlaceHit, findPlaces } from './lexicon/places.js';
import type { Hit } from './lexicon/trie.js';
import { workedExamples } from './frame/examples.js';
import { type AreaLevel, type DocumentHolder, type HolderScope, documentHolder, homeLevel, nationMarks } from './frame/holder.js';
import { TimeIndex, englishDatelineAt, lowerBound, readTimes } from './frame/time.js';
import { findMentions } from './findMentions.js';
import type { FigureMention, Mention } from './mention.js';
import { type NormalizedText, normalizeText } from './normalizeText.js';
import { type Clause, eachClause } from './splitClauses.js';
import type { UnparsedCode } from '../check/unparsed.js';
import type { ExtractOptions } from './options.js';

export type { ExtractOptions };

/** A sentence: its clauses, where it starts and ends in the normalised text. */
export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly clauses: Clause[];
}

/**
 * A text as the readers see it: normalised, with its numeric mentions, sentences, dates,
 * places, banks and catalog names, each found once and looked up by position. Built once;
 * nothing in it changes while the readers run.
 */
export class Doc {
  readonly s: string;
  readonly mentions: readonly Mention[];
  /** How many sentences the text has: {@link sentence} gives each. */
  readonly sentenceCount: number;
  readonly times: TimeIndex;
  /** Places outside bank names (潍坊银行 is a bank, not 潍坊). */
  readonly places: readonly PlaceHit[];
  readonly banks: readonly BankHit[];
  readonly names: readonly Hit<CatalogName>[];
  readonly holder: DocumentHolder;
  /** Where the text names the nation as a holder. */
  readonly nation: readonly number[];
  /** An annual report of a group speaks of 本集团 and of 本行 (the parent bank): two holders. */
  readonly groupReport: boolean;
  /** The level of the text's area: 全省 in a city's text is the province. */
  readonly homeLevel: AreaLevel | undefined;
  readonly callsItselfCounty: boolean;
  /** Where the text works an example through a bank it does not name (以某银行为例): no one's figures. */
  readonly examples: readonly (readonly [number, number])[];
  private readonly newlines: readonly number[];
  // Clause k spans [clauseSpans[2k], clauseSpans[2k + 1]); sentence i holds clauses
  // firstClause[i] to firstClause[i + 1]. Offsets, not objects: a 10 MB text has 200k clauses.
  private readonly clauseSpans: Int32Array;
  private readonly firstClause: Int32Array;

  constructor(
    readonly input: string,
    readonly normalized: NormalizedText,
    readonly options: ExtractOptions,
  ) {
    const s = normalized.text;
    this.s = s;
    this.mentions = findMentions(s, {
      ...(options.documentDate ? { documentDate: options.documentDate } : {}),
      ...(options.billion ? { billion: options.billion } : {}),
    });
    const spans = new GrowingInts();
    const firsts = new GrowingInts();
    eachClause(s, (a, b, _sentence, index) => {
      if (index === 0) firsts.push(spans.length / 2);
      spans.push(a);
      spans.push(b);
    });
    this.sentenceCount = firsts.length;
    firsts.push(spans.length / 2);
    this.clauseSpans = spans.done();
    this.firstClause = firsts.done();
    const refs = readTimes(s, this.mentions, options.documentDate);
    this.times = new TimeIndex(refs, options.documentDate, s);
    this.banks = findBanks(s);
    // 新华社北京4月20日电: where the news was written, not a holder of its figures.
    const datelines = refs.filter((r) => r.role === 'dateline');
    // (…2025年10月22日 09:12 北京, 发表于北京, IP属地：北京: where a post was sent from, not whose figures.)
    this.places = outside(findPlaces(s), this.banks).filter((p) => !datelines.some((d) => p.end <= d.start && d.start - p.end <= 6) && !englishDatelineAt(s, p.end) && !SENT_FROM.test(s.slice(Math.max(0, p.start - 8), p.start)));
    this.names = findCatalogNames(s);
    // (The body's first figure: a headline's 近三成 comes before the place its lead names.)
    const firstBreak = s.indexOf('\n');
    const bodyStart = firstBreak > 0 && firstBreak <= 60 && !/[。！？]/.test(s.slice(0, firstBreak)) ? firstBreak + 1 : 0;
    this.holder = documentHolder(s, this.places, this.banks, refs, options.region, this.mentions.find((m) => m.kind === 'figure' && m.span[0] >= bodyStart)?.span[0]);
    // (Nor inside a bank's name: "Bank of China's".)
    this.nation = nationMarks(s, [...this.names, ...this.banks].sort((a, b) => a.start - b.start));
    this.groupReport = s.includes('本集团');
    this.homeLevel = homeLevel(s, this.holder.holder);
    this.callsItselfCounty = /全县|本县|我县/.test(s);
    this.examples = workedExamples(s);
    const newlines: number[] = [];
    for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) newlines.push(i);
    this.newlines = newlines;
  }

  /** Sentence `i` (0 ≤ i < sentenceCount) with its clauses, built when asked for. */
  sentence(i: number): Sentence {
    const from = this.firstClause[i] as number;
    const to = this.firstClause[i + 1] as number;
    const clauses: Clause[] = [];
    for (let k = from; k < to; k++) {
      const a = this.clauseSpans[2 * k] as number;
      const b = this.clauseSpans[2 * k + 1] as number;
      clauses.push({ span: [a, b], text: this.s.slice(a, b), sentence: i, index: k - from });
    }
    return { index: i, start: this.clauseSpans[2 * from] as number, end: this.clauseSpans[2 * to - 1] as number, clauses };
  }

  private readonly firstNames = new Map<string, number>();

  /** Where the text first names a catalog indicator (Infinity when it never does). */
  firstNamed(indicator: string): number {
    let at = this.firstNames.get(indicator);
    if (at === undefined) {
      at = this.names.find((h) => h.value.id === indicator && !h.value.stem)?.start ?? Infinity;
      this.firstNames.set(indicator, at);
    }
    return at;
  }

  /** Where the paragraph of a position starts. */
  paragraphStart(pos: number): number {
    const i = lowerBound(this.newlines, pos, (n) => n);
    return i === 0 ? 0 : (this.newlines[i - 1] as number) + 1;
  }

  // The input's line ends, and its non-empty lines counted up to each: a figure's 1-based paragraph,
  // as the reader sees it (normalizing joins a headline without a full stop to its body).
  private lineEnds: readonly number[] | undefined;
  private paragraphsBefore: readonly number[] | undefined;

  /** The 1-based paragraph (non-empty line of the input) an input position is in. */
  paragraphOf(inputPos: number): number {
    if (!this.lineEnds || !this.paragraphsBefore) {
      const ends: number[] = [];
      const counts: number[] = [];
      let n = 0;
      let start = 0;
      for (let end = this.input.indexOf('\n'); end >= 0; end = this.input.indexOf('\n', end + 1)) {
        if (this.input.slice(start, end).trim() !== '') n++;
        ends.push(end);
        counts.push(n);
        start = end + 1;
      }
      this.lineEnds = ends;
      this.paragraphsBefore = counts;
    }
    const i = lowerBound(this.lineEnds, inputPos, (n) => n);
    return (i === 0 ? 0 : (this.paragraphsBefore[i - 1] as number)) + 1;
  }

  /** Where the paragraph of a position ends. */
  paragraphEnd(pos: number): number {
    const i = lowerBound(this.newlines, pos, (n) => n);
    return i < this.newlines.length ? (this.newlines[i] as number) : this.s.length;
  }

  /** What the holder stage needs to decide the holder of a figure at `pos` in the sentence from `from`. */
  holderScope(from: number, pos: number): HolderScope {
    return { s: this.s, from, pos, paragraphStart: this.paragraphStart(pos), places: this.places, banks: this.banks, nation: this.nation, home: this.holder.holder, groupReport: this.groupReport, homeLevel: this.homeLevel, homeGiven: this.holder.reason === 'option', callsItselfCounty: this.callsItselfCounty };
  }

  /** A span of the normalised text as a span of the caller's text. */
  original(span: readonly [number, number]): [number, number] {
    return this.normalized.toOriginalSpan(span);
  }

  /** A figure's text as the caller's text prints it (2400億元, not 2400亿元) where only the script differs. */
  inOriginalScript(figure: Figure, m: FigureMention): Figure {
    const [from, to] = this.original(m.span);
    const text = this.input.slice(from, to);
    // Its span in the caller's text, like every span wupian returns; its text as printed there when only the script differs.
    return { ...figure, span: [from, to] as const, ...(text !== figure.text && text.length === figure.text.length ? { text } : {}) };
  }

  /** A phrase read near a position, in the caller's own script (綠色 stays 綠色) when it can be found there. */
  inOriginal(phrase: string, pos: number): string {
    if (!phrase) return phrase;
    // Only near the position: a search to the end of the text for each phrase would be quadratic.
    const windowStart = Math.max(0, pos - 48);
    const near = this.s.slice(windowStart, pos + 48 + phrase.length).indexOf(phrase);
    if (near < 0) return phrase;
    const at = windowStart + near;
    const [from, to] = this.original([at, at + phrase.length]);
    const original = this.input.slice(from, to);
    return original.length === phrase.length ? original : phrase;
  }

  /** Items whose span lies within [start, end), from a list sorted by start. */
  within<T>(items: readonly T[], start: number, end: number, at: (t: T) => readonly [number, number]): T[] {
    const out: T[] = [];
    for (let k = lowerBound(items, start, (t) => at(t)[0]); k < items.length && at(items[k] as T)[0] < end; k++) {
      if (at(items[k] as T)[1] <= end) out.push(items[k] as T);
    }
    return out;
  }
}

const SENT_FROM = /(?:\d{1,2}:\d{2}|发表于|发布于|IP属地[:：]?)\s{0,2}$/;

/** Reads a text into a Doc. */
export function readDoc(input: string, options: ExtractOptions): Doc {
  return new Doc(input, normalizeText(input), options);
}

/** What the readers produce: claims, goals, facts, and every mention left unread with its code. */
export class Output {
  readonly claims: Claim[] = [];
  readonly targets: TargetClaim[] = [];
  readonly facts: FactClaim[] = [];
  readonly unparsed: UnparsedMention[] = [];
  /** Sums the prose states: a 分别 list and its 两项合计. */
  readonly sums: SumSpec[] = [];
  /** Where the last mention left unread ends, in the normalised text. */
  lastUnreadEnd = -1;

  constructor(private readonly doc: Doc) {}

  /** A figure left unread, with why: its span in the caller's text. */
  unread(m: Mention, code: UnparsedCode, reason: string): void {
    const text = m.kind === 'figure' ? m.figure.text : m.text;
    this.lastUnreadEnd = m.span[1];
    this.unparsed.push({ text, span: this.doc.original(m.span), code, reason });
  }

  /**
   * A sum the text states: the total and its parts, by id (a part read before anyone summed it gets
   * an id from where it stands).
   */
  sum(total: Claim, parts: readonly Claim[], description: string): void {
    for (const c of parts) if (!c.id) (c as { id: string }).id = `part-${c.source?.span?.[0] ?? ''}`;
    this.sums.push({ total: total.id, parts: parts.map((c) => c.id), description });
  }

  // The normalised span of each source span handed out, by its start in the caller's text.
  private readonly normalizedSpans = new Map<number, readonly [number, number]>();

  /** Where a claim was stated: its span in the caller's text, and the excerpt up to it. */
  source(m: FigureMention, cue: string): { span: readonly [number, number]; excerpt: string; paragraph: number } {
    const span = this.doc.original(m.span);
    this.normalizedSpans.set(span[0], m.span);
    return { span, excerpt: this.doc.input.slice(Math.max(0, span[0] - Math.min(cue.length, 24)), span[1]), paragraph: this.doc.paragraphOf(span[0]) };
  }

  /**
   * Where an item read from this text stands in the normalised text, which the readers' positions are in (its
   * `source.span` is in the caller's text: the two differ wherever normalising folded spaces or widths).
   */
  spanOf(item: { readonly source?: { readonly span?: readonly [number, number] | undefined } | undefined }): readonly [number, number] | undefined {
    const span = item.source?.span;
    return span ? (this.normalizedSpans.get(span[0]) ?? span) : undefined;
  }
}

// Places inside a bank's name (潍坊银行, 青岛分行) are the bank's.
function outside(places: readonly PlaceHit[], banks: readonly BankHit[]): PlaceHit[] {
  const out: PlaceHit[] = [];
  let b = 0;
  for (const p of places) {
    while (b < banks.length && (banks[b] as BankHit).end <= p.start) b++;
    const bank = banks[b];
    if (bank && p.start >= bank.start && p.end <= bank.end) continue;
    out.push(p);
  }
  return out;
}

// A list of integers that grows by doubling, handed over trimmed.
class GrowingInts {
  private items = new Int32Array(1024);
  length = 0;

  push(n: number): void {
    if (this.length === this.items.length) {
      const bigger = new Int32Array(this.items.length * 2);
      bigger.set(this.items);
      this.items = bigger;
    }
    this.items[this.length++] = n;
  }

  done(): Int32Array {
    return this.items.slice(0, this.length);
  }
}
