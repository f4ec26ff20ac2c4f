/** Character sets tested by code (lib/recognize/senses/char-codes.ts). */
import { describe, expect, it } from 'vitest';
import { code, codeSet } from '../../../lib/recognize/senses/char-codes.ts';

describe('sets of characters by code', () => {
  it('holds each character of the string it was made from, and nothing past a text', () => {
    const joins = codeSet('和与與');
    expect(joins.has('与'.charCodeAt(0))).toBe(true);
    expect(joins.has('的'.charCodeAt(0))).toBe(false);
    expect(joins.has('和'.charCodeAt(5))).toBe(false);
    expect(code('與')).toBe(0x8207);
  });

  it('refuses anything but single UTF-16 units, which charCodeAt could never match', () => {
    expect(() => codeSet(['和与'])).toThrow(/single UTF-16 units/);
    expect(() => codeSet('𠮷')).toThrow(/single UTF-16 units/);
  });
});
