import type { Decimal as DecimalT } from 'decimal.js';
import { Decimal, LIMITS, checkRange } from '../decimal/decimal.js';
import { integerOption, oneOfOption, optionsArg } from '../errors/args.js';
import { ErrorCode, WupianError, abbreviate, quote, safely, type SafeResult } from '../errors/WupianError.js';
import { readChineseNumeral } from './chineseNumeral.js';
import type { Figure, Qualifier } from './figure.js';
import { normalizeFigureText } from './normalize.js';
import type { Dimension, ForeignCurrency, Unit } from './units.js';

/** Options of {@link parseFigure}. */
export interface ParseFigureOptions {
  /**
   * What 兆 means. Taiwanese and Hong Kong usage (and this default): 10^12, so
   * 8兆3,522億元 is 8.3522万亿元. Mainland technical usage: 10^6 (mega).
   */
  readonly zhao?: 'trillion' | 'million';
  /**
   * What English "billion" means. `'billion'` (default): 10^9. `'yi'`: 10^8 — for
   * machine summaries that render 亿元 as "billion yuan".
   */
  readonly billion?: 'billion' | 'yi';
  /** Offset of `text` in a larger document, recorded as the figure's span. */
  readonly offset?: number;
}

// Prefix qualifiers, longest first so 超过 wins over 超.
const PREFIXES: readonly (readonly [string, Qualifier])[] = [
  ['不低于', 'at-least'],
  ['不少于', 'at-least'],
  ['不超过', 'at-most'],
  ['不高于', 'at-most'],
  ['超过', 'over'],
  ['多于', 'over'],
  ['突破', 'at-least'],
  ['至少', 'at-least'],
  ['达到', 'reached'],
  ['将近', 'under'],
  ['接近', 'under'],
  ['不足', 'under'],
  ['不到', 'under'],
  ['少于', 'under'],
  ['至多', 'at-most'],
  ['最高', 'at-most'],
  ['最多', 'at-most'],
  ['大约', 'about'],
  ['约', 'about'],
  ['超', 'over'],
  ['逾', 'over'],
  // 破34兆, 破百兆: a headline's level broken through (Taiwan and Hong Kong press).
  ['破', 'at-least'],
  ['达', 'reached'],
  ['近', 'under'],
  ['more than ', 'over'],
  ['over ', 'over'],
  ['exceeded ', 'over'],
  ['exceeding ', 'over'],
  // Headline verbs of a level passed: "green lending tops 42 trln yuan", "have passed 22 trillion yuan".
  ['exceeds ', 'over'],
  ['exceed ', 'over'],
  ['surpass ', 'over'],
  ['tops ', 'over'],
  ['topped ', 'over'],
  ['passed ', 'over'],
  ['surpassed ', 'over'],
  ['surpasses ', 'over'],
  ['above ', 'over'],
  ['at least ', 'at-least'],
  ['nearly ', 'under'],
  ['almost ', 'under'],
  ['less than ', 'under'],
  ['under ', 'under'],
  ['up to ', 'at-most'],
  ['at most ', 'at-most'],
  ['about ', 'about'],
  ['around ', 'about'],
  ['approximately ', 'about'],
  ['roughly ', 'about'],
  ['reached ', 'reached'],
  ['reaching ', 'reached'],
];

const SUFFIXES: readonly (readonly [string, Qualifier])[] = [
  ['(含)以上', 'at-least'],
  ['及以上', 'at-least'],
  ['以上', 'at-least'],
  ['(含)以下', 'at-most'],
  ['及以下', 'at-most'],
  ['以下', 'at-most'],
  ['以内', 'at-most'],
  ['内', 'at-most'], // 2个工作日内, 10天内: within
  ['左右', 'about'],
  [' or more', 'at-least'],
  [' and above', 'at-least'],
  [' or less', 'at-most'],
];

