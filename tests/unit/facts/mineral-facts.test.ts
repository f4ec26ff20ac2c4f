/**
 * What a mineral's card is made of: its own figures, or for a member of a group the group's where
 * it has none (labelled as the group's), its own "unavailable" records over the group's figures,
 * a price never borrowed, China's shares that go with the tables shown, and rows worded from the
 * countries file. Hand-built datasets, so each case holds only what it tests.
 */
import { describe, expect, it } from 'vitest';
import type { Unavailable } from '../../../lib/dataset/figures.ts';
import { loadDataset } from '../../../lib/dataset/load.ts';
import { mineralFacts } from '../../../lib/facts/mineral-facts.ts';
import { country, datasetOf, mineral, SRC, table } from './dataset-fixture.ts';

const countries = [country('country:CN', 'China', '中国'), country('country:US', 'United States', '美国'), country('country:CA', 'Canada', '加拿大')];
const gap = (status: Unavailable['status'], note: string): Unavailable => ({ status, note, noteZh: `${note}（中）`, source: SRC, asOf: '2025-01' });
const text = (en: string) => ({ text: en, textZh: `${en}（中）`, source: SRC, asOf: '2026-02' });
const share = (value: number, over = {}) => ({ value, stage: 'mine' as const, year: 2025, source: SRC, asOf: '2026-02', ...over });
const nir = (value: number, over = {}) => ({ value, year: 2025, source: SRC, asOf: '2026-01', ...over });
const imports = (share: number) => ({ years: '2021–24', rows: [{ country: 'country:CN', share }, { label: 'Other', labelZh: '其他', share: 1 - share }], source: SRC, asOf: '2026-02' });

const group = mineral('mineral:rare-earths', {
  names: { en: 'rare earths', zh: '稀土' },
  production: [table([{ country: 'country:CN', value: 270_000, share: 0.69 }])],
  reserves: table([{ country: 'country:CN', value: 44_000_000 }], { kind: 'reserves', stage: undefined }),
  chinaShares: [share(0.69)],
  usNetImportReliance: [nir(0.8)],
  importSources: [imports(0.7), { ...imports(0.5), category: 'compounds', categoryZh: '化合物' }],
  uses: text('Magnets.'),
  substitutes: text('Few.'),
  recycling: text('Little.'),
  price: { product: 'NdPr oxide', productZh: '氧化镨钕', unit: 'usd-per-kilogram', points: [{ year: 2024, value: 60 }, { year: 2025, value: 70 }], source: SRC, asOf: '2026-02' },
});
const groupLabel = { en: 'Rare earths (group)', zh: '稀土（整组）' };

function factsOf(m: ReturnType<typeof mineral>, extra: ReturnType<typeof mineral>[] = []) {
  const dataset = datasetOf({ minerals: [m, group, ...extra], countries });
  return mineralFacts(dataset, m, [], []);
}

