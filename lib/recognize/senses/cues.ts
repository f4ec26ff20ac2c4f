/**
 * Word lists that tip an ambiguous match one way or the other, kept in one place so the rules
 * read as rules. All lower case; matched against whole words of the sentence.
 */

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Words after "lead" that make it the metal. */
export const LEAD_MATERIAL_NEXT = set(`acid ore ores mine mines mining miner miners smelter smelters smelting refinery
  concentrate concentrates ingot ingots bullion poisoning pipe pipes piping paint paints ion ions based free exposure
  levels level content contamination contaminated prices price production output reserves deposit deposits battery
  batteries oxide sulfide sulphide carbonate nitrate alloy alloys glass shot apron aprons shielding isotope isotopes
  zinc metal metals solder sheet sheets weights pollution dust emissions market markets futures imports exports
  theft thefts thieves roof roofs roofing flashing plumbing fittings crystal lined bearing containing glazed laden
  tainted coated exceedance exceedances hazard hazards testing substitute substitutes scrap recycling stockpile stockpiles
  inventories shipments cargo cargoes`);

/** Words before "lead" that make it a verb or "the lead" (a position). */
export const LEAD_VERB_BEFORE = set(`will would could can may might should must to not did does do help helps helped
  cannot won't can't wouldn't couldn't shouldn't didn't doesn't take took taken taking takes extend extends extended
  build builds built hold holds held retain retains retained grab grabs grabbed narrow narrows narrowed widen widens
  widened regain regains regained share shares maintain maintains maintained cut cuts surrendered relinquished
  lost lose loses seized seize seizes blew blow squander squandered follow follows followed its their his her our
  your my who which that they we he she i you also`);

/** Words after "lead" that make it a verb or a role. */
export const LEAD_VERB_NEXT = set(`to the a an in on by with up off way role times time singer singers single story
  us them him her it this that these those their its our efforts effort talks negotiations charge changes change
  investors investor nation nations world market markets pack field race industry sector global globally
  development developments research team teams group groups effort`);

/** Sport and music words that make gold, silver, platinum and bronze awards, not metals. */
export const AWARD_CUES = set(`medal medals medallist medalist medallists medalists olympic olympics olympian podium
  champion champions championship championships tournament omnium finals event events race races weightlifting
  swimming gymnastics diving athletics athlete athletes sprint relay marathon paralympic paralympics games cup
  album albums single singles certified certification riaa chart charts billboard song songs band bands sales
  records badge badges cwg freestyle breaststroke backstroke hurdles slalom skating skier skiers skiing luge
  bobsleigh judo taekwondo wrestling wrestler boxing boxer fencing rowing canoe canoeing cycling cyclist cyclists
  triathlon decathlon heptathlon archery sprinter sprinters swimmer swimmers gymnast gymnasts steeplechase biathlon
  equestrian dressage skateboarding snowboarding snowboarder halfpipe rower rowers canoeist canoeists fencer fencers`);

/** Words that make "Turkey" the bird. */
export const BIRD_CUES = set(`roast roasted roasting stuffing thanksgiving gravy oven breast carve carving brine
  brined baste basting recipe recipes sandwich sandwiches bacon feathers drumstick drumsticks leftover leftovers
  butter cook cooked cooking bake baked dinner feast meat poultry bird birds flock gobble burger burgers mince minced
  sausage sausages meatball meatballs trimmings giblets cranberry carvery`);

/** Words that make "Chile" the pepper. */
export const PEPPER_CUES = set(`pepper peppers chili chilli chilis chillies chilies sauce spelling spelled spelt
  spicy salsa recipe recipes capsicum jalapeno jalapeño bean beans dish powder heat hot roasted`);

/** US-state cues for Georgia. */
export const US_STATE_CUES = set(`atlanta savannah augusta macon kemp raffensperger ossoff warnock gov governor
  senator senators senate legislature legislative county counties peach bulldogs statehouse voters ballots
  ballot election elections primary georgians buckhead fulton cobb gwinnett dekalb texas florida alabama tennessee
  carolina california ohio michigan arizona nevada virginia kentucky mississippi louisiana swing tornado tornadoes
  democrats republicans gop midterm midterms battleground congressional runoff runoffs statewide gubernatorial
  leftward rightward campaign campaigns polls voting inches fahrenheit mph
  scholarship scholarships touchdown touchdowns quarterback quarterbacks tailback tailbacks linebacker linebackers ncaa`);

