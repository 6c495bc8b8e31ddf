import fc from 'fast-check';
import { Decimal, type Interval, interval } from '../src/index.js';

/** A decimal string with up to `scale` places: what documents print. */
export const decimalString = (options: { min?: bigint; max?: bigint; scale?: number } = {}): fc.Arbitrary<string> =>
  fc
    .tuple(fc.bigInt({ min: options.min ?? -(10n ** 12n), max: options.max ?? 10n ** 12n }), fc.integer({ min: 0, max: options.scale ?? 4 }))
    .map(([units, scale]) => new Decimal(units.toString()).div(new Decimal(10).pow(scale)).toFixed());

export const positiveDecimalString = (scale = 4): fc.Arbitrary<string> => decimalString({ min: 1n, max: 10n ** 12n, scale });

/** A bounded interval together with a point inside it. */
export const intervalWithPoint = (options: { positive?: boolean } = {}): fc.Arbitrary<{ x: Interval; p: Decimal }> =>
  fc
    .tuple(
      options.positive ? positiveDecimalString() : decimalString(),
      decimalString({ min: 0n, max: 10n ** 8n }),
      fc.integer({ min: 0, max: 1000 }),
      fc.boolean(),
      fc.boolean(),
    )
    .map(([lo, w, t, loOpen, hiOpen]) => {
      const width = new Decimal(w);
      const l = new Decimal(lo);
      const h = l.plus(width);
      const open = !width.isZero();
      const p = width.isZero() ? l : l.plus(width.times(Math.min(Math.max(t, 1), 999)).div(1000));
      return { x: interval(l, h, { loOpen: open && loOpen, hiOpen: open && hiOpen }), p };
    });
