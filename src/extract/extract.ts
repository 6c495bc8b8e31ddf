// The public extractClaims: its options validated, then the extractor.
import { parseOptions } from '../domain/options.js';
import { type Extraction, extractClaims as extract } from './extractClaims.js';
import { type ExtractOptions, ExtractOptionsSchema } from './options.js';

/**
 * Reads a text into claims (figures with indicator, holder, date, measure), goals
 * (`targets`), figures read but not checked (`facts`) and everything else it could not
 * read (`unparsed`, with the reason). Options are validated: an unknown key, a region
 * that is not a GB/T 2260 code or an impossible date is a WupianError `invalid_option`.
 *
 * @example
 * extractClaims('截至2025年6月末，全市绿色贷款余额1200亿元，较年初增长14.29%。', { region: '370700' }).claims.map((c) => c.measure)
 * // ['balance', 'growth']
 * extractClaims('…', { region: '999999' }) // throws WupianError { code: 'invalid_option', path: ['options', 'region'] }
 */
export function extractClaims(text: string, options: ExtractOptions = {}): Extraction {
  return extract(text, parseOptions(ExtractOptionsSchema, options, 'extractClaims'));
}
