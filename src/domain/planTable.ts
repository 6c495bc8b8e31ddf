import { z } from 'zod';
import { MeasureSchema, SourceRefSchema } from './observation.js';
import { IdSchema, FigureTextSchema, IsoDateSchema } from './primitives.js';
import { RegionCodeSchema } from './region.js';

/** One year's cells of a bank's row: 存贷比 and 工业贷款余额. */
export const PlanCellsSchema = /* @__PURE__ */ z.strictObject({
  loanToDeposit: FigureTextSchema.optional(),
  industrialLoans: FigureTextSchema.optional(),
});

export const PlanRowSchema = /* @__PURE__ */ z.strictObject({
  seq: z.number().int().positive(),
  institution: IdSchema,
  name: z.string().min(1),
  cells: z.record(z.string().regex(/^\d{4}$/), PlanCellsSchema),
  source: SourceRefSchema.optional(),
});
export type PlanRow = z.infer<typeof PlanRowSchema>;

/** A per-bank task table (任务分解表), with the totals it states. */
export const PlanTableSchema = /* @__PURE__ */ z.strictObject({
  id: IdSchema,
  title: z.string().min(1),
  titleSource: SourceRefSchema.optional(),
  unit: z.string().optional(),
  unitSource: SourceRefSchema.optional(),
  /** The region the table's totals are for. */
  holderRegion: RegionCodeSchema.optional(),
  /** 'target' for a plan's goals, 'outcome' for reported figures. */
  kind: z.enum(['target', 'outcome']).optional(),
  years: z.array(z.number().int()),
  /** The date each year's cells stand at. */
  dates: z.record(z.string().regex(/^\d{4}$/), IsoDateSchema).optional(),
  columns: z
    .record(
      z.string(),
      z.strictObject({ name: z.string(), indicator: IdSchema, measure: MeasureSchema, unit: z.string(), note: z.string().optional() }),
    )
    .optional(),
  rows: z.array(PlanRowSchema).min(1),
  totals: z.record(z.string().regex(/^\d{4}$/), PlanCellsSchema),
  totalsSource: SourceRefSchema.optional(),
  notes: z.array(z.string()).optional(),
});
export type PlanTable = z.infer<typeof PlanTableSchema>;
