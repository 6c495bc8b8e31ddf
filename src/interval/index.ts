export {
  interval, point, entire, isInterval, isBounded, isPoint, add, subtract, negate, multiply, divide,
  powPositive, intersect, hull, overlaps, contains, width, midpoint, distance, intervalToJSON,
  intervalFromJSON, formatInterval,
} from './interval.js';
export type { Interval, IntervalOptions, IntervalJSON, FormatIntervalOptions } from './interval.js';
