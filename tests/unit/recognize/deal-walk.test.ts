/**
 * How far a deal phrase runs from its head noun (lib/recognize/deals/walk.ts), and the last checks
 * that drop a specific-looking phrase (not-deals.ts), on sentences written
 * for these tests (none from the gold sets): left over determiners, possessives, values, quoted
 * names and joined modifiers; right over the complements that name a party, an asset or a value.
 * Each row is every deal word of the sentence as the reader meets it: the span kept (with the
 * rule's reason, the value and the names read as parties) or the word dropped and why.
 */
import { describe, expect, it } from 'vitest';
import { makeRecognizer } from '../../../scripts/lib/recognizer.ts';

// The rules alone: the learned filter's last word on a kept phrase is tested in deal-filter.test.ts.
const recognize = makeRecognizer(true, { dealFilter: false });

function reading(text: string): string[] {
  const r = recognize(text, { debug: true });
  const kept = r.mentions
    .filter((m) => m.type === 'deal')
    .map((m) => {
      const parts = [m.surface, (m.why ?? '').replace('deal word ', '')];
      const v = m.deal?.value;
      if (v) parts.push(`value ${v.text} = ${v.amount} ${v.currency}`);
      if (m.deal?.organisations) parts.push(`named ${m.deal.organisations.join(', ')}`);
      return parts.join(' | ');
    });
  const dropped = (r.dropped ?? []).filter((d) => d.type === 'deal').map((d) => `${d.surface} | ${d.why.replace('deal word ', '')}`);
  return [...kept, ...dropped];
}
const read = (rows: [string, string[]][]) => it.each(rows)('%s', (text, expected) => expect(reading(text)).toEqual(expected));

describe('walking left: abbreviations and quoted names', () => {
  read([
    // A dot glued to the word before it belongs to that word ("U.S."), not the sentence.
    ['The EU-U.S. trade deal took years.', ['The EU-U.S. trade deal | (agreement) → keep: determiner']],
    ['Vale signed the “phase one” supply deal with Tokyo.', ['the “phase one” supply deal with Tokyo | (agreement) → keep: determiner']],
    // Punctuation marks and words with a quote glued on close a quoted name; what is inside is read as modifiers ("a ‘good’ deal" is talk about deals in general).
    ['Critics called it a “good” deal.', ['deal | (agreement) → drop: a deal in general']],
    ['Critics called it a ‘good’ deal.', ['deal | (agreement) → drop: a deal in general']],
    ["Critics called it a 'fair' deal.", ['deal | (agreement) → drop: a deal in general']],
    // A lone hyphen inside the quotation does not end it.
    ['Vale signed the “lithium - cobalt” offtake deal.', ['the “lithium - cobalt” offtake deal | (agreement) → keep: determiner']],
    // Five words inside the quotes are still a name; six are not, and the phrase starts after the closing mark.
    ['Both sides signed the “rare earths for tariff relief” deal with Kyiv.', ['the “rare earths for tariff relief” deal with Kyiv | (agreement) → keep: determiner']],
    ['Both sides signed the “minerals in return for tariff relief” deal with Kyiv.', ['deal with Kyiv | (agreement) → keep: party']],
  ]);
});

describe('walking left: determiners, possessives and quantities', () => {
  read([
    ['Vale signed yet another supply deal with Tokyo.', ['yet another supply deal with Tokyo | (agreement) → keep: determiner']],
    ['Vale signed such a supply deal with Tokyo.', ['such a supply deal with Tokyo | (agreement) → keep: determiner']],
    ['The firm said its supply deal with Tokyo was renewed.', ['its supply deal with Tokyo | (agreement) → keep: determiner']],
    ['Its deal with Tokyo was renewed.', ['Its deal with Tokyo | (agreement) → keep: determiner']],
    // "It's" is a pronoun and a verb, not a possessor.
    ["It's a deal with Tokyo.", ['a deal with Tokyo | (agreement) → keep: determiner']],
    ["The miner's $10bn takeover of Allkem closed.", ["The miner's $10bn takeover of Allkem | (contract) → keep: value | value $10bn = 10000000000 USD"]],
    ["Rio Tinto's takeover of Arcadium closed.", ["Rio Tinto's takeover of Arcadium | (contract) → keep: possessive"]],
    ["Lynas' supply deal with Tokyo was renewed.", ["Lynas' supply deal with Tokyo | (agreement) → keep: possessive"]],
    ['Glencore struck a set of supply deals with Tokyo.', ['a set of supply deals with Tokyo | (agreement) → keep: determiner']],
    ['Glencore struck a pair of supply deals with Tokyo.', ['a pair of supply deals with Tokyo | (agreement) → keep: determiner']],
    ['The miner signed a raft of offtake deals.', ['a raft of offtake deals | (agreement) → keep: determiner']],
  ]);
});

