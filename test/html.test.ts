// The HTML report without a browser: placing figures by their spans, escaping,
// numbers in their units, the browser build, and check --html.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../src/check/report.js';
import { main } from '../src/cli/main.js';
import { checkText } from '../src/extract/checkText.js';
import { MARKS, SYMBOL, escapeHtml, formatIntervalIn, locate, numberLine, renderHtmlReport, renderReportSection, unitOf } from '../src/report/html/index.js';
import { formatValueIn } from '../src/report/html/format.js';
import { bundleForBrowser } from '../scripts/build-page.js';

const ROOT = resolve(import.meta.dirname, '..');
const TEXT = '截至2025年6月末，辖区绿色信贷余额2150亿元，较年初增加253.31亿元，增速13.46%。';
const plain = (r: Report): Report => JSON.parse(JSON.stringify(r)) as Report;

describe('locate', () => {
  it('places items by span, merges the same span, and lists what lies outside or overlaps', () => {
    const { placed, misplaced } = locate(
      [
        { item: 'b', span: [5, 8] },
        { item: 'a', span: [0, 3] },
        { item: 'a2', span: [0, 3] },
        { item: 'x', span: [2, 6] },
        { item: 'out', span: [9, 11] },
        { item: 'neg', span: [-1, 2] },
        { item: 'empty', span: [4, 4] },
        { item: 'junk', span: 'nope' },
        { item: 'none', span: undefined },
        { item: 'fraction', span: [1.5, 2] },
      ],
      10,
    );
    expect(placed).toEqual([
      { start: 0, end: 3, items: ['a', 'a2'] },
      { start: 5, end: 8, items: ['b'] },
    ]);
    expect(misplaced.map((m) => [m.item, m.problem])).toEqual([
      ['x', 'overlapping'],
      ['out', 'outside'],
      ['neg', 'outside'],
      ['empty', 'outside'],
      ['junk', 'outside'],
      ['none', 'no-span'],
      ['fraction', 'outside'],
    ]);
    expect(misplaced[0]?.other).toEqual({ start: 0, end: 3 });
  });

  it('finds an overlap with a place on either side', () => {
    const { misplaced } = locate(
      [
        { item: 1, span: [10, 20] },
        { item: 2, span: [30, 40] },
        { item: 3, span: [19, 31] },
        { item: 4, span: [21, 29] },
      ],
      50,
    );
    expect(misplaced.map((m) => m.item)).toEqual([3]);
  });
});

