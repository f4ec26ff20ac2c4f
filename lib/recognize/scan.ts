/**
 * The dictionary pass: one left-to-right walk over the text against every alias at once.
 * Latin-script aliases start only at a word start and must end at a word end; CJK aliases match
 * anywhere. At each start the longest alias whose case rule holds wins, and the walk resumes
 * after it, so "Guinea-Bissau" is one match, not "Guinea", and "Bank of China" (a blocker)
 * hides the "China" inside it.
 */
import { ALIAS_OF_ONE, CLASS_MASK, childOf, LATIN_SEED, pairHash, PayloadKind, shortAliasBit, startBit, startStep, STARTS_ALIAS, type AliasIndex, type Payload } from './alias-index.ts';
import { FOLD_TABLE, FOLD_TABLE_SIZE, SEP, SKIP, UNIT_CLASS, caseMatches, foldUnit, isWordUnit, scriptMix } from './fold.ts';

export interface Candidate {
  start: number;
  end: number;
  /** The payloads of the matched alias whose case rule holds (at least one). */
  payloads: Payload[];
  /** Spelled with Greek or Cyrillic look-alike letters among Latin ones ("Сhina"). */
  mixedScript?: true;
  /**
   * A country's name written all in lower case ("china"): the case rule fails, but the word may
   * still mean the country ("exports to china"). The payloads are the name's; a sense rule decides.
   */
  lowerCase?: true;
}

const MAX_ACCEPTS = 32;

/** Scans `text` and returns every alias match, in order, without overlaps. */
export function scanAliases(text: string, index: AliasIndex, accept?: (p: Payload) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const n = text.length;
  const scratch: Scratch = { node: new Int32Array(MAX_ACCEPTS), end: new Int32Array(MAX_ACCEPTS), accept, allPayloads: allPayloadsOf(index) };
  const { unitKind, startPairs, latinStarts } = index;
  let prevWord = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const kind = unitKind[c];
    const cls = kind & CLASS_MASK;
    if (cls === 1 && prevWord) {
      // Inside a word: skip to its end in one tight loop.
      i++;
      while (i < n && UNIT_CLASS[text.charCodeAt(i)] === 1) i++;
      continue;
    }
    prevWord = cls === 1;
    // No alias starts here: a unit of no class (punctuation, 〇), or none starts with the unit.
    // (One test, not two, on the path nearly every character of a Chinese page takes.)
    if ((kind & ~ALIAS_OF_ONE) <= STARTS_ALIAS) {
      i++;
      continue;
    }
    const cjk = cls === 2;
    if (!(kind & ALIAS_OF_ONE)) {
      const first = c < FOLD_TABLE_SIZE ? FOLD_TABLE[c] : foldUnit(c);
      if (cjk) {
        // Most characters of a Chinese page that start an alias start only longer ones (不 of 不丹,
        // 一 of 一带一路), which the next character does not continue: settle those without a
        // walk. A skipped unit next (a soft hyphen) would let the walk look past it, so that one walks.
        if (i + 1 < n) {
          const next = foldUnit(text.charCodeAt(i + 1));
          const pair = pairHash(first, next);
          if (next !== SKIP && !(startPairs[pair >> 5] & (1 << (pair & 31)))) {
            i++;
            continue;
          }
        }
      } else if (!mayStartLatinAlias(text, i, first, latinStarts)) {
        // A word's first letter, settled by its first four units.
        i++;
        continue;
      }
    }
    const match = matchAt(text, index, i, scratch);
    if (match && !(cjk && yieldsToLongerAlias(text, index, match, scratch))) {
      out.push(match);
      i = match.end;
      prevWord = isWordUnit(text.charCodeAt(i - 1));
      continue;
    }
    i++;
  }
  return out;
}

/**
 * Whether an alias may begin at the Latin word start `i` (its unit folded: `first`). Nearly every
 * pair of letters begins some English alias, but few words go on to the third and fourth letter of
 * one: so the first four units must have their bit in `latinStarts`, or the first two or three be
 * a whole alias. Where the walk would not compare the four units as they stand (a skipped unit
 * among them, a run of separators it takes as one), or near the text's end, the walk settles it.
 * Written out unit by unit: as a loop, inlined into the scanner's, it slowed the Chinese path.
 */
