// The JSON Schema files generated at build time accept the bundled data, and refuse
// what the zod schemas refuse: users outside TypeScript get the same contract.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const schemaFile = (name: string): object => JSON.parse(readFileSync(join(root, 'schemas', `${name}.schema.json`), 'utf8')) as object;
const dataFile = (path: string): unknown => JSON.parse(readFileSync(join(root, 'data', path), 'utf8'));

describe('generated JSON Schema', () => {
  beforeAll(() => {
    if (!existsSync(join(root, 'schemas', 'document-data.schema.json'))) {
      execFileSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build-schemas.ts'], { cwd: root });
    }
  });

  it.each(['000', '001', '002', '003', '004'])('accepts data/documents/%s.json', (id) => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schemaFile('document-data'));
    const ok = validate(dataFile(`documents/${id}.json`));
    expect(ok ? 'valid' : JSON.stringify(validate.errors?.slice(0, 3))).toBe('valid');
  });

  it('accepts the catalogs', () => {
    const ajv = new Ajv2020({ strict: false });
    expect(ajv.validate(schemaFile('regions'), dataFile('regions.json'))).toBe(true);
    expect(ajv.validate(schemaFile('indicators'), dataFile('indicators.json'))).toBe(true);
    expect(ajv.validate(schemaFile('institutions'), dataFile('institutions.json'))).toBe(true);
  });

  it('refuses a JSON number where a figure text belongs, and an unknown key', () => {
    const validate = new Ajv2020({ strict: false }).compile(schemaFile('observation'));
    const good = { id: 'x', indicator: 'green-loans', holder: { region: '370700' }, date: '2025-06-30', measure: 'balance', figure: '2150亿元', source: { excerpt: 'x', paragraph: 1 } };
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, figure: 2150 })).toBe(false);
    expect(validate({ ...good, figur: '2150亿元' })).toBe(false);
  });
});
