import type { BankHit } from '../lexicon/banks.js';
import type { PlaceHit } from '../lexicon/places.js';
import { NATIONAL_CODE, regionByCode } from '../../domain/gbt2260.js';
import type { Doc } from '../document.js';
import type { FigureContext } from './frame.js';
import { type TimeRef, lowerBound } from './time.js';
import { JURISDICTION_AREA, MAINLAND, NATION, OWN_AREA, WHOLE_AREA } from '../lexicon/areaWords.js';

/** The holder of figures that a text states of the whole country. */
export const NATIONAL = 'national';
/** The holder of a text that never names one: its figures are all about one unnamed holder. */
export const TEXT_HOLDER = 'text';

// Words that say a text speaks of the whole country.
const NATIONAL_MARKERS_NAMED =
  /我国|大陆(?=[\u4e00-\u9fa5]{0,8}(?:贷款|放款|金融|人民银行|央行))|全国(?!性|首|第|同期|平均|水平|各地|范围内的?(?:首|第))|中国人民银行(?:发布|数据|统计(?!口径|制度)|公布|公告)|央行(?:发布|数据|统计(?!口径|制度)|公布|公告)|人民银行(?:发布|数据|统计(?!口径|制度)|公布)|金融监管总局(?:数据|发布|公布|新闻发言人)|金融机构(?:人民币|本外币)|\bChina's\b|\bthe country's\b|(?<!branch of |branch of the )\b(?:the )?People's Bank of China(?:'s)?(?: \(PBOC\))? (?:said|says|showed|shows|data|statistic|report|released|figures)|\b(?:[Aa]ccording to|data from|figures from|statistics from) the (?:People's Bank of China|PBOC|PBoC|central bank|National Financial Regulatory Administration)\b|\b[Tt]he (?:PBOC|PBoC|central bank)(?:'s)? (?:said|says|data|showed|statistical|quarterly|report)\b|\bChina (?:has|had|is|was|saw)\b|\bnationwide\b|\bacross China\b|\bin China\b|\bChinese (?:banks|lenders|financial institutions)\b/;
const NATIONAL_MARKERS = new RegExp(`${MAINLAND}|${NATIONAL_MARKERS_NAMED.source}`, 'g');

// Regulators, banks and currencies that name an area with its own statistics (Taiwan,
// Hong Kong, Macau), for a text that names no place of its own.
const AREA_REGULATORS: readonly (readonly [string, RegExp])[] = [
  ['710000', /金管会|金融监督管理委员会|本国银行|(?<![中美英德法韩泰])国银(?!行)|新台币|新臺幣|\bFinancial Supervisory Commission\b|\bNT\$/],
  ['820000', /澳门金融管理局|澳门元|澳门币|\bMonetary Authority of Macao\b|\bpatacas?\b/],
  ['810000', /香港金融管理局|(?<![省市区县州])金管局|本港|在港|港元|\bHong Kong Monetary Authority\b|\bHKMA\b|\bHK\$/],
];

const UNNAMED_OWN_AREA = /(?<![周边邻近相省外另一])某(?:省|市|县)(?![\u4e00-\u9fa5]{0,1}(?:场|民|长|委|政府))/;
const LOCAL_AREA_WORDS = /全省|我省|全市|我市|全县|我县|全州|本省|本市/g;

/** Why a holder was chosen for a text: the option, the places it names, the nation, or none. */
export interface DocumentHolder {
  readonly holder: string;
  readonly reason: 'option' | 'named' | 'national' | 'self' | 'none';
}

/**
 * The holder of a text's figures that name none of their own: the region given, else the
 * nation when the text speaks of the country (我国, 全国, the central bank's release) more than
 * of any place, else the place it names most (not in a dateline), else the bank a report
 * speaks for (本行, 本集团), else the text's own unnamed holder — so that a text naming nobody still compares with itself. The one rule
 * for `checkText` and the CLI.
 *
 * @example
 * documentHolder('中国人民银行发布…我国本外币绿色贷款余额…', [], [], []).holder // 'national'
 */
