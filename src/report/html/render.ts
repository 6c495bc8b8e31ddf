import type { Lang } from '../../check/messages.js';
import type { ClaimSummary, Conflict, FactSummary, FigureCheck, RelationResult, Report, UnparsedMention, Verdict } from '../../check/report.js';
import type { TargetCheck } from '../../check/checkTargets.js';
import { isUnreadFigure } from '../../check/unparsed.js';
import { REPORT_SCRIPT } from './client.js';
import { type DisplayUnit, escapeHtml, formatIntervalIn, formatValueIn, unitOf, unitOfQuantity } from './format.js';
import { type Labels, MARKS, type Mark, SYMBOL, labels } from './i18n.js';
import { type Misplaced, type Placement, locate } from './locate.js';
import { type PlotRow, numberLine } from './plot.js';
import { REPORT_CSS } from './style.js';

export interface HtmlReportOptions {
  /** Language of the page's own words (the report's messages are in the language it was made in). Default 'en'. */
  readonly lang?: Lang;
  /** The page's title and heading; default: the report's `source`, else "wupian report". */
  readonly title?: string;
  /** Names to show for indicator ids (green-loans → 绿色贷款), such as `indicatorNames()` of wupian/extract gives. */
  readonly indicatorNames?: Readonly<Record<string, string>>;
}

export interface HtmlSectionOptions extends HtmlReportOptions {
  /** Prefix of every element id of the section, unique in its page (letters, digits, '-'). Default 'r1'. */
  readonly id?: string;
  /** Heading level of the section's title: 1 for a page of one report, 2 under a page heading. Default 1. */
  readonly level?: 1 | 2;
}

type Item =
  | { readonly kind: 'claim'; readonly claim: ClaimSummary; readonly mark: Mark }
  | { readonly kind: 'fact'; readonly fact: FactSummary }
  | { readonly kind: 'unparsed'; readonly mention: UnparsedMention };

const VERDICT_MARK: Readonly<Record<Verdict, Mark>> = {
  inconsistent: 'inconsistent',
  warning: 'warning',
  unverifiable: 'unverifiable',
  'consistent-within-rounding': 'consistent-within-rounding',
  consistent: 'consistent',
};

function markOf(item: Item): Mark {
  return item.kind === 'claim' ? item.mark : item.kind === 'fact' ? 'fact' : 'unparsed';
}

function worst(marks: readonly Mark[]): Mark {
  return MARKS.find((m) => marks.includes(m)) ?? 'unparsed';
}

function textOf(item: Item): string {
  return item.kind === 'claim' ? item.claim.figure?.text : item.kind === 'fact' ? item.fact.figure?.text : item.mention.text;
}

// Arrays of a report read from JSON may be missing: a page shows what there is.
function list<T>(x: readonly T[] | undefined | null): readonly T[] {
  return Array.isArray(x) ? x : [];
}

function safeId(x: string): string {
  return x.replace(/[^A-Za-z0-9_-]/g, '_');
}

function chip(mark: Mark, l: Labels, text = l.mark[mark]): string {
  return `<span class="wp-chip wp-m-${mark}"><span class="wp-sym" aria-hidden="true">${SYMBOL[mark]}</span> ${escapeHtml(text)}</span>`;
}

const GOAL_SYMBOL: Readonly<Record<string, { symbol: string; mark: Mark }>> = {
  met: { symbol: '✓', mark: 'consistent' },
  missed: { symbol: '✗', mark: 'inconsistent' },
  undecided: { symbol: '≈', mark: 'consistent-within-rounding' },
  pending: { symbol: '…', mark: 'fact' },
  unverifiable: { symbol: '?', mark: 'unverifiable' },
};

/** Everything the section needs, read once from the report. */
class Context {
  readonly l: Labels;
  readonly lang: Lang;
  readonly sid: string;
  readonly claims = new Map<string, ClaimSummary>();
  readonly checks = new Map<string, FigureCheck>();
  readonly relationsOf = new Map<string, RelationResult[]>();
  readonly conflictsOf = new Map<string, { conflict: Conflict; n: number }[]>();
  readonly names: Readonly<Record<string, string>>;
  /** Claim id → id of its mark in the text, when it is located. */
  readonly markId = new Map<string, string>();

