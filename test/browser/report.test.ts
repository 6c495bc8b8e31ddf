// The HTML report in a real browser: what a person sees and can do with it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/check/report.js';
import { main } from '../../src/cli/main.js';
import { checkText } from '../../src/extract/checkText.js';
import { guessDocumentDate, guessRegion } from '../../src/extract/guess.js';
import { formatIntervalIn, unitOf } from '../../src/report/html/format.js';
import { renderHtmlReport } from '../../src/report/html/render.js';
import { HAS_SEEDS, SEEDS_LOOKED_AT, seedText } from '../seeds.js';
import { type Browser, PAGES, SCREENSHOTS, browserMissing, launch, open } from './chromium.js';
import { PLANTED } from './planted.js';

const skip = browserMissing() !== null;
const seedsMissing = !HAS_SEEDS;
if (seedsMissing) console.warn(`Skipping the browser tests of the seed documents: they are not at ${SEEDS_LOOKED_AT}.`);

interface Case {
  readonly name: string;
  readonly text: string;
  readonly report: Report;
  readonly file: string;
}

/** Checks a text, round-trips the report through JSON (the renderer's input), writes the page. */
function makeCase(name: string, text: string, lang: 'en' | 'zh', options: { region?: string; documentDate?: string } = {}): Case {
  const region = options.region ?? guessRegion(text);
  const documentDate = options.documentDate ?? guessDocumentDate(text);
  const report = JSON.parse(
    JSON.stringify(checkText(text, { lang, source: name, ...(region ? { region } : {}), ...(documentDate ? { documentDate } : {}) })),
  ) as Report;
  const file = join(PAGES, `${name}.html`);
  writeFileSync(file, renderHtmlReport(report, text, { lang }));
  return { name, text, report, file };
}

/** The claims of a case that a person must see marked: those whose span lies in the text. */
function locatable(c: Case): string[] {
  return c.report.claims.filter((x) => x.span && x.span[0] >= 0 && x.span[1] <= c.text.length && x.span[0] < x.span[1]).map((x) => x.id);
}

interface MarkSeen {
  id: string;
  text: string;
  mark: string;
  claims: string[];
  conflicts: string[];
  /** The popover's content after a click on the mark. */
  pop: { visible: boolean; items: { claim: string | null; statedLo: string | null; statedHi: string | null; statedText: string | null; value: string | null }[] };
}

async function everyMark(page: import('playwright-core').Page): Promise<MarkSeen[]> {
  return page.evaluate(() => {
    const marks = Array.from(document.querySelectorAll<HTMLElement>('.wp-fig[data-details]'));
    return marks.map((m) => {
      m.click();
      const pop = document.getElementById('wp-pop') as HTMLElement;
      const items = Array.from(pop.querySelectorAll<HTMLElement>('.wp-item')).map((i) => ({
        claim: i.getAttribute('data-claim'),
        statedLo: i.querySelector('.wp-stated')?.getAttribute('data-lo') ?? null,
        statedHi: i.querySelector('.wp-stated')?.getAttribute('data-hi') ?? null,
        statedText: i.querySelector('.wp-stated')?.textContent ?? null,
        value: i.querySelector('.wp-value')?.getAttribute('value') ?? null,
      }));
      return {
        id: m.id,
        text: (m.firstChild?.textContent ?? '').trim(),
        mark: m.dataset['mark'] ?? '',
        claims: (m.dataset['claims'] ?? '').split(' ').filter(Boolean),
        conflicts: (m.dataset['conflicts'] ?? '').split(' ').filter(Boolean),
        pop: { visible: !pop.hidden && pop.getBoundingClientRect().height > 0, items },
      };
    });
  }) as Promise<MarkSeen[]>;
}

