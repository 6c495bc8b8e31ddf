// The worker pool of the streaming mode (src/cli/workers.ts) when a worker dies: the
// document it was on is an error line, the documents waiting on it go to another worker,
// and a worker script that cannot load stops the stream. Fake worker scripts stand in
// for dist/cli-worker.js, so these run without a build.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { exitCodeForStatuses } from '../src/cli/main.js';
import { runStream } from '../src/cli/stream.js';

const dir = mkdtempSync(join(tmpdir(), 'wupian-workers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Answers each line with its own text; a line that says "crash" ends the worker's thread.
const ECHO = `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (task) => {
  const text = Buffer.from(task.bytes).toString('utf8');
  if (text.includes('crash')) process.exit(3);
  parentPort.postMessage({ seq: task.seq, outcome: { out: text + '\\n', failed: false, status: 'consistent' } });
});
parentPort.postMessage({ ready: true });
`;

function script(name: string, code: string): URL {
  const path = join(dir, name);
  writeFileSync(path, code);
  return pathToFileURL(path);
}

async function streamWith(
  workerUrl: URL,
  lines: readonly string[] | AsyncIterable<string>,
  more: { output?: Writable; windowBytes?: number } = {},
): Promise<{ code: number; out: string[]; err: string }> {
  const out: string[] = [];
  let err = '';
  const code = await runStream({
    command: 'check',
    lang: 'en',
    defaults: {},
    maxBytes: 1e6,
    jobs: 2,
    strict: false,
    progress: false,
    input: Array.isArray(lines) ? Readable.from(lines.map((l) => `${l}\n`)) : (lines as AsyncIterable<string>),
    output: more.output ?? new Writable({ write: (chunk: Buffer, _e, done) => (out.push(chunk.toString().trimEnd()), done()) }),
    windowBytes: more.windowBytes,
    stderr: (t) => (err += t),
    exitCodeFor: exitCodeForStatuses,
    workerUrl,
  });
  return { code, out, err };
}

describe('worker threads that die', () => {
  it('report the document a worker died on, send its waiting ones to another, and go on', async () => {
    const lines = Array.from({ length: 12 }, (_, i) => (i === 5 ? '{"id":"bad","crash":true}' : `{"id":${i}}`));
    const r = await streamWith(script('echo.mjs', ECHO), lines);
    expect(r.out).toHaveLength(12);
    expect(r.out.map((l, i) => (i === 5 ? JSON.parse(l) : l))).toEqual(
      lines.map((l, i) => (i === 5 ? { id: 'bad', line: 6, error: { code: 'worker_failed', message: 'the worker thread failed on this document: exit code 3' } } : l)),
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain('line 6 (id "bad"): the worker thread failed on this document');
  });

  it('stop the stream when the worker script cannot load', async () => {
    const r = await streamWith(script('broken.mjs', `throw new Error('cannot load');\n`), ['{"id":1}', '{"id":2}']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('a worker thread could not start');
    expect(r.out).toEqual([]);
  });
});

describe('the window between reading and writing', () => {
  it('holds back reading by bytes too: with the output blocked, a few big documents, not eight per job', async () => {
    let pulled = 0;
    async function* input(): AsyncGenerator<string> {
      for (let i = 0; i < 40; i++) {
        pulled++;
        yield `{"id":${i},"pad":"${'x'.repeat(600)}"}\n`;
      }
    }
    let release: (() => void) | null = null;
    let writes = 0;
    const output = new Writable({
      highWaterMark: 1,
      write: (_chunk, _e, done) => {
        writes++;
        if (writes === 1) release = done;
        else done();
      },
    });
    const running = streamWith(script('echo2.mjs', ECHO), input(), { output, windowBytes: 1000 });
    // Until the first line is written (the workers have started), then a while longer.
    for (let i = 0; i < 1000 && writes < 1; i++) await new Promise((r) => setTimeout(r, 10));
    for (let i = 0; i < 2000 && pulled < 40; i++) await new Promise((r) => setImmediate(r));
    expect(writes).toBe(1);
    // 16 documents may wait by count (8 per job); 1000 bytes allow two of 620.
    expect(pulled).toBeLessThanOrEqual(3);
    (release as unknown as () => void)();
    expect((await running).code).toBe(0);
    expect(writes).toBe(40);
  });
});
