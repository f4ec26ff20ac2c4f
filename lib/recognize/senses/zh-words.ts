/**
 * Chinese words around a match, from the platform's dictionary word segmenter (Intl.Segmenter).
 * Chinese writes no spaces, so an alias can be made of the end of one word and the start of the
 * next (湖南|非物质 holds 南非, 精英|国际 holds 英国, 资金|链 holds 金链) or be the second half of
 * an ordinary word (审美, 高中, 合金). The rules ask only about a few characters around a match,
 * and only when a cheaper check has not settled it.
 *
 * Dictionaries differ between engines (V8 and Node read 发展中国家 as 发展|中|国家, Firefox as
 * 发展|中国|家), so a rule takes a word boundary as evidence where it is there and never needs one
 * to keep a mention. Without a segmenter every answer is "unknown" and the rules decide as they
 * did before.
 */

/** Characters on each side of the position that the segmenter reads: enough for a word or two. */
const WINDOW = 6;

let segmenter: Intl.Segmenter | null | undefined;

function zhSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter = typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  }
  return segmenter;
}

export interface ZhWord {
  start: number;
  end: number;
}

/** The word holding the character at `pos`, or undefined when the platform has no segmenter. */
export function zhWordAt(text: string, pos: number): ZhWord | undefined {
  const words = zhSegmenter();
  if (!words) return undefined;
  const from = Math.max(0, pos - WINDOW);
  const piece = words.segment(text.slice(from, Math.min(text.length, pos + WINDOW + 1))).containing(pos - from);
  return piece && { start: from + piece.index, end: from + piece.index + piece.segment.length };
}

/**
 * Whether [start, end) is cut by the words around it: a word starts before it and ends inside it
 * (湖南|非 for 南非), or starts inside it and ends after it (发展|中|国家 for 中国). A match that is
 * a word, or part of a longer word that holds it whole (日本人), is not cut.
 */
export function cutByWords(text: string, start: number, end: number): boolean {
  const first = zhWordAt(text, start);
  if (first && first.start < start && first.end < end) return true;
  const last = zhWordAt(text, end - 1);
  return last !== undefined && last.start > start && last.end > end;
}

/**
 * Whether the character at `pos` ends a word that starts before it (审美, 高中, 资金, 合金): the
 * character is then the second half of an ordinary word rather than a name of its own.
 */
export function endsWordFromBefore(text: string, pos: number): boolean {
  const word = zhWordAt(text, pos);
  return word !== undefined && word.start < pos && word.end === pos + 1;
}

/** Whether a word of two or more characters starts at `pos` (方便, 军事: 方 and 军 are not alone). */
export function longerWordAt(text: string, pos: number): boolean {
  const word = zhWordAt(text, pos);
  return word !== undefined && word.start === pos && word.end > pos + 1;
}
