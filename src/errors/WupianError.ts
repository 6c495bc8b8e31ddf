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
  /** The offending input, as text. */
  readonly input?: string;
}

/**
 * The one error class of wupian.
 *
 * @example
 * try { growthRate('0', '5') } catch (e) {
 *   if (e instanceof WupianError) e.code // 'base_zero'
 * }
 */
export class WupianError extends Error {
  /** What went wrong, as a code a program can switch on. */
  readonly code: ErrorCode;
  /** Where: the argument, option, index or JSON path of the offending input. */
  readonly path: readonly (string | number)[];
  /** The offending input, as text. */
  readonly input: string | undefined;

  constructor(code: ErrorCode, message: string, details: WupianErrorDetails = {}) {
    super(message);
    this.name = 'WupianError';
    this.code = code;
    this.path = details.path ?? [];
    this.input = details.input;
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

/** Throws a {@link WupianError} unless `condition` holds. */
export function assert(
  condition: unknown,
  code: ErrorCode,
  message: string,
  details?: WupianErrorDetails,
): asserts condition {
  if (!condition) throw new WupianError(code, message, details);
}

/** Quotes an input for a message, cut short when long. */
export function quote(input: unknown): string {
  const text = String(input);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
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
    if (error instanceof WupianError) return { success: false, error };
    throw error;
  }
}
