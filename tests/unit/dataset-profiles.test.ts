/**
 * Country profiles derived from the mineral tables: who ranks where, which table a profile
 * reads when a mineral has several, and which of a table's fields an entry carries.
 */
import { describe, expect, it } from 'vitest';
import type { Table } from '../../lib/dataset/figures';
import { loadDataset } from '../../lib/dataset/load';
import { buildProfiles, profilesOf } from '../../lib/dataset/profiles';
import type { Mineral } from '../../lib/dataset/schema';

const dataset = loadDataset();
const mineral = (id: string) => dataset.mineral(id)!;
const graphite = mineral('mineral:graphite');
const mainTable = graphite.production[0];

/** Graphite with only its production table, changed by `table`. */
function graphiteWith(table: Partial<Table>): Mineral {
  const { reserves: _reserves, ...rest } = graphite;
  return { ...rest, production: [{ ...mainTable, ...table }], importSources: [] };
}

const productionEntries = (minerals: Mineral[], country: string) =>
  (buildProfiles(minerals).minerals.get(country) ?? []).filter((e) => e.kind === 'production');

describe('country profiles', () => {
  it('rank the countries with a figure, largest first, equal figures sharing a rank', () => {
    const rows: Table['rows'] = [
      { country: 'country:AT', value: 10 },
      { country: 'country:BR', value: 30 },
      { country: 'country:CA', value: 20 },
      { country: 'country:DE', value: 20 },
      { country: 'country:ES', value: 0 },
      { country: 'country:US', status: 'withheld' },
      { label: 'Other countries', labelZh: '其他国家', value: 50 },
    ];
    const profiles = buildProfiles([graphiteWith({ world: undefined, rows })]).minerals;
    const places = Object.fromEntries([...profiles].map(([country, [entry]]) => [country, [entry.rank, entry.of]]));
    // No figure, a zero or a row that is not a country has no place in the ranking.
    expect(places).toEqual({ 'country:BR': [1, 4], 'country:CA': [2, 4], 'country:DE': [2, 4], 'country:AT': [4, 4] });
  });

  it("copy the table's stage, product, year and estimate mark, and the row's share", () => {
    const china = mainTable.rows.find((r) => r.country === 'country:CN')!;
    expect(productionEntries([graphiteWith({})], 'country:CN')).toStrictEqual([
      {
        mineral: 'mineral:graphite', kind: 'production', stage: 'mine', product: mainTable.product, productZh: mainTable.productZh,
        year: mainTable.year, estimated: true, rank: 1, of: expect.any(Number), value: china.value, unit: mainTable.unit,
        basis: mainTable.basis, share: china.share, source: mainTable.source, asOf: mainTable.asOf,
      },
    ]);
  });

  it('leave out what a table or row does not say, and carry a qualified figure as qualified', () => {
    const bare = graphiteWith({ year: undefined, estimated: undefined, world: undefined, rows: [{ country: 'country:CN', value: 1_000, qualifier: '~' }] });
    expect(productionEntries([bare], 'country:CN')).toStrictEqual([
      {
        mineral: 'mineral:graphite', kind: 'production', stage: 'mine', product: mainTable.product, productZh: mainTable.productZh,
        rank: 1, of: 1, value: 1_000, qualifier: '~', unit: mainTable.unit, basis: mainTable.basis, source: mainTable.source, asOf: mainTable.asOf,
      },
    ]);
  });

  it("file a group's table about one member under that member, without naming the product", () => {
    const southAfrica = buildProfiles([mineral('mineral:platinum-group-metals')]).minerals.get('country:ZA')!;
    expect(southAfrica.map((e) => [e.mineral, e.kind, 'product' in e ? e.product : 'no product'])).toEqual([
      ['mineral:palladium', 'production', 'no product'],
      ['mineral:platinum', 'production', 'no product'],
      ['mineral:platinum-group-metals', 'reserves', 'all platinum-group metals'],
    ]);
    // A table with no product at all names none either.
    const chileanMine = productionEntries([mineral('mineral:copper')], 'country:CL').find((e) => e.stage === 'mine')!;
    expect('product' in chileanMine || 'productZh' in chileanMine).toBe(false);
  });

  it('read the newest table of each stage and product; of two tables of one year, the first', () => {
    const older = { ...mainTable, year: mainTable.year! - 1, rows: mainTable.rows.map((r) => ({ ...r, value: r.value! / 2 })) };
    for (const production of [[older, mainTable], [mainTable, older]]) {
      expect(productionEntries([{ ...graphite, production }], 'country:CN').map((e) => e.year), `${production.map((t) => t.year)}`).toEqual([mainTable.year]);
    }
    const sameYear = { ...older, year: mainTable.year };
    const [entry] = productionEntries([{ ...graphite, production: [mainTable, sameYear] }], 'country:CN');
    expect(entry.value).toBe(mainTable.rows[0].value);
    // Other stages and other products are kept beside each other.
    expect(productionEntries([mineral('mineral:copper')], 'country:CL').map((e) => e.stage)).toEqual(['refinery', 'mine']);
    expect(productionEntries([mineral('mineral:titanium')], 'country:AU').map((e) => e.product)).toEqual(['ilmenite', 'rutile']);
  });

  it('rank nobody in a table of mixed product forms', () => {
    const boron = mineral('mineral:boron');
    expect(buildProfiles([boron]).minerals.size).toBe(0);
    // The same rows as one product would be ranked: it is the mark that keeps them apart.
    const asOneForm = { ...boron, production: [{ ...boron.production[0], mixedForms: undefined }] };
    expect(buildProfiles([asOneForm]).minerals.size).toBe(boron.production[0].rows.filter((r) => r.value).length);
  });

  it('name the product group of a US import list when the list has one', () => {
    const [chile] = buildProfiles([mineral('mineral:copper')]).usImports.get('country:CL')!;
    expect(chile).toMatchObject({ category: 'refined copper', categoryZh: '精炼铜', rank: 1 });
    const [china] = buildProfiles([graphite]).usImports.get('country:CN')!;
    expect('category' in china || 'categoryZh' in china).toBe(false);
  });

  it('are worked out once for a list of minerals', () => {
    const minerals = [graphite];
    expect(profilesOf(minerals)).toBe(profilesOf(minerals));
    expect(profilesOf([graphite])).not.toBe(profilesOf(minerals));
  });
});
