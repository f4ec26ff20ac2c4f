/**
 * Sense rules for English aliases that are also ordinary words or other names. Each rule reads
 * a few words around the match and the other matches in its sentence; it answers `unsure` only
 * when a part-of-speech tag would settle it, and then says what to do if compromise is absent.
 * The rules for metal words, people's names, languages and lower-case names have modules of
 * their own.
 */
import * as cue from './cues.ts';
import { languageReading } from './language.ts';
import { lowerCaseName } from './lower-case.ts';
import { metalSense } from './metals.ts';
import { countryUnlessPerson, firstNameOnly, personOrCountry, personOrCountryCue } from './people.ts';
import { PayloadKind } from '../alias-index.ts';
import type { Decision, SenseInput } from './types.ts';
import { after, atSentenceStart, before, drop, hasAny, inList, isMatch, isSentenceStartWord, keep, sentenceWords, spaceBetween, withSpan, wordAfter, wordBefore } from './words.ts';
import { isTitleCase } from '../context.ts';
import { METONYM_CAPITALS } from '../lexicon/capitals.ts';

/** People who buy into clubs: "American football investors now own half of the Premier League's clubs". */
const CLUB_BUYERS = /^(investors?|owners?|backers?|buyers?|billionaires?|financiers?|tycoons?|bidders?|consortium|consortia|consortiums|moguls?)$/;

/**
 * What else a demonym can mean, as a reason, or undefined when it is the country: a language
 * ("speaks Turkish"), a breed ("an Afghan hound", "a Manx cat").
 */
