/**
 * Countries whose names are also people's names (Jordan, Chad, Georgia, India, Israel), decided
 * either way from the sentence. A person: a first name before a surname ("Jordan Ellis"), a
 * surname after a first name ("Vernon Jordan"), a role before it ("coach Jordan"), a person's
 * things after it ("Jordan's teammates"), a speech verb followed by "he" or "she". A country: a
 * place preposition before it ("in Jordan"), a state's things after it ("Jordan's king"), a speech
 * verb followed by "it", other countries in its list. Otherwise compromise's tags decide.
 */
import { isTitleCase, wordsAfter } from '../context.ts';
import * as cue from './cues.ts';
import type { Decision, SenseInput } from './types.ts';
import { before, drop, hasAny, inList, isCapitalised, isMatch, isSentenceStartWord, keep, sentenceWords, spaceBetween, wordAfter, wordBefore } from './words.ts';

/** Entities the person rules apply to (the others' names are not given names). */
export const PERSON_NAMED_COUNTRIES: ReadonlySet<string> = new Set(['country:JO', 'country:TD', 'country:GE', 'country:IN', 'country:IL']);

const PLACE_PREPOSITIONS = /^(in|into|across|throughout|within|inside|of|visit|visited|visiting|neighbouring|neighboring|bordering)$/;

/** The word after "<Name>'s", when the name is followed by a possessive. */
function possessed(input: SenseInput): string | undefined {
  if (!/^['’]s\b/.test(input.text.slice(input.end, input.end + 3))) return undefined;
  return wordsAfter(input.text, input.end + 2, 1, input.sentence.end)[0]?.text.toLowerCase();
}

/** The patterns of a person's name, or of a country, around the match; undefined when neither shows. */
export function personOrCountryCue(input: SenseInput): Decision | undefined {
  const next = wordAfter(input);
  const prev = wordBefore(input);
  const headline = isTitleCase(input.text, input.sentence);
  const isName = (w: typeof next) => w !== undefined && isCapitalised(w.text) && spaceBetween(input, w) && !isMatch(input, w) && !cue.INSTITUTION_WORDS.has(w.text.toLowerCase());
  if (!headline && isName(next)) return drop('first-name');
  if (!headline && prev && isName(prev) && !isSentenceStartWord(input, prev)) return drop('surname');
  const [b1, b2] = before(input, 2);
  if (b1 && cue.PERSON_BEFORE.has(b1)) return drop('person-role');
  if (b1 === 'star' || (b1 && b2 && cue.PERSON_BEFORE.has(b2) && /^(star|player|guard|forward)$/.test(b1))) return drop('person-role');
  const owned = possessed(input);
  if (owned && cue.PERSON_POSSESSED.has(owned)) return drop('person-possessive');
  if (owned && cue.COUNTRY_POSSESSED.has(owned)) return keep('country-possessive');
  if (b1 && PLACE_PREPOSITIONS.test(b1)) return keep('place-preposition');
  const ahead = input.text.slice(input.end, input.end + 6);
  if (/^,\s*who\b/.test(ahead)) return drop('person-who');
  if (/^,\s*which\b/.test(ahead)) return keep('country-which');
  const after = wordsAfter(input.text, input.end, 4, input.sentence.end).map((w) => w.text.toLowerCase());
  if (after[0] && cue.SPEECH_VERBS.has(after[0])) {
    const rest = after.slice(1);
    if (rest.some((w) => cue.PERSONAL_PRONOUNS.has(w))) return drop('person-speech');
    if (rest.some((w) => cue.THING_PRONOUNS.has(w))) return keep('country-speech');
  }
  return undefined;
}

/** Jordan, Chad, India, Israel: a person or the country. */
export function personOrCountry(input: SenseInput): Decision {
  const cued = personOrCountryCue(input);
  if (cued) return cued;
  if (inList(input, 'country') || input.neighbours.some((n) => n.type === 'country' && n.entityId !== input.entityId)) return keep('country-context');
  if (hasAny(sentenceWords(input), cue.PERSON_CUES)) return drop('person-context');
  return { verdict: 'unsure', why: 'person?', fallback: 'keep' };
}
