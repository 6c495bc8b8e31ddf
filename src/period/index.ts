export { baseDate, toDate, formatDate } from './baseDate.js';
export type { GrowthBasis, DateInput } from './baseDate.js';