export function documentHolder(s: string, places: readonly PlaceHit[], banks: readonly BankHit[], times: readonly TimeRef[], region?: string, firstFigure = Infinity): DocumentHolder {
  if (region !== undefined) return { holder: region === NATIONAL_CODE ? NATIONAL : `region:${region}`, reason: 'option' };
  const datelines = times.filter((t) => t.role === 'dateline');
  const counts = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  for (const p of places) {
    if (!p.holder.startsWith('region:')) continue;
    // 新华社北京4月20日电: where the news was written, not what it is about; so is a paper's masthead (香港文匯報訊).
    if (datelines.some((d) => p.end <= d.start && d.start - p.end <= 6) || MASTHEAD_AFTER.test(s.slice(p.end, p.end + 8))) continue;
    if (banks.some((b) => p.start >= b.start && p.end <= b.end)) continue;
    // (全省…，其中，福州市…: a place named as a part of the text's area is not what the text is about.)
    if (OF_WHICH_RIGHT_BEFORE.test(s.slice(Math.max(0, p.start - 40), p.start))) continue;
    // (增速比九江市高2.7个百分点: a place compared with is not what the text is about.)
    if (COMPARISON_BEFORE.test(s.slice(Math.max(0, p.start - 10), p.start))) continue;
    counts.set(p.holder, (counts.get(p.holder) ?? 0) + 1);
    if (!firstSeen.has(p.holder)) firstSeen.set(p.holder, p.start);
  }
  // (…green loans reached 43.51 trillion yuan. Shanghai's green loans totaled…: a place named once, after figures
  // that named none, holds its own figure — not the text.)
  for (const [holder, n] of counts) if (n === 1 && (firstSeen.get(holder) ?? 0) > firstFigure) counts.delete(holder);
  // (某省科技贷款余额…，增量较多的地区为杭州…、宁波…: a text that names its own area without its name, before any place,
  // is about that area; the places after it are its parts.)
  const unnamed = UNNAMED_OWN_AREA.exec(s);
  if (unnamed && [...firstSeen.values()].every((at) => at > unnamed.index)) counts.clear();
  let best: [string, number] | undefined;
  for (const [holder, n] of counts) if (!best || n > best[1] || (n === best[1] && holder > best[0])) best = [holder, n];
  // 高于全国, 比全国贷款增速: the nation as a benchmark; 全省金融机构本外币: the province's institutions.
  // (大陆地区放款 in a Taiwan regulator's release is a kind of its banks' loans, not the nation's figure.)
  const taiwan = AREA_REGULATORS[0]?.[1].test(s) === true;
  const national = [...s.matchAll(NATIONAL_MARKERS)].filter((m) => {
    const before = s.slice(Math.max(0, m.index - 10), m.index);
    if (COMPARISON_BEFORE.test(before) || (taiwan && m[0].startsWith('大陆'))) return false;
    return !(/^金融机构/.test(m[0]) && /(全省|全市|全区|全县|辖区|辖内|省|市|区|县|州)$/.test(before));
  }).length;
  // 全国…。全市…: a local text that sets the nation's figures beside its own is about its own area.
  const local = [...s.matchAll(LOCAL_AREA_WORDS)].filter((m) => !COMPARISON_BEFORE.test(s.slice(Math.max(0, m.index - 10), m.index))).length;
  // (我省, 本市: a text that speaks for its own area is that area's, however often it names the nation.)
  const own = /我省|本省|我市|本市|我区|我县|本县/.test(s);
  if (national > 0 && national > local && !own && (!best || national > best[1])) return { holder: NATIONAL, reason: 'national' };
  if (best) return { holder: best[0], reason: 'named' };
  // A bank's own report (本行, 本集团) that names no place: its figures are the bank's, the
  // headline's too — the group's when the report speaks for a group.
  const selves = [...s.matchAll(SELF)];
  // (9月末，全省各项贷款余额…。赵某：…我行绿色贷款余额…: a release of the area's figures that lets a bank speak is the
  // area's; only the bank's own words are the bank's.)
  const areaFirst = s.search(LOCAL_AREA_WORDS);
  const firstSelf = selves[0]?.index ?? 0;
  const spoken = local > 0 && areaFirst >= 0 && areaFirst < firstSelf && SPEAKER_BEFORE.test(s.slice(Math.max(0, firstSelf - 40), firstSelf));
  if (selves.length > 0 && !spoken) return { holder: selves.some((m) => m[1] === '本集团') ? 'entity:group' : 'entity:bank', reason: 'self' };
  // ("The Group's inclusive loans …", "the lender's green loans": an English report of a bank no one names.)
  const selvesEn = banks.length === 0 ? [...s.matchAll(SELF_EN)] : [];
  if (selvesEn.length > 0) return { holder: selvesEn.some((m) => (m[1] as string).toLowerCase() === 'group') ? 'entity:group' : 'entity:bank', reason: 'self' };
  // 金管會統計…本國銀行…新臺幣: the release of a regulator of its own area speaks of that area
  // (大陆地区放款 in it is a kind of loan of that area's banks, not the nation's figure).
  const regulated = AREA_REGULATORS.find(([, words]) => words.test(s));
  if (regulated) return { holder: `region:${regulated[0]}`, reason: 'named' };
  return { holder: TEXT_HOLDER, reason: 'none' };
}

// Words of a sentence that name the whole area of the text (全省, 辖区) or the nation (全国, 我国).
const AREA_WORDS = new RegExp(`${WHOLE_AREA}|${OWN_AREA}|${JURISDICTION_AREA}|该省|该市|该县|[Tt]he province(?:'s)?|[Tt]he city(?:'s)?`);
const AREA_WORDS_ALL = new RegExp(AREA_WORDS.source, 'g');
const JURISDICTION = new RegExp(`^(?:${JURISDICTION_AREA})$`);
// (…, which ranked second in the province; 居全省第二: the area a rank is in.)
const WHOLE_OR_BENCHMARK_BEFORE = /(?:占|在|高于|低于|快于|慢于|高出|超出|超过|领先|比|较|居|位列|than|of|above|below)[^,;。，；]{0,6}$|\brank(?:ed|ing|s)?(?: [a-z-]+){0,2} (?:in|among) $/i;

/** The last character of a place's full name, its kind (区, 县, 市): 寒亭 is a 区. */
function kindOfPlace(place: PlaceHit): string {
  const code = /^region:(\d{6})$/.exec(place.holder)?.[1];
  return ((code ? regionByCode(code)?.name : undefined) ?? place.name).slice(-1);
}

/** The level an area word names: 全省 a province, 全市 a prefecture, 全县 a county; 辖区 and 全区 none in particular. */
export type AreaLevel = 'province' | 'prefecture' | 'county';
function levelOf(word: string): AreaLevel | undefined {
  // (全疆: Xinjiang's whole; 全州, 全盟: an autonomous prefecture's, a league's — prefecture-level.)
  if (/省|疆|province/.test(word)) return 'province';
  if (/市|州|盟|city/.test(word)) return 'prefecture';
  if (/县/.test(word)) return 'county';
  return undefined;
}

