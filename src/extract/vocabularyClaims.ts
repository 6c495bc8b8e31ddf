import indicatorsJson from '../../data/indicators.json' with { type: 'json' };
import institutionsJson from '../../data/institutions.json' with { type: 'json' };

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
