/**
 * Build-time only: finds the aliases the recognizer cannot trust on sight, for the alias report
 * and for the test that every such alias is marked in the data.
 * - shared: the same text (ignoring case) claimed by more than one entity;
 * - word traps: aliases that are also ordinary English words or names of other things, found in
 *   compromise's lexicon (any tag that is not a place or a plain noun) or in a hand list of traps
 *   the lexicon misses (it files "china" and "turkey" under Country).
 */
import nlp from 'compromise';
import type { AliasEntry } from '../aliases';

/** Words the lexicon calls places or plain nouns; mineral names are nouns, so a noun tag alone is no trap. */
const HARMLESS_TAGS = new Set(['Country', 'City', 'Place', 'Demonym', 'Uncountable', 'Singular', 'Plural', 'Noun', 'ProperNoun']);

/** Known traps whatever the lexicon says, with the reason they are traps. */
export const HAND_TRAPS: Record<string, string> = {
  lead: 'verb ("to lead"), "the lead", "lead singer"',
  tin: 'container ("a tin")',
  iron: 'verb ("iron out"), appliance, Iron Maiden',
  gold: 'medal, colour',
  silver: 'medal, colour',
  nickel: 'coin',
  copper: 'police slang, colour',
  platinum: 'record award',
  cobalt: 'colour (cobalt blue)',
  mercury: 'planet, god',
  china: 'porcelain',
  turkey: 'bird',
  chad: 'first name',
  jordan: 'person (Michael Jordan), river',
  georgia: 'US state',
  guinea: 'coin, guinea pig, Gulf of Guinea',
  niger: 'river',
  chile: 'spelling of chili',
  jersey: 'garment, New Jersey',
  man: 'ordinary noun',
  congo: 'river',
  chromium: 'web browser',
  silicon: 'Silicon Valley',
};

export interface Trap {
  entry: AliasEntry;
  /** Why: the lexicon tags or the hand list's reason. */
  reason: string;
}

function lexiconTags(word: string): string[] {
  // compromise types its model as a bare object; the lexicon maps a lower-cased word to its tags.
  const model = nlp.model() as { one: { lexicon: Record<string, string | string[]> } };
  const tags = model.one.lexicon[word];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

export function wordTraps(entries: AliasEntry[]): Trap[] {
  const traps: Trap[] = [];
  for (const entry of entries) {
    if (entry.lang !== 'en' || entry.kind === 'abbrev') continue;
    const word = entry.text.toLowerCase();
    const hand = HAND_TRAPS[word];
    const suspicious = word.includes(' ') ? [] : lexiconTags(word).filter((t) => !HARMLESS_TAGS.has(t));
    if (hand) traps.push({ entry, reason: hand });
    else if (suspicious.length) traps.push({ entry, reason: `compromise lexicon: ${suspicious.join(', ')}` });
  }
  return traps;
}

/** Lower-cased text → the entities that claim it, for texts claimed by more than one. */
export function sharedAliases(entries: AliasEntry[]): Map<string, AliasEntry[]> {
  const byText = new Map<string, AliasEntry[]>();
  for (const e of entries) {
    const key = e.text.toLowerCase();
    byText.set(key, [...(byText.get(key) ?? []), e]);
  }
  return new Map([...byText].filter(([, claims]) => new Set(claims.map((c) => c.entityId)).size > 1));
}
