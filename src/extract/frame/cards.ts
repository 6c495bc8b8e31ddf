// A card of labelled lines under a heading (全省普惠小微贷款⏎截至：2025年6月末⏎余额：4321.5亿元⏎同比增长：13.6%):
// what its lines look like, for the subject reader (which walks back over them to the heading) and the
// sentence loop (which keeps the heading's subject from one labelled figure line to the next).

/** A labelled line whose value is a figure: 余额：4321.5亿元, 同比增长：+13.6%, 截至：2025年6月末. */
export const CARD_FIGURE_LINE = /^[^\S\n]*[\u4e00-\u9fa5（）()]{1,12}[^\S\n]*[:：][^\S\n]*[\d+＋\-－]/;

/** Any line of a card: a short label and its value (截至：2025年6月末, 同比增长：13.6%), or a tag (【数据】). */
export const CARD_LINE = /^[^\S\n]*(?:[\u4e00-\u9fa5（）()]{1,12}[^\S\n]*[:：][^\S\n]*\S[^\n]{0,23}|[【[][^】\]\n]{0,12}[】\]][^\S\n]*)$/;
