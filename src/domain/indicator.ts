import { z } from 'zod';
import { ArticleSchema } from './article.js';
import { IdSchema } from './primitives.js';
import { arrayArg, badArgument, stringArg } from '../errors/args.js';

/** The kinds of unit an indicator is stated in. */
export const UnitKindSchema = /* @__PURE__ */ z.enum(['money', 'percent', 'percentage-points', 'count', 'ratio', 'times', 'area', 'mass', 'duration', 'number']);
/** The kind of unit an indicator is stated in: money, percent, count … */
export type UnitKind = z.infer<typeof UnitKindSchema>;

/** The currency scope of a loan aggregate: renminbi only, or domestic and foreign currency. */
export const ScopeSchema = /* @__PURE__ */ z.enum(['人民币', '本外币']);

/** What an indicator follows: the body that defines it, its wording and thresholds. */
export const DefinitionSchema = /* @__PURE__ */ z.strictObject({
  /** The body or document that defines it. */
  source: /* @__PURE__ */ z.string().optional(),
  /** The definition as worded there. */
  text: /* @__PURE__ */ z.string().optional(),
  /** The threshold it sets (单户授信总额1000万元及以下). */
  threshold: /* @__PURE__ */ z.string().optional(),
});

/** Something the documents measure: 绿色贷款, 各项贷款, 存贷比 … */
export const IndicatorSchema = /* @__PURE__ */ z.strictObject({
  /** The indicator id (green-loans). */
  id: IdSchema,
  /** The article of finance it belongs to; null for general aggregates (各项贷款). */
  article: /* @__PURE__ */ ArticleSchema.nullable(),
  /** The Chinese name (绿色贷款). */
  name: /* @__PURE__ */ z.string().min(1),
  /** The English name. */
  nameEn: /* @__PURE__ */ z.string().min(1),
  /** Other names: simplified, traditional and English (绿色信贷, 綠色貸款, green credit). */
  aliases: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
  /** The kind of unit it is stated in. */
  unitKind: UnitKindSchema,
  /** Its official definition. */
  definition: /* @__PURE__ */ DefinitionSchema.optional(),
  /** The currency scope, when the catalog fixes one. */
  scope: /* @__PURE__ */ ScopeSchema.nullable().optional(),
  /** A remark. */
  note: /* @__PURE__ */ z.string().optional(),
  /**
   * The indicators it is a part of, by definition (科技型中小企业贷款 of 科技贷款, every loan of 各项贷款):
   * where both are stated for one holder and date, the part's balance is at most the whole's.
   */
  within: /* @__PURE__ */ z.array(IdSchema).optional(),
});
/**
 * An indicator of the catalog: id, article, kind of unit, aliases and official definition.
 *
 * @interface
 */
export type Indicator = z.infer<typeof IndicatorSchema>;

/**
 * Finds the indicator a name denotes, by id, name or alias (case-insensitive for English).
 *
 * @example
 * findIndicator(indicators, '綠色貸款')?.id // 'green-loans'
 */
export function findIndicator(catalog: readonly Indicator[], name: string): Indicator | undefined {
  arrayArg('findIndicator', catalog, ['catalog']);
  catalog.forEach((i, k) => {
    if (typeof i !== 'object' || i === null || typeof i.id !== 'string' || typeof i.name !== 'string' || !Array.isArray(i.aliases)) {
      throw badArgument('findIndicator', ['catalog', k], 'an Indicator { id, name, aliases }', i);
    }
  });
  stringArg('findIndicator', name, ['name']);
  const key = name.trim().toLowerCase();
  return catalog.find((i) => i.id === key || i.name === name.trim() || i.aliases.some((a) => a.toLowerCase() === key));
}
