// A catalog of bad inputs to the public API (issue 12): each must end in a WupianError
// with a code and a path that names the argument — never a TypeError, a raw decimal.js
// error, a hang or a heap exhausted printing a huge number.
import { describe, expect, it } from 'vitest';
import * as wupian from '../src/index.js';
import * as extract from '../src/extract/index.js';
import { documents } from '../src/data/index.js';
import {
  Decimal,
  DecimalCodec,
  basisBetween,
  compareDates,
  coverageOf,
  describeDate,
  isSkippedTableCell,
  isUnreadFigure,
  parseOptions,
  reportStatus,
  DocumentDataSchema,
  Network,
  add,
  andMoreStep,
  applyGrowth,
  applyGrowthWith,
  averageGrowth,
  averageWith,
  baseDate,
  baseFromGrowth,
  baseFromGrowthWith,
  cagr,
  cagrWith,
  checkClaims,
  checkDocument,
  checkTargets,
  claimsFromDocument,
  compound,
  compoundWith,
  contains,
  distance,
  divide,
  exactArithmetic,
  figureCodec,
  figureToJSON,
  findIndicator,
  formatDate,
  formatFigure,
  formatInterval,
  goalInterval,
  growthRate,
  growthRateSince,
  growthRateWith,
  halfStep,
  holderKey,
  hull,
  implications,
  increment,
  incrementWith,
  intersect,
  interval,
  intervalArithmetic,
  intervalFromJSON,
  intervalOf,
  intervalToJSON,
  isBounded,
  isPoint,
  isWupianError,
  loanPortfolio,
  midpoint,
  multiply,
  negate,
  normalizeFigureText,
  observationDate,
  overlaps,
  parseFigure,
  parseWith,
  point,
  powPositive,
  ppGap,
  ppGapWith,
  propagate,
  ratio,
  resolveRegion,
  safeParseFigure,
  safeParseWith,
  share,
  shareChange,
  shareChangeWith,
  shareWith,
  subtract,
  sumOf,
  sumWith,
  times,
  timesWith,
  toDate,
  toDecimal,
  width,
  type Claim,
  type Interval,
} from '../src/index.js';
import { checkText, extractClaims, extractionToJSON, findMentions, guessDocumentDate, guessRegion, normalizeText, notText, parseAsOf, readTables, regionByCode, splitClauses } from '../src/extract/index.js';

const f = parseFigure('13.36%');
const money = parseFigure('2150亿元');
const iv = interval('1', '2');
const d = (x: string): Decimal => new Decimal(x);
const raw = (lo: Decimal, hi: Decimal, loOpen: unknown = false, hiOpen: unknown = false): Interval => ({ lo, hi, loOpen, hiOpen }) as Interval;
const bare = (): object => Object.create(null) as object;
const claim: Claim = { id: 'c1', indicator: 'green-loans', holder: 'region:370700', date: '2025-06-30', measure: 'balance', figure: money };
const portfolio = { holder: { region: '370700' }, date: '2025-06-30', observations: [] };
const A = exactArithmetic;

type Entry = readonly [name: string, fn: string, run: () => unknown, code: string, path: readonly (string | number)[]];