describe('walking left: values and numbers', () => {
  read([
    ['The council took a $500,000 loan from the bank.', ['a $500,000 loan from the bank | (money) → keep: value | value $500,000 = 500000 USD']],
    ['Glencore signed a 10-year supply deal with Tokyo.', ['a 10-year supply deal with Tokyo | (agreement) → keep: determiner']],
    ['Vale buys 10% stake in Lynas.', ['10% stake in Lynas | (stake) → keep: value']],
    ['Vale took a 10% stake in Lynas.', ['a 10% stake in Lynas | (stake) → keep: value']],
    ['Vale announced a 15 per cent stake in Lynas.', ['a 15 per cent stake in Lynas | (stake) → keep: value']],
    ['Vale holds a 15 percent stake in Lynas.', ['a 15 percent stake in Lynas | (stake) → keep: value']],
    ['Vale signed a US$2 billion supply deal with Tokyo.', ['a US$2 billion supply deal with Tokyo | (agreement) → keep: value | value US$2 billion = 2000000000 USD']],
  ]);
});

describe('walking left: conjunctions and capitalised names', () => {
  read([
    ['The miner signed an equal and fair deal with Tokyo.', ['an equal and fair deal with Tokyo | (agreement) → keep: determiner']],
    ['The miner signed a long or short deal with Tokyo.', ['a long or short deal with Tokyo | (agreement) → keep: determiner']],
    ['The miner signed a copper and cobalt deal with Zambia.', ['a copper and cobalt deal with Zambia | (agreement) → keep: determiner']],
    ['The miner signed a copper deal and cobalt deal with Zambia.', ['a copper deal | (agreement) → keep: determiner', 'cobalt deal with Zambia | (agreement) → keep: party']],
    // "And" opening the sentence ends the phrase, whatever follows it.
    ['And cobalt supply deals with Tokyo ended in May.', ['cobalt supply deals with Tokyo | (agreement) → keep: party']],
    ['And Pacific Trade Pact members met.', ['Pact | (agreement) → drop: no determiner, value or party']],
    ['They offered us better deals.', ['deals | (agreement) → drop: no determiner, value or party']],
  ]);
});

describe('walking right: parentheses and punctuation inside a party', () => {
  read([
    ['Lynas signed a deal with Vale; talks (held in Perth) took weeks.', ['a deal with Vale | (agreement) → keep: determiner | named Vale']],
    // An aside in brackets of up to 13 tokens is part of the party; a longer one is not.
    ['Lynas signed a deal with Vale (a miner that sells iron ore to steel mills in China) on Friday.', ['a deal with Vale (a miner that sells iron ore to steel mills in China) | (agreement) → keep: determiner | named Vale']],
    ['Lynas signed a deal with Vale (a miner that sells iron ore to steel mills in China and Japan) on Friday.', ['a deal with Vale | (agreement) → keep: determiner | named Vale']],
    ['Lynas signed a deal with Marubeni & Sojitz on Friday.', ['a deal with Marubeni & Sojitz | (agreement) → keep: determiner | named Marubeni, Sojitz']],
    ['Lynas signed a deal with Rio Tinto / BHP on Friday.', ['a deal with Rio Tinto / BHP | (agreement) → keep: determiner | named Rio Tinto, BHP']],
  ]);
});

