/**
 * Cheap views of the text around a match: the sentence it sits in and the words next to it.
 * The disambiguation and deal rules read these instead of parsing the sentence, so most
 * decisions cost a few string operations and compromise runs only when they cannot decide.
 */

export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'u.s', 'u.k', 'u.n', 'd.c', 'mr', 'mrs', 'ms', 'dr', 'st', 'gov', 'sen', 'rep', 'no', 'co', 'corp', 'inc', 'ltd',
  'jr', 'sr', 'vs', 'e.g', 'i.e', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'a.m', 'p.m', 'gen', 'col', 'lt', 'sgt', 'prof', 'rev', 'hon', 'dept', 'est', 'approx', 'fig', 'vol', 'ft', 'mt',
  'u.s.a', 'e.u', 'p.r.c', 'r.o.k', 'pty', 'plc', 'bhd', 'cf', 'al', 'etc',
]);

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0 || c === 0x3000 || c === 0x2029;
}

function isUpperStart(c: number): boolean {
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() || c === 0x22 || c === 0x201c || c === 0x27 || c === 0x2018 || (c >= 0x30 && c <= 0x39);
}

const MAX_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/** A-Z, a-z or a dot: what an abbreviation before a full stop is made of. */
function isLetterOrDot(c: number): boolean {
  return c === 0x2e || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}

const SENTENCE_OPENER =
  /^(?:The|This|That|These|Those|It|Its|He|She|His|Her|They|Their|We|Our|There|In|On|At|As|But|And|A|An|After|When|While|Meanwhile|However|Still|Yet|If|Some|Many|Most|Both)\b/;

/**
 * Per UTF-16 unit, 1 for the characters that may end a sentence: 。！？；, a line break, the
 * paragraph separator the content script puts between blocks, and . ! ? ;. `endsSentenceAt` says no
 * to every other one, and the sentence search skips them without calling it.
 */
const MAY_END = new Uint8Array(0x10000);
for (const c of [0x3002, 0xff01, 0xff1f, 0xff1b, 0x0a, 0x2029, 0x2e, 0x21, 0x3f, 0x3b]) MAY_END[c] = 1;

/** Whether the sentence-final-looking character at `i` really ends a sentence. */
function endsSentenceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (!MAY_END[c]) return false;
  // 。！？；, a line break and the paragraph separator end one whatever follows; . ! ? ; before a space.
  if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x0a || c === 0x2029) return true;
  let j = i + 1;
  while (j < text.length && (text.charCodeAt(j) === 0x22 || text.charCodeAt(j) === 0x201d || text.charCodeAt(j) === 0x29)) j++;
  if (j < text.length && !isSpace(text.charCodeAt(j))) return false;
  if (c !== 0x2e) return true;
  // A full stop after an abbreviation or an initial does not end the sentence.
  let w = i;
  while (w > 0 && isLetterOrDot(text.charCodeAt(w - 1))) w--;
  // Only a word no longer than MAX_ABBREVIATION can be one of the abbreviations, and only one with a
  // dot two back an initialism: a longer word ("agreement.") ends the sentence without being read again.
  const word = i - w <= MAX_ABBREVIATION || text.charCodeAt(i - 2) === 0x2e ? text.slice(w, i).toLowerCase() : '';
  // Any initialism with inner dots is one too: "A.B.C. Mining", like "U.S. Steel".
  if (word && (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word) || /^(?:[a-z]\.)+[a-z]$/.test(word))) {
    let k = j;
    while (k < text.length && isSpace(text.charCodeAt(k))) k++;
    // "...in the U.S. The next day" still ends; "U.S. officials" does not.
    // Only words that open sentences and never name a thing ("U.S. Steel", "U.S. Under Secretary").
    if (k < text.length && SENTENCE_OPENER.test(text.slice(k, k + 12))) return word.length > 1;
    return false;
  }
  let k = j;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  return k >= text.length || isUpperStart(text.charCodeAt(k)) || text.charCodeAt(k) > 0x2e80;
}

/** How far either side of a position its sentence is looked for: a longer run with no end is cut there. */
const SENTENCE_REACH = 2000;