/**
 * The level of the area a text is about: its region's (the option, or the place it names most),
 * else the level of the first area word it uses (全市…). Another level's word is another holder.
 */
export function homeLevel(s: string, home: string): AreaLevel | undefined {
  const code = /^region:(\d{6})$/.exec(home)?.[1];
  if (code && code !== NATIONAL_CODE) {
    const level = regionByCode(code)?.level;
    if (level === 'province' || level === 'prefecture' || level === 'county') return level;
  }
  // (某县普惠小微贷款余额…，高于全市平均水平: a text naming its own area without its name names its level.)
  const unnamed = /(?<![周边邻近相省外另一])某(省|市|县)/.exec(s);
  const firstArea = AREA_WORDS_ALL.exec(s);
  AREA_WORDS_ALL.lastIndex = 0;
  if (unnamed && (!firstArea || unnamed.index < firstArea.index)) return levelOf(unnamed[1] as string);
  for (const m of s.matchAll(AREA_WORDS_ALL)) {
    const level = levelOf(m[0]);
    if (level) return level;
    // 我区…占全市…: a district below the city the text names beside it (全区 alone may be a whole region).
    if (/^(?:我区|本区|全区)$/.test(m[0]) && /全市|我市|本市/.test(s)) return 'county';
  }
  return undefined;
}

const MUNICIPALITIES: ReadonlySet<string> = new Set(['110000', '120000', '310000', '500000']);

/**
 * The holder of a share's whole (readWhole): the region it names (占济南市绿色贷款的), else the area its word names
 * (占全省的), else `otherwise` — the figure's own holder, or the text's.
 */
export function wholeHolderOf(whole: { readonly area?: string | undefined; readonly place?: string | undefined }, h: HolderScope, otherwise: string): string {
  return whole.place ?? (whole.area ? areaWordHolder(whole.area, h) : otherwise);
}

/** The holder an area word names in a text (全省 in a city's text: its province; 全国: the nation). */
export function areaWordHolder(word: string, h: HolderScope): string {
  return /全国|我国/.test(word) ? NATIONAL : areaHolder(word, h);
}

// 全省 in a city's text: the province above it (330300 → 330000), else a place of its own.
function areaHolder(word: string, h: HolderScope): string {
  const level = levelOf(word);
  // (A national text's 全省 is a province of its own, not the nation.)
  // (A bank's text — 本行… — that names 全市: the city's figure, not the bank's.)
  // (…全区普惠小微贷款同比增长18.6%。全国…: an area word never names the nation, whatever its level.)
  if (h.home === NATIONAL || /^(?:entity|bank|banks):/.test(h.home)) return `place:${word.replace(/^(?:我|本)/, '全')}`;
  // (本外币绿色贷款余额42.39万亿元…。据当地人民银行介绍，该省绿色贷款余额…: "that province" in a text that names no
  // holder points away from the figures before it — a holder of its own.)
  if (h.home === TEXT_HOLDER && /^该[省市县]$/.test(word)) return `place:${word}`;
  // (全市…。全区…: in a city's text, 全区 is a district of it — which one, the words do not say.)
  if (/^(?:全|本|我)区$/.test(word) && h.homeLevel === 'prefecture') return `place:${word.replace(/^(?:我|本)/, '全')}`;
  if (!level || !h.homeLevel || level === h.homeLevel) return h.home;
  const code = /^region:(\d{6})$/.exec(h.home)?.[1];
  // 北京, 天津, 上海, 重庆: a province that is a city — its 全市 is itself.
  if (code && MUNICIPALITIES.has(code) && level === 'prefecture') return h.home;
  if (code && level === 'province' && h.homeLevel !== 'province') return `region:${code.slice(0, 2)}0000`;
  // (寿光市, 昆山市: a county-level city's own 全市 is itself — only a county's or a district's is the city above.)
  // (…全县科技贷款…，高于全市…: a text that calls itself 全县 calls the city above 全市.)
  if (code && level === 'prefecture' && h.homeLevel === 'county') return h.homeGiven === true && h.callsItselfCounty !== true && /^(?:全|本|我)市$/.test(word) && /市$/.test(regionByCode(code)?.name ?? '') ? h.home : `region:${code.slice(0, 4)}00`;
  return `place:${word.replace(/^(?:我|本)/, '全')}`;
}
// (对大陆地区放款: a kind of loan by area of the borrower, no holder.)
const NATION_WORDS = new RegExp(String.raw`我国|大陆(?!地区)|${MAINLAND}|全国(?!性)|\bNationwide\b|\bin China\b|\bChina's\b|\bthe country's\b|\bnationwide\b`, 'g');

