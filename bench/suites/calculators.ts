/**
 * 1. Calculators. growthRate, share and ppGap on exact decimal strings against the
 * same formula written directly with decimal.js (a clone with wupian's precision,
 * 40 digits, half up); and their interval forms (on Figures from parseFigure, and on
 * Intervals) against their own exact forms.
 */
import { Decimal } from 'decimal.js';
import type { Figure, Interval } from '../../src/index.js';
import type { Library } from '../lib/library.js';
import { consume, measure, type RunOptions } from '../lib/measure.js';
import type { Row } from '../lib/report.js';

const GROUP = '1 calculators';

// The same configuration as wupian's Decimal, built here from decimal.js directly.
const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 60 });
const ONE = new D(1);
const HUNDRED = new D(100);

// Pairs from the seed documents or of the same size (亿元 and %), as decimal strings.
const GROWTH: readonly (readonly [string, string])[] = [
  ['1896.69', '2150'], // 绿色信贷, Weifang: 2150 − 253.31
  ['172.51', '184.38'], // 潍坊银行绿色贷款: 184.38 − 11.87
  ['720.79', '853.98'], // Zibo green credit: 853.98 − 133.19
  ['969.00', '1085.29'], // Zibo small and micro loans
  ['2042.06', '2273.35'],
  ['6.3', '8.6'],
  ['4.05', '6.45'],
  ['10.30', '10.45'],
];
const SHARE: readonly (readonly [string, string])[] = [
  ['2150', '12514.55'],
  ['1026.09', '2150'],
  ['253.31', '2150'],
  ['97.82', '1026.09'],
  ['184.38', '2150'],
  ['416.03', '1794.24'],
  ['6.45', '10.45'],
  ['32.7', '100'],
];
const GAP: readonly (readonly [string, string])[] = [
  ['13.36', '5.54'],
  ['11.35', '6.37'],
  ['28.47', '7.75'],
  ['20.06', '22.07'],
  ['17.18', '15.99'],
  ['26.1', '14.3'],
  ['25.1', '8.01'],
  ['40.92', '26.47'],
];


interface Calculator {
  readonly name: 'growthRate' | 'share' | 'ppGap';
  readonly pairs: readonly (readonly [string, string])[];
  readonly wupian: (a: string, b: string) => unknown;
  readonly direct: (a: string, b: string) => unknown;
  readonly onFigures: (a: Figure, b: Figure) => unknown;
  readonly onIntervals: (a: Interval, b: Interval) => unknown;
  readonly figure: (s: string) => Figure;
}

function calculators(lib: Library): readonly Calculator[] {
  const { growthRate, share, ppGap, parseFigure } = lib;
  const money = (s: string): Figure => parseFigure(`${s}亿元`);
  const percent = (s: string): Figure => parseFigure(`${s}%`);
  return [
  {
    name: 'growthRate',
    pairs: GROWTH,
    wupian: (b, c) => growthRate(b, c),
    // (current / base − 1) × 100, as wupian writes it.
    direct: (b, c) => new D(c).div(new D(b)).minus(ONE).times(HUNDRED),
    onFigures: (b, c) => growthRate(b, c),
    onIntervals: (b, c) => growthRate(b, c),
    figure: money,
  },
  {
    name: 'share',
    pairs: SHARE,
    wupian: (p, t) => share(p, t),
    direct: (p, t) => new D(p).div(new D(t)).times(HUNDRED),
    onFigures: (p, t) => share(p, t),
    onIntervals: (p, t) => share(p, t),
    figure: money,
  },
  {
    name: 'ppGap',
    pairs: GAP,
    wupian: (a, b) => ppGap(a, b),
    direct: (a, b) => new D(a).minus(new D(b)),
    onFigures: (a, b) => ppGap(a, b),
    onIntervals: (a, b) => ppGap(a, b),
    figure: percent,
  },
  ];
}

export const EXACT_TARGET = 1.2;
export const INTERVAL_TARGET = 4;

export async function runCalculators(lib: Library, options: RunOptions): Promise<Row[]> {
  const { intervalOf } = lib;
  const rows: Row[] = [];
  for (const calc of calculators(lib)) {
    const { pairs } = calc;
    const figures = pairs.map(([a, b]) => [calc.figure(a), calc.figure(b)] as const);
    const intervals = figures.map(([a, b]) => [intervalOf(a), intervalOf(b)] as const);
    // The two forms must agree before they are timed.
    for (const [a, b] of pairs) {
      const w = calc.wupian(a, b) as Decimal;
      const d = calc.direct(a, b) as Decimal;
      if (!w.eq(d)) throw new Error(`${calc.name}(${a}, ${b}): wupian ${w.toString()} but decimal.js ${d.toString()}`);
    }
    const n = pairs.length;
    const t = await measure(
      {
        wupian: () => {
          for (const [a, b] of pairs) consume(calc.wupian(a, b));
        },
        direct: () => {
          for (const [a, b] of pairs) consume(calc.direct(a, b));
        },
        figures: () => {
          for (const [a, b] of figures) consume(calc.onFigures(a, b));
        },
        intervals: () => {
          for (const [a, b] of intervals) consume(calc.onIntervals(a, b));
        },
      },
      options,
    );
    const ops = (k: string): number => (t[k]?.opsPerSec ?? Number.NaN) * n;
    const exactRatio = ops('direct') / ops('wupian');
    rows.push({
      id: `1.${calc.name}.exact`,
      group: GROUP,
      name: `${calc.name} exact (decimal strings) vs decimal.js`,
      baseline: 'decimal.js',
      value: ops('wupian'),
      baselineValue: ops('direct'),
      unit: 'calls/s',
      opsPerSec: ops('wupian'),
      baselineOpsPerSec: ops('direct'),
      ratio: exactRatio,
      target: `<= ${EXACT_TARGET}x`,
      met: exactRatio <= EXACT_TARGET,
      status: 'measured',
      details: { pairs: n, rme: { wupian: t['wupian']?.rme, direct: t['direct']?.rme } },
    });
    for (const form of ['figures', 'intervals'] as const) {
      const ratio = ops('wupian') / ops(form);
      rows.push({
        id: `1.${calc.name}.${form}`,
        group: GROUP,
        name: `${calc.name} on ${form === 'figures' ? 'Figures' : 'Intervals'} vs exact`,
        baseline: 'exact',
        value: ops(form),
        baselineValue: ops('wupian'),
        unit: 'calls/s',
        opsPerSec: ops(form),
        baselineOpsPerSec: ops('wupian'),
        ratio,
        target: `<= ${INTERVAL_TARGET}x`,
        met: ratio <= INTERVAL_TARGET,
        status: 'measured',
        details: { pairs: n, rme: { [form]: t[form]?.rme, exact: t['wupian']?.rme } },
      });
    }
  }
  return rows;
}
