/**
 * Deal phrases that read like specific deals but are not, by what surrounds them rather than by
 * the phrase itself: a website's terms that a reader accepts ("our User Agreement"), a cricket
 * "partnership" of runs, a deal that was not made ("has not reached an agreement", "without a
 * deal"), a partnership with no one in particular ("a new partnership with business"), and the
 * everyday senses of deal words in general news (a shop's offer, a saying, a seating arrangement).
 */
import type { DealWordClass } from '../lexicon/deal-words.ts';
import type { Token } from './tokens.ts';
import { rolesOnly } from './specific.ts';
import { DETERMINERS, isCapitalised, type KnownSpan, type LeftEdge } from './walk.ts';

/** Modifiers of an agreement a reader accepts by using a site or a service. */
const ACCEPTED_BY_USE = /^(user|users|subscriber|subscribers|developer|developers|membership|member|members|end-user|visitor|visitors|privacy|cookie|cookies|website|site|usage|eula|customer|customers)$/;
/** Words of a site's legal small print: an agreement in their sentence is the site's. */
const SMALL_PRINT = /^(privacy|cookies?|copyright|unsubscribe)$/;
/** Verbs a site tells its reader to do with its own agreement: "Read our licensing agreement", "see the full agreement". */
const TOLD_TO_READ = /^(read|see|view|consult|check)$/;
/** The reader's or the site's own: "your agreement", "our licensing agreement". */
const READER_OR_SITE = /^(our|your)$/;
/** Words of small print that make "the agreement" the site's: "see the full agreement for details". */
const SMALL_PRINT_CUES = /^(details|terms|conditions|fees|charges)$/;

/**
 * A sentence that opens by telling the reader to read an agreement of the site's or their own, with no
 * one named and no sum: the small print of a page ("Read our licensing agreement before you
 * republish"; "Terms and conditions apply; see the full agreement").
 */
function toldToReadIt(tokens: Token[], left: LeftEdge, party: unknown, value: unknown, known: KnownSpan[]): boolean {
  if (party || value || known.length > 0) return false;
  // No name anywhere: "Accept the agreement or face tariffs, Trump told Kyiv" is reported speech.
  if (tokens.some((t, k) => k > 0 && t.kind === 'word' && isCapitalised(t))) return false;
  const det = tokens[left.index]?.lower ?? '';
  if (!READER_OR_SITE.test(det) && !(/^(the|this)$/.test(det) && tokens.some((t) => SMALL_PRINT_CUES.test(t.lower)))) return false;
  const verb = tokens[left.index - 1];
  if (!verb || !TOLD_TO_READ.test(verb.lower)) return false;
  // The verb opens the sentence or a clause after a semicolon or a colon, "please" at most before
  // it: an instruction.
  const at = tokens[left.index - 2]?.lower === 'please' ? left.index - 3 : left.index - 2;
  const before = tokens[at];
  return before === undefined || (before.kind === 'punct' && /^[;:]$/.test(before.text));
}

