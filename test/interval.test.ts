import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  WupianError,
  add,
  contains,
  distance,
  divide,
  entire,
  formatInterval,
  hull,
  intersect,
  interval,
  intervalFromJSON,
  intervalToJSON,
  multiply,
  overlaps,
  point,
  powPositive,
  subtract,
  width,
  type Interval,
} from '../src/index.js';
import { intervalWithPoint } from './arbitraries.js';

const show = (x: Interval | null): string => (x === null ? 'empty' : formatInterval(x, { significantDigits: 12 }));
const I = (lo: string | null, hi: string | null, loOpen = false, hiOpen = false): Interval => interval(lo, hi, { loOpen, hiOpen });

describe('Interval arithmetic', () => {
  it.each([
    ['add', add(I('1', '2'), I('10', '20')), '[11, 22]'],
    ['add open end', add(I('1', '2', true), I('10', '20')), '(11, 22]'],
    ['add unbounded', add(I('1', null), I('10', '20')), '[11, +∞)'],
    ['subtract', subtract(I('10', '20'), I('1', '2')), '[8, 19]'],
    ['multiply positive', multiply(I('2', '3'), I('4', '5')), '[8, 15]'],
    ['multiply mixed signs', multiply(I('-2', '3'), I('4', '5')), '[-10, 15]'],
    ['multiply by closed zero keeps 0 attained', multiply(I('0', '1'), I('5', null)), '[0, +∞)'],
    ['multiply by open zero excludes 0', multiply(I('0', '1', true), I('5', '6')), '(0, 6]'],
    ['divide', divide(I('10', '20'), I('2', '4')), '[2.5, 10]'],
    ['divide by an interval holding 0 inside is unbounded', divide(I('1', '2'), I('-1', '1')), '(−∞, +∞)'],
    ['divide by [0, 2] is half-unbounded', divide(I('1', '2'), I('0', '2')), '[0.5, +∞)'],
    ['divide by [-2, 0] is half-unbounded', divide(I('1', '2'), I('-2', '0')), '(−∞, -0.5]'],
    ['divide by the point 0', divide(I('1', '2'), point('0')), '(−∞, +∞)'],
    ['divide by an unbounded divisor', divide(I('1', '2'), I('1', null)), '(0, 2]'],
    ['power 2', powPositive(I('1.1', '1.2'), '2'), '[1.21, 1.44]'],
  ])('%s', (_name, result, expected) => {
    expect(show(result)).toBe(expected);
  });

  it('a fractional power holds the exact roots, widened by no more than 1e-37', () => {
    const r = powPositive(I('1.21', '1.44'), '0.5');
    expect(contains(r, '1.1') && contains(r, '1.2')).toBe(true);
    expect(new Decimal('1.1').minus(r.lo).lt('1e-37')).toBe(true);
    expect(r.hi.minus('1.2').lt('1e-37')).toBe(true);
  });

  it('a power keeps the part of x at or above 0, and refuses an x wholly below 0', () => {
    expect(show(powPositive(I('-4', '4'), '2'))).toBe('[0, 16]');
    expect(() => powPositive(I('-4', '-1'), '2')).toThrow(WupianError);
  });

  it('rounds outward: [1, 1] / [3, 3] holds 1/3 with ends on either side', () => {
    const x = divide(point('1'), point('3'));
    expect(x.lo.lt(x.hi)).toBe(true);
    expect(x.lo.times(3).lte(1)).toBe(true);
    expect(x.hi.times(3).gte(1)).toBe(true);
  });

  it.each([
    ['meeting', I('1', '2'), I('2', '3'), '[2, 2]'],
    ['apart', I('1', '2'), I('3', '4'), 'empty'],
    ['touching at an open end', I('1', '2', false, true), I('2', '3'), 'empty'],
    ['nested', I('1', '10'), I('3', '4'), '[3, 4]'],
  ])('intersect %s', (_name, a, b, expected) => {
    expect(show(intersect(a, b))).toBe(expected);
    expect(overlaps(a, b)).toBe(expected !== 'empty');
  });

  it('contains, width, hull, distance', () => {
    const x = I('13.355', '13.365');
    expect(contains(x, '13.355')).toBe(true);
    expect(contains(x, '13.365')).toBe(true);
    expect(contains(x, '13.3651')).toBe(false);
    expect(contains(I('1', '2', true), '1')).toBe(false);
    expect(contains(x, I('13.36', '13.361'))).toBe(true);
    expect(contains(x, I('13.36', '13.37'))).toBe(false);
    expect(width(x).toFixed()).toBe('0.01');
    expect(width(entire()).isFinite()).toBe(false);
    expect(show(hull(I('1', '2'), I('5', '6')))).toBe('[1, 6]');
    expect(distance(I('1', '2'), I('5', '6')).toFixed()).toBe('3');
    expect(distance(I('1', '5'), I('5', '6')).toFixed()).toBe('0');
  });

  it('serialises ends as decimal strings and unbounded ends as null', () => {
    const x = I('30', null, true);
    expect(intervalToJSON(x)).toEqual({ lo: '30', hi: null, loOpen: true, hiOpen: true });
    expect(show(intervalFromJSON(intervalToJSON(x)))).toBe('(30, +∞)');
  });

  it('refuses an empty interval with a typed error', () => {
    expect(() => interval('2', '1')).toThrow(WupianError);
    expect(() => interval('1', '1', { loOpen: true })).toThrow(/Empty interval/);
    expect(() => interval('x', '1')).toThrow(/Not a decimal number/);
  });
});

