/**
 * Countries whose names are also people's names (Jordan, Chad, Georgia, India, Israel), decided
 * either way from the sentence. A person: a first name before a surname ("Jordan Ellis"), a
 * surname after a first name ("Vernon Jordan"), a role before it ("coach Jordan"), a person's
 * things after it ("Jordan's teammates"), a speech verb followed by "he" or "she". A country: a
 * place preposition before it ("in Jordan"), a state's things after it ("Jordan's king"), a speech
 * verb followed by "it", other countries in its list. Otherwise compromise's tags decide.
 */
import { PayloadKind } from '../alias-index.ts';
import { isTitleCase, wordsAfter, wordsBefore } from '../context.ts';
import * as cue from './cues.ts';
import type { Decision, SenseInput } from './types.ts';
import { drop, hasAny, inList, isCapitalised, isMatch, isSentenceStartWord, keep, sentenceWords, spaceBetween, wordAfter, wordBefore } from './words.ts';

/** Entities the person rules apply to (the others' names are not given names). */
export const PERSON_NAMED_COUNTRIES: ReadonlySet<string> = new Set(['country:JO', 'country:TD', 'country:GE', 'country:IN', 'country:IL']);

/**
 * Countries whose names are given names too, but rarely surnames or roles ("Kenya Barris", "Cuba
 * Gooding Jr.", "Jamaica Kincaid", "America Ferrera"): only a surname after the name makes it a
 * person, since a capitalised word before it is as often a region ("Northern Kenya"). Checked
 * on every such name (recognize.ts); Ireland and America, built ambiguous, have rules of their own.
 */
export const FIRST_NAME_COUNTRIES: ReadonlySet<string> = new Set(['country:KE', 'country:CU', 'country:JM']);

/** People and goods that come from a country: "troops from Chad", "refugees from Jordan". */
const ORIGIN_NOUNS = /^(troops|soldiers|forces|refugees|migrants|delegates|delegation|officials|diplomats|ministers|envoys|athletes|students|workers|nationals|citizens|pilgrims|visitors|tourists|arrivals|imports|exports|goods|shipments)$/;
const PLACE_PREPOSITIONS = /^(in|into|across|throughout|within|inside|of|visit|visited|visiting|neighbouring|neighboring|bordering)$/;
const TRAVEL_VERBS = /^(fl(?:y|ies|ew|own|ying)|travel(?:s|led|ed|ling|ing)?|return(?:s|ed|ing)?|mov(?:e|es|ed|ing)|sen[dt]s?|sending|deploy(?:s|ed|ing)?|fle(?:e|es|d|eing)|ship(?:s|ped|ping)?|export(?:s|ed|ing)?|import(?:s|ed|ing)?|migrat(?:e|es|ed|ing)|emigrat(?:e|es|ed|ing)|went|trip|journey|route[ds]?|head(?:s|ed|ing)|deport(?:s|ed|ing)?|evacuat(?:e|es|ed|ing)|relocat(?:e|es|ed|ing)|smuggl(?:e|es|ed|ing))$/;

/** What a country is said to be right after its name: "is a landlocked country", "is one of the poorest nations". */
const COUNTRY_PREDICATE = /^\s+(?:is|was|remains|has been|became)\s+(?:(?:a|an|the|one of the)\s+)?(?:[\p{L}-]+\s+){0,3}(?:country|countries|nation|nations|kingdom|monarchy|republic|democracy)\b/iu;
/** Words of a land's geography: "landlocked", "bordered by", "desert", "savannah". */
const GEOGRAPHY_CUES = new Set(['landlocked', 'bordered', 'borders', 'desert', 'deserts', 'sahel', 'sahelian', 'savannah', 'savanna', 'wetland', 'wetlands', 'highlands', 'plateau', 'coastline']);

