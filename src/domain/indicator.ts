import { z } from 'zod';
import { ArticleSchema } from './article.js';
import { IdSchema } from './primitives.js';
import { arrayArg, badArgument, stringArg } from '../errors/args.js';

export const UnitKindSchema = /* @__PURE__ */ z.enum(['money', 'percent', 'percentage-points', 'count', 'ratio', 'times', 'area', 'mass', 'duration', 'number']);
export type UnitKind = z.infer<typeof UnitKindSchema>;

/** The currency scope of a loan aggregate: renminbi only, or domestic and foreign currency. */
export const ScopeSchema = /* @__PURE__ */ z.enum(['人民币', '本外币']);

/** What an indicator follows: the body that defines it, its wording and thresholds. */
export const DefinitionSchema = /* @__PURE__ */ z.strictObject({
  source: /* @__PURE__ */ z.string().optional(),
  text: /* @__PURE__ */ z.string().optional(),
  threshold: /* @__PURE__ */ z.string().optional(),
});

/** Something the documents measure: 绿色贷款, 各项贷款, 存贷比 … */
export const IndicatorSchema = /* @__PURE__ */ z.strictObject({
  id: IdSchema,
  article: /* @__PURE__ */ ArticleSchema.nullable(),
  name: /* @__PURE__ */ z.string().min(1),
  nameEn: /* @__PURE__ */ z.string().min(1),
  /** Other names: simplified, traditional and English (绿色信贷, 綠色貸款, green credit). */
  aliases: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
  unitKind: UnitKindSchema,
  definition: /* @__PURE__ */ DefinitionSchema.optional(),
  scope: /* @__PURE__ */ ScopeSchema.nullable().optional(),
  note: /* @__PURE__ */ z.string().optional(),
});
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
