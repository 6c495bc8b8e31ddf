// The bundled dataset: every figure of the five source documents, validated and checked.
// Run: npx tsx examples/data.ts
import { DocumentDataSchema, checkDocument, implications, loanPortfolio } from 'wupian';
import { documents } from 'wupian/data';

const weifang = DocumentDataSchema.parse(documents['001']);
const portfolio = loanPortfolio(weifang.observations, { region: '370700' }, '2025-06-30');
const start = implications(portfolio).find((i) => i.indicator === 'green-loans' && i.kind === 'start-of-year-balance');
console.log(start?.value.lo.div(1e8).toFixed(2), start?.value.hi.div(1e8).toFixed(2)); // prints: 1896.19 1897.20

const table = checkDocument(documents['003']);
console.log(table.relations.filter((r) => r.kind === 'sum').map((r) => r.verdict).join(', ')); // prints: consistent, consistent-within-rounding, consistent-within-rounding
