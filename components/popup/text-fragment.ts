/**
 * The link that takes the user back to a clipping: the page's URL with a text fragment
 * (`#:~:text=`), which browsers that support it scroll to and highlight, and others ignore.
 *
 * The directive is `[prefix-,]start[,end][,-suffix]`. A long quote is given by its first and last
 * few words rather than whole: a fragment must match the page's text exactly, and the fewer
 * words it spells out, the less a re-wrapped line or a changed paragraph can break it.
 */

export interface FragmentSource {
  quote: string;
  prefix: string;
  suffix: string;
}

/** Quotes of more words than this are linked by their first and last words. */
const WHOLE_QUOTE_WORDS = 8;
/** Words kept at each end of a long quote, and of the context around it. */
const EDGE_WORDS = 4;
const CONTEXT_WORDS = 3;
/** Text without spaces (Chinese, Japanese) is cut by characters instead of words. */
const EDGE_CHARS = 10;
const UNSPACED_WHOLE_CHARS = 24;

/**
 * Percent-encodes one part of a text directive. Besides what `encodeURIComponent` escapes, `-`
 * must be escaped, because it marks a prefix or suffix; `,` and `&` are escaped by it already.
 */
export function encodeFragmentPart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean);

/**
 * The quote as `start` and (for a long quote) `end`. Text with no spaces is cut by characters,
 * since it has no words to count.
 */
function startAndEnd(quote: string): { start: string; end?: string } {
  const parts = words(quote);
  if (parts.length === 1) {
    const chars = Array.from(parts[0]);
    if (chars.length <= UNSPACED_WHOLE_CHARS) return { start: parts[0] };
    return { start: chars.slice(0, EDGE_CHARS).join(''), end: chars.slice(-EDGE_CHARS).join('') };
  }
  if (parts.length <= WHOLE_QUOTE_WORDS) return { start: parts.join(' ') };
  return { start: parts.slice(0, EDGE_WORDS).join(' '), end: parts.slice(-EDGE_WORDS).join(' ') };
}

/**
 * The last few whole words of the text before the quote. A prefix must start on a word boundary,
 * and the stored context was cut at a character count, so its first word may be a fragment of
 * one: it is used only when more words follow it. Context without spaces is left out for the
 * same reason (there is no telling where its words begin), which costs nothing but precision.
 */
function prefixWords(prefix: string): string | undefined {
  const parts = words(prefix);
  if (parts.length < 2) return undefined;
  return parts.slice(1).slice(-CONTEXT_WORDS).join(' ');
}

/** The first few whole words after the quote; its last word may be cut short, as above. */
function suffixWords(suffix: string): string | undefined {
  const parts = words(suffix);
  if (parts.length < 2) return undefined;
  return parts.slice(0, -1).slice(0, CONTEXT_WORDS).join(' ');
}

/** The text directive for a quote in its context, without the `#:~:text=` in front. */
export function textDirective(source: FragmentSource): string {
  const { start, end } = startAndEnd(source.quote);
  const prefix = prefixWords(source.prefix);
  const suffix = suffixWords(source.suffix);
  return [
    prefix === undefined ? undefined : `${encodeFragmentPart(prefix)}-`,
    encodeFragmentPart(start),
    end === undefined ? undefined : encodeFragmentPart(end),
    suffix === undefined ? undefined : `-${encodeFragmentPart(suffix)}`,
  ]
    .filter((part) => part !== undefined)
    .join(',');
}

/**
 * `url` with a text fragment for the quote. Any fragment the URL already has is replaced: stored
 * URLs have none, and a page's own `#section` would only compete with the quote.
 */
export function textFragmentUrl(url: string, source: FragmentSource): string {
  if (!source.quote.trim()) return url;
  const base = url.split('#', 1)[0];
  return `${base}#:~:text=${textDirective(source)}`;
}
