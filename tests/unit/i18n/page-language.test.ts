import { describe, expect, it } from 'vitest';
import { pageLanguage, textLanguage } from '../../../lib/i18n/page-language.ts';

describe("a page's language, for cards that follow the page", () => {
  it('is what the page declares, when it declares one', () => {
    expect(pageLanguage('zh-CN', () => 'Tungsten prices')).toBe('zh');
    expect(pageLanguage('zh-Hant', () => '')).toBe('zh');
    expect(pageLanguage('en-GB', () => '中国宣布对钨实施出口管制')).toBe('en');
    // A page in a language Assay does not speak: the cards stay in the reader's language.
    expect(pageLanguage('de', () => 'Wolfram')).toBeUndefined();
  });

  it("is its text's when it declares none: Han characters for Chinese, Latin letters for English", () => {
    expect(pageLanguage('', () => '中国商务部宣布，对镓、锗相关物项实施出口管制。')).toBe('zh');
    expect(pageLanguage(null, () => 'China announced export controls on gallium and germanium.')).toBe('en');
    expect(textLanguage('据路透社报道，Lynas 与美国国防部签署了协议。')).toBe('zh');
    expect(textLanguage('The 钨 price rose again in Rotterdam this week.')).toBe('en');
    expect(textLanguage('日本の経済産業省はレアアースの供給について')).toBeUndefined();
    expect(textLanguage('42')).toBeUndefined();
  });
});
