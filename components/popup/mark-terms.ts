/**
 * Where a search's words occur in a clipping's text, so the list can show why it matched. The
 * result is plain segments that the list renders as text; nothing here is ever HTML.
 */
import { queryTerms } from '../../lib/store/tokenize.ts';

export interface TextSegment {
  text: string;
  match: boolean;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The search words as one pattern: a word must start where a word starts in the text (as the
 * store matches prefixes of words); Chinese and Japanese terms may start anywhere. Accents are
 * matched as typed: the highlight is a hint, the store's folded match is what decides.
 */
function patternOf(query: string): RegExp | null {
  const terms = queryTerms(query).sort((a, b) => b.length - a.length);
  if (terms.length === 0) return null;
  const alternatives = terms.map((term) => (CJK.test(term) ? escapeRegExp(term) : `(?<![\\p{L}\\p{N}])${escapeRegExp(term)}`));
  return new RegExp(alternatives.join('|'), 'giu');
}

/** `text` cut into segments, with those matching a word of `query` marked. */
export function markTerms(text: string, query: string): TextSegment[] {
  const pattern = patternOf(query);
  if (!pattern) return [{ text, match: false }];
  const segments: TextSegment[] = [];
  let last = 0;
  for (const found of text.matchAll(pattern)) {
    const at = found.index ?? 0;
    if (found[0].length === 0) continue;
    if (at > last) segments.push({ text: text.slice(last, at), match: false });
    segments.push({ text: found[0], match: true });
    last = at + found[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments.length ? segments : [{ text, match: false }];
}
