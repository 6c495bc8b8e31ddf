/**
 * The list of figure mentions the parsing benchmark reads: every figure with a unit
 * in the seed documents (found with a simple regular expression), the real-style
 * forms the seeds do not happen to contain (1.4万亿元, 三成, 百分之三, 8兆3,522億元 …),
 * and copies of both with other digits, up to the requested size.
 *
 * Each mention carries its expected value, computed here exactly (Decimal) and
 * independently of the library: the number × the magnitude × the unit's scale, in
 * the unit's base (yuan, percent, percentage points, items). That is what a reader
 * of "1026.09亿元" means: 102609000000.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Decimal } from 'decimal.js';

export interface Mention {
  readonly text: string;
  /** The exact value in the unit's base, as a decimal string. */
  readonly expected: string;
  /** Where it came from: a seed file name, or "form:<example>". */
  readonly origin: string;
}

const D = Decimal.clone({ precision: 60 });

// The seed documents live beside the repository (../shared/seeds) or where
// WUPIAN_SEEDS says, as for the tests. Where they are not, the benchmarks run on the
// dataset's excerpts (data/documents/*.json): the same genre, less text.
export const DEFAULT_SEED_DIR =
  process.env['WUPIAN_SEEDS'] !== undefined && process.env['WUPIAN_SEEDS'] !== ''
    ? resolve(process.env['WUPIAN_SEEDS'])
    : resolve(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');
const DATA_DIR = resolve(import.meta.dirname, '..', '..', 'data', 'documents');

export interface SourceText {
  readonly name: string;
  readonly text: string;
}

// Every string under an "excerpt" key, in order, once.
function excerptsOf(value: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const v of value) excerptsOf(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'excerpt' && typeof v === 'string') out.add(v);
      else excerptsOf(v, out);
    }
  }
  return out;
}

/**
 * The texts the benchmarks read: the seed documents when they are there, else one text
 * per bundled document made of its excerpts. `fromSeeds` says which.
 */
export function sourceTexts(seedDir: string = DEFAULT_SEED_DIR): { readonly texts: readonly SourceText[]; readonly fromSeeds: boolean } {
  const files = existsSync(seedDir) ? readdirSync(seedDir).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort() : [];
  if (files.length > 0) return { texts: files.map((f) => ({ name: f, text: readFileSync(join(seedDir, f), 'utf8') })), fromSeeds: true };
  const docs = readdirSync(DATA_DIR).filter((f) => f.endsWith('.json')).sort();
  return {
    texts: docs.map((f) => ({ name: `data/documents/${f}`, text: [...excerptsOf(JSON.parse(readFileSync(join(DATA_DIR, f), 'utf8')), new Set())].join('。\n') })),
    fromSeeds: false,
  };
}

/** A note for the results when the seeds were not found, else null. */
export function corpusNote(seedDir: string = DEFAULT_SEED_DIR): string | null {
  return sourceTexts(seedDir).fromSeeds ? null : `source texts not found at ${seedDir} (set WUPIAN_SEEDS): measured on the dataset's excerpts`;
}

// --- a small deterministic PRNG, so the list is the same in every run -------------

export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function int(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

// --- Chinese numerals below 10 000, written the usual way ----------------------

const ZH_DIGITS = '零一二三四五六七八九';
const ZH_PLACES = ['', '十', '百', '千'];

/** 25 → 二十五, 105 → 一百零五, 14 → 十四, 2000 → 二千. */
export function zhNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) throw new RangeError(`zhNumber: ${n}`);
  if (n === 0) return '零';
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const place = digits.length - 1 - i;
    if (d === 0) {
      zero = out.length > 0;
      return;
    }
    if (zero) out += '零';
    zero = false;
    // 十四, not 一十四, at the head of the number.
    out += (d === 1 && place === 1 && out.length === 0 ? '' : (ZH_DIGITS[d] ?? '')) + (ZH_PLACES[place] ?? '');
  });
  return out;
}

// --- mentions in the seed documents --------------------------------------------

