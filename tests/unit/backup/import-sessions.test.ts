/**
 * Imports sent in parts: nothing is written before the end, a bad part ends the import with
 * nothing changed, every call can be repeated after a lost answer, and a session the background
 * no longer has is reported so the page can send the file again.
 */
import { describe, expect, it } from 'vitest';
import { exportFile } from '../../../lib/backup/export-file.ts';
import { backupToText, exportJson } from '../../../lib/backup/export-json.ts';
import { IMPORT_INTERRUPTED, ImportSessions } from '../../../lib/backup/import-sessions.ts';
import { generateClippings, generateNotes, seedDatabase } from '../../../lib/store/bench-fixtures.ts';
import type { AssayDb } from '../../../lib/store/db.ts';
import { fakeClock, freshDb } from '../store/helpers.ts';

async function sourceText(): Promise<string> {
  const { db } = await freshDb();
  await seedDatabase(db, { clippings: generateClippings(60, { seed: 8 }), notes: generateNotes(20, { seed: 8 }) });
  return (await exportFile(db, 'json', 1_000)).text;
}

function partsOf(text: string, size: number): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += size) parts.push(text.slice(i, i + size));
  return parts;
}

async function snapshot(db: AssayDb) {
  return backupToText(await exportJson(db, 0));
}

describe('an import sent in parts', () => {
  it('previews, then imports in one go, and reports progress on the way', async () => {
    const text = await sourceText();
    const { db } = await freshDb();
    const sessions = new ImportSessions();
    const parts = partsOf(text, 1_000);
    const progress = parts.map((part, i) => sessions.part('preview', i, part));
    expect(progress.at(-1)).toEqual({ notes: 20, clippings: 60 });
    expect(progress[0]!.clippings).toBe(0);
    const expected = { exportedAt: 1_000, notes: { add: 20, update: 0, unchanged: 0 }, clippings: { add: 60, update: 0, unchanged: 0 }, settings: 'absent' };
    expect(await sessions.end(db, 'preview', parts.length, false)).toEqual(expected);
    expect(await db.count('clippings')).toBe(0);

    parts.forEach((part, i) => sessions.part('import', i, part));
    expect(await sessions.end(db, 'import', parts.length, true)).toEqual(expected);
    expect(await db.count('clippings')).toBe(60);
    expect(await db.count('notes')).toBe(20);
  });

  it('reads a repeated part once, and answers a repeated end with the first answer', async () => {
    const text = await sourceText();
    const { db } = await freshDb();
    const sessions = new ImportSessions();
    const parts = partsOf(text, 700);
    parts.forEach((part, i) => {
      sessions.part('s', i, part);
      // The answer was lost and the page sends the same part again.
      sessions.part('s', i, part);
    });
    const first = await sessions.end(db, 's', parts.length, true);
    expect(first.clippings.add).toBe(60);
    expect(await sessions.end(db, 's', parts.length, true)).toBe(first);
    expect(await db.count('clippings')).toBe(60);
  });

  it('refuses a bad file at the part where the fault is, changes nothing, and keeps refusing', async () => {
    const text = (await sourceText()).replace('"quote": ', '"quote": 7, "extra": ');
    const { db } = await freshDb();
    const before = await snapshot(db);
    const sessions = new ImportSessions();
    const parts = partsOf(text, 500);
    let bad = -1;
    for (let i = 0; i < parts.length && bad < 0; i++) {
      try {
        sessions.part('s', i, parts[i]!);
      } catch (error) {
        bad = i;
        expect(error).toMatchObject({ code: 'invalid-backup', message: expect.stringMatching(/clippings\[0\]\.quote should be a string; clippings\[0\] has unexpected field "extra"/) });
      }
    }
    // Found with the first clipping, long before the end of the file.
    expect(bad).toBeGreaterThan(0);
    expect(bad).toBeLessThan(parts.length / 2);
    expect(() => sessions.part('s', bad, parts[bad]!)).toThrow(/clippings\[0\]\.quote/);
    await expect(sessions.end(db, 's', bad + 1, true)).rejects.toMatchObject({ code: 'invalid-backup' });
    expect(await snapshot(db)).toBe(before);
  });

  it('refuses a file that ends early only at its end, and writes nothing', async () => {
    const text = await sourceText();
    const { db } = await freshDb();
    const sessions = new ImportSessions();
    const parts = partsOf(text.slice(0, -40), 1_000);
    parts.forEach((part, i) => sessions.part('s', i, part));
    await expect(sessions.end(db, 's', parts.length, true)).rejects.toMatchObject({ code: 'invalid-backup', message: expect.stringMatching(/incomplete/) });
    expect(await db.count('clippings')).toBe(0);
  });

  it('says the import was interrupted when the session is gone or a part is missing', async () => {
    const { db } = await freshDb();
    const sessions = new ImportSessions();
    expect(() => sessions.part('unknown', 3, '{}')).toThrow(IMPORT_INTERRUPTED);
    await expect(sessions.end(db, 'unknown', 1, true)).rejects.toMatchObject({ code: 'not-found', message: IMPORT_INTERRUPTED });
    sessions.part('gap', 0, '{"format": "assay-backup", ');
    expect(() => sessions.part('gap', 2, '"version": 1')).toThrow(IMPORT_INTERRUPTED);
    await expect(sessions.end(db, 'gap', 3, true)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('forgets sessions left idle, cancelled, or beyond the few it keeps', () => {
    const clock = fakeClock();
    const sessions = new ImportSessions(clock.now);
    sessions.part('idle', 0, '{');
    clock.advance(6 * 60_000);
    sessions.part('a', 0, '{');
    expect(() => sessions.part('idle', 1, '}')).toThrow(IMPORT_INTERRUPTED);
    sessions.cancel('a');
    expect(sessions.size).toBe(0);
    for (const id of ['1', '2', '3', '4', '5']) {
      clock.advance();
      sessions.part(id, 0, '{');
    }
    expect(sessions.size).toBe(4);
    expect(() => sessions.part('1', 1, '}')).toThrow(IMPORT_INTERRUPTED);
  });

  it('drops the least recently used session, not the oldest, and keeps one idle for exactly five minutes', () => {
    const clock = fakeClock();
    const sessions = new ImportSessions(clock.now);
    for (const id of ['1', '2', '3', '4']) {
      clock.advance();
      sessions.part(id, 0, '{');
    }
    clock.advance();
    sessions.part('1', 1, ' ');
    clock.advance();
    sessions.part('5', 0, '{');
    expect(() => sessions.part('2', 1, '}')).toThrow(IMPORT_INTERRUPTED);
    expect(sessions.part('1', 2, '}')).toEqual({ notes: 0, clippings: 0 });
    // Idle for exactly five minutes: still there; a millisecond more: gone.
    sessions.part('3', 1, ' ');
    clock.advance(5 * 60_000);
    expect(sessions.part('3', 2, ' ')).toEqual({ notes: 0, clippings: 0 });
    clock.advance(5 * 60_000 + 1);
    expect(() => sessions.part('3', 3, '}')).toThrow(IMPORT_INTERRUPTED);
  });
});
