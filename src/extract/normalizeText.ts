import { stringArg } from '../errors/args.js';
import { ErrorCode, WupianError, describe } from '../errors/WupianError.js';
import { isDigit, isHan, isInvisible, isLatin, isLineBreak, isSpace, isZhNumeral } from './chars.js';
import { type MappedText, MappedTextBuilder } from './mappedText.js';
import { toSimplified } from './toSimplified.js';

/**
 * A text in the form the extractor reads, with the way back to the original.
 *
 * Offsets into `text` and offsets into `original` are two coordinate systems; every span
 * wupian returns to a caller is in the second, the text the caller passed. The readers
 * work on `text` and map their spans back with {@link NormalizedText.toOriginalSpan}.
 */
export interface NormalizedText {
  /** The normalized text: what the mention finder and the clause splitter read. */
  readonly text: string;
  /** The text as it was given. */
  readonly original: string;
  /**
   * Where the character at `offset` of `text` starts in `original`; `text.length` maps to
   * `original.length`. A span `[s, e)` maps to `[toOriginal(s), toOriginal(e))`, which
   * may take in whitespace the normalizer removed after the span; {@link toOriginalSpan}
   * is exact.
   */
  toOriginal(offset: number): number;
  /**
   * The smallest span of `original` that the span `[start, end)` of `text` came from:
   * exact through traditional → simplified (綠 → 绿, a phrase of another length maps as a
   * whole), full-width forms (２ → 2), removed whitespace (贷 款 → 贷款: the space is inside
   * the span only when both its sides are) and inserted characters (a line break that
   * became a space maps onto the break).
   */
  toOriginalSpan(span: readonly [number, number]): [number, number];
  /**
   * The offset of `text` at which the character at `offset` of `original` (or the first
   * one after it that was kept) stands; `original.length` maps to `text.length`. For a
   * span of the caller's text, such as a table's, to be compared with spans of `text`.
   */
  fromOriginal(offset: number): number;
}

// NFKC would turn these into digits or dots that were never written as such: ¹ → 1
// (a footnote mark would join the number before it), ① → 1, ½ → 1⁄2, … → ..., ㎡ → m2.
// They are kept as written; the mention finder knows them.
function keepAsWritten(ch: string, nfkc: string): boolean {
  if (ch >= '\uff10' && ch <= '\uff19') return false; // full-width digits: the point of NFKC
  if (ch === '\uff0e') return false; // full-width full stop: a decimal point between digits
  for (let i = 0; i < nfkc.length; i++) {
    const c = nfkc[i];
    if (isDigit(c) || c === '.' || c === '\u2044') return true;
  }
  return false;
}

const NFKC_CACHE = new Map<string, string>();

function nfkc(ch: string): string {
  const cached = NFKC_CACHE.get(ch);
  if (cached !== undefined) return cached;
  const n = ch.normalize('NFKC');
  const result = keepAsWritten(ch, n) ? ch : n;
  if (NFKC_CACHE.size < 4096) NFKC_CACHE.set(ch, result);
  return result;
}

function isAnyDigit(ch: string | undefined): boolean {
  return isDigit(ch) || (ch !== undefined && ch >= '\uff10' && ch <= '\uff19');
}

// Stage 1: NFKC per code point, invisible characters dropped. A full-width comma between
// two ASCII digits is a list separator in Chinese typesetting ("5，100户" is 5 and 100),
// never a thousands separator, so it stays '，' there instead of becoming ','. ASCII and
// the basic ideographs are unchanged by NFKC and are copied a run at a time.
function foldWidths(original: string): MappedText {
  const out = new MappedTextBuilder(original.length);
  let run = 0;
  let i = 0;
  while (i < original.length) {
    const c = original.charCodeAt(i);
    if (c < 0x80 || (c >= 0x4e00 && c <= 0x9fff)) {
      i++;
      continue;
    }
    out.pushOriginal(original, run, i);
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < original.length ? 2 : 1;
    const ch = original.slice(i, i + width);
    if (isInvisible(ch)) {
      // dropped
    } else if (ch === '，' && isDigit(original[i - 1]) && isDigit(original[i + 1])) {
      out.push(ch, i, i + 1);
    } else if (ch === '，' && isAnyDigit(original[i - 1]) && isAnyDigit(original[i + 1])) {
      out.push(',', i, i + 1);
    } else {
      const n = nfkc(ch);
      if (n === ch) out.pushOriginal(original, i, i + width);
      else if (n.length === width) for (let k = 0; k < width; k++) out.push(n[k] as string, i + k, i + k + 1);
      else out.push(n, i, i + width);
    }
    i += width;
    run = i;
  }
  out.pushOriginal(original, run, original.length);
  return out.build();
}

