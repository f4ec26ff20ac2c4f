import { describe, expect, it } from 'vitest';
import { AnswerBook, answerQuestions, withRemoteNlp, type NlpQuestions } from '../../../lib/recognize/nlp-answers.ts';
import { createCompromiseNlp } from '../../../lib/recognize/nlp-compromise.ts';
import type { Nlp } from '../../../lib/recognize/nlp.ts';
import { recognizeDetailed } from '../../../lib/recognize/recognize.ts';
import { nodeRecognizerOptions } from '../../../scripts/lib/recognizer.ts';

const { index, deals } = nodeRecognizerOptions(false);
const compromise = createCompromiseNlp();
const recognize = (text: string, nlp?: Nlp) => recognizeDetailed(text, { index, deals, nlp }).mentions;

describe('recognizing with compromise in another context', () => {
  // Sentences the rules leave to compromise (the first three), and one whose deal value it reads.
  const texts = [
    'Lead is rarely discussed at these meetings.',
    'Chad expects a better harvest this year.',
    'When each spelling is searched together with "pepper", "chilli" comes out in the lead.',
    'The miner agreed a nine hundred million dollar offtake deal with Australia.',
  ];
  it('uses sentences the rules cannot settle alone', () => {
    for (const text of texts.slice(0, 3)) expect(recognizeDetailed(text, { index, deals }).unsure).toBeGreaterThan(0);
  });

  for (const text of texts) {
    it(`gives what compromise in the same context gives: ${text}`, async () => {
      const local = recognize(text, compromise);
      const asked: NlpQuestions[] = [];
      const remote = await withRemoteNlp(new AnswerBook(), (nlp) => recognize(text, nlp), async (questions) => {
        asked.push(questions);
        return answerQuestions(compromise, questions);
      });
      expect(remote).toEqual(local);
      expect(asked.length).toBeLessThanOrEqual(3);
    });
  }

  it('asks nothing again that it already knows', async () => {
    const book = new AnswerBook();
    const text = texts[0];
    let rounds = 0;
    const ask = async (q: NlpQuestions) => {
      rounds++;
      return answerQuestions(compromise, q);
    };
    await withRemoteNlp(book, (nlp) => recognize(text, nlp), ask);
    const first = rounds;
    expect(first).toBeGreaterThan(0);
    await withRemoteNlp(book, (nlp) => recognize(text, nlp), ask);
    expect(rounds).toBe(first);
  });

  it('keeps the rules\' choice when compromise cannot be reached', async () => {
    const text = texts[0];
    const result = await withRemoteNlp(new AnswerBook(), (nlp) => recognize(text, nlp), async () => null);
    expect(result).toEqual(recognize(text));
  });
});
