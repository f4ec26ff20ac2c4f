import { describe, expect, it } from 'vitest';
import { exportFile } from '../../../lib/backup/export-file.ts';
import { clippingSection, clippingsToMarkdown, markdownHeader } from '../../../lib/backup/export-markdown.ts';
import { ClippingStore } from '../../../lib/store/clippings.ts';
import { clippingInput, fakeClock, freshDb } from '../store/helpers.ts';
import { sampleClipping } from './sample-clipping.ts';

const base = sampleClipping;

describe('clippingsToMarkdown', () => {
  it('writes a heading, the quote as a blockquote, the source, date, note, #tags and [[entities]]', () => {
    // Written inside the test: Stryker switches a mutant on per test, so text written while the
    // file is collected would always be the unmutated text.
    expect(clippingsToMarkdown([base], Date.UTC(2025, 5, 1, 23, 59))).toBe(
      [
        '# Assay clippings',
        '',
        'Exported 2025-06-01 · 1 clipping',
        '',
        '---',
        '',
        '## The \\[tungsten\\] squeeze',
        '',
        '> China supplies 80% of tungsten.',
        '> Prices doubled.',
        '',
        'Source: [example\\.com](<https://www.example.com/story?id=1>) · saved 2025-03-04',
        '',
        'Check the USGS figure.',
        '',
        'Tags: #supply-chain #prices',
        '',
        'Entities: [[China]] [[tungsten]]',
        '',
      ].join('\n'),
    );
  });

  it('keeps HTML in notes and quotes as text', () => {
    const hostile = clippingsToMarkdown(
      [{ ...base, quote: '<img src=x onerror=alert(1)>', note: '<script>alert("x")</script> & more', title: '<b>T</b>' }],
      0,
    );
    expect(hostile).not.toMatch(/(?<!\\)<(script|img|b>)/);
    expect(hostile).toContain('\\<script>alert("x")\\</script> & more');
    expect(hostile).toContain('> \\<img src=x onerror=alert(1)>');
    expect(hostile).toContain('## \\<b>T\\</b>');
  });

  it('makes tags and wiki links that Obsidian accepts', () => {
    const odd = clippingsToMarkdown(
      [{ ...base, tags: ['rare earths', 'a#b', '!!'], entities: [{ id: 'deal', type: 'deal', label: 'US|AU [deal] #1' }] }],
      0,
    );
    expect(odd).toContain('Tags: #rare-earths #ab\n');
    expect(odd).toContain('Entities: [[US AU deal 1]]');
  });

  it('keeps a blank line inside a quote inside the blockquote', () => {
    expect(clippingsToMarkdown([{ ...base, quote: 'One.\n\nTwo.' }], 0)).toContain('> One.\n>\n> Two.');
  });
});

describe('the document header', () => {
  it.each([
    [0, '0 clippings'],
    [1, '1 clipping'],
    [2, '2 clippings'],
  ])('%i clippings', (count, counted) => {
    expect(markdownHeader(count, Date.UTC(2025, 0, 31, 23, 59))).toBe(`# Assay clippings\n\nExported 2025-01-31 · ${counted}\n`);
  });

  it('is the whole file when there is nothing to export', () => {
    expect(clippingsToMarkdown([], 0)).toBe('# Assay clippings\n\nExported 1970-01-01 · 0 clippings\n');
  });
});

