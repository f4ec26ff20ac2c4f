/**
 * Small views of the words around an ambiguous match, shared by the English sense rules: the
 * word before and after, the sentence's words as a set, whether the match sits in a list or in a
 * run of capitalised words.
 */
import { gapText, isTitleCase, wordsAfter, wordsBefore, wordsIn, type Word } from '../context.ts';
import type { Decision, Neighbour, SenseInput } from './types.ts';

export const keep = (why: string): Decision => ({ verdict: 'keep', why });
export const drop = (why: string): Decision => ({ verdict: 'drop', why });

/** Lower case, without a possessive ending ("China's" → "china"). */
export function bare(word: string): string {
  const lowered = word.toLowerCase();
  // A look at the last two characters, not a regular expression: every word a rule reads passes here.
  const last = lowered.length - 1;
  const apostrophe = lowered.charCodeAt(last - 1);
  return lowered.charCodeAt(last) === 0x73 && (apostrophe === 0x27 || apostrophe === 0x2019) ? lowered.slice(0, -2) : lowered;
}

export function lower(words: { text: string }[]): string[] {
  return words.map((w) => bare(w.text));
}

/** Up to `n` words before the match, nearest first, lower case. */
export function before(input: SenseInput, n = 1): readonly string[] {
  const kept = input.wordsNear?.before;
  if (kept?.[n]) return kept[n];
  const words = lower(wordsBefore(input.text, input.start, n, input.sentence.start));
  if (kept) kept[n] = words;
  return words;
}

/** Up to `n` words after the match, lower case. */
export function after(input: SenseInput, n = 1): readonly string[] {
  const kept = input.wordsNear?.after;
  if (kept?.[n]) return kept[n];
  const words = lower(wordsAfter(input.text, input.end, n, input.sentence.end));
  if (kept) kept[n] = words;
  return words;
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
    // ("cement, lead (secondary), iron and steel": a short remark in brackets after a member is still
    // the list's; a count in brackets is not a remark, "Gold (3), Silver (5) and Bronze (2)".)
    const gap = (n.end <= input.start ? gapText(input.text, n.end, input.start) : gapText(input.text, input.end, n.start)).replace(/^\((?=[^()]*\p{L})[^()]{1,24}\)\s*/u, '');
    return /^(,|and|or|, and|, or|&|\/|-|–|,\s*as well as)$/.test(gap);
  });
}

/** Capitalised words after a metal that name a works or a product line by what it is made of. */
const MATERIAL_NAME_PARTS = /^(Smelting|Smelter|Mine|Mines|Mining|Refinery|Refining|Ore|Concentrate|Plant|Deposit|Project|Belt|Production|Processing|Ion|Ions|Battery|Batteries|Oxide|Oxides|Carbonate|Hydroxide|Sulphate|Sulfate|Chloride|Metal|Metals|Alloy|Alloys|Powder|Wire|Cathode|Cathodes|Anode|Anodes)$/;
/** Words after a metal at a sentence's start that make it the market, not a name: "Copper Prices fell" in a teaser. */
const MARKET_NAME_PARTS = /^(Prices?|Futures|Demand|Supply|Output|Exports?|Imports?|Market|Markets|Reserves?)$/;

