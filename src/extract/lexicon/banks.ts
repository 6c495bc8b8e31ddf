import institutionsJson from '../../../data/institutions.json' with { type: 'json' };
import { type Hit, Trie } from './trie.js';

/** A bank a text names: one of the catalog's (`institution:<id>`), or one it lacks (`bank:<name>`). */
export interface BankHit {
  readonly start: number;
  readonly end: number;
  readonly holder: string;
}

let trie: Trie<string> | null = null;

function catalogBanks(): Trie<string> {
  if (trie) return trie;
  trie = new Trie<string>();
  for (const i of institutionsJson as { id: string; name: string; aliases?: string[]; kind?: string }[]) {
    // Regulators, governments, associations and the central bank's branches hold no loans.
    if (i.kind === 'regulator' || i.kind === 'government' || i.kind === 'association' || i.kind === 'central-bank-branch') continue;
    for (const name of [i.name, ...(i.aliases ?? [])]) if (!name.startsWith('该行')) trie.add(name, i.id);
  }
  return trie;
}

/**
 * The central bank and its branches, and the regulators: they publish figures, they do not
 * hold them. 中国人民银行潍坊市分行 is no bank of a case study.
 */
export const REGULATOR =
  /(?:中国)?人民银行(?:[\u4e00-\u9fa5]{1,8}?(?:分行|支行|营业管理部|中心支行))?|央行|(?:国家)?金融监管总局|[\u4e00-\u9fa5]{2,6}金融监管(?:分)?局|银保监(?:会|局|分局)|证监会|外汇局|People's Bank of China(?: [A-Z][a-z]+){0,3}(?: Branch)?|\bPBOC\b|\bPBoC\b|\bNFRA\b|central bank/gi;

// A bank named by a common noun: 工商银行某支行, 潍坊农商银行, 丁银行甲市分行 — not the sector (银行业, 银行机构).
const BANK_NAME = /[\u4e00-\u9fa5]{1,12}?(?:银行|农商行|农信社|信用社|村镇银行|信用联社|农信联社|农村商业银行)(?:[\u4e00-\u9fa5]{2,6}?(?:分行|支行))?(?!业|机构|保险|卡|间|账户|局|\+)/g;
// 澳门银行, 香港银行, 本港银行: the banks of a territory, no bank's name (台湾银行 is one: Bank of Taiwan).
const AREA_BANKS = /^(?:香港|澳门|本港|本澳|港澳|全港|全澳|内地|大陆|境外|海外)(?:的)?(?:持牌)?银行$/;
// Words no bank's name holds: the name starts after the last of them (余额排前三的是兴业银行, 已经超过交通银行, 5月末辖内中资银行).
const BEFORE_NAME = /^.*(?:[的是在了过末底年月于以向对由从为和与及把将被比较]|[亿万兆億萬]元)/;

// The short names of the big banks (工行为6.02万亿元), and their names with 中国 before them: one holder each.
const SHORT_NAMES: Readonly<Record<string, string>> = {
  工行: '工商银行',
  建行: '建设银行',
  农行: '农业银行',
  中行: '中国银行',
  交行: '交通银行',
  招行: '招商银行',
  邮储: '邮储银行',
  农发行: '农业发展银行',
  国开行: '国家开发银行',
  汇丰: '汇丰银行',
  恒生: '恒生银行',
  渣打: '渣打银行',
  中银香港: '中银香港',
  工银亚洲: '工银亚洲',
  建银亚洲: '建银亚洲',
  中银澳门: '中银澳门',
  一银: '第一银行',
  合库: '合作金库银行',
  合作金库: '合作金库银行',
  华银: '华南银行',
  彰银: '彰化银行',
  土银: '土地银行',
  台银: '台湾银行',
  兆丰: '兆丰银行',
  兆丰银: '兆丰银行',
  北富银: '台北富邦银行',
  玉山银: '玉山银行',
  台新银: '台新银行',
  台企银: '台湾中小企业银行',
  上海商银: '上海商业储蓄银行',
  台新: '台新银行',
  国泰世华: '国泰世华银行',
  中信银: '中国信托商业银行',
};
// Longest first: 兆丰银 before 兆丰.
const SHORT_KEYS = Object.keys(SHORT_NAMES).sort((a, b) => b.length - a.length);
const SHORT_NAME = /(?:(?:工行|建行|农行|中行|交行|招行|农发行|国开行)(?!业)|邮储(?!银行)|汇丰(?!银行)|恒生(?!银行|指数)|渣打(?!银行)|中银香港|工银亚洲|建银亚洲|中银澳门|一银|合库|合作金库(?!银行)|华银|彰银|土银|台银|兆丰(?!银行)银?|台企银|北富银|玉山银|台新银|上海商银|台新(?!银行|金)|国泰世华(?!银行)|中信银(?!行))(?:[\u4e00-\u9fa5]{2,6}?(?:分行|支行))?/g;
const LETTER_BANK_EN = /\bBank [A-H](?![A-Za-z])/g;
// (银行A, 银行甲: the same bank named with its letter after.)
const LETTER_BANK = /(?<![\u4e00-\u9fa5A-Za-z])(?:[甲乙丙丁戊己庚辛A-H]银行(?![业间])|银行\s?[甲乙丙丁戊己庚辛A-H](?![A-Za-z]))/g;
const LONG_FORM = /^中国(工商银行|建设银行|农业银行|农业发展银行)|^中国邮政储蓄银行/;

