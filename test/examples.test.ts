// Every example runs, and prints what its `// prints:` comments say.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const dir = join(root, 'examples');
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

describe('examples/', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  it('has examples', () => expect(files.length).toBeGreaterThan(0));
  it.each(files)('%s prints what it promises', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const promised = [...source.matchAll(/\/\/ prints: (.*)$/gm)].map((m) => (m[1] as string).trim());
    expect(promised.length).toBeGreaterThan(0);
    const output = execFileSync(process.execPath, [tsx, join(dir, file)], { cwd: root, encoding: 'utf8' });
    const lines = output.split('\n').map((l) => l.trim());
    for (const p of promised) expect(lines).toContain(p);
  });
});
