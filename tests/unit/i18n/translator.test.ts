import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatQuantity, formatShare } from '../../../lib/facts/numbers.ts';
import { formatDay, formatLarge, formatMoment, formatPercent } from '../../../lib/i18n/formats.ts';
import { langOfTag, resolveLanguage } from '../../../lib/i18n/language.ts';
import type { Catalog } from '../../../lib/i18n/message-format.ts';
import { createTranslator, type Translator } from '../../../lib/i18n/translator.ts';

const catalog: Catalog = {
  greeting: { message: 'Hello $NAME$', placeholders: { name: { content: '$1' } } },
  plain: { message: 'Plain' },
  pair: { message: '[$FIRST$|$SECOND$]', placeholders: { first: { content: '$1' }, second: { content: '$2' } } },
  items_one: { message: 'One item in $WHERE$', placeholders: { where: { content: '$2' } } },
  items_other: { message: '$COUNT$ items in $WHERE$', placeholders: { count: { content: '$1' }, where: { content: '$2' } } },
};
const zhCatalog: Catalog = {
  greeting: { message: '你好，$NAME$', placeholders: { name: { content: '$1' } } },
  items_other: { message: '$WHERE$有 $COUNT$ 项', placeholders: { count: { content: '$1' }, where: { content: '$2' } } },
};
// The test catalogs are not the real ones, so their keys are not typed.
const loose = (t: Translator) => t as unknown as ((key: string, values?: Record<string, string | number>) => string) & { plural(base: string, count: number, values?: Record<string, string>): string };

describe('the translator', () => {
  it('fills placeholders by name and writes numbers with grouped digits', () => {
    const t = loose(createTranslator('en', catalog));
    expect(t('greeting', { name: 'Gallium' })).toBe('Hello Gallium');
    expect(t('greeting', { name: 12345.678 })).toBe('Hello 12,345.68');
    expect(t('plain')).toBe('Plain');
  });

  it('leaves a placeholder the call gives no value for empty, and says its language', () => {
    const t = loose(createTranslator('zh', catalog));
    expect(t('pair', { second: 'B' })).toBe('[|B]');
    expect(t('pair', { first: 'A' })).toBe('[A|]');
    expect(createTranslator('zh', catalog).lang).toBe('zh');
    expect(createTranslator('en', catalog).lang).toBe('en');
  });

  it('takes a missing message from the fallback, and shows the key when neither has it', () => {
    const t = loose(createTranslator('zh', zhCatalog, catalog));
    expect(t('greeting', { name: '镓' })).toBe('你好，镓');
    expect(t('plain')).toBe('Plain');
    expect(t('nowhere')).toBe('nowhere');
  });

  it('chooses the plural form by the language: English has one and other, Chinese only other', () => {
    const en = loose(createTranslator('en', catalog));
    expect(en.plural('items', 1, { where: 'the list' })).toBe('One item in the list');
    expect(en.plural('items', 0, { where: 'the list' })).toBe('0 items in the list');
    expect(en.plural('items', 1500, { where: 'the list' })).toBe('1,500 items in the list');
    const zh = loose(createTranslator('zh', zhCatalog, catalog));
    expect(zh.plural('items', 1, { where: '列表' })).toBe('列表有 1 项');
    expect(zh.plural('items', 2, { where: '列表' })).toBe('列表有 2 项');
  });
});

describe('languages', () => {
  it("resolves auto to the browser's language, Chinese for every Chinese tag, English for the rest", () => {
    expect(resolveLanguage('auto', 'zh-CN')).toBe('zh');
    expect(resolveLanguage('auto', 'zh-Hant-TW')).toBe('zh');
    expect(resolveLanguage('auto', 'en-GB')).toBe('en');
    expect(resolveLanguage('auto', 'fr')).toBe('en');
    expect(resolveLanguage('zh', 'en-US')).toBe('zh');
    expect(resolveLanguage('en', 'zh-CN')).toBe('en');
    expect(langOfTag('ja')).toBeUndefined();
  });

  it('reads a tag by its first subtag, in any case, with - or _, spaces around it ignored', () => {
    const cases: [string | null | undefined, string | undefined][] = [
      [' zh-CN ', 'zh'],
      ['ZH_tw', 'zh'],
      ['EN-gb', 'en'],
      ['en', 'en'],
      ['eng', undefined],
      ['x-en', undefined],
      ['', undefined],
      [null, undefined],
      [undefined, undefined],
    ];
    for (const [tag, lang] of cases) expect(langOfTag(tag), String(tag)).toBe(lang);
  });
});

describe('numbers and dates in Chinese, through Intl', () => {
  it('writes large amounts in 万 and 亿, percentages and dates as Chinese does', () => {
    expect(formatLarge('zh', 67_000)).toBe('6.7万');
    expect(formatLarge('zh', 8.5e9)).toBe('85亿');
    expect(formatLarge('zh', 2.4e6)).toBe('240万');
    expect(formatLarge('en', 8.5e9)).toBe('8.5 billion');
    expect(formatPercent('zh', 0.827, 0)).toBe('83%');
    expect(formatDay('zh', '2025-11-06')).toBe('2025年11月6日');
    expect(formatDay('zh', '2025-11')).toBe('2025年11月');
    expect(formatDay('zh', '2025')).toBe('2025年');
    expect(formatDay('en', '2025-11-06')).toBe('6 November 2025');
    expect(formatMoment('zh', Date.UTC(2025, 2, 3, 6, 5))).toMatch(/^2025年3月3日 \d\d:05$/);
  });

  it("the cards' written-out Chinese numbers and dates are what Intl writes (they skip Intl's start-up cost)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e4, max: 9e15, noNaN: true }), fc.constantFrom(1, 2), (value, digits) => {
        expect(formatQuantity(value, 'zh', digits)).toBe(formatLarge('zh', value, digits));
      }),
    );
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        expect(formatDate(iso, 'zh')).toBe(formatDay('zh', iso));
        expect(formatDate(iso.slice(0, 7), 'zh')).toBe(formatDay('zh', iso.slice(0, 7)));
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1, noNaN: true }), (share) => {
        expect(formatShare(share)).toBe(formatPercent('zh', share, 0));
      }),
    );
  });

  it('names the currency after the figure in Chinese money', () => {
    expect(formatMoney(8.5e9, 'USD', 'zh')).toBe('85亿美元');
    expect(formatMoney(1.55e9, 'USD', 'zh', 2)).toBe('15.5亿美元');
    expect(formatMoney(6.7e4, 'AUD', 'zh')).toBe('6.7万澳元');
    expect(formatMoney(8.5e9, 'USD', 'en')).toBe('US$8.5 billion');
  });
});
