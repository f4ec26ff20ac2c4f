/**
 * Trains the learned deal filter (lib/recognize/deals/plausibility.ts) and writes its weights to
 * data/deal-plausibility.json.
 *
 *   npx tsx scripts/train-deal-filter.ts [--real FILE[@REV] …] [--folds] [--out FILE]
 *
 * The examples are the deal phrases the rules keep, each labelled by whether it overlaps a gold
 * deal: those of the dev gold and the dev-extra sentences under this build, and those of any
 * collection of real sentences given with --real (JSONL: text, gold_deals, optional_deals, the
 * surfaces of the deals), read by the recognizer at REV. Reading a collection at the revision
 * before the rules were mended on it gives the phrases the rules kept on text they had never seen,
 * the mistakes the filter is for; the collections stay outside the repository, as they are other
 * people's sentences. --folds holds each --real collection out in turn and prints what the filter
 * does to it, trained on the rest.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dealFeatures, dealPlausibility, dealSentenceIn, loadDealModel, phraseIn, readAsChinese, type DealModelFile, type DealPhrase, type DealSentence } from '../lib/recognize/deals/plausibility.ts';
import { execFileSync } from 'node:child_process';
import { basename } from 'node:path';
import { sentenceFinder } from '../lib/recognize/context.ts';
import { devExtraLines } from '../tests/dev-extra/records.ts';
import { buildAtRevision, currentBuild, type RecognizerBuild } from './bench/baseline-recognizer.ts';
import { PROJECT_ROOT } from './serve.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const realSources = args.flatMap((a, i) => (args[i - 1] === '--real' ? [a] : []));
const out = option('--out') ?? resolve(PROJECT_ROOT, 'data', 'deal-plausibility.json');
const L2 = 1;
const REAL_WEIGHT = 3;
const THRESHOLD = 0.5;
const MIN_COUNT = 3;
const PRUNE = 0.1;
/** Thresholds --folds reports, pooled over the held-out collections of each language. */
const SWEPT_THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85];

interface Sentence { source: string; lang: 'en' | 'zh'; text: string; deals: { start: number; end: number; optional: boolean }[] }
interface Example { source: string; lang: 'en' | 'zh'; features: string[]; label: 0 | 1; weight: number; read: DealSentence; phrase: DealPhrase; sentence: Sentence; start: number; end: number }

/**
 * Where each labelled surface stands: gold first, then optional, each at its first place not taken
 * yet. A sentence where a surface stands more often than it is labelled, or is labelled both ways
 * and stands twice, cannot say which place is meant: undefined.
 */
function placeLabels(text: string, gold: string[], optional: string[]): { start: number; end: number; optional: boolean }[] | undefined {
  const taken = new Set<number>();
  const place = (s: string, isOptional: boolean) => {
    let at = text.indexOf(s);
    while (at >= 0 && taken.has(at)) at = text.indexOf(s, at + 1);
    if (at < 0) throw new Error(`a labelled deal is not in its sentence: ${JSON.stringify(s)} in ${JSON.stringify(text.slice(0, 80))}`);
    taken.add(at);
    return { start: at, end: at + s.length, optional: isOptional };
  };
  const placed = [...gold.map((s) => place(s, false)), ...optional.map((s) => place(s, true))];
  for (const s of new Set([...gold, ...optional])) {
    const stands = text.split(s).length - 1;
    if (stands > gold.filter((x) => x === s).length + optional.filter((x) => x === s).length) return undefined;
    if (stands > 1 && gold.includes(s) && optional.includes(s)) return undefined;
  }
  return placed;
}

const normalised = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
let unplaced = 0;
let repeated = 0;
const seen = new Set<string>();

/** The sentences of a collection, leaving out those whose labels cannot be placed and those read before. */
function readCollection(path: string, source: string): Sentence[] {
  const out: Sentence[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const j = JSON.parse(line) as { text: string; gold_deals?: string[]; optional_deals?: string[] };
    const deals = placeLabels(j.text, j.gold_deals ?? [], j.optional_deals ?? []);
    if (!deals) {
      unplaced++;
      continue;
    }
    if (seen.has(normalised(j.text))) {
      repeated++;
      continue;
    }
    seen.add(normalised(j.text));
    const lang = /\p{Script=Han}/u.test(j.text) ? 'zh' : 'en';
    out.push({ source, lang, text: j.text, deals });
  }
  return out;
}

