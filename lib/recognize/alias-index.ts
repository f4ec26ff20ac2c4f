/**
 * The alias automaton: every alias of every entity, plus the recognizer's own lexicon (deal
 * words, blocking phrases), folded and merged into one radix trie. It is built once at build
 * time (`buildAliasIndex`) and shipped to the content script as flat arrays in a compact JSON
 * form; `loadAliasIndex` turns that into typed arrays in well under a millisecond.
 *
 * A radix trie rather than one node per character: news aliases are long, mostly unbranched
 * chains ("democratic republic of the congo"), so storing each chain as one label keeps the
 * index several times smaller while the walk stays a tight loop over char codes.
 */
import type { EntityType } from '../model.ts';
import { FOLD_TABLE, FOLD_TABLE_SIZE, UNIT_CLASS, caseMask, foldString, foldUnit } from './fold.ts';

/** What a matched alias stands for. */
export const PayloadKind = {
  Name: 0,
  Alias: 1,
  Demonym: 2,
  Capital: 3,
  /** A one-character Chinese country abbreviation (美, 日, 华...): only counts in context. */
  Abbrev: 4,
  /** A phrase that must never yield a mention ("Bank of China", "Western Australia", 无锡). */
  Blocker: 5,
  /** A deal noun (agreement, stake, 协议...): the start of a possible deal phrase. */
  DealTrigger: 6,
  /** A name by which news refers to one specific deal in the dataset. */
  DealAlias: 7,
} as const;
export type PayloadKind = (typeof PayloadKind)[keyof typeof PayloadKind];

export const FLAG_AMBIGUOUS = 1 << 3;
export const FLAG_ZH = 1 << 4;
const KIND_MASK = 0b111;

export interface IndexEntity {
  id: string;
  type: EntityType;
  label: string;
  labelZh?: string;
}

export interface IndexAlias {
  text: string;
  /** Index into `entities`, or -1 for blockers and deal triggers. */
  entity: number;
  kind: PayloadKind;
  ambiguous?: boolean;
  zh?: boolean;
  /** Extra data for the lexicon (e.g. the deal-trigger class). */
  tag?: string;
}

/**
 * The build-time output: plain JSON with no functions. The trie is stored breadth-first, so a
 * node's children are the next nodes in order and only three small numbers per node are needed
 * (label length, child count, output count); they and the outputs are packed as characters of
 * one string each, which JSON parses far faster than arrays of numbers.
 */
export interface SerializedAliasIndex {
  format: 'assay-alias-index';
  version: 3;
  entities: [id: string, type: EntityType, label: string, labelZh: string | null][];
  /** All node labels, concatenated (folded text). */
  labels: string;
  /** Three packed numbers per node: label length, child count, output count. */
  nodes: string;
  /** Three packed numbers per output: entity index (+1), flags and tag, case-mask index (+1). */
  outputs: string;
  /**
   * The case rule of aliases that carry upper-case letters, as the positions of those letters
   * (`caseMask`), packed: about two hundred distinct masks stand for some 1,500 spellings.
   */
  caseMasks: string[];
  tags: string[];
}

/** Small non-negative numbers as single characters, offset past the control characters. */
const PACK_OFFSET = 48;
const pack = (values: number[]) => values.map((v) => String.fromCharCode(v + PACK_OFFSET)).join('');

export interface Payload {
  entity: number;
  flags: number;
  kind: PayloadKind;
  /** Where the alias has upper-case letters (`caseMask`), when its case matters; else undefined. */
  caseMask?: string;
  tag?: string;
}

/** The runtime form used by the scanner. */
export interface AliasIndex {
  entities: IndexEntity[];
  labels: string;
  labelStart: Uint32Array;
  labelEnd: Uint32Array;
  childStart: Uint32Array;
  childCount: Uint16Array;
  outStart: Uint32Array;
  outCount: Uint16Array;
  childTarget: Uint32Array;
  /** First folded unit of each child's label, parallel to childTarget, for the binary search. */
  childFirst: Uint16Array;
  /** Root children looked up directly by folded unit (-1 for none). */
  rootChild: Int32Array;
  /**
   * Per UTF-16 unit of the text, unfolded: its UNIT_CLASS (the CLASS_MASK bits), plus
   * STARTS_ALIAS when the unit can start an alias (its folded form has a root child) and
   * ALIAS_OF_ONE when it is also an alias by itself. One table, so that the scanner settles a
   * character with one read: on a Chinese page, where nearly every character is looked up and few
   * start anything, a second read (the class, then a bitset of starts) was a large share of the scan.
   */
  unitKind: Uint8Array;
  /**
   * One bit per hashed pair of folded units (`pairHash`), set for the first two units of every
   * alias of two units or more: a clear bit means no alias begins with the pair. Most characters
   * of a Chinese page that start an alias start only longer ones (不 of 不丹, 一 of 一带一路) that
   * the next character does not continue; this settles them with one read of 8 kB instead of the
   * 256 kB `rootChild`, the root's label and its children.
   */
  startPairs: Int32Array;
  /**
   * The same for a Latin word start, deeper: one bit per hashed run of the first four units the
   * walk compares (`startStep`, `startBit`), and one per whole alias of two or three units
   * (`shortAliasBit`). Nearly every pair of letters begins some English alias, so the pair table
   * settled few English word starts; four units settle most without a walk.
   */
  latinStarts: Int32Array;
  /** Payload `o` of the outputs, decoded on first use (most are never needed on a given page). */
  payload(o: number): Payload;
  entityIndex: Map<string, number>;
}