// Tone-marked vowels of Hanyu Pinyin.
const TONE_MARKS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';

function isPinyinLetter(ch: string): boolean {
  return isLatin(ch) || TONE_MARKS.includes(ch) || ch === 'ü' || ch === 'ê';
}

// One or two pinyin syllables without tones (dai, kuan, lü): initial, then final.
const SYLLABLE = '(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|üan|ai|ei|ao|ou|an|en|er|in|un|ün|ia|ie|iu|ua|uo|ue|üe|ui|a|o|e|i|u|ü)';
const PLAIN_PINYIN = new RegExp(`^${SYLLABLE}(?: ${SYLLABLE})?$`);

/**
 * Length of a pinyin gloss in parentheses at `start` ("(dài kuǎn)"), or 0. The gloss must
 * be letters, spaces, apostrophes and tone digits only, and be pinyin beyond doubt: a
 * tone-marked vowel, a tone digit closing every syllable ("(dai4 kuan3)"), or bare syllables
 * between two ideographs (贷(dai)款). Bounded:
 * looks at most 64 characters ahead.
 */
function pinyinGlossLength(s: string, start: number): number {
  if (s[start] !== '(') return 0;
  let toneMark = false;
  let letters = 0;
  let syllables = 0;
  let toneDigits = 0;
  let inSyllable = false;
  const limit = Math.min(s.length, start + 64);
  for (let k = start + 1; k < limit; k++) {
    const ch = s[k] as string;
    if (ch === ')') {
      if (inSyllable) syllables++;
      const numbered = syllables > 0 && toneDigits === syllables;
      if (letters > 0 && (toneMark || numbered)) return k + 1 - start;
      // 贷(dai)款(kuan), 存(cun)(cun)款: bare syllables inside a word, between two ideographs.
      const inside = isHan(s[k + 1] ?? '') || s[k + 1] === '(';
      return inside && PLAIN_PINYIN.test(s.slice(start + 1, k)) ? k + 1 - start : 0;
    }
    if (isPinyinLetter(ch)) {
      if (TONE_MARKS.includes(ch)) toneMark = true;
      letters++;
      inSyllable = true;
    } else if (ch >= '1' && ch <= '5' && inSyllable) {
      toneDigits++;
      syllables++;
      inSyllable = false;
    } else if (ch === ' ' || ch === "'" || ch === '-') {
      if (inSyllable) syllables++;
      inSyllable = false;
    } else {
      return 0;
    }
  }
  return 0;
}

/** Marks that open a heading, a caption, a bullet or a quotation: such a line is not a paragraph cut short. */
const LINE_MARKS = '#▲△■□●○◆◇★☆>*|-•';

/** A bulleted line's label (■潍坊) is at most this long. */
const MARKED_LABEL_LONGEST = 8;
/** A paragraph line this long that breaks between two ideographs was cut inside a word. */
const BROKEN_LINE_MIN = 20;
// A number with its unit or percent sign opening a line: the figure of the line before.
const FIGURE_AFTER_BREAK = /^[\d,.]{1,20}\s?(?:%|％|亿|億|万|萬|元|个百分点|個百分點|户|戶|家|笔|筆)/u;

function isClausePunctuation(ch: string): boolean {
  return ch === ',' || ch === '、' || ch === ';' || ch === '，';
}

/** Whether the line starting at `start` is a heading, a caption or a table row (bounded by the line's length). */
function lineIsMarked(s: string, start: number): boolean {
  let k = start;
  while (k < s.length && (s[k] === ' ' || s[k] === '\t')) {
    if (s[k] === '\t') return true;
    k++;
  }
  if (k < s.length && LINE_MARKS.includes(s[k] as string)) return true;
  if (startsWithListNumber(s, k)) return true;
  // A row of a table without outer bars (指标 | 2025年6月末 | 2024年末) is a line of its own too.
  for (; k < s.length && !isLineBreak(s[k]); k++) if (s[k] === '\t' || s[k] === '|' || s[k] === '｜') return true;
  return false;
}

