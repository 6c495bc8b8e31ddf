// A policy's terms: what a policy figure is — a parameter (额度, 利率, 贴息比例, 期限 …) of an
// instrument or fund (科技创新再贷款, 风险补偿资金池), the instrument named in its sentence or
// earlier in the text — and how it stands to the figures beside it: the same value in other
// words (即, 也就是), a part of a quota (额度中单列, 其中), a rate and its change in points
// (在40%的基础上再提高10个百分点，即50%; 由1个百分点提到1.5个百分点，多了0.5个百分点).
// The checker relates the facts so framed (src/check/factRelations.ts).
import type { FactClaim, Operator, PolicyTerm } from '../../check/claim.js';
import type { Doc, Output } from '../document.js';
import { inWorkedExample } from '../frame/examples.js';
import { lowerBound } from '../frame/time.js';
import type { FigureMention } from '../mention.js';
import { aboutOf } from './facts.js';

// A policy's words: a figure with none near it is no policy's term.
const POLICY_WORDS = /再贷款|贴息|补偿|担保|奖补|补贴|补助|资助|奖励|额度|费率|资金池|专项资金|支持工具|分险/;

// The head nouns of an instrument's name: 科技创新和技术改造再贷款, 碳减排支持工具, 普惠金融发展专项资金.
const INSTRUMENT_HEAD = /再贷款|支持工具|工具|专项资金|风险补偿资金池|风险补偿资金|资金池|担保计划|引导基金/g;
// Words that end an instrument's name looking back (新设的|科技创新再贷款).
const NAME_STOP = /[^\u4e00-\u9fa5]|[的了是为将对向把在由从该此这本其]/;
// 该工具, 这项再贷款, 此类资金: the instrument named before.
const BACK_REFERENCE = /(?:该|此|这|本|其)(?:项|类|个|一|笔)?$/;
// Words in front of a name that are no part of it.
const NAME_LEAD = /^(?:新设立|新设|设立|创设|推出|出台|印发|下达|安排|提供|发放|申请|使用|首期|人民银行)+/;

// A parameter named right before its figure (总额度为5000亿元, 再贷款利率定为1.75%, 年贴息比例为1个百分点) or right after it (5000亿元额度).
const PARAMETER_BEFORE = /(?<name>额度|利率|贴息比例|贴息率|贴息标准|补偿比例|分险比例|担保费率|费率|期限|规模)(?:为|定为|是|达|达到)?$/;
const PARAMETER_AFTER = /^(?<name>额度|贴息)/;
// A per-unit term (单户最高100万元) is another parameter than the whole's.
const PER_UNIT = /单户|单笔|每户|每笔|单家|每家|单个|每个|每市|每县|每年|同一/;
// A clause that tells of a change or a tally is no plain statement of the term.
const CHANGE_WORDS = /由|从|原|此前|之前|过去|提高|提到|提至|提升|上调|下调|降低|降至|降为|增加|增至|升至|调至|调为|改为|扩大|上浮|下浮|新增|追加|调整|累计|减少|其中|单列|对应|相当于|比如|例如|举例/;
// A term at a time its clause names (去年…利率为2%, 2025年规模2亿元) may differ from the same term at another.
const AT_A_TIME = /[0-9０-９]{2,4}年|[去上前今明当本同]年|季度|半年|月末|月底|年末|年底|年初|期末/;
// A threshold (5万元以下, 1000万元及以上) defines who is eligible: no term of its own.
const THRESHOLD = /以下|以上|以内|及以下|及以上/;
// A worked example of an explainer, opened by these words in its paragraph: its figures are no terms.
const EXAMPLE_WORDS = /比如|例如|举例|举个例子|为例|假设|算了一笔账/;

