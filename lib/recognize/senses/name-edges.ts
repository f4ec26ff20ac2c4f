/**
 * A country's name that is only part of a longer name or of a dateline, decided from the
 * characters at its edges, for names that need no sense rule otherwise:
 * - Chinese has no spaces, so a transliterated name can hold a country's: 阿曼达 (Amanda) holds
 *   阿曼 (Oman), 巴西尔 (Basil) 巴西; and a word can end on a name's first character: 最大马赫
 *   ("top Mach") holds 大马 (Malaysia).
 * - 贝宁王国, "the Kingdom of Benin": a historic kingdom where today's country is not one.
 * - 西班牙语, 印度尼西亚语: a language named after the country.
 * - "New Belgium", "New Spain": a company, a colony or an island named after a country.
 * - "Hong Kong (CNN Business)", "SINGAPORE —": a dateline, where the name says where a report was
 *   filed, not what it is about.
 * - "Lebanon, Pennsylvania", "Mexico, Mo.": a US town named after a country.
 * - "By Georgia Mills, Reuters": a byline's name, which a headline's capitals cannot tell apart.
 * Each check looks at a few characters, so it can run on every name.
 */
import { MONARCHIES } from '../lexicon/monarchies.ts';
import { US_STATES } from '../lexicon/us-states.ts';
import { code, codeSet } from './char-codes.ts';
import { standsAlone, wordGoesOn } from './zh-words.ts';
import { medalTiers, nameAfterRole, placeName } from './chinese.ts';

/**
 * Characters that continue a transliterated personal name after a country's name (达, 娜, 莎...),
 * and the words starting with them that do follow a country's name (达成, 特使, 利益...).
 */
const NAME_CONTINUES = codeSet('达達娜莎丽麗琳妮丝絲蒂赫诺諾茨兹茲维維洛夫顿頓森逊遜姆默恩伯迪芙雅翰琪薇璐珀柯瑟奥奧尔爾特斯尼利兰蘭');
const WORDS_AFTER_NAMES = new Set(
  `达成 達成 达到 達到 达标 達標 特使 特别 特別 特区 特區 特色 特殊 特朗 特种 特種 特有 特定 特产 特產 特警 特工 特派 特务
  特務 特首 利益 利用 利润 利潤 利率 利好 利息 利比 森林 维持 維持 维护 維護 维和 維和 奥运 奧運 尔后 爾後 伯利 雅加 斯里 尼日
  兰花 蘭花`
    .split(/\s+/)
    .filter(Boolean),
);
/** Characters before 大 that make it the end of a word (最大, 巨大, 扩大), not the start of 大马. */
const ENDS_IN_DA = codeSet('最较較更很太巨强強扩擴放伟偉庞龐重加远遠宏盛偌宽寬极極增壮壯高');
const [GUO, GUO_TRADITIONAL, DA, WANG, BAN, NAME_DOT, YU, YU_TRADITIONAL] = [...'国國大王半·语語'].map(code);
/** One or two characters that are no word of a country's own (人, 队, 国, 网, 风...), then the name dot. */
const NAME_DOT_SOON = /^[^\s·，。、；：,;:国國人队隊网網风風省市县縣馆館业業部]{1,2}·/;
/** 其 before 中国, and the characters after 国 that open a word with it (国航, 国企, 国资, 国有, 国家). */
const QI = code('其');
const AFTER_QIZHONG_GUO = codeSet('航企资資有家内內产產债債营營库庫际際');
/** 语言 and 语境 after a name: 中国语境下 is the country's setting, not a language. */
const [YAN, JING] = [...'言境'].map(code);
/** 族 after a name: an ethnic group (朝鲜族, 俄罗斯族, 蒙古族), not the country; 族群 and 族谱 are not that. */
const [ZU, WEN, HUA, HUA_TRADITIONAL] = [...'族文话話'].map(code);
const NOT_ETHNIC_AFTER = codeSet('群谱譜');
/**
 * Korean cooking named with 朝鲜 (朝鲜风味, 朝鲜料理, 朝鲜冷面): the Korean people's, as in 朝鲜族, more than
 * North Korea's.
 */
