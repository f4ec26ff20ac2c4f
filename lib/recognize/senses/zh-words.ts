/**
 * Chinese words around a match, from the platform's dictionary word segmenter (Intl.Segmenter).
 * Chinese writes no spaces, so an alias can be made of the end of one word and the start of the
 * next (湖南|非物质 holds 南非, 精英|国际 holds 英国, 发展|中|国家 holds 中国) or be the second half
 * of an ordinary word (审美, 高中, 增加). The rules ask only about a few characters around a match.
 *
 * The segmenter is slow next to the rest of the recognizer, so it reads a sentence only where two
 * characters that meet at the match's edge make a dictionary word (湖南, 国家): a lookup of that
 * pair, cached, settles every other edge (的|中国, 在|美国) without it.
 *
 * Dictionaries differ between engines (V8 and Node read 发展中国家 as 发展|中|国家, Firefox as
 * 发展|中国|家), so a rule takes a word boundary as evidence where it is there and never needs one
 * to keep a mention. Without a segmenter every answer is "unknown" and the rules decide as they
 * did before.
 */

import { code, codeSet } from './char-codes.ts';

/** Characters on each side of the match that the segmenter reads: enough for a word or two. */
const WINDOW = 4;
/** Pairs remembered before the cache starts again: a page uses a few hundred. */
const PAIR_CACHE_LIMIT = 4096;

let segmenter: Intl.Segmenter | null | undefined;

function zhSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter = typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  }
  return segmenter;
}

/** Pairs by their two UTF-16 units packed in one number, so that a lookup builds no string. */
const pairs = new Map<number, boolean>();
/** After a name, its people (中国人) and its nationality (英国籍): the name is whole before them. */
const PEOPLE_OR_NATIONALITY = codeSet('人籍');
/** Prepositions and conjunctions, which a name follows without forming a word with them. */
const FUNCTION_CHARACTERS = codeSet('对對和与與在向从從赴访訪同跟及至到于於自给給让讓被把为為将將由');
const [MADE, MADE_TRADITIONAL] = [code('产'), code('產')];

/**
 * 对中国产电动汽车: after a preposition a name starts its noun phrase, and 产 after it is "made in"
 * (中国|产), not the second half of 国产 (其中|国产品牌 is cut by 其中 before it).
 */
function madeIn(text: string, start: number, end: number): boolean {
  const next = text.charCodeAt(end);
  return (next === MADE || next === MADE_TRADITIONAL) && FUNCTION_CHARACTERS.has(text.charCodeAt(start - 1));
}

const [JIA, DIAN, DIAN_TRADITIONAL] = [code('家'), code('电'), code('電')];
/** What 国家电 goes on with when it is the state's: 国家电网, 国家电力, 国家电视台, 国家电影局. */
const STATE_ELECTRIC_AFTER = codeSet('网網力视視台话話影');
/** 展 of 发展中国家 and 达 of 发达国家, three characters before its 家. */
const DEVELOPING = codeSet('展達达');

/**
 * 中国|家电企业, 德国|家电: 家电 (home appliances) is a word the platform's dictionary may lack, so
 * 国家 would cut the name; not in 国家电网 or 国家电力, which are the state's.
 */
function appliances(text: string, at: number): boolean {
  const second = text.charCodeAt(at + 1);
  // (发展中国家电动汽车: the developing countries, whose 国家 is the word.)
  return text.charCodeAt(at) === JIA && (second === DIAN || second === DIAN_TRADITIONAL) && !STATE_ELECTRIC_AFTER.has(text.charCodeAt(at + 2)) && !DEVELOPING.has(text.charCodeAt(at - 3));
}

