/**
 * 7. Scaling (issue 12): time per MB of each adversarial shape (bench/corpus/shapes.ts)
 * at 1, 2 and 4 MB, for the text layer (`normalizeText`, `findMentions`) and the whole
 * extractor (`extractClaims`, `checkText`). A linear function costs the same per MB at
 * every size, so the time at 2 MB over the time at 1 MB is about 2 (and 4 MB over 2 MB);
 * a quadratic one gives 4. Target: both ratios <= 2.5x.
 *
 * The baseline is the same function on the same shape at half the size, in the same
 * run: the ratio means the same on any machine. A function that is already slow is not
 * run at a size it would take more than 30 s on (quick mode: 1 s, at 62.5, 125 and 250
 * KB, one run each: indicative only); its row says so and reports the ratios it could
 * measure. A function whose runs take under a second is run on the sizes in turn, at
 * least five rounds and up to 4 s, each size keeping its fastest run; each run follows a
 * garbage collection; quick mode: one run. BENCH_SCALING=findMentions,… limits the
 * functions.
 *
 * Runs the built package (dist/extract.js), as the other speed benchmarks do.
 */
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SHAPES } from '../corpus/shapes.js';
import { consume, type RunOptions } from '../lib/measure.js';
import { SUBJECTS, subjectOf } from './scalingSubjects.js';
import type { Row } from '../lib/report.js';

const GROUP = '8 scaling';
export const SCALING_TARGET = 2.5;
const MB = 1_000_000;

type Extract = typeof import('../../src/extract/index.js');

async function loadExtract(root: string): Promise<Extract> {
  const dist = resolve(root, 'dist/extract.js');
  if (!existsSync(dist)) throw new Error('dist/extract.js is missing (npx tsup)');
  return (await import(pathToFileURL(dist).href)) as Extract;
}

const label = (b: number): string => (b >= MB ? `${Math.round(b / MB)} MB` : `${Math.round(b / 1000)} KB`);

type Subject = (text: string) => unknown;

// A garbage collection before each run, so that no run pays for the garbage of the one
// before (V8's gc, exposed here: the runner is not started with --expose-gc).
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as unknown;
  return typeof gc === 'function' ? (gc as () => void) : () => undefined;
}

/** Seconds of the fastest of at least `runs` runs, and of more (up to 50) until they add up to `spend` seconds. */
function fastest(run: Subject, text: string, runs: number, spend: number, gc: () => void): number {
  const times: number[] = [];
  while (times.length < runs || (times.length < 50 && times.reduce((a, b) => a + b, 0) < spend)) {
    gc();
    const t0 = performance.now();
    consume(run(text));
    times.push((performance.now() - t0) / 1000);
    // Let the result go: kept, it would weigh on the next run's collections.
    consume(null);
  }
  return Math.min(...times);
}

interface Step {
  readonly bytes: number;
  readonly seconds: number;
  readonly secondsPerMB: number;
}

export async function runScaling(root: string, options: RunOptions): Promise<Row[]> {
  const x = await loadExtract(root);
  // Full: 1, 2 and 4 MB (of UTF-16 code units, as a text's length counts them). Quick:
  // an eighth of that, enough to tell linear from quadratic.
  const sizes = options.quick ? [MB / 16, MB / 8, MB / 4] : [MB, 2 * MB, 4 * MB];
  // A run predicted to take longer than this is left out (the slow rows say so).
  const budget = options.quick ? 1 : 30;
  const rows: Row[] = [];
  const gc = collector();
  // BENCH_SCALING=normalizeText,findMentions times those only.
  const only = process.env['BENCH_SCALING']?.split(',');
  for (const [name, layer] of SUBJECTS) {
    if (only && !only.includes(name)) continue;
    const run = subjectOf(name, x);
    for (const shape of SHAPES) {
      // Warm-up on a small text, so the first size does not pay for the JIT.
      const small = shape.make(20_000);
      const warmUntil = performance.now() + (options.quick ? 30 : 200);
      do consume(run(small));
      while (performance.now() < warmUntil);
      const steps: Step[] = [];
      const texts: string[] = [];
      let skipped: string | undefined;
      for (const size of sizes) {
        const previous = steps[steps.length - 1];
        const growth = steps.length >= 2 ? (steps[steps.length - 1] as Step).seconds / (steps[steps.length - 2] as Step).seconds : 2;
        if (previous && previous.seconds * Math.max(2, growth) > budget) {
          skipped = `${label(size)} not run: predicted ${(previous.seconds * Math.max(2, growth)).toFixed(1)} s, over the ${budget} s budget`;
          break;
        }
        const text = shape.make(size);
        // A shape whose unit is longer than the size (10k-item lists) gives the same text
        // twice: no ratio in that.
        if (previous && text.length <= previous.bytes) continue;
        // Sizes in increasing order, in one process: the heap has grown with them, as it
        // would for a caller reading big texts. One run each here; see `refine` below.
        const s = fastest(run, text, 1, 0, gc);
        steps.push({ bytes: text.length, seconds: s, secondsPerMB: s / (text.length / MB) });
        texts.push(text);
      }
      // Full mode, a quick function: more runs, the sizes in turn (1, 2, 4, 1, 2, 4 …), until
      // each has had five and they add up to 4 s (at most 30 rounds); each size keeps its
      // fastest. Taken in turn, a spell of load on the machine (other processes) slows all
      // sizes alike instead of one; the fastest run is the one nothing else disturbed.
      if (!options.quick && steps.length > 1 && steps.every((st) => st.seconds < 1)) {
        const best = steps.map((st) => st.seconds);
        let spent = 0;
        for (let round = 0; round < 30 && (round < 5 || spent < 4); round++) {
          texts.forEach((text, k) => {
            const t = fastest(run, text, 1, 0, gc);
            spent += t;
            best[k] = Math.min(best[k] as number, t);
          });
        }
        steps.forEach((st, k) => {
          steps[k] = { bytes: st.bytes, seconds: best[k] as number, secondsPerMB: (best[k] as number) / (st.bytes / MB) };
        });
      }
      const ratios = steps.slice(1).map((step, k) => step.seconds / (steps[k] as Step).seconds);
      const worst = ratios.length > 0 ? Math.max(...ratios) : null;
      const missedAlready = worst !== null && worst > SCALING_TARGET;
      rows.push({
        id: `7.${name}.${shape.name}`,
        group: GROUP,
        name: `${name} on ${shape.name}: ${ratios.map((r, k) => `${label(steps[k + 1]?.bytes ?? 0)}/${label(steps[k]?.bytes ?? 0)} ${r.toFixed(2)}x`).join(', ') || 'no ratio'}`,
        baseline: 'same text at half the size',
        value: worst,
        baselineValue: 2,
        unit: 'x',
        opsPerSec: null,
        baselineOpsPerSec: null,
        ratio: worst,
        target: `<= ${SCALING_TARGET}x per doubling`,
        met: missedAlready ? false : skipped === undefined && worst !== null ? worst <= SCALING_TARGET : null,
        status: 'measured',
        details: {
          layer,
          shape: shape.description,
          steps,
          ratios,
          secondsPerMB: steps.map((s) => s.secondsPerMB),
        },
        ...(skipped ? { note: skipped } : {}),
      });
    }
  }
  return rows;
}
