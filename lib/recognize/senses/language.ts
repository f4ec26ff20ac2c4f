/**
 * A demonym that names a language: "in Spanish it means", "the Chinese spelling", "speaks
 * Turkish". After "in" (or "into", "from") the demonym is the language unless a noun follows that
 * it modifies ("in Chinese hands", "from Japanese firms").
 */
import { wordsAfter } from '../context.ts';
import * as cue from './cues.ts';
import type { SenseInput } from './types.ts';
import { after, before, wordAfter } from './words.ts';

/** Whether nothing a demonym could modify starts at `pos`: the end, punctuation, or a function word. */
function noNounAt(input: SenseInput, pos: number): boolean {
  const [word] = wordsAfter(input.text, pos, 1, input.sentence.end);
  if (!word || /[.,;:!?)"”]/.test(input.text.slice(pos, word.start))) return true;
  // "meanings in Chinese and English don't match": an auxiliary verb starts the predicate, no noun.
  return cue.FUNCTION_WORDS.has(word.text.toLowerCase()) || NEGATED_AUXILIARY.test(input.text.slice(word.start, word.end + 4));
}

/** An auxiliary verb, negated: "don't", "doesn't", "can't", "won't". */
const NEGATED_AUXILIARY = /^(?:do|does|did|can|won|wo|would|should|could|must|have|has|had|is|are|was|were)n?['’]t\b|^(?:cannot)\b/i;

/** The second of a pair: "in Turkish and Greek", "speaks fluent Japanese and a little Korean". */
function secondOfPair(input: SenseInput): boolean {
  if (!noNounAt(input, input.end)) return false;
  const words = before(input, 8);
  const conjunction = words.findIndex((w) => w === 'and' || w === 'or');
  if (conjunction < 0 || conjunction > 3 || !words.slice(0, conjunction).every((w) => DEGREE.test(w))) return false;
  const first = words.findIndex((w, k) => k > conjunction && cue.LANGUAGE_DEMONYMS.has(w));
  if (first < 0) return false;
  const opener = words[first + 1];
  return opener === 'in' || opener === 'into' || opener === 'from' || words.slice(first + 1).some((w) => cue.LANGUAGE_BEFORE.has(w));
}

/** "as a second language", "as a foreign language", "as their first language". */
const AS_A_LANGUAGE = /^as (?:a|an|the|their|his|her|its|our|my|your) (?:second|foreign|first|native|third|mother|official|working|additional) (?:language|tongue)\b/i;

/** Words between "and" and a second language: "and a little Korean", "and some basic Thai". */
const DEGREE = /^(a|little|some|basic|broken|fluent|good|passable|conversational|perfect|native|also)$/;

/**
 * A later member of a list of languages after "in" or a verb of speech: "printed in English,
 * French and German", "speaks Hindi, Urdu and Tamil". The list must end where no noun follows
 * ("in English, French and German firms" names firms).
 */
function inListOfLanguages(input: SenseInput): boolean {
  const back = before(input, 8);
  const opener = back.findIndex((w) => !(isLanguage(w) || w === 'and' || w === 'or'));
  if (opener < 1 || !back.slice(0, opener).some(isLanguage)) return false;
  if (!(back[opener] === 'in' || back[opener] === 'into' || cue.LANGUAGE_BEFORE.has(back[opener]) || cue.STUDY_VERBS.has(back[opener]))) return false;
  return noNounAt(input, listEnd(input));
}

/** Where a list of languages that starts at the match ends: "French, German and Dutch" ends after "Dutch". */
function listEnd(input: SenseInput): number {
  let end = input.end;
  for (const w of wordsAfter(input.text, input.end, 6, input.sentence.end)) {
    const word = w.text.toLowerCase();
    if (isLanguage(word)) end = w.end;
    else if (word !== 'and' && word !== 'or') break;
  }
  return end;
}

/**
 * A list of demonyms said to be languages: "Spanish and French are the most popular languages",
 * "Korean is the language of business", "German, French and Italian are spoken". The copula must
 * follow the list's end at once.
 */
/** What may follow a demonym in such a list: the copula, or a joiner to the next demonym. */
const LIST_OR_COPULA = /^(is|are|was|were|remain|remains|remained|and|or)$/;

function namedAsLanguages(input: SenseInput): boolean {
  // (Nine words: "Chinese is one of the oldest continuously used languages".)
  const words = wordsAfter(input.text, listEnd(input), 9, input.sentence.end);
  if (!words[0] || !/^(is|are|was|were|remain|remains|remained)$/.test(words[0].text)) return false;
  // "... are spoken in Switzerland": spoken or taught, as one language is.
  if (/^(spoken|taught)$/.test(words[1]?.text ?? '')) return true;
  const at = words.findIndex((w) => /^languages?$/i.test(w.text));
  // The noun must head its phrase: "the biggest buyers of language apps" names apps.
  return at > 0 && !/[.,;:!?]/.test(input.text.slice(words[0].end, words[at].start)) && noNounAt(input, words[at].end);
}

const isLanguage = (w: string) => cue.LANGUAGE_DEMONYMS.has(w) || cue.OTHER_LANGUAGES.has(w);

/** A member of the list a country's languages are said to be: "Its official languages are Arabic and French", "languages include Dutch". */
function languagesSaidToBe(input: SenseInput): boolean {
  const back = before(input, 8);
  const opener = back.findIndex((w) => !(isLanguage(w) || w === 'and' || w === 'or'));
  return opener >= 0 && /^(is|are|include|includes|including)$/.test(back[opener]) && /^languages?$/.test(back[opener + 1] ?? '') && noNounAt(input, listEnd(input));
}

export function languageReading(input: SenseInput): boolean {
  if (!cue.LANGUAGE_DEMONYMS.has(input.surface.toLowerCase())) return false;
  const prev = before(input, 1)[0];
  const nextWord = wordAfter(input);
  const next = nextWord?.text.toLowerCase();
  if (next && cue.LANGUAGE_NEXT.has(next)) return true;
  if (next && (LIST_OR_COPULA.test(next) || isLanguage(next)) && namedAsLanguages(input)) return true;
  // "Japanese is spoken by few", "Korean is taught in 40 schools": a language is spoken, not a people.
  if (next && /^(is|was|are|were)$/.test(next) && /^(spoken|taught|written|understood)$/.test(after(input, 3).slice(1).find((w) => !/^(widely|mostly|still|now|also|not|rarely|often|mainly|largely)$/.test(w)) ?? '')) return true;
  // "into" opens a language after a verb of translating ("translated into Japanese last year"); after
  // anything else only where no noun follows, as "in" does (not "billions into Indonesian smelters").
  if (prev && cue.LANGUAGE_BEFORE.has(prev) && (prev !== 'into' || cue.LANGUAGE_BEFORE.has(before(input, 2)[1] ?? ''))) return true;
  if (languagesSaidToBe(input)) return true;
  // "studied Russian", "a passable command of Indonesian", "Chinese as a second language": studied,
  // known or taught as a language, with no noun after it ("studying Chinese culture" names culture).
  // ("studied Russian and Iranian oil flows": a list going on with a people's adjective names a noun.)
  if (prev && (cue.STUDY_VERBS.has(prev) || (prev === 'of' && cue.COMMAND_OF.has(before(input, 2)[1] ?? ''))) && endsWithNoNoun(input)) return true;
  if (next === 'as' && AS_A_LANGUAGE.test(input.text.slice(nextWord!.start, nextWord!.start + 40))) return true;
  if (prev !== 'in' && prev !== 'into' && prev !== 'from') return ((prev === 'and' || prev === 'or' || (!!prev && DEGREE.test(prev))) && secondOfPair(input)) || inListOfLanguages(input);
  // "in Chinese and Russian firms", "in Japanese, Korean and Chinese markets": adjectives before a
  // noun, not languages.
  return !nextWord || endsWithNoNoun(input);
}

/** Whether no noun follows the list of languages that starts at the match, nor a name sharing one with it. */
function endsWithNoNoun(input: SenseInput): boolean {
  const end = listEnd(input);
  return noNounAt(input, end) && !pairedWithName(input, end);
}

/**
 * "and" or "or" then a capitalised word that is no language: the demonym shares a noun with a name
 * ("loans from German and EU lenders"), where a language list would go on with languages.
 */
function pairedWithName(input: SenseInput, pos: number): boolean {
  const [joiner, word] = wordsAfter(input.text, pos, 2, input.sentence.end);
  if (!joiner || !word || !/^(and|or)$/.test(joiner.text) || /[.,;:!?)"”]/.test(input.text.slice(pos, word.start))) return false;
  return /^\p{Lu}/u.test(word.text) && !isLanguage(word.text.toLowerCase());
}
