import { findCatalogNames, lookupSubject, trimEnd } from './catalog.js';
import { asciiLower } from './trie.js';
import { LAST_YEAR_END } from '../frame/time.js';
import { MAINLAND, OWN_AREA, WHOLE_AREA } from './areaWords.js';

/**
 * What a figure is about, read from the noun phrase that heads it: the catalog's indicator
 * where the catalog knows the phrase, else a key made of the phrase itself — an unknown
 * subject is still a subject, compared with the figures of the same words. Its scope (本外币,
 * 人民币, in yuan and foreign currencies) and sub-population (an industry's green loans, 其中
 * parts) are part of what it is.
 */
export interface Subject {
  /** The catalog id, else `subject:<the phrase, normalised>`. */
  readonly indicator: string;
  /** The phrase as the text words it, scope words left out. */
  readonly words: string;
  /** A currency or statistical scope stated with it: 本外币, 人民币, 境内, 折合人民币. */
  readonly scope?: string;
  /** A sub-population of a catalog indicator (单位 of 单位绿色贷款, an industry). */
  readonly part?: string;
  /** Firms counted by their having loans (获得贷款支持的科技型中小企业): their number is of borrowers. */
  readonly withLoans?: boolean;
  /** Where the phrase stands in the text. */
  readonly start: number;
  readonly end: number;
}

