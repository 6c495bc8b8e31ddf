// Every command of the README's sh blocks runs, with the exit code and the output its
// comment promises. (Its TypeScript blocks are type-checked and run against the packed
// package in test/package.test.ts.)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readmeBlocks, readmeCommands, withChecks } from './support/readme.js';

const root = resolve(import.meta.dirname, '..');
const cli = existsSync(join(root, 'dist', 'cli.js'))
  ? `node ${join(root, 'dist', 'cli.js')}`
  : `node ${join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs')} ${join(root, 'src', 'cli', 'bin.ts')}`;

describe('README.md', () => {
  const commands = readmeCommands();

  it('has commands and TypeScript samples to test', () => {
    expect(commands.length).toBeGreaterThan(8);
    expect(readmeBlocks('ts').length).toBeGreaterThan(3);
  });

  it.each(commands.map((c) => [`README.md:${c.line}: ${c.command}`, c] as const))('%s', (_name, c) => {
    const run = spawnSync('bash', ['-c', c.command.replace(/^npx wupian/, cli)], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.stderr).not.toMatch(/Error:|at .*\(node:/);
    expect(run.status, run.stdout + run.stderr).toBe(c.exit);
    if (c.output !== undefined) expect(run.stdout.trim()).toBe(c.output);
  });

  it('turns every shown value of a TypeScript sample into a check', () => {
    for (const block of readmeBlocks('ts')) {
      const shown = block.code.split('\n').filter((l) => l.includes('// → ')).length;
      expect(withChecks(block).checks, `README.md:${block.line}`).toBe(shown);
    }
  });
});
