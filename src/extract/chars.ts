// Character classes shared by the text layer. Code-unit tests, no regular expressions:
// they are called once or twice per character of untrusted text.

/** An ASCII digit 0-9. */
export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && ch >= '0' && ch <= '9';
}

/** An ASCII letter. */
export function isLatin(ch: string | undefined): boolean {
  if (ch === undefined || ch.length !== 1) return false;
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

/**
 * A Han ideograph (CJK Unified Ideographs, Extension A, compatibility ideographs, or a
 * high surrogate, which in these texts starts an ideograph of the supplementary planes).
 */
export function isHan(ch: string | undefined): boolean {
  if (ch === undefined || ch.length === 0) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd87f);
}

/** Whitespace the normalizer collapses (after NFKC: no-break and ideographic spaces are ' '). */
export function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' || ch === '\v' || ch === '\u2028' || ch === '\u2029' || ch === '\u0085';
}

/** Line terminators. */
export function isLineBreak(ch: string | undefined): boolean {
  return ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029' || ch === '\u0085';
}

/** Characters that carry nothing and are dropped: zero-width spaces and joiners, BOM, soft hyphen. */
export function isInvisible(ch: string): boolean {
  return ch === '\u200b' || ch === '\u200c' || ch === '\u200d' || ch === '\u2060' || ch === '\ufeff' || ch === '\u00ad';
}

/** Chinese numeral characters read by the figure parser (digits, places and the 万/亿 magnitudes). */
export const ZH_DIGITS = '零〇一二两三四五六七八九';
export const ZH_PLACES = '十百千';
export const ZH_MAGNITUDES = '万亿';

export function isZhDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && ZH_DIGITS.includes(ch);
}

export function isZhNumeral(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && (ZH_DIGITS.includes(ch) || ZH_PLACES.includes(ch) || ZH_MAGNITUDES.includes(ch));
}

/** Superscript digits (footnote marks), kept as they are by the normalizer. */
export function isSuperscriptDigit(ch: string | undefined): boolean {
  return ch === '\u00b9' || ch === '\u00b2' || ch === '\u00b3' || ch === '\u2070' || (ch !== undefined && ch >= '\u2074' && ch <= '\u2079');
}

/**
 * Enclosed numbers used as list marks: ①–⑳, ⑴–⒇, ⒈–⒛, ❶–➓, ㉑–㊿ … kept as they are by
 * the normalizer (NFKC would turn ① into a bare "1"). Code point ranges, inclusive.
 */
export const ENCLOSED_RANGES: readonly (readonly [number, number])[] = [
  [0x2460, 0x24ff],
  [0x2776, 0x2793],
  [0x3251, 0x325f],
  [0x32b1, 0x32bf],
  [0x3280, 0x3289],
];

export function isEnclosedNumber(ch: string | undefined): boolean {
  if (ch === undefined || ch.length !== 1) return false;
  const c = ch.charCodeAt(0);
  return ENCLOSED_RANGES.some(([from, to]) => c >= from && c <= to);
}

/** Opening quotation marks and brackets a name is written in. */
export function isOpeningQuote(ch: string | undefined): boolean {
  return ch === '“' || ch === '"' || ch === '「' || ch === '『' || ch === '《' || ch === '‘' || ch === '〈';
}

export function isClosingQuote(ch: string | undefined): boolean {
  return ch === '”' || ch === '"' || ch === '」' || ch === '』' || ch === '》' || ch === '’' || ch === '〉';
}
