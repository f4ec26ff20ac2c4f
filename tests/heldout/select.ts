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
import { DEAL_OR_MONEY_EN, DEAL_OR_MONEY_ZH, eligibleSentences, isTrap, mulberry32, ROOT, seededDraw } from './corpus-sentences.ts';

const SEED = 16;
const QUOTA = { 'en/trap': 150, 'en/topic': 150, 'zh/trap': 70, 'zh/topic': 70 } as const;
type Stratum = keyof typeof QUOTA;

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
  const { picked, pages } = seededDraw(candidates, QUOTA[stratum], rng, (d) => d.page);
  drawn.push(...picked);
  console.log(`${stratum}: ${candidates.length} candidates, ${picked.length} drawn from ${pages} pages`);
}
console.log(`${eligibleCount} eligible sentences; ${drawn.length} drawn`);

const outIndex = process.argv.indexOf('--out');
const out = outIndex >= 0 ? process.argv[outIndex + 1] : join(ROOT, 'tests', 'heldout', 'drawn.jsonl');
writeFileSync(out, drawn.map((d, i) => JSON.stringify({ id: `h${String(i + 1).padStart(3, '0')}`, ...d })).join('\n') + '\n');
