// Every stated figure is the interval it denotes: rounding is never an error.
// Run: npx tsx examples/rounding.ts
import { formatInterval, growthRate, intervalOf, overlaps, parseFigure, subtract } from 'wupian';

const balance = parseFigure('2150亿元'); // printed with no decimals: ±0.5亿元
const added = parseFigure('253.31亿元');
const stated = parseFigure('13.36%');

console.log(formatInterval(intervalOf(stated))); // prints: [13.355, 13.365]
console.log(formatInterval(intervalOf(parseFigure('6000余万元')))); // prints: [60000000, 70000000)

const base = subtract(intervalOf(balance), intervalOf(added));
const rate = growthRate(base, balance);
console.log(formatInterval(rate, { significantDigits: 6 })); // prints: [13.2988, 13.412]
console.log(overlaps(rate, intervalOf(stated)) ? 'consistent' : 'inconsistent'); // prints: consistent
