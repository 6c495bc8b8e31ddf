// The adversarial shapes of issue 12 (bench/corpus/shapes.ts) through the text layer:
// the counts each must give, spans inside the text, output that grows with the input
// and no faster. How long they take is measured in bench/ (per MB at 1, 2 and 4 MB),
// never asserted here.
import { describe, expect, it } from 'vitest';
import { SHAPES, type Shape } from '../../bench/corpus/shapes.js';
import { findMentions, normalizeText, parseAsOf, readTables, splitClauses } from '../../src/extract/index.js';
import type { Mention } from '../../src/extract/index.js';

const SIZE = 150_000;

/** Per unit of each shape: figures, dates, other mentions, clauses (plus a constant). */
const EXPECTED: Readonly<Record<string, { figures: number; dates: number; other: number; clauses: (units: number) => number }>> = {
  'one-sentence': { figures: 3, dates: 0, other: 0, clauses: () => 1 },
  commas: { figures: 1, dates: 0, other: 0, clauses: (u) => u },
  'fenbie-lists': { figures: 20_000, dates: 0, other: 0, clauses: (u) => 2 * u },
  brackets: { figures: 1, dates: 0, other: 0, clauses: () => 1 },
  dotted: { figures: 0, dates: 0, other: 0, clauses: () => 1 },
  'ytd-no-figures': { figures: 0, dates: 0, other: 0, clauses: () => 1 },
  paragraphs: { figures: 9, dates: 1, other: 0, clauses: (u) => 10 * u },
};

function counts(mentions: readonly Mention[]): { figures: number; dates: number; other: number } {
  let figures = 0;
  let dates = 0;
  let other = 0;
  for (const m of mentions) {
    if (m.kind === 'figure') figures++;
    else if (m.kind === 'date' || m.kind === 'period') dates++;
    else other++;
  }
  return { figures, dates, other };
}

function spansInside(spans: readonly (readonly [number, number])[], length: number): boolean {
  return spans.every(([a, b]) => Number.isInteger(a) && Number.isInteger(b) && a >= 0 && a <= b && b <= length);
}

describe.each(SHAPES.map((s) => [s.name, s] as const))('shape %s', (_name, shape: Shape) => {
  const input = shape.make(SIZE);
  const units = shape.units(input);
  const expected = EXPECTED[shape.name] as (typeof EXPECTED)[string];
  const normalized = normalizeText(input);
  const text = normalized.text;
  const mentions = findMentions(text);

  it('normalizes to a text no longer than it, mapped back inside it', () => {
    expect(text.length).toBeLessThanOrEqual(input.length);
    expect(normalized.toOriginalSpan([0, text.length])[1]).toBeLessThanOrEqual(input.length);
    expect(normalized.fromOriginal(input.length)).toBe(text.length);
  });

  it('finds the mentions each unit holds, and no others', () => {
    const c = counts(mentions);
    // The commas and paragraphs shapes date their figures once (the head) or once a unit.
    const dates = shape.name === 'commas' ? 1 : expected.dates * units;
    // A dotted run is one mention, however long: a section number is not a figure.
    const other = shape.name === 'dotted' ? 1 : expected.other * units;
    expect(c).toEqual({ figures: expected.figures * units, dates, other });
    expect(spansInside(mentions.map((m) => m.span), text.length)).toBe(true);
    expect(mentions.every((m) => text.slice(m.span[0], m.span[1]) === m.text)).toBe(true);
  });

  it('cuts the clauses each unit holds', () => {
    const clauses = splitClauses(text);
    expect(clauses.length).toBe(expected.clauses(units));
    expect(spansInside(clauses.map((c) => c.span), text.length)).toBe(true);
  });

  it('reads no table and at most one date', () => {
    expect(readTables(input)).toEqual([]);
    const asOf = parseAsOf(text);
    expect(asOf === null || 'date' in asOf || 'period' in asOf).toBe(true);
  });

  it('twice the input gives twice the output', () => {
    const double = shape.make(2 * SIZE);
    const twice = findMentions(normalizeText(double).text);
    const c = counts(twice);
    const u = shape.units(double);
    expect(c.figures).toBe(expected.figures * u);
    expect(u).toBeGreaterThanOrEqual(2 * units - 1);
  });
});

describe('tables on adversarial input', () => {
  const header = '单位：%，亿元\n\t2023年\t2023年\t2024年\t2024年\n\t存贷比\t工业贷款余额\t存贷比\t工业贷款余额\n';
  const row = (k: number): string => `银行${k}\t70.1\t${k}.5\t71.2\t${k}.9\n`;

  it('a table of 20,000 rows: every cell a claim, one sum per column, spans inside', () => {
    const rows = Array.from({ length: 20_000 }, (_, k) => row(k)).join('');
    const text = `${header}${rows}合计\t\t1.0\t\t2.0`;
    const [table] = readTables(text);
    expect(table?.claims.length).toBe(4 * 20_000 + 2);
    expect(table?.sums.map((s) => s.parts.length)).toEqual([20_000, 20_000]);
    const spans = (table?.claims ?? []).flatMap((c) => [c.source?.span as [number, number], c.figure.span as [number, number]]);
    expect(spansInside(spans, text.length)).toBe(true);
    expect(table?.span[1]).toBeLessThanOrEqual(text.length);
  });

  it('10,000 合计 rows: each row in one sum of a kind, so the sums are no larger than the table', () => {
    const text = `${header}${Array.from({ length: 10_000 }, (_, k) => `${row(k)}合计\t\t${k}.5\t\t${k}.9\n`).join('')}`;
    const [table] = readTables(text);
    const parts = (table?.sums ?? []).reduce((n, s) => n + s.parts.length, 0);
    expect(table?.sums.length).toBe(20_000);
    expect(parts).toBe(20_000);
  });

  it('one line of 100,000 cells', () => {
    const text = `\t${'2023年\t'.repeat(3)}\n\t${'工业贷款余额\t'.repeat(3)}\n银行\t${'1.5\t'.repeat(100_000)}`;
    const [table] = readTables(text);
    expect(table?.claims.length).toBe(3);
    expect(spansInside((table?.claims ?? []).map((c) => c.source?.span as [number, number]), text.length)).toBe(true);
  });
});
