/**
 * A demonym that names a language: "in Spanish it means", "the Chinese spelling", "speaks
 * Turkish". After "in" (or "into", "from") the demonym is the language unless a noun follows that
 * it modifies ("in Chinese hands", "from Japanese firms").
 */
import { wordsAfter } from '../context.ts';
import * as cue from './cues.ts';
import type { SenseInput } from './types.ts';
import { before, wordAfter } from './words.ts';

/** Whether nothing a demonym could modify starts at `pos`: the end, punctuation, or a function word. */
function noNounAt(input: SenseInput, pos: number): boolean {
  const [word] = wordsAfter(input.text, pos, 1, input.sentence.end);
  if (!word || /[.,;:!?)"”]/.test(input.text.slice(pos, word.start))) return true;
  return cue.FUNCTION_WORDS.has(word.text.toLowerCase());
}

export function languageReading(input: SenseInput): boolean {
  if (!cue.LANGUAGE_DEMONYMS.has(input.surface.toLowerCase())) return false;
  const prev = before(input, 1)[0];
  const nextWord = wordAfter(input);
  const next = nextWord?.text.toLowerCase();
  if (next && cue.LANGUAGE_NEXT.has(next)) return true;
  if (input.text.charAt(input.end) === '-' && next && /^(language|speaking|speakers?)$/.test(next)) return true;
  if (prev && cue.LANGUAGE_BEFORE.has(prev)) return true;
  if (prev === 'and' || prev === 'or') {
    // The second of a pair: "in Turkish and Greek".
    const [, first, opener] = before(input, 3);
    return !!first && cue.LANGUAGE_DEMONYMS.has(first) && (opener === 'in' || opener === 'into' || opener === 'from') && noNounAt(input, input.end);
  }
  if (prev !== 'in' && prev !== 'into' && prev !== 'from') return false;
  if (!nextWord || noNounAt(input, input.end)) {
    // "in Chinese and Russian firms": a pair of adjectives before a noun, not two languages.
    if ((next === 'and' || next === 'or') && nextWord) {
      const [other] = wordsAfter(input.text, nextWord.end, 1, input.sentence.end);
      if (other && cue.LANGUAGE_DEMONYMS.has(other.text.toLowerCase())) return noNounAt(input, other.end);
    }
    return true;
  }
  return false;
}
