// Whole corpora (issue 14), on the built command (dist/cli.js, as users run it): --jobs
// N gives the same bytes as one job; a closed pipe and Ctrl-C end it cleanly; and a
// corpus split by GNU parallel (docs/corpora.md) or by split + xargs -P gives, merged,
// the same lines as one run.
import { execFile, execFileSync, spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { take } from '../bench/corpus/documents.js';

const root = resolve(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
let dir = '';
let corpus = '';

// 40 distinct documents, and three bad lines among them.
function writeCorpus(path: string): void {
  const lines = take(40).map((d) => JSON.stringify(d));
  lines.splice(10, 0, 'not json');
  lines.splice(25, 0, JSON.stringify({ id: 'bad-region', text: '截至6月末，全市绿色贷款余额1200亿元。', region: '999999' }));
  lines.splice(33, 0, JSON.stringify({ id: 'no-text' }));
  writeFileSync(path, `${lines.join('\n')}\n`);
}

// Child processes run asynchronously: the test worker's event loop stays free meanwhile.
function wupian(args: readonly string[], input: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, out, err }));
    child.stdin.on('error', () => {}); // a command that stops reading early (a usage error)
    createReadStream(input).pipe(child.stdin);
  });
}

function sh(script: string): Promise<string> {
  return new Promise((resolvePromise, reject) =>
    execFile('bash', ['-c', script], { cwd: dir, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 }, (error, stdout) => (error ? reject(error) : resolvePromise(stdout))),
  );
}
// Error lines carry the line number within the part they were read from; the rest is the same.
const withoutLineNumbers = (ndjson: string): string => ndjson.replace(/,"line":\d+,"error"/g, ',"error"');

beforeAll(() => {
  if (!existsSync(cli) || !existsSync(join(root, 'dist', 'cli-worker.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  dir = mkdtempSync(join(tmpdir(), 'wupian-corpora-'));
  corpus = join(dir, 'corpus.jsonl');
  writeCorpus(corpus);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the streaming mode of the built command', () => {
  it('builds the worker script beside the command', () => {
    expect(existsSync(join(root, 'dist', 'cli-worker.js'))).toBe(true);
  });

  it('gives, with --jobs 2, the same bytes as with one job', async () => {
    const one = await wupian(['check', '--ndjson', '--jobs', '1', '-'], corpus);
    expect(one.code).toBe(2); // three error lines
    expect(one.out.split('\n').filter(Boolean)).toHaveLength(43);
    expect(one.err).not.toContain('worker script');
    for (const jobs of ['2']) {
      const many = await wupian(['check', '--ndjson', '--jobs', jobs, '-'], corpus);
      expect(many.code).toBe(one.code);
      expect(many.out === one.out).toBe(true);
      expect(many.err).toBe(one.err);
    }
    const extractOne = await wupian(['extract', '--ndjson', '--jobs', '1', '-'], corpus);
    expect((await wupian(['extract', '--ndjson', '--jobs', '2', '-'], corpus)).out === extractOne.out).toBe(true);
  });

  it('ends without a stack trace when its output is closed (| head)', async () => {
    const status = (await sh(`node ${JSON.stringify(cli)} check --ndjson --jobs 2 - < corpus.jsonl 2> err.txt | head -n 2 > head.txt; echo "\${PIPESTATUS[0]}"`)).trim();
    expect(['0', '1']).toContain(status);
    expect(readFileSync(join(dir, 'head.txt'), 'utf8').split('\n').filter(Boolean)).toHaveLength(2);
    const err = readFileSync(join(dir, 'err.txt'), 'utf8');
    expect(err).not.toMatch(/EPIPE|\n\s+at /);
  });

  it('stops on Ctrl-C (SIGINT) with exit 130 and a message, no stack trace', async () => {
    const child = spawn(process.execPath, [cli, 'check', '--ndjson', '--jobs', '2', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    const firstLine = new Promise<void>((r) =>
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('\n')) r();
      }),
    );
    // One document, and standard input left open, as a stream that has not ended.
    child.stdin.write(`${JSON.stringify({ id: 'a', text: '截至2025年6月末，全市绿色贷款余额1200亿元。' })}\n`);
    await firstLine;
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(JSON.parse(out.split('\n')[0] as string)).toMatchObject({ id: 'a' });
    expect(err).toContain('wupian: interrupted after 1 documents');
    expect(err).not.toMatch(/\n\s+at /);
  });
});

// GNU parallel is installed by `pretest` (scripts/ensure-browser.mjs) with apt-get.
const parallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' });
const hasParallel = parallel.status === 0 && /GNU parallel/.test(parallel.stdout);
const underCI = process.env['CI'] !== undefined && process.env['CI'] !== '' && process.env['CI'] !== 'false';
if (!hasParallel) {
  process.stdout.write(`\nwupian: GNU parallel is not installed (apt-get install parallel): the GNU parallel test is skipped${underCI ? ', and fails under CI' : ''}.\n`);
}

describe('a corpus split across processes, merged (docs/corpora.md)', () => {
  it.runIf(hasParallel || underCI)('GNU parallel --pipe, in order (-k), gives the lines of one run', async () => {
    expect(hasParallel ? 'GNU parallel found' : 'GNU parallel is missing: apt-get install parallel').toBe('GNU parallel found');
    const single = (await wupian(['check', '--ndjson', '--jobs', '1', '-'], corpus)).out;
    const wupianCommand = `node ${JSON.stringify(cli)} check --ndjson --jobs 1 -`;
    // The recipe of docs/corpora.md: blocks of whole lines, one wupian per block, in order.
    const merged = await sh(`parallel --will-cite --pipe -k --block 20k -j 2 ${JSON.stringify(wupianCommand)} < corpus.jsonl || true`);
    expect(merged.split('\n').filter(Boolean)).toHaveLength(43);
    expect(withoutLineNumbers(merged) === withoutLineNumbers(single)).toBe(true);
    // --sshlogin ':' is this machine, run the way remote hosts are: the same lines again.
    const viaLogin = await sh(`parallel --will-cite --pipe -k -N 16 --sshlogin 2/: ${JSON.stringify(wupianCommand)} < corpus.jsonl || true`);
    expect(withoutLineNumbers(viaLogin) === withoutLineNumbers(single)).toBe(true);
  });

  it('split + xargs -P, then cat in order, gives the lines of one run', async () => {
    const single = (await wupian(['check', '--ndjson', '--jobs', '1', '-'], corpus)).out;
    await sh(`mkdir -p parts && split -l 16 -d corpus.jsonl parts/part- && ls parts/part-* | xargs -P 2 -I{} sh -c 'node ${cli} check --ndjson --jobs 1 - < {} > {}.out; test $? -le 2'`);
    const merged = await sh('cat parts/part-*.out');
    expect(withoutLineNumbers(merged) === withoutLineNumbers(single)).toBe(true);
  });
});
