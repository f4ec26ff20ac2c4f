/**
 * The other senses of metal words (lib/recognize/senses/metals.ts), one cue at a time, on
 * sentences written for these tests. Each row names the mentions a reader would see and the
 * rule each decision gives as its reason: a cue that stops firing often leaves the outcome as it
 * was (a later rule drops the word too), but never its reason. Rows come in pairs where they can,
 * a sentence where the cue fires and a close one where it must not. Without compromise, so that
 * the rule itself decides.
 */
import { describe, expect, it } from 'vitest';
import { PayloadKind } from '../../../lib/recognize/alias-index.ts';
import { metalSense } from '../../../lib/recognize/senses/metals.ts';
import type { SenseInput } from '../../../lib/recognize/senses/types.ts';
import { ruled } from './senses-rows.ts';

describe('a colour: a garment after the metal word, or a colour joined to it', () => {
  ruled([
    // A garment, a hairstyle, the weather: nothing made of the metal.
    ['She paired a cobalt blazer with titanium earrings and a platinum bob.', ['titanium=mineral:titanium'], ['cobalt:colour-noun:drop', 'platinum:colour-noun:drop']],
    ['A silver frost coated the roads overnight.', [], ['silver:colour-noun:drop']],
    // A car make or a vehicle, straight after the colour or after one more word; a material noun
    // after the vehicle, or a sentence about the metal's trade, makes it the metal.
    ['A silver Ford Focus was seen leaving the scene.', [], ['silver:colour-vehicle:drop']],
    ['The couple rode to the church in a silver vintage Rolls-Royce.', [], ['silver:colour-vehicle:drop']],
    ["The mine's gold trucks left at dawn.", ['gold=mineral:gold'], ['gold:metal:keep']],
    ['Buyers want nickel car batteries.', ['nickel=mineral:nickel'], ['nickel:metal:keep']],
    ['A gold Rolex worth £40,000 was stolen.', ['gold=mineral:gold'], ['gold:metal:keep']],
    // A body part after a hyphen: an animal's or a person's colour; leaf is the metal beaten thin.
    ['A copper-headed snake was found in the garden.', [], ['copper:colour-noun:drop']],
    ['A copper-lined tank was found in the garden.', ['copper=mineral:copper'], ['copper:metal:keep']],
    ['Gold leaf covers the dome of the chapel.', ['Gold=mineral:gold'], ['Gold:metal:keep']],
    ['She wore a gold gown to the premiere.', [], ['gold:colour-noun:drop']],
    ['The flag is gold and green.', [], ['gold:colour-pair:drop']],
    // The colour word stands before the metal, at the very start of the text.
    ['Green and gold scarves filled the stands.', [], ['gold:colour-pair:drop']],
    ['The club colours are gold & green.', [], ['gold:colour-pair:drop']],
    ['The club colours are black & gold.', [], ['gold:colour-pair:drop']],
    ['The team kit is blue/gold this season.', [], ['gold:colour-pair:drop']],
    ['A silver grey van blocked the road.', [], ['silver:colour-pair:drop']],
    // Two spaces, as text taken from a page's markup often has.
    ['The scarf is gold  and  green.', [], ['gold:colour-pair:drop']],
    ['The scarf is black  and  gold.', [], ['gold:colour-pair:drop']],
    // A comma is too loose to join a colour, after the metal or before it.
    ['Exports of gold, white sugar and coffee rose.', ['gold=mineral:gold'], ['gold:metal:keep']],
    ['Green and white vans carried gold bars to the vault.', ['gold=mineral:gold'], ['gold:metal:keep']],
  ]);
});

describe('a colour: a verb of looks, a list of colours, a shade, a part of a chart', () => {
  ruled([
    ['The walls were painted gold for the gala.', [], ['gold:colour-verb:drop']],
    // The colour a verb gives its object.
    ['She dyed her hair copper for the role.', [], ['copper:colour-complement:drop']],
    ['They painted it gold.', [], ['gold:colour-complement:drop']],
    // A preposition before the metal, or a noun after it: the material.
    ['They sprayed the vines with copper to stop mildew.', ['copper=mineral:copper'], ['copper:metal:keep']],
    ['She dyed the cloth and sold copper pots.', ['copper=mineral:copper'], ['copper:metal:keep']],
    ['The frame comes in bronze and gold.', [], ['gold:colour-list:drop']],
    ['The frame comes in bronze or gold.', [], ['gold:colour-list:drop']],
    ['The watch comes in gold, silver or platinum.', [], ['gold:colour-verb:drop', 'silver:colour-list:drop', 'platinum:colour-list:drop']],
    // A metal after a colour and a comma: the list of colours starts before it.
    ['The new phone comes in black, silver and gold.', [], ['silver:colour-list:drop', 'gold:colour-list:drop']],
    ['The bike comes in red, gold or silver.', [], ['gold:colour-list:drop', 'silver:colour-list:drop']],
    // The country named before the list is no member of it.
    ['The Chinese model comes in gold, silver, rose and blue.', ['Chinese=country:CN'], ['Chinese:no-rule:keep', 'gold:colour-verb:drop', 'silver:colour-list:drop']],
    // "and" after a word that is no colour, with a verb of looks further back: no list of colours.
    ['Thieves wore masks and gold worth $2m was taken.', ['gold=mineral:gold'], ['gold:metal:keep']],
    ['Her dress was a shade of silver and her hat a hue of gold.', [], ['silver:colour-shade:drop', 'gold:colour-shade:drop']],
    ['Her coat was a tone of platinum.', [], ['platinum:colour-shade:drop']],
    // A shade's qualifier before the metal, in a story about colours; without one, or in a story about the material, the metal.
    ['From rose gold to icy platinum, stylists pick the shades of spring.', [], ['gold:colour-qualified:drop', 'platinum:colour-qualified:drop']],
    ['She picked rose gold for her new watch.', ['gold=mineral:gold'], ['gold:metal:keep']],
    ['From gold to platinum, stylists pick the shades of spring.', ['gold=mineral:gold', 'platinum=mineral:platinum'], ['gold:metal:keep', 'platinum:metal:keep']],
    ['Rose gold watches lifted demand for gold, the colour of the year.', ['gold=mineral:gold', 'gold=mineral:gold'], ['gold:metal:keep', 'gold:metal:keep']],
    ['Dark streaks on silver show where it has tarnished.', ['silver=mineral:silver'], ['silver:metal:keep']],
    ['The mine shipped 900 tonnes of silver last year.', ['silver=mineral:silver'], ['silver:quantity:keep']],
    ['The museum shows stones of silver ore from Bolivia.', ['silver=mineral:silver', 'Bolivia=country:BO'], ['silver:metal:keep']],
    ['Prices of silver rose again.', ['silver=mineral:silver'], ['silver:metal:keep']],
    ['The gold line on the chart shows the price.', [], ['gold:chart-colour:drop']],
  ]);
});

describe('a tier or a rank', () => {
  ruled([
    ['The bank gave her a platinum account.', [], ['platinum:tier:drop']],
    ['The sponsor list names three silver partners.', [], ['silver:tier:drop']],
    // Tiers are named after the precious metals only: a base metal before a tier noun is the metal.
    ['Indonesia says the nickel partnership with Tesla is close.', ['Indonesia=country:ID', 'nickel=mineral:nickel'], ['nickel:metal:keep']],
    ['Doctors checked her iron levels.', ['iron=mineral:iron'], ['iron:metal:keep']],
    // A list of tiers ends on its noun: each member is a tier, the first one too.
    ['Airlines reward gold and silver cardholders with lounge access.', [], ['gold:tier-list:drop', 'silver:tier-list:drop']],
    ['Fans queued for the silver, gold or platinum seats.', [], ['silver:tier-list:drop', 'gold:tier-list:drop', 'platinum:tier-list:drop']],
    // A list of metals ending on another noun, or a material word in the sentence: the metals.
    ['Vaults hold gold and silver bars for the bank.', ['gold=mineral:gold', 'silver=mineral:silver'], ['gold:metal-list:keep', 'silver:metal-list:keep']],
    ['Miners saw gold and silver levels rise in the ore.', ['gold=mineral:gold', 'silver=mineral:silver'], ['gold:metal-list:keep', 'silver:metal-list:keep']],
  ]);
});

