// What `wupian check --json` and `--ndjson` print, as zod schemas: the single source of
// the JSON Schemas published as wupian/schemas/check-output.schema.json and
// report.schema.json.
import { z } from 'zod';
import { ReportSchema, ReportStatusSchema } from '../check/report.js';
import { ExtractionJSONSchema } from '../extract/json.js';
/** The `$id` of the JSON Schema of `wupian check --json`, version 1. */
export const CHECK_OUTPUT_SCHEMA_ID = 'https://wupian.dev/schemas/check-output/1.json';

/** One file of `check --json`, and one line of `check --ndjson`: its report, or why it could not be read. */
export const CheckedFileSchema = /* @__PURE__ */ z.union([
  z.object({ file: z.string().describe('The file ("-": standard input).'), report: ReportSchema }).strict(),
  z
    .object({
      file: z.string().describe('The file ("-": standard input).'),
      error: z.object({ code: z.string().describe('ENOENT, invalid_json, invalid_data …'), message: z.string().describe('What went wrong.') }).strict(),
    })
    .strict(),
]);

/** What `wupian check --json` prints. */
export const CheckOutputSchema = /* @__PURE__ */ z
  .object({
    $schema: z.literal(CHECK_OUTPUT_SCHEMA_ID).describe('This schema, version 1.'),
    ok: z.boolean().describe('Kept for compatibility: true when no file is inconsistent (and every file was read). Look at `status`.'),
    status: ReportStatusSchema.describe('The worst status of the files: inconsistent, nothing-checked, partial, consistent.'),
    files: z.array(CheckedFileSchema).describe('One entry per file, in the order given.'),
  })
  .strict()
  .describe('The output of wupian check --json.');

/** An error line of the streaming mode: a line that gave no result, and why. */
export const StreamErrorLineSchema = /* @__PURE__ */ z
  .object({
    id: z.union([z.string(), z.number(), z.null()]).describe("The line's id (null when it could not be read)."),
    line: z.number().int().min(1).describe('The line number in the input, from 1 (of the part, when a corpus is split).'),
    error: z
      .object({
        code: z.string().describe('invalid_json, invalid_utf8, invalid_line, invalid_option, too_large, not_text, ENOENT, invalid_data, worker_failed, internal_error …'),
        message: z.string().describe('What went wrong.'),
        path: z.array(z.union([z.string(), z.number()])).optional().describe('Where in the line (["region"], ["text"], ["path"]).'),
        input: z.string().optional().describe('The offending value.'),
      })
      .strict(),
  })
  .strict();

/** One line of `wupian check --ndjson -` (the streaming mode): a document's report, or an error line. */
export const CheckLineSchema = /* @__PURE__ */ z
  .union([z.object({ id: z.union([z.string(), z.number()]).describe("The input line's id."), report: ReportSchema }).strict(), StreamErrorLineSchema])
  .describe('One line of wupian check --ndjson - (JSON Lines in, one line per document out, in input order).');

/** One line of `wupian extract --ndjson -`: a document's extraction, or an error line. */
export const ExtractLineSchema = /* @__PURE__ */ z
  .union([z.object({ id: z.union([z.string(), z.number()]).describe("The input line's id."), extraction: ExtractionJSONSchema }).strict(), StreamErrorLineSchema])
  .describe('One line of wupian extract --ndjson -.');
