import type { Basis, Measure } from '../../domain/observation.js';
import type { Figure } from '../../figure/figure.js';
import type { Doc, Sentence } from '../document.js';
import type { Subject } from '../lexicon/subjects.js';
import type { FigureMention } from '../mention.js';
import { lowerBound } from './time.js';

/** How far back (in characters) the words that qualify a figure are looked for. */
export const WINDOW = 240;

/** A benchmark a gap is measured against: 各项贷款 of the same holder, or of the nation (全国同期). */
export interface Benchmark {
  readonly indicator: string;
  readonly scope?: string;
  /** Another holder's rate (全国, 全省); absent for the figure's own holder. */
  readonly holder?: string;
}

/**
 * What a figure inherits from the clauses before it in its sentence (and, for a subject, from
 * the sentence before when its own names none): carried explicitly from figure to figure.
 */
export interface Frame {
  /** The subject in force. */
  subject: Subject | undefined;
  /** The last subject of the paragraph's sentences before: bare 放款, 贷款 in a sentence that names none are its loans. */
  paragraphSubject: Subject | undefined;
  /** The last figure was not about the subject (a count of firms, a fact): a bare rate after it is not the subject's. */
  stale: boolean;
  lastMeasure: Measure | undefined;
  /** The basis of the last growth rate: a gap or a bare 增速 after it shares it. */
  lastGrowthBasis: Basis | undefined;
  /** The basis of the last increment: a bare 增幅 right after it is the same change as a rate. */
  lastIncrementBasis: Basis | undefined;
  /** The whole of the last share: a change of share after it is of the same whole. */
  lastShareOf: string | undefined;
  /** That whole is a flow (占新增贷款的): so is a bare 占比 after it. */
  lastShareFlow: boolean;
  lastBenchmark: Benchmark | undefined;
  /** Where the last figure of the sentence ended. */
  previousEnd: number;
  /** The subjects of the figures read in the sentence so far, in order, each once in a row. */
  readonly subjects: Subject[];
  /** The subjects the sentence before read, of the same paragraph: "Both rates …", 两者 name them back. */
  before?: readonly Subject[];
  /** The two subjects 前者/后者 ("the former", "the latter") point back to, fixed at the first pointer of the sentence. */
  pointed?: readonly [Subject, Subject];
  /** The whole just read inside a share's phrase (占全国绿色贷款余额42.39万亿元的): the share after it is of it. */
  wholeInside: { readonly of: string; readonly holder: string; readonly end: number } | undefined;
  /** A subject read in an English clause about a benchmark (", which rose …"), and the sentence's subject before it: the next sentence goes on with that one. */
  aside?: { readonly subject: Subject; readonly before: Subject | undefined } | undefined;
  /** Banks named together before their total (A与B两家银行…合计): who holds the rest of the sentence. */
  jointHolder?: string | undefined;
  /** Where that joint holder took hold: a bank or a place named after it holds its own figures again. */
  jointFrom?: number | undefined;
  /** The sentence is an item of a breakdown whose heading stood on a line before (按行业分：⏎交通运输… 1293.72亿元). */
  breakdown?: boolean;
  /** A 分别 list being read: its subjects and where the next figure goes. */
  list: { readonly at: number; readonly subjects: readonly Subject[]; index: number; cue: string } | undefined;
}

/** Remembers the subject of a figure just read, once in a row: 前者/后者, "the former" and lists after it count back over them. */
export function rememberSubject(frame: Frame, subject: Subject): void {
  const last = frame.subjects[frame.subjects.length - 1];
  if (!last || last.indicator !== subject.indicator || last.part !== subject.part) frame.subjects.push(subject);
}

/** A fresh frame at the start of a sentence; the subject may be carried from the sentence before. */
export function newFrame(start: number, carried?: Subject, paragraphSubject?: Subject): Frame {
  return {
    subject: carried,
    paragraphSubject,
    stale: false,
    lastMeasure: undefined,
    lastGrowthBasis: undefined,
    lastIncrementBasis: undefined,
    lastShareOf: undefined,
    lastShareFlow: false,
    lastBenchmark: undefined,
    previousEnd: start,
    subjects: [],
    list: undefined,
    wholeInside: undefined,
  };
}

/** The words around one figure, as every reader looks at them. */
export interface FigureContext {
  readonly m: FigureMention;
  readonly figure: Figure;
  readonly sentence: Sentence;
  readonly clauseStart: number;
  readonly clauseEnd: number;
  /** The window before the figure within its sentence: nothing further back is looked at, however long the sentence. */
  readonly windowStart: number;
  /** The words between the previous figure (or the clause start) and this one. */
  readonly cue: string;
  readonly cueStart: number;
  /** The clause up to the figure. */
  readonly clauseBefore: string;
  /** The sentence up to the figure, within the window. */
  readonly sentenceBefore: string;
  /** Up to 48 characters after the figure, within the sentence. */
  readonly after: string;
  /** The rest of the figure's clause after it. */
  readonly afterInClause: string;
  readonly paragraphStart: number;
  readonly paragraphEnd: number;
}

/** The context of a figure in its sentence, given where the previous figure ended. */
export function contextOf(doc: Doc, sentence: Sentence, m: FigureMention, previousEnd: number): FigureContext {
  const s = doc.s;
  const windowStart = Math.max(sentence.start, m.span[0] - WINDOW);
  const clauseIndex = lowerBound(sentence.clauses, m.span[0] + 1, (c) => c.span[0]) - 1;
  const clause = sentence.clauses[clauseIndex];
  const clauseStart = Math.max(clause ? clause.span[0] : sentence.start, windowStart);
  const clauseEnd = clause ? clause.span[1] : m.span[1];
  const cueStart = Math.max(previousEnd, clauseStart);
  const after = s.slice(m.span[1], Math.min(sentence.end, m.span[1] + 48));
  const cut = after.search(/[,，;；。]/);
  return {
    m,
    figure: m.figure,
    sentence,
    clauseStart,
    clauseEnd,
    windowStart,
    cue: s.slice(cueStart, m.span[0]),
    cueStart,
    clauseBefore: s.slice(clauseStart, m.span[0]),
    sentenceBefore: s.slice(windowStart, m.span[0]),
    after,
    afterInClause: cut < 0 ? after : after.slice(0, cut),
    paragraphStart: doc.paragraphStart(m.span[0]),
    paragraphEnd: doc.paragraphEnd(m.span[0]),
  };
}
