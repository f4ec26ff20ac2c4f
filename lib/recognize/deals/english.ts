/**
 * English deal phrases: a deal noun found by the scanner ("agreement", "stake", "joint
 * venture"...) grows into the noun phrase around it, from its determiner or value to the
 * complements that name a party, an asset or a value ("a $565 million financing deal with the
 * company", "a 10% stake in Korea Zinc"). Phrases with no determiner, value or party are generic
 * talk ("trade agreements", "foreign investment") and are not deals.
 */
import { isTitleCase } from '../context.ts';
import type { DealWordClass } from '../lexicon/deal-words.ts';
import { notADeal } from './not-deals.ts';
import { notANoun, SPECIFIC_PLURAL, specificity } from './specific.ts';
import { COUNT_WORD, tokenize, type Token, type ValuePhrase } from './tokens.ts';
import { DETERMINERS, isCapitalised, valueEndingBefore, walkLeft, walkRight, type KnownSpan } from './walk.ts';

export type { KnownSpan } from './walk.ts';

/**
 * Verbs a headline puts right before a bare deal noun, where running text would have "an" or
 * "a": "Lynas Signs Lithium Agreement", "Saudi Fund Takes Stake In Vale".
 */
const HEADLINE_DEAL_VERBS = /^(reach|reaches|confirms?|pens?|signs?|inks?|seals?|strikes?|clinch|clinches|secures?|wins?|bags?|agrees?|announces?|launch|launches|completes?|finalises?|finalizes?|takes?|buys?|acquires?|sells?|lands?|unveils?|ends?|scraps?|renews?|extends?|ratif(?:y|ies)|approves?|terminates?|backs?|pass|passes)$/;
/**
 * What may follow the noun in such a headline: a preposition or nothing ("Wins Contract To Build"),
 * not a noun it modifies ("Wins Contract Vote"); or "that" opening a clause about it ("unions
 * reach pay deal that ends strike").
 */
const AFTER_HEADLINE_NOUN = /^(in|with|for|to|on|from|over|worth|at|of|after|amid|as|despite|following|before|against|by|until|through|during|under|between|ahead|that)$/;
/**
 * Or a participle that opens a clause about the deal: "Sign Minerals Deal Setting Up Fund", "Sign
 * Framework Agreement Opening Access to Lithium" ("Deal Funding Talks" has no opener after it).
 */
function clauseAfterHeadlineNoun(tokens: Token[], i: number): boolean {
  const word = tokens[i];
  const next = tokens[i + 1];
  return !!word && !!next && word.kind === 'word' && /ing$/.test(word.lower) && word.lower.length > 5 && next.kind === 'word' && /^(up|out|off|to|for|on|in|a|an|the|its|their|new|access)$/.test(next.lower);
}
/** A headline's verb in the present, capitalised: "Puts", "Lifts", "Gives" (not "Pass", not a plural noun the deal word modifies, which notANoun has dropped). */
function headlineSubjectVerb(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.text !== t.lower && /[^su]s$/.test(t.lower) && t.lower.length > 3;
}
/** Participles of making a deal after a headline's bare noun: "Pact Signed Between...", "Accord reached on...". */
const MADE_PARTICIPLE = /^(signed|agreed|reached|struck|sealed|inked|approved|completed|finalised|finalized|announced|ratified|renewed|extended)$/;
/** Conjunctions that open a headline's second clause: "...After Deal Collapses". */
const HEADLINE_CLAUSE_OPENERS = /^(after|as|amid|before|until|once|when|because|since|while)$/;
/** A phrasal headline verb's particle and preposition, not part of the phrase: "City Signs Off on Waste Contract". */
const HEADLINE_VERB_TAIL = /^(off|up|on|for)$/;

export interface DealTrigger {
  start: number;
  end: number;
  cls: DealWordClass;
}

export interface DealPhrase {
  start: number;
  end: number;
  value?: ValuePhrase;
  /** Offsets of the phrase's party complement, if any ("with Australia"). */
  party?: { start: number; end: number };
  /** The head's class and what made the phrase specific (for the debug output). */
  cls: DealWordClass;
  specific: string;
}

/**
 * What the earlier sentences of one text said of deals, carried from sentence to sentence (one
 * object per text, made by the caller): the families of deal words they spoke of as a kind, and
 * where the first deal kept stands. An explainer defines a kind ("A plea deal is an agreement
 * between...") and goes on about "the agreement" with no one named: that is the kind again, not a
 * deal told of, unless a deal was reported before it.
 */
export interface TextDeals {
  /** Bits of familyBit(): families of deal words an earlier sentence spoke of as a kind. */
  kinds: number;
  /** Offset of the first deal kept in the text (a phrase, or a deal's name), Infinity while none. */
  firstKept: number;
  /** Offset of the first programme named a New Deal or a Green Deal, -1 when none; read once, when first needed. */
  programmeAt?: number;
}

/** Reasons a phrase was dropped that speak of a kind of deal, not of none at all. */
const KIND_REASONS = new Set(['a kind defined or in general', 'the usual kind', 'generic plural', 'generic plural with no one named', 'a kind told to the reader', 'a kind compared', 'any deal at all', 'a deal in general', 'a kind in a list', 'a kind in advice or explanation', 'a licence to use software, spoken of']);
/** A bare plural with nothing that points at some ("Plea agreements are common"): a kind too. */
const BARE = 'no determiner, value or party';
/** A Han character, and the run of them that ends a string (the Chinese words before initials). */
const HAN = /\p{Script=Han}/u;
const HAN_RUN_BEFORE = /\p{Script=Han}+$/u;
/** A signing among those words: 簽署的台美投資MOU. */
const SIGNED_IN_RUN = /(?:签署|簽署|签订|簽訂)/;

