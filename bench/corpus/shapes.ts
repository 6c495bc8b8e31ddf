/**
 * Adversarial text shapes for the scaling benchmark and the shape tests: each is a
 * function from a size in characters to a text of about that size, deterministic.
 * They are the shapes that made the extractor super-linear (issue 12): one sentence
 * with no punctuation, a sentence of 100k commas, 分别 lists of 10k items, nested
 * brackets, runs of "1.1.1.", 较年初增长 repeated without figures, and ordinary
 * report paragraphs.
 */

export interface Shape {
  readonly name: string;
  /** What the shape is, in words. */
  readonly description: string;
  /** The text: `head`, then `unit` repeated, then `tail`. */
  readonly head: string;
  readonly unit: string;
  readonly tail: string;
  /** About `size` UTF-16 code units of the shape: whole units only, at least one. */
  readonly make: (size: number) => string;
  /** How many units a text made by `make` holds. */
  readonly units: (text: string) => number;
}

function shape(name: string, description: string, unit: string, head = '', tail = ''): Shape {
  return {
    name,
    description,
    head,
    unit,
    tail,
    make: (size) => `${head}${unit.repeat(Math.max(1, Math.floor((size - head.length - tail.length) / unit.length)))}${tail}`,
    units: (text) => (text.length - head.length - tail.length) / unit.length,
  };
}

const PARAGRAPH =
  '截至2025年6月末，全市科技贷款余额2150亿元，较年初增加253.31亿元，增速13.36%，高于各项贷款平均增速7.82个百分点，' +
  '占各项贷款比重17.18%，较年初上升1.19个百分点。普惠小微贷款余额1439.08亿元，同比增长11.35%，贷款户数4.1万户。\n';

const LIST = /* @__PURE__ */ Array.from({ length: 10_000 }, (_, k) => String(k + 1)).join('、');

export const SHAPES: readonly Shape[] = [
  shape('one-sentence', 'one sentence without punctuation: 科技贷款余额…高于各项贷款增速…个百分点 repeated', '科技贷款余额123.45亿元较年初增长12.3%高于各项贷款增速4.5个百分点'),
  shape('commas', 'one sentence of comma-separated clauses (about 170k commas per MB)', '贷款1亿元，', '截至2025年6月末', '。'),
  shape('fenbie-lists', '分别为 lists of 10k items each', `绿色贷款、普惠贷款余额分别为${LIST}亿元，较年初分别增长${LIST}%。`),
  shape('brackets', 'figures inside brackets nested 1000 deep', `${'（(【['.repeat(250)}余额1亿元${'])】）'.repeat(250)}`),
  shape('dotted', 'runs of "1.1.1." without a break', '1.1.1.'),
  shape('ytd-no-figures', '较年初增长 repeated without a figure', '较年初增长', '科技贷款余额'),
  shape('paragraphs', 'ordinary report paragraphs', PARAGRAPH),
];
