import { z } from 'zod';
import { HUNDRED, ONE } from '../decimal/decimal.js';
import { type Figure } from '../figure/figure.js';
import { checkIntervalOfOptions, intervalOf, type IntervalOfOptions } from '../figure/intervalOf.js';
import { type ParseFigureOptions, parseFigure, parseFigureOptions } from '../figure/parseFigure.js';
import { stringArg } from '../errors/args.js';
import { parseWith } from './parse.js';
import { type Interval, add, divide, multiply, point, subtract } from '../interval/interval.js';
import { HolderSchema, type Holder, type Observation, ObservationSchema, holderKey, observationDate } from './observation.js';
import { IsoDateSchema } from './primitives.js';

/** The observations of one holder at one date. */
export const LoanPortfolioSchema = /* @__PURE__ */ z.strictObject({
  /** Whose figures they are. */
  holder: HolderSchema,
  /** The date they stand at. */
  date: IsoDateSchema,
  /** The observations. */
  observations: /* @__PURE__ */ z.array(ObservationSchema),
});
/**
 * The observations of one holder at one date, with what they imply.
 *
 * @interface
 */
export type LoanPortfolio = z.infer<typeof LoanPortfolioSchema>;

/** What an implication is: a start-of-year balance, a total from a share, the benchmark's growth from a gap … */
export type ImplicationKind =
  | 'start-of-year-balance'
  | 'year-earlier-balance'
  | 'increment'
  | 'growth'
  | 'total'
  | 'total-at-start'
  | 'share-at-start'
  | 'benchmark-growth'
  | 'total-growth-from-shares'
  | 'borrowers-at-start';

/** One thing the stated figures imply, as the interval of every value they allow. */
export interface Implication {
  /** The indicator whose figures imply it. */
  readonly indicator: string;
  /** What it is. */
  readonly kind: ImplicationKind;
  /** For a total or a benchmark: the indicator it is about (各项贷款). */
  readonly about?: string | undefined;
  /** The interval of every value the figures allow. */
  readonly value: Interval;
  /** In what unit `value` is: yuan, percent, percentage points or items. */
  readonly unit: 'yuan' | 'percent' | 'items';
  /** The observations it is computed from. */
  readonly from: readonly string[];
}

/** Options of {@link implications}: how figures become intervals, and how their text is read. */
export interface LoanPortfolioOptions extends IntervalOfOptions {
  /** How to read the figures' text (e.g. `billion: 'yi'` for a mistranslated summary). */
  readonly parse?: ParseFigureOptions;
}

/**
 * Gathers the observations of one holder at one date.
 *
 * @example
 * loanPortfolio(doc.observations, { region: '370700' }, '2025-06-30').observations.length // 27
 */
export function loanPortfolio(observations: readonly Observation[], holder: Holder, date: string): LoanPortfolio {
  parseWith(/* @__PURE__ */ z.array(ObservationSchema), observations, 'observations');
  stringArg('loanPortfolio', date, ['date']);
  const key = holderKey(holder);
  return {
    holder,
    date,
    observations: observations.filter((o) => holderKey(o.holder) === key && observationDate(o) === date),
  };
}

/**
 * What a portfolio's figures imply, with the calculators on intervals: start-of-year
 * balances from a balance and its increment or 较年初 rate, totals from shares, the
 * benchmark's growth from a gap, the growth of the total from a share and its change.
 *
 * @example
 * implications(loanPortfolio(obs, { region: '370700' }, '2025-06-30'))
 *   .find((i) => i.kind === 'benchmark-growth' && i.indicator === 'green-loans')?.value // [5.53, 5.55]
 */
