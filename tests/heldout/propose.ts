/**
 * Prints drawn sentences for labelling by hand, each with the candidates a reader must decide on:
 * every alias of the dataset found case-insensitively (leftmost-longest, as the draw found them)
 * and every deal or money word. Deliberately not the recognizer's output, so that labelling does
 * not start from what the recognizer decided: each candidate is a question, not an answer.
 *
 *   npx tsx tests/heldout/propose.ts FROM TO [--dir DIR]    (record numbers, 1-based, inclusive; DIR
 *                                                          holds drawn.jsonl, default tests/heldout)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectAliases } from '../../lib/dataset/aliases.ts';
import { loadDataset } from '../../lib/dataset/load.ts';

const [from, to] = process.argv.slice(2, 4).map(Number);
const dirAt = process.argv.indexOf('--dir');
const dir = dirAt >= 0 ? process.argv[dirAt + 1] : import.meta.dirname;
const drawn = readFileSync(join(dir, 'drawn.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const aliases = collectAliases(loadDataset()).filter((a) => a.type !== 'deal');
const ids = new Map<string, Set<string>>();
for (const a of aliases) {
  const key = a.lang === 'en' ? a.text.toLowerCase() : a.text;
  if (!ids.has(key)) ids.set(key, new Set());
  ids.get(key)!.add(a.entityId);
}
const alt = (texts: string[]) => [...new Set(texts)].sort((a, b) => b.length - a.length).map(escape).join('|');
const ALIAS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alt(aliases.filter((a) => a.lang === 'en').map((a) => a.text))})(?![\\p{L}\\p{N}])|(?:${alt(aliases.filter((a) => a.lang === 'zh').map((a) => a.text))})`,
  'giu',
);
const DEAL_EN = /(?<![\p{L}\p{N}])(?:agreements?|deals?|accords?|pacts?|treat(?:y|ies)|truces?|understanding|MoUs?|MOUs?|memorand(?:um|a)|frameworks?|partnerships?|arrangements?|ventures?|JVs?|stakes?|shareholding|investments?|financing|funding|loans?|credit lines?|contracts?|offtakes?|concessions?|takeovers?|acquisitions?|bailouts?)(?![\p{L}\p{N}])/giu;
const DEAL_ZH = /协议|協議|协定|協定|备忘录|備忘錄|框架|合资|合資|伙伴关系|夥伴關係|合同|交易|股权|股權|股份|资金支持|資金支持|贷款|貸款|投资|投資|融资|融資|意向书|意向書|收购|收購|入股/gu;

for (let n = from; n <= to && n <= drawn.length; n++) {
  const r = drawn[n - 1];
  console.log(`\n# ${r.id} ${r.lang} ${r.kind} ${r.page}`);
  console.log(`Text: ${r.text}`);
  for (const m of r.text.matchAll(ALIAS)) {
    const key = /\p{Script=Han}/u.test(m[0]) ? m[0] : m[0].toLowerCase();
    console.log(`?  ${[...(ids.get(key) ?? [])].join('|')}  ${m[0]}  @${m.index}`);
  }
  for (const m of r.text.matchAll(r.lang === 'zh' ? DEAL_ZH : DEAL_EN)) console.log(`?  deal  ${m[0]}  @${m.index}`);
}
