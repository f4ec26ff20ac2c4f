/**
 * Whether a deal noun with its phrase is a specific deal or generic talk: "an agreement" with a
 * determiner is specific, "trade agreements" generic; "a regulatory framework" is not a deal;
 * a "venture" before "capital" is not a noun of its own.
 */
import type { DealWordClass } from '../lexicon/deal-words.ts';
import { COUNT_WORD, type Token, type ValuePhrase } from './tokens.ts';
import { DETERMINERS, isCapitalised, VALUE_WORDS, type KnownSpan, type LeftEdge } from './walk.ts';
import { AGREEMENT_INITIALS } from '../lexicon/deal-words.ts';

const AGREEMENT_NAMES: ReadonlySet<string> = new Set(AGREEMENT_INITIALS);

const GENERIC_FRAMEWORK = new Set(['legal', 'regulatory', 'policy', 'institutional', 'conceptual', 'analytical', 'theoretical', 'fiscal', 'governance', 'accounting', 'reporting', 'legislative', 'constitutional', 'ethical', 'overall', 'broader', 'broad', 'general', 'security', 'sanctions']);
const RELATIONSHIP_WORDS = new Set(['biggest', 'largest', 'closest', 'strongest', 'deepest', 'oldest', 'longest', 'strategic-relationship']);

/**
 * Nouns a deal word can modify ("contract workers", "deal makers", "contract talks", "a takeover
 * bid"), where it is not the head: the people, the work, a way of working, a part of a contract
 * ("a contract rider", "a contract clause"), or the talks, bids and hopes of a deal not yet made;
 * a contract developer or lawyer is hired so, contract law and a contract basis are the way of it;
 * a contract chipmaker or foundry makes for others, a takeover premium is a price, a deal count a tally.
 */
const MODIFIED_NOUNS = /^(workers?|staff|employees?|developers?|programmers?|engineers?|consultants?|lawyers?|law|basis|employment|manufacturing|manufacturers?|farming|killers?|killing|labou?r|jobs?|positions?|makers?|making|flow|sweeteners?|terms?|talks|negotiations|negotiators?|disputes?|hopes|managers?|directors?|officers?|coordinators?|bridge|spell|approach|model|scheme|bid|offer|fee|riders?|clauses?|pipes?|valves?|shafts?|towers?|channels?|pumps?|tanks?|teams?|squads?|strategy|strategies|portfolios?|advice|bankers?|banking|era|rates?|deadline|fears|worries|probe|critics|opponents|anniversary|partners?|votes?|value|commitments?|targets?|sagas?|needs|panels?|awards?|battles?|rumou?rs|speculation|spree|frenzy|premiums?|count|chipmakers?|foundry|foundries|spend|spending|activity|appetite)$/;
/** What a "concession" names before these nouns: a speech conceding defeat, a discount, a food stand. */
const CONCESSION_MODIFIED = /^(speech|speeches|stands?|stalls?|fares?|prices?|rates?|tickets?|cards?|holders?|counters?|vendors?)$/;
/** Nouns that act (the city, the firm): "the firm deals mainly in cars" has "deals" as its verb. */
const ACTING_NOUNS = /^(collection|poem|song|album|play|exhibition|essay|lecture|course|chapter|episode|memoir|story|city|town|firm|company|council|team|club|school|bank|agency|ministry|court|country|law|book|film|show|report|article|series|novel|study|museum|hospital|union|league|board|county|district|administration|department|store|shop|website|app|platform|campaign|bill|plan|column|paper|newspaper|magazine|podcast|documentary|policy|author|president|minister|mayor|police|government)$/;
/** Words after "Accord" that make it an agreement, whatever car words the sentence has: its sides, its making. */
const ACCORD_MADE_NEXT = /^(between|with|among|signed|reached|struck|agreed|sealed|of|on)$/;
/**
 * People a deal word may modify ("contract lawyers") who may also be the subject of a clause that made
 * the deal: only in the plural, or staff ("The contract developer Aurecon" is one hired on contract).
 */
const MODIFIED_PEOPLE = /^(workers|staff|employees|developers|programmers|engineers|consultants|lawyers|bankers|managers)$/;
/** Verbs of drawing up or making a deal, after people in a clause with no "that": "the contract lawyers drafted". */
const DRAWING_UP = /^(drafted|negotiated|signed|wrote|agreed|secured|won|struck|drew|brokered|arranged)$/;

/**
 * Whether people at `at` ("lawyers", "engineers") are the subject of a clause that made the deal word
 * before them, with no "that": "The $12 million contract lawyers drafted", "The contract engineers at
 * Worley negotiated with Pilbara" (within four words, before any punctuation).
 */
function madeByPeopleAfter(tokens: Token[], at: number): boolean {
  if (!MODIFIED_PEOPLE.test(tokens[at]?.lower ?? '')) return false;
  for (let k = at + 1; k < at + 5 && tokens[k]?.kind === 'word'; k++) if (DRAWING_UP.test(tokens[k].lower)) return true;
  return false;
}

/** Words of a car's review, beside "Accord": "sedan", "mpg", "horsepower". */
const CAR_WORDS = /^(sedans?|coupes?|hatchbacks?|mpg|horsepower|hp|cylinders?|four-cylinder|v6|drivetrain|powertrain|trim|trims|test-drive|dealership|dealerships)$/;
/** Words that follow a verb, not a noun: "the pipes contract when it freezes", "the muscles contract sharply". */
const AFTER_VERB = /^(when|whenever|if|because|while|until|unless|once|out|back|again|further)$/;
/** Words in -s that are not plural nouns. */
const FUNCTION_S = /^(has|was|does|this|thus|yes|as|us|perhaps|always|sometimes|whereas|besides|afterwards|overseas)$/;
const NUMBER_WORDS = /^(two|three|four|five|six|seven|eight|nine|ten|several|all|both)$/;
/** Subjects of a verb in its plain form ("they deal with", "who deal in"). */
const PLAIN_SUBJECTS = /^(they|we|i|you|who)$/;
/** Subjects of a verb in its -s form ("she deals in art", "who deals"). */
const S_SUBJECTS = /^(he|she|it|who|that|this)$/;
/** Plural nouns that may stand before a deal noun as its modifier: "a sanctions deal", "an arms contract". */
const PLURAL_BEFORE_DEAL = /^(minerals|metals|earths|arms|goods|services|sales|rights|resources|materials|assets|supplies|exports|imports|weapons|batteries|magnets|commodities|securities|parts|chips|tariffs|jobs|products|loans|bonds|shares|royalties|projects|operations|emissions|credits|sanctions|players|sports|news|gas|wages|pensions|benefits|prices|rates|works|logistics|economics|plus|nurses|teachers|doctors|workers|pilots)$/;

