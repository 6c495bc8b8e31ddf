import type { Lang } from '../../check/messages.js';

/**
 * What a figure of the text is shown as. The five verdicts of the checker, and two
 * more of the text: a figure read but not checked (a fact: a policy's 2% 贴息) and a
 * number the extractor could not read (unparsed). Worst first.
 */
export type Mark = 'inconsistent' | 'warning' | 'unverifiable' | 'consistent-within-rounding' | 'consistent' | 'fact' | 'unparsed';

export const MARKS: readonly Mark[] = ['inconsistent', 'warning', 'unverifiable', 'consistent-within-rounding', 'consistent', 'fact', 'unparsed'];

/** A symbol for each mark, so the page reads in greyscale and without telling colours apart. */
export const SYMBOL: Readonly<Record<Mark, string>> = {
  inconsistent: '✗',
  warning: '!',
  unverifiable: '?',
  'consistent-within-rounding': '≈',
  consistent: '✓',
  fact: '•',
  unparsed: '∅',
};

export interface Labels {
  readonly mark: Readonly<Record<Mark, string>>;
  readonly markHelp: Readonly<Record<Mark, string>>;
  readonly title: string;
  readonly ok: string;
  readonly nothingChecked: string;
  readonly notOk: (conflicts: number) => string;
  readonly warningsOnly: (n: number) => string;
  readonly figuresInText: string;
  readonly relationsLine: (n: number, parts: string) => string;
  readonly goalsLine: (n: number, met: number, missed: number) => string;
  readonly legend: string;
  readonly skip: string;
  readonly text: string;
  readonly noText: string;
  readonly conflicts: string;
  readonly conflict: (n: number) => string;
  readonly warningConflict: (n: number) => string;
  readonly showInText: string;
  readonly suspects: string;
  readonly figure: string;
  readonly stated: string;
  readonly wouldNeed: string;
  readonly nearest: string;
  readonly alone: string;
  readonly aloneYes: string;
  readonly aloneNo: string;
  readonly explanations: string;
  readonly resolves: string;
  readonly doesNotResolve: string;
  readonly disputed: string;
  readonly fromOtherFigures: string;
  readonly distance: string;
  readonly plotOf: (quantity: string) => string;
  readonly plotSuspect: (figure: string) => string;
  readonly statedRow: (figure: string) => string;
  readonly needRow: string;
  readonly via: (claims: string) => string;
  readonly goals: string;
  readonly goal: string;
  readonly deadline: string;
  readonly status: string;
  readonly outcome: string;
  readonly goalStatus: Readonly<Record<string, string>>;
  readonly notices: string;
  readonly figures: string;
  readonly unparsed: string;
  readonly reason: string;
  readonly notLocated: string;
  readonly notLocatedHelp: string;
  readonly outside: string;
  readonly overlapping: (other: string) => string;
  readonly noSpan: string;
  readonly subject: string;
  readonly holder: string;
  readonly date: string;
  readonly measure: string;
  readonly basis: string;
  readonly benchmark: string;
  readonly of: string;
  readonly value: string;
  readonly interval: string;
  readonly recomputed: string;
  readonly recomputedExact: string;
  readonly margin: string;
  readonly ownCheck: string;
  readonly relations: string;
  readonly noRelation: string;
  readonly inConflict: string;
  readonly context: string;
  readonly about: string;
  readonly factContext: Readonly<Record<string, string>>;
  readonly close: string;
  readonly details: (figure: string, mark: string) => string;
  readonly none: string;
}

const EN: Labels = {
  mark: {
    inconsistent: 'inconsistent',
    warning: 'warning',
    unverifiable: 'unverifiable',
    'consistent-within-rounding': 'consistent within rounding',
    consistent: 'consistent',
    fact: 'read, not checked',
    unparsed: 'not read',
  },
  markHelp: {
    inconsistent: 'cannot be right together with the other figures',
    warning: 'differs by less than official flows may (write-offs, revaluation)',
    unverifiable: 'no other figure determines it',
    'consistent-within-rounding': 'agrees only thanks to rounding',
    consistent: 'the other figures reproduce it',
    fact: 'a figure no relation covers (a policy parameter, a case)',
    unparsed: 'a number the extractor could not place',
  },
  title: 'wupian report',
  ok: 'The figures agree with each other.',
  nothingChecked: 'No contradiction, but no figure could be checked against another.',
  notOk: (n) => `${n === 1 ? 'One set' : `${n} sets`} of figures cannot all be right.`,
  warningsOnly: (n) => `No contradiction; ${n === 1 ? 'one warning' : `${n} warnings`}.`,
  figuresInText: 'Figures of the text, worst first',
  relationsLine: (n, parts) => `${n} relation${n === 1 ? '' : 's'} checked${parts ? `: ${parts}` : ''}.`,
  goalsLine: (n, met, missed) => `${n} goal${n === 1 ? '' : 's'}: ${met} met, ${missed} missed.`,
  legend: 'What the marks mean',
  skip: 'Skip to the text',
  text: 'The text',
  noText: 'No text was given: the figures are listed below.',
  conflicts: 'Contradictions',
  conflict: (n) => `Contradiction ${n}`,
  warningConflict: (n) => `Warning ${n}`,
  showInText: 'Show these figures in the text',
  suspects: 'Suspects: the value each would need',
  figure: 'figure',
  stated: 'stated',
  wouldNeed: 'would need',
  nearest: 'nearest printed value',
  alone: 'changing it alone resolves all',
  aloneYes: 'yes',
  aloneNo: 'no — other figures pin it',
  explanations: 'Explanations tested',
  resolves: 'would resolve it',
  doesNotResolve: 'would not resolve it',
  disputed: 'Disputed',
  fromOtherFigures: 'the figures outside the conflict',
  distance: 'gap beyond rounding',
  plotOf: (q) => `What the figures imply for the ${q}`,
  plotSuspect: (f) => `${f}: as stated, and what the others need`,
  statedRow: (f) => `${f} as stated`,
  needRow: 'what the other figures need',
  via: (c) => `from ${c}`,
  goals: 'Goals',
  goal: 'goal',
  deadline: 'deadline',
  status: 'status',
  outcome: 'outcome stated',
  goalStatus: { met: 'met', missed: 'missed', undecided: 'undecided (rounding decides)', pending: 'pending', unverifiable: 'unverifiable' },
  notices: 'Notices',
  figures: 'Every figure read',
  unparsed: 'Numbers not read',
  reason: 'reason',
  notLocated: 'Figures not located in the text',
  notLocatedHelp: 'Their place in the text (span) lies outside it or overlaps another figure, so they are listed here instead of highlighted.',
  outside: 'span outside the text',
  overlapping: (o) => `overlaps ${o}`,
  noSpan: 'no span',
  subject: 'subject',
  holder: 'holder',
  date: 'date',
  measure: 'measure',
  basis: 'basis',
  benchmark: 'benchmark',
  of: 'share of',
  value: 'value',
  interval: 'interval as stated',
  recomputed: 'the others imply',
  recomputedExact: 'at their printed values',
  margin: 'margin',
  ownCheck: 'its own check',
  relations: 'Relations',
  noRelation: 'It takes part in no relation.',
  inConflict: 'In a contradiction',
  context: 'context',
  about: 'about',
  factContext: { policy: 'policy', case: 'case', other: 'other' },
  close: 'Close',
  details: (f, m) => `${f}, ${m}: details`,
  none: 'none',
};

