/**
 * wupian (五篇): exact, rounding-aware figures for China's five major articles of
 * finance. Every export is a pure function or a type; the bundled data lives in
 * `wupian/data`, so importing a calculator never loads it.
 *
 * @packageDocumentation
 */
export * from './decimal/index.js';
export * from './interval/index.js';
export * from './figure/index.js';
export * from './calc/index.js';
export * from './period/index.js';
export { WupianError, ErrorCode, isWupianError } from './errors/WupianError.js';
export type { SafeResult, WupianErrorDetails, WupianErrorJSON } from './errors/WupianError.js';
export * from './domain/index.js';
export * from './check/index.js';
