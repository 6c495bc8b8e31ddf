import { z } from 'zod';
import { IdSchema } from './primitives.js';
import { RegionCodeSchema } from './region.js';

/** A bank or one of its branches, and the region it serves. */
export const InstitutionSchema = /* @__PURE__ */ z.strictObject({
  id: IdSchema,
  name: /* @__PURE__ */ z.string().min(1),
  nameEn: /* @__PURE__ */ z.string().min(1),
  /** The bank it belongs to (中国农业银行 for 农业银行潍坊分行). */
  bank: /* @__PURE__ */ z.string().min(1).optional(),
  region: RegionCodeSchema,
  kind: /* @__PURE__ */ z.enum(['bank', 'bank-branch', 'central-bank-branch', 'regulator', 'government', 'association']).optional(),
  parent: /* @__PURE__ */ IdSchema.optional(),
  aliases: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()).optional(),
  /** Row of 003's task table, for its 22 banks. */
  tableRow: /* @__PURE__ */ z.number().int().positive().optional(),
  note: /* @__PURE__ */ z.string().optional(),
});
export type Institution = z.infer<typeof InstitutionSchema>;
