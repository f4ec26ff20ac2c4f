import { describe, expect, it } from 'vitest';
import { checkBilingual, checkDataset, checkSourced, checkTable, roundingSlack } from '../../lib/dataset/check';
import type { Table } from '../../lib/dataset/figures';
import type { Mineral } from '../../lib/dataset/schema';
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

  it('takes a share off by float noise alone as right, and one further off as wrong', () => {
    expect(checkTable(table([{ country: 'country:CN', value: 0, share: 1e-9 }], { value: 100 }), 't')).toEqual([]);
    expect(checkTable(table([{ country: 'country:CN', value: 0, share: 2e-9 }], { value: 100 }), 't').map((p) => p.message)).toEqual([
      'country:CN: share 2e-9 should be 0 (0 of 100)',
    ]);
  });

  it('accepts rows adding up to exactly 105% and countries exactly at the rounding allowance', () => {
    const atOverSum = table([{ country: 'country:CN', value: 95, share: 0.95 }, { label: 'Other countries', labelZh: '其他国家', value: 10, share: 0.1 }], { value: 100 });
    expect(checkTable(atOverSum, 't')).toEqual([]);
    // 110,000 may stand for up to 115,000.
    const atSlack = table([{ country: 'country:CN', value: 82000, share: 0.745 }, { country: 'country:RU', value: 33000, share: 0.3 }], { value: 110000 });
    expect(checkTable(atSlack, 't')).toEqual([]);
  });

  it('holds only the listed countries to the rounding allowance, not "Other countries"', () => {
    // 54,345 is exact to the unit, and the countries stay under it; the rest is the other countries' share.
    const t = table([{ country: 'country:CN', value: 54000, share: 0.994 }, { label: 'Other countries', labelZh: '其他国家', value: 1000, share: 0.018 }], { value: 54345 });
    expect(checkTable(t, 't')).toEqual([]);
  });

  it('computes no share from a world total of 0, but refuses listed figures above it', () => {
    expect(checkTable(table([{ country: 'country:CN', value: 0 }], { value: 0 }), 't')).toEqual([]);
    expect(checkTable(table([{ country: 'country:CN', value: 5 }], { value: 0 }), 't').map((p) => p.message)).toEqual([
      'the world total 0 is under the 5 of the listed countries, more than its rounding allows',
    ]);
  });

  it('says a "less than" world total cannot be checked, and asks no share of it', () => {
    const t = table([{ country: 'country:CN', value: 40 }], { value: 100, qualifier: '<' });
    expect(checkTable(t, 'm reserves')).toEqual([{ where: 'm reserves', message: 'a world total given as "less than" cannot be checked' }]);
  });

  it('finds a table with no figures, but not one whose figures are all withheld', () => {
    expect(checkTable(table([]), 't').map((p) => p.message)).toEqual(['the table has no figures']);
    // The schema refuses a row with neither a value nor a status; the checker reads it as no figure.
    expect(checkTable(table([{ country: 'country:CN' }]), 't').map((p) => p.message)).toEqual(['the table has no figures']);
    const withheld = table([{ country: 'country:US', status: 'withheld' }, { country: 'country:CA', status: 'not-available' }]);
    expect(checkTable(withheld, 't')).toEqual([]);
  });

  it('wants a source of at least 8 characters and an as-of date in one of its forms', () => {
    expect(checkSourced({ source: 'USGS MCS', asOf: '2026' }, 'x')).toEqual([]);
    expect(checkSourced({ source: 'USGS MC', asOf: '2026-02-01' }, 'x')).toEqual([{ where: 'x', message: 'no source' }]);
    expect(checkSourced({ source: 'USGS MCS 2026', asOf: 'February 2026' }, 'x')).toEqual([{ where: 'x', message: 'no valid as-of date' }]);
    expect(checkSourced({ source: 'USGS MCS 2026' }, 'x')).toEqual([{ where: 'x', message: 'no valid as-of date' }]);
  });

  it.each(['text', 'note', 'product', 'category', 'label'])('wants a Chinese twin of every %s field', (key) => {
    expect(checkBilingual({ [key]: 'In English' }, 'm')).toEqual([{ where: 'm', message: `.${key} has no Chinese ${key}Zh` }]);
    expect(checkBilingual({ [key]: 'In English', [`${key}Zh`]: '中文' }, 'm')).toEqual([]);
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

describe('data:check on broken copies of real records', () => {
  /** The problems of one real mineral (and the countries asked for), after `edit` broke something. */
  function problemsOf(id: string, edit: (m: Record<string, any>) => void, countries: string[] = []) {
    const mineral = structuredClone(dataset.mineral(id)) as Record<string, any>;
    edit(mineral);
    return checkDataset({ minerals: [mineral as Mineral], countries: countries.map((c) => dataset.country(c)!) }).problems;
  }

  it.each([
    ['reserves', 'reserves'],
    ['chinaShares.0', 'chinaShares[0]'],
    ['usNetImportReliance.0', 'usNetImportReliance[0]'],
    ['price', 'price'],
    ['importSources.0', 'importSources[0]'],
    ['uses', 'uses'],
    ['substitutes', 'substitutes'],
    ['recycling', 'recycling'],
    ['criticalLists', 'criticalLists'],
  ])('names graphite\'s %s when it loses its source', (path, what) => {
    const problems = problemsOf('mineral:graphite', (m) => {
      delete path.split('.').reduce((x, key) => x[key], m).source;
    });
    expect(problems).toEqual([{ where: `mineral:graphite ${what}`, message: 'no source' }]);
  });

  it('names an unavailable block that loses its source', () => {
    expect(problemsOf('mineral:cesium', (m) => delete m.unavailable.production.source)).toEqual([
      { where: 'mineral:cesium unavailable.production', message: 'no source' },
    ]);
  });

  it('names the table whose share is wrong', () => {
    expect(problemsOf('mineral:graphite', (m) => (m.production[0].rows[1].share = 0.5))).toEqual([
      { where: 'mineral:graphite production[0]', message: 'country:MG: share 0.5 should be 0.044 (80000 of 1800000)' },
    ]);
    expect(problemsOf('mineral:graphite', (m) => (m.reserves.rows[1].share = 0.5))).toEqual([
      { where: 'mineral:graphite reserves', message: 'country:BR: share 0.5 should be 0.239 (74000000 of 310000000)' },
    ]);
  });

  it('wants US import shares adding up to between 97% and 102%', () => {
    const withShares = (...shares: number[]) =>
      problemsOf('mineral:graphite', (m) => (m.importSources[0].rows = shares.map((share, i) => ({ country: ['country:CN', 'country:CA'][i], share }))));
    expect(withShares(0.97)).toEqual([]);
    expect(withShares(0.52, 0.5)).toEqual([]);
    expect(withShares(0.96)).toEqual([{ where: 'mineral:graphite importSources[0]', message: 'shares add up to 96.0%' }]);
    expect(withShares(0.53, 0.5)).toEqual([{ where: 'mineral:graphite importSources[0]', message: 'shares add up to 103.0%' }]);
  });

  it('names the mineral or country whose prose lost its Chinese version', () => {
    expect(problemsOf('mineral:graphite', (m) => delete m.uses.textZh)).toEqual([{ where: 'mineral:graphite', message: '.uses.text has no Chinese textZh' }]);
    const kazakhstan = { ...dataset.country('country:KZ')!, note: 'A note in English only.' };
    expect(checkDataset({ minerals: [], countries: [kazakhstan] }).problems).toEqual([{ where: 'country:KZ', message: '.note has no Chinese noteZh' }]);
  });

  it("names a country's profile entries made from a table or list that lost its source", () => {
    expect(problemsOf('mineral:graphite', (m) => delete m.production[0].source, ['country:CN'])).toEqual([
      { where: 'mineral:graphite production[0]', message: 'no source' },
      { where: 'country:CN mineral:graphite production', message: 'no source' },
    ]);
    expect(problemsOf('mineral:graphite', (m) => delete m.importSources[0].source, ['country:CN'])).toEqual([
      { where: 'mineral:graphite importSources[0]', message: 'no source' },
      { where: 'country:CN mineral:graphite US imports', message: 'no source' },
    ]);
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
