import { z } from 'zod';
import { CaseStudySchema } from './caseStudy.js';
import { ObservationSchema } from './observation.js';
import { PlanTableSchema } from './planTable.js';
import { PolicyMeasureSchema } from './policy.js';
import { IsoDateSchema } from './primitives.js';
import { RegionCodeSchema } from './region.js';
import { TargetSchema } from './target.js';

/** A source document: what it is, and whether it is a machine translation. */
export const SourceDocumentSchema = /* @__PURE__ */ z.strictObject({
  id: /* @__PURE__ */ z.string().min(1),
  file: /* @__PURE__ */ z.string().optional(),
  /** null where the file prints none. */
  title: /* @__PURE__ */ z.string().min(1).nullable(),
  subject: /* @__PURE__ */ z.string().optional(),
  subtitle: /* @__PURE__ */ z.string().optional(),
  year: /* @__PURE__ */ z.number().int().optional(),
  documentNumber: /* @__PURE__ */ z.string().optional(),
  publisher: /* @__PURE__ */ z.string().nullable().optional(),
  authors: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()).optional(),
  date: /* @__PURE__ */ IsoDateSchema.nullable(),
  region: RegionCodeSchema,
  language: /* @__PURE__ */ z.enum(['zh-Hans', 'zh-Hant', 'en']),
  machineTranslation: /* @__PURE__ */ z.boolean(),
  /** "yi" where an English summary renders 亿元 as "billion yuan". */
  billionMeans: /* @__PURE__ */ z.enum(['billion', 'yi']).optional(),
  notes: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()).optional(),
});
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;

/** Everything a document states, as structured data. */
export const DocumentDataSchema = /* @__PURE__ */ z.strictObject({
  document: SourceDocumentSchema,
  observations: /* @__PURE__ */ z.array(ObservationSchema),
  policyMeasures: /* @__PURE__ */ z.array(PolicyMeasureSchema),
  targets: /* @__PURE__ */ z.array(TargetSchema),
  planTable: /* @__PURE__ */ PlanTableSchema.nullable(),
  caseStudies: /* @__PURE__ */ z.array(CaseStudySchema),
});
export type DocumentData = z.infer<typeof DocumentDataSchema>;
