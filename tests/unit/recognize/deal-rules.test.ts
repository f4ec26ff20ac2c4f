/**
 * Each rule of the English deal recognizer on sentences written for these tests (none from the
 * gold sets): a sentence where the rule fires and a close one where it must not, with the span
 * the reader would see and the rule's reason as the debug output gives it. A labelled set's
 * score rarely moves when one rule is bent; the reason and the exact span do.
 */
import { describe, expect, it } from 'vitest';
import { linkDeal, type DealKey } from '../../../lib/recognize/deals/link.ts';
import { recognize, ruled } from './deal-rows.ts';

/** The first deal's value (amount and currency) and the organisations named as its party. */
function parts(text: string): { value: { amount?: number; currency?: string; text?: string } | null; organisations: string[] } {
  const deal = recognize(text).mentions.find((m) => m.type === 'deal');
  if (!deal) throw new Error(`no deal found in: ${text}`);
  const v = deal.deal?.value;
  return { value: v ? { text: v.text, amount: v.amount, currency: v.currency } : null, organisations: deal.deal?.organisations ?? [] };
}

describe('contract as a verb', () => {
  ruled([
    ['Miners agreed to contract out the cleaning.', ['contract | (contract) → drop: not a deal noun here']],
    ['The council will contract out the cleaning.', ['contract | (contract) → drop: not a deal noun here']],
    ['Councils contract the work out.', ['contract | (contract) → drop: not a deal noun here']],
    ['Firms contract a builder each spring.', ['contract | (contract) → drop: not a deal noun here']],
    // After a determiner it is the noun, whatever follows.
    ['It won a contract a year ago.', ['a contract | (contract) → keep: determiner']],
    ['It won the contract the council offered.', ['the contract | (contract) → keep: determiner']],
    // The rule is for "contract" only: another deal word before "a" stays a noun.
    ['The firm signed an agreement a week ago.', ['an agreement | (agreement) → keep: determiner']],
    // A deal word that ends the text (a clipped headline) has nothing after it.
    ['Ministers signed the contract', ['the contract | (contract) → keep: determiner']],
    ['They agreed a framework', ['a framework | (framework) → keep: determiner']],
  ]);
});

describe('stakes as risk', () => {
  ruled([
    ['Investors face high stakes this week.', ['stakes | (stake) → drop: not a deal noun here']],
    ['Unions warned of higher stakes ahead.', ['stakes | (stake) → drop: not a deal noun here']],
    // "the stakes in" is shares in something; here a generic plural, not a risk.
    ['The stakes in such mines rarely pay.', ['stakes | (stake) → drop: generic plural']],
    ['Vale sold its stakes to Glencore.', ['its stakes | (stake) → keep: determiner']],
  ]);
});

describe('generic plurals after "the"', () => {
  ruled([
    ['The contracts rarely last.', ['contracts | (contract) → drop: generic plural']],
    ["The miner's contracts rarely last.", ["The miner's contracts | (contract) → keep: possessive"]],
    ['Their contracts rarely last.', ['Their contracts | (contract) → keep: determiner']],
    ['Lynas signed the contracts with Vale.', ['the contracts with Vale | (contract) → keep: determiner']],
  ]);
});

describe('a party or a value without a determiner', () => {
  ruled([
    ['Lynas signed contracts with Vale.', ['contracts with Vale | (contract) → keep: party']],
    ['Glencore signed partnerships with Vale and Rio Tinto.', ['partnerships with Vale and Rio Tinto | (partnership) → keep: party']],
    // Runs elsewhere in the sentence still make partnerships a batting score.
    ['Root put on partnerships with Stokes and Pope before lunch, adding 200 runs.', ['partnerships | (partnership) → drop: a partnership of runs']],
    ['Lynas agreed a $2 billion offtake contract.', ['a $2 billion offtake contract | (contract) → keep: value']],
    ['Lynas wins offtake contract worth A$1.2 billion', ['offtake contract worth A$1.2 billion | (contract) → keep: value']],
    // A plural's value makes a set of deals only after "worth" (see the rows on sets of deals below).
    ['Lynas wins offtake contracts worth A$1.2 billion', ['offtake contracts worth A$1.2 billion | (contract) → keep: value of them all']],
    ['Lynas wins offtake contracts of A$1.2 billion', ['offtake contracts | (contract) → drop: no determiner, value or party']],
  ]);
});

describe('walking left: modifiers in -s, verbs in -s', () => {
  ruled([
    ['Brussels and Rabat renewed the fisheries deal.', ['the fisheries deal | (agreement) → keep: determiner']],
    // A year between the determiner and the plural modifier: a number is no subject of a verb.
    ['Rabat renewed the 2019 fisheries deal.', ['the 2019 fisheries deal | (agreement) → keep: determiner']],
    // A modifier first in the text has nothing before it.
    ['fisheries deals with Senegal, officials said.', ['fisheries deals with Senegal | (agreement) → keep: party']],
    ["The bloc's fisheries deal lapsed.", ["The bloc's fisheries deal | (agreement) → keep: possessive"]],
    // A subject in -s before a verb in -s.
    ['The Congress reviews trade deals yearly.', ['deals | (agreement) → drop: no determiner, value or party']],
  ]);
});

describe('walking left: punctuation, adverbs, names in -ly', () => {
  ruled([
    ['For the miners, supply deals matter most.', ['deals | (agreement) → drop: no determiner, value or party']],
    ['Officials praised the US–China deal.', ['the US–China deal | (agreement) → keep: determiner']],
    ['The banks increasingly favour offtake agreements.', ['offtake agreements | (agreement) → drop: no determiner, value or party']],
    ['Regulators cleared the Kimberly deal.', ['the Kimberly deal | (agreement) → keep: determiner']],
    ['It signed a polymer supply deal.', ['a polymer supply deal | (agreement) → keep: determiner']],
    ['They struck a fair and green deal.', ['a fair and green deal | (agreement) → keep: determiner']],
  ]);
});

describe('walking left: at most nine steps', () => {
  ruled([
    ['Auditors listed the 2018 2019 2020 2021 2022 2023 2024 quota deals.', ['the 2018 2019 2020 2021 2022 2023 2024 quota deals | (agreement) → keep: determiner']],
    ['Auditors listed the 2017 2018 2019 2020 2021 2022 2023 2024 quota deals.', ['deals | (agreement) → drop: no determiner, value or party']],
  ]);
});

describe('walking left: possessors', () => {
  ruled([
    ["Vale bought Glencore's stake in the mine.", ["Glencore's stake in the mine | (stake) → keep: possessive"]],
    ["Vale bought Rio Tinto's stake in the mine.", ["Rio Tinto's stake in the mine | (stake) → keep: possessive"]],
    ["Vale bought the miner's stake in the mine.", ["the miner's stake in the mine | (stake) → keep: possessive"]],
    ["Yesterday the bank's first loan went to a smelter.", ["the bank's first loan | (money) → keep: ordinal"]],
    ["Investors cheered state lenders' first loan to the refinery.", ["lenders' first loan | (money) → keep: ordinal"]],
    // "The" opens the sentence: still no named possessor, as in mid-sentence.
    ["The town's loan was repaid.", ["loan | (money) → drop: money word without value, named party or transaction verb"]],
    ["Yesterday the town's loan was repaid.", ["loan | (money) → drop: money word without value, named party or transaction verb"]],
    ["The Senate's loan plan failed.", ["The Senate's loan | (money) → keep: named possessor"]],
  ]);
});

describe('a value joined by "in" before a money word', () => {
  ruled([
    ['The miner secured the $2 billion in financing it needed.', ['the $2 billion in financing | (money) → keep: value']],
  ]);
});

describe('walking right: apposition, "of" and "and" inside names', () => {
  ruled([
    ['Vale signed a pact with Maaden, the state mining company of Saudi Arabia, Reuters reported.', ['a pact with Maaden, the state mining company of Saudi Arabia | (agreement) → keep: determiner']],
    ['Vale signed a pact with Maaden, the state mining company of Saudi Arabia', ['a pact with Maaden, the state mining company of Saudi Arabia | (agreement) → keep: determiner']],
    ['It signed a deal with Vale in Brazil.', ['a deal with Vale | (agreement) → keep: determiner']],
    ['It signed a deal with the Bank of', ['a deal with the Bank | (agreement) → keep: determiner']],
    ['It signed a deal with Vale and Glencore.', ['a deal with Vale and Glencore | (agreement) → keep: determiner']],
    ['It signed a deal with Vale and plans more.', ['a deal with Vale | (agreement) → keep: determiner']],
    ['It signed a deal with Vale and', ['a deal with Vale | (agreement) → keep: determiner']],
    // A time word after the party starts an adverbial.
    ['It signed a deal with Japan this year.', ['a deal with Japan | (agreement) → keep: determiner']],
    // A party cannot start with "and".
    ['It signed a deal with and Glencore.', ['a deal | (agreement) → keep: determiner']],
  ]);
});

describe('the parts a deal phrase carries', () => {
  it.each([
    ['It signed a deal with Vale in Brazil.', null, ['Vale']],
    ['It signed a deal with Vale and Glencore.', null, ['Vale', 'Glencore']],
    ['Tesla signed a deal with Vale of about $2 billion.', { text: '$2 billion', amount: 2e9, currency: 'USD' }, ['Vale']],
    ['The accord, valued at about $3 billion, runs to 2035.', { text: '$3 billion', amount: 3e9, currency: 'USD' }, []],
    ['The firm agreed a deal worth 5 billion US dollars.', { text: '5 billion US dollars', amount: 5e9, currency: 'USD' }, []],
    ['The bank signed a 2 billion US dollar loan.', { text: '2 billion US dollar', amount: 2e9, currency: 'USD' }, []],
    // Dollars named by their country: the currency when the recognizer knows it, else no value.
    ['The firm agreed a deal worth 2 billion Singapore dollars.', { text: '2 billion Singapore dollars', amount: 2e9, currency: 'SGD' }, []],
    ['The firm agreed a deal worth 2 billion Taiwan dollars.', null, []],
    // A value clipped at the end of the text has no currency.
    ['The firm agreed a deal worth 500 million', null, []],
    ['The firm agreed a deal worth 5 billion US', null, []],
  ])('%s', (text, value, organisations) => {
    expect(parts(text)).toEqual({ value, organisations });
  });
});

describe('deals that were not made', () => {
  ruled([
    ['The company has not yet signed a deal with the province.', ['deal | (agreement) → drop: negated']],
    ['The miners have signed a deal with the province.', ['a deal with the province | (agreement) → keep: determiner']],
  ]);
});

describe('linking to a dataset deal', () => {
  const key = (countries: string[], amount?: number): DealKey => ({ id: 'deal:test', date: '2024-01-01', countries, minerals: [], amount });
  it('needs a partner other than the United States named in the sentence', () => {
    expect(linkDeal([key(['country:US', 'country:AU'])], { countries: ['country:US'], minerals: [] })).toBeUndefined();
    expect(linkDeal([key(['country:US', 'country:AU'])], { countries: ['country:US', 'country:AU'], minerals: [] })).toBe('deal:test');
  });
  it.each([
    [100, 'deal:test'],
    [95, 'deal:test'],
    [90, undefined],
    [110, undefined],
    [300, undefined],
  ])('a value of %d against the dataset deal’s 100 links as %s', (amount, expected) => {
    expect(linkDeal([key(['country:AU'], 100)], { countries: ['country:AU'], minerals: [], amount })).toBe(expected);
  });
});

describe('deal, agreement and other deal words in other roles', () => {
  ruled([
    ['The smelter needs to deal with the slag.', ['deal | (agreement) → drop: not a deal noun here']],
    ['Traders can deal directly with miners.', ['deal | (agreement) → drop: not a deal noun here']],
    ['A great deal of cobalt comes from Congo.', ['deal | (agreement) → drop: not a deal noun here']],
    ['A great deal with Japan was signed.', ['A great deal with Japan | (agreement) → keep: determiner']],
    ['Deal with the slag first, the manager said.', ['Deal | (agreement) → drop: not a deal noun here']],
    ['It is no big deal for the miners.', ['deal | (agreement) → drop: not a deal noun here']],
    ['There is no deal on the table.', ['deal | (agreement) → drop: not a deal noun here']],
    ['Each country has its own agreement on tariffs.', ['agreement | (agreement) → drop: not a deal noun here']],
    ['The sides are in agreement on quotas.', ['agreement | (agreement) → drop: not a deal noun here']],
    ['There is broad agreement that prices will rise.', ['agreement | (agreement) → drop: not a deal noun here']],
    ['Contract workers at the mine went on strike.', ['Contract | (contract) → drop: not a deal noun here']],
    ['Deal makers flocked to Perth.', ['Deal | (agreement) → drop: not a deal noun here']],
    ['Tariffs stay low within the framework of the WTO.', ['framework | (framework) → drop: not a deal noun here']],
    ['The venture capital arm backed a lithium start-up.', ['venture | (venture) → drop: not a deal noun here']],
    ['The firm formed a venture with Posco.', ['a venture with Posco | (venture) → keep: determiner']],
    ['Project financing for the mine is scarce.', ['financing | (money) → drop: not a deal noun here']],
    ['The project secured financing from Japan.', ['financing from Japan | (money) → keep: named party']],
    // A money word with no determiner before "a" is still the noun: only "contract" is read as a verb there.
    ['Vale won funding a week ago.', ['funding | (money) → keep: transaction verb']],
    // Funding given by a named subject; not by an unnamed one, nor when the giving is denied.
    ['The World Bank will provide funding for the dam.', ['funding | (money) → keep: named provider']],
    ['Germany pledged funding for the hydrogen plant.', ['funding | (money) → keep: named provider']],
    ['The bank said it would provide financing to small firms.', ['financing | (money) → drop: money word without value, named party or transaction verb']],
    ['The World Bank will not provide funding for the dam.', ['funding | (money) → drop: money word without value, named party or transaction verb']],
    // (Review) A body of no name, a yearly habit, a noun the money word modifies, a rate offered.
    ['The Council will provide funding for the library.', ['funding | (money) → drop: money word without value, named party or transaction verb']],
    ['The Science Foundation provides funding for research every year.', ['funding | (money) → drop: money word without value, named party or transaction verb']],
    ['The Prime Minister will provide funding details next week.', ['funding | (money) → drop: money word without value, named party or transaction verb']],
    ['Toyota Financial will offer financing at 0.9% on new cars.', ['financing | (money) → drop: money word without value, named party or transaction verb']],
  ]);
});

describe('frameworks, takeovers and names', () => {
  ruled([
    ['The pact sits within a framework for a deal on trade.', ['The pact | (agreement) → keep: determiner', 'a deal | (agreement) → keep: determiner', 'framework | (framework) → drop: framework for a deal']],
    ['They agreed a framework for cooperation.', ['a framework | (framework) → keep: determiner']],
    ['The framework of the WTO was signed in 1994.', ['framework | (framework) → drop: framework of something']],
    ["Glencore's takeover of Zambia drew protests.", ['takeover | (contract) → drop: takeover of a country']],
    ['The takeover of Mopani by Zambia drew protests.', ['The takeover of Mopani | (contract) → keep: determiner']],
    ["Indonesia's Investment Ministry approved it.", ['Investment | (money) → drop: part of a name']],
    // A body's name that ends on a deal word after "of" or "for"; a lower-case government signs one.
    ['Fighters loyal to the Government of National Accord held the port.', ['Accord | (agreement) → drop: part of a name']],
    ['The government of Peru signed an accord with the miners.', ['an accord with the miners | (agreement) → keep: determiner']],
    ['A spokesman for the Council for Trade Agreements declined to comment.', ['Agreements | (agreement) → drop: part of a name']],
    // A headline capitalises every word, so the capitals show no name.
    ["INDONESIA'S INVESTMENT MINISTRY APPROVES NICKEL PLAN", ['INVESTMENT | (money) → drop: money word without value, named party or transaction verb']],
  ]);
});

describe('money words: aggregates, possessors, ordinals, transaction verbs', () => {
  ruled([
    ['The council approved private investment in the port.', ['investment | (money) → drop: an aggregate of money, not a transaction']],
    ['The first private investment in the port came from Japan.', ['The first private investment | (money) → keep: ordinal']],
    ['The loan from the state bank helped.', ['loan | (money) → drop: money word without value, named party or transaction verb']],
    ['It secured the loan.', ['the loan | (money) → keep: transaction verb']],
    ['It quickly secured the loan.', ['the loan | (money) → keep: transaction verb']],
    // An adverb between the verb and the phrase: "won fully underwritten financing".
    ['The smelter won fully underwritten financing.', ['underwritten financing | (money) → keep: transaction verb']],
    ['They discussed the loan.', ['loan | (money) → drop: money word without value, named party or transaction verb']],
  ]);
});

describe('understandings, relationships, plurals and JVs', () => {
  ruled([
    ['The two sides reached an understanding.', ['an understanding | (understanding) → keep: agreement verb']],
    ['The two sides came to an understanding.', ['an understanding | (understanding) → keep: agreement verb']],
    ['They have an understanding with Kinshasa on quotas.', ['an understanding with Kinshasa | (understanding) → keep: party']],
    ['The two sides had an understanding.', ['understanding | (understanding) → drop: understanding in its ordinary sense']],
    ['The Japan-Australia understanding holds.', ['The Japan-Australia understanding | (understanding) → keep: named parties']],
    ['It is the biggest partnership in the region.', ['partnership | (partnership) → drop: relationship']],
    ['Bilateral deals rose.', ['Bilateral deals | (agreement) → keep: specific plural']],
    ['Deals rose.', ['Deals | (agreement) → drop: no determiner, value or party']],
    ['China and Brazil signed 15 cooperation agreements.', ['15 cooperation agreements | (agreement) → keep: counted and signed']],
    ['China and Brazil discussed 15 cooperation agreements.', ['agreements | (agreement) → drop: no determiner, value or party']],
    ['Output at Kestrel JV rose.', ['Kestrel JV | (venture) → keep: named JV']],
    ['Output at mine JV rose.', ['JV | (venture) → drop: no determiner, value or party']],
  ]);
});

describe('agreements a reader accepts, loans of players, stakes and judgements', () => {
  ruled([
    ['Users must accept the subscriber agreement.', ['agreement | (agreement) → drop: an agreement a reader accepts']],
    ['The miners accept the supply agreement.', ['the supply agreement | (agreement) → keep: determiner']],
    ['Read our privacy notice before you sign the agreement.', ['agreement | (agreement) → drop: an agreement a reader accepts']],
    // Told to read the site's own agreement, or their own, with no one named: the page's small print.
    ['Please read our syndication agreement before you copy this story.', ['agreement | (agreement) → drop: an agreement a reader accepts']],
    ['Fees may change; see the full agreement for details.', ['agreement | (agreement) → drop: an agreement a reader accepts']],
    ['See the agreement with Peru for the royalty rates.', ['the agreement with Peru | (agreement) → keep: determiner']],
    ['Read the full agreement here.', ['the full agreement | (agreement) → keep: determiner']],
    ['Read our agreement, Senator Lee urged the ministry, before it is ratified.', ['our agreement | (agreement) → keep: determiner']],
    ['Analysts said the agreement cut royalty rates.', ['the agreement | (agreement) → keep: determiner']],
    ['The striker joined on a loan from Leeds before the transfer window shut.', ["loan | (money) → drop: a player's loan"]],
    ['Talks ended without a deal.', ['deal | (agreement) → drop: negated']],
    ['Both sides never signed a deal.', ['deal | (agreement) → drop: negated']],
    ['Both sides refused to sign a deal.', ['deal | (agreement) → drop: negated']],
    ['Both sides have yet to sign a deal.', ['deal | (agreement) → drop: negated']],
    ['Both sides agreed to sign a deal.', ['a deal | (agreement) → keep: determiner']],
    ['Both sides did not confirm the deal.', ['the deal | (agreement) → keep: determiner']],
    // A negation further back, over the words that lead to the verb; a denial.
    ["We're not going to do a deal with them.", ['deal | (agreement) → drop: negated']],
    ["We're going to do a deal with them.", ['a deal with them | (agreement) → keep: determiner']],
    ['The firm has never been able to sign a deal with Vale.', ['deal | (agreement) → drop: negated']],
    ['He denied any agreement with the lender.', ['agreement | (agreement) → drop: negated']],
    ['He confirmed an agreement with the lender.', ['an agreement with the lender | (agreement) → keep: determiner']],
    // A bare "a deal" after "of doing": a deal in the abstract; a deal with more to it is one.
    ['It was for the sake of doing a deal.', ['deal | (agreement) → drop: a deal in the abstract']],
    ['They were on the verge of sealing a landmark deal.', ['a landmark deal | (agreement) → keep: determiner']],
    ['They spoke of doing a cobalt deal.', ['a cobalt deal | (agreement) → keep: determiner']],
    ['They spoke of doing a deal with Vale.', ['a deal with Vale | (agreement) → keep: determiner']],
    // "just to have a deal": any deal at all, an aim played down; a deal with more to it is one.
    ['We will not sign a bad deal just to have a deal.', ['deal | (agreement) → drop: negated', 'deal | (agreement) → drop: a deal in the abstract']],
    ['They met just to sign a deal with Vale.', ['a deal with Vale | (agreement) → keep: determiner']],
    ['They met to sign a deal.', ['a deal | (agreement) → keep: determiner']],
    // A stake in what happens, not in an asset.
    ['Pension funds have a big stake in keeping prices stable.', ['stake | (stake) → drop: a stake as an interest in what happens']],
    ['Voters have a stake in the outcome.', ['stake | (stake) → drop: a stake as an interest in what happens']],
    ['The fund took a stake in mining companies.', ['a stake in mining companies | (stake) → keep: determiner']],
    ['The fund took a stake in the company.', ['a stake in the company | (stake) → keep: determiner']],
    ['He hammered a wooden stake into the ground.', ['stake | (stake) → drop: a stake in no asset']],
    // A post named by what it holds up or is made of, whatever its article.
    ['Knock the tent stake in with a mallet.', ['stake | (stake) → drop: a post']],
    ['The club sold the stake in the tent maker.', ['the stake in the tent maker | (stake) → keep: determiner']],
    // Performers paired where they play, no party named.
    ['Their partnership on the ice won the pairs title.', ['partnership | (partnership) → drop: a partnership of players']],
    ['Their partnership on the new arena was signed.', ['Their partnership | (partnership) → keep: determiner']],
    ['Vale took a stake.', ['a stake | (stake) → keep: determiner']],
    ['It was a bad deal.', ['deal | (agreement) → drop: a deal in general']],
    ['It was a bad deal with Japan.', ['a bad deal with Japan | (agreement) → keep: determiner']],
    ['It was a good cobalt deal.', ['a good cobalt deal | (agreement) → keep: determiner']],
    ['Our partnership with readers matters.', ['partnership | (partnership) → drop: no one in particular as partner']],
    ['Our partnership with Chile ends soon.', ['Our partnership with Chile | (partnership) → keep: determiner']],
    // A bare plural with no one named, counted or pointed at as partner is talk of a kind.
    ['They signed joint ventures with local smelters.', ['joint ventures | (venture) → drop: generic plural with no one named']],
    ['They signed joint ventures with three smelters.', ['joint ventures with three smelters | (venture) → keep: party']],
    ['They signed joint ventures with the smelters.', ['joint ventures with the smelters | (venture) → keep: party']],
    ['They signed joint ventures with Tsingshan.', ['joint ventures with Tsingshan | (venture) → keep: party']],
  ]);
});

describe('a currency named after a country is money, not a party', () => {
  const deal = (text: string) => recognize(text).mentions.find((m) => m.type === 'deal');
  it.each([
    ['Temasek signed a deal worth 2 billion Singapore dollars for the lithium mine.', [], 'deal'],
    ['Vale signed a loan of 500 million US dollars with Japan.', ['country:JP'], 'deal'],
    ['The bank lent 40 billion Japanese yen under the agreement with Chile.', ['country:CL'], 'deal'],
    // The country itself, written as a party, still counts.
    // (It links to no dataset deal: both signed Pax Silica, whose seven parties are no evidence.)
    ['Singapore signed a deal with Australia for lithium.', ['country:SG', 'country:AU'], 'deal'],
  ])('%s', (text, parties, id) => {
    expect(deal(text)?.deal?.parties).toEqual(parties);
    expect(deal(text)?.id).toBe(id);
  });
});

