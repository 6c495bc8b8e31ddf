import { z } from 'zod';

/**
 * The labelled-corpus format: texts annotated by hand with every figure they state and
 * every relation a careful reader would check. `validate` scores wupian on such a corpus;
 * wupian's own truth corpus (test/corpus/) is written in it. Values are decimal strings,
 * never JSON numbers.
 */

/** A decimal string, signed as the text means it: 低于…0.5个百分点 is "-0.5" for a gap. */
const SignedDecimalSchema = /* @__PURE__ */ z
  .string({ error: 'Expected a decimal string such as "46.80" or "-0.9", not a JSON number' })
  .regex(/^-?(?:\d+(?:\.\d+)?|\.\d+)$/, { message: 'Expected a decimal string such as "46.80" or "-0.9"' });

/**
 * A date as the text places it: yyyy-MM-dd, or relative to a year the text leaves unstated —
 * "Y-03-31" (this year's first quarter end), "Y-1-12-31" (last year's end), "Y+1-12-31".
 */
export const CorpusDateSchema = /* @__PURE__ */ z
  .string()
  .regex(/^(?:\d{4}|Y(?:[+-]\d{1,2})?)-\d{2}-\d{2}$/, { message: 'Expected yyyy-MM-dd or a year-relative date such as "Y-03-31" / "Y-1-12-31"' });

/** What an annotated figure measures, in the words of the domain. */
export const CorpusMeasureSchema = /* @__PURE__ */ z.enum([
  'balance', // a stock at a date (余额)
  'increment', // a change of a stock over its basis or period (较年初增加, 一季度增加)
  'growth', // a growth rate in % (同比增长, 较年初增长, 增速)
  'gap', // a rate less a benchmark's rate, in points (高于各项贷款增速…个百分点)
  'share', // a part over a whole in % (占…的比重)
  'share-change', // the change of a share, in points
  'rate-change', // the change of a figure's own rate, in points (比上年末高0.8个百分点)
  'flow-difference', // the difference of two flows (同比多增, 同比少增)
  'count', // a number of things (家, 户, 笔, 项 …)
  'borrowers', // a number of borrowers or accounts (贷款户数, 授信户数)
  'borrowers-growth', // the growth of such a number, in %
  'access-rate', // 获贷率
  'interest-rate', // an interest rate (new loans' average rate)
  'cumulative', // a gross flow (累计发放)
  'average-growth', // an average over years (年均增长)
  'multiple', // a multiple (是…的3.8倍)
  'restatement', // the same amount in another currency (about $6.6 trillion)
  'ratio', // a ratio (存贷比)
  'amount', // any other amount (a fund's size, a subsidy)
  'rank', // a rank (居全省第3位)
  'other',
]);
/** What an annotated figure measures. */
export type CorpusMeasure = z.infer<typeof CorpusMeasureSchema>;

/** The comparison base of a growth, increment or change; `period` for a flow over its own period. */
export const CorpusBasisSchema = /* @__PURE__ */ z.enum(['yoy', 'ytd', 'mom', 'qoq', 'period']);

/** How a stated figure bounds what it stands for (as `intervalOf` reads it). */
export const CorpusQualifierSchema = /* @__PURE__ */ z.enum(['exact', 'over', 'at-least', 'under', 'at-most', 'and-more', 'about']);

