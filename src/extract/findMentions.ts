import { oneOfOption, optionsArg, stringArg } from '../errors/args.js';
import { isWupianError } from '../errors/WupianError.js';
import type { Figure } from '../figure/figure.js';
import { readChineseNumeral } from '../figure/chineseNumeral.js';
import { parseFigure } from '../figure/parseFigure.js';
import { toDate } from '../period/baseDate.js';
import {
  ENCLOSED_RANGES,
  isClosingQuote,
  isDigit,
  isHan,
  isLatin,
  isOpeningQuote,
  isSuperscriptDigit,
  isZhDigit,
} from './chars.js';
import type { Mention, OtherMention, TimeMention } from './mention.js';
import { parseAsOf, readAsOf } from './parseDate.js';
import {
  COUNTING_UNITS,
  COUNT_WORDS,
  COUNT_WORD_ONES,
  CURRENCY_PREFIXES,
  FRACTION_WORDS,
  FOREIGN_CURRENCY_PREFIXES,
  FOREIGN_CURRENCY_UNITS,
  INDEFINITE_PREFIXES,
  LABEL_WORDS,
  LIST_SEPARATORS,
  MAGNITUDES,
  MONTHS,
  MONTH_PATTERN,
  NUMBER_WORDS,
  NUMERAL_UNITS,
  PREFIX_QUALIFIERS,
  SUFFIX_QUALIFIERS,
  UNITS,
  UNIT_NOT_BEFORE,
} from './vocabulary.js';

// Words of an advertisement: a call to act, an offer.
// A line that links to other articles: 上一篇：…, 下一篇：…, 相关阅读：… (and the headline lines under a heading alone).
// Digits right before a figure's number, across one space, after a Chinese word: 增加76 50亿元, 余额51.2 6万亿元.
// (Not a conversion: 约合新台币440亿元, （折合新台币…） names the dollar of another text.)
const NT_DOLLAR = /(?<!约合|折合|相当于|合计约|[（(])(?:新台币|(?<!新)台币|NT\$)/;
const YUAN_NAMED = /人民币|RMB|CNY|[¥￥]|\byuan\b/i;
const CUT_BY_SPACE = 'a number cut by a space (76 50亿元, 51.2 6万亿元): which digits are its own, the copy does not say';
// Between the pieces of a broken number: a space, or a dot with spaces (2165 . 60).
const BROKEN_GAP = /^ (?:\. ?)?$|^\. $/;
const PIECE_BEFORE = /[\u4e00-\u9fa5](?:(\d{1,3})|\d{1,6}\.\d{1,4}) $/;

/**
 * Whether a number is the end of one a copy cut with a space (增加76 50亿元 read as 50亿元): one or two digits after
 * an integer of up to three, or a single digit after a decimal — never two figures of a table's row (312.75 17.77%).
 */
function cutBySpace(s: string, numStart: number, numEnd: number): boolean {
  const before = PIECE_BEFORE.exec(s.slice(Math.max(0, numStart - 13), numStart));
  if (!before) return false;
  const own = s.slice(numStart, numEnd);
  return before[1] !== undefined ? /^\d{1,2}(?:\.\d+)?$/.test(own) : /^\d$/.test(own);
}

const LINK_LINE = /(?:^|\n)[ \t]*(?:【\s*)?(?:上一篇|下一篇|上一条|下一条|相关阅读|相关新闻|相关链接|推荐阅读|延伸阅读|热门推荐|热点推荐|热点新闻|精彩推荐|相关推荐|相关文章|猜你喜欢|往期回顾|更多新闻|今日推荐)(?:\s*】)?[ \t]*[：:]?/g;

/** The spans of a text's links to other articles: each from its mark to its line's end (to the next blank line for a heading alone). */
function linkBlocks(s: string): (readonly [number, number])[] {
  const out: (readonly [number, number])[] = [];
  for (const m of s.matchAll(LINK_LINE)) {
    const start = m.index + (m[0].startsWith('\n') ? 1 : 0);
    if (out.length > 0 && start < (out[out.length - 1] as readonly [number, number])[1]) continue;
    const lineEnd = s.indexOf('\n', m.index + m[0].length);
    const alone = /^[ \t]*$/.test(s.slice(m.index + m[0].length, lineEnd < 0 ? s.length : lineEnd));
    const blank = alone ? s.indexOf('\n\n', m.index + m[0].length) : -1;
    const end = alone ? (blank < 0 ? Math.min(s.length, start + 2000) : blank) : lineEnd < 0 ? s.length : lineEnd;
    out.push([start, end]);
  }
  return out;
}

const AD_WORDS = /点击|领取|申请|扫码|下载|秒批|秒到|当天放款|当天到账|最高可借|可借|低至|免费|热线|咨询电话|广告|推广|贷款 ?最高\d{1,4} ?万元?$/;
const AD_LONGEST = 48;
// What opens the year's first quarters or months: 前三季度, 首三季 (Hong Kong, Macau), 头三季, 前10个月.
const FIRST_OF = '前首头';

// What follows 四大 / 五大 in the name of a group of banks.
const BANK_GROUP_AFTER = /^(?:行|国有|全国性|商业银行|银行|国有商业|股份制|政策性)/;

export interface FindMentionsOptions {
  /** What English "billion" means: 10^9 (default) or 亿 (10^8) in machine summaries that render 亿元 as "billion yuan". */
  readonly billion?: 'billion' | 'yi';
  /** The document's date (yyyy-MM-dd), to resolve dates written without a year. */
  readonly documentDate?: string;
}

// A figure being read: its pieces as they go to parseFigure. Built into a mention once
// the whole text is scanned, when lists have shared their units.
interface Pending {
  readonly kind: 'pending';
  readonly start: number;
  readonly end: number;
  readonly numStart: number;
  readonly numEnd: number;
  /** Qualifier, currency and sign, as they go to parseFigure. */
  readonly prefix: string;
  /** The number, its 余/多 and its magnitude groups, as they go to parseFigure. */
  readonly core: string;
  /** The magnitude and unit, as they go to parseFigure (the part a list shares). */
  readonly unit: string;
  readonly suffix: string;
  readonly qualified: boolean;
  readonly foreign: boolean;
  readonly yearLike: boolean;
  /** 百分之三: the unit is in `core`. */
  readonly percentWord: boolean;
  /** An English number word ("Twelve", "top fifty"). */
  readonly word?: boolean;
  inherited?: string;
}

type Item = Mention | Pending;

// (破万亿, 超亿元: the threshold words before a bare magnitude — never 近亿 of an estimate's words alone.)
const BARE_MAGNITUDE_AFTER = /(?:破|超|逾|超过)$/;
const RANGE_CHARS = '—–-~～至到';
const RANGE = '[—–\\-~～至到]';
const ISO_DATE = /(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d.])(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?!\d))?/y;
const ROC_DATE = /1[01]\d\/(?:1[0-2]|0?[1-9])\/(?:3[01]|[12]\d|0?[1-9])(?![\d/])/y;
// 114.6.30: the same date written with dots (Taiwan's releases); 6.30, 3.31: a month and its day (a county's notes).
const ROC_DOTTED = /1[01]\d\.(?:1[0-2]|0?[1-9])\.(?:3[01]|[12]\d|0?[1-9])(?![\d.])/y;
const MONTH_DAY = /(?:1[0-2]|0?[1-9])\.[0-3]\d(?![\d.])/y;
// What may follow a dotted date: a clause's end, 为 (3.31为…), 止, a bracket — never a unit (6.30亿元, 3.31%).
const AFTER_DOTTED_DATE = ',;:。、 \n\t)]为止日末底时前后';
// Where a month and day stand as the date of a clause: after 截至/截止(到/至), or 至/到 opening a clause.
const DATE_LEAD = /(?:截至|截止(?:到|至)?|(?:^|[,;:。\n])(?:至|到))\s?$/;
const ISO_MONTH = /(\d{4})[-/](\d{1,2})(?![\d/.-])/y;
const YEAR_RANGE = new RegExp(`(?:19|20)\\d{2}年?${RANGE}(?:19|20)\\d{2}年?(?:度)?`, 'y');
const YEAR_ZH = new RegExp(
  `(\\d{4})年(?:(\\d{1,2})月?${RANGE}(\\d{1,2})月份?|(\\d{1,2})月份?(?:(\\d{1,2})[日号]|[末底初]|[上中下]旬)?|([末底初])|(?:1[0-2]|0?[1-9])[末底]|度|全年|[上下]半年|前[一二三四两1-4]个?季度|第?[一二三四1-4]季度)?`,
  'y',
);
const MONTH_RANGE = new RegExp(`(\\d{1,2})月?${RANGE}(\\d{1,2})月份?`, 'y');
const MONTH_ZH = /(\d{1,2})月份?(?:(\d{1,2})[日号]|[末底初]|[上中下]旬)?/y;
const TIME = /(\d{1,2}):(\d{2})(?::\d{2})?(?!\d)/y;
const MISGROUPED = /\d{1,3},\d{4,}(?:\.\d+)?(?:\s?(?:万亿|亿|万|億|萬|兆)?元)?/y;
const RATIO = /\d+(?:\.\d+)?:\d+(?:\.\d+)?(?![\d.])/y;
const DAY_MONTH_EN = new RegExp(`\\d{1,2}(?:st|nd|rd|th)? (?:${MONTH_PATTERN})\\.?(?:,? \\d{4})?(?![\\dA-Za-z])`, 'iy');
const YEAR_HALF = /\d{4} ?[HQ][1-4](?![0-9A-Za-z])/iy;
const ORDINAL_SUFFIX = /\d+(?:st|nd|rd|th)(?![A-Za-z])/y;
const FORMULA = /[0-9A-Za-z]+(?:\+[0-9A-Za-z]+)+/y;
const ALNUM = /[0-9A-Za-z]+(?:[-_][0-9A-Za-z]+)*/y;
const DOC_NUMBER = /[〔[(](?:19|20)\d{2}[〕\])]第?\d{1,5}号/y;
const REFERENCE = /\[\d{1,3}(?:[,\-–] ?\d{1,3})*\]|【\d{1,3}】/y;
const PAREN_ORDINAL = /\((?:\d{1,2}|[一二三四五六七八九十]{1,3})\)/y;

