import { describe, expect, it } from 'vitest';
import { findMentions, isFigureMention, normalizeText } from '../../src/extract/index.js';
import { mentionsOf } from './helpers.js';

const DOC = { documentDate: '2025-09-02' } as const;

describe('findMentions on sentences of the seed documents', () => {
  it.each([
    [
      // 001: one subject, many measures
      '截至2025年6月末，辖区绿色信贷余额2150亿元，较年初增加253.31亿元，增速13.36%，高于各项贷款平均增速7.82个百分点，占辖区各项贷款余额比重17.18%，较年初上升1.19个百分点。',
      [
        'date 2025年6月末 = 2025-06-30',
        'figure 2150亿元 = 215000000000 亿元 exact',
        'figure 253.31亿元 = 25331000000 亿元 exact',
        'figure 13.36% = 13.36 % exact',
        'figure 7.82个百分点 = 7.82 个百分点 exact',
        'figure 17.18% = 17.18 % exact',
        'figure 1.19个百分点 = 1.19 个百分点 exact',
      ],
    ],
    [
      // 001: lists with 分别
      '贷款余额分别为1026.09亿元、254.30亿元、416.03亿元、97.82亿元，较年初分别增长28.47%、7.75%、20.06%、22.07%；存量贷款户数分别为4078户、4095户、3184户、578户',
      [
        'figure 1026.09亿元 = 102609000000 亿元 exact',
        'figure 254.30亿元 = 25430000000 亿元 exact',
        'figure 416.03亿元 = 41603000000 亿元 exact',
        'figure 97.82亿元 = 9782000000 亿元 exact',
        'figure 28.47% = 28.47 % exact',
        'figure 7.75% = 7.75 % exact',
        'figure 20.06% = 20.06 % exact',
        'figure 22.07% = 22.07 % exact',
        'figure 4078户 = 4078 户 exact',
        'figure 4095户 = 4095 户 exact',
        'figure 3184户 = 3184 户 exact',
        'figure 578户 = 578 户 exact',
      ],
    ],
    [
      // 001: qualifiers before and after
      '截至2025年7月末，“潍岗贷”累计授信超30亿元，普惠贷款余额达100亿元，为梦金园集团40余户经销商授信6000余万元，直接带动就业近4000人，资金流转规模超千万元，贷款余额突破23亿元',
      [
        'date 2025年7月末 = 2025-07-31',
        'figure 超30亿元 = 3000000000 亿元 over',
        'figure 达100亿元 = 10000000000 亿元 reached',
        'figure 40余户 = 40 户 and-more',
        'figure 6000余万元 = 60000000 万元 and-more',
        'figure 近4000人 = 4000 人 under',
        'figure 超千万元 = 10000000 万元 over',
        'figure 突破23亿元 = 2300000000 亿元 at-least',
      ],
    ],
    [
      // 001: names, periods, counts in words
      '今年是“十四五”规划收官之年，是贯彻党的二十届三中全会精神的重要一年。2024年下半年，两家企业均出现阶段性资金紧张，2个工作日内完成，“1+3+5+N”产品体系，春冠·3R厨房，数百家小微经销商',
      [
        'name 十四五',
        'name 二十届三中全会',
        'period 2024年下半年 = 2024-07-01..2024-12-31',
        'figure 两家 = 2 家 exact',
        'figure 2个工作日 = 2 个工作日 exact',
        'name 1+3+5+N',
        'name 3R',
        'unreadable 数百家',
      ],
    ],
    [
      // 002: policy parameters
      '6月25日，青岛印发若干政策，围绕7个方面，提出25条共33项政策措施。按照贷款额的2%予以贴息；给予最高500万元奖励；保持对其业务占比在80%以上，平均担保费率降至1%以下；最高共同出资比例放宽至60%',
      [
        'date 6月25日 = 2025-06-25',
        'figure 7个 = 7 个 exact',
        'figure 25条 = 25 条 exact',
        'figure 33项 = 33 项 exact',
        'figure 2% = 2 % exact',
        'figure 最高500万元 = 5000000 万元 at-most',
        'figure 80%以上 = 80 % at-least',
        'figure 1%以下 = 1 % at-most',
        'figure 60% = 60 % exact',
      ],
    ],
    [
      // 002: a year's figures, names
      '2023年度，全市一般公共预算收入完成1337.8亿元，各项贷款余额突破3万亿元，地方金融企业资产总额达到1.4万亿元。青岛工行创新研发了“2199”智慧信贷系统，荣获第十四届金融数字化转型创新成果奖。党的二十大报告提出',
      [
        'period 2023年度 = 2023-01-01..2023-12-31',
        'figure 1337.8亿元 = 133780000000 亿元 exact',
        'figure 突破3万亿元 = 3000000000000 万亿元 at-least',
        'figure 达到1.4万亿元 = 1400000000000 万亿元 reached',
        'name 2199',
        'ordinal 第十四届',
        'name 二十大',
      ],
    ],
    [
      // 003: document number, list numbers, names, targets
      '市中金稳办字〔2021〕1号\n### 一、指导思想\n全面贯彻党的十九届五中全会和2020年中央经济工作会议精神，加快培育壮大“6+3”现代产业体系，紧紧围绕“一二三四”总体工作思路\n2.工业贷款加速增长。通过三年倍增行动，新增工业贷款53亿元，工业贷款余额达109亿元以上\n(一)深化银企合作关系。全区存贷比达到83%以上',
      [
        'document-number 〔2021〕1号',
        'ordinal 一、',
        'name 十九届五中全会',
        'period 2020年 = 2020-01-01..2020-12-31',
        'name 6+3',
        'name 一二三四',
        'ordinal 2.',
        'period 三年',
        'figure 53亿元 = 5300000000 亿元 exact',
        'figure 达109亿元以上 = 10900000000 亿元 at-least',
        'ordinal (一)',
        'figure 达到83%以上 = 83 % at-least',
      ],
    ],
    [
      // 003: a row of the task table (tab-separated), and the totals row
      '1\t农发行枣庄分行业务平台\t498.00%\t0.05\t548.94%\t0.06\n\t合计\t\t72.41\t\t92.83',
      [
        'ordinal 1',
        'figure 498.00% = 498 % exact',
        'figure 0.05 = 0.05 exact',
        'figure 548.94% = 548.94 % exact',
        'figure 0.06 = 0.06 exact',
        'figure 72.41 = 72.41 exact',
        'figure 92.83 = 92.83 exact',
      ],
    ],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text, DOC)).toEqual(expected);
  });

  it('reads the English summary of seed 000 with "billion" as 亿', () => {
    const text =
      'Qi Lu Wan Bao·2025-09-28 13:23\nCore Viewpoint - The banking industry in Zibo [1][3][15]. Group 1: Financial Support - As of June 2025, the total balance of technology loans in Zibo exceeded 628.69 billion yuan [3]. - with a loan balance of 1,085.29 billion yuan as of June 2025, marking a year-on-year increase of 116.29 billion yuan [21]. - has decreased to 3.79%, - with over 552,448 personal pension accounts opened by June 2025 [33].';
    expect(mentionsOf(text, { billion: 'yi' })).toEqual([
      'date 2025-09-28 13:23 = 2025-09-28',
      'reference [1][3][15]',
      'ordinal Group 1',
      'date June 2025 = 2025-06-30',
      'figure exceeded 628.69 billion yuan = 62869000000 亿元 over',
      'reference [3]',
      'figure 1,085.29 billion yuan = 108529000000 亿元 exact',
      'date June 2025 = 2025-06-30',
      'figure 116.29 billion yuan = 11629000000 亿元 exact',
      'reference [21]',
      'figure 3.79% = 3.79 % exact',
      'figure over 552,448 = 552448 over',
      'date June 2025 = 2025-06-30',
      'reference [33]',
    ]);
  });

  it('reads the English summaries of seed 004', () => {
    const text =
      'Chang Jiang Shang Bao· 2025-09-02 00:04\n- The Technology Finance Service Alliance includes 43 financial institutions [1]. - As of the end of August, the new technology loans in Hubei accounted for 32.7% of the total new loans [2]. - The year-on-year growth rate reached 26.1% [2]. - By the end of 2027, the goal is to establish a center [4]. - By 2030, the aim is first-class [4]. - As of June, technology loans in Hubei grew by 14.3% [6][7]. - Twelve enterprises have issued technology innovation bonds totaling 13 billion yuan [7].';
    expect(mentionsOf(text, DOC)).toEqual([
      'date 2025-09-02 00:04 = 2025-09-02',
      'figure 43 = 43 exact',
      'reference [1]',
      'date end of August = 2025-08-31',
      'figure 32.7% = 32.7 % exact',
      'reference [2]',
      'figure reached 26.1% = 26.1 % reached',
      'reference [2]',
      'date end of 2027 = 2027-12-31',
      'reference [4]',
      'date 2030 = 2030-12-31',
      'reference [4]',
      'date June = 2025-06-30',
      'figure 14.3% = 14.3 % exact',
      'reference [6][7]',
      'figure Twelve = 12 exact',
      'figure 13 billion yuan = 13000000000 billion yuan exact',
      'reference [7]',
    ]);
  });
});

