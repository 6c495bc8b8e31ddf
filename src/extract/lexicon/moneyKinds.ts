/**
 * Kinds of money a subject's name ends with (loans, bonds, debt, financing, deposits), and which
 * kind takes in which: a part after 其中 is of its whole only when the whole's kind takes it in.
 */
export type MoneyKind = 'loans' | 'bonds' | 'debt' | 'deposits';

const HEADS: readonly (readonly [RegExp, MoneyKind])[] = [
  [/(?:贷款|信贷|放款|借款|loans?|lending|credit)$/i, 'loans'],
  [/(?:债券|bonds?)$/i, 'bonds'],
  // 债务 and 融资 hold loans and bonds alike (债务总额（包括债券及贷款）).
  [/(?:债务|融资|debt|financing)$/i, 'debt'],
  [/(?:存款|deposits?)$/i, 'deposits'],
];

/** The kind of money a name ends with, if it says. */
export function moneyKindOf(words: string): MoneyKind | undefined {
  return HEADS.find(([head]) => head.test(words))?.[1];
}

/**
 * Whether money named `whole` takes in money named `part`. Names whose kind is not said take in
 * and are taken in by anything, unless `strict`.
 *
 * @example
 * takesIn('绿色和可持续债务', '绿色和可持续债券'); // true
 * takesIn('科创债券', '科技型企业贷款'); // false
 */
export function takesIn(whole: string, part: string, strict = false): boolean {
  const [w, p] = [moneyKindOf(whole), moneyKindOf(part)];
  if (!w || !p) return !strict;
  return w === p || (w === 'debt' && (p === 'loans' || p === 'bonds'));
}
