import { describe, expect, it } from 'vitest';
import { backupToText, exportJson } from '../../../lib/backup/export-json.ts';
import type { Backup } from '../../../lib/backup/format.ts';
import { applyImport, previewImport } from '../../../lib/backup/import.ts';
import { parseBackup } from '../../../lib/backup/parse.ts';
import { AssayError } from '../../../lib/messaging/result.ts';
import { generateClippings, generateNotes, seedDatabase } from '../../../lib/store/bench-fixtures.ts';
import { ClippingStore } from '../../../lib/store/clippings.ts';
import type { AssayDb } from '../../../lib/store/db.ts';
import { LIMITS } from '../../../lib/records/limits.ts';
import { NoteStore } from '../../../lib/store/notes.ts';
import { DEFAULT_SETTINGS, SettingsStore } from '../../../lib/store/settings.ts';
import type { Clipping, Note } from '../../../lib/records/types.ts';
import { fakeClock, freshDb } from '../store/helpers.ts';

const note = (id: string, updatedAt = 1000, text = `note ${id}`): Note => ({
  id,
  entityId: 'mineral:tungsten',
  text,
  createdAt: 1000,
  updatedAt,
});

const clipping = (id: string, updatedAt = 1000, overrides: Partial<Clipping> = {}): Clipping => ({
  id,
  quote: `Quote ${id} about gallium`,
  prefix: '',
  suffix: '',
  url: `https://example.com/${id}`,
  title: 'Title',
  site: 'example.com',
  createdAt: 1000,
  updatedAt,
  entities: [{ id: 'mineral:gallium', type: 'mineral', label: 'gallium' }],
  note: '',
  tags: ['t'],
  ...overrides,
});

function backupText(parts: Partial<Backup> = {}): string {
  return JSON.stringify({
    format: 'assay-backup',
    version: 2,
    exportedAt: 5000,
    notes: [],
    clippings: [],
    settings: null,
    ...parts,
  });
}

async function snapshot(db: AssayDb) {
  return exportJson(db, 0);
}

/** Expects `text` to be refused with `invalid-backup`, a message matching `message`, and no change. */
async function expectRefused(db: AssayDb, text: string, message: RegExp) {
  const before = await snapshot(db);
  const preview = previewImport(db, text);
  await expect(preview).rejects.toBeInstanceOf(AssayError);
  await expect(preview).rejects.toMatchObject({ code: 'invalid-backup', message: expect.stringMatching(message) });
  await expect(applyImport(db, text)).rejects.toMatchObject({ code: 'invalid-backup', message: expect.stringMatching(message) });
  expect(await snapshot(db)).toEqual(before);
}

