/**
 * The whole path a request takes: client → transport → request handler → store handlers →
 * IndexedDB, with a transport that loses messages the way a stopped MV3 service worker does.
 */
import { forceCloseDatabase, IDBFactory } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportFile } from '../../../lib/backup/export-file.ts';
import { lazyDb } from '../../../lib/background/db-connection.ts';
import { createStoreHandlers, type StoreHandlerOptions } from '../../../lib/background/handlers.ts';
import { createClient, type Send } from '../../../lib/messaging/client.ts';
import type { RequestEnvelope } from '../../../lib/messaging/envelope.ts';
import { QUOTA_MESSAGE } from '../../../lib/messaging/errors.ts';
import { createRequestHandler, type MessageSender } from '../../../lib/messaging/server.ts';
import { openAssayDb, type AssayDb } from '../../../lib/store/db.ts';
import { DEFAULT_SETTINGS } from '../../../lib/store/settings.ts';
import { clippingInput, failPutWithQuota } from '../store/helpers.ts';

const OWN_ID = 'assay-id';
const ORIGIN = 'chrome-extension://assay-id/';
const popup: MessageSender = { id: OWN_ID, url: `${ORIGIN}popup.html` };
const page: MessageSender = { id: OWN_ID, url: 'https://news.example.com/a', tab: { id: 3 }, frameId: 0 };
const noSleep = async () => {};

