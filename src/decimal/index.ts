export { Decimal, DecimalDown, DecimalUp, toDecimal, isDecimal, ZERO, ONE, HUNDRED, LIMITS } from './decimal.js';
export type { DecimalInput } from './decimal.js';
