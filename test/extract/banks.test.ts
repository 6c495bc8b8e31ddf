// Which words name a bank: a proper name, never the words before it nor a kind of bank.
import { describe, expect, it } from 'vitest';
import { findBanks } from '../../src/extract/lexicon/banks.js';

describe('findBanks', () => {
  it.each([
    ['余额排前三的是兴业银行（9689.16亿元）', ['bank:兴业银行']],
    ['邮储银行9586.39亿元，已经超过交通银行的8700亿元', ['bank:邮储银行', 'bank:交通银行']],
    ['2023年上半年兴业银行新批核的中小企业信贷限额', ['bank:兴业银行']],
    ['本报讯丙银行近日发布年报', ['bank:丙银行']],
    // the banks of a territory, banks set up and counted, listed banks: no bank's name (stop 32)
    ['2023年上半年澳门银行新批核的中小企业信贷限额', []],
    ['2024年底香港银行的绿色贷款余额', []],
    ['全省已组建村镇银行62家', []],
    ['42家A股上市银行绿色贷款余额合计', []],
    // a kind of bank, or the bureau of banks of a regulator, is no bank
    ['5月末辖内中资银行普惠型小微企业贷款加权平均利率为4.27%', []],
    ['按机构分：四大全国性商业银行1276.54亿元', []],
    ['金管会银行局公布，本国银行中小企业放款余额', []],
    // a branch keeps its bank's name
    ['工商银行咸阳分行的绿色信贷规模最大', ['bank:工商银行咸阳分行']],
  ] as const)('%s', (text, holders) => {
    expect(findBanks(text).map((b) => b.holder)).toEqual(holders);
  });
});
