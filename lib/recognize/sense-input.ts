/**
 * The sense rules' view of one match. Its sentence and the other matches in it are found only
 * when a rule first reads them: most one-character Chinese abbreviations (日 after a date's
 * digits, a capital read as a city) are settled by the characters either side of them, and
 * finding the sentence and walking its matches cost more than that.
 *
 * Getters on the class's prototype are not copied by an object spread: a rule that rereads the
 * input with another span uses `withSpan` (senses/words.ts).
 */
import type { PayloadKind } from './alias-index.ts';
import type { Span } from './context.ts';
import type { Neighbour, SenseInput } from './senses/types.ts';

export class LazySenseInput implements SenseInput {
  #sentence: Span | undefined;
  #neighbours: Neighbour[] | undefined;

  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly surface: string,
    readonly entityId: string,
    readonly kind: PayloadKind,
    readonly lowerCase: true | undefined,
    private readonly findSentence: (at: number) => Span,
    private readonly findNeighbours: (sentence: Span) => Neighbour[],
  ) {}

  get sentence(): Span {
    return (this.#sentence ??= this.findSentence(this.start));
  }

  get neighbours(): Neighbour[] {
    return (this.#neighbours ??= this.findNeighbours(this.sentence));
  }
}
