import type { Doc, Output } from '../document.js';
import type { FigureContext, Frame } from '../frame/frame.js';
import { figureHolder } from '../frame/holder.js';
import { contextOf } from './facts.js';
import { UNDATED } from '../../period/relative.js';

/** What a money figure of a case study is, from the words of its clause. */
export function caseAmountOf(before: string, after: string): 'credit-line' | 'disbursed' | null {
  if (/累计|共发放|全年|规模|\bcumulative|\bin total\b|\bso far\b/i.test(before)) return null;
  // (同比多投放42.6亿元, 比上年同期少发放: how much more was lent than a year before — no amount of a case.)
  if (/(?:同比|同期|上年|去年)[多少](?:投放|发放|办理)[^，,；;。\d]{0,4}$/.test(before)) return null;
  // (臺灣銀行中小企業放款增加512.30億元: 放款 is Taiwan's word for loans, and what they added is a flow, no case.)
  if (/(?:增加|新增|净增|年增|月增|季增)[^，,；;。\d]{0,4}$/.test(before)) return null;
  // 提供3000万元信用授信 names the line after the amount; 授信总额度5000万元 before it.
  if ((/授信/.test(before) || /^[^\d]{0,4}授信/.test(after)) && !/用信|投放|发放/.test(before)) return 'credit-line';
  if (/已投放|投放|用信余额|发放(了)?(信用)?贷款|放款|发放“|发放"/.test(before)) return 'disbursed';
  // English summaries: "a credit line of 80 million yuan", "disbursements of 95 million yuan".
  if (/\b(credit line|line of credit|credit lines|granted credit)\b[^.;,]{0,16}$/i.test(before)) return 'credit-line';
  if (/\b(disbursed|disbursements?|drew down|drawn|lent)\b[^.;,]{0,16}$/i.test(before)) return 'disbursed';
  return null;
}

/**
 * A case study's credit line (授信) and what was disbursed of it (已投放, 发放贷款): no
 * indicator, but the checker holds disbursed ≤ credit line within the case. Returns whether
 * the figure was read so.
 */
export function readCase(doc: Doc, out: Output, ctx: FigureContext, _frame: Frame): boolean {
  // 放款余额 and other balances are statistics; a case is a story of a bank and its borrower.
  if (ctx.figure.unit.dimension !== 'money' || /(?<!用信)(?:余额|余額)|balance/i.test(ctx.cue) || contextOf(doc, ctx) !== 'case') return false;
  const kind = caseAmountOf(ctx.clauseBefore, ctx.after.split(/[,，;；。]/)[0] ?? '');
  if (!kind) return false;
  const { m } = ctx;
  const time = doc.times.at(m.span[0], ctx.paragraphStart, ctx.paragraphEnd);
  const bank = figureHolder(doc, ctx, 'unknown');
  out.claims.push({
    id: '',
    indicator: 'case-financing',
    holder: `case:${bank}@${segmentStart(doc.s, ctx.windowStart, m.span[0])}`,
    date: time.from === 'none' ? UNDATED : time.date,
    measure: kind,
    figure: doc.inOriginalScript(ctx.figure, m),
    source: out.source(m, ctx.cue),
  });
  return true;
}

// Where the stretch of one case starts: after the last ；/;/。 before the figure (one
// paragraph may tell of two borrowers: …已投放2000万元;对金力新材料…发放信用贷款1000万元).
function segmentStart(s: string, from: number, to: number): number {
  const text = s.slice(from, to);
  let at = -1;
  for (const mark of [';', '；', '。', '\n']) at = Math.max(at, text.lastIndexOf(mark));
  return at < 0 ? from : from + at + 1;
}
