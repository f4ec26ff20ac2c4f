/**
 * Clippings as one Markdown file that reads well in Obsidian: a heading per clipping, the quote
 * as a blockquote, a link to the source, the note, tags as `#tags` and entities as
 * `[[wiki links]]`, so a vault gets a page per mineral or country for free.
 *
 * Every field came from a web page, the user or an imported backup, so each is escaped (see
 * `markdown-escape.ts`): the only live link is the source link Assay writes from the clipping's
 * checked http(s) URL, and the only other markup is Assay's own headings, tags and wiki links
 * (internal to the vault; plain text to any other renderer).
 */
import type { Clipping } from '../records/types.ts';
import { isWebUrl, siteOf } from '../records/url.ts';
import { markdownLinkDestination, markdownLines, markdownPhrase, markdownTag, markdownWikiLink } from './markdown-escape.ts';

/** Between clippings: a thematic break, with the blank line before it that keeps it one. */
export const MARKDOWN_SEPARATOR = '\n---\n\n';

function blockquote(text: string): string {
  return markdownLines(text.trim())
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

/** The note as paragraphs, one Markdown line per line of the note. */
function paragraphs(text: string): string {
  return markdownLines(text.trim()).join('\n');
}

function isoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * The link to the page, labelled with its site as read from the URL itself. The title is not
 * used as the label: some renderers (marked) read a label's text twice, so an escaped `![](…)`
 * in a title would come back as an image there; a host name has no `[`, so nothing can.
 */
function sourceLine(clipping: Clipping): string {
  const saved = `saved ${isoDate(clipping.createdAt)}`;
  // The URL was checked when it was stored; a record that somehow is not http(s) gets no link.
  if (!isWebUrl(clipping.url)) return `Source: ${markdownPhrase(clipping.url)} · ${saved}`;
  const label = markdownPhrase(siteOf(clipping.url)) || 'link';
  return `Source: [${label}](${markdownLinkDestination(clipping.url)}) · ${saved}`;
}

/** The Markdown for one clipping, ending with a blank line. */
export function clippingSection(clipping: Clipping): string {
  const title = markdownPhrase(clipping.title);
  // The stored site may be any string from an imported backup; it is only shown, escaped.
  const site = markdownPhrase(clipping.site);
  const lines = [`## ${title || site || 'Clipping'}`, '', blockquote(clipping.quote), ''];
  lines.push(sourceLine(clipping), '');
  if (clipping.note.trim() !== '') lines.push(paragraphs(clipping.note), '');
  const tags = clipping.tags.map(markdownTag).filter(Boolean);
  if (tags.length > 0) lines.push(`Tags: ${tags.join(' ')}`, '');
  const links = clipping.entities.map((entity) => markdownWikiLink(entity.label)).filter(Boolean);
  if (links.length > 0) lines.push(`Entities: ${Array.from(new Set(links)).join(' ')}`, '');
  return lines.join('\n');
}

/** The start of the document: its title, date and how many clippings follow. */
export function markdownHeader(count: number, exportedAt: number): string {
  return [
    '# Assay clippings',
    '',
    `Exported ${isoDate(exportedAt)} · ${count} clipping${count === 1 ? '' : 's'}`,
    '',
  ].join('\n');
}

/** The Markdown document for `clippings` (in the order given; newest first reads best). */
export function clippingsToMarkdown(clippings: readonly Clipping[], exportedAt: number): string {
  return [markdownHeader(clippings.length, exportedAt), ...clippings.map(clippingSection)].join(MARKDOWN_SEPARATOR);
}