  constructor(
    readonly report: Report,
    options: HtmlSectionOptions,
  ) {
    this.lang = options.lang === 'zh' ? 'zh' : 'en';
    this.l = labels(this.lang);
    this.sid = safeId(options.id ?? 'r1');
    this.names = options.indicatorNames ?? {};
    for (const c of list(report.claims)) this.claims.set(c.id, c);
    for (const c of list(report.checks)) this.checks.set(c.claim, c);
    for (const r of list(report.relations)) for (const id of list(r.claims)) this.relationsOf.set(id, [...(this.relationsOf.get(id) ?? []), r]);
    list(report.conflicts).forEach((conflict, i) => {
      const ids = new Set<string>([...list(conflict.suspects).map((s) => s.claim), ...list(conflict.disputed?.sides).flatMap((s) => list(s.claims))]);
      for (const id of ids) this.conflictsOf.set(id, [...(this.conflictsOf.get(id) ?? []), { conflict, n: i + 1 }]);
    });
  }

  /** The figure's own verdict (`checks`); a claim in no relation has none and cannot be verified. */
  ownMark(id: string): Mark {
    const verdict = this.checks.get(id)?.verdict;
    return (verdict && VERDICT_MARK[verdict]) ?? 'unverifiable';
  }

  /**
   * How the figure is marked in the text: a suspect of a contradiction is marked
   * inconsistent (of a warning, at least warning) even where its own check agrees —
   * a figure pinned by others is still one of a set that cannot all be right.
   */
  claimMark(id: string): Mark {
    const own = this.ownMark(id);
    const severities = (this.conflictsOf.get(id) ?? []).filter(({ conflict }) => list(conflict.suspects).some((s) => s.claim === id)).map(({ conflict }) => conflict.severity);
    return worst([own, ...severities.map((s): Mark => (s === 'warning' ? 'warning' : 'inconsistent'))]);
  }

  conflictId(conflict: Conflict, n: number): string {
    return `${this.sid}-${safeId(conflict.id ?? `conflict-${n}`)}`;
  }

  figureText(id: string): string {
    return this.claims.get(id)?.figure?.text ?? id;
  }

  unit(id: string): DisplayUnit {
    const c = this.claims.get(id);
    return unitOf(c?.figure?.unit);
  }

  subject(indicator: string): string {
    const name = this.names[indicator];
    return name ? `${escapeHtml(name)} <code>${escapeHtml(indicator)}</code>` : `<code>${escapeHtml(indicator)}</code>`;
  }

  /** A link to a claim's mark in the text, or its figure as plain text when it is not located. */
  figureLink(id: string): string {
    const m = this.markId.get(id);
    const text = escapeHtml(this.figureText(id));
    return m ? `<a href="#${m}" class="wp-figlink">${text}</a>` : text;
  }
}

function intervalSpan(x: Parameters<typeof formatIntervalIn>[0], unit: DisplayUnit, cls = 'wp-iv'): string {
  const lo = x && typeof x === 'object' ? x.lo : null;
  const hi = x && typeof x === 'object' ? x.hi : null;
  return `<span class="${cls} wp-num" data-lo="${escapeHtml(lo ?? '')}" data-hi="${escapeHtml(hi ?? '')}">${escapeHtml(formatIntervalIn(x, unit))}</span>`;
}

