import { type CheckOptions, checkClaims } from '../check/checkClaims.js';
import type { Notice, Report } from '../check/report.js';
import { Decimal } from '../decimal/decimal.js';
import { type ExtractOptions, extractClaims } from './extractClaims.js';
import { indicatorNames } from './lexicon/catalog.js';

export type CheckTextOptions = ExtractOptions & Omit<CheckOptions, 'unparsed'>;

// A loan aggregate of one prefecture-level city above this many yuan (5000亿元) is
// implausible: a summary has likely rendered 亿元 as "billion yuan".
const PREFECTURE_CEILING = new Decimal('5e11');

/**
 * Reads a text into claims and checks them: the report lists the claims, every
 * relation with its verdict, the conflicts and everything the extractor could not read.
 *
 * @example
 * checkText(weifangReport, { region: '370700', documentDate: '2025-08-15' }).conflicts[0]?.disputed?.quantity
 * // 'growth of total-loans (ytd) at 2025-06-30'
 */
export function checkText(text: string, options: CheckTextOptions = {}): Report {
  const extraction = extractClaims(text, options);
  const report = checkClaims(extraction.claims, {
    indicatorNames: indicatorNames(),
    ...options,
    unparsed: extraction.unparsed,
    sums: [...extraction.sums, ...(options.sums ?? [])],
    targets: [...extraction.targets, ...(options.targets ?? [])],
    facts: [...extraction.facts, ...(options.facts ?? [])],
  });
  const notices: Notice[] = [...report.notices];
  const prefecture = options.region !== undefined && /^\d{4}00$/.test(options.region) && !options.region.endsWith('0000');
  if (options.billion !== 'yi' && prefecture) {
    const suspicious = extraction.claims.filter(
      (c) => /billion/i.test(c.figure.unit.symbol) && c.measure === 'balance' && c.holder.startsWith('region:') && c.figure.value.gte(PREFECTURE_CEILING),
    );
    if (suspicious.length > 0) {
      const lang = options.lang ?? 'en';
      const texts = suspicious.map((c) => c.figure.text).join(lang === 'zh' ? '、' : ', ');
      notices.push({
        kind: 'mistranslated-unit',
        claims: suspicious.map((c) => c.id),
        message:
          lang === 'zh'
            ? `疑似单位误译：${texts}对一个地级市的贷款而言过大（超过5000亿元），英文摘要很可能把“亿元”译成了“billion yuan”；可用 billion: 'yi' 重新读取。`
            : `Likely a mistranslated unit: ${texts} is more than a prefecture-level city's loans plausibly reach (500 billion yuan); the summary probably renders 亿元 as "billion yuan". Read it again with billion: 'yi'.`,
      });
    }
  }
  return { ...report, notices };
}
