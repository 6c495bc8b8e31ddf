// The streaming mode (issue 14), in this process: `wupian check --ndjson -` and
// `wupian extract --ndjson -` through run(), on streams made here. The worker threads,
// EPIPE and SIGINT of the real command are tested on the built CLI in streamCli.test.ts.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { Readable, Writable } from 'node:stream';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { take } from '../bench/corpus/documents.js';
import { run } from '../src/cli/main.js';
import { sniffId } from '../src/cli/line.js';
import { progressLine, splitLines } from '../src/cli/stream.js';
import { parseSize } from '../src/cli/streamArgs.js';
import { checkText } from '../src/extract/checkText.js';

const root = resolve(import.meta.dirname, '..');
const GREEN = '截至2025年6月末，全市绿色贷款余额1200亿元，较年初增长14.29%，较年初增加150亿元。';
const WEIFANG =
  '截至2025年6月末，辖区绿色信贷余额2150亿元，较年初增加253.31亿元，增速13.36%，高于各项贷款平均增速7.82个百分点。' +
  '辖区普惠型小微企业贷款余额2273.35亿元，较年初增长11.35%，高于各项贷款增速4.98个百分点。';

interface Run {
  readonly code: number;
  readonly out: string;
  readonly lines: Record<string, unknown>[];
  readonly err: string;
}

function collector(): { output: Writable; text: () => string } {
  const parts: string[] = [];
  return { output: new Writable({ write: (chunk: Buffer, _e, done) => (parts.push(chunk.toString('utf8')), done()) }), text: () => parts.join('') };
}

async function stream(argv: readonly string[], input: Iterable<string | Buffer> | AsyncIterable<string | Buffer>, options: { tty?: boolean; totalBytes?: number; signal?: AbortSignal; output?: Writable } = {}): Promise<Run> {
  let err = '';
  const sink = collector();
  const code = await run(
    argv,
    { stdout: () => true, stderr: (t) => (err += t), version: '0', readFile: () => '', stderrIsTTY: options.tty === true },
    { input: Readable.from(input, { objectMode: false }), output: options.output ?? sink.output, totalBytes: options.totalBytes, signal: options.signal },
  );
  const out = sink.text();
  return { code, out, lines: out.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>), err };
}

const line = (o: unknown): string => `${JSON.stringify(o)}\n`;
const check = (...flags: string[]): string[] => ['check', '--ndjson', '--jobs', '1', ...flags, '-'];

