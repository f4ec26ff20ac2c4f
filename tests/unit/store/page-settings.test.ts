import { describe, expect, it } from 'vitest';
import { isPageSettings, pageSettingsFor } from '../../../lib/settings/page-settings.ts';
import { DEFAULT_SETTINGS, mergeSettings } from '../../../lib/settings/defaults.ts';

describe("a page's view of the settings", () => {
  const settings = mergeSettings(DEFAULT_SETTINGS, { siteRules: { mode: 'all-except', deny: ['clinic.example'], allow: ['x.example'] }, hoverDelayMs: 300 });

  it('says whether Assay is on for that site, and holds no site list', () => {
    expect(pageSettingsFor(settings, 'news.example.com', 'en-US')).toEqual({
      enabled: true,
      types: DEFAULT_SETTINGS.types,
      colours: DEFAULT_SETTINGS.colours,
      hoverDelayMs: 300,
      language: 'en',
      cardLanguage: 'assay',
    });
    expect(pageSettingsFor(settings, 'www.clinic.example', 'en-US').enabled).toBe(false);
    expect(pageSettingsFor(settings, 'a.clinic.example', 'en-US').enabled).toBe(false);
    expect(JSON.stringify(pageSettingsFor(settings, 'a.clinic.example', 'en-US'))).not.toMatch(/clinic|x\.example/);
    expect(pageSettingsFor({ ...settings, enabled: false }, 'news.example.com', 'en-US').enabled).toBe(false);
  });

  it("tells the page the reader's language, resolved: auto follows the browser's", () => {
    expect(pageSettingsFor(settings, 'news.example.com', 'zh-CN').language).toBe('zh');
    expect(pageSettingsFor(settings, 'news.example.com', 'zh-TW').language).toBe('zh');
    expect(pageSettingsFor(settings, 'news.example.com', 'de-DE').language).toBe('en');
    const chosen = mergeSettings(settings, { language: 'en', cardLanguage: 'page' });
    expect(pageSettingsFor(chosen, 'news.example.com', 'zh-CN')).toMatchObject({ language: 'en', cardLanguage: 'page' });
    expect(pageSettingsFor(mergeSettings(settings, { language: 'zh' }), 'news.example.com', 'en-US').language).toBe('zh');
  });

  it('is checked by the content script as strictly as the schema checks settings', () => {
    const good = pageSettingsFor(settings, 'news.example.com', 'en-US');
    expect(isPageSettings(good)).toBe(true);
    for (const alsoGood of [{ ...good, cardLanguage: 'page' }, { ...good, language: 'zh' }, { ...good, hoverDelayMs: 0 }, { ...good, hoverDelayMs: 10_000 }]) {
      expect(isPageSettings(alsoGood), JSON.stringify(alsoGood)).toBe(true);
    }
    for (const bad of [
      null,
      [],
      { ...good, enabled: 'yes' },
      { ...good, types: { ...good.types, deal: 1 } },
      { ...good, colours: { ...good.colours, deal: { light: '#ff0000', dark: 'green' } } },
      { ...good, colours: { ...good.colours, mineral: { light: 'amber', dark: 'toString' } } },
      { ...good, colours: { mineral: good.colours.mineral, country: good.colours.country } },
      { ...good, hoverDelayMs: -1 },
      { ...good, hoverDelayMs: 10_001 },
      { ...good, hoverDelayMs: 1.5 },
      { ...good, language: 'auto' },
      { ...good, language: 'de' },
      { ...good, cardLanguage: 'reader' },
      { ...good, language: undefined },
    ]) {
      expect(isPageSettings(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});
