import { Bench } from 'tinybench';
import { median } from './report.js';

export interface RunOptions {
  /** Smoke mode: every benchmark briefly, the whole run well under 20 s. */
  readonly quick: boolean;
}

/** A value the optimiser cannot prove unused. */
export let sink: unknown = null;
export function consume(value: unknown): void {
  sink = value;
}

export interface Timing {
  /** Operations per second: 1000 / mean latency in ms, median over the rounds. */
  readonly opsPerSec: number;
  /** Relative margin of error (%) of the latency in the median round. */
  readonly rme: number;
  readonly samples: number;
}

/**
 * Runs the tasks with tinybench and returns operations per second for each. Tasks
 * that are compared with each other run in the same bench, in alternating order over
 * several rounds (three quick, five full), and each keeps its median round: a burst of
 * noise on the machine then moves one round, not the ratio.
 */
export async function measure(tasks: Readonly<Record<string, () => void>>, options: RunOptions): Promise<Record<string, Timing>> {
  const names = Object.keys(tasks);
  const rounds = options.quick ? 3 : 5;
  const perRound: Record<string, { ops: number; rme: number; samples: number }[]> = {};
  // Warm every task up, round-robin, before any is timed: the functions they share
  // then see all their argument types (Figures, Intervals, strings) before the
  // first measurement, not in the middle of it.
  const warmUntil = performance.now() + (options.quick ? 40 * names.length : 150 * names.length);
  do {
    for (const name of names) (tasks[name] as () => void)();
  } while (performance.now() < warmUntil);
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({
      time: options.quick ? 30 : 400,
      warmupTime: options.quick ? 10 : 150,
      warmupIterations: options.quick ? 4 : 16,
      iterations: options.quick ? 4 : 32,
      throws: true,
    });
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) bench.add(name, tasks[name] as () => void);
    await bench.run();
    for (const task of bench.tasks) {
      const result = task.result;
      if (result.state !== 'completed') throw new Error(`benchmark task "${task.name}" did not complete (${result.state})`);
      (perRound[task.name] ??= []).push({
        ops: 1000 / result.latency.mean,
        rme: result.latency.rme,
        samples: result.latency.samplesCount,
      });
    }
  }
  const out: Record<string, Timing> = {};
  for (const name of names) {
    const results = perRound[name] ?? [];
    const ops = median(results.map((r) => r.ops));
    const mid = results.find((r) => r.ops === ops) ?? results[0];
    out[name] = { opsPerSec: ops, rme: mid?.rme ?? Number.NaN, samples: mid?.samples ?? 0 };
  }
  return out;
}
