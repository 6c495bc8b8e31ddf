/**
 * 3. Extraction plus checking: `checkText` over the seed documents replicated to
 * 100 KB, 1 MB and 10 MB — throughput in MB of UTF-8 text per second on one core,
 * and whether the cost per MB stays flat as the text grows.
 * 4. Memory: peak heap while checking 10 MB, in a fresh child process.
 *
 * Both run on `checkText` from `src/extract/index.ts` (or the module named by
 * the environment variable BENCH_CHECK_MODULE does); until then they are reported as
 * not yet available.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { seedCorpus } from '../corpus/mentions.js';
import type { RunOptions } from '../lib/measure.js';
import { errored, median, notAvailable, type Row } from '../lib/report.js';

const GROUP3 = '3 extract+check';
const GROUP4 = '4 memory';
export const THROUGHPUT_TARGET_MB_S = 2;
export const LINEARITY_TARGET = 1.2;
export const MEMORY_TARGET = 5;
const MB = 1_000_000;

type CheckText = (text: string) => unknown;

export function checkModulePath(root: string): string {
  return resolve(root, process.env['BENCH_CHECK_MODULE'] ?? 'src/extract/index.ts');
}

async function loadCheckText(path: string): Promise<CheckText | string> {
  if (!existsSync(path)) return `${path.replace(/.*\/(src\/)/, '$1')} does not exist yet`;
  try {
    const mod = (await import(pathToFileURL(path).href)) as { checkText?: unknown };
    if (typeof mod.checkText !== 'function') return `${path.replace(/.*\/(src\/)/, '$1')} exports no checkText yet`;
    return mod.checkText as CheckText;
  } catch (error) {
    return `cannot load ${path}: ${(error as Error).message}`;
  }
}

async function timeOnce(check: CheckText, text: string): Promise<number> {
  const t0 = performance.now();
  await check(text);
  return (performance.now() - t0) / 1000;
}

// A floor for any extractor: find every number in the same text with one regex.
function scanNumbers(text: string): number {
  let n = 0;
  for (const m of text.matchAll(/\d+(?:\.\d+)?/g)) n += m[0].length > 0 ? 1 : 0;
  return n;
}

const throughputTargets = [
  { id: '3.throughput', name: 'checkText throughput on 10 MB', target: `>= ${THROUGHPUT_TARGET_MB_S} MB/s` },
  { id: '3.linearity', name: 'cost per MB, 100 KB to 10 MB', target: `max/min <= ${LINEARITY_TARGET}` },
];

export async function runExtractCheck(root: string, options: RunOptions): Promise<Row[]> {
  const path = checkModulePath(root);
  const loaded = await loadCheckText(path);
  if (typeof loaded === 'string') {
    return [
      ...throughputTargets.map((t) => notAvailable(t.id, GROUP3, t.name, t.target, `not yet available: ${loaded}`)),
      notAvailable('4.memory', GROUP4, 'peak heap while checking 10 MB', `<= ${MEMORY_TARGET}x input`, 'not yet available'),
    ];
  }
  const rows: Row[] = [];
  try {
    rows.push(...(await throughput(loaded, options)));
  } catch (error) {
    rows.push(...throughputTargets.map((t) => errored(t.id, GROUP3, t.name, t.target, error)));
  }
  try {
    rows.push(memory(root, path, options));
  } catch (error) {
    rows.push(errored('4.memory', GROUP4, 'peak heap while checking', `<= ${MEMORY_TARGET}x input`, error));
  }
  return rows;
}

async function throughput(check: CheckText, options: RunOptions): Promise<Row[]> {
  // Quick mode stops at 1 MB: the 10 MB run alone takes seconds at the target speed.
  const sizes = options.quick ? [100_000, 1_000_000] : [100_000, 1_000_000, 10_000_000];
  const small = seedCorpus(100_000);
  // Warm-up: long enough for the JIT to settle, or 100 KB looks dearer per MB than 1 MB.
  const warmUntil = performance.now() + (options.quick ? 300 : 1500);
  do await check(small);
  while (performance.now() < warmUntil);
  const steps: { bytes: number; seconds: number; secondsPerMB: number; scanSeconds: number; runs: number }[] = [];
  for (const size of sizes) {
    const text = seedCorpus(size);
    const bytes = Buffer.byteLength(text, 'utf8');
    // Small texts run many times for a stable median; large ones a few times.
    const minRuns = size <= 100_000 ? (options.quick ? 5 : 15) : size <= 1_000_000 ? (options.quick ? 2 : 5) : 3;
    const times: number[] = [];
    const scans: number[] = [];
    while (times.length < minRuns) {
      times.push(await timeOnce(check, text));
      const t0 = performance.now();
      scanNumbers(text);
      scans.push((performance.now() - t0) / 1000);
    }
    const seconds = median(times);
    steps.push({ bytes, seconds, secondsPerMB: seconds / (bytes / MB), scanSeconds: median(scans), runs: times.length });
  }
  const last = steps[steps.length - 1] as (typeof steps)[number];
  const mbPerSecond = last.bytes / MB / last.seconds;
  const scanMBs = last.bytes / MB / last.scanSeconds;
  const perMB = steps.map((s) => s.secondsPerMB);
  const spread = Math.max(...perMB) / Math.min(...perMB);
  const label = `${(last.bytes / MB).toFixed(1)} MB`;
  return [
    {
      id: '3.throughput',
      group: GROUP3,
      name: `checkText throughput on ${label}`,
      baseline: 'regex number scan',
      value: mbPerSecond,
      baselineValue: scanMBs,
      unit: 'MB/s',
      opsPerSec: null,
      baselineOpsPerSec: null,
      ratio: last.seconds / last.scanSeconds,
      target: `>= ${THROUGHPUT_TARGET_MB_S} MB/s`,
      met: mbPerSecond >= THROUGHPUT_TARGET_MB_S,
      status: 'measured',
      details: { steps },
      ...(options.quick ? { note: 'quick mode: measured up to 1 MB only' } : {}),
    },
    {
      id: '3.linearity',
      group: GROUP3,
      name: `cost per MB, ${steps.map((s) => `${s.bytes / MB >= 1 ? `${(s.bytes / MB).toFixed(0)} MB` : `${(s.bytes / 1000).toFixed(0)} KB`}`).join(' / ')}`,
      baseline: 'smallest cost/MB',
      value: spread,
      baselineValue: 1,
      unit: 'x',
      opsPerSec: null,
      baselineOpsPerSec: null,
      ratio: spread,
      target: `max/min <= ${LINEARITY_TARGET}`,
      met: spread <= LINEARITY_TARGET,
      status: 'measured',
      details: { secondsPerMB: perMB },
    },
  ];
}

function memory(root: string, modulePath: string, options: RunOptions): Row {
  const bytes = options.quick ? 1_000_000 : 10_000_000;
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--expose-gc', '--trace-gc', resolve(root, 'bench/memory-child.ts'), modulePath, String(bytes)],
    { cwd: root, encoding: 'utf8', maxBuffer: 256 * MB },
  );
  if (child.status !== 0) throw new Error(`memory child exited with ${String(child.status)}: ${child.stderr.trim().slice(-500)}`);
  const resultLine = child.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (!resultLine) throw new Error('memory child printed no result');
  const r = JSON.parse(resultLine.slice('RESULT '.length)) as {
    baseline: number;
    withText: number;
    after: number;
    inputBytes: number;
    seconds: number;
  };
  // V8 prints "used-before (committed) -> used-after (committed) MB", in MiB. The
  // heap peaks just before a collection (garbage not yet collected included); what
  // survives a collection is the live heap.
  let peakTrace = 0;
  let peakLive = 0;
  for (const m of child.stdout.matchAll(/(\d+(?:\.\d+)?) \(\d+(?:\.\d+)?\) -> (\d+(?:\.\d+)?) \(\d+(?:\.\d+)?\) MB/g)) {
    peakTrace = Math.max(peakTrace, Number(m[1]) * 1024 * 1024);
    peakLive = Math.max(peakLive, Number(m[2]) * 1024 * 1024);
  }
  const peak = Math.max(peakTrace, r.after, r.withText);
  const growth = peak - r.baseline; // the text itself plus everything checking it needs
  const ratio = growth / r.inputBytes;
  return {
    id: '4.memory',
    group: GROUP4,
    name: `peak heap while checking ${(r.inputBytes / MB).toFixed(1)} MB`,
    baseline: 'input size',
    value: growth / MB,
    baselineValue: r.inputBytes / MB,
    unit: 'MB',
    opsPerSec: null,
    baselineOpsPerSec: null,
    ratio,
    target: `<= ${MEMORY_TARGET}x input`,
    met: ratio <= MEMORY_TARGET,
    status: 'measured',
    details: { ...r, peakHeapBytes: peak, peakFromGcTrace: peakTrace, peakLiveAfterGcBytes: peakLive },
    ...(options.quick ? { note: 'quick mode: 1 MB of text instead of 10 MB' } : {}),
  };
}
