/**
 * Whether a deal noun with its phrase is a specific deal or generic talk: "an agreement" with a
 * determiner is specific, "trade agreements" generic; "a regulatory framework" is not a deal;
 * a "venture" before "capital" is not a noun of its own.
 */
import type { DealWordClass } from '../lexicon/deal-words.ts';
import type { Token, ValuePhrase } from './tokens.ts';
import { isCapitalised, type KnownSpan, type LeftEdge } from './walk.ts';

const GENERIC_FRAMEWORK = new Set(['legal', 'regulatory', 'policy', 'institutional', 'conceptual', 'analytical', 'theoretical', 'fiscal', 'governance', 'accounting', 'reporting', 'legislative', 'constitutional', 'ethical', 'overall', 'broader', 'broad', 'general', 'security', 'sanctions']);
const RELATIONSHIP_WORDS = new Set(['biggest', 'largest', 'closest', 'strongest', 'deepest', 'oldest', 'longest', 'strategic-relationship']);

/** Whether the trigger is a verb or an idiom rather than a deal noun. */
export function notANoun(tokens: Token[], head: number): boolean {
  const t = tokens[head];
  const prev = tokens[head - 1]?.lower;
  const next = tokens[head + 1]?.lower;
  const prev2 = tokens[head - 2]?.lower;
  if (t.lower === 'deal' || t.lower === 'deals') {
    if (prev === 'to' || prev === 'will' || prev === 'can' || prev === 'must' || prev === 'would' || prev === 'could' || prev === 'cannot') return true;
    if ((prev === 'great' || prev === 'good') && (next === 'of' || next === 'more' || next === 'less')) return true;
    if (prev === 'big' && (prev2 === 'a' || prev2 === 'no')) return true;
    if (prev === 'no') return true;
  }
  if ((t.lower === 'accord' || t.lower === 'agreement') && (prev === 'own' || prev === 'in' || prev === 'broad' || prev === 'general')) return true;
  if (t.lower === 'contract' && (prev === 'to' || prev === 'will' || next === 'the' || next === 'a')) return true;
  if ((t.lower === 'venture' || t.lower === 'ventures') && /^(capital|capitalists?|into|out|to|forth)$/.test(next ?? '')) return true;
  if (t.lower === 'stakes' && prev === 'the' && next !== 'in') return true;
  if (/^(financing|funding)$/.test(t.lower) && (prev === 'project' || prev === 'public' || prev === 'private' || prev === 'government' || prev === 'more')) return true;
  return false;
}

function dealNounWithin(tokens: Token[], from: number, count: number): boolean {
  return tokens.slice(from, from + count).some((t) => /^(deal|deals|agreement|agreements|accord|pact|treaty|partnership|mou)$/.test(t.lower));
}

/** What makes the phrase a specific deal ("determiner", "value"...), or why not ("!generic framework"). */
export function specificity(left: LeftEdge, cls: DealWordClass, tokens: Token[], head: number, right: { value?: ValuePhrase; party?: unknown }, known: KnownSpan[]): string {
  const plural = /s$/.test(tokens[head].lower) && !/(ss|us)$/.test(tokens[head].lower);
  if (cls === 'framework') {
    if (left.modifiers.some((m) => GENERIC_FRAMEWORK.has(m))) return '!generic framework';
    // "act as the framework for a deal" is the generic sense; "a framework for cooperation" is not.
    const next = tokens[head + 1]?.lower;
    if ((next === 'for' || next === 'of') && !right.party && dealNounWithin(tokens, head + 2, 4)) return '!framework for a deal';
  }
  if (cls === 'partnership' && (left.modifiers.some((m) => RELATIONSHIP_WORDS.has(m)) || (left.modifiers.includes('investment') && left.modifiers.includes('trade')))) return '!relationship';
  if (cls === 'money' && tokens[head].lower.startsWith('takeover') && right.party) {
    // A takeover "of" a country is politics, not a deal.
    const next = tokens[head + 1];
    if (next?.lower === 'of' && known.some((k) => k.type === 'country' && k.start >= next.end && k.start <= next.end + 5)) return '!takeover of a country';
  }
  if (tokens[head].lower === 'takeover' || tokens[head].lower === 'takeovers') {
    const next = tokens[head + 1];
    if (next?.lower === 'of' && known.some((k) => k.type === 'country' && k.start > next.start && k.start <= next.end + 5)) return '!takeover of a country';
  }
  if (left.determiner || left.value || left.possessive) {
    if (plural && !left.possessive && !right.party && /^(these|those|the|any|both)$/.test(tokens[left.index]?.lower ?? '') && cls !== 'agreement') return '!generic plural';
    return left.value ? 'value' : left.possessive ? 'possessive' : 'determiner';
  }
  if (right.party && (plural || cls !== 'money')) return 'party';
  if (right.value && !plural) return 'value';
  // A proper name right before the noun: "Crucible JV".
  if (cls === 'venture' && head > 0 && isCapitalised(tokens[head - 1]) && tokens[head].text === 'JV') return 'named JV';
  return '!no determiner, value or party';
}