describe("a member's facts", () => {
  it("shows the group's tables, shares, reliance, imports and prose, each labelled as the group's", () => {
    const f = factsOf(mineral('mineral:neodymium', { partOf: ['mineral:rare-earths'], groups: ['rare-earth'] }));
    expect(f.production.map((t) => [t.title.en, t.unit.en, t.group])).toEqual([['Mine production, 2025', 't (rare earths content)', groupLabel]]);
    // The group's figures are worded with the group's name ("rare earths content"), not the member's.
    expect(f.production[0].unit.en).toBe('t (rare earths content)');
    expect(f.reserves).toMatchObject({ title: { en: 'Reserves, 2025' }, group: groupLabel });
    expect(f.chinaShares).toMatchObject([{ value: 0.69, group: groupLabel }]);
    expect(f.reliance).toMatchObject([{ text: { en: '80%' }, group: groupLabel }]);
    expect(f.imports).toMatchObject({ rows: [{ label: 'China', share: 0.7 }, { label: 'Other', share: expect.closeTo(0.3) }], group: groupLabel });
    expect([f.uses?.group, f.substitutes?.group, f.recycling?.group]).toEqual([groupLabel, groupLabel, groupLabel]);
    expect(f.partOf).toEqual([{ id: 'mineral:rare-earths', label: 'rare earths', labelZh: '稀土' }]);
  });

  it("never borrows the group's price", () => {
    expect(factsOf(mineral('mineral:neodymium', { partOf: ['mineral:rare-earths'] }))).not.toHaveProperty('price');
  });

  it("prefers its own figures and prose, unlabelled, over the group's", () => {
    const own = mineral('mineral:neodymium', {
      partOf: ['mineral:rare-earths'],
      production: [table([{ country: 'country:US', value: 5 }], { kind: 'production', product: 'neodymium', productZh: '钕' })],
      usNetImportReliance: [nir(0.3)],
      uses: text('Own uses.'),
    });
    const f = factsOf(own);
    expect(f.production.map((t) => [t.title.en, t.group])).toEqual([['Neodymium mine production, 2025', undefined]]);
    // Its own tables have no share of China's: the group's share does not come with them.
    expect(f.chinaShares).toEqual([]);
    expect(f.reliance).toMatchObject([{ text: { en: '30%' } }]);
    expect(f.reliance[0]).not.toHaveProperty('group');
    expect(f.uses).toEqual({ text: { en: 'Own uses.', zh: 'Own uses.（中）' }, source: SRC, asOf: '2026-02' });
    expect(f.reserves?.group).toEqual(groupLabel);
  });

  it("says a block is unavailable on its own record rather than showing the group's figures", () => {
    const f = factsOf(mineral('mineral:neodymium', { partOf: ['mineral:rare-earths'], unavailable: { reserves: gap('not-published', 'No reserves.'), price: gap('not-covered', 'No price.') } }));
    expect(f).not.toHaveProperty('reserves');
    expect(f.unavailable).toEqual([
      { key: 'reserves', status: 'not-published', block: { en: 'Reserves', zh: '储量' }, statusText: { en: 'not published', zh: '未发布' }, note: { en: 'No reserves.', zh: 'No reserves.（中）' }, source: SRC, asOf: '2025-01' },
      { key: 'price', status: 'not-covered', block: { en: 'Price', zh: '价格' }, statusText: { en: 'not covered by the source', zh: '资料来源未涵盖' }, note: { en: 'No price.', zh: 'No price.（中）' }, source: SRC, asOf: '2025-01' },
    ]);
  });

  it("carries the group's unavailable records, labelled, in block order", () => {
    const g = { ...group, usNetImportReliance: [], importSources: [], unavailable: { importSources: gap('withheld', 'Withheld.'), usNetImportReliance: gap('not-listed', 'Not listed.') } };
    const m = mineral('mineral:neodymium', { partOf: ['mineral:rare-earths'] });
    const f = mineralFacts(datasetOf({ minerals: [m, g], countries }), m, [], []);
    expect(f.unavailable.map((u) => [u.key, u.statusText.en, u.group])).toEqual([
      ['usNetImportReliance', 'not listed', groupLabel],
      ['importSources', 'withheld by USGS', groupLabel],
    ]);
    expect(f.reliance).toEqual([]);
    expect(f).not.toHaveProperty('imports');
  });

  it("takes the group's table about the member as its own, and the group's shares with the group's tables", () => {
    const pgm = mineral('mineral:pgm', {
      names: { en: 'platinum-group metals', zh: '铂族金属' },
      production: [
        table([{ country: 'country:CA', value: 10 }], { product: 'palladium', productZh: '钯', productMineral: 'mineral:palladium' }),
        table([{ country: 'country:CA', value: 20 }], { product: 'platinum', productZh: '铂', productMineral: 'mineral:platinum' }),
      ],
      chinaShares: [share(0.01)],
    });
    const pd = mineral('mineral:palladium', { partOf: ['mineral:pgm'] });
    const ir = mineral('mineral:iridium', { partOf: ['mineral:pgm'] });
    const dataset = datasetOf({ minerals: [pgm, pd, ir], countries });
    const palladium = mineralFacts(dataset, pd, [], []);
    expect(palladium.production.map((t) => [t.title.en, t.group, t.unit])).toEqual([['Palladium mine production, 2025', undefined, { en: 't (palladium content)', zh: '吨（palladium矿含量）' }]]);
    const iridium = mineralFacts(dataset, ir, [], []);
    expect(iridium.production.map((t) => t.title.en)).toEqual(['Palladium mine production, 2025', 'Platinum mine production, 2025']);
    expect(iridium.production.every((t) => t.group?.en === 'Platinum-group metals (group)')).toBe(true);
    expect(iridium.chinaShares).toMatchObject([{ value: 0.01, group: { en: 'Platinum-group metals (group)' } }]);
  });

  it('shows all of its own tables, even one that names the mineral as its product', () => {
    const own = mineral('mineral:own', { production: [table([], { productMineral: 'mineral:own', product: 'own', productZh: '本矿' }), table([], { stage: 'refinery' })] });
    const f = mineralFacts(datasetOf({ minerals: [own], countries }), own, [], []);
    expect(f.production.map((t) => t.title.en)).toEqual(['Own mine production, 2025', 'Refinery production, 2025']);
  });

  it('has nothing of a group it does not find, nor anything missing on both', () => {
    const lone = mineral('mineral:lone', { partOf: ['mineral:missing'] });
    const f = mineralFacts(datasetOf({ minerals: [lone], countries }), lone, [], []);
    expect(f).toMatchObject({ production: [], chinaShares: [], reliance: [], unavailable: [], partOf: [{ id: 'mineral:missing', label: 'mineral:missing' }] });
    for (const key of ['uses', 'substitutes', 'recycling', 'reserves', 'price', 'imports', 'note', 'symbol', 'atomicNumber']) expect(f).not.toHaveProperty(key);
  });
});

