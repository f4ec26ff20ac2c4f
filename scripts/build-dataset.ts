/**
 * `npm run build:data`: recomputes the derived parts of the dataset after an edit.
 * - data/minerals.json: shares, China's share, controls and related deals (the rest is hand-edited);
 * - data/countries.json: regenerated whole from world-countries, data/country-overrides.json and
 *   the mineral tables.
 * The content script's alias index is not a data file: `wxt build` builds it from these files
 * (lib/recognize/build-index.ts), so it can never be out of date.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset } from '../lib/dataset/build/index';
import { DATA_DIR, readBuildInputs } from '../lib/dataset/build/inputs';

const out = buildDataset(readBuildInputs());
writeFileSync(join(DATA_DIR, 'minerals.json'), out.mineralsJson);
writeFileSync(join(DATA_DIR, 'countries.json'), out.countriesJson);
console.log(`minerals.json: ${out.minerals.length} minerals; countries.json: ${out.countries.length} countries`);
