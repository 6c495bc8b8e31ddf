/**
 * One row of the results: what was measured, against what, and whether the target
 * was met. Every speed figure is a ratio against a baseline measured in the same run.
 */
export interface Row {
  /** Stable id, e.g. "1.growthRate.exact". */
  readonly id: string;
  /** The benchmark number and name, e.g. "1 calculators". */
  readonly group: string;
  /** What is measured, in words. */
  readonly name: string;
  /** The baseline it is compared with (measured in the same run), or the limit. */
  readonly baseline: string;
  /** The subject's measure, in `unit` (ops/s, mentions/s, bytes, ms, MB/s …). */
  readonly value: number | null;
  readonly baselineValue: number | null;
  readonly unit: string;
  /** Operations per second where that applies (null for sizes and start-up). */
  readonly opsPerSec: number | null;
  readonly baselineOpsPerSec: number | null;
  /**
   * Subject cost ÷ baseline cost: for speed, subject time ÷ baseline time (so 1.15
   * means 15 % slower, 0.25 means four times faster); for size, bytes ÷ limit; for
   * start-up, CLI time ÷ `node -e 0` time.
   */
  readonly ratio: number | null;
  /** The target, in words (e.g. "ratio <= 1.2x"). */
  readonly target: string;
  /** Whether the target was met; null when there is no target or nothing ran. */
  readonly met: boolean | null;
  readonly status: 'measured' | 'not-available' | 'error';
  /** Anything else worth keeping: counts, sizes at each step, an error message. */
  readonly details?: Readonly<Record<string, unknown>>;
  readonly note?: string;
}

export function notAvailable(id: string, group: string, name: string, target: string, note: string): Row {
  return {
    id,
    group,
    name,
    baseline: '-',
    value: null,
    baselineValue: null,
    unit: '',
    opsPerSec: null,
    baselineOpsPerSec: null,
    ratio: null,
    target,
    met: null,
    status: 'not-available',
    note,
  };
}

export function errored(id: string, group: string, name: string, target: string, error: unknown): Row {
  const message = error instanceof Error ? error.message : String(error);
  return { ...notAvailable(id, group, name, target, message), status: 'error' };
}

// --- formatting ----------------------------------------------------------------

export function formatNumber(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e9) return `${(n / 1e9).toFixed(2)}G`;
  if (abs >= 1e6) return `${(n / 1e6).toFixed(2)}M`;
  if (abs >= 1e4) return `${(n / 1e3).toFixed(1)}k`;
  if (abs >= 100) return n.toFixed(0);
  if (abs >= 10) return n.toFixed(1);
  return n.toFixed(2);
}

export function formatValue(value: number | null, unit: string): string {
  if (value === null) return '-';
  if (unit === 'B' || (Number.isInteger(value) && Math.abs(value) < 1e4)) return `${value} ${unit}`.trim();
  if (unit === 'x') return `${value.toFixed(2)}x`;
  return `${formatNumber(value)} ${unit}`.trim();
}

/** "1.15x (slower)", "0.25x (4.0x faster)". */
export function formatRatio(row: Row): string {
  if (row.ratio === null) return '-';
  const r = row.ratio;
  if (row.unit === 'B') return `${(r * 100).toFixed(1)}% of limit`;
  if (r < 1 && r > 0) return `${r.toFixed(3)}x (${(1 / r).toFixed(1)}x faster)`;
  return `${r.toFixed(2)}x`;
}

function metText(row: Row): string {
  if (row.status === 'not-available') return 'n/a';
  if (row.status === 'error') return 'ERROR';
  if (row.met === null) return '-';
  return row.met ? 'yes' : 'MISSED';
}

// East Asian wide characters take two columns in a terminal.
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - width(s)));
}

/** A plain-text table, one line per row, then the notes. */
export function renderTable(rows: readonly Row[]): string {
  const header = ['#', 'benchmark', 'measured', 'baseline', 'ratio', 'target', 'met'];
  const body = rows.map((r) => [
    r.group.split(' ')[0] ?? '',
    r.name,
    formatValue(r.value, r.unit),
    r.status === 'measured' ? `${formatValue(r.baselineValue, r.unit)} ${r.baseline}`.trim() : r.baseline,
    formatRatio(r),
    r.target,
    metText(r),
  ]);
  const widths = header.map((h, i) => Math.max(width(h), ...body.map((b) => width(b[i] ?? ''))));
  const line = (cells: readonly string[]): string => cells.map((c, i) => pad(c, widths[i] ?? 0)).join('  ').trimEnd();
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  let group = '';
  for (const [i, cells] of body.entries()) {
    const g = rows[i]?.group ?? '';
    if (g !== group && i > 0) out.push('');
    group = g;
    out.push(line(cells));
  }
  const notes = rows.filter((r) => r.note).map((r) => `  [${r.id}] ${r.note}`);
  if (notes.length > 0) out.push('', 'notes:', ...notes);
  return out.join('\n');
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
