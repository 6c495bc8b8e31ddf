/**
 * The text layer of the extractor: normalization with a position map, numeric mentions,
 * as-of dates and clauses. It is the only part of wupian that loads OpenCC.
 */
export { normalizeText } from './normalizeText.js';
export type { NormalizedText } from './normalizeText.js';
export { findMentions } from './findMentions.js';
export type { FindMentionsOptions } from './findMentions.js';
export { isFigureMention } from './mention.js';
export type { Mention, MentionKind, FigureMention, TimeMention, OtherMention } from './mention.js';
export { parseAsOf } from './parseDate.js';
export type { AsOf, ParseAsOfOptions } from './parseDate.js';
export { splitClauses } from './splitClauses.js';
export type { Clause } from './splitClauses.js';
export { extractClaims } from './extractClaims.js';
export type { Extraction } from './extractClaims.js';
export { ExtractOptionsSchema, CheckTextOptionsSchema } from './options.js';
export type { ExtractOptions, CheckTextOptions } from './options.js';
export { checkText } from './checkText.js';
export { notText } from './binary.js';
export { regionByCode, RegionCodeOptionSchema } from '../domain/gbt2260.js';
export type { Gbt2260Region } from '../domain/gbt2260.js';
export { readTables } from './readTables.js';
export type { TableReading, ReadTablesOptions } from './readTables.js';
export { guessRegion, guessDocumentDate } from './guess.js';
export { UNPARSED_CODES } from '../check/unparsed.js';
export type { UnparsedCode } from '../check/unparsed.js';
export { extractionToJSON, ExtractionJSONSchema, ClaimJSONSchema, TargetJSONSchema, FactJSONSchema, FigureJSONSchema, EXTRACTION_SCHEMA_ID } from './json.js';
export type { ExtractionJSON } from './json.js';
