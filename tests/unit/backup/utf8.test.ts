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
    expect(() => splitUtf8('a', 3)).toThrow(RangeError);
  });
});
