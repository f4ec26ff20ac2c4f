/**
 * The browser's message format as Assay reads it (lib/i18n/message-format.ts): the same catalog
 * must give the same text in the manifest, in `i18n.getMessage` and in Assay's own translator.
 */
import { describe, expect, it } from 'vitest';
import { formatEntry, isCatalog, positionsOf, substitute, withPlaceholders } from '../../../lib/i18n/message-format.ts';

describe("the browser's message format", () => {
  it('puts named placeholders in, by name in any case, and substitutions in their place', () => {
    const entry = { message: '$Name$ has $COUNT$ notes ($1 again)', placeholders: { name: { content: '$2' }, count: { content: '$1' } } };
    expect(formatEntry(entry, ['3', 'Tungsten'])).toBe('Tungsten has 3 notes (3 again)');
  });

  it('keeps a placeholder whose content is plain text', () => {
    expect(formatEntry({ message: 'By $WHO$', placeholders: { who: { content: 'Assay' } } })).toBe('By Assay');
  });

  it('reads $$ as a dollar sign, drops a missing substitution, and drops a $ before anything else', () => {
    expect(substitute('US$$8.5 billion', [])).toBe('US$8.5 billion');
    // Chromium's rule exactly: the first $ of a run escapes, the rest are kept.
    expect(substitute('$$$$', [])).toBe('$$$');
    expect(substitute('[$1][$2]', ['a'])).toBe('[a][]');
    expect(substitute('a $x b', [])).toBe('a  b');
    expect(substitute('ends with $', [])).toBe('ends with ');
  });

  it('leaves text between two dollars alone when it is no placeholder name', () => {
    expect(withPlaceholders({ message: 'between $5 and $10' })).toBe('between $5 and $10');
    expect(formatEntry({ message: 'US$$8.5 billion and A$$3 billion' })).toBe('US$8.5 billion and A$3 billion');
  });

  it('refuses a message that uses a placeholder it does not define, as Chromium refuses to load it', () => {
    expect(() => withPlaceholders({ message: 'Hello $NAME$' })).toThrow(/NAME/);
    expect(() => withPlaceholders({ message: 'Hello $1$' })).toThrow();
  });


  it('puts in a placeholder written right after a word, and a message with no $ is left as it is', () => {
    expect(formatEntry({ message: 'Hi$N$', placeholders: { n: { content: '$1' } } }, ['Ga'])).toBe('HiGa');
    expect(formatEntry({ message: 'Ga$A$-$B$', placeholders: { a: { content: '$1' }, b: { content: 'Ge' } } }, ['+'])).toBe('Ga+-Ge');
    expect(withPlaceholders({ message: 'Gallium', placeholders: { n: { content: '$1' } } })).toBe('Gallium');
  });

  it('gives each of $1…$9 its substitution, and nothing for any other character after a $, however many values come', () => {
    const many = Array.from({ length: 60 }, (_, k) => `<${k + 1}>`);
    expect(substitute('$1 $5 $9', many)).toBe('<1> <5> <9>');
    // ':' and 'a' sit after '9' in the character table: read as digits, they would take values 10 and 49.
    expect(substitute('[$0][$:][$a][$A][$ ]', many)).toBe('[][][][][]');
  });

  it('fills $1…$9 with nothing when the caller gives no substitutions', () => {
    expect(formatEntry({ message: 'Only $1 left' })).toBe('Only  left');
  });
});

describe('which substitution a named placeholder takes', () => {
  it('is n - 1 for a placeholder that is exactly $n, and none for any other content', () => {
    const entry = {
      message: '',
      placeholders: { Count: { content: '$1' }, where: { content: '$9' }, who: { content: 'Assay' }, price: { content: 'US$1' }, twelve: { content: '$12' }, zero: { content: '$0' } },
    };
    expect([...positionsOf(entry)]).toEqual([
      ['count', 0],
      ['where', 8],
    ]);
    expect(positionsOf({ message: 'Plain' }).size).toBe(0);
  });
});

describe('a catalog received in a message (isCatalog)', () => {
  const entry = { message: 'Hello $NAME$', description: 'A greeting', placeholders: { name: { content: '$1', example: 'Gallium' } } };

  it('accepts entries with a message and, if any, placeholders that each have a content', () => {
    for (const good of [{}, { greeting: entry }, { plain: { message: '' } }, { greeting: entry, none: { message: 'x', placeholders: {} } }]) {
      expect(isCatalog(good), JSON.stringify(good)).toBe(true);
    }
  });

  it('refuses anything else, even when only one entry or one placeholder is wrong', () => {
    for (const bad of [
      null,
      undefined,
      42,
      '',
      'catalog',
      [],
      [entry],
      { greeting: entry, broken: null },
      { greeting: entry, broken: 'Hello' },
      { greeting: entry, broken: [] },
      { greeting: entry, broken: { message: 42 } },
      { greeting: entry, broken: { description: 'no message' } },
      { broken: { message: 'x', placeholders: null } },
      { broken: { message: 'x', placeholders: 'name' } },
      { broken: { message: 'x', placeholders: [{ content: '$1' }] } },
      { broken: { message: 'x', placeholders: { name: { content: '$1' }, other: { content: 1 } } } },
      { broken: { message: 'x', placeholders: { name: { content: '$1' }, other: null } } },
      { broken: { message: 'x', placeholders: { name: { content: '$1' }, other: {} } } },
      { broken: { message: 'x', placeholders: { name: { content: '$1' }, other: ['$1'] } } },
    ]) {
      expect(isCatalog(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});
