/**
 * 2. Figure parsing. parseFigure over a list of at least 1,000 real mentions against
 * chinese-numbers-converter and nzh on the same list: speed, and how many of the list
 * each one reads exactly right.
 */
import ChineseNumber from 'chinese-numbers-converter';
import { Decimal } from 'decimal.js';
import Nzh from 'nzh';
import type { Library } from '../lib/library.js';
import { buildMentionList, type Mention } from '../corpus/mentions.js';
import { consume, measure, type RunOptions } from '../lib/measure.js';
import type { Row } from '../lib/report.js';

const GROUP = '2 parsing';
export const PARSE_TARGET = 3; // at least 3x faster than the faster rival

type Reader = (text: string) => unknown;

type ReaderName = 'parseFigure' | 'chinese-numbers-converter' | 'nzh';

// Each library called the way its README says, on the mention as written.
function readers(lib: Library): Readonly<Record<ReaderName, Reader>> {
  const { parseFigure } = lib;
  return {
    parseFigure: (text) => parseFigure(text).value,
    'chinese-numbers-converter': (text) => new ChineseNumber(text).toInteger(),
    nzh: (text) => Nzh.cn.decodeS(text),
  };
}

export interface Accuracy {
  /** Read to exactly the expected value. */
  exact: number;
  /** Off only by binary floating point (relative error below 1e-12): 102608999999.99998 for 1026.09亿. */
  float: number;
  /** Anything else: a wrong value, 0, NaN, or an exception. */
  wrong: number;
  /** A few of the wrong readings, for the report. */
  examples: string[];
}

function accuracy(read: Reader, mentions: readonly Mention[]): Accuracy {
  const acc: Accuracy = { exact: 0, float: 0, wrong: 0, examples: [] };
  for (const m of mentions) {
    let got: unknown;
    try {
      got = read(m.text);
    } catch (error) {
      got = `throws ${(error as Error).name}`;
    }
    const expected = new Decimal(m.expected);
    let value: Decimal | null = null;
    try {
      value = Decimal.isDecimal(got) ? (got as Decimal) : new Decimal(String(got));
    } catch {
      value = null;
    }
    if (value && value.isFinite() && value.eq(expected)) {
      acc.exact++;
    } else if (value && value.isFinite() && !expected.isZero() && value.minus(expected).abs().div(expected.abs()).lt('1e-12')) {
      acc.float++;
      if (acc.examples.length < 6) acc.examples.push(`${m.text} -> ${String(got)}`);
    } else {
      acc.wrong++;
      if (acc.examples.length < 6) acc.examples.push(`${m.text} -> ${String(got)}`);
    }
  }
  return acc;
}

export async function runParsing(lib: Library, options: RunOptions): Promise<Row[]> {
  const READERS = readers(lib);
  const { mentions, seedCount, formCount } = buildMentionList(1000);
  const names = Object.keys(READERS) as ReaderName[];
  const accuracies = Object.fromEntries(names.map((n) => [n, accuracy(READERS[n], mentions)])) as Record<ReaderName, Accuracy>;

  const tasks: Record<string, () => void> = {};
  for (const name of names) {
    const read = READERS[name];
    tasks[name] = () => {
      for (const m of mentions) {
        try {
          consume(read(m.text));
        } catch (error) {
          consume(error);
        }
      }
    };
  }
  const t = await measure(tasks, options);
  const perSec = (n: ReaderName): number => (t[n]?.opsPerSec ?? Number.NaN) * mentions.length;
  const rivals = names.filter((n) => n !== 'parseFigure');
  const fastest = rivals.reduce((a, b) => (perSec(a) >= perSec(b) ? a : b));
  const ratio = perSec(fastest) / perSec('parseFigure');
  const count = (n: ReaderName): string => {
    const a = accuracies[n];
    return `${a.exact}/${mentions.length} exact` + (a.float > 0 ? `, ${a.float} float-rounded` : '');
  };

  const rows: Row[] = [
    {
      id: '2.parseFigure.speed',
      group: GROUP,
      name: `parseFigure over ${mentions.length} mentions vs faster rival`,
      baseline: fastest,
      value: perSec('parseFigure'),
      baselineValue: perSec(fastest),
      unit: 'mentions/s',
      opsPerSec: perSec('parseFigure'),
      baselineOpsPerSec: perSec(fastest),
      ratio,
      target: `<= ${(1 / PARSE_TARGET).toFixed(3)}x (${PARSE_TARGET}x faster)`,
      met: ratio <= 1 / PARSE_TARGET,
      status: 'measured',
      details: {
        mentions: mentions.length,
        distinctInSeeds: seedCount,
        realStyleForms: formCount,
        mentionsPerSecond: Object.fromEntries(names.map((n) => [n, perSec(n)])),
      },
    },
  ];
  for (const name of names) {
    const a = accuracies[name];
    rows.push({
      id: `2.${name}.accuracy`,
      group: GROUP,
      name: `${name}: read exactly right`,
      baseline: 'expected values',
      value: a.exact,
      baselineValue: mentions.length,
      unit: 'mentions',
      opsPerSec: perSec(name),
      baselineOpsPerSec: null,
      ratio: null,
      target: 'reported',
      met: null,
      status: 'measured',
      details: { ...a },
      note: `${name}: ${count(name)}, ${a.wrong} wrong` + (a.examples.length > 0 ? `; e.g. ${a.examples.slice(0, 3).join('; ')}` : ''),
    });
  }
  return rows;
}
