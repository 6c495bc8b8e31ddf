// Bad input is a typed error with a code, a path and the offending input.
// Run: npx tsx examples/errors.ts
import { WupianError, growthRate, safeParseFigure } from 'wupian';

try {
  growthRate('0', '5');
} catch (error) {
  if (error instanceof WupianError) console.log(error.code, error.path.join('.')); // prints: base_zero base
}

const result = safeParseFigure('12..3亿元');
if (!result.success) console.log(result.error.message); // prints: Cannot read a figure in "12..3亿元": the number is malformed.
