/**
 * The Chinese word helpers (lib/recognize/senses/zh-words.ts) on their own: what they read from
 * the platform's segmenter, and that they answer "unknown" where there is none.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cutByWords, endsWordFromBefore, longerWordAt, zhWordAt } from '../../../lib/recognize/senses/zh-words.ts';

describe('words around a match', () => {
  it.each([
    // A word starts before the name and ends inside it.
    ['湖南非物质文化遗产', 1, 3, true],
    // A word starts inside the name and ends after it.
    ['发展中国家的声音', 2, 4, true],
    ['南非总统出席会议', 0, 2, false],
    // A longer word that holds the whole name.
    ['日本人喜欢寿司', 0, 2, false],
    // One character is never cut.
    ['湖南非物质', 2, 3, false],
  ])('%s [%i, %i) cut: %s', (text, start, end, cut) => expect(cutByWords(text, start, end)).toBe(cut));

  it.each([
    ['他在审美方面很有天赋', 3, true],
    ['美方表示欢迎', 0, false],
    // 中 inside 中美 is the first half of the word, not the second; 本 of 日本人 is its middle.
    ['中美两国', 0, false],
    ['日本人喜欢寿司', 1, false],
  ])('%s: the character at %i ends a word from before: %s', (text, pos, ends) => expect(endsWordFromBefore(text, pos)).toBe(ends));

  it.each([
    ['以方便群众出行', 1, true],
    ['韩剧播放量破亿', 1, false],
  ])('%s: a longer word at %i: %s', (text, pos, longer) => expect(longerWordAt(text, pos)).toBe(longer));

  it('reads only a window around the position, at either end of the text', () => {
    expect(zhWordAt('南非', 1)).toEqual({ start: 0, end: 2 });
    expect(zhWordAt('南非', 0)).toEqual({ start: 0, end: 2 });
    expect(zhWordAt('一二三四五六七八九十南非', 11)).toEqual({ start: 10, end: 12 });
    expect(zhWordAt('南非', 2)).toBeUndefined();
    expect(zhWordAt('南非', -1)).toBeUndefined();
  });
});

describe('without a segmenter', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('answers unknown, so that no rule rests on a word boundary', async () => {
    vi.stubGlobal('Intl', { ...Intl, Segmenter: undefined });
    vi.resetModules();
    const words = await import('../../../lib/recognize/senses/zh-words.ts');
    expect(words.zhWordAt('湖南非物质', 1)).toBeUndefined();
    expect(words.cutByWords('湖南非物质', 1, 3)).toBe(false);
    expect(words.endsWordFromBefore('他在审美方面', 3)).toBe(false);
    expect(words.longerWordAt('以方便群众', 1)).toBe(false);
  });
});
