import { gbt2260Regions, regionByCode } from '../../domain/gbt2260.js';
import regionsJson from '../../../data/regions.json' with { type: 'json' };
import regionsEnJson from '../../../data/regions-en.json' with { type: 'json' };
import { Trie, asciiLower } from './trie.js';

/** A place a text names: a region with its code, or a place without one (a zone, a name several regions share). */
export interface PlaceHit {
  readonly start: number;
  readonly end: number;
  /** 'region:370700', or 'place:济南、青岛两市' / 'place:市中区' where no one code is meant. */
  readonly holder: string;
  /** The name as the text prints it. */
  readonly name: string;
}

interface NameValue {
  /** The codes the name may mean; more than one for names several regions share (市中区, 朝阳区). */
  readonly codes: readonly string[];
  /** A short name (潍坊 for 潍坊市): accepted where the text also names the region in full, or where a holder's words follow. */
  readonly short: boolean;
}

interface Built {
  readonly zh: Trie<NameValue>;
  readonly en: Trie<NameValue>;
}

let built: Built | null = null;

// The words a province's or a prefecture's full name ends with, which its short name leaves out.
const PROVINCE_SUFFIX = /(壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)$/;
const PREFECTURE_SUFFIX = /(?:自治州|地区|盟|市)$/;
// The peoples named in an autonomous prefecture's name (恩施土家族苗族自治州 is 恩施 for short).
const PEOPLES = /(?:土家|苗|藏|彝|哈尼|蒙古|朝鲜|回|壮|傈僳|傣|景颇|白|布依|侗|羌|哈萨克|柯尔克孜|黎|瑶|水|仡佬|土|撒拉|达斡尔|鄂伦春|锡伯)族/;

function build(): Built {
  const byName = new Map<string, { codes: string[]; short: boolean; rank: number }>();
  const addName = (name: string, code: string, short: boolean, rank: number): void => {
    if (name.length < 2) return;
    const existing = byName.get(name);
    if (!existing) byName.set(name, { codes: [code], short, rank });
    // A full name beats a short one; of two short names, the higher level (吉林 is the province).
    else if (!short && existing.short) byName.set(name, { codes: [code], short, rank });
    else if (short === existing.short && !existing.codes.includes(code)) {
      if (short && rank < existing.rank) byName.set(name, { codes: [code], short, rank });
      else if (!(short && rank > existing.rank)) existing.codes.push(code);
    }
  };
  for (const r of gbt2260Regions()) {
    if (r.name === '市辖区' || r.name === '县') continue;
    const rank = r.level === 'province' ? 0 : r.level === 'prefecture' ? 1 : 2;
    addName(r.name, r.code, false, rank);
    if (r.level === 'province') addName(r.name.replace(PROVINCE_SUFFIX, ''), r.code, true, 0);
    // (寿光全市, 沂水全县, 寒亭：全区: a county-level city's, a county's or a district's short name, only where its own area
    // word follows it.)
    if (r.level === 'county' && /^[\u4e00-\u9fa5]{2,}[市县区]$/.test(r.name)) addName(r.name.slice(0, -1), r.code, true, 2);
    if (r.level === 'prefecture') {
      const people = r.name.endsWith('自治州') ? r.name.search(PEOPLES) : -1;
      addName(people > 0 ? r.name.slice(0, people) : r.name.replace(PREFECTURE_SUFFIX, ''), r.code, true, 1);
    }
  }
  const zh = new Trie<NameValue>();
  for (const [name, v] of byName) zh.add(name, { codes: v.codes, short: v.short });
  // English names: those of the bundled catalog (Zibo, Hubei Province).
  const en = new Trie<NameValue>();
  // …and the Hanyu Pinyin names of every province and prefecture (data/regions-en.json, generated).
  for (const r of [...(regionsEnJson as { regions: { code: string; nameEn: string }[] }).regions, ...(regionsJson as { regions: { code: string; nameEn: string }[] }).regions]) {
    for (const name of new Set([r.nameEn, r.nameEn.replace(/ (Province|City|District|County)$/, '')])) {
      if (name.length >= 3) en.add(asciiLower(name), { codes: [r.code], short: false });
    }
  }
  return { zh, en };
}

function places(): Built {
  built ??= build();
  return built;
}