interface Magnitude {
  /** How the magnitude is written in a unit symbol: 亿 in 亿元, "billion" in "billion yuan". */
  readonly zh: string;
  readonly en: string;
  readonly scale: DecimalT;
}

const MAGNITUDE_CACHE = /* @__PURE__ */ new Map<string, readonly (readonly [string, Magnitude])[]>();

// Magnitude words, longest first; built once per combination of options.
function magnitudes(options: ParseFigureOptions): readonly (readonly [string, Magnitude])[] {
  const key = `${options.zhao ?? 'trillion'}|${options.billion ?? 'billion'}`;
  const cached = MAGNITUDE_CACHE.get(key);
  if (cached) return cached;
  const built = buildMagnitudes(options);
  MAGNITUDE_CACHE.set(key, built);
  return built;
}

function buildMagnitudes(options: ParseFigureOptions): readonly (readonly [string, Magnitude])[] {
  const zhaoScale = options.zhao === 'million' ? '1e6' : '1e12';
  const billionScale = options.billion === 'yi' ? '1e8' : '1e9';
  const billionZh = options.billion === 'yi' ? '亿' : 'billion ';
  return [
    ['万亿', { zh: '万亿', en: 'trillion', scale: new Decimal('1e12') }],
    ['千亿', { zh: '千亿', en: 'hundred billion', scale: new Decimal('1e11') }],
    ['百亿', { zh: '百亿', en: '10 billion', scale: new Decimal('1e10') }],
    ['千万', { zh: '千万', en: '10 million', scale: new Decimal('1e7') }],
    ['百万', { zh: '百万', en: 'million', scale: new Decimal('1e6') }],
    ['亿', { zh: '亿', en: 'hundred million', scale: new Decimal('1e8') }],
    ['万', { zh: '万', en: 'ten thousand', scale: new Decimal('1e4') }],
    ['兆', { zh: options.zhao === 'million' ? '百万' : '万亿', en: options.zhao === 'million' ? 'million' : 'trillion', scale: new Decimal(zhaoScale) }],
    ['千', { zh: '千', en: 'thousand', scale: new Decimal('1e3') }],
    [' trillion', { zh: 'trillion ', en: 'trillion', scale: new Decimal('1e12') }],
    [' billion', { zh: billionZh, en: 'billion', scale: new Decimal(billionScale) }],
    [' million', { zh: 'million ', en: 'million', scale: new Decimal('1e6') }],
    [' thousand', { zh: 'thousand ', en: 'thousand', scale: new Decimal('1e3') }],
    // Headline abbreviations: "42 trln yuan", "3.2 bln yuan", "5 mln yuan".
    [' trln', { zh: 'trillion ', en: 'trillion', scale: new Decimal('1e12') }],
    [' bln', { zh: billionZh, en: 'billion', scale: new Decimal(billionScale) }],
    [' mln', { zh: 'million ', en: 'million', scale: new Decimal('1e6') }],
  ];
}

interface BaseUnit {
  readonly symbol: string;
  readonly dimension: Dimension;
  readonly scale: string;
  readonly en: string;
  readonly currency?: ForeignCurrency;
}

const USD: BaseUnit = { symbol: '美元', dimension: 'money', scale: '1', en: 'US dollars', currency: 'USD' };
const HKD: BaseUnit = { symbol: '港元', dimension: 'money', scale: '1', en: 'Hong Kong dollars', currency: 'HKD' };
const MOP: BaseUnit = { symbol: '澳门元', dimension: 'money', scale: '1', en: 'patacas', currency: 'MOP' };
const TWD: BaseUnit = { symbol: '新台币', dimension: 'money', scale: '1', en: 'New Taiwan dollars', currency: 'TWD' };

