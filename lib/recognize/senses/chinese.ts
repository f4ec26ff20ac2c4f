/**
 * Sense rules for Chinese. Full names (美国, 哈萨克斯坦) need none; one-character country
 * abbreviations (美, 日, 华, 中, 俄, 乌...) count only in the compounds news uses them in
 * (美日, 对华, 中资, 日相, 俄乌), and capitals only when they stand for a government (北京宣布).
 */
import { code, codeSet } from './char-codes.ts';
import * as cue from './cues.ts';
import type { Decision, SenseInput } from './types.ts';
import { pairIsWord, standsAlone, wordEndingAt, wordGoesOn, zhWordAt } from './zh-words.ts';
import { touchingNeighbours } from './words.ts';
import { PAIRED_WITHOUT_NAME, WEAK_ABBREVIATIONS, arabIsraeliPair, armySpeaksAfter, bilateralWorkAfter, pairNamesCountries, sideAnsweringSide, sideOrArmyAfter, weakAbbreviationNamed } from './zh-weak-abbreviations.ts';

const keep = (why: string): Decision => ({ verdict: 'keep', why });
const drop = (why: string): Decision => ({ verdict: 'drop', why });

/** One-character abbreviations that may pair with another ("中美", "俄乌"). */
const PAIRABLE = new Set([...'中美日俄乌烏韩韓澳英法德印哈朝越菲泰加蒙巴墨缅緬沙智荷港']);
/** Anything that may end a word before an abbreviation (a Han character, a letter, a digit). */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/**
 * The ones common enough to form a pair on their own evidence. Not 华: it names China after a
 * preposition or before 人, 裔, 商 (访华, 华裔), while 德华 and 英华 are given names (刘德华).
 */
const STRONG = new Set([...'中美日俄']);
/** Abbreviations that a preposition alone may confirm ("对美", "对日", "在华"). */
const STRONG_AFTER_PREPOSITION = new Set([...'美日华華俄韩韓澳菲']);
/**
 * Abbreviations that a verb of travel or a preposition of direction confirms (赴港, 访港, 驻港, 对港)
 * but not one of place: 在港 and 离港 are as often a ship in port.
 */
const AFTER_TRAVEL = new Set([...STRONG_AFTER_PREPOSITION, '港']);
/**
 * Verbs of travel and of relations between states, and 向 ("towards"), before an abbreviation:
 * 援乌, 抵美, 抗日, 侵华, 向乌提供. After them any abbreviation but 中 names its country, when
 * the segmenter reads it as the end of its word (援|乌|物资, 抗日|战争) and not the start of
 * another (向日葵, 对日常, 向英雄). Not 涉 ("involving"), which as often takes a thing (涉法涉诉).
 */
const TRAVEL_OR_RELATION_BEFORE = new Set([...'对對赴访訪驻駐援抵抗侵向']);
/**
 * What those verbs take: the abbreviations that pair but 港 (a ship 抵港 reaches a port; 港 has
 * its own verbs above), and 台 (赴台, 对台, 访台), which pairs with the common ones only (see
 * TAIWAN). 涉 ("involving") takes only the common ones and 台 and 港 (涉台,
 * 涉华, 涉港), as it takes things as often (涉法涉诉, involving law and lawsuits).
 */
const TAKEN_BY_VERB = new Set([...[...PAIRABLE].filter((c) => c !== '港'), '台', '臺']);
const TAKEN_BY_SHE = new Set([...STRONG_AFTER_PREPOSITION, '台', '臺', '港']);
/** Numerals and demonstratives before 台 make it a measure word: 一台电脑, 两台军车, 这台机器. */
const MEASURE_BEFORE = new Set([...'0123456789０１２３４５６７８９一二两兩三四五六七八九十百千万萬几幾多每这這那该該此哪整']);
/** Characters after 英 that make a word of it (英雄, 英才, 英镑, 英俊), not Britain. */
const WORD_OF_YING_AFTER = new Set([...'雄才镑鎊俊杰傑豪姿烈灵靈明勇武魂气氣華华']);
/** Abbreviations that name a people before 人 (俄人, 英人, 日人), and what after 人 makes another word of it. */
const PEOPLE_NAMED = new Set([...'俄英日']);
const PEOPLE_WORD_AFTER = new Set([...'员員士民口才们們力工物次数數均群家生类類格气氣']);
/** What ends the verb 侵越 (to encroach): a clause's end, a closing quote, or 之. */
const ENCROACH_END_AFTER = /[，。；、,;:：！？!?」』”"’)）之]/;
/** A form of address after 韩 makes it a surname: 韩某, 韩先生, 韩女士, 韩老师. */
const ADDRESS_AFTER = /^(?:某|先生|女士|小姐|老师|老師|师傅|師傅|教授|医生|醫生|同学|同學)/;

/** Joins between the members of a list of countries: 英、美、俄, 中日和韩, 美与日. */
const LIST_JOINS = new Set(['', '、', '和', '与', '與', '及', '同']);
/**
 * Words after a list that count its countries: 英法两国, 中日韩三国, 美、英等国, 美日双方; but
 * 两方面 is "two aspects" (德、智两方面: virtue and intellect), while 双方面临 is "both sides face".
 */
const COUNTED = /^(?:[两兩二三四五六七八九十几幾多各诸諸等][国國]|[两兩双雙三四]方(?!面(?![临臨对對])))/;
const COUNT_START = new Set([...'两兩二三四五六七八九十几幾多各诸諸等双雙']);

/** The abbreviations that anchor a list of two set off by 、 (日、韓, 中、澳, 港、臺). */
const TWO_LIST_ANCHOR = new Set([...'中日俄港台臺']);

/** The join between two members of a list is nothing or one character (英美, 英、美, 英和美). */
function joinedAt(text: string, from: number, to: number): boolean {
  return from === to || (to - from === 1 && LIST_JOINS.has(text.charAt(from)));
}

/**
 * Taiwan's abbreviation is a partner of the common ones only (美台, 台日): it is left out of
 * PAIRABLE so that the less common ones do not pair with it (港澳台, whose 澳 is Macau).
 */
const TAIWAN = new Set([...'台臺']);

/**
 * Whether the abbreviation `c` next to `ch` makes a pair of countries with it (中美, 美日, 美台).
 * A character said twice is a word of its own (美美地 "soundly", 日日 "every day"), never a pair.
 */
function pairedWith(c: string, ch: string): boolean {
  if (c === ch) return false;
  return (PAIRABLE.has(c) && (STRONG.has(c) || STRONG.has(ch))) || (TAIWAN.has(c) && STRONG.has(ch));
}

/**
 * How many countries stand in the list around the match (itself included), joined by 、, 和, 与
 * or nothing, and whether 、 joins any of them. Only one-character abbreviations and names count:
 * 德、智、体、美 (virtues of an education) breaks off at 体. The neighbours come nearest first
 * on the left, then in text order on the right.
 */
function listAround(input: SenseInput): { members: number; enumerated: boolean; end: number } {
  const { text, neighbours } = input;
  let members = 1;
  let enumerated = false;
  let left = input.start;
  let right = input.end;
  let leftOpen = true;
  for (const n of neighbours) {
    if (n.type !== 'country') continue;
    if (n.end <= left) {
      if (!leftOpen) continue;
      if (!joinedAt(text, n.end, left)) {
        leftOpen = false;
        continue;
      }
      enumerated ||= text.charAt(n.end) === '、';
      members++;
      left = n.start;
    } else if (n.start >= right) {
      if (!joinedAt(text, right, n.start)) break;
      enumerated ||= text.charAt(right) === '、';
      members++;
      right = n.end;
    }
  }
  return { members, enumerated, end: right };
}

/** A language, not the country: 日语, 韩文, 俄語 (日文 when 文 does not start another word, as in 中日文化). */
function language(text: string, start: number, end: number): boolean {
  const after = text.charAt(end);
  if (after === '语' || after === '語') return true;
  return after === '文' && !wordGoesOn(text, end);
}

/**
 * The abbreviation is the second half of an ordinary word that the segmenter reads (审美, 立法,
 * 高中, 增加), unless the word's first half is a country too (英法, 中美).
 */
function secondHalfOfWord(input: SenseInput): boolean {
  const word = wordEndingAt(input.text, input.start);
  return word !== undefined && !input.neighbours.some((n) => n.type === 'country' && n.start === word.start);
}

/** Both sides, or cooperation whole or comprehensive, after a pair with a bloc: 中拉双方, 中拉整体合作, 中拉全面合作. */
const BOTH_SIDES_AFTER = /^(?:双方|雙方|(?:整体|整體|全面)合作)/;
/** The two states or sides after a pair, perhaps after an opening quote: 中印尼“两国双园”, 中老挝双方. */
const TWO_STATES_AFTER = /^[“"「]?(?:两国|兩國|双方|雙方)/;
/** Blocs and continents a strong abbreviation pairs with: 中欧, 美欧, 中非. */
const BLOC_AFTER = new Set([...'欧歐非']);

/**
 * Titles and bodies of a government after an abbreviation: 俄总统, 英首相, 日防卫相, 韩议长, 印外长,
 * 美政府, 港府, 美驻华使馆; and of a monarchy: 英王室, 沙王储, 泰国王, 英女王.
 */
const GOVERNMENT_AFTER =
  /^(?:[驻駐府]|总统|總統|总理|總理|首相|外长|外長|外相|防长|防長|财长|財長|政府|官员|官員|议员|議員|大使|海军|海軍|空军|空軍|陆军|陸軍|当局|當局|外交部|国防部|國防部|国务卿|國務卿|领导人|領導人|防卫相|防衛相|议长|議長|王储|王儲|王室|国王|國王|女王)/;
/** Parts of a country: 乌东部, 法北部, 美西南部. */
const REGION_AFTER = /^[东西南北東][南北]?部/;
/** The first characters of those titles and regions, to test before reading further. */
const TITLE_OR_REGION_START = new Set([...'驻駐府总總首外防财財政官议議大海空陆陸当當国國领領东西南北東王女']);
/**
 * Culture named for its country: 韩剧, 日漫, 韩综, 美剧, 韩星, 韩团, 港片 (a film), and its
 * cooking and styles, 日料, 韩式, 泰式, 港式 (only these countries' culture is named so).
 */
const CULTURE_AFTER = new Set([...'剧劇综綜漫团團星片式料流']);
const CULTURE_OF = new Set([...'韩韓日美英泰港']);
/**
 * A product's regional edition (港版, 美版, 日版, 韩版, 台版 of a phone), a carmaker's country (日系,
 * 德系, 美系, 韩系) and a country's visa (美签, 日签证, 英簽): the country, when the character after
 * starts no word of its own (美|版本 is a version; 美|系列 a series).
 */
const EDITION_OF = new Set([...CULTURE_OF, '台', '臺']);
/** Teams and athletes (港隊, 港將), things made (港產, 美產), netizens (韓網), leagues (日職) and specifications (美規) by the country they are of. */
const TEAM_OF = new Set([...'港台臺韩韓美英泰澳']);
const MADE_OF = new Set([...'港台臺韩韓美英泰澳德']);
const NETIZENS_OF = new Set([...'港台臺韩韓日美']);
const LEAGUE_OF = new Set([...'日韩韓美']);
const SPEC_OF = new Set([...'美日韩韓台臺']);
// A Map, not an object: a character that is no key of an object (most are none) is a new string
// each time, never interned, and the object's lookup of it was the costliest line of these rules.
const COMPOUND_OF: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    队: TEAM_OF, 隊: TEAM_OF, 将: TEAM_OF, 將: TEAM_OF, 产: MADE_OF, 產: MADE_OF, 网: NETIZENS_OF, 網: NETIZENS_OF,
    职: LEAGUE_OF, 職: LEAGUE_OF, 规: SPEC_OF, 規: SPEC_OF,
  }),
);
const MAKE_OF = new Set([...'日美德韩韓法英意']);
const VISA_OF = new Set([...'美日韩韓英澳泰']);
/**
 * Verbs of coming and going before 港 and 台 (來港, 回港, 抵港, 留港消費, 來台, 返臺, 赴台), and for
 * 台 also 在 (在台消费), 全 ("all of", 全台) and 環 ("around", 環台): the place, when the segmenter binds
 * the abbreviation to the verb (來|港, 全台) and not to a word after it (後來|台風, 在|台上, 來|港口).
 * Not 在港 or 离港, as often a ship in port; nor 港 after any of them in a sentence about ships
 * (渔船已全部回港避风), or about cargo reaching port (这批锂精矿预计下周抵港).
 */
const COME_AND_GO = new Set([...'来來回返留抵']);
const TAIWAN_PLACE_BEFORE = new Set([...'在全環环']);
const SHIPS = /船|艦|舰|輪|轮|貨櫃|货柜|集装箱|集裝箱|碼頭|码头|货物|貨物|精矿|精礦|矿石|礦石|原油|煤炭/;
/** 惠台, 惠港, 助台: a verb of help that starts its own word (惠|台 措施; not 优惠|台, 协助|台). */
const HELP_BEFORE = new Set([...'惠助']);
/** The people of a place: 港人, 台胞, 台生 (a student from Taiwan), 台人; not 港人员, 台人士 read on. */
const PEOPLE_AFTER_TAIWAN = new Set([...'胞生人']);

/**
 * 澳 is Macao's own short name as well as Australia's (访澳旅客, 来澳, 在澳 in Macao's news), and
 * the dataset gives it to Australia only: on a page that names Macao (or speaks as Hong Kong and
 * Macao do: 港澳, 内地 for the mainland, 氹仔) and never Australia in full,
 * a 澳 the rules would keep is set aside. The answer is kept for the last text read, so a page is
 * searched once.
 */
const MACAO_NAME = /澳[门門]|港澳|本澳|氹仔|路氹|內地|内地/;
/** Australia in full, or paired with China (中澳: Macao is no partner of China's). */
const AUSTRALIA_NAME = /澳大利[亚亞]|澳洲|中澳/;
let macaoPageText: string | undefined;
let macaoPageAnswer = false;
/** 港 as Hong Kong, not a port's word (港口, 港湾, 港务, 港区). */
const HONG_KONG_NEAR = /港(?![口湾灣务務区區])/;
function macaoPage(text: string): boolean {
  if (text !== macaoPageText) {
    macaoPageText = text;
    macaoPageAnswer = MACAO_NAME.test(text) && !AUSTRALIA_NAME.test(text);
  }
  return macaoPageAnswer;
}

