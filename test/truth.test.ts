// The ratchet of the truth corpus (test/corpus/): a quick run of the harness must not fall
// below the floors recorded in test/corpus/baseline.json. Floors only move up
// (npm run truth -- --quick --record); lowering one is a decision to write in the commit.
import { describe, expect, it } from 'vitest';
import { belowFloor, readBaseline, runTruth } from './corpus/harness.js';
import { lintFiles, corpusFiles } from './corpus/lint.js';

describe('truth corpus', () => {
  it('is annotated consistently: the format, the figures where they say, the oracle agreeing with every verdict', () => {
    const { problems, passages } = lintFiles(corpusFiles());
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(passages).toBeGreaterThanOrEqual(200);
  });

  it('scores no lower than the recorded floors (quick run)', () => {
    const floors = readBaseline().quick;
    expect(floors, 'test/corpus/baseline.json has no quick floors: npm run truth -- --quick --record').toBeDefined();
    const results = runTruth({ planted: 'one' });
    expect(belowFloor(results, floors ?? {})).toEqual([]);
    // Every split and measure of the floors was scored.
    for (const split of Object.keys(floors ?? {})) expect(results.splits[split]?.['all']).toBeDefined();
  }, 120_000);
});
