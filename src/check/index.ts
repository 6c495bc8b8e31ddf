export { checkClaims } from './checkClaims.js';
export { CheckOptionsSchema, SumSpecSchema, BoundSpecSchema, IntervalOfOptionsSchema } from './options.js';
export type { CheckOptions, SumSpec, BoundSpec } from './options.js';
export type { Claim, ClaimSource, TargetClaim, FactClaim, PolicyTerm, Operator, LevelKind } from './claim.js';
export { checkTargets, goalInterval } from './checkTargets.js';
export type { TargetCheck, TargetStatus } from './report.js';
export type { CheckTargetsOptions } from './checkTargets.js';
export {
  REPORT_SCHEMA_ID,
  ReportSchema,
  ReportStatusSchema,
  ReportCountsSchema,
  CoverageSchema,
  VerdictSchema,
  FigureCheckSchema,
  RelationResultSchema,
  ConflictSchema,
  DisputedSchema,
  DisputedSideSchema,
  SuspectSchema,
  ExplanationSchema,
  NoticeSchema,
  UnparsedMentionSchema,
  ClaimSummarySchema,
  FactSummarySchema,
  FigureSummarySchema,
  TargetCheckSchema,
  TargetStatusSchema,
  IntervalJSONSchema,
} from './report.js';
export type {
  Report,
  ReportStatus,
  Coverage,
  Verdict,
  FigureCheck,
  RelationResult,
  Conflict,
  Suspect,
  Explanation,
  Notice,
  UnparsedMention,
  ClaimSummary,
  FactSummary,
  FigureSummary,
} from './report.js';
export { reportStatus, coverageOf, isUnreadFigure, isSkippedTableCell } from './status.js';
export type { CoverageInput } from './status.js';
export type { Lang } from './messages.js';
export { Network } from './network.js';
export type { NetworkOptions, Relation, RelationKind, Variable, VariableKind } from './network.js';
export { propagate } from './propagate.js';
export type { PropagateOptions, PropagationResult, Domains } from './propagate.js';
export { claimsFromDocument, checkDocument } from './fromDocument.js';
export type { DocumentClaims } from './fromDocument.js';
