// The command line of the streaming mode (issue 14): `wupian check --ndjson -` and
// `wupian extract --ndjson -` with --jobs and --max-bytes. Decides whether a command
// line asks for it, and refuses the combinations that make no sense.
import { availableParallelism } from 'node:os';
import type { LineSettings } from './line.js';
import { DEFAULT_MAX_BYTES } from './stream.js';

/** What the streaming mode needs from the command line. */
export interface StreamPlan extends LineSettings {
  readonly jobs: number;
  readonly strict: boolean;
}

/** The options of the command line that concern the streaming mode. */
export interface StreamFlags {
  readonly ndjson?: boolean | undefined;
  readonly json?: boolean | undefined;
  readonly html?: string | undefined;
  readonly strict?: boolean | undefined;
  readonly jobs?: string | undefined;
  readonly 'max-bytes'?: string | undefined;
  readonly region?: string | undefined;
  readonly 'document-date'?: string | undefined;
  readonly billion?: string | undefined;
}

const UNITS: Readonly<Record<string, number>> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** '16M' → 16777216; '500000' → 500000; null when not a size. K, M, G are powers of 1024. */
export function parseSize(text: string): number | null {
  const m = /^(\d{1,12})([kmg]?)i?b?$/i.exec(text.trim());
  if (!m) return null;
  const n = Number.parseInt(m[1] as string, 10) * (UNITS[(m[2] as string).toLowerCase()] ?? 1);
  return n > 0 && Number.isSafeInteger(n) ? n : null;
}

/**
 * The streaming plan of a command line; null when it does not ask for the streaming
 * mode; a message when it asks wrongly (a usage error, exit 2).
 */
export function streamRequest(command: string, files: readonly string[], values: StreamFlags, lang: 'en' | 'zh'): StreamPlan | string | null {
  const streaming = values.ndjson === true && files.includes('-') && (command === 'check' || command === 'extract');
  if (!streaming) {
    if (values.jobs !== undefined || values['max-bytes'] !== undefined) return '--jobs and --max-bytes go with the streaming mode, --ndjson - (JSON Lines on standard input).';
    if (command === 'extract' && values.ndjson === true) return 'extract --ndjson reads JSON Lines from standard input: wupian extract --ndjson -';
    return null;
  }
  if (files.length !== 1) return '--ndjson - reads JSON Lines from standard input, one document a line: give no FILE with it.';
  if (values.html !== undefined) return '--html does not go with the streaming mode (--ndjson -).';
  let jobs = availableParallelism();
  if (values.jobs !== undefined) {
    if (!/^\d{1,4}$/.test(values.jobs) || Number.parseInt(values.jobs, 10) < 1 || Number.parseInt(values.jobs, 10) > 1024) return `--jobs must be a whole number from 1 to 1024 (got "${values.jobs}").`;
    jobs = Number.parseInt(values.jobs, 10);
  }
  let maxBytes = DEFAULT_MAX_BYTES;
  if (values['max-bytes'] !== undefined) {
    const size = parseSize(values['max-bytes']);
    if (size === null) return `--max-bytes must be a size such as 16M or 500000 (got "${values['max-bytes']}").`;
    maxBytes = size;
  }
  return {
    command: command as 'check' | 'extract',
    lang,
    defaults: { region: values.region, 'document-date': values['document-date'], billion: values.billion },
    maxBytes,
    jobs,
    strict: values.strict === true,
  };
}