describe('a capitalised deal word inside an organisation name, headlines too', () => {
  ruled([
    ["Indonesia's Investment Ministry Approves Nickel Plan", ['Investment | (money) → drop: part of a name']],
    ["Indonesia's Investment Ministry approved the nickel plan.", ['Investment | (money) → drop: part of a name']],
    ['Japan Signs $2 Billion Lithium Deal With Chile', ['$2 Billion Lithium Deal With Chile | (agreement) → keep: value']],
  ]);
});

describe('broad or general agreement: consensus, unless it is "a" broad agreement', () => {
  ruled([
    ['The two sides signed a broad agreement on minerals.', ['a broad agreement | (agreement) → keep: determiner']],
    ['There is broad agreement among economists that tariffs hurt.', ['agreement | (agreement) → drop: not a deal noun here']],
    ['The general agreement was that prices would fall.', ['agreement | (agreement) → drop: not a deal noun here']],
  ]);
});

describe('"and" between the modifiers of one deal word', () => {
  const deals = (text: string) => recognize(text).mentions.filter((m) => m.type === 'deal').map((m) => m.surface);
  it.each([
    ['They struck a copper and cobalt deal.', ['a copper and cobalt deal']],
    ['They signed an equal and fair deal.', ['an equal and fair deal']],
    // Not across another deal word: one phrase each at most, never one inside the other.
    ['They struck a copper deal and cobalt deal.', ['a copper deal']],
    ['It sells copper and a cobalt deal followed.', ['a cobalt deal']],
  ])('%s', (text, expected) => expect(deals(text)).toEqual(expected));
});

describe('"of" after an organisation word, before a named place', () => {
  const deals = (text: string) => recognize(text).mentions.filter((m) => m.type === 'deal').map((m) => m.surface);
  it.each([
    ['Japan signed a deal with the government of Chile.', ['a deal with the government of Chile']],
    ['Japan signed a deal with the central bank of the Philippines on Monday.', ['a deal with the central bank of the Philippines']],
    ['Japan signed a deal with the government of its neighbour.', ['a deal with the government']],
  ])('%s', (text, expected) => expect(deals(text)).toEqual(expected));
});

describe('a company unit of a named owner', () => {
  it('keeps the owner in the party and among the organisations', () => {
    const deal = recognize('The miner signed a supply agreement with a unit of Sojitz.').mentions.find((m) => m.type === 'deal');
    expect(deal?.surface).toBe('a supply agreement with a unit of Sojitz');
    expect(deal?.deal?.organisations).toEqual(['Sojitz']);
  });
});

describe('where the phrase starts: a plural after "that", a quantity of deals, a value joined by "in" or "of"', () => {
  ruled([
    ['He said that trade agreements with Chile were near.', ['trade agreements with Chile | (agreement) → keep: party']],
    ['He signed a series of agreements with Chile.', ['a series of agreements with Chile | (agreement) → keep: determiner']],
    ['Each agreement with Chile was signed.', ['Each agreement with Chile | (agreement) → keep: determiner']],
    ['China provided $15 billion in financing to Zambia.', ['$15 billion in financing to Zambia | (money) → keep: value']],
    ['China provided $15 billion of investment to Zambia.', ['$15 billion of investment to Zambia | (money) → keep: value']],
    ['China provided the $15 billion in financing to Zambia.', ['the $15 billion in financing to Zambia | (money) → keep: value']],
  ]);
});

describe('deal words in figures of speech, games, quotes and names; lenders before the noun; new money words', () => {
  ruled([
    // "each deal" of a card game, as "every contract": any deal at all, unless a party is named.
    ['Each deal takes ten minutes.', ['deal | (agreement) → drop: any deal at all']],
    ['Each deal with Vale takes a year.', ['Each deal with Vale | (agreement) → keep: determiner']],
    // Scare quotes make a slogan; a named party still makes a deal.
    ["He called it a 'new deal' for farmers.", ['deal | (agreement) → drop: in scare quotes']],
    // A work's quoted title whose head comes before "of"; a deal's own quoted name is one.
    ["'The Art of the Deal' is getting a stage adaptation.", ['Deal | (agreement) → drop: a quoted title']],
    ["Kenya signed what officials call 'the Lamu Port Deal' on Monday.", ["the Lamu Port Deal' | (agreement) → keep: determiner"]],
    // A title that opens on its own capitalised article, the deal word inside it.
    ['This month we are reading "The Deal of a Lifetime" by a debut novelist.', ['Deal | (agreement) → drop: a quoted title']],
    ["He called it a 'new deal' with Chile.", ["a 'new deal' with Chile | (agreement) → keep: determiner"]],
    ['He called it a new deal for farmers.', ['a new deal | (agreement) → keep: determiner']],
    ['They made a pact with the devil.', ['pact | (agreement) → drop: a figure of speech']],
    ['They made a pact with the union.', ['a pact with the union | (agreement) → keep: determiner']],
    // "sealed the deal with a header": won by something; with a bank or a name, agreed with it.
    ['The striker sealed the deal with a header.', ['deal | (agreement) → drop: sealed the deal: won']],
    ['The club sealed the deal with a Spanish bank.', ['the deal with a Spanish bank | (agreement) → keep: determiner']],
    ['The club sealed the deal with Nike.', ['the deal with Nike | (agreement) → keep: determiner']],
    // A judged deal "for both sides" is one between them.
    ["It's a fair deal for both sides.", ['a fair deal | (agreement) → keep: determiner']],
    ["It's a fair deal for workers.", ['deal | (agreement) → drop: a deal in general']],
    ['View the plans by arrangement with the clerk.', ['arrangement | (partnership) → drop: not a deal noun here']],
    ['They signed an arrangement with the union.', ['an arrangement with the union | (partnership) → keep: determiner']],
    ['She drives a Honda Accord.', ['Accord | (agreement) → drop: not a deal noun here']],
    ['The Honda accord with the union ended the strike.', ['The Honda accord with the union | (agreement) → keep: determiner']],
    // A work that "deals in" a theme.
    ["The poet's collection deals in loss.", ['deals | (agreement) → drop: not a deal noun here']],
    ["The poet's collection deal with Penguin ended.", ["The poet's collection deal with Penguin | (agreement) → keep: possessive"]],
    // A lender named by its initials before the noun.
    ['Pakistan drew on its IMF loan.', ['its IMF loan | (money) → keep: named lender']],
    ['Pakistan drew on its bank loan.', ['loan | (money) → drop: money word without value, named party or transaction verb']],
    // "one of the largest deals": one deal among its kind; a size is a transaction's, not an offer's.
    ['It was one of the largest hotel deals this year.', ['the largest hotel deals | (agreement) → keep: one of its kind']],
    ['It was one of the cheapest hotel deals this year.', ["deals | (agreement) → drop: a shop's offer"]],
    // A bank's product for a household (a rate, a balance transfer, savings); with a party or money it is a transaction.
    ['Borrowers rushed to grab a two-year fixed rate deal before prices rose.', ["deal | (agreement) → drop: a bank's product for a household"]],
    ['The card now offers a 0% balance transfer deal for 20 months.', ["deal | (agreement) → drop: a bank's product for a household"]],
    ['The building society launched a new savings deal on Monday.', ["deal | (agreement) → drop: a bank's product for a household"]],
    ['The utility struck a fixed-rate deal with Barclays.', ['a fixed-rate deal with Barclays | (agreement) → keep: determiner']],
    ['The council agreed a £40 million fixed rate deal for its new depot.', ['a £40 million fixed rate deal | (agreement) → keep: value']],
    ['The IMF approved a $3 billion bailout.', ['a $3 billion bailout | (money) → keep: value']],
    ['Critics said the bank bailout was unfair.', ['bailout | (money) → drop: money word without value, named party or transaction verb']],
    ['The startup raised a $4 million seed round.', ['a $4 million seed round | (money) → keep: value']],
    ['Seed rounds are getting smaller.', ['Seed rounds | (money) → drop: money word without value, named party or transaction verb']],
    // A role named after a deal word: "partnership manager".
    ["The charity's partnership manager will step down.", ['partnership | (partnership) → drop: not a deal noun here']],
    ["The charity's partnership with Oxfam will end.", ["The charity's partnership with Oxfam | (partnership) → keep: possessive"]],
    // A plural worth one amount is a set of deals made; worth "more than" an amount, a threshold.
    ['Contracts worth a combined $4 billion were signed.', ['Contracts worth a combined $4 billion | (contract) → keep: value of them all']],
    ['Councils tender contracts worth more than £200,000.', ['contracts | (contract) → drop: no determiner, value or party']],
    ['Deals worth $3 billion were signed.', ['Deals worth $3 billion | (agreement) → keep: value of them all']],
    ['Lenders charge fees on loans of $500 or less.', ['loans | (money) → drop: money word without value, named party or transaction verb']],
  ]);
});

describe("a customer's bargains and contracts, household loans, players' partnerships, nouns a deal word modifies", () => {
  ruled([
    // The bargain a customer gets; one a party got with a named other side stays.
    ['Get the best deal on car insurance.', ['deal | (agreement) → drop: a deal in general']],
    ['Chile got the best deal with Japan.', ['the best deal with Japan | (agreement) → keep: determiner']],
    ['It was the best deal Chile could get.', ['the best deal | (agreement) → keep: determiner']],
    // What is got is minerals or trade: one agreement, judged ("on flights to Spain" is a bargain).
    ['Washington wants to get the best deal it can on critical minerals from Ukraine.', ['the best deal | (agreement) → keep: determiner']],
    ['Kyiv hopes to get a better deal on rare earths.', ['a better deal | (agreement) → keep: determiner']],
    ['Travellers can still find a good deal on flights to Spain.', ['deal | (agreement) → drop: a deal in general']],
    // A price judged is a bargain too; with a named other side it is one deal.
    ['A cheap deal? Readers share how they cut their bills.', ['deal | (agreement) → drop: a deal in general']],
    ['Ghana signed a cheap deal with Rosatom.', ['a cheap deal with Rosatom | (agreement) → keep: determiner']],
    // Bargain words before plural deals in a mineral: transactions, not offers.
    ['The best deals for cobalt offtake went to Chinese buyers.', ['The best deals | (agreement) → keep: determiner', 'offtake | (contract) → drop: no determiner, value or party']],
    ['The best deals for TVs went fast.', ["deals | (agreement) → drop: a shop's offer"]],
    // A concession on a mineral's royalties is granted, not given in bargaining.
    ['Congo offered a concession on cobalt royalties to Glencore.', ['a concession | (contract) → keep: determiner']],
    ['The reform was a concession on pensions.', ['concession | (contract) → drop: a concession in bargaining']],
    // A closing quote glued on the word does not hide it.
    ["Small firms 'get a worse deal' from banks.", ['deal | (agreement) → drop: a deal in general']],
    // A product's contract or deal, the hyphenated kind too; with a named party it is one.
    ['Before you sign a gym contract, read it.', ["contract | (contract) → drop: a customer's contract"]],
    ['The council signed a gym contract with Serco.', ['a gym contract with Serco | (contract) → keep: determiner']],
    ['It costs more than a SIM-only deal.', ["deal | (agreement) → drop: a shop's offer"]],
    ['The lunch deal at the café now costs £6.', ["deal | (agreement) → drop: a shop's offer"]],
    ['The lunch deal with Pret was signed.', ['The lunch deal with Pret | (agreement) → keep: determiner']],
    // The reader's own.
    ['Check the terms of your mortgage agreement.', ["agreement | (agreement) → drop: the reader's own"]],
    ['Check the terms of the mortgage agreement.', ['the mortgage agreement | (agreement) → keep: determiner']],
    ['Check your agreement with the union.', ['your agreement with the union | (agreement) → keep: determiner']],
    // A household's loan, whatever its value; a lender's loan to a named borrower is a deal.
    ['A personal loan of £5,000 costs £800 a year.', ["loan | (money) → drop: a household's loan"]],
    ['A bridge loan of £5m went to Vale.', ['A bridge loan of £5m | (money) → keep: value']],
    ['Barclays made a car loan to Ford.', ['a car loan to Ford | (money) → keep: named party']],
    // Offers on sale; "the stadium deal" beside a "bargain" is one deal, judged.
    ['Here are the deals carriers are offering.', ["deals | (agreement) → drop: a shop's offer"]],
    ['The stadium deal is a bad bargain.', ['The stadium deal | (agreement) → keep: determiner']],
    ['The deal is a bad bargain.', ["deal | (agreement) → drop: a shop's offer"]],
    // "The deal? Buy two...": a deal explained by what the reader is told to buy, in its sentence or the next.
    ['The deal? Buy two bags of compost, get a third free.', ["deal | (agreement) → drop: a shop's offer"]],
    ['The deal: spend £50 and save £10.', ["deal | (agreement) → drop: a shop's offer"]],
    ['The deal? Acme buys Beta for $2bn.', ['The deal | (agreement) → keep: determiner']],
    // Two players' partnership on the field; a club's with a sponsor.
    ['Their partnership at centre-back won the title.', ['partnership | (partnership) → drop: a partnership of players']],
    ['Their partnership with Nike ended in May.', ['Their partnership with Nike | (partnership) → keep: determiner']],
    // Nouns a deal word modifies.
    ['Why the Trade Deal Era Is Over', ['Deal | (agreement) → drop: not a deal noun here']],
    ['The agreement rate fell to 41%.', ['agreement | (agreement) → drop: not a deal noun here']],
    ['The agreement fell through.', ['The agreement | (agreement) → keep: determiner']],
  ]);
});

describe('IMF programmes, metal streams, financing packages, schemes of arrangement, "such", sentence-case headlines', () => {
  ruled([
    ['Ghana agreed a $3 billion programme with the IMF.', ['a $3 billion programme with the IMF | (money) → keep: named lender']],
    ['Kenya began an IMF programme in May.', ['an IMF programme | (money) → keep: named lender']],
    ['Kenya began a $3 billion programme of road building.', ['programme | (money) → drop: a programme of something']],
    ['Kenya began a $3 billion programme in May.', ['programme | (money) → drop: a programme with no lender']],
    ['The IMF approved a $3 billion loan programme for Kenya.', ['a $3 billion loan programme | (money) → keep: value']],
    ['The miner agreed a $250 million gold stream with Osisko.', ['a $250 million gold stream with Osisko | (money) → keep: value']],
    ['The fans watched a $5 live stream with Osisko.', ['stream | (money) → drop: a stream of no metal']],
    ['Banks signed a $2 billion project finance package.', ['a $2 billion project finance package | (money) → keep: value']],
    ['Ministers signed a $2 billion sanctions package.', ['package | (money) → drop: a package of no financing']],
    // A deal word joined to "package" by the scanner is its financing too.
    ['Banks signed a $2 billion loan package.', ['a $2 billion loan package | (money) → keep: value']],
    ['BHP will buy the explorer in a scheme of arrangement.', ['a scheme of arrangement | (contract) → keep: determiner']],
    ['It was the largest such deal since 2008.', ['the largest such deal | (agreement) → keep: determiner']],
    ['Such deals are rare.', ['deals | (agreement) → drop: no determiner, value or party']],
    ['Unions reach deal to end weekend rail strikes', ['deal | (agreement) → keep: headline verb']],
    ['Unions reach deal to end weekend rail strikes.', ['deal | (agreement) → drop: no determiner, value or party']],
    ['Unions want deal to end weekend rail strikes', ['deal | (agreement) → drop: no determiner, value or party']],
    // A headline verb's object before a preposition: the vote, not the contract; a phrasal verb's particle is no object.
    ['Club Wins Vote on Stadium Contract', ['Contract | (contract) → drop: no determiner, value or party']],
    ['City Signs Off on Waste Contract', ['Waste Contract | (contract) → keep: headline verb']],
  ]);
});

describe('general news: "any", pairings of ideas, players, shops, bodies, contract parts, negated predicates', () => {
  ruled([
    // "any" with a party or a value, after a negation at a distance or in a question.
    ['She no longer has any contract with Sony.', ['contract | (contract) → drop: any deal at all']],
    ['She still has a contract with Sony.', ['a contract with Sony | (contract) → keep: determiner']],
    ['Is any transfer deal worth £100m?', ['deal | (agreement) → drop: any deal at all']],
    ['Is the transfer deal worth £100m?', ['the transfer deal worth £100m | (agreement) → keep: determiner']],
    // Bare common nouns on both sides of "between" are ideas; counted, pointed at or headed by "firms", parties.
    ['The partnership between science and art is old.', ['partnership | (partnership) → drop: a pairing of ideas, not of parties']],
    ['The partnership between the two firms is old.', ['The partnership between the two firms | (partnership) → keep: determiner']],
    ['The partnership between universities and industry is old.', ['The partnership between universities and industry | (partnership) → keep: determiner']],
    // An opening partnership is a batting pair's; two strikers' is of players.
    ['The opening partnership between Rohit and Gill ended.', ['partnership | (partnership) → drop: a partnership of runs']],
    ['The new partnership between Rohit and Gill ended.', ['The new partnership between Rohit and Gill | (partnership) → keep: determiner']],
    ["Their highest partnership came at Lord's.", ['partnership | (partnership) → drop: a partnership of runs']],
    ['Their latest partnership came with Nike.', ['Their latest partnership | (partnership) → keep: determiner']],
    ['The two strikers have a real partnership.', ['partnership | (partnership) → drop: a partnership of players']],
    ['The two sponsors have a real partnership.', ['a real partnership | (partnership) → keep: determiner']],
    // A shop's bargain told by its shop; deals a seller offers with a thing thrown in.
    ['It was a steal, the best deal in the shops.', ["deal | (agreement) → drop: a shop's offer"]],
    ['It was the best deal in the series.', ['the best deal | (agreement) → keep: determiner']],
    ['Pubs are offering sport deals with a pint.', ["deals | (agreement) → drop: a shop's offer"]],
    ['Banks are offering deals with Barclays.', ['deals with Barclays | (agreement) → keep: party']],
    // A capitalised name set off by an apposition that says it is a body.
    ['The Partnership for Safer Roads, a charity, opened.', ["Partnership | (partnership) → drop: a body's name"]],
    ['The Global Partnership for Schools, a fund, pledged $50m.', ["Partnership | (partnership) → drop: a body's name"]],
    ['The Partnership for Safer Roads, a deal with Volvo, opened.', ['The Partnership | (partnership) → keep: determiner', 'a deal with Volvo | (agreement) → keep: determiner']],
    // A part of a contract.
    ["The band's contract rider demands sweets.", ['contract | (contract) → drop: not a deal noun here']],
    ["The band's contract demands sweets.", ["The band's contract | (contract) → keep: possessive"]],
    // Said not to be one.
    ['The emails did not amount to a binding contract.', ['contract | (contract) → drop: negated']],
    ['The emails amount to a binding contract.', ['a binding contract | (contract) → keep: determiner']],
    ['The letter does not constitute an agreement.', ['agreement | (agreement) → drop: negated']],
    ['The letter constitutes an agreement.', ['an agreement | (agreement) → keep: determiner']],
    // "whose" points at one deal, "whose contracts" at a kind.
    ['The winger, whose contract expires in June, stays.', ['whose contract | (contract) → keep: determiner']],
    ['Firms whose contracts expire must reapply.', ['contracts | (contract) → drop: no determiner, value or party']],
    // A loan paid back was made; one loan from the state is not a flow of state money.
    ['The bank will repay the state loan by March.', ['the state loan | (money) → keep: transaction verb']],
    ['The bank relies on state loans.', ['loans | (money) → drop: an aggregate of money, not a transaction']],
    // One grant from the state, as one loan; grants in general are a flow of state money.
    ['Tata Steel secures a £500m government grant for its furnace.', ['a £500m government grant | (money) → keep: value']],
    ['Government grants are available for heat pumps.', ['grants | (money) → drop: an aggregate of money, not a transaction']],
    // A merger, like other money words, with a value or a named party; one only talked of is none.
    ['A judge blocked the $3.1bn merger of two grocery chains.', ['the $3.1bn merger | (money) → keep: value']],
    ['Analysts said a merger between the two airlines would face scrutiny.', ['merger | (money) → drop: money word without value, named party or transaction verb']],
    ['The firm signed a $400m credit facility.', ['a $400m credit facility | (money) → keep: value']],
    // Sentence-case headlines: the verb may stand before the noun's modifiers.
    ['Apple, Broadcom sign multibillion-dollar chip deal', ['multibillion-dollar chip deal | (agreement) → keep: headline verb']],
    ['Apple, Broadcom mull multibillion-dollar chip deal', ['deal | (agreement) → drop: no determiner, value or party']],
    ['UK and Switzerland finalize deal on financial services', ['deal | (agreement) → keep: headline verb']],
    ['Nurses back deal to end strike', ['deal | (agreement) → keep: headline verb']],
    ['Nurses want deal to end strike', ['deal | (agreement) → drop: no determiner, value or party']],
    ['India, UAE sign MoU on digital payments', ['MoU | (agreement) → keep: headline verb']],
    ['India, UAE discuss MoU on digital payments', ['MoU | (agreement) → drop: no determiner, value or party']],
    // A headline's bare stake after its verb, and bare stakes in an asset; stakes held are no headline's deal.
    ['Glencore sells stake in Kazakh zinc smelter', ['stake in Kazakh zinc smelter | (stake) → keep: headline verb']],
    ['India firm buys stakes in five Argentine lithium blocks', ['stakes in five Argentine lithium blocks | (stake) → keep: headline verb']],
    ['Investors hold stakes in tech firms across Asia', ['stakes | (stake) → drop: no determiner, value or party']],
    // A headline noun may be followed by "during" or "under" as by "in".
    ["Kazakhstan, Korea sign minerals MoU during president's visit", ['minerals MoU | (agreement) → keep: headline verb']],
    ["Kazakhstan, Korea discuss minerals MoU during president's visit", ['MoU | (agreement) → drop: no determiner, value or party']],
    // A plural subject's verb in its plain form ends the party.
    ['Both agreements with Japan expire in 2030.', ['Both agreements with Japan | (agreement) → keep: determiner']],
    // With a value, the phrase of a sentence-case headline starts after its verb; running text keeps the walk's start.
    ['Councillors back £20m regeneration contract', ['£20m regeneration contract | (contract) → keep: value']],
    ['Councillors back £20m regeneration contract.', ['Councillors back £20m regeneration contract | (contract) → keep: value']],
    // Inside a hyphenated word: a modifier of the next noun, or the want of a deal.
    ['The deal-making skills of the president impress.', ['deal | (agreement) → drop: part of a hyphenated modifier']],
    ['The deal-or-no-deal mood made for good television.', ['deal | (agreement) → drop: part of a hyphenated modifier', 'deal | (agreement) → drop: no deal']],
    ['A no-deal exit would hurt farmers.', ['deal | (agreement) → drop: no deal']],
    ['They signed a US-China deal.', ['a US-China deal | (agreement) → keep: determiner']],
    // A promise to an audience is a figure of speech; their trust or club is a party.
    ["The singer's pact with her fans ended in May.", ['pact | (agreement) → drop: a figure of speech']],
    ["The club's pact with the fans' trust ended in May.", ["The club's pact with the fans' trust | (agreement) → keep: possessive"]],
    // Funding rounds are money words: a value makes one a deal, a round with nothing more is talk of one.
    ['The startup raised $65 million in a Series C round.', ['$65 million in a Series C round | (money) → keep: value']],
    ['The Series C round was oversubscribed.', ['Series C round | (money) → drop: money word without value, named party or transaction verb']],
  ]);
});

describe('a definite plural picked out by a participle of signing; a deal word before "partner"', () => {
  ruled([
    ['Bolivia will review the lithium contracts signed with Russian firms.', ['the lithium contracts | (contract) → keep: determiner']],
    ['Read the contracts signed by most customers first.', ['contracts | (contract) → drop: generic plural']],
    // "its joint venture partner" is a role, not a venture.
    ['Albemarle sold the plant to its joint venture partner.', ['joint venture | (venture) → drop: not a deal noun here']],
    ['Albemarle sold the plant to its joint venture.', ['its joint venture | (venture) → keep: determiner']],
  ]);
});

