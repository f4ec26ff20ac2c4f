/**
 * Small views of the words around an ambiguous match, shared by the English sense rules: the
 * word before and after, the sentence's words as a set, whether the match sits in a list or in a
 * run of capitalised words.
 */
import { gapText, isTitleCase, wordsAfter, wordsBefore, wordsIn, type Word } from '../context.ts';
import type { Decision, SenseInput } from './types.ts';

export const keep = (why: string): Decision => ({ verdict: 'keep', why });
export const drop = (why: string): Decision => ({ verdict: 'drop', why });

/** Lower case, without a possessive ending ("China's" → "china"). */
export function bare(word: string): string {
  return word.toLowerCase().replace(/[’']s$/, '');
}

export function lower(words: { text: string }[]): string[] {
  return words.map((w) => bare(w.text));
}

/** Up to `n` words before the match, nearest first, lower case. */
export function before(input: SenseInput, n = 1): string[] {
  return lower(wordsBefore(input.text, input.start, n, input.sentence.start));
}

/** Up to `n` words after the match, lower case. */
export function after(input: SenseInput, n = 1): string[] {
  return lower(wordsAfter(input.text, input.end, n, input.sentence.end));
}

export function wordBefore(input: SenseInput): Word | undefined {
  return wordsBefore(input.text, input.start, 1, input.sentence.start)[0];
}

export function wordAfter(input: SenseInput): Word | undefined {
  return wordsAfter(input.text, input.end, 1, input.sentence.end)[0];
}

const sentenceWordCache = new WeakMap<SenseInput, Set<string>>();

/** The sentence's words, lower case; read once per match however many cues ask. */
export function sentenceWords(input: SenseInput): Set<string> {
  let words = sentenceWordCache.get(input);
  if (!words) {
    words = new Set(lower(wordsIn(input.text, input.sentence.start, input.sentence.end)));
    sentenceWordCache.set(input, words);
  }
  return words;
}

export function hasAny(words: Iterable<string>, cues: Set<string>): boolean {
  for (const w of words) if (cues.has(w)) return true;
  return false;
}

export function isCapitalised(s: string): boolean {
  return /^\p{Lu}/u.test(s);
}

export function atSentenceStart(input: SenseInput): boolean {
  return !/[\p{L}\p{N}]/u.test(input.text.slice(input.sentence.start, input.start));
}

export function isSentenceStartWord(input: SenseInput, word: { start: number }): boolean {
  return !/[\p{L}\p{N}]/u.test(input.text.slice(input.sentence.start, word.start));
}

/** Whether `word` is another match (a country or mineral next to this one). */
export function isMatch(input: SenseInput, word: { start: number }): boolean {
  return input.neighbours.some((n) => n.start === word.start);
}

/** One white-space character between the match and the word (no comma, no hyphen). */
export function spaceBetween(input: SenseInput, word: { start: number; end: number }): boolean {
  const gap = word.end <= input.start ? input.text.slice(word.end, input.start) : input.text.slice(input.end, word.start);
  return /^\s$/.test(gap);
}

/** Another entity of the same type joined to this one by a comma, "and" or "or" (a list). */
export function inList(input: SenseInput, type: 'mineral' | 'country'): boolean {
  return input.neighbours.some((n) => {
    if (n.type !== type) return false;
    const gap = n.end <= input.start ? gapText(input.text, n.end, input.start) : gapText(input.text, input.end, n.start);
    return /^(,|and|or|, and|, or|&|\/|-|–|,\s*as well as)$/.test(gap);
  });
}

/** Capitalised words after a metal that name a works or a product line by what it is made of. */
const MATERIAL_NAME_PARTS = /^(Smelting|Smelter|Mine|Mines|Mining|Refinery|Refining|Ore|Concentrate|Plant|Deposit|Project|Belt|Production|Processing)$/;

/** A capitalised word inside a run of capitalised words that is not a headline: a name. */
export function insideProperName(input: SenseInput): boolean {
  if (!isCapitalised(input.surface) || atSentenceStart(input) || isTitleCase(input.text, input.sentence)) return false;
  const next = wordAfter(input);
  const prev = wordBefore(input);
  const adjacent = (w: Word | undefined) => w !== undefined && isCapitalised(w.text) && spaceBetween(input, w) && !isMatch(input, w);
  // "a Copper Smelting Plant" names a plant by what it makes: still the metal.
  if (next && MATERIAL_NAME_PARTS.test(next.text)) return false;
  return adjacent(next) || adjacent(prev);
}
