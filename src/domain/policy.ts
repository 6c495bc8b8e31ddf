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
  name: z.string().min(1),
  figure: FigureTextSchema,
  basis: z.string().optional(),
  source: SourceRefSchema,
  note: z.string().optional(),
});
export type PolicyParameter = z.infer<typeof PolicyParameterSchema>;

/** A policy measure: who issued it, where, for which articles, with what instrument and figures. */
export const PolicyMeasureSchema = /* @__PURE__ */ z.strictObject({
  id: IdSchema,
  issuer: z.string().min(1),
  issuerInstitution: IdSchema.optional(),
  title: z.string().optional(),
  documentNumber: z.string().optional(),
  date: IsoDateSchema.optional(),
  region: RegionCodeSchema,
  articles: z.array(ArticleSchema),
  area: z.string().optional(),
  instrument: InstrumentSchema,
  instrumentNote: z.string().optional(),
  description: z.string().min(1),
  parameters: z.array(PolicyParameterSchema),
  source: SourceRefSchema.optional(),
  note: z.string().optional(),
});
export type PolicyMeasure = z.infer<typeof PolicyMeasureSchema>;
