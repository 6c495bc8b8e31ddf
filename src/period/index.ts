export { baseDate, toDate, formatDate } from './baseDate.js';
export type { GrowthBasis, DateInput } from './baseDate.js';
export { UNDATED, compareDates, describeDate, isRelativeDate, isUndated } from './relative.js';
export { basisBetween } from './basisBetween.js';
