/**
 * What the content script ships besides the trie: deal keys packed as entity indices, and case
 * rules packed as masks of upper-case positions. Both must read back as what the dataset says.
 */
import { describe, expect, it } from 'vitest';
import { collectAliases } from '../../../lib/dataset/aliases.ts';
import { loadDataset } from '../../../lib/dataset/load.ts';
import { buildAliasIndex, loadAliasIndex, PayloadKind } from '../../../lib/recognize/alias-index.ts';
import { buildRecognizerIndex, dealKeys } from '../../../lib/recognize/build-index.ts';
import { DEAL_KINDS, unpackDealKeys } from '../../../lib/recognize/deals/packed-keys.ts';
import { DealKind } from '../../../lib/dataset/schema.ts';
import { caseMask } from '../../../lib/recognize/fold.ts';

const dataset = loadDataset();

describe('the shipped recognizer index', () => {
  const data = buildRecognizerIndex(dataset, collectAliases(dataset));

  it("reads back every deal's key: its id, date, parties, minerals (groups with their members) and amount", () => {
    const keys = unpackDealKeys(JSON.parse(JSON.stringify(data.deals)), data.entities);
    expect(keys).toEqual(dealKeys(dataset));
    const jare = keys.find((k) => k.id === 'deal:jare-lynas-investment-2023')!;
    expect(jare.minerals).toEqual(expect.arrayContaining(['mineral:rare-earths', 'mineral:neodymium', 'mineral:dysprosium']));
    expect(jare.amount).toBe(200_000_000);
    // The parts of a value broken down, in its currency: MP Materials' shares, loan and bank financing.
    expect(keys.find((k) => k.id === 'deal:dod-mp-materials-2025')!.parts).toEqual([400_000_000, 150_000_000, 1_000_000_000]);
    expect(jare.parts).toEqual([]);
    // Peace agreements are marked, with or without an amount; no other deal is.
    expect(keys.filter((k) => k.peace).map((k) => k.id).sort()).toEqual(['deal:drc-rwanda-peace-agreement-2025', 'deal:washington-accords-2025']);
    // Kinds read back as the dataset lists them, whatever the order it lists them in.
    expect(jare.kinds).toEqual(['equity-stake', 'offtake']);
    for (const d of dataset.deals) expect([...keys.find((k) => k.id === d.id)!.kinds!].sort()).toEqual([...d.kinds].sort());
  });

  it("names each deal's companies as news does, leaving out government bodies and lenders to many deals", () => {
    const keys = new Map(dealKeys(dataset).map((k) => [k.id, k.organisations]));
    // (stop 42) The owners a role names ("investor, owned by JOGMEC and Sojitz") name the vehicle too.
    expect(keys.get('deal:jare-lynas-investment-2023')).toEqual([['Japan Australia Rare Earths', 'JARE', 'JOGMEC', 'Sojitz'], ['Lynas Rare Earths', 'Lynas']]);
    // A short form in brackets, and a name written without its apostrophe.
    expect(keys.get('deal:mp-materials-maaden-mou-2025')).toEqual([['MP Materials'], ["Ma'aden", 'Saudi Arabian Mining Company', 'Maaden']]);
    // A bracket holds its owners; a two-word remainder keeps its tail unless the tail is Holdings or Corp.
    expect(keys.get('deal:dobra-lithium-2026')).toEqual([['Dobra Lithium Holdings', 'Dobra Lithium', 'TechMet', 'Rock Holdings']]);
    expect(keys.get('deal:critical-metals-ucore-offtake-2025')).toEqual([['Critical Metals Corp', 'Critical Metals'], ['Ucore Rare Metals', 'Ucore']]);
    // The Pentagon, EXIM, the DFC and the banks of the MP Materials loan are no company of a deal.
    expect(keys.get('deal:dod-mp-materials-2025')).toEqual([['MP Materials']]);
    expect(keys.get('deal:us-kazakhstan-tungsten-2025')).toEqual([['Cove Kaz Capital'], ['Tau-Ken Samruk']]);
    expect(keys.get('deal:project-vault-2026')).toEqual([]);
    const all = [...keys.values()].flatMap((names) => names ?? []).flat();
    expect(all.filter((n) => /^US |Department|European Union|Export-Import|JPMorgan|Goldman/.test(n))).toEqual([]);
  });

  it('has a bit for every deal kind the schema allows, in a fixed order', () => {
    expect([...DEAL_KINDS].sort()).toEqual([...DealKind.options].sort());
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
    const masks = Array.from({ length: 3 }, (_, o) => index.payload(o)).map((p) => [index.entities[p.entity].id, p.caseMask]);
    expect(masks).toEqual(expect.arrayContaining([['country:CN', caseMask('China')], ['country:US', caseMask('US')], ['country:US', caseMask('United States')]]));
    expect(caseMask('US')).not.toBe(caseMask('China'));
  });
});
