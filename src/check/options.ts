// The options of checkClaims and checkDocument, as a zod schema: the single source of
// their type, and what they are validated against (unknown keys refused).
import { z } from 'zod';
import { isDecimal } from '../decimal/decimal.js';
import type { DecimalInput } from '../decimal/decimal.js';
import type { FactClaim, TargetClaim } from './claim.js';
import { UnparsedMentionSchema } from './report.js';
import { type Given, parseOptions } from '../domain/options.js';

const isDecimalInput = (v: unknown): v is DecimalInput =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint' || isDecimal(v);

/** A sum to verify: the claim that states the total and those that state its parts. */
export const SumSpecSchema = /* @__PURE__ */ z
  .object({
    total: z.string().describe('The id of the claim that states the total — or a share of the parts together (三者合计占…的89.4%), which stands for their sum.'),
    parts: z.array(z.string()).readonly().describe('The ids of the claims that state the parts.'),
    description: z.string().optional().describe('The sum in words (合计 2022).'),
  })
  .strict()
  .readonly();
/**
 * A sum to verify, by claim id.
 *
 * @interface
 */
export type SumSpec = z.infer<typeof SumSpecSchema>;

/** A bound to verify: the claim whose balance is within another's (a city's within its province's). */
export const BoundSpecSchema = /* @__PURE__ */ z
  .object({
    part: z.string().describe('The id of the claim whose balance is the part.'),
    whole: z.string().describe('The id of the claim whose balance it is within: the same quantity, date and unit of account.'),
    description: z.string().optional().describe('The bound in words (青岛市 within 山东省).'),
  })
  .strict()
  .readonly();
/**
 * A bound to verify, by claim id: the part's balance is at most the whole's.
 *
 * @interface
 */
export type BoundSpec = z.infer<typeof BoundSpecSchema>;

/** How stated figures become intervals: see `intervalOf`. */
export const IntervalOfOptionsSchema = /* @__PURE__ */ z
  .object({
    about: z
      .object({
        relative: z.custom<DecimalInput>(isDecimalInput, { message: 'Expected a decimal' }).optional().describe("Tolerance of 约 as a fraction of the value (default '0.05')."),
        absolute: z.custom<DecimalInput>(isDecimalInput, { message: 'Expected a decimal' }).optional().describe('Tolerance of 约 as an amount in the base unit.'),
      })
      .strict()
      .optional()
      .describe('Tolerance for 约 / 左右 / "about"; the wider of the two and the rounding half-step is used.'),
    rounding: z.enum(['nearest', 'none']).optional().describe("'nearest' (default): a printed figure stands for all that rounds to it; 'none': it is exact."),
  })
  .strict();

/** The options of `checkClaims` and `checkDocument`. */
export const CheckOptionsSchema = /* @__PURE__ */ z
  .object({
    lang: z.enum(['en', 'zh']).optional().describe("Language of the messages: 'en' (default) or 'zh'."),
    interval: IntervalOfOptionsSchema.optional().describe('How stated figures become intervals (e.g. the tolerance of 约).'),
    flowSlack: z
      .string()
      .regex(/^(?:0|0?\.\d+)$/, { message: 'Expected a decimal string from 0 to below 1, such as 0.005' })
      .optional()
      .describe('How far an official increment may differ from the change of balances, as a fraction of the base (default 0.005).'),
    sums: z.array(SumSpecSchema).readonly().optional().describe('Sums to verify, by claim id.'),
    bounds: z.array(BoundSpecSchema).readonly().optional().describe("Bounds to verify, by claim id: a part's balance within a whole's that the claims alone do not say (a city's within its province's)."),
    targets: z.array(z.custom<TargetClaim>()).readonly().optional().describe("Goals to set against the claims (goal vs outcome): the report's `targets`."),
    facts: z.array(z.custom<FactClaim>()).readonly().optional().describe('Figures read but not checked, passed through to the report as `facts`.'),
    unparsed: z.array(UnparsedMentionSchema).readonly().optional().describe('Mentions the extractor could not read, passed through to the report.'),
    indicatorNames: z.record(z.string(), z.string()).readonly().optional().describe('Chinese names of indicators by id (各项贷款 for total-loans), for messages in zh.'),
    wholes: z
      .record(z.string(), z.array(z.string()).readonly())
      .readonly()
      .optional()
      .describe("The indicators each indicator is a part of (tech-sme-loans of tech-loans): a part's balance is at most each whole's stated for the same holder and date."),
    source: z.string().optional().describe("A name for the report's source (a file name)."),
  })
  .strict();
/**
 * The options of `checkClaims` and `checkDocument`: see {@link CheckOptionsSchema}.
 *
 * @interface
 */
export type CheckOptions = z.input<typeof CheckOptionsSchema>;

// The records of indicators (names, wholes) already validated that cannot change since: deeply
// frozen data. checkText passes the catalog's on every call, and zod read and copied their
// hundreds of entries each time; one seen before is taken as it is. (An object not frozen, or
// not all data, is validated every time, as before.)
const namesChecked = new WeakSet<object>();
const wholesChecked = new WeakSet<object>();

function frozenRecord(value: unknown, item: (v: unknown) => boolean): value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.isFrozen(value)) return false;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key);
    if (typeof key !== 'string' || d === undefined || !('value' in d) || !d.enumerable || !item(d.value)) return false;
  }
  return true;
}
const isName = (v: unknown): boolean => typeof v === 'string';
const isWholes = (v: unknown): boolean =>
  Array.isArray(v) && Object.isFrozen(v) && Object.getPrototypeOf(v) === Array.prototype && v.every((w) => typeof w === 'string');

/**
 * {@link parseOptions} of the checker's options, without validating again a frozen `indicatorNames` or
 * `wholes` it validated before: the same output (those two are only read), errors included.
 */
export function parseCheckOptions(raw: unknown, caller: string): Given<z.output<typeof CheckOptionsSchema>> {
  if (typeof raw === 'object' && raw !== null && Object.getPrototypeOf(raw) === Object.prototype) {
    const o = raw as Record<string, unknown>;
    const names = o['indicatorNames'];
    const wholes = o['wholes'];
    const knownNames = names !== undefined && namesChecked.has(names as object);
    const knownWholes = wholes !== undefined && wholesChecked.has(wholes as object);
    if (knownNames || knownWholes) {
      const rest: Record<string, unknown> = { ...o };
      if (knownNames) delete rest['indicatorNames'];
      if (knownWholes) delete rest['wholes'];
      const parsed = parseOptions(CheckOptionsSchema, rest, caller);
      return { ...parsed, ...(knownNames ? { indicatorNames: names as Record<string, string> } : {}), ...(knownWholes ? { wholes: wholes as Record<string, readonly string[]> } : {}) };
    }
    const parsed = parseOptions(CheckOptionsSchema, raw, caller);
    if (frozenRecord(names, isName)) namesChecked.add(names);
    if (frozenRecord(wholes, isWholes)) wholesChecked.add(wholes);
    return parsed;
  }
  return parseOptions(CheckOptionsSchema, raw, caller);
}