// Units after the number (and magnitude), longest first.
const BASE_UNITS: readonly (readonly [string, BaseUnit])[] = [
  ['个百分点', { symbol: '个百分点', dimension: 'percentage-points', scale: '1', en: 'percentage points' }],
  [' percentage points', { symbol: '个百分点', dimension: 'percentage-points', scale: '1', en: 'percentage points' }],
  [' percentage point', { symbol: '个百分点', dimension: 'percentage-points', scale: '1', en: 'percentage points' }],
  ['百分点', { symbol: '个百分点', dimension: 'percentage-points', scale: '1', en: 'percentage points' }],
  [' pp', { symbol: '个百分点', dimension: 'percentage-points', scale: '1', en: 'percentage points' }],
  ['个基点', { symbol: '个基点', dimension: 'percentage-points', scale: '0.01', en: 'basis points' }],
  ['基点', { symbol: '个基点', dimension: 'percentage-points', scale: '0.01', en: 'basis points' }],
  [' basis points', { symbol: '个基点', dimension: 'percentage-points', scale: '0.01', en: 'basis points' }],
  [' bp', { symbol: '个基点', dimension: 'percentage-points', scale: '0.01', en: 'basis points' }],
  ['个工作日', { symbol: '个工作日', dimension: 'duration', scale: '1', en: 'working days' }],
  [' pct points', { symbol: '个百分点', dimension: 'percentage-points', scale: '1', en: 'percentage points' }],
  [' percent', { symbol: '%', dimension: 'percent', scale: '1', en: '%' }],
  [' pct', { symbol: '%', dimension: 'percent', scale: '1', en: '%' }],
  [' per cent', { symbol: '%', dimension: 'percent', scale: '1', en: '%' }],
  ['%', { symbol: '%', dimension: 'percent', scale: '1', en: '%' }],
  [' yuan', { symbol: '元', dimension: 'money', scale: '1', en: 'yuan' }],
  [' u.s. dollars', USD],
  [' us dollars', USD],
  [' hong kong dollars', HKD],
  [' patacas', MOP],
  [' new taiwan dollars', TWD],
  [' nt dollars', TWD],
  ['美元', USD],
  ['港元', HKD],
  ['港币', HKD],
  ['澳门元', MOP],
  ['澳门币', MOP],
  ['新台币', TWD],
  ['台币', TWD],
  ['元', { symbol: '元', dimension: 'money', scale: '1', en: 'yuan' }],
  ['倍', { symbol: '倍', dimension: 'times', scale: '1', en: 'times' }],
  ['成', { symbol: '成', dimension: 'percent', scale: '10', en: 'tenths' }],
  ['户', { symbol: '户', dimension: 'count', scale: '1', en: 'accounts' }],
  ['家', { symbol: '家', dimension: 'count', scale: '1', en: 'institutions' }],
  ['个', { symbol: '个', dimension: 'count', scale: '1', en: 'items' }],
  ['张', { symbol: '张', dimension: 'count', scale: '1', en: 'cards' }],
  ['笔', { symbol: '笔', dimension: 'count', scale: '1', en: 'transactions' }],
  ['项', { symbol: '项', dimension: 'count', scale: '1', en: 'items' }],
  ['条', { symbol: '条', dimension: 'count', scale: '1', en: 'articles' }],
  ['人', { symbol: '人', dimension: 'count', scale: '1', en: 'people' }],
  ['名', { symbol: '名', dimension: 'count', scale: '1', en: 'people' }],
  ['次', { symbol: '次', dimension: 'count', scale: '1', en: 'times' }],
  ['处', { symbol: '处', dimension: 'count', scale: '1', en: 'sites' }],
  ['只', { symbol: '只', dimension: 'count', scale: '1', en: 'issues' }],
  ['亩', { symbol: '亩', dimension: 'area', scale: '1', en: 'mu' }],
  ['吨', { symbol: '吨', dimension: 'mass', scale: '1', en: 'tonnes' }],
  ['天', { symbol: '天', dimension: 'duration', scale: '1', en: 'days' }],
  ['年', { symbol: '年', dimension: 'duration', scale: '1', en: 'years' }],
  ['部门', { symbol: '部门', dimension: 'count', scale: '1', en: 'departments' }],
  ['种', { symbol: '种', dimension: 'count', scale: '1', en: 'kinds' }],
  ['级', { symbol: '级', dimension: 'count', scale: '1', en: 'levels' }],
  ['方', { symbol: '方', dimension: 'count', scale: '1', en: 'parties' }],
  ['大', { symbol: '大', dimension: 'count', scale: '1', en: 'major ones' }], // 四大主导产业
];