describe('walking right: a plural verb after a country ends the party', () => {
  read([
    ['The agreements with Namibia cover uranium.', ['The agreements with Namibia | (agreement) → keep: determiner']],
    ['The agreement with Namibia covers uranium.', ['The agreement with Namibia | (agreement) → keep: determiner']],
    ['The agreements with Rio Tinto cover bauxite.', ['The agreements with Rio Tinto | (agreement) → keep: determiner | named Rio Tinto']],
    // Capitalised, the word is part of the name; after a common noun, the walk reads on as before.
    ['The agreements with Orano Start Group lapsed.', ['The agreements with Orano Start Group | (agreement) → keep: determiner | named Orano Start Group']],
  ]);
});

describe('walking right: appositions after "with"', () => {
  read([
    // A headline with no final stop: the apposition runs to the end of the text.
    ['Lynas signs deal with Vale, the Brazilian miner', ['deal with Vale, the Brazilian miner | (agreement) → keep: party | named Vale']],
    ['Lynas signed a deal with Vale, the miner', ['a deal with Vale, the miner | (agreement) → keep: determiner | named Vale']],
    // After a country, ", the biggest producer" starts a new thought.
    ['Peru signed a supply deal with Chile, the biggest copper producer, on Monday.', ['a supply deal with Chile | (agreement) → keep: determiner']],
    ['Lynas signed a supply deal with Codelco, the biggest copper producer in the world, on Monday.', ['a supply deal with Codelco, the biggest copper producer in the world | (agreement) → keep: determiner | named Codelco']],
    ['Lynas signed a supply deal with Maaden, the state mining company of Saudi Arabia, on Monday.', ['a supply deal with Maaden, the state mining company of Saudi Arabia | (agreement) → keep: determiner | named Maaden']],
    ['Lynas signed a deal with Vale, which mines iron ore.', ['a deal with Vale | (agreement) → keep: determiner | named Vale']],
    ['Lynas signed a deal with Vale, a significant step for the firm.', ['a deal with Vale | (agreement) → keep: determiner | named Vale']],
    // Only "with" takes an apposition.
    ['Zambia took a loan from Afreximbank, the trade bank, in May.', ['a loan from Afreximbank | (money) → keep: named party | named Afreximbank']],
    ["Rio Tinto's takeover of Arcadium, the lithium miner, closed.", ["Rio Tinto's takeover of Arcadium | (contract) → keep: possessive"]],
    ['Vale took a 10% stake in Lynas, the rare earths miner, on Friday.', ['a 10% stake in Lynas | (stake) → keep: value']],
  ]);
});

describe('walking right: "of" inside a name', () => {
  read([
    ['Zambia signed a loan with the government of Japan.', ['a loan with the government of Japan | (money) → keep: named party']],
    ['Zambia signed a loan with the central bank of the Philippines.', ['a loan with the central bank of the Philippines | (money) → keep: named party']],
    ['Zambia signed a loan with the bank of China.', ['a loan with the bank of China | (money) → keep: named party']],
    ['Zambia signed a loan with Bank of China.', ['a loan with Bank of China | (money) → keep: named party | named Bank of China']],
  ]);
});