function claimDetails(ctx: Context, claim: ClaimSummary): string {
  const { l } = ctx;
  const mark = ctx.claimMark(claim.id);
  const check = ctx.checks.get(claim.id);
  const unit = ctx.unit(claim.id);
  const rows: [string, string][] = [
    [l.subject, ctx.subject(claim.indicator)],
    [l.holder, escapeHtml(claim.holder)],
    [l.date, escapeHtml(claim.date)],
    [l.measure, escapeHtml(`${claim.measure}${claim.basis ? ` (${claim.basis})` : ''}`)],
  ];
  if (claim.benchmark) rows.push([l.benchmark, ctx.subject(claim.benchmark)]);
  if (claim.of) rows.push([l.of, ctx.subject(claim.of)]);
  rows.push([l.value, `<data class="wp-value wp-num" value="${escapeHtml(claim.figure?.value)}">${escapeHtml(formatValueIn(claim.figure?.value, unit, claim.figure?.decimals))}</data>`]);
  if (ctx.ownMark(claim.id) !== mark) rows.push([l.ownCheck, chip(ctx.ownMark(claim.id), l)]);
  if (check) {
    rows.push([l.interval, intervalSpan(check.stated, unit, 'wp-iv wp-stated')]);
    if (check.recomputed) rows.push([l.recomputed, intervalSpan(check.recomputed, unit, 'wp-iv wp-recomputed')]);
    if (check.recomputedExact) rows.push([l.recomputedExact, intervalSpan(check.recomputedExact, unit, 'wp-iv wp-exact')]);
    if (check.margin) rows.push([l.margin, `<span class="wp-num">${escapeHtml(check.margin)}</span>`]);
  }
  const parts = [
    `<section class="wp-item" data-claim="${escapeHtml(claim.id)}">`,
    `<h3>${escapeHtml(claim.figure?.text)} ${chip(mark, l)}</h3>`,
    `<dl class="wp-dl">${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join('')}</dl>`,
  ];
  if (check?.message) parts.push(`<p class="wp-msg">${escapeHtml(check.message)}</p>`);
  const conflicts = ctx.conflictsOf.get(claim.id) ?? [];
  if (conflicts.length > 0) {
    parts.push(`<h4>${escapeHtml(l.inConflict)}</h4><ul>`);
    for (const { conflict, n } of conflicts) {
      const suspect = list(conflict.suspects).find((s) => s.claim === claim.id);
      const name = conflict.severity === 'warning' ? l.warningConflict(n) : l.conflict(n);
      const need = suspect?.wouldNeed ? ` — ${escapeHtml(l.wouldNeed)} ${intervalSpan(suspect.wouldNeed, unit, 'wp-iv wp-need')}` : '';
      const nearest = suspect?.nearest ? `, ${escapeHtml(l.nearest)} <span class="wp-num">${escapeHtml(suspect.nearest)}</span>` : '';
      parts.push(`<li><a href="#${ctx.conflictId(conflict, n)}">${escapeHtml(name)}</a>${need}${nearest}</li>`);
    }
    parts.push('</ul>');
  }
  const relations = ctx.relationsOf.get(claim.id) ?? [];
  parts.push(`<h4>${escapeHtml(l.relations)} (${relations.length})</h4>`);
  if (relations.length === 0) parts.push(`<p>${escapeHtml(l.noRelation)}</p>`);
  else {
    parts.push('<ul class="wp-relations">');
    for (const r of relations) {
      const others = list(r.claims).filter((id) => id !== claim.id);
      const m = VERDICT_MARK[r.verdict] ?? 'unverifiable';
      parts.push(
        `<li data-relation="${escapeHtml(r.id)}">${chip(m, l)} ${escapeHtml(r.description)}${others.length > 0 ? ` — ${others.map((id) => ctx.figureLink(id)).join(', ')}` : ''}</li>`,
      );
    }
    parts.push('</ul>');
  }
  parts.push('</section>');
  return parts.join('');
}

function factDetails(ctx: Context, fact: FactSummary): string {
  const { l } = ctx;
  const unit = unitOf(fact.figure?.unit);
  const rows: [string, string][] = [
    [l.about, escapeHtml(fact.about)],
    [l.context, escapeHtml(l.factContext[fact.context] ?? fact.context)],
    [l.holder, escapeHtml(fact.holder)],
  ];
  if (fact.date) rows.push([l.date, escapeHtml(fact.date)]);
  rows.push([l.value, `<data class="wp-value wp-num" value="${escapeHtml(fact.figure?.value)}">${escapeHtml(formatValueIn(fact.figure?.value, unit, fact.figure?.decimals))}</data>`]);
  return (
    `<section class="wp-item" data-fact="${escapeHtml(fact.id)}"><h3>${escapeHtml(fact.figure?.text)} ${chip('fact', l)}</h3>` +
    `<dl class="wp-dl">${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join('')}</dl><p class="wp-msg">${escapeHtml(l.markHelp.fact)}.</p></section>`
  );
}

// A report read from JSON may hold anything: a mention without a reason is shown, not judged.
function isUnreadMention(u: UnparsedMention): boolean {
  return typeof u !== 'object' || u === null || typeof u.reason !== 'string' || isUnreadFigure(u);
}

function unparsedDetails(ctx: Context, u: UnparsedMention): string {
  const { l } = ctx;
  return `<section class="wp-item" data-unparsed=""><h3>${escapeHtml(u.text)} ${chip('unparsed', l)}</h3><dl class="wp-dl"><dt>${escapeHtml(l.reason)}</dt><dd class="wp-reason">${escapeHtml(u.reason)}</dd></dl></section>`;
}

function details(ctx: Context, item: Item): string {
  return item.kind === 'claim' ? claimDetails(ctx, item.claim) : item.kind === 'fact' ? factDetails(ctx, item.fact) : unparsedDetails(ctx, item.mention);
}

