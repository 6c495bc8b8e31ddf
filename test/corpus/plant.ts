// Planted errors: copies of a consistent passage with one figure changed as real slips change
// figures — a digit substituted or transposed, a decimal point lost, 亿 for 万, billion for 亿,
// % for 个百分点. The oracle says whether each copy is detectable: whether a relation the
// figure takes part in no longer holds. It does not import wupian.
import { figuresOf, judge, type OracleFigure, type OracleRelation } from './oracle.js';

export type SlipKind = 'substitute' | 'transpose' | 'decimal-point' | 'magnitude' | 'billion' | 'percent-points';

export interface PlantFigure extends OracleFigure {
  readonly occurrence?: number | undefined;
}

export interface PlantPassage {
  readonly id: string;
  readonly text: string;
  readonly figures: readonly PlantFigure[];
  readonly relations: readonly OracleRelation[];
  readonly options?: { readonly billion?: 'billion' | 'yi' | undefined } | undefined;
}

export interface Planted {
  readonly passage: string;
  readonly figure: string;
  readonly slip: SlipKind;
  readonly from: string;
  readonly to: string;
  /** The changed text. */
  readonly text: string;
  /** The figures with the changed one's text, value and unit. */
  readonly figures: readonly PlantFigure[];
  /** Where each figure's first numeral now stands (null where the original was not found). */
  readonly anchors: readonly (number | null)[];
  /** The changed figure's first numeral. */
  readonly anchor: number;
  /** Whether a relation the changed figure takes part in fails, by the oracle. */
  readonly detectable: boolean;
}

const NUMBER = /\d[\d,]*(?:\.\d+)?/g;
const NUMERAL = /[0-9０-９〇零一二两兩三四五六七八九十百千]/;

// A deterministic stream of small integers from a seed (the same copies on every run).
function stream(seed: string): () => number {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return () => {
    h = (Math.imul(h, 1103515245) + 12345) >>> 0;
    return h >>> 8;
  };
}

