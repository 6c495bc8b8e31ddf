import { Trie } from 'opencc-js/core';
import { to } from 'opencc-js/preset/t2cn';
import { type MappedText, MappedTextBuilder } from './mappedText.js';

// OpenCC's generic traditional → simplified conversion (its `t2s` configuration: the
// TSPhrases and TSCharacters dictionaries, longest match first). Only the `to.cn`
// dictionaries are used, so a bundler drops the regional ones of the preset. The
// tries are built on first use: importing the extractor costs nothing until it runs.
let chain: readonly Trie[] | null = null;

function tries(): readonly Trie[] {
  if (chain) return chain;
  const groups = to['cn'] ?? [];
  chain = groups.map((group) => {
    const trie = new Trie();
    trie.loadDictGroup(group);
    return trie;
  });
  return chain;
}

function convertOnce(trie: Trie, source: MappedText): MappedText {
  const s = source.text;
  // Most texts are simplified already: look for a first match before building anything.
  let first = -1;
  for (let k = 0; k < s.length && first < 0; ) {
    const c = s.charCodeAt(k);
    if (c >= 0x80 && trie.matchPrefix(s, k)) first = k;
    else k += c >= 0xd800 && c <= 0xdbff && k + 1 < s.length ? 2 : 1;
  }
  if (first < 0) return source;
  const out = new MappedTextBuilder(s.length);
  let run = 0; // start of the pending run of unchanged text
  let i = first;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    // ASCII never occurs in the dictionaries: no trie walk.
    if (c < 0x80) {
      i++;
      continue;
    }
    const match = trie.matchPrefix(s, i);
    if (match) {
      out.copy(source, run, i);
      out.replace(match.value, source, i, match.end);
      i = match.end;
      run = i;
      continue;
    }
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
  }
  out.copy(source, run, s.length);
  return out.build();
}

/**
 * Traditional Chinese to simplified with OpenCC, keeping the position map. Phrases are
 * matched longest first (乾隆 stays, 乾燥 → 干燥); a replacement of another length maps
 * as a whole onto the phrase it replaces. Linear: a trie walk from each position is
 * bounded by the longest dictionary phrase.
 *
 * @example
 * toSimplified(identity('綠色貸款餘額')).text // '绿色贷款余额'
 */
export function toSimplified(source: MappedText): MappedText {
  let current = source;
  for (const trie of tries()) current = convertOnce(trie, current);
  return current;
}
