import { describe, expect, it } from 'vitest';
import { type Mention, findMentions, normalizeText, splitClauses } from '../../src/extract/index.js';
import { describeWithSeeds, seedText } from '../seeds.js';

// The source documents live beside the project (WUPIAN_SEEDS or ../shared/seeds), not
// in it: without them this suite is skipped, and says so.

interface Seed {
  readonly id: string;
  readonly billion: 'billion' | 'yi';
  /** Mentions by kind: pinned, so a change in what the finder sees shows up here. */
  readonly counts: Readonly<Record<string, number>>;
  /** Figures the dataset needs, as `text = value unit qualifier`, that must be among the mentions. */
  readonly figures: readonly string[];
}

const SEED_LIST: readonly Seed[] = [
  {
    id: '000',
    billion: 'yi',
    counts: { figure: 10, date: 6, reference: 14, ordinal: 6 },
    figures: [
      'exceeded 628.69 billion yuan = 62869000000 亿元 over',
      'reaching 853.98 billion yuan = 85398000000 亿元 reached',
      '133.19 billion yuan = 13319000000 亿元 exact',
      '1,085.29 billion yuan = 108529000000 亿元 exact',
      '116.29 billion yuan = 11629000000 亿元 exact',
      '3.79% = 3.79 % exact',
      'reaching 8.6 billion yuan = 860000000 亿元 reached',
      '26.47% = 26.47 % exact',
      'over 552,448 = 552448 over',
    ],
  },
  {
    id: '001',
    billion: 'billion',
    counts: { figure: 92, date: 11, period: 2, name: 4, ordinal: 2, unreadable: 1 },
    figures: [
      '2150亿元 = 215000000000 亿元 exact',
      '253.31亿元 = 25331000000 亿元 exact',
      '13.36% = 13.36 % exact',
      '7.82个百分点 = 7.82 个百分点 exact',
      '17.18% = 17.18 % exact',
      '1.19个百分点 = 1.19 个百分点 exact',
      '2273.35亿元 = 227335000000 亿元 exact',
      '11.35% = 11.35 % exact',
      '4.98个百分点 = 4.98 个百分点 exact',
      '1439.08亿元 = 143908000000 亿元 exact',
      '184.38亿元 = 18438000000 亿元 exact',
      '6.88% = 6.88 % exact',
      '203.81亿元 = 20381000000 亿元 exact',
      '40.92% = 40.92 % exact',
      '6000余万元 = 60000000 万元 and-more',
      '超12.8亿元 = 1280000000 亿元 over',
      '159.13% = 159.13 % exact',
    ],
  },
  {
    id: '002',
    billion: 'billion',
    counts: { figure: 29, period: 6, name: 6, date: 1, ordinal: 1 },
    figures: [
      '25条 = 25 条 exact',
      '33项 = 33 项 exact',
      '2% = 2 % exact',
      '最高500万元 = 5000000 万元 at-most',
      '60% = 60 % exact',
      '80%以上 = 80 % at-least',
      '1%以下 = 1 % at-most',
      '1337.8亿元 = 133780000000 亿元 exact',
      '突破3万亿元 = 3000000000000 万亿元 at-least',
      '超200亿元 = 20000000000 亿元 over',
      '63% = 63 % exact',
    ],
  },
  {
    id: '003',
    billion: 'billion',
    counts: { figure: 148, period: 18, ordinal: 38, name: 3, 'document-number': 1 },
    figures: ['53亿元 = 5300000000 亿元 exact', '达109亿元以上 = 10900000000 亿元 at-least', '达到83%以上 = 83 % at-least', '72.41 = 72.41 exact', '92.83 = 92.83 exact', '111.40 = 111.4 exact', '四方 = 4 方 exact', '四大 = 4 大 exact'],
  },
  {
    id: '004',
    billion: 'billion',
    counts: { figure: 16, date: 5, reference: 18, ordinal: 7 },
    figures: ['32.7% = 32.7 % exact', 'reached 26.1% = 26.1 % reached', '14.3% = 14.3 % exact', '25.1% = 25.1 % exact', '13 billion yuan = 13000000000 billion yuan exact', '43 = 43 exact', '十部门 = 10 部门 exact', '八部门 = 8 部门 exact', 'ten = 10 exact', 'Four = 4 exact', 'Twelve = 12 exact'],
  },
];

