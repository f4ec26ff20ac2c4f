/**
 * A learned second opinion on a deal phrase the rules kept. The rules read a deal from its head
 * noun, determiner, parties and value; what they miss is the register of the sentence around it.
 * An explainer ("A contract is usually signed by both parties"), a template or a sports page uses
 * the same words as a news report of a signed deal, and narrow rules written from one sample of
 * the web did not carry to the next (stop 43's real-text sweeps). A logistic model over words
 * around the phrase and a few shapes of the sentence (digits, capitals, countries named, a reader
 * spoken to) generalised better across those samples, so it gets the last word on a kept phrase.
 *
 * Pure: sentence text and counts in, a probability out. The weights are trained by
 * scripts/train-deal-filter.ts; data/deal-plausibility.json says on what.
 */

/** What the model reads of one kept deal phrase. Offsets are within `sentence`. */
export interface DealCandidateView {
  sentence: string;
  start: number;
  end: number;
  /** The deal word's class (agreement, stake, zh-strong…). */
  cls: string;
  /** The rule's reason for keeping it, if it gave one ("determiner", "value"…). */
  specific: string;
  /** Countries and minerals the recognizer found in the sentence. */
  countries: number;
  minerals: number;
  zh: boolean;
}

/** The weights as stored: a feature's weight per language. */
export interface DealModelFile {
  threshold: number;
  en: Record<string, number>;
  zh: Record<string, number>;
}

export interface DealModel {
  /** A kept phrase scoring under this is dropped. */
  threshold: number;
  en: Map<string, number>;
  zh: Map<string, number>;
}

/** Maps, not the stored objects: a feature such as "constructor" must never read a prototype's key. */
export function loadDealModel(file: DealModelFile): DealModel {
  return { threshold: file.threshold, en: new Map(Object.entries(file.en)), zh: new Map(Object.entries(file.zh)) };
}

const WORD = /[A-Za-z][A-Za-z'’-]*|\p{Nd}+(?:[.,]\p{Nd}+)*|[$€£%]|[^\sA-Za-z\p{Nd}]/gu;
const DIGIT = /\p{Nd}/u;
const MONEY_EN = /[$€£]|\b(?:million|billion|trillion)\b/i;
const MONEY_ZH = /亿|万|美元|元/;
const UPPER_START = /^\p{Lu}/u;
const MODALS = new Set(['may', 'can', 'could', 'should', 'must', 'might', 'would', 'will', 'shall']);
const WINDOW_WORDS = 6;
const WINDOW_CHARS = 8;

const words = (s: string) => s.match(WORD) ?? [];
const cap = (n: number, most: number) => Math.min(n, most);

function shared(v: DealCandidateView, f: string[]): void {
  f.push('bias', `head=${v.cls}`, `why=${v.specific.replace(/\d+/g, 'N').slice(0, 40)}`);
  f.push(`ctry=${cap(v.countries, 3)}`, `min=${cap(v.minerals, 2)}`, `digit=${+DIGIT.test(v.sentence)}`);
}

function englishFeatures(v: DealCandidateView): string[] {
  const f: string[] = [];
  shared(v, f);
  const { sentence: t, start: s, end: e } = v;
  const before = words(t.slice(0, s)).map((w) => w.toLowerCase());
  const after = words(t.slice(e)).map((w) => w.toLowerCase());
  const inside = words(t.slice(s, e)).map((w) => w.toLowerCase());
  for (const w of before.slice(-WINDOW_WORDS)) f.push(`b:${w}`);
  for (const w of after.slice(0, WINDOW_WORDS)) f.push(`a:${w}`);
  f.push(`b1:${before.at(-1) ?? '^'}`, `a1:${after[0] ?? '$'}`);
  if (before.length > 1) f.push(`b2:${before.at(-2)}`);
  for (const w of inside) f.push(`i:${w}`);
  f.push(`ilen=${cap(inside.length, 6)}`);
  const all = words(t);
  let capitals = 0;
  let you = false;
  let modal = false;
  for (let i = 0; i < all.length; i++) {
    const low = all[i].toLowerCase();
    f.push(`s:${low}`);
    if (i > 0 && UPPER_START.test(all[i])) capitals++;
    if (low === 'you' || low === 'your') you = true;
    if (MODALS.has(low)) modal = true;
  }
  f.push(`caps=${cap(capitals, 5)}`, `money=${+MONEY_EN.test(t)}`, `you=${+you}`, `modal=${+modal}`, `spancap=${+UPPER_START.test(t.slice(s, e))}`);
  return f;
}

function chineseFeatures(v: DealCandidateView): string[] {
  const f: string[] = [];
  shared(v, f);
  const { sentence: t, start: s, end: e } = v;
  const before = t.slice(Math.max(0, s - WINDOW_CHARS), s);
  const after = t.slice(e, e + WINDOW_CHARS);
  for (const ch of before) f.push(`b:${ch}`);
  for (const ch of after) f.push(`a:${ch}`);
  for (let k = 0; k + 1 < before.length; k++) f.push(`bb:${before.slice(k, k + 2)}`);
  for (let k = 0; k + 1 < after.length; k++) f.push(`ab:${after.slice(k, k + 2)}`);
  f.push(`b1:${before.slice(-1) || '^'}`, `a1:${after.slice(0, 1) || '$'}`, `b2:${before.slice(-2) || '^'}`);
  for (const ch of t.slice(s, e)) f.push(`i:${ch}`);
  f.push(`ilen=${cap(Math.floor((e - s) / 3), 5)}`);
  for (let k = 0; k + 1 < t.length; k++) f.push(`s:${t.slice(k, k + 2)}`);
  f.push(`money=${+MONEY_ZH.test(t)}`, `you=${+/[你您]/.test(t)}`);
  return f;
}

/** The features of one kept phrase, each listed once. */
export function dealFeatures(v: DealCandidateView): string[] {
  return [...new Set(v.zh ? chineseFeatures(v) : englishFeatures(v))];
}

/** The model's probability that the phrase is a deal of the gold rules' kind. */
export function dealPlausibility(model: DealModel, v: DealCandidateView): number {
  const weights = v.zh ? model.zh : model.en;
  let z = 0;
  for (const feature of dealFeatures(v)) z += weights.get(feature) ?? 0;
  return 1 / (1 + Math.exp(-z));
}
