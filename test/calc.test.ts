import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  WupianError,
  applyGrowth,
  averageGrowth,
  baseFromGrowth,
  baseDate,
  cagr,
  compound,
  contains,
  formatInterval,
  growthRate,
  growthRateSince,
  increment,
  intervalOf,
  interval,
  overlaps,
  parseFigure,
  ppGap,
  ratio,
  share,
  shareChange,
  subtract,
  sumOf,
  times,
  type Interval,
} from '../src/index.js';
import { decimalString, positiveDecimalString } from './arbitraries.js';

const f = parseFigure;
// A growth rate above −100%, printed to two decimals.
const rateString = fc.integer({ min: -9999, max: 999999 }).map((units) => new Decimal(units).div(100).toFixed());
const show = (x: Interval, sd = 10): string => formatInterval(x, { significantDigits: sd });

describe('exact calculators (tables)', () => {
  it.each([
    ['growthRate', () => growthRate('1896.69', '2150'), '13.3553717265341199668896867701100337957'],
    ['growthRate (decline)', () => growthRate('200', '150'), '-25'],
    ['growthRate (numbers read by their decimal form)', () => growthRate(0.1, 0.3), '200'],
    ['applyGrowth', () => applyGrowth('1896.69', '13.36'), '2150.087784'],
    ['baseFromGrowth', () => baseFromGrowth('121', '10'), '110'],
    ['increment', () => increment('1896.69', '2150'), '253.31'],
    ['share', () => share('2150', '12500'), '17.2'],
    ['shareChange', () => shareChange('10', '100', '30', '200'), '5'],
    ['ppGap', () => ppGap('13.36', '5.54'), '7.82'],
    ['ppGap (negative)', () => ppGap('5.54', '13.36'), '-7.82'],
    ['cagr', () => cagr('100', '121', 2), '10'],
    ['cagr over 3 periods', () => cagr('1000', '1331', '3'), '10'],
    ['compound', () => compound('100', '10', 2), '121'],
    ['averageGrowth', () => averageGrowth(['40', '50', '92']), '60.66666666666666666666666666666666666667'],
    ['sumOf', () => sumOf(['0.05', '3.70', '7.50', '0.40']), '11.65'],
    ['sumOf (nothing)', () => sumOf([]), '0'],
    ['ratio', () => ratio('83', '100'), '83'],
    ['times', () => times('111.40', '55.70'), '2'],
  ])('%s', (_name, run, expected) => {
    expect(run().toFixed()).toBe(expected);
  });
});

describe('worked examples of ../shared/seeds/001', () => {
  it("growthRate('1896.69', '2150') is 13.35537…", () => {
    expect(growthRate('1896.69', '2150').toFixed(5)).toBe('13.35537');
  });

  it.each([
    ['1026.09', '28.47', '798.7'],
    ['254.30', '7.75', '236.0'],
    ['416.03', '20.06', '346.5'],
    ['97.82', '22.07', '80.1'],
  ])('baseFromGrowth(%s亿元, %s%%) ≈ %s亿元 at the start of the year', (balance, rate, expected) => {
    expect(baseFromGrowth(balance, rate).toFixed(1)).toBe(expected);
  });

  it('on intervals, 2150 (no decimals) over a 253.31 increment overlaps 13.36%', () => {
    const balance = f('2150亿元');
    const base = subtract(intervalOf(balance), intervalOf(f('253.31亿元')));
    const rate = growthRate(base, balance);
    expect(show(rate)).toBe('[13.29884381, 13.41192975]');
    expect(overlaps(rate, intervalOf(f('13.36%')))).toBe(true);
  });

  it('pension loans: 6.45亿 after +159.13% implies about 2.49亿 at the start of the year', () => {
    expect(baseFromGrowth('6.45', '159.13').toFixed(2)).toBe('2.49');
    expect(show(baseFromGrowth(f('6.45亿元'), f('159.13%')), 6)).toBe('[248712000, 249108000]');
  });
});