describe('general news, ninth English deal round: words that only look like one deal', () => {
  ruled([
    // A preposition such as "without" ends the walk left: no possessive three words back opens the phrase.
    ["Talks between the owner and the players' union ended without agreement.", ['agreement | (agreement) → drop: no determiner, value or party']],
    ['Talks ended with an agreement on pay.', ['an agreement | (agreement) → keep: determiner']],
    // An owner's investment in one asset it names, not in a kind of thing.
    ["The retailer's investment in a Welsh warehouse will add 200 jobs.", ["The retailer's investment | (money) → keep: an owner's investment in one asset"]],
    ["The retailer's investment in staff paid off.", ['investment | (money) → drop: money word without value, named party or transaction verb']],
    // A deal word before a piece of hardware modifies it.
    ['The offtake valve was replaced last week.', ['offtake | (contract) → drop: not a deal noun here']],
    ['Its offtake with the smelter runs to 2030.', ['Its offtake with the smelter | (contract) → keep: determiner']],
    // A bare definite plural listed beside another bare noun.
    ['He said he was never in it for the fame or the deals.', ['deals | (agreement) → drop: a kind in a list']],
    ['He chased the fame and the deals with Vale.', ['the deals with Vale | (agreement) → keep: determiner']],
    // A bare deal expected or hoped for, with no one named.
    ['Investors expect a deal by June.', ['deal | (agreement) → drop: a deal hoped for']],
    // A bare deal in prospect after "chance of", "prospect of", "risk of": no one named.
    ['Traders see little chance of a takeover this year.', ['takeover | (contract) → drop: a deal in prospect']],
    ['The prospect of a deal lifted the shares.', ['deal | (agreement) → drop: a deal in prospect']],
    ['Traders see a good chance of an agreement with Glencore this year.', ['an agreement with Glencore | (agreement) → keep: determiner']],
    ['Shares rose on the back of a takeover.', ['a takeover | (contract) → keep: determiner']],
    // A household product whose only value is its rate.
    ['Buyers can now get a 90% mortgage deal from two lenders.', ["deal | (agreement) → drop: a bank's product for a household"]],
    ['Investors expect a deal with Vale by June.', ['a deal with Vale | (agreement) → keep: determiner']],
    // A memo sent to readers.
    ['A memorandum to all staff announced the move.', ['memorandum | (agreement) → drop: a note sent']],
    ['A memorandum to boost trade was signed by both ministers.', ['A memorandum | (agreement) → keep: determiner']],
    // A kind named by its content.
    ['A pact of secrecy protected the bosses.', ['pact | (agreement) → drop: a kind named by its content']],
    ['A pact of cooperation with Vale was signed.', ['A pact | (agreement) → keep: determiner']],
    // An unwritten custom, unless its parties are named.
    ["A gentlemen's agreement keeps the peace in the office.", ['agreement | (agreement) → drop: an unwritten custom']],
    ["A gentlemen's agreement between the two clubs ended in 2019.", ["A gentlemen's agreement between the two clubs | (agreement) → keep: possessive"]],
    // A legal form of firm.
    ['The practice became a limited partnership last year.', ['partnership | (partnership) → drop: a legal form of firm']],
    ['It turned from a partnership into a corporation.', ['partnership | (partnership) → drop: a legal form of firm']],
    ['The council formed a partnership with a housing charity.', ['a partnership with a housing charity | (partnership) → keep: determiner']],
    // A capitalised deal word after a lower-case noun is a name; an acronym is not.
    ["The fund's new sponsor Accord pulled out.", ['Accord | (agreement) → drop: a name after a common noun']],
    ["The fund's new MoU was signed.", ["The fund's new MoU | (agreement) → keep: possessive"]],
    // A stake in rules, or a personal one, is an interest.
    ['Farmers have a real stake in the new water rules.', ['stake | (stake) → drop: a stake as an interest in what happens']],
    ['Farmers hold a 5% stake in the new water company.', ['a 5% stake in the new water company | (stake) → keep: value']],
    ['Farmers have a huge stake in the new water company.', ['a huge stake in the new water company | (stake) → keep: determiner']],
    // A bare deal asked about.
    ['A deal? Not yet, officials said.', ['deal | (agreement) → drop: a deal asked about']],
    ['A deal with Vale? Not yet.', ['A deal with Vale | (agreement) → keep: determiner']],
  ]);
});

describe('general news, ninth English deal round: second batch', () => {
  ruled([
    // A value before a state's loan counts one loan, as an article does.
    ['Shipyard lands £90m government loan', ['£90m government loan | (money) → keep: value']],
    ['The shipyard relies on government loans.', ['loans | (money) → drop: an aggregate of money, not a transaction']],
    // A lender named in an aside; an apposition that ranks the money.
    ['The credit line, from a group of German banks, runs to 2028.', ['The credit line | (money) → keep: named party in an aside']],
    ['The credit line, from what we hear, is small.', ['credit line | (money) → drop: money word without value, named party or transaction verb']],
    ['The grant, its largest in a decade, pays for 40 nurses.', ['The grant | (money) → keep: ranked in an apposition']],
    ['The grant, it seems, was small.', ['grant | (money) → drop: money word without value, named party or transaction verb']],
    // A deal word before a team modifies it.
    ['The contract squad trained apart from the rest.', ['contract | (contract) → drop: not a deal noun here']],
    ['The contract with the squad runs out in May.', ['The contract with the squad | (contract) → keep: determiner']],
    // "What's the deal with" asks about a situation.
    ['What’s the deal with these new parking rules?', ['deal | (agreement) → drop: not a deal noun here']],
    ["That's the deal with Vale, the minister said.", ['the deal with Vale | (agreement) → keep: determiner']],
    // "Whose" opening a quoted question asks; after a noun it is a relative's possessive.
    ["'Whose contract is it?' the clerk asked.", ['contract | (contract) → drop: no determiner, value or party']],
    ['The midfielder, whose contract expires in June, is wanted by Spurs.', ['whose contract | (contract) → keep: determiner']],
    // A hyphenated word in -s is a modifier, not a verb.
    ['The city agreed a 20-year parking-rights deal with a French operator.', ['a 20-year parking-rights deal with a French operator | (agreement) → keep: determiner']],
    // Assent to a proposition.
    ['Agreement with the view rose to 40% in the survey.', ['Agreement | (agreement) → drop: assent to a proposition']],
    ["The firm's agreement with the regulator ends in June.", ["The firm's agreement with the regulator | (agreement) → keep: possessive"]],
    // A pact in private life, unless a named party signs it.
    ['The neighbours made a pact to keep the hedge trimmed.', ['pact | (agreement) → drop: a promise in private life']],
    ['The neighbours signed a pact with the Highways Agency.', ['a pact with the Highways Agency | (agreement) → keep: determiner']],
    ['The couple agreed a pact with the council over the barn.', ['a pact with the council | (agreement) → keep: determiner']],
    // Players or performers paired.
    ['Their dance partnership ended after the final.', ['partnership | (partnership) → drop: a partnership of players']],
    ['Their research partnership with Oxford ended in 2020.', ['Their research partnership with Oxford | (partnership) → keep: determiner']],
    // Money bet.
    ['She placed a £10 stake on the favourite.', ['stake | (stake) → drop: a betting stake']],
    ["She holds a 10% stake in the favourite's stable.", ["a 10% stake in the favourite's stable | (stake) → keep: value"]],
    ["The bookmaker's £50m stake in the racecourse was sold.", ["The bookmaker's £50m stake in the racecourse | (stake) → keep: value"]],
    ['The start-up secured a loan from its partner.', ['a loan from its partner | (money) → keep: transaction verb']],
    // A loan from family or friends.
    ['He took out a loan of £500 from his uncle.', ['loan | (money) → drop: a loan between people']],
    ['He took out a loan of £500 from his bank.', ['a loan of £500 from his bank | (money) → keep: value']],
    // The social contract; a contract between kinds of people.
    ['The social contract is under strain, the bishop said.', ['contract | (contract) → drop: an idea, not a deal']],
    ['The contract between landlords and tenants is unequal.', ['contract | (contract) → drop: a pairing of ideas, not of parties']],
    ['The contract between the council and Veolia ends in 2027.', ['The contract between the council and Veolia | (contract) → keep: determiner']],
    // A person's own arrangement.
    ['His childcare arrangement fell apart last week.', ["arrangement | (partnership) → drop: a person's own arrangement"]],
    ['His arrangement with the club ends in May.', ['His arrangement with the club | (partnership) → keep: determiner']],
    // A deal asked about, its question closing within a few words.
    ['A pay deal for porters? Not this year.', ['deal | (agreement) → drop: a deal asked about']],
    ['A pay deal for porters was agreed on Monday.', ['A pay deal | (agreement) → keep: determiner']],
    // A capitalised deal word before another capitalised word in running text is a word of a name.
    ['He joined the Partnership Club in 1999.', ['Partnership | (partnership) → drop: a word of a name']],
    ['She signed the Pact in 1999.', ['the Pact | (agreement) → keep: determiner']],
    // A work named by its apposition.
    ["The Deal, a play about a bank's collapse, opens tonight.", ["Deal | (agreement) → drop: a body's name"]],
    // Shops counted are premises, not a shopper's offer.
    ['The retailer agreed a deal to buy 60 shops from the administrators.', ['a deal | (agreement) → keep: determiner']],
    ['Shoppers snapped up the deal on TVs in the shops.', ["deal | (agreement) → drop: a shop's offer"]],
    // A kicker in capitals.
    ['PACT SIGNED: City agree lease with club', ['PACT | (agreement) → keep: headline kicker']],
    ['CONTRACT TALKS: City and club meet again', ['CONTRACT | (contract) → drop: not a deal noun here']],
    // A Title Case kicker before a headline whose verb makes a deal; not before one that asks.
    ['Stadium Deal: Council Signs Lease With Club', ['Stadium Deal | (agreement) → keep: headline kicker']],
    ['Stadium Deal: What Happens Next', ['Deal | (agreement) → drop: no determiner, value or party']],
    // A Title Case headline opening on the bare noun, a participle of making after it.
    ['Pact Signed Between Teachers And State', ['Pact | (agreement) → keep: headline passive']],
    ['Pact Talks Resume', ['Pact | (agreement) → drop: not a deal noun here']],
    ['Accord reached on fishing quotas', ['Accord | (agreement) → keep: headline passive']],
    ['Deal making on the rise in the City', ['Deal | (agreement) → drop: not a deal noun here']],
    // A headline's second clause, after a conjunction, drops its subject's article; plurals stay talk of a kind.
    ['Club And Sponsor Part Ways After Deal Collapses', ['Deal | (agreement) → keep: headline clause subject']],
    ['Prices Rise As Supply Deals Lapse', ['Deals | (agreement) → drop: no determiner, value or party']],
    // "runs" the verb is no cricket score; "212 runs" and "the runs" are.
    ['The partnership between Arsenal and Emirates runs to 2028.', ['The partnership between Arsenal and Emirates | (partnership) → keep: determiner']],
    ['Root and Stokes shared a partnership as England piled on the runs.', ['partnership | (partnership) → drop: a partnership of runs']],
    // A partnership of bodies of a kind, none named.
    ['A partnership of councils, colleges and employers will run the scheme.', ['partnership | (partnership) → drop: a grouping of a kind']],
    ['A partnership of Sony and Honda will build cars.', ['A partnership | (partnership) → keep: determiner']],
    // "Here's the deal:" sets out a plan; "Here's the deal with Vale" points at one.
    ["Here's the deal: we leave at six.", ['deal | (agreement) → drop: not a deal noun here']],
    ["Here's the deal with Vale: it pays well.", ['the deal with Vale | (agreement) → keep: determiner']],
    // Accounts or figures that concur; an accord between bare common nouns.
    ["The agreement between the two witnesses' accounts was striking.", ['agreement | (agreement) → drop: assent to a proposition']],
    ['The agreement between the two firms was striking.', ['The agreement between the two firms | (agreement) → keep: determiner']],
    ['The accord between colour and light in her paintings is striking.', ['accord | (agreement) → drop: a pairing of ideas, not of parties']],
    ['The accord between Egypt and Sudan was signed.', ['The accord between Egypt and Sudan | (agreement) → keep: determiner']],
    // A contract taken out on a person.
    ['She took out a contract on her rival, prosecutors said.', ['contract | (contract) → drop: a contract killing']],
    ['She took out a contract on a new flat.', ['a contract | (contract) → keep: determiner']],
    // A headline's verb before a money word with a named investee among its modifiers.
    ['Amazon inks Anthropic investment', ['Anthropic investment | (money) → keep: headline verb']],
    // A sentence-case headline's bare deal named by a country, a metal or a capitalised party.
    ['Chile lithium deal faces court challenge', ['Chile lithium deal | (agreement) → keep: headline named deal']],
    ['Trade deal talks stall over farm access', ['deal | (agreement) → drop: not a deal noun here']],
    ['US-China trade deal: markets rally on tariff cut', ['US-China trade deal | (agreement) → keep: headline named deal']],
    ['Record deal: singer signs with new label', ['deal | (agreement) → drop: no determiner, value or party']],
    ['Shares jump after Rio Tinto lithium deal', ['Rio Tinto lithium deal | (agreement) → keep: headline named deal']],
    ['Shares slide after trade deal', ['deal | (agreement) → drop: no determiner, value or party']],
    // (Review) A product's name is a shop's offer, not a party; a kicker may go on in capitals.
    ['Apple Watch deal slashes price', ['deal | (agreement) → drop: no determiner, value or party']],
    ['Lithium deal flows slow as prices fall', ['deal | (agreement) → drop: no determiner, value or party']],
    ['Congo cobalt deal: What the US gets', ['Congo cobalt deal | (agreement) → keep: headline named deal']],
    // "bags" a contract or deal: the verb of South Asian headlines.
    ['Adani Ports bags Sri Lanka terminal deal', ['Sri Lanka terminal deal | (agreement) → keep: headline verb']],
    ['Shoppers bag holiday deals at the mall', ['deals | (agreement) → drop: no determiner, value or party']],
    ['Council backs housing investment', ['investment | (money) → drop: money word without value, named party or transaction verb']],
    // A headline's bare deal after "in", as after "under".
    ['Nurses offered 5% in new pay deal', ['new pay deal | (agreement) → keep: headline preposition']],
    ['Growth in trade deals slows', ['deals | (agreement) → drop: no determiner, value or party']],
    // A product a seller offers its customers; a deal offered to a named party is one.
    ['The bank offers a 12-month deal for new savers.', ["deal | (agreement) → drop: a seller's product for customers"]],
    ['The club offered a two-year deal to the striker.', ['a two-year deal | (agreement) → keep: determiner']],
    // Bare "agreement" between bare common nouns is grammar or concord; with an article it is one agreement.
    ['Agreement between noun and adjective is taught in week two.', ['Agreement | (agreement) → drop: a pairing of ideas, not of parties']],
    ['An agreement between management and staff ended the strike.', ['An agreement between management and staff | (agreement) → keep: determiner']],
    // The shape things are set in, after "in"; one with a party is a deal.
    ['The chairs were placed in a wide arrangement around the stage.', ['arrangement | (partnership) → drop: an arrangement of things or of a household']],
    ['The charity leases the land in an arrangement with Lambeth Council.', ['an arrangement with Lambeth Council | (partnership) → keep: determiner']],
    // A concession that is a relief or a discount; one over an asset is a deal.
    ['Pensioners keep their travel concession under the new scheme.', ['concession | (contract) → drop: a relief or a discount']],
    ['The state granted a port concession to a Turkish operator.', ['a port concession | (contract) → keep: determiner']],
    // A pact among private people named only in its complement.
    ['The pact between the two sisters lasted a decade.', ['pact | (agreement) → drop: a promise in private life']],
    ['The pact between the two unions lasted a decade.', ['The pact between the two unions | (agreement) → keep: determiner']],
    // "MoUs" is a plural: counted, it is several specific memoranda.
    ['Kenya and India signed five MoUs during the visit.', ['five MoUs | (agreement) → keep: specific plural']],
    ['Kenya and India signed MoUs during the visit.', ['MoUs | (agreement) → drop: no determiner, value or party']],
    // "Memoranda" is the Latin plural, with no s: the same rules as for "MoUs".
    ['Peru and Korea signed four memoranda on copper.', ['four memoranda | (agreement) → keep: specific plural']],
    ['Ghana signed memoranda with Brazil and Chile on bauxite.', ['memoranda with Brazil and Chile | (agreement) → keep: party']],
    ['Leaked memoranda show the regulator knew.', ['memoranda | (agreement) → drop: no determiner, value or party']],
    // A custom or an idea said of the deal word; a truce said to be a relief is one truce.
    ['The Christmas truce is a legend told in every school.', ['truce | (agreement) → drop: a custom or an idea']],
    ['The truce is a relief for villagers on both sides.', ['The truce | (agreement) → keep: determiner']],
    // A capitalised pact among words of military blocs is an alliance.
    ['The Baghdad Pact was a Cold War military alliance.', ['Pact | (agreement) → drop: an alliance']],
    ['The Lisbon Pact was signed by the two unions last week.', ['The Lisbon Pact | (agreement) → keep: determiner']],
    // A score conceded; a concession of land is granted.
    ["The side's concession of two tries before half-time cost them the match.", ['concession | (contract) → drop: a score conceded']],
    ['The concession of 5,000 hectares was granted to a Chinese miner.', ['The concession | (contract) → keep: determiner']],
    // A maker of any kind is a company bought, before "over" or "under" too; a town hall is a place.
    ['Regulators blocked the takeover of the drugmaker over price concerns.', ['the takeover of the drugmaker | (contract) → keep: determiner']],
    ['Protesters staged the takeover of the town hall under police guard.', ['takeover | (contract) → drop: takeover of a place']],
    // A sentence-case headline of up to 18 words drops the article after its verb.
    ['US, Japan sign critical minerals pact as Tokyo moves to cut its reliance on imported magnets', ['critical minerals pact | (agreement) → keep: headline verb']],
    ['Reports that the ministers sign minerals pact documents in secret have been denied by both governments on Friday morning again', ['pact | (agreement) → drop: no determiner, value or party']],
  ]);
});

describe('a real-text audit (round 14): kinds defined or met in general, and phrases the walk cut short', () => {
  ruled([
    // A kind defined: an indefinite subject of "is a", what it is said to be, what it is called, what is said of it.
    ['A swap agreement is a contract between two lenders to exchange payments.', ['agreement | (agreement) → drop: a kind defined or in general', 'contract | (contract) → drop: a kind defined or in general']],
    ['A new pact with Vietnam is a boost for exporters.', ['A new pact with Vietnam | (agreement) → keep: determiner']],
    ["Buying up a rival's debt first is sometimes called a creeping takeover.", ['takeover | (contract) → drop: a kind defined or in general']],
    ['Analysts said the creeping takeover of Rexam had cost Ball $6 billion.', ['the creeping takeover of Rexam | (contract) → keep: determiner']],
    ['The point of an earn-out agreement is to share risk between buyer and seller.', ['agreement | (agreement) → drop: a kind defined or in general']],
    ['The terms of an agreement with Zambia were not disclosed.', ['an agreement with Zambia | (agreement) → keep: determiner']],
    // A general case opening the sentence on an indefinite subject, with no year and no past.
    ['When a state company signs a supply contract, the ministry must approve it.', ['contract | (contract) → drop: a kind defined or in general']],
    ['When a state company signed a supply contract with Oman in 2021, the ministry approved it.', ['a supply contract with Oman | (contract) → keep: determiner']],
    // A habit of a kind: a sentence opening on a bare plural that says how often.
    ['Buyers of cobalt often sign a supply contract years ahead.', ['contract | (contract) → drop: a kind defined or in general']],
    ['Miners often sign a deal with Glencore before drilling.', ['a deal with Glencore | (agreement) → keep: determiner']],
    // The deal of any case, pointed at with "the": a sentence with no name, number or date that
    // opens on a case, says how often, or names a party by its role, any one.
    ['If a tenant renews the lease agreement, the deposit carries over.', ['agreement | (agreement) → drop: a kind defined or in general']],
    ['If a tenant renewed the lease agreement with Mr Osei, the deposit carried over.', ['the lease agreement with Mr Osei | (agreement) → keep: determiner']],
    // An opener or an adverb of time alone is a pending deal, or a habit of one.
    ['Once the deal closes, the combined company will lead the market.', ['the deal | (agreement) → keep: determiner']],
    ['The miner will typically pay royalties under the agreement.', ['the agreement | (agreement) → keep: determiner']],
    ['Either party may end the contract at short notice.', ['contract | (contract) → drop: a kind defined or in general']],
    ['The builder says the council may end the contract at short notice.', ['the contract | (contract) → keep: determiner']],
    // "such a" deal is one of a kind, unless its party is named.
    ['Regulators rarely approve such a merger agreement.', ['merger agreement | (agreement) → drop: a kind defined or in general']],
    ['The firm signed such a deal with Rio Tinto last year.', ['such a deal with Rio Tinto | (agreement) → keep: determiner']],
    // "not having been able to sign", "of trying to reach": no deal made.
    ['The two unions regretted not having been able to sign an agreement.', ['agreement | (agreement) → drop: negated']],
    ['The two unions were relieved, having been able to sign an agreement at last.', ['an agreement | (agreement) → keep: determiner']],
    ['After weeks of trying to reach a deal, the talks broke up.', ['deal | (agreement) → drop: negated']],
    ['After weeks of talks, the sides reached a deal.', ['a deal | (agreement) → keep: determiner']],
    // A deal word before a vote or a value, a money word before a firm's noun, modifies it.
    ['The contract vote is on Friday.', ['contract | (contract) → drop: not a deal noun here']],
    ['The contract with the union is on the table.', ['The contract with the union | (contract) → keep: determiner']],
    ['Vale set up an investment company in Oman.', ['investment | (money) → drop: not a deal noun here']],
    ['The fund made a $2 billion investment in Omani ports.', ['a $2 billion investment | (money) → keep: value']],
    // A discount carrier is a kind of airline, not a shopper's offer.
    ['JetAsia, a discount carrier, ordered 40 jets in a deal that lifts its fleet to 90.', ['a deal | (agreement) → keep: determiner']],
    ["The shop's discount deal ends tonight.", ["deal | (agreement) → drop: a shop's offer"]],
    // The walk goes on over an adverb and its participle after the article, a quotation closed after the noun, a value converted in brackets, "up to a combined".
    ['The yard won a newly awarded contract with the navy.', ['a newly awarded contract with the navy | (contract) → keep: determiner']],
    ['Ministers quickly signed agreements.', ['agreements | (agreement) → drop: no determiner, value or party']],
    ['Officials said he had reached a “historic deal” with Peru on Friday.', ['a “historic deal” with Peru | (agreement) → keep: determiner']],
    ['Centrica signed a £2 billion ($2.5 billion) agreement with Delfin.', ['a £2 billion ($2.5 billion) agreement with Delfin | (agreement) → keep: value']],
    ['Officials discussed agreements (see page 4) at length.', ['agreements | (agreement) → drop: no determiner, value or party']],
    ['The Army awarded three contracts valued at up to a combined $4.1 billion.', ['three contracts valued at up to a combined $4.1 billion | (contract) → keep: specific plural']],
    ['The Army awarded contracts for boots last year.', ['contracts | (contract) → drop: no determiner, value or party']],
    // Headlines: a participle of making after a kicker's colon, a verb before its object and "to", a perfect's participle, a memorandum of understanding.
    ['UPDATE: Port Concession Agreement Signed', ['Port Concession Agreement | (agreement) → keep: headline passive']],
    ['UPDATE: Port Concession Agreement Talks Continue', ['Concession Agreement | (agreement) → drop: not a deal noun here']],
    ['Rangers sign young striker to four-year contract through 2029', ['four-year contract | (contract) → keep: headline verb']],
    ['Teachers, ministers have reached pay deal; strike off', ['pay deal | (agreement) → keep: headline verb']],
    ['Teachers, ministers have reached out over pay deals; strike off', ['deals | (agreement) → drop: no determiner, value or party']],
    ['Kenya and Japan sign memorandum of understanding on cobalt', ['memorandum of understanding | (agreement) → keep: headline verb']],
    ['Kenya and Japan discuss memorandum of understanding on cobalt', ['memorandum of understanding | (agreement) → drop: no determiner, value or party']],
    // Two singular nouns joined right after the article (or its length) modify the deal noun; "heads of agreement" is a deal word.
    ['Under the 15-year sale and purchase agreement, Egypt will take six cargoes a year.', ['the 15-year sale and purchase agreement | (agreement) → keep: determiner']],
    ['Brokers watched the strike and pay deal closely.', ['deal | (agreement) → drop: no determiner, value or party']],
    ['The two utilities signed a heads of agreement last March.', ['a heads of agreement | (contract) → keep: determiner']],
    // A tennis or cricket pairing: doubles titles, a Test match.
    ['Their partnership won 12 doubles titles in a decade.', ['partnership | (partnership) → drop: a partnership of players']],
    ["The partnership with Toyota doubles the plant's output.", ['The partnership with Toyota | (partnership) → keep: determiner']],
    ["Their record partnership came in the second Test match at Lord's.", ['partnership | (partnership) → drop: a partnership of players']],
    ['Their partnership with the Test and County Cricket Board ended in 2020.', ['Their partnership with the Test and County Cricket Board | (partnership) → keep: determiner']],
  ]);
});

