/**
 * English deal phrases: a deal noun found by the scanner ("agreement", "stake", "joint
 * venture"...) grows into the noun phrase around it, from its determiner or value to the
 * complements that name a party, an asset or a value ("a $565 million financing deal with the
 * company", "a 10% stake in Korea Zinc"). Phrases with no determiner, value or party are generic
 * talk ("trade agreements", "foreign investment") and are not deals.
 */
import type { DealWordClass } from '../lexicon/deal-words.ts';
import type { Nlp } from '../nlp.ts';
import { tokenize, valueAt, type Token, type ValuePhrase } from './tokens.ts';

export interface DealTrigger {
  start: number;
  end: number;
  cls: DealWordClass;
}

export interface DealPhrase {
  start: number;
  end: number;
  value?: ValuePhrase;
  /** Offsets of the phrase's party complement, if any ("with Australia"). */
  party?: { start: number; end: number };
  /** The deal word and what made the phrase specific (for debug output). */
  why: string;
}

/** A deal word that did not become a deal, and why (debug mode). */
export interface RejectedDeal {
  start: number;
  end: number;
  why: string;
}

/** An entity match the deal rules can see (to tell countries from companies). */
export interface KnownSpan {
  start: number;
  end: number;
  type: 'mineral' | 'country';
}

const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'another', 'each', 'every', 'any', 'both']);
const PRE_DETERMINER = new Set(['yet', 'such']);
const QUANTITY_HEADS = new Set(['set', 'series', 'pair', 'number', 'raft', 'slew', 'string', 'host', 'package', 'bundle']);
/** Words that end a noun phrase when walking left from the deal noun. */
const LEFT_STOPS = new Set([
  'is', 'was', 'were', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might',
  'must', 'should', 'shall', 'do', 'does', 'did', 'to', 'in', 'on', 'at', 'with', 'for', 'from', 'by', 'of', 'about', 'into',
  'over', 'under', 'after', 'before', 'than', 'as', 'and', 'or', 'but', 'nor', 'that', 'which', 'who', 'whom', 'whose',
  'signed', 'sign', 'signs', 'signing', 'struck', 'strike', 'strikes', 'reached', 'reach', 'reaches', 'agreed', 'agree',
  'announced', 'announce', 'announces', 'unveiled', 'unveil', 'sealed', 'seal', 'inked', 'ink', 'concluded', 'conclude',
  'finalised', 'finalized', 'secured', 'secure', 'secures', 'won', 'win', 'wins', 'brokered', 'broker', 'negotiated',
  'negotiate', 'negotiating', 'completed', 'complete', 'approved', 'approve', 'said', 'says', 'say', 'including',
  'include', 'includes', 'like', 'such', 'take', 'took', 'taken', 'takes', 'taking', 'took', 'holds', 'hold', 'held',
  'own', 'owns', 'owned', 'got', 'get', 'gets', 'gave', 'give', 'gives', 'offered', 'offer', 'offers', 'made', 'make',
  'makes', 'pursue', 'pursued', 'pursuing', 'seek', 'seeks', 'sought', 'seeking', 'want', 'wants', 'wanted', 'needs',
  'need', 'needed', 'provide', 'provides', 'provided', 'providing', 'bought', 'buy', 'buys', 'sold', 'sell', 'sells',
  'acquired', 'acquire', 'acquires', 'put', 'puts', 'set', 'sets', 'there', 'it', 'they', 'we', 'he', 'she', 'i', 'you',
  'not', 'no', 'also', 'already', 'now', 'then', 'still', 'just', 'only', 'even', 'more', 'most', 'less', 'further',
  'other', 'some', 'many', 'several', 'all', 'few', 'much', 'up', 'out', 'down', 'called', 'named', 'known', 'via',
]);
/** Words that end a complement when walking right. */
const RIGHT_STOPS = new Set([
  'to', 'that', 'which', 'who', 'whose', 'where', 'when', 'while', 'under', 'as', 'at', 'on', 'by', 'after', 'before',
  'since', 'until', 'into', 'over', 'about', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'can', 'may', 'might',
  'has', 'have', 'had', 'be', 'been', 'being', 'signed', 'said', 'says', 'and', 'or', 'but', 'if', 'because', 'so',
  'than', 'rather', 'through', 'within', 'during', 'covering', 'aimed', 'aiming', 'designed', 'intended', 'including',
  'worth', 'valued', 'announced', 'agreed', 'reached', 'struck', 'unveiled', 'sealed', 'brokered', 'giving', 'gives',
  'allowing', 'allows', 'making', 'makes', 'in', 'for', 'with', 'from', 'of', 'between', 'amid', 'against',
]);
/** Words that read as adjectives, for "an equal and good deal" (no tagger needed for the few cases). */
const ADJECTIVE_LIKE = /(al|ic|ive|ous|ful|ent|ant|ary|ble|ed|ing|ish|less|good|fair|new|big|open|free|major|key|joint|final|long|short|strong|firm|clear)$/;
const GENERIC_FRAMEWORK = new Set(['legal', 'regulatory', 'policy', 'institutional', 'conceptual', 'analytical', 'theoretical', 'fiscal', 'governance', 'accounting', 'reporting', 'legislative', 'constitutional', 'ethical', 'overall', 'broader', 'broad', 'general', 'security', 'sanctions']);
const RELATIONSHIP_WORDS = new Set(['biggest', 'largest', 'closest', 'strongest', 'deepest', 'oldest', 'longest', 'strategic-relationship']);

