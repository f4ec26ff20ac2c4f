/**
 * Backups on the options page in Firefox: the files Firefox really downloads (a JSON backup, the
 * clippings as Markdown and CSV), the backup picked in a fresh profile's options page and imported
 * with nothing lost, and a file that is not a backup refused with a clear message.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIPPINGS, HOSTILE, NOTES } from '../fixtures/backup.ts';
import { startFirefox, until, type FirefoxHarness } from './harness.ts';
import type { Tab } from './tab.ts';

/** The options page in a tab brought to the front, once its settings have loaded. */
async function openOptions(h: FirefoxHarness): Promise<Tab> {
  const page = await h.openExtensionPage('options.html');
  await page.activate();
  await expect.poll(() => page.evaluate(() => document.querySelector('[role="switch"]') !== null), { timeout: 15_000 }).toBe(true);
  return page;
}

/** Clicks the button `label` and answers the file Firefox saved in the profile's downloads folder. */
async function download(h: FirefoxHarness, page: Tab, label: string, name: RegExp): Promise<{ filename: string; text: string }> {
  const dir = h.ff.downloadsDir;
  const before = new Set(readdirSync(dir));
  await page.clickOn(label);
  let filename = '';
  await until(`a download matching ${name}`, async () => {
    const files = readdirSync(dir).filter((f) => !before.has(f));
    // Firefox writes into a .part file and renames it when the download is complete.
    filename = files.find((f) => name.test(f)) ?? '';
    return filename !== '' && !files.some((f) => f.endsWith('.part'));
  });
  return { filename, text: readFileSync(join(dir, filename), 'utf8') };
}

async function storedCounts(h: FirefoxHarness): Promise<{ notes: number; clippings: number }> {
  const info = (await h.ask<{ notes: number; clippings: number }>('storage.info')).value!;
  return { notes: info.notes, clippings: info.clippings };
}

describe('backups on the options page, in Firefox', () => {
  let source: FirefoxHarness;
  let fresh: FirefoxHarness | undefined;
  let files: string;
  let backupText = '';

  beforeAll(async () => {
    files = mkdtempSync(join(tmpdir(), 'assay-firefox-files-'));
    source = await startFirefox();
  });
  afterAll(async () => {
    await source?.close();
    await fresh?.close();
    rmSync(files, { recursive: true, force: true });
  });

  it('exports everything as a JSON backup, and the clippings as Markdown and CSV, which Firefox downloads', async () => {
    for (const note of NOTES) expect(await source.ask('notes.add', note)).toMatchObject({ ok: true });
    for (const clipping of CLIPPINGS) expect(await source.ask('clippings.save', clipping)).toMatchObject({ ok: true });
    expect(await source.ask('settings.update', { siteRules: { deny: ['example.net'] } })).toMatchObject({ ok: true });
    const page = await openOptions(source);

    const backup = await download(source, page, 'Download backup', /^assay-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = JSON.parse(backup.text) as { format: string; notes: { id: string; text: string }[]; clippings: { id: string }[]; settings: { value: { siteRules: { deny: string[] } } } };
    expect(parsed.format).toBe('assay-backup');
    expect(parsed.notes.map((n) => n.id).sort()).toEqual(['note-gallium', 'note-kz']);
    expect(parsed.notes.find((n) => n.id === 'note-gallium')?.text).toContain(HOSTILE);
    expect(parsed.clippings.map((c) => c.id).sort()).toEqual(['clip-1', 'clip-2']);
    expect(parsed.settings.value.siteRules.deny).toEqual(['example.net']);
    await expect.poll(() => page.text('[data-testid="status"]')).toContain(`Exported ${backup.filename}`);
    backupText = backup.text;

    const markdown = await download(source, page, 'Download Markdown', /^assay-clippings-\d{4}-\d{2}-\d{2}\.md$/);
    expect(markdown.text).toContain('China restricted exports of gallium and germanium.');
    expect(markdown.text).toContain('https://news.example.com/gallium');
    const csv = await download(source, page, 'Download CSV', /^assay-clippings-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text.replace(/^\uFEFF/, '').trim().split(/\r?\n/)).toHaveLength(3);
    expect(csv.text).toContain('"Follow up, ""quoted"", with, commas"');
    await source.assertClean();
  });

  it('imports the backup, picked in a fresh profile, with nothing lost', async () => {
    expect(backupText).not.toBe('');
    fresh = await startFirefox();
    const page = await openOptions(fresh);
    expect(await storedCounts(fresh)).toEqual({ notes: 0, clippings: 0 });
    const path = join(files, 'backup.json');
    writeFileSync(path, backupText);

    await page.setFiles(await page.find('#import-file'), [path]);
    await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('[data-testid="import-notes"] td')].map((td) => td.textContent))).toEqual(['2', '0', '0']);
    expect(await page.evaluate(() => [...document.querySelectorAll('[data-testid="import-clippings"] td')].map((td) => td.textContent))).toEqual(['2', '0', '0']);
    // The preview wrote nothing.
    expect(await storedCounts(fresh)).toEqual({ notes: 0, clippings: 0 });

    await page.clickOn('Import');
    await expect.poll(() => page.text('.opt-import-result')).toContain('Imported backup.json');
    expect(await storedCounts(fresh)).toEqual({ notes: 2, clippings: 2 });
    const notes = (await fresh.ask<{ text: string }[]>('notes.list', { entityId: 'mineral:gallium' })).value!;
    expect(notes.map((n) => n.text)).toEqual([NOTES[0]!.text]);
    expect((await fresh.ask<{ siteRules: { deny: string[] } }>('settings.get')).value!.siteRules.deny).toEqual(['example.net']);
    await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('.opt-site-host')].map((e) => e.textContent))).toEqual(['example.net']);
    await fresh.assertClean();
  });

  it('refuses a file that is not a backup, saying why, and changes nothing', async () => {
    const page = await openOptions(fresh!);
    const path = join(files, 'notes.json');
    writeFileSync(path, 'these are my notes, not JSON');
    expect(existsSync(path)).toBe(true);
    const before = await storedCounts(fresh!);
    await page.setFiles(await page.find('#import-file'), [path]);
    await expect.poll(() => page.text('[data-testid="import-error"]')).toContain('notes.json was not imported');
    expect(await page.text('[data-testid="import-error"] .opt-error-text')).toMatch(/not valid JSON/);
    expect(await storedCounts(fresh!)).toEqual(before);
    await fresh!.assertClean();
  });
});
