// The bundled dataset says exactly what the five documents say.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  DocumentDataSchema,
  IndicatorSchema,
  InstitutionSchema,
  RegionCatalogSchema,
  type DocumentData,
} from '../src/domain/index.js';
import { documentIds, documents, indicators, institutions, regions } from '../src/data/index.js';
import { findMentions, normalizeText } from '../src/extract/index.js';
import { parseFigure } from '../src/index.js';
import { describeWithSeeds, itWithSeeds, seedParagraphs, seedText } from './seeds.js';

const docs = Object.fromEntries(documentIds.map((id) => [id, DocumentDataSchema.parse(documents[id])])) as Record<string, DocumentData>;

// Every (figure, source) pair of a document, wherever it is recorded.
function figuresOf(doc: DocumentData): { where: string; figure: string; excerpt: string | undefined; paragraph: number | undefined }[] {
  const out: { where: string; figure: string; excerpt: string | undefined; paragraph: number | undefined }[] = [];
  for (const o of doc.observations) out.push({ where: o.id, figure: o.figure, excerpt: o.source.excerpt, paragraph: o.source.paragraph });
  for (const p of doc.policyMeasures) {
    for (const x of p.parameters) out.push({ where: `${p.id}/${x.name}`, figure: x.figure, excerpt: x.source.excerpt, paragraph: x.source.paragraph });
  }
  for (const t of doc.targets) {
    if (t.figure) out.push({ where: t.id, figure: t.figure, excerpt: t.source.excerpt, paragraph: t.source.paragraph });
  }
  for (const c of doc.caseStudies) {
    for (const f of c.fields) out.push({ where: `${c.id}/${f.name}`, figure: f.figure, excerpt: f.source.excerpt, paragraph: f.source.paragraph });
  }
  const table = doc.planTable;
  if (table) {
    for (const row of table.rows) {
      for (const [year, cells] of Object.entries(row.cells)) {
        for (const figure of [cells.loanToDeposit, cells.industrialLoans]) {
          if (figure) out.push({ where: `${table.id}/${row.seq}/${year}`, figure, excerpt: row.source?.excerpt, paragraph: row.source?.paragraph });
        }
      }
    }
    for (const [year, cells] of Object.entries(table.totals)) {
      if (cells.industrialLoans) {
        out.push({ where: `${table.id}/total/${year}`, figure: cells.industrialLoans, excerpt: table.totalsSource?.excerpt, paragraph: table.totalsSource?.paragraph });
      }
    }
  }
  return out;
}

describe('the dataset validates against the schemas', () => {
  it.each(documentIds)('document %s', (id) => {
    const result = DocumentDataSchema.safeParse(documents[id]);
    expect(result.success ? 'valid' : z.prettifyError(result.error)).toBe('valid');
  });

  it('regions, indicators and institutions', () => {
    expect(RegionCatalogSchema.safeParse(regions).success).toBe(true);
    expect(z.array(IndicatorSchema).safeParse(indicators).success).toBe(true);
    expect(z.array(InstitutionSchema).safeParse(institutions).success).toBe(true);
  });

  it('rejects what it should: a number where a decimal string belongs, an unknown key, a missing basis', () => {
    const good = structuredClone(documents['001']) as { observations: Record<string, unknown>[] };
    const bad1 = structuredClone(good);
    (bad1.observations[1] as Record<string, unknown>)['figure'] = 1026.09;
    expect(DocumentDataSchema.safeParse(bad1).success).toBe(false);
    const bad2 = structuredClone(good);
    (bad2.observations[1] as Record<string, unknown>)['figur'] = '1026.09亿元';
    expect(DocumentDataSchema.safeParse(bad2).success).toBe(false);
    const bad3 = structuredClone(good);
    const growth = bad3.observations.find((o) => o['measure'] === 'growth') as Record<string, unknown>;
    delete growth['basis'];
    const r = DocumentDataSchema.safeParse(bad3);
    expect(!r.success && z.prettifyError(r.error)).toMatch(/needs its basis/);
  });
});

