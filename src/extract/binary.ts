// Whether a string read as UTF-8 is text at all. A binary file has NUL bytes; a file
// in another encoding (GBK, GB18030, UTF-16) read as UTF-8 comes out full of U+FFFD
// replacement characters, or of NULs for UTF-16.
import { stringArg } from '../errors/args.js';

const SAMPLE = 8000;

/**
 * Why a string is not text: `'nul'` when it has a NUL character (as git decides, among
 * its first 8000 characters), `'invalid-utf8'` when more than 1 in 200 of its characters
 * (and at least two) are U+FFFD, what a decoder puts for bytes that are not UTF-8; null
 * when it is text.
 *
 * @example
 * notText('截至6月末，绿色贷款余额1200亿元。') // null
 * notText('PK\u0003\u0004\u0000\u0000') // 'nul'
 */
export function notText(text: string): 'nul' | 'invalid-utf8' | null {
  stringArg('notText', text, ['text']);
  if (text.slice(0, SAMPLE).includes('\u0000')) return 'nul';
  let replaced = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) replaced++;
  return replaced >= 2 && replaced * 200 > text.length ? 'invalid-utf8' : null;
}
