// The truth harness: runs wupian on the truth corpus and scores it, per genre and split —
// figures read right, relations checked, verdicts, false alarms, planted errors caught and
// named — and compares with the last run and with the recorded floors.
//   npm run truth                 score, print, compare with the last run
//   npm run truth -- --record     also raise the floors of baseline.json to this run
//   npm run truth -- --misses     list every miss of the development split
//   npm run truth -- --quick      one planted copy per figure (what npm test runs)
// npm test (test/truth.test.ts) fails when a quick run falls below the quick floors.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { checkPassage } from '../../src/validate/checkPassage.js';
import type { CorpusPassage } from '../../src/validate/corpus.js';
import { type PassageScore, locateFigures, scorePassage } from '../../src/validate/score.js';
import { type Scores, summarize } from '../../src/validate/validate.js';
import { type Miss, missesOf } from '../../src/validate/misses.js';
import { SCORE_LEGEND, formatScores, percentOf } from '../../src/validate/format.js';
import { corpusFiles, readCorpusFile } from './lint.js';
import { judge } from './oracle.js';
import { plant } from './plant.js';

export const GENRES: Readonly<Record<string, string>> = {
  A: 'national releases',
  B: 'provincial/city/county',
  C: 'bank reports',
  D: 'policy documents',
  E: 'plans and targets',
  F: 'tables',
  G: 'English',
  H: 'traditional Chinese',
  M: 'messy web copies',
};

export interface PlantedScores {
  readonly planted: number;
  readonly detectable: number;
  /** Detectable copies reported inconsistent. */
  readonly caught: number;
  /** …with the changed figure among the suspects. */
  readonly named: number;
  /** Detectable copies given only a warning. */
  readonly warned: number;
  /** Undetectable copies reported inconsistent (the oracle sees no failing relation). */
  readonly flaggedUndetectable: number;
}

export interface TruthRow extends Scores {
  readonly plantedErrors: PlantedScores;
  /** Relations on which the oracle disagrees with the annotation (should be 0: lint catches them). */
  readonly oracleDisagreements: number;
}

export interface TruthResults {
  readonly corpus: { readonly passages: number; readonly files: readonly string[] };
  /** By split, then by genre and 'all'. */
  readonly splits: Readonly<Record<string, Readonly<Record<string, TruthRow>>>>;
  readonly misses: readonly Miss[];
}

export interface TruthOptions {
  /** Planted copies per figure: all of them, or one (the quick run of npm test). */
  readonly planted?: 'all' | 'one';
}

function plantedScores(passages: readonly CorpusPassage[], scored: readonly PassageScore[], options: TruthOptions): PlantedScores {
  let planted = 0;
  let detectable = 0;
  let caught = 0;
  let named = 0;
  let warned = 0;
  let flaggedUndetectable = 0;
  passages.forEach((p, i) => {
    // Only copies of passages whose every relation holds.
    if (!(scored[i] as PassageScore).consistent || p.relations.some((r) => r.verdict === 'inconsistent')) return;
    // A copy of a passage wupian already calls inconsistent proves nothing when it is called so again.
    const originalFlagged = (scored[i] as PassageScore).falseAlarm;
    let copies = plant(p);
    if (options.planted === 'one') {
      const seen = new Set<string>();
      copies = copies.filter((c) => (seen.has(c.figure) ? false : (seen.add(c.figure), true)));
    }
    for (const copy of copies) {
      planted++;
      const report = checkPassage(p, copy.text);
      const conflicts = report.conflicts.filter((c) => c.severity === 'inconsistent');
      const at = copy.anchor;
      // (A fact stands for its figure as a claim does: a conflict among a policy's terms names facts.)
      const claim = report.claims.find((c) => c.span && c.span[0] <= at && at < c.span[1]) ?? report.facts.find((f) => f.span && f.span[0] <= at && at < f.span[1]);
      if (!copy.detectable) {
        if (conflicts.length > 0) flaggedUndetectable++;
        continue;
      }
      detectable++;
      if (conflicts.length > 0 && !originalFlagged) {
        caught++;
        if (claim && conflicts.some((c) => c.suspects.some((s) => s.claim === claim.id))) named++;
      } else if (report.conflicts.length > 0) warned++;
    }
  });
  return { planted, detectable, caught, named, warned, flaggedUndetectable };
}