export function implications(portfolio: LoanPortfolio, opts?: LoanPortfolioOptions): Implication[] {
  parseWith(LoanPortfolioSchema, portfolio, 'loan portfolio');
  const options = checkIntervalOfOptions('implications', opts) as LoanPortfolioOptions;
  if (options.parse !== undefined) parseFigureOptions(options.parse, ['options', 'parse'], 'implications');
  const out: Implication[] = [];
  const byIndicator = new Map<string, Observation[]>();
  for (const o of portfolio.observations) {
    const list = byIndicator.get(o.indicator) ?? [];
    list.push(o);
    byIndicator.set(o.indicator, list);
  }
  const read = (o: Observation): Interval => intervalOf(parseFigure(o.figure, options.parse) as Figure, options);
  const hundred = point(HUNDRED);
  const one = point(ONE);
  const rateFactor = (rate: Interval): Interval => add(one, divide(rate, hundred));

  for (const [indicator, list] of byIndicator) {
    const find = (measure: Observation['measure'], basis?: Observation['basis']): Observation | undefined =>
      list.find((o) => o.measure === measure && (basis === undefined || o.basis === basis) && !o.flow);
    const balance = find('balance');
    const added = find('increment', 'ytd');
    const ytd = find('growth', 'ytd');
    const yoy = find('growth', 'yoy');
    const shareNow = find('share');
    const shareUp = find('share-change', 'ytd');
    const gap = find('gap');
    const borrowers = find('borrowers');
    const borrowersUp = find('borrowers-growth', 'ytd');
    const push = (i: Omit<Implication, 'indicator'>): void => {
      out.push({ indicator, ...i });
    };

    let start: { value: Interval; from: string[] } | undefined;
    if (balance && added) {
      start = { value: subtract(read(balance), read(added)), from: [balance.id, added.id] };
      push({ kind: 'start-of-year-balance', value: start.value, unit: 'yuan', from: start.from });
      // increment / (balance − increment): each figure once would need a rewrite; 100 / (B/Δ − 1) is tight.
      push({
        kind: 'growth',
        value: divide(hundred, subtract(divide(read(balance), read(added)), one)),
        unit: 'percent',
        from: start.from,
      });
    } else if (balance && ytd) {
      start = { value: divide(read(balance), rateFactor(read(ytd))), from: [balance.id, ytd.id] };
      push({ kind: 'start-of-year-balance', value: start.value, unit: 'yuan', from: start.from });
      push({
        kind: 'increment',
        value: multiply(read(balance), subtract(one, divide(one, rateFactor(read(ytd))))),
        unit: 'yuan',
        from: start.from,
      });
    }
    if (balance && yoy) {
      push({ kind: 'year-earlier-balance', value: divide(read(balance), rateFactor(read(yoy))), unit: 'yuan', from: [balance.id, yoy.id] });
    }
    if (gap) {
      const rate = list.find((o) => o.measure === 'growth' && o.basis === gap.basis) ?? ytd ?? yoy;
      if (rate) {
        push({ kind: 'benchmark-growth', about: gap.benchmark, value: subtract(read(rate), read(gap)), unit: 'percent', from: [rate.id, gap.id] });
      }
    }
    if (balance && shareNow) {
      const total = divide(multiply(read(balance), hundred), read(shareNow));
      push({ kind: 'total', about: shareNow.of, value: total, unit: 'yuan', from: [balance.id, shareNow.id] });
      if (shareUp && start) {
        const shareStart = subtract(read(shareNow), read(shareUp));
        push({ kind: 'share-at-start', about: shareNow.of, value: shareStart, unit: 'percent', from: [shareNow.id, shareUp.id] });
        const totalStart = divide(multiply(start.value, hundred), shareStart);
        push({ kind: 'total-at-start', about: shareNow.of, value: totalStart, unit: 'yuan', from: [...start.from, shareNow.id, shareUp.id] });
        push({
          kind: 'total-growth-from-shares',
          about: shareNow.of,
          value: multiply(subtract(divide(total, totalStart), one), hundred),
          unit: 'percent',
          from: [...start.from, shareNow.id, shareUp.id],
        });
      }
    }
    if (borrowers && borrowersUp) {
      push({
        kind: 'borrowers-at-start',
        value: divide(read(borrowers), rateFactor(read(borrowersUp))),
        unit: 'items',
        from: [borrowers.id, borrowersUp.id],
      });
    }
  }
  return out;
}
