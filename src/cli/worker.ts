// The worker thread of `wupian check --ndjson - --jobs N` (built to dist/cli-worker.js):
// processes the lines it is sent with the same function as --jobs 1, and answers with
// each one's output line and sequence number.
import { parentPort, workerData } from 'node:worker_threads';
import type { LineSettings } from './line.js';
import { processLine } from './line.js';
import type { WorkerResult, WorkerTask } from './workers.js';

const settings = workerData as LineSettings;
const port = parentPort;
if (!port) throw new Error('cli-worker.js runs as a worker thread of the wupian command');
port.on('message', (task: WorkerTask) => {
  const result: WorkerResult = { seq: task.seq, outcome: processLine(task.line, task.bytes, settings) };
  port.postMessage(result);
});
// The library has loaded: from now on a worker that dies has failed on a document.
port.postMessage({ ready: true });
