/**
 * Sets of characters tested by their UTF-16 code: `text.charAt(i)` allocates a new string for
 * every Chinese character (only Latin-1 ones are cached), and hashing it for a `Set<string>`
 * costs about six times a lookup of its code. The rules that run on every Chinese candidate test
 * codes; `charCodeAt` past the text's end is NaN, which no set holds.
 */
export function codeSet(chars: Iterable<string>): ReadonlySet<number> {
  const codes = new Set<number>();
  for (const c of chars) {
    if (c.length !== 1) throw new Error(`codeSet takes single UTF-16 units, not ${JSON.stringify(c)}`);
    codes.add(c.charCodeAt(0));
  }
  return codes;
}

/** The code of one character, for comparisons with `charCodeAt`. */
export const code = (c: string): number => c.charCodeAt(0);
