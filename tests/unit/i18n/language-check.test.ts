/**
 * The checks the language e2e tests judge screens with, shown failing on screens that are wrong:
 * an English word left on a Chinese screen, an English screen, Chinese not marked as Chinese.
 */
import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import zh from '../../../public/_locales/zh_CN/messages.json';
import type { Catalog } from '../../../lib/i18n/message-format.ts';
import { latinWords, misMarked, unmarkedChinese, unmarkedEnglishNames } from '../../e2e/language-check.ts';

describe('latinWords', () => {
  it('finds nothing on a Chinese line once its names, symbols and sources are taken out', () => {
    expect(latinWords('矿产 钨 Tungsten × W 来源： pubs.usgs.gov · 截至2026年2月', ['Tungsten', 'W'])).toEqual([]);
  });

  it('finds the one English word left on a Chinese line, and every word of an English one', () => {
    expect(latinWords('保存 clipping 到你的摘录', ['Assay'])).toEqual(['clipping']);
    expect(latinWords("China's share of world mine production, 2025 (estimated)", ['Tungsten', 'W'])).toEqual([
      "China's", 'share', 'of', 'world', 'mine', 'production', 'estimated',
    ]);
  });

  it('takes out addresses and host names, not words that only begin like an allowed one', () => {
    expect(latinWords('见 https://www.usgs.gov/faqs/what-a-critical-mineral 与 127.0.0.1、example.com')).toEqual([]);
    expect(latinWords('Assayed 与 Assay', ['Assay'])).toEqual(['Assayed']);
    expect(latinWords('2025e: 380')).toEqual(['e']);
  });

  it("passes the Chinese catalog with only its key names, formats and the dataset's credits left in Latin letters", () => {
    const allowed = ['Assay', 'Esc', 'Alt+Shift+S', 'http', 'https', 'Markdown', 'JSON', '.json', 'CSV', 'Obsidian', 'Mohammed Le Doze', 'ODbL', 'U.S. Geological Survey'];
    const left = Object.entries(zh as Catalog).flatMap(([key, entry]) => latinWords(entry.message.replace(/\$\w+\$/g, ' '), allowed).map((word) => `${key}: ${word}`));
    expect(left).toEqual([]);
  });

  it('fails the English catalog with the same allowances: it is not blind to English', () => {
    const messages = Object.values(en as Catalog).map((entry) => entry.message.replace(/\$\w+\$/g, ' '));
    const english = messages.filter((message) => latinWords(message, ['Assay', 'Esc', 'Markdown', 'JSON', 'CSV']).length > 0);
    expect(english.length / messages.length).toBeGreaterThan(0.95);
  });
});

describe('marking', () => {
  it('finds Chinese, however short, not marked as Chinese', () => {
    expect(unmarkedChinese([{ text: '钨', lang: 'zh-CN' }, { text: 'Tungsten', lang: 'en' }])).toEqual([]);
    expect(unmarkedChinese([{ text: '钨', lang: 'en' }, { text: '哈萨克斯坦', lang: '' }])).toHaveLength(2);
  });

  it('finds text marked as the other language, where the text is long enough to tell', () => {
    const chineseAsEnglish = { text: '美国与哈萨克斯坦签署关键矿产合作协议', lang: 'en' };
    const englishAsChinese = { text: 'The tungsten test', lang: 'zh-CN' };
    expect(misMarked([chineseAsEnglish, englishAsChinese, { text: 'W', lang: 'zh-CN' }, { text: 'The tungsten test', lang: 'en-GB' }])).toEqual([
      chineseAsEnglish,
      englishAsChinese,
    ]);
  });

  it('finds an English name on a Chinese screen that is not marked English', () => {
    const segments = [
      { text: 'Tungsten', lang: 'zh-CN' },
      { text: 'Kazakhstan', lang: 'en' },
      { text: 'Alcoan', lang: 'zh-CN' },
    ];
    expect(unmarkedEnglishNames(segments, ['Tungsten', 'Kazakhstan', 'Alcoa'])).toEqual([segments[0]]);
  });
});