/** Where a text names the nation as a holder (全国, 我国, China's), outside the catalog's names (全国养老机构贷款). */
export function nationMarks(s: string, names: readonly { readonly start: number; readonly end: number }[]): number[] {
  const out: number[] = [];
  let k = 0;
  for (const m of s.matchAll(NATION_WORDS)) {
    while (k < names.length && (names[k] as { end: number }).end <= m.index) k++;
    const n = names[k];
    if (n && n.start <= m.index && m.index < n.end) continue;
    out.push(m.index);
  }
  return out;
}
// 总行 (the head office) of a bank whose branch was named: the bank's own name without the branch.
const HEAD_OFFICE = /(?:总行|全行)(?=[\u4e00-\u9fa5]{0,16}(?:贷款|信贷|余额|授信))/;
const BRANCH = /(?<=银行)[\u4e00-\u9fa5]{1,10}?(?:分行|支行)$/;
// The self of an annual report: 本集团 (the group) and 本行 (the parent bank).
const SELF = /(本集团|本行|我行|本公司|本社|母公司)(?!业)/g;
const KIND_OPENS_CLAUSE = /[；;，,]\s*(?:其中[，,]?\s*)?(?:村镇银行|其他(?:法人)?(?:银行|金融机构|机构)|农村信用社|农信社|(?:国有大型|股份制|城市商业|城商|农村商业|外资|民营)银行)/g;
// 该行, "the bank": the bank named last.
const ANAPHOR = /该行|该分行|\bthe bank\b|\bthe lender\b/i;
// Comparison words after which a place is a benchmark's, not the figure's: 高于全国, 比全省.
// (较多的地区为杭州: 较 an adverb, "rather", compares nothing.)
const COMPARISON_BEFORE = /(?:高于|低于|快于|慢于|高出|超出|超过|领先|比|较(?![多少快慢高低大小好强])|than|above|below)[^,;。，；]{0,6}$/i;
// ("higher than the provincial average and the southern Jiangsu average": English names the benchmark's place later.)
const COMPARISON_BEFORE_EN = /\b(?:than|above|below|outpac\w*|exceed\w*|outstripp\w*)\s(?:the\s)?[a-z][^,;.\d]{0,48}$/i;

/** What the holder stage looks at for one figure. */
export interface HolderScope {
  readonly s: string;
  /** The sentence's start and the figure's position. */
  readonly from: number;
  readonly pos: number;
  /** Where the paragraph starts. */
  readonly paragraphStart: number;
  /** Places named in the text, outside bank names (潍坊银行 is no place), by position. */
  readonly places: readonly PlaceHit[];
  /** Banks named in the text, by position. */
  readonly banks: readonly BankHit[];
  /** Where the text names the nation (全国, 我国) outside catalog names (全国养老机构贷款), by position. */
  readonly nation: readonly number[];
  /** The text's holder (documentHolder). */
  readonly home: string;
  /** Whether the text is an annual report of a group (本集团 and 本行 are two holders). */
  readonly groupReport: boolean;
  /** The level of the text's area (homeLevel): an area word of another level names another holder. */
  readonly homeLevel?: AreaLevel | undefined;
  /** Whether the caller gave the text's region (then a county-level city's own 全市 is surely it). */
  readonly homeGiven?: boolean;
  /** Whether the text calls itself 全县 somewhere (then its 全市 is the city above). */
  readonly callsItselfCounty?: boolean;
}

// (其中赣州农商银行…; 其中，省农信联社、兴业银行福州分行…分别为: banks named in a 其中 clause.)
const OF_WHICH_RIGHT_BEFORE = /其中[,，:：]?[^。；;，,\d]{0,36}$/;

/**
 * Who a figure is about: a bank named before it in its sentence (or 该行, the bank named
 * last); a place named before it in the sentence, not as a benchmark (其中，济南市… switches);
 * the nation (全国, 我国); 本集团 / 本行 of an annual report; else the bank its paragraph is
 * about, unless the sentence speaks of the area; else the text's holder.
 */
