import type { Report, Verdict } from '../check/report.js';
import { isRelativeDate, isUndated } from '../period/relative.js';

export interface Style {
  readonly red: (s: string) => string;
  readonly green: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly bold: (s: string) => string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
export const COLOR: Style = { red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
const id = (s: string): string => s;
export const PLAIN: Style = { red: id, green: id, yellow: id, dim: id, bold: id };

const MARK: Readonly<Record<Verdict, string>> = {
  consistent: '✓',
  'consistent-within-rounding': '≈',
  warning: '!',
  inconsistent: '✗',
  unverifiable: '?',
};

/**
 * A report as a readable table: counts first, then each conflict with its suspects
 * and likely explanations, then each checked figure, then notices and what could
 * not be read.
 */
export function formatReport(report: Report, name: string, style: Style, lang: 'en' | 'zh' = 'en', verbose = false): string {
  const t = lang === 'zh' ? ZH : EN;
  const c = report.counts;
  const lines: string[] = [];
  const head = `${style.bold(name)} — ${t.summary(c.claims, c.relations)}: ${style.green(`${c.consistent} ${t.consistent}`)}, ${c.consistentWithinRounding} ${t.within}, ${
    c.inconsistent > 0 ? style.red(`${c.inconsistent} ${t.inconsistent}`) : `0 ${t.inconsistent}`
  }, ${c.warnings} ${t.warnings}, ${c.unverifiable} ${t.unverifiable}`;
  lines.push(head);
  lines.push(`  ${statusLine(report, style, t)}`);
  for (const conflict of report.conflicts) {
    const mark = conflict.severity === 'inconsistent' ? style.red('✗') : style.yellow('!');
    lines.push(`  ${mark} ${conflict.message}`);
    // A suspect other figures pin would need them to change too: say so, not a value.
    const suspects = conflict.suspects.map((s) =>
      s.alone ? `${s.text}${s.nearest && s.nearest !== s.text ? ` → ${s.nearest}` : ''} (${t.alone})` : `${s.text} (${t.pinned})`,
    );
    lines.push(`      ${t.suspects}: ${suspects.join(' | ')}`);
    for (const e of conflict.explanations) lines.push(`      ${style.dim('·')} ${e.message}`);
  }
  // Sums (a table's 合计) get one line each; the figures of other relations one line each.
  const inSums = new Set<string>();
  for (const r of report.relations) {
    if (r.kind !== 'sum' || r.verdict === 'inconsistent' || r.verdict === 'unverifiable') continue;
    const total = report.checks.find((c) => c.claim === r.claims[0]);
    for (const c of r.claims) inSums.add(c);
    const mark = r.verdict === 'consistent' ? style.green(MARK[r.verdict]) : style.yellow(MARK[r.verdict]);
    lines.push(`  ${mark} ${t.sum(r.description, r.claims.length - 1)}: ${total?.message ?? r.verdict}`);
  }
  const seen = new Set<string>();
  for (const check of report.checks) {
    if (check.verdict === 'unverifiable' || check.verdict === 'inconsistent' || (inSums.has(check.claim) && !verbose)) continue;
    if (seen.has(check.message)) continue;
    seen.add(check.message);
    const mark = check.verdict === 'consistent' ? style.green(MARK[check.verdict]) : style.yellow(MARK[check.verdict]);
    lines.push(`  ${mark} ${check.message}`);
  }
  // The status line says what nothing-read and nothing-checked notices say.
  for (const n of report.notices) if (n.kind !== 'nothing-read' && n.kind !== 'nothing-checked') lines.push(`  ${style.yellow(n.kind === 'binary' ? '!' : 'i')} ${n.message}`);
  // Goals set against an outcome one line each; those without one as a count.
  const TARGET_MARK: Record<string, string> = { met: style.green('✓'), missed: style.red('✗'), undecided: style.yellow('~'), pending: style.dim('…'), unverifiable: style.dim('?') };
  const shown = report.targets.filter((g) => verbose || g.status === 'met' || g.status === 'missed' || g.status === 'undecided' || g.status === 'pending');
  for (const g of shown) lines.push(`  ${TARGET_MARK[g.status] ?? '?'} ${g.message}`);
  if (shown.length < report.targets.length) lines.push(`  ${style.dim(t.goals(report.targets.length - shown.length, shown.length > 0))}`);
  if (report.facts.length > 0) lines.push(`  ${style.dim(t.facts(report.facts.length))}`);
  // Figures read in a year the text leaves unstated (Y-03-31) compare with each other, but not with the calendar.
  const undated = report.claims.filter((c) => isRelativeDate(c.date) || isUndated(c.date)).length;
  if (undated > 0) lines.push(`  ${style.yellow('i')} ${t.noYear(undated)}`);
  if (report.unparsed.length > 0) {
    lines.push(`  ${style.dim(t.unparsed(report.unparsed.length))}`);
  }
  return lines.join('\n');
}

// The status first, in words that say what it means for the reader.
function statusLine(report: Report, style: Style, t: typeof EN): string {
  const cov = report.coverage;
  switch (report.status) {
    case 'inconsistent':
      return style.red(style.bold(t.statusInconsistent(report.counts.conflicts)));
    case 'nothing-checked':
      return style.yellow(style.bold(report.notices.some((n) => n.kind === 'binary') ? t.statusNotText : t.statusNothing(cov.read, cov.unread)));
    case 'partial':
      return style.yellow(style.bold(t.statusPartial(cov.unread, cov.figures, cov.tableCellsSkipped)));
    default:
      return style.green(style.bold(t.statusConsistent(cov.read)));
  }
}

const EN = {
  statusInconsistent: (n: number) => `status: INCONSISTENT — ${n} set${n === 1 ? '' : 's'} of figures cannot all be right`,
  statusNothing: (read: number, unread: number) =>
    `status: NOTHING CHECKED — ${read === 0 ? (unread === 0 ? 'no figure was found' : `none of the ${unread} figures found was read`) : read === 1 ? 'the one figure read relates to no other' : `no relation among the ${read} figures read could be verified`}; this is not a sign that the figures agree`,
  statusPartial: (unread: number, figures: number, cells: number) =>
    `status: PARTIAL — what was read agrees, but ${unread} of ${figures} figures ${unread === 1 ? 'was' : 'were'} not read${cells > 0 ? ` (${cells} of them table cells skipped)` : ''}; see --json: unparsed`,
  statusNotText: 'status: NOTHING CHECKED — the input is not UTF-8 text',
  statusConsistent: (read: number) => `status: CONSISTENT — all ${read} figures read, and they agree`,
  summary: (claims: number, relations: number) => `${claims} figures to check, ${relations} relations`,
  consistent: 'consistent',
  within: 'within rounding',
  inconsistent: 'inconsistent',
  warnings: 'warnings',
  unverifiable: 'unverifiable',
  suspects: 'suspects',
  alone: 'changing it alone resolves all',
  pinned: 'pinned by other figures',
  noYear: (n: number) => `${n} figure${n === 1 ? ' is' : 's are'} dated in a year the text leaves unstated (Y): pass --document-date yyyy-MM-dd to date ${n === 1 ? 'it' : 'them'}`,
  sum: (description: string, parts: number) => `${description} (${parts} parts)`,
  unparsed: (n: number) => `${n} numeric mention${n === 1 ? '' : 's'} not read as claims (dates, references, names …; see --json)`,
  goals: (n: number, more: boolean) => `${n}${more ? ' more' : ''} goal${n === 1 ? '' : 's'} the text states no outcome for (see --json)`,
  facts: (n: number) => `${n} figure${n === 1 ? '' : 's'} read as policy parameters, case-study figures or counts, not checked (see --json)`,
};
const ZH: typeof EN = {
  statusInconsistent: (n) => `结论：存在矛盾 — ${n}组数据不可能同时正确`,
  statusNothing: (read, unread) =>
    `结论：未核验 — ${read === 0 ? (unread === 0 ? '没有找到任何数据' : `找到的${unread}个数据一个也未读取`) : `读取的${read}个数据之间没有可核验的关系`}；这并不表示数据一致`,
  statusPartial: (unread, figures, cells) =>
    `结论：部分核验 — 已读取的数据一致，但${figures}个数据中有${unread}个未读取${cells > 0 ? `（其中${cells}个为跳过的表格单元格）` : ''}；见 --json 的 unparsed`,
  statusNotText: '结论：未核验 — 输入不是 UTF-8 文本',
  statusConsistent: (read) => `结论：一致 — 全部${read}个数据均已读取且相互一致`,
  summary: (claims, relations) => `${claims}个待核验数据，${relations}个关系`,
  consistent: '一致',
  within: '四舍五入内一致',
  inconsistent: '矛盾',
  warnings: '提示',
  unverifiable: '无法核验',
  suspects: '可疑数据',
  alone: '单独修改即可全部一致',
  pinned: '被其他数据锁定',
  noYear: (n) => `${n}个数据的年份文中未注明（记为Y）：可用 --document-date yyyy-MM-dd 指定文件日期`,
  sum: (description, parts) => `${description}（${parts}项）`,
  unparsed: (n) => `${n}处数字未读为数据（日期、引注、名称等；见 --json）`,
  goals: (n, more) => `${more ? '另有' : ''}${n}个目标在文中没有对应的实际数据（见 --json）`,
  facts: (n) => `${n}个数字读为政策参数、案例数据或计数，未核验（见 --json）`,
};