describe('every figure is what the document states', () => {
  for (const id of documentIds) {
    const doc = docs[id] as DocumentData;
    const figures = figuresOf(doc);

    itWithSeeds(`${id}: every excerpt is verbatim in its paragraph of the seed`, () => {
      const paragraphs = seedParagraphs(id);
      const text = seedText(id);
      const misplaced = figures.filter((f) => f.excerpt !== undefined && f.paragraph !== undefined && !(paragraphs[f.paragraph - 1] ?? '').includes(f.excerpt));
      expect(misplaced.map((f) => f.where)).toEqual([]);
      for (const f of figures) if (f.excerpt) expect(text.includes(f.excerpt), f.where).toBe(true);
    });

    it(`${id}: every figure parses, with the document's reading of "billion"`, () => {
      const billion = doc.document.billionMeans === 'yi' ? 'yi' : 'billion';
      const unreadable = figures.filter((f) => {
        try {
          parseFigure(f.figure, { billion });
          return false;
        } catch {
          return true;
        }
      });
      expect(unreadable.map((f) => `${f.where}: ${f.figure}`)).toEqual([]);
    });

    it(`${id}: the digits of every figure appear in its excerpt`, () => {
      const missing = figures.filter((f) => {
        const digits = f.figure.match(/\d[\d,.]*/g) ?? [];
        return f.excerpt !== undefined && digits.some((d) => !f.excerpt?.includes(d.replace(/[.,]$/, '')));
      });
      expect(missing.map((f) => `${f.where}: ${f.figure}`)).toEqual([]);
    });

    it(`${id}: every id is unique and every reference resolves`, () => {
      const ids = [...doc.observations.map((o) => o.id), ...doc.policyMeasures.map((p) => p.id), ...doc.targets.map((t) => t.id), ...doc.caseStudies.map((c) => c.id)];
      expect(new Set(ids).size).toBe(ids.length);
      const indicatorIds = new Set(indicators.map((i) => i.id));
      const institutionIds = new Set(institutions.map((i) => i.id));
      const regionCodes = new Set(regions.regions.map((r) => r.code));
      const bad: string[] = [];
      for (const o of doc.observations) {
        for (const ref of [o.indicator, o.benchmark, o.of]) if (ref && !indicatorIds.has(ref)) bad.push(`${o.id}: indicator ${ref}`);
        if ('region' in o.holder && !regionCodes.has(o.holder.region)) bad.push(`${o.id}: region ${o.holder.region}`);
        if ('institution' in o.holder && !institutionIds.has(o.holder.institution)) bad.push(`${o.id}: institution ${o.holder.institution}`);
      }
      for (const c of doc.caseStudies) if (c.bank && !institutionIds.has(c.bank)) bad.push(`${c.id}: bank ${c.bank}`);
      for (const row of doc.planTable?.rows ?? []) if (!institutionIds.has(row.institution)) bad.push(`row ${row.seq}: ${row.institution}`);
      if (!regionCodes.has(doc.document.region)) bad.push(`document region ${doc.document.region}`);
      expect(bad).toEqual([]);
    });
  }

  describeWithSeeds('the full texts', () => {
    it.each(documentIds)('%s: every figure the extractor finds in the seed is encoded, with its value, by an excerpt around it', (id) => {
    const doc = docs[id] as DocumentData;
    const billion = doc.document.billionMeans === 'yi' ? 'yi' : 'billion';
    const text = seedText(id);
    const normalized = normalizeText(text);
    const encoded = figuresOf(doc).flatMap((f) => {
      // The number as printed: a table cell's unit is in its header (单位：亿元).
      const value = parseFigure(f.figure, { billion }).stated;
      const spans: [number, number][] = [];
      for (let at = text.indexOf(f.excerpt ?? '\u0000'); at >= 0; at = text.indexOf(f.excerpt ?? '\u0000', at + 1)) spans.push([at, at + (f.excerpt?.length ?? 0)]);
      return spans.map((span) => ({ value, span }));
    });
    const notEncoded = findMentions(normalized.text, { billion })
      .filter((m) => m.kind === 'figure')
      .filter((m) => {
        const [from, to] = normalized.toOriginalSpan(m.span);
        return !encoded.some((e) => e.value.eq(m.figure.stated.abs()) && e.span[0] <= from && to <= e.span[1]);
      })
      .map((m) => m.text);
    expect(notEncoded).toEqual([]);
    });
  });

  it('data/README.md states, per document, as many encoded figures as the data holds', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '..', 'data', 'README.md'), 'utf8');
    for (const id of documentIds) {
      const row = readme.split('\n').find((l) => l.startsWith(`| ${id} | `) && /\| \d+ \| \d+ \|/.test(l));
      const [, stated, encoded] = row?.match(/^\| \d+ \| (\d+) \| (\d+) \|/) ?? [];
      expect(Number(encoded), `README row for ${id}`).toBe(figuresOf(docs[id] as DocumentData).length);
      expect(stated).toBe(encoded);
    }
  });

  it("003's table has all 22 banks × 3 years × 2 columns and the three stated totals", () => {
    const table = (docs['003'] as DocumentData).planTable;
    expect(table?.rows).toHaveLength(22);
    for (const row of table?.rows ?? []) {
      for (const year of ['2021', '2022', '2023']) {
        expect(row.cells[year]?.loanToDeposit, `${row.seq}/${year}`).toMatch(/^\d+\.\d\d%$/);
        expect(row.cells[year]?.industrialLoans, `${row.seq}/${year}`).toMatch(/^\d+\.\d\d亿元$/);
      }
    }
    expect(Object.values(table?.totals ?? {}).map((t) => t.industrialLoans)).toEqual(['72.41亿元', '92.83亿元', '111.40亿元']);
  });

  it('000 records that its "billion yuan" renders 亿元, and reads its figures at their true magnitude', () => {
    const doc = docs['000'] as DocumentData;
    expect(doc.document.billionMeans).toBe('yi');
    expect(doc.document.machineTranslation).toBe(true);
    const tech = doc.observations.find((o) => /628\.69/.test(o.figure));
    expect(parseFigure(tech?.figure ?? '', { billion: 'yi' }).value.toFixed()).toBe('62869000000');
  });
});