describe('interval forms', () => {
  it.each([
    ['growthRate of rounded balances', () => growthRate(f('1896.69亿元'), f('2150亿元')), '[13.32871125, 13.38203234]'],
    ['ppGap of two rates', () => ppGap(f('13.36%'), f('7.82个百分点')), '[5.53, 5.55]'],
    ['share of a balance in a total', () => share(f('2150亿元'), f('12514亿元')), '[17.17607575, 17.18543973]'],
    ['a divisor that may be 0 gives an unbounded result', () => growthRate(interval('-1', '1'), '5'), '(−∞, +∞)'],
    ['sum of 22 rounded cells is ±0.11', () => sumOf(Array.from({ length: 22 }, () => f('1.00亿元'))), '[2189000000, 2211000000]'],
    ['cagr', () => cagr(f('100亿元'), f('121亿元'), 2), '[9.499085618, 10.50364373]'],
    ['averageGrowth', () => averageGrowth([f('40%'), f('50%'), f('92%')]), '[60.16666666, 61.16666667]'],
    ['times', () => times(f('111.40亿元'), f('55.70亿元')), '[1.999730724, 2.000269324]'],
    ['ratio (存贷比) of two rounded balances', () => ratio(f('83亿元'), f('100亿元')), '[82.08955223, 83.91959799]'],
  ])('%s', (_name, run, expected) => {
    expect(show(run())).toBe(expected);
  });
});

describe('bad input gives a typed error that names it', () => {
  it.each([
    ['growthRate base 0', () => growthRate('0', '5'), 'base_zero', 'base'],
    ['growthRate negative base', () => growthRate('-5', '5'), 'negative_value', 'base'],
    ['growthRate NaN', () => growthRate(Number.NaN, '5'), 'invalid_number', 'base'],
    ['growthRate Infinity', () => growthRate('5', Number.POSITIVE_INFINITY), 'non_finite', 'current'],
    ['growthRate empty string', () => growthRate('', '5'), 'invalid_number', 'base'],
    ['growthRate 12..3', () => growthRate('12..3', '5'), 'invalid_number', 'base'],
    ['growthRate mixed units', () => growthRate(f('2150亿元'), f('13.36%')), 'unit_mismatch', 'current'],
    ['sumOf mixed units (亿元 + %)', () => sumOf([f('1亿元'), f('2%')]), 'unit_mismatch', 'parts.1'],
    ['growthRate of households over institutions', () => growthRate(f('3254户'), f('4078家')), 'unit_mismatch', 'current'],
    ['share of a negative total', () => share('5', '-10'), 'negative_value', 'total'],
    ['share of a zero total', () => share('5', '0'), 'division_by_zero', 'total'],
    ['applyGrowth negative balance', () => applyGrowth('-5', '3'), 'negative_value', 'base'],
    ['applyGrowth below −100%', () => applyGrowth('5', '-101'), 'invalid_argument', 'rate'],
    ['baseFromGrowth at −100%', () => baseFromGrowth('5', '-100'), 'invalid_argument', 'rate'],
    ['baseFromGrowth with a balance as rate', () => baseFromGrowth(f('6.45亿元'), f('2亿元')), 'unit_mismatch', 'rate'],
    ['ppGap of money', () => ppGap(f('5亿元'), f('3%')), 'unit_mismatch', 'a'],
    ['cagr zero periods', () => cagr('1', '2', 0), 'invalid_argument', 'periods'],
    ['cagr zero start', () => cagr('0', '2', 2), 'base_zero', 'start'],
    ['averageGrowth of nothing', () => averageGrowth([]), 'invalid_argument', 'rates'],
    ['times by 0', () => times('5', '0'), 'division_by_zero', 'b'],
    ['ratio by 0', () => ratio('5', '0'), 'division_by_zero', 'denominator'],
    ['shareChange zero total', () => shareChange('1', '0', '1', '2'), 'division_by_zero', 'totalBefore'],
  ])('%s', (_name, run, code, path) => {
    try {
      run();
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(WupianError);
      expect((error as WupianError).code).toBe(code);
      expect((error as WupianError).path.join('.')).toBe(path);
      expect((error as WupianError).message).toMatch(new RegExp(path.replace(/[.[\]]/g, '\\$&')));
    }
  });
});

describe('dated growth', () => {
  it.each([
    ['2025-06-30', 'ytd', '2024-12-31'],
    ['2025-06-30', 'yoy', '2024-06-30'],
    ['2024-02-29', 'yoy', '2023-02-28'],
    ['2025-02-28', 'yoy', '2024-02-29'],
    ['2025-07-31', 'mom', '2025-06-30'],
    ['2025-03-31', 'mom', '2025-02-28'],
    ['2025-06-30', 'qoq', '2025-03-31'],
  ] as const)('baseDate(%s, %s) = %s', (asOf, basis, expected) => {
    expect(baseDate(asOf, basis)).toBe(expected);
  });

  it('checks that a 较年初 base is the previous 12-31', () => {
    expect(growthRateSince({ value: '1896.69', date: '2024-12-31' }, { value: '2150', date: '2025-06-30' }, 'ytd').toFixed(2)).toBe('13.36');
    expect(() => growthRateSince({ value: '1896.69', date: '2024-06-30' }, { value: '2150', date: '2025-06-30' }, 'ytd')).toThrow(
      /compares with 2024-12-31, but the base is dated 2024-06-30/,
    );
  });

  it('refuses a date it cannot read', () => {
    expect(() => baseDate('2025-13-45', 'ytd')).toThrow(WupianError);
    expect(() => baseDate('June', 'ytd')).toThrow(/Not a valid date/);
  });
});

