/**
 * Deal phrases on sentences written for these tests (none from the gold sets): which words head a
 * deal, when a money word is a transaction rather than generic talk, and how far the span runs.
 */
import { describe, expect, it } from 'vitest';
import { makeRecognizer } from '../../../scripts/lib/recognizer.ts';

// The rules alone: the learned filter's last word on a kept phrase is tested in deal-filter.test.ts.
const recognize = makeRecognizer(true, { dealFilter: false });
const deals = (text: string) => recognize(text).mentions.filter((m) => m.type === 'deal').map((m) => m.surface);
const cases = (rows: [string, string[]][]) => it.each(rows)('%s', (text, expected) => expect(deals(text)).toEqual(expected));

describe('deal values without compromise', () => {
  // The amount is the digits times the scale word: the rules read it alone, compromise is not asked.
  const withoutNlp = makeRecognizer(false);
  const values = (text: string) => withoutNlp(text).mentions.filter((m) => m.type === 'deal').map((m) => m.deal?.value);
  it.each<[string, { text: string; amount: number; currency: string }]>([
    ['The miner signed a $2.5 billion offtake deal with Australia.', { text: '$2.5 billion', amount: 2.5e9, currency: 'USD' }],
    ['The smelter received a US$550 million loan.', { text: 'US$550 million', amount: 5.5e8, currency: 'USD' }],
    ['The accord, worth 1,200 thousand euros, runs to 2035.', { text: '1,200 thousand euros', amount: 1.2e6, currency: 'EUR' }],
  ])('%s', (text, value) => expect(values(text)).toEqual([value]));
});

describe('deal head nouns', () => {
  cases([
    ['The ministries signed an MoU on graphite refining.', ['an MoU']],
    ['A MOU was initialled by both utilities.', ['A MOU']],
    ['The rivals agreed to a truce in their tariff fight.', ['a truce']],
    ['A brittle truce between the two exporters held until May.', ['A brittle truce between the two exporters']],
    ['The neighbours reached an understanding on cobalt quotas.', ['an understanding']],
    ['An understanding with Kinshasa lets the refinery reopen.', ['An understanding with Kinshasa']],
    ['Traders await looming deals on copper supply.', ['looming deals']],
    ["The 'green steel' pact was signed in Oslo.", ["The 'green steel' pact"]],
    ['The “lithium for ports” accord took two years.', ['The “lithium for ports” accord']],
    ['The accord, worth $4 billion, runs to 2035.', ['The accord, worth $4 billion']],
  ]);
});

describe('words that are not deals here', () => {
  cases([
    ['Our understanding of the ore body keeps improving.', []],
    ['Trade agreements rarely mention graphite.', []],
    ['The investment will take a decade to pay off.', []],
    ['The region needs a reconstruction investment of its own kind.', []],
    ["Peru's Investment Board approved the mine's permits.", []],
    ['Foreign investment in smelting doubled.', []],
    ['The loan terms were never published.', []],
  ]);
});

describe('money words as transactions', () => {
  cases([
    ['The smelter received a $90 million loan.', ['a $90 million loan']],
    ['The refiner won financing from the European Investment Bank.', ['financing from the European Investment Bank']],
    ['Its first investment abroad was a Chilean brine project.', ['Its first investment']],
    ['The company secured funding in March.', ['funding']],
    ['Financing from the Asian Development Bank covers half the cost.', ['Financing from the Asian Development Bank']],
    ['The town hopes for a loan from its neighbours.', []],
  ]);
});

describe('how far a deal phrase runs', () => {
  cases([
    ['They formed a joint venture between Alpha Metals (AM), Beta Mining (BM) and Gamma Ltd. last year.', ['a joint venture between Alpha Metals (AM), Beta Mining (BM) and Gamma Ltd.']],
    ['It holds a contract with the US Department of Energy for graphite.', ['a contract with the US Department of Energy']],
    ['She signed a supply deal with Orano, a French nuclear fuel company, on Monday.', ['a supply deal with Orano, a French nuclear fuel company']],
    ['They signed a pact with Sirius, a first step toward new mines.', ['a pact with Sirius']],
    ['It sold its stake in a nickel plant in 2019.', ['its stake in a nickel plant']],
    ['The partnership between the two refiners ends in June.', ['The partnership between the two refiners']],
  ]);
});

describe('Chinese deal phrases', () => {
  cases([
    ['双方签署了一项关于锂及钴供应的协议。', ['一项关于锂及钴供应的协议']],
    ['两国就稀土出口和关税达成协议。', ['协议']],
  ]);
});

describe('Chinese stake words', () => {
  cases([
    ['该集团收购了这家矿企30%的股份。', ['这家矿企30%的股份']],
    ['嘉能可持有该矿少数股权。', ['该矿少数股权']],
    ['这家股份有限公司去年上市。', []],
    ['公司调整了股权结构。', []],
    ['股权是投资者关心的问题。', []],
    ['该集团收购了一家股份有限公司。', []],
  ]);
});

