// The report of a check, as zod schemas: the single source of its TypeScript types
// (z.infer) and of the JSON Schema published as wupian/schemas/report.schema.json.
// Everything in a report is plain JSON: decimals are strings, intervals IntervalJSON.
import { z } from 'zod';

/** The `$id` of the report's JSON Schema (wupian/schemas/report.schema.json), version 1. */
export const REPORT_SCHEMA_ID = 'https://wupian.dev/schemas/report/1.json';

/** The JSON form of an interval: ends as decimal strings, null for an unbounded end. */
export const IntervalJSONSchema = /* @__PURE__ */ z
  .object({
    lo: z.string().nullable().describe('The lower end as a decimal string; null: unbounded below.'),
    hi: z.string().nullable().describe('The upper end as a decimal string; null: unbounded above.'),
    loOpen: z.boolean().describe('Whether the lower end is excluded.'),
    hiOpen: z.boolean().describe('Whether the upper end is excluded.'),
  })
  .strict()
  .readonly()
  .describe('A closed, open or unbounded range of decimals.');

/** The verdict on one figure or relation. */
export const VerdictSchema = /* @__PURE__ */ z
  .enum(['consistent', 'consistent-within-rounding', 'warning', 'inconsistent', 'unverifiable'])
  .describe('consistent: reproduced by the others; consistent-within-rounding: only thanks to rounding; warning: within the slack of official flows; inconsistent: contradicted; unverifiable: not determined by the others.');
/** The verdict on one figure or relation. */
export type Verdict = z.infer<typeof VerdictSchema>;

/**
 * What a whole report says, the one field to look at: `inconsistent` (some figures
 * contradict each other), `nothing-checked` (no relation between figures could be
 * verified: an empty or binary file, a text of which nothing was read), `partial`
 * (something was checked, but some figures of the text were not read) or `consistent`.
 */
export const ReportStatusSchema = /* @__PURE__ */ z
  .enum(['inconsistent', 'nothing-checked', 'partial', 'consistent'])
  .describe('inconsistent: figures contradict each other; nothing-checked: no relation could be verified; partial: checked, but some figures were not read; consistent: every figure read, and they agree.');
/** What a whole report says: see {@link ReportStatusSchema}. */
export type ReportStatus = z.infer<typeof ReportStatusSchema>;

/** The check of one stated figure against what the other figures imply. */
export const FigureCheckSchema = /* @__PURE__ */ z
  .object({
    claim: z.string().describe('The id of the claim that states the figure.'),
    text: z.string().describe('The figure as the text prints it.'),
    verdict: VerdictSchema,
    stated: IntervalJSONSchema.describe('The interval the stated figure denotes.'),
    recomputed: IntervalJSONSchema.nullable().describe('What the other figures imply for it (null: nothing does).'),
    recomputedExact: IntervalJSONSchema.nullable().describe('The same with the other figures taken at their printed values, without rounding slack.'),
    margin: z.string().optional().describe('consistent-within-rounding: how far the exact recomputation lies outside the stated interval.'),
    strength: z.string().optional().describe('Width of the recomputed interval over the width of the stated one: below 1, the check is sharper than the printing.'),
    message: z.string().describe('What the check found, in the report language.'),
  })
  .strict()
  .readonly();
/**
 * The check of one stated figure against what the other figures imply.
 *
 * @interface
 */
export type FigureCheck = z.infer<typeof FigureCheckSchema>;

/** A relation between figures (growth, share, gap, sum …) and its verdict. */
export const RelationResultSchema = /* @__PURE__ */ z
  .object({
    id: z.string().describe('The relation id, unique in the report.'),
    kind: z.string().describe('growth, increment, share, share-change, gap, sum, at-most …'),
    description: z.string().describe('The relation in words.'),
    claims: z.array(z.string()).readonly().describe('The ids of the claims it links.'),
    targets: z.array(z.string()).readonly().optional().describe('progress: the ids of the goals it sets figures against (达成率 against 全年目标).'),
    facts: z.array(z.string()).readonly().optional().describe("The ids of the facts it links: a policy's terms (a quota stated twice, a part of it, a rate and its change)."),
    verdict: VerdictSchema,
    missing: z.array(z.string()).readonly().optional().describe('unverifiable: the quantities nothing determines.'),
  })
  .strict()
  .readonly();
