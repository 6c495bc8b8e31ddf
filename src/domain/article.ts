import { z } from 'zod';

/** The five major articles (五篇大文章). */
export const ArticleSchema = /* @__PURE__ */ z.enum(['tech', 'green', 'inclusive', 'pension', 'digital']);
/** One of the five major articles: technology, green, inclusive, pension, digital. */
export type Article = z.infer<typeof ArticleSchema>;

/** One of the five articles with its names. */
export const ArticleInfoSchema = /* @__PURE__ */ z.strictObject({
  /** The article id. */
  id: ArticleSchema,
  /** The Chinese name (绿色金融). */
  name: /* @__PURE__ */ z.string(),
  /** The English name (green finance). */
  nameEn: /* @__PURE__ */ z.string(),
});
/**
 * One of the five articles with its Chinese and English names.
 *
 * @interface
 */
export type ArticleInfo = z.infer<typeof ArticleInfoSchema>;

/**
 * The five articles with their Chinese and English names.
 *
 * @example
 * ARTICLES.find((a) => a.id === 'green')?.name // '绿色金融'
 */
export const ARTICLES: readonly ArticleInfo[] = [
  { id: 'tech', name: '科技金融', nameEn: 'technology finance' },
  { id: 'green', name: '绿色金融', nameEn: 'green finance' },
  { id: 'inclusive', name: '普惠金融', nameEn: 'inclusive finance' },
  { id: 'pension', name: '养老金融', nameEn: 'pension finance' },
  { id: 'digital', name: '数字金融', nameEn: 'digital finance' },
];
