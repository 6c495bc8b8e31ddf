import type { Decimal as DecimalT } from 'decimal.js';
import { Decimal } from '../decimal/decimal.js';
import { oneOfOption, optionsArg } from '../errors/args.js';
import { type Figure, type Qualifier, checkFigure } from './figure.js';

/** Options of {@link formatFigure}. */
export interface FormatFigureOptions {
  /** `'zh'` (default): the documents' own convention, "1026.09亿元". `'en'`: "102.609 billion yuan". */
  readonly lang?: 'zh' | 'en';
}

const ZH_PREFIX: Readonly<Record<Qualifier, string>> = {
  exact: '',
  reached: '达',
  over: '超',
  'at-least': '',
  under: '近',
  'at-most': '',
  about: '约',
  'and-more': '',
};
const ZH_SUFFIX: Readonly<Record<Qualifier, string>> = {
  exact: '',
  reached: '',
  over: '',
  'at-least': '以上',
  under: '',
  'at-most': '以下',
  about: '',
  'and-more': '',
};
const EN_PREFIX: Readonly<Record<Qualifier, string>> = {
  exact: '',
  reached: '',
  over: 'over ',
  'at-least': 'at least ',
  under: 'nearly ',
  'at-most': 'up to ',
  about: 'about ',
  'and-more': '',
};

const EN_SCALES: readonly (readonly [DecimalT, string])[] = [
  [/* @__PURE__ */ new Decimal('1e12'), 'trillion'],
  [/* @__PURE__ */ new Decimal('1e9'), 'billion'],
  [/* @__PURE__ */ new Decimal('1e6'), 'million'],
];

/**
 * Writes a figure back as the documents do, or in English.
 *
 * @example
 * formatFigure(parseFigure('1026.09亿元')) // '1026.09亿元'
 * formatFigure(parseFigure('1026.09亿元'), { lang: 'en' }) // '102.609 billion yuan'
 * formatFigure(parseFigure('7.82个百分点'), { lang: 'en' }) // '7.82 percentage points'
 * formatFigure(parseFigure('6000余万元')) // '6000余万元'
 */
export function formatFigure(figure: Figure, options?: FormatFigureOptions): string {
  checkFigure(figure, ['figure'], 'formatFigure');
  const lang = oneOfOption('formatFigure', optionsArg<FormatFigureOptions>('formatFigure', options).lang, ['options', 'lang'], ['zh', 'en']) ?? 'zh';
  if (lang === 'zh') {
    const number = figure.stated.toFixed(figure.decimals);
    const andMore = figure.qualifier === 'and-more' ? '余' : '';
    // 余 goes before a magnitude (6000余万元), after a plain unit (40余户 too).
    const symbol = /^[A-Za-z]/.test(figure.unit.symbol) ? ` ${figure.unit.symbol}` : figure.unit.symbol;
    return `${ZH_PREFIX[figure.qualifier]}${number}${andMore}${symbol}${ZH_SUFFIX[figure.qualifier]}`;
  }
  const { dimension } = figure.unit;
  let body: string;
  if (dimension === 'money') {
    body = `${englishMagnitude(figure.value)} yuan`;
  } else if (dimension === 'percent') {
    body = `${figure.value.toFixed(Math.max(0, figure.decimals - scaleDigits(figure.unit.scale)))}%`;
  } else if (dimension === 'percentage-points') {
    body = `${trimZeros(figure.value)} percentage points`;
  } else if (dimension === 'times') {
    body = `${figure.stated.toFixed(figure.decimals)} times`;
  } else if (dimension === 'number') {
    body = englishMagnitude(figure.value);
  } else {
    // The value is in items already: drop the magnitude word of the unit (万户 → accounts).
    body = `${groupThousands(trimZeros(figure.value))} ${figure.unit.en.replace(/^(10 thousand|ten thousand|hundred million|thousand|million|billion) /, '')}`.trim();
  }
  const suffix = figure.qualifier === 'and-more' ? ' and more' : '';
  return `${EN_PREFIX[figure.qualifier]}${body}${suffix}`;
}

// Digits a unit's scale shifts the point by (成 = 10 → 1): keeps "三成" at "30%".
function scaleDigits(scale: string): number {
  const d = new Decimal(scale);
  return d.gte(1) ? d.toFixed().length - 1 : -(d.decimalPlaces());
}

function trimZeros(d: DecimalT): string {
  return d.toFixed();
}

function groupThousands(text: string): string {
  const [int = '', frac] = text.split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const digits = sign ? int.slice(1) : int;
  let grouped = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) grouped += ',';
    grouped += digits[i];
  }
  return `${sign}${grouped}${frac === undefined ? '' : `.${frac}`}`;
}

function englishMagnitude(value: DecimalT): string {
  const abs = value.abs();
  for (const [scale, word] of EN_SCALES) {
    if (abs.gte(scale)) return `${trimZeros(value.div(scale))} ${word}`;
  }
  return groupThousands(trimZeros(value));
}
