import type { FactClaim } from '../../check/claim.js';
import type { Figure } from '../../figure/figure.js';
import type { Doc, Output } from '../document.js';
import { type FigureContext, type Frame, WINDOW } from '../frame/frame.js';
import { figureHolder } from '../frame/holder.js';
import { lowerBound } from '../frame/time.js';

// Words of a policy measure and its parameters.
const POLICY = /政策(?!性)|措施|贴息|风险补偿|资金池|申请条件|以下条件|准入条件|奖励|补贴|补助|担保费率|费率|出资比例|引导基金|部门|发文|机制|白名单|主导产业|共赢|合作|硬招|\b(polic(y|ies)|measures|departments|mechanisms?|functions)\b/i;
/** How far back a bank named by the catalog makes a figure part of its case story. */
const CASE_REACH = 2000;

/**
 * Keeps a figure the checker has no relation for as a fact, with what it is about; `strict`:
 * only where its sentence is clearly a policy's or a case's. Returns whether it was kept.
 */
export function keepAsFact(doc: Doc, out: Output, ctx: FigureContext, frame: Frame, strict: boolean): boolean {
  const { figure, m, sentence } = ctx;
  const dimension = figure.unit.dimension;
  const context = contextOf(doc, ctx);
  const about = doc.inOriginal(aboutOf(doc.s, figure, m.span[0], m.span[1], sentence.start, sentence.end), m.span[0]);
  if (!about) return false;
  // A loan the catalog does not know (个人住房贷款余额) stays unparsed, where it says so;
  // a figure of something else in such a sentence (提升审批效率近50%) is a fact.
  if (strict && context === 'other' && /贷款|信贷|loan|credit/i.test(about)) return false;
  // Outside a policy or a case, an amount or a rate is a statistic: unparsed says so.
  if (context === 'other' && (dimension === 'money' || dimension === 'percent' || dimension === 'percentage-points')) return false;
  const stated = doc.times.statedIn(sentence.start, m.span[0]);
  // A count of other things (支持小微经营主体312.46万户): a bare rate after it is theirs, not the subject's.
  if (dimension === 'count' || dimension === 'number') frame.stale = true;
  const fact: FactClaim = {
    id: '',
    context,
    about,
    holder:
      context === 'case'
        ? figureHolder(doc, ctx)
        : doc.holder.holder,
    ...(stated ? { date: stated.date } : {}),
    figure: doc.inOriginalScript(figure, m),
    source: out.source(m, ctx.cue),
  };
  out.facts.push(fact);
  return true;
}

/** Where a figure without a relation stands: a policy's parameters, a bank's case, or neither. */
export function contextOf(doc: Doc, ctx: FigureContext): FactClaim['context'] {
  const { sentence, m, cue } = ctx;
  const pos = m.span[0];
  const s = doc.s;
  if (bankIn(doc, sentence.start, sentence.end)) return 'case';
  // Policy words close to the figure make it a parameter; further off only where no bank tells a story.
  const around = s.slice(Math.max(sentence.start, pos - 60), Math.min(sentence.end, pos + 40));
  const wider = s.slice(Math.max(sentence.start, pos - 120), Math.min(sentence.end, pos + 120));
  const clauseFrom = Math.max(ctx.clauseStart, pos - WINDOW);
  const clauseTo = Math.min(ctx.clauseEnd, pos + 48);
  if ((POLICY.test(around) || /最高/.test(cue)) && !bankIn(doc, clauseFrom, clauseTo)) return 'policy';
  // A case names its bank somewhere in its paragraph, often after the story (…两家企业… 邮储银行潍坊分行…),
  // or in the paragraphs of the article before it (青岛工行创新研发了… 提升审批效率近50%).
  const from = Math.max(ctx.paragraphStart, pos - 3 * WINDOW);
  const to = Math.min(ctx.paragraphEnd, pos + 3 * WINDOW);
  if (bankIn(doc, from, to) || catalogBankIn(doc, Math.max(0, pos - CASE_REACH), to)) return 'case';
  if (POLICY.test(wider)) return 'policy';
  return 'other';
}

