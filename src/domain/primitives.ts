import type { Decimal as DecimalT } from 'decimal.js';
import { z } from 'zod';
import { Decimal, isDecimal } from '../decimal/decimal.js';
import type { Figure } from '../figure/figure.js';
import { isFigure } from '../figure/figure.js';
import { type ParseFigureOptions, parseFigureOptions, safeParseFigure } from '../figure/parseFigure.js';

/**
 * A decimal as a JSON string ("1026.09"): values never travel as JSON numbers. At most
 * 1000 digits (LIMITS), so no decimal read from JSON is out of range.
 */
export const DecimalStringSchema = /* @__PURE__ */ z
  .string()
  .max(1002, { message: 'Expected at most 1000 digits' })
  .regex(/^-?(?:\d+(?:\.\d+)?|\.\d+)$/, { message: 'Expected a decimal string such as "1026.09"' });

/** Decimal string ⇄ Decimal. */
export const DecimalCodec = /* @__PURE__ */ z.codec(DecimalStringSchema, /* @__PURE__ */ z.custom<DecimalT>(isDecimal, { message: 'Expected a Decimal' }), {
  decode: (text) => new Decimal(text),
  encode: (d) => d.toFixed(),
});

/** An ISO calendar date, yyyy-MM-dd. */
export const IsoDateSchema = /* @__PURE__ */ z.iso.date();

/** A period [from, to], both ISO dates. */
export const PeriodSchema = /* @__PURE__ */ z
  .strictObject({
    /** The first day, yyyy-MM-dd. */
    from: IsoDateSchema,
    /** The last day, yyyy-MM-dd. */
    to: IsoDateSchema,
  })
  .refine((p) => p.from <= p.to, { message: 'A period must not end before it starts', path: ['to'] });
/**
 * A period of time: from and to, yyyy-MM-dd.
 *
 * @interface
 */
export type Period = z.infer<typeof PeriodSchema>;

/** A stated figure as its text ("1026.09亿元", "超30亿元"): must be readable by parseFigure. */
export const FigureTextSchema = /* @__PURE__ */ z.string().superRefine((text, ctx) => {
  const result = safeParseFigure(text);
  if (!result.success) ctx.addIssue({ code: 'custom', message: result.error.message });
});

/** Figure text ⇄ Figure. */
export function figureCodec(options: ParseFigureOptions = {}) {
  parseFigureOptions(options, ['options'], 'figureCodec');
  return /* @__PURE__ */ z.codec(FigureTextSchema, /* @__PURE__ */ z.custom<Figure>(isFigure, { message: 'Expected a Figure' }), {
    decode: (text, ctx) => {
      const result = safeParseFigure(text, options);
      if (result.success) return result.data;
      ctx.issues.push({ code: 'custom', message: result.error.message, input: text });
      return z.NEVER;
    },
    encode: (figure) => figure.text,
  });
}

/** A readable id: lower case, digits and hyphens ("001-green-balance"). */
export const IdSchema = /* @__PURE__ */ z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'Expected an id of a-z, 0-9 and -' });
