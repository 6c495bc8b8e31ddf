// What `wupian extract` prints, and `extractionToJSON` returns: the extraction as plain
// JSON (decimals as strings). The zod schema is the single source of its type and of
// the JSON Schema published as wupian/schemas/extraction.schema.json.
import { arrayArg, objectArg, stringArg } from '../errors/args.js';
import { z } from 'zod';
import { UnparsedMentionSchema } from '../check/report.js';
import { figureToJSON } from '../figure/figure.js';
import type { Extraction } from './extractClaims.js';

/** The `$id` of the extraction's JSON Schema, version 1. */
export const EXTRACTION_SCHEMA_ID = 'https://wupian.dev/schemas/extraction/1.json';

const Span = z.tuple([z.number().int(), z.number().int()]).readonly().describe('[start, end) in the text as given.');
const PeriodJSON = z.object({ from: z.string().describe('yyyy-MM-dd'), to: z.string().describe('yyyy-MM-dd') }).strict().readonly();

/** A stated figure in JSON (as `figureToJSON` writes it). */
export const FigureJSONSchema = /* @__PURE__ */ z
  .object({
    value: z.string().describe("The value in the unit's base (yuan, or one unit of its currency; percent, points, items), as a decimal string."),
    stated: z.string().describe('The number as printed, as a decimal string (1026.09 of 1026.09亿元).'),
    unit: z.string().describe('The unit symbol (亿元, %, 个百分点, 户 …).'),
    decimals: z.number().int().describe('Decimals as printed.'),
    qualifier: z.enum(['exact', 'reached', 'over', 'at-least', 'under', 'at-most', 'about', 'and-more']).describe('What the wording around the number says of it (超 over, 近 under, 余 and-more …).'),
    text: z.string().describe('The text it was read from.'),
    span: Span.optional(),
  })
  .strict()
  .readonly();

/** A claim of the extraction in JSON. */
export const ClaimJSONSchema = /* @__PURE__ */ z
  .object({
    id: z.string().describe('The claim id, unique in the extraction.'),
    indicator: z.string().describe('The indicator id of the catalog (green-loans …), or subject:<words> for a subject the catalog does not know.'),
    subject: z.string().optional().describe('The subject as the text words it, scope words left out.'),
    part: z.string().optional().describe("A sub-population that makes it its own quantity (an industry's green loans, 不良)."),
    holder: z.string().describe("Whose figure it is: national, text (the text's own, never named), region:<code>, institution:<id>, bank:<name>, banks:<a>+<b> (banks together), places:<a>+<b> (places together), place:<name>, entity:group …"),
    date: z.string().describe('The as-of date, or the end of the period of a flow: yyyy-MM-dd, Y-03-31 in a year the text leaves unstated, or undated.'),
    period: PeriodJSON.optional().describe('The period of a flow.'),
    measure: z.string().describe('balance, increment, growth, share, share-change, gap, rate-change, borrowers, access-rate …'),
    basis: z.string().optional().describe('Of a growth, increment, gap or change: ytd, yoy, mom, qoq.'),
    rateBasis: z.string().optional().describe('Of a rate-change: the basis of the rate that changed.'),
    scope: z.string().optional().describe('The scope the text states for the subject: 本外币, 人民币, 境内, 人民银行口径 …'),
    benchmark: z.string().optional().describe('Of a gap: the indicator it is measured against.'),
    benchmarkScope: z.enum(['人民币', '本外币']).optional().describe('The currency scope the text states for the benchmark.'),
    benchmarkHolder: z.string().optional().describe("Of a gap to another holder's rate (高于全国同期): that holder."),
    of: z.string().optional().describe('Of a share: the whole.'),
    flow: z.literal(true).optional().describe('A share of flows (new loans) rather than of balances.'),
    goalDeadline: z.string().optional().describe("Of a progress toward a goal of another span than its year's (完成2027年目标的): that goal's deadline."),
    gross: z.literal(true).optional().describe('Of a growth or difference of flows: the flows are what was lent (累计发放, 新发放), not the change of the balance.'),
    figure: FigureJSONSchema,
    span: Span.optional(),
  })
  .strict()
  .readonly();

/** A goal of the extraction in JSON. */
export const TargetJSONSchema = /* @__PURE__ */ z
  .object({
    id: z.string().describe('The goal id.'),
    indicator: z.string().optional().describe('The indicator, when the catalog knows it.'),
    holder: z.string().describe('Who is to reach it.'),
    measure: z.string().optional().describe('balance, increment …'),
    basis: z.string().optional().describe("'period' for a flow over the plan."),
    about: z.string().describe('What it is about, in the text’s words.'),
    deadline: z.string().describe('yyyy-MM-dd.'),
    period: PeriodJSON.optional().describe('For a flow: the period it is to be reached over.'),
    figure: FigureJSONSchema,
    span: Span.optional(),
  })
  .strict()
  .readonly();

