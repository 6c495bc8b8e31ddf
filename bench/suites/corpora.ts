/**
 * 8. Whole corpora (issue 14): the streaming mode, `wupian check --ndjson -`, over a
 * stream of distinct documents (bench/corpus/documents.ts: the labelled passages with
 * amounts, years and cities varied — never one document repeated), at one job and at
 * N jobs (the machine's cores), in a child process traced by V8's GC:
 *
 * - documents per second at 1 and N jobs, and the same output byte for byte;
 * - MB/s per core at one job, and the cost per MB in each stretch of the stream
 *   (1 MB, 10 MB, and 100 MB with --corpus-mb 100): flat if it stays within 20 %;
 * - the peak heap of the streaming thread per MB of stream, and its live heap at each
 *   checkpoint: flat if the last is within 25 % (and 8 MB) of the first;
 * - the peak heap of each worker (one document at a time).
 *
 * And checkText alone, in this process, on the first documents of the same stream: what
 * the library does, without the stream's JSON reading and writing.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { distinctDocuments } from '../corpus/documents.js';
import type { RunOptions } from '../lib/measure.js';
import { errored, median, type Row } from '../lib/report.js';

const GROUP = '9 corpora';
const MB = 1_000_000;
export const PER_CORE_TARGET_MB_S = 2;
export const FLAT_TARGET = 1.2;
/** N jobs should give at least this share of N times the documents per second of one. */
export const SCALING_TARGET = 0.75;

interface Checkpoint {
  readonly bytes: number;
  readonly seconds: number;
  readonly liveHeap: number;
}

interface ChildResult {
  readonly code: number;
  readonly documents: number;
  readonly outBytes: number;
  readonly seconds: number;
  readonly checkpoints: readonly Checkpoint[];
  readonly baseline: number;
  readonly hash: string;
  readonly stderr: string;
}

interface Isolate {
  peakBefore: number;
  peakAfter: number;
  collections: number;
}

interface Traced extends ChildResult {
  /** Peak heap of each thread (V8 isolate), the main thread first. */
  readonly isolates: readonly Isolate[];
}

