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

// Options are checked like arguments: an unknown key or a bad value names the option.
import { checkText } from 'wupian/extract';

try {
  checkText('截至2025年6月末，全市绿色贷款余额1200亿元。', { region: '999999' });
} catch (error) {
  if (error instanceof WupianError) console.log(error.code, error.path.join('.'), error.input); // prints: invalid_option options.region 999999
}