describe('walking right: values after the head', () => {
  read([
    // A comma is followed by a value only after "worth" or "valued at".
    ['Under the deal, Lynas pays $40 million upfront.', ['the deal | (agreement) → keep: determiner']],
    ['The deal, worth up to $2 billion, runs to 2035.', ['The deal, worth up to $2 billion | (agreement) → keep: determiner | value $2 billion = 2000000000 USD']],
    ['Lynas signed a supply deal worth about $2 billion with Tokyo.', ['a supply deal worth about $2 billion with Tokyo | (agreement) → keep: determiner | value $2 billion = 2000000000 USD | named Tokyo']],
    ['Lynas signed a supply deal valued at nearly $2 billion with Tokyo.', ['a supply deal valued at nearly $2 billion with Tokyo | (agreement) → keep: determiner | value $2 billion = 2000000000 USD | named Tokyo']],
    ['Lynas signed a supply deal worth up to $2 billion with Tokyo.', ['a supply deal worth up to $2 billion with Tokyo | (agreement) → keep: determiner | value $2 billion = 2000000000 USD | named Tokyo']],
    ['Zambia agreed a loan of about $3 billion from Japan.', ['a loan of about $3 billion from Japan | (money) → keep: value | value $3 billion = 3000000000 USD']],
    ['Zambia agreed a loan of $3 billion of financing from Japan.', ['a loan of $3 billion of financing from Japan | (money) → keep: value | value $3 billion = 3000000000 USD']],
    ['Zambia agreed a loan of $3 billion of credit from Japan.', ['a loan of $3 billion of credit from Japan | (money) → keep: value | value $3 billion = 3000000000 USD']],
    ['Zambia agreed a loan of $3 billion of loans from Japan.', ['a loan of $3 billion of loans from Japan | (money) → keep: value | value $3 billion = 3000000000 USD']],
    ['Zambia agreed a loan of $3 billion for funding of roads.', ['a loan of $3 billion | (money) → keep: value | value $3 billion = 3000000000 USD', 'funding | (money) → drop: money word without value, named party or transaction verb']],
    // "package" is a money word only as a financing package; here it counts loans.
    ['Zambia won a package of $3 billion of loans from Japan.', ['$3 billion of loans from Japan | (money) → keep: value | value $3 billion = 3000000000 USD', 'package | (money) → drop: a package of no financing']],
    ['Lynas won a contract for $2 billion.', ['a contract for $2 billion | (contract) → keep: determiner | value $2 billion = 2000000000 USD']],
    ['Zambia took a loan for $50 million.', ['a loan for $50 million | (money) → keep: value | value $50 million = 50000000 USD']],
    ['Lynas won a contract for $2 billion of financing from Tokyo.', ['a contract for $2 billion of financing from Tokyo | (contract) → keep: determiner | value $2 billion = 2000000000 USD | named Tokyo']],
    ['Lynas won a contract for $2 billion of funding from Tokyo.', ['a contract for $2 billion of funding from Tokyo | (contract) → keep: determiner | value $2 billion = 2000000000 USD | named Tokyo']],
    // A price per share is not the deal's value: only contracts and money take a value after "for".
    ['Shareholders backed the merger agreement for $5 a share.', ['the merger agreement | (agreement) → keep: determiner']],
  ]);
});

describe('walking right: "of intent", "from", "for" and "in"', () => {
  read([
    ['Vale signed a letter of intent with Lynas.', ['a letter of intent with Lynas | (contract) → keep: determiner | named Lynas']],
    ['Vale signed a contract of intent with Lynas.', ['a contract of intent with Lynas | (contract) → keep: determiner | named Lynas']],
    ['Analysts flagged a deal of interest to investors.', ['a deal | (agreement) → keep: determiner']],
    ['Lynas won a contract from the Pentagon.', ['a contract from the Pentagon | (contract) → keep: determiner | named Pentagon']],
    ['The miner signed a supply deal from its Perth office.', ['a supply deal | (agreement) → keep: determiner']],
    ["Zambia took a loan for Kafue's railway.", ["a loan for Kafue's railway | (money) → keep: named party | named Kafue"]],
    ["Vale signed a deal for Zambia's copper.", ['a deal | (agreement) → keep: determiner']],
    ["Vale signed a deal on Zambia's copper.", ['a deal | (agreement) → keep: determiner']],
    ['Zambia took a $300 million loan in yen.', ['a $300 million loan in yen | (money) → keep: value | value $300 million = 300000000 USD']],
  ]);
});