/** Nouns after "Georgian" that make it the period style of Britain's four Georges. */
export const PERIOD_STYLE_NEXT = set(`townhouse townhouses house houses terrace terraces architecture building buildings
  mansion mansions manor rectory villa square squares facade facades façade era period style furniture interiors
  silver`);

/** Country cues for Georgia. */
export const GEORGIA_COUNTRY_CUES = set(`tbilisi caucasus ossetia abkhazia georgian kremlin armenia azerbaijan
  ivanishvili batumi kutaisi soviet chiatura zestafoni poti rustavi`);

/** Person cues for Jordan and Chad. */
export const PERSON_CUES = set(`basketball player players nba bulls hornets dunk dunked scored coach actor actress
  singer rapper quarterback he she his her mr ms mrs born retired career teammate teammates`);

/** River words for Niger and Congo. */
export const RIVER_CUES = set(`river rivers delta basin rainforest tributary estuary`);

/** Words after "the Niger" that make it the state, not the river. */
export const NIGER_STATE_NEXT = set(`government junta president authorities army military state republic
  officials minister ministry`);

/** Browser cues for Chromium. */
export const BROWSER_CUES = set(`browser browsers google chrome open-source engine version extension extensions
  build builds developer developers tab tabs web edge opera brave chromebook`);

/** Language readings of a demonym ("in Turkish", "the Chinese spelling"). */
export const LANGUAGE_DEMONYMS = set(`chinese turkish japanese korean german french spanish russian italian dutch
  portuguese vietnamese thai indonesian persian greek polish czech swedish danish norwegian finnish hungarian
  mongolian kazakh uzbek ukrainian burmese malay filipino bulgarian romanian serbian croatian slovak slovene estonian
  latvian lithuanian icelandic albanian armenian georgian tajik turkmen kyrgyz lao`);
/** Languages that are no country's demonym, as members of a list of languages ("in English, French and German"). */
export const OTHER_LANGUAGES = set(`english arabic mandarin cantonese hindi urdu hebrew latin swahili farsi tagalog bengali
  punjabi tamil telugu marathi gujarati yoruba hausa igbo amharic zulu xhosa catalan basque welsh gaelic esperanto`);
export const LANGUAGE_NEXT = set(`spelling spellings language languages speaker speakers translation translations
  word words character characters name names pronunciation alphabet script dialect dialects idiom text texts
  version subtitles-speaking -speaking speaking term terms phrase phrases expression expressions proverb proverbs
  saying sayings vocabulary grammar`);
export const LANGUAGE_BEFORE = set(`speak speaks speaking spoke spoken learn learns learning learned learnt into
  fluent translated translate translates`);
/**
 * Verbs that take a language or a people's things alike ("studied Russian", "studying Chinese
 * culture", "taught Chinese students"): a language only where no noun follows.
 */
export const STUDY_VERBS = set(`study studies studied studying teach teaches taught teaching master mastered mastering`);
/** Nouns whose "of" opens a language: "a passable command of Indonesian", "a working knowledge of French". */
export const COMMAND_OF = set(`command knowledge grasp mastery smattering`);

/** Verbs that make a capital city stand for its government ("Beijing imposed"). */
export const POLICY_VERBS = set(`said says say wants want wanted imposed imposes impose announced announces insists
  insisted argues argued hopes hoped seeks sought seeking plans planned planning agreed agrees signed signs warned
  warns accused accuses retaliated retaliate responded responds rejected rejects denied denies approved approves
  blocked blocks banned bans restricted restricts tightened tightens eased eases lifted lifts suspended suspends
  views viewed believes believed fears feared needs needed contributes contributed urged urges pushed pushes pushing
  pressed presses pressing threatened threatens struck strikes added adds moved moves vowed vows pledged pledges
  launched launches unveiled unveils ordered orders demanded demands criticised criticized condemned condemns
  welcomed welcomes expects expected considers considering weighs weighing trying tried aims aimed sees saw
  issued issues halted halts resumed resumes`);

/**
 * The same verbs' bare forms, read only after an auxiliary ("Washington will lift", "Beijing could
 * ban"): alone after a capital most are nouns ("the London press", "a Beijing ban").
 */
export const POLICY_VERBS_AFTER_AUXILIARY = set(`lift ban restrict tighten ease suspend block approve reject deny respond sign
  agree plan seek launch unveil order demand pledge threaten vow urge push press warn accuse welcome consider weigh issue
  halt resume`);

