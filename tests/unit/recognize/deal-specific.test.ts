/**
 * When a deal word is a specific deal and when it is a verb, an idiom or generic talk
 * (lib/recognize/deals/specific.ts), on sentences written for these tests: each row gives every
 * deal word's span kept or the word dropped, with the rule's reason as the debug output gives it.
 */
import { describe } from 'vitest';
import { ruled } from './deal-rows.ts';

const NOT_A_NOUN = '→ drop: not a deal noun here';

describe('"deal" as a verb or an idiom', () => {
  ruled([
    ['No deals were signed at the summit.', [`deals | (agreement) ${NOT_A_NOUN}`]],
    ['Traders will deal in cobalt from next year.', [`deal | (agreement) ${NOT_A_NOUN}`]],
    ['Regulators must deal with the backlog first.', [`deal | (agreement) ${NOT_A_NOUN}`]],
    ['Miners would deal directly with smelters.', [`deal | (agreement) ${NOT_A_NOUN}`]],
    ['Buyers could deal with several suppliers.', [`deal | (agreement) ${NOT_A_NOUN}`]],
    ['Smaller firms cannot deal with the paperwork.', [`deal | (agreement) ${NOT_A_NOUN}`]],
    ['The smelter costs a good deal more than planned.', [`deal | (agreement) ${NOT_A_NOUN}`]],
    ['Refining uses a great deal less water now.', [`deal | (agreement) ${NOT_A_NOUN}`]],
    // "more" after the deal is not "a good deal more".
    ['The deal more than doubles output.', ['The deal | (agreement) → keep: determiner']],
    ['Cheap cobalt is a big deal for battery makers.', [`deal | (agreement) ${NOT_A_NOUN}`]],
    // "big" alone, after "the", is a size.
    ['The big deal signed on Monday covers lithium.', ['The big deal | (agreement) → keep: determiner']],
    // "the day" after "deal on", not "deal of the day".
    ['They signed a deal on the day the talks ended.', ['a deal | (agreement) → keep: determiner']],
    // "the deal of the week" is a bargain; a size superlative before it ranks a transaction.
    ['Grab the deal of the week on garden chairs.', [`deal | (agreement) ${NOT_A_NOUN}`]],
    ['Rio sealed the largest lithium deal of the year.', ['the largest lithium deal | (agreement) → keep: determiner']],
    // The verb of striking: a blow (a heavy one, a fresh one) or damage counted; a deal followed by its blow to someone is still a deal.
    ['The export ban deals a heavy blow to cobalt traders.', [`deals | (agreement) ${NOT_A_NOUN}`]],
    ['New tariffs deal a fresh blow to Chilean copper.', [`deal | (agreement) ${NOT_A_NOUN}`]],
    ['The spell deals 40 damage to every enemy in range.', [`deals | (agreement) ${NOT_A_NOUN}`]],
    ['The deal, a blow to rivals, gives Rio the mine.', ['The deal | (agreement) → keep: determiner']],
  ]);
});

describe('accord, framework and venture in other senses', () => {
  ruled([
    ['The miners left of their own accord.', [`accord | (agreement) ${NOT_A_NOUN}`]],
    // Only "framework" in "within the framework of" is a setting: another deal word there is a deal.
    ['Exports continue under the pact of 2019.', ['the pact | (agreement) → keep: determiner']],
    ['Talks went on within a framework of rules.', ['framework | (framework) → drop: framework of something']],
    ['Exports continue within the framework agreed in 2019.', ['the framework | (framework) → keep: determiner']],
    ['The firm ventures into lithium next year.', [`ventures | (venture) ${NOT_A_NOUN}`]],
    ['A venture capitalist backed the miner.', [`venture | (venture) ${NOT_A_NOUN}`]],
    ['They agreed a framework for cooperation on lithium, which later led to a pact.', ['a framework | (framework) → keep: determiner', 'a pact | (agreement) → keep: determiner']],
    ['The framework they signed became a deal in May.', ['The framework | (framework) → keep: determiner', 'a deal | (agreement) → keep: determiner']],
    ['They agreed the framework of a future deal.', ['a future deal | (agreement) → keep: determiner', 'framework | (framework) → drop: framework for a deal']],
  ]);
});

