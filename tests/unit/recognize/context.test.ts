/**
 * The words next to a match, found by scanning character codes, are the words the WORD pattern
 * finds (checked against it at every position of a text full of joiners, digits and scripts).
 */
import { describe, expect, it } from 'vitest';
import { wordsAfter, wordsBefore, wordsIn, wordsInByPattern } from '../../../lib/recognize/context.ts';

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