/** The scope words, in Chinese and English. */
// (港元绿色贷款: a book in Hong Kong dollars beside the bank's book in yuan, neither a part of the other.)
// (境内机构绿色贷款: the domestic book of a group, 境内 — its offices are no sub-population of the loans.)
const SCOPE_ZH = /本外币|人民币|外币|港元|港币|美元|澳门元|新台币|境内外|境内(?:机构|分行|分支机构|营业机构)?|境外(?:机构|分行|分支机构|营业机构)?|折合人民币|全口径|普惠口径/g;
// "in local and foreign currencies", and before the noun: "local and foreign currency loans".
// The non-performing part of loans and its ratio, in English: a part of the subject, no subject of its own.
// "loans in the field of inclusive finance": a complement, as "loans for".
// "green loan balances for the power sector": the loans for it.
const LOAN_BALANCES_EN = /\bloan balances?\b(?=\s+(?:for|to|in|of)\b)/gi;
// ("…companies with a credit limit of 10 million yuan or less surged": a threshold of the subject, no noun of it.)
const CREDIT_LIMIT_PHRASE_EN = /\bwith (?:a |an |individual |single )?(?:credit|loan) (?:limits?|lines?|ceilings?)\b[^,;.]{0,50}?(?:or less|or below|and below|or under|and under|million(?: yuan)?)\b/gi;
// ("the number of tech SMEs with bank loans": the firms that borrow — the loans are what they have, not the subject.)
const WITH_LOANS_EN = /(?<=\b(?:firms|companies|enterprises|SMEs|businesses|borrowers|households|entities)\s)with (?:outstanding |bank |new )?(?:loans|credit|loan support|bank financing)\b/gi;
const LENDER_POSSESSIVE_EN = /^(?:(?:[A-Z][A-Za-z&.-]*\s){0,4}(?:Bank|Group|Lender)|the (?:bank|lender|group))['’]s\s+/i;
const THIS_SECTOR_EN = /^(?:loans?|lending|credit)(?:\s+balances?)?\s+(?:in|to|for|of)\s+(this|that|the same)\s+(sector|industry|field|area|segment)\b/i;
// ("loans extended by Chinese banking institutions to technology-based enterprises": who lent, between the loans and whom.)
const LENT_BY_EN = /(?:\b(?:extended|issued|granted|provided|disbursed|made)\s|(?<=\b(?:loans?|lending|credit)\s))by\s(?:[A-Za-z'-]{1,20}\s){1,5}?(?=(?:to|for)\s)/gi;
const IN_FIELD_OF_EN = /\bin the (?:fields?|areas?|sectors?|domains?) of\b/gi;
// A non-performing ratio named in English ("NPL ratio", "non-performing loan ratio", "bad loan rate").
export const NPL_RATIO_EN = /\b(?:NPL|non-?performing(?: loan)?|bad[- ]loan) (?:ratio|rate)\b/i;
// Words of the non-performing part of loans, anywhere in a stretch.
export const NPL_WORDS_EN = /\b(?:non-?performing|bad[- ]loans?|NPLs?)\b/i;
// "… percent of the loans were non-performing": the figure before is the non-performing ratio of those loans.
export const NPL_SHARE_AFTER_EN = /^\s*(?:percent\s+|per cent\s+)?of\s+(?:(?:the|their|its|those|these|such)\s+)?(?:loans|lending|credit)\s+(?:were|was|are|is)\s+(?:non-?performing|bad|in default)\b/i;
const NPL_RIGHT_BEFORE_EN = /\b(?:non-?performing|bad)[- ]?$/i;
const NPL_EN = /\b(?:non-?performing|bad)[- ]loan\s+(?:ratio|rate)\b|\bNPLs?\b(?:\s+(?:ratio|rate))?|\b(?:non-?performing|bad)(?=[- ]loans?\b)/gi;
const SCOPE_EN = /\b(?:in (?:both )?(?:yuan|local|domestic|renminbi) and foreign currenc(?:y|ies)|in (?:local|domestic) and foreign currenc(?:y|ies)|(?:local|domestic|yuan|renminbi) and foreign[- ]currency|rmb|yuan-denominated|renminbi|(?<!\d |illion |housand )yuan(?= (?:loans?|lending|credit)\b))\b/gi;

const DOMESTIC_EN = /\bof (?:the |its |our )?domestic (?:branches|operations|institutions|offices)\b|\bin (?:the Chinese mainland|mainland China)\b/i;
const OVERSEAS_EN = /\bof (?:the |its |our )?overseas (?:branches|operations|institutions|offices)\b|\boverseas (?:green |tech(?:nology)? |inclusive )?loans\b/i;

/** The scope a stretch of text states, normalised to the Chinese word. */
export function scopeIn(text: string): string | undefined {
  const zh = [...text.matchAll(SCOPE_ZH)].map((m) => m[0]);
  // 外币贷款 is loans in foreign currencies alone: a quantity of its own, not 本外币.
  if (zh.length > 0) return (zh[zh.length - 1] as string).replace(/^(境[内外])(?!外).+$/, '$1');
  // ("Green loans of the domestic branches", "… in the Chinese mainland": a bank's domestic book, 境内; its overseas one, 境外.)
  if (DOMESTIC_EN.test(text)) return '境内';
  if (OVERSEAS_EN.test(text)) return '境外';
  const en = [...text.matchAll(SCOPE_EN)].map((m) => m[0].toLowerCase());
  if (en.length === 0) return undefined;
  return /foreign/.test(en[en.length - 1] as string) ? '本外币' : '人民币';
}

// Words a subject phrase starts after: the holder, markers of a new statement, a breakdown's heading.
const LEAD_AT = new RegExp(String.raw`(?:[（(](?:不含|含|除|除去|不包括|包括|包含)[^（）()]{1,12}[）)]|\d{1,2}[、．](?!\d)|[（(]\d{1,2}[)）]|[\s,，:：、(（)）“”"]|《[^》]{0,12}》|【[^】]{0,12}】|大陆(?!地区)|陆(?=[\u4e00-\u9fa5]{0,8}(?:贷款|放款|金融))|${MAINLAND}|其中|一[市地县区省](?=[\u4e00-\u9fa5]{2})|此外|另外|同时|而|其(?![他余])|并且?|以及|和|与|及|分行业看|分用途看|分机构看|分地区看|分领域看|分期限看|从[\u4e00-\u9fa5]{1,4}看|按[\u4e00-\u9fa5]{1,4}?(?:划分|来看|看|分(?=[：:，,]))|具体看|具体来看|${WHOLE_AREA}|全国(?!性)|我国|${OWN_AREA}|某(?:省|市|县|区|地)|该(?:省|市|县)(?=[\u4e00-\u9fa5]{2})|当地(?=[\u4e00-\u9fa5]{2})|辖区内?|辖内|地区(?!生产|差异|分布|间)|区域内|全辖|域内|省内|市内|县域内|[两二三四五六七八九十\d]{1,2}家银行|银行(?=[\u4e00-\u9fa5]{2,12}(?:贷款|信贷))(?!业|承兑|间|机构|卡)|(?:主要|全部|各)?银行业金融机构|银行业|(?:主要|全部|各)?金融机构|(?:主要|全部|各)?银行机构|各银行|各类银行|本行|我行|该行|总行|全行|(?:全体)?本国银行|办理|(?:全体)?国银(?!行)|本社|本集团|集团|本公司|力争|确保|争取|力求|预计|截至目前|截至当前|目前|当前|现阶段|期末|同期|累计|共计|(?:共|现|已|拥)有|(?:服务|惠及|覆盖)(?!业|消费|贸易|外包|型)(?=[\u4e00-\u9fa5]{1,12}(?:客户|企业|主体|户))|共|对(?!公|私)|向|为|给予|支持|实现|发放的?|投放的?|新发放的?|新投放的?|全年|当年|新增|净增|增加|累计发放|累放|的|及时|有效|今年以来|年初以来|以来|\d{4}年(?:度|末|底)?|\d{1,2}月(?:份|末|底)?|各(?:区|县|市|省|地区?)(?=[\u4e00-\u9fa5]{2})|${LAST_YEAR_END}|(?:上年|去年|上一年)(?:同期|全年)|(?:今年|本年)?年(?:末|底)|上季(?:度)?末|上月末|年初(?!贷款)|今年|本年|前[一二两三四五六七八九十\d]{1,2}个?月|[上下]半年|前三季度|[一二三四]季度|第[一二三四1-4]季度?|首季|本季度?|当季|当月|本月)+`, 'y');

// Where the words of the figure's measure begin: 余额, 同比增长, 较年初增加, 增速, 占, 为, 达 …
const MEASURE_ZH =
  /不良(?:贷款)?(?:余额|率)|余额|余額|同比|环比|比上年|较上年|比去年|较去年|比年初|较年初|比上月|较上月|比上季|较上季|年初以来|当年|增长|增加|新增|净增|多增|少增|增速|增幅|增量|提高|提升|上升|下降|减少|回落|降低|占比|占全|占各|占同期|占[\u4e00-\u9fa5]{0,12}的?(?:比重|比例)|占(?=[\u4e00-\u9fa5]{1,12}的)|占(?=[\u4e00-\u9fa5]{1,16}(?:\d|\s*$))|比重|份额|达到|达|为|是|合计|共计|总计|累计|超过|突破|逾|近|约|分别|平均利率|加权平均利率|利率|户数|笔数|家数|规模|发放|投放|金额|总额|高于|低于|高出|快于|慢于|领先|跑赢|跑输|获贷率|不良率/g;
const MEASURE_ZH_ALL = MEASURE_ZH;

// A phrase is a subject when it names a thing that can be counted or summed.
// (“科创贷”余额, 惠农贷累计发放: a loan product named …贷 is a head of its own.)
const HEAD_ZH = /(贷款|(?<=[\u4e00-\u9fa5])(?<![首借放信可能申再助])贷(?=[”"」』]|产品|余额|累计|发放|业务|$)|信贷|借款|放款|融资|授信|授信额|存款|债(?:券|务)?|基金|资金|票据|保险|保费|企业|主体|农户|项目|机构|银行|支行|业务|账户|卡|客户|资产|投资|收入|产业|行业|金额|贴现|再贷款|供应链|养老金|托管|受托|年金|钱包|交易|金融(?=规模|总量|$)|生产总值|增加值|GDP|经济成长率|经济增长率|经济增速|经济|物价|消费)/;

const HEAD_ZH_ALL = new RegExp(HEAD_ZH.source, 'g');
const MAX_ZH = 40;
const COMPARISON_BEFORE_HEAD = /^[^贷信融]*?(?:高于|低于|快于|慢于|高出|超出|领先|跑赢|跑输|相比|相较|比|较|占)/;

// 在各项贷款中占比: where the whole of a share is named after the subject.
const SHARE_AMONG = /在[^在，,；;。\d]{2,24}?中(?:的)?(?:占比|比重|占)[^，,；;。\d]{0,8}$/;

/**
 * The subject phrase of a Chinese stretch of text before a figure (the clause from its start,
 * after any date, place or bank: `from`), or undefined when the stretch names none — the figure
 * then takes the subject of the clause before.
 *
 * @example
 * readSubjectZh('科技型中小企业本外币贷款余额为', 0)
 * // { indicator: 'tech-sme-loans', words: '科技型中小企业贷款', scope: '本外币', start: 0, end: 13 }
 */
export function readSubjectZh(text: string, offset: number): Subject | undefined {
  // 绿色信贷在各项贷款中占比: the subject stands before 在; the loans after it are the whole of its share.
  // (…，在各项贷款增量中占比25%: with no words before 在, no subject of its own — the one in force.)
  const among = SHARE_AMONG.exec(text);
  if (among && !/[^\s，,；;、]/.test(text.slice(0, among.index))) return undefined;
  if (among && among.index >= 2) text = text.slice(0, among.index);
  // 金管会：国银中小企业放款…: a label before a colon is no word of the subject named after it.
  const colon = Math.max(text.lastIndexOf('：'), text.lastIndexOf(':'));
  if (colon >= 0 && HEAD_OR_NAME_ZH.test(text.slice(colon + 1))) {
    offset += colon + 1;
    text = text.slice(colon + 1);
  }
  // The subject ends where the words of its measure begin, after the noun it is about.
  const names = findCatalogNames(text);
  let end = measureStart(text, MEASURE_ZH_ALL, HEAD_OR_NAME_ZH, names);
  // 绿色贷款不良余额, 不良率: the non-performing part of the subject is a quantity of its own.
  const npl = text.startsWith('不良', end) || /^中的?不良/.test(text.slice(end));
  let start = 0;
  let phrase = text.slice(0, end);
  // Holder, date and marker words before it: 全省, 其中, 分行业看 … — never into a catalog name (全国养老机构贷款, 累放贷款).
  // (Read where it stands in the whole phrase, so that a lookbehind sees the words stripped before: 对内地贷款.)
  const whole = phrase;
  while (phrase.length > 0) {
    LEAD_AT.lastIndex = start;
    const lead = LEAD_AT.exec(whole);
    if (!lead) break;
    const cut = start + lead[0].length;
    const inside = names.find((n) => n.start < cut && cut < n.end);
    const keep = inside ? inside.start - start : lead[0].length;
    if (keep <= 0) break;
    start += keep;
    phrase = phrase.slice(keep);
  }
  // 银行授信、保险直接投资及绿色债券等绿色金融规模: the kind a list of examples is of, named after 等.
  const kind = EXAMPLES_OF_KIND.exec(phrase);
  if (kind && HEAD_OR_NAME_ZH.test(text.slice(start + kind.index + kind[0].length, end + 2))) {
    const cut = kind.index + kind[0].length;
    start += cut;
    phrase = phrase.slice(cut);
  }
  // Trailing particles: 的, 、, spaces; and a time between the subject and its measure (中小企业贷款9月增加…).
  const trimmed = trimEnd(phrase.replace(TIME_AFTER_SUBJECT, ''), '的、和及与 \t\n');
  end -= phrase.length - trimmed.length;
  phrase = trimmed;
  // 高于各项贷款, 增速比各项贷款高, 占各项贷款, 在同期企事业单位贷款中占: a benchmark or a whole, not a subject.
  if (COMPARISON_BEFORE_HEAD.test(phrase) || /^在[^,，;；。]{1,24}中(?:占|的)?/.test(phrase)) return undefined;
  // 中资银行对战略性新兴产业贷款: the holder's words end at 对 / 向.
  const at = Math.max(phrase.lastIndexOf('对'), phrase.lastIndexOf('向'));
  if (at >= 0 && /^[\u4e00-\u9fa5]{2,}(?:贷款|信贷|融资)/.test(phrase.slice(at + 1))) {
    start += at + 1;
    phrase = phrase.slice(at + 1);
  }
  if (phrase.length > MAX_ZH) {
    start = end - MAX_ZH;
    phrase = phrase.slice(phrase.length - MAX_ZH);
  }
  // (六家国有大型银行手里的绿色信贷: what they hold — 手里, 手中 are no words of the part.)
  const subject = subjectOf(phrase.replace(HELD_BY, ''), offset + start, offset + end, 'zh');
  return subject && npl ? { ...subject, part: `${subject.part ?? ''}不良`, words: `${subject.words}不良` } : subject;
}

const EXAMPLES_OF_KIND = /^[^，,；;。]{1,30}[、及和与][^，,；;。、]{1,16}等(?![级额量同待候值])(?=[\u4e00-\u9fa5]{2})/;
const HELD_BY = /(?<=[\u4e00-\u9fa5]{2})(?:手里|手中|所持有)(?=的?[\u4e00-\u9fa5]{2})/;
// A time standing after the subject's noun, before its measure: 9月, 前三季度, 上半年, 今年以来, 2025年末.
const TIME_AFTER_SUBJECT = /(?<=(?:贷款|放款|信贷|融资|余额))(?:\s?(?:\d{4}年(?:\d{1,2}月)?(?:末|底|度)?|\d{1,2}月(?:份|末|底)?|[一二三四]季度(?:末)?|前[一二三四]季度|[上下]半年|前[一二三四五六七八九十\d]{1,2}个?月|(?:今年|年初)以来|全年|当年|当月|本月))+\s?$/;
const LOAN_EN = /^(?:loans?|lending|credit|financing)$/i;
const LOAN_WORD_MODIFIES_EN = /^(?:markets?|hubs?|cent(?:er|re)s?|institutions?|platforms?|agenc(?:y|ies))$/i;
const HEAD_EN = /\b(loans?|lending|credit|financing|borrowers|deposits?|bonds?|funds?|accounts?|enterprises|firms|companies|businesses|smes|projects)\b/i;

// Where the words of a measure begin: the first of them after a noun the subject can be about, else the end.
function measureStart(text: string, measures: RegExp, head: { test(s: string): boolean }, names: readonly { start: number; end: number }[] = []): number {
  for (const m of text.matchAll(measures)) {
    // 协调机制累计授信, 地方金融企业资产总额: a measure word inside a catalog name is part of the name.
    if (names.some((n) => m.index >= n.start && m.index < n.end)) continue;
    if (m.index > 0 && head.test(text.slice(0, m.index))) return m.index;
  }
  return text.length;
}

// A noun a figure can be about, or a name of the catalog (存贷比, 获贷率 are no loan nouns).
const HEAD_OR_NAME_ZH = { test: (s: string): boolean => HEAD_ZH.test(s) || findCatalogNames(s).length > 0 };

// A verb of lending right before an amount ("banks extended", "issued a total of").
const LENDING_VERB_EN = /\b(?:extend(?:ed|s)?|issu(?:e|ed|es)|grant(?:ed|s)?|disburs(?:e|ed|es)|lent|lend|provid(?:e|ed|es)|an? (?:increase|increment|rise) of)\s+(?:(?:a total of|about|around|nearly|almost|more than|over|some|roughly)\s+)?$/i;
// What was lent, named after the amount: "(about 2.9 billion U.S. dollars) in new yuan loans", "of green loans".
const LENT_AFTER_EN = /^\s*(?:yuan\s+)?(?:\([^()]{0,60}\)\s*)?(?:of|in)\s+((new\s+)?(?:[a-z'-]+\s){0,5}?(?:loans|lending|credit))\b/i;

/**
 * The loans an English lending verb names after its amount ("banks extended 20.1 billion yuan in new loans"):
 * their words, where they start in `after`, and whether they are new loans (a net flow) or loans issued (gross).
 *
 * @example
 * lentAfterEn('banks extended ', ' in new yuan loans in September')?.isNew // true
 */
export function lentAfterEn(cue: string, after: string): { words: string; start: number; isNew: boolean } | undefined {
  if (!LENDING_VERB_EN.test(cue)) return undefined;
  const m = LENT_AFTER_EN.exec(after);
  if (!m) return undefined;
  const words = m[1] as string;
  return { words, start: m.index + m[0].length - words.length, isNew: m[2] !== undefined };
}

/**
 * The subject phrase of an English stretch before a figure: the noun phrase around the last
 * noun a figure can be about ("outstanding green loans in yuan and foreign currencies" is
 * green loans, of scope 本外币; "loans to tech SMEs" keeps its words).
 *
 * @example
 * readSubjectEn('outstanding green loans in yuan and foreign currencies reached ', 0)?.indicator // 'green-loans'
 */
export function readSubjectEn(text: string, offset: number): Subject | undefined {
  const scopeText = scopeIn(text);
  // Scope phrases read as spaces, so that they neither end nor join a phrase.
  // (So do the words of a non-performing part or ratio: "their non-performing loan ratio" is of the loans before it.)
  const t = text.replace(SCOPE_EN, (m) => ' '.repeat(m.length)).replace(LENT_BY_EN, (m) => ' '.repeat(m.length)).replace(CREDIT_LIMIT_PHRASE_EN, (m) => ' '.repeat(m.length)).replace(WITH_LOANS_EN, (m) => ' '.repeat(m.length)).replace(NPL_EN, (m) => ' '.repeat(m.length)).replace(IN_FIELD_OF_EN, (m) => `for${' '.repeat(m.length - 3)}`).replace(LOAN_BALANCES_EN, (m) => `loans${' '.repeat(m.length - 5)}`);
  const words = [...t.matchAll(/[A-Za-z][A-Za-z'’-]*/g)].map((m) => ({ w: m[0], start: m.index, end: m.index + m[0].length }));
  // The last loan noun, else the last noun a figure can be about; "loans to tech SMEs" heads on loans.
  let head = -1;
  for (const pattern of [LOAN_EN, HEAD_EN]) {
    // ("Shenzhen, the province's largest lending market,": a loan word naming a kind of market or institution is no head.)
    for (let k = words.length - 1; k >= 0 && head < 0; k--) if (pattern.test((words[k] as { w: string }).w) && !LOAN_WORD_MODIFIES_EN.test(words[k + 1]?.w ?? '')) head = k;
    if (head >= 0) break;
  }
  if (head < 0) return undefined;
  // "outpaced overall loan growth", "higher than that for all loans": a benchmark, not a subject —
  // unless a clause of its own follows ("…than all loans in the city, which grew 8.5%").
  const rest = t.slice((words[head] as { end: number }).end);
  const which = /,\s*(?:which|that)\s+(?:grew|rose|increased|was|were|stood|reached|expanded|climbed|went up)\b/i.exec(rest);
  const relative = which !== null && !/[,;]/.test(rest.slice(which.index + which[0].length));
  if (!relative && /\b(?:than|outpaced|outpacing|outperform(?:ed|ing|s)?|beat|beats|beating|compared|above|below|higher|lower|faster|slower)\b/i.test(t.slice(0, (words[head] as { start: number }).start))) return undefined;
  // Rightwards: "loans to tech SMEs", "lending to private companies" — a complement up to a verb, a place or a stop.
  let last = head;
  if (/^(to|for)$/i.test(words[head + 1]?.w ?? '')) {
    let k = head + 2;
    // "loans to the ecological environment industry": the article opens the complement.
    if (/^the$/i.test(words[k]?.w ?? '') && k + 1 < words.length && !EN_STOP.test((words[k + 1] as { w: string }).w)) k++;
    // A list of complements ("loans for technology, green development, … and the digital economy") runs longer.
    const ahead = t.slice((words[head] as { end: number }).end, (words[Math.min(words.length - 1, head + 8)] as { end: number }).end);
    const reach = /,|\band (?:to|for)\b/.test(ahead) ? 24 : 8;
    while (k < words.length && k - head <= reach) {
      const w = (words[k] as { w: string }).w;
      // "small and medium-sized enterprises": an and between modifiers stays inside; so does "and the" closing a list.
      if (/^and$/i.test(w) && k > head + 2 && !HEAD_EN.test((words[k - 1] as { w: string }).w)) {
        k += reach > 8 && /^the$/i.test(words[k + 1]?.w ?? '') ? 2 : 1;
        continue;
      }
      // "for A, for B, and for C": the preposition repeated opens the next item; "the green upgrading of
      // infrastructure": an of inside an item, the article after it, stay in.
      const gap = t.slice((words[k - 1] as { end: number }).end, (words[k] as { start: number }).start);
      if (w.toLowerCase() === (words[head + 1] as { w: string }).w.toLowerCase() && ((reach > 8 && /,/.test(gap)) || /^and$/i.test((words[k - 1] as { w: string }).w))) {
        k += /^the$/i.test(words[k + 1]?.w ?? '') ? 2 : 1;
        continue;
      }
      // ("loans for projects with direct carbon-reduction benefits": a with inside an item, too.)
      if (/^(?:of|with)$/i.test(w) && k > head + 2 && /^\s+$/.test(gap) && k + 1 < words.length && !EN_STOP.test((words[k + 1] as { w: string }).w.replace(/^the$/i, 'x'))) {
        k += /^the$/i.test(words[k + 1]?.w ?? '') ? 2 : 1;
        continue;
      }
      // A verb or a stop word ends it; so does a name ("in Yi Province"), but not an acronym (SMEs).
      if (EN_STOP.test(w) || (/^[A-Z][a-z]/.test(w) && k > head + 2)) break;
      k++;
    }
    // Capitalised words after the complement are a place ("in Yi Province"); SMEs stays.
    // "green loans to 300 billion yuan": a "to" before the figure is no complement.
    // ("… came to 981.08 billion yuan, and loans to 1,129.18 billion yuan": the verb left out before it.)
    last = k === head + 2 && /^\s*$/.test(t.slice((words[head + 1] as { end: number }).end)) ? head : Math.max(head, k - 1);
  }
  // Leftwards: adjectives and nouns up to a determiner, a verb, a possessive or punctuation.
  let first = head;
  while (first > 0) {
    const prev = words[first - 1] as { w: string; end: number };
    const gap = t.slice(prev.end, (words[first] as { start: number }).start);
    // "small and micro enterprise loans": an and between modifiers, not between two nouns.
    const before = words[first - 2];
    if (/^and$/i.test(prev.w) && /^\s+$/.test(gap) && before && !EN_STOP.test(before.w) && !HEAD_EN.test(before.w) && first < head) {
      first -= 2;
      continue;
    }
    if (!/^\s+$/.test(gap) || EN_STOP.test(prev.w) || /['’]s$/.test(prev.w)) break;
    first--;
  }
  let from = (words[first] as { start: number }).start;
  const to = (words[last] as { end: number }).end;
  // "total outstanding loans": all loans, though total and outstanding end a phrase elsewhere.
  const all = first === head && last === head ? /\b(?:total|overall|all)\s+(?:outstanding\s+)?$/i.exec(t.slice(Math.max(0, from - 24), from)) : null;
  if (all) from -= all[0].length;
  // ("the loan balance in this sector": the loans of a sector named before — which, the words do not say; a quantity
  // of its own, never all loans.)
  const anaphor = THIS_SECTOR_EN.exec(t.slice((words[head] as { start: number }).start));
  if (anaphor) {
    const at = offset + (words[head] as { start: number }).start;
    return { indicator: `subject:loans in ${anaphor[1] as string} ${anaphor[2] as string}#${at}`, words: `loans in ${anaphor[1] as string} ${anaphor[2] as string}`, start: at, end: at + anaphor[0].length };
  }
  // ("non-performing green loans": the loans, and their non-performing part.)
  const nonPerforming = /^(?:non-?performing|bad)[- ]/i.exec(text.slice(from, to));
  if (nonPerforming && from + nonPerforming[0].length < to) from += nonPerforming[0].length;
  const phrase = text.slice(from, to).replace(SCOPE_EN, ' ').replace(LENT_BY_EN, ' ').replace(IN_FIELD_OF_EN, 'for').replace(LOAN_BALANCES_EN, 'loans');
  const read = subjectOf(phrase, offset + from, offset + to, 'en');
  const subject = read && scopeText && !read.scope ? { ...read, scope: scopeText } : read;
  // ("non-performing green loans": the non-performing part of the loans, a quantity of its own.)
  return subject && (nonPerforming || NPL_RIGHT_BEFORE_EN.test(text.slice(Math.max(0, from - 16), from))) && !/不良/.test(subject.part ?? '') ? { ...subject, part: `${subject.part ?? ''}不良`, words: `${subject.words}不良` } : subject;
}

// Words an English noun phrase does not run across: determiners, verbs, prepositions, measure words.
const EN_STOP =
  /^(?:the|a|an|its|their|his|her|this|that|these|those|such|of|in|on|at|by|from|with|as|and|or|but|to|for|was|were|is|are|had|has|have|remained|remains|remain|continued|stayed|kept|reached|stood|amounted|lift|lifted|raise|raised|boost|boosted|totall?ed|came|rose|grew|increased|climbed|jumped|surged|expanded|fell|declined|decreased|reported|recorded|posted|registered|saw|issued|carried|carries|carry|bore|bears|averaged|charged|granted|extended|provided|disbursed|lent|hit|tops?|topped|exceeds?|exceeded|surpass(?:es|ed)?|passed|up|down|accounted|representing|outstanding|total|overall|meanwhile|additionally|also|while|whereas|end|balance|year|percent|billion|million|trillion|yuan|rmb|than|higher|lower|faster|slower|above|below|outpaced|respectively|which|who|where|when|showed|shows|show|said|says|indicated|indicates|revealed|reveals|noted|notes|announced|added|stated|according|about|over|nearly|around|some|more|less|per|cent)$/i;

/** A subject from its phrase: scope words out, the catalog asked, else its own key. */
export function subjectOf(phrase: string, start: number, end: number, lang: 'zh' | 'en'): Subject | undefined {
  // A Chinese subject ends with its noun: 重大技改项目最高给予 is 重大技改项目 and a verb — unless the
  // catalog knows the whole phrase (发卡量, 地方金融企业资产总额).
  if (lang === 'zh' && !lookupSubject(phrase.replace(SCOPE_ZH, ''))) {
    let last: RegExpExecArray | undefined;
    for (const m of phrase.matchAll(HEAD_ZH_ALL)) last = m as RegExpExecArray;
    if (last && last.index + last[0].length < phrase.length && !/^[的\s]*$/.test(phrase.slice(last.index + last[0].length))) {
      const cut = last.index + last[0].length;
      end -= phrase.length - cut;
      phrase = phrase.slice(0, cut);
    }
  }
  const scope = scopeIn(phrase);
  let words = phrase.replace(lang === 'zh' ? SCOPE_ZH : SCOPE_EN, lang === 'zh' ? '' : ' ').replace(/\s+/g, lang === 'zh' ? '' : ' ').trim();
  // Footnote marks and drawing characters are not words: 工业（注1）中长期贷款, ┃创业担保贷款.
  words = words.replace(FOOTNOTE, '').replace(/^[^\p{L}\p{N}“"]+/u, '');
  // 获得贷款支持的科技型中小企业: the firms, counted as borrowers.
  let withLoans = false;
  const borrowers = WITH_LOANS_PREFIX.exec(words);
  if (borrowers && words.length > borrowers[0].length + 1) {
    withLoans = true;
    words = words.slice(borrowers[0].length);
  }
  if (lang === 'zh') words = words.replace(/[“”"「」]/g, '').replace(/^的|的$/g, '');
  // "total outstanding loans", "overall lending": all loans, not bare loans that refer back to a subject.
  else if (ALL_LOANS_EN.test(words)) words = 'total loans';
  // ("the green loan book", "its green loan portfolio": green loans.)
  // ("nationwide inclusive loans", "provincial green loans": the area the loans are of — a holder, not a part.)
  // ("Ding Bank's green loans", "the lender's green loans": whose loans — a holder, not a part.)
  else words = words.replace(LENDER_POSSESSIVE_EN, '').replace(/^(?:(?:the|outstanding|total|overall|new|newly issued|newly granted|nationwide|national|provincial|province-wide|citywide|city-wide)\s+)+/i, '').replace(/(?<=\S)\s+balances?$/i, '').replace(/\bloan (?:book|portfolio)s?$/i, 'loans');
  if (words.length < (lang === 'zh' ? 2 : 4)) return undefined;
  const named = lang === 'en' ? lookupEnglish(asciiLower(words)) : lookupSubject(words);
  if (!named && !(lang === 'zh' ? HEAD_ZH : HEAD_EN).test(words)) return undefined;
  // Clause-like stretches are not noun phrases: a verb or a second figure inside.
  if (lang === 'zh' && /[,;。:]|(?<![\d.])\d+(?:\.\d+)?(?:亿|万|%)(?!元?(?:及)?以[下上]|元?以内|元?(?:及)?以下的|元?的)/.test(words)) return undefined;
  // 普惠小微贷款中信用贷款: a part of a whole the catalog knows.
  const within = lang === 'zh' ? /^(.{2,20}?)贷款中的?(.{2,12}贷款)$/.exec(words) : null;
  const parent = within ? lookupSubject(`${within[1] as string}贷款`) : undefined;
  if (within && parent && !parent.part) {
    return { indicator: parent.id, words: `${within[1] as string}${within[2] as string}`, part: within[2] as string, ...(scope ? { scope } : {}), ...(withLoans ? { withLoans } : {}), start, end };
  }
  const found = lang === 'en' ? named : (named ?? lookupSubject(words.replace(/^(?:新发放|新增|投向)/, '')));
  const indicator = found?.id ?? `subject:${lang === 'en' ? englishKey(asciiLower(words)) : words.replace(/的/g, '')}`;
  // 县域新增绿色贷款, 城区绿色贷款: the loans of a kind of area within the holder's, a part of them.
  const area = lang === 'zh' && found && !found.part ? AREA_PART.exec(words)?.[1] : undefined;
  return {
    indicator,
    words,
    ...(scope ? { scope } : {}),
    ...(found?.part ? { part: found.part } : area ? { part: area } : {}),
    ...(withLoans ? { withLoans } : {}),
    start,
    end,
  };
}

const AREA_PART = /^(县域|城区|市区|主城区|农村地区|乡村|县级)(?=新增|新发放|[\u4e00-\u9fa5]{2})/;

// ("whose total loan balance was": the balance of all loans.)
const ALL_LOANS_EN = /^(?:the\s+)?(?:outstanding\s+)?(?:total|overall|all)\s+(?:outstanding\s+)?(?:loans?|lending|credit)(?: balances?)?$/i;

// Marks of a footnote or a reference inside a phrase: （注1）, [3], ①.
const FOOTNOTE = /[（(]注\d{1,2}[)）]|\[\d{1,3}\]|[①-⑳]/g;
// Firms counted by their having loans: 获得贷款支持的, 有贷款余额的, 取得借款支撑的.
const WITH_LOANS_PREFIX = /^(?:获得(?:贷款|信贷|借款|融资)(?:支持|支撑)?的?|取得(?:贷款|借款)(?:支持|支撑)?的?|有贷款(?:余额)?的?|获贷的?)/;

/**
 * The catalog's id for an English subject phrase, said in any of the ways English says it:
 * "elderly care industry loan" (singular), "lending to sci-tech" (the complement before the noun:
 * sci-tech loans), "green loans to electricity, gas and water supply" (a known subject and its
 * sub-population, an industry's green loans being their own quantity).
 *
 * @example
 * lookupEnglish('lending to sci-tech') // { id: 'tech-loans' }
 * lookupEnglish('green loans to utilities') // { id: 'green-loans', part: 'utilities' }
 */
export function lookupEnglish(phrase: string): { id: string; part?: string } | undefined {
  const key = englishKey(phrase);
  // ("inclusive-finance loans": the catalog's inclusive finance loans, the hyphen a space.)
  const named = lookupSubject(phrase) ?? lookupSubject(key) ?? (key.includes('-') ? lookupSubject(key.replace(/(?<=[a-z])-(?=[a-z])/g, ' ')) : undefined);
  if (named) return named;
  // "lending to sci-tech", "loans for green development": the complement names the loans.
  const to = LOANS_TO_EN.exec(key);
  if (to) {
    const turned = lookupSubject(`${to[2] as string} loans`);
    if (turned) return turned;
  }
  // "green loans to electricity, gas and water supply": a known subject, for one part.
  const of = KNOWN_FOR_EN.exec(key);
  const whole = of ? lookupSubject(of[1] as string) : undefined;
  if (of && whole && !whole.part) return { id: whole.id, part: (of[2] as string).trim() };
  return undefined;
}

// One spelling for the ways English names the same loans: plural nouns, "loan balance", "lending"/"credit" as "loans".
function englishKey(phrase: string): string {
  return phrase
    .replace(/\bloan balances?$/, 'loans')
    .replace(/\b(?:loan|lending)$/, 'loans')
    .replace(/\b(?:loan|lending)(?= (?:to|for) )/, 'loans')
    .replace(/\s+/g, ' ')
    .trim();
}

const LOANS_TO_EN = /^(loans|credit|financing) (?:to|for) (?:the )?([a-z][a-z -]{1,40})$/;
const KNOWN_FOR_EN = /^([a-z][a-z -]{1,40}? loans) (?:to|for) (?:the )?([a-z][a-z ,-]{1,80})$/;
