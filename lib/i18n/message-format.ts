/**
 * The browser's own message format (`_locales/<lang>/messages.json`), read the way Chromium's
 * `i18n.getMessage` reads it, so a catalog means the same to the manifest, to the browser and to
 * Assay's translator:
 * - `$name$` in a message stands for the placeholder `name` (names are case-insensitive); a
 *   name the message uses but does not define is an error (Chromium then refuses to load the
 *   extension);
 * - a placeholder's content, and the message itself, may use `$1`…`$9`: the substitutions, in
 *   order (a missing one is empty);
 * - `$$` is a literal `$`; a `$` before anything else is dropped with the character after it.
 * Pure: no browser API, so it runs in every context and in the tests.
 */

export interface Placeholder {
  content: string;
  example?: string;
}

export interface CatalogEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, Placeholder>;
}

/** A catalog as the browser reads it: message name → entry. */
export type Catalog = Record<string, CatalogEntry>;

const NAME = /^[A-Za-z0-9_@]+$/;

/** The message with its `$name$` placeholders put in (Chromium's MessageBundle::ReplaceVariables). */
export function withPlaceholders(entry: CatalogEntry): string {
  const defined = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  let message = entry.message;
  let from = 0;
  for (;;) {
    const begin = message.indexOf('$', from);
    if (begin < 0) return message;
    from = begin + 1;
    const end = message.indexOf('$', from);
    // Stryker disable next-line EqualityOperator: equivalent: the search starts at from >= 1, so end is never 0
    if (end < 0) return message;
    const name = message.slice(from, end);
    if (!NAME.test(name)) continue;
    const content = defined.get(name.toLowerCase());
    if (content === undefined) throw new Error(`the message uses $${name}$ but defines no such placeholder`);
    message = message.slice(0, begin) + content + message.slice(end + 1);
  }
}

/** `$1`…`$9` replaced by the substitutions and `$$` by `$` (base::ReplaceStringPlaceholders). */
export function substitute(text: string, substitutions: readonly string[]): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '$') {
      out += c;
      continue;
    }
    // Past the end text[i] is undefined, which is neither '$' nor a digit: without this the loop
    // would drop a closing '$' just the same, so the mutants here change nothing.
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: equivalent, see above
    if (i + 1 >= text.length) break;
    i++;
    if (text[i] === '$') {
      while (text[i] === '$') {
        out += '$';
        i++;
      }
      i--;
    } else if (/[1-9]/.test(text[i])) {
      out += substitutions[text.charCodeAt(i) - 49] ?? '';
    }
  }
  return out;
}

/** What `i18n.getMessage(name, substitutions)` answers for this entry. */
export function formatEntry(entry: CatalogEntry, substitutions: readonly string[] = []): string {
  return substitute(withPlaceholders(entry), substitutions);
}

/**
 * The substitution each named placeholder takes: Assay's placeholders are each exactly one of
 * `$1`…`$9` (the catalog test holds every catalog to that), so a call can name its values.
 */
export function positionsOf(entry: CatalogEntry): Map<string, number> {
  const positions = new Map<string, number>();
  for (const [name, p] of Object.entries(entry.placeholders ?? {})) {
    if (/^\$[1-9]$/.test(p.content)) positions.set(name.toLowerCase(), Number(p.content[1]) - 1);
  }
  return positions;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A catalog as received in a message, checked by hand (the content script has no zod). */
export function isCatalog(value: unknown): value is Catalog {
  if (!isObject(value)) return false;
  return Object.values(value).every((entry) => {
    if (!isObject(entry) || typeof entry.message !== 'string') return false;
    if (entry.placeholders === undefined) return true;
    return isObject(entry.placeholders) && Object.values(entry.placeholders).every((p) => isObject(p) && typeof p.content === 'string');
  });
}
