/**
 * Child process of benchmark 8 (corpora): runs the streaming mode, `wupian check
 * --ndjson -`, over a stream of distinct documents made here as it is read
 * (bench/corpus/documents.ts), into an output that only counts and hashes the lines.
 * Prints one line `RESULT {json}`: documents, bytes, seconds, the time and live heap
 * at each checkpoint of the stream (after two forced collections), the output's hash.
 *
 * The parent bundles this file with esbuild (no keepNames: the code runs as tsup
 * builds it), runs it with `--expose-gc --trace-gc`, and reads the peak heap of each
 * thread (main, workers) from V8's GC trace. The workers run dist/cli-worker.js.
 *
 * Usage: node --expose-gc --trace-gc stream-child.mjs WORKER_URL JOBS BYTES CHECKPOINT,…
 */
import { createHash } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { run } from '../src/cli/main.js';
import { distinctDocuments } from './corpus/documents.js';

const [workerUrl, jobsArg, bytesArg, checkpointsArg] = process.argv.slice(2);
if (!workerUrl || !jobsArg || !bytesArg || !checkpointsArg) throw new Error('usage: stream-child.mjs WORKER_URL JOBS BYTES CHECKPOINT,…');
const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error('run with --expose-gc');
const total = Number(bytesArg);
const checkpoints = checkpointsArg.split(',').map(Number);

// The first collections traced are this thread's: the parent tells the main isolate by them.
collect();
collect();
const baseline = process.memoryUsage().heapUsed;

// Which output line (in input order) completes each checkpoint of input bytes.
const marks = new Map<number, number>();
function* lines(): Generator<string> {
  let produced = 0;
  let index = 0;
  let next = 0;
  for (const d of distinctDocuments()) {
    if (produced >= total) return;
    const line = `${JSON.stringify(d)}\n`;
    produced += Buffer.byteLength(line, 'utf8');
    while (next < checkpoints.length && produced >= (checkpoints[next] as number)) marks.set(index, checkpoints[next++] as number);
    index++;
    yield line;
  }
}

const hash = createHash('sha256');
let outLines = 0;
let outBytes = 0;
const reached: { bytes: number; seconds: number; liveHeap: number }[] = [];
let started = 0;
const output = new Writable({
  write(chunk: Buffer, _encoding, done) {
    hash.update(chunk);
    outBytes += chunk.length;
    const mark = marks.get(outLines);
    outLines++;
    if (mark !== undefined) {
      const seconds = (performance.now() - started) / 1000;
      collect();
      collect();
      reached.push({ bytes: mark, seconds, liveHeap: process.memoryUsage().heapUsed });
    }
    done();
  },
});

let stderr = '';
started = performance.now();
const code = await run(
  ['check', '--ndjson', '--jobs', jobsArg, '-'],
  { stdout: () => true, stderr: (t) => (stderr += t.slice(0, 2000)), version: 'bench', readFile: () => '' },
  { input: Readable.from(lines()), output, workerUrl: new URL(workerUrl) },
);
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  `\nRESULT ${JSON.stringify({ code, documents: outLines, outBytes, seconds, checkpoints: reached, baseline, hash: hash.digest('hex'), stderr: stderr.slice(0, 500) })}\n`,
);