function mayStartLatinAlias(text: string, i: number, first: number, latinStarts: Int32Array): boolean {
  if (i + 3 >= text.length) return true;
  const c1 = text.charCodeAt(i + 1);
  const c2 = text.charCodeAt(i + 2);
  const c3 = text.charCodeAt(i + 3);
  const f1 = c1 < FOLD_TABLE_SIZE ? FOLD_TABLE[c1] : foldUnit(c1);
  const f2 = c2 < FOLD_TABLE_SIZE ? FOLD_TABLE[c2] : foldUnit(c2);
  const f3 = c3 < FOLD_TABLE_SIZE ? FOLD_TABLE[c3] : foldUnit(c3);
  if (f1 === SKIP || f2 === SKIP || f3 === SKIP || (f2 === SEP && (f1 === SEP || f3 === SEP))) return true;
  const h2 = startStep(startStep(LATIN_SEED, first), f1);
  let b = shortAliasBit(h2);
  if (latinStarts[b >> 5] & (1 << (b & 31))) return true;
  const h3 = startStep(h2, f2);
  b = shortAliasBit(h3);
  if (latinStarts[b >> 5] & (1 << (b & 31))) return true;
  b = startBit(startStep(h3, f3));
  return (latinStarts[b >> 5] & (1 << (b & 31))) !== 0;
}

interface Scratch {
  node: Int32Array;
  end: Int32Array;
  /** Restricts which payloads count (e.g. everything but deal names, inside a deal name). */
  accept?: (p: Payload) => boolean;
  /** Each node's payloads, all of them, made once per index (see allPayloadsOf). */
  allPayloads: (Payload[] | undefined)[];
}

const allPayloadsByIndex = new WeakMap<AliasIndex, (Payload[] | undefined)[]>();

/**
 * One list per node of every payload it holds, shared by the matches whose payloads all pass, as
 * nearly all do: a Chinese page makes thousands of matches, and a new list for each was the
 * scanner's largest share of what a page's recognition allocates. Nothing changes a match's list.
 */
function allPayloadsOf(index: AliasIndex): (Payload[] | undefined)[] {
  let lists = allPayloadsByIndex.get(index);
  if (!lists) {
    // Filled up front: assigned only at the nodes a page matches, the array would turn sparse,
    // and V8 would keep it as a hash table (a slower lookup on every match).
    lists = [];
    for (let node = 0; node < index.outCount.length; node++) lists.push(undefined);
    allPayloadsByIndex.set(index, lists);
  }
  return lists;
}

function payloadsAt(index: AliasIndex, node: number, lists: (Payload[] | undefined)[]): Payload[] {
  let list = lists[node];
  if (!list) {
    list = [];
    for (let o = index.outStart[node], stop = o + index.outCount[node]; o < stop; o++) list.push(index.payload(o));
    lists[node] = list;
  }
  return list;
}

/** The longest alias starting at `i` whose case rule holds. */
function matchAt(text: string, index: AliasIndex, i: number, scratch: Scratch): Candidate | undefined {
  const n = text.length;
  const { labels, labelStart, labelEnd, outCount, rootChild } = index;
  let node = rootChild[foldUnit(text.charCodeAt(i))];
  if (node < 0) return undefined;
  // Walk as deep as the text allows, remembering every node that ends an alias.
  let accepts = 0;
  let j = i;
  walk: while (true) {
    for (let k = labelStart[node], end = labelEnd[node]; k < end; k++) {
      const want = labels.charCodeAt(k);
      const u = j < n ? text.charCodeAt(j) : -1;
      let got = u < 0 ? -1 : u < FOLD_TABLE_SIZE ? FOLD_TABLE[u] : foldUnit(u);
      while (got === SKIP && j < n) got = ++j < n ? foldUnit(text.charCodeAt(j)) : -1;
      if (got !== want) break walk;
      j++;
      if (want === SEP) {
        while (j < n) {
          const f = foldUnit(text.charCodeAt(j));
          if (f !== SEP && f !== SKIP) break;
          j++;
        }
      }
    }
    if (outCount[node] > 0 && accepts < MAX_ACCEPTS) {
      scratch.node[accepts] = node;
      scratch.end[accepts++] = j;
    }
    if (j >= n) break;
    let f = foldUnit(text.charCodeAt(j));
    let skipTo = j;
    while (f === SKIP && skipTo + 1 < n) f = foldUnit(text.charCodeAt(++skipTo));
    const next = childOf(index, node, f);
    if (next < 0) break;
    node = next;
    j = skipTo;
  }
  return pickLongest(text, index, i, scratch, accepts);
}