describe('money words: public money, values, ordinals', () => {
  ruled([
    ['Public financing of the mine rose.', [`financing | (money) ${NOT_A_NOUN}`]],
    ['Private funding of the mine rose.', [`funding | (money) ${NOT_A_NOUN}`]],
    ['Government funding for the mine rose.', [`funding | (money) ${NOT_A_NOUN}`]],
    ['The mine needs more financing before it opens.', [`financing | (money) ${NOT_A_NOUN}`]],
    ['The loan, worth $2 billion, was repaid early.', ['The loan, worth $2 billion | (money) → keep: value']],
    // A value after a plural is a total of many loans.
    ['Loans worth $2 billion went unpaid.', ['Loans | (money) → drop: money word without value, named party or transaction verb']],
    // An ordinal needs its determiner and one deal.
    ['Record investment arrived in March.', ['investment | (money) → drop: money word without value, named party or transaction verb']],
    ['The first investments arrived in March.', ['investments | (money) → drop: money word without value, named party or transaction verb']],
  ]);
});

describe('takeovers of companies, places and countries', () => {
  ruled([
    // The company check reads a name that ends its phrase or up to three lower-case words for a company's head noun.
    ['Protesters staged the takeover of the old town hall near the River Thames.', ['takeover | (contract) → drop: takeover of a place']],
    ['Residents opposed the takeover of the hall', ['takeover | (contract) → drop: takeover of a place']],
    ['Residents opposed the takeover', ['the takeover | (contract) → keep: determiner']],
    ['Residents opposed the takeover of the hall, Lynas said.', ['takeover | (contract) → drop: takeover of a place']],
    ['The takeovers of Mali and Niger by juntas worried Paris.', ['takeovers | (contract) → drop: takeover of a country']],
    ['Rebels planned the takeover of the Congo from the capital.', ['takeover | (contract) → drop: takeover of a country']],
    ['Lynas completed the takeover in Malaysia last year.', ['the takeover | (contract) → keep: determiner']],
    ['Albemarle announced the takeover of lithium assets in Chile.', ['the takeover of lithium assets | (contract) → keep: determiner']],
    ["Chile's takeover of SQM's lithium unit was approved.", ["Chile's takeover of SQM's lithium unit | (contract) → keep: possessive"]],
    ['The takeover was approved by regulators.', ['The takeover | (contract) → keep: determiner']],
    // A capitalised word after the place ("on Friday") is not a company bought; a price says one was bought.
    ['Protesters staged a takeover of the town hall on Friday.', ['takeover | (contract) → drop: takeover of a place']],
    ['Shareholders approved the $4.5 billion takeover of the grocery chain.', ['the $4.5 billion takeover of the grocery chain | (contract) → keep: value']],
    // The company word must end the phrase: "the club shop" is a shop, "the club" a company.
    ['Fans staged a takeover of the club shop after the match.', ['takeover | (contract) → drop: takeover of a place']],
    ['Investors completed a takeover of the club after the match.', ['a takeover of the club | (contract) → keep: determiner']],
    // A country's word that opens a company's name: a price says the company was bought, not the country taken.
    ['Nippon Steel completed its $14.1 billion takeover of U.S. Steel.', ['its $14.1 billion takeover of U.S. Steel | (contract) → keep: value']],
    ['Nippon Steel opposed the takeover of U.S. Steel.', ['takeover | (contract) → drop: takeover of a country']],
  ]);
});

