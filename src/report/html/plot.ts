import { Decimal } from '../../decimal/decimal.js';
import type { IntervalJSON } from '../../interval/interval.js';
import { type DisplayUnit, endIn, escapeHtml, formatIntervalIn, isIntervalJSON } from './format.js';

/** One interval on the number line. */
export interface PlotRow {
  readonly label: string;
  readonly interval: IntervalJSON | null | undefined;
  /** stated: a figure as printed; implied: what other figures give; context: figures outside the conflict. */
  readonly kind: 'stated' | 'implied' | 'context';
}

// A narrow view box: the labels stay legible when a phone shrinks the plot to its width.
const WIDTH = 400;
const PAD = 22;
const ROW = 38;
const AXIS = 30;

const STYLE: Readonly<Record<PlotRow['kind'], { fill: string; stroke: string; dash: string }>> = {
  stated: { fill: '#1f2933', stroke: '#1f2933', dash: '' },
  implied: { fill: '#d55e00', stroke: '#d55e00', dash: '' },
  context: { fill: '#0072b2', stroke: '#0072b2', dash: '6 3' },
};

// A tick step of 1, 2 or 5 × 10^k giving about five ticks over `span`.
function tickStep(span: Decimal): Decimal {
  const raw = span.div(5);
  const power = new Decimal(10).pow(raw.log(10).floor());
  const m = raw.div(power);
  const factor = m.lte(1) ? 1 : m.lte(2) ? 2 : m.lte(5) ? 5 : 10;
  return power.times(factor);
}

/**
 * An SVG number line with each interval on its own row, in display units: the reader
 * sees at a glance that [5.53, 5.55] and [6.36, 6.38] do not meet. Closed ends are
 * filled dots, open ends hollow ones, unbounded ends arrows to the edge. Positions are
 * computed on Decimals and only turned into pixels at the end. Returns '' when no row
 * has a finite end.
 *
 * @example
 * numberLine('Growth of total loans', [
 *   { label: 'from 13.36% and 7.82个百分点', interval: { lo: '5.53', hi: '5.55', loOpen: false, hiOpen: false }, kind: 'implied' },
 *   { label: 'from 11.35% and 4.98个百分点', interval: { lo: '6.36', hi: '6.38', loOpen: false, hiOpen: false }, kind: 'implied' },
 * ], { suffix: '%', scale: '1' }, 'plot-1') // '<figure class="wp-plot">…<svg …>…</svg>…</figure>'
 */
export function numberLine(title: string, rows: readonly PlotRow[], unit: DisplayUnit, id: string): string {
  const shown = rows.filter((r) => isIntervalJSON(r.interval));
  const ends: Decimal[] = [];
  for (const r of shown) {
    const lo = endIn(r.interval?.lo, unit);
    const hi = endIn(r.interval?.hi, unit);
    if (lo) ends.push(lo);
    if (hi) ends.push(hi);
  }
  if (ends.length === 0) return '';
  let min = Decimal.min(...ends);
  let max = Decimal.max(...ends);
  if (min.eq(max)) {
    const d = min.abs().times('0.05').plus(min.isZero() ? 1 : 0);
    min = min.minus(d);
    max = max.plus(d);
  }
  // Room on both sides, and on a side with an unbounded interval for its arrow.
  const pad = max.minus(min).times('0.12');
  min = min.minus(pad);
  max = max.plus(pad);
  const span = max.minus(min);
  const inner = WIDTH - 2 * PAD;
  const x = (d: Decimal): number => PAD + d.minus(min).div(span).times(inner).toDecimalPlaces(1).toNumber();
  const height = shown.length * ROW + AXIS + 8;
  const parts: string[] = [];
  shown.forEach((r, i) => {
    const iv = r.interval as IntervalJSON;
    const y = i * ROW + 28;
    const s = STYLE[r.kind];
    const lo = endIn(iv.lo, unit);
    const hi = endIn(iv.hi, unit);
    const x1 = lo ? x(lo) : PAD - 14;
    const x2 = hi ? x(hi) : WIDTH - PAD + 14;
    const text = `${r.label}: ${formatIntervalIn(iv, unit)}`;
    parts.push(`<g class="wp-row wp-row-${r.kind}">`);
    parts.push(`<text x="${PAD}" y="${y - 10}" font-size="12" fill="${s.fill}">${escapeHtml(text)}</text>`);
    if (lo && hi && x2 - x1 < 8) {
      // A point, or narrower than its end dots: one diamond.
      const cx = ((x1 + x2) / 2).toFixed(1);
      parts.push(`<path d="M${cx} ${y - 6} l6 6.5 l-6 6.5 l-6 -6.5 z" fill="${s.fill}" stroke="${s.stroke}"/>`);
    } else {
      parts.push(`<rect x="${x1.toFixed(1)}" y="${y - 3}" width="${(x2 - x1).toFixed(1)}" height="7" rx="2" fill="${s.fill}" fill-opacity="0.35" stroke="${s.stroke}" stroke-width="1.5"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`);
      if (lo) parts.push(`<circle cx="${x1}" cy="${y + 0.5}" r="4" fill="${iv.loOpen ? '#fff' : s.fill}" stroke="${s.stroke}" stroke-width="1.5"/>`);
      else parts.push(`<path d="M${PAD - 18} ${y + 0.5} l8 -6 v12 z" fill="${s.fill}"/>`);
      if (hi) parts.push(`<circle cx="${x2}" cy="${y + 0.5}" r="4" fill="${iv.hiOpen ? '#fff' : s.fill}" stroke="${s.stroke}" stroke-width="1.5"/>`);
      else parts.push(`<path d="M${WIDTH - PAD + 18} ${y + 0.5} l-8 -6 v12 z" fill="${s.fill}"/>`);
    }
    parts.push('</g>');
  });
  const axisY = shown.length * ROW + 14;
  parts.push(`<line x1="${PAD - 20}" y1="${axisY}" x2="${WIDTH - PAD + 20}" y2="${axisY}" stroke="#52606d" stroke-width="1"/>`);
  const step = tickStep(span);
  for (let t = min.div(step).ceil().times(step), n = 0; t.lte(max) && n < 20; t = t.plus(step), n++) {
    const tx = x(t);
    parts.push(`<line x1="${tx}" y1="${axisY - 4}" x2="${tx}" y2="${axisY + 4}" stroke="#52606d"/>`);
    parts.push(`<text x="${tx}" y="${axisY + 18}" font-size="11" text-anchor="middle" fill="#323f4b">${escapeHtml(t.toFixed())}</text>`);
  }
  const description = shown.map((r) => `${r.label}: ${formatIntervalIn(r.interval, unit)}`).join('; ');
  return (
    `<figure class="wp-plot" id="${escapeHtml(id)}">` +
    `<figcaption>${escapeHtml(title)}${unit.suffix.trim() ? ` (${escapeHtml(unit.suffix.trim())})` : ''}</figcaption>` +
    `<svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${escapeHtml(id)}-t ${escapeHtml(id)}-d" preserveAspectRatio="xMinYMin meet" font-family="system-ui, sans-serif">` +
    `<title id="${escapeHtml(id)}-t">${escapeHtml(title)}</title><desc id="${escapeHtml(id)}-d">${escapeHtml(description)}</desc>` +
    parts.join('') +
    `</svg></figure>`
  );
}