describe('agreements known by their initials', () => {
  ruled([
    // Each is one agreement, with or without "the", and two in a row are two.
    ['Manufacturers want USMCA extended when it is reviewed.', ['USMCA | (agreement) → keep: agreement by its initials']],
    ['Mexico says USMCA replaced NAFTA for good.', ['USMCA | (agreement) → keep: agreement by its initials', 'NAFTA | (agreement) → keep: agreement by its initials']],
    ['Vietnam joined the CPTPP in 2018.', ['the CPTPP | (agreement) → keep: agreement by its initials']],
    // A deal word after them is the head, as after any modifier.
    ['The RCEP agreement cut tariffs on cathodes.', ['The RCEP agreement | (agreement) → keep: determiner']],
    // Other initials are not agreements; one denied is none.
    ['The USMC and NATO held joint drills.', []],
    ['Kenya has no RCEP membership.', ['RCEP | (agreement) → drop: negated']],
    // The same letters naming a choir or a brand, with no country and no trade in the sentence.
    ['The KORUS choir sang carols at the town hall.', ['KORUS | (agreement) → drop: initials of something else']],
    ['The USMCA replaced NAFTA in 2020.', ['The USMCA | (agreement) → keep: agreement by its initials', 'NAFTA | (agreement) → keep: agreement by its initials']],
    ['RCEP came into force on 1 January 2022.', ['RCEP | (agreement) → keep: agreement by its initials']],
    ['Dairy farmers fear what CETA will do to cheese prices.', ['CETA | (agreement) → keep: agreement by its initials']],
  ]);
});

describe('a real-text audit of general news (round 15): talk of a kind, the reader, a choice, a deal denied after it', () => {
  ruled([
    ["Officials said a deal with the growers hasn't been signed yet.", ["deal | (agreement) → drop: negated"]],
    ["Officials said a deal with the growers has been signed.", ["a deal with the growers | (agreement) → keep: determiner"]],
    ["No coach wants a five-year contract at this club.", ["contract | (contract) → drop: negated"]],
    ["One coach signed a five-year contract at this club.", ["a five-year contract | (contract) → keep: determiner"]],
    ["These terms form a binding agreement between you and the publisher.", ["agreement | (agreement) → drop: the reader's own"]],
    ["The publisher signed a binding agreement with Halvorsen Books.", ["a binding agreement with Halvorsen Books | (agreement) → keep: determiner"]],
    ["As a buyer, you can walk away from a purchase agreement before closing.", ["agreement | (agreement) → drop: a kind told to the reader"]],
    ["While Orbis has a licensing deal with Tamsin Studios, you can still stream the show elsewhere.", ["a licensing deal with Tamsin Studios | (agreement) → keep: determiner", "stream | (money) → drop: a stream of no metal"]],
    ["The tie-up looks less like a merger and more like a joint venture.", ["merger | (money) → drop: money word without value, named party or transaction verb", "joint venture | (venture) → drop: a kind compared"]],
    ["The tie-up became a joint venture with Karsten Steel in May.", ["a joint venture with Karsten Steel | (venture) → keep: determiner"]],
    ["These contracts usually run for three seasons.", ["contracts | (contract) → drop: generic plural"]],
    ["The miner's contracts rarely last.", ["The miner's contracts | (contract) → keep: possessive"]],
    ["The board must decide whether to approve or reject the agreement.", ["agreement | (agreement) → drop: a choice still to make"]],
    ["The board decided to approve the agreement with Fennick Rail.", ["the agreement with Fennick Rail | (agreement) → keep: determiner"]],
    ["The buyer has the firepower to strike a deal.", ["deal | (agreement) → drop: a deal one could make"]],
    ["The buyer used its firepower to strike a deal with Osprey Foods.", ["a deal with Osprey Foods | (agreement) → keep: determiner"]],
    ["Talks could bring a licence and, possibly, an agreement over royalties.", ["agreement | (agreement) → drop: a deal that may come"]],
    ["Talks brought a licence and, in March, an agreement over royalties with Vantor.", ["an agreement | (agreement) → keep: determiner"]],
    ["Once the two clubs reach an agreement, the player has a medical.", ["agreement | (agreement) → drop: a kind defined or in general"]],
    ["Once the two clubs reached an agreement, the player flew to Turin.", ["an agreement | (agreement) → keep: determiner"]],
    ["For example, a contract with two years left may be extended.", ["contract | (contract) → drop: a kind defined or in general"]],
    ["A licensing agreement is one way to enter a new market.", ["agreement | (agreement) → drop: a kind defined or in general"]],
    ["A codeshare deal is the first step toward an alliance.", ["deal | (agreement) → drop: a kind defined or in general"]],
    ["Before free agency, a two-year contract was considered a big commitment.", ["contract | (contract) → drop: a kind defined or in general"]],
    ["A licensing agreement with Corvel is one of the company's assets.", ["A licensing agreement with Corvel | (agreement) → keep: determiner"]],
    ["The trust works in close partnership with local charities.", ["partnership | (partnership) → drop: no one in particular as partner"]],
    ["The trust works in close partnership with Maribel Foods.", ["close partnership with Maribel Foods | (partnership) → keep: party"]],
    ["The firm rebuilt the harbour in a successful partnership.", ["partnership | (partnership) → drop: a way of working"]],
    ["The firm invested in a partnership that owns two hotels.", ["a partnership | (partnership) → keep: determiner"]],
    ["The pair put on a record partnership against Ireland.", ["partnership | (partnership) → drop: a partnership of players"]],
    ["At the crease he built a patient partnership with the captain.", ["partnership | (partnership) → drop: a partnership of runs"]],
    ["Martens sealed the deal with a volley off Kovac's cross.", ["deal | (agreement) → drop: sealed the deal: won"]],
    ["Martens sealed the deal with Kovac Holdings on Friday.", ["the deal with Kovac Holdings | (agreement) → keep: determiner"]],
    ["The grocer has long been a perennial takeover target.", ["takeover | (contract) → drop: not a deal noun here"]],
    ["The takeover of Brill Foods was completed in May.", ["The takeover of Brill Foods | (contract) → keep: determiner"]],
    ["The club won't be able to offer a longer deal to its captain.", ["deal | (agreement) → drop: negated"]],
    ["Timing can make or break a deal.", ["deal | (agreement) → drop: a deal in the abstract"]],
    ["The report draws lessons from developing a deal to delivering it.", ["deal | (agreement) → drop: a deal in the abstract"]],
    ["The league has a clear stake in this issue.", ["stake | (stake) → drop: a stake as an interest in what happens"]],
    ["The league has a 10% stake in this venue.", ["a 10% stake | (stake) → keep: value"]],
    ["Black Friday isn't about finding a deal.", ["deal | (agreement) → drop: a shop's offer"]],
    ["I got the deal, but the TV broke within a week.", ["deal | (agreement) → drop: a shop's offer"]],
    ["It is about finding the right deal.", ["deal | (agreement) → drop: a deal in general"]],
  ]);
});

describe('a real-text audit of general news (round 15), second set: a possessive deal, such a deal held, bonds, any number of parties', () => {
  ruled([
    ["Under the deal's terms, holders will get 180p a share.", ["the deal's | (agreement) → keep: determiner"]],
    ["Brokers watched the deal's value closely.", ["the deal's | (agreement) → keep: determiner"]],
    ["Orvell has such an arrangement for its second series.", ["such an arrangement | (partnership) → keep: determiner"]],
    ["Tamsin entered into just such an agreement in March.", ["such an agreement | (agreement) → keep: determiner"]],
    ["The usual reason for such an arrangement is tax.", ["arrangement | (partnership) → drop: a kind defined or in general"]],
    ["The most lucrative deals this summer weren't free agent deals at all.", ["deals | (agreement) → drop: no determiner, value or party", "deals | (agreement) → drop: no determiner, value or party"]],
    ["The envoys praised the ties of friendship and partnership between the two nations.", ["partnership | (partnership) → drop: a bond, not an arrangement"]],
    ["The ministers signed a friendship treaty and a partnership agreement with Chile.", ["a partnership agreement with Chile | (agreement) → keep: determiner"]],
    ["A charter sets out a partnership between two or more councils.", ["partnership | (partnership) → drop: no one in particular as partner"]],
    ["The charter sets out a partnership between two councils, Arden and Brill.", ["a partnership between two councils, Arden and Brill | (partnership) → keep: determiner"]],
    ["The strike goes on because a deal on the rota hasn't been reached.", ["deal | (agreement) → drop: negated"]],
    ["The strike ended because a deal on the rota has been reached.", ["a deal | (agreement) → keep: determiner"]],
    ["He pleaded guilty in exchange for certain concessions from the prosecution.", ["concessions | (contract) → drop: a concession in bargaining"]],
    ["The union won concessions from Halden Foods on overtime.", ["concessions from Halden Foods | (contract) → keep: party"]],
    ["The rules let clients avail 30% margin loans against their shares.", ["loans | (money) → drop: a household's loan"]],
    ["Vestra took a $40 million loan from Arkwright Bank.", ["a $40 million loan from Arkwright Bank | (money) → keep: value"]],
  ]);
});

describe('a real-text audit of general news (round 15), third set: contracts exchanged, a TV rights deal', () => {
  ruled([
    ["Last week the fund exchanged contracts for the purchase of two warehouses in Leeds.", ["contracts | (contract) → keep: contracts exchanged", 'purchase | (contract) → drop: a purchase of no company']],
    ["Buyers and sellers exchange contracts only after the survey.", ["contracts | (contract) → drop: no determiner, value or party"]],
    ["More cash flows to clubs because of the new TV rights deal.", ["the new TV rights deal | (agreement) → keep: determiner"]],
    ["Shoppers hunted for the best TV deals on Friday.", ["deals | (agreement) → drop: a shop's offer"]],
  ]);
});

describe('a kind explained earlier in the text (round 15, explainers): "the agreement" after a definition or a generic plural', () => {
  ruled([
    // A kind defined, then the agreement pointed at with no one named: the kind again.
    ['A tolling agreement is a contract in which a refiner processes ore for a fee. The agreement must also set out who owns the metal during processing.', ['agreement | (agreement) → drop: a kind defined or in general', 'contract | (contract) → drop: a kind defined or in general', 'agreement | (agreement) → drop: a kind spoken of earlier in the text']],
    // The same sentence alone reads as before.
    ['The agreement must also set out who owns the metal during processing.', ['The agreement | (agreement) → keep: determiner']],
    // A deal reported before it: the agreement is that one.
    ['Tolling agreements are common among small refiners. Last month Korvel Metals signed a tolling agreement with Brannock Refining. The agreement must also set out who owns the metal during processing.', ['a tolling agreement with Brannock Refining | (agreement) → keep: determiner', 'The agreement | (agreement) → keep: determiner', 'agreements | (agreement) → drop: no determiner, value or party']],
    ['The two firms signed an agreement last week. Tolling agreements are common among small refiners. The agreement must also set out who owns the metal.', ['an agreement | (agreement) → keep: determiner', 'The agreement | (agreement) → keep: determiner', 'agreements | (agreement) → drop: no determiner, value or party']],
    // A generic plural of the family, then "these agreements".
    ['Franchise deals are common in fast food. These agreements can run for twenty years.', ['deals | (agreement) → drop: no determiner, value or party', 'agreements | (agreement) → drop: a kind spoken of earlier in the text']],
    ['These agreements can run for twenty years.', ['These agreements | (agreement) → keep: determiner']],
    // A name, a number or a possessor in the sentence may tell of one case; another family of deal words is another kind.
    ['Tolling agreements are common among small refiners. Under the agreement, Brannock keeps the slag.', ['the agreement | (agreement) → keep: determiner', 'agreements | (agreement) → drop: no determiner, value or party']],
    ['Tolling agreements are common among small refiners. The agreement must also set out who owns the metal by 2027.', ['The agreement | (agreement) → keep: determiner', 'agreements | (agreement) → drop: no determiner, value or party']],
    ["Tolling agreements are common among small refiners. The refiner's agreement must also set out who owns the metal.", ["The refiner's agreement | (agreement) → keep: possessive", 'agreements | (agreement) → drop: no determiner, value or party']],
    ['Joint ventures are common in mining. The agreement must also set out who owns the metal.', ['The agreement | (agreement) → keep: determiner', 'Joint ventures | (venture) → drop: no determiner, value or party']],
    // A deal kept before it in a sentence with no value, name or event may be the kind too; one told as an event is a deal.
    // (The first sentence is itself a habit of any buyers, named by their role in the present: a kind too.)
    ['Buyers sign a supply contract before the mine is built. Supply contracts are common in mining. The contract fixes the price.', ['contract | (contract) → drop: a kind in advice or explanation', 'contracts | (contract) → drop: no determiner, value or party', 'contract | (contract) → drop: a kind spoken of earlier in the text']],
    ['Buyers signed a supply contract before the mine was built. Supply contracts are common in mining. The contract fixes the price.', ['a supply contract | (contract) → keep: determiner', 'The contract | (contract) → keep: determiner', 'contracts | (contract) → drop: no determiner, value or party']],
  ]);
});

describe('a real-text audit of opinion and long-form pages (round 16): parties placed by town and state, margins, kinds of parties, norms and general cases, lists of modifiers', () => {
  ruled([
    // A town and its state's "-based" before the name of the party: the party goes on to the name; an apposition about the town does not.
    ["Harlow Medical signed an affiliation agreement with Dayton, Ohio-based Kettering Care last week.", ["an affiliation agreement with Dayton, Ohio-based Kettering Care | (agreement) → keep: determiner"]],
    ["The hospital signed an affiliation agreement with Dayton, a city it has served for decades.", ["an affiliation agreement with Dayton | (agreement) → keep: determiner"]],
    // "with a 7-2 vote": a margin, not a party.
    ["The council approved the contract with a 7-2 vote on Monday.", ["the contract | (contract) → keep: determiner"]],
    ["The council approved the contract with Ardent Waste on Monday.", ["the contract with Ardent Waste | (contract) → keep: determiner"]],
    // "regarding" opens the deal's topic, not more of its party.
    ["The ministry signed an agreement with Norvale regarding water rights.", ["an agreement with Norvale | (agreement) → keep: determiner"]],
    // A possessive in a curly apostrophe is one contract, not a plural.
    ["The second-year contract’s value rises to $4.1 million.", ["The second-year contract’s | (contract) → keep: determiner"]],
    ["The contracts run for two years.", ["contracts | (contract) → drop: generic plural"]],
    // A bare plural whose party is only a country's or a people's adjective before a plural noun names no one.
    ["Mining firms often seek joint ventures with Japanese trading houses.", ["joint ventures | (venture) → drop: generic plural with no one named"]],
    ["Regulators studied partnerships with Indigenous landholders.", ["partnerships | (partnership) → drop: generic plural with no one named"]],
    ["Tarsin signed joint ventures with Mitsui and Sojitz.", ["joint ventures with Mitsui and Sojitz | (venture) → keep: party"]],
    // A plural's worth in percent of a cap defines a kind; a sum is the value of them all.
    ["Teams may offer rookie contracts worth 25 percent of the cap.", ["contracts | (contract) → drop: no determiner, value or party"]],
    ["The club signed contracts worth $40 million last year.", ["contracts worth $40 million | (contract) → keep: value of them all"]],
    // "failed to result in", "unable to formalise": no deal made.
    ["The summit failed to result in an agreement on fishing quotas.", ["agreement | (agreement) → drop: negated"]],
    ["The summit talks resulted in an agreement on fishing quotas.", ["an agreement | (agreement) → keep: determiner"]],
    ["Envoys were unable to formalise a deal before the deadline.", ["deal | (agreement) → drop: negated"]],
    // "the standard three-year deal", in lower case: the usual kind.
    ["A player usually signs the standard three-year deal after the draft.", ["deal | (agreement) → drop: the usual kind"]],
    ["Garrow signed a three-year deal with Standard Chartered.", ["a three-year deal with Standard Chartered | (agreement) → keep: determiner"]],
    // "its partnerships" with no partner named: a firm's or a country's ties.
    ["The company values its partnerships above all.", ["partnerships | (partnership) → drop: relationships"]],
    ["The company renewed its partnerships with Tesco and Aldi.", ["its partnerships with Tesco and Aldi | (partnership) → keep: determiner"]],
    // Deals paired with products: a shop's picks.
    ["Our editors picked these deals and products for you.", ["deals | (agreement) → drop: a shop's offer"]],
    ["The minister reviewed these deals and their terms.", ["these deals | (agreement) → keep: determiner"]],
    // Names joined before the noun, a list of lower-case modifiers after the article, "&" and commas in it.
    ["Orlan signed the Vessa and Torm Mining contract on Friday.", ["the Vessa and Torm Mining contract | (contract) → keep: determiner"]],
    ["The school approved a copier lease and maintenance agreement for four years.", ["a copier lease and maintenance agreement | (agreement) → keep: determiner"]],
    ["The firm won the design, supply & installation contract for the bridge.", ["the design, supply & installation contract | (contract) → keep: determiner"]],
    // A participle right after the article, a superlative before a singular noun: modifiers.
    ["The union will present the negotiated agreement to members next week.", ["the negotiated agreement | (agreement) → keep: determiner"]],
    ["The union negotiated an agreement with the port.", ["an agreement with the port | (agreement) → keep: determiner"]],
    ["The sale made it the most expensive deal in the league’s history.", ["the most expensive deal | (agreement) → keep: determiner"]],
    // An acronym in brackets after the name it shortens.
    ["The port's Build Operate Transfer (BOT) contract runs to 2045.", ["The port's Build Operate Transfer (BOT) contract | (contract) → keep: possessive"]],
    // Plural takeovers of named firms.
    ["After the takeovers of Pellow and Carnforth, the group doubled in size.", ["the takeovers of Pellow and Carnforth | (contract) → keep: companies bought"]],
    ["The takeovers of the town halls were peaceful.", ["takeovers | (contract) → drop: takeover of a place"]],
    // A rule's words ("hereby", "shall"), an opener after a connective, the one of a general case.
    ["The director is hereby authorized to sign a contract for road repairs.", ["contract | (contract) → drop: a kind defined or in general"]],
    ["The director signed a contract for road repairs yesterday.", ["a contract | (contract) → keep: determiner"]],
    ["However, if a landowner signs a lease agreement with the developer, the council is told.", ["agreement | (agreement) → drop: a kind defined or in general"]],
    ["However, the landowner signed a lease agreement with the developer.", ["a lease agreement with the developer | (agreement) → keep: determiner"]],
    ["If a member misses three meetings, the committee may cancel the contract.", ["contract | (contract) → drop: a kind defined or in general"]],
    ["If a member misses three meetings, Halden may cancel the contract.", ["the contract | (contract) → keep: determiner"]],
    // A stake in an industry, with no value: an interest, not shares.
    ["Farmers are taking an ownership stake in the industry.", ["stake | (stake) → drop: a stake as an interest in what happens"]],
    ["Farmers are taking an ownership stake in Arla.", ["an ownership stake in Arla | (stake) → keep: determiner"]],
    // A programme named a New Deal or a Green Deal earlier in the text: "the deal" with no value and no party is that programme.
    ["The European Green Deal was agreed in 2019. The deal aims to cut emissions by half.", ["deal | (agreement) → drop: a programme named earlier in the text"]],
    ["The deal aims to cut emissions by half.", ["The deal | (agreement) → keep: determiner"]],
    ["The Green New Deal was introduced by two senators. The deal with Boeing was signed on Monday.", ["The deal with Boeing | (agreement) → keep: determiner"]],
    // A Title Case headline that opens on a framework of two countries, its verb after it.
    ["Canada–Chile Critical Minerals Framework Marks Shift in Supply Chains", ["Canada–Chile Critical Minerals Framework | (framework) → keep: headline subject"]],
    ["Housing Framework Marks Shift in City Planning", ["Framework | (framework) → drop: framework in its ordinary sense"]],
  ]);
});

describe('a company deal by its kind of dealing (round 16, business pages): transaction, purchase, a loan facility', () => {
  ruled([
    // "The transaction" where it closes or is cleared, paid in cash or shares, or with its parties named.
    ['Halvorsen said the transaction is expected to close in the second quarter of 2027.', ['the transaction | (contract) → keep: a transaction being closed']],
    ['The transaction still needs the approval of regulators in three countries.', ['The transaction | (contract) → keep: a transaction being cleared']],
    ['Brightwell will pay $41 a share in an all-stock transaction.', ['an all-stock transaction | (contract) → keep: paid in cash or shares']],
    ['The transaction between Orvane and Kessling Metals closed on Friday.', ['The transaction between Orvane and Kessling Metals | (contract) → keep: named party']],
    // A payment and a kind explained are no company deal; nor is a transaction word before its noun.
    ['Once the transaction is complete, you will get a receipt by email.', ['transaction | (contract) → drop: a transaction in general']],
    ['In a cash sale the transaction is simple.', ['transaction | (contract) → drop: a transaction in general']],
    ['The bank charges transaction fees on foreign cards.', ['transaction | (contract) → drop: a dealing word before the noun it modifies']],
    // A purchase of a company, or a named buyer paying millions; a shopper's purchase is none.
    ['Regulators cleared its $12 billion purchase of the chipmaker Norvalis.', ['its $12 billion purchase of the chipmaker Norvalis | (contract) → keep: company bought']],
    ["Tandry's planned $3B Kelso purchase won approval.", ["Tandry's planned $3B Kelso purchase | (contract) → keep: a named buyer paying millions"]],
    ['Get free delivery on any purchase over $40.', ['purchase | (contract) → drop: a purchase of no company']],
    ['The group agreed to purchase 300 tonnes of ore.', ['purchase | (contract) → drop: purchase as a verb']],
    // A facility is money lent when a lender's word stands before it; otherwise a plant.
    ['The miner drew down the syndicated facility in March.', ['the syndicated facility | (money) → keep: a loan facility pointed at']],
    ['The loan includes a cost overrun facility of $60m.', ['a cost overrun facility of $60m | (money) → keep: value', 'loan | (money) → drop: money word without value, named party or transaction verb']],
    ['The new processing facility will cost $400 million.', ['facility | (money) → drop: a facility that is no loan']],
  ]);
});

describe('a household good on a plant\'s deal (round 16): energy bought for years or for a smelter', () => {
  ruled([
    ['The mill signed a seven-year energy deal with the grid operator.', ['a seven-year energy deal with the grid operator | (agreement) → keep: determiner']],
    ['Owner Fenmore struck a long-awaited energy deal to keep the smelter running.', ['a long-awaited energy deal | (agreement) → keep: determiner']],
    ['She switched to a cheaper energy deal last winter.', ["deal | (agreement) → drop: a shop's offer"]],
    ['The union welcomed the energy contract that keeps the zinc refinery open.', ['the energy contract | (contract) → keep: determiner']],
    ['Check the end date of your energy contract before you switch.', ["contract | (contract) → drop: a customer's contract"]],
    // The Department of Defense names no back line.
    ['Helix Metals said the arrangement would reshape the Department of Defense supply chain.', ['the arrangement | (partnership) → keep: determiner']],
    ['The pair built a strong partnership in defense.', ['partnership | (partnership) → drop: a partnership of players']],
    // A scale letter glued to its number is part of the value.
    ['Vantor shares rose after its $60B pipeline deal.', ['its $60B pipeline deal | (agreement) → keep: value']],
  ]);
});