/** One figure of a passage as a careful reader reads it. */
export const CorpusFigureSchema = /* @__PURE__ */ z.strictObject({
  /** Unique within the passage: "f1", "f2" … */
  id: /* @__PURE__ */ z.string().min(1),
  /** The figure as printed, with its unit and qualifier words as they stand ("46.80万亿元", "超30亿元", "14.2"). */
  text: /* @__PURE__ */ z.string().min(1),
  /** Which occurrence of `text` in the passage, from 1. */
  occurrence: /* @__PURE__ */ z.number().int().positive().optional(),
  /** What a program should make of it: a claim to check (default), a goal, a fact no relation covers, or nothing (a trap). */
  kind: /* @__PURE__ */ z.enum(['claim', 'target', 'fact', 'none']).optional(),
  /** Its value in `unit`, signed as the text means it. */
  value: SignedDecimalSchema.optional(),
  /** The unit it is stated in, as printed or inherited from a list ("万亿元", "亿元", "%", "个百分点", "billion yuan", "户"). */
  unit: /* @__PURE__ */ z.string().optional(),
  qualifier: CorpusQualifierSchema.optional(),
  /** What it is about, in the text's words, scope words left out ("绿色贷款", "科技型中小企业贷款", "green loans"). */
  subject: /* @__PURE__ */ z.string().optional(),
  /** The indicator catalog's id when the catalog has the subject (green-loans, tech-sme-loans …). */
  indicator: /* @__PURE__ */ z.string().optional(),
  measure: CorpusMeasureSchema.optional(),
  basis: CorpusBasisSchema.optional(),
  /** As-of date of a stock, or end of the period of a flow. */
  date: CorpusDateSchema.optional(),
  period: /* @__PURE__ */ z.strictObject({ from: CorpusDateSchema, to: CorpusDateSchema }).optional(),
  /**
   * Who: "national", "text" (the text's own holder, never named), "region:<GB/T 2260 code>",
   * "bank:<name as printed>", "place:<name>" (a place without a code: a zone, a district group).
   */
  holder: /* @__PURE__ */ z.string().optional(),
  /** Currency or statistical scope when the text states it: 本外币, 人民币, 境内, 折合人民币, 普惠口径 … */
  scope: /* @__PURE__ */ z.string().optional(),
  /** A sub-population that makes this its own quantity (an industry, a purpose, a bank type, a region list item). */
  part: /* @__PURE__ */ z.string().optional(),
  /** For a gap: the benchmark in the text's words (各项贷款, 全国同期). */
  benchmark: /* @__PURE__ */ z.string().optional(),
  /** For a share: the whole in the text's words (各项贷款, 全部绿色贷款). */
  of: /* @__PURE__ */ z.string().optional(),
  note: /* @__PURE__ */ z.string().optional(),
});
/** One annotated figure. */
export type CorpusFigure = z.infer<typeof CorpusFigureSchema>;

/** The kinds of relation a careful reader checks, each with its roles (figure ids). */
export const CorpusRelationKindSchema = /* @__PURE__ */ z.enum([
  'growth', // rate = (current − base) / base × 100, base = current − increment when no base is stated
  'increment', // increment = current − base
  'share', // share = part / whole × 100
  'gap', // gap = rate − benchmark
  'implied-benchmark', // rates[i] − gaps[i] are one benchmark rate (and = benchmark when stated)
  'implied-whole', // parts[i] / shares[i] × 100 are one whole (and = whole when stated)
  'share-change', // change = after − before
  'rate-change', // change = after − before
  'sum', // total = Σ parts
  'part-le-whole', // part ≤ whole
  'restatement', // a and b state one quantity
  'flow-difference', // difference = current − previous
  'cagr', // rate = ((end / start)^(1 / years) − 1) × 100
  'multiple', // times = value / base
  'goal', // a goal against the outcome stated for its deadline
]);
/** A kind of relation between figures. */
export type CorpusRelationKind = z.infer<typeof CorpusRelationKindSchema>;

/** A relation between figures, with the verdict a careful reader gives it. */
export const CorpusRelationSchema = /* @__PURE__ */ z.strictObject({
  id: /* @__PURE__ */ z.string().min(1),
  kind: CorpusRelationKindSchema,
  /** Figure ids by role: { current: "f1", increment: "f2", rate: "f3" }, lists for rates/gaps/parts/shares. */
  figures: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.union([/* @__PURE__ */ z.string(), /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()).min(1)])),
  /** For cagr: the number of years. */
  years: /* @__PURE__ */ z.number().int().positive().optional(),
  /** The verdict from the printed digits: goals are met, missed or undecided. */
  verdict: /* @__PURE__ */ z.enum(['consistent', 'inconsistent', 'met', 'missed', 'undecided']),
  /**
   * For an inconsistent relation: what a good library should do — flag it, warn (a flow that
   * leaves out write-offs, a benchmark of another scope), or stay quiet (a methodology note,
   * overlapping categories, flow vs stock).
   */
  expect: /* @__PURE__ */ z.enum(['flag', 'warn', 'quiet']).optional(),
  note: /* @__PURE__ */ z.string().optional(),
});
/** One annotated relation. */
export type CorpusRelation = z.infer<typeof CorpusRelationSchema>;

