import { describe, expect, it } from 'vitest';
import { moneyKindOf, takesIn } from '../../src/extract/lexicon/moneyKinds.js';

describe('takesIn', () => {
  it.each([
    ['绿色和可持续债务', '绿色和可持续债券', false, true],
    ['绿色融资', '绿色贷款', false, true],
    ['企事业单位贷款', '中长期贷款', false, true],
    ['绿色债券', '绿色贷款', false, false],
    ['科创债券', '科技型企业贷款', false, false],
    ['科技贷款', '存款', false, false],
    ['绿色贷款', '绿色债券', false, false],
    ['green financing', 'green bonds', false, true],
    // A name whose kind is not said: anything, unless strict.
    ['普惠金融', '普惠小微贷款', false, true],
    ['普惠金融', '普惠小微贷款', true, false],
  ])('%s takes in %s (strict: %s): %s', (whole, part, strict, expected) => {
    expect(takesIn(whole, part, strict)).toBe(expected);
  });
  it('names the kind a name ends with', () => {
    expect(['小微企业贷款', '绿色债券', '债务', '储蓄存款', '普惠金融'].map(moneyKindOf)).toEqual(['loans', 'bonds', 'debt', 'deposits', undefined]);
  });
});
