/**
 * wupian's benchmarks (issue 6). Prints a table and writes the results as JSON.
 *
 *   npm run bench              full run, writes bench/results.json
 *   npm run bench:smoke        --quick: every benchmark briefly (< 20 s), writes
 *                              bench/results.quick.json; prints no table of targets
 *                              (its figures are too rough), only whether each ran
 *
 * Options: --quick, --out FILE, --build (rebuild dist with tsup first; a full run
 * rebuilds by itself when src is newer than dist), --corpus-mb N (benchmark 8 streams N
 * MB of distinct documents; 10 by default, 100 for the full figure).
 *
 * Every speed figure is a ratio against a baseline measured in the same run, so it
 * means the same on a fast and on a slow machine. Targets are reported, never
 * asserted: the exit code is 0 when targets are missed, 1 only when a benchmark
 * could not run at all.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, arch, platform, release, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { corpusNote } from './corpus/mentions.js';
import { loadLibrary, type Library } from './lib/library.js';
import type { RunOptions } from './lib/measure.js';
import { errored, renderTable, type Row } from './lib/report.js';
import { runAdversarial } from './suites/adversarial.js';
import { runCalculators } from './suites/calculators.js';
import { runCorpora } from './suites/corpora.js';
import { runExtractCheck } from './suites/extractCheck.js';
import { runParsing } from './suites/parsing.js';
import { runScaling } from './suites/scaling.js';
import { runSize } from './suites/size.js';
import { runStartup } from './suites/startup.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Suite {
  readonly group: string;
  /** The rows to show if the suite fails as a whole. */
  readonly ids: readonly (readonly [string, string, string])[];
  readonly run: (options: RunOptions & { corpusMB?: number }, lib: () => Promise<Library>) => Promise<Row[]> | Row[];
}

/**
 * The benchmarks, in the order. A new benchmark is one more entry here
 * returning its rows.
 */
