/**
 * Reading a backup a part at a time: wherever the parts are cut, the reader finds what reading
 * the whole text finds, the same records or the same fault; it reads what `JSON.parse` reads
 * and nothing else; and one item larger than any record is refused before it fills memory.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BackupReader, type BackupEvent } from '../../../lib/backup/backup-reader.ts';
import { backupToText } from '../../../lib/backup/export-json.ts';
import { BACKUP_VERSION, type Backup } from '../../../lib/backup/format.ts';
import { BackupParser, parseBackup } from '../../../lib/backup/parse.ts';
import { AssayError } from '../../../lib/messaging/result.ts';
import { LIMITS } from '../../../lib/records/limits.ts';
import { DEFAULT_SETTINGS } from '../../../lib/store/settings.ts';
import { normaliseUrl } from '../../../lib/records/url.ts';
import { propertyRuns } from '../property-runs.ts';

const backup: Backup = {
  format: 'assay-backup',
  version: 2,
  exportedAt: 5000,
  notes: [
    { id: 'n1', entityId: 'mineral:tungsten', text: 'Braces {in} [text] "quoted" \\ back\\slash \u0001 中 😀', createdAt: 1, updatedAt: 2 },
    { id: 'n2', entityId: 'country:CN', text: '}]},"', createdAt: 3, updatedAt: 4 },
  ],
  clippings: [
    {
      id: 'c1',
      quote: 'Quote with \\"escapes\\" and \n newlines',
      prefix: '',
      suffix: '',
      url: 'https://example.com/a?b=1',
      title: 'T',
      site: 'example.com',
      createdAt: 10,
      updatedAt: 10,
      entities: [{ id: 'mineral:gallium', type: 'mineral', label: 'gallium' }],
      note: '',
      tags: ['t'],
    },
  ],
  settings: { key: 'settings', value: DEFAULT_SETTINGS, updatedAt: 9 },
};

/** What happens to `text` read in the parts `cuts` makes: the backup, or the fault's message. */
function readInParts(text: string, cuts: number[]): Backup | string {
  const parser = new BackupParser();
  try {
    let start = 0;
    for (const cut of [...cuts.filter((at) => at > 0 && at < text.length).sort((a, b) => a - b), text.length]) {
      parser.write(text.slice(start, cut));
      start = cut;
    }
    return parser.end();
  } catch (error) {
    if (error instanceof AssayError) return error.message;
    throw error;
  }
}

function readWhole(text: string): Backup | string {
  return readInParts(text, []);
}

describe('reading a backup in parts', () => {
  const text = backupToText(backup);

  it('finds the same backup wherever the text is cut in two', () => {
    expect(readWhole(text)).toEqual(backup);
    for (let cut = 1; cut < text.length; cut++) expect(readInParts(text, [cut]), `cut at ${cut}`).toEqual(backup);
  });

  it('finds the same backup, or the same fault, for any cuts of any layout (property)', () => {
    const indented = (value: unknown) => JSON.stringify(value, null, 2);
    const layouts = fc.constantFrom<(value: unknown) => string>(
      (value) => JSON.stringify(value),
      indented,
      (value) => JSON.stringify(value, null, '\t'),
      (value) => ` \r\n${JSON.stringify(value, null, 1)}\n\n `,
    );
    // The damage that once went unmodelled: "version": 2 read as a version-1 file.
    const versionDigit = indented(backup).indexOf('"version": 2') + '"version": '.length;
    // Damage that may or may not leave valid JSON: a character dropped, doubled or replaced.
    const damage = fc.option(fc.tuple(fc.nat(), fc.constantFrom('', '{', '}', '[', ']', '"', ',', ':', '\\', 'x', ' ', '1')), { nil: undefined });
    fc.assert(
      fc.property(layouts, fc.array(fc.nat(), { maxLength: 8 }), damage, (layout, cuts, change) => {
        let input = layout(backup);
        if (change) {
          const at = change[0] % input.length;
          input = input.slice(0, at) + change[1] + input.slice(at + 1);
        }
        expect(readInParts(input, cuts.map((cut) => cut % input.length))).toEqual(readWhole(input));
        // What JSON.parse reads, the reader reads too (and finds the same backup or the same fault).
        let parsed: unknown;
        try {
          parsed = JSON.parse(input);
        } catch {
          expect(typeof readWhole(input)).toBe('string');
          return;
        }
        const whole = readWhole(input);
        if (typeof whole === 'string') {
          expect(whole).not.toMatch(/not valid JSON|incomplete/);
        } else {
          // As JSON.parse read it, but with URLs stored as a save stores them, and a version-1 file
          // read as the current version (its hex colours become palette hues; this backup has none).
          const expected = parsed as Backup;
          const version = (expected.version as number) === 1 ? BACKUP_VERSION : expected.version;
          expect(whole).toEqual({ ...expected, version, clippings: expected.clippings.map((c) => ({ ...c, url: normaliseUrl(c.url) })) });
        }
      }),
      { numRuns: propertyRuns(1_500), examples: [[indented, [], [versionDigit, '1']]] },
    );
  });

  it('hands on each record as soon as it is complete', () => {
    const events: BackupEvent[] = [];
    const reader = new BackupReader((event) => events.push(event));
    const compact = JSON.stringify(backup);
    const firstNoteEnd = compact.indexOf('},{') + 1;
    reader.write(compact.slice(0, firstNoteEnd));
    expect(events.map((event) => event.type)).toEqual(['field', 'field', 'field', 'array', 'item']);
    expect(events[4]).toMatchObject({ type: 'item', key: 'notes', index: 0, value: { id: 'n1' } });
  });
});

