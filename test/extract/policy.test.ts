// A policy's terms (src/extract/readers/policyTerms.ts) and their relations in the checker
// (src/check/factRelations.ts): passages written for these tests, shaped like policy texts.
// Every expected verdict follows from the printed digits.
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/extract/checkText.js';
import type { Report } from '../../src/check/report.js';
import type { CorpusPassage } from '../../src/validate/corpus.js';
import { scorePassage } from '../../src/validate/score.js';

// The relations over facts, as `kind verdict figure-texts`.
function termRelations(report: Report): string[] {
  const text = new Map(report.facts.map((f) => [f.id, f.figure.text]));
  return report.relations.filter((r) => (r.facts?.length ?? 0) > 0).map((r) => `${r.kind} ${r.verdict} ${(r.facts ?? []).map((id) => text.get(id)).join(' ')}`);
}

describe('a policy’s terms', () => {
  it.each([
    // The same quota of one instrument stated twice (its name once, then 额度 alone), a part set apart from it.
    [
      '市人民银行设立绿色转型再贷款，总额度为300亿元，利率为1.5%。\n银行申请该再贷款时，300亿元额度中单列60亿元，专门用于支持小微企业。',
      ['restatement consistent 300亿元 300亿元', 'at-most consistent 60亿元 300亿元'],
    ],
    [
      '市人民银行设立绿色转型再贷款，总额度为300亿元，利率为1.5%。\n银行申请该再贷款时，350亿元额度中单列60亿元，专门用于支持小微企业。',
      ['restatement inconsistent 300亿元 350亿元', 'at-most consistent 60亿元 350亿元'],
    ],
    // 360亿元 cannot be set apart from 300亿元.
    ['该再贷款工具的300亿元额度中单列360亿元，专门用于支持首贷户。', ['at-most inconsistent 360亿元 300亿元']],
    // 30% + 15 points = 45%; not 55%.
    ['风险补偿资金按损失本金的30%给予补偿；对首次贷款企业，在30%的基础上再提高15个百分点，即按45%补偿。', ['rate-change consistent 30% 15个百分点 45%']],
    ['风险补偿资金按损失本金的30%给予补偿；对首次贷款企业，在30%的基础上再提高15个百分点，即按55%补偿。', ['rate-change inconsistent 30% 15个百分点 55%']],
    // 1.2 − 0.8 = 0.4 points; 0.2 is not within rounding of it.
    ['中央财政贴息比例由每年0.8个百分点提高到每年1.2个百分点，多了0.4个百分点。', ['rate-change consistent 0.8个百分点 0.4个百分点 1.2个百分点']],
    ['中央财政贴息比例由每年0.8个百分点提高到每年1.2个百分点，多了0.2个百分点。', ['rate-change inconsistent 0.8个百分点 0.2个百分点 1.2个百分点']],
    // A cut: 1.5% − 1% = 0.5 points.
    ['政府性融资担保机构的担保费率由1.5%下调至1%，降低了0.5个百分点，减轻小微企业负担。', ['rate-change consistent 1.5% 0.5个百分点 1%']],
    // The same value in other words: 50个基点 is 0.5个百分点, not 5个百分点.
    ['贷款利率超出LPR减50个基点的部分由财政贴息。这里的50个基点，也就是0.5个百分点。', ['restatement consistent 50个基点 0.5个百分点']],
    ['贷款利率超出LPR减50个基点的部分由财政贴息。这里的50个基点，也就是5个百分点。', ['restatement inconsistent 50个基点 5个百分点']],
    // Parts after 其中, each within the amount before it of its own noun: 8万元 of 20万元 贴息, 200万元 of 500万元 贷款.
    [
      '同一企业累计最多可获贴息20万元，对应贷款额500万元；其中信用贷款的贴息累计不超过8万元，对应贷款额200万元。',
      ['at-most consistent 不超过8万元 20万元', 'at-most consistent 200万元 500万元'],
    ],
    [
      '同一企业累计最多可获贴息20万元，对应贷款额500万元；其中信用贷款的贴息累计不超过28万元，对应贷款额200万元。',
      ['at-most inconsistent 不超过28万元 20万元', 'at-most consistent 200万元 500万元'],
    ],
    // A change on a base printed only once before, as the rate of the same benchmark: 25 + 15 = 40, not 45.
    ['第三条 对小微企业的贷款，按一年期LPR的25%给予贴息。\n第四条 对首贷企业，在第三条标准基础上再提高15个百分点，即按一年期LPR的40%给予贴息。', ['rate-change consistent 25% 15个百分点 40%']],
    ['第三条 对小微企业的贷款，按一年期LPR的25%给予贴息。\n第四条 对首贷企业，在第三条标准基础上再提高15个百分点，即按一年期LPR的45%给予贴息。', ['rate-change inconsistent 25% 15个百分点 45%']],
    // Worked through: 3.5% × 30% = 1.05%, not 2.05%.
    ['财政贴息按LPR的一定比例计算。比如，某企业贷款时一年期LPR为3.5%，按30%计算的贴息率为1.05%。', ['share consistent 1.05% 3.5% 30%']],
    ['财政贴息按LPR的一定比例计算。比如，某企业贷款时一年期LPR为3.5%，按30%计算的贴息率为2.05%。', ['share inconsistent 2.05% 3.5% 30%']],
    // 200万元 × 1.5% = 3万元; 2.5% of it would be 5万元.
    ['该政策由财政贴息。以一家企业获得200万元贷款计算，一年可少付利息3万元，相当于贷款本金的1.5%。', ['share consistent 3万元 200万元 1.5%']],
    ['该政策由财政贴息。以一家企业获得200万元贷款计算，一年可少付利息3万元，相当于贷款本金的2.5%。', ['share inconsistent 3万元 200万元 2.5%']],
    // The part named before the share and printed after it: 300万元 × 0.8% = 2.4万元, not 4.2万元.
    ['某企业取得贴息贷款300万元，贴息率为0.8%，即贴息额相当于贷款额的0.8%，全年可获贴息2.4万元。', ['restatement consistent 0.8% 0.8%', 'share consistent 2.4万元 300万元 0.8%']],
    ['某企业取得贴息贷款300万元，贴息率为0.8%，即贴息额相当于贷款额的0.8%，全年可获贴息4.2万元。', ['restatement consistent 0.8% 0.8%', 'share inconsistent 4.2万元 300万元 0.8%']],
    // A headline's term is the body's one term of the same parameter: 1.5 points, not 1.2.
    ['六部门：小微企业设备贷款可享1.5个百分点贴息\n财政部等六部门近日印发实施方案，对小微企业设备贷款给予财政贴息。年贴息比例为1.5个百分点，贴息期限不超过2年。', ['restatement consistent 1.5个百分点 1.5个百分点']],
    ['六部门：小微企业设备贷款可享1.5个百分点贴息\n财政部等六部门近日印发实施方案，对小微企业设备贷款给予财政贴息。年贴息比例为1.2个百分点，贴息期限不超过2年。', ['restatement inconsistent 1.5个百分点 1.2个百分点']],
    // The rest of a rate after the borrower's share: 4.5 − 2 = 2.5 points, not 3.5.
    ['举个例子，合同利率为4.5%时，企业实际负担2%，其余2.5个百分点由财政贴息。', ['rate-change consistent 2% 2.5个百分点 4.5%']],
    ['举个例子，合同利率为4.5%时，企业实际负担2%，其余3.5个百分点由财政贴息。', ['rate-change inconsistent 2% 3.5个百分点 4.5%']],
    // A calculation printed in brackets: 100万元 × 2% = 2万元 (not 4%), and its result says again the figure before.
    ['贴息按比例计算。甲企业可获贴息2万元（100万元×2%=2万元）。', ['restatement consistent 2万元 2万元', 'formula consistent 100万元 2% 2万元']],
    ['贴息按比例计算。甲企业可获贴息2万元（100万元×4%=2万元）。', ['restatement consistent 2万元 2万元', 'formula inconsistent 100万元 4% 2万元']],
  ])('%s', (text, expected) => {
    expect(termRelations(checkText(text))).toEqual(expected);
  });

  it.each([
    // A quota that changed is two values of it, not one stated twice.
    '人民银行将支农再贷款额度由2000亿元增加至3000亿元。此后，该再贷款额度为3000亿元。',
    // Two instruments, each with its own quota.
    '人民银行设立支农再贷款，额度为2000亿元；同时设立支小再贷款，额度为1600亿元。',
    // A quota of a paragraph that does not refer back to the instrument named before is no term of it.
    '人民银行设立科技创新再贷款，额度为5000亿元。\n工商银行推出“科创贷”产品，该行给予企业额度为3000万元。',
    // A term at a time the sentence names may differ from the same term now.
    '设立碳减排支持工具，利率为1.75%。\n去年，该工具利率为2.5%，今年降至1.75%。',
    // A quota handed to a province is a part of the instrument's, not the quota restated.
    '人民银行设立支农再贷款，总额度为3000亿元，该再贷款利率为1.75%。\n向山东省分配该再贷款额度200亿元。',
    '人民银行设立支农再贷款，总额度为3000亿元，该再贷款利率为1.75%。\n山东省该再贷款额度为200亿元。',
    // Another party's share after 即 is no restatement.
    '风险补偿资金池的补偿比例为40%，即银行承担60%。',
    // A per-borrower cap is another term than the quota.
    '市里设立科技企业风险补偿资金池，规模为5000万元；单户补偿额度为300万元。',
    // A threshold of the eligible is no term.
    '对单户担保金额1000万元及以下的小微企业，担保费率不超过1%。',
    // A change whose base could be either of two rates stated before.
    '一般企业按一年期LPR的20%贴息，科技企业按一年期LPR的30%贴息；首贷企业在原标准基础上再提高10个百分点，即按一年期LPR的40%贴息。',
    // A headline's term that the body states for two kinds of borrowers: neither is the headline's.
    '小微企业贷款可享1.5个百分点贴息\n对个体工商户，年贴息比例为1个百分点；对小微企业，年贴息比例为1.5个百分点。',
    // A share of the benchmark is no restatement of the rate it gives.
    '贴息标准为一年期LPR的50%，即约1.5%，由市财政承担。',
  ])('no relation where the terms do not say one: %s', (text) => {
    const report = checkText(text);
    expect(termRelations(report)).toEqual([]);
    expect(report.conflicts).toEqual([]);
  });

  it('a consistent explainer gives no conflict; the same with one figure wrong gives one that names it', () => {
    const consistent =
      '某区科技信贷风险补偿政策问答\n问：补偿比例是多少？\n答：风险补偿资金按不良贷款本金的40%给予补偿；企业首次获得贷款即发生不良的，在40%的基础上再提高10个百分点，即补偿比例达到50%。\n问：额度有多大？\n答：区财政设立科技信贷风险补偿资金池，总额度为2亿元，2亿元额度中单列5000万元，用于首贷企业。';
    const ok = checkText(consistent);
    expect(ok.conflicts).toEqual([]);
    expect(ok.relations.filter((r) => r.facts).map((r) => r.verdict)).toEqual(['consistent', 'consistent', 'consistent']);
    const wrong = checkText(consistent.replace('达到50%', '达到60%'));
    expect(wrong.status).toBe('inconsistent');
    const conflict = wrong.conflicts[0];
    expect(conflict?.suspects.map((s) => s.text)).toEqual(['40%', '10个百分点', '达到60%']);
    // 40 + 10 = 50.
    expect(conflict?.message).toContain('gives 50%, not 达到60%');
    expect(checkText(consistent.replace('达到50%', '达到60%'), { lang: 'zh' }).conflicts[0]?.message).toContain('应为50%');
  });
});

