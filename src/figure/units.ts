/**
 * The units figures are stated in. `scale` turns the number as printed into the base
 * unit of its dimension: yuan for money, percent for rates, percentage points for
 * gaps, items for counts. Scales are strings so no `number` ever carries a value.
 */
export type Dimension =
  | 'money' // base: yuan
  | 'percent' // base: percent (13.36 means 13.36%)
  | 'percentage-points' // base: percentage points
  | 'count' // base: items (户, 家, 人 …)
  | 'times' // base: multiple (1.59倍)
  | 'area' // base: mu (亩)
  | 'mass' // base: tonne
  | 'duration' // base: day
  | 'number'; // a bare number, possibly with a magnitude (552,448; 逾20亿)

/**
 * A currency other than the yuan that wupian reads amounts in: US, Hong Kong and Macao
 * dollars (美元, 港元, 澳门元) and the New Taiwan dollar (新台币, NT$). Such an amount is a
 * quantity of its own, never compared with yuan except through a plausible exchange rate.
 */
export type ForeignCurrency = 'USD' | 'HKD' | 'MOP' | 'TWD';

/** A unit a figure is stated in, and how it scales to its dimension's base unit. */
export interface Unit {
  /** How wupian writes the unit: 亿元, %, 个百分点, 户 … */
  readonly symbol: string;
  /** What it measures: money, percent, percentage points, count, times, area, mass, duration, or a bare number. */
  readonly dimension: Dimension;
  /** Printed number × scale = value in the dimension's base unit (decimal string). */
  readonly scale: string;
  /** English name for formatting. */
  readonly en: string;
  /** For money in another currency: which one (the base unit is then one unit of it, not one yuan). */
  readonly currency?: ForeignCurrency;
}

const money = (symbol: string, scale: string, en: string): Unit => ({ symbol, dimension: 'money', scale, en });
const foreign = (symbol: string, scale: string, en: string, currency: ForeignCurrency): Unit => ({ symbol, dimension: 'money', scale, en, currency });
const count = (symbol: string, en: string, scale = '1'): Unit => ({ symbol, dimension: 'count', scale, en });