/**
 * A relation between figures (growth, share, gap, sum …) and its verdict.
 *
 * @interface
 */
export type RelationResult = z.infer<typeof RelationResultSchema>;

/** A figure of a conflict, and what it would take to resolve the conflict by changing it. */
export const SuspectSchema = /* @__PURE__ */ z
  .object({
    claim: z.string().describe("The id of the claim that states it (of the fact, for a conflict among a policy's terms)."),
    text: z.string().describe('The figure as the text prints it.'),
    wouldNeed: IntervalJSONSchema.nullable().describe('The interval it would have to lie in for the others to hold.'),
    nearest: z.string().nullable().describe("The nearest printed value that would be consistent, in the figure's own unit and decimals."),
    alone: z.boolean().describe('Whether changing this figure alone makes every figure of the text agree (false: other figures pin it).'),
  })
  .strict()
  .readonly();
/**
 * A figure of a conflict, and what it would take to resolve the conflict by changing it.
 *
 * @interface
 */
export type Suspect = z.infer<typeof SuspectSchema>;

/** A possible cause of a conflict. */
export const ExplanationSchema = /* @__PURE__ */ z
  .object({
    kind: z
      .enum(['misprint', 'benchmark-scope', 'basis', 'magnitude-slip', 'percent-vs-points', 'mistranslated-unit', 'official-flow', 'series-break', 'exchange-rate'])
      .describe('The kind of cause.'),
    resolves: z.boolean().describe('Whether changing only this assumption makes the figures agree.'),
    message: z.string().describe('The cause in words.'),
  })
  .strict()
  .readonly();
/**
 * A possible cause of a conflict.
 *
 * @interface
 */
export type Explanation = z.infer<typeof ExplanationSchema>;

/** A side of a disputed hidden quantity: the value some figures imply for it. */
export const DisputedSideSchema = /* @__PURE__ */ z
  .object({
    via: z.string().describe('The relation through which the figures imply it.'),
    claims: z.array(z.string()).readonly().describe('The ids of those figures.'),
    interval: IntervalJSONSchema.describe('The value they imply.'),
  })
  .strict()
  .readonly();

/** A hidden quantity the figures imply incompatible values for. */
export const DisputedSchema = /* @__PURE__ */ z
  .object({
    quantity: z.string().describe("The quantity, e.g. 'growth of total-loans (ytd) at 2025-06-30'."),
    sides: z.array(DisputedSideSchema).readonly().describe('The incompatible values and the figures that imply each.'),
    fromOtherFigures: IntervalJSONSchema.optional().describe('What the figures outside the conflict say of it, when they say something: the side it agrees with is the likelier.'),
  })
  .strict()
  .readonly();

/** A set of stated figures that cannot all be right. */
export const ConflictSchema = /* @__PURE__ */ z
  .object({
    id: z.string().describe('The conflict id, unique in the report.'),
    severity: z.enum(['inconsistent', 'warning']).describe('inconsistent, or a warning within the slack of official flows.'),
    suspects: z.array(SuspectSchema).readonly().describe('The figures that cannot all be right.'),
    relations: z.array(z.string()).readonly().describe('The ids of the relations involved.'),
    disputed: DisputedSchema.optional().describe('A hidden quantity the figures imply two incompatible values for.'),
    distance: z.string().optional().describe('Beyond rounding: how far apart the incompatible values are.'),
    explanations: z.array(ExplanationSchema).readonly().describe('The causes to look at.'),
    message: z.string().describe('The conflict in words.'),
  })
  .strict()
  .readonly();
