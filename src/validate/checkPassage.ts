import { type CheckTextOptions, checkText } from '../extract/checkText.js';
import type { Report } from '../check/report.js';
import { type CorpusPassage, passageOptions } from './corpus.js';

/**
 * The report wupian gives a passage as its reader meets it: under its title (a bank report's
 * 2024年度报告·科技金融 dates its 报告期末) when the text does not open with it. Spans are of
 * the passage's text; what the title states has a span before 0. `text` replaces the passage's
 * (a copy with a figure changed), `extra` adds options (`lang`); a bad text or option is
 * refused by `checkText`, naming it.
 *
 * @example
 * checkPassage({ title: '2024年度报告·科技金融', text: '报告期末，本行科技贷款余额421.6亿元。', … }).claims[0].date
 * // '2024-12-31'
 */
export function checkPassage(passage: Pick<CorpusPassage, 'text' | 'title' | 'options'>, text: string = passage.text, extra: Partial<CheckTextOptions> = {}): Report {
  const lead = titleLead(passage);
  const report = checkText(lead + text, { ...passageOptions(passage), ...extra });
  return lead ? shifted(report, lead.length) : report;
}

// The title as the text's first line, unless the text already opens with it.
function titleLead(passage: Pick<CorpusPassage, 'text' | 'title'>): string {
  const title = typeof passage.title === 'string' ? passage.title.trim() : undefined;
  if (!title || passage.text.trimStart().startsWith(title)) return '';
  return `${title}\n`;
}

function shifted(report: Report, by: number): Report {
  const move = <T extends { span?: readonly [number, number] | undefined }>(items: readonly T[]): T[] =>
    items.map((i) => (i.span ? { ...i, span: [i.span[0] - by, i.span[1] - by] as const } : i));
  return { ...report, claims: move(report.claims), targets: move(report.targets), facts: move(report.facts), unparsed: move(report.unparsed) } as Report;
}
