/**
 * Every surface form the recognizer should look for, flattened from the dataset. Pure and
 * deterministic (same dataset, same list in the same order): the recognition engine builds its
 * automaton from this, and the alias report and tests read it too.
 */
import type { AmbiguousAlias, Dataset } from './schema';
import { toTraditional, traditionalForms } from './hant';

export type AliasKind = 'name' | 'alias' | 'demonym' | 'capital' | 'abbrev';

export interface AliasEntry {
  text: string;
  lang: 'en' | 'zh';
  entityId: string;
  type: 'mineral' | 'country' | 'deal';
  kind: AliasKind;
  /** True when the text has another reading the recognizer must rule out before keeping a match. */
  ambiguous: boolean;
  /** The competing readings ("verb", "us-state", "country:CG"...), when ambiguous. */
  senses?: string[];
}

interface Candidate {
  text: string;
  lang: 'en' | 'zh';
  kind: AliasKind;
}

/** Capitals always compete with the city itself ("talks in Beijing"), abbreviations with the plain character. */
const INHERENT_SENSES: Partial<Record<AliasKind, string>> = { capital: 'city', abbrev: 'character' };

function en(kind: AliasKind, texts: (string | undefined)[]): Candidate[] {
  return texts.filter((t): t is string => !!t).map((text) => ({ text, lang: 'en', kind }));
}

/** Chinese forms, each followed by its traditional-character spelling where that differs. */
function zh(kind: AliasKind, texts: (string | undefined)[]): Candidate[] {
  return texts
    .filter((t): t is string => !!t)
    .flatMap((text) => [text, ...traditionalForms(text)])
    .map((text) => ({ text, lang: 'zh' as const, kind }));
}

function entries(
  entityId: string,
  type: AliasEntry['type'],
  candidates: Candidate[],
  marked: AmbiguousAlias[],
): AliasEntry[] {
  const sensesByText = new Map<string, string[]>();
  for (const a of marked) {
    for (const text of a.lang === 'zh' ? [a.alias, ...traditionalForms(a.alias)] : [a.alias]) {
      sensesByText.set(text, [...(sensesByText.get(text) ?? []), ...a.senses]);
    }
  }
  const seen = new Set<string>();
  const out: AliasEntry[] = [];
  for (const c of candidates) {
    if (seen.has(c.text)) continue; // first kind wins: a name that is also listed as an alias stays a name
    seen.add(c.text);
    const inherent = INHERENT_SENSES[c.kind];
    const senses = [...new Set([...(inherent ? [inherent] : []), ...(sensesByText.get(c.text) ?? [])])];
    out.push({ text: c.text, lang: c.lang, entityId, type, kind: c.kind, ambiguous: senses.length > 0, ...(senses.length ? { senses } : {}) });
  }
  return out;
}

/**
 * Capitals worth matching: those of sovereign states, and of territories whose capital was
 * reviewed by hand (it has a Chinese name: Taipei). Other territory capitals ("The Valley",
 * "Road Town") are ordinary phrases, and a former state's capital belongs to its successor.
 */
function matchableCapital(c: Dataset['countries'][number]) {
  if (!c.capital || c.status === 'former') return undefined;
  return c.status === 'sovereign' || c.capital.zh ? c.capital : undefined;
}

/** Names, aliases, demonyms, capitals and Chinese one-character abbreviations, for every entity. */
export function collectAliases(dataset: Pick<Dataset, 'minerals' | 'countries' | 'deals'>): AliasEntry[] {
  const out: AliasEntry[] = [];
  for (const m of dataset.minerals) {
    const candidates = [
      ...en('name', [m.names.en]),
      ...zh('name', [m.names.zh]),
      ...en('alias', m.aliases.en),
      ...zh('alias', m.aliases.zh),
    ];
    out.push(...entries(m.id, 'mineral', candidates, m.ambiguous));
  }
  for (const c of dataset.countries) {
    const capital = matchableCapital(c);
    const candidates = [
      ...en('name', [c.names.en, c.names.official]),
      ...zh('name', [c.names.zh]),
      ...en('alias', c.aliases.en),
      ...zh('alias', c.aliases.zh),
      ...en('demonym', c.demonyms.en),
      ...en('capital', [capital?.en, ...(capital?.aliases ?? [])]),
      ...zh('capital', [capital?.zh]),
      ...zh('abbrev', c.zhAbbrev),
    ];
    out.push(...entries(c.id, 'country', candidates, c.ambiguous));
  }
  for (const d of dataset.deals) {
    const candidates = [...en('name', [d.title]), ...zh('name', [d.titleZh]), ...en('alias', d.aliases.en), ...zh('alias', d.aliases.zh)];
    out.push(...entries(d.id, 'deal', candidates, d.ambiguous));
  }
  return out;
}
