export { interval, point, entire, isInterval, intervalFromJSON } from './interval.js';
export {
  isBounded, isPoint, add, subtract, negate, multiply, divide, powPositive, intersect, hull, overlaps, contains, width,
  midpoint, distance, intervalToJSON, formatInterval,
} from './checked.js';
export type { Interval, IntervalOptions, IntervalJSON, FormatIntervalOptions } from './interval.js';