/** Bad input → the WupianError it must give. `fn` names the export it exercises. */
const CATALOG: readonly Entry[] = [
  // decimal
  ['toDecimal of null', 'toDecimal', () => toDecimal(null as never), 'invalid_number', ['value']],
  ['toDecimal of a percent', 'toDecimal', () => toDecimal('13.36%'), 'invalid_number', ['value']],
  ['toDecimal of an exponent past decimal.js (was Infinity)', 'toDecimal', () => toDecimal('1e99999999999999999'), 'out_of_range', ['value']],
  ['toDecimal of a tiny exponent (was 0)', 'toDecimal', () => toDecimal('1e-99999999999999999'), 'out_of_range', ['value']],
  ['toDecimal of -1e900000000', 'toDecimal', () => toDecimal('-1e900000000'), 'out_of_range', ['value']],
  ['toDecimal of 1001 digits', 'toDecimal', () => toDecimal('9'.repeat(1001)), 'out_of_range', ['value']],
  ['toDecimal of a bigint of 1002 digits', 'toDecimal', () => toDecimal(10n ** 1001n), 'out_of_range', ['value']],
  ['toDecimal of a Decimal of 1e2000', 'toDecimal', () => toDecimal(d('1e2000')), 'out_of_range', ['value']],
  ['toDecimal of Infinity', 'toDecimal', () => toDecimal(Number.POSITIVE_INFINITY), 'non_finite', ['value']],
  ['toDecimal of NaN', 'toDecimal', () => toDecimal(Number.NaN), 'invalid_number', ['value']],
  ['toDecimal of Object.create(null)', 'toDecimal', () => toDecimal(bare() as never), 'invalid_number', ['value']],
  ['toDecimal of a symbol', 'toDecimal', () => toDecimal(Symbol('x') as never), 'invalid_number', ['value']],
  // intervals
  ['interval upside down', 'interval', () => interval('2', '1'), 'invalid_interval', []],
  ['interval of junk', 'interval', () => interval('x', '1'), 'invalid_number', ['lo']],
  ['interval with null options', 'interval', () => interval('1', '2', null as never), 'invalid_argument', ['options']],
  ['interval with loOpen "yes"', 'interval', () => interval('1', '2', { loOpen: 'yes' } as never), 'invalid_argument', ['options', 'loOpen']],
  ['interval past the limits', 'interval', () => interval('1', '1e1001'), 'out_of_range', ['hi']],
  ['point of null', 'point', () => point(null as never), 'invalid_number', ['x']],
  ['intervalFromJSON of null', 'intervalFromJSON', () => intervalFromJSON(null as never), 'invalid_argument', ['json']],
  ['intervalFromJSON with a JSON number', 'intervalFromJSON', () => intervalFromJSON({ lo: 1, hi: '2', loOpen: false, hiOpen: false } as never), 'invalid_argument', ['json', 'lo']],
  ['intervalFromJSON upside down', 'intervalFromJSON', () => intervalFromJSON({ lo: '2', hi: '1', loOpen: false, hiOpen: false }), 'invalid_interval', ['json']],
  ['intervalFromJSON of 1e5000', 'intervalFromJSON', () => intervalFromJSON({ lo: '1e5000', hi: null, loOpen: false, hiOpen: true }), 'out_of_range', ['json', 'lo']],
  ['intervalFromJSON without flags', 'intervalFromJSON', () => intervalFromJSON({ lo: '1', hi: '2' } as never), 'invalid_argument', ['json', 'loOpen']],
  ['formatInterval of null', 'formatInterval', () => formatInterval(null as never), 'invalid_argument', ['x']],
  ['formatInterval of 0 digits', 'formatInterval', () => formatInterval(iv, { significantDigits: 0 }), 'invalid_argument', ['options', 'significantDigits']],
  ['formatInterval with null options', 'formatInterval', () => formatInterval(iv, null as never), 'invalid_argument', ['options']],
  ['add null', 'add', () => add(iv, null as never), 'invalid_argument', ['y']],
  ['add Object.create(null)', 'add', () => add(bare() as never, iv), 'invalid_argument', ['x', 'lo']],
  ['subtract an empty interval', 'subtract', () => subtract(iv, raw(d('2'), d('1'))), 'invalid_interval', ['y']],
  ['multiply by an end of 1e2000', 'multiply', () => multiply(iv, raw(d('1'), d('1e2000'))), 'out_of_range', ['y', 'hi']],
  ['divide {}', 'divide', () => divide({} as never, iv), 'invalid_argument', ['x', 'lo']],
  ['negate a string', 'negate', () => negate('1' as never), 'invalid_argument', ['x']],
  ['powPositive to the 0th', 'powPositive', () => powPositive(iv, 0), 'invalid_argument', ['exponent']],
  ['powPositive to junk', 'powPositive', () => powPositive(iv, 'x'), 'invalid_number', ['exponent']],
  ['intersect with a number', 'intersect', () => intersect(iv, 5 as never), 'invalid_argument', ['y']],
  ['hull of null', 'hull', () => hull(null as never, iv), 'invalid_argument', ['x']],
  ['overlaps a figure text', 'overlaps', () => overlaps(iv, '13.36%' as never), 'invalid_argument', ['y']],
  ['contains junk', 'contains', () => contains(iv, 'x'), 'invalid_number', ['value']],
  ['contains {}', 'contains', () => contains(iv, {} as never), 'invalid_argument', ['value', 'lo']],
  ['width of undefined', 'width', () => width(undefined as never), 'invalid_argument', ['x']],
  ['midpoint of an array', 'midpoint', () => midpoint([] as never), 'invalid_argument', ['x']],
  ['distance with loOpen "no"', 'distance', () => distance(iv, raw(d('1'), d('2'), 'no')), 'invalid_argument', ['y', 'loOpen']],
  ['intervalToJSON of null', 'intervalToJSON', () => intervalToJSON(null as never), 'invalid_argument', ['x']],
  ['isBounded of null', 'isBounded', () => isBounded(null as never), 'invalid_argument', ['x']],
  ['isPoint of 5', 'isPoint', () => isPoint(5 as never), 'invalid_argument', ['x']],
  // figures
  ['parseFigure of a number', 'parseFigure', () => parseFigure(5 as never), 'unparseable_figure', ['text']],
  ['parseFigure of 1001 digits', 'parseFigure', () => parseFigure(`${'9'.repeat(1001)}亿元`), 'out_of_range', ['text']],
  ['parseFigure of 1200 numerals', 'parseFigure', () => parseFigure(`${'一'.repeat(1200)}元`), 'out_of_range', ['text']],
  ['parseFigure with null options', 'parseFigure', () => parseFigure('1亿元', null as never), 'invalid_argument', ['options']],
  ['parseFigure with billion "x"', 'parseFigure', () => parseFigure('1亿元', { billion: 'x' } as never), 'invalid_argument', ['options', 'billion']],
  ['parseFigure with a negative offset', 'parseFigure', () => parseFigure('1亿元', { offset: -1 }), 'invalid_argument', ['options', 'offset']],
  ['intervalOf null', 'intervalOf', () => intervalOf(null as never), 'invalid_argument', ['figure']],
  ['intervalOf a figure text', 'intervalOf', () => intervalOf('13.36%' as never), 'invalid_argument', ['figure']],
  ['intervalOf a figure with unit {}', 'intervalOf', () => intervalOf({ ...f, unit: {} } as never), 'invalid_argument', ['figure', 'unit', 'symbol']],
  ['intervalOf a figure with decimals "x"', 'intervalOf', () => intervalOf({ ...f, decimals: 'x' } as never), 'invalid_argument', ['figure', 'decimals']],
  ['intervalOf a figure with an unknown qualifier', 'intervalOf', () => intervalOf({ ...f, qualifier: 'roughly' } as never), 'invalid_argument', ['figure', 'qualifier']],
  ['intervalOf a figure of 1e5000', 'intervalOf', () => intervalOf({ ...f, value: d('1e5000') }), 'invalid_argument', ['figure', 'value']],
  ['intervalOf with null options', 'intervalOf', () => intervalOf(f, null as never), 'invalid_argument', ['options']],
  ['intervalOf rounding "sometimes"', 'intervalOf', () => intervalOf(f, { rounding: 'sometimes' } as never), 'invalid_argument', ['options', 'rounding']],
  ['intervalOf about 5', 'intervalOf', () => intervalOf(f, { about: 5 } as never), 'invalid_argument', ['options', 'about']],
  ['intervalOf a negative tolerance', 'intervalOf', () => intervalOf(f, { about: { relative: '-1' } }), 'invalid_argument', ['options', 'about', 'relative']],
  ['halfStep of null', 'halfStep', () => halfStep(null as never), 'invalid_argument', ['figure']],
  ['andMoreStep of {}', 'andMoreStep', () => andMoreStep({} as never), 'invalid_argument', ['figure', 'value']],
  ['formatFigure of null', 'formatFigure', () => formatFigure(null as never), 'invalid_argument', ['figure']],
  ['formatFigure in French', 'formatFigure', () => formatFigure(f, { lang: 'fr' } as never), 'invalid_argument', ['options', 'lang']],
  ['figureToJSON of Object.create(null)', 'figureToJSON', () => figureToJSON(bare() as never), 'invalid_argument', ['figure', 'value']],
  ['normalizeFigureText of 5', 'normalizeFigureText', () => normalizeFigureText(5 as never), 'invalid_argument', ['text']],
  // calculators
  ['growthRate of -1e900000000 (was out of heap)', 'growthRate', () => growthRate('-1e900000000', '1'), 'out_of_range', ['base']],
  ['growthRate to 1e400000000 (hung)', 'growthRate', () => growthRate('1', '1e400000000'), 'out_of_range', ['current']],
  ['growthRate of 1e99999999999999999 (was −100)', 'growthRate', () => growthRate('1e99999999999999999', '1'), 'out_of_range', ['base']],
  ['growthRate of null', 'growthRate', () => growthRate(null as never, '1'), 'invalid_number', ['base']],
  ['growthRate of Object.create(null)', 'growthRate', () => growthRate(bare() as never, '1'), 'invalid_argument', ['base']],
  ['growthRate with null options', 'growthRate', () => growthRate(money, money, null as never), 'invalid_argument', ['options']],
  ['growthRate of a figure with unit {}', 'growthRate', () => growthRate({ ...money, unit: {} } as never, money), 'invalid_argument', ['base', 'unit', 'symbol']],
  ['applyGrowth at an array', 'applyGrowth', () => applyGrowth('1', [1] as never), 'invalid_argument', ['rate']],
  ['baseFromGrowth from an empty interval', 'baseFromGrowth', () => baseFromGrowth('1', raw(d('2'), d('1'))), 'invalid_interval', ['rate']],
  ['increment from undefined', 'increment', () => increment(undefined as never, '1'), 'invalid_number', ['base']],
  ['share of a symbol', 'share', () => share('1', Symbol('x') as never), 'invalid_number', ['total']],
  ['shareChange with a null total', 'shareChange', () => shareChange('1', '2', '1', null as never), 'invalid_number', ['totalAfter']],
  ['ppGap of {}', 'ppGap', () => ppGap({} as never, '1'), 'invalid_argument', ['a']],
  ['ratio over 1e1001', 'ratio', () => ratio('1', '1e1001'), 'out_of_range', ['denominator']],
  ['times NaN', 'times', () => times('1', Number.NaN), 'invalid_number', ['b']],
  ['sumOf null', 'sumOf', () => sumOf(null as never), 'invalid_argument', ['parts']],
  ['sumOf with a null part', 'sumOf', () => sumOf(['1', null as never]), 'invalid_number', ['parts', 1]],
  // eslint-disable-next-line no-sparse-arrays
  ['sumOf with a hole', 'sumOf', () => sumOf([, '1'] as never), 'invalid_number', ['parts', 0]],
  ['averageGrowth of a string', 'averageGrowth', () => averageGrowth('x' as never), 'invalid_argument', ['rates']],
  ['cagr over 1e5000 periods', 'cagr', () => cagr('1', '2', '1e5000'), 'out_of_range', ['periods']],
  ['compound beyond any number', 'compound', () => compound('1', '100', '1e900'), 'non_finite', ['periods']],
  ['growthRateSince from null', 'growthRateSince', () => growthRateSince(null as never, { value: '2', date: '2025-06-30' }, 'ytd'), 'invalid_argument', ['base']],
  ['growthRateSince to a bad date', 'growthRateSince', () => growthRateSince({ value: '1', date: '2024-12-31' }, { value: '2', date: 'x' }, 'ytd'), 'invalid_date', ['current', 'date']],
  ['growthRateSince weekly', 'growthRateSince', () => growthRateSince({ value: '1', date: '2024-12-31' }, { value: '2', date: '2025-06-30' }, 'weekly' as never), 'invalid_argument', ['basis']],
  ['growthRateWith without an arithmetic', 'growthRateWith', () => growthRateWith(null as never, 1, 2), 'invalid_argument', ['A']],
  ['applyGrowthWith {}', 'applyGrowthWith', () => applyGrowthWith({} as never, 1, 2), 'invalid_argument', ['A']],
  ['baseFromGrowthWith 5', 'baseFromGrowthWith', () => baseFromGrowthWith(5 as never, 1, 2), 'invalid_argument', ['A']],
  ['incrementWith null', 'incrementWith', () => incrementWith(null as never, 1, 2), 'invalid_argument', ['A']],
  ['shareWith null', 'shareWith', () => shareWith(null as never, 1, 2), 'invalid_argument', ['A']],
  ['shareChangeWith null', 'shareChangeWith', () => shareChangeWith(null as never, 1, 2, 3, 4), 'invalid_argument', ['A']],
  ['ppGapWith null', 'ppGapWith', () => ppGapWith(null as never, 1, 2), 'invalid_argument', ['A']],
  ['timesWith null', 'timesWith', () => timesWith(null as never, 1, 2), 'invalid_argument', ['A']],
  ['averageWith a string', 'averageWith', () => averageWith(A, 'x' as never), 'invalid_argument', ['values']],
  ['sumWith null', 'sumWith', () => sumWith(A, null as never), 'invalid_argument', ['parts']],
  ['cagrWith junk periods', 'cagrWith', () => cagrWith(A, d('1'), d('2'), 'x' as never), 'invalid_number', ['periods']],
  ['compoundWith null', 'compoundWith', () => compoundWith(null as never, 1, 2, d('1')), 'invalid_argument', ['A']],
  ['exactArithmetic.add null', 'exactArithmetic', () => exactArithmetic.add(null as never, d('1')), 'invalid_number', ['a']],
  ['intervalArithmetic.add null', 'intervalArithmetic', () => intervalArithmetic.add(iv, null as never), 'invalid_argument', ['b']],
  // dates
  ['toDate of null', 'toDate', () => toDate(null as never), 'invalid_date', ['date']],
  ['toDate of 30 February', 'toDate', () => toDate('2025-02-30'), 'invalid_date', ['date']],
  ['toDate of a megabyte', 'toDate', () => toDate('2'.repeat(1_000_000)), 'invalid_date', ['date']],
  ['formatDate of a string', 'formatDate', () => formatDate('2025-01-01' as never), 'invalid_date', ['date']],
  ['baseDate weekly', 'baseDate', () => baseDate('2025-06-30', 'weekly' as never), 'invalid_argument', ['basis']],
  ['baseDate of Object.create(null)', 'baseDate', () => baseDate(bare() as never, 'ytd'), 'invalid_date', ['asOf']],
  // domain
  ['parseWith without a schema', 'parseWith', () => parseWith(null as never, {}, 'x'), 'invalid_argument', ['schema']],
  ['parseWith a decimal of 2000 digits', 'parseWith', () => parseWith(DecimalCodec, '1'.repeat(2000), 'a decimal'), 'invalid_data', []],
  ['safeParseWith without a name', 'safeParseWith', () => safeParseWith(DocumentDataSchema, {}, 5 as never), 'invalid_argument', ['what']],
  ['findIndicator in null', 'findIndicator', () => findIndicator(null as never, 'x'), 'invalid_argument', ['catalog']],
  ['findIndicator of 5', 'findIndicator', () => findIndicator([], 5 as never), 'invalid_argument', ['name']],
  ['holderKey of null', 'holderKey', () => holderKey(null as never), 'invalid_argument', ['holder']],
  ['observationDate of {}', 'observationDate', () => observationDate({} as never), 'invalid_argument', ['observation']],
  ['loanPortfolio of null', 'loanPortfolio', () => loanPortfolio(null as never, { region: '370700' }, '2025-06-30'), 'invalid_data', []],
  ['loanPortfolio at 5', 'loanPortfolio', () => loanPortfolio([], { region: '370700' }, 5 as never), 'invalid_argument', ['date']],
  ['implications of null', 'implications', () => implications(null as never), 'invalid_data', []],
  ['implications with billion "x"', 'implications', () => implications(portfolio, { parse: { billion: 'x' } } as never), 'invalid_argument', ['options', 'parse', 'billion']],
  ['resolveRegion in null', 'resolveRegion', () => resolveRegion(null as never, 'x'), 'invalid_argument', ['catalog']],
  ['resolveRegion of 5', 'resolveRegion', () => resolveRegion({ regions: [], ambiguousNames: [] }, 5 as never), 'invalid_argument', ['nameOrCode']],
  ['figureCodec with zhao "x"', 'figureCodec', () => figureCodec({ zhao: 'x' } as never), 'invalid_argument', ['options', 'zhao']],
  // dates a text leaves without their year, the status of a report
  ['compareDates of 5', 'compareDates', () => compareDates(5 as never, '2025-06-30'), 'invalid_argument', ['a']],
  ['describeDate of null', 'describeDate', () => describeDate(null as never), 'invalid_argument', ['date']],
  ['describeDate in French', 'describeDate', () => describeDate('Y-06-30', 'fr' as never), 'invalid_argument', ['lang']],
  ['basisBetween of a Date', 'basisBetween', () => basisBetween(new Date() as never, '2025-06-30'), 'invalid_argument', ['asOf']],
  ['parseOptions with no schema', 'parseOptions', () => parseOptions(null as never, {}, 'f'), 'invalid_argument', ['schema']],
  ['reportStatus of null', 'reportStatus', () => reportStatus(null as never), 'invalid_argument', ['input']],
  ['reportStatus without coverage', 'reportStatus', () => reportStatus({ inconsistent: false } as never), 'invalid_argument', ['input', 'coverage']],
  ['coverageOf of read -1', 'coverageOf', () => coverageOf({ read: -1, unparsed: [], verdicts: [] }), 'invalid_argument', ['input', 'read']],
  ['isUnreadFigure of 5', 'isUnreadFigure', () => isUnreadFigure(5 as never), 'invalid_argument', ['mention']],
  ['isSkippedTableCell without a reason', 'isSkippedTableCell', () => isSkippedTableCell({} as never), 'invalid_argument', ['mention', 'reason']],
  // the checker
  ['checkClaims of null', 'checkClaims', () => checkClaims(null as never), 'invalid_argument', ['claims']],
  ['checkClaims: a figure with unit {}', 'checkClaims', () => checkClaims([{ ...claim, figure: { ...money, unit: {} } } as never]), 'invalid_data', ['claims', 0, 'figure', 'unit', 'symbol']],
  ['checkClaims: a figure with decimals "x"', 'checkClaims', () => checkClaims([{ ...claim, figure: { ...money, decimals: 'x' } } as never]), 'invalid_data', ['claims', 0, 'figure', 'decimals']],
  ['checkClaims: of Object.create(null)', 'checkClaims', () => checkClaims([{ ...claim, of: bare() } as never]), 'invalid_data', ['claims', 0, 'of']],
  ['checkClaims: a claim that is null', 'checkClaims', () => checkClaims([null as never]), 'invalid_data', ['claims', 0]],
  ['checkClaims with null options', 'checkClaims', () => checkClaims([claim], null as never), 'invalid_option', ['options']],
  ['checkClaims: a sum without parts', 'checkClaims', () => checkClaims([claim], { sums: [{ total: 'c1' }] as never }), 'invalid_option', ['options', 'sums', 0, 'parts']],
  ['checkClaims in French', 'checkClaims', () => checkClaims([claim], { lang: 'fr' as never }), 'invalid_option', ['options', 'lang']],
  ['checkClaims with a flow slack of "x"', 'checkClaims', () => checkClaims([claim], { flowSlack: 'x' }), 'invalid_option', ['options', 'flowSlack']],
  ['checkClaims: a target without an id', 'checkClaims', () => checkClaims([claim], { targets: [{}] as never }), 'invalid_data', ['options', 'targets', 0, 'id']],
  ['checkClaims: unparsed 5', 'checkClaims', () => checkClaims([claim], { unparsed: 5 as never }), 'invalid_option', ['options', 'unparsed']],
  ['checkClaims: a rate-change of level "speed"', 'checkClaims', () => checkClaims([{ ...claim, measure: 'rate-change', basis: 'yoy', rateOf: 'speed' } as never]), 'invalid_data', ['claims', 0, 'rateOf']],
  ['checkClaims: a rate-change of rate basis "weekly"', 'checkClaims', () => checkClaims([{ ...claim, measure: 'rate-change', basis: 'yoy', rateBasis: 'weekly' } as never]), 'invalid_data', ['claims', 0, 'rateBasis']],
  ['checkTargets of null', 'checkTargets', () => checkTargets(null as never, []), 'invalid_argument', ['targets']],
  ['checkTargets against null', 'checkTargets', () => checkTargets([], null as never), 'invalid_argument', ['claims']],
  ['checkTargets in language 5', 'checkTargets', () => checkTargets([], [], { lang: 5 } as never), 'invalid_argument', ['options', 'lang']],
  ['goalInterval of null', 'goalInterval', () => goalInterval(null as never), 'invalid_argument', ['target']],
  ['goalInterval of figure 5', 'goalInterval', () => goalInterval({ figure: 5 } as never), 'invalid_argument', ['target', 'figure']],
  ['checkDocument of null', 'checkDocument', () => checkDocument(null), 'invalid_data', []],
  ['checkDocument with null options', 'checkDocument', () => checkDocument(documents['001'], null as never), 'invalid_option', ['options']],
  ['claimsFromDocument of {}', 'claimsFromDocument', () => claimsFromDocument({} as never), 'invalid_data', ['document']],
  ['Network with null options', 'Network', () => new Network(null as never), 'invalid_argument', ['options']],
  ['Network with a slack of 2', 'Network', () => new Network({ flowSlack: '2' }), 'invalid_argument', ['options', 'flowSlack']],
  ['Network.level of kind "speed"', 'Network.level', () => new Network().level('speed' as never, 'tech-loans', 'text', '2025-09-30'), 'invalid_argument', ['kind']],
  ['Network.levelChange of kind 5', 'Network.levelChange', () => new Network().levelChange(5 as never, 'tech-loans', 'text', '2025-09-30', 'yoy'), 'invalid_argument', ['kind']],
  ['Network.levelGap of kind "share"', 'Network.levelGap', () => new Network().levelGap('share' as never, 'tech-loans', 'total-loans', 'text', '2025-09-30'), 'invalid_argument', ['kind']],
  ['Network.levelGap against benchmark 7', 'Network.levelGap', () => new Network().levelGap('ratio', 'tech-loans', 7 as never, 'text', '2025-09-30'), 'invalid_argument', ['benchmark']],
  ['Network.variableOf null', 'Network', () => new Network().variableOf(null as never), 'invalid_data', ['claim', 0]],
  ['Network.balance of Object.create(null)', 'Network', () => new Network().balance(bare() as never, 'h', '2025-06-30'), 'invalid_argument', ['indicator']],
  ['Network.sum of a string', 'Network', () => new Network().sum('a', 'b' as never, 'c'), 'invalid_argument', ['partKeys']],
  ['Network.averageGrowth since 5', 'Network', () => new Network().averageGrowth('green-loans', 'h', '2024-12-31', 5 as never), 'invalid_argument', ['since']],
  ['Network.averageGrowth over half a year', 'Network', () => new Network().averageGrowth('green-loans', 'h', '2024-12-31', '2024-06-30'), 'invalid_argument', ['since']],
  ['Network.flowGrowth on basis null', 'Network', () => new Network().flowGrowth('green-loans', 'h', '2025-09-30', null as never), 'invalid_argument', ['basis']],
  ['Network.lent over a period without its start', 'Network', () => new Network().lent('green-loans', 'h', { to: '2025-09-30' } as never), 'invalid_argument', ['period.from']],
  ['Network.lentGrowth over a period ending 7', 'Network', () => new Network().lentGrowth('green-loans', 'h', { from: '2025-01-01', to: 7 } as never), 'invalid_argument', ['period.to']],
  ['Network.lentDifference over no period', 'Network', () => new Network().lentDifference('green-loans', 'h', null as never), 'invalid_argument', ['period']],
  ['propagate over null', 'propagate', () => propagate(null as never, new Map()), 'invalid_argument', ['network']],
  ['propagate from {}', 'propagate', () => propagate(new Network(), {} as never), 'invalid_argument', ['initial']],
  ['propagate from a null interval', 'propagate', () => propagate(new Network(), new Map([['x', null as never]])), 'invalid_argument', ['initial', 'x']],
  // the text layer (wupian/extract)
  ['normalizeText of null', 'normalizeText', () => normalizeText(null as never), 'invalid_argument', ['text']],
  ['toOriginalSpan past the end', 'normalizeText', () => normalizeText('x').toOriginalSpan([0, 5]), 'invalid_argument', ['end']],
  ['toOriginalSpan of null', 'normalizeText', () => normalizeText('x').toOriginalSpan(null as never), 'invalid_argument', ['span']],
  ['toOriginal of -1', 'normalizeText', () => normalizeText('x').toOriginal(-1), 'invalid_argument', ['offset']],
  ['fromOriginal past the end', 'normalizeText', () => normalizeText('x').fromOriginal(2), 'invalid_argument', ['offset']],
  ['findMentions of 5', 'findMentions', () => findMentions(5 as never), 'invalid_argument', ['text']],
  ['findMentions with null options', 'findMentions', () => findMentions('1', null as never), 'invalid_argument', ['options']],
  ['findMentions with billion "x"', 'findMentions', () => findMentions('1', { billion: 'x' } as never), 'invalid_argument', ['options', 'billion']],
  ['findMentions on yesterday', 'findMentions', () => findMentions('1', { documentDate: 'yesterday' }), 'invalid_date', ['options', 'documentDate']],
  ['parseAsOf of Object.create(null)', 'parseAsOf', () => parseAsOf(bare() as never), 'invalid_argument', ['text']],
  ['parseAsOf on document date 5', 'parseAsOf', () => parseAsOf('8月末', { documentDate: 5 as never }), 'invalid_date', ['options', 'documentDate']],
  ['splitClauses of null', 'splitClauses', () => splitClauses(null as never), 'invalid_argument', ['text']],
  ['readTables of 5', 'readTables', () => readTables(5 as never), 'invalid_argument', ['text']],
  ['readTables with null options', 'readTables', () => readTables('x', null as never), 'invalid_argument', ['options']],
  ['readTables for region 5', 'readTables', () => readTables('x', { region: 5 } as never), 'invalid_argument', ['options', 'region']],
  ['extractClaims on yesterday', 'extractClaims', () => extractClaims('1', { documentDate: 'yesterday' }), 'invalid_option', ['options', 'documentDate']],
  ['extractClaims with billion "x"', 'extractClaims', () => extractClaims('1 billion yuan', { billion: 'x' } as never), 'invalid_option', ['options', 'billion']],
  ['extractClaims for region 5', 'extractClaims', () => extractClaims('余额1亿元', { region: 5 } as never), 'invalid_option', ['options', 'region']],
  ['checkText in French', 'checkText', () => checkText('x', { lang: 'fr' } as never), 'invalid_option', ['options', 'lang']],
  ['checkText: a sum without parts', 'checkText', () => checkText('x', { sums: [{ total: 'a' }] } as never), 'invalid_option', ['options', 'sums', 0, 'parts']],
  // the claim layer
  ['extractClaims of 5', 'extractClaims', () => extractClaims(5 as never), 'invalid_argument', ['text']],
  ['extractClaims of Object.create(null)', 'extractClaims', () => extractClaims(bare() as never), 'invalid_argument', ['text']],
  ['extractClaims of null', 'extractClaims', () => extractClaims(null as never), 'invalid_argument', ['text']],
  ['extractClaims with null options', 'extractClaims', () => extractClaims('余额1亿元', null as never), 'invalid_option', ['options']],
  ['checkText of 5', 'checkText', () => checkText(5 as never), 'invalid_argument', ['text']],
  ['checkText of null', 'checkText', () => checkText(null as never), 'invalid_argument', ['text']],
  ['checkText with null options', 'checkText', () => checkText('余额1亿元', null as never), 'invalid_option', ['options']],
  ['checkText with targets 5', 'checkText', () => checkText('余额1亿元', { targets: 5 } as never), 'invalid_option', ['options', 'targets']],
  ['notText of 5', 'notText', () => notText(5 as never), 'invalid_argument', ['text']],
  ['regionByCode of 370700 as a number', 'regionByCode', () => regionByCode(370700 as never), 'invalid_argument', ['code']],
  ['extractionToJSON of {}', 'extractionToJSON', () => extractionToJSON({} as never), 'invalid_argument', ['extraction', 'claims']],
  ['guessRegion of 5', 'guessRegion', () => guessRegion(5 as never), 'invalid_argument', ['text']],
  ['guessDocumentDate of null', 'guessDocumentDate', () => guessDocumentDate(null as never), 'invalid_argument', ['text']],
];