describe('one clipping section', () => {
  const sourceLine = 'Source: [example\\.com](<https://www.example.com/story?id=1>) · saved 2025-03-04';

  it('leaves out the note, tags and entities when none are left to write, and falls back to "Clipping" as the heading', () => {
    const bare = { ...base, title: ' \n', site: '\t', quote: 'Q', note: ' \n ', tags: ['!!', ' '], entities: [{ id: 'x', type: 'mineral' as const, label: '%%' }] };
    expect(clippingSection(bare)).toBe(`## Clipping\n\n> Q\n\n${sourceLine}\n`);
  });

  it('uses the site as the heading when there is no title', () => {
    expect(clippingSection({ ...base, title: '' }).split('\n')[0]).toBe('## example\\.com');
  });

  it('trims blank lines around the quote and the note, and keeps the lines between', () => {
    const section = clippingSection({ ...base, quote: '\n\n  One\nTwo  \n\n', note: '\n\nFirst\n\nSecond\n\n' });
    expect(section).toContain('\n\n> One\n> Two\n\nSource:');
    expect(section).toContain(' saved 2025-03-04\n\nFirst\n\nSecond\n\nTags:');
  });

  it('writes each wiki link once and skips labels that leave no page name', () => {
    const entities = ['Gold', '!!', 'Gold.', 'gold'].map((label) => ({ id: label, type: 'mineral' as const, label }));
    expect(clippingSection({ ...base, entities })).toContain('\nEntities: [[Gold]] [[gold]]\n');
  });

  it('a quote keeps its lines inside the blockquote, whatever ends them', () => {
    const section = clippingSection({ ...base, quote: 'one\rtwo\r\n# three\n\n- four' });
    expect(section).toContain('\n\n> one\n> two\n> \\# three\n>\n> \\- four\n\n');
  });

  it('a note keeps its lines, each escaped', () => {
    const section = clippingSection({ ...base, note: '---\n![](x)\r\n1. a' });
    expect(section).toContain('\n\n\\---\n!\\[\\](x)\n1\\. a\n\n');
  });

  it('the title is the heading, on one line', () => {
    const section = clippingSection({ ...base, title: 'A [x](javascript:alert(1))\n## B' });
    expect(section.split('\n')[0]).toBe('## A \\[x\\](javascript\\:alert(1)) \\#\\# B');
  });

  it.each([
    ['an http(s) URL links, labelled with its site', base.url, sourceLine],
    ['nothing in the URL ends the link early', 'https://www.example.com/a_(b)?q=<x>&amp;c=\\d', 'Source: [example\\.com](<https://www.example.com/a_(b)?q=%3Cx%3E\\&amp;c=\\\\d>) · saved 2025-03-04'],
    ['a URL with no site name is labelled "link"', 'https://www./x', 'Source: [link](<https://www./x>) · saved 2025-03-04'],
    // The URL was checked when it was stored; a record that somehow is not http(s) is only text.
    ['a script URL is text', 'javascript:alert(1)', 'Source: javascript\\:alert(1) · saved 2025-03-04'],
    ['a text that is no URL is text', ' not [a] URL ', 'Source: not \\[a\\] URL · saved 2025-03-04'],
  ])('source: %s', (_name, url, line) => {
    expect(clippingSection({ ...base, url }).split('\n')).toContain(line);
  });
});

describe('exportFile', () => {
  it('suggests a dated file name and a MIME type for each format, newest clipping first', async () => {
    const { db } = await freshDb();
    const clock = fakeClock(Date.UTC(2025, 10, 23));
    const store = new ClippingStore(db, clock.now);
    await store.save(clippingInput({ id: 'older', quote: 'Older quote' }));
    clock.advance();
    await store.save(clippingInput({ id: 'newer', quote: 'Newer quote' }));
    const now = Date.UTC(2025, 10, 23);
    expect(await exportFile(db, 'json', now)).toMatchObject({ filename: 'assay-backup-2025-11-23.json', mime: 'application/json' });
    const markdown = await exportFile(db, 'markdown', now);
    expect(markdown).toMatchObject({ filename: 'assay-clippings-2025-11-23.md', mime: 'text/markdown;charset=utf-8' });
    expect(markdown.text.indexOf('Newer quote')).toBeLessThan(markdown.text.indexOf('Older quote'));
    const csv = await exportFile(db, 'csv', now);
    expect(csv).toMatchObject({ filename: 'assay-clippings-2025-11-23.csv', mime: 'text/csv;charset=utf-8' });
    expect(csv.text.split('\r\n').slice(1, 3).map((row) => row.split(',')[0])).toEqual(['"newer"', '"older"']);
  });
});
