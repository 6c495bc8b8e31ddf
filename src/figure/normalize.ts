import { stringArg } from '../errors/args.js';
// Traditional forms of the characters figures are written with. The extractor
// converts whole texts with OpenCC; this small map keeps `parseFigure` light.
const TRADITIONAL: Readonly<Record<string, string>> = {
  萬: '万',
  億: '亿',
  個: '个',
  點: '点',
  餘: '余',
  約: '约',
  過: '过',
  達: '达',
  戶: '户',
  張: '张',
  筆: '笔',
  項: '项',
  條: '条',
  頃: '顷',
  噸: '吨',
  畝: '亩',
  數: '数',
  兩: '两',
  與: '与',
  內: '内',
  於: '于',
  處: '处',
  隻: '只',
  門: '门',
  幣: '币',
  臺: '台',
  貳: '二',
  參: '三',
  陸: '六',
};

/**
 * Puts a figure's text in the form the parsers read: NFKC (full-width digits and
 * punctuation to ASCII), traditional characters of the figure vocabulary to
 * simplified, U+2212 minus to '-'. Length-preserving except for NFKC compositions,
 * which do not occur in figures.
 */
export function normalizeFigureText(text: string): string {
  stringArg('normalizeFigureText', text, ['text']);
  if (!needsNormalizing(text)) return text;
  let out = '';
  for (const ch of text.normalize('NFKC')) {
    if (ch === '\u2212' || ch === '\u2013' || ch === '\u2014') out += '-';
    else out += TRADITIONAL[ch] ?? ch;
  }
  return out;
}

// Most figures are plain ASCII and simplified Chinese: skip the NFKC pass for them.
function needsNormalizing(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if ((c >= 0xff00 && c <= 0xffef) || (c >= 0x2000 && c <= 0x206f) || c === 0x3000) return true;
    if (TRADITIONAL[text[i] as string] !== undefined) return true;
    if (c < 0x4e00 || c > 0x9fff) return true;
  }
  return false;
}
