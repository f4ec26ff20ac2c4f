import { describe, expect, it, vi } from 'vitest';
import { envelope } from '../../../lib/messaging/envelope.ts';
import { failureFromError, QUOTA_MESSAGE } from '../../../lib/messaging/errors.ts';
import { AssayError, type Result } from '../../../lib/messaging/result.ts';
import { classifySender, createRequestHandler, type MessageSender } from '../../../lib/messaging/server.ts';
import { createTabRequestHandler } from '../../../lib/messaging/tab-handler.ts';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults.ts';

const OWN_ID = 'assay-extension-id';
const ORIGIN = 'chrome-extension://assay-extension-id/';
const popup: MessageSender = { id: OWN_ID, url: `${ORIGIN}popup.html` };
const contentScript: MessageSender = { id: OWN_ID, url: 'https://news.example.com/story', tab: { id: 4 }, frameId: 0 };

function handlerWith(overrides: Parameters<typeof createRequestHandler>[0] = {}) {
  const addNote = vi.fn(async (payload: { id: string; entityId: string; text: string }) => ({
    ...payload,
    createdAt: 1,
    updatedAt: 1,
  }));
  const handle = createRequestHandler(
    {
      'notes.add': addNote,
      'settings.update': async () => {
        throw new Error('should not be reached from a content script');
      },
      'backup.exportBegin': async () => ({ filename: 'x.json', mime: 'application/json', cursor: { section: 'start', exportedAt: 1 }, records: 0 }),
      ...overrides,
    },
    { ownId: OWN_ID, extensionOrigin: ORIGIN },
  );
  return { handle, addNote };
}

const note = { id: 'n1', entityId: 'mineral:tungsten', text: 'Hello' };

function errorOf(result: Result<unknown>) {
  expect(result.ok).toBe(false);
  return result.ok ? undefined : result.error;
}