// Whether a bank (not the central bank nor a regulator) is named in s[from, to).
function bankIn(doc: Doc, from: number, to: number): boolean {
  const i = lowerBound(doc.banks, from, (b) => b.start);
  if (i < doc.banks.length && (doc.banks[i] as { start: number }).start < to) return true;
  // 该行, "the bank": a bank's — unless the text named the central bank or a regulator before it and
  // no bank (人民银行山西省分行…该行介绍), whose figures are statistics, not a case.
  const those = /该行|\bthe bank\b/i.exec(doc.s.slice(from, Math.min(to, from + 4 * WINDOW)));
  if (!those) return false;
  const at = from + those.index;
  const bankBefore = doc.banks.length > 0 && (doc.banks[0] as { start: number }).start < at;
  return bankBefore || !AUTHORITY.test(doc.s.slice(Math.max(0, at - 4 * WINDOW), at));
}

const AUTHORITY = /人民银行|央行|金融监管|银保监|银监|证监|外汇局|金管局|金管會|金管会|People's Bank|central bank|regulator/i;

function catalogBankIn(doc: Doc, from: number, to: number): boolean {
  const i = lowerBound(doc.banks, from, (b) => b.start);
  for (let k = i; k < doc.banks.length && (doc.banks[k] as { start: number }).start < to; k++) {
    if ((doc.banks[k] as { holder: string }).holder.startsWith('institution:')) return true;
  }
  return false;
}

// Counting words whose noun follows them: 25条新政策, 两家企业, 六张“白名单”.
const CLASSIFIERS = new Set(['家', '个', '条', '项', '张', '笔', '处', '种', '方', '大', '级', '只', '名', '次', '位', '']);
const STOP_AFTER = new Set([...'的因在为已将和与及等是被均都共从中之入,，。;；、']);
const STOP_BEFORE = new Set([...'的为了将和与及对向']);

/**
 * What a figure counts or measures, in the text's words: the noun after a count
 * (25条新政策 → 新政策, ten other departments → other departments), else the words
 * before it (服务老人超8800人 → 服务老人, 床位总数140余张 → 床位总数).
 */
export function aboutOf(s: string, figure: Figure, start: number, end: number, from: number, to: number): string {
  const after = s.slice(end, Math.min(to, end + 40));
  if (CLASSIFIERS.has(figure.unit.symbol)) {
    let noun = '';
    for (const ch of after) {
      if (ch === '“' || ch === '”' || ch === '"' || ch === '「' || ch === '」') continue;
      if (!/[\u4e00-\u9fa5]/.test(ch) || STOP_AFTER.has(ch) || noun.length >= 8) break;
      noun += ch;
    }
    if (noun) return noun;
    // English: the words up to the first plural (other departments, specialized working mechanisms).
    const words = after.split(' ');
    if (words[0] === '') {
      const taken: string[] = [];
      for (const word of words.slice(1, 6)) {
        const w = word.replace(/[,.;:)]$/, '');
        if (!/^[A-Za-z-]+$/.test(w)) break;
        taken.push(w);
        if (/[a-z]s$/.test(w)) return taken.join(' ');
        if (w !== word) break;
      }
    }
  }
  let before = s.slice(Math.max(from, start - 12), start);
  if (STOP_BEFORE.has(before[before.length - 1] as string)) before = before.slice(0, -1); // 贷款额的2%
  let k = before.length;
  while (k > 0 && /[\u4e00-\u9fa5“”]/.test(before[k - 1] as string) && !STOP_BEFORE.has(before[k - 1] as string)) k--;
  const zh = before.slice(k).replace(/[“”]/g, '').replace(/(达到|达|为|至|到|超过|了|共|计|的)$/, '');
  // 设立10亿元科技成果转化引导基金, 3天完成审批: a verb before, the thing after.
  const next = /^[“"]?([\u4e00-\u9fa5]{2,8})/.exec(after)?.[1];
  if (zh.length > 2 || (zh && !next)) return zh;
  if (next && /[\u4e00-\u9fa5]/.test(s[end - 1] ?? '')) return next.split(/[的因在为已将和与及等是被]/)[0] || zh;
  if (zh) return zh;
  // English: the last whole words before the figure.
  const words = s.slice(Math.max(from, start - 40), start).trimEnd().split(/\s+/);
  if (start - 40 > from) words.shift(); // a word cut by the window
  const en = words.slice(-3).filter((w) => /^[A-Za-z-]+$/.test(w));
  if (en.length > 0) return en.join(' ');
  return figure.unit.symbol.trim();
}
