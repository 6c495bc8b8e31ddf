import { stringArg } from '../errors/args.js';
import { checkClaims } from '../check/checkClaims.js';
import { messages } from '../check/messages.js';
import type { Claim } from '../check/claim.js';
import type { Notice, Report } from '../check/report.js';
import { Decimal } from '../decimal/decimal.js';
import { parseOptions } from '../domain/options.js';
import { notText } from './binary.js';
import { extractClaims } from './extractClaims.js';
import { type CheckTextOptions, CheckTextOptionsSchema, EXTRACT_KEYS } from './options.js';
import { indicatorNames, indicatorWholes } from './lexicon/catalog.js';

export type { CheckTextOptions } from './options.js';

// A loan aggregate of one prefecture-level city above this many yuan (5000亿元) is
// implausible: a summary has likely rendered 亿元 as "billion yuan".
const PREFECTURE_CEILING = new Decimal('5e11');

/**
 * Reads a text into claims and checks them: the report's `status` says whether the
 * figures agree (`consistent`), contradict each other (`inconsistent`), were only
 * partly read (`partial`) or could not be checked at all (`nothing-checked`: an empty
 * or binary input, a text of which nothing was read). The report lists the claims,
 * every relation with its verdict, the conflicts and everything the extractor could not
 * read. Options are validated: an unknown key or a bad value is a WupianError
 * `invalid_option` naming the option.
 *
 * @example
 * const report = checkText('截至2025年6月末，全市绿色贷款余额1200亿元，较年初增长14.29%，较年初增加150亿元。', { region: '370700' });
 * report.status // 'consistent'
 * checkText('', {}).status // 'nothing-checked'
 * checkText('…', { region: 'nowhere' }) // throws WupianError { code: 'invalid_option', path: ['options', 'region'] }
 */
export function checkText(text: string, rawOptions: CheckTextOptions = {}): Report {
  stringArg('checkText', text, ['text']);
  const options = parseOptions(CheckTextOptionsSchema, rawOptions, 'checkText');
  const extractOptions = Object.fromEntries(EXTRACT_KEYS.filter((k) => options[k] !== undefined).map((k) => [k, options[k]]));
  const checkOptions = Object.fromEntries(Object.entries(options).filter(([k]) => !(EXTRACT_KEYS as readonly string[]).includes(k)));
  const binary = notText(text);
  if (binary) {
    // Random bytes read as text give random figures: read nothing, and say why.
    const report = checkClaims([], { ...checkOptions, indicatorNames: indicatorNames() });
    const notice: Notice = { kind: 'binary', claims: [], message: messages(options.lang ?? 'en').binary(binary === 'nul') };
    return { ...report, notices: [notice] };
  }
  const extraction = extractClaims(text, extractOptions);
  const report = checkClaims(extraction.claims, {
    indicatorNames: indicatorNames(),
    wholes: withOpenLoans(indicatorWholes(), extraction.claims),
    ...checkOptions,
    unparsed: extraction.unparsed,
    sums: [...extraction.sums, ...(options.sums ?? [])],
    bounds: [...extraction.bounds, ...(options.bounds ?? [])],
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

// A loan book the catalog does not know (实体经济贷款, 企事业单位贷款, "loans to …"): a part of all loans.
const OPEN_LOANS = /^subject:.{2,}(?:贷款|借款|loans)$/i;

/** The catalog's wholes, and total loans for every open subject that is a book of loans. */
function withOpenLoans(wholes: Readonly<Record<string, readonly string[]>>, claims: readonly Claim[]): Readonly<Record<string, readonly string[]>> {
  const open = [...new Set(claims.filter((c) => c.measure === 'balance' && OPEN_LOANS.test(c.indicator) && !/^subject:(?:各项|全部|人民币|本外币)?(?:贷款|借款|loans)$/i.test(c.indicator)).map((c) => c.indicator))];
  return open.length === 0 ? wholes : { ...wholes, ...Object.fromEntries(open.map((id) => [id, ['total-loans']])) };
}
