/**
 * Draws the held-out sentences by the rule in tests/heldout/README.md ("How the sentences are
 * chosen"): eligible corpus sentences holding a candidate word, four strata (language × trap or
 * topic), a seeded shuffle per stratum and a per-page cap. Deterministic. It uses none of the
 * recognizer's code (which changes), only the dataset's alias list and its own splitter.
 *
 *   npx tsx tests/heldout/select.ts [--out FILE]    (default tests/heldout/drawn.jsonl)
 * Prints counts only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { collectAliases, type AliasEntry } from '../../lib/dataset/aliases.ts';
import { loadDataset } from '../../lib/dataset/load.ts';
import { decodeHtml, visibleText } from '../../scripts/lib/visible-text.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CORPUS = resolve(ROOT, '..', 'shared', 'corpus');
const SEED = 16;
const QUOTA = { 'en/trap': 150, 'en/topic': 150, 'zh/trap': 70, 'zh/topic': 70 } as const;
type Stratum = keyof typeof QUOTA;
const CAPS = [4, 8, Infinity];

interface Page {
  path: string;
  lang: 'en' | 'zh';
  url?: string;
}

function pages(): Page[] {
  const rows = readFileSync(join(CORPUS, 'MANIFEST.tsv'), 'utf8').split('\n').slice(1);
  const out: Page[] = [];
  for (const row of rows) {
    const cells = row.split('\t');
    if (cells.length < 9 || (cells[7] !== 'en' && cells[7] !== 'zh')) continue;
    out.push({ path: cells[0], lang: cells[7], url: /url: (\S+)/.exec(cells[8])?.[1] });
  }
  return out;
}

// ── Sentences ────────────────────────────────────────────────────────────────────────────────
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st sen rep gov gen no inc ltd co corp vs jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);

function splitEnglish(line: string): string[] {
  const out: string[] = [];
  let from = 0;
  const boundary = /[.!?][)"”’'\]]*\s+(?=[A-Z0-9"“‘'])/g;
  for (const m of line.matchAll(boundary)) {
    const before = line.slice(from, m.index).match(/([A-Za-z]+)$/)?.[1] ?? '';
    if (line[m.index] === '.' && (ABBREVIATIONS.has(before.toLowerCase()) || /^[A-Z]$/.test(before))) continue;
    out.push(line.slice(from, m.index + m[0].trimEnd().length));
    from = m.index + m[0].length;
  }
  out.push(line.slice(from));
  return out;
}

function splitChinese(line: string): string[] {
  return line.split(/(?<=[。！？][”’」』）)]*)(?![”’」』）)])/u);
}

const CJK = /\p{Script=Han}/u;

function eligible(sentence: string, lang: 'en' | 'zh'): boolean {
  if (lang === 'en') {
    const words = sentence.split(' ').length;
    return words >= 8 && words <= 70 && /^[A-Z0-9"“‘']/.test(sentence) && /[.!?][)"”’'\]]*$/.test(sentence);
  }
  const chars = [...sentence];
  const han = chars.filter((c) => CJK.test(c)).length;
  return chars.length >= 12 && chars.length <= 160 && han * 2 >= chars.length && /[。！？][”’」』）)]*$/u.test(sentence);
}

// ── Candidate and trap words ─────────────────────────────────────────────────────────────────
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const aliases = collectAliases(loadDataset()).filter((a) => a.type !== 'deal');
const byFolded = new Map<string, AliasEntry[]>();
for (const a of aliases) {
  const key = a.lang === 'en' ? a.text.toLowerCase() : a.text;
  byFolded.set(key, [...(byFolded.get(key) ?? []), a]);
}
const longestFirst = (texts: string[]) => [...new Set(texts)].sort((a, b) => b.length - a.length).map(escape).join('|');
const enTexts = aliases.filter((a) => a.lang === 'en').map((a) => a.text);
const zhTexts = aliases.filter((a) => a.lang === 'zh').map((a) => a.text);
// Leftmost-longest over all aliases at once: at each position the longest alternative is tried first.
const ALIAS = new RegExp(`(?<![\\p{L}\\p{N}])(?:${longestFirst(enTexts)})(?![\\p{L}\\p{N}])|(?:${longestFirst(zhTexts)})`, 'giu');

const words = (list: string) => list.trim().split(/\s+/);
const wordRegex = (list: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${words(list).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
const anyRegex = (list: string) => new RegExp(words(list).map(escape).join('|'), 'u');

const DEAL_OR_MONEY_EN = wordRegex(`agreement agreements deal deals accord accords pact pacts treaty treaties truce MoU MoUs MOU
  MOUs memorandum framework partnership venture ventures JV stake stakes investment investments investor investors
  financing funding fund funds loan loans contract contracts offtake takeover acquisition acquisitions bailout`);
const DEAL_OR_MONEY_ZH = anyRegex(`协议 協議 协定 協定 备忘录 備忘錄 合同 交易 框架 合资 合資 投资 投資 融资 融資 股份 股权 股權 资金 資金 基金
  贷款 貸款 收购 收購`);
const MONEY_EN = wordRegex('investment investments investor investors financing funding fund funds loan loans stake stakes capital');
const MONEY_ZH = anyRegex('投资 投資 融资 融資 资金 資金 股份 股权 股權 基金 贷款 貸款');
const DEAL_HEAD_EN = wordRegex('agreement agreements deal deals accord accords pact pacts treaty treaties truce MoU MoUs MOU MOUs memorandum contract contracts');
const DEAL_HEAD_ZH = anyRegex('协议 協議 协定 協定 备忘录 備忘錄 合同');
const LOOK_ALIKE_EN = wordRegex(`gold silver platinum copper coppers nickel nickels lead tin iron cobalt mercury chromium silicon
  Jordan Chad Georgia Turkey Chile Niger Guinea Congo Panama Jersey`);
const CAPITALS_EN = new Set(aliases.filter((a) => a.lang === 'en' && a.kind === 'capital').map((a) => a.text));

function aliasMatches(sentence: string): { text: string; index: number; entries: AliasEntry[] }[] {
  return [...sentence.matchAll(ALIAS)].map((m) => ({ text: m[0], index: m.index, entries: byFolded.get(CJK.test(m[0]) ? m[0] : m[0].toLowerCase()) ?? [] }));
}

function isTrap(sentence: string, lang: 'en' | 'zh', matches: ReturnType<typeof aliasMatches>): boolean {
  const money = lang === 'en' ? MONEY_EN.test(sentence) && !DEAL_HEAD_EN.test(sentence) : MONEY_ZH.test(sentence) && !DEAL_HEAD_ZH.test(sentence);
  if (money) return true;
  if (lang === 'zh') return matches.some((m) => m.entries.some((e) => e.lang === 'zh' && e.ambiguous));
  if (LOOK_ALIKE_EN.test(sentence)) return true;
  for (const m of matches) {
    if (CAPITALS_EN.has(m.text)) return true;
    const english = m.entries.filter((e) => e.lang === 'en' && e.type === 'country');
    if (m.text === m.text.toLowerCase() && english.some((e) => e.text !== e.text.toLowerCase())) return true;
    if (english.some((e) => e.kind === 'demonym') && /(?:^|[^\p{L}])in $/iu.test(sentence.slice(Math.max(0, m.index - 3), m.index))) return true;
  }
  return false;
}

// ── Drawing ──────────────────────────────────────────────────────────────────────────────────
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Drawn {
  lang: 'en' | 'zh';
  kind: 'trap' | 'topic';
  page: string;
  url?: string;
  text: string;
}

const strata = new Map<Stratum, Drawn[]>(Object.keys(QUOTA).map((k) => [k as Stratum, []]));
const seen = new Set<string>();
let eligibleCount = 0;
for (const page of pages()) {
  const text = visibleText(decodeHtml(readFileSync(join(CORPUS, page.path))));
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/\s+/g, ' ').trim();
    if (!line) continue;
    for (const piece of page.lang === 'en' ? splitEnglish(line) : splitChinese(line)) {
      const sentence = piece.trim();
      if (!eligible(sentence, page.lang) || seen.has(sentence)) continue;
      seen.add(sentence);
      eligibleCount++;
      const matches = aliasMatches(sentence);
      const candidate = matches.length > 0 || (page.lang === 'en' ? DEAL_OR_MONEY_EN : DEAL_OR_MONEY_ZH).test(sentence);
      if (!candidate) continue;
      const kind = isTrap(sentence, page.lang, matches) ? 'trap' : 'topic';
      strata.get(`${page.lang}/${kind}`)!.push({ lang: page.lang, kind, page: page.path, url: page.url, text: sentence });
    }
  }
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
