// The paste page in a real browser: a text in, the same report as Node's out.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/check/report.js';
import { checkText } from '../../src/extract/checkText.js';
import { guessDocumentDate, guessRegion } from '../../src/extract/guess.js';
import { buildPage } from '../../scripts/build-page.js';
import { HAS_SEEDS, seedText } from '../seeds.js';
import { type Browser, type OpenPage, PAGES, SCREENSHOTS, browserMissing, launch, open } from './chromium.js';
import { PLANTED } from './planted.js';

const skip = browserMissing() !== null;

// What Node's checkText reports for a text, with the options the page guesses.
function nodeReport(text: string, lang: 'en' | 'zh'): Report {
  const region = guessRegion(text);
  const documentDate = guessDocumentDate(text);
  return JSON.parse(JSON.stringify(checkText(text, { lang, ...(region ? { region } : {}), ...(documentDate ? { documentDate } : {}) }))) as Report;
}

/** Fills the text in and waits for the report of that very text (the page counts its reports in data-runs). */
async function paste(p: OpenPage, text: string): Promise<void> {
  const before = Number((await p.page.getAttribute('html', 'data-runs')) ?? '0');
  await p.page.fill('#wp-input', text);
  await p.page.waitForFunction((n) => Number(document.documentElement.dataset['runs'] ?? '0') > n, before);
}

async function shown(p: OpenPage): Promise<{ claims: string[]; marks: Record<string, string>; conflicts: number }> {
  return p.page.evaluate(() => {
    const marks: Record<string, string> = {};
    const claims: string[] = [];
    for (const m of Array.from(document.querySelectorAll<HTMLElement>('#wp-output .wp-fig[data-claims]'))) {
      for (const id of (m.dataset['claims'] ?? '').split(' ')) {
        claims.push(id);
        marks[id] = m.dataset['mark'] ?? '';
      }
    }
    return { claims, marks, conflicts: document.querySelectorAll('#wp-output .wp-conflict').length };
  });
}

describe.skipIf(skip)('the paste page in Chromium', () => {
  let browser: Browser;
  let file: string;
  beforeAll(async () => {
    // Built here from the sources, as `npm run build` builds dist/page/wupian.html.
    const built = await buildPage(join(PAGES, 'wupian.html'));
    file = built.out;
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('checks a pasted text in the browser, as Node does', async () => {
    const p = await open(browser, file);
    expect(await p.page.getAttribute('html', 'data-ready')).toBe('true');
    await paste(p, PLANTED);
    const expected = nodeReport(PLANTED, 'zh');
    const seen = await shown(p);
    expect(seen.claims.sort()).toEqual(expected.claims.map((c) => c.id).sort());
    expect(seen.conflicts).toBe(expected.conflicts.length);
    for (const s of expected.conflicts.flatMap((c) => c.suspects)) expect(seen.marks[s.claim], s.text).toBe('inconsistent');
    expect(await p.page.textContent('#wp-state')).toContain(`${expected.conflicts.length}处矛盾`);
    await p.page.screenshot({ path: join(SCREENSHOTS, 'page-planted.png'), fullPage: true });

    // The details open by keyboard there too.
    await p.page.focus('#wp-output .wp-fig[data-mark=inconsistent]');
    await p.page.keyboard.press('Enter');
    expect(await p.page.locator('#wp-pop').isVisible()).toBe(true);
    expect(await p.page.locator('#wp-pop .wp-item').count()).toBeGreaterThan(0);
    await p.page.screenshot({ path: join(SCREENSHOTS, 'page-planted-popover.png') });
    await p.page.keyboard.press('Escape');
    expect(await p.page.locator('#wp-pop').isHidden()).toBe(true);

    // English: the report is made again in the language chosen.
    const runs = Number(await p.page.getAttribute('html', 'data-runs'));
    await p.page.selectOption('#wp-lang', 'en');
    await p.page.waitForFunction((n) => Number(document.documentElement.dataset['runs']) > n, runs);
    expect(await p.page.textContent('#wp-output #r1-conflicts')).toContain('Contradictions');
    // Emptied, the report goes.
    await p.page.fill('#wp-input', '');
    await p.page.click('button[type=submit]');
    expect(await p.page.locator('#wp-output .wp-report').count()).toBe(0);
    expect(p.errors).toEqual([]);
    expect(p.requests).toEqual([]);
    await p.page.close();
  });

  it('loads its example', async () => {
    const p = await open(browser, file, { width: 390, height: 844 });
    await p.page.click('#wp-example');
    expect(await p.page.locator('#wp-output .wp-conflict').count()).toBeGreaterThan(0);
    expect(await p.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await p.page.screenshot({ path: join(SCREENSHOTS, 'page-example-phone.png'), fullPage: true });
    expect(p.errors).toEqual([]);
    await p.page.close();
  });

  it.skipIf(!HAS_SEEDS)('finds the Weifang contradiction in a pasted source document', async () => {
    const text = seedText('001');
    const p = await open(browser, file);
    await paste(p, text);
    const expected = nodeReport(text, 'zh');
    const seen = await shown(p);
    expect(new Set(seen.claims)).toEqual(new Set(expected.claims.filter((c) => c.span).map((c) => c.id)));
    expect(seen.conflicts).toBe(expected.conflicts.length);
    expect(await p.page.locator('#wp-output .wp-side').allTextContents()).toEqual(['[5.53, 5.55]%', '[6.36, 6.38]%']);
    await p.page.screenshot({ path: join(SCREENSHOTS, 'page-seed-001.png') });
    expect(p.errors).toEqual([]);
    await p.page.close();
  });
});
