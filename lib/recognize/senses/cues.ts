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
  zinc metal metals solder sheet sheets weights pollution dust emissions market markets futures imports exports`);

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
  records badge badges cwg`);

/** Words that make "Turkey" the bird. */
export const BIRD_CUES = set(`roast roasted roasting stuffing thanksgiving gravy oven breast carve carving brine
  brined baste basting recipe recipes sandwich sandwiches bacon feathers drumstick drumsticks leftover leftovers
  butter cook cooked cooking bake baked dinner feast meat poultry bird birds flock gobble`);

/** Words that make "Chile" the pepper. */
export const PEPPER_CUES = set(`pepper peppers chili chilli chilis chillies chilies sauce spelling spelled spelt
  spicy salsa recipe recipes capsicum jalapeno jalapeño bean beans dish powder heat hot roasted`);

/** US-state cues for Georgia. */
export const US_STATE_CUES = set(`atlanta savannah augusta macon kemp raffensperger ossoff warnock gov governor
  senator senators senate legislature legislative county counties peach bulldogs statehouse voters ballots
  ballot election elections primary georgians buckhead fulton cobb gwinnett dekalb texas florida alabama tennessee
  carolina california ohio michigan arizona nevada virginia kentucky mississippi louisiana swing tornado tornadoes`);

/** Country cues for Georgia. */
export const GEORGIA_COUNTRY_CUES = set(`tbilisi caucasus ossetia abkhazia georgian kremlin armenia azerbaijan
  ivanishvili batumi kutaisi soviet`);

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
  mongolian kazakh uzbek ukrainian burmese malay filipino`);
export const LANGUAGE_NEXT = set(`spelling spellings language languages speaker speakers translation translations
  word words character characters name names pronunciation alphabet script dialect dialects idiom text texts
  version subtitles-speaking -speaking speaking`);
export const LANGUAGE_BEFORE = set(`speak speaks speaking spoke spoken learn learns learning learned learnt into
  fluent translated translate translates`);

/** Verbs that make a capital city stand for its government ("Beijing imposed"). */
export const POLICY_VERBS = set(`said says say wants want wanted imposed imposes impose announced announces insists
  insisted argues argued hopes hoped seeks sought seeking plans planned planning agreed agrees signed signs warned
  warns accused accuses retaliated retaliate responded responds rejected rejects denied denies approved approves
  blocked blocks banned bans restricted restricts tightened tightens eased eases lifted lifts suspended suspends
  views viewed believes believed fears feared needs needed contributes contributed urged urges pushed pushes pushing
  pressed presses pressing threatened threatens struck strikes added adds moved moves vowed vows pledged pledges
  launched launches unveiled unveils ordered orders demanded demands criticised criticized condemned condemns
  welcomed welcomes expects expected considers considering weighs weighing trying tried aims aimed sees saw`);

export const AUXILIARIES = set(`has have had is was will would could may might must should did does also has been`);

export const LITERAL_PLACE_BEFORE = set(`in at to from near outside around via visit visits visited visiting across
  over through into toward towards flew fly flying travelled traveled arrived arrive returning returned based of`);

/** Words that make "lead" a material when they appear anywhere in its sentence. */
export const LEAD_MATERIAL_CONTEXT = set(`metal metals mining mine mines smelter smelters smelting ore ores zinc battery
  batteries toxic poisoning poisoned pipes pipe paint contamination contaminated exposure blood levels acid
  recycling recycled tonnes tons alloy`);

/** Words after gold, silver or platinum that make it a colour or a finish, not the metal. */
export const COLOUR_NEXT = set(`gown gowns dress dresses jacket jackets shoes heels sequins sequinned hair lame trim
  trimmed tone tones colour color coloured colored paint lettering letters foil leaf frame framed plated accents
  embroidery teeth grills lipstick eyeshadow nails`);

/** Capitalised words after Gold, Silver or Platinum that keep them the metal ("Gold Prices"). */
export const MARKET_WORDS = set(`price prices rate rates futures mine mines mining miner miners market markets output
  production reserves demand supply bullion etf etfs bar bars ore deposit deposits exports imports trade trading
  holdings spot fields rush`);

/** Words before "tin" that make it a baking tin or a can. */
export const TIN_CONTAINER_BEFORE = set(`oiled greased baking cake loaf muffin roasting lined biscuit cookie pie square
  round springform`);
export const TIN_CONTAINER_NEXT = set(`can cans roof roofs whistle soldier soldiers man opener box`);

/** Zh characters before a one-character country abbreviation that make it a country ("对美", "在华"). */
export const ZH_ABBREV_BEFORE = new Set([...'对對访訪赴援驻駐涉反抗亲親侵离離返旅留在来來与與同和跟及']);
/** Zh characters after an abbreviation that make it a country ("美方", "日企", "中资"). */
export const ZH_ABBREV_AFTER = new Set([...'方企媒军軍资資相股籍裔商']);
/** Zh characters before 日 that make it a day, not Japan ("28日", "今日"). */
export const ZH_DAY_BEFORE = new Set([...'0123456789０１２３４５６７８９一二三四五六七八九十廿卅今昨明次前后後每当當某同翌节節假生周週工作逐']);
/** Zh words after a capital that make it stand for the government ("北京宣布"). */
export const ZH_CAPITAL_VERBS = ['宣布', '表示', '称', '稱', '认为', '認為', '要求', '希望', '决定', '決定', '批准', '方面', '当局', '當局', '官方', '政府'];
