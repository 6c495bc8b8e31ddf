import { describe, expect, it } from 'vitest';
import { basisBetween } from '../src/period/basisBetween.js';

describe('basisBetween', () => {
  it.each([
    ['2025-10-31', '2025-09-30', 'mom'],
    ['2025-06-30', '2025-03-31', 'qoq'],
    ['2025-06-30', '2024-12-31', 'ytd'],
    ['2025-06-30', '2024-06-30', 'yoy'],
    // A year-end against the one before: as much ytd as yoy; texts say 较上年末.
    ['2025-12-31', '2024-12-31', 'ytd'],
    ['2024-02-29', '2023-02-28', 'yoy'],
    ['Y-10-31', 'Y-09-30', 'mom'],
    ['Y-06-30', 'Y-1-12-31', 'ytd'],
    ['2025-06-30', '2025-01-31', undefined],
    ['2025-06-30', '2025-06-30', undefined],
    ['not a date', '2025-06-30', undefined],
  ])('%s against %s is %s', (asOf, base, basis) => {
    expect(basisBetween(asOf, base)).toBe(basis);
  });
});