const SIGNED_THEN_DE = /(?:签署|簽署|签订|簽訂)[的了]?/g;
/** Where the Chinese words of initials after them start: after the signing and its 的 or 了, at the first country after that. */
function chineseInitialsStart(text: string, at: number, known: KnownSpan[]): number {
  const from = at - (HAN_RUN_BEFORE.exec(text.slice(Math.max(0, at - 12), at))?.[0].length ?? 0);
  const run = text.slice(from, at);
  let start = from;
  SIGNED_THEN_DE.lastIndex = 0;
  for (let m = SIGNED_THEN_DE.exec(run); m; m = SIGNED_THEN_DE.exec(run)) start = from + m.index + m[0].length;
  return known.find((k) => k.type === 'country' && k.start >= start && k.end <= at)?.start ?? start;
}
/** Words that tie a sentence to one event: a past tense of saying or making, a time. */
const ONE_EVENT = /^(was|were|did|had|said|says|told|announced|signed|agreed|reached|struck|sealed|inked|renewed|extended|completed|finalised|finalized|approved|ratified|awarded|won|bought|sold|took|gave|yesterday|today|tonight|last|ago)$/;
/** A policy programme named a deal: "the Green New Deal", "the European Green Deal". */
const PROGRAMME = /\b(?:New|Green) Deal\b/;
/** Whether a programme named a New Deal or a Green Deal stands in the text before `at` (the text searched once). */
function programmeBefore(textDeals: TextDeals, text: string, at: number): boolean {
  textDeals.programmeAt ??= text.search(PROGRAMME);
  return textDeals.programmeAt >= 0 && textDeals.programmeAt < at;
}
/** A verb of making a deal: "Chile agreed on Tuesday to supply it, and the deal...". */
const AGREEING = /\b(?:agreed|signed|struck|reached|sealed|inked)\b/;
/**
 * Whether a country made a deal in the sentence before `at`, after any programme: then "the deal"
 * is that one ("Under the Green Deal, Europe needs lithium. Chile agreed to supply it, and the deal
 * was welcomed").
 */
function countryAgreedBefore(text: string, from: number, at: number, known: KnownSpan[]): boolean {
  return known.some((k) => k.type === 'country' && k.start >= from && k.end <= at) && AGREEING.test(text.slice(from, at));
}
/** Determiners that point back: "the agreement", "these deals". */
const POINTING = /^(the|this|that|these|those)$/;

/** One bit per family of deal words: agreements, partnerships and contracts are named for each other ("a plea deal is an arrangement ... the agreement"). */
function familyBit(cls: DealWordClass): number {
  switch (cls) {
    case 'agreement':
    case 'understanding':
    case 'partnership':
    case 'contract':
      return 1;
    case 'framework':
      return 2;
    case 'venture':
      return 4;
    case 'stake':
      return 8;
    default:
      return 16;
  }
}

/** A name (a capital after the first word, not "I"), a number or a country in the sentence: it may tell of one case. */
function namesOne(tokens: Token[], known: KnownSpan[]): boolean {
  if (known.some((k) => k.type === 'country')) return true;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'number' || t.kind === 'currency' || (k > 0 && t.kind === 'word' && t.text !== 'I' && isCapitalised(t))) return true;
  }
  return false;
}

/** A deal word that did not become a deal, and why (debug mode). */
export interface RejectedDeal {
  start: number;
  end: number;
  why: string;
}
/**
 * The headline verb before a bare deal noun, or -1: right before its phrase, among its capitalised
 * "modifiers" ("Apple and Goldman End Credit Card Partnership", where the walk cannot tell a verb
 * in Title Case), or before "to" or "in" ("Lakers Sign Guard to Two-Year Contract").
 */
function headlineVerbBefore(tokens: Token[], phraseStart: number, head: number, first = head): number {
  for (let k = head - 1; k >= phraseStart - 1 && k >= 0; k--) {
    // "Club Wins Vote on Stadium Contract": the verb's object is the noun before the preposition
    // (not a phrasal verb's: "Signs Off on Waste Contract").
    const before = tokens[k - 1]?.lower ?? '';
    if (k < first && /^(on|of|for|at)$/.test(tokens[k].text) && !HEADLINE_VERB_TAIL.test(before) && !HEADLINE_DEAL_VERBS.test(before)) return -1;
    if (HEADLINE_DEAL_VERBS.test(tokens[k].lower)) return k;
  }
  // A phrasal verb and its preposition right before (or walked over as a name's word): "Signs Up
  // for Kit Deal", not any verb far back.
  const preposition = [phraseStart, phraseStart - 1].find((k) => /^(on|for)$/.test(tokens[k]?.lower ?? '') && k < head);
  if (preposition !== undefined) {
    const verb = tokens[preposition - 2];
    return verb && HEADLINE_VERB_TAIL.test(tokens[preposition - 1].lower) && verb.text !== verb.lower && HEADLINE_DEAL_VERBS.test(verb.lower) ? preposition - 2 : -1;
  }
  if (!/^(to|in)$/.test(tokens[phraseStart - 1]?.lower ?? '')) return -1;
  for (let k = phraseStart - 2; k >= 0; k--) if (tokens[k].text !== tokens[k].lower && HEADLINE_DEAL_VERBS.test(tokens[k].lower)) return k;
  return -1;
}

/** A headline in sentence case: short, with no closing stop, and some word after the first in lower case. */
function sentenceCaseHeadline(tokens: Token[]): boolean {
  // (It may end on a year, "...through 2027", or a semicolon before its second part.)
  const end = tokens[tokens.length - 1]?.text === ';' ? tokens.length - 1 : tokens.length;
  const last = tokens[end - 1];
  return end >= 4 && end <= 18 && (last?.kind === 'word' || (last?.kind === 'number' && /^(19|20)\d\d$/.test(last.text))) && tokens.slice(1).some((t) => t.kind === 'word' && t.text === t.lower && t.lower.length > 3);
}

/** The modifiers of a phrase that starts after a headline's verb, nearest the noun first as the walk gives them ("Members Back Pay Agreement": only "pay"). */
function modifiersFrom(tokens: Token[], from: number, first: number): string[] {
  return tokens.slice(from, first).filter((t) => t.kind === 'word').map((t) => t.lower).reverse();
}

/**
 * The nearest headline verb in lower case from `from` back to `to` (a sentence-case headline's:
 * "Councillors back £20m regeneration contract"), or -1; a capitalised word there is a name.
 */
function lowerCaseHeadlineVerb(tokens: Token[], from: number, to: number): number {
  for (let k = from; k >= to; k--) if (tokens[k].text === tokens[k].lower && HEADLINE_DEAL_VERBS.test(tokens[k].lower)) return k;
  return -1;
}

/** Plural nouns that a deal word modifies in headlines ("deal talks", "contract awards"): not a verb after it. */
const NOUNS_AFTER_DEAL = /^(talks|hopes|terms|details|fears|prospects|negotiations|news|rumours|rumors|reports|deadlines|doubts|worries|gains|benefits|costs|risks|rules|awards|holders|votes|plans|bids|papers|documents|signings|values|prices|payments|extensions|clauses|disputes|delays|concerns|partners|sources|officials|critics|backers|opponents|flows|hawks|makers|supporters|negotiators|hunters|seekers|alerts|sites|days|events)$/;

/**
 * Whether the modifiers between `from` and the deal noun name a country or a metal ("Peru copper
 * deal", "US-China trade deal"). A capitalised word alone is as often a product on offer ("Apple
 * Watch deal slashes price", "Cyber Monday deal") as a party.
 */
