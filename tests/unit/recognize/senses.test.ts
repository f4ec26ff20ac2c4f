/**
 * Each general sense cue on sentences written for these tests (none from the gold sets): the
 * other sense is dropped, and a sentence about the material or the country is kept, so a cue
 * that fires too widely fails as surely as one that does not fire. Without compromise, so that
 * the cue itself decides, not a part-of-speech tag.
 */
import { describe, expect, it } from 'vitest';
import { makeRecognizer } from '../../../scripts/lib/recognizer.ts';

const recognize = makeRecognizer(false);
const found = (text: string) => recognize(text).mentions.filter((m) => m.type !== 'deal').map((m) => `${m.surface}=${m.id}`);
const cases = (rows: [string, string[]][]) => it.each(rows)('%s', (text, expected) => expect(found(text)).toEqual(expected));

describe('sports and medals', () => {
  cases([
    ['The 19-year-old took gold in the 200 m breaststroke on Tuesday.', []],
    ['Her sister finished with silver in the women’s singles.', []],
    ['She won gold at the regional championships last spring.', []],
    ['Investors took gold to a fresh high on Friday.', ['gold=mineral:gold']],
    ['Gold in the vaults of the central bank grew to 2,300 tonnes.', ['Gold=mineral:gold']],
  ]);
});

describe('coins', () => {
  cases([
    ['A cup of coffee once cost a nickel.', []],
    ['He found two dimes and a nickel under the sofa.', []],
    ['Not worth a copper, the old man grumbled.', []],
    ['Indonesia banned exports of nickel ore in 2020.', ['Indonesia=country:ID', 'nickel=mineral:nickel']],
    ['The plant turns a nickel concentrate into sulphate.', ['nickel=mineral:nickel']],
  ]);
});

describe('occupations and slang', () => {
  cases([
    ['The copper said nothing and wrote in his notebook.', []],
    ['A bent copper took bribes from the gang for years.', []],
    ['The coppers arrived before the ambulance did.', []],
    ['Copper rose 3% as demand from smelters picked up.', ['Copper=mineral:copper']],
    ['A bent copper pipe was found under the floor.', ['copper=mineral:copper']],
  ]);
});

describe('product tiers after a metal word', () => {
  cases([
    ['Her bank moved her to a Platinum card with lounge access.', []],
    ['Flyers keep gold status only if they fly 30 times a year.', []],
    ['The fair lists three silver sponsors this year.', []],
    ['Platinum prices fell as car makers cut orders.', ['Platinum=mineral:platinum']],
  ]);
});

describe('colours', () => {
  cases([
    ['The home side plays in black and gold.', []],
    ['The walls were painted gold for the gala.', []],
    ['A silver-grey sedan was parked outside.', []],
    ['Copper-coloured leaves covered the path.', []],
    ['Gold and copper output both rose in May.', ['Gold=mineral:gold', 'copper=mineral:copper']],
    ['Cobalt from the mine goes to battery makers.', ['Cobalt=mineral:cobalt']],
  ]);
});

describe('irons that are not iron', () => {
  cases([
    ['Remember to iron the shirts before the interview.', []],
    ['He hit a 7-iron onto the green.', []],
    ['Iron pipes rusted in the old mill.', ['Iron=mineral:iron']],
  ]);
});

describe('nationality words used as languages', () => {
  cases([
    ['In Spanish it means "little stream".', []],
    ['Her novel was translated from Korean by three people.', []],
    ['Subtitles in Turkish and Greek are offered.', []],
    ['Investment in Chinese factories slowed.', ['Chinese=country:CN']],
    ['Stakes in Chinese and Russian miners were sold.', ['Chinese=country:CN', 'Russian=country:RU']],
  ]);
});

describe('people named like countries, in either direction', () => {
  cases([
    ['Jordan Whitfield, a fund manager, expects prices to rise.', []],
    ['Analyst Chad Miller said the ore grade was poor.', []],
    ['The veteran forward Vernon Jordan scored twice.', []],
    ['Jordan said he had not seen the report.', []],
    ['Jordan’s teammates kept passing him the ball.', []],
    ['Israel Okafor scored in the final minute.', []],
    ['Jordan said it would expand potash mining.', ['Jordan=country:JO', 'potash=mineral:potash']],
    ['Jordan’s king met investors in Amman.', ['Jordan=country:JO']],
    ['Most of the mines in Jordan employ locals.', ['Jordan=country:JO']],
    ['Exports from India rose while Israel cut tariffs.', ['India=country:IN', 'Israel=country:IL']],
  ]);
});

describe('a lower-case country name', () => {
  cases([
    ['Exports to china rose 8% last year.', ['china=country:CN']],
    ['china’s steel output fell in May.', ['china=country:CN']],
    ['She keeps the fine china in a glass cabinet.', []],
    ['Dinner was served on china plates.', []],
    ['The roast turkey needs four hours.', []],
  ]);
});

describe('names typed with look-alike letters of other scripts', () => {
  const cyrillicC = '\u0421'; // С
  const cyrillicA = '\u0410'; // А
  it('folds a Cyrillic С in "China" and says the spelling mixes scripts', () => {
    const text = `Exports to ${cyrillicC}hina rose.`;
    const [m] = recognize(text).mentions;
    expect(m).toMatchObject({ id: 'country:CN', surface: `${cyrillicC}hina`, start: 11, end: 16, mixedScript: true });
  });
  it('keeps offsets right around a folded letter', () => {
    const text = `Lithium from ${cyrillicA}rgentina and Chile.`;
    const mentions = recognize(text).mentions;
    expect(mentions.map((m) => [m.surface, m.id, m.mixedScript ?? false])).toEqual([
      ['Lithium', 'mineral:lithium', false],
      [`${cyrillicA}rgentina`, 'country:AR', true],
      ['Chile', 'country:CL', false],
    ]);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });
  it('does not read a word made only of Cyrillic and Greek letters as an English name', () => {
    // Cyrillic С, Н, І, Greek Ν, Cyrillic А: folds to "china" but holds no Latin letter.
    expect(recognize('\u0421\u041d\u0406\u039d\u0410 exports.').mentions).toEqual([]);
  });
});

describe('a lower-case name that is a garment', () => {
  cases([
    ['The striker signed a jersey for the fans.', []],
    ['Fans in jersey number 9 filled the stand.', []],
  ]);
});
