// validate(): wupian scored on a user's labelled corpus. The expected counts are those of
// the annotation, by hand: examples/corpus/small.json has 7 figures to read and 2 relations,
// one consistent (18.2 − 8.5 = 9.7) and one not (50 / 810 = 6.17%, printed 8.2%).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { WupianError } from '../src/errors/WupianError.js';
import { type Corpus, checkPassage, formatScores, missesOf, structureProblems, validate } from '../src/validate/index.js';

const SMALL = resolve(import.meta.dirname, '..', 'examples', 'corpus', 'small.json');
const small = (): Corpus => JSON.parse(readFileSync(SMALL, 'utf8')) as Corpus;
type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };
const edit = (change: (c: Mutable<Corpus>) => void): Corpus => {
  const c = small() as Mutable<Corpus>;
  change(c);
  return c as Corpus;
};

function thrown(f: () => unknown): WupianError {
  try {
    f();
  } catch (error) {
    if (error instanceof WupianError) return error;
    throw error;
  }
  throw new Error('expected a WupianError');
}

describe('validate', () => {
  it('scores a corpus read right: every figure, both relations, the inconsistent one flagged', () => {
    const r = validate(small());
    expect(r.total.passages).toBe(2);
    expect(r.total.figures).toMatchObject({ claims: 7, read: 7, right: 7, falseClaims: 0 });
    expect(r.total.relations).toEqual({ annotated: 2, checked: 2, right: 2 });
    expect(r.total.consistentPassages).toBe(1);
    expect(r.total.falseAlarms).toBe(0);
    expect(r.total.expectations.flag).toEqual({ annotated: 1, done: 1 });
    expect(Object.keys(r.byGenre).sort()).toEqual(['bank report', 'city release']);
    expect(r.bySplit['dev']?.passages).toBe(2);
    expect(missesOf(r.passages)).toEqual([]);
  });

  it('counts a false alarm when the annotation calls a passage consistent and wupian does not', () => {
    const r = validate(edit((c) => {
      const rel = c.passages[1]?.relations[0];
      if (rel) {
        rel.verdict = 'consistent';
        delete rel.expect;
      }
    }));
    expect(r.total.consistentPassages).toBe(2);
    expect(r.total.falseAlarms).toBe(1);
    expect(r.total.relations.right).toBe(1);
    expect(missesOf(r.passages).map((m) => m.what)).toContain('FALSE ALARM on a consistent passage');
  });

  it('names the attribute read wrong against the annotation', () => {
    const r = validate(edit((c) => {
      const f = c.passages[0]?.figures[1];
      if (f) f.date = '2025-03-31';
    }));
    expect(r.total.figures.right).toBe(6);
    expect(r.total.figures.wrongDate).toBe(1);
    expect(missesOf(r.passages)).toEqual([{ passage: 'city-1', split: 'dev', figure: 'f2', text: '18.2%', what: 'read wrong: date' }]);
  });

  it('counts a figure annotated as a trap that wupian reads as a claim', () => {
    const r = validate(edit((c) => {
      const p = c.passages[0];
      if (!p) return;
      p.relations = [];
      const f = p.figures[3];
      if (f) f.kind = 'none';
    }));
    expect(r.total.figures.claims).toBe(6);
    expect(r.total.figures.falseClaims).toBe(1);
  });

  it.each([
    ['a relation naming an unknown figure', (c: Mutable<Corpus>) => { const r = c.passages[0]?.relations[0]; if (r) r.figures['gap'] = 'f9'; }, ['corpus', 'passages', 0, 'relations', 0, 'figures'], /f9/],
    ['a figure text the passage lacks', (c: Mutable<Corpus>) => { const f = c.passages[1]?.figures[0]; if (f) f.text = '870亿元'; }, ['corpus', 'passages', 1, 'figures', 0, 'text'], /870亿元/],
    ['a relation without a role of its kind', (c: Mutable<Corpus>) => { const r = c.passages[0]?.relations[0]; if (r) delete r.figures['benchmark']; }, ['corpus', 'passages', 0, 'relations', 0, 'figures'], /benchmark/],
    ['a value as a JSON number', (c: Mutable<Corpus>) => { const f = c.passages[0]?.figures[0] as { value?: unknown } | undefined; if (f) f.value = 1230.5; }, ['corpus', 'passages', 0, 'figures', 0, 'value'], /decimal string/],
    ['two passages with one id', (c: Mutable<Corpus>) => { const p = c.passages[1]; if (p) p.id = 'city-1'; }, ['corpus', 'passages', 1, 'id'], /city-1/],
    ['an inconsistent relation without expect', (c: Mutable<Corpus>) => { const r = c.passages[1]?.relations[0]; if (r) delete r.expect; }, ['corpus', 'passages', 1, 'relations', 0, 'expect'], /expect/],
  ])('refuses %s, naming where', (_, change, path, message) => {
    const error = thrown(() => validate(edit(change)));
    expect(error.code).toBe('invalid_data');
    expect(error.path).toEqual(path);
    expect(error.message).toMatch(message);
  });

  it('refuses what is no corpus', () => {
    expect(thrown(() => validate({ passages: [] })).code).toBe('invalid_data');
    expect(thrown(() => validate([])).code).toBe('invalid_data');
  });

  it('finds no structure problem in a well-annotated passage', () => {
    for (const p of small().passages) expect(structureProblems(p)).toEqual([]);
  });
});

