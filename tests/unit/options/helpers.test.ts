import { describe, expect, it, vi } from 'vitest';
import { checkSiteInput } from '../../../components/options/AddSiteForm.tsx';
import { readBackupFile } from '../../../components/options/backup-file.ts';
import { count, formatAsOf, formatBytes } from '../../../components/options/format.ts';
import { persistenceText } from '../../../components/options/persistence-text.ts';
import { LIMITS } from '../../../lib/store/limits.ts';

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

describe('reading a backup file', () => {
  it('refuses a file over the limit without reading it', async () => {
    const text = vi.fn(async () => '{}');
    const result = await readBackupFile({ name: 'huge.json', size: LIMITS.backupChars + 1, text });
    expect(result).toEqual({ ok: false, message: expect.stringContaining('“huge.json” is just over 50 MB; Assay reads backups up to 50 MB') });
    expect(text).not.toHaveBeenCalled();
    const bigger = await readBackupFile({ name: 'video.mp4', size: 700 * 1024 * 1024, text });
    expect(bigger).toEqual({ ok: false, message: expect.stringContaining('“video.mp4” is 700 MB') });
  });

  it('reads a file at the limit, and reports one that cannot be read', async () => {
    expect(await readBackupFile({ name: 'b.json', size: LIMITS.backupChars, text: async () => '{"a":1}' })).toEqual({ ok: true, text: '{"a":1}' });
    const unreadable = await readBackupFile({
      name: 'gone.json',
      size: 10,
      text: async () => {
        throw new Error('the file was moved');
      },
    });
    expect(unreadable).toEqual({ ok: false, message: '“gone.json” could not be read (the file was moved). Nothing was imported.' });
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
