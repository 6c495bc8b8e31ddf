// One document of a JSON Lines stream (`wupian check --ndjson -`, `wupian extract
// --ndjson -`): its line of input in, its line of output out. The same function runs in
// the main thread (--jobs 1) and in every worker thread, so the output is the same byte
// for byte whatever the number of jobs. Nothing here throws: a bad line is an error line.
import { isUtf8 } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import { z } from 'zod';
import { messages } from '../check/messages.js';
import type { ReportStatus } from '../check/report.js';
import { checkDocument } from '../check/fromDocument.js';
import { parseOptions } from '../domain/options.js';
import { WupianError } from '../errors/WupianError.js';
import { notText } from '../extract/binary.js';
import { checkText } from '../extract/checkText.js';
import { extractClaims } from '../extract/extractClaims.js';
import { extractionToJSON } from '../extract/json.js';
import { indicatorNames } from '../extract/lexicon/catalog.js';
import { ExtractOptionsSchema } from '../extract/options.js';
import { textOptions } from './options.js';

/** What every line of a stream shares: the command, the language and the command line's options. */
export interface LineSettings {
  readonly command: 'check' | 'extract';
  readonly lang: 'en' | 'zh';
  /** The command line's --region, --document-date and --billion: a line's own keys win. */
  readonly defaults: { readonly region?: string | undefined; readonly 'document-date'?: string | undefined; readonly billion?: string | undefined };
  /** The largest document read, in bytes: a longer line, or a bigger file named by "path", is an error line. */
  readonly maxBytes: number;
}

/** What one line gave: the output line (with its newline), and what the exit code needs. */
export interface LineOutcome {
  /** The JSON line to print, ending in '\n'. */
  readonly out: string;
  /** The report's status (check), when there is a report. */
  readonly status?: ReportStatus;
  /** True for an error line. */
  readonly failed: boolean;
  /** The error's message, for standard error (an error line only). */
  readonly message?: string;
}

/** The error of one line: what went wrong, where in the line, and the offending value. */
export interface LineError {
  readonly code: string;
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly input?: string;
}

type Id = string | number | null;

// A line's own options: those of the command line, validated by the library's schemas
// (a region must be a GB/T 2260 code, a date a real date).
const LineOptionsSchema = /* @__PURE__ */ ExtractOptionsSchema.pick({ documentDate: true, region: true, billion: true }).strict();
const OPTION_KEYS = ['documentDate', 'region', 'billion'] as const;

const LineShape = /* @__PURE__ */ z.object({
  id: z.union([z.string(), z.number()], { message: 'Expected "id": a string or a number' }),
  text: z.string({ message: 'Expected "text": a string' }).optional(),
  path: z.string({ message: 'Expected "path": a string' }).min(1, { message: 'Expected "path": a file name' }).optional(),
});

/**
 * The id of a line that cannot be parsed whole (too long, not UTF-8): `"id"` as its first
 * key, or the first `"id":` in its head that is not inside a string. Null when none.
 */
export function sniffId(head: string): Id {
  const m = /^\s*\{\s*"id"\s*:\s*("(?:[^"\\\n]|\\.){0,1000}"|-?\d{1,30}(?:\.\d{1,30})?)/.exec(head);
  if (!m) return null;
  try {
    const id = JSON.parse(m[1] as string) as unknown;
    return typeof id === 'string' || typeof id === 'number' ? id : null;
  } catch {
    return null;
  }
}

/** The error line of a line: `{"id", "line", "error": {code, message, path?, input?}}`. */
export function errorLine(id: Id, line: number, error: LineError): LineOutcome {
  return { out: `${JSON.stringify({ id, line, error })}\n`, failed: true, message: `line ${line}${id === null ? '' : ` (id ${JSON.stringify(id)})`}: ${error.message}` };
}

/** The error line of a line longer than the limit, from its first bytes. */
export function tooLongLine(line: number, head: Uint8Array, bytes: number, maxBytes: number): LineOutcome {
  return errorLine(sniffId(Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('utf8')), line, {
    code: 'too_large',
    message: `the line is ${bytes} bytes or more, over the limit of ${maxBytes} (--max-bytes)`,
  });
}

function fail(id: Id, line: number, error: unknown): LineOutcome {
  if (error instanceof WupianError) {
    // An option's path is ['options', key]: in a line, the key is the line's own.
    const path = error.path[0] === 'options' ? error.path.slice(1) : error.path;
    return errorLine(id, line, {
      code: error.code,
      message: error.message,
      ...(path.length > 0 ? { path } : {}),
      ...(error.input === undefined ? {} : { input: error.input }),
    });
  }
  // A bug in the library: the document is reported and the stream goes on.
  return errorLine(id, line, { code: 'internal_error', message: `wupian failed on this document: ${(error as Error)?.message ?? String(error)}` });
}