function namedModifier(tokens: Token[], from: number, first: number, known: KnownSpan[]): boolean {
  for (let k = from; k < first; k++) {
    const t = tokens[k];
    // (A country inside a hyphened word counts: "US-China".)
    if (t.kind === 'word' && known.some((m) => m.start < t.end && m.end > t.start)) return true;
  }
  return false;
}

/**
 * Words that name what an agreement settles, which a shop's offer never is: "spending deal",
 * "plea deal", "ceasefire deal", "pay deal". Among a sentence-case headline's modifiers they say,
 * as a country or a metal does, that one agreement is meant ("Overnight budget deal averts
 * rail strike"; "Apple Watch deal slashes price" has none of them).
 */
const SETTLED_MATTERS = /^(budget|spending|debt|plea|coalition|ceasefire|cease-fire|truce|peace|hostage|pay|wage|pension|trade|tariff|nuclear|merger|takeover|buyout|offtake|licensing|sponsorship|transfer|loan|publishing|power-sharing|stopgap|funding|infrastructure|border|immigration|asylum|climate)$/;

/** Whether a modifier between `from` and the deal noun names what an agreement settles. */
function settledMatter(tokens: Token[], from: number, first: number): boolean {
  // (The headline's first word has its sentence-case capital: "Budget deal averts rail strike".)
  const plain = (k: number) => tokens[k].text === tokens[k].lower || (k === 0 && tokens[k].text === tokens[k].lower.charAt(0).toUpperCase() + tokens[k].lower.slice(1));
  for (let k = from; k < first; k++) if (tokens[k].kind === 'word' && plain(k) && SETTLED_MATTERS.test(tokens[k].lower)) return true;
  return false;
}

/** What opens the object of "grants" as a verb: a name, a pronoun, an article or a possessive. */
const GRANTED_OBJECT_OPENERS = /^(the|a|an|its|their|his|her|our|them|it|him|us|me|each|both|exclusive)$/;

/**
 * Whether the deal word `trigger` is "grants" in lower case, read as the verb of the deal noun before
 * it, its object next: "The agreement grants EGC exclusive mining rights", "The deal grants Rio a
 * stake". ("Partnership grants are open to schools" is a noun: no object follows.)
 */
function grantsAsVerb(text: string, trigger: DealTrigger, tokens: Token[]): boolean {
  if (text.slice(trigger.start, trigger.end) !== 'grants') return false;
  const k = tokenIndexAt(tokens, trigger.end - 1);
  const next = tokens[k + 1];
  if (!next || next.kind !== 'word') return false;
  return (isCapitalised(next) && next.text !== 'I') || GRANTED_OBJECT_OPENERS.test(next.text);
}

/** A bid or offer headed by "takeover": "a takeover offer from Gunns". */
const TAKEOVER_BIDS = /^(bid|bids|offer|offers)$/;

/** What a story about a takeover says beside an offer: a price a share, a bid, an acquisition, a merger. */
const TAKEOVER_CUES = /\b(?:takeover|bids?|bidders?|acquire|acquisition|merger|scheme of arrangement|per share|a share|pence a share|undervalue[sd]?|values? (?:\p{Lu}\S* )*at)\b|-(?:per|a)-share\b/iu;
/** Words before an offer that make it some other kind: a job's, a shop's, a sale of new shares. */
const NOT_A_TAKEOVER_OFFER = /^(job|special|public|rights|bonus|introductory|limited-time|free|trial|share|subscription|retail|exchange|peace|ceasefire|settlement|plea|contract|pay|wage|salary|scholarship|place|university)$/;
/** Words that may open an offer's noun phrase right before it: articles, possessives, its kind and its stage. */
const OFFER_MODIFIERS = /^(the|a|an|its|their|his|her|this|that|new|revised|improved|increased|raised|sweetened|higher|cash|all-cash|final|rival|counter|hostile|tender|unsolicited|initial|first|second|third|latest|previous|original|earlier|conditional|unconditional|indicative|non-binding|formal|firm|possible|recommended|proposed|competing|scrip|cash-and-share|off-market|on-market)$/;

/**
 * How the bare offer at `head` reads: 'verb' (or another kind, or the takeover rule's own "takeover
 * offer") when no article, possessive, modifier of an offer, value or price a share stands right
 * before it; 'takeover' when one does and the sentence tells of a takeover; else 'other'.
 */