describe('what the reader refuses', () => {
  const refusal = (text: string) => readWhole(text) as string;

  it('another kind of JSON, saying it is not a backup', () => {
    expect(refusal('[1, 2, 3]')).toBe('This file is not an Assay backup (it does not hold a backup object).');
    expect(refusal('"a string"')).toMatch(/does not hold a backup object/);
    expect(refusal('  42 ')).toMatch(/does not hold a backup object/);
    expect(refusal('these are my notes, not JSON')).toMatch(/^The file is not valid JSON \(/);
    expect(refusal('[1, 2')).toMatch(/incomplete/);
    expect(refusal('')).toBe('The file is empty.');
    expect(refusal(' \n ')).toBe('The file is empty.');
  });

  it('anything after the backup object, or a field given twice', () => {
    expect(refusal(`${JSON.stringify(backup)} {}`)).toMatch(/not valid JSON \(unexpected "\{" after the end of the backup object at position \d+\)/);
    expect(refusal(JSON.stringify(backup).replace('"notes":', '"notes":[],"notes":'))).toMatch(/has the field "notes" twice/);
  });

  it('broken structure, saying where in the file', () => {
    const text = JSON.stringify(backup);
    const at = text.indexOf('},{');
    expect(refusal(`${text.slice(0, at + 1)};${text.slice(at + 2)}`)).toBe(
      `The file is not valid JSON (expected "," or "]" after an item of notes, found ";" at position ${at + 1}), so it is not an Assay backup.`,
    );
    expect(refusal('{"format": "assay-backup", version: 1}')).toMatch(/not valid JSON \(expected a double-quoted field name, found "v" at position 27\)/);
    // Inside an item, JSON.parse says what is wrong; the position is the file's, not the item's.
    const broken = text.replace('"id":"n2"', '"id":n2');
    // (V8 points at the "2" of n2.)
    expect(refusal(broken)).toMatch(new RegExp(`not valid JSON \\(.*at position ${broken.indexOf(':n2') + 2}\\)`));
  });

  it('the records of a file whose header says it is something else: the header is what is wrong', () => {
    expect(refusal('{"notes": [{"bad": true}], "format": "evernote", "version": 1}')).toMatch(/its format is "evernote"/);
    expect(refusal('{"notes": [{"bad": true}], "version": 9, "format": "assay-backup"}')).toMatch(/newer version of Assay/);
    expect(refusal('{"notes": [{"bad": true}], "version": 1, "format": "assay-backup"}')).toMatch(/notes\[0\]\.id is missing/);
  });

  it('an item larger than any record, before reading all of it', () => {
    const huge = 'x'.repeat(LIMITS.backupPartBytes);
    const parser = new BackupParser();
    parser.write('{"format": "assay-backup", "version": 1, "exportedAt": 1, "notes": [{"text": "');
    expect(() => {
      parser.write(huge.slice(0, LIMITS.backupPartBytes / 2));
      parser.write(huge.slice(LIMITS.backupPartBytes / 2));
    }).toThrow(/an item of notes is larger than any record Assay writes/);
    expect(() => parseBackup(`{"padding": "${huge}"}`)).toThrow(/the value of "padding" is larger than any record Assay writes/);
  });

  it('each structural fault with its own words and the position in the file', () => {
    const cases: [string, string][] = [
      ['{"format" 1}', 'expected ":" after "format", found "1" at position 10'],
      ['{"format": "assay-backup"]', 'expected "," or "}" after the value of "format", found "]" at position 25'],
      ['{"format": "assay-backup",}', 'expected a double-quoted field name, found "}" at position 26'],
      ['{"notes": [{}; {}]}', 'expected "," or "]" after an item of notes, found ";" at position 13'],
    ];
    for (const [text, what] of cases) {
      expect(refusal(text), text).toBe(`The file is not valid JSON (${what}), so it is not an Assay backup.`);
    }
    // An empty object is read (and then found to lack its header), with or without space inside.
    for (const text of ['{}', '{ \n }']) expect(refusal(text), text).toMatch(/^This file is not an Assay backup \(its /);
  });

  it('a syntax error deep inside an item, at its position in the file', () => {
    const text = '{"notes": [{"id": "n1", "text": "abcdefghijklmnop" x}]}';
    expect(refusal(text)).toBe(`The file is not valid JSON (Expected ',' or '}' after property value in JSON at position ${text.indexOf(' x') + 1}), so it is not an Assay backup.`);
  });

  it('a field Assay never writes inside an item, by its name, and nesting too deep to read', () => {
    expect(refusal('{"notes": [{"__proto__": {"polluted": true}}]}')).toBe('The file contains a field named "__proto__", which Assay never writes. It was not imported.');
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(refusal(`{"notes": [${deep}]}`)).toBe('The file is nested too deeply to be an Assay backup.');
  });

  it('cut short, however much follows the last complete value', () => {
    // A fault before the end is a fault, not a file cut short.
    expect(refusal('[1, 2 x, 3]')).toMatch(/^The file is not valid JSON \(Expected ',' or ']' after array element in JSON at position 6\)/);
    for (const text of ['[1, 2', '[1, 2, 3, 4, 5', '[1, 2, 3, 4, 5   ', '{"notes": [1, 2', '"unterminated']) {
      expect(refusal(text), text).toBe('The file is incomplete: it ends in the middle of the data, as if it was cut short while copying. Nothing was imported.');
    }
  });

  it('drops a byte order mark at the very start only, even after an empty first part', () => {
    const text = JSON.stringify(backup).replace('"text":"}]},\\""', '"text":"\uFEFF}]},\\""');
    const at = text.indexOf('\uFEFF');
    const read = readInParts(`\uFEFF${text}`, [0, 1, at + 1]);
    expect(read).toMatchObject({ notes: [{ id: 'n1' }, { id: 'n2', text: '\uFEFF}]},"' }] });
    const parser = new BackupParser();
    parser.write('');
    parser.write(`\uFEFF${JSON.stringify(backup)}`);
    expect(parser.end()).toMatchObject({ notes: [{ id: 'n1' }, { id: 'n2' }] });
  });

  it('a value of exactly the largest size, wherever it starts, but not one character more', () => {
    const max = LIMITS.backupPartBytes;
    // A string value of `size` characters in all (quotes included), after other fields.
    const padded = (size: number) => `{"format": "assay-backup", "version": 1, "exportedAt": 1, "padding": "${'p'.repeat(size - 2)}"}`;
    expect(refusal(padded(max))).not.toMatch(/larger than any record/);
    expect(refusal(padded(max + 1))).toMatch(/the value of "padding" is larger than any record Assay writes/);
    // Still incomplete at the end of a part that began with other data: judged by its own length.
    const parser = new BackupParser();
    parser.write(`{"format": "assay-backup", "version": 1, "exportedAt": 1, "lead": "${'l'.repeat(max - 10)}", "padding": "${'p'.repeat(max - 10)}`);
    expect(() => parser.write('"}')).not.toThrow(/larger/);
    // A number ends at the character after it: one of exactly the largest size, cut at its end, is read.
    const number = new BackupParser();
    number.write(`{"format": "assay-backup", "version": 1, "exportedAt": 1, "padding": ${'1'.repeat(max)}`);
    expect(() => number.write('}')).not.toThrow();
  });

  it('a second item larger than any record, naming it an item', () => {
    const parser = new BackupParser();
    parser.write(`{"format": "assay-backup", "version": 2, "exportedAt": 1, "notes": [${JSON.stringify(backup.notes[0])}, {"text": "`);
    expect(() => parser.write('x'.repeat(LIMITS.backupPartBytes + 1))).toThrow(/an item of notes is larger than any record Assay writes/);
  });

  it('a file that is not an object, once it is larger than any backup part, before reading the rest', () => {
    const max = LIMITS.backupPartBytes;
    const parser = new BackupParser();
    parser.write(`"${'s'.repeat(max - 1)}`);
    expect(() => parser.write('s')).toThrow('This file is not an Assay backup (it does not hold a backup object).');
    const exact = new BackupParser();
    expect(() => exact.write(`"${'s'.repeat(max - 1)}`)).not.toThrow();
  });
});
