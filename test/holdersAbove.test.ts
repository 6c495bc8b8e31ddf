import { describe, expect, it } from 'vitest';
import { holdersAbove } from '../src/check/holdersAbove.js';

describe('holdersAbove', () => {
  it.each([
    ['entity:bank/杭州分行', ['entity:bank', 'entity:group'], ['entity:bank']],
    ['entity:bank', ['entity:bank', 'entity:group'], ['entity:group']],
    // the group is only above when the text states its figures
    ['entity:bank', ['entity:bank'], []],
    ['bank:工商银行', ['banks:工商银行+农业银行', 'banks:建设银行+农业银行'], ['banks:工商银行+农业银行']],
    ['region:370700', ['places:370700+370100'], ['places:370700+370100']],
    ['place:某镇', ['places:某镇+某乡'], ['places:某镇+某乡']],
    // regions within regions are not bounded here, by holder alone: only where the text dates both (extract: regionBounds)
    ['region:440300', ['region:440000', 'national'], []],
    ['region:320583', ['region:320500', 'region:320000', 'national'], []],
    ['place:某镇', ['region:370700', 'national'], []],
    // a bank's name that starts another's is no member of it
    ['bank:工商银行', ['banks:工商银行咸阳分行+农业银行'], []],
  ] as const)('%s within %j', (holder, stated, expected) => {
    expect(holdersAbove(holder, new Set(stated))).toEqual(expected);
  });
});
