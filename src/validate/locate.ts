// Where an annotated figure of a labelled corpus stands in its passage.

/** An annotated figure's place in its passage. */
export interface Located {
  /** [start, end) of the figure's printed text in the passage. */
  readonly span: readonly [number, number];
  /** The position of its first numeral: a library's claim is this figure when its span covers it. */
  readonly anchor: number;
}

// (首破万亿: a bare magnitude is the numeral of a threshold figure.)
const NUMERAL = /[0-9０-９〇零一二两兩三四五六七八九十百千万萬亿億兆]/;
const ENGLISH_NUMBER = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|some)\b/i;

/**
 * The span of the `occurrence`-th appearance (from 1) of `text` in `passage`, or null.
 *
 * @example
 * locate('余额2150亿元，增速13.36%', '13.36%') // { span: [11, 17], anchor: 11 }
 */
export function locate(passage: string, text: string, occurrence = 1): Located | null {
  let at = -1;
  for (let k = 0; k < occurrence; k++) {
    at = passage.indexOf(text, at + 1);
    if (at < 0) return null;
  }
  const digit = NUMERAL.exec(text);
  const word = digit ? null : ENGLISH_NUMBER.exec(text);
  const offset = digit?.index ?? word?.index ?? 0;
  return { span: [at, at + text.length], anchor: at + offset };
}

/** How many times `text` appears in `passage`. */
export function occurrences(passage: string, text: string): number {
  let n = 0;
  for (let at = passage.indexOf(text); at >= 0; at = passage.indexOf(text, at + 1)) n++;
  return n;
}