/** 1. / 2、 / (3) / （四） / 五、 at `k`: an item of a list, which starts its own line. */
function startsWithListNumber(s: string, k: number): boolean {
  let j = k;
  const open = s[j] === '(' || s[j] === '（';
  if (open) j++;
  const from = j;
  while (j < s.length && j - from < 3 && ((s[j] as string) >= '0' && (s[j] as string) <= '9')) j++;
  if (j === from) while (j < s.length && j - from < 3 && '一二三四五六七八九十'.includes(s[j] as string)) j++;
  if (j === from) return false;
  const close = s[j];
  if (open) return close === ')' || close === '）';
  // 1.资本市场 but not 1.5亿元: a list number is not followed by a digit.
  return (close === '.' || close === '、' || close === '．') && !((s[j + 1] as string) >= '0' && (s[j + 1] as string) <= '9');
}

// A single space a web copy pads Chinese with: between a number and a word (2025 年, 余额 3856.7),
// or between a word or a percent sign and a comma (月末 ，, 15.3% ，). English keeps its
// spaces ("grew 5 %", "a, b").
const PADDED_MARKS = ',;:';
const padded = (before: string | undefined, after: string | undefined): boolean =>
  (isHan(before) && isDigit(after)) ||
  (isDigit(before) && isHan(after)) ||
  ((isHan(before) || before === '%') && after !== undefined && PADDED_MARKS.includes(after)) ||
  (before !== undefined && PADDED_MARKS.includes(before) && isHan(after));

// The rest of a number after a stray space: a short run of digits, its decimals and a unit.
const DECIMAL_AFTER = /^\d{1,2}\.\d{1,3} ?(?:%|亿|万|个)/;