describe('Interval soundness (every exact result at points inside lies inside)', () => {
  const ops = [
    ['add', add, (a: Decimal, b: Decimal) => a.plus(b)],
    ['subtract', subtract, (a: Decimal, b: Decimal) => a.minus(b)],
    ['multiply', multiply, (a: Decimal, b: Decimal) => a.times(b)],
  ] as const;
  for (const [name, op, exact] of ops) {
    it(name, () => {
      fc.assert(
        fc.property(intervalWithPoint(), intervalWithPoint(), ({ x, p }, { x: y, p: q }) => {
          expect(contains(op(x, y), exact(p, q))).toBe(true);
        }),
        { numRuns: 300 },
      );
    });
  }
  it('divide', () => {
    fc.assert(
      fc.property(intervalWithPoint(), intervalWithPoint(), ({ x, p }, { x: y, p: q }) => {
        fc.pre(!q.isZero());
        const r = divide(x, y);
        expect(contains(r, p.div(q))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it('powPositive', () => {
    fc.assert(
      fc.property(intervalWithPoint({ positive: true }), fc.constantFrom('2', '3', '0.5', '0.25'), ({ x, p }, e) => {
        expect(contains(powPositive(x, e), p.pow(e))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the shortcuts for lower ends above zero', () => {
  // The general rule, written out: every pair of ends, rounded outward, the least and the
  // greatest kept (a tie kept closed when any of its candidates is attained).
  const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_FLOOR });
  const U = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_CEIL });
  type End = { v: InstanceType<typeof Decimal>; open: boolean };
  const ends = (x: Interval): [InstanceType<typeof Decimal>, boolean][] =>
    x.lo === x.hi && x.loOpen === x.hiOpen ? [[x.lo, x.loOpen]] : [[x.lo, x.loOpen], [x.hi, x.hiOpen]];
  function general(x: Interval, y: Interval, op: 'times' | 'div'): { lo: string; hi: string; loOpen: boolean; hiOpen: boolean } {
    const lows: End[] = [];
    const highs: End[] = [];
    for (const [a, ao] of ends(x)) {
      for (const [b, bo] of ends(y)) {
        for (const [C, list] of [[D, lows], [U, highs]] as const) {
          const v = op === 'div' && !b.isFinite() ? new Decimal(0) : new C(a)[op](b);
          list.push({ v, open: ao || bo || !v.isFinite() || (op === 'div' && !b.isFinite()) });
        }
      }
    }
    const pick = (list: End[], sign: 1 | -1): End => list.reduce((best, e) => (e.v.cmp(best.v) * sign < 0 || (e.v.eq(best.v) && !e.open) ? e : best));
    const lo = pick(lows, 1);
    const hi = pick(highs, -1);
    return { lo: lo.v.toString(), hi: hi.v.toString(), loOpen: lo.open, hiOpen: hi.open };
  }
  const shown = (x: Interval) => ({ lo: x.lo.toString(), hi: x.hi.toString(), loOpen: x.loOpen, hiOpen: x.hiOpen });
  // Ends close together (ties after rounding), points made of two objects, unbounded upper ends.
  const positive = fc
    .tuple(fc.constantFrom('1', '3', '7', '0.3', '1896.69', '2150'), fc.constantFrom('0', '1e-39', '1e-40', '2', '0.5'), fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean())
    .map(([lo, step, loOpen, hiOpen, unbounded, sameObject]) => {
      const l = new Decimal(lo);
      const h = l.plus(step);
      if (unbounded) return { lo: l, hi: new Decimal(Infinity), loOpen, hiOpen: true } as Interval;
      if (h.eq(l)) return { lo: l, hi: sameObject ? l : new Decimal(lo), loOpen: false, hiOpen: false } as Interval;
      return { lo: l, hi: h, loOpen, hiOpen } as Interval;
    });
  it('give what every pair of ends gives', () => {
    fc.assert(
      fc.property(positive, positive, (x, y) => {
        if (x.hi.isFinite() && y.hi.isFinite()) return; // the bounded fast path, unchanged
        expect(shown(multiply(x, y))).toEqual(general(x, y, 'times'));
        expect(shown(divide(x, y))).toEqual(general(x, y, 'div'));
      }),
      { numRuns: 2000 },
    );
  });
});