/**
 * Capitalised words that are never a given name, though they open a clause after a colon or a
 * dash ("Trade deal: What India gets"): a question word, an article or a conjunction.
 */
export const NEVER_GIVEN_NAMES = set(`what why how when where who whom whose which whether the a an this that these those
  as if and but or nor so yet because although though unless once here there then now does did do is are was were`);

export const AUXILIARIES = set(`has have had is was will would could may might must should did does also has been`);

/**
 * Words that open a sports club's name before a city ("Real Madrid", "Dynamo Kyiv", "Sporting
 * Lisbon", "Hertha Berlin"), written with their capitals: the club, not the capital's government.
 */
export const CLUB_NAME_PREFIXES = set(`Real Atlético Atletico Dynamo Dinamo Sporting Rapid Austria Lokomotiv Spartak
  CSKA Slavia Sparta Legia Hertha Union FC AC AEK Racing Athletic`);

/** Words of the jewellery trade: medal and record words beside them do not make gold a prize ("silver sales at the jeweller"). */
export const JEWELLERY_TRADE = set(`jeweller jewellers jeweler jewelers jewellery jewelry goldsmith goldsmiths silversmith
  silversmiths pawnbroker pawnbrokers engagement`);

export const LITERAL_PLACE_BEFORE = set(`in at to from near outside around via visit visits visited visiting across
  over through into toward towards flew fly flying travelled traveled arrived arrive returning returned based of`);

/** Words that make "lead" a material when they appear anywhere in its sentence. */
export const LEAD_MATERIAL_CONTEXT = set(`metal metals mining mine mines smelter smelters smelting ore ores zinc battery
  batteries toxic poisoning poisoned pipes pipe paint contamination contaminated exposure blood levels acid
  recycling recycled tonnes tons alloy solder soldering pewter plumbing contaminant neurotoxin poisonous`);

/** Capitalised words after Gold, Silver or Platinum that keep them the metal ("Gold Prices"). */
export const MARKET_WORDS = set(`price prices rate rates futures mine mines mining miner miners market markets output
  production reserves demand supply bullion etf etfs bar bars ore deposit deposits exports imports trade trading
  holdings spot fields rush`);

/** Words before "tin" that make it a baking tin or a can. */
export const TIN_CONTAINER_BEFORE = set(`oiled greased baking cake loaf muffin roasting lined biscuit cookie pie square
  round springform`);
export const TIN_CONTAINER_NEXT = set(`can cans roof roofs whistle soldier soldiers man opener box`);
/** Kitchen words that make "the tin" a baking tin. */
export const KITCHEN_CUES = set(`bake baking baked oven ovens dough bread breads cake cakes loaf batter grease greased oil
  oiled tbsp tsp tablespoon tablespoons teaspoon teaspoons recipe recipes cook cooking cooked roast roasting tray trays
  parchment preheat preheated flour butter mixture sponge brownies muffins biscuits`);

/** Parts of a chart that a metal colour may name: "the gold line", "the silver bars". */
export const CHART_PARTS = set(`part parts line lines bar bars area areas segment segments section sections slice slices
  portion portions dot dots region regions band bands column columns curve curves wedge wedges`);
export const CHART_WORDS = set(`graph graphs chart charts map maps legend plot plots diagram diagrams infographic axis
  figure`);

/** Zh characters before a one-character country abbreviation that make it a country ("对美", "在华"). */
export const ZH_ABBREV_BEFORE = new Set([...'对對访訪赴援驻駐涉反抗亲親侵离離返旅留在来來与與同和跟及']);
/** Zh characters after an abbreviation that make it a country ("美方", "日企", "中资"). */
export const ZH_ABBREV_AFTER = new Set([...'方企媒军軍资資相股籍裔商兵舰艦使债債']);
/** Words of relations between two countries after a pair: 朝韩关系, 德法峰会, 泰越边境. */
export const ZH_RELATIONS_AFTER =
  /^(?:关系|關係|冲突|衝突|边境|邊境|边界|邊界|峰会|峰會|会谈|會談|会晤|會晤|首脑|首腦|领导人|領導人|外长|外長|合作|贸易|貿易|战争|戰爭|对话|對話|谈判|談判|和谈|和談|停火|局势|局勢|交火|紧张|緊張|友好|联合|聯合|联军|聯軍|论坛|論壇|同盟|和解|争霸|爭霸|冷战|冷戰|对峙|對峙|之战|之戰|大战|大戰|对决|對決|军方|軍方)/;
