/**
 * The linker's weighing, one piece of evidence at a time, on made-up deal keys: a deal phrase links
 * to a dataset deal only when the evidence points to that deal clearly better than to any other.
 * Each row is built so that one weight, dropped or flipped, changes the answer.
 */
import { describe, expect, it } from 'vitest';
import { linkDeal, type DealKey } from '../../../lib/recognize/deals/link.ts';

const key = (id: string, countries: string[], minerals: string[] = [], extra: Partial<DealKey> = {}): DealKey => ({
  id,
  date: '2025-06-01',
  countries: countries.map((c) => `country:${c}`),
  minerals: minerals.map((m) => `mineral:${m}`),
  ...extra,
});
const evidence = (countries: string[], minerals: string[] = [], extra: { amount?: number; date?: string; inPhrase?: string[] } = {}) => ({
  countries: countries.map((c) => `country:${c}`),
  minerals: minerals.map((m) => `mineral:${m}`),
  ...extra,
});

describe('linking a deal phrase to a dataset deal', () => {
  it('needs a named partner other than the United States', () => {
    // Home country and an exact amount, but no partner: nothing to go on.
    expect(linkDeal([key('a', ['US', 'AU'], [], { amount: 1e9 })], evidence(['US'], [], { amount: 1e9 }))).toBeUndefined();
    expect(linkDeal([key('a', ['US', 'AU'], [], { amount: 1e9 })], evidence(['US', 'AU'], [], { amount: 1e9 }))).toBe('a');
  });

  it('never links to a deal signed after the page', () => {
    expect(linkDeal([key('a', ['US', 'AU'])], evidence(['US', 'AU'], [], { date: '2025-05-31' }))).toBeUndefined();
    expect(linkDeal([key('a', ['US', 'AU'])], evidence(['US', 'AU'], [], { date: '2025-06-01' }))).toBe('a');
  });

  it('wants more than a partner named somewhere in the sentence', () => {
    const a = key('a', ['US', 'AU'], ['lithium']);
    expect(linkDeal([a], evidence(['AU']))).toBeUndefined();
    // The phrase names the partner ("the agreement with Australia"), or the sentence the US or a mineral of the deal.
    expect(linkDeal([a], evidence(['AU'], [], { inPhrase: ['country:AU'] }))).toBe('a');
    expect(linkDeal([a], evidence(['US', 'AU']))).toBe('a');
    expect(linkDeal([a], evidence(['AU'], ['lithium']))).toBe('a');
    // A country in the phrase that is no partner adds nothing.
    expect(linkDeal([a], evidence(['AU', 'US'], [], { inPhrase: ['country:US'] }))).toBe('a');
    expect(linkDeal([key('b', ['AU'])], evidence(['AU', 'US'], [], { inPhrase: ['country:US'] }))).toBeUndefined();
  });

  it('never links to a declaration of five or more governments by its parties alone', () => {
    const four = key('four', ['US', 'AU', 'JP', 'KR']);
    const five = key('five', ['US', 'AU', 'JP', 'KR', 'IN']);
    expect(linkDeal([four], evidence(['US', 'AU', 'JP', 'KR']))).toBe('four');
    expect(linkDeal([five], evidence(['US', 'AU', 'JP', 'KR', 'IN']))).toBeUndefined();
  });

  it('weighs the United States only when both the deal and the sentence have it', () => {
    const withHome = key('with-home', ['US', 'AU']);
    const withLithium = key('with-lithium', ['AU'], ['lithium']);
    // 2 + 1 for the home country against 2 - 0.5 (US is no party of it) + 1 for the mineral.
    expect(linkDeal([withHome, withLithium], evidence(['US', 'AU'], ['lithium']))).toBe('with-home');
    // Without US in the sentence the two deals are equal: no link.
    expect(linkDeal([withHome, key('plain', ['AU'])], evidence(['AU']))).toBeUndefined();
  });

  it('counts each country of the sentence that is no party against the deal', () => {
    // 2 for the partner, 1 for naming it in the phrase, -0.5 for Chile.
    expect(linkDeal([key('a', ['AU'])], evidence(['AU', 'CL'], [], { inPhrase: ['country:AU'] }))).toBeUndefined();
    expect(linkDeal([key('a', ['AU'])], evidence(['AU'], [], { inPhrase: ['country:AU'] }))).toBe('a');
  });

  it('weighs minerals only when both sides name some, for one shared and against none', () => {
    const lithiumNickel = key('lithium-nickel', ['AU'], ['lithium', 'nickel']);
    const cobalt = key('cobalt', ['AU'], ['cobalt']);
    expect(linkDeal([lithiumNickel, cobalt], evidence(['AU'], ['lithium']))).toBe('lithium-nickel');
    expect(linkDeal([cobalt], evidence(['AU'], ['lithium'], { inPhrase: ['country:AU'] }))).toBeUndefined();
    // A sentence with no mineral says nothing against a mineral deal.
    expect(linkDeal([cobalt], evidence(['AU'], [], { inPhrase: ['country:AU'] }))).toBe('cobalt');
  });

  it('gives up on a tie, unless a later deal scores higher', () => {
    const a = key('a', ['AU']);
    const b = key('b', ['AU']);
    expect(linkDeal([a, b], evidence(['AU']))).toBeUndefined();
    expect(linkDeal([a, b, key('c', ['AU'], ['lithium'])], evidence(['AU'], ['lithium']))).toBe('c');
  });

  it('wants a score of at least two', () => {
    // One partner (2) against a mineral that does not match (-1).
    expect(linkDeal([key('a', ['AU'], ['cobalt'])], evidence(['AU'], ['lithium']))).toBeUndefined();
  });

  it('links a phrase that names another subject to nothing, and a peace phrase only to a peace deal', () => {
    const minerals = key('minerals', ['IL']);
    const peace = key('peace', ['CD', 'RW'], [], { peace: true });
    expect(linkDeal([minerals], { ...evidence(['IL'], [], { inPhrase: ['country:IL'] }), phrase: 'the agreement with Israel' })).toBe('minerals');
    expect(linkDeal([minerals], { ...evidence(['IL'], [], { inPhrase: ['country:IL'] }), phrase: 'the peace deal between Israel and Hamas' })).toBeUndefined();
    expect(linkDeal([minerals], { ...evidence(['IL'], [], { inPhrase: ['country:IL'] }), phrase: 'the budget deal' })).toBeUndefined();
    expect(linkDeal([minerals], { ...evidence(['IL'], [], { inPhrase: ['country:IL'] }), phrase: '停火协议' })).toBeUndefined();
    expect(linkDeal([peace], { ...evidence(['CD', 'RW']), phrase: 'the peace agreement' })).toBe('peace');
    expect(linkDeal([peace], { ...evidence(['CD', 'RW']), phrase: 'the agreement' })).toBeUndefined();
    expect(linkDeal([peace, key('cobalt', ['CD', 'RW'])], { ...evidence(['CD', 'RW']), phrase: 'the ceasefire' })).toBe('peace');
    // A word inside another is not its subject.
    expect(linkDeal([minerals], { ...evidence(['IL'], [], { inPhrase: ['country:IL'] }), phrase: 'the taxonomy deal' })).toBe('minerals');
  });

  it('links a phrase that names what changed hands only to a deal of that kind', () => {
    const framework = key('framework', ['US', 'AR'], ['lithium'], { kinds: ['framework'] });
    const stake = key('stake', ['US', 'AR'], ['lithium'], { kinds: ['equity-stake', 'offtake'] });
    const loan = key('loan', ['US', 'AR'], ['lithium'], { kinds: ['loan'] });
    const fits = evidence(['US', 'AR'], ['lithium'], { inPhrase: ['country:AR'] });
    const link = (phrase: string, keys = [framework]) => linkDeal(keys, { ...fits, phrase });
    // Naming no kind, a phrase may be any deal; naming one, only a deal of it.
    expect(link('the agreement with Argentina')).toBe('framework');
    expect(link('the framework with Argentina')).toBe('framework');
    expect(link('its acquisition of an Argentine lithium project')).toBeUndefined();
    expect(link('a 20% stake in the Argentine project')).toBeUndefined();
    expect(link('对一家阿根廷盐湖锂项目控股权的收购')).toBeUndefined();
    expect(link('a $500 million loan to Argentina')).toBeUndefined();
    expect(link('its acquisition of an Argentine lithium project', [framework, stake])).toBe('stake');
    expect(link('阿根廷锂项目的包销协议', [framework, stake])).toBe('stake');
    expect(link('a $500 million loan to Argentina', [framework, stake, loan])).toBe('loan');
    // A purchase may be of shares or of the metal.
    expect(link('a purchase agreement for Argentine lithium', [framework, stake])).toBe('stake');
    // A company's name that holds a stake word names no kind.
    expect(link('与阿根廷某锂业股份有限公司签署的合作协议')).toBe('framework');
    expect(link('与某控股集团签署的合作协议')).toBe('framework');
    expect(link('与某锂业股份签署的合作协议')).toBeUndefined();
    // A key without kinds (an older index) is never excluded by them.
    expect(link('its acquisition of an Argentine lithium project', [key('bare', ['US', 'AR'], ['lithium'])])).toBe('bare');
  });

  it('wants both partners of a deal between two other countries, or its mineral or amount beside one', () => {
    const jpAu = key('jp-au', ['JP', 'AU'], ['neodymium'], { amount: 2e8 });
    // One partner, even named in the phrase, is any of that country's dealings.
    expect(linkDeal([jpAu], evidence(['JP'], [], { inPhrase: ['country:JP'] }))).toBeUndefined();
    expect(linkDeal([jpAu], evidence(['JP', 'AU']))).toBe('jp-au');
    expect(linkDeal([jpAu], evidence(['JP'], ['neodymium'], { inPhrase: ['country:JP'] }))).toBe('jp-au');
    expect(linkDeal([jpAu], evidence(['JP'], [], { amount: 2e8 }))).toBe('jp-au');
    // The United States is no partner here: a US deal with Japan needs Japan alone.
    expect(linkDeal([key('us-jp', ['US', 'JP'])], evidence(['JP'], [], { inPhrase: ['country:JP'] }))).toBe('us-jp');
  });

  it("counts a deal's companies named in the sentence as partners", () => {
    const offtake = key('offtake', ['US'], ['neodymium'], { kinds: ['offtake'], organisations: [['Apple'], ['MP Materials']] });
    const stake = key('stake', ['US'], ['neodymium'], { kinds: ['equity-stake'], organisations: [['MP Materials']] });
    const gulf = key('gulf', ['US', 'SA'], ['neodymium'], { kinds: ['joint-venture'], organisations: [["Ma'aden", 'Maaden'], ['MP Materials']] });
    const say = (sentence: string, phrase: string, keys = [offtake, stake, gulf]) => linkDeal(keys, { ...evidence([]), sentence, phrase });
    // American companies only: without their names there is nothing to go on.
    expect(say('Apple signed a supply deal with the miner.', 'a supply deal with the miner', [stake])).toBeUndefined();
    expect(say('Apple signed a supply deal with MP Materials.', 'a supply deal with MP Materials')).toBe('offtake');
    // One company shared by three deals: the phrase's kind decides, and a deal with a country
    // the sentence does not name (Saudi Arabia) gives way to one without; alone, the company is
    // not enough for it.
    expect(say('The Pentagon took a stake in MP Materials.', 'a stake in MP Materials')).toBe('stake');
    expect(say('The Pentagon took a stake in MP Materials.', 'a stake in MP Materials', [offtake, gulf])).toBeUndefined();
    expect(say('Riyadh said MP Materials took a stake.', 'a stake', [offtake, gulf])).toBeUndefined();
    expect(linkDeal([offtake, gulf], { ...evidence(['SA']), sentence: 'Saudi Arabia said MP Materials took a stake.', phrase: 'a stake' })).toBe('gulf');
    expect(say('MP Materials announced a deal.', 'a deal')).toBeUndefined();
    // A name inside a longer word, or written another way, is not the company.
    expect(say('MP Materialsworks signed a deal with Applebee.', 'a deal with Applebee', [offtake])).toBeUndefined();
    const magnets = { ...evidence([], ['neodymium']), phrase: '钕磁体供应协议' };
    expect(linkDeal([offtake, gulf], { ...magnets, sentence: '苹果公司与MP Materials签署了钕磁体供应协议。' })).toBe('offtake');
    expect(linkDeal([offtake, gulf], { ...magnets, sentence: '苹果公司与某材料公司签署了钕磁体供应协议。' })).toBeUndefined();
    expect(say('Maaden and MP Materials formed a joint venture.', 'a joint venture')).toBe('gulf');
    // Without the sentence, names cannot be looked for.
    expect(linkDeal([stake], { ...evidence([]), phrase: 'a stake in MP Materials' })).toBeUndefined();
    // A stake in a company that is none of the deal's is another deal, whoever bought it.
    const bought = { ...evidence(['SA']), sentence: 'Saudi Arabia said Maaden took a stake in Norsk Metall.', phrase: 'a stake in Norsk Metall' };
    expect(linkDeal([gulf], bought)).toBe('gulf');
    expect(linkDeal([gulf], { ...bought, assets: ['Norsk Metall'] })).toBeUndefined();
    expect(linkDeal([gulf], { ...bought, assets: ['MP Materials Corp'] })).toBe('gulf');
    expect(linkDeal([gulf], { ...bought, assets: ['Maaden'] })).toBe('gulf');
  });

  it('breaks a tie between deals of the same partners by the kind the phrase names, and only a tie', () => {
    const framework = key('framework', ['US', 'JP'], [], { kinds: ['framework'] });
    const older = key('older', ['US', 'JP'], [], { kinds: ['agreement', 'trade-agreement'] });
    const memo = key('memo', ['US', 'JP'], [], { kinds: ['mou'] });
    const withJapan = (phrase: string) => ({ ...evidence(['JP'], [], { inPhrase: ['country:JP'] }), phrase });
    expect(linkDeal([framework, older], withJapan('a framework with Japan'))).toBe('framework');
    expect(linkDeal([older, framework], withJapan('a framework with Japan'))).toBe('framework');
    expect(linkDeal([framework, older], withJapan('an agreement with Japan'))).toBeUndefined();
    expect(linkDeal([framework, older, memo], withJapan('a memorandum with Japan'))).toBe('memo');
    expect(linkDeal([framework, older, memo], withJapan('an MoU with Japan'))).toBe('memo');
    expect(linkDeal([framework, older, memo], withJapan('an MOU with Japan'))).toBe('memo');
    expect(linkDeal([framework, older, memo], withJapan('a Memorandum of Understanding with Japan'))).toBe('memo');
    // Two of the named kind still tie; and the kind adds nothing to evidence too thin to link.
    expect(linkDeal([framework, key('framework2', ['US', 'JP'], [], { kinds: ['framework'] })], withJapan('a framework with Japan'))).toBeUndefined();
    expect(linkDeal([framework], { ...evidence(['JP']), phrase: 'a framework' })).toBeUndefined();
  });

  it('takes a smaller sum as a possible part of a deal, a larger one as another deal', () => {
    const package_ = key('package', ['US', 'AU'], [], { amount: 1e9 });
    const withBoth = evidence(['US', 'AU'], [], { inPhrase: ['country:AU'] });
    // 2 for the partner, 1 in the phrase, 1 for the United States: a part costs 0.5, a larger sum 2.
    expect(linkDeal([package_], { ...withBoth, amount: 1e9 })).toBe('package');
    expect(linkDeal([package_], { ...withBoth, amount: 4e8 })).toBe('package');
    expect(linkDeal([package_], { ...withBoth, amount: 4e9 })).toBeUndefined();
    // Still a cost: without the United States, a deal of no amount wins.
    expect(linkDeal([package_, key('other', ['AU'])], { ...evidence(['AU'], [], { inPhrase: ['country:AU'] }), amount: 4e8 })).toBe('other');
  });

  it("takes the sum of one of a deal's parts as its amount", () => {
    const package_ = key('package', ['US', 'AU'], [], { amount: 1.55e9, parts: [4e8, 1.5e8] });
    const other = key('other', ['US', 'AU']);
    const withBoth = evidence(['US', 'AU'], [], { inPhrase: ['country:AU'] });
    // A smaller sum that is none of the parts costs the package 0.5, and the deal with no amount wins.
    expect(linkDeal([package_, other], { ...withBoth, amount: 1.5e8 })).toBe('package');
    expect(linkDeal([package_, other], { ...withBoth, amount: 2.5e8 })).toBe('other');
    expect(linkDeal([package_, other], { ...withBoth, amount: 1.55e9 })).toBe('package');
  });
});
