import { describe, expect, it } from 'vitest';
import { baseDate } from '../src/period/baseDate.js';
import { flowSpanStart } from '../src/period/relative.js';

describe('flowSpanStart', () => {
  it.each([
    ['2025-06-30', 'ytd', '2025-01-01'],
    ['2025-06-30', 'qoq', '2025-04-01'],
    ['2025-09-30', 'qoq', '2025-07-01'],
    ['2025-12-31', 'qoq', '2025-10-01'],
    ['2025-03-31', 'qoq', '2025-01-01'],
    ['2025-09-30', 'mom', '2025-09-01'],
    ['2024-02-29', 'mom', '2024-02-01'],
    ['Y-09-30', 'mom', 'Y-09-01'],
    ['Y-1-06-30', 'qoq', 'Y-1-04-01'],
    ['Y-06-30', 'ytd', 'Y-01-01'],
  ] as const)('%s, %s → %s', (date, basis, start) => {
    expect(flowSpanStart(date, basis)).toBe(start);
  });
  // The span a flow covers starts the day after the base its change is measured from, at every quarter- and month-end.
  it('starts the day after the base date of the same basis', () => {
    for (const month of ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12']) {
      const end = new Date(Date.UTC(2025, Number(month), 0)).toISOString().slice(0, 10);
      const bases = Number(month) % 3 === 0 ? (['ytd', 'qoq', 'mom'] as const) : (['ytd', 'mom'] as const);
      for (const basis of bases) {
        const next = new Date(`${baseDate(end, basis)}T00:00:00Z`);
        next.setUTCDate(next.getUTCDate() + 1);
        expect(flowSpanStart(end, basis)).toBe(next.toISOString().slice(0, 10));
      }
    }
  });
});
