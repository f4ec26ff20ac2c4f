/**
 * This build's recognizer against another revision's, in one process: each measure alternates
 * the two builds round by round (baseline, this build, baseline...) and takes each one's fastest
 * CPU time, so that other work on the machine neither slows one build more than the other nor
 * counts at all: on a shared machine other work can only add time (cache misses, a busy core), so
 * the fastest round is the one least disturbed. Printed as one table with the change in percent.
 */
import type { RecognizerBuild } from './baseline-recognizer.ts';
import { megabytes, type CorpusPage } from './corpus.ts';
import { cpuTimeIt } from './table.ts';

export interface Comparison {
  measure: string;
  unit: string;
  baseline: number;
  current: number;
  /** True when a larger value is better (throughput); false for times. */
  higherIsBetter: boolean;
  /** Timed rounds per build, for a timed measure. */
  rounds?: number;
}

/** Timed rounds per measure by default; `--rounds N` asks for more on a busy machine. */
export const DEFAULT_ROUNDS = 13;
/** Untimed rounds first: each build's code gets optimized before anything counts. */
const WARM_ROUNDS = 2;

function prepare(build: RecognizerBuild) {
  const serialized = build.buildSerializedIndex();
  const json = JSON.stringify(serialized);
  const index = build.loadAliasIndex(JSON.parse(json));
  const options = { index, deals: build.dealKeys(serialized), nlp: build.createCompromiseNlp() };
  return { json, index, options };
}

/**
 * A cheap measure goes on past `rounds` until each build has spent this much timed CPU: on a noisy
 * machine the fastest of 13 rounds of 10 ms is still a disturbed one more often than not, and the
 * build with more code to bring back into the caches after the other's round loses more to that.
 */
const MIN_TIMED_MS = 2000;
const MAX_ROUNDS = 400;

/** Times `fns[b]` for each build, alternating: each build's fastest round in ms, and the rounds run. */
function alternate(fns: (() => unknown)[], rounds: number): { fastest: number[]; rounds: number } {
  const times: number[][] = fns.map(() => []);
  const spent = fns.map(() => 0);
  for (let round = 0; round < WARM_ROUNDS; round++) for (const fn of fns) fn();
  for (let round = 0; round < rounds || (round < MAX_ROUNDS && Math.min(...spent) < MIN_TIMED_MS); round++) {
    // Swap the order every round: whichever runs second may find caches warmer.
    const order = round % 2 ? [...fns.keys()].reverse() : [...fns.keys()];
    for (const b of order) {
      const ms = cpuTimeIt(fns[b]);
      times[b].push(ms);
      spent[b] += ms;
    }
  }
  return { fastest: times.map((t) => Math.min(...t)), rounds: times[0].length };
}

export function compareBuilds(pages: CorpusPage[], baseline: RecognizerBuild, current: RecognizerBuild, rounds = DEFAULT_ROUNDS): Comparison[] {
  const builds = [baseline, current].map((b) => ({ build: b, ...prepare(b) }));
  const all = pages.map((p) => p.text);
  const english = pages.filter((p) => p.lang === 'en').map((p) => p.text);
  const chinese = pages.filter((p) => p.lang === 'zh').map((p) => p.text);
  // Warm both builds (JIT, compromise's lexicon) before any timing.
  for (const b of builds) for (const t of english.slice(0, 5)) b.build.recognizeDetailed(t, b.options);

  const out: Comparison[] = [];
  // The index load is left out: at 0.2-0.5 ms a call, whichever build the process warmed first
  // stays faster however long both are warmed here, so the figure says nothing about the code.
  out.push({ measure: 'alias index size (JSON)', unit: 'kB', baseline: builds[0].json.length / 1024, current: builds[1].json.length / 1024, higherIsBetter: false });
  const throughput = (measure: string, texts: string[], run: (b: (typeof builds)[number], text: string) => unknown) => {
    const mb = megabytes(texts);
    const timed = alternate(builds.map((b) => () => texts.forEach((t) => run(b, t))), rounds);
    const [base, cur] = timed.fastest;
    out.push({ measure: `${measure} (${mb.toFixed(2)} MB)`, unit: 'MB/CPU s', baseline: mb / (base / 1000), current: mb / (cur / 1000), higherIsBetter: true, rounds: timed.rounds });
  };
  throughput('dictionary pass, whole corpus', all, (b, t) => b.build.scanAliases(t, b.index));
  throughput('recognize, English pages', english, (b, t) => b.build.recognizeDetailed(t, b.options));
  throughput('recognize, Chinese pages', chinese, (b, t) => b.build.recognizeDetailed(t, b.options));
  throughput('recognize, whole corpus', all, (b, t) => b.build.recognizeDetailed(t, b.options));
  return out;
}

export function printComparison(baselineLabel: string, rows: Comparison[], rounds = DEFAULT_ROUNDS): void {
  console.log(`\nRecognition, this build against ${baselineLabel} (one process, alternating rounds: at least ${rounds}, then on to ${MIN_TIMED_MS / 1000} s of CPU per build or ${MAX_ROUNDS} rounds; fastest round)`);
  const fmt = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
  const cells = rows.map((r) => {
    const change = (r.current / r.baseline - 1) * 100;
    const better = r.higherIsBetter ? change >= 0 : change <= 0;
    const sign = change >= 0 ? '+' : '';
    return [r.measure, fmt(r.baseline), fmt(r.current), r.unit, `${sign}${change.toFixed(1)}%`, Math.abs(change) < 0.05 ? '' : better ? 'better' : 'worse', r.rounds ? String(r.rounds) : ''];
  });
  const header = ['measure', 'baseline', 'this build', 'unit', 'change', '', 'rounds'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((x, i) => (i === 1 || i === 2 || i === 4 || i === 6 ? x.padStart(widths[i]) : x.padEnd(widths[i]))).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
}