// Stage 2: pinyin glosses dropped; whitespace runs removed where they cut a word or a
// number, otherwise collapsed ('\n' if the run breaks a line, its tabs if it holds
// tabs, ' ' otherwise). Leading and trailing whitespace are dropped.
function foldSpaces(source: MappedText): MappedText {
  const s = source.text;
  const out = new MappedTextBuilder(s.length);
  // The current line as written (offsets into s): where it starts, whether it is a
  // heading, caption or table row, whether it has clause punctuation.
  let lineStart = 0;
  let lineMarked = lineIsMarked(s, 0);
  let linePunctuated = false;
  let digitsBefore = 0; // digits just written, since the last non-digit or joined space
  let groupJoined = false; // a space between thousands groups was just removed in this number
  let i = 0;
  while (i < s.length) {
    const ch = s[i] as string;
    if (ch === '(' && isHan(out.last)) {
      const gloss = pinyinGlossLength(s, i);
      if (gloss > 0) {
        i += gloss;
        continue;
      }
    }
    if (!isSpace(ch)) {
      // A run of text without whitespace or '(' is copied as it is; so is a single space
      // that stays (between words, not inside a Chinese word or a number).
      let j = i;
      for (; j < s.length; j++) {
        const c = s[j] as string;
        if (c === ' ') {
          const before = s[j - 1];
          const after = s[j + 1];
          if (after === undefined || isSpace(after) || (isHan(before) && isHan(after)) || ((isDigit(before) || before === '.') && isDigit(after)) || (isDigit(before) && after === '.') || padded(before, after)) break;
        } else if (isSpace(c) || (c === '(' && j > i)) {
          break;
        }
        if (c === ',' || c === '、' || c === ';' || c === '，') linePunctuated = true;
        if (c >= '0' && c <= '9') {
          digitsBefore++;
        } else {
          digitsBefore = 0;
          groupJoined = false;
        }
      }
      out.copy(source, i, j);
      i = j;
      continue;
    }
    // A whitespace run [i, j).
    let j = i;
    let newline = false;
    let tab = false;
    let other = false;
    let lastBreak = -1;
    while (j < s.length && isSpace(s[j])) {
      const w = s[j];
      if (isLineBreak(w)) {
        newline = true;
        lastBreak = j;
      } else if (w === '\t') tab = true;
      else if (w !== ' ') other = true;
      j++;
    }
    const prev = out.last;
    const next = s[j];
    const nextLineMarked = newline ? lineIsMarked(s, lastBreak + 1) : lineMarked;
    let join = false;
    if (out.length === 0 || next === undefined) {
      join = true;
    } else if (isHan(prev) && isHan(next)) {
      if (!newline && !tab) {
        // 贷 款 (but not 三 三成: two numbers); 5.94万 亿元 is one unit.
        // (■潍坊 截至6月末，全市…: the first space of a marked line, right after a short label, ends the label.)
        const label = lineMarked && i - lineStart <= MARKED_LABEL_LONGEST && !/\s/.test(s.slice(lineStart, i).trimStart());
        join = !label && (!(isZhNumeral(prev) && isZhNumeral(next)) || ((prev === '万' || prev === '萬') && (next === '亿' || next === '億') && (s[j + 1] === '元' || s[j + 1] === '圆')));
      } else if (newline && !lineMarked && !nextLineMarked) {
        // 贷\n\n款: a paragraph line cut inside a word.
        join = i - lineStart >= BROKEN_LINE_MIN || linePunctuated;
      }
    } else if (isHan(prev) && isDigit(next) && newline && !tab && !lineMarked && !nextLineMarked && (i - lineStart >= BROKEN_LINE_MIN || linePunctuated) && FIGURE_AFTER_BREAK.test(s.slice(j, j + 24))) {
      // "全市普惠小微贷款余额\n612.35亿元": a copy's line cut between a subject and its figure. A line
      // opening with a date (2024年末，…) starts a paragraph of its own.
      join = true;
    } else if (!newline && !tab && j - i === 1 && padded(prev, next)) {
      // "截至 2025 年 6 月末 ， 余额 3856.7 亿元": one space between a number and a word, or beside a
      // comma or a percent sign, is the web copy's, not the text's (a table's columns take more).
      join = true;
    } else if (isDigit(prev) && isDigit(next) && !newline && !tab && !other && j - i === 1) {
      // "1 026.09": a space between thousands groups.
      const groupAfter = isDigit(s[j + 1]) && isDigit(s[j + 2]) && !isDigit(s[j + 3]);
      // (Never after a decimal part: "1564.2 186.7" is two numbers.)
      const groupBefore = (groupJoined ? digitsBefore === 3 : digitsBefore <= 3) && s[i - 1 - digitsBefore] !== '.';
      if (groupAfter && groupBefore) {
        join = true;
        groupJoined = true;
        digitsBefore = 0;
      } else if (digitsBefore <= 2 && hanBefore(s, i - 1 - digitsBefore) && DECIMAL_AFTER.test(s.slice(j, j + 8))) {
        // "增长1 2.3%", "增长 1 3.2 %": a PDF's wrap space inside a number of Chinese prose, before its decimals.
        join = true;
      }
    } else if (prev === '.' && isDigit(next) && !newline && !tab && !other && j - i === 1 && isDigit(s[i - 2]) && hanBefore(s, digitRunStart(s, i - 2) - 1) && DECIMALS_AFTER_POINT.test(s.slice(j, j + 8))) {
      // "余额 9321. 55亿元", "增速13. 62%": a copy's space after the decimal point of a number in Chinese prose.
      join = true;
    } else if (isDigit(prev) && next === '.' && !newline && !tab && !other && j - i === 1 && (groupJoined || hanBefore(s, groupedRunStart(s, i - 1) - 1)) && DECIMALS_AFTER_POINT.test(s.slice(j + 1, j + 9))) {
      // "余额486 .25亿元", "1 286 .4亿元", "余额 1,024 .6 亿元": a copy's space before the decimal point of a number in Chinese prose.
      join = true;
    } else if (newline && !tab) {
      // "1026.\n09" and "1026\n.09": a number cut by a line break.
      const prevPrev = out.beforeLastChar;
      join = (prev === '.' && isDigit(prevPrev) && isDigit(next)) || (isDigit(prev) && next === '.' && isDigit(s[j + 1]));
      // "做大贷款规模，\n\n进一步": a paragraph cut after a comma.
      if (!join && isClausePunctuation(prev) && !lineMarked && !nextLineMarked && (isHan(next) || isDigit(next))) join = true;
    }
    // Hard-wrapped English prose: "the total balance of\ntechnology loans" is one line.
    const wrapped = newline && !tab && !lineMarked && !nextLineMarked && (isLatin(prev) || isDigit(prev) || prev === ',' || prev === ';') && next !== undefined && next >= 'a' && next <= 'z';
    if (!join && wrapped) {
      out.push(' ', source.starts[i] as number, source.ends[j - 1] as number);
      digitsBefore = 0;
      groupJoined = false;
    } else if (!join) {
      if (newline) {
        // One line break; tabs that indent the next line are table cells and stay.
        out.push('\n', source.starts[i] as number, source.ends[lastBreak] as number);
        for (let k = lastBreak + 1; k < j; k++) if (s[k] === '\t') out.replace('\t', source, k, k + 1);
      } else if (tab) {
        // Tabs separate table cells: each stays, so empty cells keep their columns.
        for (let k = i; k < j; k++) if (s[k] === '\t') out.replace('\t', source, k, k + 1);
      } else {
        out.push(' ', source.starts[i] as number, source.ends[j - 1] as number);
      }
      digitsBefore = 0;
      groupJoined = false;
    }
    if (newline) {
      lineStart = lastBreak + 1;
      lineMarked = nextLineMarked;
      linePunctuated = false;
    } else if (tab) {
      lineMarked = true;
    }
    i = j;
  }
  return out.build();
}

