/**
 * Text from web pages and imported backups, written into Markdown so that it reads as the same
 * text and never as markup: no link, image, embed, HTML, entity, heading, list or code block can
 * come out of it in a CommonMark renderer, in GitHub-flavoured renderers that turn bare URLs into
 * links, or in Obsidian (wiki links, embeds, tags, comments, highlights, maths).
 *
 * Everything uses backslash escapes, which CommonMark defines for every ASCII punctuation
 * character, so a reader sees the original character and nothing else.
 */

/**
 * Characters escaped wherever they are: code spans, emphasis, links and images (`[`, `]`), HTML
 * and autolinks (`<`), Obsidian tags (`#`), tables (`|`), strikethrough and fences (`~`), maths
 * (`$`), and the backslash itself.
 */
const ALWAYS = /[\\`*_[\]<#|~$]/g;
/** `&amp;`, `&#60;`: an entity would be read as the character it names. */
const ENTITY_START = /&(?=#?[0-9A-Za-z]+;)/g;
/** `==highlight==` and `%%comment%%` (Obsidian) need the character twice in a row. */
const DOUBLED = /([=%])(?=\1)/g;
/**
 * `https://`, `mailto:` and `//host`: linkifiers turn these into links, so the colon after a
 * scheme, and a run of slashes, are escaped.
 */
const SCHEME_COLON = /(?<=(?:^|[^\p{L}\p{N}])(?:https?|ftp|mailto|xmpp|tel|file|data|javascript|vbscript)):|:(?=\/\/)/giu;
const SLASH_RUN = /\/{2,}/g;
/** `example.com`, `www.example.com`, `name@example.com`: linkifiers need the dot before a letter. */
const HOST_DOT = /(?<=[\p{L}\p{N}])\.(?=\p{L})/gu;
/** `www.12`: GitHub-flavoured Markdown links "www." before any host, digits too (found by the property test). */
const WWW_DOT = /(?<=(?:^|[^\p{L}\p{N}])www)\.(?!\\)/giu;
/**
 * `name@host`: GitHub-flavoured linkifiers make an e-mail link of it even when the host has no
 * dot before a letter (`a@b.+` became `mailto:a@b.+`; found by the property test), so the `@`
 * itself is escaped.
 */
const AT = /@/g;
/** Control characters carry no text; CR alone would also end a line. */
const CONTROL = /\p{Cc}/gu;

/** `text` with every Markdown construct that could start inside a line escaped. */
export function escapeInlineMarkdown(text: string): string {
  return text
    .replace(CONTROL, ' ')
    .replace(ALWAYS, '\\$&')
    .replace(ENTITY_START, '\\&')
    .replace(DOUBLED, '$1\\')
    .replace(SCHEME_COLON, '\\:')
    .replace(SLASH_RUN, (slashes) => slashes.replace(/\//g, '\\/'))
    .replace(HOST_DOT, '\\.')
    .replace(WWW_DOT, '\\.')
    .replace(AT, '\\@');
}

/** One line of text for a heading, a link label or a list of facts: all whitespace folded. */
export function markdownPhrase(text: string): string {
  return escapeInlineMarkdown(text.replace(/[\s\p{Cc}]+/gu, ' ').trim());
}

/**
 * A line that starts a block: `>` (a quote), `-`/`+`/`=` (a list, a rule or a heading
 * underline), `:` (marked takes `a` over `:-` for a one-column table, with no `|` at all),
 * `1.`/`1)` (a numbered list). `#`, `*`, `` ` ``, `~`, `<`, `|` and `[` are escaped everywhere
 * already.
 */
const BLOCK_START = /^(?:[>+=:-]|\d{1,9}(?=[.)](?:\s|$)))/;

/**
 * One line of a multi-line field, safe at the start of a line or of a blockquote line. Leading
 * spaces are dropped (four would make a code block), trailing ones too (two make a line break).
 */
export function markdownLine(line: string): string {
  const escaped = escapeInlineMarkdown(line.replace(CONTROL, ' ').trim());
  const start = BLOCK_START.exec(escaped);
  if (!start) return escaped;
  // Digits stay as they are; the `.` or `)` after them is what makes a list.
  // Stryker disable next-line Regex: a block start is one symbol or only digits, so "has a digit" and "starts with one" agree.
  return /^\d/.test(start[0])
    ? `${start[0]}\\${escaped.slice(start[0].length)}`
    : `\\${escaped}`;
}

/** The lines of a multi-line field, split where CommonMark ends a line (LF, CRLF or CR alone). */
export function markdownLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map(markdownLine);
}

/**
 * A link destination for a URL Assay checked to be http(s): inside `<…>` so that spaces and
 * parentheses cannot end it, with what could still end it or change it encoded or escaped.
 */
export function markdownLinkDestination(url: string): string {
  const encoded = url
    .replace(/[<>\s\p{Cc}]/gu, (char) => encodeURIComponent(char))
    .replace(/\\/g, '\\\\')
    .replace(ENTITY_START, '\\&');
  return `<${encoded}>`;
}

/**
 * Obsidian tags allow letters, digits, `_`, `-` and `/`, and no spaces. A `_` is kept only
 * between letters or digits, where it can never start or end emphasis; elsewhere it becomes `-`.
 */
export function markdownTag(tag: string): string {
  const body = tag
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}_/-]/gu, '')
    .replace(/_/g, (underscore, at: number, text: string) =>
      /[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[at + 1] ?? '') ? underscore : '-',
    );
  return body === '' ? '' : `#${body}`;
}

/**
 * A wiki link to the vault page named after an entity. The target keeps letters, digits, marks,
 * spaces, dashes, apostrophes, commas, parentheses and any non-ASCII punctuation (`（金）`); the
 * rest of ASCII punctuation becomes a space, since Obsidian gives `[ ] | # ^ \ : /` meanings in
 * a link and a `.` could be read as a web address.
 */
export function markdownWikiLink(label: string): string {
  const target = label
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/[!-/:-@[-`{-~]/g, (char) => (/[-',()]/.test(char) ? char : ' '))
    .replace(/\s+/g, ' ')
    .trim();
  return target === '' ? '' : `[[${target}]]`;
}
