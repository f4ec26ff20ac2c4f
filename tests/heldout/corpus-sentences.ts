/**
 * The corpus sentences both draws of the held-out set choose from (tests/heldout/README.md, "How
 * the sentences are chosen", steps 1-6): the pages, their visible text, a splitter of its own
 * (none of the recognizer's code, which changes), the eligibility test, the candidate and trap
 * words, and the seeded generator the draws shuffle with.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { collectAliases, type AliasEntry } from '../../lib/dataset/aliases.ts';
import { loadDataset } from '../../lib/dataset/load.ts';
import { decodeHtml, visibleText } from '../../scripts/lib/visible-text.ts';

export const ROOT = resolve(import.meta.dirname, '..', '..');
const CORPUS = resolve(ROOT, '..', 'shared', 'corpus');

export interface Page {
  path: string;
  lang: 'en' | 'zh';
  url?: string;
}

export function pages(): Page[] {
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

export function splitEnglish(line: string): string[] {
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

export function splitChinese(line: string): string[] {
  return line.split(/(?<=[。！？][”’」』）)]*)(?![”’」』）)])/u);
}

export const CJK = /\p{Script=Han}/u;

export function eligible(sentence: string, lang: 'en' | 'zh'): boolean {
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
export const aliases = collectAliases(loadDataset()).filter((a) => a.type !== 'deal');
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

export const DEAL_OR_MONEY_EN = wordRegex(`agreement agreements deal deals accord accords pact pacts treaty treaties truce MoU MoUs MOU
  MOUs memorandum framework partnership venture ventures JV stake stakes investment investments investor investors
  financing funding fund funds loan loans contract contracts offtake takeover acquisition acquisitions bailout`);
export const DEAL_OR_MONEY_ZH = anyRegex(`协议 協議 协定 協定 备忘录 備忘錄 合同 交易 框架 合资 合資 投资 投資 融资 融資 股份 股权 股權 资金 資金 基金
  贷款 貸款 收购 收購`);
const MONEY_EN = wordRegex('investment investments investor investors financing funding fund funds loan loans stake stakes capital');
const MONEY_ZH = anyRegex('投资 投資 融资 融資 资金 資金 股份 股权 股權 基金 贷款 貸款');
const DEAL_HEAD_EN = wordRegex('agreement agreements deal deals accord accords pact pacts treaty treaties truce MoU MoUs MOU MOUs memorandum contract contracts');
const DEAL_HEAD_ZH = anyRegex('协议 協議 协定 協定 备忘录 備忘錄 合同');
const LOOK_ALIKE_EN = wordRegex(`gold silver platinum copper coppers nickel nickels lead tin iron cobalt mercury chromium silicon
  Jordan Chad Georgia Turkey Chile Niger Guinea Congo Panama Jersey`);
const CAPITALS_EN = new Set(aliases.filter((a) => a.lang === 'en' && a.kind === 'capital').map((a) => a.text));

export function aliasMatches(sentence: string): { text: string; index: number; entries: AliasEntry[] }[] {
  return [...sentence.matchAll(ALIAS)].map((m) => ({ text: m[0], index: m.index, entries: byFolded.get(CJK.test(m[0]) ? m[0] : m[0].toLowerCase()) ?? [] }));
}

export function isTrap(sentence: string, lang: 'en' | 'zh', matches: ReturnType<typeof aliasMatches>): boolean {
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
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CorpusSentence {
  page: Page;
  sentence: string;
  matches: ReturnType<typeof aliasMatches>;
}

/** Every sentence of the corpus's visible text, trimmed and not empty, in manifest and text order. */
export function* corpusPieces(): Generator<{ page: Page; piece: string }> {
  for (const page of pages()) {
    const text = visibleText(decodeHtml(readFileSync(join(CORPUS, page.path))));
    for (const rawLine of text.split('\n')) {
      const line = rawLine.replace(/\s+/g, ' ').trim();
      if (!line) continue;
      for (const raw of page.lang === 'en' ? splitEnglish(line) : splitChinese(line)) {
        const piece = raw.trim();
        if (piece) yield { page, piece };
      }
    }
  }
}

/** Every eligible sentence of the corpus, once each, in manifest and text order (steps 1-4). */
export function* eligibleSentences(): Generator<CorpusSentence> {
  const seen = new Set<string>();
  for (const { page, piece: sentence } of corpusPieces()) {
    if (!eligible(sentence, page.lang) || seen.has(sentence)) continue;
    seen.add(sentence);
    yield { page, sentence, matches: aliasMatches(sentence) };
  }
}

/** Step 7's cap on sentences per page: 4, then 8, then none, until the quota is met. */
const CAPS = [4, 8, Infinity];

/**
 * Step 7's draw: shuffle `items` in place with `rng` (Fisher-Yates), then walk them taking each
 * unless its page has given `cap` already, raising the cap when the walk runs out. Returns the
 * taken items in shuffled order, and how many pages gave.
 */
export function seededDraw<T>(items: T[], quota: number, rng: () => number, pageOf: (item: T) => string): { picked: T[]; pages: number } {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  const taken = new Set<number>();
  const perPage = new Map<string, number>();
  for (const cap of CAPS) {
    for (let i = 0; i < items.length && taken.size < quota; i++) {
      if (taken.has(i) || (perPage.get(pageOf(items[i])) ?? 0) >= cap) continue;
      taken.add(i);
      perPage.set(pageOf(items[i]), (perPage.get(pageOf(items[i])) ?? 0) + 1);
    }
  }
  return { picked: [...taken].sort((a, b) => a - b).map((i) => items[i]), pages: perPage.size };
}
