import { describe, expect, it } from 'vitest';
import { checkText, extractClaims } from '../../src/extract/index.js';

// The claim layer and the checker on untrusted text: never a throw, linear time.
// Bounds are generous (speed is measured by the benchmarks): a quadratic pass over a
// megabyte would take minutes.
const BOUND_MS = 10_000;

function randomText(length: number, alphabet: string, seed: number): string {
  const chars = [...alphabet];
  let state = seed;
  let out = '';
  while (out.length < length) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out += chars[state % chars.length] as string;
  }
  return out;
}

const ALPHABET = '0123456789.,，、%亿万元年月日末截至较年初增加增长同比高于个百分点占比重余额绿色贷款各项贷款分别为和、；。\n\t 超近约余';

describe('extractClaims and checkText on adversarial input', () => {
  it('a megabyte of genre-shaped noise: no throw, linear time, every figure accounted for', () => {
    const text = randomText(1_000_000, ALPHABET, 11);
    const t0 = performance.now();
    const extraction = extractClaims(text, { region: '370700', documentDate: '2025-06-30' });
    const report = checkText(text.slice(0, 200_000), { region: '370700', documentDate: '2025-06-30' });
    expect(performance.now() - t0).toBeLessThan(BOUND_MS);
    expect(extraction.claims.length + extraction.targets.length + extraction.facts.length + extraction.unparsed.length).toBeGreaterThan(1000);
    expect(report.counts.unparsed).toBeGreaterThan(1000);
  });

  it.each([
    ['分别为'.repeat(50_000)],
    ['绿色贷款余额'.repeat(30_000)],
    ['1、'.repeat(100_000)],
    ['截至2025年6月末'.repeat(20_000)],
    ['\t1\t2\t3\n'.repeat(30_000)],
    ['高于各项贷款增速1个百分点，'.repeat(20_000)],
    ['两家企业，'.repeat(200_000)],
    ['力争新增贷款5亿元，到2025年末'.repeat(50_000)],
    ['通过三年倍增行动，工业贷款余额达109亿元以上'.repeat(40_000)],
    ['该行为5家企业发放贷款30万元；'.repeat(60_000)],
    ['ten other departments, '.repeat(40_000)],
    [''],
    ['\u0000\uffff\ud800'],
  ])('repeated pattern %#: no throw, within the bound', (text) => {
    const t0 = performance.now();
    expect(() => checkText(text, { region: '370700', documentDate: '2025-06-30' })).not.toThrow();
    expect(performance.now() - t0).toBeLessThan(BOUND_MS);
  });
});

describe('goals and facts on adversarial input: every figure accounted for once', () => {
  it.each([
    ['两家企业，', 200_000, 'facts'],
    ['通过三年倍增行动，工业贷款余额达109亿元以上。', 20_000, 'targets'],
    ['ten other departments, ', 40_000, 'facts'],
  ] as const)('%s × %i', (unit, times, kind) => {
    const extraction = extractClaims(`市中金稳办字〔2021〕1号\n${unit.repeat(times)}`, { region: '370402' });
    expect(extraction[kind].length).toBe(times);
    const spans = [...extraction.claims, ...extraction.targets, ...extraction.facts].map((c) => c.source?.span?.[0]);
    expect(new Set(spans).size).toBe(spans.length);
  });
});
