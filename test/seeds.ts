// The five source documents' full texts live beside the project, not in it: only the
// dataset's short excerpts are copied into data/. The tests that read the full texts
// run where the texts are found and are skipped, saying so, where they are not:
//
//   WUPIAN_SEEDS=/path/to/seeds   used alone when set (an unset or missing folder skips)
//   ../shared/seeds               beside the repository, when WUPIAN_SEEDS is not set
//
// Nothing here reads a file at import: a skipped test must not need the texts.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { HAS_SEEDS, NEEDS_SEEDS, SEEDS_DIR, SEEDS_LOOKED_AT } from './seedsLocation.js';

export { HAS_SEEDS, NEEDS_SEEDS, SEEDS_DIR, SEEDS_LOOKED_AT };

/** A suite that needs the source texts: skipped, with the reason in its title, when they are absent. */
export function describeWithSeeds(title: string, body: () => void): void {
  describe.skipIf(!HAS_SEEDS)(`${title} ${NEEDS_SEEDS}`, body);
}

/** A test that needs the source texts: skipped, with the reason in its title, when they are absent. */
export function itWithSeeds(title: string, body: () => void | Promise<void>): void {
  it.skipIf(!HAS_SEEDS)(`${title} ${NEEDS_SEEDS}`, body);
}

/** The path of a seed document by id ('000' … '004'). Throws, naming the folder, when the seeds are missing. */
export function seedPath(id: string): string {
  if (SEEDS_DIR === null) throw new Error(`The source texts are not at ${SEEDS_LOOKED_AT}; set WUPIAN_SEEDS to their folder.`);
  const file = readdirSync(SEEDS_DIR).find((f) => f.startsWith(`${id}_`) && f.endsWith('.txt'));
  if (!file) throw new Error(`No seed document ${id} in ${SEEDS_DIR}.`);
  return join(SEEDS_DIR, file);
}

const cache = new Map<string, string>();

/** The text of a seed document by id ('000' … '004'). Throws, naming the folder, when the seeds are missing. */
export function seedText(id: string): string {
  let text = cache.get(id);
  if (text === undefined) {
    text = readFileSync(seedPath(id), 'utf8');
    cache.set(id, text);
  }
  return text;
}

/** The non-empty lines of a seed, 1-based as the dataset's `paragraph` counts them. */
export function seedParagraphs(id: string): string[] {
  return seedText(id)
    .split('\n')
    .filter((line) => line.trim().length > 0);
}