// English names: "Industrial Bank", "China Merchants Bank", "Bank of Communications"; the big ones
// by the Chinese name the press translates, so that both forms of one bank are one holder.
const ENGLISH_BANK = /\b(?:(?:[A-Z][A-Za-z&-]*|of|and)\s+){0,5}?(?:[A-Z][A-Za-z&-]*\s+)Bank\b(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})?|\bBank\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}|\b(?:ICBC|CCB|ABC|BOC|BoCom|CMB|SPDB|PSBC|CDB|ADBC)\b/g;
const ENGLISH_NAMES: Readonly<Record<string, string>> = {
  'industrial and commercial bank of china': '工商银行',
  icbc: '工商银行',
  'bank of china': '中国银行',
  boc: '中国银行',
  'china construction bank': '建设银行',
  ccb: '建设银行',
  'agricultural bank of china': '农业银行',
  abc: '农业银行',
  'bank of communications': '交通银行',
  bocom: '交通银行',
  'china merchants bank': '招商银行',
  cmb: '招商银行',
  'industrial bank': '兴业银行',
  'shanghai pudong development bank': '浦发银行',
  spdb: '浦发银行',
  'postal savings bank of china': '邮储银行',
  psbc: '邮储银行',
  'china citic bank': '中信银行',
  'china minsheng bank': '民生银行',
  'china everbright bank': '光大银行',
  'ping an bank': '平安银行',
  'hua xia bank': '华夏银行',
  'china development bank': '国家开发银行',
  cdb: '国家开发银行',
  'agricultural development bank of china': '农业发展银行',
  adbc: '农业发展银行',
};
// Words an English name does not start with (a sentence's first word, a determiner).
const NOT_A_NAME_START = /^(?:The|A|An|This|That|Its|Their|China's|By|At|In|Of|And|of|and|Loans?|Green|Outstanding|Both|Each|Local|Rural|Commercial|Policy|State-owned|Big|Major|Large|Other|All|Some|Many|Most)\s+/;

function englishBanks(text: string, taken: readonly (readonly [number, number])[]): BankHit[] {
  const out: BankHit[] = [];
  for (const m of text.matchAll(ENGLISH_BANK)) {
    let start = m.index;
    let name = m[0];
    for (let cut = NOT_A_NAME_START.exec(name); cut; cut = NOT_A_NAME_START.exec(name)) {
      start += cut[0].length;
      name = name.slice(cut[0].length);
    }
    const end = start + name.length;
    if (!/[A-Z]/.test(name) || /^Bank$/.test(name) || taken.some(([x, y]) => start < y && x < end)) continue;
    const known = ENGLISH_NAMES[name.toLowerCase()];
    out.push({ start, end, holder: `bank:${known ?? name}` });
  }
  return out;
}

/** Banks of the catalog named in a text (潍坊银行 but not 潍坊银行业), left to right. */
export function findInstitutions(text: string): Hit<string>[] {
  return catalogBanks()
    .scan(text)
    .filter((h) => text[h.end] !== '业');
}

/** Where the regulators' and the central bank's names stand, left to right. */
export function findRegulators(text: string): [number, number][] {
  return [...text.matchAll(REGULATOR)].map((m) => [m.index, m.index + m[0].length] as [number, number]);
}

/**
 * Banks a text names, left to right: the catalog's, and any other 某某银行 / 某某分行 as
 * `bank:<name>`. The central bank and the regulators are not banks.
 *
 * @example
 * findBanks('邮储银行潍坊分行向企业发放贷款').map((b) => b.holder) // ['institution:psbc-weifang']
 */
export function findBanks(text: string): BankHit[] {
  const known = findInstitutions(text).map((h) => ({ start: h.start, end: h.end, holder: `institution:${h.value}` }));
  const regulators = findRegulators(text);
  const inside = (a: number, b: number, spans: readonly (readonly [number, number])[]): boolean => spans.some(([x, y]) => a < y && x < b);
  const out: BankHit[] = [...known];
  for (const m of text.matchAll(BANK_NAME)) {
    const start = m.index;
    const end = start + m[0].length;
    if (inside(start, end, regulators) || inside(start, end, known.map((k) => [k.start, k.end] as const))) continue;
    // 全市银行, 各银行, 辖区银行: the banks of an area, not one bank.
    // 四家大型银行: a count of banks of a kind, no one bank.
    // (全省已组建村镇银行62家: banks set up, counted — the verb is no part of a name; nor is 撬动 of 撬动银行贷款10亿元.)
    const name = m[0].replace(BEFORE_NAME, '').replace(/^.*(?:组建|设立|成立|开设|新设|筹建|开业|撬动|带动|引导|推动|鼓励|督促|指导|动员|会同|依托|借助|引入|吸引|协调)了?|^.*(?:本报讯|报讯|消息|摘自|来自|源自|选自)/, '').replace(/^(?:全市|全省|全区|全县|各|辖区|辖内|省内|市内|其中|此外|同时|目前|截至|以及|和|与|及|向|对|由|在|为|是|等|[一二三四五六七八九十两\d]{1,3}(?:家|大)|家)+/, '');
    // (同类银行绿色贷款余额合计…: the peers together hold their own figures; 在同类银行中居首 names them as a whole, no holder.)
    const peers = PEER_BANKS.exec(name);
    if (peers) {
      if (!COMPARED_WITH_BEFORE.test(text.slice(Math.max(0, end - name.length - 4), end - name.length))) out.push({ start: end - name.length, end, holder: `banks:${peers[0]}` });
      continue;
    }
    // (即工农中建交邮六家银行: banks counted inside the phrase, no one bank; 一家股份制银行 is one.)
    // (某银行 of a worked example, 甲银行: a bank whose name is withheld is one bank all the same.)
    // (科技支行136家, 手机银行用户: a kind of branch or a channel, no bank.)
    if (GENERIC_BRANCH.test(name)) continue;
    if ((name.length < 4 && !/^[甲乙丙丁戊己庚辛某]银行$/.test(name)) || /(?:[二三四五六七八九十两]|\d)(?:家|大|位|名|强)/.test(name) || /^(?:的|合作|参与|相关|有关|主要|部分|多家|各家|即)/.test(name) || /^(?:商业|国有|股份制|城市|农村|政策性|开发性|大型|中小型|中小|中型|小型|外资|中资|民营|地方|法人|本国|国内|境内|当地|本地|全国性|区域性|城商|农商|村镇|各类|其他|股上市)*银行$/.test(name) || AREA_BANKS.test(name)) continue;
    out.push({ start: end - name.length, end, holder: `bank:${name.replace(LONG_FORM, (_w, big: string | undefined) => big ?? '邮储银行')}` });
  }
  const spans = (): (readonly [number, number])[] => [...out.map((b) => [b.start, b.end] as const), ...regulators];
  for (const m of text.matchAll(SHORT_NAME)) {
    const end = m.index + m[0].length;
    if (spans().some(([x, y]) => m.index < y && x < end)) continue;
    // 国开行浙江分行: the bank's name, and its branch.
    const short = SHORT_KEYS.find((k) => m[0].startsWith(k)) as string;
    out.push({ start: m.index, end, holder: `bank:${SHORT_NAMES[short] as string}${m[0].slice(short.length)}` });
  }
  // "Bank A": the same in English.
  for (const m of text.matchAll(LETTER_BANK_EN)) {
    const end = m.index + m[0].length;
    if (!spans().some(([x, y]) => m.index < y && x < end)) out.push({ start: m.index, end, holder: `bank:${m[0]}` });
  }
  // 甲银行, A银行: a bank a text names by letter (case studies, rankings with names withheld).
  for (const m of text.matchAll(LETTER_BANK)) {
    const end = m.index + m[0].length;
    if (!spans().some(([x, y]) => m.index < y && x < end)) out.push({ start: m.index, end, holder: `bank:${m[0]}` });
  }
  out.push(...englishBanks(text, spans()));
  return out.map((b) => withTerritory(text, b)).sort((a, b) => a.start - b.start);
}

const GENERIC_BRANCH = /^(?:科技|绿色|普惠|特色|专营|社区|小微|养老|手机|网上|网络|电子|直销|数字|移动|线上|微信)(?:支行|分行|银行)$/;
const PEER_BANKS = /^(?:同类|同业|同类型|同规模|同等规模)银行$/;
const COMPARED_WITH_BEFORE = /(?:在|与|和|同|比|较|于|居|位居|领先)\s*$/;

// 中国银行（香港）有限公司, 中國銀行(澳門): the bank of a territory, one bank — its bracket no place of its own.
const TERRITORY_TAIL = /^(?:[（(](?:香港|澳门|澳門|亚洲|亞洲|台湾|臺灣)[)）])?(?:股份)?有限公司|^[（(](?:香港|澳门|澳門|亚洲|亞洲|台湾|臺灣)[)）]/;
function withTerritory(text: string, b: BankHit): BankHit {
  const tail = TERRITORY_TAIL.exec(text.slice(b.end, b.end + 12))?.[0];
  if (!tail) return b;
  const territory = /^[（(]([^()（）]+)[)）]/.exec(tail)?.[1];
  const name = b.holder.startsWith('bank:') ? b.holder : `bank:${text.slice(b.start, b.end)}`;
  return { start: b.start, end: b.end + tail.length, holder: territory ? `${name}（${territory}）` : b.holder };
}
