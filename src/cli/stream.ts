// The streaming mode: `wupian check --ndjson -` and `wupian extract --ndjson -` read
// JSON Lines from standard input, one document a line, and write one result line per
// document as they go, in input order. Memory stays flat however long the stream: lines
// are read only as far ahead as a bounded window, and output waits for 'drain'.
import type { Writable } from 'node:stream';
import type { ReportStatus } from '../check/report.js';
import { type LineOutcome, type LineSettings, tooLongLine } from './line.js';
import { type Executor, inlineExecutor, workerExecutor, workerScript } from './workers.js';

/** The default largest document, in bytes (a longer line is an error line): 16 MiB. */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

/** How the stream runs, and where it reads and writes. */
export interface StreamOptions extends LineSettings {
  readonly input: AsyncIterable<Buffer | string> & { destroy?: () => unknown };
  readonly output: Writable;
  readonly stderr: (text: string) => void;
  /** A progress line on standard error (when it is a terminal). */
  readonly progress: boolean;
  /** The input's size in bytes when known (a file redirected to standard input): gives an ETA. */
  readonly totalBytes?: number | undefined;
  /** Worker threads; 1 runs every document in this thread. */
  readonly jobs: number;
  /** --strict: exit 3 / 4 for nothing-checked / partial documents, as `check FILE…`. */
  readonly strict: boolean;
  /** Aborting it (SIGINT) stops the stream: exit 130. */
  readonly signal?: AbortSignal | undefined;
  /** The exit code of `check` from whether a line failed and the statuses seen (main.ts's rule). */
  readonly exitCodeFor: (failed: boolean, statuses: ReadonlySet<ReportStatus>, strict: boolean) => number;
  /** The worker script (tests); by default dist/cli-worker.js beside the built CLI. */
  readonly workerUrl?: URL | undefined;
  /** The input bytes that may wait between reading and writing (tests); 32 MiB by default. */
  readonly windowBytes?: number | undefined;
}

/** A line of the input: its number (from 1) and its bytes, or the head of one that is too long. */
export type InputLine =
  | { readonly kind: 'line'; readonly line: number; readonly bytes: Uint8Array }
  | { readonly kind: 'too-long'; readonly line: number; readonly head: Uint8Array; readonly bytes: number };

const HEAD = 4096;
/** The input bytes that may wait between reading and writing (one document always may). */
const WINDOW_BYTES = 32 * 1024 * 1024;
const NEWLINE = 10;

function copyOf(parts: readonly Uint8Array[], length: number): Uint8Array {
  // Its own ArrayBuffer (never Buffer's shared pool), so it can be transferred to a worker.
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p.subarray(0, Math.min(p.length, length - at)), at);
    at += p.length;
    if (at >= length) break;
  }
  return out;
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  return true;
}

/**
 * Splits a byte stream into lines without ever holding more than one line (and a line
 * longer than `maxBytes` only by its first 4 KB). Blank lines are skipped but counted;
 * a trailing '\r' is dropped. `onBytes` is told of every chunk read.
 */
export async function* splitLines(input: AsyncIterable<Buffer | string> | Iterable<Buffer | string>, maxBytes: number, onBytes: (n: number) => void = () => {}): AsyncGenerator<InputLine> {
  let parts: Uint8Array[] = [];
  let length = 0;
  let tooLong = false;
  let head: Uint8Array = new Uint8Array(0);
  let line = 0;
  const finish = (): InputLine | null => {
    line++;
    let result: InputLine | null;
    if (tooLong) result = { kind: 'too-long', line, head, bytes: length };
    else {
      let bytes = copyOf(parts, length);
      if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
      result = isBlank(bytes) ? null : { kind: 'line', line, bytes };
    }
    parts = [];
    length = 0;
    tooLong = false;
    head = new Uint8Array(0);
    return result;
  };
  for await (const raw of input) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    onBytes(chunk.length);
    let at = 0;
    while (at <= chunk.length) {
      const nl = chunk.indexOf(NEWLINE, at);
      const segment = chunk.subarray(at, nl === -1 ? chunk.length : nl);
      if (tooLong) length += segment.length;
      else if (length + segment.length > maxBytes) {
        tooLong = true;
        head = copyOf([...parts, segment], Math.min(HEAD, length + segment.length));
        parts = [];
        length += segment.length;
      } else if (segment.length > 0) {
        parts.push(segment);
        length += segment.length;
      }
      if (nl === -1) break;
      const done = finish();
      if (done) yield done;
      at = nl + 1;
    }
  }
  if (length > 0 || tooLong) {
    const done = finish();
    if (done) yield done;
  }
}

