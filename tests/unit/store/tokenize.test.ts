import { describe, expect, it } from 'vitest';
import { documentTerms, foldText, matchesTerm, MAX_TERMS_PER_RECORD, queryTerms } from '../../../lib/store/tokenize.ts';

describe('foldText', () => {
  it('lower-cases, strips accents and turns full-width letters into ordinary ones', () => {
    expect(foldText('Côte d’Ivoire ＡＢＣ Ångström')).toBe('cote d’ivoire abc angstrom');
  });
});

describe('documentTerms', () => {
  it('splits on anything but letters and digits', () => {
    expect(documentTerms("China's tungsten-output rose 12.5% in 2024")).toEqual([
      'china',
      's',
      'tungsten',
      'output',
      'rose',
      '12',
      '5',
      'in',
      '2024',
    ]);
  });

  it('indexes Chinese as single characters and neighbouring pairs', () => {
    expect(documentTerms('中国稀土')).toEqual(['中', '国', '稀', '土', '中国', '国稀', '稀土']);
  });

  it('separates Chinese from Latin letters in the same run', () => {
    expect(documentTerms('USGS数据')).toEqual(['usgs', '数', '据', '数据']);
  });

  it('deduplicates across texts and caps the number of terms', () => {
    expect(documentTerms('gallium', 'Gallium GALLIUM')).toEqual(['gallium']);
    const long = Array.from({ length: MAX_TERMS_PER_RECORD + 500 }, (_, i) => `w${i}`).join(' ');
    expect(documentTerms(long)).toHaveLength(MAX_TERMS_PER_RECORD);
  });
});

describe('queryTerms', () => {
  it('uses pairs for Chinese runs and the character alone for a single one', () => {
    expect(queryTerms('稀土')).toEqual(['稀土']);
    expect(queryTerms('钨')).toEqual(['钨']);
    expect(queryTerms('出口管制')).toEqual(['出口', '口管', '管制']);
  });

  it('drops terms that are prefixes of other terms', () => {
    expect(queryTerms('tung tungsten China')).toEqual(['tungsten', 'china']);
  });

  it('is empty for punctuation only', () => {
    expect(queryTerms(' -- !! ')).toEqual([]);
  });
});

describe('matchesTerm', () => {
  it('matches prefixes', () => {
    expect(matchesTerm(['tungsten', 'china'], 'tung')).toBe(true);
    expect(matchesTerm(['tungsten', 'china'], 'ungsten')).toBe(false);
  });
});
