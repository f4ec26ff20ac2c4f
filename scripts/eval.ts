/**
 * `npm run eval`: scores the recognizer, per type, per language, with precision on trap sentences,
 * against baselines scored in the same run (a naive matcher, compromise alone, and optionally the
 * recognizer of another git revision), on four sets:
 * - dev: ../shared/gold/dev.jsonl, tuned on;
 * - dev-extra: tests/dev-extra, sentences written for the project, tuned on;
 * - heldout: tests/heldout, drawn from the corpus and never tuned on until issue 16's second round
 *   read its errors: now seen, reported for comparison only;
 * - heldout-b: tests/heldout-b, drawn afresh after that round, never tuned on.
 *
 *   npm run eval [-- --errors [N]] [--set dev|dev-extra|heldout|heldout-b] [--gold FILE] [--baseline REV] [--json OUT]
 *
 * --errors lists every false positive and miss (or the first N per set) with its sentence and the
 * alias or rule that fired or dropped it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DroppedMatch } from '../lib/recognize/recognize.ts';
import { buildAtRevision, currentBuild, type RecognizerBuild } from './bench/baseline-recognizer.ts';
import { compromiseOnly, naiveMatcher, type Predict } from './lib/eval-baselines.ts';
import { emptyCounts, prf, scoreRecord, sumCounts, type Counts, type Errors, type GoldRecord, type Span } from './lib/score.ts';
import { PROJECT_ROOT } from './serve.ts';
import { devExtraLines } from '../tests/dev-extra/records.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const errorsAt = args.indexOf('--errors');
const errorLimit = errorsAt < 0 ? 0 : /^\d+$/.test(args[errorsAt + 1] ?? '') ? Number(args[errorsAt + 1]) : Infinity;

const SETS: { name: string; path: string }[] = [
  { name: 'dev gold (tuned on)', path: resolve(PROJECT_ROOT, '..', 'shared', 'gold', 'dev.jsonl') },
  { name: 'dev extra (written for the project, tuned on)', path: resolve(PROJECT_ROOT, 'tests', 'dev-extra') },
  { name: 'held-out A (seen: its errors were read in issue 16)', path: resolve(PROJECT_ROOT, 'tests', 'heldout', 'heldout.jsonl') },
  { name: 'held-out B (fresh, never tuned on)', path: resolve(PROJECT_ROOT, 'tests', 'heldout-b', 'heldout-b.jsonl') },
];
const SET_OPTIONS: Record<string, string> = { dev: SETS[0].name, 'dev-extra': SETS[1].name, heldout: SETS[2].name, 'heldout-b': SETS[3].name };
const goldFile = option('--gold');
const setOption = option('--set');
if (setOption && !SET_OPTIONS[setOption]) throw new Error(`--set must be one of ${Object.keys(SET_OPTIONS).join(', ')}`);
const chosenSets = goldFile ? [{ name: goldFile, path: resolve(goldFile) }] : SETS.filter((s) => !setOption || s.name === SET_OPTIONS[setOption]);

function readSet(path: string): GoldRecord[] {
  // The dev-extra set is built from its sentence files when read; the .jsonl is only a local copy.
  const lines = path === SETS[1].path ? devExtraLines() : readFileSync(path, 'utf8').split('\n');
  return lines
    .filter((l) => l.trim())
    .map((l, n) => {
      try {
        return JSON.parse(l) as GoldRecord;
      } catch {
        throw new Error(`${path}:${n + 1}: not JSON`);
      }
    });
}

// ── Systems ──────────────────────────────────────────────────────────────────────────────────
interface Prediction extends Span {
  why?: string;
}
interface System {
  name: string;
  predict: (r: GoldRecord) => { predictions: Prediction[]; dropped?: DroppedMatch[] };
}

function assaySystem(build: RecognizerBuild, name: string): System {
  const serialized = build.buildSerializedIndex();
  const options = { index: build.loadAliasIndex(serialized), deals: build.dealKeys(serialized), nlp: build.createCompromiseNlp(), debug: true };
  return {
    name,
    predict: (r) => {
      const result = build.recognizeDetailed(r.text, options);
      return { predictions: result.mentions, dropped: result.dropped };
    },
  };
}

const plain = (name: string, predict: Predict): System => ({ name, predict: (r) => ({ predictions: predict(r) }) });

const systems: System[] = [assaySystem(await currentBuild(), 'assay')];
const baselineRev = option('--baseline');
if (baselineRev) {
  const build = await buildAtRevision(baselineRev);
  systems.push(assaySystem(build, `assay @ ${build.label}`));
}
systems.push(plain('naive regex', naiveMatcher()), plain('compromise only', compromiseOnly()));

// ── Scoring ──────────────────────────────────────────────────────────────────────────────────
const LANGS = ['en', 'zh', 'all'] as const;
const TYPES = ['mineral', 'country', 'deal'] as const;
const isTrap = (r: GoldRecord) => r.kind === 'trap';

interface Report {
  /** Overlap counts per language ('all' too) and type. */
  overlap: Record<string, Record<string, Counts>>;
  exact: Record<string, Record<string, Counts>>;
  /** Overlap counts on trap records, per language, all types together. */
  trap: Record<string, Counts>;
  errors: Errors;
  why: Map<string, { predictions: Prediction[]; dropped?: DroppedMatch[] }>;
  ms: number;
}

