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
    handle = createRequestHandler(createStoreHandlers(getDb, options), { ownId: OWN_ID, extensionOrigin: ORIGIN });
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

  it('keeps acknowledged writes across a worker restart, including five saved at once', async () => {
    const background = simulatedBackground();
    const client = createClient((message) => background.deliver(message, page), { sleep: noSleep });
    const saves = await Promise.all(
      Array.from({ length: 5 }, (_, i) => client.request('clippings.save', clippingInput({ id: `tab-${i}`, quote: `Quote ${i}` }))),
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
    expect(await content.request('clippings.save', clippingInput())).toMatchObject({ ok: true });
    expect(await content.request('settings.get')).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    for (const [name, payload] of [
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

describe('store handlers', () => {
  const context = { sender: popup, kind: 'extension' as const };

  it('answers not-found for a clipping that does not exist', async () => {
    const handlers = createStoreHandlers(await openAssayDb(new IDBFactory()));
    await expect(handlers['clippings.get']({ id: 'missing' }, context)).rejects.toMatchObject({ code: 'not-found' });
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

  it('tells the tabs when settings changed, by update or by import', async () => {
    const onSettingsChanged = vi.fn();
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
