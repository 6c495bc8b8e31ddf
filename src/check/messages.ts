/** The language of messages: English or Chinese. */
export type Lang = 'en' | 'zh';

export interface Messages {
  consistent(figure: string, recomputed: string): string;
  withinRounding(figure: string, recomputed: string, exact: string | null): string;
  unverifiable(figure: string): string;
  conflict(figures: readonly string[], disputed: { quantity: string; sides: readonly string[] } | null): string;
  warningConflict(figures: readonly string[]): string;
  misprint: string;
  benchmarkScope: string;
  basis: string;
  magnitude(figure: string, factor: string): string;
  percentVsPoints(figure: string): string;
  /** A restatement in another currency at a rate that currency has never had. */
  exchangeRate(figures: readonly string[], currency: string, lo: string, hi: string, base?: string): string;
  mistranslated(figures: readonly string[]): string;
  mistranslatedConflict(figure: string): string;
  officialFlow(slackPercent: string): string;
  grossFlow(figure: string): string;
  /** A difference printed from its inputs rounded first to its own decimals. */
  roundedFirst(difference: string, inputs: readonly string[], rounded: readonly string[], asPrinted: string): string;
  /** A difference printed from inputs the other figures pin, rounded first to its own decimals. */
  roundedFirstPinned(difference: string, inputs: readonly string[], rounded: readonly string[], unrounded: string): string;
  /** `figures`: their texts, when few enough to name. */
  unlinked(count: number, figures?: readonly string[]): string;
  /** No figure was read: `unread` figures were found and not read. */
  nothingRead(unread: number): string;
  /** Figures were read, but no relation among them could be verified. */
  nothingChecked(read: number): string;
  /** The input is not UTF-8 text. */
  binary(nul: boolean): string;
  fromOthers: string;
  seriesBreak(indicator: string): string;
  targetMet(goal: string, outcome: string, date: string): string;
  targetMissed(goal: string, outcome: string, date: string): string;
  targetUndecided(goal: string, outcome: string, date: string): string;
  targetPending(goal: string, deadline: string, outcome: string, date: string): string;
  targetUnverifiable(goal: string, deadline: string): string;
  /** One term of a policy (the same quota, rate or share) stated twice with values that differ. */
  termRestated(figures: readonly string[]): string;
  /** A part of a policy's quota or fund (…中单列, 其中) larger than the whole. */
  termPart(part: string, whole: string): string;
  /** A policy's rate raised or cut by a stated change to a stated value that the change does not give. */
  termChange(before: string, change: string, after: string, gives: string): string;
  /** A figure a text works out as a percentage of another, that the two do not give. */
  termProduct(of: string, rate: string, stated: string): string;
  /** A calculation the text prints whose operands do not give its result. */
  termFormula(operands: readonly string[], result: string): string;
}

const list = (xs: readonly string[], sep: string): string => xs.join(sep);

