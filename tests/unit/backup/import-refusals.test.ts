/**
 * Every field an imported backup can hold, and what Assay refuses in it: a table per record kind.
 * Each row changes one field of a valid record; the whole file must be refused, with a message that
 * names the field. A valid file with the same records is accepted, so the table cannot pass by
 * refusing everything.
 */
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../lib/backup/parse.ts';
import { BACKUP_VERSION } from '../../../lib/backup/format.ts';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults.ts';
import type { Clipping, Note } from '../../../lib/records/types.ts';

const note: Note = { id: 'n-1', entityId: 'mineral:tungsten', text: 'Check the reserve estimate.', createdAt: 1_000, updatedAt: 2_000 };
const clipping: Clipping = {
  id: 'c-1',
  quote: 'Tungsten prices doubled.',
  prefix: 'Before.',
  suffix: 'After.',
  url: 'https://www.reuters.com/markets/a',
  title: 'Tungsten',
  site: 'reuters.com',
  createdAt: 1_000,
  updatedAt: 2_000,
  entities: [{ id: 'mineral:tungsten', type: 'mineral', label: 'tungsten' }],
  note: 'Ask the analyst.',
  tags: ['prices'],
};
const settings = { key: 'settings', updatedAt: 5, value: DEFAULT_SETTINGS };

const file = (parts: Record<string, unknown>) =>
  JSON.stringify({ format: 'assay-backup', version: BACKUP_VERSION, exportedAt: 9, notes: [note], clippings: [clipping], settings, ...parts });

function refusal(text: string): string {
  try {
    parseBackup(text);
  } catch (error) {
    expect((error as { code?: string }).code).toBe('invalid-backup');
    return (error as Error).message;
  }
  throw new Error('the backup was accepted');
}

it('accepts the valid file every row below breaks', () => {
  expect(parseBackup(file({}))).toMatchObject({ notes: [note], clippings: [clipping], settings });
});

const long = (n: number, char = 'x') => char.repeat(n);

describe('clippings: each field refused when wrong', () => {
  it.each<[string, Partial<Record<keyof Clipping, unknown>> & Record<string, unknown>, RegExp]>([
    ['an id with a path in it', { id: '../../etc' }, /clippings\[0\]\.id/],
    ['an empty id', { id: '' }, /clippings\[0\]\.id/],
    ['an id too long', { id: long(129) }, /clippings\[0\]\.id/],
    ['an id that is a number', { id: 7 }, /clippings\[0\]\.id/],
    ['a blank quote', { quote: '   ' }, /clippings\[0\]\.quote/],
    ['a quote too long', { quote: long(20_001) }, /clippings\[0\]\.quote/],
    ['a prefix too long', { prefix: long(2_001) }, /clippings\[0\]\.prefix/],
    ['a suffix too long', { suffix: long(2_001) }, /clippings\[0\]\.suffix/],
    ['a javascript: URL', { url: 'javascript:alert(1)', site: '' }, /clippings\[0\]\.url/],
    ['an ftp URL', { url: 'ftp://files.example.com/a', site: 'files.example.com' }, /clippings\[0\]\.url/],
    ['a URL too long once stored', { url: `https://reuters.com/${long(4_100)}` }, /url/],
    ['a title too long', { title: long(1_001) }, /clippings\[0\]\.title/],
    ['a site that is not the URL’s host', { site: 'evil.example' }, /clippings\[0\]\.site/],
    ['a site with a line break and Markdown', { site: 'reuters.com\n# Injected' }, /clippings\[0\]\.site/],
    ['a site too long', { site: long(254, 'a') }, /clippings\[0\]\.site/],
    ['a negative time', { createdAt: -1 }, /clippings\[0\]\.createdAt/],
    ['a time that is not whole', { updatedAt: 1.5 }, /clippings\[0\]\.updatedAt/],
    ['a time as text', { createdAt: '2025-01-01' }, /clippings\[0\]\.createdAt/],
    ['a time past year 275,760', { updatedAt: 8_640_000_000_000_001 }, /clippings\[0\]\.updatedAt/],
    ['an entity of an unknown kind', { entities: [{ id: 'mineral:x', type: 'planet', label: 'x' }] }, /clippings\[0\]\.entities\[0\]\.type/],
    ['an entity id of no kind', { entities: [{ id: 'planet:mars', type: 'mineral', label: 'mars' }] }, /clippings\[0\]\.entities\[0\]\.id/],
    ['an entity label with a control character', { entities: [{ id: 'mineral:x', type: 'mineral', label: 'a\u0007b' }] }, /clippings\[0\]\.entities\[0\]\.label/],
    ['an empty entity label', { entities: [{ id: 'mineral:x', type: 'mineral', label: '' }] }, /clippings\[0\]\.entities\[0\]\.label/],
    ['too many entities', { entities: Array.from({ length: 201 }, (_, i) => ({ id: `country:${i}`, type: 'country', label: `c${i}` })) }, /clippings\[0\]\.entities/],
    ['an entity with an extra field', { entities: [{ id: 'mineral:x', type: 'mineral', label: 'x', html: '<b>' }] }, /html/],
    ['a note too long', { note: long(20_001) }, /clippings\[0\]\.note/],
    ['a tag that is not text', { tags: [7] }, /clippings\[0\]\.tags\[0\]/],
    ['a blank tag', { tags: ['  '] }, /clippings\[0\]\.tags\[0\]/],
    ['a tag with a line break', { tags: ['a\nb'] }, /clippings\[0\]\.tags\[0\]/],
    ['a tag too long', { tags: [long(65)] }, /clippings\[0\]\.tags\[0\]/],
    ['too many tags', { tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }, /clippings\[0\]\.tags/],
    ['a field Assay never writes', { script: 'alert(1)' }, /script/],
  ])('%s', (_, change, pattern) => {
    expect(refusal(file({ clippings: [{ ...clipping, ...change }] }))).toMatch(pattern);
  });

  it('a field missing', () => {
    const { site: _site, ...withoutSite } = clipping;
    expect(refusal(file({ clippings: [withoutSite] }))).toMatch(/clippings\[0\]\.site/);
  });
});

