/**
 * The vocabulary shared by every layer: what an entity is and what a mention of one looks like.
 * Pure types, so the recognizer, the stores and the UI can all import them without pulling code.
 */

export type EntityType = 'mineral' | 'country' | 'deal';

/** `mineral:tungsten`, `country:KZ`, `deal:us-australia-framework-2025`. */
export type EntityId = string;

/** The id given to a deal phrase found in text that matches no deal in the dataset. */
export const UNKNOWN_DEAL_ID = 'deal';

/** What the recognizer could pull out of the sentence around a deal phrase. */
export interface DealParts {
  /** Monetary value as written and, where it parsed, as a number in the stated currency. */
  value?: { text: string; amount?: number; currency?: string };
  /** Country ids named in the same sentence. */
  parties: EntityId[];
  /** Organisations named in the sentence (best effort). */
  organisations?: string[];
  /** Mineral ids named in the same sentence. */
  minerals: EntityId[];
}

export interface Mention {
  /** UTF-16 offsets into the text given to `recognize`, end exclusive. */
  start: number;
  end: number;
  type: EntityType;
  id: EntityId;
  /** `text.slice(start, end)`. */
  surface: string;
  /** Present on deal mentions only. */
  deal?: DealParts;
  /**
   * The name was typed with letters of more than one script (a Cyrillic "С" in "China"): a
   * look-alike spelling, folded to match, and worth telling the reader about.
   */
  mixedScript?: true;
  /** Debug mode only (eval, scan CLI): the alias or rule that made this a mention. */
  why?: string;
}