// (the end of the second quarter, end-Q3 2025, the end of the first half: the point its period ends at.)
const EN_END_OF = new RegExp(`(?:end|close)(?: of (?:the )?|-)(?:(?:${MONTH_PATTERN})\\.?(?:,? \\d{4})?|\\d{4}|(?:last |previous |past )?year|(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)[ -]quarter|Q[1-4]|(?:first|second|1st|2nd)[ -]half)(?: of \\d{4}| \\d{4})?)(?![\\dA-Za-z])`, 'iy');
const EN_MONTH = new RegExp(`(?:${MONTH_PATTERN})\\.?((?: \\d{1,2}(?:st|nd|rd|th)?)?(?:,? \\d{4})?)(?![\\dA-Za-z])`, 'iy');
// (…, a third-quarter increase of, the first-half total: the adjective is the period too.)
const EN_HALF = /(?:first|second|1st|2nd)[ -]half(?: of (?:the year )?\d{4})?(?![\dA-Za-z])/iy;
// (January-May, January to May 2025: a range of months, one period — not the month it starts with.)
const EN_MONTH_RANGE = new RegExp(`(?:${MONTH_PATTERN})\\.? ?(?:-|–|—|to|through) ?(?:${MONTH_PATTERN})(?:\\.(?=,? \\d{4}))?(?:,? \\d{4})?(?![\\dA-Za-z])`, 'iy');
const EN_FIRST_MONTHS = /first (?:two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01]) months(?: of \d{4})?(?![\dA-Za-z])/iy;
const EN_QUARTERS = /first (?:three|two) quarters(?: of \d{4})?(?![\dA-Za-z])|(?:first|second|third|fourth)[ -]quarter(?: of \d{4})?(?![\dA-Za-z])/iy;
const EN_NUMBERED = /(?:Group|Part|Section|Chapter|Article|Item|Step|Phase|Round|Table|Figure|Annex|Appendix|No\.) ?\d{1,3}(?![\d.,]*\d)/iy;
const EN_FIRST_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(MONTHS),
  ...'group part section chapter article item step phase round table figure annex appendix no end close first second third fourth'.split(' '),
]);
const EN_DEADLINE = /(?:\bby|end of) $/i;
const EN_TIME_CONTEXT = /(?:as of|by|in|since|until|through|from|to|of|end of) $/i;
// (Q1-Q3, Q1-3: a range of quarters, one period.)
const ALNUM_PERIOD = /(?:Q[1-4] ?[-–—~] ?Q?[1-4]|[HQ][1-4]|FY\d{2,4})(?: \d{4})?(?![0-9A-Za-z])/y;

const LINE_MARKERS = ' \t#>*-•';
const SENTENCE_MARKS = '。;:!?';
const ORDINAL_CLASSIFIERS = '条项次批届名期章节款个位号年';
const MAX_DIGITS = 40;
const MAX_ZH_RUN = 24;

// Magnitude ranks, for groups such as 8兆3,522亿 (each group smaller than the one before).
const RANK: Readonly<Record<string, number>> = { 万亿: 12, 兆: 12, 亿: 8, 千万: 7, 百万: 6, 万: 4, 千: 3 };

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

// English words match case-insensitively and as whole words; Chinese ones exactly.
// No allocation: these run a few times per number of untrusted text.
function sameAt(s: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (lower(s.charCodeAt(at + k)) !== lower(word.charCodeAt(k))) return false;
  return true;
}

function startsWithAt(s: string, at: number, word: string): boolean {
  if (at < 0 || at + word.length > s.length) return false;
  if (word.charCodeAt(0) >= 0x80) return s.startsWith(word, at);
  if (!sameAt(s, at, word)) return false;
  return !(isLatin(word[word.length - 1]) && isLatin(s[at + word.length]));
}

function endsWithAt(s: string, end: number, word: string): boolean {
  const start = end - word.length;
  if (start < 0) return false;
  if (word.charCodeAt(0) >= 0x80) return s.startsWith(word, start);
  if (!sameAt(s, start, word)) return false;
  return !(isLatin(word[0]) && isLatin(s[start - 1]));
}

/** The lower-cased first (or last) characters of a word list: a cheap test before trying the list. */
function edgeChars(words: readonly string[], last: boolean): ReadonlySet<string> {
  const set = new Set<string>();
  for (const w of words) set.add((last ? (w[w.length - 1] as string) : (w[0] as string)).toLowerCase());
  return set;
}

const AFTER_NUMBER = edgeChars([...MAGNITUDES, ...UNITS, ...SUFFIX_QUALIFIERS, ...FOREIGN_CURRENCY_UNITS, '人民币', '余', '多'], false);
const AFTER_NUMERAL = edgeChars(NUMERAL_UNITS, false);

/** A word list indexed by its words' lower-cased first (or last) character, order kept (longest first). */
type WordIndex = ReadonlyMap<string, readonly string[]>;
const NONE: readonly string[] = [];

function indexWords(words: readonly string[], last: boolean): WordIndex {
  const map = new Map<string, string[]>();
  for (const w of words) {
    const key = (last ? (w[w.length - 1] as string) : (w[0] as string)).toLowerCase();
    const list = map.get(key);
    if (list) list.push(w);
    else map.set(key, [w]);
  }
  return map;
}

function candidates(index: WordIndex, ch: string | undefined): readonly string[] {
  if (ch === undefined) return NONE;
  return index.get(ch.length === 1 && ch >= 'A' && ch <= 'Z' ? ch.toLowerCase() : ch) ?? NONE;
}

const QUALIFIERS_BY_LAST = indexWords(PREFIX_QUALIFIERS, true);
const CURRENCIES_BY_LAST = indexWords(CURRENCY_PREFIXES, true);
const FOREIGN_BY_LAST = indexWords(FOREIGN_CURRENCY_PREFIXES, true);
const MAGNITUDES_BY_FIRST = indexWords(MAGNITUDES, false);
const UNITS_BY_FIRST = indexWords(UNITS, false);
const SUFFIXES_BY_FIRST = indexWords(SUFFIX_QUALIFIERS, false);
const FOREIGN_UNITS_BY_FIRST = indexWords(FOREIGN_CURRENCY_UNITS, false);
const NUMERAL_UNITS_BY_FIRST = indexWords(NUMERAL_UNITS, false);

/** Whether a Chinese numeral is a small count (二 … 九十九), the only one 方, 大 and 级 count. */
function isSmallNumeral(s: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) if (!'一二两三四五六七八九十'.includes(s[k] as string)) return false;
  return true;
}

/** Whether the unit `u`, ending at `after`, begins another word there (三方面, 三大力, 种植, 二级市场). */
function startsAnotherWord(s: string, u: string, after: number): boolean {
  for (const w of UNIT_NOT_BEFORE[u] ?? NONE) if (s.startsWith(w, after)) return true;
  return false;
}

// English number words, and the words around them that make them something else.
const LONGEST_COUNT_WORD = Math.max(...Object.keys(COUNT_WORDS).map((w) => w.length));
const NUMBER_WORD_SET: ReadonlySet<string> = new Set(NUMBER_WORDS);
const NOT_A_NOUN: ReadonlySet<string> = new Set([...NUMBER_WORDS, ...FRACTION_WORDS, ...Object.keys(MONTHS)]);
const NOT_A_COUNT_AFTER: ReadonlySet<string> = new Set([...NUMBER_WORDS, ...LABEL_WORDS, ...Object.keys(MONTHS)]);
const EN_MAGNITUDE_WORDS: ReadonlySet<string> = new Set(['thousand', 'million', 'billion', 'trillion']);
/** Longer than any word in the sets above: a word read no further than this is none of them. */
const MAX_CONTEXT_WORD = 12;

