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
  '破',
  '达',
  '近',
  'approximately ',
  'more than ',
  'exceeding ',
  'less than ',
  'exceeded ',
  'exceeds ',
  'exceed ',
  'surpass ',
  'tops ',
  'topped ',
  'passed ',
  'surpassed ',
  'surpasses ',
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

/** Currency marks written before the number: the yuan's, and the US, Hong Kong, Macao and New Taiwan dollars' (US$35.1 billion, 新台币10兆7,709亿元). */
export const CURRENCY_PREFIXES: readonly string[] = ['NT$', 'TWD ', '新台币', '台币', 'RMB ', 'CNY ', '人民币', 'RMB', '¥', 'US$', 'HK$', 'USD ', 'HKD ', 'MOP ', '$', '港币', '港元', '美元'];

/** Marks of a currency wupian does not read: an amount in it is unreadable, never yuan. */
export const FOREIGN_CURRENCY_PREFIXES: readonly string[] = ['EUR ', '€', '£'];
export const FOREIGN_CURRENCY_UNITS: readonly string[] = [
  ' dollars',
  ' euros',
  ' USD',
  ' HKD',
  ' EUR',
  '新加坡元',
  '欧元',
  '日元',
  '日圆',
  '英镑',
  '美金',
  '澳元',
  '韩元',
  '卢布',
];

/** Magnitudes after the number (1.4万亿, 13 billion). */
export const MAGNITUDES: readonly string[] = ['万亿', '千万', '百万', '亿', '万', '兆', '千', ' trillion', ' billion', ' million', ' thousand', ' trln', ' bln', ' mln'];

/** Units after the number or magnitude. */
export const UNITS: readonly string[] = [
  '新台币',
  '台币',
  ' New Taiwan dollars',
  ' NT dollars',
  ' percentage points',
  ' percentage point',
  ' pct points',
  ' pct',
  ' Hong Kong dollars',
  ' U.S. dollars',
  ' US dollars',
  ' patacas',
  '美元',
  '港元',
  '港币',
  '澳门元',
  '澳门币',
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
  '部门',
  '种',
].sort((a, b) => b.length - a.length);

/**
 * Classifiers read only after a small Chinese numeral (二 to 九十九, no magnitude): 四方合作,
 * 三级政府, 四大主导产业. After digits they mean something else (1000方 of earth, 2024级
 * students, 2024大湾区), so they are not in {@link UNITS}.
 */
export const NUMERAL_UNITS: readonly string[] = ['方', '大', '级'];

/**
 * What, right after a unit, makes it the first character of another word: 三方面, 三大力,
 * 两种植, 二级市场. A unit followed by one of these is not read (nor is the number, if it
 * is a Chinese numeral). Bounded lists: a few startsWith per candidate unit.
 */
export const UNIT_NOT_BEFORE: Readonly<Record<string, readonly string[]>> = {
  // 方面, 方案, 方式, 方向, 方法, 方针, 方位, 方便, 方言, 方略, 方程, 方舱, 方阵, 平方米, 方圆, 方剂, 方块
  方: ['面', '案', '式', '向', '法', '针', '位', '便', '言', '略', '程', '舱', '阵', '米', '圆', '剂', '块'],
  // 大力, 大幅, 大会(战), 大型, 大中型, 大中小, 大额, 大量, 大约, 大概, 大于, 大批, 大多数, 大步, 大数据, 大规模, 大宗, 大山
  大: ['力', '幅', '会', '型', '中型', '中小', '额', '量', '约', '概', '于', '批', '多数', '步', '数据', '规模', '宗', '山'],
  // 种植, 种子, 种业, 种养, 种苗, 种粮, 种源, 种猪, 种禽, 种畜, 种质
  种: ['植', '子', '业', '养', '苗', '粮', '源', '猪', '禽', '畜', '质'],
  // 二级市场, 三级医院, 二级资质, 三级标准, 五级分类, 二级分行/支行, 三级指标, 三级甲等, 三级以上 (ranks, not counts)
  级: ['市场', '医院', '资质', '标准', '分类', '分行', '支行', '指标', '甲等', '乙等', '以上', '以下', '及以上', '及以下'],
};

/** Units that count things: after a lone 一 they are the article "a", not a statistic (一个, 一次性, 一项项, 一方面, 一大批, 一种). */
export const COUNTING_UNITS = '户家个张笔项条人名次处只亩吨天元成部门种方大级';

/**
 * English number words read as counts ("Twelve enterprises", "ten departments", "top
 * fifty"), with their values; tens may take a hyphenated unit (twenty-five). "one" is left
 * out: it is a pronoun or the article far more often than a count.
 */
export const COUNT_WORDS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** The unit words a tens word takes after a hyphen (twenty-five). */
export const COUNT_WORD_ONES: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };

/** Words that make a number word part of a longer number (two hundred, three thousand five). */
export const NUMBER_WORDS: readonly string[] = [
  ...Object.keys(COUNT_WORDS),
  'zero',
  'one',
  'hundred',
  'hundreds',
  'thousand',
  'thousands',
  'million',
  'millions',
  'billion',
  'billions',
  'trillion',
  'trillions',
  'dozen',
  'dozens',
];

/** Words after a number word that make it a fraction (two thirds, three quarters), not a count. */
export const FRACTION_WORDS: readonly string[] = [
  'half',
  'halves',
  'third',
  'thirds',
  'quarter',
  'quarters',
  'fourth',
  'fourths',
  'fifth',
  'fifths',
  'sixth',
  'sixths',
  'seventh',
  'sevenths',
  'eighth',
  'eighths',
  'ninth',
  'ninths',
  'tenth',
  'tenths',
  'hundredth',
  'hundredths',
  'thousandth',
  'thousandths',
];

/** Words before a number word that make it a label or an ordinal (Group Two, Article Three, Tier Two), not a count. */
export const LABEL_WORDS: readonly string[] = [
  'group',
  'part',
  'section',
  'chapter',
  'article',
  'item',
  'step',
  'phase',
  'round',
  'table',
  'figure',
  'annex',
  'appendix',
  'no',
  'number',
  'tier',
  'level',
  'grade',
  'class',
  'stage',
  'page',
  'line',
  'row',
  'column',
  'volume',
  'vol',
  'year',
];

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
