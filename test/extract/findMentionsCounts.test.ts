import { describe, expect, it } from 'vitest';
import { findMentions, isFigureMention } from '../../src/extract/index.js';
import { mentionsOf } from './helpers.js';

// Counts the seed documents state with a classifier or an English number word, and that
// the dataset encodes as figures (四方, 十部门, "Twelve enterprises", "top fifty"); and the
// words that look like them but are not counts.

const DOC = { documentDate: '2025-09-02' } as const;

describe('findMentions: counts with a Chinese classifier', () => {
  it.each([
    // 部门
    ['湖北:十部门建立科技金融统筹推进机制', ['figure 十部门 = 10 部门 exact']],
    ['湖北八部门联合发文推动科技产业创新', ['figure 八部门 = 8 部门 exact']],
    ['联合10部门印发', ['figure 10部门 = 10 部门 exact']],
    ['近十部门参与', ['figure 近十部门 = 10 部门 under']],
    // 方
    ['推动“银行+担保+创投+企业”四方合作', ['figure 四方 = 4 方 exact']],
    ['实现企业、农户、银行三方共赢', ['figure 三方 = 3 方 exact']],
    // 大
    ['重点加大对市中区四大主导产业的支持力度', ['figure 四大 = 4 大 exact']],
    // …but a group of banks named by their number is a name (五大行, 四大全国性商业银行), not a count the text states
    ['五大行', ['name 五大']],
    ['四大全国性商业银行1276.54亿元', ['name 四大', 'figure 1276.54亿元 = 127654000000 亿元 exact']],
    ['打造三大中心', ['figure 三大 = 3 大 exact']],
    ['十大产业', ['figure 十大 = 10 大 exact']],
    // 种
    ['创新了数字信用凭据、合作贷款及e链快贷等三种新型融资工具', ['figure 三种 = 3 种 exact']],
    ['提供3种产品', ['figure 3种 = 3 种 exact']],
    ['推出十多种产品', ['figure 十多种 = 10 种 and-more']],
    // 级
    ['省、市、区三级政府引导基金最高共同出资比例放宽至60%', ['figure 三级 = 3 级 exact', 'figure 60% = 60 % exact']],
    ['市区两级建立合作长效机制', ['figure 两级 = 2 级 exact']],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text, DOC)).toEqual(expected);
  });

  it.each([
    // 方: a lone 一 is the article; 方 starting another word; idioms
    ['一方面', '一方面，另一方面'],
    ['方面', '两方面，三方面，四方面'],
    ['方案, 方式, 方向, 方法, 方针, 方位', '三方案，四方式，五方向，六方法，七方针，八方位'],
    ['idioms with 方', '四面八方，千方百计'],
    ['第三方 (an ordinal)', '第三方支付'],
    // 大: the article, adverbs and adjectives beginning with 大
    ['一大批', '一大批项目'],
    ['大会, 大力, 大幅', '三大会战，三大力推进，四大幅增长'],
    ['大型, 大中型, 大额, 大量', '五大型企业，六大中型企业，七大额存单，八大量资金'],
    // 种: 种植, 种子, 种业; the article
    ['种植, 种子, 种业', '三种植户，四种子公司，五种业企业'],
    ['一种', '一种新型融资工具'],
    ['idioms with 种', '千种风情，百种'],
    // 级: markets, hospitals, qualifications, standards, classifications; ranks
    ['二级市场, 一级市场', '二级市场，一级市场'],
    ['三级医院, 资质, 标准, 分类', '三级医院，四级资质，三级标准，五级分类'],
    ['一级, 二级分行, 三级以上', '一级，二级分行，三级以上'],
  ])('%s: no figure', (_name, text) => {
    expect(mentionsOf(text, DOC).filter((line) => line.startsWith('figure'))).toEqual([]);
  });

  it.each([
    ['党的二十大报告提出', ['name 二十大']],
    ['党的十九大以来', ['name 十九大']],
    ['党的八大', ['name 八大']],
    ['十万大山', ['figure 十万 = 100000 万 exact']],
    ['土方1000方', ['unreadable 1000']],
    ['第三方支付', ['ordinal 第三']],
  ])('%s: as before (a name, a magnitude, a bare number, an ordinal)', (text, expected) => {
    expect(mentionsOf(text, DOC)).toEqual(expected);
  });
});