const CURRENCY_PREFIXES = ['RMB ', 'RMB', 'CNY ', '人民币', '¥', '￥'] as const;
// Marks of another currency before the number: US$35.1 billion, HK$3,362 million. A bare $ is
// the US dollar, as Chinese-news English writes it.
const FOREIGN_PREFIXES: readonly (readonly [string, BaseUnit])[] = [
  ['US$', USD],
  ['USD ', USD],
  ['美元', USD],
  ['HK$', HKD],
  ['港币', HKD],
  ['港元', HKD],
  ['HKD ', HKD],
  ['MOP ', MOP],
  // 新臺幣10兆7,709億元, NT$353 billion: the New Taiwan dollar, before the bare $ of the US dollar.
  ['NT$', TWD],
  ['TWD ', TWD],
  ['新台币', TWD],
  ['台币', TWD],
  ['$', USD],
];

// An Arabic number: digits with optional thousands separators and decimals. Sticky, linear.
const ARABIC = /-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/y;
// What a malformed number looks like, to say so rather than "unknown unit".
const BAD_NUMBER = /[\d.,]+/y;

// A figure beyond LIMITS: out_of_range, at the figure's text.
function tooLarge(text: string, what: string): never {
  throw new WupianError(
    ErrorCode.OutOfRange,
    `Cannot read a figure in ${quote(text)}: ${what}, beyond the ${LIMITS.digits} digits and exponent of ±${LIMITS.exponent} wupian takes.`,
    { path: ['text'], input: text },
  );
}

function fail(text: string, reason: string, at?: number): never {
  throw new WupianError(ErrorCode.UnparseableFigure, `Cannot read a figure in ${quote(text)}: ${reason}.`, {
    input: text,
    ...(at === undefined ? {} : { path: [at] }),
  });
}

// Lists indexed by their first character, longest entries first, built once per list.
const INDEXES = /* @__PURE__ */ new WeakMap<object, Map<string, readonly (readonly [string, unknown])[]>>();

function indexOf<T>(list: readonly (readonly [string, T])[]): Map<string, readonly (readonly [string, T])[]> {
  let index = INDEXES.get(list) as Map<string, (readonly [string, T])[]> | undefined;
  if (!index) {
    index = new Map();
    for (const entry of list) {
      const first = entry[0][0] as string;
      const bucket = index.get(first) ?? [];
      bucket.push(entry);
      index.set(first, bucket);
    }
    INDEXES.set(list, index);
  }
  return index;
}

// English entries are lower case and matched against the lower-cased text.
function matchList<T>(
  s: string,
  lower: string,
  pos: number,
  list: readonly (readonly [string, T])[],
): readonly [string, T] | null {
  if (pos >= s.length) return null;
  const index = indexOf(list);
  const bucket = index.get(s[pos] as string) ?? (lower === s ? undefined : index.get(lower[pos] as string));
  if (!bucket) return null;
  for (const entry of bucket) {
    if (s.startsWith(entry[0], pos) || (lower !== s && lower.startsWith(entry[0], pos))) return entry;
  }
  return null;
}

const ENGLISH_UNITS: readonly string[] = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const ENGLISH_TENS: readonly string[] = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ENGLISH_WORD = /[A-Za-z]+/y;

