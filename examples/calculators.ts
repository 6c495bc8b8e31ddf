// Exact growth rates, bases and gaps from the Weifang report (../shared/seeds/001).
// Run: npx tsx examples/calculators.ts
import { baseFromGrowth, growthRate, ppGap, share } from 'wupian';

// Green credit: 2150亿元, up 253.31亿元 since the start of the year.
console.log(growthRate('1896.69', '2150').toFixed(2)); // prints: 13.36

// Technology loans: balances and 较年初 rates give the start-of-year balances.
const balances = [
  ['高新技术企业', '1026.09', '28.47'],
  ['科技型中小企业', '254.30', '7.75'],
  ['专精特新中小企业', '416.03', '20.06'],
  ['专精特新“小巨人”企业', '97.82', '22.07'],
] as const;
for (const [name, balance, rate] of balances) {
  console.log(`${name}: ${baseFromGrowth(balance, rate).toFixed(1)}亿元`);
}
// prints: 高新技术企业: 798.7亿元

// A rate less its gap to the benchmark is the benchmark's rate.
console.log(ppGap('13.36', '7.82').toFixed()); // prints: 5.54
console.log(share('2150', '12514.55').toFixed(2)); // prints: 17.18
