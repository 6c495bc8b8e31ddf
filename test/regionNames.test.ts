// The English names of provinces and prefectures are generated (scripts/build-region-names.ts):
// the committed file must be what the script writes, and English texts must resolve with it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regionNames } from '../scripts/build-region-names.js';
import { extractClaims } from '../src/extract/index.js';

describe('data/regions-en.json', () => {
  it('is what scripts/build-region-names.ts writes', () => {
    const file = JSON.parse(readFileSync(new URL('../data/regions-en.json', import.meta.url), 'utf8')) as { regions: unknown };
    expect(file.regions).toEqual(regionNames());
  });

  it.each([
    ['Changzhou', '320400'],
    ['Guizhou', '520000'],
    ['Inner Mongolia', '150000'],
    ['Shaanxi', '610000'],
    ['Shanxi', '140000'],
    // a province and a prefecture of one name: the province
    ['Jilin', '220000'],
  ])('names %s %s', (name, code) => {
    expect(regionNames().find((r) => r.nameEn === name)?.code).toBe(code);
  });

  it('leaves out a name two prefectures share (Suzhou: 苏州 and 宿州)', () => {
    expect(regionNames().find((r) => r.nameEn === 'Suzhou')).toBeUndefined();
  });

  it('gives an English text its holder', () => {
    const e = extractClaims('Sci-tech loans in Hangzhou grew 11.6 percent year on year by the end of June.', { documentDate: '2025-07-20' });
    expect(e.claims.map((c) => c.holder)).toEqual(['region:330100']);
  });
});