function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.trunc(seconds + 0.5)); // a duration on a progress line, not a value
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

/** The progress line: documents, MB read, MB/s and, when the input's size is known, the time left. */
export function progressLine(documents: number, errors: number, bytes: number, seconds: number, totalBytes?: number): string {
  const mb = bytes / 1e6;
  const rate = seconds > 0 ? mb / seconds : 0;
  const eta = totalBytes !== undefined && totalBytes > 0 && rate > 0 ? `, ETA ${formatDuration((totalBytes - bytes) / 1e6 / rate)}` : '';
  const of = totalBytes !== undefined && totalBytes > 0 ? ` of ${(totalBytes / 1e6).toFixed(1)}` : '';
  return `wupian: ${documents.toLocaleString('en-US')} documents${errors > 0 ? ` (${errors} errors)` : ''}, ${mb.toFixed(1)}${of} MB, ${rate.toFixed(2)} MB/s${eta}`;
}

/**
 * Runs the streaming mode to the end of the input, an interruption or a closed output,
 * and returns the exit code: that of `check` (0, 1, 2; with --strict 3, 4) over every
 * document, 2 when a line was an error line, 130 when interrupted. A closed output
 * (EPIPE: `| head`) ends it quietly with the code of what was written.
 */
export async function runStream(options: StreamOptions): Promise<number> {
  const { output, stderr } = options;
  const started = performance.now();
  let bytesRead = 0;
  let documents = 0;
  let errors = 0;
  const statuses = new Set<ReportStatus>();
  let stopped: 'interrupted' | 'closed' | 'failed' | null = null;
  let failure = '';

  // Results wait here until every earlier line is written: at most `window` of them.
  const ready = new Map<number, LineOutcome>();
  let submitted = 0;
  let written = 0;
  let inputDone = false;
  // The reader (input → documents) and the writer (results → output) wait on each other.
  let waiters: (() => void)[] = [];
  const poke = (): void => {
    const woken = waiters;
    waiters = [];
    for (const w of woken) w();
  };
  const changed = (): Promise<void> => new Promise((resolve) => waiters.push(resolve));
  const stop = (why: 'interrupted' | 'closed' | 'failed', message = ''): void => {
    if (stopped) return;
    stopped = why;
    failure = message;
    options.input.destroy?.();
    poke();
  };

  let lastProgress = 0;
  const showProgress = (force = false): void => {
    if (!options.progress) return;
    const now = performance.now();
    if (!force && now - lastProgress < 250) return;
    lastProgress = now;
    stderr(`\r\u001b[2K${progressLine(documents, errors, bytesRead, (now - started) / 1000, options.totalBytes)}`);
  };
  const clearProgress = (): void => {
    if (options.progress) stderr('\r\u001b[2K');
  };

  const onOutputError = (error: NodeJS.ErrnoException): void => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') stop('closed');
    else stop('failed', `cannot write the output: ${error.message}`);
  };
  output.on('error', onOutputError);
  const onAbort = (): void => stop('interrupted');
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) stop('interrupted');

  let executor: Executor;
  const deliver = (seq: number, outcome: LineOutcome): void => {
    ready.set(seq, outcome);
    poke();
  };
  const script = options.jobs > 1 ? workerScript(options.workerUrl) : null;
  if (options.jobs > 1 && script === null) {
    stderr('wupian: the worker script (dist/cli-worker.js) is not built: running on one thread (npm run build).\n');
  }
  if (script !== null && options.jobs > 1) {
    const settings: LineSettings = { command: options.command, lang: options.lang, defaults: options.defaults, maxBytes: options.maxBytes };
    executor = workerExecutor(script, options.jobs, settings, deliver, (message) => stop('failed', message));
  } else executor = inlineExecutor(options, deliver);
  // At most this many documents, and this many bytes of them, between reading and writing
  // (one document always, however big): memory stays that of a few documents.
  const window = Math.max(8, options.jobs * 8);
  const sizes = new Map<number, number>();
  let pendingBytes = 0;

  const drained = (): Promise<void> =>
    new Promise((resolve) => {
      const done = (): void => {
        output.off('drain', done);
        output.off('close', done);
        output.off('error', done);
        options.signal?.removeEventListener('abort', done);
        resolve();
      };
      output.once('drain', done);
      output.once('close', done);
      output.once('error', done);
      options.signal?.addEventListener('abort', done, { once: true });
    });

  // The writer: every result as soon as all before it are written, in input order; it
  // waits for 'drain' when the output is full. After a stop, what is ready still counts
  // (and is written, unless the output is closed).
  const writer = (async (): Promise<void> => {
    for (;;) {
      const outcome = ready.get(written);
      if (outcome === undefined) {
        if (stopped || (inputDone && written === submitted)) return;
        showProgress();
        await changed();
        continue;
      }
      ready.delete(written);
      pendingBytes -= sizes.get(written) ?? 0;
      sizes.delete(written);
      written++;
      poke();
      // A closed output ends the count: the exit code is that of what was written.
      if (stopped === 'closed' || stopped === 'failed') continue;
      documents++;
      if (outcome.failed) {
        errors++;
        clearProgress();
        stderr(`wupian: ${outcome.message ?? 'error'}\n`);
      }
      if (outcome.status) statuses.add(outcome.status);
      if (!output.write(outcome.out)) await drained();
      showProgress();
    }
  })();

  // The reader: a line goes to the executor only while fewer than `window` results (and
  // WINDOW_BYTES of input) wait to be written.
  try {
    for await (const item of splitLines(options.input, options.maxBytes, (n) => (bytesRead += n))) {
      if (stopped) break;
      const seq = submitted++;
      const size = item.kind === 'line' ? item.bytes.length : 0;
      sizes.set(seq, size);
      pendingBytes += size;
      if (item.kind === 'too-long') deliver(seq, tooLongLine(item.line, item.head, item.bytes, options.maxBytes));
      else executor.submit(seq, item.line, item.bytes);
      while (!stopped && (submitted - written >= window || (pendingBytes >= (options.windowBytes ?? WINDOW_BYTES) && submitted > written))) await changed();
    }
  } catch (error) {
    // Reading stopped: destroyed on purpose (an interruption), or the input failed.
    if (!stopped) stop('failed', `cannot read the input: ${(error as Error).message}`);
  }
  inputDone = true;
  poke();
  await writer;
  await executor.close();
  output.off('error', onOutputError);
  options.signal?.removeEventListener('abort', onAbort);
  clearProgress();
  if (options.progress && !stopped) {
    const seconds = (performance.now() - started) / 1000;
    stderr(`${progressLine(documents, errors, bytesRead, seconds)} in ${seconds.toFixed(1)} s\n`);
  }
  if (stopped === 'interrupted') {
    stderr(`wupian: interrupted after ${documents} documents of ${submitted} read.\n`);
    return 130;
  }
  if (stopped === 'failed') {
    stderr(`wupian: ${failure}\n`);
    return 2;
  }
  if (options.command === 'extract') return errors > 0 ? 2 : 0;
  return options.exitCodeFor(errors > 0, statuses, options.strict);
}

