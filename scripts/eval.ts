/**
 * `npm run eval`: scores the recognizer on ../shared/gold/dev.jsonl, per type, per language and
 * per kind, with trap sentences reported separately, against two baselines scored in the same
 * run: a naive matcher (every alias as a case-insensitive whole-word regex) and compromise alone
 * (its place and organisation tags, for countries). Lists the misses and false hits.
 *
 *   npm run eval [-- --errors N] [-- --gold FILE] [-- --json OUT]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import nlp from 'compromise';
import { collectAliases } from '../lib/dataset/aliases.ts';
import { loadDataset } from '../lib/dataset/load.ts';
import { DEAL_WORDS_EN, DEAL_WORDS_ZH } from '../lib/recognize/lexicon/deal-words.ts';
import { makeRecognizer } from './lib/recognizer.ts';
import { emptyCounts, prf, scoreRecord, sumCounts, type Counts, type Errors, type GoldRecord, type Span } from './lib/score.ts';
import { PROJECT_ROOT } from './serve.ts';
import { zhVariants } from './lib/alias-index-build.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const goldPath = option('--gold') ?? resolve(PROJECT_ROOT, '..', 'shared', 'gold', 'dev.jsonl');
const errorLimit = Number(option('--errors') ?? 40);
const records: GoldRecord[] = readFileSync(goldPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

type Predict = (record: GoldRecord) => Span[];

// ── Assay ────────────────────────────────────────────────────────────────────────────────────
const recognizer = makeRecognizer(true);
const assay: Predict = (r) => recognizer(r.text).mentions;

// ── Baseline 1: every alias as a case-insensitive whole-word regex ───────────────────────────
const dataset = loadDataset();
const naivePatterns: { re: RegExp; type: string; id: string }[] = [];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
for (const a of collectAliases(dataset)) {
  if (a.type === 'deal') continue;
  const texts = a.lang === 'zh' ? [a.text, ...zhVariants(a.text)] : [a.text];
  for (const t of texts) {
    const body = escape(t);
    naivePatterns.push({ re: new RegExp(a.lang === 'zh' ? body : `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu'), type: a.type, id: a.entityId });
  }
}
for (const [word] of [...DEAL_WORDS_EN, ...DEAL_WORDS_ZH]) {
  for (const t of [word, ...zhVariants(word)]) {
    naivePatterns.push({ re: new RegExp(/\p{Script=Han}/u.test(t) ? escape(t) : `(?<![\\p{L}\\p{N}])${escape(t)}(?![\\p{L}\\p{N}])`, 'giu'), type: 'deal', id: 'deal' });
  }
}
const naive: Predict = (r) => {
  const out: Span[] = [];
  const seen = new Set<string>();
  for (const p of naivePatterns) {
    p.re.lastIndex = 0;
    for (const m of r.text.matchAll(p.re)) {
      const key = `${m.index}:${m.index + m[0].length}:${p.type}:${p.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ start: m.index, end: m.index + m[0].length, type: p.type, id: p.id });
    }
  }
  return out;
};

// ── Baseline 2: compromise alone (places and organisations → countries) ───────────────────────
const countryByName = new Map<string, string>();
for (const a of collectAliases(dataset)) if (a.type === 'country' && a.lang === 'en') countryByName.set(a.text.toLowerCase(), a.entityId);
const compromiseOnly: Predict = (r) => {
  if (r.lang !== 'en') return [];
  const out: Span[] = [];
  const doc = nlp(r.text);
  const docs = [...doc.places().json({ offset: true }), ...doc.organizations().json({ offset: true })] as { text: string; offset: { start: number; length: number } }[];
  for (const d of docs) {
    const name = d.text.replace(/[’']s$/, '').replace(/[.,;:!?]+$/, '').toLowerCase();
    const id = countryByName.get(name);
    if (id) out.push({ start: d.offset.start, end: d.offset.start + name.length, type: 'country', id });
  }
  return out;
};

// ── Scoring ──────────────────────────────────────────────────────────────────────────────────
interface Report {
  byType: Record<string, Counts>;
  byLang: Record<string, Record<string, Counts>>;
  byKind: Record<string, Record<string, Counts>>;
  exact: Record<string, Counts>;
  errors: Errors;
  ms: number;
}

function run(predict: Predict): Report {
  const report: Report = { byType: {}, byLang: { en: {}, zh: {} }, byKind: { topic: {}, trap: {}, zh: {} }, exact: {}, errors: { misses: [], falseHits: [] }, ms: 0 };
  const started = performance.now();
  for (const r of records) {
    const predictions = predict(r);
    scoreRecord(r, predictions, report.byType, 'overlap', report.errors);
    scoreRecord(r, predictions, report.byLang[r.lang], 'overlap');
    scoreRecord(r, predictions, report.byKind[r.kind], 'overlap');
    scoreRecord(r, predictions, report.exact, 'exact');
  }
  report.ms = performance.now() - started;
  return report;
}

const fmt = (x: number) => x.toFixed(3);
const row = (cells: string[], widths: number[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');

function table(title: string, reports: [string, Report][], pick: (r: Report) => Record<string, Counts>, types: string[]) {
  console.log(`\n${title}`);
  const widths = [26, 7, 7, 7, 7, 7];
  console.log(row(['', 'P', 'R', 'F1', 'found', 'gold'], widths));
  for (const [name, report] of reports) {
    const counts = pick(report);
    for (const type of types) {
      const c = type === 'all' ? sumCounts(Object.values(counts)) : counts[type] ?? emptyCounts();
      const { precision, recall, f1 } = prf(c);
      console.log(row([`${name} · ${type}`, fmt(precision), fmt(recall), fmt(f1), String(c.found), String(c.required)], widths));
    }
  }
}

const reports: [string, Report][] = [
  ['assay', run(assay)],
  ['naive regex', run(naive)],
  ['compromise only', run(compromiseOnly)],
];
const types = ['mineral', 'country', 'deal', 'all'];
console.log(`Gold: ${goldPath} (${records.length} records)`);
table('Overlap scores, all records', reports, (r) => r.byType, types);
for (const lang of ['en', 'zh']) table(`Overlap scores, ${lang === 'en' ? 'English' : 'Chinese'}`, reports.slice(0, 2), (r) => r.byLang[lang], types);
table('Trap records (look-alike words): precision is what counts', reports.slice(0, 2), (r) => r.byKind.trap, ['all']);
table('Topic records', reports.slice(0, 1), (r) => r.byKind.topic, types);
table('Exact-span scores (deal boundaries are fuzzy by design)', reports.slice(0, 1), (r) => r.exact, types);

const assayReport = reports[0][1];
console.log(`\nTime: assay ${assayReport.ms.toFixed(0)} ms, naive ${reports[1][1].ms.toFixed(0)} ms, compromise ${reports[2][1].ms.toFixed(0)} ms for ${records.length} records.`);

const show = (text: string, s: { start: number; end: number }) => `${text.slice(Math.max(0, s.start - 40), s.start)}[${text.slice(s.start, s.end)}]${text.slice(s.end, s.end + 40)}`.replace(/\s+/g, ' ');
const { misses, falseHits } = assayReport.errors;
console.log(`\nMisses (${misses.length}):`);
for (const m of misses.slice(0, errorLimit)) console.log(`  ${m.record} ${m.gold.type}:${m.gold.id}  ${show(m.text, m.gold)}`);
console.log(`\nFalse hits (${falseHits.length}):`);
for (const f of falseHits.slice(0, errorLimit)) console.log(`  ${f.record} ${f.prediction.type}:${f.prediction.id}  ${show(f.text, f.prediction)}`);

const jsonOut = option('--json');
if (jsonOut) {
  const summary = Object.fromEntries(reports.map(([name, r]) => [name, Object.fromEntries(types.map((t) => [t, prf(t === 'all' ? sumCounts(Object.values(r.byType)) : r.byType[t] ?? emptyCounts())]))]));
  writeFileSync(jsonOut, JSON.stringify({ summary, misses, falseHits }, null, 2));
}
