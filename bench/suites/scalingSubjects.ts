/** The functions benchmark 7 (scaling) times, by name, on the built package. */
type Extract = typeof import('../../src/extract/index.js');

// With a region and a document date, as the CLI reads a report: figures then become
// claims (without them most are set aside early, and the claim readers never run).
const READ_AS = { region: '370700', documentDate: '2025-06-30' } as const;

export const SUBJECTS = [
  ['normalizeText', 'text'],
  ['findMentions', 'text'],
  ['extractClaims', 'extractor'],
  ['checkText', 'extractor'],
] as const;

export function subjectOf(name: string, x: Pick<Extract, 'normalizeText' | 'findMentions' | 'extractClaims' | 'checkText'>): (text: string) => unknown {
  switch (name) {
    case 'normalizeText':
      return (t) => x.normalizeText(t);
    case 'findMentions':
      return (t) => x.findMentions(x.normalizeText(t).text);
    case 'extractClaims':
      return (t) => x.extractClaims(t, READ_AS);
    case 'checkText':
      return (t) => x.checkText(t, READ_AS);
    default:
      throw new Error(`no subject ${name}`);
  }
}
