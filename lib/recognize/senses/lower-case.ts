/**
 * A country's name written all in lower case ("china", "turkey"). In an otherwise ordinary
 * sentence that is usually the common noun (fine china, roast turkey), so it counts as the
 * country only with a clear cue: a place or trade preposition before it ("exports to china"), a
 * possessive or a policy verb after it ("china's output", "china imposed"), other countries in
 * its list.
 */
import * as cue from './cues.ts';
import type { Decision, SenseInput } from './types.ts';
import { after, before, drop, hasAny, inList, keep, sentenceWords } from './words.ts';

/** What else each name can be, by the words that give it away. */
const COMMON_NOUN_CUES: Record<string, Set<string>> = {
  'country:CN': cue.PORCELAIN_CUES,
  'country:TR': cue.BIRD_CUES,
  'country:CL': cue.PEPPER_CUES,
  'country:JE': cue.GARMENT_CUES,
};

export function lowerCaseName(input: SenseInput): Decision {
  const prev = before(input, 1)[0];
  if (prev && cue.COMMON_NOUN_BEFORE.has(prev)) return drop('lower-case-common-noun');
  const common = COMMON_NOUN_CUES[input.entityId];
  if (common && hasAny(sentenceWords(input), common)) return drop('lower-case-common-noun');
  if (inList(input, 'country')) return keep('lower-case-in-list');
  if (/^['’]s\b/.test(input.text.slice(input.end, input.end + 3))) return keep('lower-case-possessive');
  const next = after(input, 1)[0];
  if (next && (cue.POLICY_VERBS.has(next) || cue.AUXILIARIES.has(next))) return keep('lower-case-acts');
  if (prev && cue.COUNTRY_PREPOSITIONS.has(prev)) return keep('lower-case-after-preposition');
  return drop('lower-case-name');
}
