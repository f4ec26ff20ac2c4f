/**
 * How a card writes its numbers, at the edges each rule has: where millions start, where a Chinese
 * unit rolls over to the next, where a share gets its decimal, where a price loses one, and what a
 * date, a rank or a sum of money looks like in each language.
 */
import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatPrice, formatQuantity, formatShare, groupDigits, ordinal } from '../../../lib/facts/numbers.ts';

describe('groupDigits', () => {
  it('groups thousands and drops the zeros a fraction ends in', () => {
    expect(groupDigits(1234567.891, 2)).toBe('1,234,567.89');
    expect(groupDigits(1.5, 2)).toBe('1.5');
    expect(groupDigits(2, 2)).toBe('2');
    expect(groupDigits(999, 0)).toBe('999');
  });

  it('keeps a minus only on a figure that is not zero once rounded', () => {
    expect(groupDigits(-1234.5, 2)).toBe('-1,234.5');
    // The whole part is 0, the fraction is not: still negative.
    expect(groupDigits(-0.05, 1)).toBe('-0.1');
    expect(groupDigits(-0.001, 2)).toBe('0');
    // A whole negative figure keeps its sign with no decimals to carry it.
    expect(groupDigits(-5, 0)).toBe('-5');
    expect(groupDigits(-1234.5, 0)).toBe('-1,235');
  });
});

describe('formatQuantity', () => {
  it('switches to millions and billions exactly at 10^6 and 10^9', () => {
    expect([999_999, 1e6, 1e9, 123.456].map((v) => formatQuantity(v))).toEqual(['999,999', '1 million', '1 billion', '123.46']);
  });

  it('keeps the decimals it is asked for in millions and billions', () => {
    expect(formatQuantity(1.55e9)).toBe('1.6 billion');
    expect(formatQuantity(1.55e9, 'en', 2)).toBe('1.55 billion');
    expect(formatQuantity(2_345_000, 'en', 2)).toBe('2.35 million');
  });

  it('writes Chinese in 万, 亿 and 万亿 from exactly one of each', () => {
    expect(formatQuantity(9999, 'zh')).toBe('9,999');
    expect(formatQuantity(1e4, 'zh')).toBe('1万');
    expect(formatQuantity(1e8, 'zh')).toBe('1亿');
    expect(formatQuantity(1e12, 'zh')).toBe('1万亿');
    expect(formatQuantity(123456, 'zh')).toBe('12.3万');
    expect(formatQuantity(123456, 'zh', 2)).toBe('12.35万');
  });

  it('writes an English figure that rounds to 1,000 million in billions, as Chinese moves to 亿', () => {
    expect(formatQuantity(999_940_000)).toBe('999.9 million');
    expect(formatQuantity(999_960_000)).toBe('1 billion');
    expect(formatQuantity(999_999_999)).toBe('1 billion');
    expect(formatQuantity(999_994_000, 'en', 2)).toBe('999.99 million');
    expect(formatQuantity(999_996_000, 'en', 2)).toBe('1 billion');
  });

  it('moves a Chinese figure that rounds to 10,000 of a unit into the next unit, but not past the last', () => {
    expect(formatQuantity(99_995_000, 'zh')).toBe('9999.5万');
    expect(formatQuantity(99_999_999, 'zh')).toBe('1亿');
    expect(formatQuantity(9_999_990_000_000_000, 'zh')).toBe('10000万亿');
  });
});

describe('formatShare', () => {
  it('writes under 0.1% as "<0.1%", one decimal below 1%, whole percents from 1%', () => {
    const shares = [0.0009, 0.001, 0.0094, 0.0095, 0.0099, 0.01, 0.125, 1];
    // 0.95% and 0.99% round to 1%, written like every whole percent, not as "1.0%".
    expect(shares.map(formatShare)).toEqual(['<0.1%', '0.1%', '0.9%', '1%', '1%', '1%', '13%', '100%']);
  });
});

describe('formatPrice', () => {
  it('gives two decimals under 10, one under 100, none from 100', () => {
    const prices = [0.97, 1.234, 9.87, 9.999, 10, 12.34, 99.44, 99.95, 123.4, 11_700];
    expect(prices.map(formatPrice)).toEqual(['0.97', '1.23', '9.87', '10', '10', '12.3', '99.4', '100', '123', '11,700']);
  });
});

describe('formatDate', () => {
  it('writes a year, a month or a day as precisely as it is given', () => {
    expect(formatDate('2024')).toBe('2024');
    expect(formatDate('2025-12')).toBe('Dec 2025');
    expect(formatDate('2025-03-05')).toBe('5 Mar 2025');
    expect(formatDate('2024', 'zh')).toBe('2024年');
    expect(formatDate('2025-01', 'zh')).toBe('2025年1月');
    expect(formatDate('2025-01-05', 'zh')).toBe('2025年1月5日');
  });

  it('keeps a month number it has no name for', () => {
    expect(formatDate('2025-13')).toBe('13 2025');
  });
});

describe('ordinal', () => {
  it('gives st, nd and rd after 1, 2, 3 except in the teens of each hundred', () => {
    expect([0, 1, 2, 3, 4, 10, 11, 12, 13, 20, 23, 24, 111, 112, 113, 121, 1002].map((n) => ordinal(n))).toEqual([
      '0th', '1st', '2nd', '3rd', '4th', '10th', '11th', '12th', '13th', '20th', '23rd', '24th', '111th', '112th', '113th', '121st', '1002nd',
    ]);
    expect(ordinal(12, 'zh')).toBe('第12');
  });
});

describe('formatMoney', () => {
  it('puts a known sign before the figure and an unknown code with a space', () => {
    expect(formatMoney(2e6, 'AUD')).toBe('A$2 million');
    expect(formatMoney(2e6, 'EUR')).toBe('€2 million');
    expect(formatMoney(2e6, 'XYZ')).toBe('XYZ 2 million');
    expect(formatMoney(2e6, undefined)).toBe('2 million');
  });

  it('names the currency after the figure in Chinese', () => {
    expect(formatMoney(8.5e9, 'USD', 'zh')).toBe('85亿美元');
    expect(formatMoney(1.55e9, 'USD', 'zh', 2)).toBe('15.5亿美元');
    expect(formatMoney(1.234e9, 'USD', 'zh', 2)).toBe('12.34亿美元');
    expect(formatMoney(2e6, 'CNY', 'zh')).toBe('200万元人民币');
    expect(formatMoney(2e6, 'XYZ', 'zh')).toBe('200万 XYZ');
    expect(formatMoney(2e6, undefined, 'zh')).toBe('200万');
  });
});