/**
 * Puts a text in the form the extractor reads, keeping the way back to every original
 * position:
 *
 * 1. NFKC, code point by code point: full-width digits, letters and punctuation become
 *    ASCII (，；：（）！？％ → , ; : ( ) ! ? %), no-break and ideographic spaces become
 *    spaces. Chinese 。、《》“”〔〕 are not touched by NFKC and stay. Kept as written:
 *    characters NFKC would turn into digits or dots (¹ ① ½ … ㎡), and a full-width comma
 *    between ASCII digits ("5，100" lists 5 and 100). Zero-width characters are dropped.
 * 2. Pinyin glosses in parentheses after an ideograph are dropped: 贷款(dài kuǎn)余额 →
 *    贷款余额, and bare syllables between two ideographs: 贷(dai)款 → 贷款.
 * 3. Whitespace that cuts a word or a number is removed: between two ideographs on one
 *    line (贷 款, but not between two numerals: 三 三成); across a line break between two ideographs when the line before is a
 *    paragraph line — 20 characters or more, or with a comma or 、 in it — and neither
 *    line is a heading, caption or table row (# ▲ ■ … or a tab): 绿色贷\n\n款. A short
 *    line without punctuation is taken as a heading and keeps its break. A space
 *    between thousands groups (1 026.09); a line break next to a decimal point
 *    (1026.\n09); a line break after a comma inside a paragraph. A line break that wraps
 *    English prose (before a lower-case word) becomes a space. Any other run becomes
 *    one '\n' if it breaks a line, its tabs if it holds tabs (table cells keep their
 *    columns, empty ones too), one ' ' otherwise. Leading and trailing whitespace go.
 * 4. Traditional to simplified with OpenCC (t2s): 綠色貸款餘額 → 绿色贷款余额.
 * 5. A decimal comma of a messy copy — digits, a comma, one or two digits and a unit, which
 *    no thousands grouping explains — becomes a point: 24,1% → 24.1%, "22,9 percent".
 * 6. Taiwan's bracketed year numbers go: 去(113)年 → 去年.
 * 7. Bank copy's short words for a period's end become the date reader's: 二季末 → 二季度末,
 *    半年末 → 上半年末, 截至年中 → 截至6月末, 去年年中 → 去年6月末.
 *
 * Linear time.
 *
 * @example
 * const n = normalizeText('綠色貸款餘額２１５０億元，\n較年初增加');
 * n.text // '绿色贷款余额2150亿元,较年初增加'
 * n.toOriginal(6) // 6: '2' came from '２'
 * normalizeText('截至2025年6月末，绿色贷\n\n款余额1026.\n09亿元').text // '截至2025年6月末,绿色贷款余额1026.09亿元'
 * normalizeText('指标 余额 增速\n绿色贷款 1564.2 13.6\n科技贷款 865.4 12.86').text // '指标\t余额\t增速\n绿色贷款\t1564.2\t13.6\n科技贷款\t865.4\t12.86'
 */
export function normalizeText(text: string): NormalizedText {
  stringArg('normalizeText', text, ['text']);
  const mapped = periodEnds(bracketedYears(decimalCommas(toSimplified(foldSpaces(spacedTables(foldWidths(text)))))));
  return makeNormalized(text, mapped);
}