const EN: Messages = {
  consistent: (f, r) => `${f} agrees with the other figures, which put it in ${r}.`,
  withinRounding: (f, r, x) =>
    `${f} agrees only thanks to rounding: the other figures put it in ${r}${x ? `, but taken at their printed values they give ${x}` : ''}.`,
  unverifiable: (f) => `${f} cannot be checked: no other figure determines it.`,
  conflict: (fs, d) =>
    `These figures cannot all be right: ${list(fs, ', ')}.${
      d ? ` They imply two different values of the ${d.quantity}: ${list(d.sides.slice(0, 2), ' and ')}${d.sides[2] ? `; ${d.sides[2]}` : ''}.` : ''
    }`,
  warningConflict: (fs) =>
    `${list(fs, ', ')} differ by a little more than rounding allows, within what official statistics leave out of flows.`,
  misprint: 'A misprint in one of the figures: each suspect lists the value that would make the others agree.',
  benchmarkScope:
    'Different scopes of the benchmark: 各项贷款 may be renminbi loans (人民币) in one place and domestic and foreign currency loans (本外币) in another; the text does not say.',
  basis: 'A growth rate year-on-year (同比) taken for one since the start of the year (较年初), or the reverse.',
  magnitude: (f, k) => `A 亿/万 slip: ${f} read ${k === '1e4' ? 'ten thousand times larger' : 'ten thousand times smaller'} makes the figures agree.`,
  percentVsPoints: (f) => `A % / 个百分点 slip: ${f} may be a gap in percentage points written as a percent.`,
  exchangeRate: (fs, c, lo, hi, base) => `${list(fs, ', ')} imply a rate the ${c} has not had since 2000 (it has stayed between ${lo} and ${hi} ${base ?? 'yuan'}).`,
  mistranslated: (fs) =>
    `Machine-translated unit: in this summary "billion yuan" renders 亿元 (100 million yuan), so ${list(fs, ', ')} are read as 亿元 — ten times smaller than billions.`,
  mistranslatedConflict: (f) => `A mistranslated unit: ${f} read as 亿元 rather than billions (or the reverse) makes the figures agree.`,
  officialFlow: (p) =>
    `Official increments leave out write-offs, revaluation and reclassification, and official growth rates use a comparable basis (可比口径): a difference within ${p}% of the base is a warning, not an inconsistency.`,
  roundedFirst: (d, xs, r, x) =>
    `${d} is ${r[0]} − ${r[1]}: ${list(xs, ' and ')} rounded first to the decimals of ${d} (double rounding), though as printed they give ${x}. The figures agree.`,
  roundedFirstPinned: (d, xs, r, x) =>
    `${d} is ${r[0]} − ${r[1]}: the rates the other figures give (${list(xs, ' and ')}) rounded first to the decimals of ${d} (double rounding); unrounded they give ${x}. The figures agree.`,
  grossFlow: (f) => `${f} is a cumulative total (累计, gross lending where it is money): it is never compared with a net increase.`,
  fromOthers: 'the other figures give',
  seriesBreak: (i) => `A break in the series: the list behind ${i} (科技型中小企业 are re-registered every year) changes, so a growth rate on a comparable basis need not match the change of the balances as printed.`,
  targetMet: (g, o, d) => `The goal ${g} is met: the text gives ${o} for ${d}.`,
  targetMissed: (g, o, d) => `The goal ${g} is missed: the text gives ${o} for ${d}.`,
  targetUndecided: (g, o, d) => `Whether the goal ${g} is met depends on rounding: the text gives ${o} for ${d}.`,
  targetPending: (g, dl, o, d) => `The goal ${g} is due ${dl}; the latest figure before then is ${o} at ${d}.`,
  targetUnverifiable: (g, dl) => `The goal ${g} (due ${dl}) cannot be checked: the text states no figure of the same quantity by then.`,
  nothingChecked: (n) =>
    `${n} figure${n === 1 ? ' was' : 's were'} read, but no relation among them could be verified (a balance with its growth or increment, a share with its whole …): nothing was checked.`,
  nothingRead: (n) =>
    n === 0 ? 'No figure was found in the text: nothing was checked.' : `${n} figure${n === 1 ? ' was' : 's were'} found and none was read (see unparsed for why): nothing was checked.`,
  binary: (nul) =>
    nul
      ? 'The input is not UTF-8 text (it has NUL bytes: a binary file, or UTF-16 text): nothing was read. Text in another encoding can be converted first: iconv -f UTF-16 -t UTF-8.'
      : 'The input is not UTF-8 text (it has invalid UTF-8 bytes): nothing was read. If it is a GBK/GB18030 text, convert it first: iconv -f GB18030 -t UTF-8.',
  termRestated: (fs) => `${list(fs, ' and ')} state the same term of the policy and cannot both be right.`,
  termPart: (p, w) => `${p} is stated as a part of ${w}, but is larger than it.`,
  termChange: (b, c, a, g) => `${b} changed by ${c} gives ${g}, not ${a}: one of the three figures is wrong.`,
  termProduct: (o, r, v) => `${r} of ${o} is not ${v}: one of the three figures is wrong.`,
  termFormula: (os, v) => `The calculation printed does not give ${v}: ${list(os, ', ')} work out to another value.`,
  unlinked: (n, fs) =>
    `${n} figure${n === 1 ? '' : 's'} stand${n === 1 ? 's' : ''} alone${fs ? ` (${list(fs, ', ')})` : ''}: no other figure of the text relates to ${n === 1 ? 'it' : 'them'}.`,
};

