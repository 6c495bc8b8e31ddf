import type { Claim } from '../../check/claim.js';
import { quantityOf } from '../../check/network.js';

// A modifier that negates or excepts does not narrow: 非金融企业贷款 is no part of 金融企业贷款.
const NOT_NARROWING = /^(?:非|除|不|未|无)/;
// Words that say who borrows rather than what for: they change the population, not narrow it.
const COORDINATOR = /[和、及与]/;
const WHO_BORROWS = /企业|企|主体|客户|机构|型|户|人|类/;

/**
 * The whole of a part a text names by its words: 制造业中长期贷款 is a part of 中长期贷款, stated
 * for the same holder and date — a modifier before a noun narrows it. Returns the claims with
 * `within` set where the text states such a whole; a claim that has one keeps it.
 *
 * @example
 * // 中长期贷款余额24565亿元 … 制造业中长期贷款余额2471亿元
 * withNamedWholes(claims).find((c) => c.subject === '制造业中长期贷款')?.within // 'subject:中长期贷款'
 * // 农户贷款余额17.72万亿元 … 农户生产经营贷款余额9.95万亿元
 * withNamedWholes(claims).find((c) => c.subject === '农户生产经营贷款')?.within // 'subject:农户贷款'
 */
export function withNamedWholes(claims: readonly Claim[]): Claim[] {
  const balances = new Map<string, Claim>();
  for (const c of claims) {
    if (c.measure === 'balance' && !c.part && c.subject) balances.set(`${c.holder}|${c.date}|${c.subject}`, c);
  }
  return claims.map((c) => {
    const words = c.subject;
    if (c.measure !== 'balance' || c.part || c.within || !words || !words.endsWith('贷款') || NOT_NARROWING.test(words)) return c;
    // The nearest whole, the longest stated suffix: 制造业中长期贷款 is of 中长期贷款 rather than of 贷款.
    for (let k = 2; k <= words.length - 3; k++) {
      // A和B贷款 joins two; B贷款 is one of them, not a whole of both.
      if (COORDINATOR.test(words[k - 1] as string)) continue;
      const whole = balances.get(`${c.holder}|${c.date}|${words.slice(k)}`);
      // (…，其中小微企业贷款933.4亿元 after 普惠型小微企业贷款: the text makes the shorter name the part.)
      if (!whole || whole.indicator === c.indicator || whole.within === quantityOf(c)) continue;
      if (c.scope !== undefined && whole.scope !== undefined && c.scope !== whole.scope) continue;
      return { ...c, within: quantityOf(whole) };
    }
    // 农户生产经营贷款 of 农户贷款: a purpose between the holder word and 贷款 narrows too — not a
    // word that names who borrows (小微企业贷款 is no part of 小微贷款, which is 普惠 and smaller).
    for (let k = words.length - 4; k >= 2; k--) {
      const middle = words.slice(k, -2);
      if (WHO_BORROWS.test(middle) || COORDINATOR.test(middle)) continue;
      const whole = balances.get(`${c.holder}|${c.date}|${words.slice(0, k)}贷款`);
      if (!whole || whole.indicator === c.indicator) continue;
      if (c.scope !== undefined && whole.scope !== undefined && c.scope !== whole.scope) continue;
      return { ...c, within: quantityOf(whole) };
    }
    return c;
  });
}
