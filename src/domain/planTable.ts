import { z } from 'zod';
import { MeasureSchema, SourceRefSchema } from './observation.js';
import { IdSchema, FigureTextSchema, IsoDateSchema } from './primitives.js';
import { RegionCodeSchema } from './region.js';

/** One year's cells of a bank's row: 存贷比 and 工业贷款余额. */
export const PlanCellsSchema = /* @__PURE__ */ z.strictObject({
  loanToDeposit: /* @__PURE__ */ FigureTextSchema.optional(),
  industrialLoans: /* @__PURE__ */ FigureTextSchema.optional(),
});

export const PlanRowSchema = /* @__PURE__ */ z.strictObject({
  seq: /* @__PURE__ */ z.number().int().positive(),
  institution: IdSchema,
  name: /* @__PURE__ */ z.string().min(1),
  cells: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string().regex(/^\d{4}$/), PlanCellsSchema),
  source: /* @__PURE__ */ SourceRefSchema.optional(),
});
export type PlanRow = z.infer<typeof PlanRowSchema>;

/** A per-bank task table (任务分解表), with the totals it states. */
export const PlanTableSchema = /* @__PURE__ */ z.strictObject({
  id: IdSchema,
  title: /* @__PURE__ */ z.string().min(1),
  titleSource: /* @__PURE__ */ SourceRefSchema.optional(),
  unit: /* @__PURE__ */ z.string().optional(),
  unitSource: /* @__PURE__ */ SourceRefSchema.optional(),
  /** The region the table's totals are for. */
  holderRegion: /* @__PURE__ */ RegionCodeSchema.optional(),
  /** 'target' for a plan's goals, 'outcome' for reported figures. */
  kind: /* @__PURE__ */ z.enum(['target', 'outcome']).optional(),
  years: /* @__PURE__ */ z.array(/* @__PURE__ */ z.number().int()),
  /** The date each year's cells stand at. */
  dates: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string().regex(/^\d{4}$/), IsoDateSchema).optional(),
  columns: /* @__PURE__ */ z
    .record(
      /* @__PURE__ */ z.string(),
      /* @__PURE__ */ z.strictObject({ name: /* @__PURE__ */ z.string(), indicator: IdSchema, measure: MeasureSchema, unit: /* @__PURE__ */ z.string(), note: /* @__PURE__ */ z.string().optional() }),
    )
    .optional(),
  rows: /* @__PURE__ */ z.array(PlanRowSchema).min(1),
  totals: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string().regex(/^\d{4}$/), PlanCellsSchema),
  totalsSource: /* @__PURE__ */ SourceRefSchema.optional(),
  notes: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()).optional(),
});
export type PlanTable = z.infer<typeof PlanTableSchema>;