describe('laws (fast-check)', () => {
  it('applyGrowth and growthRate are inverses, exactly', () => {
    fc.assert(
      fc.property(positiveDecimalString(), rateString, (base, rate) => {
        expect(growthRate(base, applyGrowth(base, rate)).eq(rate)).toBe(true);
        expect(baseFromGrowth(applyGrowth(base, rate), rate).eq(base)).toBe(true);
      }),
    );
  });

  it('increment and sum round-trip exactly', () => {
    fc.assert(
      fc.property(decimalString(), decimalString(), (a, b) => {
        expect(sumOf([a, increment(a, b)]).eq(new Decimal(b))).toBe(true);
      }),
    );
  });

  it('compound inverts cagr', () => {
    fc.assert(
      fc.property(positiveDecimalString(2), rateString, fc.integer({ min: 1, max: 10 }), (start, rate, n) => {
        const end = compound(start, rate, n);
        expect(cagr(start, end, n).minus(rate).abs().lt('1e-25')).toBe(true);
      }),
    );
  });

  it('ppGap(a, b) = −ppGap(b, a)', () => {
    fc.assert(
      fc.property(decimalString(), decimalString(), (a, b) => {
        expect(ppGap(a, b).eq(ppGap(b, a).neg())).toBe(true);
      }),
    );
  });

  it('the shares of a partition sum to 100', () => {
    fc.assert(
      fc.property(fc.array(positiveDecimalString(), { minLength: 1, maxLength: 12 }), (parts) => {
        const total = sumOf(parts);
        const shares = parts.map((p) => share(p, total));
        expect(sumOf(shares).minus(100).abs().lt('1e-30')).toBe(true);
      }),
    );
  });

  it('cagr: an exact result at an end of the inputs, rounded to 30 decimals, lies inside the interval (found by fast-check)', () => {
    const x = cagr(f('1亿元'), f('6185832429.5亿元'), 3);
    expect(contains(x, cagr('50000000', '618583242955000000', 3))).toBe(true);
    expect(x.hi.toFixed()).toBe('231182.469361683925904063008509153353');
  });

  it('interval soundness: the exact result at any point inside the inputs lies inside the interval result', () => {
    const rounded = fc
      .tuple(positiveDecimalString(2), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 1000 }))
      .map(([v, d, t]) => {
        const figure = f(`${new Decimal(v).toFixed(d)}亿元`);
        const x = intervalOf(figure);
        const p = x.lo.plus(x.hi.minus(x.lo).times(t).div(1000));
        return { figure, p };
      });
    const rate = fc.tuple(decimalString({ min: -9000n, max: 90000n, scale: 2 }), fc.integer({ min: 0, max: 1000 })).map(([v, t]) => {
      const figure = f(`${v}%`);
      const x = intervalOf(figure);
      return { figure, p: x.lo.plus(x.hi.minus(x.lo).times(t).div(1000)) };
    });
    fc.assert(
      fc.property(rounded, rounded, rate, (a, b, r) => {
        fc.pre(a.p.gt(0) && b.p.gt(0) && r.p.gt(-100));
        expect(contains(growthRate(a.figure, b.figure), growthRate(a.p, b.p))).toBe(true);
        expect(contains(share(a.figure, b.figure), share(a.p, b.p))).toBe(true);
        expect(contains(increment(a.figure, b.figure), increment(a.p, b.p))).toBe(true);
        expect(contains(applyGrowth(a.figure, r.figure), applyGrowth(a.p, r.p))).toBe(true);
        expect(contains(baseFromGrowth(a.figure, r.figure), baseFromGrowth(a.p, r.p))).toBe(true);
        expect(contains(cagr(a.figure, b.figure, 3), cagr(a.p, b.p, 3))).toBe(true);
        expect(contains(ppGap(r.figure, r.figure), '0')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
