import type { Scores } from './validate.js';

/** One more column of a score table: a header and the cell of a row. */
export interface ScoreColumn<R> {
  /** The column's header. */
  readonly header: string;
  /** The cell of a row. */
  readonly cell: (row: R) => string;
}

/** a of b as a whole percent, right-aligned; "-" when there is nothing to count. */
export const percentOf = (a: number, b: number): string => (b === 0 ? '   -' : `${((100 * a) / b).toFixed(0).padStart(3)}%`);

const BASE_COLUMNS: readonly ScoreColumn<Scores>[] = [
  { header: 'pass', cell: (r) => String(r.passages) },
  { header: 'figs', cell: (r) => String(r.figures.claims) },
  { header: 'read', cell: (r) => percentOf(r.figures.read, r.figures.claims) },
  { header: 'right', cell: (r) => percentOf(r.figures.right, r.figures.claims) },
  { header: 'false', cell: (r) => String(r.figures.falseClaims) },
  { header: 'rels', cell: (r) => String(r.relations.annotated) },
  { header: 'checked', cell: (r) => percentOf(r.relations.checked, r.relations.annotated) },
  { header: 'verdict', cell: (r) => percentOf(r.relations.right, r.relations.annotated) },
  { header: 'alarms', cell: (r) => `${r.falseAlarms}/${r.consistentPassages}` },
];

const EXPECTATION_COLUMNS: readonly ScoreColumn<Scores>[] = (['flag', 'warn', 'quiet'] as const).map((e) => ({
  header: e,
  cell: (r: Scores) => `${r.expectations[e].done}/${r.expectations[e].annotated}`,
}));

/** What the columns of `formatScores` mean, for a legend under the table. */
export const SCORE_LEGEND =
  'figs: figures to read as claims; read/right: read at all / with the right subject, measure, date and value; false: traps and facts read as claims;\n' +
  'rels: annotated relations; checked: given a verdict; verdict: the expected one; alarms: false alarms / consistent passages;\n' +
  'flag/warn/quiet: inconsistent relations handled as the annotation expects.';

/**
 * A plain-text table of scores, one row per key (a genre, a split, 'all'), with the columns of
 * `Scores` and any `extra` ones after the false alarms.
 *
 * @example
 * formatScores({ all: validate(corpus).total })
 * // genre  pass  figs  read  right  false  rels  checked  verdict  alarms  flag  warn  quiet
 * // all      12   140   81%    70%      0    30      60%      57%    0/9   2/3   0/1    1/1
 */
export function formatScores<R extends Scores>(rows: Readonly<Record<string, R>>, options: { extra?: readonly ScoreColumn<R>[]; label?: (key: string) => string } = {}): string {
  const columns: readonly ScoreColumn<R>[] = [...BASE_COLUMNS, ...(options.extra ?? []), ...EXPECTATION_COLUMNS];
  const label = options.label ?? ((k: string) => k);
  const lines = [['genre', ...columns.map((c) => c.header)], ...Object.entries(rows).map(([k, r]) => [label(k), ...columns.map((c) => c.cell(r))])];
  const widths = (lines[0] as string[]).map((_, i) => Math.max(...lines.map((l) => [...(l[i] as string)].length)));
  return lines.map((l) => l.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ')).join('\n');
}
