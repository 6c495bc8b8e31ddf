/**
 * Which holders' figures contain a holder's own, so that a balance of one kind held by
 * the first is at most the same balance held by the second: a branch within its bank
 * (`entity:bank/杭州分行` within `entity:bank`), the parent bank within its group
 * (`entity:bank` within `entity:group`), one bank or place within the banks or places a
 * text totals together (`bank:工商银行` within `banks:工商银行+农业银行`). Only the holders in
 * `stated` are returned: a whole the text does not state bounds nothing.
 *
 * @example
 * holdersAbove('entity:bank/杭州分行', new Set(['entity:bank', 'entity:group']))
 * // ['entity:bank']
 * holdersAbove('bank:工商银行', new Set(['banks:工商银行+农业银行']))
 * // ['banks:工商银行+农业银行']
 */
export function holdersAbove(holder: string, stated: ReadonlySet<string>): string[] {
  const above = new Set<string>();
  const slash = holder.lastIndexOf('/');
  if (slash > 0) above.add(holder.slice(0, slash));
  if (holder === 'entity:bank') above.add('entity:group');
  // (Regions within regions are not bounded by holder alone — a city's figure misdated to a province's older one would
  // conflict with it: the extractor vouches for each such pair where the text dates both, as `bounds` (regionBounds).)
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