// Gaps between two figures of one sentence, and what they make of the pair or the triple.
// 在40%的基础上再提高10个百分点 … ，即…60%
const ON_BASE = /基础上(?:再)?(?<verb>提高|上浮|上调|增加|提升|降低|下浮|下调|减少)(?:了)?$/;
// …the base printed right before it: 在40%的基础上再提高.
const ON_THIS_BASE = /^的?基础上(?:再)?(?<verb>提高|上浮|上调|增加|提升|降低|下浮|下调|减少)(?:了)?$/;
const THAT_IS = /^[，,]?(?:即|也就是|亦即)[\u4e00-\u9fa5A-Za-z]{0,12}$/;
// …and says the same again: nothing after 即, or words that name it (即贴息率为, 即贴息额相当于贷款额的) — never a
// party that bears another share (补偿比例为40%，即银行承担60%).
const BEARS_SHARE = /承担|负担|分担|各|其余|剩余/;
const SAID_AGAIN = /(?:即|也就是|亦即)(?:[\u4e00-\u9fa5A-Za-z]{0,8}(?:为|是|按|相当于[\u4e00-\u9fa5]{1,8}的))?$/;
// 由1个百分点提到1.5个百分点，多了0.5个百分点; 由1个百分点提高0.5个百分点至1.5个百分点
const RAISED_TO = /^(?<verb>提高|提|上调|上浮|增加|提升|降低|降|下调|下浮|减少)(?:到|至)[\u4e00-\u9fa5]{0,4}$/;
const BY_THE_CHANGE = /^[，,]?(?<verb>多了|少了|提高了|上调了|上浮了|增加了|降低了|下调了|下浮了|减少了)$/;
const RAISED_BY = /^(?<verb>提高|上调|上浮|增加|提升|降低|下调|下浮|减少)(?:了)?$/;
const TO = /^(?:至|到)$/;
// …时，借款人实际负担 … ，其余: a rate split between who bears what.
const BEARS = /^[\u4e00-\u9fa5]{0,3}[，,][\u4e00-\u9fa5]{0,8}(?:负担|承担|自付|支付)$/;
const THE_REST = /^[，,]?其余(?:部分)?$/;
// 5000亿元额度中单列1000亿元
const SET_APART = /^(?:额度|资金|规模|总额)?中(?:单列|安排|预留|划出|专门安排)(?:出)?$/;
const SET_APART_TAIL = /中(?:单列|安排|预留|划出|专门安排)[\s\S]*$/;
// The parameter noun of an amount, the last before it in its clause: 可获贴息3000元 → 贴息, 消费额30万元 → 消费额.
const AMOUNT_NOUN = /贴息|补贴|补助|奖励|奖补|补偿|消费额|额度|担保金额|贷款/g;

const RAISE = /提|上|增|多/;

interface Item {
  /** Its span in the normalised text. */
  readonly span: readonly [number, number];
  readonly mention: FigureMention;
  /** The fact it is, or will be when a term makes it one. */
  fact: FactClaim | undefined;
  /** The index of its unparsed entry, when it was left unread. */
  readonly unread: number | undefined;
  /** Its term while reading: the figures it stands to as items. */
  term: Links;
}

interface Links {
  formula?: { readonly operands: readonly Item[]; readonly operators: readonly Operator[] };
  instrument?: string;
  parameter?: string;
  restates?: Item;
  within?: Item;
  change?: { readonly before: Item; readonly after: Item; readonly sign: 1 | -1 };
  product?: { readonly of: Item; readonly rate: Item };
}

/**
 * Frames a text's policy figures as terms: each fact (and each figure left unread that a term
 * makes a policy's) near a policy's words gets what parameter of which instrument
 * it states, or how it stands to the figures beside it. A figure left unread that so becomes a
 * term is read as a fact. Facts are given ids here (`term:<start>`) that `finish` renames.
 *
 * @example
 * // 新设的科技创新再贷款总额度为5000亿元 … 5000亿元额度中单列1000亿元:
 * // the two 5000亿元 are the 额度 of 科技创新再贷款, and 1000亿元 is within the second.
 */
