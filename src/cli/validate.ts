import { formatScores, SCORE_LEGEND } from '../validate/format.js';
import { missesOf } from '../validate/misses.js';
import { validate } from '../validate/validate.js';

export const VALIDATE_HELP = `wupian validate [options] CORPUS.json

Scores wupian on your own labelled texts: every figure annotated (subject, measure, date,
value, holder, scope) looked for among the claims wupian reads, every relation annotated
(growth, share, gap, sum, goal …) among those it checks, every consistent passage watched
for a false alarm. The corpus format is the JSON Schema wupian/schemas/corpus.schema.json
(see docs/validate.md); wupian's own truth corpus is written in it.

Options:
  --json       the scores as JSON: total, by genre, by split, every passage's details
  --misses     also list every figure and relation wupian missed or got wrong
  --lang en|zh language of the messages inside the reports scored

Exit status: 0 when the corpus was scored (whatever the scores), 2 when it could not be
read or is not in the format (the message names the passage and the field).`;

export interface ValidateFlags {
  readonly json?: boolean | undefined;
  readonly misses?: boolean | undefined;
}

/** `wupian validate CORPUS.json`: the scores of a labelled corpus, as a table or JSON. */
export function runValidate(text: string, flags: ValidateFlags, lang: 'en' | 'zh', out: (text: string) => void): void {
  // Bad JSON or a corpus not in the format throws a WupianError: the caller prints it, exit 2.
  const report = validate(JSON.parse(text) as unknown, { lang });
  if (flags.json) {
    out(`${JSON.stringify(flags.misses ? { ...report, misses: missesOf(report.passages) } : report, null, 2)}\n`);
    return;
  }
  const splits = Object.keys(report.bySplit);
  out(`${SCORE_LEGEND}\n\n`);
  out(`${formatScores({ ...report.byGenre, all: report.total })}\n`);
  if (splits.length > 1) out(`\nby split\n${formatScores(report.bySplit)}\n`);
  const misses = missesOf(report.passages);
  if (flags.misses) {
    out(`\nmisses (${misses.length}):\n`);
    for (const m of misses) out(`  ${m.passage} ${m.figure ?? ''} ${m.text}: ${m.what}\n`);
  } else out(`\n${misses.length} misses (--misses lists them).\n`);
}
