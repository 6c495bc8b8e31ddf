import { findPlaces } from '../lexicon/places.js';
import { CARD_LINE } from './cards.js';
import { NATIONAL } from './holder.js';
import type { Benchmark, FigureContext, Frame } from './frame.js';
import { SAME_TIME_LAST_YEAR, type TimeRef, lowerBound } from './time.js';
import type { Doc } from '../document.js';
import { TOTAL_LOANS, catalogEntry, lookupSubject } from '../lexicon/catalog.js';
import { takesIn } from '../lexicon/moneyKinds.js';
import { NPL_RATIO_EN, NPL_SHARE_AFTER_EN, NPL_WORDS_EN, type Subject, lentAfterEn, readSubjectEn, readSubjectZh, scopeIn, subjectOf } from '../lexicon/subjects.js';
import { AREA_OF_TOTAL_EN, NATION, OWN_AREA, WHOLE_AREA } from '../lexicon/areaWords.js';
import { ARTICLES } from '../../domain/article.js';

const LATIN = /[A-Za-z]/;
const HAN = /[\u4e00-\u9fa5]/;

/** Whether a stretch of text is English rather than Chinese. */
export function isEnglish(text: string): boolean {
  let latin = 0;
  let han = 0;
  for (const ch of text) {
    if (LATIN.test(ch)) latin++;
    else if (HAN.test(ch)) han++;
  }
  return latin > han;
}

/**
 * Where the words that may name a figure's subject begin: after the last date, place, bank or
 * figure of its clause before it — a subject stands between those and its measure.
 */
