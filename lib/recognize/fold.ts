/**
 * Character folding for alias matching. The automaton stores folded aliases, and the scanner
 * folds the text one UTF-16 unit at a time with a table lookup, so "Türkiye", "TURKIYE" and
 * "turkiye", or "rare-earth" and "rare earth", walk the same path. Case is checked afterwards,
 * per alias, against the original text (see `caseMatches`).
 */

/** Every separator (spaces, line breaks, hyphens) folds to this one unit. */
export const SEP = 0x20;
/** Units the scanner skips entirely (soft hyphen, zero-width joiners). */
export const SKIP = 0;

const TABLE_SIZE = 0x3000;
const table = new Uint16Array(TABLE_SIZE);

function buildTable(): void {
  for (let c = 0; c < TABLE_SIZE; c++) table[c] = c;
  for (let c = 0x41; c <= 0x5a; c++) table[c] = c + 32;
  // Latin-1 and Latin Extended-A/B letters fold to their base letter (ü → u, Ç → c).
  for (let c = 0xc0; c <= 0x24f; c++) {
    const base = String.fromCharCode(c).normalize('NFD').charCodeAt(0);
    table[c] = base < 0x80 ? (base >= 0x41 && base <= 0x5a ? base + 32 : base) : String.fromCharCode(c).toLowerCase().charCodeAt(0);
  }
  for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x2d, 0x2010, 0x2011, 0x2007, 0x2009, 0x200a, 0x202f, 0x205f]) {
    table[c] = SEP;
  }
  for (const c of [0xad, 0x200b, 0x200c, 0x200d, 0x2060]) table[c] = SKIP;
  for (const c of [0x2018, 0x2019, 0x201b, 0x2032, 0x02bc]) table[c] = 0x27; // curly apostrophes → '
  table[0x3000] = SEP;
  for (const [c, latin] of CONFUSABLES) table[c] = latin.charCodeAt(0);
}

/**
 * Letters of other scripts that look like Latin letters (from Unicode's confusables list, TR39,
 * the Latin, Cyrillic and Greek ones that pass for a Latin letter in common fonts), folded to it,
 * so "Сhina" typed with a Cyrillic С walks the same path as "China". One unit to one unit, so
 * offsets stay true. A match spelled with them is flagged (see `scriptMix`).
 */
const CONFUSABLES: [number, string][] = [
  // Cyrillic capitals and small letters.
  [0x410, 'a'], [0x430, 'a'], [0x412, 'b'], [0x415, 'e'], [0x435, 'e'], [0x406, 'i'], [0x456, 'i'], [0x407, 'i'],
  [0x457, 'i'], [0x408, 'j'], [0x458, 'j'], [0x41a, 'k'], [0x41c, 'm'], [0x41d, 'h'], [0x41e, 'o'], [0x43e, 'o'],
  [0x420, 'p'], [0x440, 'p'], [0x421, 'c'], [0x441, 'c'], [0x422, 't'], [0x423, 'y'], [0x443, 'y'], [0x425, 'x'],
  [0x445, 'x'], [0x405, 's'], [0x455, 's'], [0x500, 'd'], [0x501, 'd'], [0x51a, 'q'], [0x51b, 'q'], [0x51c, 'w'],
  [0x51d, 'w'], [0x4ae, 'y'], [0x4af, 'y'], [0x4ba, 'h'], [0x4bb, 'h'], [0x4c0, 'l'], [0x4cf, 'l'],
  // Greek capitals and small letters.
  [0x391, 'a'], [0x3b1, 'a'], [0x392, 'b'], [0x395, 'e'], [0x396, 'z'], [0x397, 'h'], [0x399, 'i'], [0x3b9, 'i'],
  [0x39a, 'k'], [0x3ba, 'k'], [0x39c, 'm'], [0x39d, 'n'], [0x39f, 'o'], [0x3bf, 'o'], [0x3a1, 'p'], [0x3c1, 'p'],
  [0x3a4, 't'], [0x3a5, 'y'], [0x3c5, 'u'], [0x3a7, 'x'], [0x3c7, 'x'], [0x3bd, 'v'], [0x3f2, 'c'], [0x3f9, 'c'],
  [0x3f3, 'j'],
  // Latin letters that pass for others: dotless i, long s, Latin alpha, script g, iota.
  [0x131, 'i'], [0x17f, 's'], [0x251, 'a'], [0x261, 'g'], [0x269, 'i'],
];
buildTable();

/** First unit of the other-script letters folded above (Greek and Cyrillic). */
const OTHER_SCRIPT_FIRST = 0x370;
const OTHER_SCRIPT_LAST = 0x52f;

/**
 * Whether `text[start, end)` mixes a Greek or Cyrillic letter with Latin letters (a look-alike
 * spelling, deliberate or not), and whether it holds Latin letters at all. A name made only of
 * Greek or Cyrillic look-alikes is a word of that language, not a spelling of the name.
 */
