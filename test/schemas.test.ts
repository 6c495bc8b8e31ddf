// The JSON Schema files generated at build time accept the bundled data, and refuse
// what the zod schemas refuse: users outside TypeScript get the same contract. The
// report, check-output and extraction schemas accept what `wupian check --json`,
// `--ndjson` and `wupian extract` really print for sample texts.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';

const root = resolve(import.meta.dirname, '..');
const schemaFile = (name: string): { $id?: string } & object => JSON.parse(readFileSync(join(root, 'schemas', `${name}.schema.json`), 'utf8')) as object;
const dataFile = (path: string): unknown => JSON.parse(readFileSync(join(root, 'data', path), 'utf8'));

// One validator with the formats (date, …) the schemas use: strict, so an unknown
// format or keyword is an error rather than a warning on stderr.
function ajv(): Ajv2020 {
  const instance = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictTuples: false });
  addFormats.default(instance);
  return instance;
}

function expectValid(schema: object, data: unknown): void {
  const validate = ajv().compile(schema);
  const ok = validate(data);
  expect(ok ? 'valid' : JSON.stringify(validate.errors?.slice(0, 3), null, 1)).toBe('valid');
}

function cli(args: string[], readFile: (path: string) => string = (p) => readFileSync(p, 'utf8')): { code: number; out: string } {
  let out = '';
  const code = main(args, { stdout: (t) => (out += t), stderr: () => undefined, version: '0', readFile });
  return { code, out };
}

const TEXTS = readdirSync(join(root, 'examples', 'texts')).map((f) => join(root, 'examples', 'texts', f));

describe('generated JSON Schema', () => {
  beforeAll(() => {
    if (!existsSync(join(root, 'schemas', 'report.schema.json'))) {
      execFileSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build-schemas.ts'], { cwd: root });
    }
  });

  it.each(['000', '001', '002', '003', '004'])('accepts data/documents/%s.json', (id) => {
    expectValid(schemaFile('document-data'), dataFile(`documents/${id}.json`));
  });

  it('accepts the truth corpus and the example corpus, and refuses a value as a JSON number', () => {
    const dir = join(root, 'test', 'corpus', 'passages');
    for (const f of readdirSync(dir)) expectValid(schemaFile('corpus'), JSON.parse(readFileSync(join(dir, f), 'utf8')));
    const example = JSON.parse(readFileSync(join(root, 'examples', 'corpus', 'small.json'), 'utf8')) as { passages: { figures: { value?: unknown }[] }[] };
    expectValid(schemaFile('corpus'), example);
    const figure = example.passages[0]?.figures[0];
    if (figure) figure.value = 1230.5;
    expect(ajv().compile(schemaFile('corpus'))(example)).toBe(false);
  });

  it('accepts the catalogs', () => {
    expectValid(schemaFile('regions'), dataFile('regions.json'));
    expectValid(schemaFile('indicators'), dataFile('indicators.json'));
    expectValid(schemaFile('institutions'), dataFile('institutions.json'));
  });

  it('refuses a JSON number where a figure text belongs, an unknown key, and a date that is none', () => {
    const validate = ajv().compile(schemaFile('observation'));
    const good = { id: 'x', indicator: 'green-loans', holder: { region: '370700' }, date: '2025-06-30', measure: 'balance', figure: '2150亿元', source: { excerpt: 'x', paragraph: 1 } };
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, figure: 2150 })).toBe(false);
    expect(validate({ ...good, figur: '2150亿元' })).toBe(false);
    expect(validate({ ...good, date: '2025-13-45' })).toBe(false);
  });

  it('gives every schema a versioned $id', () => {
    for (const file of readdirSync(join(root, 'schemas'))) {
      const name = file.replace(/\.schema\.json$/, '');
      expect(schemaFile(name).$id).toBe(`https://wupian.dev/schemas/${name}/1.json`);
    }
  });

  it.each(TEXTS.map((t) => [t.slice(root.length + 1), t]))('%s: check --json prints what check-output.schema.json describes', (_name, file) => {
    const r = cli(['check', '--json', '--region', '370700', '--document-date', '2025-08-15', file]);
    const json = JSON.parse(r.out) as { $schema: string; files: { report: unknown }[] };
    expect(json.$schema).toBe(schemaFile('check-output').$id);
    expectValid(schemaFile('check-output'), json);
    expectValid(schemaFile('report'), json.files[0]?.report);
  });

  it('check --json of the bundled documents, an unreadable file and a binary one', () => {
    const documents = ['000', '001', '002', '003', '004'].map((id) => join(root, 'data', 'documents', `${id}.json`));
    const binary = join(root, 'binary.bin');
    const r = cli(['check', '--json', ...documents, 'no-such-file.txt', binary], (p) => (p === binary ? '\u0000\u0001\u0002' : readFileSync(p, 'utf8')));
    expect(r.code).toBe(2);
    expectValid(schemaFile('check-output'), JSON.parse(r.out));
  });

  it('each line of check --ndjson is what checked-file.schema.json describes', () => {
    const r = cli(['check', '--ndjson', '--region', '370700', ...TEXTS, 'no-such-file.txt']);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(TEXTS.length + 1);
    for (const line of lines) expectValid(schemaFile('checked-file'), JSON.parse(line));
  });

  it.each(TEXTS.map((t) => [t.slice(root.length + 1), t]))('%s: extract prints what extraction.schema.json describes', (_name, file) => {
    const r = cli(['extract', '--region', '370700', '--document-date', '2025-08-15', file]);
    const json = JSON.parse(r.out) as { $schema: string; claims: unknown[] };
    expect(json.$schema).toBe(schemaFile('extraction').$id);
    expectValid(schemaFile('extraction'), json);
  });

  it('refuses an extraction whose figure value is a JSON number, or a report without a status', () => {
    const r = cli(['extract', '--region', '370700', TEXTS.find((t) => t.endsWith('weifang.txt')) as string]);
    const json = JSON.parse(r.out) as { claims: { figure: { value: unknown } }[] };
    const claim = json.claims[0] as { figure: { value: unknown } };
    claim.figure.value = 2150;
    expect(ajv().validate(schemaFile('extraction'), json)).toBe(false);
    const report = (JSON.parse(cli(['check', '--json', TEXTS[0] as string]).out) as { files: { report: Record<string, unknown> }[] }).files[0]?.report ?? {};
    delete report['status'];
    expect(ajv().validate(schemaFile('report'), report)).toBe(false);
  });
});
