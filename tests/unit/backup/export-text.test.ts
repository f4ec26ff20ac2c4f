import { describe, expect, it } from 'vitest';
import { exportFile } from '../../../lib/backup/export-file.ts';
import { clippingsToMarkdown } from '../../../lib/backup/export-markdown.ts';
import { ClippingStore } from '../../../lib/store/clippings.ts';
import { clippingInput, fakeClock, freshDb } from '../store/helpers.ts';
import { sampleClipping } from './sample-clipping.ts';

const base = sampleClipping;

describe('clippingsToMarkdown', () => {
  const markdown = clippingsToMarkdown([base], Date.UTC(2025, 5, 1));

  it('writes a heading, the quote as a blockquote, the source, date, note, #tags and [[entities]]', () => {
    expect(markdown).toBe(
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
