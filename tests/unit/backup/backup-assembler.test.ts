/**
 * Putting a backup together from what the reader finds: the header judged as soon as it is read,
 * records that come before it held and counted, and the file's own fields checked with the
 * reader's words.
 */
import { describe, expect, it } from 'vitest';
import { BackupParser, parseBackup } from '../../../lib/backup/parse.ts';

const note = (id: string) => ({ id, entityId: 'mineral:tungsten', text: `note ${id}`, createdAt: 1, updatedAt: 1 });
const clipping = (id: string) => ({
  id,
  quote: 'Gallium prices doubled.',
  prefix: '',
  suffix: '',
  url: 'https://news.example.com/a',
  title: 'A',
  site: 'news.example.com',
  createdAt: 1,
  updatedAt: 1,
  entities: [],
  note: '',
  tags: [],
});

describe('BackupAssembler, through the parser', () => {
  it('refuses a file of another format as soon as its format is read, before any record', () => {
    const parser = new BackupParser();
    expect(() => parser.write('{"format": "evernote-export", ')).toThrow('This file is not an Assay backup (its format is "evernote-export", not "assay-backup").');
  });

  it('counts records that come before the header, each in its own section', () => {
    const parser = new BackupParser();
    const records = `{"notes": [${JSON.stringify(note('n1'))}, ${JSON.stringify(note('n2'))}], "clippings": [${JSON.stringify(clipping('c1'))}], `;
    expect(parser.write(records)).toEqual({ notes: 2, clippings: 1 });
    expect(parser.write('"format": "assay-backup", "version": 2, ')).toEqual({ notes: 2, clippings: 1 });
    expect(parser.write(`"exportedAt": 5, "settings": null}`)).toEqual({ notes: 2, clippings: 1 });
    expect(parser.end()).toMatchObject({ notes: [{ id: 'n1' }, { id: 'n2' }], clippings: [{ id: 'c1' }], settings: null });
  });

  it("says what is wrong with the file's own fields, in the reader's words", () => {
    expect(() => parseBackup('{"format": "assay-backup", "version": 2, "exportedAt": "yesterday", "notes": [], "clippings": [], "settings": null}')).toThrow(
      'The backup holds data Assay cannot accept: exportedAt should be a number. Nothing was imported.',
    );
  });

  it('names the whole file when the fault is the file itself', () => {
    expect(() => parseBackup('{"format": "assay-backup", "version": 2, "exportedAt": 1, "notes": [], "clippings": [], "settings": null, "extra": 1}')).toThrow(
      'The backup holds data Assay cannot accept: the file has unexpected field "extra". Nothing was imported.',
    );
  });

  it('refuses version 1 settings that are not an object as such, without upgrading them', () => {
    expect(() => parseBackup('{"format": "assay-backup", "version": 1, "exportedAt": 1, "notes": [], "clippings": [], "settings": "none"}')).toThrow(
      'The backup holds data Assay cannot accept: settings should be an object. Nothing was imported.',
    );
  });

  it('reads a version 1 file with no settings at all', () => {
    const backup = parseBackup('{"format": "assay-backup", "version": 1, "exportedAt": 5, "notes": [], "clippings": [], "settings": null}');
    expect(backup).toMatchObject({ version: 2, settings: null });
  });
});
