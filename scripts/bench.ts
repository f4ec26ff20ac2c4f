/**
 * `npm run bench`: speed and memory figures, each against a baseline run in the same process.
 *   --only recognition|storage|cards   run one section
 */
import { cardsBench } from './bench/cards.ts';
import { loadCorpus } from './bench/corpus.ts';
import { recognitionBench } from './bench/recognition.ts';
import { storageBench } from './bench/storage.ts';
import { printTable } from './bench/table.ts';

const only = (() => {
  const i = process.argv.indexOf('--only');
  return i >= 0 ? process.argv[i + 1] : undefined;
})();

if (!only || only === 'recognition') {
  const started = performance.now();
  const pages = loadCorpus();
  console.log(`Corpus: ${pages.length} pages, text extracted in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  printTable('Recognition (Node, one process)', recognitionBench(pages));
}

if (!only || only === 'storage') {
  printTable('Storage (headless Chromium, built extension, 10,000 clippings + 2,000 notes)', await storageBench());
}

if (!only || only === 'cards') {
  printTable('Cards (headless Chromium, built extension; largest card now against the one before the MCS 2026 cards)', await cardsBench());
}
