// Where the source documents' full texts are looked for, without reading them (no vitest
// import here: the global setup uses it too).
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const fromEnv = process.env['WUPIAN_SEEDS'];

/** Where the source texts are looked for. */
export const SEEDS_LOOKED_AT: string = fromEnv !== undefined && fromEnv !== '' ? resolve(fromEnv) : resolve(import.meta.dirname, '..', '..', 'shared', 'seeds');

function hasSeeds(dir: string): boolean {
  try {
    return readdirSync(dir).some((f) => /^\d{3}_.*\.txt$/.test(f));
  } catch {
    return false;
  }
}

/** Whether the source texts are there: the tests titled with NEEDS_SEEDS run only then. */
export const HAS_SEEDS: boolean = hasSeeds(SEEDS_LOOKED_AT);

/** The folder of the source texts, when they are there. */
export const SEEDS_DIR: string | null = HAS_SEEDS ? SEEDS_LOOKED_AT : null;

/** Appended to the title of every test or suite that needs the source texts. */
export const NEEDS_SEEDS = '[needs the source texts: WUPIAN_SEEDS or ../shared/seeds]';
