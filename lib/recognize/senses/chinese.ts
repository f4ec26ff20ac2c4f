/**
 * Sense rules for Chinese. Full names (美国, 哈萨克斯坦) need none; one-character country
 * abbreviations (美, 日, 华, 中, 俄, 乌...) count only in the compounds news uses them in
 * (美日, 对华, 中资, 日相, 俄乌), and capitals only when they stand for a government (北京宣布).
 */
import * as cue from './cues.ts';
import type { Decision, SenseInput } from './types.ts';

const keep = (why: string): Decision => ({ verdict: 'keep', why });
const drop = (why: string): Decision => ({ verdict: 'drop', why });

/** One-character abbreviations that may pair with another ("中美", "俄乌"). */
const PAIRABLE = new Set([...'中美日俄乌烏韩韓澳英法德印哈朝越菲泰加蒙巴']);
/** The ones common enough to form a pair on their own evidence. */
const STRONG = new Set([...'中美日俄华華']);
/** Abbreviations that a preposition alone may confirm ("对美", "对日", "在华"). */
const STRONG_AFTER_PREPOSITION = new Set([...'美日华華俄韩韓澳']);

function abbreviation(input: SenseInput): Decision {
  const { text, start, end } = input;
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  const ch = input.surface;
  if (/[对對赴访訪驻駐援]/.test(before) && STRONG_AFTER_PREPOSITION.has(ch)) return keep('after-preposition');
  if (ch === '日' && cue.ZH_DAY_BEFORE.has(before)) return drop('day');
  if (dayCompound(ch, after)) return drop('day');
  const pairedWith = (c: string) => PAIRABLE.has(c) && (STRONG.has(c) || STRONG.has(ch));
  const neighbourAbbrev = input.neighbours.some((n) => (n.end === start || n.start === end) && n.end - n.start === 1);
  if (neighbourAbbrev && (pairedWith(before) || pairedWith(after))) return keep('pair');
  if (cue.ZH_ABBREV_AFTER.has(after)) return keep('compound');
  // "在华日企", "来美": a preposition of place makes the common abbreviations a country.
  if (cue.ZH_ABBREV_BEFORE.has(before) && STRONG_AFTER_PREPOSITION.has(ch) && ch !== '日' && ch !== '中') return keep('after-preposition');
  return drop('abbrev-without-context');
}

function dayCompound(ch: string, after: string): boolean {
  return ch === '日' && /[前后後期常益子程报報志内內间間均趋趨夜光出落用元圆圓]/.test(after);
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
  return candidates.includes('country:UA') ? 'country:UA' : candidates[0];
}

/** Characters after a one-character metal name that make it the material (金矿, 铅酸, 铁矿石). */
const MATERIAL_AFTER = new Set([...'矿礦价價锭錠条條块塊粉丝絲砂板箔储儲产產酸盐鹽合片']);

/**
 * A one-character metal name that is also part of ordinary words (金融, 基金, 铁路, 银行): kept
 * when a material word follows, when another metal sits right next to it (镍铁), or in a list of
 * minerals (铜、锡、镍).
 */
function metalCharacter(input: SenseInput): Decision {
  const after = input.text.charAt(input.end);
  if (MATERIAL_AFTER.has(after)) return keep('material-compound');
  const touching = input.neighbours.some((n) => n.type === 'mineral' && (n.end === input.start || n.start === input.end));
  if (touching) return keep('metal-compound');
  const listed = input.neighbours.some((n) => {
    if (n.type !== 'mineral') return false;
    const gap = n.end <= input.start ? input.text.slice(n.end, input.start) : input.text.slice(input.end, n.start);
    return /^[、,，和与與及或]$/.test(gap);
  });
  return listed ? keep('mineral-list') : drop('ordinary-word');
}

export function decideChinese(input: SenseInput, isCapital: boolean, isAbbrev: boolean): Decision {
  if (isCapital) return capital(input);
  if (isAbbrev) return abbreviation(input);
  if (input.entityId.startsWith('mineral:') && input.end - input.start === 1) return metalCharacter(input);
  return keep('no-rule');
}