describe('wupian check --ndjson - (JSON Lines in)', () => {
  it('writes one line per document, in input order, with its id and the report checkText gives', async () => {
    const docs = take(12);
    const r = await stream(check(), docs.map(line));
    expect(r.lines.map((l) => l['id'])).toEqual(docs.map((d) => d.id));
    // The same report as checkText with the line's options, the id as the source.
    const d = docs[3] as (typeof docs)[number];
    const expected = checkText(d.text, { ...(d.documentDate ? { documentDate: d.documentDate } : {}), ...(d.billion ? { billion: d.billion } : {}), lang: 'en', source: d.id, document: d.id });
    expect(r.lines[3]).toEqual(JSON.parse(JSON.stringify({ id: d.id, report: expected })));
    expect(r.err).toBe('');
  });

  it('exits as check FILE… does: 1 when a document is inconsistent, else 0; --strict 3 and 4', async () => {
    expect((await stream(check(), [line({ id: 'g', text: GREEN })])).code).toBe(0);
    expect((await stream(check(), [line({ id: 'g', text: GREEN }), line({ id: 'w', text: WEIFANG })])).code).toBe(1);
    expect((await stream(check(), [line({ id: 'e', text: '' })])).code).toBe(0);
    expect((await stream(check('--strict'), [line({ id: 'e', text: '' })])).code).toBe(3);
    expect((await stream(check('--strict'), [line({ id: 'g', text: GREEN })])).code).toBe(0);
    // An error line: 2, whatever the other documents say.
    expect((await stream(check(), [line({ id: 'w', text: WEIFANG }), 'nonsense\n'])).code).toBe(2);
  });

  it('turns every bad line into an error line naming the id and line number, and goes on', async () => {
    const r = await stream(check('--max-bytes', '2000'), [
      line({ id: 'a', text: GREEN }),
      'not json\n',
      line({ id: 'no-text' }),
      line({ id: 'both', text: 'x', path: 'y' }),
      line({ id: 'number', text: 5 }),
      line(['an', 'array']),
      line({ text: GREEN }),
      line({ id: 'region', text: GREEN, region: '999999' }),
      line({ id: 'date', text: GREEN, documentDate: '2025-02-30' }),
      line({ id: 'billion', text: GREEN, billion: 'milliard' }),
      line({ id: 'big', text: '绿'.repeat(1000) }),
      Buffer.concat([Buffer.from('{"id":"gbk","text":"'), Buffer.from([0xc2, 0xcc, 0xc9, 0xab]), Buffer.from('"}\n')]),
      line({ id: 'missing', path: 'no/such/file.txt' }),
      line({ id: 'z', text: GREEN }),
    ]);
    const errors = r.lines.map((l) => ('error' in l ? [l['id'], l['line'], (l['error'] as { code: string }).code] : [l['id'], 'report']));
    expect(errors).toEqual([
      ['a', 'report'],
      [null, 2, 'invalid_json'],
      ['no-text', 3, 'invalid_line'],
      ['both', 4, 'invalid_line'],
      ['number', 5, 'invalid_line'],
      [null, 6, 'invalid_line'],
      [null, 7, 'invalid_line'],
      ['region', 8, 'invalid_option'],
      ['date', 9, 'invalid_option'],
      ['billion', 10, 'invalid_option'],
      ['big', 11, 'too_large'],
      ['gbk', 12, 'invalid_utf8'],
      ['missing', 13, 'ENOENT'],
      ['z', 'report'],
    ]);
    expect(r.lines[7]).toMatchObject({ error: { path: ['region'], input: '999999' } });
    expect(r.lines[8]).toMatchObject({ error: { path: ['documentDate'], input: '2025-02-30' } });
    expect(r.code).toBe(2);
    // Each error is named on standard error too.
    expect(r.err).toContain('wupian: line 8 (id "region"): ');
    expect(r.err.split('\n').filter((l) => l.startsWith('wupian: line ')).length).toBe(12);
  });

  it("applies the command line's --region, --document-date and --billion, a line's own keys first", async () => {
    const text = '截至6月末，全市绿色贷款余额1200亿元。';
    const r = await stream(check('--region', '370700', '--document-date', '2025-08-15'), [line({ id: 1, text }), line({ id: 2, text, region: '370300', documentDate: '2024-08-15' })]);
    const claims = r.lines.map((l) => (l['report'] as { claims: { holder: string; date: string }[] }).claims[0]);
    expect(claims[0]).toMatchObject({ holder: 'region:370700', date: '2025-06-30' });
    expect(claims[1]).toMatchObject({ holder: 'region:370300', date: '2024-06-30' });
  });

  it('reads a file named by "path", a JSON document as check FILE does', async () => {
    const r = await stream(check(), [line({ id: 'green', path: resolve(root, 'examples/texts/weifang.txt') }), line({ id: 'doc', path: resolve(root, 'data/documents/003.json') })]);
    expect(r.lines[0]).toMatchObject({ id: 'green', report: { status: 'inconsistent' } });
    expect((r.lines[1] as { report: { counts: { consistentWithinRounding: number } } }).report.counts.consistentWithinRounding).toBe(2);
  });

  it('skips blank lines (counting them), reads CRLF line ends and a leading byte-order mark', async () => {
    const r = await stream(check(), ['\uFEFF' + line({ id: 'a', text: GREEN }).replace('\n', '\r\n'), '\n  \n', 'oops\r\n']);
    expect(r.lines.map((l) => l['id'])).toEqual(['a', null]);
    expect(r.lines[1]).toMatchObject({ line: 4 });
  });

  it('waits for the output to drain: reading stays a bounded window ahead of writing', async () => {
    let pulled = 0;
    const docs = Array.from({ length: 300 }, (_, i) => ({ id: i, text: i % 2 === 0 ? GREEN : WEIFANG }));
    async function* input(): AsyncGenerator<string> {
      for (const d of docs) {
        pulled++;
        yield line(d);
      }
    }
    // An output that takes one line and then holds everything until released.
    let release: (() => void) | null = null;
    const written: string[] = [];
    let held = 0;
    const output = new Writable({
      highWaterMark: 1,
      write: (chunk: Buffer, _e, done) => {
        written.push(chunk.toString());
        if (written.length === 1) {
          release = done;
          return;
        }
        done();
      },
    });
    const running = stream(check(), input(), { output });
    // Let the stream run against the full output for a while.
    for (let i = 0; i < 3000 && pulled < 300; i++) await new Promise((r) => setImmediate(r));
    held = pulled;
    expect(written.length).toBe(1);
    // Blocked on 'drain' after the first line: what was read is the stream's window and
    // the input's own read-ahead, not the 300 lines.
    expect(held).toBeLessThan(40);
    (release as unknown as () => void)();
    const r = await running;
    expect(r.code).toBe(1);
    expect(written.length).toBe(300);
    expect(pulled).toBe(300);
  });

  it('ends quietly when the output is closed (EPIPE), with the exit code of what was written', async () => {
    let writes = 0;
    const output = new Writable({
      write: (_chunk, _e, done) => {
        writes++;
        if (writes >= 2) {
          const error = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
          done(error);
          return;
        }
        done();
      },
    });
    const r = await stream(check(), take(20).map(line), { output });
    expect(writes).toBe(2);
    expect(r.err).not.toMatch(/at .*\(.*:\d+:\d+\)/); // no stack trace
    expect([0, 1]).toContain(r.code);
  });

  it('stops on an interruption (SIGINT) with exit 130 and says how far it got', async () => {
    const controller = new AbortController();
    async function* input(): AsyncGenerator<string> {
      yield line({ id: 'a', text: GREEN });
      await new Promise((r) => setTimeout(r, 5));
      controller.abort();
      // A stream that would never end.
      for (;;) {
        await new Promise((r) => setTimeout(r, 5));
        yield '\n';
      }
    }
    const r = await stream(check(), input(), { signal: controller.signal });
    expect(r.code).toBe(130);
    expect(r.lines.map((l) => l['id'])).toEqual(['a']);
    expect(r.err).toContain('wupian: interrupted after 1 documents');
  });

  it('shows progress on a terminal (documents, MB/s, an ETA when the size is known), none when piped', async () => {
    const docs = take(5).map(line);
    const total = docs.reduce((n, l) => n + Buffer.byteLength(l), 0);
    const tty = await stream(check(), docs, { tty: true, totalBytes: total });
    expect(tty.err).toMatch(/wupian: 5 documents, [\d.]+ MB, [\d.]+ MB\/s in [\d.]+ s\n$/);
    expect((await stream(check(), docs)).err).toBe('');
    // Typing at a terminal: it says what it waits for.
    let err = '';
    await run(check(), { stdout: () => true, stderr: (t) => (err += t), version: '0', readFile: () => '' }, { input: Readable.from([]), output: collector().output, inputIsTTY: true });
    expect(err).toContain('reading JSON Lines from standard input');
    expect(progressLine(10, 1, 2_000_000, 2, 10_000_000)).toBe('wupian: 10 documents (1 errors), 2.0 of 10.0 MB, 1.00 MB/s, ETA 0:08');
  });

  it('refuses what makes no sense: files with -, --html, a bad --jobs or --max-bytes', async () => {
    expect((await stream(['check', '--ndjson', '-', 'a.txt'], [])).code).toBe(2);
    expect((await stream(['check', '--ndjson', '--html', 'x.html', '-'], [])).code).toBe(2);
    expect((await stream(['check', '--ndjson', '--jobs', '0', '-'], [])).err).toContain('--jobs must be a whole number');
    expect((await stream(['check', '--ndjson', '--max-bytes', 'lots', '-'], [])).err).toContain('--max-bytes must be a size');
    expect((await stream(['check', '--jobs', '2', 'a.txt'], [])).err).toContain('--jobs and --max-bytes go with the streaming mode');
    expect((await stream(['extract', '--ndjson', 'a.txt'], [])).err).toContain('extract --ndjson reads JSON Lines from standard input');
    expect(parseSize('16M')).toBe(16 * 1024 * 1024);
    expect(parseSize('500000')).toBe(500000);
    expect(parseSize('0')).toBeNull();
  });
});

