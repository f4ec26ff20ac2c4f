/**
 * The value a deal phrase carries, in English and Chinese: amount, currency and the unit words
 * (million, billion, 万, 亿) as the recognizer reads them. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { makeRecognizer } from '../../../scripts/lib/recognizer.ts';

const recognize = makeRecognizer(true);

/** The first deal mention's value: amount and currency, or null when it has none. */
function valueOf(text: string): { amount?: number; currency?: string } | null {
  const deal = recognize(text).mentions.find((m) => m.type === 'deal');
  if (!deal) throw new Error(`no deal found in: ${text}`);
  const value = deal.deal?.value;
  return value ? { amount: value.amount, currency: value.currency } : null;
}

describe('deal values in English', () => {
  it.each([
    ['The accord, worth $4 billion, runs to 2035.', 4e9, 'USD'],
    ['Officials signed a framework valued at $8.5 billion with Canberra.', 8.5e9, 'USD'],
    ['The miner agreed a $620 million loan with the export bank.', 6.2e8, 'USD'],
    ['Brussels backed the joint venture, valued at €2.5bn, on Monday.', 2.5e9, 'EUR'],
    ['Lynas won an offtake deal worth A$1.2 billion from Tokyo.', 1.2e9, 'AUD'],
    ['The refinery got a US$150m loan under the agreement.', 1.5e8, 'USD'],
    ['A deal worth 300 million yuan was signed in Baotou.', 3e8, 'CNY'],
    // Abbreviated scale words compromise does not know: read by the scale table, not as 2.5 or 40.
    ['The miner agreed a 2.5 bln dollar loan with the export bank.', 2.5e9, 'USD'],
    ['The smelter took a 40 mln dollar loan under the agreement.', 4e7, 'USD'],
    // Two-letter scale words apart from the number are scales too, as the glued ones are.
    ['The miner took a $10 bn loan under the agreement.', 1e10, 'USD'],
    ['The smelter took a $40 mn loan under the agreement.', 4e7, 'USD'],
    ['The miner signed a USD 500 million loan with the export bank.', 5e8, 'USD'],
    ['The miner signed an AUD 1.2 billion offtake deal with Tokyo.', 1.2e9, 'AUD'],
    ['The miner signed a EUR 300 million loan with the export bank.', 3e8, 'EUR'],
    ['Vale signed a pact worth 8.5 billion US dollars with Tokyo.', 8.5e9, 'USD'],
    ['The miner agreed a loan of 2 million Australian dollars with the bank.', 2e6, 'AUD'],
    // Grouping commas are dropped before the number parser reads "1200 million".
    ['The miner agreed a $1,200 million loan with the export bank.', 1.2e9, 'USD'],
    // South Asian scales and rupee signs: a crore is ten million, a lakh a hundred thousand, a lakh crore 1e12.
    ['The state signed an agreement worth Rs 1,227 crore with Kelvar Steel.', 1.227e10, 'INR'],
    ['The board signed a pact worth Rs.400 crore with Dunmore Cables.', 4e9, 'INR'],
    ['The state signed a deal worth INR 1.17 lakh crore with Ostrava Power.', 1.17e12, 'INR'],
    ['The city signed a contract worth Rs 75 lakh with a paving firm.', 7.5e6, 'INR'],
    ['The port signed a loan of Tk 500 crore with Hollis Bank.', 5e9, 'BDT'],
    ['The miner took a PKR 2 billion loan from Sandor Bank.', 2e9, 'PKR'],
  ])('%s', (text, amount, currency) => {
    expect(valueOf(text)).toEqual({ amount, currency });
  });

  it('reads crore only as a scale of a currency named with it', () => {
    // "120 crore" with no currency is a count, as "120 million" is: no value.
    expect(valueOf('The studio signed a deal with Varden Films after the film earned 120 crore.')).toBeNull();
  });

  it('leaves the value out when the sentence gives none', () => {
    expect(valueOf('The two governments signed a memorandum on cobalt refining.')).toBeNull();
  });
});

describe('deal values in Chinese', () => {
  it.each([
    ['两国签署了价值85亿美元的框架协议。', 8.5e9, 'USD'],
    ['该公司以5000万美元收购了少数股权。', 5e7, 'USD'],
    ['双方签订了一项总额30亿元人民币的合作协议。', 3e9, 'CNY'],
    ['日本企业将投资1200亿日元建设合资企业。', 1.2e11, 'JPY'],
    ['这项价值2.5亿欧元的谅解备忘录已经签署。', 2.5e8, 'EUR'],
    ['两国签署了价值3亿澳元的框架协议。', 3e8, 'AUD'],
    ['该公司获得一笔8000万美金贷款。', 8e7, 'USD'],
    ['双方签署了价值1.2万亿元的合作协议。', 1.2e12, 'CNY'],
    ['该公司签订了一份价值500千元的合同。', 5e5, 'CNY'],
    // Digits grouped by commas are one number, in the phrase and in a price before the verb.
    ['两国签署了价值1,200万美元的框架协议。', 1.2e7, 'USD'],
    ['该公司以1,500万美元收购了少数股权。', 1.5e7, 'USD'],
  ])('%s', (text, amount, currency) => {
    expect(valueOf(text)).toEqual({ amount, currency });
  });
});
