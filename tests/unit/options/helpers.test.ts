import { describe, expect, it, vi } from 'vitest';
import { checkSiteInput } from '../../../components/options/AddSiteForm.tsx';
import { FileReadError, readFileParts, type PickedFile } from '../../../components/options/backup-file.ts';
import { utf8Length } from '../../../lib/backup/utf8.ts';
import { count, formatAsOf, formatBytes } from '../../../components/options/format.ts';
import { persistenceText } from '../../../components/options/persistence-text.ts';
import { LIMITS } from '../../../lib/records/limits.ts';

describe('the site input', () => {
  it('takes a host or any page address, as the host the lists hold', () => {
    expect(checkSiteInput('Example.com', [])).toEqual({ site: 'example.com' });
    expect(checkSiteInput('  https://www.example.com/a/b?c=1#d ', [])).toEqual({ site: 'example.com' });
    expect(checkSiteInput('news.bbc.co.uk/world', [])).toEqual({ site: 'news.bbc.co.uk' });
  });

  it('says plainly what is wrong with anything else', () => {
    expect(checkSiteInput('   ', [])).toEqual({ error: expect.stringContaining('Type a site') });
    expect(checkSiteInput('not a site!', [])).toEqual({ error: expect.stringContaining('“not a site!” is not a web address') });
    expect(checkSiteInput('www.example.com', ['example.com'])).toEqual({ error: 'example.com is already in the list.' });
    const full = Array.from({ length: LIMITS.siteRuleEntries }, (_, i) => `s${i}.example`);
    expect(checkSiteInput('one-more.example', full)).toEqual({ error: expect.stringContaining('The list is full') });
  });
});

describe('reading a backup file in parts', () => {
  async function partsOf(file: PickedFile, maxBytes: number): Promise<string[]> {
    const parts: string[] = [];
    for await (const part of readFileParts(file, maxBytes)) parts.push(part);
    return parts;
  }

  const fileOf = (bytes: Uint8Array<ArrayBuffer>, name = 'b.json'): PickedFile => {
    const blob = new Blob([bytes]);
    return { name, size: blob.size, slice: (start, end) => blob.slice(start, end) };
  };

  it('gives the whole text in parts of at most maxBytes, never cutting a character', async () => {
    const text = 'aé中😀'.repeat(50);
    for (const maxBytes of [4, 5, 7, 16, 1_000]) {
      const parts = await partsOf(fileOf(new TextEncoder().encode(text)), maxBytes);
      expect(parts.join(''), `parts of ${maxBytes} bytes`).toBe(text);
      expect(parts.every((part) => utf8Length(part) <= maxBytes && part !== '')).toBe(true);
      expect(parts.every((part) => !/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(part))).toBe(true);
    }
  });

  it('drops a byte order mark, turns bytes that are not UTF-8 into U+FFFD, and gives one empty part for an empty file', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]);
    expect(await partsOf(fileOf(bom), 64)).toEqual(['{}']);
    const garbage = new Uint8Array(12).fill(0xff);
    const parts = await partsOf(fileOf(garbage), 8);
    expect(parts.join('')).toBe('\uFFFD'.repeat(12));
    expect(parts.every((part) => utf8Length(part) <= 8)).toBe(true);
    expect(await partsOf(fileOf(new Uint8Array(0)), 8)).toEqual(['']);
  });

  it('says which file could not be read', async () => {
    const gone: PickedFile = {
      name: 'gone.json',
      size: 10,
      slice: () => ({
        arrayBuffer: async () => {
          throw new Error('the file was moved');
        },
      }),
    };
    await expect(partsOf(gone, 8)).rejects.toThrow(new FileReadError('“gone.json” could not be read (the file was moved). Nothing was imported.'));
  });
});

describe('formatting', () => {
  it('writes sizes, counts and as-of dates for people', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(300 * 1024 ** 3)).toBe('300 GB');
    expect(count(1, 'note')).toBe('1 note');
    expect(count(2, 'clipping')).toBe('2 clippings');
    expect(count(1, 'entry', 'entries')).toBe('1 entry');
    expect(formatAsOf('2025')).toBe('2025');
    expect(formatAsOf('2025-12')).toBe('December 2025');
    expect(formatAsOf('2025-11-30')).toBe('30 November 2025');
    expect(formatAsOf('late 2025')).toBe('late 2025');
  });

  it('says whether the data is protected from clearing, in words', () => {
    expect(persistenceText({ status: 'granted', persisted: true })).toMatchObject({ protectedNow: true, title: 'Protected from clearing' });
    expect(persistenceText({ status: 'denied', persisted: false })).toMatchObject({ protectedNow: false, title: 'Not protected yet' });
    expect(persistenceText({ status: 'error', persisted: null, message: 'boom' }).detail).toContain('(boom)');
  });
});
