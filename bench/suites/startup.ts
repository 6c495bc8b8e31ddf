/**
 * 6. Start-up. `node dist/cli.js --version` against `node -e 0`, run alternately a
 * few times each; the median wall time of each, and the difference.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { median, type Row } from '../lib/report.js';
import type { RunOptions } from '../lib/measure.js';

const GROUP = '6 start-up';
export const STARTUP_TARGET_MS = 80;

function wallTime(args: readonly string[], cwd: string): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const t1 = process.hrtime.bigint();
  if (r.status !== 0) {
    throw new Error(`node ${args.join(' ')} exited with ${String(r.status)}: ${r.stderr.toString().trim()}`);
  }
  return Number(t1 - t0) / 1e6;
}

export function runStartup(root: string, options: RunOptions): Row[] {
  const cli = resolve(root, 'dist/cli.js');
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing (run npx tsup)');
  const runs = options.quick ? 5 : 21;
  const cliArgs = [cli, '--version'];
  const bareArgs = ['-e', '0'];
  // One of each first, unmeasured: the file system cache.
  wallTime(cliArgs, root);
  wallTime(bareArgs, root);
  const cliTimes: number[] = [];
  const bareTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    cliTimes.push(wallTime(cliArgs, root));
    bareTimes.push(wallTime(bareArgs, root));
  }
  const cliMs = median(cliTimes);
  const bareMs = median(bareTimes);
  const diff = cliMs - bareMs;
  return [
    {
      id: '6.startup.version',
      group: GROUP,
      name: 'wupian --version, extra time over node -e 0',
      baseline: 'node -e 0',
      value: diff,
      baselineValue: bareMs,
      unit: 'ms',
      opsPerSec: null,
      baselineOpsPerSec: null,
      ratio: cliMs / bareMs,
      target: `<= +${STARTUP_TARGET_MS} ms`,
      met: diff <= STARTUP_TARGET_MS,
      status: 'measured',
      details: { runs, cliMedianMs: cliMs, nodeMedianMs: bareMs, cliTimesMs: cliTimes, nodeTimesMs: bareTimes },
    },
  ];
}
