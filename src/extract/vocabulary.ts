// The words around a number that belong to its figure, as the mention finder looks for
// them in running text. They mirror what `parseFigure` reads (which decides what they
// mean); this module only finds where a figure's text starts and ends. Longest first.

/** Qualifiers written before the number (超30亿元, more than 1,000). English ones end with their space. */
export const PREFIX_QUALIFIERS: readonly string[] = [
  '不低于',
  '不少于',
  '不超过',
  '不高于',
  '超过',
  '多于',
  '突破',
  '至少',
  '达到',
  '将近',
  '接近',
  '不足',
  '不到',
  '少于',
  '至多',
  '最高',
  '最多',
  '大约',
  '约',
  '超',
  '逾',
  '达',
  '近',
  'approximately ',
  'more than ',
  'exceeding ',
  'less than ',
  'exceeded ',
  'reaching ',
  'at least ',
  'at most ',
  'reached ',
  'roughly ',
  'nearly ',
  'almost ',
  'around ',
  'above ',
  'about ',
  'under ',
  'up to ',
  'over ',
].sort((a, b) => b.length - a.length);

/** Currency marks written before the number. */
export const CURRENCY_PREFIXES: readonly string[] = ['RMB ', 'CNY ', '人民币', 'RMB', '¥'];

/** Marks of a currency wupian does not convert: an amount in it is not read as yuan. */
export const FOREIGN_CURRENCY_PREFIXES: readonly string[] = ['US$', 'HK$', 'USD ', 'HKD ', 'EUR ', '$', '€', '£'];
export const FOREIGN_CURRENCY_UNITS: readonly string[] = [
  ' US dollars',
  ' dollars',
  ' euros',
  ' USD',
  ' HKD',
  ' EUR',
  '美元',
  '港元',
  '港币',
  '欧元',
  '日元',
  '英镑',
  '美金',
];

/** Magnitudes after the number (1.4万亿, 13 billion). */
export const MAGNITUDES: readonly string[] = ['万亿', '千万', '百万', '亿', '万', '兆', '千', ' trillion', ' billion', ' million', ' thousand'];

/** Units after the number or magnitude. */
export const UNITS: readonly string[] = [
  ' percentage points',
  ' percentage point',
  ' basis points',
  ' per cent',
  ' percent',
  '个百分点',
  '个工作日',
  '个基点',
  '元人民币',
  '百分点',
  ' yuan',
  '基点',
  ' pp',
  ' bp',
  '%',
  '元',
  '倍',
  '成',
  '户',
  '家',
  '个',
  '张',
  '笔',
  '项',
  '条',
  '人',
  '名',
  '次',
  '处',
  '只',
  '亩',
  '吨',
  '天',
].sort((a, b) => b.length - a.length);

/** Units that count things: after a lone 一 they are the article "a", not a statistic (一个, 一次性, 一项项). */
export const COUNTING_UNITS = '户家个张笔项条人名次处只亩吨天元成';

/** Qualifiers written after the figure (80%以上). */
export const SUFFIX_QUALIFIERS: readonly string[] = ['(含)以上', '(含)以下', '及以上', '及以下', ' and above', ' or more', ' or less', '以上', '以下', '以内', '左右'];

/** What separates the items of a list sharing one unit (分别为6.47和2.29万亿元; 3-5%). */
export const LIST_SEPARATORS: readonly string[] = [', and ', ' and ', ', ', ' or ', ' to ', '以及', '、', ',', '，', '和', '与', '及', '或', '至', '到', '-', '—', '–', '~', '～'];

/** Words before a figure that make a quantity indefinite (数百家, 几十亿元). */
export const INDEFINITE_PREFIXES = '数几';

/** English month names, for dates such as "June 2025" and "end of August". */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** The alternation of month names for regular expressions, longest first. */
export const MONTH_PATTERN = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