describe('walking right: lists of parties after "between"', () => {
  read([
    ['India set up a venture between NALCO, HCL and MECL to buy lithium abroad.', ['a venture between NALCO, HCL and MECL | (venture) → keep: determiner | named NALCO, HCL, MECL']],
    ['India set up a venture between NALCO, HCL, and MECL to buy lithium abroad.', ['a venture between NALCO, HCL, and MECL | (venture) → keep: determiner | named NALCO, HCL, MECL']],
    ['India set up a venture between NALCO, HCL, MECL and NMDC to buy lithium abroad.', ['a venture between NALCO, HCL, MECL and NMDC | (venture) → keep: determiner | named NALCO, HCL, MECL, NMDC']],
    ['India set up a venture between NALCO (aluminium), HCL (copper) and MECL (exploration) to buy lithium abroad.', ['a venture between NALCO (aluminium), HCL (copper) and MECL (exploration) | (venture) → keep: determiner | named NALCO, HCL, MECL']],
    ['Vale formed a partnership between Lynas and two Japanese trading houses.', ['a partnership between Lynas and two Japanese trading houses | (partnership) → keep: determiner | named Lynas']],
    ['The venture between Vale and Lynas, The Times reported, will mine nickel.', ['The venture between Vale and Lynas | (venture) → keep: determiner | named Vale, Lynas']],
    // A comma after the parties opens an aside, not another party (this was read as a party: "Iluka's chief").
    ["The partnership between Vale and Lynas, Iluka's chief said, is over.", ['The partnership between Vale and Lynas | (partnership) → keep: determiner | named Vale, Lynas']],
  ]);
});

describe('walking right: the borrower after "to"', () => {
  read([
    ['China grants loan to Laos', ['loan to Laos | (money) → keep: named party']],
    // "grants" before another deal word is the verb that gives it, not the first noun of a compound.
    ['Japan extended a $500 million loan to Lynas Rare Earths.', ['a $500 million loan to Lynas Rare Earths | (money) → keep: value | value $500 million = 500000000 USD | named Lynas Rare Earths']],
    ['Zambia took a $100 million loan to ZESA.', ['a $100 million loan to ZESA | (money) → keep: value | value $100 million = 100000000 USD | named ZESA']],
    ['Zambia took a $100 million loan to Afreximbank.', ['a $100 million loan to Afreximbank | (money) → keep: value | value $100 million = 100000000 USD | named Afreximbank']],
    ["Zambia took a $2 billion loan to ZCCM's copper mine.", ["a $2 billion loan to ZCCM's copper mine | (money) → keep: value | value $2 billion = 2000000000 USD | named ZCCM"]],
    // The borrower's name follows "to" directly; "to the Philippines" is left out of the phrase.
    ['Tokyo extended a $2 billion loan to the Philippines.', ['a $2 billion loan | (money) → keep: value | value $2 billion = 2000000000 USD']],
  ]);
});


describe('more of the left walk', () => {
  read([
    // A run of capitalised words before a possessive is the possessor's name; a capitalised stop word is not part of it.
    ["In Lynas Rare Earths' offtake deal with Tokyo, prices are fixed.", ["Lynas Rare Earths' offtake deal with Tokyo | (agreement) → keep: possessive"]],
    ["Analysts praised Lynas Rare Earths' offtake deal with Tokyo.", ["Lynas Rare Earths' offtake deal with Tokyo | (agreement) → keep: possessive"]],
    // A name ending in "it's" is still a possessor.
    ["The miners praised Summit's offtake deal with Tokyo.", ["Summit's offtake deal with Tokyo | (agreement) → keep: possessive"]],
    // "Raft of" opening the text has no determiner to take.
    ['Raft of supply deals signed in Tokyo', ['deals | (agreement) → drop: no determiner, value or party']],
    // A deal noun inside the quotation: the quote does not hide the determiner.
    ['Officials called it “a great deal” for both sides.', ['deal | (agreement) → drop: a deal in general']],
    // A verb in -s with "is" inside it still ends the phrase.
    ['The ministry lists supply deals with Tokyo.', ['supply deals with Tokyo | (agreement) → keep: party']],
    // "of" is part of a capitalised name only between capitalised words.
    ['The leaders of Pacific Minerals Pact states met.', ['Pact | (agreement) → drop: no determiner, value or party']],
    // A conjunction with no determiner further left: the phrase starts after it.
    ['The miner signed equal and fair deals with Tokyo.', ['fair deals with Tokyo | (agreement) → keep: party']],
    // Left of the conjunction only modifiers lead to the determiner (this read "The talks stalled and supply deals with Tokyo").
    ['The talks stalled and supply deals with Tokyo ended.', ['supply deals with Tokyo | (agreement) → keep: party']],
    ['The miner signed a very good and fair deal with Tokyo.', ['a very good and fair deal with Tokyo | (agreement) → keep: determiner']],
    ['The miner signed a new and bigger supply deal with Tokyo.', ['a new and bigger supply deal with Tokyo | (agreement) → keep: determiner']],
  ]);
});