export function readPolicyTerms(doc: Doc, out: Output): void {
  const s = doc.s;
  const items = policyItems(doc, out);
  if (items.length === 0) return;
  const gap = (a: Item, b: Item): string => s.slice(a.span[1], b.span[0]);
  const rate = (i: Item): boolean => i.mention.figure.unit.dimension === 'percent' || i.mention.figure.unit.dimension === 'percentage-points';
  const points = (i: Item): boolean => i.mention.figure.unit.dimension === 'percentage-points';
  const linked = new Set<Item>();
  const sentenceOf = (i: Item): number => sentenceStart(s, i.span[0]);

  for (let k = 0; k < items.length; k++) {
    const x = items[k] as Item;
    const y = items[k + 1];
    const z = items[k + 2];
    if (!y || sentenceOf(y) !== sentenceOf(x)) continue;
    const sameSentence3 = z !== undefined && sentenceOf(z) === sentenceOf(x);
    // A rate, its change in points and the rate it gives.
    if (sameSentence3 && rate(x) && points(y) && rate(z)) {
      const g1 = gap(x, y);
      const g2 = gap(y, z);
      const onBase = ON_THIS_BASE.exec(g1);
      const byThen = RAISED_BY.exec(g1);
      if ((onBase && THAT_IS.test(g2)) || (byThen && TO.test(g2) && /[由从][^，。；]{0,12}$/.test(s.slice(Math.max(0, x.span[0] - 12), x.span[0])))) {
        const verb = (onBase ?? byThen)?.groups?.['verb'] ?? '';
        y.term = { change: { before: x, after: z, sign: RAISE.test(verb) ? 1 : -1 } };
        [x, y, z].forEach((i) => linked.add(i));
        k += 2;
        continue;
      }
    }
    // A rate raised from one value to another, and by how much.
    if (sameSentence3 && rate(x) && rate(y) && points(z) && x.mention.figure.unit.dimension === y.mention.figure.unit.dimension) {
      const to = RAISED_TO.exec(gap(x, y));
      const by = BY_THE_CHANGE.exec(gap(y, z));
      const from = /[由从][^，。；]{0,12}$/.test(s.slice(Math.max(0, x.span[0] - 12), x.span[0]));
      if (from && to && by && RAISE.test(to.groups?.['verb'] ?? '') === RAISE.test(by.groups?.['verb'] ?? '')) {
        z.term = { change: { before: x, after: y, sign: RAISE.test(to.groups?.['verb'] ?? '') ? 1 : -1 } };
        [x, y, z].forEach((i) => linked.add(i));
        k += 2;
        continue;
      }
    }
    // A rate, the share one side bears, and the rest in points: 合同利率为4.0%时，借款人实际负担1.5%，其余2.5个百分点由财政贴息.
    if (sameSentence3 && x.mention.figure.unit.dimension === 'percent' && y.mention.figure.unit.dimension === 'percent' && points(z)) {
      if (BEARS.test(gap(x, y)) && THE_REST.test(gap(y, z))) {
        z.term = { change: { before: y, after: x, sign: 1 } };
        [x, y, z].forEach((i) => linked.add(i));
        k += 2;
        continue;
      }
    }
    const between = gap(x, y);
    const dimension = x.mention.figure.unit.dimension;
    // The same value in other words: 150个基点，也就是1.5个百分点 (never a share of something named as a value: LPR的50%，即1.5%).
    if (THAT_IS.test(between) && SAID_AGAIN.test(between) && !BEARS_SHARE.test(between) && !CHANGE_WORDS.test(between.replace(/相当于/, '')) && dimension === y.mention.figure.unit.dimension && !(dimension === 'percent' && s[x.span[0] - 1] === '的')) {
      y.term = { ...y.term, restates: x };
      linked.add(x).add(y);
      continue;
    }
    // A part set apart from a quota: 5000亿元额度中单列1000亿元.
    if (SET_APART.test(between) && dimension === 'money' && y.mention.figure.unit.dimension === 'money') {
      y.term = { ...y.term, within: x };
      linked.add(y);
    }
  }
  formulas(s, items, linked);
  partsAfterOfWhich(s, items, linked);
  changesOnAStatedBase(s, items, linked);
  products(doc, items);

  // The plain statements of a term: a parameter of a named instrument.
  const names = instrumentNames(s);
  headlineTerms(doc, items, linked);
  // (A whole others are set apart from is still a plain statement of its quota.)
  for (const i of items) {
    if (linked.has(i)) continue;
    const plain = plainTerm(doc, i, names);
    if (plain) i.term = { ...i.term, ...plain };
  }

  // Facts for the figures a term makes a policy's; ids for the checker's references.
  const referred = new Set<Item>();
  for (const i of items) {
    const t = i.term;
    for (const o of [t.restates, t.within, t.change?.before, t.change?.after, t.product?.of, t.product?.rate, ...(t.formula?.operands ?? [])]) if (o) referred.add(o);
  }
  const terms = items.filter((i) => Object.keys(i.term).length > 0 || referred.has(i));
  const promoted = new Set<number>();
  for (const i of terms) {
    if (!i.fact) {
      const from = sentenceStart(s, i.span[0]);
      const stated = doc.times.statedIn(from, i.span[0]);
      i.fact = {
        id: '',
        context: 'policy',
        about: doc.inOriginal(aboutOf(s, i.mention.figure, i.span[0], i.span[1], from, sentenceEnd(s, i.span[1])), i.span[0]),
        holder: doc.holder.holder,
        ...(stated ? { date: stated.date } : {}),
        figure: doc.inOriginalScript(i.mention.figure, i.mention),
        source: out.source(i.mention, s.slice(Math.max(0, i.span[0] - 24), i.span[0])),
      };
      if (i.unread !== undefined) promoted.add(i.unread);
    }
    (i.fact as { id: string }).id = `term:${i.span[0]}`;
  }
  const idOf = (v: Item): string => (v.fact as FactClaim).id;
  for (const i of terms) {
    const t = i.term;
    const term: PolicyTerm = {
      ...(t.instrument ? { instrument: t.instrument } : {}),
      ...(t.parameter ? { parameter: t.parameter } : {}),
      ...(t.restates ? { restates: idOf(t.restates) } : {}),
      ...(t.within ? { within: idOf(t.within) } : {}),
      ...(t.change ? { change: { before: idOf(t.change.before), after: idOf(t.change.after), sign: t.change.sign } } : {}),
      ...(t.product ? { product: { of: idOf(t.product.of), rate: idOf(t.product.rate) } } : {}),
      ...(t.formula ? { formula: { operands: t.formula.operands.map(idOf), operators: t.formula.operators } } : {}),
    };
    (i.fact as { term?: PolicyTerm }).term = term;
  }
  // The promoted leave the unread, and join the facts where they stand.
  if (promoted.size === 0) return;
  const kept = out.unparsed.filter((_, n) => !promoted.has(n));
  out.unparsed.length = 0;
  out.unparsed.push(...kept);
  const added = terms.filter((i) => i.unread !== undefined && promoted.has(i.unread)).map((i) => i.fact as FactClaim);
  const all = [...out.facts, ...added].sort((a, b) => (a.source?.span?.[0] ?? 0) - (b.source?.span?.[0] ?? 0));
  out.facts.length = 0;
  out.facts.push(...all);
}