// One pass, linear: an optional qualifier, a number (thousands separators allowed),
// then a Chinese tail (余/多, magnitude, unit, 以上/左右) or an English one.
const MENTION = new RegExp(
  [
    '(?<![\\d.,])',
    '(?<q>超过|突破|达到|不足|将近|接近|约|超|逾|达|近|exceeded |over |more than |nearly |about |reached )?',
    '(?<num>(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)',
    '(?:',
    '(?<more>余|多)?(?<mag>万亿|亿|万)?(?<unit>个百分点|个工作日|元|%|户|家|个|张|笔|项|条|人|名|亩|吨|天|倍)(?<suffix>以上|左右)?',
    '|',
    ' (?:(?<enmag>billion|million|trillion) )?(?<enunit>yuan)',
    '|',
    ' (?<pp>percentage points?)',
    ')',
  ].join(''),
  'gi',
);

const ZH_MAGNITUDE: Readonly<Record<string, string>> = { 万: '1e4', 亿: '1e8', 万亿: '1e12' };
// parseFigure's default reading of English magnitudes ("billion" = 10^9).
const EN_MAGNITUDE: Readonly<Record<string, string>> = { million: '1e6', billion: '1e9', trillion: '1e12' };

function valueOf(num: string, ...scales: (string | undefined)[]): string {
  let v = new D(num.replace(/,/g, ''));
  for (const s of scales) if (s !== undefined) v = v.times(s);
  return v.toFixed();
}

interface SeedMention {
  readonly text: string;
  /** The number as printed in `text`. */
  readonly num: string;
  readonly origin: string;
  /** Rebuild the mention around another number string. */
  readonly rebuild: (num: string) => Mention;
}

export function seedMentions(seedDir: string = DEFAULT_SEED_DIR): SeedMention[] {
  const out: SeedMention[] = [];
  for (const { name: file, text } of sourceTexts(seedDir).texts) {
    for (const m of text.matchAll(MENTION)) {
      const g = m.groups ?? {};
      const num = g['num'] as string;
      const head = g['q'] ?? '';
      const tail = m[0].slice(head.length + num.length);
      const mag = g['mag'] !== undefined ? ZH_MAGNITUDE[g['mag']] : g['enmag'] !== undefined ? EN_MAGNITUDE[g['enmag'].toLowerCase()] : undefined;
      const rebuild = (n: string): Mention => ({ text: `${head}${n}${tail}`, expected: valueOf(n, mag), origin: file });
      out.push({ text: m[0], num, origin: file, rebuild });
    }
  }
  return out;
}

/** Another number of the same shape: same digit count, separators and decimals. */
export function varyDigits(num: string, rng: Rng): string {
  let first = true;
  let out = '';
  for (const ch of num) {
    if (ch >= '0' && ch <= '9') {
      out += String(first ? int(rng, 1, 9) : int(rng, 0, 9));
      first = false;
    } else {
      out += ch;
    }
  }
  return out;
}

// --- real-style forms ----------------------------------------------------------

interface Form {
  readonly example: Mention;
  readonly vary: (rng: Rng) => Mention;
}

function form(text: string, expected: string, vary: (rng: Rng) => [string, string]): Form {
  const origin = `form:${text}`;
  return {
    example: { text, expected, origin },
    vary: (rng) => {
      const [t, e] = vary(rng);
      return { text: t, expected: e, origin };
    },
  };
}

function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const FULL_WIDTH_DIGITS = '０１２３４５６７８９';
function fullWidth(s: string): string {
  return s.replace(/\d/g, (d) => FULL_WIDTH_DIGITS[Number(d)] as string).replace('.', '．');
}