function renderText(ctx: Context, text: string, placed: readonly Placement<Item>[]): { html: string; templates: string } {
  const { l, sid } = ctx;
  let at = 0;
  const out: string[] = [];
  const templates: string[] = [];
  placed.forEach((p, i) => {
    out.push(escapeHtml(text.slice(at, p.start)));
    const mark = worst(p.items.map(markOf));
    const claims = p.items.filter((x): x is Extract<Item, { kind: 'claim' }> => x.kind === 'claim').map((x) => x.claim.id);
    const conflicts = [...new Set(claims.flatMap((id) => (ctx.conflictsOf.get(id) ?? []).map(({ conflict, n }) => ({ id: ctx.conflictId(conflict, n), n }))).map((x) => JSON.stringify(x)))].map(
      (x) => JSON.parse(x) as { id: string; n: number },
    );
    const id = `${sid}-m-${i + 1}`;
    for (const c of claims) if (!ctx.markId.has(c)) ctx.markId.set(c, id);
    const figure = text.slice(p.start, p.end);
    const label = l.details(figure, p.items.length > 1 ? [...new Set(p.items.map((x) => l.mark[markOf(x)]))].join(', ') : l.mark[mark]);
    const note = conflicts.length > 0 ? `<sup>${conflicts.map((c) => c.n).join(',')}</sup>` : '';
    out.push(
      `<mark class="wp-fig wp-m-${mark}" id="${id}" tabindex="0" role="button" aria-haspopup="dialog" aria-expanded="false" aria-controls="wp-pop" aria-label="${escapeHtml(label)}"` +
        ` data-mark="${mark}" data-details="${id}-d"${claims.length > 0 ? ` data-claims="${escapeHtml(claims.join(' '))}"` : ''}` +
        `${p.items.some((x) => x.kind === 'fact') ? ` data-facts="${escapeHtml(p.items.flatMap((x) => (x.kind === 'fact' ? [x.fact.id] : [])).join(' '))}"` : ''}` +
        `${conflicts.length > 0 ? ` data-conflicts="${escapeHtml(conflicts.map((c) => c.id).join(' '))}"` : ''}>` +
        `${escapeHtml(figure)}<span class="wp-sym" aria-hidden="true">${SYMBOL[mark]}${note}</span></mark>`,
    );
    at = p.end;
  });
  out.push(escapeHtml(text.slice(at)));
  // Templates after the marks are numbered, so that links between figures resolve.
  placed.forEach((p, i) => templates.push(`<template id="${sid}-m-${i + 1}-d">${p.items.map((x) => details(ctx, x)).join('')}</template>`));
  return { html: out.join(''), templates: templates.join('') };
}