describe('deal words in other roles', () => {
  cases([
    ['The contract workers at the smelter went on strike.', []],
    ['Within the framework of the WTO, tariffs stay low.', []],
    ['It was a raw deal for the miners.', []],
    ['上海证券交易所的交易量大增。', []],
    ['外国投资者增持了股票。', []],
  ]);
});

describe('agreements a reader accepts, partnerships of runs, stakes that are risks', () => {
  cases([
    ['Registration means you accept our Membership Agreement.', []],
    ['Read the Privacy Policy before you accept the agreement.', []],
    ['Root and Stokes put on a 150-run partnership.', []],
    ['Their partnership ended when the opener was out for 40 runs.', []],
    ['The strike raised the stakes for both unions.', []],
    ["A sharpened stake held the tent's corner.", []],
    ['There is too much at stake to walk away.', []],
    ["The pandemic 'raised the stakes' for suppliers.", []],
    ['It kept a 12% stake in the smelter.', ['a 12% stake in the smelter']],
    ['The club signed a partnership with Vale.', ['a partnership with Vale']],
  ]);
});

describe('deals that were not made, and generic plurals', () => {
  cases([
    ['The miners have not signed a deal with the province.', []],
    ['Both sides left Geneva without an agreement.', []],
    ['The ministry failed to reach a deal on quotas.', []],
    ['The regulator did not approve the takeover of Allkem.', ['the takeover of Allkem']],
    ['He argued that new tariff agreements hurt farmers.', []],
    ['It shows how the Senate reviews trade deals.', []],
    ['These agreements let Kinshasa tax cobalt exports.', ['These agreements']],
  ]);
});

describe('partners, borrowers and names of agreements', () => {
  cases([
    ['The council wants a partnership with communities and charities.', []],
    ['The refiner formed a partnership with a Japanese trading house.', ['a partnership with a Japanese trading house']],
    ['Its loans to Laos financed a railway.', ['Its loans to Laos']],
    ['The fund made loans to farmers.', []],
    ['Canada ratified the Comprehensive Economic and Trade Agreement.', ['the Comprehensive Economic and Trade Agreement']],
    ['The bank extended a $90 million loan to Mongolia’s copper mine.', ['a $90 million loan to Mongolia’s copper mine']],
    ['The winger joined Celtic on loan from Leeds.', []],
    ["The striker's loan to Ajax was cut short.", []],
    ['The plant was built in partnership with Glencore.', []],
    ['The painting is on loan from the Louvre.', []],
    ['Japan renewed the Status of Forces Agreement.', ['the Status of Forces Agreement']],
  ]);
});

describe('Chinese deal words that need a deal context', () => {
  cases([
    ['本站所有内容未经协议授权不得转载。', []],
    ['注册即表示您同意用户协议。', []],
    ['他在备忘录里记下了会议时间。', []],
    ['两国签署了一份合作备忘录。', ['一份合作备忘录']],
    ['这本书提供了一个理解历史的框架。', []],
    ['双方达成了贸易框架。', ['贸易框架']],
    ['两国没有达成协议。', []],
    ['年轻人买房往往需要贷款。', []],
    ['该矿从世界银行获得贷款。', ['贷款']],
    ['这笔贷款的利率很低。', ['这笔贷款']],
  ]);
});

describe('Chinese acquisitions, buying in and joint founding', () => {
  cases([
    ['这笔收购让公司成为最大的钴生产商。', ['这笔收购']],
    ['公司去年收购了两座铜矿。', []],
    ['收购价格比市价高两成。', []],
    ['该收购案仍需监管部门批准。', ['该收购案']],
    ['比亚迪入股了一家锂矿公司。', ['入股']],
    ['入股比例将在下月确定。', []],
    ['他们与当地企业合资兴建了冶炼厂。', ['合资']],
    ['中外合资是改革开放初期的常见形式。', []],
  ]);
});

describe('deal words in everyday senses', () => {
  cases([
    ['That is the deal of the day on the website.', []],
    ['Deal with the emails first.', []],
    ['Voters will not accept a bad deal.', []],
    ['He said it was a terrible deal.', []],
    ['He called it a good international deal for both sides.', ['a good international deal']],
    ['The framework of the bridge is steel.', []],
    ['The takeover of the parliament building lasted hours.', []],
    ['The takeover of the miner closed in May.', ['The takeover of the miner']],
    ['Foreign investment from Japan rose.', []],
    ['It is the first direct investment from Japan in the valley.', ['the first direct investment from Japan']],
    ['The board approved funding for a new library.', []],
    ['Our partnership with listeners keeps us on air.', []],
  ]);
});