interface BuildNode {
  label: string;
  children: Map<number, BuildNode>;
  outputs: Payload[];
}

function newNode(label: string): BuildNode {
  return { label, children: new Map(), outputs: [] };
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function insert(root: BuildNode, key: string, payload: Payload): void {
  let node = root;
  let rest = key;
  while (rest.length) {
    const first = rest.charCodeAt(0);
    const child = node.children.get(first);
    if (!child) {
      const leaf = newNode(rest);
      leaf.outputs.push(payload);
      node.children.set(first, leaf);
      return;
    }
    const shared = commonPrefix(child.label, rest);
    if (shared < child.label.length) {
      // Split the edge: the shared part becomes a new inner node.
      const inner = newNode(child.label.slice(0, shared));
      child.label = child.label.slice(shared);
      inner.children.set(child.label.charCodeAt(0), child);
      node.children.set(first, inner);
      node = inner;
    } else {
      node = child;
    }
    rest = rest.slice(shared);
  }
  const duplicate = node.outputs.some(
    (p) => p.entity === payload.entity && p.caseMask === payload.caseMask && p.flags === payload.flags && p.tag === payload.tag,
  );
  if (!duplicate) node.outputs.push(payload);
}

function hasUpper(s: string): boolean {
  return s !== s.toLowerCase();
}

/** Builds the serialized index from entities and their aliases (build time, or tests). */
export function buildAliasIndex(entities: IndexEntity[], aliases: IndexAlias[]): SerializedAliasIndex {
  const root = newNode('');
  const caseMasks: string[] = [];
  const caseMaskIndex = new Map<string, number>();
  const tags: string[] = [];
  for (const alias of aliases) {
    const key = foldString(alias.text);
    if (!key) continue;
    const flags = alias.kind | (alias.ambiguous ? FLAG_AMBIGUOUS : 0) | (alias.zh ? FLAG_ZH : 0);
    const payload: Payload = { entity: alias.entity, flags, kind: alias.kind, tag: alias.tag };
    if (hasUpper(alias.text)) payload.caseMask = caseMask(alias.text);
    insert(root, key, payload);
  }

  // Flatten breadth-first so the root's children come first and node ids stay small.
  const order: BuildNode[] = [root];
  const ids = new Map<BuildNode, number>([[root, 0]]);
  for (let k = 0; k < order.length; k++) {
    const sorted = [...order[k].children.entries()].sort((a, b) => a[0] - b[0]);
    for (const [, child] of sorted) {
      ids.set(child, order.length);
      order.push(child);
    }
  }
  let labels = '';
  const nodes: number[] = [];
  const outputs: number[] = [];
  for (const node of order) {
    labels += node.label;
    nodes.push(node.label.length, node.children.size, node.outputs.length);
    for (const p of node.outputs) {
      let maskIndex = -1;
      if (p.caseMask !== undefined) {
        maskIndex = caseMaskIndex.get(p.caseMask) ?? -1;
        if (maskIndex < 0) {
          maskIndex = caseMasks.length;
          caseMasks.push(p.caseMask);
          caseMaskIndex.set(p.caseMask, maskIndex);
        }
      }
      let tagIndex = -1;
      if (p.tag !== undefined) {
        tagIndex = tags.indexOf(p.tag);
        if (tagIndex < 0) tagIndex = tags.push(p.tag) - 1;
      }
      outputs.push(p.entity + 1, p.flags | ((tagIndex + 1) << 8), maskIndex + 1);
    }
  }
  return {
    format: 'assay-alias-index',
    version: 3,
    entities: entities.map((e) => [e.id, e.type, e.label, e.labelZh ?? null]),
    labels,
    nodes: pack(nodes),
    outputs: pack(outputs),
    caseMasks,
    tags,
  };
}

/** Turns the serialized index into the arrays the scanner walks. */
export function loadAliasIndex(data: SerializedAliasIndex): AliasIndex {
  if (data.format !== 'assay-alias-index' || data.version !== 3) throw new Error('unsupported alias index format');
  const count = data.nodes.length / 3;
  const labelStart = new Uint32Array(count);
  const labelEnd = new Uint32Array(count);
  const childStart = new Uint32Array(count);
  const childCount = new Uint16Array(count);
  const outStart = new Uint32Array(count);
  const outCount = new Uint16Array(count);
  let label = 0;
  let edge = 0;
  let out = 0;
  for (let n = 0, k = 0; n < count; n++, k += 3) {
    labelStart[n] = label;
    label += data.nodes.charCodeAt(k) - PACK_OFFSET;
    labelEnd[n] = label;
    childStart[n] = edge;
    childCount[n] = data.nodes.charCodeAt(k + 1) - PACK_OFFSET;
    edge += childCount[n];
    outStart[n] = out;
    outCount[n] = data.nodes.charCodeAt(k + 2) - PACK_OFFSET;
    out += outCount[n];
  }
  // Breadth-first order: the e-th child edge overall leads to node e + 1.
  const childTarget = new Uint32Array(edge);
  const childFirst = new Uint16Array(edge);
  for (let e = 0; e < edge; e++) {
    childTarget[e] = e + 1;
    childFirst[e] = data.labels.charCodeAt(labelStart[e + 1]);
  }
  const rootChild = new Int32Array(0x10000).fill(-1);
  for (let e = 0; e < childCount[0]; e++) rootChild[childFirst[e]] = childTarget[e];
  const trie = { labels: data.labels, labelStart, labelEnd, childStart, childCount, outCount, childFirst, childTarget, rootChild };
  const unitKind = unitKinds(trie);
  const startPairs = pairsStartingAliases(trie);
  const latinStarts = latinRunsStartingAliases(trie);
  const packed = data.outputs;
  const decoded: Payload[] = new Array(packed.length / 3);
  const payload = (o: number): Payload => {
    let p = decoded[o];
    if (p) return p;
    const k = o * 3;
    const flags = packed.charCodeAt(k + 1) - PACK_OFFSET;
    const tagIndex = (flags >> 8) - 1;
    const maskIndex = packed.charCodeAt(k + 2) - PACK_OFFSET - 1;
    p = {
      entity: packed.charCodeAt(k) - PACK_OFFSET - 1,
      flags: flags & 0xff,
      kind: (flags & KIND_MASK) as PayloadKind,
      caseMask: maskIndex >= 0 ? data.caseMasks[maskIndex] : undefined,
      tag: tagIndex >= 0 ? data.tags[tagIndex] : undefined,
    };
    decoded[o] = p;
    return p;
  };
  const entities = data.entities.map(([id, type, label, labelZh]) => ({ id, type, label, labelZh: labelZh ?? undefined }));
  return {
    entities,
    labels: data.labels,
    labelStart,
    labelEnd,
    childStart,
    childCount,
    outStart,
    outCount,
    childTarget,
    childFirst,
    rootChild,
    unitKind,
    startPairs,
    latinStarts,
    payload,
    entityIndex: new Map(entities.map((e, i) => [e.id, i])),
  };
}

/** The bits of `unitKind` that hold the unit's UNIT_CLASS. */
export const CLASS_MASK = 3;
/** The bit of `unitKind` set for a unit that can start an alias. */
export const STARTS_ALIAS = 4;
/** The bit of `unitKind` set, with STARTS_ALIAS, for a unit that is an alias by itself (美, 中). */
export const ALIAS_OF_ONE = 8;

type Trie = Pick<AliasIndex, 'labels' | 'labelStart' | 'labelEnd' | 'childStart' | 'childCount' | 'outCount' | 'childFirst' | 'childTarget' | 'rootChild'>;

/**
 * UNIT_CLASS with STARTS_ALIAS and ALIAS_OF_ONE added for the units whose folded form has a root
 * child. Units from FOLD_TABLE_SIZE up fold to themselves but for a few (full-width ASCII, the
 * ideographic space, the byte-order mark), and no label holds those few, so a root child there is
 * the unit itself; the units below and the few are folded.
 */
function unitKinds(trie: Trie): Uint8Array {
  const { rootChild, childFirst, childTarget, childCount, labelStart, labelEnd, outCount } = trie;
  const kinds = new Uint8Array(UNIT_CLASS);
  const set = (c: number, root: number) => {
    kinds[c] |= labelEnd[root] - labelStart[root] === 1 && outCount[root] > 0 ? STARTS_ALIAS | ALIAS_OF_ONE : STARTS_ALIAS;
  };
  for (let e = 0; e < childCount[0]; e++) if (childFirst[e] >= FOLD_TABLE_SIZE) set(childFirst[e], childTarget[e]);
  for (let c = 0; c < FOLD_TABLE_SIZE; c++) if (rootChild[FOLD_TABLE[c]] >= 0) set(c, rootChild[FOLD_TABLE[c]]);
  const few = [0x3000, 0xfeff];
  for (let c = 0xff01; c <= 0xff5e; c++) few.push(c);
  for (const c of few) if (rootChild[foldUnit(c)] >= 0) set(c, rootChild[foldUnit(c)]);
  return kinds;
}

/** Where the pair of folded units `a`, `b` falls in `startPairs`. */
export function pairHash(a: number, b: number): number {
  return ((a << 6) ^ b) & 0xffff;
}

/** The `startPairs` bits: a root's first two label units, or for a root of one unit, it and each child's first. */
function pairsStartingAliases(trie: Trie): Int32Array {
  const { labels, labelStart, labelEnd, childStart, childCount, childFirst, childTarget } = trie;
  const bits = new Int32Array(0x10000 >> 5);
  const set = (a: number, b: number) => {
    const h = pairHash(a, b);
    bits[h >> 5] |= 1 << (h & 31);
  };
  for (let e = 0; e < childCount[0]; e++) {
    const root = childTarget[e];
    if (labelEnd[root] - labelStart[root] >= 2) set(childFirst[e], labels.charCodeAt(labelStart[root] + 1));
    else for (let f = childStart[root], stop = f + childCount[root]; f < stop; f++) set(childFirst[e], childFirst[f]);
  }
  return bits;
}

/** The hash of no units, which `startStep` extends. */
export const LATIN_SEED = 0x2545f491;

/** The hash of a run of folded units, extended by the next one. */
export function startStep(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, 0x9e3779b1);
}

