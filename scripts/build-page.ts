/**
 * Builds the paste page, dist/page/wupian.html: one file with the extractor, the
 * checker and the report renderer bundled for the browser and inlined, so it opens
 * from disk and works offline. Bundling fails on any Node built-in (node:fs …): the
 * library's core and extractor must run in a browser.
 *
 *   npx tsx scripts/build-page.ts [OUT]     default dist/page/wupian.html
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type Plugin, build } from 'esbuild';
import { REPORT_CSS } from '../src/report/html/style.js';
import { REPORT_SCRIPT } from '../src/report/html/client.js';
import { escapeHtml } from '../src/report/html/format.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** An esbuild plugin that turns every import of a Node built-in into an error naming the importer. */
export const noNodeBuiltins: Plugin = {
  name: 'no-node-builtins',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) =>
      BUILTINS.has(args.path) || args.path.startsWith('node:')
        ? { errors: [{ text: `${args.path} is a Node built-in, imported by ${args.importer}: the browser build cannot use it.` }] }
        : undefined,
    );
  },
};

export interface BrowserBundle {
  readonly code: string;
  /** Minified bytes, and gzipped. */
  readonly bytes: number;
  readonly gzipBytes: number;
}

/** Bundles an entry for the browser (minified IIFE); throws on a Node built-in or any other error. */
export async function bundleForBrowser(entry: string, options: { minify?: boolean } = {}): Promise<BrowserBundle> {
  const result = await build({
    entryPoints: [resolve(ROOT, entry)],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    minify: options.minify ?? true,
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
    plugins: [noNodeBuiltins],
  });
  const code = result.outputFiles[0]?.text ?? '';
  return { code, bytes: Buffer.byteLength(code), gzipBytes: gzipSync(code).length };
}

const SAMPLE = `截至2025年6月末，某市绿色贷款余额500.00亿元，较年初增长12.00%，高于各项贷款增速6.00个百分点。普惠小微贷款余额300.00亿元，较年初增长9.00%，高于各项贷款增速1.00个百分点。`;

/** The page's HTML around a bundle of page/main.ts. */
export function pageHtml(script: string): string {
  // A script may not contain "</script": the bundle's strings escape it.
  const safe = script.replace(/<\/(script)/gi, '<\\/$1');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>wupian 五篇 — check a text · 核查文本</title>
<style>${REPORT_CSS}
.wp-form label{display:block;font-weight:600;margin:.6rem 0 .2rem}
.wp-form textarea{width:100%;min-height:12rem;font:inherit;padding:.5rem;border:1px solid #9aa5b1;border-radius:6px}
.wp-form input,.wp-form select{font:inherit;padding:.3rem .4rem;border:1px solid #9aa5b1;border-radius:6px;min-height:2.4rem}
.wp-row{display:flex;flex-wrap:wrap;gap:.5rem 1.2rem;align-items:end}
.wp-row>div{min-width:9rem}
.wp-actions{margin:.8rem 0;display:flex;gap:.6rem;flex-wrap:wrap}
.wp-actions button{font:inherit;padding:.4rem 1rem;border:2px solid #1f2933;border-radius:6px;background:#fff;cursor:pointer;min-height:2.5rem}
.wp-actions button[type=submit]{background:#1f2933;color:#fff}
</style></head>
<body><main class="wp-main">
<h1>wupian 五篇 — ${escapeHtml('check the figures of a text · 核查文本中的数字')}</h1>
<p class="wp-muted">Paste a report, a release or an English summary; every figure is read, checked against the others and marked. Nothing leaves this page. · 粘贴报告、通报或英文摘要：每个数字都会被读取、相互核验并标注，内容不会离开本页。</p>
<form class="wp-form" id="wp-form">
<label for="wp-input">Text · 文本</label>
<textarea id="wp-input" spellcheck="false" placeholder="截至2025年6月末，…"></textarea>
<div class="wp-row">
<div><label for="wp-lang">Language · 语言</label><select id="wp-lang"><option value="zh">中文</option><option value="en">English</option></select></div>
<div><label for="wp-region">Region code · 地区代码</label><input id="wp-region" inputmode="numeric" pattern="\\d{6}" placeholder="370700" size="8"></div>
<div><label for="wp-date">Document date · 文档日期</label><input id="wp-date" placeholder="2025-08-15" size="11"></div>
</div>
<div class="wp-actions"><button type="submit">Check · 核查</button><button type="button" id="wp-example">Example · 示例</button></div>
</form>
<p id="wp-state" class="wp-muted" role="status" aria-live="polite">Paste a text above. · 请在上方粘贴文本。</p>
<div id="wp-output"></div>
<template id="wp-sample">${escapeHtml(SAMPLE)}</template>
</main>
<div class="wp-pop" id="wp-pop" role="dialog" hidden><button type="button" class="wp-close" aria-label="Close">×</button><div class="wp-pop-body"></div></div>
<script>${REPORT_SCRIPT}</script>
<script>${safe}</script>
</body></html>
`;
}

/** Builds the page into `out`; returns the sizes of its script. */
export async function buildPage(out = resolve(ROOT, 'dist/page/wupian.html')): Promise<BrowserBundle & { readonly out: string }> {
  const bundle = await bundleForBrowser('page/main.ts');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, pageHtml(bundle.code));
  return { ...bundle, out };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = await buildPage(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(`paste page: ${r.out} (script ${(r.bytes / 1024).toFixed(0)} KiB, ${(r.gzipBytes / 1024).toFixed(0)} KiB gzipped)`);
}
