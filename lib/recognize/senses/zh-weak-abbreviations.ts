/**
 * One-character abbreviations that are ordinary characters far more often than countries: 以
 * ("with", "by": 以合作取胜), 老 ("old": 老方 is also a person), 伊 (Iran or Iraq; also 伊始, 伊人),
 * 巴 (Pakistan, Brazil or Palestine; also 嘴巴, and 中巴 is a minibus), 柬 (of 请柬, an invitation),
 * 秘 (Peru; 秘书), 委 (Venezuela; 委员会), 马 (Malaysia; a horse, a surname, and the first
 * character of the Maldives, Mali and Malta), 星 (Singapore; a star, 明星, 星期) and 纽 (New
 * Zealand; 纽约 is New York, 纽带 a bond), each also in its traditional spelling (馬, 紐).
 * News writes them for their countries in a pair with another country before a word of relations
 * or of a joint work (中以关系, 泰柬边境, 中老铁路, 中巴经济走廊) and as a country's side or army (巴方,
 * 以军), on a page that names the country in full somewhere, or in a pair that has one reading
 * wherever it stands (巴以: Palestine and Israel; 印巴: India and Pakistan).
 *
 * So they count only with both: the context and the name (or that pair). 老, 柬, 秘 and 委 have one
 * country each and, unlike 以, are rarely a word before a word of relations, so a pair alone will
 * do for them (中老铁路, 泰柬边境, 中秘关系); 马 could be four countries, so it wants Malaysia named; a side still needs the name (老方 is also a person). A candidate
 * short of what it needs is set aside before any other rule reads it as a neighbour, so that it
 * cannot make 中 one half of a pair in 中老年 or 比赛中以合作取胜.
 *
 * Countries that news names by one character almost only in such a pair (中葡关系, 中匈建交,
 * 中瑞自贸协定) are weak abbreviations too: the rare characters (葡, 匈, 捷, 丹, 芬, 挪, 叙, 黎, 孟,
 * 坦) need no name, as 老 does not; the commoner ones (希, 塞, 瑞, 吉, 塔, 波, 冰, 奥) and 埃 (also
 * Ethiopia's 埃塞) want the country named, and 瑞 which of Switzerland and Sweden. 比 (Belgium), 白
 * (Belarus), 古 (Cuba), 约 (Jordan), 斯 (Sri Lanka) and 新 are left out: each is so common a
 * character that its candidates would cost every Chinese page more than the pairs are worth.
 */
import { code, codeSet } from './char-codes.ts';
import * as cue from './cues.ts';
import { wordEndingAt } from './zh-words.ts';

/** Each weak abbreviation's countries, as the dataset gives them (a test holds the two together). */
export const WEAK_ABBREVIATION_COUNTRIES: Readonly<Record<string, readonly string[]>> = {
  以: ['country:IL'],
  老: ['country:LA'],
  柬: ['country:KH'],
  巴: ['country:PK', 'country:BR', 'country:PS'],
  伊: ['country:IR', 'country:IQ'],
  秘: ['country:PE'],
  委: ['country:VE'],
  马: ['country:MY'],
  馬: ['country:MY'],
  星: ['country:SG'],
  纽: ['country:NZ'],
  紐: ['country:NZ'],
  // Countries news names by one character mostly in a pair (中葡关系, 中吉乌铁路, 中瑞自贸协定).
  葡: ['country:PT'],
  希: ['country:GR'],
  埃: ['country:EG'],
  匈: ['country:HU'],
  塞: ['country:RS'],
  瑞: ['country:CH', 'country:SE'],
  吉: ['country:KG'],
  塔: ['country:TJ'],
  捷: ['country:CZ'],
  波: ['country:PL'],
  丹: ['country:DK'],
  芬: ['country:FI'],
  挪: ['country:NO'],
  冰: ['country:IS'],
  奥: ['country:AT'],
  奧: ['country:AT'],
  孟: ['country:BD'],
  叙: ['country:SY'],
  敘: ['country:SY'],
  黎: ['country:LB'],
  坦: ['country:TZ'],
};

export const WEAK_ABBREVIATIONS = new Set(Object.keys(WEAK_ABBREVIATION_COUNTRIES));
/** The same by character code: the recognizer asks it of every match on a page, before any string is made. */
export const WEAK_ABBREVIATION_CODES = codeSet(Object.keys(WEAK_ABBREVIATION_COUNTRIES).join(''));
/** The ones a pair before a word of relations settles without the country's name on the page. */
export const PAIRED_WITHOUT_NAME = new Set([...'老柬秘委葡匈捷丹芬挪叙敘黎孟坦']);

