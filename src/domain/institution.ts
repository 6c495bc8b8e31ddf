import { z } from 'zod';
import { IdSchema } from './primitives.js';
import { RegionCodeSchema } from './region.js';

/** A bank or one of its branches, and the region it serves. */
export const InstitutionSchema = /* @__PURE__ */ z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  nameEn: z.string().min(1),
  /** The bank it belongs to (中国农业银行 for 农业银行潍坊分行). */
  bank: z.string().min(1).optional(),
  region: RegionCodeSchema,
  kind: z.enum(['bank', 'bank-branch', 'central-bank-branch', 'regulator', 'government', 'association']).optional(),
  parent: IdSchema.optional(),
  aliases: z.array(z.string()).optional(),
  /** Row of 003's task table, for its 22 banks. */
  tableRow: z.number().int().positive().optional(),
  note: z.string().optional(),
});
export type Institution = z.infer<typeof InstitutionSchema>;