describe('more of the right walk', () => {
  read([
    // Headlines with no final stop: the value or the list runs to the end of the text.
    ['Zambia agrees loan of $3 billion', ['loan of $3 billion | (money) → keep: value | value $3 billion = 3000000000 USD']],
    ['Lynas wins contract for $2 billion', ['contract for $2 billion | (contract) → keep: value | value $2 billion = 2000000000 USD']],
    ['India forms venture between NALCO, HCL and MECL', ['venture between NALCO, HCL and MECL | (venture) → keep: party | named NALCO, HCL, MECL']],
    // After a possessive the borrower's asset is read without its apposition.
    ["Zambia took a $2 billion loan to ZCCM's smelter, the state company, in May.", ["a $2 billion loan to ZCCM's smelter | (money) → keep: value | value $2 billion = 2000000000 USD | named ZCCM"]],
    // A capitalised head is not part of the borrower's name.
    ['Loans to Laos financed a railway.', ['Loans to Laos | (money) → keep: named party']],
    // Only a comma continues the list of parties.
    ['Vale formed a venture between Lynas and Iluka in Brazil and Peru.', ['a venture between Lynas and Iluka | (venture) → keep: determiner | named Lynas, Iluka']],
    ['Lynas signed a supply deal with Piedmont Lithium, the US developer, on Monday.', ['a supply deal with Piedmont Lithium, the US developer | (agreement) → keep: determiner | named Piedmont Lithium']],
    ['Lynas signed a deal with Vale: talks (held in Perth) took weeks.', ['a deal with Vale | (agreement) → keep: determiner | named Vale']],
    ["Lynas won a contract for Zambia's railway.", ["a contract for Zambia's railway | (contract) → keep: determiner"]],
  ]);
});

describe('not deals (lib/recognize/deals/not-deals.ts)', () => {
  read([
    // A partner in lower case is a party only when its head names an organisation; another word elsewhere in the sentence does not count.
    ['The firm formed a partnership with a few locals.', ['partnership | (partnership) → drop: no one in particular as partner']],
    ['The firm formed a partnership with a local miner.', ['a partnership with a local miner | (partnership) → keep: determiner']],
    // A capitalised name is a party; only "The", "A" and "An" themselves are not names.
    ['Lynas formed a partnership with NASA.', ['a partnership with NASA | (partnership) → keep: determiner | named NASA']],
    ['Lynas formed a partnership with Antam.', ['a partnership with Antam | (partnership) → keep: determiner | named Antam']],
    // The rule is for partnerships "with" someone.
    ['Vale announced a partnership between two local families.', ['a partnership between two local families | (partnership) → keep: determiner']],
    // "a stake in" has an asset; only a stake with none is a post.
    ['Vale has a stake in Lynas.', ['a stake in Lynas | (stake) → keep: determiner']],
    // "failed to sign" negates; "refused then signed" does not.
    ['Lynas refused then signed a supply deal with Tokyo.', ['a supply deal with Tokyo | (agreement) → keep: determiner']],
    // Terms a reader accepts are agreements only: a customer contract is a deal.
    ['Lynas signed a customer contract with Tokyo.', ['a customer contract with Tokyo | (contract) → keep: determiner | named Tokyo']],
  ]);
});

