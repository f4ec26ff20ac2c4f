/**
 * Deal phrases on sentences written for these tests (none from the gold sets): which words head a
 * deal, when a money word is a transaction rather than generic talk, and how far the span runs.
 */
import { describe, expect, it } from 'vitest';
import { makeRecognizer } from '../../../scripts/lib/recognizer.ts';

const recognize = makeRecognizer(true);
const deals = (text: string) => recognize(text).mentions.filter((m) => m.type === 'deal').map((m) => m.surface);
const cases = (rows: [string, string[]][]) => it.each(rows)('%s', (text, expected) => expect(deals(text)).toEqual(expected));

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
