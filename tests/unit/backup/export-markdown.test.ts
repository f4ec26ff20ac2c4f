// @vitest-environment happy-dom
/**
 * The Markdown export against hostile text, rendered by three real Markdown renderers
 * (CommonMark, CommonMark with raw HTML and linkify, GitHub-flavoured), which must show the text
 * and make no link but Assay's source link, no image and no HTML. The exact escapes are checked
 * in `markdown-escape.test.ts` and `export-text.test.ts`.
 */
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { clippingsToMarkdown } from '../../../lib/backup/export-markdown.ts';
import type { Clipping } from '../../../lib/records/types.ts';
import { propertyRuns } from '../property-runs.ts';
import { HOSTILE_LINES } from './hostile-markdown.ts';
import { sampleClipping } from './sample-clipping.ts';

const SOURCE_URL = sampleClipping.url;

const renderers: [name: string, render: (markdown: string) => string][] = [
  ['markdown-it, CommonMark', (markdown) => new MarkdownIt('commonmark').render(markdown)],
  ['markdown-it, raw HTML and linkify on', (markdown) => new MarkdownIt({ html: true, linkify: true }).render(markdown)],
  ['marked, GitHub-flavoured', (markdown) => new Marked({ gfm: true }).parse(markdown, { async: false }) as string],
];

/** Element names the export may produce: its own headings, paragraphs, quotes, rules and links. */
const ALLOWED_ELEMENTS = new Set(['H1', 'H2', 'P', 'BLOCKQUOTE', 'HR', 'A']);

function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** What a reader should see of a field: control characters as spaces, whitespace collapsed. */
function visible(text: string): string {
  return squash(text.replace(/\p{Cc}/gu, ' '));
}

/** Checks the rendered document: only the expected elements, one link per clipping, the text intact. */
function expectSafe(html: string, clippings: readonly Clipping[]) {
  const body = parseHtml(html).body;
  const elements = Array.from(body.querySelectorAll('*'));
  expect(elements.map((element) => element.tagName).filter((tag) => !ALLOWED_ELEMENTS.has(tag))).toEqual([]);
  const links = Array.from(body.querySelectorAll('a')).map((link) => link.getAttribute('href'));
  expect(links).toEqual(clippings.map((clipping) => clipping.url));
  const quotes = Array.from(body.querySelectorAll('blockquote')).map((quote) => squash(quote.textContent ?? ''));
  expect(quotes).toEqual(clippings.map((clipping) => visible(clipping.quote)));
  const headings = Array.from(body.querySelectorAll('h2')).map((heading) => squash(heading.textContent ?? ''));
  expect(headings).toEqual(clippings.map((clipping) => visible(clipping.title) || visible(clipping.site) || 'Clipping'));
}

/** A clipping with `text` in every field a page or a backup can fill. */
function hostileClipping(text: string, i = 0): Clipping {
  return {
    ...sampleClipping,
    id: `c${i}`,
    url: `${SOURCE_URL}&n=${i}`,
    quote: text.trim() === '' ? 'x' : text,
    title: text,
    site: text,
    note: text,
    tags: [text],
    entities: [{ id: 'mineral:tungsten', type: 'mineral', label: text || 'x' }],
  };
}

describe.each(renderers)('rendered by %s', (_name, render) => {
  it('shows every hostile line as text, with no link but the source, no image and no HTML', () => {
    const clippings = HOSTILE_LINES.map(([, input], i) => hostileClipping(input, i));
    expectSafe(render(clippingsToMarkdown(clippings, 0)), clippings);
  });

  it('makes no block of two lines either: table, setext heading, list or fence', () => {
    // `a` over `:-` was a one-column table in marked until a leading `:` was escaped.
    const texts = ['a\n:-', 'a\n:-:\nb', 'a\n-:', 'a\n| - |', 'Title\n===', 'Title\n---', 'a\n- b', '```\ncode\n```'];
    const clippings = texts.map((text, i) => hostileClipping(text, i));
    expectSafe(render(clippingsToMarkdown(clippings, 0)), clippings);
  });

  it('the same for any text (property)', () => {
    const punctuation = fc.constantFrom(...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~\n\r\t \u0000'.split(''));
    const words = fc.constantFrom('https', 'http', 'www', 'mailto', 'javascript', 'example', 'com', 'img', 'a', 'href', 'x', '1', '12', 'amp', 'lt', '#x3C');
    const piece = fc.oneof(punctuation, words, fc.string({ unit: 'binary', maxLength: 3 }));
    const text = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (texts) => {
        const clippings = texts.map((t, i) => hostileClipping(t, i));
        expectSafe(render(clippingsToMarkdown(clippings, 0)), clippings);
      }),
      { numRuns: Number(process.env.MD_RUNS ?? propertyRuns(300)) },
    );
  });
});