describe('gold as a figure of speech', () => {
  ruled([
    ['Black gold made the town rich.', [], ['gold:figurative:drop']],
    // Striking gold: a sudden success, unless the sentence is about mining or prospecting.
    ['The bakery struck gold with its sourdough doughnuts.', [], ['gold:figurative:drop']],
    ['Two drillers struck gold below the old shaft in 1902.', ['gold=mineral:gold'], ['gold:metal:keep']],
    // "a gold mine of information": a rich source of things one reads or finds, not a mine of ore.
    ['The county archive is a gold mine of old letters for local historians.', [], ['gold:figurative: a rich source:drop']],
    ['Her blog turned out to be an absolute gold mine of recipes.', [], ['gold:figurative: a rich source:drop']],
    ['The firm operates a gold mine of about 3 million ounces near Tarkwa.', ['gold=mineral:gold'], ['gold:metal:keep']],
    ['Engineers called it a gold mine of unusual depth.', ['gold=mineral:gold'], ['gold:metal:keep']],
    ['They gave each other tin gifts for their tin anniversary.', ['tin=mineral:tin'], ['tin:metal:keep']],
    ['Fans call bitcoin digital gold.', [], ['gold:figurative:drop']],
    ["Prospectors were fooled by fool's gold.", [], ['gold:figurative:drop']],
    // Praise quoted after a verb of naming, ending on the metal; a quoted price of the metal is the metal.
    ['The singer, whose voice critics called "pure gold", dies at 79.', [], ['gold:figurative:drop']],
    ['Traders said "gold" was the only safe bet, buying 20 tonnes.', ['gold=mineral:gold'], ['gold:metal:keep']],
    // A nickname "referred to as" or "known as" in quotes, its stop inside the quote too; the alloy before a ring is the metal.
    ['Lithium is often referred to as "white gold."', ['Lithium=mineral:lithium'], ['gold:figurative:drop']],
    ['She wore a white gold ring.', ['gold=mineral:gold'], ['gold:metal:keep']],
    // An alloy's colour before a piece of jewellery, and colours joined by a sign, are not figures.
    ['She wore a green gold ring.', ['gold=mineral:gold'], ['gold:metal:keep']],
    ['The club colours are black & gold.', [], ['gold:colour-pair:drop']],
    ['White gold is an alloy of gold and palladium.', ['gold=mineral:gold', 'gold=mineral:gold', 'palladium=mineral:palladium'], ['gold:metal:keep', 'gold:metal-list:keep']],
  ]);
});

describe('a medal won, or one of a pair of medals', () => {
  ruled([
    // The second clause leaves out the verb of winning; a determiner makes the metal a thing.
    ["Kenya's Kipyegon took gold in the 1500m and Ethiopia's Tsegay silver.", ['Kenya=country:KE', 'Ethiopia=country:ET'], ['gold:award-verb:drop', 'silver:award-gapped:drop']],
    ['Kenya took gold in the relay, and the sponsor paid in silver bars.', ['Kenya=country:KE', 'silver=mineral:silver'], ['gold:award-verb:drop', 'silver:metal:keep']],
    ['She earned silver despite a fall.', [], ['silver:award-verb:drop']],
    ['She took gold and silver at the trials.', [], ['gold:award-verb:drop', 'silver:award-verb:drop']],
    ['She could take gold or silver on Sunday.', [], ['gold:award-verb:drop', 'silver:award-verb:drop']],
    // A medal and then the metal's price in one sentence: "bronze" two words back is no pair.
    ['The team won bronze while silver hit a record high.', ['silver=mineral:silver'], ['silver:metal:keep']],
  ]);
});

describe('a medal in a sports event', () => {
  ruled([
    ['Silver in the 400 m hurdles went to Jamaica.', ['Jamaica=country:JM'], ['Silver:sports-event:drop']],
    ['Silver in the 400m went to Jamaica.', ['Jamaica=country:JM'], ['Silver:sports-event:drop']],
    // The event word is the fourth after "in", or the fifth with "the" before it.
    ['Silver in a very close race went to Kenya.', ['Kenya=country:KE'], ['Silver:sports-event:drop']],
    ['Silver in the cold and windy race went to Kenya.', ['Kenya=country:KE'], ['Silver:sports-event:drop']],
    // Further away it is only a sport cue somewhere in the sentence.
    ['Silver in what was a tight race went to Kenya.', ['Kenya=country:KE'], ['Silver:award:drop']],
    ['Silver in 1kg bars sold out at the mint.', ['Silver=mineral:silver'], ['Silver:metal:keep']],
  ]);
});

describe('a record, an album, a list of medals, a sport cue', () => {
  ruled([
    ['Gold hit a record high on Friday.', ['Gold=mineral:gold'], ['Gold:metal:keep']],
    ['Gold discoveries in the region drew prospectors.', ['Gold=mineral:gold'], ['Gold:metal:keep']],
    ['Her silver record hangs in the studio.', [], ['silver:record:drop']],
    ['He owns three silver records.', [], ['silver:record:drop']],
    ['Platinum for that record came in a month.', [], ['Platinum:record:drop']],
    // "a record", "a new record": the market's best, not a disc.
    ['Gold set a record on Friday.', ['Gold=mineral:gold'], ['Gold:metal:keep']],
    ['Gold prices set a new record.', ['Gold=mineral:gold'], ['Gold:metal:keep']],
    ['Silver saw a record outflow from funds.', ['Silver=mineral:silver'], ['Silver:metal:keep']],
    ['GOLD PRICES HIT A RECORD.', ['GOLD=mineral:gold'], ['GOLD:metal:keep']],
    ['Silver closed at a fresh record on Monday.', ['Silver=mineral:silver'], ['Silver:metal:keep']],
    ['Platinum notched another record this week.', ['Platinum=mineral:platinum'], ['Platinum:metal:keep']],
    // A material noun right after the metal wins over a medal further on.
    ['Gold and silver prices rose during the medal rush.', ['Gold=mineral:gold', 'silver=mineral:silver'], ['Gold:metal:keep', 'silver:metal:keep']],
    ['Silver futures posted record gains.', ['Silver=mineral:silver'], ['Silver:metal:keep']],
    ['Her third album reached platinum within a week of the album’s release.', [], ['platinum:award-noun:drop']],
    ['Gold and copper output both rose in May.', ['Gold=mineral:gold', 'copper=mineral:copper'], ['Gold:metal-list:keep', 'copper:metal:keep']],
    ['The Olympic silver came after years of injury.', [], ['silver:award:drop']],
  ]);
});

describe('a list of metals that is a tally of medals', () => {
  ruled([
    // Gold, silver and bronze in a row, as a medal table counts them.
    ['In the relay, Kenya finished with gold, silver and bronze.', ['Kenya=country:KE'], ['gold:medal-tally:drop', 'silver:medal-tally:drop']],
    ['Medal table: USA 40 gold, 44 silver, 42 bronze; China 40 gold.', ['USA=country:US', 'China=country:CN', 'gold=mineral:gold'], ['gold:medal-tally:drop', 'silver:medal-tally:drop', 'China:no-rule:keep', 'gold:metal:keep']],
    // A noun after the row: what the metals are made into.
    ['The shop sold gold, silver and bronze jewellery.', ['gold=mineral:gold', 'silver=mineral:silver'], ['gold:metal:keep', 'silver:metal:keep']],
    ['The relay team’s medal tally was gold and silver.', [], ['gold:award:drop', 'silver:award:drop']],
    ['Kenya’s medals were gold and silver in the relay.', ['Kenya=country:KE'], ['gold:award:drop', 'silver:sports-event:drop']],
    // Prices make it the material, bronze or not.
    ['Bronze, gold and silver prices all rose.', ['gold=mineral:gold', 'silver=mineral:silver'], ['gold:metal:keep', 'silver:metal:keep']],
  ]);
});

describe('a coin', () => {
  ruled([
    ['It cost a nickel; bread cost more.', [], ['nickel:coin:drop']],
    // A noun right after "a nickel": the metal as an adjective, not a coin.
    ['A nickel allergy made her skin itch.', ['nickel=mineral:nickel'], ['nickel:metal:keep']],
    // A verb right after "a nickel": the coin on its own.
    ["A nickel doesn't buy much anymore.", [], ['nickel:coin:drop']],
    ['A nickel is worth five cents.', [], ['nickel:coin:drop']],
    // No count word: the metal, whatever verb follows.
    ["Nickel doesn't rust easily.", ['Nickel=mineral:nickel'], ['Nickel:metal:keep']],
  ]);
});

