import type { Figure } from '../figure/figure.js';
import type { Basis, Measure } from '../domain/observation.js';

/** Where a claim was stated. */
export interface ClaimSource {
  readonly document?: string;
  readonly excerpt?: string;
  readonly paragraph?: number;
  /** [start, end) in the original text. */
  readonly span?: readonly [number, number];
}

/**
 * One stated figure with what it is about: the unit the checker works on. The
 * extractor makes claims from text; `claimsFromDocument` makes them from data.
 */
export interface Claim {
  readonly id: string;
  /** Indicator id from the catalog (green-loans, total-loans …). */
  readonly indicator: string;
  /** Who: 'region:370700', 'institution:psbc-weifang', or any stable key. */
  readonly holder: string;
  /** As-of date of a stock, or the end of the period of a flow (yyyy-MM-dd). */
  readonly date: string;
  readonly period?: { readonly from: string; readonly to: string };
  readonly measure: Measure;
  readonly basis?: Basis;
  /** For a gap: the benchmark indicator (各项贷款). */
  readonly benchmark?: string;
  /** The currency scope of the indicator itself when the text states it (人民币各项贷款). */
  readonly scope?: '人民币' | '本外币';
  /** The currency scope of the benchmark when the text states it. */
  readonly benchmarkScope?: '人民币' | '本外币';
  /** For a share: the whole. */
  readonly of?: string;
  /** A share of flows (new loans) rather than of balances. */
  readonly flow?: boolean;
  readonly figure: Figure;
  readonly source?: ClaimSource;
  /** The text is an English machine summary whose "billion yuan" renders 亿元. */
  readonly mistranslatedBillion?: boolean;
}