const KOREAN_COOKING_AFTER = /^(?:风味|風味|料理|美食|菜|冷面|冷麵|泡菜|拌饭|拌飯)/;

/** A date's day before 日 (11月17日), and words 本 opens after it (本公司, 本报): 日本 read across a date. */
const DIGIT_BEFORE = /[0-9０-９一二三四五六七八九十〇]/;
const DAY_OF_MONTH_BEFORE = /月[0-9０-９一二三四五六七八九十〇]{1,3}$/;
const WORD_AFTER_BEN = /^(?:公司|报|報|刊|次|届|屆|周|週|期|市|省|县|縣|会|會|院|部|集团|集團)/;

/**
 * An island before 苏丹, or 岛上的 (the sultan of an island); 各, 诸 and 国 after (many sultanates).
 * (Not a classifier of persons: 一名苏丹士兵 is a Sudanese soldier.)
 */
const ISLAND_BEFORE = /[岛島](?:上的)?$/;
const MANY_BEFORE = /[各诸諸众眾]$/;
function sultanOfAPlace(text: string, start: number, next: number): boolean {
  const before = text.slice(Math.max(0, start - 3), start);
  return ISLAND_BEFORE.test(before) || (MANY_BEFORE.test(before) && (next === GUO || next === GUO_TRADITIONAL));
}

/**
 * A company's name ending right before the name dot: a word of business closes it (紫金矿业, 青山控股,
 * 洛阳钼业集团, 某某公司), or a country's name in 国 opens it before a short name of two characters
 * (美国雅保, 中国五矿). A person's first name ends in neither.
 */
const BUSINESS_END = /(?:[业業]|控股|集团|集團|公司|股份|资源|資源|能源)$/;
const COUNTRY_THEN_SHORT_NAME = /[国國][^\s·，。、；：,;:]{2}$/;
function companyBeforeDot(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 4), dot);
  return BUSINESS_END.test(before) || COUNTRY_THEN_SHORT_NAME.test(before);
}

/** Why a Chinese country name at [start, end) is not a mention, or undefined when it is one. */
const GONG = '公'.charCodeAt(0);
const WANG_NET = '网'.charCodeAt(0);
const WANG_NET_TRADITIONAL = '網'.charCodeAt(0);
const SPORTING_EVENT_AFTER = /^(?:大[奖獎]赛|大[奖獎]賽|公[开開][赛賽]|[网網]球公[开開][赛賽])/;