const ZH: Messages = {
  consistent: (f, r) => `${f}与其他数据一致，其他数据推算其应在${r}之间。`,
  withinRounding: (f, r, x) => `${f}仅在四舍五入误差范围内一致：其他数据推算为${r}${x ? `，按印刷值直接计算为${x}` : ''}。`,
  unverifiable: (f) => `${f}无法核验：没有其他数据能推算它。`,
  conflict: (fs, d) =>
    `以下数据不能同时成立：${list(fs, '、')}。${d ? `它们推算出的${d.quantity}不一致：${list(d.sides.slice(0, 2), '与')}${d.sides[2] ? `；${d.sides[2]}` : ''}。` : ''}`,
  warningConflict: (fs) => `${list(fs, '、')}之间的差异略超出四舍五入范围，但在官方统计口径调整（核销、汇率折算等）允许的范围内。`,
  misprint: '其中某个数据可能印刷有误：每个可疑数据都给出了能使其他数据成立的取值。',
  benchmarkScope: '基准口径不同：一处的各项贷款可能是人民币贷款，另一处是本外币贷款，原文未说明。',
  basis: '同比增速与较年初增速可能被混用。',
  magnitude: (f, k) => `亿/万单位错误：${f}${k === '1e4' ? '放大一万倍' : '缩小一万倍'}后数据一致。`,
  percentVsPoints: (f) => `%与个百分点混用：${f}可能是以百分比表示的百分点差。`,
  exchangeRate: (fs, c, lo, hi, base) => `${list(fs, '、')}隐含的汇率不在${c}自2000年以来的区间内（1${c}合${lo}至${hi}${base ?? '元'}）。`,
  mistranslated: (fs) => `机器翻译单位错误：本摘要中的"billion yuan"对应原文"亿元"，因此${list(fs, '、')}按亿元读取。`,
  mistranslatedConflict: (f) => `单位误译：${f}按亿元（而非十亿）读取后数据一致。`,
  officialFlow: (p) => `官方增量不含核销、汇率折算和重分类，官方增速按可比口径计算：与基数相差${p}%以内视为提示，而非矛盾。`,
  roundedFirst: (d, xs, r, x) => `${d}等于${r[0]}−${r[1]}：${list(xs, '、')}先按${d}的小数位数四舍五入后再相减（两次舍入），按印刷值直接相减为${x}。数据一致。`,
  roundedFirstPinned: (d, xs, r, x) => `${d}等于${r[0]}−${r[1]}：其他数字推得的${list(xs, '、')}先按${d}的小数位数四舍五入后再相减（两次舍入），未舍入时为${x}。数据一致。`,
  grossFlow: (f) => `${f}为累计数（金额即累计发放），不与净增量比较。`,
  fromOthers: '其他数据推算为',
  seriesBreak: (i) => `统计口径变化：${i}对应的名单（科技型中小企业每年重新入库）会变化，可比口径增速不必与印刷的余额变化一致。`,
  targetMet: (g, o, d) => `目标${g}已实现：文中${d}的数据为${o}。`,
  targetMissed: (g, o, d) => `目标${g}未实现：文中${d}的数据为${o}。`,
  targetUndecided: (g, o, d) => `目标${g}是否实现取决于四舍五入：文中${d}的数据为${o}。`,
  targetPending: (g, dl, o, d) => `目标${g}的期限为${dl}；此前最新数据为${d}的${o}。`,
  targetUnverifiable: (g, dl) => `目标${g}（期限${dl}）无法核验：文中没有截至该日期的同一指标数据。`,
  nothingChecked: (n) => `读取了${n}个数据，但它们之间没有可核验的关系（如余额与增速或增量、占比与总量）：未核验任何内容。`,
  nothingRead: (n) => (n === 0 ? '文中没有找到任何数据：未核验任何内容。' : `找到${n}个数据，但一个也未能读取（原因见 unparsed）：未核验任何内容。`),
  binary: (nul) =>
    nul
      ? '输入不是 UTF-8 文本（含有 NUL 字节：二进制文件或 UTF-16 文本），未读取任何内容。其他编码的文本可先转换：iconv -f UTF-16 -t UTF-8。'
      : '输入不是 UTF-8 文本（含有无效的 UTF-8 字节），未读取任何内容。如为 GBK/GB18030 编码的文本，请先转换：iconv -f GB18030 -t UTF-8。',
  termRestated: (fs) => `${list(fs, '与')}是政策的同一项参数，取值却不同，不能同时成立。`,
  termPart: (p, w) => `${p}是${w}中的一部分，却比${w}还大。`,
  termChange: (b, c, a, g) => `${b}调整${c}应为${g}，而不是${a}：三个数据中有一个有误。`,
  termProduct: (o, r, v) => `${o}的${r}不等于${v}：三个数据中有一个有误。`,
  termFormula: (os, v) => `文中列出的算式得不出${v}：${list(os, '、')}计算结果另有其值。`,
  unlinked: (n, fs) => `${n}个数据${fs ? `（${list(fs, '、')}）` : ''}无法与文中其他数据关联。`,
};

/** The report's messages in English or Chinese. */
export function messages(lang: Lang): Messages {
  return lang === 'zh' ? ZH : EN;
}