/**
 * A set of stated figures that cannot all be right.
 *
 * @interface
 */
export type Conflict = z.infer<typeof ConflictSchema>;

/** Something worth knowing that is not a contradiction (a mistranslated unit, a gross flow, a binary file). */
export const NoticeSchema = /* @__PURE__ */ z
  .object({
    kind: z
      .enum(['mistranslated-unit', 'gross-flow', 'ambiguous', 'unlinked', 'binary', 'nothing-read', 'nothing-checked', 'rounded-first', 'percent-as-points'])
      .describe('rounded-first: a difference printed from its inputs rounded first to its own decimals, which agrees (double rounding); percent-as-points: a gap whose digits agree as percentage points, printed as a percent (its relation is a warning); binary: the input is not text; nothing-read: no figure of the text was read; nothing-checked: figures were read, but no relation among them could be verified.'),
    claims: z.array(z.string()).readonly().describe('The ids of the claims it is about (may be empty).'),
    message: z.string().describe('The notice in words.'),
  })
  .strict()
  .readonly();
/**
 * Something worth knowing that is not a contradiction.
 *
 * @interface
 */
export type Notice = z.infer<typeof NoticeSchema>;

/** A numeric mention of the text that is in no claim, goal or fact, with the reason. */
export const UnparsedMentionSchema = /* @__PURE__ */ z
  .object({
    text: z.string().describe('The mention as the text prints it.'),
    span: z.tuple([z.number().int(), z.number().int()]).readonly().describe('[start, end) in the text the caller passed.'),
    reason: z.string().describe('Why it was not read, in English.'),
    code: z.string().optional().describe('What kind of mention it is, from a closed set (when the extractor gives one).'),
  })
  .strict()
  .readonly();
/**
 * A numeric mention of the text that is in no claim, goal or fact, with the reason.
 *
 * @interface
 */
export type UnparsedMention = z.infer<typeof UnparsedMentionSchema>;

/** A stated figure in JSON: its text, its value in the unit's base as a decimal string, its unit, decimals and qualifier. */
export const FigureSummarySchema = /* @__PURE__ */ z
  .object({
    text: z.string().describe('The figure as the text prints it.'),
    value: z.string().describe("The value in the unit's base (yuan, percent, points, items), as a decimal string."),
    unit: z.string().describe('The unit symbol as stated (亿元, %, 个百分点, 户 …).'),
    decimals: z.number().int().describe('Decimals as printed.'),
    qualifier: z.string().describe('exact, over, at-least, under, at-most, and-more, about, reached.'),
  })
  .strict()
  .readonly();
/**
 * A stated figure in JSON.
 *
 * @interface
 */
export type FigureSummary = z.infer<typeof FigureSummarySchema>;

