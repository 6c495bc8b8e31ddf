export { checkClaims } from './checkClaims.js';
export type { CheckOptions, SumSpec } from './checkClaims.js';
export type { Claim, ClaimSource, TargetClaim, FactClaim } from './claim.js';
export { checkTargets, goalInterval } from './checkTargets.js';
export type { TargetCheck, TargetStatus, CheckTargetsOptions } from './checkTargets.js';
export type {
  Report,
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
} from './report.js';
export type { Lang } from './messages.js';
export { Network } from './network.js';
export { propagate } from './propagate.js';
export { claimsFromDocument, checkDocument } from './fromDocument.js';
export type { DocumentClaims } from './fromDocument.js';