const LEAVES_OUT = /^(?:全省|全市)?[（(]\s?(?:不含|除|除去|不包括)\s?([^（）()，,]{1,10})(?:[，,][^（）()]{0,6})?[）)]/;
// A two-character name is often the tail of a word (示范县 holds 范县, 提高县域 高县, 辽宁县域 宁县, 主城区 城区): it
// names a place only after a boundary — punctuation, a word that introduces a place, or its parent's name.
const TWO_CHAR_BEFORE = /^(?:[^\u4e00-\u9fa5]|[省市州盟在于对向与和及是为至到从据由自经即如])$/;
// Names that are common words even so (城区, 西区): only right after the name of the region they are in.
const COMMON_WORD_NAME = /^(?:城区|郊区|矿区|[东西南北]区)$/;
function standsAlone(text: string, h: { start: number; end: number; value: NameValue }, hits: readonly { start: number; end: number; value: NameValue }[]): boolean {
  // (澳门元, 澳門幣: a currency named for a place is no place.)
  if (/^[元币幣]/.test(text.slice(h.end, h.end + 1))) return false;
  // (广东省（不含深圳）, 浙江全省（含宁波）: a place a bracket leaves out or takes in qualifies the one before; it holds nothing.)
  if (/[（(]\s?(?:不含|含|除|除去|不包括|包括|包含)\s?$/.test(text.slice(Math.max(0, h.start - 5), h.start))) return false;
  if (h.value.short || h.end - h.start !== 2) return true;
  const afterParent = hits.some((p) => p.end === h.start && p !== h);
  if (COMMON_WORD_NAME.test(text.slice(h.start, h.end))) return afterParent;
  return afterParent || h.start === 0 || TWO_CHAR_BEFORE.test(text[h.start - 1] as string);
}

// Words that may follow a short place name when it names a holder: 潍坊银行业, 潍坊辖内, 潍坊绿色贷款.
const HOLDER_AFTER = /^(?:一[市地县区省]|银行|金融|辖|地区|地方|方面|全|本外币|人民币|各项|绿色|普惠|科技|养老|数字|贷款|信贷|企业|小微|涉农|的|、|和|与|及|两|三|四|五|等|市场|经济|分局|分行|监管|新增|余额|增加|增长|[^\u4e00-\u9fa5])/;
// A county's short name holds a figure only before its own area word: 寿光全市, 沂水全县.
const OWN_AREA_AFTER = /^(?:[：:] ?)?全[市县区]/;
// An English place name: "in Jinan" before a verb, "Jinan's", "Yi Province", "Jia City".
const PLACE_EN = /\bin ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]{2,}(?: (?:Province|City|County|District|Municipality))?)(?= (?:was|were|reached|stood|amounted|totall?ed|grew|rose|increased|had|has|hit|came)\b|[,.;])|\b((?:[A-Z][a-z]+ )?[A-Z][a-z]{2,} (?:Province|City|County|District|Municipality))\b/g;
const NOT_PLACE_EN = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|China|The|This|That|Total|Group|Part|Core|Insights|Viewpoint|Xinhua|People's)$/;

const COMPASS_BEFORE_EN = /\b(?:south|north|east|west|central|southwest|southeast|northwest|northeast)(?:ern)? $/i;
const OWN_SAR = /本港|本澳(?!洲)/g;
// A zone without a code of its own: 大湾区内地九市, 临沂商城试验区, 雄安新区.
// (高新区：全区…: a city's zone by its kind alone, labelling its line.)
const ZONE = /[\u4e00-\u9fa5]{2,8}?(?:试验区|示范区|自贸区|自贸试验区|高新区|经开区|开发区|新区|城市群|大湾区)|(?<![\u4e00-\u9fa5])(?:高新区|经开区|开发区)(?=[：:])/g;
// A place left unnamed beside the text's own (周边某市, 邻市, 邻省某市, A市, 丙市): a holder of its own, never the
// text's area. (A bare 某市, or 甲省 heading a text, is the text's own area, its name left out.)
const UNNAMED_PLACE = /(?:周边|邻近|相邻|邻省|外省|省内|另一)某(?:省|市|县|区)|邻(?:省|市|县|区)|(?:(?<![A-Za-z\u4e00-\u9fa5])|(?<=[据从在对与和及同向于至到比较即]))(?:[A-H] ?(?:省|市|县|区)|[甲乙丙丁戊己庚辛](?:市|县|区))(?![\u4e00-\u9fa5]{0,1}(?:场|民|长|委|政府))/g;

