/**
 * Vite plugin: `import { readAliasIndexData } from 'virtual:assay-alias-index'` gives the content
 * script the serialized alias index, built from data/ at build time (never stale, never
 * hand-edited). It is emitted as a string for `JSON.parse`, which engines parse faster than the
 * same object literal, and parsed on first use rather than while the script is evaluated, so
 * that cost lands in a later, shorter task than the script's own evaluation.
 */
import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import { buildSerializedIndex } from './alias-index-build.ts';

const ID = 'virtual:assay-alias-index';
const RESOLVED = `\0${ID}`;

export function aliasIndexPlugin(): Plugin {
  return {
    name: 'assay-alias-index',
    resolveId: (source) => (source === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      for (const file of ['minerals.json', 'countries.json', 'deals.json']) this.addWatchFile(resolve(import.meta.dirname, '..', '..', 'data', file));
      const json = JSON.stringify(buildSerializedIndex());
      return `let data;\nexport function readAliasIndexData() {\n  return (data ??= JSON.parse(${JSON.stringify(json)}));\n}\n`;
    },
  };
}
