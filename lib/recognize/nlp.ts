/**
 * What the recognizer needs from an NLP library, as an interface, so that `lib/recognize` does
 * not import compromise itself: in the extension compromise runs in a document of its own and the
 * content script reaches it by message (see `nlp-answers.ts` and the README), while Node code
 * passes it in directly.
 */

export interface TaggedWord {
  /** Offsets into the text given to `tag`. */
  start: number;
  end: number;
  text: string;
  tags: string[];
}

export interface Nlp {
  /** Part-of-speech and entity tags for the words of a sentence. */
  tag(sentence: string): TaggedWord[];
}

/**
 * `nlp` answering each sentence once: two matches in one sentence ("Jordan … Air Jordan") ask the
 * same question, and compromise spends about a millisecond on any sentence, however short.
 */
export function rememberingNlp(nlp: Nlp): Nlp {
  const answers = new Map<string, TaggedWord[]>();
  return {
    tag(sentence) {
      let tagged = answers.get(sentence);
      if (!tagged) answers.set(sentence, (tagged = nlp.tag(sentence)));
      return tagged;
    },
  };
}