/**
 * Places a text names, left to right: every region of GB/T 2260 by its full name, provinces
 * and prefectures by their short names too (山东, 潍坊) where the text also names them in
 * full or a holder's words follow, English names the catalog knows, and zones without a code.
 * A name several regions share (市中区) is a place without a code, unless its parent is named
 * in the text.
 *
 * @example
 * findPlaces('山东省绿色贷款…其中，潍坊市…').map((p) => p.holder) // ['region:370000', 'region:370700']
 */
export function findPlaces(text: string): PlaceHit[] {
  const { zh, en } = places();
  const raw = zh.scan(text);
  const full = new Set(raw.filter((h) => !h.value.short).flatMap((h) => h.value.codes));
  // A short name counts where the text also names the region in full, or where a holder's words follow it.
  const accepted = raw.filter((h) => {
    if (!standsAlone(text, h, raw)) return false;
    if (!h.value.short || h.value.codes.some((c) => full.has(c))) return true;
    const level = regionByCode(h.value.codes[0] as string)?.level;
    if (level === 'county') return h.value.codes.length === 1 && OWN_AREA_AFTER.test(text.slice(h.end, h.end + 4));
    return level === 'province' || HOLDER_AFTER.test(text.slice(h.end, h.end + 3));
  });
  const named = new Set(accepted.flatMap((h) => h.value.codes));
  const out: PlaceHit[] = accepted.map((h) => {
    // (广东省（不含深圳）: the province less a city — a holder of its own, never the province's whole.)
    const less = LEAVES_OUT.exec(text.slice(h.end, h.end + 20));
    if (less) return { start: h.start, end: h.end + less[0].length, holder: `place:${text.slice(h.start, h.end)}不含${less[1] as string}`, name: text.slice(h.start, h.end + less[0].length) };
    return { start: h.start, end: h.end, holder: holderOf(h.value.codes, named), name: text.slice(h.start, h.end) };
  });
  for (const h of en.scan(text, true)) {
    // Whole words only: "Zibo" but not "Ziboxx".
    if (/[A-Za-z]/.test(text[h.start - 1] ?? '') || /[A-Za-z]/.test(text[h.end] ?? '')) continue;
    // ("southern Jiangsu": a part of the province, a place of its own.)
    const part = COMPASS_BEFORE_EN.exec(text.slice(Math.max(0, h.start - 12), h.start))?.[0];
    if (part) {
      const name = text.slice(h.start - part.length, h.end);
      out.push({ start: h.start - part.length, end: h.end, holder: `place:${name}`, name });
      continue;
    }
    out.push({ start: h.start, end: h.end, holder: `region:${h.value.codes[0] as string}`, name: text.slice(h.start, h.end) });
  }
  // "in Jinan was", "Jia City's": an English place the catalog has no English name for.
  for (const m of text.matchAll(PLACE_EN)) {
    const name = (m[1] ?? m[2]) as string;
    const at = m.index + m[0].indexOf(name);
    if (NOT_PLACE_EN.test(name) || out.some((p) => p.start < at + name.length && at < p.end)) continue;
    out.push({ start: at, end: at + name.length, holder: `place:${name}`, name });
  }
  for (const m of text.matchAll(UNNAMED_PLACE)) {
    if (out.some((p) => p.start < m.index + m[0].length && m.index < p.end)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, holder: `place:${m[0]}`, name: m[0] });
  }
  // 本港, 本澳: a Hong Kong or Macao paper's own area.
  for (const m of text.matchAll(OWN_SAR)) {
    if (out.some((p) => p.start < m.index + m[0].length && m.index < p.end)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, holder: m[0] === '本港' ? 'region:810000' : 'region:820000', name: m[0] });
  }
  for (const m of text.matchAll(ZONE)) {
    if (out.some((p) => p.start < m.index + m[0].length && m.index < p.end)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, holder: `place:${m[0]}`, name: m[0] });
  }
  return out.sort((a, b) => a.start - b.start);

  function holderOf(codes: readonly string[], inText: ReadonlySet<string>): string {
    if (codes.length === 1) return `region:${codes[0] as string}`;
    // 市中区 of 枣庄: the one whose parent the text names.
    const meant = codes.filter((c) => {
      const parent = regionByCode(c)?.parent;
      return parent !== null && parent !== undefined && inText.has(parent);
    });
    return meant.length === 1 ? `region:${meant[0] as string}` : `place:${regionByCode(codes[0] as string)?.name ?? codes[0]}`;
  }
}
