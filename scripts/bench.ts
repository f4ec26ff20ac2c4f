/**
 * `npm run bench`: speed and memory figures, each against a baseline run in the same process.
 *   --only recognition|search-reads|storage|cards run one section
 *   --baseline REV               also time the recognizer of git revision REV against this build
 *   --rounds N                   timed rounds per measure of that comparison (default 13)
 */
import { cardsBench } from './bench/cards.ts';
import { buildAtRevision, currentBuild } from './bench/baseline-recognizer.ts';
import { compareBuilds, printComparison } from './bench/compare-builds.ts';
import { loadCorpus } from './bench/corpus.ts';
import { recognitionBench } from './bench/recognition.ts';
import { searchReadsBench } from './bench/search-reads.ts';
import { storageBench } from './bench/storage.ts';
import { printTable } from './bench/table.ts';

const option = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const only = option('--only');
const baselineRev = option('--baseline');
const rounds = option('--rounds') ? Number(option('--rounds')) : undefined;
if (rounds !== undefined && !(Number.isInteger(rounds) && rounds > 0)) throw new Error('--rounds must be a positive whole number');

if (!only || only === 'recognition') {
  const started = performance.now();
  const pages = loadCorpus();
  console.log(`Corpus: ${pages.length} pages, text extracted in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  printTable('Recognition (Node, one process)', recognitionBench(pages));
  if (baselineRev) {
    const baseline = await buildAtRevision(baselineRev);
    printComparison(baseline.label, compareBuilds(pages, baseline, await currentBuild(), rounds), rounds);
  }
}

if (!only || only === 'search-reads') {
  printTable('Search reads (Node, fake-indexeddb: what each query reads, against reading every record)', await searchReadsBench());
}

if (!only || only === 'storage') {
  printTable('Storage (headless Chromium, built extension, 10,000 clippings + 2,000 notes)', await storageBench());
}

if (!only || only === 'cards') {
  printTable('Cards (headless Chromium, built extension; largest card now against the one before the MCS 2026 cards)', await cardsBench());
}
