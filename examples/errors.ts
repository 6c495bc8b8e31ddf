// Bad input is a typed error with a code, a path and the offending input.
// Run: npx tsx examples/errors.ts
import { growthRate, intervalOf, isWupianError, safeParseFigure } from 'wupian';

try {
  growthRate('0', '5');
} catch (error) {
  // isWupianError, not instanceof: it also knows errors of the CommonJS build or another copy.
  if (isWupianError(error)) console.log(error.code, error.path.join('.')); // prints: base_zero base
}

try {
  intervalOf('13.36%' as never); // a figure's text, not a Figure
} catch (error) {
  if (isWupianError(error)) console.log(error.code, error.path.join('.')); // prints: invalid_argument figure
}

try {
  growthRate('-1e900000000', '1'); // beyond LIMITS: refused, never printed in full
} catch (error) {
  if (isWupianError(error)) console.log(error.code, error.path.join('.')); // prints: out_of_range base
}

const result = safeParseFigure('12..3亿元');
if (!result.success) console.log(result.error.message); // prints: Cannot read a figure in "12..3亿元": the number is malformed.

// Options are checked like arguments: an unknown key or a bad value names the option.
import { checkText } from 'wupian/extract';

try {
  checkText('截至2025年6月末，全市绿色贷款余额1200亿元。', { region: '999999' });
} catch (error) {
  if (isWupianError(error)) console.log(error.code, error.path.join('.'), error.input); // prints: invalid_option options.region 999999
}
