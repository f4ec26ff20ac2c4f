/** The compromise `Nlp`: tagged words at their offsets. */
import { describe, expect, it } from 'vitest';
import { createCompromiseNlp } from '../../../lib/recognize/nlp-compromise.ts';
import { rememberingNlp, type Nlp } from '../../../lib/recognize/nlp.ts';
import { recognizeDetailed } from '../../../lib/recognize/recognize.ts';
import { nodeRecognizerOptions } from '../../../scripts/lib/recognizer.ts';

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

describe('an Nlp that remembers its answers for one text', () => {
  it('asks the wrapped one once per sentence and gives back what it said', () => {
    const asked: string[] = [];
    const wrapped: Nlp = { tag: (sentence) => (asked.push(sentence), [{ start: 0, end: sentence.length, text: sentence, tags: [`T${asked.length}`] }]) };
    const nlp = rememberingNlp(wrapped);
    const first = nlp.tag('Jordan spoke.');
    expect(nlp.tag('Jordan spoke.')).toBe(first);
    expect(nlp.tag('Air Jordan sold out.')[0].tags).toEqual(['T2']);
    expect(first[0].tags).toEqual(['T1']);
    expect(asked).toEqual(['Jordan spoke.', 'Air Jordan sold out.']);
  });
});

describe('recognition asking compromise', () => {
  it('asks once about a sentence that stands twice in the text, and settles both matches', () => {
    const asked: string[] = [];
    const counting: Nlp = { tag: (sentence) => (asked.push(sentence), nlp.tag(sentence)) };
    const caption = 'Photograph: Jordan Pettitt/PA\n';
    const once = recognizeDetailed(caption, { ...nodeRecognizerOptions(false), nlp: counting });
    expect(asked).toEqual([caption]);
    asked.length = 0;
    const twice = recognizeDetailed(caption + caption, { ...nodeRecognizerOptions(false), nlp: counting });
    expect(asked).toEqual([caption]);
    // Both matches settled by compromise's one answer (a person), not by the fallback, which keeps.
    expect(once.decisions.map((d) => [d.decision.why, d.final])).toEqual([['person?', 'drop']]);
    expect(twice.decisions.map((d) => [d.decision.why, d.final])).toEqual([
      ['person?', 'drop'],
      ['person?', 'drop'],
    ]);
  });
});