describe('wupian extract --ndjson -', () => {
  it("writes each document's extraction, and an error line for one that is not text", async () => {
    const r = await stream(['extract', '--ndjson', '--jobs', '1', '-'], [line({ id: 'g', text: GREEN, region: '370700' }), line({ id: 'bin', text: 'PK\u0003\u0004\u0000\u0000' })]);
    expect(r.lines[0]).toMatchObject({ id: 'g', extraction: { claims: [{ holder: 'region:370700' }, {}, {}] } });
    expect(r.lines[1]).toMatchObject({ id: 'bin', line: 2, error: { code: 'not_text' } });
    expect(r.code).toBe(2);
  });
});

describe('the line reader', () => {
  it('gives the same lines however the bytes are cut into chunks (multi-byte characters and line ends split too)', async () => {
    const text = ['{"id":1,"text":"绿色贷款余额1200亿元"}', '', '{"id":"二","text":"𠀀 surrogate"}', '{"id":3}'].join('\n');
    const bytes = Buffer.from(text, 'utf8');
    const whole: string[] = [];
    for await (const l of splitLines([bytes], 1e6)) if (l.kind === 'line') whole.push(Buffer.from(l.bytes).toString('utf8'));
    expect(whole).toEqual(['{"id":1,"text":"绿色贷款余额1200亿元"}', '{"id":"二","text":"𠀀 surrogate"}', '{"id":3}']);
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 12 }), async (cuts) => {
        const at = [0, ...cuts.sort((a, b) => a - b), bytes.length];
        const chunks = at.slice(1).map((end, i) => bytes.subarray(at[i], end));
        const got: string[] = [];
        for await (const l of splitLines(chunks, 1e6)) if (l.kind === 'line') got.push(Buffer.from(l.bytes).toString('utf8'));
        expect(got).toEqual(whole);
      }),
      { numRuns: 200 },
    );
  });

  it('holds only the head of a line over the limit, and reports its length', async () => {
    const long = `{"id":"long","text":"${'x'.repeat(100_000)}"}\n{"id":"next","text":""}\n`;
    const chunks = long.match(/[^]{1,1000}/g) as string[];
    const got = [];
    for await (const l of splitLines(chunks, 10_000)) got.push(l.kind === 'too-long' ? { kind: l.kind, line: l.line, head: l.head.length, bytes: l.bytes } : { kind: l.kind, line: l.line });
    expect(got).toEqual([
      { kind: 'too-long', line: 1, head: 4096, bytes: 100_023 },
      { kind: 'line', line: 2 },
    ]);
    expect(sniffId('{"id":"long","text":"xxxx')).toBe('long');
    expect(sniffId('  { "id" : 42 , "text"')).toBe(42);
    expect(sniffId('{"text":"…')).toBeNull();
  });
});

