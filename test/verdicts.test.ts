// Every relation the checker finds in the five bundled documents, with its verdict:
// a change in the checker or the data that moves any of them shows here.
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../src/check/index.js';
import { documentIds, documents } from '../src/data/index.js';

const EXPECTED: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  '000': [
    ['increment:increment|green-loans|region:370300|2025-06-30|ytd', 'unverifiable'],
    ['increment:increment|small-micro-loans|region:370300|2025-06-30|yoy', 'unverifiable'],
    ['growth:growth|digital-economy-loans|region:370300|2025-06-30|ytd', 'unverifiable'],
  ],
  '001': [
    ['growth:growth|high-tech-enterprise-loans|region:370700|2025-06-30|ytd', 'unverifiable'],
    ['growth:borrowers-growth|high-tech-enterprise-loans|region:370700|2025-06-30|ytd', 'consistent'],
    ['growth:growth|tech-sme-loans|region:370700|2025-06-30|ytd', 'unverifiable'],
    ['growth:borrowers-growth|tech-sme-loans|region:370700|2025-06-30|ytd', 'consistent'],
    ['growth:growth|specialized-sme-loans|region:370700|2025-06-30|ytd', 'unverifiable'],
    ['growth:borrowers-growth|specialized-sme-loans|region:370700|2025-06-30|ytd', 'consistent'],
    ['growth:growth|little-giant-loans|region:370700|2025-06-30|ytd', 'unverifiable'],
    ['growth:borrowers-growth|little-giant-loans|region:370700|2025-06-30|ytd', 'consistent'],
    ['increment:increment|green-loans|region:370700|2025-06-30|ytd', 'consistent-within-rounding'],
    ['growth-increment:growth|green-loans|region:370700|2025-06-30|ytd', 'consistent-within-rounding'],
    ['growth:growth|green-loans|region:370700|2025-06-30|ytd', 'consistent-within-rounding'],
    ['growth:growth|total-loans|region:370700|2025-06-30|ytd', 'unverifiable'],
    ['gap:gap|green-loans|total-loans|region:370700|2025-06-30|ytd', 'inconsistent'],
    ['share:share|green-loans|total-loans|region:370700|2025-06-30', 'consistent-within-rounding'],
    ['share:share|green-loans|total-loans|region:370700|2024-12-31', 'unverifiable'],
    ['share-change:share-change|green-loans|total-loans|region:370700|2025-06-30|ytd', 'consistent'],
    ['growth:growth|inclusive-small-micro-loans|region:370700|2025-06-30|ytd', 'inconsistent'],
    ['gap:gap|inclusive-small-micro-loans|total-loans|region:370700|2025-06-30|ytd', 'inconsistent'],
    ['increment:increment|green-loans|institution:bank-of-weifang|2025-07-31|ytd', 'consistent-within-rounding'],
    ['growth-increment:growth|green-loans|institution:bank-of-weifang|2025-07-31|ytd', 'consistent-within-rounding'],
    ['growth:growth|green-loans|institution:bank-of-weifang|2025-07-31|ytd', 'consistent-within-rounding'],
    ['growth:growth|inclusive-agri-loans|region:370700|2025-06-30|ytd', 'unverifiable'],
    ['growth:growth|pension-industry-loans|region:370700|2025-06-30|ytd', 'unverifiable'],
    ['growth:growth|elderly-care-institution-loans|region:370700|2025-06-30|ytd', 'unverifiable'],
    ['growth:growth|digital-economy-loans|region:370700|2025-06-30|ytd', 'unverifiable'],
  ],
  '002': [
    ['growth:growth|manufacturing-loans|institution:icbc-qingdao|2023-12-31|yoy', 'unverifiable'],
    ['growth:growth|specialized-enterprise-loans|institution:icbc-qingdao|2023-12-31|yoy', 'unverifiable'],
    ['growth:growth|strategic-emerging-industry-loans|institution:icbc-qingdao|2023-12-31|yoy', 'unverifiable'],
  ],
  '003': [
    ['sum:balance|industrial-loans|region:370402|2021-12-31', 'consistent'],
    ['sum:balance|industrial-loans|region:370402|2022-12-31', 'consistent-within-rounding'],
    ['sum:balance|industrial-loans|region:370402|2023-12-31', 'consistent-within-rounding'],
  ],
  '004': [
    // 新增科技贷款占全部新增贷款的32.7% (January to August): a share of two increments the document does not state.
    ['increment:increment|tech-loans|region:420000|2025-08-31|ytd', 'unverifiable'],
    ['increment:increment|total-loans|region:420000|2025-08-31|ytd', 'unverifiable'],
    ['flow-share:flow-share|tech-loans|total-loans|region:420000|2025-08-31|ytd', 'unverifiable'],
    ['growth:growth|tech-sme-loans|region:420000|2025-08-31|yoy', 'unverifiable'],
    ['growth:growth|tech-loans|region:420000|2025-06-30|yoy', 'unverifiable'],
    ['growth:growth|tech-sme-loans|region:420000|2025-06-30|yoy', 'unverifiable'],
  ],
};

describe('verdicts on the five documents', () => {
  it.each(documentIds)('document %s', (id) => {
    const report = checkDocument(documents[id]);
    expect(report.relations.map((r) => [r.id, r.verdict])).toEqual(EXPECTED[id]);
  });
});
