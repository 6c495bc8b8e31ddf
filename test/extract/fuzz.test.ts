// Fuzzing the text layer with generated texts (issue 12): no function throws on a string,
// and every span it returns lies inside the text it was given — the normalizer's map
// back to the caller's text included. `npm test` runs a few thousand texts; the full run
// is WUPIAN_FUZZ_RUNS=100000 npx vitest run test/extract/fuzz.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMentions, normalizeText, parseAsOf, readTables, splitClauses } from '../../src/extract/index.js';
import { isWupianError, parseFigure, safeParseFigure } from '../../src/index.js';

const RUNS = Number.parseInt(process.env['WUPIAN_FUZZ_RUNS'] ?? '2000', 10);
const SEED = process.env['WUPIAN_FUZZ_SEED'] === undefined ? undefined : Number.parseInt(process.env['WUPIAN_FUZZ_SEED'], 10);
// Runs in chunks of 10,000, one test each: a test that holds the worker for minutes
// makes vitest's own messages time out.
const CHUNK = 10_000;
const CHUNKS = Array.from({ length: Math.max(1, Math.ceil(RUNS / CHUNK)) }, (_, k) => [k + 1, Math.min(CHUNK, RUNS - k * CHUNK)] as const);
const paramsOf = (chunk: number, runs: number) => ({ numRuns: runs, ...(SEED === undefined ? {} : { seed: SEED + chunk }) });

// Pieces of the genre and of its hazards: traditional and full-width forms, spaces and
// breaks the normalizer removes or inserts, NFKC expansions, glosses, lone surrogates.
const PIECES = [
  '0', '1', '2', '5', '9', '.', ',', '，', '、', '%', '亿', '万', '元', '亿元', '万亿元', '个百分点', '户', '年', '月', '日', '末', '初',
  '截至', '较年初', '增长', '增加', '同比', '高于', '占', '比重', '超', '近', '约', '逾', '余', '多', '分别为', '和', '以上', '左右', '(含)',
  '（', '）', '(', ')', '[', ']', '【', '】', '〔2021〕1号', '“', '”', '《', '》', '\n', '\n\n', '\t', ' ', '  ', '\r\n', '\u3000', '。', '；', ';',
  ':', '：', '１', '２', '０', '．', '％', '，', '億', '萬', '綠色貸款', '餘額', '較', '貳', '¹', '①', '½', '…', '℃', 'ﬁ', '㎡', '\u200b',
  '\ufeff', '\u00ad', '(dài kuǎn)', '(dai4 kuan3)', '单位：亿元', '单位：%，亿元', '2023年', '2024年', '2025年6月末', '合计', '工业贷款余额',
  '存贷比', '银行', '绿色贷款', ' billion yuan', ' million', 'RMB ', 'over ', 'about ', 'June 30, 2025', 'end of August', 'Q1', 'H1 2025',
  'FY2024', '百分之', '三成', '二十五条', '8兆3,522億元', '1,085.29', '1 026.09', '1026.\n09', '12..3', '1.1.1.', '-', '−', '—', '~', '至',
  '第', '一', '二', '十', '百', '千', 'twelve ', 'top fifty', '\ud83d\ude00', '\ud800', '\udc00', '\u0000', '\uffff', '𝐀', '𝟏', '9'.repeat(45),
];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String) },
);

// A table of random cells: a row of years, a row of labels, rows of cells, maybe a 合计.
const cell = fc.oneof(fc.constantFrom('', ' ', '1.5', '７０．１', '12%', '-3', 'x', '合计', '银行', '2023年', '存贷比', '工业贷款余额'), fc.float({ noNaN: true }).map(String));
const table = fc
  .tuple(fc.boolean(), fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }), fc.boolean())
  .map(([units, rows, crlf]) =>
    [units ? '单位：%，亿元' : '', '\t2023年\t2023年\t2024年', '\t存贷比\t工业贷款余额\t存贷比', ...rows.map((r) => r.join('\t'))].join(crlf ? '\r\n' : '\n'),
  );