describe('acquisitions: of a company, for a price, by a named buyer', () => {
  ruled([
    ['Microsoft completed its $69 billion acquisition of Activision Blizzard.', ['its $69 billion acquisition of Activision Blizzard | (contract) → keep: value']],
    ["Google's acquisition of Fitbit closed in 2021.", ["Google's acquisition of Fitbit | (contract) → keep: named buyer"]],
    ['The acquisition of Fitbit closed in 2021.', ['The acquisition of Fitbit | (contract) → keep: company bought']],
    ['The acquisition of the grocery chain closed.', ['The acquisition of the grocery chain | (contract) → keep: company bought']],
    // A name that only modifies a thing is not a company bought.
    ['The acquisition of the MSB license marks a milestone.', ['acquisition | (contract) → drop: acquisition of no company at no price']],
    ['Language acquisition is faster in children.', ['acquisition | (contract) → drop: acquisition of no company at no price']],
    // "The acquisition" told of before is one; "an acquisition" is any.
    ['The acquisition is expected to close in May.', ['The acquisition | (contract) → keep: determiner']],
    ['An acquisition would lift profits.', ['acquisition | (contract) → drop: acquisition of no company at no price']],
    // A possessor that is no company bought a thing: "the museum's acquisition, a globe".
    ["The museum's latest acquisition, a globe, is on show.", ['acquisition | (contract) → drop: acquisition of no company at no price']],
    ["The company's latest acquisition, a rival, is profitable.", ["The company's latest acquisition | (contract) → keep: determiner"]],
    // In apposition to a clause that bought a named company for a price ("the biotech Kelvin Bio": a word saying what the firm is).
    ['Harrow agreed to buy the biotech Kelvin Bio for $4.3 billion, its largest acquisition in a decade.', ['its largest acquisition | (contract) → keep: apposition to a purchase']],
    ['Harrow agreed to buy the biotech Kelvin Bio, its largest acquisition in a decade.', ['acquisition | (contract) → drop: acquisition of no company at no price']],
    ['The school bought new laptops for $4,000, its largest acquisition in a decade.', ['acquisition | (contract) → drop: acquisition of no company at no price']],
  ]);
});

describe('deal, contract and stake as verbs in general news', () => {
  ruled([
    ['Teachers say they deal with bigger classes.', [`deal | (agreement) ${NOT_A_NOUN}`]],
    ['They struck a deal with Vale.', ['a deal with Vale | (agreement) → keep: determiner']],
    ['Traders who deal in cobalt were fined.', [`deal | (agreement) ${NOT_A_NOUN}`]],
    ['The talks, which deal with tariffs, resume today.', [`deal | (agreement) ${NOT_A_NOUN}`]],
    ['She deals in antiques.', [`deals | (agreement) ${NOT_A_NOUN}`]],
    ['Firms that contract with the state must report.', [`contract | (contract) ${NOT_A_NOUN}`]],
    // "that" as a determiner before a singular noun.
    ['He signed that contract in May.', ['that contract | (contract) → keep: determiner']],
    ['The firm deals mainly in cobalt.', [`deals | (agreement) ${NOT_A_NOUN}`]],
    // "trade" does not act: "the trade deals" is a noun.
    ['The trade deals with Japan lapsed.', ['The trade deals with Japan | (agreement) → keep: determiner']],
    ['The muscles contract when the nerve fires.', [`contract | (contract) ${NOT_A_NOUN}`]],
    // Shrinking before a phrase of when or how; a capitalised place after "in" may be the contract's.
    ["The aircraft's tyres contract in the cold.", [`contract | (contract) ${NOT_A_NOUN}`]],
    ['The fisheries contract in Peru lapsed.', ['The fisheries contract | (contract) → keep: determiner']],
    ['The fisheries deal lapsed.', ['The fisheries deal | (agreement) → keep: determiner']],
  ]);
});

