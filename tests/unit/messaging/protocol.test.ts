import { describe, expect, it } from 'vitest';
import { createStoreHandlers } from '../../../lib/background/handlers.ts';
import { protocol, STORE_REQUESTS } from '../../../lib/messaging/protocol.ts';
import { tabProtocol } from '../../../lib/messaging/tab-protocol.ts';
import { DEFAULT_SETTINGS } from '../../../lib/store/settings.ts';
import { freshDb } from '../store/helpers.ts';

const clipping = {
  id: '0b7e3c1e-5a7d-4d0e-9a53-2f8c6a1d9e10',
  quote: 'Tungsten output fell.',
  url: 'https://example.com/a',
};

const accepts = (schema: { safeParse(value: unknown): { success: boolean } }, value: unknown) => schema.safeParse(value).success;

describe('the protocol', () => {
  it('lets content scripts make only the requests a page needs', () => {
    const fromContent = Object.entries(protocol)
      .filter(([, spec]) => spec.senders.includes('content'))
      .map(([name]) => name)
      .sort();
    expect(fromContent).toEqual(['clippings.save', 'dossier.open', 'facts.get', 'nlp.tag', 'notes.grant', 'page.report', 'page.settings', 'popover.strings']);
    // A framed extension page (the notes panel) may only work on notes, with its grant.
    const fromFramed = Object.entries(protocol)
      .filter(([, spec]) => spec.senders.includes('framed'))
      .map(([name]) => name)
      .sort();
    expect(fromFramed).toEqual(['notes.add', 'notes.delete', 'notes.open', 'notes.restore', 'notes.update']);
    const forContentOnly = ['notes.grant', 'page.settings', 'notes.open'];
    for (const [name, spec] of Object.entries(protocol)) if (!forContentOnly.includes(name)) expect(spec.senders).toContain('extension');
  });

  it('has a store handler for every storage request, and leaves the rest to the lead', async () => {
    const handlers = createStoreHandlers((await freshDb()).db);
    expect(Object.keys(handlers).sort()).toEqual([...STORE_REQUESTS].sort());
    const others = Object.keys(protocol).filter((name) => !(STORE_REQUESTS as readonly string[]).includes(name));
    expect(others.sort()).toEqual(['dataset.info', 'dossier.open', 'dossier.timeline', 'facts.get', 'nlp.tag', 'page.report', 'popover.strings']);
  });

  it('fills defaults for a minimal clipping', () => {
    expect(protocol['clippings.save'].payload.parse(clipping)).toEqual({
      ...clipping,
      prefix: '',
      suffix: '',
      title: '',
      entities: [],
      note: '',
      tags: [],
    });
  });

  it('bounds every string and list of a clipping', () => {
    const save = protocol['clippings.save'].payload;
    expect(accepts(save, { ...clipping, quote: 'x'.repeat(20_000) })).toBe(true);
    expect(accepts(save, { ...clipping, quote: 'x'.repeat(20_001) })).toBe(false);
    expect(accepts(save, { ...clipping, note: 'x'.repeat(20_001) })).toBe(false);
    expect(accepts(save, { ...clipping, prefix: 'x'.repeat(2_001) })).toBe(false);
    expect(accepts(save, { ...clipping, title: 'x'.repeat(1_001) })).toBe(false);
    expect(accepts(save, { ...clipping, url: `https://example.com/${'x'.repeat(4_100)}` })).toBe(false);
    expect(accepts(save, { ...clipping, tags: Array.from({ length: 50 }, (_, i) => `t${i}`) })).toBe(true);
    expect(accepts(save, { ...clipping, tags: Array.from({ length: 51 }, (_, i) => `t${i}`) })).toBe(false);
    expect(accepts(save, { ...clipping, tags: ['x'.repeat(65)] })).toBe(false);
    expect(accepts(save, { ...clipping, tags: ['line\nbreak'] })).toBe(false);
    expect(accepts(save, { ...clipping, id: '../../etc' })).toBe(false);
    expect(accepts(save, { ...clipping, url: 'javascript:alert(1)' })).toBe(false);
    expect(accepts(save, { ...clipping, entities: [{ id: 'mineral:x', type: 'planet', label: 'x' }] })).toBe(false);
  });

  it('checks a clipping URL as it will be stored, after normalising', () => {
    const save = protocol['clippings.save'].payload;
    // 700 characters that each become six once encoded: short as sent, too long as stored.
    const grows = `https://example.com/${'é'.repeat(700)}`;
    expect(grows.length).toBeLessThan(4_096);
    const refusal = save.safeParse({ ...clipping, url: grows });
    expect(refusal.success).toBe(false);
    expect(refusal.error?.issues[0]).toMatchObject({ path: ['url'], message: expect.stringContaining('at most 4096 characters once') });
    // Long as sent, short once the tracking parameters are gone.
    const shrinks = `https://example.com/a?id=1&utm_source=${'x'.repeat(5_000)}`;
    expect(accepts(save, { ...clipping, url: shrinks })).toBe(true);
    expect(accepts(save, { ...clipping, url: `https://example.com/a?utm_source=${'x'.repeat(16_384)}` })).toBe(false);
  });

  it('takes a backup part of up to 8 MiB of UTF-8, measured in bytes, not characters', () => {
    const part = protocol['backup.importPart'].payload;
    const twoByte = 'é'.repeat(4 * 1024 * 1024);
    expect(accepts(part, { session: 's', index: 0, text: twoByte })).toBe(true);
    const refusal = part.safeParse({ session: 's', index: 0, text: `${twoByte}é` });
    expect(refusal.success).toBe(false);
    expect(refusal.error?.issues[0]).toMatchObject({ path: ['text'], message: 'is larger than a backup part (8388608 bytes)' });
    expect(accepts(part, { session: '../x', index: 0, text: '' })).toBe(false);
    expect(accepts(protocol['backup.exportPart'].payload, { format: 'json', cursor: { section: 'notes', after: null } })).toBe(true);
    expect(accepts(protocol['backup.exportPart'].payload, { format: 'json', cursor: { section: 'clippings', after: ['x', 'id'] } })).toBe(false);
    expect(accepts(protocol['backup.exportPart'].payload, { format: 'json', cursor: { section: 'elsewhere' } })).toBe(false);
  });

  it('accepts only palette colours and host names in settings', () => {
    const update = protocol['settings.update'].payload;
    expect(accepts(update, { colours: { deal: { light: 'teal' } } })).toBe(true);
    expect(accepts(update, { colours: { deal: { light: '#abc' } } })).toBe(false);
    expect(accepts(update, { colours: { deal: { light: 'red;background:url(//evil)' } } })).toBe(false);
    expect(accepts(update, { colours: { deal: { light: 'constructor' } } })).toBe(false);
    expect(accepts(update, { siteRules: { deny: ['example.com'] } })).toBe(true);
    expect(accepts(update, { siteRules: { deny: ['https://example.com/'] } })).toBe(false);
    expect(accepts(update, { hoverDelayMs: -1 })).toBe(false);
    expect(accepts(update, { surprise: true })).toBe(false);
  });

  it('requires something to change in a clipping update', () => {
    const update = protocol['clippings.update'].payload;
    expect(accepts(update, { id: 'a' })).toBe(false);
    expect(accepts(update, { id: 'a', note: '' })).toBe(true);
  });

  it('validates requests to the content script', () => {
    expect(accepts(tabProtocol['tab.command'].payload, { command: 'next' })).toBe(true);
    expect(accepts(tabProtocol['tab.command'].payload, { command: 'rm -rf' })).toBe(false);
    expect(accepts(tabProtocol['tab.settingsChanged'].payload, {})).toBe(true);
    // The site lists never travel to a tab.
    expect(accepts(tabProtocol['tab.settingsChanged'].payload, { settings: DEFAULT_SETTINGS })).toBe(false);
    expect(accepts(tabProtocol['tab.summary'].payload, undefined)).toBe(true);
  });
});
