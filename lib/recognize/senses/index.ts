/**
 * Deciding what an ambiguous match means: cheap rules first, compromise only when a rule says
 * `unsure`, and a stated fallback when compromise is not loaded.
 */
import type { Nlp } from '../nlp.ts';
import { decideChinese } from './chinese.ts';
import { LEAD_MATERIAL_CONTEXT } from './cues.ts';
import { decideEnglish } from './english.ts';
import type { Decision, SenseInput } from './types.ts';

export type { Decision, SenseInput, Neighbour, Verdict } from './types.ts';

export function decideSense(input: SenseInput, options: { zh: boolean; capital: boolean; abbrev: boolean }): Decision {
  return options.zh ? decideChinese(input, options.capital, options.abbrev) : decideEnglish(input, options.capital);
}

/** Settles an `unsure` decision with part-of-speech tags of the sentence. */
export function settleWithNlp(input: SenseInput, decision: Decision, nlp: Nlp): 'keep' | 'drop' {
  const sentence = input.text.slice(input.sentence.start, input.sentence.end);
  const offset = input.start - input.sentence.start;
  const word = nlp.tag(sentence).find((w) => w.start <= offset && offset < w.end);
  if (!word) return decision.fallback ?? 'keep';
  const tags = new Set(word.tags);
  if (decision.why.startsWith('lead')) {
    // A noun "lead" is as often a position ("a polling lead") as the metal: keep it only when the
    // sentence is about materials.
    if (tags.has('Verb') || tags.has('Actor')) return 'drop';
    const words = sentence.toLowerCase().match(/[a-z]+/g) ?? [];
    return tags.has('Noun') && words.some((w) => LEAD_MATERIAL_CONTEXT.has(w)) ? 'keep' : 'drop';
  }
  if (decision.why === 'person?') return tags.has('Person') && !tags.has('Country') ? 'drop' : 'keep';
  return decision.fallback ?? 'keep';
}
