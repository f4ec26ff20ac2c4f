/**
 * Exports and imports through the options page in real Chromium: the files the browser really
 * downloads, a backup restored into a fresh profile with nothing lost, and bad files that must
 * be refused with a clear message and change nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';
import { CLIPPINGS, HOSTILE, NOTES } from '../fixtures/backup.ts';
import { largestClipping } from '../unit/backup/largest-records.ts';
import { askOk, download, expectStatus, openOptions, storedCounts } from './options-helpers.ts';

/** Clippings in the large round trip. */
const COUNT = 130;

interface Backup {
  format: string;
  version: number;
  notes: { id: string; text: string }[];
  clippings: { id: string; quote: string }[];
  settings: { value: { siteRules: { deny: string[] } } } | null;
}

describe('backups on the options page', () => {
  let source: Harness;
  let fresh: Harness;
  let files: string;
  let backupText = '';

  beforeAll(async () => {
    files = mkdtempSync(join(tmpdir(), 'assay-backup-files-'));
    source = await startHarness();
  });
  afterAll(async () => {
    await source?.close();
    await fresh?.close();
    rmSync(files, { recursive: true, force: true });
  });

  /** Writes `text` as a file for the file picker. */
  function file(name: string, text: string | Buffer): string {
    const path = join(files, name);
    writeFileSync(path, text);
    return path;
  }

  it('exports everything as a JSON backup the browser downloads', async () => {
    const page = await openOptions(source);
    for (const note of NOTES) await askOk(page, 'notes.add', note);
    for (const clipping of CLIPPINGS) await askOk(page, 'clippings.save', clipping);
    await askOk(page, 'settings.update', { siteRules: { deny: ['example.net'] } });

    const { filename, text } = await download(page, page.getByRole('button', { name: 'Download backup' }));
    expect(filename).toMatch(/^assay-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = JSON.parse(text) as Backup;
    expect(backup.format).toBe('assay-backup');
    expect(backup.version).toBe(2);
    expect(backup.notes.map((n) => n.id).sort()).toEqual(['note-gallium', 'note-kz']);
    expect(backup.notes.find((n) => n.id === 'note-gallium')?.text).toContain(HOSTILE);
    expect(backup.clippings.map((c) => c.id).sort()).toEqual(['clip-1', 'clip-2']);
    expect(backup.settings?.value.siteRules.deny).toEqual(['example.net']);
    await expectStatus(page, new RegExp(`Exported ${filename}`));
    backupText = text;
    source.assertClean();
  });

  it('exports the clippings as Markdown and as CSV', async () => {
    const page = await openOptions(source);
    const markdown = await download(page, page.getByRole('button', { name: 'Download Markdown' }));
    expect(markdown.filename).toMatch(/^assay-clippings-\d{4}-\d{2}-\d{2}\.md$/);
    expect(markdown.text).toContain('China restricted exports of gallium and germanium.');
    expect(markdown.text).toContain('Gallium curbs');
    expect(markdown.text).toContain('https://news.example.com/gallium');
    expect(markdown.text).toContain('Kazakhstan signed a tungsten deal.');

    const csv = await download(page, page.getByRole('button', { name: 'Download CSV' }));
    expect(csv.filename).toMatch(/^assay-clippings-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/quote/i);
    expect(lines).toHaveLength(3);
    // A note with quotes and commas stays one field.
    expect(csv.text).toContain('"Follow up, ""quoted"", with, commas"');
    source.assertClean();
  });

  it('previews and imports the backup into a fresh profile, with nothing lost', async () => {
    fresh = await startHarness();
    const page = await openOptions(fresh);
    expect(await storedCounts(page)).toEqual({ notes: 0, clippings: 0 });
    await expect.poll(() => page.getByTestId('storage-clippings').textContent()).toBe('0');

    await page.locator('#import-file').setInputFiles(file('backup.json', backupText));
    const notesRow = page.getByTestId('import-notes');
    await notesRow.waitFor();
    expect(await notesRow.locator('td').allTextContents()).toEqual(['2', '0', '0']);
    expect(await page.getByTestId('import-clippings').locator('td').allTextContents()).toEqual(['2', '0', '0']);
    expect(await page.getByTestId('import-settings').textContent()).toContain('taken from the file');
    // The preview wrote nothing.
    expect(await storedCounts(page)).toEqual({ notes: 0, clippings: 0 });

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.locator('.opt-import-result').textContent()).toContain('Imported backup.json');
    expect(await storedCounts(page)).toEqual({ notes: 2, clippings: 2 });
    await expect.poll(() => page.getByTestId('storage-clippings').textContent()).toBe('2');
    expect(await page.getByTestId('storage-notes').textContent()).toBe('2');

    const listed = await askOk<{ items: { id: string; quote: string; note: string; tags: string[] }[] }>(page, 'clippings.list');
    const byId = Object.fromEntries(listed.items.map((c) => [c.id, c]));
    expect(byId['clip-1']).toMatchObject({ quote: CLIPPINGS[0]!.quote, note: CLIPPINGS[0]!.note, tags: ['curbs', 'china'] });
    expect(byId['clip-2']).toMatchObject({ quote: CLIPPINGS[1]!.quote, tags: ['deals'] });
    const notes = await askOk<{ text: string }[]>(page, 'notes.list', { entityId: 'mineral:gallium' });
    expect(notes.map((n) => n.text)).toEqual([NOTES[0]!.text]);
    expect((await askOk<{ siteRules: { deny: string[] } }>(page, 'settings.get')).siteRules.deny).toEqual(['example.net']);
    // The imported settings reached the page too.
    expect(await page.locator('.opt-site-host').allTextContents()).toEqual(['example.net']);

    // The same file again has nothing left to do.
    await page.locator('#import-file').setInputFiles(file('backup-again.json', backupText));
    await page.getByTestId('import-notes').waitFor();
    expect(await page.getByTestId('import-notes').locator('td').allTextContents()).toEqual(['0', '0', '2']);
    expect(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    fresh.assertClean();
  });

  /** Picks the file `name` and answers the error the page shows; checks that nothing changed. */
  async function refused(page: Page, name: string, pick: () => Promise<void>): Promise<string> {
    const before = await storedCounts(page);
    const settingsBefore = await askOk(page, 'settings.get');
    await pick();
    const error = page.getByTestId('import-error');
    await expect.poll(() => error.textContent().catch(() => '')).toContain(`${name} was not imported`);
    const message = (await error.locator('.opt-error-text').textContent()) ?? '';
    expect(await page.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
    expect(await storedCounts(page)).toEqual(before);
    expect(await askOk(page, 'settings.get')).toEqual(settingsBefore);
    return message;
  }

  it('refuses a malformed, a truncated, a wrong-version and a hostile file, changing nothing', async () => {
    const page = await openOptions(fresh);
    const input = page.locator('#import-file');
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });

    expect(await refused(page, 'notes.json', () => input.setInputFiles(file('notes.json', 'these are my notes, not JSON')))).toMatch(/not valid JSON/);

    const truncated = backupText.slice(0, Math.floor(backupText.length / 2));
    expect(await refused(page, 'truncated.json', () => input.setInputFiles(file('truncated.json', truncated)))).toMatch(/incomplete/);

    const newer = JSON.stringify({ ...(JSON.parse(backupText) as object), version: 99 });
    expect(await refused(page, 'newer.json', () => input.setInputFiles(file('newer.json', newer)))).toMatch(/newer version of Assay/);

    // A hostile file: its text comes back inside the error message and must stay text.
    const hostile = JSON.stringify({ format: HOSTILE, version: 1, notes: [], clippings: [], settings: null });
    const message = await refused(page, 'hostile.json', () => input.setInputFiles(file('hostile.json', hostile)));
    expect(message).toContain(HOSTILE);
    expect(await page.locator('img[src="x"]').count()).toBe(0);

    // A file that sets a clipping's URL to a script is refused as a whole.
    const scripted = JSON.parse(backupText) as { clippings: { url: string }[] };
    scripted.clippings[0]!.url = 'javascript:alert(1)';
    expect(await refused(page, 'scripted.json', () => input.setInputFiles(file('scripted.json', JSON.stringify(scripted))))).toMatch(/cannot accept/);
    expect(dialogs).toBe(0);
    fresh.assertClean();
  });

  it('refuses a large file that is not a backup after reading the start of it', async () => {
    const page = await openOptions(fresh);
    // 60 MB of something else: more than one part, so the page streams it, and the background
    // stops at the first part that shows it is not a backup.
    const big = file('video.json', Buffer.alloc(60 * 1024 * 1024, 0x78));
    const message = await refused(page, 'video.json', () => page.locator('#import-file').setInputFiles(big));
    expect(message).toBe('This file is not an Assay backup (it does not hold a backup object).');
    fresh.assertClean();
  });

  it('takes a backup dropped on the drop zone', async () => {
    const page = await openOptions(fresh);
    // A file the fresh profile has not seen: one more clipping.
    const backup = JSON.parse(backupText) as Backup & { clippings: Record<string, unknown>[] };
    backup.clippings.push({ ...backup.clippings[0], id: 'clip-dropped', quote: 'A dropped clipping.' });
    const dropped = JSON.stringify(backup);
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      return transfer;
    }, dropped);
    await page.getByTestId('dropzone').dispatchEvent('drop', { dataTransfer });
    await page.getByTestId('import-clippings').waitFor();
    expect(await page.getByTestId('import-clippings').locator('td').allTextContents()).toEqual(['1', '0', '2']);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => storedCounts(page)).toEqual({ notes: 2, clippings: 3 });
    fresh.assertClean();
  });

  it('exports and imports again a store larger than one message can carry', async () => {
    const big = await startHarness();
    const target = await startHarness();
    try {
      const page = await openOptions(big);
      const started = Date.now();
      // One of the largest clippings the schemas accept goes to the page once; the page sends it
      // back as 130 clippings (about 75 MB of backup, past Chromium's 64 MiB message ceiling).
      await page.evaluate(async ([template, count]) => {
        for (let i = 0; i < count; i++) {
          // Saved as a reader would save it (the store sets the site and the times).
          const { site: _site, createdAt: _created, updatedAt: _updated, ...input } = template;
          const clipping = { ...input, id: `${template.id.slice(0, 100)}-${i}`, url: `${template.url.slice(0, 4000)}/${i}` };
          const answer = await chrome.runtime.sendMessage({ channel: 'assay', name: 'clippings.save', payload: clipping });
          if (!answer.ok) throw new Error(answer.error.message);
        }
      }, [largestClipping(0), COUNT] as const);
      const seeded = Date.now();
      expect(await storedCounts(page)).toEqual({ notes: 0, clippings: COUNT });

      const { filename, text } = await download(page, page.getByRole('button', { name: 'Download backup' }));
      const exported = Date.now();
      expect(Buffer.byteLength(text)).toBeGreaterThan(64 * 1024 * 1024);
      const backup = JSON.parse(text) as { clippings: { id: string; quote: string }[] };
      expect(backup.clippings).toHaveLength(COUNT);
      await expectStatus(page, new RegExp(`Exported ${filename}`));

      const into = await openOptions(target);
      await into.locator('#import-file').setInputFiles(file(filename, text));
      await expect.poll(() => into.getByTestId('import-clippings').locator('td').first().textContent().catch(() => ''), { timeout: 30_000 }).toBe(String(COUNT));
      const previewed = Date.now();
      await into.getByRole('button', { name: 'Import', exact: true }).click();
      await expect.poll(() => into.locator('.opt-import-result').textContent(), { timeout: 30_000 }).toContain(`Imported ${filename}`);
      const imported = Date.now();
      expect(await storedCounts(into)).toEqual({ notes: 0, clippings: COUNT });
      const sample = `${largestClipping(0).id.slice(0, 100)}-77`;
      expect(await askOk(into, 'clippings.get', { id: sample })).toEqual(await askOk(page, 'clippings.get', { id: sample }));
      console.log(
        `[e2e] ${COUNT} largest clippings, ${(Buffer.byteLength(text) / 2 ** 20).toFixed(1)} MiB: seeded ${seeded - started} ms, ` +
          `exported ${exported - seeded} ms, previewed ${previewed - exported} ms, imported ${imported - previewed} ms`,
      );
      big.assertClean();
      target.assertClean();
    } finally {
      await big.close();
      await target.close();
    }
  }, 120_000);
});