/** Cricket and other scoring words: a "partnership" of runs between two batters. */
const SCORING = new Set(['wicket', 'wickets', 'innings', 'inning', 'runs', 'overs', 'batsman', 'batsmen', 'batter', 'batters', 'bowler', 'bowlers', 'stumps', 'unbeaten', 'boundaries', 'partnerships', 'crease', 'century', 'centuries', 'odi', 'odis']);
/** Football words: a "loan" in their sentence is a player's move between clubs. */
const PLAYERS = new Set(['striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'forward', 'footballer', 'squad', 'season-long', 'transfer', 'goals', 'league', 'premier', 'fc']);
/** Words of a card game at the table: "the most tricks", "a trump suit", "the declarer", "a shuffled deck". */
const CARD_TABLE = /^(tricks?|trumps?|declarer|dummy|notrump|no-trump|deck|cards|bidding|bid|suit)$/;
/** Of those, the ones only a card game has (not "bidding", "cards" or "suit", which a takeover or a lawsuit may have). */
const CARD_ONLY = /^(tricks?|trumps?|declarer|dummy|notrump|no-trump|deck)$/;

/** Words only contract bridge has, one enough whatever names stand near: "made an overtrick", "the declarer". */
const BRIDGE_ONLY = /^(overtricks?|undertricks?|declarer|notrump|no-trump)$/;
/** What a bridge seat does as a sentence's subject: "South made the contract", "West led a spade". */
const SEAT_VERBS = /^(made|makes|bid|bids|led|leads|ruffed|ruffs|ducked|ducks|cashed|cashes|doubled|doubles|redoubled|passed|claimed|claims)$/;
/**
 * Whether the sentence is a bridge column's: a word only bridge has ("Declarer claimed his contract
 * with two overtricks"), a contract written as bridge writes it ("made 3NT on this week's deal"), or
 * a seat opening a clause and playing ("However, South made the contract by virtue of excellent play").
 */
function bridgeTable(tokens: Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    // (Not "the declarer of bankruptcy": one who declares something.)
    if (t.kind === 'word' && BRIDGE_ONLY.test(t.lower) && tokens[k + 1]?.lower !== 'of') return true;
    // "3NT", "4NT": a level from one to seven glued to "NT".
    if (t.kind === 'number' && /^[1-7]$/.test(t.text) && tokens[k + 1]?.text === 'NT' && tokens[k + 1].start === t.end) return true;
    if (/^(North|South|East|West)$/.test(t.text) && (k === 0 || tokens[k - 1].text === ',') && SEAT_VERBS.test(tokens[k + 1]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * Whether the sentence tells of a card game: a word only a card game has and one more card word,
 * in lower case ("Trump" is a president's name): "the contract for taking the most tricks in a trump suit".
 */
function cardGame(tokens: Token[]): boolean {
  if (!tokens.some((t) => t.kind === 'word' && t.text === t.lower && CARD_ONLY.test(t.lower))) return false;
  // (A name makes it a figure of speech: "Glencore played its trump card in the bidding for the Mopani contract".)
  if (tokens.some((t, k) => k > 0 && t.kind === 'word' && isCapitalised(t) && t.text !== 'I')) return false;
  const seen = new Set<string>();
  for (const t of tokens) if (t.kind === 'word' && t.text === t.lower && CARD_TABLE.test(t.lower)) seen.add(t.lower.replace(/s$/, ''));
  return seen.size >= 2;
}

/** A club or a player spoken of as any one ("a player", "another club", "the selling club", "the player's"): a football explainer's roles. */
const SPORT_ROLES = /^(players?|clubs?|footballers?|athletes?)$/;
/** What makes the role any one: an indefinite, "another", "that", or the seller's or the buyer's side. */
const ANY_ONE_BEFORE = /^(a|an|another|any|each|every|that|selling|buying|new|interested)$/;
/** Capitalised kinds of a transfer, which name no one: "a Free Transfer", "a Record Transfer". */
const TRANSFER_CAPITALS = /^(free|record|transfer|transfers|bosman)$/;

/**
 * Whether the sentence speaks of football's contracts at large: a player or a club as any one
 * ("If another club wants to sign that player before the contract expires"), or a player's own
 * ("the player's contract"), with no name (but a transfer's kind in capitals), no number, no mention
 * and nothing that dates it. "The club says the player signed a new deal last week" is one told.
 */
function sportAtLarge(tokens: Token[], known: KnownSpan[]): boolean {
  if (known.length > 0) return false;
  let role = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'number' || t.kind === 'currency') return false;
    if (t.kind !== 'word') continue;
    if (k > 0 && t.text !== 'I' && isCapitalised(t) && !TRANSFER_CAPITALS.test(t.lower)) return false;
    if (SAID.test(t.lower) || /^(signed|agreed|announced|confirmed|completed|yesterday|today|last|ago)$/.test(t.lower)) return false;
    const bare = t.lower.replace(/['’]s?$/, '');
    if (SPORT_ROLES.test(bare) && (ANY_ONE_BEFORE.test(tokens[k - 1]?.lower ?? '') || (/['’]s$/.test(t.lower) && /^(a|the)$/.test(tokens[k - 1]?.lower ?? '')))) role = true;
  }
  // (Read last: a pass over the whole sentence, which the loop above mostly makes needless.)
  return role && !datedOrPast(tokens);
}

/** Verbs that take or give a stake: "bought a stake", "holds a minority stake". */
const STAKE_VERBS = /^(take|takes|took|taken|taking|buy|buys|bought|buying|acquire|acquires|acquired|sell|sells|sold|selling|hold|holds|held|own|owns|owned|retain|retains|retained|keep|keeps|kept|raise|raised|increase|increased|cut|offload|offloaded|divest|divested|get|got|gets|secure|secured|swap|swapped|with|for)$/;
/** Words that negate the verb before a deal phrase. */
const NEGATIONS = /^(not|never|without|nor|cannot|no)$|n['’]t$/;
/** Verbs after which "to <verb> a deal" means it was not made: "failed to reach a deal". */
const FAILED = /^(failed|fail|fails|failing|refused|refuse|refuses|unable|yet)$/;
/**
 * Verbs that make a deal: negated, no deal was made ("has not signed a deal"; not "did not confirm the deal").
 * (A bid is launched, lodged or tabled: "would not launch a takeover bid for Anglo American" made none.)
 */
const MAKING = /^(sign|signed|reach|reached|make|made|strike|struck|agree|agreed|conclude|concluded|seal|sealed|secure|secured|finalise|finalised|finalize|finalized|formalise|formalised|formalize|formalized|produce|produced|yield|yielded|close|closed|get|got|win|won|ink|inked|have|had|has|accept|accepted|do|does|did|offer|offered|give|given|launch|launched|lodge|lodged|table|tabled)$/;
/**
 * Words between a negation and the verb that makes the deal: "not going to do a deal", "never been able to sign a deal".
 * ("does not intend to make a takeover offer for Anglo American": intended, not made.)
 */
const TO_THE_VERB = /^(to|going|be|been|have|having|ever|yet|able|willing|prepared|about|want|wants|wanted|trying|planning|intend|intends|intended|plan|plans|currently)$/;
/** Ordinals that count a contract's periods: "the first contract period". */
const ORDINALS_OF_PERIODS = /^(first|second|third|fourth|fifth|final|last|next|initial)$/;
/** Verbs that take a stake as a deal is made: "not plan to take a stake", "not seeking a stake". */
const TAKING = /^(take|taking|took|taken|buy|buying|bought|acquire|acquiring|acquired|seek|seeking|sought)$/;
/** The first deal-stake word within five words of `start` ("a direct equity stake" → "stake"), or ''. */
function stakeHead(tokens: Token[], start: number): string {
  for (let k = start; k < start + 5 && tokens[k] && tokens[k].kind !== 'punct'; k++) if (/^(stake|stakes|shareholding)$/.test(tokens[k].lower)) return tokens[k].lower;
  return '';
}
/** Trying, after "of": "months of attempting to reach an agreement" made none. */
const ATTEMPTED = /^(attempting|trying|struggling|failing|seeking)$/;
/** Verbs that deny a deal was made: "denied any agreement with his co-accused". */
const DENIALS = /^(deny|denies|denied|denying)$/;
/** A deal-making verb's -ing form after "of" or "about" before a bare "a deal": a deal in the abstract ("for the sake of doing a deal"). */
const MAKING_IN_THE_ABSTRACT = /^(doing|making|striking|cutting|developing|negotiating|agreeing|signing|closing|securing|landing)$/;
/** Judgements of a deal, of its worth or its price ("A cheap deal?" is one a reader gets, not one between parties). */
const EVALUATIVE = /^(bad|good|better|best|great|fair|terrible|lousy|sweet|fantastic|awful|poor|worse|worst|very|really|such|big|huge|massive|cheap|cheaper|cheapest|right|perfect|ideal)$/;
/** A shop's wares beside its deals: "deals and products", "gifts and deals". */
const WARES = /^(products|offers|discounts|coupons|gadgets|gifts)$/;
/** Modifiers of a shop's offer: "the best Cyber Monday deals", "this week's top deals". */
const BARGAIN = /^(best|top|cheapest|cheap|cheaper|hottest|early|exclusive|daily|flash|doorbuster|clearance|discount|bargain|holiday|christmas|easter|summer|winter|spring|autumn|weekend|cyber)$/;
/** What a shop tells its customers to do: "Buy two, get one free", "Spend £50 and save £10". */
const SHOP_IMPERATIVES = /^(buy|spend|order|book|grab|shop|pay|save|get)$/;
/** Products a reader buys: "a fixed-rate mortgage deal", "the latest broadband deals", "the meal deal". */
const CONSUMER_GOODS = /^(meal|lunch|breakfast|pizza|burger|sandwich|takeaway|coffee|gym|mortgage|broadband|phone|mobile|handset|sim|energy|insurance|laptop|laptops|tv|tvs|television|hotel|flight|flights|car|cars|headphones|gadget|gadgets)$/;
/** A bank's products for a household, one word each: "a savings deal", "an overdraft deal". */
const RETAIL_BANK_PRODUCTS = /^(savings|saver|isa|overdraft|remortgage|cashback)$/;
/** How a household product's rate is set: "a fixed rate deal", "a two-year tracker deal". */
const RATE_KINDS = /^(fixed|tracker|variable|discounted|introductory)$/;
/** Words of shopping: a "deal" in their sentence is an offer ("a real bargain, and the deal ends tonight"). */
const SHOPPING = /^(bargain|bargains|discount|discounts|discounted|shoppers|shopping|shops|stores|steal|coupon|coupons|promo|checkout|voucher|vouchers|half-price)$/;
/** Arrangements of a household, an event or a piece of music, not between parties. */
const DOMESTIC_ARRANGEMENT = /^(living|seating|sleeping|travel|funeral|burial|wedding|floral|flower|musical|orchestral|childcare|child-care|care|custody|visiting|parking|catering|working|work)$/;
/** Verbs of a customer getting a bargain: "get the best deal on car insurance". */
const GETTING = /^(get|gets|got|getting|find|finds|found|finding|land|lands|landed|snag|snagged|bag|bagged|score|scored)$/;
/** Loans a household takes out, not deals between parties: "a personal loan of £5,000". */
const HOUSEHOLD_LOAN = /^(personal|student|payday|car|auto|home|mortgage|consumer|household|holiday|wedding|bridging|margin)$/;
/** Where two players line up: a "partnership at centre-back" is of players, not of firms. */
const FIELD_POSITIONS = /^(centre-back|center-back|centre-backs|center-backs|centre-half|midfield|full-back|backline|defence|defense|goals|assists|strikers|midfielders|defenders|wingers)$/;
/** Partnerships of two people: "a civil partnership". */
const PERSONAL_PARTNERSHIP = /^(civil|domestic|romantic|life)$/;
/** Words of a home and a family, beside which a bargain told in the first person is a household's. */
const HOME_WORDS = /^(house|apartment|flat|rent|bills|landlord|tenant|roommate|roommates|flatmate|flatmates|brother|sister|mom|mum|dad|mother|father|parents|neighbor|neighbour)$/;

/** A sentence in the first person (not a quotation) with a word of a home. */
function householdFirstPerson(tokens: Token[]): boolean {
  let first = false;
  let home = false;
  for (const t of tokens) {
    if (t.kind === 'punct' && /^["“”]$/.test(t.text)) return false;
    // One person speaking (a politician's "we" and "our kids" are a country's), of a home written in lower case ("the House" is Congress).
    if (/^(i|my|me)$/.test(t.lower)) first = true;
    else if (t.text === t.lower && HOME_WORDS.test(t.lower)) home = true;
  }
  return first && home;
}

/** Words of reporting: a form's words told by someone are one deal's terms ("allows either party to exit, Rio Tinto said"). */
const SAID = /^(said|says|told|according|announced|stated)$/;

/** Words of a couple's life, beside which a partnership is theirs. */
const MARRIED_LIFE = /^(divorce|divorced|divorcing|marriage|married|marry|wedding|husband|wife|spouse|spouses|boyfriend|girlfriend|romance)$/;
/** A person's or a band's "venture" is a business they run: "her latest venture, a bakery", "the band's new venture, a record label". */
const PERSONAL_POSSESSIVE = /^(his|her|my|your|actor|actress|singer|author|chef|star|rapper|player|founder|designer|entrepreneur|celebrity|comedian|athlete|band|musician|duo|couple|presenter|footballer|boxer|director)$/;
/** What "A deal is ..." goes on with when it says what deals are: "a deal is a deal", "a deal is only as good as...". */
const GENERIC_PREDICATE = /^(a|an|only|always|never|like|what|just)$/;
/** Verbs that win or give a point in bargaining: "won a small concession on pay" (not "won a 30-year concession"). */
const YIELD_VERBS = /^(make|makes|made|making|offer|offers|offered|offering|win|wins|won|winning|wring|wrung|extract|extracted|demand|demands|demanded|seek|seeks|sought|give|gives|gave|given|giving|yield|yielded|get|got)$/;
/** Nouns in -ing a stake can be held in: "a stake in mining", "a stake in the building". */
const ING_NOUNS = /^(mining|building|holding|housing|shipping|banking|processing|refining|smelting|trading|publishing|broadcasting|engineering|manufacturing|packaging|gaming|betting|lending|printing|recycling|farming|fishing|logging|drilling|catering|clothing|advertising|streaming|ticketing|hosting|computing|consulting|marketing)$/;
/** What one has a stake in without owning it: "a stake in the outcome", "in its future". */
const OUTCOMES = /^(outcome|outcomes|future|success|result|results|election|debate|fight|race|vote|process|peace|recovery)$/;
/** Verbs of "seal the deal", won by a goal or a gesture: "sealed the deal with a header". */
const SEALING = /^(seal|seals|sealed|sealing|clinch|clinches|clinched|clinching)$/;
/** Modifiers of a concession granted over land or an asset: "a 30-year concession", "the mining concession" (or a mineral's name). */
const GRANTED_CONCESSION = /^(year|mining|port|oil|gas|forest|forestry|land|exploration|toll|airport|rail|railway|water|timber|fishing|logging|road|highway|terminal|hydro|power|telecom)$/;
/** What a concession "of" counts when it is a score conceded: "the concession of three goals". */
const CONCEDED = /^(goals?|points?|runs?|tries|try|wickets?|sets?|games?|penalt(?:y|ies)|baskets?|touchdowns?)$/;
/** Nouns a deal word is said to be when it is a custom or an idea: "The Olympic Truce is a tradition". */
const CUSTOM_NOUNS = /^(tradition|custom|practice|convention|ritual|principle|concept|notion|idea|ideal|symbol|myth|legend)$/;
/** Words of military blocs: a capitalised pact in their sentence is an alliance ("the Warsaw Pact ... the Soviet bloc"). */
const BLOC_WORDS = /^(bloc|blocs|alliance|alliances|military|troops|armies|nato)$/;
/** Modifiers of a concession that is a relief or a discount: "a tax concession", "travel concessions". */
const RELIEF_CONCESSION = /^(tax|fare|fares|travel|ticket|duty|vat|rates|fee|fees|pensioner|student|council-tax)$/;
/** Modifiers of a stake one cares about rather than owns: "a personal stake in the inquiry". */
const INTEREST_STAKE = /^(personal|vested|emotional|moral|political|keen|deep)$/;
/** Heads of what a stake is held in when it is an interest, not an asset: "a huge stake in the new engine rules". */
const NOT_ASSETS = /^(outcome|outcomes|future|success|result|results|election|debate|fight|race|vote|process|peace|recovery|rules|rule|inquiry|decision|talks|policy|policies|reforms|reform|changes|game|games|campaign|negotiations|matter|case|trial|verdict|review|plans|plan|issue|issues|question|questions|dispute|disputes|argument|industry|industries|sector|sectors|economy)$/;
/** Who a memo is sent to: "a memorandum to staff" is a note, not an agreement signed. */
const MEMO_READERS = /^(the|all|its|his|her|their|every|staff|employees|members|colleagues|ministers|officials|officers|managers|teachers|parents|pupils|students|parliament|mps)$/;
/** People of private life: a pact or a truce among them is a promise ("The friends made a pact", "The siblings called a truce"). */
const PRIVATE_PEOPLE = /^(friends|couple|couples|siblings|brothers|sisters|twins|family|families|classmates|neighbours|neighbors|kids|children|pupils|flatmates|housemates|lovers|spouses)$/;
/** Partnerships of players or performers: "their doubles partnership", "a songwriting partnership". */
const PLAYING_PARTNERSHIP = /^(doubles|dance|dancing|songwriting|writing|comedy|singing|double-act|strike|striking|defensive|attacking)$/;
/** Where players or performers pair up: "their partnership on the dance floor", "on the pitch". */
const PLAYING_PLACES = /^(floor|dance-floor|dancefloor|pitch|court|courts|ice|rink|stage|field|track|wing|flank)$/;
/** What a post is for or made of: "the tent stake", "a tomato stake", "a wooden stake". */
const POST_STAKE = /^(tent|tomato|garden|fence|fencing|wooden|wood|metal|steel|bamboo|plant|tree|picket|survey|marker|ground)$/;
/** Betting words: a "stake" in their sentence is money bet. */
const BETTING = /^(bet|bets|betting|accumulator|odds|pot|wager|wagers|bookmaker|bookmakers|bookie|bookies|punter|punters|winnings|jackpot|poker|roulette|casino)$/;
/** Family and friends a loan comes from: a loan between people, not a deal. */
const FAMILY = /^(mum|dad|mom|parents|mother|father|friend|friends|sister|brother|family|relatives|grandparents|gran|granny|grandma|grandpa|uncle|aunt)$/;
/** Propositions one agrees with: "agreement with the statement" is assent. */
const PROPOSITIONS = /^(statement|statements|view|views|idea|ideas|proposition|claim|claims|sentiment|premise|argument|assessment|verdict|suggestion|notion|accounts|figures|results|estimates|data|measurements|versions|readings|findings|forecasts)$/;
/** Modifiers of a contract that is an idea of society, not a deal: "the social contract". */
const IDEA_CONTRACT = /^(social|psychological|moral|unwritten|natural)$/;
/** A seller's customers: "a 12-month deal for new savers". */
const CUSTOMERS = /^(customers|savers|borrowers|buyers|shoppers|members|subscribers|students|drivers|homeowners|renters|travellers|travelers|passengers|families|pensioners|readers)$/;
/** Legal forms a firm takes: "converted from a partnership to a limited company". */
const LEGAL_FORMS = /^(company|corporation|llp|plc|trader|incorporated|inc|cooperative|co-operative)$/;
/** Verbs of a deal only hoped for: "Neither side expects a deal before the recess". */
/** Nouns of a deal in prospect, before "of": "little chance of a takeover", "the prospect of a deal". */
const IN_PROSPECT = /^(chance|chances|prospect|prospects|likelihood|possibility|odds|hopes|risk|threat|fears)$/;
const HOPED_FOR = /^(expect|expects|expected|expecting|hope|hopes|hoped|hoping|want|wants|wanted|wanting|seek|seeks|sought|seeking|need|needs|needed|urge|urges|urged|predict|predicts|predicted|envisage|envisages|foresee|foresees)$/;

/** An audience a promise is made to, not a party that signs. */
const AUDIENCE = /^(fans|voters|readers|viewers|followers|listeners|audiences?|supporters|electorate)$/;
/** Head nouns that make a partner a party even in lower case: "a partnership with a local miner". */
const PARTNER_HEADS = /^(company|companies|miner|miners|firm|firms|producer|producers|group|groups|developer|explorer|bank|banks|fund|funds|maker|makers|supplier|suppliers|corporation|operator|refiner|refiners|smelter|subsidiary|government|governments|ministry|utility|automaker|carmaker|startup|start-up|university|universities|lender|investor|investors|consortium|state|states|country|countries|province|city|website|platform|app|airline|retailer|chain|brand|network|broadcaster|studio|label|publisher|club|team|league|charity|hospital|school|agency|union|foundation|brewery|museum|council|federation|newspaper|streamer|service)$/;

/**
 * A scoring word in the sentence; "runs" only when counted or after "of" ("put on 212 runs", "a
 * stand of runs"), not the verb of "The partnership ... runs to 2028".
 */
function scoringWord(tokens: Token[], head: number): boolean {
  return tokens.some((t, k) => {
    // ("when batting first", "the batting order": cricket's, not "batting for a trade partnership".)
    if (k !== head && t.lower === 'batting' && /^(first|second|order|collapse|line-up|lineup)$/.test(tokens[k + 1]?.lower ?? '')) return true;
    if (k === head || t.kind !== 'word' || !SCORING.has(t.lower.replace(/['’]s$/, ''))) return false;
    return t.lower !== 'runs' || tokens[k - 1]?.kind === 'number' || /^(of|the|many|few|more|quick|vital)$/.test(tokens[k - 1]?.lower ?? '');
  });
}

/**
 * A word of shopping in the sentence; shops or stores counted ("40 empty shops", "the chain's 300
 * stores") are a retailer's premises, the matter of a deal, not a shopper's offer.
 */
function shoppingWord(tokens: Token[], head: number): boolean {
  return tokens.some((t, k) => {
    if (k === head || t.kind !== 'word' || !SHOPPING.test(t.lower.replace(/['’]s$/, ''))) return false;
    // "a discount carrier", "a discount grocer": a kind of business, not a shopper's offer.
    if (t.lower === 'discount' && /^(carriers?|airlines?|retailers?|chains?|grocers?|brokers?|brands?|operators?|supermarkets?)$/.test(tokens[k + 1]?.lower ?? '')) return false;
    if (!/^(shops|stores)$/.test(t.lower)) return true;
    return !tokens.slice(Math.max(0, k - 3), k).some((x) => x.kind === 'number');
  });
}

/** A product a customer buys among the modifiers, a hyphenated one's parts too ("a SIM-only deal"). */
function consumerGood(modifiers: string[]): boolean {
  return modifiers.some((m) => m.split('-').some((part) => CONSUMER_GOODS.test(part)));
}

/** Buyers of power or supplies by the plant, not by the household: "an energy deal to keep the smelter open". */
const INDUSTRIAL_BUYERS = /^(smelters?|plants?|factory|factories|mills?|refinery|refineries|mines?|foundry|foundries|steelworks|megawatts?|gigawatts?|mw|gw|gwh|twh|utility|utilities|manufacturer|manufacturers)$/;
/** A length no household product runs to: "a nine-year energy deal", "a 10-year electricity contract". */
const LONG_TERM = /^((three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|[3-9]|[1-9]\d)-year|long-term|multi-year|multiyear)$/;
/**
 * A consumer good's word ("energy", "phone") on a deal a plant or a firm makes: a length of years
 * no household signs up for, or a smelter, a mill or megawatts in its sentence.
 */
function industrialSupply(tokens: Token[], modifiers: string[]): boolean {
  return modifiers.some((m) => LONG_TERM.test(m)) || tokens.some((t) => t.kind === 'word' && INDUSTRIAL_BUYERS.test(t.lower.replace(/['’]s$/, '')));
}

/**
 * A bank's product for a household among the modifiers: a fixed or tracker rate ("a fixed rate
 * deal", "a fixed-rate deal"), a balance transfer, savings, an ISA, an overdraft.
 */
function retailBankProduct(modifiers: string[]): boolean {
  const parts = modifiers.flatMap((m) => m.split('-'));
  if (parts.some((p) => RETAIL_BANK_PRODUCTS.test(p))) return true;
  return (parts.includes('rate') && parts.some((p) => RATE_KINDS.test(p))) || (parts.includes('balance') && parts.includes('transfer'));
}

/** Head nouns of an apposition that says a capitalised name is a body: "Civic Accord, the main opposition party". */
const BODY_HEADS = /^(charity|charities|organisation|organization|group|body|party|network|coalition|movement|campaign|foundation|association|society|trust|think-tank|nonprofit|non-profit|lobby|fund|agency|institute|initiative|forum|drama|film|series|show|novel|book|play|documentary|album|podcast|musical|sitcom|thriller|comedy|programme|program)$/;

/** Words that count or point at parties ("two local families", "them"), so the party is not an idea. */
const COUNTED_OR_POINTED = /^(them|us|him|her|me|it|you|two|three|four|five|six|seven|eight|nine|ten|several|many|both|all)$/;

/** Party words that are all bare common nouns: no name, no country, no determiner, no number, no partner's head. */
function bareCommonNouns(tokens: Token[], party: { from: number; to: number }, known: KnownSpan[]): boolean {
  const span = tokens.slice(party.from, party.to);
  return span.length > 0 && !namedIn(tokens, party, known) && span.every((t) => t.kind === 'word' && !DETERMINERS.has(t.lower) && !COUNTED_OR_POINTED.test(t.lower) && !PARTNER_HEADS.test(t.lower) && !/[’']s$/.test(t.text));
}

/**
 * Whether the sides "between" names are any of a kind, none in particular: for a plural deal each
 * opened by "a" or "an" ("a city and a private firm"); for any deal, bare plurals of lower-case words
 * ("independent states or nations of people"). Not a named side, a number or "the".
 */
function anySidesOfAKind(tokens: Token[], party: { from: number; to: number }, plural: boolean): boolean {
  const span = tokens.slice(party.from, party.to);
  if (span.length < 2 || span.some((t) => t.kind !== 'word' || t.text !== t.lower || COUNTED_OR_POINTED.test(t.lower))) return false;
  // Each side starts after "and"/"or" (or at the start).
  const starts = span.filter((_, i) => i === 0 || /^(and|or)$/.test(span[i - 1].lower));
  if (plural && starts.every((t) => /^(a|an)$/.test(t.lower))) return true;
  // Bare plurals: no determiner anywhere, and each side's last word before "and"/"or"/"of" ends in -s.
  if (span.some((t) => DETERMINERS.has(t.lower))) return false;
  const ends = span.filter((t, i) => i === span.length - 1 || /^(and|or|of)$/.test(span[i + 1].lower));
  return ends.every((t) => /[a-z]s$/.test(t.text) && !/ss$/.test(t.text));
}

/** A capitalised deal word whose name (with "for", "of", "on" and capitalised words after it) is set off by an apposition naming a body. */
function bodyNamed(tokens: Token[], head: number): boolean {
  if (!isCapitalised(tokens[head]) || head === 0) return false;
  // "Under the LOI, the agency may lend...": a letter's or a memorandum's initials name a document, never a body.
  if (/^(LOI|LoI|MOU|MoU)s?$/.test(tokens[head].text)) return false;
  let k = head + 1;
  while (tokens[k]?.kind === 'word' && (isCapitalised(tokens[k]) || (/^(for|of|on|and)$/.test(tokens[k].lower) && tokens[k + 1] && isCapitalised(tokens[k + 1])))) k++;
  if (tokens[k]?.text !== ',' || !/^(a|an|the)$/.test(tokens[k + 1]?.lower ?? '')) return false;
  for (let j = k + 2; j < k + 7 && tokens[j]?.kind === 'word'; j++) if (BODY_HEADS.test(tokens[j].lower)) return true;
  return false;
}

/** A capitalised word or a known country inside the party. */
function namedIn(tokens: Token[], party: { from: number; to: number }, known: KnownSpan[]): boolean {
  return tokens.slice(party.from, party.to).some((t) => (t.kind === 'word' && isCapitalised(t) && !/^(The|A|An)$/.test(t.text)) || known.some((m) => m.type === 'country' && m.start >= t.start && m.end <= t.end));
}

/** A party that is someone: named (a capital or a country) or a head such as "firm", "government". */
function someoneNamed(tokens: Token[], party: { from: number; to: number }, known: KnownSpan[]): boolean {
  return namedIn(tokens, party, known) || wordsOf(tokens, party.from, party.to).some((w) => PARTNER_HEADS.test(w));
}

function wordsOf(tokens: Token[], from: number, to: number): string[] {
  return tokens.slice(from, to).filter((t) => t.kind === 'word').map((t) => t.lower);
}

/** Whether the words before the phrase negate it: "has not signed a deal", "without an agreement", "failed to reach a deal". */
function negated(tokens: Token[], start: number): boolean {
  const w = (k: number) => (tokens[k]?.kind === 'word' ? tokens[k].lower : '');
  if (NEGATIONS.test(w(start - 1)) || DENIALS.test(w(start - 1))) return true;
  // "in the absence of a trade agreement", "for lack of a deal": none there.
  if (w(start - 1) === 'of' && (/^(absence|lack)$/.test(w(start - 2)) || (w(start - 2) === 'want' && w(start - 3) === 'for'))) return true;
  // "did not amount to a binding contract", "does not constitute an agreement": said not to be one.
  const amountTo = w(start - 1) === 'to' && /^amount(s|ed|ing)?$/.test(w(start - 2));
  if (amountTo || /^constitut(e|es|ed|ing)$/.test(w(start - 1))) {
    let j = start - (amountTo ? 3 : 2);
    while (j > start - 6 && /^(do|does|did|ever|really|yet|to|be|been|would|could|will)$/.test(w(j))) j--;
    return NEGATIONS.test(w(j));
  }
  // "failed to result in a deal": "result in" makes one as a single verb does.
  const resultIn = w(start - 1) === 'in' && /^result(s|ed)?$/.test(w(start - 2));
  // "does not plan to take a direct equity stake", "is not currently seeking an equity stake": a stake
  // taken, bought or sought is made as a deal is, and negated none was.
  const taking = TAKING.test(w(start - 1)) && /^(stake|stakes|shareholding)$/.test(stakeHead(tokens, start));
  if (!MAKING.test(w(start - 1)) && !resultIn && !taking) return false;
  const k = start - (resultIn ? 3 : 2);
  if (w(k) === 'to' && FAILED.test(w(k - 1))) return true;
  // "after months of attempting to reach an agreement": only tried for.
  if (w(k) === 'to' && ATTEMPTED.test(w(k - 1)) && w(k - 2) === 'of') return true;
  let j = k;
  while (j > k - 4 && TO_THE_VERB.test(w(j))) j--;
  return NEGATIONS.test(w(j));
}

/** Words of a sentence that speaks to its reader: "When you accept a plea deal...". */
const READER = /^(you|your|you['’]re|you['’]ll|you['’]ve|you['’]d|yourself)$/;
/** Quote marks: a sentence with one may report what someone said to someone ("you"). */
const QUOTE_MARKS = /^["'‘’“”]$/;
/** What one needs to make a deal, before "to": "the capacity to do a deal", "the appetite to strike a deal". */
const CAPACITY = /^(capacity|ability|appetite|firepower|power|means|willingness|desire|room|scope|resources)$/;
/** Verbs of a choice between taking and refusing: "whether to accept, modify, or reject the deal". */
const CHOICE_VERBS = /^(accept|reject|modify|approve|refuse|decline|sign|ratify|amend)$/;
/** Participles of a deal made, after a negated auxiliary: "a deal hasn't been reached". */
const MADE = /^(reached|signed|agreed|struck|sealed|finalised|finalized|concluded|made|done|completed|approved|inked|clinched)$/;
/** Bonds of feeling a bare partnership is joined to: "ties of friendship and partnership". */
const TIES = /^(friendship|brotherhood|solidarity|trust|cooperation|co-operation|understanding|goodwill|dialogue|fraternity|kinship)$/;
/** Hedges before an indefinite deal: "potentially, an agreement for exclusive rights". */
const HEDGES = /^(potentially|possibly|perhaps|maybe|hypothetically)$/;

/** Present verbs of a document setting out terms: "outlines", "sets out", "lists". */
const SETS_OUT = /^(outlines|outline|sets|set|lists|list|details|describes|describe|summarises|summarizes|summarise|summarize|specifies|specify|spells|spell|covers|contains|includes|defines|define)$/;

/**
 * Whether "the (key) terms (and conditions) of" stands right before `start`, after a present verb of a
 * document setting them out ("outlines all the terms of", "sets out the terms of").
 */
function termsOfAKind(tokens: Token[], start: number): boolean {
  if (tokens[start - 1]?.lower !== 'of') return false;
  let k = start - 2;
  if (!/^(terms|conditions)$/.test(tokens[k]?.lower ?? '')) return false;
  if (tokens[k]?.lower === 'conditions' && tokens[k - 1]?.lower === 'and' && tokens[k - 2]?.lower === 'terms') k -= 2;
  k--;
  while (k >= 0 && /^(key|main|basic|essential|material|important|all|the|its)$/.test(tokens[k].lower)) k--;
  if (/^(out)$/.test(tokens[k]?.lower ?? '')) k--;
  return SETS_OUT.test(tokens[k]?.lower ?? '');
}

/** Whether "you" stands in the clause of the phrase from `start` to `head` (between the commas or semicolons around it). */
function readerInClause(tokens: Token[], start: number, head: number): boolean {
  const stop = (t: Token) => t.kind === 'punct' && /^[,;:]$/.test(t.text);
  let from = start;
  while (from > 0 && !stop(tokens[from - 1])) from--;
  let to = head + 1;
  while (to < tokens.length && !stop(tokens[to])) to++;
  return tokens.slice(from, to).some((x) => x.kind === 'word' && READER.test(x.lower));
}

/** Whether the words from token `k` on deny that the phrase before was made: "hasn't been reached", "has not yet been signed". */
function negatedAfter(tokens: Token[], k: number): boolean {
  const w = (i: number) => tokens[i]?.lower ?? '';
  let i = k;
  if (/^(has|have|had|is|are|was|were)n['’]t$/.test(w(i))) i++;
  else if (/^(has|have|had|is|are|was|were)$/.test(w(i)) && w(i + 1) === 'not') i += 2;
  else return false;
  if (w(i) === 'yet') i++;
  if (w(i) === 'been') i++;
  return MADE.test(w(i));
}

/** Whether a choice of verbs joined by "or" and opened by "whether" stands right before the phrase: "whether to accept or reject a plea agreement". */
function choiceBefore(tokens: Token[], start: number): boolean {
  if (!CHOICE_VERBS.test(tokens[start - 1]?.lower ?? '')) return false;
  for (let k = start - 2; k >= Math.max(0, start - 9); k--) {
    const t = tokens[k];
    if (t.lower === 'whether') return true;
    if (!(t.text === ',' || /^(or|and|to)$/.test(t.lower) || CHOICE_VERBS.test(t.lower))) return false;
  }
  return false;
}

/** A year named, or a verb in the past that reports: the sentence tells of one case, not of a kind. */
function datedOrPast(tokens: Token[]): boolean {
  return tokens.some((t) => (t.kind === 'number' && /^(1[89]|20)\d\d$/.test(t.text)) || /^(was|were|did|had)$/.test(t.lower));
}

/** Adverbs between a defining copula and what it defines: "is sometimes called", "is simply an agreement". */
const DEFINING_ADVERBS = /^(sometimes|usually|typically|generally|often|simply|essentially|basically|normally|commonly|also|just|merely|only|legally|effectively|formally)$/;
/** What is said of a kind before "of a": "The purpose of an offtake agreement is...". */
const KIND_ASPECTS = /^(purpose|aim|goal|point|nature|essence|definition|meaning|idea|concept|benefits?|advantages?|disadvantages?|downsides?|drawbacks?|pros|cons|anatomy|basics|requirements|elements)$/;
/** Openers of a sentence about any case at all: "When a club buys a player...", "Sometimes a club will offer...". */
const GENERAL_OPENERS = /^(when|whenever|if|once|sometimes|usually|typically|often|generally|normally|although)$/;
/** How often a kind does something: "Buyers sometimes sign...". */
const HOW_OFTEN = /^(sometimes|often|usually|typically|generally|rarely|seldom|commonly|normally|frequently|routinely)$/;
/** Words of a rule's text: a deal in their sentence is any the rule speaks of. */
const NORM_WORDS = /^(shall|hereby|herein|hereunder|thereof|hereinafter)$/;

/**
 * A form's words of itself, said in no news story: "hereunder", "governed by" (its law), "either
 * party" and "each party" (no side named). A plain "shall" is not enough where the sentence names
 * someone ("This agreement shall bind Orion Mining from May").
 */
function formsOwnWords(tokens: Token[]): boolean {
  if (tokens.some((t) => (t.kind === 'punct' && /^["“”]$/.test(t.text)) || SAID.test(t.lower))) return false;
  return tokens.some((t, k) => (NORM_WORDS.test(t.lower) && t.lower !== 'shall') || (t.lower === 'party' && /^(either|each)$/.test(tokens[k - 1]?.lower ?? '')) || (t.lower === 'by' && tokens[k - 1]?.lower === 'governed'));
}
/** Connectives before a sentence's opener: "Moreover, if ...", "But when ...". */
const CONNECTIVES = /^(moreover|however|furthermore|also|besides|likewise|similarly|thus|so|and|but|yet|then|still|meanwhile|otherwise|instead)$/;

/** Where a sentence's opener stands: 0, or after a connective and its comma ("Moreover, if"). */
function openerAt(tokens: Token[]): number {
  if (!CONNECTIVES.test(tokens[0]?.lower ?? '')) return 0;
  return tokens[1]?.text === ',' ? 2 : 1;
}

/**
 * "If a closed session discussion occurs ..., the action should be described as an approval of the
 * contract": a definite phrase in a sentence that opens on a general case with an indefinite subject,
 * with no name, number or mention and nothing that dates it.
 */
function theOneOfAGeneralCase(tokens: Token[], known: KnownSpan[]): boolean {
  const o = openerAt(tokens);
  if (!/^(if|when|whenever|once)$/.test(tokens[o]?.lower ?? '') || !/^(a|an)$/.test(tokens[o + 1]?.lower ?? '')) return false;
  if (known.length > 0 || datedOrPast(tokens)) return false;
  return !tokens.some((t, k) => t.kind === 'number' || (k > o && t.kind === 'word' && isCapitalised(t) && t.text !== 'I'));
}

/** Initials of a kind of deal, which name no party: "MoU", "MoA", "JV", "LOI". */
const DEAL_INITIALS = /^(mous?|moas?|jvs?|lois?|ndas?|ppas?)$/;

/** Whether a participle of making and "between" any parties at all follow the head: "made between two people", "drawn up between the parties". */
function madeBetweenAnyone(tokens: Token[], head: number): boolean {
  let k = head + 1;
  if (!/^(made|drawn|signed|entered|agreed|concluded|negotiated|reached)$/.test(tokens[k]?.lower ?? '')) return false;
  k++;
  if (/^(up|into)$/.test(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.lower !== 'between') return false;
  // ("Pilbara signed an agreement made between both sides after talks with Posco": "the two sides" and
  // "the parties" point back at sides a sentence names, by a name, a number or a date.)
  if (tokens.some((t, j) => t.kind === 'number' || t.kind === 'currency' || (j > 0 && t.kind === 'word' && isCapitalised(t) && t.text !== 'I'))) return false;
  let to = k + 1;
  while (to < tokens.length && to < k + 4 && tokens[to].kind === 'word' && tokens[to].text === tokens[to].lower) to++;
  for (let end = to; end > k + 1; end--) if (rolesOnly(tokens, { from: k + 1, to: end })) return true;
  return false;
}

/** Whether the sentence speaks of anyone at all by "he or she", "his or her", "him or her": a person of no sex in particular. */
function eitherSex(tokens: Token[]): boolean {
  return tokens.some((t, k) => /^(he|his|him)$/.test(t.lower) && /^(or|\/)$/.test(tokens[k + 1]?.lower ?? '') && /^(she|her|hers)$/.test(tokens[k + 2]?.lower ?? ''));
}

/** Participles that name a kind after a copula: "this is called a reverse takeover". */
const NAMING = /^(called|termed|dubbed|known|defined|described|referred)$/;
/** A kind's initials as a defined subject's whole name: "A PPA is...", "An NDA is..." (as written, capitals). */
const KIND_INITIALS = /^(PPA|JV|MoU|MOU|NDA|SPA|LOI|MoA|MOA)$/;
/** Deal nouns that end the name of a kind: "A Power Purchase Agreement", "A Farm-out Agreement", "A Memorandum of Understanding". */
const DEAL_NOUN_WORDS = /^(agreement|contract|deal|pact|arrangement|partnership|venture|loan|offtake|concession|memorandum|understanding)$/;

/**
 * The token after a name's short form or second name in brackets or between commas, right after a
 * defined kind: "A power purchase agreement (PPA) is...", "A farm-out agreement (also known as a
 * farmin) is...", "A power purchase agreement, or PPA, is...". `k` itself when there is none.
 */
function afterAside(tokens: Token[], k: number): number {
  const t = tokens[k];
  // (Not any remark in brackets: "A new offtake agreement (the second this year) is a boost for Pilbara".)
  if (t?.text === '(' && shortFormOrName(tokens[k + 1])) {
    for (let j = k + 1; j < k + 9 && j < tokens.length; j++) if (tokens[j].text === ')') return tokens[j + 1]?.text === ',' ? j + 2 : j + 1;
  }
  if (t?.text === ',' && tokens[k + 1]?.lower === 'or') {
    for (let j = k + 2; j < k + 6 && j < tokens.length; j++) if (tokens[j].text === ',') return j + 1;
  }
  // ("A distribution agreement, also known as a distributorship, is a contract...", "A farm-out
  // agreement, also known as a farm-in deal, is any...": the other name set off by commas.)
  if (t?.text === ',' && tokens[k + 1]?.lower === 'also' && tokens[k + 2]?.lower === 'known' && tokens[k + 3]?.lower === 'as') {
    for (let j = k + 4; j < k + 10 && j < tokens.length; j++) if (tokens[j].text === ',') return j + 1;
  }
  return k;
}
/** What opens a name's short form or second name in brackets: initials ("PPA", "MoU") or "also known as", "or", "i.e.". */
function shortFormOrName(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && (/^[A-Z][A-Za-z]*[A-Z][A-Za-z]*$/.test(t.text) || /^(also|or|aka|known|sometimes|often|called|i\.?e\.?)$/.test(t.lower));
}
/** The start of an aside that ends right before `k` (the inverse of afterAside), or `k`. */
function beforeAside(tokens: Token[], k: number): number {
  const last = tokens[k - 1];
  const close = last?.text === ',' && tokens[k - 2]?.text === ')' ? k - 2 : last?.text === ')' ? k - 1 : -1;
  if (close >= 0) {
    for (let j = close - 1; j > close - 9 && j >= 0; j--) if (tokens[j].text === '(') return shortFormOrName(tokens[j + 1]) ? j : k;
  }
  if (last?.text === ',') {
    for (let j = k - 2; j > k - 7 && j >= 1; j--) if (tokens[j].text === ',' && tokens[j + 1]?.lower === 'or') return j;
    // (", also known as a distributorship,": the other name, as afterAside reads it.)
    for (let j = k - 2; j > k - 11 && j >= 1; j--) if (tokens[j].text === ',' && tokens[j + 1]?.lower === 'also' && tokens[j + 2]?.lower === 'known' && tokens[j + 3]?.lower === 'as') return j;
  }
  return k;
}

/**
 * Whether the indefinite phrase from `start` to `end` (token indices) is a kind defined or met in a
 * general case: the subject of "is a"/"are" ("A settlement is an agreement"), what an indefinite
 * subject is said to be ("... is an agreement between a prosecutor and a defendant") or is called
 * ("is sometimes called a takeover"), or one in a sentence that opens on a general case with an
 * indefinite subject ("When a country requests an IMF loan, ..."), with no year named.
 * The words after "is" are read only when the phrase opens its clause or a copula stands before it.
 */
function definedOrGeneral(tokens: Token[], start: number, end: number): boolean {
  const w = (k: number) => tokens[k]?.lower ?? '';
  const clauseStart = (k: number) => k === 0 || (tokens[k - 1].kind === 'punct' && /^[,;:(“"‘']$/.test(tokens[k - 1].text)) || (tokens[k - 1].lower === 'that' && tokens[k - 2]?.kind === 'word');
  // The subject: "A plea deal is an agreement...", "a coalition agreement is an agreement...".
  // (Its short form in brackets or after "or" may come between: "A power purchase agreement (PPA) is a contract...".)
  end = afterAside(tokens, end);
  if (clauseStart(start) && /^(is|are)$/.test(w(end))) {
    let next = DEFINING_ADVERBS.test(w(end + 1)) ? end + 2 : end + 1;
    // (Or what it is not: "A MoU is not a legally binding contract".)
    if (w(next) === 'not') next++;
    // ("A codeshare agreement is the next step", "...is one way to end a marriage", "A contract is something you...".)
    // ("A farm-out agreement, also known as a farm-in deal, is any arrangement in which...": any such.)
    if (/^(a|an|the|one|something|any)$/.test(w(next)) || NAMING.test(w(next))) return true;
  }
  // A subject with a relative clause, then what it is called: "An agreement which restricts a person from
  // marrying is called an agreement in restraint of marriage" (within the clause, no comma between).
  if (clauseStart(start) && /^(which|that)$/.test(w(end))) {
    for (let j = end + 1; j < end + 14 && tokens[j] && tokens[j].kind !== 'punct'; j++) {
      if (/^(is|are)$/.test(w(j)) && (NAMING.test(w(j + 1)) || (DEFINING_ADVERBS.test(w(j + 1)) && NAMING.test(w(j + 2))))) return true;
    }
  }
  // What it was held to be: "a three-year contract was considered a long-term one".
  if (clauseStart(start) && /^(is|are|was|were)$/.test(w(end)) && /^(considered|seen|regarded|deemed|thought)$/.test(w(end + 1))) return true;
  // What is said of any such deal: "The purpose of an offtake agreement is to...".
  if (w(start - 1) === 'of' && KIND_ASPECTS.test(w(start - 2)) && /^(the|its)$/.test(w(start - 3))) return true;
  // What it is called: "this is called a reverse takeover", "is sometimes called a takeover".
  let k = start - 1;
  // (A second name joined by "or": "a lease may also be called a residential tenancy agreement or a contract".)
  if (/^(or|and)$/.test(w(k))) {
    let j = k - 1;
    while (j > k - 8 && j > 0 && tokens[j].kind === 'word' && !NAMING.test(w(j))) j--;
    if (NAMING.test(w(j)) && /^(a|an)$/.test(w(j + 1))) k = j;
  }
  if (NAMING.test(w(k)) || (w(k) === 'as' && NAMING.test(w(k - 1)))) {
    k -= w(k) === 'as' ? 2 : 1;
    if (DEFINING_ADVERBS.test(w(k))) k--;
    // (Or the other name in brackets: "A farm-out agreement (also known as a farmin agreement) is...".)
    // (Or set off by commas after the kind's own name: "A farm-out agreement, also known as a farm-in deal, is any...".)
    if (/^(is|are|be|being)$/.test(w(k)) || tokens[k]?.text === '(' || (tokens[k]?.text === ',' && DEAL_NOUN_WORDS.test(w(k - 1)) && /^(a|an)$/.test(w(start)))) return true;
  }
  // What an indefinite subject is: "A settlement is an agreement by both parties".
  k = start - 1;
  if (DEFINING_ADVERBS.test(w(k))) k--;
  // (Or what it refers to: "A book deal typically refers to an agreement between an author and a publisher".)
  const refersTo = w(k) === 'to' && /^refers?$/.test(w(k - 1));
  if (refersTo) {
    k -= 2;
    if (!DEFINING_ADVERBS.test(w(k))) k++;
  }
  if (/^(is|are)$/.test(w(k)) || refersTo) {
    const subjectEnd = beforeAside(tokens, k);
    let s = subjectEnd - 1;
    while (s > 0 && !(tokens[s - 1].kind === 'punct' && /^[,;:(]$/.test(tokens[s - 1].text)) && subjectEnd - s < 8) s--;
    const subject = tokens.slice(s + 1, subjectEnd);
    // (A kind named in capitals is one too when its last word is a deal noun: "A Power Purchase Agreement is a contract...".)
    // (Or its initials: "A PPA is a legal agreement between a developer and a customer".)
    const kindInCapitals = s === 0 && (DEAL_NOUN_WORDS.test(subject[subject.length - 1]?.lower ?? '') || (subject.length === 1 && KIND_INITIALS.test(subject[0].text)));
    // (What "refers to" an agreement is a kind only when it is one itself: "A spokesman refers to an
    // agreement signed last year" points at one.)
    const kindSubject = !refersTo || DEAL_NOUN_WORDS.test(subject[subject.length - 1]?.lower ?? '') || (subject.length === 1 && KIND_INITIALS.test(subject[0].text));
    if (kindSubject && /^(a|an)$/.test(w(s)) && subject.length > 0 && subject.every((t) => t.kind === 'word' && (!isCapitalised(t) || kindInCapitals))) return true;
  }
  // A doing as the subject: "Securing a PPA is a condition of any financing", "Signing a contract takes weeks"
  // (not one told in the past: "Winning a cobalt supply contract was Glencore's biggest success last year").
  if (start === 1 && !datedOrPast(tokens) && /^(a|an)$/.test(w(1)) && tokens[0]?.kind === 'word' && /^\p{Lu}\p{Ll}{2,}ing$/u.test(tokens[0].text) && !/^(During|Following|Including|Regarding|Concerning|According|Bring|King|Sterling|Wing)$/.test(tokens[0].text)) return true;
  // A habit of a kind: "Buyers of lithium sometimes sign an offtake agreement before...", a
  // sentence that opens on a bare plural and says how often.
  if (tokens[0]?.kind === 'word' && /^\p{Lu}\p{Ll}+s$/u.test(tokens[0].text) && tokens.some((t) => HOW_OFTEN.test(t.lower))) return true;
  // The words of a rule or a by-law: "The Mayor is hereby authorized to execute a contract", "shall be fixed in a written contract".
  // ("“We shall sign a supply agreement next week,” the minister said": a speaker's promise, not a rule.)
  if (tokens.some((t, k) => NORM_WORDS.test(t.lower) && !(t.lower === 'shall' && /^(i|we)$/.test(tokens[k - 1]?.lower ?? '')))) return true;
  // A general case: "When a criminal defendant and a prosecutor reach a plea deal, ...".
  // (After a connective: "Moreover, if a First Nation has a treaty agreement, ...".)
  const o = openerAt(tokens);
  if (GENERAL_OPENERS.test(w(o)) && /^(a|an)$/.test(w(o + 1))) {
    return !tokens.some((t) => t.kind === 'number' && /^(1[89]|20)\d\d$/.test(t.text)) && !tokens.some((t) => /^(was|were|did|had)$/.test(t.lower));
  }
  // Any subject in the opener's clause, the phrase in it too: "Once the two sides reach an
  // agreement, they will...", not a case told in the past ("When the union accepted a deal, ...").
  // An example is a general case too: "For example, a contract with two seasons left may be extended".
  const example = w(0) === 'for' && /^(example|instance)$/.test(w(1)) && tokens[2]?.text === ',';
  if (example || GENERAL_OPENERS.test(w(o))) {
    const comma = tokens.findIndex((t, k) => k > o && t.text === ',');
    const inOpener = example || (comma > start && tokens.slice(o + 1, start).every((t) => t.kind !== 'word' || !/ed$/.test(t.lower)));
    if (inOpener && !datedOrPast(tokens)) return true;
  }
  return false;
}

/** The parties of any deal of a kind, named by their role: "the defendant", "either party", "the borrower". */
const ROLES = /^(party|parties|defendant|defendants|plaintiff|plaintiffs|buyer|buyers|seller|sellers|borrower|borrowers|lender|lenders|acquirer|acquiring|employer|employee|employees|tenant|tenants|landlord|landlords|insurer|policyholder|contractor|signatories)$/;
/** Words that tie a sentence to one event: a few past tenses of saying and making, a time. */
const ONE_EVENT = /^(was|were|did|had|said|says|told|announced|signed|agreed|reached|struck|sealed|yesterday|today|tonight|last|ago)$/;

/**
 * Whether the sentence speaks of any case of a kind rather than of one: a party named by its role,
 * any one ("Either party may end the contract", "If a tenant renews the lease agreement"), and no
 * name (no capital after its first word), no number, no mineral and nothing that dates it.
 * Openers such as "once" or "when" are not enough: "Once the deal closes, ..." is a pending deal.
 */
function anyCase(tokens: Token[], known: KnownSpan[]): boolean {
  if (known.length > 0) return false;
  let role = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'number' || (k > 0 && t.kind === 'word' && isCapitalised(t) && t.text !== 'I') || ONE_EVENT.test(t.lower)) return false;
    role ||= ROLES.test(t.lower) && /^(a|an|either|each|any)$/.test(tokens[k - 1]?.lower ?? '');
  }
  return role;
}

/**
 * The people of any deal of a kind, named by their role, whatever their determiner: "the landlord
 * and the tenant", "both parties", "your employer", "buyers and sellers", "artists", and a school's
 * "parents and carers" ("Parents and carers are asked to sign the agreement").
 */
const ANY_ROLES = /^(party|parties|tenants?|subtenants?|landlords?|lessees?|lessors?|renters?|licensees?|licensors?|employers?|employees?|buyers?|sellers?|borrowers?|lenders?|homeowners?|guests?|customers?|clients?|subscribers?|consumers?|users?|signator(?:y|ies)|franchisees?|franchisors?|policyholders?|insurers?|freelancers?|partners|artists|musicians|hirers?|new-hires?|bidders?|tenderers?|parents|carers|guardians|pupils)$/;
/** Words that tell of one event: a past tense of saying or making, a time ("yesterday", "last week"). */
const TOLD_EVENT = /^(was|were|did|had|said|says|told|announced|signed|agreed|reached|struck|sealed|inked|extended|renewed|completed|approved|awarded|won|bought|sold|took|gave|broke|began|paid|made|claims|terminated|ended|yesterday|today|tonight|last|ago|earlier|recently|tomorrow|next|soon|expected|quarter)$/;
/** Bodies of a state or a market named in lowercase, which news names the sides or judges of one deal by: "approved by regulators", "the government". */
const BODIES = /^(regulators?|shareholders?|officials?|authorities|government|governments|ministry|ministries|parliament|lawmakers|miners?|investors)$/;
/** Before a participle of making, the words that make it no event: "is signed by both parties", "a signed lease", "the agreed terms". */
const NO_EVENT_BEFORE = /^(is|are|be|been|being|a|an|the|your|their|its|legally|fully|duly|mutually|once|when|if|and|or|often|usually|typically|generally|commonly|always|also|not|never|properly|well)$/;
/** Counts and kinds of parties that are political ones, not a deal's sides: "the two parties will not field candidates". */
const NOT_ROLE_BEFORE = /^(two|three|four|five|several|many|political|opposition|ruling|main|major|rival|other|coalition|governing)$/;

/** Objects that follow a verb in the past: "breached the lease", "signed it". */
const OBJECT_OPENERS = /^(the|a|an|its|their|his|her|our|this|that|these|those|it|them|him|us|me)$/;

/**
 * Whether the sentence names no one (no capital after its first word but "I"), counts nothing,
 * holds no mention and tells of no event (a past tense of saying or making, a time, or any verb in
 * "-ed" before its object: "the landlord breached the lease"). A present "is signed by both
 * parties", "the parties involved" and "a signed lease" are no event.
 */
function namesNothing(tokens: Token[], known: KnownSpan[]): boolean {
  if (known.length > 0) return false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'number' || t.kind === 'currency') return false;
    if (t.kind !== 'word') continue;
    // (A deal's own initials name no one: "An MoU can signal...", "the JV".)
    if (k > 0 && t.text !== 'I' && !/^I['’]/.test(t.text) && isCapitalised(t) && !DEAL_INITIALS.test(t.lower)) return false;
    if (BODIES.test(t.lower)) return false;
    const pastForm = TOLD_EVENT.test(t.lower) || (/^[a-z]{3,}ed$/.test(t.lower) && OBJECT_OPENERS.test(tokens[k + 1]?.lower ?? ''));
    // ("your agent may have already pushed the agreement as far as it will go": a modal perfect is what may be, no event.)
    const b = tokens[k - 1]?.lower === 'already' ? k - 2 : k - 1;
    const modalPerfect = /ed$/.test(t.lower) && tokens[b]?.lower === 'have' && /^(may|might|could|would|should|must)$/.test(tokens[b - 1]?.lower ?? '');
    if (pastForm && !modalPerfect && !(/ed$/.test(t.lower) && NO_EVENT_BEFORE.test(tokens[k - 1]?.lower ?? ''))) return false;
  }
  return true;
}

/**
 * Whether the sentence speaks of a kind of deal to its reader or by the roles of its parties
 * ("The lease agreement outlines the responsibilities of both parties", "Keep a copy of the contract
 * for your records", "Most artists still revere a recording deal"); asked only of a sentence that
 * names nothing (namesNothing).
 */
function kindSpokenOf(tokens: Token[], pointed: boolean): boolean {
  // ("The contract is usually awarded to the lowest bidder": a habit is a kind's, whoever its sides.)
  const habitual = pointed && tokens.some((t) => HABIT.test(t.lower));
  // ("The terms are usually agreed upon in the transfer agreement": a habit told in the present of a
  // sentence that names nothing is any such deal's, whoever its sides.)
  // (Not a verb of judging after it, which tells of one deal's standing: "The partnership is often
  // described as the cornerstone of the alliance".)
  if (habitual && tokens.some((t, k) => HABIT.test(t.lower) && /^(is|are)$/.test(tokens[k - 1]?.lower ?? '') && !JUDGED.test(tokens[k + 1]?.lower ?? ''))) return true;
  // ("If the employer terminates the contract early, they may be required to pay the employee": advice on a
  // worker's or a household's contract, told by its sides' roles and a modal of what may or should be.)
  if (pointed && tokens.some((t) => ADVICE_MODALS.test(t.lower)) && tokens.some((t) => t.kind === 'word' && HOUSEHOLD_ROLES.test(t.lower.replace(/['’]s?$/, '')))) return true;
  return tokens.some((t, k) => t.kind === 'word' && (READER.test(t.lower) || (ANY_ROLES.test(t.lower.replace(/['’]s?$/, '')) && !(t.lower === 'parties' && NOT_ROLE_BEFORE.test(tokens[k - 1]?.lower ?? '')) && (!pointed || habitual || anyOfRole(tokens, k)))));
}

/** Modals of what may, must or should be, in advice: "the employer should ensure", "the contract might allow". */
const ADVICE_MODALS = /^(should|may|might|must|can|cannot|could)$/;
/** The sides of a worker's or a household's contract, named by role: "the employer", "the tenant". */
const HOUSEHOLD_ROLES = /^(employers?|employees?|tenants?|landlords?|renters?|lessees?|lessors?|homeowners?|customers?)$/;

/** Participles of judging one deal: "is typically described as", "is often seen as", "is widely hailed". */
const JUDGED = /^(described|seen|regarded|considered|viewed|cited|called|hailed|praised|criticised|criticized|credited|blamed|dubbed|touted)$/;
/** Adverbs of a habit, which speak of any deal of a kind: "is usually awarded". */
const HABIT = /^(usually|typically|generally|normally|often|always|commonly|customarily)$/;

/**
 * Whether the role at `k` is anyone's in it rather than one side's: counted over all ("both parties",
 * "each party", "any buyer"), paired with another ("the landlord and the tenant") or defined by a
 * condition ("the bidder with the best score"). "The contract requires the lender to release funds"
 * and "The agreement gives buyers priority" speak of the sides of the deal pointed at.
 */
function anyOfRole(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]?.lower ?? '';
  const after = tokens[k + 1]?.lower ?? '';
  // ("when one party fails to perform": one of any two, as "either party".)
  return /^(both|each|either|any|every|all|most|many|some|no|a|an|one)$/.test(before) || /^(and|or)$/.test(before) || /^(and|or|with|who|whose|that)$/.test(after) || (before === 'the' && /^(and|or)$/.test(tokens[k - 2]?.lower ?? ''));
}

/**
 * Modifiers of the contracts of a household's or a worker's life, which explainers and advice speak
 * of as kinds: "the lease agreement", "an employment contract", "the purchase agreement", "a record deal".
 */
const PRIVATE_KINDS = /^(lease|leasing|rental|tenancy|sublease|sublet|employment|job|purchase|prenuptial|prenup|separation|custody|non-disclosure|confidentiality|non-compete|partnership|profit-share|profit-sharing|record|recording|label)$/;
/** A deal's form, said of any such deal in an explainer: "a verbal or written agreement" (not "binding": "the emails amount to a binding contract" is one). */
const FORM_KINDS = /^(written|verbal|oral|unwritten|mutual|sample|template|model|boilerplate)$/;
/** Present verbs and modals after an indefinite subject that say what any such deal does or can: "A lease agreement can be...", "An employment agreement documents...". */
const GENERIC_PREDICATES = /^(can|cannot|can['’]t|may|must|should|might|could|will|won['’]t|would|has|have|needs|requires|gives|lets|allows|documents|outlines|defines|sets|covers|includes|protects|means|binds)$/;

/** Whether an indefinite phrase from `start` opens its clause and a present or modal predicate follows `end`: "A verbal agreement is almost impossible to enforce". */
function kindAsSubject(tokens: Token[], start: number, end: number): boolean {
  const opens = start === 0 || (tokens[start - 1].kind === 'punct' && /^[,;:(“"‘']$/.test(tokens[start - 1].text));
  if (!opens) return false;
  const w = tokens[end]?.lower ?? '';
  if (GENERIC_PREDICATES.test(w)) return true;
  // "does not have to be written": what any such deal need not be.
  if (/^(does|do)$/.test(w) && tokens[end + 1]?.lower === 'not') return true;
  // "is not a deed", "is almost impossible", "is easy to form", "are legally binding".
  return /^(is|are)$/.test(w) && tokens[end + 1]?.kind === 'word' && /^(not|almost|never|easy|hard|difficult|impossible|legally|binding|enough|only|usually|rarely|often)$/.test(tokens[end + 1].lower);
}

/** Words of a garden or a camp beside a stake: "Tie the stem to the stake", "The stake may damage roots". */
const POST_CUES = /^(tie|ties|tied|tying|stem|stems|plant|plants|planting|tomato|tomatoes|vine|vines|roots|soil|ground|cage|cages|twine|seedlings?|bamboo|wooden|hammer|tent|fence|garden|beans?)$/;

/** Nouns "offtake" modifies without being a deal itself: "the offtake party", "offtake prices", a pipe's "offtake point". */
const OFFTAKE_OF = /^(point|points|party|parties|partner|partners|customer|customers|counterparty|counterparties|price|prices|pricing|market|markets|volume|volumes|negotiations|discussions|talks)$/;
/** Of those, the ones that are also verbs after a singular subject ("The offtake points to demand", "prices the ore at"). */
const OFFTAKE_VERB_FORMS = /^(points|prices|markets)$/;
/** Words of shipping around an LOI: there it is a letter of indemnity, no deal. */
const SHIPPING_WORDS = /^(cargo|cargoes|charterer|charterers|shipowner|shipowners|vessel|vessels|lading|insurer|p&i|demurrage)$/;

/** "scored 12 goals", "his goals", "goals in 30 games": goals as a player's, not aims ("the goals of the plan", "goals to reach"). */
function goalsScored(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (before?.kind === 'number' || /^(scored|scores|scoring|netted|his|her|league|two|three|four|five|six|seven|eight|nine|ten|\d+)$/.test(before?.lower ?? '')) return true;
  return !/^(of|to|for|are|is|and|that|set)$/.test(tokens[k + 1]?.lower ?? '');
}

/** "with which X has a ...": a relative clause of holding right before the phrase's article (within six words). */
function heldByAnyOfAClass(tokens: Token[], article: number): boolean {
  if (!/^(has|have|had|holds|hold|maintains|maintain)$/.test(tokens[article - 1]?.lower ?? '')) return false;
  for (let k = article - 2; k >= 1 && k >= article - 8; k--) {
    if (tokens[k].kind === 'punct') return false;
    // Only after a class ("countries with which"), not after one named ("Chile, with which the US has an agreement").
    if (/^(which|whom)$/.test(tokens[k].lower)) return tokens[k - 1]?.lower === 'with' && tokens[k - 2]?.kind === 'word' && (tokens[k - 2].text === tokens[k - 2].lower || k - 2 === 0);
  }
  return false;
}

/** Why a phrase that looks specific is not a deal, or '' when it is one. */
export function notADeal(tokens: Token[], head: number, cls: DealWordClass, left: LeftEdge, right: { party?: { from: number; to: number }; value?: unknown; end?: number }, known: KnownSpan[], explained: Token[] = []): string {
  const party = right.party;
  // "'get a worse deal'": a closing quote glued on is not part of the word.
  const headWord = tokens[head].lower.replace(/['’]$/, '');
  // The sentence's words, lower case and without "'s", read only by the rules that need them.
  // The deal word itself is not its context: "partnerships" is a scoring word only beside another partnership.
  const anyWord = (test: (w: string) => boolean) => tokens.some((t, k) => k !== head && t.kind === 'word' && test(t.lower.replace(/['’]s$/, '')));
  if (cls === 'agreement' && (left.modifiers.some((m) => ACCEPTED_BY_USE.test(m)) || (/^agreements?$/.test(tokens[head].lower) && anyWord((w) => SMALL_PRINT.test(w))))) {
    return 'an agreement a reader accepts';
  }
  if (/^agreements?$/.test(tokens[head].lower) && toldToReadIt(tokens, left, party, right.value, known)) return 'an agreement a reader accepts';
  if (cls === 'partnership' && (left.modifiers.some((m) => /^(?:\d+-)?(?:runs?|wicket)$|^(opening|highest|century|double-century|unbroken)$/.test(m)) || scoringWord(tokens, head))) return 'a partnership of runs';
  // (In lower case: "the Department of Defense" names a ministry, not a back line.)
  if (cls === 'partnership' && !party && tokens.some((t, k) => k !== head && t.kind === 'word' && t.text === t.lower && FIELD_POSITIONS.test(t.lower))) return 'a partnership of players';
  // "the pair won 61 doubles titles", "a partnership in a test match": players paired at tennis or cricket.
  if (cls === 'partnership' && !party && tokens.some((t, k) => (t.lower === 'doubles' && /^(titles?|finals?|matches|match|partners?|crowns?|champions?)$/.test(tokens[k + 1]?.lower ?? '')) || (t.lower === 'test' && /^(matches|match)$/.test(tokens[k + 1]?.lower ?? '')))) return 'a partnership of players';
  // "The declarer is the one whose bid has the contract for taking the most tricks", "Bridge is a
  // partnership game played with a shuffled deck of cards": a card game's contract, partnership or deal.
  if (/^(agreement|contract|partnership)$/.test(cls) && !left.value && !right.value && known.length === 0 && cardGame(tokens)) return "a card game's";
  // (Bridge's own words tell it even beside a seat's or a player's name, one of them enough.)
  if (/^(agreement|contract|partnership)$/.test(cls) && !left.value && !right.value && known.length === 0 && !(party && namedIn(tokens, party, known)) && bridgeTable(tokens)) return "a card game's";
  // "If another club wants to sign that player before the contract expires, they can't offer him a new
  // deal", "A long-term contract with a high release clause usually means a bigger price tag, because
  // the selling club is protected": football's contracts at large, in an explainer naming no one.
  // (Its sides, if told, are only a player and a club: "the club's agreement with its fans' trust" is one deal.)
  // ("This new contract is a testament to his record", "The contract extension is a clear signal of the
  // club's commitment": "this new", or "the" before an extension, points back at the one the story told;
  // not where a club or a player is any one, as an explainer's are: "This contract is how a club protects
  // itself", "The contract extension is a common tool a club can use".)
  const anyRole = tokens.some((t, k) => t.kind === 'word' && SPORT_ROLES.test(t.lower.replace(/['’]s?$/, '')) && /^(a|an|another|any|each|every)$/.test(tokens[k - 1]?.lower ?? ''));
  const pointedBack = !anyRole && ((tokens[left.index]?.lower === 'this' && left.modifiers.some((m) => /^(new|latest)$/.test(m))) || (tokens[left.index]?.lower === 'the' && [tokens[head], tokens[head + 1]].some((t) => /^(extension|renewal)$/.test(t?.lower ?? ''))));
  if (/^(agreement|contract)$/.test(cls) && !left.value && !right.value && !pointedBack && (!party || wordsOf(tokens, party.from, party.to).every((w) => SPORT_ROLES.test(w) || /^(the|a|an|his|her|its|their|new|and|or)$/.test(w))) && sportAtLarge(tokens, known)) return "football's contracts at large";
  // ("goals" only as ones scored, counted or a player's: "Biden's goals of wider EV use" are aims.)
  if (/^loans?$/.test(tokens[head].lower) && tokens.some((t, k) => k !== head && t.kind === 'word' && PLAYERS.has(t.lower.replace(/['’]s$/, '')) && (t.lower !== 'goals' || goalsScored(tokens, k)))) return "a player's loan";
  if (/^loans?$/.test(headWord) && left.modifiers.some((m) => HOUSEHOLD_LOAN.test(m)) && !(party && namedIn(tokens, party, known))) return "a household's loan";
  if (negated(tokens, left.index)) return 'negated';
  // "countries with which the US has a free trade agreement": the kind any member of a class holds.
  if (/^(a|an)$/.test(tokens[left.index]?.lower ?? '') && heldByAnyOfAClass(tokens, left.index)) return 'a kind held by any of a class';
  const det = tokens[left.index]?.lower ?? '';
  // The first token after the phrase.
  const after = right.end === undefined ? -1 : tokens.findIndex((x) => x.start >= (right.end as number));
  // "because a deal hasn't been reached", "an agreement has not yet been signed": denied after the phrase.
  // (A party's walk may take the auxiliary in: "a deal with the growers hasn't been signed".)
  // (Or past a short complement: "a deal on the rent hasn't been reached".)
  let denial = after;
  if (after >= 0 && /^(on|over|for|about|with|in|to)$/.test(tokens[after]?.lower ?? '')) {
    while (denial < after + 6 && tokens[denial] && tokens[denial].kind === 'word' && !/^(has|have|had|is|are|was|were)(n['’]t)?$/.test(tokens[denial].lower)) denial++;
  }
  if (after >= 0 && (negatedAfter(tokens, after) || negatedAfter(tokens, denial) || (after - 1 > head && negatedAfter(tokens, after - 1)))) return 'negated';
  // "No player deserves a four-year contract": a subject that denies anyone has one.
  if (/^(a|an)$/.test(det) && tokens[0]?.text === 'No' && tokens[1]?.kind === 'word' && tokens[1].text === tokens[1].lower && !left.value && !right.value && !(party && namedIn(tokens, party, known))) return 'negated';
  // "a legally binding contract between you and the site", "the agreement between you as our client": the reader's own terms.
  if (party && /^(you|your)$/.test(tokens[party.from]?.lower ?? '')) return "the reader's own";
  // A bare "a deal" only: "on the verge of sealing a landmark partnership" is one deal.
  if (/^(a|an)$/.test(det) && /^deal$/.test(tokens[head].lower) && !left.modifiers.length && !party && !right.value) {
    const w = (k: number) => tokens[left.index - k]?.lower ?? '';
    if (MAKING_IN_THE_ABSTRACT.test(w(1)) && /^(of|about|from|on)$/.test(w(2))) return 'a deal in the abstract';
    // "valuation can make or break a deal": any deal at all, in an idiom.
    if (w(1) === 'break' && w(2) === 'or' && w(3) === 'make') return 'a deal in the abstract';
    // "not going to sign a bad deal just to have a deal": any deal at all, as an aim played down.
    if (MAKING.test(w(1)) && w(2) === 'to' && /^(just|simply|merely|only)$/.test(w(3))) return 'a deal in the abstract';
  }
  const noValue = !left.value && !right.value;
  // "for the money or the deals": a bare plural listed beside another bare noun is a kind of thing.
  if (det === 'the' && !party && noValue && !left.modifiers.length && /s$/.test(headWord) && /^(or|and)$/.test(tokens[left.index - 1]?.lower ?? '') && tokens[left.index - 3]?.lower === 'the' && tokens[left.index - 2]?.kind === 'word' && !isCapitalised(tokens[left.index - 2])) return 'a kind in a list';
  // "Neither side expects a deal before the summer recess": a bare deal hoped for or expected, no one named.
  if (/^(a|an)$/.test(det) && !party && noValue && !left.modifiers.length && HOPED_FOR.test(tokens[left.index - 1]?.lower ?? '')) return 'a deal hoped for';
  // "little chance of a takeover while the founder keeps control": a bare deal in prospect, no one named.
  if (/^(a|an)$/.test(det) && !party && noValue && !left.modifiers.length && tokens[left.index - 1]?.lower === 'of' && IN_PROSPECT.test(tokens[left.index - 2]?.lower ?? '')) return 'a deal in prospect';
  // "A memorandum to staff warned...": a note sent to readers, not an agreement signed.
  if (/^(memorandum|memo)$/.test(headWord) && !party && noValue && (tokens[head + 1]?.lower === 'from' || (tokens[head + 1]?.lower === 'to' && MEMO_READERS.test(tokens[head + 2]?.lower ?? '')))) return 'a note sent';
  // "a pact of silence", "a contract of employment": a kind named by its content, no party or signing
  // ("a pact of cooperation with Vale" names one).
  if (/^(pacts?|accords?|contracts?|truces?)$/.test(headWord) && !party && noValue && tokens[head + 1]?.lower === 'of' && tokens[head + 2]?.kind === 'word' && !isCapitalised(tokens[head + 2]) && !DETERMINERS.has(tokens[head + 2].lower) && !tokens.slice(head + 3, head + 6).some((t) => /^(with|between)$/.test(t.lower)) && !/^(sign|signed|signs|signing|reached|struck|concluded|inked)$/.test(tokens[left.index - 1]?.lower ?? '')) return 'a kind named by its content';
  // "Under a gentlemen's agreement, neighbours never park...": an unwritten custom, unless its parties are named.
  if (left.possessive && !party && /^gentlem[ae]n['’]s?$/.test(tokens[head - 1]?.lower ?? '')) return 'an unwritten custom';
  // "A term sheet outlines the key terms and conditions of an investment deal", "sets out the terms of an
  // investment agreement between a founder and an investor": a document of a kind, said to set out the
  // terms of any such deal. (Not past or future: "Rio agreed the terms of a deal with Codelco" is one.)
  // ("between a founder and an investor": two sides, each any one of its kind.)
  const anyTwo = !!party && tokens[party.from - 1]?.lower === 'between' && /^(a|an)$/.test(tokens[party.from]?.lower ?? '') && tokens.slice(party.from, party.to).some((t, k, all) => t.lower === 'and' && /^(a|an)$/.test(all[k + 1]?.lower ?? ''));
  if (/^(a|an)$/.test(det) && noValue && !(party && namedIn(tokens, party, known)) && (!party || anyTwo || !someoneNamed(tokens, party, known)) && termsOfAKind(tokens, left.index)) return 'a kind defined or in general';
  // "converted from a partnership to a limited company", "a limited partnership": a legal form of firm.
  if (/^partnerships?$/.test(headWord) && !party && noValue && (left.modifiers.some((m) => /^(general|limited|limited-liability)$/.test(m)) || (/^(to|into|or)$/.test(tokens[head + 1]?.lower ?? '') && tokens.slice(head + 2, head + 6).some((t) => LEGAL_FORMS.test(t.lower))))) return 'a legal form of firm';
  // "Agreement with the statement rose to 64%": assent to a proposition, not a deal with a party;
  // "the agreement between the two witnesses' accounts": accounts that concur.
  if (/^agreements?$/.test(headWord) && party && PROPOSITIONS.test(wordsOf(tokens, party.from, party.to).at(-1) ?? '')) return 'assent to a proposition';
  // "The friends made a pact to run a marathon", "the couple died in a suicide pact": a promise in private life.
  if (/^(pacts?|truces?)$/.test(headWord) && noValue && !(party && someoneNamed(tokens, party, known)) && (tokens.slice(0, head).some((t) => t.kind === 'word' && PRIVATE_PEOPLE.test(t.lower)) || (!!party && PRIVATE_PEOPLE.test(wordsOf(tokens, party.from, party.to).at(-1) ?? '')))) return 'a promise in private life';
  // "A partnership of local charities runs the food bank": a grouping of bodies of a kind, none named
  // ("a partnership of Sony and Honda" names its members).
  if (/^partnerships?$/.test(headWord) && !party && noValue && tokens[head + 1]?.lower === 'of') {
    let k = head + 2;
    while (tokens[k]?.kind === 'word' && tokens[k].text === tokens[k].lower && !DETERMINERS.has(tokens[k].lower) && !COUNTED_OR_POINTED.test(tokens[k].lower)) k++;
    if (k > head + 2 && /s$/.test(tokens[k - 1].lower) && tokens[k]?.kind !== 'number') return 'a grouping of a kind';
  }
  // "their doubles partnership", "a songwriting partnership": players or performers paired.
  if (cls === 'partnership' && !party && noValue && left.modifiers.some((m) => PLAYING_PARTNERSHIP.test(m))) return 'a partnership of players';
  // "Their partnership on the dance floor": performers paired where they play, no party named.
  if (cls === 'partnership' && !party && noValue && tokens[head + 1]?.lower === 'on' && tokens.slice(head + 2, head + 5).some((t) => t.kind === 'word' && PLAYING_PLACES.test(t.lower))) return 'a partnership of players';
  // "a £5 stake on a five-horse accumulator", "puts in a stake of £2": money bet.
  // ("The bookmaker's £50m stake in the racecourse" is shares in an asset.)
  if (cls === 'stake' && (tokens[head + 1]?.lower === 'on' || (tokens[head + 1]?.lower !== 'in' && anyWord((w) => BETTING.test(w))))) return 'a betting stake';
  // "a loan of £20 from a friend", "a loan from the Bank of Mum and Dad": between people.
  if (/^loans?$/.test(headWord) && party && tokens[party.from - 1]?.lower === 'from' && FAMILY.test(wordsOf(tokens, party.from, party.to).at(-1) ?? '')) return 'a loan between people';
  // "the social contract between generations": an idea of how a society holds together.
  if (/^contracts?$/.test(headWord) && left.modifiers.some((m) => IDEA_CONTRACT.test(m))) return 'an idea, not a deal';
  // "The Olympic Truce is a tradition": a custom or an idea said of the deal word, no party or value.
  if (!party && noValue && tokens[head + 1]?.lower === 'is' && /^(a|an)$/.test(tokens[head + 2]?.lower ?? '') && tokens.slice(head + 3, head + 6).some((t) => t.kind === 'word' && CUSTOM_NOUNS.test(t.lower))) return 'a custom or an idea';
  // "The Warsaw Pact was dissolved as the Soviet bloc crumbled": a capitalised pact among words of military blocs is an alliance.
  if (headWord === 'pact' && isCapitalised(tokens[head]) && !party && noValue && anyWord((w) => BLOC_WORDS.test(w))) return 'an alliance';
  // "The goalkeeper's concession of three goals": a score conceded.
  if (/^concessions?$/.test(headWord) && tokens[head + 1]?.lower === 'of' && (tokens[head + 2]?.kind === 'number' || /^(one|two|three|four|five|six|seven|eight|nine|ten|a)$/.test(tokens[head + 2]?.lower ?? '')) && CONCEDED.test(tokens[head + 3]?.lower ?? '')) return 'a score conceded';
  // "Her job-share arrangement": a person's own way of working or living.
  if (/^arrangements?$/.test(headWord) && !party && noValue && /^(her|his|my|your)$/.test(det)) return "a person's own arrangement";
  // "issued an LOI to the shipowner so the cargo could be discharged": shipping's letter of indemnity.
  if (/^lois?$/.test(headWord) && tokens.some((x) => SHIPPING_WORDS.test(x.lower))) return 'a letter of indemnity in shipping';
  // "the offtake party", "our offtake partners": an offtake word that only says which party or
  // price the noun after it is (an offtake agreement is read at its own head, "agreement").
  // (A verb form after "the offtake", followed by "to", a determiner or an object, is its verb.)
  const nextWord = tokens[head + 1]?.lower ?? '';
  const verbAfter = OFFTAKE_VERB_FORMS.test(nextWord) && /^(to|the|a|an|its|their|at|in)$/.test(tokens[head + 2]?.lower ?? '') && /^off-?take$/.test(headWord);
  if (/^off-?takes?$/.test(headWord) && tokens[head + 1]?.kind === 'word' && tokens[head + 1].text === tokens[head + 1].lower && OFFTAKE_OF.test(nextWord) && !verbAfter) return 'an offtake word modifying the noun after it';
  // "long-term contract prices rose", "the deal prices reported are low": a singular deal word before
  // plural prices names a series of prices, no one deal ("The supply contract prices the ore at..."
  // has "prices" as its verb, before its object).
  // ("The deal prices Rio's bid at $6.7bn", "The offtake contract prices concentrate at a discount": after
  // a determiner "prices" is the deal's verb unless what follows is a verb, a preposition or the clause's end.)
  const afterPrices = tokens[head + 2];
  // ("The contract prices in the region rose": "in" or "on" and an article is where the prices are.)
  // (Only with a verb of the prices soon after: "The deal prices in a 30% premium" is the deal's verb.)
  const placed = /^(in|on)$/.test(afterPrices?.lower ?? '') && /^(the|a|an)$/.test(tokens[head + 3]?.lower ?? '') && placedVerb(tokens, head + 4);
  const pricesNoun = left.determiner ? !afterPrices || afterPrices.kind === 'punct' || PRICES_NOUN_NEXT.test(afterPrices.lower) || pricesEdVerb(tokens, head + 2) || placed : !/^(the|a|an|its|their|his|her|this|that|at|in)$/.test(afterPrices?.lower ?? '');
  if (/^(contract|deal)$/.test(headWord) && nextWord === 'prices' && tokens[head + 1].text === 'prices' && pricesNoun) return 'a deal word modifying prices';
  // "the contract price of spodumene, cif China", "The first contract period to February 2020": a
  // singular "contract" before "price of" a thing (a market's price for contracts at large) or before
  // "period" counted by an ordinal (the ordinal counts periods, not contracts) names no deal of its own
  // ("The contract price was not disclosed", "The contract price of the offtake was not disclosed" are one deal's own price, and stay).
  // (A bare thing after "of": "the contract price of the offtake" is the deal's own price.)
  const priceOf = nextWord === 'price' && tokens[head + 2]?.lower === 'of' && tokens[head + 3]?.kind === 'word' && !DETERMINERS.has(tokens[head + 3].lower) && !/^(this|that|these|those|its|their|his|her)$/.test(tokens[head + 3].lower);
  const periodCounted = nextWord === 'period' && left.modifiers.some((m) => ORDINALS_OF_PERIODS.test(m));
  if (headWord === 'contract' && (priceOf || periodCounted) && tokens[head + 1].text === nextWord && !left.value && !right.value && !party) return 'a deal word modifying price or period';
  // "Everton's shirt sponsor Stake has withdrawn": a deal word with a capital (not an acronym, "JV",
  // "MoU") after a lower-case noun in running text is a name.
  const beforeHead = tokens[head - 1];
  // "She joined the Venture Scouts": a capitalised deal word before a capitalised word that is no deal word, in running text.
  const afterHead = tokens[head + 1];
  const runningText = () => tokens.some((t) => t.kind === 'word' && t.text === t.lower && t.lower.length > 3);
  if (noValue && !party && head > 0 && afterHead?.kind === 'word' && /^[A-Z][a-z]+$/.test(tokens[head].text) && /^[A-Z][a-z]+$/.test(afterHead.text) && runningText()) return 'a word of a name';
  if (noValue && head > 1 && /^[A-Z][a-z]+$/.test(tokens[head].text) && beforeHead?.kind === 'word' && beforeHead.text === beforeHead.lower && beforeHead.lower.length > 3 && !DETERMINERS.has(beforeHead.lower) && !/['’]s?$/.test(beforeHead.text)) return 'a name after a common noun';
  const technical = technicalSense(tokens, head, cls, left, right, known, anyWord);
  if (technical) return technical;
  const everyday = everydaySense(tokens, head, cls, left, right, known, anyWord, explained);
  if (everyday) return everyday;
  if (!left.value && !right.value && !(party && namedIn(tokens, party, known))) {
    const indefinite = /^(a|an)$/.test(det);
    // "When you accept a plea deal, ...", "you know that valuation can make or break a deal": a
    // deal of a kind, in a sentence that speaks to its reader (and quotes no one who might).
    // ("While Netflix has an exclusive deal for its shows, you could see them elsewhere": the reader in another clause.)
    if (indefinite && readerInClause(tokens, left.index, head) && !tokens.some((x) => x.kind === 'punct' && QUOTE_MARKS.test(x.text))) return 'a kind told to the reader';
    // "after you and your tenant have signed the tenancy agreement": a household's kind of contract, told to the reader whatever its article.
    if (/^(the|your)$/.test(det) && left.modifiers.some((m) => PRIVATE_KINDS.test(m)) && readerInClause(tokens, left.index, head) && !tokens.some((x) => x.kind === 'punct' && QUOTE_MARKS.test(x.text))) return 'a kind told to the reader';
    // "a legal contract made between two people": made between any parties at all, none named.
    if (indefinite && madeBetweenAnyone(tokens, head)) return 'no one in particular as partner';
    // "when a player agrees to sign a contract with the club he or she is moving to": anyone at all, of either sex, is a case of a kind.
    if (/^(a|an|the)$/.test(det) && eitherSex(tokens) && !tokens.some((x) => x.kind === 'punct' && QUOTE_MARKS.test(x.text))) return 'a kind defined or in general';
    // "more like a business partnership agreement", "longer than a four-year contract": a kind compared.
    if (indefinite && /^(like|than|unlike)$/.test(tokens[left.index - 1]?.lower ?? '')) return 'a kind compared';
    // "These agreements usually have...", "This agreement typically involves...": the habit of a kind.
    const oftenAt = (k: number) => HOW_OFTEN.test(tokens[k]?.lower ?? '') || (tokens[k]?.lower === 'also' && HOW_OFTEN.test(tokens[k + 1]?.lower ?? ''));
    // ("In practice, these agreements are usually built around a share of revenue", "The PPA is usually legally binding once both sides sign":
    // the habit after "is" or "are", of a kind written in lower case or by its initials; not a verb of
    // judging one deal, "The deal is often cited as a model".)
    // (A sentence-opening deal with a participle after the adverb is "the usual kind" below.)
    const habitAfterBe = after >= 0 && /^(is|are)$/.test(tokens[after]?.lower ?? '') && HOW_OFTEN.test(tokens[after + 1]?.lower ?? '') && !JUDGED.test(tokens[after + 2]?.lower ?? '')
      && !(det === 'the' && left.index === 0 && /^[a-z]+(ed|en)$/.test(tokens[after + 2]?.text ?? '')) && !tokens.some((t) => SAID.test(t.lower))
      && tokens.slice(left.index + 1, head).every((t) => t.kind === 'word' && t.text === t.lower) && (tokens[head].text === tokens[head].lower || /^(PPA|PPAs|JV|JVs|MoU|MoUs|MOU|MOUs|LOI|LOIs|NDA|NDAs|SPA|SPAs)$/.test(tokens[head].text));
    const often = after >= 0 && (oftenAt(after) || habitAfterBe);
    if (often && !left.possessive && /^(the|this|these|those|such|a|an)$/.test(det) && !datedOrPast(tokens)) return 'a kind defined or in general';
    // "whether to accept or reject a plea agreement", "whether to accept, modify, or reject the deal": a choice in general or still to make.
    if (choiceBefore(tokens, left.index)) return 'a choice still to make';
    // "it has the capacity to do a deal": one it could make.
    if (indefinite && MAKING.test(tokens[left.index - 1]?.lower ?? '') && tokens[left.index - 2]?.lower === 'to' && CAPACITY.test(tokens[left.index - 3]?.lower ?? '')) return 'a deal one could make';
    // "and potentially, an agreement for exclusive rights": a deal hedged, that may come.
    const hedge = tokens[left.index - 1]?.text === ',' ? tokens[left.index - 2] : tokens[left.index - 1];
    if (indefinite && HEDGES.test(hedge?.lower ?? '')) return 'a deal that may come';
  }
  // "A plea deal is an agreement between a prosecutor and a defendant", "When a club buys a player
  // they offer him a contract": an indefinite deal with no value and no one named, defined or
  // met in a general case, is a kind of deal explained, not one reported.
  // "The usual reason for such an arrangement": a deal of a kind, not one reported.
  // ("Netflix has such an arrangement for the drama", "entered into just such an agreement": one held or made.)
  const heldOrMade = (k: number) => MAKING.test(tokens[k]?.lower ?? '') || /^(into|has|have|had|holds|held)$/.test(tokens[k]?.lower ?? '');
  const beforeSuch = /^(just|exactly|precisely)$/.test(tokens[left.index - 1]?.lower ?? '') ? left.index - 2 : left.index - 1;
  if (det === 'such' && /^(a|an)$/.test(tokens[left.index + 1]?.lower ?? '') && !left.value && !right.value && !(party && namedIn(tokens, party, known)) && !heldOrMade(beforeSuch)) return 'a kind defined or in general';
  // "A record deal is a legally binding contract between a Record Label and an Artist": in a definition,
  // sides each opened by "a" or "an" are any of a kind, capitals or not (a country among them names one:
  // "is a deal between a Chinese refiner and an Australian miner" keeps it).
  const anyOfAKindSides = anyTwo && !known.some((m) => m.start >= tokens[party.from].start && m.end <= tokens[party.to - 1].end);
  if (/^(a|an)$/.test(det) && !left.value && !right.value && !(party && !anyOfAKindSides && namedIn(tokens, party, known)) && definedOrGeneral(tokens, left.index, party ? party.to : head + 1)) return 'a kind defined or in general';
  // "If the judge accepts the plea agreement, the defendant is sentenced": the deal of any such case.
  if (/^(the|this|that|these|those)$/.test(det) && !left.value && !right.value && !(party && namedIn(tokens, party, known)) && (anyCase(tokens, known) || theOneOfAGeneralCase(tokens, known))) return 'a kind defined or in general';
  // "a 'new deal' for working families": a deal word in scare quotes is a slogan or a label, not a transaction.
  const closesQuote = /[’']$/.test(tokens[head].text) || (tokens[head + 1]?.kind === 'punct' && /^["'’”]$/.test(tokens[head + 1].text));
  if (closesQuote && !party && !left.value && !right.value && tokens.slice(left.index, head).some((t) => t.kind === 'punct' && /^["'‘“]$/.test(t.text))) return 'in scare quotes';
  // "'The Art of the Deal'", "\"Deal or No Deal\"", "\"The Deal of a Lifetime\"": a word of a quoted
  // title that opens on a capitalised article or whose head comes before "of" or "or" (a work's
  // name, not a deal's: "the 'Lamu Port Deal'", the "Deal of the Century" are one).
  if (!left.value && !right.value && isCapitalised(tokens[head]) && quotedTitle(tokens, head)) return 'a quoted title';
  // "a pact with the devil": a figure of speech.
  if (party && wordsOf(tokens, party.from, party.to).some((w) => /^(devil|devils|satan)$/.test(w))) return 'a figure of speech';
  // "the singer's pact with her fans", "a contract with voters": a promise to an audience, not a deal
  // with a party that signs (their trust or club would be one: "with the fans' trust").
  if (party && !left.value && !right.value && AUDIENCE.test(wordsOf(tokens, party.from, party.to).at(-1) ?? '')) return 'a figure of speech';
  // "sealed the deal with a header": won by something, not agreed with anyone.
  // (Only the party's own noun phrase is read: "with a four off Ravindra Jadeja", "with a header from Kane".)
  if (party && det === 'the' && SEALING.test(tokens[left.index - 1]?.lower ?? '') && /^(a|an)$/.test(tokens[party.from]?.lower ?? '') && !right.value) {
    let to = party.from + 1;
    while (to < party.to && !/^(off|from|in|at|on|for|by|against|after|past|into)$/.test(tokens[to].lower)) to++;
    const own = { from: party.from, to };
    if (!someoneNamed(tokens, own, known)) return 'sealed the deal: won';
  }
  // "The agreement is typically negotiated by the clubs' agents": a bare deal opening the sentence, then
  // a present passive said to happen as a habit, is any such deal's way, whatever bodies the sentence
  // names (not one reported or dated: "The agreement is usually renewed in May, Glencore said in 2019").
  if (det === 'the' && left.index === 0 && !party && noValue && /^(is|are)$/.test(tokens[head + 1]?.lower ?? '') && HABIT.test(tokens[head + 2]?.lower ?? '') && /^[a-z]+(ed|en)$/.test(tokens[head + 3]?.text ?? '')) {
    // (A verb of judging tells of one deal's standing, not a way of making any: "The agreement is
    // typically described by Vale executives as its most important contract".)
    if (tokens.slice(1, head).every((t) => t.text === t.lower) && !JUDGED.test(tokens[head + 3].lower) && !datedOrPast(tokens) && !tokens.some((t) => SAID.test(t.lower))) return 'the usual kind';
  }
  // "a wooden stake": a stake with no share, no asset, no owner and no buyer is a post.
  if (cls === 'stake' && /^(a|an)$/.test(tokens[left.index]?.lower ?? '') && !left.value && !right.value && tokens[head + 1]?.lower !== 'in' && !STAKE_VERBS.test(tokens[left.index - 1]?.lower ?? '')) return 'a stake in no asset';
  // "Hammer the tent stake in": a post too, named by what it holds up or is made of, whatever its article.
  if (cls === 'stake' && !party && !left.value && !right.value && left.modifiers.some((m) => POST_STAKE.test(m))) return 'a post';
  // "Tie the stem to the stake as it grows": a stake in nothing, not taken or held, beside words of a garden or a camp.
  if (cls === 'stake' && !party && !left.value && !right.value && tokens[head + 1]?.lower !== 'in' && !STAKE_VERBS.test(tokens[left.index - 1]?.lower ?? '') && anyWord((w) => POST_CUES.test(w) || POST_STAKE.test(w))) return 'a post';
  // "a bad deal", "a good deal": a judgement of a deal in general; "a fair deal for both sides" is one between them.
  const forBoth = tokens[head + 1]?.lower === 'for' && tokens[head + 2]?.lower === 'both';
  // "get the best deal on car insurance": the bargain a customer gets.
  const article = /^(a|an)$/.test(det) || (det === 'the' && GETTING.test(tokens[left.index - 1]?.lower ?? ''));
  // ("get the best deal it can on critical minerals from Ukraine", "a better deal on rare earths from the US": one agreement, judged.)
  if (/^deals?$/.test(headWord) && article && !party && !right.value && !forBoth && left.modifiers.length > 0 && left.modifiers.every((m) => EVALUATIVE.test(m)) && !onMineralsOrTrade(tokens, head, known)) return 'a deal in general';
  // ("In close partnership with local healthcare systems": no article either, after "in".)
  if (cls === 'partnership' && party && tokens[party.from - 1]?.lower === 'with' && (/^(a|an|our|its|their|his|her|my|your)$/.test(tokens[left.index]?.lower ?? '') || (!left.determiner && tokens[left.index - 1]?.lower === 'in'))) {
    if (!someoneNamed(tokens, party, known)) return 'no one in particular as partner';
  }
  // "the deep ties of friendship and partnership between the two countries": a bare partnership
  // joined to a bond of feeling is the relationship itself, not an arrangement.
  if (cls === 'partnership' && !left.determiner && !left.possessive && noValue && /^(and|,)$/.test(tokens[left.index - 1]?.text.toLowerCase() ?? '') && TIES.test(tokens[left.index - 2]?.lower ?? '')) return 'a bond, not an arrangement';
  // "a partnership between two or more parties": any number of parties, none in particular.
  if (party && !namedIn(tokens, party, known) && tokens.slice(party.from, party.to + 2).some((t, k, all) => t.lower === 'or' && /^(more|fewer)$/.test(all[k + 1]?.lower ?? ''))) return 'no one in particular as partner';
  // "binding agreements between a city and a private firm", "formal agreement between independent states
  // or nations of people": no article before the deal word, and sides that
  // are any ones of a kind (each "a"/"an" for a plural deal, or bare plurals), none named, in a sentence
  // with no country or mineral and nothing past ("Agreements between a state utility and a private miner
  // were signed last week" reports some).
  if (party && !left.determiner && !left.possessive && noValue && tokens[party.from - 1]?.lower === 'between' && known.length === 0 && anySidesOfAKind(tokens, party, /[a-z]s$/.test(headWord)) && !datedOrPast(tokens)) return 'no one in particular as partner';
  // "in exchange for certain concessions from the prosecution": points given in bargaining.
  if (/^concessions?$/.test(headWord) && noValue && tokens.slice(Math.max(0, left.index - 3), left.index).some((t, k, all) => /^(exchange|return)$/.test(t.lower) && all[k + 1]?.lower === 'for')) return 'a concession in bargaining';
  // "to develop the district in a successful partnership": a way of working, no partner named
  // (not money put into one: "invested in a partnership").
  if (/^partnership$/.test(headWord) && !party && noValue && /^(a|an)$/.test(det) && tokens[left.index - 1]?.lower === 'in' && !/^invest/.test(tokens[left.index - 2]?.lower ?? '')) return 'a way of working';
  // "put on a world-record partnership against New Zealand": an opponent, not a partner, is named.
  if (cls === 'partnership' && !party && after >= 0 && tokens[after]?.lower === 'against') return 'a partnership of players';
  // "the partnership between science and art": bare common nouns on both sides are ideas paired,
  // not parties (a party has a name, a determiner or a head such as "firm").
  // ("agreement between subject and verb": bare "agreement" too, with no determiner before it.)
  if ((cls === 'partnership' || /^(contracts?|accords?)$/.test(headWord) || (headWord === 'agreement' && !left.determiner && !left.possessive && noValue)) && party && tokens[party.from - 1]?.lower === 'between' && bareCommonNouns(tokens, party, known)) return 'a pairing of ideas, not of parties';
  // "She took out a contract on her rival": a contract killing ordered.
  const target = tokens[head + 2];
  if (/^contracts?$/.test(headWord) && tokens[head + 1]?.lower === 'on' && tokens[left.index - 1]?.lower === 'out' && noValue && !!target && (/^(him|her|them|me|his|their|my)$/.test(target.lower) || isCapitalised(target))) return 'a contract killing';
  // "offering TV sport deals with a pint": deals a seller offers, with a thing thrown in rather than a partner.
  if (headWord === 'deals' && /^(offer|offers|offered|offering)$/.test(tokens[left.index - 1]?.lower ?? '') && !left.value && !right.value && (!party || (!someoneNamed(tokens, party, known)))) return "a shop's offer";
  // "a pre-arranged bundle deal offered by travel companies": goods sold together at one price, no one named
  // ("Sony struck a bundle deal with Activision" names a partner).
  if (/^deals?$/.test(headWord) && !party && !left.value && !right.value && left.modifiers.some((m) => /^(bundle|bundled)$/.test(m)) && !MAKING.test(tokens[left.index - 1]?.lower ?? '')) return "a shop's offer";
  // "The bank offers a 12-month deal for new savers": a product a seller offers its customers.
  if (/^deals?$/.test(headWord) && /^(offer|offers|offered|offering)$/.test(tokens[left.index - 1]?.lower ?? '') && tokens[head + 1]?.lower === 'for') {
    let k = head + 2;
    while (k < head + 5 && tokens[k]?.kind === 'word' && !CUSTOMERS.test(tokens[k].lower)) k++;
    if (CUSTOMERS.test(tokens[k]?.lower ?? '')) return "a seller's product for customers";
  }
  // "The Partnership for Sustainable Cities, a charity": a body's name, told by the apposition after it.
  // "A new deal for nurses? Not in this budget.": a deal asked about, its question closing within a few words.
  if (/^(a|an)$/.test(det) && !party && noValue) {
    const q = tokens.slice(head + 1, head + 5).find((t) => t.kind === 'punct');
    if (q?.text === '?' && tokens.slice(head + 1, head + 5).every((t) => t.kind !== 'word' || !isCapitalised(t))) return 'a deal asked about';
  }
  // ("The Pact, the drama about five friends": a work's name, told the same way.)
  if (bodyNamed(tokens, head)) return "a body's name";
  // "This Agreement shall be governed by the laws of the State of New York", "Either party may
  // terminate this agreement": a form speaking of itself in its own words, whatever place it names.
  // (Not words quoted from a treaty: '"This agreement shall enter into force today," the minister said'.)
  if (det === 'this' && !left.value && !right.value && /^(agreements?|contracts?|leases?)$/.test(headWord) && formsOwnWords(tokens)) {
    if (!(party && someoneNamed(tokens, party, known))) return "a form's own words";
  }
  // "The lease agreement outlines the responsibilities of both parties", "you should read the contract
  // before you sign": a kind spoken of to the reader or by its parties' roles, no one named.
  // (Every rule below asks of a sentence that names nothing, so that is read once, last.)
  if (/^(the|this|that|these|those|a|an|their|your)$/.test(det) && !left.value && !right.value && !(party && someoneNamed(tokens, party, known)) && namesNothing(tokens, known)) {
    // (A deal pointed at, of no household's kind, is spoken of by its own sides' roles: "The offtake agreement allows the buyer to take half the output".)
    const pointed = /^(the|this|that)$/.test(det) && !left.modifiers.some((m) => PRIVATE_KINDS.test(m) || FORM_KINDS.test(m));
    if (kindSpokenOf(tokens, pointed)) return 'a kind in advice or explanation';
    // "The lease agreement will state the rent amount", "What is the purchase agreement?": a contract
    // of a household's or a worker's life, in a sentence that names nothing.
    // ("Nothing replaces a written agreement", "a verbal or written agreement": its form, said of any such deal.)
    // (Not one held or made: "The two firms have a written agreement to share the pipeline".)
    const formOnly = left.modifiers.some((m) => FORM_KINDS.test(m)) && !MAKING.test(tokens[left.index - 1]?.lower ?? '');
    if (left.modifiers.some((m) => PRIVATE_KINDS.test(m)) || formOnly) return 'a kind in advice or explanation';
    // "A lease agreement can be for a fixed term", "A purchase agreement is not a deed": an indefinite
    // subject that any such deal is said of.
    if (/^(a|an)$/.test(det) && kindAsSubject(tokens, left.index, party ? party.to : head + 1)) return 'a kind in advice or explanation';
    // "This agreement shall be governed by the laws of the state": a form's own words.
    if (/^(the|this)$/.test(det) && !party && tokens.some((t) => NORM_WORDS.test(t.lower))) return "a form's own words";
    // "We can amend this agreement at any time": a site or a firm speaking of its own terms, naming no one.
    if (det === 'this' && /^agreements?$/.test(headWord) && tokens.some((t) => /^(we|us|our)$/.test(t.lower))) return "a form's own words";
  }
  return '';
}

/** Words of a program run on a blockchain: a "contract" beside them is code, not a deal ("deploy the smart contract"). */
const CHAIN_WORDS = /^(blockchain|blockchains|on-chain|onchain|bytecode|solidity|ethereum|evm|web3|nonce)$/;
/** Verbs of running code, read only right before the contract's phrase ("Once deployed, the contract"; not "the contract to deploy the radar"). */
const DEPLOYING = /^(deploy|deploys|deployed|deploying|invoke|invokes|invoked|invoking)$/;
/** Words of a sales tool's records: a "deal" beside them is a record in the software ("Creates a new deal in the CRM"). */
const RECORD_VERBS = /^(create|creates|created|creating|delete|deletes|deleted|store|stores|stored)$/;
/** Modifiers of a licence to use software, which explainers speak of as a kind ("an end-user license agreement", "a software license agreement"). */
const LICENCE_KINDS = /^(eula|end-user|software|click-through|clickwrap|click-wrap|shrink-wrap|shrinkwrap)$/;
/** Modifiers that make a contract one an exchange lists for anyone to trade: "cobalt futures contracts", "the most-traded copper contract", "the front-month contract", "the June LME nickel contract". */
const LISTED_CONTRACT = /^(futures|most-traded|most-active|front-month|second-month|lme|shfe|comex|nymex|cme|dce|sgx|tocom|mcx|gfex|cbot)$/;
/** A listed contract's place on an exchange's curve ("the three-month contract", "the December contract"): read so only beside a word of an exchange. */
const CONTRACT_MONTHS = /^(three-month|3-month|cash|january|february|march|april|may|june|july|august|september|october|november|december|sept)$/;
/** Words of an exchange or its trading in a sentence: "on the LME", "gold futures", "the Shanghai Futures Exchange". */
const EXCHANGE_WORDS = /^(futures|lme|shfe|comex|nymex|cme|dce|sgx|tocom|mcx|gfex|cbot)$/;
/** Words after "the contract prices" that make "prices" a noun: a verb of its own or a preposition ("the deal prices reported were low"). */
const PRICES_NOUN_NEXT = /^(rose|fell|were|are|have|had|remain|remained|rise|fall|jumped|climbed|dropped|slipped|eased|edged|hit|reached|stayed|surged|for|of|from|since|will|would|could|may|might|also|still|set|paid|agreed|settled|offered|reported|quoted|fixed|negotiated|charged|achieved|received|realised|realized|obtained|agreed|published)$/;
/** The verbs among them, for prices placed "in the region" before their verb. */
const PRICES_VERB_NEXT = /^(rose|fell|were|are|have|had|remain|remained|rise|fall|jumped|climbed|dropped|slipped|eased|edged|hit|reached|stayed|surged|will|would|could|may|might)$/;
/**
 * "The contract prices declined 8%", "the deal prices implied by the offer": any verb in "-ed" after
 * "prices", when a figure, a preposition or the clause's end follows it ("prices contained
 * concentrate" has the deal's object after it).
 */
function pricesEdVerb(tokens: Token[], at: number): boolean {
  const t = tokens[at];
  if (t?.kind !== 'word' || !/[a-z]ed$/.test(t.lower)) return false;
  const n = tokens[at + 1];
  return !n || n.kind === 'number' || n.kind === 'currency' || n.kind === 'percent' || n.kind === 'punct' || /^(in|by|for|to|after|over|at|from|on|during|last|this)$/.test(n.lower);
}
/** A verb of the prices within eight words after "prices in the", before a comma or a relative pronoun ("The contract prices in the three months to June were 5% lower"). */
function placedVerb(tokens: Token[], from: number): boolean {
  for (let k = from; k < from + 8 && tokens[k] && tokens[k].kind !== 'punct' && !/^(that|which|who)$/.test(tokens[k].lower); k++) {
    if (PRICES_VERB_NEXT.test(tokens[k].lower) || pricesEdVerb(tokens, k) || (/[a-z]ed$/.test(tokens[k].lower) && /^(a|an)$/.test(tokens[k + 1]?.lower ?? ''))) return true;
  }
  return false;
}
/** A price or a percent at `at`: "$9,000", "1%", "2 percent", "40 cents" (not "20,000 tonnes"). */
function priceFigure(tokens: Token[], at: number): boolean {
  const t = tokens[at];
  return t?.kind === 'currency' || (t?.kind === 'number' && (tokens[at + 1]?.kind === 'percent' || /^(percent|per|cents|yuan|points)$/.test(tokens[at + 1]?.lower ?? '')));
}
/** Modifiers of a contract to supply goods or a service, which no exchange lists. */
const PHYSICAL_CONTRACT = /^(offtake|off-take|supply|sales|sale|purchase|service|services|construction|drilling|mining|engineering|shipping|tolling|processing|long-term)$/;
/** Words of traders' positions, which count exchange contracts: "net long position of 95,000 contracts". */
const POSITION_WORDS = /^(position|positions|longs|shorts)$/;
/** Verbs that make or win one contract with a party ("signed a three-month contract", "awarded the March contract"). */
const CONTRACT_MAKING = /^(sign|signs|signed|signing|award|awards|awarded|win|wins|won|agree|agreed|agrees|secure|secures|secured|ink|inked|renew|renewed|extend|extended|negotiate|negotiated)$/;

/** Whether "on" at `at` opens an exchange: "on the LME", "on Comex", "on the Singapore Exchange", "on China's Dalian Commodity Exchange". */
function onExchange(tokens: Token[], at: number): boolean {
  if (tokens[at]?.lower !== 'on') return false;
  for (let k = at + 1; k < Math.min(tokens.length, at + 7); k++) {
    const t = tokens[k];
    // (A stock or securities exchange lists shares: "disclosed the contract on the London Stock Exchange".)
    if (t.kind === 'word' && t.text === 'Exchange') return !/^(Stock|Securities)$/.test(tokens[k - 1]?.text ?? '');
    if (t.kind === 'word' && EXCHANGE_WORDS.test(t.lower)) return true;
    // Only an article, a possessive and the exchange's capitalised name lie between.
    if (t.kind !== 'word' || !(t.lower === 'the' || isCapitalised(t))) return false;
  }
  return false;
}

/** A price's move said of a contract: "the contract rose 2%", "the contract is up 3%", "the contract is set for its best weekly performance". */
const CONTRACT_MOVES = /^(rose|fell|gained|lost|slipped|dropped|climbed|edged|eased|jumped|advanced|declined)$/;
/** Verbs of a day's last price, which a contract has only with a figure or a direction after them. */
const SETTLING = /^(ended|closed|settled|traded|finished)$/;
/** A period a move is counted over: "a weekly gain", "a monthly rise". */
const PERIOD_MOVE = /^(weekly|monthly|quarterly|daily|annual|yearly|week|month|quarter|session)$/;
/** A move told as a noun: "set for a gain this week" (not "set for a drop in volumes", which is a deal's). */
const MOVE_NOUNS = /^(gain|gains|loss|losses|rise|fall|drop|decline|advance|rally)$/;
/** Words that rank a week or a month: "set for its best weekly gain", "a third straight weekly loss". */
const RANKED = /^(best|worst|biggest|largest|steepest|sharpest|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|straight|consecutive|highest|lowest|strongest|weakest|longest)$/;
function priceMoveAfter(tokens: Token[], head: number): boolean {
  let k = head + 1;
  // (Past a comma and an adverb: "the contract, however, was...", "the contract still rose".)
  while (k < head + 4 && tokens[k] && (tokens[k].text === ',' || /^(however|still|also|meanwhile)$/.test(tokens[k].lower))) k++;
  const w = tokens[k]?.lower ?? '';
  // ("The contract rose in value": a deal's worth, not a price quoted. "The contract closed on Friday":
  // a deal completed; a price closes at a figure or a direction.)
  if (SETTLING.test(w)) {
    // ("ended the session down 0.4%", "closed the week 3% higher".)
    const at = tokens[k + 1]?.lower === 'the' && /^(session|day|week|month|year|quarter)$/.test(tokens[k + 2]?.lower ?? '') ? k + 3 : k + 1;
    return tokens[at]?.kind === 'number' || tokens[at]?.kind === 'currency' || /^(up|down|higher|lower|flat|at|unchanged)$/.test(tokens[at]?.lower ?? '');
  }
  if (CONTRACT_MOVES.test(w)) return !(tokens[k + 1]?.lower === 'in' && tokens[k + 2]?.lower === 'value');
  if (!/^(is|was)$/.test(w)) return false;
  let n = k + 1;
  while (n < k + 3 && tokens[n] && /^(still|now)$/.test(tokens[n].lower)) n++;
  const v = tokens[n]?.lower ?? '';
  // ("is up for renewal", "was up for negotiation": a deal's term, not a price.)
  if (/^(up|down)$/.test(v)) return tokens[n + 1]?.lower !== 'for';
  if (/^(higher|lower|flat)$/.test(v)) return true;
  // ("is set for its best week", "is set for a 5% monthly rise", not "is set for renewal in 2026".)
  // ("set for a drop in volumes" is a deal's; a period or a figure makes it a price's.)
  // (A percent is a move's figure; any other number is a year, a sum or a term: "set for a renewal in 2027".)
  if (v === 'set') return tokens[n + 1]?.lower === 'for' && /^(its|a|an)$/.test(tokens[n + 2]?.lower ?? '') && tokens.slice(n + 3, n + 8).some((t, i) => RANKED.test(t.lower) || (PERIOD_MOVE.test(t.lower) && !/^(next|this|last|each|every|per)$/.test(tokens[n + 2 + i]?.lower ?? '')) || t.kind === 'percent' || (MOVE_NOUNS.test(t.lower) && tokens[n + 4 + i]?.lower !== 'in'));
  return v === 'on' && tokens[n + 1]?.lower === 'track';
}

/** Whether a price's move with its figure is told at `k`: "fell 3%", "rose to $9,100" (not "fell through", "rose to 20,000 tonnes"). */
function moveWithFigure(tokens: Token[], k: number): boolean {
  return CONTRACT_MOVES.test(tokens[k].lower) && (priceFigure(tokens, k + 1) || (/^(to|by)$/.test(tokens[k + 1]?.lower ?? '') && priceFigure(tokens, k + 2)));
}

/** Whether "for <month> delivery" starts at `at`: "the contract for September delivery". */
function deliveryMonth(tokens: Token[], at: number): boolean {
  return tokens[at]?.lower === 'for' && CONTRACT_MONTHS.test(tokens[at + 1]?.lower ?? '') && /^(delivery|settlement)$/.test(tokens[at + 2]?.lower ?? '');
}

/**
 * "The most-traded copper contract on the Shanghai Futures Exchange rose 1%", "the front-month
 * September contract fell", "added 12,000 contracts to their net long position": a contract that an
 * exchange lists for anyone to trade, or such contracts counted as lots, not an agreement between
 * parties. A contract signed, won or agreed ("signed a three-month contract") is not read so.
 */
function listedContract(tokens: Token[], head: number, left: LeftEdge, known: KnownSpan[], anyWord: (test: (w: string) => boolean) => boolean): boolean {
  if (CONTRACT_MAKING.test(tokens[left.index - 1]?.lower ?? '')) return false;
  const mods = left.modifiers;
  // A contract of supply or service is an agreement whatever exchange prices it ("the offtake contract
  // on the London Stock Exchange"); so is one with a party, unless the exchange's own words say which
  // ("the three-month contract with the battery maker"; not "the most-traded contract with the highest open interest").
  if (mods.some((m) => PHYSICAL_CONTRACT.test(m))) return false;
  if (mods.some((m) => LISTED_CONTRACT.test(m)) || (mods.includes('most') && mods.some((m) => m === 'traded' || m === 'active'))) return true;
  if (/^(with|between)$/.test(tokens[head + 1]?.lower ?? '')) return false;
  const det = left.determiner ? tokens[left.index].lower : '';
  const exchangeHere = () => anyWord((w) => EXCHANGE_WORDS.test(w)) || tokens.some((t) => t.text === 'Exchange');
  // "the December contract on Comex", "the three-month contract on the LME", "iron ore's September
  // contract on the Singapore Exchange" (not "a three-month contract", nor a firm's own).
  const metalOwns = left.possessive && known.some((m) => m.type === 'mineral' && m.end > tokens[left.index].start && m.start < tokens[head].start);
  if ((det === 'the' || metalOwns) && mods.some((m) => CONTRACT_MONTHS.test(m)) && exchangeHere()) return true;
  // "the iron ore contract on the Singapore Exchange", "the copper contract on Comex", "the contract
  // for September delivery": an exchange the contract is on, or its delivery month, right after it.
  // (A delivery month tells a listed contract beside a word of an exchange or a price's move after it:
  // "the contract for September delivery fell 1%"; "the contract for June delivery of spodumene was
  // cancelled" is a buyer's.)
  // (Goods after the month, "for June delivery of spodumene, priced against the LME", make it a buyer's
  // whatever exchange prices it; only a price's move after the phrase says it is traded.)
  // (Past the goods, "for March delivery of iron ore on the Dalian Commodity Exchange dropped 2%", an
  // exchange the contract is on or a price's move still tell a listed one.)
  const goods = tokens[head + 4]?.lower === 'of';
  const pastGoods = () => {
    // (An exchange right after the goods, not one a price is "priced on"; a move with a percent or a price after it, not "fell through", "rose to 20,000 tonnes".)
    for (let k = head + 6; k < head + 10 && tokens[k]?.kind === 'word'; k++) {
      if (onExchange(tokens, k) && !/(ed|ing)$/.test(tokens[k - 1].lower)) return true;
      if (moveWithFigure(tokens, k)) return true;
    }
    return false;
  };
  if ((det === 'the' || metalOwns) && (onExchange(tokens, head + 1) || (deliveryMonth(tokens, head + 1) && (goods ? pastGoods() : exchangeHere() || priceMoveAfter(tokens, head + 3))))) return true;
  // "The copper contract priced on the LME fell 3% to $9,100": with no delivery month, a contract a
  // participle places on an exchange and that then moves by a price's figure is the listed one ("the
  // copper contract priced on the LME runs to 2030", "... fell through" stay a buyer's).
  if ((det === 'the' || metalOwns) && /^(priced|traded|quoted|listed)$/.test(tokens[head + 1]?.lower ?? '') && onExchange(tokens, head + 2)) {
    for (let k = head + 4; k < head + 11 && tokens[k]?.kind === 'word'; k++) if (moveWithFigure(tokens, k)) return true;
  }
  // "LME zinc fell 0.1%, but the contract is set for its best week": a bare "the contract" that moves as
  // a price does, in a sentence of an exchange, is the listed contract named before it ("the contract
  // priced off the LME runs to 2030" has no move).
  if (det === 'the' && !mods.length && tokens[head].lower === 'contract' && priceMoveAfter(tokens, head) && exchangeHere()) return true;
  // "a spurt of 13,454 contracts", "by 12,292 contracts to 136,548 contracts": lots counted in a sentence of positions or futures.
  return tokens[head].lower === 'contracts' && tokens[head - 1]?.kind === 'number' && (anyWord((w) => POSITION_WORDS.test(w)) || exchangeHere());
}
const SOFTWARE_WORDS = /^(eula|end-user|clickwrap|click-wrap|click-through|shrink-wrap|shrinkwrap|click|clicks|clicking|button)$/;
/** Capitalised words that are themselves a licence's kind, not a name: "a Software License Agreement". */
const KIND_CAPITALS = /^(software|license|licence|agreement|terms|use|service|user|end-user|conditions|sale)$/;
/** Modifiers of a statistic of agreement between raters or measurements ("inter-rater agreement", "raw agreement"). */
const RATER_AGREEMENT = /^(inter-rater|intra-rater|interrater|intrarater|inter-observer|intra-observer|interobserver|intraobserver|observer|rater|raw|percent|percentage|chance-corrected)$/;
const RATING_WORDS = /^(kappa|κ|rater|raters|ratings|observer|observers|concordance)$/;
/** Chemists' frameworks: "a metal–organic framework", "covalent organic frameworks". */
const CHEMICAL_FRAMEWORK = /(^|-)organic$|^(covalent|zeolitic|bimetallic|monometallic|porous|mofs?)$/;
/** Nouns right after "acquisition" that make it the recording of data: "the acquisition parameters". */
const ACQUIRED_DATA_NEXT = /^(parameters?|time|times|rate|rates|system|systems|protocol|protocols|settings?|window|matrix|mode|modes|hardware|device|devices|card|cards|control|sequence|sequences|geometry|bandwidth)$/;
/** Words of measuring instruments and signals: an "acquisition" beside them records data. */
const MEASURING = /^(mri|scanner|scanners|scan|scans|imaging|image|images|signal|signals|spectra|spectrum|pixel|pixels|voxel|voxels|echo|echoes|readout|waveform|waveforms|detector|detectors|sampling|variable|attributes)$/;

/**
 * Whether the sentence names no one beyond the phrase from `from` to `to` (inclusive): as
 * namesNothing, but a licence's own capitalised kind words ("a Software License Agreement"), a short
 * capitalised abbreviation in brackets ("(EULA)", "(ToS)") and a capitalised word in quotes (a button's
 * label: click "Accept") name no one.
 */
function namesNoOneBeyond(tokens: Token[], from: number, to: number, known: KnownSpan[]): boolean {
  if (known.length > 0) return false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'number' || t.kind === 'currency') return false;
    if (t.kind !== 'word') continue;
    if (k > 0 && (k < from || k > to) && t.text !== 'I' && isCapitalised(t) && !KIND_CAPITALS.test(t.lower)) {
      const bracketed = tokens[k - 1]?.text === '(' && tokens[k + 1]?.text === ')' && /^[A-Z][A-Za-z]{1,5}$/.test(t.text) && /[A-Z].*[A-Z]/.test(t.text);
      const quoted = tokens[k - 1]?.kind === 'punct' && /^["“']$/.test(tokens[k - 1].text) && tokens[k + 1]?.kind === 'punct' && /^["”']$/.test(tokens[k + 1].text);
      if (!bracketed && !quoted) return false;
    }
    if (BODIES.test(t.lower)) return false;
    const pastForm = TOLD_EVENT.test(t.lower) || (/^[a-z]{3,}ed$/.test(t.lower) && OBJECT_OPENERS.test(tokens[k + 1]?.lower ?? ''));
    if (pastForm && !(/ed$/.test(t.lower) && NO_EVENT_BEFORE.test(tokens[k - 1]?.lower ?? ''))) return false;
  }
  return true;
}

/**
 * Deal words in the senses of science and software, none with a value or a named party: a smart
 * contract (code on a blockchain), a deal record in a sales tool, a licence to use software spoken of
 * in an explainer, agreement between raters, a chemist's framework, the acquisition of data. Why, or ''.
 */
function technicalSense(tokens: Token[], head: number, cls: DealWordClass, left: LeftEdge, right: { party?: { from: number; to: number }; value?: unknown }, known: KnownSpan[], anyWord: (test: (w: string) => boolean) => boolean): string {
  if (left.value || right.value || (right.party && namedIn(tokens, right.party, known))) return '';
  const word = tokens[head].lower;
  // "deploy the smart contract", "the contract address is a hash of its code": a program on a blockchain.
  if (cls === 'contract' && /^contracts?$/.test(word) && listedContract(tokens, head, left, known, anyWord)) return 'a contract an exchange lists';
  if (cls === 'contract' && /^contracts?$/.test(word) && (left.modifiers.includes('smart') || /^addresse?s?$/.test(tokens[head + 1]?.lower ?? '') || anyWord((w) => CHAIN_WORDS.test(w)) || tokens.slice(Math.max(0, left.index - 2), left.index).some((t) => DEPLOYING.test(t.lower)))) return 'code on a blockchain';
  if (/^deals?$/.test(word)) {
    // "Creates a new deal in the CRM pipeline", "When the deal was last updated": a record in a sales tool.
    if (anyWord((w) => w === 'crm' || w === 'deal_stage') || (anyWord((w) => /^pipelines?$/.test(w)) && anyWord((w) => /^stages?$/.test(w)) && !left.modifiers.some((m) => /^pipelines?$/.test(m)))) return 'a record in a sales tool';
    const before = tokens[left.index - 1]?.lower ?? '';
    if (RECORD_VERBS.test(before) && /^(a|the)$/.test(tokens[left.index]?.lower ?? '') && left.modifiers.every((m) => m === 'new')) return 'a record in a sales tool';
    let k = head + 1;
    if (/^(was|is|were)$/.test(tokens[k]?.lower ?? '')) {
      k++;
      if (tokens[k]?.kind === 'word' && /^(last|first|originally|automatically)$/.test(tokens[k].lower)) k++;
      if ((RECORD_VERBS.test(tokens[k]?.lower ?? '') || tokens[k]?.lower === 'updated') && /ed$/.test(tokens[k].lower) && (!tokens[k + 1] || tokens[k + 1].kind === 'punct')) return 'a record in a sales tool';
    }
  }
  // "The license agreement will specify how many computers the software can be installed on": a
  // licence to use software, in a sentence that names no one.
  if ((cls === 'agreement' || cls === 'contract') && (left.modifiers.some((m) => LICENCE_KINDS.test(m)) || anyWord((w) => SOFTWARE_WORDS.test(w)) || (left.modifiers.some((m) => /^licen[cs]e$/.test(m)) && anyWord((w) => /^(software|install|installs|installed|installing|installation)$/.test(w)))) && namesNoOneBeyond(tokens, left.index, head, known)) return 'a licence to use software, spoken of';
  // "a high inter-rater agreement", "Quantifying the agreement ... how ratings are carried out": a statistic.
  if (/^agreements?$/.test(word) && (left.modifiers.some((m) => RATER_AGREEMENT.test(m)) || (anyWord((w) => RATING_WORDS.test(w)) && namesNoOneBeyond(tokens, left.index, head, known)))) return 'agreement between raters';
  if (cls === 'framework' && (left.modifiers.some((m) => CHEMICAL_FRAMEWORK.test(m)) || /^(organic|mofs?)$/.test(tokens[head - 1]?.lower ?? ''))) return "a chemist's framework";
  // "the acquisition parameters", "Information about the acquisition itself is stored as attributes": data recorded.
  // ("The acquisition of Brenna Scanners": a firm bought, named after "of".)
  if (/^acquisitions?$/.test(word) && (ACQUIRED_DATA_NEXT.test(tokens[head + 1]?.lower ?? '') || (tokens[head + 1]?.lower !== 'of' && left.modifiers.some((m) => MEASURING.test(m) || m === 'data')))) return 'the acquisition of data';
  return '';
}

/** The small words a title leaves without a capital: "The Art of the Deal". */
const TITLE_SMALL_WORDS = /^(of|the|a|an|and|or|no|to|in|on|for|with|at|by)$/;

const OPENING_QUOTE = /^["'‘“]$/;
const CLOSING_QUOTE = /^["'’”]$/;

/** Whether the head is a word of a quoted work's title (quotes within a few words on both sides, only title words between). */
function quotedTitle(tokens: Token[], head: number): boolean {
  const titleWord = (t: Token) => t.kind === 'word' && (isCapitalised(t) || TITLE_SMALL_WORDS.test(t.lower.replace(/['’]$/, '')));
  let open = head - 1;
  while (open >= Math.max(0, head - 8) && titleWord(tokens[open])) open--;
  if (open < 0 || tokens[open].kind !== 'punct' || !OPENING_QUOTE.test(tokens[open].text) || !isCapitalised(tokens[open + 1])) return false;
  // The title closes on the head itself ("Deal'") or a few title words after it.
  let close = head;
  if (!/['’]$/.test(tokens[head].text)) {
    close = head + 1;
    while (close < head + 8 && tokens[close] && titleWord(tokens[close])) close++;
    if (!tokens[close] || tokens[close].kind !== 'punct' || !CLOSING_QUOTE.test(tokens[close].text)) return false;
  }
  const before = tokens.slice(open + 1, head).map((t) => t.lower);
  return /^(the|a|an)$/.test(tokens[open + 1].lower) || before.includes('of') || before.includes('or');
}

/** Whether a known mention (of `type`, or of any) starts within [from, to]. */
function mentionStartsIn(known: KnownSpan[], from: number, to: number, type?: KnownSpan['type']): boolean {
  return known.some((m) => (!type || m.type === type) && m.start >= from && m.start <= to);
}

/** A mineral or a country named in the few words after the deal word ("on critical minerals from Ukraine"). */
function subjectAfter(tokens: Token[], head: number, known: KnownSpan[]): boolean {
  return mentionStartsIn(known, tokens[head].end, tokens[head].end + 40);
}

/** What the deal is on is minerals or trade: "a better deal on rare earths", "on minerals from the US" (not "on flights to Spain"). */
function onMineralsOrTrade(tokens: Token[], head: number, known: KnownSpan[]): boolean {
  // The preposition may follow a short clause: "the best deal it can on critical minerals".
  let on = head + 1;
  while (on < head + 4 && tokens[on] && !/^(on|for|over)$/.test(tokens[on].lower)) on++;
  if (!/^(on|for|over)$/.test(tokens[on]?.lower ?? '')) return false;
  const from = tokens[on].end;
  if (mentionStartsIn(known, from, from + 24, 'mineral')) return true;
  return tokens.slice(on + 1, on + 4).some((t) => /^(minerals|resources|trade|tariffs|mining|metals)$/.test(t.lower));
}

/**
 * Deal words in the senses general news gives them: a shop's offer ("the best Cyber Monday
 * deals"), a saying ("a deal is a deal"), any contract at all, the arrangement of a room or a
 * song, a civil partnership, a person's business venture, a stake one is burned at, a concession
 * won in bargaining. Why, or ''.
 */
function everydaySense(tokens: Token[], head: number, cls: DealWordClass, left: LeftEdge, right: { party?: { from: number; to: number }; value?: unknown }, known: KnownSpan[], anyWord: (test: (w: string) => boolean) => boolean, explained: Token[]): string {
  const head0 = tokens[head].lower.replace(/['’]$/, '');
  const party = right.party;
  const det = tokens[left.index]?.lower ?? '';
  const noValue = !left.value && !right.value;
  // "a fixed rate deal", "a 0% balance transfer deal for 18 months": a bank's product for a
  // household, whose only value is its rate (not "a $500 million fixed-rate deal with Barclays").
  if (/^deals?$/.test(head0) && !party && !right.value && left.modifiers.length && (!left.value || /%$/.test(left.value.text))) {
    // ("a 95% mortgage deal": a product whose only value is its rate; without one, a shop's offer below.)
    if (consumerGood(left.modifiers) ? left.value !== undefined : retailBankProduct(left.modifiers)) return "a bank's product for a household";
  }
  if (/^deals?$/.test(head0) && !party && noValue) {
    const mods = left.modifiers;
    const event = (a: string, b: string) => mods.includes(a) && mods.includes(b);
    // Plural for bargains ("the best deals"): "the best deal Kyiv could get" is one agreement, judged.
    const plural = head0 === 'deals';
    // Sizes are of transactions, not offers: "the largest hotel deals this year".
    const sized = mods.some((m) => /^(largest|biggest|largest-ever|biggest-ever)$/.test(m));
    // Shopping words beside it make an offer of a deal with no subject of its own ("the stadium deal is a bad bargain" is one).
    const plain = mods.every((m) => BARGAIN.test(m) || EVALUATIVE.test(m));
    // "the deals carriers are offering".
    const offered = plural && tokens.slice(head + 1, head + 4).some((t) => /^(offering|offered|available)$/.test(t.lower));
    // "We selected these deals and products": deals paired with what a shop sells.
    const withWares = plural && ((tokens[head + 1]?.lower === 'and' && WARES.test(tokens[head + 2]?.lower ?? '')) || (tokens[left.index - 1]?.lower === 'and' && WARES.test(tokens[left.index - 2]?.lower ?? '')));
    // ("The best deals for cobalt offtake went to Chinese buyers" are transactions in a mineral.)
    const traded = subjectAfter(tokens, head, known) && known.some((m) => m.type === 'mineral');
    if ((plural && mods.some((m) => BARGAIN.test(m)) && !traded) || (consumerGood(mods) && !sized && !mods.includes('rights') && !industrialSupply(tokens, mods)) || event('black', 'friday') || event('prime', 'day') || event('boxing', 'day') || (plain && shoppingWord(tokens, head)) || offered || withWares) return "a shop's offer";
    // "Black Friday isn't about finding a deal", "I got the deal, but I also got a TV with...": a
    // sale day or a product bought in the sentence makes a bare deal a bargain.
    const saleDay = tokens.some((x, k) => (x.lower === 'black' && tokens[k + 1]?.lower === 'friday') || (x.lower === 'cyber' && tokens[k + 1]?.lower === 'monday'));
    const bought = det === 'the' && !mods.length && GETTING.test(tokens[left.index - 1]?.lower ?? '') && anyWord((w) => CONSUMER_GOODS.test(w));
    if (plain && (saleDay || bought)) return "a shop's offer";
    // "A deal is a deal", "A deal is only as good as...", "It's a deal.", "What a deal!": sayings.
    const copula = /^(is|was|'s|’s)$/;
    const before = tokens[left.index - 1];
    const generic = tokens[head + 1]?.lower === 'is' && GENERIC_PREDICATE.test(tokens[head + 2]?.lower ?? '');
    const clauseEnds = !tokens[head + 1] || tokens[head + 1].kind === 'punct';
    // "The deal? Buy two bags, get a third free": a deal explained by what the reader is told to buy is an offer.
    if (det === 'the' && /^[?:]$/.test(tokens[head + 1]?.text ?? '') && SHOP_IMPERATIVES.test((tokens[head + 2] ?? explained.find((t) => t.kind === 'word'))?.lower ?? '')) return "a shop's offer";
    // "'A deal? What deal?'": a bare deal asked about is no deal reported.
    if (/^(a|an)$/.test(det) && !mods.length && tokens[head + 1]?.text === '?') return 'a deal asked about';
    if (/^(a|an)$/.test(det) && !mods.length && (generic || (before && (copula.test(before.lower) || /['’]s$/.test(before.lower) || before.lower === 'what') && clauseEnds))) return 'a saying';
  }
  // "a gym contract", "your phone contract": what a customer signs up to.
  if (/^contracts?$/.test(head0) && !party && noValue && consumerGood(left.modifiers) && !industrialSupply(tokens, left.modifiers)) return "a customer's contract";
  // "the terms of your mortgage agreement": the reader's own, any reader's.
  if (det === 'your' && !party && noValue) return "the reader's own";
  // "every contract should be read": any contract at all.
  if (/^(every|any|each)$/.test(det) && !party && noValue) return 'any deal at all';
  // "no longer has any contracts with sportswear brands", "any deal worth £100m": "any" asks about
  // or denies deals of a kind; it never points at one, whatever party or value it names.
  if (det === 'any') return 'any deal at all';
  if (cls === 'partnership' && /^arrangements?$/.test(head0) && !party && noValue && (tokens[head + 1]?.lower === 'of' || left.modifiers.some((m) => DOMESTIC_ARRANGEMENT.test(m)))) return 'an arrangement of things or of a household';
  // "Flowers were laid in a simple arrangement beside the memorial": the shape things are set in
  // ("in an arrangement with the bank" names a party).
  if (cls === 'partnership' && head0 === 'arrangement' && !party && noValue && /^(a|an)$/.test(det) && tokens[left.index - 1]?.lower === 'in' && !/^(under|by)$/.test(tokens[left.index - 2]?.lower ?? '')) return 'an arrangement of things or of a household';
  if (cls === 'partnership' && left.modifiers.some((m) => PERSONAL_PARTNERSHIP.test(m))) return 'a partnership of two people';
  // "My brother and I have an agreement to split the bills", "We signed the contract for our house":
  // a household's own bargain, told in the first person beside the words of a home, naming no one.
  if (/^(agreements?|contracts?|deals?|leases?|arrangements?)$/.test(head0) && noValue && !(party && someoneNamed(tokens, party, known)) && householdFirstPerson(tokens)) return "a household's own bargain";
  // "Their partnership ended in a bitter divorce": a couple's life together, told by the words of a marriage.
  if (head0 === 'partnership' && !party && noValue && /^(their|his|her|our|my)$/.test(det) && tokens.some((t) => MARRIED_LIFE.test(t.lower))) return 'a partnership of two people';
  const possessor = left.possessive ? tokens[DETERMINERS.has(det) && left.index + 1 < head ? left.index + 1 : left.index].lower.replace(/['’]s?$/, '') : det;
  if (cls === 'venture' && /^ventures?$/.test(head0) && tokens[head - 1]?.lower !== 'joint' && !party && (PERSONAL_POSSESSIVE.test(possessor) || left.modifiers.includes('business'))) return 'a business of its own';
  // "a big stake in keeping prices stable", "a stake in the outcome": an interest in what happens, not shares.
  if (cls === 'stake' && noValue && tokens[head + 1]?.lower === 'in') {
    const object = tokens[head + 2];
    const gerund = object?.kind === 'word' && object.text === object.lower && /ing$/.test(object.lower) && !ING_NOUNS.test(object.lower) && tokens[head + 3]?.kind === 'word';
    const outcome = /^(the|its|their|our|this)$/.test(object?.lower ?? '') && OUTCOMES.test(tokens[head + 3]?.lower ?? '');
    // "a huge stake in the new engine rules": the head of a lower-case object names no asset.
    let k = head + 2;
    while (tokens[k + 1]?.kind === 'word' && tokens[k].text === tokens[k].lower && tokens[k + 1].text === tokens[k + 1].lower && !/^(of|for|with|and|to|that|which|who|over|on|at|by)$/.test(tokens[k + 1].lower)) k++;
    const notAsset = k > head + 2 && tokens[k]?.kind === 'word' && NOT_ASSETS.test(tokens[k].lower) && !known.some((m) => m.start >= tokens[head + 2].start && m.end <= tokens[k].end);
    if (gerund || outcome || notAsset || left.modifiers.some((m) => INTEREST_STAKE.test(m))) return 'a stake as an interest in what happens';
  }
  // "burned at the stake", "at stake": a post or a risk.
  if (cls === 'stake' && tokens[left.index - 1]?.lower === 'at' && noValue) return 'a stake as a post or a risk';
  const mineralIn = known.some((m) => m.type === 'mineral' && m.start >= tokens[left.index].start && m.end <= tokens[head].start);
  // "a tax concession for first-time buyers", "fare concessions for pensioners": a relief or a discount.
  if (/^concessions?$/.test(head0) && noValue && !mineralIn && left.modifiers.some((m) => RELIEF_CONCESSION.test(m))) return 'a relief or a discount';
  if (/^concessions?$/.test(head0) && noValue && !party && !mineralIn && !subjectAfter(tokens, head, known) && !left.modifiers.some((m) => GRANTED_CONCESSION.test(m))) {
    // "the reform was a concession to the lobby": what a concession is, given in bargaining.
    const verb = tokens[left.index - 1]?.lower ?? '';
    if (tokens[head + 1]?.lower === 'on' || YIELD_VERBS.test(verb) || /^(is|was|be|been|seen|called)$/.test(verb)) return 'a concession in bargaining';
  }
  return '';
}