/** The full names, simplified and traditional, that settle which country an abbreviation is. */
const FULL_NAMES: Readonly<Record<string, RegExp>> = {
  'country:IL': /以色列/,
  'country:LA': /老挝|老撾|寮國/,
  'country:KH': /柬埔寨/,
  'country:PK': /巴基斯坦/,
  'country:BR': /巴西/,
  'country:PS': /巴勒斯坦/,
  'country:IR': /伊朗/,
  'country:IQ': /伊拉克/,
  'country:PE': /秘鲁|秘魯/,
  'country:VE': /委内瑞拉|委內瑞拉/,
  // 大马 is Malaysia, but not in 大马士革 (Damascus) or 大马路 (a main road).
  'country:MY': /马来西亚|馬來西亞|大[马馬](?!士革|路)/,
  'country:SG': /新加坡|星加坡|獅城|狮城/,
  'country:NZ': /新西兰|新西蘭|纽西兰|紐西蘭/,
  'country:PT': /葡萄牙/,
  'country:GR': /希[腊臘]/,
  'country:EG': /埃及/,
  'country:HU': /匈牙利/,
  'country:RS': /塞[尔爾]维亚|塞爾維亞/,
  'country:CH': /瑞士/,
  'country:SE': /瑞典/,
  'country:KG': /吉[尔爾]吉斯/,
  'country:TJ': /塔吉克/,
  'country:CZ': /捷克/,
  'country:PL': /波[兰蘭]/,
  'country:DK': /丹[麦麥]/,
  'country:FI': /芬[兰蘭]/,
  'country:NO': /挪威/,
  'country:IS': /冰[岛島]/,
  'country:AT': /[奥奧]地利/,
  'country:BD': /孟加拉/,
  'country:SY': /[叙敘]利[亚亞]/,
  'country:LB': /黎巴嫩/,
  'country:TZ': /坦桑尼[亚亞]|坦尚尼[亚亞]/,
};

/** The same names, each found at every place it stands (made once, not per match). */
const FULL_NAMES_EVERYWHERE: Readonly<Record<string, RegExp>> = Object.fromEntries(Object.entries(FULL_NAMES).map(([id, re]) => [id, new RegExp(re.source, 'g')]));

/** Pairs with one reading wherever they stand: each character's country. */
const PAIR_READINGS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  巴以: { 巴: 'country:PS', 以: 'country:IL' },
  以巴: { 以: 'country:IL', 巴: 'country:PS' },
  印巴: { 巴: 'country:PK' },
  巴印: { 巴: 'country:PK' },
};

/** Words after a pair of abbreviations that name two countries: relations, and their joint works. */
const JOINT_AFTER = /^(?:两国|兩國|双方|雙方|铁路|鐵路|经济走廊|經濟走廊|建交|友谊|友誼|自贸|自貿|命运共同|命運共同|全面战略|全面戰略|和平进程|和平進程)/;
/**
 * The joint works only two countries have (经济走廊, 建交, 自贸, 全面战略, 命运共同体, 友谊): a pair before
 * one of them names two countries even mid-phrase (推进中巴经济走廊, 深化中巴全面战略合作), where a
 * locative 中 (比赛中) has no such word after the next character.
 */
const BILATERAL_WORK_AFTER = /^(?:经济走廊|經濟走廊|建交|友谊|友誼|自贸|自貿|命运共同|命運共同|全面战略|全面戰略)/;
/** Whether a pair that ends at `pairEnd` stands before a joint work only two countries have. */
export function bilateralWorkAfter(text: string, pairEnd: number): boolean {
  return BILATERAL_WORK_AFTER.test(text.slice(pairEnd, pairEnd + 4));
}

/**
 * 阿以冲突, 阿以和平进程, 以阿关系: 阿 (the Arab states, no country and so no match) against 以 before a
 * word of relations is the Arab-Israeli pair, with one reading wherever it stands; not a 阿 that ends
 * a word before it (沙阿, the Shah).
 */
export function arabIsraeliPair(text: string, start: number): boolean {
  if (text.charAt(start) !== '以') return false;
  if (text.charAt(start - 1) === '阿') return pairNamesCountries(text, start + 1) && wordEndingAt(text, start - 1) === undefined;
  return text.charAt(start + 1) === '阿' && pairNamesCountries(text, start + 2);
}

/**
 * 以军方发言人, 以军方称: the army's spokesman or its statement right after 军方, which a preposition 以
 * with 军方 as its object (以军方名义, 以军方批准为准) is not followed by.
 */
const ARMY_SPEAKS_AFTER = /^(?:军方|軍方)(?:发言人|發言人|称|稱|表示|宣布|声称|聲稱|宣称|宣稱|否认|否認|证实|證實|指出)/;
export function armySpeaksAfter(text: string, end: number): boolean {
  return ARMY_SPEAKS_AFTER.test(text.slice(end, end + 5));
}

/** A country's side or army, or the country itself as 國 (以國, 柬國: Taiwan's press): 巴方, 以军. */
const SIDE_OR_ARMY = new Set([...'方军軍國国']);

/**
 * Whether the weak abbreviation at `start`, with a one-character country against it before or after,
 * stands in a pair before a word of relations or of a joint work (中巴两国, 中吉乌铁路).
 */
