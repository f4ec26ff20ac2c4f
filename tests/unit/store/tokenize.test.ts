import { describe, expect, it } from 'vitest';
import { documentTerms, foldText, matchesTerm, MAX_TERM_CHARS, MAX_TERMS_PER_RECORD, queryTerms } from '../../../lib/store/tokenize.ts';

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

  it('keeps the cap when one long Chinese run brings thousands of terms at once', () => {
    // 2,500 different characters: 2,500 single ones and 2,499 pairs, in that order.
    const chars = Array.from({ length: 2_500 }, (_, i) => String.fromCodePoint(0x4e00 + i));
    const terms = documentTerms(chars.join(''));
    expect(terms).toHaveLength(MAX_TERMS_PER_RECORD);
    expect(terms.slice(0, 2_500)).toEqual(chars);
    expect(terms[MAX_TERMS_PER_RECORD - 1]).toBe(chars[MAX_TERMS_PER_RECORD - 2_500 - 1] + chars[MAX_TERMS_PER_RECORD - 2_500]);
  });

  it('cuts long words, so a long query word still finds them', () => {
    const word = 'pneumonoultramicroscopicsilicovolcanoconiosis';
    expect(documentTerms(`The ${word} case`)).toEqual(['the', word.slice(0, MAX_TERM_CHARS), 'case']);
    expect(queryTerms(word)).toEqual([word.slice(0, MAX_TERM_CHARS)]);
    expect(matchesTerm(documentTerms(word), queryTerms(word)[0])).toBe(true);
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
