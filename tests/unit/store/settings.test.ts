import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, mergeSettings, SettingsStore } from '../../../lib/store/settings.ts';
import { isSiteEnabled, siteEntryFromInput, withSiteEnabled } from '../../../lib/settings/site-rules.ts';
import { normaliseTags } from '../../../lib/records/tags.ts';
import type { Settings } from '../../../lib/records/types.ts';
import { fakeClock, freshDb } from './helpers.ts';

describe('SettingsStore', () => {
  it('gives the defaults before anything was changed', async () => {
    const { db } = await freshDb();
    const store = new SettingsStore(db);
    expect(await store.get()).toEqual(DEFAULT_SETTINGS);
    expect(await store.getRecord()).toBeUndefined();
  });

  it('applies a partial change and keeps the rest, with the change time', async () => {
    const { db } = await freshDb();
    const clock = fakeClock();
    const store = new SettingsStore(db, clock.now);
    const updated = await store.update({ types: { deal: false }, colours: { mineral: { dark: 'violet' } } });
    expect(updated).toEqual({
      ...DEFAULT_SETTINGS,
      types: { ...DEFAULT_SETTINGS.types, deal: false },
      colours: { ...DEFAULT_SETTINGS.colours, mineral: { light: DEFAULT_SETTINGS.colours.mineral.light, dark: 'violet' } },
    });
    expect(await store.get()).toEqual(updated);
    expect((await store.getRecord())?.updatedAt).toBe(clock.now());

    const again = await store.update({ siteRules: { deny: ['example.com'] } });
    expect(again.types.deal).toBe(false);
    expect(again.siteRules).toEqual({ mode: 'all-except', deny: ['example.com'], allow: [] });
  });

  it('fills settings stored by an older version with the defaults of newer fields', () => {
    const old = { ...DEFAULT_SETTINGS, hoverDelayMs: undefined } as unknown as Settings;
    expect(mergeSettings(DEFAULT_SETTINGS, old).hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
  });

  it('does not let callers change the defaults object', async () => {
    const { db } = await freshDb();
    const settings = await new SettingsStore(db).get();
    settings.types.mineral = false;
    expect(DEFAULT_SETTINGS.types.mineral).toBe(true);
  });
});

describe('isSiteEnabled', () => {
  const base = DEFAULT_SETTINGS;

  it('is on everywhere by default and off everywhere when Assay is switched off', () => {
    expect(isSiteEnabled(base, 'reuters.com')).toBe(true);
    expect(isSiteEnabled({ ...base, enabled: false }, 'reuters.com')).toBe(false);
  });

  it('honours the deny list, including subdomains but not look-alikes', () => {
    const settings: Settings = { ...base, siteRules: { mode: 'all-except', deny: ['example.com'], allow: [] } };
    expect(isSiteEnabled(settings, 'example.com')).toBe(false);
    expect(isSiteEnabled(settings, 'news.example.com')).toBe(false);
    expect(isSiteEnabled(settings, 'www.example.com')).toBe(false);
    expect(isSiteEnabled(settings, 'notexample.com')).toBe(true);
  });

  it('compares hosts without case, a trailing dot (example.com. is the same host), surrounding spaces or a leading www. only', () => {
    const settings: Settings = { ...base, siteRules: { mode: 'all-except', deny: ['example.com', 'aexample.org'], allow: [] } };
    for (const host of ['Example.COM', 'example.com.', ' www.example.com ', 'www.news.example.com.']) expect(isSiteEnabled(settings, host), host).toBe(false);
    // awww.example.org is not aexample.org: only a www. at the start goes.
    for (const host of ['awww.example.org', 'example.org', 'example.com.org']) expect(isSiteEnabled(settings, host), host).toBe(true);
  });

  it('honours the allow list in only-listed mode', () => {
    const settings: Settings = { ...base, siteRules: { mode: 'only-listed', deny: [], allow: ['ft.com'] } };
    expect(isSiteEnabled(settings, 'ft.com')).toBe(true);
    expect(isSiteEnabled(settings, 'markets.ft.com')).toBe(true);
    expect(isSiteEnabled(settings, 'reuters.com')).toBe(false);
  });
});

describe('withSiteEnabled', () => {
  it('adds to and removes from the deny list in all-except mode', () => {
    const rules = DEFAULT_SETTINGS.siteRules;
    const off = withSiteEnabled(rules, 'www.example.com', false);
    expect(off.deny).toEqual(['example.com']);
    expect(withSiteEnabled(off, 'example.com', false).deny).toEqual(['example.com']);
    expect(withSiteEnabled({ ...off, deny: ['example.com', 'ft.com'] }, 'news.example.com', true).deny).toEqual(['ft.com']);
  });

  it('adds to and removes from the allow list in only-listed mode', () => {
    const rules = { mode: 'only-listed' as const, deny: [], allow: ['ft.com'] };
    expect(withSiteEnabled(rules, 'reuters.com', true).allow).toEqual(['ft.com', 'reuters.com']);
    expect(withSiteEnabled(rules, 'ft.com', false).allow).toEqual([]);
  });
});

describe('siteEntryFromInput', () => {
  it('turns what people type into a host', () => {
    expect(siteEntryFromInput('https://www.Example.com/path?x=1')).toBe('example.com');
    expect(siteEntryFromInput('news.example.com')).toBe('news.example.com');
    expect(siteEntryFromInput('  ')).toBeNull();
    expect(siteEntryFromInput('not a host!')).toBeNull();
  });

  it('finds the host in a pasted link whatever it carries, and refuses what is no host name', () => {
    const cases: [string, string | null][] = [
      ['example.com/login?next=https://other.org', 'example.com'],
      ['HTTP://Example.com.:8080/', 'example.com'],
      ['bücher.example', 'xn--bcher-kva.example'],
      ['awww.example.com', 'awww.example.com'],
      ['', null],
      ['https://', null],
      ['my_site.example', null],
      ['_dmarc.example.com', null],
    ];
    for (const [input, host] of cases) expect(siteEntryFromInput(input), input).toBe(host);
  });
});

describe('normaliseTags', () => {
  it('trims, drops #, collapses spaces and removes case-insensitive duplicates', () => {
    expect(normaliseTags(['#Cobalt', ' cobalt ', 'supply   chain', '', '##', 'Batteries'])).toEqual([
      'Cobalt',
      'supply chain',
      'Batteries',
    ]);
  });

  it('drops only leading #s and the spaces after them, and keeps apart tags that differ by a letter, not a case', () => {
    expect(normaliseTags(['# Cobalt', '#  cobalt', 'C#', 'rare#earths'])).toEqual(['Cobalt', 'C#', 'rare#earths']);
    // Turkish ı and i are two letters; upper-casing both gives I, lower-casing keeps them apart.
    expect(normaliseTags(['Kırka', 'Kirka', 'KIRKA'])).toEqual(['Kırka', 'Kirka']);
  });
});
