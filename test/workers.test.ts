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

async function streamWith(workerUrl: URL, lines: readonly string[]): Promise<{ code: number; out: string[]; err: string }> {
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
    input: Readable.from(lines.map((l) => `${l}\n`)),
    output: new Writable({ write: (chunk: Buffer, _e, done) => (out.push(chunk.toString().trimEnd()), done()) }),
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