describe('business pages (round 16), second set: kinds defined with their initials, lenders by name, buyouts, headlines', () => {
  ruled([
    // A kind defined with its short form in brackets or after "or", or named in capitals.
    ['A tolling agreement (TA) is a contract in which a refiner processes ore for a fee.', ['agreement | (agreement) → drop: a kind defined or in general', 'contract | (contract) → drop: a kind defined or in general']],
    ['A tolling agreement, or TA, is one of the oldest contracts in metals.', ['agreement | (agreement) → drop: a kind defined or in general', 'contracts | (contract) → drop: generic plural']],
    ['A Tolling Agreement is a contract between a refiner and a miner.', ['Agreement | (agreement) → drop: a kind defined or in general', 'contract | (contract) → drop: a kind defined or in general']],
    ['A farm-in agreement (also known as a farm-out agreement) is a deal where one firm pays for drilling.', ['agreement | (agreement) → drop: a kind defined or in general', 'agreement | (agreement) → drop: a kind defined or in general', 'deal | (agreement) → drop: a kind defined or in general']],
    ['Kestrel Power (KPL) is a utility that signed a contract with Orvane last year.', ['a contract with Orvane | (contract) → keep: determiner']],
    // A doing as the subject speaks of any case; a party named makes it one.
    ['Securing a PPA will be a condition of any debt financing for the wind farm.', ['PPA | (agreement) → drop: a kind defined or in general', 'financing | (money) → drop: money word without value, named party or transaction verb']],
    ['Signing a contract with Orvane took weeks.', ['a contract with Orvane | (contract) → keep: determiner']],
    // A lender by its name before the money word; a feast or a month names none.
    ['Both the Harlow financing and the bank loan remain subject to conditions.', ['the Harlow financing | (money) → keep: named lender', 'loan | (money) → drop: money word without value, named party or transaction verb']],
    ['The Christmas loan was repaid in March.', ['loan | (money) → drop: money word without value, named party or transaction verb']],
    ['"This debt financing is a milestone for Kerrow," the chief executive said.', ['This debt financing | (money) → keep: this financing, with a name']],
    ['This financing is best for small firms with steady sales.', ['financing | (money) → drop: money word without value, named party or transaction verb']],
    ['The miner will repay it through an existing bridge loan facility.', ['an existing bridge loan facility | (money) → keep: an existing loan facility']],
    // A company bought out, not a buyout offered to staff or a buyout firm.
    ['The Delmora buyout is the third deal the group has done this year.', ['The Delmora buyout | (contract) → keep: company named', 'the third deal | (agreement) → keep: determiner']],
    ['Workers who accept the buyout will get a year of pay.', ['buyout | (contract) → drop: a buyout of no company']],
    ['The buyout firm led the round.', ['buyout | (contract) → drop: buyouts in general']],
    // Headlines: a venture in sentence case, a deal launched; values in "mln" and "40-million".
    ['Orvane, Kessling announce battery joint venture in Chile', ['battery joint venture | (venture) → keep: headline verb']],
    ['Brannock launches gold streaming deal for Peruvian mine', ['gold streaming deal | (agreement) → keep: headline verb']],
    ['Malawi gets $30 mln World Bank loan for roads', ['$30 mln World Bank loan | (money) → keep: value']],
    ['The developer has secured A$25-million in debt financing for the mine.', ['A$25-million in debt financing | (money) → keep: value']],
  ]);
});

describe('business pages (round 16), third set: a deal word before the noun it modifies', () => {
  ruled([
    ["The world's largest contract chipmaker said orders rose.", ['contract | (contract) → drop: not a deal noun here']],
    ['The chipmaker signed the largest contract in its history.', ['the largest contract | (contract) → keep: determiner']],
    ['They did not say whether there would be a takeover premium.', ['takeover | (contract) → drop: not a deal noun here']],
    ['Consider the snowballing deal count this spring.', ['deal | (agreement) → drop: not a deal noun here']],
    ['Investors pooled cash through a new special purpose investment entity.', ['investment | (money) → drop: not a deal noun here']],
    // Review 33: an aside in brackets that is no short form; a speaker's "we shall"; a country's deal after a programme;
    // a facility lent by a named party; a country's goods bought; a payment by card.
    ['A new offtake agreement (the second this year) is a boost for Pilbara.', ['A new offtake agreement | (agreement) → keep: determiner']],
    ['A power purchase agreement (PPA) is a contract to buy power.', ['agreement | (agreement) → drop: a kind defined or in general', 'PPA | (agreement) → drop: no determiner, value or party', 'contract | (contract) → drop: a kind defined or in general']],
    ['"We shall sign a nickel supply agreement next week," the minister said.', ['a nickel supply agreement | (agreement) → keep: determiner']],
    ['Under the Green Deal, Europe needs more lithium. Chile agreed on Tuesday to supply it, and the deal was welcomed.', ['the deal | (agreement) → keep: determiner']],
    ['The mine is funded by a $300 million facility from the Export-Import Bank of Korea.', ['a $300 million facility from the Export-Import Bank of Korea | (money) → keep: value']],
    ['The plant is a $300 million facility with room for 200 workers.', ['facility | (money) → drop: a facility that is no loan']],
    ["China's purchase of US soybeans rose after the truce.", ['the truce | (agreement) → keep: determiner', 'purchase | (contract) → drop: a purchase of no company']],
    ['The customer said the transaction was approved by her bank in London.', ['transaction | (contract) → drop: a transaction in general']],
    // A doing as the subject, told in the past: one deal, not a kind.
    ["Winning a cobalt supply contract was Orvane's biggest success last year.", ['a cobalt supply contract | (contract) → keep: determiner']],
    ['Winning a cobalt supply contract takes months of talks.', ['contract | (contract) → drop: a kind defined or in general']],
    ['Orvane said the transaction was approved by its board in London.', ['the transaction | (contract) → keep: a transaction being closed']],
  ]);
});

describe('a kind spoken of in advice or an explainer (audit of lifestyle and legal pages)', () => {
  ruled([
    // The roles of any deal's parties, or the reader, in a sentence that names no one and tells of no event.
    ['The rental agreement sets out what the tenant must pay each month.', ['agreement | (agreement) → drop: a kind in advice or explanation']],
    ['Keep a copy of the contract somewhere safe in case your employer disputes it.', ['contract | (contract) → drop: a kind in advice or explanation']],
    ['Most singers dream of a recording contract before they turn twenty.', ['contract | (contract) → drop: a kind in advice or explanation']],
    // A past tense before its object, a name, or political parties counted: one deal.
    ['The landlord breached the lease agreement by refusing repairs.', ['the lease agreement | (agreement) → keep: determiner']],
    ['Most singers signed a recording contract before they turned twenty.', ['a recording contract | (contract) → keep: determiner']],
    ['Kestrel Homes signed the rental agreement with the tenants.', ['the rental agreement with the tenants | (agreement) → keep: determiner']],
    ['Under the accord, the two parties will share the ministries.', ['the accord | (agreement) → keep: determiner']],
    // A contract of a household's life, in a sentence that names nothing.
    ['The purchase agreement will state the price and the closing date.', ['agreement | (agreement) → drop: a kind in advice or explanation']],
    ['The purchase agreement will close in March.', ['The purchase agreement | (agreement) → keep: determiner']],
    // A deal pointed at is spoken of by its own sides' roles, one of them alone ("the lender"), not by any party's.
    ['The offtake agreement allows the buyer to take half of the output.', ['The offtake agreement | (agreement) → keep: determiner']],
    ['The contract requires the lender to release funds once permits are granted.', ['The contract | (contract) → keep: determiner']],
    ['The joint venture gives the partners equal shares of the output.', ['The joint venture | (venture) → keep: determiner']],
    // A time to come, or a body of state or market, tells of one deal: "next month", "approved by regulators".
    ['The purchase agreement is expected to close in the second quarter.', ['The purchase agreement | (agreement) → keep: determiner']],
    ['A deal could be signed as early as next month.', ['A deal | (agreement) → keep: determiner']],
    ['A partnership agreement must still be approved by regulators.', ['A partnership agreement | (agreement) → keep: determiner']],
    // An indefinite subject that any such deal is said of.
    ['A licence contract can run for any length of time.', ['contract | (contract) → drop: a kind in advice or explanation']],
    ['A supply contract can run until 2030, the firm said.', ['A supply contract | (contract) → keep: determiner']],
    // What any such deal need not be.
    ['A supply contract does not have to be written down.', ['contract | (contract) → drop: a kind in advice or explanation']],
    ['A supply contract does not expire until 2030, the firm said.', ['A supply contract | (contract) → keep: determiner']],
    // A form's own words.
    ['This agreement shall be governed by the laws of the state.', ["agreement | (agreement) → drop: a form's own words"]],
    ['This agreement shall bind Orion Mining from May.', ['This agreement | (agreement) → keep: determiner']],
    // Its law and its sides by role are a form's words whatever place it names; not words quoted from a treaty.
    ['This Agreement shall be governed by the laws of the Province of Ontario.', ["Agreement | (agreement) → drop: a form's own words"]],
    ['Either party may end this contract on 60 days of written notice.', ["contract | (contract) → drop: a form's own words"]],
    ['This contract allows either party to exit after five years, Orvane said.', ['This contract | (contract) → keep: determiner']],
    ['"This agreement is governed by international law," the Chilean envoy said of the pact.', ['This agreement | (agreement) → keep: determiner', 'the pact | (agreement) → keep: determiner']],
  ]);
});

describe('a stake beside words of a garden', () => {
  ruled([
    ['Tie the stem loosely to the stake as the plant grows.', ['stake | (stake) → drop: a post']],
    ['The fund sold the stake as the share price grew.', ['the stake | (stake) → keep: determiner']],
    // Taken or held, it is shares whatever the sentence's other words.
    ['The pension fund kept the stake as the plant grows.', ['the stake | (stake) → keep: determiner']],
  ]);
});

describe('a site speaking of "this agreement" (audit of terms of service)', () => {
  ruled([
    ['We may change this agreement at any time by posting the new terms.', ["agreement | (agreement) → drop: a form's own words"]],
    ['We signed this agreement with Corvane last week.', ['this agreement with Corvane | (agreement) → keep: determiner']],
    // Any procurement rule: bidders are the roles of any contract.
    ['The contract goes to the bidder with the best overall score.', ['contract | (contract) → drop: a kind in advice or explanation']],
  ]);
});

describe('a kind defined earlier in the same sentence', () => {
  ruled([
    ['A franchise agreement is a document that sets the terms of the agreement for both sides.', ['agreement | (agreement) → drop: a kind defined or in general', 'agreement | (agreement) → drop: a kind spoken of earlier in the text']],
    // A name in the sentence tells of one case.
    ['A franchise agreement is a document, and Corvane signed the agreement with Harrow in May.', ['the agreement with Harrow | (agreement) → keep: determiner', 'agreement | (agreement) → drop: a kind defined or in general']],
  ]);
});

describe("a deal's legal form said of any such deal", () => {
  ruled([
    ['Nothing replaces a written agreement when money is lent between friends.', ['agreement | (agreement) → drop: a kind in advice or explanation']],
    ['A verbal agreement is hard to prove when the boiler breaks.', ['agreement | (agreement) → drop: a kind in advice or explanation']],
    // Held or made, or its parties named: one deal.
    ['The two firms have a written agreement to share the pipeline.', ['a written agreement | (agreement) → keep: determiner']],
    ['Orvane and Kessel signed a legally binding agreement in Oslo.', ['a legally binding agreement | (agreement) → keep: determiner']],
  ]);
});

describe("a household's own bargain and a couple's partnership (probing, stop 35)", () => {
  ruled([
    // Told in the first person beside the words of a home, naming no one: the household's own.
    ['My sister and I have an agreement to share the rent.', ["agreement | (agreement) → drop: a household's own bargain"]],
    ['I signed the contract for my flat on Friday.', ["contract | (contract) → drop: a household's own bargain"]],
    // A politician's "we", and the House, are no household.
    ['We urge the House to approve the trade agreement quickly.', ['the trade agreement | (agreement) → keep: determiner']],
    // A party named, or a speaker quoted, keeps it.
    ['We signed an offtake contract with Pilbara for our refinery, the firm said.', ['an offtake contract with Pilbara | (contract) → keep: determiner']],
    ['"We have a deal with Korea for our home market," the minister said.', ['a deal with Korea | (agreement) → keep: determiner']],
    // A partnership beside the words of a marriage is a couple's.
    ['Their partnership ended in an amicable divorce.', ['partnership | (partnership) → drop: a partnership of two people']],
    ['The partnership with Umicore outlived the founder\'s divorce.', ['The partnership with Umicore | (partnership) → keep: determiner']],
    ['Analysts called the partnership a marriage of convenience.', ['the partnership | (partnership) → keep: determiner']],
  ]);
});

describe('deal words in the senses of science and software (audit of science, government and technical pages)', () => {
  ruled([
    // Code on a blockchain: a smart contract, a contract's address, a contract beside words of deploying code.
    ['Teams deploy the smart contract before the token sale opens.', ['contract | (contract) → drop: code on a blockchain']],
    ['The wallet sends funds to the contract address shown on screen.', ['contract | (contract) → drop: code on a blockchain']],
    ['Once deployed, the contract cannot be edited by anyone.', ['contract | (contract) → drop: code on a blockchain']],
    ['Halvern signed the contract with Ostrava Rail in June.', ['the contract with Ostrava Rail | (contract) → keep: determiner']],
    // A record in a sales tool: a CRM beside it, a pipeline and its stages, or made and updated as a record.
    ['The endpoint adds a new deal to the CRM for each signup.', ['deal | (agreement) → drop: a record in a sales tool']],
    ['Move the deal to the next stage of the pipeline.', ['deal | (agreement) → drop: a record in a sales tool']],
    ['Creates a new deal for the contact.', ['deal | (agreement) → drop: a record in a sales tool']],
    ['When the deal was last updated.', ['deal | (agreement) → drop: a record in a sales tool']],
    ['The deal was updated to include a second mine in 2024.', ['The deal | (agreement) → keep: determiner']],
    ['Kelso created a new venture with Brandt Metals.', ['a new venture with Brandt Metals | (venture) → keep: determiner']],
    // A licence to use software, spoken of in a sentence that names no one else.
    ['The license agreement will list how many laptops may run the software.', ['agreement | (agreement) → drop: a licence to use software, spoken of']],
    ['This contract, known as an end-user licence agreement (EULA), covers the software.', ['contract | (contract) → drop: a licence to use software, spoken of', 'agreement | (agreement) → drop: an agreement a reader accepts']],
    ['This form is a Software License Agreement.', ['Agreement | (agreement) → drop: a licence to use software, spoken of']],
    ['The license agreement with Varden Labs covers the software until 2029.', ['The license agreement with Varden Labs | (agreement) → keep: determiner']],
    ['Tessaro signed a software license agreement worth $4 million.', ['a software license agreement worth $4 million | (agreement) → keep: determiner']],
    // Agreement between raters: a statistic, not a deal.
    ['The study found a high inter-rater agreement between the two nurses.', ['agreement | (agreement) → drop: agreement between raters']],
    ['Measuring the agreement depends on how the ratings are scored.', ['agreement | (agreement) → drop: agreement between raters']],
    ['Measuring the agreement with Harlow took the lawyers a week.', ['the agreement with Harlow | (agreement) → keep: determiner']],
    // A chemist's framework.
    ['The team made a copper metal–organic framework that traps carbon dioxide.', ['framework | (framework) → drop: a chemist\'s framework']],
    ['The team signed a framework with Corvane that covers carbon dioxide.', ['a framework with Corvane | (framework) → keep: determiner']],
    // The acquisition of data.
    ['The acquisition parameters set how long each scan takes.', ['acquisition | (contract) → drop: the acquisition of data']],
    ['The acquisition of Brenna Scanners closed in May.', ['The acquisition of Brenna Scanners | (contract) → keep: company bought']],
    // A money word that only says what the noun after it is about.
    ['The new loan application form asks for two years of accounts.', ['loan | (money) → drop: a money word modifying the noun after it']],
    ['This new funding opportunity is open to state geological surveys.', ['funding | (money) → drop: a money word modifying the noun after it']],
    ['The first loan went to Harrow Mining in 2021.', ['The first loan | (money) → keep: ordinal']],
  ]);
});

describe('deal words beside words of code, sales tools, ratings and data, held to one sense (review, stop 35)', () => {
  ruled([
    // A verb of running code only right before the contract's phrase; words of install, pipelines, reliability and signals read as before only near the noun.
    ['Codelco invoked force majeure on the supply contract.', ['the supply contract | (contract) → keep: determiner']],
    ['Under the contract, the company will install crushers at the mine site.', ['the contract | (contract) → keep: determiner']],
    ['The pipeline deal is still at an early stage, officials said.', ['The pipeline deal | (agreement) → keep: determiner']],
    ['The agreement will improve the reliability of the grid.', ['The agreement | (agreement) → keep: determiner']],
    ['The acquisition signals a shift in Albemarle\'s strategy.', ['The acquisition | (contract) → keep: determiner']],
  ]);
});

describe('memoranda counted or signed, and their short form in brackets', () => {
  ruled([
    // Counted in figures or words right after a verb of signing: the ones made, whoever the other side.
    ['The state government signed 734 MoUs with various companies.', ['734 MoUs with various companies | (agreement) → keep: counted and signed']],
    ['The city inked two pacts with leading Korean firms.', ['two pacts with leading Korean firms | (agreement) → keep: counted and signed']],
    // Without the signing verb a count of a kind stays generic.
    ['Officials discussed 734 MoUs with various companies.', ['MoUs | (agreement) → drop: generic plural with no one named']],
    // Counted in three figures too, with no one named.
    ['The board signed 260 MoUs on Tuesday.', ['260 MoUs | (agreement) → keep: counted and signed']],
    ['Officials want 260 MoUs by June.', ['MoUs | (agreement) → drop: no determiner, value or party']],
    // The noun's short form in brackets does not end the phrase: its value comes after.
    ['The board signed 12 Memoranda of Understanding (MoUs) worth Rs 2,100 crore on Tuesday.', ['12 Memoranda of Understanding (MoUs) worth Rs 2,100 crore | (agreement) → keep: value of them all']],
    ['The board discussed a memorandum (MoU) worth Rs 2,100 crore on Tuesday.', ['a memorandum (MoU) worth Rs 2,100 crore | (agreement) → keep: determiner']],
    // A value before the noun in crores, as "$4 billion MoUs".
    ['Kerala signs Rs 4 lakh cr MoUs at investor meet', ['Rs 4 lakh cr MoUs | (agreement) → keep: value']],
    ['Kerala hopes for 4 lakh MoUs at investor meet', ['MoUs | (agreement) → drop: no determiner, value or party']],
  ]);
});

describe('a sum given as a loan', () => {
  ruled([
    ['Russia will provide $11.38 billion as a loan for the plant.', ['$11.38 billion as a loan | (money) → keep: value']],
    ['The state would provide 12 billion U.S. dollars as loan.', ['12 billion U.S. dollars as loan | (money) → keep: value']],
    // A plural is a bank's lending in general; no sum before "as" leaves the loan bare.
    ['The bank disbursed $5 billion as loans to small firms.', ['loans | (money) → drop: money word without value, named party or transaction verb']],
    ['She treated the money as a loan.', ['loan | (money) → drop: money word without value, named party or transaction verb']],
  ]);
});

describe('a firm named Ventures', () => {
  ruled([
    ['Eros announced the film with Salman Khan Ventures on Monday.', ['Ventures | (venture) → drop: a firm named Ventures']],
    // (Review) With a determiner before it, the ventures are the owner's, and a credit in brackets is no short form.
    ["State Grid expanded its Overseas Ventures in Chile.", ['its Overseas Ventures | (venture) → keep: determiner']],
    ['The agency said a deal (AP) was near.', ['a deal | (agreement) → keep: determiner']],
    // A headline capitalises every word: "Ventures" there may be the noun.
    ['Eros Announces Film With Salman Khan Ventures', ['Ventures | (venture) → drop: no determiner, value or party']],
  ]);
});

describe("a sentence-case headline's deal: a clause after it, a law passed, the matter it settles (audit of general news)", () => {
  ruled([
    // "that" opens a clause about the deal, as a preposition does after a headline's verb.
    ['Lawmakers reach budget deal that would end strike', ['budget deal | (agreement) → keep: headline verb']],
    ['Lawmakers want budget deal that would end strike', ['deal | (agreement) → drop: no determiner, value or party']],
    // "passes" is a legislature's verb of making one.
    ['Senate passes stopgap spending deal', ['stopgap spending deal | (agreement) → keep: headline verb']],
    ['Senate debates stopgap spending deal', ['deal | (agreement) → drop: no determiner, value or party']],
    // The headline's subject, named by the matter it settles; a shop's offer names none.
    ['Overnight budget deal averts rail strike', ['Overnight budget deal | (agreement) → keep: headline deal named by its matter']],
    ['Weekend holiday deal slashes prices', ['deal | (agreement) → drop: no determiner, value or party']],
  ]);
});

describe('memoranda counted by "several" or by their short form (audit of general news)', () => {
  ruled([
    ['The two ministers signed several MoUs on Monday.', ['several MoUs | (agreement) → keep: counted and signed']],
    ['Delegates watched the signing of several memoranda on trade.', ['several memoranda | (agreement) → keep: counted and signed']],
    ['The ministers discussed several MoUs on Monday.', ['MoUs | (agreement) → drop: no determiner, value or party']],
    // A plural short form in brackets makes the counted phrase plural, whatever the noun before it.
    ['The states signed four memorandum of understanding (MoUs) on power.', ['four memorandum of understanding (MoUs) | (agreement) → keep: specific plural']],
    ['The states signed four memorandum of understanding (MoU) on power.', ['memorandum of understanding | (agreement) → drop: no determiner, value or party', 'MoU | (agreement) → drop: no determiner, value or party']],
  ]);
});

describe('a bare plural joined to a plural deal (audit of general news)', () => {
  ruled([
    ['The MoUs and agreements on health were signed on Friday.', ['The MoUs | (agreement) → keep: determiner', 'agreements | (agreement) → keep: joined to a deal']],
    ['The MoU and agreements on health were signed on Friday.', ['The MoU | (agreement) → keep: determiner', 'agreements | (agreement) → drop: no determiner, value or party']],
    ['Trade deals and agreements are often criticised.', ['deals | (agreement) → drop: no determiner, value or party', 'agreements | (agreement) → drop: no determiner, value or party']],
  ]);
});

describe('a deal said to be absent, a framework for talks (audit of general news)', () => {
  ruled([
    ['In the absence of a trade agreement, tariffs will rise.', ['agreement | (agreement) → drop: negated']],
    ['For lack of a deal, the strike went on.', ['deal | (agreement) → drop: negated']],
    ['In the wake of a trade agreement, tariffs will fall.', ['a trade agreement | (agreement) → keep: determiner']],
    // The shape of talks still to come is no agreement; a framework for trade, signed, is one.
    ['The envoys agreed on a framework for talks on the border.', ['framework | (framework) → drop: framework for talks']],
    ['The envoys signed a framework for trade on the border.', ['a framework | (framework) → keep: determiner']],
  ]);
});

describe('(review, stop 37) joined plurals as subjects, a headline opened by its matter', () => {
  ruled([
    // (Review) A bare plural after "and" joins the deal before it only as the sentence's subject: a new clause after it is no list.
    ['The two leaders signed three agreements and stakes are high for both sides.', ['three agreements | (agreement) → keep: specific plural', 'stakes | (stake) → drop: no determiner, value or party']],
    ['The firms signed four contracts and deals like these are rare.', ['four contracts | (contract) → keep: specific plural', 'deals | (agreement) → drop: no determiner, value or party']],
    ['The MoUs and accords on fisheries were exchanged at the summit.', ['The MoUs | (agreement) → keep: determiner', 'accords | (agreement) → keep: joined to a deal']],
    // (Review) The headline's first word, capitalised by sentence case, can name the matter the deal settles.
    ['Budget deal averts rail strike', ['Budget deal | (agreement) → keep: headline deal named by its matter']],
    ['Holiday deal slashes prices', ['deal | (agreement) → drop: no determiner, value or party']],
  ]);
});

