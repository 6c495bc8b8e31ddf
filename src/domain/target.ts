import { z } from 'zod';
import { HolderSchema, MeasureSchema, SourceRefSchema } from './observation.js';
import { IdSchema, IsoDateSchema, FigureTextSchema, PeriodSchema } from './primitives.js';

/** A goal with a deadline: 工业贷款余额达109亿元以上 by the end of 2023. */
export const TargetSchema = /* @__PURE__ */ z.strictObject({
  id: IdSchema,
  holder: HolderSchema,
  indicator: IdSchema.optional(),
  measure: MeasureSchema.optional(),
  basis: z.enum(['ytd', 'yoy', 'mom', 'qoq', 'period']).optional(),
  period: PeriodSchema.optional(),
  benchmark: IdSchema.optional(),
  figure: FigureTextSchema.optional(),
  deadline: IsoDateSchema,
  description: z.string().min(1),
  /** The plan table behind it, if any. */
  planTable: IdSchema.optional(),
  source: SourceRefSchema,
  note: z.string().optional(),
});
export type Target = z.infer<typeof TargetSchema>;