/**
 * Chinese has no spaces, so a blocking word can swallow the start of a real name: 年中 ("mid-
 * year") in 2024年中国. A blocker gives way when an entity alias starting inside it runs past it.
 * The other way round, a name gives way to a place name of three characters or more that starts
 * on its last character: 古巴 (Cuba) in 古巴比伦 (ancient Babylon).
 */
function yieldsToLongerAlias(text: string, index: AliasIndex, match: Candidate, scratch: Scratch): boolean {
  if (match.payloads.some((p) => p.kind !== PayloadKind.Blocker)) {
    const last = match.end - 1;
    if (last <= match.start || index.rootChild[foldUnit(text.charCodeAt(last))] < 0) return false;
    const overlapping = matchAt(text, index, last, scratch);
    return !!overlapping && overlapping.end - last >= 3 && overlapping.payloads.every((p) => p.kind === PayloadKind.Blocker);
  }
  for (let j = match.start + 1; j < match.end; j++) {
    if (index.rootChild[foldUnit(text.charCodeAt(j))] < 0) continue;
    const inner = matchAt(text, index, j, scratch);
    if (inner && inner.end > match.end && inner.payloads.some((p) => p.entity >= 0)) return true;
  }
  return false;
}

/** Whether a tagged blocker gives way: to the character after it, or (a tag opening with <) to the one before. */
function blockerGivesWay(tag: string, text: string, start: number, end: number): boolean {
  if (tag.charCodeAt(0) === 60) return start > 0 && tag.includes(text.charAt(start - 1), 1);
  return end < text.length && tag.includes(text.charAt(end));
}

function pickLongest(text: string, index: AliasIndex, start: number, scratch: Scratch, accepts: number): Candidate | undefined {
  for (let a = accepts - 1; a >= 0; a--) {
    let end = scratch.end[a];
    // A separator run consumed after the alias belongs to the text, not the match. (A guard:
    // aliases are stored without a trailing separator, so no alias's end falls after one today.)
    while (end > start && foldUnit(text.charCodeAt(end - 1)) === SEP) end--;
    const last = text.charCodeAt(end - 1);
    if (isWordUnit(last) && end < text.length && isWordUnit(text.charCodeAt(end))) continue;
    const all = payloadsAt(index, scratch.node[a], scratch.allPayloads);
    // The payloads that pass, as a list of their own only once one has not (until then, `all`).
    let payloads: Payload[] | undefined;
    let lowerCase: Payload[] | undefined;
    for (let i = 0; i < all.length; i++) {
      const p = all[i];
      const passes =
        !(scratch.accept && !scratch.accept(p)) &&
        // A blocker whose last character starts the next word gives way (美元 in 中美元首), and one
        // tagged with < gives way after one of its characters (美的 in 中美的贸易).
        !(p.kind === PayloadKind.Blocker && p.tag !== undefined && blockerGivesWay(p.tag, text, start, end));
      if (passes && (p.caseMask === undefined || caseMatches(p.caseMask, text, start, end))) {
        payloads?.push(p);
        continue;
      }
      payloads ??= all.slice(0, i);
      if (passes && p.kind === PayloadKind.Name && p.entity >= 0 && index.entities[p.entity].type === 'country' && isLowerCase(text, start, end)) (lowerCase ??= []).push(p);
    }
    payloads ??= all;
    if (!payloads.length && !lowerCase) continue;
    const candidate: Candidate = payloads.length ? { start, end, payloads } : { start, end, payloads: lowerCase!, lowerCase: true };
    // Only a Latin-script match can hold look-alike letters (CJK never folds to Latin); the
    // full check runs only when the match holds a Greek or Cyrillic unit at all.
    if (text.charCodeAt(start) < 0x3000 && hasOtherScript(text, start, end)) {
      if (!scriptMix(text, start, end).latin) continue;
      candidate.mixedScript = true;
    }
    return candidate;
  }
  return undefined;
}

function hasOtherScript(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x370 && c <= 0x52f) return true;
  }
  return false;
}

function isLowerCase(text: string, start: number, end: number): boolean {
  const s = text.slice(start, end);
  return s === s.toLowerCase();
}
