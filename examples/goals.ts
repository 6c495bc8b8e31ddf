// Goals against outcomes, and the figures the checker has no relation for.
// Run: npx tsx examples/goals.ts
import { extractClaims } from 'wupian/extract';
import { checkClaims } from 'wupian';

const text = `到2025年末，力争全市绿色贷款余额达到2400亿元以上。
截至2025年6月末，全市绿色贷款余额2150亿元，较年初增加253.31亿元。
对高标准农田建设贷款，按照贷款额的2%予以贴息。`;

const { claims, targets, facts } = extractClaims(text, { region: '370700', documentDate: '2025-08-15' });
console.log(targets.map((t) => `${t.indicator} ${t.measure} ${t.figure.text} by ${t.deadline}`).join()); // prints: green-loans balance 达到2400亿元以上 by 2025-12-31

const report = checkClaims(claims, { targets, facts });
console.log(report.targets[0]?.status); // prints: pending
console.log(report.targets[0]?.message); // prints: The goal 力争全市绿色贷款余额达到2400亿元以上 is due 2025-12-31; the latest figure before then is 2150亿元 at 2025-06-30.
console.log(facts.map((f) => `${f.context}: ${f.figure.text} (${f.about})`).join()); // prints: policy: 2% (按照贷款额)