describe('a police officer', () => {
  ruled([
    ['The copper said nothing to the reporters.', [], ['copper:police:drop']],
    ['A bent copper took bribes.', [], ['copper:police:drop']],
    ['The detective waited for the copper.', [], ['copper:police:drop']],
    ['Engineers prefer copper for its conductivity.', ['copper=mineral:copper'], ['copper:metal:keep']],
    ['Thieves stole copper from the railway, police said.', ['copper=mineral:copper'], ['copper:metal:keep']],
    // A theft: the copper is the loot, whatever police words stand around it.
    ['Police arrested two men after the copper was stolen.', ['copper=mineral:copper'], ['copper:metal:keep']],
    ['Thieves stripped the copper from the police station roof.', ['copper=mineral:copper'], ['copper:metal:keep']],
    ['A gang stole the copper, police said.', ['copper=mineral:copper'], ['copper:metal:keep']],
    ['Police are probing the theft of the copper.', ['copper=mineral:copper'], ['copper:metal:keep']],
    ['Rioters looted the copper, police said.', ['copper=mineral:copper'], ['copper:metal:keep']],
    ['The copper was questioned by the detective.', [], ['copper:police:drop']],
    // Police words make an officer of copper only: the nickel stays a metal.
    ['Police seized the nickel at the port.', ['nickel=mineral:nickel'], ['nickel:metal:keep']],
  ]);
});

describe('an iron for golf or clothes, or the verb', () => {
  ruled([
    ['He hit a 7-iron onto the green.', [], ['iron:golf-club:drop']],
    // A stroke played with the club, told by a golf word ("shot" is also lead's material).
    ['Her iron shot finished a yard from the pin on the 12th green.', [], ['iron:golf-club:drop']],
    ['The foundry casts iron shot for the navy.', ['iron=mineral:iron'], ['iron:metal:keep']],
    ['She will iron it tonight.', [], ['iron:verb:drop']],
    ['Ancient smiths worked iron a thousand years ago.', ['iron=mineral:iron'], ['iron:metal:keep']],
    ['Smiths turned scrap into iron a century ago.', ['iron=mineral:iron'], ['iron:metal:keep']],
    ['Builders moved towards iron a century ago.', ['iron=mineral:iron'], ['iron:metal:keep']],
    ['The town turned from wool to iron and coal.', ['iron=mineral:iron'], ['iron:metal:keep']],
    ['She bought an iron for the laundry.', [], ['iron:appliance-or-club:drop']],
    // One word between the determiner and the iron, unless it names a kind of the metal.
    ['Use a hot iron on the collar.', [], ['iron:appliance-or-club:drop']],
    ['The laundry hung on the wrought iron.', ['iron=mineral:iron'], ['iron:metal:keep']],
    ['The iron board creaked in the laundry.', [], ['iron:appliance-or-club:drop']],
    ['The iron gate near the golf course has rusted.', ['iron=mineral:iron'], ['iron:metal:keep']],
    ['Golf courses were built on land rich in iron.', ['iron=mineral:iron'], ['iron:metal:keep']],
    ['Early golf clubs used wood rather than iron.', ['iron=mineral:iron'], ['iron:metal:keep']],
    ['Old golf clubs were made of wood and iron.', ['iron=mineral:iron'], ['iron:metal:keep']],
    // Steel makes it the material, golf words or not.
    ['The golf resort stands where miners once dug the iron for steel.', ['iron=mineral:iron'], ['iron:metal:keep']],
  ]);
});

describe('a tin for baking or a can', () => {
  ruled([
    ['Grease a loaf tin and line it with paper.', [], ['tin:container:drop']],
    ['Open the tin can slowly.', [], ['tin:container:drop']],
    ['Bake the bread in the tin.', [], ['tin:kitchen-tin:drop']],
    ['Smelters bought the tin of three mines.', ['tin=mineral:tin'], ['tin:metal:keep']],
    // Kitchen words make a baking tin of tin only: iron in food stays a metal.
    ['Spinach cooked in butter is rich in iron.', ['iron=mineral:iron'], ['iron:metal:keep']],
  ]);
});

describe('a metal a market quotes', () => {
  ruled([
    // After "spot" or an exchange's initials, or before "futures": the metal, whatever its capital or the word after it.
    ['Spot gold edged up 1.6% to $4,017 an ounce.', ['gold=mineral:gold'], ['gold:quoted-metal:keep']],
    ['Spot Gold was last up 0.3% on the day.', ['Gold=mineral:gold'], ['Gold:quoted-metal:keep']],
    ['Traders sold Gold Futures on Friday.', ['Gold=mineral:gold'], ['Gold:quoted-metal:keep']],
    // Without them, a trim and a firm's name are what they were.
    ['She wore a gold edged scarf to the gala.', [], ['gold:colour-noun:drop']],
    ['Barrick Gold shares rose 2% in Toronto.', [], ['Gold:proper-name:drop']],
  ]);
});

