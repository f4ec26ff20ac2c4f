/**
 * Every backup Assay writes can be imported again, record for record. A property test generates
 * stores within the schemas' limits (Unicode, Chinese, emoji, lone surrogates, control characters
 * where allowed, fields at their maximum length, timestamps at their edges, settings read off
 * `SettingsSchema`), exports each as a JSON backup in parts, sends the file to a fresh database in
 * parts cut anywhere, and compares. A slower case fills a store with the largest records the
 * schemas accept, past what one browser message can carry (and past the old 50 MB import limit).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportFile } from '../../../lib/backup/export-file.ts';
import { exportJson } from '../../../lib/backup/export-json.ts';
import { ImportSessions } from '../../../lib/backup/import-sessions.ts';
import type { ImportReport } from '../../../lib/backup/types.ts';
import { utf8Length } from '../../../lib/backup/utf8.ts';
import { ClippingStore } from '../../../lib/store/clippings.ts';
import type { AssayDb } from '../../../lib/store/db.ts';
import { LIMITS } from '../../../lib/records/limits.ts';
import { NoteStore } from '../../../lib/store/notes.ts';
import { ClippingFieldsSchema, ClippingSchema, NoteSchema, SettingsSchema } from '../../../lib/records/schemas.ts';
import type { Clipping, Note, SettingsRecord } from '../../../lib/records/types.ts';
import { siteOf, storedWebUrl } from '../../../lib/records/url.ts';
import { freshDb } from '../store/helpers.ts';
import { largestClipping, largestNote } from './largest-records.ts';
import { arbitraryOf, type StringArbitrary } from './schema-arbitrary.ts';
import { propertyRuns } from '../property-runs.ts';

/** Characters that stress a backup: JSON's own, escapes, several UTF-8 lengths, and oddities. */
const character = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('a', 'Z', '7', ' ', '.', ',', '-', '_') },
  { weight: 2, arbitrary: fc.constantFrom('"', '\\', '{', '}', '[', ']', ':', '/', '<', '&', '#', '\n', '\r', '\t') },
  { weight: 2, arbitrary: fc.constantFrom('é', 'ß', '中', '稀', '土', '钨', 'Ω', '\u00A0', '\u3000', '\u200B', '\u202E', '\uFEFF', '\u2028') },
  { weight: 2, arbitrary: fc.constantFrom('😀', '👩‍🔬', '𠀀', '🇨🇳', '\uD800', '\uDFFF') },
  { weight: 1, arbitrary: fc.constantFrom('\u0000', '\u0001', '\u001F', '\u007F', '\u0085') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);

/** Mostly short strings, sometimes exactly at the field's maximum length. */
const strings: StringArbitrary = (minLength, maxLength) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.string({ unit: character, minLength, maxLength: Math.min(maxLength, 40) }) },
    {
      weight: 1,
      arbitrary: fc
        .string({ unit: character, minLength: 1, maxLength: 6 })
        .map((chunk) => chunk.repeat(Math.ceil(maxLength / chunk.length)).slice(0, maxLength)),
    },
  );

/** Page URLs as Assay stores them: normalised, and within the limit once normalised. */
const storedUrl = fc
  .tuple(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string({ unit: character, maxLength: 30 }), fc.nat(5_000))
  .map(([url, path, padding]) => storedWebUrl(`${url}${encodeURI(path.replace(/[\uD800-\uDFFF]/g, ''))}${'p'.repeat(padding)}`, LIMITS.urlChars))
  .filter((url): url is string => url !== null);

const note = arbitraryOf(NoteSchema, { strings }) as fc.Arbitrary<Note>;
const clipping = fc
  .tuple(arbitraryOf(ClippingFieldsSchema.omit({ url: true, site: true }), { strings }), storedUrl)
  .map(([fields, url]) => ClippingSchema.parse({ ...(fields as object), url, site: siteOf(url) }));
const settings = fc.option(
  fc.record({ key: fc.constant('settings' as const), value: arbitraryOf(SettingsSchema, { maxItems: 20 }), updatedAt: fc.integer({ min: 0, max: 8_640_000_000_000_000 }) }),
  { nil: null },
) as fc.Arbitrary<SettingsRecord | null>;

const store = fc.record({
  notes: fc.uniqueArray(note, { selector: (n) => n.id, maxLength: 12 }),
  clippings: fc.uniqueArray(clipping, { selector: (c) => c.id, maxLength: 12 }),
  settings,
});

async function fill(db: AssayDb, contents: { notes: Note[]; clippings: Clipping[]; settings: SettingsRecord | null }) {
  await new NoteStore(db).putMany(contents.notes);
  await new ClippingStore(db).putMany(contents.clippings);
  if (contents.settings) await db.put('settings', contents.settings);
}

