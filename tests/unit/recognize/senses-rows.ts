/**
 * Rows for the sense-rule tests: what the reader sees (the mentions, deals aside) and the rule
 * that decided each ambiguous match, as the eval report names it. Without compromise, so that
 * the rule itself decides.
 */
import { expect, it } from 'vitest';
import { makeRecognizer } from '../../../scripts/lib/recognizer.ts';

const recognize = makeRecognizer(false);

export const found = (text: string) => recognize(text).mentions.filter((m) => m.type !== 'deal').map((m) => `${m.surface}=${m.id}`);
export const reasons = (text: string) => recognize(text).decisions.map((d) => `${d.surface}:${d.decision.why}:${d.final}`);

/** One test per row: the sentence, the mentions it must give, and the reason of each decision. */
export const ruled = (rows: [string, string[], string[]][]) =>
  it.each(rows)('%s', (text, expected, why) => {
    expect(found(text)).toEqual(expected);
    expect(reasons(text)).toEqual(why);
  });