export function demonymReading(input: SenseInput): string | undefined {
  if (languageReading(input)) return 'language';
  if (input.kind === PayloadKind.Demonym && cue.BREED_NOUNS.has(after(input, 1)[0] ?? '')) return 'breed';
  // "Haitian Creole", "Nigerian Pidgin": a language of its own, whatever the demonym.
  if (input.kind === PayloadKind.Demonym && /^(creole|pidgin|patois)$/.test(after(input, 1)[0] ?? '')) return 'language';
  // "American football", "Canadian football": a code of the game named for where it began, played
  // anywhere ("the NFL brings American football to London"); after other demonyms football is the
  // country's own game ("Brazilian football"), and "American footballer" a player of the country.
  // ("American football investors", "American football owners": those who put money into clubs are the
  // country's people, investors in football, as "American investors" are.)
  // (Words of the game itself, NFL, touchdown, an owners' meeting, keep the sport even before owners.)
  if (input.kind === PayloadKind.Demonym && /^(American|Canadian)$/.test(input.surface) && after(input, 1)[0] === 'football') return CLUB_BUYERS.test(after(input, 2)[1] ?? '') && !/\b(?:NFL|CFL|Super Bowl|Grey Cup|touchdowns?|quarterbacks?|kickoff|gridiron|salary cap)\b|football owners['’] meetings?\b/.test(input.text.slice(input.sentence.start, input.sentence.end)) ? undefined : 'sport';
  return undefined;
}

/** Capitals of Georgia's own region, which a list of countries names beside it (no US town of Georgia bears them). */
const NEAR_GEORGIA_CAPITALS = /^(Baku|Yerevan|Tbilisi|Ankara|Moscow|Kyiv|Kiev|Minsk|Astana|Tashkent|Bishkek|Dushanbe|Ashgabat)$/;

/** Words that carry a list or a route on past "Baku, Georgia,": "to Ceyhan", "through Turkey", "via Batumi". */
const ROUTE_ON = /^(?:to|through|via|into|onto|across|towards?|then|as|plus|along|together)$/;

/** Whether Georgia is closed by a comma and a lower-case word that carries no list or route on (an address's state set off). */
function addressSetOff(input: SenseInput): boolean {
  const rest = /^,\s*(\p{Ll}+)/u.exec(input.text.slice(input.end, input.end + 16));
  return rest !== null && !/^(?:and|or)$/.test(rest[1]) && !ROUTE_ON.test(rest[1]);
}

function georgia(input: SenseInput): Decision {
  const person = personOrCountryCue(input);
  if (person?.verdict === 'drop') return person;
  // "a Georgian townhouse": the British period of the four Georges.
  if (input.surface === 'Georgian' && cue.PERIOD_STYLE_NEXT.has(after(input, 1)[0] ?? '')) return drop('period-style');
  if (/\bstate of $/i.test(input.text.slice(Math.max(0, input.start - 12), input.start))) return drop('us-state');
  const words = sentenceWords(input);
  if (hasAny(words, cue.GEORGIA_COUNTRY_CUES)) return keep('caucasus');
  // "Athens, Georgia, is home to…", "in Commerce, Georgia.": a town named before its state and the
  // state set off after it, as American writing does (not "Athens, Georgia and Armenia", "Athens,
  // Georgia's capital", nor a list of countries going on with a capital).
  // (Nor when the word before is a country of its own: "Kazakhstan, Uzbekistan, Georgia, and Mongolia";
  // a capital there is the town's name, as in "Rome, Georgia" and "Dublin, Georgia".)
  const townBefore = /\b(\p{Lu}\p{Ll}+),\s*$/u.exec(input.text.slice(Math.max(0, input.start - 24), input.start));
  // (A neighbour's capital only when Georgia goes on as a list or a route: "from Baku, Georgia, to
  // Ceyhan"; set off by commas and followed by the sentence's own words, "Moscow, Georgia, held its
  // first meeting", "Ankara, Georgia, is a small town", it is a US town's address.)
  const countryBefore = townBefore !== null && (!METONYM_CAPITALS.has(townBefore[1]) || (NEAR_GEORGIA_CAPITALS.test(townBefore[1]) && !addressSetOff(input))) && input.neighbours.some((n) => n.type === 'country' && n.end === input.start - townBefore[0].length + townBefore[1].length);
  // ("Tyrone, Georgia and was a student": "and" then a lower-case word goes on with the sentence, not
  // with a list of places.)
  if (townBefore && !countryBefore && /^(?:,\s*(?!\p{Lu}|and\b|or\b)|[.;)]|$|\s+and\s+(?!the\b)\p{Ll})/u.test(input.text.slice(input.end, input.end + 12))) return drop('us-state');
  if (hasAny(words, cue.US_STATE_CUES) || /Georgia[’']s (Secretary|governor|Governor|legislature|Senate|senators?)/.test(input.text.slice(input.start, input.end + 24))) {
    return drop('us-state');
  }
  if (input.neighbours.some((n) => n.type === 'country' && n.entityId !== 'country:US' && n.entityId !== input.entityId)) return keep('country-context');
  if (input.neighbours.some((n) => n.entityId === 'country:US')) return drop('us-context');
  return keep('default-country');
}

/** Meats and foods listed beside "Turkey": "sources of zinc are Turkey, beef, crab and chicken". */
const FOODS_LISTED = new Set(['beef', 'chicken', 'duck', 'goose', 'ham', 'lamb', 'pork', 'veal', 'venison', 'fish', 'crab', 'shrimp', 'tuna', 'salmon', 'eggs', 'cheese', 'milk', 'beans', 'liver', 'poultry']);

function turkey(input: SenseInput): Decision {
  if (hasAny(sentenceWords(input), cue.BIRD_CUES)) return drop('bird');
  // A member of a list of foods: a food or a neighbour in the list ("Turkey, beef, crab") is one.
  const joined = /^\s*(?:,|and\b|or\b)/.test(input.text.slice(input.end, input.end + 5)) || /(?:,|\band|\bor)\s*$/.test(input.text.slice(Math.max(0, input.start - 5), input.start));
  if (joined && [...before(input, 2), ...after(input, 2)].some((w) => FOODS_LISTED.has(w))) return drop('bird');
  return keep('country');
}

function chile(input: SenseInput): Decision {
  const prev = before(input, 1)[0];
  if (prev === 'country' || inList(input, 'country')) return keep('country');
  return hasAny(sentenceWords(input), cue.PEPPER_CUES) ? drop('pepper') : keep('country');
}

function river(input: SenseInput): Decision {
  const next = after(input, 3);
  const prev = before(input, 1)[0];
  if (next.some((w) => cue.RIVER_CUES.has(w))) return drop('river');
  // "The Niger" alone is the river; "the Congo" alone is how the news names the DRC ("cobalt from the Congo").
  // Either river after "down/up/along/across the": "barges carry copper down the Congo".
  const [, prev2] = before(input, 2);
  if (prev === 'the' && prev2 !== undefined && /^(down|up|along|across)$/.test(prev2)) return drop('the-river');
  // "with Niger state", "the governors of Niger, Taraba, Kogi and Ogun states": a Nigerian state, before "state" (not "the Niger state") or in a list of states.
  if (input.entityId === 'country:NE' && prev !== 'the' && /^(?:\s*,?\s*(?:and\s+)?[A-Z][a-z]+)*\s+[Ss]tates?\b/.test(input.text.slice(input.end, input.sentence.end))) return drop('nigerian-state');
  if (input.entityId === 'country:NE' && prev === 'the' && !inList(input, 'country') && !(next[0] && cue.NIGER_STATE_NEXT.has(next[0]))) return drop('the-river');
  return keep('country');
}

/** Nouns of dealings between governments, before "with" or "between" a capital names a party. */
const DEALINGS = new Set(['deal', 'deals', 'agreement', 'agreements', 'pact', 'accord', 'framework', 'partnership', 'talks', 'ties', 'relations', 'negotiations', 'dialogue', 'truce', 'memorandum']);

/**
 * A capital as a party to dealings: "the framework between Canberra and the US", "talks with
 * Beijing", "a pact between Tokyo and Manila" (the second capital after "and").
 */
function partyToDealings(input: SenseInput): boolean {
  // "Tokyo Electron", "Tokyo-based Mitsubishi", "Paris Saint-Germain": a company's or a club's name.
  if (/^(?:-|\s+\p{Lu})/u.test(input.text.slice(input.end, input.end + 2))) return false;
  const words = before(input, 6);
  if (words[0] === 'with' || words[0] === 'between') return DEALINGS.has(words[1] ?? '');
  // The second party: "between the US and Canberra", only a country or a capital (and "the")
  // between "between" and "and" (not "talks between firms in London and Paris").
  if (words[0] !== 'and') return false;
  const at = words.indexOf('between');
  if (at < 0 || !DEALINGS.has(words[at + 1] ?? '')) return false;
  const { text } = input;
  const and = text.lastIndexOf('and', input.start);
  const between = text.lastIndexOf('between', and);
  return input.neighbours.some(
    (n) => n.type === 'country' && n.start > between && n.end <= and && /^between\s+(?:the\s+)?$/.test(text.slice(between, n.start)) && /^\s*$/.test(text.slice(n.end, and)),
  );
}

/** Capitalised words before a capital that are a date or a source, never a given name: "On Tuesday Washington", "According to Reuters Beijing". */
const DATES_AND_SOURCES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'reuters', 'bloomberg', 'xinhua', 'afp', 'kyodo', 'yonhap', 'tass', 'nikkei', 'bernama', 'antara']);
/** Whether `prev` ends a phrase of at most four words (itself the last) that opens the sentence with a preposition or a time word. */
function openingPhraseEnds(input: SenseInput, prev: { start: number }): boolean {
  if (!PREPOSITIONS.has(before(input, 2)[1] ?? '')) return false;
  const opening = input.text.slice(input.sentence.start, prev.start).trim().split(/\s+/);
  return opening.length <= 3 && OPENERS_BEFORE_PLACE.has(opening[0].toLowerCase());
}