function nth(text: string, needle: string, occurrence: number): number {
  let at = -1;
  for (let k = 0; k < occurrence; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

function anchorOf(text: string, at: number): number {
  const m = NUMERAL.exec(text);
  return at + (m?.index ?? 0);
}

// The decimal string a changed number stands for, signed like the original value.
function valueOf(number: string, original: string | undefined): string {
  const v = number.replace(/,/g, '');
  return original?.startsWith('-') ? `-${v}` : v;
}

interface Slip {
  readonly slip: SlipKind;
  readonly text: string;
  readonly value: string | undefined;
  readonly unit: string | undefined;
}

/** The slips that can befall one figure's printed text. */
export function slipsOf(f: PlantFigure, next: () => number): Slip[] {
  const numbers = [...f.text.matchAll(NUMBER)];
  if (numbers.length !== 1 || f.value === undefined) return [];
  const m = numbers[0] as RegExpMatchArray;
  const num = m[0];
  const at = m.index ?? 0;
  const head = f.text.slice(0, at);
  const tail = f.text.slice(at + num.length);
  const out: Slip[] = [];
  const withNumber = (slip: SlipKind, n: string): void => {
    if (n !== num) out.push({ slip, text: `${head}${n}${tail}`, value: valueOf(n, f.value), unit: f.unit });
  };
  const digits = [...num].map((c, i) => ({ c, i })).filter((d) => /\d/.test(d.c));
  // A digit substituted: never the leading one into 0.
  {
    const d = digits[next() % digits.length] as { c: string; i: number };
    const to = (Number(d.c) + 1 + (next() % 8)) % 10;
    const lead = d.i === 0;
    const digit = lead && to === 0 ? 1 : to;
    if (String(digit) !== d.c) withNumber('substitute', `${num.slice(0, d.i)}${digit}${num.slice(d.i + 1)}`);
  }
  // Two neighbouring digits transposed.
  {
    const pairs = digits.filter((d, k) => k + 1 < digits.length && (digits[k + 1] as { i: number }).i === d.i + 1 && (digits[k + 1] as { c: string }).c !== d.c && !(d.i === 0 && (digits[k + 1] as { c: string }).c === '0'));
    const d = pairs[next() % Math.max(1, pairs.length)];
    if (d) withNumber('transpose', `${num.slice(0, d.i)}${num[d.i + 1]}${num[d.i]}${num.slice(d.i + 2)}`);
  }
  if (num.includes('.')) withNumber('decimal-point', num.replace('.', ''));
  // 亿 for 万 and the like, where the unit is printed with the number.
  const magnitude: readonly [RegExp, string][] = [
    [/^万亿元/, '亿元'],
    [/^亿元/, '万元'],
    [/^万元/, '亿元'],
    [/^萬億元/, '億元'],
    [/^億元/, '萬元'],
    [/^萬元/, '億元'],
  ];
  for (const [from, to] of magnitude) {
    const u = from.exec(tail);
    if (u) {
      out.push({ slip: 'magnitude', text: `${head}${num}${to}${tail.slice(u[0].length)}`, value: f.value, unit: to });
      break;
    }
  }
  // English amounts: billion where 亿 was meant reads ten times too much.
  if (/^\s*billion/i.test(tail)) {
    const shifted = num.includes('.') ? shiftPoint(num) : `${num}0`;
    withNumber('billion', shifted);
  }
  // % for 个百分点 and back.
  const swaps: readonly [RegExp, string, string][] = [
    [/^个百分点/, '%', '%'],
    [/^個百分點/, '%', '%'],
    [/^%/, '个百分点', '个百分点'],
    [/^\s*percentage points?/, ' percent', 'percent'],
    [/^\s*percent/, ' percentage points', 'percentage points'],
  ];
  for (const [from, to, unit] of swaps) {
    const u = from.exec(tail);
    if (u) {
      out.push({ slip: 'percent-points', text: `${head}${num}${to}${tail.slice(u[0].length)}`, value: f.value, unit });
      break;
    }
  }
  return out;
}

function shiftPoint(num: string): string {
  const dot = num.indexOf('.');
  const digits = num.replace('.', '');
  const at = dot + 1;
  const moved = at >= digits.length ? digits : `${digits.slice(0, at)}.${digits.slice(at)}`;
  return moved.replace(/^0+(?=\d)/, '');
}

/**
 * Every planted copy of a passage: for each figure a relation names, each slip that can befall it.
 * The oracle marks each copy detectable or not.
 */
export function plant(p: PlantPassage): Planted[] {
  const billion = p.options?.billion ?? 'billion';
  const next = stream(p.id);
  const inRelation = new Set(p.relations.flatMap(figuresOf));
  const starts = p.figures.map((f) => nth(p.text, f.text, f.occurrence ?? 1));
  const out: Planted[] = [];
  p.figures.forEach((f, k) => {
    if (!inRelation.has(f.id) || (f.kind !== undefined && f.kind !== 'claim')) return;
    const start = starts[k] as number;
    if (start < 0) return;
    for (const slip of slipsOf(f, next)) {
      const text = `${p.text.slice(0, start)}${slip.text}${p.text.slice(start + f.text.length)}`;
      const delta = slip.text.length - f.text.length;
      const changed: PlantFigure = { ...f, text: slip.text, value: slip.value, unit: slip.unit };
      const figures = p.figures.map((g, j) => (j === k ? changed : g));
      const anchors = p.figures.map((g, j) => {
        const s = starts[j] as number;
        if (s < 0) return null;
        const a = anchorOf(g.text, s);
        if (j === k) return anchorOf(slip.text, s);
        return s > start ? a + delta : a;
      });
      const touching = p.relations.filter((r) => figuresOf(r).includes(f.id));
      const detectable = touching.some((r) => {
        const v = judge(r, figures, billion).verdict;
        return v === 'inconsistent' || (r.kind === 'goal' && v !== judge(r, p.figures, billion).verdict);
      });
      out.push({ passage: p.id, figure: f.id, slip: slip.slip, from: f.text, to: slip.text, text, figures, anchors, anchor: anchors[k] as number, detectable });
    }
  });
  return out;
}
