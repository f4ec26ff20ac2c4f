/**
 * Metal words in their other senses, decided from the sentence by general cues rather than
 * lists of phrases: a colour or a look ("black and gold", "painted silver"), a product tier
 * ("Platinum card", "Gold status"), a medal or an award ("took gold in the 200 m", "went
 * platinum"), a coin ("a nickel"), a police officer ("the copper said"), a household or golf
 * iron, a verb or a position (lead). Anything else is the metal.
 */
import { gapText, isTitleCase, wordsBefore } from '../context.ts';
import * as cue from './cues.ts';
import { inBylineName } from './name-edges.ts';
import type { Decision, SenseInput } from './types.ts';
import { after, atSentenceStart, bare, before, capitalisedAlone, drop, hasAny, inList, inListingTitle, insideProperName, isCapitalised, isSentenceStartWord, nameAtSentenceStart, namedByAppositive, isMatch, keep, sentenceWords, spaceBetween, withSpan, wordAfter, wordBefore } from './words.ts';

/** Words after "took gold" that show a market story, not a medal ("took gold to record highs"). */
const MARKET_AFTER = /^(to|toward|towards|higher|lower|up|down|above|below|past|prices?|futures|back|off)$/;
/** Words of a theft: the copper around them is the loot, not an officer ("after the copper was stolen"). */
const THEFT_WORDS = new Set(['stolen', 'stole', 'steal', 'steals', 'stealing', 'theft', 'thefts', 'stripped', 'looted', 'loot']);
/** Verbs of taking a material off a building: "stripped the lead from the roof" (a game's lead is stolen or snatched, not stripped). */
const STRIP_VERBS = /^(strip|strips|stripped|stripping|rip|rips|ripped|ripping|prise|prised|pry|pried)$/;
/** Capitalised headline words before a metal that is the metal itself ("Why Gold Rises", "Banks Buy Gold As..."). */
const HEADLINE_LINKS = /^(as|why|how|and|or|but|of|on|in|into|for|to|at|with|from|by|after|before|over|under|amid|than|vs|the|a|an|buy|buys|sell|sells|hold|holds|when|where|while)$/;
/** Words that cannot end a verb's object: after them the metal is a noun of its own ("sprayed with gold"). */
const OBJECT_ENDS = /^(to|from|of|in|into|with|for|on|at|by|and|or|as|than|the|a|an)$/;
/** Words before "iron" that name a kind of the metal, not an appliance's look. */
const IRON_KINDS = /^(cast|wrought|pig|scrap|sponge|pure|molten|raw|corrugated|galvanised|galvanized)$/;
const LEAD_MODALS = /^(will|would|could|can|may|might|shall|should|must|cannot|won't|can't|wouldn't|couldn't|shouldn't)$/;
const LEAD_FOUND_VERBS = /^(found|find|finds|detected|detect|detects|contain|contains|contained|containing)$/;
/** Verbs of what is done to the bare metal: "leach lead into the water", "hot enough to melt lead", "replaced lead as the material", "newly mined lead". */
// ("mined" only: "the mines lead the region" is a noun and the verb; "data-mined" stays one word.)
/** Verbs of trade and carriage whose bare object lead is the metal: "sold lead to", "shipped lead to". */
const LEAD_TRADED_VERBS = /^(bought|buys|buy|sold|sells|sell|shipped|ships|ship|sent|exported|exports|export|imported|imports|import|traded|trades|delivered|delivers|supplied|supplies|stockpiled|stockpiles)$/;
const LEAD_HANDLED_VERBS = /^(leach|leaches|leached|leaching|melt|melts|melted|melting|smelt|smelts|smelted|solder|soldered|replaced|replace|replaces|removed|remove|removes|absorb|absorbs|absorbed|ingest|ingested|inhale|inhaled|mined)$/;
/** What "Lead is a ..." says of the metal: "Lead is a potent neurotoxin", "Lead was a common material". */
const LEAD_SAID_METAL = /^\s+(?:is|was)\s+(?:(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:neurotoxin|toxin|metal|material|element|poison|contaminant)\b|(?:highly\s+|very\s+|extremely\s+|also\s+)?(?:toxic|poisonous|neurotoxic)\b)/u;
/** Prefixes that say how much lead something has: "no-lead", "low-lead", "lead-free" is the other way round. */
const LEAD_AMOUNT_PREFIX = /(?:^|[^A-Za-z])(?:no|low|non|zero|reduced|high)-$/i;
/** What one is exposed to: "exposure to lead". */
const LEAD_EXPOSURE = /^(exposure|exposures|exposed|exposing|expose|exposes)$/;
/** A percentage right before "lead", and the word before its number. */
const LEAD_SHARE_BEFORE = /(?:^|\s)([\p{L}’']*)\s*\d[\d.,]*\s*%\s*$/u;
/** Words of an election's polls, beside which a percentage lead is a margin. */
const POLLED = /\bpolls?\b|\bsurvey|\bvoters?\b|\bpoints?\b/i;
/** Who holds a margin: "a 5% lead", "Labour's 5% lead", "the 3% lead". */
const LEAD_MARGIN_OWNER = /^(a|an|the|its|their|his|her|our|\p{L}+['’]s?)$/u;
/** Amounts of the metal: "absorb more lead", "contains no lead". */
const LEAD_QUANTIFIERS = /^(no|more|less|much|some|little|traces|any|enough)$/;
/** Substances the metal is found in: "lead in drinking water", "lead in the blood". */
const LEAD_SUBSTANCES = /^(water|blood|paint|soil|soils|food|foods|toys|dust|pipes|air|spices|tap|gasoline|petrol|fuel|cosmetics|lipstick|jewelry|jewellery|ceramics|glaze|glazes|bones)$/;
/** What the metal does as a subject: "lead leaches from pipes". */
const LEAD_SUBJECT_VERBS = /^(leach|leaches|leached|leaching|accumulates|accumulated|contaminates|oxidises|oxidizes|corrodes|dissolves)$/;
const LEAD_TEST_WORDS = new Set(['test', 'tests', 'tested', 'testing', 'screen', 'screened', 'screening', 'sampled', 'samples', 'checked']);
const ORDINALS = /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|maiden|\d+(st|nd|rd|th))$/;
const DETERMINERS = /^(the|a|an|some|its|their|his|her|our|your|my|this|that|all|any|no)$/;
const COUNT_WORDS = /^(a|one|every|another|single|extra|spare|few|two|three|four|five|six|seven|eight|nine|ten|\d+)$/;

/**
 * The material reading wins whenever the sentence is about the material or the word modifies a
 * material noun; a list of metals counts too, unless the caller knows it is a tally of medals.
 */
function materialContext(input: SenseInput, countList = true): boolean {
  const next = after(input, 1)[0];
  if (next && (cue.MATERIAL_CONTEXT.has(next) || cue.LEAD_MATERIAL_NEXT.has(next) || cue.METAL_FORMS.has(next))) return true;
  if (countList && inList(input, 'mineral')) return true;
  return hasAny(sentenceWords(input), cue.MATERIAL_CONTEXT);
}

/** Nothing a noun could be after the word: the end, punctuation, or a function word ("a nickel a gallon"). */
function standsAlone(input: SenseInput): boolean {
  const next = wordAfter(input);
  if (!next || /[.,;:!?)"”]/.test(input.text.slice(input.end, next.start))) return true;
  return cue.FUNCTION_WORDS.has(next.text.toLowerCase());
}

/** Words after a metal that make it a colour's name: "silver colored", "gold-coloured", "silver-toned". */
const COLOURED_AFTER = /^[-‐ ](?:colou?red|toned|tinted|hued)\b/i;
/** A list of colours after a metal: ", black and cream", ", red, white and blue". */
const COLOUR_LIST_AFTER = /^,\s*\p{L}+(?:,\s*\p{L}+){0,3},?\s+(?:and|or)\s+\p{L}+/u;
/** Colours in "-ish" before a metal: "grayish silver". */
const ISH_COLOURS = /^(greyish|grayish|bluish|yellowish|whitish|reddish|brownish|greenish|pinkish|blackish|silvery)$/;

/** A colour or a look: "a gold gown", "black and gold", "silver-grey", "painted gold", "shades of silver". */
function colour(input: SenseInput): Decision | undefined {
  const [next, next2, next3] = after(input, 3);
  // "nickel car batteries": a material noun after the look word makes the pair a compound of the metal's use.
  // A material word right before does the same, alone or in a hyphenated word: "battery copper foil", "battery-grade copper foil".
  const prev = before(input, 1)[0];
  const materialBefore = prev !== undefined && prev.split('-').some((w) => cue.MATERIAL_CONTEXT.has(w));
  if (next && cue.COLOUR_NEXT.has(next) && !(next2 && cue.MATERIAL_CONTEXT.has(next2)) && !materialBefore) return drop('colour-noun');
  const ahead = input.text.slice(input.end, input.end + 30);
  const behind = input.text.slice(Math.max(input.sentence.start, input.start - 30), input.start);
  // Joined by "and", "or", "&", "/" or a hyphen; a comma is too loose ("producing white, cobalt requires").
  const nextColour = /^(?:\s*(?:&|\/|-|–)\s*|\s+(?:and|or)\s+|\s)(\p{L}+)/u.exec(ahead)?.[1];
  // Before the metal a joiner is needed: "black and gold" is a colour, "white gold" an alloy.
  const prevColour = /(\p{L}+)(?:\s*(?:&|\/|-|–)\s*|\s+(?:and|or)\s+)$/u.exec(behind)?.[1];
  if ((nextColour && cue.COLOUR_WORDS.has(nextColour.toLowerCase())) || (prevColour && cue.COLOUR_WORDS.has(prevColour.toLowerCase()))) return drop('colour-pair');
  // "silver colored metals", "the era's gold-colored metal": the metal names a colour.
  if (COLOURED_AFTER.test(ahead)) return drop('colour-named');
  // "silver, black and cream": the first of a list of colours, the rest joined by commas and "and".
  const list = COLOUR_LIST_AFTER.exec(ahead);
  if (list && list[0].match(/\p{L}+/gu)!.every((w) => /^(and|or)$/i.test(w) || cue.COLOUR_WORDS.has(w.toLowerCase()))) return drop('colour-list');
  // A vehicle right after it, or after one word that is no material noun ("a silver vintage
  // Rolls-Royce"), in a sentence that says nothing of the metal's trade ("the mine's gold trucks").
  const materialNoun = (w: string | undefined) => w !== undefined && (cue.MATERIAL_CONTEXT.has(w) || cue.METAL_FORMS.has(w));
  const vehicleAt = next && cue.VEHICLE_WORDS.has(next) ? 1 : next2 && cue.VEHICLE_WORDS.has(next2) && !materialNoun(next) ? 2 : 0;
  const afterVehicle = vehicleAt === 1 ? next2 : next3;
  if (vehicleAt && !(afterVehicle && cue.MATERIAL_CONTEXT.has(afterVehicle)) && !materialContext(input)) return drop('colour-vehicle');
  const [b1, b2, b3] = before(input, 3);
  if (b1 && cue.APPEARANCE_VERBS.has(b1)) return drop('colour-verb');
  // "a grayish silver", "a yellowish gold": a shade qualified by a colour in "-ish".
  if (b1 && ISH_COLOURS.test(b1)) return drop('colour-qualified');
  if (b1 === 'in' && b2 && cue.APPEARANCE_VERBS.has(b2)) return drop('colour-verb');
  // "dyed her hair copper", "painted it gold": the colour the verb gives its object, with nothing
  // after it that the metal could modify.
  if (b1 && !OBJECT_ENDS.test(b1) && [b2, b3].some((w) => w !== undefined && cue.COLOUR_COMPLEMENT_VERBS.has(w)) && standsAlone(input)) return drop('colour-complement');
  // "comes in gold, silver and grey", "comes in black, silver and gold": a later member of a list
  // of colours, whatever joins it to the one before (and, or, a comma).
  const words = before(input, 7);
  const opener = words.findIndex((w) => !(cue.COLOUR_WORDS.has(w) || /^(gold|silver|platinum|copper|bronze|and|or|rose|space)$/.test(w)));
  if (opener > 0 && words[opener] === 'in' && cue.APPEARANCE_VERBS.has(words[opener + 1] ?? '')) return drop('colour-list');
  if (b1 === 'of' && b2 && /^(shades?|hues?|tones?|flecks|streaks|splashes)$/.test(b2)) return drop('colour-shade');
  // "from rose gold to icy platinum, stylists predict the shades of spring": a shade's qualifier in a story about colours.
  const talk = hasAny(sentenceWords(input), cue.COLOUR_TALK) || (standsAlone(input) && hasAny(sentenceWords(input), cue.PAINT_TALK));
  if (b1 && cue.SHADE_QUALIFIERS.has(b1) && talk && !materialContext(input)) return drop('colour-qualified');
  // "the gold line on the chart": a colour that tells a graph's parts apart.
  if (next && cue.CHART_PARTS.has(next) && hasAny(sentenceWords(input), cue.CHART_WORDS)) return drop('chart-colour');
  return undefined;
}

/** A verb of naming, then an opening quote and at most two words: 'called "pure', 'hailed as "', 'referred to as "white'. */
const NAMED_IN_QUOTES = /\b(?:call|calls|called|calling|dub|dubs|dubbed|hail|hails|hailed|branded|labelled|labeled|described|nicknamed|known|referred\s+to)\s+(?:(?:it|him|her|them|as)\s+)*["“‘'](?:[\p{L}-]+\s+){0,2}$/iu;

/** Verbs of striking, before "gold" a sudden success ("struck gold with his first startup"). */
const STRIKE = /^(strike|strikes|struck|striking)$/;
/** Words of a search for ore, beside "struck gold" (mining words proper are in MATERIAL_CONTEXT). */
const PROSPECTING = new Set(['prospector', 'prospectors', 'prospecting', 'drill', 'drills', 'drilled', 'drilling', 'vein', 'veins', 'nugget', 'nuggets', 'shaft', 'claim', 'claims', 'panning', 'metres', 'meters', 'feet']);

/**
 * "a gold mine of information", "an absolute gold mine of old photos": a rich source of things one
 * reads, sees or finds, not a mine ("a gold mine of 2 million ounces", "a gold mine of enormous size").
 */
const SOURCE_OF = /^\s+mine\s+of\s+(?:[a-z]+\s+)?(information|data|knowledge|ideas|tips|advice|insights?|inspiration|stories|anecdotes|facts|trivia|details|material|resources|recipes|photos|photographs|images|pictures|footage|records|documents|letters|quotes|memories|history|talent|opportunities|content|references|examples|books|songs|music)\b/;
/** Words of praise between the article and "gold mine" ("an absolute gold mine", "a real gold mine"). */
const SOURCE_PRAISE = /^(?:absolute|real|veritable|true|virtual|perfect|total|genuine)$/;

/** "black gold" (oil), "digital gold" (bitcoin): gold as a figure of speech, unless a material noun follows. */
function figurativeGold(input: SenseInput): Decision | undefined {
  // 'a voice critics called "pure gold"': praise quoted after a verb of naming, ending on the metal.
  if (/^[.,!?]?["”’']/.test(input.text.slice(input.end, input.end + 2)) && NAMED_IN_QUOTES.test(input.text.slice(Math.max(0, input.start - 48), input.start))) return drop('figurative');
  const source = input.text.charCodeAt(input.end) === 32 ? SOURCE_OF.exec(input.text.slice(input.end, input.end + 48)) : null;
  if (source) {
    const [b1, b2] = before(input, 2);
    if (b1 === 'a' || (b1 !== undefined && SOURCE_PRAISE.test(b1) && (b2 === 'a' || b2 === 'an'))) return drop('figurative: a rich source');
  }
  const prev = wordBefore(input);
  const next = after(input, 1)[0];
  // "struck gold with his first startup": a sudden success, unless the sentence is about mining or
  // prospecting ("the miners struck gold at 40 metres").
  if (prev && STRIKE.test(bare(prev.text)) && spaceBetween(input, prev)) {
    return hasAny(sentenceWords(input), cue.MATERIAL_CONTEXT) || hasAny(sentenceWords(input), PROSPECTING) ? undefined : drop('figurative');
  }
  if (!prev || !spaceBetween(input, prev) || !cue.FIGURATIVE_GOLD_BEFORE.has(bare(prev.text))) return undefined;
  return next && (cue.MATERIAL_CONTEXT.has(next) || cue.METAL_FORMS.has(next)) ? undefined : drop('figurative');
}

/** "a cast-iron guarantee", "cast iron rules": firmness as a figure, before a noun of a promise or a rule. */
function assurance(input: SenseInput): Decision | undefined {
  if (!/\bcast[-‐ ]$/i.test(input.text.slice(Math.max(0, input.start - 5), input.start))) return undefined;
  const noun = after(input, 1)[0];
  return noun !== undefined && cue.ASSURANCE_NOUNS.has(noun) ? drop('figurative-assurance') : undefined;
}

/** "zinc-grey skies", "cobalt-blue tiles": a metal joined by a hyphen to a colour word is a shade. */
export function colourCompound(text: string, end: number): boolean {
  if (text.charAt(end) !== '-') return false;
  const colour = /^-(\p{L}+)/u.exec(text.slice(end, end + 12))?.[1];
  return colour !== undefined && cue.COLOUR_WORDS.has(colour.toLowerCase());
}

/** Units before "of": "6 grams of gold" weighs the metal, whatever medals the sentence speaks of. */
const QUANTITY_UNITS = /^(grams?|g|kilos?|kilograms?|kg|ounces?|oz|tonnes?|tons?|pounds?|lbs?|carats?|milligrams?|mg|micrograms?)$/;

function quantity(input: SenseInput): Decision | undefined {
  const [b1, b2] = before(input, 2);
  return b1 === 'of' && b2 !== undefined && QUANTITY_UNITS.test(b2) ? keep('quantity') : undefined;
}

/** "a heart of gold", "a will of iron": a person's character, unless the sentence is about the material. */
function character(input: SenseInput): Decision | undefined {
  const [b1, b2] = before(input, 2);
  // The metal ends the phrase: "the heart of gold country" is a region of the metal.
  if (b1 !== 'of' || b2 === undefined || !cue.CHARACTER_NOUNS.has(b2) || !standsAlone(input) || materialContext(input)) return undefined;
  return drop('character');
}

/** A tier, a rank or a product line: "Platinum card", "gold status", "silver sponsors". */
function tier(input: SenseInput): Decision | undefined {
  // Tiers and ranks are named after the precious metals; "the nickel partnership", "iron levels"
  // and "lithium partners" are the metal.
  if (!AWARD_METALS.has(input.entityId)) return undefined;
  const next = after(input, 1)[0];
  if (next && cue.TIER_NOUNS.has(next) && !materialContext(input)) return drop('tier');
  // "gold and silver cardholders", "the silver and gold seating": a list of tiers ends on the noun.
  if (AWARD_METALS.has(input.entityId) && !materialContext(input, false)) {
    const last = lastOfTierList(input) ?? input;
    const noun = after(withSpan(input, { end: last.end }), 1)[0];
    if (noun && cue.TIER_NOUNS.has(noun)) return drop('tier-list');
    // "silver or gold cards": the list's last metal may be taken whole by a blocking phrase ("gold
    // cards") and so be no neighbour; the words after the list still end on the tier noun.
    const rest = TIER_LIST_REST.exec(input.text.slice(input.end, input.end + 60));
    if (rest && cue.TIER_NOUNS.has(rest[1].toLowerCase())) return drop('tier-list');
  }
  return undefined;
}

/** The rest of a list of tier metals after its first member, and the noun it ends on: " or gold cards". */
const TIER_LIST_REST = /^(?:\s*(?:,|\band\b|\bor\b|&|\/)\s*(?:gold|silver|platinum|bronze))+\s+(\p{L}+)/iu;

/** The last metal of a list of tier metals that this one starts or continues, if it is in one. */
function lastOfTierList(input: SenseInput): { end: number } | undefined {
  let last: { end: number } | undefined;
  for (let end = input.end; ; ) {
    const member = input.neighbours.find((n) => n.start >= end && AWARD_METALS.has(n.entityId) && /^(,|and|or|, and|, or|&|\/)$/.test(input.text.slice(end, n.start).trim().toLowerCase()));
    if (!member) return last;
    last = member;
    end = member.end;
  }
}

/** A medal or a music award: "took gold", "gold in the 200 m", "went platinum". */
/** A capitalised word right before the metal that starts a company's name, not a headline's verb or link. */
function nameBefore(input: SenseInput): boolean {
  const prev = wordBefore(input);
  return prev !== undefined && isCapitalised(prev.text) && spaceBetween(input, prev) && !HEADLINE_LINKS.test(prev.text.toLowerCase()) && !isMatch(input, prev);
}

/** Another medal metal earlier in the sentence right after a verb of winning ("took gold"). */
function wonBefore(input: SenseInput): boolean {
  return input.neighbours.some((n) => n.end <= input.start && AWARD_METALS.has(n.entityId) && cue.WIN_VERBS.has(before(withSpan(input, { start: n.start }), 1)[0] ?? ''));
}

/**
 * Gold, silver and bronze counted in a row, as a medal table has them ("40 gold, 44 silver, 42
 * bronze"), with nothing after the last that they could be made into ("gold, silver and bronze
 * jewellery" is the metals).
 */
const COUNT_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+';
const MEDAL_ROW = new RegExp(`\\b(gold|silver)s?\\b[\\s,\\d]*(?:and\\s+)?[\\s\\d]*(?:${COUNT_WORD})?\\b(silver|gold)s?\\b[\\s,\\d]*(?:and\\s+)?[\\s\\d]*(?:${COUNT_WORD})?\\bbronzes?\\b\\s*(?:$|[;,.)]|medals?\\b|in\\b|at\\b|for\\b)`, 'i');
/** A count right before the metal: "one gold", "three silver", "10 gold". */
const COUNTED = /(?:\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|\d)\s+$/i;
/** Words of a placing in a contest: "second place", "took home", "the podium". */
const PLACING = new Set(['place', 'placed', 'podium', 'finish', 'finished', 'runner-up', 'claimed', 'won', 'home', 'second', 'third']);
/** "the bronze" or "a bronze" standing alone, as a medal does: "took home the bronze.", "a bronze, ...". */
const BRONZE_ALONE = /\b(?:the|a)\s+bronze\b\s*(?:[.,;!?)]|$|medal)/i;

function medalTable(input: SenseInput): boolean {
  const sentence = input.text.slice(input.sentence.start, input.sentence.end);
  const row = MEDAL_ROW.exec(sentence);
  if (!row || row[1].toLowerCase() === row[2].toLowerCase()) return false;
  const at = input.start - input.sentence.start;
  if (at >= row.index && at < row.index + row[0].length) return true;
  // "Esha landed one gold and three silver while Aishwary's haul was two gold, one silver and one
  // bronze": beside a medal row, a metal counted on its own is a medal of the same tally.
  return COUNTED.test(sentence.slice(Math.max(0, at - 12), at)) && standsAlone(input);
}

/** Whether the metal is listed right beside a metal that is no medal: "silver and zinc", "copper, silver". */
function listedWithPlainMetal(input: SenseInput): boolean {
  return input.neighbours.some((n) => n.type === 'mineral' && !AWARD_METALS.has(n.entityId) && /^(,|and|or|&|\/)$/.test(n.end <= input.start ? gapText(input.text, n.end, input.start) : gapText(input.text, input.end, n.start)));
}

/** Verbs of winning a contest, not of taking a thing ("won the silver", not "took the silver"). */
const CONTEST_WIN = /^(won|win|wins|winning|clinched|clinch|clinches|bagged|scooped)$/;
/** Words of a sale by bidding, where the silver or gold won is the lot bought ("won the silver at auction"). */
const AUCTION_WORDS = new Set(['auction', 'auctions', 'auctioned', 'auctioneer', 'bidder', 'bidders', 'bidding']);
/** Words of buying and its cost, that make what one settles for a purchase: "Jewellers settled for silver". */
const BUYING_WORDS = new Set(['buyer', 'buyers', 'jeweller', 'jewellers', 'jeweler', 'jewelers', 'shopper', 'shoppers', 'consumer', 'consumers', 'collector', 'collectors', 'fund', 'funds', 'cheaper', 'cheap', 'expensive', 'dear', 'afford', 'budget', 'bought', 'buy', 'buying', 'purchase', 'purchases', 'cost', 'costs', 'jewellery', 'jewelry', 'coins', 'bars', 'affordable', 'unaffordable', 'pricey', 'households', 'savers', 'savings']);
/** Users of the metal and other metals, that make what one settles for a material. */
const INDUSTRY_USERS = new Set(['makers', 'maker', 'manufacturers', 'manufacturer', 'producers', 'users', 'banks', 'bank', 'mint', 'mints', 'industry', 'industrial', 'firms', 'companies', 'refiners', 'fabricators', 'copper', 'palladium', 'platinum', 'nickel', 'tin', 'aluminium', 'aluminum', 'zinc']);
/** Whether the words before the metal are "settle for" or "settle for the" (in any tense). */
function settledFor(prev: string | undefined, b2: string | undefined, b3: string | undefined): boolean {
  const verb = prev === 'for' ? b2 : prev === 'the' && b2 === 'for' ? b3 : undefined;
  return verb !== undefined && /^(settle|settles|settled|settling)$/.test(verb);
}

function award(input: SenseInput): Decision | undefined {
  const [prev, b2, b3] = before(input, 3);
  const next = after(input, 6);
  // "took gold jewellery": a thing made of the metal is loot, not a medal.
  // ("won silver and zinc export deals": listed with a metal no contest gives, it is the metal.)
  if (prev && cue.WIN_VERBS.has(prev) && !(next[0] && (MARKET_AFTER.test(next[0]) || cue.MATERIAL_CONTEXT.has(next[0]) || cue.METAL_FORMS.has(next[0]))) && !listedWithPlainMetal(input)) return drop('award-verb');
  // "won the silver", "had to settle for the silver": the medal a contest gives, or the one a loser
  // settles for, standing alone in a sentence that says nothing of the metal's trade ("took the silver"
  // may be loot; "settled for silver as gold got dear" is a buyer's, so settling needs a word of sport).
  if (standsAlone(input) && ((prev === 'the' && b2 !== undefined && CONTEST_WIN.test(b2)) || settledFor(prev, b2, b3)) && !materialContext(input, false) && !(hasAny(sentenceWords(input), AUCTION_WORDS) && !/\bbidding (?:farewell|adieu|goodbye)\b/i.test(input.text.slice(input.sentence.start, input.sentence.end)))) {
    if (!settledFor(prev, b2, b3) || hasAny(sentenceWords(input), cue.AWARD_CUES) || hasAny(sentenceWords(input), cue.SPORT_EVENT_WORDS)) return drop('award-verb');
    // "The Kenyan runner settled for silver behind Kipyegon": a placing settled for, where the sentence
    // says nothing of buying or money (a buyer's "settled for silver at $50 an ounce", "as a cheaper hedge").
    // Makers, users, banks or another metal named: 'Solar panel makers settled for silver as copper proved unreliable'.
    // in lower case only: 'at the Copper Box Arena', 'the Commonwealth Bank Arena' are names of places.
    const industry = (input.text.slice(input.sentence.start, input.sentence.end).match(/\b[a-z]+\b/g) ?? []).some((w) => INDUSTRY_USERS.has(w));
    if (!industry && !hasAny(sentenceWords(input), cue.INVESTMENT_WORDS) && !hasAny(sentenceWords(input), BUYING_WORDS) && !/[$€£¥]/.test(input.text.slice(input.sentence.start, input.sentence.end))) return drop('settled-for-a-placing');
  }
  // "missed out on gold as his rival won the final": the medal a contestant misses, standing alone, in
  // a sentence with no word of the metal's trade ("investors missed out on gold's rally" has its possessive).
  if (prev === 'on' && b2 === 'out' && /^(missed|miss|misses|missing)$/.test(b3 ?? '') && standsAlone(input) && !materialContext(input, false) && !hasAny(sentenceWords(input), cue.INVESTMENT_WORDS) && !hasAny(sentenceWords(input), BUYING_WORDS)) return drop('award-verb');
  // "chasing a first gold since 1996", "her second silver": a medal counted in a career; a noun
  // after it is the metal ("a first gold pour").
  if (prev && ORDINALS.test(prev) && b2 && /^(a|his|her|their)$/.test(b2) && standsAlone(input)) return drop('award-count');
  // "took gold and silver": the second of a pair of medals.
  if ((prev === 'and' || prev === 'or') && b2 && /^(gold|silver|bronze)$/.test(b2) && b3 && cue.WIN_VERBS.has(b3)) return drop('award-verb');
  // "silver in the relay", and "Silver for Team GB in the men's eight" with the winner between.
  const inAt = next[0] === 'in' ? 0 : next[0] === 'for' ? next.indexOf('in') : -1;
  if (inAt >= 0 && !materialContext(input, false)) {
    const event = next.slice(inAt + 1).filter((w) => w !== 'the').slice(0, 4);
    if (event.some((w) => cue.SPORT_EVENT_WORDS.has(w) || /^\d+(m|km|k)$/.test(w))) return drop('sports-event');
  }
  // "Gold List", "Platinum Variable": a title; "Gold Prices" is still the metal, and so is "Gold"
  // in a headline, where every word has a capital ("Gold Rises As Dollar Falls"), unless a name
  // comes before it there too ("Kinross Gold Beats Estimates").
  // "gold command meetings", "the silver commander": a rank of an emergency's command, not a metal.
  // ("Gold commands a premium", "silver commands higher prices": the verb, whose object follows; a rank
  // has a determiner before it, or a noun of command or a verb of its own after it, "Gold command met".)
  const commandVerb = /^(a|an|the|more|less|higher|lower|premiums?|discounts?|attention|respect|prices?|record|strong|high|top|much|little)$/.test(next[1] ?? '');
  const commandRank = next[0] !== undefined && (/^(commander|commanders)$/.test(next[0]) || (/^(command|commands)$/.test(next[0]) && !commandVerb && ((prev !== undefined && /^(a|an|the|its|their|police)$/.test(prev)) || next[1] === undefined || /^(meetings?|structures?|levels?|teams?|centres?|centers?|groups?|officers?|roles?|cells?|met|meets|was|is|has|had|will|said|agreed|decided|ordered|declared|took)$/.test(next[1]))));
  if (commandRank) return drop('name-or-tier');
  const nextWord = wordAfter(input);
  if (isCapitalised(input.surface) && (!isTitleCase(input.text, input.sentence) || nameBefore(input)) && nextWord && isCapitalised(nextWord.text) && spaceBetween(input, nextWord) && !cue.MARKET_WORDS.has(nextWord.text.toLowerCase()) && !isMatch(input, nextWord)) {
    return drop('name-or-tier');
  }
  const recordAt = next.findIndex((w) => w === 'record' || w === 'records');
  // A material noun right after the metal wins over a disc or a medal further on ("silver prices
  // rose during the medal rush").
  const materialNext = next[0] !== undefined && cue.MATERIAL_CONTEXT.has(next[0]);
  // ("The gold on the Nebra Sky Disc": a metal on a thing, after its determiner, is no award.)
  const onAThing = prev !== undefined && /^(the|its|this)$/.test(prev) && /^(on|of|in|from)$/.test(next[0] ?? '');
  if (!materialNext && !onAThing && next.some((w) => /^(album|albums|medal|medals|disc|discs|certification|single|singles|status)$/.test(w))) return drop('award-noun');
  // "set a record", "a new record": the market's best, not a disc ("Gold set a record on Friday").
  // ("held near its record", "below its record from March": the metal's own best price.)
  const best = recordAt > 0 && (/^(a|new|fresh|another)$/.test(next[recordAt - 1]) || (next[recordAt - 1] === 'its' && /^(near|below|above|from|off|to|under|within)$/.test(next[recordAt - 2] ?? '') && !/^(label|labels|company|deal|sales)$/.test(next[recordAt + 1] ?? '')));
  if (!materialNext && recordAt >= 0 && !best && !/^(high|highs|low|lows|level|levels|price|prices|output|year)$/.test(next[recordAt + 1] ?? '')) return drop('record');
  // "took gold in the 1500m and Ethiopia's Tsegay silver": the second clause leaves out the verb.
  // ("stole the silver" has a determiner: a thing, not a medal.)
  if (standsAlone(input) && !(prev && DETERMINERS.test(prev)) && wonBefore(input) && !materialContext(input, false)) return drop('award-gapped');
  if (medalTable(input) && !materialContext(input, false)) return drop('medal-tally');
  // "Bronze and silver for the Irish rowers": paired with bronze, which names no material here, and
  // nothing after the pair that it could be made into ("gold and bronze statues").
  // (What may follow a medal: its winner, its event, its place; "the gold and bronze of the altar" is the metals.)
  const medalTail = (w: string | undefined, end: number) => (w === undefined ? /^\s*[.,;:!?)]|^\s*$/.test(input.text.slice(end, end + 3)) : /^(for|in|at|on|to)$/.test(w));
  const bronzeBefore = (prev === 'and' || prev === 'or') && b2 === 'bronze' && medalTail(next[0], input.end);
  const pair = /^\s+(?:and|or)\s+bronze\b/i.exec(input.text.slice(input.end, input.sentence.end));
  // ("assured of either silver or bronze and needed to finish fifth": a choice of two medals in a
  // sentence of placings, whatever follows; "cast in either silver or bronze" is a choice of metals.)
  const bronzeAfter = pair !== null && (medalTail(next[2], input.end + pair[0].length) || (prev === 'either' && !cue.MATERIAL_CONTEXT.has(next[2] ?? '') && hasAny(sentenceWords(input), PLACING)));
  if ((bronzeBefore || bronzeAfter) && !materialContext(input, false)) return drop('medal-pair');
  const words = sentenceWords(input);
  const medalTally = words.has('bronze') || words.has('medal') || words.has('medals');
  // "came second for the silver while Fratus took home the bronze": a metal standing alone, beside a
  // bronze that stands alone too, is a medal; "gold and bronze statues" have a noun after them.
  const sentence = input.text.slice(input.sentence.start, input.sentence.end);
  // (With a word of placing in a contest: "The thieves took the silver and left the bronze" is loot.)
  if (standsAlone(input) && input.surface.toLowerCase() !== 'bronze' && BRONZE_ALONE.test(sentence) && hasAny(words, PLACING) && !materialContext(input, false) && !hasAny(words, cue.JEWELLERY_TRADE)) return drop('medal-tally');
  if (inList(input, 'mineral') && !medalTally) return keep('metal-list');
  // Past that line a list of metals is a tally of medals ("gold, silver and bronze in the relay"):
  // it says nothing about the material.
  if (hasAny(words, cue.AWARD_CUES) && !materialContext(input, false) && !hasAny(words, cue.JEWELLERY_TRADE)) {
    // "a rise in gold sales during Diwali": the metal's own sales, in a sentence with no word of music.
    if (next[0] === 'sales' && !hasAny(words, MUSIC_WORDS)) return keep('metal-sales');
    return drop('award');
  }
  return undefined;
}

/** Gold or silver as points or money inside a screen game, in a sentence that says nothing of the metal's trade. */
function screenGame(input: SenseInput): Decision | undefined {
  const words = sentenceWords(input);
  const game = hasAny(words, cue.SCREEN_GAME_WORDS) || ((words.has('game') || words.has('games')) && hasAny(words, cue.SCREEN_GAME_KINDS));
  return game && !hasAny(words, cue.MATERIAL_CONTEXT) ? drop('screen-game') : undefined;
}

/** Words before a metal that name it as what a thing is made of: "made of 75 percent", "minted in", "and 25% ". */
const MADE_OF_BEFORE = /(?:\b(?:made|minted|struck|cast|composed)\s+(?:of|in|from)\s+(?:\d+(?:\.\d+)?\s*(?:%|percent|per cent)\s+)?|\d+(?:\.\d+)?\s*(?:%|percent|per cent)\s+)$/i;

/** A coin: "it cost a nickel", "not worth a copper". */
function coin(input: SenseInput): Decision | undefined {
  // "A nickel doesn't buy much": a verb right after it, as after any noun on its own.
  const next = after(input, 1)[0];
  const verbNext = next !== undefined && (cue.AUXILIARIES.has(next) || /n['’]t$/.test(next));
  if (materialContext(input) || !(standsAlone(input) || verbNext)) return undefined;
  // "a coin made of 25 percent nickel", "pennies minted in copper": a share or a verb of making
  // names what the coin is made of, the metal.
  const prev = before(input, 1)[0];
  if (!((prev && COUNT_WORDS.test(prev)) || hasAny(sentenceWords(input), cue.COIN_CUES))) return undefined;
  return MADE_OF_BEFORE.test(input.text.slice(Math.max(0, input.start - 48), input.start)) ? undefined : drop('coin');
}

/** A police officer: "the copper said", "a bent copper". */
function police(input: SenseInput): Decision | undefined {
  if (materialContext(input)) return undefined;
  const next = after(input, 1)[0];
  const prev = before(input, 1)[0];
  if (next && cue.PERSON_VERBS.has(next) && !atSentenceStart(input)) return drop('police');
  if (prev && cue.POLICE_BEFORE.has(prev)) return drop('police');
  const words = sentenceWords(input);
  if ((prev === 'a' || prev === 'the') && standsAlone(input) && hasAny(words, cue.POLICE_CONTEXT) && !hasAny(words, THEFT_WORDS)) return drop('police');
  return undefined;
}

/** Strokes played with a golf club: "iron shot", "iron play". */
const GOLF_STROKES = /^(shot|shots|play|approach|approaches|off)$/;

/** An iron for clothes or for golf, or the verb: "a 7-iron", "iron the shirts", "she grabbed an iron". */
function householdIron(input: SenseInput): Decision | undefined {
  if (/\d[-‐]$/.test(input.text.slice(Math.max(0, input.start - 2), input.start))) return drop('golf-club');
  // "a brilliant iron shot to the green": a stroke played with the club, told by a golf word ("shot" is lead's material too).
  const next = after(input, 1)[0];
  if (next && GOLF_STROKES.test(next) && hasAny(sentenceWords(input), cue.GOLF_CUES)) return drop('golf-club');
  if (materialContext(input)) return undefined;
  const prev = before(input, 1)[0];
  if (prev && /^(to|will|ll|can|could|would|should|must|please|don't|didn't|never)$/.test(prev) && next && /^(the|a|his|her|your|my|their|our|it|them|shirts?|clothes)$/.test(next)) return drop('verb');
  const words = sentenceWords(input);
  // "a hot iron", "her old iron": one word between the determiner and the iron, unless it makes a
  // kind of iron ("cast", "wrought").
  const [, b2] = before(input, 2);
  const determined = (w: string | undefined) => w !== undefined && /^(an?|the|his|her|my|your|their|steam)$/.test(w);
  if ((determined(prev) || (determined(b2) && prev && !IRON_KINDS.test(prev))) && (hasAny(words, cue.IRON_HOUSEHOLD) || hasAny(words, cue.GOLF_CUES)) && (standsAlone(input) || (next !== undefined && cue.IRON_HOUSEHOLD.has(next)))) {
    return drop('appliance-or-club');
  }
  return undefined;
}

/** A baking tin or a can: "a loaf tin", "a tin of tomatoes", "oil the tin" in a recipe. */
function container(input: SenseInput): Decision | undefined {
  const prev = before(input, 1)[0];
  const next = after(input, 1)[0];
  if ((prev && cue.TIN_CONTAINER_BEFORE.has(prev)) || (next && cue.TIN_CONTAINER_NEXT.has(next))) return drop('container');
  if (materialContext(input)) return undefined;
  if (next === 'of' && prev && (COUNT_WORDS.test(prev) || prev === 'the')) return drop('container-of');
  if (hasAny(sentenceWords(input), cue.KITCHEN_CUES)) return drop('kitchen-tin');
  return undefined;
}

/** A role's modifier and the job nouns it goes with: a substitute teacher, a testing engineer. */
const LEAD_ROLE_JOBS: Readonly<Record<string, RegExp>> = {
  substitute: /^teachers?$/,
  testing: /^(engineers?|automation|architects?)$/,
  qa: /^(engineers?|automation|analysts?)$/,
};

/** An exchange's initials or tenor before the metal it quotes: "LME lead", "ShFE lead", "three-month lead". */
const LEAD_EXCHANGE_BEFORE = /^(lme|shfe|comex|mcx|three-month|3-month)$/;
/** A price's move told right after the metal: "lead fell 0.4%", "lead hit its highest". */
const LEAD_PRICE_MOVES = /^(rose|rises|fell|falls|gained|gains|slipped|slips|eased|eases|added|adds|climbed|climbs|dropped|drops|edged|declined|declines|jumped|jumps|surged|surges|advanced|advances|hit|hits|firmed|shed|sheds|was|is|ended|closed|settled|traded)$/;
/** Nouns of a campaign or an effort after "lead scrap" or "lead recycling", which make lead the verb ("Women lead scrap collection"). */
const LEAD_ACTIVITY_AFTER = /^(collection|collections|drive|drives|effort|efforts|campaign|campaigns|programme|programmes|program|programs|initiative|initiatives|scheme|schemes|of)$/;
/** Verbs whose object lead scrap or lead recycling is: "Battery makers support lead scrap collection", "Ecobat runs lead recycling schemes". */
const LEAD_OBJECT_VERBS = /^(acquire|acquires|buy|buys|close|closes|open|opens|inherit|inherits|support|supports|fund|funds|run|runs|expand|expands|operate|operates|build|builds|manage|manages|launch|launches|back|backs|promote|promotes|finance|finances|organise|organises|organize|organizes|start|starts|join|joins|regulate|regulates)$/;
/** The irregular pasts of those verbs, and of selling and making: "Miners recently built lead recycling schemes" (no -ed to read as a participle). */
const LEAD_OBJECT_PASTS = /^(bought|built|ran|began|sold|made)$/;
/** What was done to the metal, as an adjective after a determiner: "The refined lead was shipped", "Peru's recycled lead". */
const LEAD_PROCESSED = /^(refined|recycled|molten|unwrought|remelted|smelted|melted)$/;
/** Words of a race or a poll, whose lead no price per tonne in the sentence makes a metal. */
const RACE_WORDS = new Set(['poll', 'polls', 'polling', 'seat', 'seats', 'vote', 'votes', 'points', 'race', 'election', 'elections', 'ballot', 'ballots', 'standings', 'league', 'innings', 'goals', 'party', 'voters', 'rivals']);
/** Whether a word of a race stands near the lead: three words before it or six after ("the party lead eased", "lead in the polls"; not "Treasury yields rose 10 basis points" later in the sentence). */
function raceNear(input: SenseInput): boolean {
  const later = after(input, 6);
  // Sales race only as what the lead is in ("its lead in EV sales"): "lead rose on battery sales" is the metal's price.
  return [...before(input, 3), ...later].some((w) => RACE_WORDS.has(w)) || (later[0] === 'in' && later.includes('sales'));
}

/** A price per tonne: "$1,980 a tonne", "14,620 yuan per ton", "$2,010/t". */
const PER_TONNE = /\b(a|per)\s+(metric\s+)?(tonne|ton)\b|\/\s?(t|mt|tonne|ton)\b/i;

const LEAD_MARGIN_VERBS = /^(narrow|narrows|narrowed|narrowing|widen|widens|widened|widening|grew|grown|grows|growing|shrank|shrunk|shrinks|shrinking|stretched|evaporated|vanished|dwindled)$/;

/** Whether the sentence names a material, read as `settleWithNlp` reads it for "lead". */
function mentionsMaterial(input: SenseInput): boolean {
  // Stryker disable next-line ArrayDeclaration: with no word at all, no word names a material either way.
  const words = input.text.slice(input.sentence.start, input.sentence.end).toLowerCase().match(/[a-z]+/g) ?? [];
  return words.some((w) => cue.LEAD_MATERIAL_CONTEXT.has(w));
}

/** Adverbs that put a past participle after its noun ("miners now retired", "communities recently affected"). */
const PARTICIPLE_ADVERB = /^(?:now|once|still|already|[a-z]+ly)$/;
/** Words ending in s that are no plural noun (a verb's -s, "has", "this", "always"). */
const NOT_PLURAL_NOUN = /^(?:has|was|is|does|this|thus|his|its|as|us|yes|always|perhaps|sometimes|besides|whereas)$/;

/**
 * Whether the participle before lead, with an adverb before it, closes a plural subject that lead
 * then agrees with as its verb: "Miners now retired lead recycling campaigns", "People newly trained
 * lead scrap collection drives". Not after an auxiliary or a determiner ("has recently expanded",
 * "the newly formed"), a singular subject ("The firm recently expanded": lead would be "leads"), a
 * verb's -s ("organises newly formed") or a capitalised name inside the sentence.
 */
function closesPluralSubject(input: SenseInput, participle: string): boolean {
  // (A verb that takes a campaign as its object, in the past, is the sentence's verb: "Battery makers
  // recently launched lead recycling schemes", "Charities once funded lead scrap collection drives".)
  if (LEAD_OBJECT_VERBS.test(participle.slice(0, -2)) || LEAD_OBJECT_VERBS.test(participle.slice(0, -1))) return false;
  const words = wordsBefore(input.text, input.start, 3, input.sentence.start);
  if (words.length < 3) return false;
  const [, adverb, noun] = words;
  if (!PARTICIPLE_ADVERB.test(adverb.text)) return false;
  if (input.text.slice(noun.end, adverb.start).trim() !== '') return false;
  const n = noun.text.toLowerCase();
  if (!/^(?:people|men|women|children|[a-z]+[^su'’]s)$/.test(n) || NOT_PLURAL_NOUN.test(n) || LEAD_OBJECT_VERBS.test(n)) return false;
  return !/^\p{Lu}/u.test(noun.text) || isSentenceStartWord(input, noun);
}

function lead(input: SenseInput): Decision {
  // "co-lead", "team-lead": a role; but "zinc-lead", "silver-lead-zinc" join metals of one ore.
  if (/[A-Za-z]-$/.test(input.text.slice(Math.max(0, input.start - 3), input.start))) {
    if (input.neighbours.some((n) => n.type === 'mineral' && n.end === input.start - 1)) return keep('metal-pair');
    // "no-lead solder", "low-lead alloys": how much of the metal something has.
    return LEAD_AMOUNT_PREFIX.test(input.text.slice(Math.max(0, input.start - 8), input.start)) ? keep('lead-amount-compound') : drop('lead-role');
  }
  const hyphen = input.text.charAt(input.end) === '-';
  const next = after(input, 1)[0];
  const prev = before(input, 1)[0];
  if (hyphen && next && cue.LEAD_MATERIAL_NEXT.has(next)) return keep('lead-compound');
  // "a lead-in to the news": an introduction. (Spaced, "lead in the water pipes", it is left to
  // the rules below: after "of" the metal, after a score a position.)
  if (hyphen && next === 'in') return drop('lead-in');
  // "will lead markets": after a modal it is the verb, whatever noun follows.
  const [, next2] = after(input, 2);
  // "a lead substitute teacher", "lead testing engineer": a senior role whose job word is the
  // noun after, not lead's replacements or lead tests ("a lead paint inspector" stays the metal).
  if (next && next2 && Object.hasOwn(LEAD_ROLE_JOBS, next) && LEAD_ROLE_JOBS[next].test(next2)) return drop('lead-role-title');
  // ("Women lead scrap collection", "The two firms lead recycling efforts": after a subject, lead before
  // scrap or recycling and a campaign's noun is the verb; "Nigeria exports lead scrap", "Ecobat lead
  // recycling plants" are the metal.)
  // (A verb before it makes it its object: "expanded lead recycling programmes", "support lead scrap collection".)
  // (Not a place ending so, "Activists in Beijing lead...", nor a participle after its noun, "the
  // communities most affected lead...", "now retired, lead...".)
  const prevRaw = /([\p{L}'’-]+)(,?)\s+$/u.exec(input.text.slice(Math.max(0, input.start - 24), input.start));
  const participle = !!prev && /(?:ed|ing)$/.test(prev) && !!prevRaw && prevRaw[2] === '' && (!/^\p{Lu}/u.test(prevRaw[1]) || before(input, 2).length < 2) && !/^(most|least|more|less)$/.test(before(input, 2)[1] ?? '') && !(prev.endsWith('ed') && closesPluralSubject(input, prev));
  const verbBefore = participle || (!!prev && (LEAD_OBJECT_VERBS.test(prev) || LEAD_OBJECT_PASTS.test(prev)));
  const subjectBefore = (next === 'scrap' || next === 'recycling') && !!next2 && LEAD_ACTIVITY_AFTER.test(next2) && !!prev && !verbBefore && !/^(the|a|an|its|their|his|her|our|this|that|of|for|on|in)$/.test(prev) && !atSentenceStart(input);
  // 'Soybeans lead shipments from Brazil', 'Container lines lead cargo growth': a plural noun before lead, with a noun of trade after it, is the subject of the verb.
  const pluralSubjectBefore = /^(shipments|cargo|cargoes|stockpile|stockpiles|inventories)$/.test(next ?? '') && !!prev && /[^s'’]s$/.test(prev) && !/^(its|this|his|has|was|is|less|always|perhaps|lme)$/.test(prev) && (!prevRaw || !/['’]$/.test(prevRaw[1])) && (!prevRaw || !/^\p{Lu}/u.test(prevRaw[1]) || before(input, 2).length < 2);
  if (next && cue.LEAD_MATERIAL_NEXT.has(next)) return (prev && LEAD_MODALS.test(prev)) || subjectBefore || pluralSubjectBefore ? drop('lead-verb-before-noun') : keep('lead-material-noun');
  // "lead service lines": the pipes that bring water into a house.
  if (next === 'service' && next2 && /^(lines?|pipes?)$/.test(next2)) return keep('lead-material-noun');
  // "stole lead from the roof": what a thief takes is the metal, not a position (that is "stole the lead").
  if (prev && THEFT_WORDS.has(prev)) return keep('stolen-lead');
  const [, b2] = before(input, 2);
  if (prev === 'the' && b2 !== undefined && STRIP_VERBS.test(b2)) return keep('stripped-lead');
  // "tested high for lead": what a test looks for is a substance.
  if (prev === 'for' && standsAlone(input) && hasAny(sentenceWords(input), LEAD_TEST_WORDS)) return keep('tested-for-lead');
  if (inList(input, 'mineral')) return keep('metal-list');
  if (prev === 'of') return keep('of-lead');
  // "Is there lead in your lipstick?", "tests found lead in the water": a substance that is there
  // or is found, with no article (a position is "a lead" or "the lead").
  // Only where the lead is, or nothing, follows: "roads there lead to the beach" is the verb.
  const somewhere = !next || next === 'in' || next === 'at' || /^\s*[.,;:!?)]/.test(input.text.slice(input.end));
  if (somewhere && (prev === 'there' || (prev && /^(is|was|are|were)$/.test(prev) && b2 === 'there'))) return keep('lead-there');
  if (somewhere && prev && LEAD_FOUND_VERBS.test(prev)) return keep('lead-found');
  // "a solder that contains lead for water lines": what a thing contains is a substance, whatever follows.
  if (prev && /^contain(s|ed|ing)?$/.test(prev)) return keep('lead-found');
  // "you might have lead in your tap water": had, bare, somewhere (a position is "the lead" or "a lead").
  if (next === 'in' && prev && /^(have|has|had)$/.test(prev)) return keep('lead-found');
  // "leach lead into the water", "hot enough to melt lead": the bare metal a verb acts on.
  // ('mined' closing a relative clause before a determiner or 'to' leaves lead a verb: 'Towns that were once
  // mined lead the list', 'pits that were mined lead to the river'; not 'The Romans mined lead to make pipes'.)
  // (A relative 'where' or 'whose' closes a clause too: 'Districts where coal was mined lead the rankings'; and a
  // passive 'was mined' takes no object, whatever follows: 'Provinces whose hills were mined lead China'.)
  const minedClosesClause =
    prev === 'mined' &&
    ((before(input, 5).slice(1).some((w) => /^(that|which|who|where|whose)$/.test(w)) &&
      /^(the|a|an|to|its|their|his|her|our|protests?)$/.test(next ?? '') &&
      !/^\s+to\s+(?!the\b|a\b|an\b|its\b|their\b|higher\b|lower\b|more\b|less\b)\p{Ll}+\b/u.test(input.text.slice(input.end, input.end + 40))) ||
      /^(was|were|is|are|been|be|being)$/.test(before(input, 2)[1] ?? ''));
  if (prev && LEAD_HANDLED_VERBS.test(prev) && !minedClosesClause) return keep('lead-handled');
  // "The company sold lead to battery makers", "Traders bought lead at $2,100 a tonne": the bare object of
  // a verb of trade or carriage, in a sentence about materials or priced per tonne. (After a pronoun the
  // verb closes a clause and lead is the sentence's verb: "The bonds they sold lead to losses".)
  // (Nor before a determiner, where lead is the verb of a subject the clause ends: "Mining stocks that
  // investors bought lead the index".)
  // 'lead to a loss', 'lead to heavy losses': lead is the verb of an outcome; 'lead changes', 'lead lists', 'lead generation' are no metal.
  const leadsToOutcome = next === 'to' && /^\s+to\s+(?:[\p{L}$\d,.-]+\s+){0,3}?(?:loss|losses|gains?|profits?|rally|slump|declines?|falls?|rises?|increases?|shortages?|delays?|layoffs|closures?|problems?|questions|concerns|write-?downs?)\b/u.test(input.text.slice(input.end, input.end + 60));
  const leadNotMetalNext = /^(changes|changed|lists?|generation|gen|roles?|times?)$/.test(next ?? '');
  if (prev && LEAD_TRADED_VERBS.test(prev) && !leadsToOutcome && !leadNotMetalNext && !/^(they|we|you|he|she|i|it)$/.test(b2 ?? '') && !/^(the|a|an|its|their|his|her|our|this|these|those|all|every)$/.test(next ?? '') && (mentionsMaterial(input) || PER_TONNE.test(input.text.slice(input.sentence.start, input.sentence.end)))) return keep('lead-traded');
  // "The refined lead was shipped to Rotterdam", "Refined lead was sold", "Peru's recycled lead": a noun
  // after an adjective of processing, itself after a determiner, a possessive or the sentence's start, is the
  // metal processed ("the expected lead shrank" is a margin: no processing).
  // (Not near a race's words: 'The team's refined lead in the standings'. Two steps joined by 'and' are
  // one process: 'Stockpiled and refined lead', 'Mined and smelted lead'.)
  if (
    prev &&
    LEAD_PROCESSED.test(prev) &&
    !raceNear(input) &&
    (b2 === undefined ||
      /^(the|a|this|that|its|their|his|her|our|some|more|much)$/.test(b2) ||
      (b2 === 'and' && /^(?:stockpiled|mined|refined|recycled|smelted|melted|imported|exported|processed|unwrought)$/.test(before(input, 3)[2] ?? '')) ||
      /['’]s$/.test(wordsBefore(input.text, input.start, 2, input.sentence.start)[1]?.text ?? ''))
  )
    return keep('processed-lead');
  // "Lead is a potent neurotoxin": said to be a metal or a poison (not "the lead is a ...").
  if (prev !== 'the' && prev !== 'a' && LEAD_SAID_METAL.test(input.text.slice(input.end, input.end + 60))) return keep('lead-said-metal');
  // "exposure to lead", "children exposed to lead": what one is exposed to is a substance, not a position.
  if (prev === 'to' && b2 !== undefined && LEAD_EXPOSURE.test(b2)) return keep('exposed-to-lead');
  const sentenceText = input.text.slice(input.sentence.start, input.sentence.end);
  // "97% tin and 3% lead": a share of an alloy (not "a 5% lead in the polls", "Labour's 5% lead").
  const share = LEAD_SHARE_BEFORE.exec(input.text.slice(Math.max(0, input.start - 24), input.start));
  // ("less than 1% lead over Trump": a margin over a rival.)
  // ("holds a 3% lead in the Pennsylvania poll", "extends 10% lead in latest poll": a poll's margin, told by the poll.)
  if (share && !LEAD_MARGIN_OWNER.test(share[1] ?? '') && !(next && /^(over|among|against|heading|going|into|with)$/.test(next)) && !POLLED.test(sentenceText)) return keep('share-of-lead');
  // "absorb more lead", "contains no lead": an amount of the metal taken in or held.
  if (prev && LEAD_QUANTIFIERS.test(prev) && b2 !== undefined && (LEAD_FOUND_VERBS.test(b2) || LEAD_HANDLED_VERBS.test(b2))) return keep('lead-handled');
  const verbish = !!prev && (cue.LEAD_VERB_BEFORE.has(prev) || LEAD_MODALS.test(prev));
  // "Lead in drinking water is a public health concern": the metal in a substance (not "took the lead in the blood tests").
  if (next === 'in' && prev !== 'the' && prev !== 'a' && !verbish && after(input, 4).slice(1).some((w) => LEAD_SUBSTANCES.test(w))) return keep('lead-in-a-substance');
  // "whether lead leaches from pipes": the metal as the subject of what metals do.
  if (next && LEAD_SUBJECT_VERBS.test(next) && prev !== 'the' && prev !== 'a') return keep('lead-acts');
  // "the lead action level", "the lead trigger level": a level of the metal that sets a rule.
  if (next2 && /^levels?$/.test(next2) && next && !cue.LEAD_VERB_NEXT.has(next) && !verbish) return keep('lead-level');
  // "LME lead fell 0.1% to $1,678 a tonne", "Three-month lead on the LME rose": the metal as an
  // exchange quotes it; a bare tenor needs an exchange or a price per tonne in the sentence (not
  // "a three-month lead in the polls", "Three-month lead in the standings").
  const tenor = !!prev && /^(three-month|3-month)$/.test(prev);
  // (Only an owner's tenor is a margin: "Labour's three-month lead", "a three-month lead"; "over" a
  // rival is one too, but not "over the session".)
  const owned = b2 !== undefined && (/^(a|an|its|his|her|their|our|your|whose)$/.test(b2) || /['’]s?$/.test(b2));
  const overRival = next === 'over' && !/^(the|this|that)$/.test(after(input, 2)[1] ?? '');
  const quotedTenor = tenor && ((b2 !== undefined && LEAD_EXCHANGE_BEFORE.test(b2)) || (!owned && !overRival && !raceNear(input) && (/\b(?:LME|ShFE|SHFE|Comex|Metal Exchange|Futures Exchange)\b/.test(sentenceText) || PER_TONNE.test(sentenceText))));
  if (prev && LEAD_EXCHANGE_BEFORE.test(prev) && (!tenor || quotedTenor)) return keep('exchange-lead');
  if (prev && cue.LEAD_VERB_BEFORE.has(prev)) return drop('lead-verb-or-position');
  // "followed its neighbor's lead and created...": a possessive's lead with no material noun after it is a position.
  if (/(['’]s|s['’])\s+$/.test(input.text.slice(Math.max(0, input.start - 4), input.start))) return drop('lead-position');
  if (next && cue.LEAD_VERB_NEXT.has(next)) return drop('lead-verb');
  // "the lead has narrowed", "the lead widened": a margin grows and shrinks, a metal does not.
  const margin = (w: string | undefined) => w !== undefined && LEAD_MARGIN_VERBS.test(w);
  if (prev === 'the' && (margin(next) || (next !== undefined && /^(has|had|have|is|was)$/.test(next) && margin(next2)))) return drop('lead-margin');
  // "Shanghai lead hit its highest ... 14,620 yuan a tonne", "Copper climbed to $9,700 a tonne, while
  // lead slipped 0.3%": the metal as an exchange quotes it, told by a price move after it in a sentence
  // that prices metal per tonne and speaks of no race or poll ("the party lead eased as rice hit $650 a tonne").
  if (next && LEAD_PRICE_MOVES.test(next) && prev !== 'the' && prev !== 'a' && PER_TONNE.test(sentenceText) && !raceNear(input)) return keep('lead-priced');
  // Tags could only make it the metal in a sentence about materials; elsewhere compromise's answer
  // is "drop" whatever it tags, so it is not asked (nor loaded for the page).
  if (!mentionsMaterial(input)) return drop('lead-not-material');
  if (prev === 'the' || prev === 'a') return { verdict: 'unsure', why: 'lead-noun?', fallback: 'drop' };
  return { verdict: 'unsure', why: 'lead?', fallback: 'drop' };
}

function chromium(input: SenseInput): Decision {
  if (hasAny(sentenceWords(input), cue.BROWSER_CUES)) return drop('browser');
  if (isCapitalised(input.surface) && !atSentenceStart(input)) return drop('browser-name');
  return keep('metal');
}

function mercury(input: SenseInput): Decision {
  if (isCapitalised(input.surface) && !atSentenceStart(input)) return drop('planet-or-name');
  if (hasAny(sentenceWords(input), new Set(['planet', 'god', 'orbit', 'sun', 'nasa', 'probe', 'freddie', 'messenger']))) return drop('planet');
  return keep('metal');
}

const AWARD_METALS = new Set(['mineral:gold', 'mineral:silver', 'mineral:platinum']);
/** Words of recorded music: "gold sales" in their sentence may be a disc's. */
const MUSIC_WORDS = new Set(['album', 'albums', 'single', 'singles', 'record', 'records', 'chart', 'charts', 'song', 'songs', 'certified', 'certification', 'riaa', 'billboard', 'band', 'bands', 'singer', 'rapper', 'disc', 'discs', 'ep']);
const PLURAL_OBJECTS = /^(nickels|coppers|tins|irons|leads|golds|silvers)$/;

/**
 * A word written with a capital on its own mid-sentence, in a sentence that says nothing of
 * materials or markets: a model's or a title's name. ("demand for Lithium" is a writer's capital.)
 */
function nameAlone(input: SenseInput): boolean {
  if (!capitalisedAlone(input) || materialContext(input)) return false;
  const words = sentenceWords(input);
  return !hasAny(words, cue.INVESTMENT_WORDS) && !hasAny(words, cue.STRATEGIC_WORDS);
}

/** A capitalised word alone in quotation marks: a title ('Nirvana's "Lithium"'). */
function quotedName(input: SenseInput): boolean {
  return nameAlone(input) && /["“'‘]/.test(input.text.charAt(input.start - 1)) && /["”'’]/.test(input.text.charAt(input.end));
}

/** A run of capitalised words after a listing's time ("9pm: Iron Chef"), outside a live blog on metals. */
function listingTitle(input: SenseInput): boolean {
  const next = wordAfter(input);
  return inListingTitle(input) && next !== undefined && isCapitalised(next.text) && spaceBetween(input, next) && !materialContext(input) && !hasAny(sentenceWords(input), cue.INVESTMENT_WORDS);
}

/**
 * Capitalised words after a metal that say it names a firm of another trade ("Cobalt Robotics",
 * "Zinc Media"), even in a headline, where every word has a capital. Firms of the metal's own
 * trade ("Nickel Industries", "Copper Mining") are left to the other rules.
 */
const OTHER_TRADES = /^(Robotics|Media|Digital|Insurance|Airways|Airlines|Records|Studios|Pictures|Films|Entertainment|Games|Software|Labs|Networks|Therapeutics|Pharmaceuticals|Pharma|Biosciences|Bio|Bank|Capital|Partners|Ventures|Hotels|Foods|Brands|Apparel|Motors|Financial|Security|Cyber|Cosmetics|Fashion|Publishing|Productions|Interactive|Health|Healthcare)$/;

function companyName(input: SenseInput): boolean {
  const next = wordAfter(input);
  return /^\p{Lu}\p{Ll}/u.test(input.surface) && next !== undefined && spaceBetween(input, next) && OTHER_TRADES.test(next.text);
}

/** A byline's name: "By Jordan Silver | Updated". */
function bylineName(input: SenseInput): boolean {
  return /^\p{Lu}\p{Ll}/u.test(input.surface) && inBylineName(input.text, input.start, input.end, input.sentence.start);
}

/** Any of the ways a mineral's word is written as part of a name; for unambiguous minerals, the only check. */
export function writtenAsName(input: SenseInput): boolean {
  // A capital alone is the only sign of a name that is also a writer's style for a mineral
  // ("China dominates Graphite processing"): for a word with no other sense it takes quotation marks too.
  // ("NYMEX Palladium futures": a metal a market quotes is no name, whatever its capital.)
  if (quotedOnMarket(input)) return false;
  return insideProperName(input) || companyName(input) || bylineName(input) || nameAtSentenceStart(input) || quotedName(input) || namedByAppositive(input) || listingTitle(input);
}

/** Words before a metal that quote it on a market: "spot gold", "LME tin", "NYMEX Palladium". */
const QUOTED_BEFORE = /^(spot|lme|shfe|comex|nymex|mcx|tocom)$/;

/**
 * "Spot gold edged up 1.6%", "Spot Gold was last up", "NYMEX Palladium futures prices", "U.S. Gold
 * Futures gained": the metal as a market quotes it, after "spot" or an exchange's initials or
 * before "futures", whatever its capital or the word after it ("edged" is no trim here).
 */
function quotedOnMarket(input: SenseInput): boolean {
  const [prev, prev2] = before(input, 2);
  const next = after(input, 1)[0];
  // "Silver Springs", "Silver Star": a capitalised metal before another capitalised word is a name's.
  const word = wordAfter(input);
  if (word && /^\p{Lu}/u.test(input.surface) && /^\p{Lu}\p{Ll}/u.test(word.text) && word.text.toLowerCase() !== 'futures') return false;
  // "spot" opens the noun phrase ("Spot gold rose", "while spot silver eased"), never after an
  // article or an adjective ("the top spot Silver", "the tourist spot").
  if (prev === 'spot') return prev2 === undefined || !/^(the|a|an|top|tourist|hot|sweet|blind|bright|weak|soft|this|that|his|her|its|their|our|my|your)$/.test(prev2);
  if (prev !== undefined && QUOTED_BEFORE.test(prev)) return true;
  // (At a sentence's start "Silver futures rose" is left to the material rules, which keep it too;
  // after a capitalised word, "Barrick Gold futures", "Nate Silver futures", the name rules decide.)
  const before1 = wordBefore(input);
  // ("U.S. Gold Futures": a country before it is where the market is.)
  return next === 'futures' && !atSentenceStart(input) && !(before1 && /^\p{Lu}/u.test(before1.text) && !QUOTED_BEFORE.test(before1.text.toLowerCase()) && !isMatch(input, before1));
}

/** The sense of an ambiguous mineral word in an English sentence. */
export function metalSense(input: SenseInput): Decision {
  if (input.entityId !== 'mineral:lead' && quotedOnMarket(input)) return keep('quoted-metal');
  if (insideProperName(input) || namedByAppositive(input) || listingTitle(input) || companyName(input)) return drop('proper-name');
  if (bylineName(input)) return drop('byline');
  const id = input.entityId;
  if (id === 'mineral:lead') return lead(input);
  if (id === 'mineral:chromium') return chromium(input);
  if (id === 'mineral:mercury') return mercury(input);
  // (Gold, silver and platinum at a sentence's start are left to the award rule's name check.)
  if (nameAlone(input) || (!AWARD_METALS.has(id) && nameAtSentenceStart(input))) return drop('proper-name');
  const surface = input.surface.toLowerCase();
  // "nickels", "coppers": coins, police officers, pots; the metals are mass nouns.
  if (PLURAL_OBJECTS.test(surface)) return drop('plural-object');
  // (An all-caps "LEAD" never gets here: lead has its own rule above.)
  if (input.surface === 'TIN' || input.surface === 'GOLD') {
    const sentence = input.text.slice(input.sentence.start, input.sentence.end);
    if (sentence !== sentence.toUpperCase()) return drop('acronym');
  }
  // "American iron-man Bobby Finke", "the Tin Man": a person called by the metal, a figure of speech.
  if (/^[-‐ ](man|men|woman|women)\b/i.test(input.text.slice(input.end, input.end + 7))) return drop('figure-of-a-person');
  // "her multi-platinum album": a record's certification, counted.
  if (/multi-$/i.test(input.text.slice(Math.max(0, input.start - 6), input.start))) return drop('certification');
  const decided =
    assurance(input) ??
    colour(input) ??
    (id === 'mineral:gold' ? figurativeGold(input) : undefined) ??
    quantity(input) ??
    character(input) ??
    tier(input) ??
    (AWARD_METALS.has(id) ? award(input) : undefined) ??
    (id === 'mineral:gold' || id === 'mineral:silver' ? screenGame(input) : undefined) ??
    (id === 'mineral:nickel' || id === 'mineral:copper' ? coin(input) : undefined) ??
    (id === 'mineral:copper' ? police(input) : undefined) ??
    (id === 'mineral:iron' ? householdIron(input) : undefined) ??
    (id === 'mineral:tin' ? container(input) : undefined);
  return decided ?? keep('metal');
}

