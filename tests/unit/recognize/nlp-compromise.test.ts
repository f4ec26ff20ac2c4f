/** The compromise `Nlp`: tagged words at their offsets. */
import { describe, expect, it } from 'vitest';
import { createCompromiseNlp } from '../../../lib/recognize/nlp-compromise.ts';

const nlp = createCompromiseNlp();

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
