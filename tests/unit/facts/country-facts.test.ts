/**
 * What a country's card is made of: its places in the mineral tables split into production and
 * reserves, best rank first (a tie broken by the larger share), each with what it measures, and
 * the US import lists that name it, largest share first, its own row marked.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../lib/dataset/load.ts';
import { countryFacts } from '../../../lib/facts/country-facts.ts';
import { country, datasetOf, mineral, SRC, table } from './dataset-fixture.ts';

const here = country('country:XX', 'Here', '此国');
const other = country('country:YY', 'There', '彼国');

function factsOf(minerals: ReturnType<typeof mineral>[], c = here) {
  return countryFacts(datasetOf({ minerals, countries: [here, other] }), c, [], []);
}

describe('country production and reserves', () => {
  it('ranks by stage, says what each row measures, and carries its figure, unit and source', () => {
    const cobalt = mineral('mineral:cobalt', {
      production: [
        table([{ country: 'country:XX', value: 200, share: 0.2, qualifier: '~' }, { country: 'country:YY', value: 800, share: 0.8 }], { estimated: true }),
        table([{ country: 'country:XX', value: 50 }], { stage: 'refinery', product: 'refined cobalt', productZh: '精炼钴', unit: 'kilograms', basis: 'metal', year: undefined }),
      ],
      reserves: table([{ country: 'country:XX', value: 1000 }], { kind: 'reserves', stage: undefined, year: 2024 }),
    });
    const f = factsOf([cobalt]);
    expect(f.production).toEqual([
      {
        mineral: { id: 'mineral:cobalt', label: 'cobalt', labelZh: 'cobalt矿' }, what: { en: 'refined cobalt refinery production', zh: '精炼钴精炼产量' },
        rank: 1, of: 1, value: 50, unit: { en: 'kg (metal)', zh: '千克（金属量）' }, unitShort: { en: 'kg', zh: '千克' }, source: SRC, asOf: '2026-02',
      },
      {
        mineral: { id: 'mineral:cobalt', label: 'cobalt', labelZh: 'cobalt矿' }, what: { en: 'mine production', zh: '矿山产量' }, year: 2025, estimated: true,
        rank: 2, of: 2, value: 200, qualifier: '~', unit: { en: 't (cobalt content)', zh: '吨（cobalt矿含量）' }, unitShort: { en: 't', zh: '吨' }, share: 0.2, source: SRC, asOf: '2026-02',
      },
    ]);
    expect(f.reserves).toMatchObject([{ what: { en: 'reserves', zh: '储量' }, year: 2024, rank: 1 }]);
  });

  it('calls resources resources, with their product, and a production table without a stage production', () => {
    const uranium = mineral('mineral:uranium', { reserves: table([{ country: 'country:XX', value: 1 }], { kind: 'resources', stage: undefined, product: 'under USD 130/kg', productZh: '低于130美元/千克' }) });
    const salt = mineral('mineral:salt', { production: [table([{ country: 'country:XX', value: 1 }], { stage: undefined })] });
    const f = factsOf([uranium, salt]);
    expect(f.reserves.map((r) => r.what)).toEqual([{ en: 'identified resources (under USD 130/kg)', zh: '已查明资源量（低于130美元/千克）' }]);
    expect(f.production.map((r) => r.what)).toEqual([{ en: 'production', zh: '产量' }]);
  });

  it('puts the best rank first, and of equal ranks the larger share', () => {
    const row = (value: number, share?: number) => [{ country: 'country:XX', value, ...(share !== undefined ? { share } : {}) }, { country: 'country:YY', value: value * 2 }];
    const f = factsOf([
      mineral('mineral:a', { production: [table([{ country: 'country:XX', value: 5 }])] }),
      mineral('mineral:b', { production: [table(row(10, 0.1))] }),
      mineral('mineral:c', { production: [table(row(10, 0.3))] }),
      mineral('mineral:d', { production: [table(row(10))] }),
    ]);
    expect(f.production.map((r) => [r.mineral.id, r.rank])).toEqual([['mineral:a', 1], ['mineral:c', 2], ['mineral:b', 2], ['mineral:d', 2]]);
    const reserves = (rows: ReturnType<typeof row>) => table(rows, { kind: 'reserves', stage: undefined });
    const held = factsOf([mineral('mineral:b', { reserves: reserves(row(10)) }), mineral('mineral:a', { reserves: reserves([{ country: 'country:XX', value: 5 }]) })]);
    expect(held.reserves.map((r) => [r.mineral.id, r.rank])).toEqual([['mineral:a', 1], ['mineral:b', 2]]);
  });

  it('names a mineral missing from the dataset by its id', () => {
    const pgm = mineral('mineral:pgm', { production: [table([{ country: 'country:XX', value: 1 }], { product: 'palladium', productZh: '钯', productMineral: 'mineral:palladium' })] });
    const [row] = factsOf([pgm]).production;
    expect(row.mineral).toEqual({ id: 'mineral:palladium', label: 'mineral:palladium' });
    expect(row.unit).toEqual({ en: 't (mineral:palladium content)', zh: '吨（mineral:palladium含量）' });
  });
});

describe('country US imports', () => {
  it('lists every import list naming the country, largest share first, its own row marked', () => {
    const list = (share: number, over = {}) => ({ years: '2021–24', rows: [{ country: 'country:YY', share: 1 - share }, { country: 'country:XX', share }, { label: 'Other', labelZh: '其他', share: 0 }], source: SRC, asOf: '2026-02', ...over });
    // Lists of one category or one span of years are told apart by both.
    const a = mineral('mineral:a', { importSources: [list(0.2), list(0.6, { category: 'ores', categoryZh: '矿石' }), list(0.1, { category: 'ores', years: '2020–23' })] });
    const f = factsOf([a]);
    expect(f.usImports.map((i) => [i.share, i.rows.find((r) => r.self)?.share, i.category, i.years])).toEqual([
      [0.6, 0.6, { en: 'ores', zh: '矿石' }, '2021–24'],
      [0.2, 0.2, undefined, '2021–24'],
      [0.1, 0.1, { en: 'ores', zh: 'ores' }, '2020–23'],
    ]);
    expect(f.usImports[0]).toEqual(
      {
        mineral: { id: 'mineral:a', label: 'a', labelZh: 'a矿' }, category: { en: 'ores', zh: '矿石' }, years: '2021–24',
        rows: [{ label: 'There', labelZh: '彼国', share: 0.4 }, { label: 'Here', labelZh: '此国', share: 0.6, self: true }, { label: 'Other', labelZh: '其他', share: 0 }],
        share: 0.6, rank: 2, source: SRC, asOf: '2026-02',
      },
    );
    expect(f.usImports[1]).not.toHaveProperty('category');
  });
});

describe('country names and notes', () => {
  it('carries the official name, the capital, the status and the note where given', () => {
    const full = country('country:XX', 'Here', '此国', { names: { en: 'Here', zh: '此国', official: 'Republic of Here' }, capital: { en: 'Town', zh: '城', aliases: ['T'] }, status: 'territory', note: 'A note.', noteZh: '说明。' });
    expect(factsOf([], full)).toEqual({
      kind: 'country', id: 'country:XX', names: { en: 'Here', zh: '此国', official: 'Republic of Here' }, capital: { en: 'Town', zh: '城' }, status: 'territory',
      production: [], reserves: [], usImports: [], deals: [], controls: [], note: { en: 'A note.', zh: '说明。' },
    });
    const bare = country('country:XX', 'Here', '此国', { capital: { en: 'Town' }, note: 'English only.' });
    expect(factsOf([], bare)).toMatchObject({ names: { en: 'Here', zh: '此国' }, capital: { en: 'Town' }, note: { en: 'English only.', zh: 'English only.' } });
    expect(factsOf([], bare).names).not.toHaveProperty('official');
    expect(factsOf([], here)).not.toHaveProperty('capital');
    expect(factsOf([], here)).not.toHaveProperty('note');
  });
});

describe('bundled dataset', () => {
  it("ranks China first in graphite mine production, from the USGS sheet and its date", () => {
    const dataset = loadDataset();
    const china = countryFacts(dataset, dataset.country('country:CN')!, [], []);
    const graphite = china.production.find((p) => p.mineral.id === 'mineral:graphite' && p.what.en.endsWith('mine production'))!;
    expect(graphite).toMatchObject({ rank: 1, share: 0.778, year: 2025, estimated: true });
    expect(graphite.source).toMatch(/^https:\/\/pubs\.usgs\.gov\//);
    expect(graphite.asOf).toMatch(/^20\d\d/);
  });
});
