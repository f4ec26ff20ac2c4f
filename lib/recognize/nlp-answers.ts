/**
 * compromise runs away from the page (in the extension's own document), so the content script
 * cannot call it while recognizing. Instead recognition runs against an `AnswerBook`: an `Nlp`
 * that answers from what compromise already said and writes down what it was asked and could not
 * answer. Those questions go to compromise in one message, and the text is recognized again with
 * the answers, until no new question comes up.
 */
import type { Nlp, TaggedWord } from './nlp.ts';

/** What compromise is asked: sentences to tag. */
export interface NlpQuestions {
  sentences: string[];
}

/** compromise's answers, in the order of the questions. */
export interface NlpAnswers {
  tags: TaggedWord[][];
}

/** Questions asked in one round at most: a chunk holds a few dozen sentences. */
export const MAX_QUESTIONS = 200;
/** Longer "sentences" (a page's run-on list, say) are not worth tagging: the rules' choice stands. */
export const MAX_SENTENCE_CHARS = 5_000;

export class AnswerBook implements Nlp {
  private readonly tags = new Map<string, TaggedWord[]>();
  private readonly missing: NlpQuestions = { sentences: [] };

  tag(sentence: string): TaggedWord[] {
    const known = this.tags.get(sentence);
    if (known) return known;
    if (sentence.length > MAX_SENTENCE_CHARS) return [];
    if (!this.missing.sentences.includes(sentence)) this.missing.sentences.push(sentence);
    return [];
  }

  /** The questions noted since the last call, at most `MAX_QUESTIONS` of them. */
  takeQuestions(): NlpQuestions | null {
    const sentences = this.missing.sentences.splice(0, MAX_QUESTIONS);
    this.missing.sentences.length = 0;
    return sentences.length ? { sentences } : null;
  }

  learn(questions: NlpQuestions, answers: NlpAnswers): void {
    questions.sentences.forEach((sentence, i) => this.tags.set(sentence, answers.tags[i] ?? []));
  }
}

/** Rounds of questions for one text; each round can only follow a branch the previous opened. */
const MAX_ROUNDS = 3;

/**
 * Runs `recognize` with compromise's answers: first against what the book knows, then again
 * after each round of new questions sent through `ask`. When `ask` fails, the last run stands
 * (its unanswered questions fell back to the rules' own choice).
 */
export async function withRemoteNlp<T>(book: AnswerBook, recognize: (nlp: Nlp) => T, ask: (questions: NlpQuestions) => Promise<NlpAnswers | null>): Promise<T> {
  let result = recognize(book);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const questions = book.takeQuestions();
    if (!questions) break;
    const answers = await ask(questions);
    if (!answers) break;
    book.learn(questions, answers);
    result = recognize(book);
  }
  book.takeQuestions();
  return result;
}

/** compromise's side: answers the questions with a real `Nlp`. */
export function answerQuestions(nlp: Nlp, questions: NlpQuestions): NlpAnswers {
  return {
    tags: questions.sentences.map((sentence) => nlp.tag(sentence)),
  };
}
