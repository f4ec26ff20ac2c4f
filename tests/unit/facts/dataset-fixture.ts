/**
 * Small hand-built datasets for the facts tests: a mineral, a country, a deal or a control with
 * only what a test sets, the rest empty, so each test says exactly what its card is made from.
 */
import type { Table } from '../../../lib/dataset/figures.ts';
import { indexDataset, loadDataset, type IndexedDataset } from '../../../lib/dataset/load.ts';
import type { Control, Country, Deal, Mineral } from '../../../lib/dataset/schema.ts';

export const SRC = 'https://pubs.usgs.gov/periodicals/mcs2026/mcs2026-test.pdf';
const sourced = { source: SRC, asOf: '2026-02' };

export function mineral(id: string, over: Partial<Mineral> = {}): Mineral {
  const name = id.slice('mineral:'.length);
  return {
    id,
    names: { en: name, zh: `${name}矿` },
    aliases: { en: [], zh: [] },
    ambiguous: [],
    groups: [],
    partOf: [],
    production: [],
    chinaShares: [],
    usNetImportReliance: [],
    importSources: [],
    unavailable: {},
    criticalLists: { us2022: false, us2025: true, ...sourced },
    controls: [],
    relatedDeals: [],
    ...over,
  };
}

export function country(id: string, en: string, zh: string, over: Partial<Country> = {}): Country {
  return { id, alpha3: 'XXX', names: { en, zh }, aliases: { en: [], zh: [] }, demonyms: { en: [] }, zhAbbrev: [], ambiguous: [], status: 'sovereign', relatedDeals: [], controls: [], ...over };
}

export function table(rows: Table['rows'], over: Partial<Table> = {}): Table {
  return { kind: 'production', stage: 'mine', year: 2025, unit: 'metric-tons', basis: 'content', rows, ...sourced, ...over };
}

export function deal(id: string, date: string, minerals: string[] = []): Deal {
  return {
    id, title: `Title of ${id}`, titleZh: `${id}的标题`, date, parties: [{ country: 'country:US' }], minerals, kinds: ['agreement'],
    status: { state: 'signed', ...sourced }, summary: 'A summary long enough for the schema.', summaryZh: '摘要。', aliases: { en: [], zh: [] }, ambiguous: [], sources: [SRC], asOf: date,
  };
}

export function control(id: string, announced: string, minerals: string[] = []): Control {
  return {
    id, instrument: `Notice ${id}`, instrumentZh: '公告', announced, effective: announced, title: `Title of ${id}`, titleZh: `${id}的标题`, scope: 'worldwide-licensing',
    items: 'items', itemsZh: '物项', minerals, targets: [], suspends: [], status: { state: 'in-force', text: 'In force.', textZh: '有效。', ...sourced }, sources: [SRC], asOf: announced,
  };
}

/** A dataset of the given entities, with the bundled files' headers. */
export function datasetOf(parts: { minerals?: Mineral[]; countries?: Country[]; deals?: Deal[]; controls?: Control[] }): IndexedDataset {
  return indexDataset({ minerals: [], countries: [], deals: [], controls: [], ...parts, meta: loadDataset().meta });
}