function readGold(lines: string[], source: string): Sentence[] {
  return lines.filter((l) => l.trim()).map((l) => JSON.parse(l)).map((r: { lang: 'en' | 'zh'; text: string; mentions: { type: string; start: number; end: number; optional?: boolean }[] }) => {
    seen.add(normalised(r.text));
    return { source, lang: r.lang, text: r.text, deals: r.mentions.filter((m) => m.type === 'deal').map((m) => ({ start: m.start, end: m.end, optional: !!m.optional })) };
  });
}

const KEPT = /^deal word \(([^)]*)\) → keep(?:: (.*))?$/;

/** The deal phrases `build` keeps in each sentence, as the filter would see them, labelled. */
function examples(build: RecognizerBuild, sentences: Sentence[], weight: number): Example[] {
  const serialized = build.buildSerializedIndex();
  const options = { index: build.loadAliasIndex(serialized), deals: build.dealKeys(serialized), nlp: build.createCompromiseNlp(), debug: true, dealFilter: false };
  const found: Example[] = [];
  for (const s of sentences) {
    const result = build.recognizeDetailed(s.text, options as Parameters<RecognizerBuild['recognizeDetailed']>[1]);
    const sentenceOf = sentenceFinder(s.text);
    for (const m of result.mentions) {
      const kept = m.type === 'deal' && KEPT.exec((m as { why?: string }).why ?? '');
      if (!kept) continue;
      const overlaps = (g: { start: number; end: number }) => m.start < g.end && g.start < m.end;
      if (!s.deals.some((g) => !g.optional && overlaps(g)) && s.deals.some((g) => g.optional && overlaps(g))) continue;
      // Read as the recognizer reads it: the sentence where the phrase starts, its countries and minerals.
      const span = sentenceOf(m.start);
      const read = dealSentenceIn(s.text, span, result.mentions);
      const phrase = phraseIn(span, m.start, m.end, kept[1], kept[2] ?? '');
      const label = s.deals.some((g) => !g.optional && overlaps(g)) ? 1 : 0;
      found.push({ source: s.source, lang: readAsChinese(phrase.cls) ? 'zh' : 'en', features: dealFeatures(read, phrase), label, weight, read, phrase, sentence: s, start: m.start, end: m.end });
    }
  }
  return found;
}

/** L2-regularised logistic regression, full-batch gradient descent with Adam (the loss is convex; 1,500 steps settle it). */
function train(data: Example[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const e of data) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([, n]) => n >= MIN_COUNT).map(([f]) => f).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = data.map((e) => Int32Array.from(e.features.flatMap((f) => (index.has(f) ? [index.get(f)!] : []))));
  const w = new Float64Array(names.length);
  const m = new Float64Array(names.length);
  const v = new Float64Array(names.length);
  const g = new Float64Array(names.length);
  const rate = 0.05;
  for (let step = 1; step <= 1500; step++) {
    for (let j = 0; j < w.length; j++) g[j] = L2 * w[j];
    for (let i = 0; i < rows.length; i++) {
      let z = 0;
      for (const j of rows[i]) z += w[j];
      const d = data[i].weight * (1 / (1 + Math.exp(-z)) - data[i].label);
      for (const j of rows[i]) g[j] += d;
    }
    for (let j = 0; j < w.length; j++) {
      m[j] = 0.9 * m[j] + 0.1 * g[j];
      v[j] = 0.999 * v[j] + 0.001 * g[j] * g[j];
      w[j] -= (rate * (m[j] / (1 - 0.9 ** step))) / (Math.sqrt(v[j] / (1 - 0.999 ** step)) + 1e-8);
    }
  }
  const weights: Record<string, number> = {};
  names.forEach((f, j) => {
    if (Math.abs(w[j]) >= PRUNE) weights[f] = Math.round(w[j] * 1000) / 1000;
  });
  return weights;
}

function fit(data: Example[]): DealModelFile {
  return { threshold: THRESHOLD, en: train(data.filter((e) => e.lang === 'en')), zh: train(data.filter((e) => e.lang === 'zh')) };
}

interface Tally { hits: number; kept: number; found: number; required: number }

