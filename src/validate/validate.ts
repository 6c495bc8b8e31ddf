import { WupianError } from '../errors/WupianError.js';
import { checkPassage } from './checkPassage.js';
import { type Corpus, CorpusSchema } from './corpus.js';
import { type PassageScore, scorePassage } from './score.js';
import { structureProblems } from './structure.js';

/** Inconsistent relations a library should handle one way, and how many it did. */
export interface ExpectationCount {
  /** Relations annotated so. */
  readonly annotated: number;
  /** …that wupian handled so. */
  readonly done: number;
}

/** Counts over a set of passages: what was read, what was checked, what was right. */
export interface Scores {
  /** Passages scored. */
  readonly passages: number;
  /** Passages none of whose relations is to be flagged or warned about. */
  readonly consistentPassages: number;
  /** Consistent passages reported inconsistent: the worst defect of a checker. */
  readonly falseAlarms: number;
  /** Consistent passages given a warning. */
  readonly falseWarnings: number;
  /** How the annotated figures were read. */
  readonly figures: {
    /** Annotated figures to be read as claims. */
    readonly claims: number;
    /** …read as claims at all. */
    readonly read: number;
    /** …read with the right subject, measure, date and value. */
    readonly right: number;
    /** Figures read with another subject (indicator) than annotated. */
    readonly wrongSubject: number;
    /** …with another measure (balance, growth, share …). */
    readonly wrongMeasure: number;
    /** …with another basis (yoy, ytd …). */
    readonly wrongBasis: number;
    /** …with another as-of date or period. */
    readonly wrongDate: number;
    /** …with another value. */
    readonly wrongValue: number;
    /** …with another holder (not counted against `right`). */
    readonly wrongHolder: number;
    /** …with another scope (not counted against `right`). */
    readonly wrongScope: number;
    /** Annotated goals. */
    readonly targets: number;
    /** …read as goals. */
    readonly targetsFound: number;
    /** Figures annotated as traps (none) or facts that the library made claims of. */
    readonly falseClaims: number;
    /** Claims at no annotated figure. */
    readonly strayClaims: number;
  };
  /** How the annotated relations were checked. */
  readonly relations: {
    /** Relations annotated. */
    readonly annotated: number;
    /** …that the library checked: every figure read, a verdict other than unverifiable. */
    readonly checked: number;
    /** …given the verdict expected. */
    readonly right: number;
  };
  /** Inconsistent relations by what a good library should do, and how many it did. */
  readonly expectations: {
    /** To be reported inconsistent. */
    readonly flag: ExpectationCount;
    /** To be given a warning (another scope, a flow without write-offs). */
    readonly warn: ExpectationCount;
    /** To be left alone (a methodology note, overlapping categories). */
    readonly quiet: ExpectationCount;
  };
}

/** The scores of a corpus, in total, by genre and by split, with every passage's details. */
export interface ValidationReport {
  /** All passages. */
  readonly total: Scores;
  /** By the passages' `genre`. */
  readonly byGenre: Readonly<Record<string, Scores>>;
  /** By split: dev and validation (a passage without one is dev). */
  readonly bySplit: Readonly<Record<string, Scores>>;
  /** Each passage's score, in corpus order. */
  readonly passages: readonly PassageScore[];
}

/** Options of `validate`. */
export interface ValidateOptions {
  /** Messages' language in the reports scored (does not change the scores). */
  readonly lang?: 'en' | 'zh';
}

/**
 * Scores wupian on a labelled corpus (the format of `CorpusSchema`): every annotated figure
 * looked for among the claims `checkText` reads, every annotated relation among the relations it
 * checks, every consistent passage watched for a false alarm. A bank or a regulator can measure
 * wupian on its own documents before trusting it.
 *
 * Throws a WupianError (`invalid_data`, with the path) for a corpus not in the format or one
 * whose annotation cannot be scored (a figure text the passage lacks, a relation naming an
 * unknown figure): a miscount would be worse than no count.
 *
 * @example
 * const result = validate(JSON.parse(readFileSync('corpus.json', 'utf8')));
 * result.total.figures.right / result.total.figures.claims // the share of figures read right
 * result.total.falseAlarms // 0
 */
export function validate(corpus: unknown, options: ValidateOptions = {}): ValidationReport {
  const parsed = CorpusSchema.safeParse(corpus);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new WupianError('invalid_data', `Not a labelled corpus: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`, {
      path: ['corpus', ...((issue?.path ?? []) as (string | number)[])],
    });
  }
  const data: Corpus = parsed.data;
  const seen = new Set<string>();
  data.passages.forEach((p, i) => {
    if (seen.has(p.id)) throw new WupianError('invalid_data', `Passage ${i} has the id ${p.id} of an earlier passage`, { path: ['corpus', 'passages', i, 'id'] });
    seen.add(p.id);
    const problem = structureProblems(p)[0];
    if (problem) throw new WupianError('invalid_data', `Passage ${p.id} cannot be scored: ${problem.message}`, { path: ['corpus', 'passages', i, ...problem.path] });
  });
  const passages = data.passages.map((p) => scorePassage(p, checkPassage(p, p.text, options.lang ? { lang: options.lang } : {})));
  return summarize(passages);
}

/** Totals of passage scores, by genre and by split. */
export function summarize(passages: readonly PassageScore[]): ValidationReport {
  const group = (key: (p: PassageScore) => string): Record<string, Scores> => {
    const out: Record<string, PassageScore[]> = {};
    for (const p of passages) (out[key(p)] ??= []).push(p);
    return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, scoresOf(v)]));
  };
  return { total: scoresOf(passages), byGenre: group((p) => p.genre), bySplit: group((p) => p.split), passages };
}

function scoresOf(passages: readonly PassageScore[]): Scores {
  const figures = passages.flatMap((p) => p.figures);
  const claims = figures.filter((f) => f.kind === 'claim');
  const read = claims.filter((f) => f.placement === 'claim');
  const wrong = (a: string): number => read.filter((f) => f.wrong.includes(a as never)).length;
  const relations = passages.flatMap((p) => p.relations);
  const expectation = (e: 'flag' | 'warn' | 'quiet') => {
    const set = relations.filter((r) => r.expected === 'inconsistent' && (r.expect ?? 'flag') === e);
    return { annotated: set.length, done: set.filter((r) => r.right).length };
  };
  return {
    passages: passages.length,
    consistentPassages: passages.filter((p) => p.consistent).length,
    falseAlarms: passages.filter((p) => p.falseAlarm).length,
    falseWarnings: passages.filter((p) => p.falseWarning).length,
    figures: {
      claims: claims.length,
      read: read.length,
      right: read.filter((f) => f.right).length,
      wrongSubject: wrong('subject'),
      wrongMeasure: wrong('measure'),
      wrongBasis: wrong('basis'),
      wrongDate: wrong('date'),
      wrongValue: wrong('value'),
      wrongHolder: wrong('holder'),
      wrongScope: wrong('scope'),
      targets: figures.filter((f) => f.kind === 'target').length,
      targetsFound: figures.filter((f) => f.kind === 'target' && f.placement === 'target').length,
      falseClaims: figures.filter((f) => (f.kind === 'none' || f.kind === 'fact') && f.placement === 'claim').length,
      strayClaims: passages.reduce((n, p) => n + p.strayClaims.length, 0),
    },
    relations: {
      annotated: relations.length,
      checked: relations.filter((r) => r.checked).length,
      right: relations.filter((r) => r.right).length,
    },
    expectations: { flag: expectation('flag'), warn: expectation('warn'), quiet: expectation('quiet') },
  };
}
