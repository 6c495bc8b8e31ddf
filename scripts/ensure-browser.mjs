// Run before `npm test` (pretest): the browser tests drive Debian's Chromium, and
// screenshots of Chinese text need a CJK font; the corpus test splits a stream with GNU
// parallel (Debian's `parallel`, docs/corpora.md). Installs what is missing with apt-get
// (CI runs as root on Debian); quiet and quick when everything is there. Never
// downloads a browser build of its own (`npx playwright install` fails offline).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.WUPIAN_CHROMIUM || '/usr/bin/chromium';
const PACKAGES = [
  { name: 'chromium', file: CHROMIUM, required: true },
  { name: 'fonts-wqy-microhei', file: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', required: false },
  // Without it test/corpora.test.ts skips, saying so (and fails under CI).
  { name: 'parallel', file: '/usr/bin/parallel', required: false },
];

const missing = PACKAGES.filter((p) => !existsSync(p.file));
if (missing.length === 0) process.exit(0);

const names = missing.map((p) => p.name);
const canApt = process.platform === 'linux' && existsSync('/usr/bin/apt-get') && process.getuid?.() === 0;
if (!canApt) {
  console.warn(
    `ensure-browser: ${names.join(', ')} missing and cannot be installed here (needs apt-get as root). ` +
      `Install Chromium or set WUPIAN_CHROMIUM to its binary, and GNU parallel; without them the browser tests and the ` +
      `GNU parallel test are skipped (and fail under CI).`,
  );
  process.exit(0);
}

console.log(`ensure-browser: installing ${names.join(', ')} with apt-get …`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const apt = (args) => execFileSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
try {
  apt(['update', '-qq']);
  try {
    apt(['install', '-y', '-qq', '--no-install-recommends', ...names]);
  } catch {
    // One package that cannot be had must not keep the others out: one at a time.
    for (const name of names) {
      try {
        apt(['install', '-y', '-qq', '--no-install-recommends', name]);
      } catch {
        console.warn(`ensure-browser: apt-get could not install ${name}.`);
      }
    }
  }
} catch (error) {
  // The font only makes screenshots readable, and parallel serves one test that says when
  // it is missing; Chromium is what the tests need.
  if (missing.some((p) => p.required && !existsSync(p.file))) {
    console.error(`ensure-browser: apt-get failed: ${error.message}`);
    process.exit(1);
  }
}
const still = missing.filter((p) => p.required && !existsSync(p.file));
if (still.length > 0) {
  console.error(`ensure-browser: ${still.map((p) => p.file).join(', ')} still missing after apt-get.`);
  process.exit(1);
}
console.log('ensure-browser: done.');