/** Deal precision and recall (overlap) on `sentences` of the phrases kept, with or without the filter. */
function tally(data: Example[], sentences: Sentence[], model?: DealModelFile, threshold = model?.threshold): Tally {
  const loaded = model && loadDealModel(model);
  const kept = data.filter((e) => !loaded || dealPlausibility(loaded, e.read, e.phrase) >= threshold!);
  const t: Tally = { hits: kept.filter((e) => e.label === 1).length, kept: kept.length, found: 0, required: 0 };
  for (const s of sentences) for (const g of s.deals) {
    if (g.optional) continue;
    t.required++;
    if (kept.some((e) => e.sentence === s && e.start < g.end && g.start < e.end)) t.found++;
  }
  return t;
}

function shown(t: Tally): string {
  const p = t.kept ? t.hits / t.kept : 1;
  const r = t.required ? t.found / t.required : 1;
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)}`;
}

const add = (a: Tally, b: Tally): Tally => ({ hits: a.hits + b.hits, kept: a.kept + b.kept, found: a.found + b.found, required: a.required + b.required });

const current = await currentBuild();
const tuned = [...readGold(readFileSync(resolve(PROJECT_ROOT, '..', 'shared', 'gold', 'dev.jsonl'), 'utf8').split('\n'), 'dev'), ...readGold(devExtraLines(), 'dev-extra')];
const data = examples(current, tuned, 1);
const real: { name: string; sentences: Sentence[]; examples: Example[] }[] = [];
for (const source of realSources) {
  const [file, rev] = source.split('@');
  const sentences = readCollection(file, source);
  const build = rev ? await buildAtRevision(rev) : current;
  real.push({ name: source, sentences, examples: examples(build, sentences, REAL_WEIGHT) });
}
console.log(`${data.length} phrases kept in the dev gold and dev-extra; ${real.map((r) => `${r.examples.length} in ${r.name}`).join(', ')}`);

if (args.includes('--folds')) {
  const zero: Tally = { hits: 0, kept: 0, found: 0, required: 0 };
  const pooled = new Map<string, [Tally, Tally]>();
  // What each held-out collection would give at other thresholds, pooled per language.
  const byThreshold = new Map<string, Map<number, Tally>>();
  for (const held of real) {
    const model = fit([...data, ...real.filter((r) => r !== held).flatMap((r) => r.examples)]);
    const [rules, filtered] = [tally(held.examples, held.sentences), tally(held.examples, held.sentences, model)];
    console.log(`${held.name}: rules ${shown(rules)} | with the filter ${shown(filtered)}`);
    const lang = held.sentences.filter((x) => x.lang === 'zh').length * 2 > held.sentences.length ? 'zh' : 'en';
    const [r0, f0] = pooled.get(lang) ?? [zero, zero];
    pooled.set(lang, [add(r0, rules), add(f0, filtered)]);
    const tallies = byThreshold.get(lang) ?? new Map<number, Tally>();
    for (const t of SWEPT_THRESHOLDS) tallies.set(t, add(tallies.get(t) ?? zero, tally(held.examples, held.sentences, model, t)));
    byThreshold.set(lang, tallies);
  }
  for (const [lang, [rules, filtered]] of pooled) console.log(`all ${lang} collections: rules ${shown(rules)} | with the filter ${shown(filtered)}`);
  for (const [lang, tallies] of byThreshold) for (const [t, sum] of tallies) console.log(`all ${lang} collections, threshold ${t.toFixed(2)}: ${shown(sum)}`);
}
const model = fit([...data, ...real.flatMap((r) => r.examples)]);
const git = (...a: string[]) => execFileSync('git', a, { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
// The rules that kept the dev phrases are this working tree's: say so when it differs from its commit.
const head = git('rev-parse', '--short', 'HEAD') + (git('status', '--porcelain', 'lib') ? ' with uncommitted changes to lib/' : '');
const trainedOn = {
  recognizer: head,
  settings: { l2: L2, realWeight: REAL_WEIGHT, minCount: MIN_COUNT, prune: PRUNE },
  examples: [
    { source: 'dev gold and dev-extra', phrases: data.length },
    ...real.map((r) => ({ source: basename(r.name), phrases: r.examples.length, sentences: r.sentences.length })),
  ],
};
writeFileSync(out, JSON.stringify({ threshold: model.threshold, trainedOn, en: model.en, zh: model.zh }) + '\n');
console.log(`${unplaced} collection sentences left out as their labels could not be placed, ${repeated} as read before`);
console.log(`wrote ${out}: ${Object.keys(model.en).length} English and ${Object.keys(model.zh).length} Chinese weights`);
