// Where the documents of a stream are processed: in this thread (--jobs 1), or on
// worker threads (--jobs N), each running dist/cli-worker.js, the same `processLine`.
// Results come back by sequence number; the stream puts them back in input order.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type LineOutcome, type LineSettings, errorLine, processLine, sniffId } from './line.js';

/** Runs documents and hands each outcome back with its sequence number. */
export interface Executor {
  /** Processes one line; its outcome is delivered later (workers) or at once (this thread). */
  submit(seq: number, line: number, bytes: Uint8Array): void;
  /** Stops the workers (what is still running is dropped). */
  close(): Promise<void>;
}

/** A task sent to a worker. */
export interface WorkerTask {
  readonly seq: number;
  readonly line: number;
  readonly bytes: Uint8Array;
}

/** A worker's answer to a task (its first message is `{ ready: true }`, once its script has loaded). */
export interface WorkerResult {
  readonly seq: number;
  readonly outcome: LineOutcome;
}

/** Every document in this thread: the outcome is delivered before `submit` returns. */
export function inlineExecutor(settings: LineSettings, deliver: (seq: number, outcome: LineOutcome) => void): Executor {
  const own: LineSettings = { command: settings.command, lang: settings.lang, defaults: settings.defaults, maxBytes: settings.maxBytes };
  return {
    submit: (seq, line, bytes) => deliver(seq, processLine(line, bytes, own)),
    close: async () => {},
  };
}

/**
 * The worker script beside the built CLI (dist/cli-worker.js), or null when it is not
 * there (running from the TypeScript source).
 */
export function workerScript(url: URL = new URL('./cli-worker.js', import.meta.url)): URL | null {
  try {
    return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
  } catch {
    return null;
  }
}

// Tasks a worker holds at once: one running and one waiting, so it is never idle
// between two, while a long document holds back at most one other.
const PER_WORKER = 2;
const SNIFF = 512;

interface Slot {
  worker: Worker;
  /** Sent and not answered, in the order sent: the first is running, the others wait. */
  readonly running: Map<number, WorkerTask>;
  /** Said it is ready: its script loaded. */
  ready: boolean;
}

/**
 * `jobs` worker threads. A worker that dies (out of memory on one document) has the
 * document it was on reported as an error line (`worker_failed`), its waiting ones sent
 * to the others, and is replaced; a worker that dies before it says it is ready (its
 * script cannot load) stops the stream through `fatal`.
 */
export function workerExecutor(
  script: URL,
  jobs: number,
  settings: LineSettings,
  deliver: (seq: number, outcome: LineOutcome) => void,
  fatal: (message: string) => void,
): Executor {
  const queue: WorkerTask[] = [];
  const slots: Slot[] = [];
  let closing = false;

  const pump = (): void => {
    while (queue.length > 0) {
      let best: Slot | undefined;
      for (const s of slots) if (s.running.size < PER_WORKER && (best === undefined || s.running.size < best.running.size)) best = s;
      if (!best) return;
      const task = queue.shift() as WorkerTask;
      best.running.set(task.seq, task);
      // Copied, not transferred: a task still waiting when its worker dies goes to another.
      best.worker.postMessage(task);
    }
  };

  const spawn = (): Slot => {
    const worker = new Worker(script, { workerData: settings });
    const slot: Slot = { worker, running: new Map(), ready: false };
    worker.on('message', (message: WorkerResult | { readonly ready: true }) => {
      if ('ready' in message) {
        slot.ready = true;
        return;
      }
      const result = message;
      slot.running.delete(result.seq);
      deliver(result.seq, result.outcome);
      pump();
    });
    const died = (message: string): void => {
      const index = slots.indexOf(slot);
      if (index < 0) return;
      slots.splice(index, 1);
      const lost = [...slot.running];
      slot.running.clear();
      if (closing) return;
      if (!slot.ready) {
        fatal(`a worker thread could not start: ${message}`);
        return;
      }
      // The document it was on is an error line; those still waiting go to the other workers.
      const [running, ...waiting] = lost.map(([, task]) => task);
      if (running) {
        const head = Buffer.from(running.bytes.buffer, running.bytes.byteOffset, Math.min(running.bytes.byteLength, SNIFF)).toString('utf8');
        deliver(running.seq, errorLine(sniffId(head), running.line, { code: 'worker_failed', message: `the worker thread failed on this document: ${message}` }));
      }
      queue.unshift(...waiting);
      slots.push(spawn());
      pump();
    };
    worker.on('error', (error) => died(error.message));
    worker.on('exit', (code) => died(`exit code ${code}`));
    return slot;
  };
  for (let i = 0; i < jobs; i++) slots.push(spawn());

  return {
    submit: (seq, line, bytes) => {
      queue.push({ seq, line, bytes });
      pump();
    },
    close: async () => {
      closing = true;
      queue.length = 0;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