/** A claim in JSON: one stated figure of one quantity. */
export const ClaimSummarySchema = /* @__PURE__ */ z
  .object({
    id: z.string().describe('The claim id, unique in the report.'),
    indicator: z.string().describe('The indicator id of the catalog (green-loans …), or subject:<words> for a subject the catalog does not know.'),
    subject: z.string().optional().describe('The subject as the text words it (科技型中小企业贷款, "loans to tech SMEs"), scope words left out.'),
    part: z.string().optional().describe("A sub-population that makes it its own quantity (an industry's green loans, 单位 of 单位绿色贷款, 不良)."),
    scope: z.string().optional().describe('Its scope when the text states it: 本外币, 人民币, 境内, 人民银行口径 …'),
    holder: z.string().describe("Whose figure it is: national, text (the text's own, never named), region:<code>, institution:<id>, bank:<name>, banks:<a>+<b> (banks together), places:<a>+<b> (places together), place:<name>, entity:group …"),
    date: z.string().describe('The as-of date, yyyy-MM-dd; Y-03-31 in a year the text leaves unstated (Y-1-12-31 the year before); undated when the text states no date.'),
    period: z.object({ from: z.string(), to: z.string() }).strict().readonly().optional().describe("A flow's period (一季度, 上半年)."),
    measure: z.string().describe('balance, increment, growth, share, share-change, gap, rate-change, borrowers, access-rate …'),
    basis: z.string().optional().describe('Of a growth, increment, gap or change: ytd, yoy, mom, qoq.'),
    since: z.string().optional().describe('Of a change no basis spans (占比较2020年末提高): the date it is since.'),
    benchmark: z.string().optional().describe('Of a gap: the indicator it is measured against.'),
    benchmarkHolder: z.string().optional().describe("Of a gap to another holder's rate (高于全国同期): that holder."),
    of: z.string().optional().describe('Of a share: the whole.'),
    ofHolder: z.string().optional().describe("Of a share of another holder's whole (占全省…的12.5%): that holder."),
    figure: FigureSummarySchema,
    span: z.tuple([z.number().int(), z.number().int()]).readonly().optional().describe('[start, end) of the figure in the text.'),
    excerpt: z.string().optional().describe('The passage that states it.'),
  })
  .strict()
  .readonly();
/**
 * A claim in JSON: one stated figure of one quantity.
 *
 * @interface
 */
export type ClaimSummary = z.infer<typeof ClaimSummarySchema>;

/** A figure read but not checked: a policy parameter, a case-study fact, a count. */
export const FactSummarySchema = /* @__PURE__ */ z
  .object({
    id: z.string().describe('The fact id, unique in the report.'),
    context: z.enum(['policy', 'case', 'other']).describe('Where it was read: a policy, a case study, elsewhere.'),
    about: z.string().describe('What it is about, in the text’s words.'),
    holder: z.string().describe('Whose figure it is.'),
    date: z.string().optional().describe('The date it stands at, yyyy-MM-dd.'),
    figure: FigureSummarySchema,
    span: z.tuple([z.number().int(), z.number().int()]).readonly().optional().describe('[start, end) of the figure in the text.'),
    excerpt: z.string().optional().describe('The passage that states it.'),
  })
  .strict()
  .readonly();
/**
 * A figure read but not checked: a policy parameter, a case-study fact, a count.
 *
 * @interface
 */
export type FactSummary = z.infer<typeof FactSummarySchema>;

/** How a goal fares against the stated outcome. */
export const TargetStatusSchema = /* @__PURE__ */ z
  .enum(['met', 'missed', 'undecided', 'pending', 'unverifiable'])
  .describe('met: every value the stated outcome can have reaches the goal; missed: none does; undecided: rounding decides; pending: stated only before the deadline; unverifiable: not stated.');
/** How a goal fares against the stated outcome. */
export type TargetStatus = z.infer<typeof TargetStatusSchema>;

/** A goal set against what the text states of the same quantity. */
export const TargetCheckSchema = /* @__PURE__ */ z
  .object({
    target: z.string().describe('The id of the goal.'),
    holder: z.string().describe('Whose goal it is.'),
    indicator: z.string().optional().describe('The indicator it is about.'),
    measure: z.string().optional().describe('balance, increment …'),
    text: z.string().describe('The goal as the text states it.'),
    span: z.tuple([z.number().int(), z.number().int()]).readonly().optional().describe('[start, end) of the goal\'s figure in the text.'),
    about: z.string().describe('What it is about, in the text’s words.'),
    deadline: z.string().describe('yyyy-MM-dd.'),
    status: TargetStatusSchema,
    goal: IntervalJSONSchema.describe('The values that reach the goal: a floor unless the figure says 以下/以内.'),
    outcome: z
      .object({
        claims: z.array(z.string()).readonly().describe('The claims that state the outcome.'),
        date: z.string().describe('The date they stand at.'),
        interval: IntervalJSONSchema.describe('The outcome they state.'),
      })
      .strict()
      .readonly()
      .optional()
      .describe('The stated outcome the goal is set against.'),
    message: z.string().describe('The finding in words.'),
  })
  .strict()
  .readonly();
