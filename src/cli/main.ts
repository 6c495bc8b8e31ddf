import { parseArgs } from 'node:util';
import { applyGrowth } from '../calc/applyGrowth.js';
import { baseFromGrowth } from '../calc/baseFromGrowth.js';
import { cagr } from '../calc/cagr.js';
import { growthRate } from '../calc/growthRate.js';
import { ppGap } from '../calc/ppGap.js';
import { share } from '../calc/share.js';
import { WupianError } from '../errors/WupianError.js';
import { parseFigure } from '../figure/parseFigure.js';
import type { Figure } from '../figure/figure.js';
import { formatInterval, isPoint, type Interval } from '../interval/interval.js';
import { demoLines } from './demo.js';

export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly version: string;
}

const HELP = `wupian — exact, rounding-aware figures of China's five major articles of finance

Usage:
  wupian demo                      what the calculators say about a Weifang paragraph
  wupian calc growth BASE CURRENT  growth rate in %, e.g. wupian calc growth 1896.69亿元 2150亿元
  wupian calc base CURRENT RATE    the base a value grew from
  wupian calc apply BASE RATE      the value after growth
  wupian calc share PART TOTAL     share in %
  wupian calc gap A B              gap between two rates in percentage points
  wupian calc cagr START END N     compound annual growth in %
  wupian --version | --help

A figure with a unit or a qualifier (13.36%, 超30亿元) is read as the interval it
denotes, and the result is an interval; plain numbers are exact.`;

const CALCS: Readonly<Record<string, { arity: number; run: (args: (string | Figure)[]) => unknown }>> = {
  growth: { arity: 2, run: ([a, b]) => growthRate(a as Figure, b as Figure) },
  base: { arity: 2, run: ([a, b]) => baseFromGrowth(a as Figure, b as Figure) },
  apply: { arity: 2, run: ([a, b]) => applyGrowth(a as Figure, b as Figure) },
  share: { arity: 2, run: ([a, b]) => share(a as Figure, b as Figure) },
  gap: { arity: 2, run: ([a, b]) => ppGap(a as Figure, b as Figure) },
  cagr: { arity: 3, run: ([a, b, n]) => cagr(a as Figure, b as Figure, n as string) },
};

// A plain decimal stays exact; anything else is read as a stated figure.
function operand(text: string): string | Figure {
  return /^-?\d+(?:\.\d+)?$/.test(text) ? text : parseFigure(text);
}

function show(result: unknown): string {
  const r = result as Interval & { toFixed?: () => string };
  if (typeof r.toFixed === 'function') return r.toFixed();
  return isPoint(r) ? r.lo.toFixed() : formatInterval(r, { significantDigits: 10 });
}

/** Runs the command line; returns the exit code. */
export function main(argv: readonly string[], io: CliIO): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' } },
    });
  } catch (error) {
    io.stderr(`wupian: ${(error as Error).message}\n${HELP}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.stdout(`${io.version}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    io.stdout(`${HELP}\n`);
    return command === undefined && !values.help ? 2 : 0;
  }
  try {
    if (command === 'demo') {
      io.stdout(`${demoLines().join('\n')}\n`);
      return 0;
    }
    if (command === 'calc') {
      const [name, ...args] = rest;
      const calc = name === undefined ? undefined : CALCS[name];
      if (!calc || args.length !== calc.arity) {
        io.stderr(`wupian calc: expected one of ${Object.keys(CALCS).join(', ')} with its operands.\n${HELP}\n`);
        return 2;
      }
      const operands = args.map((a, i) => (name === 'cagr' && i === 2 ? a : operand(a)));
      io.stdout(`${show(calc.run(operands))}\n`);
      return 0;
    }
    io.stderr(`wupian: unknown command "${command}".\n${HELP}\n`);
    return 2;
  } catch (error) {
    if (error instanceof WupianError) {
      io.stderr(`wupian: ${error.message} [${error.code}]\n`);
      return 2;
    }
    throw error;
  }
}