describe('numbers in their units', () => {
  it('formats intervals outward in the unit of the figure', () => {
    expect(formatIntervalIn({ lo: '13.355', hi: '13.365', loOpen: false, hiOpen: false }, unitOf('%'))).toBe('[13.355, 13.365]%');
    expect(formatIntervalIn({ lo: '214850000000', hi: '215050000000', loOpen: false, hiOpen: false }, unitOf('亿元'))).toBe('[2148.5, 2150.5]亿元');
    expect(formatIntervalIn({ lo: '3000000000', hi: null, loOpen: true, hiOpen: true }, unitOf('亿元'))).toBe('(30, +∞)亿元');
    expect(formatIntervalIn({ lo: '10.505', hi: '10.52919227290586097875471011531047867166', loOpen: false, hiOpen: false }, unitOf('%'))).toBe('[10.505, 10.5292]%');
    expect(formatIntervalIn({ lo: '5', hi: '5', loOpen: false, hiOpen: false }, unitOf('个百分点'))).toBe('5个百分点');
    expect(formatIntervalIn({ lo: '1.5e9', hi: '2e9', loOpen: false, hiOpen: false }, unitOf('billion yuan'))).toBe('[1.5, 2] billion yuan');
    expect(formatIntervalIn(null, unitOf('%'))).toBe('—');
    expect(formatIntervalIn({ lo: 'NaN', hi: '1', loOpen: false, hiOpen: false } as never, unitOf('%'))).toBe('—');
  });

  it('reads a goal’s unit from its text and keeps a value’s printed decimals', () => {
    expect(formatValueIn('10900000000', unitOf(undefined, '达到109亿元以上'))).toBe('109亿元');
    expect(unitOf('unknown-unit')).toEqual({ suffix: '', scale: '1' });
    expect(formatValueIn('12', unitOf('%'), 2)).toBe('12.00%');
    expect(formatValueIn('102609000000', unitOf('亿元'), 2)).toBe('1026.09亿元');
    expect(formatValueIn(undefined, unitOf('%'))).toBe('—');
  });

  it('draws a number line with a row per interval, or nothing without a finite end', () => {
    const svg = numberLine(
      'growth of total loans',
      [
        { label: 'A', interval: { lo: '5.53', hi: '5.55', loOpen: false, hiOpen: false }, kind: 'implied' },
        { label: 'B', interval: { lo: '6.36', hi: '6.38', loOpen: false, hiOpen: false }, kind: 'implied' },
        { label: 'C', interval: { lo: '5', hi: null, loOpen: false, hiOpen: true }, kind: 'context' },
      ],
      unitOf('%'),
      'p1',
    );
    expect(svg).toContain('<svg');
    expect(svg).toContain('A: [5.53, 5.55]%');
    expect(svg).toContain('B: [6.36, 6.38]%');
    expect(svg).toContain('C: [5, +∞)%');
    expect(svg.match(/class="wp-row /g)).toHaveLength(3);
    expect(numberLine('t', [{ label: 'x', interval: { lo: null, hi: null, loOpen: true, hiOpen: true }, kind: 'stated' }], unitOf('%'), 'p2')).toBe('');
  });

  it('gives every mark its own symbol, so the page reads without colour', () => {
    expect(new Set(MARKS.map((m) => SYMBOL[m])).size).toBe(MARKS.length);
  });
});

describe('renderReportSection', () => {
  it('marks each claim on its span, with its conflict and verdict', () => {
    const report = plain(checkText(TEXT, { region: '370700' }));
    const html = renderReportSection(report, TEXT);
    for (const c of report.claims) {
      const text = TEXT.slice(c.span?.[0], c.span?.[1]);
      expect(html).toMatch(new RegExp(`data-claims="${c.id}"[^>]*data-conflicts="r1-conflict-1">${text.replace('.', '\\.')}<span class="wp-sym"`));
    }
    expect(html).toContain('data-mark="inconsistent"');
    expect(html).not.toContain('wp-notlocated');
  });

  it('marks every suspect of a contradiction inconsistent, also one its own check finds consistent (pinned by others)', () => {
    const report = plain(checkText(TEXT, { region: '370700' }));
    const pinned = report.conflicts[0]?.suspects[2]?.claim as string;
    const html = renderReportSection({ ...report, checks: report.checks.map((c) => (c.claim === pinned ? { ...c, verdict: 'consistent' as const } : c)) }, TEXT);
    expect(html).toMatch(new RegExp(`data-mark="inconsistent"[^>]*data-claims="${pinned}"`));
    // Its details still give its own check.
    expect(html).toContain('its own check</dt><dd><span class="wp-chip wp-m-consistent">');
  });

  it('lists spans outside the text or overlapping another instead of breaking', () => {
    const report = plain(checkText(TEXT, { region: '370700' }));
    const [a, b, c] = report.claims;
    const broken: Report = {
      ...report,
      claims: [
        { ...(a as Report['claims'][number]), span: [9999, 10005] },
        { ...(b as Report['claims'][number]), span: [(c?.span?.[0] ?? 0) - 1, (c?.span?.[0] ?? 0) + 1] },
        c as Report['claims'][number],
      ],
    };
    const html = renderReportSection(broken, TEXT);
    expect(html).toContain('wp-notlocated');
    expect(html).toContain('data-misplaced="outside"');
    expect(html).toContain('data-misplaced="overlapping"');
    // The first comes first: b keeps its place, c, which overlaps it, is listed.
    expect(html).toContain(`data-claims="${b?.id}"`);
    expect(html).not.toContain(`data-claims="${c?.id}"`);
    expect(html).not.toContain(`data-claims="${a?.id}"`);
  });

  it('escapes everything the report and the text say', () => {
    const text = '<script>alert(1)</script> 余额"5亿元"';
    const report = plain(checkText(text));
    const evil = { ...report, source: '<img src=x onerror=alert(1)>', unparsed: [{ text: '<b>', span: [0, 8] as const, reason: '"><script>' }] };
    const html = renderHtmlReport(evil, text);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('"><script>');
    expect(html).toContain('alert(1)&lt;/script&gt;');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('says the figures agree only when some were checked', () => {
    const agree = renderReportSection(plain(checkText('截至2025年6月末，绿色贷款余额2150亿元，较年初增加253.31亿元，增速13.36%。', { region: '370700' })), '');
    expect(agree).toContain('data-status="consistent"');
    const alone = renderReportSection(plain(checkText('截至2025年6月末，绿色贷款余额2150亿元。', { region: '370700' })), '');
    expect(alone).toContain('data-status="unverifiable"');
    expect(alone).toContain('no figure could be checked');
  });

  it('renders a partial report, and a report without its text, without throwing', () => {
    expect(renderHtmlReport({} as Report, 'text')).toContain('<!doctype html>');
    const report = plain(checkText(TEXT, { region: '370700' }));
    const html = renderHtmlReport(report, undefined, { lang: 'zh' });
    expect(html).toContain('未提供正文');
    expect(html).toContain('矛盾 1');
    expect(html).not.toContain('class="wp-fig ');
  });

  it('is one self-contained page: no src, no href out of it, a policy that forbids loading', () => {
    const html = renderHtmlReport(plain(checkText(TEXT, { region: '370700' })), TEXT);
    expect(html).not.toMatch(/\ssrc=/);
    expect(html).not.toMatch(/href="(?!#)/);
    expect(html).not.toMatch(/url\(/);
    expect(html).toContain(`default-src 'none'`);
  });
});

describe('the browser build', () => {
  it.each(['src/index.ts', 'src/extract/index.ts', 'src/report/html/index.ts'])('bundles %s for the browser without Node built-ins', async (entry) => {
    const bundle = await bundleForBrowser(entry);
    expect(bundle.bytes).toBeGreaterThan(1000);
    expect(bundle.code).not.toMatch(/require\(["'](?:node:)?(?:fs|path|os|util|module|url|crypto|zlib|child_process)["']\)/);
  });

  it('fails on a Node built-in, naming the importer', async () => {
    const dir = join(ROOT, '.tmp', 'bundle-check');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'uses-fs.ts'), `import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n`);
    await expect(bundleForBrowser('.tmp/bundle-check/uses-fs.ts')).rejects.toThrow(/node:fs is a Node built-in/);
  });
});

describe('wupian check --html', () => {
  const dir = join(ROOT, '.tmp', 'cli-html');
  const cli = (...argv: string[]) => {
    let out = '';
    let err = '';
    const written = new Map<string, string>();
    const code = main(argv, {
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
      version: '0',
      readFile: (p) => readFileSync(p, 'utf8'),
      writeFile: (p, t) => written.set(p, t),
    });
    return { code, out, err, written };
  };

  it('writes one page for several files, texts marked and JSON documents listed', () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.txt'), TEXT);
    const r = cli('check', '--html', 'out.html', '--lang', 'zh', '--region', '370700', join(dir, 'a.txt'), join(ROOT, 'data', 'documents', '001.json'));
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    const html = r.written.get('out.html') ?? '';
    expect(html).toContain('<section class="wp-report" id="r1"');
    expect(html).toContain('<section class="wp-report" id="r2"');
    expect(html).toContain('未提供正文');
    expect(html).toContain('绿色贷款');
    expect(r.out).toContain('253.31亿元'); // the table is still printed
  });

  it('needs a file name, and says when it cannot write', () => {
    expect(cli('check', '--html').code).toBe(2);
    const failing = main(['check', '--html', '/nonexistent-dir/x.html', join(ROOT, 'data', 'documents', '001.json')], {
      stdout: () => {},
      stderr: () => {},
      version: '0',
      readFile: (p) => readFileSync(p, 'utf8'),
      writeFile: () => {
        throw new Error('ENOENT');
      },
    });
    expect(failing).toBe(2);
  });
});

describe('what the page marks as not read', () => {
  it('marks a figure not read with ∅, never a date or a list number', () => {
    const text = '截至2025年6月末，提升至52.4%。\n1、绿色贷款余额300亿元。';
    const report = checkText(text);
    const codes = report.unparsed.map((u) => u.code);
    expect(codes).toContain('date');
    const html = renderHtmlReport(report, text, { lang: 'en' });
    const marked = [...html.matchAll(/data-mark="unparsed"[^>]*>([^<]*)</g)].map((m) => m[1]).filter(Boolean);
    expect(marked.some((t) => t?.includes('2025年6月末'))).toBe(false);
    expect(html).toMatch(/Numbers not read \(1\)/);
    expect(marked).toEqual(['52.4%']);
    expect(html).not.toMatch(/<li>[^<]*<span[^>]*>2025年6月末/);
  });
});
