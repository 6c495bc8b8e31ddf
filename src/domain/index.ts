export { ArticleSchema, ArticleInfoSchema, ARTICLES } from './article.js';
export type { Article, ArticleInfo } from './article.js';
export { RegionSchema, RegionCodeSchema, RegionLevelSchema, RegionCatalogSchema, AmbiguousNameSchema, resolveRegion } from './region.js';
export type { Region, RegionCatalog, RegionLevel, AmbiguousName, ResolveRegionOptions } from './region.js';
export { InstitutionSchema } from './institution.js';
export type { Institution } from './institution.js';
export { IndicatorSchema, UnitKindSchema, ScopeSchema, DefinitionSchema, findIndicator } from './indicator.js';
export type { Indicator, UnitKind } from './indicator.js';
export {
  ObservationSchema,
  MeasureSchema,
  BasisSchema,
  HolderSchema,
  SourceRefSchema,
  observationDate,
  holderKey,
} from './observation.js';
export type { Observation, Measure, Basis, Holder, SourceRef } from './observation.js';
export { PolicyMeasureSchema, PolicyParameterSchema, InstrumentSchema } from './policy.js';
export type { PolicyMeasure, PolicyParameter, Instrument } from './policy.js';
export { TargetSchema } from './target.js';
export type { Target } from './target.js';
export { PlanTableSchema, PlanRowSchema, PlanCellsSchema } from './planTable.js';
export type { PlanTable, PlanRow } from './planTable.js';
export { CaseStudySchema, CaseFieldSchema } from './caseStudy.js';
export type { CaseStudy } from './caseStudy.js';
export { SourceDocumentSchema, DocumentDataSchema } from './sourceDocument.js';
export type { SourceDocument, DocumentData } from './sourceDocument.js';
export { LoanPortfolioSchema, loanPortfolio, implications } from './loanPortfolio.js';
export type { LoanPortfolio, Implication, ImplicationKind, LoanPortfolioOptions } from './loanPortfolio.js';
export { DecimalStringSchema, DecimalCodec, IsoDateSchema, PeriodSchema, FigureTextSchema, figureCodec, IdSchema } from './primitives.js';
export type { Period } from './primitives.js';
export { parseWith, safeParseWith } from './parse.js';
export { parseOptions, DateOptionSchema } from './options.js';
export type { Given } from './options.js';