function renderConflict(ctx: Context, conflict: Conflict, n: number): string {
  const { l } = ctx;
  const id = ctx.conflictId(conflict, n);
  const warn = conflict.severity === 'warning';
  const name = warn ? l.warningConflict(n) : l.conflict(n);
  const suspects = list(conflict.suspects);
  const involved = [...new Set([...suspects.map((s) => s.claim), ...list(conflict.disputed?.sides).flatMap((s) => list(s.claims))])];
  const parts = [
    `<article class="wp-conflict${warn ? ' wp-warn' : ''}" id="${id}" aria-labelledby="${id}-h" data-conflict="${escapeHtml(conflict.id)}">`,
    `<h3 id="${id}-h">${chip(warn ? 'warning' : 'inconsistent', l, name)}</h3>`,
    `<p class="wp-msg">${escapeHtml(conflict.message)}</p>`,
    `<p><button type="button" class="wp-show" data-wp-conflict="${id}" aria-pressed="false">${escapeHtml(l.showInText)}</button></p>`,
    `<p>${involved.map((c) => ctx.figureLink(c)).join(' · ')}</p>`,
  ];
  const disputed = conflict.disputed;
  if (disputed) {
    const money = suspects.map((s) => ctx.claims.get(s.claim)?.figure?.unit).find((u) => u !== undefined && /元|yuan/.test(u));
    const unit = unitOfQuantity(disputed.quantity, money ? unitOf(money) : undefined, ctx.lang);
    const rows: PlotRow[] = list(disputed.sides).map((s) => ({ label: l.via(list(s.claims).map((c) => ctx.figureText(c)).join(' & ')), interval: s.interval, kind: 'implied' }));
    if (disputed.fromOtherFigures) rows.push({ label: l.fromOtherFigures, interval: disputed.fromOtherFigures, kind: 'context' });
    parts.push(`<h4>${escapeHtml(l.disputed)}: ${escapeHtml(disputed.quantity)}</h4>`);
    parts.push(numberLine(l.plotOf(disputed.quantity), rows, unit, `${id}-plot`));
    parts.push('<ul class="wp-sides">');
    for (const s of list(disputed.sides)) {
      parts.push(`<li>${intervalSpan(s.interval, unit, 'wp-iv wp-side')} — ${escapeHtml(s.via)} (${list(s.claims).map((c) => ctx.figureLink(c)).join(', ')})</li>`);
    }
    if (disputed.fromOtherFigures) parts.push(`<li>${intervalSpan(disputed.fromOtherFigures, unit, 'wp-iv wp-others')} — ${escapeHtml(l.fromOtherFigures)}</li>`);
    parts.push('</ul>');
    if (conflict.distance) parts.push(`<p>${escapeHtml(l.distance)}: <strong class="wp-num wp-distance">${escapeHtml(conflict.distance)}${escapeHtml(unit.suffix)}</strong></p>`);
  }
  if (suspects.length > 0) {
    parts.push(`<h4>${escapeHtml(l.suspects)}</h4><div class="wp-scroll"><table class="wp-suspects"><thead><tr>`);
    parts.push([l.figure, l.stated, l.wouldNeed, l.nearest, l.alone].map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join(''));
    parts.push('</tr></thead><tbody>');
    for (const s of suspects) {
      const unit = ctx.unit(s.claim);
      const stated = ctx.checks.get(s.claim)?.stated;
      parts.push(
        `<tr data-claim="${escapeHtml(s.claim)}"><th scope="row">${chip(ctx.claimMark(s.claim), ctx.l, '')}${ctx.figureLink(s.claim)}</th><td>${intervalSpan(stated, unit, 'wp-iv wp-stated')}</td>` +
          `<td>${intervalSpan(s.wouldNeed, unit, 'wp-iv wp-need')}</td><td class="wp-num wp-nearest">${escapeHtml(s.nearest ?? '—')}</td><td>${escapeHtml(s.alone ? l.aloneYes : l.aloneNo)}</td></tr>`,
      );
    }
    parts.push('</tbody></table></div><div class="wp-plots">');
    suspects.forEach((s, i) => {
      const unit = ctx.unit(s.claim);
      const text = ctx.figureText(s.claim);
      const rows: PlotRow[] = [
        { label: l.statedRow(text), interval: ctx.checks.get(s.claim)?.stated, kind: 'stated' },
        { label: l.needRow, interval: s.wouldNeed, kind: 'implied' },
      ];
      parts.push(numberLine(l.plotSuspect(text), rows, unit, `${id}-s${i + 1}`));
    });
    parts.push('</div>');
  }
  const explanations = list(conflict.explanations);
  if (explanations.length > 0) {
    parts.push(`<h4>${escapeHtml(l.explanations)}</h4><ul class="wp-explanations">`);
    for (const e of explanations) {
      parts.push(
        `<li data-kind="${escapeHtml(e.kind)}" data-resolves="${e.resolves ? 'true' : 'false'}"><span class="wp-sym" aria-hidden="true">${e.resolves ? '✓' : '✗'}</span> <strong>${escapeHtml(e.resolves ? l.resolves : l.doesNotResolve)}:</strong> ${escapeHtml(e.message)}</li>`,
      );
    }
    parts.push('</ul>');
  }
  parts.push('</article>');
  return parts.join('');
}

function renderGoals(ctx: Context, targets: readonly TargetCheck[]): string {
  const { l } = ctx;
  const rows = targets.map((t) => {
    const unit = unitOf(undefined, t.text);
    const g = GOAL_SYMBOL[t.status] ?? { symbol: '?', mark: 'unverifiable' as Mark };
    const outcome = t.outcome
      ? `${intervalSpan(t.outcome.interval, unit)} (${escapeHtml(t.outcome.date)}; ${list(t.outcome.claims).map((c) => ctx.figureLink(c)).join(', ')})`
      : '—';
    return (
      `<tr data-target="${escapeHtml(t.target)}" data-status="${escapeHtml(t.status)}"><td>${escapeHtml(t.about)}</td><td>${intervalSpan(t.goal, unit)}</td><td class="wp-num">${escapeHtml(t.deadline)}</td>` +
      `<td><span class="wp-chip wp-m-${g.mark}"><span class="wp-sym" aria-hidden="true">${g.symbol}</span> ${escapeHtml(l.goalStatus[t.status] ?? t.status)}</span></td><td>${outcome}</td><td>${escapeHtml(t.message)}</td></tr>`
    );
  });
  return (
    `<div class="wp-scroll"><table class="wp-goals"><thead><tr>${[l.goal, l.interval, l.deadline, l.status, l.outcome, '']
      .map((h) => `<th scope="col">${escapeHtml(h)}</th>`)
      .join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`
  );
}

