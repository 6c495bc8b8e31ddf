import indicatorsJson from '../../data/indicators.json' with { type: 'json' };
import institutionsJson from '../../data/institutions.json' with { type: 'json' };
import regionsJson from '../../data/regions.json' with { type: 'json' };

/** A name found in a text: an indicator or an institution, with where it stands. */
export interface NameHit {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  /** A list stem (高新技术企业 for 高新技术企业贷款): only used inside a 分别 list. */
  readonly stem: boolean;
}

interface Entry {
  readonly id: string;
  readonly stem: boolean;
}

// A trie over names, so every position is matched against all names in one walk: the
// longest name wins, and the cost is linear in the text times the longest name.
class Trie {
  // Keyed by UTF-16 code unit: no one-character strings on the hot path.
  private readonly root = new Map<number, TrieNode>();

  add(name: string, entry: Entry): void {
    let level = this.root;
    let node: TrieNode | undefined;
    for (let k = 0; k < name.length; k++) {
      const code = name.charCodeAt(k);
      node = level.get(code);
      if (!node) {
        node = { next: new Map(), entry: null };
        level.set(code, node);
      }
      level = node.next;
    }
    // A full name beats a stem of another indicator with the same text.
    if (node && (!node.entry || (node.entry.stem && !entry.stem))) node.entry = entry;
  }

  /** All non-overlapping longest matches, left to right. */
  scan(text: string, lower: boolean): NameHit[] {
    const hits: NameHit[] = [];
    const s = lower ? text.toLowerCase() : text;
    let i = 0;
    while (i < s.length) {
      if (!this.root.has(s.charCodeAt(i))) {
        i++;
        continue;
      }
      let level = this.root;
      let best: { entry: Entry; end: number } | null = null;
      for (let j = i; j < s.length; j++) {
        const node = level.get(s.charCodeAt(j));
        if (!node) break;
        if (node.entry) best = { entry: node.entry, end: j + 1 };
        level = node.next;
      }
      if (best) {
        hits.push({ id: best.entry.id, start: i, end: best.end, stem: best.entry.stem });
        i = best.end;
      } else i++;
    }
    return hits;
  }
}

interface TrieNode {
  readonly next: Map<number, TrieNode>;
  entry: Entry | null;
}

// Names too generic to stand for an indicator on their own in running text.
const TOO_GENERIC = new Set(['贷款', 'top fifty', '养老资金', '全国普惠金融示范区', '科技支行']);

function build(): { indicators: Trie; generic: Trie; institutions: Trie } {
  const indicators = new Trie();
  const generic = new Trie();
  for (const i of indicatorsJson as { id: string; name: string; aliases: string[] }[]) {
    for (const name of [i.name, ...i.aliases]) {
      if (TOO_GENERIC.has(name)) {
        generic.add(/[A-Za-z]/.test(name) ? name.toLowerCase() : name, { id: i.id, stem: false });
        continue;
      }
      const key = /[A-Za-z]/.test(name) ? name.toLowerCase() : name;
      indicators.add(key, { id: i.id, stem: false });
      // 高新技术企业贷款 → 高新技术企业, for lists such as 高新技术企业、科技型中小企业…贷款余额分别为
      if (key.endsWith('贷款') && key.length > 4) indicators.add(key.slice(0, -2), { id: i.id, stem: true });
    }
  }
  const institutions = new Trie();
  for (const i of institutionsJson as { id: string; name: string; aliases?: string[]; kind?: string }[]) {
    if (i.kind === 'regulator' || i.kind === 'government' || i.kind === 'association' || i.kind === 'central-bank-branch') continue;
    for (const name of [i.name, ...(i.aliases ?? [])]) {
      if (name.startsWith('该行')) continue;
      institutions.add(name, { id: i.id, stem: false });
    }
  }
  return { indicators, generic, institutions };
}

let built: ReturnType<typeof build> | null = null;

/** Indicator names (simplified, traditional after conversion, English) found in a text. */
export function findIndicators(text: string): NameHit[] {
  built ??= build();
  return built.indicators.scan(text, true);
}

/**
 * Names too generic to stand for an indicator alone (全国普惠金融示范区, top fifty), found
 * in a short stretch where a pattern makes them one (连续两年获评全国普惠金融示范区).
 */
export function findGenericIndicators(text: string): NameHit[] {
  built ??= build();
  return built.generic.scan(text, true);
}

let unitKinds: Map<string, string> | null = null;

