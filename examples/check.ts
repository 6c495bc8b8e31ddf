// Check whether the figures of a text agree with each other.
// Run: npx tsx examples/check.ts
import { checkText } from 'wupian/extract';

const text = `截至2025年6月末，辖区绿色信贷余额2150亿元，较年初增加253.31亿元，增速13.36%，高于各项贷款平均增速7.82个百分点。
截至2025年6月末，辖区普惠型小微企业贷款余额2273.35亿元，较年初增长11.35%，高于各项贷款增速4.98个百分点。`;

const report = checkText(text, { region: '370700' });
// status: inconsistent, nothing-checked, partial or consistent (`ok` only says "nothing is inconsistent").
console.log(report.status); // prints: inconsistent
const [conflict] = report.conflicts;
console.log(conflict?.disputed?.quantity); // prints: growth of total-loans (ytd) at 2025-06-30
console.log(conflict?.suspects.map((s) => s.text).join(' ')); // prints: 13.36% 7.82个百分点 11.35% 4.98个百分点

// A report never says "consistent" about nothing.
console.log(checkText('', { region: '370700' }).status); // prints: nothing-checked
const partly = checkText('截至2025年6月末，全市绿色贷款余额1200亿元，较年初增加150亿元，增长14.29%。此外还有约800亿元。', { region: '370700' });
console.log(`${partly.status}: ${partly.coverage.unread} of ${partly.coverage.figures} figures not read`); // prints: partial: 1 of 4 figures not read

// An amount restated in US dollars is checked through a rate the dollar has had (6.0–8.3 yuan since 2000).
const restated = checkText('Outstanding loans to tech SMEs came to 3.46 trillion yuan (about 884 billion U.S. dollars) at end-June.');
console.log(restated.status); // prints: inconsistent
console.log(restated.conflicts[0]?.explanations.map((e) => e.kind).join(' ')); // prints: misprint exchange-rate

// A city's share of its province's whole is checked against the province's figure (7215.8 / 14100 = 51.2%).
const share = checkText('截至6月末，成都市绿色贷款余额7,215.8亿元，占全省绿色贷款的58.3%；全省绿色贷款余额1.41万亿元。', { documentDate: '2025-07-25' });
const city = share.claims.find((c) => c.measure === 'share');
console.log(`${city?.holder} of ${city?.ofHolder}: ${share.status}`); // prints: region:510100 of region:510000: inconsistent
