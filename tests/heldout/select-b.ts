/**
 * The second draw of the held-out set (tests/heldout/README.md, "Second draw: minerals and
 * deals"): sentences holding a mineral alias (B1) or a deal or money word (B2), none from the
 * first draw, appended to drawn.jsonl with ids from h441. Deterministic; prints counts only.
 *
 *   npx tsx tests/heldout/select-b.ts [--out FILE]    (default: append to tests/heldout/drawn.jsonl)
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eligibleSentences, isTrap, mulberry32, ROOT, seededDraw, type CorpusSentence } from './corpus-sentences.ts';

const DRAWN = join(ROOT, 'tests', 'heldout', 'drawn.jsonl');
const DEAL_EN = /(?<![\p{L}\p{N}])(?:agreements?|deals?|accords?|pacts?|treaty|treaties|truces?|MoUs?|MOUs?|memorandum|contracts?|offtakes?|stakes?|joint ventures?|partnerships?|frameworks?|investments?|loans?|financing|funding|takeovers?)(?![\p{L}\p{N}])/iu;
const DEAL_ZH = /协议|協議|协定|協定|备忘录|備忘錄|合同|交易|框架|合资|合資|投资|投資|融资|融資|股份|股权|股權|贷款|貸款|伙伴关系/u;

/** `quota` sentences by step 7's walk (seeded shuffle, per-page cap), or all of them when quota is Infinity. */
function draw(candidates: CorpusSentence[], quota: number, seed: number): CorpusSentence[] {
  if (quota === Infinity) return candidates;
  return seededDraw([...candidates], quota, mulberry32(seed), (s) => s.page.path).picked;
}

const firstDraw = readFileSync(DRAWN, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const first = new Set(firstDraw.filter((r) => Number(r.id.slice(1)) <= 440).map((r) => r.text));
const b1: Record<'en' | 'zh', CorpusSentence[]> = { en: [], zh: [] };
const b2: Record<'en' | 'zh', CorpusSentence[]> = { en: [], zh: [] };
for (const s of eligibleSentences()) {
  if (first.has(s.sentence)) continue;
  if (s.matches.some((m) => m.entries.some((e) => e.type === 'mineral'))) b1[s.page.lang].push(s);
  else if ((s.page.lang === 'en' ? DEAL_EN : DEAL_ZH).test(s.sentence)) b2[s.page.lang].push(s);
}
const picked = [
  ...draw(b1.en, Infinity, 17),
  ...draw(b1.zh, 50, 17),
  ...draw(b2.en, 80, 18),
  ...draw(b2.zh, 50, 18),
];
console.log(`B1 minerals: en ${b1.en.length} (all drawn), zh ${b1.zh.length} (50 drawn); B2 deals: en ${b2.en.length} (80 drawn), zh ${b2.zh.length} (50 drawn)`);
const lines = picked.map((s, i) =>
  JSON.stringify({
    id: `h${String(441 + i).padStart(3, '0')}`,
    lang: s.page.lang,
    kind: isTrap(s.sentence, s.page.lang, s.matches) ? 'trap' : 'topic',
    page: s.page.path,
    url: s.page.url,
    text: s.sentence,
  }),
);
const outIndex = process.argv.indexOf('--out');
if (outIndex >= 0) writeFileSync(process.argv[outIndex + 1], lines.join('\n') + '\n');
else if (firstDraw.length > 440) console.log('drawn.jsonl already holds the second draw; nothing appended');
else appendFileSync(DRAWN, lines.join('\n') + '\n');
