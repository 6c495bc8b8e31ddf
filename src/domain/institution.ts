import { z } from 'zod';
import { IdSchema } from './primitives.js';
import { RegionCodeSchema } from './region.js';

/** A bank or one of its branches, and the region it serves. */
export const InstitutionSchema = /* @__PURE__ */ z.strictObject({
  /** The institution id (psbc-weifang). */
  id: IdSchema,
  /** The Chinese name. */
  name: /* @__PURE__ */ z.string().min(1),
  /** The English name. */
  nameEn: /* @__PURE__ */ z.string().min(1),
  /** The bank it belongs to (中国农业银行 for 农业银行潍坊分行). */
  bank: /* @__PURE__ */ z.string().min(1).optional(),
  /** The GB/T 2260 code of the region it serves. */
  region: RegionCodeSchema,
  /** What kind of body it is. */
  kind: /* @__PURE__ */ z.enum(['bank', 'bank-branch', 'central-bank-branch', 'regulator', 'government', 'association']).optional(),
  /** The id of the institution it belongs to. */
  parent: /* @__PURE__ */ IdSchema.optional(),
  /** Other names the texts use for it. */
  aliases: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()).optional(),
  /** Row of 003's task table, for its 22 banks. */
  tableRow: /* @__PURE__ */ z.number().int().positive().optional(),
  /** A remark. */
  note: /* @__PURE__ */ z.string().optional(),
});
/**
 * A bank or branch the dataset names, with its aliases.
 *
 * @interface
 */
export type Institution = z.infer<typeof InstitutionSchema>;