/** The sentence that contains `pos`. */
export function sentenceAt(text: string, pos: number): Span {
  return sentenceAround(text, pos).span;
}

/** A sentence found from one position, with the bounds the search stopped at. */
export interface SentenceReach {
  span: Span;
  /** Where the backward search stopped (after the previous sentence's end, or where it gave up). */
  from: number;
  /** Where the forward search stopped (the sentence's last character, the text's end, or where it gave up). */
  stop: number;
  /** Both stops are a sentence's edges, not where a search gave up. */
  real: boolean;
}

export function sentenceAround(text: string, pos: number): SentenceReach {
  let start = pos;
  const lower = Math.max(0, pos - SENTENCE_REACH);
  while (start > lower && !(MAY_END[text.charCodeAt(start - 1)] && endsSentenceAt(text, start - 1))) start--;
  const from = start;
  let end = pos;
  const upper = Math.min(text.length, pos + SENTENCE_REACH);
  while (end < upper && !(MAY_END[text.charCodeAt(end)] && endsSentenceAt(text, end))) end++;
  const stop = end;
  const real = (from === 0 || endsSentenceAt(text, from - 1)) && (stop >= text.length || endsSentenceAt(text, stop));
  if (end < text.length) end++;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  return { span: { start, end }, from, stop, real };
}

/**
 * Whether a search from `pos` would stop where this real sentence's did (`real`: the caller asks
 * only of those), and so find the same span: both of its edges are within reach of `pos`. (From
 * deep inside a sentence longer than the reach, a search gives up before an edge and finds a span
 * of its own.)
 */
export function reachesBoth(reach: SentenceReach, pos: number): boolean {
  return pos - reach.from <= SENTENCE_REACH && reach.stop - pos <= SENTENCE_REACH;
}

/** Splits text into sentences (used by the deal pass and the eval report). */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (endsSentenceAt(text, i)) {
      if (i + 1 > start) out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out.filter((s) => /\S/.test(text.slice(s.start, s.end)));
}

const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

export interface Word {
  text: string;
  start: number;
  end: number;
}

/** Words of `text` between `from` and `to`, with their offsets (a word may run past `to`). */
export function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  scanWords(text, from, to, (start, end) => {
    out.push({ text: text.slice(start, end), start, end });
    return true;
  });
  return out;
}

/** The same words by the WORD pattern itself: the reference the scan is tested against. */
export function wordsInByPattern(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) && m.index < to) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Whether a letter or digit starts at `i` (the WORD pattern's \p{L}\p{N}); 0 if not, else its length in units. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i) ?? c;
    return LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  let known = UNIT_IS_WORD[c];
  if (!known) {
    known = LETTER_OR_DIGIT.test(text[i]) ? 2 : 1;
    UNIT_IS_WORD[c] = known;
  }
  return known === 2 ? 1 : 0;
}
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 unit, learnt on first sight: 0 not yet asked, 1 not a letter or digit, 2 one. */
const UNIT_IS_WORD = new Uint8Array(0x10000);

/**
 * The word starting at `start` (a word character), as WORD matches it: letters and digits, with
 * inner apostrophes, dots and hyphens. Returns its end.
 */
function wordEnd(text: string, start: number): number {
  let i = start;
  for (let w = wordCharAt(text, i); w; w = wordCharAt(text, i)) i += w;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 0x27 && c !== 0x2019 && c !== 0x2e && c !== 0x2d) break;
    const next = wordCharAt(text, i + 1);
    if (!next) break;
    i += 1;
    for (let w = next; w; w = wordCharAt(text, i)) i += w;
  }
  return i;
}

/**
 * Words starting in [from, to), the way `wordsIn` finds them (a word may run past `to`), by a
 * scan of character codes: the sense rules ask for the words next to every ambiguous match, and a
 * regular expression over a window costs several times more.
 */
function scanWords(text: string, from: number, to: number, visit: (start: number, end: number) => boolean): void {
  let i = from;
  while (i < to) {
    const w = wordCharAt(text, i);
    if (!w) {
      i++;
      continue;
    }
    const end = wordEnd(text, i);
    if (!visit(i, end)) return;
    i = end;
  }
}