describe('formatScores', () => {
  it('prints one row per key with the percentages of the counts', () => {
    const table = formatScores({ all: validate(small()).total }).split('\n');
    expect(table[0]).toMatch(/^genre\s+pass\s+figs\s+read\s+right\s+false\s+rels\s+checked\s+verdict\s+alarms\s+flag\s+warn\s+quiet$/);
    expect(table[1]?.split(/\s+/)).toEqual(['all', '2', '7', '100%', '100%', '0', '2', '100%', '100%', '0/1', '1/1', '0/0', '0/0']);
  });
});

describe('wupian validate', () => {
  const run = (args: string[], files: Record<string, string> = {}): { code: number; out: string; err: string } => {
    let out = '';
    let err = '';
    const code = main(args, {
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
      version: '0',
      readFile: (p) => {
        if (p in files) return files[p] as string;
        return readFileSync(p, 'utf8');
      },
    });
    return { code, out, err };
  };

  it('prints the table by genre and exits 0', () => {
    const { code, out } = run(['validate', SMALL]);
    expect(code).toBe(0);
    expect(out).toMatch(/^city release\s+1\s+4\s+100%/m);
    expect(out).toMatch(/^all\s+2\s+7\s+100%\s+100%/m);
    expect(out).toMatch(/0 misses/);
  });

  it('prints JSON with --json, the misses with --misses', () => {
    const { code, out } = run(['validate', '--json', '--misses', SMALL]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as { total: { figures: { right: number } }; misses: unknown[]; passages: unknown[] };
    expect(json.total.figures.right).toBe(7);
    expect(json.misses).toEqual([]);
    expect(json.passages).toHaveLength(2);
  });

  it('exits 2 naming the passage and the field of a corpus it cannot score, and on bad JSON', () => {
    const bad = JSON.stringify(edit((c) => { const r = c.passages[0]?.relations[0]; if (r) r.figures['gap'] = 'f9'; }));
    const a = run(['validate', 'bad.json'], { 'bad.json': bad });
    expect(a.code).toBe(2);
    expect(a.err).toMatch(/city-1.*f9.*\[invalid_data\]/);
    const b = run(['validate', 'broken.json'], { 'broken.json': '{"version": 1,' });
    expect(b.code).toBe(2);
    expect(b.err).toMatch(/not valid JSON/);
    expect(run(['validate']).code).toBe(2);
  });
});

describe('scoring a share of a goal (达成率)', () => {
  // 1,150 / 1,500 = 76.67%: the annotation's share whose whole is the goal is the library's progress.
  it('counts the share checked through the relation that sets the flow against that goal, and the rate read right', () => {
    const text = '截至2025年9月末，全省普惠小微贷款较年初增加1,150亿元，完成全年新增目标1,500亿元的76.7%。';
    const base = { subject: '普惠小微贷款', indicator: 'inclusive-small-micro-loans-pboc', holder: 'text' };
    const figures = [
      { id: 'f1', text: '1,150亿元', value: '1150', unit: '亿元', measure: 'increment' as const, basis: 'ytd' as const, date: '2025-09-30', ...base },
      { id: 'f2', text: '1,500亿元', kind: 'target' as const, value: '1500', unit: '亿元', measure: 'increment' as const, basis: 'ytd' as const, date: '2025-12-31', ...base },
      { id: 'f3', text: '76.7%', value: '76.7', unit: '%', measure: 'share' as const, of: '全年目标', date: '2025-09-30', ...base },
    ];
    const relations = [{ id: 'r1', kind: 'share' as const, figures: { part: 'f1', whole: 'f2', share: 'f3' }, verdict: 'consistent' as const }];
    const report = validate({ version: 1 as const, passages: [{ id: 'p', genre: 'province', text, figures, relations }] });
    expect(report.total.relations).toEqual({ annotated: 1, checked: 1, right: 1 });
    expect([report.total.figures.claims, report.total.figures.right]).toEqual([2, 2]);
  });
});

describe('scoring a part of a whole', () => {
  const score = (subject: string) => {
    const text = '截至4月末，全市企事业单位贷款余额35348.2亿元。其中，中长期贷款余额24565亿元。';
    const base = { value: '24565', unit: '亿元', measure: 'balance' as const, date: 'Y-04-30', holder: 'text' };
    const figures = [{ id: 'f1', text: '24565亿元', subject, ...base }];
    return validate({ version: 1 as const, passages: [{ id: 'p', genre: 'city', text, figures, relations: [] }] }).total.figures.right;
  };
  it("counts the library's part (中长期 of 企事业单位贷款) right for words that name both, and only those", () => {
    expect(score('企事业单位中长期贷款')).toBe(1);
    expect(score('中长期贷款')).toBe(1);
    expect(score('工业中长期贷款')).toBe(0);
    expect(score('企事业单位贷款')).toBe(0);
  });
  it('counts an annotation of a whole and its part (subject 企事业单位贷款, part 中长期贷款) right for the library\'s part of that whole, and only that', () => {
    const text = '截至4月末，全市企事业单位贷款余额35348.2亿元。分期限看，中长期贷款余额24565亿元。';
    const scored = (part: string) => {
      const figures = [{ id: 'f1', text: '24565亿元', subject: '企事业单位贷款', part, value: '24565', unit: '亿元', measure: 'balance' as const, date: 'Y-04-30', holder: 'text' }];
      return validate({ version: 1 as const, passages: [{ id: 'p', genre: 'city', text, figures, relations: [] }] }).total.figures.right;
    };
    expect(scored('中长期贷款')).toBe(1);
    expect(scored('短期贷款')).toBe(0);
  });
});

describe('scoring a restatement', () => {
  it('counts an annotated pair checked when the library relates every statement of the quantity, three here', () => {
    const text = '全市绿色贷款余额1230.5亿元\n截至2025年6月末，全市绿色贷款余额1230.5亿元。\n6月末绿色贷款余额为1230.5亿元。';
    const figure = (id: string, occurrence: number) => ({ id, text: '1230.5亿元', occurrence, value: '1230.5', unit: '亿元', subject: '绿色贷款', indicator: 'green-loans', measure: 'balance' as const, date: '2025-06-30', holder: 'text' });
    const corpus = {
      version: 1 as const,
      passages: [{ id: 'p', genre: 'city', text, figures: [figure('f1', 1), figure('f2', 2), figure('f3', 3)], relations: [{ id: 'r1', kind: 'restatement' as const, figures: { a: 'f1', b: 'f2' }, verdict: 'consistent' as const }] }],
    };
    expect(validate(corpus).total.relations).toEqual({ annotated: 1, checked: 1, right: 1 });
  });

  // 56 − 37.4 = 18.6 and 37.4 / 18.6 = 201.1%: 200.6% holds within rounding (37.35 / 18.7 = 199.7%, 37.45 / 18.5 = 202.4%).
  it('counts a growth checked when the relation also takes in the headline restating its rate', () => {
    const text = '全省养老产业贷款同比增长超200%\n11月末，全省养老产业贷款余额56亿元，较上年同期多出37.4亿元，同比增长200.6%。';
    const base = { subject: '养老产业贷款', indicator: 'pension-industry-loans', date: 'Y-11-30', holder: 'text' };
    const figures = [
      { id: 'f1', text: '超200%', value: '200', unit: '%', qualifier: 'over' as const, measure: 'growth' as const, basis: 'yoy' as const, ...base },
      { id: 'f2', text: '56亿元', value: '56', unit: '亿元', measure: 'balance' as const, ...base },
      { id: 'f3', text: '37.4亿元', value: '37.4', unit: '亿元', measure: 'increment' as const, basis: 'yoy' as const, ...base },
      { id: 'f4', text: '200.6%', value: '200.6', unit: '%', measure: 'growth' as const, basis: 'yoy' as const, ...base },
    ];
    const relations = [{ id: 'r1', kind: 'growth' as const, figures: { current: 'f2', increment: 'f3', rate: 'f4' }, verdict: 'consistent' as const }];
    const report = validate({ version: 1 as const, passages: [{ id: 'p', genre: 'province', text, figures, relations }] });
    expect(report.total.relations).toEqual({ annotated: 1, checked: 1, right: 1 });
  });
});

describe('checkPassage', () => {
  const passage = { id: 'x', genre: 'C', title: '2024年度报告·科技金融', text: '报告期末，本行科技贷款余额421.6亿元。', figures: [], relations: [] };
  it('reads a passage under its title, with spans of its text', () => {
    const r = checkPassage(passage);
    expect(r.claims.map((c) => [c.figure.text, c.date, passage.text.slice(...(c.span as [number, number]))])).toEqual([['421.6亿元', '2024-12-31', '421.6亿元']]);
  });
  it('gives a text that opens with its title no second copy of it', () => {
    const r = checkPassage({ ...passage, title: '报告期末' });
    expect(r.claims.map((c) => c.date)).toEqual(['undated']);
  });
});