function misplacedLine(ctx: Context, m: Misplaced<Item>, text: string): string {
  const { l } = ctx;
  const problem = m.problem === 'no-span' ? l.noSpan : m.problem === 'outside' ? l.outside : l.overlapping(m.other ? `“${text.slice(m.other.start, m.other.end)}” [${m.other.start}, ${m.other.end})` : '?');
  const item = m.item;
  const span = item.kind === 'claim' ? item.claim.span : item.kind === 'fact' ? item.fact.span : item.mention.span;
  const what = item.kind === 'claim' ? `${item.claim.id} · ${item.claim.indicator}` : item.kind === 'fact' ? `${item.fact.id} · ${item.fact.about}` : item.mention.reason;
  return `<li data-misplaced="${escapeHtml(m.problem)}">${chip(markOf(item), l, textOf(item) ?? '')} ${escapeHtml(what)} — ${escapeHtml(problem)}${Array.isArray(span) ? ` <code>${escapeHtml(JSON.stringify(span))}</code>` : ''}</li>`;
}

/**
 * One report as a section of HTML: a summary (counts by verdict, worst first), the
 * contradictions with their suspects, explanations and number lines, the text with
 * every figure marked by its verdict (colour, line and symbol), the goals, the notices,
 * and folded lists of every figure and every number not read. Each figure's details
 * (claim, intervals, relations, contradictions) sit in a `<template>` that the page's
 * script shows when the figure is focused or clicked.
 *
 * It is built from the plain report alone — as `checkText` returns it and
 * `wupian check --json` prints it — and the text it was made from: figures are placed
 * by their `span`s, offsets into that text. A span outside the text, malformed or
 * overlapping another is listed under "Figures not located" instead of highlighted.
 * Every string of the report is escaped.
 *
 * @example
 * const report = checkText(text, { region: '370700' });
 * const html = renderReportSection(report, text, { lang: 'zh', id: 'r1' });
 * html.includes('data-claims="c25"') // true: 13.36% is marked
 */