describe('company releases (round 37, mining press releases): LOI initials, a ceiling of money, offtake as a modifier', () => {
  ruled([
    // A letter of interest by its initials, in capitals only.
    ['The lender issued a non-binding LOI to the miner.', ['a non-binding LOI | (contract) → keep: determiner']],
    ['The explorer received an LoI from the agency.', ['an LoI from the agency | (contract) → keep: determiner']],
    ['The new loi on mining was passed in Paris.', []],
    // "of up to" a sum: the ceiling is the value; a share of output after "up to" is not.
    ['A senior debt facility of up to $45 million will fund the plant.', ['A senior debt facility of up to $45 million | (money) → keep: value']],
    ['A senior debt facility will fund the plant.', ['facility | (money) → drop: money word without value, named party or transaction verb']],
    ['The smelter holds a right to offtake of up to 20% of output.', ['offtake | (contract) → drop: no determiner, value or party']],
    // "offtake" before the party or price it describes is no deal; before a deal noun or a party it heads one.
    ['The offtake party asked for a lower price.', ['offtake | (contract) → drop: an offtake word modifying the noun after it']],
    ['The offtake prices track the lithium index.', ['offtake | (contract) → drop: an offtake word modifying the noun after it']],
    ['The offtake with the refiner runs to 2031.', ['The offtake with the refiner | (contract) → keep: determiner']],
    ['The offtake point sits above the weir.', ['offtake | (contract) → drop: an offtake word modifying the noun after it']],
    // Initials of a letter before ", the agency": a document, not a body named in an apposition.
    ['Under the LOI, the agency may lend up to half the cost.', ['the LOI | (contract) → keep: determiner']],
    ['Under the Partnership, the agency may lend up to half the cost.', ['Partnership | (partnership) → drop: a body\'s name']],
    // "terms sheet", as some releases spell a term sheet.
    ['The buyer signed a binding terms sheet last week.', ['a binding terms sheet | (contract) → keep: determiner']],
    ['The buyer signed a binding term sheet last week.', ['a binding term sheet | (contract) → keep: determiner']],
    // One more tranche: an article and a value count one sum, as they do with no "additional" ("a $40m
    // investment from shareholders"); with no article, or as a total, it is a flow of money.
    ['The miner won an additional $40m investment from the Qatari fund.', ['an additional $40m investment from the Qatari fund | (money) → keep: value']],
    ['The miner won an additional $40m investment from shareholders.', ['an additional $40m investment from shareholders | (money) → keep: value']],
    ['Rio Tinto agreed a further $500m investment in the Oyu Tolgoi mine.', ['$500m investment | (money) → keep: value']],
    ['Rio Tinto agreed an additional $500m investment in the Oyu Tolgoi mine.', ['an additional $500m investment | (money) → keep: value']],
    ['The miner expects additional $40m investment from shareholders.', ['investment | (money) → drop: an aggregate of money, not a transaction']],
    // An investment made in a named company or project is one; one made in a country, a region or a kind is a flow.
    ['Vale made an investment in Lithium Americas.', ['an investment | (money) → keep: made in a named company']],
    ['The fund made an investment in the Thacker Pass project.', ['an investment | (money) → keep: made in a named company']],
    ['The fund made an investment in Chile\'s lithium sector.', ['investment | (money) → drop: money word without value, named party or transaction verb']],
    ['Japan made an investment in Africa\'s mines.', ['investment | (money) → drop: money word without value, named party or transaction verb']],
    ['The state made an investment in education.', ['investment | (money) → drop: money word without value, named party or transaction verb']],
    ['Funds made investments in Lithium Americas.', ['investments | (money) → drop: money word without value, named party or transaction verb']],
  ]);
});

describe('(review, stop 39) one more sum, an investment in a name, listed contracts and their prices', () => {
  ruled([
    // One more sum needs a party or a verb of a transaction: a forecast of money needed is a flow.
    ['The industry will need an additional $50bn investment by 2030.', ['investment | (money) → drop: an aggregate of money, not a transaction']],
    ['The miner secured an additional $500m investment in the mine.', ['an additional $500m investment | (money) → keep: value']],
    // A company's or a project's name, not a place, a region or a kind, after "in".
    ["The fund made an investment in Nevada's lithium clays.", ['investment | (money) → drop: money word without value, named party or transaction verb']],
    ['Tesla made an investment in Bitcoin.', ['investment | (money) → drop: money word without value, named party or transaction verb']],
    ['Toyota Tsusho made an investment in the Olaroz lithium project.', ['an investment | (money) → keep: made in a named company']],
    // A stock exchange lists shares; goods delivered, a renewal and a completion are a deal's.
    ['Kodal disclosed the offtake contract on the London Stock Exchange.', ['the offtake contract | (contract) → keep: determiner']],
    ['The contract for June delivery of concentrate was cancelled.', ['The contract | (contract) → keep: determiner']],
    ['The contract for September delivery fell 1%.', ['contract | (contract) → drop: a contract an exchange lists']],
    ['Prices track LME cobalt, and the contract is up for renewal in May.', ['the contract | (contract) → keep: determiner']],
    ['The contract closed on Friday after the LME rally.', ['The contract | (contract) → keep: determiner']],
    ['The three-month contract with the battery maker is priced on LME futures.', ['The three-month contract with the battery maker | (contract) → keep: determiner']],
    // After a determiner, "prices" followed by its object is the deal's verb.
    ["The deal prices Rio's bid at $6.7bn.", ['The deal | (agreement) → keep: determiner']],
    // (second review) a company's name of two words, not a kind of business; a period's gain; a participle after prices.
    ['Sumitomo made an investment in Anglo American.', ['an investment | (money) → keep: made in a named company']],
    ['The fund made an investment in Clean Energy.', ['investment | (money) → drop: money word without value, named party or transaction verb']],
    ['LME zinc fell, but the contract is set for a weekly gain.', ['contract | (contract) → drop: a contract an exchange lists']],
    ['The annual contract prices settled by Vale rose 20%.', ['contract | (contract) → drop: a deal word modifying prices']],
    ['The deal prices in inflation for five years.', ['The deal | (agreement) → keep: determiner']],
    ['The miner won a total $40m investment from the Qatari fund.', ['investment | (money) → drop: an aggregate of money, not a transaction']],
  ]);
});

describe('(second review, stop 37) a new clause after a joined plural, offtake as a subject, an LOI in shipping', () => {
  ruled([
    // A verb after a short phrase opens a new clause (not after a subject opening the sentence); "the offtake points to" is the offtake's verb; an LOI among cargo and shipowners is a letter of indemnity.
    ['Zambia signed two loan agreements and concessions to US demands were made.', ['two loan agreements | (agreement) → keep: specific plural', 'concessions | (contract) → drop: no determiner, value or party']],
    ['China and Brazil signed 15 agreements and memoranda on critical minerals.', ['15 agreements | (agreement) → keep: counted and signed', 'memoranda | (agreement) → keep: joined to a deal']],
    ['The offtake points to rising demand for battery-grade nickel.', ['The offtake | (contract) → keep: determiner']],
    ['The charterer issued an LOI to the shipowner so the nickel cargo could be discharged.', ['LOI | (contract) → drop: a letter of indemnity in shipping']],
  ]);
});

describe('a contract an exchange lists', () => {
  ruled([
    // Marked as listed by its modifiers: futures words, an exchange's initials, the most-traded or front month.
    ['The most-traded nickel contract on the Shanghai Futures Exchange slipped 0.8% to 121,300 yuan a ton.', ['contract | (contract) → drop: a contract an exchange lists']],
    ['The front-month March contract for iron ore on the Singapore Exchange gained 1.4%.', ['contract | (contract) → drop: a contract an exchange lists']],
    ['Traders rolled their positions into the June 2027 LME nickel contract.', ['contract | (contract) → drop: a contract an exchange lists']],
    // A month or tenor after "the" (or a metal's possessive) only beside a word of an exchange.
    ['The December contract on Comex settled at $31.20 an ounce.', ['contract | (contract) → drop: a contract an exchange lists']],
    ['The three-month contract on the LME ended the session at $9,120 a ton.', ['contract | (contract) → drop: a contract an exchange lists']],
    ["Iron ore's September contract on the Singapore Exchange edged down 0.9%.", ['contract | (contract) → drop: a contract an exchange lists']],
    // An exchange it is on, or its delivery month, right after "the ... contract".
    ['The copper contract on Comex rose 2%.', ['contract | (contract) → drop: a contract an exchange lists']],
    ['The contract for September delivery fell 1%.', ['contract | (contract) → drop: a contract an exchange lists']],
    ['The contract on the new warehouse was signed with Glencore.', ['The contract | (contract) → keep: determiner']],
    // A bare "the contract" that moves as a price does, in a sentence of an exchange.
    ['LME lead slipped 0.3% to $1,990 a ton, but the contract is still up 2% for the week.', ['contract | (contract) → drop: a contract an exchange lists']],
    ['Nickel fell on the LME, and the contract ended 1% lower.', ['contract | (contract) → drop: a contract an exchange lists']],
    ['Glencore said the contract, priced off the LME three-month price, runs to 2030.', ['the contract | (contract) → keep: determiner']],
    ['The contract rose in value after LME prices climbed.', ['The contract | (contract) → keep: determiner']],
    // Lots counted in a sentence of positions or futures.
    ['Gold futures positions rose by 13,454 contracts from the previous week.', ['contracts | (contract) → drop: a contract an exchange lists']],
    // A contract of the same tenor with a party, or one signed or won, is a deal.
    ['Codelco signed a three-month contract to supply copper cathode to a Chinese smelter.', ['a three-month contract | (contract) → keep: determiner']],
    ['The three-month contract with the smelter ended in June.', ['The three-month contract with the smelter | (contract) → keep: determiner']],
    ['The miner signed the December contract as LME prices rose.', ['the December contract | (contract) → keep: determiner']],
    ['Glencore has won 3 contracts from the defence ministry this year.', ['3 contracts from the defence ministry | (contract) → keep: party']],
    ["Glencore's December contract on the LME warehouse rent was renewed.", ["Glencore's December contract | (contract) → keep: possessive"]],
  ]);
});

describe('a deal word modifying prices', () => {
  ruled([
    ['The new long-term contract prices rose 12% from the previous period.', ['contract | (contract) → drop: a deal word modifying prices']],
    ['Buyers said the deal prices reported this week were low.', ['deal | (agreement) → drop: a deal word modifying prices']],
    // "prices" as the verb before its object, and one deal's own price, stay deals.
    ['The supply contract prices the ore at the LME average.', ['The supply contract | (contract) → keep: determiner']],
    ['The contract price was not disclosed.', ['The contract | (contract) → keep: determiner']],
  ]);
});

describe('(stop 40) money a plan needs', () => {
  ruled([
    // Needed or required money is a plan's cost, whatever its value; one made or provided by a named party is a deal.
    ['Analysts say a further $20 billion investment is required to bring the mine into production.', ['investment | (money) → drop: money a plan needs, not a transaction']],
    ['The project will require a $2 billion investment, the company said.', ['investment | (money) → drop: money a plan needs, not a transaction']],
    ['A $1.2 billion loan from the DFC is needed to finish the plant.', ['A $1.2 billion loan from the DFC | (money) → keep: value']],
    ['Rio Tinto agreed a $500 million investment in the mine, which was needed after the collapse.', ['a $500 million investment | (money) → keep: value']],
    ['The project will receive a $2 billion investment, the company said.', ['a $2 billion investment | (money) → keep: value']],
  ]);
});

describe('(stop 40 review) prices, listed contracts past their goods, and names of a kind', () => {
  ruled([
    // "prices in" a term is the deal's verb; "prices in the region rose" is a noun; "-ed" after prices is a verb of the prices.
    ['The offtake contract prices in a discount to the LME cobalt price.', ['The offtake contract | (contract) → keep: determiner']],
    ['The contract prices in the region rose 5%.', ['contract | (contract) → drop: a deal word modifying prices']],
    ['The contract prices declined 8% in the second quarter.', ['contract | (contract) → drop: a deal word modifying prices']],
    ['The contract prices contained concentrate at a discount.', ['The contract | (contract) → keep: determiner']],
    // "set for" a renewal in a year is a deal's; a ranked week or a gain this week a price's.
    ['LME cobalt prices fell, and Glencore said the contract is set for a renewal in 2027.', ['the contract | (contract) → keep: determiner']],
    ['LME zinc fell 0.1%, but the contract is set for a fourth straight week of gains.', ['contract | (contract) → drop: a contract an exchange lists']],
    ['Comex gold slipped on Friday, though the contract was set for a gain this week.', ['contract | (contract) → drop: a contract an exchange lists']],
    // Past the goods of a delivery month, an exchange or a move tells a listed contract.
    ['The contract for March delivery of iron ore on the Dalian Commodity Exchange dropped 2%.', ['contract | (contract) → drop: a contract an exchange lists']],
    ['On the LME, the contract for three-month delivery of copper fell 1%.', ['contract | (contract) → drop: a contract an exchange lists']],
    ['The contract for June delivery of spodumene, priced against the LME, was cancelled.', ['The contract | (contract) → keep: determiner']],
    // Names of a kind only, in a headline or not described, are no company; initials may open one.
    ['The government made an investment in Critical Minerals to secure supply.', ['investment | (money) → drop: money word without value, named party or transaction verb']],
    ['Japan Makes an Investment in Rare Earths', ['Investment | (money) → drop: money word without value, named party or transaction verb']],
    ['The company made an investment in Battery Minerals, an ASX-listed graphite developer.', ['an investment | (money) → keep: made in a named company']],
    ['The Pentagon made an investment in MP Materials.', ['an investment | (money) → keep: made in a named company']],
  ]);
});

describe('(stop 40) an investment in an owner\'s project or a country\'s company', () => {
  ruled([
    // Words of what a project produces may stand before its noun; after a country, a company's name counts.
    ["Chinalco made an investment in Rio Tinto's Simandou iron ore project.", ['an investment | (money) → keep: made in a named company']],
    ["The fund made an investment in BHP's Olympic Dam expansion.", ['an investment | (money) → keep: made in a named company']],
    ["Japan's JOGMEC made an investment in Australia's Lynas Rare Earths.", ['an investment | (money) → keep: made in a named company']],
    ["The fund made an investment in Chile's lithium sector.", ['investment | (money) → drop: money word without value, named party or transaction verb']],
    ["They made an investment in India's Digital Economy.", ['investment | (money) → drop: money word without value, named party or transaction verb']],
    ["Investors made an investment in Nevada's Thacker Pass.", ['investment | (money) → drop: money word without value, named party or transaction verb']],
  ]);
});

// Stop 40, precision sweep of the wide English web (audit-sweepen): each rule fires on the first
// row of a pair and not on the second.
describe('deal as a verb after a modal and an adverb', () => {
  ruled([
    ['The council must still deal with the backlog.', ['deal | (agreement) → drop: not a deal noun here']],
    ['The council must still sign the deal with Vale.', ['the deal with Vale | (agreement) → keep: determiner']],
  ]);
});

describe('a general agreement as a consensus', () => {
  ruled([
    ['There is a general agreement in the scientific community that rates will fall.', ['agreement | (agreement) → drop: not a deal noun here']],
    ['A broad agreement is reached about the findings after a long debate.', ['agreement | (agreement) → drop: not a deal noun here']],
    ['Beijing signed a general agreement with Hanoi on border trade.', ['a general agreement with Hanoi | (agreement) → keep: determiner']],
    // (review 6) one reached about a venture is a deal.
    ['Codelco and SQM reached a broad agreement about their joint venture.', ['a broad agreement | (agreement) → keep: determiner', 'their joint venture | (venture) → keep: determiner']],
  ]);
});

describe('a framework for talks with words between', () => {
  ruled([
    ['The two sides set out a framework for the coming talks.', ['framework | (framework) → drop: framework for talks']],
    // (review 6) talks the framework came out of, after a preposition, are not its aim.
    ['The two sides signed a framework for investment after talks in Riyadh.', ['a framework | (framework) → keep: determiner', 'investment | (money) → drop: money word without value, named party or transaction verb']],
    ['The two sides signed a framework for the Lobito rail corridor.', ['a framework | (framework) → keep: determiner']],
  ]);
});

describe('the most common kind, or a type named', () => {
  ruled([
    ['The most common type of supply contract is the take-or-pay agreement.', ['contract | (contract) → drop: no determiner, value or party', 'agreement | (agreement) → drop: the usual kind']],
    ['A spot contract is the most common deal in the cobalt market.', ['contract | (contract) → drop: the usual kind', 'deal | (agreement) → drop: the usual kind']],
    // (review 6) a form of something else, a type of something else, the most common something else.
    ['Analysts said the offtake agreement is a form of insurance for the automaker.', ['the offtake agreement | (agreement) → keep: determiner']],
    ['The type of support Kyiv needs is the minerals agreement signed in April.', ['the minerals agreement | (agreement) → keep: determiner']],
    ['The Piedmont agreement is the most common template for lithium supply.', ['The Piedmont agreement | (agreement) → keep: determiner']],
    ['The Lobito contract is the largest deal in the region.', ['The Lobito contract | (contract) → keep: determiner', 'the largest deal | (agreement) → keep: determiner']],
  ]);
});

describe('parties named by no more than what they are', () => {
  ruled([
    ['The fee can be set by agreement between the parties.', ['agreement | (agreement) → drop: no one in particular as partner']],
    ['The fee was set by agreement between Vale and Glencore.', ['agreement between Vale and Glencore | (agreement) → keep: party']],
    ["It's a binding contract made between two people.", ['contract | (contract) → drop: no one in particular as partner']],
    ["It's a binding contract made between Vale and the state.", ['a binding contract | (contract) → keep: determiner']],
    // (review 6) "the two sides" of a sentence that names them.
    ['Pilbara signed an agreement made between both sides after months of talks with Posco.', ['an agreement | (agreement) → keep: determiner']],
  ]);
});

describe('a kind: anyone of either sex, what it is not, a household contract, a deal by its initials', () => {
  ruled([
    ['A new recruit signs a contract with the club he or she will play for.', ['contract | (contract) → drop: a kind defined or in general']],
    ['The striker signs a contract with Porto until 2030.', ['a contract with Porto | (contract) → keep: determiner']],
    ['An offtake agreement is not a loan.', ['offtake agreement | (agreement) → drop: a kind defined or in general', 'loan | (money) → drop: money word without value, named party or transaction verb']],
    ['An offtake agreement is now a priority for Pilbara.', ['An offtake agreement | (agreement) → keep: determiner']],
    ['The employer may end the contract early if the employee agrees.', ['contract | (contract) → drop: a kind in advice or explanation']],
    ['The buyer may end the contract early if the seller agrees.', ['the contract | (contract) → keep: determiner']],
    ['After you and your landlord have signed the tenancy agreement, keep a copy.', ['agreement | (agreement) → drop: a kind told to the reader']],
    ['After Vale and Glencore have signed the supply agreement, shares rose.', ['the supply agreement | (agreement) → keep: determiner']],
    ['An MoU can open the door to joint research.', ['MoU | (agreement) → drop: a kind in advice or explanation']],
    ['An MoU with Jakarta can open the door to joint research.', ['An MoU with Jakarta | (agreement) → keep: determiner']],
  ]);
});

describe('money words: a broadcast, a spend, a kind of party, a stage of funding', () => {
  ruled([
    ["The minister told BBC Radio 4's Today programme he was confident.", ['programme | (money) → drop: a broadcast programme']],
    ["The minister said Ghana's IMF programme was on track.", ["Ghana's IMF programme | (money) → keep: named lender"]],
    ['Global acquisition spend fell last year.', ['acquisition | (contract) → drop: not a deal noun here']],
    ['The acquisition closed last year.', ['The acquisition | (contract) → keep: determiner']],
    ['Exports and investment with other Asian countries rose.', ['investment | (money) → drop: money word without value, named party or transaction verb']],
    ["The investment with Japan's JOGMEC closed in May.", ["The investment with Japan's JOGMEC | (money) → keep: named party"]],
    // (review 6) a round a transaction verb closes.
    ['EnergyX closed a seed funding round led by GM Ventures.', ['a seed funding round | (money) → keep: transaction verb', 'Ventures | (venture) → drop: a firm named Ventures']],
    ['The memo followed the initial seed funding and the Series A round.', ['funding | (money) → drop: a stage of funding', 'Series A round | (money) → drop: money word without value, named party or transaction verb']],
    ['The memo followed the initial debt funding and the Series A round.', ['the initial debt funding | (money) → keep: ordinal', 'Series A round | (money) → drop: money word without value, named party or transaction verb']],
  ]);
});

describe('cricket batting, a list of modifiers, a headline that confirms', () => {
  ruled([
    ['When batting first, a long partnership wins matches.', ['partnership | (partnership) → drop: a partnership of runs']],
    ['Ministers are batting for a partnership with Japan.', ['a partnership with Japan | (partnership) → keep: determiner']],
    ['The league agreed a seven-year TV, radio and streaming deal.', ['a seven-year TV, radio and streaming deal | (agreement) → keep: determiner']],
    ['Rights holders prefer TV, radio and streaming deals.', ['deals | (agreement) → drop: no determiner, value or party']],
    ['Chelsea confirm new long-term deal for Palmer', ['new long-term deal | (agreement) → keep: headline verb']],
    ['Chelsea deny new long-term deal for Palmer', ['deal | (agreement) → drop: no determiner, value or party']],
  ]);
});

describe('(stop 40, fifth review) narrower mends', () => {
  ruled([
    // A loan pointed at or owned is one already made, whatever it is needed for.
    ['Lithium Americas said the $2.26 billion loan is needed for Thacker Pass.', ['the $2.26 billion loan | (money) → keep: value']],
    // A kind-only name is a company only when the apposition names a company's kind.
    ['Sumitomo made an investment in Green Energy, a sector it sees growing fast.', ['investment | (money) → drop: money word without value, named party or transaction verb']],
    // A delivery month's goods priced on an exchange, or a contract that fell through, is a buyer's.
    ['The contract for June delivery of spodumene priced on the LME was cancelled.', ['The contract | (contract) → keep: determiner']],
    ['The contract for June delivery of spodumene fell through after the buyer walked away.', ['The contract | (contract) → keep: determiner']],
    // Prices placed "in the three months to June" still have their verb further on.
    ['The contract prices in the three months to June were 5% lower.', ['contract | (contract) → drop: a deal word modifying prices']],
    // A review "next month" is a deal's.
    ['Glencore said its cobalt is priced off the LME, and the contract is set for a review next month.', ['the contract | (contract) → keep: determiner']],
  ]);
});

