import { fstatSync, readFileSync, writeFileSync } from 'node:fs';

// Replaced by tsup at build time, so `--version` reads no file.
declare const __WUPIAN_VERSION__: string | undefined;
const version = typeof __WUPIAN_VERSION__ === 'string' ? __WUPIAN_VERSION__ : '0.0.0-dev';
const argv = process.argv.slice(2);

// `--version` answers before the checker, the extractor (OpenCC) and the data load.
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.write(`${version}\n`);
} else {
  const { run } = await import('./main.js');
  // The streaming mode (--ndjson -) reads standard input as a stream: SIGINT stops it
  // cleanly (exit 130), and a closed output (| head) ends it without a stack trace.
  const interrupt = new AbortController();
  const onSigint = (): void => interrupt.abort();
  // Only then: a listener would keep Ctrl-C from stopping a long `check FILE` at once.
  const streaming = argv.includes('--ndjson') && argv.includes('-');
  if (streaming) process.once('SIGINT', onSigint);
  let totalBytes: number | undefined;
  try {
    const stat = fstatSync(0);
    if (stat.isFile()) totalBytes = stat.size;
  } catch {
    // no standard input
  }
  process.exitCode = await run(
    argv,
    {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      version,
      readFile: (path) => readFileSync(path === '-' ? 0 : path, 'utf8'),
      writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
      stdoutIsTTY: process.stdout.isTTY === true,
      stderrIsTTY: process.stderr.isTTY === true,
      env: process.env,
    },
    { input: process.stdin, output: process.stdout, totalBytes, signal: interrupt.signal, inputIsTTY: process.stdin.isTTY === true },
  );
  process.off('SIGINT', onSigint);
}
