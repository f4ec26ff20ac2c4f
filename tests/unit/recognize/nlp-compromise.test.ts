/** The compromise `Nlp`: number phrases read to a finite number or to nothing, and tagged words at their offsets. */
import { describe, expect, it } from 'vitest';
import { createCompromiseNlp } from '../../../lib/recognize/nlp-compromise.ts';

const nlp = createCompromiseNlp();

describe('parseNumber', () => {
  it.each<[string, number | undefined]>([
    ['nine hundred million', 9e8],
    ['1.2 trillion', 1.2e12],
    ['5 and six', 5],
    // Nothing to read: undefined, not whatever compromise hands back for an empty match.
    ['no number here', undefined],
    ['', undefined],
  ])('%s', (phrase, expected) => {
    expect(nlp.parseNumber(phrase)).toBe(expected);
  });

  it('reads four hundred nines as nothing, not Infinity', () => {
    expect(nlp.parseNumber('9'.repeat(400))).toBeUndefined();
  });
});

describe('tag', () => {
  it('gives each word its offsets in the sentence and its tags', () => {
    const words = nlp.tag('Lead rose. Zinc fell.');
    expect(words.map((w) => [w.text, w.start, w.end])).toEqual([
      ['Lead', 0, 4],
      ['rose', 5, 9],
      ['Zinc', 11, 15],
      ['fell', 16, 20],
    ]);
    expect(words[2].tags).toContain('Noun');
  });
});
