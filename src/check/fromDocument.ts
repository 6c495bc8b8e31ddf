import { parseFigure } from '../figure/parseFigure.js';
import { holderKey, observationDate, type Observation } from '../domain/observation.js';
import type { DocumentData } from '../domain/sourceDocument.js';
import { DocumentDataSchema } from '../domain/sourceDocument.js';
import { parseWith } from '../domain/parse.js';
import type { Claim, FactClaim, TargetClaim } from './claim.js';
import { type CheckOptions, type SumSpec, checkClaims } from './checkClaims.js';
import { CheckOptionsSchema } from './options.js';
import { parseOptions } from '../domain/options.js';
import type { Report } from './report.js';

/** What {@link claimsFromDocument} makes of a document's data. */
export interface DocumentClaims {
  /** Its observations and plan-table cells, as claims. */
  readonly claims: Claim[];
  /** The sums its plan table's totals state. */
  readonly sums: SumSpec[];
  /** The document's goals that state a figure. */
  readonly targets: TargetClaim[];
  /** Its policy parameters and case-study figures. */
  readonly facts: FactClaim[];
}

/**
 * Turns a document's structured data into claims: its observations, and its plan
 * table's cells with the sums its totals state. Figures are read with the document's
 * own conventions (a summary whose "billion yuan" renders 亿元 is read as 亿元).
 *
 * The data is validated first, as `checkDocument` does: a bad document is a WupianError
 * `invalid_data` that names the field.
 *
 * @example
 * claimsFromDocument(DocumentDataSchema.parse(documents['003'])).sums.length // 3
 * claimsFromDocument({}) // throws WupianError { code: 'invalid_data', path: ['document'] }
 */
export function claimsFromDocument(doc: DocumentData): DocumentClaims {
  return claimsOf(parseWith(DocumentDataSchema, doc, 'document data'));
}

function claimsOf(doc: DocumentData): DocumentClaims {
  const billion = doc.document.billionMeans === 'yi' ? 'yi' : 'billion';
  const claims: Claim[] = [];
  const observationClaim = (o: Observation): Claim => {
    const figure = parseFigure(o.figure, { billion });
    return {
      id: o.id,
      indicator: o.indicator,
      holder: holderKey(o.holder),
      date: observationDate(o),
      ...(o.period ? { period: o.period } : {}),
      measure: o.measure,
      ...(o.basis ? { basis: o.basis } : {}),
      ...(o.benchmark ? { benchmark: o.benchmark } : {}),
      ...(o.of ? { of: o.of } : {}),
      ...(o.flow || o.period ? { flow: true } : {}),
      figure,
      source: { document: doc.document.id, excerpt: o.source.excerpt, paragraph: o.source.paragraph },
      ...(billion === 'yi' && /billion/i.test(o.figure) ? { mistranslatedBillion: true } : {}),
    };
  };
  for (const o of doc.observations) claims.push(observationClaim(o));

  const sums: SumSpec[] = [];
  const table = doc.planTable;
  if (table) {
    const holder = table.holderRegion ? `region:${table.holderRegion}` : `table:${table.id}`;
    for (const year of table.years) {
      const y = String(year);
      const date = table.dates?.[y] ?? `${y}-12-31`;
      const parts: string[] = [];
      for (const row of table.rows) {
        const cells = row.cells[y];
        const excerpt = row.source?.excerpt;
        const source = { document: doc.document.id, ...(excerpt ? { excerpt } : {}), ...(row.source ? { paragraph: row.source.paragraph } : {}) };
        if (cells?.industrialLoans) {
          const id = `${table.id}-${row.seq}-${y}-industrial-loans`;
          parts.push(id);
          claims.push({ id, indicator: 'industrial-loans', holder: `institution:${row.institution}`, date, measure: 'balance', figure: parseFigure(cells.industrialLoans), source });
        }
        if (cells?.loanToDeposit) {
          const id = `${table.id}-${row.seq}-${y}-loan-to-deposit`;
          claims.push({ id, indicator: 'loan-to-deposit-ratio', holder: `institution:${row.institution}`, date, measure: 'ratio', figure: parseFigure(cells.loanToDeposit), source });
        }
      }
      const total = table.totals[y]?.industrialLoans;
      if (total) {
        const id = `${table.id}-total-${y}-industrial-loans`;
        claims.push({
          id,
          indicator: 'industrial-loans',
          holder,
          date,
          measure: 'balance',
          figure: parseFigure(total),
          source: { document: doc.document.id, ...(table.totalsSource ? { excerpt: table.totalsSource.excerpt, paragraph: table.totalsSource.paragraph } : {}) },
        });
        sums.push({ total: id, parts, description: `${table.title}: 合计 ${y}` });
      }
    }
  }
  const targets: TargetClaim[] = [];
  for (const t of doc.targets) {
    if (!t.figure) continue; // 确保…高于…: a goal without a figure sets no bound here
    targets.push({
      id: t.id,
      holder: holderKey(t.holder),
      ...(t.indicator ? { indicator: t.indicator } : {}),
      ...(t.measure ? { measure: t.measure } : {}),
      ...(t.basis ? { basis: t.basis } : {}),
      about: t.description,
      figure: parseFigure(t.figure, { billion }),
      deadline: t.deadline,
      ...(t.period ? { period: t.period } : {}),
      source: { document: doc.document.id, excerpt: t.source.excerpt, paragraph: t.source.paragraph },
    });
  }
  // A policy's parameters and a case's fields alike: a named figure with its excerpt.
  const fact = (
    id: string,
    context: FactClaim['context'],
    holder: string,
    item: { name: string; figure: string; date?: string | undefined; source: { excerpt: string; paragraph: number } },
  ): FactClaim => ({
    id,
    context,
    about: item.name,
    holder,
    ...(item.date && /^\d{4}-\d{2}-\d{2}$/.test(item.date) ? { date: item.date } : {}),
    figure: parseFigure(item.figure, { billion }),
    source: { document: doc.document.id, excerpt: item.source.excerpt, paragraph: item.source.paragraph },
  });
  const facts: FactClaim[] = [
    ...doc.policyMeasures.flatMap((p) => p.parameters.map((q, i) => fact(`${p.id}#${i + 1}`, 'policy', `region:${p.region}`, q))),
    ...doc.caseStudies.flatMap((c) =>
      c.fields.map((f, i) => fact(`${c.id}#${i + 1}`, 'case', c.bank ? `institution:${c.bank}` : `region:${doc.document.region}`, f)),
    ),
  ];
  return { claims, sums, targets, facts };
}

/**
 * Checks a document's structured data: the bundled documents or a user's JSON in the
 * same form (validated first; a bad document is a WupianError `invalid_data` that
 * names the field).
 *
 * @example
 * checkDocument(documents['001']).conflicts[0]?.disputed?.quantity // 'growth of total-loans (ytd) at 2025-06-30'
 */
export function checkDocument(input: unknown, rawOptions: CheckOptions = {}): Report {
  const options = parseOptions(CheckOptionsSchema, rawOptions, 'checkDocument');
  const doc = parseWith(DocumentDataSchema, input, 'document data');
  const { claims, sums, targets, facts } = claimsOf(doc);
  return checkClaims(claims, {
    source: doc.document.file ?? doc.document.id,
    ...options,
    sums: [...sums, ...(options.sums ?? [])],
    targets: [...targets, ...(options.targets ?? [])],
    facts: [...facts, ...(options.facts ?? [])],
  });
}
