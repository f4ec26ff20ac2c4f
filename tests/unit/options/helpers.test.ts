import { describe, expect, it, vi } from 'vitest';
import { checkSiteInput } from '../../../components/options/AddSiteForm.tsx';
import { FileReadError, readFileParts, type PickedFile } from '../../../components/options/backup-file.ts';
import { utf8Length } from '../../../lib/backup/utf8.ts';
import { formatAsOf, formatBytes } from '../../../components/options/format.ts';
import { translatorFor } from '../../../lib/i18n/catalogs.ts';
import { persistenceText } from '../../../components/options/persistence-text.ts';
import { LIMITS } from '../../../lib/records/limits.ts';

const t = translatorFor('en');
const zh = translatorFor('zh');

describe('the site input', () => {
  it('takes a host or any page address, as the host the lists hold', () => {
    expect(checkSiteInput('Example.com', [], t)).toEqual({ site: 'example.com' });
    expect(checkSiteInput('  https://www.example.com/a/b?c=1#d ', [], t)).toEqual({ site: 'example.com' });
    expect(checkSiteInput('news.bbc.co.uk/world', [], t)).toEqual({ site: 'news.bbc.co.uk' });
  });

  it('says plainly what is wrong with anything else', () => {
    expect(checkSiteInput('   ', [], t)).toEqual({ error: expect.stringContaining('Type a site') });
    expect(checkSiteInput('not a site!', [], t)).toEqual({ error: expect.stringContaining('“not a site!” is not a web address') });
    expect(checkSiteInput('www.example.com', ['example.com'], t)).toEqual({ error: 'example.com is already in the list.' });
    const full = Array.from({ length: LIMITS.siteRuleEntries }, (_, i) => `s${i}.example`);
    expect(checkSiteInput('one-more.example', full, t)).toEqual({ error: expect.stringContaining('The list is full') });
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
    expect(formatBytes(512, t)).toBe('512 bytes');
    expect(formatBytes(1536, t)).toBe('1.5 KB');
    expect(formatBytes(300 * 1024 ** 3, t)).toBe('300 GB');
    expect(formatBytes(512, zh)).toBe('512 字节');
    expect(t.plural('common_notes', 1)).toBe('1 note');
    expect(t.plural('common_clippings', 2)).toBe('2 clippings');
    expect(t.plural('options_entries', 1)).toBe('1 entry');
    expect(zh.plural('common_clippings', 1)).toBe('1 条摘录');
    expect(formatAsOf('2025', t)).toBe('2025');
    expect(formatAsOf('2025-12', t)).toBe('December 2025');
    expect(formatAsOf('2025-11-30', t)).toBe('30 November 2025');
    expect(formatAsOf('2025-11-30', zh)).toBe('2025年11月30日');
    expect(formatAsOf('late 2025', t)).toBe('late 2025');
  });

  it('says whether the data is protected from clearing, in words', () => {
    expect(persistenceText({ status: 'granted', persisted: true }, t)).toMatchObject({ protectedNow: true, title: 'Protected from clearing' });
    expect(persistenceText({ status: 'denied', persisted: false }, t)).toMatchObject({ protectedNow: false, title: 'Not protected yet' });
    expect(persistenceText({ status: 'error', persisted: null, message: 'boom' }, t).detail).toContain('(boom)');
    expect(persistenceText({ status: 'denied', persisted: false }, zh).title).toBe('尚未受到保护');
  });
});