const text = fc.oneof(
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 5, arbitrary: fc.array(piece, { maxLength: 40 }).map((a) => a.join('')) },
  { weight: 2, arbitrary: fc.tuple(fc.array(piece, { maxLength: 10 }), table, fc.array(piece, { maxLength: 10 })).map(([a, t, b]) => `${a.join('')}${t}${b.join('')}`) },
);

const inside = (span: readonly [number, number], length: number): boolean =>
  Number.isInteger(span[0]) && Number.isInteger(span[1]) && span[0] >= 0 && span[0] <= span[1] && span[1] <= length;

const FULL_WIDTH_DIGIT = (ch: string): string => String.fromCharCode(ch.charCodeAt(0) - 0xfee0);

describe.each(CHUNKS)(`the text layer on ${RUNS} generated texts, chunk %i (%i texts)`, (chunk, runs) => {
  const params = paramsOf(chunk, runs);
  it('never throws, and every span is inside the text it indexes', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(undefined, '2025-09-02'), fc.constantFrom(undefined, 'yi' as const), (input, documentDate, billion) => {
        const normalized = normalizeText(input);
        const s = normalized.text;
        const options = { ...(documentDate ? { documentDate } : {}), ...(billion ? { billion } : {}) };
        // On the normalized text, and on the caller's text as it is.
        for (const t of [s, input]) {
          const mentions = findMentions(t, options);
          let last = 0;
          for (const m of mentions) {
            if (!inside(m.span, t.length) || m.span[0] < last || t.slice(m.span[0], m.span[1]) !== m.text) return false;
            if (m.kind === 'figure' && (m.figure.span?.[0] !== m.span[0] || m.figure.span?.[1] !== m.span[1])) return false;
            last = m.span[1];
          }
          for (const c of splitClauses(t)) if (!inside(c.span, t.length) || t.slice(c.span[0], c.span[1]) !== c.text) return false;
          parseAsOf(t, documentDate ? { documentDate } : {});
        }
        // Mentions mapped back: inside the caller's text, and the same as mapping their ends.
        for (const m of findMentions(s, options)) {
          const [a, b] = normalized.toOriginalSpan(m.span);
          if (!inside([a, b], input.length) || (m.span[1] > m.span[0] && a === b)) return false;
        }
        // Tables read from the caller's text: every span in it, each cell's excerpt at its span.
        for (const t of readTables(input, { region: '370402' })) {
          if (!inside(t.span, input.length)) return false;
          for (const c of t.claims) {
            const span = c.source?.span;
            if (!span || !inside(span, input.length) || input.slice(span[0], span[1]) !== c.source?.excerpt) return false;
            if (c.figure.span?.[0] !== span[0] || c.figure.span?.[1] !== span[1]) return false;
          }
          const ids = new Set(t.claims.map((c) => c.id));
          if (!t.sums.every((sum) => ids.has(sum.total) && sum.parts.every((p) => ids.has(p)))) return false;
        }
        return true;
      }),
      params,
    );
  });

  it('maps every character of the normalized text back to where it came from', () => {
    fc.assert(
      fc.property(text, (input) => {
        const n = normalizeText(input);
        const s = n.text;
        let lastStart = 0;
        let lastEnd = 0;
        for (let k = 0; k < s.length; k++) {
          const [a, b] = n.toOriginalSpan([k, k + 1]);
          // Non-empty, inside, in order.
          if (!(a < b && a >= lastStart && b >= lastEnd && b <= input.length)) return false;
          lastStart = a;
          lastEnd = b;
          // A digit came from the same digit, or its full-width form.
          const ch = s[k] as string;
          if (ch >= '0' && ch <= '9') {
            const from = input.slice(a, b);
            if (from !== ch && !(from.length === 1 && FULL_WIDTH_DIGIT(from) === ch)) return false;
          }
          // The way back: the character that starts at the same place.
          const back = n.fromOriginal(a);
          if (back > k || n.toOriginal(back) !== a) return false;
        }
        if (n.fromOriginal(input.length) !== s.length || n.toOriginal(s.length) !== input.length) return false;
        // A span maps to the hull of its characters' sources.
        if (s.length >= 2) {
          const [a, b] = n.toOriginalSpan([0, s.length]);
          if (a !== n.toOriginalSpan([0, 1])[0] || b !== n.toOriginalSpan([s.length - 1, s.length])[1]) return false;
        }
        return true;
      }),
      params,
    );
  });

  it('parseFigure answers a figure or a WupianError, never anything else', () => {
    fc.assert(
      fc.property(text, (input) => {
        try {
          const f = parseFigure(input);
          if (!f.value.isFinite()) return false;
        } catch (error) {
          if (!isWupianError(error)) return false;
        }
        const r = safeParseFigure(input, { offset: 3 });
        return !r.success || (r.data.span?.[0] === 3 && r.data.span[1] === 3 + input.length);
      }),
      params,
    );
  });
});

