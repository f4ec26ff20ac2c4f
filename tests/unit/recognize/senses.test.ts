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

describe('tins for baking and cans', () => {
  cases([
    ['Line the tin with parchment and pour in the batter.', []],
    ['Leave the cake in its tin for ten minutes.', []],
    ['He opened a tin of peaches for dessert.', []],
    ['Tin output from the smelter fell 5% in March.', ['Tin=mineral:tin']],
    ['Bolivia mines tin and silver in the same valleys.', ['Bolivia=country:BO', 'tin=mineral:tin', 'silver=mineral:silver']],
  ]);
});

describe('a metal word that names a colour on a chart or a product', () => {
  cases([
    ['On the graph, the gold line tracks exports to Japan.', ['Japan=country:JP']],
    ['The phone is offered in gold, silver and black.', []],
    ['The watch comes in gold or silver.', []],
    ['Gold output, the red line in the chart, fell again.', ['Gold=mineral:gold']],
    ['Copper and nickel futures fell on the chart’s last day.', ['Copper=mineral:copper', 'nickel=mineral:nickel']],
  ]);
});

describe('medals won in pairs and languages spoken in pairs', () => {
  cases([
    ['The relay team took gold and silver on the same night.', []],
    ['He speaks German and some basic Thai.', []],
    ['Peru exports gold and silver to Swiss refiners.', ['Peru=country:PE', 'gold=mineral:gold', 'silver=mineral:silver', 'Swiss=country:CH']],
    ['She interviewed German and Thai officials.', ['German=country:DE', 'Thai=country:TH']],
  ]);
});

describe('Georgia in US politics', () => {
  cases([
    ['Georgia will be a battleground again in the midterms.', []],
    ['Turnout in Georgia surged as early voting opened.', []],
    ['Georgia and Azerbaijan share a pipeline to Turkey.', ['Georgia=country:GE', 'Azerbaijan=country:AZ', 'Turkey=country:TR']],
  ]);
});

describe('names at the edge of a longer name or a dateline', () => {
  cases([
    ['Kuwait (Reuters) - Oil output rose in May.', []],
    ['SINGAPORE — Traders bid up tin.', ['tin=mineral:tin']],
    ['MANILA, Philippines — Nickel exports rose.', ['Philippines=country:PH', 'Nickel=mineral:nickel']],
    ['Kuwait (KW) pumps oil.', ['Kuwait=country:KW']],
    ['The mill stands in Peru, Indiana, near the river.', []],
    ['Bronzes from the Kingdom of Benin were returned.', []],
    ['The Kingdom of Bahrain opened an aluminium smelter.', ['Kingdom of Bahrain=country:BH', 'aluminium=mineral:aluminum']],
    ['The Kingdom of Jordan mines potash.', ['Jordan=country:JO', 'potash=mineral:potash']],
    ['Historians of New Spain studied its silver fleets.', ['silver=mineral:silver']],
    ['Anti-Israel and pro-India slogans were painted on the wall.', ['Israel=country:IL', 'India=country:IN']],
    ['Israel Adesanya waved to pro-Israel fans.', ['Israel=country:IL']],
  ]);
});

describe('Chinese: names inside transliterated names, places and historic kingdoms', () => {
  cases([
    ['他的妹妹叫阿曼达，今年十岁。', []],
    ['球星巴西尔又进了一球。', []],
    ['巴西森林大火引发关注。', ['巴西=country:BR']],
    ['中国与阿曼达成了能源协议。', ['中国=country:CN', '阿曼=country:OM']],
    ['政府决定扩大马铃薯种植。', []],
    ['大马政府宣布开放锡矿。', ['大马=country:MY', '锡=mineral:tin']],
    ['古代贝宁王国的铜雕很有名。', ['铜=mineral:copper']],
    ['摩洛哥王国是磷酸盐大国。', ['摩洛哥王国=country:MA', '磷酸盐=mineral:phosphate']],
    ['新几内亚岛是世界第二大岛。', []],
    ['古巴比伦的城墙早已消失。', []],
  ]);
});

describe('Chinese: lists of one-character abbreviations', () => {
  cases([
    ['英、法、德三国外长举行会谈。', ['英=country:GB', '法=country:FR', '德=country:DE']],
    ['中日两国恢复了航班。', ['中=country:CN', '日=country:JP']],
    ['美、英、澳签署了协议。', ['美=country:US', '英=country:GB', '澳=country:AU']],
    ['德、智、体全面发展是教育目标。', []],
    ['中美元首会晤取得成果。', ['中=country:CN', '美=country:US']],
    ['这批货值五百万美元。', []],
    ['美墨两国同意加强边境合作。', ['美=country:US', '墨=country:MX']],
    ['近日美方表示将调整关税。', ['美=country:US']],
    ['中欧班列运送了大量货物。', ['中=country:CN']],
    ['中欧国家的经济增长较快。', []],
    ['这是一家中外合资公司。', ['中=country:CN']],
  ]);
});

describe('Chinese: metal characters inside words', () => {
  cases([
    ['当地人至今还在河里淘金。', ['金=mineral:gold']],
    ['这批铁器出土于战国墓葬。', ['铁=mineral:iron']],
    ['一只金丝雀站在笼子里。', []],
    ['他赔了三千两银子。', ['银=mineral:silver']],
    ['国库里只剩银十万两。', ['银=mineral:silver']],
    ['冶金专业的毕业生很抢手。', []],
    ['铁匠每天都要打铁。', ['铁=mineral:iron']],
    ['基金公司的金融产品很多。', []],
    ['宋金元三朝的历史很复杂。', []],
  ]);
});