// The facts and the figures left unread of the sentences with a policy's words, in the order of the text.
function policyItems(doc: Doc, out: Output): Item[] {
  const s = doc.s;
  const factAt = new Map<number, FactClaim>();
  for (const f of out.facts) {
    const span = out.spanOf(f);
    if (span) factAt.set(span[0], f);
  }
  const unreadAt = new Map<number, number>();
  out.unparsed.forEach((u, n) => unreadAt.set(u.span[0], n));
  const items: Item[] = [];
  for (const m of doc.mentions) {
    if (m.kind !== 'figure') continue;
    const fact = factAt.get(m.span[0]);
    const original = doc.original(m.span)[0];
    const unread = fact ? undefined : unreadAt.get(original);
    if (!fact && unread === undefined) continue;
    // (Near it, not only in its sentence: 这里的150BP即150个基点 explains the 贴息 of the sentence before,
    // an explainer's worked example the policy of the paragraph before.)
    if (!POLICY_WORDS.test(s.slice(Math.max(0, m.span[0] - REACH), Math.min(s.length, m.span[1] + REACH)))) continue;
    items.push({ span: m.span, mention: m, fact, unread, term: {} });
  }
  return items;
}

// Parts after 其中 in a sentence, each within the one amount before 其中 of its own noun:
// 最多可获贴息3000元，对应消费额30万元；其中…贴息累计不超过1000元，对应消费额10万元.
function partsAfterOfWhich(s: string, items: readonly Item[], linked: Set<Item>): void {
  for (let k = 0; k < items.length; k++) {
    const first = items[k] as Item;
    const start = sentenceStart(s, first.span[0]);
    const end = sentenceEnd(s, first.span[1]);
    let last = k;
    while (last + 1 < items.length && (items[last + 1] as Item).span[0] < end) last++;
    const mine = items.slice(k, last + 1);
    k = last;
    const at = s.slice(start, end).search(/[；;，,]其中/);
    if (at < 0) continue;
    const ofWhich = start + at;
    const nounOf = (i: Item): string | undefined => {
      const clause = s.slice(clauseStart(s, i.span[0]), i.span[0]);
      const nouns = [...clause.matchAll(AMOUNT_NOUN)];
      return nouns[nouns.length - 1]?.[0];
    };
    const eligible = (i: Item): boolean => i.mention.figure.unit.dimension === 'money' && !THRESHOLD.test(i.mention.text) && i.mention.figure.qualifier !== 'at-least' && i.mention.figure.qualifier !== 'over';
    const wholes = mine.filter((i) => i.span[1] <= ofWhich && eligible(i));
    for (const part of mine.filter((i) => i.span[0] > ofWhich && eligible(i) && !i.term.within)) {
      const noun = nounOf(part);
      if (!noun) continue;
      const same = wholes.filter((w) => nounOf(w) === noun);
      if (same.length !== 1) continue;
      part.term = { ...part.term, within: same[0] as Item };
      linked.add(part);
    }
  }
}

