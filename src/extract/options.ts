// The options of extractClaims and checkText, as zod schemas: the single source of
// their types, and what they are validated against (unknown keys refused, a region
// must be a real GB/T 2260 code, a date a real date).
import { z } from 'zod';
import { CheckOptionsSchema } from '../check/options.js';
import { RegionCodeOptionSchema } from '../domain/gbt2260.js';
import { DateOptionSchema } from '../domain/options.js';

/** The options of `extractClaims`. */
export const ExtractOptionsSchema = /* @__PURE__ */ z
  .object({
    documentDate: DateOptionSchema.optional().describe(
      "The document's date (yyyy-MM-dd): gives the year to 截至8月末 and a date to undated figures; a 到…末 before it is an as-of date, not a deadline; a plan that names no years of its own starts in its year.",
    ),
    region: RegionCodeOptionSchema.optional().describe('The region the text is about (a GB/T 2260 code such as 370700): the holder of figures that name no bank.'),
    billion: z.enum(['billion', 'yi']).optional().describe('\'yi\' for machine summaries whose "billion yuan" renders 亿元.'),
    document: z.string().optional().describe("A name for the text, recorded as the claims' document."),
  })
  .strict();
/**
 * The options of `extractClaims`: see {@link ExtractOptionsSchema}.
 *
 * @interface
 */
export type ExtractOptions = z.input<typeof ExtractOptionsSchema>;

/** The options of `checkText`: those of `extractClaims` and of `checkClaims` (but `unparsed`, which the extraction gives). */
export const CheckTextOptionsSchema = /* @__PURE__ */ ExtractOptionsSchema.extend(CheckOptionsSchema.omit({ unparsed: true }).shape).strict();
/**
 * The options of `checkText`: see {@link CheckTextOptionsSchema}.
 *
 * @interface
 */
export type CheckTextOptions = z.input<typeof CheckTextOptionsSchema>;

/** The keys of `checkText`'s options that go to the extraction. */
export const EXTRACT_KEYS: readonly (keyof ExtractOptions)[] = ['documentDate', 'region', 'billion', 'document'];