describe('importing a bad file changes nothing and says why', () => {
  async function dbWithData() {
    const { db } = await freshDb();
    await new NoteStore(db).add({ id: 'mine', entityId: 'country:CN', text: 'Keep me' });
    return db;
  }

  it('empty', async () => {
    await expectRefused(await dbWithData(), '  \n', /file is empty/);
  });

  it('malformed JSON', async () => {
    await expectRefused(await dbWithData(), '{"format": "assay-backup", version: 1}', /not valid JSON/);
  });

  it('truncated JSON', async () => {
    const full = backupText({ notes: [note('a'), note('b')] });
    await expectRefused(await dbWithData(), full.slice(0, Math.floor(full.length * 0.6)), /incomplete.*cut short/);
  });

  it('truncated JSON, wherever it was cut', () => {
    const full = JSON.stringify(JSON.parse(backupText({ notes: [note('a')] })), null, 2);
    for (let end = 1; end < full.length; end++) {
      expect(() => parseBackup(full.slice(0, end)), `cut after ${end} characters`).toThrow(/incomplete/);
    }
  });

  it('some other JSON', async () => {
    await expectRefused(await dbWithData(), '[1, 2, 3]', /not an Assay backup/);
    await expectRefused(await dbWithData(), '{"notes": []}', /not an Assay backup \(its format is missing/);
    await expectRefused(await dbWithData(), backupText({ format: 'evernote' as never }), /format is "evernote"/);
  });

  it('a newer version', async () => {
    await expectRefused(await dbWithData(), backupText({ version: 3 as never }), /made by a newer version of Assay.*Update Assay/);
  });

  it('no usable version', async () => {
    await expectRefused(await dbWithData(), backupText({ version: '1' as never }), /no valid version/);
    await expectRefused(await dbWithData(), backupText({ version: 0 as never }), /no valid version/);
  });

  it('prototype-pollution keys, anywhere', async () => {
    const db = await dbWithData();
    await expectRefused(db, '{"__proto__": {"polluted": true}, "format": "assay-backup"}', /field named "__proto__"/);
    const nested = backupText({ notes: [note('a')] }).replace('"text"', '"constructor": {"prototype": {}}, "text"');
    await expectRefused(db, nested, /field named "(prototype|constructor)"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('oversized strings', async () => {
    await expectRefused(
      await dbWithData(),
      backupText({ notes: [note('a', 1000, 'x'.repeat(LIMITS.noteChars + 1))] }),
      /notes\[0\]\.text is too long \(at most 20000 characters\)/,
    );
  });

  it('wrong types', async () => {
    await expectRefused(
      await dbWithData(),
      backupText({ clippings: [{ ...clipping('c'), createdAt: 'yesterday' as never }] }),
      /clippings\[0\]\.createdAt should be a number/,
    );
    await expectRefused(await dbWithData(), backupText({ notes: {} as never }), /notes should be an array/);
  });

  it('unknown fields and dangerous values', async () => {
    await expectRefused(await dbWithData(), backupText({ notes: [{ ...note('a'), html: '<b>' } as never] }), /unexpected field "html"/);
    await expectRefused(
      await dbWithData(),
      backupText({ clippings: [clipping('c', 1000, { url: 'javascript:alert(1)' })] }),
      /clippings\[0\]\.url must be an http or https URL/,
    );
    const settings = { key: 'settings', updatedAt: 1, value: { ...DEFAULT_SETTINGS, colours: { ...DEFAULT_SETTINGS.colours, deal: { light: 'red; background: url(x)', dark: 'grey' } } } };
    await expectRefused(await dbWithData(), backupText({ settings: settings as never }), /settings\.value\.colours\.deal\.light must be one of the palette's colours/);
  });

  it('a version-1 file whose colours are not colours', async () => {
    const settings = { key: 'settings', updatedAt: 1, value: { ...DEFAULT_SETTINGS, colours: { ...DEFAULT_SETTINGS.colours, deal: { light: 'red; background: url(x)', dark: '#000' } } } };
    await expectRefused(await dbWithData(), backupText({ version: 1 as never, settings: settings as never }), /settings\.value\.colours\.deal\.light must be one of the palette's colours/);
  });

  it('a URL that normalising makes longer than the limit', async () => {
    const grows = `https://example.com/${'é'.repeat(700)}`;
    await expectRefused(await dbWithData(), backupText({ clippings: [clipping('ok'), clipping('c', 1000, { url: grows })] }), /clippings\[1\]\.url is too long once tidied \(at most 4096 characters/);
  });

  it('the same id twice', async () => {
    await expectRefused(await dbWithData(), backupText({ notes: [note('a'), note('a', 2000)] }), /same record twice \(id "a"\)/);
  });
});

describe('importing merges by id', () => {
  it('adds new records, updates older ones, and leaves newer or equal ones', async () => {
    const { db } = await freshDb();
    await new NoteStore(db).putMany([note('same'), note('older-here', 1000, 'old text'), note('newer-here', 9000, 'my edit')]);
    await new ClippingStore(db).putMany([clipping('c-same'), clipping('c-older-here', 1000)]);

    const text = backupText({
      notes: [note('same'), note('older-here', 2000, 'imported text'), note('newer-here', 3000, 'stale'), note('new')],
      clippings: [clipping('c-same'), clipping('c-older-here', 2000, { note: 'imported note' }), clipping('c-new')],
    });
    const expected = {
      exportedAt: 5000,
      notes: { add: 1, update: 1, unchanged: 2 },
      clippings: { add: 1, update: 1, unchanged: 1 },
      settings: 'absent',
    };
    expect(await previewImport(db, text)).toEqual(expected);
    expect(await db.count('notes')).toBe(3);

    expect(await applyImport(db, text)).toEqual(expected);
    const notes = new NoteStore(db);
    expect((await notes.get('older-here'))?.text).toBe('imported text');
    expect((await notes.get('newer-here'))?.text).toBe('my edit');
    expect(await notes.get('new')).toEqual(note('new'));
    const clippings = new ClippingStore(db);
    expect((await clippings.get('c-older-here'))?.note).toBe('imported note');
    expect((await clippings.list({ text: 'imported' })).items.map((c) => c.id)).toEqual(['c-older-here']);

    // Importing the same file again changes nothing.
    expect(await applyImport(db, text)).toEqual({
      ...expected,
      notes: { add: 0, update: 0, unchanged: 4 },
      clippings: { add: 0, update: 0, unchanged: 3 },
    });
  });

  it('takes settings that are newer than the ones here', async () => {
    const { db } = await freshDb();
    const clock = fakeClock(10_000);
    await new SettingsStore(db, clock.now).update({ hoverDelayMs: 100 });
    const older = { key: 'settings' as const, updatedAt: 5_000, value: { ...DEFAULT_SETTINGS, hoverDelayMs: 900 } };
    expect((await applyImport(db, backupText({ settings: older }))).settings).toBe('unchanged');
    expect((await new SettingsStore(db).get()).hoverDelayMs).toBe(100);
    const newer = { ...older, updatedAt: 20_000 };
    expect((await applyImport(db, backupText({ settings: newer }))).settings).toBe('update');
    expect((await new SettingsStore(db).get()).hoverDelayMs).toBe(900);
  });

  it('reads settings saved before the language settings, as the defaults of those', async () => {
    const { db } = await freshDb();
    const { language: _language, cardLanguage: _cardLanguage, ...before } = { ...DEFAULT_SETTINGS, hoverDelayMs: 650 };
    const settings = { key: 'settings', updatedAt: 5, value: before };
    expect((await applyImport(db, backupText({ settings: settings as never }))).settings).toBe('add');
    expect(await new SettingsStore(db).get()).toEqual({ ...DEFAULT_SETTINGS, hoverDelayMs: 650, language: 'auto', cardLanguage: 'assay' });
    const chosen = { key: 'settings' as const, updatedAt: 9, value: { ...DEFAULT_SETTINGS, language: 'zh' as const, cardLanguage: 'page' as const } };
    await applyImport(db, backupText({ settings: chosen }));
    expect(await new SettingsStore(db).get()).toMatchObject({ language: 'zh', cardLanguage: 'page' });
    await expectRefused(db, backupText({ settings: { ...chosen, updatedAt: 10, value: { ...chosen.value, language: 'fr' as never } } }), /language/);
  });

  it('reads a version-1 backup, its hex colours as the nearest palette hues', async () => {
    const { db } = await freshDb();
    const v1Colours = { mineral: { light: '#fde68a', dark: '#92400e' }, country: { light: '#bfdbfe', dark: '#1e40af' }, deal: { light: '#fecaca', dark: '#881337' } };
    const settings = { key: 'settings', updatedAt: 5, value: { ...DEFAULT_SETTINGS, hoverDelayMs: 700, colours: v1Colours } };
    expect((await applyImport(db, backupText({ version: 1 as never, settings: settings as never, notes: [note('old')] }))).settings).toBe('add');
    expect(await new SettingsStore(db).get()).toEqual({
      ...DEFAULT_SETTINGS,
      hoverDelayMs: 700,
      colours: { mineral: { light: 'amber', dark: 'amber' }, country: { light: 'blue', dark: 'blue' }, deal: { light: 'rose', dark: 'rose' } },
    });
    expect(await new NoteStore(db).get('old')).toEqual(note('old'));
  });

  it('round-trips: export, import into a fresh database, identical records', async () => {
    const source = (await freshDb()).db;
    await seedDatabase(source, { clippings: generateClippings(300, { seed: 11 }), notes: generateNotes(80, { seed: 11 }) });
    await new SettingsStore(source).update({ types: { deal: false }, siteRules: { deny: ['example.com'] } });
    const exported = await exportJson(source, 42);
    const text = backupToText(exported);
    expect(parseBackup(text)).toEqual(exported);

    const target = (await freshDb()).db;
    expect(await applyImport(target, text)).toEqual({
      exportedAt: 42,
      notes: { add: 80, update: 0, unchanged: 0 },
      clippings: { add: 300, update: 0, unchanged: 0 },
      settings: 'add',
    });
    expect(await exportJson(target, 42)).toEqual(exported);
    expect(await new SettingsStore(target).get()).toEqual(await new SettingsStore(source).get());
    const query = { text: 'china', limit: 500 };
    expect(await new ClippingStore(target).list(query)).toEqual(await new ClippingStore(source).list(query));
  });

  it('stores URLs as a save would: normalised', async () => {
    const { db } = await freshDb();
    await applyImport(db, backupText({ clippings: [clipping('c', 1000, { url: 'https://Example.com/a?utm_source=x&id=1#frag' })] }));
    expect((await new ClippingStore(db).get('c'))?.url).toBe('https://example.com/a?id=1');
  });

  it('accepts a file with a byte order mark', async () => {
    const { db } = await freshDb();
    expect((await applyImport(db, `\uFEFF${backupText({ notes: [note('a')] })}`)).notes.add).toBe(1);
  });
});
