/**
 * A corpus of distinct documents for the streaming benchmarks and tests (issue 14):
 * made from the ~270 real-style passages of the labelled corpus
 * (test/corpus/passages/*.json), never one document repeated. Each document joins one
 * to four passages and varies them the way a real corpus varies:
 *
 * - every amount of money (亿元, 万元, 万亿元, billion yuan …) is scaled by one factor
 *   per document, printed with the decimals it had — so growth rates and shares,
 *   ratios of amounts, stay as the passage states them (up to rounding);
 * - every year moves by one shift per document (0 to 5 years back), the document's
 *   date too;
 * - the name of a prefecture-level city is swapped for another.
 *
 * Deterministic: the same seed gives the same documents in every run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { mulberry32 } from './mentions.js';

/** One document of the corpus, as one line of `wupian check --ndjson -` takes it. */
export interface CorpusDocument {
  readonly id: string;
  readonly text: string;
  readonly documentDate?: string;
  readonly billion?: 'yi' | 'billion';
}

interface Passage {
  readonly id: string;
  readonly text: string;
  readonly options?: { readonly documentDate?: string; readonly billion?: 'yi' | 'billion' };
}

const PASSAGES_DIR = resolve(import.meta.dirname, '..', '..', 'test', 'corpus', 'passages');

let cache: readonly Passage[] | null = null;

/** The passages of the labelled corpus, in a fixed order. */
export function passages(): readonly Passage[] {
  if (cache) return cache;
  const files = readdirSync(PASSAGES_DIR).filter((f) => f.endsWith('.json')).sort();
  cache = files.flatMap((f) => (JSON.parse(readFileSync(join(PASSAGES_DIR, f), 'utf8')) as { passages: Passage[] }).passages);
  return cache;
}

const CITIES = ['潍坊', '淄博', '临沂', '烟台', '济宁', '德州', '湖州', '衢州', '赣州', '南平', '三明', '丽水', '黄山', '遵义', '绵阳', '宜宾', '襄阳', '常德', '柳州', '天水'];
const CITY = new RegExp(CITIES.join('|'), 'g');
const MONEY = /\d+(?:\.\d+)?(?=\s*(?:万亿元|亿元|万元|元|trillion|billion|million)(?!\S*%))/g;
const YEAR = /(?<!\d)20[0-2]\d(?!\d)/g;

function scale(number: string, factor: number): string {
  const decimals = number.includes('.') ? (number.split('.')[1] as string).length : 0;
  return (Number(number) * factor).toFixed(decimals);
}

/**
 * Distinct documents, one after another, for ever: document i of a seed is always the
 * same. Use `take` or stop by size.
 */
export function* distinctDocuments(seed = 14): Generator<CorpusDocument> {
  const all = passages();
  const random = mulberry32(seed);
  for (let i = 0; ; i++) {
    const count = 1 + Math.floor(random() * 4);
    const factor = 0.5 + Math.floor(random() * 1500) / 1000; // 0.500 … 1.999
    const shift = Math.floor(random() * 6);
    const city = CITIES[Math.floor(random() * CITIES.length)] as string;
    const chosen = Array.from({ length: count }, () => all[Math.floor(random() * all.length)] as Passage);
    const vary = (text: string): string =>
      text
        .replace(MONEY, (n) => scale(n, factor))
        .replace(YEAR, (y) => String(Number(y) - shift))
        .replace(CITY, city);
    const text = chosen.map((p) => vary(p.text)).join('\n');
    const first = chosen[0] as Passage;
    const date = first.options?.documentDate;
    const billion = chosen.find((p) => p.options?.billion)?.options?.billion;
    yield {
      id: `doc-${seed}-${i}`,
      text,
      ...(date ? { documentDate: date.replace(YEAR, (y) => String(Number(y) - shift)).replace(/-02-29$/, '-02-28') } : {}),
      ...(billion ? { billion } : {}),
    };
  }
}

/** The first `count` documents of a seed. */
export function take(count: number, seed = 14): CorpusDocument[] {
  const out: CorpusDocument[] = [];
  for (const d of distinctDocuments(seed)) {
    if (out.length >= count) break;
    out.push(d);
  }
  return out;
}

/** JSON Lines of distinct documents until `bytes` of UTF-8 have been produced (the last line may pass it). */
export function* corpusLines(bytes: number, seed = 14): Generator<string> {
  let produced = 0;
  for (const d of distinctDocuments(seed)) {
    if (produced >= bytes) return;
    const line = `${JSON.stringify(d)}\n`;
    produced += Buffer.byteLength(line, 'utf8');
    yield line;
  }
}
