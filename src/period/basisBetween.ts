import type { GrowthBasis } from './baseDate.js';
import { baseDate } from './baseDate.js';
import { safely } from '../errors/WupianError.js';
import { stringArg } from '../errors/args.js';

// Year-end comparisons are written 较年初/较上年末 far more than 同比: ytd wins a tie.
const ORDER: readonly GrowthBasis[] = ['ytd', 'yoy', 'qoq', 'mom'];

/**
 * The basis that compares a figure at `asOf` with one at `base`: the start of the year (ytd), a
 * year before (yoy), the quarter-end (qoq) or month-end (mom) before — undefined when `base` is
 * none of them. Texts that name the base by its date (较9月底, 比2024年末) say their basis this way.
 *
 * @example
 * basisBetween('2025-10-31', '2025-09-30') // 'mom'
 * basisBetween('2025-06-30', '2024-12-31') // 'ytd'
 * basisBetween('2025-06-30', '2024-06-30') // 'yoy'
 * basisBetween('2025-06-30', '2025-01-31') // undefined (no basis; so is a date that is none)
 */
export function basisBetween(asOf: string, base: string): GrowthBasis | undefined {
  stringArg('basisBetween', asOf, ['asOf']);
  stringArg('basisBetween', base, ['base']);
  const parsed = safely(() => ORDER.find((basis) => baseDate(asOf, basis) === base));
  return parsed.success ? parsed.data : undefined;
}
