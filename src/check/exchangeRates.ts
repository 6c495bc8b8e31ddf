import { Decimal } from '../decimal/decimal.js';
import type { ForeignCurrency } from '../figure/units.js';
import { type Interval, interval } from '../interval/interval.js';

/**
 * Yuan per unit of each currency wupian reads, over every date its texts speak of (2000 to
 * today): the widest the rate has been, so an amount restated in another currency (3.46万亿元,
 * about 484 billion US dollars) is checked for a plausible rate without a table of daily rates.
 *
 * - USD: the central parity stood at 8.28 until 2005 and never went below 6.09 (January 2014);
 *   spot stayed within 6.04 and 7.35.
 * - HKD: pegged at 7.75 to 7.85 per US dollar (7.80 before 2005), so 6.0 / 7.85 to 8.3 / 7.75.
 * - MOP: pegged at 1.03 per Hong Kong dollar.
 * - TWD: the US dollar's band over the New Taiwan dollar's (27 to 36 per US dollar, below), so
 *   6.0 / 36 to 8.3 / 27; a yuan has in fact been worth about 4.1 to 5.2 NT$ (annual averages since 2000).
 */
const BANDS: Readonly<Record<ForeignCurrency, readonly [string, string]>> = {
  USD: ['6.0', '8.3'],
  HKD: ['0.76', '1.08'],
  MOP: ['0.73', '1.05'],
  TWD: ['0.16', '0.31'],
};

/**
 * Units of one currency per unit of another, where a text restates an amount of the first (a
 * Taiwan release's 新臺幣 amounts) in the second (約合3,530億美元) without passing through the yuan.
 *
 * - TWD per USD: the New Taiwan dollar floats; since 2000 it has traded between about 27.5 (2011,
 *   2021) and 35.2 (2001–2002) per US dollar, annual averages between 28.0 (2021) and 34.6 (2002).
 *   27 to 36 keeps a margin on both sides and still tells 30.5 from a slipped digit (23.8, 42.6).
 * - HKD per USD: the linked rate, 7.80 and since 2005 the convertibility band 7.75 to 7.85.
 */
const CROSS_BANDS: Readonly<Partial<Record<`${ForeignCurrency}/${ForeignCurrency}`, readonly [string, string]>>> = {
  'USD/TWD': ['27', '36'],
  'USD/HKD': ['7.75', '7.85'],
};

/**
 * The yuan one unit of a currency has been worth, at its lowest and highest; with `base`, the
 * units of `base` it has been worth (NT$ per US dollar) — where no band of the pair is known, what
 * the two currencies' yuan bands allow.
 *
 * @example
 * exchangeBand('USD') // [6.0, 8.3]
 * exchangeBand('USD', 'TWD') // [27, 36]
 */
export function exchangeBand(currency: ForeignCurrency, base?: ForeignCurrency): Interval {
  if (base === undefined || base === currency) {
    const [lo, hi] = base === currency ? ['1', '1'] : BANDS[currency];
    return interval(lo, hi);
  }
  const cross = CROSS_BANDS[`${currency}/${base}`];
  if (cross) return interval(cross[0], cross[1]);
  // (Outward: the lower end rounded down, the upper up, so a derived band never narrows.)
  const inverse = CROSS_BANDS[`${base}/${currency}`];
  if (inverse) return interval(ONE.div(inverse[1]).toSignificantDigits(6, Decimal.ROUND_FLOOR), ONE.div(inverse[0]).toSignificantDigits(6, Decimal.ROUND_CEIL));
  const [cLo, cHi] = BANDS[currency];
  const [bLo, bHi] = BANDS[base];
  return interval(new Decimal(cLo).div(bHi).toSignificantDigits(6, Decimal.ROUND_FLOOR), new Decimal(cHi).div(bLo).toSignificantDigits(6, Decimal.ROUND_CEIL));
}

const ONE = /* @__PURE__ */ new Decimal(1);
