/**
 * What the content script ships besides the trie: deal keys packed as entity indices, and cased
 * texts that point at entity labels instead of repeating them. Both must read back as what the
 * dataset says.
 */
import { describe, expect, it } from 'vitest';
import { collectAliases } from '../../../lib/dataset/aliases.ts';
import { loadDataset } from '../../../lib/dataset/load.ts';
import { buildAliasIndex, loadAliasIndex, PayloadKind } from '../../../lib/recognize/alias-index.ts';
import { buildRecognizerIndex, dealKeys } from '../../../lib/recognize/build-index.ts';
import { unpackDealKeys } from '../../../lib/recognize/deals/packed-keys.ts';

const dataset = loadDataset();

describe('the shipped recognizer index', () => {
  const data = buildRecognizerIndex(dataset, collectAliases(dataset));

  it("reads back every deal's key: its id, date, parties, minerals (groups with their members) and amount", () => {
    const keys = unpackDealKeys(JSON.parse(JSON.stringify(data.deals)), data.entities);
    expect(keys).toEqual(dealKeys(dataset));
    const jare = keys.find((k) => k.id === 'deal:jare-lynas-investment-2023')!;
    expect(jare.minerals).toEqual(expect.arrayContaining(['mineral:rare-earths', 'mineral:neodymium', 'mineral:dysprosium']));
    expect(jare.amount).toBe(200_000_000);
  });

  it('stores no label twice: a cased alias equal to a label points at its entity', () => {
    const labels = new Set(data.entities.map((e) => e[2]));
    expect(data.aliasTexts.filter((t) => labels.has(t))).toEqual([]);
  });
});

describe('cased texts', () => {
  it('read back as written, whether they are a label or another spelling', () => {
    const entities = [
      { id: 'country:CN', type: 'country' as const, label: 'China' },
      { id: 'country:US', type: 'country' as const, label: 'United States' },
    ];
    const index = loadAliasIndex(buildAliasIndex(entities, [
      { text: 'China', entity: 0, kind: PayloadKind.Name },
      { text: 'US', entity: 1, kind: PayloadKind.Alias },
      { text: 'United States', entity: 1, kind: PayloadKind.Name },
    ]));
    const cased = Array.from({ length: 3 }, (_, o) => index.payload(o)).map((p) => [index.entities[p.entity].id, p.cased]);
    expect(cased).toEqual(expect.arrayContaining([['country:CN', 'China'], ['country:US', 'US'], ['country:US', 'United States']]));
  });
});