const SUITES: readonly Suite[] = [
  {
    group: '1 calculators',
    ids: [['1.calculators', 'calculators', '<= 1.2x / <= 4x']],
    run: async (o, lib) => runCalculators(await lib(), o),
  },
  {
    group: '2 parsing',
    ids: [['2.parseFigure.speed', 'parseFigure vs rivals', '3x faster']],
    run: async (o, lib) => runParsing(await lib(), o),
  },
  {
    group: '3 extract+check',
    ids: [['3.throughput', 'extract + check', '>= 2 MB/s']],
    run: (o) => runExtractCheck(ROOT, o),
  },
  {
    group: '5 size',
    ids: [['5.size', 'size-limit', '<= 3 KB / <= 25 KB']],
    run: () => runSize(ROOT),
  },
  {
    group: '7 adversarial',
    ids: [['7.adversarial.worst', 'checkText on adversarial patterns', '>= 0.1 MB/s']],
    run: (o) => runAdversarial(ROOT, o),
  },
  {
    group: '9 corpora',
    ids: [['8.corpora', 'streaming mode on distinct documents', '>= 2 MB/s per core']],
    run: (o) => runCorpora(ROOT, o),
  },
  {
    group: '6 start-up',
    ids: [['6.startup.version', 'wupian --version vs node -e 0', '<= +80 ms']],
    run: (o) => runStartup(ROOT, o),
  },
  {
    group: '8 scaling',
    ids: [['7.scaling', 'time per MB of the adversarial shapes at 1, 2 and 4 MB', '<= 2.5x per doubling']],
    run: (o) => runScaling(ROOT, o),
  },
];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function build(): string | null {
  process.stdout.write('  building dist with tsup …\n');
  const r = spawnSync('npx', ['tsup'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return r.status === 0 ? null : 'npx tsup failed: size, start-up and speed were measured on what dist holds';
}

/**
 * The speed, size and start-up benchmarks run the built package. Build it when it is
 * missing, when asked (--build), or in a full run when src has changed since; a
 * quick run only says that dist is older than src (npm test builds just before).
 */
function ensureBuilt(force: boolean, quick: boolean): string | null {
  const dist = join(ROOT, 'dist/index.js');
  const cli = join(ROOT, 'dist/cli.js');
  if (force || !existsSync(dist) || !existsSync(cli)) return build();
  const stale = newestMtime(join(ROOT, 'src')) > Math.min(statSync(dist).mtimeMs, statSync(cli).mtimeMs);
  if (!stale) return null;
  if (!quick) return build();
  return 'dist is older than src: the built package was measured as it is (npm run build, or --build)';
}

function gitCommit(): string | null {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head}+dirty-src` : head;
  } catch {
    return null;
  }
}

// Six significant digits are plenty in the JSON.
function roundNumbers(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isInteger(value) && Number.isFinite(value) ? Number(value.toPrecision(6)) : value;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      build: { type: 'boolean', default: false },
      out: { type: 'string' },
      'corpus-mb': { type: 'string' },
    },
  });
  const corpusMB = values['corpus-mb'] === undefined ? undefined : Number(values['corpus-mb']);
  if (corpusMB !== undefined && !(corpusMB > 0)) throw new Error('--corpus-mb must be a positive number of MB');
  const options: RunOptions & { corpusMB?: number } = { quick: values.quick ?? false, ...(corpusMB === undefined ? {} : { corpusMB }) };
  const out = resolve(ROOT, values.out ?? (options.quick ? 'bench/results.quick.json' : 'bench/results.json'));
  const started = performance.now();
  const cpu = cpus()[0];
  const machine = {
    cpu: cpu?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    platform: `${platform()} ${release()}`,
    arch: arch(),
  };
  process.stdout.write(
    `wupian benchmarks (${options.quick ? 'quick smoke run' : 'full run'}) — node ${process.version}, ${machine.cpu}, ${machine.cores} cores\n`,
  );
  const buildNote = ensureBuilt(values.build ?? false, options.quick);

  const rows: Row[] = [];
  for (const suite of SUITES) {
    process.stdout.write(`  running ${suite.group} …\n`);
    try {
      rows.push(...(await suite.run(options, () => loadLibrary(ROOT))));
    } catch (error) {
      for (const [id, name, target] of suite.ids) rows.push(errored(id, suite.group, name, target, error));
    }
  }
  rows.sort((a, b) => a.group.localeCompare(b.group));

  const seconds = (performance.now() - started) / 1000;
  const measured = rows.filter((r) => r.met !== null);
  const met = measured.filter((r) => r.met === true).length;
  const failed = rows.filter((r) => r.status === 'error');
  const corpus = corpusNote();
  if (options.quick) {
    // The smoke pass checks that every benchmark runs; the targets are for a full run
    // (a quick run's figures are too rough to judge them, so it prints none).
    for (const r of failed) process.stdout.write(`  error in ${r.group}: ${r.note ?? r.name}\n`);
    process.stdout.write(
      `\nbench smoke: ${SUITES.length} suites, ${rows.length - failed.length} of ${rows.length} benchmarks ran, ${failed.length} errors. ${seconds.toFixed(1)} s.\n` +
        (corpus ? `note: ${corpus}\n` : '') +
        `Figures and targets: npm run bench (full run).\n`,
    );
  } else {
    process.stdout.write(`\n${renderTable(rows)}\n`);
    if (buildNote) process.stdout.write(`\nnote: ${buildNote}\n`);
    if (corpus) process.stdout.write(`\nnote: ${corpus}\n`);
    process.stdout.write(
      `\n${met}/${measured.length} targets met; ${rows.filter((r) => r.status === 'not-available').length} not yet available; ` +
        `${failed.length} errors. ${seconds.toFixed(1)} s.\n`,
    );
  }

  const results = {
    machine,
    node: process.version,
    date: new Date().toISOString(),
    mode: options.quick ? 'quick' : 'full',
    commit: gitCommit(),
    seconds,
    ratio: 'subject cost / baseline cost: time for speed (below 1 is faster), bytes / limit for size, CLI time / node -e 0 time for start-up',
    ...(buildNote ? { note: buildNote } : {}),
    ...(corpus ? { corpus } : {}),
    benchmarks: rows,
  };
  writeFileSync(out, `${JSON.stringify(results, roundNumbers, 2)}\n`);
  process.stdout.write(`wrote ${relative(ROOT, out)}\n`);
  return failed.length > 0 ? 1 : 0;
}

process.exitCode = await main();
