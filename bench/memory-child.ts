/**
 * Child process of benchmark 4 (memory): loads the checker, builds the text, checks
 * it once, and prints one line `RESULT {json}`. The parent runs it with
 * `--expose-gc --trace-gc` and reads the peak heap from V8's GC trace (each line
 * gives the heap in use just before a collection, which is where the heap peaks).
 *
 * Usage: node --import tsx --expose-gc --trace-gc bench/memory-child.ts MODULE BYTES
 */
import { pathToFileURL } from 'node:url';
import { seedCorpus } from './corpus/mentions.js';

const [modulePath, bytesArg] = process.argv.slice(2);
if (!modulePath || !bytesArg) throw new Error('usage: memory-child.ts MODULE BYTES');

const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error('run with --expose-gc');

const mod = (await import(pathToFileURL(modulePath).href)) as { checkText?: (text: string) => unknown };
const checkText = mod.checkText;
if (typeof checkText !== 'function') throw new Error(`${modulePath} exports no checkText`);

// Warm the checker up on a little text, so lazily built tables are in the baseline.
await checkText(seedCorpus(20_000));
collect();
collect();
const baseline = process.memoryUsage().heapUsed;

const text = seedCorpus(Number(bytesArg));
const inputBytes = Buffer.byteLength(text, 'utf8');
collect();
const withText = process.memoryUsage().heapUsed;
const t0 = performance.now();
const result = await checkText(text);
const seconds = (performance.now() - t0) / 1000;
const after = process.memoryUsage().heapUsed;
// Keep the result alive until after the measurement.
const kept = result === undefined ? 0 : 1;

process.stdout.write(
  `RESULT ${JSON.stringify({ baseline, withText, after, inputBytes, chars: text.length, seconds, kept })}\n`,
);
