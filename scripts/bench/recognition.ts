/**
 * Recognition benchmarks: throughput of the dictionary pass and of full `recognize` over the
 * corpus text, against a naive regex matcher and compromise run over the whole text, measured in
 * the same process; the time to load the alias index; the bytes the content script pays.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import { collectAliases } from '../../lib/dataset/aliases.ts';
import { loadDataset } from '../../lib/dataset/load.ts';
import { loadAliasIndex } from '../../lib/recognize/alias-index.ts';
import { createCompromiseNlp } from '../../lib/recognize/nlp-compromise.ts';
import { recognizeDetailed } from '../../lib/recognize/recognize.ts';
import { scanAliases } from '../../lib/recognize/scan.ts';
import { unpackDealKeys } from '../../lib/recognize/deals/packed-keys.ts';
import { buildSerializedIndex, zhVariants } from '../lib/alias-index-build.ts';
import { PROJECT_ROOT } from '../serve.ts';
import { megabytes, type CorpusPage } from './corpus.ts';
import { median, timeIt, type BenchRow } from './table.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function naiveMatcher(): (text: string) => number {
  const patterns: RegExp[] = [];
  for (const a of collectAliases(loadDataset())) {
    for (const t of a.lang === 'zh' ? [a.text, ...zhVariants(a.text)] : [a.text]) {
      patterns.push(new RegExp(a.lang === 'zh' ? escape(t) : `(?<![\\p{L}\\p{N}])${escape(t)}(?![\\p{L}\\p{N}])`, 'giu'));
    }
  }
  return (text) => {
    let n = 0;
    for (const re of patterns) {
      re.lastIndex = 0;
      while (re.exec(text)) n++;
    }
    return n;
  };
}

export function recognitionBench(pages: CorpusPage[]): BenchRow[] {
  const rows: BenchRow[] = [];
  const serialized = buildSerializedIndex();
  const json = JSON.stringify(serialized);

  // Index load: parse the shipped JSON and build the typed arrays.
  // The first load runs cold, as it does once per page in the content script.
  const loadTimes: number[] = [];
  for (let i = 0; i < 30; i++) loadTimes.push(timeIt(() => loadAliasIndex(JSON.parse(json))));
  const index = loadAliasIndex(JSON.parse(json));
  rows.push({ group: 'recognition', name: 'alias index ready, first (cold) load', value: loadTimes[0], unit: 'ms', target: '< 5 ms', ok: loadTimes[0] < 5 });
  rows.push({ group: 'recognition', name: 'alias index ready, median of 30 loads', value: median(loadTimes), unit: 'ms', target: '< 5 ms', ok: median(loadTimes) < 5 });

  const all = pages.map((p) => p.text);
  const english = pages.filter((p) => p.lang === 'en').map((p) => p.text);
  const mbAll = megabytes(all);
  const mbEn = megabytes(english);
  const nlpImpl = createCompromiseNlp();
  const deals = unpackDealKeys(serialized.deals, serialized.entities);
  const options = { index, deals, nlp: nlpImpl };

  // Warm up the JIT and compromise's lexicon once.
  for (const t of english.slice(0, 5)) recognizeDetailed(t, options);

  const passes = (fn: () => void) => median([1, 2, 3, 4, 5].map(() => timeIt(fn)));
  const scanMs = passes(() => {
    for (const t of all) scanAliases(t, index);
  });
  const scanMbs = mbAll / (scanMs / 1000);
  rows.push({ group: 'recognition', name: `dictionary pass, whole corpus (${mbAll.toFixed(2)} MB)`, value: scanMbs, unit: 'MB/s', target: '>= 30 MB/s', ok: scanMbs >= 30 });

  const fullEnMs = passes(() => {
    for (const t of english) recognizeDetailed(t, options);
  });
  const fullEnMbs = mbEn / (fullEnMs / 1000);
  rows.push({ group: 'recognition', name: `recognize, English pages (${mbEn.toFixed(2)} MB)`, value: fullEnMbs, unit: 'MB/s', target: '>= 5 MB/s', ok: fullEnMbs >= 5 });
  const fullAllMs = passes(() => {
    for (const t of all) recognizeDetailed(t, options);
  });
  rows.push({ group: 'recognition', name: 'recognize, whole corpus', value: mbAll / (fullAllMs / 1000), unit: 'MB/s' });

  // Baselines on the same English sample (they are too slow for the whole corpus).
  const sample = english.join('\n').slice(0, 120_000);
  const mbSample = megabytes([sample]);
  const naive = naiveMatcher();
  const naiveMs = timeIt(() => naive(sample));
  const compromiseMs = timeIt(() => nlp(sample).json());
  const assayMs = median([1, 2, 3].map(() => timeIt(() => recognizeDetailed(sample, options))));
  const naiveMbs = mbSample / (naiveMs / 1000);
  const compromiseMbs = mbSample / (compromiseMs / 1000);
  const assaySampleMbs = mbSample / (assayMs / 1000);
  rows.push({ group: 'baseline', name: `recognize on the baseline sample (${(mbSample * 1000).toFixed(0)} kB English)`, value: assaySampleMbs, unit: 'MB/s' });
  rows.push({ group: 'baseline', name: 'naive: every alias as a case-insensitive regex', value: naiveMbs, unit: 'MB/s', note: `assay is ${(assaySampleMbs / naiveMbs).toFixed(0)}× faster` });
  rows.push({ group: 'baseline', name: 'compromise over the whole text', value: compromiseMbs, unit: 'MB/s', note: `assay is ${(assaySampleMbs / compromiseMbs).toFixed(0)}× faster` });

  // compromise is loaded only where a rule is unsure.
  const lean = { index, deals };
  const needing = pages.filter((p) => recognizeDetailed(p.text, lean).unsure > 0).length;
  rows.push({ group: 'recognition', name: 'corpus pages that need compromise loaded', value: needing, unit: `of ${pages.length}` });

  // What the content script pays.
  const gz = gzipSync(json).length;
  rows.push({ group: 'size', name: 'alias index (JSON, raw / gzip)', value: json.length / 1024, unit: 'kB', note: `${(gz / 1024).toFixed(0)} kB gzip` });
  const content = join(PROJECT_ROOT, '.output', 'chrome-mv3', 'content-scripts', 'content.js');
  const nlpHostDir = join(PROJECT_ROOT, '.output', 'chrome-mv3', 'chunks');
  const nlpScript = existsSync(nlpHostDir) ? readdirSync(nlpHostDir).filter((f) => f.startsWith('nlp-host')).map((f) => join(nlpHostDir, f))[0] : undefined;
  const stale = existsSync(content) && newestSource() > statSync(content).mtimeMs;
  if (stale) rows.push({ group: 'size', name: 'content script (built)', value: NaN, unit: 'kB', note: 'older than lib/ or data/: run npm run build first' });
  else if (existsSync(content)) {
    const bytes = readFileSync(content);
    rows.push({ group: 'size', name: 'content script (built), raw / gzip', value: bytes.length / 1024, unit: 'kB', note: `${(gzipSync(bytes).length / 1024).toFixed(0)} kB gzip` });
  } else rows.push({ group: 'size', name: 'content script (built)', value: NaN, unit: 'kB', note: 'run npm run build first' });
  if (nlpScript && existsSync(nlpScript)) {
    rows.push({ group: 'size', name: 'compromise bundle (offscreen document, never in a page)', value: statSync(nlpScript).size / 1024, unit: 'kB' });
  }
  return rows;
}

/** When a file the content script is built from last changed: a size read from an older build would be another build's. */
function newestSource(): number {
  let newest = 0;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of ['lib', 'data', 'entrypoints', 'components']) if (existsSync(join(PROJECT_ROOT, dir))) walk(join(PROJECT_ROOT, dir));
  return newest;
}
