import type { Figure } from '../figure/figure.js';
import { Decimal } from '../decimal/decimal.js';
import { type Interval, formatInterval } from '../interval/interval.js';

/** An interval in a figure's own unit, as people read it: [2148.591, 2150.096]亿元; a point as one value. */
export function inUnit(figure: Figure, x: Interval): string {
  const scale = new Decimal(figure.unit.scale);
  const lo = x.lo.isFinite() ? x.lo.div(scale) : x.lo;
  const hi = x.hi.isFinite() ? x.hi.div(scale) : x.hi;
  const unit = figure.unit.symbol === '%' || /^[A-Za-z]/.test(figure.unit.symbol) ? ` ${figure.unit.symbol}`.replace(' %', '%') : figure.unit.symbol;
  if (lo.eq(hi)) return `${lo.decimalPlaces() <= figure.decimals ? lo.toFixed(figure.decimals) : lo.toSignificantDigits(10).toFixed()}${unit}`;
  return `${formatInterval({ ...x, lo, hi }, { significantDigits: 7 })}${unit}`;
}