function isCapitalised(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text);
}

function tokenIndexAt(tokens: Token[], offset: number): number {
  return tokens.findIndex((t) => t.start <= offset && offset < t.end);
}

/** A value phrase ending right before token `i` ("$15 billion" before "in financing"). */
function valueEndingBefore(tokens: Token[], i: number, text: string, nlp?: Nlp): ValuePhrase | undefined {
  for (let from = Math.max(0, i - 6); from < i; from++) {
    const v = valueAt(tokens, from, text, nlp);
    if (v && v.to === i) return v;
  }
  return undefined;
}

interface LeftEdge {
  index: number;
  determiner: boolean;
  value?: ValuePhrase;
  possessive: boolean;
  modifiers: string[];
}

function walkLeft(tokens: Token[], head: number, text: string, nlp?: Nlp): LeftEdge {
  let i = head - 1;
  let value: ValuePhrase | undefined;
  const modifiers: string[] = [];
  let possessive = false;
  let steps = 0;
  let pendingConjunction = -1;
  while (i >= 0 && steps < 9) {
    const t = tokens[i];
    // "EU-U.S. trade deal": a dot glued to the word before it is part of that word.
    if (t.kind === 'punct' && t.text === '.' && i > 0 && tokens[i - 1].end === t.start) {
      i--;
      continue;
    }
    if (t.kind === 'punct' && !/^[-–'’]$/.test(t.text)) break;
    if (t.kind === 'number' || t.kind === 'currency' || t.kind === 'percent' || /^(million|billion|trillion|bn|m|mn|percent|per|cent|usd|us|dollars?)$/.test(t.lower)) {
      const v = valueEndingBefore(tokens, i + 1, text, nlp);
      if (v) {
        value = v;
        i = v.from - 1;
        steps++;
        continue;
      }
      if (t.kind === 'number') {
        i--;
        steps++;
        continue;
      }
    }
    if (t.kind === 'word') {
      if (DETERMINERS.has(t.lower)) {
        let start = i;
        if (i > 0 && PRE_DETERMINER.has(tokens[i - 1].lower)) start = i - 1;
        return { index: start, determiner: true, value, possessive, modifiers };
      }
      if (/[’']s?$/.test(t.text) && t.text.length > 2 && !/^(it|it’|it')s$/i.test(t.text)) {
        // "the miner's $10bn takeover", "Freeport-McMoRan’s 95 per cent stake"
        possessive = true;
        const before = tokens[i - 1];
        if (before && DETERMINERS.has(before.lower)) return { index: i - 1, determiner: true, value, possessive, modifiers };
        if (before && before.kind === 'word' && isCapitalised(before) && isCapitalised(t)) {
          let k = i - 1;
          while (k > 0 && tokens[k - 1].kind === 'word' && isCapitalised(tokens[k - 1]) && !LEFT_STOPS.has(tokens[k - 1].lower)) k--;
          return { index: k, determiner: true, value, possessive, modifiers };
        }
        return { index: i, determiner: true, value, possessive, modifiers };
      }
      if (t.lower === 'of' && i > 1 && QUANTITY_HEADS.has(tokens[i - 1].lower) && DETERMINERS.has(tokens[i - 2].lower)) {
        return { index: i - 2, determiner: true, value, possessive, modifiers };
      }
      // "an equal and good international deal": a conjunction between modifiers, if a
      // determiner turns up further left; otherwise the phrase starts after it.
      const leftWord = tokens[i - 1];
      if ((t.lower === 'and' || t.lower === 'or') && modifiers.length && pendingConjunction < 0 && leftWord && ADJECTIVE_LIKE.test(leftWord.lower)) {
        pendingConjunction = i;
        i--;
        steps++;
        continue;
      }
      if (LEFT_STOPS.has(t.lower)) break;
      if (/(ly)$/.test(t.lower) && !isCapitalised(t) && t.lower !== 'only') break;
      modifiers.push(t.lower);
    }
    i--;
    steps++;
  }
  if (pendingConjunction >= 0) return { index: pendingConjunction + 1, determiner: false, value, possessive, modifiers };
  return { index: i + 1, determiner: false, value, possessive, modifiers };
}

/** Walks over a noun phrase naming a party or an asset; returns the index after it. */
function walkNounPhrase(tokens: Token[], i: number, end: number, allowApposition: boolean, known: KnownSpan[] = []): number {
  let k = i;
  let words = 0;
  while (k < end && words < 12) {
    const t = tokens[k];
    if (t.kind === 'punct') {
      if (t.text === '(' ) {
        const close = tokens.findIndex((x, j) => j > k && x.text === ')');
        if (close > 0 && close < end && close - k < 14) {
          k = close + 1;
          continue;
        }
      }
      if (/^[-–&/]$/.test(t.text) && k + 1 < end && tokens[k + 1].kind === 'word') {
        k++;
        continue;
      }
      // An apposition describes an organisation ("with Maaden, the state mining company");
      // after a country, ", a figure that..." starts a new thought.
      const afterCountry = k > 0 && known.some((m) => m.type === 'country' && m.end === tokens[k - 1].end);
      if (t.text === ',' && allowApposition && !afterCountry && k + 1 < end && DETERMINERS.has(tokens[k + 1].lower) && tokens[k + 1].lower !== 'which') {
        // ", a Canadian junior miner" / ", the state mining company of Saudi Arabia"
        let j = k + 2;
        while (j < end && tokens[j].kind !== 'punct' && !RIGHT_STOPS.has(tokens[j].lower)) j++;
        while (j < end && tokens[j].lower === 'of' || (j < end && tokens[j].lower === 'in' && j + 1 < end && tokens[j + 1].lower === 'the')) {
          j++;
          while (j < end && tokens[j].kind !== 'punct' && !RIGHT_STOPS.has(tokens[j].lower)) j++;
        }
        return j;
      }
      break;
    }
    if (t.kind === 'word' && RIGHT_STOPS.has(t.lower) && !(t.lower === 'and' && k + 1 < end && isCapitalised(tokens[k + 1]) && words > 0)) break;
    if (t.kind === 'word' && /^(of)$/.test(t.lower)) break;
    k++;
    words++;
  }
  return k;
}

/** Extends a deal phrase to the right over party, asset and value complements. */
function walkRight(tokens: Token[], head: number, cls: DealWordClass, text: string, known: KnownSpan[], nlp?: Nlp): { end: number; value?: ValuePhrase; party?: { from: number; to: number } } {
  let k = head + 1;
  let value: ValuePhrase | undefined;
  let party: { from: number; to: number } | undefined;
  const n = tokens.length;
  for (let guard = 0; guard < 4 && k < n; guard++) {
    const t = tokens[k];
    if (t.kind !== 'word') break;
    const w = t.lower;
    if (w === 'worth' || (w === 'valued' && tokens[k + 1]?.lower === 'at')) {
      const at = w === 'worth' ? k + 1 : k + 2;
      const skip = /^(about|around|nearly|almost|some|roughly|over|more|up)$/.test(tokens[at]?.lower ?? '') ? 1 : 0;
      const v = valueAt(tokens, at + skip, text, nlp) ?? (tokens[at + skip + 1] && valueAt(tokens, at + skip + 1, text, nlp));
      if (!v) break;
      value = v;
      k = v.to;
      continue;
    }
    if (w === 'of') {
      const skip = /^(about|around|nearly|almost|some|roughly|up)$/.test(tokens[k + 1]?.lower ?? '') ? 1 : 0;
      const v = valueAt(tokens, k + 1 + skip, text, nlp);
      if (v) {
        value = v;
        k = v.to;
        if (tokens[k]?.lower === 'of' && /^(financing|funding|credit|loans?)$/.test(tokens[k + 1]?.lower ?? '')) k += 2;
        continue;
      }
      if (cls === 'contract' && /^(interest|intent)$/.test(tokens[k + 1]?.lower ?? '')) {
        k += 2;
        continue;
      }
      break;
    }
    if (w === 'with' || w === 'between' || (w === 'from' && (cls === 'money' || cls === 'contract')) || (w === 'for' && isPartyStart(tokens, k + 1))) {
      if (w === 'for' && !(cls === 'money' || cls === 'contract')) break;
      const end = walkNounPhrase(tokens, k + 1, n, w === 'with', known);
      if (end === k + 1) break;
      let stop = end;
      if (w === 'between' && tokens[end]?.lower === 'and') stop = walkNounPhrase(tokens, end + 1, n, false);
      party = { from: k + 1, to: stop };
      k = stop;
      continue;
    }
    if (w === 'for' && (cls === 'contract' || cls === 'money')) {
      const v = valueAt(tokens, k + 1, text, nlp);
      if (v) {
        value = v;
        k = v.to;
        if (tokens[k]?.lower === 'of' && /^(financing|funding)$/.test(tokens[k + 1]?.lower ?? '')) k += 2;
        continue;
      }
      break;
    }
    if (w === 'in' && (cls === 'stake' || cls === 'money')) {
      if (cls === 'money' && !/^(financing|funding|loans?)$/.test(tokens[head].lower)) {
        // "an investment in X": keep the asset only for stakes; investments stop here.
        break;
      }
      const end = walkNounPhrase(tokens, k + 1, n, false);
      if (end === k + 1) break;
      k = end;
      continue;
    }
    break;
  }
  return { end: tokens[k - 1].end, value, party };
}

function isPartyStart(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && t.kind === 'word' && isCapitalised(t) && /[’']s$/.test(t.text);
}

/** Whether the trigger is a verb or an idiom rather than a deal noun. */
function notANoun(tokens: Token[], head: number): boolean {
  const t = tokens[head];
  const prev = tokens[head - 1]?.lower;
  const next = tokens[head + 1]?.lower;
  const prev2 = tokens[head - 2]?.lower;
  if (t.lower === 'deal' || t.lower === 'deals') {
    if (prev === 'to' || prev === 'will' || prev === 'can' || prev === 'must' || prev === 'would' || prev === 'could' || prev === 'cannot') return true;
    if ((prev === 'great' || prev === 'good') && (next === 'of' || next === 'more' || next === 'less')) return true;
    if (prev === 'big' && (prev2 === 'a' || prev2 === 'no')) return true;
    if (prev === 'no') return true;
  }
  if ((t.lower === 'accord' || t.lower === 'agreement') && (prev === 'own' || prev === 'in' || prev === 'broad' || prev === 'general')) return true;
  if (t.lower === 'contract' && (prev === 'to' || prev === 'will' || next === 'the' || next === 'a')) return true;
  if ((t.lower === 'venture' || t.lower === 'ventures') && /^(capital|capitalists?|into|out|to|forth)$/.test(next ?? '')) return true;
  if (t.lower === 'stakes' && prev === 'the' && next !== 'in') return true;
  if (/^(financing|funding)$/.test(t.lower) && (prev === 'project' || prev === 'public' || prev === 'private' || prev === 'government' || prev === 'more')) return true;
  return false;
}

function dealNounWithin(tokens: Token[], from: number, count: number): boolean {
  return tokens.slice(from, from + count).some((t) => /^(deal|deals|agreement|agreements|accord|pact|treaty|partnership|mou)$/.test(t.lower));
}

/** What makes the phrase a specific deal ("determiner", "value"...), or why not ("!generic framework"). */
function specificity(left: LeftEdge, cls: DealWordClass, tokens: Token[], head: number, right: { value?: ValuePhrase; party?: unknown }, known: KnownSpan[]): string {
  const plural = /s$/.test(tokens[head].lower) && !/(ss|us)$/.test(tokens[head].lower);
  if (cls === 'framework') {
    if (left.modifiers.some((m) => GENERIC_FRAMEWORK.has(m))) return '!generic framework';
    // "act as the framework for a deal" is the generic sense; "a framework for cooperation" is not.
    const next = tokens[head + 1]?.lower;
    if ((next === 'for' || next === 'of') && !right.party && dealNounWithin(tokens, head + 2, 4)) return '!framework for a deal';
  }
  if (cls === 'partnership' && (left.modifiers.some((m) => RELATIONSHIP_WORDS.has(m)) || (left.modifiers.includes('investment') && left.modifiers.includes('trade')))) return '!relationship';
  if (cls === 'money' && tokens[head].lower.startsWith('takeover') && right.party) {
    // A takeover "of" a country is politics, not a deal.
    const next = tokens[head + 1];
    if (next?.lower === 'of' && known.some((k) => k.type === 'country' && k.start >= next.end && k.start <= next.end + 5)) return '!takeover of a country';
  }
  if (tokens[head].lower === 'takeover' || tokens[head].lower === 'takeovers') {
    const next = tokens[head + 1];
    if (next?.lower === 'of' && known.some((k) => k.type === 'country' && k.start > next.start && k.start <= next.end + 5)) return '!takeover of a country';
  }
  if (left.determiner || left.value || left.possessive) {
    if (plural && !left.possessive && !right.party && /^(these|those|the|any|both)$/.test(tokens[left.index]?.lower ?? '') && cls !== 'agreement') return '!generic plural';
    return left.value ? 'value' : left.possessive ? 'possessive' : 'determiner';
  }
  if (right.party && (plural || cls !== 'money')) return 'party';
  if (right.value && !plural) return 'value';
  // A proper name right before the noun: "Crucible JV".
  if (cls === 'venture' && head > 0 && isCapitalised(tokens[head - 1]) && tokens[head].text === 'JV') return 'named JV';
  return '!no determiner, value or party';
}

/** Finds deal phrases in one sentence, given the deal nouns the scanner found in it. */
export function findEnglishDeals(text: string, sentence: { start: number; end: number }, triggers: DealTrigger[], known: KnownSpan[], nlp?: Nlp, rejected?: RejectedDeal[]): DealPhrase[] {
  if (!triggers.length) return [];
  const tokens = tokenize(text, sentence.start, sentence.end);
  const out: DealPhrase[] = [];
  let coveredUntil = -1;
  for (let t = 0; t < triggers.length; t++) {
    const trigger = triggers[t];
    if (trigger.start < coveredUntil) continue;
    let headIndex = tokenIndexAt(tokens, trigger.end - 1);
    if (headIndex < 0) continue;
    let cls = trigger.cls;
    // "a financing deal", "a framework agreement": the last deal noun of a compound is the head.
    while (t + 1 < triggers.length && /^[\s-]+$/.test(text.slice(triggers[t].end, triggers[t + 1].start))) {
      t++;
      headIndex = tokenIndexAt(tokens, triggers[t].end - 1);
      cls = triggers[t].cls === 'framework' ? cls : triggers[t].cls;
    }
    const firstIndex = tokenIndexAt(tokens, trigger.start);
    if (notANoun(tokens, headIndex)) {
      rejected?.push({ start: trigger.start, end: triggers[t].end, why: `deal word (${cls}) → drop: not a deal noun here` });
      continue;
    }
    const left = walkLeft(tokens, firstIndex, text, nlp);
    // "$15 billion in financing from China": a value joined by "in" or "of".
    if (!left.determiner && !left.value && firstIndex >= 2 && /^(in|of)$/.test(tokens[firstIndex - 1].lower) && cls === 'money') {
      const v = valueEndingBefore(tokens, firstIndex - 1, text, nlp);
      if (v) {
        left.value = v;
        left.index = v.from;
        const pre = tokens[v.from - 1];
        if (pre && DETERMINERS.has(pre.lower)) left.index = v.from - 1;
      }
    }
    const right = walkRight(tokens, headIndex, cls, text, known, nlp);
    const specific = specificity(left, cls, tokens, headIndex, right, known);
    if (specific.startsWith('!')) {
      rejected?.push({ start: trigger.start, end: triggers[t].end, why: `deal word (${cls}) → drop: ${specific.slice(1)}` });
      continue;
    }
    const start = tokens[left.index].start;
    const phrase: DealPhrase = { start, end: right.end, value: right.value ?? left.value, why: `deal word (${cls}) → keep: ${specific}` };
    if (right.party) phrase.party = { start: tokens[right.party.from].start, end: tokens[right.party.to - 1].end };
    out.push(phrase);
    coveredUntil = right.end;
  }
  return out;
}
