/**
 * Clippings as one Markdown file that reads well in Obsidian: a heading per clipping, the quote
 * as a blockquote, a link to the source, the note, tags as `#tags` and entities as
 * `[[wiki links]]`, so a vault gets a page per mineral or country for free.
 *
 * Everything in it came from web pages or from the user, so `<`, `>` and `&` are written as
 * entities: a note that says `<script>` shows as that text, never as HTML.
 */
import type { Clipping } from '../store/types.ts';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text for a heading or link label: one line, no Markdown link brackets. */
function inline(text: string): string {
  return escapeHtml(text.replace(/\s+/g, ' ').trim()).replace(/([[\]\\`*_])/g, '\\$1');
}

/** Obsidian tags allow letters, digits, `_`, `-` and `/`, and no spaces. */
function asTag(tag: string): string {
  const body = tag.trim().replace(/\s+/g, '-').replace(/[^\p{L}\p{N}_/-]/gu, '');
  return body === '' ? '' : `#${body}`;
}

/** Wiki-link targets may not contain `[ ] | # ^`. */
function asWikiLink(label: string): string {
  const target = label.replace(/[[\]|#^\\]/g, ' ').replace(/\s+/g, ' ').trim();
  return target === '' ? '' : `[[${target}]]`;
}

function blockquote(text: string): string {
  return escapeHtml(text.trim())
    .split(/\r?\n/)
    .map((line) => (line.trim() === '' ? '>' : `> ${line}`))
    .join('\n');
}

/** A URL written so that `(`, `)`, spaces or `<` in it cannot end the link early. */
function linkTarget(url: string): string {
  return `<${url.replace(/[<>\s]/g, (char) => encodeURIComponent(char))}>`;
}

function isoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function clippingSection(clipping: Clipping): string {
  const heading = inline(clipping.title) || clipping.site || 'Clipping';
  const lines = [`## ${heading}`, '', blockquote(clipping.quote), ''];
  const source = `[${inline(clipping.title) || clipping.site}](${linkTarget(clipping.url)})`;
  lines.push(`Source: ${source} · ${clipping.site} · saved ${isoDate(clipping.createdAt)}`, '');
  if (clipping.note.trim() !== '') lines.push(escapeHtml(clipping.note.trim()), '');
  const tags = clipping.tags.map(asTag).filter(Boolean);
  if (tags.length > 0) lines.push(`Tags: ${tags.join(' ')}`, '');
  const links = clipping.entities.map((entity) => asWikiLink(entity.label)).filter(Boolean);
  if (links.length > 0) lines.push(`Entities: ${Array.from(new Set(links)).join(' ')}`, '');
  return lines.join('\n');
}

/** The Markdown document for `clippings` (in the order given; newest first reads best). */
export function clippingsToMarkdown(clippings: readonly Clipping[], exportedAt: number): string {
  const header = [
    '# Assay clippings',
    '',
    `Exported ${isoDate(exportedAt)} · ${clippings.length} clipping${clippings.length === 1 ? '' : 's'}`,
    '',
  ].join('\n');
  return [header, ...clippings.map(clippingSection)].join('\n---\n\n');
}