describe('the JSON Schemas of the streamed lines', () => {
  const schema = (name: string): object => JSON.parse(readFileSync(join(root, 'schemas', `${name}.schema.json`), 'utf8')) as object;
  const validator = (name: string) => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictTuples: false });
    addFormats.default(ajv);
    return ajv.compile(schema(name));
  };
  beforeAll(() => {
    if (!existsSync(join(root, 'schemas', 'check-line.schema.json'))) {
      execFileSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build-schemas.ts'], { cwd: root });
    }
  });

  it('check-line and extract-line describe what the streaming mode prints, error lines included', async () => {
    const input = [...take(8).map(line), 'nonsense\n', line({ id: 'r', text: GREEN, region: '999999' }), line({ id: 'p', path: resolve(root, 'data/documents/003.json') })];
    for (const [command, name] of [['check', 'check-line'], ['extract', 'extract-line']] as const) {
      const validate = validator(name);
      const r = await stream([command, '--ndjson', '--jobs', '1', '-'], input);
      expect(r.lines.length).toBe(11);
      for (const l of r.lines) expect(validate(l) ? 'valid' : JSON.stringify(validate.errors?.slice(0, 2))).toBe('valid');
      // And they refuse what is none: a line with neither a report nor an error.
      expect(validate({ id: 'x' })).toBe(false);
    }
  });
});
