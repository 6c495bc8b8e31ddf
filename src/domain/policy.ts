import { z } from 'zod';
import { ArticleSchema } from './article.js';
import { IdSchema, IsoDateSchema, FigureTextSchema } from './primitives.js';
import { RegionCodeSchema } from './region.js';
import { SourceRefSchema } from './observation.js';

/** The kinds of policy measure. */
export const InstrumentSchema = /* @__PURE__ */ z.enum([
  'interest-subsidy',
  'guarantee',
  'reward',
  'subsidy',
  'fund',
  'risk-compensation',
  'insurance-subsidy',
  'fee-reduction',
  'mechanism',
  'package',
  'other',
]);
/** The kind of a policy measure: interest subsidy, guarantee, reward, fund, risk compensation … */
export type Instrument = z.infer<typeof InstrumentSchema>;

/** One figure of a measure: 2% of the loan amount, a cap of 2000万元, a share of at least 80%. */
export const PolicyParameterSchema = /* @__PURE__ */ z.strictObject({
  /** What the figure is (贴息比例, 单户最高 …). */
  name: /* @__PURE__ */ z.string().min(1),
  /** The figure as the text prints it. */
  figure: FigureTextSchema,
  /** What it is a share or a cap of (贷款额). */
  basis: /* @__PURE__ */ z.string().optional(),
  /** The excerpt that states it. */
  source: SourceRefSchema,
  /** A remark. */
  note: /* @__PURE__ */ z.string().optional(),
});
/**
 * A parameter of a policy measure (a rate, a cap, a count) with the excerpt that states it.
 *
 * @interface
 */
export type PolicyParameter = z.infer<typeof PolicyParameterSchema>;

/** A policy measure: who issued it, where, for which articles, with what instrument and figures. */
export const PolicyMeasureSchema = /* @__PURE__ */ z.strictObject({
  /** The measure id. */
  id: IdSchema,
  /** Who issued it, as the text names it. */
  issuer: /* @__PURE__ */ z.string().min(1),
  /** The issuer's institution id, when the catalog has it. */
  issuerInstitution: /* @__PURE__ */ IdSchema.optional(),
  /** The title of the document that sets it. */
  title: /* @__PURE__ */ z.string().optional(),
  /** Its document number (〔2021〕1号). */
  documentNumber: /* @__PURE__ */ z.string().optional(),
  /** The date it was issued. */
  date: /* @__PURE__ */ IsoDateSchema.optional(),
  /** The GB/T 2260 code of the region it applies to. */
  region: RegionCodeSchema,
  /** The articles of finance it serves. */
  articles: /* @__PURE__ */ z.array(ArticleSchema),
  /** What it supports, in the text's words. */
  area: /* @__PURE__ */ z.string().optional(),
  /** What kind of measure it is. */
  instrument: InstrumentSchema,
  /** More on the instrument. */
  instrumentNote: /* @__PURE__ */ z.string().optional(),
  /** The measure in a sentence. */
  description: /* @__PURE__ */ z.string().min(1),
  /** Its figures (rates, caps, counts). */
  parameters: /* @__PURE__ */ z.array(PolicyParameterSchema),
  /** The passage that states it. */
  source: /* @__PURE__ */ SourceRefSchema.optional(),
  /** A remark. */
  note: /* @__PURE__ */ z.string().optional(),
});
/**
 * A policy measure: issuer, document number, date, region, articles, instrument and parameters.
 *
 * @interface
 */
export type PolicyMeasure = z.infer<typeof PolicyMeasureSchema>;
