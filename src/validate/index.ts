/**
 * Measure wupian on your own labelled texts: the corpus format (its zod schema is the
 * source of `schemas/corpus.schema.json`), `validate` that scores a corpus, and the table
 * and miss list `wupian validate` prints.
 */
export {
  CorpusSchema,
  CorpusPassageSchema,
  CorpusFigureSchema,
  CorpusRelationSchema,
  CorpusRelationKindSchema,
  CorpusMeasureSchema,
  CorpusBasisSchema,
  CorpusQualifierSchema,
  CorpusDateSchema,
  RELATION_ROLES,
  passageOptions,
} from './corpus.js';
export type { PassageOptions, RelationRoles } from './corpus.js';
export type { Corpus, CorpusPassage, CorpusFigure, CorpusRelation, CorpusRelationKind, CorpusMeasure } from './corpus.js';
export { validate, summarize } from './validate.js';
export { checkPassage } from './checkPassage.js';
export type { ExpectationCount } from './validate.js';
export type { Scores, ValidationReport, ValidateOptions } from './validate.js';
export { scorePassage, locateFigures } from './score.js';
export type { Located } from './locate.js';
export type { StrayClaim, PassageScore, FigureScore, RelationScore, Placement, Attribute, LibraryVerdict } from './score.js';
export { structureProblems, relationFigureIds } from './structure.js';
export type { StructureProblem } from './structure.js';
export { missesOf } from './misses.js';
export type { Miss } from './misses.js';
export { formatScores, percentOf, SCORE_LEGEND } from './format.js';
export type { ScoreColumn } from './format.js';
