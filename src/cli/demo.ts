import { growthRate } from '../calc/growthRate.js';
import { increment } from '../calc/increment.js';
import { ppGap } from '../calc/ppGap.js';
import { share } from '../calc/share.js';
import { Decimal, HUNDRED } from '../decimal/decimal.js';
import { parseFigure } from '../figure/parseFigure.js';
import { intervalOf } from '../figure/intervalOf.js';
import { formatFigure } from '../figure/formatFigure.js';
import { type Interval, divide, formatInterval, overlaps, point, subtract, multiply } from '../interval/interval.js';

/** The green-credit paragraph of the Weifang report (../shared/seeds/001), end of June 2025. */
export const GREEN_CREDIT_EXCERPT =
  '截至2025年6月末，辖区绿色信贷余额2150亿元，较年初增加253.31亿元，增速13.36%，高于各项贷款平均增速7.82个百分点，占辖区各项贷款余额比重17.18%，较年初上升1.19个百分点。';

const YI = new Decimal('1e8');

function yi(x: Interval): string {
  return formatInterval(divide(x, point(YI)), { significantDigits: 7 });
}

/**
 * What the calculators say about the green-credit paragraph: each line states a
 * relation between its figures and whether the printed figures allow it.
 */
export function demoLines(): string[] {
  const balance = parseFigure('2150亿元');
  const added = parseFigure('253.31亿元');
  const rate = parseFigure('13.36%');
  const gap = parseFigure('7.82个百分点');
  const shareNow = parseFigure('17.18%');
  const shareUp = parseFigure('1.19个百分点');

  const exactBase = increment(added.value, balance.value).div(YI);
  const exactRate = growthRate(exactBase, balance.value.div(YI));
  const base = subtract(intervalOf(balance), intervalOf(added));
  // rate = increment / (balance − increment): written so each figure enters once.
  const rateFromFigures = divide(multiply(intervalOf(added), point(HUNDRED)), base);
  const totalRate = ppGap(rate, gap);
  const totalNow = divide(multiply(intervalOf(balance), point(HUNDRED)), intervalOf(shareNow));
  const shareStart = ppGap(shareNow, shareUp);
  const totalStart = divide(multiply(base, point(HUNDRED)), shareStart);
  const totalRateFromShares = growthRate(totalStart, totalNow);
  const totalAdded = subtract(totalNow, totalStart);
  const agree = overlaps(totalRate, totalRateFromShares);

  return [
    'wupian demo — the green-credit paragraph of the Weifang report (../shared/seeds/001):',
    `  ${GREEN_CREDIT_EXCERPT}`,
    '',
    `1. Start-of-year balance = ${formatFigure(balance)} − ${formatFigure(added)} = ${exactBase.toFixed()}亿元 (exact).`,
    `2. Growth since the start of the year, exactly: ${exactRate.toFixed(6)}% → printed ${formatFigure(rate)}: ${
      exactRate.toDecimalPlaces(2).eq(rate.value) ? 'consistent' : 'INCONSISTENT'
    }.`,
    `3. With every printed figure as the interval it denotes, the rate lies in ${formatInterval(rateFromFigures, {
      significantDigits: 7,
    })}% — ${overlaps(rateFromFigures, intervalOf(rate)) ? 'it overlaps' : 'it MISSES'} ${formatFigure(rate)} = ${formatInterval(intervalOf(rate))}.`,
    `4. "高于各项贷款平均增速${formatFigure(gap)}": total loans grew ${formatInterval(totalRate)}% since the start of the year.`,
    `5. "占比${formatFigure(shareNow)}": total loans now ${yi(totalNow)}亿元.`,
    `6. "较年初上升${formatFigure(shareUp)}": the share was ${formatInterval(shareStart)}% at the start of the year, so total loans were ${yi(totalStart)}亿元 then.`,
    `7. From the shares, total loans grew ${formatInterval(totalRateFromShares, { significantDigits: 6 })}% — ${
      agree ? 'consistent with' : 'NOT consistent with'
    } line 4 (${formatInterval(totalRate)}%).`,
    `8. Total loans rose by ${yi(totalAdded)}亿元 since the start of the year, so green credit made ${formatInterval(
      share(added, totalAdded),
      { significantDigits: 4 },
    )}% of the increase.`,
  ];
}
