import { z } from 'zod';
import { badArgument, stringArg } from '../errors/args.js';
import { ErrorCode, WupianError, type SafeResult } from '../errors/WupianError.js';

/**
 * Validates `input` against a schema; a failure is a WupianError (`invalid_data`)
 * whose message is zod's, prettified, and whose path is the first issue's.
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = safeParseWith(schema, input, what);
  if (!result.success) throw result.error;
  return result.data;
}

/** {@link parseWith} without the exception. */
export function safeParseWith<S extends z.ZodType>(schema: S, input: unknown, what: string): SafeResult<z.output<S>> {
  if (typeof schema !== 'object' || schema === null || typeof (schema as { safeParse?: unknown }).safeParse !== 'function') {
    throw badArgument('parseWith', ['schema'], 'a zod schema (such as DocumentDataSchema)', schema);
  }
  stringArg('parseWith', what, ['what']);
  const result = schema.safeParse(input);
  if (result.success) return { success: true, data: result.data };
  const first = result.error.issues[0];
  const path = (first?.path ?? []).map((p) => (typeof p === 'symbol' ? String(p) : p));
  return {
    success: false,
    error: new WupianError(ErrorCode.InvalidData, `Invalid ${what}:\n${/* @__PURE__ */ z.prettifyError(result.error)}`, { path }),
  };
}