export function renderReportSection(report: Report, text: string | undefined, options: HtmlSectionOptions = {}): string {
  const ctx = new Context(report, options);
  const { l, sid } = ctx;
  const level = options.level ?? 1;
  const title = options.title ?? report.source ?? l.title;
  const items: { item: Item; span: unknown }[] = [
    ...list(report.claims).map((claim) => ({ item: { kind: 'claim', claim, mark: ctx.claimMark(claim.id) } as Item, span: claim.span })),
    ...list(report.facts).map((fact) => ({ item: { kind: 'fact', fact } as Item, span: fact.span })),
    // Dates, list numbers and names are no figures: only the figures not read are marked ∅.
    ...list(report.unparsed)
      .filter(isUnreadMention)
      .map((mention) => ({ item: { kind: 'unparsed', mention } as Item, span: mention.span })),
  ];
  const source = typeof text === 'string' ? text : '';
  const { placed, misplaced } = typeof text === 'string' ? locate(items, source.length) : { placed: [], misplaced: [] as Misplaced<Item>[] };
  // The text first: it numbers the marks the conflicts and goals link to.
  const body = renderText(ctx, source, placed);

  const counts = new Map<Mark, number>();
  for (const { item } of items) counts.set(markOf(item), (counts.get(markOf(item)) ?? 0) + 1);
  const conflicts = list(report.conflicts);
  const hard = conflicts.filter((c) => c.severity !== 'warning').length;
  const rc = report.counts;
  // "The figures agree" only when some figure was checked against another.
  const checked = rc ? rc.consistent + rc.consistentWithinRounding > 0 : list(report.checks).some((c) => c.verdict === 'consistent' || c.verdict === 'consistent-within-rounding');
  const status = hard > 0 ? l.notOk(hard) : conflicts.length > 0 ? l.warningsOnly(conflicts.length) : checked ? l.ok : l.nothingChecked;
  const statusMark: Mark = hard > 0 ? 'inconsistent' : conflicts.length > 0 ? 'warning' : checked ? 'consistent' : 'unverifiable';
  const relationParts = rc
    ? (
        [
          ['inconsistent', rc.inconsistent],
          ['warning', rc.warnings],
          ['unverifiable', rc.unverifiable],
          ['consistent-within-rounding', rc.consistentWithinRounding],
          ['consistent', rc.consistent],
        ] as [Mark, number][]
      )
        .filter(([, n]) => n > 0)
        .map(([m, n]) => `${n} ${l.mark[m]}`)
        .join(', ')
    : '';
  const h = `h${level}`;
  const h2 = `h${level + 1}`;
  const parts: string[] = [
    `<section class="wp-report" id="${sid}" lang="${ctx.lang === 'zh' ? 'zh-CN' : 'en'}" data-close="${escapeHtml(l.close)}" aria-labelledby="${sid}-title">`,
    `<a class="wp-skip" href="#${sid}-text">${escapeHtml(l.skip)}</a>`,
    `<header><${h} id="${sid}-title">${escapeHtml(title)}</${h}>`,
    `<p class="wp-status ${hard > 0 ? 'wp-bad' : checked ? 'wp-good' : ''}" role="status" data-status="${statusMark}">${chip(statusMark, l, status)}</p>`,
    `<p class="wp-muted">${escapeHtml(l.figuresInText)}:</p>`,
    `<ul class="wp-summary" aria-label="${escapeHtml(l.figuresInText)}">${MARKS.filter((m) => (counts.get(m) ?? 0) > 0)
      .map((m) => `<li class="wp-chip wp-m-${m}" data-mark="${m}" data-count="${counts.get(m)}"><span class="wp-sym" aria-hidden="true">${SYMBOL[m]}</span> <strong>${counts.get(m)}</strong> ${escapeHtml(l.mark[m])}</li>`)
      .join('')}</ul>`,
  ];
  if (rc) parts.push(`<p class="wp-muted">${escapeHtml(l.relationsLine(rc.relations, relationParts))}</p>`);
  const targets = list(report.targets);
  if (targets.length > 0) parts.push(`<p class="wp-muted">${escapeHtml(l.goalsLine(targets.length, targets.filter((t) => t.status === 'met').length, targets.filter((t) => t.status === 'missed').length))}</p>`);
  parts.push(
    `<details class="wp-legend"><summary>${escapeHtml(l.legend)}</summary><ul>${MARKS.map(
      (m) => `<li><span class="wp-sample wp-m-${m}" aria-hidden="true">12.3%<span class="wp-sym">${SYMBOL[m]}</span></span> <strong>${escapeHtml(l.mark[m])}</strong> — ${escapeHtml(l.markHelp[m])}</li>`,
    ).join('')}</ul></details></header>`,
  );
  if (conflicts.length > 0) {
    parts.push(`<section class="wp-conflicts" aria-labelledby="${sid}-conflicts"><${h2} id="${sid}-conflicts">${escapeHtml(l.conflicts)} (${conflicts.length})</${h2}>`);
    conflicts.forEach((c, i) => parts.push(renderConflict(ctx, c, i + 1)));
    parts.push('</section>');
  }
  parts.push(`<section aria-labelledby="${sid}-text-h"><${h2} id="${sid}-text-h">${escapeHtml(l.text)}</${h2}>`);
  if (typeof text === 'string') parts.push(`<div class="wp-doc" id="${sid}-text" tabindex="-1">${body.html}</div>`);
  else parts.push(`<p id="${sid}-text" tabindex="-1">${escapeHtml(l.noText)}</p>`);
  parts.push('</section>');
  if (misplaced.length > 0 && typeof text === 'string') {
    parts.push(
      `<section class="wp-notlocated" aria-labelledby="${sid}-nl"><${h2} id="${sid}-nl">${escapeHtml(l.notLocated)} (${misplaced.length})</${h2}><p>${escapeHtml(l.notLocatedHelp)}</p><ul>${misplaced
        .map((m) => misplacedLine(ctx, m, source))
        .join('')}</ul></section>`,
    );
  }
  if (targets.length > 0) parts.push(`<section aria-labelledby="${sid}-goals"><${h2} id="${sid}-goals">${escapeHtml(l.goals)} (${targets.length})</${h2}>${renderGoals(ctx, targets)}</section>`);
  const notices = list(report.notices);
  if (notices.length > 0) {
    parts.push(
      `<section aria-labelledby="${sid}-notices"><${h2} id="${sid}-notices">${escapeHtml(l.notices)} (${notices.length})</${h2}><ul>${notices
        .map((n) => `<li data-kind="${escapeHtml(n.kind)}">${escapeHtml(n.message)}${list(n.claims).length > 0 ? ` (${list(n.claims).map((c) => ctx.figureLink(c)).join(', ')})` : ''}</li>`)
        .join('')}</ul></section>`,
    );
  }
  parts.push(renderFigureTable(ctx));
  const unparsed = list(report.unparsed).filter(isUnreadMention);
  if (unparsed.length > 0) {
    parts.push(
      `<details class="wp-unparsed"><summary>${escapeHtml(l.unparsed)} (${unparsed.length})</summary><ul>${unparsed
        .map((u) => `<li>${chip('unparsed', l, u.text)} ${escapeHtml(u.reason)}</li>`)
        .join('')}</ul></details>`,
    );
  }
  parts.push(body.templates, '</section>');
  return parts.join('');
}

