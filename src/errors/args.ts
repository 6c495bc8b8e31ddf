import { ErrorCode, WupianError, describe } from './WupianError.js';

/** Where an argument is: its name, then keys and indexes inside it. */
export type Path = readonly (string | number)[];

/**
 * The error for an argument that is not what a public function takes: names the
 * function, the argument (its path) and what it got, abbreviated.
 */
export function badArgument(caller: string, path: Path, expected: string, got: unknown, code: ErrorCode = ErrorCode.InvalidArgument): WupianError {
  const input = describe(got);
  return new WupianError(code, `${caller}: ${path.join('.')} must be ${expected}, got ${typeof got === 'string' ? JSON.stringify(input) : input}.`, { path, input });
}

/**
 * The options argument of a public function: `undefined` is `{}`; anything but a plain
 * object (null, a string, an array) is refused by name.
 */
export function optionsArg<T extends object>(caller: string, options: unknown, path: Path = ['options']): T {
  if (options === undefined) return {} as T;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw badArgument(caller, path, 'an object of options', options);
  return options as T;
}

/** A string argument. */
export function stringArg(caller: string, value: unknown, path: Path): string {
  if (typeof value !== 'string') throw badArgument(caller, path, 'a string', value);
  return value;
}

/** An optional option that must be one of `allowed` when given. */
export function oneOfOption<T extends string>(caller: string, value: unknown, path: Path, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw badArgument(caller, path, `one of ${allowed.map((a) => `'${a}'`).join(', ')}`, value);
  }
  return value as T;
}

/** An optional option that must be a whole number in [min, max] when given. */
export function integerOption(caller: string, value: unknown, path: Path, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw badArgument(caller, path, `a whole number from ${min} to ${max}`, value);
  }
  return value;
}

/** An optional option that must be a string when given. */
export function stringOption(caller: string, value: unknown, path: Path): string | undefined {
  if (value === undefined) return undefined;
  return stringArg(caller, value, path);
}

/** An optional option that must be a boolean when given. */
export function booleanOption(caller: string, value: unknown, path: Path): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw badArgument(caller, path, 'true or false', value);
  return value;
}

/** An array argument. */
export function arrayArg(caller: string, value: unknown, path: Path): readonly unknown[] {
  if (!Array.isArray(value)) throw badArgument(caller, path, 'an array', value);
  return value;
}

/** A plain-object argument (not null, not an array). */
export function objectArg(caller: string, value: unknown, path: Path, expected = 'an object'): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badArgument(caller, path, expected, value);
  return value as Record<string, unknown>;
}
