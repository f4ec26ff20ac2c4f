/**
 * Build-time only (Node): reads what the build derives from. Shared by the build script and the
 * test that checks the committed files are up to date.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BuildInputs } from './index';

export const DATA_DIR = join(import.meta.dirname, '../../../data');

export function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8')) as T;
}

export function readBuildInputs(): BuildInputs {
  const require = createRequire(import.meta.url);
  const world = require('world-countries/countries.json');
  const { version } = require('world-countries/package.json');
  return {
    world,
    worldCountriesVersion: version,
    overrides: readJson('country-overrides.json'),
    minerals: readJson('minerals.json'),
    deals: readJson<{ deals: BuildInputs['deals'] }>('deals.json').deals,
    controls: readJson<{ controls: BuildInputs['controls'] }>('controls.json').controls,
  };
}