function renderFigureTable(ctx: Context): string {
  const { l } = ctx;
  const claims = list(ctx.report.claims);
  if (claims.length === 0) return '';
  const rows = claims.map((c) => {
    const mark = ctx.claimMark(c.id);
    const check = ctx.checks.get(c.id);
    return (
      `<tr data-claim="${escapeHtml(c.id)}"><td>${chip(mark, l, '')}${ctx.figureLink(c.id)}</td><td>${ctx.subject(c.indicator)}</td><td>${escapeHtml(c.holder)}</td><td class="wp-num">${escapeHtml(c.date)}</td>` +
      `<td>${escapeHtml(`${c.measure}${c.basis ? ` (${c.basis})` : ''}`)}</td><td>${check ? intervalSpan(check.stated, ctx.unit(c.id)) : '—'}</td></tr>`
    );
  });
  return (
    `<details class="wp-figures"><summary>${escapeHtml(l.figures)} (${claims.length})</summary><div class="wp-scroll"><table><thead><tr>${[l.figure, l.subject, l.holder, l.date, l.measure, l.interval]
      .map((h) => `<th scope="col">${escapeHtml(h)}</th>`)
      .join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div></details>`
  );
}

/** A whole page around sections: style, popover and script inline, nothing loaded from anywhere. */
export function htmlDocument(title: string, body: string, lang: Lang = 'en'): string {
  return (
    `<!doctype html>\n<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">` +
    `<meta name="generator" content="wupian">` +
    `<title>${escapeHtml(title)}</title><style>${REPORT_CSS}</style></head>` +
    `<body><main class="wp-main">${body}</main>` +
    `<div class="wp-pop" id="wp-pop" role="dialog" hidden><button type="button" class="wp-close" aria-label="${escapeHtml(labels(lang).close)}">×</button><div class="wp-pop-body"></div></div>` +
    `<script>${REPORT_SCRIPT}</script></body></html>\n`
  );
}

/**
 * A self-contained HTML page of one report and its text: no network, no external
 * fonts or scripts; it opens from disk and prints. See `renderReportSection`.
 *
 * @example
 * import { checkText } from 'wupian/extract';
 * import { renderHtmlReport } from 'wupian/html';
 * writeFileSync('report.html', renderHtmlReport(checkText(text), text, { lang: 'zh' }));
 */
export function renderHtmlReport(report: Report, text: string | undefined, options: HtmlReportOptions = {}): string {
  const lang = options.lang === 'zh' ? 'zh' : 'en';
  return htmlDocument(options.title ?? report.source ?? labels(lang).title, renderReportSection(report, text, { ...options, id: 'r1', level: 1 }), lang);
}

/**
 * One page of several reports (`wupian check --html out.html a.txt b.txt`), each in its
 * own section with its own summary.
 *
 * @example
 * renderHtmlReports([{ report: a, text: textA, title: 'a.txt' }, { report: b, text: textB, title: 'b.txt' }], { lang: 'en' })
 */
export function renderHtmlReports(
  items: readonly { readonly report: Report; readonly text?: string | undefined; readonly title?: string }[],
  options: HtmlReportOptions = {},
): string {
  if (items.length === 1 && items[0]) return renderHtmlReport(items[0].report, items[0].text, { ...options, ...(items[0].title ? { title: items[0].title } : {}) });
  const lang = options.lang === 'zh' ? 'zh' : 'en';
  const title = options.title ?? labels(lang).title;
  const sections = items.map((x, i) => renderReportSection(x.report, x.text, { ...options, id: `r${i + 1}`, level: 2, ...(x.title ? { title: x.title } : {}) }));
  return htmlDocument(title, `<h1>${escapeHtml(title)}</h1>${sections.join('')}`, lang);
}
