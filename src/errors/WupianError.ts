/**
 * The codes of every error wupian raises. An error is data: a `code` a program can
 * switch on, a `path` to the offending input and a message a person can read.
 */
export const ErrorCode = {
  /** `invalid_number`: not a decimal number (NaN, '', '12..3'). */
  InvalidNumber: 'invalid_number',
  /** `non_finite`: Infinity where a finite value is needed. */
  NonFinite: 'non_finite',
  /** `invalid_interval`: an interval whose lower end is above its upper end. */
  InvalidInterval: 'invalid_interval',
  /** `division_by_zero`: an exact division by zero. */
  DivisionByZero: 'division_by_zero',
  /** `base_zero`: a growth rate or share over a base of 0. */
  BaseZero: 'base_zero',
  /** `negative_value`: a negative balance, count or tolerance. */
  NegativeValue: 'negative_value',
  /** `unit_mismatch`: figures of different dimensions combined (亿元 and %). */
  UnitMismatch: 'unit_mismatch',
  /** `unparseable_figure`: a text parseFigure cannot read as a figure. */
  UnparseableFigure: 'unparseable_figure',
  /** `invalid_argument`: an argument of the wrong kind or out of range. */
  InvalidArgument: 'invalid_argument',
  /** `base_date_mismatch`: a base whose date does not fit the basis (较年初 not at the previous year-end). */
  BaseDateMismatch: 'base_date_mismatch',
  /** `invalid_date`: not a real date. */
  InvalidDate: 'invalid_date',
  /** `invalid_data`: JSON that does not match its schema. */
  InvalidData: 'invalid_data',
  /** `invalid_option`: an unknown option, or an option with a bad value. */
  InvalidOption: 'invalid_option',
  /** `out_of_range`: a number beyond LIMITS (more than 1000 digits, or an exponent beyond ±1000). */
  OutOfRange: 'out_of_range',
} as const;

/** The code of a {@link WupianError}. */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A {@link WupianError} as plain JSON. */
export interface WupianErrorJSON {
  /** Always 'WupianError'. */
  readonly name: string;
  /** The error code. */
  readonly code: ErrorCode;
  /** Where the offending input is. */
  readonly path: readonly (string | number)[];
  /** What went wrong, for a person. */
  readonly message: string;
  /** The offending input, as text. */
  readonly input?: string;
}

/** Where an error is and what the offending input was. */
export interface WupianErrorDetails {
  /** Where in the input the problem is: argument name, index or JSON path. */
  readonly path?: readonly (string | number)[];
  /** The offending input, as text (cut to 200 characters). */
  readonly input?: string;
}

/** How much of an offending input a message quotes: the first 40 characters, then '…'. */
export const MESSAGE_LIMIT = 40;
/** How much of an offending input an error keeps in `input`: the first 200 characters, then '…'. */
export const INPUT_LIMIT = 200;

/**
 * The one error class of wupian.
 *
 * Across the ESM and CommonJS builds (or two copies of wupian) `instanceof` can be
 * false for a WupianError: test errors with {@link isWupianError}.
 *
 * @example
 * try { growthRate('0', '5') } catch (e) {
 *   if (isWupianError(e)) e.code // 'base_zero'
 * }
 */
export class WupianError extends Error {
  /** What went wrong, as a code a program can switch on. */
  readonly code: ErrorCode;
  /** Where: the argument, option, index or JSON path of the offending input. */
  readonly path: readonly (string | number)[];
  /** The offending input, as text. */
  readonly input: string | undefined;

  constructor(code: ErrorCode, message: string, details?: WupianErrorDetails) {
    super(message);
    this.name = 'WupianError';
    this.code = code;
    this.path = Array.isArray(details?.path) ? details.path : [];
    this.input = typeof details?.input === 'string' ? abbreviate(details.input, INPUT_LIMIT) : undefined;
  }

  /** The error as plain JSON (name, code, path, message, input). */
  toJSON(): WupianErrorJSON {
    return {
      name: this.name,
      code: this.code,
      path: this.path,
      message: this.message,
      ...(this.input === undefined ? {} : { input: this.input }),
    };
  }
}

/**
 * Whether `value` is a {@link WupianError} — from this copy of wupian or any other: the
 * ESM and CommonJS builds, two installed versions, another realm (a worker, a vm
 * context). `instanceof WupianError` is true only for errors of the very class it names;
 * this guard compares the name and the shape instead, as ky's `isHTTPError` does.
 *
 * @example
 * try { growthRate('0', '5') } catch (e) {
 *   if (isWupianError(e)) e.code // 'base_zero'
 * }
 * isWupianError(new TypeError('x')) // false
 */
export function isWupianError(value: unknown): value is WupianError {
  if (value instanceof WupianError) return true;
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v['name'] === 'WupianError' && typeof v['code'] === 'string' && Array.isArray(v['path']) && typeof v['message'] === 'string';
}

/** Throws a {@link WupianError} unless `condition` holds. */
export function assert(
  condition: unknown,
  code: ErrorCode,
  message: string,
  details?: WupianErrorDetails,
): asserts condition {
  if (!condition) throw new WupianError(code, message, details);
}

/** `text` cut to its first `limit` characters and '…' when longer: no message prints a huge input in full. */
export function abbreviate(text: string, limit: number = MESSAGE_LIMIT): string {
  if (text.length <= limit) return text;
  // Never cut a surrogate pair in two.
  const cut = text.charCodeAt(limit - 1) >= 0xd800 && text.charCodeAt(limit - 1) <= 0xdbff ? limit - 1 : limit;
  return `${text.slice(0, cut)}…`;
}

/**
 * Any value as a short text for a message, without ever throwing: `String()` throws on
 * `Object.create(null)` and on symbols inside templates, `JSON.stringify` on bigints and
 * cycles. Strings are as they are (see {@link quote}); Decimals by their value;
 * objects by their JSON when it is short, else by their kind.
 */
export function describe(value: unknown): string {
  try {
    // Objects by their JSON (a Decimal, whose prototype carries toStringTag, by its value).
    const json = typeof value === 'object' && value !== null && !('toStringTag' in value);
    return abbreviate(json ? (JSON.stringify(value) ?? 'an object') : String(value));
  } catch {
    return `a ${typeof value}`;
  }
}

/** Quotes an input for a message, cut short when long; never throws. */
export function quote(input: unknown): string {
  return JSON.stringify(describe(input));
}

/** The result of a `safe…` function: the data, or the WupianError, instead of an exception. */
export type SafeResult<T> =
  | {
      /** It worked. */
      success: true;
      /** The result. */
      data: T;
    }
  | {
      /** It failed. */
      success: false;
      /** Why. */
      error: WupianError;
    };

/** Runs a function that may throw a WupianError, and returns a {@link SafeResult} instead. */
export function safely<T>(run: () => T): SafeResult<T> {
  try {
    return { success: true, data: run() };
  } catch (error) {
    if (isWupianError(error)) return { success: false, error };
    throw error;
  }
}