/**
 * Processes one line of a JSON Lines stream: `{"id", "text", "documentDate"?, "region"?,
 * "billion"?}` or `{"id", "path", …}`. Returns the output line — `{"id", "report"}`
 * (check), `{"id", "extraction"}` (extract) or `{"id", "line", "error"}` — and never
 * throws. `line` is the line's number in the input, from 1: only error lines carry it
 * (a line may have no readable id), so a corpus split into parts (GNU parallel --pipe)
 * gives, merged, the same result lines as one run.
 */
export function processLine(line: number, bytes: Uint8Array, settings: LineSettings): LineOutcome {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let source = buffer.toString('utf8');
  if (line === 1 && source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  let id: Id = null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch (error) {
    if (!isUtf8(buffer)) return errorLine(sniffId(source), line, { code: 'invalid_utf8', message: 'the line is not UTF-8 (convert the stream, e.g. iconv -f GB18030 -t UTF-8)' });
    return errorLine(sniffId(source), line, { code: 'invalid_json', message: `not valid JSON: ${(error as Error).message}` });
  }
  if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
    const raw = (parsed as { id?: unknown }).id;
    if (typeof raw === 'string' || typeof raw === 'number') id = raw;
  } else {
    return errorLine(null, line, { code: 'invalid_line', message: 'a line must be a JSON object: {"id": …, "text": …} or {"id": …, "path": …}' });
  }
  // Invalid bytes inside a string are replaced by U+FFFD when decoded: refuse them all the same.
  if (!isUtf8(buffer)) return errorLine(id, line, { code: 'invalid_utf8', message: 'the line is not UTF-8 (convert the stream, e.g. iconv -f GB18030 -t UTF-8)' });
  const shape = LineShape.safeParse(parsed);
  if (!shape.success) {
    const issue = shape.error.issues[0];
    const path = (issue?.path ?? []).map((p) => (typeof p === 'symbol' ? String(p) : p));
    return errorLine(id, line, { code: 'invalid_line', message: issue?.message ?? 'invalid line', ...(path.length > 0 ? { path } : {}) });
  }
  const { text, path } = shape.data;
  if ((text === undefined) === (path === undefined)) {
    return errorLine(id, line, { code: 'invalid_line', message: 'a line needs either "text" or "path" (not both)' });
  }
  try {
    const record = parsed as Record<string, unknown>;
    const own = parseOptions(LineOptionsSchema, Object.fromEntries(OPTION_KEYS.filter((k) => record[k] !== undefined).map((k) => [k, record[k]])), `wupian ${settings.command}`);
    const flags = {
      region: own.region ?? settings.defaults.region,
      'document-date': own.documentDate ?? settings.defaults['document-date'],
      billion: own.billion ?? settings.defaults.billion,
    };
    let content: string;
    if (path !== undefined) {
      try {
        const size = statSync(path).size;
        if (size > settings.maxBytes) return errorLine(id, line, { code: 'too_large', message: `${path} is ${size} bytes, over the limit of ${settings.maxBytes} (--max-bytes)`, path: ['path'] });
        content = readFileSync(path, 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
        return errorLine(id, line, { code, message: `cannot read ${path} (${(error as Error).message})`, path: ['path'] });
      }
    } else content = text as string;
    const name = path ?? String(id);
    if (settings.command === 'extract') {
      const binary = notText(content);
      if (binary) return errorLine(id, line, { code: 'not_text', message: messages(settings.lang).binary(binary === 'nul') });
      const extraction = extractClaims(content, textOptions(content, flags));
      return { out: `${JSON.stringify({ id, extraction: extractionToJSON(extraction, path) })}\n`, failed: false };
    }
    // A file named by "path" is read as `wupian check FILE` reads it: a JSON document when it is one.
    if (path !== undefined && (path.endsWith('.json') || content.trimStart().startsWith('{'))) {
      let json: unknown;
      try {
        json = JSON.parse(content);
      } catch (error) {
        return errorLine(id, line, { code: 'invalid_json', message: `${path} is not valid JSON: ${(error as Error).message}`, path: ['path'] });
      }
      const report = checkDocument(json, { lang: settings.lang, source: name, indicatorNames: indicatorNames() });
      return { out: `${JSON.stringify({ id, report })}\n`, status: report.status, failed: false };
    }
    const report = checkText(content, { ...textOptions(content, flags), lang: settings.lang, source: name, document: name });
    return { out: `${JSON.stringify({ id, report })}\n`, status: report.status, failed: false };
  } catch (error) {
    return fail(id, line, error);
  }
}
