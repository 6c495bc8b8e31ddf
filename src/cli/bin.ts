import { readFileSync, writeFileSync } from 'node:fs';

// Replaced by tsup at build time, so `--version` reads no file.
declare const __WUPIAN_VERSION__: string | undefined;
const version = typeof __WUPIAN_VERSION__ === 'string' ? __WUPIAN_VERSION__ : '0.0.0-dev';
const argv = process.argv.slice(2);

// `--version` answers before the checker, the extractor (OpenCC) and the data load.
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.write(`${version}\n`);
} else {
  const { main } = await import('./main.js');
  process.exitCode = main(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    version,
    readFile: (path) => readFileSync(path === '-' ? 0 : path, 'utf8'),
    writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
  });
}
