/**
 * `npm run build:data`: recomputes the derived parts of the dataset after an edit.
 * - data/minerals.json: shares, China's share, controls and related deals (the rest is hand-edited);
 * - data/countries.json: regenerated whole from world-countries, data/country-overrides.json and
 *   the mineral tables;
 * - data/alias-index.json: the compact alias index the content script loads instead of the facts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset } from '../lib/dataset/build/index';
import { DATA_DIR, readBuildInputs } from '../lib/dataset/build/inputs';

const out = buildDataset(readBuildInputs());
writeFileSync(join(DATA_DIR, 'minerals.json'), out.mineralsJson);
writeFileSync(join(DATA_DIR, 'countries.json'), out.countriesJson);
writeFileSync(join(DATA_DIR, 'alias-index.json'), out.aliasIndexJson);
console.log(`minerals.json: ${out.minerals.length} minerals; countries.json: ${out.countries.length} countries`);