/** Zh characters before 日 that make it a day, not Japan ("28日", "今日"). */
export const ZH_DAY_BEFORE = new Set([...'0123456789０１２３４５６７８９一二三四五六七八九十廿卅今昨明次前后後每当當某同翌节節假生周週工作逐近连連多数數终終旧舊往平半整几幾']);
/** Zh words after a capital that make it stand for the government ("北京宣布"). */
export const ZH_CAPITAL_VERBS = [
  '宣布', '表示', '称', '稱', '认为', '認為', '要求', '希望', '决定', '決定', '批准', '方面', '当局', '當局', '官方', '政府',
  // Denying, condemning, warning, answering, insisting: as "Moscow denied", "Pyongyang warned". Not
  // 欢迎, which is also a city's greeting to its visitors (北京欢迎你).
  '否认', '否認', '谴责', '譴責', '指责', '指責', '拒绝', '拒絕', '警告', '呼吁', '呼籲', '回应', '回應', '坚持', '堅持',
  '反对', '反對', '承认', '承認', '声称', '聲稱', '宣称', '宣稱', '强调', '強調', '重申', '敦促', '抗议', '抗議', '威胁', '威脅',
  '批评', '批評', '施压', '施壓', '报复', '報復', '发表', '發表', '指出', '寻求', '尋求', '同意', '签署', '簽署',
];

// ── General cues for the other senses of metal words (senses/metals.ts) ─────────────────────

/** Verbs that take a medal or an award as their object: "took gold", "went platinum". */
export const WIN_VERBS = set(`won win wins winning took take takes taking claimed claim claims claiming bagged bag bags
  grabbed grab snatched snatch clinched clinch clinches scooped scoop earned earn earns collected collect captured
  capture landed land defended defend retained retain went going gone goes go certified added adds`);

/** Words after "gold in (the)" that name a sports event: "gold in the 200 m", "silver in the relay". */
export const SPORT_EVENT_WORDS = set(`freestyle breaststroke backstroke butterfly medley sprint sprints relay relays
  hurdles marathon final finals heat heats downhill slalom giant super singles doubles event events race races
  category division discus javelin hammer pole vault long high triple jump shot put decathlon heptathlon pentathlon
  triathlon men's women's men women mixed team individual pursuit keirin omnium sabre epee foil kata kumite bantamweight
  featherweight lightweight welterweight middleweight heavyweight flyweight kg kilogram kilograms metres meters
  metre meter m km k mile miles yards`);

/** Nouns after a metal word that make it a product tier or a rank: "Platinum card", "Gold status". */
export const TIER_NOUNS = set(`card cards status tier tiers level levels member members membership memberships plan
  plans package packages sponsor sponsors sponsorship partner partners partnership class edition editions
  subscription subscriptions account accounts pass passes badge badges award awards certification club rewards
  elite service customer customers ticket tickets seat seats lounge version model models trim variant variants
  album albums disc discs single singles medal medals medallist medalist medallists medalists medallion standard star stars rating ratings circle list sticker stickers trophy trophies prize prizes winner
  winners anniversary jubilee wedding cardholder cardholders seating`);

/**
 * Colour words a metal word can be paired with as a colour: "black and gold", "silver-grey".
 * Not "rose" or "tan", which are verbs too ("Copper rose 3%").
 */
export const COLOUR_WORDS = set(`black white red blue green yellow purple pink orange grey gray brown navy maroon
  crimson scarlet teal turquoise beige cream ivory violet magenta cyan burgundy khaki olive emerald indigo lilac
  lavender charcoal mauve aqua ruby amber`);

/** Words after a metal word that make it a colour or a look, not the material. */
export const COLOUR_NEXT = set(`gown gowns dress dresses jacket jackets coat coats shirt shirts jersey jerseys kit kits
  uniform uniforms shoes heels boots sneakers trainers sequins sequinned glitter hair haired lame lamé trim trimmed tone
  tones toned colour colours color colors coloured colored hue hues shade shades sheen glow glowing glimmer shimmer
  paint painted lettering letters font logo foil frame framed accents embroidery teeth grills lipstick
  eyeshadow nails nail polish ribbon ribbons balloon balloons car cars sedan suv skin sky sunset eyes beard fur
  feathers curtains wallpaper tipped rimmed edged embossed tinted hued blazer blazers suit suits skirt skirts trousers
  hat hats bob curls locks mane highlights frost moon light mist haze dawn
  headed eyed bellied winged tailed throated breasted crested crowned tongued eared fisted hearted jawed lunged tongue
  themed`);

