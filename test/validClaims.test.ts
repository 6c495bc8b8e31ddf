import { describe, expect, it } from 'vitest';
import { checkText, extractClaims } from '../src/extract/index.js';
import { splitValid } from '../src/extract/validClaims.js';

describe('splitValid', () => {
  const [claim] = extractClaims('截至6月末，全市绿色贷款余额800亿元。', { documentDate: '2025-08-15' }).claims;
  it('keeps a claim the checker takes and sets apart one it would refuse, with the reason', () => {
    if (!claim) throw new Error('no claim read');
    const broken = { ...claim, id: 'c2', period: { from: 'unda-01-01', to: 'undated' } } as typeof claim;
    const { valid, invalid } = splitValid([claim, broken]);
    expect(valid.map((c) => c.id)).toEqual([claim.id]);
    expect(invalid.map((x) => x.claim.id)).toEqual(['c2']);
    expect(invalid[0]?.message).toMatch(/period/);
  });
});

describe('reading without a document date never throws (hunt 67, r17)', () => {
  it.each([
    ['今年以来，全市新增绿色贷款151.8亿元，占各项贷款新增额的29.6%。', '29.6%'],
    ['报告期末，本行绿色贷款较上年末增加288.14亿元，增量占各项贷款增量的比重为27.6%。', '27.6%'],
  ])('%s', (text, share) => {
    const r = checkText(text, {});
    // the share of the new loans is read (undated, as its flow), not thrown
    expect(r.claims.find((c) => c.figure.text === share)?.measure).toBe('share');
    expect(r.status).not.toBe('inconsistent');
  });
});