export function scriptMix(text: string, start: number, end: number): { other: boolean; latin: boolean } {
  let other = false;
  let latin = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= OTHER_SCRIPT_FIRST && c <= OTHER_SCRIPT_LAST) other = true;
    else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin = true;
  }
  return { other, latin };
}

/** The fold table itself, for hot loops that inline the lookup for units below `FOLD_TABLE_SIZE`. */
export const FOLD_TABLE: Readonly<Uint16Array> = table;
export const FOLD_TABLE_SIZE = TABLE_SIZE;

/** Folds one UTF-16 unit. Full-width ASCII forms (used in Chinese text) fold to ASCII. */
export function foldUnit(c: number): number {
  if (c < TABLE_SIZE) return table[c];
  if (c >= 0xff01 && c <= 0xff5e) {
    const ascii = c - 0xfee0;
    return ascii >= 0x41 && ascii <= 0x5a ? ascii + 32 : ascii;
  }
  if (c === 0x3000 || c === 0xfeff) return c === 0x3000 ? SEP : SKIP;
  return c;
}

/** Folds a whole string the way the scanner folds text, collapsing runs of separators. */
export function foldString(s: string): string {
  let out = '';
  let lastSep = true;
  for (let i = 0; i < s.length; i++) {
    const f = foldUnit(s.charCodeAt(i));
    if (f === SKIP) continue;
    if (f === SEP) {
      if (!lastSep) out += ' ';
      lastSep = true;
      continue;
    }
    out += String.fromCharCode(f);
    lastSep = false;
  }
  return out.trimEnd();
}

/**
 * Latin-script word characters: letters and digits of Latin, Greek and Cyrillic. CJK is not a
 * word character here, so "美国和US" still lets "US" match at a word boundary.
 */
export function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c <= 0x2af) return true; // Latin Extended-A/B and IPA (ɑ, ɡ)
  if (c >= 0x300 && c <= 0x36f) return true; // combining marks belong to the word they mark
  if (c >= 0x370 && c <= 0x52f) return true; // Greek, Cyrillic
  if (c >= 0x1e00 && c <= 0x1eff) return true; // Latin Extended Additional (Vietnamese)
  // Full-width digits and Latin letters, as Chinese and Japanese text types them (ＵＳ, ＥＵ).
  if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) return true;
  return false;
}

/**
 * Per-unit class for the scanner: 1 = Latin-script word unit, 2 = CJK, 0 = anything else.
 * Filled range by range (the same ranges as isWordUnit and isCjkUnit): a loop calling those
 * functions 65,536 times costs milliseconds in a cold content script.
 */
export const UNIT_CLASS = new Uint8Array(0x10000);
(function buildClasses() {
  const word: [number, number][] = [[0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a], [0xaa, 0xaa], [0xb5, 0xb5], [0xba, 0xba], [0xc0, 0xd6], [0xd8, 0xf6], [0xf8, 0x2af], [0x300, 0x36f], [0x370, 0x52f], [0x1e00, 0x1eff], [0xff10, 0xff19], [0xff21, 0xff3a], [0xff41, 0xff5a]];
  const cjk: [number, number][] = [[0x3040, 0x9fff], [0xac00, 0xd7af], [0xf900, 0xfaff], [0x3400, 0x4dbf]];
  for (const [a, b] of word) UNIT_CLASS.fill(1, a, b + 1);
  for (const [a, b] of cjk) UNIT_CLASS.fill(2, a, b + 1);
})();

/** CJK ideographs, kana and hangul: scripts matched without word boundaries. */
export function isCjkUnit(c: number): boolean {
  return (c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x3400 && c <= 0x4dbf);
}

/**
 * The case rule every alias follows: each upper-case letter written in the alias must be upper
 * case in the text; its lower-case letters may be either. So "US" matches only "US", "China"
 * matches "China" and "CHINA" but not "china", and "tungsten" matches any casing.
 *
 * The rule is kept as a mask: the positions of the alias's upper-case letters, counted over the
 * units that are neither separators nor skipped (the units the scanner compared one for one),
 * each packed as one character (position + 48). "United States" is "06", "China" "0".
 */
export function caseMask(alias: string): string {
  let mask = '';
  let n = 0;
  for (let k = 0; k < alias.length; k++) {
    const f = foldUnit(alias.charCodeAt(k));
    if (f === SKIP || f === SEP) continue;
    const ch = alias[k];
    if (ch !== ch.toLowerCase()) mask += String.fromCharCode(n + 48);
    n++;
  }
  return mask;
}

/** Whether the text at [start, end), which the scanner matched to an alias, keeps that alias's `caseMask`. */
export function caseMatches(mask: string, text: string, start: number, end: number): boolean {
  let m = 0;
  let want = mask.charCodeAt(0) - 48;
  let n = 0;
  for (let i = start; i < end && m < mask.length; i++) {
    const t = text.charCodeAt(i);
    const f = foldUnit(t);
    if (f === SKIP || f === SEP) continue;
    if (n === want) {
      const ch = String.fromCharCode(t);
      if (ch === ch.toLowerCase()) return false;
      want = mask.charCodeAt(++m) - 48;
    }
    n++;
  }
  return true;
}