/** Where a run of four units falls in `latinStarts`. */
export function startBit(hash: number): number {
  return hash >>> 16;
}

/** Where a whole alias of fewer units falls in `latinStarts`. */
export function shortAliasBit(hash: number): number {
  return (hash >>> 16) ^ 0xa5a5;
}

/**
 * The `latinStarts` bits, from every alias but those that open with a CJK unit, which no Latin word
 * unit folds to. (Not only those that open with a Latin word unit: Ⱥ folds to ⱥ, of neither class.)
 */
function latinRunsStartingAliases(trie: Trie): Int32Array {
  const { labels, labelStart, labelEnd, childStart, childCount, childFirst, childTarget, outCount } = trie;
  const bits = new Int32Array(0x10000 >> 5);
  const set = (b: number) => (bits[b >> 5] |= 1 << (b & 31));
  const visit = (node: number, hash: number, units: number) => {
    for (let k = labelStart[node]; k < labelEnd[node]; k++) {
      hash = startStep(hash, labels.charCodeAt(k));
      if (++units === 4) return set(startBit(hash));
    }
    // An alias of one unit is marked ALIAS_OF_ONE in `unitKind` instead.
    if (outCount[node] > 0 && units > 1) set(shortAliasBit(hash));
    for (let e = childStart[node], stop = e + childCount[node]; e < stop; e++) visit(childTarget[e], hash, units);
  };
  for (let e = 0; e < childCount[0]; e++) if (UNIT_CLASS[childFirst[e]] !== 2) visit(childTarget[e], LATIN_SEED, 0);
  return bits;
}

/** Whether the text unit `c` can start an alias (see `unitKind`). */
export function startsAlias(index: AliasIndex, c: number): boolean {
  return (index.unitKind[c] & STARTS_ALIAS) !== 0;
}

/** Finds the child of `node` whose label starts with the folded unit `unit`, or -1. */
export function childOf(index: AliasIndex, node: number, unit: number): number {
  if (node === 0) return index.rootChild[unit];
  const first = index.childFirst;
  let lo = index.childStart[node];
  const count = index.childCount[node];
  if (count <= 4) {
    // Most inner nodes have one or two children: a straight scan beats the binary search.
    for (let e = lo, stop = lo + count; e < stop; e++) if (first[e] === unit) return index.childTarget[e];
    return -1;
  }
  let hi = lo + count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = first[mid];
    if (c === unit) return index.childTarget[mid];
    if (c < unit) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