/**
 * Car makes and kinds of vehicle: a metal word before them is a paint colour ("a silver Ford
 * Focus", "a gold Lamborghini", "a silver vintage Rolls-Royce"), as before "car" or "sedan".
 */
export const VEHICLE_WORDS = set(`ford toyota honda nissan mazda subaru suzuki mitsubishi lexus hyundai kia tesla bmw audi
  mercedes mercedes-benz volkswagen vw porsche ferrari lamborghini maserati bentley rolls-royce jaguar land range
  rover vauxhall peugeot renault citroen citroën fiat skoda seat volvo saab mini chevrolet chevy cadillac buick
  dodge jeep chrysler lincoln cars car sedan sedans suv suvs van vans truck trucks hatchback hatchbacks pickup
  pickups motorbike motorbikes motorcycle motorcycles scooter scooters convertible coupe limousine limo`);

/** Words before a metal word that make it a shade, in a story about colours: "rose gold", "icy platinum". */
export const SHADE_QUALIFIERS = set(`rose icy pale deep dark light bright burnished champagne dusky warm cool ash honey
  strawberry antique soft muted frosted metallic`);
/** Words of a story about colours, hair or make-up. */
export const COLOUR_TALK = set(`colour colours color colors shade shades hue hues palette dye dyes dyed hair hairstyle
  hairstylist stylist stylists blonde blond highlights makeup make-up manicure nails lipstick`);
/** Words of a story about painting a home: a shade there must end its phrase ("a deep cobalt", not "deep iron corrosion"). */
export const PAINT_TALK = set(`paint paints painted painting repaint repainted`);

/** Verbs before a metal word that make it a colour: "painted gold", "dressed in silver". */
export const APPEARANCE_VERBS = set(`painted paint paints dyed dye dyes wore wear wears wearing dressed clad sprayed
  glittering shimmering gleaming glinting sparkling glistening shining coloured colored tinted lit comes come available
  offered finished`);

/**
 * Words of a story about investing or about what a metal goes into, where a capitalised metal is
 * still the metal ("piled into Gold", "less Cobalt in its cells").
 */
/** Words of the minerals trade and its politics: a capitalised metal beside them is the writer's style, not a name. */
export const STRATEGIC_WORDS = set(`processing processed processors critical mineral minerals boom controls tariff tariffs
  investment investments stockpile stockpiles strategic sanctions quota quotas licence licences license licenses shortage
  shortages dominates dominance`);

export const INVESTMENT_WORDS = set(`investor investors investing invest invests trader traders traded ounce ounces dollar
  haven hedge inflation bullion etf etfs rally rallied spot holdings portfolio portfolios shares stocks equities bonds
  record highs analyst analysts outperform underperform cell cells`);

/** Verbs that give their object a colour after it: "dyed her hair copper", "painted the door gold". */
export const COLOUR_COMPLEMENT_VERBS = set(`painted paint paints painting dyed dye dyes dyeing sprayed spray sprays
  spraying tinted tint tints coloured colored colour color`);

/**
 * Nouns of a person's body or character before "of": "a heart of gold", "a will of iron", "nerves
 * of steel" praise a person, not a thing made of the metal ("a crown of gold").
 */
export const CHARACTER_NOUNS = set(`heart hearts will wills nerve nerves fist fists constitution lungs voice spine
  backbone stomach`);

/**
 * Nouns of a firm word, a promise or a rule after "cast-iron" ("a cast-iron guarantee", "cast-iron
 * rules", "a cast iron alibi", "cast-iron income"): the metal's firmness as a figure.
 */
export const ASSURANCE_NOUNS = set(`guarantee guarantees promise promises pledge pledges assurance assurances alibi
  alibis case rule rules certainty certainties excuse excuses commitment commitments defence defense argument
  arguments proof evidence principle principles belief beliefs logic majority stomach reason reasons income returns
  dividend dividends finances credentials bet investment`);

/**
 * Words before "gold" that make it a figure of speech: "black gold" (oil), "liquid gold", "digital
 * gold" (bitcoin), "blue gold" (water). White, rose and yellow gold are alloys: the metal.
 */
