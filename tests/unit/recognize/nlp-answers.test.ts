import { describe, expect, it } from 'vitest';
import { AnswerBook, answerQuestions, MAX_PHRASE_CHARS, MAX_QUESTIONS, MAX_SENTENCE_CHARS, withRemoteNlp, type NlpQuestions } from '../../../lib/recognize/nlp-answers.ts';
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
    'Lead is rarely discussed at these mining meetings.',
    'Chad expects a better harvest this year.',
    'Lead weighs on smelter margins.',
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

describe('the answer book', () => {
  it('notes an unknown number phrase once, then answers from what it learnt', () => {
    const book = new AnswerBook();
    expect(book.parseNumber('2.5 billion')).toBeUndefined();
    expect(book.parseNumber('2.5 billion')).toBeUndefined();
    expect(book.parseNumber('a few')).toBeUndefined();
    const questions = book.takeQuestions();
    expect(questions).toEqual({ sentences: [], phrases: ['2.5 billion', 'a few'] });
    book.learn(questions!, { tags: [], numbers: [2.5e9, null] });
    expect(book.parseNumber('2.5 billion')).toBe(2.5e9);
    // "Not a number" is an answer too: not asked again.
    expect(book.parseNumber('a few')).toBeUndefined();
    expect(book.takeQuestions()).toBeNull();
  });

  it('notes an unknown sentence once, then answers with its tags', () => {
    const book = new AnswerBook();
    expect(book.tag('Lead rose.')).toEqual([]);
    expect(book.tag('Lead rose.')).toEqual([]);
    const questions = book.takeQuestions();
    expect(questions).toEqual({ sentences: ['Lead rose.'], phrases: [] });
    const tags = [{ start: 0, end: 4, text: 'Lead', tags: ['Noun'] }];
    book.learn(questions!, { tags: [tags], numbers: [] });
    expect(book.tag('Lead rose.')).toEqual(tags);
    expect(book.takeQuestions()).toBeNull();
  });

  it('does not ask about over-long sentences and phrases', () => {
    const book = new AnswerBook();
    expect(book.tag('x'.repeat(MAX_SENTENCE_CHARS + 1))).toEqual([]);
    expect(book.parseNumber('9'.repeat(MAX_PHRASE_CHARS + 1))).toBeUndefined();
    book.tag('x'.repeat(MAX_SENTENCE_CHARS));
    book.parseNumber('9'.repeat(MAX_PHRASE_CHARS));
    expect(book.takeQuestions()).toEqual({ sentences: ['x'.repeat(MAX_SENTENCE_CHARS)], phrases: ['9'.repeat(MAX_PHRASE_CHARS)] });
  });

  it('asks at most MAX_QUESTIONS of each kind in a round, and forgets the rest', () => {
    const book = new AnswerBook();
    for (let i = 0; i <= MAX_QUESTIONS; i++) {
      book.tag(`Sentence ${i}.`);
      book.parseNumber(`${i} million`);
    }
    const questions = book.takeQuestions()!;
    expect([questions.sentences.length, questions.phrases.length]).toEqual([MAX_QUESTIONS, MAX_QUESTIONS]);
    expect(questions.phrases.at(-1)).toBe(`${MAX_QUESTIONS - 1} million`);
    expect(book.takeQuestions()).toBeNull();
  });

  it('stops after three rounds of new questions', async () => {
    let rounds = 0;
    let runs = 0;
    // Each run asks something new, as a branch opened by the last answer would.
    const result = await withRemoteNlp(new AnswerBook(), (nlp) => nlp.parseNumber(`${runs++} million`), async (q) => {
      rounds++;
      return { tags: [], numbers: q.phrases.map(() => 1) };
    });
    expect(rounds).toBe(3);
    expect(runs).toBe(4);
    expect(result).toBeUndefined();
  });

  it('answers with null for a phrase compromise cannot read', () => {
    const fake: Nlp = { tag: () => [], parseNumber: (p) => (p === 'ten' ? 10 : undefined) };
    expect(answerQuestions(fake, { sentences: ['A.'], phrases: ['ten', 'some'] })).toEqual({ tags: [[]], numbers: [10, null] });
  });
});