/** Words that name a part of a city before its name: "East London", "Greater Tokyo". */
const PLACE_PARTS = new Set(['east', 'west', 'north', 'south', 'central', 'greater', 'downtown', 'inner', 'outer', 'old']);
const PREPOSITIONS = new Set(['in', 'on', 'at', 'since', 'by', 'under', 'after', 'before', 'with', 'from', 'during', 'until', 'for', 'to', 'than', 'of', 'last', 'next', 'this']);

/** Words that open a sentence before a place rather than name a person: "In Washington", "Today Beijing". */
const OPENERS_BEFORE_PLACE = new Set(['in', 'on', 'at', 'from', 'to', 'for', 'by', 'with', 'after', 'before', 'since', 'until', 'during', 'via', 'across', 'near', 'outside', 'inside', 'without', 'under', 'over', 'through', 'against', 'toward', 'towards', 'today', 'yesterday', 'tomorrow', 'meanwhile', 'only', 'even', 'also', 'both', 'still', 'now', 'then', 'here', 'there', 'officially', 'finally', 'instead', 'separately', 'earlier', 'later', 'elsewhere', 'likewise', 'similarly', 'nonetheless', 'nevertheless', 'however', 'moreover', 'indeed', 'overall', 'initially', 'eventually', 'recently', 'previously', 'currently', 'ultimately', 'notably', 'critically', 'unlike', 'like', 'while', 'when', 'where', 'if', 'as', 'but', 'and', 'so', 'yet', 'or', 'nor', 'because', 'although', 'though']);