/** The patterns of a person's name, or of a country, around the match; undefined when neither shows. */
export function personOrCountryCue(input: SenseInput): Decision | undefined {
  // "pro-Israel", "anti-India": a stance towards a country.
  const dash = input.text.charCodeAt(input.start - 1);
  if ((dash === 0x2d || dash === 0x2010) && /(?:^|[^\p{L}])(?:pro|anti)[-‐]$/iu.test(input.text.slice(Math.max(0, input.start - 6), input.start))) return keep('pro-or-anti');
  const next = wordAfter(input);
  const prev = wordBefore(input);
  // (An acronym in capitals, "Indian PM", "Jordan FM", is no name.)
  // (Nor is the pronoun "I": "back in Israel I'm planning".)
  // (Nor a word with a digit, "Indian T20 specialists", nor a compound adjective before the name,
  // "Rohit Sharma-led India", "a Saudi-backed Pakistan": what leads or backs the side, not its surname.)
  const isName = (w: typeof next) => w !== undefined && isCapitalised(w.text) && !/^\p{Lu}{2,}$/u.test(w.text) && !/^I(?:['’]\p{L}+)?$/u.test(w.text) && !/\d/.test(w.text) && !(w === prev && /[-‐](?:led|backed|based|owned|run|ruled|born)$/i.test(w.text)) && spaceBetween(input, w) && !isMatch(input, w) && !cue.INSTITUTION_WORDS.has(w.text.toLowerCase());
  // A headline capitalises every word, so two capitalised words in a row say nothing there.
  const firstName = isName(next) && !demonymAsAdjective(input);
  const surname = !firstName && prev !== undefined && isName(prev) && !isSentenceStartWord(input, prev) && !cue.NEVER_GIVEN_NAMES.has(prev.text.toLowerCase());
  if ((firstName || surname) && !isTitleCase(input.text, input.sentence)) return drop(firstName ? 'first-name' : 'surname');
  const b1 = prev?.text.toLowerCase();
  // "coach Jordan", "NBA star Jordan", "point guard Chad": the role word alone says it.
  if (b1 && cue.PERSON_BEFORE.has(b1)) return drop('person-role');
  // "<Name>'s teammates" or "<Name>'s king": the word after the possessive (read as "s" by the word splitter).
  if (next && next.text === 's' && /^['’]$/.test(input.text.charAt(input.end))) {
    const owned = wordsAfter(input.text, next.end, 1, input.sentence.end)[0]?.text.toLowerCase();
    if (owned && cue.PERSON_POSSESSED.has(owned)) return drop('person-possessive');
    if (owned && cue.COUNTRY_POSSESSED.has(owned)) return keep('country-possessive');
  }
  if (b1 && PLACE_PREPOSITIONS.test(b1)) return keep('place-preposition');
  // "flew to Chad", "troops sent to Jordan", "fled from Chad": people are not travelled to ("passed the ball to Jordan").
  if (prev && (b1 === 'to' || b1 === 'from')) {
    const b2 = wordsBefore(input.text, prev.start, 1, input.sentence.start)[0]?.text.toLowerCase();
    if (b2 && TRAVEL_VERBS.test(b2)) return keep('travel-preposition');
    if (b2 && b1 === 'from' && ORIGIN_NOUNS.test(b2)) return keep('origin');
  }
  // "their daughters, India and Georgia": a later name in a list that a role word opens.
  if (b1 === 'and' || b1 === 'or') {
    const first = listOpener(input);
    if (first && cue.PERSON_BEFORE.has(wordsBefore(input.text, first.start, 1, input.sentence.start)[0]?.text.toLowerCase() ?? '')) return drop('person-role');
  }
  if (input.text.charAt(input.end) === ',') {
    const ahead = input.text.slice(input.end, input.end + 20);
    if (/^,\s*who\b/.test(ahead)) return drop('person-who');
    // "Jordan, a 19-year-old asylum seeker", "Chad, 34, said": an age is a person's.
    if (/^,\s*(?:an? \d{1,3}[-‐]year[-‐]old\b|\d{1,3},\s+\p{Ll})/u.test(ahead)) return drop('person-age');
    if (/^,\s*which\b/.test(ahead)) return keep('country-which');
  }
  if (next && cue.SPEECH_VERBS.has(next.text.toLowerCase())) {
    const rest = wordsAfter(input.text, next.end, 3, input.sentence.end).map((w) => w.text.toLowerCase());
    if (rest.some((w) => cue.PERSONAL_PRONOUNS.has(w))) return drop('person-speech');
    if (rest.some((w) => cue.THING_PRONOUNS.has(w))) return keep('country-speech');
  }
  return undefined;
}

/** The first member of the list of names this one ends ("India" for "Georgia" in "India and Georgia"). */
function listOpener(input: SenseInput): { start: number } | undefined {
  let first: { start: number } | undefined;
  for (let at = input.start; ; ) {
    const member = input.neighbours.find((n) => n.end <= at && /^\s*(?:,\s*(?:and|or)?|and|or)\s*$/.test(input.text.slice(n.end, at)));
    if (!member) return first;
    first = member;
    at = member.start;
  }
}

/** Words that open a noun phrase: a person's given name does not follow them ("an Indian Trade Ministry spokesman"). */
const PHRASE_OPENERS = /^(a|an|the|this|that|these|those|its|their|his|her|our|each|every|some|many|most|all|other)$/;

/**
 * A demonym that stands as an adjective of the phrase it opens, not as a given name before a
 * surname: after a word that opens a noun phrase ("the Indian Sikh pilgrims", "an Indian Trade
 * Ministry spokesman") or hyphened to the word before it ("the Anglo-Irish Treaty").
 */
function demonymAsAdjective(input: SenseInput): boolean {
  if (input.kind !== PayloadKind.Demonym) return false;
  const dash = input.text.charCodeAt(input.start - 1);
  if ((dash === 0x2d || dash === 0x2010) && /\p{L}/u.test(input.text.charAt(input.start - 2))) return true;
  const prev = wordBefore(input);
  return prev !== undefined && spaceBetween(input, prev) && PHRASE_OPENERS.test(prev.text.toLowerCase());
}

/** A first name: the country's name right before a surname, outside a headline. */
export function firstNameOnly(input: SenseInput): Decision | undefined {
  if (demonymAsAdjective(input)) return undefined;
  const next = wordAfter(input);
  if (!next || !/^\p{Lu}\p{Ll}/u.test(next.text) || !spaceBetween(input, next) || isMatch(input, next) || cue.INSTITUTION_WORDS.has(next.text.toLowerCase())) return undefined;
  return isTitleCase(input.text, input.sentence) ? undefined : drop('first-name');
}

/**
 * India and Israel: names the dataset does not even mark ambiguous, so only a cue makes them a
 * person; without one they stay the country (and compromise is never asked).
 */
export function countryUnlessPerson(input: SenseInput): Decision {
  return personOrCountryCue(input) ?? keep('default-country');
}

/** Jordan and Chad: a person or the country. */
export function personOrCountry(input: SenseInput): Decision {
  const cued = personOrCountryCue(input);
  if (cued) return cued;
  if (inList(input, 'country') || input.neighbours.some((n) => n.type === 'country' && n.entityId !== input.entityId)) return keep('country-context');
  if (hasAny(sentenceWords(input), cue.PERSON_CUES)) return drop('person-context');
  // "Chad is a landlocked country", "Jordan is one of the more advanced countries in the region": said to be a country.
  if (COUNTRY_PREDICATE.test(input.text.slice(input.end, Math.min(input.sentence.end, input.end + 80)))) return keep('country-predicate');
  // "Chad has three regions: a desert zone in the north...": words of a land's geography (a person's cues were read above).
  if (hasAny(sentenceWords(input), GEOGRAPHY_CUES)) return keep('country-geography');
  // "floods in southern Chad", "the Hashemite Kingdom of Jordan": a region of it or its state's title is a place.
  const before2 = input.text.slice(Math.max(input.sentence.start, input.start - 16), input.start);
  if (/\b(northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern)\s+$/i.test(before2) || /\b(Kingdom|Republic|State) of\s+$/.test(before2) || /^(Hashemite|Kingdom|Republic) /.test(input.surface)) return keep('country-region');
  return { verdict: 'unsure', why: 'person?', fallback: 'keep' };
}
