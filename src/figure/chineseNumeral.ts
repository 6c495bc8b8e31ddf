import type { Decimal as DecimalT } from 'decimal.js';
import { Decimal } from '../decimal/decimal.js';

const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
// Place values inside one section; 万 and 亿 are magnitudes, read by the figure parser.
const PLACES: Readonly<Record<string, number>> = { 十: 1, 百: 2, 千: 3 };

export interface ChineseNumeral {
  readonly value: DecimalT;
  readonly decimals: number;
  /** Characters consumed. */
  readonly length: number;
}

/**
 * Reads a Chinese numeral below 万 at `start`: 二十五, 一百零五, 十, 三点五, and
 * positional digit strings such as 二〇二五. Returns `null` when none is there.
 * Digits are combined as Decimal place values: no float arithmetic.
 */
export function readChineseNumeral(text: string, start: number): ChineseNumeral | null {
  let i = start;
  let total = new Decimal(0);
  let pending: number | null = null;
  let sawPlace = false;
  const positional: number[] = [];
  while (i < text.length) {
    const ch = text[i] as string;
    const digit = DIGITS[ch];
    if (digit !== undefined) {
      if (pending !== null && !sawPlace) positional.push(pending);
      pending = digit;
      i++;
      continue;
    }
    const place = PLACES[ch];
    if (place !== undefined) {
      sawPlace = true;
      const d = pending ?? 1; // 十五 = 15
      total = total.plus(new Decimal(d).times(new Decimal(10).pow(place)));
      pending = null;
      i++;
      continue;
    }
    break;
  }
  if (i === start) return null;
  let value: DecimalT;
  if (!sawPlace && positional.length > 0) {
    positional.push(pending ?? 0);
    value = new Decimal(positional.join(''));
  } else {
    value = total.plus(pending ?? 0);
  }
  let decimals = 0;
  if (text[i] === '点') {
    let frac = '';
    let j = i + 1;
    while (j < text.length && DIGITS[text[j] as string] !== undefined) {
      frac += String(DIGITS[text[j] as string]);
      j++;
    }
    if (frac.length > 0) {
      value = new Decimal(`${value.toFixed()}.${frac}`);
      decimals = frac.length;
      i = j;
    }
  }
  return { value, decimals, length: i - start };
}