describe('createRequestHandler', () => {
  it('answers a valid request from an extension page', async () => {
    const { handle, addNote } = handlerWith();
    const result = await handle(envelope('notes.add', note), popup);
    expect(result).toEqual({ ok: true, value: { ...note, createdAt: 1, updatedAt: 1 } });
    expect(addNote).toHaveBeenCalledWith(note, { sender: popup, kind: 'extension' });
  });

  it('takes a web page that carries the extension origin elsewhere in its URL for a content script', async () => {
    const { handle, addNote } = handlerWith();
    for (const url of [`https://x.example/#${ORIGIN}`, `https://x.example/?next=${ORIGIN}popup.html`, `https://${OWN_ID}.example/popup.html`, 'not a url', undefined]) {
      expect(errorOf(await handle(envelope('notes.add', note), { ...contentScript, url }))?.code, String(url)).toBe('forbidden');
    }
    expect(addNote).not.toHaveBeenCalled();
  });

  it("takes a web page at a path of one of Assay's framed pages for a content script", () => {
    const classify = classifySender(ORIGIN, ['/notes.html']);
    for (const url of ['https://news.example.com/notes.html', 'http://127.0.0.1/notes.html', 'file:///tmp/notes.html']) {
      expect(classify({ ...contentScript, url }), url).toBe('content');
    }
    // Assay's own notes page, at the fixed or a per-session origin, is the framed kind.
    expect(classify({ ...contentScript, url: `${ORIGIN}notes.html`, frameId: 3 })).toBe('framed');
    expect(classify({ ...contentScript, url: 'chrome-extension://per-session-id/notes.html', frameId: 3 })).toBe('framed');
  });

  it('never lets a content script touch notes', async () => {
    const { handle, addNote } = handlerWith();
    expect(errorOf(await handle(envelope('notes.add', note), contentScript))?.code).toBe('forbidden');
    expect(addNote).not.toHaveBeenCalled();
  });

  it('refuses senders that are not this extension', async () => {
    const { handle, addNote } = handlerWith();
    for (const sender of [{ ...contentScript, id: 'some-other-extension' }, { url: 'https://evil.example' }, undefined]) {
      expect(errorOf(await handle(envelope('notes.add', note), sender as MessageSender))?.code).toBe('forbidden');
    }
    expect(addNote).not.toHaveBeenCalled();
  });

  it('refuses another extension even for a request any Assay sender may make', async () => {
    const strings = vi.fn(async () => ({}));
    const handle = createRequestHandler({ 'popover.strings': strings }, { ownId: OWN_ID, extensionOrigin: ORIGIN });
    for (const sender of [{ ...contentScript, id: 'some-other-extension' }, { ...popup, id: 'some-other-extension' }, { url: popup.url }]) {
      expect(errorOf(await handle(envelope('popover.strings', { lang: 'en' }), sender))).toEqual({
        code: 'forbidden',
        message: 'Assay only answers requests from Assay itself.',
      });
    }
    expect(strings).not.toHaveBeenCalled();
    expect(await handle(envelope('popover.strings', { lang: 'en' }), contentScript)).toEqual({ ok: true, value: {} });
  });

  it('tells an extension page framed inside a tab from one opened in a tab or the popup', () => {
    const classify = classifySender(ORIGIN, ['/notes.html']);
    const cases: [MessageSender, string][] = [
      [{ id: OWN_ID, url: `${ORIGIN}popup.html` }, 'extension'],
      [{ id: OWN_ID, url: `${ORIGIN}popup.html`, frameId: 2 }, 'extension'],
      [{ id: OWN_ID, url: `${ORIGIN}options.html`, tab: { id: 9 }, frameId: 0 }, 'extension'],
      [{ id: OWN_ID, url: `${ORIGIN}options.html`, tab: { id: 9 } }, 'extension'],
      [{ id: OWN_ID, url: `${ORIGIN}options.html`, tab: { id: 9 }, frameId: 4 }, 'framed'],
      [{ id: OWN_ID, url: `${ORIGIN}notes.html` }, 'framed'],
      [{ id: OWN_ID, url: 'moz-extension://assay-extension-id/popup.html' }, 'content'],
    ];
    for (const [sender, kind] of cases) expect(classify(sender), JSON.stringify(sender)).toBe(kind);
  });

  it('refuses messages that are not Assay requests', async () => {
    const { handle } = handlerWith();
    for (const message of [null, 'notes.add', { name: 'notes.add', payload: note }, { channel: 'assay', name: 5 }]) {
      expect(errorOf(await handle(message, popup))).toEqual({ code: 'invalid-request', message: 'That is not an Assay request.' });
    }
  });

  it('refuses unknown names, including ones that exist on every object', async () => {
    const { handle } = handlerWith();
    for (const name of ['notes.nuke', 'constructor', '__proto__', 'toString', 'facts.get']) {
      const error = errorOf(await handle(envelope(name, {}), popup));
      expect(error).toEqual({ code: 'unknown-request', message: `Assay has no request called "${name}".` });
    }
  });

  it('refuses requests a content script may not make', async () => {
    const { handle } = handlerWith();
    const update = errorOf(await handle(envelope('settings.update', { enabled: false }), contentScript));
    expect(update?.code).toBe('forbidden');
    expect(update?.message).toContain("Assay's own pages");
    expect(errorOf(await handle(envelope('backup.exportBegin', { format: 'json' }), contentScript))?.code).toBe('forbidden');
    expect(await handle(envelope('backup.exportBegin', { format: 'json' }), popup)).toMatchObject({ ok: true });
  });

  it('treats an extension page in a tab as an extension page, and a sender without URL as a content script', async () => {
    const { handle } = handlerWith();
    const optionsTab = { id: OWN_ID, url: `${ORIGIN}options.html`, tab: { id: 9 } };
    expect(await handle(envelope('backup.exportBegin', { format: 'csv' }), optionsTab)).toMatchObject({ ok: true });
    expect(errorOf(await handle(envelope('backup.exportBegin', { format: 'csv' }), { id: OWN_ID }))?.code).toBe('forbidden');
  });

  it('refuses payloads that fail the schema, saying where, without a stack', async () => {
    const { handle, addNote } = handlerWith();
    const cases: [unknown, string][] = [
      [{ ...note, text: 'x'.repeat(20_001) }, 'text is too long (at most 20000 characters)'],
      [{ ...note, text: '   ' }, 'text must not be empty'],
      [{ ...note, entityId: 'javascript:alert(1)' }, 'entityId'],
      [{ ...note, extra: 1 }, 'unexpected field "extra"'],
      [{ id: 'n1', entityId: 'mineral:tungsten' }, 'text is missing'],
      [undefined, 'is missing'],
      [[], 'the payload should be an object'],
    ];
    for (const [payload, expected] of cases) {
      const error = errorOf(await handle(envelope('notes.add', payload), popup));
      expect(error?.code).toBe('invalid-request');
      expect(error?.message).toContain(expected);
      expect(error?.message).not.toMatch(/\n\s+at /);
    }
    expect(addNote).not.toHaveBeenCalled();
  });

  it('turns thrown errors into failures', async () => {
    const quota = handlerWith({
      'notes.add': async () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    expect(errorOf(await quota.handle(envelope('notes.add', note), popup))).toEqual({
      code: 'quota-exceeded',
      message: QUOTA_MESSAGE,
    });
    const missing = handlerWith({
      'notes.add': async () => {
        throw new AssayError('not-found', 'gone');
      },
    });
    expect(errorOf(await missing.handle(envelope('notes.add', note), popup))).toEqual({ code: 'not-found', message: 'gone' });
  });

  it('tells the onError hook, and answers with data only', async () => {
    const onError = vi.fn();
    const boom = new TypeError('x is undefined');
    const handle = createRequestHandler(
      {
        'notes.add': async () => {
          throw boom;
        },
      },
      { ownId: OWN_ID, extensionOrigin: ORIGIN, onError },
    );
    const result = await handle(envelope('notes.add', note), popup);
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'Something went wrong inside Assay: x is undefined' } });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(onError).toHaveBeenCalledWith(boom, 'notes.add');
  });
});

