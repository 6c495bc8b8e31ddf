/**
 * Which holders' figures contain a holder's own, so that a balance of one kind held by
 * the first is at most the same balance held by the second: a branch within its bank
 * (`entity:bank/杭州分行` within `entity:bank`), the parent bank within its group
 * (`entity:bank` within `entity:group`), one bank or place within the banks or places a
 * text totals together (`bank:工商银行` within `banks:工商银行+农业银行`), and a region within
 * the regions of GB/T 2260 above it and the nation (a county within its prefecture and
 * province; Hong Kong, Macao and Taiwan, whose statistics are their own, within none).
 * Only the holders in `stated` are returned: a whole the text does not state bounds nothing.
 *
 * @example
 * holdersAbove('entity:bank/杭州分行', new Set(['entity:bank', 'entity:group']))
 * // ['entity:bank']
 * holdersAbove('region:320583', new Set(['region:320500', 'region:320000', 'national']))
 * // ['region:320500', 'region:320000', 'national']
 */
export function holdersAbove(holder: string, stated: ReadonlySet<string>): string[] {
  const above = new Set<string>();
  const slash = holder.lastIndexOf('/');
  if (slash > 0) above.add(holder.slice(0, slash));
  if (holder === 'entity:bank') above.add('entity:group');
  for (const region of regionsAbove(holder)) above.add(region);
  for (const joint of stated) {
    if (jointMembers(joint).includes(holder)) above.add(joint);
  }
  return [...above].filter((h) => h !== holder && stated.has(h));
}

// The holders a joint holder totals: banks:a+b is bank:a and bank:b; places:370700+370100 the two regions.
function jointMembers(joint: string): string[] {
  const banks = /^banks:(.+)$/.exec(joint);
  if (banks) return (banks[1] as string).split('+').map((name) => `bank:${name}`);
  const places = /^places:(.+)$/.exec(joint);
  if (places) return (places[1] as string).split('+').map((p) => (/^\d{6}$/.test(p) ? `region:${p}` : `place:${p}`));
  return [];
}

// The GB/T 2260 codes above a region's (320583 → 320500, 320000) and the nation.
function regionsAbove(holder: string): string[] {
  const code = /^region:(\d{2})(\d{2})(\d{2})$/.exec(holder);
  if (!code) return [];
  const [province, prefecture, county] = [code[1] as string, code[2] as string, code[3] as string];
  if (SEPARATE_STATISTICS.has(province)) return [];
  const out: string[] = [];
  if (county !== '00') out.push(`region:${province}${prefecture}00`);
  if (county !== '00' || prefecture !== '00') out.push(`region:${province}0000`);
  out.push('national');
  return out;
}
// Hong Kong, Macao and Taiwan: their figures are never part of the nation's statistics of loans.
const SEPARATE_STATISTICS = new Set(['71', '81', '82']);