describe('lead the role, the verb, the position and the metal', () => {
  ruled([
    // The metal as an exchange quotes it: the exchange before it, or a price move after it in a
    // sentence that prices per tonne; a lead after "the" or a possessive, or with no tonnes, is a position.
    ['LME lead fell 0.1% to $1,678 a tonne.', ['lead=mineral:lead'], ['lead:exchange-lead:keep']],
    // (review, stop 39) a tenor before lead only at the phrase's start or after an exchange; a price in another clause says nothing of lead.
    ['Three-month lead on the LME rose 1.1% to $2,010 a tonne.', ['lead=mineral:lead'], ['lead:exchange-lead:keep']],
    ['Labour held a three-month lead in the polls.', [], ['lead:lead-verb:drop']],
    ['The party lead fell to three seats as fertiliser hit $600 a tonne.', [], ['lead:lead-not-material:drop']],
    ['Women lead scrap collection in many cities.', [], ['lead:lead-verb-before-noun:drop']],
    // (second review) the verb only before a campaign's noun; a price elsewhere in the sentence is the metals'; a bare tenor needs a market.
    ['Nigeria exports lead scrap to India.', ['Nigeria=country:NG', 'lead=mineral:lead', 'India=country:IN'], ['lead:lead-material-noun:keep', 'India:default-country:keep']],
    ['Copper climbed 1.5% to $9,700 a tonne, while lead slipped 0.3%.', ['Copper=mineral:copper', 'lead=mineral:lead'], ['Copper:metal:keep', 'lead:lead-priced:keep']],
    ['Three-month lead in the standings gave the club hope.', [], ['lead:lead-verb:drop']],
    // (third review) a race's word only near the lead; a tenor in a poll; a verb before lead scrap.
    ['Lead fell 1.2% to $1,950 a tonne while Treasury yields rose 10 basis points.', ['Lead=mineral:lead'], ['Lead:lead-priced:keep']],
    ['Labour kept its three-month lead in the polls as shares fell on the London Stock Exchange.', [], ['lead:lead-verb:drop', 'London:capital-not-metonym:drop']],
    ['Battery makers support lead scrap collection.', ['lead=mineral:lead'], ['lead:lead-material-noun:keep']],
    // (stop 40 review) a place ending in -ing or a participle after its noun is no verb before lead scrap;
    // sales race only as what a lead is in; a bare tenor is the metal's unless an owner's.
    ['Activists in Beijing lead recycling campaigns in poor districts.', [], ['Beijing:literal-place:drop', 'lead:lead-verb-before-noun:drop']],
    ['Two former traders, now retired, lead scrap collection efforts in Lagos.', [], ['lead:lead-verb-before-noun:drop']],
    // (fifth review) an adverb before the participle, or a participle opening the sentence, still make lead its object.
    ['The government has recently expanded lead recycling programmes.', ['lead=mineral:lead'], ['lead:lead-material-noun:keep']],
    ['Expanding lead recycling programmes is a priority.', ['lead=mineral:lead'], ['lead:lead-material-noun:keep']],
    ['Lead rose on firm car battery sales to $2,080 a tonne.', ['Lead=mineral:lead'], ['Lead:lead-priced:keep']],
    ['Tesla kept its lead in EV sales as lithium fell to $9,000 a tonne.', ['lithium=mineral:lithium'], ['lead:lead-verb-or-position:drop']],
    ['Copper rose, while three-month lead on the LME edged down 0.2%.', ['Copper=mineral:copper', 'lead=mineral:lead'], ['Copper:metal:keep', 'lead:exchange-lead:keep']],
    ['Three-month lead on the London Metal Exchange fell 0.4%.', ['lead=mineral:lead'], ['lead:exchange-lead:keep', 'London:capital-not-metonym:drop']],
    // "spot" opening its phrase, and a metal before "futures" with no name before it.
    ['The tourist spot Silver Springs drew crowds.', [], ['Silver:proper-name:drop']],
    ['Investors bought Barrick Gold futures.', [], ['Gold:proper-name:drop']],
    ['U.S. Gold Futures gained 0.5%.', ['U.S.=country:US', 'Gold=mineral:gold'], ['Gold:quoted-metal:keep']],
    ['London lead rose 1.2% to $2,010 a ton.', ['lead=mineral:lead'], ['London:capital-not-metonym:drop', 'lead:lead-priced:keep']],
    ['Lead fell 0.4% to $1,980 a tonne.', ['Lead=mineral:lead'], ['Lead:lead-priced:keep']],
    // Scrap and recycling are the metal's trade; after a modal "lead" is still the verb.
    ['Lead scrap prices rose in March.', ['Lead=mineral:lead'], ['Lead:lead-material-noun:keep']],
    ['Lead recycling plants ran at full rates.', ['Lead=mineral:lead'], ['Lead:lead-material-noun:keep']],
    ['She will lead scrap collection drives this year.', [], ['lead:lead-verb-before-noun:drop']],
    ['Shanghai lead hit its highest in four months.', [], ['lead:lead-not-material:drop']],
    ['The lead rose to $2,100 a tonne as the team pulled clear.', [], ['lead:lead-not-material:drop']],
    ["Labour's lead fell to four points as wheat rose to $240 a tonne.", [], ['lead:lead-position:drop']],
    // What a thief takes is the metal; "stole the lead" is a position.
    ['A man who stole lead from the church roof was jailed.', ['lead=mineral:lead'], ['lead:stolen-lead:keep']],
    ['The striker stole the lead in the final minute.', [], ['lead:lead-verb:drop']],
    // Stripped off a building, "the lead" is the metal; a game's lead is taken, not stripped.
    ['Thieves stripped the lead from the church roof.', ['lead=mineral:lead'], ['lead:stripped-lead:keep']],
    ['Murray took the lead after the roof was closed.', [], ['lead:lead-not-material:drop']],
    // Spaced, "lead in" is left to the rules: after "of" the metal; hyphened, an introduction.
    ['Families were warned because of lead in the water pipes.', ['lead=mineral:lead'], ['lead:of-lead:keep']],
    // A substance that is there or is found; with an article a clue or a position.
    ['Is there lead in your lipstick?', ['lead=mineral:lead'], ['lead:lead-there:keep']],
    ["Inspectors found lead in the school's drinking water.", ['lead=mineral:lead'], ['lead:lead-found:keep']],
    ['Detectives found a lead in the case.', [], ['lead:lead-verb:drop']],
    ['Is there a lead in the case?', [], ['lead:lead-verb:drop']],
    ['The paths there lead to the beach.', [], ['lead:lead-verb:drop']],
    ["The anchor's lead-in to the report ran long.", [], ['lead:lead-in:drop']],
    ['Lead theft from church roofs is rising.', ['Lead=mineral:lead'], ['Lead:lead-material-noun:keep']],
    ['The co-lead of the project quit.', [], ['lead:lead-role:drop']],
    // Hyphened to another metal, it is half of the ore's name; hyphened to a word of a team, a role.
    ['The zinc-lead mine restarted in March.', ['zinc=mineral:zinc', 'lead=mineral:lead'], ['lead:metal-pair:keep']],
    ['Silver-lead-zinc concentrate was shipped.', ['Silver=mineral:silver', 'lead=mineral:lead', 'zinc=mineral:zinc'], ['Silver:metal-list:keep', 'lead:metal-pair:keep']],
    ['The team-lead on the zinc project quit.', ['zinc=mineral:zinc'], ['lead:lead-role:drop']],
    ['Doctors used a 12-lead ECG.', [], ['lead:lead-not-material:drop']],
    ['Her lead-acid battery died.', ['lead=mineral:lead'], ['lead:lead-compound:keep']],
    ['Lead poisoning harmed the children.', ['Lead=mineral:lead'], ['Lead:lead-material-noun:keep']],
    ['The pipes were made of lead.', ['lead=mineral:lead'], ['lead:of-lead:keep']],
    ['Labour will lead the talks.', [], ['lead:lead-verb-or-position:drop']],
    // After a modal, "lead" is the verb even before a noun the metal could modify.
    ['Rate cuts will lead markets higher.', [], ['lead:lead-verb-before-noun:drop']],
    ['Lead markets were quiet on Friday.', ['Lead=mineral:lead'], ['Lead:lead-material-noun:keep']],
    // Lead service lines are pipes; what a test looks for is the metal.
    ['Crews dug up lead service lines.', ['lead=mineral:lead'], ['lead:lead-material-noun:keep']],
    ['The lead service was cancelled.', [], ['lead:lead-not-material:drop']],
    ['Children tested high for lead.', ['lead=mineral:lead'], ['lead:tested-for-lead:keep']],
    // A role's modifier before its job noun: the senior substitute teacher, the testing engineer.
    ['She is the lead substitute teacher this term.', [], ['lead:lead-role-title:drop']],
    ['Firms hunt for a lead substitute in solder.', ['lead=mineral:lead'], ['lead:lead-material-noun:keep']],
    ['He was hired as lead testing engineer for the app.', [], ['lead:lead-role-title:drop']],
    ['Lead testing kits went out to families.', ['Lead=mineral:lead'], ['Lead:lead-material-noun:keep']],
    ['The team fought hard for lead.', [], ['lead:lead-not-material:drop']],
    // Only a sentence about materials leaves the noun or the verb to compromise (here absent: dropped).
    ['The smelter took the lead after the roof was closed.', [], ['lead:lead-noun?:drop']],
    ['Smelters fought hard for lead.', [], ['lead:lead?:drop']],
    ['Women lead the way in research.', [], ['lead:lead-verb:drop']],
    ['She took the lead.', [], ['lead:lead-not-material:drop']],
    ['She followed a lead.', [], ['lead:lead-not-material:drop']],
  ]);
});

describe('Chromium the browser', () => {
  ruled([
    ['Users of Chromium complained.', [], ['Chromium:browser-name:drop']],
    ['Chromium plating protects the steel.', ['Chromium=mineral:chromium'], ['Chromium:metal:keep']],
  ]);
});

describe('a name, an acronym in capitals, and a headline in capitals', () => {
  ruled([
    // An appositive that calls the word a band or a film; one that calls it a metal.
    ['Cobalt, the band from Oslo, played in Bergen.', [], ['Cobalt:proper-name:drop', 'Oslo:literal-place:drop']],
    ['Cobalt, a metal mined in Congo, rose 2%.', ['Cobalt=mineral:cobalt', 'Congo=country:CD'], ['Cobalt:metal:keep', 'Congo:country:keep']],
    // A title after a listing's time; a live blog's line on the market is no title.
    ['9pm: Iron Chef. The challenger cooks crab.', [], ['Iron:proper-name:drop']],
    ['9pm: Copper Climbs As Dollar Falls On Demand', ['Copper=mineral:copper'], ['Copper:metal:keep']],
    // In a headline every word has a capital: the one after the metal names nothing.
    ['GOLD RISES AS DOLLAR FALLS.', ['GOLD=mineral:gold'], ['GOLD:metal:keep']],
    ['Gold Rises As Dollar Weakens Again', ['Gold=mineral:gold'], ['Gold:metal:keep']],
    ['Central Banks Buy Gold As Dollar Slides', ['Gold=mineral:gold'], ['Gold:metal:keep']],
    // A name before the metal makes it a company's, in a headline too.
    ['Kinross Gold Beats Quarterly Estimates', [], ['Gold:name-or-tier:drop']],
    ['Endeavour Silver Names New Chief Executive', [], ['Silver:name-or-tier:drop']],
    ['Platinum Equity bought the firm.', [], ['Platinum:name-or-tier:drop']],
    // A firm's word of another trade after the metal, in a headline too; a market word is no firm's.
    ['Cobalt Robotics Cuts 20% Of Staff As Orders Slow', [], ['Cobalt:proper-name:drop']],
    ['Cobalt Prices Jump 20% As Congo Halts Exports', ['Cobalt=mineral:cobalt', 'Congo=country:CD'], ['Cobalt:metal:keep', 'Congo:country:keep']],
    // A byline's name: the metal as a surname.
    ['By Jordan Silver | Updated 9:42 a.m. ET', [], ['Silver:byline:drop']],
    ['Silver rose by 2% | Updated 9:42 a.m. ET', ['Silver=mineral:silver'], ['Silver:metal:keep']],
    ['Reporters asked Nickel Brown about it.', [], ['Nickel:proper-name:drop']],
    ['Tickets for Silver Jones went fast.', [], ['Silver:proper-name:drop']],
    // A name's first word at a sentence's start; a ticker or a market word after it is no name.
    ['Iron Mike Tyson will box an exhibition bout next summer.', [], ['Iron:proper-name:drop']],
    ['Copper CMCU3 rose 0.9% to $9,880 a tonne.', ['Copper=mineral:copper'], ['Copper:metal:keep']],
    // A capital on its own mid-sentence: a model's or a title's name, unless the sentence is about
    // markets or materials, or the word opens a quotation.
    ['Chevrolet recalled its Cobalt sedans last year.', [], ['Cobalt:proper-name:drop']],
    ['Investors piled into Gold as the dollar fell.', ['Gold=mineral:gold'], ['Gold:metal:keep']],
    // Words of the minerals trade and its politics make the capital a writer's style too.
    ['The government said Cobalt would join its critical minerals list.', ['Cobalt=mineral:cobalt'], ['Cobalt:metal:keep']],
    ["Indonesia's Nickel boom drew Chinese money.", ['Indonesia=country:ID', 'Nickel=mineral:nickel', 'Chinese=country:CN'], ['Nickel:metal:keep', 'Chinese:no-rule:keep']],
    // An appositive names a kind only at its head: a second article starts a clause of its own.
    ['Cobalt, a mineral the company mines in Congo, is vital.', ['Cobalt=mineral:cobalt', 'Congo=country:CD'], ['Cobalt:metal:keep', 'Congo:country:keep']],
    ['Cobalt, a robotics company, raised money.', [], ['Cobalt:proper-name:drop']],
    // A person by trade; a plural names a group the metal belongs to, not a name.
    ['Nickel, a former banker, now runs the charity.', [], ['Nickel:proper-name:drop']],
    // A street's name at a sentence's start: "was" in lower case shows it is no headline.
    ['Copper Beech Lane was closed.', [], ['Copper:proper-name:drop']],
    ['Gold, a favourite of central bankers, rose 1%.', ['Gold=mineral:gold'], ['Gold:metal:keep']],
    ['He said: "Copper is the new oil," and left.', ['Copper=mineral:copper'], ['Copper:metal:keep']],
    ['Doctors follow the GOLD guidelines for lung disease.', [], ['GOLD:acronym:drop']],
    ['Enter your TIN on the tax form.', [], ['TIN:acronym:drop']],
    ['GOLD PRICES HIT A RECORD HIGH. Analysts expect more gains.', ['GOLD=mineral:gold'], ['GOLD:metal:keep']],
  ]);
});

