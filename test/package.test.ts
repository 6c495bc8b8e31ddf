// Installs the packed tarball into a fresh project and uses it as a user would:
// through `import`, through `require`, and through the `wupian` command.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readmeBlocks, withChecks } from './support/readme.js';

const root = resolve(import.meta.dirname, '..');
let project = '';

const run = (cmd: string, args: string[], cwd: string): string =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
let tarballFiles: string[] = [];

describe('the packed package', () => {
  beforeAll(() => {
    if (!existsSync(join(root, 'dist', 'index.js'))) run('npm', ['run', 'build'], root);
    project = mkdtempSync(join(tmpdir(), 'wupian-consumer-'));
    // The build just ran (npm test) or ran above: no need for prepack to build again.
    const packed = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], root)) as { filename: string; files: { path: string }[] }[];
    const tarball = packed[0]?.filename as string;
    tarballFiles = (packed[0]?.files ?? []).map((f) => f.path);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(project, tarball)], project);
  });

  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it('works through import (ESM)', () => {
    writeFileSync(
      join(project, 'esm.mjs'),
      `import { growthRate, parseFigure, intervalOf, formatInterval } from 'wupian';
console.log(growthRate('1896.69', '2150').toFixed(2), formatInterval(intervalOf(parseFigure('13.36%'))));`,
    );
    expect(run('node', ['esm.mjs'], project).trim()).toBe('13.36 [13.355, 13.365]');
  });

  it('works through require (CommonJS)', () => {
    writeFileSync(
      join(project, 'cjs.cjs'),
      `const { baseFromGrowth, WupianError, growthRate } = require('wupian');
let code = '';
try { growthRate('0', '1'); } catch (e) { code = e instanceof WupianError ? e.code : 'other'; }
console.log(baseFromGrowth('1026.09', '28.47').toFixed(1), code);`,
    );
    expect(run('node', ['cjs.cjs'], project).trim()).toBe('798.7 base_zero');
  });

  it('isWupianError knows an error of the CommonJS build in ESM code, where instanceof does not', () => {
    writeFileSync(
      join(project, 'dual.mjs'),
      `import { createRequire } from 'node:module';
import { WupianError, isWupianError } from 'wupian';
const cjs = createRequire(import.meta.url)('wupian');
let error;
try { cjs.growthRate('0', '1'); } catch (e) { error = e; }
console.log(error instanceof WupianError, isWupianError(error), cjs.isWupianError(error), error.code);`,
    );
    expect(run('node', ['dual.mjs'], project).trim()).toBe('false true true base_zero');
  });

  it('serves the bundled data from wupian/data, through import and require', () => {
    writeFileSync(
      join(project, 'data.mjs'),
      `import { documents } from 'wupian/data';
import { checkDocument } from 'wupian';
const report = checkDocument(documents['001']);
console.log(documents['003'].planTable.rows.length, report.ok, report.conflicts.length);`,
    );
    expect(run('node', ['data.mjs'], project).trim()).toBe('22 false 1');
    writeFileSync(join(project, 'data.cjs'), `console.log(require('wupian/data').documentIds.join(','));`);
    expect(run('node', ['data.cjs'], project).trim()).toBe('000,001,002,003,004');
  });

  it('checks a text through wupian/extract', () => {
    writeFileSync(
      join(project, 'extract.mjs'),
      `import { checkText } from 'wupian/extract';
const r = checkText('截至2025年6月末，辖区绿色信贷余额2150亿元，较年初增加253.31亿元，增速13.46%。', { region: '370700' });
console.log(r.ok, r.conflicts[0].suspects.map((s) => s.text).join(' '));`,
    );
    expect(run('node', ['extract.mjs'], project).trim()).toBe('false 2150亿元 253.31亿元 13.46%');
  });

  it('renders the HTML report through wupian/html, and ships the paste page', () => {
    writeFileSync(
      join(project, 'html.mjs'),
      `import { checkText } from 'wupian/extract';
import { renderHtmlReport } from 'wupian/html';
const text = '截至2025年6月末，辖区绿色信贷余额2150亿元，较年初增加253.31亿元，增速13.46%。';
const html = renderHtmlReport(checkText(text, { region: '370700' }), text);
console.log(html.startsWith('<!doctype html>'), html.includes('data-mark="inconsistent"'));`,
    );
    expect(run('node', ['html.mjs'], project).trim()).toBe('true true');
    expect(existsSync(join(project, 'node_modules', 'wupian', 'dist', 'page', 'wupian.html'))).toBe(true);
  });

  it('type-checks for a TypeScript user', () => {
    writeFileSync(
      join(project, 'use.ts'),
      `import { growthRate, type Interval, parseFigure } from 'wupian';
const exact: string = growthRate('1', '2').toFixed();
const range: Interval = growthRate(parseFigure('1亿元'), parseFigure('2亿元'));
export { exact, range };`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', noEmit: true, skipLibCheck: false, types: [] } }),
    );
    expect(() => run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], project)).not.toThrow();
  });

  it('ships dist and the JSON Schemas, and builds before packing', () => {
    for (const f of ['dist/index.js', 'dist/index.cjs', 'dist/extract.js', 'dist/cli.js', 'dist/cli-worker.js', 'schemas/report.schema.json', 'schemas/extraction.schema.json', 'schemas/check-output.schema.json']) {
      expect(tarballFiles).toContain(f);
    }
    // npm pack (and publish) build first: a tarball packed before a build had no dist/.
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['prepack']).toBe('npm run build');
  });

  it('serves the JSON Schemas as wupian/schemas/*.schema.json', () => {
    writeFileSync(
      join(project, 'schemas.cjs'),
      `console.log(require('wupian/schemas/report.schema.json').$id, require('wupian/schemas/extraction.schema.json').$id);`,
    );
    expect(run('node', ['schemas.cjs'], project).trim()).toBe('https://wupian.dev/schemas/report/1.json https://wupian.dev/schemas/extraction/1.json');
  });

  it("type-checks the README's TypeScript samples with tsc --strict, and runs them to the values they show", () => {
    const blocks = readmeBlocks('ts');
    expect(blocks.length).toBeGreaterThan(3);
    const files = blocks.map((b, i) => {
      writeFileSync(join(project, `readme-${i}.ts`), `${b.code}\nexport {};\n`);
      writeFileSync(join(project, `readme-${i}.check.ts`), `${withChecks(b).code}\nexport {};\n`);
      return `readme-${i}.ts`;
    });
    writeFileSync(
      join(project, 'tsconfig.readme.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true, skipLibCheck: false, types: [] }, files }),
    );
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const typeCheck = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.readme.json'], { cwd: project, encoding: 'utf8' });
    expect(typeCheck.stdout + typeCheck.stderr).toBe('');
    const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    blocks.forEach((b, i) => {
      const r = spawnSync(process.execPath, [tsx, `readme-${i}.check.ts`], { cwd: project, encoding: 'utf8' });
      expect(r.status, `README.md:${b.line}\n${r.stderr}`).toBe(0);
    });
  });

  it('streams a corpus on worker threads from the installed package (dist/cli-worker.js)', () => {
    const bin = join(project, 'node_modules', '.bin', 'wupian');
    const input = ['{"id":"a","text":"截至2025年6月末，全市绿色贷款余额1200亿元，较年初增长14.29%，较年初增加150亿元。"}', '{"id":"b","text":"截至6月末，绿色贷款余额1000亿元。"}', 'oops', ''].join('\n');
    const one = spawnSync(bin, ['check', '--ndjson', '--jobs', '1', '-'], { cwd: project, input, encoding: 'utf8' });
    const two = spawnSync(bin, ['check', '--ndjson', '--jobs', '2', '-'], { cwd: project, input, encoding: 'utf8' });
    expect(two.stderr).not.toContain('worker script');
    expect(two.status).toBe(2); // 'oops' is an error line
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string | null }).id)).toEqual(['a', 'b', null]);
  });

  it('installs the wupian command', () => {
    expect(run(join(project, 'node_modules', '.bin', 'wupian'), ['--version'], project).trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(run(join(project, 'node_modules', '.bin', 'wupian'), ['calc', 'growth', '1896.69', '2150'], project).trim()).toBe('13.355372');
  });
});
