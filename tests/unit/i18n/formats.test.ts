import { describe, expect, it } from 'vitest';
import { formatDay, formatLarge, formatNumber } from '../../../lib/i18n/formats.ts';

describe('numbers in words and figures, through Intl', () => {
  it('rounds plain numbers to the fraction digits asked for, none by default', () => {
    expect(formatNumber('en', 1234.5678)).toBe('1,235');
    expect(formatNumber('en', 1234.5678, 2)).toBe('1,234.57');
    expect(formatNumber('zh', 1234.5678, 1)).toBe('1,234.6');
  });

  it('writes an amount out in full below where its language starts to use words (a million in English, 万 in Chinese), either sign', () => {
    const cases: [Parameters<typeof formatLarge>[0], number, string][] = [
      ['en', 999_999.499, '999,999.5'],
      ['en', 1e6, '1 million'],
      ['en', -67_000, '-67,000'],
      ['en', -2.4e6, '-2.4 million'],
      ['zh', 1234.567, '1,234.57'],
      ['zh', 9_999.5, '9,999.5'],
      ['zh', 1e4, '1万'],
      ['zh', -6.7e4, '-6.7万'],
    ];
    for (const [lang, value, text] of cases) expect(formatLarge(lang, value), `${lang} ${value}`).toBe(text);
  });

  it('writes a moment as its day in words', () => {
    // Noon UTC is the same day in every time zone the tests run in.
    const moment = Date.UTC(2025, 10, 6, 12);
    expect(formatDay('en', moment)).toBe('6 November 2025');
    expect(formatDay('zh', moment)).toBe('2025年11月6日');
  });
});
