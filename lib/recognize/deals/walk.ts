/**
 * Walking out from a deal noun over its noun phrase: left to the determiner, value or possessor
 * ("a $565 million financing deal", "the miner's takeover"), right over the complements that name
 * a party, an asset or a value ("with Australia", "in Korea Zinc", "worth $2.6 billion").
 */
import type { DealWordClass } from '../lexicon/deal-words.ts';
import { valueAt, type Token, type ValuePhrase } from './tokens.ts';

/** An entity match the deal rules can see (to tell countries from companies). */
export interface KnownSpan {
  start: number;
  end: number;
  type: 'mineral' | 'country';
}

export const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'another', 'each', 'every', 'any', 'both']);
const PRE_DETERMINER = new Set(['yet', 'such']);
const QUANTITY_HEADS = new Set(['set', 'series', 'pair', 'number', 'raft', 'slew', 'string', 'host', 'package', 'bundle']);
/** Words that end a noun phrase when walking left from the deal noun. */
const LEFT_STOPS = new Set([
  'is', 'was', 'were', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might',
  'must', 'should', 'shall', 'do', 'does', 'did', 'to', 'in', 'on', 'at', 'with', 'for', 'from', 'by', 'of', 'about', 'into',
  'over', 'under', 'after', 'before', 'than', 'as', 'and', 'or', 'but', 'nor', 'that', 'which', 'who', 'whom', 'whose',
  'signed', 'sign', 'signs', 'signing', 'struck', 'strike', 'strikes', 'reached', 'reach', 'reaches', 'agreed', 'agree',
  'announced', 'announce', 'announces', 'unveiled', 'unveil', 'sealed', 'seal', 'inked', 'ink', 'concluded', 'conclude',
  'finalised', 'finalized', 'secured', 'secure', 'secures', 'won', 'win', 'wins', 'awarded', 'award', 'awards', 'clinched', 'brokered', 'broker', 'negotiated',
  'negotiate', 'negotiating', 'completed', 'complete', 'approved', 'approve', 'said', 'says', 'say', 'including',
  'include', 'includes', 'like', 'such', 'take', 'took', 'taken', 'takes', 'taking', 'took', 'holds', 'hold', 'held',
  'own', 'owns', 'owned', 'got', 'get', 'gets', 'gave', 'give', 'gives', 'offered', 'offer', 'offers', 'offering', 'made', 'make',
  'makes', 'pursue', 'pursued', 'pursuing', 'seek', 'seeks', 'sought', 'seeking', 'want', 'wants', 'wanted', 'needs',
  'need', 'needed', 'provide', 'provides', 'provided', 'providing', 'bought', 'buy', 'buys', 'sold', 'sell', 'sells',
  'acquired', 'acquire', 'acquires', 'put', 'puts', 'set', 'sets', 'there', 'it', 'they', 'we', 'he', 'she', 'i', 'you',
  'not', 'no', 'also', 'already', 'now', 'then', 'still', 'just', 'only', 'even', 'more', 'most', 'less', 'further',
  'other', 'some', 'many', 'several', 'all', 'few', 'much', 'up', 'out', 'down', 'called', 'named', 'known', 'via',
  'without', 'within', 'between', 'among', 'amongst', 'against', 'through', 'during', 'despite', 'amid', 'upon', 'towards', 'toward',
]);
/** Words that give a deal its value after them: "worth $2 billion", "valued at", "amounting to", "totalling". */
export const VALUE_WORDS = new Set(['worth', 'valued', 'amounting', 'totalling', 'totaling']);
/** Words that end a complement when walking right. */
const RIGHT_STOPS = new Set([
  'to', 'that', 'which', 'who', 'whose', 'where', 'when', 'while', 'under', 'as', 'at', 'on', 'by', 'after', 'before',
  'since', 'until', 'into', 'over', 'about', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'can', 'may', 'might',
  'has', 'have', 'had', 'be', 'been', 'being', 'signed', 'said', 'says', 'and', 'or', 'but', 'if', 'because', 'so',
  'than', 'rather', 'through', 'within', 'during', 'covering', 'aimed', 'aiming', 'designed', 'intended', 'including',
  ...VALUE_WORDS, 'announced', 'agreed', 'reached', 'struck', 'unveiled', 'sealed', 'brokered', 'giving', 'gives',
  'allowing', 'allows', 'making', 'makes', 'in', 'for', 'with', 'from', 'of', 'between', 'amid', 'against',
  'despite', 'following', 'alongside', 'ahead', 'toward', 'towards', 'via', 'per', 'regarding', 'concerning',
  // Time words start an adverbial, not more of the party: "with the Pentagon last year".
  'this', 'last', 'next', 'earlier', 'later', 'yesterday', 'today', 'tomorrow', 'ago', 'already', 'now', 'then',
  'recently', 'once', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
/** Head nouns of an apposition that describes an organisation: "with Tanbreez, a Greenland miner". */
const ORGANISATION_HEADS = /^(company|companies|miner|miners|firm|firms|producer|producers|group|developer|explorer|agency|bank|fund|maker|supplier|corporation|operator|refiner|smelter|unit|subsidiary|arm|giant|start-?up|conglomerate|government|lender|investor|owner|trader|manufacturer|automaker|carmaker|utility|body|regulator|ministry|department|enterprise|partner|provider|consortium|joint|venture|outfit|player|processor)$/;
/** Words that read as adjectives, for "an equal and good deal" (no tagger needed for the few cases). */
/** A deal's length as a modifier: "seven-year", "10-year", "multi-year". */
const LENGTH_MODIFIER = /^([a-z]+|\d+)-(year|month|week|day|season|game|race|fight|film|picture|album)s?$|^multi-?year$/;
/** Initials of a medium or a technology that modify a deal like a word: "a TV, streaming and media deal". */
const MEDIUM_INITIALS = /^(TV|EV|AI|VR|OTT|PC)$/;
const ADJECTIVE_LIKE = /(al|ic|ive|ous|ful|ent|ant|ary|ble|ed|ing|ish|less|good|fair|new|big|open|free|major|key|joint|final|long|short|strong|firm|clear)$/;
/**
 * Verbs that end a party complement: "the partnership between the two firms [ends] next year".
 * (Without a tagger, the common ones; the rest stop at the RIGHT_STOPS or the clause's comma.)
 */
const COMPLEMENT_VERBS = new Set([
  'ends', 'ended', 'expire', 'expires', 'expired', 'begins', 'began', 'starts', 'started', 'covers', 'covered', 'runs', 'ran',
  'lasts', 'lasted', 'includes', 'included', 'involves', 'involved', 'requires', 'required', 'calls', 'called', 'sets',
  'gave', 'means', 'meant', 'comes', 'came', 'goes', 'went', 'takes', 'took', 'remains', 'remained', 'stands', 'stood',
  'marks', 'marked', 'follows', 'followed', 'faces', 'faced', 'helps', 'helped', 'seeks', 'sought', 'opens', 'opened',
  'closes', 'closed', 'allowed', 'lets', 'brings', 'brought', 'provides', 'provided', 'ensures', 'secures', 'secured',
  'boosts', 'boosted', 'expects', 'expected', 'aims', 'should', 'must', 'shall', 'need', 'needs', 'held', 'holds',
  'collapsed', 'stalled', 'fell', 'failed', 'looks', 'looked', 'seems', 'seemed', 'appears', 'appeared', 'keeps', 'kept',
  // Past forms that report what happened next ("loans from China rose", "deals with Tokyo lapsed"),
  // none of them an adjective before a noun ("the expanded BRICS bloc" keeps its noun).
  'rose', 'grew', 'sank', 'slid', 'shrank', 'led', 'saw', 'became', 'broke', 'paid', 'bought', 'lapsed', 'soared', 'slumped',
  // What a buyer's money does to a company: "the investment by the fund [values] the club at...".
  'values', 'creates', 'puts',
]);
/** The plural forms of COMPLEMENT_VERBS' verbs, read as verbs only in lower case right after a name. */
const BASE_VERBS = new Set(['cover', 'include', 'involve', 'require', 'expire', 'remain', 'run', 'end', 'begin', 'start', 'last', 'take', 'give', 'allow', 'provide', 'ensure', 'help', 'mark', 'face', 'seek', 'aim', 'call', 'set', 'mean', 'come', 'go', 'stand', 'follow', 'open', 'close', 'bring', 'boost', 'expect', 'look', 'seem', 'appear', 'keep', 'hold', 'let', 'create', 'put', 'value']);
/** Words that open a verb's object: "produced [a] podcast", "barred [him]". */
const VERB_OBJECT_START = /^(a|an|the|him|her|them|it|its|their|his|us|me|our|two|three|four)$/;
/** Object pronouns: a party named by one ends there ("the partnership between them [deepened]"). */
const OBJECT_PRONOUNS = new Set(['them', 'us', 'it', 'him', 'me']);
/** Words ending in -ly that are nouns or adjectives, not adverbs that end a phrase: "a supply deal". */
const NOT_ADVERBS = /^(supply|family|rally|assembly|monopoly|oligopoly|ally|italy|july|reply|anomaly|early|daily|weekly|monthly|yearly|quarterly|likely|friendly|costly|timely|only)$/;
/** Quotation marks that may open or close a quoted name inside a noun phrase: the 'phase one' deal. */
const OPEN_QUOTE = /^['‘"“]$/;
const CLOSE_QUOTE = /^['’"”]$/;

export function isCapitalised(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text);
}

/** A value phrase ending right before token `i` ("$15 billion" before "in financing"). */
export function valueEndingBefore(tokens: Token[], i: number, text: string): ValuePhrase | undefined {
  for (let from = Math.max(0, i - 6); from < i; from++) {
    const v = valueAt(tokens, from, text);
    if (v && v.to === i) return v;
  }
  return undefined;
}

/** Short forms of a deal noun written in brackets after it: "Memorandum of Understanding (MoU)". */
const DEAL_SHORT_FORMS = /^(MoUs?|MOUs?|JVs?|PPAs?|FTAs?|PPPs?|SPAs?|LOIs?|LoIs?|SHA|EPC)$/;

export interface LeftEdge {
  index: number;
  determiner: boolean;
  value?: ValuePhrase;
  possessive: boolean;
  modifiers: string[];
}

/**
 * When token `i` closes a short quotation (a quote mark, or a word the tokenizer read with the
 * closing quote glued on: "one’"), the index of the opening quote mark; else -1.
 */
function closingQuoteAt(tokens: Token[], i: number): number {
  const t = tokens[i];
  const closes = (t.kind === 'punct' && CLOSE_QUOTE.test(t.text)) || (t.kind === 'word' && /[^s]['’]$/.test(t.text));
  if (!closes) return -1;
  for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
    const q = tokens[j];
    if (q.kind === 'punct' && OPEN_QUOTE.test(q.text) && tokens[j + 1]?.start === q.end) return j;
    if (q.kind === 'punct' && q.text !== '-') return -1;
  }
  return -1;
}

/**
 * Plural nouns that modify deal nouns ("a critical minerals deal", "a rare earths supply pact").
 * Any other lower-case word in -s between a noun and the deal noun is read as a verb that ends
 * the phrase: "the US Congress [oversees] trade deals", "use of this site [constitutes] agreement".
 */
const PLURAL_MODIFIERS = new Set(`minerals metals earths arms goods services sales rights resources materials assets supplies
  exports imports weapons batteries magnets elements commodities securities parts chips tariffs jobs products loans bonds
  shares royalties mines projects operations technologies systems ports savings emissions credits fuels oilseeds grains
  semiconductors minerals-for-security news`.split(/\s+/));

/** Words in -s that are neither plurals nor verbs. */
const NOT_VERBS = new Set(['overseas', 'always', 'perhaps', 'sometimes', 'besides', 'afterwards', 'whereas', 'thus', 'plus', 'gas']);

function looksLikeVerb(tokens: Token[], i: number, known: KnownSpan[]): boolean {
  const t = tokens[i];
  // (A hyphenated word is a modifier: "a 15-year naming-rights deal".)
  if (t.kind !== 'word' || isCapitalised(t) || t.lower.includes('-') || !/[^su]s$/.test(t.lower) || /(ss|is|ous)$/.test(t.lower) || PLURAL_MODIFIERS.has(t.lower) || NOT_VERBS.has(t.lower)) return false;
  const before = tokens[i - 1];
  // "its cobalt tailings concession", "a lithium brines deal": after a metal the word is the plural it modifies.
  if (mineralAt(before, known)) return false;
  // A verb has its subject right before it: a noun or a name, not a determiner.
  return before !== undefined && before.kind === 'word' && !DETERMINERS.has(before.lower) && !/[’']s$/.test(before.text);
}

/** "of", "and" inside a capitalised agreement's name: the Status of Forces Agreement, the Law and Order Pact. */
function insideCapitalisedName(tokens: Token[], i: number, head: number): boolean {
  return isCapitalised(tokens[head]) && /^(of|and|on|for)$/.test(tokens[i].lower) && i > 0 && isCapitalised(tokens[i - 1]) && isCapitalised(tokens[i + 1]);
}

/** Deal nouns: a list of modifiers holds none ("a supply deal and cobalt contract" is two phrases). */
const DEAL_NOUNS = /^(agreements?|deals?|contracts?|pacts?|partnerships?|ventures?|loans?|stakes?|accords?|memorand\w*|mous?|treaties|treaty)$/;

/**
 * How many lower-case modifiers stand between the conjunction at `i` and an article before them
 * (commas between them allowed, at most three words): "a waste disposal [and]" → 2; else 0.
 */
function wordsBeforeArticle(tokens: Token[], i: number): number {
  let words = 0;
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const t = tokens[k];
    if (t.text === ',' && words > 0) continue;
    if (t.kind !== 'word' || (t.text !== t.lower && !MEDIUM_INITIALS.test(t.text))) return 0;
    if (/^(a|an|the)$/.test(t.lower)) return words;
    if (LEFT_STOPS.has(t.lower) || DEAL_NOUNS.test(t.lower) || (/ly$/.test(t.lower) && !NOT_ADVERBS.test(t.lower)) || words === 3) return 0;
    words++;
  }
  return 0;
}

/** An article at `k`, or one before a hyphenated length there: "the", "the 20-year". */
function articleAt(tokens: Token[], k: number): boolean {
  const article = (j: number) => /^(a|an|the|this|its|their)$/.test(tokens[j]?.lower ?? '');
  if (article(k) || (!!tokens[k] && tokens[k].lower.includes('-') && article(k - 1))) return true;
  // "the 20-year": the tokens of a number, a hyphen and a unit.
  return tokens[k - 1]?.text === '-' && tokens[k - 2]?.kind === 'number' && article(k - 3);
}

/** Common adjectives without an adjective's ending, which may open a pair set off by a comma. */
const SHORT_ADJECTIVES = /^(broad|wide|huge|large|vast|bold|brief|deep|full|high|low|rich|tight|vague|swift|quick|sweeping|landmark|rare|broad-based)$/;

/**
 * A comma at `c` between two adjectives of one deal, the first right after "a" or "an": "a new,
 * post-Brexit trade deal", "a comprehensive, legally binding agreement" (not "in a statement,
 * trade deals", whose plural takes no "a").
 */
function coordinateComma(tokens: Token[], c: number, head: number): boolean {
  const first = tokens[c - 1];
  return (
    tokens[c]?.text === ',' &&
    first?.kind === 'word' &&
    first.text === first.lower &&
    (ADJECTIVE_LIKE.test(first.lower) || SHORT_ADJECTIVES.test(first.lower)) &&
    !LEFT_STOPS.has(first.lower) &&
    !DEAL_NOUNS.test(first.lower) &&
    /^(a|an)$/.test(tokens[c - 2]?.lower ?? '') &&
    !/s$/.test(tokens[head].lower)
  );
}

export function walkLeft(tokens: Token[], head: number, text: string, known: KnownSpan[] = []): LeftEdge {
  let i = head - 1;
  let value: ValuePhrase | undefined;
  const modifiers: string[] = [];
  let possessive = false;
  let steps = 0;
  let pendingConjunction = -1;
  // Right after the comma of a list of modifiers: the word there is the list's first item ("radio, streaming and media").
  let afterListComma = false;
  let pairPending = false;
  let namesPending = false;
  let wordsToArticle = 0;
  while (i >= 0 && steps < 9) {
    const t = tokens[i];
    // "EU-U.S. trade deal": a dot glued to the word before it is part of that word.
    if (t.kind === 'punct' && t.text === '.' && i > 0 && tokens[i - 1].end === t.start) {
      i--;
      continue;
    }
    // A quoted name inside the phrase ("the “phase one” trade deal"): walk over it whole.
    const quoteOpen = closingQuoteAt(tokens, i);
    if (quoteOpen >= 0) {
      for (let q = i; q > quoteOpen; q--) if (tokens[q].kind === 'word') modifiers.push(tokens[q].lower.replace(/['’]$/, ''));
      i = quoteOpen - 1;
      steps++;
      continue;
    }
    // "a “substantial deal” with China": a quotation opened inside the phrase and closed right after its noun.
    if (t.kind === 'punct' && OPEN_QUOTE.test(t.text) && tokens[i + 1]?.start === t.end && tokens[head + 1]?.kind === 'punct' && CLOSE_QUOTE.test(tokens[head + 1].text) && tokens[head + 1].start === tokens[head].end && i > 0 && DETERMINERS.has(tokens[i - 1].lower)) {
      i--;
      steps++;
      continue;
    }
    // "$200 million worth of loans", "two hundred million US dollars (Rs 26.51 billion) worth of loans":
    // a value, perhaps converted in brackets, then "worth of" right before the noun.
    if (t.lower === 'of' && i === head - 1 && tokens[i - 1]?.lower === 'worth' && !value) {
      let e = i - 1;
      if (tokens[e - 1]?.text === ')') {
        const open = tokens.slice(Math.max(0, e - 8), e - 1).map((x) => x.text).lastIndexOf('(');
        if (open >= 0) e = Math.max(0, e - 8) + open;
      }
      const v = valueEndingBefore(tokens, e, text);
      // (The phrase starts at the value: what stands before it is the verb that gives it.)
      if (v) return { index: v.from, determiner: false, value: v, possessive, modifiers };
    }
    // "a £7 billion ($8.46 billion) agreement": a value converted in brackets after the value.
    if (t.text === ')' && !value) {
      const open = tokens.lastIndexOf(tokens.slice(Math.max(0, i - 6), i).reverse().find((x) => x.text === '(') as Token, i);
      if (open > 0 && tokens.slice(open + 1, i).some((x) => x.kind === 'number') && (tokens[open - 1].kind === 'number' || /^(million|billion|trillion|bn|m|mn)$/.test(tokens[open - 1].lower))) {
        i = open - 1;
        steps++;
        continue;
      }
    }
    // "its Just Energy Transition Partnership (JETP) deal": an acronym in brackets after the name it shortens.
    if (t.text === ')' && tokens[i - 2]?.text === '(' && tokens[i - 1]?.kind === 'word' && /^[A-Z]{2,6}$/.test(tokens[i - 1].text) && i - 2 > 0 && tokens[i - 3].kind === 'word') {
      i -= 3;
      steps++;
      continue;
    }
    // "a waste disposal and recycling contract", "the engineering, procurement & construction contract":
    // the words of a list of modifiers, walked to the article found before the conjunction.
    if (wordsToArticle > 0 && (t.text === ',' || (t.kind === 'word' && (t.text === t.lower || MEDIUM_INITIALS.test(t.text))))) {
      if (t.kind === 'word') {
        modifiers.push(t.lower);
        wordsToArticle--;
      }
      i--;
      steps++;
      continue;
    }
    if (t.text === '&' && modifiers.length && pendingConjunction < 0) {
      const words = wordsBeforeArticle(tokens, i);
      if (words > 0) {
        pendingConjunction = i;
        wordsToArticle = words;
        i--;
        steps++;
        continue;
      }
    }
    // "a two-year, $30 million deal": a comma between a length and the value.
    const lengthThenValue = t.text === ',' && value && value.from === i + 1 && /-(year|month|week|season|game|fight|album|book|picture|film)s?$/.test(tokens[i - 1]?.lower ?? '');
    if (modifiers.length > 0 && coordinateComma(tokens, i, head)) {
      i--;
      steps++;
      continue;
    }
    // "a seven-year TV, streaming and media rights deal": the comma of a list of modifiers before its "and".
    const listComma = t.text === ',' && pendingConjunction > i && tokens[i - 1]?.kind === 'word' && (tokens[i - 1].text === tokens[i - 1].lower || MEDIUM_INITIALS.test(tokens[i - 1].text)) && !LEFT_STOPS.has(tokens[i - 1].lower);
    if (listComma) {
      afterListComma = true;
      i--;
      steps++;
      continue;
    }
    if (t.kind === 'punct' && !/^[-–'’]$/.test(t.text) && !lengthThenValue) break;
    // ("$60B": a lone scale letter glued to its number ends a value too; "an 8 billion pound bid", "a 2 billion euros deal": a currency's name.)
    const gluedScale = t.kind === 'word' && /^[bk]$/.test(t.lower) && tokens[i - 1]?.kind === 'number' && tokens[i - 1].end === t.start;
    if (t.kind === 'number' || t.kind === 'currency' || t.kind === 'percent' || gluedScale || /^(million|billion|trillion|bn|m|mn|mln|bln|percent|per|cent|usd|us|dollars?|pounds?|euros?|crores?|cr|lakhs?|rupees?|inr|pkr|lkr|bdt|taka)$/.test(t.lower)) {
      const v = valueEndingBefore(tokens, i + 1, text);
      if (v) {
        value = v;
        i = v.from - 1;
        steps++;
        continue;
      }
      if (t.kind === 'number') {
        i--;
        steps++;
        continue;
      }
    }
    if (t.kind === 'word') {
      // "the winger, whose contract expires": a relative's possessive points at one deal ("firms whose contracts" at a kind).
      // ("'Whose deal is it?'" opening a sentence or a quote asks whose turn it is.)
      const whose = t.lower === 'whose' && !/s$/.test(tokens[head].lower) && i > 0 && !/^["'‘“]$/.test(tokens[i - 1].text);
      if (DETERMINERS.has(t.lower) || whose) {
        let start = i;
        if (i > 0 && PRE_DETERMINER.has(tokens[i - 1].lower)) start = i - 1;
        return { index: start, determiner: true, value, possessive, modifiers };
      }
      // "began weren't free agent deals": a negated auxiliary is a verb, never a modifier.
      if (/n['’]t$/.test(t.lower)) break;
      // "the fund exchanged contracts": the verb of a property sale agreed, not a modifier.
      if (i === head - 1 && tokens[head].lower === 'contracts' && t.lower === 'exchanged') break;
      if (/[’']s?$/.test(t.text) && t.text.length > 2 && !/^(it|it’|it')s$/i.test(t.text)) {
        // "the miner's $10bn takeover", "Freeport-McMoRan’s 95 per cent stake"
        possessive = true;
        const before = tokens[i - 1];
        if (before && DETERMINERS.has(before.lower)) return { index: i - 1, determiner: true, value, possessive, modifiers };
        if (before && before.kind === 'word' && isCapitalised(before) && isCapitalised(t)) {
          let k = i - 1;
          while (k > 0 && tokens[k - 1].kind === 'word' && isCapitalised(tokens[k - 1]) && !LEFT_STOPS.has(tokens[k - 1].lower)) k--;
          return { index: k, determiner: true, value, possessive, modifiers };
        }
        return { index: i, determiner: true, value, possessive, modifiers };
      }
      if (t.lower === 'of' && i > 1 && QUANTITY_HEADS.has(tokens[i - 1].lower) && DETERMINERS.has(tokens[i - 2].lower)) {
        return { index: i - 2, determiner: true, value, possessive, modifiers };
      }
      // "an equal and good international deal": a conjunction between modifiers, if a
      // determiner turns up further left; otherwise the phrase starts after it.
      // Left of the conjunction only modifiers lead to the determiner: "an equal and fair deal",
      // not "[the talks stalled] and supply deals with Tokyo".
      // (A length or a medium's initials lead to the determiner too: "a seven-year TV, streaming and media rights deal".)
      const listItem = afterListComma;
      afterListComma = false;
      if (pendingConjunction >= 0 && !listItem && !ADJECTIVE_LIKE.test(t.lower) && !LENGTH_MODIFIER.test(t.lower) && !MEDIUM_INITIALS.test(t.text) && !/ly$|^very$/.test(t.lower) && !mineralAt(t, known) && !(pairPending && (articleAt(tokens, i - 1) || articleAt(tokens, i))) && !(namesPending && isCapitalised(t))) break;
      const leftWord = tokens[i - 1];
      // "a copper and cobalt deal": minerals on both sides are modifiers too.
      // "a copper deal and cobalt deal" is two deals ("deal" ends like an adjective).
      const mineralsAround = mineralAt(leftWord, known) && mineralAt(tokens[i + 1], known);
      const anotherHead = leftWord?.lower === tokens[head].lower;
      // ("the sale and purchase agreement", "a research and development pact": two singular nouns joined right after the article.)
      const pairAfterArticle = leftWord?.kind === 'word' && leftWord.text === leftWord.lower && !/s$/.test(leftWord.lower) && articleAt(tokens, i - 2) && modifiers.length === 1;
      // ("the KHNP and EDU II contract": two parties' names joined before the noun.)
      const namePair = leftWord?.kind === 'word' && isCapitalised(leftWord) && !LEFT_STOPS.has(leftWord.lower) && isCapitalised(tokens[i + 1]) && tokens.slice(i + 1, head).every((x) => x.kind === 'word' && isCapitalised(x));
      // ("a waste disposal and recycling contract": a list of lower-case modifiers after an article.)
      const listWords = t.lower === 'and' && !namePair ? wordsBeforeArticle(tokens, i) : 0;
      if ((t.lower === 'and' || t.lower === 'or') && modifiers.length && pendingConjunction < 0 && leftWord && !anotherHead && (ADJECTIVE_LIKE.test(leftWord.lower) || mineralsAround || pairAfterArticle || namePair || listWords > 1)) {
        pendingConjunction = i;
        pairPending = pairAfterArticle;
        namesPending = namePair;
        if (!ADJECTIVE_LIKE.test(leftWord.lower) && !mineralsAround && !pairAfterArticle && !namePair) wordsToArticle = listWords;
        i--;
        steps++;
        continue;
      }
      if (insideCapitalisedName(tokens, i, head)) {
        modifiers.push(t.lower);
        i--;
        steps++;
        continue;
      }
      // "the largest such deal": "such" after a superlative or an ordinal is one more modifier.
      const ranked = t.lower === 'such' && /^(\w+est|first|only|last|latest|second|third)$/.test(tokens[i - 1]?.lower ?? '');
      // ("a previously awarded contract": a participle after an adverb after the article is a modifier, not the verb that made the deal.)
      const adverbed = /ed$/.test(t.lower) && /ly$/.test(tokens[i - 1]?.lower ?? '') && /^(a|an|the)$/.test(tokens[i - 2]?.lower ?? '');
      // ("the negotiated contract": a participle right after the article; "the most expensive deal": a superlative.)
      const afterArticle = /^(a|an|the|its|their)$/.test(tokens[i - 1]?.lower ?? '');
      const participle = /ed$/.test(t.lower) && afterArticle && t.text === t.lower;
      const superlative = t.lower === 'most' && modifiers.length > 0 && afterArticle && !/s$/.test(tokens[head].lower);
      if (LEFT_STOPS.has(t.lower) && !ranked && !adverbed && !participle && !superlative) break;
      // A hyphenated word is a modifier, not an adverb: "a confidence-and-supply agreement".
      // ("a previously awarded contract", "a similarly huge deal": an adverb of a modifier, right after the determiner, is one more modifier.)
      if (/ly$/.test(t.lower) && !isCapitalised(t) && !t.lower.includes('-') && !NOT_ADVERBS.test(t.lower) && !(modifiers.length && (/^(a|an|the)$/.test(tokens[i - 1]?.lower ?? '') || coordinateComma(tokens, i - 1, head)))) break;
      if (looksLikeVerb(tokens, i, known)) break;
      modifiers.push(t.lower);
    }
    i--;
    steps++;
  }
  if (pendingConjunction >= 0) return { index: pendingConjunction + 1, determiner: false, value, possessive, modifiers };
  return { index: i + 1, determiner: false, value, possessive, modifiers };
}

/**
 * At `j`, a place's initials or name, "-based" and a capitalised name ("Neb.-based Bryan Health",
 * "Pa.-based Geisinger"): the index of that name's first word; else -1.
 */
function basedNameAfter(tokens: Token[], j: number, end: number): number {
  // "Ohio-based Kettering Care": one word.
  if (tokens[j]?.kind === 'word' && /^\p{Lu}[\p{L}.]*-based$/u.test(tokens[j].text)) return j + 1 < end && tokens[j + 1].kind === 'word' && isCapitalised(tokens[j + 1]) ? j + 1 : -1;
  let k = j;
  while (k < end && k < j + 4 && (tokens[k].text === '.' || (tokens[k].kind === 'word' && isCapitalised(tokens[k])))) k++;
  if (k === j || tokens[k]?.text !== '-' || tokens[k + 1]?.lower !== 'based') return -1;
  const name = tokens[k + 2];
  return k + 2 < end && name?.kind === 'word' && isCapitalised(name) ? k + 2 : -1;
}

/** Walks over a noun phrase naming a party or an asset; returns the index after it. */
function walkNounPhrase(tokens: Token[], i: number, end: number, allowApposition: boolean, known: KnownSpan[] = []): number {
  let k = i;
  let words = 0;
  while (k < end && words < 12) {
    const t = tokens[k];
    if (t.kind === 'punct') {
      // "with Lincoln, Neb.-based Bryan Health": a town and its state's "-based" before the name they place.
      if (t.text === ',' && k > i && isCapitalised(tokens[k - 1]) && isCapitalised(tokens[k + 1] ?? t)) {
        const based = basedNameAfter(tokens, k + 1, end);
        if (based > 0) {
          k = based;
          continue;
        }
      }
      if (t.text === '(' ) {
        const close = tokens.findIndex((x, j) => j > k && x.text === ')');
        if (close > 0 && close < end && close - k < 14) {
          k = close + 1;
          continue;
        }
      }
      if (/^[-–&/]$/.test(t.text) && k + 1 < end && tokens[k + 1].kind === 'word') {
        k++;
        continue;
      }
      // An apposition describes an organisation ("with Maaden, the state mining company");
      // after a country, ", a figure that..." starts a new thought.
      const afterCountry = k > 0 && known.some((m) => m.type === 'country' && m.end === tokens[k - 1].end);
      if (t.text === ',' && allowApposition && !afterCountry && k + 1 < end && DETERMINERS.has(tokens[k + 1].lower) && tokens[k + 1].lower !== 'which') {
        // ", a Canadian junior miner" / ", the state mining company of Saudi Arabia"
        let j = k + 2;
        while (j < end && tokens[j].kind !== 'punct' && !RIGHT_STOPS.has(tokens[j].lower)) j++;
        // ", a significant step toward..." describes the deal, not the party: not part of the phrase.
        if (!ORGANISATION_HEADS.test(tokens[j - 1].lower)) break;
        while (j < end && tokens[j].lower === 'of' || (j < end && tokens[j].lower === 'in' && j + 1 < end && tokens[j + 1].lower === 'the')) {
          j++;
          while (j < end && tokens[j].kind !== 'punct' && !RIGHT_STOPS.has(tokens[j].lower)) j++;
        }
        return j;
      }
      break;
    }
    // "the US Department of Defense", "Bank of China": "of" between capitalised words is part of a name.
    // "the government of Chile", "the central bank of the Philippines": an organisation of a named place.
    const named = (j: number) => j < end && (isCapitalised(tokens[j]) || (tokens[j].lower === 'the' && j + 1 < end && isCapitalised(tokens[j + 1])));
    const ofInName = t.lower === 'of' && k > i && (isCapitalised(tokens[k - 1]) || ORGANISATION_HEADS.test(tokens[k - 1].lower)) && named(k + 1);
    if (t.kind === 'word' && RIGHT_STOPS.has(t.lower) && !ofInName && !(t.lower === 'and' && k + 1 < end && isCapitalised(tokens[k + 1]) && words > 0)) break;
    if (t.kind === 'word' && words > 0 && COMPLEMENT_VERBS.has(t.lower)) break;
    // "The agreements with Ghana [cover] bauxite": a plural's verb, in lower case, right after a
    // name, which no such word goes on naming.
    if (t.kind === 'word' && words > 0 && BASE_VERBS.has(t.text) && isCapitalised(tokens[k - 1])) break;
    // "with the BBC [produced] a podcast", "with the studio [barred] him": a verb in -ed or -s before
    // its object; a participle before a noun stays ("with the expanded BRICS bloc").
    if (t.kind === 'word' && words > 0 && t.text === t.lower && t.lower.length > 3 && /(ed|[^su's]s)$/.test(t.lower) && VERB_OBJECT_START.test(tokens[k + 1]?.lower ?? '')) break;
    // "with the transit union [late] on Sunday": a time adverbial.
    if (t.lower === 'late' && words > 0 && /^(on|in|last|this|that|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(tokens[k + 1]?.lower ?? '')) break;
    k++;
    words++;
    // As written, lower case: "with US miners" names the country.
    if (t.kind === 'word' && OBJECT_PRONOUNS.has(t.text)) break;
  }
  return k;
}

/**
 * The value after "worth" or "valued at" at token `k` ("worth about $2 billion"), or after the
 * sums' words "amounting to" and "totalling" ("loans amounting to $410 million to Zambia").
 */
function worthValue(tokens: Token[], k: number, text: string): ValuePhrase | undefined {
  const w = tokens[k]?.lower;
  const oneWord = w === 'worth' || w === 'totalling' || w === 'totaling';
  if (!oneWord && !((w === 'valued' && tokens[k + 1]?.lower === 'at') || (w === 'amounting' && tokens[k + 1]?.lower === 'to'))) return undefined;
  let at = oneWord ? k + 1 : k + 2;
  // "worth a combined $4 billion", "worth a total of $2 billion".
  if (/^(a|an)$/.test(tokens[at]?.lower ?? '') && /^(combined|total|estimated|reported)$/.test(tokens[at + 1]?.lower ?? '')) at += tokens[at + 2]?.lower === 'of' ? 3 : 2;
  // "valued at up to a combined $6.38 billion".
  if (tokens[at]?.lower === 'up' && tokens[at + 1]?.lower === 'to' && /^(a|an)$/.test(tokens[at + 2]?.lower ?? '') && /^(combined|total|estimated)$/.test(tokens[at + 3]?.lower ?? '')) at += tokens[at + 4]?.lower === 'of' ? 5 : 4;
  const skip = /^(about|around|nearly|almost|some|roughly|over|more|up)$/.test(tokens[at]?.lower ?? '') ? 1 : 0;
  return valueAt(tokens, at + skip, text) ?? (tokens[at + skip + 1] && valueAt(tokens, at + skip + 1, text));
}

/** Count words that open what a deal covers: "for four container ships", "for another three". */
const COVERED_COUNT = /^(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|several)$/;

/**
 * After "for" at `k`: a counted thing ("four container ships", "another three") of at most five
 * words, with "worth", "valued", "with" or "between" right after it; returns that word's index, or -1.
 */
function countedThenComplement(tokens: Token[], k: number): number {
  let j = k;
  if (/^(another|further)$/.test(tokens[j]?.lower ?? '')) j++;
  const count = tokens[j];
  if (!count || !(count.kind === 'number' || (count.kind === 'word' && COVERED_COUNT.test(count.lower)))) return -1;
  j++;
  const last = j + 5;
  while (j < last && tokens[j]?.kind === 'word' && !/^(worth|valued|with|between|and|or|to|for|in|at|on|by|from|that|which)$/.test(tokens[j].lower)) j++;
  return tokens[j]?.kind === 'word' && /^(worth|valued|with|between)$/.test(tokens[j].lower) ? j : -1;
}

/** Extends a deal phrase to the right over party, asset and value complements. */
export function walkRight(tokens: Token[], head: number, cls: DealWordClass, text: string, known: KnownSpan[]): { end: number; value?: ValuePhrase; party?: { from: number; to: number } } {
  let k = head + 1;
  let value: ValuePhrase | undefined;
  let party: { from: number; to: number } | undefined;
  let asset = false;
  const n = tokens.length;
  // "a “substantial deal” with China": the quotation closed right after the noun is not the phrase's end.
  if (tokens[k]?.kind === 'punct' && CLOSE_QUOTE.test(tokens[k].text) && tokens[k].start === tokens[head].end && tokens[k + 1]?.kind === 'word' && /^(with|between)$/.test(tokens[k + 1].lower)) k++;
  for (let guard = 0; guard < 4 && k < n; guard++) {
    const t = tokens[k];
    // "14 Memoranda of Understanding (MoU) worth Rs 21,000 crore": the noun's short form in brackets
    // right after it is still the noun; the phrase goes on after it (not "a deal (AP)", a credit).
    if (t.text === '(' && k === head + 1 && tokens[k + 2]?.text === ')' && tokens[k + 1]?.kind === 'word' && DEAL_SHORT_FORMS.test(tokens[k + 1].text)) {
      k += 3;
      continue;
    }
    // "The deal, worth $1.2 billion, closes": a value set off by commas is still the phrase's.
    if (t.text === ',' && !value) {
      const v = worthValue(tokens, k + 1, text);
      if (!v) break;
      value = v;
      k = v.to;
      continue;
    }
    if (t.kind !== 'word') break;
    const w = t.lower;
    if (VALUE_WORDS.has(w)) {
      const v = worthValue(tokens, k, text);
      if (!v) break;
      value = v;
      k = v.to;
      continue;
    }
    if (w === 'of') {
      // "a debt facility of up to $34 million": a ceiling of money is the phrase's value too ("offtake
      // of up to 30% of output" is a share of a mine's product, not the deal's size).
      const ceiling = tokens[k + 1]?.lower === 'up' && tokens[k + 2]?.lower === 'to';
      const skip = ceiling ? 2 : /^(about|around|nearly|almost|some|roughly|up)$/.test(tokens[k + 1]?.lower ?? '') ? 1 : 0;
      const found = valueAt(tokens, k + 1 + skip, text);
      const v = ceiling && !found?.currency ? undefined : found;
      if (v) {
        value = v;
        k = v.to;
        if (tokens[k]?.lower === 'of' && /^(financing|funding|credit|loans?)$/.test(tokens[k + 1]?.lower ?? '')) k += 2;
        continue;
      }
      if (cls === 'contract' && /^(interest|intent)$/.test(tokens[k + 1]?.lower ?? '')) {
        k += 2;
        continue;
      }
      // "the takeover of Allkem", "its acquisition of Activision", "its purchase of Mobil": the company bought is the phrase's asset.
      if (/^(takeovers?|acquisitions?|purchases?)$/.test(tokens[head].lower)) {
        const end = walkNounPhrase(tokens, k + 1, n, false, known);
        if (end === k + 1) break;
        k = end;
        continue;
      }
      break;
    }
    // "the investment by the Saudi fund": the investor is a party.
    // "approved the agreement with a 26-12 vote": a margin, not a party.
    if (w === 'with' && /^(a|an)$/.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.kind === 'number') break;
    if (w === 'with' || w === 'between' || (w === 'from' && (cls === 'money' || cls === 'contract')) || (w === 'by' && cls === 'money') || (w === 'for' && isPartyStart(tokens, k + 1))) {
      if (w === 'for' && !(cls === 'money' || cls === 'contract')) break;
      const end = walkNounPhrase(tokens, k + 1, n, w === 'with', known);
      if (end === k + 1) break;
      let stop = end;
      if (w === 'between') {
        // "between A (HCL), B (MECL) and C": a list of parties.
        while (tokens[stop]?.text === ',' && tokens[stop + 1] && isCapitalised(tokens[stop + 1]) && tokens[stop + 1].lower !== 'the') {
          const next = walkNounPhrase(tokens, stop + 1, n, false);
          if (next === stop + 1) break;
          // A list item goes on with a comma or "and", or is the last one ("and MECL"); otherwise
          // the comma opens an aside: "between Vale and Lynas, Iluka's chief said".
          const listGoesOn = tokens[next]?.text === ',' || tokens[next]?.lower === 'and' || tokens.slice(stop + 1, next).some((x) => x.lower === 'and');
          if (!listGoesOn) break;
          stop = next;
        }
        if (tokens[stop]?.text === ',' && tokens[stop + 1]?.lower === 'and') stop++;
        if (tokens[stop]?.lower === 'and') stop = walkNounPhrase(tokens, stop + 1, n, false);
      }
      party = { from: k + 1, to: stop };
      k = stop;
      continue;
    }
    // "loans to Greece", "a credit line to Zambia": the borrower is a party.
    if (w === 'to' && cls === 'money' && namedAt(tokens, k + 1, known)) {
      // Only the name: "loans to Laos [financed a railway]"; after a possessive, what it owns ("to Mongolia's copper mine").
      let end = k + 1;
      while (end < n && tokens[end].kind === 'word' && (isCapitalised(tokens[end]) || known.some((m) => m.type === 'country' && m.start === tokens[end].start))) end++;
      if (/[’']s$/.test(tokens[end - 1].text)) end = walkNounPhrase(tokens, end, n, false, known);
      party = { from: k + 1, to: end };
      k = end;
      continue;
    }
    // "time charter deals for four container ships worth $600 million with two Greek owners", "turbine
    // contracts for another three with Vestas": a count of what the deal covers, then its value or its party, is
    // still the phrase (a count alone ends it: "contracts for two ships [were signed]").
    if (w === 'for' && !value && !party) {
      const past = countedThenComplement(tokens, k + 1);
      if (past > 0) {
        k = past;
        continue;
      }
    }
    // "its stake in the hotel chain for $800 million": the price of a stake too.
    if (w === 'for' && (cls === 'contract' || cls === 'money' || cls === 'stake')) {
      const v = valueAt(tokens, k + 1, text);
      if (v) {
        value = v;
        k = v.to;
        if (tokens[k]?.lower === 'of' && /^(financing|funding)$/.test(tokens[k + 1]?.lower ?? '')) k += 2;
        continue;
      }
      break;
    }
    if (w === 'in' && (cls === 'stake' || cls === 'money') && !asset) {
      // One asset only: "its stake in a cobalt mine [in 2016]".
      asset = true;
      if (cls === 'money' && !/^(financing|funding|loans?)$/.test(tokens[head].lower)) {
        // "an investment in X": keep the asset only for stakes; investments stop here.
        break;
      }
      const end = walkNounPhrase(tokens, k + 1, n, false);
      if (end === k + 1) break;
      k = end;
      continue;
    }
    break;
  }
  return { end: tokens[k - 1].end, value, party };
}

function mineralAt(t: Token | undefined, known: KnownSpan[]): boolean {
  return !!t && known.some((m) => m.type === 'mineral' && m.start <= t.start && t.end <= m.end);
}

/** A name or a known country starts at token `i` (not "the", not a lower-case word). */
function namedAt(tokens: Token[], i: number, known: KnownSpan[]): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return false;
  return (isCapitalised(t) && !/^(The|A|An|This|That|Its|Their)$/.test(t.text)) || known.some((m) => m.type === 'country' && m.start === t.start);
}

function isPartyStart(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && t.kind === 'word' && isCapitalised(t) && /[’']s$/.test(t.text);
}
