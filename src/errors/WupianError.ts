/**
 * The codes of every error wupian raises. An error is data: a `code` a program can
 * switch on, a `path` to the offending input and a message a person can read.
 */
export const ErrorCode = {
  InvalidNumber: 'invalid_number',
  NonFinite: 'non_finite',
  InvalidInterval: 'invalid_interval',
  DivisionByZero: 'division_by_zero',
  BaseZero: 'base_zero',
  NegativeValue: 'negative_value',
  UnitMismatch: 'unit_mismatch',
  UnparseableFigure: 'unparseable_figure',
  InvalidArgument: 'invalid_argument',
  BaseDateMismatch: 'base_date_mismatch',
  InvalidDate: 'invalid_date',
  InvalidData: 'invalid_data',
  InvalidOption: 'invalid_option',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

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
  readonly code: ErrorCode;
  readonly path: readonly (string | number)[];
  readonly input: string | undefined;

  constructor(code: ErrorCode, message: string, details: WupianErrorDetails = {}) {
    super(message);
    this.name = 'WupianError';
    this.code = code;
    this.path = details.path ?? [];
    this.input = details.input;
  }

  toJSON(): { name: string; code: ErrorCode; path: readonly (string | number)[]; message: string; input?: string } {
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

/** `safe` form of a throwing function: a result object instead of an exception. */
export type SafeResult<T> = { success: true; data: T } | { success: false; error: WupianError };

export function safely<T>(run: () => T): SafeResult<T> {
  try {
    return { success: true, data: run() };
  } catch (error) {
    if (error instanceof WupianError) return { success: false, error };
    throw error;
  }
}
