// The CHANGELOG keeps a release history (Keep a Changelog): an [Unreleased] section,
// then releases newest first, the newest being the package's version.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const changelog = readFileSync(resolve(root, 'CHANGELOG.md'), 'utf8');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };

describe('CHANGELOG.md', () => {
  const heads = [...changelog.matchAll(/^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?$/gm)].map((m) => ({ name: m[1] as string, date: m[2] }));

  it('starts with [Unreleased], then releases with their dates, newest first', () => {
    expect(heads[0]?.name).toBe('Unreleased');
    const releases = heads.slice(1);
    expect(releases.length).toBeGreaterThan(1);
    for (const r of releases) {
      expect(r.name).toMatch(/^\d+\.\d+\.\d+$/);
      expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const numbers = releases.map((r) => r.name.split('.').map(Number));
    for (let i = 1; i < numbers.length; i++) {
      const [a, b] = [numbers[i - 1] as number[], numbers[i] as number[]];
      expect(a[0] !== b[0] ? (a[0] as number) > (b[0] as number) : a[1] !== b[1] ? (a[1] as number) > (b[1] as number) : (a[2] as number) > (b[2] as number)).toBe(true);
    }
  });

  it('names the package version as its newest release', () => {
    expect(heads[1]?.name).toBe(version);
  });

  it('groups changes under Keep a Changelog headings', () => {
    for (const h of changelog.matchAll(/^### (.+)$/gm)) expect(h[1]).toMatch(/^(Added|Changed|Deprecated|Removed|Fixed|Security)\b/);
  });
});