export const FIGURATIVE_GOLD_BEFORE = set(`black liquid digital blue green brown fool`);

/**
 * Words of a story about games played on a screen, where gold and silver are points or in-game
 * money ("spent £2,000 on gold coins in a video game"): one of the first set, or a kind of screen
 * with "game" or "games".
 */
export const SCREEN_GAME_WORDS = set(`in-game virtual gamer gamers gaming esports e-sports fortnite minecraft roblox`);
export const SCREEN_GAME_KINDS = set(`video online mobile computer console`);

/** Words that make "a nickel" or "a copper" a coin. */
export const COIN_CUES = set(`dime dimes penny pennies cent cents quarter quarters coin coins change jar piggy tip tips
  parking meter vending gumball toll fare fares candy nickels pocket purse spare`);

/** Words that make a metal word the material, whatever else the sentence says. */
export const MATERIAL_CONTEXT = set(`mine mines mining miner miners ore ores smelter smelters smelting refinery refined
  refining battery batteries metal metals tonne tonnes ton tons production producer producers exports imports export
  import alloy alloys steel stainless plating deposit deposits reserves supply supplies demand market markets price
  prices futures lme comex cathode cathodes concentrate concentrates sulphate sulfate hydroxide laterite matte`);

/**
 * Verbs only a person does, right after a noun: "the copper said". (Not "came" or "fell": copper
 * the metal comes from Chile and falls 2%.)
 */
export const PERSON_VERBS = set(`said says told tells asked asks arrested arrests shouted shouts questioned nicked
  radioed laughed laughs nodded nods winked smiled smiles frowned shrugged sighed replied replies whispered muttered
  knocked testified`);

/** Nouns for the forms a metal is made into: "copper wire" is the metal, whatever comes before it. */
export const METAL_FORMS = set(`wire wires wiring cable cables pipe pipes piping tube tubes sheet sheets rod rods bar bars
  coil coils foil plate plates roof roofs roofing ingot ingots nugget nuggets powder dust pot pots pan pans kettle
  kettles statue statues bracelet bracelets ring rings leaf jewellery jewelry necklace necklaces chain chains earrings
  watch watches coin coins cutlery`);

/** Words before "copper" that make it a police officer. */
export const POLICE_BEFORE = set(`bent crooked corrupt off-duty plainclothes plain-clothes undercover rookie veteran
  friendly beat traffic`);

/** Words that make "copper" a police officer when they stand in its sentence. */
export const POLICE_CONTEXT = set(`police policeman policemen officer officers arrest arrested arrests cell cells
  beat detective detectives constable constables sergeant crime crimes criminal criminals thief thieves robber
  robbers villain villains cops cop nick suspect suspects handcuffs handcuffed patrol`);

/** Words after "iron" that make it the appliance, and household words around it. */
export const IRON_HOUSEHOLD = set(`shirt shirts clothes clothing creases crease ironing board laundry trousers blouse
  steam collar collars sheets linen`);

/** Golf words that make "iron" a club. */
export const GOLF_CUES = set(`golf golfer golfers club clubs tee fairway green greens putt putter wedge driver hybrid
  approach par birdie bogey caddie`);

// ── People named like countries (senses/people.ts) ──────────────────────────────────────────

/** Words before a name that make it a person: "coach Jordan", "Mr Chad", "NBA star Jordan". */
export const PERSON_BEFORE = set(`mr mrs ms miss dr sir dame coach guard forward striker midfielder defender goalkeeper
  keeper actor actress singer rapper quarterback pitcher teammate teammates captain star player boy girl son daughter
  brother sister wife husband mother father named called dear daughters sons brothers sisters twins children
  grandchildren granddaughter granddaughters grandson grandsons niece nieces nephew nephews`);

/** Nouns after "<Name>'s" that make the name a person. */
export const PERSON_POSSESSED = set(`wife husband son sons daughter daughters mother father mom mum dad brother sister
  family career teammates teammate coach agent lawyer birthday debut shot shots dunk dunks jersey sneakers shoes
  girlfriend boyfriend partner fans friend friends parents children kids baby album song songs film films movie
  movies book books character`);

/** Nouns after "<Name>'s" that make the name a country. */
export const COUNTRY_POSSESSED = set(`king queen government economy border borders capital army military parliament
  president prime foreign ministry minister ministers exports imports people population territory embassy
  central national state trade phosphate potash oil gas mines mining refugees refugee camps security`);

