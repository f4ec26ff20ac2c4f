// @vitest-environment happy-dom
/**
 * The Markdown export against hostile text: exact escapes for each field, then the file rendered
 * by three real Markdown renderers (CommonMark, CommonMark with raw HTML and linkify, GitHub-
 * flavoured), which must show the text and make no link but Assay's source link, no image and
 * no HTML.
 */
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { clippingSection, clippingsToMarkdown } from '../../../lib/backup/export-markdown.ts';
import { markdownLine, markdownPhrase, markdownTag, markdownWikiLink } from '../../../lib/backup/markdown-escape.ts';
import type { Clipping } from '../../../lib/records/types.ts';
import { propertyRuns } from '../property-runs.ts';

const SOURCE_URL = 'https://news.example.com/story?id=1';

const base: Clipping = {
  id: 'c1',
  quote: 'China supplies 80% of tungsten.',
  prefix: '',
  suffix: '',
  url: SOURCE_URL,
  title: 'The tungsten squeeze',
  site: 'news.example.com',
  createdAt: Date.UTC(2025, 2, 4),
  updatedAt: Date.UTC(2025, 2, 4),
  entities: [{ id: 'mineral:tungsten', type: 'mineral', label: 'tungsten' }],
  note: '',
  tags: [],
};

/** Hostile text and its exact escaped form on a line of a quote or a note. */
const LINES: [name: string, input: string, output: string][] = [
  ['image', '![](https://tracker.example/p.gif)', '!\\[\\](https\\:\\/\\/tracker\\.example/p\\.gif)'],
  ['script link', '[x](javascript:alert(1))', '\\[x\\](javascript\\:alert(1))'],
  ['autolink', '<https://evil.example>', '\\<https\\:\\/\\/evil\\.example>'],
  ['email autolink', '<evil@example.com>', '\\<evil\\@example\\.com>'],
  // Found by the property test: a GFM linkifier took this for an e-mail address.
  ['email with no dot before a letter', 'https@https.+', 'https\\@https.+'],
  ['raw HTML', '<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)>'],
  ['HTML comment', '<!-- hidden -->', '\\<!-- hidden -->'],
  ['reference link', '[x][1]', '\\[x\\]\\[1\\]'],
  ['reference definition', '[1]: https://evil.example "t"', '\\[1\\]: https\\:\\/\\/evil\\.example "t"'],
  ['footnote', '[^1]: note', '\\[^1\\]: note'],
  // `#` is escaped everywhere, which already stops `&#x3C;` being read as `<`.
  ['entities', '&lt;b&gt; &#x3C; &amp; AT&T', '\\&lt;b\\&gt; &\\#x3C; \\&amp; AT&T'],
  ['heading', '# Owned', '\\# Owned'],
  ['heading after spaces', '   ## Owned', '\\#\\# Owned'],
  ['thematic break', '---', '\\---'],
  ['star break', '***', '\\*\\*\\*'],
  ['setext underline', '===', '\\=\\=\\='],
  ['bullet', '- item', '\\- item'],
  ['plus bullet', '+ item', '\\+ item'],
  ['star bullet', '* item', '\\* item'],
  ['ordered list', '1. item', '1\\. item'],
  ['ordered list, parenthesis', '12) item', '12\\) item'],
  ['not a list', '1.5 tonnes', '1.5 tonnes'],
  ['nested quote', '> quoted', '\\> quoted'],
  ['indented code', '    code()', 'code()'],
  ['fenced code', '```js', '\\`\\`\\`js'],
  ['tilde fence', '~~~', '\\~\\~\\~'],
  ['code span', '`x`', '\\`x\\`'],
  ['emphasis', '*a* _b_ **c**', '\\*a\\* \\_b\\_ \\*\\*c\\*\\*'],
  ['strikethrough', '~~gone~~', '\\~\\~gone\\~\\~'],
  ['table', '| a | b |', '\\| a \\| b \\|'],
  ['backslash escapes', '\\[x\\] a\\', '\\\\\\[x\\\\\\] a\\\\'],
  ['Obsidian embed', '![[Secret note]]', '!\\[\\[Secret note\\]\\]'],
  ['wiki link', '[[Page|alias]]', '\\[\\[Page\\|alias\\]\\]'],
  ['Obsidian tag', '#cobalt', '\\#cobalt'],
  ['Obsidian comment', '%%hidden%%', '%\\%hidden%\\%'],
  ['Obsidian highlight', '==marked==', '\\=\\=marked=\\='],
  ['Obsidian callout', '> [!note] Title', '\\> \\[!note\\] Title'],
  ['maths', '$x^2$ and $5 billion', '\\$x^2\\$ and \\$5 billion'],
  ['bare URL', 'see https://evil.example/x', 'see https\\:\\/\\/evil\\.example/x'],
  ['www link', 'www.evil.example', 'www\\.evil\\.example'],
  ['bare email', 'evil@example.com', 'evil\\@example\\.com'],
  ['mailto', 'mailto:evil@example.com', 'mailto\\:evil\\@example\\.com'],
  ['protocol-relative', '//evil.example', '\\/\\/evil\\.example'],
  ['control characters', 'a\u0000b\u0007c\u001bd', 'a b c d'],
  ['trailing spaces (a hard break)', 'line  ', 'line'],
  ['plain prose', 'Prices rose 2.5% in Q1. Exports fell.', 'Prices rose 2.5% in Q1. Exports fell.'],
];

