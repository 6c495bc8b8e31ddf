/** A name found in a text, with what it stands for and where. */
export interface Hit<T> {
  readonly value: T;
  readonly start: number;
  readonly end: number;
}

interface Node<T> {
  readonly next: Map<number, Node<T>>;
  value: T | undefined;
}

/**
 * A trie over names, so that every position of a text is matched against all names in
 * one walk: the longest name wins, and the cost is linear in the text times the longest
 * name. Keyed by UTF-16 code unit, so no one-character strings on the hot path.
 */
export class Trie<T> {
  private readonly root = new Map<number, Node<T>>();

  /** Adds a name; `keep` decides between a value already there and the new one (default: the first stays). */
  add(name: string, value: T, keep: (old: T, added: T) => T = (old) => old): void {
    let level = this.root;
    let node: Node<T> | undefined;
    for (let k = 0; k < name.length; k++) {
      const code = name.charCodeAt(k);
      node = level.get(code);
      if (!node) {
        node = { next: new Map(), value: undefined };
        level.set(code, node);
      }
      level = node.next;
    }
    if (node) node.value = node.value === undefined ? value : keep(node.value, value);
  }

  /** The longest name that starts at `i`, if any. */
  matchAt(s: string, i: number): Hit<T> | undefined {
    let level = this.root;
    let best: Hit<T> | undefined;
    for (let j = i; j < s.length; j++) {
      const node = level.get(s.charCodeAt(j));
      if (!node) break;
      if (node.value !== undefined) best = { value: node.value, start: i, end: j + 1 };
      level = node.next;
    }
    return best;
  }

  /** All non-overlapping longest matches, left to right; `text` is lower-cased first when `lower`. */
  scan(text: string, lower = false): Hit<T>[] {
    const hits: Hit<T>[] = [];
    const s = lower ? asciiLower(text) : text;
    let i = 0;
    while (i < s.length) {
      if (!this.root.has(s.charCodeAt(i))) {
        i++;
        continue;
      }
      const best = this.matchAt(s, i);
      if (best) {
        hits.push(best);
        i = best.end;
      } else i++;
    }
    return hits;
  }
}

/** ASCII letters lower-cased, every other character kept: the length never changes, so spans hold. */
export function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}