/** Forms of the genre the seeds do not (all) contain, each with its exact value. */
export const FORMS: readonly Form[] = [
  form('1.4万亿元', '1400000000000', (r) => {
    const n = `${int(r, 1, 9)}.${int(r, 0, 9)}`;
    return [`${n}万亿元`, valueOf(n, '1e12')];
  }),
  form('6000余万元', '60000000', (r) => {
    const n = `${int(r, 1, 9)}${'0'.repeat(int(r, 1, 3))}`;
    return [`${n}余万元`, valueOf(n, '1e4')];
  }),
  form('三成', '30', (r) => {
    const n = int(r, 1, 9);
    return [`${zhNumber(n)}成`, String(n * 10)];
  }),
  form('二十五条', '25', (r) => {
    const n = int(r, 1, 99);
    return [`${zhNumber(n)}条`, String(n)];
  }),
  form('百分之三', '3', (r) => {
    const n = int(r, 1, 99);
    return [`百分之${zhNumber(n)}`, String(n)];
  }),
  form('8兆3,522億元', '8352200000000', (r) => {
    const a = int(r, 1, 9);
    const b = int(r, 1000, 9999);
    return [`${a}兆${grouped(b)}億元`, valueOf(String(a * 10000 + b), '1e8')];
  }),
  form('3.4萬億元', '3400000000000', (r) => {
    const n = `${int(r, 1, 9)}.${int(r, 0, 9)}`;
    return [`${n}萬億元`, valueOf(n, '1e12')];
  }),
  form('1,085.29 billion yuan', '1085290000000', (r) => {
    const n = `${grouped(int(r, 1000, 99999))}.${String(int(r, 0, 99)).padStart(2, '0')}`;
    return [`${n} billion yuan`, valueOf(n, '1e9')];
  }),
  form('超30亿元', '3000000000', (r) => {
    const n = String(int(r, 1, 99) * 10);
    return [`超${n}亿元`, valueOf(n, '1e8')];
  }),
  form('552,448', '552448', (r) => {
    const n = grouped(int(r, 100000, 999999));
    return [n, valueOf(n)];
  }),
  form('一百零五户', '105', (r) => {
    const n = int(r, 100, 999);
    return [`${zhNumber(n)}户`, String(n)];
  }),
  form('十四家', '14', (r) => {
    const n = int(r, 10, 99);
    return [`${zhNumber(n)}家`, String(n)];
  }),
  form('两千亿元', '200000000000', (r) => {
    const n = int(r, 1, 9) * 1000;
    return [`${zhNumber(n).replace(/^二/, '两')}亿元`, valueOf(String(n), '1e8')];
  }),
  form('三点五个百分点', '3.5', (r) => {
    const a = int(r, 1, 9);
    const b = int(r, 1, 9);
    return [`${zhNumber(a)}点${zhNumber(b)}个百分点`, `${a}.${b}`];
  }),
  form('１２.５％', '12.5', (r) => {
    const n = `${int(r, 10, 99)}.${int(r, 1, 9)}`;
    return [`${fullWidth(n)}％`, n];
  }),
  form('1,234.5億元', '123450000000', (r) => {
    const n = `${grouped(int(r, 1000, 9999))}.${int(r, 1, 9)}`;
    return [`${n}億元`, valueOf(n, '1e8')];
  }),
  form('2.5倍', '2.5', (r) => {
    const n = `${int(r, 1, 9)}.${int(r, 1, 9)}`;
    return [`${n}倍`, n];
  }),
  form('7.82 percentage points', '7.82', (r) => {
    const n = `${int(r, 1, 9)}.${String(int(r, 1, 99)).padStart(2, '0')}`;
    return [`${n} percentage points`, n];
  }),
];

export interface MentionList {
  readonly mentions: readonly Mention[];
  /** How many distinct mentions were found in the seeds, and how many forms added. */
  readonly seedCount: number;
  readonly formCount: number;
}

/**
 * At least `size` mentions: the seed mentions and form examples once each as found,
 * then copies with other digits, taken round-robin so every source keeps its share.
 */
export function buildMentionList(size = 1000, seedDir: string = DEFAULT_SEED_DIR): MentionList {
  const rng = mulberry32(0x5eed);
  const seeds = seedMentions(seedDir);
  const originals: Mention[] = [
    ...seeds.map((s) => s.rebuild(s.num)),
    ...FORMS.map((f) => f.example),
  ];
  const makers: ((r: Rng) => Mention)[] = [
    ...seeds.map((s) => (r: Rng) => s.rebuild(varyDigits(s.num, r))),
    ...FORMS.map((f) => f.vary),
  ];
  const mentions = [...originals];
  for (let i = 0; mentions.length < size; i = (i + 1) % makers.length) {
    mentions.push((makers[i] as (r: Rng) => Mention)(rng));
  }
  return { mentions, seedCount: seeds.length, formCount: FORMS.length };
}

/**
 * The seed documents, one after another and over again, cut at a document boundary
 * once at least `bytes` bytes of UTF-8 are there: the text of the throughput and
 * memory benchmarks.
 */
export function seedCorpus(bytes: number, seedDir: string = DEFAULT_SEED_DIR): string {
  const docs = sourceTexts(seedDir).texts.map((t) => `${t.text.trim()}\n\n`);
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i = (i + 1) % docs.length) {
    const doc = docs[i] as string;
    parts.push(doc);
    size += Buffer.byteLength(doc, 'utf8');
  }
  return parts.join('');
}
