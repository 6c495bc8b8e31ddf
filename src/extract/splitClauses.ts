import { stringArg } from '../errors/args.js';
import { isDigit, isLatin } from './chars.js';

/** A clause of a text, with its place in its sentence. */
export interface Clause {
  /** [start, end) in the text given, trimmed of whitespace; the delimiter is not included. */
  readonly span: readonly [number, number];
  readonly text: string;
  /** Which sentence (0-based) the clause belongs to: clauses of one sentence share its subject and date. */
  readonly sentence: number;
  /** The clause's position in its sentence (0-based). */
  readonly index: number;
}

const SENTENCE_END = '。！？!?\n';
const CLOSERS = '”’」』)）]》"\'';
const CLOSE_OF: Readonly<Record<string, string>> = { '(': ')', '（': '）', '[': ']', '「': '」', '『': '』', '《': '》', '“': '”' };
const ABBREVIATIONS = new Set([
  'no', 'nos', 'e.g', 'i.e', 'u.s', 'u.k', 'p.r.c', 'etc', 'mr', 'mrs', 'ms', 'dr', 'prof', 'vs', 'st', 'inc', 'ltd', 'co', 'corp', 'approx', 'fig', 'art',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

function isSpaceOrEnd(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\t' || ch === '\n';
}

/** Whether the '.' at `i` ends an English sentence ("… yuan. The" but not "1,085.29", "No. 1", "U.S. banks"). */
function isFullStop(s: string, i: number): boolean {
  if (!isSpaceOrEnd(s[i + 1])) return false;
  const before = s[i - 1];
  if (before === undefined || !(isLatin(before) || isDigit(before) || CLOSERS.includes(before) || before === '%')) return false;
  // The word before the point, lower-cased: an abbreviation or an initial does not end a sentence.
  let k = i - 1;
  while (k >= 0 && i - k <= 6 && (isLatin(s[k]) || s[k] === '.')) k--;
  if (i - k > 6) return true;
  const word = s.slice(k + 1, i).toLowerCase();
  if (word.length === 1 && isLatin(word)) return false;
  return !ABBREVIATIONS.has(word);
}

// Every character the loop below acts on, by UTF-16 code unit.
const SPECIAL = /* @__PURE__ */ (() => {
  const table = new Uint8Array(0x10000);
  for (const ch of `${SENTENCE_END}${Object.keys(CLOSE_OF).join('')}${Object.values(CLOSE_OF).join('')},，;；.-`) table[ch.charCodeAt(0)] = 1;
  return table;
})();

/**
 * Cuts a text into clauses, each tagged with its sentence.
 *
 * - Sentences end at 。！？ ! ? and at line breaks; in English at a full stop followed by a
 *   space ("… yuan. The …", but not 1,085.29, "No. 1" or "U.S.") and at " - " bullets.
 *   Closing quotes and brackets right after the mark are skipped with it.
 * - Clauses end at ； ; always, and at ， , outside parentheses and quotation marks —
 *   except a comma between digits (1,085.29, 5，100) or in "June 30, 2025".
 * - Tabs do not cut: a table row is one clause, its cells are for the caller.
 *
 * Spans are offsets into the text given, trimmed; empty clauses are dropped. Linear time.
 * A text that is not a string is refused (`invalid_argument`).
 *
 * @example
 * splitClauses('截至2025年6月末,辖区绿色信贷余额2150亿元,较年初增加253.31亿元。普惠型涉农贷款余额1439.08亿元')
 * // [ { text: '截至2025年6月末', sentence: 0, index: 0 }, { text: '辖区绿色信贷余额2150亿元', sentence: 0, index: 1 },
 * //   { text: '较年初增加253.31亿元', sentence: 0, index: 2 }, { text: '普惠型涉农贷款余额1439.08亿元', sentence: 1, index: 0 } ]
 */
export function splitClauses(text: string): Clause[] {
  stringArg('splitClauses', text, ['text']);
  const clauses: Clause[] = [];
  eachClause(text, (a, b, sentence, index) => clauses.push({ span: [a, b], text: text.slice(a, b), sentence, index }));
  return clauses;
}

/**
 * The clauses of {@link splitClauses} as bare offsets, in order: sentences are numbered
 * without gaps. The extractor keeps these in typed arrays (objects for every clause of a
 * 10 MB text took a third of its heap).
 */
export function eachClause(s: string, clause: (start: number, end: number, sentence: number, index: number) => void): void {
  let sentence = 0;
  let index = 0;
  let start = 0;
  // Open brackets and quotes, by the closer they wait for; bounded so junk cannot keep
  // commas from cutting for long.
  const open: string[] = [];

  const emit = (end: number): void => {
    let a = start;
    let b = end;
    while (a < b && isSpaceOrEnd(s[a])) a++;
    while (b > a && isSpaceOrEnd(s[b - 1])) b--;
    if (b > a) {
      clause(a, b, sentence, index);
      index++;
    }
  };
  const endSentence = (): void => {
    if (index > 0) sentence++;
    index = 0;
    open.length = 0;
  };

  let i = 0;
  while (i < s.length) {
    // Most characters cut nothing: skip them without making a one-character string.
    if (SPECIAL[s.charCodeAt(i)] !== 1) {
      i++;
      continue;
    }
    const ch = s[i] as string;
    if (ch in CLOSE_OF) {
      if (open.length < 8) open.push(CLOSE_OF[ch] as string);
    } else if (open.length > 0 && ch === open[open.length - 1]) {
      open.pop();
    }
    if (SENTENCE_END.includes(ch) || (ch === '.' && isFullStop(s, i))) {
      let next = i + 1;
      // Closers right after the mark end the sentence with it: …。” / …yuan.)
      while (ch !== '\n' && next < s.length && CLOSERS.includes(s[next] as string)) next++;
      emit(i);
      start = next;
      endSentence();
      i = next;
      continue;
    }
    if (ch === '-' && s[i - 1] === ' ' && s[i + 1] === ' ') {
      // "… [3]. - Zibo has …": a bullet.
      emit(i);
      start = i + 1;
      endSentence();
      i++;
      continue;
    }
    if (ch === ';' || ch === '；') {
      emit(i);
      start = i + 1;
      i++;
      continue;
    }
    if ((ch === ',' || ch === '，') && open.length === 0) {
      const betweenDigits = isDigit(s[i - 1]) && (isDigit(s[i + 1]) || (s[i + 1] === ' ' && isDigit(s[i + 2]) && isDigit(s[i + 3]) && isDigit(s[i + 4]) && isDigit(s[i + 5])));
      if (!betweenDigits) {
        emit(i);
        start = i + 1;
      }
    }
    i++;
  }
  emit(s.length);
}
