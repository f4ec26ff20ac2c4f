import { describe, expect, it } from 'vitest';
import { checkBilingual, checkDataset, checkTable, roundingSlack } from '../../lib/dataset/check';
import type { Table } from '../../lib/dataset/figures';
import { loadDataset } from '../../lib/dataset/load';
import { coverage, coverageCounts, coverageProblems } from '../../lib/facts/coverage';
import { indexDataset } from '../../lib/dataset/load';

const dataset = loadDataset();

function table(rows: Table['rows'], world?: Table['world']): Table {
  return {
    kind: 'production',
    stage: 'mine',
    year: 2025,
    unit: 'metric-tons',
    basis: 'content',
    ...(world ? { world } : {}),
    rows,
    source: 'https://pubs.usgs.gov/periodicals/mcs2026/mcs2026-test.pdf',
    asOf: '2026-02',
  };
}

describe('data:check table checks', () => {
  it('finds nothing wrong in the bundled dataset', () => {
    const report = checkDataset(dataset);
    expect(report.problems).toEqual([]);
    expect(report.tables).toBeGreaterThan(60);
    expect(report.figures).toBeGreaterThan(1000);
  });

  it('recomputes every share from its table', () => {
    const ok = table([{ country: 'country:CN', value: 67000, share: 0.788 }, { country: 'country:VN', value: 3000, share: 0.035 }], { value: 85000 });
    expect(checkTable(ok, 't')).toEqual([]);
    const wrong = table([{ country: 'country:CN', value: 67000, share: 0.83 }], { value: 85000 });
    expect(checkTable(wrong, 't').map((p) => p.message)).toEqual(['country:CN: share 0.83 should be 0.788 (67000 of 85000)']);
    const missing = table([{ country: 'country:CN', value: 67000 }], { value: 85000 });
    expect(checkTable(missing, 't')[0].message).toMatch(/no share/);
    const bound = table([{ country: 'country:CN', value: 67000, share: 0.5 }], { value: 85000, qualifier: '>' });
    expect(checkTable(bound, 't')[0].message).toMatch(/no point world total/);
  });

  it('flags rows that add up to more than 105% of the world total', () => {
    const t = table([{ country: 'country:CN', value: 90, share: 0.9 }, { label: 'Other countries', labelZh: '其他国家', value: 20, share: 0.2 }], { value: 100 });
    expect(checkTable(t, 't').map((p) => p.message)).toContain('rows add up to 110.0% of the world total (more than 105.0%)');
  });

  it('flags a world total under the listed countries beyond its rounding', () => {
    // 909,000 kg of listed countries fit a world total printed as 900,000 (rounded to the nearest 100,000)...
    const gallium = table([{ country: 'country:CN', value: 900000, share: 1 }, { country: 'country:RU', value: 9000, share: 0.01 }], { value: 900000 });
    expect(checkTable(gallium, 't')).toEqual([]);
    // ...but not one printed as 110,000 when the countries hold 116,000.
    const over = table([{ country: 'country:CN', value: 82000, share: 0.745 }, { country: 'country:RU', value: 34000, share: 0.309 }], { value: 110000 });
    expect(checkTable(over, 't').map((p) => p.message)).toEqual([
      'rows add up to 105.5% of the world total (more than 105.0%)',
      'the world total 110000 is under the 116000 of the listed countries, more than its rounding allows',
    ]);
  });

  it('knows how far a rounded total may be off', () => {
    expect(roundingSlack(900000)).toBe(50000);
    expect(roundingSlack(110000)).toBe(5000);
    expect(roundingSlack(54345)).toBe(0.5);
    expect(roundingSlack(0)).toBe(0);
  });

  it('finds prose without its Chinese version anywhere in a record', () => {
    expect(checkBilingual({ uses: { text: 'Batteries.', textZh: '电池。' } }, 'm')).toEqual([]);
    expect(checkBilingual({ uses: { text: 'Batteries.' } }, 'm').map((p) => p.message)).toEqual(['.uses.text has no Chinese textZh']);
    expect(checkBilingual({ rows: [{ label: 'Other countries', labelZh: 'Other' }] }, 'm')[0].message).toMatch(/rows\[0\]\.label/);
  });

  it('reports a figure that lost its source', () => {
    const broken = structuredClone(dataset.minerals);
    const lithium = broken.find((m) => m.id === 'mineral:lithium')!;
    (lithium.production[0] as { source?: string }).source = undefined;
    const report = checkDataset({ minerals: broken, countries: [] });
    expect(report.problems).toEqual([{ where: 'mineral:lithium production[0]', message: 'no source' }]);
  });
});

describe('coverage of the 2025 list', () => {
  const rows = coverage(dataset);

  it('covers the 60 minerals with producers, uses and import reliance, or says USGS publishes none', () => {
    expect(rows).toHaveLength(60);
    expect(coverageProblems(rows)).toEqual([]);
    const counts = coverageCounts(rows);
    expect(counts.uses).toBe(60);
    expect(counts.producerShares).toBeGreaterThanOrEqual(50);
  });

  it('says whose figures a card shows and on what basis China is measured', () => {
    const row = (name: string) => rows.find((r) => r.name === name)!;
    expect(row('neodymium')).toMatchObject({ producers: 'group', reliance: '67% (group)', chinaShare: '69% mine production (group), 2025' });
    expect(row('copper').chinaShare).toBe('48% refined copper refinery production, 2025');
    expect(row('germanium').chinaShare).toMatch(/refinery production, 2022$/);
    expect(row('cesium')).toMatchObject({ producers: 'not published', reliance: '100%' });
    expect(row('metallurgical coal').producers).toBe('not covered');
    expect(row('chromium').chinaShare).toBe('not listed');
  });

  it('reports a card of the list that lost its uses', () => {
    const broken = structuredClone(dataset.minerals);
    delete (broken.find((m) => m.id === 'mineral:cobalt') as { uses?: unknown }).uses;
    const problems = coverageProblems(coverage(indexDataset({ ...dataset, minerals: broken })));
    expect(problems).toEqual(['cobalt: no uses']);
  });
});