describe('each line of a quote or a note', () => {
  it.each(LINES)('%s', (_name, input, output) => {
    expect(markdownLine(input)).toBe(output);
  });

  it('a quote keeps its lines inside the blockquote, whatever ends them', () => {
    const section = clippingSection({ ...base, quote: 'one\rtwo\r\n# three\n\n- four' });
    expect(section).toContain('> one\n> two\n> \\# three\n>\n> \\- four\n');
  });

  it('a note keeps its lines, each escaped', () => {
    const section = clippingSection({ ...base, note: '---\n![](x)\r\n1. a' });
    expect(section).toContain('\n\\---\n!\\[\\](x)\n1\\. a\n');
  });
});

describe('the one-line fields', () => {
  it('site: any string from a backup, newlines folded to one space', () => {
    const site = 'evil.example\n# Owned\r\n![](https://t.example/p.gif)\t<b>';
    expect(markdownPhrase(site)).toBe('evil\\.example \\# Owned !\\[\\](https\\:\\/\\/t\\.example/p\\.gif) \\<b>');
    // Shown as the heading when there is no title.
    const section = clippingSection({ ...base, title: ' \n', site });
    expect(section.split('\n')[0]).toBe('## evil\\.example \\# Owned !\\[\\](https\\:\\/\\/t\\.example/p\\.gif) \\<b>');
  });

  it('title: the heading, one line', () => {
    const section = clippingSection({ ...base, title: 'A [x](javascript:alert(1))\n## B' });
    expect(section.split('\n')[0]).toBe('## A \\[x\\](javascript\\:alert(1)) \\#\\# B');
  });

  it('tags: Obsidian tags of letters, digits, _, - and / only', () => {
    expect(markdownTag('rare earths')).toBe('#rare-earths');
    expect(markdownTag('[[x]]')).toBe('#x');
    expect(markdownTag('![](y) <b>')).toBe('#y-b');
    expect(markdownTag('#already')).toBe('#already');
    expect(markdownTag('!!')).toBe('');
    expect(markdownTag('supply_chain _a_ b__c')).toBe('#supply_chain--a--b--c');
  });

  it('entity labels: wiki links to a page name, nothing that links elsewhere', () => {
    expect(markdownWikiLink('Democratic Republic of the Congo')).toBe('[[Democratic Republic of the Congo]]');
    expect(markdownWikiLink('刚果（金）—卢旺达和平协议')).toBe('[[刚果（金）—卢旺达和平协议]]');
    expect(markdownWikiLink("Côte d'Ivoire")).toBe("[[Côte d'Ivoire]]");
    expect(markdownWikiLink(']]![[secret')).toBe('[[secret]]');
    expect(markdownWikiLink('evil.example/x|y#z^w:v\\u')).toBe('[[evil example x y z w v u]]');
    expect(markdownWikiLink('<img src=x>')).toBe('[[img src x]]');
    expect(markdownWikiLink('\u202e\u0000')).toBe('');
  });

  it('the source link is the only link: to the stored URL, which cannot end it early, labelled with its site', () => {
    expect(clippingSection(base)).toContain(`Source: [news\\.example\\.com](<${SOURCE_URL}>) · saved 2025-03-04`);
    const url = 'https://www.example.com/a_(b)?q=<x>&amp;c=\\d';
    expect(clippingSection({ ...base, url })).toContain('Source: [example\\.com](<https://www.example.com/a_(b)?q=%3Cx%3E\\&amp;c=\\\\d>)');
    // A record that is somehow not http(s) is written as text.
    expect(clippingSection({ ...base, url: 'javascript:alert(1)' })).toContain('Source: javascript\\:alert(1) · saved');
  });
});

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
    ...base,
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
    const clippings = LINES.map(([, input], i) => hostileClipping(input, i));
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
