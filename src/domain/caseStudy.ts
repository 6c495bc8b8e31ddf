import { z } from 'zod';
import { ArticleSchema } from './article.js';
import { SourceRefSchema } from './observation.js';
import { IdSchema, FigureTextSchema } from './primitives.js';

/** One stated fact of a case: the credit line, the amount disbursed, the turnaround time. */
export const CaseFieldSchema = /* @__PURE__ */ z.strictObject({
  name: z.string().min(1),
  figure: FigureTextSchema,
  date: z.string().optional(),
  source: SourceRefSchema,
  note: z.string().optional(),
});

/** A bank's case study: who lent what to whom, on what security, how fast. */
export const CaseStudySchema = /* @__PURE__ */ z.strictObject({
  id: IdSchema,
  /** null where the text names no single bank (潍坊多家银行机构). */
  bank: IdSchema.nullable(),
  borrower: z.string().min(1),
  /** false when `borrower` describes the customers rather than naming one. */
  borrowerNamed: z.boolean().optional(),
  project: z.string().optional(),
  section: z.string().optional(),
  region: z.string().optional(),
  product: z.string().optional(),
  articles: z.array(ArticleSchema),
  date: z.string().optional(),
  collateral: z.string().optional(),
  fields: z.array(CaseFieldSchema),
  /** Ids of observations the case's figures are also recorded as. */
  observations: z.array(IdSchema).optional(),
  source: SourceRefSchema.optional(),
  note: z.string().optional(),
});
export type CaseStudy = z.infer<typeof CaseStudySchema>;

