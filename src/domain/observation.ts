import { z } from 'zod';
import { IdSchema, IsoDateSchema, PeriodSchema, FigureTextSchema } from './primitives.js';
import { RegionCodeSchema } from './region.js';
import { badArgument } from '../errors/args.js';

/**
 * What a figure measures. Stocks (balance, borrowers, ratio, interest-rate, count,
 * access-rate 获贷率) stand at a date; flows (increment, new-lending, cumulative, disbursed)
 * run over a period or since a basis. `cumulative` (累计发放, 累放) is gross lending and is
 * never comparable with a net `increment`. `rate-change` is the change of a figure's own
 * rate in points (比上年末高0.8个百分点), `flow-difference` the difference of two flows
 * (同比多增), `borrowers-increment` the change in a number of borrowers or accounts (较年初增加4,106户),
 * `restatement` the same amount in another currency (about $6.6 trillion),
 * `progress` how much of a goal a flow has reached, in percent (达成率, 已达全年目标的105%).
 */
export const MeasureSchema = /* @__PURE__ */ z.enum([
  'balance',
  'increment',
  'growth',
  'share',
  'share-change',
  'gap',
  'borrowers',
  'borrowers-growth',
  'borrowers-increment',
  'cumulative',
  'new-lending',
  'interest-rate',
  'count',
  'amount',
  'ratio',
  'credit-line',
  'disbursed',
  'rank',
  'average-growth',
  'rate-change',
  'flow-difference',
  'access-rate',
  'restatement',
  'multiple',
  'progress',
]);
/** What a figure measures: balance, increment, growth, share, share change, gap, count … */
export type Measure = z.infer<typeof MeasureSchema>;

/** The comparison base of a growth, increment or change: 较年初 (ytd), 同比 (yoy), 环比. */
export const BasisSchema = /* @__PURE__ */ z.enum(['ytd', 'yoy', 'mom', 'qoq']);
/** The basis of a growth or gap: since the start of the year (ytd), year on year (yoy), month on month, quarter on quarter. */
export type Basis = z.infer<typeof BasisSchema>;

/** Who a figure is about: a region or an institution. */
export const HolderSchema = /* @__PURE__ */ z.union([
  /* @__PURE__ */ z.strictObject({
    /** The GB/T 2260 code of the region. */
    region: RegionCodeSchema,
  }),
  /* @__PURE__ */ z.strictObject({
    /** The id of the institution. */
    institution: IdSchema,
  }),
]);
/** Whose figure it is: a region (by code) or an institution (by id). */
export type Holder = z.infer<typeof HolderSchema>;

/** Where a figure was stated: the document, the short excerpt carrying it, and where. */
export const SourceRefSchema = /* @__PURE__ */ z.strictObject({
  /** The document id, when it is not the one at hand. */
  document: /* @__PURE__ */ z.string().optional(),
  /** The exact words that state the figure. */
  excerpt: /* @__PURE__ */ z.string().min(1),
  /** 1-based index of the non-empty line of the document. */
  paragraph: /* @__PURE__ */ z.number().int().positive(),
  /** The original's reference mark, in machine summaries: "[21]". */
  ref: /* @__PURE__ */ z.string().optional(),
});
/**
 * Where a figure is stated: the exact excerpt and its paragraph.
 *
 * @interface
 */
export type SourceRef = z.infer<typeof SourceRefSchema>;

const NEEDS_BASIS = /* @__PURE__ */ new Set<Measure>(['growth', 'increment', 'share-change', 'borrowers-growth', 'borrowers-increment']);

/** One stated figure: indicator × holder × date or period × measure × figure × source. */
export const ObservationSchema = /* @__PURE__ */ z
  .strictObject({
    /** The observation id (001-green-balance-2025-06). */
    id: IdSchema,
    /** The indicator id. */
    indicator: IdSchema,
    /** Whose figure it is. */
    holder: HolderSchema,
    /** The date a stock stands at, yyyy-MM-dd. */
    date: /* @__PURE__ */ IsoDateSchema.optional(),
    /** The period a flow runs over. */
    period: /* @__PURE__ */ PeriodSchema.optional(),
    /** What it measures. */
    measure: MeasureSchema,
    /** The basis of a growth, increment or change. */
    basis: /* @__PURE__ */ BasisSchema.optional(),
    /** For a gap: the indicator whose rate it is measured against (各项贷款). */
    benchmark: /* @__PURE__ */ IdSchema.optional(),
    /** For a share: the whole it is a share of. */
    of: /* @__PURE__ */ IdSchema.optional(),
    /** A share of flows (new loans) rather than of stocks. */
    flow: /* @__PURE__ */ z.boolean().optional(),
    /** The figure as the text prints it. */
    figure: FigureTextSchema,
    /** The excerpt that states it. */
    source: SourceRefSchema,
    /** false when the text gives no as-of date and the paragraph's date was taken. */
    dateStated: /* @__PURE__ */ z.boolean().optional(),
    /** For an average growth: over how many years. */
    years: /* @__PURE__ */ z.number().int().positive().optional(),
    /** A remark. */
    note: /* @__PURE__ */ z.string().optional(),
  })
  .superRefine((o, ctx) => {
    if ((o.date === undefined) === (o.period === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'An observation has either a date (a stock) or a period (a flow)', path: ['date'] });
    }
    if (NEEDS_BASIS.has(o.measure) && o.basis === undefined) {
      ctx.addIssue({ code: 'custom', message: `A ${o.measure} needs its basis (ytd, yoy, …)`, path: ['basis'] });
    }
    if (o.measure === 'gap' && o.benchmark === undefined) {
      ctx.addIssue({ code: 'custom', message: 'A gap needs the benchmark it is measured against', path: ['benchmark'] });
    }
  });
/**
 * One stated figure of the dataset: indicator × holder × date × measure × figure × source.
 *
 * @interface
 */
export type Observation = z.infer<typeof ObservationSchema>;

/** The date an observation stands at: its date, or the end of its period. */
export function observationDate(o: Pick<Observation, 'date' | 'period'>): string {
  const date = typeof o === 'object' && o !== null ? (o.date ?? o.period?.to) : undefined;
  if (typeof date !== 'string') throw badArgument('observationDate', ['observation'], 'an observation with a date or a period { from, to }', o);
  return date;
}

/**
 * The key of a holder in claims: 'region:370700' or 'institution:psbc-weifang'.
 *
 * @example
 * holderKey({ region: '370700' }) // 'region:370700'
 */
export function holderKey(holder: Holder): string {
  const h = holder as Record<string, unknown> | null;
  if (typeof h !== 'object' || h === null || (typeof h['region'] !== 'string' && typeof h['institution'] !== 'string')) {
    throw badArgument('holderKey', ['holder'], 'a holder { region } or { institution }', holder);
  }
  return 'region' in holder ? `region:${holder.region}` : `institution:${holder.institution}`;
}
