import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitUtf8, utf8Length } from '../../../lib/backup/utf8.ts';
import { propertyRuns } from '../property-runs.ts';

const anyText = fc.string({ unit: fc.oneof(fc.constantFrom('a', 'é', '中', '😀', '\uD800', '\uDC00', '\u0000', '\uFFFF'), fc.string({ unit: 'binary', maxLength: 1 })), maxLength: 60 });

describe('utf8Length', () => {
  it('counts what TextEncoder writes, lone surrogates included (property)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
      }),
      { numRuns: propertyRuns(2_000) },
    );
    expect(utf8Length('aé中😀')).toBe(1 + 2 + 3 + 4);
  });

  it('counts each encoding width exactly at its edges', () => {
    const cases: [string, number][] = [
      ['\u007f', 1],
      ['\u0080', 2],
      ['\u07ff', 2],
      ['\u0800', 3],
      ['\uffff', 3],
      ['中中', 6],
      ['é中', 5],
      ['\uDBFF\uDFFF', 4],
      ['\uD800\uDC00\uD800\uDC00', 8],
      // Lone or reversed surrogates are written as U+FFFD, 3 bytes each.
      ['\uDBFFa', 4],
      ['\uD800\uD800', 6],
      ['\uDC00\uD800', 6],
      ['a\uD800', 4],
    ];
    for (const [text, bytes] of cases) {
      expect(utf8Length(text), JSON.stringify(text)).toBe(bytes);
      expect(bytes).toBe(new TextEncoder().encode(text).length);
    }
  });
});

describe('splitUtf8', () => {
  it('cuts text into pieces within the limit that join to the text, never inside a surrogate pair (property)', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 4, max: 20 }), (text, maxBytes) => {
        const pieces = splitUtf8(text, maxBytes);
        expect(pieces.join('')).toBe(text);
        for (const piece of pieces) expect(utf8Length(piece)).toBeLessThanOrEqual(maxBytes);
        for (let i = 1; i < pieces.length; i++) expect(/[\uD800-\uDBFF]$/.test(pieces[i - 1]!) && /^[\uDC00-\uDFFF]/.test(pieces[i]!)).toBe(false);
      }),
      { numRuns: propertyRuns(2_000) },
    );
    expect(splitUtf8('😀😀', 4)).toEqual(['😀', '😀']);
    expect(splitUtf8('', 4)).toEqual(['']);
    expect(() => splitUtf8('a', 3)).toThrow(new RangeError('maxBytes must leave room for one character (4 bytes)'));
  });

  it('fills each piece as far as the limit allows, measuring each width at its edges', () => {
    const cases: [string, number, string[]][] = [
      ['aaaa', 4, ['aaaa']],
      ['aaaaa', 4, ['aaaa', 'a']],
      ['\u007f\u007f\u007f\u007f\u007f', 4, ['\u007f\u007f\u007f\u007f', '\u007f']],
      ['\u0080\u0080\u0080', 4, ['\u0080\u0080', '\u0080']],
      ['\u07ff\u07ff\u07ff', 4, ['\u07ff\u07ff', '\u07ff']],
      ['\u0800\u0800', 5, ['\u0800', '\u0800']],
      ['中中', 6, ['中中']],
      ['a😀b', 5, ['a😀', 'b']],
      ['\uDBFF\uDFFFa', 4, ['\uDBFF\uDFFF', 'a']],
      // A lone high surrogate at the end is 3 bytes, like any other unpaired unit.
      ['ab\uD800', 4, ['ab', '\uD800']],
    ];
    for (const [text, max, pieces] of cases) expect(splitUtf8(text, max), JSON.stringify([text, max])).toEqual(pieces);
  });
});
