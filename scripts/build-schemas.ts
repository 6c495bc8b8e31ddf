// Writes the JSON Schema files generated from the zod schemas into schemas/ (shipped in
// the package, reachable as wupian/schemas/<name>.schema.json), each with a versioned
// $id: https://wupian.dev/schemas/<name>/<major>.json. A change that refuses JSON a
// schema accepted before is a new major version of that schema.
//
// - the domain schemas, on their input side: the JSON as stored, decimal strings and
//   figure texts (document-data, observation, target …);
// - report: one report, as checkText, checkClaims and checkDocument return it;
// - check-output: what `wupian check --json` prints (one line of --ndjson is one of its files);
// - check-line, extract-line: one line of the streaming mode, `wupian check --ndjson -`
//   and `wupian extract --ndjson -`;
// - extraction: what `wupian extract` prints and extractionToJSON returns;
// - corpus: a labelled corpus, as `wupian validate` and validate() read it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { ReportSchema } from '../src/check/report.js';
import { CheckedFileSchema, CheckLineSchema, CheckOutputSchema, ExtractLineSchema } from '../src/cli/json.js';
import {
  CaseStudySchema,
  DocumentDataSchema,
  IndicatorSchema,
  InstitutionSchema,
  ObservationSchema,
  PolicyMeasureSchema,
  RegionCatalogSchema,
  SourceDocumentSchema,
  TargetSchema,
} from '../src/domain/index.js';
import { ExtractionJSONSchema } from '../src/extract/json.js';
import { CorpusSchema } from '../src/validate/corpus.js';

/** The major version of every schema file: bump one when it refuses what it accepted. */
export const SCHEMA_VERSIONS: Readonly<Record<string, number>> = {
  'document-data': 1,
  'source-document': 1,
  observation: 1,
  'policy-measure': 1,
  target: 1,
  'case-study': 1,
  indicators: 1,
  institutions: 1,
  regions: 1,
  report: 1,
  'check-output': 1,
  'checked-file': 1,
  'check-line': 1,
  'extract-line': 1,
  extraction: 1,
  corpus: 1,
};

export const schemaId = (name: string): string => `https://wupian.dev/schemas/${name}/${SCHEMA_VERSIONS[name] ?? 1}.json`;

const input: Record<string, z.ZodType> = {
  'document-data': DocumentDataSchema,
  'source-document': SourceDocumentSchema,
  observation: ObservationSchema,
  'policy-measure': PolicyMeasureSchema,
  target: TargetSchema,
  'case-study': CaseStudySchema,
  indicators: z.array(IndicatorSchema),
  institutions: z.array(InstitutionSchema),
  regions: RegionCatalogSchema,
  corpus: CorpusSchema,
};
const output: Record<string, z.ZodType> = {
  report: ReportSchema,
  'check-output': CheckOutputSchema,
  'checked-file': CheckedFileSchema,
  'check-line': CheckLineSchema,
  'extract-line': ExtractLineSchema,
  extraction: ExtractionJSONSchema,
};

const out = resolve(import.meta.dirname, '..', 'schemas');
mkdirSync(out, { recursive: true });
const write = (name: string, schema: z.ZodType, io: 'input' | 'output'): void => {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  const { $schema, ...rest } = json;
  writeFileSync(join(out, `${name}.schema.json`), `${JSON.stringify({ $schema, $id: schemaId(name), ...rest }, null, 2)}\n`);
};
for (const [name, schema] of Object.entries(input)) write(name, schema, 'input');
for (const [name, schema] of Object.entries(output)) write(name, schema, 'output');
console.log(`wrote ${Object.keys(input).length + Object.keys(output).length} JSON Schema files to schemas/`);
