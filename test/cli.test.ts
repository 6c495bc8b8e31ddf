import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';

function cli(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), version: '9.9.9' });
  return { code, out, err };
}

describe('wupian command', () => {
  it('prints its version and help', () => {
    expect(cli('--version')).toEqual({ code: 0, out: '9.9.9\n', err: '' });
    expect(cli('--help').out).toContain('wupian calc growth');
    expect(cli().code).toBe(2);
  });

  it.each([
    [['calc', 'growth', '1896.69', '2150'], '13.3553717265341199668896867701100337957'],
    [['calc', 'growth', '1896.69亿元', '2150亿元'], '[13.32871125, 13.38203234]'],
    [['calc', 'base', '6.45', '159.13'], '2.489098136'],
    [['calc', 'apply', '100', '10'], '110'],
    [['calc', 'share', '2150', '12500'], '17.2'],
    [['calc', 'gap', '13.36%', '7.82个百分点'], '[5.53, 5.55]'],
    [['calc', 'cagr', '100', '121', '2'], '10'],
  ])('calc %j', (argv, expected) => {
    const r = cli(...argv);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out.trim().startsWith(expected)).toBe(true);
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

  it('demo runs the calculators over the Weifang green-credit paragraph', () => {
    const r = cli('demo');
    expect(r.code).toBe(0);
    expect(r.out).toContain('1896.69亿元 (exact)');
    expect(r.out).toContain('13.355372% → printed 13.36%: consistent');
    expect(r.out).toContain('total loans grew [5.53, 5.55]%');
    expect(r.out).toContain('consistent with line 4');
  });
});
