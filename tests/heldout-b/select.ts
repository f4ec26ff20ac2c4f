/**
 * Draws held-out set B by the rule in tests/heldout-b/README.md ("How the sentences are chosen"):
 * corpus pieces of text under a looser eligibility than set A's, none already in set A or in the
 * dev gold, in three strata (minerals, deals, countries), deterministic. It uses none of the
 * recognizer's code, only the dataset's alias list and set A's splitter and trap test.
 *
 *   npx tsx tests/heldout-b/select.ts --count     prints the stratum sizes only (no sentence)
 *   npx tsx tests/heldout-b/select.ts             writes tests/heldout-b/drawn.jsonl and prints counts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { aliasMatches, CJK, corpusPieces, isTrap, mulberry32, ROOT, seededDraw, type Page } from '../heldout/corpus-sentences.ts';

// Step 2: what is already labelled elsewhere, compared without white space or case.
const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();
const setA = readFileSync(join(ROOT, 'tests', 'heldout', 'drawn.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => squash(JSON.parse(l).text));
const gold = readFileSync(join(ROOT, '..', 'shared', 'gold', 'dev.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => squash(JSON.parse(l).text));
const labelled = [...setA, ...gold];
const setASquashed = new Set(setA);
function alreadyLabelled(text: string): boolean {
  const s = squash(text);
  if (setASquashed.has(s)) return true;
  return labelled.some((t) => t.includes(s) || (s.length >= 20 && s.includes(t)));
}

// Step 3: the looser eligibility.
function eligibleB(text: string, lang: 'en' | 'zh'): boolean {
  if (lang === 'en') {
    const words = text.split(' ');
    return words.length >= 6 && words.length <= 90 && /^[A-Z0-9"“‘']/.test(text) && words.filter((w) => /^[a-z]+[,.;:!?]?$/.test(w)).length >= 2;
  }
  const chars = [...text];
  return chars.length >= 10 && chars.length <= 200 && chars.filter((c) => CJK.test(c)).length * 2 >= chars.length;
}

// Step 4: the strata's words.
const DEAL_EN = /(?<![\p{L}\p{N}])(?:agreements?|deals?|accords?|pacts?|treaty|treaties|truces?|MoUs?|MOUs?|memorand(?:um|a)|contracts?|offtakes?|stakes?|ventures?|JVs?|partnerships?|frameworks?|arrangements?|investments?|loans?|financing|funding|takeovers?|acquisitions?|concessions?|credit lines?)(?![\p{L}\p{N}])/iu;
const DEAL_ZH = /协议|協議|协定|協定|备忘录|備忘錄|合同|交易|框架|合资|合資|投资|投資|融资|融資|股份|股权|股權|贷款|貸款|伙伴关系|夥伴關係|收购|收購|入股|意向书|意向書|资金支持|資金支持/u;

interface Piece {
  page: Page;
  text: string;
  trap: boolean;
}

const strata = { M: { en: [] as Piece[], zh: [] as Piece[] }, D: { en: [] as Piece[], zh: [] as Piece[] }, C: { en: [] as Piece[], zh: [] as Piece[] } };
const seen = new Set<string>();
for (const { page, piece } of corpusPieces()) {
  if (seen.has(piece)) continue;
  seen.add(piece);
  if (!eligibleB(piece, page.lang) || alreadyLabelled(piece)) continue;
  const matches = aliasMatches(piece);
  const trap = isTrap(piece, page.lang, matches);
  const stratum = matches.some((m) => m.entries.some((e) => e.type === 'mineral'))
    ? 'M'
    : (page.lang === 'en' ? DEAL_EN : DEAL_ZH).test(piece)
      ? 'D'
      : matches.some((m) => m.entries.some((e) => e.type === 'country'))
        ? 'C'
        : undefined;
  if (stratum) strata[stratum][page.lang].push({ page, text: piece, trap });
}

const sizes = (['M', 'D', 'C'] as const).flatMap((s) => (['en', 'zh'] as const).map((l) => `${s} ${l}: ${strata[s][l].length} (${strata[s][l].filter((p) => p.trap).length} trap)`));
console.log(sizes.join('\n'));
if (process.argv.includes('--count')) process.exit(0);

// Step 5: the draw.
const C_QUOTA = { en: 60, zh: 40 } as const;
const picked: Piece[] = [...strata.M.en, ...strata.M.zh, ...strata.D.en, ...strata.D.zh];
const trapsSoFar = picked.filter((p) => p.trap).length;
const cTotal = C_QUOTA.en + C_QUOTA.zh;
// Trap sentences in C make up what the set still needs to be half trap sentences, shared by language in C's proportions.
const cTrapsNeeded = Math.min(cTotal, Math.max(0, Math.ceil((picked.length + cTotal) / 2) - trapsSoFar));
const rng = mulberry32(20);
for (const lang of ['en', 'zh'] as const) {
  const trapQuota = Math.round((cTrapsNeeded * C_QUOTA[lang]) / cTotal);
  const traps = seededDraw(strata.C[lang].filter((p) => p.trap), trapQuota, rng, (p) => p.page.path).picked;
  const topics = seededDraw(strata.C[lang].filter((p) => !p.trap), C_QUOTA[lang] - traps.length, rng, (p) => p.page.path).picked;
  picked.push(...traps, ...topics);
}
const lines = picked.map((p, i) =>
  JSON.stringify({ id: `b${String(i + 1).padStart(3, '0')}`, lang: p.page.lang, kind: p.trap ? 'trap' : 'topic', page: p.page.path, url: p.page.url, text: p.text }),
);
writeFileSync(join(ROOT, 'tests', 'heldout-b', 'drawn.jsonl'), lines.join('\n') + '\n');
console.log(`${picked.length} drawn, ${picked.filter((p) => p.trap).length} trap sentences`);