describe('scoring a relation over annotated facts', () => {
  const text = '市人民银行设立绿色转型再贷款，总额度为300亿元，利率为1.5%。\n银行申请该再贷款时，300亿元额度中单列60亿元，专门用于支持小微企业。';
  const passage = (relations: CorpusPassage['relations']): CorpusPassage => ({
    id: 'T-1',
    genre: 'D',
    text,
    figures: [
      { id: 'f1', text: '300亿元', kind: 'fact' },
      { id: 'f2', text: '1.5%', kind: 'fact' },
      { id: 'f3', text: '300亿元', occurrence: 2, kind: 'fact' },
      { id: 'f4', text: '60亿元', kind: 'fact' },
    ],
    relations,
  });

  it('counts a relation over facts as checked when the library related those facts', () => {
    const p = passage([
      { id: 'r1', kind: 'restatement', figures: { a: 'f1', b: 'f3' }, verdict: 'consistent' },
      { id: 'r2', kind: 'part-le-whole', figures: { part: 'f4', whole: 'f3' }, verdict: 'consistent' },
    ]);
    const scored = scorePassage(p, checkText(text));
    expect(scored.relations.map((r) => [r.id, r.checked, r.library])).toEqual([
      ['r1', true, 'consistent'],
      ['r2', true, 'consistent'],
    ]);
  });

  it('takes a term the library found stated twice for one quantity, as claims of one key', () => {
    // The library relates 60亿元 to the second 300亿元, which it judged the same quota as the first.
    const p = passage([{ id: 'r1', kind: 'part-le-whole', figures: { part: 'f4', whole: 'f1' }, verdict: 'consistent' }]);
    expect(scorePassage(p, checkText(text)).relations.map((r) => [r.id, r.checked, r.library])).toEqual([['r1', true, 'consistent']]);
    // Without the restatement (the first quota names no instrument), nothing ties them.
    const alone = text.replace('设立绿色转型再贷款，总额度为300亿元', '宣布总额度为300亿元');
    const q = { ...p, text: alone };
    expect(scorePassage(q, checkText(alone)).relations.map((r) => [r.id, r.checked, r.library])).toEqual([['r1', false, 'unchecked']]);
  });

  it('does not count facts the library read but did not relate', () => {
    // 1.5% is read as a fact, and related to nothing.
    const p = passage([{ id: 'r1', kind: 'part-le-whole', figures: { part: 'f2', whole: 'f1' }, verdict: 'consistent' }]);
    const scored = scorePassage(p, checkText(text));
    expect(scored.figures.find((f) => f.id === 'f2')?.placement).toBe('fact');
    expect(scored.relations.map((r) => [r.id, r.checked, r.library])).toEqual([['r1', false, 'unchecked']]);
  });
});
