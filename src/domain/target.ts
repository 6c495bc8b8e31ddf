import { z } from 'zod';
import { HolderSchema, MeasureSchema, SourceRefSchema } from './observation.js';
import { IdSchema, IsoDateSchema, FigureTextSchema, PeriodSchema } from './primitives.js';

/** A goal with a deadline: 工业贷款余额达109亿元以上 by the end of 2023. */
export const TargetSchema = /* @__PURE__ */ z.strictObject({
  id: IdSchema,
  holder: HolderSchema,
  indicator: /* @__PURE__ */ IdSchema.optional(),
  measure: /* @__PURE__ */ MeasureSchema.optional(),
  basis: /* @__PURE__ */ z.enum(['ytd', 'yoy', 'mom', 'qoq', 'period']).optional(),
  period: /* @__PURE__ */ PeriodSchema.optional(),
  benchmark: /* @__PURE__ */ IdSchema.optional(),
  figure: /* @__PURE__ */ FigureTextSchema.optional(),
  deadline: IsoDateSchema,
  description: /* @__PURE__ */ z.string().min(1),
  /** The plan table behind it, if any. */
  planTable: /* @__PURE__ */ IdSchema.optional(),
  source: SourceRefSchema,
  note: /* @__PURE__ */ z.string().optional(),
});
export type Target = z.infer<typeof TargetSchema>;
