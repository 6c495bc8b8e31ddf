import { type CorpusPassage, type CorpusRelation, RELATION_ROLES } from './corpus.js';
import { locate, occurrences } from './locate.js';

/** A passage's annotation that cannot be scored: where (a path into the passage) and why. */
export interface StructureProblem {
  /** Where, from the passage: ['relations', 0, 'figures']. */
  readonly path: readonly (string | number)[];
  /** What, naming the figure or relation. */
  readonly message: string;
}

/** The figure ids a relation names, in role order. */
export function relationFigureIds(relation: CorpusRelation): string[] {
  return Object.values(relation.figures).flatMap((v) => (Array.isArray(v) ? v : [v]));
}

/**
 * What makes a passage's annotation unscorable — the format's schema cannot say it: duplicate
 * ids, a figure text the passage does not contain (or not that often), two figures at one
 * numeral, a relation without the roles of its kind or naming figures the passage lacks.
 *
 * @example
 * structureProblems({ id: 'p1', genre: 'bank', text: '绿色贷款余额120亿元。', figures: [{ id: 'f1', text: '12亿元' }], relations: [] })
 * // [{ path: ['figures', 0, 'text'], message: 'f1: "12亿元" is not in the text' }]
 */
export function structureProblems(p: CorpusPassage): StructureProblem[] {
  const out: StructureProblem[] = [];
  const ids = new Set<string>();
  const anchors = new Map<number, string>();
  p.figures.forEach((f, i) => {
    if (ids.has(f.id)) out.push({ path: ['figures', i, 'id'], message: `duplicate figure id ${f.id}` });
    ids.add(f.id);
    const n = occurrences(p.text, f.text);
    const occurrence = f.occurrence ?? 1;
    if (n === 0) {
      out.push({ path: ['figures', i, 'text'], message: `${f.id}: "${f.text}" is not in the text` });
      return;
    }
    if (occurrence > n) out.push({ path: ['figures', i, 'occurrence'], message: `${f.id}: occurrence ${occurrence} of "${f.text}", but it appears ${n} time(s)` });
    const at = locate(p.text, f.text, occurrence);
    if (at) {
      const other = anchors.get(at.anchor);
      if (other) out.push({ path: ['figures', i, 'text'], message: `${f.id} stands where ${other} stands (same first numeral): give a longer text or the right occurrence` });
      anchors.set(at.anchor, f.id);
    }
  });
  const relationIds = new Set<string>();
  p.relations.forEach((r, i) => {
    if (relationIds.has(r.id)) out.push({ path: ['relations', i, 'id'], message: `duplicate relation id ${r.id}` });
    relationIds.add(r.id);
    const roles = RELATION_ROLES[r.kind];
    const allowed = new Set([...roles.required, ...(roles.optional ?? [])]);
    for (const role of roles.required) if (!(role in r.figures)) out.push({ path: ['relations', i, 'figures'], message: `${r.id}: ${r.kind} needs the role ${role}` });
    for (const [role, value] of Object.entries(r.figures)) {
      if (!allowed.has(role)) out.push({ path: ['relations', i, 'figures', role], message: `${r.id}: ${r.kind} has no role ${role} (roles: ${[...allowed].join(', ')})` });
      const isList = (roles.lists ?? []).includes(role);
      if (isList !== Array.isArray(value)) out.push({ path: ['relations', i, 'figures', role], message: `${r.id}: role ${role} must be ${isList ? 'a list of ids' : 'one id'}` });
    }
    if (r.kind === 'cagr' && r.years === undefined) out.push({ path: ['relations', i, 'years'], message: `${r.id}: cagr needs years` });
    for (const id of relationFigureIds(r)) {
      const f = p.figures.find((x) => x.id === id);
      if (!f) out.push({ path: ['relations', i, 'figures'], message: `${r.id} names ${id}, which is not a figure of the passage` });
      else if (f.kind === 'none') out.push({ path: ['relations', i, 'figures'], message: `${r.id} names ${id}, a figure annotated as none` });
    }
    if (r.verdict === 'inconsistent' && r.expect === undefined) out.push({ path: ['relations', i, 'expect'], message: `${r.id}: an inconsistent relation needs expect: flag, warn or quiet` });
  });
  return out;
}
