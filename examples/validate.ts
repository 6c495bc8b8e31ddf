// Measure wupian on your own labelled texts before trusting it: the corpus format is
// wupian/schemas/corpus.schema.json. Run: npx tsx examples/validate.ts
import { readFileSync } from 'node:fs';
import { formatScores, missesOf, validate } from 'wupian/validate';

const corpus: unknown = JSON.parse(readFileSync(new URL('./corpus/small.json', import.meta.url), 'utf8'));
const result = validate(corpus);

const { figures, relations, falseAlarms, consistentPassages } = result.total;
console.log(`figures read right: ${figures.right}/${figures.claims}`); // prints: figures read right: 7/7
console.log(`relations given the expected verdict: ${relations.right}/${relations.annotated}`); // prints: relations given the expected verdict: 2/2
console.log(`false alarms: ${falseAlarms} of ${consistentPassages} consistent passages`); // prints: false alarms: 0 of 1 consistent passages
console.log(`misses: ${missesOf(result.passages).length}`); // prints: misses: 0
console.log(formatScores(result.byGenre).split('\n')[0]); // prints: genre         pass  figs  read  right  false  rels  checked  verdict  alarms  flag  warn  quiet
