import { describe, expect, it } from 'vitest';
import { describeIssues } from '../../../lib/messaging/issues.ts';
import { z } from '../../../lib/zod.ts';

/** What a person reads when `value` fails `schema`. */
function sentenceFor(schema: z.ZodType, value: unknown, rootName?: string, max?: number): string {
  const parsed = schema.safeParse(value);
  expect(parsed.success, 'the case must fail the schema').toBe(false);
  return describeIssues(parsed.success ? [] : parsed.error.issues, rootName, max);
}

describe('describeIssues', () => {
  it('says where and what, in words, for each kind of issue', () => {
    const cases: [string, z.ZodType, unknown, string][] = [
      ['string too long', z.object({ quote: z.string().max(5) }), { quote: 'abcdefg' }, 'quote is too long (at most 5 characters)'],
      ['array too long', z.object({ tags: z.array(z.string()).max(2) }), { tags: ['a', 'b', 'c'] }, 'tags has too many items (at most 2)'],
      ['number too large', z.object({ count: z.number().max(10) }), { count: 11 }, 'count is too large (at most 10)'],
      ['empty string', z.object({ text: z.string().min(1) }), { text: '' }, 'text must not be empty'],
      // Other minimums keep zod's own words: "must not be empty" would be wrong for them.
      ['string too short', z.object({ code: z.string().min(3) }), { code: 'ab' }, 'code Too small: expected string to have >=3 characters'],
      ['number too small', z.object({ count: z.number().min(1) }), { count: 0 }, 'count Too small: expected number to be >=1'],
      ['array too short', z.object({ tags: z.array(z.string()).min(1) }), { tags: [] }, 'tags Too small: expected array to have >=1 items'],
      ['one unexpected field', z.strictObject({ a: z.string() }), { a: 'x', b: 1 }, 'the data has unexpected field "b"'],
      ['two unexpected fields', z.strictObject({ a: z.string() }), { a: 'x', b: 1, c: 2 }, 'the data has unexpected fields "b", "c"'],
      ['missing field', z.object({ a: z.string() }), {}, 'a is missing'],
      ['wrong type, consonant', z.object({ a: z.string() }), { a: 5 }, 'a should be a string'],
      ['wrong type, vowel', z.object({ a: z.object({}) }), { a: 'x' }, 'a should be an object'],
      ['whole number', z.object({ n: z.number().int() }), { n: 1.5 }, 'n should be a whole number'],
      ['nested path', z.object({ clippings: z.array(z.object({ quote: z.string() })) }), { clippings: [{ quote: 'a' }, { quote: 1 }] }, 'clippings[1].quote should be a string'],
      ['other issue', z.object({ kind: z.enum(['a', 'b']) }), { kind: 'c' }, 'kind Invalid option: expected one of "a"|"b"'],
    ];
    for (const [label, schema, value, expected] of cases) {
      expect(sentenceFor(schema, value), label).toBe(expected);
    }
  });

  it('names the whole value by the given root name, or "the data"', () => {
    expect(sentenceFor(z.string(), 5)).toBe('the data should be a string');
    expect(sentenceFor(z.string(), 5, 'the payload')).toBe('the payload should be a string');
  });

  it('lists at most three issues by default, and counts the rest', () => {
    const schema = z.object({ a: z.string(), b: z.string(), c: z.string(), d: z.string(), e: z.string() });
    const three = z.object({ a: z.string(), b: z.string(), c: z.string() });
    expect(sentenceFor(three, {})).toBe('a is missing; b is missing; c is missing');
    expect(sentenceFor(schema, {})).toBe('a is missing; b is missing; c is missing (and 2 more problems)');
    expect(sentenceFor(schema, {}, 'x', 1)).toBe('a is missing (and 4 more problems)');
    expect(sentenceFor(schema, {}, 'x', 5)).toBe('a is missing; b is missing; c is missing; d is missing; e is missing');
  });
});
