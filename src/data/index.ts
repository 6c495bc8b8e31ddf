/**
 * The bundled dataset: every figure of the five source documents, with the regions,
 * indicators and institutions they refer to. A separate entry (`wupian/data`), so
 * importing a calculator never loads it. The JSON is validated by the schemas in
 * the test suite; here it is typed with the schemas' input types.
 */
import type { z } from 'zod';
import type { DocumentDataSchema } from '../domain/sourceDocument.js';
import type { Indicator } from '../domain/indicator.js';
import type { Institution } from '../domain/institution.js';
import type { RegionCatalog } from '../domain/region.js';
import doc000 from '../../data/documents/000.json' with { type: 'json' };
import doc001 from '../../data/documents/001.json' with { type: 'json' };
import doc002 from '../../data/documents/002.json' with { type: 'json' };
import doc003 from '../../data/documents/003.json' with { type: 'json' };
import doc004 from '../../data/documents/004.json' with { type: 'json' };
import indicatorsJson from '../../data/indicators.json' with { type: 'json' };
import institutionsJson from '../../data/institutions.json' with { type: 'json' };
import regionsJson from '../../data/regions.json' with { type: 'json' };

/**
 * A document of the dataset as stored in JSON (decimal strings and figure texts), before decoding.
 *
 * @interface
 */
export type DocumentDataJSON = z.input<typeof DocumentDataSchema>;

/** The five source documents' data, by id ('000' … '004'). */
export const documents: Readonly<Record<'000' | '001' | '002' | '003' | '004', DocumentDataJSON>> = {
  '000': doc000 as DocumentDataJSON,
  '001': doc001 as DocumentDataJSON,
  '002': doc002 as DocumentDataJSON,
  '003': doc003 as DocumentDataJSON,
  '004': doc004 as DocumentDataJSON,
};

/** The id of a bundled source document. */
export type DocumentId = keyof typeof documents;
/** The ids of the bundled source documents, in order: '000' … '004'. */
export const documentIds = Object.keys(documents) as DocumentId[];

/** Regions (GB/T 2260) and the names several regions share. */
export const regions = regionsJson as RegionCatalog;
/** The indicator catalog. */
export const indicators = indicatorsJson as Indicator[];
/** Banks, branches and public bodies the documents name. */
export const institutions = institutionsJson as Institution[];