// Stage 2b: a table whose columns a copy separated by spaces (a PDF's or a web page's):
// 绿色贷款 1564.2 186.7 13.6 under 指标 余额(亿元) 较年初增加(亿元) 增速(%). Its rows — a label and two
// numbers or more — and the header line right above them with as many fields become tab-separated,
// so the table readers read them; the spaces' count is kept, so offsets do not move.
const SPACED_FIELD_NUMBER = /^[-+]?\d[\d,]*(?:\.\d+)?%?$|^[-—–]$/;

function fieldsOf(line: string): { text: string; start: number }[] {
  const fields: { text: string; start: number }[] = [];
  let start = -1;
  for (let k = 0; k <= line.length; k++) {
    const space = k === line.length || line[k] === ' ' || line[k] === '\u3000';
    if (!space && start < 0) start = k;
    if (space && start >= 0) {
      fields.push({ text: line.slice(start, k), start });
      start = -1;
    }
  }
  return fields;
}

function isSpacedRow(fields: readonly { text: string }[]): boolean {
  if (fields.length < 3 || !/[\u4e00-\u9fa5]/.test(fields[0]?.text ?? '')) return false;
  for (let k = 1; k < fields.length; k++) if (!SPACED_FIELD_NUMBER.test((fields[k] as { text: string }).text)) return false;
  return true;
}

function spacedTables(mapped: MappedText): MappedText {
  const s = mapped.text;
  if (s.includes('\t') || !/[\u4e00-\u9fa5] [-+]?\d[\d.,]*%? [-+]?\d/.test(s)) return mapped;
  const lines: { start: number; fields: { text: string; start: number }[] }[] = [];
  for (let start = 0; start <= s.length; ) {
    const end = s.indexOf('\n', start) < 0 ? s.length : s.indexOf('\n', start);
    lines.push({ start, fields: fieldsOf(s.slice(start, end)) });
    start = end + 1;
  }
  const tabbed = new Set<number>();
  for (let k = 0; k < lines.length; ) {
    const n = (lines[k] as (typeof lines)[number]).fields.length;
    let e = k;
    while (e < lines.length && (lines[e] as (typeof lines)[number]).fields.length === n && isSpacedRow((lines[e] as (typeof lines)[number]).fields)) e++;
    if (e - k >= 2) {
      const header = lines[k - 1];
      const first = header && header.fields.length === n ? k - 1 : k;
      for (let r = first; r < e; r++) {
        const line = lines[r] as (typeof lines)[number];
        for (const f of line.fields.slice(1)) tabbed.add(line.start + f.start - 1);
      }
    }
    k = Math.max(e, k + 1);
  }
  if (tabbed.size === 0) return mapped;
  let text = '';
  for (let k = 0; k < s.length; k++) text += tabbed.has(k) ? '\t' : s[k];
  return { ...mapped, text };
}

// Stage 6: Taiwan's government style names a year by its word and, in brackets, its number: 去(113)年, 今（114）年,
// 去(2024)年. The word says it; the bracket goes, so that 去(113)年同期 reads as 去年同期 (and 113 is no count).
const BRACKETED_YEAR = /(?<=[去今明前])[（(]\s?(?:1[01]\d|20\d\d)\s?[)）](?=年)/g;

function bracketedYears(mapped: MappedText): MappedText {
  BRACKETED_YEAR.lastIndex = 0;
  if (!BRACKETED_YEAR.test(mapped.text)) return mapped;
  BRACKETED_YEAR.lastIndex = 0;
  const out = new MappedTextBuilder(mapped.text.length);
  let at = 0;
  for (const m of mapped.text.matchAll(BRACKETED_YEAR)) {
    out.copy(mapped, at, m.index);
    at = m.index + m[0].length;
  }
  out.copy(mapped, at, mapped.text.length);
  return out.build();
}

