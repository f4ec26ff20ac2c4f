import { describe, expect, it } from 'vitest';
import { ControlsFile, CountriesFile, DealsFile, MineralsFile, type Table } from '../../lib/dataset/schema';
import { indexDataset, loadDataset } from '../../lib/dataset/load';
import { profilesOf } from '../../lib/dataset/profiles';
import { buildDataset } from '../../lib/dataset/build/index';
import { readBuildInputs, readJson } from '../../lib/dataset/build/inputs';

const dataset = loadDataset();
const CJK = /[\u3400-\u9fff]/;

/** The 60 minerals of the final USGS 2025 list (Federal Register, 7 Nov 2025). */
const USGS_2025 = [
  'aluminum', 'antimony', 'arsenic', 'barite', 'beryllium', 'bismuth', 'boron', 'cerium', 'cesium', 'chromium',
  'cobalt', 'copper', 'dysprosium', 'erbium', 'europium', 'fluorspar', 'gadolinium', 'gallium', 'germanium',
  'graphite', 'hafnium', 'holmium', 'indium', 'iridium', 'lanthanum', 'lead', 'lithium', 'lutetium', 'magnesium',
  'manganese', 'metallurgical-coal', 'neodymium', 'nickel', 'niobium', 'palladium', 'phosphate', 'platinum',
  'potash', 'praseodymium', 'rhenium', 'rhodium', 'rubidium', 'ruthenium', 'samarium', 'scandium', 'silicon',
  'silver', 'tantalum', 'tellurium', 'terbium', 'thulium', 'tin', 'titanium', 'tungsten', 'uranium', 'vanadium',
  'ytterbium', 'yttrium', 'zinc', 'zirconium',
].map((n) => `mineral:${n}`);

/** Ids other code and the recognition gold data rely on. */
const STABLE_IDS = [
  'mineral:rare-earths', 'mineral:lithium', 'mineral:neodymium', 'mineral:iron', 'mineral:gold', 'mineral:aluminum',
  'mineral:bauxite', 'mineral:potash', 'mineral:platinum-group-metals', 'mineral:molybdenum', 'mineral:selenium',
  'country:US', 'country:CN', 'country:CD', 'country:KR', 'country:SU', 'country:KZ',
  'deal:us-australia-framework-2025', 'deal:us-kazakhstan-tungsten-2025', 'deal:us-ukraine-reconstruction-fund-2025',
  'deal:dod-mp-materials-2025', 'control:cn-2025-18', 'control:cn-2025-70', 'control:cn-2025-72',
];