describe('deal words in idioms and in other senses', () => {
  ruled([
    ['The contract talks broke down.', [`contract | (contract) ${NOT_A_NOUN}`]],
    ['The contract was signed in May.', ['The contract | (contract) → keep: determiner']],
    ['She gave a concession speech.', [`concession | (contract) ${NOT_A_NOUN}`]],
    ['It won a 30-year concession.', ['a 30-year concession | (contract) → keep: determiner']],
    ["What's the big deal about it?", [`deal | (agreement) ${NOT_A_NOUN}`]],
    ['They moved in perfect accord with the music.', [`accord | (agreement) ${NOT_A_NOUN}`]],
    ['They signed an accord with Peru.', ['an accord with Peru | (agreement) → keep: determiner']],
    ['The plan needs the agreement of voters.', [`agreement | (agreement) ${NOT_A_NOUN}`]],
    ['They signed an agreement of cooperation with Laos.', ['an agreement | (agreement) → keep: determiner']],
    ['The agreement among scientists is that it works.', [`agreement | (agreement) ${NOT_A_NOUN}`]],
    ['The agreement among the three nations took effect.', ['The agreement | (agreement) → keep: determiner']],
    // "to" after a joint venture is its purpose, not the verb "venture to".
    ['They formed a joint venture to build batteries.', ['a joint venture | (venture) → keep: determiner']],
  ]);
});

describe('frameworks that nothing says were agreed', () => {
  ruled([
    ['The ministry published a new framework for teaching maths.', ['framework | (framework) → drop: framework in its ordinary sense']],
    ['The unions signed a new framework for teaching.', ['a new framework | (framework) → keep: determiner']],
  ]);
});

describe("a lender's loan", () => {
  ruled([
    ["The bank's loan to the club was repaid.", ["The bank's loan | (money) → keep: lender"]],
    ["The town's loan to the club was repaid.", ['loan | (money) → drop: money word without value, named party or transaction verb']],
  ]);
});

describe('understandings, partnerships and named JVs', () => {
  ruled([
    ['They came close to an understanding on tariffs.', ['understanding | (understanding) → drop: understanding in its ordinary sense']],
    ['They came near an understanding on tariffs.', ['understanding | (understanding) → drop: understanding in its ordinary sense']],
    ['A US-China understanding on tariffs held.', ['A US-China understanding | (understanding) → keep: named parties']],
    ['Analysts expect the understanding between Tokyo and Canberra to hold.', ['the understanding between Tokyo and Canberra | (understanding) → keep: party']],
    // A superlative makes a relationship of a partnership only.
    ['Glencore signed the biggest deal in its history.', ['the biggest deal | (agreement) → keep: determiner']],
    ['They formed an investment partnership with Japan.', ['an investment partnership with Japan | (partnership) → keep: determiner']],
    ['JV work stalled in May.', ['JV | (venture) → drop: no determiner, value or party']],
    ['The Crucible JV will mine lithium.', ['Crucible JV | deal name']],
  ]);
});

