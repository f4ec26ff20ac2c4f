import { describe, expect, it } from 'vitest';
import { clippingsToCsv, csvCell } from '../../../lib/backup/export-csv.ts';
import { exportFile } from '../../../lib/backup/export-file.ts';
import { clippingsToMarkdown } from '../../../lib/backup/export-markdown.ts';
import { ClippingStore } from '../../../lib/store/clippings.ts';
import type { Clipping } from '../../../lib/store/types.ts';
import { clippingInput, fakeClock, freshDb } from '../store/helpers.ts';

const base: Clipping = {
  id: 'c1',
  quote: 'China supplies 80% of tungsten.\nPrices doubled.',
  prefix: '',
  suffix: '',
  url: 'https://www.example.com/story?id=1',
  title: 'The [tungsten] squeeze',
  site: 'example.com',
  createdAt: Date.UTC(2025, 2, 4, 10),
  updatedAt: Date.UTC(2025, 2, 4, 10),
  entities: [
    { id: 'country:CN', type: 'country', label: 'China' },
    { id: 'mineral:tungsten', type: 'mineral', label: 'tungsten' },
  ],
  note: 'Check the USGS figure.',
  tags: ['supply chain', 'prices'],
};

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
        'Source: [The \\[tungsten\\] squeeze](<https://www.example.com/story?id=1>) · example.com · saved 2025-03-04',
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
    expect(hostile).not.toMatch(/<script|<img|<b>/);
    expect(hostile).toContain('&lt;script&gt;alert("x")&lt;/script&gt; &amp; more');
    expect(hostile).toContain('> &lt;img src=x onerror=alert(1)&gt;');
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

describe('csvCell', () => {
  it('quotes cells with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
  });

  it('guards against formula injection', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe('"\'\rx"');
    expect(csvCell('a=b')).toBe('a=b');
  });
});

describe('clippingsToCsv', () => {
  it('starts with a BOM and a header, ends rows with CRLF, and keeps Chinese', () => {
    const csv = clippingsToCsv([{ ...base, quote: '中国, "稀土"', note: '=cmd|\' /C calc\'!A0' }]);
    expect(csv.startsWith('\uFEFFid,created,updated,site,url,title,quote,note,tags,entities,entity_ids\r\n')).toBe(true);
    const row = csv.split('\r\n')[1];
    expect(row).toBe(
      [
        'c1',
        '2025-03-04T10:00:00.000Z',
        '2025-03-04T10:00:00.000Z',
        'example.com',
        'https://www.example.com/story?id=1',
        'The [tungsten] squeeze',
        '"中国, ""稀土"""',
        "'=cmd|' /C calc'!A0",
        'supply chain; prices',
        'China; tungsten',
        'country:CN; mineral:tungsten',
      ].join(','),
    );
    expect(csv.endsWith('\r\n')).toBe(true);
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
    expect(csv.text.split('\r\n').slice(1, 3).map((row) => row.split(',')[0])).toEqual(['newer', 'older']);
  });
});