export function zhNameEdge(text: string, start: number, end: number, entityId: string): string | undefined {
  const next = text.charCodeAt(end);
  const last = text.charCodeAt(end - 1);
  // A name of four characters or more (澳大利亚|维多利亚大学) is no part of a transliterated name.
  if (NAME_CONTINUES.has(next) && end - start < 4 && last !== GUO && last !== GUO_TRADITIONAL && !WORDS_AFTER_NAMES.has(text.slice(end, end + 2))) return 'inside a transliterated name';
  if (text.charCodeAt(start) === DA && ENDS_IN_DA.has(text.charCodeAt(start - 1))) return 'its first character ends the word before';
  if (next === WANG && /^王[国國]/.test(text.slice(end, end + 2)) && !MONARCHIES.has(entityId)) return 'a historic kingdom';
  // 朝鲜王朝: the Joseon dynasty of Korea's history (costume dramas), not North Korea.
  if (entityId === 'country:KP' && next === WANG && text.charAt(end + 1) === '朝') return 'a historic kingdom';
  // 文莱苏丹 is the Sultan of Brunei, 苏丹王 a sultan: a title, not Sudan.
  // So is an island's sultan (特尔纳特岛苏丹, 岛上的苏丹), and sultanates counted (各苏丹国): Sudan is one country.
  if (entityId === 'country:SD' && (/(?:文莱|文萊)$/.test(text.slice(start - 2, start)) || next === WANG || sultanOfAPlace(text, start, next))) return 'a sultan';
  // 朝鲜半岛, 印度半岛: the peninsula, a region rather than the country.
  if (next === BAN && /^半[岛島]/.test(text.slice(end, end + 2))) return 'a peninsula';
  // 西班牙语, 印度尼西亚语, 韩国语: a language, not the country (as 日语 for the abbreviations).
  if ((next === YU || next === YU_TRADITIONAL) && text.charCodeAt(end + 1) !== YAN && text.charCodeAt(end + 1) !== JING) return 'a language';
  // 朝鲜族, 俄罗斯族, 蒙古族: one of China's ethnic groups named like the country, not the country.
  // (族|群众: 俄罗斯族群众 is the group's people, not the word 族群.)
  if (next === ZU && (!NOT_ETHNIC_AFTER.has(text.charCodeAt(end + 1)) || /^族群[众眾]/.test(text.slice(end, end + 3)))) return 'an ethnic group';
  if (entityId === 'country:KP' && KOREAN_COOKING_AFTER.test(text.slice(end, end + 2))) return 'Korean cooking';
  // 朝鲜文, 朝鲜话: its script and its speech, when 文 or 话 starts no word of its own (中国文化, 韩国话题);
  // after 韩国, 文 is as often the surname of a president (韩国文在寅政府), and Korean script is 韩文.
  if ((next === HUA || next === HUA_TRADITIONAL || (next === WEN && !/^(?:韩|韓)/.test(text.slice(start, end)))) && !wordGoesOn(text, end)) return 'a language';
  // 其中国航, 其中国企: 其中 ("among them") and a word opening with 国, not China.
  if (text.charCodeAt(start - 1) === QI && (last === GUO || last === GUO_TRADITIONAL) && end - start === 2 && AFTER_QIZHONG_GUO.has(next)) return 'the 中 of 其中';
  // 迭戈·阿曼多: after the dot between a person's names, a transliterated name; not after a
  // company's name, where the dot joins the company to its project (中国五矿·秘鲁邦巴斯铜矿).
  if (text.charCodeAt(start - 1) === NAME_DOT && !companyBeforeDot(text, start - 1)) return 'inside a transliterated name';
  // 巴西鲁·迪奥马耶: a short name, one or two more characters, then the dot between a person's names:
  // the first of the names, transliterated (not 中国·杭州, a place after the dot; nor 美国人·, 中国队·).
  // (智利北部·阿塔卡马, 中国矿业·大会: not when a word of the sentence starts after the name.)
  if (end - start < 4 && NAME_DOT_SOON.test(text.slice(end, end + 3)) && !wordGoesOn(text, end)) return 'inside a transliterated name';
  // 11月17日|本公司, 5月3日|本报讯: a date's 日 and a 本 opening the next word, not Japan.
  // 加拿大大奖赛, 中国公开赛, 美国网球公开赛: a sporting event named after the country (the Canadian Grand Prix, the China Open).
  if ((next === DA || next === GONG || next === WANG_NET || next === WANG_NET_TRADITIONAL) && SPORTING_EVENT_AFTER.test(text.slice(end, end + 5))) return 'a sporting event';
  if (entityId === 'country:JP' && DIGIT_BEFORE.test(text.charAt(start - 1)) && DAY_OF_MONTH_BEFORE.test(text.slice(Math.max(0, start - 5), start)) && WORD_AFTER_BEN.test(text.slice(end, end + 2))) return 'a date, then a word opening with 本';
  return undefined;
}