/** Runs the whole corpus. */
export function runTruth(options: TruthOptions = {}): TruthResults {
  const files = corpusFiles();
  const passages = files.flatMap((f) => readCorpusFile(f));
  const scored = passages.map((p) => scorePassage(p, checkPassage(p), locateFigures(p)));
  const splits: Record<string, Record<string, TruthRow>> = {};
  for (const split of ['dev', 'validation']) {
    const idx = passages.map((_, i) => i).filter((i) => ((passages[i] as CorpusPassage).split ?? 'dev') === split);
    const genres = [...new Set(idx.map((i) => (passages[i] as CorpusPassage).genre))].sort();
    const row = (subset: number[]): TruthRow => {
      const ps = subset.map((i) => passages[i] as CorpusPassage);
      const ss = subset.map((i) => scored[i] as PassageScore);
      const disagreements = ps.reduce((n, p) => n + p.relations.filter((r) => judge(r, p.figures, p.options?.billion ?? 'billion').verdict !== r.verdict).length, 0);
      return { ...summarize(ss).total, plantedErrors: plantedScores(ps, ss, options), oracleDisagreements: disagreements };
    };
    splits[split] = Object.fromEntries([...genres.map((g) => [g, row(idx.filter((i) => (passages[i] as CorpusPassage).genre === g))]), ['all', row(idx)]]);
  }
  return { corpus: { passages: passages.length, files: files.map((f) => f.split('/').pop() as string) }, splits, misses: missesOf(scored) };
}

/** The per-genre table of one split, with the planted errors' columns. */
export function formatTable(rows: Readonly<Record<string, TruthRow>>): string {
  return formatScores(rows, {
    label: (g) => (g === 'all' ? 'all' : `${g} ${GENRES[g] ?? ''}`.trim()),
    extra: [
      { header: 'planted', cell: (r) => String(r.plantedErrors.detectable) },
      { header: 'caught', cell: (r) => percentOf(r.plantedErrors.caught, r.plantedErrors.detectable) },
      { header: 'named', cell: (r) => percentOf(r.plantedErrors.named, r.plantedErrors.detectable) },
    ],
  });
}

/** The measures the floor holds, each a count that only goes up (false alarms: only down). */
export interface Floors {
  readonly [split: string]: { readonly right: number; readonly read: number; readonly checked: number; readonly verdicts: number; readonly caught: number; readonly named: number; readonly falseAlarms: number; readonly falseClaims: number };
}

export function floorsOf(results: TruthResults): Floors {
  return Object.fromEntries(
    Object.entries(results.splits).map(([split, rows]) => {
      const r = rows['all'] as TruthRow;
      return [
        split,
        {
          read: r.figures.read,
          right: r.figures.right,
          checked: r.relations.checked,
          verdicts: r.relations.right,
          caught: r.plantedErrors.caught,
          named: r.plantedErrors.named,
          falseAlarms: r.falseAlarms,
          falseClaims: r.figures.falseClaims,
        },
      ];
    }),
  );
}

/** What fell below the floor: a list of sentences, empty when nothing did. */
export function belowFloor(results: TruthResults, floors: Floors): string[] {
  const now = floorsOf(results);
  const out: string[] = [];
  for (const [split, f] of Object.entries(floors)) {
    const n = now[split];
    if (!n) continue;
    for (const key of Object.keys(f) as (keyof Floors[string])[]) {
      const lowerIsBetter = key === 'falseAlarms' || key === 'falseClaims';
      if (lowerIsBetter ? n[key] > f[key] : n[key] < f[key]) out.push(`${split} ${key}: ${n[key]} (floor ${f[key]})`);
    }
  }
  return out;
}

export const BASELINE = resolve(import.meta.dirname, 'baseline.json');

/** The recorded floors, by mode: `quick` (one planted copy per figure, npm test) and `full`. */
export type Baseline = Partial<Record<'quick' | 'full', Floors>>;