/**
 * "Denzel Washington said", "George Washington signed": the capital's name after a capitalised word
 * is a surname (or a part of a place, "East London"), not the government; not after a preposition
 * or an adverb that opens the sentence, an acronym, another match or an institution's word, nor in
 * a headline, whose words are all capitalised.
 */
function surnameAfterGivenName(input: SenseInput, prev: { text: string; start: number; end: number }): boolean {
  const lower = prev.text.toLowerCase();
  // "in East London", "Greater Tokyo": a part of the city, after any preposition.
  if (PLACE_PARTS.has(lower) && spaceBetween(input, prev) && !isTitleCase(input.text, input.sentence)) return true;
  return (
    /^\p{Lu}\p{Ll}+$/u.test(prev.text) &&
    spaceBetween(input, prev) &&
    !(isSentenceStartWord(input, prev) && OPENERS_BEFORE_PLACE.has(lower)) &&
    !isMatch(input, prev) &&
    !cue.NEVER_GIVEN_NAMES.has(lower) &&
    !cue.INSTITUTION_WORDS.has(lower) &&
    !DATES_AND_SOURCES.has(lower) &&
    // "On Monday Beijing", "Under Trump Washington", "After talks with Xi Washington": a short phrase
    // opening the sentence ends before the capital (not "A letter from George Washington").
    !openingPhraseEnds(input, prev) &&
    !isTitleCase(input.text, input.sentence)
  );
}

/**
 * Words of a city's own government and streets, which a capital's metonym for its state rarely has
 * near it: its mayor (not "the mayor of" another place), its municipality (not municipal bonds or
 * elections), its road traffic and jams (not shipping or tanker traffic), parking, pubs.
 */
const CITY_GOVERNMENT = /\b(?:mayor(?:s|al)?\b(?! of)|municipality|borough|boroughs|city hall|city council|city government|city authorities|transport authority|parking|pubs?)\b|\bmunicipal (?!bonds?|debt|elections?)|\b(?:road|ease|easing|eases) traffic\b|\btraffic (?:jams?|congestion|lights|police|fines|rules)\b/i;