export function holderAt(h: HolderScope): string {
  const { s, from, pos } = h;
  const before = s.slice(from, pos);
  // ("…, 9.0 percent of the national increase of 6.47 trillion yuan": the figure the nation's noun heads.)
  if (NATIONAL_FIGURE_EN.test(s.slice(Math.max(from, pos - 48), pos))) return NATIONAL;
  const source = sourceOfSentence(h, before);
  if (source) return source;
  // 总行绿色贷款余额…, 全行… after a branch: the head office of the bank named, not the branch.
  const head = HEAD_OFFICE.exec(before);
  if (head && !WHOLE_OR_BENCHMARK_BEFORE.test(before.slice(Math.max(0, head.index - 8), head.index))) {
    const named = lastBefore(h.banks, h.paragraphStart, pos, (b) => b.holder.startsWith('bank:'));
    if (named && BRANCH.test(named.holder)) return named.holder.replace(BRANCH, '');
  }
  const named = lastBefore(h.banks, from, pos, () => true);
  // (…其中县农商银行…余额120亿元，占60%；村镇银行涉农贷款余额50亿元: a kind of bank opening a clause after the bank is
  // another part of the area's loans, not the bank's.)
  const kind = named ? [...before.matchAll(KIND_OPENS_CLAUSE)].pop() : undefined;
  const bank = named && kind && from + kind.index > named.end ? undefined : named;
  const place = lastBefore(h.places, from, pos, (p) => !COMPARISON_BEFORE.test(s.slice(Math.max(from, p.start - 8), p.start)) && !COMPARISON_BEFORE_EN.test(s.slice(Math.max(from, p.start - 60), p.start)) && !SEAT_BEFORE.test(s.slice(Math.max(from, p.start - 60), p.start)) && !MASTHEAD_AFTER.test(s.slice(p.end, p.end + 8)) && !placeOfWhole(s, p.start));
  // An area word after the place (成都市…占全省…的51.3%；全省绿色贷款余额…): the area it names, nearer the figure.
  const area = [...before.matchAll(AREA_WORDS_ALL)].filter((w) => !WHOLE_OR_BENCHMARK_BEFORE.test(before.slice(Math.max(0, w.index - 24), w.index))).pop();
  const areaAt = area ? from + area.index : -1;
  // (奎文区：全区各项贷款余额…; 高新区：全区…: a place labelling its line, then the whole of an area of its kind, is that place.)
  // (寒亭区：截至6月末，全区…; 寒亭：全区…: a date between; a short name, of its region's kind.)
  if (area && place && areaAt > place.end && /^\s?[：:][^。；;\n]{0,16}$/.test(s.slice(place.end, areaAt)) && kindOfPlace(place) === area[0].slice(-1)) return place.holder;
  // (江苏方面，工商银行…；全省绿色贷款余额…: an area word of the named place's own level is that place; 南京市…；全省…,
  // the region above it at the word's level.)
  if (area && place && areaAt > place.end && (!bank || areaAt > bank.end) && /[；;]/.test(s.slice(place.end, areaAt))) return placeAtLevel(place, levelOf(area[0])) ?? areaHolder(area[0], h);
  // (省农信联社…余额5620亿元，占全省…的41.2%；全省涉农贷款余额13640亿元: an area opening a clause after the bank's.)
  if (area && bank && !place && areaAt > bank.end && /[；;，,]\s*$/.test(s.slice(Math.max(bank.end, areaAt - 3), areaAt))) return areaHolder(area[0], h);
  // The nation named after the bank, nearer the figure ("…, while China's green loans grew"): the nation's.
  const nationNear = h.nation[lowerBound(h.nation, pos, (x) => x) - 1];
  if (bank && nationNear !== undefined && nationNear >= bank.end && nationNear >= from && !COMPARISON_BEFORE.test(s.slice(from, nationNear)) && !WHOLE_OR_BENCHMARK_BEFORE.test(s.slice(Math.max(from, nationNear - 8), nationNear))) return NATIONAL;
  const opener = clauseOpener(h, before, area, nationNear);
  if (opener !== undefined && opener.at > Math.max(bank?.end ?? -1, place?.end ?? -1)) return opener.holder(place);
  // The nearer of the bank and the place named in the sentence.
  if (bank && (!place || bank.start >= place.start)) return bank.holder;
  if (h.groupReport) {
    const self = [...before.matchAll(SELF)].pop()?.[1];
    // (其中，母公司绿色贷款…: in a group's report the parent's figures are a part of the group's, held by it.)
    if (self) return self === '本集团' || self === '母公司' ? 'entity:group' : 'entity:bank';
  }
  // (在济南，本行绿色贷款…; 我行济南地区…; "The bank's Zhejiang branch had…": the bank speaking of its own loans in a
  // place — the bank's, not the place's.)
  const speaker = selfBefore(before);
  if (place && speaker && (from + speaker.index > place.start || /^\s{0,2}(?:在|于|in\s)?\s{0,2}$/.test(s.slice(from + speaker.index + speaker.text.length, place.start)))) return selfHolder(h, speaker, pos);
  if (place) return place.holder;
  const nation = h.nation[lowerBound(h.nation, pos, (x) => x) - 1];
  // (全国…；我省绿色贷款余额…: an area named after the nation, nearer the figure, holds it.)
  if (nation !== undefined && nation >= from && !COMPARISON_BEFORE.test(s.slice(from, nation)) && !(area && areaAt > nation)) return NATIONAL;
  if (ANAPHOR.test(before)) {
    const named = lastBefore(h.banks, 0, pos, () => true);
    if (named) return named.holder;
  }
  // The area the figure is of — not the whole of a share (占全省…) nor a benchmark (高于全省…).
  // (…。\n于都县普惠金融提质增效 / 截至9月末，全县…: under a heading that names another place of its level, that place.)
  if (area) return headingPlace(h, area[0])?.holder ?? areaHolder(area[0], h);
  // (本行…增长14.91%。全国…: a bank's own figure is never the nation's, nor a region's, whatever the text's holder.)
  if (speaker) return selfHolder(h, speaker, pos);
  // (…，其中赣州农商银行…余额386.2亿元。普惠小微信用贷款…: a bank named as a part of the area's figures is not
  // what the paragraph is about.)
  // (甲农商银行有关负责人出席: a bank that comes to speak is not what the paragraph's figures are of.)
  const inParagraph = lastBefore(h.banks, h.paragraphStart, pos, (b) => !OF_WHICH_RIGHT_BEFORE.test(s.slice(Math.max(0, b.start - 40), b.start)) && !SPEAKER_AFTER.test(s.slice(b.end, b.end + 16)));
  if (inParagraph) return inParagraph.holder;
  // (人民银行发布数据显示，二季度末，本外币绿色贷款余额…。⏎另据人民银行北京市分行消息，…: a paragraph the head office's
  // release opens speaks of the nation, whatever place the text names elsewhere.)
  // (新华社北京7月22日电 6月末，本外币绿色贷款余额…（完）⏎大众日报记者获悉…: a wire from Beijing reprinted above the local
  // news is the nation's; so is a paragraph opened by the head office's release in a text of its own area, 我省….)
  const opening = s.slice(h.paragraphStart, Math.min(pos, h.paragraphStart + 80));
  if ((/^(?:region|place):/.test(h.home) || (h.home === 'text' && h.homeLevel !== undefined)) && (NATIONAL_SOURCE.test(opening) || BEIJING_WIRE.test(opening))) return NATIONAL;
  // ("…stood at 42.39 trillion yuan at the end of June, central bank data showed.": so does an English sentence the
  // head office's data close, its branch unnamed.)
  if (/^(?:region|place):/.test(h.home) && NATIONAL_SOURCE_EN.test(sentenceOf(s, from, pos))) return NATIONAL;
  return h.home;
}
// 人民銀行數據顯示，… in a Hong Kong paper; 金管局數據顯示，…; 金管會統計，本國銀行… beside the mainland's figures: whose
// statistics a sentence reports, when nothing nearer the figure names a holder. (A mainland text's own 人民银行统计 is
// often its branch's: only a text of Hong Kong, Macao or Taiwan takes the head office's for the nation's.)
const SOURCES: readonly (readonly [string, RegExp])[] = [
  ['region:710000', /(?:(?<![省市区县州家])金管会|金融监督管理委员会)(?:的)?(?:统计|数据|公布|发布|资料)/g],
  ['region:820000', /澳门金融管理局(?:的)?(?:统计|数据|公布|发布|资料)/g],
  ['region:810000', /(?:香港金融管理局|(?<![省市区县州家])金管局)(?:的)?(?:统计|数据|公布|发布|另公布|资料)/g],
  [NATIONAL, /(?:中国人民银行|人民银行|人行|(?:大陆|内地)?央行)(?![^，,。；;\n]{0,8}(?:分行|支行|营业管理部))(?:昨|日前|近日|另)?(?:的)?(?:统计|数据|公布|发布|资料)/g],
];
const NON_MAINLAND = new Set(['region:810000', 'region:820000', 'region:710000']);
// (One cheap look before the four patterns: most sentences name no source.)
const SOURCE_HINT = /金管|金融管理局|金融监督管理委员会|银行|人行|央行/;
function sourceOfSentence(h: HolderScope, before: string): string | undefined {
  if (!SOURCE_HINT.test(before)) return undefined;
  let found: { holder: string; end: number } | undefined;
  for (const [holder, words] of SOURCES) {
    for (const m of before.matchAll(words)) {
      // (上海金管局, 江苏金管局: a mainland place's own bureau, whose figures are that place's — not Hong Kong's.)
      const at = h.from + m.index;
      const placed = lastBefore(h.places, Math.max(0, at - 4), at + 1, (p) => p.end >= at - 1 && !NON_MAINLAND.has(p.holder));
      if (!placed && (!found || m.index + m[0].length > found.end)) found = { holder, end: m.index + m[0].length };
    }
  }
  if (!found || (found.holder === NATIONAL && !NON_MAINLAND.has(h.home))) return undefined;
  const at = h.from + found.end;
  // (Anything nearer the figure that names a holder — a place, a bank, an area word, the nation — holds it instead.)
  if (lastBefore(h.places, at, h.pos, () => true) || lastBefore(h.banks, at, h.pos, () => true) || AREA_WORDS.test(before.slice(found.end)) || (h.nation[lowerBound(h.nation, h.pos, (x) => x) - 1] ?? -1) >= at) return undefined;
  return found.holder;
}