describe('(stop 41, deal sweep) a merger or a loan pointed at, the Framework by its short name, a kind held by any of a class, goals that are aims', () => {
  ruled([
    // A merger pointed at as the head of its phrase, in a sentence that names someone or a figure, is one already told of;
    // a noun after it, "of" two companies, or a sentence that names no one keeps it general.
    ['Shareholders of both miners voted in favour of the merger on Tuesday.', ['the merger | (money) → keep: a merger pointed at']],
    ['The merger is expected to close in the second quarter, subject to approval by a court in Perth.', ['The merger | (money) → keep: a merger pointed at']],
    ['Analysts doubt that this merger will create the $200 million in savings the two firms promised.', ['this merger | (money) → keep: a merger pointed at']],
    ['The banker who advised on the merger has retired.', ['merger | (money) → drop: money word without value, named party or transaction verb']],
    ['Bankers expect the merger wave in gold mining to continue next year.', ['merger | (money) → drop: money word without value, named party or transaction verb']],
    ['The merger of two companies usually needs the approval of both boards.', ['merger | (money) → drop: money word without value, named party or transaction verb']],
    ['Regulators published the merger guidelines last week.', ['merger | (money) → drop: money word without value, named party or transaction verb']],
    // "This loan" or "This investment" where a name stands is one made; with no name it is advice.
    ['This loan will let Kerrow Metals finish the processing plant by 2027.', ['This loan | (money) → keep: this loan or investment, with a name']],
    ['This loan is best for buyers with a steady income.', ['loan | (money) → drop: money word without value, named party or transaction verb']],
    ['This investment makes the Defence Department the largest shareholder in Orlan Rare Earths.', ['This investment | (money) → keep: this loan or investment, with a name']],
    ['This investment fund, run by Harbin Capital, buys stakes in small miners.', ['investment | (money) → drop: money word without value, named party or transaction verb', 'stakes | (stake) → drop: no determiner, value or party']],
    ['This loan boosts the output of the Kerrow smelter, Orvane said.', ['This loan | (money) → keep: this loan or investment, with a name']],
    // A capitalised Framework after a lower-case "the" is a signed document's short name; a lower-case one is a plan.
    ['In particular, the Framework sets out the goals of cooperation between the parties.', ['the Framework | (framework) → keep: a framework by its short name']],
    ['In particular, the framework sets out the goals of the course for each term.', ['framework | (framework) → drop: framework in its ordinary sense']],
    ['A good framework helps students plan their essays.', ['framework | (framework) → drop: framework in its ordinary sense']],
    // "countries with which the US has a free trade agreement": the kind any member of a class holds.
    ['Buyers can claim the credit for cars whose minerals come from countries with which the United States has a free trade agreement.', ['agreement | (agreement) → drop: a kind held by any of a class']],
    ['Japan has a free trade agreement with Australia that took effect in 2015.', ['a free trade agreement with Australia | (agreement) → keep: determiner']],
    // Goals that are aims do not make a loan a player's; goals scored do.
    ['Orvane United agreed a £2m loan for the forward, who scored 12 goals last season.', ['loan | (money) → drop: a player\'s loan']],
    ['Orvane secured a $40m loan from Kessling Bank to meet its production goals for 2026.', ['a $40m loan from Kessling Bank | (money) → keep: value']],
    ['The loan from Kessling Bank supports the goals of the mine plan.', ['The loan from Kessling Bank | (money) → keep: named party']],
  ]);
});

// (stop 41) review 7 item 4: "the broad agreement" with named parties or a signing is a deal; minds that struck one share a view.
describe('(stop 41) the broad agreement signed or between named parties, and one struck by a circle of minds', () => {
  ruled([
    ['The broad agreement on rare earths export controls was signed in Busan.', ['The broad agreement | (agreement) → keep: determiner']],
    ['The broad agreement between Washington and Beijing on gallium was signed last week.', ['The broad agreement between Washington and Beijing | (agreement) → keep: determiner']],
    ['The broad agreement among analysts is that copper prices will rise.', ['agreement | (agreement) → drop: not a deal noun here']],
    ['Economists struck a broad agreement on tariffs at the Davos forum.', ['agreement | (agreement) → drop: not a deal noun here']],
    ['Codelco and SQM struck a broad agreement on lithium.', ['a broad agreement | (agreement) → keep: determiner']],
  ]);
});

// (stop 41) review 7 item 8: with no delivery month, a contract placed on an exchange by a participle and moving by a price's figure is the listed one.
describe('(stop 41) a contract priced or traded on an exchange that moves by a figure, with no delivery month', () => {
  ruled([
    ['The copper contract priced on the LME fell 3% to $9,100.', ['contract | (contract) → drop: a contract an exchange lists']],
    ['The copper contract traded on Comex rose 1.2% on Friday.', ['contract | (contract) → drop: a contract an exchange lists']],
    // No figure after the move, or a figure of tonnes: a buyer's contract.
    ['The copper contract priced on the LME fell through after the buyer walked away.', ['The copper contract | (contract) → keep: determiner']],
    ['The copper contract priced on the LME rose to 20,000 tonnes a year.', ['The copper contract | (contract) → keep: determiner']],
  ]);
});

// (stop 41) review 7 item 11: an owner's investment in a named company or project is one investment, as one made in it.
describe('(stop 41) an owner\'s investment in a named company or project', () => {
  ruled([
    ['The fund\'s investment in Battery Minerals, an ASX-listed graphite developer, doubled.', ['The fund\'s investment | (money) → keep: an owner\'s investment in a named company']],
    ['The bank\'s investment in the Thacker Pass project rose in value.', ['The bank\'s investment | (money) → keep: an owner\'s investment in a named company']],
    // A kind of business with no company's apposition, or a place's deposits, names no one.
    ['The fund\'s investment in Green Energy, a sector it sees growing fast, doubled.', ['investment | (money) → drop: money word without value, named party or transaction verb']],
    ['The fund\'s investment in Nevada\'s deposits doubled.', ['investment | (money) → drop: money word without value, named party or transaction verb']],
  ]);
});

describe('(stop 41, eighth review) narrower deal-sweep and review-7 rules', () => {
  ruled([
    ['Data showed that investment in mining rose 12% in Australia last year.', ['investment | (money) → drop: money word without value, named party or transaction verb']],
    ['Officials said that investment by US firms in Chile doubled.', ['investment | (money) → drop: money word without value, named party or transaction verb']],
    ['The repayment of that loan from the Export-Import Bank was delayed by Zambia.', ['that loan from the Export-Import Bank | (money) → keep: named party']],
    ['Japan, with which the US has a critical minerals agreement signed in 2023, buys lithium from Chile.', ['a critical minerals agreement | (agreement) → keep: determiner']],
    ['Countries with which the United States has a free trade agreement qualify for the credit.', ['agreement | (agreement) → drop: a kind held by any of a class']],
    ['The cot-caught merger is common in Canada.', ['merger | (money) → drop: money word without value, named party or transaction verb']],
    ['The galaxies are colliding, and the merger will take 4 billion years, according to NASA.', ['merger | (money) → drop: money word without value, named party or transaction verb']],
    ['Glencore said the merger with Teck would create a copper giant in Canada.', ['the merger with Teck | (money) → keep: named party']],
    ['Reviewers praised the Framework laptop for its repairable design.', ['Framework | (framework) → drop: framework in its ordinary sense']],
    ['Nurses are assessed against the Framework, which sets out clinical standards.', ['Framework | (framework) → drop: framework in its ordinary sense']],
    ['The Framework sets out $8.5 billion of projects that both governments will fund.', ['Framework | (framework) → drop: framework in its ordinary sense']],
    ['The general agreement between Republicans and Democrats is that tariffs hurt farmers.', ['agreement | (agreement) → drop: not a deal noun here']],
    ['The broad agreement between Washington and Beijing on gallium was signed last week.', ['The broad agreement between Washington and Beijing | (agreement) → keep: determiner']],
  ]);
});

describe('(stop 41, ninth review) a merger in a company-named sentence, that after a verb of knowing only', () => {
  ruled([
    ['Black Rock Mining shareholders backed the merger.', ['the merger | (money) → keep: a merger pointed at']],
    ['Rio Tinto welcomed the cross-border merger.', ['the cross-border merger | (money) → keep: a merger pointed at']],
    ['The merger of two black holes was detected by LIGO.', ['merger | (money) → drop: money word without value, named party or transaction verb']],
    ['Investors welcomed that investment, which gives Rio Tinto a foothold in lithium.', ['that investment | (money) → keep: this loan or investment, with a name']],
    ['Data showed that investment in mining rose 12% in Australia last year.', ['investment | (money) → drop: money word without value, named party or transaction verb']],
  ]);
});

// (stop 42) mends of items left open by the reviews of stop 41.
describe('(stop 42) a brand named Framework, a view shared between sides of a vote, mergers told of, spending and decided clauses', () => {
  ruled([
    // A capitalised Framework right before a lower-case noun is a brand's name, whatever metal the sentence names; before its verb, the agreement's short name.
    ['The Framework laptop uses recycled aluminium.', ['Framework | (framework) → drop: a brand named Framework']],
    ['The Framework smartphone prototype contains tin and gold.', ['Framework | (framework) → drop: a brand named Framework']],
    ['The Framework covers lithium, cobalt and graphite supply.', ['The Framework | (framework) → keep: determiner']],
    ['The Framework\'s lithium provisions took effect in March.', ['The Framework\'s | (framework) → keep: determiner']],
    // "The agreement between" sides of a vote or circles of minds "is that…" is a view they share; between any other side, a deal's terms.
    ['The agreement between Republicans and Democrats is that spending must fall.', ['agreement | (agreement) → drop: not a deal noun here']],
    ['The agreement between economists is that copper prices will rise.', ['agreement | (agreement) → drop: not a deal noun here']],
    ['The agreement between China and Brazil was that iron ore would be priced in yuan.', ['The agreement between China and Brazil | (agreement) → keep: determiner']],
    ['The agreement between lawmakers and the White House was that the lithium tax credit would stay.', ['The agreement between lawmakers and the White House | (agreement) → keep: determiner']],
    // A merger of two named companies; of halves of a country, none.
    ['The all-share merger of Newmont and Newcrest created the largest gold miner.', ['The all-share merger | (money) → keep: named companies merged']],
    ['The merger of East and West Germany took place in 1990.', ['merger | (money) → drop: money word without value, named party or transaction verb']],
    // "that merger" pointing; "The merger" opening the sentence before a verb of its own in the past; a sayer's name opening the sentence.
    ['Shareholders defended that merger at the meeting.', ['that merger | (money) → keep: a merger pointed at']],
    ['The merger collapsed last year after copper prices fell.', ['The merger | (money) → keep: a merger pointed at']],
    ['The merger created a black hole, astronomers said.', ['merger | (money) → drop: money word without value, named party or transaction verb']],
    ['Glencore says the merger will create a copper giant.', ['the merger | (money) → keep: a merger pointed at']],
    // "this investment" after spending told in its sentence, or in a field written in lower case, is a budget's; in a named deposit, one made.
    ['Britain will spend £2 billion on schools, and this investment will create 5,000 jobs, the Treasury said.', ['investment | (money) → drop: money word without value, named party or transaction verb']],
    ['This investment in education will pay off for decades, President Biden said.', ['investment | (money) → drop: money word without value, named party or transaction verb']],
    ['This investment in Kazakhstan\'s tungsten deposit will be the largest by a US company, EXIM said.', ['This investment | (money) → keep: this loan or investment, with a name']],
    // "agreed that investment … should rise" opens a clause; "agreed that investment with Glencore in March", "approved that investment" point at one.
    ['Ministers agreed that investment in Greenland\'s rare earths should rise.', ['investment | (money) → drop: money word without value, named party or transaction verb']],
    ['Ministers agreed that investment in lithium mining should increase.', ['investment | (money) → drop: money word without value, named party or transaction verb']],
    ['Rio Tinto agreed that investment with Glencore in March.', ['that investment with Glencore | (money) → keep: named party']],
    ['The board approved that investment in Lynas last year.', ['that investment | (money) → keep: this loan or investment, with a name']],
  ]);
});

describe("(stop 42) tenth review: that opening a clause, mergers of the sky, of councils and roads, a person's own loan", () => {
  ruled([
    ['Analysts expect that investment will rise in Chile next year.', ['investment | (money) → drop: money word without value, named party or transaction verb']],
    ['Mining executives fear that investment will dry up in Peru.', ['investment | (money) → drop: money word without value, named party or transaction verb']],
    ['The risk is that investment in lithium stalls as prices fall.', ['investment | (money) → drop: money word without value, named party or transaction verb']],
    ['Now that investment in rare earths is rising, Canberra wants more.', ['investment | (money) → drop: money word without value, named party or transaction verb']],
    ['BHP predicted that investment in copper would double by 2030.', ['investment | (money) → drop: money word without value, named party or transaction verb']],
    ['Investors welcomed that investment in Iluka Resources.', ['that investment | (money) → keep: this loan or investment, with a name']],
    ['Glencore defended that investment in Congo.', ['that investment | (money) → keep: this loan or investment, with a name']],
    ['LIGO and Virgo detected the merger in August 2017.', ['merger | (money) → drop: money word without value, named party or transaction verb']],
    ['The Hubble Space Telescope captured the merger in 2019.', ['merger | (money) → drop: money word without value, named party or transaction verb']],
    ['Northern Star said the merger with Saracen would close in February.', ['the merger with Saracen | (money) → keep: named party']],
    ['Councillors in Leeds voted against the merger on Monday.', ['merger | (money) → drop: money word without value, named party or transaction verb']],
    ['Drivers must give way at the merger, Highways England said.', ['merger | (money) → drop: money word without value, named party or transaction verb']],
    ['Shareholders in Leeds approved the merger of Bellway and Redrow, the company said.', ['the merger | (money) → keep: named companies merged']],
    ['This loan has ruined my life, said Maria, a nurse in Ohio.', ['loan | (money) → drop: money word without value, named party or transaction verb']],
    ['This investment in our children is the best we can make, Obama said.', ['investment | (money) → drop: money word without value, named party or transaction verb']],
    ['This investment will create 2,000 jobs in Nevada, Albemarle said.', ['This investment | (money) → keep: this loan or investment, with a name']],
  ]);
});

describe('(stop 42) contracts worth a sum, signed with a kind of party', () => {
  ruled([
    ['Glencore signed copper contracts worth $2 billion with Chinese smelters.', ['copper contracts worth $2 billion with Chinese smelters | (contract) → keep: value of them all']],
    ['Miners often sign contracts worth millions with local smelters.', ['contracts | (contract) → drop: no determiner, value or party']],
    ['The firm won contracts worth $300 million with regional utilities.', ['contracts | (contract) → drop: generic plural with no one named']],
    ['Companies sign contracts worth more than $1 million with suppliers every year.', ['contracts | (contract) → drop: generic plural with no one named']],
  ]);
});

describe('(stop 42) the merger in a sentence about metal or a company', () => {
  ruled([
    ['Analysts say the merger will create the largest copper miner.', ['the merger | (money) → keep: a merger pointed at']],
    ['Shareholders say the merger undervalues the company.', ['the merger | (money) → keep: a merger pointed at']],
    ['Astronomers say the merger of the two stars produced gold.', ['merger | (money) → drop: money word without value, named party or transaction verb']],
    ['Councillors say the merger will save money for schools.', ['merger | (money) → drop: money word without value, named party or transaction verb']],
    ['Critics say the merger will hurt students.', ['merger | (money) → drop: money word without value, named party or transaction verb']],
    ['The merger of two black holes released gravitational waves, physicists said.', ['merger | (money) → drop: money word without value, named party or transaction verb']],
  ]);
});

describe('(stop 42) eleventh review: the Framework before its parts, that merger before another clause, mergers told by a company, a field that is a mineral, a name after the loan, police forces merged', () => {
  ruled([
    ['The Framework governing rare earth supply was signed by Japan and the United States in October.', ['The Framework | (framework) → keep: determiner']],
    ['The Framework signing ceremony took place in Canberra.', ['The Framework | (framework) → keep: determiner']],
    ['The Framework laptop uses recycled aluminium.', ['Framework | (framework) → drop: a brand named Framework']],
    ['Regulators cleared that merger in 2019 and its shares have doubled since.', ['that merger | (money) → keep: a merger pointed at']],
    ['Rio\'s biggest mistake was that investment in Oyu Tolgoi.', ['that investment | (money) → keep: this loan or investment, with a name']],
    ['Analysts expect that investment in nickel and cobalt will rise.', ['investment | (money) → drop: money word without value, named party or transaction verb']],
    ['Teck said the merger would fund new roads and schools in the Elk Valley.', ['the merger | (money) → keep: a merger pointed at']],
    ['The CMA is looking at the merger.', ['the merger | (money) → keep: a merger pointed at']],
    ['Leeds City Council said the merger would close two schools.', ['merger | (money) → drop: money word without value, named party or transaction verb']],
    ['This investment in nickel refining by Vale Indonesia is the largest yet.', ['This investment | (money) → keep: this loan or investment, with a name']],
    ['This investment in education will pay off.', ['investment | (money) → drop: money word without value, named party or transaction verb']],
    ['"I am delighted that this investment in Arafura will bring rare earths to market," the minister said.', ['this investment | (money) → keep: this loan or investment, with a name']],
    ['This investment in the future of lithium processing at Kwinana was announced by Tianqi.', ['This investment | (money) → keep: this loan or investment, with a name']],
    ['The merger of Surrey and Sussex police forces was approved by ministers.', ['merger | (money) → drop: money word without value, named party or transaction verb']],
    ['The merger of Exxon and Mobil created the largest oil company.', ['The merger | (money) → keep: named companies merged']],
    ['The merger produced a burst of gamma rays seen across the sky.', ['merger | (money) → drop: money word without value, named party or transaction verb']],
    ['The agreement between Republicans and Democrats was that the debt ceiling would rise in exchange for spending cuts.', ['The agreement between Republicans and Democrats | (agreement) → keep: determiner']],
    ['The agreement between Republicans and Democrats is that spending must fall.', ['agreement | (agreement) → drop: not a deal noun here']],
  ]);
});

describe("(stop 42) twelfth review: a company's units merged, contracts signed as a habit or negated, a merger of science or schools, the source quoted after a comma", () => {
  ruled([
    ['Regulators cleared the merger of Anglo American and Teck copper units.', ['the merger | (money) → keep: named companies merged']],
    ['The merger of Surrey and Sussex police forces was approved by ministers.', ['merger | (money) → drop: money word without value, named party or transaction verb']],
    ['Miners typically sign offtake contracts worth $100 million with Chinese buyers.', ['offtake contracts | (contract) → drop: generic plural with no one named']],
    ['Neither company has signed contracts worth $1 billion with automakers.', ['contracts | (contract) → drop: generic plural with no one named']],
    ['Glencore signed copper contracts worth $2 billion with Chinese smelters.', ['copper contracts worth $2 billion with Chinese smelters | (contract) → keep: value of them all']],
    ['Physicists say the merger produced heavy elements such as gold in the blast.', ['merger | (money) → drop: money word without value, named party or transaction verb']],
    ['Parents say the merger is a bid to cut costs at both schools.', ['merger | (money) → drop: money word without value, named party or transaction verb']],
    ['Analysts say the merger will create the largest copper miner.', ['the merger | (money) → keep: a merger pointed at']],
    ['This investment in lithium is a bet on electric cars, Morgan Stanley said.', ['investment | (money) → drop: money word without value, named party or transaction verb']],
    ['This investment in nickel refining by Vale Indonesia is the largest yet.', ['This investment | (money) → keep: this loan or investment, with a name']],
  ]);
});

describe("(stop 43) real-text sweep: a contract developer or lawyer, Honda's Accord, loans amounting to a sum, a Memorandum of Understanding defined, one party of any deal, a habit told in the present", () => {
  ruled([
    ['A contract developer builds the app for us.', ['contract | (contract) → drop: not a deal noun here']],
    ['Vale hired a contract engineer to review the smelter design.', ['contract | (contract) → drop: not a deal noun here']],
    ['The contract lawyer read the lease twice.', ['contract | (contract) → drop: not a deal noun here']],
    ['The contract with Glencore was signed in May.', ['The contract with Glencore | (contract) → keep: determiner']],
    ['The new Accord is quieter than the last Honda I drove.', ['Accord | (agreement) → drop: not a deal noun here']],
    ['The Accord\'s cabin fits five adults, and the sedan gets 40 mpg.', ['Accord | (agreement) → drop: not a deal noun here']],
    ['The accord was signed by both governments in Paris.', ['The accord | (agreement) → keep: determiner']],
    ['Honda shares rose after the Paris Accord was signed.', ['the Paris Accord | (agreement) → keep: determiner']],
    ['The bank provided loans amounting to $2 billion to Zambia.', ['loans amounting to $2 billion to Zambia | (money) → keep: named party']],
    ['Exim approved a loan totalling $400 million to Chilean Cobalt.', ['a loan totalling $400 million to Chilean Cobalt | (money) → keep: value']],
    ['A Memorandum of Understanding (MoU) is a short agreement that sets out shared aims.', ['Memorandum of Understanding | (agreement) → drop: a kind defined or in general', 'MoU | (agreement) → drop: no determiner, value or party', 'agreement | (agreement) → drop: a kind defined or in general']],
    ['A Memorandum of Understanding with Codelco was signed by Lithium Power in 2021.', ['A Memorandum of Understanding with Codelco | (agreement) → keep: determiner']],
    ['A breach happens when one party does not deliver what the agreement promised.', ['agreement | (agreement) → drop: a kind in advice or explanation']],
    ['One party to the agreement, Glencore, has asked for more time.', ['the agreement | (agreement) → keep: determiner']],
    ['The fees are usually set out in the service agreement.', ['agreement | (agreement) → drop: a kind in advice or explanation']],
    ['The fees were set out in the service agreement signed by Rio Tinto.', ['the service agreement | (agreement) → keep: determiner']],
    ['The agreement is typically signed by the club\'s lawyers and approved by FIFA.', ['agreement | (agreement) → drop: the usual kind']],
    ['The agreement is typically renewed every year, Glencore said.', ['The agreement | (agreement) → keep: determiner']],
    ['The agreement was signed by the club\'s lawyers and approved by FIFA.', ['The agreement | (agreement) → keep: determiner']],
  ]);
});

describe("(stop 43) real-text sweep, second round: a card game's contract, football's contracts at large; kept: a contract people drafted, an Accord with its sides or its making, a deal judged as a habit", () => {
  ruled([
    ['In bridge the declarer tries to make the contract by winning enough tricks with the trump suit.', ['contract | (contract) → drop: a card game\'s']],
    ['Whist is a partnership game in which four players share a deck and play for tricks.', ['partnership | (partnership) → drop: a card game\'s']],
    ['After the bidding, the pair with the highest bid must take the tricks their contract promises.', ['contract | (contract) → drop: a card game\'s']],
    ['The dealer shuffles the deck, and each deal gives every player thirteen cards before the bidding for tricks.', ['deal | (agreement) → drop: a card game\'s']],
    ['Glencore played its trump card in the bidding for the Mopani contract.', ['the Mopani contract | (contract) → keep: determiner']],
    ['When a club sells a player before his contract runs out, the buying club pays a fee.', ['contract | (contract) → drop: football\'s contracts at large']],
    ['If a player turns down a new deal, the selling club may cash in before the summer.', ['deal | (agreement) → drop: football\'s contracts at large']],
    ['A five-year contract protects the selling club, which can then ask a bigger fee from another club.', ['contract | (contract) → drop: football\'s contracts at large']],
    ['The club said the player signed a new deal until 2027.', ['a new deal | (agreement) → keep: determiner']],
    ['Liverpool offered the player a new contract worth £200,000 a week.', ['a new contract worth £200,000 | (contract) → keep: determiner']],
    ['The $8 million contract lawyers drafted for Lynas was signed in May.', ['The $8 million contract | (contract) → keep: value']],
    ['The contract engineers at Hatch negotiated with Albemarle covers the new kiln.', ['The contract | (contract) → keep: determiner']],
    ['Contract engineers at the plant walked out on Monday.', ['Contract | (contract) → drop: not a deal noun here']],
    ['Under the Accord signed with Honda, the union agreed to shorter shifts.', ['the Accord | (agreement) → keep: determiner']],
    ['The Accord between Honda and its union covers 20,000 workers.', ['The Accord between Honda and its union | (agreement) → keep: determiner']],
    ['The Accord\'s trunk is larger than any other Honda sedan\'s.', ['Accord | (agreement) → drop: not a deal noun here']],
    ['The agreement is typically described by Rio executives as its best contract.', ['The agreement | (agreement) → keep: determiner', 'its best contract | (contract) → keep: determiner']],
    ['The agreement is typically approved by the league and signed by both clubs.', ['agreement | (agreement) → drop: the usual kind']],
    ['The club\'s agreement with its supporters\' trust gives fans a say on ticket prices.', ['The club\'s agreement with its supporters\' trust | (agreement) → keep: possessive']],
  ]);
});