describe('table rows and notes', () => {
  it('names rows from the countries file, keeps labels, and marks a row without a figure as withheld', () => {
    const m = mineral('mineral:x', {
      production: [table([
        { country: 'country:CN', value: 100, share: 0.5, qualifier: '~', note: 'estimated', noteZh: '估计' },
        { country: 'country:ZZ', value: 50 },
        { country: 'country:US', status: 'withheld' },
        { label: 'Other countries', labelZh: '其他国家', value: 50, share: 0 },
        { label: 'Unnamed in Chinese', value: 1 },
      ], { world: { value: 200, qualifier: '>' } })],
    });
    const [t] = mineralFacts(datasetOf({ minerals: [m], countries }), m, [], []).production;
    expect(t.rows).toEqual([
      { label: 'China', labelZh: '中国', country: 'country:CN', value: 100, share: 0.5, qualifier: '~', note: { en: 'estimated', zh: '估计' } },
      { label: 'country:ZZ', labelZh: 'country:ZZ', country: 'country:ZZ', value: 50 },
      { label: 'United States', labelZh: '美国', country: 'country:US', withheld: true },
      { label: 'Other countries', labelZh: '其他国家', value: 50, share: 0 },
      { label: 'Unnamed in Chinese', labelZh: 'Unnamed in Chinese', value: 1 },
    ]);
    // A total that leaves nothing out says nothing about it.
    expect(t.notes).toEqual([]);
    expect(t.world).toEqual({ value: 200, qualifier: '>' });
    expect(t).toMatchObject({ kind: 'production', year: 2025, unitShort: { en: 't', zh: '吨' }, source: SRC, asOf: '2026-02' });
    expect(t).not.toHaveProperty('estimated');
    expect(t).not.toHaveProperty('mixedForms');
  });

  it('says what the world total leaves out, withheld or not, before the table note', () => {
    const withheld = table([{ country: 'country:US', status: 'withheld' }], { world: { value: 10, excludes: ['country:US'] }, note: 'Table note.', noteZh: '表注。', estimated: true });
    const notWithheld = table([{ country: 'country:US', status: 'withheld' }, { country: 'country:CA', value: 1 }], { world: { value: 10, excludes: ['country:US', 'country:CA'] } });
    const m = mineral('mineral:x', { production: [withheld, notWithheld] });
    const [a, b] = mineralFacts(datasetOf({ minerals: [m], countries }), m, [], []).production;
    expect(a.notes).toEqual([
      { en: 'The world total leaves out United States output, which USGS withholds.', zh: '全球合计不含美国的产量（美国地质调查局未公开该数据）。' },
      { en: 'Table note.', zh: '表注。' },
    ]);
    expect(a.estimated).toBe(true);
    expect(b.notes).toEqual([{ en: 'The world total leaves out United States, Canada output.', zh: '全球合计不含美国、加拿大的产量。' }]);
  });

  it('keeps a note without its Chinese version in English on both sides, and a row label in both', () => {
    const m = mineral('mineral:x', { note: 'Only English.', production: [table([{ label: 'Other', labelZh: '其他', value: 1 }], { mixedForms: true, world: undefined })] });
    const f = mineralFacts(datasetOf({ minerals: [m], countries }), m, [], []);
    expect(f.note).toEqual({ en: 'Only English.', zh: 'Only English.' });
    expect(f.production[0]).toMatchObject({ mixedForms: true, rows: [{ label: 'Other', labelZh: '其他', value: 1 }] });
    expect(f.production[0]).not.toHaveProperty('world');
  });
});

