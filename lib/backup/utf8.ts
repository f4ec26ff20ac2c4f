/**
 * Sizes in UTF-8 bytes, the unit files and browser messages are measured in (a JavaScript
 * string's `length` counts UTF-16 units: `é` is 1 unit and 2 bytes, `中` 1 and 3, `😀` 2 and 4).
 */

/**
 * The UTF-8 size of the character starting at unit `i`: 4 for a surrogate pair (2 units), 3 for
 * a lone surrogate (written as U+FFFD). Past the end `charCodeAt` is NaN, which is no low surrogate.
 */
function sizeAt(text: string, i: number): 1 | 2 | 3 | 4 {
  const unit = text.charCodeAt(i);
  if (unit < 0x80) return 1;
  if (unit < 0x800) return 2;
  if (unit >= 0xd800 && unit <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) return 4;
  return 3;
}

/** The UTF-8 size of `text`; a lone surrogate counts 3, as the U+FFFD it is encoded as. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const size = sizeAt(text, i);
    bytes += size;
    if (size === 4) i += 1;
  }
  return bytes;
}

/** `text` in pieces of at most `maxBytes` UTF-8 bytes each, never splitting a surrogate pair. */
export function splitUtf8(text: string, maxBytes: number): string[] {
  if (maxBytes < 4) throw new RangeError('maxBytes must leave room for one character (4 bytes)');
  // A shortcut only (its "never" and "<" mutants are equivalent): the loop makes the same single piece.
  if (text.length * 3 <= maxBytes) return [text];
  const pieces: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const size = sizeAt(text, i);
    if (bytes + size > maxBytes) {
      pieces.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
    if (size === 4) i += 1;
  }
  pieces.push(text.slice(start));
  return pieces;
}