/** One match of `word` in a one-sentence `text`, as the recognizer would hand it to the rule. */
function match(text: string, word: string, entityId: string): SenseInput {
  const start = text.indexOf(word);
  if (start < 0) throw new Error(`"${word}" is not in "${text}"`);
  return { text, start, end: start + word.length, surface: word, entityId, kind: PayloadKind.Alias, sentence: { start: 0, end: text.length }, neighbours: [] };
}

// The dataset has no mercury and its aliases have no plurals, so no sentence reaches these cues
// through the recognizer: the rule is called directly, as the recognizer would call it.
describe('mercury the planet, and plural metal words', () => {
  it.each([
    ['The probe flew past Mercury last year.', 'Mercury', 'mineral:mercury', 'drop', 'planet-or-name'],
    // One cue word in each sentence, which starts with the name so that its capital says nothing.
    ['Mercury is the smallest planet.', 'Mercury', 'mineral:mercury', 'drop', 'planet'],
    ['Mercury was the Roman god of trade.', 'Mercury', 'mineral:mercury', 'drop', 'planet'],
    ['Mercury takes 88 days to orbit once.', 'Mercury', 'mineral:mercury', 'drop', 'planet'],
    ['Mercury lies closest to the sun.', 'Mercury', 'mineral:mercury', 'drop', 'planet'],
    ['Mercury was mapped by NASA in 2011.', 'Mercury', 'mineral:mercury', 'drop', 'planet'],
    ['Mercury was mapped by a probe in 2011.', 'Mercury', 'mineral:mercury', 'drop', 'planet'],
    ['Mercury was the stage name Freddie chose.', 'Mercury', 'mineral:mercury', 'drop', 'planet'],
    ['Mercury was mapped by the Messenger craft.', 'Mercury', 'mineral:mercury', 'drop', 'planet'],
    ['Mercury poisons rivers near gold mines.', 'Mercury', 'mineral:mercury', 'keep', 'metal'],
    ['The coppers arrived before the ambulance.', 'coppers', 'mineral:copper', 'drop', 'plural-object'],
    ['Coppers patrolled the estate at night.', 'Coppers', 'mineral:copper', 'drop', 'plural-object'],
  ])('%s', (text, word, id, verdict, why) => {
    expect(metalSense(match(text, word, id))).toEqual({ verdict, why });
  });
});

describe("a weight of the metal, a medal counted or won in a named sport, and a person's character", () => {
  ruled([
    // A unit before "of" weighs the metal, even among medals; without one the medals win.
    ['Each Olympic gold medal holds only 6 grams of gold.', ['gold=mineral:gold'], ['gold:quantity:keep']],
    ['She won Olympic gold in the 200 m.', [], ['gold:sports-event:drop']],
    // The winner between the medal and its event; a market's quarter is no event.
    ["Silver for Team GB in the men's eight.", [], ['Silver:sports-event:drop']],
    ['Demand for gold in the final quarter rose.', ['gold=mineral:gold'], ['gold:metal:keep']],
    // Paired with bronze and followed by a winner or nothing; "of the altar" makes them the metals.
    ['Bronze and silver for the Irish rowers.', ['Irish=country:IE'], ['silver:medal-pair:drop', 'Irish:default-country:keep']],
    ['Gold And Bronze For Britain On Day Four', ['Britain=country:GB'], ['Gold:medal-pair:drop']],
    ['The gold and bronze of the altar gleamed.', ['gold=mineral:gold'], ['gold:metal:keep']],
    ['The museum shows gold and bronze statues from Benin.', ['gold=mineral:gold', 'Benin=country:BJ'], ['gold:metal:keep']],
    // A verb of winning before a thing made of the metal: loot, not a medal.
    ['Thieves took gold jewellery and cash from the house.', ['gold=mineral:gold'], ['gold:metal:keep']],
    ['She took gold and her teammate silver.', [], ['gold:award-verb:drop', 'silver:award-gapped:drop']],
    // A medal counted in a career; a noun after it makes it the metal.
    ['The team is chasing a first gold since 1996.', [], ['gold:award-count:drop']],
    ['The mine celebrated a first gold pour since 1996.', ['gold=mineral:gold'], ['gold:metal:keep']],
    // A sport the award cues know.
    ['Gold for Kenya in the steeplechase as Ethiopia takes bronze.', ['Kenya=country:KE', 'Ethiopia=country:ET'], ['Gold:award:drop']],
    ['She has a golden voice and a silver tongue.', [], ['silver:colour-noun:drop']],
    // Praise of a person after a noun of body or character; a thing made of the metal is the metal.
    ['The school caretaker with a heart of gold is retiring.', [], ['gold:character:drop']],
    ['The king wore a crown of gold at the coronation.', ['gold=mineral:gold'], ['gold:metal:keep']],
    ['She has nerves of iron, unlike her rivals.', [], ['iron:character:drop']],
    ['It is the heart of gold mining country.', ['gold=mineral:gold'], ['gold:metal:keep']],
    // The metal must end the phrase: a noun after it makes a region or a trade of the metal.
    ['It is the heart of gold country, where prospectors camped.', ['gold=mineral:gold'], ['gold:metal:keep']],
    ['The caretaker has a heart of gold and everyone knows it.', [], ['gold:character:drop']],
    // "Cast-iron" before a noun of a promise or a rule: firmness as a figure.
    ['The minister gave a cast-iron guarantee that the hospital would stay open.', [], ['iron:figurative-assurance:drop']],
    ['The minister bought a cast-iron kettle for the office.', ['iron=mineral:iron'], ['iron:metal:keep']],
    ['The defence says he has a cast iron alibi for that night.', [], ['iron:figurative-assurance:drop']],
    ['The museum keeps a cast iron stove from 1880 in the hall.', ['iron=mineral:iron'], ['iron:metal:keep']],
    // An investment's steadiness as a figure: "cast-iron income", "cast-iron dividends".
    ['Utilities offer cast-iron dividends for cautious savers, the broker said.', [], ['iron:figurative-assurance:drop']],
    ['Utilities buy cast-iron pipes for cautious repairs, the engineer said.', ['iron=mineral:iron'], ['iron:metal:keep']],
    // Words of the jewellery trade: record "sales" beside them do not make the metal a prize.
    ['The jeweller says silver sales have doubled this year.', ['silver=mineral:silver'], ['silver:metal:keep']],
    ['The band says silver sales have doubled this year.', [], ['silver:award:drop']],
  ]);
});