/** The kind of unit of a catalog indicator (money, percent, ratio, count …). */
export function indicatorUnitKind(id: string): string | undefined {
  unitKinds ??= new Map((indicatorsJson as { id: string; unitKind: string }[]).map((i) => [i.id, i.unitKind]));
  return unitKinds.get(id);
}

let names: Record<string, string> | null = null;

/** Chinese names of the catalog's indicators by id, for messages in Chinese. */
export function indicatorNames(): Readonly<Record<string, string>> {
  names ??= Object.fromEntries((indicatorsJson as { id: string; name: string }[]).map((i) => [i.id, i.name]));
  return names;
}

/** Bank and branch names found in a text. */
export function findInstitutions(text: string): NameHit[] {
  built ??= build();
  // 潍坊银行业 is the banking sector of Weifang, not 潍坊银行.
  return built.institutions.scan(text, false).filter((h) => text[h.end] !== '业');
}

/** A place a text names as the subject of its figures: a region of the catalog, or a city it lacks (济南市). */
export interface PlaceHit {
  readonly start: number;
  readonly end: number;
  /** 'region:370700', or 'place:济南市' for a place the catalog does not hold. */
  readonly holder: string;
}

let regionTrie: Trie | null = null;
let regionCodes: Map<string, string> | null = null;

function buildRegions(): Trie {
  const trie = new Trie();
  regionCodes = new Map();
  const { regions, ambiguousNames } = regionsJson as { regions: { code: string; name: string; nameEn: string }[]; ambiguousNames: { name: string }[] };
  const ambiguous = new Set(ambiguousNames.map((a) => a.name));
  for (const r of regions) {
    if (ambiguous.has(r.name)) continue; // 市中区 names several districts
    const names = [r.name, r.nameEn.split(/[ ,]/)[0] ?? ''];
    // 潍坊 for 潍坊市, 山东 for 山东省 (not 市 alone).
    if (r.name.length > 2 && /[省市]$/.test(r.name)) names.push(r.name.slice(0, -1));
    for (const name of names) {
      if (name.length < 2) continue;
      const key = /[A-Za-z]/.test(name) ? name.toLowerCase() : name;
      regionCodes.set(key, r.code);
      trie.add(key, { id: r.code, stem: false });
    }
  }
  return trie;
}

// A city or province the catalog lacks, named as the subject of a loan figure: 济南市绿色贷款余额….
const OTHER_PLACE = /(?<=^|[，,；;。:：\s])([\u4e00-\u9fa5]{2,3}[省市])(?=[\u4e00-\u9fa5]{0,8}(贷款|信贷))/g;
const NOT_A_PLACE = /^(全|本|该|各|地级|县级|城|大|超|我|省|市|外|力争|确保|推动|实现|支持|其中)/;
// "the balance of green loans in Jinan was": an English place the catalog lacks.
const OTHER_PLACE_EN = /\bin ([A-Z][a-z]{2,})(?= (?:was|were|reached|stood|amounted|totall?ed|grew|rose|increased))/g;

/** Places named in a text, left to right: the catalog's regions, and cities it lacks where they head a loan figure. */
export function findPlaces(text: string): PlaceHit[] {
  regionTrie ??= buildRegions();
  const hits: PlaceHit[] = regionTrie.scan(text, true).map((h) => ({ start: h.start, end: h.end, holder: `region:${h.id}` }));
  // A region's name inside a bank's (潍坊银行, 诸城市支行) is the bank's, not a place: the caller checks banks first.
  for (const m of text.matchAll(OTHER_PLACE)) {
    const name = m[1] as string;
    // 力争全市…, 其中本省…: the whole area the text is about, not another place.
    if (NOT_A_PLACE.test(name) || /(全|本|该|各|我|此|外)[省市]$/.test(name) || regionCodes?.has(name) || regionCodes?.has(name.slice(0, -1))) continue;
    hits.push({ start: m.index, end: m.index + name.length, holder: `place:${name}` });
  }
  for (const m of text.matchAll(OTHER_PLACE_EN)) {
    const name = m[1] as string;
    if (regionCodes?.has(name.toLowerCase()) || /^(June|July|March|April|August|China|The|This|That|Total)$/.test(name)) continue;
    const at = m.index + 3;
    hits.push({ start: at, end: at + name.length, holder: `place:${name}` });
  }
  return hits.sort((a, b) => a.start - b.start);
}
