/**
 * One-character abbreviations that are ordinary characters far more often than countries: 以
 * ("with", "by"), 老 ("old"), 伊 (Iran or Iraq; also a pronoun and a name), 巴 (Pakistan, Brazil or
 * Palestine; also 嘴巴, 巴士) and 柬 (of 请柬, an invitation). News writes them for their countries
 * in a pair with another country before a word of relations or of a joint project (中以关系,
 * 泰柬边境, 中老铁路, 中巴经济走廊, 美伊双方) and in a country's side or army (巴方, 以军).
 *
 * So they count only there: a candidate with neither is set aside before any other rule reads its
 * neighbours (其中以, 日以继夜, 中老年 stay ordinary text), and one that is shared by several
 * countries counts only where the text names the one it means, or by a pair that has one reading
 * (印巴: India and Pakistan; 以巴: Israel and Palestine).
 */
import * as cue from './cues.ts';

export const WEAK_ABBREVIATIONS = new Set([...'以老柬巴伊']);

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
};

/** Pairs that name one pair of countries wherever they stand: the partner before, then the reading. */
const PAIR_READINGS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  巴: { 印: 'country:PK', 以: 'country:PS' },
};

/** Words after a pair of abbreviations that name two countries: relations, and their joint works. */
const JOINT_AFTER = /^(?:两国|兩國|双方|雙方|铁路|鐵路|经济走廊|經濟走廊|建交|友谊|友誼)/;
/** A country's side or army: 巴方, 以军. */
const SIDE_OR_ARMY = new Set([...'方军軍']);

/** Whether the pair that ends at `pairEnd` stands before a word of relations or of a joint work. */
export function pairNamesCountries(text: string, pairEnd: number): boolean {
  const ahead = text.slice(pairEnd, pairEnd + 4);
  return cue.ZH_RELATIONS_AFTER.test(ahead) || JOINT_AFTER.test(ahead);
}

/**
 * Whether a weak abbreviation at `start` has any context its rule reads: a one-character country
 * against it (`partnerBefore`, `partnerAfter`) with a word of relations after the pair, or a side
 * or an army after it. Asked before the other rules, so that one without it is no one's neighbour.
 */
export function weakAbbreviationMayStand(text: string, start: number, partnerBefore: boolean, partnerAfter: boolean): boolean {
  if (SIDE_OR_ARMY.has(text.charAt(start + 1))) return true;
  if (!partnerBefore && !partnerAfter) return false;
  return pairNamesCountries(text, start + (partnerAfter ? 2 : 1));
}

/** Whether the text names `entityId` in full, or the pair around `start` has that one reading. */
export function weakAbbreviationNamed(text: string, start: number, entityId: string): boolean {
  const full = FULL_NAMES[entityId];
  if (full?.test(text)) return true;
  return PAIR_READINGS[text.charAt(start)]?.[text.charAt(start - 1)] === entityId;
}

/** Whether the abbreviation has one country only (以, 老, 柬), so that a pair alone may settle it. */
export function weakAbbreviationHasOneCountry(ch: string): boolean {
  return ch !== '巴' && ch !== '伊';
}

/** A side or an army after the abbreviation (巴方, 以军), which the rule then checks starts no word. */
export function sideOrArmyAfter(text: string, end: number): boolean {
  return SIDE_OR_ARMY.has(text.charAt(end));
}

/**
 * Which of the countries sharing the abbreviation at `start` the text means: the one whose full
 * name stands nearest, else the one a pair reads (印巴), else the first (which the rule then drops
 * for want of either).
 */
export function resolveSharedAbbreviation(text: string, start: number, ids: string[]): string {
  let best = ids[0];
  let distance = Infinity;
  for (const id of ids) {
    const full = FULL_NAMES[id];
    if (!full) continue;
    const global = new RegExp(full.source, 'g');
    for (let m = global.exec(text); m; m = global.exec(text)) {
      const d = Math.abs(m.index - start);
      if (d < distance) [best, distance] = [id, d];
    }
  }
  if (distance < Infinity) return best;
  return PAIR_READINGS[text.charAt(start)]?.[text.charAt(start - 1)] ?? ids[0];
}