/** A fact of the extraction in JSON: a figure read but not checked. */
export const FactJSONSchema = /* @__PURE__ */ z
  .object({
    id: z.string().describe('The fact id.'),
    context: z.enum(['policy', 'case', 'other']).describe('Where it was read.'),
    about: z.string().describe('What it is about, in the text’s words.'),
    holder: z.string().describe('Whose figure it is.'),
    date: z.string().optional().describe('The date its sentence states.'),
    figure: FigureJSONSchema,
    span: Span.optional(),
  })
  .strict()
  .readonly();

/** The extraction of a text in JSON: what `wupian extract` prints. */
export const ExtractionJSONSchema = /* @__PURE__ */ z
  .object({
    $schema: z.literal(EXTRACTION_SCHEMA_ID).optional().describe('This schema, version 1.'),
    file: z.string().optional().describe('The file read ("-": standard input).'),
    claims: z.array(ClaimJSONSchema).readonly().describe('The claims: stated figures with what they are about.'),
    targets: z.array(TargetJSONSchema).readonly().describe('The goals, with their deadline.'),
    facts: z.array(FactJSONSchema).readonly().describe('Figures read but not checked.'),
    unparsed: z.array(UnparsedMentionSchema).readonly().describe('Every other numeric mention, with the reason.'),
  })
  .strict()
  .readonly()
  .describe('The extraction of a text by wupian.');
/**
 * The extraction of a text in JSON: see {@link ExtractionJSONSchema}.
 *
 * @interface
 */
export type ExtractionJSON = z.infer<typeof ExtractionJSONSchema>;

/**
 * The extraction as plain JSON, as `wupian extract` prints it: decimals as strings, the
 * claims, goals and facts with their spans, and the unparsed mentions.
 *
 * @example
 * extractionToJSON(extractClaims('截至2025年6月末，全市绿色贷款余额1200亿元。', { region: '370700' })).claims[0]?.figure.value
 * // '120000000000'
 */
export function extractionToJSON(extraction: Extraction, file?: string): ExtractionJSON {
  const given = objectArg('extractionToJSON', extraction, ['extraction']);
  for (const key of ['claims', 'targets', 'facts', 'unparsed'] as const) arrayArg('extractionToJSON', given[key], ['extraction', key]);
  if (file !== undefined) stringArg('extractionToJSON', file, ['file']);
  return {
    $schema: EXTRACTION_SCHEMA_ID,
    ...(file === undefined ? {} : { file }),
    claims: extraction.claims.map((c) => ({
      id: c.id,
      indicator: c.indicator,
      ...(c.subject ? { subject: c.subject } : {}),
      ...(c.part ? { part: c.part } : {}),
      holder: c.holder,
      date: c.date,
      ...(c.period ? { period: c.period } : {}),
      measure: c.measure,
      ...(c.basis ? { basis: c.basis } : {}),
      ...(c.rateBasis ? { rateBasis: c.rateBasis } : {}),
      ...(c.scope ? { scope: c.scope } : {}),
      ...(c.benchmark ? { benchmark: c.benchmark } : {}),
      ...(c.benchmarkScope ? { benchmarkScope: c.benchmarkScope } : {}),
      ...(c.benchmarkHolder ? { benchmarkHolder: c.benchmarkHolder } : {}),
      ...(c.of ? { of: c.of } : {}),
      ...(c.flow ? { flow: true as const } : {}),
      ...(c.gross ? { gross: true as const } : {}),
      ...(c.goalDeadline ? { goalDeadline: c.goalDeadline } : {}),
      figure: figureToJSON(c.figure),
      ...(c.source?.span ? { span: c.source.span } : {}),
    })),
    targets: extraction.targets.map((g) => ({
      id: g.id,
      ...(g.indicator ? { indicator: g.indicator } : {}),
      holder: g.holder,
      ...(g.measure ? { measure: g.measure } : {}),
      ...(g.basis ? { basis: g.basis } : {}),
      about: g.about,
      deadline: g.deadline,
      ...(g.period ? { period: g.period } : {}),
      figure: figureToJSON(g.figure),
      ...(g.source?.span ? { span: g.source.span } : {}),
    })),
    facts: extraction.facts.map((f) => ({
      id: f.id,
      context: f.context,
      about: f.about,
      holder: f.holder,
      ...(f.date ? { date: f.date } : {}),
      figure: figureToJSON(f.figure),
      ...(f.source?.span ? { span: f.source.span } : {}),
    })),
    unparsed: extraction.unparsed,
  };
}
