import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../lib/dataset/load.ts';
import { cardFor } from '../../../lib/facts/cards.ts';
import { formatDate, formatMoney, formatQuantity, groupDigits, formatShare, safeHref } from '../../../components/cards/format.ts';

const dataset = loadDataset();

describe('cardFor', () => {
  it('builds a mineral card with resolved labels and sourced figures', () => {
    const card = cardFor(dataset, 'mineral:tungsten');
    expect(card?.kind).toBe('mineral');
    if (card?.kind !== 'mineral') return;
    expect(card.names).toEqual({ en: 'tungsten', zh: '钨' });
    expect(card.production?.rows[0]).toMatchObject({ label: 'China', country: 'country:CN' });
    expect(card.production?.source).toMatch(/^https:\/\/pubs\.usgs\.gov/);
    expect(card.chinaShare?.value).toBeGreaterThan(0.8);
    expect(card.controls.map((c) => c.id)).toContain('control:cn-2025-10');
    expect(card.criticalLists.us2025).toBe(true);
  });

  it('builds a country card with its mineral profile split into production and reserves', () => {
    const card = cardFor(dataset, 'country:KZ');
    if (card?.kind !== 'country') throw new Error('expected a country card');
    expect(card.names.zh).toBe('哈萨克斯坦');
    expect(card.production.every((r) => r.measure.includes('production'))).toBe(true);
    expect(card.reserves.length).toBeGreaterThan(0);
    expect(card.deals.map((d) => d.id)).toContain('deal:us-kazakhstan-tungsten-2025');
    for (const row of [...card.production, ...card.reserves]) {
      expect(row.source).toBeTruthy();
      expect(row.asOf).toMatch(/^\d{4}/);
    }
  });

  it('builds a deal card with parties resolved', () => {
    const card = cardFor(dataset, 'deal:us-australia-framework-2025');
    if (card?.kind !== 'deal') throw new Error('expected a deal card');
    expect(card.parties.map((p) => p.label)).toEqual(expect.arrayContaining(['United States', 'Australia']));
    expect(card.sources.length).toBeGreaterThan(0);
  });

  it('answers undefined for an unknown id', () => {
    expect(cardFor(dataset, 'mineral:unobtainium')).toBeUndefined();
  });
});

describe('card formatting', () => {
  it.each([
    [67000, '67,000'],
    [2_400_000, '2.4 million'],
    [8.5e9, '8.5 billion'],
    [1234.5678, '1,234.57'],
    [999, '999'],
    [0.05, '0.05'],
    [1e9, '1 billion'],
  ])('formatQuantity(%d) = %s', (value, text) => expect(formatQuantity(value)).toBe(text));

  it('groups digits the way Intl does in English, over many values', () => {
    const intl = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
    for (const v of [0, 1, 12, 123, 1234, 12345.6, 999999.999, 1e6, 123456789.12, -1234.5, -0.001, 0.1 + 0.2]) {
      expect(groupDigits(v, 2)).toBe(intl.format(v).replace('-0', '0'));
    }
  });

  it('formats shares, money and dates', () => {
    expect(formatShare(0.827)).toBe('83%');
    expect(formatShare(0.004)).toBe('0.4%');
    expect(formatShare(0)).toBe('<0.1%');
    expect(formatMoney(8.5e9, 'USD')).toBe('US$8.5 billion');
    expect(formatMoney(1.55e9, 'USD', 2)).toBe('US$1.55 billion');
    expect(formatMoney(1.3e9, 'USD', 2)).toBe('US$1.3 billion');
    expect(formatDate('2025-11-07')).toBe('7 Nov 2025');
    expect(formatDate('2025-01')).toBe('Jan 2025');
  });

  it('only links http(s) sources', () => {
    expect(safeHref('https://pubs.usgs.gov/x.pdf')).toBe('https://pubs.usgs.gov/x.pdf');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('USGS Mineral Commodity Summaries 2025')).toBeUndefined();
  });
});
