/**
 * The Chinese word helpers (lib/recognize/senses/zh-words.ts) on their own: what they read from
 * the platform's segmenter, and that they answer "unknown" where there is none.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cutByWords, standsAlone, wordEndingAt, wordGoesOn, zhWordAt } from '../../../lib/recognize/senses/zh-words.ts';

describe('words around a match', () => {
  it.each([
    // A word starts before the name and ends inside it.
    ['湖南非物质文化遗产', 1, 3, true],
    // A word starts inside the name and ends after it.
    ['发展中国家的声音', 2, 4, true],
    ['南非总统出席会议', 0, 2, false],
    // A word before that ends right at the name does not cut it (访问|南非).
    ['他访问南非三天', 1, 3, false],
    // A longer word that holds the whole name.
    ['日本人喜欢寿司', 0, 2, false],
    // Nor does 国籍 after a name ending in 国: 英国籍 is British nationality (read 英|国籍).
    ['一名英国籍男子被捕', 2, 4, false],
    // 中国|家庭: 国家 is a word, but 家庭 after it is one too, and the segmenter is not asked; the
    // price is 发展|中|国家|长期, where it would read 国家 although 家长 is a word.
    ['中国家庭的收入', 0, 2, false],
    ['发展中国家长期面临债务问题', 2, 4, false],
    // 中国|家电: 家电 (home appliances), which the dictionary may lack, keeps the name whole; the
    // state's 国家电力 and 国家电网 still cut it.
    ['德国家电品牌进入新市场', 0, 2, false],
    ['中國家電出口增長', 0, 2, false],
    ['发展中国家电力需求增长', 2, 4, true],
    ['发展中国家电网建设滞后', 2, 4, true],
    ['发展中国家电动汽车市场增长', 2, 4, true],
    // A word that holds the name in its middle: the dictionary reads 發展中國家 whole in traditional
    // characters; one that ends with the name (新中國, read 新|中國 anyway) would not cut it.
    ['發展中國家的債務問題', 2, 4, true],
    ['新中國成立七十五週年', 1, 3, false],
    // After a preposition a name starts its noun phrase and 产 is "made in" (对|中国|产), though the
    // segmenter reads 中|国产; without the preposition 国产 ("domestic") cuts it.
    ['对中国产电动汽车加征关税', 1, 3, false],
    ['市场中国产手机的份额', 2, 4, true],
  ])('%s [%i, %i) cut: %s', (text, start, end, cut) => expect(cutByWords(text, start, end)).toBe(cut));

  it.each([
    ['他在审美方面很有天赋', 3, { start: 2, end: 4 }],
    ['美方表示欢迎', 0, undefined],
    // 中 inside 中美 is the first half of the word, not the second; 本 of 日本人 is its middle.
    ['中美两国', 0, undefined],
    ['日本人喜欢寿司', 1, undefined],
    // 的中 is no word: the segmenter is not asked.
    ['他的中文很好', 2, undefined],
  ])('%s: the word the character at %i ends: %o', (text, pos, word) => expect(wordEndingAt(text, pos)).toEqual(word));

  it.each([
    ['以方便群众出行', 1, true],
    ['双方就赔偿达成和解协议', 7, true],
    ['韩剧播放量破亿', 1, false],
    // 日文 ends at 文: no word goes on after it.
    ['这本书有日文版', 5, false],
  ])('%s: a word goes on after %i: %s', (text, pos, goesOn) => expect(wordGoesOn(text, pos)).toBe(goesOn));

  it.each([
    ['不少在日华人回国过年', 3, true],
    ['他在日记里写下心情', 2, false],
    ['白银市举办马拉松', 2, true],
    ['白银市场交投清淡', 2, false],
  ])('%s: the character at %i stands alone: %s', (text, pos, alone) => expect(standsAlone(text, pos)).toBe(alone));

  it('reads only a window around the position, at either end of the text', () => {
    expect(zhWordAt('南非', 0)).toEqual({ start: 0, end: 2 });
    expect(zhWordAt('南非', 1)).toEqual({ start: 0, end: 2 });
    expect(zhWordAt('一二三四五六七八九十南非', 11)).toEqual({ start: 10, end: 12 });
    expect(zhWordAt('南非', 2)).toBeUndefined();
    expect(zhWordAt('南非', -1)).toBeUndefined();
  });

  it('asks about a pair of characters only when both are ideographs', () => {
    expect(cutByWords('，南非', 1, 3)).toBe(false);
    expect(wordEndingAt('A美', 1)).toBeUndefined();
    expect(wordEndingAt('美', 0)).toBeUndefined();
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
    expect(words.wordEndingAt('他在审美方面', 3)).toBeUndefined();
    expect(words.wordGoesOn('以方便群众', 1)).toBe(false);
    expect(words.standsAlone('不少在日华人', 3)).toBe(false);
  });
});

describe('reads of the segmenter kept for the text read last', () => {
  it('answers each text from its own characters, however often the same position is asked', () => {
    // Position 2 holds 国 of 中国家 in one text and 南 of 湖南 in the other.
    const first = '发展中国家的声音';
    const second = '来自湖南非物质文';
    const a = zhWordAt(first, 3);
    expect(zhWordAt(first, 3)).toEqual(a);
    const b = zhWordAt(second, 3);
    expect(b).toEqual(zhWordAt(second.slice(0), 3));
    expect(a).not.toEqual(b);
    // Back to the first text: its own reading again, not the second's.
    expect(zhWordAt(first, 3)).toEqual(a);
  });

  it('reads the same characters once, at their own place in the text each time they stand there', () => {
    const phrase = '一二三四中国五六七八';
    const text = phrase + '，' + phrase;
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    try {
      expect(zhWordAt(text, 4)).toEqual({ start: 4, end: 6 });
      expect(zhWordAt(text, 15)).toEqual({ start: 15, end: 17 });
      expect(segment).toHaveBeenCalledTimes(1);
      // Another character of the same phrase is another window.
      expect(zhWordAt(text, 16)).toEqual({ start: 15, end: 17 });
      expect(segment).toHaveBeenCalledTimes(2);
    } finally {
      segment.mockRestore();
    }
  });

  it('tells apart the same characters asked at another place among them, near the start of a short text', () => {
    // Both positions read the whole text; each gets the word that holds its own character.
    const text = '美国和中国';
    expect(zhWordAt(text, 0)).toEqual({ start: 0, end: 2 });
    expect(zhWordAt(text, 3)).toEqual({ start: 3, end: 5 });
    expect(zhWordAt(text, 1)).toEqual({ start: 0, end: 2 });
  });
});
