import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { itWithSeeds, seedPath } from './seeds.js';

function cli(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(argv, {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    version: '9.9.9',
    readFile: (path) => readFileSync(path, 'utf8'),
  });
  return { code, out, err };
}

describe('wupian command', () => {
  it('prints its version and help', () => {
    expect(cli('--version')).toEqual({ code: 0, out: '9.9.9\n', err: '' });
    expect(cli('--help').out).toContain('wupian check [options] FILE');
    expect(cli().code).toBe(2);
  });

  it.each([
    // The decimals of the most precise operand plus 4, rounded half up (an interval
    // outward); an exact short result as it is.
    [['calc', 'growth', '1896.69', '2150'], '13.355372'],
    [['calc', 'growth', '1896.69亿元', '2150亿元'], '[13.328711, 13.382033]'],
    [['calc', 'base', '6.45', '159.13'], '2.489098'],
    [['calc', 'apply', '100', '10'], '110'],
    [['calc', 'share', '2150', '12500'], '17.2'],
    [['calc', 'share', '1', '3'], '33.3333'],
    [['calc', 'gap', '13.36%', '7.82个百分点'], '[5.53, 5.55]'],
    [['calc', 'cagr', '100', '121', '2'], '10'],
  ])('calc %j', (argv, expected) => {
    const r = cli(...argv);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${expected}\n`);
  });

  it('names bad input and exits 2', () => {
    const r = cli('calc', 'growth', '0', '5');
    expect(r.code).toBe(2);
    expect(r.err).toContain('base_zero');
    expect(cli('calc', 'growth', '12..3亿元', '5').err).toContain('12..3亿元');
    expect(cli('calc', 'nope').code).toBe(2);
    expect(cli('frobnicate').err).toContain('unknown command');
    expect(cli('--bogus').code).toBe(2);
  });

  it('demo checks the five bundled documents: the Weifang conflict, 003 within rounding, Zibo\'s unit', () => {
    const r = cli('demo', '--no-color');
    // It exits 0 because it found the one contradiction it sets out to show, and says so.
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/As expected: 001 \(Weifang\) states figures that cannot all be right/);
    expect(r.out).toMatch(/001 001_7bcafdd2a2e7ab8a\.txt — .*\n {2}status: INCONSISTENT/);
    expect(r.out).toMatch(/✗ These figures cannot all be right: 13\.36%, 7\.82个百分点, 11\.35%, 4\.98个百分点/);
    expect(r.out).toMatch(/≈ .*合计 2022 \(22 parts\): 92\.83亿元 agrees only thanks to rounding.*92\.80亿元/);
    expect(r.out).toMatch(/"billion yuan" renders 亿元/);
    expect(r.out.includes(String.fromCharCode(27))).toBe(false);
  });

  itWithSeeds('checks a text and exits 1 on an inconsistency', () => {
    const weifang = cli('check', '--no-color', seedPath('001'));
    expect(weifang.code).toBe(1);
    expect(weifang.out).toMatch(/growth of total-loans \(ytd\) at 2025-06-30: \[5\.53, 5\.55\] and \[6\.36, 6\.38\]/);
  });

  it('checks JSON documents', () => {
    const json = cli('check', '--json', resolve(import.meta.dirname, '..', 'data', 'documents', '003.json'));
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.out) as { ok: boolean; files: { report: { counts: { consistentWithinRounding: number } } }[] };
    expect(parsed.ok).toBe(true);
    expect(parsed.files[0]?.report.counts.consistentWithinRounding).toBe(2);
  });

  itWithSeeds('flags a mistranslated "billion yuan" in an English summary of a prefecture-level city', () => {
    const zibo = cli('check', '--no-color', seedPath('000'));
    expect(zibo.out).toMatch(/mistranslated unit: exceeded 628\.69 billion yuan/);
  });

  it('names an unreadable file, still checks the others, and exits 2', () => {
    const r = cli('check', '--ndjson', 'no-such-file.txt', resolve(import.meta.dirname, '..', 'data', 'documents', '002.json'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('no-such-file.txt');
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as { file: string; report?: unknown; error?: unknown });
    expect(lines.map((l) => [l.file.endsWith('.json') ? '002.json' : l.file, 'report' in l])).toEqual([
      ['no-such-file.txt', false],
      ['002.json', true],
    ]);
  });

  it('refuses bad usage with exit 2', () => {
    expect(cli('check').code).toBe(2);
    expect(cli('check', '--json', '--ndjson', 'x').code).toBe(2);
    expect(cli('check', '--lang', 'fr', 'x').code).toBe(2);
    expect(cli('check', '--region', 'Weifang', 'x').err).toContain('six-digit');
    expect(cli('check', '--region', '999999', 'x')).toMatchObject({ code: 2, err: expect.stringContaining('--region 999999 is no region of GB/T 2260') });
    expect(cli('extract', '--region', '370799', 'x').code).toBe(2);
    expect(cli('calc', 'growth', '1', '2', '--decimals', 'x').code).toBe(2);
  });

  it('takes negative numbers and exponents in calc, and refuses an impossible date', () => {
    expect(cli('calc', 'gap', '-2.3', '5.1').out).toBe('-7.4\n');
    expect(cli('calc', 'growth', '1e3', '2e3').out).toBe('100\n');
    const r = cli('check', '--document-date', '2025-02-30', 'x.txt');
    expect(r.code).toBe(2);
    expect(r.err).toContain('2025-02-30');
  });

  it('says when figures are read in a year the text leaves unstated, and how to give one', () => {
    let out = '';
    const code = main(['check', '--no-color', 'x.txt'], {
      stdout: (t) => (out += t),
      stderr: () => undefined,
      version: '0',
      readFile: () => '截至6月末，全市绿色贷款余额1200亿元，较年初增长14.29%。',
    });
    expect(code).toBe(0);
    expect(out).toMatch(/2 figures are dated in a year the text leaves unstated \(Y\): pass --document-date/);
  });

  it('says nothing-checked, partial or consistent in the table, the JSON and, with --strict, the exit code', () => {
    const run = (text: string, ...args: string[]) => {
      let out = '';
      let err = '';
      const code = main(['check', '--no-color', '--region', '370700', '--document-date', '2025-08-15', ...args, 'x.txt'], {
        stdout: (t) => (out += t),
        stderr: (t) => (err += t),
        version: '0',
        readFile: () => text,
      });
      return { code, out, err };
    };
    const consistent = '截至2025年6月末，全市绿色贷款余额1200亿元，较年初增长14.29%，较年初增加150亿元。';
    const partial = `${consistent}此外还有约800亿元。`;
    const inconsistent = '截至2025年6月末，全市绿色贷款余额1200亿元，较年初增长20%，较年初增加150亿元。';
    const cases = [
      ['', 'NOTHING CHECKED — no figure was found', 'nothing-checked', 0, 3],
      ['PK\u0003\u0004\u0000\u0000 1200亿元', 'NOTHING CHECKED — the input is not UTF-8 text', 'nothing-checked', 0, 3],
      ['The bank served 1,200 firms.', 'NOTHING CHECKED — the one figure read relates to no other', 'nothing-checked', 0, 3],
      [partial, 'PARTIAL — what was read agrees, but 1 of 4 figures was not read', 'partial', 0, 4],
      [consistent, 'CONSISTENT — all 3 figures read, and they agree', 'consistent', 0, 0],
      [inconsistent, 'INCONSISTENT', 'inconsistent', 1, 1],
    ] as const;
    for (const [text, line, status, code, strict] of cases) {
      const table = run(text);
      expect(table.out, text).toContain(`  status: ${line}`);
      expect(table.code, text).toBe(code);
      expect(run(text, '--strict').code, text).toBe(strict);
      const json = JSON.parse(run(text, '--json').out) as { ok: boolean; status: string; files: { report: { status: string; ok: boolean } }[] };
      expect([json.status, json.files[0]?.report.status, json.ok], text).toEqual([status, status, code === 0]);
    }
    expect(run('\u0000\u0001binary').out).toContain('  status: NOTHING CHECKED — the input is not UTF-8 text\n  ! The input is not UTF-8 text (it has NUL bytes: a binary file, or UTF-16 text): nothing was read.');
  });

  it('extract refuses a file that is not text, with exit 2', () => {
    let err = '';
    const code = main(['extract', 'x.bin'], { stdout: () => undefined, stderr: (t) => (err += t), version: '0', readFile: () => '\u0000\u0001\u0002' });
    expect(code).toBe(2);
    expect(err).toContain('wupian: cannot read x.bin: The input is not UTF-8 text');
  });

  it('with several files, the worst decides the exit code: 2, 1, 3, 4, 0', () => {
    const texts: Record<string, string> = {
      'empty.txt': '',
      'partial.txt': '截至2025年6月末，全市绿色贷款余额1200亿元，较年初增长14.29%，较年初增加150亿元。此外还有约800亿元。',
      'bad.txt': '截至2025年6月末，全市绿色贷款余额1200亿元，较年初增长20%，较年初增加150亿元。',
    };
    const run = (...files: string[]) =>
      main(['check', '--strict', '--json', '--region', '370700', '--document-date', '2025-08-15', ...files], {
        stdout: () => undefined,
        stderr: () => undefined,
        version: '0',
        readFile: (f) => {
          const t = texts[f];
          if (t === undefined) throw new Error('ENOENT');
          return t;
        },
      });
    expect(run('partial.txt', 'empty.txt')).toBe(3);
    expect(run('partial.txt')).toBe(4);
    expect(run('empty.txt', 'bad.txt')).toBe(1);
    expect(run('bad.txt', 'missing.txt')).toBe(2);
  });

  it('honours --decimals in calc, rounding an interval outward', () => {
    expect(cli('calc', 'growth', '1896.69', '2150', '--decimals', '2').out).toBe('13.36\n');
    expect(cli('calc', 'growth', '1896.69亿元', '2150亿元', '--decimals', '2').out).toBe('[13.32, 13.39]\n');
  });

  itWithSeeds('extracts claims as JSON with decimal strings', () => {
    const r = cli('extract', seedPath('001'));
    const parsed = JSON.parse(r.out) as { claims: { indicator: string; measure: string; figure: { value: string } }[]; unparsed: unknown[] };
    expect(parsed.claims.find((c) => c.indicator === 'green-loans' && c.measure === 'balance')?.figure.value).toBe('215000000000');
    expect(parsed.unparsed.length).toBeGreaterThan(0);
  });

  it('extracts goals and facts, and check sets the goals against the outcome', () => {
    const io = (text: string) => {
      let out = '';
      const code = (args: string[]): number =>
        main(args, { stdout: (t) => (out += t), stderr: () => undefined, version: '0', readFile: () => text });
      return { code, out: () => out };
    };
    const text = '到2025年末，全市绿色贷款余额达到2400亿元以上。截至2025年12月末，全市绿色贷款余额2350亿元。对高标准农田建设贷款，按照贷款额的2%予以贴息。';
    const extract = io(text);
    expect(extract.code(['extract', '--region', '370700', 'x.txt'])).toBe(0);
    const parsed = JSON.parse(extract.out()) as { targets: { indicator: string; deadline: string; figure: { value: string } }[]; facts: { context: string; figure: { value: string } }[] };
    expect(parsed.targets.map((t) => [t.indicator, t.deadline, t.figure.value])).toEqual([['green-loans', '2025-12-31', '240000000000']]);
    expect(parsed.facts.map((f) => [f.context, f.figure.value])).toEqual([['policy', '2']]);
    const check = io(text);
    expect(check.code(['check', '--no-color', '--region', '370700', 'x.txt'])).toBe(0);
    expect(check.out()).toContain('✗ The goal 全市绿色贷款余额达到2400亿元以上 is missed: the text gives 2350亿元 for 2025-12-31.');
    expect(check.out()).toContain('1 figure read as policy parameters, case-study figures or counts, not checked (see --json)');
  });

  it('has help for every command', () => {
    for (const c of ['check', 'extract', 'calc', 'demo']) expect(cli(c, '--help').out).toContain(`wupian ${c}`);
  });
});