function figureLine(m: Mention): string | null {
  return m.kind === 'figure' ? `${m.text} = ${m.figure.value.toFixed()} ${m.figure.unit.symbol} ${m.figure.qualifier}`.replace(/ {2,}/g, ' ') : null;
}

describeWithSeeds('the five seed documents', () => {
  describe.each(SEED_LIST)('$id', (seed) => {
    // Read lazily: a skipped suite's body still runs to collect its tests.
    let read: { original: string; normalized: ReturnType<typeof normalizeText>; text: string; mentions: Mention[] } | undefined;
    const seedOf = () => {
      if (!read) {
        const original = seedText(seed.id);
        const normalized = normalizeText(original);
        read = { original, normalized, text: normalized.text, mentions: findMentions(normalized.text, { billion: seed.billion }) };
      }
      return read;
    };

    it('covers every digit of the text with exactly one mention', () => {
      const { original, normalized, text, mentions } = seedOf();
      const owner = new Int32Array(text.length).fill(-1);
      mentions.forEach((m, k) => {
        for (let i = m.span[0]; i < m.span[1]; i++) {
          expect(owner[i], `offset ${i} is in two mentions`).toBe(-1);
          owner[i] = k;
        }
      });
      const lost: string[] = [];
      for (let i = 0; i < text.length; i++) if (/[0-9]/.test(text[i] as string) && owner[i] === -1) lost.push(`${i}: ${text.slice(i - 8, i + 8)}`);
      expect(lost).toEqual([]);
      // …and so does the original: every digit there is inside the original span of a mention.
      const covered = new Uint8Array(original.length);
      for (const m of mentions) {
        const [a, b] = normalized.toOriginalSpan(m.span);
        covered.fill(1, a, b);
      }
      const lostOriginal: string[] = [];
      for (let i = 0; i < original.length; i++) if (/[0-9０-９]/.test(original[i] as string) && !covered[i]) lostOriginal.push(`${i}: ${original.slice(i - 8, i + 8)}`);
      expect(lostOriginal).toEqual([]);
    });

    it('gives each mention its own text and sorted, disjoint spans', () => {
      const { text, mentions } = seedOf();
      let last = 0;
      for (const m of mentions) {
        expect(m.span[0]).toBeGreaterThanOrEqual(last);
        expect(m.span[1]).toBeGreaterThan(m.span[0]);
        expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
        last = m.span[1];
      }
    });

    it('finds the mentions it is known to have, by kind', () => {
      const { mentions } = seedOf();
      const counts: Record<string, number> = {};
      for (const m of mentions) counts[m.kind] = (counts[m.kind] ?? 0) + 1;
      expect(counts).toEqual(seed.counts);
    });

    it('reads the figures the dataset needs', () => {
      const { mentions } = seedOf();
      const lines = mentions.map(figureLine).filter((l): l is string => l !== null);
      for (const f of seed.figures) expect(lines).toContain(f);
    });

    it('cuts clauses that lie inside the text', () => {
      const { text } = seedOf();
      const clauses = splitClauses(text);
      expect(clauses.length).toBeGreaterThan(5);
      for (const c of clauses) expect(text.slice(c.span[0], c.span[1])).toBe(c.text);
    });
  });

  it('finds the 001 lists whole: four balances and four growth rates in one sentence', () => {
    const original = seedText('001');
    const text = normalizeText(original).text;
    const from = text.indexOf('截至2025年6月末,辖区银行机构高新技术企业');
    const to = text.indexOf('。', from);
    const inSentence = findMentions(text.slice(from, to)).map((m) => (m.kind === 'figure' ? m.figure.unit.symbol : m.kind));
    expect(inSentence).toEqual(['date', '亿元', '亿元', '亿元', '亿元', '%', '%', '%', '%', '户', '户', '户', '户', '%', '%', '%', '%']);
  });
});