/** What a person must see of a report, whatever the text. */
async function assertReport(browser: Browser, c: Case): Promise<void> {
  const { page, errors, requests } = await open(browser, c.file);
  try {
    await page.screenshot({ path: join(SCREENSHOTS, `${c.name}.png`), fullPage: true });
    const seen = await everyMark(page);
    const byClaim = new Map(seen.flatMap((m) => m.claims.map((id) => [id, m] as const)));

    // Every claim whose span is in the text is highlighted, on the very characters of its span.
    for (const id of locatable(c)) {
      const claim = c.report.claims.find((x) => x.id === id);
      const m = byClaim.get(id);
      if (!m) {
        // Only an overlap may keep it out of the text, and then it is listed.
        expect(await page.locator('.wp-notlocated').textContent()).toContain(id);
        continue;
      }
      expect(m.text).toBe(c.text.slice(claim?.span?.[0], claim?.span?.[1]));
    }
    // Each mark's verdict: its check's, and inconsistent for every suspect of a contradiction.
    const suspects = new Set(c.report.conflicts.filter((x) => x.severity === 'inconsistent').flatMap((x) => x.suspects.map((s) => s.claim)));
    for (const id of suspects) if (byClaim.has(id)) expect(byClaim.get(id)?.mark, `suspect ${id}`).toBe('inconsistent');
    for (const check of c.report.checks) {
      const m = byClaim.get(check.claim);
      if (m && m.claims.length === 1 && !c.report.conflicts.some((x) => x.suspects.some((s) => s.claim === check.claim))) expect(m.mark, check.claim).toBe(check.verdict);
    }
    // The popover of each mark shows its claims, with the JSON's numbers.
    for (const m of seen) {
      expect(m.pop.visible, m.id).toBe(true);
      expect(m.pop.items.map((i) => i.claim).filter(Boolean)).toEqual(m.claims);
      for (const item of m.pop.items.filter((i) => i.claim)) {
        const claim = c.report.claims.find((x) => x.id === item.claim);
        const check = c.report.checks.find((x) => x.claim === item.claim);
        expect(item.value).toBe(claim?.figure.value);
        if (check) {
          expect([item.statedLo, item.statedHi]).toEqual([check.stated.lo ?? '', check.stated.hi ?? '']);
          expect(item.statedText).toBe(formatIntervalIn(check.stated, unitOf(claim?.figure.unit)));
        }
      }
    }
    // The summary counts what the text shows.
    const inconsistent = seen.filter((m) => m.mark === 'inconsistent').length;
    if (inconsistent > 0) expect(Number(await page.locator('.wp-summary [data-mark=inconsistent]').getAttribute('data-count'))).toBeGreaterThanOrEqual(inconsistent);
    // Each contradiction: its figures highlighted together, the values each would need, a plot.
    for (const [i, conflict] of c.report.conflicts.entries()) {
      const article = page.locator(`article[data-conflict="${conflict.id}"]`);
      expect(await article.locator('.wp-suspects tbody tr').count()).toBe(conflict.suspects.length);
      for (const s of conflict.suspects) {
        const need = article.locator(`.wp-suspects tr[data-claim="${s.claim}"] .wp-need`);
        expect(await need.getAttribute('data-lo')).toBe(s.wouldNeed?.lo ?? '');
        expect(await need.getAttribute('data-hi')).toBe(s.wouldNeed?.hi ?? '');
      }
      expect(await article.locator('svg').count()).toBeGreaterThan(0);
      await article.locator('.wp-show').click();
      const focused = await page.locator('.wp-fig.wp-focus').evaluateAll((els) => els.flatMap((e) => (e.getAttribute('data-claims') ?? '').split(' ')));
      const involved = new Set([...conflict.suspects.map((s) => s.claim), ...(conflict.disputed?.sides ?? []).flatMap((s) => s.claims)]);
      for (const id of involved) if (byClaim.has(id)) expect(focused, `conflict ${i + 1}: ${id}`).toContain(id);
      await page.screenshot({ path: join(SCREENSHOTS, `${c.name}-conflict-${i + 1}.png`) });
      await article.locator('.wp-show').click();
    }
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
  } finally {
    await page.close();
  }
}