function offerReading(tokens: Token[], head: number, text: string, sentence: { start: number; end: number }): 'verb' | 'takeover' | 'other' {
  const before = tokens[head - 1];
  if (!before || before.lower === 'takeover' || NOT_A_TAKEOVER_OFFER.test(before.lower)) return 'verb';
  const noun = OFFER_MODIFIERS.test(before.lower) || /-(?:per|a)-share$/.test(before.lower) || /['’]s$/.test(before.lower) || before.kind === 'number' || /\d/.test(before.text);
  if (!noun) return 'verb';
  return TAKEOVER_CUES.test(text.slice(sentence.start, sentence.end)) ? 'takeover' : 'other';
}

/** The months and the days of the week, lower case, as alternatives of a pattern. */
const MONTHS_AND_DAYS = 'january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday';
/** Words that tell a time after a bare plural signed: "in April", "on Tuesday", "last week", "in 2015". */
const SIGNED_WHEN = new RegExp(`^(${MONTHS_AND_DAYS}|yesterday|today|week|month|year)$`);
/** Words of habit or of any of a class: "Workers often signed contracts in May" is no one set. */
const HABIT_OR_CLASS = /^(often|usually|typically|generally|sometimes|always|normally|commonly|routinely|many|most|some|all|few|several|both)$/;
/** Adverbs that may stand between a subject and its verb: "Firms that have already signed contracts". */
const ADVERB_BEFORE_VERB = /^(already|also|recently|just|finally|now|since|jointly|formally)$/;

/**
 * Whether the bare plural signed at `verb` is a set signed at one time: its subject is no relative
 * clause's ("that", "who", "which" before the verb, its "has" or an adverb), no person's pronoun,
 * no lower-case plural (households, workers) and no habit's, and a time comes within three words
 * after the noun ("in April", "last week", "in 2015") or "for" and a count of loans ("for three loans").
 */
function signedBareSet(tokens: Token[], verb: number, head: number): boolean {
  let s = verb - 1;
  while (s >= 0 && ADVERB_BEFORE_VERB.test(tokens[s].lower)) s--;
  if (/^(has|have|had)$/.test(tokens[s]?.lower ?? '')) s--;
  while (s >= 0 && ADVERB_BEFORE_VERB.test(tokens[s].lower)) s--;
  // (Nor a person's own: "He signed contracts in April for a new kitchen".)
  if (s < 0 || /^(that|who|which|to|he|she|i|we|you)$/.test(tokens[s].lower)) return false;
  const subject = tokens[s];
  if (subject.kind === 'word' && subject.text === subject.lower && /s$/.test(subject.lower)) return false;
  if (tokens.slice(0, verb).some((t) => HABIT_OR_CLASS.test(t.lower))) return false;
  const ahead = tokens.slice(head + 1, head + 4);
  // (A year only as a year: "in 2015", not "in 2000 stores".)
  const when = (t: Token, k: number) => SIGNED_WHEN.test(t.lower) || (/^(19|20)\d\d$/.test(t.text) && ahead[k + 1]?.kind !== 'word');
  if (/^(in|on|last|this|earlier|yesterday|today)$/.test(ahead[0]?.lower ?? '') && ahead.some(when)) return true;
  return tokens[head + 1]?.lower === 'for' && (tokens[head + 2]?.kind === 'number' || COUNT_WORD.test(tokens[head + 2]?.lower ?? '')) && /^loans$/.test(tokens[head + 3]?.lower ?? '');
}

/** First words, capitalised as any sentence's, that name no one: articles, pronouns, classes of holders. */
const FIRST_WORDS_NAMING_NONE = /^(a|an|any|each|every|the|it|its|their|his|her|if|when|once|this|that|such|shareholders|investors|bidders?|analysts|under|in|on|at|for|with|by|after|before|generally|typically|usually|however|often)$/;
/** Capitalised words that name no party: months, days, and a people's adjective ("Australian law"). */
const NAMES_NO_PARTY = new RegExp(`^(?:${MONTHS_AND_DAYS})$|(?:an|ese|ish)$`);

/**
 * Whether the sentence names a party: a capitalised word that is no month, day or people's
 * adjective, the first word too when it is none of those that open any sentence and no comma
 * follows it ("Exxaro will raise its offer", not "Generally, shareholders…" or "Under Australian law").
 */
function namesParty(tokens: Token[]): boolean {
  return tokens.some((t, k) => {
    if (t.kind !== 'word' || t.text === 'I' || !isCapitalised(t) || NAMES_NO_PARTY.test(t.lower)) return false;
    return k > 0 || (!FIRST_WORDS_NAMING_NONE.test(t.lower) && tokens[1]?.text !== ',');
  });
}

/** Words before a takeover bid that tell it raised or revised: "an improved takeover offer". */
const REVISED_BID = /^(improved|revised|increased|raised|sweetened|higher|enhanced|amended|upgraded|boosted)$/;

/**
 * Whether the takeover bid ending at `bid` has its price before it ("A $A740 million takeover offer") or
 * a price or a named bidder or target after it ("of $40 billion", "from fellow ASX-listed 360 Capital", "for Lynas").
 */
function takeoverBidNamed(tokens: Token[], first: number, bid: number): boolean {
  for (let k = Math.max(0, first - 4); k < first; k++) if (tokens[k].kind === 'currency' || /\d/.test(tokens[k].text)) return true;
  // "the board backs an improved takeover offer", "Exxaro will boost its takeover offer": a bid raised or
  // revised, or a bidder's own, is the one on the table, in a sentence that names a party ("A bidder may
  // withdraw its takeover offer" names none: the kind).
  const before = tokens[first - 1]?.lower ?? '';
  const revised = REVISED_BID.test(before) && /^(a|an|the|its|their|his|her)$/.test(tokens[first - 2]?.lower ?? '');
  if ((revised || /^(its|their|his|her)$/.test(before)) && namesParty(tokens)) return true;
  // ("a takeover offer of $40 billion for Anglo American": its price after "of".)
  if (tokens[bid + 1]?.lower === 'of' && tokens[bid + 2]?.kind === 'currency') return true;
  if (!/^(from|by|for)$/.test(tokens[bid + 1]?.lower ?? '')) return false;
  for (let k = bid + 2; k < Math.min(tokens.length, bid + 8) && tokens[k].kind !== 'punct'; k++) if (isCapitalised(tokens[k]) || /\d/.test(tokens[k].text)) return true;
  return false;
}

/** Words after "in" that make it a time, not an asset: "0% interest in the first year". */
const TIME_AFTER_IN = /^(first|second|third|last|next|year|years|month|months|quarter|quarters|period|days|weeks)$/;

/**
 * Whether "interest" at `head` is a stake: a percentage at most three tokens before it ("32% interest",
 * "8.56% joint-venture interest", "19.11 per cent interest") and "in" after it, then an asset, not a time.
 */
function percentInterest(tokens: Token[], head: number): boolean {
  if (tokens[head + 1]?.lower !== 'in') return false;
  const after = tokens[head + 2]?.lower === 'the' || tokens[head + 2]?.lower === 'its' || tokens[head + 2]?.lower === 'their' ? tokens[head + 3] : tokens[head + 2];
  if (!after || after.kind !== 'word' || TIME_AFTER_IN.test(after.lower)) return false;
  for (let k = head - 1; k >= Math.max(0, head - 4); k--) {
    const t = tokens[k];
    // ("a 40% increase in interest in gold": a preposition between them, the percentage is of something else.)
    if (/^(in|of|on|for|to|from)$/.test(t.lower)) return false;
    // ("a 10% free-carried interest": a state's carried share, given by law, not a stake bought.)
    if (/carried$/.test(t.lower)) return false;
    if (t.kind === 'percent' || t.lower === 'percent' || (t.lower === 'cent' && tokens[k - 1]?.lower === 'per')) {
      const number = tokens[k - 1]?.kind === 'number' ? k - 1 : tokens[k - 2]?.kind === 'number' ? k - 2 : -1;
      if (number < 0) return false;
      // ("which can earn a 51% interest in the project by spending C$12 million": a farm-in's interest still to be earned.)
      const verb = tokens[number - 1] && DETERMINERS_BEFORE_PERCENT.test(tokens[number - 1].lower) ? tokens[number - 2] : tokens[number - 1];
      return !/^earn(s|ed|ing)?$/.test(verb?.lower ?? '');
    }
  }
  return false;
}

/** Determiners before a stake's percentage: "a 55% interest", "its 8.56% interest". */
const DETERMINERS_BEFORE_PERCENT = /^(a|an|the|its|their|his|her|our)$/;

/**
 * Whether the cash bid ending at `bid` names a party: its bidder or target capitalised right after "from",
 * "by" or "for" ("from Spanish rival Telefonica"), or a possessive owner before it ("Melrose's").
 */
function cashBidNamed(tokens: Token[], first: number, bid: number): boolean {
  for (let k = Math.max(0, first - 6); k < first; k++) if (/['’]s?$/.test(tokens[k].text) && tokens[k].kind === 'word' && isCapitalised(tokens[k])) return true;
  // (Right after the preposition: "for wheat at Kansas elevators" names a place, not a party.)
  return /^(from|by|for)$/.test(tokens[bid + 1]?.lower ?? '') && !!tokens[bid + 2] && isCapitalised(tokens[bid + 2]);
}

/** Words before "CBA" that tell its age, as of an agreement: "the new CBA", "the previous CBA". */
const CBA_AGES = /^(new|old|previous|prior|current|existing|latest|recent|last|next|expired|expiring|tentative|proposed|original|first|second|third)$/;
/** Words in its sentence that tell "CBA" as a collective bargaining agreement. */
const CBA_BARGAINING = /bargain|players['’]? association|union|ratif|lockout|expire|opt(?:s|ed)? out|salary cap|renegotiat/i;

/** Whether "CBA" at `first` is a collective bargaining agreement: a year or an age before it, or bargaining in its sentence. */
function bargainingCba(tokens: Token[], first: number, text: string, sentence: { start: number; end: number }): boolean {
  for (let k = Math.max(0, first - 3); k < first; k++) if (CBA_AGES.test(tokens[k].lower) || /^(19|20)\d\d$/.test(tokens[k].text)) return true;
  return CBA_BARGAINING.test(text.slice(sentence.start, sentence.end));
}

function isPlural(t: Token): boolean {
  return (/s$/.test(t.lower) && !/(ss|us)$/.test(t.lower)) || t.lower === 'memoranda';
}

function tokenIndexAt(tokens: Token[], offset: number): number {
  return tokens.findIndex((t) => t.start <= offset && offset < t.end);
}

/** Finds deal phrases in one sentence, given the deal nouns the scanner found in it. */
export function findEnglishDeals(text: string, sentence: { start: number; end: number }, triggers: DealTrigger[], known: KnownSpan[], rejected?: RejectedDeal[], textDeals?: TextDeals): DealPhrase[] {
  if (!triggers.length) return [];
  // Kinds this sentence speaks of: read by the sentences after it only, so that a sentence alone reads as before.
  let kindsHere = 0;
  const tokens = tokenize(text, sentence.start, sentence.end);
  const out: DealPhrase[] = [];
  let coveredUntil = -1;
  for (let t = 0; t < triggers.length; t++) {
    const trigger = triggers[t];
    if (trigger.start < coveredUntil) continue;
    let headIndex = tokenIndexAt(tokens, trigger.end - 1);
    if (headIndex < 0) continue;
    let cls = trigger.cls;
    // "RTX will secure a 55% interest in the project", "a 19.11 per cent interest in the business": an
    // "interest" is a stake only with its percentage before it and the asset after "in" (not "interest
    // rates", "earn 5% interest on savings", "0% interest in the first year").
    if (cls === 'stake' && (text.charCodeAt(trigger.start) | 32) === 105 && !percentInterest(tokens, headIndex)) continue;
    // "The deal grants Glencore a stake": "grants" after a deal noun, before its object, is a verb.
    if (t > 0 && /^\s+$/.test(text.slice(triggers[t - 1].end, trigger.start)) && grantsAsVerb(text, trigger, tokens)) continue;
    // "China grants loan to Laos": before another deal word, "grant" is the verb that gives it.
    if (/^grants?$/i.test(text.slice(trigger.start, trigger.end)) && t + 1 < triggers.length && /^\s+$/.test(text.slice(trigger.end, triggers[t + 1].start))) continue;
    // "a sale and purchase agreement", "a transaction fee... ": before another deal noun, a word of
    // dealing is only its modifier, and the walk starts from that noun as it always did.
    if (/^(transactions?|purchases?)$/i.test(text.slice(trigger.start, trigger.end)) && t + 1 < triggers.length && /^[\s-]+$/.test(text.slice(trigger.end, triggers[t + 1].start))) continue;
    // "Its revised offer values the miner at 28p a share": a bare offer is a deal only as a takeover's
    // (and never the head of a compound: "offers loans" is the verb, "takeover offer" the takeover rule's).
    // (The verb, another kind of offer and "takeover offer" are no deal word here, as "grants" the verb is not.)
    const offer = /^offers?$/i.test(text.slice(trigger.start, trigger.end));
    const reading = offer ? offerReading(tokens, headIndex, text, sentence) : undefined;
    if (reading === 'verb') continue;
    if (reading === 'other') {
      rejected?.push({ start: trigger.start, end: trigger.end, why: `deal word (${cls}) → drop: an offer in no sentence of a takeover` });
      continue;
    }
    // "a financing deal", "a framework agreement": the last deal noun of a compound is the head.
    // (Not "grants" as the verb after it: "The agreement grants EGC exclusive rights".)
    while (!offer && t + 1 < triggers.length && /^[\s-]+$/.test(text.slice(triggers[t].end, triggers[t + 1].start)) && !grantsAsVerb(text, triggers[t + 1], tokens) && !/^offers?$/i.test(text.slice(triggers[t + 1].start, triggers[t + 1].end))) {
      t++;
      headIndex = tokenIndexAt(tokens, triggers[t].end - 1);
      cls = triggers[t].cls === 'framework' ? cls : triggers[t].cls;
    }
    const firstIndex = tokenIndexAt(tokens, trigger.start);
    // "rejected a takeover offer from Gunns", "a A$1.5-billion takeover offer for Lynas": a takeover bid
    // or offer with its price before it or its bidder or target named after it is the takeover on the
    // table, its head the bid ("A hostile takeover bid is an attempt to..." names neither: the kind).
    if (/^takeovers?$/.test(tokens[headIndex].lower) && TAKEOVER_BIDS.test(tokens[headIndex + 1]?.lower ?? '') && tokens[headIndex + 1].start === tokens[headIndex].end + 1 && takeoverBidNamed(tokens, firstIndex, headIndex + 1)) headIndex++;
    // "a 200p per share, £17.7bn cash bid from Spanish rival Telefonica", "Melrose's 8 billion pound hostile
    // bid for the engineering firm": a cash or hostile bid is the takeover on the table with its price before
    // it or its bidder or target named after it, as a takeover bid is; a cash bid also with a named
    // bidder, target or owner ("cash bids for corn" at a grain elevator name none; "the $4.50 cash bid" neither).
    if (/^bids?$/.test(tokens[headIndex].lower) && /^(cash|hostile)$/.test(tokens[firstIndex]?.lower ?? '') && !(tokens[firstIndex].lower === 'hostile' ? takeoverBidNamed(tokens, firstIndex, headIndex) : cashBidNamed(tokens, firstIndex, headIndex))) continue;
    // "The new CBA will run through 2030": the initials of a collective bargaining agreement, told as one by
    // its age or its bargaining (not the Chinese Basketball Association, a bank or a cost-benefit analysis).
    if (text.charCodeAt(trigger.start) === 67 && /^CBAs?$/.test(text.slice(trigger.start, triggers[t].end)) && !bargainingCba(tokens, firstIndex, text, sentence)) {
      rejected?.push({ start: trigger.start, end: triggers[t].end, why: `deal word (${cls}) → drop: initials not told as a bargaining agreement` });
      continue;
    }
    // Inside a hyphenated word: "deal-making", "loan-to-value", "deal-or-no-deal" modify the next
    // noun; "no-deal" is the want of one.
    const inWord = tokens[headIndex];
    const hyphenated = inWord.end > triggers[t].end && text[triggers[t].end] === '-';
    const noBefore = /(^|-)no-$/i.test(text.slice(tokens[firstIndex].start, trigger.start));
    if (hyphenated || noBefore) {
      rejected?.push({ start: trigger.start, end: triggers[t].end, why: `deal word (${cls}) → drop: ${noBefore ? 'no deal' : 'part of a hyphenated modifier'}` });
      continue;
    }
    if (notANoun(tokens, headIndex)) {
      rejected?.push({ start: trigger.start, end: triggers[t].end, why: `deal word (${cls}) → drop: not a deal noun here` });
      continue;
    }
    const left = walkLeft(tokens, firstIndex, text, known);
    // "$15 billion in financing from China": a value joined by "in" or "of".
    // Over name-like modifiers and "a" too: "$40 million in Series B funding", "$25 million in a funding round".
    const article = left.determiner && /^(a|an)$/.test(tokens[left.index].lower);
    // "$11.38 billion as a loan", "12 billion U.S. dollars as loan": a sum given as one loan (singular only:
    // "as loans to farmers" may be a bank's lending in general).
    const asOne = tokens[left.index - 1]?.lower === 'as' && !isPlural(tokens[headIndex]);
    if ((!left.determiner || article) && !left.value && left.index >= 2 && (/^(in|of)$/.test(tokens[left.index - 1].lower) || asOne) && cls === 'money') {
      const v = valueEndingBefore(tokens, left.index - 1, text);
      if (v) {
        left.value = v;
        left.index = v.from;
        const pre = tokens[v.from - 1];
        if (pre && DETERMINERS.has(pre.lower)) left.index = v.from - 1;
      }
    }
    // "promised that future trade agreements": a singular determiner does not open a plural's phrase.
    if (left.determiner && !left.possessive && isPlural(tokens[headIndex]) && /^(a|an|this|that|another|each|every)$/.test(tokens[left.index].lower) && !left.value && tokens[left.index + 2]?.lower !== 'of') {
      left.index++;
      left.determiner = false;
    }
    const right = walkRight(tokens, headIndex, cls, text, known);
    let specific = specificity(left, cls, tokens, headIndex, firstIndex, right, known);
    if (specific === 'agreement by its initials' && headIndex === firstIndex) {
      // Its own name, with "the" at most: "USMCA replaced NAFTA" is two agreements, not one.
      left.index = firstIndex > 0 && tokens[firstIndex - 1].lower === 'the' ? firstIndex - 1 : firstIndex;
      left.modifiers = modifiersFrom(tokens, left.index, firstIndex);
    }
    // Only the missing article: a money word still needs its value, party or transaction verb.
    const after = tokens[headIndex + 1];
    // (A plural too when it is stakes in an asset: "buys stakes in five Argentine lithium blocks".)
    const stakesIn = cls === 'stake' && after?.lower === 'in';
    const bareAfterVerb =
      specific === '!no determiner, value or party' &&
      (!isPlural(tokens[headIndex]) || stakesIn) &&
      (after === undefined || after.kind === 'punct' || AFTER_HEADLINE_NOUN.test(after.lower) || clauseAfterHeadlineNoun(tokens, headIndex + 1));
    if (bareAfterVerb && isTitleCase(text, sentence)) {
      const verbAt = headlineVerbBefore(tokens, left.index, headIndex, firstIndex);
      if (verbAt >= 0) {
        specific = 'headline verb';
        left.index = Math.max(left.index, verbAt + 1);
        while (left.index < headIndex - 1 && HEADLINE_VERB_TAIL.test(tokens[left.index].lower)) left.index++;
        left.modifiers = modifiersFrom(tokens, left.index, firstIndex);
      }
    } else if (bareAfterVerb && sentenceCaseHeadline(tokens) && (/^(deal|pact|accord|contract|truce|agreement|mou|framework|partnership|stake|stakes|offtake|jv|venture)$/.test(tokens[headIndex].lower) || /^memorandum of understanding$/i.test(text.slice(trigger.start, triggers[t].end)))) {
      // "Unions reach deal to end strikes", "Apple, Broadcom sign multibillion-dollar chip deal": a
      // headline in sentence case drops the article too, after its verb (in lower case: the walk
      // reads a verb it does not stop at, "finalize", as a modifier).
      let verbAt = lowerCaseHeadlineVerb(tokens, headIndex - 1, Math.max(left.index - 1, 1));
      // "Arsenal signs star winger Bukayo Saka to extended contract": the verb before its object and "to".
      if (verbAt < 0 && tokens[left.index - 1]?.lower === 'to') {
        const before = lowerCaseHeadlineVerb(tokens, left.index - 2, 1);
        if (before >= 0) verbAt = left.index - 1;
      }
      // "China have reached trade deal": a perfect's participle of making.
      if (verbAt < 0 && /^(has|have)$/.test(tokens[left.index - 2]?.lower ?? '') && MADE_PARTICIPLE.test(tokens[left.index - 1]?.lower ?? '')) verbAt = left.index - 1;
      if (verbAt >= 0) {
        specific = 'headline verb';
        left.index = verbAt + 1;
        left.modifiers = modifiersFrom(tokens, left.index, firstIndex);
      }
    }
    // "Lithium Deal Puts Argentina at Center of Boom": a Title Case headline that opens on the
    // phrase, its verb after it, drops the article of its subject; a metal or a country among the
    // modifiers says which deal ("Contract Awards Rise" is talk of a kind).
    // ("US–Japan Critical Minerals Framework Marks Strategic Shift": a framework of two countries too.)
    if (specific === '!no determiner, value or party' && left.index === 0 && /^(deal|pact|accord|agreement|partnership|framework)$/.test(tokens[headIndex].lower) && headlineSubjectVerb(after) && isTitleCase(text, sentence)) {
      if (namedModifier(tokens, 0, headIndex, known)) specific = 'headline subject';
    }
    // "Pact Signed Between Teachers And State": a Title Case headline that opens on the bare noun,
    // a participle of making after it, reports one made.
    // ("Accord reached on fishing quotas": in sentence case too.)
    if (specific === '!no determiner, value or party' && (left.index === 0 || (left.index <= 3 && tokens[left.index - 1]?.text === ':')) && after?.kind === 'word' && MADE_PARTICIPLE.test(after.lower) && (after.text !== after.lower ? isTitleCase(text, sentence) : sentenceCaseHeadline(tokens))) specific = 'headline passive';
    // "Club And Sponsor Part Ways After Deal Collapses": a Title Case headline's clause after a
    // conjunction drops the article of its subject too.
    if (specific === '!no determiner, value or party' && left.index > 0 && HEADLINE_CLAUSE_OPENERS.test(tokens[left.index - 1].lower) && headlineSubjectVerb(after) && isTitleCase(text, sentence)) specific = 'headline clause subject';
    // "Trafigura to prepay $1 billion under five-year deal": after "under" a headline drops the
    // article as after its verb; not "under contract", which running text says of any player or house.
    // (After "in" too: "Nurses offered 5% in new pay deal".)
    if (bareAfterVerb && specific.startsWith('!') && /^(under|in)$/.test(tokens[left.index - 1]?.lower ?? '') && /^(deal|pact|accord|agreement)$/.test(tokens[headIndex].lower) && (isTitleCase(text, sentence) || sentenceCaseHeadline(tokens))) specific = 'headline preposition';
    // "DEAL DONE: Town agree fee for keeper": a kicker in capitals, the deal word and its participle
    // before a colon; "Rival Deal: Supermarket Agrees Tie-Up With Discounter", a kicker of a word or
    // two before a headline whose verb makes a deal.
    if (specific === '!no determiner, value or party' && headIndex <= 2) {
      const capsKicker = /^[A-Z]{3,}$/.test(tokens[headIndex].text) && /^(DONE|AGREED|SIGNED|SEALED|STRUCK|CONFIRMED|COMPLETED)$/.test(after?.text ?? '') && tokens[headIndex + 2]?.text === ':';
      const titleKicker = after?.text === ':' && isCapitalised(tokens[headIndex]) && tokens.slice(headIndex + 2).some((x) => x.kind === 'word' && x.text !== x.lower && HEADLINE_DEAL_VERBS.test(x.lower)) && isTitleCase(text, sentence);
      if (capsKicker || titleKicker) specific = 'headline kicker';
    }
    // "Japan trade deal gives farmers more time", "US-China trade deal: markets rally", "Shares
    // jump after Rio Tinto lithium deal": a sentence-case headline drops the article of a deal it
    // names by a country or a metal among its modifiers ("Trade deal talks stall" names none, and
    // "talks" is no verb; "Apple Watch deal slashes price" is a shop's offer).
    if (specific === '!no determiner, value or party' && !isPlural(tokens[headIndex]) && /^(deal|pact|accord|agreement|contract|offtake|mou|partnership)$/.test(tokens[headIndex].lower)) {
      const opens = left.index === 0 || (left.index <= 3 && tokens[left.index - 1]?.text === ':');
      const headline = sentenceCaseHeadline(tokens);
      const subject = headline && opens && after?.kind === 'word' && after.text === after.lower && /[^su]s$/.test(after.lower) && after.lower.length > 3 && !NOUNS_AFTER_DEAL.test(after.lower);
      // (A kicker may stand as a sentence of its own, cut at its colon.)
      const kicker = left.index === 0 && after?.text === ':' && headIndex <= 5 && /^\s*\p{L}/u.test(text.slice(after.end, after.end + 3));
      const afterOne = headline && left.index > 1 && /^(after|amid|over|under)$/.test(tokens[left.index - 1].lower) && (after === undefined || (after.kind === 'punct' && after.text !== '-'));
      if ((subject || kicker || afterOne) && namedModifier(tokens, left.index, firstIndex, known)) specific = 'headline named deal';
      // ("Overnight budget deal averts rail strike": the matter it settles names it as well, as the subject.)
      else if (subject && settledMatter(tokens, left.index, firstIndex)) specific = 'headline deal named by its matter';
    }
    // "Amazon inks Anthropic investment": a headline's verb before a money word with a named
    // investee or lender among its modifiers ("Council backs housing investment" names none).
    if (specific === '!money word without value, named party or transaction verb' && !isPlural(tokens[headIndex]) && (after === undefined || after.kind === 'punct' || AFTER_HEADLINE_NOUN.test(after.lower))) {
      const title = isTitleCase(text, sentence);
      const verbAt = title ? headlineVerbBefore(tokens, left.index, headIndex, firstIndex) : sentenceCaseHeadline(tokens) ? lowerCaseHeadlineVerb(tokens, firstIndex - 1, Math.max(left.index - 1, 1)) : -1;
      if (verbAt >= 0 && verbAt < firstIndex - 1 && tokens.slice(verbAt + 1, firstIndex).every((x) => x.kind === 'word' && isCapitalised(x))) {
        specific = 'headline verb';
        left.index = verbAt + 1;
        left.modifiers = modifiersFrom(tokens, left.index, firstIndex);
      }
    }
    // 簽署的台美投資MOU, 台美MOU涵蓋: initials right after Chinese words, which name the parties (a
    // country before them in the run) or the signing, are one memorandum, with no article to expect.
    if (specific === '!no determiner, value or party' && /^(mou|loi)$/i.test(text.slice(trigger.start, triggers[t].end)) && HAN.test(text.charAt(trigger.start - 1))) {
      const run = HAN_RUN_BEFORE.exec(text.slice(Math.max(0, trigger.start - 12), trigger.start))?.[0] ?? '';
      if (known.some((k) => k.type === 'country' && k.start >= trigger.start - run.length && k.end <= trigger.start) || SIGNED_IN_RUN.test(run)) specific = 'initials after Chinese words';
    }
    // "The MoUs and accords on fisheries were exchanged": a bare plural joined by "and" or "or"
    // to the plural deal phrase kept right before it shares that phrase's determiner or count.
    if (specific === '!no determiner, value or party' && isPlural(tokens[headIndex]) && left.index >= 2 && /^(and|or)$/.test(tokens[left.index - 1].lower)) {
      const kept = out[out.length - 1];
      // (Not one opening a new clause: "signed three agreements and stakes are high", "and deals like these are rare".)
      // (The verb may come after a short phrase, "concessions to US demands were made"; after a subject that opens the sentence it is the whole subject's.)
      const ahead = tokens.slice(headIndex + 1, headIndex + 7);
      const verbAt = ahead.findIndex((x) => /^(is|are|was|were|remain|remains|have|has|had|could|would|will|may|might|can|like|seem|seemed)$/.test(x.lower));
      const clauseOpens = verbAt >= 0 && !ahead.slice(0, verbAt).some((x) => x.kind === 'punct') && kept !== undefined && kept.start !== tokens[0].start;
      if (kept && !clauseOpens && kept.end === tokens[left.index - 2].end && /(?:s|memoranda|\(\w+s\))$/i.test(text.slice(kept.start, kept.end))) specific = 'joined to a deal';
    }
    // "The IMF and Ukraine have reached staff-level agreement on the second review": the IMF's
    // agreement with a country's authorities, reached, is one agreement though it drops its article.
    if (specific === '!no determiner, value or party' && left.index === headIndex - 1 && tokens[left.index].lower === 'staff-level' && /^agreements?$/.test(tokens[headIndex].lower) && /^(reached|reach|reaches|reaching|concluded)$/.test(tokens[left.index - 1]?.lower ?? '')) specific = 'staff-level agreement reached';
    // "Eskom signed long-delayed power-purchase agreements in April", "has signed agreements for three
    // loans worth $800 million": a bare plural that a subject signed, at a time told after it or counted
    // by the loans it holds, is the set signed then (not "Countries that have signed trade agreements
    // gain", a clause's kind, nor "firms that signed agreements with suppliers" with neither time nor count).
    if (specific === '!no determiner, value or party' && /^(agreements|contracts)$/.test(tokens[headIndex].lower) && /^(signed|inked|sealed)$/.test(tokens[left.index - 1]?.lower ?? '') && signedBareSet(tokens, left.index - 1, headIndex)) specific = 'a set signed then';
    // A phrase that ends its sentence on "?" or ":" ("The deal? Buy two...") is explained by the words after it.
    const explained = headIndex + 2 === tokens.length && /^[?:]$/.test(tokens[headIndex + 1].text) ? tokenize(text, sentence.end, Math.min(text.length, sentence.end + 24)) : [];
    const why = specific.startsWith('!') ? specific.slice(1) : notADeal(tokens, headIndex, cls, left, right, known, explained);
    if (why) {
      if (textDeals && (KIND_REASONS.has(why) || (why === BARE && isPlural(tokens[headIndex])))) kindsHere |= familyBit(cls);
      rejected?.push({ start: trigger.start, end: triggers[t].end, why: `deal word (${cls}) → drop: ${why}` });
      continue;
    }
    // "The agreement must be approved by the court", after a sentence that defined plea agreements:
    // a pointing phrase with no value, no one named and nothing in its sentence that names a case
    // is the kind an earlier sentence spoke of, unless a deal was kept before it.
    if (
      textDeals &&
      // (A kind spoken of earlier in the same sentence too: "A partnership agreement is a document defining the terms of the partnership".)
      (textDeals.kinds | kindsHere) & familyBit(cls) &&
      textDeals.firstKept > tokens[left.index].start &&
      left.determiner &&
      !left.possessive &&
      !left.value &&
      !right.value &&
      POINTING.test(tokens[left.index].lower) &&
      !namesOne(tokens, known)
    ) {
      rejected?.push({ start: trigger.start, end: triggers[t].end, why: `deal word (${cls}) → drop: a kind spoken of earlier in the text` });
      continue;
    }
    // "The Green New Deal was introduced in 2019. The deal aims to cut emissions": after a programme
    // named a New Deal or a Green Deal, "the deal" with no value and no party is that programme.
    if (textDeals && textDeals.firstKept > tokens[left.index].start && tokens[headIndex].lower === 'deal' && /^(the|this)$/.test(tokens[left.index].lower) && !left.modifiers.length && !right.value && !right.party && programmeBefore(textDeals, text, tokens[left.index].start) && !countryAgreedBefore(text, Math.max(sentence.start, textDeals.programmeAt ?? 0), tokens[left.index].start, known)) {
      rejected?.push({ start: trigger.start, end: triggers[t].end, why: `deal word (${cls}) → drop: a programme named earlier in the text` });
      continue;
    }
    let startIndex = left.index;
    // "Union Ratifies New Contract With City Hospitals": a headline's verb is not a modifier.
    if (!left.determiner && !left.value && specific !== 'headline verb' && isTitleCase(text, sentence)) {
      const verbAt = headlineVerbBefore(tokens, left.index, headIndex, firstIndex);
      if (verbAt >= left.index) startIndex = verbAt + 1;
    } else if (!left.determiner && sentenceCaseHeadline(tokens)) {
      // "Councillors back £20m regeneration contract": in sentence case too, the phrase starts after the verb.
      const verbAt = lowerCaseHeadlineVerb(tokens, firstIndex - 1, left.index);
      if (verbAt >= 0) startIndex = verbAt + 1;
    }
    // A bare plural made specific by its modifier starts there: "[looming deals]", not "Traders await...".
    if (specific === 'specific plural') while (startIndex < headIndex && !SPECIFIC_PLURAL.test(tokens[startIndex].lower)) startIndex++;
    let start = tokens[startIndex].start;
    let end = right.end;
    // The Chinese words before the initials are one token with them: the phrase runs from the
    // country or the word after the signing (簽署的|台美投資MOU) to the initials' end.
    if (specific === 'initials after Chinese words') [start, end] = [chineseInitialsStart(text, trigger.start, known), triggers[t].end];
    const phrase: DealPhrase = { start, end, value: right.value ?? left.value, cls, specific };
    if (right.party) phrase.party = { start: tokens[right.party.from].start, end: tokens[right.party.to - 1].end };
    out.push(phrase);
    // A deal kept in a sentence with no value, no name and no event ("A plea agreement is made
    // before trial", "A franchise agreement is the contract between a chain and its owner") may be
    // the kind again; one with any of them tells of one deal ("The two firms signed an agreement
    // last week").
    if (textDeals && start < textDeals.firstKept && (phrase.value || namesOne(tokens, known) || tokens.some((x) => ONE_EVENT.test(x.lower)))) textDeals.firstKept = start;
    coveredUntil = end;
  }
  if (textDeals) textDeals.kinds |= kindsHere;
  return out;
}
