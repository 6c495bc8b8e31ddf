// Packaging check: publint and arethetypeswrong on the packed tarball.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'wupian-pack-'));
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
try {
  // npm test has just built: pack without running prepack's build again.
  const out = execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', dir], { encoding: 'utf8' }).trim();
  const tarball = join(dir, out.split('\n').pop());
  run('npx', ['--no-install', 'publint', '--strict', tarball]);
  run('npx', ['--no-install', 'attw', tarball, '--profile', 'node16']);
  console.log('packaging check: publint and attw passed');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
