/**
 * Search tokens for clippings. The same folding is applied to documents and to queries, so a
 * query matches when each of its terms is a prefix of some document term.
 *
 * Chinese and Japanese are written without spaces, so a run of those characters is indexed as
 * every single character and every pair of neighbours: a query of one character finds it
 * anywhere, and a longer query, split into neighbouring pairs, finds the passages that contain
 * all of its pairs, which is close to a phrase match without a dictionary.
 */

/** Characters indexed one by one and in pairs instead of as words. */
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;

/** Longer words are cut here; a prefix this long is as good as the whole word for search. */
export const MAX_TERM_CHARS = 32;

/**
 * At most this many distinct terms per clipping, in order of first appearance: a 20,000-character
 * Chinese quote would otherwise add tens of thousands of index entries.
 */
export const MAX_TERMS_PER_RECORD = 4_000;

/** Lower-case, accents removed, full-width forms made ordinary (`Ｃhâteau` → `chateau`). */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').normalize('NFC').toLowerCase();
}

function* runsOf(text: string): Generator<{ cjk: boolean; text: string }> {
  for (const word of foldText(text).match(WORD) ?? []) {
    for (const run of word.match(CJK_RUN) ?? []) {
      yield { cjk: CJK_CHAR.test(run), text: run };
    }
  }
}

function* pairsOf(chars: string[]): Generator<string> {
  for (let i = 0; i + 1 < chars.length; i++) yield chars[i] + chars[i + 1];
}

/** The distinct terms under which a text is indexed. */
export function documentTerms(...texts: string[]): string[] {
  const terms = new Set<string>();
  for (const text of texts) {
    for (const run of runsOf(text)) {
      if (run.cjk) {
        const chars = Array.from(run.text);
        for (const char of chars) terms.add(char);
        for (const pair of pairsOf(chars)) terms.add(pair);
      } else {
        terms.add(run.text.slice(0, MAX_TERM_CHARS));
      }
      if (terms.size >= MAX_TERMS_PER_RECORD) return Array.from(terms).slice(0, MAX_TERMS_PER_RECORD);
    }
  }
  return Array.from(terms);
}

/**
 * The terms a query must all match (each as a prefix of some document term). A query term that
 * is a prefix of another query term adds nothing and is dropped.
 */
export function queryTerms(query: string): string[] {
  const terms = new Set<string>();
  for (const run of runsOf(query)) {
    if (run.cjk) {
      const chars = Array.from(run.text);
      if (chars.length === 1) terms.add(chars[0]);
      for (const pair of pairsOf(chars)) terms.add(pair);
    } else {
      terms.add(run.text.slice(0, MAX_TERM_CHARS));
    }
  }
  const all = Array.from(terms);
  return all.filter((term) => !all.some((other) => other !== term && other.startsWith(term)));
}

/** True when `term` is a prefix of one of `documentTerms`. */
export function matchesTerm(documentTermList: readonly string[], term: string): boolean {
  return documentTermList.some((candidate) => candidate.startsWith(term));
}