// A calculation in brackets after a figure, ending in its result: 到手5万元(50万元÷100万元×10万元=5万元).
const OPERATOR = /^\s*(?<op>[×*xX÷/+＋\-－−=＝])\s*$/;
const OPERATORS: Readonly<Record<string, Operator>> = { '×': '×', '*': '×', x: '×', X: '×', '÷': '÷', '/': '÷', '+': '+', '＋': '+', '-': '−', '－': '−', '−': '−' };

// The result of a bracketed calculation is its operands worked through, and says again the figure the brackets follow.
function formulas(s: string, items: readonly Item[], linked: Set<Item>): void {
  for (let k = 0; k < items.length; k++) {
    const x = items[k] as Item;
    if (!/^[(（]$/.test(s.slice(x.span[1], x.span[1] + 1))) continue;
    const operands: Item[] = [];
    const operators: Operator[] = [];
    let j = k + 1;
    let result: Item | undefined;
    for (; j < items.length; j++) {
      const i = items[j] as Item;
      const previous = items[j - 1] as Item;
      const gap = j === k + 1 ? s.slice(x.span[1] + 1, i.span[0]) : s.slice(previous.span[1], i.span[0]);
      if (j === k + 1) {
        if (gap.trim() !== '') break;
        operands.push(i);
        continue;
      }
      const op = OPERATOR.exec(gap)?.groups?.['op'];
      if (!op) break;
      if (op === '=' || op === '＝') {
        // (The result closes the brackets.)
        if (/^[)）]$/.test(s.slice(i.span[1], i.span[1] + 1))) result = i;
        break;
      }
      operators.push(OPERATORS[op] as Operator);
      operands.push(i);
    }
    if (!result || operands.length < 2) continue;
    result.term = { ...result.term, formula: { operands, operators } };
    if (result.mention.figure.unit.dimension === x.mention.figure.unit.dimension) result.term.restates = x;
    for (const i of [x, ...operands, result]) linked.add(i);
    k = j;
  }
}

// The base a rate is of, in the words before it: 按一年期LPR的30% → 一年期LPR.
const RATE_BASE = /(?<base>[\u4e00-\u9fa5A-Za-z]{2,10})的$/;
const BASE_LEAD = /按照|按|以|为|是/;

// A change on a base its clause names but does not print (在第五条标准基础上再提高10个百分点，即按一年期LPR的40%):
// the base is the one rate stated before of the same benchmark (按一年期LPR的30%) — when there is one only.
function changesOnAStatedBase(s: string, items: readonly Item[], linked: Set<Item>): void {
  // (The words after the last 按: 一般企业按一年期LPR的 → 一年期LPR; none without one.)
  const baseOf = (i: Item): string | undefined => {
    const words = RATE_BASE.exec(s.slice(Math.max(0, i.span[0] - 12), i.span[0]))?.groups?.['base'];
    const parts = words?.split(BASE_LEAD) ?? [];
    return parts.length > 1 ? parts[parts.length - 1] : undefined;
  };
  for (let k = 0; k + 1 < items.length; k++) {
    const y = items[k] as Item;
    const z = items[k + 1] as Item;
    if (linked.has(y) || linked.has(z) || y.mention.figure.unit.dimension !== 'percentage-points' || z.mention.figure.unit.dimension !== 'percent') continue;
    const from = clauseStart(s, y.span[0]);
    const previous = items[k - 1];
    if ((previous && previous.span[1] > from) || sentenceStart(s, z.span[0]) !== sentenceStart(s, y.span[0])) continue;
    const onBase = ON_BASE.exec(s.slice(from, y.span[0]));
    const base = baseOf(z);
    if (!onBase || !THAT_IS.test(s.slice(y.span[1], z.span[0])) || !base) continue;
    const before = items.slice(0, k).filter((x) => x.mention.figure.unit.dimension === 'percent' && baseOf(x) === base);
    if (before.length !== 1) continue;
    y.term = { change: { before: before[0] as Item, after: z, sign: RAISE.test(onBase.groups?.['verb'] ?? '') ? 1 : -1 } };
    linked.add(y).add(z);
  }
}