async function bundleChild(root: string): Promise<string> {
  const dir = join(root, '.tmp', 'bench');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, 'stream-child.mjs');
  await build({
    entryPoints: [join(root, 'bench', 'stream-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

// "[pid:0x…]   123 ms: Scavenge 4.1 (5.0) -> 3.2 (6.0) MB, …": V8's GC trace, per isolate.
const TRACE = /^\[\d+:(0x[0-9a-f]+)\]\s+\d+ ms: .*? (\d+(?:\.\d+)?) \(\d+(?:\.\d+)?\) -> (\d+(?:\.\d+)?) \(\d+(?:\.\d+)?\) MB/;

function runChild(root: string, child: string, jobs: number, bytes: number, checkpoints: readonly number[]): Promise<Traced> {
  const worker = pathToFileURL(join(root, 'dist', 'cli-worker.js')).href;
  return new Promise((resolvePromise, reject) => {
    const p = spawn(process.execPath, ['--expose-gc', '--trace-gc', child, worker, String(jobs), String(bytes), checkpoints.join(',')], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const isolates = new Map<string, Isolate>();
    let rest = '';
    let result: ChildResult | null = null;
    let stderr = '';
    const take = (line: string): void => {
      const m = TRACE.exec(line);
      if (m) {
        const id = m[1] as string;
        const isolate = isolates.get(id) ?? { peakBefore: 0, peakAfter: 0, collections: 0 };
        isolate.peakBefore = Math.max(isolate.peakBefore, Number(m[2]) * 1024 * 1024);
        isolate.peakAfter = Math.max(isolate.peakAfter, Number(m[3]) * 1024 * 1024);
        isolate.collections++;
        isolates.set(id, isolate);
      } else if (line.startsWith('RESULT ')) result = JSON.parse(line.slice('RESULT '.length)) as ChildResult;
    };
    p.stdout.setEncoding('utf8');
    p.stdout.on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const l of lines) take(l);
    });
    p.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
    p.on('error', reject);
    p.on('close', (code) => {
      take(rest);
      if (code !== 0 || result === null) reject(new Error(`stream child (jobs ${jobs}) exited with ${String(code)}: ${stderr.trim().slice(-500)}`));
      else resolvePromise({ ...(result as ChildResult), isolates: [...isolates.values()] });
    });
  });
}

// checkText from the built package, in this process, on the first documents of the stream.
async function checkTextAlone(root: string, bytes: number): Promise<{ mbPerSecond: number; docsPerSecond: number; bytes: number; documents: number }> {
  const { checkText } = (await import(pathToFileURL(join(root, 'dist', 'extract.js')).href)) as typeof import('../../src/extract/index.js');
  const docs = [];
  let size = 0;
  for (const d of distinctDocuments()) {
    if (size >= bytes) break;
    docs.push(d);
    size += Buffer.byteLength(d.text, 'utf8');
  }
  for (const d of docs.slice(0, 20)) checkText(d.text);
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    const t0 = performance.now();
    for (const d of docs) checkText(d.text, { ...(d.documentDate ? { documentDate: d.documentDate } : {}), ...(d.billion ? { billion: d.billion } : {}) });
    times.push((performance.now() - t0) / 1000);
  }
  const seconds = median(times);
  return { mbPerSecond: size / MB / seconds, docsPerSecond: docs.length / seconds, bytes: size, documents: docs.length };
}

function row(partial: Omit<Row, 'group' | 'opsPerSec' | 'baselineOpsPerSec' | 'status'> & Partial<Pick<Row, 'opsPerSec' | 'baselineOpsPerSec'>>): Row {
  return { group: GROUP, opsPerSec: null, baselineOpsPerSec: null, status: 'measured', ...partial };
}

const IDS = ['8.jobs', '8.throughput', '8.linearity', '8.memory.stream', '8.memory.workers'] as const;

export async function runCorpora(root: string, options: RunOptions & { corpusMB?: number | undefined }): Promise<Row[]> {
  if (!existsSync(join(root, 'dist', 'cli-worker.js'))) throw new Error('dist/cli-worker.js is missing (npm run build)');
  const jobs = Math.max(2, availableParallelism());
  const largest = options.quick ? 0.15 * MB : (options.corpusMB ?? 10) * MB;
  const checkpoints = (options.quick ? [0.05 * MB, 0.15 * MB] : [1 * MB, 10 * MB, 100 * MB]).filter((c) => c <= largest);
  if (checkpoints[checkpoints.length - 1] !== largest) checkpoints.push(largest);
  try {
    const child = await bundleChild(root);
    const alone = await checkTextAlone(root, options.quick ? 0.03 * MB : 0.5 * MB);
    const one = await runChild(root, child, 1, largest, checkpoints);
    const many = await runChild(root, child, jobs, largest, checkpoints);
    if (one.hash !== many.hash) throw new Error(`--jobs ${jobs} wrote other bytes than --jobs 1 (sha256 ${many.hash.slice(0, 12)} vs ${one.hash.slice(0, 12)})`);
    const inputMB = (one.checkpoints[one.checkpoints.length - 1]?.bytes ?? largest) / MB;
    const docsOne = one.documents / one.seconds;
    const docsMany = many.documents / many.seconds;
    const speedup = docsMany / docsOne;
    const mbOne = inputMB / one.seconds;
    // The cost per MB of each stretch of the stream: 0–1 MB, 1–10 MB, 10–100 MB.
    const stretches = one.checkpoints.map((c, i) => {
      const before = i === 0 ? { bytes: 0, seconds: 0 } : (one.checkpoints[i - 1] as Checkpoint);
      return { fromMB: before.bytes / MB, toMB: c.bytes / MB, secondsPerMB: (c.seconds - before.seconds) / ((c.bytes - before.bytes) / MB) };
    });
    const perMB = stretches.map((s) => s.secondsPerMB);
    const spread = Math.max(...perMB) / Math.min(...perMB);
    const main = one.isolates[0] ?? { peakBefore: 0, peakAfter: 0, collections: 0 };
    const peak = main.peakBefore - one.baseline;
    const live = one.checkpoints.map((c) => c.liveHeap - one.baseline);
    const firstLive = live[0] ?? 0;
    const lastLive = live[live.length - 1] ?? 0;
    const liveGrowth = Math.max(lastLive, 1) / Math.max(firstLive, 1);
    const flat = lastLive <= firstLive * 1.25 || lastLive - firstLive <= 8 * 1024 * 1024;
    const mainMany = many.isolates[0] ?? { peakBefore: 0, peakAfter: 0, collections: 0 };
    const workers = many.isolates.slice(1);
    const workerPeak = Math.max(0, ...workers.map((w) => w.peakBefore));
    const label = `${inputMB >= 1 ? inputMB.toFixed(0) : inputMB.toFixed(1)} MB`;
    const note = options.quick ? 'quick mode: 0.15 MB of stream' : largest < 100 * MB ? 'npm run bench -- --corpus-mb 100 streams 100 MB (it takes 100 MB ÷ the MB/s measured here, per run)' : undefined;
    return [
      row({
        id: '8.jobs',
        name: `documents/s, ${jobs} jobs vs 1 (stream of ${label}, ${one.documents} documents)`,
        baseline: '1 job',
        value: docsMany,
        baselineValue: docsOne,
        unit: 'docs/s',
        ratio: many.seconds / one.seconds,
        target: `>= ${(SCALING_TARGET * jobs).toFixed(1)}x docs/s`,
        met: speedup >= SCALING_TARGET * jobs,
        details: { jobs, speedup, one: { seconds: one.seconds, documents: one.documents }, many: { seconds: many.seconds, documents: many.documents }, sameOutput: true, sha256: one.hash },
        ...(note ? { note } : {}),
      }),
      row({
        id: '8.throughput',
        name: `MB/s per core, streaming ${label} of distinct documents (1 job)`,
        baseline: 'checkText alone',
        value: mbOne,
        baselineValue: alone.mbPerSecond,
        unit: 'MB/s',
        ratio: alone.mbPerSecond / mbOne,
        target: `>= ${PER_CORE_TARGET_MB_S} MB/s`,
        met: mbOne >= PER_CORE_TARGET_MB_S,
        details: { documentsPerSecond: docsOne, perCoreAtNJobs: inputMB / many.seconds / jobs, checkTextAlone: alone },
      }),
      row({
        id: '8.linearity',
        name: `cost per MB along the stream, ${stretches.map((s) => `${s.fromMB}–${s.toMB} MB`).join(' / ')}`,
        baseline: 'cheapest stretch',
        value: spread,
        baselineValue: 1,
        unit: 'x',
        ratio: spread,
        target: `max/min <= ${FLAT_TARGET}`,
        met: spread <= FLAT_TARGET,
        details: { stretches },
      }),
      row({
        id: '8.memory.stream',
        name: `peak heap streaming ${label} (1 job), per MB of stream`,
        baseline: 'stream size',
        value: peak / MB,
        baselineValue: inputMB,
        unit: 'MB',
        ratio: peak / MB / inputMB,
        target: 'flat: live heap at the end within 25 % (or 8 MB) of the first checkpoint',
        met: flat,
        details: { peakHeapBytes: peak, peakLiveAfterGcBytes: main.peakAfter - one.baseline, liveHeapAtCheckpoints: one.checkpoints.map((c, i) => ({ mb: c.bytes / MB, bytes: live[i] })), liveGrowth, collections: main.collections },
      }),
      row({
        id: '8.memory.workers',
        name: `peak heap with ${jobs} jobs: streaming thread / each worker`,
        baseline: 'stream size',
        value: (mainMany.peakBefore - many.baseline) / MB,
        baselineValue: inputMB,
        unit: 'MB',
        ratio: workerPeak / MB / inputMB,
        target: 'reported',
        met: null,
        details: { mainPeakBytes: mainMany.peakBefore - many.baseline, workerPeakBytes: workers.map((w) => w.peakBefore), workerCollections: workers.map((w) => w.collections) },
      }),
    ];
  } catch (error) {
    return IDS.map((id) => errored(id, GROUP, id, '-', error));
  }
}