function typedError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

function expectTyped(run: () => unknown, code: string, path: readonly (string | number)[]): void {
  const error = typedError(run);
  expect(isWupianError(error), `not a WupianError: ${String(error)}`).toBe(true);
  const e = error as wupian.WupianError;
  expect({ code: e.code, path: e.path }).toEqual({ code, path });
  // No message prints a huge input in full (zod's list of issues may run to a few lines).
  expect(e.message.length).toBeLessThan(1000);
  expect(e.message).not.toMatch(/\d{60}/);
  expect((e.input ?? '').length).toBeLessThanOrEqual(201);
}

describe('bad input: a typed error naming the argument', () => {
  it(`the catalog holds at least 70 cases (${CATALOG.length})`, () => {
    expect(CATALOG.length).toBeGreaterThanOrEqual(70);
  });

  it.each(CATALOG.map((e) => [e[0], e] as const))('%s', (_name, [, , run, code, path]) => {
    expectTyped(run, code, path);
  });

  it('covers every function and class wupian exports', () => {
    // Guards answer booleans and never throw; schemas are zod's (parse them with parseWith);
    // Decimal, DecimalDown and DecimalUp are decimal.js constructors (read values with toDecimal).
    const exempt = new Set(['isRelativeDate', 'isUndated', 'isWupianError', 'isDecimal', 'isInterval', 'isFigure', 'isNonNegative', 'entire', 'safeParseFigure', 'Decimal', 'DecimalDown', 'DecimalUp', 'WupianError']);
    const named = new Set(CATALOG.map((e) => e[1]));
    const functions = Object.entries(wupian).filter(([k, v]) => (typeof v === 'function' || k.endsWith('Arithmetic')) && !k.endsWith('Schema') && k !== 'DecimalCodec' && k !== 'FigureTextSchema');
    const missing = functions.map(([k]) => k).filter((k) => !exempt.has(k) && !named.has(k));
    expect(missing).toEqual([]);
    const extractFunctions = Object.entries(extract).filter(([, v]) => typeof v === 'function').map(([k]) => k);
    expect(extractFunctions.filter((k) => k !== 'isFigureMention' && !named.has(k))).toEqual([]);
  });
});

