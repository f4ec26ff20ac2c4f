/**
 * The deal tokenizer and value reader on their own: which words keep a final dot, where a text
 * range ends, and how a value phrase is read from the tokens (currency before or after the number,
 * scale glued or apart, percent in its three spellings). Strings written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tokenize, valueAt } from '../../../lib/recognize/deals/tokens.ts';

const words = (text: string) => tokenize(text, 0, text.length).map((t) => t.text);

/** The value phrase at the first token, without a number parser (scale table only). */
function value(text: string) {
  const v = valueAt(tokenize(text, 0, text.length), 0, text);
  return v && { text: v.text, amount: v.amount, currency: v.currency, percent: v.percent };
}

describe('tokenize', () => {
  it.each([
    // Initialisms and company suffixes keep their dot; other words leave it as punctuation.
    ['with U.S. Steel', ['with', 'U.S.', 'Steel']],
    ['the U.A.E. fund', ['the', 'U.A.E.', 'fund']],
    ['Lynas Corp. and Iluka', ['Lynas', 'Corp.', 'and', 'Iluka']],
    ['Vale Co. Ltd. said', ['Vale', 'Co.', 'Ltd.', 'said']],
    ['a deal with Tesco.', ['a', 'deal', 'with', 'Tesco', '.']],
    ['a deal with Costco.', ['a', 'deal', 'with', 'Costco', '.']],
    ['a deal with Corps.', ['a', 'deal', 'with', 'Corps', '.']],
    ['the Ab.C. unit', ['the', 'Ab.C', '.', 'unit']],
    ['the AB.C. unit', ['the', 'AB.C', '.', 'unit']],
    ['a deal with PetroCo.', ['a', 'deal', 'with', 'PetroCo', '.']],
    ['the U.Sx. unit', ['the', 'U.Sx', '.', 'unit']],
    ['the U.S', ['the', 'U.S']],
    ['Lynas Corp', ['Lynas', 'Corp']],
    ['$8.5bn, 70%', ['$', '8.5', 'bn', ',', '70', '%']],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('reads tokens that start inside the range only', () => {
    const text = 'Vale signed. Lynas won.';
    expect(tokenize(text, 0, 12).map((t) => t.text)).toEqual(['Vale', 'signed', '.']);
    expect(tokenize('$5bn', 0, 2).map((t) => t.text)).toEqual(['$', '5']);
    expect(tokenize(text, 13, text.length).map((t) => [t.text, t.start, t.end])).toEqual([['Lynas', 13, 18], ['won', 19, 22], ['.', 22, 23]]);
  });
});

describe('valueAt', () => {
  it.each([
    ['$8.5 billion', { text: '$8.5 billion', amount: 8.5e9, currency: 'USD', percent: undefined }],
    ['$10bn', { text: '$10bn', amount: 1e10, currency: 'USD', percent: undefined }],
    ['$10 bn', { text: '$10 bn', amount: 1e10, currency: 'USD', percent: undefined }],
    ['$1,200 million', { text: '$1,200 million', amount: 1.2e9, currency: 'USD', percent: undefined }],
    ['USD 500 million', { text: 'USD 500 million', amount: 5e8, currency: 'USD', percent: undefined }],
    ['AUD 1.2 billion', { text: 'AUD 1.2 billion', amount: 1.2e9, currency: 'AUD', percent: undefined }],
    ['EUR 300 million', { text: 'EUR 300 million', amount: 3e8, currency: 'EUR', percent: undefined }],
    ['8.5 billion US dollars', { text: '8.5 billion US dollars', amount: 8.5e9, currency: 'USD', percent: undefined }],
    ['2 million US dollar', { text: '2 million US dollar', amount: 2e6, currency: 'USD', percent: undefined }],
    ['2 million Australian dollars', { text: '2 million Australian dollars', amount: 2e6, currency: 'AUD', percent: undefined }],
    ['40 million Canadian dollars', { text: '40 million Canadian dollars', amount: 4e7, currency: 'CAD', percent: undefined }],
    // A currency word glued to the number is read as one, not as a scale.
    ['5000RMB', { text: '5000RMB', amount: 5000, currency: 'CNY', percent: undefined }],
    // A lone letter apart from the number is not read as a scale; glued, it is.
    ['$40 m', { text: '$40', amount: 40, currency: 'USD', percent: undefined }],
    ['$40m', { text: '$40m', amount: 4e7, currency: 'USD', percent: undefined }],
    ['300 million yuan', { text: '300 million yuan', amount: 3e8, currency: 'CNY', percent: undefined }],
    ['70%', { text: '70%', amount: undefined, currency: undefined, percent: 70 }],
    ['70 percent', { text: '70 percent', amount: undefined, currency: undefined, percent: 70 }],
    ['70 per cent', { text: '70 per cent', amount: undefined, currency: undefined, percent: 70 }],
  ])('%s', (text, expected) => {
    expect(value(text)).toEqual(expected);
  });

  it.each([
    // No currency and no percent: a bare number is no value.
    ['70 per capita'],
    ['8.5 billion US officials'],
    ['8.5 billion US'],
    ['2 million Australian miners'],
    ['2 million Australian'],
    ['500 million'],
    ['USD'],
    ['USD million'],
    ['the deal'],
    [''],
  ])('%s is no value', (text) => {
    expect(value(text)).toBeUndefined();
  });
});
