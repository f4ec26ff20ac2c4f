/**
 * A learned second opinion on a deal phrase the rules kept. The rules read a deal from its head
 * noun, determiner, parties and value; what they miss is the register of the sentence around it.
 * An explainer ("A contract is usually signed by both parties"), a template or a sports page uses
 * the same words as a news report of a signed deal, and narrow rules written from one sample of
 * the web did not carry to the next (the real-text sweeps of stops 43 and 44). A logistic model over
 * words around the phrase and a few shapes of the sentence (digits, capitals, countries named, a
 * reader spoken to) generalised better across those samples, so it gets the last word on a kept phrase.
 *
 * Pure: sentence text and counts in, a probability out. The recognizer and the trainer
 * (scripts/train-deal-filter.ts) build what the model reads with the same functions here, so the
 * weights are trained on exactly what the content script shows them.
 */

/** The weights as stored: a feature's weight per language, and what they were trained on. */
export interface DealModelFile {
  threshold: number;
  en: Record<string, number>;
  zh: Record<string, number>;
  trainedOn?: unknown;
}

export interface DealModel {
  /** A kept phrase scoring under this is dropped. */
  threshold: number;
  en: Map<string, number>;
  zh: Map<string, number>;
}

/** Maps, not the stored objects: a feature such as "s:constructor" must never read a prototype's key. */
export function loadDealModel(file: DealModelFile): DealModel {
  return { threshold: file.threshold, en: new Map(Object.entries(file.en)), zh: new Map(Object.entries(file.zh)) };
}

/** A kept phrase: offsets within its sentence, the deal word's class and the rule's reason, if any. */
export interface DealPhrase {
  start: number;
  end: number;
  cls: string;
  specific: string;
}

/** A phrase read by the Chinese model: one its Chinese deal rules kept (their classes are zh-…). */
export const readAsChinese = (cls: string) => cls.startsWith('zh-');

interface Word {
  lower: string;
  start: number;
  end: number;
  capital: boolean;
}

