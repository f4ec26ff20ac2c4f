/**
 * The systems `npm run eval` scores besides Assay itself: a naive matcher (every alias as a
 * case-insensitive whole-word regex, every deal word a deal) and compromise alone (its place and
 * organisation tags, for countries). They show what the rules add.
 */
import nlp from 'compromise';
import { collectAliases } from '../../lib/dataset/aliases.ts';
import { loadDataset } from '../../lib/dataset/load.ts';
import { DEAL_WORDS_EN, DEAL_WORDS_ZH } from '../../lib/recognize/lexicon/deal-words.ts';
import { zhVariants } from './alias-index-build.ts';
import type { GoldRecord, Span } from './score.ts';

export type Predict = (record: GoldRecord) => Span[];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wholeWord = (body: string) => new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');

export function naiveMatcher(): Predict {
  const patterns: { re: RegExp; type: string; id: string }[] = [];
  for (const a of collectAliases(loadDataset())) {
    if (a.type === 'deal') continue;
    const texts = a.lang === 'zh' ? [a.text, ...zhVariants(a.text)] : [a.text];
    for (const t of texts) patterns.push({ re: a.lang === 'zh' ? new RegExp(escape(t), 'gu') : wholeWord(escape(t)), type: a.type, id: a.entityId });
  }
  for (const [word] of [...DEAL_WORDS_EN, ...DEAL_WORDS_ZH]) {
    for (const t of [word, ...zhVariants(word)]) {
      patterns.push({ re: /\p{Script=Han}/u.test(t) ? new RegExp(escape(t), 'gu') : wholeWord(escape(t)), type: 'deal', id: 'deal' });
    }
  }
  return (r) => {
    const out: Span[] = [];
    const seen = new Set<string>();
    for (const p of patterns) {
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
}

export function compromiseOnly(): Predict {
  const countryByName = new Map<string, string>();
  for (const a of collectAliases(loadDataset())) if (a.type === 'country' && a.lang === 'en') countryByName.set(a.text.toLowerCase(), a.entityId);
  return (r) => {
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
}