// The bank's own words for itself: 本行, 本集团 …; "the bank's", "the lender's", "the Group's".
const SELF_EN = /\bthe (bank|lender|group)(?:'s|’s)(?=\s)/gi;
interface Speaker {
  readonly text: string;
  readonly index: number;
  readonly group: boolean;
  readonly english: boolean;
}
function selfBefore(before: string): Speaker | undefined {
  const zh = [...before.matchAll(SELF)].pop();
  const en = [...before.matchAll(SELF_EN)].pop();
  const last = zh && (!en || zh.index > en.index) ? zh : en;
  if (!last) return undefined;
  const word = (last[1] as string).toLowerCase();
  return { text: last[0], index: last.index, group: word === '本集团' || word === '母公司' || word === 'group', english: last === en };
}
// The holder a bank's own words name: the group or the bank of a group's report, the bank the text is about; in
// English the bank named last before (or a bank unnamed).
function selfHolder(h: HolderScope, speaker: Speaker, pos: number): string {
  if (speaker.english) {
    const named = lastBefore(h.banks, 0, pos, (b) => b.holder.startsWith('bank:'));
    if (named) return named.holder.replace(BRANCH, '');
  }
  if (h.groupReport) return speaker.group ? 'entity:group' : 'entity:bank';
  if (/^(?:bank|entity):/.test(h.home)) return h.home;
  return speaker.group && speaker.english ? 'entity:group' : 'entity:bank';
}
// 香港文匯報訊, 香港經濟日報, 澳門日報消息, 香港中通社電: a paper's or an agency's name, no holder of the figures it reports.
const MASTHEAD_AFTER = /^[\u4e00-\u9fa5]{0,4}?(?:报讯|日报|商报|时报|晚报|社电|专讯)/;
// (Ding Bank, a lender based in Nanjing; 丁银行（总部位于南京）: where a bank sits, no holder of its figures.)
// (…，占济南市绿色贷款的10.91%: the place whose whole a share is of holds the whole, not the share.)
const WHOLE_BEFORE = /占\s?$/;
/** Whether the place at `start` names the whole of a share (占济南市绿色贷款的…): it holds no figure of its own there. */
export function placeOfWhole(s: string, start: number): boolean {
  return WHOLE_BEFORE.test(s.slice(Math.max(0, start - 3), start));
}
// ("Weifang, a city in east China's Shandong province, said its …": the province a city is in, no holder either.)
const SEAT_BEFORE = /(?:\b(?:based|headquartered|located|registered) in|总部(?:位于|设在)|注册(?:于|在)|位于|\ba (?:[a-z-]+ ){0,2}(?:city|county|prefecture|district|town) (?:in|of) (?:(?:[a-z]+ ){0,2}China's )?)\s{0,2}$/i;
const NATIONAL_SOURCE_EN = /\b(?:the )?(?:central bank|People's Bank of China|PBOC|PBoC|National Financial Regulatory Administration|NFRA)(?:'s)?(?: (?:data|figures|statistics|report))? (?:showed|shows|said|says|revealed|reported)\b/;
// The English sentence around a figure: from its start to the full stop after the figure.
function sentenceOf(s: string, from: number, pos: number): string {
  const stop = s.slice(pos, pos + 400).search(/\.(?:\s|$)/);
  return s.slice(from, stop < 0 ? Math.min(s.length, pos + 400) : pos + stop);
}
const BEIJING_WIRE = /^[^\S\n]*(?:新华社|中新社|中新网|人民网|央广网|新华网)北京\d{1,2}月\d{1,2}日电/;
const NATIONAL_SOURCE = /^[^。\n]{0,30}?(?:中国人民银行|人民银行|央行|国家金融监督管理总局|金融监管总局)(?![^，,。\n]{0,6}(?:分行|支行|营业管理部|监管局))(?:\d{1,2}月\d{1,2}日|[^，,。\n]{0,4}?)(?:发布|公布|披露|数据显示|统计显示|日前发布|近日发布)|^[^。\n]{0,6}?据(?:中国人民银行|央行)的?(?:数据|统计)/;

// Where the figure's own clause begins (a comma between digits, 1,200, is none).
const CLAUSE_BREAK = /[，；;]|,(?!\d)/g;
// An area word opening an earlier clause of the figure's sentence with a subject of its own
// (；全国绿色贷款同比增长15%，余额38万亿元 — not 全国排名第五).
const CLAUSE_OPENING = /[，；;,]\s*(?:而|同期|同时|其中[，,]?)?$/;
const AREA_SUBJECT = new RegExp(`^(?:${NATION}|${WHOLE_AREA}|${OWN_AREA}|辖区|辖内|全辖)[\\u4e00-\\u9fa5]{0,14}?(?:贷款|融资|信贷|余额)`);

/**
 * The area or the nation named in the figure's own clause, not as a whole or benchmark
 * (杭州市…8000亿元，全省绿色贷款余额2万亿元; …；全国绿色贷款同比增长15%; …, while green loans nationwide
 * reached…): named after a place or bank of an earlier clause, it holds the figure. 全市 after
 * 杭州市 is that city.
 */
function clauseOpener(h: HolderScope, before: string, area: RegExpExecArray | undefined, nation: number | undefined): { at: number; holder: (place: PlaceHit | undefined) => string } | undefined {
  let clause = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) clause = m.index + 1;
  const clauseAt = h.from + clause;
  const holds = (at: number): boolean => (at >= clauseAt ? !COMPARISON_BEFORE.test(h.s.slice(clauseAt, at)) && !WHOLE_OR_BENCHMARK_BEFORE.test(h.s.slice(clauseAt, at)) : CLAUSE_OPENING.test(h.s.slice(Math.max(h.from, at - 6), at)) && AREA_SUBJECT.test(h.s.slice(at, at + 24)));
  const nationOk = nation !== undefined && nation >= h.from && holds(nation);
  const areaAt = area ? h.from + area.index : -1;
  if (area && holds(areaAt) && (!nationOk || areaAt > (nation as number))) {
    const word = area[0];
    // (浙江监管局数据显示，辖内…: an area word of no level — 辖内, 辖区, 全辖 — is the jurisdiction named before it.)
    return { at: areaAt, holder: (place) => (place && (levelOf(word) === undefined ? JURISDICTION.test(word) : placeLevel(place) === levelOf(word) || labelsCityOfCounty(h, place, word)) ? place.holder : (!place && headingPlace(h, word)?.holder) || areaHolder(word, h)) };
  }
  if (nationOk) return { at: nation as number, holder: () => NATIONAL };
  return undefined;
}

// 寿光市：…全市…, 【青州】全市…: a county-level city labelling its own lines calls itself 全市 (in a prefecture's
// text, 寿光市…；全市… is the prefecture again — only a label switches).
const LABEL_AFTER = /^\s{0,2}[：:】\]]/;
function labelsCityOfCounty(h: HolderScope, place: PlaceHit, word: string): boolean {
  if (!/^(?:全|本|我)市$/.test(word) || placeLevel(place) !== 'county') return false;
  const code = /^region:(\d{6})$/.exec(place.holder)?.[1];
  if (code === undefined || !/市$/.test(regionByCode(code)?.name ?? '')) return false;
  return LABEL_AFTER.test(h.s.slice(place.end, place.end + 3)) && LABEL_BEFORE.test(h.s.slice(Math.max(0, place.start - 2), place.start));
}
const LABEL_BEFORE = /(?:^|[\n【[。])\s?$/;

function placeLevel(place: PlaceHit): AreaLevel | undefined {
  const code = /^region:(\d{6})$/.exec(place.holder)?.[1];
  const level = code ? regionByCode(code)?.level : undefined;
  return level === 'province' || level === 'prefecture' || level === 'county' ? level : levelOf(place.name);
}

/** The named place, or the region above it, at an area word's level (南京市 at 全省's: 江苏省); undefined when it is above it. */
function placeAtLevel(place: PlaceHit, level: AreaLevel | undefined): string | undefined {
  const own = placeLevel(place);
  if (!level || !own) return undefined;
  if (own === level) return place.holder;
  const code = /^region:(\d{6})$/.exec(place.holder)?.[1];
  if (!code || (level === 'prefecture' && own !== 'county') || (level === 'county')) return undefined;
  // (北京市朝阳区…；全市…: a city that is a province is its own 全市.)
  const province = `${code.slice(0, 2)}0000`;
  return level === 'province' || MUNICIPALITIES.has(province) ? `region:${province}` : `region:${code.slice(0, 4)}00`;
}

/** The place of an area word's level named in the heading line right above the figure's paragraph. */
function headingPlace(h: HolderScope, word: string): PlaceHit | undefined {
  const level = levelOf(word);
  if (!level || h.paragraphStart < 2) return undefined;
  const lineStart = h.s.lastIndexOf('\n', h.paragraphStart - 2) + 1;
  const line = h.s.slice(lineStart, h.paragraphStart - 1);
  if (line.length > HEADING_LONGEST || /[。！？!?]/.test(line)) return undefined;
  const place = lastBefore(h.places, lineStart, h.paragraphStart - 1, () => true);
  // (The text's own place is its holder already: only another place's heading switches. A short name, 潍坊 alone on its
  // line, is of its region's level.)
  const code = place ? /^region:(\d{6})$/.exec(place.holder)?.[1] : undefined;
  const placeLevel = (code ? regionByCode(code)?.level : undefined) ?? (place ? levelOf(place.name) : undefined);
  // (A text that names its own place first, 甲县金融运行… heading it, is that place's throughout — unless the caller gave
  // another region: then every heading names a place of its own.)
  const own = place !== undefined && (place.holder === h.home || (h.homeGiven !== true && place.holder === h.places[0]?.holder));
  return place && placeLevel === level && !own ? place : undefined;
}
const HEADING_LONGEST = 40;

// A speaker's words: after a name and a colon opening the line or sentence, or after 介绍, 表示.
const SPEAKER_BEFORE = /(?:^|[。\n])[^。\n：:]{1,12}[：:][^。\n]*$|(?:介绍|表示|指出|谈到|说)[^。\n]{0,30}$/;
const SPEAKER_AFTER = /^[^，,。；;]{0,8}?(?:有关)?(?:负责人|行长|副行长|董事长|总经理|代表)[^，,。；;]{0,4}?(?:出席|参加|参会|发言|介绍|表示|答记者问)/;
const NATIONAL_FIGURE_EN = /\bthe (?:national|nationwide|country's) (?:increase|total|figure|balance|tally|amount|growth)(?: of| was| stood at| came to)?\s*$/i;

// The last item within [from, pos) that `keep` accepts, found backwards from a binary search.
function lastBefore<T extends { readonly start: number; readonly end: number }>(items: readonly T[], from: number, pos: number, keep: (t: T) => boolean): T | undefined {
  for (let k = lowerBound(items, pos, (x) => x.start) - 1; k >= 0; k--) {
    const item = items[k] as T;
    if (item.start < from) return undefined;
    if (item.end <= pos && keep(item)) return item;
  }
  return undefined;
}

/** The holder of a figure, from its sentence (within the window before it) and the text; `home` replaces the text's holder. */
export function figureHolder(doc: Doc, ctx: FigureContext, home?: string): string {
  const scope = doc.holderScope(Math.max(ctx.sentence.start, ctx.windowStart), ctx.m.span[0]);
  // ("…, compared with 14.4 percent growth nationwide": the nation's figure, named after it.)
  if (NATIONWIDE_AFTER_EN.test(ctx.afterInClause)) return NATIONAL;
  const holder = holderAt(home === undefined ? scope : { ...scope, home });
  return holder === scope.home && home === undefined ? (holderOfWholeBefore(doc, ctx) ?? holder) : holder;
}

const NATIONWIDE_AFTER_EN = /^\s?(?:percent|per cent|%)?(?:\s(?:growth|increase|rise|expansion))?\s(?:nationwide|across the country|for the (?:whole )?country|at the national level)\b/i;
// 6月末，全省科技贷款余额2.15万亿元。其中，科技型中小企业贷款余额…: a sentence opened by 其中 that names no holder is
// of the sentence whose whole it breaks down — in the same paragraph — not the text's own area.
const OF_WHICH_OPENS = /^\s*其中[，,：:]?/;
function holderOfWholeBefore(doc: Doc, ctx: FigureContext): string | undefined {
  // (The opening first, then only the window before the figure: a scan of a long sentence for each of its figures would
  // be quadratic.)
  if (ctx.sentence.index === 0 || !OF_WHICH_OPENS.test(doc.s.slice(ctx.sentence.start, ctx.sentence.start + 4))) return undefined;
  if (AREA_WORDS.test(doc.s.slice(Math.max(ctx.sentence.start, ctx.windowStart), ctx.m.span[0]))) return undefined;
  const named = (starts: readonly { readonly start: number }[]): boolean => (starts[lowerBound(starts, ctx.sentence.start, (x) => x.start)]?.start ?? Infinity) < ctx.m.span[0];
  if (named(doc.places) || named(doc.banks) || (doc.nation[lowerBound(doc.nation, ctx.sentence.start, (x) => x)] ?? Infinity) < ctx.m.span[0]) return undefined;
  const previous = doc.sentence(ctx.sentence.index - 1);
  if (doc.s.slice(previous.start, ctx.sentence.start).includes('\n')) return undefined;
  // (The whole is the sentence's first figure — 全省绿色贷款余额3万亿元，青岛市贡献最大: the province's, not the last place named.)
  let k = lowerBound(doc.mentions, previous.start, (m) => m.span[0]);
  // (Past its dates: 6月末，全省…. A few mentions at most.)
  for (let steps = 0; steps < 4 && doc.mentions[k] !== undefined && (doc.mentions[k] as { kind: string }).kind !== 'figure'; steps++) k++;
  const first = doc.mentions[k];
  if (!first || first.kind !== 'figure' || first.span[0] >= previous.end) return undefined;
  return holderAt(doc.holderScope(previous.start, first.span[0]));
}