const WORD = /[A-Za-z][A-Za-z'’-]*|\p{Nd}+(?:[.,]\p{Nd}+)*|[$€£%]|[^\sA-Za-z\p{Nd}]/gu;
const DIGIT = /\p{Nd}/u;
const MONEY_EN = /[$€£]|\b(?:million|billion|trillion)\b/i;
const MONEY_ZH = /亿|万|美元|元/;
const UPPER_START = /^\p{Lu}/u;
const MODALS = new Set(['may', 'can', 'could', 'should', 'must', 'might', 'would', 'will', 'shall']);
/** Words (English) or characters (Chinese) read on each side of the phrase. */
const WINDOW_WORDS = 6;
const WINDOW_CHARS = 8;
/** A reason is a short rule name; a cap keeps a long one from making a feature of its own per wording. */
const REASON_CHARS = 40;

const cap = (n: number, most: number) => Math.min(n, most);

/**
 * One sentence as the model reads it, shared by the phrases kept in it: its words and the
 * features of the whole sentence are found once, and their weights summed once per model.
 */
export class DealSentence {
  private wordList?: Word[];
  private wide: { en?: string[]; zh?: string[] } = {};
  private wideSum: { en?: [DealModel, number]; zh?: [DealModel, number] } = {};

  /** `countries` and `minerals`: how many of each the recognizer found in the sentence. */
  constructor(
    readonly text: string,
    readonly countries: number,
    readonly minerals: number,
  ) {}

  get words(): Word[] {
    return (this.wordList ??= [...this.text.matchAll(WORD)].map((m) => ({ lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length, capital: UPPER_START.test(m[0]) })));
  }

  /** The features of the whole sentence, each once: its words or character pairs, and its shapes. */
  wideFeatures(zh: boolean): string[] {
    const known = zh ? this.wide.zh : this.wide.en;
    if (known) return known;
    const f = new Set<string>(['bias', `ctry=${cap(this.countries, 3)}`, `min=${cap(this.minerals, 2)}`, `digit=${+DIGIT.test(this.text)}`]);
    if (zh) {
      for (let k = 0; k + 1 < this.text.length; k++) f.add(`s:${this.text.slice(k, k + 2)}`);
      f.add(`money=${+MONEY_ZH.test(this.text)}`).add(`you=${+/[你您]/.test(this.text)}`);
    } else {
      let capitals = 0;
      let you = false;
      let modal = false;
      this.words.forEach((w, i) => {
        f.add(`s:${w.lower}`);
        if (i > 0 && w.capital) capitals++;
        if (w.lower === 'you' || w.lower === 'your') you = true;
        if (MODALS.has(w.lower)) modal = true;
      });
      f.add(`caps=${cap(capitals, 5)}`).add(`money=${+MONEY_EN.test(this.text)}`).add(`you=${+you}`).add(`modal=${+modal}`);
    }
    const list = [...f];
    if (zh) this.wide.zh = list;
    else this.wide.en = list;
    return list;
  }

  /** The summed weights of the sentence's own features, once per model and language. */
  wideScore(model: DealModel, zh: boolean): number {
    const known = zh ? this.wideSum.zh : this.wideSum.en;
    if (known?.[0] === model) return known[1];
    const weights = zh ? model.zh : model.en;
    let sum = 0;
    for (const f of this.wideFeatures(zh)) sum += weights.get(f) ?? 0;
    if (zh) this.wideSum.zh = [model, sum];
    else this.wideSum.en = [model, sum];
    return sum;
  }
}

/** The features of one phrase in its sentence (the words around and inside it), each once. */
export function phraseFeatures(sentence: DealSentence, phrase: DealPhrase): string[] {
  const f = new Set<string>([`head=${phrase.cls}`]);
  // A Chinese phrase's rules give no reason; "why=" alone would be a second bias.
  if (phrase.specific) f.add(`why=${phrase.specific.replace(/\d+/g, 'N').slice(0, REASON_CHARS)}`);
  const { start: s, end: e } = phrase;
  if (readAsChinese(phrase.cls)) {
    const t = sentence.text;
    const before = t.slice(Math.max(0, s - WINDOW_CHARS), s);
    const after = t.slice(e, e + WINDOW_CHARS);
    for (const ch of before) f.add(`b:${ch}`);
    for (const ch of after) f.add(`a:${ch}`);
    for (let k = 0; k + 1 < before.length; k++) f.add(`bb:${before.slice(k, k + 2)}`);
    for (let k = 0; k + 1 < after.length; k++) f.add(`ab:${after.slice(k, k + 2)}`);
    f.add(`b1:${before.slice(-1) || '^'}`).add(`a1:${after.slice(0, 1) || '$'}`).add(`b2:${before.slice(-2) || '^'}`);
    for (const ch of t.slice(s, e)) f.add(`i:${ch}`);
    // Three characters a step: a bare 协议 (2) and a named pact of a dozen fall in different buckets.
    f.add(`ilen=${cap(Math.floor((e - s) / 3), 5)}`);
    return [...f];
  }
  // Words cut by the phrase's edges belong to neither side.
  const words = sentence.words;
  const before = words.filter((w) => w.end <= s).slice(-WINDOW_WORDS);
  const after = words.filter((w) => w.start >= e).slice(0, WINDOW_WORDS);
  const inside = words.filter((w) => w.start >= s && w.end <= e);
  for (const w of before) f.add(`b:${w.lower}`);
  for (const w of after) f.add(`a:${w.lower}`);
  f.add(`b1:${before.at(-1)?.lower ?? '^'}`).add(`a1:${after[0]?.lower ?? '$'}`);
  if (before.length > 1) f.add(`b2:${before.at(-2)!.lower}`);
  for (const w of inside) f.add(`i:${w.lower}`);
  f.add(`ilen=${cap(inside.length, 6)}`).add(`spancap=${+UPPER_START.test(sentence.text.slice(s, e))}`);
  return [...f];
}

/** Every feature the model reads of one phrase. */
export function dealFeatures(sentence: DealSentence, phrase: DealPhrase): string[] {
  return [...sentence.wideFeatures(readAsChinese(phrase.cls)), ...phraseFeatures(sentence, phrase)];
}

/** The model's probability that the phrase is a deal of the gold rules' kind. */
export function dealPlausibility(model: DealModel, sentence: DealSentence, phrase: DealPhrase): number {
  const zh = readAsChinese(phrase.cls);
  const weights = zh ? model.zh : model.en;
  let z = sentence.wideScore(model, zh);
  for (const f of phraseFeatures(sentence, phrase)) z += weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * What the model reads of a kept phrase in `text`: its sentence (`span`, where the phrase starts)
 * with the countries and minerals found there, and the phrase's offsets within it, cut to it.
 */
export function dealSentenceIn(text: string, span: { start: number; end: number }, found: readonly { type: string; start: number; end: number }[]): DealSentence {
  let countries = 0;
  let minerals = 0;
  for (const m of found) {
    if (m.start < span.start || m.end > span.end) continue;
    if (m.type === 'country') countries++;
    else if (m.type === 'mineral') minerals++;
  }
  return new DealSentence(text.slice(span.start, span.end), countries, minerals);
}

export function phraseIn(span: { start: number; end: number }, start: number, end: number, cls: string, specific: string): DealPhrase {
  return { start: Math.max(0, start - span.start), end: Math.max(0, Math.min(end, span.end) - span.start), cls, specific };
}