describe('failureFromError', () => {
  it('maps IndexedDB errors to storage-error and quota errors to quota-exceeded', () => {
    expect(failureFromError(new DOMException('tx aborted', 'AbortError'))).toMatchObject({ error: { code: 'storage-error' } });
    expect(failureFromError(new DOMException('no', 'InvalidStateError'))).toMatchObject({ error: { code: 'storage-error' } });
    expect(failureFromError({ name: 'NS_ERROR_DOM_QUOTA_REACHED', message: '' })).toMatchObject({
      error: { code: 'quota-exceeded' },
    });
    expect(failureFromError('a string')).toMatchObject({ error: { code: 'internal' } });
  });
});

describe('createTabRequestHandler', () => {
  it('validates requests to the content script too', async () => {
    const reveal = vi.fn(async () => ({ found: true }));
    const handle = createTabRequestHandler({ 'tab.reveal': reveal }, { ownId: OWN_ID });
    expect(await handle(envelope('tab.reveal', { entityId: 'mineral:tungsten' }), { id: OWN_ID })).toEqual({
      ok: true,
      value: { found: true },
    });
    expect(errorOf(await handle(envelope('tab.reveal', { entityId: '<img>' }), { id: OWN_ID }))?.code).toBe('invalid-request');
    expect(errorOf(await handle(envelope('tab.reveal', { entityId: 'mineral:x' }), { id: 'other' }))?.code).toBe('forbidden');
    expect(errorOf(await handle(envelope('notes.add', note), { id: OWN_ID }))?.code).toBe('unknown-request');
    expect(reveal).toHaveBeenCalledTimes(1);
  });

  it('checks every tab request by hand, as strictly as the schemas', async () => {
    const settingsChanged = vi.fn(async () => null);
    const command = vi.fn(async () => ({ found: true }));
    const handle = createTabRequestHandler({ 'tab.settingsChanged': settingsChanged, 'tab.command': command }, { ownId: OWN_ID });
    const sender = { id: OWN_ID };
    expect((await handle(envelope('tab.command', { command: 'next' }), sender)).ok).toBe(true);
    expect(errorOf(await handle(envelope('tab.command', { command: 'delete' }), sender))?.code).toBe('invalid-request');
    expect(errorOf(await handle(envelope('tab.command', { command: 'next', extra: 1 }), sender))?.code).toBe('invalid-request');
    expect((await handle(envelope('tab.settingsChanged', {}), sender)).ok).toBe(true);
    // Settings never ride along: a tab asks for its own page's view instead.
    expect(errorOf(await handle(envelope('tab.settingsChanged', { settings: DEFAULT_SETTINGS }), sender))?.code).toBe('invalid-request');
    expect(errorOf(await handle(envelope('__proto__', {}), sender))?.code).toBe('unknown-request');
    expect(settingsChanged).toHaveBeenCalledTimes(1);
    expect(command).toHaveBeenCalledTimes(1);
  });
});

describe('messages as the browser delivers them', () => {
  it('answers a request with no payload after the message was serialized', async () => {
    const handle = createRequestHandler({ 'settings.get': async () => DEFAULT_SETTINGS }, { ownId: OWN_ID, extensionOrigin: ORIGIN });
    // runtime.sendMessage serializes the message: keys holding undefined disappear.
    const delivered = JSON.parse(JSON.stringify(envelope('settings.get', undefined)));
    expect(await handle(delivered, popup)).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    const bare = { channel: 'assay', name: 'settings.get' };
    expect(await handle(bare, popup)).toEqual({ ok: true, value: DEFAULT_SETTINGS });
  });
});
