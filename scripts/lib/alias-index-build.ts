/**
 * Builds the serialized alias index from the bundled dataset, in Node: used by the WXT build
 * (through the Vite plugin in wxt.config.ts) and by the CLI, eval and bench scripts.
 * OpenCC supplies the traditional-character spellings of every Chinese alias.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { collectAliases } from '../../lib/dataset/aliases.ts';
import { loadDataset } from '../../lib/dataset/load.ts';
import { buildRecognizerIndex, type RecognizerIndexData } from '../../lib/recognize/build-index.ts';

// Made on first use: the three take over a second to build, and a cached index needs none.
let converters: ((text: string) => string)[] | undefined;

export function zhVariants(text: string): string[] {
  converters ??= (['tw', 'hk', 'twp'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
  return [...new Set(converters.map((convert) => convert(text)))].filter((v) => v !== text);
}

export function buildSerializedIndex() {
  const cacheFile = process.env.ASSAY_INDEX_CACHE;
  if (cacheFile && existsSync(cacheFile)) return JSON.parse(readFileSync(cacheFile, 'utf8')) as RecognizerIndexData;
  const dataset = loadDataset();
  const index = buildRecognizerIndex(dataset, collectAliases(dataset), { zhVariants });
  // Only `npm run mutate` sets this (scripts/stryker/run.mjs, a new file each run): its worker
  // builds the index again for every mutant, and the dataset does not change during a run.
  if (cacheFile) {
    // Renamed into place whole, so a test runner reading it at the same moment never sees half.
    writeFileSync(`${cacheFile}.${process.pid}`, JSON.stringify(index));
    renameSync(`${cacheFile}.${process.pid}`, cacheFile);
  }
  return index;
}
