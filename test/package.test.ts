// Installs the packed tarball into a fresh project and uses it as a user would:
// through `import`, through `require`, and through the `wupian` command.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
let project = '';

const run = (cmd: string, args: string[], cwd: string): string =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('the packed package', () => {
  beforeAll(() => {
    if (!existsSync(join(root, 'dist', 'index.js'))) run('npm', ['run', 'build'], root);
    project = mkdtempSync(join(tmpdir(), 'wupian-consumer-'));
    const tarball = run('npm', ['pack', '--silent', '--pack-destination', project], root).trim().split('\n').pop() as string;
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

  it('installs the wupian command', () => {
    expect(run(join(project, 'node_modules', '.bin', 'wupian'), ['--version'], project).trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(run(join(project, 'node_modules', '.bin', 'wupian'), ['calc', 'growth', '1896.69', '2150'], project).trim()).toMatch(/^13\.3553/);
  });
});