/** Sends `text` to `db` as the options page does, in the parts `cuts` makes, and imports it. */
async function importInParts(db: AssayDb, text: string, cuts: number[]): Promise<ImportReport> {
  const sessions = new ImportSessions();
  const ends = [...new Set(cuts.map((cut) => cut % text.length))].sort((a, b) => a - b).concat(text.length);
  let start = 0;
  ends.forEach((end, index) => {
    sessions.part('session', index, text.slice(start, end));
    start = end;
  });
  return sessions.end(db, 'session', ends.length, true);
}

/** Everything stored, the index fields derived from each clipping included. */
async function everything(db: AssayDb) {
  return { notes: await db.getAll('notes'), clippings: await db.getAll('clippings'), settings: await db.getAll('settings') };
}

describe('a backup of any store Assay can hold', () => {
  it('imports again, record for record (property)', async () => {
    await fc.assert(
      fc.asyncProperty(store, fc.array(fc.nat(), { maxLength: 6 }), fc.integer({ min: 200, max: 20_000 }), async (contents, cuts, partBytes) => {
        const source = (await freshDb()).db;
        await fill(source, contents);
        const file = await exportFile(source, 'json', 1_700_000_000_000);
        // In real parts every part is within the limit; in small ones, only a part that is a
        // single record can be larger.
        for (const part of file.parts) expect(utf8Length(part)).toBeLessThanOrEqual(LIMITS.backupPartBytes);
        const small = await exportFile(source, 'json', 1_700_000_000_000, partBytes);
        expect(small.text).toBe(file.text);

        const target = (await freshDb()).db;
        const report = await importInParts(target, file.text, cuts);
        expect(report).toEqual({
          exportedAt: 1_700_000_000_000,
          notes: { add: contents.notes.length, update: 0, unchanged: 0 },
          clippings: { add: contents.clippings.length, update: 0, unchanged: 0 },
          settings: contents.settings ? 'add' : 'absent',
        });
        expect(await everything(target)).toEqual(await everything(source));
        expect(await exportJson(target, 0)).toEqual(await exportJson(source, 0));
        source.close();
        target.close();
      }),
      { numRuns: propertyRuns(60) },
    );
  });

  it('imports again when it is made of the largest records, more than one message can carry', async () => {
    const source = (await freshDb()).db;
    const clippings = Array.from({ length: 130 }, (_, i) => largestClipping(i));
    const notes = Array.from({ length: 40 }, (_, i) => largestNote(i));
    await new ClippingStore(source).putMany(clippings);
    await new NoteStore(source).putMany(notes);

    const file = await exportFile(source, 'json', 1);
    const bytes = utf8Length(file.text);
    // More than Chromium's 64 MiB message ceiling, and than the 50 MB the import used to refuse.
    expect(bytes).toBeGreaterThan(64 * 1024 * 1024);
    expect(file.parts.length).toBeGreaterThan(8);
    for (const part of file.parts) expect(utf8Length(part)).toBeLessThanOrEqual(LIMITS.backupPartBytes);

    const target = (await freshDb()).db;
    // Sent as the options page sends a file: in parts of the same limit.
    const cuts: number[] = [];
    for (let at = 0, length = 0; at < file.text.length; at += length) {
      length = Math.floor(LIMITS.backupPartBytes / 6);
      cuts.push(at + length);
    }
    const report = await importInParts(target, file.text, cuts);
    expect(report.clippings).toEqual({ add: 130, update: 0, unchanged: 0 });
    expect(report.notes).toEqual({ add: 40, update: 0, unchanged: 0 });
    expect(await new ClippingStore(target).get(clippings[77]!.id)).toEqual(clippings[77]);
    expect(await new NoteStore(target).get(notes[39]!.id)).toEqual(notes[39]);
    expect(await target.count('clippings')).toBe(130);
  }, 120_000);
});

describe('the generated stores', () => {
  it('reach the edges: maximum lengths, control characters, lone surrogates, edge timestamps, settings', () => {
    const samples = fc.sample(store, { numRuns: 300, seed: 1 });
    const clippings = samples.flatMap((sample) => sample.clippings);
    const notes = samples.flatMap((sample) => sample.notes);
    const texts = [...clippings.flatMap((c) => [c.quote, c.note, c.title, c.site]), ...notes.map((n) => n.text)];
    expect(clippings.some((c) => c.quote.length === LIMITS.quoteChars)).toBe(true);
    expect(notes.some((n) => n.text.length === LIMITS.noteChars)).toBe(true);
    expect(texts.some((text) => /\p{Cc}/u.test(text))).toBe(true);
    expect(texts.some((text) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text))).toBe(true);
    expect(texts.some((text) => /中|稀/.test(text))).toBe(true);
    expect(clippings.some((c) => c.url.length > 3_000)).toBe(true);
    expect(clippings.some((c) => c.createdAt === 0 || c.updatedAt === 8_640_000_000_000_000)).toBe(true);
    expect(samples.some((sample) => sample.settings !== null && sample.settings.value.siteRules.deny.length > 0)).toBe(true);
  });
});
