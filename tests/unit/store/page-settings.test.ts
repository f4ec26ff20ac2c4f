import { describe, expect, it } from 'vitest';
import { isPageSettings, pageSettingsFor } from '../../../lib/settings/page-settings.ts';
import { DEFAULT_SETTINGS, mergeSettings } from '../../../lib/settings/defaults.ts';

describe("a page's view of the settings", () => {
  const settings = mergeSettings(DEFAULT_SETTINGS, { siteRules: { mode: 'all-except', deny: ['clinic.example'], allow: ['x.example'] }, hoverDelayMs: 300 });

  it('says whether Assay is on for that site, and holds no site list', () => {
    expect(pageSettingsFor(settings, 'news.example.com')).toEqual({ enabled: true, types: DEFAULT_SETTINGS.types, colours: DEFAULT_SETTINGS.colours, hoverDelayMs: 300 });
    expect(pageSettingsFor(settings, 'www.clinic.example').enabled).toBe(false);
    expect(pageSettingsFor(settings, 'a.clinic.example').enabled).toBe(false);
    expect(JSON.stringify(pageSettingsFor(settings, 'a.clinic.example'))).not.toMatch(/clinic|x\.example/);
    expect(pageSettingsFor({ ...settings, enabled: false }, 'news.example.com').enabled).toBe(false);
  });

  it('is checked by the content script as strictly as the schema checks settings', () => {
    const good = pageSettingsFor(settings, 'news.example.com');
    expect(isPageSettings(good)).toBe(true);
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
    ]) {
      expect(isPageSettings(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});
