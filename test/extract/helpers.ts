import { type FindMentionsOptions, type Mention, findMentions, normalizeText } from '../../src/extract/index.js';

/**
 * One line per mention, for table tests: `figure <text> = <value in base unit> <unit>
 * <qualifier>` (plus `<- <inherited unit>` when a list lent its unit), `date <text> =
 * <date>`, `period <text> = <from>..<to>`, or `<kind> <text>`.
 */
export function show(m: Mention): string {
  switch (m.kind) {
    case 'figure': {
      const f = m.figure;
      const inherited = m.inheritedUnit === undefined ? '' : ` <- ${m.inheritedUnit}`;
      return `figure ${m.text} = ${f.value.toFixed()} ${f.unit.symbol} ${f.qualifier}${inherited}`.replace(/ {2,}/g, ' ');
    }
    case 'date':
    case 'period': {
      if (!m.asOf) return `${m.kind} ${m.text}`;
      return 'date' in m.asOf ? `${m.kind} ${m.text} = ${m.asOf.date}` : `${m.kind} ${m.text} = ${m.asOf.period.from}..${m.asOf.period.to}`;
    }
    default:
      return `${m.kind} ${m.text}`;
  }
}

/** The mentions of a raw text, normalized first, shown one per line. */
export function mentionsOf(text: string, options?: FindMentionsOptions): string[] {
  return findMentions(normalizeText(text).text, options).map(show);
}