describe('spans in the caller’s text: the cases of issue 12', () => {
  it.each([
    ['traditional and full-width', '綠色貸款餘額２１５０億元，\n較年初增加', '2150亿元', '２１５０億元'],
    ['removed spaces and a joined thousands group', '贷 款余额 1 026.09 亿元', '1026.09亿元', '1 026.09 亿元'],
    ['a number cut by a line break', '余额1026.\n09亿元', '1026.09亿元', '1026.\n09亿元'],
    ['a pinyin gloss removed before it', '贷款(dài kuǎn)余额12亿元', '12亿元', '12亿元'],
    ['a zero-width space removed before it', '余\u200b额5亿元', '5亿元', '5亿元'],
    ['an NFKC expansion before it', '温度25℃，余额12亿元', '12亿元', '12亿元'],
    ['leading whitespace dropped', '  \n 余额12%', '12%', '12%'],
    ['a wrapped English line', 'the balance of\ntech loans was 1.2 billion yuan', '1.2 billion yuan', '1.2 billion yuan'],
  ])('%s', (_name, input, normalizedMention, original) => {
    const n = normalizeText(input);
    const m = findMentions(n.text).find((x) => x.kind === 'figure');
    expect(m?.text).toBe(normalizedMention);
    const [a, b] = n.toOriginalSpan(m?.span as [number, number]);
    expect(input.slice(a, b)).toBe(original);
    expect(n.fromOriginal(a)).toBe(m?.span[0]);
  });

  it('an inserted character maps onto what it replaces: ℃ → °C, a line break → a space', () => {
    const n = normalizeText('25℃ of\nloans');
    expect(n.text).toBe('25°C of loans');
    expect(n.toOriginalSpan([2, 3])).toEqual([2, 3]);
    expect(n.toOriginalSpan([3, 4])).toEqual([2, 3]);
    expect(n.toOriginalSpan([7, 8])).toEqual([6, 7]);
  });

  it('a table cell read with a unit of the 单位 line spans the cell, not past the end of the text', () => {
    const input = '单位：亿元\n项目\t2023年\t2024年\n\t工业贷款余额\t工业贷款余额\n银行A\t１．５\t2.5';
    const [table] = readTables(input);
    expect(table?.claims.map((c) => c.source?.excerpt)).toEqual(['１．５', '2.5']);
    expect(table?.claims[0]?.figure.value.toFixed()).toBe('150000000');
    const last = table?.claims[table.claims.length - 1];
    expect(last?.source?.span).toEqual([input.length - 3, input.length]);
    expect(last?.figure.span).toEqual([input.length - 3, input.length]);
    expect(last?.figure.text).toBe('2.5亿元');
    expect(last?.figure.value.toFixed()).toBe('250000000');
    expect(table?.span).toEqual([input.indexOf('项目'), input.length]);
  });

  it('a table of CRLF lines ends before the last line break', () => {
    const input = '项目\t2023年\t2024年\r\n\t工业贷款余额\t工业贷款余额\r\n银行A\t1.5\t2.5\r\n';
    const [table] = readTables(input);
    expect(input.slice(...(table?.span as [number, number]))).toBe('项目\t2023年\t2024年\r\n\t工业贷款余额\t工业贷款余额\r\n银行A\t1.5\t2.5');
    expect(table?.claims.map((c) => input.slice(...(c.source?.span as [number, number])))).toEqual(['1.5', '2.5']);
  });
});