describe('headline figures', () => {
  it('words every China share with its basis, product, year and note', () => {
    const m = mineral('mineral:copper', {
      production: [table([{ country: 'country:CN', value: 1 }])],
      chinaShares: [share(0.48, { stage: 'refinery', product: 'refined copper', productZh: '精炼铜', estimated: true, note: 'Another count.', noteZh: '另一统计。' }), share(0.08, { year: undefined })],
    });
    const f = mineralFacts(datasetOf({ minerals: [m], countries }), m, [], []);
    expect(f.chinaShares).toEqual([
      {
        value: 0.48, stage: 'refinery', product: { en: 'refined copper', zh: '精炼铜' }, year: 2025,
        basis: { en: 'of world refinery production of refined copper, 2025 (estimated)', zh: '占全球精炼铜精炼产量的份额，2025年（估计）' },
        note: { en: 'Another count.', zh: '另一统计。' }, source: SRC, asOf: '2026-02',
      },
      { value: 0.08, stage: 'mine', basis: { en: 'of world mine production', zh: '占全球矿山产量的份额' }, source: SRC, asOf: '2026-02' },
    ]);
  });

  it('words reliance, a net exporter, and the price with its unit', () => {
    const m = mineral('mineral:x', {
      usNetImportReliance: [
        nir(0.5, { qualifier: '>', product: 'metal', productZh: '金属', estimated: true, note: 'N.', noteZh: '注。' }),
        { netExporter: true, year: 2024, source: SRC, asOf: '2026-01' },
      ],
      price: { product: 'spot', productZh: '现货', unit: 'cents-per-pound', points: [{ year: 2024, value: 1 }, { year: 2025, value: 2, estimated: true }], note: 'P.', noteZh: '价注。', source: SRC, asOf: '2026-02' },
    });
    const f = mineralFacts(datasetOf({ minerals: [m], countries }), m, [], []);
    expect(f.reliance).toEqual([
      { text: { en: '>50%', zh: '>50%' }, product: { en: 'metal', zh: '金属' }, year: 2025, estimated: true, note: { en: 'N.', zh: '注。' }, source: SRC, asOf: '2026-01' },
      { text: { en: 'net exporter', zh: '净出口' }, year: 2024, source: SRC, asOf: '2026-01' },
    ]);
    expect(f.price).toEqual({
      product: { en: 'spot', zh: '现货' }, unit: { en: 'US¢/lb', zh: '美分/磅' }, points: [{ year: 2024, value: 1 }, { year: 2025, value: 2, estimated: true }],
      note: { en: 'P.', zh: '价注。' }, source: SRC, asOf: '2026-02',
    });
  });

  it('shows the main import list with its category; a row that is not a country keeps its label', () => {
    const m = mineral('mineral:x', { importSources: [{ ...imports(0.6), category: 'ores', categoryZh: '矿石' }, imports(0.1)] });
    const f = mineralFacts(datasetOf({ minerals: [m], countries }), m, [], []);
    expect(f.imports).toEqual({
      category: { en: 'ores', zh: '矿石' }, years: '2021–24',
      rows: [{ label: 'China', labelZh: '中国', country: 'country:CN', share: 0.6 }, { label: 'Other', labelZh: '其他', share: 0.4 }],
      source: SRC, asOf: '2026-02',
    });
  });

  it('carries symbol, atomic number, lists, controls and deals as given', () => {
    const m = mineral('mineral:x', { symbol: 'X', atomicNumber: 99, criticalLists: { us2018: true, us2022: true, us2025: false, source: SRC, asOf: '2025-11' } });
    const controls = [{ id: 'control:a' }] as Parameters<typeof mineralFacts>[2];
    const deals = [{ id: 'deal:a' }] as Parameters<typeof mineralFacts>[3];
    const f = mineralFacts(datasetOf({ minerals: [m], countries }), m, controls, deals);
    expect(f).toMatchObject({ kind: 'mineral', id: 'mineral:x', names: { en: 'x', zh: 'x矿' }, symbol: 'X', atomicNumber: 99, controls, deals });
    expect(f.criticalLists).toEqual({ us2022: true, us2025: false, source: SRC, asOf: '2025-11' });
  });
});

describe('bundled dataset', () => {
  it("gives lithium's card Chile as a producer, with the USGS sheet and its date", () => {
    const dataset = loadDataset();
    const f = mineralFacts(dataset, dataset.mineral('mineral:lithium')!, [], []);
    const main = f.production[0];
    expect(main.rows.some((r) => r.label === 'Chile' && r.share !== undefined)).toBe(true);
    expect(main.source).toMatch(/^https:\/\/pubs\.usgs\.gov\//);
    expect(main.asOf).toMatch(/^20\d\d/);
  });
});
