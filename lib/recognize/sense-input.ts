/**
 * The sense rules' view of one match. Its sentence and the other matches in it are found only
 * when a rule first reads them, and the matches right against it without walking the others: most
 * matches are settled by the words next to them. (On the corpus, 266 of the English pages' 2,841
 * sense decisions walk their sentence's matches, and 497 of the Chinese pages' 960.)
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
  #touching: Neighbour[] | undefined;
  readonly wordsNear: { before: (readonly string[])[]; after: (readonly string[])[] } = { before: [], after: [] };

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
    private readonly findTouching: () => Neighbour[],
  ) {}

  get sentence(): Span {
    return (this.#sentence ??= this.findSentence(this.start));
  }

  get neighbours(): Neighbour[] {
    return (this.#neighbours ??= this.findNeighbours(this.sentence));
  }

  /** The matches right against this one, found without the sentence or its other matches. */
  get touching(): Neighbour[] {
    return (this.#touching ??= this.findTouching());
  }
}