describe('a compound of the metal and a body part or a theme, a shade in talk of paint', () => {
  ruled([
    ["Critics called the minister's reply tin-eared.", [], ['tin:colour-noun:drop']],
    ['An iron-fisted ruler took power.', [], ['iron:colour-noun:drop']],
    ['The firm threw a gold-themed party for staff.', [], ['gold:colour-noun:drop']],
    ['The firm sold tin-lined boxes for tea.', ['tin=mineral:tin'], ['tin:metal:keep']],
    ['Paint the skirting boards in a deep cobalt.', [], ['cobalt:colour-qualified:drop']],
    ['Miners found a deep cobalt seam in the hills.', ['cobalt=mineral:cobalt'], ['cobalt:metal:keep']],
    // In talk of paint the shade must end its phrase.
    ['Crews scraped old paint off the bridge and found deep iron corrosion.', ['iron=mineral:iron'], ['iron:metal:keep']],
  ]);
});

describe('gold and silver inside a screen game', () => {
  ruled([
    ['A teenager spent £2,000 on gold coins in a video game.', [], ['gold:screen-game:drop']],
    ['Each level of the mobile game pays out silver and gems.', [], ['silver:screen-game:drop']],
    // The Games of sport are no screen; a game maker's trade in the metal is the metal.
    ['A teenager spent £2,000 on gold coins at the Commonwealth Games shop.', ['gold=mineral:gold'], ['gold:metal:keep']],
    ['The video game maker will hold part of its reserves in gold.', ['gold=mineral:gold'], ['gold:metal:keep']],
  ]);
});

describe('a material word before a colour noun; a lead that narrows', () => {
  ruled([
    ['The plant makes battery-grade copper foil.', ['copper=mineral:copper'], ['copper:metal:keep']],
    ['The invitations carry copper foil lettering.', [], ['copper:colour-noun:drop']],
    ['Stocks rallied, but the lead has narrowed since March.', [], ['lead:lead-margin:drop']],
    ['Stocks rallied, but the lead has gone since March.', [], ['lead:lead-not-material:drop']],
  ]);
});

describe("a real-text audit of general news (round 15): a person called iron, a record's certification, a possessive's lead", () => {
  ruled([
    ["Local hero and iron-man Tomas Brell won the triathlon again.", [], ["iron:figure-of-a-person:drop"]],
    ["The mill rolled iron bars for the bridge.", ["iron=mineral:iron"], ["iron:metal:keep"]],
    ["Her multi-platinum debut album turns twenty this year.", [], ["platinum:certification:drop"]],
    ["The refinery cast platinum bars for the bank.", ["platinum=mineral:platinum"], ["platinum:metal:keep"]],
    ["Ohio followed its neighbour's lead and cut the battery plant's taxes.", [], ["lead:lead-position:drop"]],
    ["The battery plant's lead content is checked weekly.", ["lead=mineral:lead"], ["lead:lead-material-noun:keep"]],
  ]);
});

describe("a real-text audit of general news (round 15): gold sales of the metal or of a disc", () => {
  ruled([
    ["Dealers saw a rise in gold sales before the festival season.", ["gold=mineral:gold"], ["gold:metal-sales:keep"]],
    ["The rapper's gold sales topped a million copies.", [], ["gold:award:drop"]],
  ]);
});

describe('a colour named by a metal: "-colored", a list of colours, a shade in "-ish"', () => {
  ruled([
    ['The clasp uses silver colored metals.', [], ['silver:colour-named:drop']],
    ['The cat has a silver, black and white coat.', [], ['silver:colour-list:drop']],
    ['The mine sells silver, lead and zinc.', ['silver=mineral:silver', 'lead=mineral:lead', 'zinc=mineral:zinc'], ['silver:metal-list:keep', 'lead:metal-list:keep']],
    ['Its coat is a grayish silver.', [], ['silver:colour-qualified:drop']],
    ['Its coat is a layer of silver.', ['silver=mineral:silver'], ['silver:metal:keep']],
  ]);
});

describe('bare lead: had somewhere, acted on, said to be a metal (audit of home and health pages)', () => {
  ruled([
    ['Some older homes have lead in the paintwork.', ['lead=mineral:lead'], ['lead:lead-found:keep']],
    ['The home side had the lead in the first half.', [], ['lead:lead-verb:drop']],
    ['Old pipes can leach lead into the kettle.', ['lead=mineral:lead'], ['lead:lead-handled:keep']],
    ['Old pipes can lead to leaks.', [], ['lead:lead-verb-or-position:drop']],
    ['Lead is a soft grey metal.', ['Lead=mineral:lead'], ['Lead:lead-said-metal:keep']],
    ['The lead is a slim one after the first round.', [], ['lead:lead-not-material:drop']],
  ]);
});

describe('bare lead in rules, health and plumbing pages (audit of science and government pages)', () => {
  ruled([
    // What one is exposed to.
    ['Children face exposure to lead in older flats.', ['lead=mineral:lead'], ['lead:exposed-to-lead:keep']],
    ['Children face a choice to lead the class.', [], ['lead:lead-verb-or-position:drop']],
    // A share of an alloy, not a margin.
    ['The solder is 60% tin and 40% lead by weight.', ['tin=mineral:tin', 'lead=mineral:lead'], ['tin:metal:keep', 'lead:share-of-lead:keep']],
    ['The alloy holds about 4% lead by weight.', ['lead=mineral:lead'], ['lead:share-of-lead:keep']],
    // A margin in a poll, however it is held or extended.
    ['The senator holds a 4% lead in the latest state poll.', [], ['lead:lead-verb:drop']],
    ['The mayor held a 4% lead over her rival.', [], ['lead:lead-not-material:drop']],
    ['The mayor kept less than 4% lead over her rival.', [], ['lead:lead-not-material:drop']],
    // An amount taken in or held.
    ['Toddlers absorb more lead than adults do.', ['lead=mineral:lead'], ['lead:lead-handled:keep']],
    ['Toddlers want more lead time before exams.', [], []],
    // In a substance.
    ['Lead in tap water harms young children.', ['Lead=mineral:lead'], ['Lead:lead-in-a-substance:keep']],
    ['She will lead in the water polo final.', [], ['lead:lead-verb-or-position:drop']],
    // The metal as a subject of what metals do.
    ['Tests show whether lead leaches from the old taps.', ['lead=mineral:lead'], ['lead:lead-acts:keep']],
    // A level of the metal that a rule sets.
    ['The rule lowers the lead action level for schools.', ['lead=mineral:lead'], ['lead:lead-level:keep']],
    ['She will lead action groups at several levels.', [], ['lead:lead-verb-or-position:drop']],
    // What a thing contains, whatever follows.
    ['Never buy solder that contains lead for drinking water pipes.', ['lead=mineral:lead'], ['lead:lead-found:keep']],
    // How much of the metal: "no-lead", "low-lead"; and material compounds after a hyphen.
    ['Plumbers now use no-lead solder on water pipes.', ['lead=mineral:lead'], ['lead:lead-amount-compound:keep']],
    ['She was named co-lead of the project.', [], ['lead:lead-role:drop']],
    ['The old lead-lined tank was replaced.', ['lead=mineral:lead'], ['lead:lead-compound:keep']],
    // Said to be toxic.
    ['Lead is highly toxic to the nervous system.', ['Lead=mineral:lead'], ['Lead:lead-said-metal:keep']],
  ]);
});

describe('metals counted beside a medal row', () => {
  ruled([
    // Number words in the row, and a metal counted on its own beside it.
    ['Mira took one gold and three silver, and the squad two gold, one silver and one bronze.', [], ['gold:medal-tally:drop', 'silver:medal-tally:drop', 'gold:medal-tally:drop', 'silver:medal-tally:drop']],
    // No bronze in the sentence: no row, and a count of the metal is an amount.
    ['The mint sold one gold and three silver coins at auction.', ['gold=mineral:gold', 'silver=mineral:silver'], ['gold:metal:keep', 'silver:metal:keep']],
  ]);
});

describe('a remark in brackets inside a list of metals', () => {
  ruled([
    ['The plant produced cement, lead (secondary), iron and steel.', ['lead=mineral:lead', 'iron=mineral:iron'], ['lead:metal-list:keep', 'iron:metal:keep']],
    // (Review) A count in brackets is no remark: a medal table's row.
    ['India finished with Gold (3), Silver (5) and Bronze (2).', ['India=country:IN'], ['India:default-country:keep', 'Gold:proper-name:drop', 'Silver:proper-name:drop']],
    ['The plant produced cement, lead (some of it) and bricks.', [], ['lead:lead-not-material:drop']],
  ]);
});

