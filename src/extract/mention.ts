import type { Figure } from '../figure/figure.js';
import type { AsOf } from './parseDate.js';

/** What a numeric mention in a text is. */
export type MentionKind = 'figure' | 'date' | 'period' | 'reference' | 'ordinal' | 'name' | 'document-number' | 'unreadable';

interface MentionBase {
  /**
   * [start, end) in the text given to `findMentions` — usually `normalizeText(t).text`,
   * whose `toOriginalSpan` maps it into the caller's text `t`.
   */
  readonly span: readonly [number, number];
  /** The text at `span`. */
  readonly text: string;
}

/** A stated figure: a value with its unit and qualifier. */
export interface FigureMention extends MentionBase {
  readonly kind: 'figure';
  /**
   * The figure as `parseFigure` read it. `figure.text` is the text it was read from,
   * which differs from `text` when a list shares its unit (6.47 in 分别为6.47和2.29万亿元
   * is read as "6.47万亿元") or a space stood before a Chinese unit. `figure.span` is `span`.
   */
  readonly figure: Figure;
  /** The unit this item took from the last item of its list ("万亿元" for 6.47 above). */
  readonly inheritedUnit?: string;
}

/** A date (a point in time: 2025年6月末, June 2025) or a period (a span: 上半年, 1—6月, 2023年度). */
export interface TimeMention extends MentionBase {
  readonly kind: 'date' | 'period';
  readonly reason: string;
  /** The date or period it names, when it can be resolved (a year left out needs `documentDate`). */
  readonly asOf?: AsOf;
}

/** A number that is not a figure, or a figure that cannot be read with confidence. */
export interface OtherMention extends MentionBase {
  readonly kind: 'reference' | 'ordinal' | 'name' | 'document-number' | 'unreadable';
  /** Why it is not a figure, in English. */
  readonly reason: string;
}

/** A numeric mention in a text. */
export type Mention = FigureMention | TimeMention | OtherMention;

/**
 * Whether a mention is a figure, as a type guard.
 *
 * @example
 * findMentions('余额2150亿元，截至6月末').filter(isFigureMention).map((m) => m.figure.unit.symbol) // ['亿元']
 */
export function isFigureMention(mention: Mention): mention is FigureMention {
  return typeof mention === 'object' && mention !== null && mention.kind === 'figure';
}