// 一年期LPR为3.1%，按20%计算的贴息率为0.62%: the third is the first times the second.
const AT_RATE = /^[，,]?按(?:照)?[\u4e00-\u9fa5]{0,6}$/;
const RECKONED = /^计(?:算)?[的，,]?[\u4e00-\u9fa5]{0,8}(?:为|是)$/;
// 少付利息1万元，相当于贷款本金的1%; 即贴息额相当于贷款额的0.62%，全年可获贴息3.1万元.
const AS_SHARE_OF = /^[，,]?(?:即)?相当于(?<whole>[\u4e00-\u9fa5]{1,8})的$/;
const PART_AS_SHARE = /(?:即|，|,)(?<part>[\u4e00-\u9fa5]{1,6})相当于(?<whole>[\u4e00-\u9fa5]{1,8})的$/;
// What an amount's noun is called without its 额, 本金 …: 贷款本金 → 贷款.
const AMOUNT_TAIL = /(?:总额|金额|本金|余额|额|数)$/;

// Amounts and rates worked through one another: a product of two stated figures.
function products(doc: Doc, items: readonly Item[]): void {
  const s = doc.s;
  const money = (i: Item): boolean => i.mention.figure.unit.dimension === 'money';
  const percent = (i: Item): boolean => i.mention.figure.unit.dimension === 'percent';
  const sameSentence = (a: Item, b: Item): boolean => sentenceStart(s, a.span[0]) === sentenceStart(s, b.span[1]);
  for (let k = 0; k < items.length; k++) {
    const x = items[k] as Item;
    const y = items[k + 1];
    const z = items[k + 2];
    if (y && z && percent(y) && !z.term.product && sameSentence(x, z) && x.mention.figure.unit.dimension === z.mention.figure.unit.dimension) {
      if (AT_RATE.test(s.slice(x.span[1], y.span[0])) && RECKONED.test(s.slice(y.span[1], z.span[0]))) z.term = { ...z.term, product: { of: x, rate: y } };
    }
    if (!percent(x)) continue;
    // An amount as a share of another amount of the paragraph, named by its noun.
    const before = s.slice(Math.max(0, x.span[0] - 24), x.span[0]);
    const previous = items[k - 1];
    const gap = previous ? s.slice(previous.span[1], x.span[0]) : '';
    const direct = previous && money(previous) && sameSentence(previous, x) ? AS_SHARE_OF.exec(gap) : null;
    const told = direct ? null : PART_AS_SHARE.exec(before);
    const wholeNoun = (direct ?? told)?.groups?.['whole']?.replace(AMOUNT_TAIL, '');
    if (!wholeNoun) continue;
    let part: Item | undefined = direct ? previous : undefined;
    if (told) {
      const noun = (told.groups?.['part'] ?? '').replace(/^即/, '').replace(AMOUNT_TAIL, '');
      const next = items[k + 1];
      if (noun && next && money(next) && sameSentence(x, next) && s.slice(clauseStart(s, next.span[0]), next.span[0]).includes(noun)) part = next;
    }
    if (!part || part.term.product) continue;
    const from = doc.paragraphStart(x.span[0]);
    const wholes = items.filter((w) => w !== part && money(w) && w.span[0] >= from && w.span[0] < x.span[0] && nextTo(s, w, wholeNoun));
    if (wholes.length !== 1) continue;
    part.term = { ...part.term, product: { of: wholes[0] as Item, rate: x } };
  }
}

// Whether an amount's own words name it: 贷款500万元, 100万元贷款.
function nextTo(s: string, i: Item, noun: string): boolean {
  return s.slice(Math.max(0, i.span[0] - noun.length), i.span[0]) === noun || s.slice(i.span[1], i.span[1] + noun.length) === noun;
}

const ALLOTTED = /分配|下达|安排|核定|给予|获得|分得|获批/;

// Whether a hit (a place, a bank) starts in s[from, to).
function hitIn(hits: readonly { readonly start: number }[], from: number, to: number): boolean {
  const k = lowerBound(hits, from, (h) => h.start);
  return k < hits.length && (hits[k] as { start: number }).start < to;
}