const UNIT_TABLE = {
  元: /* @__PURE__ */ money('元', '1', 'yuan'),
  千元: /* @__PURE__ */ money('千元', '1e3', 'thousand yuan'),
  万元: /* @__PURE__ */ money('万元', '1e4', '10 thousand yuan'),
  百万元: /* @__PURE__ */ money('百万元', '1e6', 'million yuan'),
  千万元: /* @__PURE__ */ money('千万元', '1e7', '10 million yuan'),
  亿元: /* @__PURE__ */ money('亿元', '1e8', '100 million yuan'),
  万亿元: /* @__PURE__ */ money('万亿元', '1e12', 'trillion yuan'),
  'million yuan': /* @__PURE__ */ money('million yuan', '1e6', 'million yuan'),
  'billion yuan': /* @__PURE__ */ money('billion yuan', '1e9', 'billion yuan'),
  'trillion yuan': /* @__PURE__ */ money('trillion yuan', '1e12', 'trillion yuan'),
  美元: /* @__PURE__ */ foreign('美元', '1', 'US dollars', 'USD'),
  亿美元: /* @__PURE__ */ foreign('亿美元', '1e8', '100 million US dollars', 'USD'),
  'billion US dollars': /* @__PURE__ */ foreign('billion US dollars', '1e9', 'billion US dollars', 'USD'),
  'trillion US dollars': /* @__PURE__ */ foreign('trillion US dollars', '1e12', 'trillion US dollars', 'USD'),
  港元: /* @__PURE__ */ foreign('港元', '1', 'Hong Kong dollars', 'HKD'),
  亿港元: /* @__PURE__ */ foreign('亿港元', '1e8', '100 million Hong Kong dollars', 'HKD'),
  澳门元: /* @__PURE__ */ foreign('澳门元', '1', 'patacas', 'MOP'),
  亿澳门元: /* @__PURE__ */ foreign('亿澳门元', '1e8', '100 million patacas', 'MOP'),
  新台币: /* @__PURE__ */ foreign('新台币', '1', 'New Taiwan dollars', 'TWD'),
  亿新台币: /* @__PURE__ */ foreign('亿新台币', '1e8', '100 million New Taiwan dollars', 'TWD'),
  '%': { symbol: '%', dimension: 'percent', scale: '1', en: '%' },
  成: { symbol: '成', dimension: 'percent', scale: '10', en: 'tenths' },
  个百分点: { symbol: '个百分点', dimension: 'percentage-points', scale: '1', en: 'percentage points' },
  个基点: { symbol: '个基点', dimension: 'percentage-points', scale: '0.01', en: 'basis points' },
  倍: { symbol: '倍', dimension: 'times', scale: '1', en: 'times' },
  户: /* @__PURE__ */ count('户', 'accounts'),
  万户: /* @__PURE__ */ count('万户', '10 thousand accounts', '1e4'),
  家: /* @__PURE__ */ count('家', 'institutions'),
  个: /* @__PURE__ */ count('个', 'items'),
  张: /* @__PURE__ */ count('张', 'cards'),
  笔: /* @__PURE__ */ count('笔', 'transactions'),
  项: /* @__PURE__ */ count('项', 'items'),
  条: /* @__PURE__ */ count('条', 'articles'),
  人: /* @__PURE__ */ count('人', 'people'),
  万人: /* @__PURE__ */ count('万人', '10 thousand people', '1e4'),
  名: /* @__PURE__ */ count('名', 'people'),
  次: /* @__PURE__ */ count('次', 'times'),
  处: /* @__PURE__ */ count('处', 'sites'),
  只: /* @__PURE__ */ count('只', 'issues'),
  亩: { symbol: '亩', dimension: 'area', scale: '1', en: 'mu' },
  万亩: { symbol: '万亩', dimension: 'area', scale: '1e4', en: '10 thousand mu' },
  吨: { symbol: '吨', dimension: 'mass', scale: '1', en: 'tonnes' },
  万吨: { symbol: '万吨', dimension: 'mass', scale: '1e4', en: '10 thousand tonnes' },
  天: { symbol: '天', dimension: 'duration', scale: '1', en: 'days' },
  个工作日: { symbol: '个工作日', dimension: 'duration', scale: '1', en: 'working days' },
  '': { symbol: '', dimension: 'number', scale: '1', en: '' },
  万: { symbol: '万', dimension: 'number', scale: '1e4', en: 'ten thousand' },
  亿: { symbol: '亿', dimension: 'number', scale: '1e8', en: 'hundred million' },
  万亿: { symbol: '万亿', dimension: 'number', scale: '1e12', en: 'trillion' },
  million: { symbol: 'million', dimension: 'number', scale: '1e6', en: 'million' },
  billion: { symbol: 'billion', dimension: 'number', scale: '1e9', en: 'billion' },
  trillion: { symbol: 'trillion', dimension: 'number', scale: '1e12', en: 'trillion' },
} as const satisfies Record<string, Unit>;

/**
 * The canonical symbol of a unit wupian knows: 亿元, %, 个百分点, 户 …
 *
 * @useDeclaredType
 */
export type UnitSymbol = keyof typeof UNIT_TABLE;

/** Every unit wupian knows, by its canonical symbol. */
export const UNITS: { readonly [S in UnitSymbol]: Unit } = UNIT_TABLE;

const NON_NEGATIVE: readonly string[] = ['money', 'count', 'times', 'area', 'mass', 'duration'];

/**
 * Nonnegative by nature: a qualifier like 近 ("nearly") bounds these below by 0. False for
 * rates, gaps, bare numbers — and anything that is not a dimension.
 *
 * @example
 * isNonNegative('money') // true
 * isNonNegative('percent') // false
 */
export function isNonNegative(dimension: Dimension): boolean {
  return NON_NEGATIVE.includes(dimension);
}
