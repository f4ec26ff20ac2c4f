/** Folding one unit, a string, and telling look-alike spellings apart from words of other scripts. */
import { describe, expect, it } from 'vitest';
import { caseMask, caseMatches, foldString, foldUnit, isWordUnit, scriptMix, SEP, SKIP } from '../../../lib/recognize/fold.ts';

const fold = (s: string) => [...s].map((c) => String.fromCharCode(foldUnit(c.charCodeAt(0)))).join('');

describe('scriptMix', () => {
  it.each<[string, { other: boolean; latin: boolean }]>([
    ['China', { other: false, latin: true }],
    ['\u0421hina', { other: true, latin: true }],
    // All look-alikes: a Cyrillic or Greek word, no Latin letter in it.
    ['\u0421\u041d\u0406\u039d\u0410', { other: true, latin: false }],
    ['中国', { other: false, latin: false }],
    ['', { other: false, latin: false }],
  ])('%s', (text, expected) => {
    expect(scriptMix(text, 0, text.length)).toEqual(expected);
  });

  it('looks only between start and end', () => {
    expect(scriptMix('\u0421 China', 2, 7)).toEqual({ other: false, latin: true });
    expect(scriptMix('\u0421 China', 0, 1)).toEqual({ other: true, latin: false });
  });
});

describe('foldUnit and foldString', () => {
  it('fold case, accents, look-alikes, apostrophes and full-width forms to plain ASCII', () => {
    expect(fold('TÜRKİYE Çé ’ \u0421\u0430')).toBe("turkiye ce ' ca");
    expect(fold('ＵＳ１')).toBe('us1');
  });

  it('fold every separator to one unit and skip invisible ones', () => {
    expect(['\u3000', '\u2011', '\u00a0', '\n', '-'].map((c) => foldUnit(c.charCodeAt(0)))).toEqual([SEP, SEP, SEP, SEP, SEP]);
    expect(['\u00ad', '\u200b', '\ufeff'].map((c) => foldUnit(c.charCodeAt(0)))).toEqual([SKIP, SKIP, SKIP]);
    expect(foldUnit('稀'.charCodeAt(0))).toBe('稀'.charCodeAt(0));
  });

  it('collapse separator runs, drop invisible units and trim the ends', () => {
    expect(foldString('  Rare \u00ad- Earth\u200b ')).toBe('rare earth');
    expect(foldString('\u00ad')).toBe('');
  });
});

describe('isWordUnit', () => {
  it.each<[string, boolean]>([
    ['a', true], ['Z', true], ['7', true], ['ª', true], ['é', true], ['ɑ', true], ['\u0301', true], ['Ж', true], ['ế', true],
    ['-', false], ['×', false], ['÷', false], ['«', false], ['中', false], ['\u2019', false],
  ])('%s: %s', (c, expected) => {
    expect(isWordUnit(c.charCodeAt(0))).toBe(expected);
  });
});

describe('caseMatches', () => {
  it('checks only the positions the mask names', () => {
    expect(caseMatches(caseMask('US'), 'US', 0, 2)).toBe(true);
    expect(caseMatches(caseMask('US'), 'Us', 0, 2)).toBe(false);
    expect(caseMatches(caseMask('China'), 'CHINA', 0, 5)).toBe(true);
    expect(caseMatches(caseMask('DRC'), 'the DRC', 4, 7)).toBe(true);
    expect(caseMatches(caseMask('DRC'), 'the DrC', 4, 7)).toBe(false);
  });
});
