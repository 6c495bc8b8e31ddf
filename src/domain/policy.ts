import { z } from 'zod';
import { ArticleSchema } from './article.js';
import { IdSchema, IsoDateSchema, FigureTextSchema } from './primitives.js';
import { RegionCodeSchema } from './region.js';
import { SourceRefSchema } from './observation.js';

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
export type Instrument = z.infer<typeof InstrumentSchema>;

/** One figure of a measure: 2% of the loan amount, a cap of 2000万元, a share of at least 80%. */
export const PolicyParameterSchema = /* @__PURE__ */ z.strictObject({
  name: /* @__PURE__ */ z.string().min(1),
  figure: FigureTextSchema,
  basis: /* @__PURE__ */ z.string().optional(),
  source: SourceRefSchema,
  note: /* @__PURE__ */ z.string().optional(),
});
export type PolicyParameter = z.infer<typeof PolicyParameterSchema>;

/** A policy measure: who issued it, where, for which articles, with what instrument and figures. */
export const PolicyMeasureSchema = /* @__PURE__ */ z.strictObject({
  id: IdSchema,
  issuer: /* @__PURE__ */ z.string().min(1),
  issuerInstitution: /* @__PURE__ */ IdSchema.optional(),
  title: /* @__PURE__ */ z.string().optional(),
  documentNumber: /* @__PURE__ */ z.string().optional(),
  date: /* @__PURE__ */ IsoDateSchema.optional(),
  region: RegionCodeSchema,
  articles: /* @__PURE__ */ z.array(ArticleSchema),
  area: /* @__PURE__ */ z.string().optional(),
  instrument: InstrumentSchema,
  instrumentNote: /* @__PURE__ */ z.string().optional(),
  description: /* @__PURE__ */ z.string().min(1),
  parameters: /* @__PURE__ */ z.array(PolicyParameterSchema),
  source: /* @__PURE__ */ SourceRefSchema.optional(),
  note: /* @__PURE__ */ z.string().optional(),
});
export type PolicyMeasure = z.infer<typeof PolicyMeasureSchema>;