/** What may stand right before a word that opens a clause of its own: a quotation, a colon, a dash, a bracket. */
const CLAUSE_OPENERS = /[“"‘'(\[:;—–•|]\s*$/u;
/** A closing quotation mark right after the word: a quoted title ('Nirvana's "Lithium"'). */
const QUOTE_CLOSES = /^[”"’']/u;

/** Written as a name's word: a capital, then small letters ("REEs" and "GOLD" are not), outside a headline. */
function nameSpelling(input: SenseInput): boolean {
  return /^\p{Lu}\p{Ll}/u.test(input.surface) && !isTitleCase(input.text, input.sentence);
}

function capitalisedNeighbour(input: SenseInput, w: Word | undefined): w is Word {
  return w !== undefined && isCapitalised(w.text) && spaceBetween(input, w) && !isMatch(input, w);
}

/** A capitalised word inside a run of capitalised words that is not a headline: a name. */
export function insideProperName(input: SenseInput): boolean {
  if (!nameSpelling(input) || atSentenceStart(input)) return false;
  const next = wordAfter(input);
  // "a Copper Smelting Plant" names a plant by what it makes: still the metal.
  if (next && MATERIAL_NAME_PARTS.test(next.text)) return false;
  return capitalisedNeighbour(input, next) || capitalisedNeighbour(input, wordBefore(input));
}

/** At a sentence's start, a name's first word: another name's word follows ("Iron Mike Tyson", "Gold Fields said"). */
export function nameAtSentenceStart(input: SenseInput): boolean {
  if (!nameSpelling(input) || !atSentenceStart(input)) return false;
  const next = wordAfter(input);
  // A ticker after it ("Copper CMCU3 rose") is no name's second word.
  return capitalisedNeighbour(input, next) && /^\p{Lu}\p{Ll}+$/u.test(next.text) && !MATERIAL_NAME_PARTS.test(next.text) && !MARKET_NAME_PARTS.test(next.text);
}

/**
 * Mid-sentence, a word written with a capital on its own is a name too (a model, a title: "Cobalt
 * sedans", 'Nirvana's "Lithium"'), unless it opens a quotation or follows a colon, where any word
 * has one. One word only: a capitalised "Rare Earths" or "Lithium-ion" is a writer's style.
 */
export function capitalisedAlone(input: SenseInput): boolean {
  if (!nameSpelling(input) || atSentenceStart(input) || /[\s-]/.test(input.surface) || input.text.charAt(input.end) === '-') return false;
  const next = wordAfter(input);
  if (next && MATERIAL_NAME_PARTS.test(next.text)) return false;
  const behind = input.text.slice(Math.max(input.sentence.start, input.start - 3), input.start);
  return !CLAUSE_OPENERS.test(behind) || QUOTE_CLOSES.test(input.text.slice(input.end, input.end + 1));
}

/**
 * Kinds of named thing an appositive can say a word is: "Zinc, a quiet thriller", "Cobalt, the
 * band", and a person by trade or place in a family ("Nickel, a former banker"). Singular nouns
 * only: "Gold, a favourite of central bankers" says nothing of a name.
 */
const NAMED_KINDS = /^(film|films|movie|thriller|drama|comedy|documentary|novel|book|memoir|album|song|single|play|musical|series|show|sitcom|podcast|band|label|brand|restaurant|bar|horse|filly|colt|gelding|mare|company|firm|startup|start-up|app|banker|teacher|lawyer|doctor|nurse|farmer|pensioner|student|writer|author|teenager|councillor|councilman|councilwoman|detective|chef|grandmother|grandfather|widow|widower)$/;

/**
 * A capitalised word that an appositive right after it calls a film, a band, a horse or a firm:
 * "Zinc, a quiet thriller about a scrap dealer, ...". The kind must come within the appositive's
 * first few words ("Gold, a haven in hard times" says nothing of a name).
 */
export function namedByAppositive(input: SenseInput): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(input.surface) || !/^,\s*(?:a|an|the)\s/.test(input.text.slice(input.end, input.end + 6))) return false;
  for (const w of wordsAfter(input.text, input.end, 6, input.sentence.end).slice(1)) {
    if (/[,;:.]/.test(input.text.slice(input.end + 1, w.start))) return false;
    const word = w.text.toLowerCase();
    // A second article starts a clause of its own: "Cobalt, a mineral the company mines" names no company.
    if (/^(a|an|the|its|their|his|her)$/.test(word)) return false;
    if (NAMED_KINDS.test(word)) return true;
  }
  return false;
}

/** A listing's time at a line's start: "9pm: Iron Chef America", "21:00: ...". */
const LISTING_TIME = /^\s*\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?:\s/i;

/** A capitalised word in the title a TV or radio listing gives after its time. */
export function inListingTitle(input: SenseInput): boolean {
  return /^\p{Lu}\p{Ll}/u.test(input.surface) && LISTING_TIME.test(input.text.slice(input.sentence.start, input.start));
}

/** The neighbours right against the match, either side (中|美, 镍|铁). */
export function touchingNeighbours(input: SenseInput): Neighbour[] {
  return input.touching ?? input.neighbours.filter((n) => n.end === input.start || n.start === input.end);
}

/** The input with another span, everything else read from it (a plain object, since a spread would drop the getters of recognize's lazy input). */
export function withSpan(input: SenseInput, span: { start?: number; end?: number }): SenseInput {
  return {
    text: input.text,
    start: span.start ?? input.start,
    end: span.end ?? input.end,
    surface: input.surface,
    entityId: input.entityId,
    kind: input.kind,
    sentence: input.sentence,
    neighbours: input.neighbours,
    ...(input.lowerCase ? { lowerCase: true as const } : {}),
  };
}
