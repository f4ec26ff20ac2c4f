import { describe, expect, it } from 'vitest';
import { Country, ImportProfileEntry, Mineral, MineralProfileEntry } from '../../lib/dataset/schema';
import { profilesOf } from '../../lib/dataset/profiles';
import { loadDataset } from '../../lib/dataset/load';

const dataset = loadDataset();
const clone = <T>(x: T): T => structuredClone(x);

/** A real mineral with every kind of figure, changed by `edit`. */
function graphite(edit: (m: Record<string, any>) => void) {
  const m = clone(dataset.mineral('mineral:graphite')) as Record<string, any>;
  edit(m);
  return Mineral.safeParse(m);
}

const fails = (result: { success: boolean; error?: { issues: { message: string }[] } }, message?: RegExp) => {
  expect(result.success).toBe(false);
  if (message) expect(result.error!.issues.map((i) => i.message).join('; ')).toMatch(message);
};

/** Each issue as "[path] message": where a record was refused and why. */
const issuesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `[${i.path.join('.')}] ${i.message}`) ?? [];

const withheld = { status: 'withheld', note: 'Withheld.', noteZh: '未公开。', source: 'https://pubs.usgs.gov/x.pdf', asOf: '2026-02' };

describe('mineral schema', () => {
  it('accepts the data as it is', () => {
    expect(graphite(() => {}).success).toBe(true);
    for (const id of ['mineral:lithium', 'mineral:boron', 'mineral:cesium', 'mineral:neodymium', 'mineral:uranium']) {
      expect(Mineral.safeParse(dataset.mineral(id)).success, id).toBe(true);
    }
  });

  it('wants every prose field in Chinese too, written in Chinese', () => {
    fails(graphite((m) => delete m.uses.textZh));
    fails(graphite((m) => (m.substitutes.textZh = 'Synthetic graphite competes.')), /written in Chinese/);
    fails(graphite((m) => delete m.production[0].productZh), /Chinese name/);
    fails(graphite((m) => (m.production[0].rows[1].note = 'A note without its Chinese version')), /Chinese version/);
    fails(graphite((m) => (m.note = 'A note')), /Chinese version/);
  });

  it('refuses each English field whose Chinese twin is missing, at that field', () => {
    const otherCountries = { country: undefined, label: 'Other countries' };
    expect(issuesOf(graphite((m) => Object.assign(m.production[0].rows[1], otherCountries)))).toEqual(['[production.0.rows.1] a labelled row has its Chinese label']);
    expect(issuesOf(graphite((m) => (m.production[0].note = 'A table note')))).toEqual(['[production.0] a table note has its Chinese version']);
    expect(issuesOf(graphite((m) => (m.usNetImportReliance[0].product = 'natural graphite')))).toEqual(['[usNetImportReliance.0] a product has its Chinese name']);
    expect(issuesOf(graphite((m) => (m.usNetImportReliance[0].note = 'A note')))).toEqual(['[usNetImportReliance.0] a note has its Chinese version']);
    expect(issuesOf(graphite((m) => (m.price.note = 'A note')))).toEqual(['[price] a note has its Chinese version']);
    expect(issuesOf(graphite((m) => (m.importSources[0].category = 'natural graphite')))).toEqual(['[importSources.0] a category has its Chinese name']);
  });

  it('takes those fields with their Chinese twins', () => {
    const result = graphite((m) => {
      Object.assign(m.production[0].rows[1], { country: undefined, label: 'Other countries', labelZh: '其他国家' });
      Object.assign(m.production[0], { note: 'A table note', noteZh: '表注' });
      Object.assign(m.usNetImportReliance[0], { product: 'natural graphite', productZh: '天然石墨', note: 'A note', noteZh: '说明' });
      Object.assign(m.price, { note: 'A note', noteZh: '说明' });
      Object.assign(m.importSources[0], { category: 'natural graphite', categoryZh: '天然石墨' });
    });
    expect(issuesOf(result)).toEqual([]);
  });

  it('wants each US import row to name a country or carry a label in both languages', () => {
    const row = '[importSources.0.rows.0] a row names a country or carries a bilingual label';
    expect(issuesOf(graphite((m) => Object.assign(m.importSources[0].rows[0], { label: 'China', labelZh: '中国' })))).toEqual([row]);
    expect(issuesOf(graphite((m) => delete m.importSources[0].rows[0].country))).toEqual([row]);
    expect(issuesOf(graphite((m) => delete m.importSources[0].rows[4].labelZh))).toEqual([row.replace('rows.0', 'rows.4')]);
  });

  it('keeps production tables in production and reserves out of it', () => {
    // Each table is valid on its own (a reserves table without a stage, a production table with one): only the mineral refuses it.
    const reservesAsProduction = graphite((m) => Object.assign(m.reserves, { kind: 'production', stage: 'mine' }));
    expect(issuesOf(reservesAsProduction)).toEqual(['[] the reserves block holds reserves or resources']);
    const productionAsReserves = graphite((m) => {
      m.production[0].kind = 'reserves';
      delete m.production[0].stage;
    });
    expect(issuesOf(productionAsReserves)).toEqual(['[] production tables are production tables']);
  });

  it.each([
    ['mineral:graphite', 'reserves'],
    ['mineral:graphite', 'chinaShare'],
    ['mineral:graphite', 'usNetImportReliance'],
    ['mineral:graphite', 'price'],
    ['mineral:graphite', 'importSources'],
    // Aluminum has production but no reserves, neodymium a price but no import sources: each
    // block is told apart from the one checked after it.
    ['mineral:aluminum', 'production'],
    ['mineral:neodymium', 'price'],
  ])('refuses %s with its %s block both given and unavailable', (id, block) => {
    const m = clone(dataset.mineral(id)) as Record<string, any>;
    expect(Mineral.safeParse(m).success).toBe(true);
    m.unavailable[block] = withheld;
    expect(issuesOf(Mineral.safeParse(m))).toEqual(['[] a block is either given or unavailable, not both']);
  });

  it('wants a stage on production tables and none on reserves', () => {
    fails(graphite((m) => delete m.production[0].stage), /stage/);
    fails(graphite((m) => (m.reserves.stage = 'mine')), /stage/);
    fails(graphite((m) => (m.reserves.kind = 'production')));
  });

  it('knows its units and stages by key', () => {
    fails(graphite((m) => (m.production[0].unit = 'tonnes')));
    fails(graphite((m) => (m.production[0].basis = 't of graphite')));
    fails(graphite((m) => (m.production[0].stage = 'quarry')));
    fails(graphite((m) => (m.price.unit = 'dollars per ton')));
  });

  it('gives a row a figure or says why it has none, not both', () => {
    fails(graphite((m) => (m.production[0].rows[0].status = 'withheld')), /value or a status/);
    fails(graphite((m) => delete m.production[0].rows[0].value), /value or a status/);
    fails(graphite((m) => (m.production[0].rows[0].label = 'China')), /country or carries a label/);
  });

  it('keeps mixed product forms free of world totals', () => {
    const boron = clone(dataset.mineral('mineral:boron')) as Record<string, any>;
    expect(Mineral.safeParse(boron).success).toBe(true);
    boron.production[0].world = { value: 2_900_000 };
    fails(Mineral.safeParse(boron), /mixed forms/);
  });

  it('reads import reliance as a share or "net exporter"', () => {
    fails(graphite((m) => (m.usNetImportReliance[0].netExporter = true)), /net exporter/);
    fails(graphite((m) => (m.usNetImportReliance[0].value = 1.2)));
    fails(graphite((m) => delete m.usNetImportReliance[0].year));
  });

  it('wants a price line of consecutive years with a unit', () => {
    fails(graphite((m) => m.price.points.splice(2, 1)), /consecutive/);
    fails(graphite((m) => (m.price.points = m.price.points.slice(0, 1))));
    fails(graphite((m) => (m.price.points[0].value = 0)));
  });

  it('wants import sources over a span of years', () => {
    fails(graphite((m) => (m.importSources[0].years = '2021-2024')));
    fails(graphite((m) => (m.importSources[0].rows[0].share = 46)));
  });

  it('wants a figure block given or said to be unavailable, not both', () => {
    fails(graphite((m) => (m.unavailable.production = withheld)), /not both/);
    fails(graphite((m) => (m.unavailable.reserves = { status: 'secret', note: 'x', noteZh: '无', source: 'https://pubs.usgs.gov/x.pdf', asOf: '2026-02' })));
    fails(graphite((m) => (m.unavailable.price = { status: 'not-published', note: 'None.', noteZh: '无。', source: 'https://pubs.usgs.gov/x.pdf' })));
  });

  it('wants a source and an as-of date on every figure', () => {
    fails(graphite((m) => delete m.production[0].source));
    fails(graphite((m) => (m.chinaShares[0].asOf = 'February 2026')), /asOf/);
    fails(graphite((m) => delete m.usNetImportReliance[0].asOf));
    fails(graphite((m) => delete m.recycling.source));
  });
});

describe('country schema', () => {
  const kazakhstan = () => clone(dataset.country('country:KZ')) as Record<string, any>;

  it('accepts the data as it is', () => {
    expect(Country.safeParse(kazakhstan()).success).toBe(true);
  });

  it('wants a note in Chinese too', () => {
    const c = kazakhstan();
    c.note = 'A note';
    fails(Country.safeParse(c), /Chinese version/);
    c.noteZh = '一条说明';
    expect(Country.safeParse(c).success).toBe(true);
  });

  it('wants profile entries with a rank among a counted list, in a unit by key', () => {
    const [entry] = profilesOf(dataset.minerals).minerals.get('country:KZ')!;
    expect(MineralProfileEntry.safeParse(entry).success).toBe(true);
    const { of: _of, ...withoutCount } = entry;
    fails(MineralProfileEntry.safeParse(withoutCount));
    fails(MineralProfileEntry.safeParse({ ...entry, unit: 't' }));
    const [share] = profilesOf(dataset.minerals).usImports.get('country:KZ')!;
    fails(ImportProfileEntry.safeParse({ ...share, share: 31 }));
  });
});
