// Headless Chromium for the browser tests: Debian's package (installed by
// scripts/ensure-browser.mjs before `npm test`), driven by playwright-core. Pages open
// from disk (file://), and every request that leaves the file is refused and recorded,
// so a page that needs the network fails its test.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, type Page, chromium } from 'playwright-core';

export const CHROMIUM = process.env['WUPIAN_CHROMIUM'] || '/usr/bin/chromium';
export const ROOT = resolve(import.meta.dirname, '..', '..');
export const SCREENSHOTS = join(ROOT, '.tmp', 'screenshots');
export const PAGES = join(ROOT, '.tmp', 'pages');

/** Why the browser tests cannot run here, or null. Under CI a missing browser is a failure, not a skip. */
export function browserMissing(): string | null {
  if (existsSync(CHROMIUM)) return null;
  const why = `Chromium is not at ${CHROMIUM} (npm test installs it: scripts/ensure-browser.mjs; or set WUPIAN_CHROMIUM)`;
  if (process.env['CI']) throw new Error(why);
  console.warn(`Skipping the browser tests: ${why}.`);
  return why;
}

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export async function launch(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'wupian-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1200, height: 900 },
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  mkdirSync(PAGES, { recursive: true });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface OpenPage {
  readonly page: Page;
  /** Console errors and uncaught exceptions of the page. */
  readonly errors: string[];
  /** Requests other than the page's own file (all refused). */
  readonly requests: string[];
}

/** Opens a file in a new tab, watching its console and its requests. */
export async function open(browser: Browser, file: string, viewport = { width: 1200, height: 900 }): Promise<OpenPage> {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  const errors: string[] = [];
  const requests: string[] = [];
  const url = pathToFileURL(file).href;
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/*', (route) => {
    const u = route.request().url();
    if (u === url) return route.continue();
    requests.push(u);
    return route.abort();
  });
  await page.goto(url);
  return { page, errors, requests };
}
