/**
 * The alias trie's build and load on a handful of aliases: the shipped form itself (edges split
 * where aliases part, duplicates merged, case masks and tags stored once), the payloads decoded
 * from it, and lookups through nodes with few and with many children.
 */
import { describe, expect, it } from 'vitest';
import { ALIAS_OF_ONE, buildAliasIndex, childOf, loadAliasIndex, pairHash, PayloadKind, startsAlias, type IndexAlias, type IndexEntity } from '../../../lib/recognize/alias-index.ts';
import { foldUnit } from '../../../lib/recognize/fold.ts';
import { scanAliases } from '../../../lib/recognize/scan.ts';

const entities: IndexEntity[] = [
  { id: 'country:CN', type: 'country', label: 'China' },
  { id: 'country:CL', type: 'country', label: 'Chile' },
];
const aliases: IndexAlias[] = [
  { text: 'China', entity: 0, kind: PayloadKind.Name },
  // Parts from "china" after "chi": the edge splits.
  { text: 'Chile', entity: 1, kind: PayloadKind.Name },
  // Parts from "china" after "chin": the lower edge splits again.
  { text: 'chinese', entity: 0, kind: PayloadKind.Demonym, ambiguous: true },
  { text: '中国', entity: 0, kind: PayloadKind.Name, zh: true },
  { text: 'deal', entity: -1, kind: PayloadKind.DealTrigger, tag: 'deal' },
  // The same alias again adds nothing.
  { text: 'China', entity: 0, kind: PayloadKind.Name },
];
const serialized = buildAliasIndex(entities, aliases);
const index = loadAliasIndex(JSON.parse(JSON.stringify(serialized)));
const found = (text: string, at = index) => scanAliases(text, at).map((c) => `${text.slice(c.start, c.end)}=${c.payloads.map((p) => p.entity).join('|')}`);

describe('the serialized index', () => {
  it('stores each edge once, breadth-first, with three packed numbers per node and per output', () => {
    // Nodes: root, chi, deal, 中国, le, n, a, ese.
    expect(serialized.labels).toBe('chideal中国lenaese');
    expect([...serialized.nodes].map((c) => c.charCodeAt(0) - 48)).toEqual([0, 3, 0, 3, 2, 0, 4, 0, 1, 2, 0, 1, 2, 0, 1, 1, 2, 0, 1, 0, 1, 3, 0, 1]);
    // Per output: entity + 1, flags with (tag + 1) << 8, case mask + 1.
    expect([...serialized.outputs].map((c) => c.charCodeAt(0) - 48)).toEqual([
      0, PayloadKind.DealTrigger | (1 << 8), 0, // deal
      1, 1 << 4, 0, // 中国 (zh)
      2, 0, 1, // Chile
      1, 0, 1, // China, once
      1, PayloadKind.Demonym | (1 << 3), 0, // chinese (ambiguous, no case rule)
    ]);
    // Two aliases share the case mask "0" (upper case at the first letter).
    expect(serialized.caseMasks).toEqual(['0']);
    expect(serialized.tags).toEqual(['deal']);
  });

  it('keeps one payload per entity, case rule, flags and tag, and each tag once', () => {
    const congo = buildAliasIndex(
      [{ id: 'country:CD', type: 'country', label: 'DR Congo' }, { id: 'country:CG', type: 'country', label: 'Congo' }],
      [
        { text: 'Congo', entity: 0, kind: PayloadKind.Name },
        { text: 'Congo', entity: 1, kind: PayloadKind.Name },
        { text: 'Congo', entity: 1, kind: PayloadKind.Name, ambiguous: true },
        { text: 'CONGO', entity: 1, kind: PayloadKind.Name },
        { text: 'Congo', entity: 1, kind: PayloadKind.Name },
        { text: 'pact', entity: -1, kind: PayloadKind.DealTrigger, tag: 'deal' },
        { text: 'pact', entity: -1, kind: PayloadKind.DealTrigger, tag: 'loan' },
        { text: 'accord', entity: -1, kind: PayloadKind.DealTrigger, tag: 'deal' },
      ],
    );
    const loaded = loadAliasIndex(congo);
    const payloads = (text: string) => scanAliases(text, loaded).map((c) => c.payloads.map((p) => `${p.entity}/${p.flags}/${p.caseMask}/${p.tag}`));
    expect(payloads('Congo')).toEqual([['0/0/0/undefined', '1/0/0/undefined', '1/8/0/undefined']]);
    expect(payloads('CONGO')).toEqual([['0/0/0/undefined', '1/0/0/undefined', '1/8/0/undefined', '1/0/01234/undefined']]);
    expect(payloads('pact, accord')).toEqual([['-1/6/undefined/deal', '-1/6/undefined/loan'], ['-1/6/undefined/deal']]);
    expect(congo.tags).toEqual(['deal', 'loan']);
  });

  it('leaves out an alias that folds to nothing', () => {
    const empty = buildAliasIndex(entities, [{ text: ' \u00ad ', entity: 0, kind: PayloadKind.Name }]);
    expect(empty).toMatchObject({ labels: '', nodes: '000', outputs: '' });
  });

  it('is refused in another format or version', () => {
    expect(() => loadAliasIndex({ ...serialized, version: 2 as 3 })).toThrow('unsupported alias index format');
    expect(() => loadAliasIndex({ ...serialized, format: 'other' as 'assay-alias-index' })).toThrow('unsupported alias index format');
  });
});