/** One labelled text. */
export const CorpusPassageSchema = /* @__PURE__ */ z.strictObject({
  id: /* @__PURE__ */ z.string().min(1),
  /** The kind of text: for wupian's corpus one of PATTERNS.md's genres (A national … M messy); any label for yours. */
  genre: /* @__PURE__ */ z.string().min(1),
  /** dev: used while building; validation: kept apart, looked at only to report. */
  split: /* @__PURE__ */ z.enum(['dev', 'validation']).optional(),
  /** The document's title, when the text does not open with it (2024年度报告·科技金融): read as its first line. */
  title: /* @__PURE__ */ z.string().optional(),
  text: /* @__PURE__ */ z.string().min(1),
  /** What a caller would pass along with the text (most texts come with none). */
  options: /* @__PURE__ */ z
    .strictObject({
      documentDate: /* @__PURE__ */ z.iso.date().optional(),
      region: /* @__PURE__ */ z.string().optional(),
      billion: /* @__PURE__ */ z.enum(['billion', 'yi']).optional(),
    })
    .optional(),
  /** The templates it is shaped like and where its facts and figures come from. */
  basedOn: /* @__PURE__ */ z.string().optional(),
  figures: /* @__PURE__ */ z.array(CorpusFigureSchema),
  relations: /* @__PURE__ */ z.array(CorpusRelationSchema),
  note: /* @__PURE__ */ z.string().optional(),
});
/** One labelled text. */
export type CorpusPassage = z.infer<typeof CorpusPassageSchema>;

/** A labelled corpus: a version and its passages. */
export const CorpusSchema = /* @__PURE__ */ z.strictObject({
  version: /* @__PURE__ */ z.literal(1),
  description: /* @__PURE__ */ z.string().optional(),
  passages: /* @__PURE__ */ z.array(CorpusPassageSchema),
});
/** A labelled corpus. */
export type Corpus = z.infer<typeof CorpusSchema>;

/** The options of `checkText` a passage can ask for. */
export interface PassageOptions {
  /** The text's date, yyyy-MM-dd. */
  documentDate?: string;
  /** The GB/T 2260 code of the region the text is about. */
  region?: string;
  /** How "billion yuan" is read. */
  billion?: 'billion' | 'yi';
}

/**
 * The options a passage asks `checkText` to run with, without the ones it leaves out.
 *
 * @example
 * passageOptions({ options: { documentDate: '2025-08-15' } }) // { documentDate: '2025-08-15' }
 */
export function passageOptions(p: Pick<CorpusPassage, 'options'>): PassageOptions {
  const o = p.options ?? {};
  return {
    ...(o.documentDate !== undefined ? { documentDate: o.documentDate } : {}),
    ...(o.region !== undefined ? { region: o.region } : {}),
    ...(o.billion !== undefined ? { billion: o.billion } : {}),
  };
}

/** The roles of a relation kind. */
export interface RelationRoles {
  /** Roles every relation of the kind names. */
  readonly required: readonly string[];
  /** Roles it may name. */
  readonly optional?: readonly string[];
  /** Roles that take a list of figure ids. */
  readonly lists?: readonly string[];
}

/** The roles each relation kind takes: required, optional, and which are lists. */
export const RELATION_ROLES: Readonly<Record<CorpusRelationKind, RelationRoles>> = {
  growth: { required: ['current', 'rate'], optional: ['base', 'increment'] },
  increment: { required: ['current', 'base', 'increment'] },
  share: { required: ['part', 'whole', 'share'] },
  gap: { required: ['rate', 'benchmark', 'gap'] },
  'implied-benchmark': { required: ['rates', 'gaps'], optional: ['benchmark'], lists: ['rates', 'gaps'] },
  'implied-whole': { required: ['parts', 'shares'], optional: ['whole'], lists: ['parts', 'shares'] },
  'share-change': { required: ['before', 'after', 'change'] },
  'rate-change': { required: ['before', 'after', 'change'] },
  sum: { required: ['total', 'parts'], lists: ['parts'] },
  'part-le-whole': { required: ['part', 'whole'] },
  restatement: { required: ['a', 'b'] },
  'flow-difference': { required: ['current', 'previous', 'difference'] },
  cagr: { required: ['start', 'end', 'rate'] },
  multiple: { required: ['value', 'base', 'times'] },
  goal: { required: ['goal', 'outcome'] },
};