/**
 * A goal set against what the text states of the same quantity.
 *
 * @interface
 */
export type TargetCheck = z.infer<typeof TargetCheckSchema>;

/** How much of a text was read and checked: the measure behind `status`. */
export const CoverageSchema = /* @__PURE__ */ z
  .object({
    figures: z.number().int().describe('Figures found: read plus unread (dates, references, list numbers and names are not figures).'),
    read: z.number().int().describe('Figures read into claims, goals (targets) or facts.'),
    unread: z.number().int().describe('Figures found but not read (in `unparsed`), table cells skipped included.'),
    tableCellsSkipped: z.number().int().describe('Of the unread: cells of a table outside the columns the reader understood.'),
    relations: z.number().int().describe('Relations between the figures read.'),
    relationsChecked: z.number().int().describe('Relations with a verdict other than unverifiable.'),
  })
  .strict()
  .readonly();
/**
 * How much of a text was read and checked.
 *
 * @interface
 */
export type Coverage = z.infer<typeof CoverageSchema>;

/** The report's counts. */
export const ReportCountsSchema = /* @__PURE__ */ z
  .object({
    claims: z.number().int().describe('Claims checked.'),
    relations: z.number().int().describe('Relations between them.'),
    consistent: z.number().int().describe('Relations found consistent.'),
    consistentWithinRounding: z.number().int().describe('Relations consistent only thanks to rounding.'),
    warnings: z.number().int().describe('Relations within the slack of official flows.'),
    inconsistent: z.number().int().describe('Relations found inconsistent.'),
    unverifiable: z.number().int().describe('Relations nothing determines.'),
    conflicts: z.number().int().describe('Sets of figures that cannot all be right (warnings left out).'),
    unparsed: z.number().int().describe('Numeric mentions not read (dates, references … and unread figures).'),
    targets: z.number().int().describe('Goals.'),
    targetsMet: z.number().int().describe('Goals met.'),
    targetsMissed: z.number().int().describe('Goals missed.'),
    facts: z.number().int().describe('Figures read but not checked.'),
  })
  .strict()
  .readonly();

/** The report of a check: plain data that serialises to JSON. Look at `status` first. */
export const ReportSchema = /* @__PURE__ */ z
  .object({
    source: z.string().optional().describe('A name for what was checked (a file name).'),
    status: ReportStatusSchema,
    coverage: CoverageSchema,
    claims: z.array(ClaimSummarySchema).readonly().describe('Every claim checked.'),
    checks: z.array(FigureCheckSchema).readonly().describe('Each stated figure against what the others imply.'),
    relations: z.array(RelationResultSchema).readonly().describe('Every relation with its verdict.'),
    conflicts: z.array(ConflictSchema).readonly().describe('The sets of figures that cannot all be right.'),
    notices: z.array(NoticeSchema).readonly().describe('What is worth knowing and is not a contradiction.'),
    targets: z.array(TargetCheckSchema).readonly().describe('Goals set against what the text states of the same quantity by their deadline.'),
    facts: z.array(FactSummarySchema).readonly().describe('Figures read but not checked (policy parameters, case-study facts, counts).'),
    unparsed: z.array(UnparsedMentionSchema).readonly().describe('Every numeric mention not read, with the reason.'),
    counts: ReportCountsSchema,
    ok: z
      .boolean()
      .describe('Kept for compatibility: true when nothing is inconsistent, also when nothing was checked. Look at `status`.'),
  })
  .strict()
  .readonly()
  .describe('The report of a wupian check.');
/**
 * The report of a check: plain data that serialises to JSON. Look at `status` first; `ok` only says that nothing is inconsistent.
 *
 * @interface
 */
export type Report = z.infer<typeof ReportSchema>;
