// The five source documents live beside the project (../shared/seeds), not in it:
// only the dataset's short excerpts are copied into data/.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const candidates = [process.env['WUPIAN_SEEDS'], resolve(import.meta.dirname, '..', '..', 'shared', 'seeds')].filter(
  (p): p is string => typeof p === 'string',
);
export const SEEDS_DIR = candidates.find((p) => existsSync(p)) ?? (candidates[candidates.length - 1] as string);

/** The text of a seed document by id ('000' … '004'). Throws, naming the folder, when the seeds are missing. */
export function seedText(id: string): string {
  if (!existsSync(SEEDS_DIR)) throw new Error(`The seed documents are not at ${SEEDS_DIR}; set WUPIAN_SEEDS to their folder.`);
  const file = readdirSync(SEEDS_DIR).find((f) => f.startsWith(`${id}_`) && f.endsWith('.txt'));
  if (!file) throw new Error(`No seed document ${id} in ${SEEDS_DIR}.`);
  return readFileSync(join(SEEDS_DIR, file), 'utf8');
}

/** The non-empty lines of a seed, 1-based as the dataset's `paragraph` counts them. */
export function seedParagraphs(id: string): string[] {
  return seedText(id)
    .split('\n')
    .filter((line) => line.trim().length > 0);
}
