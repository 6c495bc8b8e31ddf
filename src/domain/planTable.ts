import { z } from 'zod';
import { MeasureSchema, SourceRefSchema } from './observation.js';
import { IdSchema, FigureTextSchema, IsoDateSchema } from './primitives.js';
import { RegionCodeSchema } from './region.js';

/** One year's cells of a bank's row: 存贷比 and 工业贷款余额. */
export const PlanCellsSchema = /* @__PURE__ */ z.strictObject({
  /** 存贷比: the loan-to-deposit ratio, as printed. */
  loanToDeposit: /* @__PURE__ */ FigureTextSchema.optional(),
  /** 工业贷款余额: the balance of industrial loans, as printed. */
  industrialLoans: /* @__PURE__ */ FigureTextSchema.optional(),
});

/** One bank's row of a plan table. */
export const PlanRowSchema = /* @__PURE__ */ z.strictObject({
  /** The row number (序号). */
  seq: /* @__PURE__ */ z.number().int().positive(),
  /** The id of the bank of the row. */
  institution: IdSchema,
  /** The bank as the table names it. */
  name: /* @__PURE__ */ z.string().min(1),
  /** The cells, by year. */
  cells: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string().regex(/^\d{4}$/), PlanCellsSchema),
  /** The excerpt of the row. */
  source: /* @__PURE__ */ SourceRefSchema.optional(),
});
/**
 * One bank's row of a plan table: its cells by year.
 *
 * @interface
 */
export type PlanRow = z.infer<typeof PlanRowSchema>;

/** A per-bank task table (任务分解表), with the totals it states. */
export const PlanTableSchema = /* @__PURE__ */ z.strictObject({
  /** The table id. */
  id: IdSchema,
  /** The title of the table. */
  title: /* @__PURE__ */ z.string().min(1),
  /** Where the title is stated. */
  titleSource: /* @__PURE__ */ SourceRefSchema.optional(),
  /** The unit line (单位：%、亿元). */
  unit: /* @__PURE__ */ z.string().optional(),
  /** Where the unit line is stated. */
  unitSource: /* @__PURE__ */ SourceRefSchema.optional(),
  /** The region the table's totals are for. */
  holderRegion: /* @__PURE__ */ RegionCodeSchema.optional(),
  /** 'target' for a plan's goals, 'outcome' for reported figures. */
  kind: /* @__PURE__ */ z.enum(['target', 'outcome']).optional(),
  /** The years of its columns. */
  years: /* @__PURE__ */ z.array(/* @__PURE__ */ z.number().int()),
  /** The date each year's cells stand at. */
  dates: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string().regex(/^\d{4}$/), IsoDateSchema).optional(),
  /** Its columns by key: label, indicator, measure and unit. */
  columns: /* @__PURE__ */ z
    .record(
      /* @__PURE__ */ z.string(),
      /* @__PURE__ */ z.strictObject({
        /** The column's label (工业贷款余额). */
        name: /* @__PURE__ */ z.string(),
        /** The indicator it states. */
        indicator: IdSchema,
        /** What its cells measure. */
        measure: MeasureSchema,
        /** The unit of its cells. */
        unit: /* @__PURE__ */ z.string(),
        /** A remark. */
        note: /* @__PURE__ */ z.string().optional(),
      }),
    )
    .optional(),
  /** One row per bank. */
  rows: /* @__PURE__ */ z.array(PlanRowSchema).min(1),
  /** The totals (合计) it states, by year. */
  totals: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string().regex(/^\d{4}$/), PlanCellsSchema),
  /** Where the totals are stated. */
  totalsSource: /* @__PURE__ */ SourceRefSchema.optional(),
  /** Remarks. */
  notes: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()).optional(),
});
/**
 * A plan table (任务分解表): one row per bank, cells by year, and the stated totals.
 *
 * @interface
 */
export type PlanTable = z.infer<typeof PlanTableSchema>;