describe('guards and safe forms never throw', () => {
  const junk: unknown[] = [null, undefined, 5, 'x', {}, Object.create(null), [], Symbol('s'), 10n, () => 1, new Decimal(1), { lo: 1 }];
  it.each([
    ['isWupianError', (v: unknown) => isWupianError(v)],
    ['isDecimal', (v: unknown) => wupian.isDecimal(v)],
    ['isInterval', (v: unknown) => wupian.isInterval(v)],
    ['isFigure', (v: unknown) => wupian.isFigure(v)],
    ['isFigureMention', (v: unknown) => extract.isFigureMention(v as never)],
    ['isNonNegative', (v: unknown) => wupian.isNonNegative(v as never)],
  ])('%s answers false for junk', (_name, guard) => {
    for (const v of junk) expect(guard(v)).toBe(v instanceof Decimal && _name === 'isDecimal');
  });

  it('safeParseFigure answers with the error for junk and for options', () => {
    for (const v of junk) {
      const r = safeParseFigure(v as never);
      expect(r.success).toBe(false);
    }
    const r = safeParseFigure('1亿元', null as never);
    expect(r.success ? null : { code: r.error.code, path: r.error.path }).toEqual({ code: 'invalid_argument', path: ['options'] });
  });

  it('a WupianError takes any details without throwing', () => {
    expect(new wupian.WupianError('invalid_data', 'x', null as never).path).toEqual([]);
    expect(new wupian.WupianError('invalid_data', 'x', { input: 'y'.repeat(10_000) }).input?.length).toBe(201);
  });
});

describe('isWupianError', () => {
  it('recognises a WupianError of another copy of the class, by name and shape', () => {
    // What `instanceof` misses: an error of the CommonJS build caught by ESM code.
    const foreign = Object.assign(new Error('x'), { name: 'WupianError', code: 'base_zero', path: ['base'] });
    expect(foreign instanceof wupian.WupianError).toBe(false);
    expect(isWupianError(foreign)).toBe(true);
    expect(isWupianError(Object.assign(new Error('x'), { name: 'WupianError' }))).toBe(false);
    expect(isWupianError(new TypeError('x'))).toBe(false);
    expect(isWupianError(typedError(() => growthRate('0', '1')))).toBe(true);
  });
});
