import { describe, expect, it } from 'vitest';
import { importSources, netImportReliance, priceSeries, productionTable, reservesTable } from '../../scripts/mcs2026/build-figures';
import { parseCsv, type Reference, type WorldRow } from '../../scripts/mcs2026/read';

const SHEET = 'https://pubs.usgs.gov/periodicals/mcs2026/mcs2026-lithium.pdf';

function world(country: string, latest: number | undefined, reserves: number | undefined, note = '', prev?: number): WorldRow {
  return { slug: 'lithium', country, productionLatest: latest, productionPrev: prev, reserves, note, yearLatest: 2025, yearPrev: 2024, sourceUrl: SHEET };
}

/** A small extract in the shape of ../shared/reference/minerals/mcs2026, with its quirks. */
const reference: Reference = {
  world: [
    world('United States', undefined, 4400000, 'production_prev: W; production_latest: W'),
    world('Australia', 92000, 8400000, 'footnote 6', 82700),
    world('Congo (Kinshasa)', 500, undefined, 'reserves: NA', 100),
    world('China', 62000, 4600000, '', 41400),
    world('Other countries', 0, 2400000, 'footnote 7'),
    world('World total (rounded)', 290000, 37000000, 'footnote 8; reserves: >37,000,000', 222000),
  ],
  salient: [
    ...['2021', '2022', '2023', '2024', '2025e'].map((year, i) => ({ slug: 'lithium', label: 'Price, annual average, battery-grade lithium carbonate', section: 'Price, annual average', year, raw: ['11,700', '63700', '39000', '11800', '9000'][i] })),
    { slug: 'lithium', label: 'Net import reliance as a percentage of apparent consumption', section: 'Net import reliance as a percentage of apparent consumption', year: '2025e', raw: '>50' },
    { slug: 'lithium', label: 'Ores', section: 'Net import reliance as a percentage of apparent consumption', year: '2025e', raw: 'E' },
  ],
  imports: [
    { slug: 'lithium', range: '2021-24', category: 'all', country: 'Chile', sharePct: 54 },
    { slug: 'lithium', range: '2021-24', category: 'all', country: 'Argentina', sharePct: 43 },
    { slug: 'lithium', range: '2021-24', category: 'all', country: 'other', sharePct: 3 },
    { slug: 'lithium', range: '2021-24', category: 'short', country: 'Chile', sharePct: 54 },
  ],
};

const resolve = (name: string) => ({ Australia: 'country:AU', China: 'country:CN', 'United States': 'country:US', Chile: 'country:CL', Argentina: 'country:AR' })[name];

describe('the MCS 2026 import', () => {
  it('reads quoted CSV fields with commas, quotes and line breaks', () => {
    expect(parseCsv('a,b,c\n1,"x, ""y""",3\r\n2,"two\nlines",4\n')).toEqual([
      { a: '1', b: 'x, "y"', c: '3' },
      { a: '2', b: 'two\nlines', c: '4' },
    ]);
  });

  it('builds a production table: withheld rows kept as withheld, zero rows dropped, the US exclusion said', () => {
    const t = productionTable(reference, 'lithium', { stage: 'mine', unit: 'metric-tons', basis: 'content', excludesUS: true }, resolve);
    expect(t).toMatchObject({ kind: 'production', stage: 'mine', year: 2025, estimated: true, world: { value: 290000, excludes: ['country:US'] }, source: SHEET, asOf: '2026-02' });
    expect(t.rows).toEqual([
      { country: 'country:AU', value: 92000 },
      { country: 'country:CN', value: 62000 },
      { country: 'country:CD', value: 500 },
      { country: 'country:US', status: 'withheld' },
    ]);
  });

  it('stores thousand-ton sheets in tons, and can take the previous year', () => {
    const t = productionTable(reference, 'lithium', { stage: 'mine', unit: 'metric-tons', basis: 'content', scale: 1000, previousYear: true }, resolve);
    expect(t.year).toBe(2024);
    expect(t.estimated).toBeUndefined();
    expect(t.world?.value).toBe(222_000_000);
    expect(t.rows[0]).toEqual({ country: 'country:AU', value: 82_700_000 });
  });

  it('keeps a "more than" world reserve as a bound, and leaves NA rows out', () => {
    const t = reservesTable(reference, 'lithium', { unit: 'metric-tons', basis: 'content' }, resolve);
    expect(t.world).toEqual({ value: 37000000, qualifier: '>' });
    expect(t.rows.map((r) => r.country ?? r.label)).toEqual(['country:AU', 'country:CN', 'country:US', 'Other countries']);
  });

  it('reads import reliance, "net exporter" included', () => {
    expect(netImportReliance(reference, 'lithium', { label: 'Net import reliance as a percentage of apparent consumption' })).toMatchObject({ value: 0.5, qualifier: '>', year: 2025, estimated: true });
    expect(netImportReliance(reference, 'lithium', { label: 'Ores', product: ['ores', '矿石'] })).toMatchObject({ netExporter: true, product: 'ores', productZh: '矿石' });
    expect(() => netImportReliance(reference, 'lithium', {})).toThrow(/2 reliance rows/);
  });

  it('reads a five-year price line, the estimate marked', () => {
    const p = priceSeries(reference, 'lithium', { label: 'Price, annual average', product: ['battery-grade lithium carbonate', '电池级碳酸锂'], unit: 'usd-per-metric-ton' });
    expect(p.points).toEqual([
      { year: 2021, value: 11700 },
      { year: 2022, value: 63700 },
      { year: 2023, value: 39000 },
      { year: 2024, value: 11800 },
      { year: 2025, value: 9000, estimated: true },
    ]);
  });

  it('reads import sources, and refuses a list that does not add up', () => {
    expect(importSources(reference, 'lithium', { category: 'all' }, resolve)).toMatchObject({
      years: '2021–24',
      rows: [{ country: 'country:CL', share: 0.54 }, { country: 'country:AR', share: 0.43 }, { label: 'Other', labelZh: '其他', share: 0.03 }],
    });
    expect(() => importSources(reference, 'lithium', { category: 'short' }, resolve)).toThrow(/adds up to 54%/);
  });

  it('refuses a country name it does not know', () => {
    const odd = { ...reference, world: [...reference.world, world('Atlantis', 10, undefined)] };
    expect(() => productionTable(odd, 'lithium', { stage: 'mine', unit: 'metric-tons', basis: 'content' }, resolve)).toThrow(/unknown country name "Atlantis"/);
  });
});