describe('a bare deal noun after a signing verb in a headline', () => {
  ruled([
    ['Lynas Signs Lithium Agreement', ['Lithium Agreement | (agreement) → keep: headline verb']],
    ['Saudi Fund Takes Stake In Vale Base Metals', ['Stake In Vale Base Metals | (stake) → keep: headline verb']],
    ['China Wins Contract To Build Lithium Plant', ['Contract | (contract) → keep: headline verb']],
    // Not in running text, not after a verb that only seeks one, not for a plural.
    ['Lynas signs agreement', ['agreement | (agreement) → drop: no determiner, value or party']],
    ['Talks Stall As Sides Seek Agreement', ['Agreement | (agreement) → drop: no determiner, value or party']],
    ['Miners Sign Agreements On Cobalt Supply', ['Agreements | (agreement) → drop: no determiner, value or party']],
    // Nor for a deal word that modifies the next noun, nor for a money word, which needs more than its article.
    ['Union Wins Contract Vote At Mine', ['Contract | (contract) → drop: not a deal noun here']],
    ['Glencore Takes Investment Hit On Cobalt Slump', ['Investment | (money) → drop: money word without value, named party or transaction verb']],
    // A verb in Title Case reads like a modifier: it is found among them.
    ['Apple and Goldman End Credit Card Partnership', ['Credit Card Partnership | (partnership) → keep: headline verb']],
    ['Apple and Goldman Discuss Credit Card Partnership', ['Partnership | (partnership) → drop: no determiner, value or party']],
    // The verb's object between the verb and "to" or "in".
    ['Lakers Sign Veteran Guard to Two-Year Contract', ['Two-Year Contract | (contract) → keep: headline verb']],
    ['Publisher Wins Bidding War for Memoir in Seven-Figure Deal', ['Seven-Figure Deal | (agreement) → keep: headline verb']],
    ['Veteran Guard Moves to Two-Year Contract', ['Contract | (contract) → drop: no determiner, value or party']],
    // What may follow the noun: "despite", "following"; and a phrasal verb's particle and preposition before it.
    ['Council Signs Bin Contract Despite Protests', ['Bin Contract | (contract) → keep: headline verb']],
    ['Council Debates Bin Contract Despite Protests', ['Contract | (contract) → drop: no determiner, value or party']],
    // Backing a deal is approving it; "until", "through" and "by" may follow the noun.
    ['Council Backs Bin Contract Despite Protests', ['Bin Contract | (contract) → keep: headline verb']],
    ['Defender Signs Contract Extension Until 2029', ['Contract Extension | (contract) → keep: headline verb']],
    ['Defender Eyes Contract Extension Until 2029', ['Contract Extension | (contract) → drop: no determiner, value or party']],
    // The modifiers before the verb are not the phrase's: "Members" does not make a members' agreement.
    ['Union Members Back Pay Agreement by Wide Margin', ['Pay Agreement | (agreement) → keep: headline verb']],
    ['Union Members Discuss Pay Agreement by Wide Margin', ['Agreement | (agreement) → drop: no determiner, value or party']],
    ['City Hall Signs Off on Waste Contract', ['Waste Contract | (contract) → keep: headline verb']],
    ['Club Signs Up for Kit Deal', ['Kit Deal | (agreement) → keep: headline verb']],
    ['Club Votes for Kit Deal', ['Deal | (agreement) → drop: no determiner, value or party']],
    ['Fans Turn Up for Kit Deal', ['Deal | (agreement) → drop: no determiner, value or party']],
  ]);
});

describe('mineral-news headlines: a participle after the noun, more bare nouns in sentence case, "under", the subject', () => {
  ruled([
    // A participle opening a clause may follow the bare noun after the headline verb ...
    ['US, Ukraine Sign Minerals Deal Setting Up Joint Fund', ['Minerals Deal | (agreement) → keep: headline verb']],
    // ... not one that is a noun the deal word modifies, nor one with no opener after it.
    ['US, Ukraine Discuss Minerals Deal Setting Up Joint Fund', ['Deal | (agreement) → drop: no determiner, value or party']],
    ['US, Ukraine Sign Minerals Deal Setting Records', ['Deal | (agreement) → drop: no determiner, value or party']],
    // Sentence case: frameworks, partnerships and stakes lose their article as deals do.
    ['Japan, US sign critical minerals framework to secure supplies', ['critical minerals framework | (framework) → keep: headline verb']],
    ['Vietnam, South Korea agree rare earth processing partnership', ['rare earth processing partnership | (partnership) → keep: headline verb']],
    ['Mitsubishi takes stake in Chilean copper mine', ['stake in Chilean copper mine | (stake) → keep: headline verb']],
    ['Japan, US discuss critical minerals framework to secure supplies', ['framework | (framework) → drop: no determiner, value or party']],
    // After "under" (and "in", since the ninth English deal round) a headline drops the article;
    // "under contract" is running text's idiom.
    ['Trafigura to prepay $1 billion for cobalt under five-year deal', ['five-year deal | (agreement) → keep: headline preposition']],
    ['Trafigura to prepay $1 billion for cobalt in five-year deal', ['five-year deal | (agreement) → keep: headline preposition']],
    ['Striker under contract until 2027 wants move', ['contract | (contract) → drop: no determiner, value or party']],
    // A Title Case headline opening on the phrase, its verb after it: a deal named by a metal or a country.
    ["Lithium Deal Puts Argentina's Catamarca at Center of Boom", ['Lithium Deal | (agreement) → keep: headline subject']],
    ['Landmark Deal Puts Province at Center of Boom', ['Deal | (agreement) → drop: no determiner, value or party']],
  ]);
});