/** Verbs of speech or thought: "Jordan said he..." makes a person, "Jordan said it..." a country. */
export const SPEECH_VERBS = set(`said says told tells added adds explained explains recalled recalls admitted admits
  laughed joked jokes tweeted tweets wrote writes posted posts insisted insists noted notes thinks thought believes
  believed feels felt knew knows remembered remembers wants wanted hopes hoped`);

export const PERSONAL_PRONOUNS = set(`he she him her his hers himself herself i me my`);
export const THING_PRONOUNS = set(`it its itself`);

/**
 * Capitalised words after a country's name that make it a country in an organisation's or an
 * office's name ("Jordan Valley", "Israel Defense Forces"), not a first name.
 */
export const INSTITUTION_WORDS = set(`king queen kingdom republic president prime minister ministry foreign government
  state people the in and of defense defence forces army navy police embassy consulate parliament senate valley
  finance trade interior health education energy mining mines treasury cabinet secretary chancellor ambassador
  envoy vice deputy chief attorney supreme court commission commissioner
  hamas hezbollah gaza
  river basin sea lake airport airways airlines national central bank times post today daily news herald tribune
  gazette review radio television tv football rugby cricket olympic team squad open`);

/** Nouns after a demonym that make it a breed: "an Afghan hound", "a Manx cat", "an Irish setter". */
export const BREED_NOUNS = set(`hound hounds terrier terriers shepherd shepherds retriever retrievers spaniel spaniels
  mastiff mastiffs setter setters pointer pointers sheepdog sheepdogs cat cats kitten kittens bulldog bulldogs
  poodle poodles shepard shepards ivy ivies shorthair shorthairs`);

/** Nouns after "Dominican" that make it the religious order. */
export const RELIGIOUS_ORDER_NEXT = set(`order orders friar friars nun nuns sisters priest priests monk monks monastery
  monasteries convent convents priory`);

/** Words that make "Indians" Cleveland's old baseball team (not cricket's "innings"). */
export const BASEBALL_CUES = set(`baseball mlb cleveland guardians inning pitcher pitchers dugout bullpen shortstop
  outfielder homer homers ballpark`);

/** Words after an imperative verb at a sentence's start that begin its object: "Polish the silver". */
export const OBJECT_STARTS = set(`the a an your his her their our my its it them this that these those every all each
  off up`);

// ── Languages (senses/language.ts) ───────────────────────────────────────────────────────────

/**
 * Words that cannot be the noun a demonym modifies: after "in Spanish" they mean the demonym is
 * the language ("in Spanish it means", "in Chinese, the word").
 */
export const FUNCTION_WORDS = set(`it its this that these those the a an is are was were be been means meant mean
  translates translated reads read says said sounds sound spelled spelt written as for of to and or but by with from
  at on in into onto under over off up down per each behind near inside between after before during since until like
  which who whom there here he she they we you i his her their our your so too also only then when where while
  because if than please not no`);

// ── Lower-case names (senses/lower-case.ts) ──────────────────────────────────────────────────

/** Words before a lower-case name that make it the country: "exports to china", "trade with china". */
export const COUNTRY_PREPOSITIONS = set(`to from in with between against across into throughout toward towards including
  than versus vs`);

/** Words around a lower-case "china" that make it porcelain. */
/** Things made of porcelain, right after a capitalised "China" ("China Doll", a porcelain doll). */
export const PORCELAIN_OBJECTS = set(`doll dolls teacup teacups saucer saucers teapot teapots figurine figurines vase vases
  crockery tableware dinnerware`);

export const PORCELAIN_CUES = set(`fine bone porcelain plate plates dish dishes cup cups saucer saucers teacup teacups
  teapot cabinet cabinets set sets pattern patterns tableware crockery dinnerware ceramic ceramics vase vases
  antique antiques vintage figurine figurines doll dolls painted shop tea dinner served glaze glazed kiln pottery
  shard shards collection collectors collector bowl bowls`);

/** Words around a lower-case "jersey" that make it a garment. */
export const GARMENT_CUES = set(`shirt shirts number numbers kit kits wore wear wearing worn sleeve sleeves fans team
  football soccer hockey basketball rugby cycling knitted knit wool retired signed replica`);

/** Determiners and adjectives before a lower-case name that make it a common noun ("the china", "fine china"). */
export const COMMON_NOUN_BEFORE = set(`the a an some this that her his my our their your its fine bone best good old
  blue white painted antique vintage`);