// Words before a parameter that leave it the instrument's own: 总额度, 其利率, 该工具的额度.
const NO_QUALIFIER = /[总年的其该此这本]/g;

interface Named {
  readonly start: number;
  /** Where its name starts and ends in the text (a name referred back to: the words that refer). */
  readonly from: number;
  readonly end: number;
  readonly name: string;
  /** Named by referring back (该工具, 再贷款 alone). */
  readonly back?: boolean;
}

// Every instrument the text names, in order; a name that refers back (该工具) is the one named before.
function instrumentNames(s: string): Named[] {
  const out: Named[] = [];
  let lastEnd = 0;
  for (const m of s.matchAll(INSTRUMENT_HEAD)) {
    // (Back to the name before at most: 支农再贷款和支小再贷款 names two.)
    let from = m.index;
    while (from > lastEnd && m.index - from < 16 && !NAME_STOP.test(s[from - 1] as string)) from--;
    lastEnd = m.index + m[0].length;
    const words = s.slice(from, m.index).replace(NAME_LEAD, '');
    const back = BACK_REFERENCE.test(s.slice(Math.max(0, m.index - 2), m.index)) || words.length === 0;
    const before = out[out.length - 1];
    if (back) {
      if (before) out.push({ start: m.index, from: m.index - (BACK_REFERENCE.exec(s.slice(Math.max(0, m.index - 2), m.index))?.[0].length ?? 0), end: m.index + m[0].length, name: before.name, back: true });
      continue;
    }
    out.push({ start: m.index, from: m.index - words.length, end: m.index + m[0].length, name: `${words}${m[0]}` });
  }
  return out;
}

// A plain statement of a term: its parameter next to it, its instrument the last named before it.
function plainTerm(doc: Doc, i: Item, names: readonly Named[]): { instrument: string; parameter: string } | undefined {
  let parameter = parameterOf(doc, i);
  if (!parameter) return undefined;
  const at = lowerBound(names, i.span[0], (n) => n.start);
  const named = names[at - 1];
  if (!named) return undefined;
  // Words that make it another quota than the instrument's (山东省额度200亿元, 首期额度): part of the term.
  const from = Math.max(clauseStart(doc.s, i.span[0]), named.end);
  const before = doc.s.slice(from, i.span[0]);
  const word = PARAMETER_BEFORE.exec(before);
  const whose = (word ? before.slice(0, word.index) : before).replace(NO_QUALIFIER, '');
  // A quota handed to a place or a bank (向山东省分配该再贷款额度200亿元) is a part of the instrument's, not its own.
  // (Around the instrument's name in its clause, not in it: 江苏省风险补偿资金池 is Jiangsu's own.)
  const clause = clauseStart(doc.s, i.span[0]);
  const inClause = named.end > clause;
  const around: [number, number][] = inClause ? [[clause, Math.max(clause, named.from)], [named.end, i.span[0]]] : [[clause, i.span[0]]];
  if (around.some(([a, b]) => ALLOTTED.test(doc.s.slice(a, b)) || hitIn(doc.places, a, b) || hitIn(doc.banks, a, b))) return undefined;
  if (whose) parameter = `${whose}:${parameter}`;
  // An instrument named in an earlier paragraph is this one's only when this paragraph refers back to it
  // (该工具…): a bank's product in the next paragraph is no term of the central bank's tool.
  const paragraph = doc.paragraphStart(i.span[0]);
  if (named.start < paragraph && !names.some((n) => n.back && n.name === named.name && doc.paragraphStart(n.start) === paragraph)) return undefined;
  return { instrument: named.name, parameter };
}

// The parameter a figure plainly states (利率 of 再贷款利率定为1.75%; 单户:额度 of 单户额度最高…), or none:
// not a threshold, nor a figure of a clause that tells of a change, nor one of a worked example.
function parameterOf(doc: Doc, i: Item): string | undefined {
  const s = doc.s;
  const f = i.mention.figure;
  if (f.qualifier === 'at-least' || f.qualifier === 'over' || THRESHOLD.test(i.mention.text)) return undefined;
  const from = clauseStart(s, i.span[0]);
  const to = clauseEnd(s, i.span[1]);
  // (What is set apart after it — 额度中单列… — leaves it a plain statement of the whole.)
  const clause = s.slice(from, i.span[0]) + s.slice(i.span[1], to).replace(SET_APART_TAIL, '');
  if (CHANGE_WORDS.test(clause) || AT_A_TIME.test(s.slice(sentenceStart(s, i.span[0]), i.span[0]) + clause)) return undefined;
  if (inWorkedExample(doc.examples, i.span[0]) || EXAMPLE_WORDS.test(s.slice(Math.max(doc.paragraphStart(i.span[0]), i.span[0] - REACH), i.span[0]))) return undefined;
  const before = s.slice(from, i.span[0]);
  const named = PARAMETER_BEFORE.exec(before)?.groups?.['name'] ?? PARAMETER_AFTER.exec(s.slice(i.span[1], to))?.groups?.['name'];
  if (!named) return undefined;
  const parameter = SAME_PARAMETER[named] ?? named;
  const per = PER_UNIT.exec(before)?.[0];
  return per ? `${per}:${parameter}` : parameter;
}