function run(system: System, records: GoldRecord[]): Report {
  const report: Report = { overlap: {}, exact: {}, trap: {}, errors: { misses: [], falseHits: [] }, why: new Map(), ms: 0 };
  for (const lang of LANGS) {
    report.overlap[lang] = {};
    report.exact[lang] = {};
    report.trap[lang] = emptyCounts();
  }
  const started = performance.now();
  for (const r of records) {
    const result = system.predict(r);
    const predictions = result.predictions;
    report.why.set(r.id, result);
    for (const lang of [r.lang, 'all']) {
      scoreRecord(r, predictions, report.overlap[lang], 'overlap', lang === 'all' ? report.errors : undefined);
      scoreRecord(r, predictions, report.exact[lang], 'exact');
      if (isTrap(r)) {
        const counts: Record<string, Counts> = {};
        scoreRecord(r, predictions, counts, 'overlap');
        report.trap[lang] = sumCounts([report.trap[lang], ...Object.values(counts)]);
      }
    }
  }
  report.ms = performance.now() - started;
  return report;
}

// ── Printing ─────────────────────────────────────────────────────────────────────────────────
const fmt = (x: number) => x.toFixed(3);
const pad = (cells: string[], widths: number[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();

function printSummary(reports: [System, Report][]): void {
  const widths = [30, 10, 10, 10, 8, 8, 7];
  console.log(pad(['overlap F1', 'mineral', 'country', 'deal', 'all', 'trap P', 'traps'], widths));
  for (const [system, report] of reports) {
    for (const lang of LANGS) {
      const counts = report.overlap[lang];
      const f1 = (c: Counts | undefined) => (c && (c.required || c.hits + c.falsePositives) ? fmt(prf(c).f1) : '—');
      const trap = report.trap[lang];
      const trapCells = trap.hits + trap.falsePositives ? [fmt(prf(trap).precision), String(trap.hits + trap.falsePositives)] : ['—', '0'];
      console.log(pad([`${system.name} · ${lang}`, ...TYPES.map((t) => f1(counts[t])), f1(sumCounts(Object.values(counts))), ...trapCells], widths));
    }
  }
  console.log('(trap P: precision of every prediction in trap records; traps: how many predictions that is)');
}

function printDetail(title: string, counts: Record<string, Record<string, Counts>>): void {
  console.log(`\n${title}`);
  const widths = [18, 7, 7, 7, 7, 7, 6];
  console.log(pad(['', 'P', 'R', 'F1', 'found', 'gold', 'FP'], widths));
  for (const lang of LANGS) {
    for (const type of [...TYPES, 'all']) {
      const c = type === 'all' ? sumCounts(Object.values(counts[lang])) : counts[lang][type] ?? emptyCounts();
      if (!c.required && !c.hits && !c.falsePositives) continue;
      const { precision, recall, f1 } = prf(c);
      console.log(pad([`${lang} · ${type}`, fmt(precision), fmt(recall), fmt(f1), String(c.found), String(c.required), String(c.falsePositives)], widths));
    }
  }
}

const show = (text: string, s: { start: number; end: number }) =>
  `${text.slice(Math.max(0, s.start - 60), s.start)}[${text.slice(s.start, s.end)}]${text.slice(s.end, s.end + 60)}`.replace(/\s+/g, ' ');
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Why a gold mention was missed: the match that was dropped over it, or what was found instead. */
function whyMissed(gold: Span, result: { predictions: Prediction[]; dropped?: DroppedMatch[] } | undefined): string {
  const dropped = result?.dropped?.filter((d) => overlaps(d, gold) && (d.type === gold.type || d.type === 'blocker'));
  if (dropped?.length) return dropped.map((d) => `"${d.surface}" ${d.type === 'blocker' ? 'blocking phrase' : d.why}`).join('; ');
  const other = result?.predictions.filter((p) => overlaps(p, gold) && p.type === gold.type);
  if (other?.length) return `found as ${other.map((p) => `${p.id} "${p.surface ?? ''}"`).join(', ')}`;
  return gold.type === 'deal' ? 'no deal word there' : 'no alias matched';
}

function printErrors(report: Report): void {
  const { misses, falseHits } = report.errors;
  console.log(`\nFalse positives (${falseHits.length}):`);
  for (const f of falseHits.slice(0, errorLimit)) {
    const p = f.prediction as Prediction;
    console.log(`  ${f.record} ${p.type}:${p.id}  ${show(f.text, p)}\n      why: ${p.why ?? '—'}`);
  }
  console.log(`\nMisses (${misses.length}):`);
  for (const m of misses.slice(0, errorLimit)) {
    console.log(`  ${m.record} ${m.gold.type}:${m.gold.id}  ${show(m.text, m.gold)}\n      why: ${whyMissed(m.gold, report.why.get(m.record))}`);
  }
}

const json: Record<string, unknown> = {};
for (const set of chosenSets) {
  if (!existsSync(set.path)) {
    console.log(`\n== ${set.name}: ${set.path} does not exist yet; skipped`);
    continue;
  }
  const records = readSet(set.path);
  const kinds = new Map<string, number>();
  for (const r of records) kinds.set(`${r.lang}/${r.kind}`, (kinds.get(`${r.lang}/${r.kind}`) ?? 0) + 1);
  console.log(`\n== ${set.name}: ${set.path}\n   ${records.length} records (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')})\n`);
  const reports: [System, Report][] = systems.map((s) => [s, run(s, records)]);
  printSummary(reports);
  const assay = reports[0][1];
  printDetail(`assay, overlap scores (the main score)`, assay.overlap);
  printDetail(`assay, exact-span scores (deal boundaries are fuzzy by design)`, assay.exact);
  console.log(`\nTime: ${reports.map(([s, r]) => `${s.name} ${r.ms.toFixed(0)} ms`).join(', ')} for ${records.length} records.`);
  if (errorLimit) printErrors(assay);
  else console.log(`Errors: ${assay.errors.falseHits.length} false positives, ${assay.errors.misses.length} misses (list them with --errors).`);
  json[set.name] = Object.fromEntries(
    reports.map(([s, r]) => [s.name, Object.fromEntries(LANGS.map((lang) => [lang, { ...Object.fromEntries(TYPES.map((t) => [t, prf(r.overlap[lang][t] ?? emptyCounts())])), trap: prf(r.trap[lang]) }]))]),
  );
}

const jsonOut = option('--json');
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(json, null, 2));