/** A county's, a city's or a firm's suffix after a two-character name (华安县, 华云公司). */
const NAME_SUFFIX_AFTER = /^(?:[县縣市镇鎮乡鄉]|公司|集团|集團|矿业(?!务)|礦業(?!務)|股份(?!额|額))/;
/** Characters that make a word with 法 after them: 无法, 设法, 办法, 没法. */
const FA_WORD_BEFORE = new Set([...'无無设設办辦没沒']);
/** Second characters of words 相 starts (相继, 相互, 相同, 相当, 相应, 相对, 相比, 相似, 相近, 相信, 相处, 相连, 相结合). */
const XIANG_WORD_SECOND = new Set([...'继繼互同当當应應对對比似近信处處连連结結映伴遇距差']);
/** An envoy, an embassy or a correspondent after 駐中: 大使, 使館, 代表, 記者. */
const ENVOY_AFTER = /^(?:大使|使[馆館]|代表|[记記]者)/;
/** What one goes to a country to do: 赴中投资, 赴中访问, 赴中留学. */
const PURPOSE_AFTER = /^(?:投资|投資|访问|訪問|交流|留学|留學|考察|经商|經商|工作|参访|參訪|旅游|旅遊|办厂|辦廠|设厂|設廠|演出|求学|求學)/;
/** What a visit to China (訪中) stands before: the end of its clause, 的, 之, 行程, 意願, 期間. */
const VISIT_CHINA_AFTER = /^(?:$|[，。！？；、,.!?;:：」』”"）)]|的|之|行程|意[愿願向]|期[间間])/;
/** Words 访 ends whose 访中 is "during" (采访中, 出访中, 互访中): an interview, a trip, visits. */
const DURING_VISIT_BEFORE = new Set([...'采採专專暗查走拜回寻尋探家出来來互参參到造随隨踏电電面约約夜重复復巡私普']);
/** What 对中 is the object of: a policy, an attitude, a stance, tariffs, exports, trade, sanctions. */
const POLICY_AFTER = /^(?:政策|态度|態度|立场|立場|关税|關稅|出口|贸易|貿易|制裁|强硬|強硬)/;
/** 产城 or 產城 at `at` (industry and city, as in 港产城融合), not 产城市 (a city drama made somewhere). */
function industryAndCity(text: string, at: number): boolean {
  const ch = text.charAt(at);
  return (ch === '产' || ch === '產') && text.charAt(at + 1) === '城' && text.charAt(at + 2) !== '市';
}
/** Possessions named by their ruler: 法属新喀里多尼亚, 英屬開曼, 美属萨摩亚 (not 法属于, a law belongs to). */
const RULED_BY = new Set([...'法英美荷丹葡']);

/**
 * Abbreviations that name their country with 國 after them in Taiwan's and Hong Kong's press (墨國,
 * 菲國, 加國, 烏國): a strong ones' X國 is a full name in the dataset (美國, 泰國); 越國 is a kingdom
 * of the past, 中國 a name. The weak ones (以國, 柬國, 委國) go by their own rule, with the name.
 */
const COUNTRY_BY_GUO = new Set([...'墨菲加澳乌烏缅緬荷智哈沙土蒙秘']);
/** What is done in Vietnam, or who lives there, after 在越: 投资, 设厂, 经营, 务工, 华人, 中企. */
const IN_VIETNAM_AFTER = /^(?:投资|投資|设|設|建厂|建廠|开设|開設|开展|開展|经营|經營|生产|生產|工作|务工|務工|留学|留學|华|華|中企|中资|中資|企业|企業|部署|期间|期間|工厂|工廠|办厂|辦廠|注册|註冊)/;
/** What may follow a metal quoted on a board: a space, a colon or a figure (the cheap test before QUOTED_AFTER). */
const QUOTE_START = new Set([...' \u3000\t:：0123456789０１２３４５６７８９']);
/** A price right after a metal on a board: a space or a colon, then a figure (铅 1145.0/1150.0, 锡：26825). */
const QUOTED_AFTER = /^[ \u3000\t]*[:：]?[ \u3000\t]*[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?(?:[ \u3000\t/／]|元|美元|$)/;
/** What follows a 菲 that opens a foreign name or a word (菲利普, 菲尔普斯, 菲奥娜, 菲德尔, 菲佣, 菲薄, 菲林, 菲菲). */
const FEI_WORD_AFTER = new Set([...'利尔爾奥奧德茨林佣傭薄比力斯菲娜丽麗儿兒亚亞']);
/**
 * 对菲利普说, 与菲尔普斯, 在菲薄的预算下: after a preposition 菲 is the Philippines (对菲政策, 在菲部署)
 * unless it opens a name written in sounds (Philip, Phelps, Fiona) or a word of its own (菲薄, 菲林).
 */
function opensFeiWord(ch: string, after: string): boolean {
  return ch === '菲' && FEI_WORD_AFTER.has(after);
}
/** Malaysia as 馬國 when the text names it (馬國強 is also a man's name): 大馬, 馬來西亞. */
const MALAYSIA_NAMED = /马来西亚|馬來西亞|大[马馬](?!士革|路)/;

function abbreviation(input: SenseInput): Decision {
  const { text, start, end } = input;
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  const ch = input.surface;
  // 墨國, 菲國: the country by its abbreviation and 國, when 國 starts no word (墨|國際, 加|國家)
  // and the abbreviation ends no word (參加|國, 本土|國家); 馬國 only with Malaysia named.
  if ((after === '國' || after === '国') && (COUNTRY_BY_GUO.has(ch) || ((ch === '馬' || ch === '马') && MALAYSIA_NAMED.test(text)))) {
    return wordGoesOn(text, end) || wordEndingAt(text, start) !== undefined ? drop('second-half-of-word') : keep('country-by-guo');
  }
  // 賴清德總統: a man's name (a surname, two given characters, the last an abbreviation) before his
  // title, not Germany's president; not after an abbreviation (中德總理) or a preposition (與德總統).
  if (TITLE_OR_REGION_START.has(after) && TITLED_SURNAMES.has(text.charAt(start - 2)) && /\p{Script=Han}/u.test(before) && !PAIRABLE.has(before) && !cue.ZH_ABBREV_BEFORE.has(before) && GOVERNMENT_AFTER.test(text.slice(end, end + 3))) {
    return drop('person-name');
  }
  if (WEAK_ABBREVIATIONS.has(ch)) return weakAbbreviation(input);
  // 无法, 设法, 办法, 没法: 法 ends a word of its own (cannot, a way), not France.
  if (ch === '法' && FA_WORD_BEFORE.has(before)) return drop('second-half-of-word');
  // 材料中使用: 中 the locative before 使用 (to use), not China's envoy (中使).
  if (ch === '中' && after === '使' && text.charAt(end + 1) === '用') return drop('locative');
  // 日领馆, 美領館: a country's consulate.
  // (Not a day before it: 昨日领馆, 当日领馆.)
  if ((after === '领' || after === '領') && (text.charAt(end + 1) === '馆' || text.charAt(end + 1) === '館') && !(ch === '日' && dateDayAt(text, start))) return keep('consulate');
  // 入华开展业务: 华 after 入 (entering China), unless 入 ends a word (收入, 加入, 出入).
  if ((ch === '华' || ch === '華') && before === '入' && wordEndingAt(text, start - 1) === undefined) return keep('after-preposition');
  // 中概股, 台概股: a market's concept stocks named by the country, as 美股 and 港股 (two characters, no segmenter).
  if (after === '概' && text.charAt(end + 1) === '股') return keep('compound');
  if ((after === '属' || after === '屬') && RULED_BY.has(ch) && /\p{Script=Han}/u.test(text.charAt(end + 1)) && !/[于於性]/.test(text.charAt(end + 1))) return keep('ruled-by');
  if ((ch === '韩' || ch === '韓') && ADDRESS_AFTER.test(text.slice(end, end + 2))) return drop('surname');
  // 耶和华 (Jehovah): a name whose 和 is no preposition before 华.
  if ((ch === '华' || ch === '華') && before === '和' && text.charAt(start - 2) === '耶') return drop('a name');
  // 不可稍有侵越, 侵越之: 侵越 the verb (to encroach), ending its clause or before 之, not an invasion of Vietnam (侵越战争).
  if (ch === '越' && before === '侵' && (end === text.length || ENCROACH_END_AFTER.test(after))) return drop('a verb: to encroach');
  // 与华安县政府, 对华云公司: 华 opening a place's or a firm's two-character name before its suffix, not China.
  if ((ch === '华' || ch === '華') && cue.ZH_ABBREV_BEFORE.has(before) && NAME_SUFFIX_AFTER.test(text.slice(end + 1, end + 4))) return drop('place-or-firm-name');
  if (/[对對赴访訪驻駐援]/.test(before) && AFTER_TRAVEL.has(ch) && !opensFeiWord(ch, after)) return keep('after-preposition');
  // 美对华加征关税, 日对韩出口管制: a country opening its clause and acting on another after 对 (not
  // 5日对, a day; nor 赛中对美国队, mid-phrase).
  if ((after === '对' || after === '對') && PAIRABLE.has(ch) && !LETTER_OR_DIGIT.test(before) && input.neighbours.some((n) => n.type === 'country' && n.start === end + 1)) {
    return keep('before-preposition');
  }
  // 日本駐中大使, 駐中使館: an envoy or embassy in China (駐中 alone is also 駐中部, in the centre).
  if (ch === '中' && (before === '驻' || before === '駐') && ENVOY_AFTER.test(text.slice(end, end + 2))) return keep('after-preposition');
  // 赴中投资, 赴中访问: going to China for a purpose (赴中部, 赴中央 go on with 部 or 央, no purpose).
  if (ch === '中' && before === '赴' && PURPOSE_AFTER.test(text.slice(end, end + 2))) return keep('after-preposition');
  // 訪中 (Taiwan's and Hong Kong's press for the mainland's 访华): a visit to China closing its clause
  // or before 的, 之, 行程, 意願 or 期間 (首次訪中。, 共同訪中的提議, 釋出訪中意願). Not the 中 of
  // "during" after an interview or a trip (採訪中, 專訪中, 出訪中, 來訪中, 互訪中, 走訪中, 參訪中).
  // (川普訪中: 川普 is Trump in Taiwan's press, not the 普 of 普访.)
  if (ch === '中' && (before === '访' || before === '訪') && !(DURING_VISIT_BEFORE.has(text.charAt(start - 2)) && text.slice(start - 3, start - 1) !== '川普') && VISIT_CHINA_AFTER.test(text.slice(end, end + 2))) {
    return keep('visit-china');
  }
  // 對中政策, 对中关税: China as the object of a policy, a tariff, exports or trade (not 对中小企业, 对中期).
  // 相 and 派 block only in 相对 and 派对, not after a minister or a faction (首相對中政策, 鷹派對中強硬).
  if (
    ch === '中' &&
    (before === '对' || before === '對') &&
    !/[比核校配绝絕]/.test(text.charAt(start - 2)) &&
    !(text.charAt(start - 2) === '相' && !/[首外财財防农農]/.test(text.charAt(start - 3))) &&
    !(text.charAt(start - 2) === '派' && !/[鹰鷹鸽鴿制硬党黨]/.test(text.charAt(start - 3))) &&
    POLICY_AFTER.test(text.slice(end, end + 2))
  ) {
    return keep('after-preposition');
  }
  // 折中方案: 折中 is a compromise, and its 中 no China before 方 (中方).
  // (几经周折中资企业, 波折中方: the 折 of 周折, 波折, 曲折, 转折 or 挫折, and 中 opens the next word.)
  if (ch === '中' && before === '折' && cue.ZH_ABBREV_AFTER.has(after) && !/[周波曲转轉挫]/.test(text.charAt(start - 2))) return drop('second-half-of-word');
  if (ch === '港' || TAIWAN.has(ch)) {
    const travel = COME_AND_GO.has(before) || (TAIWAN.has(ch) && TAIWAN_PLACE_BEFORE.has(before));
    const ships = ch === '港' && travel && SHIPS.test(text.slice(input.sentence.start, input.sentence.end));
    // 放在台面上, 上不了台面: the tabletop, not Taiwan after 在 (在台面临 stays: 面临 is "faces").
    const tabletop = TAIWAN.has(ch) && after === '面' && /^(?:[上下]|[^\p{Script=Han}]|$)/u.test(text.charAt(end + 1));
    if (travel && !ships && !tabletop && endsWordFrom(text, start - 1, end)) return keep('after-travel');
    if (HELP_BEFORE.has(before) && zhWordAt(text, start - 1)?.start === start - 1 && endsWordFrom(text, start - 1, end)) return keep('after-verb-of-relation');
  }
  // 港澳同胞, 港澳台学生: Hong Kong named with Macao (whose 澳 is set aside) and Taiwan after them.
  if (ch === '港' && after === '澳') return keep('hong-kong-and-macao');
  if (TAIWAN.has(ch) && before === '澳' && text.charAt(start - 2) === '港') return keep('hong-kong-and-macao');
  // 本港, 本澳: "this territory", Hong Kong's and Macao's own word for themselves, when 本 starts its
  // word (本港 or 本 alone: not 日本|港口, 基本|港). 本澳 is Macao, which 澳 does not name here: set aside.
  if (before === '本' && (ch === '港' || ch === '澳') && !PORT_WORD_SECOND.has(after) && zhWordAt(text, start - 1)?.start === start - 1) {
    return ch === '港' ? keep('this-territory') : drop('macao-abbreviation');
  }
  if (TAIWAN.has(ch) && MEASURE_BEFORE.has(before)) return drop('measure-word');
  // 台獨 (Taiwan independence), unless 台 ends a longer word (舞台|獨白, 電視台|獨家).
  if (TAIWAN.has(ch) && (after === '獨' || after === '独')) return endOfLongerWord(text, start) ? drop('second-half-of-word') : keep('taiwan-independence');
  // 朝東部海域, 朝東北方向: 朝 before a direction is "towards", not North Korea.
  if (ch === '朝' && /[东東西南北]/.test(after)) return drop('towards');
  // 抗台 is fighting a typhoon (台风).
  const typhoon = before === '抗' && TAIWAN.has(ch);
  const taken = !opensFeiWord(ch, after) && (before === '涉' ? TAKEN_BY_SHE.has(ch) : TRAVEL_OR_RELATION_BEFORE.has(before) && ch !== '中' && TAKEN_BY_VERB.has(ch) && !typhoon);
  // Another abbreviation right after it makes a list whose rules decide (对德智体美, virtue and
  // intellect); asked only after a verb, as is the segmenter.
  if (taken && !touchingNeighbours(input).some((n) => n.type === 'country' && n.start === end) && endsWordFrom(text, start - 1, end)) {
    return keep('after-verb-of-relation');
  }
  // 同日方加强沟通: after 同 (with), 日方 is Japan's side; 同日 (the same day) is followed by a time or a
  // clause, not by 方 (同日方面 and 同日方才 stay days).
  if (ch === '日' && before === '同' && after === '方' && !/[面才]/.test(text.charAt(end + 1))) return keep('compound');
  if (ch === '日' && dateDayAt(text, start)) return drop('day');
  // 今(13)日美國務院: a date's numeral in brackets before 日.
  if (ch === '日' && (before === ')' || before === '）') && /[0-9０-９][)）]$/.test(text.slice(start - 2, start))) return drop('day');
  if (language(text, start, end)) return drop('language');
  const decision = inContext(input);
  if (decision.why === 'pair' && firmBeforeStaff(input)) return drop('firm-name');
  // 美 of 欧美 ends the word 欧美 and is still the US; so does 美 of 在美 (a preposition of place).
  // The segmenter is asked only about a match kept so far, which is rare next to those dropped.
  const bloc = ch === '美' && (before === '欧' || before === '歐');
  const placed = cue.ZH_ABBREV_BEFORE.has(before) && STRONG_AFTER_PREPOSITION.has(ch) && ch !== '日' && ch !== '中';
  // 合同法|相关规定: a 法 that ends a law's name, mid-phrase, before 相关 (related) is that law, not
  // France's minister (法相); one opening its phrase stays a country (对美相关部门, 。美相关部门). The 同
  // of 合同 ends a word and is no preposition (the segmenter is asked only in this rare case).
  if (
    decision.why === 'compound' &&
    after === '相' &&
    text.charAt(end + 1) === '关' &&
    /\p{Script=Han}/u.test(before) &&
    !PHRASE_OPENERS.has(before) &&
    (!cue.ZH_ABBREV_BEFORE.has(before) || wordEndingAt(text, start - 1) !== undefined)
  ) {
    return drop('second-half-of-word');
  }
  // 格林美|相继, 日|相对: 相 starting a word of its own (相继, 相互, 相比) is no minister (美相, 日相),
  // when the character before ends a name or word (a Han character that opens no phrase).
  if (decision.why === 'compound' && after === '相' && XIANG_WORD_SECOND.has(text.charAt(end + 1)) && /\p{Script=Han}/u.test(before) && !PHRASE_OPENERS.has(before) && !cue.ZH_ABBREV_BEFORE.has(before)) {
    return drop('second-half-of-word');
  }
  if (decision.verdict === 'keep' && TAIWAN.has(ch)) {
    if (endOfLongerWord(text, start)) return drop('second-half-of-word');
    // 电视|台|方面: the compound character starts a word of its own (方面), as it rarely does after a country.
    if (decision.why === 'compound' && wordGoesOn(text, end)) return drop('compound-starts-word');
  }
  // 大英 is read as one word, and it is the name itself.
  // 两个月前日方: the segmenter reads 前日 as a word, which `timeWordBefore` has ruled out.
  if (decision.verdict !== 'keep' || bloc || placed || decision.why === 'historic-name' || (ch === '日' && timeWordBefore(text, start)) || !secondHalfOfWord(input)) return decision;
  // The segmenter's reading is one signal among others: 多家中企 is read 多|家中|企, yet 中企 is a
  // Chinese company. So a second half of a word stays a country only by a compound character that
  // stands alone (企), not one that starts a word (审美|方面, 立法|方面); and a 日 that ends a word
  // is a day (来日方长, 昔日) whatever follows.
  // 台 ends so many words (平台, 舞台, 出台, 电视台) that it is never Taiwan there: 平台|方 is the platform's side.
  const endsWords = ch === '日' || TAIWAN.has(ch);
  return !endsWords && cue.ZH_ABBREV_AFTER.has(after) && !wordGoesOn(text, end) ? keep('compound') : drop('second-half-of-word');
}

/**
 * 以, 老, 巴, 伊, 柬 (zh-weak-abbreviations.ts), on a page that names the country or in a pair
 * with one reading (巴以), or 老 and 柬 in a pair of their own: a country in a pair before a word
 * of relations (中以关系, 印巴边境) that the tests of an ordinary pair allow (not 比赛中|以合作取胜,
 * a locative and a preposition), or as a side or an army that starts no other word (巴方, 以军;
 * not 以方便, 以军人身份).
 */
function weakAbbreviation(input: SenseInput): Decision {
  const { text, start, end } = input;
  if (arabIsraeliPair(text, start)) return keep('pair');
  const named = weakAbbreviationNamed(text, start, input.entityId);
  if (!named && sideAnsweringSide(text, start, end)) return keep('side-answering-side');
  if (!named && !PAIRED_WITHOUT_NAME.has(input.surface)) return drop('abbrev-without-context');
  const touching = touchingNeighbours(input).filter((n) => n.type === 'country' && n.end - n.start === 1);
  const partnerAfter = touching.some((n) => n.start === end);
  // With no partner after, the one touching it is before it, and the tests of a pair's first half apply to it.
  if (touching.length > 0 && pairNamesCountries(text, partnerAfter ? end + 1 : end)) {
    // (A rare one after 中 needs no phrase opened before it: 推动中葡关系, 庆祝中匈建交; nor one before a
    // joint work only two countries have, 推进中巴经济走廊, but 以, the preposition of 在…中以友谊为重.)
    const opened =
      text.charAt(start - 1) === '中' && (RARE_PAIRED.has(input.surface) || (input.surface !== '以' && bilateralWorkAfter(text, end))) ? true : opensPhrase(text, start - 1);
    if (partnerAfter ? !endsWordBefore(text, start) : opened && !partnerEndsWord(input) && !degreeBefore(text, start - 1) && !partnerTaken(input)) return keep('pair');
  }
  // 卫星国, 明星队: a 星 that ends a word before it (a satellite, a star) is no Singapore.
  const endsWord = input.surface === '星' && /\p{Script=Han}/u.test(text.charAt(start - 1)) && !cue.ZH_ABBREV_BEFORE.has(text.charAt(start - 1));
  // (以军方发言人: 军方 goes on as a word, and still the army speaks; 以军方名义 is 以 the preposition.)
  return named && !endsWord && sideOrArmyAfter(text, end) && (!wordGoesOn(text, end) || armySpeaksAfter(text, end)) ? keep('compound') : drop('abbrev-without-context');
}

/**
 * Whether the weak abbreviation at `pos` ends a word with the character before it (请柬|中, 嘴巴|以):
 * the word's second half, no first half of a pair. Not after a preposition, a verb of travel or a
 * join (访柬, 与巴), nor where a phrase opens (的, 之, 把); the segmenter is asked only then.
 */
function endsWordBefore(text: string, pos: number): boolean {
  const before = text.charAt(pos - 1);
  return /\p{Script=Han}/u.test(before) && !cue.ZH_ABBREV_BEFORE.has(before) && !PHRASE_OPENERS.has(before) && wordEndingAt(text, pos) !== undefined;
}

/**
 * Whether the segmenter reads the character at `pos` as the end of a longer word (电视台, 平台),
 * whether or not its last two characters are a word of their own: asked only of a 台 kept so far.
 */
function endOfLongerWord(text: string, pos: number): boolean {
  const word = zhWordAt(text, pos);
  return word !== undefined && word.start < pos && word.end === pos + 1;
}

/**
 * Abbreviations that make a run of countries with no join (英法德, 美加墨): not 港, whose 澳 is
 * Macau and whose 台 is Taiwan (港澳台 names three places, one of them a country by the data's
 * count only).
 */
const RUN_MEMBERS = new Set([...PAIRABLE].filter((c) => c !== '港'));

/**
 * How many different one-character abbreviations stand in a row around the match with nothing
 * between them (英法德领导人: three; 哈哈哈 is laughter, one character three times). A run glued to
 * a Han character before it that opens no phrase is inside a longer name (恩加德乌, a player's
 * name), unless a count or a word of relations after it says it names countries (访问英法德三国).
 */
function runOfAbbreviations(input: SenseInput): number {
  const { text } = input;
  const seen = new Set([input.surface]);
  let left = input.start;
  let right = input.end;
  for (let grew = true; grew; ) {
    grew = false;
    for (const n of input.neighbours) {
      if (n.type !== 'country' || n.end - n.start !== 1) continue;
      const c = text.charAt(n.start);
      if (!RUN_MEMBERS.has(c) || seen.has(c) || (n.end !== left && n.start !== right)) continue;
      seen.add(c);
      if (n.end === left) left = n.start;
      else right = n.end;
      grew = true;
    }
  }
  if (!RUN_MEMBERS.has(input.surface)) return 0;
  if (seen.size >= 3 && !opensRun(text, left)) {
    const ahead = text.slice(right, right + 4);
    if (!COUNTED.test(ahead) && !cue.ZH_RELATIONS_AFTER.test(ahead)) return 0;
  }
  return seen.size;
}

/** Whether a run of abbreviations starting at `left` opens its phrase: no Han character before it, or a join, preposition or 的. */
function opensRun(text: string, left: number): boolean {
  const before = text.charAt(left - 1);
  return !/\p{Script=Han}/u.test(before) || cue.ZH_ABBREV_BEFORE.has(before) || PHRASE_OPENERS.has(before) || LIST_JOINS.has(before);
}

/**
 * Whether the segmenter binds the abbreviation before `end` to the verb at `from`: its word ends
 * with it and starts no earlier than the verb (援|乌, 抗日|战争), or is the verb and the abbreviation
 * as a word of their own followed by a word of two characters or more, read whole (抗日戰爭 in
 * traditional characters; not 向日葵, where 向日 is no word and 葵 is one character).
 */
function endsWordFrom(text: string, from: number, end: number): boolean {
  const word = zhWordAt(text, end - 1);
  if (word === undefined || word.start < from) return false;
  if (word.end === end) return true;
  return word.start === from && word.end - end >= 2 && zhWordAt(text.slice(from, end), 0)?.end === end - from;
}

/**
 * 日 before a character of a day's word (日出) that the segmenter reads as a word of one
 * character: 画面中日出 is "the sunrise in the picture", while in 中日|出口 出 starts 出口.
 * Without a segmenter, no.
 */
function dayWord(text: string, pos: number): boolean {
  if (!dayCompound(text.charAt(pos), text.charAt(pos + 1))) return false;
  const next = zhWordAt(text, pos + 1);
  return next !== undefined && next.start === pos + 1 && next.end === pos + 2;
}

/** Second characters of a port's words: 港口, 港湾, 港區, 港务, 港航. */
const PORT_WORD_SECOND = new Set([...'口湾灣区區务務航']);

/**
 * Whether the abbreviation at `pos` belongs to a word that goes on after it rather than to a pair:
 * a day's 日 (画面中|日出), a 台 that starts a word of two (美|台词, 美|台风: 台 starts so many),
 * or a character that starts a word of three or more holding no other country (活动中|德高望重,
 * but not 英法联军).
 */
function startsOtherWord(input: SenseInput, pos: number): boolean {
  const { text } = input;
  if (dayWord(text, pos)) return true;
  // 美日|港口合作: 港 of a port's words (港口, 港湾, 港区, 港务, 港航) is a harbour, not Hong Kong.
  if (text.charAt(pos) === '港' && PORT_WORD_SECOND.has(text.charAt(pos + 1))) return true;
  // A country right after it would be inside any such word, which then holds another country:
  // the first half of a pair (中|美) needs no segmenter.
  if (input.neighbours.some((n) => n.type === 'country' && n.start === pos + 1)) return false;
  // Asked only next to another abbreviation, which is rare, so the segmenter reads the context
  // without a dictionary pair to gate it (德高 is no word of its own).
  const word = zhWordAt(text, pos);
  if (word === undefined || word.start !== pos) return false;
  const shortest = TAIWAN.has(text.charAt(pos)) ? 2 : 3;
  return word.end - pos >= shortest && !input.neighbours.some((n) => n.type === 'country' && n.start > pos && n.start < word.end);
}

/**
 * The rules of pairs, lists, compounds and prepositions, before the segmenter has a say. Next to
 * another abbreviation, a word that starts at this one (活动中|德高望重) overrides every reading
 * of it; the segmenter is asked that only of a match some rule keeps, since each read costs more
 * than all the rules around it and most such matches are dropped anyway.
 */
function inContext(input: SenseInput): Decision {
  const neighbourAbbrev = touchingNeighbours(input).some((n) => n.end - n.start === 1);
  const decision = contextRules(input, neighbourAbbrev);
  return decision.verdict === 'keep' && neighbourAbbrev && startsOtherWord(input, input.start) ? drop('start-of-word') : decision;
}

/**
 * Whether the abbreviation before the weak one at `input.start` belongs elsewhere: a day's 日
 * (12日|以合作共赢为主题), or the second half of a pair before it (中美|以两国人民的利益为重).
 */
function partnerTaken(input: SenseInput): boolean {
  const { text, start } = input;
  if (dateDayAt(text, start - 1)) return true;
  return input.neighbours.some((n) => n.type === 'country' && n.end === start - 1 && n.end - n.start === 1);
}

/**
 * Whether a 中 at `pos` opens its phrase (at a clause's start, after a join, a preposition or 的),
 * as the first half of a pair with a weak abbreviation must: after another word it is the
 * locative "in", and the 以 after it a preposition (在竞争中|以合作求共赢). Any other character
 * is not in question.
 */
function opensPhrase(text: string, pos: number): boolean {
  if (text.charAt(pos) !== '中') return true;
  const before = text.charAt(pos - 1);
  // The joins of a list (和, 与, 及, 同) are among the prepositions; 、 is no Han character.
  return !/\p{Script=Han}/u.test(before) || cue.ZH_ABBREV_BEFORE.has(before) || PHRASE_OPENERS.has(before);
}

/**
 * Whether 对 (against, toward) stands at `pos`, right after a pair, with another country matched
 * right after it: 英法|对|德作战. A pair that faces a third country is two countries.
 */
function againstCountry(input: SenseInput, pos: number): boolean {
  const c = input.text.charAt(pos);
  if (c !== '对' && c !== '對') return false;
  return input.neighbours.some((n) => n.type === 'country' && n.start === pos + 1);
}

/** The abbreviations that may open a clause as its subject before a verb of stating (俄承认, 美宣布). */
const STATING_SUBJECT = new Set([...'美俄']);
/** The first characters of those verbs, for the check before the rules. */
const STATING_VERB_START = [...new Set(cue.ZH_CAPITAL_VERBS.map((v) => v.charAt(0)))];

/** 发 of 美发 (hairdressing), and what the US issues after 发表: a statement, a speech, an article, a report. */
const HAIR = new Set([...'发發']);
const ISSUED = /^(?:声明|聲明|讲话|講話|文章|评论|評論|报告|報告|联合|聯合|公告|谈话|談話)/;

/** The Soviet Union's one character (苏联, 蘇聯). */
const SOVIET = new Set([...'苏蘇']);

/**
 * Whether 美 or 中 at [start, end) pairs with the Soviet Union's 苏 next to it before a count or a
 * word of relations: 美苏两国, 中苏同盟, 苏美关系. 苏 before 中 is left alone (苏中 is central
 * Jiangsu), and 中 must open its phrase.
 */
function sovietPair(text: string, start: number, end: number, ch: string): boolean {
  if (ch !== '美' && ch !== '中') return false;
  let pairEnd: number;
  if (SOVIET.has(text.charAt(end))) pairEnd = end + 1;
  else if (ch === '美' && SOVIET.has(text.charAt(start - 1))) pairEnd = end;
  else return false;
  if (ch === '中' && !opensPhrase(text, start)) return false;
  const ahead = text.slice(pairEnd, pairEnd + 4);
  return COUNTED.test(ahead) || cue.ZH_RELATIONS_AFTER.test(ahead);
}

/** Nouns the locative 中 closes (实践中, 实务中): in practice. (过程中 has its own rules, before a side.) */
const LOCATIVE_NOUN_BEFORE = /(?:实践|實踐|实务|實務)$/;
/** Characters after which a noun phrase starts: 的, 之, 于 (关于), 就, 将, 把, 为. */
const PHRASE_OPENERS = new Set([...'的之于於就将將把为為']);
/**
 * The rare abbreviations that pair with 中 in no ordinary word (中葡, 中匈, 中丹): their pair before a
 * word of relations names the two countries even mid-phrase (推动中葡关系, 新时代中柬命运共同体; 柬 is
 * otherwise only in 请柬), where 中以 may be 赛中|以.
 */
const RARE_PAIRED = new Set([...'葡匈捷丹芬挪叙敘黎孟坦柬']);

/**
 * A weak abbreviation right against this one at `pos` (中|以关系, 泰|柬边境, 印|巴边境, 土|以关系)
 * whose pair stands before a word of relations, as its own rule asks.
 */
function weakPartnerAt(input: SenseInput, pos: number): boolean {
  if (!WEAK_ABBREVIATIONS.has(input.text.charAt(pos))) return false;
  if (pos === input.end && !opensPhrase(input.text, input.start) && !(input.surface === '中' && RARE_PAIRED.has(input.text.charAt(pos)))) return false;
  if (!touchingNeighbours(input).some((n) => n.type === 'country' && n.start === pos && n.end === pos + 1)) return false;
  // 中吉乌铁路: the word of relations or of a joint work comes after the whole run of abbreviations.
  let runEnd = Math.max(pos + 1, input.end);
  while (input.neighbours.some((n) => n.type === 'country' && n.start === runEnd && n.end === runEnd + 1)) runEnd++;
  return pairNamesCountries(input.text, runEnd);
}

function contextRules(input: SenseInput, neighbourAbbrev: boolean): Decision {
  const { text, start, end } = input;
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  const ch = input.surface;
  // 日出 is sunrise, but in 中日出口 the 日 closes a pair of countries and 出口 is the next word.
  if (dayCompound(ch, after) && !(neighbourAbbrev && pairedWith(before, ch) && !dayWord(text, start))) return drop('day');
  // 在實踐中股份轉讓, 实务中股权: 中 after a noun that takes the locative (in practice) closes it; it
  // starts no compound (中股) there.
  if (ch === '中' && LOCATIVE_NOUN_BEFORE.test(text.slice(Math.max(0, start - 2), start))) return drop('locative');
  // 英美法系, 大陆法系: 法系 is a family of legal systems, its 法 law, not France (not 中法系列活动, a
  // series, nor 法系车 and 法系品牌, French makes of car).
  if (ch === '法' && after === '系' && !/^(?:列|[车車](?![辆輛祸禍])|品牌|车型|車型|车企|車企)/.test(text.slice(end + 1, end + 3))) return drop('legal-family');
  // The segmenter's questions come last in each condition (they are the costly ones).
  if (
    neighbourAbbrev &&
    (((pairedWith(before, ch) || weakPartnerAt(input, start - 1)) && !dateDayAt(text, start - 1) && !degreeBefore(text, start - 1) && !locativeBeforeSide(text, start - 1) && !partnerEndsWord(input)) ||
      ((pairedWith(after, ch) || weakPartnerAt(input, end)) && !degreeBefore(text, start) && !locativeBeforeSide(text, start) && !startsOtherWord(input, end))) &&
    !inCityName(text, start) &&
    !taichung(text, start)
  )
    return keep('pair');
  // 朝韩关系, 德法冲突: two of the less common abbreviations pair up before a word of relations;
  // so does Taiwan's 台 with one of them (台韓之戰, 台澳關係), as it does with a strong one.
  if (neighbourAbbrev && (PAIRABLE.has(ch) || TAIWAN.has(ch))) {
    const pairEnd = (PAIRABLE.has(after) || TAIWAN.has(after)) && touchingNeighbours(input).some((n) => n.start === end && n.end === end + 1) ? end + 1 : end;
    const partner = pairEnd > end ? after : before;
    const pairable = (PAIRABLE.has(partner) && PAIRABLE.has(ch)) || (TAIWAN.has(ch) && PAIRABLE.has(partner)) || (TAIWAN.has(partner) && PAIRABLE.has(ch));
    if (pairable && cue.ZH_RELATIONS_AFTER.test(text.slice(pairEnd, pairEnd + 3))) return keep('pair');
    // 英法对德作战, 美日对华: a pair facing a third country across 对 is two countries on one side.
    if (PAIRABLE.has(partner) && partner !== ch && againstCountry(input, pairEnd)) return keep('pair');
  }
  // 美苏两国, 中苏同盟, 苏美关系: the Soviet Union's 苏 is no match of its own (苏州, 江苏), but
  // beside 美 or 中 and before a count or a word of relations it is the other side of a pair.
  if (sovietPair(text, start, end, ch)) return keep('pair');
  // 俄承认, 美宣布: Russia or the US opening its clause as the subject of a verb of stating, as a
  // capital stands for its government (北京宣布). Not 韩, which is as often a surname (韩表示).
  // (美发 is hairdressing: 美发表演 is a show, 美发表声明 the US.)
  if (STATING_SUBJECT.has(ch) && !LETTER_OR_DIGIT.test(before) && cue.ZH_CAPITAL_VERBS.some((v) => text.startsWith(v, end)) && !(ch === '美' && HAIR.has(text.charAt(end)) && !ISSUED.test(text.slice(end + 2, end + 4)))) return keep('subject-of-statement');
  // A list needs a neighbour joined to this one: 英、美 or 美英 or 英和美. (Not Taiwan's cities in a
  // list of places with the capital: 台北、台中、高雄, 台北、台中和台南.)
  if ((LIST_JOINS.has(before) || LIST_JOINS.has(after) || neighbourAbbrev) && input.neighbours.length && !taichung(text, start)) {
    const list = listAround(input);
    // 英、美、俄、法: three or more set off by 、 are an enumeration of countries; two need a count after them.
    if ((list.members >= 3 && list.enumerated) || (list.members >= 2 && COUNT_START.has(text.charAt(list.end)) && COUNTED.test(text.slice(list.end, list.end + 4)))) return keep('country-list');
    if (neighbourAbbrev && runOfAbbreviations(input) >= 3) return keep('country-list');
    // 涵蓋日、韓航線, 在港、臺: two set off by 、, one of them China, Japan, Russia, Hong Kong or Taiwan
    // (not 德、美, virtue and beauty), before no language's 文 or 语 (中、英文) and no translation or
    // edition (英、法译本).
    if (list.members === 2 && list.enumerated && !/[文语語译譯版字]/.test(text.charAt(list.end))) {
      const partner = text.charAt(end) === '、' ? text.charAt(end + 1) : text.charAt(start - 2);
      if (TWO_LIST_ANCHOR.has(ch) || TWO_LIST_ANCHOR.has(partner)) return keep('country-list');
      // 英、法扩大战争: Britain anchors such a list too where the list opens its phrase, so that
      // a name ending in 英 (那英、韩红, two singers) is not read as Britain.
      if ((ch === '英' || partner === '英') && opensRun(text, text.charAt(end) === '、' ? start : start - 2)) return keep('country-list');
    }
  }
  if (cue.ZH_ABBREV_AFTER.has(after) && !(ch === '日' && after === '使')) return keep('compound');
  // 大清和大英, 让与大英: Britain's old name (大英帝国), not 大英雄 or a word of 英 (英才, 英镑).
  if (ch === '英' && before === '大' && !WORD_OF_YING_AFTER.has(after)) return keep('historic-name');
  // 俄人东略, 英人, 日人手中: a people named by its country, as history writes them (not 人员, 人士, 人民).
  if (after === '人' && PEOPLE_NAMED.has(ch) && !PEOPLE_WORD_AFTER.has(text.charAt(end + 1))) return keep('compound');
  // 港人, 台胞, 台生: the people of the place (not 港人员, 台人士, which read on).
  if (((ch === '港' && after === '人') || (TAIWAN.has(ch) && PEOPLE_AFTER_TAIWAN.has(after))) && !/[员員士]/.test(text.charAt(end + 1))) return keep('compound');
  if (((after === '版' && EDITION_OF.has(ch)) || (after === '系' && MAKE_OF.has(ch))) && !wordGoesOn(text, end)) return keep('edition-or-make');
  if ((after === '签' || after === '簽') && VISA_OF.has(ch) && (/[证證]/.test(text.charAt(end + 1)) || !wordGoesOn(text, end))) return keep('visa');
  if (TITLE_OR_REGION_START.has(after) && ch !== '中' && ch !== '华' && ch !== '華') {
    const ahead = text.slice(end, end + 3);
    if (GOVERNMENT_AFTER.test(ahead)) return keep('government');
    if (REGION_AFTER.test(ahead)) return keep('region');
  }
  // 港隊, 台將 (a team, its athletes), 港產片, 美產 (made in), 韓網, 日網友 (its netizens), 日職, 美職
  // (its professional league), 美規車 (its specification): the country, when the character after
  // starts no word of its own (港|隊長 still reads 港隊; 美|網球 does not). Not 中: 中隊, 中將, 中產
  // and 中職 (Taiwan's league) are no China.
  // Not 产城 (industry and city): 港产城融合 is a port joined with its industry and its city, no film
  // made in Hong Kong (港产片 and 港产城市剧 still are).
  const compoundOf = COMPOUND_OF.get(after);
  if (compoundOf !== undefined && compoundOf.has(ch) && !wordGoesOn(text, end) && !industryAndCity(text, end)) return keep('team-make-or-netizens');
  // 临港片区 is a zone (片区), not a Hong Kong film.
  if (CULTURE_AFTER.has(after) && CULTURE_OF.has(ch) && !wordGoesOn(text, end) && !(after === '片' && /[区區]/.test(text.charAt(end + 1)))) return keep('culture');
  // 在日华人, 旅日: after a preposition of place 日 is Japan when the segmenter reads it alone
  // (not 在日常生活, 来日方长).
  if (ch === '日' && /[在旅留]/.test(before) && standsAlone(text, start)) return keep('after-preposition');
  // 在越投资, 在越华人: 越 is Vietnam after 在 only before what is done or who lives there, as 越 opens so
  // many words and comparisons (在越来越激烈的竞争中, 在越发复杂的形势下, 在越剧团, 在越大的城市).
  if (ch === '越' && before === '在' && IN_VIETNAM_AFTER.test(text.slice(end, end + 2)) && standsAlone(text, start)) return keep('after-preposition');
  // 中外合资, 中外记者: China and abroad.
  if (ch === '中' && after === '外') return keep('china-and-abroad');
  // 中印尼“两国双园”, 中老挝关系: 中 opening its phrase right against a country's full name, before
  // a word of relations or the two states or sides, is China paired with it (not 会谈中|印尼方面,
  // where 中 closes a locative; after 了 it opens a verb's object: 发布了中印尼…).
  if (ch === '中' && (opensPhrase(text, start) || before === '了')) {
    const name = input.neighbours.find((n) => n.type === 'country' && n.start === end && n.end - n.start >= 2);
    if (name && (cue.ZH_RELATIONS_AFTER.test(text.slice(name.end, name.end + 3)) || TWO_STATES_AFTER.test(text.slice(name.end, name.end + 4)))) return keep('pair-with-name');
  }
  // 中拉论坛, 中拉关系: China and Latin America, before a word of relations (not 赛中拉开, 手中拉着);
  // 中阿合作论坛 is China and the Arab states the same way (not 赛季中阿森纳).
  // (阿 starts many words and names, so 中 must also open its phrase: not 过程中|阿联合…)
  // (中拉双方, 中拉整体合作, 中拉全面合作伙伴关系: both sides, or cooperation as a whole, name the two as
  // well; not 在斡旋中拉双方, where 中 closes 在…中 and 拉 is the verb pulling both sides.)
  if (ch === '中' && (after === '拉' || after === '阿')) {
    const relations = cue.ZH_RELATIONS_AFTER.test(text.slice(end + 1, end + 4));
    const bothSides = BOTH_SIDES_AFTER.test(text.slice(end + 1, end + 5));
    const during = bothSides && after === '拉' && /[在於于][^，。；,;！？]{1,6}$/.test(text.slice(Math.max(0, start - 7), start));
    const opens = after === '阿' ? opensPhrase(text, start) : !during;
    if ((relations || bothSides) && opens) return keep('bloc-pair');
  }
  // 美欧, 美西方, 欧美, 中非 (China and Africa): paired with a bloc or a continent rather than a country.
  if (STRONG.has(ch) && (BLOC_AFTER.has(after) || (after === '西' && text.charAt(end + 1) === '方') || (ch === '美' && (before === '欧' || before === '歐')))) return keep('bloc-pair');
  // "在华日企", "来美": a preposition of place makes the common abbreviations a country; after 和 or
  // 与, 韩 is the surname of the name after it (他和韩梅梅, 与韩寒) unless a word starts after it
  // (与韩|合作) or a compound's character follows (与韩方).
  if (cue.ZH_ABBREV_BEFORE.has(before) && STRONG_AFTER_PREPOSITION.has(ch) && ch !== '日' && ch !== '中' && !opensFeiWord(ch, after) && !surnameAfterJoin(text, start, end) && !joinMakesWord(input)) {
    return keep('after-preposition');
  }
  return drop('abbrev-without-context');
}

/**
 * Characters on either side of an abbreviation that some rule of `abbreviation` and `inContext`
 * reads: a verb or preposition before it, a join of a list, a compound's, a language's, a bloc's,
 * a title's or a culture's character after it. The rules' own sets, joined, so that a rule that
 * reads a new set is seen here when that set is added to the list below.
 */
// (阿 before 以: the Arab-Israeli pair, arabIsraeliPair.)
const READ_BEFORE = codeSet([...'对對赴访訪驻駐援涉在旅留欧歐本澳大入阿', ...SOVIET, ...FA_WORD_BEFORE, ...COME_AND_GO, ...TAIWAN_PLACE_BEFORE, ...HELP_BEFORE, ...TRAVEL_OR_RELATION_BEFORE, ...cue.ZH_ABBREV_BEFORE, ...[...LIST_JOINS].filter(Boolean)]);
const READ_AFTER = codeSet([...'对對语語文外拉阿西人版系签簽澳属屬國国獨独队隊将將产產网網职職规規领領', ...SOVIET, ...PEOPLE_AFTER_TAIWAN, ...cue.ZH_ABBREV_AFTER, ...TITLE_OR_REGION_START, ...CULTURE_AFTER, ...BLOC_AFTER, ...[...LIST_JOINS].filter(Boolean)]);
/** The first characters of the forms of address after 韩 (ADDRESS_AFTER). */
const ADDRESS_START = codeSet('某先女小老師师医醫同教');
/** Second characters of 日's day words (`dayCompound`). */
const DAY_SECOND = new Set([...'前后後期常益子程报報志内內间間均趋趨夜光出落用元圆圓']);
const DAY_SECOND_CODES = codeSet(DAY_SECOND);
const DAY_BEFORE_CODES = codeSet(cue.ZH_DAY_BEFORE);
const MEASURE_BEFORE_CODES = codeSet(MEASURE_BEFORE);
const TAIWAN_CODES = codeSet(TAIWAN);
const STATING_SUBJECT_CODES = codeSet(STATING_SUBJECT);
const STATING_VERB_START_CODES = codeSet(STATING_VERB_START);
const [RI, HAN, HAN_TRADITIONAL, GAI, GU] = [code('日'), code('韩'), code('韓'), code('概'), code('股')];

/**
 * Whether the abbreviation at [start, end) has none of the context any abbreviation rule reads,
 * so that the rules can only end in drop('abbrev-without-context'): no match touching it
 * (`touching`, from the caller's sorted candidates), no character before or after it that a rule
 * reads. Most abbreviation characters in Chinese text are such (中 in 其中, 美 in 美丽), and this
 * answers them without building their context. A test holds it to the full rules.
 */
export function abbreviationWithoutContext(text: string, start: number, end: number, touching: boolean): boolean {
  if (touching || end - start !== 1 || start === 0 || end >= text.length) return false;
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  if (READ_BEFORE.has(before) || READ_AFTER.has(after)) return false;
  // 中概股: the concept stocks' rule reads the two characters after it (`abbreviation`).
  if (after === GAI && text.charCodeAt(end + 1) === GU) return false;
  const ch = text.charCodeAt(start);
  // 俄承认, 美宣布: only 美 and 俄 after no letter or digit (Han characters are letters) read the verb after them.
  if (STATING_VERB_START_CODES.has(after) && STATING_SUBJECT_CODES.has(ch) && !LETTER_OR_DIGIT.test(text.charAt(start - 1))) return false;
  if (ch === RI) return !DAY_BEFORE_CODES.has(before) && !DAY_SECOND_CODES.has(after);
  if (TAIWAN_CODES.has(ch)) return !MEASURE_BEFORE_CODES.has(before);
  if (ch === HAN || ch === HAN_TRADITIONAL) return !ADDRESS_START.has(after);
  return true;
}

/** Suffixes of a city, a county or a port after a place's name (台中市, 台中港). */
const CITY_SUFFIX = new Set([...'市县縣港']);

/**
 * Whether the abbreviation at `pos` is in two characters that the segmenter reads as one word with
 * a city's suffix after them (台中市|政府, 台中港): a place's name (Taichung), not a pair (中美|市场
 * is read apart). Asked only next to another abbreviation.
 */
function inCityName(text: string, pos: number): boolean {
  for (let first = Math.max(0, pos - 2); first <= pos; first++) {
    if (!CITY_SUFFIX.has(text.charAt(first + 2))) continue;
    const word = zhWordAt(text, first);
    if (word !== undefined && word.start === first && word.end === first + 3) return true;
  }
  return false;
}

/** The second characters of Taiwan's cities named 台… (台中, 台南, 台东). */
const TAIWAN_CITY_SECOND = new Set([...'中南东東']);

/**
 * 台中 (臺中) is Taichung, a city, unless a word of relations follows it (台中关系): the pair of
 * Taiwan and China is not written so; so are 台南 and 台东 (Tainan, Taitung), which no relations
 * make a pair. `pos` is either character's.
 */
function taichung(text: string, pos: number): boolean {
  const p = TAIWAN.has(text.charAt(pos)) ? pos : pos - 1;
  return TAIWAN.has(text.charAt(p)) && TAIWAN_CITY_SECOND.has(text.charAt(p + 1)) && !cue.ZH_RELATIONS_AFTER.test(text.slice(p + 2, p + 5));
}

/**
 * A join (和, 与, 同, 及) that makes an ordinary word with the abbreviation after it (和美乡村,
 * "harmonious"), with no country before it to join: no preposition. (中国和美国 is read 和|美国;
 * 日本和美合作 has 日本 before the join.)
 */
function joinMakesWord(input: SenseInput): boolean {
  const { text, start } = input;
  if (!LIST_JOINS.has(text.charAt(start - 1)) || text.charAt(start - 1) === '、' || !pairIsWord(text, start - 1)) return false;
  // 欧盟和美, 东盟与美: a bloc or a side (中方, 两国) before the join is a party too.
  if (/[盟方国國]/.test(text.charAt(start - 2))) return false;
  return !input.neighbours.some((n) => n.type === 'country' && n.end === start - 1);
}

/** 韩 after a join (和, 与, 同, 跟, 及) with no word starting after it: a surname (他和韩梅梅, 同韩磊一起). */
function surnameAfterJoin(text: string, start: number, end: number): boolean {
  const ch = text.charAt(start);
  const before = text.charAt(start - 1);
  if ((ch !== '韩' && ch !== '韓') || !before || !LIST_JOINS.has(before)) return false;
  const after = text.charAt(end);
  return /\p{Script=Han}/u.test(after) && !cue.ZH_ABBREV_AFTER.has(after) && !wordGoesOn(text, end);
}

/**
 * A locative 中 closing the phrase before it (谈判过程中|德方, 会谈中|美方): 方 after one
 * abbreviation is that country's side, which a pair calls 双方 (中德双方), so the 中 at `pos` is
 * no partner of the abbreviation after it. Not before 方面 or 方案, nor after a join or a
 * preposition, nor at the start of a clause. The same holds before a word of two that the
 * abbreviation starts (比赛中|意外) and before a character said twice (家中|美美地).
 */
function locativeBeforeSide(text: string, pos: number): boolean {
  if (text.charAt(pos) !== '中') return false;
  const before = text.charAt(pos - 1);
  // (互访中, 采访中, 出访中: a 访 that ends a word of visits is no verb taking 中 as its object; that 中 is "during".)
  const duringVisit = (before === '访' || before === '訪') && DURING_VISIT_BEFORE.has(text.charAt(pos - 2));
  if (!/[\u3400-\u9fff]/.test(before) || LIST_JOINS.has(before) || (cue.ZH_ABBREV_BEFORE.has(before) && !duringVisit)) return false;
  if (text.charAt(pos + 2) === '方') return !wordGoesOn(text, pos + 2);
  // 家中|美美地: the character after 中 said twice is a word of its own (美美, "soundly"), no country.
  // Said twice after the abbreviation, it is a given name (学生中|韩梅梅), which no pair is followed by.
  if (text.charAt(pos + 1) === text.charAt(pos + 2) || text.charAt(pos + 2) === text.charAt(pos + 3)) return true;
  return !(PHRASE_BEFORE_PAIR.has(before) && !nounEndingInField(text, pos - 1)) && locativeBeforeWord(text, pos);
}

/**
 * 场 at `pos` is a measure word opening a phrase only after a numeral or a demonstrative (这场|中美对话,
 * 一场, 本场); otherwise it ends a noun (市场, 现场, 舆论场), and a 中 after it is "in".
 */
function nounEndingInField(text: string, pos: number): boolean {
  const ch = text.charAt(pos);
  if (ch !== '场' && ch !== '場') return false;
  const before = text.charAt(pos - 1);
  return !MEASURE_BEFORE.has(before) && before !== '本';
}

/** Adverbs of degree: 很, 最, 十分, 非常 (and 不) modify a verb or an adjective, never a pair of countries. */
const DEGREE_ONE = new Set([...'很最太挺更不']);
const DEGREE_TWO = /^(?:十分|非常|特别|特別|比较|比較)$/;

/**
 * Whether an adverb of degree stands before the first half of a pair at `pos`: the two characters
 * are then a word (十分|中意, "fancy"; 很|中用), not two countries. Not 部分 (部分|中美合作).
 */
/**
 * A firm named by a pair and an organisation's word, before one of its staff: 中英资本首席分析师,
 * 中泰证券策略师 (not 中美|银行业合作).
 */
const FIRM_STAFF_AFTER =
  /^(?:国际|國際|证券|證券|集团|集團|控股|资本|資本|银行|銀行|基金|期货|期貨)(?:公司)?(?:首席|经济学家|經濟學家|分析师|分析師|董事长|董事長|总裁|總裁|总经理|總經理|研究员|研究員|策略师|策略師)/;
/**
 * 化学 right after a pair, not as chemists or chemicals (中泰化学, a listed chemicals firm; not 中美化学家,
 * 中美化学品贸易, 中德化学工业合作, 中日化学研究): a firm's name, which two countries' relations are never called.
 * Only whole words of a field or its study block it, not a firm's own next characters (中泰化学领涨, 中泰化学工厂).
 */
const FIRM_CHEMICALS_AFTER = /^(?:化学|化學)(?![家品]|工业|工業|研究|学会|學會|学术|學術|学科|學科|界|产业|產業|合作|领域|領域|教育|会议|會議)/;
function firmBeforeStaff(input: SenseInput): boolean {
  const { text, end } = input;
  const partnerAfter = touchingNeighbours(input).some((n) => n.type === 'country' && n.start === end);
  const after = text.slice(partnerAfter ? end + 1 : end, end + 14);
  return FIRM_STAFF_AFTER.test(after) || FIRM_CHEMICALS_AFTER.test(after);
}

/** A date's 日 at `pos` (15日, 次日): a day, no partner for the abbreviation after it (15日|意外). */
function dateDayAt(text: string, pos: number): boolean {
  return text.charAt(pos) === '日' && cue.ZH_DAY_BEFORE.has(text.charAt(pos - 1)) && !timeWordBefore(text, pos);
}

/** Units a time word ends on before 前 or 后: 年, 月, 天, 周, 时. */
const TIME_UNIT = new Set([...'年月天周週时時']);
/** First characters of the words of time that end on 前: 目前, 当前, 此前, 之前, 以前, 先前, 事前, 日前. */
const BEFORE_QIAN_IN_WORD = new Set([...'目当當此之以先事日']);
/**
 * Whether the 前 or 后 before the 日 at `pos` already closes a time word (40年前|日中两国, 两个月前|日方表示,
 * 三天后|日企, 目前|日美关系, 此前|日方表示): 前日 ("the day before yesterday") cannot be a word
 * there, and 日 goes on to the pair and compound rules. (今日中美, 前日中午 stay days.)
 */
function timeWordBefore(text: string, pos: number): boolean {
  const closer = text.charAt(pos - 1);
  if (closer !== '前' && closer !== '后' && closer !== '後') return false;
  return TIME_UNIT.has(text.charAt(pos - 2)) || (closer === '前' && BEFORE_QIAN_IN_WORD.has(text.charAt(pos - 2)));
}

function degreeBefore(text: string, pos: number): boolean {
  const before = text.charAt(pos - 1);
  return DEGREE_ONE.has(before) || (pos >= 2 && DEGREE_TWO.test(text.slice(pos - 2, pos)));
}

/**
 * Characters that end a determiner or a modifier before a noun phrase (的, 之, 此次, 本届, 新一轮),
 * where 中 opens the phrase (此次|中美|元首, which the segmenter may read 中|美元|首) rather than
 * closing the one before it.
 */
const PHRASE_BEFORE_PAIR = new Set([...'的之次届屆轮輪场場个個项項份']);

/**
 * The character after the 中 at `pos` starts a word of two or more (比赛中|意外, 池塘中|荷花,
 * 改革中|加强, 课堂中|越来越多): that 中 is a locative ("in", "during"), while a pair's second
 * character ends its own word or stands alone before a word of relations (的|中|法|建交,
 * 的|中越|边境). A country's full name there (比赛中|意大利队) is a match of its own, no abbreviation.
 */
function locativeBeforeWord(text: string, pos: number): boolean {
  if (!pairIsWord(text, pos + 1)) return false;
  const word = zhWordAt(text, pos + 1);
  return word !== undefined && word.start === pos + 1 && word.end >= pos + 3;
}

/**
 * The abbreviation before the match is the second half of an ordinary word (明朝|中后期: the Ming
 * dynasty, not 朝 and 中), unless that word starts with a country or a bloc too (欧美|日).
 */
function partnerEndsWord(input: SenseInput): boolean {
  const word = wordEndingAt(input.text, input.start - 1);
  if (!word) return false;
  // 三年前日美: the 前日 the segmenter reads is ruled out (`timeWordBefore`).
  if (input.text.charAt(input.start - 1) === '日' && timeWordBefore(input.text, input.start - 1)) return false;
  return !BLOC_AFTER.has(input.text.charAt(word.start)) && !input.neighbours.some((n) => n.type === 'country' && n.start === word.start);
}

function dayCompound(ch: string, after: string): boolean {
  return ch === '日' && DAY_SECOND.has(after);
}

function capital(input: SenseInput): Decision {
  const after = input.text.slice(input.end, input.end + 2);
  const before = input.text.charAt(input.start - 1);
  if (/[在于於赴到至从從往抵离離]/.test(before)) return drop('literal-place');
  if (/^\d/.test(after) || /^[0-9０-９一二三四五六七八九十]/.test(after)) return drop('dateline');
  return cue.ZH_CAPITAL_VERBS.some((v) => after.startsWith(v)) ? keep('metonym') : drop('capital-not-metonym');
}

/** 乌 is Ukraine unless the text is about Uzbekistan (乌方 next to 乌兹别克斯坦). */
export function resolveWu(input: SenseInput, candidates: string[]): string {
  if (candidates.includes('country:UZ') && /乌兹别克|烏茲別克/.test(input.text)) return 'country:UZ';
  // 中吉乌铁路, 吉乌两国: right after Kyrgyzstan's 吉, 乌 is its neighbour Uzbekistan, not Ukraine.
  if (candidates.includes('country:UZ') && input.start > 0 && input.text.charAt(input.start - 1) === '吉') return 'country:UZ';
  return candidates.includes('country:UA') ? 'country:UA' : candidates[0];
}

/**
 * Characters after a one-character metal name that make it the material (金矿, 铅酸, 铁矿石, 金子, 铁冶 its smelting,
 * 银两, 硅料, 硅碳; 金鑛 in the older form of 礦) or a thing made of it (铁器 ironware, 金饰 gold jewellery, 铁钉 an iron nail, 银币 a silver coin).
 */
const MATERIAL_AFTER = new Set([...'矿礦鑛价價锭錠条條块塊粉丝絲砂板箔储儲产產酸盐鹽合片器饰飾锅鍋钉釘屑锈鏽皮币幣子两兩元链鏈锤錘钩鉤锹鍬铲鏟锄鋤斧镐鎬料碳冶']);
/**
 * Things made of a base metal (铁门, 铁索, 银碗, 锡壶). Not after 金, where the same characters
 * make names and other words: 金门 (Kinmen), 金管局 (a monetary authority), 金针菇 (a mushroom).
 */
const OBJECT_AFTER = new Set([...'门門索管桶罐笼籠栏欄架壶壺碗筷勺针針镯鐲雕']);
/**
 * A base metal's craft (锡工艺, 铜工艺, 银工艺): the metal worked, as in 锡雕 (a tin carving, by
 * OBJECT_AFTER). Not after 金, whose 工 opens other words.
 */
const CRAFT_AFTER = /^(?:工艺|工藝)/;
/**
 * How much of a metal is made, traded or eaten (锡年产量, 锡出口量, 全球锡总产量, 铁摄入量): a
 * quantity word closed by 量 right after the metal. Its first characters come first, to test one.
 */
const QUANTITY_AFTER = /^(?:年产|年產|总产|總產|出口|进口|進口|摄入|攝入|消费|消費|需求)量/;
const QUANTITY_START = new Set([...'年总總出进進摄攝消需']);
/** Jewellery and watches of any metal: 金项链, 银手镯, 金表 (a 表 that starts no other word, not 表现). */
const JEWELLERY_AFTER = /^(?:项链|項鏈|耳环|耳環|耳钉|耳釘|戒指|手镯|手鐲|手链|手鏈|手表|手錶|首饰|首飾)/;
/** Words after a metal name that measure or describe the material: 铅含量, 铅中毒, 血铅超标. */
const PROPERTY_AFTER = /^(?:含量|中毒|污染|超标|超標|浓度|濃度|残留|殘留|排放|离子|離子|期货|期貨)/;
/** The first characters of those jewellery and property words, to test before reading two. */
const WORD_AFTER_START = new Set([...'项項耳戒手首表錶含中污超浓濃残殘排离離期']);
/**
 * Verbs and adjectives before a metal name that make it the material: 淘金, 采金, 炼铁, 打铁, 纯金 and 足金 (pure gold),
 * 废铁, 产金 (producing gold), 补铁 and 含铁 (iron in the diet), 血铅 (lead in the blood), and 晶, a
 * crystal form of the element (多晶硅, 单晶硅).
 */
const MATERIAL_BEFORE = new Set([...'淘采採炼煉铸鑄熔纯純足赤废廢打产產补補含血晶']);
/** Platinum-group metals written with a 金 that means "metal": 铂金, 钯金, 铑金. */
const PLATINUM_GROUP = new Set([...'铂鉑钯鈀铑銠']);
/** The exchanges that name a metal's futures by a one-character prefix: 沪锡, 沪金 (Shanghai), 伦铜, 伦镍 (London). */
const EXCHANGE_BEFORE = new Set([...'沪滬伦倫']);
/** Words of a market report after a base metal: its main futures contract (锡主力合约), its stocks, spot price, warrants, premium or discount, options, market. */
const MARKET_AFTER = /^(?:主力|库存|庫存|现货|現貨|仓单|倉單|升水|贴水|貼水|升贴水|升貼水|期权|期權|市场|市場)/;
/** Words that make 市 after a metal a city's office or people (金市长 is Mayor Kim), not the metal's market. */
const CITY_AFTER_SHI = new Set([...'长長民委政区區府']);
/** After 市长, a time: 铁市长期低迷 is the iron market long depressed, not a mayor (长期, 长久, 长远, 长线). */
const LONG_TIME_AFTER = new Set([...'期久远遠线線']);
/**
 * The character before 期 that makes a time word of it (近期, 本期, 长期, 同期, 到期, 青春期): 近期金砖国家 is
 * "lately the BRICS", not a futures price of gold.
 */
const TIME_QI_BEFORE = new Set([...'本上下同长長短近远遠早晚前后後中到定分学學假周週青春孕预預初末每当當首一二三四五六七八九十各任星刑汛账賬租逾']);
/**
 * 盘中 (intraday; 早盘中, 夜盘中): its 中 closes the word of the trading session, so it opens no 中期
 * (mid-term) and the 期 after it is the futures price (盘中期锡一度涨停).
 */
function intraday(text: string, zhong: number): boolean {
  return text.charAt(zhong) === '中' && /[盘盤]/.test(text.charAt(zhong - 1));
}
/** A price's move right after the metal, which makes 期 before it a futures price whatever precedes (上周期锡上涨3%). */
const PRICE_MOVE_START = new Set([...'涨漲跌收报報走升降']);
/**
 * What follows 伦敦金 or 倫敦銀 when it goes on into a name, not London's spot metal: a transliteration's
 * next character (伦敦金史密斯学院, 伦敦金斯顿大学, 伦敦金门大桥, 伦敦银湖资本), a word 金 or 银 starts (金发, 金毛, 金球, 金曲,
 * 金主, 金库, 银发), 属 of a metal's class, 融 of finance, 大使 of an embassy. Anything else (伦敦金行情, 伦敦金在2000美元附近, 伦敦金（XAU/USD）) is the price.
 */
const LONDON_NAME_AFTER = /^(?:[属屬融丝絲史斯士门門湖禧匠幕球童雀]|毛(?!利)|大使|[发發髮](?![力出生起动動])|曲(?![线線折])|主(?![要升导導动動力跌线線])|[库庫](?![存]))/;
/** For 铁 and 银, whose 主力 is also a team's or a train's main force (国铁主力车型, 银主力球员): only a futures contract. */
const MAIN_CONTRACT_AFTER = /^主力(?:合约|合約|期货|期貨|月份)/;

/**
 * A metal named as a market report names it, or undefined: a futures price (期铜, 期錫 after 期), London's
 * spot gold or silver (伦敦金, 倫敦銀) and spot gold or silver (现货金, 現貨銀), a grade mark (1#锡, 0#锌), a product of silicon (工业硅, 金属硅),
 * a word of the market after it (锡主力合约, 镍库存), or a clause opened by the metal and 市, its
 * market (硅市供需双弱; one character and 市 names no city: 无锡市, 白银市 are longer).
 */
function marketWord(input: SenseInput): string | undefined {
  const { text, start, end } = input;
  const metal = input.surface;
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  const gold = metal === '金';
  // (周一期金, 星期三期银: a weekday, then the futures price.)
  const weekdayWord = /(?:周|週|星期|礼拜|禮拜)$/.exec(text.slice(Math.max(0, start - 4), start - 2));
  const weekday = /[一二三四五六日天]/.test(text.charAt(start - 2)) && !!weekdayWord && !/[每一]$/.test(text.slice(0, start - 2 - weekdayWord[0].length)) && !/^(?:[库庫](?!存)|[发發髮](?![力出生起动動])|曲(?![线線折])|[句龄齡话話])/.test(text.slice(end, end + 2));
  if (before === '期' && (!TIME_QI_BEFORE.has(text.charAt(start - 2)) || intraday(text, start - 2) || weekday || PRICE_MOVE_START.has(after) || /^(?:上涨|上漲|下跌|累计|累計)/.test(text.slice(end, end + 2)))) return 'futures-price';
  if ((metal === '金' || metal === '银' || metal === '銀') && (before === '敦') && /[伦倫]/.test(text.charAt(start - 2)) && !LONDON_NAME_AFTER.test(text.slice(end, end + 2))) return 'london-spot';
  if ((metal === '金' || metal === '银' || metal === '銀') && /(?:现货|現貨)$/.test(text.slice(Math.max(0, start - 2), start))) return 'spot-price';
  // (1#铁观音: a grade of tea, named for iron.)
  if ((before === '#' || before === '＃') && /[0-9０-９]/.test(text.charAt(start - 2)) && !/^(?:观音|觀音)/.test(text.slice(end, end + 2))) return 'grade-mark';
  // (工业硅谷: an industrial Silicon Valley.)
  if ((metal === '硅' || metal === '矽') && after !== '谷' && /(?:工业|工業|金属|金屬)$/.test(text.slice(Math.max(0, start - 2), start))) return 'silicon-product';
  if (gold) return undefined;
  if (MARKET_AFTER.test(text.slice(end, end + 3)) && !(after === '主' && (metal === '铁' || metal === '鐵' || metal === '银' || metal === '銀') && !MAIN_CONTRACT_AFTER.test(text.slice(end, end + 4)))) return 'market-word';
  // (The sentence is asked for last: most metals have no 市 after them.)
  // (铁市长期低迷: 长 before a time word is "long", not a mayor.)
  const afterShi = text.charAt(end + 1);
  // (铁市长期待…, 铁市长期间: 期待, 期望 and 期间 make 长 the mayor again.)
  const longTime = (afterShi === '长' || afterShi === '長') && LONG_TIME_AFTER.has(text.charAt(end + 2)) && !/[待望间間]/.test(text.charAt(end + 3));
  if (after === '市' && !(CITY_AFTER_SHI.has(afterShi) && !longTime) && (CLAUSE_EDGE.has(before) || start === input.sentence.start)) return 'metal-market';
  return undefined;
}
/**
 * Characters before a metal name that make a word of money or of metal in general, whatever follows
 * (资金链 is a cash chain, not a gold chain; 奖金, 现金, 租金, 合金, 五金, 钢铁, 城铁, 水银 mercury).
 */
const ORDINARY_BEFORE = new Set([...'资資基现現奖獎租薪押佣傭订訂税稅罚罰酬礼禮证證积積休赏賞偿償约約恤济濟募筹籌千合五钢鋼城轻輕水']);
/**
 * Silver as money in history, by the word it ends: official, broken, ready or treasury silver (官银,
 * 碎银, 现银, 库银, 纹银, 私银) and silver levied or paid (征银, 纳银). 现 makes 现金 cash, but 现银 is silver.
 */
const SILVER_MONEY_BEFORE = new Set([...'官碎现現库庫纹紋私征徵纳納']);
/**
 * Verbs of buying and selling right before 金: gold bought or sold as a holding (央行购金, 购金总量,
 * 买金热潮, 卖金). Not when the verb ends another word (认购金, 申购金, 订购金, 预购金, 团购金: a
 * subscription, a deposit; 收购, 采购, 并购: a firm bought, 收购金风科技), and only before what is
 * said of the buying (总量, 热潮, 需求, 行动) or a clause's end: 金 opening a word or a name
 * (买金毛犬, 采购金龙客车) is no gold; 购金额 is an amount.
 */
const GOLD_TRADED_BEFORE = new Set([...'购購买買卖賣']);
/** Characters before 购 that make another word of it: 认购 (a subscription), 申购, 订购, 预购 (a deposit), 团购, 收购, 采购, 并购. */
const MONEY_PAID_BEFORE_BUY = new Set([...'认認申订訂定预預团團收采採并並']);
/** What may follow gold bought or sold: 购金总量, 购金热潮, 购金需求, 购金行动, 卖金换现金, 买金的人. */
const GOLD_TRADED_AFTER = new Set([...'总總量热熱潮需行规規计計数數换換的']);
/** Characters after a metal name that make an ordinary word of it whatever comes before (单纯金钱). */
const ORDINARY_AFTER = new Set([...'融钱錢额額色黄黃奖獎定轨軌河幕']);
/** Bars and coins of investment gold (投资金条, 投资金币). */
const INVESTMENT_GOLD_AFTER = new Set([...'条條币幣块塊砖磚']);
/** The non-metals of a metal's compound named with 化 (氧化铁, 硫化锌). */
const CHEMICAL_PREFIX = new Set([...'氧硫氯碳氟氮溴碘']);
/** After a metal and a material character, animals and plants named for their colour: 金丝雀, 金丝猴. */
const NAMED_FOR_COLOUR = new Set([...'雀猴鸟鳥燕楠熊猫貓鱼魚菊']);
const NUMERALS = new Set([...'0123456789０１２３４５６７８９.零〇一二三四五六七八九十百千万萬亿億两兩']);
const NUMERAL_CODES = codeSet(NUMERALS);
/**
 * A weight of the metal: 银八百万两, 黄金100吨, 金十两. A 两 with a numeral after it is the
 * numeral two, not a tael: 慰问金一万两千元 is 12,000 yuan.
 */
const WEIGHED = /^[0-9０-９.零〇一二三四五六七八九十百千万萬亿億两兩数數]+(?:余|餘|多)?(?:(?:两|兩)(?![0-9０-９零〇一二三四五六七八九十百千万萬亿億])|斤|吨|噸|公斤|千克|克|盎司)/;
/**
 * Words of benefits and funds that end in 金, by their first two characters: 养老金, 助学金,
 * 慰问金, 抚恤金, 准备金, 保险金. Two characters, because one is too little: 老 and 年 also stand
 * before a gold mine or price (老金矿, 今年金价).
 */
const MONEY_WORD_BEFORE = /(?:养老|養老|助学|助學|奖学|獎學|慰问|慰問|补助|補助|救助|抚恤|撫恤|撫卹|准备|準備|保险|保險|赡养|贍養|保释|保釋|安家|备用|備用|违约|違約|保证|保證|退休|公积|公積|救济|救濟)$/;
/** Medal metals, and the words after a list of them that make it the tiers of a prize (金、银、铜三档奖牌). */
const MEDAL_METALS = new Set([...'金银銀铜銅']);
const MEDAL_METAL_CODES = codeSet(MEDAL_METALS);
/** The joins of a list of medal metals, as `medalTiers` reads them (金、银和铜). */
const TIER_JOIN_CODES = codeSet('、和与與及');

/** A medal metal at `c`, or a join at `c` with a medal metal at `next` beyond it. */
function metalOrJoinedMetal(c: number, next: number): boolean {
  return MEDAL_METAL_CODES.has(c) || (TIER_JOIN_CODES.has(c) && MEDAL_METAL_CODES.has(next));
}
const PRIZE_WORDS = /牌|奖|獎|档|檔|等次|名次/;
/**
 * Roles written right before a person's name: 村民黄金树, 状元金子涵, 法官金某. The 金 (or 黄金)
 * that follows is then a surname or part of a given name.
 */
const ROLE_BEFORE =
  /(?:村民|市民|居民|教师|教師|老师|老師|记者|記者|法官|选手|選手|运动员|運動員|演员|演員|歌手|医生|醫生|护士|護士|老人|状元|狀元|书记|書記|支书|支書|主任|校长|校長|局长|局長|经理|經理|董事长|董事長|老板|老闆|作家|画家|畫家|导演|導演|教练|教練|队长|隊長|同学|同學|学生|學生|嫌疑人|当事人|當事人|网友|網友|游客|遊客|乘客|司机|司機|工人|农民|農民|店主|志愿者|志願者)$/;

/** Suffixes of districts and counties, and the characters between a metal and them that make an industry's word (铜矿区, 铝厂区, 铝材, 锂电). */
const DISTRICT_AFTER = new Set([...'区區县縣镇鎮乡鄉旗']);
const INDUSTRY_MIDDLE = new Set([...'材业業电電厂廠企冶']);

/**
 * Whether a one-character metal starts a two-character place name before a district's suffix
 * (铜梁区, 铁西区, 锡山区, 金牛区), rather than a word of the metal's industry (铜矿区, 锂电区).
 */
export function placeName(text: string, start: number, end: number): boolean {
  if (end - start !== 1 || !DISTRICT_AFTER.has(text.charAt(end + 1))) return false;
  const middle = text.charAt(end);
  return /\p{Script=Han}/u.test(middle) && !MATERIAL_AFTER.has(middle) && !INDUSTRY_MIDDLE.has(middle);
}

/** A medal table: two or more medal metals, each after its count (38金32银18铜, 两金一银, 2金、4銀、6銅). */
const MEDAL_TALLY = /(?:[0-9０-９零一二两兩三四五六七八九十百]+[金银銀铜銅][、，,和与與及]?){2,}/g;
/** What may end a medal's word: punctuation, a join, another medal metal, 牌. */
const MEDAL_WORD_END = /^[，。；、！？,.;!?）)」”』\s和与與及金银銀铜銅牌]/;
/** Verbs that win a medal only (夺, 摘, 揽), with a count or not: 奪銅, 摘得一金, 揽下两银. */
const MEDAL_WON = /(?<![争爭掠抢搶豪篡剥剝])(?:夺|奪|摘|揽|攬)(?:得|下|了)?[0-9０-９零一二两兩三四五六七八九十]*$/;
/** Resources, reserves, supply or loot after the metals (争夺铜、钴等资源, 夺金银财物): no medals. */
const GOODS_AHEAD = /^[^，。；！？,;!?]{0,10}?(?:资源|資源|储备|儲備|金属|金屬|矿产|礦產|财物|財物|财宝|財寶|供应|供應|矿|礦)/;
/** Verbs that also take things (添, 获, 拿), with a count before the metal: 再添三铜, 获两银, 拿下一金. */
const MEDAL_COUNTED_WON = /(?:添|获|獲|拿|收获|收穫)(?:得|下|了)?[0-9０-９零一二两兩三四五六七八九十]+$/;
/** A medal table with colons: 金:32 银:44 铜:26. */
const MEDAL_COLON_TALLY = /(?:[金银銀铜銅]\s*[:：]\s*[0-9０-９]{1,3}(?![0-9０-９.．])[\s，,、]*){2,}/g;
/** Words of a price board before it (现货报价 金：2350, 收盘价 银：28.5): metals priced, not medals. */
const PRICE_BEFORE = /报价|報價|行情|收盘|收盤|现货|現貨|价格|價格|[金银銀铜銅]价|[金银銀铜銅]價/;
/** How far a count of one medal metal (都是1銅) looks for the medal table of its sentence. */
const TALLY_REACH = 40;
/** A medal named as one (277面金牌、260银和161铜): the counted metals beside it are medals too. */
const MEDAL_WORD = /[金银銀铜銅奖獎]牌/;

/**
 * Whether a medal metal at [start, end) stands in a list of medal metals only, with a prize word
 * after it (金、银、铜三档奖牌, 金银铜牌), or in a medal table (38金32银18铜).
 */
export function medalTiers(text: string, start: number, end: number): boolean {
  if (end - start !== 1 || !MEDAL_METAL_CODES.has(text.charCodeAt(start))) return false;
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  // 港隊奪銅, 摘得一金, 再添三铜, 获两银: a medal won, the metal ending its word right after a verb
  // of winning (with a count after the verbs that also take things: 获得铜精矿 is no medal).
  if (MEDAL_WORD_END.test(text.charAt(end)) || end === text.length) {
    const lead = text.slice(Math.max(0, start - 6), start);
    if ((MEDAL_WON.test(lead) || MEDAL_COUNTED_WON.test(lead)) && !GOODS_AHEAD.test(text.slice(end, end + 14))) return true;
  }
  // 金:32 银:44 铜:26: a medal table written with colons.
  if ((text.charAt(end) === ':' || text.charAt(end) === '：') && !PRICE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) {
    const from = Math.max(0, start - 16);
    for (const m of text.slice(from, end + 16).matchAll(MEDAL_COLON_TALLY)) {
      if (from + m.index <= start && start < from + m.index + m[0].length) return true;
    }
  }
  if (NUMERAL_CODES.has(before) || NUMERAL_CODES.has(after)) {
    const from = Math.max(0, start - 12);
    for (const m of text.slice(from, end + 12).matchAll(MEDAL_TALLY)) {
      if (from + m.index <= start && start < from + m.index + m[0].length) return true;
    }
    // 印尼1金1銅；…印度都是1銅: a count of one medal in a sentence that tallies medals is a medal too
    // (not before a material's word: 1銅礦).
    if (NUMERAL_CODES.has(before) && !MATERIAL_AFTER.has(text.charAt(end))) {
      const near = text.slice(Math.max(0, start - TALLY_REACH), end + TALLY_REACH);
      if (!/[。！？]/.test(near.slice(0, Math.min(start, TALLY_REACH))) && (near.match(MEDAL_TALLY) !== null || MEDAL_WORD.test(near))) return true;
    }
  }
  // A list needs another medal metal next to this one, or one joined to it (金、银): most 金 have none.
  if (!metalOrJoinedMetal(before, text.charCodeAt(start - 2)) && !metalOrJoinedMetal(after, text.charCodeAt(end + 1))) return false;
  let from = start;
  while (from > 0 && MEDAL_METALS.has(text.charAt(from - 1))) from--;
  while (from > 1 && /[、和与與及]/.test(text.charAt(from - 1)) && MEDAL_METALS.has(text.charAt(from - 2))) from -= 2;
  let to = end;
  for (;;) {
    if (MEDAL_METALS.has(text.charAt(to))) to++;
    else if (/[、和与與及]/.test(text.charAt(to)) && MEDAL_METALS.has(text.charAt(to + 1))) to += 2;
    else break;
  }
  const members = text.slice(from, to).replace(/[、和与與及]/g, '').length;
  return members >= 2 && PRIZE_WORDS.test(text.slice(to, to + 5));
}

/**
 * Common surnames, which stand between a role and a given name (市民王金银, 村民李铁柱). Not those
 * that are as often a preposition or a word's start after a role (向, 于, 方, 高, 白, 石, 钱, 万,
 * 江, 任: 游客向金店老板询问).
 */
const SURNAMES = new Set([
  ...'王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖田董袁潘蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁沈姚卢盧姜崔钟鍾谭譚陆陸汪范廖贾賈夏韦韋付邹鄒孟熊秦邱尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵严嚴覃武戴莫孔汤湯',
]);

/** Surnames of the people the press titles (賴清德總統): the common ones and Taiwan's (賴, 蕭, 卓, 游, 柯…). */
const TITLED_SURNAMES = new Set([...SURNAMES, ...'赖賴萧蕭卓游柯洪翁简簡詹蓝藍颜顏纪紀施庄莊傅温溫']);

/**
 * Whether a role stands before the character at `start` as the start of a name (状元|金子涵), or
 * before a surname that starts it (市民|王|金银: the 金 and the 银 are the given name).
 */
function roleBeforeName(text: string, start: number): boolean {
  for (let given = 0; given <= 2 && given <= start; given++) {
    const at = start - given;
    if (given > 0 && !SURNAMES.has(text.charAt(at))) continue;
    if (given === 2 && !/\p{Script=Han}/u.test(text.charAt(at + 1))) continue;
    if (ROLE_BEFORE.test(text.slice(Math.max(0, at - 4), at))) return true;
  }
  return false;
}

/**
 * Whether the match starts a person's name: a role stands right before it and no word of the
 * material or of jewellery after it (独居老人黄金首饰被骗 is an old person's gold jewellery). 子 and
 * 元 after it start given names as often as 金子 and 金元 (金子涵).
 */
export function nameAfterRole(text: string, start: number, end: number): boolean {
  if (!roleBeforeName(text, start)) return false;
  const after = text.charAt(end);
  return !(MATERIAL_AFTER.has(after) && after !== '子' && after !== '元') && !JEWELLERY_AFTER.test(text.slice(end, end + 2));
}
/** Classifiers after a numeral: 两种, 两款, 两个, 两家. */
const CLASSIFIERS = new Set([...'种種款个個家位件类類次张張辆輛台只隻条條名支枚块塊所项項套']);
/** Words of fans and their stars: 铁粉 there are loyal fans, not iron powder. */
const FAN_CUES = /粉丝|粉絲|歌迷|球迷|影迷|追星|偶像|明星|歌手|演唱会|演唱會|应援|應援|主播|网红|網紅|俱乐部|俱樂部|球队|球隊/;
/**
 * A basketball report's words of shooting (命中率, 投篮, 罚球, 三分): 打铁 there is a missed shot off
 * the rim ("brick"), not a smith forging iron.
 */
const SHOOTING_CUES = /命中|投篮|投籃|罚球|罰球|三分(?!之)|篮板|籃板|篮筐|籃框|NBA|CBA/;
/** Words of a game: 金币 there is a game's currency. */
const GAME_CUES = /游戏|遊戲|玩家|充值|道具|关卡|關卡|皮肤|皮膚|手游|手遊|网游|網遊/;

/** The metal is the material or a thing made of it, by the characters after it. */
function materialAfter(input: SenseInput): Decision | undefined {
  const { text } = input;
  // “古法金”饰品: a quoted name of a kind of gold before the thing made of it.
  const end = /[”」』]/.test(text.charAt(input.end)) ? input.end + 1 : input.end;
  const metal = input.surface;
  const after = text.charAt(end);
  const { start: from, end: to } = input.sentence;
  if ((metal === '铁' || metal === '鐵') && after === '粉' && (/[们們]/.test(text.charAt(end + 1)) || FAN_CUES.test(text.slice(from, to)))) return drop('fans');
  if ((after === '币' || after === '幣') && GAME_CUES.test(text.slice(from, to))) return drop('game-currency');
  // 金元 is the Jin and Yuan dynasties; 银元 and 铜元 are coins. 两 before a classifier is the
  // numeral two (星光银两种颜色), not taels (银两).
  const numeralTwo = (after === '两' || after === '兩') && CLASSIFIERS.has(text.charAt(end + 1));
  if (MATERIAL_AFTER.has(after) && !(after === '元' && metal === '金') && !numeralTwo) return NAMED_FOR_COLOUR.has(text.charAt(end + 1)) ? drop('named-for-colour') : keep('material-compound');
  // 铝材, 铜材, 钛材, 硅材料: 材 after a metal other than gold is its material (冶金材料 is metallurgy's).
  if (metal !== '金' && after === '材') return keep('material-compound');
  if (metal !== '金' && OBJECT_AFTER.has(after)) return keep('made-of-metal');
  if (metal !== '金' && after === '工' && CRAFT_AFTER.test(text.slice(end, end + 2))) return keep('made-of-metal');
  if (QUANTITY_START.has(after) && QUANTITY_AFTER.test(text.slice(end, end + 3))) return keep('quantity');
  // 铁资源, 锂资源: the metal as a resource (not 金 of 资金 or 基金资源).
  if (metal !== '金' && (after === '资' || after === '資') && (text.charAt(end + 1) === '源')) return keep('resource');
  // 铅精矿, 锡精矿, 铁精粉: a metal's concentrate.
  if (after === '精' && /[矿礦粉]/.test(text.charAt(end + 1))) return keep('concentrate');
  // 铅蓄电池: the lead-acid battery, named by its plates' metal (资金蓄水池 is funds, not gold).
  if (metal !== '金' && after === '蓄' && /[电電]/.test(text.charAt(end + 1))) return keep('material-compound');
  // 银质餐具, 铜质门把手, 铁质栏杆: 质 says what a thing is made of; not 银质奖章, a medal (nor
  // 金质, whose 奖章 and 服务 are awards and praise).
  if (metal !== '金' && (after === '质' || after === '質') && !/[奖獎]/.test(text.charAt(end + 1))) return keep('made-of-metal');
  if (!WORD_AFTER_START.has(after)) return undefined;
  const ahead = text.slice(end, end + 2);
  if (JEWELLERY_AFTER.test(ahead) || ((after === '表' || after === '錶') && !wordGoesOn(text, end))) return keep('jewellery');
  if (PROPERTY_AFTER.test(ahead)) return keep('material-property');
  return undefined;
}

/**
 * A one-character metal name that is also part of ordinary words (金融, 基金, 铁路, 银行): kept
 * when a material word follows or a verb of mining, smelting or purity comes before it, when it is
 * weighed, when another metal sits right next to it (镍铁), or in a list of minerals (铜、锡、镍).
 */
function metalCharacter(input: SenseInput): Decision {
  const { text, start, end } = input;
  const after = text.charAt(end);
  const before = text.charAt(start - 1);
  // 冶金 is metallurgy and 炼金术 alchemy, not gold; 含金量 is a thing's worth.
  const gold = input.surface === '金';
  const ordinary = ORDINARY_AFTER.has(after) || (gold && (after === '术' || after === '術' || after === '量'));
  // 冶金矿产, 冶金矿山: metallurgy beside mining, whatever material word follows 冶金.
  if (gold && before === '冶' && MATERIAL_AFTER.has(after)) return drop('metallurgy');
  // 全场打铁, 4000次打铁: in a basketball report, shots that miss (a brick off the rim), not forging.
  if (before === '打' && (input.surface === '铁' || input.surface === '鐵') && SHOOTING_CUES.test(text.slice(input.sentence.start, input.sentence.end))) return drop('missed-shots');
  // 缺铁, 缺锌: a deficiency of a nutrient; 五行缺金 is fortune-telling, no gold.
  const materialVerb = !ordinary && (MATERIAL_BEFORE.has(before) || EXCHANGE_BEFORE.has(before) || ((before === '冶' || before === '缺') && !gold));
  // 动物性铁, 植物性铁, 血红素铁: a kind of the metal named by the word it ends (not gold: 个性金句),
  // closing its phrase or opening a bracket (动物性铁(血红素铁)吸收率更高).
  const kindOfMetal = !gold && (before === '性' || before === '素') && (BARE_AFTER.has(after) || after === '(' || after === '（');
  // 各国央行购金总量, 持续购金: gold bought (not 认购金, a subscription's money; 购金额 is ordinary).
  const next = text.charAt(end);
  const goldTraded = !ordinary && gold && GOLD_TRADED_BEFORE.has(before) && !MONEY_PAID_BEFORE_BUY.has(text.charAt(start - 2)) && (GOLD_TRADED_AFTER.has(next) || !/\p{Script=Han}/u.test(next));
  // 铂金 is platinum and 钯金 palladium, whatever follows (铂金戒指): 金 there says "metal", as it
  // does not after base metals (铜金矿 is copper and gold).
  if (gold && PLATINUM_GROUP.has(before)) return drop('platinum-word');
  if (medalTiers(text, start, end)) return drop('medal-tiers');
  if (placeName(text, start, end)) return drop('place-name');
  if (nameAfterRole(text, start, end)) return drop('person-name');
  if ((input.surface === '银' || input.surface === '銀') && SILVER_MONEY_BEFORE.has(before) && !ORDINARY_AFTER.has(after)) return keep('silver-money');
  // 镍铁 is two metals; 押金金额 is a deposit's amount: the same metal twice in a row is no compound.
  const touching = touchingNeighbours(input).some((n) => n.type === 'mineral' && n.entityId !== input.entityId);
  // 18K金, K金钻戒: gold by its karat.
  if (gold && (before === 'K' || before === 'k') && !ORDINARY_AFTER.has(after)) return keep('karat');
  // 投资金条, 投资金币: investment gold (a bar, a coin), not 资金 (funds).
  // (金砖国家 is BRICS.)
  if (gold && before === '资' && text.charAt(start - 2) === '投' && INVESTMENT_GOLD_AFTER.has(after) && !/^[砖磚](?:国家|國家|五国|五國|峰会|峰會|机制|機制)/.test(text.slice(end, end + 3))) return keep('investment-gold');
  // 工银金条, 工银理财: 工银 is a bank's short name (ICBC), not 加工银 (processed silver).
  // (中银, 农银, 建银, 交银, 招银, 浦银: the other banks' short names, before a word of their business.)
  if ((input.surface === '银' || input.surface === '銀') && before === '工' && text.charAt(start - 2) !== '加') return drop('bank-name');
  // (Not 中 closing a phrase, 其中银市场, 贵金属中银现货: the bank's name opens its own.)
  if ((input.surface === '银' || input.surface === '銀') && /[中农農建交招浦]/.test(before) && !/\p{Script=Han}/u.test(text.charAt(start - 2)) && /^(?:市场|市場|现货|現貨|国际|國際|理财|理財|证券|證券|研究)/.test(text.slice(end, end + 2))) return drop('bank-name');
  // 氧化铁, 硫化锌, 氯化镍: the metal's compound, a material.
  if (before === '化' && CHEMICAL_PREFIX.has(text.charAt(start - 2))) return keep('chemical-compound');
  if (!materialVerb && !touching && ORDINARY_BEFORE.has(before)) return drop('ordinary-word-before');
  if (gold && MONEY_WORD_BEFORE.test(text.slice(Math.max(0, start - 2), start))) return drop('money-word');
  // 铅 1145.0/1150.0, 锡 8250.0: a metal quoted on a price board, its figure right after it, among
  // other metals (a medal table's 金：32 is settled before, by medalTiers).
  if (QUOTE_START.has(after) && QUOTED_AFTER.test(text.slice(end, end + 12)) && input.neighbours.some((n) => n.type === 'mineral' && n.entityId !== input.entityId)) return keep('price-board');
  const material = materialAfter(input);
  if (material) return material;
  if (materialVerb) return keep('material-verb');
  if (kindOfMetal) return keep('kind-of-metal');
  if (goldTraded) return keep('gold-traded');
  const market = ordinary ? undefined : marketWord(input);
  if (market) return keep(market);
  // (数十万两, 數百兩: "some tens of thousands of taels" is weighed too.)
  if ((NUMERALS.has(after) || after === '数' || after === '數') && WEIGHED.test(text.slice(end, end + 10))) return keep('weighed');
  if (touching) return keep('metal-compound');
  const listed = input.neighbours.some((n) => {
    // 兆丰金、金像电: a list of metals names different ones; the same character twice is a list of other names.
    if (n.type !== 'mineral' || n.entityId === input.entityId) return false;
    const gap = n.end <= input.start ? input.text.slice(n.end, input.start) : input.text.slice(input.end, n.start);
    return /^[、,，和与與及或 　]$/.test(gap);
  });
  if (listed) return keep('mineral-list');
  if (bareMetalWord(input)) return keep('bare-metal');
  // (金 alone is also Kim, the Jin dynasty and an element of the five phases: it wants a sentence of materials.)
  const nounAlone = !ordinary && standsAsNoun(text, start, end, input.sentence.start) && (!gold || MATERIAL_SENTENCE.test(text.slice(input.sentence.start, input.sentence.end)));
  return nounAlone ? keep('noun-alone') : drop('ordinary-word');
}

/** Punctuation that ends a clause or a list's item around a metal standing alone. */
const CLAUSE_EDGE = new Set([...'，。、,;；：:！？!?']);
/**
 * A one-character metal standing alone as a noun, which no ordinary word holds so: the head of a
 * 的-phrase that ends its clause (人体里的铅，环境中的铅。), between 对 and 的 (对铅的吸收率, 对金的需求),
 * opening its clause before 是, 对 or a modal (铅是一种环境毒素, 铅对儿童的危害, 铅会损害神经), after 的
 * before a verb it is the subject of (便宜的铁替代了钴), or taken by 将, 把 or 让 before a verb (将锡输往欧洲).
 * Read only for a metal the other tests would set aside as an ordinary word.
 */
function standsAsNoun(text: string, start: number, end: number, sentenceStart: number): boolean {
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  if (before === '的') return CLAUSE_EDGE.has(after) || NOUN_SUBJECT_VERB.has(after);
  if (before === '对' || before === '對') return after === '的';
  // 将锡输往欧洲, 让锡成为保护膜: the thing a disposal or causative marker takes, before its verb.
  if (DISPOSAL_BEFORE.has(before)) return DISPOSAL_VERB_AFTER.has(after);
  return (start === sentenceStart || CLAUSE_EDGE.has(before)) && (after === '是' || after === '对' || after === '對' || MODAL_AFTER.has(after));
}
/** Markers that take their object before the verb (将, 把) or make it act (让). */
const DISPOSAL_BEFORE = new Set([...'将將把让讓']);
/** Verbs that such an object of a material goes on with: shipped, turned into, sold (将锡输往, 让锡成为). */
const DISPOSAL_VERB_AFTER = new Set([...'输輸运運成变變卖賣送']);
/** Modals after a clause's subject (铅会干扰钙的吸收, 铁能促进造血). */
const MODAL_AFTER = new Set([...'会會能']);
/** After 的, a verb that its noun is the subject of (更便宜的铁替代了钴, 体内的铅会损伤神经). */
const NOUN_SUBJECT_VERB = new Set([...'替被会會能']);

/** What opens and closes a one-character metal standing as a word of its own (的铁, 铅、镉, 和铁相比, 为铁72%). */
const BARE_BEFORE = new Set([...'的是和与與及、或为為对對含有，,：:（(']);
const BARE_AFTER = new Set([...'的、和与與及或等被，,。；;：:）)！？']);
/** A sentence about materials: their metals, elements, alloys, what leaches from a pot, batteries. */
const MATERIAL_SENTENCE = /金属|金屬|合金|溶出|含量|矿物|礦物|[锅鍋]|电池|電池|不锈钢|不銹鋼|离子|離子|正极材料|正極材料|负极材料|負極材料|原材料/;
/**
 * A one-character metal that is a word of its own (正极材料中的铁和磷, 含有铅、镉等重金属, 和铁相比,
 * 为铁72%), in a sentence about materials or beside another metal: the metal, not a word's part.
 * Character tests first; the sentence is read only when both ends are a word's.
 */
function bareMetalWord(input: SenseInput): boolean {
  const { text, start, end, sentence } = input;
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  const opens = start === sentence.start || BARE_BEFORE.has(before) || (before === '者' && text.charAt(start - 2) === '或');
  if (!opens) return false;
  const closes = end === sentence.end || BARE_AFTER.has(after) || (after === '相' && text.charAt(end + 1) === '比') || PERCENT_AHEAD.test(text.slice(end, end + 8));
  if (!closes) return false;
  // Another metal joined to it in a list (铅、镉; 铁和磷), not one in another clause (沉默是金，雄辩是银).
  // (A metal compared with another is one too, wherever the other stands: 和铁相比，铝的密度.)
  const compared = after === '相' && text.charAt(end + 1) === '比';
  const listed = input.neighbours.some((n) => n.type === 'mineral' && n.entityId !== input.entityId && (compared || LIST_GAP.test(n.end <= start ? text.slice(n.end, start) : text.slice(end, n.start))));
  return listed || MATERIAL_SENTENCE.test(text.slice(sentence.start, sentence.end));
}
const PERCENT_AHEAD = /^\d+(?:\.\d+)?[%％]/;
/** What joins two metals of one list: a list mark or a conjunction, and at most a few characters. */
const LIST_GAP = /^[^，。；,;！？!?]{0,4}$/;

export function decideChinese(input: SenseInput, isCapital: boolean, isAbbrev: boolean): Decision {
  if (isCapital) return capital(input);
  if (isAbbrev) {
    const decision = abbreviation(input);
    // Read only for a 澳 the rules would keep: one with no context is dropped as before.
    if (decision.verdict !== 'keep' || input.surface !== '澳') return decision;
    // 港澳, 港、臺、澳: beside Hong Kong, 澳 is Macao (not beside a port, 中澳两国港口).
    return macaoPage(input.text) || HONG_KONG_NEAR.test(input.text.slice(Math.max(0, input.start - 4), input.end + 4)) ? drop('macao-page') : decision;
  }
  if (input.entityId.startsWith('mineral:') && input.end - input.start === 1) return metalCharacter(input);
  return keep('no-rule');
}