const LOAN_NOUN_EN = /\b(?:loans?|lending|credit|financing)\b/i;
// "gas and water production and supply reached": words, then the verb a subject comes before.
// (…, and green loans to transport, storage and postal services at 6.31 trillion yuan: the verb left out.)
// An English sentence that opens with its loans and their verb: "The green loan book has almost quadrupled".
const SENTENCE_SUBJECT_EN = /^\s*((?:[A-Za-z'’-]+ ){0,8}?(?:loans?|lending|credit|loan book|loan portfolio)) (?:has|have|had|was|were|is|are|rose|grew|increased|expanded|climbed|jumped|surged|doubled|tripled|quadrupled|almost|nearly|more than|kept|continued|maintained|posted|recorded|registered|remained|saw|showed)\b/i;
const NOUN_THEN_VERB_EN = /^[\s,]*[a-z][a-z ,-]{0,80}?\b(?:reached|totall?ed|stood|amounted|came to|was|were|rose|grew|increased|expanded|climbed|at|to)\b[^,]*$/i;

export function subjectStretchStart(doc: Doc, ctx: FigureContext, previousEnd: number): number {
  let from = Math.max(ctx.clauseStart, previousEnd);
  const pos = ctx.m.span[0];
  // A date before the subject (截至8月底，…) starts it; a base after it (…较去年底增加) does not.
  let k = lowerBound(doc.times.refs, pos, (r) => r.start) - 1;
  // (…放款前十月累计增, 绿色贷款上半年新增: a period right after a loan noun is inside the subject's clause, not before it.)
  const afterLoanNoun = (r: TimeRef): boolean => r.period !== undefined && /(?:贷款|放款|信贷|融资)$/.test(doc.s.slice(Math.max(from, r.start - 4), r.start));
  while (k >= 0 && ((doc.times.refs[k] as TimeRef).role === 'base' || afterLoanNoun(doc.times.refs[k] as TimeRef)) && (doc.times.refs[k] as TimeRef).start >= from) k--;
  const t = doc.times.refs[k];
  // (个人绿色贷款6月末余额112.4亿元: a date between the loans and their balance is not before the subject.)
  const inside = t !== undefined && t.start > from && LOANS_END.test(doc.s.slice(Math.max(from, t.start - 4), t.start)) && /^(?:的)?(?:余额|餘額)/.test(doc.s.slice(t.end, t.end + 3));
  if (t && t.end <= pos && t.end > from && !inside) from = t.end;
  // English names its place after its subject ("technology loans in Zibo"): only Chinese cuts there;
  // a relative clause (", which grew 8.5%") is about the noun before its comma.
  if (isEnglish(doc.s.slice(from, pos))) {
    if (/^\s*(?:which|that)\s/i.test(doc.s.slice(from, pos))) return Math.max(previousEnd, ctx.windowStart);
    // "green loans to electricity, gas and water production and supply reached": a list inside the
    // phrase, whose commas cut the clause — reach back to the loan noun it hangs on.
    // (The figure's mention may open with its verb: "reached 8.66 trillion yuan".)
    const upToVerb = doc.s.slice(from, pos) + (/^[a-z]+(?: to)?/i.exec(doc.s.slice(pos, ctx.m.span[1]))?.[0] ?? '');
    if (!LOAN_NOUN_EN.test(doc.s.slice(from, pos)) && NOUN_THEN_VERB_EN.test(upToVerb)) {
      const back = Math.max(previousEnd, ctx.windowStart, t && t.end <= pos ? t.end : 0);
      const reach = doc.s.slice(back, from);
      if (back < from && LOAN_NOUN_EN.test(reach) && !/[.;:]/.test(reach)) return back;
    }
    return from;
  }
  const p = doc.places[lowerBound(doc.places, pos, (x) => x.start) - 1];
  if (p && p.end <= pos && p.end > from) from = p.end;
  const b = doc.banks[lowerBound(doc.banks, pos, (x) => x.start) - 1];
  if (b && b.end <= pos && b.end > from) from = b.end;
  // 一年前绿色贷款余额, 上年同期绿色贷款…: a time said in words, before its subject, is not of the subject.
  const said = EARLIER_WORDS_OPEN.exec(doc.s.slice(from, pos));
  return said ? from + said[0].length : from;
}
const LOANS_END = /(?:贷款|放款|信贷|融资)$/;
const EARLIER_WORDS_OPEN = new RegExp(`^\\s*(?:而|在)?(?:${SAME_TIME_LAST_YEAR})[,，]?\\s*`);

/** The subject a figure names in its own clause, if it names one (after any place or bank that holds it). */
export function subjectIn(doc: Doc, from: number, to: number): Subject | undefined {
  if (to <= from) return undefined;
  if (!isEnglish(doc.s.slice(from, to))) {
    const p = doc.places[lowerBound(doc.places, to, (x) => x.start) - 1];
    if (p && p.start >= from && p.end < to) from = p.end;
    const b = doc.banks[lowerBound(doc.banks, to, (x) => x.start) - 1];
    if (b && b.start >= from && b.end < to) from = b.end;
  }
  const text = doc.s.slice(from, to);
  if (!isEnglish(text)) return readSubjectZh(text, from) ?? quotedProduct(text, from);
  // "Changzhou loans", "Shanghai's green loans": a place before an English subject holds it, it is no word of it.
  const place = doc.places[lowerBound(doc.places, from, (x) => x.start)];
  if (place && place.end < to && /^[\s"“]*$/.test(doc.s.slice(from, place.start))) {
    const rest = /^(?:'s|’s)?\s+/.exec(doc.s.slice(place.end, to));
    if (rest) return readSubjectEn(doc.s.slice(place.end + rest[0].length, to), place.end + rest[0].length);
  }
  return readSubjectEn(text, from);
}

// “惠农e贷”余额7034亿元: a product the text names in quotes, right before its measure, is the subject — whatever
// letters its name holds.
const QUOTED_PRODUCT = /["“]([^"“”\s，,。；;]{2,16})["”](?:贷款|产品)?(?:的)?\s*(?:贷款)?(?:余额|规模|累计|发放|投放|新增|增加|授信)[^，,；;。\d]{0,6}$/;
function quotedProduct(text: string, from: number): Subject | undefined {
  const m = QUOTED_PRODUCT.exec(text);
  if (!m) return undefined;
  const name = m[1] as string;
  const start = from + m.index + 1;
  return { indicator: `subject:${name.toLowerCase()}`, words: name, start, end: start + name.length };
}

/**
 * What a count counts when it names it after the number: 28.4万家科技型中小企业获得贷款支持,
 * 14家银行机构, "3,415 technology companies".
 */
export function countedAfter(doc: Doc, ctx: FigureContext): Subject | undefined {
  const rest = ctx.afterInClause;
  // 14家银行机构设立科技支行, 27家银行机构已建立数字化信贷审批系统: a count the catalog names later in the clause.
  const end = ctx.m.span[1] + rest.length;
  for (let k = lowerBound(doc.names, ctx.m.span[1], (h) => h.start); k < doc.names.length; k++) {
    const h = doc.names[k] as (typeof doc.names)[number];
    if (h.start >= end || h.start - ctx.m.span[1] > 32) break;
    if (h.value.stem) continue;
    const kind = catalogEntry(h.value.id)?.unitKind;
    if (kind === 'count' || kind === 'number') return { indicator: h.value.id, words: doc.s.slice(h.start, h.end), start: h.start, end: h.end };
    // "Twelve enterprises have issued technology innovation bonds": firms counted by what they borrowed.
    if (kind === 'money' && /^\s*(?:家|户)?(?:企业|enterprises|companies|firms)/i.test(rest)) return { indicator: h.value.id, words: doc.s.slice(h.start, h.end), start: h.start, end: h.end };
  }
  if (isEnglish(rest)) {
    const m = /^\s+((?:[a-z-]+\s+){0,3}(?:enterprises|firms|companies|businesses|smes|borrowers|projects|banks|institutions|accounts|households))\b/i.exec(rest);
    if (!m) return undefined;
    // ("the six large state-owned banks": what is counted, in its own words, when the catalog has no name for it.)
    const words = (m[1] as string).toLowerCase();
    return subjectOf(m[1] as string, ctx.m.span[1], ctx.m.span[1] + m[0].length, 'en') ?? { indicator: `subject:${words}`, words, start: ctx.m.span[1], end: ctx.m.span[1] + m[0].length };
  }
  const m = /^([\u4e00-\u9fa5“”"]{2,16}?(?:企业|主体|农户|项目|机构|银行|客户|账户|户|小微))/.exec(rest);
  return m ? subjectOf(m[1] as string, ctx.m.span[1], ctx.m.span[1] + (m[1] as string).length, 'zh') : undefined;
}

// The words of a benchmark: 各项贷款, 同期各项贷款增速, 全国同期, "overall loan growth".
const BENCHMARK_ZH = new RegExp(`(?:高于|低于|快于|慢于|高出|超出|超过|领先|比|较)((?:全国|${WHOLE_AREA}|同业|行业)?[^,;。，；]{0,24}?)(?:增速|增幅|增长率|增长|平均水平|水平|平均)?(?:高出|高|低|快|慢)?(?:出|于)?\\s*$`);
const BENCHMARK_EN = /\b(?:than|outpaced|outpacing|above|below|over)\s+(?:that (?:of|for)\s+|the\s+)?((?:[a-z'-]+\s+){0,6}?(?:loans?|lending|credit|growth|average|levels?|rate))\b/i;

/**
 * The benchmark of a gap, from the words before the figure (高于各项贷款增速, 增速比各项贷款高,
 * 比全国同期高) or after it ("higher than the overall loan growth rate"). 各项贷款, 全部贷款,
 * overall loans and the like are total loans; 全国 is the nation's rate; another subject
 * (全国普惠小微贷款增速) is that subject's rate.
 */
export function readBenchmark(ctx: FigureContext, subject: Subject | undefined, holder: string, areaHolder?: (word: string) => string): Benchmark | undefined {
  const english = isEnglish(ctx.cue + ctx.after);
  let words: string | undefined;
  if (english) words = BENCHMARK_EN.exec(ctx.after)?.[1] ?? BENCHMARK_EN.exec(ctx.cue)?.[1];
  else {
    // The comparison's words: from 比/较 (whose verb comes after the benchmark: 比全国贷款增速高出), else
    // from the last 高于/低于/快于… up to the figure.
    const cue = ctx.cue;
    const lead = Math.max(cue.lastIndexOf('比'), cue.lastIndexOf('较'));
    const at = lead >= 0 ? lead : Math.max(cue.lastIndexOf('高于'), cue.lastIndexOf('低于'), cue.lastIndexOf('快于'), cue.lastIndexOf('慢于'), cue.lastIndexOf('高出'), cue.lastIndexOf('超出'), cue.lastIndexOf('超过'), cue.lastIndexOf('领先'));
    words = at >= 0 ? BENCHMARK_ZH.exec(ctx.cue.slice(at))?.[1] : undefined;
    // 低于平均水平: the comparison names an average and nothing else.
    if (words === '' && /平均/.test(ctx.cue.slice(at))) words = '平均';
  }
  if (words === undefined) return undefined;
  // (前者增速比后者高2.0个百分点: the other of two subjects just read — an open benchmark of its own words, never all loans.)
  if (/前者|后者|the (?:former|latter)/i.test(words)) return { indicator: `subject:${words}` };
  const scope = scopeIn(words);
  // Another holder's rate: the nation's (全国同期), the province's of a city (全省平均水平), the peers' (同业).
  let other: string | undefined;
  if (/全国|national|nationwide|the country/i.test(words)) other = holder === NATIONAL ? undefined : NATIONAL;
  else if (/全省|provincial|the province/i.test(words) && !/^region:\d{2}0000$/.test(holder)) other = /^region:\d{6}$/.test(holder) ? `region:${holder.slice(7, 9)}0000` : 'place:全省';
  else if (/同业|行业|peers|the industry|the sector/i.test(words)) other = 'peers';
  const bare = words
    .replace(new RegExp(`本外币|人民币|全国|${WHOLE_AREA}|同期|同业|行业|平均|整体|全部|的|各类`, 'g'), '')
    .replace(/\b(?:the|overall|average|all|total|rate|growth|levels?|of|for|national|provincial|city's|province's|country's)\b/gi, '')
    .trim();
  // (增速比九江市高2.7个百分点: the same subject's rate in the place named.)
  const place = !other && bare ? findPlaces(bare).find((p) => p.start === 0 && p.end === bare.length) : undefined;
  if (place && subject) return { indicator: subject.indicator, ...(scope ? { scope } : {}), holder: place.holder };
  // (高于全市平均水平, 全县同期: the average of an area named by its level — which area, the text may not say.)
  // (A county's rate against 全市 in a city's text: the city's own, where the text says which that is.)
  const area = /全市|全县|全区|全州/.exec(words);
  const areaOf = area && areaHolder ? areaHolder(area[0]) : undefined;
  if (!other && !bare && area) other = areaOf && areaOf !== holder ? areaOf : `place:${area[0]}`;
  let indicator = TOTAL_LOANS;
  // 低于平均水平13.9个百分点 (after 上市银行…平均增速为19.8%): the average of the subject's peers, not all loans.
  if (!english && !bare && !other && subject && /平均/.test(words)) other = 'peers';
  // 比全国高, 高于全省平均水平: the same subject's rate of another holder (deposits against the nation's deposits).
  if (!bare && other && subject && (other !== 'peers' || (!english && /平均/.test(words)))) indicator = subject.indicator;
  else if (bare && !/^(?:贷款|loans?|lending|credit|)$/i.test(bare)) {
    const found = lookupSubject(bare);
    if (found && !found.part) indicator = found.id;
    else if (subject && /本?同类|same/.test(bare)) indicator = subject.indicator;
    // (高于各项存款增速, 高于全部贷款户数增速: the growth of another quantity — deposits, a count of borrowers — never
    // of all loans; an open subject of its own words.)
    else if (NOT_LOANS_BENCHMARK.test(bare)) indicator = `subject:${bare.replace(/(?:增速|增幅|增长率|增长)$/, '')}`;
    else {
      // (高于该行对公贷款增速, 高于全市企业贷款增速: loans of a kind the catalog does not know — their own words, not all loans.)
      const kind = LOANS_OF_A_KIND.exec(bare)?.[1];
      if (kind && !/^(?:各项|全部|整体)?(?:贷款|信贷)$/.test(kind)) {
        const known = lookupSubject(kind);
        indicator = known && !known.part ? known.id : `subject:${kind}`;
      }
    }
  }
  return { indicator, ...(scope ? { scope } : {}), ...(other ? { holder: other } : {}) };
}

// A benchmark's loans of a kind: 该行对公贷款增速 → 对公贷款.
const LOANS_OF_A_KIND = /^(?:该行|本行|我行|全行|全辖)?([\u4e00-\u9fa5]{0,12}?(?:贷款|信贷))(?:平均)?(?:增速|增幅|增长率|增长)?$/;

// 占各项贷款的比重, 占全部绿色贷款的, 在同期企事业单位贷款中占: the whole of a share.
// 占全省绿色贷款的, 在全部贷款中: the area or the whole a share's whole opens with, and the words that name no subject.
const AREA_OPENING = new RegExp(`^(?:同期)?(${WHOLE_AREA}|全国)`);
const WHOLE_WORDS = new RegExp(`同期|当季|当月|本季度?|本月|全部|${WHOLE_AREA}|全国|本行|我行|全行|全辖|全集团|本集团|集团|本公司|新增额|新增量|增加额|增量|新增|余额|总额|总量|的`, 'g');
// (全行不良贷款率: the whole's ratio.)
const WHOLE_BEFORE_NPL = new RegExp(`(?:全行|全部|全辖|${WHOLE_AREA}|全国|本行|该行)\\s*$`);
const WHOLE_ZH = new RegExp(`(?:占(?!比)|在)((?:同期|全部|${WHOLE_AREA}|全国|本行|我行)?[\\u4e00-\\u9fa5、“”]{1,20}?)(?:的|中)?(?:(?:比重|比例|份额|占比)[^,，;；。]{0,10}|(?:中)?(?:占)?(?:为|达|达到|是)?)\\s*$`);
// "the city's", "the country's": the area a whole is of, as the Chinese area words name it.
const AREA_OWN_EN = /\b(?:the\s+)?(city|province|country|nation|county)'s\s/i;
const AREA_EN: Readonly<Record<string, string>> = { city: '全市', province: '全省', country: '全国', nation: '全国', county: '全县', provincial: '全省', national: '全国', municipal: '全市' };
const AREA_TOTAL_EN = new RegExp(`^\\s?(?:percent\\s|per cent\\s|%\\s?)?of\\s(?:the\\s)?(${AREA_OF_TOTAL_EN})\\stotal\\b`, 'i');
const OF_WHICH_NAMED_EN = /^ ?,? ?of which ((?:[A-Za-z-]+ ){0,6}[A-Za-z-]+) (?:was|were|stood at|reached|totall?ed|amounted to|came to) ?(?:RMB|CNY|NT\$|yuan)? ?$/i;
const OF_WHICH_NAMED_ZH = /^[，,]?\s?其中[，,：:]?\s?([^，,。；;\d]{2,24}?)(?:的)?(?:余额|规模)(?:为|达|是)?\s?$/;
const AND_VERB_EN = /^ ?,? ?and (?:amounted to|reached|stood at|totall?ed|came to|hit) ?(?:RMB|CNY|yuan)? ?$/i;
const WITH_THEIR_BALANCE_EN = /\bwith (?:the|its|their) (?:[a-z-]+ ){0,2}(?:loan )?balances?(?: (?:reaching|at|of|standing at|rising to|climbing to|hitting|totall?ing))?\s*(?:about |nearly |over |some )?$/i;
const TIME_AFTER_WHOLE_EN = /\s(?:at|by|as of|in|on|during|over|from|up|down|compared|year)\b/i;
const WHOLE_EN = /\b(?:of|in)\s+(?:the\s+|all\s+|its\s+|the bank's\s+|total\s+)*((?:[a-z'-]+\s+){0,4}?(?:loans?|lending|credit|book|portfolio|balance))\b/i;

/**
 * The whole a share is of: 占各项贷款的比重 is total loans; 占全部绿色贷款的 green loans;
 * "of the total loan balance" total loans; `flow` for a share of new loans.
 */
export function readWhole(ctx: FigureContext): { of: string; flow: boolean; area?: string; place?: string; bare?: boolean; own?: boolean } | undefined {
  const english = isEnglish(ctx.cue + ctx.after);
  if (english) {
    // ("their share of overall loan balances rose to 16.2 percent": the whole named before the figure.)
    // ("or 38.6 percent of the provincial total": the area's own figure of the same subject.)
    const areaTotal = AREA_TOTAL_EN.exec(ctx.after.slice(0, 60))?.[1]?.toLowerCase();
    if (areaTotal) return { of: TOTAL_LOANS, flow: false, area: AREA_EN[areaTotal.replace(/'s$/, '')] as string, bare: true };
    const m = WHOLE_EN.exec(ctx.after.slice(0, 60)) ?? SHARE_OF_BEFORE_EN.exec(ctx.clauseBefore.slice(-120));
    if (!m) return undefined;
    // ("… percent of loans to core digital economy industries": loans of a kind named by their complement, no whole the
    // catalog's word stands for when it does not know them.)
    const complement = /^\s*(?:to|for)\s+(?:the\s+)?[a-z]/i.test(ctx.after.slice(m.index + m[0].length, m.index + m[0].length + 12));
    if (complement) {
      // (…"of all outstanding loans to enterprises at the end of September": the whole's words end where its time begins.)
      const phrase = (/^[^,;.]{0,80}/.exec(ctx.after.slice(m.index + m[0].length - (m[1] as string).length))?.[0] ?? '').split(TIME_AFTER_WHOLE_EN)[0]?.trim() ?? '';
      const named = phrase ? subjectOf(phrase, 0, phrase.length, 'en') : undefined;
      return named && !named.part ? { of: named.indicator, flow: /new/i.test(m[0]) } : undefined;
    }
    // ("accounting for 38.5 percent of the increase in all loans": of the whole's flow.)
    const flow = /new|\b(?:increase|increment|addition|rise)\b/i.test(m[0]);
    // ("of the city's sci-tech loans": the area's own loans of that kind — a whole the catalog may know.)
    const areaWord = AREA_OWN_EN.exec(m[1] as string)?.[1]?.toLowerCase();
    const where = areaWord ? { area: AREA_EN[areaWord] as string } : {};
    const words = (m[1] as string).replace(/^(?:the\s+)?(?:increase|increment|addition|rise)\s+(?:in|of)\s+(?:the\s+|all\s+)?/i, '').replace(/\b(?:the\s+)?(?:city|province|country|nation|region|county|bank|group)'s\s+|\b(?:china|its|their)'?s?\s+(?=\S)/gi, ' ').replace(/\b(?:new|outstanding|total|overall|loan book|portfolio|balances?)\b/gi, ' ').replace(/\s+/g, ' ').trim();
    const found = words ? lookupSubject(words.toLowerCase()) : undefined;
    if (found && !found.part) return { of: found.id, flow, ...where };
    // (A whole of words the catalog does not know is not all loans: "of all loans", "of total loans" and bare "loans" are.)
    return /^(?:all\s+)?(?:loans?|lending|credit)?$/i.test(words) ? { of: TOTAL_LOANS, flow, ...where } : undefined;
  }
  const m = WHOLE_ZH.exec(ctx.cue);
  if (!m) return undefined;
  // 占其各项贷款的12.8%: of the subject's own whole (that kind of bank's loans), not the area's.
  // (在各自同期各项贷款中的占比: each item's own loans.)
  const own = /^(?:其|其自身|自身|本身|各自)(?![他余中])/.exec(m[1] as string);
  const named = (m[1] as string).slice(own ? own[0].length : 0);
  // (本行绿色贷款余额312.6亿元，占济南市绿色贷款的10.91%: the whole of a region the text names, held by it — no part of it.)
  const placed = findPlaces(named)[0];
  const inRegion = placed !== undefined && placed.start === 0 && placed.end < named.length && placed.holder.startsWith('region:') ? placed : undefined;
  const raw = inRegion ? named.slice(inRegion.end) : named;
  const mine = own ? { own: true } : inRegion ? { place: inRegion.holder } : {};
  // (占各项贷款新增额的, 占同期各项贷款增量的: the whole's flow, by any of its names.)
  const flow = /新增|增量|增加额/.test(raw) || /新增/.test(ctx.cue);
  // 占全省绿色贷款的: a whole of the area the word names, which may be another holder's.
  const area = AREA_OPENING.exec(raw)?.[1];
  // 在各项贷款中的占比: the whole is what the share stands among.
  const words = raw.replace(/(?:当中|之中|中)$/, '').replace(/之?比率$|之?比重$/, '').replace(WHOLE_WORDS, '');
  const where = area ? { area } : {};
  // 占全省的3.4%: the area alone, its own figure of the same subject.
  if (!words && area) return { of: TOTAL_LOANS, flow, ...where, bare: true };
  // (其中…约650亿港元，占整体约16%: the whole is what the part is of, not a subject named 整体.)
  if (/^(?:整体|总体|总量|总额|总数)$/.test(words)) return undefined;
  // (占同期本外币各项贷款增量的: the whole in its scope, not a part of it.)
  const scoped = /^(本外币|人民币)(?=\S*贷款)/.exec(words);
  const bare = scoped ? words.slice(scoped[0].length) : words;
  const inScope = scoped ? `@${scoped[1] as string}` : '';
  if (!bare || /^(?:贷款|各项贷款)$/.test(bare)) return { of: `${TOTAL_LOANS}${inScope}`, flow, ...where, ...mine };
  const found = lookupSubject(bare);
  return { of: found ? (found.part ? `${found.id}/${found.part}` : `${found.id}${inScope}`) : `subject:${words}`, flow, ...where, ...mine };
}

// (Only where the lenders are named so: a regulator's official may quote the central bank's all loans as its benchmark.)
const REGULATOR_SERIES = /(?<!人民银行[^，,。；;]{0,8})银行业(?!协会|务)/;
// 按人民银行…统计制度, 按金融监管总局…口径: a statistical scope.
const BRACKETED_SCOPE = /[（(]\s*(?:按(?:照)?)?([\u4e00-\u9fa5]{2,12}?)(?:的)?(?:统计)?口径\s*[)）]/;
const BRACKETED_SCOPE_AFTER = new RegExp(`^\\s*${BRACKETED_SCOPE.source}`);
const OF_THIS_KIND = /^\s+(?:of (?:this|that|the same) (?:kind|type|sort)|of these kinds|of such kind)\b/i;
// ("New loans in the city totaled …" opening its sentence: all new loans, as 全市新增贷款.)
const TOTAL_NEW_EN = /\b(?:total|all)\s+new\s+(?:yuan\s+|rmb\s+|renminbi\s+)?(?:loans|lending)\b|^\s*(?:[-•*·]\s*)?new\s+(?:yuan\s+|rmb\s+|renminbi\s+)?(?:loans|lending)\b/i;
const STAT_SCOPE = /按(?:照)?([\u4e00-\u9fa5]{2,16}?)(?:的)?(?:[\u4e00-\u9fa5]{0,10}?)(?:口径|统计制度|统计标准)(?!.*按(?:照)?[\u4e00-\u9fa5]{2,16}?(?:口径|统计制度|统计标准))/;
// Kinds of institution a breakdown lists (分机构看): 国有大型商业银行, 股份制商业银行, 农村金融机构, 其他机构.
export const INSTITUTION_KIND = /^(?:[一二三四五六七八九十两\d]{1,3}(?:家|大))?(?:国有大型|国有|大型|股份制|全国性|城市|农村|政策性|开发性|外资|中资|民营|中小型|中小|地方法人|村镇|城商|农商|其他)+(?:商业)?(?:银行|金融机构|机构|行)(?:的)?(?:余额|贷款)*$/;
const ISSUED_BEFORE = /(?:新发放|新发|新投放|当月发放)的?\s*$/;
const IN_YUAN_TERMS = /(?:以|按)人民币(?:计|计算)|折合人民币|\bin (?:yuan|renminbi) terms\b/i;
// "Their loans", "its lending", "these firms' loans": the loans of the subject before.
const THEIR_EN = /\b(?:their|its|these (?:firms|companies|enterprises)['’]?|these|those|such)\s+(?:outstanding\s+)?((?:non-?performing|bad)[- ])?$/i;
const THESE_FIRMS_AFTER = /^\s+(?:these|those|such)\s+(?:firms|companies|enterprises|businesses|smes)\b/i;
const FIRMS_EN = /\b(?:enterprises|companies|firms|smes|businesses)$/i;
// This part, these firms: 这部分企业, 该类企业, 上述企业, 其.
const DEMONSTRATIVE = /^(?:这部分|这些|该类|上述|此类|其(?![他余中]))(?:企业|机构|主体|客户)?的?/;
// Bare loans (贷款余额, "a loan balance"): the loans of the subject in force, not total loans.
const COUNTED_KIND_BEFORE = /(?:^|[，,；;：:]|其中|设立|共有|已有|拥有)\s?([\u4e00-\u9fa5]{2,10}?(?:银行|支行|分行|机构|事业部|专营部))\s?(?:共|达|有)?\s?\d{1,5}\s?(?:家|个|所)[，,]\s?(?:其|其中)?$/;
const COUNTED_KIND_OPENS = /^[^，,]*(?:其中|设立|共有|已有|拥有)/;
// The whole of a kind: counting them names no part.
const ALL_INSTITUTIONS = /^(?:银行机构|银行业金融机构|银行业机构|金融机构|银行|机构)$/;
const NOT_LOANS_BENCHMARK = /存款|户数|贷款户|债券|社会融资|融资规模|生产总值|GDP|收入|deposits?|borrowers?|accounts?/i;
const LOANS_NAMED_CLAUSE = /(?:^|[，,：:])\s?([^，,。；;：:]{2,40}?(?:贷款|放款))[，,]\s?$/;
const TOPIC_OPENS = /^.*(?:公布|发布|显示|统计|月底|月末|年底|年末|日)/;
const FIGURE_IN_TOPIC = /\d\s?(?:万|亿|億|萬|兆|元|%|％|户|戶|家|笔|筆)/;
const FORMER_OR_LATTER = /\bthe (?:former|latter)\b|前者|后者/gi;
const GENERIC = /^(?:贷款|放款|授信|信贷|loans?|lending|credit|loan balances?)$/i;
const LENT_TO_COUNTED = /(?:为|向|对)([\u4e00-\u9fa5]{2,14}?)(?:累计)?(?:新)?发放(?:了)?(?:各类)?贷款[\d.,，]*(?:万|亿)?(?:笔|户|家|次)[，,]\s*$/;
// Stocks that are not money lent: deposits, bonds, premiums, funds.
const NOT_LENT = /存款|债券|保费|保险|基金|社会融资|社融|\b(?:deposits?|bonds?|premiums?|insurance|funds?|social financing|aggregate financing)\b/i;
// A catalog name right after these is a benchmark or a whole, not a subject.
// 在各项贷款中占15.58%: a name after 在 is the container of a share, not its subject.
const BENCHMARK_OR_WHOLE_BEFORE = /(?:高于|低于|快于|慢于|高出|超出|领先|跑赢|跑输|比|较|占|在|than|share of|proportion of|% of|percent of|accounted for)[^,;，；。]{0,8}$/i;
// An English benchmark named by the verb that compares: "outpaced (the average growth of) all loans".
const BENCHMARK_BEFORE_EN = /\b(?:outpac(?:e|ed|es|ing)|outperform(?:ed|s|ing)?)\b[^,;.]{0,30}$/i;

// 在涉农贷款中，…: a sentence that opens among a whole.
const AMONG = /^[\s"“]*(?:在|从)?((?:本外币|人民币)?[\u4e00-\u9fa5（）()]{2,20}?(?:贷款|信贷|融资))(?:中|当中|之中)[,，、]/;

/**
 * The whole a sentence opens among (在涉农贷款中，农户贷款余额…): each balance of the sentence
 * that names another subject is a part of it, whose balance it cannot exceed.
 *
 * @example
 * // 在涉农贷款中，农村贷款余额50.36万亿元 …
 * sentenceWhole(doc, sentence) // 'agri-loans'
 */
export function sentenceWhole(doc: Doc, sentence: { readonly start: number; readonly end: number }): Subject | undefined {
  const m = AMONG.exec(doc.s.slice(sentence.start, Math.min(sentence.end, sentence.start + 32)));
  if (!m) return undefined;
  const phrase = m[1] as string;
  const at = sentence.start + m[0].indexOf(phrase);
  return subjectOf(phrase, at, at + phrase.length, 'zh');
}

// A clause that ranks a subject and states no figure: 基础设施绿色升级产业贷款余额最大 (，为14.57万亿元).
// (…余额力争比2024年末翻一番，达到60亿元以上: a clause that says what its subject's balance does, then 达到.)
const NEXT_RANKED = /(?:其次|再次|次之|第[二三四五六七八九])(?:为|是)([^，,；;。\d()（）]{2,20})\s*[,，]\s*$/;
const SHARE_RANKED = /(?:占比|比重)(?:最大|最多|最高|居首|居前|排名第一|位居第一)\s*[,，]\s*$/;
const RANKED = /(?:(?:余额|规模|增量|新增|贷款|占比|比重)(?:最大|最多|最高|居首|居前|排名第一|位居第一)|(?:余额|规模)[^，,；;。]{1,20})\s*[,，]\s*$/;

/**
 * The subject of the clause before, when that clause ranks its balance or says what its balance does, and the
 * figure's own clause only says 为 / 达到 (…余额最大，为14.57万亿元; …余额力争比2024年末翻一番，达到60亿元以上).
 */
export function subjectOfClauseBefore(doc: Doc, ctx: FigureContext, stretch: number): Subject | undefined {
  const pos = ctx.m.span[0];
  const own = doc.s.slice(stretch, pos);
  const from = Math.max(ctx.sentence.start, ctx.windowStart);
  const before = doc.s.slice(from, ctx.clauseStart);
  // (…占比最高，为38%；其次为基础设施绿色升级产业，占比31%: the next item of a ranking, named after 其次为.)
  const next = /^\s*(?:余额|规模)?(?:(?:为|達|达|达到|是|約|约|占比|比重|占)(?:\s*(?:为|达))?\s*)?$/.test(own) ? NEXT_RANKED.exec(before) : null;
  if (next) {
    const words = (next[1] as string).replace(/贷款$/, '');
    const at = from + next.index + next[0].indexOf(next[1] as string);
    return subjectOf(`${words}贷款`, at, at + (next[1] as string).length, 'zh');
  }
  if (!/^\s*(?:(?:为|達|达|达到|是|約|约)\s*)?$/.test(own) && !(/^\s*(?:占比|比重)(?:\s*(?:为|达))?\s*$/.test(own) && SHARE_RANKED.test(before))) return undefined;
  const ranked = RANKED.exec(before);
  if (!ranked) return undefined;
  // (From the clause's own start: the words after the last clause mark before the ranking.)
  const at = from + Math.max(...[',', '，', ';', '；', ':', '：'].map((mark) => before.lastIndexOf(mark, ranked.index - 1) + 1));
  return subjectIn(doc, at, from + ranked.index + (/^(?:余额|规模|增量|新增|占比|比重)/.test(ranked[0]) ? 0 : ranked[0].indexOf('贷款') + 2));
}

/**
 * The subject a figure names in its own clause — the phrase before it, else a catalog name
 * there (or, for bare loans, in its sentence) — and the subject it has, the frame's when it
 * names none. Bare 贷款 after a subject is that subject's loans (投向养老产业贷款…，贷款余额6.45亿元).
 */
// 境内机构, 境外分行 alone before a figure; 集团合计, 境内外合计 after them.
const BOOK_ALONE = /(?:^|[,，;；、\s]|其中)(境内|境外)(?:机构|分行|分支机构|营业机构)?(?:绿色贷款|贷款)?(?:余额)?(?:为|达)?[\s,，:：]*$/;
const BOOKS_TOTAL = /(?:^|[,，;；\s])(?:集团|全行|本行|境内外)?(?:合计|共计)(?:为|达)?\s*$/;

export function figureSubject(doc: Doc, ctx: FigureContext, frame: Frame): { own: Subject | undefined; subject: Subject | undefined } {
  const pos = ctx.m.span[0];
  const stretch = subjectStretchStart(doc, ctx, frame.previousEnd);
  let own = subjectIn(doc, stretch, pos) ?? subjectOfClauseBefore(doc, ctx, stretch) ?? lentAfter(ctx);
  // 全省本外币贷款余额6月末为12.7万亿元: the date stands between the subject and its figure.
  if (!own && stretch > ctx.clauseStart) {
    const t = doc.times.refs[lowerBound(doc.times.refs, pos, (r) => r.start) - 1];
    // (新台币（以下同）, 人民币: the currency the figure is in, between the verb and the figure.)
    const between = doc.s.slice(t?.end ?? pos, pos).replace(/新[台臺]币|人民币|港币|澳门元|[(（]以下同[)）]/g, '');
    // (中小企业放款9月月增632亿元, 个人贷款一季度减少120亿元: so does a change's verb after the date.)
    if (t && t.end === stretch && /^\s*(?:(?:为|达|是|达到|升至|增至|降至|[月年季]?增(?:加|长)?|新增|净增|减少|下降|多增|少增|同比(?:增长|增加|下降|减少|多增|少增)?)\s*)?$/.test(between)) own = subjectIn(doc, Math.max(ctx.clauseStart, frame.previousEnd), t.start);
  }
  // ("Inclusive loans to micro and small firms kept strong momentum, with the yuan-denominated balance reaching 36.1
  // trillion yuan": the balance of the loans the sentence opens with.)
  if (!own && isEnglish(ctx.cue) && WITH_THEIR_BALANCE_EN.test(doc.s.slice(Math.max(ctx.sentence.start, pos - 80), pos))) {
    const opening = doc.s.slice(ctx.sentence.start, pos).search(/[,;]/);
    if (opening > 0) own = subjectIn(doc, ctx.sentence.start, ctx.sentence.start + opening);
  }
  // ("Green loans of the Bank accounted for 12.85% of its total loans of RMB1,802,140 million, and amounted to RMB231,577
  // million": a verb joined by "and" with no subject of its own has the sentence's — not the whole named in between.)
  const first = frame.subjects[0];
  if (!own && first && first.start >= ctx.sentence.start && AND_VERB_EN.test(ctx.cue)) own = { ...first, start: ctx.cueStart, end: pos };
  // ("…green loans reached 327.1 billion yuan, of which renewable energy project finance was 105.3 billion yuan"; 其中“惠农e贷”等
  // 线上产品余额…: a part named after of which / 其中 that no lexicon knows is a part of the loans in force — never them again.)
  const partNamed = !own && first && first.start >= ctx.sentence.start ? (OF_WHICH_NAMED_EN.exec(ctx.cue) ?? OF_WHICH_NAMED_ZH.exec(ctx.cue)) : null;
  if (partNamed && first) own = { ...first, part: (partNamed[1] as string).replace(/\s+/g, ' ').trim(), start: ctx.cueStart, end: pos };
  // "outpaced the average growth of all loans by 28.1 percentage points": the benchmark, not the subject.
  if (own && isEnglish(doc.s.slice(own.start, own.end)) && BENCHMARK_BEFORE_EN.test(doc.s.slice(Math.max(stretch, own.start - 40), own.start))) own = undefined;
  // A catalog name that takes in the phrase read ("the average interest rate for newly issued loans to
  // small and micro enterprises", "loan balance for the digital economy") is what the figure is about.
  const named = nearestName(doc, Math.min(stretch, own?.start ?? stretch), pos);
  if (named && own && named.start <= own.start && named.end >= own.end && named.end - named.start > own.end - own.start) own = named;
  let current = frame.stale ? undefined : frame.subject;
  // (其中 境内机构 6,108.92亿元, 境外机构319.23亿元: a book named alone is the subject in force, in that book; 集团合计…
  // after the books is the whole again.)
  if (!own && current) {
    const before = doc.s.slice(stretch, pos);
    const book = BOOK_ALONE.exec(before);
    if (book) own = { ...current, scope: book[1] as string, start: stretch + book.index, end: pos };
    else if ((current.scope === '境内' || current.scope === '境外') && BOOKS_TOTAL.test(before)) {
      const whole: Subject = { ...current, start: stretch, end: pos };
      delete (whole as { scope?: string }).scope;
      own = whole;
    }
  }
  // ("…, while their share of overall loan balances rose to 16.2 percent": the share of the loans before, whatever loans
  // its whole names.)
  if (current && isEnglish(ctx.cue) && THEIR_SHARE_EN.test(ctx.cue)) own = { ...current, start: ctx.cueStart, end: pos };
  // ("…reached 3.82 trillion yuan and 2.18 trillion yuan respectively, with the former up 18.3 percent and the latter up
  // 16.3 percent", 前者…，后者…: the first or the second of the two subjects the sentence read.)
  // (前者增速比后者高2.0个百分点: the one compared with the other is the first named.)
  const pointers = !own && (frame.pointed || frame.subjects.length === 2) ? [...doc.s.slice(Math.max(ctx.sentence.start, frame.previousEnd), pos).matchAll(FORMER_OR_LATTER)] : [];
  const pointer = pointers.length > 1 && /比|较|高于|低于|than/.test(doc.s.slice(Math.max(ctx.sentence.start, frame.previousEnd), pos)) ? pointers[0] : pointers.at(-1);
  if (pointer) {
    frame.pointed ??= [frame.subjects.at(-2) as Subject, frame.subjects.at(-1) as Subject];
    own = { ...frame.pointed[/former|前者/i.test(pointer[0]) ? 0 : 1], start: ctx.cueStart, end: pos };
  }
  // ("…for infrastructure upgrading reached 16.02 trillion yuan, while clean energy stood at 9.59 trillion yuan": a bare
  // name opening a clause of its own, with its verb, is another part of the loans in force.)
  if (!own && current && isEnglish(ctx.cue)) {
    const sibling = PARALLEL_PART_EN.exec(ctx.cue);
    const words = sibling?.[1]?.trim();
    if (words && !NOT_A_PART_EN.test(words)) own = { ...current, part: words, words: `${current.words.split(/ (?:for|to) /i)[0] as string} for ${words}`, start: ctx.cueStart + (sibling?.index ?? 0), end: pos };
  }
  // 制造业是增量的主要去向，较年初多出16.72亿元: a clause that sets up a topic of its own (X是…) ends the subject in force.
  if (!own && current && newTopicBefore(doc, ctx, frame.previousEnd)) current = undefined;
  // 全市绿色贷款…，其中国有大型商业银行余额合计…；股份制商业银行780.1亿元: a kind of institution's share of
  // the subject in force, a part of it — not a bank of its own.
  // 全省绿色贷款余额分别为：大型银行4,562.3亿元: a kind of bank labelling its figure after a colon.
  // (分机构看，国有大型银行（19646亿元）、股份制商业银行（4333亿元）: after the heading, in brackets, of the paragraph's subject.)
  const byInstitution = BY_INSTITUTION.test(doc.s.slice(Math.max(ctx.sentence.start, ctx.windowStart), pos));
  const label = (byInstitution ? /(?:[：:、]|看[,，]|分[,，:：]|^)\s{0,2}([\u4e00-\u9fa5]{2,12})\s{0,2}[(（]?\s{0,2}$/ : /[：:、]\s{0,2}([\u4e00-\u9fa5]{2,12})\s{0,2}$/).exec(doc.s.slice(stretch, pos));
  const headed = byInstitution ? frame.paragraphSubject : undefined;
  const labelled = (own && !INSTITUTION_KIND.test(own.words) ? own : undefined) ?? current ?? headed;
  if (label && labelled && INSTITUTION_KIND.test(label[1] as string) && !INSTITUTION_KIND.test(labelled.words)) {
    own = institutionPart({ indicator: `subject:${label[1] as string}`, words: label[1] as string, start: pos - (label[1] as string).length, end: pos }, labelled) ?? own;
  }
  // (…余额分别为：大型银行4,562.3亿元: of the loans its sentence named before, when none is in force.)
  const namedBefore = own && !current && INSTITUTION_KIND.test(own.words) ? subjectIn(doc, Math.max(ctx.sentence.start, ctx.windowStart), own.start) : undefined;
  own = institutionPart(own, current ?? namedBefore ?? headed);
  // 其中地方法人银行12家，绿色贷款余额486.2亿元; 全省共设立科技支行86家，科技贷款余额…: the loans of the institutions
  // just counted, a part of the loans (of the area's, not the whole again).
  const counted = own && !own.part && !own.indicator.startsWith('subject:') ? COUNTED_KIND_BEFORE.exec(doc.s.slice(Math.max(ctx.sentence.start, own.start - 40), own.start)) : null;
  const kind = counted ? (counted[1] as string).replace(COUNTED_KIND_OPENS, '') : '';
  if (own && kind.length >= 2 && !ALL_INSTITUTIONS.test(kind)) own = { ...own, part: kind };
  // 四大全国性商业银行绿色贷款余额: a kind of bank before a subject the catalog knows is that kind's part of it.
  const kindBefore = own && !own.part && !own.indicator.startsWith('subject:') ? KIND_THEN_SUBJECT.exec(own.words) : null;
  if (own && kindBefore) own = { ...own, part: kindBefore[1] as string };
  // 分期限看，短期贷款余额…；中长期贷款余额…: after a breakdown's heading, loans of a kind are parts of the loans before it.
  own = breakdownPart(doc, ctx, own, current ?? frame.paragraphSubject);
  // 其中重工业中长期贷款 after 工业中长期贷款: an open subject's name with words before it is a part of it.
  own = narrowerPart(own, current ?? frame.paragraphSubject);
  // (…绿色贷款余额1.12亿元，其中个人贷款0.63亿元，公司贷款0.49亿元: the next clause's loans of another kind, in the
  // sentence of a 其中 part, are the next part of the same whole.)
  const back = own ? doc.s.slice(Math.max(ctx.sentence.start, own.start - 120), own.start) : '';
  if (own && current?.part && !own.part && own.indicator !== current.indicator && own.indicator.startsWith('subject:') && /贷款$/.test(own.words) && !/^(?:各项|全部|人民币|本外币)/.test(own.words) && /[，,；;、]\s*$/.test(back) && back.lastIndexOf('其中') > Math.max(back.lastIndexOf('。'), back.lastIndexOf('；'), back.lastIndexOf(';'))) {
    own = { ...current, part: withoutLoanHead(own.words), words: own.words, start: own.start, end: own.end };
  }
  // 全省科技贷款…。其中，科技型企业贷款…: after 其中, another name the catalog gives the same quantity is a part of it.
  const whole = current ?? frame.paragraphSubject;
  if (own && whole && !own.part && !whole.part && own.indicator === whole.indicator && own.words !== whole.words && /其中[,，:：]?\s*$/.test(doc.s.slice(Math.max(ctx.sentence.start, own.start - 6), own.start))) {
    own = { ...own, part: withoutLoanHead(own.words) };
  }
  // 其中在香港安排发行的绿色和可持续债券 after …绿色和可持续债务总额: after 其中, an open subject of money the
  // whole takes in (bonds or loans of debt, loans of loans) is a part of it.
  if (own && whole && !own.part && own.indicator !== whole.indicator && own.indicator.startsWith('subject:') && OF_WHICH_BEFORE.test(doc.s.slice(Math.max(ctx.sentence.start, own.start - 12), own.start)) && takesIn(whole.words, own.words, true)) {
    own = { ...own, indicator: whole.indicator, part: withoutLoanHead(own.words), ...(whole.scope && !own.scope ? { scope: whole.scope } : {}) };
  }
  // ("Of the total, loans granted by the six major state-owned banks were…", "Among them, the balance of green loans of
  // infrastructure was…": after of which, among them, the loans named are a part of the loans in force — never them again.)
  if (own && whole && !own.part && !whole.part && isEnglish(doc.s.slice(own.start, own.end)) && (own.indicator === whole.indicator || own.indicator === TOTAL_LOANS || GENERIC.test(own.words)) && OF_WHICH_EN.test(doc.s.slice(Math.max(ctx.sentence.start, ctx.windowStart, own.start - 48), own.start))) {
    const named = PART_AFTER_EN.exec(doc.s.slice(own.end, pos))?.[1] ?? BANK_GROUP_EN.exec(doc.s.slice(own.start, pos))?.[1];
    own = { ...whole, part: (named ?? own.words).toLowerCase().replace(/\s+/g, ' ').trim(), start: own.start, end: own.end };
  }
  // 科技金融方面，…该行贷款余额…; （一）绿色金融⏎…相关贷款余额…; "On the green finance front, outstanding loans …": bare
  // loans under a field of finance the text opened are that field's, never all loans — nor the subject before the field.
  // (该行为2.6万户小微企业提供贷款支持，贷款余额…; 服务科技型企业3.21万户，贷款余额…: the loans of the clients just counted.)
  // (全行贷款余额, 各项贷款: all loans named as such — never the field's.)
  // (…该行贷款余额8000亿元，其中绿色贷款余额900亿元: loans of which parts follow are all loans.)
  if (own && TOPIC_LOANS.test(own.words) && !ALL_LOANS_BEFORE.test(doc.s.slice(Math.max(0, own.start - 4), own.start)) && !/^[^。；;]{0,24}其中/.test(doc.s.slice(pos, pos + 30))) {
    // (科技金融方面，本行服务“专精特新”企业1.2万户，授信金额2180亿元，贷款余额…: the clients counted nearer than the field.)
    const servedFrom = Math.max(ctx.sentence.start, own.start - 60);
    const served = SERVED_CLIENTS.exec(doc.s.slice(servedFrom, own.start));
    const topic = served ? undefined : financeTopic(doc, own.start, ctx.sentence.start);
    // (The credit granted them, read as a subject of its own between, is no subject in force over their loans.)
    const inForce = served && current && current.start >= servedFrom + served.index ? undefined : current;
    const phrase = topic && (!current || topic.at > current.end) ? (isEnglish(topic.words) ? `${topic.words} loans` : `${topic.words}贷款`) : served && !inForce ? `${(served[1] ?? served[2]) as string}贷款` : undefined;
    const named = phrase ? subjectOf(phrase, own.start, own.end, isEnglish(phrase) ? 'en' : 'zh') : undefined;
    if (named) {
      own = { ...named, start: own.start, end: own.end, ...(own.scope && !named.scope ? { scope: own.scope } : {}) };
      current = undefined;
    }
  }
  // 这部分企业贷款, 其贷款: the loans of those just counted (获得贷款支持的科技型中小企业…，这部分企业贷款余额).
  const those = own ? DEMONSTRATIVE.exec(own.words) : null;
  // 同期，这部分企业的贷款…: the firms of the sentence before, when this one names none.
  const referred = current ?? frame.paragraphSubject;
  if (own && those && referred) {
    const stem = withoutLoanHead(referred.words);
    const joined = subjectOf(`${stem}${own.words.slice(those[0].length)}`, own.start, own.end, 'zh');
    own = joined ? { ...joined, ...(own.scope && !joined.scope ? { scope: own.scope } : {}) } : own;
  }
  // "Their loans", "its lending" after firms were counted: the loans of those firms (a count left the frame stale).
  // ("its non-performing loans in total": all its loans' — not the loans before.)
  const their = own && /^(?:loans?|lending|credit|loan balances?)(?:不良)?$/i.test(own.words) && !/^\s{1,2}(?:in total|overall|as a whole)\b/i.test(doc.s.slice(own.end, own.end + 14)) ? THEIR_EN.exec(doc.s.slice(Math.max(ctx.sentence.start, own.start - 28), own.start)) : null;
  if (own && their) {
    // ("Their non-performing loans": the non-performing part of those loans.)
    const nonPerforming = (their[1] !== undefined || /不良/.test(own.part ?? '')) && !/不良/.test((frame.subject ?? frame.paragraphSubject)?.part ?? '');
    own = { ...own, words: own.words.replace(/不良$/, '') };
    const firms = frame.subject ?? frame.paragraphSubject;
    // ("Inclusive loans to small and micro businesses" are loans already: such loans are they.)
    if (firms && FIRMS_EN.test(firms.words) && !/\b(?:loans?|lending|credit)\b/i.test(firms.words)) own = { ...(subjectOf(`loans to ${firms.words}`, own.start, own.end, 'en') ?? own), ...(own.scope ? { scope: own.scope } : {}) };
    // ("The bank's green loans stood at … Its loans totaled …": a bank's or a place's own loans are all of them, not the
    // kind before — "its" refers to firms never.)
    else if (firms && !GENERIC.test(firms.words) && !/^its\b/i.test(their[0].trim())) own = { ...firms, ...(own.scope ? { scope: own.scope } : {}), start: own.start, end: own.end };
    // (With nothing named before to refer to, "such loans" are loans of their own words — never all loans.)
    else if (!firms && /\bsuch\s+(?:outstanding\s+)?$/i.test(doc.s.slice(Math.max(ctx.sentence.start, own.start - 12), own.start))) own = { ...own, indicator: `subject:such ${own.words.toLowerCase()}`, words: `such ${own.words}` };
    if (nonPerforming) own = { ...own, part: `${(own.part ?? '').replace(/不良$/, '')}不良`, words: `${own.words.replace(/不良$/, '')}不良` };
  }
  // (该行累计为小微企业发放贷款68万笔，贷款余额已达3620亿元: bare loans after loans granted to someone, counted, are
  // the loans to them.)
  if (own && GENERIC.test(own.words)) {
    const lentTo = LENT_TO_COUNTED.exec(doc.s.slice(Math.max(ctx.sentence.start, own.start - 60), own.start));
    const phrase = lentTo ? `${lentTo[1] as string}贷款` : undefined;
    if (phrase) own = { ...(subjectOf(phrase, own.start, own.end, 'zh') ?? { indicator: `subject:${phrase}`, words: phrase }), start: own.start, end: own.end, ...(own.scope ? { scope: own.scope } : {}) };
  }
  // "Loans to these firms": the words stop at the demonstrative; the firms are those named before.
  if (own && /^(?:loans|lending|credit)\s+to$/i.test(own.words) && THESE_FIRMS_AFTER.test(doc.s.slice(own.end, own.end + 24))) {
    const firms = frame.subject ?? frame.paragraphSubject;
    const named = firms && FIRMS_EN.test(firms.words) ? subjectOf(`loans to ${firms.words}`, own.start, own.end, 'en') : firms && !GENERIC.test(firms.words) && /^(?:loans|lending|credit)\b/i.test(firms.words) ? { ...firms, start: own.start, end: own.end } : firmsNamedBefore(doc.s.slice(Math.max(0, own.start - 400), own.start), own.start, own.end);
    if (named) own = { ...named, ...(own.scope ? { scope: own.scope } : {}) };
  }
  // "Tech SMEs owed banks 3.33 trillion yuan": what firms owe is the loans to them.
  if (own && FIRMS_EN.test(own.words) && /^\s*owed\b/i.test(doc.s.slice(own.end, pos)) && !/\b(?:those|these|such)\s+$/i.test(doc.s.slice(Math.max(0, own.start - 8), own.start))) own = subjectOf(`loans to ${own.words}`, own.start, own.end, 'en') ?? own;
  // ("Total new loans in the province came to…": all new loans, whatever subject was in force.)
  // (Named so, they are no bare loans that refer back to the subject in force.)
  if (own && GENERIC.test(own.words) && TOTAL_NEW_EN.test(doc.s.slice(Math.max(ctx.sentence.start, own.start - 16), own.end))) own = { ...own, indicator: TOTAL_LOANS, words: `new ${own.words}` };
  // ("a loan balance of 7.3 trillion yuan in technology, green, and inclusive finance": loans of the fields named after.)
  const fieldsAfter = own !== undefined && GENERIC.test(own.words) && isEnglish(ctx.cue) ? FIELDS_AFTER_EN.exec(ctx.after) : null;
  if (own && fieldsAfter) {
    const phrase = `loans for ${(fieldsAfter[1] as string).trim()}`;
    own = { ...(subjectOf(phrase, own.start, own.end, 'en') ?? { indicator: `subject:${phrase.toLowerCase()}`, words: phrase }), start: own.start, end: own.end };
  }
  const generic = own !== undefined && GENERIC.test(own.words);
  // "Outstanding yuan loans grew…", 人民币贷款余额… opening a sentence with their currency scope: all loans, a new subject.
  // (全市人民币贷款新增… opening its clause, too.)
  // (前三季度人民币贷款增加…, 全省贷款余额… after 全省绿色贷款…: an area or a scope opening its clause, after the period
  // the clause is of, names all loans too.)
  const opener = own ? doc.s.slice(ctx.clauseStart, own.start).replace(CLAUSE_PERIOD, '') : '';
  const selfLoansEn = own !== undefined && /^(?:loans|lending)$/i.test(own.words) && SELF_LOANS_EN.test(doc.s.slice(Math.max(ctx.clauseStart, own.start - 24), own.start));
  if (own && selfLoansEn) own = { ...own, indicator: TOTAL_LOANS };
  const allLoans =
    generic &&
    own !== undefined &&
    ((own.scope !== undefined &&
      (/^[\s"“]*(?:(?:the\s+)?outstanding\s+)?$/i.test(doc.s.slice(ctx.sentence.start, own.start).replace(/本外币|人民币|yuan|RMB/gi, '')) ||
        // (本外币各项贷款余额…，其中人民币贷款余额…: a scope of its own after 其中 is all loans in that scope.)
        LENDERS_ONLY.test(opener.replace(/本外币|人民币/g, '').replace(/^\s?其中[：:]?/, '')))) ||
      LENDERS_OPENING.test(opener) ||
      SAME_PERIOD_OPENS.test(doc.s.slice(ctx.clauseStart, own.start)) ||
      // (本行绿色贷款余额…。本行贷款余额…: the bank's own bare loans are all its loans, not the kind in force.)
      (own.words.length <= 2 && SELF_LOANS.test(doc.s.slice(Math.max(ctx.clauseStart, own.start - 4), own.start))) ||
      selfLoansEn);
  // (Bare loans after deposits are loans: a stock of another kind is not what bare loans refer back to.)
  // (贷款总额, 授信總額: the total of all loans, named as such — not the loans in force.)
  const totalOfAll = generic && own !== undefined && /^\s{0,2}(?:总额|總額|总量)/.test(doc.s.slice(own.end, own.end + 4));
  // (普惠小微授信户数…，贷款户数…: bare loans after credit lines are the loans of the same stem, not the lines.)
  const otherHead = generic && own !== undefined && current !== undefined && /^(?:贷款|放款)$/.test(own.words) ? /^(.{2,12}?)(?:授信|融资)$/.exec(current.words) : null;
  // 高新技术企业方面，获贷企业26.71万家: the firms a sentence's field names are the firms its bare 企业 count.
  const field = own && GENERIC_FIRMS.test(own.words) ? FIELD.exec(doc.s.slice(Math.max(ctx.windowStart, ctx.sentence.start), ctx.sentence.clauses[1]?.span[0] ?? pos)) : null;
  const fieldFirms = field && FIRMS_ZH.test(field[1] as string) && own ? subjectOf(field[1] as string, own.start, own.end, 'zh') : undefined;
  if (fieldFirms && own) own = { ...fieldFirms, ...(own.withLoans ? { withLoans: true } : {}) };
  // 获得贷款支持的科技型中小企业27.18万家…，本外币贷款余额3.33万亿元: bare loans after firms are the loans to them.
  const firmsStem = generic && own !== undefined && current !== undefined && /^(?:贷款|借款|放款)$/.test(own.words) && FIRMS_ZH.test(current.words) && current.indicator.startsWith('subject:') && current.start >= ctx.sentence.start ? current.words : undefined;
  const restemmed = otherHead && own ? subjectOf(`${otherHead[1] as string}${own.words}`, own.start, own.end, 'zh') : firmsStem && own ? subjectOf(`${firmsStem}贷款`, own.start, own.end, 'zh') : undefined;
  if (restemmed) own = { ...restemmed, ...(current?.scope && !restemmed.scope ? { scope: current.scope } : {}) };
  else if (generic && current && !GENERIC.test(current.words) && !allLoans && !totalOfAll && !NOT_LENT.test(current.words)) own = undefined;
  // 回顾今年各季，首季新增放款737亿元 after 国银对中小企业放款: bare loans of a paragraph are its subject's.
  const paragraph = frame.paragraphSubject;
  if (generic && !allLoans && !totalOfAll && !current && own && paragraph && !GENERIC.test(paragraph.words) && paragraph.words.endsWith(own.words)) {
    own = undefined;
    current = paragraph;
  }
  // 各项贷款余额（2142.10亿元）: a value in brackets is the noun's right before it, whatever compares it.
  // …的三分之二（66.8%）: the value in brackets restates the number word before it, not the noun.
  // (A bracket right after a figure, 691.67亿元（17.59%）, restates nothing of a noun.)
  if (/[(（]\s*$/.test(ctx.cue) && !/^\s*[(（]\s*$/.test(ctx.cue) && !/(?:分之[一二三四五六七八九十]|[一二三四五六七八九十半]成|倍)\s*[(（]\s*$/.test(ctx.cue)) {
    // (The noun after the last bracket or clause mark: not the item before, whose bracket held a clause of its own.)
    const bare = doc.s.slice(Math.max(ctx.clauseStart, pos - 30), pos).replace(/[(（]\s*$/, '').replace(/^.*[)），,；;]/, '').replace(/^.*(?:占|高于|低于|较|比|than|of)/, '');
    const bracket = pos - 1 - (ctx.cue.length - ctx.cue.trimEnd().length);
    const named = subjectIn(doc, bracket - bare.length, bracket);
    // 兴业银行（9689.16亿元）: a bank's figure of the subject in force, the bank its holder.
    const bank = doc.banks[lowerBound(doc.banks, bracket, (b) => b.start) - 1];
    // 合肥（3862.4亿元）、芜湖（1105.7亿元）、滁州（786.3亿元）绿色贷款余额居全省前三: places' figures in
    // brackets, the subject they are of named after the last of them — the places its holders, no parts of it.
    const after = !named && placeBefore(doc, bracket) ? subjectAfterBrackets(doc, ctx.m.span[1]) : undefined;
    const spread = after ? undefined : spreadItem(doc, ctx, bracket, current);
    // (分地区看，增速较高的是杭州（30%）: a place before its bracket holds the figure; it is no part of the loans.)
    const item = spread || after || placeBefore(doc, bracket) ? undefined : breakdownItem(doc, ctx, bracket, named, current ?? frame.paragraphSubject);
    if (after) own = after;
    else if (spread) own = spread;
    else if (item) own = item;
    // (分期限看，中长期贷款（6890亿元）: a part the heading made already stays one.)
    else if (named && !(bank && bank.end === bracket) && !(own?.part !== undefined && own.part === named.words)) own = institutionPart(named, current ?? headed);
  }
  // 按机构分：…，金融租赁公司1096.85亿元; 交通运输、仓储和邮政业 1293.72亿元 on a line under 按行业分：: an item of a
  // breakdown named right before its figure is a part of the loans broken down.
  // (Inline, after a heading in the sentence: only a bare name right before the figure, 、金融租赁公司1096.85亿元.)
  const inlineItem = frame.breakdown !== true && ctx.figure.unit.dimension === 'money' && ITEM_NAME_ONLY.test(ctx.cue);
  if ((frame.breakdown === true || inlineItem) && !/[(（]\s*$/.test(ctx.cue) && (!own || (own.indicator.startsWith('subject:') && !LOAN_HEAD.test(own.words)))) {
    const item = breakdownItem(doc, ctx, pos - (ctx.cue.length - ctx.cue.trimEnd().length), own, current ?? frame.paragraphSubject, frame.breakdown === true);
    if (item) own = item;
  }
  // "…, and those for clean energy to 7.87 trillion yuan": the same subject, another part.
  if (!own && current) {
    // (From before the clause: "those to transport, storage and postal services" has commas of its own.)
    const at = Math.max(frame.previousEnd, ctx.windowStart, pos - 120);
    const those = /\b(?:those|that|the ones?)\s+(for|of|to|in|with)\s+([a-z][a-z ,-]{2,60}?)(?:\s+(?:to|at|was|were|came to|stood at|reached|amounted to|totall?ed))?\s*$/i.exec(doc.s.slice(at, pos));
    if (those) {
      const part = (those[2] as string).trim();
      const span = { start: at + those.index, end: at + those.index + those[0].length };
      // ("Green loans for projects with direct benefits…, and those with indirect benefits": projects with those.)
      if (/^with$/i.test(those[1] as string) && current.part) {
        const head = current.part.replace(/ with .*$/i, '');
        own = { ...current, part: `${head} with ${part}`, words: `${current.words.replace(/ with .*$/i, '')} with ${part}`, ...span };
      } else {
        const cut = current.part ? / (?:to|for|of|in|with) /.exec(current.words) : null;
        const base = cut ? current.words.slice(0, cut.index) : current.words;
        own = { ...current, part, words: `${base} for ${part}`, ...span };
      }
    }
  }
  // 融资担保在保余额…，其中支小支农在保余额1162.3亿元: after 其中, words that name no subject of their own
  // qualify the subject in force — a part of it, never the whole again.
  if (!own && current && !current.part) {
    const qualified = OF_WHICH_QUALIFIER.exec(doc.s.slice(Math.max(ctx.clauseStart, frame.previousEnd), pos));
    const words = qualified?.[1];
    const at = pos - (qualified?.[0].length ?? 0);
    // (其中杭州新增1012亿元: a place after 其中 holds its figure — no part of the subject.)
    const place = words ? doc.within(doc.places, Math.max(0, at - 2), pos, (p) => [p.start, p.end]).length > 0 : false;
    if (words && !NOT_A_QUALIFIER.test(words) && !place) own = { ...current, part: words, words: `${words}${current.words}`, start: at, end: pos };
  }
  // 交通运输、仓储和邮政业为5.62万亿元 after 电力…业绿色贷款: the next part of the same subject.
  if (!own && current?.part) {
    const part = parallelPart(doc.s.slice(stretch, pos));
    if (part) own = { ...current, part, words: `${part}${current.words.slice(current.part.length)}`, start: stretch, end: stretch + part.length };
  }
  // "The green loan book has almost quadrupled in five years, from 9.9 trillion yuan…": the figures of an English
  // sentence after its verb are of the noun phrase it opens with.
  if (!own && !current && isEnglish(ctx.sentenceBefore)) {
    const from = Math.max(ctx.sentence.start, ctx.windowStart);
    const opening = SENTENCE_SUBJECT_EN.exec(doc.s.slice(from, ctx.clauseStart));
    if (opening) own = subjectIn(doc, from, from + (opening[1] as string).length);
  }
  if (!own || (generic && !current)) {
    // A catalog name near the figure: in its clause, or for bare loans anywhere in the sentence's window.
    const from = own ? ctx.windowStart : Math.max(ctx.windowStart, Math.min(ctx.clauseStart, stretch));
    const name = nearestName(doc, from, own ? own.start : pos);
    // (The name inside the part in force, 农村中小银行普惠小微贷款（2310亿元，占比45.1%）: that part still.)
    const same = name !== undefined && current !== undefined && name.indicator === current.indicator && (!current.part || (name.start >= current.start && name.end <= current.end));
    if (name && !same && (own !== undefined || pos - name.end <= 32 || name.start >= ctx.clauseStart)) own = name;
  }
  // 普惠小微方面，一季度末余额达…; 科技型中小企业贷款增势强劲，余额同比增长…: a clause of a bare 余额 is about
  // the name of the clause before it, when nothing else is in force.
  const bareBalance = doc.s.slice(Math.max(ctx.clauseStart, stretch), pos);
  if (!own && !current && BARE_BALANCE.test(bareBalance)) {
    own = nearestName(doc, Math.max(ctx.windowStart, ctx.sentence.start), ctx.clauseStart) ?? announcedSubject(doc, ctx) ?? headingSubject(doc, ctx);
    // (…，2020年末全国本外币余额为…: in the currency its own words say.)
    const scope = own && !own.scope ? scopeIn(bareBalance) : undefined;
    if (own && scope) own = { ...own, scope };
  }
  // 与年初相比，余额增加…; 股份行里，余额排前三的是兴业银行（9689.16亿元）: a Chinese sentence that names no
  // subject of its own, and says what it measures, goes on with the paragraph's subject.
  if (!own && !current && frame.paragraphSubject && !isEnglish(ctx.sentenceBefore) && !subjectNamedBefore(doc, ctx) && MEASURED_BEFORE.test(ctx.sentenceBefore)) {
    own = frame.paragraphSubject;
  }
  // 贷款总额…，不良贷款余额65亿元: bare non-performing loans are the non-performing part of the loans in force.
  // (不良贷款率 after 不良贷款余额: the same part's ratio.)
  // (全行不良贷款率为1.28%: the whole bank's — all loans' — whatever loans are in force.)
  const ofAll = own !== undefined && NPL_ALONE.test(own.words) && WHOLE_BEFORE_NPL.test(doc.s.slice(Math.max(0, own.start - 4), own.start));
  const loans = ofAll ? ({ indicator: TOTAL_LOANS, words: '贷款', start: (own as Subject).start, end: (own as Subject).end } as Subject) : (current ?? frame.paragraphSubject);
  if (own && NPL_ALONE.test(own.words) && loans && (LOAN_WORDS.test(loans.words) || !loans.indicator.startsWith('subject:'))) {
    own = /不良$/.test(loans.part ?? '') ? { ...loans, start: own.start, end: own.end } : { ...loans, part: `${loans.part ?? ''}不良`, words: `${loans.words}不良`, start: own.start, end: own.end };
  }
  // 國銀中小企業放款，放款餘額10兆8,202億元: a clause that only names loans (a topic), then their bare 放款 — the topic's.
  if (own && !current && GENERIC.test(own.words)) {
    const sentenceAt = Math.max(ctx.sentence.start, ctx.windowStart);
    const clause = LOANS_NAMED_CLAUSE.exec(doc.s.slice(sentenceAt, own.start));
    // (金管會公布114年10月底國銀中小企業放款，放款餘額…: a date inside the topic is no figure of it.)
    const topic = clause && !FIGURE_IN_TOPIC.test(clause[1] as string) ? (clause[1] as string) : undefined;
    // (The loans' own words: after the source and the date that open the clause.)
    const words = topic?.replace(TOPIC_OPENS, '');
    const end = sentenceAt + (clause?.index ?? 0) + (clause?.[0].length ?? 0) - 1;
    const named = words ? readSubjectZh(words, end - words.length) : undefined;
    if (named && !GENERIC.test(named.words)) own = { ...named, start: own.start, end: own.end, ...(own.scope && !named.scope ? { scope: own.scope } : {}) };
  }
  // 绿色贷款不良余额, 不良率: the non-performing part of the subject is a quantity of its own.
  let subject = own ?? current;
  // 全市贷款余额, "local and foreign currency loans … loans increased": bare loans of no other subject are all loans.
  // ("Loans of this kind to farmers": the kind named before, not all loans; "their loans" with no one to refer to: theirs.)
  if (subject && subject.indicator.startsWith('subject:') && /^(?:整体|全部|总)?(?:贷款|放款)$|^(?:loans?|lending)$/i.test(subject.words) && (GENERIC.test(subject.words) || !current) && !OF_THIS_KIND.test(doc.s.slice(subject.end, subject.end + 24)) && !THEIR_EN.test(doc.s.slice(Math.max(0, subject.start - 28), subject.start))) {
    subject = { ...subject, indicator: TOTAL_LOANS };
    if (own) own = subject;
  }
  // 按人民银行绿色贷款专项统计制度, 按金融监管总局口径: a statistical scope stated before the figure.
  // (绿色贷款余额（人民银行口径）4218.6亿元: the scope in brackets between the subject and its figure.)
  // (…余额4218.6亿元（人民银行口径）: or right after the figure.)
  const stated = STAT_SCOPE.exec(doc.s.slice(Math.max(ctx.sentence.start, ctx.windowStart), pos)) ?? (subject ? BRACKETED_SCOPE.exec(doc.s.slice(Math.max(subject.end, ctx.windowStart), pos)) ?? BRACKETED_SCOPE_AFTER.exec(doc.s.slice(ctx.m.span[1], ctx.m.span[1] + 24)) : null);
  if (subject && stated && !subject.scope?.includes('口径')) {
    const scope = /人民银行|央行|PBOC/i.test(stated[0]) ? '人民银行口径' : /监管总局|银保监|银监|NFRA/i.test(stated[0]) ? '监管口径' : `${stated[1] as string}口径`;
    subject = { ...subject, scope };
    if (own) own = subject;
  }
  // 全省银行业涉农贷款余额, 银行业金融机构绿色信贷余额…: the regulator's series, which counts
  // other lenders by other rules than the central bank's; never the same quantity as the central bank's figure.
  if (subject && !subject.scope?.includes('口径') && REGULATOR_SERIES.test(doc.s.slice(Math.max(ctx.sentence.start, ctx.windowStart), pos))) {
    subject = { ...subject, scope: subject.scope ? `${subject.scope}·监管口径` : '监管口径' };
    if (own) own = subject;
  }
  // 以人民币计同比增长7.9% after an amount in dollars: the same loans counted in yuan, a quantity of its own.
  if (subject && IN_YUAN_TERMS.test(ctx.cue)) {
    subject = { ...subject, scope: '折合人民币' };
    if (own) own = subject;
  }
  // 新发放普惠小微企业贷款加权平均利率: the rate of loans newly issued, a level apart from the stock's.
  if (own && subject === own && /利率/.test(ctx.cue) && ISSUED_BEFORE.test(doc.s.slice(Math.max(ctx.clauseStart, own.start - 8), own.start))) {
    subject = { ...own, part: `新发放${own.part ?? ''}` };
    own = subject;
  }
  // ("green loans of the six large state-owned banks reached…": what a group of banks holds, a part of all banks'.)
  if (subject && !subject.part && isEnglish(ctx.cue)) {
    const group = BANK_GROUP_EN.exec(doc.s.slice(Math.max(ctx.sentence.start, ctx.windowStart, own && own.start < pos ? own.start : 0), pos));
    if (group) {
      subject = { ...subject, part: (group[1] as string).toLowerCase().replace(/\s+/g, ' ') };
      if (own) own = subject;
    }
  }
  // ("only 0.36 percent of the loans were non-performing": so in English, the words after the figure.)
  const nplWords = /不良/.test(doc.s.slice(Math.max(subject?.end ?? pos, ctx.cueStart), pos)) || (isEnglish(ctx.cue) && ((ctx.figure.unit.dimension !== 'percent' && NPL_WORDS_EN.test(doc.s.slice(Math.max(subject?.end ?? pos, ctx.cueStart), pos))) || NPL_SHARE_AFTER_EN.test(ctx.after) || (ctx.figure.unit.dimension === 'percent' && NPL_RATIO_EN.test(doc.s.slice(ctx.clauseStart, pos)))));
  if (subject && nplWords && !/不良/.test(subject.part ?? '')) {
    const npl = { ...subject, part: `${subject.part ?? ''}不良`, words: `${subject.words}不良` };
    return { own: own ? npl : undefined, subject: npl };
  }
  return { own, subject };
}

// Of which, among them: what opens a part of the loans in force in English.
const OF_WHICH_EN = /\b(?:of which|of the total|of this(?: amount)?|among them|among these|among which)\b[^.;]{0,40}$/i;
// "…green loans of infrastructure was…": the part named after the loans, up to the verb.
const PART_AFTER_EN = /^\s*(?:of|for|to|in)\s+((?:the\s+)?[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,4}?)\s+(?:was|were|stood|reached|totall?ed|amounted|came|grew|rose|increased)\b/i;
// The loans of a group of banks: by their number or size (the five largest banks), or by their kind (joint-stock banks).
const BANK_GROUP_EN = /\b(?:of|at|by|from|among)\s+(?:the\s+)?(?:(?:country|nation|city|province|region)(?:'s|’s)\s+)?((?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|major|big|large|larger|largest|biggest|leading|top)\s+){1,3}(?:[a-z-]+\s+){0,2}banks|(?:state-owned|joint-stock|city commercial|rural commercial|rural|policy|foreign|foreign-funded|private|village and township)\s+(?:commercial\s+)?banks)\b/i;
// ("The NPL ratio of green loans was 0.45 percent": English names the ratio before the loans it is of.)
const SHARE_OF_BEFORE_EN = /\b(?:share|proportion)\s(?:of|in)\s(?:the\s|all\s|total\s|overall\s)*((?:[a-z'-]{1,20}\s){0,4}?(?:loans?|lending|credit)(?:\sbalances?)?)\b/i;
const FIELDS_AFTER_EN = /^\s*(?:yuan\s)?in\s(?:the\s)?(?:fields?\sof\s)?((?:[a-z-]{1,20},?\s(?:and\s)?){0,6}?(?:finance|sectors?|fields?|industries|areas))\b/i;
const THEIR_SHARE_EN = /\b(?:their|its)\s(?:combined\s|overall\s)?(?:share|proportion)\s(?:of|in)\s/i;
const PARALLEL_PART_EN = /(?:^|[,;]\s*)(?:while|whereas|and|but)\s+(?:(?:those|that) (?:for|to|in) )?([a-z][a-z'-]*(?:,? (?:and )?[a-z][a-z'-]*){0,5}?)\s+(?:stood at|reached|was|were|rose to|grew to|totall?ed|came to|amounted to|hit)\s*$/i;
const NOT_A_PART_EN = /\b(?:loans?|lending|credit|it|they|this|that|these|those|its|their|growth|rate|balance|total|figure|share|number|increase|amount|ratio)\b/i;

// "Banks extended 20.1 billion yuan in new loans": in English, what was lent may follow the amount.
function lentAfter(ctx: FigureContext): Subject | undefined {
  if (!isEnglish(ctx.cue)) return undefined;
  const lent = lentAfterEn(ctx.cue, ctx.after);
  if (!lent) return undefined;
  const at = ctx.m.span[1] + lent.start;
  const read = readSubjectEn(lent.words.replace(/^new\s+/i, ''), at);
  // (Bare "new loans" banks extended are all their loans, whatever subject the sentence before was of.)
  return read && GENERIC.test(read.words) ? { ...read, indicator: TOTAL_LOANS, words: lent.words } : read;
}

// A place (bank) whose name ends right where a bracket opens.
function placeBefore(doc: Doc, bracket: number): boolean {
  const place = doc.places[lowerBound(doc.places, bracket, (p) => p.start) - 1];
  const bank = doc.banks[lowerBound(doc.banks, bracket, (b) => b.start) - 1];
  return (place !== undefined && place.end === bracket) || (bank !== undefined && bank.end === bracket);
}

// The rest of a bracket, then more items each with its bracket (、芜湖（1105.7亿元）), then the words after the last.
const BRACKET_RUN = /^[^（）()，,；;。]{0,24}[）)](?:[、和及与][^（）()、，,；;。\d]{1,12}[（(][^（）()]{1,24}[）)])*\s*([^（）()、，,；;。\d]{2,24})/;

/** The subject named right after a run of items with their figures in brackets, if its words name one with a measure. */
function subjectAfterBrackets(doc: Doc, from: number): Subject | undefined {
  const run = BRACKET_RUN.exec(doc.s.slice(from, from + 200));
  if (!run) return undefined;
  const words = run[1] as string;
  const at = from + run.index + run[0].length - words.length;
  const subject = readSubjectZh(words, at);
  // (Its measure named with it: 绿色贷款余额居…, not a verb's object.)
  return subject && /^\s*(?:余额|餘額|贷款余额)/.test(doc.s.slice(subject.end, subject.end + 6)) ? subject : undefined;
}

/** A name without the loans it ends with: 科技型企业 of 科技型企业贷款, what a part or a stem is called. */
function withoutLoanHead(words: string): string {
  return words.replace(/(?:的)?(?:贷款|信贷)$/, '');
}

// 其中 and what may stand between it and the part's name (a place: 其中在香港…).
const OF_WHICH_BEFORE = /其中[,，:：]?[^,，;；。:：\d]{0,8}$/;
// The period or date a clause may open with before its subject (前三季度, 上半年, 6月末, 截至9月末).
// (同期人民币贷款增加…, 而同期本外币贷款余额…: the same period, after an article's own figures, is that of all loans too.)
const CLAUSE_PERIOD = /^[\s"“]*(?:而)?(?:截至|截止)?(?:[一二三四]季度|上半年|下半年|前三季度|今年以来|年初以来|\d{1,2}月(?:末|底)?|[一二三四]季度末|年末|年底|同期|(?:\d{4}年|全年|当年|今年|上年|去年)(?:全年)?)?[,，]?\s*(?:新增|全国|金融机构)?/;
// Firms by kind (科技型中小企业, 涉农经营主体), and bare firms a field can name (获贷企业, 企业).
const FIRMS_ZH = /(?:企业|主体|农户|商户|工商户)$/;
const GENERIC_FIRMS = /^(?:获贷|获得贷款的?|有贷款的?)?企业$/;
// A clause of a bare balance (余额增加, 4月末余额为): its subject was named before it.
// (2020年末全国本外币余额为…: the area and the currency of the balance are no subject.)
const BARE_BALANCE = new RegExp(`^[\\s,，;；]*(?:[^,，;；。]{0,10}?(?:末|底))?(?:${NATION}|${WHOLE_AREA}|${OWN_AREA}|本外币|人民币)*余额`);
// 普惠小微方面，从企事业单位贷款看，: the field a sentence opens with.
const FIELD = /(?:^|[,，;；\s])(?:从|就)?([\u4e00-\u9fa5]{2,16}?)(?:方面|领域|来看|看)[,，]\s*$/;
const LOAN_HEAD = /(?:贷款|信贷|放款|融资)$/;
const NPL_ALONE = /^不良(?:贷款)?$/;
/** Whether a subject is a stock of money a breakdown can split: a catalog indicator, or open words that end in a loan or deposit noun (not 行业, 按机构). */
export const namesMoneyStock = (subject: Subject): boolean => !subject.indicator.startsWith('subject:') || LOAN_HEAD.test(subject.words) || /(?:存款|\bloans|\bdeposits)$/i.test(subject.words);
// Words that name loans anywhere in a phrase.
const LOAN_WORDS = /贷款|信贷|放款|融资/;
// What a statistic of the subject says before its figure: its balance, its change, or its bank's figure in brackets.
const MEASURED_BEFORE = /余额|增长|增加|新增|净增|增速|增幅|同比|较年初|比年初|较上年|比上年|多了|(?:银行|农商行|分行)\s*[(（]\s*$/;

/**
 * The subject a sentence announced before a bare balance's clause: the field it opens with
 * (普惠小微方面，…; 从企事业单位贷款看，…), else the loans a clause before names without a figure
 * (科学研究和技术服务业贷款增长最快，余额同比增长41.9%).
 */
function announcedSubject(doc: Doc, ctx: FigureContext): Subject | undefined {
  const from = Math.max(ctx.windowStart, ctx.sentence.start);
  const field = FIELD.exec(doc.s.slice(from, ctx.clauseStart));
  if (field) {
    const words = field[1] as string;
    const at = ctx.clauseStart - field[0].length + field[0].indexOf(words);
    return subjectOf(LOAN_HEAD.test(words) ? words : `${words}贷款`, at, at + words.length, 'zh');
  }
  const clauses = ctx.sentence.clauses;
  for (let k = clauses.length - 1; k >= 0; k--) {
    const [a, b] = (clauses[k] as { span: readonly [number, number] }).span;
    if (b > ctx.clauseStart || b <= from) continue;
    const subject = readSubjectZh(doc.s.slice(a, b), a);
    if (subject && LOAN_HEAD.test(subject.words)) return subject;
    break; // only the clause right before
  }
  return undefined;
}

// Clients counted right before bare loans: 为2.6万户小微企业提供贷款支持， 服务科技型企业3.21万户，
// (…企业1.2万户，授信金额2180亿元，贷款余额…: the credit granted them may stand between.)
const SERVED_CLIENTS = /(?:为|向)[\d.]{1,8}万?(?:户|家|个)([\u4e00-\u9fa5“”"]{2,14}?)(?:提供|发放)了?(?:贷款|信贷|融资)(?:支持|服务)?[，,]\s?(?:授信[^，,。；;\d]{0,6}[\d.]{1,10}\s?(?:万亿|亿|万)?元[，,]\s?)?$|服务([\u4e00-\u9fa5“”"]{2,14}?)[\d.]{1,8}万?(?:户|家|个)[，,]\s?(?:授信[^，,。；;\d]{0,6}[\d.]{1,10}\s?(?:万亿|亿|万)?元[，,]\s?)?$/;
// A bank's own words right before its bare loans: 本行贷款, 该行贷款.
const SELF_LOANS = /(?:该行|本行|我行|全行|该社|本社)\s?$/;
// ("The bank's green loans stood at … Its loans totaled …": its own bare loans, all of them.)
const SELF_LOANS_EN = /(?:^|\s)(?:its|the (?:bank|lender|group)'s)\s+(?:(?:total|overall|outstanding)\s+)?$/i;
// All loans named as such before bare loans: 全行贷款, 全市贷款, 各项贷款.
const ALL_LOANS_BEFORE = /(?:全行|全辖|全市|全省|全县|全区|全部|各项|整体|总)\s?$/;
// Bare loans a field of finance may own: 贷款, 相关贷款, 该类贷款, "outstanding loans".
const TOPIC_LOANS = /^(?:相关|该类|此类|这类|上述)?(?:贷款|放款|信贷)$|^(?:outstanding\s)?(?:loans|lending)$/i;
// A field of finance opening what follows: 科技金融方面， 在绿色金融领域， 科技金融： 科技金融“加速跑”。 a heading line (（一）科技金融).
// (Opening its clause or line — never the object of a verb: 该行大力发展绿色金融，… names no field of what follows.)
// (The five articles' own names, and 科创金融, 转型金融 beside them.)
const FIELD_STEMS_ZH = [...ARTICLES.map((a) => a.name.replace(/金融$/, '')), '科创', '转型'].join('|');
const FIELD_STEMS_EN = [...ARTICLES.map((a) => a.nameEn.replace(/ finance$/, '')), 'tech', 'sci-tech'].join('|');
const FINANCE_TOPIC_ZH = new RegExp(`(?<=^|[。；;！\\n，,：:]\\s?|[（(][一二三四五六七八九十\\d]{1,2}[)）]\\s?|\\d[.、]\\s?|【)(?:在)?(${FIELD_STEMS_ZH})金融(?:方面|领域|板块|业务)?(?:[，,：:]|“[^”\\n]{1,10}”[。！!]?|[^\\S\\n]*\\n)`, 'g');
const FINANCE_TOPIC_EN = new RegExp(`\\b(?:on|in) the (${FIELD_STEMS_EN}) finance (?:front|sector|area|side)\\b|\\bin (${FIELD_STEMS_EN}) finance,`, 'gi');
// What ends a field's reach: a subject of loans named after it (绿色贷款, 各项贷款), or another sentence's new field.
const LOANS_NAMED = /([\u4e00-\u9fa5]{0,8}?)(?:贷款|信贷)|\b(?:green|tech|inclusive|total|all) loans\b/gi;
const SELF_OR_AREA = new RegExp(`^(?:该行|本行|我行|${WHOLE_AREA}|相关|该类|此类|这类|上述)+`);

/** The field of finance (科技金融, "green finance") the text opened before a position, in its paragraph or the heading line above it. */
function financeTopic(doc: Doc, at: number, sentenceStart: number): { words: string; at: number } | undefined {
  const paragraph = doc.paragraphStart(at);
  // (（一）科技金融⏎报告期末，…: a heading on the line above the paragraph, when the figure's sentence opens it.)
  const headingStart = paragraph > 0 ? doc.paragraphStart(paragraph - 1) : paragraph;
  const opensParagraph = sentenceStart <= paragraph + 1;
  // (科技金融“加速跑”。截至6月末，…: or a sentence of no figure right before, a heading of its own.)
  const lead = doc.s.slice(Math.max(paragraph, sentenceStart - 40), sentenceStart);
  const body = lead.slice(0, -1);
  const previousSentence = lead.slice(Math.max(body.lastIndexOf('。'), body.lastIndexOf('！'), body.lastIndexOf('？')) + 1);
  const headingSentence = previousSentence.length <= 24 && !/\d/.test(previousSentence);
  const from = opensParagraph && paragraph - headingStart <= 24 ? headingStart : headingSentence ? sentenceStart - previousSentence.length : sentenceStart;
  const start = Math.max(from, at - 160);
  const before = doc.s.slice(start, at);
  let found: { words: string; end: number } | undefined;
  for (const m of before.matchAll(FINANCE_TOPIC_ZH)) found = { words: `${m[1] as string}金融`, end: m.index + m[0].length };
  for (const m of before.matchAll(FINANCE_TOPIC_EN)) if (!found || m.index > found.end) found = { words: `${(m[1] ?? m[2]) as string} finance`, end: m.index + m[0].length };
  if (!found) return undefined;
  // (科技金融方面，科技贷款余额…，其中…贷款: loans named after the field are what its bare loans refer to.)
  // (科技金融方面，该行科技贷款余额500亿元。该行贷款余额…: loans of a kind named after the field are what it is about.)
  const between = before.slice(found.end);
  if ([...between.matchAll(LOANS_NAMED)].some((m) => m[1] === undefined || m[1].replace(SELF_OR_AREA, '') !== '')) return undefined;
  return { words: found.words, at: start + found.end };
}

/**
 * 绿色贷款概况（2023年末）\n余额：1.83亿元｜…: a line of key-values under a heading that names their subject.
 * (全省普惠小微贷款⏎截至：2025年6月末⏎余额：4321.5亿元: a card's other labelled lines may stand between.)
 */
function headingSubject(doc: Doc, ctx: FigureContext): Subject | undefined {
  let end = ctx.paragraphStart - 1;
  for (let k = 0; k <= MAX_CARD_LINES; k++) {
    if (end <= 0 || doc.s[end] !== '\n') return undefined;
    // A heading: short (the line break before it within 33 characters), no figure of its own, no sentence ending.
    const near = doc.s.slice(Math.max(0, end - 33), end);
    const cut = near.lastIndexOf('\n');
    if (cut < 0 && end > 33) return undefined;
    const start = end - near.length + cut + 1;
    const line = doc.s.slice(start, end);
    if (CARD_LINE.test(line)) {
      end = start - 1;
      continue;
    }
    if (line.length > 32 || /[。；;]/.test(line) || doc.within(doc.mentions, start, end, (m) => m.span).some((m) => m.kind === 'figure')) return undefined;
    return nearestName(doc, start, end);
  }
  return undefined;
}
const MAX_CARD_LINES = 6;

// Whether the sentence names a subject of its own before the figure (a catalog name or loans).
function subjectNamedBefore(doc: Doc, ctx: FigureContext): boolean {
  const from = Math.max(ctx.windowStart, ctx.sentence.start);
  // (个人养老金资金账户较上年末增加58.4万户，增幅22.97%: a sentence naming a subject of its own — accounts — measures it.)
  return nearestName(doc, from, ctx.m.span[0]) !== undefined || LOAN_WORDS.test(doc.s.slice(from, ctx.m.span[0])) || (from < ctx.clauseStart && subjectIn(doc, from, ctx.clauseStart) !== undefined);
}

// A clause that opens with a topic and 是 / 成为 (制造业是增量的主要去向), not with a measure (增速是…),
// nor a remark that ends in 是 (需要指出的是，…: what follows is still about the subject in force).
const TOPIC_CLAUSE = /(?:^|[,，;；])\s*(?!增速|增幅|余额|占比|其中|这|该|其)([\u4e00-\u9fa5]{2,12}?)(?:是|成为)(?![\d否,，:：])/;

function newTopicBefore(doc: Doc, ctx: FigureContext, previousEnd: number): boolean {
  const from = Math.max(previousEnd, ctx.sentence.start, ctx.windowStart);
  if (from >= ctx.clauseStart) return false;
  return TOPIC_CLAUSE.test(doc.s.slice(from, ctx.clauseStart));
}

/**
 * A kind of institution named as a figure's subject (股份制商业银行780.1亿元): a part of the subject
 * in force; with none in force (or only another kind), of nothing the text has named.
 */
const KIND_THEN_SUBJECT = /^(?:[一二三四五六七八九十两\d]{1,3}(?:家|大))?((?:国有大型|国有|大型|股份制|全国性|城市|农村|政策性|开发性|外资|中资|中小型|民营|地方法人|村镇|城商|农商)+(?:商业)?(?:银行|金融机构|机构|行))(?:的)?[\u4e00-\u9fa5]{2,}$/;

function institutionPart(own: Subject | undefined, current: Subject | undefined): Subject | undefined {
  if (!own || !INSTITUTION_KIND.test(own.words)) return own;
  // (国有大型银行（4.85万亿元） after 各项存款: that kind of bank's deposits, a part too — of whatever stock is in force.)
  if (!current || INSTITUTION_KIND.test(current.words) || !(LOAN_WORDS.test(current.words) || /存款/.test(current.words))) return undefined;
  const kind = withoutEnding(own.words, ['余额', '贷款', '的']);
  // (普惠小微贷款余额98.6亿元…。分机构看，农商银行贷款余额142.6亿元: a kind of bank's loans, named so, are all its loans —
  // not a part of the last subject read.)
  if (/^(?:[一二三四五六七八九十两\d]{1,3}(?:家|大))?[\u4e00-\u9fa5]{2,12}(?:的)?(?:各项)?贷款(?:余额)?$/.test(own.words) && kind !== own.words && current.indicator !== TOTAL_LOANS && LOAN_WORDS.test(current.words)) {
    return { indicator: TOTAL_LOANS, part: kind, words: own.words, start: own.start, end: own.end };
  }
  // (金融租赁公司 before it, a breakdown's item: a kind of institution too.)
  const sibling = current.part !== undefined && (INSTITUTION_KIND.test(current.part) || /(?:公司|银行|机构|合作社)$/.test(current.part));
  const words = sibling && current.words.startsWith(current.part as string) ? current.words.slice((current.part as string).length) : current.words;
  return { ...current, part: kind, words: `${kind}${words}`, start: own.start, end: own.end };
}

/**
 * 分用途看，基础设施绿色升级（12602亿元，占比41.6%）、清洁能源产业（8458亿元…）: an item named before its
 * bracket after a breakdown's heading is a part of the loans the breakdown splits (those in force, or
 * the whole of the part before).
 */
function breakdownItem(doc: Doc, ctx: FigureContext, bracket: number, named: Subject | undefined, inForce: Subject | undefined, itemLine = false): Subject | undefined {
  if (!inForce || !LOAN_HEAD.test(inForce.words) || (named && (!named.indicator.startsWith('subject:') || LOAN_HEAD.test(named.words) || INSTITUTION_KIND.test(named.words)))) return undefined;
  const from = Math.max(ctx.sentence.start, ctx.windowStart);
  if (!itemLine && !BREAKDOWN_HEAD.test(doc.s.slice(from, bracket))) return undefined;
  // (A line's item is the whole line before its figure: its name may hold 、 and 和.)
  const words = itemLine ? /^\s*([\u4e00-\u9fa5][\u4e00-\u9fa5、，,和及与]{1,30}?)(?:\s*[:：])?\s*$/.exec(doc.s.slice(ctx.sentence.start, bracket))?.[1] : (named?.words ?? /(?:^|[、，,；;：:）)])\s{0,2}([\u4e00-\u9fa5]{2,16})\s{0,2}$/.exec(doc.s.slice(from, bracket))?.[1]);
  if (!words || BREAKDOWN_HEAD.test(words)) return undefined;
  const whole = wholeOf(inForce);
  return { ...whole, part: words, words: `${words}${whole.words}`, start: bracket - words.length, end: bracket };
}

/** The whole a part is of (国有大型银行绿色贷款 → 绿色贷款), or the subject itself. */
export function wholeOf(subject: Subject): Subject {
  if (!subject.part || !subject.words.startsWith(subject.part)) return subject;
  const whole: Subject = { indicator: subject.indicator, words: subject.words.slice(subject.part.length), start: subject.start, end: subject.end };
  return { ...whole, ...(subject.scope ? { scope: subject.scope } : {}) };
}

// An item's bare name after a list mark, nothing that measures or compares: 、金融租赁公司 (not 、增加, 占比).
const ITEM_NAME_ONLY = /^\s*[、，,；;：:]?\s{0,2}(?![\u4e00-\u9fa5]*(?:余额|增|减|占|为|达|是|有|比|较|高|低|快|慢|多|少|升|降|提|贷款|发放|投放|合计|共|约|超|近|逾|新|累计|规模|其中|其余|剩|另|此外))[\u4e00-\u9fa5]{2,16}\s{0,2}$/;

// The heading of any breakdown: 分用途看, 分机构看, 按行业分, 分地区看.
export const BREAKDOWN_HEAD = /分(?:期限|用途|行业|产业|部门|机构(?:类型)?|地区|区域|币种|领域|品种)(?:来)?看|按(?:期限|用途|行业|部门|机构|地区)(?:类型)?(?:划分|分|来看|看)/;
/** Every breakdown heading of a stretch (its last opens the items named after it). */
export const BREAKDOWN_HEAD_ALL = new RegExp(BREAKDOWN_HEAD.source, 'g');
/** Whether a stretch opens with a breakdown's heading (分机构看，…; 按行业分：). */
export const opensBreakdown = (text: string): boolean => BREAKDOWN_OPENS.test(text);
const BREAKDOWN_OPENS = new RegExp(`^\\s*(?:${BREAKDOWN_HEAD.source})`);

// The heading of a breakdown by kind of institution: 分机构看, 按机构分, 从机构类型看.
const BY_INSTITUTION = /分机构(?:类型)?(?:来)?看|按机构(?:类型)?(?:划分|分|来看|看)|从机构(?:类型)?(?:来)?看/;

// The heading of a breakdown: 分期限看, 分用途看, 按行业划分, "By term," — what follows is split from the loans before.
const BREAKDOWN = /分(?:期限|用途|行业|产业|部门|机构类型|币种|领域|品种)(?:来)?看|按(?:期限|用途|行业|部门)(?:划分|分|来看|看)|\bby (?:term|maturity|use|sector|industry)\b/gi;

// The parts all loans are broken down by in the statistics: by term and by sector.
const ALL_LOANS_PART = /^(?:短期贷款|中长期贷款|票据融资|住户贷款|住户短期贷款|住户中长期贷款|个人贷款|企(?:事)?业单位贷款|企(?:事)?业单位短期贷款|企(?:事)?业单位中长期贷款|非银行业金融机构贷款|境外贷款)$/;

/** A kind of loans named after a breakdown's heading (分期限看，中长期贷款…): a part of the loans the heading splits. */
function breakdownPart(doc: Doc, ctx: FigureContext, own: Subject | undefined, current: Subject | undefined): Subject | undefined {
  if (!own || !current || !own.indicator.startsWith('subject:') || own.indicator === current.indicator) return own;
  // (分用途看，清洁能源产业贷款…: a use of green loans is named one way wherever it stands.)
  const use = greenUsePart(doc, own);
  if (use !== own) return use;
  // (分期限看，短期贷款… after 绿色贷款: the terms and sectors all loans are broken down by, not a kind of green loans;
  // after 企事业单位贷款, its own terms.)
  if (ALL_LOANS_PART.test(own.words) && !current.indicator.startsWith('subject:') && current.indicator !== TOTAL_LOANS) return own;
  const lent = (x: Subject): boolean => LOAN_HEAD.test(x.words) || /\bloans$/i.test(x.words);
  if (!lent(own) || !lent(current)) return own;
  const from = Math.max(ctx.sentence.start, ctx.windowStart);
  let heading = -1;
  for (const m of doc.s.slice(from, own.start).matchAll(BREAKDOWN)) heading = from + m.index;
  if (heading < 0) return own;
  // The loans split: those named before the heading, or the whole of the part before (中长期贷款 after 短期贷款).
  const whole = current.start < heading || current.part !== undefined ? current : undefined;
  if (!whole || whole.words === own.words) return own;
  return { ...own, indicator: whole.indicator, part: own.words, ...(whole.scope && !own.scope ? { scope: whole.scope } : {}) };
}

// 其中支小支农在保余额, 其中首贷: the qualifier of a part after 其中, before its balance.
// (…领域新增, 其中“五篇大文章”领域新增4286.3亿元: a part's flow too.)
// (其中甲镇为12.6亿元: a part named alone, its measure the whole's.)
const OF_WHICH_QUALIFIER = /其中[，,:：]?\s*([\u4e00-\u9fa5“”"「」]{2,12}?)(?:(?:的)?(?:在保|贷款)?(?:余额|餘額|新增|净增|增加)(?:为|達|达|额)?|为|為|达|達)\s*$/;
const NOT_A_QUALIFIER = /同比|较|比|增|减|新增|累计|年|月|季|末|全省|全市|全县|本外币|人民币/;

// Whose loans are all loans: an area's (全省), or all its banks' (本國銀行放款, 金融机构贷款).
const ALL_LENDERS = '全[省市县区国]|我[省市县区国]|本[省市县区]|全行|全辖|全集团|(?:全体)?本国银行|(?:全体)?国银|(?:全部|各)?金融机构|银行业(?:金融机构)?';
// (Compiled once: the opener of every figure is tested against them.)
// (；同期贷款增加…: bare loans in the same period as an article's own figures are all loans.)
const SAME_PERIOD_OPENS = /^[\s"“]*(?:而)?同期[,，]?\s*$/;
const LENDERS_ONLY = new RegExp(`^[\\s"“]*(?:${ALL_LENDERS})?$`);
// (全省全年新增贷款, 全省前三季度新增贷款: the lenders, the period, then the loans.)
const LENDERS_OPENING = new RegExp(`^[\\s"“]*(?:${ALL_LENDERS})(?:全年|当年|今年|\\d{4}年|前三季度|上半年|[一二三四]季度)?(?:本外币|人民币)?(?:新增)?$`);

// The uses green loans are broken down by in the central bank's statistics: 基础设施绿色升级产业贷款, 投向具有直接碳减排效益项目的贷款.
const GREEN_USE = /^(?:投向)?(?:具有)?(基础设施绿色升级|清洁能源|节能环保|生态环境|清洁生产|绿色服务|直接碳减排效益项目|间接碳减排效益项目)(产业)?(?:的)?(?:贷款)?$/;

/**
 * An open subject naming a use of green loans, in a text that names green loans: a part of them.
 *
 * @example
 * // in 绿色贷款余额33.77万亿元…基础设施绿色升级产业贷款余额14.57万亿元
 * greenUsePart(doc, { indicator: 'subject:基础设施绿色升级产业贷款', words: '基础设施绿色升级产业贷款', … })
 * // { indicator: 'green-loans', part: '基础设施绿色升级产业', words: '基础设施绿色升级产业贷款', … }
 */
export function greenUsePart(doc: Doc, subject: Subject): Subject {
  if (subject.part || !subject.indicator.startsWith('subject:')) return subject;
  const use = GREEN_USE.exec(subject.words);
  if (!use || doc.firstNamed('green-loans') === Infinity) return subject;
  return { ...subject, indicator: 'green-loans', part: `${use[1] as string}${use[2] ?? ''}` };
}

// Words before a subject's name that do not narrow it: 非个人贷款 is no part of 个人贷款.
const NOT_NARROWER = /^(?:非|其他|其余|除|不含|剔除|全部|各项|整体|合计|新发放|新增|累计)/;

/** An open subject named with words before the open subject in force (重工业中长期贷款 after 工业中长期贷款): a part of it. */
function narrowerPart(own: Subject | undefined, current: Subject | undefined): Subject | undefined {
  if (!own || !current || own.part || !own.indicator.startsWith('subject:') || !current.indicator.startsWith('subject:') || own.indicator === current.indicator) return own;
  // (轻工业中长期贷款 after 重工业中长期贷款, itself a part: of the same whole.)
  const whole = current.part && current.words.startsWith(current.part) ? current.words.slice(current.part.length) : current.part ? '' : current.words;
  if (isEnglish(own.words) || whole === '' || !own.words.endsWith(whole) || !LOAN_HEAD.test(whole)) return own;
  const part = own.words.slice(0, own.words.length - whole.length).replace(/的$/, '');
  if (part.length === 0 || part.length > 8 || NOT_NARROWER.test(part)) return own;
  return { ...own, indicator: current.indicator, part, ...(current.scope && !own.scope ? { scope: current.scope } : {}) };
}

// 绿色贷款主要投向A（186.25亿元）、B（97.40亿元）及C（…）: where loans went, item by item.
const SPREAD = /(?:投向|投放于|集中(?:在|于)|分布(?:在|于))/g;

/** An item of a breakdown of the loans before 投向 (…主要投向电力…业（186.25亿元）): a part of them. */
function spreadItem(doc: Doc, ctx: FigureContext, bracket: number, current: Subject | undefined): Subject | undefined {
  // (…集中在杭州（6820亿元）…；…新增较多的地区为杭州（1012亿元）: a spread named before a ； is another clause's.)
  const sentenceFrom = Math.max(ctx.sentence.start, ctx.windowStart);
  const from = sentenceFrom + Math.max(doc.s.slice(sentenceFrom, bracket).lastIndexOf('；'), doc.s.slice(sentenceFrom, bracket).lastIndexOf(';')) + 1;
  const head = doc.s.slice(from, bracket);
  let at = -1;
  let verb = '';
  for (const m of head.matchAll(SPREAD)) {
    at = m.index;
    verb = m[0];
  }
  if (at < 0) return undefined;
  // Items end at the bracket of the one before: an item's own name may hold 、 and 和 (交通运输、仓储和邮政业).
  const item = head.slice(at + verb.length).replace(/^.*[)）]\s*[、，,及和与]?/, '').replace(/^(?:及|和|与|以及)/, '').trim();
  if (item.length < 2 || item.length > 24 || /[\d，,。；;]/.test(item)) return undefined;
  // The loans named before the verb, in its clause and after its date (截至2024年末本行绿色贷款主要投向…).
  const clause = Math.max(head.lastIndexOf('，', at), head.lastIndexOf(',', at)) + 1;
  const time = doc.times.refs[lowerBound(doc.times.refs, from + at, (r) => r.start) - 1];
  const start = Math.max(from + clause, time && time.end <= from + at ? time.end : 0);
  const loans = subjectIn(doc, start, from + at - (/(?:主要|大部分|多数|重点)$/.exec(head.slice(0, at))?.[0].length ?? 0)) ?? nearestName(doc, from, from + at) ?? current;
  if (!loans || !(LOAN_WORDS.test(loans.words) || /\bloans\b/i.test(loans.words))) return undefined;
  return { ...loans, part: item, words: `${item}${loans.words}`, start: bracket - item.length, end: bracket };
}

/** The last catalog name in [from, to) that is not a benchmark or a whole, as a subject. */
export function nearestName(doc: Doc, from: number, to: number): Subject | undefined {
  for (let k = lowerBound(doc.names, to, (h) => h.start) - 1; k >= 0; k--) {
    const h = doc.names[k] as (typeof doc.names)[number];
    if (h.start < from) return undefined;
    if (h.end > to || h.value.stem) continue;
    if (BENCHMARK_OR_WHOLE_BEFORE.test(doc.s.slice(Math.max(from, h.start - 10), h.start))) continue;
    if (BENCHMARK_BEFORE_EN.test(doc.s.slice(Math.max(from, h.start - 40), h.start)) && isEnglish(doc.s.slice(h.start, h.end))) continue;
    const words = doc.s.slice(h.start, h.end);
    const scope = scopeIn(doc.s.slice(Math.max(from, h.start - 4), h.end));
    return { indicator: h.value.id, words, ...(scope ? { scope } : {}), start: h.start, end: h.end };
  }
  return undefined;
}

// A sub-population named alone before its measure (交通运输、仓储和邮政业为, …的这一数字为): words that are no measure, time or marker.
function parallelPart(text: string): string | undefined {
  // (…，制造业新增886.2亿元 after 其中科技领域新增…: the next part's flow.)
  // (分地区看，东部地区…增长13.1%，中部地区增长16.2%: the next part's rate.)
  const m = /^[\s，,；;、]*([\u4e00-\u9fa5、“”]{2,24}?)(?:(?:的)?(?:这一数字|该项|余额)?(?:为|达|是|达到)|(?:新增|净增|增加)(?:额)?(?:为|达)?|(?:同比|比年初|较年初|较上年末|比上年末)?(?:增长|增幅为|增速为))\s*$/.exec(text);
  if (!m) return undefined;
  const words = m[1] as string;
  // (不良率为, 利率为: the name of a level of the subject, no sub-population.)
  if (/同比|较|比|增|减|占|高|低|其中|合计|分别|年|月|季|末|期|率$/.test(words)) return undefined;
  return words;
}

/** Whether the frame's subject still holds for a figure with none of its own. */
export function carried(frame: Frame): Subject | undefined {
  return frame.stale ? undefined : frame.subject;
}

// The words without the endings given, however many of them follow each other (余额, 贷款余额的).
function withoutEnding(words: string, endings: readonly string[]): string {
  let w = words;
  for (let found = true; found; ) {
    found = false;
    for (const e of endings) {
      if (w.length > e.length && w.endsWith(e)) {
        w = w.slice(0, -e.length);
        found = true;
      }
    }
  }
  return w;
}

/**
 * The loans of the firms last named before "these firms", when the catalog knows them: firms
 * counted in words ("Half of China's technology-based SMEs had loans…") leave no subject in force,
 * yet "loans to these firms" are theirs.
 */
function firmsNamedBefore(before: string, start: number, end: number): Subject | undefined {
  // (Within the paragraph: a blank line ends what "these" can point to.)
  const words = before.slice(before.lastIndexOf('\n\n') + 1).split(/\s/);
  let at = words.length - 1;
  while (at >= 0 && !FIRMS_WORD_EN.test(words[at] as string)) at--;
  if (at < 0) return undefined;
  const phrase: string[] = [(FIRMS_WORD_EN.exec(words[at] as string) as RegExpExecArray)[0]];
  // The words before the firms, back to a word that ends their phrase ("of", "the", "China's").
  for (let k = at - 1; k >= 0 && phrase.length < 7 && /^[A-Za-z][\w-]*$/.test(words[k] as string) && !/^(?:of|the|its|their|had|have|with)$/i.test(words[k] as string); k--) phrase.unshift(words[k] as string);
  for (let i = 0; i < phrase.length; i++) {
    const found = subjectOf(`loans to ${phrase.slice(i).join(' ')}`, start, end, 'en');
    if (found && !found.indicator.startsWith('subject:')) return found;
  }
  return undefined;
}

const FIRMS_WORD_EN = /^(?:enterprises|companies|firms|smes|businesses)\b/i;
