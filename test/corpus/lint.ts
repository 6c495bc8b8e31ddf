// Checks the truth corpus's annotations: the format, that every figure is where it says, that
// its value is the printed digits, that every relation names figures of the passage with the
// roles of its kind, and that the oracle agrees with the verdict written by hand.
//   npx tsx test/corpus/lint.ts [files…]     (default: every file of test/corpus/passages)
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CorpusSchema, type CorpusPassage } from '../../src/validate/corpus.js';
import { structureProblems } from '../../src/validate/structure.js';
import { judge } from './oracle.js';

export interface LintProblem {
  readonly file: string;
  readonly passage: string;
  readonly where: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

export const PASSAGES_DIR = resolve(import.meta.dirname, 'passages');

export function corpusFiles(dir = PASSAGES_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

/** The passages of a corpus file, validated by the format's schema (throws with the path on a bad file). */
export function readCorpusFile(file: string): CorpusPassage[] {
  const parsed = CorpusSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 10).map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`${file} does not follow the corpus format:\n${issues.join('\n')}`);
  }
  return parsed.data.passages;
}

const digitsOf = (s: string): string => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\D/g, '');

export function lintPassage(p: CorpusPassage, file: string): LintProblem[] {
  const out: LintProblem[] = [];
  const problem = (where: string, message: string, severity: 'error' | 'warning' = 'error'): void => {
    out.push({ file, passage: p.id, where, message, severity });
  };
  // What makes a passage unscorable is the library's rule (wupian validate refuses it too).
  for (const x of structureProblems(p)) problem(x.path.join('.'), x.message);
  for (const f of p.figures) {
    const kind = f.kind ?? 'claim';
    if (f.value !== undefined) {
      const printed = digitsOf(f.text);
      const value = digitsOf(f.value).replace(/^0+(?=\d)/, '');
      // 1兆898億元 is 10898 億元: a number in two magnitudes prints other digits than its value.
      const compound = /\d\s*[兆萬万亿億]\s*\d/.test(f.text);
      if (printed.length > 0 && !compound && !printed.includes(value) && !printed.replace(/^0+/, '').includes(value)) {
        problem(f.id, `value ${f.value} is not the printed digits of "${f.text}"`);
      }
    }
    if (kind === 'claim' || kind === 'target') {
      for (const field of ['value', 'unit', 'measure', 'holder'] as const) {
        if (f[field] === undefined) problem(f.id, `a ${kind} needs ${field}`);
      }
      if (f.subject === undefined && f.indicator === undefined) problem(f.id, `a ${kind} needs a subject or an indicator`);
      if (kind === 'claim' && f.date === undefined && f.period === undefined) problem(f.id, 'a claim needs a date or a period');
      // A gap between two levels (不良率 against 各项贷款不良率) has no basis: only growths, increments and their gaps need one.
      if (kind === 'claim' && (f.measure === 'growth' || f.measure === 'increment') && f.basis === undefined) {
        problem(f.id, `a ${f.measure} needs a basis (yoy, ytd, mom, qoq or period)`, 'warning');
      }
    }
  }
  for (const r of p.relations) {
    const verdict = judge(r, p.figures, p.options?.billion ?? 'billion');
    if (verdict.verdict === 'unreadable') problem(r.id, `the oracle cannot read it: ${verdict.detail}`);
    else if (verdict.verdict !== r.verdict) problem(r.id, `written ${r.verdict}, the oracle says ${verdict.verdict} (${verdict.detail})`);
  }
  return out;
}

export function lintFiles(files: readonly string[]): { problems: LintProblem[]; passages: number; byGenre: Map<string, { dev: number; validation: number }> } {
  const problems: LintProblem[] = [];
  const seen = new Map<string, string>();
  const byGenre = new Map<string, { dev: number; validation: number }>();
  let passages = 0;
  for (const file of files) {
    let list: CorpusPassage[];
    try {
      list = readCorpusFile(file);
    } catch (e) {
      problems.push({ file, passage: '-', where: '-', message: (e as Error).message, severity: 'error' });
      continue;
    }
    for (const p of list) {
      passages++;
      const prior = seen.get(p.id);
      if (prior) problems.push({ file, passage: p.id, where: '-', message: `passage id also used in ${prior}`, severity: 'error' });
      seen.set(p.id, file);
      const g = byGenre.get(p.genre) ?? { dev: 0, validation: 0 };
      g[p.split ?? 'dev']++;
      byGenre.set(p.genre, g);
      problems.push(...lintPassage(p, file));
    }
  }
  return { problems, passages, byGenre };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const files = process.argv.length > 2 ? process.argv.slice(2).map((f) => resolve(f)) : corpusFiles();
  const { problems, passages, byGenre } = lintFiles(files);
  for (const x of problems) console.log(`${x.severity === 'error' ? 'ERROR' : 'warn '} ${x.file.split('/').pop()} ${x.passage} ${x.where}: ${x.message}`);
  const genres = [...byGenre.entries()].sort().map(([g, n]) => `${g} ${n.dev}+${n.validation}`);
  console.log(`${passages} passages (dev+validation per genre: ${genres.join(', ')}); ${problems.filter((x) => x.severity === 'error').length} errors, ${problems.filter((x) => x.severity === 'warning').length} warnings`);
  process.exitCode = problems.some((x) => x.severity === 'error') ? 1 : 0;
}
