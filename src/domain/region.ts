import { z } from 'zod';
import { badArgument, optionsArg, stringArg, stringOption } from '../errors/args.js';
import { ErrorCode, WupianError, quote } from '../errors/WupianError.js';

/** Six-digit administrative division code of GB/T 2260. */
export const RegionCodeSchema = /* @__PURE__ */ z.string().regex(/^\d{6}$/, { message: 'Expected a six-digit GB/T 2260 code' });

/** The levels of an administrative division. */
export const RegionLevelSchema = /* @__PURE__ */ z.enum(['province', 'prefecture', 'district', 'county']);
/** The level of an administrative division. */
export type RegionLevel = z.infer<typeof RegionLevelSchema>;

/** An administrative region of GB/T 2260. */
export const RegionSchema = /* @__PURE__ */ z.strictObject({
  /** The six-digit GB/T 2260 code. */
  code: RegionCodeSchema,
  /** The Chinese name (潍坊市). */
  name: /* @__PURE__ */ z.string().min(1),
  /** The English name (Weifang). */
  nameEn: /* @__PURE__ */ z.string().min(1),
  /** province, prefecture, district or county. */
  level: RegionLevelSchema,
  /** The code of the region it lies in; null for a province. */
  parent: /* @__PURE__ */ RegionCodeSchema.nullable(),
  /** A remark. */
  note: /* @__PURE__ */ z.string().optional(),
});
/**
 * An administrative region of GB/T 2260: six-digit code, Chinese and English names, level and parent.
 *
 * @interface
 */
export type Region = z.infer<typeof RegionSchema>;

/** A name several regions share, such as 市中区. */
export const AmbiguousNameSchema = /* @__PURE__ */ z.strictObject({
  /** The shared name (市中区). */
  name: /* @__PURE__ */ z.string(),
  /** The codes it can mean. */
  codes: /* @__PURE__ */ z.array(RegionCodeSchema).min(2),
  /** The prefecture each code lies in, by code. */
  prefectures: /* @__PURE__ */ z.record(RegionCodeSchema, /* @__PURE__ */ z.string()).optional(),
  /** A remark. */
  note: /* @__PURE__ */ z.string().optional(),
});
/**
 * A name several regions share (市中区), with the codes it can mean.
 *
 * @interface
 */
export type AmbiguousName = z.infer<typeof AmbiguousNameSchema>;

/** The regions the dataset names, and the names they share. */
export const RegionCatalogSchema = /* @__PURE__ */ z.strictObject({
  /** The regions. */
  regions: /* @__PURE__ */ z.array(RegionSchema),
  /** The names several of them share. */
  ambiguousNames: /* @__PURE__ */ z.array(AmbiguousNameSchema),
});
/**
 * The regions the dataset names, and the names that are ambiguous among them.
 *
 * @interface
 */
export type RegionCatalog = z.infer<typeof RegionCatalogSchema>;

/** Options of {@link resolveRegion}. */
export interface ResolveRegionOptions {
  /** The code or name of the region it lies in: needed for names such as 市中区. */
  readonly parent?: string;
}

/**
 * Finds a region by code, Chinese or English name. A name several regions share is
 * resolved only with its parent: a bare 市中区 is an error, 枣庄市 + 市中区 is 370402.
 *
 * @example
 * resolveRegion(catalog, '潍坊市').code // '370700'
 * resolveRegion(catalog, '市中区', { parent: '枣庄市' }).code // '370402'
 * resolveRegion(catalog, '市中区') // throws WupianError { code: 'invalid_argument' }
 */
export function resolveRegion(catalog: RegionCatalog, nameOrCode: string, opts?: ResolveRegionOptions): Region {
  const c = catalog as Partial<RegionCatalog> | null;
  if (typeof c !== 'object' || c === null || !Array.isArray(c.regions) || !Array.isArray(c.ambiguousNames)) {
    throw badArgument('resolveRegion', ['catalog'], 'a region catalog { regions, ambiguousNames }', catalog);
  }
  stringArg('resolveRegion', nameOrCode, ['nameOrCode']);
  const options = optionsArg<ResolveRegionOptions>('resolveRegion', opts);
  stringOption('resolveRegion', options.parent, ['options', 'parent']);
  const parent = options.parent === undefined ? undefined : resolveRegion(catalog, options.parent);
  const matches = catalog.regions.filter(
    (r) => (r.code === nameOrCode || r.name === nameOrCode || r.nameEn === nameOrCode) && (!parent || r.parent === parent.code),
  );
  // Also match 枣庄市市中区 style full names.
  if (matches.length === 0 && !parent) {
    for (const r of catalog.regions) {
      const p = r.parent === null ? undefined : catalog.regions.find((x) => x.code === r.parent);
      if (p && `${p.name}${r.name}` === nameOrCode) matches.push(r);
    }
  }
  const ambiguous = catalog.ambiguousNames.find((a) => a.name === nameOrCode);
  if (ambiguous && !parent) {
    throw new WupianError(
      ErrorCode.InvalidArgument,
      `${quote(nameOrCode)} names several regions (${ambiguous.codes.join(', ')}); give its parent, e.g. { parent: '枣庄市' }.`,
      { input: nameOrCode },
    );
  }
  const [only] = matches;
  if (!only || matches.length > 1) {
    throw new WupianError(
      ErrorCode.InvalidArgument,
      matches.length > 1 ? `${quote(nameOrCode)} names several regions.` : `No region ${quote(nameOrCode)} is known.`,
      { input: nameOrCode },
    );
  }
  return only;
}