// One parameter under several names: 贴息比例, 贴息率, 贴息标准, 贴息 (1个百分点贴息).
const SAME_PARAMETER: Readonly<Record<string, string>> = { 贴息比例: '贴息', 贴息率: '贴息', 贴息标准: '贴息' };
// A headline: the text's first line, short and without a full stop.
const HEADLINE_LENGTH = 40;

// A headline's term is the body's term of the same parameter, when the body states one only
// (九部门：服务业经营主体贷款可享1个百分点贴息 … 年贴息比例为1个百分点): the headline restates it.
function headlineTerms(doc: Doc, items: readonly Item[], linked: Set<Item>): void {
  // (In the caller's text: normalising joins a headline without a full stop to its body.)
  const end = doc.input.indexOf('\n');
  if (end <= 0 || end > HEADLINE_LENGTH || /[。！？]/.test(doc.input.slice(0, end))) return;
  const line = (i: Item): number => doc.original(i.span)[0];
  const parameters = new Map<Item, string>();
  for (const i of items) {
    if (linked.has(i)) continue;
    const p = parameterOf(doc, i);
    if (p) parameters.set(i, `${p}|${i.mention.figure.unit.dimension}`);
  }
  for (const [head, key] of parameters) {
    if (line(head) >= end) break;
    const body = [...parameters].filter(([i, k]) => line(i) > end && k === key);
    if (body.length !== 1) continue;
    const [said] = body[0] as [Item, string];
    said.term = { ...said.term, restates: head };
    linked.add(head);
  }
}

const SENTENCE_END = /[。！？!?\n]/;
const CLAUSE_END = /[。！？!?\n，,；;：:]/;
// How far a sentence or a clause is looked for: a text without stops stays linear.
const REACH = 300;

function sentenceStart(s: string, pos: number): number {
  return back(s, pos, SENTENCE_END);
}

function sentenceEnd(s: string, pos: number): number {
  return ahead(s, pos, SENTENCE_END);
}

function clauseStart(s: string, pos: number): number {
  return back(s, pos, CLAUSE_END);
}

function clauseEnd(s: string, pos: number): number {
  return ahead(s, pos, CLAUSE_END);
}

function back(s: string, pos: number, stop: RegExp): number {
  let i = pos;
  while (i > 0 && pos - i < REACH && !stop.test(s[i - 1] as string)) i--;
  return i;
}

function ahead(s: string, pos: number, stop: RegExp): number {
  let i = pos;
  while (i < s.length && i - pos < REACH && !stop.test(s[i] as string)) i++;
  return i;
}

/**
 * Gives the facts' references among themselves (`term:<start>` while reading) the ids the facts were given.
 *
 * @example
 * renameTermIds([{ …, id: 'f2', term: { within: 'term:30' } }], new Map([['term:30', 'f1']]))[0].term // { within: 'f1' }
 */
export function renameTermIds<T extends FactClaim>(facts: readonly T[], ids: ReadonlyMap<string, string>): T[] {
  const id = (x: string): string => ids.get(x) ?? x;
  return facts.map((f) => {
    const t = f.term;
    if (!t) return f;
    const term: PolicyTerm = {
      ...t,
      ...(t.restates ? { restates: id(t.restates) } : {}),
      ...(t.within ? { within: id(t.within) } : {}),
      ...(t.change ? { change: { ...t.change, before: id(t.change.before), after: id(t.change.after) } } : {}),
      ...(t.product ? { product: { of: id(t.product.of), rate: id(t.product.rate) } } : {}),
      ...(t.formula ? { formula: { ...t.formula, operands: t.formula.operands.map(id) } } : {}),
    };
    return { ...f, term };
  });
}
