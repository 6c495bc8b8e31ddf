import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ARTICLES,
  DecimalCodec,
  ObservationSchema,
  RegionCatalogSchema,
  figureCodec,
  findIndicator,
  parseWith,
  resolveRegion,
  safeParseWith,
  IndicatorSchema,
} from '../src/domain/index.js';
import { indicators, regions } from '../src/data/index.js';
import { WupianError } from '../src/index.js';

const catalog = RegionCatalogSchema.parse(regions);
const indicatorCatalog = z.array(IndicatorSchema).parse(indicators);

describe('articles', () => {
  it('are the five, with Chinese and English names', () => {
    expect(ARTICLES.map((a) => `${a.id}:${a.name}`)).toEqual(['tech:科技金融', 'green:绿色金融', 'inclusive:普惠金融', 'pension:养老金融', 'digital:数字金融']);
  });
});

describe('regions', () => {
  it.each([
    ['山东省', '370000', null],
    ['青岛市', '370200', '370000'],
    ['淄博市', '370300', '370000'],
    ['枣庄市', '370400', '370000'],
    ['潍坊市', '370700', '370000'],
    ['湖北省', '420000', null],
    ['武汉市', '420100', '420000'],
    ['枣庄市市中区', '370402', '370400'],
    ['Weifang', '370700', '370000'],
  ])('%s is %s under %s', (name, code, parent) => {
    const r = resolveRegion(catalog, name);
    expect(r.code).toBe(code);
    expect(r.parent).toBe(parent);
  });

  it('never resolves a bare 市中区, only with its parent', () => {
    expect(() => resolveRegion(catalog, '市中区')).toThrow(/names several regions.*370103/);
    expect(resolveRegion(catalog, '市中区', { parent: '枣庄市' }).code).toBe('370402');
    expect(() => resolveRegion(catalog, '不存在区')).toThrow(WupianError);
  });
});

describe('indicators', () => {
  it.each([
    ['绿色信贷', 'green-loans'],
    ['綠色貸款', 'green-loans'],
    ['green credit', 'green-loans'],
    ['普惠型小微企业贷款', 'inclusive-small-micro-loans'],
    ['普惠小微贷款', 'inclusive-small-micro-loans-pboc'],
    ['各项贷款', 'total-loans'],
    ['存贷比', 'loan-to-deposit-ratio'],
  ])('%s → %s', (name, id) => {
    expect(findIndicator(indicatorCatalog, name)?.id).toBe(id);
  });

  it('keeps the NFRA and PBoC inclusive indicators apart, with their thresholds', () => {
    const nfra = findIndicator(indicatorCatalog, 'inclusive-small-micro-loans');
    expect(nfra?.definition?.threshold).toMatch(/1000万元及以下/);
    expect(findIndicator(indicatorCatalog, 'inclusive-small-micro-loans-pboc')?.id).not.toBe(nfra?.id);
  });

  it('records that the scope of 各项贷款 is part of a benchmark', () => {
    const total = findIndicator(indicatorCatalog, 'total-loans');
    expect(total?.scope === null || total?.scope === undefined || ['人民币', '本外币'].includes(total.scope)).toBe(true);
    expect(JSON.stringify(total)).toMatch(/人民币|本外币/);
  });
});

describe('schemas: errors are data', () => {
  const observation = {
    id: 'x-1',
    indicator: 'green-loans',
    holder: { region: '370700' },
    date: '2025-06-30',
    measure: 'balance',
    figure: '2150亿元',
    source: { excerpt: '绿色信贷余额2150亿元', paragraph: 11 },
  };

  it('parses a good observation', () => {
    expect(parseWith(ObservationSchema, observation, 'observation').figure).toBe('2150亿元');
  });

  it.each([
    [{ figure: '12..3亿元' }, 'figure', /Cannot read a figure/],
    [{ figure: 2150 }, 'figure', /expected string/],
    [{ date: '2025-13-01' }, 'date', /date/],
    [{ holder: { region: '3707' } }, 'holder', /six-digit|Invalid/],
    [{ measure: 'growth' }, 'basis', /needs its basis/],
    [{ period: { from: '2025-01-01', to: '2025-06-30' } }, 'date', /either a date/],
  ])('rejects %j at %s with a readable message', (patch, path, message) => {
    const result = safeParseWith(ObservationSchema, { ...observation, ...patch }, 'observation');
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('invalid_data');
      expect(result.error.path[0]).toBe(path);
      expect(result.error.message).toMatch(message);
    }
  });

  it('codecs turn decimal strings and figure texts into Decimals and Figures, and back', () => {
    const d = DecimalCodec.decode('1026.09');
    expect(d.toFixed()).toBe('1026.09');
    expect(DecimalCodec.encode(d)).toBe('1026.09');
    expect(DecimalCodec.safeDecode('1,026.09' as never).success).toBe(false);
    const codec = figureCodec({ billion: 'yi' });
    const f = codec.decode('628.69 billion yuan');
    expect(f.value.toFixed()).toBe('62869000000');
    expect(codec.encode(f)).toBe('628.69 billion yuan');
    expect(codec.safeDecode('12..3').success).toBe(false);
  });
});
