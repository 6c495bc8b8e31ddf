import { z } from 'zod';
import { HolderSchema, MeasureSchema, SourceRefSchema } from './observation.js';
import { IdSchema, IsoDateSchema, FigureTextSchema, PeriodSchema } from './primitives.js';

/** A goal with a deadline: 工业贷款余额达109亿元以上 by the end of 2023. */
export const TargetSchema = /* @__PURE__ */ z.strictObject({
  /** The goal id. */
  id: IdSchema,
  /** Who is to reach it. */
  holder: HolderSchema,
  /** The indicator it is about, when the catalog has it. */
  indicator: /* @__PURE__ */ IdSchema.optional(),
  /** What it measures (balance, increment …). */
  measure: /* @__PURE__ */ MeasureSchema.optional(),
  /** The basis of a growth goal, or 'period' for a flow over the plan. */
  basis: /* @__PURE__ */ z.enum(['ytd', 'yoy', 'mom', 'qoq', 'period']).optional(),
  /** For a flow: the period it is to be reached over. */
  period: /* @__PURE__ */ PeriodSchema.optional(),
  /** For a gap goal: the indicator it is measured against. */
  benchmark: /* @__PURE__ */ IdSchema.optional(),
  /** The goal's figure as the text prints it (109亿元以上). */
  figure: /* @__PURE__ */ FigureTextSchema.optional(),
  /** The date by which it is to be reached, yyyy-MM-dd. */
  deadline: IsoDateSchema,
  /** The goal in the text's words. */
  description: /* @__PURE__ */ z.string().min(1),
  /** The plan table behind it, if any. */
  planTable: /* @__PURE__ */ IdSchema.optional(),
  /** The excerpt that states it. */
  source: SourceRefSchema,
  /** A remark. */
  note: /* @__PURE__ */ z.string().optional(),
});
/**
 * A goal with a deadline, as a document states it.
 *
 * @interface
 */
export type Target = z.infer<typeof TargetSchema>;
