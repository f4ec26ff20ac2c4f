/**
 * Draws the held-out sentences by the rule in tests/heldout/README.md ("How the sentences are
 * chosen"): eligible corpus sentences holding a candidate word, four strata (language × trap or
 * topic), a seeded shuffle per stratum and a per-page cap. Deterministic. It uses none of the
 * recognizer's code (which changes), only the dataset's alias list and its own splitter.
 *
 *   npx tsx tests/heldout/select.ts [--out FILE]    (default tests/heldout/drawn.jsonl)
 * Prints counts only.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEAL_OR_MONEY_EN, DEAL_OR_MONEY_ZH, eligibleSentences, isTrap, mulberry32, ROOT } from './corpus-sentences.ts';

const SEED = 16;
const QUOTA = { 'en/trap': 150, 'en/topic': 150, 'zh/trap': 70, 'zh/topic': 70 } as const;
type Stratum = keyof typeof QUOTA;
const CAPS = [4, 8, Infinity];

interface Drawn {
  lang: 'en' | 'zh';
  kind: 'trap' | 'topic';
  page: string;
  url?: string;
  text: string;
}

const strata = new Map<Stratum, Drawn[]>(Object.keys(QUOTA).map((k) => [k as Stratum, []]));
let eligibleCount = 0;
for (const { page, sentence, matches } of eligibleSentences()) {
  eligibleCount++;
  const candidate = matches.length > 0 || (page.lang === 'en' ? DEAL_OR_MONEY_EN : DEAL_OR_MONEY_ZH).test(sentence);
  if (!candidate) continue;
  const kind = isTrap(sentence, page.lang, matches) ? 'trap' : 'topic';
  strata.get(`${page.lang}/${kind}`)!.push({ lang: page.lang, kind, page: page.path, url: page.url, text: sentence });
}

const rng = mulberry32(SEED);
const drawn: Drawn[] = [];
for (const [stratum, candidates] of strata) {
  for (let i = candidates.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [candidates[i], candidates[j]] = [candidates[j], candidates[i]];
  }
  const taken = new Set<number>();
  const perPage = new Map<string, number>();
  for (const cap of CAPS) {
    for (let i = 0; i < candidates.length && taken.size < QUOTA[stratum]; i++) {
      if (taken.has(i) || (perPage.get(candidates[i].page) ?? 0) >= cap) continue;
      taken.add(i);
      perPage.set(candidates[i].page, (perPage.get(candidates[i].page) ?? 0) + 1);
    }
  }
  const picked = [...taken].sort((a, b) => a - b).map((i) => candidates[i]);
  drawn.push(...picked);
  console.log(`${stratum}: ${candidates.length} candidates, ${picked.length} drawn from ${perPage.size} pages`);
}
console.log(`${eligibleCount} eligible sentences; ${drawn.length} drawn`);

const outIndex = process.argv.indexOf('--out');
const out = outIndex >= 0 ? process.argv[outIndex + 1] : join(ROOT, 'tests', 'heldout', 'drawn.jsonl');
writeFileSync(out, drawn.map((d, i) => JSON.stringify({ id: `h${String(i + 1).padStart(3, '0')}`, ...d })).join('\n') + '\n');
