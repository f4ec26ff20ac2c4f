/**
 * The coverage table of data/README.md: each block of a card as the mineral's own, its group's,
 * unavailable (and why) or missing; China's share with its basis; the counts, the problems and
 * the markdown. Hand-built minerals, so each cell is made by the case that tests it.
 */
import { describe, expect, it } from 'vitest';
import type { Unavailable } from '../../../lib/dataset/figures.ts';
import { coverage, coverageCounts, coverageMarkdown, coverageProblems, coverageRow, type CoverageRow } from '../../../lib/facts/coverage.ts';
import { country, datasetOf, mineral, SRC, table } from './dataset-fixture.ts';

const gap = (status: Unavailable['status']): Unavailable => ({ status, note: 'Why.', noteZh: '原因。', source: SRC, asOf: '2026-02' });
const text = { text: 'Text.', textZh: '文字。', source: SRC, asOf: '2026-02' };
const countries = [country('country:CN', 'China', '中国')];

const full = mineral('mineral:full', {
  production: [table([{ country: 'country:CN', value: 10, share: 0.5 }], { stage: 'refinery', product: 'refined full', productZh: '精炼' })],
  reserves: table([{ country: 'country:CN', value: 1 }], { kind: 'reserves', stage: undefined }),
  chinaShares: [{ value: 0.5, stage: 'refinery', product: 'refined full', productZh: '精炼', year: 2025, source: SRC, asOf: '2026-02' }],
  usNetImportReliance: [{ value: 0.5, qualifier: '>', year: 2025, source: SRC, asOf: '2026-02' }],
  price: { product: 'p', productZh: '价', unit: 'usd-per-kilogram', points: [{ year: 2024, value: 1 }, { year: 2025, value: 2 }], source: SRC, asOf: '2026-02' },
  uses: text,
  substitutes: text,
  recycling: text,
});
const member = mineral('mineral:member', { partOf: ['mineral:full'] });
const bare = mineral('mineral:bare', {
  unavailable: { production: gap('not-published'), reserves: gap('withheld'), usNetImportReliance: gap('not-covered'), price: gap('not-listed') },
});
const empty = mineral('mineral:empty', { criticalLists: { us2022: true, us2025: false, source: SRC, asOf: '2025' } });
const dataset = datasetOf({ minerals: [full, member, bare, empty], countries });

describe('coverageRow', () => {
  it("marks the mineral's own blocks yes, and China's share with its product, stage and year", () => {
    expect(coverageRow(dataset, full)).toEqual({
      id: 'mineral:full', name: 'full', producers: 'yes', producerShares: true, reserves: 'yes', reliance: '>50%', price: 'yes',
      uses: 'yes', substitutes: 'yes', recycling: 'yes', chinaShare: '50% refined full refinery production, 2025',
    });
  });

  it("marks a member's inherited blocks as the group's, its price as missing", () => {
    expect(coverageRow(dataset, member)).toEqual({
      id: 'mineral:member', name: 'member', producers: 'group', producerShares: true, reserves: 'group', reliance: '>50% (group)', price: 'no',
      uses: 'group', substitutes: 'group', recycling: 'group', chinaShare: '50% refined full refinery production (group), 2025',
    });
  });

  it('says why a block is unavailable, and gives China\'s share the reason producers have', () => {
    expect(coverageRow(dataset, bare)).toMatchObject({
      producers: 'not published', producerShares: false, reserves: 'withheld', reliance: 'not covered', price: 'not listed', uses: 'no', chinaShare: 'not published',
    });
    const grouped = mineral('mineral:grouped', { partOf: ['mineral:bare'] });
    expect(coverageRow(datasetOf({ minerals: [bare, grouped] }), grouped)).toMatchObject({ producers: 'not published (group)', reserves: 'withheld (group)', chinaShare: 'not published (group)' });
  });

  it("says a share without a year or product plainly, and an explicit gap in China's share", () => {
    // Only a country's share is drawn as a bar; "Other countries" with a share is not.
    const plain = mineral('mineral:plain', { production: [table([{ country: 'country:CN', value: 1 }, { label: 'Other countries', labelZh: '其他国家', value: 1, share: 0.5 }])], chinaShares: [{ value: 0.0005, stage: 'mine', source: SRC, asOf: '2026' }] });
    expect(coverageRow(datasetOf({ minerals: [plain], countries }), plain)).toMatchObject({ chinaShare: '<0.1% mine production', producerShares: false });
    const listed = mineral('mineral:listed', { production: [table([{ country: 'country:CN', value: 1 }])], unavailable: { chinaShare: gap('not-listed') } });
    expect(coverageRow(datasetOf({ minerals: [listed], countries }), listed).chinaShare).toBe('not listed');
  });

  it("does not claim China's share for producers without one", () => {
    const noChina = mineral('mineral:nochina', { production: [table([{ country: 'country:CA', value: 1, share: 1 }])] });
    expect(coverageRow(datasetOf({ minerals: [noChina], countries }), noChina)).toMatchObject({ producers: 'yes', chinaShare: 'no' });
  });

  it('says no for whatever is neither given nor explained', () => {
    expect(coverageRow(dataset, empty)).toEqual({
      id: 'mineral:empty', name: 'empty', producers: 'no', producerShares: false, reserves: 'no', reliance: 'no', price: 'no',
      uses: 'no', substitutes: 'no', recycling: 'no', chinaShare: 'no',
    });
  });
});

describe('coverage, counts, problems, markdown', () => {
  const rows = coverage(dataset);

  it('takes the minerals of the 2025 list only, in name order', () => {
    expect(rows.map((r) => r.name)).toEqual(['bare', 'full', 'member']);
  });

  it('counts as given the own, group and figure cells, not the reasons or the gaps', () => {
    const net: CoverageRow = { ...coverageRow(dataset, empty), reliance: 'net exporter', chinaShare: '7% mine production' };
    expect(coverageCounts([...rows, net])).toEqual({
      minerals: 4, producers: 2, producerShares: 2, reserves: 2, reliance: 3, price: 1, uses: 2, substitutes: 2, recycling: 2, chinaShare: 3,
    });
  });

  it('reports missing producers, uses and reliance, each with its reason', () => {
    expect(coverageProblems([coverageRow(dataset, empty), coverageRow(dataset, bare), coverageRow(dataset, full)])).toEqual([
      'empty: no producers and no "not published" record',
      'empty: no uses',
      'empty: no US net import reliance and no "not published" record',
      'bare: no uses',
    ]);
  });

  it('writes a markdown table, a row per mineral', () => {
    expect(coverageMarkdown([coverageRow(dataset, full), coverageRow(dataset, bare)]).split('\n')).toEqual([
      "| Mineral | Producers | Shares drawn | Reserves | US net import reliance | Price | Uses | Substitutes | Recycling | China's share (basis, year) |",
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      '| full | yes | yes | yes | >50% | yes | yes | yes | yes | 50% refined full refinery production, 2025 |',
      '| bare | not published | no | withheld | not covered | not listed | no | no | no | not published |',
    ]);
  });
});
