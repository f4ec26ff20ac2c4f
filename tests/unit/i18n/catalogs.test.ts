/**
 * The two catalogs (public/_locales/en and zh_CN) in step: the same messages, each plural in the
 * forms its language has, the same placeholders, every placeholder the browser could load, and
 * every message used somewhere.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGS, popoverCatalog, translatorFor } from '../../../lib/i18n/catalogs.ts';
import { LANG_TAG, LANGS, type Lang } from '../../../lib/i18n/language.ts';
import { formatEntry, withPlaceholders, type Catalog, type CatalogEntry } from '../../../lib/i18n/message-format.ts';

const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseOf = (key: string) => key.replace(PLURAL, '');

/** A message's placeholders, sorted: name → content. */
const placeholders = (entry: CatalogEntry | undefined) =>
  Object.entries(entry?.placeholders ?? {})
    .map(([name, p]) => `${name}=${p.content}`)
    .sort();

function keysOf(catalog: Catalog) {
  return Object.keys(catalog);
}

describe('the catalogs', () => {
  it('hold the same messages, each plural in exactly the forms its language has (CLDR)', () => {
    const en = CATALOGS.en;
    const bases = (c: Catalog) => [...new Set(keysOf(c).map(baseOf))].sort();
    for (const lang of LANGS) {
      expect(bases(CATALOGS[lang]), lang).toEqual(bases(en));
      const categories = new Intl.PluralRules(LANG_TAG[lang]).resolvedOptions().pluralCategories;
      const plurals = new Set(keysOf(en).filter((k) => PLURAL.test(k)).map(baseOf));
      for (const base of plurals) {
        const forms = keysOf(CATALOGS[lang]).filter((k) => PLURAL.test(k) && baseOf(k) === base).map((k) => k.slice(base.length + 1));
        expect(forms.sort(), `${lang} ${base}`).toEqual([...categories].sort());
      }
    }
    expect(keysOf(en).length).toBeGreaterThan(300);
  });

  it('give each message the same placeholders in every language', () => {
    for (const lang of LANGS) {
      for (const [key, entry] of Object.entries(CATALOGS[lang])) {
        const english = CATALOGS.en[key] ?? CATALOGS.en[`${baseOf(key)}_other`];
        expect(placeholders(entry), `${lang} ${key}`).toEqual(placeholders(english));
      }
    }
  });

  it('are messages the browser loads: names it accepts, every placeholder defined and used, lower-case names for $1…$9', () => {
    for (const lang of LANGS) {
      for (const [key, entry] of Object.entries(CATALOGS[lang])) {
        expect(key, lang).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(entry.message.trim(), `${lang} ${key}`).not.toBe('');
        expect(() => withPlaceholders(entry), `${lang} ${key}`).not.toThrow();
        for (const [name, p] of Object.entries(entry.placeholders ?? {})) {
          expect(name, `${lang} ${key}`).toMatch(/^[a-z][a-z0-9_]*$/);
          expect(p.content, `${lang} ${key} ${name}`).toMatch(/^\$[1-9]$/);
          expect(entry.message.toLowerCase(), `${lang} ${key} uses $${name}$`).toContain(`$${name}$`);
        }
      }
    }
  });

  it('are written in their language: Chinese messages hold Chinese, unless they are only a name or signs', () => {
    const language: Record<Lang, RegExp> = { en: /^[^\u3400-\u9fff]*$/, zh: /[\u3400-\u9fff]/ };
    for (const lang of LANGS) {
      for (const [key, entry] of Object.entries(CATALOGS[lang])) {
        const text = formatEntry(entry, ['1', '2', '3', '4']).replace(/\bAssay\b|Alt\+Shift\+\w|Esc|Ctrl\+Enter|Markdown|JSON|CSV|Obsidian|USGS|ODbL|[\d\s\p{P}\p{S}]/gu, '');
        if (text) expect(text, `${lang} ${key}`).toMatch(language[lang]);
      }
    }
  });

  it('match the manifest: every __MSG_…__ of the build config is in both', () => {
    const config = readFileSync('wxt.config.ts', 'utf8');
    const used = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(5);
    for (const key of used) for (const lang of LANGS) expect(CATALOGS[lang][key], `${lang} ${key}`).toBeDefined();
  });

  it('hold no message that nothing uses', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : /\.(tsx?|html)$/.test(name) ? [path] : [];
      });
    const source = [...files('components'), ...files('entrypoints'), ...files('lib'), 'wxt.config.ts'].map((f) => readFileSync(f, 'utf8')).join('\n');
    const unused = [...new Set(keysOf(CATALOGS.en).map(baseOf))].filter((base) => !source.includes(`'${base}'`) && !source.includes(`__MSG_${base}__`) && !source.includes(`"${base}"`));
    expect(unused).toEqual([]);
  });
});

describe('what each part of the extension gets from the catalogs', () => {
  it('gives the content script the popover messages of its language and nothing else', () => {
    for (const lang of LANGS) {
      const popover = popoverCatalog(lang);
      const expected = keysOf(CATALOGS[lang]).filter((key) => key.startsWith('popover_'));
      expect(expected.length, lang).toBeGreaterThan(5);
      expect(Object.keys(popover).sort(), lang).toEqual(expected.sort());
      for (const key of expected) expect(popover[key], `${lang} ${key}`).toBe(CATALOGS[lang][key]);
    }
  });

  it("gives the extension's pages a translator that says which language it speaks", () => {
    for (const lang of LANGS) expect(translatorFor(lang).lang).toBe(lang);
    expect(translatorFor('zh')('options_hue_amber')).toBe(formatEntry(CATALOGS.zh.options_hue_amber));
  });
});
