import { describe, expect, it } from 'vitest';
import { AnswerBook, answerQuestions, MAX_QUESTIONS, MAX_SENTENCE_CHARS, withRemoteNlp, type NlpQuestions } from '../../../lib/recognize/nlp-answers.ts';
import { createCompromiseNlp } from '../../../lib/recognize/nlp-compromise.ts';
import type { Nlp } from '../../../lib/recognize/nlp.ts';
import { recognizeDetailed } from '../../../lib/recognize/recognize.ts';
import { nodeRecognizerOptions } from '../../../scripts/lib/recognizer.ts';

const { index, deals } = nodeRecognizerOptions(false);
const compromise = createCompromiseNlp();
const recognize = (text: string, nlp?: Nlp) => recognizeDetailed(text, { index, deals, nlp }).mentions;

describe('recognizing with compromise in another context', () => {
  // Sentences the rules leave to compromise.
  const texts = [
    'Lead is rarely discussed at these mining meetings.',
    'Chad expects a better harvest this year.',
    'Lead weighs on smelter margins.',
  ];
  it('uses sentences the rules cannot settle alone', () => {
    for (const text of texts) expect(recognizeDetailed(text, { index, deals }).unsure).toBeGreaterThan(0);
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

describe('the answer book', () => {
  it('notes an unknown sentence once, then answers with its tags', () => {
    const book = new AnswerBook();
    expect(book.tag('Lead rose.')).toEqual([]);
    expect(book.tag('Lead rose.')).toEqual([]);
    const questions = book.takeQuestions();
    expect(questions).toEqual({ sentences: ['Lead rose.'] });
    const tags = [{ start: 0, end: 4, text: 'Lead', tags: ['Noun'] }];
    book.learn(questions!, { tags: [tags] });
    expect(book.tag('Lead rose.')).toEqual(tags);
    expect(book.takeQuestions()).toBeNull();
  });

  it('takes a sentence without tags as an answer too: not asked again', () => {
    const book = new AnswerBook();
    book.tag('Lead rose.');
    book.tag('Zinc fell.');
    const questions = book.takeQuestions()!;
    // An answer list shorter than the questions leaves the rest untagged, not unasked.
    book.learn(questions, { tags: [[]] });
    expect(book.tag('Lead rose.')).toEqual([]);
    expect(book.tag('Zinc fell.')).toEqual([]);
    expect(book.takeQuestions()).toBeNull();
  });

  it('does not ask about over-long sentences', () => {
    const book = new AnswerBook();
    expect(book.tag('x'.repeat(MAX_SENTENCE_CHARS + 1))).toEqual([]);
    book.tag('x'.repeat(MAX_SENTENCE_CHARS));
    expect(book.takeQuestions()).toEqual({ sentences: ['x'.repeat(MAX_SENTENCE_CHARS)] });
  });

  it('asks at most MAX_QUESTIONS in a round, and forgets the rest', () => {
    const book = new AnswerBook();
    for (let i = 0; i <= MAX_QUESTIONS; i++) book.tag(`Sentence ${i}.`);
    const questions = book.takeQuestions()!;
    expect(questions.sentences.length).toBe(MAX_QUESTIONS);
    expect(questions.sentences.at(-1)).toBe(`Sentence ${MAX_QUESTIONS - 1}.`);
    expect(book.takeQuestions()).toBeNull();
  });

  it('stops after three rounds of new questions', async () => {
    let rounds = 0;
    let runs = 0;
    // Each run asks something new, as a branch opened by the last answer would.
    const result = await withRemoteNlp(new AnswerBook(), (nlp) => nlp.tag(`Sentence ${runs++}.`), async (q) => {
      rounds++;
      return { tags: q.sentences.map(() => []) };
    });
    expect(rounds).toBe(3);
    expect(runs).toBe(4);
    expect(result).toEqual([]);
  });

  it("answers each sentence with its tags, in the questions' order", () => {
    const word = (text: string) => ({ start: 0, end: text.length, text, tags: ['Noun'] });
    const fake: Nlp = { tag: (s) => (s === 'A.' ? [] : [word(s)]) };
    expect(answerQuestions(fake, { sentences: ['A.', 'Lead'] })).toEqual({ tags: [[], [word('Lead')]] });
  });
});
