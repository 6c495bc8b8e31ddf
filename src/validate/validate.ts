import { WupianError } from '../errors/WupianError.js';
import { checkText } from '../extract/checkText.js';
import { type Corpus, CorpusSchema, passageOptions } from './corpus.js';
import { type PassageScore, scorePassage } from './score.js';

/** Counts over a set of passages: what was read, what was checked, what was right. */
export interface Scores {
  readonly passages: number;
  /** Passages none of whose relations is to be flagged or warned about. */
  readonly consistentPassages: number;
  /** Consistent passages reported inconsistent: the worst defect of a checker. */
  readonly falseAlarms: number;
  /** Consistent passages given a warning. */
  readonly falseWarnings: number;
  readonly figures: {
    /** Annotated figures to be read as claims. */
    readonly claims: number;
    /** …read as claims at all. */
    readonly read: number;
    /** …read with the right subject, measure, date and value. */
    readonly right: number;
    readonly wrongSubject: number;
    readonly wrongMeasure: number;
    readonly wrongBasis: number;
    readonly wrongDate: number;
    readonly wrongValue: number;
    readonly wrongHolder: number;
    readonly wrongScope: number;
    readonly targets: number;
    readonly targetsFound: number;
    /** Figures annotated as traps (none) or facts that the library made claims of. */
    readonly falseClaims: number;
    /** Claims at no annotated figure. */
    readonly strayClaims: number;
  };
  readonly relations: {
    readonly annotated: number;
    /** …that the library checked: every figure read, a verdict other than unverifiable. */
    readonly checked: number;
    /** …given the verdict expected. */
    readonly right: number;
  };
  /** Inconsistent relations by what a good library should do, and how many it did. */
  readonly expectations: {
    readonly flag: { readonly annotated: number; readonly done: number };
    readonly warn: { readonly annotated: number; readonly done: number };
    readonly quiet: { readonly annotated: number; readonly done: number };
  };
}

/** The scores of a corpus, in total, by genre and by split, with every passage's details. */
export interface ValidationReport {
  readonly total: Scores;
  readonly byGenre: Readonly<Record<string, Scores>>;
  readonly bySplit: Readonly<Record<string, Scores>>;
  readonly passages: readonly PassageScore[];
}

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
  const passages = data.passages.map((p) => scorePassage(p, checkText(p.text, { ...passageOptions(p), ...(options.lang ? { lang: options.lang } : {}) })));
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
