import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMentions, normalizeText, parseAsOf, splitClauses } from '../../src/extract/index.js';
import { growthOfWork } from '../support/workMeter.js';

// Untrusted text: the text layer never throws on a string and keeps its invariants on
// huge and repetitive input — every span inside the text, every digit in one mention,
// output no larger than the input — and is linear. Linear is tested by the shape of the
// work, not by the clock (speed is for the benchmarks, bench/suites/scaling.ts): the
// characters scanned on an input twice as long must be about twice as many — a quadratic
// pass gives four times.
const LINEAR = 2.3;

function runAll(input: string): { mentions: number } {
  const normalized = normalizeText(input);
  const text = normalized.text;
  const mentions = findMentions(text, { documentDate: '2025-09-02' });
  const clauses = splitClauses(text);
  parseAsOf(text, { documentDate: '2025-09-02' });
  // Spans in order and inside the text; every ASCII digit in exactly one mention.
  let last = 0;
  let covered = 0;
  let outOfOrder = 0;
  for (const m of mentions) {
    if (m.span[0] < last || m.span[1] < m.span[0] || m.span[1] > text.length) outOfOrder++;
    for (let k = m.span[0]; k < m.span[1]; k++) if (text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) covered++;
    last = m.span[1];
  }
  let digits = 0;
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) digits++;
  expect(outOfOrder).toBe(0);
  expect(covered).toBe(digits);
  expect(mentions.length).toBeLessThanOrEqual(text.length);
  expect(clauses.length).toBeLessThanOrEqual(text.length);
  expect(clauses.filter((c) => c.span[0] < 0 || c.span[1] > text.length || c.span[1] < c.span[0]).length).toBe(0);
  const [a, b] = normalized.toOriginalSpan([0, text.length]);
  expect(a >= 0 && a <= b && b <= input.length).toBe(true);
  return { mentions: mentions.length };
}

function expectLinear(make: (n: number) => string, n: number): void {
  const { ratio, small, large } = growthOfWork(make, n, (input) => void runAll(input));
  expect(ratio, `work ${small.chars} → ${large.chars} characters scanned when the input doubles`).toBeLessThan(LINEAR);
}

function randomText(length: number, alphabet: string, seed: number): string {
  const chars = [...alphabet];
  let state = seed;
  const out: string[] = [];
  let n = 0;
  while (n < length) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const ch = chars[state % chars.length] as string;
    out.push(ch);
    n += ch.length;
  }
  return out.join('');
}

const ALPHABET = '0123456789.,，、%亿万元年月日末超近余多个百分点一二三十百千(（)）[]【】〔〕“”"\n\t -+:：;；。abcQHJune of end by 綠貸款餘額億萬¹①分别为和以上';

describe('the text layer on adversarial input', () => {
  it('reads a megabyte of random characters', () => {
    const { mentions } = runAll(randomText(1_000_000, ALPHABET, 7));
    expect(mentions).toBeGreaterThan(10_000);
    expectLinear((n) => randomText(n, ALPHABET, 7), 20_000);
  });

  it.each([
    ['1,1,1,1'],
    ['超超超'],
    ['分别为'],
    ['1、'],
    ['1.'],
    ['2025年'],
    ['[1]'],
    ['一二三'],
    ['贷 '],
    ['1026.\n'],
    ['(dài kuǎn'],
    ['“'],
    ['June '],
    ['1+'],
    ['1 '],
    ['百分之'],
    ['第'],
    ['end of '],
  ])('reads 200k repetitions of %j', (unit) => {
    runAll(unit.repeat(200_000));
    expectLinear((n) => unit.repeat(n), 4_000);
  });

  it.each([
    ['one digit run of a megabyte', '1'.repeat(1_000_000)],
    ['dots between digits', '1.'.repeat(500_000)],
    ['a list of a megabyte before its unit', `${'1、'.repeat(400_000)}2亿元`],
    ['headings marks before numbers', `${'#'.repeat(500_000)}${'1 '.repeat(200_000)}`],
    ['a numeral run of a megabyte', '一'.repeat(1_000_000)],
  ])('reads %s', (_name, input) => {
    runAll(input);
  });

  it.each([
    ['one digit run', (n: number) => '1'.repeat(n)],
    ['dots between digits', (n: number) => '1.'.repeat(n)],
    ['a list before its unit', (n: number) => `${'1、'.repeat(n)}2亿元`],
    ['headings marks before numbers', (n: number) => `${'#'.repeat(n)}${'1 '.repeat(n)}`],
    ['a numeral run', (n: number) => '一'.repeat(n)],
  ])('reads %s in linear work', (_name, make) => {
    expectLinear(make, 10_000);
  });

  it('the measure tells linear work from quadratic', () => {
    const quadratic = growthOfWork((n) => 'ab'.repeat(n), 2_000, (s) => {
      for (let i = 0; i < s.length; i += 10) /z/.test(s.slice(i));
    });
    expect(quadratic.ratio).toBeGreaterThan(3.5);
  });

  it('never throws, and every digit is in exactly one mention, on any string', () => {
    const alphabet = fc.constantFrom(...[...ALPHABET], '\ud83d\ude00', '\u200b', 'Ｑ１', '兆', '(含)', 'billion ', 'RMB ', '$', '第一', '〔2021〕1号');
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), fc.array(alphabet, { maxLength: 60 }).map((a) => a.join(''))), (input) => {
        const { text } = normalizeText(input);
        const mentions = findMentions(text, { billion: 'yi', documentDate: '2025-09-02' });
        splitClauses(text);
        parseAsOf(text, { documentDate: '2025-09-02' });
        const owner = new Int8Array(text.length);
        let last = 0;
        for (const m of mentions) {
          if (m.span[0] < last || m.span[1] <= m.span[0] || text.slice(m.span[0], m.span[1]) !== m.text) return false;
          last = m.span[1];
          owner.fill(1, m.span[0], m.span[1]);
        }
        for (let i = 0; i < text.length; i++) if (/[0-9]/.test(text[i] as string) && owner[i] !== 1) return false;
        return true;
      }),
      { numRuns: 2000 },
    );
  });
});