describe('findMentions: counts in English number words', () => {
  it.each([
    ["The People's Bank of China Hubei Branch, along with ten other departments, has launched", ['figure ten = 10 exact']],
    ['The Mechanism consists of ten departments, including the Branch', ['figure ten = 10 exact']],
    ['[1]. - Four specialized working mechanisms have been established', ['reference [1]', 'figure Four = 4 exact']],
    ['the plan consists of four main functions: resource aggregation', ['figure four = 4 exact']],
    [
      '[6][7]. - Twelve enterprises have issued technology innovation bonds totaling 13 billion yuan [7].',
      ['reference [6][7]', 'figure Twelve = 12 exact', 'figure 13 billion yuan = 13000000000 billion yuan exact', 'reference [7]'],
    ],
    ['ranking among the top fifty in both innovation index', ['figure fifty = 50 exact']],
    ['one of the top ten.', ['figure ten = 10 exact']],
    ['twenty-five banks and Twenty-Five branches', ['figure twenty-five = 25 exact', 'figure Twenty-Five = 25 exact']],
    ['TWELVE ENTERPRISES', ['figure TWELVE = 12 exact']],
    ['25 specific measures', ['figure 25 = 25 exact']],
    // The words around a number word belong to its figure, as they do to digits.
    ['more than ten banks', ['figure more than ten = 10 over']],
    ['ten or more banks', ['figure ten or more = 10 at-least']],
    ['ten billion yuan of loans', ['figure ten billion yuan = 10000000000 billion yuan exact']],
    ['ten thousand firms', ['figure ten thousand = 10000 thousand exact']],
    ['between ten and 20 percent', ['figure ten = 10 % exact <- percent', 'figure 20 percent = 20 % exact']],
    ['ten US dollars', ['figure ten US dollars = 10 美元 exact']],
    ['ten euros', ['unreadable ten euros']],
    // A dash before a bullet is not a sign.
    ['-Twelve firms', ['figure Twelve = 12 exact']],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text, DOC)).toEqual(expected);
  });

  it.each([
    ['"one" (a pronoun or the article)', 'one bank, one of them, One Belt'],
    ['no word after it, no "top" before it', 'Ten. Ten, banks. the number was twelve.'],
    ['a longer number', 'two hundred and fifty banks; three thousand five hundred firms; twenty five banks'],
    ['a fraction', 'two thirds of loans, three quarters of them'],
    ['a hyphenated word', 'a three-year plan, two-thirds, ten-fold, the twenty-fifth year, twenty-five-year bonds'],
    ['a label or an ordinal', 'Group Two members, Phase three of the plan, Article Five states, first three quarters'],
    ['a date', 'June twenty was, twenty June'],
    ['a repeated word', 'ten ten ten'],
    ['inside a word or a code', 'often, tension, twelvefold, ten5'],
  ])('%s: no figure', (_name, text) => {
    expect(mentionsOf(text, DOC).filter((line) => line.startsWith('figure'))).toEqual([]);
  });

  it('does not give "top fifty" the unit of a figure after a comma', () => {
    expect(mentionsOf('ranked in the top fifty, 3.79%', DOC)).toEqual(['figure fifty = 50 exact', 'figure 3.79% = 3.79 % exact']);
  });

  it('spans just the number word', () => {
    const text = 'Twelve enterprises rank among the top fifty';
    const figures = findMentions(text).filter(isFigureMention);
    expect(figures.map((m) => [m.span, m.text, m.figure.value.toFixed(), m.figure.unit.symbol])).toEqual([
      [[0, 6], 'Twelve', '12', ''],
      [[38, 43], 'fifty', '50', ''],
    ]);
  });
});

describe('findMentions: counts on adversarial input (correctness only)', () => {
  it.each([
    ['四方面三大力', 200_000, 0, ''],
    ['ten ', 200_000, 0, ''],
    ['twenty-', 200_000, 0, ''],
    ['twenty-five-', 200_000, 0, ''],
    ['hundred and fifty ', 200_000, 0, ''],
    ['ten banks ', 200_000, 200_000, '10'],
    ['top ten ', 200_000, 200_000, '10'],
    ['两级三种四方五大', 50_000, 200_000, ''],
  ])('%j × %i: %i figures', (unit, times, figures, value) => {
    const mentions = findMentions(unit.repeat(times));
    expect(mentions.length).toBe(figures);
    expect(mentions.every(isFigureMention)).toBe(true);
    if (value) expect(mentions.every((m) => isFigureMention(m) && m.figure.value.toFixed() === value)).toBe(true);
  });

  it('reads a count word beside a megabyte-long word', () => {
    expect(findMentions(`ten ${'a'.repeat(1_000_000)}`).map((m) => m.text)).toEqual(['ten']);
    expect(findMentions(`${'a'.repeat(1_000_000)} ten banks`).map((m) => m.text)).toEqual(['ten']);
  });
});
