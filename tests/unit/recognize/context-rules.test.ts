/**
 * Where a sentence ends and what counts as a word, at the edges the general context tests do
 * not reach: each kind of white space after a full stop, quotes and digits that open the next
 * sentence, a closing quote after the stop, two-character Chinese sentences, digits and letters
 * at the ends of the ASCII ranges, letters outside the BMP, inner apostrophes, and headlines of
 * exactly three long words. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { isTitleCase, sentenceAt, splitSentences, wordsIn } from '../../../lib/recognize/context.ts';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));
const words = (text: string) => wordsIn(text, 0, text.length).map((w) => `${w.text}@${w.start}-${w.end}`);

describe('a full stop ends a sentence when white space of any kind follows', () => {
  it.each<[string, string[]]>([
    ['Copper fell. Zinc rose.', ['Copper fell.', ' Zinc rose.']],
    ['Copper fell.\tZinc rose.', ['Copper fell.', '\tZinc rose.']],
    // The line break ends an empty sentence of its own, which is left out.
    ['Copper fell.\r\nZinc rose.', ['Copper fell.', 'Zinc rose.']],
    ['Copper fell.\u00a0Zinc rose.', ['Copper fell.', '\u00a0Zinc rose.']],
    ['Copper fell.\u3000Zinc rose.', ['Copper fell.', '\u3000Zinc rose.']],
    // The paragraph separator ends a sentence of its own; the stop before it still ends the first.
    ['Copper fell.\u2029Zinc rose.', ['Copper fell.', 'Zinc rose.']],
    // A stop with no space after it ("3.5", "fell.Zinc") ends nothing.
    ['Copper fell.Zinc rose.', ['Copper fell.Zinc rose.']],
  ])('%j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('an initialism with inner dots does not end the sentence', () => {
  it.each<[string, string[]]>([
    ['Vale signed with A.B.C. Mining in May.', ['Vale signed with A.B.C. Mining in May.']],
    // Unless a word that opens sentences follows, as after "U.S.".
    ['Talks with the U.A.E. The next day they resumed.', ['Talks with the U.A.E.', ' The next day they resumed.']],
    // A word with no inner dot is not an initialism.
    ['Vale signed with ABC. Mining fell.', ['Vale signed with ABC.', ' Mining fell.']],
  ])('%j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('what may open the next sentence', () => {
  it.each<[string, string[]]>([
    ['Copper fell. "Sell," he said.', ['Copper fell.', ' "Sell," he said.']],
    ["Copper fell. 'Sell,' he said.", ['Copper fell.', " 'Sell,' he said."]],
    ['Copper fell. \u2018Sell,\u2019 he said.', ['Copper fell.', ' \u2018Sell,\u2019 he said.']],
    ['Copper fell. 9 mines shut.', ['Copper fell.', ' 9 mines shut.']],
    ['Copper fell. 0.5% of output was lost.', ['Copper fell.', ' 0.5% of output was lost.']],
    // A lower-case word after the stop: the stop was not the end (an abbreviation nobody listed).
    ['Copper fell 2 pct. on the day.', ['Copper fell 2 pct. on the day.']],
    // Nor does an opening bracket start a sentence.
    ['Copper fell 2 pct. (see chart) on the day.', ['Copper fell 2 pct. (see chart) on the day.']],
    // After a listed abbreviation, only a sentence-opening word right after the space ends the sentence.
    ['Sales in the U.S. (A survey) rose.', ['Sales in the U.S. (A survey) rose.']],
    ['Sales rose in the U.S. The survey said so.', ['Sales rose in the U.S.', ' The survey said so.']],
    // Longer openers are read whole; a name's first word is not one of them.
    ['Sales rose in the U.S. Meanwhile China cut tariffs.', ['Sales rose in the U.S.', ' Meanwhile China cut tariffs.']],
    ['Sales rose in the U.S. Their cars sold well.', ['Sales rose in the U.S.', ' Their cars sold well.']],
    ['He met the U.S. Under Secretary in May.', ['He met the U.S. Under Secretary in May.']],
    ['Shares of U.S. Steel rose.', ['Shares of U.S. Steel rose.']],
  ])('%j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('ends the sentence at a stop with a closing quote or bracket between it and the space', () => {
    // The span ends at the stop; the closing mark goes with the next sentence, where no rule looks at it.
    expect(sentences('He said "sell." Zinc rose.').map((s) => s.trim())).toEqual(['He said "sell.', '" Zinc rose.']);
    expect(sentences('Copper fell (in May.) Zinc rose.').map((s) => s.trim())).toEqual(['Copper fell (in May.', ') Zinc rose.']);
  });
});

describe('Chinese sentences', () => {
  it('keeps a two-character sentence', () => {
    expect(sentences('好。走吧。')).toEqual(['好。', '走吧。']);
  });
});

describe('the sentence around a position', () => {
  it('is empty, not reversed, on an empty line', () => {
    const text = 'Copper fell.\n\n\nZinc rose.';
    const span = sentenceAt(text, 13);
    expect(span.start).toBeLessThanOrEqual(span.end);
    expect(text.slice(span.start, span.end)).toBe('');
  });
});

describe('words', () => {
  it.each<[string, string[]]>([
    ['in 1999', ['in@0-2', '1999@3-7']],
    ['zinc', ['zinc@0-4']],
    ['[lead]_{tin}', ['lead@1-5', 'tin@8-11']],
    ["China's zinc", ["China's@0-7", 'zinc@8-12']],
    // Letters outside the BMP (two UTF-16 units each) belong to the word.
    ['a\u{20000}b c', ['a\u{20000}b@0-4', 'c@5-6']],
    ['a\u{10000}b c', ['a\u{10000}b@0-4', 'c@5-6']],
    // A full-width letter is one unit, not two.
    ['\uff21\uff22\uff23 x', ['\uff21\uff22\uff23@0-3', 'x@4-5']],
  ])('%j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

describe('a headline in Title Case', () => {
  const titleCase = (text: string) => isTitleCase(text, { start: 0, end: text.length });
  it.each<[string, boolean]>([
    ['Copper Prices Surge', true],
    ['Copper prices surge', false],
    // A capital inside a word does not make it capitalised.
    ['Apple Sells iPhones', false],
    ['Apple Sells Phones', true],
  ])('%s', (text, expected) => {
    expect(titleCase(text)).toBe(expected);
  });
});
