/**
 * The words next to a match, found by scanning character codes, are the words the WORD pattern
 * finds (checked against it at every position of a text full of joiners, digits and scripts).
 */
import { describe, expect, it } from 'vitest';
import { gapText, isTitleCase, sentenceAround, sentenceAt, sentenceFinder, splitSentences, wordsAfter, wordsBefore, wordsIn, wordsInByPattern } from '../../../lib/recognize/context.ts';

const text = 'The supercalifragilisticexpialidocious co-lead said rock’n’roll won’t sell; U.S. output of 3.5 Mt fell. Ölpreis, Сhina, 中国 x-ray — 7-iron, “gold” 2024年 end.';
const regexBefore = (pos: number, n: number, limit: number) =>
  wordsInByPattern(text, Math.max(limit, pos - 24 * n), pos)
    .filter((w) => w.end <= pos)
    .slice(-n)
    .reverse();
const regexAfter = (pos: number, n: number, limit: number) => wordsInByPattern(text, pos, Math.min(limit, pos + 24 * n)).slice(0, n);

describe('words next to a position', () => {
  it('are the pattern’s words, before and after every position, within every limit', () => {
    for (let pos = 0; pos <= text.length; pos++) {
      for (const n of [1, 2, 4]) {
        for (const reach of [5, 30, 200]) {
          expect(wordsBefore(text, pos, n, Math.max(0, pos - reach))).toEqual(regexBefore(pos, n, Math.max(0, pos - reach)));
          expect(wordsAfter(text, pos, n, Math.min(text.length, pos + reach))).toEqual(regexAfter(pos, n, Math.min(text.length, pos + reach)));
        }
      }
    }
  });

  it('in a span are the pattern’s words, from every start to every end', () => {
    for (let from = 0; from < text.length; from += 3) {
      for (let to = from; to <= text.length; to += 5) expect(wordsIn(text, from, to)).toEqual(wordsInByPattern(text, from, to));
    }
  });

  it('keep joined words whole and skip what joins nothing', () => {
    expect(wordsAfter(text, 0, 4, text.length).map((w) => w.text)).toEqual(['The', 'supercalifragilisticexpialidocious', 'co-lead', 'said']);
    expect(wordsBefore(text, text.indexOf(' output'), 2, 0).map((w) => w.text)).toEqual(['U.S', 'sell']);
  });
});

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('sentence ends', () => {
  it.each<[string, string[]]>([
    // A full stop after a listed abbreviation or a one-letter initial does not end the sentence...
    ['Mr. Okafor spoke. Prices fell.', ['Mr. Okafor spoke.', ' Prices fell.']],
    ['J. Okafor spoke. Prices fell.', ['J. Okafor spoke.', ' Prices fell.']],
    ['Output rose in the U.S. Officials cheered.', ['Output rose in the U.S. Officials cheered.']],
    // An initialism of any length, not only the listed ones; a long word before the stop is no abbreviation.
    ['Shares of A.B.C.D. Mining rose. Prices fell.', ['Shares of A.B.C.D. Mining rose.', ' Prices fell.']],
    ['They signed an agreement. Prices fell.', ['They signed an agreement.', ' Prices fell.']],
    ['Output rose approx. Forty tonnes went abroad.', ['Output rose approx. Forty tonnes went abroad.']],
    // ...unless a sentence opener follows an abbreviation (not an initial: "Plan B. The" is a name).
    ['Output rose in the U.S. The next day it fell.', ['Output rose in the U.S.', ' The next day it fell.']],
    ['Plan B. The miners left.', ['Plan B. The miners left.']],
    // After an ordinary word it ends before a capital, a digit, a quote or Chinese, not before lower case.
    ['Prices fell. Output rose.', ['Prices fell.', ' Output rose.']],
    ['Prices fell. output rose.', ['Prices fell. output rose.']],
    ['Prices fell. 2024 was worse.', ['Prices fell.', ' 2024 was worse.']],
    ['Prices fell. “Worse” came later.', ['Prices fell.', ' “Worse” came later.']],
    ['Prices fell. 中国 exports rose.', ['Prices fell.', ' 中国 exports rose.']],
    // A full stop inside a number or a word ends nothing; closing quotes and brackets may follow one.
    ['Output rose 3.5 per cent in Jan. to 40 Mt.', ['Output rose 3.5 per cent in Jan. to 40 Mt.']],
    ['He said “Stop.” Then he left.', ['He said “Stop.', '” Then he left.']],
    ['(Prices fell.) Then they rose.', ['(Prices fell.', ') Then they rose.']],
    ['It rose.Then fell.', ['It rose.Then fell.']],
    // ! ? ; end a sentence whatever follows; so do Chinese marks and line breaks.
    ['Prices fell! output rose? yes; no.', ['Prices fell!', ' output rose?', ' yes;', ' no.']],
    ['铜价上涨。锡价下跌！为什么？因为；好', ['铜价上涨。', '锡价下跌！', '为什么？', '因为；', '好']],
    ['Prices fell\nOutput rose\u2029Stocks fell', ['Prices fell\n', 'Output rose\u2029', 'Stocks fell']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('leaves out pieces that are only white space', () => {
    expect(splitSentences('Prices fell.\n\nOutput rose.')).toEqual([
      { start: 0, end: 12 },
      { start: 14, end: 26 },
    ]);
    expect(splitSentences('Prices fell.\n \n')).toEqual([{ start: 0, end: 12 }]);
    expect(splitSentences('')).toEqual([]);
  });
});

describe('the sentence at a position, against the split', () => {
  // The search from a position skips, without asking, the characters that can end nothing: it must
  // still stop wherever the split (which asks of every character) cuts.
  it.each([
    'Mr. Okafor spoke. Prices fell! output rose? yes; no.',
    '铜价上涨。锡价下跌！为什么？因为；好',
    'Prices fell\nOutput rose\u2029Stocks fell. Shares of A.B.C.D. Mining rose.',
    'He said “Stop.” Then he left. Output rose 3.5 per cent in Jan. to 40 Mt.',
  ])('%s', (text) => {
    for (const piece of splitSentences(text)) {
      const start = piece.start + (/^\s*/.exec(text.slice(piece.start, piece.end))?.[0].length ?? 0);
      for (let pos = start; pos < piece.end; pos++) expect(sentenceAt(text, pos), `at ${pos}`).toEqual({ start, end: piece.end });
    }
  });
});

describe('the sentence at a position', () => {
  const text = 'Prices fell.  Output rose 3.5 per cent';
  it.each<[number, string]>([
    [0, 'Prices fell.'],
    [11, 'Prices fell.'],
    // From the white space after a sentence, the next sentence, without its leading spaces.
    [12, 'Output rose 3.5 per cent'],
    [20, 'Output rose 3.5 per cent'],
    [text.length - 1, 'Output rose 3.5 per cent'],
  ])('at %i is "%s"', (pos, expected) => {
    const span = sentenceAt(text, pos);
    expect(text.slice(span.start, span.end)).toBe(expected);
    expect(span.end).toBeLessThanOrEqual(text.length);
  });

  it('includes the mark that ends it, and stops at the end of the text', () => {
    expect(sentenceAt(text, 3)).toEqual({ start: 0, end: 12 });
    expect(sentenceAt(text, 20)).toEqual({ start: 14, end: text.length });
    expect(sentenceAt('铜价上涨。锡价', 1)).toEqual({ start: 0, end: 5 });
  });

  it('looks no further than 2,000 characters either way', () => {
    const long = `${'word '.repeat(1000)}end`;
    // The search stops 2,000 units away; the unit it stopped on is kept, as an end mark would be.
    expect(sentenceAt(long, 2500)).toEqual({ start: 500, end: 4501 });
  });
});

describe('the sentence finder of one text', () => {
  // Short sentences, a run of 5,000 characters with no end, one sentence of about 3,000 (longer
  // than the reach one way, shorter than it both ways; it opens with no space after the 。 that
  // ends the run, so that its first unit is its start), then short ones again.
  const text = [
    'Copper rose. Tin fell.',
    ` ${'word '.repeat(1000)}and more`,
    `。${'Zinc traders waited '.repeat(150)}for news.`,
    ' Nickel slid. Lead held.',
  ].join('');
  // Spread over the text, and the long sentence's middle followed by each position 2,000 units
  // (the reach) from either of its edges, and two either side of those.
  const long = sentenceAround(text, text.indexOf('Zinc') + 1500);
  const edges = [long.from + 2000, long.stop - 2000].flatMap((p) => [p - 2, p - 1, p, p + 1, p + 2]);
  const positions = [...Array.from({ length: 400 }, (_, i) => Math.floor((i * 7919) % text.length)), text.indexOf('Zinc') + 1500, ...edges];

  it('gives every position the span sentenceAt finds from it, whichever position asks first', () => {
    expect(long.real).toBe(true);
    for (const order of [positions, [...positions].reverse(), [...positions].sort((a, b) => a - b)]) {
      const find = sentenceFinder(text);
      for (const pos of order) expect(find(pos), `at ${pos}`).toEqual(sentenceAt(text, pos));
    }
  });

  it('gives back the same span object for positions of one sentence, asked again after another', () => {
    const find = sentenceFinder(text);
    const first = find(2);
    find(text.length - 3);
    expect(find(8)).toBe(first);
    // From the sentence's first unit, and from a position exactly the reach from either edge.
    find(text.length - 3);
    expect(find(first.start)).toBe(first);
    const middle = find(long.from + 1500);
    find(2);
    expect(find(long.from + 2000)).toBe(middle);
    find(2);
    expect(find(long.stop - 2000)).toBe(middle);
    // A text whose last sentence has no end mark: the text's end is a real edge too.
    const open = 'Copper rose. Tin fell and nickel';
    const findOpen = sentenceFinder(open);
    const last = findOpen(open.length - 2);
    findOpen(2);
    expect(findOpen(open.length - 8)).toBe(last);
  });
});

describe('a headline in Title Case', () => {
  it.each<[string, boolean]>([
    ['Gold Prices Climb as the Dollar Falls', true],
    ['Gold prices climb as the dollar falls', false],
    // Words of three letters or fewer are not counted either way.
    ['Gold Prices Climb; the yen and the won fall', true],
    // Fewer than three words longer than three letters: too short to tell.
    ['Gold Prices Up', false],
    // Seven of ten long words capitalised is not most of them; eight is.
    ['Alpha Bravo Charlie Delta Echo Foxtrot Golf hotel india juliet', false],
    ['Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel india juliet', true],
    // A short verb or pronoun in lower case is sentence case, whatever the names around it.
    ['Copper Beech Lane Station Road was closed', false],
    ['Copper Beech Lane Station Road Was Closed', true],
    ['Copper Beech Lane Station Road: their plans', false],
  ])('%s: %s', (text, expected) => {
    expect(isTitleCase(text, { start: 0, end: text.length })).toBe(expected);
  });
});

describe('the gap between two matches', () => {
  it('is trimmed and lower-cased', () => {
    expect(gapText('China , AND Japan', 5, 12)).toBe(', and');
    expect(gapText('China Japan', 5, 6)).toBe('');
  });
});
