/**
 * Deciding what an ambiguous match means: cheap rules first, compromise only when a rule says
 * `unsure`, and a stated fallback when compromise is not loaded.
 */
import type { Nlp } from '../nlp.ts';
import { decideChinese } from './chinese.ts';
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
    if (tags.has('Verb')) return 'drop';
    if (tags.has('Noun') && !tags.has('Actor')) return decision.why === 'lead-noun?' ? 'drop' : 'keep';
    return 'drop';
  }
  if (decision.why === 'person?') return tags.has('Person') && !tags.has('Country') ? 'drop' : 'keep';
  return decision.fallback ?? 'keep';
}
