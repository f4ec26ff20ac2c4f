/**
 * `npx tsx scripts/import-mcs2026.ts`: writes the figures the selection picks from the USGS
 * Mineral Commodity Summaries 2026 extract (../shared/reference/minerals/mcs2026) into
 * data/minerals.json: production and reserves tables, US net import reliance, the US price line
 * and US import sources. Tables from other sources (older editions, NEA/IAEA) stay, after the
 * 2026 ones; prose and "unavailable" records are left to the editor. Run `npm run build:data`
 * afterwards for shares, China's shares and the country profiles.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../lib/dataset/build/inputs.ts';
import { formatIndented } from '../lib/dataset/build/format.ts';
import type { Country, Mineral } from '../lib/dataset/schema.ts';
import { AS_OF, selectedFigures, type CountryResolver } from './mcs2026/build-figures.ts';
import { readReference } from './mcs2026/read.ts';
import { SELECTION } from './mcs2026/selection.ts';

const MCS2026 = /\/mcs2026\//;

function countryResolver(countries: Country[]): CountryResolver {
  const byName = new Map<string, string>();
  for (const c of countries) {
    for (const name of [c.names.en, c.names.official, ...c.aliases.en]) if (name) byName.set(name, c.id);
  }
  return (name) => byName.get(name);
}

const mineralsFile = JSON.parse(readFileSync(join(DATA_DIR, 'minerals.json'), 'utf8')) as { meta: unknown; minerals: Mineral[] };
const { countries } = JSON.parse(readFileSync(join(DATA_DIR, 'countries.json'), 'utf8')) as { countries: Country[] };
const reference = readReference();
const resolve = countryResolver(countries);

for (const selection of SELECTION) {
  const mineral = mineralsFile.minerals.find((m) => m.id === selection.mineral);
  if (!mineral) throw new Error(`selection names ${selection.mineral}, which minerals.json does not have`);
  const figures = selectedFigures(reference, selection, resolve);
  const older = mineral.production.filter((t) => !MCS2026.test(t.source));
  mineral.production = [...figures.production, ...older];
  if (figures.reserves) mineral.reserves = figures.reserves;
  if (figures.usNetImportReliance.length) mineral.usNetImportReliance = figures.usNetImportReliance;
  if (figures.price) mineral.price = figures.price;
  if (figures.importSources.length) mineral.importSources = figures.importSources;
  const given = {
    production: mineral.production.length > 0,
    reserves: !!mineral.reserves,
    usNetImportReliance: mineral.usNetImportReliance.length > 0,
    price: !!mineral.price,
    importSources: mineral.importSources.length > 0,
  };
  mineral.unavailable = Object.fromEntries(
    Object.entries(mineral.unavailable).filter(([block]) => !given[block as keyof typeof given]),
  ) as Mineral['unavailable'];
  console.log(
    `${selection.mineral.padEnd(34)} ${figures.production.length} production, ${figures.reserves ? 1 : 0} reserves, ` +
      `${figures.usNetImportReliance.length} reliance, ${figures.price ? 1 : 0} price, ${figures.importSources.length} import lists`,
  );
}

writeFileSync(join(DATA_DIR, 'minerals.json'), formatIndented(mineralsFile));
console.log(`minerals.json: MCS 2026 figures (as of ${AS_OF}) written; now run npm run build:data`);
