/**
 * The bundled dataset, typed, with lookup by id. The JSON files are imported statically so the
 * bundler (Vite/WXT), vitest and tsx all resolve them the same way; the dataset tests validate
 * them against the schemas, so nothing is parsed again at run time.
 */
import type { Control, Country, Dataset, Deal, Mineral } from './schema';
import mineralsFile from '../../data/minerals.json';
import countriesFile from '../../data/countries.json';
import dealsFile from '../../data/deals.json';
import controlsFile from '../../data/controls.json';

export type Entity = Mineral | Country | Deal | Control;

export interface IndexedDataset extends Dataset {
  /** Any mineral, country, deal or control by its id (`mineral:lithium`, `country:KZ`...). */
  byId(id: string): Entity | undefined;
  mineral(id: string): Mineral | undefined;
  country(id: string): Country | undefined;
  deal(id: string): Deal | undefined;
  control(id: string): Control | undefined;
}

/** Adds the id lookups to a dataset (also used by tests that build a dataset of their own). */
export function indexDataset(dataset: Dataset): IndexedDataset {
  const maps = {
    mineral: new Map(dataset.minerals.map((m) => [m.id, m])),
    country: new Map(dataset.countries.map((c) => [c.id, c])),
    deal: new Map(dataset.deals.map((d) => [d.id, d])),
    control: new Map(dataset.controls.map((c) => [c.id, c])),
  };
  const byId = (id: string): Entity | undefined => {
    const kind = id.slice(0, id.indexOf(':')) as keyof typeof maps;
    return maps[kind]?.get(id);
  };
  return {
    ...dataset,
    byId,
    mineral: (id) => maps.mineral.get(id),
    country: (id) => maps.country.get(id),
    deal: (id) => maps.deal.get(id),
    control: (id) => maps.control.get(id),
  };
}

let cached: IndexedDataset | undefined;

/** The bundled dataset; built once, on first use. */
export function loadDataset(): IndexedDataset {
  cached ??= indexDataset({
    minerals: mineralsFile.minerals as Mineral[],
    countries: countriesFile.countries as Country[],
    deals: dealsFile.deals as Deal[],
    controls: controlsFile.controls as Control[],
    meta: {
      minerals: mineralsFile.meta,
      countries: countriesFile.meta,
      deals: dealsFile.meta,
      controls: controlsFile.meta,
    },
  });
  return cached;
}
