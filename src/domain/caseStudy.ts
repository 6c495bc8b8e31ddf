import { z } from 'zod';
import { ArticleSchema } from './article.js';
import { SourceRefSchema } from './observation.js';
import { IdSchema, FigureTextSchema } from './primitives.js';

/** One stated fact of a case: the credit line, the amount disbursed, the turnaround time. */
export const CaseFieldSchema = /* @__PURE__ */ z.strictObject({
  /** What the figure is (credit line, disbursed, turnaround time …). */
  name: /* @__PURE__ */ z.string().min(1),
  /** The figure as the text prints it ("3000万元"). */
  figure: FigureTextSchema,
  /** The date it stands at, when the text gives one. */
  date: /* @__PURE__ */ z.string().optional(),
  /** The excerpt that states it. */
  source: SourceRefSchema,
  /** A remark on how it was read. */
  note: /* @__PURE__ */ z.string().optional(),
});

/** A bank's case study: who lent what to whom, on what security, how fast. */
export const CaseStudySchema = /* @__PURE__ */ z.strictObject({
  /** The case id. */
  id: IdSchema,
  /** null where the text names no single bank (潍坊多家银行机构). */
  bank: /* @__PURE__ */ IdSchema.nullable(),
  /** The borrower, as the text names or describes it. */
  borrower: /* @__PURE__ */ z.string().min(1),
  /** false when `borrower` describes the customers rather than naming one. */
  borrowerNamed: /* @__PURE__ */ z.boolean().optional(),
  /** The project financed, when named. */
  project: /* @__PURE__ */ z.string().optional(),
  /** The section of the document the case is in. */
  section: /* @__PURE__ */ z.string().optional(),
  /** Where the case takes place, as the text says. */
  region: /* @__PURE__ */ z.string().optional(),
  /** The loan product (科技贷, 碳排放权质押贷款 …). */
  product: /* @__PURE__ */ z.string().optional(),
  /** The articles of finance the case serves. */
  articles: /* @__PURE__ */ z.array(ArticleSchema),
  /** The date of the case, when the text gives one. */
  date: /* @__PURE__ */ z.string().optional(),
  /** What secures the loan (专利权质押, 信用 …). */
  collateral: /* @__PURE__ */ z.string().optional(),
  /** The figures of the case, each with its excerpt. */
  fields: /* @__PURE__ */ z.array(CaseFieldSchema),
  /** Ids of observations the case's figures are also recorded as. */
  observations: /* @__PURE__ */ z.array(IdSchema).optional(),
  /** The passage that tells the case. */
  source: /* @__PURE__ */ SourceRefSchema.optional(),
  /** A remark on how it was read. */
  note: /* @__PURE__ */ z.string().optional(),
});
/**
 * A bank's case study: bank, borrower, product, amounts and dates, each figure with its excerpt.
 *
 * @interface
 */
export type CaseStudy = z.infer<typeof CaseStudySchema>;