// Stop 40, precision sweep of the wide English web (audit-sweepen).
describe('a medal beside a bronze that stands alone, and a rank of command', () => {
  ruled([
    ['Okafor came second for the silver while Mensah took home the bronze.', [], ['silver:medal-tally:drop']],
    ['The thieves took the silver and left the bronze.', ['silver=mineral:silver'], ['silver:metal:keep']],
    ['Police set up a gold command to run the response.', [], ['gold:name-or-tier:drop']],
    // (review 6) the verb "commands" with its object is the metal's price, not a rank.
    ['Gold commands a premium ahead of the wedding season.', ['Gold=mineral:gold'], ['Gold:metal:keep']],
    ['Gold command met at police headquarters an hour later.', [], ['Gold:name-or-tier:drop']],
    ['Physical silver commands premiums of up to $3 an ounce.', ['silver=mineral:silver'], ['silver:metal:keep']],
    ['The bronze commanders reported to gold command.', [], ['gold:name-or-tier:drop']],
    ['Police recovered the gold from the vault.', ['gold=mineral:gold'], ['gold:metal:keep']],
    ['Silver fell while gold held near its record on Friday.', ['Silver=mineral:silver', 'gold=mineral:gold'], ['Silver:metal:keep', 'gold:metal:keep']],
    ['They framed the gold beside its record.', [], ['gold:record:drop']],
  ]);
});

// (stop 41) review 7 item 2: an adverb and a past participle after a plural noun close the subject.
describe('(stop 41) lead after an adverb and a participle that close a plural subject', () => {
  ruled([
    ['Miners now retired lead recycling campaigns in Zambia.', ['Zambia=country:ZM'], ['lead:lead-verb-before-noun:drop']],
    ['Communities recently affected lead recycling efforts across Kenya.', ['Kenya=country:KE'], ['lead:lead-verb-before-noun:drop']],
    // A singular subject would take "leads"; a verb's -s before the adverb makes the participle attributive.
    ['The firm recently expanded lead recycling programmes in Kenya.', ['lead=mineral:lead', 'Kenya=country:KE'], ['lead:lead-material-noun:keep']],
    ['The group organises newly formed lead recycling campaigns in Zambia.', ['lead=mineral:lead', 'Zambia=country:ZM'], ['lead:lead-material-noun:keep']],
    // A verb that takes a campaign as its object, in the past, is the sentence's own verb.
    ['Battery makers recently launched lead recycling schemes.', ['lead=mineral:lead'], ['lead:lead-material-noun:keep']],
  ]);
});

// (stop 41) review 7 item 12: lead that has been mined is the metal.
describe('(stop 41) mined lead', () => {
  ruled([
    ['Newly mined lead is shipped to Shanghai from Peru.', ['lead=mineral:lead', 'Peru=country:PE'], ['lead:lead-handled:keep']],
    ['Peru mined lead for export to Shanghai.', ['Peru=country:PE', 'lead=mineral:lead'], ['lead:lead-handled:keep']],
    // Mines that lead, a noun and the verb: not the metal.
    ['Peru\'s mines lead the region in output.', ['Peru=country:PE'], ['lead:lead-verb:drop']],
    ['Newly hired staff lead the shipments to Shanghai from Peru.', ['Peru=country:PE'], ['lead:lead-verb:drop']],
  ]);
});

// (stop 41) closing note of stop 40: a medal with no word of placing, won or settled for.
describe('(stop 41) the silver won, or settled for in a sentence of sport', () => {
  ruled([
    ['Japan settled for the silver after losing the final to China.', ['Japan=country:JP', 'China=country:CN'], ['silver:award-verb:drop', 'China:no-rule:keep']],
    ['Kenya won the silver in Paris.', ['Kenya=country:KE'], ['silver:award-verb:drop', 'Paris:literal-place:drop']],
    // Settling for the cheaper metal, a noun after it, or loot taken: the metal.
    ['Investors settled for silver after gold rallied.', ['silver=mineral:silver', 'gold=mineral:gold'], ['silver:metal:keep', 'gold:metal:keep']],
    ['Chile settled for the silver price it was offered.', ['Chile=country:CL', 'silver=mineral:silver'], ['Chile:country:keep', 'silver:metal:keep']],
    ['The thieves took the silver from the vault in Lima.', ['silver=mineral:silver'], ['silver:metal:keep']],
  ]);
});

// (stop 41) noticed beside the medals: a metal won in a list with a metal no contest gives is the metal.
describe('(stop 41) silver won beside a metal that is no medal', () => {
  ruled([
    ['Peru won silver and zinc export deals with China.', ['Peru=country:PE', 'silver=mineral:silver', 'zinc=mineral:zinc', 'China=country:CN'], ['silver:metal-list:keep', 'China:no-rule:keep']],
    ['Mexico took silver and copper concessions in Zacatecas.', ['Mexico=country:MX', 'silver=mineral:silver', 'copper=mineral:copper'], ['silver:metal-list:keep', 'copper:metal:keep']],
    // Beside another medal, or a clause of its own after "and": medals.
    ['Kenya won gold and silver in the relay.', ['Kenya=country:KE'], ['gold:award-verb:drop', 'silver:award-verb:drop']],
    ['Kenya won silver and Ethiopia took bronze.', ['Kenya=country:KE', 'Ethiopia=country:ET'], ['silver:award-verb:drop']],
  ]);
});

describe('(stop 41, eighth review) mined lead as a verb, an acquired programme, a list on past Georgia', () => {
  ruled([
    ['Towns that were once mined lead the list of polluted sites in Zambia.', ['Zambia=country:ZM'], ['lead:lead-verb:drop']],
    ['Newly mined lead is shipped to Shanghai from Peru.', ['lead=mineral:lead', 'Peru=country:PE'], ['lead:lead-handled:keep']],
    ['Companies recently acquired lead recycling schemes in Mexico.', ['lead=mineral:lead', 'Mexico=country:MX'], ['lead:lead-material-noun:keep']],
    ['Miners now retired lead recycling campaigns in Zambia.', ['Zambia=country:ZM'], ['lead:lead-verb-before-noun:drop']],
    ['Delegations from Moscow, Georgia, as well as Kyiv attended the talks.', ['Georgia=country:GE'], ['Moscow:literal-place:drop', 'Georgia:country-context:keep', 'Kyiv:capital-not-metonym:drop']],
    ['Moscow, Georgia, held its first city council meeting.', [], ['Moscow:city-government:drop', 'Georgia:us-state:drop']],
  ]);
});

describe('(stop 41, eighth review) the silver or gold won at an auction is the lot bought', () => {
  ruled([
    ['A collector won the silver at auction for $20,000.', ['silver=mineral:silver'], ['silver:metal:keep']],
    ['The bidder won the gold at the Perth Mint auction.', ['gold=mineral:gold'], ['gold:metal:keep']],
    ['She won the silver in the 200 m at the world championships.', [], ['silver:award-verb:drop']],
    ['Okafor won the gold after a photo finish.', [], ['gold:award-verb:drop']],
  ]);
});

describe('(stop 41, ninth review) mined lead outside a relative clause, Georgia set off before including, bidding farewell', () => {
  ruled([
    ['The Romans mined lead to make water pipes.', ['lead=mineral:lead'], ['lead:lead-handled:keep']],
    ['Workers mined lead the hard way, by hand.', ['lead=mineral:lead'], ['lead:lead-handled:keep']],
    ['Towns that were once mined lead the list of polluted sites in Zambia.', ['Zambia=country:ZM'], ['lead:lead-verb:drop']],
    ['Moscow, Georgia, including its farms, flooded last week.', [], ['Moscow:capital-not-metonym:drop', 'Georgia:us-state:drop']],
    ['Delegations from Moscow, Georgia, as well as Kyiv attended the talks.', ['Georgia=country:GE'], ['Moscow:literal-place:drop', 'Georgia:country-context:keep', 'Kyiv:capital-not-metonym:drop']],
    ['The team won the silver after bidding farewell to its coach.', [], ['silver:award-verb:drop']],
    ['A collector won the silver at auction for $20,000.', ['silver=mineral:silver'], ['silver:metal:keep']],
  ]);
});