const ZH: Labels = {
  mark: {
    inconsistent: '矛盾',
    warning: '提示',
    unverifiable: '无法核验',
    'consistent-within-rounding': '仅在舍入范围内一致',
    consistent: '一致',
    fact: '已读取，未核验',
    unparsed: '未读取',
  },
  markHelp: {
    inconsistent: '与其他数字不可能同时成立',
    warning: '差异小于官方流量口径可能造成的差异（核销、重估）',
    unverifiable: '没有其他数字能确定它',
    'consistent-within-rounding': '仅因四舍五入而吻合',
    consistent: '其他数字能推出它',
    fact: '不在任何关系中的数字（政策参数、案例）',
    unparsed: '抽取器无法定位的数字',
  },
  title: 'wupian 核查报告',
  ok: '各数字彼此一致。',
  nothingChecked: '未发现矛盾，但没有数字能与其他数字相互核验。',
  notOk: (n) => `有${n}组数字不可能同时正确。`,
  warningsOnly: (n) => `没有矛盾；${n}条提示。`,
  figuresInText: '文中数字（按严重程度排列）',
  relationsLine: (n, parts) => `共核验${n}个关系${parts ? `：${parts}` : ''}。`,
  goalsLine: (n, met, missed) => `目标${n}个：已达成${met}个，未达成${missed}个。`,
  legend: '标记说明',
  skip: '跳到正文',
  text: '正文',
  noText: '未提供正文：数字列于下方。',
  conflicts: '矛盾',
  conflict: (n) => `矛盾 ${n}`,
  warningConflict: (n) => `提示 ${n}`,
  showInText: '在正文中标出这些数字',
  suspects: '可疑数字及其所需取值',
  figure: '数字',
  stated: '所述',
  wouldNeed: '所需区间',
  nearest: '最接近的印刷值',
  alone: '仅改它即可消除全部矛盾',
  aloneYes: '是',
  aloneNo: '否——其他数字约束了它',
  explanations: '已检验的解释',
  resolves: '可消除矛盾',
  doesNotResolve: '不能消除矛盾',
  disputed: '争议量',
  fromOtherFigures: '矛盾之外的数字',
  distance: '超出舍入的差距',
  plotOf: (q) => `各数字对“${q}”的推算`,
  plotSuspect: (f) => `${f}：所述区间与其他数字所需区间`,
  statedRow: (f) => `${f}（所述）`,
  needRow: '其他数字所需',
  via: (c) => `由 ${c} 推出`,
  goals: '目标',
  goal: '目标',
  deadline: '期限',
  status: '状态',
  outcome: '文中所述结果',
  goalStatus: { met: '已达成', missed: '未达成', undecided: '未定（取决于舍入）', pending: '未到期', unverifiable: '无法核验' },
  notices: '提示信息',
  figures: '读取的全部数字',
  unparsed: '未读取的数字',
  reason: '原因',
  notLocated: '未能在正文中定位的数字',
  notLocatedHelp: '它们在正文中的位置（span）超出正文或与其他数字重叠，因此列于此处而不加标注。',
  outside: '位置超出正文',
  overlapping: (o) => `与 ${o} 重叠`,
  noSpan: '无位置',
  subject: '指标',
  holder: '主体',
  date: '日期',
  measure: '度量',
  basis: '基期',
  benchmark: '比较基准',
  of: '占比之母项',
  value: '数值',
  interval: '所述区间',
  recomputed: '其他数字推出',
  recomputedExact: '按印刷值推出',
  margin: '差额',
  ownCheck: '单独核验结果',
  relations: '关系',
  noRelation: '它不在任何关系中。',
  inConflict: '所在矛盾',
  context: '类别',
  about: '内容',
  factContext: { policy: '政策', case: '案例', other: '其他' },
  close: '关闭',
  details: (f, m) => `${f}，${m}：详情`,
  none: '无',
};

/** The labels of the page in a language. */
export function labels(lang: Lang): Labels {
  return lang === 'zh' ? ZH : EN;
}