describe('the loaded index', () => {
  it('decodes each payload once', () => {
    expect([0, 1, 2, 3, 4].map((o) => index.payload(o))).toEqual([
      { entity: -1, flags: PayloadKind.DealTrigger, kind: PayloadKind.DealTrigger, caseMask: undefined, tag: 'deal' },
      { entity: 0, flags: 1 << 4, kind: PayloadKind.Name, caseMask: undefined, tag: undefined },
      { entity: 1, flags: 0, kind: PayloadKind.Name, caseMask: '0', tag: undefined },
      { entity: 0, flags: 0, kind: PayloadKind.Name, caseMask: '0', tag: undefined },
      { entity: 0, flags: PayloadKind.Demonym | (1 << 3), kind: PayloadKind.Demonym, caseMask: undefined, tag: undefined },
    ]);
    expect(index.payload(3)).toBe(index.payload(3));
    expect(index.entityIndex.get('country:CL')).toBe(1);
  });

  it('finds every alias through the split edges, and nothing that stops inside one', () => {
    expect(found('China, Chile, Chinese, 中国; a deal')).toEqual(['China=0', 'Chile=1', 'Chinese=0', '中国=0', 'deal=-1']);
    expect(found('Chi Chin Chil Chines')).toEqual([]);
  });

  it('finds the root’s children directly, and a missing one as -1', () => {
    const c = 'c'.charCodeAt(0);
    expect(childOf(index, 0, c)).toBe(index.rootChild[c]);
    expect(childOf(index, 0, 'x'.charCodeAt(0))).toBe(-1);
  });

  it('marks as a start every unit whose folded form has a root child, and no other', () => {
    const wide = loadAliasIndex(buildAliasIndex(
      [{ id: 'country:US', type: 'country', label: 'US' }, { id: 'country:BR', type: 'country', label: 'Brazil' }],
      [
        { text: 'US', entity: 0, kind: PayloadKind.Alias },
        { text: 'Ünited', entity: 0, kind: PayloadKind.Alias },
        { text: '美国', entity: 0, kind: PayloadKind.Name, zh: true },
        { text: '巴西', entity: 1, kind: PayloadKind.Name, zh: true },
        { text: '〇号', entity: -1, kind: PayloadKind.Blocker, zh: true },
      ],
    ));
    for (const loaded of [index, wide]) {
      const wrong: number[] = [];
      for (let c = 0; c < 0x10000; c++) if (startsAlias(loaded, c) !== loaded.rootChild[foldUnit(c)] >= 0) wrong.push(c);
      expect(wrong).toEqual([]);
    }
    // Folded starts: either case, an accented letter, a full-width letter; CJK units as they are.
    expect([...'uUÜｕＵ美巴〇'].map((c) => startsAlias(wide, c.charCodeAt(0)))).toEqual(Array(8).fill(true));
    expect([...'x中\u3000\ufeff'].map((c) => startsAlias(wide, c.charCodeAt(0)))).toEqual(Array(4).fill(false));
  });

  it('marks the first two units of every alias as a pair that begins one, and the units that are an alias alone', () => {
    // 美 is an alias with children (美国, 美利坚); 合众国 is a label of three units; 中 an alias with none.
    const zh = loadAliasIndex(buildAliasIndex(
      [{ id: 'country:US', type: 'country', label: 'US' }, { id: 'country:CN', type: 'country', label: 'China' }],
      [
        { text: '美', entity: 0, kind: PayloadKind.Abbrev, zh: true },
        { text: '美国', entity: 0, kind: PayloadKind.Name, zh: true },
        { text: '美利坚', entity: 0, kind: PayloadKind.Alias, zh: true },
        { text: '合众国', entity: 0, kind: PayloadKind.Alias, zh: true },
        { text: '中', entity: 1, kind: PayloadKind.Abbrev, zh: true },
        { text: 'US', entity: 0, kind: PayloadKind.Alias },
      ],
    ));
    const begins = (pair: string) => {
      const h = pairHash(foldUnit(pair.charCodeAt(0)), foldUnit(pair.charCodeAt(1)));
      return (zh.startPairs[h >> 5] & (1 << (h & 31))) !== 0;
    };
    expect(['美国', '美利', '合众', 'us', 'Us'].filter(begins)).toEqual(['美国', '美利', '合众', 'us', 'Us']);
    expect(['美元', '合国', '众国', '中国', 'ux'].filter(begins)).toEqual([]);
    expect([...'美中合U'].map((c) => (zh.unitKind[c.charCodeAt(0)] & ALIAS_OF_ONE) !== 0)).toEqual([true, true, false, false]);
  });

  it('finds children of a node with many of them (binary search) as well as with few', () => {
    const letters = [...'abcdefgh'];
    const many = loadAliasIndex(buildAliasIndex(
      letters.map((l) => ({ id: `mineral:${l}`, type: 'mineral' as const, label: l })),
      letters.map((l, i) => ({ text: `zin${l}x`, entity: i, kind: PayloadKind.Name })),
    ));
    const text = letters.map((l) => `zin${l}x`).join(' ');
    expect(found(`${text} zinix zinx`, many)).toEqual(letters.map((l, i) => `zin${l}x=${i}`));
    const zin = many.rootChild['z'.charCodeAt(0)];
    expect(many.childCount[zin]).toBe(8);
    expect(letters.map((l) => childOf(many, zin, l.charCodeAt(0)))).toEqual(letters.map((_, i) => many.childTarget[many.childStart[zin] + i]));
    expect(childOf(many, zin, 'i'.charCodeAt(0))).toBe(-1);
    expect(childOf(many, zin, '0'.charCodeAt(0))).toBe(-1);
  });
});
