/**
 * Rows for the English deal-rule tests: every deal word of a sentence, the span kept or the word
 * dropped, with the rule's reason as the debug output gives it.
 */
import { expect, it } from 'vitest';
import { makeRecognizer } from '../../../scripts/lib/recognizer.ts';

// The rules alone: the learned filter's last word on a kept phrase is tested in deal-filter.test.ts.
export const recognize = makeRecognizer(true, { dealFilter: false });

export function ruling(text: string): string[] {
  const r = recognize(text, { debug: true });
  const kept = r.mentions.filter((m) => m.type === 'deal').map((m) => `${m.surface} | ${m.why}`);
  const dropped = (r.dropped ?? []).filter((d) => d.type === 'deal').map((d) => `${d.surface} | ${d.why}`);
  return [...kept, ...dropped].map((s) => s.replace('deal word ', ''));
}

/** One test per row: the sentence and its ruling. */
export const ruled = (rows: [string, string[]][]) => it.each(rows)('%s', (text, expected) => expect(ruling(text)).toEqual(expected));
