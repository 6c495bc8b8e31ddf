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
 */
const BANDS: Readonly<Record<ForeignCurrency, readonly [string, string]>> = {
  USD: ['6.0', '8.3'],
  HKD: ['0.76', '1.08'],
  MOP: ['0.73', '1.05'],
};

/**
 * The yuan one unit of a currency has been worth, at its lowest and highest.
 *
 * @example
 * exchangeBand('USD') // [6.0, 8.3]
 */
export function exchangeBand(currency: ForeignCurrency): Interval {
  const [lo, hi] = BANDS[currency];
  return interval(lo, hi);
}
