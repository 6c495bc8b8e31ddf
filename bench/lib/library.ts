/**
 * The library as users run it: the built `dist/index.js`, not the TypeScript source.
 * (tsx compiles src with esbuild's keepNames, which wraps every inner function in a
 * naming call and slows the parsers by several percent; tsup's build does not.)
 * Types come from src, so the bench type-checks before anything is built.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export type Library = typeof import('../../src/index.js');

export async function loadLibrary(root: string): Promise<Library> {
  const dist = resolve(root, 'dist/index.js');
  if (!existsSync(dist)) throw new Error('dist/index.js is missing (npx tsup)');
  return (await import(pathToFileURL(dist).href)) as Library;
}