/** The lower-cased Latin word starting at `at` ('' if none; '…' if longer than MAX_CONTEXT_WORD). */
function wordAfter(s: string, at: number): string {
  let k = at;
  while (k - at <= MAX_CONTEXT_WORD && isLatin(s[k])) k++;
  if (k === at) return '';
  return k - at > MAX_CONTEXT_WORD ? '…' : s.slice(at, k).toLowerCase();
}

/** The lower-cased Latin word ending at `end` ('' if none; '…' if longer than MAX_CONTEXT_WORD). */
function wordBefore(s: string, end: number): string {
  let k = end;
  while (end - k <= MAX_CONTEXT_WORD && k > 0 && isLatin(s[k - 1])) k--;
  if (k === end) return '';
  return end - k > MAX_CONTEXT_WORD ? '…' : s.slice(k, end).toLowerCase();
}

/** Whether the word after the space at `at` is a number word, directly or after "and" (hundred and fifty). */
function numberWordFollows(s: string, at: number): boolean {
  if (s[at] !== ' ') return false;
  const w = wordAfter(s, at + 1);
  if (NUMBER_WORD_SET.has(w)) return true;
  return w === 'and' && s[at + 4] === ' ' && NUMBER_WORD_SET.has(wordAfter(s, at + 5));
}

function wordAt(index: WordIndex, s: string, j: number): string {
  for (const w of candidates(index, s[j])) if (startsWithAt(s, j, w)) return w;
  return '';
}

// What starts a mention, by UTF-16 code unit: the main loop skips everything else at once.
const T_DIGIT = 1;
const T_LATIN = 2;
const T_BRACKET = 3;
const T_SUPERSCRIPT = 4;
const T_ENCLOSED = 5;
const T_NUMERAL = 6;
const T_HALF = 7;
const T_YEAR = 8;
const TRIGGER = new Uint8Array(0x10000);
for (let c = 0x30; c <= 0x39; c++) TRIGGER[c] = T_DIGIT;
for (let c = 0x41; c <= 0x5a; c++) TRIGGER[c] = T_LATIN;
for (let c = 0x61; c <= 0x7a; c++) TRIGGER[c] = T_LATIN;
for (const ch of '[〔(【') TRIGGER[ch.charCodeAt(0)] = T_BRACKET;
for (const ch of '\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079') TRIGGER[ch.charCodeAt(0)] = T_SUPERSCRIPT;
for (const [from, to] of ENCLOSED_RANGES) TRIGGER.fill(T_ENCLOSED, from, to + 1);
for (const ch of '零〇一二两三四五六七八九十百千万亿') TRIGGER[ch.charCodeAt(0)] = T_NUMERAL;
TRIGGER['上'.charCodeAt(0)] = T_HALF;
TRIGGER['下'.charCodeAt(0)] = T_HALF;
// 首季 (Taiwan, Hong Kong): the first quarter.
TRIGGER['首'.charCodeAt(0)] = T_HALF;
TRIGGER['年'.charCodeAt(0)] = T_YEAR;

function isNumeralCode(c: number): boolean {
  return TRIGGER[c] === T_NUMERAL;
}

/** Characters after a Chinese numeral that can make it a mention other than a figure. */
const ZH_CONTINUATIONS = '届中大、季个年月”」』》';

function mayFollow(ch: string | undefined): boolean {
  return ch !== undefined && AFTER_NUMBER.has(ch.length === 1 && ch >= 'A' && ch <= 'Z' ? ch.toLowerCase() : ch);
}

function isAndMore(s: string, j: number): boolean {
  return (s[j] === '余' && s[j + 1] !== '额') || s[j] === '多';
}

// Figures and as-of dates repeat in a text (and in adversarial input): both readers
// are pure, so their results are kept, a bounded number of them.
const CACHE_LIMIT = 10_000;
const FIGURE_CACHE = new Map<string, Figure | string>();

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

function readFigure(text: string, billion: 'billion' | 'yi' | undefined): Figure | string {
  const key = `${billion ?? ''}\u0000${text}`;
  const cached = FIGURE_CACHE.get(key);
  if (cached !== undefined) return cached;
  try {
    return remember(FIGURE_CACHE, key, parseFigure(text, billion === undefined ? {} : { billion }));
  } catch (error) {
    return remember(FIGURE_CACHE, key, isWupianError(error) ? error.message : 'the figure cannot be read');
  }
}