describe('notes: each field refused when wrong', () => {
  it.each<[string, Record<string, unknown>, RegExp]>([
    ['an id with a space', { id: 'a b' }, /notes\[0\]\.id/],
    ['an entity id of no kind', { entityId: 'planet:mars' }, /notes\[0\]\.entityId/],
    ['an entity id too long', { entityId: `mineral:${long(130)}` }, /notes\[0\]\.entityId/],
    ['a blank text', { text: '\n\t ' }, /notes\[0\]\.text/],
    ['a text too long', { text: long(20_001) }, /notes\[0\]\.text/],
    ['a negative time', { createdAt: -5 }, /notes\[0\]\.createdAt/],
    ['a time as text', { updatedAt: 'yesterday' }, /notes\[0\]\.updatedAt/],
    ['a field Assay never writes', { html: '<img src=x>' }, /html/],
  ])('%s', (_, change, pattern) => {
    expect(refusal(file({ notes: [{ ...note, ...change }] }))).toMatch(pattern);
  });
});

describe('settings: each field refused when wrong', () => {
  const value = (patch: Record<string, unknown>) => ({ ...settings, value: { ...DEFAULT_SETTINGS, ...patch } });
  it.each<[string, Record<string, unknown>, RegExp]>([
    ['a colour outside the palette', value({ colours: { ...DEFAULT_SETTINGS.colours, deal: { light: '#ff0000', dark: 'green' } } }), /settings\.value\.colours\.deal\.light/],
    ['a colour that is CSS', value({ colours: { ...DEFAULT_SETTINGS.colours, mineral: { light: 'amber;}body{display:none', dark: 'amber' } } }), /settings\.value\.colours\.mineral\.light/],
    ['a type switch that is text', value({ types: { ...DEFAULT_SETTINGS.types, deal: 'yes' } }), /settings\.value\.types\.deal/],
    ['an unknown site-list mode', value({ siteRules: { mode: 'everywhere', deny: [], allow: [] } }), /settings\.value\.siteRules\.mode/],
    ['a site list entry that is a URL', value({ siteRules: { mode: 'all-except', deny: ['https://example.com/'], allow: [] } }), /settings\.value\.siteRules\.deny\[0\]/],
    ['a site list too long', value({ siteRules: { mode: 'all-except', deny: Array.from({ length: 2_001 }, (_, i) => `s${i}.example`), allow: [] } }), /settings\.value\.siteRules\.deny/],
    ['a hover delay too long', value({ hoverDelayMs: 10_001 }), /settings\.value\.hoverDelayMs/],
    ['a negative hover delay', value({ hoverDelayMs: -1 }), /settings\.value\.hoverDelayMs/],
    ['a settings key that is not "settings"', { ...settings, key: 'other' }, /settings\.key/],
    ['a setting Assay never writes', value({ telemetry: true }), /telemetry/],
  ])('%s', (_, bad, pattern) => {
    expect(refusal(file({ settings: bad }))).toMatch(pattern);
  });
});