/** A background that can be stopped and started again, as Chrome does with MV3 service workers. */
function simulatedBackground(factory = new IDBFactory(), options: StoreHandlerOptions = {}) {
  let connection: AssayDb | null = null;
  let handle: ReturnType<typeof createRequestHandler> | null = null;
  const start = () => {
    const getDb = lazyDb(async (onClosed) => {
      connection = await openAssayDb(factory, 'assay', { onClosed });
      return connection;
    });
    handle = createRequestHandler(createStoreHandlers(getDb, options), { ownId: OWN_ID, extensionOrigin: ORIGIN, framedPages: ['/notes.html'] });
    return handle;
  };
  return {
    factory,
    deliver: (message: unknown, sender: MessageSender = popup) => (handle ?? start())(message, sender),
    stop() {
      connection?.close();
      connection = null;
      handle = null;
    },
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('requests through the background', () => {
  it('saves once when the transport fails twice before delivering, then succeeds', async () => {
    const background = simulatedBackground();
    let failures = 2;
    const send: Send = async (message) => {
      if (failures-- > 0) {
        background.stop();
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }
      return background.deliver(message);
    };
    const client = createClient(send, { sleep: noSleep });
    const input = clippingInput({ id: 'once' });
    const result = await client.request('clippings.save', input);
    expect(result).toMatchObject({ ok: true, value: { id: 'once', quote: input.quote } });
    expect(await client.request('storage.info')).toMatchObject({ ok: true, value: { clippings: 1 } });
  });

  it('reports unavailable when every answer is lost, without losing or doubling the write', async () => {
    const background = simulatedBackground();
    const delivered: RequestEnvelope[] = [];
    // The worker handles the request, commits, and is stopped before its answer gets out.
    const losingAnswers: Send = async (message) => {
      delivered.push(message);
      await background.deliver(message);
      background.stop();
      throw new Error('The message port closed before a response was received.');
    };
    const input = clippingInput({ id: 'kept', note: 'important' });
    const result = await createClient(losingAnswers, { sleep: noSleep, attempts: 3 }).request('clippings.save', input);
    expect(result).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(delivered).toHaveLength(3);

    // The user tries again once the worker is back: the same id, so still exactly one clipping.
    const client = createClient((message) => background.deliver(message), { sleep: noSleep });
    expect(await client.request('clippings.save', input)).toMatchObject({ ok: true, value: { id: 'kept', note: 'important' } });
    const listed = await client.request('clippings.list', {});
    expect(listed.ok && listed.value.items.map((clipping) => clipping.id)).toEqual(['kept']);
  });

  it("answers a content script's save of a taken id only with a clipping of its own page's site", async () => {
    const background = simulatedBackground();
    const fromPopup = createClient((message) => background.deliver(message, popup), { sleep: noSleep });
    const fromPage = createClient((message) => background.deliver(message, page), { sleep: noSleep });
    const secret = clippingInput({ id: 'private', url: 'https://bank.example.org/statement', note: 'my private note' });
    expect(await fromPopup.request('clippings.save', secret)).toMatchObject({ ok: true });
    // The news page's content script guesses the id: refused, and the stored clipping is untouched.
    const guessed = await fromPage.request('clippings.save', clippingInput({ id: 'private', url: 'https://news.example.com/a' }));
    expect(guessed).toEqual({ ok: false, error: { code: 'conflict', message: 'A clipping with this id already exists; nothing was saved.' } });
    expect(JSON.stringify(guessed)).not.toContain('my private note');
    expect(await fromPopup.request('clippings.get', { id: 'private' })).toMatchObject({ ok: true, value: { note: 'my private note', site: 'bank.example.org' } });
    // Nor can it save a clipping in another site's name.
    expect(await fromPage.request('clippings.save', clippingInput({ id: 'forged', url: 'https://bank.example.org/x' }))).toEqual({ ok: false, error: { code: 'forbidden', message: 'A page can only save clippings of itself.' } });
    // A retried save from the page the clipping belongs to still gets its clipping back.
    const own = clippingInput({ id: 'mine', url: 'https://news.example.com/a', note: 'kept' });
    expect(await fromPage.request('clippings.save', own)).toMatchObject({ ok: true, value: { id: 'mine' } });
    expect(await fromPage.request('clippings.save', own)).toMatchObject({ ok: true, value: { id: 'mine', note: 'kept' } });
  });

  it('keeps acknowledged writes across a worker restart, including five saved at once', async () => {
    const background = simulatedBackground();
    const client = createClient((message) => background.deliver(message, page), { sleep: noSleep });
    const saves = await Promise.all(
      Array.from({ length: 5 }, (_, i) => client.request('clippings.save', clippingInput({ id: `tab-${i}`, quote: `Quote ${i}`, url: page.url }))),
    );
    expect(saves.every((result) => result.ok)).toBe(true);
    background.stop();

    const afterRestart = createClient((message) => background.deliver(message, popup), { sleep: noSleep });
    const listed = await afterRestart.request('clippings.list');
    expect(listed.ok && listed.value.items.map((clipping) => clipping.id).sort()).toEqual(['tab-0', 'tab-1', 'tab-2', 'tab-3', 'tab-4']);
  });

  it('reopens the database after the browser closed the connection', async () => {
    const factory = new IDBFactory();
    let opened = 0;
    let current: AssayDb | null = null;
    const getDb = lazyDb(async (onClosed) => {
      opened += 1;
      current = await openAssayDb(factory, 'assay', { onClosed });
      return current;
    });
    const handlers = createStoreHandlers(getDb);
    await handlers['notes.add']({ id: 'n1', entityId: 'mineral:tungsten', text: 'one' }, { sender: popup, kind: 'extension' });
    forceCloseDatabase(unwrap(current!) as never);
    await handlers['notes.add']({ id: 'n2', entityId: 'mineral:tungsten', text: 'two' }, { sender: popup, kind: 'extension' });
    expect(opened).toBe(2);
    expect(await handlers['notes.list']({ entityId: 'mineral:tungsten' }, { sender: popup, kind: 'extension' })).toHaveLength(2);
  });

  it('answers quota-exceeded with a message the user can act on, and stores nothing', async () => {
    const background = simulatedBackground();
    const client = createClient((message) => background.deliver(message), { sleep: noSleep });
    await client.request('settings.get'); // the database is open before the disk "fills up"
    failPutWithQuota();
    expect(await client.request('clippings.save', clippingInput())).toEqual({
      ok: false,
      error: { code: 'quota-exceeded', message: QUOTA_MESSAGE },
    });
    vi.restoreAllMocks();
    expect(await client.request('storage.info')).toMatchObject({ ok: true, value: { clippings: 0 } });
  });

  it('lets a content script save clippings, but not touch notes, read the clippings or change settings', async () => {
    const background = simulatedBackground();
    const content = createClient((message) => background.deliver(message, page), { sleep: noSleep });
    expect(await content.request('clippings.save', clippingInput({ url: page.url }))).toMatchObject({ ok: true });
    for (const [name, payload] of [
      ['settings.get', {}],
      ['notes.add', { id: 'n1', entityId: 'country:CN', text: 'hi' }],
      ['notes.list', { entityId: 'country:CN' }],
      ['clippings.list', {}],
      ['clippings.delete', { id: 'x' }],
      ['settings.update', { enabled: false }],
      ['backup.exportBegin', { format: 'json' }],
      ['backup.exportPart', { format: 'json', cursor: { section: 'start', exportedAt: 0 } }],
      ['backup.importPart', { session: 's', index: 0, text: '{}' }],
      ['backup.importEnd', { session: 's', parts: 1, apply: true }],
      ['backup.importCancel', { session: 's' }],
      ['storage.info', {}],
    ] as const) {
      expect(await content.request(name, payload as never)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });
});

describe('what a content script learns of the settings', () => {
  it('is whether Assay is on for its own page, never the site lists', async () => {
    const background = simulatedBackground();
    const extension = createClient((message) => background.deliver(message, popup), { sleep: noSleep });
    await extension.request('settings.update', { siteRules: { mode: 'all-except', deny: ['news.example.com', 'private-clinic.example'] } });
    const asked = (url: string) => createClient((message) => background.deliver(message, { ...page, url }), { sleep: noSleep }).request('page.settings');
    const denied = await asked('https://news.example.com/a');
    expect(denied).toEqual({
      ok: true,
      value: { enabled: false, types: DEFAULT_SETTINGS.types, colours: DEFAULT_SETTINGS.colours, hoverDelayMs: DEFAULT_SETTINGS.hoverDelayMs, language: 'en', cardLanguage: 'assay' },
    });
    expect(JSON.stringify(denied)).not.toContain('private-clinic');
    expect(await asked('https://other.example.org/b')).toMatchObject({ ok: true, value: { enabled: true } });
  });
});

describe('notes panels framed in a page', () => {
  const frameIn = (tabId: number, frameId = 7, url = 'chrome-extension://assay-id/notes.html'): MessageSender => ({ id: OWN_ID, url, tab: { id: tabId }, frameId });
  const pageIn = (tabId: number): MessageSender => ({ ...page, tab: { id: tabId } });
  const setUp = async () => {
    const background = simulatedBackground();
    const as = (sender: MessageSender) => createClient((message) => background.deliver(message, sender), { sleep: noSleep, attempts: 1 });
    await as(popup).request('notes.add', { id: 'secret', entityId: 'mineral:gallium', text: 'my private note' });
    await as(popup).request('notes.add', { id: 'other', entityId: 'country:CN', text: 'about China' });
    return { background, as };
  };

  it("are granted only to a tab's top frame: a content script in a subframe (an ad, an embed) gets none", async () => {
    const { as } = await setUp();
    const inFrame: MessageSender = { ...page, tab: { id: 4 }, frameId: 2, url: 'https://ads.example.net/slot' };
    expect(await as(inFrame).request('notes.grant', { entityId: 'mineral:gallium' })).toEqual({ ok: false, error: { code: 'forbidden', message: "Notes panels open only in a tab's own popover." } });
    expect(await as({ ...page, tab: undefined }).request('notes.grant', { entityId: 'mineral:gallium' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // The tab's own page may, and a sender that names no frame is the top frame.
    expect(await as(pageIn(4)).request('notes.grant', { entityId: 'mineral:gallium' })).toMatchObject({ ok: true });
    expect(await as({ ...pageIn(4), frameId: undefined }).request('notes.grant', { entityId: 'mineral:gallium' })).toMatchObject({ ok: true });
  });

  it('see nothing and do nothing without a grant, whatever page framed them', async () => {
    const { as } = await setUp();
    const framed = as(frameIn(3));
    for (const [name, payload] of [
      ['notes.open', { grant: 'x'.repeat(43) }],
      ['notes.list', { entityId: 'mineral:gallium' }],
      ['notes.add', { id: 'n2', entityId: 'mineral:gallium', text: 'planted' }],
      ['notes.delete', { id: 'secret' }],
      ['notes.update', { id: 'secret', text: 'changed' }],
      ['clippings.list', {}],
      ['settings.get', {}],
    ] as const) {
      expect(await framed.request(name, payload as never), name).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    // Opened on its own (a page can window.open a web-accessible page), it is framed too.
    expect(await as({ id: OWN_ID, url: 'chrome-extension://assay-id/notes.html', tab: { id: 3 }, frameId: 0 }).request('notes.delete', { id: 'secret' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await as(popup).request('notes.list', { entityId: 'mineral:gallium' })).toMatchObject({ ok: true, value: [{ id: 'secret' }] });
  });

  it('with the grant the popover got, see and change the notes of that entity only, from that frame only', async () => {
    const { as } = await setUp();
    const granted = await as(pageIn(3)).request('notes.grant', { entityId: 'mineral:gallium' });
    if (!granted.ok) throw new Error(granted.error.message);
    const grant = granted.value.token;
    const panel = as(frameIn(3));
    expect(await panel.request('notes.open', { grant })).toMatchObject({ ok: true, value: { entityId: 'mineral:gallium', pageOrigin: 'https://news.example.com', notes: [{ id: 'secret' }], deleted: [] } });
    expect(await panel.request('notes.add', { id: 'n2', entityId: 'mineral:gallium', text: 'second', grant })).toMatchObject({ ok: true });
    // Not another entity's notes, by adding or by id.
    expect(await panel.request('notes.add', { id: 'n3', entityId: 'country:CN', text: 'x', grant })).toEqual({ ok: false, error: { code: 'forbidden', message: 'This notes panel may only change the notes it was opened for.' } });
    expect(await panel.request('notes.delete', { id: 'other', grant })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // A note that does not exist belongs to no other entity: the store answers, as for Assay's own pages.
    expect(await panel.request('notes.delete', { id: 'never-written', grant })).toEqual({ ok: true, value: null });
    // Not from another frame, another tab, or the page's content script.
    expect(await as(frameIn(3, 8)).request('notes.open', { grant })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await as(frameIn(4)).request('notes.open', { grant })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await as(pageIn(3)).request('notes.open', { grant } as never)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // A new popover in the tab ends the old grant.
    await as(pageIn(3)).request('notes.grant', { entityId: 'country:CN' });
    expect(await panel.request('notes.open', { grant })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('may be served from a per-session origin in Chromium (use_dynamic_url), and still count as framed', async () => {
    const { as } = await setUp();
    const granted = await as(pageIn(5)).request('notes.grant', { entityId: 'mineral:gallium' });
    const grant = granted.ok ? granted.value.token : '';
    const dynamic = as(frameIn(5, 2, 'chrome-extension://0f3c9a4e-dynamic-id/notes.html'));
    expect(await dynamic.request('notes.open', { grant })).toMatchObject({ ok: true, value: { entityId: 'mineral:gallium' } });
    // Any other page of that origin is not ours to trust as an extension page.
    expect(await as({ id: OWN_ID, url: 'chrome-extension://0f3c9a4e-dynamic-id/options.html' }).request('settings.get')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('store handlers', () => {
  const context = { sender: popup, kind: 'extension' as const };

  it('answers not-found for a clipping that does not exist', async () => {
    const handlers = createStoreHandlers(await openAssayDb(new IDBFactory()));
    await expect(handlers['clippings.get']({ id: 'missing' }, context)).rejects.toMatchObject({ code: 'not-found', message: 'That clipping no longer exists; it may have been deleted.' });
  });

  it('maps the list query and filters onto the store', async () => {
    const handlers = createStoreHandlers(await openAssayDb(new IDBFactory()));
    await handlers['clippings.save'](
      { ...clippingInput({ id: 'a', quote: 'Cobalt from Congo', tags: ['batteries'] }) },
      context,
    );
    await handlers['clippings.save']({ ...clippingInput({ id: 'b', quote: 'Lithium from Chile' }) }, context);
    const page1 = await handlers['clippings.list']({ text: 'congo', tag: 'batteries' }, context);
    expect(page1.items.map((clipping) => clipping.id)).toEqual(['a']);
  });

  it("hands screens each clipping's entities with their Chinese names from the dataset, and stores none", async () => {
    const labelOf = (id: string) => (id === 'country:CN' ? { en: 'China', zh: '中国' } : { en: id });
    const handlers = createStoreHandlers(await openAssayDb(new IDBFactory()), { labelOf });
    await handlers['clippings.save'](clippingInput({ id: 'a' }), context);
    const [listed] = (await handlers['clippings.list']({}, context)).items;
    expect(listed.entities).toEqual([
      { id: 'country:CN', type: 'country', label: 'China', labelZh: '中国' },
      { id: 'mineral:tungsten', type: 'mineral', label: 'tungsten' },
    ]);
    const facets = await handlers['clippings.facets']({}, context);
    expect(facets.entities.find((e) => e.id === 'country:CN')).toMatchObject({ label: 'China', labelZh: '中国', count: 1 });
    expect((await handlers['clippings.get']({ id: 'a' }, context)).entities[0]).not.toHaveProperty('labelZh');
  });

  it('tells the tabs when settings changed, by update or by import', async () => {
    const onSettingsChanged = vi.fn();
    // Settings saved before the backup's: an import replaces them.
    const older = createStoreHandlers(await openAssayDb(new IDBFactory()), { onSettingsChanged });
    await older['settings.update']({ enabled: true }, context);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const db = await openAssayDb(new IDBFactory());
    const handlers = createStoreHandlers(db, { onSettingsChanged });
    const updated = await handlers['settings.update']({ enabled: false }, context);
    expect(onSettingsChanged).toHaveBeenLastCalledWith(updated);

    const { text } = await exportFile(db, 'json');
    const other = createStoreHandlers(await openAssayDb(new IDBFactory()), { onSettingsChanged });
    onSettingsChanged.mockClear();
    expect(await other['backup.importPart']({ session: 's', index: 0, text }, context)).toEqual({ notes: 0, clippings: 0 });
    expect(await other['backup.importEnd']({ session: 's', parts: 1, apply: false }, context)).toMatchObject({ settings: 'add' });
    expect(onSettingsChanged).not.toHaveBeenCalled();
    expect(await other['backup.importPart']({ session: 't', index: 0, text }, context)).toEqual({ notes: 0, clippings: 0 });
    expect(await other['backup.importEnd']({ session: 't', parts: 1, apply: true }, context)).toMatchObject({ settings: 'add' });
    expect(onSettingsChanged).toHaveBeenCalledTimes(1);
    expect(onSettingsChanged).toHaveBeenCalledWith(expect.objectContaining({ enabled: false }));
    // The answer was lost and the page asks again: the same report, and the tabs are not told twice.
    expect(await other['backup.importEnd']({ session: 't', parts: 1, apply: true }, context)).toMatchObject({ settings: 'add' });
    expect(onSettingsChanged).toHaveBeenCalledTimes(1);

    // Over older settings of its own, the import updates them and tells the tabs; over the same
    // settings, it changes nothing and tells nobody.
    onSettingsChanged.mockClear();
    expect(await older['backup.importPart']({ session: 'u', index: 0, text }, context)).toEqual({ notes: 0, clippings: 0 });
    expect(await older['backup.importEnd']({ session: 'u', parts: 1, apply: true }, context)).toMatchObject({ settings: 'update' });
    expect(onSettingsChanged).toHaveBeenCalledTimes(1);
    expect(onSettingsChanged).toHaveBeenLastCalledWith(expect.objectContaining({ enabled: false }));
    expect(await handlers['backup.importPart']({ session: 'v', index: 0, text }, context)).toEqual({ notes: 0, clippings: 0 });
    expect(await handlers['backup.importEnd']({ session: 'v', parts: 1, apply: true }, context)).toMatchObject({ settings: 'unchanged' });
    expect(onSettingsChanged).toHaveBeenCalledTimes(1);
  });

  it('reports storage figures where the browser gives them', async () => {
    const db = await openAssayDb(new IDBFactory());
    const withFigures = createStoreHandlers(db, {
      estimate: async () => ({ usage: 1234, quota: 10_000_000 }),
      persisted: async () => true,
    });
    await withFigures['notes.add']({ id: 'n1', entityId: 'mineral:tungsten', text: 'x' }, context);
    expect(await withFigures['storage.info']({}, context)).toEqual({
      notes: 1,
      clippings: 0,
      usage: 1234,
      quota: 10_000_000,
      persisted: true,
    });
    const failing = createStoreHandlers(db, { estimate: async () => Promise.reject(new Error('no')) });
    expect(await failing['storage.info']({}, context)).toEqual({ notes: 1, clippings: 0, usage: null, quota: null, persisted: null });
  });
});