function sticky(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

interface NumberToken {
  readonly end: number;
  readonly intDigits: number;
  readonly decimals: number;
  readonly grouped: boolean;
  readonly dotted: boolean;
}

// An Arabic number at `i`: digits, thousands groups ("1,085.29"; a group is exactly
// three digits), a decimal part; "1.2.3" is dotted. Each character is read once.
function readNumberToken(s: string, i: number): NumberToken {
  let j = i;
  while (isDigit(s[j])) j++;
  const intDigits = j - i;
  let grouped = false;
  if (intDigits <= 3) {
    while (s[j] === ',' && isDigit(s[j + 1]) && isDigit(s[j + 2]) && isDigit(s[j + 3]) && !isDigit(s[j + 4])) {
      j += 4;
      grouped = true;
    }
    // "1, 234.56亿元": a copy's stray space after a thousands comma — a group only when a decimal part
    // closes the number (a list 1, 234亿元 would be none).
    if (!grouped) {
      let k = j;
      while (s[k] === ',' && s[k + 1] === ' ' && isDigit(s[k + 2]) && isDigit(s[k + 3]) && isDigit(s[k + 4]) && !isDigit(s[k + 5])) k += 5;
      if (k > j && s[k] === '.' && isDigit(s[k + 1])) {
        j = k;
        grouped = true;
      }
    }
  }
  let decimals = 0;
  if (s[j] === '.' && isDigit(s[j + 1])) {
    let k = j + 1;
    while (isDigit(s[k])) k++;
    decimals = k - j - 1;
    j = k;
  }
  let dotted = false;
  while (decimals > 0 && s[j] === '.' && isDigit(s[j + 1])) {
    dotted = true;
    j++;
    while (isDigit(s[j])) j++;
  }
  return { end: j, intDigits, decimals, grouped, dotted };
}

class Scanner {
  private readonly items: Item[] = [];
  private lastEnd = 0;
  // Line tracking, advanced monotonically: the last line break before `nlScan`.
  private nlScan = 0;
  private lastNL = -1;
  private contentFor = -2;
  private contentStart = 0;

  constructor(
    private readonly s: string,
    private readonly options: FindMentionsOptions,
  ) {}

  run(): Mention[] {
    const s = this.s;
    const links = linkBlocks(s);
    let link = 0;
    let i = 0;
    while (i < s.length) {
      // 上一篇：…, 相关阅读：…: links to other articles, whose headlines are not this text's figures.
      const block = links[link];
      if (block && i >= block[0]) {
        link++;
        if (i < block[1]) {
          i = this.add('unreadable', i, block[1], 'a link to another article (上一篇, 相关阅读)');
          continue;
        }
      }
      const t = TRIGGER[s.charCodeAt(i)] as number;
      if (t === 0) {
        i++;
        continue;
      }
      const ch = s[i] as string;
      let next: number | null = null;
      switch (t) {
        case T_DIGIT:
          next = this.arabic(i);
          break;
        case T_NUMERAL:
          next = this.chinese(i);
          break;
        case T_BRACKET:
          next = this.bracket(i);
          break;
        case T_SUPERSCRIPT:
          next = this.superscript(i);
          break;
        case T_ENCLOSED:
          next = this.add('ordinal', i, i + 1, 'an enclosed list number');
          break;
        case T_LATIN:
          if (!isLatin(s[i - 1]) && !isDigit(s[i - 1])) next = this.english(i);
          break;
        case T_HALF:
          if (ch === '首') {
            if (s[i + 1] === '季' && !'节风'.includes(s[i + 2] ?? '节')) next = this.time('period', i, s[i + 2] === '度' ? i + 3 : i + 2, 'a quarter');
          } else if (s.startsWith('半年', i + 1)) next = this.time('period', i, i + 3, ch === '上' ? 'the first half of a year' : 'the second half of a year');
          break;
        case T_YEAR:
          if ((s[i + 1] === '末' || s[i + 1] === '底') && !this.isBasis(i)) next = this.time('date', i, i + 2, 'the year-end');
          break;
      }
      i = next !== null && next > i ? next : i + 1;
    }
    return this.finish();
  }

  // ---- recording -------------------------------------------------------------------

  private add(kind: OtherMention['kind'], start: number, end: number, reason: string): number {
    this.items.push({ kind, span: [start, end], text: this.s.slice(start, end), reason });
    this.lastEnd = end;
    return end;
  }

  private time(kind: TimeMention['kind'], start: number, end: number, reason: string): number {
    const text = this.s.slice(start, end);
    const doc = this.options.documentDate;
    // "June" after "As of " needs its context to be read.
    const asOf = readAsOf(text, doc) ?? (start > this.lastEnd ? readAsOf(this.s.slice(Math.max(this.lastEnd, start - 12), end), doc) : null);
    this.items.push({ kind, span: [start, end], text, reason, ...(asOf ? { asOf } : {}) });
    this.lastEnd = end;
    return end;
  }

  // ---- context ---------------------------------------------------------------------

  /** Whether `pos` is where a line's content starts (after markdown marks and indentation). */
  private atLineStart(pos: number): boolean {
    const s = this.s;
    while (this.nlScan < pos) {
      if (s[this.nlScan] === '\n') this.lastNL = this.nlScan;
      this.nlScan++;
    }
    if (this.contentFor !== this.lastNL) {
      let k = this.lastNL + 1;
      while (k < s.length && LINE_MARKERS.includes(s[k] as string)) k++;
      this.contentFor = this.lastNL;
      this.contentStart = k;
    }
    return pos === this.contentStart;
  }

  /** Whether a dotted date ending at `end` ends there: a clause mark, 为, 止 … after it, never a unit. */
  private endsAsDate(end: number): boolean {
    const next = this.s[end];
    return next === undefined || AFTER_DOTTED_DATE.includes(next);
  }

  /** Whether a month and day at [start, end) stand where a date stands: after 截至, or opening a clause before 为. */
  private standsAsMonthDay(start: number, end: number): boolean {
    const s = this.s;
    if (!this.endsAsDate(end)) return false;
    if (DATE_LEAD.test(s.slice(Math.max(0, start - 4), start))) return true;
    const before = s[start - 1];
    const opens = before === undefined || ',;:。\n'.includes(before) || this.atLineStart(start);
    return opens && (s[end] === '为' || s[end] === '末' || s[end] === '底');
  }

  /** 较年末, 比上年末: the year-end named as a comparison base. */
  private isBasis(at: number): boolean {
    const s = this.s;
    const p1 = s[at - 1];
    const p2 = s[at - 2];
    return p1 === '较' || p1 === '比' || p1 === '与' || p1 === '上' || p1 === '去' || p2 === '较' || p2 === '比';
  }

  // ---- Arabic numbers --------------------------------------------------------------

  private arabic(i: number): number {
    const s = this.s;
    // Dates, periods and codes are tried first, each only when the character after the
    // digit run can continue it (most numbers try none of them).
    let d = i;
    while (isDigit(s[d])) d++;
    const run = d - i;
    const c = s[d] ?? '';
    const range = c !== '' && RANGE_CHARS.includes(c);
    let m: RegExpExecArray | null;
    // 1,2034.5亿元: a comma inside a number that no thousands grouping explains (four digits after it) — a slip no reader
    // can undo for sure (12034.5? a list?): unreadable, the whole number, never a figure of 1.
    if (run <= 3 && c === ',' && (m = sticky(MISGROUPED, s, i))) return this.add('unreadable', i, i + m[0].length, 'a comma inside a number that no thousands grouping explains (1,2034.5)');
    // 114/9/30: a date of the Republic of China calendar (Taiwan's tables and releases).
    if (run === 3 && c === '/' && (m = sticky(ROC_DATE, s, i))) return this.time('date', i, i + m[0].length, 'a calendar date (Republic of China year)');
    // (114.6.30: with dots, when it is a real day and no unit follows it.)
    // (114.6.30本國銀行…: three parts with a year of the calendar are no number — words may follow, never a unit.)
    if (run === 3 && c === '.' && (m = sticky(ROC_DOTTED, s, i)) && (this.endsAsDate(i + m[0].length) || !/^[\d.亿億万萬元%％兆千百十]/.test(s[i + m[0].length] ?? '0')) && readAsOf(m[0], undefined)) {
      return this.time('date', i, i + m[0].length, 'a calendar date (Republic of China year)');
    }
    if (run === 4) {
      if ((c === '-' || c === '/' || c === '.') && (m = sticky(ISO_DATE, s, i))) {
        const y = Number(m[1]);
        if (y >= 1900 && y <= 2100) return this.time('date', i, i + m[0].length, 'a calendar date');
      }
      if ((c === '年' || range) && (m = sticky(YEAR_RANGE, s, i))) return this.time('period', i, i + m[0].length, 'a range of years');
      if (c === '年' && (m = sticky(YEAR_ZH, s, i))) {
        const y = Number(m[1]);
        if (y >= 1900 && y <= 2100) {
          const point = m[5] !== undefined || m[4] !== undefined || m[6] !== undefined || /[末底]$/.test(m[0]);
          return this.time(point ? 'date' : 'period', i, i + m[0].length, point ? 'a date' : 'a year or a part of one');
        }
      }
      if ((c === '-' || c === '/') && (m = sticky(ISO_MONTH, s, i))) {
        const y = Number(m[1]);
        const mo = Number(m[2]);
        if (y >= 1900 && y <= 2100 && mo >= 1 && mo <= 12) return this.time('date', i, i + m[0].length, 'a month');
      }
      if ((c === ' ' || isLatin(c)) && (m = sticky(YEAR_HALF, s, i))) return this.time('period', i, i + m[0].length, 'a half-year or quarter');
    }
    if (run <= 2) {
      if ((c === '月' || range) && (m = sticky(MONTH_RANGE, s, i))) {
        const a = Number(m[1]);
        const b = Number(m[2]);
        if (a >= 1 && b <= 12 && a < b) return this.time('period', i, i + m[0].length, 'a range of months');
      }
      if (c === '月' && (m = sticky(MONTH_ZH, s, i))) {
        const mo = Number(m[1]);
        const day = m[2] === undefined ? 1 : Number(m[2]);
        if (mo >= 1 && mo <= 12 && day >= 1 && day <= 31) return this.time('date', i, i + m[0].length, m[2] === undefined ? 'a month' : 'a date');
        return this.add('unreadable', i, i + m[0].length, 'not a valid month or day');
      }
      if ((c === ' ' || isLatin(c)) && (m = sticky(DAY_MONTH_EN, s, i))) return this.time('date', i, i + m[0].length, 'a date');
      // 截至6.30，…；3.31为…: a month and day with a dot, only where a date stands (after 截至, or opening a
      // clause before 为) and is a real day; 6.30亿元 and 13.36% stay numbers.
      if (c === '.' && (m = sticky(MONTH_DAY, s, i)) && i >= this.lastEnd && this.standsAsMonthDay(i, i + m[0].length) && readAsOf(m[0], '2000-12-31')) {
        return this.time('date', i, i + m[0].length, 'a month and day (6.30)');
      }
      // 114年9底, 2025年9底: a month-end with its 月 left out, right after a year.
      if ((c === '底' || c === '末') && s[i - 1] === '年' && isDigit(s[i - 2]) && Number(s.slice(i, d)) >= 1 && Number(s.slice(i, d)) <= 12) {
        return this.time('date', i, d + 1, 'a month-end with 月 left out (9底)');
      }
      if (c === ':' && (m = sticky(TIME, s, i)) && Number(m[1]) <= 24 && Number(m[2]) < 60) return this.time('date', i, i + m[0].length, 'a time of day');
    }
    if ((c === ':' || c === '.') && (m = sticky(RATIO, s, i))) return this.add('unreadable', i, i + m[0].length, 'a ratio (a:b), not a single figure');
    if ((c === '+' || isLatin(c)) && (m = sticky(FORMULA, s, i))) return this.add('name', i, i + m[0].length, 'a number inside a name such as "1+3+5+N"');
    if (isLatin(c) && (m = sticky(ORDINAL_SUFFIX, s, i))) return this.add('ordinal', i, i + m[0].length, 'an ordinal (1st, 2nd …)');

    const token = readNumberToken(s, i);
    const e = token.end;
    if ((s[e] === '.' || s[e] === ',') && (s[e + 1] === '.' || s[e + 1] === ',') && isDigit(s[e + 2])) {
      // 12..3, 1.,5: a malformed number.
      let k = e;
      while (isDigit(s[k]) || s[k] === '.' || s[k] === ',') k++;
      return this.add('unreadable', i, k, 'a malformed number');
    }
    if (e - i > MAX_DIGITS) return this.add('unreadable', i, e, `a digit string of ${e - i} characters, too long to be a figure`);
    if (token.dotted) {
      if (this.atLineStart(i)) return this.add('ordinal', i, e, 'a section number');
      return this.add('unreadable', i, e, 'a dotted number (a section or version number?), not a figure');
    }
    if (isLatin(s[e])) {
      // 3R, 5G, 2025H1: a code, not a figure.
      const code = sticky(ALNUM, s, i);
      const end = code ? i + code[0].length : e;
      if (/^\d{4}[HQ][1-4]$/i.test(s.slice(i, end))) return this.time('period', i, end, 'a half-year or quarter');
      return this.add('name', i, end, 'a number inside a code or name');
    }
    const plain = token.decimals === 0 && !token.grouped;
    if (plain) {
      // Durations: 3年, 6个月 are lengths of time.
      if (s[e] === '年' && token.intDigits <= 3) return this.time('period', i, e + 1, 'a length of time');
      if (s.startsWith('个月', e)) {
        const first = FIRST_OF.includes(s[i - 1] ?? '') && i - 1 >= this.lastEnd;
        return this.time('period', first ? i - 1 : i, e + 2, first ? 'the first months of a year (前10个月)' : 'a length of time');
      }
      if (s[e] === '日' && token.intDigits <= 2) {
        return Number(s.slice(i, e)) <= 31 ? this.time('date', i, e + 1, 'a day of the month') : this.add('unreadable', i, e + 1, 'not a valid day');
      }
      if (s[e] === '号') return this.add('name', i, e + 1, 'a number in a name (N号)');
      // 第3条: an ordinal.
      if (s[i - 1] === '第' && i - 1 >= this.lastEnd) {
        if (s.startsWith('季度', e)) return this.time('period', i - 1, e + 2, 'a quarter');
        // 第2季 (Taiwan, Hong Kong): a quarter too.
        if (s[e] === '季' && !'节风'.includes(s[e + 1] ?? '节')) return this.time('period', i - 1, e + 1, 'a quarter');
        const end = ORDINAL_CLASSIFIERS.includes(s[e] ?? '\u0000') ? e + 1 : e;
        return this.add('ordinal', i - 1, end, 'an ordinal (第N)');
      }
      // List numbers: "1." "1、" "1)" or a table's row number at the start of a line.
      if (token.intDigits <= 3) {
        const mark = s[e];
        const listMark = mark === '、' || mark === ')' || (mark === '.' && !isDigit(s[e + 1]));
        if (this.atLineStart(i) && (listMark || mark === '\t')) return this.add('ordinal', i, mark === '\t' ? e : e + 1, 'a list or row number');
        if (mark === '、' && SENTENCE_MARKS.includes(s[i - 1] ?? '\u0000')) return this.add('ordinal', i, e + 1, 'a list number');
      }
    }
    // ("1, 234.56": a group read across a stray space is written without it.)
    const raw = s.slice(i, e);
    return this.figure(i, e, token.grouped && raw.includes(', ') ? raw.replace(/, /g, ',') : raw, false, token.intDigits === 4 && plain);
  }

  // ---- figures -----------------------------------------------------------------------

  /**
   * Reads the words around a number at [numStart, numEnd): qualifier, currency and sign
   * before; 余/多, magnitude, unit and qualifier after. `zh`: a Chinese numeral, which is
   * a mention only with a unit or magnitude; `word`: an English number word, which takes
   * no sign. Returns where scanning goes on.
   */
  private figure(numStart: number, numEnd: number, number: string, zh: boolean, yearLike: boolean, word = false): number {
    const s = this.s;
    // Before: sign, currency, qualifier (never reaching into the previous mention).
    let start = numStart;
    let sign = '';
    if ((s[start - 1] === '-' || s[start - 1] === '\u2212') && start - 1 >= this.lastEnd && !isDigit(s[start - 2]) && !isLatin(s[start - 2]) && !zh && !word) {
      sign = '-';
      start--;
    }
    let foreign = false;
    let currency = '';
    let qualifier = '';
    for (const c of candidates(FOREIGN_BY_LAST, s[start - 1])) {
      if (start - c.length >= this.lastEnd && s.startsWith(c, start - c.length)) {
        foreign = true;
        start -= c.length;
        break;
      }
    }
    if (!foreign) {
      for (const c of candidates(CURRENCIES_BY_LAST, s[start - 1])) {
        if (start - c.length >= this.lastEnd && s.startsWith(c, start - c.length)) {
          currency = c;
          start -= c.length;
          break;
        }
      }
    }
    for (const q of candidates(QUALIFIERS_BY_LAST, s[start - 1])) {
      if (start - q.length >= this.lastEnd && endsWithAt(s, start, q)) {
        qualifier = q;
        start -= q.length;
        break;
      }
    }
    if (!qualifier && s[start - 1] === ' ') {
      // 超 30亿元: one space between a Chinese qualifier and the number.
      for (const q of candidates(QUALIFIERS_BY_LAST, s[start - 2])) {
        if (q.charCodeAt(0) >= 0x80 && start - 1 - q.length >= this.lastEnd && endsWithAt(s, start - 1, q)) {
          qualifier = q;
          start -= q.length + 1;
          break;
        }
      }
    }
    let indefinite = false;
    if (zh && !qualifier && INDEFINITE_PREFIXES.includes(s[numStart - 1] ?? '\u0000') && numStart - 1 >= this.lastEnd) {
      indefinite = true;
      start = numStart - 1;
    }

    // After: 余/多, magnitude groups, 余/多, unit, qualifier.
    let j = numEnd;
    let core = sign + number;
    if (!mayFollow(s[j]) && !(zh && AFTER_NUMERAL.has(s[j] ?? ''))) {
      return this.pending(start, j, numStart, numEnd, qualifier + currency, core, '', '', qualifier !== '' || currency !== '' || sign !== '', foreign, yearLike, zh, number, indefinite, word);
    }
    const beforeMore = j;
    if (isAndMore(s, j)) core += s[j++] as string;
    j = this.skipSpaceBeforeChinese(j);
    let magnitude = wordAt(MAGNITUDES_BY_FIRST, s, j);
    j += magnitude.length;
    if (!magnitude && j > beforeMore && !wordAt(UNITS_BY_FIRST, s, j)) {
      // 余/多 with nothing after it is a word (多元化), not "and more".
      j = beforeMore;
      core = sign + number;
    }
    let unitText = magnitude;
    if (magnitude) {
      if (isAndMore(s, j)) core += s[j++] as string;
      // Groups: 8兆3,522亿.
      for (;;) {
        const rank = RANK[magnitude];
        if (rank === undefined || !(isDigit(s[j]) || isZhDigit(s[j]))) break;
        const k = isDigit(s[j]) ? readNumberToken(s, j).end : j + (readChineseNumeral(s, j)?.length ?? 0);
        const m2 = wordAt(MAGNITUDES_BY_FIRST, s, k) || undefined;
        const rank2 = m2 === undefined ? undefined : RANK[m2];
        if (m2 === undefined || rank2 === undefined || rank2 >= rank) break;
        core += unitText + s.slice(j, k);
        magnitude = m2;
        unitText = m2;
        j = k + m2.length;
        if (isAndMore(s, j)) core += s[j++] as string;
      }
    }
    const foreignUnit = wordAt(FOREIGN_UNITS_BY_FIRST, s, j);
    if (foreignUnit) {
      foreign = true;
      j += foreignUnit.length;
    }
    let unit = '';
    if (!foreign) {
      if (!magnitude) j = this.skipSpaceBeforeChinese(j);
      // (13兆人幣: Taiwan's press shortens 人民幣 to 人幣 — yuan, not people.)
      const yuanWord = s.startsWith('人民币', j) ? 3 : s.startsWith('人币', j) ? 2 : 0;
      if (yuanWord > 0) {
        unit = '元';
        j += yuanWord;
      } else {
        let u = wordAt(UNITS_BY_FIRST, s, j);
        if (!u && zh && !magnitude && isSmallNumeral(number, 0, number.length)) u = wordAt(NUMERAL_UNITS_BY_FIRST, s, j);
        if (u && !(u === '个' && s[j + 1] === '月') && !this.notAUnit(u, j, numStart, number, zh)) {
          unit = u === '元人民币' ? '元' : u;
          j += u.length;
        }
      }
    }
    const suffix = wordAt(SUFFIXES_BY_FIRST, s, j);
    j += suffix.length;

    return this.pending(start, j, numStart, numEnd, qualifier + currency, core, unitText + unit, suffix, qualifier !== '' || currency !== '' || sign !== '', foreign, yearLike && !unitText && !unit && !suffix, zh, number, indefinite, word);
  }

  /**
   * Whether the unit `u` at `j` is the start of another word (三方面, 三大力, 种植, 二级市场)
   * or not a count here: 二级 is a rank (两级 counts), 千方百计 and 百种 are idioms,
   * 四面八方 is no parties.
   */
  private notAUnit(u: string, j: number, numStart: number, number: string, zh: boolean): boolean {
    const s = this.s;
    if (startsAnotherWord(s, u, j + u.length)) return true;
    if (!zh) return false;
    if ((u === '部门' || u === '种') && (number === '百' || number === '千')) return true;
    if (u === '级' && number === '二') return true;
    return u === '方' && s[numStart - 1] === '面';
  }

  private skipSpaceBeforeChinese(j: number): number {
    const s = this.s;
    // 2150 亿元: one space between a number and a Chinese unit.
    if (s[j] !== ' ' || !(isHan(s[j + 1]) || s[j + 1] === '%')) return j;
    const k = j + 1;
    return wordAt(MAGNITUDES_BY_FIRST, s, k) || wordAt(UNITS_BY_FIRST, s, k) ? k : j;
  }

  private pending(
    start: number,
    end: number,
    numStart: number,
    numEnd: number,
    prefix: string,
    core: string,
    unit: string,
    suffix: string,
    qualified: boolean,
    foreign: boolean,
    yearLike: boolean,
    zh: boolean,
    number: string,
    indefinite: boolean,
    word: boolean,
  ): number {
    if (zh) {
      // A Chinese numeral is a figure only with a unit or magnitude, and a lone 一 before a
      // counting word is the article: 一个, 一次性, 一项项.
      if (!unit) return numEnd;
      if (number === '一' && COUNTING_UNITS.includes(unit)) return numEnd;
    }
    if (indefinite) return this.add('unreadable', start, end, `an indefinite quantity (${this.s.slice(start, end)})`);
    this.items.push({ kind: 'pending', start, end, numStart, numEnd, prefix, core, unit, suffix, qualified, foreign, yearLike, percentWord: false, ...(word ? { word } : {}) });
    this.lastEnd = end;
    return end;
  }

  // ---- Chinese numerals --------------------------------------------------------------

  private chinese(i: number): number {
    const s = this.s;
    if (s.startsWith('百分之', i)) return this.percentWord(i);
    // The run of numeral characters (with 点 between digits).
    let k = i;
    let inner = false; // a 万 or 亿 inside the run
    while (k < s.length && (isNumeralCode(s.charCodeAt(k)) || (s[k] === '点' && isZhDigit(s[k + 1]) && k > i))) {
      if (k > i && (s[k] === '万' || s[k] === '亿')) inner = true;
      k++;
    }
    if (k - i > MAX_ZH_RUN) return this.add('unreadable', i, k, 'a long run of numeral characters, not a number');
    // 首破万亿, 超亿元, 破兆: a headline's bare magnitude after a threshold word is one of it.
    if ((s.startsWith('万亿', i) || s[i] === '亿' || s[i] === '兆') && i - 1 >= this.lastEnd && BARE_MAGNITUDE_AFTER.test(s.slice(Math.max(this.lastEnd, i - 2), i))) {
      const next = this.figure(i, i, '', true, false);
      if (next > i) return next;
    }
    // 万一, 亿万: a magnitude cannot start a number.
    if (s[i] === '万' || s[i] === '亿') return i + 1;
    const prev = s[i - 1];
    // Most numeral characters are inside words (一线, 千行百业): what follows the run
    // decides, before anything is read.
    const after = s[k];
    if (
      !inner &&
      prev !== '第' &&
      !isOpeningQuote(prev) &&
      k - i !== 3 &&
      !mayFollow(after) &&
      !(after !== undefined && ZH_CONTINUATIONS.includes(after)) &&
      // 四方合作 reads on; 三方面, 千方百计 do not (a cheap look before reading the numeral).
      !(after !== undefined && AFTER_NUMERAL.has(after) && isSmallNumeral(s, i, k) && !startsAnotherWord(s, after, k + 1))
    ) {
      return k;
    }
    const run = s.slice(i, k);
    const read = readChineseNumeral(s, i);
    if (!read) return k;
    const end = i + read.length;
    const free = i - 1 >= this.lastEnd;
    // Ordinals: 第十四届, 第一; 一、 below; (一) is read by bracket().
    if (prev === '第' && free) {
      if (s.startsWith('季度', end)) return this.time('period', i - 1, end + 2, 'a quarter');
      if (s[end] === '季' && !'节风'.includes(s[end + 1] ?? '节')) return this.time('period', i - 1, end + 1, 'a quarter');
      const e = ORDINAL_CLASSIFIERS.includes(s[end] ?? '\u0000') ? end + 1 : end;
      return this.add('ordinal', i - 1, e, 'an ordinal (第N)');
    }
    // Names: “十四五”, 二十届三中全会, 二十大, “一二三四”.
    if (/^十[一二三四五六七八九]五$/.test(run)) return this.add('name', i, k, 'a five-year plan (十四五)');
    if (s[end] === '届' || s.startsWith('中全会', end)) {
      let e = s[end] === '届' ? end + 1 : end;
      const plenum = isZhDigit(s[e]) && s.startsWith('中全会', e + 1);
      if (plenum) e += 4;
      else if (s.startsWith('中全会', e)) e += 3;
      return this.add('name', i, e, 'a party congress or plenum');
    }
    if (s[end] === '大' && run.includes('十') && read.value.gte(11)) return this.add('name', i, end + 1, 'a party congress (二十大)');
    if (s[end] === '大' && i >= 2 && (s.startsWith('党的', i - 2) || s.startsWith('中共', i - 2))) return this.add('name', i, end + 1, 'a party congress (党的八大)');
    if (isOpeningQuote(prev) && isClosingQuote(s[end])) return this.add('name', i, end, 'a numeral in a quoted name');
    if (s[end] === '、' && this.atLineStart(i)) return this.add('ordinal', i, end + 1, 'a list number');
    // 前三大银行, 前五名, 前十位: a rank's reach, not a count of anything.
    if (prev === '前' && free && (s[end] === '大' || s[end] === '名' || s[end] === '位' || s[end] === '强')) return this.add('ordinal', i - 1, end + 1, 'the top N of a ranking (前三大, 前五名)');
    // 四大全国性商业银行, 五大行, 六大国有银行: a group of banks named by their number, not a count of anything said.
    if (s[end] === '大' && read.value.lte(10) && BANK_GROUP_AFTER.test(s.slice(end + 1, end + 9))) return this.add('name', i, end + 1, 'a group of banks named by their number (四大国有银行)');
    // Periods: 一季度, 前三季度, 三年, 六个月.
    // (前三季 without 度 is Taiwan's 前三季度; 首三季, 头三季 Hong Kong's and Macau's; 前十个月 the year's first months.)
    const first = FIRST_OF.includes(prev ?? '') && free;
    if (first && s[end] === '季' && s[end + 1] !== '度') return this.time('period', i - 1, end + 1, 'the first quarters of a year');
    if (s.startsWith('季度', end) || s.startsWith('个季度', end)) {
      return this.time('period', first ? i - 1 : i, end + (s[end] === '个' ? 3 : 2), first ? 'the first quarters of a year' : 'a quarter');
    }
    if (s.startsWith('个月', end)) return this.time('period', first ? i - 1 : i, end + 2, first ? 'the first months of a year' : 'a length of time');
    // 重要一年 is the article "a year"; 近一年 is a length of time.
    const articleYear = run === '一' && prev !== '近' && prev !== '前';
    if (s[end] === '年' && !s.startsWith('年级', end) && !articleYear) {
      if (read.length === 4 && read.value.gte(1900) && read.value.lte(2100)) return this.time('period', i, end + 1, 'a year');
      return this.time('period', i, end + 1, 'a length of time');
    }
    if (s[end] === '月' && read.value.gte(1) && read.value.lte(12) && read.decimals === 0) {
      let e = end + 1;
      const day = readChineseNumeral(s, e);
      if (day && s[e + day.length] === '日') e += day.length + 1;
      else if (s[e] === '末' || s[e] === '底' || s[e] === '份') e++;
      return this.time('date', i, e, 'a date');
    }
    const next = this.figure(i, end, run.slice(0, read.length), true, false);
    return next > end ? next : k;
  }

  /** 百分之三, 百分之3.5. */
  private percentWord(i: number): number {
    const s = this.s;
    const j = i + 3;
    let end: number;
    if (isDigit(s[j])) {
      const token = readNumberToken(s, j);
      if (token.dotted || token.end - j > MAX_DIGITS) return j;
      end = token.end;
    } else {
      const read = readChineseNumeral(s, j);
      if (!read) return j;
      end = j + read.length;
    }
    let start = i;
    let qualifier = '';
    for (const q of PREFIX_QUALIFIERS) {
      if (q.charCodeAt(0) >= 0x80 && start - q.length >= this.lastEnd && s.startsWith(q, start - q.length)) {
        qualifier = q;
        start -= q.length;
        break;
      }
    }
    let e = end;
    let suffix = '';
    for (const q of SUFFIX_QUALIFIERS) {
      if (startsWithAt(s, e, q)) {
        suffix = q;
        e += q.length;
        break;
      }
    }
    this.items.push({
      kind: 'pending',
      start,
      end: e,
      numStart: j,
      numEnd: end,
      prefix: qualifier,
      core: s.slice(i, end),
      unit: '',
      suffix,
      qualified: qualifier !== '',
      foreign: false,
      yearLike: false,
      percentWord: true,
    });
    this.lastEnd = e;
    return e;
  }

  // ---- brackets, marks -----------------------------------------------------------------

  private bracket(i: number): number | null {
    const s = this.s;
    let m: RegExpExecArray | null;
    if ((m = sticky(DOC_NUMBER, s, i))) return this.add('document-number', i, i + m[0].length, 'a document number (〔year〕N号)');
    if ((m = sticky(REFERENCE, s, i))) {
      let e = i + m[0].length;
      while ((m = sticky(REFERENCE, s, e))) e += m[0].length;
      return this.add('reference', i, e, 'a reference mark');
    }
    if ((m = sticky(PAREN_ORDINAL, s, i))) return this.add('ordinal', i, i + m[0].length, 'a list number in parentheses');
    // 【点击领取低息贷款 最高50万】: an advertisement a web copy pasted into the text, not its figures.
    if (s[i] === '【' || s[i] === '[') {
      const close = s.slice(i + 1, i + 1 + AD_LONGEST).search(/[】\]\n]/);
      if (close >= 0 && s[i + 1 + close] !== '\n' && AD_WORDS.test(s.slice(i + 1, i + 1 + close))) return this.add('unreadable', i, i + close + 2, 'an advertisement pasted into the text');
    }
    return null;
  }

  private superscript(i: number): number {
    let e = i;
    while (isSuperscriptDigit(this.s[e])) e++;
    return this.add('reference', i, e, 'a footnote mark');
  }

  // ---- English ---------------------------------------------------------------------------

  private english(i: number): number {
    const s = this.s;
    let wordEnd = i;
    while (isLatin(s[wordEnd])) wordEnd++;
    let m: RegExpExecArray | null;
    if (isDigit(s[wordEnd])) {
      // Q1, H1, FY2024: periods; G20, ICBC2023: codes.
      if ((m = sticky(ALNUM_PERIOD, s, i))) return this.time('period', i, i + m[0].length, 'a half-year, quarter or fiscal year');
      // RMB526.84 billion: the currency glued to its number; the number is read with it.
      if (wordEnd - i === 3 && /^(?:RMB|CNY)$/.test(s.slice(i, wordEnd))) return wordEnd;
      const code = sticky(ALNUM, s, i);
      return this.add('name', i, code ? i + code[0].length : wordEnd, 'a number inside a code or name');
    }
    const lowered = wordEnd - i <= LONGEST_COUNT_WORD ? s.slice(i, wordEnd).toLowerCase() : '';
    const count = COUNT_WORDS[lowered];
    if (count !== undefined) return this.countWord(i, wordEnd, count);
    // Only a few words start an English date, period or numbered part.
    if (!EN_FIRST_WORDS.has(lowered || s.slice(i, wordEnd).toLowerCase())) return wordEnd;
    if ((m = sticky(EN_NUMBERED, s, i))) return this.add('ordinal', i, i + m[0].length, 'a numbered part (Group N)');
    if ((m = sticky(EN_END_OF, s, i))) return this.time('date', i, i + m[0].length, 'a date (end of …)');
    if ((m = sticky(EN_HALF, s, i))) return this.time('period', i, i + m[0].length, 'a half-year');
    if ((m = sticky(EN_QUARTERS, s, i))) return this.time('period', i, i + m[0].length, 'quarters of a year');
    if ((m = sticky(EN_FIRST_MONTHS, s, i))) return this.time('period', i, i + m[0].length, 'the first months of a year');
    if ((m = sticky(EN_MONTH_RANGE, s, i))) return this.time('period', i, i + m[0].length, 'a range of months');
    if ((m = sticky(EN_MONTH, s, i))) {
      const dated = (m[1] ?? '').length > 0;
      if (dated || EN_TIME_CONTEXT.test(s.slice(Math.max(0, i - 12), i))) return this.time('date', i, i + m[0].length, 'a date');
    }
    return wordEnd;
  }

  /**
   * An English number word at [i, wordEnd) (two … ninety, twenty-five): a count when a word
   * follows it ("Twelve enterprises", "ten other departments", "ten billion yuan") or "top"
   * comes before it ("the top fifty"). Not within a longer number (two hundred, three
   * thousand five), a hyphenated word (two-thirds, ten-year, twenty-fifth), a fraction (two
   * thirds), a date (June twenty) or a label (Group Two). Every look is a bounded word.
   * Refused, scanning goes on after the word, and the rest of a hyphenated word is read
   * (and refused) on its own.
   */
  private countWord(i: number, wordEnd: number, value: number): number {
    const s = this.s;
    let end = wordEnd;
    if (s[end] === '-') {
      // twenty-five; any other hyphenated word (two-thirds, ten-year, twenty-fifth) is not a count.
      const ones = wordAfter(s, end + 1);
      if (value < 20 || COUNT_WORD_ONES[ones] === undefined) return wordEnd;
      end += 1 + ones.length;
    }
    // After a hyphen or an apostrophe inside a word (ten-ten, year's-ten): part of that word.
    const prev = s[i - 1];
    if ((prev === '-' || prev === '_' || prev === "'" || prev === '\u2019') && (isLatin(s[i - 2]) || isDigit(s[i - 2]))) return wordEnd;
    // The word before: a number (hundred and fifty, twenty five), a month, a label.
    if (prev === ' ') {
      const before = wordBefore(s, i - 1);
      if (NOT_A_COUNT_AFTER.has(before)) return wordEnd;
      if (before === 'and' && s[i - 5] === ' ' && NUMBER_WORD_SET.has(wordBefore(s, i - 5))) return wordEnd;
    }
    const top = prev === ' ' && endsWithAt(s, i - 1, 'top');
    let followed = false;
    if (s[end] === ' ' && isLatin(s[end + 1])) {
      const next = wordAfter(s, end + 1);
      if (NOT_A_NOUN.has(next) && !EN_MAGNITUDE_WORDS.has(next)) return wordEnd;
      // ten thousand five hundred: a longer number than parseFigure reads.
      if (EN_MAGNITUDE_WORDS.has(next) && numberWordFollows(s, end + 1 + next.length)) return wordEnd;
      followed = true;
    } else if (isDigit(s[end]) || s[end] === '-' || s[end] === "'" || s[end] === '\u2019' || s[end] === '_') {
      return wordEnd;
    }
    if (!followed && !top) return wordEnd;
    const next = this.figure(i, end, s.slice(i, end), false, false, true);
    return next > end ? next : end;
  }

  // ---- finishing -----------------------------------------------------------------------

  private finish(): Mention[] {
    const items = this.items;
    // Lists share the unit of their last item: 分别为6.47和2.29万亿元; 高7.9个、3.1个百分点.
    for (let k = items.length - 2; k >= 0; k--) {
      const item = items[k] as Item;
      const next = items[k + 1] as Item;
      if (item.kind !== 'pending' || next.kind !== 'pending' || item.foreign || next.foreign || item.percentWord) continue;
      // A number word takes a list's unit only before a word ("ten and 20 percent"), not
      // from a figure after a comma ("the top fifty, 3.79%").
      if (item.word && this.s[item.end] !== ' ') continue;
      // "in 2020 to 650 billion yuan": a year, not the first number of a range.
      if (item.yearLike && /\b(?:in|since|from|by|of|over|than|versus|vs\.?|end-)\s*$/i.test(this.s.slice(Math.max(0, item.start - 8), item.numStart))) continue;
      const shared = next.inherited ?? next.unit;
      if (!shared || item.unit === shared) continue;
      if (item.unit && !(shared.startsWith(item.unit) && isHan(item.unit[0]))) continue;
      if (!this.isSeparator(item.end, next.start)) continue;
      // (1, 234亿元: a thousands group with a stray space, or a list of 1 and 234 — no unit for either reading.)
      if (this.s.startsWith(', ', item.end) && next.start === item.end + 2 && /^\d{1,3}$/.test(this.s.slice(item.start, item.end)) && /^\d{3}(?!\d)/.test(this.s.slice(next.start, next.end))) continue;
      item.inherited = shared;
    }
    const out: Mention[] = [];
    // (本行綠色授信餘額新臺幣3,271億元；其中…1,053億元: where a text names the New Taiwan dollar and never the yuan, its bare
    // 元 are New Taiwan dollars too — not yuan set against them through an exchange rate.)
    const taiwanDollars = NT_DOLLAR.test(this.s) && !YUAN_NAMED.test(this.s);
    for (const item of items) {
      const built = item.kind === 'pending' ? (taiwanDollars ? this.inTaiwanDollars(this.build(item)) : this.build(item)) : item;
      // (余额1 2290.76亿元, 2165 . 60亿元, 增长1 6.0 9%: a figure right after digits left unread, across a space, is the
      // tail of a number a copy broke — which digits are its own, the copy does not say.)
      const last = out[out.length - 1];
      const broken = built.kind === 'figure' && last?.kind === 'unreadable' && /^\d[\d.]*$/.test(last.text) && BROKEN_GAP.test(this.s.slice(last.span[1], built.span[0]));
      out.push(broken ? { kind: 'unreadable', span: built.span, text: built.text, reason: CUT_BY_SPACE } : built);
    }
    return out;
  }

  // A figure in bare 元 read again in New Taiwan dollars, its text as printed.
  private inTaiwanDollars(m: Mention): Mention {
    if (m.kind !== 'figure' || m.figure.unit.dimension !== 'money' || m.figure.unit.currency !== undefined || !/元$/.test(m.figure.unit.symbol)) return m;
    const read = readFigure(`新台币${m.figure.text}`, this.options.billion);
    if (typeof read === 'string' || read.unit.currency !== 'TWD') return m;
    return { ...m, figure: { ...m.figure, unit: read.unit, value: read.value } };
  }

  private isSeparator(from: number, to: number): boolean {
    const gap = this.s.slice(from, to);
    if (gap.length > 8) return false;
    const trimmed = gap.trim();
    return LIST_SEPARATORS.some((sep) => sep.trim() === trimmed && trimmed.length > 0);
  }

  private build(item: Pending): Mention {
    const s = this.s;
    const span = [item.start, item.end] as const;
    const text = s.slice(item.start, item.end);
    if (item.foreign) return { kind: 'unreadable', span, text, reason: 'an amount in a currency other than yuan' };
    if (cutBySpace(s, item.numStart, item.numEnd)) return { kind: 'unreadable', span, text, reason: CUT_BY_SPACE };
    const unit = item.inherited ?? item.unit;
    if (!unit && !item.percentWord) {
      const prev = s[item.start - 1];
      const next = s[item.end];
      // ("an increase of 21.8 percent over 2023": the year compared with, not "more than 2023".)
      if (item.yearLike && /^over\s$/i.test(s.slice(item.start, item.numStart)) && /(?:percent|per cent|%)\s$/i.test(s.slice(Math.max(0, item.start - 12), item.start))) return this.build({ ...item, start: item.numStart, prefix: '', qualified: false });
      if (item.yearLike && !item.qualified) {
        const y = Number(s.slice(item.numStart, item.numEnd));
        if (y >= 1900 && y <= 2100) {
          // "By 2030": a deadline, the end of that year; otherwise the year itself.
          const deadline = EN_DEADLINE.test(s.slice(Math.max(0, item.start - 7), item.start));
          // "when 2023 closed": that year's end.
          if (/^ (?:closed|ended)(?![a-z])/i.test(s.slice(item.end, item.end + 8))) {
            const end = parseAsOf(`end of ${y}`);
            return { kind: 'date', span, text, reason: 'a year-end', ...(end ? { asOf: end } : {}) };
          }
          // "from the start of 2025": the end of the year before, where a change since the start of the year starts.
          if (/(?:start|beginning) of $/i.test(s.slice(Math.max(0, item.start - 13), item.start))) {
            const start = parseAsOf(`end of ${y - 1}`);
            return { kind: 'date', span, text, reason: 'the start of a year (the end of the year before)', ...(start ? { asOf: start } : {}) };
          }
          const asOf = parseAsOf(deadline ? `by ${y}` : String(y));
          return { kind: deadline ? 'date' : 'period', span, text, reason: deadline ? 'a deadline year' : 'a year', ...(asOf ? { asOf } : {}) };
        }
      }
      if (isOpeningQuote(prev)) return { kind: 'name', span, text, reason: 'a number in a quoted name' };
      if (isHan(prev) || isHan(next) || isClosingQuote(prev)) {
        return { kind: 'unreadable', span, text, reason: 'a bare number glued to a word, without a unit (a footnote mark or junk?)' };
      }
    }
    // A snippet cut off after a magnitude (余额20.98万...): its unit is lost with the rest.
    if (/^[万萬亿億千百兆]*$/.test(unit ?? '') && /^(?:\.{2,}|…|⋯)/.test(s.slice(item.end, item.end + 3))) {
      return { kind: 'unreadable', span, text, reason: 'a figure cut off by an ellipsis: its unit is lost' };
    }
    const figureText = item.prefix + item.core + (item.inherited ?? item.unit) + item.suffix;
    const figure = readFigure(figureText, this.options.billion);
    if (typeof figure === 'string') return { kind: 'unreadable', span, text, reason: figure };
    const withSpan: Figure = {
      value: figure.value,
      stated: figure.stated,
      unit: figure.unit,
      decimals: figure.decimals,
      qualifier: figure.qualifier,
      text: figure.text,
      span,
    };
    if (item.inherited === undefined) return { kind: 'figure', span, text, figure: withSpan };
    return { kind: 'figure', span, text, figure: withSpan, inheritedUnit: item.inherited };
  }
}

