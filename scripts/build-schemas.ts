// Writes JSON Schema files generated from the zod schemas (their input side: the JSON
// as stored, decimal strings and figure texts) for users outside TypeScript.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
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

const out = resolve(import.meta.dirname, '..', 'schemas');
mkdirSync(out, { recursive: true });
const schemas: Record<string, z.ZodType> = {
  'document-data': DocumentDataSchema,
  'source-document': SourceDocumentSchema,
  observation: ObservationSchema,
  'policy-measure': PolicyMeasureSchema,
  target: TargetSchema,
  'case-study': CaseStudySchema,
  indicators: z.array(IndicatorSchema),
  institutions: z.array(InstitutionSchema),
  regions: RegionCatalogSchema,
};
for (const [name, schema] of Object.entries(schemas)) {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  writeFileSync(join(out, `${name}.schema.json`), `${JSON.stringify({ $id: `wupian/${name}`, ...json }, null, 2)}\n`);
}
console.log(`wrote ${Object.keys(schemas).length} JSON Schema files to schemas/`);
