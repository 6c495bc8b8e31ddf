import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig([
  {
    // Separate entries so that importing a calculator loads neither the data nor the
    // extractor; splitting shares one copy of the core between them (one WupianError).
    entry: { index: 'src/index.ts', data: 'src/data/index.ts', extract: 'src/extract/index.ts', html: 'src/report/html/index.ts', validate: 'src/validate/index.ts' },
    format: ['esm', 'cjs'],
    splitting: true,
    dts: true,
    sourcemap: false,
    clean: true,
    treeshake: true,
    target: 'node20',
  },
  {
    // cli-worker: the worker thread of the streaming mode's --jobs (beside cli.js, sharing its chunks).
    entry: { cli: 'src/cli/bin.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    splitting: true,
    dts: false,
    clean: false,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    define: { __WUPIAN_VERSION__: JSON.stringify(version) },
  },
]);
