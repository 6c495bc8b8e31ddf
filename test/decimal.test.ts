import { Decimal as GlobalDecimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Decimal, WupianError, toDecimal } from '../src/index.js';
import { DecimalDown, compare } from '../src/decimal/decimal.js';

describe('toDecimal', () => {
  it.each([
    ['1026.09', '1026.09'],
    ['-3', '-3'],
    ['  42 ', '42'],
    ['1e8', '100000000'],
    ['.5', '0.5'],
    [0.1, '0.1'],
    [12, '12'],
    [10n ** 20n, '100000000000000000000'],
  ] as const)('reads %s exactly as %s', (input, expected) => {
    expect(toDecimal(input).toFixed()).toBe(expected);
  });

  it('never shows 0.1 + 0.2 as a float would', () => {
    expect(toDecimal(0.1).plus(toDecimal(0.2)).toFixed()).toBe('0.3');
  });

  it.each([
    ['', 'invalid_number'],
    ['12..3', 'invalid_number'],
    ['1,000', 'invalid_number'],
    ['abc', 'invalid_number'],
    [Number.NaN, 'invalid_number'],
    [Number.POSITIVE_INFINITY, 'non_finite'],
    [new GlobalDecimal(Number.NaN), 'invalid_number'],
    [new GlobalDecimal(Number.NEGATIVE_INFINITY), 'non_finite'],
  ] as const)('refuses %s with code %s and names the input', (input, code) => {
    try {
      toDecimal(input as never, ['base']);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(WupianError);
      expect((error as WupianError).code).toBe(code);
      expect((error as WupianError).path).toEqual(['base']);
      expect((error as WupianError).message).toContain('base');
    }
  });

  it('keeps its own settings: the global Decimal neither leaks in nor is changed', () => {
    const before = GlobalDecimal.precision;
    GlobalDecimal.set({ precision: 5, rounding: GlobalDecimal.ROUND_DOWN });
    try {
      expect(toDecimal('1').div(3).toFixed(10)).toBe('0.3333333333');
      expect(toDecimal('2').div(3).toSignificantDigits(3).toFixed()).toBe('0.667');
    } finally {
      GlobalDecimal.set({ precision: before, rounding: GlobalDecimal.ROUND_HALF_UP });
    }
    expect(Decimal.precision).toBe(40);
    expect(GlobalDecimal.precision).toBe(before);
  });

  it('accepts a Decimal of the global constructor and returns our own', () => {
    const d = toDecimal(new GlobalDecimal('1.5'));
    expect(d).toBeInstanceOf(Decimal);
    expect(d.toFixed()).toBe('1.5');
  });
});

describe('compare (internal)', () => {
  it('answers as cmp does, without copying its argument', () => {
    const values = ['0', '-0', '1', '-1', '1e-40', '-1e-40', '9999999', '10000000', '10000000.0000001', '123.456', '123.4560000001', '-123.456', 'Infinity', '-Infinity', 'NaN', '1e900', '-1e-900'];
    for (const a of values) {
      for (const b of values) {
        const x = new Decimal(a);
        const y = new DecimalDown(b);
        expect(compare(x, y), `${a} vs ${b}`).toBe(x.cmp(y));
        expect(compare(y, x), `${b} vs ${a}`).toBe(y.cmp(x));
      }
    }
  });
});