/** Up to `n` words before `pos` (nearest first), not crossing `limit`. */
export function wordsBefore(text: string, pos: number, n: number, limit: number): Word[] {
  const found: Word[] = [];
  scanWords(text, Math.max(limit, pos - 24 * n), pos, (start, end) => {
    if (end <= pos) found.push({ text: text.slice(start, end), start, end });
    return true;
  });
  return found.slice(-n).reverse();
}

/** Up to `n` words after `pos`, not crossing `limit`. */
export function wordsAfter(text: string, pos: number, n: number, limit: number): Word[] {
  const found: Word[] = [];
  scanWords(text, pos, Math.min(limit, pos + 24 * n), (start, end) => {
    found.push({ text: text.slice(start, end), start, end });
    return found.length < n;
  });
  return found;
}

/** The characters between two offsets, trimmed: to see what joins two matches ("", ",", "and"). */
export function gapText(text: string, from: number, to: number): string {
  return text.slice(from, to).trim().toLowerCase();
}

/**
 * Short words that Title Case always capitalises (verbs, pronouns): in lower case they show a
 * sentence written in sentence case, however many names it holds ("Copper Beech Lane was closed",
 * "Cuba Gooding Jr. won an Oscar").
 */
const TITLE_CASE_CAPITALISES = /^(is|was|are|were|has|had|have|be|been|can|will|may|did|does|do|not|it|its|he|she|we|they|his|her|our|their|who|won|win|got|get|set|put|ran|run|hit|cut|led|saw|see|say|let|met|add|pay|buy|sue|ask|try|use)$/;

/** Per sentence span: several rules ask of the same sentence for each match in it. */
const titleCaseCache = new WeakMap<Span, boolean>();

/** True when most words of the sentence start with a capital (a headline in Title Case). */
export function isTitleCase(text: string, span: Span): boolean {
  let known = titleCaseCache.get(span);
  if (known === undefined) {
    known = readsAsTitleCase(text, span);
    titleCaseCache.set(span, known);
  }
  return known;
}

function readsAsTitleCase(text: string, span: Span): boolean {
  const all = wordsIn(text, span.start, span.end);
  // "the won" is Korea's currency, a noun that a headline may leave in lower case.
  if (all.some((w, i) => TITLE_CASE_CAPITALISES.test(w.text) && !(w.text === 'won' && all[i - 1]?.text.toLowerCase() === 'the'))) return false;
  const words = all.filter((w) => w.text.length > 3);
  if (words.length < 3) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w.text)).length;
  return capitalised / words.length > 0.7;
}

/**
 * The sentence around a position, each found once: the entity pass asks in text order, then the
 * deal pass and the name checks ask again for sentences found already. The spans are kept sorted
 * (they do not overlap), so a repeat is a binary search; the same span object comes back, which
 * lets rules keep what they read of a sentence beside it. Every position gets the span that
 * `sentenceAt` finds from it, whichever position asked first: a span is kept only when both of
 * its edges are a sentence's, and given to another position only when a search from there would
 * reach both (not in a run of text with no sentence end for 2,000 characters).
 */
export function sentenceFinder(text: string): (pos: number) => Span {
  const found: SentenceReach[] = [];
  // Stryker disable next-line UnaryOperator: the span found last is a shortcut; the search below finds the same span.
  let last: SentenceReach = { span: { start: -1, end: -1 }, from: -1, stop: -1, real: false };
  return (pos) => {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: as above, a shortcut to what the search finds.
    if (pos >= last.span.start && pos < last.span.end && reachesBoth(last, pos)) return last.span;
    let lo = 0;
    let hi = found.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (found[mid].span.end <= pos) lo = mid + 1;
      else hi = mid;
    }
    const near = found[lo];
    if (near && near.span.start <= pos && reachesBoth(near, pos)) return (last = near).span;
    const reach = sentenceAround(text, pos);
    if (reach.real) found.splice(lo, 0, (last = reach));
    return reach.span;
  };
}