function ideograph(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

/** Whether the two characters at `at` are a dictionary word on their own (湖南, 国家; not 的中). */
export function pairIsWord(text: string, at: number): boolean {
  // charCodeAt outside the text is NaN, which is no ideograph.
  const first = text.charCodeAt(at);
  const second = text.charCodeAt(at + 1);
  if (!ideograph(first) || !ideograph(second)) return false;
  const key = first * 0x10000 + second;
  let known = pairs.get(key);
  if (known === undefined) {
    const words = zhSegmenter();
    if (!words) return false;
    known = words.segment(text.slice(at, at + 2)).containing(0)?.segment.length === 2;
    if (pairs.size >= PAIR_CACHE_LIMIT) pairs.clear();
    pairs.set(key, known);
  }
  return known;
}

export interface ZhWord {
  start: number;
  end: number;
}

/**
 * The segmenter's reads in the text read last, by position: the rules of a pair ask about the
 * same character from both of its halves (中|美 asks whether a word starts at 美 for 中, and for
 * 美 itself), and each read costs a segmentation. A page also repeats a phrase around a name (a
 * headline in a list of links, 之中国历史 ten times over), so reads are kept by what the
 * segmenter is given as well: the same characters read the same way wherever they stand.
 */
let readText: string | undefined;
const reads = new Map<number, ZhWord | null>();
/** By the characters the segmenter is given, then where the asked character is among them: the word's offsets in them. */
const readsOfWindow = new Map<string, { index: number; length: number } | null>();

/** The word holding the character at `pos`, read in context, or undefined without a segmenter. */
export function zhWordAt(text: string, pos: number): ZhWord | undefined {
  const words = zhSegmenter();
  if (!words) return undefined;
  if (text !== readText) {
    readText = text;
    reads.clear();
    readsOfWindow.clear();
  }
  const known = reads.get(pos);
  if (known !== undefined) return known ?? undefined;
  const from = Math.max(0, pos - WINDOW);
  const window = text.slice(from, Math.min(text.length, pos + WINDOW + 1));
  // Near the text's start the asked character comes earlier in the window: the key says where.
  const key = String.fromCharCode(pos - from) + window;
  let piece = readsOfWindow.get(key);
  if (piece === undefined) {
    const segment = words.segment(window).containing(pos - from);
    piece = segment ? { index: segment.index, length: segment.segment.length } : null;
    readsOfWindow.set(key, piece);
  }
  const word = piece ? { start: from + piece.index, end: from + piece.index + piece.length } : undefined;
  reads.set(pos, word ?? null);
  return word;
}

/**
 * Whether [start, end) is cut by the words around it: a word starts before it and ends inside it
 * (湖南|非 for 南非), or starts inside it and ends after it (发展|中|国家 for 中国). A match that is
 * a word, or part of a longer word that holds it whole (日本人), is not cut.
 */
export function cutByWords(text: string, start: number, end: number): boolean {
  // Only a pair across an edge that is a word (湖南, 国家) needs the segmenter to read the context,
  // and before the name not one that starts with a preposition (对美 and 和美 are words, but 对美国
  // and 和美国 are read 对|美国 and 和|美国);
  // after the name, only when the next two characters are no word of their own either: 中国企业 is
  // read 中国|企业 whatever 国企 is, and names end in 国 before 企业, 家庭, 内地 all the time; nor
  // before 人, the people of a country (中国人, 日本人: 国人 and 本人 are words too), or 籍, its
  // nationality (英国籍男子, which the segmenter reads 英|国籍|男子). (The price: 发展中国家长期
  // keeps 中国, as 家长 is a word.)
  const before = !FUNCTION_CHARACTERS.has(text.charCodeAt(start - 1)) && pairIsWord(text, start - 1);
  const after =
    !PEOPLE_OR_NATIONALITY.has(text.charCodeAt(end)) && !madeIn(text, start, end) && pairIsWord(text, end - 1) && !pairIsWord(text, end) && !appliances(text, end);
  if (!before && !after) return false;
  if (before) {
    const first = zhWordAt(text, start);
    if (first && first.start < start && first.end !== end) return true;
  }
  // A word that starts before the name and ends after it holds it in its middle: in traditional
  // characters the dictionary reads 發展中國家 as one word, where simplified text is 发展|中|国家.
  const last = after ? zhWordAt(text, end - 1) : undefined;
  return last !== undefined && last.start !== start && last.end > end;
}

/**
 * The word that the character at `pos` ends, when it starts before it (审美, 高中, 家中): the
 * character is then the second half of an ordinary word rather than a name of its own.
 */
export function wordEndingAt(text: string, pos: number): ZhWord | undefined {
  if (!pairIsWord(text, pos - 1)) return undefined;
  const word = zhWordAt(text, pos);
  return word && word.start < pos && word.end === pos + 1 ? word : undefined;
}

/** Whether a word goes on after the character at `pos` (方 of 方便, 和 of 和解, 剧 of 剧增). */
export function wordGoesOn(text: string, pos: number): boolean {
  if (!pairIsWord(text, pos)) return false;
  const word = zhWordAt(text, pos);
  return word !== undefined && word.end > pos + 1;
}

/** Whether the character at `pos` is a word of its own (在|日|华人, 白银|市), as far as the segmenter knows. */
export function standsAlone(text: string, pos: number): boolean {
  if (!zhSegmenter()) return false;
  if (!pairIsWord(text, pos - 1) && !pairIsWord(text, pos)) return true;
  const word = zhWordAt(text, pos);
  return word !== undefined && word.start === pos && word.end === pos + 1;
}
