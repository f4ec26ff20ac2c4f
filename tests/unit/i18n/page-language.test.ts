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

  it('takes four letters or characters to tell, and counts one Han character as five Latin letters, a tie going to Chinese', () => {
    const cases: [string, string | undefined][] = [
      ['tin', undefined],
      ['Gold', 'en'],
      ['钨矿', undefined],
      ['钨矿出口', 'zh'],
      ['钨 price', 'zh'],
      ['钨 prices', 'en'],
      ['钨锡 metal mines', 'zh'],
      ['钨锡 metal miners', 'en'],
    ];
    for (const [text, lang] of cases) expect(textLanguage(text), text).toBe(lang);
  });

  it('goes by the text when the declared language is blank', () => {
    expect(pageLanguage('  ', () => 'China announced export controls on gallium.')).toBe('en');
  });
});