describe('not deals in general news: offers, sayings, households, businesses, posts, bargaining', () => {
  read([
    // Bargains are plural; "the best deal" in the singular is one agreement judged.
    ['The best Cyber Monday deals are live.', ["deals | (agreement) → drop: a shop's offer"]],
    ['This is the best deal Ukraine could get.', ['the best deal | (agreement) → keep: determiner']],
    ['A fixed-rate mortgage deal can save money.', ["deal | (agreement) → drop: a shop's offer"]],
    ['It was a bargain, and the deal ends tonight.', ["deal | (agreement) → drop: a shop's offer"]],
    ['The deal ends tonight.', ['The deal | (agreement) → keep: determiner']],
    ['A deal is a deal, he said.', ['deal | (agreement) → drop: a saying', 'deal | (agreement) → drop: a saying']],
    ['What a deal, she said.', ['deal | (agreement) → drop: a saying']],
    ['A deal is in place.', ['A deal | (agreement) → keep: determiner']],
    ['Winning would be a huge deal for the town.', ['deal | (agreement) → drop: a deal in general']],
    ['The miner signed a huge deal with Tesla.', ['a huge deal with Tesla | (agreement) → keep: determiner | named Tesla']],
    ['Every contract should be read.', ['contract | (contract) → drop: any deal at all']],
    // "Any" never points at one deal, with a party or without ("each deal with Vale" may).
    ['Any deal with Iran must cover oil.', ['deal | (agreement) → drop: any deal at all']],
    ['The florist finished the arrangement of lilies.', ['arrangement | (partnership) → drop: an arrangement of things or of a household']],
    ["The couple's living arrangement raised eyebrows.", ['arrangement | (partnership) → drop: an arrangement of things or of a household']],
    ['The arrangement with Maaden gives it 51%.', ['The arrangement with Maaden | (partnership) → keep: determiner | named Maaden']],
    ['A civil partnership gives couples rights.', ['partnership | (partnership) → drop: a partnership of two people']],
    ['A new partnership with a Korean firm was signed.', ['A new partnership with a Korean firm | (partnership) → keep: determiner']],
    ['Her latest venture, a bakery, opened in May.', ['venture | (venture) → drop: a business of its own']],
    ["The actor's latest venture is a coffee chain.", ['venture | (venture) → drop: a business of its own']],
    ["The band's new venture is a record label.", ['venture | (venture) → drop: a business of its own']],
    ["The band's joint venture with Sony is a record label.", ["The band's joint venture with Sony | (venture) → keep: possessive | named Sony"]],
    ['Its new venture with Albemarle opened in May.', ['Its new venture with Albemarle | (venture) → keep: determiner | named Albemarle']],
    ['Witches were burned at the stake.', ['stake | (stake) → drop: a stake as a post or a risk']],
    ['The fund sold the stake last year.', ['the stake | (stake) → keep: determiner']],
    ['Union leaders won a small concession on overtime pay.', ['concession | (contract) → drop: a concession in bargaining']],
    ['Critics said the reform was a concession to the lobby.', ['concession | (contract) → drop: a concession in bargaining']],
    ['The miner won a 30-year concession.', ['a 30-year concession | (contract) → keep: determiner']],
    ['The port authority granted the concession to a local firm.', ['the concession | (contract) → keep: determiner']],
    // An organisation's head noun makes a lower-case partner particular.
    ['The airline ended its partnership with the travel website.', ['its partnership with the travel website | (partnership) → keep: determiner']],
    ['The mayor wants a new partnership with residents.', ['partnership | (partnership) → drop: no one in particular as partner']],
  ]);
});

describe('general news: values over name-like modifiers, hyphenated modifiers, investors after "by"', () => {
  read([
    ['The startup raised $40 million in Series B funding.', ['$40 million in Series B funding | (money) → keep: value | value $40 million = 40000000 USD']],
    ['The firm raised $25 million in a funding round.', ['$25 million in a funding round | (money) → keep: value | value $25 million = 25000000 USD']],
    ['The startup showed interest in Series B funding.', ['funding | (money) → drop: money word without value, named party or transaction verb']],
    ['Labour signed a confidence-and-supply agreement.', ['a confidence-and-supply agreement | (agreement) → keep: determiner']],
    // An adverb of a participle right after the article is one more modifier (round 14).
    ['Labour signed a newly drafted agreement.', ['a newly drafted agreement | (agreement) → keep: determiner']],
    ['The investment by the Saudi fund values the club at $1 billion.', ['The investment by the Saudi fund | (money) → keep: named party']],
    ['The investment by the government rose.', ['investment | (money) → drop: money word without value, named party or transaction verb']],
  ]);
});

