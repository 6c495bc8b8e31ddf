// What `wupian check --json` and `--ndjson` print, as zod schemas: the single source of
// the JSON Schemas published as wupian/schemas/check-output.schema.json and
// report.schema.json.
import { z } from 'zod';
import { ReportSchema, ReportStatusSchema } from '../check/report.js';
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