// (stop 42) mends of items left open by the reviews of stop 41.
describe('(stop 42) processed lead, irregular pasts before lead, settling for a placing', () => {
  ruled([
    // An adjective of processing after a determiner, a possessive or the sentence's start: the metal.
    ['The refined lead was shipped to Rotterdam.', ['lead=mineral:lead'], ['lead:processed-lead:keep']],
    ['Peru\'s refined lead was shipped to China.', ['Peru=country:PE', 'lead=mineral:lead', 'China=country:CN'], ['lead:processed-lead:keep', 'China:no-rule:keep']],
    ['The team\'s expected lead shrank after halftime.', [], ['lead:lead-not-material:drop']],
    // An irregular past of a verb that takes a scheme or a stockpile as its object: lead is the metal.
    ['Miners recently built lead recycling schemes in Zambia.', ['lead=mineral:lead', 'Zambia=country:ZM'], ['lead:lead-material-noun:keep']],
    ['Miners recently built lead stockpiles in Queensland.', ['lead=mineral:lead'], ['lead:lead-material-noun:keep']],
    ['Women lead scrap collection drives in Lagos.', [], ['lead:lead-verb-before-noun:drop']],
    // Settling for silver with no word of buying or money is a placing; a household's is the metal.
    ['The Kenyan runner settled for silver behind Kipyegon.', ['Kenyan=country:KE'], ['silver:settled-for-a-placing:drop']],
    ['Households settled for silver when gold became unaffordable.', ['silver=mineral:silver', 'gold=mineral:gold'], ['silver:metal:keep', 'gold:metal:keep']],
  ]);
});

describe('(stop 42) tenth review: lead after a relative where or whose, and after a passive mined', () => {
  ruled([
    ['Districts where coal was mined lead the rankings for lung disease in Kentucky.', [], ['lead:lead-verb:drop']],
    ['Provinces whose hills were mined lead China in silver output.', ['China=country:CN', 'silver=mineral:silver'], ['lead:lead-not-material:drop', 'China:no-rule:keep', 'silver:metal:keep']],
    ['The Romans mined lead to make water pipes.', ['lead=mineral:lead'], ['lead:lead-handled:keep']],
  ]);
});

describe('(stop 42) lead as the bare object of a verb of trade or carriage', () => {
  ruled([
    ['Traders bought lead at $2,100 a tonne.', ['lead=mineral:lead'], ['lead:lead-traded:keep']],
    ['The company sold lead to Chinese battery makers.', ['lead=mineral:lead', 'Chinese=country:CN'], ['lead:lead-traded:keep', 'Chinese:no-rule:keep']],
    ['Smelters recently shipped lead to Rotterdam.', ['lead=mineral:lead'], ['lead:lead-traded:keep']],
    ['The mine sent lead to the smelter.', ['lead=mineral:lead'], ['lead:lead-traded:keep']],
    ['Traders recently held lead stocks in LME warehouses.', [], ['lead:lead-verb-or-position:drop']],
    ['China exported lead to India last year.', ['China=country:CN', 'India=country:IN'], ['China:no-rule:keep', 'lead:lead-verb:drop', 'India:default-country:keep']],
    ['The bonds they sold lead to heavy losses.', [], ['lead:lead-verb:drop']],
    ['Reforms the minister sent lead to protests.', [], ['lead:lead-verb:drop']],
    ['Mining stocks that investors bought lead the index.', [], ['lead:lead-verb:drop']],
    ['Nyrstar sold lead and zinc from its Port Pirie smelter.', ['lead=mineral:lead', 'zinc=mineral:zinc'], ['lead:metal-list:keep']],
    ['Kazakhstan exported lead worth $50 million to China, mining officials said.', ['Kazakhstan=country:KZ', 'lead=mineral:lead', 'China=country:CN'], ['lead:lead-traded:keep', 'China:no-rule:keep']],
    ['The refinery ships lead in 25-tonne ingots.', [], ['lead:lead-verb:drop']],
    ['Battery makers bought lead at record prices this year.', ['lead=mineral:lead'], ['lead:lead-traded:keep']],
    ['The teams we bought lead the table.', [], ['lead:lead-verb:drop']],
    ['The Romans traded lead across the empire.', [], ['lead:lead-not-material:drop']],
  ]);
});

describe("(stop 42) eleventh review: silver settled for by its users, lead after a plural subject, a refined lead in a race, the game's own words", () => {
  ruled([
    ['Solar panel makers settled for silver as copper proved unreliable.', ['silver=mineral:silver', 'copper=mineral:copper'], ['silver:metal:keep', 'copper:metal:keep']],
    ['The Kenyan runner settled for silver behind Kipyegon.', ['Kenyan=country:KE'], ['silver:settled-for-a-placing:drop']],
    ['Soybeans lead shipments from Brazil to China.', ['Brazil=country:BR', 'China=country:CN'], ['lead:lead-verb-before-noun:drop', 'China:no-rule:keep']],
    ['China\'s lead inventories rose last month.', ['China=country:CN', 'lead=mineral:lead'], ['China:no-rule:keep', 'lead:lead-material-noun:keep']],
    ['The team\'s refined lead in the standings held up.', [], ['lead:lead-verb:drop']],
    ['The refined lead was shipped to Rotterdam.', ['lead=mineral:lead'], ['lead:processed-lead:keep']],
    ['American football owners voted to move the Super Bowl to Las Vegas.', [], ['American:sport:drop']],
    ['American football investors bought Chelsea.', ['American=country:US'], ['American:not-us:keep']],
  ]);
});

describe('(stop 42) two steps of processing joined by and before lead', () => {
  ruled([
    ['Stockpiled and refined lead was shipped from Port Pirie.', ['lead=mineral:lead'], ['lead:processed-lead:keep']],
    ['The team\'s gains and refined lead held up.', [], ['lead:lead-not-material:drop']],
    ['Mined and refined lead is sold to battery makers.', ['lead=mineral:lead'], ['lead:processed-lead:keep']],
  ]);
});

describe("(stop 42) twelfth review: an arena's name, lead to a loss, lead changes", () => {
  ruled([
    ['The Kenyan settled for silver at the Copper Box Arena.', ['Kenyan=country:KE'], ['silver:settled-for-a-placing:drop', 'Copper:proper-name:drop']],
    ['Solar panel makers settled for silver as copper proved unreliable.', ['silver=mineral:silver', 'copper=mineral:copper'], ['silver:metal:keep', 'copper:metal:keep']],
    ['The zinc concentrates the smelter bought lead to a loss of $40 a tonne.', ['zinc=mineral:zinc'], ['lead:lead-verb:drop']],
    ['The two teams traded lead changes as the mining town cheered.', [], ['lead:lead-verb:drop']],
    ['The company sold lead to Chinese battery makers.', ['lead=mineral:lead', 'Chinese=country:CN'], ['lead:lead-traded:keep', 'Chinese:no-rule:keep']],
  ]);
});

describe('(stop 43) a choice of two medals, and gold a contestant missed out on', () => {
  ruled([
    ['The pair were already sure of either silver or bronze and needed to finish within five places of the Americans.', ['Americans=country:US'], ['silver:medal-pair:drop', 'Americans:not-us:keep']],
    ['The statue is cast in either silver or bronze depending on the buyer.', ['silver=mineral:silver'], ['silver:metal:keep']],
    ['The trophy comes in either silver or bronze finishes.', ['silver=mineral:silver'], ['silver:metal:keep']],
    ['She missed out on gold as her rival won the final by a tenth of a second.', [], ['gold:award-verb:drop']],
    ['Investors who sold in March missed out on gold as prices climbed to a record.', ['gold=mineral:gold'], ['gold:metal:keep']],
    ['Traders missed out on gold\'s rally this year.', ['gold=mineral:gold'], ['gold:metal:keep']],
    ['He missed out on silver by a fraction.', [], ['silver:award-verb:drop']],
  ]);
});

describe("(stop 43) real-text sweep of senses: tier metals listed before a blocked tier phrase, a coin's metal named by a share or a verb of making", () => {
  ruled([
    ['Members can choose between silver or gold cards when they sign up.', [], ['silver:tier-list:drop']],
    ['The refiner sells silver or gold bars to private buyers.', ['silver=mineral:silver', 'gold=mineral:gold'], ['silver:metal-list:keep', 'gold:metal-list:keep']],
    ['The old dime was made of 90 percent silver and 10 percent copper.', ['silver=mineral:silver', 'copper=mineral:copper'], ['silver:metal:keep', 'copper:metal:keep']],
    ['Those cents were minted in copper before the war.', ['copper=mineral:copper'], ['copper:metal:keep']],
    ['The new coin contains 25% nickel and 75% copper.', ['nickel=mineral:nickel', 'copper=mineral:copper'], ['nickel:metal:keep', 'copper:metal:keep']],
    ['She found a copper in the change jar.', [], ['copper:coin:drop']],
  ]);
});
