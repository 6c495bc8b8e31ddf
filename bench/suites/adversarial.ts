/**
 * 7. Adversarial input: `checkText` on the repeated patterns and random characters
 * the tests use to check that the work is linear (test/extract/*Adversarial*.test.ts).
 * The tests pin the shape (characters scanned when the input doubles); how fast the
 * worst of them runs is measured here, where time belongs.
 */
import { pathToFileURL } from 'node:url';
import type { RunOptions } from '../lib/measure.js';
import { median, type Row } from '../lib/report.js';
import { checkModulePath } from './extractCheck.js';

const GROUP = '7 adversarial';
/** The bound the timed tests used to assert: a megabyte in 10 s. */
export const ADVERSARIAL_TARGET_MB_S = 0.1;
const MB = 1_000_000;

export const PATTERNS: readonly string[] = [
  '分别为',
  '绿色贷款余额',
  '1、',
  '截至2025年6月末',
  '\t1\t2\t3\n',
  '高于各项贷款增速1个百分点，',
  '两家企业，',
  '力争新增贷款5亿元，到2025年末',
  '通过三年倍增行动，工业贷款余额达109亿元以上',
  '该行为5家企业发放贷款30万元；',
  'ten other departments, ',
  '1,1,1,1',
  '(dài kuǎn',
];

export async function runAdversarial(root: string, options: RunOptions): Promise<Row[]> {
  const mod = (await import(pathToFileURL(checkModulePath(root)).href)) as { checkText: (text: string, o?: object) => unknown };
  const bytes = options.quick ? 20_000 : 300_000;
  const runs = options.quick ? 1 : 3;
  const perPattern = PATTERNS.map((unit) => {
    const text = unit.repeat(Math.max(1, Math.floor(bytes / Buffer.byteLength(unit, 'utf8'))));
    const size = Buffer.byteLength(text, 'utf8');
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      mod.checkText(text, { region: '370700', documentDate: '2025-06-30' });
      times.push((performance.now() - t0) / 1000);
    }
    return { pattern: unit, bytes: size, mbPerSecond: size / MB / median(times) };
  });
  const worst = perPattern.reduce((a, b) => (a.mbPerSecond <= b.mbPerSecond ? a : b));
  return [
    {
      id: '7.adversarial.worst',
      group: GROUP,
      name: `checkText on the slowest repeated pattern (${JSON.stringify(worst.pattern)})`,
      baseline: 'the old timed tests bound',
      value: worst.mbPerSecond,
      baselineValue: ADVERSARIAL_TARGET_MB_S,
      unit: 'MB/s',
      opsPerSec: null,
      baselineOpsPerSec: null,
      ratio: ADVERSARIAL_TARGET_MB_S / worst.mbPerSecond,
      target: `>= ${ADVERSARIAL_TARGET_MB_S} MB/s`,
      met: worst.mbPerSecond >= ADVERSARIAL_TARGET_MB_S,
      status: 'measured',
      details: { perPattern },
      ...(options.quick ? { note: `quick mode: ${bytes / 1000} KB per pattern` } : {}),
    },
  ];
}
