import indicatorsJson from '../../../data/indicators.json' with { type: 'json' };
import { type Hit, Trie } from './trie.js';

/** What the indicator catalog says of an id. */
export interface CatalogEntry {
  readonly id: string;
  readonly name: string;
  readonly unitKind: string;
  readonly article: string | null;
}

/** A catalog name found in a text; a `stem` (高新技术企业 for 高新技术企业贷款) only stands for its indicator inside a list. */
export interface CatalogName {
  readonly id: string;
  readonly stem: boolean;
}

/** The ids of some catalog entries the extractor names itself. */
export const TOTAL_LOANS = 'total-loans';

// Names too generic to stand for an indicator when found alone in running text; as a whole
// subject phrase (辖区贷款余额 → 贷款) they still name it.
const TOO_GENERIC = new Set(['贷款', 'top fifty', '养老资金', '全国普惠金融示范区', '科技支行']);

interface Built {
  readonly names: Trie<CatalogName>;
  readonly generic: Trie<CatalogName>;
  readonly exact: Map<string, string>;
  readonly entries: Map<string, CatalogEntry>;
}

let built: Built | null = null;

// Names compare without quotes (专精特新“小巨人”企业贷款 = 专精特新小巨人企业贷款) and, in English, in lower case.
const keyOf = (name: string): string => (/[A-Za-z]/.test(name) ? name.toLowerCase() : name).replace(/[“”"'「」『』]/g, '');

function build(): Built {
  const names = new Trie<CatalogName>();
  const generic = new Trie<CatalogName>();
  const exact = new Map<string, string>();
  const entries = new Map<string, CatalogEntry>();
  // A full name beats a stem of another indicator with the same text.
  const keep = (old: CatalogName, added: CatalogName): CatalogName => (old.stem && !added.stem ? added : old);
  for (const i of indicatorsJson as { id: string; name: string; nameEn?: string; aliases: string[]; unitKind: string; article: string | null }[]) {
    entries.set(i.id, { id: i.id, name: i.name, unitKind: i.unitKind, article: i.article });
    // The English name as the catalog gives it, without its note: "inclusive small and micro loans (PBoC)".
    const english = i.nameEn?.endsWith(')') ? i.nameEn.slice(0, i.nameEn.lastIndexOf('(')).trim() : i.nameEn;
    for (const name of [i.name, ...(english ? [english] : []), ...i.aliases]) {
      const key = keyOf(name);
      const raw = /[A-Za-z]/.test(name) ? name.toLowerCase() : name;
      if (!exact.has(key)) exact.set(key, i.id);
      if (TOO_GENERIC.has(name)) {
        generic.add(raw, { id: i.id, stem: false }, keep);
        continue;
      }
      // Found in running text as printed, quotes and all.
      for (const form of new Set([raw, key])) {
        names.add(form, { id: i.id, stem: false }, keep);
        // 高新技术企业贷款 → 高新技术企业, for lists such as 高新技术企业、科技型中小企业…贷款余额分别为
        if (form.endsWith('贷款') && form.length > 4) names.add(form.slice(0, -2), { id: i.id, stem: true }, keep);
      }
    }
  }
  exact.set('各项贷款', TOTAL_LOANS);
  return { names, generic, exact, entries };
}

function catalog(): Built {
  built ??= build();
  return built;
}

/** Catalog names (simplified and English) found in a text, longest first, left to right. */
export function findCatalogNames(text: string): Hit<CatalogName>[] {
  return catalog().names.scan(text, true);
}

/** Names too generic to stand alone (全国普惠金融示范区, top fifty), in a short stretch where a pattern makes them one. */
export function findGenericNames(text: string): Hit<CatalogName>[] {
  return catalog().generic.scan(text, true);
}

/**
 * The catalog's id for a whole subject phrase (scope and holder words already left out):
 * 绿色贷款 → green-loans; 交通运输、仓储和邮政业绿色贷款 → green-loans with the part
 * 交通运输、仓储和邮政业, an industry's green loans being their own quantity. Undefined when
 * the catalog has no name the phrase is or ends with.
 *
 * @example
 * lookupSubject('科技型中小企业贷款') // { id: 'tech-sme-loans' }
 * lookupSubject('单位绿色贷款') // { id: 'green-loans', part: '单位' }
 */
export function lookupSubject(phrase: string): { id: string; part?: string } | undefined {
  const { exact, names } = catalog();
  const key = keyOf(phrase);
  const id = exact.get(key);
  if (id) return { id };
  // The longest catalog name the phrase ends with: what is before it is a sub-population —
  // unless it is a verb's doing (机构通过协调机制累计授信 is 协调机制累计授信).
  for (let i = 1; i < key.length - 1; i++) {
    const hit = names.matchAt(key, i);
    if (hit && hit.end === key.length && !hit.value.stem) {
      const part = trimEnd(key.slice(0, i), '的之和及、, ');
      if (part.length === 0 || VERB_BEFORE.test(part)) return { id: hit.value.id };
      return { id: hit.value.id, part };
    }
  }
  return undefined;
}

// Words that make what stands before a catalog name an action, not a sub-population.
const VERB_BEFORE = /通过|依托|借助|利用|实现|设立|开展|落实|推出|创新|发放|投放|提供|给予|配备|打造|建立|上线|对|向|为|获得|新增|累计|其中|此外|全国|我国|全省|全市|辖区|辖内|本行|我行|\b(?:new|the|of|for|to|in)\b/i;

/** What the catalog says of an id, if it has it. */
export function catalogEntry(id: string): CatalogEntry | undefined {
  return catalog().entries.get(id);
}

/** The kind of unit of a catalog indicator (money, percent, ratio, count …). */
export function indicatorUnitKind(id: string): string | undefined {
  return catalog().entries.get(id)?.unitKind;
}

let names: Readonly<Record<string, string>> | null = null;

/** Chinese names of the catalog's indicators by id, for messages in Chinese. (Frozen: the same object every call, which the checker validates once.) */
export function indicatorNames(): Readonly<Record<string, string>> {
  names ??= Object.freeze(Object.fromEntries([...catalog().entries.values()].map((e) => [e.id, e.name])));
  return names;
}

let wholes: Readonly<Record<string, readonly string[]>> | undefined;

/** The indicators each indicator of the catalog is a part of (its `within`), for the checker's part ≤ whole. (Frozen, its lists too: the same object every call, which the checker validates once.) */
export function indicatorWholes(): Readonly<Record<string, readonly string[]>> {
  wholes ??= Object.freeze(
    Object.fromEntries(
      (indicatorsJson as { id: string; within?: string[] }[]).filter((i) => i.within !== undefined).map((i) => [i.id, Object.freeze([...(i.within as string[])])]),
    ),
  );
  return wholes;
}

/** A text without the characters of `chars` at its end (linear, unlike a regular expression's `[…]+$`). */
export function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1] as string)) end--;
  return text.slice(0, end);
}