/** Taxis within five words after the capital, with no clause break between. */
const TAXIS_AFTER = /^(?:[\s\w'’-]*?\s)?(?:robo-?)?taxis?\b/i;

/** Adverbs between an auxiliary and its verb: "will also ban", "could soon lift". */
const ADVERBS_BEFORE_VERB = new Set(['also', 'not', 'now', 'soon', 'then', 'still', 'likely', 'further', 'quickly', 'swiftly']);

/** A capital standing for its government: "Beijing imposed", "Washington has said". */
function capital(input: SenseInput): Decision {
  const prev = before(input, 1)[0];
  if (partyToDealings(input)) return keep('metonym-party');
  if (prev && cue.LITERAL_PLACE_BEFORE.has(prev)) return drop('literal-place');
  // "Real Madrid agreed a deal": a club named by its city.
  const prevWord = wordBefore(input);
  if (prevWord && spaceBetween(input, prevWord) && cue.CLUB_NAME_PREFIXES.has(prevWord.text)) return drop('club-name');
  if (input.surface === input.surface.toUpperCase() && input.surface.length > 3) return drop('dateline');
  if (prevWord && surnameAfterGivenName(input, prevWord)) return drop('after-a-name');
  // "Prague will ban night-time pub crawls, the mayor said": the city's own government.
  if (CITY_GOVERNMENT.test(input.text.slice(input.sentence.start, input.sentence.end))) return drop('city-government');
  // "London will ban diesel taxis", "Beijing has approved robo-taxis": the city's own cabs, within
  // the capital's clause (not "..., a move that hit taxi fleets" later on).
  // (Not cabs of trade, "banned Chinese-made robotaxis", "banned imports of foreign-made taxis".)
  const taxis = TAXIS_AFTER.exec(input.text.slice(input.end, input.end + 48));
  if (taxis && !/\b(?:imports?|exports?|tariffs?|foreign|[\w-]+-made|Chinese|American|Japanese|Korean)\b/.test(taxis[0])) return drop('city-government');
  const next = after(input, 3);
  if (next[0] && cue.POLICY_VERBS.has(next[0])) return keep('metonym');
  if (next[0] && cue.AUXILIARIES.has(next[0]) && next.slice(1).some((w) => cue.POLICY_VERBS.has(w))) return keep('metonym');
  // "Washington will lift", "Beijing will also ban": a bare verb right after the auxiliary, or after
  // one adverb (not "Tokyo has a plan", where "plan" is a noun).
  const bare = next[1] !== undefined && ADVERBS_BEFORE_VERB.has(next[1]) ? next[2] : next[1];
  if (next[0] && cue.AUXILIARIES.has(next[0]) && bare !== undefined && cue.POLICY_VERBS_AFTER_AUXILIARY.has(bare)) return keep('metonym');
  if (next[0] === 'and') {
    const partner = input.neighbours.find((n) => n.start > input.end && /^\s*and\s*$/.test(input.text.slice(input.end, n.start)));
    if (partner) {
      const later = after(withSpan(input, { end: partner.end }), 2);
      if (later[0] && (cue.POLICY_VERBS.has(later[0]) || cue.AUXILIARIES.has(later[0]))) return keep('metonym-pair');
    }
  }
  return drop('capital-not-metonym');
}

/** All-caps "US" inside an all-caps phrase ("LET US KNOW") is the pronoun; "America Ferrera" a person. */
function usPronoun(input: SenseInput): Decision {
  if (input.surface === 'America') return firstNameOnly(input) ?? keep('not-us');
  // "US$8.5bn" is a currency, not a mention of the country.
  if (input.text.charAt(input.end) === '$') return drop('currency');
  if (input.surface !== 'US') return keep('not-us');
  const prev = wordBefore(input)?.text;
  if (prev && prev === prev.toUpperCase() && /^(LET|TELL|GIVE|SHOW|FOR|WITH|TO|OF|JOIN|ABOUT|FROM|HELP|CONTACT|FOLLOW|CALL|EMAIL|ASK|WRITE|VISIT|BY)$/.test(prev)) {
    return drop('pronoun');
  }
  return keep('us');
}

/** Ireland: "Ireland Baldwin" is a person, "Ireland" alone the country. */
function firstNameOrCountry(input: SenseInput): Decision {
  return firstNameOnly(input) ?? keep('default-country');
}

/** "the Emirates" is the country; "Emirates" alone is the airline ("Emirates flights", "Emirates Stadium"). */
function emirates(input: SenseInput): Decision {
  if (input.surface !== 'Emirates') return keep('no-rule');
  const next = wordAfter(input);
  if (before(input, 1)[0] !== 'the' || (next && /^\p{Lu}/u.test(next.text) && !isMatch(input, next))) return drop('airline-or-name');
  return keep('the-emirates');
}

/** "Polish the silver": the verb, when it opens a sentence and an object follows. */
function polish(input: SenseInput): Decision {
  if (input.surface === 'Polish' && atSentenceStart(input) && cue.OBJECT_STARTS.has(after(input, 1)[0] ?? '')) return drop('imperative-verb');
  return keep('no-rule');
}

/** "the Dominican order", "Dominican friars": the religious order, not the republic. */
function dominican(input: SenseInput): Decision {
  const next = after(input, 1)[0];
  return next && cue.RELIGIOUS_ORDER_NEXT.has(next) ? drop('religious-order') : keep('no-rule');
}

/** "Indians" as Cleveland's old baseball team. */
function india(input: SenseInput): Decision {
  if (input.surface === 'Indians' && hasAny(sentenceWords(input), cue.BASEBALL_CUES)) return drop('baseball-team');
  return countryUnlessPerson(input);
}

/** "China Doll", "China teacups": porcelain, whatever the capital (a headline's or a title's). */
function china(input: SenseInput): Decision {
  const next = wordAfter(input);
  if (input.surface === 'China' && next && spaceBetween(input, next) && cue.PORCELAIN_OBJECTS.has(next.text.toLowerCase())) return drop('porcelain');
  return keep('no-rule');
}

/** Cattle named after the Channel Islands: "Jersey cattle", "a Guernsey cow". */
const CATTLE_NEXT = new Set(['cattle', 'cow', 'cows', 'bull', 'bulls', 'heifer', 'heifers', 'calf', 'calves', 'herd', 'herds', 'milk', 'breed', 'breeds', 'dairy']);

/** Jersey and Guernsey: the islands, or the breeds of cattle named after them ("Jersey cattle", "The Jersey is a dairy breed"). */
function channelIsland(input: SenseInput): Decision {
  if (CATTLE_NEXT.has(after(input, 1)[0] ?? '')) return drop('breed');
  // An article right before it ("The Jersey is the smallest breed", "a Guernsey"): a cow or a garment, not the island ("the Isle of Jersey" has "of").
  if (/\b(?:[Tt]he|[Aa]n?)\s+$/.test(input.text.slice(Math.max(0, input.start - 4), input.start))) return drop('breed');
  return keep('no-rule');
}

const COUNTRY_RULES: Record<string, (input: SenseInput) => Decision> = {
  'country:JE': channelIsland,
  'country:GG': channelIsland,
  'country:CN': china,
  'country:JO': personOrCountry,
  'country:TD': personOrCountry,
  'country:IN': india,
  'country:IE': firstNameOrCountry,
  'country:AE': emirates,
  'country:PL': polish,
  'country:DO': dominican,
  'country:IL': countryUnlessPerson,
  'country:GE': georgia,
  'country:TR': turkey,
  'country:CL': chile,
  'country:NE': river,
  'country:CD': river,
  'country:CG': river,
  'country:US': usPronoun,
};

export function decideEnglish(input: SenseInput, isCapital: boolean): Decision {
  if (isCapital) return capital(input);
  if (input.lowerCase) return lowerCaseName(input);
  if (input.entityId.startsWith('mineral:')) return metalSense(input);
  const reading = demonymReading(input);
  if (reading) return drop(reading);
  const rule = COUNTRY_RULES[input.entityId];
  return rule ? rule(input) : keep('no-rule');
}

