/**
 * 5. Size. size-limit 11 (its esbuild preset, minified and gzipped) on the built
 * package, with the checks of `.size-limit.json` at the repository root. It is run
 * programmatically: the size-limit CLI needs Node 22 (`fs.glob`), the library
 * itself supports Node 20.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import preset from '@size-limit/preset-small-lib';
import sizeLimit from 'size-limit';
import type { Row } from '../lib/report.js';
import { bundleForBrowser } from '../../scripts/build-page.js';

const GROUP = '5 size';

interface Check {
  readonly name: string;
  readonly path: string;
  readonly import?: string;
  readonly ignore?: readonly string[];
  readonly limit?: string;
  readonly gzip?: boolean;
}

/** "3 KB" → 3000 bytes, as size-limit reads it (KB = 1000 B, KiB = 1024 B). */
export function parseLimit(limit: string): number {
  const m = /^(\d+(?:\.\d+)?) *(?:([kmg])?(i)?b)?$/i.exec(limit.trim());
  if (!m) throw new Error(`Cannot read the size limit ${JSON.stringify(limit)}`);
  const power = m[2] ? 'kmg'.indexOf(m[2].toLowerCase()) + 1 : 0;
  return Math.floor(Number(m[1]) * (m[3] ? 1024 : 1000) ** power);
}

export async function runSize(root: string): Promise<Row[]> {
  const configPath = resolve(root, '.size-limit.json');
  const checks = JSON.parse(readFileSync(configPath, 'utf8')) as Check[];
  // Like the size-limit CLI, leave peer dependencies (zod) out of every bundle.
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { peerDependencies?: Record<string, string> };
  const peers = Object.keys(pkg.peerDependencies ?? {});
  const missing = checks.map((c) => resolve(root, c.path)).filter((p) => !existsSync(p));
  if (missing.length > 0) throw new Error(`not built: ${missing.join(', ')} (run npx tsup)`);

  const config = {
    cwd: root,
    checks: checks.map((c) => {
      const file = resolve(root, c.path);
      return {
        name: c.name,
        files: [file],
        ...(c.import ? { import: { [file]: c.import } } : {}),
        ignore: [...peers, ...(c.ignore ?? [])],
        // The targets are minified and gzipped; size-limit's default is brotli.
        gzip: c.gzip ?? true,
      };
    }),
  };
  const results = (await sizeLimit(preset as never, config)) as { size?: number }[];
  const rows = checks.map((c, i): Row => {
    const size = results[i]?.size ?? Number.NaN;
    const limit = c.limit ? parseLimit(c.limit) : null;
    return {
      id: `5.${c.name.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}`,
      group: GROUP,
      name: c.name,
      baseline: limit === null ? '-' : 'limit',
      value: size,
      baselineValue: limit,
      unit: 'B',
      opsPerSec: null,
      baselineOpsPerSec: null,
      ratio: limit === null ? null : size / limit,
      target: c.limit ? `<= ${c.limit} min+gz` : 'reported',
      met: limit === null ? null : size <= limit,
      status: 'measured',
      details: { path: c.path, import: c.import ?? '*', ignore: [...peers, ...(c.ignore ?? [])], limitBytes: limit },
    };
  });
  return [...rows, ...(await runBrowserSize())];
}

/**
 * The browser builds (issue 13), from the sources: the extractor with everything it
 * loads (decimal.js, date-fns, zod, OpenCC's t2cn dictionaries, the catalogs), and the
 * paste page's script (the extractor, the checker and the HTML renderer). esbuild,
 * platform browser, minified IIFE, gzipped; failing on any Node built-in. Reported,
 * with no target yet.
 */
export async function runBrowserSize(): Promise<Row[]> {
  const builds = [
    ['browser.extract', 'wupian/extract for the browser (all dependencies)', 'src/extract/index.ts'],
    ['browser.page', 'paste page script (extract + check + HTML report)', 'page/main.ts'],
  ] as const;
  const rows: Row[] = [];
  for (const [id, name, entry] of builds) {
    const b = await bundleForBrowser(entry);
    rows.push({
      id: `5.${id}`,
      group: GROUP,
      name,
      baseline: '-',
      value: b.gzipBytes,
      baselineValue: null,
      unit: 'B',
      opsPerSec: null,
      baselineOpsPerSec: null,
      ratio: null,
      target: 'reported (min+gz)',
      met: null,
      status: 'measured',
      details: { entry, minifiedBytes: b.bytes, gzipBytes: b.gzipBytes, platform: 'browser' },
    });
  }
  return rows;
}