describe("(stop 43) real-text sweep, next round: a count of what a deal covers before its value or party, sides of any kind, a kind's other name (also known as), a habit after is or are; kept: a deal judged as a habit", () => {
  ruled([
    ['Maersk has signed time charter deals for four container ships worth $600 million with two Greek owners.', ['time charter deals for four container ships worth $600 million with two Greek owners | (agreement) → keep: value of them all']],
    ['The utility signed turbine contracts for another three with Vestas and Siemens Gamesa.', ['turbine contracts for another three with Vestas and Siemens Gamesa | (contract) → keep: party']],
    ['The miner signed separate agreements for two cargoes with affiliates of Trafigura.', ['separate agreements for two cargoes with affiliates | (agreement) → keep: specific plural']],
    ['Service contracts are binding agreements between a city and a private firm to collect waste.', ['contracts | (contract) → drop: no determiner, value or party', 'agreements | (agreement) → drop: no one in particular as partner']],
    ['compact, in political science, formal agreement between independent states or nations of people.', ['agreement | (agreement) → drop: no one in particular as partner']],
    ['Agreements between a state utility and a private miner were signed last week.', ['Agreements between a state utility and a private miner | (agreement) → keep: party']],
    ['A distribution agreement, also known as a distributorship, is a contract between a supplier and a reseller.', ['agreement | (agreement) → drop: a kind defined or in general', 'contract | (contract) → drop: a kind defined or in general']],
    ['A farm-out agreement, also known as a farm-in deal, is any arrangement in which one company earns a share of another\'s licence.', ['agreement | (agreement) → drop: a kind defined or in general', 'deal | (agreement) → drop: a kind defined or in general', 'arrangement | (partnership) → drop: any deal at all']],
    ['An offtake agreement, also known as an offtake contract, was signed by Liontown and Tesla in 2022.', ['An offtake agreement | (agreement) → keep: determiner', 'offtake contract | (contract) → drop: a kind defined or in general']],
    ['In practice, these agreements are usually built around a share of revenue.', ['agreements | (agreement) → drop: a kind defined or in general']],
    ['The PPA is usually legally binding once both sides have signed it.', ['PPA | (agreement) → drop: a kind defined or in general']],
    ['Those agreements are usually revised when demand slumps.', ['agreements | (agreement) → drop: a kind defined or in general']],
    ['The partnership is often described as the cornerstone of the alliance.', ['The partnership | (partnership) → keep: determiner']],
    ['The Tesla deal is usually described as Liontown\'s biggest.', ['The Tesla deal | (agreement) → keep: determiner']],
    ['The offtake agreement is usually priced off the lithium hydroxide index, a Pilbara spokesman said.', ['The offtake agreement | (agreement) → keep: determiner']],
  ]);
});

describe("(stop 43) real-text sweep, fourth round: 'grants' as the verb after a deal noun, 'the loan' or 'the financing' told of with a lender or a sum, the terms of a kind a document sets out, a school's parents and pupils as any deal's sides; at an edge: a contract developer titled before its name", () => {
  ruled([
    ['The accord grants Tau-Ken Samruk a 30% share of the tungsten output.', ['The accord | (agreement) → keep: determiner']],
    ['The deal grants Gecamines the right to market its own cobalt.', ['The deal | (agreement) → keep: determiner']],
    ['The pact grants them first refusal on any new licence.', ['The pact | (agreement) → keep: determiner']],
    ['Partnership grants are open to schools across Zambia.', ['Partnership grants | (money) → drop: money word without value, named party or transaction verb']],
    ['The loan will be repaid over twelve years, with the first $40 million due in March 2027.', ['The loan | (money) → keep: this loan or investment, with a name']],
    ['The loan is to come from Afreximbank and two Chinese banks.', ['The loan | (money) → keep: this loan or investment, with a name']],
    ['The financing will be provided by the Development Bank of Southern Africa.', ['The financing | (money) → keep: this loan or investment, with a name']],
    ['The loan must be repaid within 30 days of the due date.', ['loan | (money) → drop: money word without value, named party or transaction verb']],
    ['If you miss a payment, the loan may cost you $500 more.', ['loan | (money) → drop: money word without value, named party or transaction verb']],
    ['The financing is typically arranged by the project sponsor.', ['financing | (money) → drop: money word without value, named party or transaction verb']],
    ['A term sheet outlines the key terms and conditions of a joint venture deal.', ['term sheet | (contract) → drop: a kind in advice or explanation', 'joint venture deal | (agreement) → drop: a kind defined or in general']],
    ['The template sets out the terms of a licensing agreement between a brand and a manufacturer.', ['agreement | (agreement) → drop: a kind defined or in general']],
    ['The circular outlines the terms of an offtake agreement with Glencore.', ['an offtake agreement with Glencore | (agreement) → keep: determiner']],
    ['Rio Tinto agreed the terms of a deal with Codelco last week.', ['a deal with Codelco | (agreement) → keep: determiner']],
    ['Parents and carers are asked to sign the agreement before the start of term.', ['agreement | (agreement) → drop: a kind in advice or explanation']],
    ['The agreement sets out what the school, parents and pupils each promise to do.', ['agreement | (agreement) → drop: a kind in advice or explanation']],
    ['Freelancers and clients should read the contract before accepting any job.', ['contract | (contract) → drop: a kind in advice or explanation']],
    ['The contract developer Hatch drew up the plans under its contract with Zambia.', ['its contract with Zambia | (contract) → keep: determiner', 'contract | (contract) → drop: not a deal noun here']],
    ['The contract lawyers drafted gives Mercuria the right to buy the cobalt.', ['The contract | (contract) → keep: determiner']],
  ]);
});

describe("(stop 44) real-text sweep, round 5: a kind defined with sides of a kind (capitalised roles, an example aside, 'refers to'), a kind named by 'is called' after a relative clause or as a second name after 'or', a household's or a customer's contract told with a modal perfect or a PPA's initials, a seller's bundle deal, the requirements of a valid contract; at an edge: bundle deals with a partner, a modal perfect of one deal, a name given by 'which is called'", () => {
  ruled([
    ['A licensing deal is a binding contract between a Brand Owner and a Manufacturer.', ['deal | (agreement) → drop: a kind defined or in general', 'contract | (contract) → drop: a kind defined or in general']],
    ['An NDA is a legal agreement between a startup (say, Acme) and an investor.', ['agreement | (agreement) → drop: a kind defined or in general']],
    ['A management deal usually refers to an agreement between a band and a manager.', ['deal | (agreement) → drop: a kind defined or in general', 'agreement | (agreement) → drop: a kind defined or in general']],
    ['A tenancy may also be called a rental agreement or a contract.', ['agreement | (agreement) → drop: a kind defined or in general', 'contract | (contract) → drop: a kind defined or in general']],
    ['A contract which binds a worker to one firm is called an exclusive contract.', ['contract | (contract) → drop: a kind defined or in general', 'contract | (contract) → drop: a kind defined or in general']],
    ['Indeed, your lawyer may have already checked the contract for you.', ['contract | (contract) → drop: a kind in advice or explanation']],
    ['At the end of the PPA term, the customer may be able to renew the PPA.', ['PPA | (agreement) → drop: not a deal noun here', 'PPA | (agreement) → drop: a kind in advice or explanation']],
    ['Think of it as a bundle deal sold by airlines and hotels.', ['deal | (agreement) → drop: a shop\'s offer']],
    ['A will must meet the requirements of a valid contract to be upheld.', ['contract | (contract) → drop: a kind defined or in general']],
    ['Apple struck a bundle deal with Paramount to sell streaming together.', ['a bundle deal with Paramount | (agreement) → keep: determiner']],
    ['The deal may have already been signed by Glencore and Vale last month.', ['The deal | (agreement) → keep: determiner']],
    ['Microsoft agreed a $68.7 billion deal to acquire Activision, which is called the largest gaming takeover ever.', ['a $68.7 billion deal | (agreement) → keep: value', 'the largest gaming takeover | (contract) → keep: determiner']],
    ['The customer may cancel the contract with BHP within 30 days, the court ruled.', ['the contract with BHP | (contract) → keep: determiner']],
    ['The agreement, which is called the Minerals Security Pact, was signed by the US and Japan in March.', ['The agreement | (agreement) → keep: determiner', 'the Minerals Security Pact | (agreement) → keep: determiner']],
  ]);
});

describe("(stop 44) real-text sweep, round 6: a bridge column's contract or deal (a word only bridge has, a contract written as 3NT, a seat that makes it), a value then \"worth of\" before a loan, an amount in words; at an edge: a declarer of something else, a seat's name as a place or a subject with a named party, numbers in words without a currency", () => {
  ruled([
    ['Declarer took nine tricks and made the contract with an overtrick.', ['contract | (contract) → drop: a card game\'s']],
    ['Partner opened 1NT and we landed in 4NT, but the deal was a poor one for us.', ['deal | (agreement) → drop: a card game\'s']],
    ['However, North made the contract after a careful count of the hand.', ['contract | (contract) → drop: a card game\'s']],
    ['On this deal declarer needed two undertricks fewer to beat the field.', ['deal | (agreement) → drop: a card game\'s']],
    ['The Asian Development Bank approved fifty million US dollars worth of loans for the rail line.', ['fifty million US dollars worth of loans | (money) → keep: value']],
    ['Japan extended $300 million worth of loans to the Philippine government.', ['$300 million worth of loans | (money) → keep: value']],
    ['The declarer of the dividend signed a merger agreement with Rio Tinto in May.', ['a merger agreement with Rio Tinto | (agreement) → keep: determiner']],
    ['East Timor made the deal with Australia over the Greater Sunrise fields in 2018.', ['the deal with Australia | (agreement) → keep: determiner']],
    ['South signed the contract with Ford after the audit.', ['the contract with Ford | (contract) → keep: determiner']],
    ['The bank approved two hundred new loans last year.', ['loans | (money) → drop: money word without value, named party or transaction verb']],
    ['The buyer moved fifty million tonnes of ore under the deal with Vale.', ['the deal with Vale | (agreement) → keep: determiner']],
  ]);
});

describe('(stop 44, review) what refers to an agreement defines a kind only when it is a kind itself', () => {
  ruled([
    ['A spokesman refers to an agreement signed last year.', ['an agreement | (agreement) → keep: determiner']],
  ]);
});

describe("(stop 44) real-text sweep, round 7: a takeover bid or offer with its price or a named bidder or target, a collective bargaining agreement by its initials told by its age or its bargaining, an IMF staff-level agreement reached; at an edge: a takeover bid of the kind, a bank's, a league's or an analysis's CBA, staff-level agreements in general", () => {
  ruled([
    ['The miner rejected a takeover offer from Northern Star Resources on Monday.', ['a takeover offer from Northern Star Resources | (contract) → keep: determiner']],
    ['Pilbara launched a A$900-million takeover bid for Altura last week.', ['a A$900-million takeover bid | (contract) → keep: value']],
    ['Woodside made a takeover offer of $12 billion for Santos in March.', ['a takeover offer of $12 billion | (contract) → keep: determiner']],
    ['Its board turned down a $2 billion takeover bid by South32.', ['a $2 billion takeover bid | (contract) → keep: value']],
    ['A hostile takeover bid is an attempt to buy a company over the wishes of its board.', ['takeover | (contract) → drop: not a deal noun here']],
    ['The board said it would weigh any takeover offer that reflected fair value.', ['takeover | (contract) → drop: not a deal noun here']],
    ['The new CBA runs through the 2030 season unless either side opts out.', ['The new CBA | (agreement) → keep: determiner']],
    ['The old CBA expired in June, and the league locked the players out.', ['The old CBA | (agreement) → keep: determiner']],
    ['Under the 2017 CBA, rookies signed four-year deals.', ['the 2017 CBA | (agreement) → keep: determiner', 'deals | (agreement) → drop: no determiner, value or party']],
    ['The CBA\'s chief executive said mortgage growth had slowed.', ['CBA | (agreement) → drop: initials not told as a bargaining agreement']],
    ['He spent three seasons in the CBA before returning to Europe.', ['CBA | (agreement) → drop: initials not told as a bargaining agreement']],
    ['The council ran a CBA before approving the new bridge.', ['CBA | (agreement) → drop: initials not told as a bargaining agreement']],
    ['Kenya and the IMF have reached staff-level agreement on the fourth review of its programme.', ['staff-level agreement | (agreement) → keep: staff-level agreement reached', 'programme | (money) → drop: a programme with no lender']],
    ['Zambia reached staff-level agreements with the Fund on two reviews.', ['staff-level agreements with the Fund | (agreement) → keep: party']],
    ['Staff-level agreements are usually followed by board approval within weeks.', ['agreements | (agreement) → drop: no determiner, value or party']],
  ]);
});

describe("(stop 44) real-text sweep, round 8: a percentage's interest in an asset as a stake, a cash or hostile bid with its price or a named party, an IMF Extended Fund Facility by its value or length, a final investment decision, a bid not launched or not intended; at an edge: interest on savings or in a first year, an interest still to be earned or free-carried, cash bids for grain, the facility of the kind", () => {
  ruled([
    ['The junior agreed to sell a 40% interest in the Kenbridge nickel project to Sumitomo.', ['a 40% interest in the Kenbridge nickel project | (stake) → keep: value']],
    ['Teck holds a 22.5 per cent interest in the Antamina copper mine.', ['a 22.5 per cent interest in the Antamina copper mine | (stake) → keep: value']],
    ['Its 12% joint-venture interest in the Mutanda mine was written down.', ['Its 12% joint-venture interest in the Mutanda mine | (stake) → keep: value']],
    ['Borrowers pay 7% interest in the first year of the loan.', ['loan | (money) → drop: money word without value, named party or transaction verb']],
    ['Savers can earn 4.5% interest on a fixed-term account.', []],
    ['Demand showed a 30% jump in interest in silver coins.', []],
    ['The board accepted a 320p-a-share cash bid from Apollo on Friday.', ['a 320p-a-share cash bid from Apollo | (contract) → keep: determiner']],
    ['Shareholders backed KKR\'s 6 billion pound hostile bid for the insurer.', ['KKR\'s 6 billion pound hostile bid | (contract) → keep: value']],
    ['Local cash bids for corn slipped two cents on Tuesday.', []],
    ['Hostile bids are rare in the Japanese market.', []],
    ['Ghana and the IMF agreed a 36-month Extended Fund Facility of $3 billion.', ['a 36-month Extended Fund Facility of $3 billion | (money) → keep: value']],
    ['Zambia\'s $1.3 billion Extended Fund Facility was approved in August.', ['Zambia\'s $1.3 billion Extended Fund Facility | (money) → keep: value']],
    ['The Extended Fund Facility lends to countries with long-term balance of payments problems.', ['Facility | (money) → drop: a facility that is no loan']],
    ['The partners announced a final investment decision on the lithium refinery.', ['investment | (money) → drop: a money word modifying the noun after it']],
    ['Glencore said it would not launch a takeover bid for Teck.', ['takeover | (contract) → drop: negated']],
    ['Barrick said it does not intend to make a takeover offer for Newmont.', ['takeover | (contract) → drop: negated']],
    ['The cash bid for wheat at Kansas elevators rose five cents.', []],
    ['The partner can earn a 60% interest in the Copper Hill project by funding drilling.', ['funding | (money) → drop: money word without value, named party or transaction verb']],
    ['The state holds a 15% free-carried interest in the gold mine.', []],
  ]);
});

describe("(stop 45) real-text sweep, round 9: a takeover offer raised or revised or a named bidder's own, a bare plural of agreements or contracts signed at a time told or for a count of loans; at an edge: any bidder's offer, a revised offer in a sentence naming no party, a clause's or a person's signing, agreements signed with no time", () => {
  ruled([
    ['Vale said it would raise its takeover offer for the nickel producer.', ['its takeover offer | (contract) → keep: determiner']],
    ['The board of Santos said it would back an improved takeover offer.', ['an improved takeover offer | (contract) → keep: determiner']],
    ['Shareholders weighed the revised takeover offer that Glencore tabled in May.', ['the revised takeover offer | (contract) → keep: determiner']],
    ['Any bidder can withdraw its takeover offer before the deadline.', ['takeover | (contract) → drop: not a deal noun here']],
    ['Investors hoped a revised takeover offer would emerge, but none came.', ['takeover | (contract) → drop: not a deal noun here']],
    ['The Reserve Bank raised its interest rate to 4 per cent.', []],
    ['Ghana signed power-purchase agreements in March for three solar farms.', ['power-purchase agreements | (agreement) → keep: a set signed then']],
    ['The treasury has signed agreements for three loans to rebuild its ports.', ['agreements | (agreement) → keep: a set signed then', 'loans | (money) → drop: money word without value, named party or transaction verb']],
    ['The utility signed supply contracts on Tuesday with two local firms.', ['supply contracts | (contract) → keep: a set signed then']],
    ['Countries that signed trade agreements in the 1990s grew faster.', ['agreements | (agreement) → drop: no determiner, value or party']],
    ['Nations which have signed agreements in 2015 must report their emissions.', ['agreements | (agreement) → drop: no determiner, value or party']],
    ['He signed contracts in April for a new kitchen and a new roof.', ['contracts | (contract) → drop: no determiner, value or party']],
    ['The two nations signed agreements on trade and health.', ['agreements | (agreement) → drop: no determiner, value or party']],
  ]);
});

describe("(stop 45) real-text sweep, round 10: a contract word before the price of a bare thing or an ordinal's period, a stake a subject does not plan to take or is not seeking, loans counted after a named lender's offered or approved, a loan told as prior or pointed at before until; at an edge: one deal's own price or period, the offtake contract with a period after it, the contract as verb of prices, a stake taken, a plural opening a habit, a reader's previous loan, that opening a clause", () => {
  ruled([
    ['Halvorsen Metals said the contract price of cobalt hydroxide fell 4% in May.', ['contract | (contract) → drop: a deal word modifying price or period']],
    ['The contract price of the offtake was not disclosed, Kestrel Nickel said.', ['The contract | (contract) → keep: determiner', 'the offtake | (contract) → keep: determiner']],
    ['The first contract period runs to June 2027 under a floor price agreed with Orion Steel.', ['contract | (contract) → drop: a deal word modifying price or period']],
    ['The contract period ends in March, when Brightwater Mining may renegotiate.', ['The contract | (contract) → keep: determiner']],
    ['The offtake contract with Orion Steel runs for a five-year period from 2027.', ['The offtake contract with Orion Steel | (contract) → keep: determiner']],
    ['The contract prices the concentrate at a discount to the index.', ['The contract | (contract) → keep: determiner']],
    ['Marlow Resources does not plan to take a direct equity stake in the Tarrant copper project.', ['stake | (stake) → drop: negated']],
    ['Pell Mining is not currently seeking an equity stake in the venture.', ['the venture | (venture) → keep: determiner', 'stake | (stake) → drop: negated']],
    ['Marlow Resources took a 20% stake in the Tarrant copper project last year.', ['a 20% stake in the Tarrant copper project | (stake) → keep: value']],
    ['The Nordic Investment Bank has offered two loans worth a total of $90 million to two smelters.', ['two loans worth a total of $90 million | (money) → keep: counted and issued', 'Investment | (money) → drop: not a deal noun here']],
    ['The Nordic Investment Bank has approved three loans for smelters in Finland.', ['three loans | (money) → keep: counted and issued', 'Investment | (money) → drop: not a deal noun here']],
    ['Banks often offered two loans to buyers who wanted them.', ['loans | (money) → drop: money word without value, named party or transaction verb']],
    ['Lynas and Sojitz agreed to waive interest due under a prior loan.', ['a prior loan | (money) → keep: a loan made before']],
    ['If you refinance a previous loan, fees may apply.', ['loan | (money) → drop: money word without value, named party or transaction verb']],
    ['Ferrox deferred the interest due on that loan until March, the bank said.', ['that loan | (money) → keep: this loan or investment, with a name']],
    ['Data showed that loan growth slowed in Norway.', ['loan | (money) → drop: money word without value, named party or transaction verb']],
  ]);
});

describe('(stop 45) review: a takeover offer raised, or a set signed, needs a party named, not a month, a people or an opening word', () => {
  ruled([
    ['Under Australian law, a bidder may not lower its takeover offer.', ['takeover | (contract) → drop: not a deal noun here']],
    ['Generally, shareholders prefer a revised takeover offer to a first one.', ['takeover | (contract) → drop: not a deal noun here']],
    ['In May, a bidder may raise its takeover offer.', ['takeover | (contract) → drop: not a deal noun here']],
    ['Exxaro will boost its takeover offer for the miner.', ['its takeover offer | (contract) → keep: determiner']],
    ['Firms that have already signed supply contracts in April must report them.', ['contracts | (contract) → drop: no determiner, value or party']],
    ['Workers often signed contracts in May, then left.', ['contracts | (contract) → drop: no determiner, value or party']],
    ['Many households signed contracts this year for solar panels.', ['contracts | (contract) → drop: no determiner, value or party']],
    ['The chain signed contracts in 2000 stores.', ['contracts | (contract) → drop: no determiner, value or party']],
    ['Eskom signed long-delayed power-purchase agreements in April.', ['long-delayed power-purchase agreements | (agreement) → keep: a set signed then']],
  ]);
});

describe('(stop 45) a bare offer in a sentence of a takeover (the largest kind missed by round 10); not a job, a shop, help, a rights issue, the verb, or any bidder\'s', () => {
  ruled([
    ['Northwind raised its cash offer to 45p a share on Monday.', ['its cash offer | (contract) → keep: determiner']],
    ['The sweetened offer values Redhill at A$1.2 billion.', ['The sweetened offer | (contract) → keep: determiner']],
    ['The board rejected a 30p-per-share offer from a rival miner.', ['a 30p-per-share offer from a rival miner | (contract) → keep: determiner']],
    ['Analysts said the offer by Castor undervalued the gold producer.', ['the offer | (contract) → keep: determiner']],
    ['The latest offer, at 52 cents a share, is the third from the bidder.', ['The latest offer | (contract) → keep: determiner']],
    ['She turned down a job offer from a mining company in Perth.', []],
    ['The store has a special offer on laptops until Friday.', []],
    ['The offer of help was welcomed by the villagers.', ['offer | (contract) → drop: an offer in no sentence of a takeover']],
    ['The bank offers loans to farmers who grow cocoa.', ['loans | (money) → drop: money word without value, named party or transaction verb']],
    ['Acme will offer 40p a share for the explorer.', []],
    ['The company launched a rights offer at 10p a share.', []],
    ['Any bidder can withdraw its takeover offer before the deadline.', ['takeover | (contract) → drop: not a deal noun here']],
    ['The offer is open to new customers until June.', ['offer | (contract) → drop: an offer in no sentence of a takeover']],
    // In a title's capitals too: a job board's link, and a headline's revised offer.
    ['Latest Job Offers From Acme Mining', []],
    ['The Revised Offer Values Redhill At A$1.2 Billion', ['The Revised Offer | (contract) → keep: determiner']],
  ]);
});

describe('(stop 45) real-text sweep, round 11: a tranche pointed back, a football contract pointed back, a plural pointed back', () => {
  ruled([
    ['As the ministry said, this fresh loan became the third loan approved by Afreximbank for Malawi.', ['this fresh loan | (money) → keep: this loan or investment, with a name', 'the third loan | (money) → keep: ordinal']],
    ['This additional investment in Pell Mining lifts Marlow\'s holding to 14%.', ['This additional investment | (money) → keep: this loan or investment, with a name']],
    ['This fresh investment is good news for the economy.', ['investment | (money) → drop: money word without value, named party or transaction verb']],
    ['Britain will spend £2 billion on schools, and this additional investment will create jobs.', ['investment | (money) → drop: money word without value, named party or transaction verb']],
    ['This new contract is a fair reward for his goals since he joined his new club.', ['This new contract | (contract) → keep: determiner']],
    ['The contract extension is a sign of the club\'s faith in the young striker.', ['The contract extension | (contract) → keep: determiner']],
    ['This contract is how a club protects itself when a player wants to leave.', ['contract | (contract) → drop: football\'s contracts at large']],
    ['The contract extension is a common tool a club can use to protect a player\'s value.', ['contract extension | (contract) → drop: football\'s contracts at large']],
    ['These partnerships follow Ferrox\'s deal with Orion Steel for nickel matte.', ['These partnerships | (partnership) → keep: determiner', 'Ferrox\'s deal with Orion Steel | (agreement) → keep: possessive']],
    ['Under the partnerships, both Ferrox and Orion Steel will fund a refinery.', ['the partnerships | (partnership) → keep: determiner']],
    ['These contracts are common among buyers in Asia, according to Wood Mackenzie.', ['contracts | (contract) → drop: generic plural']],
    ['These partnerships help small firms grow.', ['partnerships | (partnership) → drop: generic plural']],
    ['Under the partnerships, schools share teachers.', ['partnerships | (partnership) → drop: generic plural']],
  ]);
});