describe('general news: where a phrase ends and starts', () => {
  read([
    ['The insurer sold its stake in the hotel chain for $800 million.', ['its stake in the hotel chain for $800 million | (stake) → keep: determiner | value $800 million = 800000000 USD']],
    ['The insurer sold its stake in the hotel chain for cash.', ['its stake in the hotel chain | (stake) → keep: determiner']],
    // A verb in -ed or -s before its object ends the party; a participle before a noun does not.
    ['The partnership with the BBC produced a podcast.', ['The partnership with the BBC | (partnership) → keep: determiner | named BBC']],
    ['The contract with the studio barred him from rival films.', ['The contract with the studio | (contract) → keep: determiner']],
    ['A deal with the renamed BBC studios was signed.', ['A deal with the renamed BBC studios | (agreement) → keep: determiner | named BBC']],
    ['They signed an agreement with the transit union late on Sunday.', ['an agreement with the transit union | (agreement) → keep: determiner']],
    ["They signed a deal with the late founder's trust.", ["a deal with the late founder's trust | (agreement) → keep: determiner"]],
    // A comma between a length and the value stays inside the phrase.
    ['Boston agreed a two-year, $30 million deal with the pitcher.', ['a two-year, $30 million deal with the pitcher | (agreement) → keep: value | value $30 million = 30000000 USD']],
    // A comma between two adjectives after "a": one phrase, from its article; not a plural after a clause's comma.
    ['Seoul reached a broad, legally binding agreement on graphite supply.', ['a broad, legally binding agreement | (agreement) → keep: determiner']],
    ['Norway signed a new, post-pandemic fishing deal with Iceland.', ['a new, post-pandemic fishing deal with Iceland | (agreement) → keep: determiner']],
    ['In a statement, supply deals were praised.', ['deals | (agreement) → drop: no determiner, value or party']],
    ['Over two seasons, $30 million deals were signed.', ['$30 million deals | (agreement) → keep: value | value $30 million = 30000000 USD']],
    // A headline's verb is not the first word of the phrase.
    ['Union Ratifies New Contract With City Hospitals', ['New Contract With City Hospitals | (contract) → keep: party | named City Hospitals']],
    ['The union ratified a new contract with City Hospitals.', ['a new contract with City Hospitals | (contract) → keep: determiner | named City Hospitals']],
  ]);
});

describe('walking right: a party ends before the verb that reports what happened next', () => {
  read([
    ['The two sides signed the agreement, and loans from China rose sharply.', ['the agreement | (agreement) → keep: determiner', 'loans from China | (money) → keep: named party']],
    ['The deal with Japan soared in value.', ['The deal with Japan | (agreement) → keep: determiner']],
    // A participle that can stand before a noun does not end the party.
    ['They signed a trade deal with the expanded BRICS bloc.', ['a trade deal with the expanded BRICS bloc | (agreement) → keep: determiner | named BRICS']],
    // An object pronoun is the whole party; "US" and "her company" are not pronouns.
    ['The trade partnership between them deepened in 2024.', ['The trade partnership between them | (partnership) → keep: determiner']],
    ['They signed a deal with US miners in May.', ['a deal with US miners | (agreement) → keep: determiner']],
    ['They struck a deal with her company in May.', ['a deal with her company | (agreement) → keep: determiner']],
  ]);
});

describe('walking left: a plural in -s after a metal is the noun it modifies, not a verb', () => {
  read([
    ['ERG won a ruling over its cobalt tailings concession in May.', ['its cobalt tailings concession | (contract) → keep: determiner']],
    // After any other noun the word in -s is still read as the verb that ends the phrase.
    ['The ruling tailings concession stood.', ['concession | (contract) → drop: no determiner, value or party']],
  ]);
});
