import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMentions, normalizeText, parseAsOf, splitClauses } from '../../src/extract/index.js';
import { growthOfWork } from '../support/workMeter.js';

// Untrusted text: the text layer never throws on a string, keeps its invariants, and is
// linear. Linear is tested by the shape of the work, not by the clock (a shared machine
// makes timed assertions flaky; speed is for the benchmarks, bench/): the characters
// scanned on an input twice as long must be about twice as many — a quadratic pass
// gives four times.
const LINEAR = 2.3;

function runAll(input: string): number {
  const normalized = normalizeText(input);
  const mentions = findMentions(normalized.text, { documentDate: '2025-09-02' });
  splitClauses(normalized.text);
  parseAsOf(normalized.text, { documentDate: '2025-09-02' });
  return mentions.length;
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
  it('reads random characters in linear work, and finds their figures', () => {
    expect(runAll(randomText(100_000, ALPHABET, 7))).toBeGreaterThan(1_000);
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
  ])('reads repetitions of %j in linear work', (unit) => {
    expectLinear((n) => unit.repeat(n), 4_000);
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