/** A parenthesised news agency right after a name, then a dash or the report's first word glued on. */
const AGENCY_AFTER = /^\s*\(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}\)(?:\s*[—–-]|\p{Lu})/u;
/** A name in capitals, then a dash: "SINGAPORE —". */
const DASH_AFTER = /^\s+[—–-]\s/u;
/** Only white space or an opening quote before a dateline's place in its sentence. */
const LINE_START = /^[\s"“‘']*$/u;

/** A byline's opening, up to the name: "By ", "Story by ", "| Words by ", "By Ana Ruiz and ", at a line's start. */
const BYLINE_OPENING = /(?:^|[|•·]\s*)[\s"“]*(?:(?:Story|Words|Text|Reporting|Report|Written|Edited|Compiled|Posted|Published|Photos?|Photographs?|Pictures?|Images?|Video|Illustrations?|Graphics|Analysis|Interview)\s+)?(?:By|by)\s+(?:\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+(?:,|\s+and)\s+)?$/u;
/** What ends a byline's name: a comma, a bar or a dash, "and" another name, "for" a paper, or the line's end. */
const BYLINE_NAME_END = /^\s*(?:[,|/•·—–(]|(?:and|for)\s+\p{Lu}|$)/u;
const AFTER_BY_AND_A_WORD = /(?:y|and|,) \p{Lu}[\p{Ll}'’-]+ $/u;
/** A name's other word: a capital, then small letters (or "Mc", "O’"). */
const NAME_WORD = /^\s\p{Lu}[\p{Ll}'’]*\p{Ll}[\p{L}'’-]*/u;

/**
 * A word of the two-word name a byline gives ("By Georgia Mills, Reuters", "By Jordan Silver |
 * Updated"): a person, however much the line looks like a headline, where every word has a capital.
 */
export function inBylineName(text: string, start: number, end: number, sentenceStart: number): boolean {
  // A byline is a short line: a name far from its line's start is in none (and long prose is not searched).
  if (start - sentenceStart > 90) return false;
  const behind = text.slice(sentenceStart, start);
  // The name's first word: a second word, then the name's end.
  if (BYLINE_OPENING.test(behind)) {
    const second = NAME_WORD.exec(text.slice(end, end + 30));
    return second !== null && BYLINE_NAME_END.test(text.slice(end + second[0].length, end + second[0].length + 12));
  }
  // The name's second word: a first word after the opening, then the name's end.
  const first = /\p{Lu}[\p{Ll}'’-]+\s$/u.exec(behind);
  return first !== null && text.charAt(start - 1) === ' ' && BYLINE_OPENING.test(behind.slice(0, first.index)) && BYLINE_NAME_END.test(text.slice(end, end + 12));
}

/**
 * Whether the word ending at `space` may start with a capital, read back over ASCII small letters
 * first: most names follow a small word ("in China"), which rules out a byline's first name
 * without the regular expression.
 */
function capitalisedWordBefore(text: string, space: number): boolean {
  let i = space - 1;
  for (let c = text.charCodeAt(i); c >= 0x61 && c <= 0x7a; c = text.charCodeAt(--i));
  const c = text.charCodeAt(i);
  // Other letters, an apostrophe or a hyphen: the regular expression decides.
  if (c >= 0x80 || c === 0x27 || c === 0x2d) return true;
  // A capital with small letters after it; anything else ASCII ends the word uncapitalised.
  return c >= 0x41 && c <= 0x5a && i < space - 1;
}

/**
 * Why an English country name at [start, end) is not a mention, or undefined. `sentenceOf` gives
 * the sentence around a position (asked for only when a dateline is possible). A dateline's first
 * place is where the report was filed ("Hong Kong (CNN Business)", "SINGAPORE —"); a country after
 * a city ("MANILA, Philippines –") is still a mention, as the gold set has it.
 */
/** Words after "X Open" that name the tournament's parts: "the Australian Open final", "a US Open champion". */
const TOURNAMENT_PARTS = new Set(['champion', 'champions', 'championship', 'title', 'titles', 'final', 'finals', 'semifinal', 'semifinals', 'semi-final', 'semi-finals', 'quarterfinal', 'quarterfinals', 'quarter-final', 'quarter-finals', 'winner', 'winners', 'runner-up', 'singles', 'doubles', 'draw', 'crown', 'trophy', 'qualifying', 'debut']);

/**
 * A sporting event named after a country: "the Canadian Grand Prix", "won the Australian Open", "a
 * US Open champion" (as "Copa America" among the blocking phrases). "Open" counts only after "the"
 * or before a word of the tournament's, so that a title-case headline ("China Open To Talks")
 * keeps its country.
 */
function sportingEvent(text: string, start: number, end: number): boolean {
  if (text.startsWith(' Grand Prix', end)) return true;
  if (!text.startsWith(' Open', end) || /[\w-]/.test(text.charAt(end + 5))) return false;
  if (/(?:^|[^\p{L}])[Tt]he $/u.test(text.slice(Math.max(0, start - 5), start))) return true;
  const next = /^ +([A-Za-z-]+)/.exec(text.slice(end + 5, end + 24));
  return next !== null && TOURNAMENT_PARTS.has(next[1].toLowerCase());
}

export function enNameEdge(text: string, start: number, end: number, entityId: string, sentenceOf: (pos: number) => { start: number }): string | undefined {
  const next = text.charAt(end);
  // Most names are followed by a space and a word: only a bracket or a dash after the space can start a dateline.
  const after = next === ' ' ? text.charAt(end + 1) : next;
  if ((after === '(' || after === '—' || after === '–' || after === '-') && text.charAt(start - 1) !== '-') {
    const ahead = text.slice(end, end + 40);
    const capitals = text.slice(start, end) === text.slice(start, end).toUpperCase();
    if ((AGENCY_AFTER.test(ahead) || (capitals && DASH_AFTER.test(ahead))) && LINE_START.test(text.slice(sentenceOf(start).start, start))) return 'dateline';
  }
  if (text.charCodeAt(start - 1) === 0x20) {
    // Only the last letter of "New", "of" or "the" before the space is worth a closer look.
    const last = text.charCodeAt(start - 2);
    if (last === 0x77 && text.startsWith('New', start - 4) && !/\p{L}/u.test(text.charAt(start - 5))) return 'a name that starts with New';
    if ((last === 0x66 || last === 0x65) && (text.startsWith('Kingdom of', start - 11) || text.startsWith('Kingdom of the', start - 15)) && !MONARCHIES.has(entityId)) return 'a historic kingdom';
  }
  if (after === 'K' && text.startsWith(' Kingdom', end) && !/\p{L}/u.test(text.charAt(end + 8)) && !MONARCHIES.has(entityId)) return 'a historic kingdom';
  if (next === ',' && /[A-Z]/.test(text.charAt(end + 2))) {
    const state = /^,\s*((?:New |North |South |West |Rhode )?\p{Lu}[\p{L}.]*)/u.exec(text.slice(end, end + 20))?.[1];
    // The full stop that ends the sentence is not an abbreviation's ("in Lebanon, Missouri.").
    // ("Kazakhstan, Uzbekistan, Georgia, and Mongolia": a list of countries going on after Georgia is no town and state.)
    const listGoesOn = state !== undefined && /^,?\s*(?:(?:and|or)\s+)?\p{Lu}|^,\s*(?:and|or)\s/u.test(text.slice(end + 2 + state.length, end + 2 + state.length + 8));
    // ("Ukraine, Moldova, Georgia.": a name after a comma and another capitalised name is a list's too.)
    const listBefore = /\p{Lu}[\p{L}.]*,\s*$/u.test(text.slice(Math.max(0, start - 24), start));
    // (Only Georgia is also a country, so only a list with Georgia can be one of countries.)
    if (state && !(state.replace(/\.$/, '') === 'Georgia' && (listGoesOn || listBefore)) && (US_STATES.has(state) || (state.endsWith('.') && US_STATES.has(state.slice(0, -1))))) return 'a US town';
  }
  // "Jordan Valley, Oregon", "Mexico Beach, Fla.": a place word makes a town of the name before a state.
  if (next === ' ' && 'VBCSTFHLJ'.includes(after)) {
    const town = /^ (?:Valley|Beach|City|Springs|Township|Falls|Heights|Lake|Center|Centre|Hills|Creek|Junction),\s*((?:New |North |South |West |Rhode )?\p{Lu}[\p{L}.]*)/u.exec(text.slice(end, end + 34))?.[1];
    if (town && US_STATES.has(town)) return 'a US town';
    // "Turkey Creek", "Chile Heights": a word only small places are named with makes a place of the
    // name even with no state after it (not Valley, Lake or City, which also follow a country's own
    // name, "the Jordan Valley", "Kuwait City"; nor Falls or Springs, verbs in a Title Case
    // headline, "Turkey Falls Into Recession").
    if (/^ (?:Creek|Heights|Township|Junction|Beach|Hills)\b/.test(text.slice(end, end + 12))) return 'a place named after it';
  }
  if (next === ' ' && (after === 'O' || after === 'G') && sportingEvent(text, start, end)) return 'a sporting event';
  // Only a name right after "by " or one word after it can be in one.
  if ((text.startsWith('y ', start - 2) || text.startsWith('and ', start - 4) || text.startsWith(', ', start - 2) || (text.charCodeAt(start - 1) === 0x20 && capitalisedWordBefore(text, start - 1) && AFTER_BY_AND_A_WORD.test(text.slice(Math.max(0, start - 24), start)))) && inBylineName(text, start, end, sentenceOf(start).start)) return 'a byline';
  return undefined;
}

/** A fineness stamped after white gold (白金750, “白金”750): 750 parts of gold in 1000. */
const WHITE_GOLD_FINENESS = /^[”」"]?\s?750/;
/** Precious metals' names that also mean "golden", "platinum", "silver" as a rank or a time. */
const PRECIOUS_NAMES = new Set(['黄金', '黃金', '白金', '白银', '白銀', '铂金', '鉑金']);
/**
 * Words after them that make the figurative sense: a prime time (黄金时段), a golden generation
 * (黄金一代), a prime spot (黄金地段), a golden corridor or effect (黄金通道, 黄金动脉, 黄金效应), a platinum record, its certification or a tier (白金唱片, 白金认证, 白金会员), an award; but
 * a standard to measure by (黄金标准, 黄金准则), a prime season or waterway (黄金季节, 黄金水道), the
 * golden retriever (黄金猎犬, a dog's breed); but 黄金期货 is gold futures, and a 时 that ends its
 * clause is "when" (当金价高于COMEX黄金时，…), not a time.
 */
const FIGURATIVE_AFTER =
  /^(?:时|時|期(?!货|貨)|周|週|档|檔|一代|年龄|年齡|十年|坑|通道|大通|动脉|動脈|走廊|跳板|效应|效應|搭档|搭檔|组合|組合|位置|地段|海岸|右脚|右腳|左脚|左腳|窗口|法则|法則|比例|分割|联赛|聯賽|会员|會員|卡|级|級|唱片|认证|認證|岁月|歲月|阵容|陣容|奖|獎|牌|标准|標準|准则|準則|季节(?!性)|季節(?!性)|水道|猎犬|獵犬)/;
/**
 * After a one-character metal: an award (铜奖) or a colour (古铜色, and the pigment colours 钴蓝,
 * 铬绿), not the metal. Not 黄 or 红, which start minerals' names (镍黄铁矿), nor 白 (钛白粉 is a
 * titanium product).
 */
const AWARD_OR_COLOUR_AFTER = new Set([...'奖獎牌色蓝藍绿綠紫青灰']);
/** A place named with a metal: 白银|市 (a city in Gansu), when the segmenter reads the 市 alone. */
const PLACE_AFTER = new Set([...'市县縣区區镇鎮']);
/**
 * A place's own bodies and people, which the segmenter reads as one word with its 市 or 县 (白银|市委,
 * 白银|市政府, 白银|市长): the place still (白银市场 is the silver market, and 市长期, 市长远 are 市|长期,
 * a market in the long run).
 */
const PLACE_BODY_AFTER = /^(?:市委|市政府|市民|市区|市區|市人大|市政协|市政協|市辖|市轄|县委|縣委|县政府|縣政府|区委|區委|市[长長](?![期远遠线線久]))/;
/** A market's own words after a metal's 市 (白银市值, 白银市况, 白银市价): the market, never a city, however the segmenter splits them. */
const MARKET_AFTER = /^市(?:值|况|況|场|場|价|價)/;

/** Verbs of buying, selling or holding, and comparisons, before 黄金时 "when … gold" (购买黄金时, 高于COMEX黄金时); a one-character verb right before it (卖黄金时, not 卖场迎来黄金时). */
const GOLD_WHEN_VERB = /(?:(?:买|買|卖|賣|购|購)(?![场場物房车車货貨])[^，,。；;！？!?的]{0,4}|(?:购入|購入|卖出|賣出|出售|增持|持有|投资|投資|配置|囤积|囤積|回收|开采|開採|佩戴|兑换|兌換|典当|典當|高于|高於|低于|低於)[^，,。；;！？!?的]{0,4})$/;
/** What makes a 时 after 黄金 a word of time whatever comes before: 黄金时代, 黄金时段, 黄金时刻, 黄金时间, 黄金时光. */
const GOLD_TIME_WORD_AFTER = /^(?:时|時)[代段刻间間光节節机機空点點期候]/;
/**
 * 黄金时 as "when … gold" (中国消费者购买黄金时更看重工艺, 当金价高于COMEX黄金时，): after a verb of
 * buying, selling or holding, or inside 当/在…时; never after 的 (旅游的黄金时，is a prime time). 黄金时价 is gold's price.
 */
function goldWhen(text: string, start: number, end: number): boolean {
  const next = text.charAt(end);
  if (next !== '时' && next !== '時') return false;
  if (/^[价價]/.test(text.charAt(end + 1))) return true;
  if (GOLD_TIME_WORD_AFTER.test(text.slice(end, end + 2))) return false;
  if (text.charAt(start - 1) === '的') return false;
  if (GOLD_WHEN_VERB.test(text.slice(Math.max(0, start - 8), start))) return true;
  // 当/在 opening the clause the 时 closes.
  for (let i = start - 1; i >= 0 && i >= start - 24; i--) {
    const c = text.charAt(i);
    if (/[，,。；;！？!?：:\n]/.test(c)) return false;
    // (not 相当, 应当; not 现在, 存在, 正在, 所在)
    if ((c === '当' || c === '當') && !/[相应應适適]/.test(text.charAt(i - 1))) return true;
    if (c === '在' && !/[现現存正所实實自好]/.test(text.charAt(i - 1))) return true;
  }
  return false;
}

/**
 * Why a Chinese mineral name that needs no sense rule at [start, end) is not the mineral here, or
 * undefined: 黄金时段 (prime time), 铜奖 (a bronze award), 古铜色 (a bronze colour), 白银市 (a city).
 */
export function zhMineralEdge(text: string, start: number, end: number): string | undefined {
  const next = text.charAt(end);
  // 影片《钛》, 電影《黃金》: the metal's name as the whole title of a work (as the film "Zinc").
  if ((text.charAt(start - 1) === '《' || text.charAt(start - 1) === '〈') && (next === '》' || next === '〉')) return 'a title';
  if (end - start === 1) {
    if (AWARD_OR_COLOUR_AFTER.has(next)) return 'an award or a colour';
    if (medalTiers(text, start, end)) return 'medal tiers';
    // 教练刘铜: after a role and a surname, the metal is a given name.
    if (nameAfterRole(text, start, end)) return 'a person';
    return placeName(text, start, end) ? 'a place' : undefined;
  }
  if (PRECIOUS_NAMES.has(text.slice(start, end))) {
    if (FIGURATIVE_AFTER.test(text.slice(end, end + 3)) && !goldWhen(text, start, end)) return 'figurative';
    // 18K白金, 白金750: white gold, an alloy of gold by its karat or fineness, not platinum.
    if (text.startsWith('白金', start) && (/[Kk]/.test(text.charAt(start - 1)) || WHITE_GOLD_FINENESS.test(text.slice(end, end + 5)))) return 'white gold';
    // 村民黄金树: after a role, 黄 is a surname and 金 starts the given name.
    if (nameAfterRole(text, start, end)) return 'a person';
  }
  if (!PLACE_AFTER.has(next) || MARKET_AFTER.test(text.slice(end, end + 2))) return undefined;
  return PLACE_BODY_AFTER.test(text.slice(end, end + 4)) || standsAlone(text, end) ? 'a place' : undefined;
}