describe('findMentions beyond the seeds', () => {
  it.each([
    [
      'a bare magnitude after a threshold word is one of it (a headline\'s 首破万亿); 亿万, 万一 are no figures',
      '绿色贷款余额首破万亿，县域贷款超亿元，亿万农户，万一',
      ['figure 破万亿 = 1000000000000 万亿 at-least', 'figure 超亿元 = 100000000 亿元 over'],
    ],
    [
      "Taiwan's 人幣 for 人民幣 after a magnitude: yuan, not people",
      '綠色貸款餘額突破13兆人幣，新增就業5萬人',
      ['figure 突破13兆人币 = 13000000000000 万亿元 at-least', 'figure 5万人 = 50000 万人 exact'],
    ],
    [
      'a national PBoC release',
      '本外币绿色贷款余额36.6万亿元，同比增长14.4%，高于各项贷款增速7.9个百分点',
      ['figure 36.6万亿元 = 36600000000000 万亿元 exact', 'figure 14.4% = 14.4 % exact', 'figure 7.9个百分点 = 7.9 个百分点 exact'],
    ],
    [
      'a traditional-Chinese reprint',
      '截至2025年6月末，綠色貸款餘額2150億元，較年初增加253.31億元，增速13.36%',
      ['date 2025年6月末 = 2025-06-30', 'figure 2150亿元 = 215000000000 亿元 exact', 'figure 253.31亿元 = 25331000000 亿元 exact', 'figure 13.36% = 13.36 % exact'],
    ],
    [
      'a traditional 兆 with groups',
      '放款餘額達8兆3,522億元',
      ['figure 达8兆3,522亿元 = 8352200000000 亿元 reached'],
    ],
    [
      'an English summary',
      'The balance of inclusive loans was RMB 13 billion, up 26.1 percent year on year, 7.9 percentage points higher; more than 1,000 accounts, approximately 3.5 per cent and 50 bp.',
      [
        'figure RMB 13 billion = 13000000000 billion yuan exact',
        'figure 26.1 percent = 26.1 % exact',
        'figure 7.9 percentage points = 7.9 个百分点 exact',
        'figure more than 1,000 = 1000 over',
        'figure approximately 3.5 per cent = 3.5 % about',
        'figure 50 bp = 0.5 个基点 exact',
      ],
    ],
    [
      'a unit shared by a list (分别为…和…)',
      '绿色贷款和普惠贷款余额分别为6.47和2.29万亿元',
      ['figure 6.47 = 6470000000000 万亿元 exact <- 万亿元', 'figure 2.29万亿元 = 2290000000000 万亿元 exact'],
    ],
    [
      'a unit completed by the last item (高7.9个、3.1个百分点)',
      '增速分别高7.9个、3.1个百分点',
      ['figure 7.9个 = 7.9 个百分点 exact <- 个百分点', 'figure 3.1个百分点 = 3.1 个百分点 exact'],
    ],
    [
      'a list of bare numbers before the unit',
      '贷款余额分别为1026.09、254.30、416.03亿元',
      [
        'figure 1026.09 = 102609000000 亿元 exact <- 亿元',
        'figure 254.30 = 25430000000 亿元 exact <- 亿元',
        'figure 416.03亿元 = 41603000000 亿元 exact',
      ],
    ],
    [
      'an English list and a range',
      'rose 6.47 and 2.29 trillion yuan respectively, by 3-5%',
      [
        'figure 6.47 = 6470000000000 trillion yuan exact <- trillion yuan',
        'figure 2.29 trillion yuan = 2290000000000 trillion yuan exact',
        'figure 3 = 3 % exact <- %',
        'figure 5% = 5 % exact',
      ],
    ],
    [
      'units that do not continue each other are not shared',
      '投向养老产业贷款41户、4.44亿元，增长28.47%、7.9个百分点',
      ['figure 41户 = 41 户 exact', 'figure 4.44亿元 = 444000000 亿元 exact', 'figure 28.47% = 28.47 % exact', 'figure 7.9个百分点 = 7.9 个百分点 exact'],
    ],
    [
      'Chinese numerals with units',
      '百分之三，三成，二十五条，一百零五家，百分之3.5以上，增长一倍，一个百分点',
      [
        'figure 百分之三 = 3 % exact',
        'figure 三成 = 30 成 exact',
        'figure 二十五条 = 25 条 exact',
        'figure 一百零五家 = 105 家 exact',
        'figure 百分之3.5以上 = 3.5 % at-least',
        'figure 一倍 = 1 倍 exact',
        'figure 一个百分点 = 1 个百分点 exact',
      ],
    ],
    [
      'numerals inside words are not numbers',
      '一次性奖补，一个重要环节，一项项成果，千行百业，“三农”主体，金融服务一线，千企万户，万一，一方面，一大批，一种新型',
      [],
    ],
    [
      'a footnote digit glued to a word, and one after a unit',
      '绿色贷款3余额2150亿元2，较年初增加',
      ['unreadable 3', 'figure 2150亿元 = 215000000000 亿元 exact', 'unreadable 2'],
    ],
    [
      'a superscript footnote mark',
      '绿色贷款余额¹2150亿元',
      ['reference ¹', 'figure 2150亿元 = 215000000000 亿元 exact'],
    ],
    [
      'a number broken by a line break',
      '辖区绿色贷款余额1026.\n09亿元，较年初增加',
      ['figure 1026.09亿元 = 102609000000 亿元 exact'],
    ],
    [
      'pinyin in brackets after characters',
      '贷款(dài kuǎn)余额(yú é)2150亿元',
      ['figure 2150亿元 = 215000000000 亿元 exact'],
    ],
    [
      'junk injected by a content farm',
      '绿色贷款余额2150亿元【广告：加微信123456789领红包】，较年初增加253.31亿元',
      ['figure 2150亿元 = 215000000000 亿元 exact', 'unreadable 【广告:加微信123456789领红包】', 'figure 253.31亿元 = 25331000000 亿元 exact'],
    ],
    [
      'numbers that cannot be read with confidence',
      '12..3亿元；版本1.2.3；5亿欧元；€1.2 billion；数十亿元；余额为2150；比例3:1',
      ['unreadable 12..3', 'unreadable 1.2.3', 'unreadable 5亿欧元', 'unreadable €1.2 billion', 'unreadable 数十亿元', 'unreadable 2150', 'unreadable 3:1'],
    ],
    [
      'dates and periods',
      '上半年，一季度，前三季度，1—6月，2025年1-6月，2021—2023年，3个月，年末，较上年末，June 30, 2025，the first half of 2025，Q1 2025',
      [
        'period 上半年 = 2025-01-01..2025-06-30',
        'period 一季度 = 2025-01-01..2025-03-31',
        'period 前三季度 = 2025-01-01..2025-09-30',
        'period 1—6月 = 2025-01-01..2025-06-30',
        'period 2025年1-6月 = 2025-01-01..2025-06-30',
        'period 2021—2023年 = 2021-01-01..2023-12-31',
        'period 3个月',
        'date 年末 = 2024-12-31',
        'date June 30, 2025 = 2025-06-30',
        'period first half of 2025 = 2025-01-01..2025-06-30',
        'period Q1 2025 = 2025-01-01..2025-03-31',
      ],
    ],
    [
      'reference marks, ordinals and codes',
      '[21] [1][3] 【3】 (1) ① 第3条 第一季度 1st 5G ICBC2023 G20 13月',
      [
        'reference [21]',
        'reference [1][3]',
        'reference 【3】',
        'ordinal (1)',
        'ordinal ①',
        'ordinal 第3条',
        'period 第一季度 = 2025-01-01..2025-03-31',
        'ordinal 1st',
        'name 5G',
        'name ICBC2023',
        'name G20',
        'unreadable 13月',
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(mentionsOf(text, DOC)).toEqual(expected);
  });
});

describe('findMentions: spans and figures', () => {
  it('gives each mention the span of its text, list items the span of the number as written', () => {
    const text = normalizeText('分别为6.47和超2.29万亿元').text;
    const mentions = findMentions(text);
    expect(mentions.map((m) => [m.span, m.text])).toEqual([
      [[3, 7], '6.47'],
      [[8, 16], '超2.29万亿元'],
    ]);
    const first = mentions[0];
    if (!first || !isFigureMention(first)) throw new Error('expected a figure');
    expect(first.figure.text).toBe('6.47万亿元');
    expect(first.figure.span).toEqual([3, 7]);
    expect(first.figure.decimals).toBe(2);
    expect(first.figure.stated.toFixed()).toBe('6.47');
  });

  it('maps a mention back to the original text', () => {
    const normalized = normalizeText('綠色貸款餘額\n２１５０億元，較年初增加253.31億元');
    const spans = findMentions(normalized.text).map((m) => normalized.original.slice(...normalized.toOriginalSpan(m.span)));
    expect(spans).toEqual(['２１５０億元', '253.31億元']);
  });

  it('reads 亿 as "billion" when told', () => {
    const [m] = findMentions('853.98 billion yuan', { billion: 'yi' });
    expect(m && isFigureMention(m) ? m.figure.value.toFixed() : null).toBe('85398000000');
    const [d] = findMentions('853.98 billion yuan');
    expect(d && isFigureMention(d) ? d.figure.value.toFixed() : null).toBe('853980000000');
  });

  it('resolves a date without its year only with the document date', () => {
    expect(mentionsOf('截至8月末')).toEqual(['date 8月末']);
    expect(mentionsOf('截至8月末', { documentDate: '2025-09-02' })).toEqual(['date 8月末 = 2025-08-31']);
    expect(mentionsOf('截至11月末', { documentDate: '2025-09-02' })).toEqual(['date 11月末 = 2024-11-30']);
  });

  it('refuses a bad document date and what is not a text with a typed error naming it', () => {
    expect(() => findMentions('1', { documentDate: 'yesterday' })).toThrow(expect.objectContaining({ code: 'invalid_date', path: ['options', 'documentDate'] }));
    expect(() => findMentions(undefined as unknown as string)).toThrow(expect.objectContaining({ code: 'invalid_argument', path: ['text'] }));
  });
});