/** Whether a deal word that can be a verb (deal, contract, stake) is one here: "the muscles contract", "they deal with". */
function verbHere(tokens: Token[], head: number): boolean {
  const t = tokens[head];
  const m = /^(deal|contract|stake)(s?)$/.exec(t.lower);
  if (!m || t.text !== t.lower) return false;
  const sForm = m[2] === 's';
  const before = tokens[head - 1];
  if (!before || before.kind !== 'word') return false;
  const prev = before.lower;
  const prev2 = tokens[head - 2];
  // ", which contracts out cleaning": a relative clause's verb.
  if (prev === 'which' && prev2?.text === ',') return true;
  if (sForm) {
    if (S_SUBJECTS.test(prev)) return true;
    // "the firm deals mainly in cars", "the city deals with homelessness": a singular actor, then the verb.
    const next = tokens[head + 1]?.lower ?? '';
    return m[1] === 'deal' && ACTING_NOUNS.test(prev) && prev2?.kind !== 'number' && (/^(with|in)$/.test(next) || /ly$/.test(next));
  }
  if (PLAIN_SUBJECTS.test(prev)) return true;
  // "companies that contract with the state": a plural, then "that", then the verb.
  // Lower case, or capitalised only as the sentence's first word: not a name ("the Lakers contract").
  const plural = (w: Token | undefined) => !!w && w.kind === 'word' && (w.text === w.lower || w === tokens[0]) && /[^su'’]s$/.test(w.lower) && !DETERMINERS.has(w.lower) && !FUNCTION_S.test(w.lower) && !/(ss|is|ous)$/.test(w.lower) && !PLURAL_BEFORE_DEAL.test(w.lower);
  if (prev === 'that' && plural(prev2)) return true;
  // "the muscles contract when...": a plural subject, the plain form, then what only a verb takes
  // (a clause, an adverb). "the fisheries deal lapsed", "signs deal with Vale" keep their noun.
  const next = tokens[head + 1]?.lower ?? '';
  // "the tyres contract in the cold": shrinking, a verb of things, before a phrase of when or how
  // (a place or a date after "in" may be the contract's: "the fisheries contract in Peru").
  const after = tokens[head + 2];
  const physical = m[1] === 'contract' && /^(in|during|under)$/.test(next) && !!after && after.kind === 'word' && !isCapitalised(after) && !/^(a|an)$/.test(after.lower);
  return plural(before) && !/[’']$/.test(before.text) && (AFTER_VERB.test(next) || physical || (/ly$/.test(next) && !/^(only|early|likely|family|supply)$/.test(next)));
}

/** Whether "talks" or the like comes within three words from `k`, after an article or lower-case words only: "for the anticipated talks". */
function talksAhead(tokens: Token[], k: number): boolean {
  for (let j = k; j < k + 4 && j < tokens.length; j++) {
    const t = tokens[j];
    if (t.kind !== 'word' || t.text !== t.lower) return false;
    if (/^(talks|negotiations|discussions|dialogue)$/.test(t.lower)) return j > k;
    // ("a framework for investment after talks in Riyadh": talks the framework came out of, not its aim.)
    if (/^(after|following|during|before|ahead|amid|in|at|with|from|through|since|on|and|but|that|which|as|to)$/.test(t.lower)) return false;
  }
  return false;
}
/** Whether "most common" or "commonest" stands between `from` and the head: "the most common rental contract". */
function mostCommon(tokens: Token[], from: number, head: number): boolean {
  return tokens.slice(from, head).some((t, k, all) => t.lower === 'commonest' || (t.lower === 'common' && all[k - 1]?.lower === 'most'));
}
/** Whether the head is the subject of a copula that ranks or types it: "...agreement is the most common rental contract", "is a type of lease". */
function kindStatedAfter(tokens: Token[], head: number): boolean {
  let k = head + 1;
  // (Its short form in brackets may come between: "The Assured Shorthold Tenancy (AST) agreement is".)
  if (tokens[k]?.text === '(' && tokens[k + 2]?.text === ')') k += 3;
  if (!/^(is|are)$/.test(tokens[k]?.lower ?? '')) return false;
  const next = tokens.slice(k + 1, k + 5).map((t) => t.lower);
  // (A type of a deal noun: "is a type of lease", not "is a form of insurance for the automaker".)
  // (And the most common of a kind of deal, or of a type: "is the most common rental contract", not "is the most common template".)
  const at = (j: number) => k + 1 + j;
  const kindAfter = (j: number) => kindNounWithin(tokens, at(j) + 1, 3) || TYPE_WORDS.test(tokens[at(j) + 1]?.lower ?? '');
  return next.some((w, j) => ((w === 'commonest' || (w === 'common' && next[j - 1] === 'most')) && kindAfter(j)) || (TYPE_WORDS.test(w) && next[j + 1] === 'of' && /^(a|an|one)$/.test(next[0]) && kindNounWithin(tokens, at(j) + 2, 3)));
}
/** Whether the phrase at `from` follows "is" after a subject that opens on a type: "The most common type of lettings contract in the UK is the...". */
function typeNamedBefore(tokens: Token[], from: number): boolean {
  if (!/^(is|are)$/.test(tokens[from - 1]?.lower ?? '') || !/^(the|a|one)$/i.test(tokens[0]?.text ?? '')) return false;
  // (A type of a deal noun: "The most common type of lettings contract", not "The type of support Kyiv needs".)
  return tokens.slice(1, Math.min(from - 1, 5)).some((t, k, all) => TYPE_WORDS.test(t.lower) && all[k + 1]?.lower === 'of' && kindNounWithin(tokens, k + 3, 3));
}
/** Whether a noun of a contract or an agreement comes within `count` words from `from`: "a type of lease", "type of lettings contract". */
function kindNounWithin(tokens: Token[], from: number, count: number): boolean {
  return tokens.slice(from, from + count).some((t) => /^(deals?|agreements?|accords?|pacts?|contracts?|leases?|tenanc(?:y|ies)|arrangements?|partnerships?|ventures?|mous?|licen[cs]es?|loans?|mortgages?|policies|policy|takeovers?|mergers?|acquisitions?|financing|funding|investments?|offtakes?)$/.test(t.lower));
}
/** Nouns that name a type: "type of", "kind of", "form of". */
const TYPE_WORDS = /^(type|types|kind|kinds|form|forms|sort|sorts)$/;
/** Words of broadcasting before "programme": "BBC Radio 4's Today programme", "a TV programme". */
const BROADCAST = /^(radio|tv|television|bbc|itv|rte|cnn|nbc|cbs|abc|npr|pbs|sbs|channel|podcast|show|documentary|breakfast)$/;
/** Circles of minds a consensus is found in: "in the scientific community", "in the field". */
const MINDS = /^(community|communities|field|profession|literature|academia|science|scientists|economists|experts|researchers|scholars)$/;
/** What stands before a bare verb: "to", a modal. */
const MODAL_OR_TO = /^(to|will|can|must|would|could|cannot|should|shall|may|might)$/;
/** Adverbs that may stand between a modal (or "to") and its verb: "must still deal with", "to properly deal with". */
const VERB_ADVERBS = /^(still|also|just|only|never|always|then|now|really|actually|first|even|simply|properly|directly|quickly|better|finally|somehow|effectively|personally)$/;

/** Whether the trigger is a verb or an idiom rather than a deal noun. */
/** Superlatives of size that rank a transaction: "the biggest deal of the year". */
const SIZE_RANKS = /^(biggest|largest|biggest-ever|largest-ever|second-biggest|second-largest)$/;

/** What "deals" strikes as a verb: a blow (perhaps a heavy one), or damage counted. */
const STRUCK_AFTER = /^(?:(?:an?|another|fresh|further)\s+)?(?:[a-z]+\s+)?blows?\b|^[\d,.]+\s+(?:damage|points?)\b/;

/** Sides of a vote: parties and their members, lawmakers. */
const SIDES_OF_A_VOTE = /^(republicans|democrats|labour|conservatives|tories|liberals|greens|lawmakers|legislators|senators|mps)$/;
/** Whether "between" sides of a vote or circles of minds, and no one else, runs within a few words into "is that" / "was that". */
function sharedViewBetween(tokens: Token[], head: number): boolean {
  for (let k = head + 2; k < head + 10 && k + 1 < tokens.length; k++) {
    const x = tokens[k];
    if (x.kind === 'punct') return false;
    // ("between lawmakers and the White House was that…": a side that is no such circle makes it a deal's terms.)
    // 'was that … would' tells the terms a deal set, not a view: 'was that the debt ceiling would rise'.
    if (x.lower === 'was' && tokens[k + 1].lower === 'that' && tokens.slice(k + 2).some((y) => y.lower === 'would') && !tokens.slice(k + 2).some((y) => /^(have|need|must|eventually)$/.test(y.lower))) return false;
    if (/^(is|was)$/.test(x.lower) && tokens[k + 1].lower === 'that') return k > head + 2 && tokens.slice(head + 2, k).every((y) => SIDES_OF_A_VOTE.test(y.lower) || MINDS.test(y.lower) || /^(analysts|investors|traders|forecasters|and|most|many|some)$/.test(y.lower));
  }
  return false;
}

/** Whether "between" two capitalised names follows the deal noun: "the broad agreement between Washington and Beijing". */
function betweenNamedParties(tokens: Token[], head: number): boolean {
  if (tokens[head + 1]?.lower !== 'between') return false;
  const near = tokens.slice(head + 2, head + 8);
  const and = near.findIndex((x) => x.lower === 'and');
  // Parties of a vote, or a view told with "is that", share an opinion ("The general agreement between Republicans and Democrats is that…").
  if (near.some((x) => /^(republicans|democrats|labour|conservatives|tories|liberals|greens)$/.test(x.lower))) return false;
  if (tokens.slice(head + 1, head + 16).some((x, i, a) => /^(is|was)$/.test(x.lower) && a[i + 1]?.lower === 'that')) return false;
  return and > 0 && isCapitalised(near[0]) && near[and + 1] !== undefined && isCapitalised(near[and + 1]);
}
/** Whether the deal noun is the subject of a passive signing within a dozen words: "… was signed in Busan", "… had been sealed". */
function signedAfter(tokens: Token[], head: number): boolean {
  const end = Math.min(tokens.length - 1, head + 13);
  for (let k = head + 2; k <= end; k++) {
    if (/^(signed|sealed|inked|concluded)$/.test(tokens[k].lower) && /^(was|were|is|are|been|being)$/.test(tokens[k - 1].lower)) return true;
  }
  return false;
}

export function notANoun(tokens: Token[], head: number): boolean {
  const t = tokens[head];
  const prev = tokens[head - 1]?.lower;
  const next = tokens[head + 1]?.lower;
  const prev2 = tokens[head - 2]?.lower;
  if (verbHere(tokens, head)) return true;
  if (t.lower === 'deal' || t.lower === 'deals') {
    if (prev === 'to' || prev === 'will' || prev === 'can' || prev === 'must' || prev === 'would' || prev === 'could' || prev === 'cannot') return true;
    // "must still deal with Russia", "to properly deal with it": an adverb between the modal and the verb.
    if (MODAL_OR_TO.test(prev2 ?? '') && VERB_ADVERBS.test(prev ?? '') && next === 'with') return true;
    if ((prev === 'great' || prev === 'good') && (next === 'of' || next === 'more' || next === 'less')) return true;
    if (prev === 'big' && (prev2 === 'a' || prev2 === 'no')) return true;
    // "What's the big deal about it?": the idiom; "the big deal signed on Monday" is a size.
    if (prev === 'big' && prev2 === 'the' && (next === undefined || next === 'about' || tokens[head + 1].kind === 'punct')) return true;
    if (prev === 'no') return true;
    // "The ruling deals a blow to the project", "the spell deals 40 damage": the verb of striking.
    if (STRUCK_AFTER.test(tokens.slice(head + 1, head + 5).map((x) => x.lower).join(' '))) return true;
    // "Deal with it" (an order at the start), "the deal of the week" (a bargain).
    if (next === 'with' && head === 0) return true;
    // "What's the deal with airline food?": the situation asked about; "Here's the deal:" the terms of a plan.
    if (prev === 'the' && next === 'with' && /^(what['’]s|whats)$/.test(prev2 ?? '')) return true;
    if (prev === 'the' && /^here['’]s$/.test(prev2 ?? '') && (next === undefined || tokens[head + 1].kind === 'punct')) return true;
    // ("the biggest mining deal of the year" ranks a transaction by its size.)
    if (next === 'of' && tokens[head + 2]?.lower === 'the' && /^(day|week|month|year|century|decade)$/.test(tokens[head + 3]?.lower ?? '') && !tokens.slice(Math.max(0, head - 3), head).some((x) => SIZE_RANKS.test(x.lower))) return true;
  }
  // "of its own accord", "in agreement", "(the) broad agreement among analysts": not a pact; "signed a broad agreement" is one.
  // With "a": what minds share, when what comes next is a circle of minds or a topic ("a general agreement
  // among economists", "a general agreement in the scientific community", "a broad agreement is reached
  // about the findings"); "a broad agreement with Rio" or "on tariffs" is one deal.
  const minds = () => /^(among|amongst|within)$/.test(next ?? '') || (next === 'in' && tokens.slice(head + 2, head + 5).some((x) => MINDS.test(x.lower))) || (tokens.slice(head + 1, head + 5).some((x) => x.lower === 'about') && !tokens.slice(head + 1, head + 5).some((x) => /^(with|between|on|to)$/.test(x.lower)));
  // (Not one reached or signed: "Codelco and SQM reached a broad agreement about their joint venture".)
  // (Unless minds reached it: "Economists have reached a general agreement about the effect of tariffs".)
  const reached = !tokens.slice(0, head).some((x) => MINDS.test(x.lower)) && /^(reach|reached|reaches|reaching|struck|strike|strikes|signed|sign|signs|sealed|seal|seals|clinched|hammered|forged|concluded|secured)$/.test(tokens[head - 3]?.lower ?? '')
    // ("A broad agreement about lithium royalties was signed with Chile": signed after it.)
    || tokens.slice(head + 1).some((x) => /^(signed|sealed|inked|concluded)$/.test(x.lower));
  // ("Economists struck a broad agreement on tariffs": a circle of minds as the subject of the verb, with
  // an auxiliary perhaps between, "Economists have reached", is one too.)
  const mindsReached = () => /^(reach|reached|reaches|struck|strike|strikes)$/.test(tokens[head - 3]?.lower ?? '') && [tokens[head - 4], tokens[head - 5]].some((x) => x !== undefined && MINDS.test(x.lower));
  // "The broad agreement between Washington and Beijing", "the broad agreement on export controls was
  // signed in Busan": with "the" or "this", named parties or a signing told of it make one deal.
  const determined = /^(the|this|that)$/.test(tokens[head - 2]?.lower ?? '') && t.text === 'agreement' && !minds() && (betweenNamedParties(tokens, head) || signedAfter(tokens, head));
  const consensus = (prev === 'broad' || prev === 'general') && !determined && (!/^an?$/.test(tokens[head - 2]?.lower ?? '') || (t.text === 'agreement' && !reached && (minds() || mindsReached())));
  // "in perfect accord with", "in full agreement on": a manner, as "in agreement" (a singular noun with no article).
  const inManner = prev2 === 'in' && tokens[head - 1]?.kind === 'word' && !DETERMINERS.has(prev ?? '');
  if ((t.lower === 'accord' || t.lower === 'agreement') && (prev === 'own' || prev === 'in' || consensus || inManner)) return true;
  // "the agreement of voters" (their consent), "the agreement among scientists" (a consensus): not a
  // pact. A value after "of" ("an agreement of $2 billion") and a name ("the Agreement of Paris") stay.
  // "signed an agreement of cooperation" is one, by its verb.
  const signedBefore = /^(signed|sign|signs|signing|reached|struck|concluded|inked)$/.test(tokens[head - 2]?.lower ?? '');
  if (t.text === 'agreement' && next === 'of' && !signedBefore && !['number', 'currency'].includes(tokens[head + 2]?.kind ?? '')) return true;
  // "The agreement between Republicans and Democrats is that spending must fall": what sides of a vote
  // or circles of minds agree on, told with "is that", is a view they share ("The agreement between
  // China and Brazil was that iron ore would be priced in yuan" tells a deal's terms).
  if (t.text === 'agreement' && next === 'between' && sharedViewBetween(tokens, head)) return true;
  if (t.text === 'agreement' && /^(among|amongst)$/.test(next ?? '')) {
    const k = tokens[head + 2]?.lower === 'the' ? head + 3 : head + 2;
    if (tokens[k]?.kind === 'word' && tokens[k].text === tokens[k].lower && !NUMBER_WORDS.test(tokens[k].lower)) return true;
  }
  if (/^concessions?$/.test(t.lower) && CONCESSION_MODIFIED.test(next ?? '') && tokens[head + 1]?.start === t.end + 1) return true;
  // "firms contract the work out" is the verb; "won a contract a year ago" the noun after its determiner.
  if (t.lower === 'contract' && (prev === 'to' || prev === 'will' || ((next === 'the' || next === 'a') && !DETERMINERS.has(prev ?? '')))) return true;
  // "contract workers", "deal makers": the deal word modifies another noun.
  // (Not after its possessive: "under the deal's terms" is the deal.)
  // (Not people who made it, in a clause with no "that": "The $12 million contract lawyers drafted for Pilbara".)
  if (MODIFIED_NOUNS.test(next ?? '') && tokens[head + 1]?.start === t.end + 1 && !/['’]s$/.test(t.text) && !madeByPeopleAfter(tokens, head + 1)) return true;
  // "within the framework of the WTO": a setting, not an agreement.
  if (t.lower === 'framework' && prev === 'the' && next === 'of' && /^(within|under|in|into|outside|beyond)$/.test(prev2 ?? '')) return true;
  // "a joint venture to build batteries" is the noun; "the firm will venture to" the verb.
  if ((t.lower === 'venture' || t.lower === 'ventures') && prev !== 'joint' && /^(capital|capitalists?|into|out|to|forth)$/.test(next ?? '')) return true;
  // "raised the stakes'", "high stakes": risk, not shares (a closing quote glued on is not part of the word).
  const word = t.lower.replace(/['’]$/, '');
  if (word === 'stakes' && (prev === 'the' || prev === 'high' || prev === 'higher') && next !== 'in') return true;
  // "an investment company", "a financing arm": a firm named by the money it handles, not a deal.
  if (/^(investment|financing|funding|loan|lending|credit)$/.test(t.lower) && /^(company|companies|firm|firms|bank|banks|vehicle|vehicles|arm|arms|house|houses|manager|managers|entity|entities)$/.test(next ?? '') && tokens[head + 1]?.start === t.end + 1) return true;
  if (/^(financing|funding)$/.test(t.lower) && (prev === 'project' || prev === 'public' || prev === 'private' || prev === 'government' || prev === 'more')) return true;
  // "in partnership with the council", "a striker on loan from Arsenal": a manner or a status, not a deal.
  if ((t.lower === 'partnership' && prev === 'in') || (t.lower === 'loan' && prev === 'on')) return true;
  // "view the plans by arrangement with the clerk": a manner, as "in partnership with".
  if (t.lower === 'arrangement' && prev === 'by') return true;
  // "a Honda Accord": the car.
  if (t.text === 'Accord' && prev === 'honda') return true;
  // "The new Accord is the best Honda yet", "the Accord's cabin": the car, in a sentence of Honda or of a
  // car's parts, after a word in lower case or an article (not a name's first word: "the Paris Accord").
  // (Not an accord with its sides or its making after it: "the Accord between Honda and the union", "the Accord signed with Honda".)
  if (/^Accord(['’]s)?$/.test(t.text) && !ACCORD_MADE_NEXT.test(next ?? '') && (tokens[head - 1] === undefined || tokens[head - 1].text === tokens[head - 1].lower || tokens[head - 1].text === 'The') && tokens.some((x) => x.text === 'Honda' || CAR_WORDS.test(x.lower))) return true;
  return false;
}

function dealNounWithin(tokens: Token[], from: number, count: number): boolean {
  return tokens.slice(from, from + count).some((t) => /^(deal|deals|agreement|agreements|accord|pact|treaty|partnership|mou)$/.test(t.lower));
}

/** Capitalised nouns after a capitalised deal word that make it part of an organisation's name. */
const ORGANISATION_NOUNS = /^(Ministry|Minister|Fund|Funds|Bank|Board|Authority|Agency|Corporation|Corp|Council|Department|Office|Commission|Committee|Forum|Summit|Act|Law|Policy|Coordinating|Promotion|Company|Group|Holdings|Trust|Institute|Centre|Center|Conference|Association|Agreements?)$/;
/** Modifiers that make a bare plural specific: "looming deals", "two agreements". */
export const SPECIFIC_PLURAL = /^(looming|pending|upcoming|impending|forthcoming|proposed|planned|separate|recent|latest|several|two|three|four|five|six|seven|eight|nine|ten|twin|parallel|bilateral|multibillion|multibillion-dollar)$/;
/** Words before a value that make it a threshold, not an amount: "worth more than £200,000", "up to $5m". */
const THRESHOLD = /^(than|over|above|under|below|to|least|exceeding)$/;
/** Lower-case adjectives of the usual kind of deal: "the standard four-year deal". */
const KIND_ADJECTIVES = /^(standard|typical|usual|average|conventional|normal)$/;
/** Ordinals and superlatives that make "the first investment" one specific investment. */
const ORDINALS = /^(first|second|third|fourth|fifth|largest|biggest|latest|single|record|initial|new)$/;
/** Verbs right before a money noun's phrase that make it a transaction: "secured financing", "signed a loan". */
const TRANSACTION_VERBS = new Set([
  'signed', 'sign', 'signs', 'signing', 'agreed', 'agree', 'agrees', 'struck', 'strikes', 'sealed', 'seals', 'secured', 'secure',
  'secures', 'securing', 'clinched', 'inked', 'finalised', 'finalized', 'concluded', 'extended',
  'extends', 'granted', 'grants', 'arranged', 'arranges', 'obtained', 'obtains', 'received', 'receives', 'won', 'wins', 'announced',
  'announces', 'pledged', 'pledges', 'committed', 'commits', 'landed', 'raised', 'raises', 'completed', 'completes', 'closed',
  // Paying one back says it was made: "will repay the state loan".
  'repay', 'repays', 'repaid', 'repaying',
]);
/** Words that say a framework was agreed: "the framework they signed". */
const SIGNING = /^(sign|signs|signed|signing|agree|agrees|agreed|inked|concluded|struck|sealed|bilateral)$/;
/** What a framework between parties is about: "a critical minerals framework", "a trade framework". */
const AGREED_SUBJECTS = /^(minerals|metals|earths|trade|investment|supply|cooperation|economic)$/;
/** Verbs before "an understanding" that make it an agreement: "reached an understanding". */
const REACH_VERBS = /^(reached|reach|reaches|reaching|signed|sign|signs|struck|concluded|formalised|formalized)$/;

/** Capitalised heads of a body whose name goes on with "of" or "for": the Government of National Accord. */
const BODY_HEADS = /^(Government|Party|Movement|Front|Council|Ministry|Department|Office|Commission|Committee|Bureau|Agency|Institute|Centre|Center|Congress|League|Union|Alliance|Coalition|Forum|Secretariat)$/;

/** "Indonesia's Investment Ministry": a capitalised deal word inside an organisation's name. */
function insideOrganisationName(tokens: Token[], head: number, first: number): boolean {
  const next = tokens[head + 1];
  // In a headline too: "Indonesia's Investment Ministry Approves Nickel Plan" names a ministry.
  if (isCapitalised(tokens[first]) && next?.kind === 'word' && ORGANISATION_NOUNS.test(next.text)) return true;
  // "the Government of National Accord", "the Ministry of Investment": the body's name ends on it.
  if (!isCapitalised(tokens[head])) return false;
  let k = head - 1;
  while (k >= 0 && tokens[k].kind === 'word' && isCapitalised(tokens[k]) && k > head - 4) k--;
  return k > 0 && /^(of|for)$/.test(tokens[k].text) && BODY_HEADS.test(tokens[k - 1].text);
}

/** A named party: a capitalised word or a known country inside the complement ("from the World Bank", not "from its allies"). */
function namedParty(tokens: Token[], party: { from: number; to: number } | undefined, known: KnownSpan[]): boolean {
  if (!party) return false;
  for (let k = party.from; k < party.to; k++) {
    const t = tokens[k];
    if (t.kind === 'word' && isCapitalised(t) && !/^(The|A|An)$/.test(t.text)) return true;
    if (known.some((m) => m.type === 'country' && m.start >= t.start && m.end <= t.end)) return true;
  }
  return false;
}

/** Adjectives of a people or a region, capitalised: "with Indigenous communities", "with Western firms". */
const PEOPLE_ADJECTIVES = /^(indigenous|aboriginal|native|tribal|western|eastern|northern|southern|asian|african|european|arab|latin|gulf|pacific|nordic|baltic|balkan|caribbean|arctic|foreign|overseas|local)$/;

/**
 * A party that only says what kind of parties: a country's or a people's adjective before a plural
 * common noun, no one named ("with Chinese companies", "with Indigenous communities", "with US miners").
 */
function onlyAKindOfParty(tokens: Token[], party: { from: number; to: number }, known: KnownSpan[]): boolean {
  const last = tokens[party.to - 1];
  if (!last || last.kind !== 'word' || last.text !== last.lower || !/[^s]s$/.test(last.lower)) return false;
  for (let k = party.from; k < party.to - 1; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || /^(and|or|of)$/.test(t.lower) || /['’]s?$/.test(t.text)) return false;
    if (!isCapitalised(t)) continue;
    const country = known.some((m) => m.type === 'country' && m.start <= t.start && m.end >= t.end);
    if (!country && !PEOPLE_ADJECTIVES.test(t.lower)) return false;
  }
  return true;
}

/**
 * Whether a party is any parties at all, named by no more than what they are: "(the) parties", "two
 * people", "both sides", "the two individuals" (not "the two companies", which may be ones told of).
 */
export function rolesOnly(tokens: Token[], party: { from: number; to: number }): boolean {
  const words = tokens.slice(party.from, party.to);
  if (words.length === 0 || words.length > 3 || words.some((t) => t.kind !== 'word' || t.text !== t.lower)) return false;
  const last = words[words.length - 1].lower;
  return ANY_PARTIES.test(last) && words.slice(0, -1).every((t) => /^(the|two|both|all|several|multiple|more|different)$/.test(t.lower));
}
/** Nouns for any parties to a deal: "parties", "people". */
const ANY_PARTIES = /^(parties|people|persons|individuals|sides)$/;

/** A lender's initials among the modifiers (not a sentence's or a headline's capital): "its IMF loan". */
function lenderInitialsBefore(tokens: Token[], left: LeftEdge, head: number): boolean {
  return tokens.slice(Math.max(left.index, 1), head).some((t) => t.kind === 'word' && /^[A-Z]{2,}$/.test(t.text) && !/^(US|USD|UK)$/.test(t.text));
}

/** Days, months and feasts, capitalised but naming no lender: "the Christmas loan", "the March financing". */
const CALENDAR = /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|easter|ramadan|diwali)$/;
/** Words before "facility" that make it money lent: "a debt facility", "a working capital facility", "an ECA facility". */
const FINANCE_FACILITY = /^(debt|loan|loans|credit|finance|financing|funding|lending|revolving|revolver|bridge|bridging|overdraft|capital|eca|warehouse|syndicated|overrun|standby|liquidity|borrowing|guarantee|mezzanine|prepayment)$/;
/** Whether a loan's length stands between `from` and `head`: "48-month" (a number, a hyphen, the unit), "three-year". */
function lengthBefore(tokens: Token[], from: number, head: number): boolean {
  for (let k = from; k < head; k++) {
    if (/^[a-z]+-(year|month)$/.test(tokens[k].lower)) return true;
    if (/^(year|month)$/.test(tokens[k].lower) && tokens[k - 1]?.text === '-' && tokens[k - 2]?.kind === 'number') return true;
  }
  return false;
}
/** Modifiers that make a "package" money lent or raised. */
const FINANCE_PACKAGE = /^(finance|financing|loan|rescue|bailout|credit|funding)$/;

/**
 * Whether the plural at `left` is a set counted and issued by a named body: "the bank has approved three
 * loans", "Export Finance Australia (EFA) has offered two loans worth a total of A$239mn": a count
 * in figures or words right after "issued", "offered" or "approved", whose subject has a capital of its
 * own ("Banks offered two loans" as a habit, or "They issued three letters", names none).
 */
function countedAndIssued(tokens: Token[], left: LeftEdge, plural: boolean): boolean {
  const count = tokens[left.index];
  if (!plural || !count || !((count.kind === 'number' && /^\d{1,2}$/.test(count.text)) || (count.kind === 'word' && COUNT_WORD.test(count.lower)))) return false;
  let v = left.index - 1;
  if (!/^(issued|offered|approved)$/.test(tokens[v]?.lower ?? '')) return false;
  if (/^(has|have|had)$/.test(tokens[v - 1]?.lower ?? '')) v--;
  // The subject: a capitalised word (not the sentence's opening article, nor a plural that only opens it:
  // "Banks often offered two loans") within eight words before the verb, no clause or habit between.
  for (let k = v - 1; k >= Math.max(0, v - 8); k--) {
    const t = tokens[k];
    if (t.kind === 'word' && /^(that|which|who|if|when|and|or|but|often|usually|typically|sometimes|generally|normally|rarely)$/.test(t.lower)) return false;
    if (t.kind === 'word' && isCapitalised(t) && !/^(The|A|An|This|It|They|We|In|Under|Generally|However|Typically|Usually)$/.test(t.text) && (k > 0 || !/s$/.test(t.lower))) return true;
  }
  return false;
}

/** The word right before the phrase, skipping an adverb ("quickly secured financing"). */
function verbBefore(tokens: Token[], index: number): string | undefined {
  let k = index - 1;
  if (tokens[k]?.kind === 'word' && /ly$/.test(tokens[k].lower)) k--;
  return tokens[k]?.kind === 'word' ? tokens[k].lower : undefined;
}

// (Not "provides", "gives", "offers": the present tense tells what a body does every year, or a
// seller's standing offer, not one funding.)
const PROVIDING = /^(provide|provided|providing|offer|offered|offering|pledge|pledged|extend|extended|commit|committed|grant|granted|give|gave)$/;
const SUBJECT_GAP = /^(will|would|could|can|may|is|was|are|were|has|have|had|also|to|agreed|agrees|plans|planned|promised|promises|already|now|still|later|then|be|been|shall|must|should)$/;
/** What may follow the money word: its recipient or purpose, not a noun it modifies ("funding details") or a rate ("at 0.9%"). */
const AFTER_PROVIDED = /^(for|to|worth|toward|towards|of)$/;
/** Recipients counted in general: "financing to many African states". */
const MANY = /^(many|several|various|all|other|numerous|dozens|hundreds|thousands|some)$/;

/**
 * "The World Bank will provide funding for the dam", "Germany pledged financing": funding whose
 * provider, named, is the subject of a verb of giving right before it ("The government said
 * funding..." has no such verb; "Investors poured funding into..." names no one). The verb's index, or -1.
 */
function namedProviderVerb(tokens: Token[], head: number, known: KnownSpan[]): number {
  const next = tokens[head + 1];
  if (next && !(next.kind === 'punct' && next.text !== '-') && !(next.kind === 'word' && AFTER_PROVIDED.test(next.lower))) return -1;
  if (next?.lower === 'to' && MANY.test(tokens[head + 2]?.lower ?? '')) return -1;
  let k = head - 1;
  while (k >= 0 && k > head - 3 && tokens[k].kind === 'word' && tokens[k].text === tokens[k].lower && !PROVIDING.test(tokens[k].lower)) k--;
  if (k < 1 || !PROVIDING.test(tokens[k].lower)) return -1;
  const verb = k--;
  while (k >= 0 && tokens[k].kind === 'word' && SUBJECT_GAP.test(tokens[k].lower)) k--;
  // The subject's last word: a country, or a name of two capitalised words or more ("The
  // Council" is a body of no name: its article is capitalised only as the sentence's first word).
  const last = tokens[k];
  if (!last || last.kind !== 'word') return -1;
  if (known.some((m) => m.type === 'country' && m.start < last.end && m.end > last.start)) return verb;
  const prev = tokens[k - 1];
  return isCapitalised(last) && prev?.kind === 'word' && isCapitalised(prev) && !/^(The|A|An)$/.test(prev.text) ? verb : -1;
}

/**
 * Nouns a money word can modify without being a transaction itself: "loan application", "funding opportunity", "investment cap".
 * ("announced a final investment decision on the project": a decision to build, the singular as the plural.)
 */
const MONEY_WORD_OF = /^(application|applications|applicant|applicants|opportunity|opportunities|cap|caps|ceiling|ceilings|limit|limits|office|offices|officer|officers|paperwork|guidance|portal|requirements|criteria|eligibility|rules|policy|policies|climate|needs|grade|advisor|advisors|adviser|advisers|strategy|strategies|vehicle|vehicles|products|calculator|scheme|schemes|committee|decision|decisions)$/;

/** What may follow a money word that heads its phrase: a verb's auxiliary, a preposition, an article. */
// ("the interest due on that loan until Oct. 31": "until" and a date after the noun, as "on" or "by".)
const AFTER_HEAD_MONEY = /^(is|was|will|would|could|should|must|may|might|can|has|had|have|also|still|with|between|to|at|on|by|in|for|and|but|or|a|an|the|that|which|until)$/;

/** A company's parts and holders, whose merger the two names before them still make: "Teck copper units". */
const COMPANY_PARTS = /^(assets|units?|operations|businesses|mines|divisions?|shareholders|shares|stock|miners|investors)$/;
/** Whether two capitalised names, no country among them, start at `from` joined by "and" or "with": "Newmont and Newcrest", "Exxon with Mobil". */
function namedPairMerged(tokens: Token[], from: number, known: KnownSpan[]): boolean {
  const capital = (k: number) => tokens[k]?.kind === 'word' && isCapitalised(tokens[k]) && !/^(The|A|An)$/.test(tokens[k].text);
  const country = (k: number) => known.some((m) => m.type === 'country' && m.start < tokens[k].end && tokens[k].start < m.end);
  // (Each name is a run of capitals, and none of them a country: "East and West Germany" are halves of one.)
  const run = (k: number) => {
    const start = k;
    while (k < start + 4 && capital(k)) {
      if (country(k)) return -1;
      k++;
    }
    return k > start ? k : -1;
  };
  const end = run(from);
  if (end < 0 || !/^(and|with)$/.test(tokens[end]?.lower ?? '')) return false;
  const end2 = run(end + 1);
  if (end2 < 0) return false;
  // 'Surrey and Sussex police forces', 'Leeds and Bradford councils': a lower-case noun after the names makes them its modifiers; a company's assets or units stay a deal.
  const after2 = tokens[end2];
  // ('Anglo American and Teck copper units': a mineral word before the company's noun is its modifier, and the noun decides.)
  const mineralAt = (k: number) => known.some((m) => m.type === 'mineral' && m.start < tokens[k].end && tokens[k].start < m.end);
  if (after2?.kind === 'word' && mineralAt(end2) && tokens.slice(end2 + 1, end2 + 3).some((t) => t.kind === 'word' && COMPANY_PARTS.test(t.lower))) return true;
  if (after2?.kind === 'word' && after2.text === after2.lower && !NOT_A_NOUN_AFTER.test(after2.lower) && !/(?:ed)$/.test(after2.lower) && !COMPANY_PARTS.test(after2.lower)) return false;
  return true;
}

/** Verbs of a budget's spending: "will spend £2 billion on schools", "allocated $1bn to roads". */
const SPENDING = /^(spend|spends|spent|allocate|allocates|allocated|earmark|earmarks|earmarked|budget|budgets|budgeted|budgeting)$/;
/** Words after which "that" opens a clause at once: a copula, a conjunction, a verb of concluding or telling. */
const THAT_CLAUSE_AFTER = /^(is|was|are|were|be|been|now|so|given|such|than|clear|likely|unlikely|concluded|concludes|insisted|insists|acknowledged|acknowledges|predicted|predicts|projected|projects|forecast|forecasts|doubt|doubts|doubted|wrote|writes|told|ensure|ensures|ensured|showing|saying|noting|arguing|warning|suggesting|explained|explains|signalled|signaled|signals|calculated|admitted|admits|means|meant)$/;
/** Words after which "that" points rather than opens a clause: a preposition, a verb that acts on a deal. */
const THAT_POINTS_AFTER = /^(of|for|from|with|on|in|under|by|after|before|to|through|about|over|against|repaid|approved|signed|secured)$/;
/** A finite verb's helpers, in lower case, that end the subject of a clause: "investment … should rise". */
const CLAUSE_VERB_HELPERS = /^(is|was|are|were|will|would|could|should|must|may|might|can|has|had|have|does|did)$/;
/** Words that open a clause of their own after the noun, where the search for its verb stops. */
const CLAUSE_OPENERS = /^(which|who|because|after|when|since|if|while|although|though|until|unless|but)$/;

/**
 * Whether "that" before the noun opens a clause the noun is the subject of ("Analysts expect that
 * investment will rise", "The risk is that investment stalls", "Ministers agreed that investment in
 * Greenland's rare earths should rise") rather than pointing at one ("Investors welcomed that
 * investment in Iluka", "Rio agreed that investment with Glencore in March"): at once after a copula,
 * a conjunction or a verb of concluding or telling; after another word that is no preposition, when a
 * finite verb's helper follows the noun within its clause. ("May" the month is no "may".)
 */
function thatOpensClause(tokens: Token[], det: number, head: number): boolean {
  const before = tokens[det - 1];
  if (tokens[det]?.lower !== 'that' || !before || before.kind !== 'word' || THAT_POINTS_AFTER.test(before.lower)) return false;
  // 'Rio's biggest mistake was that investment in Oyu Tolgoi.': after a copula, a noun followed only by a preposition and names, up to the end, points.
  const onlyNamesAfter = /^(is|was|are|were)$/.test(before.lower) && tokens.slice(head + 1).every((t, i, rest) => (t.kind === 'punct' && i === rest.length - 1) || (t.kind === 'word' && (isCapitalised(t) || (i === 0 && /^(in|with|from|by|of)$/.test(t.lower)))));
  if (THAT_CLAUSE_AFTER.test(before.lower)) return !onlyNamesAfter;
  // 'and' or 'but' before a new subject (the, its, their, shares…) opens another clause: 'cleared that merger in 2019 and its shares have doubled'.
  const newClause = (k: number) => /^(and|but|or)$/.test(tokens[k].lower) && /^(the|its|their|it|they|he|she|this|these|those|his|her|shares|investors|prices)$/.test(tokens[k + 1]?.lower ?? '');
  for (let k = head + 1; k < tokens.length && !(tokens[k].kind === 'punct' && tokens[k].text !== '-') && !CLAUSE_OPENERS.test(tokens[k].lower) && !newClause(k); k++) {
    if (tokens[k].kind === 'word' && tokens[k].text === tokens[k].lower && CLAUSE_VERB_HELPERS.test(tokens[k].lower)) return true;
  }
  return false;
}

/** "investment in education", "in schools", "in yourself": in a field written in lower case, no company, project or place. */
function investedInAField(tokens: Token[], head: number, known: KnownSpan[] = []): boolean {
  const noun = tokens[head + 2];
  // 'This investment in nickel refining by Vale Indonesia': a mineral field with a name after it, in the same
  // clause (not the source quoted after a comma), is one company's investment.
  if (noun && known.some((m) => m.type === 'mineral' && m.start < noun.end && noun.start < m.end)) {
    for (let k = head + 3; k < tokens.length && tokens[k].kind !== 'punct'; k++) if (tokens[k].kind === 'word' && isCapitalised(tokens[k])) return false;
  }
  return tokens[head + 1]?.lower === 'in' && noun?.kind === 'word' && noun.text === noun.lower && !DETERMINERS.has(noun.lower) && !/^(its|their|his|her|our|your|my|this|that|these|those)$/.test(noun.lower) && !PLACES_OF_METAL.test(noun.lower);
}
/** Places and holdings an investment in one names: "in mines", "in the deposit" (the article is read first). */
const PLACES_OF_METAL = /^(mines?|mining|deposits?|projects?|plants?|smelters?|refiner(y|ies)|companies|company|firms?|miners?|stakes?|shares|equity)$/;

/** Words in -ed that are nouns: "the merger speed" is no verb. */
const NOUNS_IN_ED = /^(speed|need|seed|greed|breed|deed|creed|feed|shed|bed|weed|reed)$/;
/** Irregular pasts a merger may take as its verb: "the merger fell through", "the merger went ahead". */
const IRREGULAR_PASTS = /^(fell|went|made|took|came|became|gave|broke|cost|hit|left|won|lost|drew|met|ran|saw|got|began|brought|sent|set)$/;
/** Pronouns and words that may open a sentence with a capital and say no name. */
const PRONOUNS = /^(he|she|it|this|that|one|everyone|everybody|nobody|someone|somebody|management|research|evidence)$/;
/** Verbs of saying after a subject: "Glencore says", "BHP said". */
const SAYS = /^(says|said|expects|expected|believes|believed|hopes|hoped|added|confirmed|announced|stated|noted|argues|argued|claims|claimed|told|insists|insisted)$/;

/** Words of the sky and of sounds, whose mergers are no deals: black holes, neutron stars, vowels. */
const SKY_WORDS = /^(galaxy|galaxies|stars?|black|holes?|neutron|ligo|astronomers?|telescopes?|vowels?|linguists?|sky|gamma|gravitational|kilonova|supernova)$/;
/**
 * A word of the sky counts in lower case, in capitals (LIGO), as "Telescope" in a name, or opening the
 * sentence before a lower-case word ("Black holes", "Linguists at Oxford"); a company's name does not
 * (Northern Star, Black Rock Mining).
 */
function skyWord(tokens: Token[], t: Token, k: number): boolean {
  if (t.kind !== 'word' || !SKY_WORDS.test(t.lower)) return false;
  if (t.text === t.lower || (t.text.length > 2 && t.text === t.text.toUpperCase()) || /^telescopes?$/.test(t.lower)) return true;
  const next = tokens[k + 1];
  return k === tokens.findIndex((x) => x.kind === 'word') && next?.kind === 'word' && next.text === next.lower;
}
/** Bodies whose mergers are public reorganisations, and roads that merge. */
const MERGED_PUBLIC_BODIES = /^(traffic|drivers?|lanes?|motorway|junction|roads?|councils?|councillors?|parish(?:es)?|parishioners|churches|congregations?|schools?|districts?|universit(?:y|ies)|colleges?|students|municipalit(?:y|ies)|boroughs?|dioceses?|regiments?)$/;
/** Words of a company's deal that keep a merger one even beside those bodies. */
const BUSINESS_WORDS = /^(shareholders?|shares|stock|company|companies|firms?|bid|takeover|million|billion|acquisition)$/;
/** An investment in people or the future: "in our children", "in their education". */
const IN_PEOPLE = /^in (?:our|their|your|the) (?:children|kids|youth|young|people|future|families|education|schools|health)\b/i;

/** Words before a sum that make it a tranche of a loan told of: "the first $73 million". */
const TRANCHE = /^(first|initial|remaining|final|next|second|third)$/;
/** Words that speak to a reader: a loan in their sentence is any reader's. */
const READER_WORDS = /^(you|your|yourself)$/;
/** A deal's own initials, which name no lender: "the loan under the MoU". */
const DEAL_INITIALS_HERE = /^(mou|jv|loi|ppa|spa|epc)$/;

/**
 * "the/this/that merger", "this/that loan|investment", or "the loan|financing" told of with a lender,
 * a country or a tranche named, in a sentence that names someone, as the head of its phrase:
 * followed by the sentence's end, a punctuation mark or a word that opens no noun ("the merger of
 * two firms" and "the merger wave" stay general).
 */
/**
 * A plural deal noun opening the sentence as "These ..." or "Under the ...," that points back at deals the
 * story has just told, in a sentence naming a company after it: "These partnerships follow Stellantis's
 * deal with Vulcan", "Under the partnerships, both Daimler and Stellantis will invest". ("These contracts
 * are common in mining" describes a kind, and "Under the contracts, buyers pay later" names no one after the noun.)
 */
function pluralPointedBack(tokens: Token[], at: number, head: number, known: KnownSpan[]): boolean {
  const first = tokens.findIndex((t) => t.kind === 'word');
  const det = tokens[at]?.lower;
  // (Not "These contracts are common among buyers, Wood Mackenzie says": a kind described, by a copula, a modal or an adverb of habit.)
  const described = /^(are|were|can|could|may|might|must|should|would|often|usually|typically|generally|tend|have)$/.test(tokens[head + 1]?.lower ?? '');
  const opens = (det === 'these' && at === first && !described) || (det === 'the' && at === first + 1 && tokens[first].lower === 'under' && tokens[head + 1]?.text === ',');
  if (!opens) return false;
  // a capitalised word after the noun that is no country, no month or day, and not "I": a company or a person named.
  const countryAt = (k: number) => known.some((m) => m.type === 'country' && m.start <= tokens[k].start && tokens[k].end <= m.end);
  return tokens.some((t, k) => k > head && t.kind === 'word' && isCapitalised(t) && t.text !== 'I' && !CALENDAR.test(t.lower) && !countryAt(k));
}

function pointedAtAsHead(tokens: Token[], left: LeftEdge, head: number, word: string, known: KnownSpan[]): boolean {
  const det = tokens[left.index];
  if (!det || left.possessive) return false;
  const next = tokens[head + 1];
  // ("this loan boosts the plant's output": a verb in -s, known by the article after it, not a plural noun.)
  const verbInS = next?.kind === 'word' && next.text === next.lower && /[^s]s$/.test(next.lower) && /^(the|a|an|its|their|his|her|it|them)$/.test(tokens[head + 2]?.lower ?? '');
  // ("this fresh loan became the second loan": a verb of becoming or staying after it, the noun the phrase's head.)
  const becoming = next?.kind === 'word' && /^(became|remained)$/.test(next.lower);
  // ("the merger collapsed last year", "the merger fell through": a merger's own verb in the past.)
  const pastAfter = word === 'merger' && next?.kind === 'word' && next.text === next.lower && ((/^[a-z]{3,}ed$/.test(next.lower) && !NOUNS_IN_ED.test(next.lower)) || IRREGULAR_PASTS.test(next.lower));
  if (next && !verbInS && !pastAfter && !becoming && !(next.kind === 'punct' && next.text !== '-') && !(next.kind === 'word' && AFTER_HEAD_MONEY.test(next.lower))) return false;
  // ("The loan is to come from the US International Development Finance Corporation", "the loan will be
  // disbursed in instalments, the first $73 million in November": "the loan" or "the financing" already
  // told of, in a sentence that names a lender or a country or counts a tranche of it, and speaks to no
  // reader: "If you miss a payment, the loan may cost $500 more" is anyone's, and "The loan includes a
  // cost overrun facility of $60m" counts another's money.)
  const theLoan = det.lower === 'the' && /^(loan|financing)$/.test(word) && !tokens.some((t) => t.kind === 'word' && READER_WORDS.test(t.lower)) && (known.some((m) => m.type === 'country') || tokens.some((t, k) => (t.kind === 'currency' && TRANCHE.test(tokens[k - 1]?.lower ?? '')) || (k > left.index && t.kind === 'word' && isCapitalised(t) && !CALENDAR.test(t.lower) && !DEAL_INITIALS_HERE.test(t.lower))));
  if (word === 'merger' ? !/^(the|this|that)$/.test(det.lower) : !((/^(loan|investment)$/.test(word) && /^(this|that)$/.test(det.lower)) || theLoan)) return false;
  // "that" after a verb of saying, showing or knowing opens a clause ("Data showed that investment in
  // mining rose"), and after other words as thatOpensClause tells; else it points ("Investors welcomed
  // that investment", "of that loan"). (A hyphenated word before a merger is a kind of sound or star,
  // "cot-caught", unless it is one of business, "cross-border", "all-share".)
  const beforeDet = tokens[left.index - 1];
  if (det.lower === 'that' && beforeDet && beforeDet.kind === 'word' && /^(said|says|say|showed|shows|show|shown|found|finds|noted|notes|reported|reports|argued|argues|warned|warns|claimed|claims|suggested|suggests|indicated|indicates|estimated|estimates|stated|states|added|adds|believe|believes|believed|think|thinks|thought|know|knew|hoped|hopes|revealed|reveals|confirmed|confirms|announced|announces)$/.test(beforeDet.lower)) return false;
  if (thatOpensClause(tokens, left.index, head)) return false;
  // "Britain will spend £2 billion on schools, and this investment will create jobs": the spending told
  // before it in the sentence, a budget's, not a deal; "This investment in education will pay off": in a
  // field written in lower case, none named.
  // spending 'to buy' or 'to acquire' a company, or time spent ('spent years'), is no budget.
  const budgetSpent = tokens.slice(0, left.index).some((t, k) => SPENDING.test(t.lower) && !/^(years?|months?|decades?|weeks?|days?|time)$/.test(tokens[k + 1]?.lower ?? '') && !tokens.slice(k + 1, k + 8).some((u) => /^(buy|acquire|purchase|take)$/.test(u.lower)));
  if (word === 'investment' && (budgetSpent || investedInAField(tokens, head, known))) return false;
  if (word === 'merger' && (tokens.slice(left.index, head).some((t) => /^[a-z]+-[a-z]+$/.test(t.text) && !/^(?:cross|all|long|so|much|multi|mega|near|full|friendly|hostile|stock|cash)-|-(?:border|stock|share|cash|awaited|planned|delayed|anticipated|mooted|called|proposed|sector|industry|equals)$/.test(t.text)) || tokens.some((t, k) => skyWord(tokens, t, k)))) return false;
  // "Councillors in Leeds voted against the merger", "Drivers must give way at the merger": a merger of
  // councils, schools, churches or roads, unless money or a company's words are there too.
  // 'The CMA is looking at the merger': 'at' after a verb of looking is a review; 'Teck said the merger would fund roads and schools': a named company's merger.
  const atRoad = tokens[left.index - 1]?.lower === 'at' && !/^(looking|look|looks|looked|closely|hard|again|glance|glanced)$/.test(tokens[left.index - 2]?.lower ?? '');
  const firstW = tokens.findIndex((t) => t.kind === 'word');
  const companySays = firstW >= 0 && isCapitalised(tokens[firstW]) && !/s$/.test(tokens[firstW].lower) && !PRONOUNS.test(tokens[firstW].lower) && tokens.slice(firstW + 1, firstW + 3).some((t) => SAYS.test(t.lower)) && !tokens.slice(firstW, left.index).some((t) => MERGED_PUBLIC_BODIES.test(t.lower));
  if (word === 'merger' && !companySays && (atRoad || tokens.some((t) => t.kind === 'word' && MERGED_PUBLIC_BODIES.test(t.lower))) && !tokens.some((t) => t.kind === 'currency' || (t.kind === 'word' && BUSINESS_WORDS.test(t.lower)))) return false;
  // "This loan has ruined my life", "This investment in our children": a person's own loan, or an
  // investment in people or the future, is no transaction between parties.
  // 'this investment in Arafura', 'this loan from EXIM': a name after the noun is the other party, whoever speaks; 'in the future of lithium processing' names a field.
  const namedAfter = /^(in|from|by|with|to)$/.test(tokens[head + 1]?.lower ?? '') && tokens[head + 2]?.kind === 'word' && isCapitalised(tokens[head + 2]);
  const futureOf = tokens[head + 3]?.lower === 'future' && tokens[head + 4]?.lower === 'of';
  if (word !== 'merger' && ((!namedAfter && tokens.some((t) => t.kind === 'word' && (t.text === 'I' || t.text === 'my' || t.text === 'me'))) || (!futureOf && IN_PEOPLE.test(tokens.slice(head + 1, head + 4).map((t) => t.text).join(' '))))) return false;
  // "Shareholders defended that merger": "this" or "that" pointing (not opening a clause) is one merger told of.
  if (word === 'merger' && det.lower !== 'the') return true;
  // ("The merger collapsed last year": opening the sentence, with a verb of its own in the past, one merger's story.)
  if (pastAfter && left.index === tokens.findIndex((t) => t.kind === 'word')) return true;
  // The sentence names someone or something: a country, a figure, or a capitalised word that neither
  // opens the sentence nor is the determiner itself ("The deal maker behind the merger is stepping down" names none).
  if (known.some((m) => m.type === 'country')) return true;
  const first = tokens.findIndex((t) => t.kind === 'word');
  // ("Glencore says the merger will…": a singular subject with no article before a verb of saying is a name, though it opens the sentence.)
  const namedSayer = first >= 0 && isCapitalised(tokens[first]) && !/s$/.test(tokens[first].lower) && !PRONOUNS.test(tokens[first].lower) && SAYS.test(tokens[first + 1]?.lower ?? '');
  // ("Analysts say the merger will create the largest copper miner": a merger in a sentence about metal or
  // about a company's shares is one told of, as a name would make it.)
  // a metal alone is no business ('Physicists say the merger produced gold'): with a word of mining or markets; and schools or councils named keep it theirs ('Parents say the merger is a bid to cut costs at both schools').
  const miningTalk = tokens.some((t) => t.kind === 'word' && /^(miners?|mines?|mining|producers?|production|output|smelters?|refiners?|prices?|markets?|tonnes|deposits?|reserves|supply|suppliers?|traders?)$/.test(t.lower));
  const publicBody = tokens.some((t) => t.kind === 'word' && MERGED_PUBLIC_BODIES.test(t.lower));
  const businessMerger = word === 'merger' && !publicBody && ((known.some((m) => m.type === 'mineral') && miningTalk) || tokens.some((t) => t.kind === 'word' && BUSINESS_WORDS.test(t.lower)));
  return namedSayer || businessMerger || tokens.some((t, k) => t.kind === 'number' || t.kind === 'currency' || (k > first && k !== left.index && t.kind === 'word' && isCapitalised(t) && t.text !== 'I'));
}

/**
 * Money words (investment, loan, financing, funding) are deals only as a transaction: with a
 * value, a named party, a named possessor, an ordinal ("the first investment"), or a verb that
 * makes one ("signed a loan", "secured financing"). "The investment" alone is generic talk.
 */
function moneySpecificity(left: LeftEdge, tokens: Token[], head: number, right: { value?: ValuePhrase; party?: { from: number; to: number } }, known: KnownSpan[], plural: boolean): string {
  const word = tokens[head].lower;
  // "the new loan application guidance", "This new funding opportunity", "DFC's increased investment
  // cap": the money word only says what the noun after it is about; that noun is the thing spoken of.
  const nextWord = tokens[head + 1];
  if (nextWord?.kind === 'word' && nextWord.text === nextWord.lower && MONEY_WORD_OF.test(nextWord.lower)) return '!a money word modifying the noun after it';
  // "a debt facility", "the syndicated facility": money lent; a plant or a building otherwise ("a $500 million facility").
  const facility = /^facilit(y|ies)$/.test(word);
  // ("a $300 million facility from the Export-Import Bank of Korea": lent by a party named after "from".)
  const lentBy = !!right.party && tokens[right.party.from - 1]?.lower === 'from' && namedParty(tokens, right.party, known);
  // ("a 48-month Extended Fund Facility of about US$2.9 billion", "the country's $7 billion Extended Fund
  // Facility": the IMF's loan by its name, one loan when a value or a length says which; "The Extended
  // Fund Facility was created in 1974" is the kind.)
  const imfFacility = facility && tokens[head - 1]?.text === 'Fund' && tokens[head - 2]?.text === 'Extended' && !!(left.value || right.value || lengthBefore(tokens, left.index, head));
  if (facility && !lentBy && !imfFacility && ![...left.modifiers, tokens[head - 1]?.lower ?? ''].some((m) => m.split('-').some((part) => FINANCE_FACILITY.test(part)))) return '!a facility that is no loan';
  // "a $44 billion programme with the IMF", "an IMF programme": a lender's loan programme; any
  // other programme (of training, of spending) is a plan, whatever its value.
  // ("a loan programme" is a loan: the money word before it says so.)
  if ((word === 'programme' || word === 'program') && !/^(loan|lending|credit|financing|bailout)$/.test(tokens[head - 1]?.lower ?? '')) {
    if (tokens[head + 1]?.lower === 'of') return '!a programme of something';
    // "BBC Radio 4's Today programme", "a TV programme": a broadcast, whatever initials stand before it.
    if (tokens.slice(left.index, head).some((t) => BROADCAST.test(t.lower.replace(/['’]s?$/, '')))) return '!a broadcast programme';
    if (namedParty(tokens, right.party, known) || lenderInitialsBefore(tokens, left, head)) return 'named lender';
    return '!a programme with no lender';
  }
  // "a $250 million gold stream with Franco-Nevada": metal sold ahead for financing; any other stream is water or video.
  if (word === 'stream' && !known.some((m) => m.type === 'mineral' && m.end === tokens[head - 1]?.end)) return '!a stream of no metal';
  // "a $2.1 billion project finance package": money lent; a sanctions, pay or aid package is not a deal word.
  // The word right before may be a deal word of its own that the scanner joined to the head ("a loan package").
  if (word === 'package' && ![...left.modifiers, tokens[head - 1]?.lower ?? ''].some((m) => FINANCE_PACKAGE.test(m))) return '!a package of no financing';
  // "the state loan it took", "a federal loan", "a £500m government grant": one loan or grant from
  // the state, not a flow of state money.
  // ("£500m government loan": a value before it counts one loan too.)
  const oneLoan = (word === 'loan' || word === 'grant') && (/^(a|an|the)$/.test(tokens[left.index]?.lower ?? '') || !!left.value);
  // "an additional $50m investment from the DFC", "Rio agreed an additional $500m investment in the
  // mine": one more tranche, counted by its article and value, from a named party or made by a verb of
  // a transaction ("will need an additional $50bn investment" is a forecast of money, and "additional
  // investment" and "two additional $40m investments" stay a flow).
  const verb = verbBefore(tokens, left.index);
  const tranche = () => namedParty(tokens, right.party, known) || (!!verb && (TRANSACTION_VERBS.has(verb) || MAKING.test(verb)));
  const oneMore = /^(a|an)$/.test(tokens[left.index]?.lower ?? '') && !!left.value && !plural && left.modifiers.every((m) => !AGGREGATE_MONEY.has(m) || /^(additional|further|fresh)$/.test(m)) && tranche();
  // "this fresh loan became the second loan approved by the World Bank", "This additional investment in
  // SolGold strengthens our position": "this" or "that" points back at one tranche told of before, its
  // word of more money only saying it came on top ("fresh investment", "further investment" stay a flow;
  // pointedAtAsHead still asks for a name and the noun as the phrase's head).
  const pointedTranche = !plural && (word === 'loan' || word === 'investment') && /^(this|that)$/.test(tokens[left.index]?.lower ?? '') && left.modifiers.length === 1 && /^(additional|further|fresh)$/.test(left.modifiers[0]);
  if (left.modifiers.some((m) => AGGREGATE_MONEY.has(m)) && !left.modifiers.some((m) => ORDINALS.test(m)) && !oneLoan && !oneMore && !pointedTranche) return '!an aggregate of money, not a transaction';
  // "the mine will need a $2bn investment", "a $20 billion investment is required": money a plan
  // needs, not one transaction (one with its provider named, "from Rio", stays).
  // (Not a sum pointed at or owned: "the $2.26 billion loan is needed for Thacker Pass" is one already made.)
  if ((left.value || right.value) && !left.possessive && !/^(the|this|that|these|those|its|their|his|her|our|your)$/.test(tokens[left.index]?.lower ?? '') && !namedParty(tokens, right.party, known) && (NEEDING.test(verb ?? '') || neededAfter(tokens, head))) return '!money a plan needs, not a transaction';
  if (left.value || (right.value && !plural)) return 'value';
  // ("Export Finance Australia (EFA) has offered two loans worth a total of A$239mn": counted and issued by a named lender.)
  if (word === 'loans' && countedAndIssued(tokens, left, plural)) return 'counted and issued';
  // ("trade and investment with other African countries": a kind of party, none named.)
  if (namedParty(tokens, right.party, known) && !(right.party && onlyAKindOfParty(tokens, right.party, known))) return 'named party';
  // "The loan, from a consortium of Japanese banks, carries...": the lender named in an aside.
  if (!plural && tokens[head + 1]?.text === ',' && /^(from|by)$/.test(tokens[head + 2]?.lower ?? '')) {
    let close = head + 3;
    while (close < head + 12 && tokens[close] && tokens[close].kind !== 'punct') close++;
    if (tokens[close]?.text === ',' && namedParty(tokens, { from: head + 3, to: close }, known)) return 'named party in an aside';
  }
  // "the investment, its largest in Europe,": an apposition that ranks it points at one.
  if (!plural && tokens[left.index]?.lower === 'the' && tokens[head + 1]?.text === ',' && /^(its|their|his|her)$/.test(tokens[head + 2]?.lower ?? '') && /^(\w+est|biggest|first|second|third|only)$/.test(tokens[head + 3]?.lower ?? '')) return 'ranked in an apposition';
  // "its IMF loan", "a World Bank loan": the lender named before the noun (not a sentence's or a headline's capital).
  if (!plural && /^(loan|credit|financing|line)$/.test(tokens[head].lower) && lenderInitialsBefore(tokens, left, head)) return 'named lender';
  // "The town's loan": the possessor is the word after the determiner, whose capital only opens the sentence.
  const possessor = left.possessive ? tokens[DETERMINERS.has(tokens[left.index].lower) ? left.index + 1 : left.index] : undefined;
  if (possessor && isCapitalised(possessor) && !plural) return 'named possessor';
  // "The fashion brand's investment in a Portuguese factory": an owner's investment in one asset
  // it names ("the state's investment in schools", "an investment in your health" name none).
  if (possessor && !plural && word === 'investment' && tokens[head + 1]?.lower === 'in' && /^(a|an)$/.test(tokens[head + 2]?.lower ?? '')) return 'an owner\'s investment in one asset';
  // ("The fund's investment in Battery Minerals, an ASX-listed graphite developer": an owner's investment
  // in a named company or project, as one made in it.)
  if (possessor && !plural && word === 'investment' && investedInName(tokens, head, known)) return 'an owner\'s investment in a named company';
  // "following the initial seed funding and Series A rounds": a stage of a startup's funding, no round of one named.
  // ("closed a seed funding round led by GM Ventures": a round a transaction verb closes is one deal.)
  if (left.modifiers.some((m) => /^(seed|pre-seed|angel|mezzanine)$/.test(m)) && !(verb && TRANSACTION_VERBS.has(verb) && !plural)) return '!a stage of funding';
  if (left.determiner && !plural && left.modifiers.some((m) => ORDINALS.test(m))) return 'ordinal';
  // "the Orion financing", "the Hanwa loan": a lender's name among the modifiers, in running text (not a headline's capitals).
  if (!plural && /^(loan|financing|funding|facility)$/.test(word) && left.determiner && !left.possessive && tokens.slice(left.index + 1, head).some((t) => t.kind === 'word' && isCapitalised(t) && !/^(The|A|An|This)$/.test(t.text) && !CALENDAR.test(t.lower))) {
    const headline = tokens.filter((t) => t.kind === 'word' && t.text.length > 3).every((t) => isCapitalised(t));
    if (!headline) return 'named lender';
  }
  // "This financing, together with World Bank programmes, ...", "With this project financing, Torex...": one pointed at where a name stands.
  if (!plural && /^(financing|funding)$/.test(word) && tokens[left.index]?.lower === 'this' && tokens.some((t, k) => k > 0 && t.kind === 'word' && isCapitalised(t) && t.text !== 'I')) return 'this financing, with a name';
  // "The all-share merger of Newmont and Newcrest", "the 1999 merger of Exxon and Mobil": two companies
  // named after "of" (not "the merger of two black holes", "of the two schools", nor of countries).
  if (!plural && word === 'merger' && tokens[head + 1]?.lower === 'of' && namedPairMerged(tokens, head + 2, known)) return 'named companies merged';
  // "the merger is expected to close", "shareholders voted for the merger.": one merger already
  // told of, as "the deal" is; "this loan will fund the plant" where a name stands. Only as the
  // phrase's head: "the merger talks", "this loan scheme" speak of the noun after it.
  if (!plural && pointedAtAsHead(tokens, left, head, word, known)) return word === 'merger' ? 'a merger pointed at' : 'this loan or investment, with a name';
  // "will forego interest due under a prior loan", "repaid its previous loan early": a loan told as the
  // one before is one already made, in a sentence that names someone ("Refinance a previous loan" names none).
  if (word === 'loan' && !plural && left.modifiers.some((m) => /^(prior|previous|earlier|original)$/.test(m)) && tokens.some((t, k) => k > 0 && t.kind === 'word' && isCapitalised(t) && t.text !== 'I')) return 'a loan made before';
  // "an existing bridge loan facility": one the borrower has.
  if (facility && !plural && left.modifiers.includes('existing')) return 'an existing loan facility';
  // "The bank's loan to the club": a lender's loan is one transaction ("the fund's investment" may be any).
  if (possessor && LENDERS.test(possessor.lower.replace(/['’]s?$/, '')) && /^(loan|financing|line)$/.test(tokens[head].lower)) return 'lender';
  if (verb && TRANSACTION_VERBS.has(verb) && !plural && !thatOpensClause(tokens, left.index, head)) return 'transaction verb';
  // "Vale made an investment in Lithium Americas": one investment made in a named company or project
  // (not "an investment in education", nor one in a country or a region, which is a flow of money there).
  if (verb && MAKING.test(verb) && !plural && word === 'investment' && /^(a|an)$/.test(tokens[left.index]?.lower ?? '') && investedInName(tokens, head, known)) return 'made in a named company';
  // "The senior debt facility also includes...": a loan facility pointed at is one already told of.
  if (facility && !plural && /^(the|this|that)$/.test(tokens[left.index]?.lower ?? '')) return 'a loan facility pointed at';
  if (!plural && /^(funding|financing)$/.test(word)) {
    const verb = namedProviderVerb(tokens, head, known);
    if (verb >= 0) {
      // The walk may have read the subject and its verb as modifiers ("Germany pledged funding").
      left.index = Math.max(left.index, verb + 1);
      return 'named provider';
    }
  }
  return '!money word without value, named party or transaction verb';
}

/**
 * The noun phrase at `from` names a company: a name that ends the phrase ("of Activision Blizzard
 * in October", "of Fitbit closed") or a company's head noun ("of the grocery chain"), not a thing
 * ("of the MSB license", where the name only modifies the noun).
 */
function companyBought(tokens: Token[], from: number): boolean {
  let k = from;
  if (DETERMINERS.has(tokens[k]?.lower ?? '')) k++;
  const word = (j: number) => tokens[j]?.kind === 'word';
  // "the biotech Kelvin Bio", "the grocer Aldi": a lower-case word saying what the named firm is.
  if (k > from && word(k) && !isCapitalised(tokens[k]) && !PHRASE_ENDS.test(tokens[k].lower) && word(k + 1) && isCapitalised(tokens[k + 1])) k++;
  if (word(k) && isCapitalised(tokens[k])) {
    while (word(k) && isCapitalised(tokens[k])) k++;
    const next = tokens[k];
    if (!next || next.kind !== 'word' || PHRASE_ENDS.test(next.lower) || /(ed|s)$/.test(next.lower)) return true;
  }
  // The company word must end the phrase: "the club shop" is a shop, "the grocery chain" a company.
  const endsPhrase = (j: number) => !word(j) || isCapitalised(tokens[j]) || PHRASE_ENDS.test(tokens[j].lower) || /(ed|s)$/.test(tokens[j].lower);
  for (let j = k; j < k + 3 && word(j) && !isCapitalised(tokens[j]) && !DETERMINERS.has(tokens[j].lower) && !PHRASE_ENDS.test(tokens[j].lower); j++) {
    if (COMPANY_HEADS.test(tokens[j].lower) && endsPhrase(j + 1)) return true;
  }
  return false;
}
/**
 * A phrase right after a comma whose clause bought a company for a price: "agreed to buy the
 * biotech Kelvin Bio for $4.3 billion in cash, its largest acquisition".
 */
function appositiveToPurchase(tokens: Token[], first: number): boolean {
  if (tokens[first - 1]?.text !== ',') return false;
  let clause = first - 1;
  while (clause > 0 && !/^[;.:!?]$/.test(tokens[clause - 1].text)) clause--;
  const verb = tokens.slice(clause, first - 1).findIndex((t) => BUYING.test(t.lower));
  if (verb < 0) return false;
  const object = clause + verb + 1;
  const priced = tokens.slice(object, first - 1).some((t) => t.kind === 'currency' || t.kind === 'number');
  return priced && companyBought(tokens, object);
}
const BUYING = /^(buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased)$/;

/** Words that end a noun phrase: prepositions, conjunctions, auxiliaries. */
const PHRASE_ENDS = /^(in|for|from|by|to|at|on|with|and|or|but|that|which|who|was|is|were|are|will|would|has|had|have|last|this|after|before|under|over|into|within|without|despite|amid|while|since|through|until|following)$/;
/** (A maker of any kind too: "chipmaker", "drugmaker", "steelmaker".) */
const COMPANY_HEADS = /^(company|companies|miner|miners|firm|firms|producer|group|business|businesses|operator|refiner|smelter|rival|stake|unit|subsidiary|assets?|mine|mines|project|bank|lender|insurer|retailer|[a-z]*maker|supplier|developer|explorer|owner|chain|brand|startup|start-up|publisher|studio|label|airline|club|team|newspaper)$/;
const LENDERS = /^(bank|lender|fund|creditor)$/;
const NEEDING = /^(need|needs|needed|require|requires|required)$/;
const COPULA_GAP = /^(is|are|was|were|will|would|be|been|still|also|urgently|now)$/;

/** "investment is still needed": the head followed by a form of "be" and "needed" or "required". */
function neededAfter(tokens: Token[], head: number): boolean {
  let k = head + 1;
  if (!COPULA_GAP.test(tokens[k]?.lower ?? '')) return false;
  while (k < head + 4 && COPULA_GAP.test(tokens[k]?.lower ?? '')) k++;
  return /^(required|needed)$/.test(tokens[k]?.lower ?? '');
}

/** Words that make a money noun an aggregate flow, not a transaction: "foreign direct investment from China". */
const AGGREGATE_MONEY = new Set(['foreign', 'direct', 'private', 'public', 'inward', 'outward', 'overall', 'total', 'fresh', 'further', 'additional', 'federal', 'state', 'government']);

const MAKING = /^(made|make|makes|making)$/;
/** The last word of a company's name: "Lithium Americas", "MP Materials", "Glencore Plc". */
const COMPANY_LAST = /^(Inc|Ltd|Limited|Corp|Corporation|Group|Holdings|Resources|Minerals|Mining|Mines|Metals|Materials|Energy|Americas|American|Lithium|Nickel|Cobalt|Copper|Gold|Silver|Graphite|Uranium|Earths|Tinto|Co|Plc|PLC|AG|SA|NV|ASA|AB|LLC|LP)$/;
/** Words of a name that say only what kind of business it is: "Clean Energy", "Green Mining", "Gold". */
const GENERIC_NAME_WORDS = /^(Clean|Green|Renewable|New|Energy|Power|Solar|Wind|Battery|Critical|Rare|Earth|Earths|Gold|Silver|Copper|Nickel|Lithium|Mining|Minerals|Metals|Materials|Resources|Tech|Technology|Digital)$/;
/** Nouns after a name that make it a project's: "the Thacker Pass project", "the Kamoa-Kakula mine". */
const PROJECT_AFTER_NAME = /^(project|projects|mine|mines|deposit|refinery|smelter|expansion)$/;

/**
 * Whether the words after the money word at `head` are "in" and a company's or a project's name
 * (Lithium Americas, the Thacker Pass project): a run of capitalised words, none a country's or an
 * owner's, ending in a company's last word or followed by a project's noun. "in Nevada's deposits",
 * "in Silicon Valley startups", "in AI" name no one.
 */
function investedInName(tokens: Token[], head: number, known: KnownSpan[]): boolean {
  if (tokens[head + 1]?.lower !== 'in') return false;
  let k = head + 2;
  if (tokens[k]?.lower === 'the') k++;
  let from = k;
  // (The run stops after an owner's possessive: "Rio Tinto's Winu project".)
  while (k < from + 5 && tokens[k]?.kind === 'word' && isCapitalised(tokens[k]) && !(k > from && /['’]s?$/.test(tokens[k - 1].text))) k++;
  if (k === from) return false;
  // "Rio Tinto's Winu project", "Rio Tinto's Simandou iron ore project": an owner's name, then the
  // project's; after a country, a company's too ("Australia's Lynas Rare Earths").
  if (/['’]s?$/.test(tokens[k - 1].text) && tokens[k]?.kind === 'word' && isCapitalised(tokens[k])) {
    const owner = tokens[k - 1];
    const countryOwner = known.some((m) => m.type === 'country' && m.start < owner.end && owner.start < m.end);
    from = k;
    while (k < from + 4 && tokens[k]?.kind === 'word' && isCapitalised(tokens[k])) k++;
    if (projectNounAt(tokens, k) < 0 && !(countryOwner && namesCompany(tokens.slice(from, k)))) return false;
  }
  const run = tokens.slice(from, k);
  // (Initials may open a company's name, "MP Materials", but not stand alone or inside one.)
  const initials = (t: Token, i: number) => /^\p{Lu}+$/u.test(t.text) && !(i === 0 && run.length >= 2 && COMPANY_LAST.test(run[run.length - 1].text));
  if (run.some((t, i) => /['’]s?$/.test(t.text) || initials(t, i) || known.some((m) => m.type === 'country' && m.start < t.end && t.start < m.end))) return false;
  // A headline capitalises every word: "Japan Makes an Investment in Rare Earths" names no company.
  if (tokens.filter((t) => t.kind === 'word' && t.text.length > 3).every((t) => isCapitalised(t))) return false;
  const next = tokens[k];
  // (Words of a kind only, "Battery Minerals", are a company's name when an apposition says it is one:
  // "in Battery Minerals, an ASX-listed graphite developer", not "in Green Energy, a sector it likes".)
  const described = next?.text === ',' && /^(a|an|the)$/.test(tokens[k + 1]?.lower ?? '') && tokens.slice(k + 2, k + 7).some((t) => COMPANY_HEADS.test(t.lower));
  return namesCompany(run, described) || projectNounAt(tokens, k) >= 0;
}

/** A company's last word ends a name of two words or more that says more than its kind of business. */
function namesCompany(run: Token[], described = false): boolean {
  return run.length >= 2 && COMPANY_LAST.test(run[run.length - 1].text) && (described || !run.every((t) => GENERIC_NAME_WORDS.test(t.text)));
}

/**
 * Where a project's noun stands at `at`, or after one or two lower-case words of what it produces
 * ("the Olaroz lithium project", "the Simandou iron ore project", "the Olympic Dam expansion"); -1 when none.
 */
function projectNounAt(tokens: Token[], at: number): number {
  if (PROJECT_AFTER_NAME.test(tokens[at]?.lower ?? '')) return at;
  for (let k = at; k < at + 2; k++) {
    const t = tokens[k];
    if (t?.kind !== 'word' || t.text !== t.lower) return -1;
    if (/^(project|mine|deposit|refinery|plant|smelter|expansion)$/.test(tokens[k + 1]?.lower ?? '')) return k + 1;
  }
  return -1;
}

/** "Understanding" is an agreement only when one is reached or its parties are named. */
function understandingSpecificity(left: LeftEdge, tokens: Token[], head: number, right: { party?: { from: number; to: number } }, known: KnownSpan[]): string {
  // "a formal expression of intent and understanding between parties": any parties, none named.
  if (right.party && rolesOnly(tokens, right.party)) return '!no one in particular as partner';
  if (right.party) return 'party';
  const verb = verbBefore(tokens, left.index);
  const cameTo = verb === 'to' && /^(came|come|comes|coming)$/.test(verbBefore(tokens, left.index - 1) ?? '');
  if ((verb && REACH_VERBS.test(verb)) || cameTo) return 'agreement verb';
  const from = tokens[left.index].start;
  if (known.some((m) => m.type === 'country' && m.start >= from && m.end <= tokens[head].start)) return 'named parties';
  return '!understanding in its ordinary sense';
}

/**
 * Nouns of things that are not agreements and go by initials too: "the KORUS choir", "a NAFTA
 * burger". After an agreement's initials they name something else, unless the sentence names a
 * country or speaks of trade.
 */
const OTHER_THINGS = /^(?:choirs?|bands?|singers?|orchestras?|ensembles?|brands?|labels?|teams?|clubs?|albums?|songs?|restaurants?|hotels?|caf[eé]s?|bars?|shops?|stores?|festivals?|schools?|churches|church|apps?|games?|shows?|concerts?|tours?|fans?|burgers?|dogs?|horses?|boats?|yachts?)$/;
const TRADE_WORDS = /^(?:trade|tariffs?|exports?|imports?|rules?|members?|econom\w*|customs|goods|markets?|agreements?|deals?|pacts?|treat(?:y|ies)|ratif\w*)$/;

/** Whether the initials at `head` name something else than the agreement: "the KORUS choir sang". */
function initialsOfSomethingElse(tokens: Token[], head: number, known: KnownSpan[]): boolean {
  if (!OTHER_THINGS.test(tokens[head + 1]?.lower ?? '')) return false;
  return !known.some((k) => k.type === 'country') && !tokens.some((t) => TRADE_WORDS.test(t.lower));
}

/** What a company's deal is paid in, before "transaction": "an all-cash transaction", "Exxon's all-stock transaction". */
const PAID_IN = /^(all-cash|all-stock|all-share|all-equity|cash-and-stock|stock-and-cash|cash-and-share|share-and-cash|merger|takeover|buyout|leveraged)$/;
/** Nouns "transaction" or "purchase" modifies: "transaction costs", "the purchase price", "a purchase order". */
const DEALING_MODIFIED = /^(costs?|fees?|tax|taxes|charges?|history|histories|data|records?|volumes?|rationale|details|processing|limits?|amounts?|ids?|numbers?|reports?|reporting|services?|systems?|logs?|prices?|types?|banking|advisers?|advisors?|lawyers?|counsel|expenses?|documents?|documentation|structure|orders?|options?|receipts?|decisions?|power|intent|intentions?|requests?|obligations?|programs?|programmes?|funnel|journey|confirmation|date|dates|code|codes|screens?|pages?|buttons?|process|method|methods)$/;
/** Words of a company deal being cleared, in the sentence of "the transaction": regulators, shareholders, earnings. */
const DEAL_CLEARED = /^(regulatory|regulators|antitrust|shareholders?|accretive|consummated?|consummation|scrutiny)$/;
/** Words of a deal being closed or announced, which a payment can be too ("the transaction is complete"): they need a name, a number or a country beside them. */
const DEAL_CLOSING = /^(close|closes|closed|closing|complete|completed|completes|completion|approval|approvals|approved|announced|terms|acquire|acquired|acquires|acquiring|subject)$/;
/** Words of a payment by card or at a till: "the transaction with a stolen card", "the customer said the transaction was approved". */
const PAYMENT_WORDS = /^(card|cards|customer|customers|cardholder|cardholders|shopper|shoppers|cashier|checkout|till|atm|pin|receipt|contactless|stolen|fraudster|fraudsters|suspect)$/;
/** Words before "purchase" that make it the verb: "agreed to purchase", "will purchase". */
const PURCHASE_VERB_BEFORE = /^(to|will|would|could|can|may|might|must|should|shall|not|cannot)$/;

/**
 * "Transaction" and "purchase" are a company's deal only as one: a value in the millions, a
 * payment in cash or shares ("an all-cash transaction"), a named buyer ("Exxon's all-stock
 * transaction"), the parties named, or "the transaction" in a sentence where it closes, is cleared
 * or announced ("The transaction is subject to regulatory approval"). A purchase is a deal when a
 * company is bought ("its $81 billion purchase of Mobil Oil") or a named buyer pays millions
 * ("Microsoft's $69 billion Activision purchase"); a shopper's purchase, a card's transaction and
 * "transaction costs" are not deals.
 */
function dealingSpecificity(left: LeftEdge, tokens: Token[], head: number, right: { value?: ValuePhrase; party?: { from: number; to: number } }, known: KnownSpan[]): string {
  const word = tokens[head].lower.replace(/['’]s$/, '');
  if (/s$/.test(word)) return '!dealings in general';
  const next = tokens[head + 1];
  if (next?.kind === 'word' && DEALING_MODIFIED.test(next.lower) && next.start === tokens[head].end + 1) return '!a dealing word before the noun it modifies';
  const millions = (v?: ValuePhrase) => !!v && (v.amount ?? 0) >= 1e6;
  const value = millions(left.value) || millions(right.value);
  const possessor = left.possessive ? tokens[DETERMINERS.has(tokens[left.index].lower) && left.index + 1 < head ? left.index + 1 : left.index] : undefined;
  const namedBuyer = !!possessor && isCapitalised(possessor) && !/^(its|their|his|her|our|my|your)$/i.test(possessor.lower.replace(/['’]s?$/, ''));
  if (word === 'purchase') {
    if (PURCHASE_VERB_BEFORE.test(tokens[head - 1]?.lower ?? '')) return '!purchase as a verb';
    if (namedBuyer && value) return 'a named buyer paying millions';
    // "China's purchase of US soybeans": a country's goods bought, not a company.
    const bought = DETERMINERS.has(tokens[head + 2]?.lower ?? '') ? head + 3 : head + 2;
    const goods = known.some((m) => m.type === 'country' && m.start <= (tokens[bought]?.start ?? -1) && m.end >= (tokens[bought]?.end ?? Infinity)) && tokens[bought + 1]?.kind === 'word' && !isCapitalised(tokens[bought + 1]);
    if ((value || left.possessive) && next?.lower === 'of' && !goods && companyBought(tokens, head + 2)) return 'company bought';
    return '!a purchase of no company';
  }
  if (value) return 'value';
  if ((left.determiner || left.possessive) && left.modifiers.some((m) => PAID_IN.test(m))) return 'paid in cash or shares';
  if (namedParty(tokens, right.party, known)) return 'named party';
  if (namedBuyer) return 'named buyer';
  if (/^(the|this|that)$/.test(tokens[left.index]?.lower ?? '')) {
    const words = tokens.filter((t) => t.kind === 'word').map((t) => t.lower.replace(/['’]s$/, ''));
    if (words.some((w) => DEAL_CLEARED.test(w))) return 'a transaction being cleared';
    const namesOne = known.some((k) => k.type === 'country') || tokens.some((t, k) => t.kind === 'number' || t.kind === 'currency' || (k > 0 && t.kind === 'word' && t.text !== 'I' && isCapitalised(t)));
    if (namesOne && words.some((w) => DEAL_CLOSING.test(w)) && !words.some((w) => PAYMENT_WORDS.test(w))) return 'a transaction being closed';
  }
  return '!a transaction in general';
}

/** Words after a noun that are no noun of their own: verbs' helpers, prepositions, conjunctions, adverbs. */
const NOT_A_NOUN_AFTER = /^(is|was|are|were|be|been|has|had|have|will|would|shall|should|must|may|might|can|could|does|did|do|also|now|still|already|only|further|then|thus|therefore|itself|alone|not|never|and|or|but|nor|that|which|who|whose|where|when|as|under|for|to|with|between|among|in|on|of|at|by|from|into|within|after|before|since|until|through|over|up|out|set|put|took|made|gave|came|went|led|left|won|saw|got|brought|became|began|cut|let|drew|laid|meant|met|paid|held|kept|ran|sent|spent|stood|told|built|allows?|aims?)$/;
/** Nouns of an agreement's own parts, after its short name: "the Framework text", "the Framework partners". */
const AGREEMENT_PARTS = /^(text|texts|document|documents|signatories|signatory|parties|partners|members|provisions|commitments|goals|obligations|secretariat|talks|negotiations|deadline|terms|mechanism|mechanisms|implementation|ceremony|review|plan|schedule|roadmap)$/;

/**
 * "The Framework laptop", "the Framework team": capitalised Framework, after a determiner, right before
 * a lower-case word that is a noun (no verb in -s, -ed or of an irregular past, no helper, preposition or
 * adverb): a brand's name modifying that noun. An agreement's short name is followed by its verb.
 */
function brandNamedFramework(tokens: Token[], head: number, first: number): boolean {
  if (tokens[head].text !== 'Framework' || head !== first || !DETERMINERS.has(tokens[head - 1]?.lower ?? '')) return false;
  const next = tokens[head + 1];
  if (next?.kind !== 'word' || next.text !== next.lower || next.text.length < 3) return false;
  return !NOT_A_NOUN_AFTER.test(next.lower) && !AGREEMENT_PARTS.test(next.lower) && !/(?:[^s]s|ed|ly|ing)$/.test(next.lower);
}

/** What makes the phrase a specific deal ("determiner", "value"...), or why not ("!generic framework"). */
export function specificity(left: LeftEdge, cls: DealWordClass, tokens: Token[], head: number, first: number, right: { value?: ValuePhrase; party?: { from: number; to: number } }, known: KnownSpan[]): string {
  // ("MoUs" is a plural though it ends like "bonus", and "memoranda" one with no s.)
  // ("The first-year contract’s total value": a possessive, one contract.)
  // ("five memorandum of understanding (MoUs)": the short form in brackets is plural, and so is the phrase.)
  const pluralShortForm = tokens[head + 1]?.text === '(' && tokens[head + 3]?.text === ')' && /^(MoUs|MOUs|JVs|PPAs|FTAs|LOIs|LoIs)$/.test(tokens[head + 2]?.text ?? '');
  const plural = (/s$/.test(tokens[head].lower) && !/['’]s$/.test(tokens[head].lower) && (!/(ss|us)$/.test(tokens[head].lower) || tokens[head].text === 'MoUs' || tokens[head].text === 'MOUs')) || tokens[head].lower === 'memoranda' || /^(memoranda|memorandums)$/.test(tokens[first]?.lower ?? '') || pluralShortForm;
  if (insideOrganisationName(tokens, head, first)) return '!part of a name';
  // "Salman Khan Ventures", "Accel Ventures": a firm's name ending in "Ventures" after a capitalised
  // name (not "Joint Ventures", nor a headline that capitalises every word).
  if (tokens[head].text === 'Ventures' && head === first && head > 0 && isCapitalised(tokens[head - 1]) && !DETERMINERS.has(tokens[head - 2]?.lower ?? '') && !/['’]s?$/.test(tokens[head - 2]?.text ?? '') && !/^(joint|new|two|three|several|mining|business)$/.test(tokens[head - 1].lower) && tokens.some((t) => t.kind === 'word' && t.text.length > 3 && t.text === t.lower)) return '!a firm named Ventures';
  // RCEP, USMCA: an agreement's own initials name that one agreement, with or without "the",
  // unless a noun after them says they name something else (the KORUS choir).
  if (AGREEMENT_NAMES.has(tokens[head].text)) return initialsOfSomethingElse(tokens, head, known) ? '!initials of something else' : 'agreement by its initials';
  if (tokens[head].lower === 'takeover' || tokens[head].lower === 'takeovers') {
    // A takeover "of" a country is politics, not a deal; one with a price was bought ("its $14.1 billion takeover of U.S. Steel").
    const next = tokens[head + 1];
    if (next?.lower === 'of' && !left.value && !right.value && known.some((k) => k.type === 'country' && k.start > next.start && k.start <= next.end + 5)) return '!takeover of a country';
    // "the takeover of the town hall": a place seized, not a company bought (a price says it was bought).
    if (next?.lower === 'of' && !companyBought(tokens, head + 2) && !left.value && !right.value) return '!takeover of a place';
    // "the takeovers of Premiership giants Liverpool, Newcastle and Manchester City": the firms bought are named.
    if (plural && next?.lower === 'of') return 'companies bought';
  }
  if (/^(transactions?|purchases?)(['’]s)?$/.test(tokens[head].lower)) return dealingSpecificity(left, tokens, head, right, known);
  // "The AdvancedPierre buyout", "Tyson's $3.2 billion buyout of AdvancedPierre": a company bought out;
  // "a voluntary buyout" offered to staff, "buyout firms" and "the buyout" alone are not.
  if (/^buyouts?$/.test(tokens[head].lower)) {
    if (plural || /^(firms?|funds?|groups?|offers?|talks|bids?|specialists?|shops?|houses?|packages?|programs?|programmes?|schemes?)$/.test(tokens[head + 1]?.lower ?? '')) return '!buyouts in general';
    if (left.value || right.value) return 'value';
    if (tokens[head + 1]?.lower === 'of' && companyBought(tokens, head + 2)) return 'company bought';
    if (left.determiner && tokens.slice(left.index + 1, head).some((t) => t.kind === 'word' && isCapitalised(t))) return 'company named';
    return '!a buyout of no company';
  }
  // "The acquisition of the MSB license", "the acquisition of skills": not a company bought. An
  // acquisition is a deal with a price, a named buyer ("Google's acquisition"), or a company bought.
  if (/^acquisitions?$/.test(tokens[head].lower)) {
    if (left.value || right.value) return 'value';
    const possessor = left.possessive ? tokens[DETERMINERS.has(tokens[left.index].lower) ? left.index + 1 : left.index] : undefined;
    if (!plural && possessor && isCapitalised(possessor) && !/^(its|their|his|her)$/i.test(possessor.text)) return 'named buyer';
    if (!plural && tokens[head + 1]?.lower === 'of' && companyBought(tokens, head + 2)) return 'company bought';
    // "The acquisition is expected to close": one already told of, as "the deal".
    // Not "the museum's latest acquisition, a globe": a possessor that is no company bought a thing.
    const buyerOk = !possessor || COMPANY_HEADS.test(possessor.lower.replace(/['’]s?$/, ''));
    if (!plural && buyerOk && /^(the|this|that)$/.test(tokens[left.index].lower) && tokens[head + 1]?.lower !== 'of') return 'determiner';
    // "agreed to buy the biotech Kelvin Bio for $4.3 billion, its largest acquisition": in apposition to a company bought for a price.
    if (!plural && appositiveToPurchase(tokens, left.index)) return 'apposition to a purchase';
    return '!acquisition of no company at no price';
  }
  if (cls === 'money') return moneySpecificity(left, tokens, head, right, known, plural);
  if (cls === 'understanding') return understandingSpecificity(left, tokens, head, right, known);
  if (cls === 'framework') {
    if (left.modifiers.some((m) => GENERIC_FRAMEWORK.has(m))) return '!generic framework';
    // "act as the framework for a deal" is the generic sense; "a framework for cooperation" is not.
    const next = tokens[head + 1]?.lower;
    if ((next === 'for' || next === 'of') && !right.party && dealNounWithin(tokens, head + 2, 4)) return '!framework for a deal';
    // "agreed on a framework for talks on the border": the shape of talks still to be held, no agreement.
    if (next === 'for' && /^(talks|negotiations|discussions|dialogue)$/.test(tokens[head + 2]?.lower ?? '')) return '!framework for talks';
    // ("form a framework for the anticipated talks", "a framework for future negotiations": an article or a word or two of lower case between.)
    if (next === 'for' && !right.party && !right.value && talksAhead(tokens, head + 2)) return '!framework for talks';
    // "the framework of the house": a structure.
    if (next === 'of' && !right.party && !right.value) return '!framework of something';
    // A framework is an agreement when something says so: a party, a value, a signing, a country or a
    // mineral in its sentence. Otherwise it is a plan or a structure ("a new framework for teaching maths").
    const agreedIn = tokens.some((t) => SIGNING.test(t.lower)) || known.length > 0 || left.modifiers.some((m) => AGREED_SUBJECTS.test(m));
    // "the Framework sets out the parties' goals": a capitalised Framework after a lower-case "the",
    // mid-sentence, is the short name of one signed document (not a longer name: "the Framework Programme").
    const shortName = tokens[head].text === 'Framework' && head === first && tokens[head - 1]?.text === 'the' && !(tokens[head + 1]?.kind === 'word' && isCapitalised(tokens[head + 1])) && tokens.some((t) => t.kind === 'word' && t.text.length > 3 && t.text === t.lower)
      // Not a product's name before a noun or a model number ('the Framework laptop', 'the Framework 13'), and only where parties are spoken of.
      && tokens[head + 1]?.kind !== 'number' && !(tokens[head + 1]?.kind === 'word' && /^(laptops?|computers?|notebooks?|machines?|device|devices|chromebook)$/.test(tokens[head + 1].lower))
      && (/^(sets|commits|covers|provides|requires|took|takes|entered|enters)$/.test(tokens[head + 1]?.lower ?? '') || tokens.some((t) => /^(parties|party|parties'|signatories|sides|both|governments|nations|partners|signed|signing)$/.test(t.lower)));
    if (!right.party && !right.value && !left.value && !agreedIn && !shortName) return '!framework in its ordinary sense';
    // "The Framework laptop uses recycled aluminium": a capitalised Framework right before a lower-case
    // noun is a brand's name modifying it, whatever metal the sentence names (the agreement's short
    // name is followed by its verb, a preposition or a mark: "The Framework commits", "the Framework, which").
    if (brandNamedFramework(tokens, head, first) && !right.party && !right.value && !left.value) return '!a brand named Framework';
    if (shortName && !right.party && !right.value && !left.value && !agreedIn) return 'a framework by its short name';
  }
  // "the standard four-year deal a player can get", "a typical offtake contract": the usual kind, as written in lower case.
  if (!left.value && !right.value && !right.party && tokens.slice(left.index, head).some((t) => KIND_ADJECTIVES.test(t.text))) return '!the usual kind';
  // "the most common rental contract", "The AST agreement is the most common...", "The most common type of
  // lease is the Assured Shorthold Tenancy Agreement": a kind ranked by how common it is, or named as a type.
  if (!left.value && !right.value && !right.party && (mostCommon(tokens, left.index, head) || kindStatedAfter(tokens, head) || typeNamedBefore(tokens, left.index))) return '!the usual kind';
  // "America can strengthen its partnerships": a country's or a firm's ties, none named.
  if (cls === 'partnership' && plural && /^(its|their|our)$/.test(tokens[left.index]?.lower ?? '') && !right.party && !left.value && !right.value) return '!relationships';
  if (cls === 'partnership' && (left.modifiers.some((m) => RELATIONSHIP_WORDS.has(m)) || (left.modifiers.includes('investment') && left.modifiers.includes('trade')))) return '!relationship';
  if (left.determiner || left.value || left.possessive) {
    // "the lithium contracts signed with Russian firms": a participle of signing picks out the ones made.
    const signedAfter = /^(signed|inked|concluded|struck|sealed|awarded)$/.test(tokens[head + 1]?.lower ?? '') && /^(with|between|last|this)$/.test(tokens[head + 2]?.lower ?? '');
    if (plural && !left.possessive && !right.party && /^(these|those|the|any|both)$/.test(tokens[left.index]?.lower ?? '') && cls !== 'agreement' && !signedAfter && !pluralPointedBack(tokens, left.index, head, known)) return '!generic plural';
    // "in one of the largest hotel deals this year": one deal among its kind.
    if (plural && tokens[left.index]?.lower === 'the' && tokens[left.index - 1]?.lower === 'of' && tokens[left.index - 2]?.lower === 'one' && left.modifiers.some((m) => /est$/.test(m) || ORDINALS.test(m))) return 'one of its kind';
    return left.value ? 'value' : left.possessive ? 'possessive' : 'determiner';
  }
  // "signed 734 MoUs with various companies", "inked two pacts with leading Korean firms": counted (in
  // figures or words) right after a verb of signing, the ones made, whoever the other side is.
  const count = tokens[left.index];
  const countedAndSigned = plural && !!count && ((count.kind === 'number' && /^(\d{1,3}|\d{1,3}(,\d{3})+)$/.test(count.text)) || (count.kind === 'word' && COUNT_WORD.test(count.lower))) && /^(signed|signs|signing|inked|concluded|struck|sealed|exchanged)$/.test(verbBefore(tokens, left.index) ?? '');
  // "signed several MoUs", "watched the signing of several memoranda": "several" (which the walk
  // stops at) right after a verb or a noun of signing counts the ones made as a number does.
  if (plural && tokens[left.index - 1]?.lower === 'several') {
    const before = left.index - 2;
    const signedVerb = /^(signed|signs|sign|signing|inked|inks|concluded|struck|sealed|exchanged|exchange)$/.test(tokens[before]?.lower ?? '');
    const signingOf = tokens[before]?.lower === 'of' && /^(signing|exchange|conclusion)$/.test(tokens[before - 1]?.lower ?? '');
    if (signedVerb || signingOf) {
      left.index--;
      return 'counted and signed';
    }
  }
  // "Contracts worth a combined $4 billion were signed": the value of a set of deals; not a threshold ("contracts worth more than £200,000").
  // ("contracts worth 35 percent of a team's cap": a share that defines a kind, not a sum.)
  const valueOfAll = !!right.value && plural && right.value.percent === undefined && tokens.slice(Math.max(head + 1, right.value.from - 4), right.value.from).some((t) => VALUE_WORDS.has(t.lower)) && !THRESHOLD.test(tokens[right.value.from - 1]?.lower ?? '');
  if (right.party) {
    // "by agreement between the parties", "a contract between two people": any parties, named by no more than what they are.
    if (rolesOnly(tokens, right.party)) return '!no one in particular as partner';
    // "joint ventures with local smelters": a bare plural with no one named, counted or pointed at is talk of a kind.
    const partyStart = tokens[right.party.from]?.lower ?? '';
    if (countedAndSigned) return 'counted and signed';
    // "Glencore signed copper contracts worth $2 billion with Chinese smelters": the sum of a set signed, whoever the other side.
    // signed, not 'sign' as a habit or a rule ('Miners typically sign…', 'Companies that sign…') nor negated ('Neither company has signed…').
    const signedVerb = verbBefore(tokens, left.index) ?? '';
    const negatedOrHabit = tokens.slice(0, left.index).some((t) => /^(not|never|neither|nor|no|typically|usually|rarely|often|seldom|generally|normally|sometimes|must)$/.test(t.lower) || t.lower === "n't");
    if (valueOfAll && /^(signed|inked|concluded|struck|sealed|agreed)$/.test(signedVerb) && !negatedOrHabit) return 'value of them all';
    // ("separate agreements for two cargoes with affiliates of Trafigura": a plural told apart as
    // specific by its own word holds whatever its party.)
    if (plural && left.modifiers.some((m) => SPECIFIC_PLURAL.test(m))) return 'specific plural';
    if (plural && (!namedParty(tokens, right.party, known) || onlyAKindOfParty(tokens, right.party, known)) && !DETERMINERS.has(partyStart) && !NUMBER_WORDS.test(partyStart) && tokens[right.party.from]?.kind !== 'number') return '!generic plural with no one named';
    return 'party';
  }
  if (right.value && !plural) return 'value';
  if (valueOfAll) return 'value of them all';
  if (plural && left.modifiers.some((m) => SPECIFIC_PLURAL.test(m))) return 'specific plural';
  // "signed 15 cooperation agreements", "signed 260 MoUs": counted in figures and signed, as "two agreements" is counted in words.
  if (plural && count?.kind === 'number' && /^(\d{1,3}|\d{1,3}(,\d{3})+)$/.test(count.text) && SIGNING.test(verbBefore(tokens, left.index) ?? '')) return 'counted and signed';
  // "the group exchanged contracts for the purchase of three properties": exchanging contracts is how a property sale is agreed.
  if (tokens[head].lower === 'contracts' && left.index === head && tokens[head - 1]?.lower === 'exchanged') return 'contracts exchanged';
  // A proper name right before the noun: "Crucible JV".
  if (cls === 'venture' && head > 0 && isCapitalised(tokens[head - 1]) && tokens[head].text === 'JV') return 'named JV';
  return '!no determiner, value or party';
}
