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
  id: z.string().min(1),
  file: z.string().optional(),
  /** null where the file prints none. */
  title: z.string().min(1).nullable(),
  subject: z.string().optional(),
  subtitle: z.string().optional(),
  year: z.number().int().optional(),
  documentNumber: z.string().optional(),
  publisher: z.string().nullable().optional(),
  authors: z.array(z.string()).optional(),
  date: IsoDateSchema.nullable(),
  region: RegionCodeSchema,
  language: z.enum(['zh-Hans', 'zh-Hant', 'en']),
  machineTranslation: z.boolean(),
  /** "yi" where an English summary renders 亿元 as "billion yuan". */
  billionMeans: z.enum(['billion', 'yi']).optional(),
  notes: z.array(z.string()).optional(),
});
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;

/** Everything a document states, as structured data. */
export const DocumentDataSchema = /* @__PURE__ */ z.strictObject({
  document: SourceDocumentSchema,
  observations: z.array(ObservationSchema),
  policyMeasures: z.array(PolicyMeasureSchema),
  targets: z.array(TargetSchema),
  planTable: PlanTableSchema.nullable(),
  caseStudies: z.array(CaseStudySchema),
});
export type DocumentData = z.infer<typeof DocumentDataSchema>;
