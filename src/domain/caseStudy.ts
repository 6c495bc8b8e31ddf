import { z } from 'zod';
import { ArticleSchema } from './article.js';
import { SourceRefSchema } from './observation.js';
import { IdSchema, FigureTextSchema } from './primitives.js';

/** One stated fact of a case: the credit line, the amount disbursed, the turnaround time. */
export const CaseFieldSchema = /* @__PURE__ */ z.strictObject({
  name: /* @__PURE__ */ z.string().min(1),
  figure: FigureTextSchema,
  date: /* @__PURE__ */ z.string().optional(),
  source: SourceRefSchema,
  note: /* @__PURE__ */ z.string().optional(),
});

/** A bank's case study: who lent what to whom, on what security, how fast. */
export const CaseStudySchema = /* @__PURE__ */ z.strictObject({
  id: IdSchema,
  /** null where the text names no single bank (潍坊多家银行机构). */
  bank: /* @__PURE__ */ IdSchema.nullable(),
  borrower: /* @__PURE__ */ z.string().min(1),
  /** false when `borrower` describes the customers rather than naming one. */
  borrowerNamed: /* @__PURE__ */ z.boolean().optional(),
  project: /* @__PURE__ */ z.string().optional(),
  section: /* @__PURE__ */ z.string().optional(),
  region: /* @__PURE__ */ z.string().optional(),
  product: /* @__PURE__ */ z.string().optional(),
  articles: /* @__PURE__ */ z.array(ArticleSchema),
  date: /* @__PURE__ */ z.string().optional(),
  collateral: /* @__PURE__ */ z.string().optional(),
  fields: /* @__PURE__ */ z.array(CaseFieldSchema),
  /** Ids of observations the case's figures are also recorded as. */
  observations: /* @__PURE__ */ z.array(IdSchema).optional(),
  source: /* @__PURE__ */ SourceRefSchema.optional(),
  note: /* @__PURE__ */ z.string().optional(),
});
export type CaseStudy = z.infer<typeof CaseStudySchema>;

