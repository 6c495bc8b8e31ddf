import type { IntervalJSON } from '../interval/interval.js';
import type { TargetCheck } from './checkTargets.js';

export type Verdict = 'consistent' | 'consistent-within-rounding' | 'warning' | 'inconsistent' | 'unverifiable';

/** The check of one stated figure against what the other figures imply. */
export interface FigureCheck {
  readonly claim: string;
  readonly text: string;
  readonly verdict: Verdict;
  /** The interval the stated figure denotes. */
  readonly stated: IntervalJSON;
  /** What the other figures imply for it (null: nothing does). */
  readonly recomputed: IntervalJSON | null;
  /** The same with the other figures taken at their printed values, without rounding slack. */
  readonly recomputedExact: IntervalJSON | null;
  /** consistent-within-rounding: how far the exact recomputation lies outside the stated interval. */
  readonly margin?: string;
  /** Width of the recomputed interval over the width of the stated one: below 1, the check is sharper than the printing. */
  readonly strength?: string;
  readonly message: string;
}

export interface RelationResult {
  readonly id: string;
  readonly kind: string;
  readonly description: string;
  readonly claims: readonly string[];
  readonly verdict: Verdict;
  /** unverifiable: the quantities nothing determines. */
  readonly missing?: readonly string[];
}

export interface Suspect {
  readonly claim: string;
  readonly text: string;
  /** The interval it would have to lie in for the others to hold. */
  readonly wouldNeed: IntervalJSON | null;
  /** The nearest printed value that would be consistent, in the figure's own unit and decimals. */
  readonly nearest: string | null;
  /** Whether changing this figure alone makes every figure of the text agree (false: other figures pin it). */
  readonly alone: boolean;
}

export interface Explanation {
  readonly kind: 'misprint' | 'benchmark-scope' | 'basis' | 'magnitude-slip' | 'percent-vs-points' | 'mistranslated-unit' | 'official-flow' | 'series-break';
  /** Whether changing only this assumption makes the figures agree. */
  readonly resolves: boolean;
  readonly message: string;
}

/** A set of stated figures that cannot all be right. */
export interface Conflict {
  readonly id: string;
  readonly severity: 'inconsistent' | 'warning';
  readonly suspects: readonly Suspect[];
  readonly relations: readonly string[];
  /** A hidden quantity the figures imply two incompatible values for. */
  readonly disputed?: {
    readonly quantity: string;
    readonly sides: readonly { readonly via: string; readonly claims: readonly string[]; readonly interval: IntervalJSON }[];
    /** What the figures outside the conflict say of it, when they say something: the side it agrees with is the likelier. */
    readonly fromOtherFigures?: IntervalJSON;
  };
  /** Beyond rounding: how far apart the incompatible values are. */
  readonly distance?: string;
  readonly explanations: readonly Explanation[];
  readonly message: string;
}

/** Something worth knowing that is not a contradiction (a mistranslated unit, a gross flow). */
export interface Notice {
  readonly kind: 'mistranslated-unit' | 'gross-flow' | 'ambiguous' | 'unlinked';
  readonly claims: readonly string[];
  readonly message: string;
}

/** A numeric mention that is in no claim, goal or fact, with why. */
export interface UnparsedMention {
  readonly text: string;
  /** [start, end) in the text the caller passed. */
  readonly span: readonly [number, number];
  /** Why, as one of a closed set (see `UnparsedCode` in wupian/extract): what programs switch on. */
  readonly code?: string;
  /** Why, in English, for people. */
  readonly reason: string;
}

export interface ClaimSummary {
  readonly id: string;
  /** The catalog's indicator id, or `subject:<words>` for a subject the catalog does not know. */
  readonly indicator: string;
  /** The subject as the text words it. */
  readonly subject?: string;
  /** A sub-population that makes it its own quantity (an industry's green loans). */
  readonly part?: string;
  /** Its scope when the text states it (本外币, 人民币 …). */
  readonly scope?: string;
  readonly holder: string;
  /** yyyy-MM-dd; "Y-03-31" in a year the text leaves unstated; "undated" when it states no date. */
  readonly date: string;
  /** A flow's period. */
  readonly period?: { readonly from: string; readonly to: string };
  readonly measure: string;
  readonly basis?: string;
  readonly benchmark?: string;
  /** A gap to another holder's rate: that holder. */
  readonly benchmarkHolder?: string;
  readonly of?: string;
  readonly figure: { readonly text: string; readonly value: string; readonly unit: string; readonly decimals: number; readonly qualifier: string };
  readonly span?: readonly [number, number];
  readonly excerpt?: string;
}

/** A figure read but not checked: a policy parameter, a case-study fact, a count. */
export interface FactSummary {
  readonly id: string;
  readonly context: 'policy' | 'case' | 'other';
  readonly about: string;
  readonly holder: string;
  readonly date?: string;
  readonly figure: ClaimSummary['figure'];
  readonly span?: readonly [number, number];
  readonly excerpt?: string;
}

/** The report: plain data that serialises to JSON. */
export interface Report {
  readonly source?: string;
  readonly claims: readonly ClaimSummary[];
  readonly checks: readonly FigureCheck[];
  readonly relations: readonly RelationResult[];
  readonly conflicts: readonly Conflict[];
  readonly notices: readonly Notice[];
  /** Goals set against what the text states of the same quantity by their deadline. */
  readonly targets: readonly TargetCheck[];
  /** Figures read but not checked (policy parameters, case-study facts, counts). */
  readonly facts: readonly FactSummary[];
  readonly unparsed: readonly UnparsedMention[];
  readonly counts: {
    readonly claims: number;
    readonly relations: number;
    readonly consistent: number;
    readonly consistentWithinRounding: number;
    readonly warnings: number;
    readonly inconsistent: number;
    readonly unverifiable: number;
    readonly conflicts: number;
    readonly unparsed: number;
    readonly targets: number;
    readonly targetsMet: number;
    readonly targetsMissed: number;
    readonly facts: number;
  };
  /** True when no relation is inconsistent. */
  readonly ok: boolean;
}