describe.skipIf(skip)('the HTML report in Chromium', () => {
  let browser: Browser;
  let planted: Case;
  beforeAll(async () => {
    browser = await launch();
    planted = makeCase('planted-zh', PLANTED, 'zh', { region: '370700', documentDate: '2025-08-15' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the planted contradictions: suspects marked, numbers as in the JSON', async () => {
    expect(planted.report.conflicts.length).toBeGreaterThanOrEqual(2);
    await assertReport(browser, planted);
    const { page } = await open(browser, planted.file);
    // 12.00% is printed with two decimals: the popover shows [11.995, 12.005]%.
    const mark = page.locator('.wp-fig', { hasText: '12.00%' }).first();
    await mark.click();
    expect(await page.locator('#wp-pop').isVisible()).toBe(true);
    expect(await page.locator('#wp-pop .wp-stated').first().textContent()).toBe('[11.995, 12.005]%');
    await page.screenshot({ path: join(SCREENSHOTS, 'planted-zh-popover.png') });
    // 100 on a base of 1000 is 10%: the suspects' table says 12.00% would need 10.00%.
    const direct = planted.report.conflicts.find((x) => x.suspects.some((s) => s.text === '100.00亿元'));
    expect(direct).toBeDefined();
    expect(await page.locator(`article[data-conflict="${direct?.id}"] .wp-nearest`).allTextContents()).toContain('10.00%');
    await page.close();
  });

  it('is usable by keyboard: Tab reaches the figures, Enter and Space open the details, Escape closes them', async () => {
    const { page, errors } = await open(browser, planted.file);
    // The first Tab reaches the skip link; Enter on it jumps to the text, the next Tab to its first figure.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('wp-skip');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('r1-m-1');
    await page.keyboard.press('Escape');
    // From the top, Tab alone reaches the figures too (past the contradictions' buttons and links).
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.reload();
    let focused: string | null = null;
    for (let i = 0; i < 200 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement?.classList.contains('wp-fig') ? document.activeElement.id : null));
    }
    expect(focused).not.toBeNull();
    const pop = page.locator('#wp-pop');
    await page.keyboard.press('Enter');
    expect(await pop.isVisible()).toBe(true);
    expect(await pop.getAttribute('data-for')).toBe(focused);
    expect(await page.evaluate(() => document.activeElement?.closest('#wp-pop') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await pop.isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(focused);
    await page.keyboard.press('Space');
    expect(await pop.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await pop.isHidden()).toBe(true);
    // Tab moves on to the next figure, whose details show on focus.
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement?.id);
    expect(next).not.toBe(focused);
    expect(next).toMatch(/-m-\d+$/);
    expect(await pop.isVisible()).toBe(true);
    expect(await pop.getAttribute('data-for')).toBe(next);
    await page.screenshot({ path: join(SCREENSHOTS, 'planted-zh-keyboard.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("fits a phone's width, with the details as a sheet at the bottom", async () => {
    const { page, errors } = await open(browser, planted.file, { width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(SCREENSHOTS, 'planted-zh-phone.png'), fullPage: true });
    await page.locator('.wp-fig[data-mark=inconsistent]').first().click();
    expect(await page.locator('#wp-pop.wp-sheet').isVisible()).toBe(true);
    const box = await page.locator('#wp-pop').boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'planted-zh-phone-popover.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints without its buttons and popover', async () => {
    const { page } = await open(browser, planted.file);
    await page.locator('.wp-fig').first().click();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#wp-pop').isHidden()).toBe(true);
    expect(await page.locator('.wp-show').first().isHidden()).toBe(true);
    // The marks keep their symbols: the verdict reads without colour.
    expect(await page.locator('.wp-fig[data-mark=inconsistent] .wp-sym').first().textContent()).toContain('✗');
    await page.screenshot({ path: join(SCREENSHOTS, 'planted-zh-print.png'), fullPage: true });
    await page.close();
  });

  it('writes the same page from the command line (check --html), in English', async () => {
    const input = join(PAGES, 'planted.txt');
    writeFileSync(input, PLANTED);
    const out = join(PAGES, 'planted-cli-en.html');
    let stderr = '';
    const code = main(['check', '--html', out, '--region', '370700', '--document-date', '2025-08-15', input], {
      stdout: () => {},
      stderr: (t) => (stderr += t),
      version: '0.0.0',
      readFile: (p) => readFileSync(p, 'utf8'),
      writeFile: (p, t) => writeFileSync(p, t),
    });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const { page, errors, requests } = await open(browser, out);
    expect(await page.locator('.wp-conflict').count()).toBe(planted.report.conflicts.length);
    expect(await page.locator('#r1-conflicts').textContent()).toContain('Contradictions');
    expect(await page.locator('.wp-fig[data-claims]').count()).toBe(locatable(planted).length);
    await page.screenshot({ path: join(SCREENSHOTS, 'planted-cli-en.png'), fullPage: true });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  describe.skipIf(seedsMissing)('the five source documents', () => {
    it.each(['000', '001', '002', '003', '004'])('document %s', async (id) => {
      const text = seedText(id);
      const c = makeCase(`seed-${id}`, text, id === '001' ? 'zh' : 'en');
      await assertReport(browser, c);
      if (id === '001') {
        // Weifang: the two growth rates of total loans, 5.54 against 6.37, plotted on one line.
        const article = (await open(browser, c.file)).page.locator('.wp-conflict').first();
        expect(await article.locator('.wp-side').allTextContents()).toEqual(['[5.53, 5.55]%', '[6.36, 6.38]%']);
        await article.page().close();
      }
    });
  });
});