// Stage 7: bank copy's short words for a period's end: 二季末 is 二季度末, 半年末 上半年末, 截至年中 截至6月末 — as the date
// reader knows them (left as they are, 一季末 would take its date from a later sentence).
const SHORT_PERIOD_END = /(?<=[一二三四1-4])季(?=末)|(?<![上下前后多])(?=半年末)|(?<=截[至止]|去年|上年|今年)年中(?=[，,])/g;
function periodEnds(mapped: MappedText): MappedText {
  SHORT_PERIOD_END.lastIndex = 0;
  if (!SHORT_PERIOD_END.test(mapped.text)) return mapped;
  SHORT_PERIOD_END.lastIndex = 0;
  const out = new MappedTextBuilder(mapped.text.length + 8);
  let at = 0;
  for (const m of mapped.text.matchAll(SHORT_PERIOD_END)) {
    out.copy(mapped, at, m.index);
    if (m[0] === '季') out.replace('季度', mapped, m.index, m.index + 1);
    else if (m[0] === '年中') out.replace('6月末', mapped, m.index, m.index + 2);
    // (An insertion before 半年末 stands for the character it comes before.)
    else out.replace('上半', mapped, m.index, m.index + 1);
    at = m[0] === '' ? m.index + 1 : m.index + m[0].length;
  }
  out.copy(mapped, at, mapped.text.length);
  return out.build();
}

// Stage 5: a comma inside a number that no thousands grouping explains — digits,
// a comma, then one or two digits and a unit (24,1%, 3727,8亿元, "22,9 percent") — is a decimal
// comma of a messy copy: it becomes a point. "1,2个" (a list of two) and "1,200亿元" stay.
const DECIMAL_COMMA = /(?<=(?<![\d.,])\d{1,6}),(?=\d{1,2}(?:%|亿|万|兆|个百分点|\s?(?:percent|per cent|pct|percentage points|trillion|billion|million)\b))/g;

function decimalCommas(mapped: MappedText): MappedText {
  DECIMAL_COMMA.lastIndex = 0;
  if (!DECIMAL_COMMA.test(mapped.text)) return mapped;
  return { ...mapped, text: mapped.text.replace(DECIMAL_COMMA, '.') };
}

function makeNormalized(original: string, mapped: MappedText): NormalizedText {
  const { starts, ends } = mapped;
  const length = mapped.text.length;
  const check = (offset: number, name: string, max = length): void => {
    if (!Number.isInteger(offset) || offset < 0 || offset > max) {
      throw new WupianError(ErrorCode.InvalidArgument, `${name} must be an integer from 0 to ${max}, got ${describe(offset)}.`, {
        path: [name],
        input: describe(offset),
      });
    }
  };
  const toOriginal = (offset: number): number => {
    check(offset, 'offset');
    return offset === length ? original.length : (starts[offset] as number);
  };
  return {
    text: mapped.text,
    original,
    toOriginal,
    toOriginalSpan(span: readonly [number, number]): [number, number] {
      if (!Array.isArray(span) || span.length !== 2) {
        throw new WupianError(ErrorCode.InvalidArgument, `span must be [start, end), got ${describe(span)}.`, { path: ['span'], input: describe(span) });
      }
      const [start, end] = span;
      check(start, 'start');
      check(end, 'end');
      if (end <= start) {
        const at = toOriginal(start);
        return [at, at];
      }
      return [starts[start] as number, ends[end - 1] as number];
    },
    fromOriginal(offset: number): number {
      check(offset, 'offset', original.length);
      // The first kept character whose original range ends after `offset`: starts and
      // ends only grow along the text, so a binary search finds it.
      let lo = 0;
      let hi = length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((ends[mid] as number) <= offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
}

// A Chinese character at k, or one space before it (增长 1 3.2%: the copy's space after the word).
// The decimals of a number cut after its point, then its unit: 55亿元, 62%.
const DECIMALS_AFTER_POINT = /^\d{1,4} ?(?:%|亿|万|元|个|户|笔)/;

/** Where the run of digits ending at k starts. */
function digitRunStart(s: string, k: number): number {
  let at = k;
  while (at > 0 && isDigit(s[at - 1])) at--;
  return at;
}

// The start of a number's digits with its thousands commas (1,024): a comma counts only before three digits.
function groupedRunStart(s: string, k: number): number {
  let at = digitRunStart(s, k);
  while (at > 1 && s[at - 1] === ',' && isDigit(s[at - 2]) && k - at >= 2 && isDigit(s[at + 2])) at = digitRunStart(s, at - 2);
  return at;
}

function hanBefore(s: string, k: number): boolean {
  return isHan(s[k]) || (s[k] === ' ' && isHan(s[k - 1]));
}
