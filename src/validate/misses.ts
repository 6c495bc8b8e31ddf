import type { PassageScore } from './score.js';

/** One thing a passage's annotation has that wupian did not get right. */
export interface Miss {
  /** The passage's id. */
  readonly passage: string;
  /** The passage's split. */
  readonly split: 'dev' | 'validation';
  /** The annotated figure, when the miss is a figure's. */
  readonly figure?: string;
  /** The figure as printed, or the relation's id, or '-' for the passage. */
  readonly text: string;
  /** What went wrong, in a sentence: "not read: no_indicator …", "read wrong: date", "relation gap not checked". */
  readonly what: string;
}

/**
 * Every miss of scored passages: figures not read or read wrong, traps read as claims, goals
 * not read as goals, relations not checked or given another verdict, false alarms.
 *
 * @example
 * missesOf(validate(corpus).passages)[0]
 * // { passage: 'B-004', split: 'dev', figure: 'f3', text: '12.5%', what: 'read wrong: date' }
 */
export function missesOf(scored: readonly PassageScore[]): Miss[] {
  const out: Miss[] = [];
  for (const p of scored) {
    for (const f of p.figures) {
      const base = { passage: p.id, split: p.split, figure: f.id, text: f.text };
      if (f.kind === 'claim' && f.placement !== 'claim') {
        out.push({ ...base, what: f.unparsed ? `not read: ${f.unparsed.code ?? ''} ${f.unparsed.reason}`.replace(/\s+/g, ' ') : `not read (${f.placement})` });
      } else if (f.kind === 'claim' && !f.right) out.push({ ...base, what: `read wrong: ${f.wrong.join(', ')}` });
      else if ((f.kind === 'none' || f.kind === 'fact') && f.placement === 'claim') out.push({ ...base, what: `a ${f.kind === 'none' ? 'trap' : 'fact'} read as a claim` });
      else if (f.kind === 'target' && f.placement !== 'target') out.push({ ...base, what: `goal not read as a target (${f.placement})` });
    }
    for (const r of p.relations) {
      if (!r.checked) out.push({ passage: p.id, split: p.split, text: r.id, what: `relation ${r.kind} not checked${r.unread.length ? ` (unread: ${r.unread.join(', ')})` : ''}` });
      else if (!r.right) out.push({ passage: p.id, split: p.split, text: r.id, what: `relation ${r.kind}: expected ${r.expected}${r.expect ? `/${r.expect}` : ''}, wupian says ${r.library}` });
    }
    if (p.falseAlarm) out.push({ passage: p.id, split: p.split, text: '-', what: 'FALSE ALARM on a consistent passage' });
  }
  return out;
}