export function readBaseline(): Baseline {
  return existsSync(BASELINE) ? (JSON.parse(readFileSync(BASELINE, 'utf8')) as Baseline) : {};
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const args = new Set(process.argv.slice(2));
  const mode = args.has('--quick') ? 'quick' : 'full';
  const results = runTruth({ planted: mode === 'quick' ? 'one' : 'all' });
  // Each mode compares with its own last run: quick runs plant fewer copies.
  const LAST = resolve(import.meta.dirname, '..', '..', '.tmp', `truth-last-${mode}.json`);
  console.log(`wupian truth corpus: ${results.corpus.passages} passages in ${results.corpus.files.join(', ')}`);
  console.log(SCORE_LEGEND);
  console.log(`planted: detectable one-figure changes${mode === 'quick' ? ' (quick: one per figure)' : ''}; caught: reported inconsistent; named: the changed figure among the suspects.`);
  for (const [split, rows] of Object.entries(results.splits)) {
    console.log(`\n${split === 'dev' ? 'development split' : 'validation split (kept apart: reported, never tuned on)'}`);
    console.log(formatTable(rows));
  }
  const dev = results.misses.filter((m) => m.split === 'dev');
  if (args.has('--misses')) {
    console.log(`\nmisses of the development split (${dev.length}):`);
    for (const m of dev) console.log(`  ${m.passage} ${m.figure ?? ''} ${m.text}: ${m.what}`);
  } else console.log(`\n${dev.length} misses in the development split (--misses lists them).`);
  if (existsSync(LAST)) {
    const last = JSON.parse(readFileSync(LAST, 'utf8')) as TruthResults;
    const before = floorsOf(last);
    const after = floorsOf(results);
    const changes: string[] = [];
    for (const [split, f] of Object.entries(after)) {
      for (const [k, v] of Object.entries(f)) {
        const was = (before[split] as Record<string, number> | undefined)?.[k];
        if (was !== undefined && was !== v) changes.push(`${split} ${k} ${was} → ${v}`);
      }
    }
    const lastMisses = new Set(last.misses.filter((m) => m.split === 'dev').map((m) => `${m.passage} ${m.figure ?? ''} ${m.text}: ${m.what}`));
    const nowMisses = new Set(dev.map((m) => `${m.passage} ${m.figure ?? ''} ${m.text}: ${m.what}`));
    const fixed = [...lastMisses].filter((m) => !nowMisses.has(m));
    const broken = [...nowMisses].filter((m) => !lastMisses.has(m));
    console.log(`\nsince the last run: ${changes.length ? changes.join('; ') : 'no change in the totals'}; ${fixed.length} misses gone, ${broken.length} new`);
    for (const m of broken.slice(0, 40)) console.log(`  new: ${m}`);
  }
  mkdirSync(dirname(LAST), { recursive: true });
  writeFileSync(LAST, `${JSON.stringify(results, null, 1)}\n`);
  const baseline = readBaseline();
  const floors = baseline[mode] ?? null;
  const below = floors ? belowFloor(results, floors) : [];
  if (below.length > 0) console.log(`\nBELOW THE FLOOR: ${below.join('; ')}`);
  if (args.has('--record')) {
    const now = floorsOf(results);
    const merged: Record<string, Record<string, number>> = {};
    for (const [split, f] of Object.entries(now)) {
      const old = (floors?.[split] ?? {}) as Record<string, number>;
      merged[split] = Object.fromEntries(
        Object.entries(f).map(([k, v]) => {
          const lowerIsBetter = k === 'falseAlarms' || k === 'falseClaims';
          const o = old[k];
          return [k, o === undefined || args.has('--reset') ? v : lowerIsBetter ? Math.min(o, v) : Math.max(o, v)];
        }),
      );
    }
    writeFileSync(BASELINE, `${JSON.stringify({ ...baseline, [mode]: merged }, null, 2)}\n`);
    console.log(`recorded the ${mode} floors in ${BASELINE}`);
  }
  process.exitCode = below.length > 0 ? 1 : 0;
}