describe('dataset files', () => {
  const files = [
    ['minerals.json', MineralsFile],
    ['countries.json', CountriesFile],
    ['deals.json', DealsFile],
    ['controls.json', ControlsFile],
  ] as const;

  it.each(files)('%s validates against its schema with nothing added or dropped', (file, schema) => {
    const raw = readJson<unknown>(file);
    const parsed = schema.parse(raw);
    // zod drops unknown keys and fills defaults: equality means the file holds exactly the schema's fields.
    expect(parsed).toEqual(raw);
  });

  it('has unique ids', () => {
    const ids = [...dataset.minerals, ...dataset.countries, ...dataset.deals, ...dataset.controls].map((e) => e.id);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('keeps the ids other code relies on', () => {
    for (const id of STABLE_IDS) expect(dataset.byId(id), id).toBeDefined();
  });

  it('has every mineral of the USGS 2025 list, and only those, marked us2025', () => {
    const marked = dataset.minerals.filter((m) => m.criticalLists.us2025).map((m) => m.id).sort();
    expect(marked).toEqual([...USGS_2025].sort());
  });

  it('has about 250 countries and territories, plus the Soviet Union as a former state', () => {
    expect(dataset.countries.length).toBeGreaterThanOrEqual(249);
    expect(dataset.country('country:SU')?.status).toBe('former');
  });

  it('gives every mineral and country an English and a Chinese name', () => {
    for (const e of [...dataset.minerals, ...dataset.countries]) {
      expect(e.names.en, e.id).toMatch(/[A-Za-z]/);
      expect(e.names.zh, e.id).toMatch(CJK);
    }
  });
});

describe('lookup by id', () => {
  it('finds a record by the lookup of its kind and by byId, and nothing under an unknown kind', () => {
    const indexed = indexDataset(dataset);
    const lookups = [
      ['mineral:lithium', indexed.mineral],
      ['country:KZ', indexed.country],
      ['deal:us-kazakhstan-tungsten-2025', indexed.deal],
      ['control:cn-2025-57', indexed.control],
    ] as const;
    for (const [id, lookup] of lookups) {
      expect(lookup(id)?.id, id).toBe(id);
      expect(indexed.byId(id), id).toBe(lookup(id));
    }
    expect(indexed.country('mineral:lithium')).toBeUndefined();
    expect(indexed.byId('element:lithium')).toBeUndefined();
    expect(indexed.byId('lithium')).toBeUndefined();
  });
});

describe('cross-references', () => {
  const has = (id: string) => dataset.byId(id) !== undefined;
  const expectAll = (ids: string[], where: string) => {
    for (const id of ids) expect(has(id), `${where} → ${id}`).toBe(true);
  };
  const tableCountries = (t: Table) => t.rows.flatMap((r) => (r.country ? [r.country] : []));

  it('resolves every reference from minerals', () => {
    for (const m of dataset.minerals) {
      expectAll([...m.partOf, ...m.controls, ...m.relatedDeals], m.id);
      for (const t of [...m.production, ...(m.reserves ? [m.reserves] : [])]) expectAll(tableCountries(t), m.id);
    }
  });

  it('resolves every reference from countries', () => {
    const profiles = profilesOf(dataset.minerals);
    for (const c of dataset.countries) {
      expectAll([...(profiles.minerals.get(c.id) ?? []).map((p) => p.mineral), ...c.relatedDeals, ...c.controls], c.id);
    }
    // Every country a profile names exists.
    expectAll([...profiles.minerals.keys(), ...profiles.usImports.keys()], 'profiles');
  });

  it('resolves every reference from deals and controls', () => {
    for (const d of dataset.deals) {
      expectAll([...d.minerals, ...d.parties.flatMap((p) => (p.country ? [p.country] : []))], d.id);
    }
    for (const c of dataset.controls) {
      expectAll([...c.minerals, ...c.targets, ...c.suspends, ...(c.status.by ? [c.status.by] : [])], c.id);
    }
  });

  it('links a suspended measure to the measure that suspends it, both ways', () => {
    for (const c of dataset.controls) {
      if (c.status.state === 'suspended' || c.status.state === 'partly-suspended') {
        expect(dataset.control(c.status.by!)?.suspends, c.id).toContain(c.id);
      }
    }
  });
});

describe('figures', () => {
  let checked = 0;
  /** A figure's source and date; a figure the dataset may lack (`optional`) is skipped when absent. */
  const sourced = (x: { source: string; asOf: string } | undefined, where: string, optional = false) => {
    if (!x) {
      expect(optional, `${where} is missing`).toBe(true);
      return;
    }
    checked += 1;
    expect(x.source, where).toMatch(/^(https?:\/\/|\S.{7,})/);
    expect(x.asOf, where).toMatch(/^\d{4}/);
  };

  it('carry a source and an as-of date', () => {
    for (const m of dataset.minerals) {
      for (const t of m.production) sourced(t, `${m.id} ${t.kind} ${t.stage}`);
      sourced(m.reserves, `${m.id} reserves`, true);
      for (const s of m.chinaShares) sourced(s, `${m.id} chinaShare`);
      for (const n of m.usNetImportReliance) sourced(n, `${m.id} NIR`);
      sourced(m.price, `${m.id} price`, true);
      for (const s of m.importSources) sourced(s, `${m.id} import sources`);
      for (const k of ['uses', 'substitutes', 'recycling'] as const) sourced(m[k], `${m.id} ${k}`, true);
      for (const [block, u] of Object.entries(m.unavailable)) sourced(u, `${m.id} unavailable ${block}`);
      sourced(m.criticalLists, `${m.id} lists`);
    }
    const profiles = profilesOf(dataset.minerals);
    for (const [country, entries] of profiles.minerals) for (const p of entries) sourced(p, `${country} ${p.mineral}`);
    for (const [country, entries] of profiles.usImports) for (const p of entries) sourced(p, `${country} imports of ${p.mineral}`);
    for (const d of dataset.deals) sourced(d.value, `${d.id} value`, true);
    for (const c of dataset.controls) sourced(c.status, `${c.id} status`);
    // The loops above walked real figures, not empty lists: list membership for every mineral and
    // status for every control are required, and tables and texts bring it far past five a mineral.
    expect(checked).toBeGreaterThan(dataset.minerals.length * 5 + dataset.controls.length);
  });

  it("derive China's share from each production table, saying which stage it measures", () => {
    const copper = dataset.mineral('mineral:copper')!;
    const refinery = copper.production.find((t) => t.stage === 'refinery')!;
    const china = refinery.rows.find((r) => r.country === 'country:CN')!;
    expect(copper.chinaShares.map((s) => s.stage)).toEqual(['refinery', 'mine']);
    expect(copper.chinaShares[0].value).toBeCloseTo(china.value! / refinery.world!.value, 3);
    expect(copper.chinaShares[0].year).toBe(2025);
    expect(copper.chinaShares[1].year).toBe(2024);
    const tungsten = dataset.mineral('mineral:tungsten')!;
    expect(tungsten.chinaShares[0]).toMatchObject({ stage: 'mine', year: 2025, estimated: true });
    expect(tungsten.chinaShares[0].value).toBeCloseTo(67000 / 85000, 3);
  });

  it('come from the 2026 edition, except where the data README names an older source', () => {
    const older = dataset.minerals.flatMap((m) => m.production.filter((t) => !t.source.includes('/mcs2026/')).map((t) => `${m.id} ${t.product ?? t.stage} ${t.year}`));
    expect(older.sort()).toEqual([
      'mineral:copper mine 2024',
      'mineral:germanium refinery 2022',
      'mineral:titanium ilmenite 2024',
      'mineral:titanium rutile 2024',
      'mineral:uranium mine 2023',
    ]);
  });

  it('store every table in metric tons or kilograms, with what they count', () => {
    const vanadium = dataset.mineral('mineral:vanadium')!;
    // USGS gives vanadium reserves in thousand tons and production in tons: both are tons here.
    expect(vanadium.reserves?.world?.value).toBe(21_000_000);
    expect(vanadium.production[0].world?.value).toBe(110_000);
    expect(dataset.mineral('mineral:graphite')!.production[0]).toMatchObject({ unit: 'metric-tons', basis: 'gross-weight' });
  });

  it('say plainly when a world total leaves out withheld US output', () => {
    const lithium = dataset.mineral('mineral:lithium')!.production[0];
    expect(lithium.world?.excludes).toEqual(['country:US']);
    expect(lithium.rows.find((r) => r.country === 'country:US')).toMatchObject({ status: 'withheld' });
  });

  it('label uranium identified resources as resources, not reserves', () => {
    expect(dataset.mineral('mineral:uranium')!.reserves).toMatchObject({ kind: 'resources', product: 'recoverable at under USD 130/kg U' });
  });
});

describe('derived files', () => {
  const built = buildDataset(readBuildInputs());

  it('countries.json is exactly what scripts/build-dataset.ts generates (run npm run build:data)', () => {
    expect(readJson<unknown>('countries.json')).toEqual(JSON.parse(built.countriesJson));
  });

  it('minerals.json has its derived fields up to date (run npm run build:data)', () => {
    expect(readJson<unknown>('minerals.json')).toEqual(JSON.parse(built.mineralsJson));
  });
});
