/**
 * The compromise implementation of `Nlp`. Imported statically by Node tools (CLI, eval, bench)
 * and bundled separately for the content script, which injects it only into pages whose text
 * holds a match the cheap rules could not settle.
 */
import nlp from 'compromise';
import type { Nlp, TaggedWord } from './nlp.ts';

interface CompromiseTerm {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

export function createCompromiseNlp(): Nlp {
  return {
    tag(sentence: string): TaggedWord[] {
      const out: TaggedWord[] = [];
      const docs = nlp(sentence).json({ offset: true, terms: { offset: true } }) as { terms: CompromiseTerm[] }[];
      for (const doc of docs) {
        for (const term of doc.terms) {
          out.push({ start: term.offset.start, end: term.offset.start + term.offset.length, text: term.text, tags: term.tags });
        }
      }
      return out;
    },
  };
}
