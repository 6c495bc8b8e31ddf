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
  /** The document id (000 … 004). */
  id: /* @__PURE__ */ z.string().min(1),
  /** The file name of its text. */
  file: /* @__PURE__ */ z.string().optional(),
  /** null where the file prints none. */
  title: /* @__PURE__ */ z.string().min(1).nullable(),
  /** What it is about. */
  subject: /* @__PURE__ */ z.string().optional(),
  /** Its subtitle. */
  subtitle: /* @__PURE__ */ z.string().optional(),
  /** The year it was published. */
  year: /* @__PURE__ */ z.number().int().optional(),
  /** Its document number (〔2021〕1号). */
  documentNumber: /* @__PURE__ */ z.string().optional(),
  /** Who published it. */
  publisher: /* @__PURE__ */ z.string().nullable().optional(),
  /** Its authors. */
  authors: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()).optional(),
  /** The date it was published; null where it gives none. */
  date: /* @__PURE__ */ IsoDateSchema.nullable(),
  /** The GB/T 2260 code of the region it is about. */
  region: RegionCodeSchema,
  /** Its language: simplified or traditional Chinese, or English. */
  language: /* @__PURE__ */ z.enum(['zh-Hans', 'zh-Hant', 'en']),
  /** Whether it is a machine translation. */
  machineTranslation: /* @__PURE__ */ z.boolean(),
  /** "yi" where an English summary renders 亿元 as "billion yuan". */
  billionMeans: /* @__PURE__ */ z.enum(['billion', 'yi']).optional(),
  /** Remarks on the document. */
  notes: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()).optional(),
});
/**
 * A source document: its id, title, date, region, language and where it came from.
 *
 * @interface
 */
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;

/** Everything a document states, as structured data. */
export const DocumentDataSchema = /* @__PURE__ */ z.strictObject({
  /** The document itself. */
  document: SourceDocumentSchema,
  /** Its stated figures. */
  observations: /* @__PURE__ */ z.array(ObservationSchema),
  /** The policy measures it describes. */
  policyMeasures: /* @__PURE__ */ z.array(PolicyMeasureSchema),
  /** The goals it states. */
  targets: /* @__PURE__ */ z.array(TargetSchema),
  /** Its plan table, or null. */
  planTable: /* @__PURE__ */ PlanTableSchema.nullable(),
  /** The case studies it tells. */
  caseStudies: /* @__PURE__ */ z.array(CaseStudySchema),
});
/**
 * Everything the dataset encodes of one source document: observations, policies, goals, case studies, plan table.
 *
 * @interface
 */
export type DocumentData = z.infer<typeof DocumentDataSchema>;
