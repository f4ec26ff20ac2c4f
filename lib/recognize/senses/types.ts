import type { Span } from '../context.ts';
import type { PayloadKind } from '../alias-index.ts';
import type { EntityType } from '../../model.ts';

/** A neighbouring match in the same sentence, for list and context checks. */
export interface Neighbour {
  start: number;
  end: number;
  entityId: string;
  type: EntityType;
}

/** Everything a sense rule may look at for one ambiguous match. */
export interface SenseInput {
  text: string;
  start: number;
  end: number;
  surface: string;
  entityId: string;
  kind: PayloadKind;
  sentence: Span;
  /** Other entity matches in the same sentence (not blockers, not deal words). */
  neighbours: Neighbour[];
  /**
   * The neighbours that end where the match starts or start where it ends (at most two, since
   * matches never overlap), when the caller has them without walking the sentence; read them
   * with `touchingNeighbours`.
   */
  touching?: Neighbour[];
  /**
   * The words either side already read, by how many were asked for (`before` and `after` in
   * senses/words.ts): a dozen rules ask one match for its neighbours, most with the same count.
   * Kept per count, since a window of n words may start inside a longer one.
   */
  wordsNear?: { before: (readonly string[])[]; after: (readonly string[])[] };
  /** A name the text writes all in lower case ("china"): a country only with clear cues. */
  lowerCase?: true;
}

/** `unsure` hands the decision to compromise, when it is loaded. */
export type Verdict = 'keep' | 'drop' | 'unsure';

/** What a rule decides, and a short reason for the eval report. */
export interface Decision {
  verdict: Verdict;
  why: string;
  /** When compromise is not available, what to do with an `unsure` match. */
  fallback?: 'keep' | 'drop';
}
