import { Decimal, DecimalDown, DecimalUp } from '../../decimal/decimal.js';
import type { IntervalJSON } from '../../interval/interval.js';
import { UNITS, type Unit } from '../../figure/units.js';
import { safeParseFigure } from '../../figure/parseFigure.js';
import type { Lang } from '../../check/messages.js';

/**
 * Escapes text for HTML content and attribute values (both quote kinds), so that any
 * string of a report — a figure, an excerpt, a file name — is shown, never run.
 *
 * @example
 * escapeHtml('<b>"5%" & \'6%\'</b>') // '&lt;b&gt;&quot;5%&quot; &amp; &#39;6%&#39;&lt;/b&gt;'
 */
export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** How a figure's numbers are shown: the printed unit and how many base units one of it is. */
export interface DisplayUnit {
  /** Printed after the number: '%', '亿元', ' billion yuan'. */
  readonly suffix: string;
  /** Base units (yuan, percent, items) per unit, a decimal string. */
  readonly scale: string;
}

const BASE: DisplayUnit = { suffix: '', scale: '1' };

function suffixOf(symbol: string): string {
  return /^[A-Za-z]/.test(symbol) ? ` ${symbol}` : symbol;
}

/**
 * The unit a figure of the report is shown in: its own (亿元, %, 个百分点), from the
 * unit symbol of the report's figure, or from the text of a goal. Unknown units show
 * the base value (yuan, percent, items) without a suffix rather than a wrong one.
 *
 * @example
 * unitOf('亿元') // { suffix: '亿元', scale: '1e8' }
 * unitOf(undefined, '达到109亿元以上') // { suffix: '亿元', scale: '1e8' }
 */
export function unitOf(symbol: string | undefined, text?: string): DisplayUnit {
  const known = symbol !== undefined ? (UNITS as Readonly<Record<string, Unit>>)[symbol] : undefined;
  if (known) return { suffix: suffixOf(known.symbol), scale: known.scale };
  if (text !== undefined) {
    // A goal's text may lead with a verb (达到, 新增): the figure starts at its first digit or numeral.
    const start = text.search(/[\d０-９一二两三四五六七八九十百千万亿零〇]/);
    const parsed = safeParseFigure(start > 0 ? text.slice(start) : text);
    if (parsed.success) return { suffix: suffixOf(parsed.data.unit.symbol), scale: parsed.data.unit.scale };
  }
  return BASE;
}

/** The display unit of a measure of the checker ("growth of …", "balance of …"), with money shown like `money`. */
export function unitOfQuantity(quantity: string, money: DisplayUnit | undefined, lang: Lang): DisplayUnit {
  const kind = /^([a-z-]+) of /.exec(quantity)?.[1] ?? '';
  if (kind === 'growth' || kind === 'share' || kind === 'borrowers-growth') return { suffix: '%', scale: '1' };
  if (kind === 'gap' || kind === 'share-change') return { suffix: lang === 'zh' ? '个百分点' : ' pp', scale: '1' };
  if (kind === 'borrowers' || kind === 'borrowers-increment') return { suffix: lang === 'zh' ? '户' : ' accounts', scale: '1' };
  if (kind === 'balance' || kind === 'increment' || kind === 'sum') return money ?? { suffix: lang === 'zh' ? '亿元' : ' × 100 million yuan', scale: '1e8' };
  return BASE;
}

function isDecimalText(x: unknown): x is string {
  return typeof x === 'string' && /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(x);
}

/** An interval end as a Decimal in display units, or null when unbounded or unreadable. */
export function endIn(x: string | null | undefined, unit: DisplayUnit): Decimal | null {
  return isDecimalText(x) ? new Decimal(x).div(unit.scale) : null;
}

/** Whether a JSON interval is well formed enough to show. */
export function isIntervalJSON(x: unknown): x is IntervalJSON {
  if (typeof x !== 'object' || x === null) return false;
  const i = x as Record<string, unknown>;
  return (i['lo'] === null || isDecimalText(i['lo'])) && (i['hi'] === null || isDecimalText(i['hi']));
}

/** A number for people: at most `sd` significant digits, trailing zeros kept as computed. */
function plain(d: Decimal, sd: number, side: 'lo' | 'hi' | 'nearest'): string {
  const rounded = side === 'lo' ? new DecimalDown(d).toSignificantDigits(sd) : side === 'hi' ? new DecimalUp(d).toSignificantDigits(sd) : d.toSignificantDigits(sd);
  return rounded.toFixed();
}

/**
 * An interval of the report in a figure's unit, ends rounded outward to 7 significant
 * digits so the text still contains the interval: [13.355, 13.365]%, [2148.591, 2150.096]亿元,
 * (30, +∞)亿元; a point as one number.
 *
 * @example
 * formatIntervalIn({ lo: '13.355', hi: '13.365', loOpen: false, hiOpen: false }, { suffix: '%', scale: '1' }) // '[13.355, 13.365]%'
 * formatIntervalIn({ lo: '3e9', hi: null, loOpen: true, hiOpen: true }, { suffix: '亿元', scale: '1e8' }) // '(30, +∞)亿元'
 */
export function formatIntervalIn(x: IntervalJSON | null | undefined, unit: DisplayUnit, sd = 7): string {
  if (!isIntervalJSON(x)) return '—';
  const lo = endIn(x.lo, unit);
  const hi = endIn(x.hi, unit);
  if (lo && hi && lo.eq(hi)) return `${plain(lo, 12, 'nearest')}${unit.suffix}`;
  const l = lo ? plain(lo, sd, 'lo') : '−∞';
  const h = hi ? plain(hi, sd, 'hi') : '+∞';
  return `${x.loOpen || !lo ? '(' : '['}${l}, ${h}${x.hiOpen || !hi ? ')' : ']'}${unit.suffix}`;
}

/**
 * A decimal string of base units in display units, with the decimals it was printed
 * with (a figure's value: 102609000000 with 2 decimals → 1026.09亿元; 12 → 12.00%).
 *
 * @example
 * formatValueIn('12', { suffix: '%', scale: '1' }, 2) // '12.00%'
 */
export function formatValueIn(value: string | undefined, unit: DisplayUnit, decimals?: number): string {
  const d = endIn(value, unit);
  if (!d) return '—';
  const shown = decimals !== undefined && Number.isInteger(decimals) && decimals >= 0 && decimals <= 20 && d.decimalPlaces() <= decimals ? d.toFixed(decimals) : plain(d, 15, 'nearest');
  return `${shown}${unit.suffix}`;
}