/**
 * Finds every numeric mention in a normalized text (see {@link normalizeText}; spans
 * index into the text given) and says what each is:
 *
 * - `figure`: a value with its unit and qualifier, read by `parseFigure` — 2150亿元,
 *   超30亿元, 6000余万元, 80%以上, 百分之三, 三成, 二十五条, 8兆3,522亿元, "1,085.29 billion
 *   yuan", "over 552,448", "RMB 13 billion"; counts with a classifier (十部门, 四方, 四大,
 *   三种, 三级 — not 方面, 大力, 种植, 二级市场) and English number words before a word or after
 *   "top" ("Twelve enterprises", "the top fifty": the mention is the number word; not "one",
 *   two hundred, two thirds, Group Two). Qualifier words before (超, 逾, 近, 约, 达,
 *   不足, 最高, over, more than …) and after (以上, 以下, 左右, (含)以上 …) are in the
 *   mention. The items of a list take the unit of its last item (分别为6.47和2.29万亿元;
 *   高7.9个、3.1个百分点: 7.9个 is read as 7.9个百分点), keeping their own spans.
 * - `date` (a point: 2025年6月末, 2025-09-28, 6月25日, "June 2025", "end of August") and
 *   `period` (a span: 上半年, 一季度, 前三季度, 1—6月, 2023年度, a year, a length of time
 *   such as 三年), with `asOf` when it can be resolved.
 * - `reference`: [21], [1][3], superscript footnote marks.
 * - `ordinal`: list and row numbers (1. / 1、 / 一、 / (一) / ① / a table's first column), 第N.
 * - `name`: numbers inside names (“2199”智慧信贷系统, 1+3+5+N, 十四五, 二十届三中全会, 3R).
 * - `document-number`: 〔2021〕1号.
 * - `unreadable`: a number that cannot be read with confidence, with the reason: a bare
 *   number glued to Chinese words (a footnote digit, junk), 数百家, a foreign currency, a
 *   dotted or over-long digit string, a figure `parseFigure` refuses.
 *
 * Every Arabic digit of the text is in exactly one mention. Chinese numerals are mentions
 * when they have a unit or make a date, period, ordinal or name; inside words (一线,
 * 千行百业, 三农, 一次性) they are not numbers. Linear time: sticky, bounded patterns.
 *
 * @example
 * findMentions('截至2025年6月末,辖区绿色信贷余额2150亿元,较年初增加253.31亿元,增速13.36%')
 * // [ { kind: 'date', text: '2025年6月末', asOf: { date: '2025-06-30' } … },
 * //   { kind: 'figure', text: '2150亿元', figure: { value: 215000000000 … } },
 * //   { kind: 'figure', text: '253.31亿元' … }, { kind: 'figure', text: '13.36%' … } ]
 * findMentions('分别为6.47和2.29万亿元')[0].figure.value.toFixed() // '6470000000000'
 * findMentions(5) // throws WupianError { code: 'invalid_argument', path: ['text'] }
 */
export function findMentions(text: string, options?: FindMentionsOptions): Mention[] {
  stringArg('findMentions', text, ['text']);
  const o = optionsArg<FindMentionsOptions>('findMentions', options);
  oneOfOption('findMentions', o.billion, ['options', 'billion'], ['billion', 'yi']);
  if (o.documentDate !== undefined) toDate(o.documentDate, ['options', 'documentDate']);
  return new Scanner(text, o).run();
}