export function weakInPair(text: string, start: number, partnerBefore: boolean, partnerAfter: boolean): boolean {
  return (partnerBefore || partnerAfter) && pairNamesCountries(text, start + (partnerAfter ? 2 : 1));
}

/** Whether the pair that ends at `pairEnd` stands before a word of relations or of a joint work. */
export function pairNamesCountries(text: string, pairEnd: number): boolean {
  const ahead = text.slice(pairEnd, pairEnd + 4);
  return cue.ZH_RELATIONS_AFTER.test(ahead) || JOINT_AFTER.test(ahead);
}

/** A side or an army after the abbreviation (巴方, 以军), which the rule then checks starts no word. */
export function sideOrArmyAfter(text: string, end: number): boolean {
  return SIDE_OR_ARMY.has(text.charAt(end));
}

/** Joins between two sides in talks: 中方愿同老方, 中方与以方, 中方和柬方. */
const SIDE_JOINS = codeSet('同与與和跟');
/** Words 方 starts that make it no side: 方面, 方法, 方案, 方式, 方向, 方便, 方言, 方针. */
const NOT_SIDE_AFTER = codeSet('面法案式向便言针針');
/** A strong abbreviation's side, earlier in the sentence: 中方, 美方, 日方, 俄方, 韩方. */
const STRONG_SIDE = /[中美日俄韩韓]方/;

/** How far back the other side is looked for, and what ends its sentence. */
const SIDE_REACH = 30;
const SENTENCE_TAIL = /[^。！？!?；;]*$/;

/**
 * 中方愿同老方一道, 中方与以方: a side joined to another country's side named before it in the
 * same sentence (at most SIDE_REACH characters back) is a country's side, with no full name on the
 * page. Only for the abbreviations with one country (老, 以, 柬): 巴方 and 伊方 would still not say
 * which. Characters first; the text before is read only for a side after a join.
 */
export function sideAnsweringSide(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) !== FANG || !SIDE_JOINS.has(text.charCodeAt(start - 1)) || NOT_SIDE_AFTER.has(text.charCodeAt(end + 1))) return false;
  if (WEAK_ABBREVIATION_COUNTRIES[text.charAt(start)]?.length !== 1) return false;
  const before = text.slice(Math.max(0, start - 1 - SIDE_REACH), start - 1);
  return STRONG_SIDE.test(SENTENCE_TAIL.exec(before)?.[0] ?? '');
}
const FANG = code('方');

/** The country a pair with one reading gives the abbreviation at `start` (巴 of 巴以 is Palestine). */
function pairReading(text: string, start: number): string | undefined {
  const ch = text.charAt(start);
  return PAIR_READINGS[text.slice(start - 1, start + 1)]?.[ch] ?? PAIR_READINGS[text.slice(start, start + 2)]?.[ch];
}

/** Whether the text names `entityId` in full, or the pair around `start` reads as that country. */
export function weakAbbreviationNamed(text: string, start: number, entityId: string): boolean {
  return pairReading(text, start) === entityId || FULL_NAMES[entityId]?.test(text) === true;
}

/**
 * Whether the weak abbreviation at `start` has what its rule asks for: a one-character country
 * against it (`partnerBefore`, `partnerAfter`) with a word of relations after the pair, or a side
 * or an army after it; and one of its countries named in the text or a pair with one reading.
 * Asked before the other rules, so that one without them is no one's neighbour.
 */
export function weakAbbreviationMayStand(text: string, start: number, partnerBefore: boolean, partnerAfter: boolean): boolean {
  if (arabIsraeliPair(text, start)) return true;
  const paired = weakInPair(text, start, partnerBefore, partnerAfter);
  if (!paired && !sideOrArmyAfter(text, start + 1)) return false;
  if (!paired && sideAnsweringSide(text, start, start + 1)) return true;
  if ((paired && PAIRED_WITHOUT_NAME.has(text.charAt(start))) || pairReading(text, start) !== undefined) return true;
  return (WEAK_ABBREVIATION_COUNTRIES[text.charAt(start)] ?? []).some((id) => FULL_NAMES[id]?.test(text));
}

/**
 * Which of the countries sharing the abbreviation at `start` the text means: the one a pair with
 * one reading gives (巴以), else the one whose full name stands nearest, else the first (which the
 * rule then drops for want of either).
 */
export function resolveSharedAbbreviation(text: string, start: number, ids: string[]): string {
  const read = pairReading(text, start);
  if (read !== undefined && ids.includes(read)) return read;
  let best = ids[0];
  let distance = Infinity;
  for (const id of ids) {
    const full = FULL_NAMES_EVERYWHERE[id];
    if (!full) continue;
    full.lastIndex = 0;
    for (let m = full.exec(text); m; m = full.exec(text)) {
      const d = Math.abs(m.index - start);
      if (d < distance) [best, distance] = [id, d];
    }
  }
  return best;
}