// English number words below a hundred ("ten", "Twelve", "twenty-five"), as machine summaries write small counts.
function readEnglishNumber(s: string, pos: number): NumberRead | null {
  ENGLISH_WORD.lastIndex = pos;
  const m = ENGLISH_WORD.exec(s);
  if (!m) return null;
  const word = m[0].toLowerCase();
  const unit = ENGLISH_UNITS.indexOf(word);
  if (unit >= 0) return { value: new Decimal(unit), decimals: 0, end: pos + word.length };
  const tens = ENGLISH_TENS.indexOf(word);
  if (tens < 2) return null;
  let end = pos + word.length;
  let value = new Decimal(tens).times(10);
  if (s[end] === '-') {
    ENGLISH_WORD.lastIndex = end + 1;
    const next = ENGLISH_WORD.exec(s);
    const ones = next ? ENGLISH_UNITS.indexOf(next[0].toLowerCase()) : -1;
    if (next && ones >= 1 && ones <= 9) {
      value = value.plus(ones);
      end += 1 + next[0].length;
    }
  }
  return { value, decimals: 0, end };
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

interface NumberRead {
  value: DecimalT;
  decimals: number;
  end: number;
}

function readNumber(s: string, pos: number, text: string): NumberRead | null {
  ARABIC.lastIndex = pos;
  const m = ARABIC.exec(s);
  if (m) {
    const raw = m[0];
    const end = pos + raw.length;
    // Count before reading: a number of a million digits is refused, not built.
    if (raw.length > LIMITS.digits) tooLarge(text, `a number of ${raw.length} characters`);
    // A point, or a comma before a digit, right after means a malformed number (12..3, 1,23).
    if (s[end] === '.' || (s[end] === ',' && isDigit(s[end + 1]))) return null;
    const dot = raw.indexOf('.');
    return { value: new Decimal(raw.replace(/,/g, '')), decimals: dot < 0 ? 0 : raw.length - dot - 1, end };
  }
  const word = readEnglishNumber(s, pos);
  if (word) return word;
  const zh = readChineseNumeral(s, pos);
  if (zh) return { value: zh.value, decimals: zh.decimals, end: pos + zh.length };
  return null;
}

/**
 * Reads one stated figure: its value in the base unit, the unit, the decimals as
 * printed and the qualifier. Simplified, traditional and English forms; full-width
 * digits; thousands separators; Chinese numerals.
 *
 * @example
 * parseFigure('1026.09亿元').value.toFixed() // '102609000000'
 * parseFigure('6000余万元').qualifier // 'and-more'
 * parseFigure('8兆3,522億元').value.toFixed() // '8352200000000'
 * parseFigure('百分之三').value.toFixed() // '3' (percent)
 * parseFigure('破万亿').value.toFixed() // '1000000000000' (a headline's bare 万亿 after 破: one of it, at least)
 * parseFigure('12..3') // throws WupianError { code: 'unparseable_figure' }
 * parseFigure('9'.repeat(2000) + '亿元') // throws WupianError { code: 'out_of_range', path: ['text'] }
 */
export function parseFigure(text: string, options?: ParseFigureOptions): Figure {
  if (typeof text !== 'string') {
    throw new WupianError(ErrorCode.UnparseableFigure, `Cannot read a figure in ${quote(text)}: not a string.`, { path: ['text'], input: quote(text) });
  }
  const o = parseFigureOptions(options);
  const figure = readFigure(text, o);
  try {
    checkRange(figure.stated);
    checkRange(figure.value);
  } catch {
    tooLarge(text, `the value ${abbreviate(figure.value.toString())}`);
  }
  return figure;
}

/** Checks the options of parseFigure by name; `undefined` is `{}`. */
export function parseFigureOptions(options: unknown, path: readonly (string | number)[] = ['options'], caller = 'parseFigure'): ParseFigureOptions {
  const o = optionsArg<ParseFigureOptions>(caller, options, path);
  oneOfOption(caller, o.zhao, [...path, 'zhao'], ['trillion', 'million']);
  oneOfOption(caller, o.billion, [...path, 'billion'], ['billion', 'yi']);
  integerOption(caller, o.offset, [...path, 'offset'], 0, 2 ** 31 - 1);
  return o;
}

// 破万亿, 超亿元: a magnitude with no number after a threshold word is one of it (a headline's level passed).
function bareMagnitude(s: string, lower: string, pos: number, qualifier: Qualifier, mags: readonly (readonly [string, Magnitude])[]): NumberRead | null {
  if (qualifier !== 'at-least' && qualifier !== 'over') return null;
  const m = matchList(s, lower, pos, mags);
  return m && /^(?:万亿|萬億|亿|億|兆)$/.test(m[0]) ? { value: new Decimal(1), decimals: 0, end: pos } : null;
}

function readFigure(text: string, options: ParseFigureOptions): Figure {
  // "2.3 个百分点": a space between the number and a Chinese unit or % is noise.
  const s = normalizeFigureText(text).trim().replace(/(\d)\s+(?=[\u4e00-\u9fff%])/g, '$1');
  if (s.length === 0) fail(text, 'the text is empty');
  const lower = /[A-Z]/.test(s) ? s.toLowerCase() : s;

  let pos = 0;
  let qualifier: Qualifier = 'exact';
  // 下降2.3% / 减少15亿元: a change stated by its verb is negative; 增长 / 增加 positive.
  let negative = false;
  const verb = /^(下降|减少|回落|降低|增长|增加|上升|提高)/.exec(s);
  if (verb) {
    negative = /下降|减少|回落|降低/.test(verb[1] as string);
    pos = (verb[1] as string).length;
  }
  const prefix = verb ? null : matchList(s, lower, pos, PREFIXES);
  if (prefix) {
    qualifier = prefix[1];
    pos += prefix[0].length;
  }
  let currency = false;
  for (const c of CURRENCY_PREFIXES) {
    if (s.startsWith(c, pos)) {
      currency = true;
      pos += c.length;
      break;
    }
  }
  let foreign: BaseUnit | null = null;
  if (!currency) {
    for (const [mark, unit] of FOREIGN_PREFIXES) {
      if (s.startsWith(mark, pos)) {
        foreign = unit;
        pos += mark.length;
        break;
      }
    }
  }

  let percentWord = false;
  if (s.startsWith('百分之', pos)) {
    percentWord = true;
    pos += 3;
  }

  const mags = magnitudes(options);
  const first = readNumber(s, pos, text) ?? bareMagnitude(s, lower, pos, qualifier, mags);
  if (!first) {
    BAD_NUMBER.lastIndex = pos;
    if (BAD_NUMBER.test(s)) fail(text, 'the number is malformed', pos);
    fail(text, 'no number found', pos);
  }
  pos = first.end;

  let andMore = false;
  const readAndMore = (): void => {
    if (s[pos] === '余' || s[pos] === '多') {
      andMore = true;
      pos++;
    }
  };
  readAndMore();

  // Groups such as 8兆3522亿: each magnitude smaller than the one before; earlier
  // groups are re-expressed in the last group's magnitude.
  let stated = first.value;
  let decimals = first.decimals;
  let magnitude: Magnitude | null = null;
  const m0 = matchList(s, lower, pos, mags);
  if (m0) {
    magnitude = m0[1];
    pos += m0[0].length;
    readAndMore();
    for (;;) {
      const next = readNumber(s, pos, text);
      if (!next || next.value.isNegative()) break;
      const m = matchList(s, lower, next.end, mags);
      if (!m || !m[1].scale.lt(magnitude.scale)) break;
      stated = stated.times(magnitude.scale.div(m[1].scale)).plus(next.value);
      decimals = next.decimals;
      magnitude = m[1];
      pos = next.end + m[0].length;
      readAndMore();
    }
  }

  let base: BaseUnit | null = null;
  const unit = matchList(s, lower, pos, BASE_UNITS);
  if (unit) {
    base = unit[1];
    pos += unit[0].length;
  }
  if (percentWord) {
    if (base || magnitude) fail(text, '百分之 with another unit', pos);
    base = { symbol: '%', dimension: 'percent', scale: '1', en: '%' };
  }
  if (currency || foreign) {
    // 港币1,250.8亿元: the mark names the currency, 元 its unit.
    if (base && (base.dimension !== 'money' || (base.currency !== undefined && base.currency !== foreign?.currency))) fail(text, `a currency with the unit ${base.symbol}`, pos);
    base = foreign ?? { symbol: '元', dimension: 'money', scale: '1', en: 'yuan' };
  }
  readAndMore();

  const suffix = matchList(s, lower, pos, SUFFIXES);
  if (suffix) {
    if (qualifier !== 'exact' && qualifier !== 'reached') fail(text, 'two qualifiers', pos);
    qualifier = suffix[1];
    pos += suffix[0].length;
  }
  if (andMore) {
    if (qualifier !== 'exact' && qualifier !== 'reached') fail(text, '余/多 with another qualifier', pos);
    qualifier = 'and-more';
  }
  if (pos < s.length) fail(text, `unexpected ${quote(s.slice(pos, pos + 12))}`, pos);

  if (negative) stated = stated.neg();
  const resolved = makeUnit(magnitude, base);
  // decimal.js grows its digit arrays by push (room for 17 digits' words, ~150 bytes); a copy is
  // trimmed, and a figure lives as long as the claims: a tenth of the heap of a long text.
  stated = new Decimal(stated);
  const value = resolved.scale === '1' ? stated : new Decimal(stated.times(scaleOf(resolved)));
  return {
    value,
    stated,
    unit: resolved,
    decimals,
    qualifier,
    text,
    ...(options.offset === undefined ? {} : { span: [options.offset, options.offset + text.length] as const }),
  };
}

const UNIT_CACHE = /* @__PURE__ */ new Map<string, Unit>();
const SCALES = /* @__PURE__ */ new WeakMap<Unit, DecimalT>();

function scaleOf(unit: Unit): DecimalT {
  let scale = SCALES.get(unit);
  if (!scale) {
    scale = new Decimal(unit.scale);
    SCALES.set(unit, scale);
  }
  return scale;
}

// One Unit object per combination: figures share them.
function makeUnit(magnitude: Magnitude | null, base: BaseUnit | null): Unit {
  const key = `${magnitude?.zh ?? ''}|${magnitude?.scale.toString() ?? ''}|${base?.symbol ?? ''}|${base?.scale ?? ''}|${base?.currency ?? ''}`;
  let unit = UNIT_CACHE.get(key);
  if (!unit) {
    unit = buildUnit(magnitude, base);
    UNIT_CACHE.set(key, unit);
  }
  return unit;
}

function buildUnit(magnitude: Magnitude | null, base: BaseUnit | null): Unit {
  if (!magnitude) {
    return base
      ? { symbol: base.symbol, dimension: base.dimension, scale: base.scale, en: base.en, ...(base.currency ? { currency: base.currency } : {}) }
      : { symbol: '', dimension: 'number', scale: '1', en: '' };
  }
  const scale = magnitude.scale.times(base ? base.scale : '1').toFixed();
  if (!base) return { symbol: magnitude.zh.trim(), dimension: 'number', scale, en: magnitude.en };
  // English magnitudes take the English unit name: "billion yuan", not "billion 元".
  const english = magnitude.zh.endsWith(' ');
  return {
    symbol: english ? `${magnitude.zh}${base.en}` : `${magnitude.zh}${base.symbol}`,
    dimension: base.dimension,
    scale,
    en: `${magnitude.en} ${base.en}`,
    ...(base.currency ? { currency: base.currency } : {}),
  };
}

/**
 * {@link parseFigure} without the exception.
 *
 * @example
 * safeParseFigure('12..3') // { success: false, error: WupianError { code: 'unparseable_figure' } }
 */
export function safeParseFigure(text: string, options?: ParseFigureOptions): SafeResult<Figure> {
  return safely(() => parseFigure(text, options));
}
