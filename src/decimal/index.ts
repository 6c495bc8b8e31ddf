export { Decimal, DecimalDown, DecimalUp, toDecimal, isDecimal, ZERO, ONE, HUNDRED } from './decimal.js';
export type { DecimalInput } from './decimal.js';
