import { main } from './main.js';

// Replaced by tsup at build time, so `--version` reads no file.
declare const __WUPIAN_VERSION__: string | undefined;
const version = typeof __WUPIAN_VERSION__ === 'string' ? __WUPIAN_VERSION__ : '0.0.0-dev';

process.exitCode = main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  version,
});
