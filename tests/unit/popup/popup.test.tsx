// @vitest-environment happy-dom
/**
 * The popup against the real request handler and stores (on fake-indexeddb), messages passed
 * through JSON as the browser does, and a scripted content script for the tab. A request can be
 * made to fail, to check that every refusal reaches the user with its message.
 */
import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PopupEnv } from '../../../components/popup/env.ts';
import { Popup } from '../../../components/popup/Popup.tsx';
import { createStoreHandlers } from '../../../lib/background/handlers.ts';
import { createClient, createTabClient } from '../../../lib/messaging/client.ts';
import { fail, ok, type Result } from '../../../lib/messaging/result.ts';
import { createRequestHandler } from '../../../lib/messaging/server.ts';
import type { SelectionCapture, TabSummary } from '../../../lib/messaging/tab-protocol.ts';
import { openAssayDb, type AssayDb } from '../../../lib/store/db.ts';
import { ClippingStore } from '../../../lib/store/clippings.ts';
import type { Clipping } from '../../../lib/records/types.ts';
import { InLanguage } from '../i18n/in-language.tsx';
import type { Lang } from '../../../lib/i18n/language.ts';
import { until } from '../until-rendered.ts';

const ORIGIN = 'chrome-extension://assay-id/';
const HOSTILE = '<img src=x onerror="window.__hacked = true">';
const PAGE = 'https://news.example.com/tungsten';

const SUMMARY: TabSummary = {
  url: PAGE,
  title: 'The tungsten test',
  total: 9,
  enabled: true,
  entities: [
    { id: 'country:KZ', type: 'country', label: 'Kazakhstan', count: 4 },
    { id: 'mineral:tungsten', type: 'mineral', label: 'tungsten', count: 3 },
    { id: 'deal:us-kazakhstan-tungsten-2025', type: 'deal', label: 'US–Kazakhstan tungsten deal', count: 2 },
  ],
};

const SELECTION: SelectionCapture = {
  quote: 'Two tungsten deposits in Kazakhstan',
  prefix: 'It began with ',
  suffix: ' that were mapped',
  url: PAGE,
  title: 'The tungsten test',
  entities: [
    { id: 'mineral:tungsten', type: 'mineral', label: 'tungsten', labelZh: '钨' },
    { id: 'country:KZ', type: 'country', label: 'Kazakhstan' },
  ],
};

interface Rig {
  db: AssayDb;
  env: PopupEnv;
  /** Answers a background request with this failure instead of asking the handler. */
  failing: Map<string, Result<never>>;
  /** What the scripted content script answers; `unavailable` makes the tab a page without Assay. */
  tab: { unavailable: boolean; selection: SelectionCapture | null; summary: TabSummary };
  sent: { name: string; payload: Record<string, unknown> }[];
  tabSent: { name: string; payload: Record<string, unknown> }[];
}

async function rig(): Promise<Rig> {
  const db = await openAssayDb(new IDBFactory(), 'assay');
  const failing = new Map<string, Result<never>>();
  const handle = createRequestHandler(createStoreHandlers(db), { ownId: 'assay-id', extensionOrigin: ORIGIN });
  const sent: Rig['sent'] = [];
  const tabSent: Rig['tabSent'] = [];
  const tab: Rig['tab'] = { unavailable: false, selection: null, summary: SUMMARY };
  const client = createClient(
    async (message) => {
      const wire = JSON.parse(JSON.stringify(message)) as Rig['sent'][number];
      sent.push(wire);
      const failure = failing.get(wire.name);
      if (failure) {
        failing.delete(wire.name);
        return failure;
      }
      return handle(wire, { id: 'assay-id', url: `${ORIGIN}popup.html` });
    },
    { attempts: 1 },
  );
  const tabClient = createTabClient(async (message) => {
    const wire = JSON.parse(JSON.stringify(message)) as Rig['tabSent'][number];
    tabSent.push(wire);
    if (tab.unavailable) throw new Error('Could not establish connection. Receiving end does not exist.');
    if (wire.name === 'tab.summary') return ok(tab.summary);
    if (wire.name === 'tab.selection') return ok(tab.selection);
    if (wire.name === 'tab.reveal') return ok({ found: true });
    return fail('unknown-request', wire.name);
  });
  const env: PopupEnv = {
    client,
    tab: tabClient,
    openUrl: vi.fn(),
    openOptions: vi.fn(),
    close: vi.fn(),
    requestPersistence: vi.fn(),
  };
  return { db, env, failing, tab, sent, tabSent };
}

function clipping(overrides: Partial<Clipping> = {}): Clipping {
  return {
    id: `c-${Math.random().toString(36).slice(2)}`,
    quote: 'Gallium prices doubled after the export controls.',
    prefix: '',
    suffix: '',
    url: 'https://other.example.org/gallium',
    title: 'Gallium squeeze',
    site: 'other.example.org',
    createdAt: Date.UTC(2025, 9, 1),
    updatedAt: Date.UTC(2025, 9, 1),
    entities: [{ id: 'mineral:gallium', type: 'mineral', label: 'gallium' }],
    note: '',
    tags: [],
    ...overrides,
  };
}

const root = document.createElement('div');
document.body.append(root);

const $ = <E extends Element = HTMLElement>(selector: string) => root.querySelector(selector) as E | null;
const text = () => root.textContent ?? '';
const status = () => $('[data-testid="status"]')?.textContent ?? '';
const button = (name: string | RegExp) => {
  const found = Array.from(root.querySelectorAll('button')).find((b) => {
    const label = b.getAttribute('aria-label') ?? b.textContent ?? '';
    return typeof name === 'string' ? label.trim() === name : name.test(label);
  });
  if (!found) throw new Error(`no button ${name}`);
  return found;
};
async function type(selector: string, value: string) {
  const field = $<HTMLInputElement>(selector)!;
  await act(async () => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

let r: Rig;
beforeEach(async () => {
  r = await rig();
});
afterEach(() => {
  render(null, root);
  r.db.close();
});

const show = (lang: Lang = 'en') =>
  act(() =>
    render(
      <InLanguage lang={lang}>
        <Popup env={r.env} iconUrl="icon.svg" />
      </InLanguage>,
      root,
    ),
  );

describe('the popup', () => {
  it('lists what the page mentions by type with counts, and a click reveals it on the page and closes', async () => {
    await show();
    await until(() => expect(text()).toContain('9 mentions of 3 minerals, countries and deals'));
    const groups = Array.from(root.querySelectorAll('.summary-group')).map((g) => g.textContent);
    expect(groups).toEqual(['Mineralstungsten×3', 'CountriesKazakhstan×4', 'DealsUS–Kazakhstan tungsten deal×2']);
    await act(async () => button(/^Kazakhstan, 4 mentions/).click());
    await until(() => expect(r.env.close).toHaveBeenCalled());
    expect(r.tabSent.find((m) => m.name === 'tab.reveal')?.payload).toEqual({ entityId: 'country:KZ' });
  });

  it('speaks Chinese in a Chinese popup, with names in Chinese where the page gave them and English ones marked English', async () => {
    await new ClippingStore(r.db).putMany([clipping()]);
    r.tab.selection = SELECTION;
    await show('zh');
    await until(() => expect(text()).toContain('3 个矿产、国家和协议，共 9 处提及'));
    // The draft's entities by the names the content script gave: Chinese where it knows one.
    const draftChips = Array.from(root.querySelectorAll('.draft .chip-label')).map((c) => [c.textContent, c.getAttribute('lang')]);
    expect(draftChips).toEqual([['钨', 'zh-CN'], ['Kazakhstan', 'en']]);
    expect(text()).toContain('本页提到');
    expect(text()).toContain('你的摘录');
    const chips = Array.from(root.querySelectorAll('.summary-group .chip-label')).map((c) => [c.textContent, c.getAttribute('lang')]);
    expect(chips).toContainEqual(['tungsten', 'en']);
    await until(() => expect(root.querySelector('.clip-actions')?.textContent).toContain('打开'));
    // The clipping's English quote and title are marked English inside the Chinese popup.
    expect([$('.clip-quote')?.getAttribute('lang'), $('.clip-title')?.getAttribute('lang')]).toEqual(['en', 'en']);
  });

  it("says plainly when Assay can't read the page, and still shows the clippings", async () => {
    await new ClippingStore(r.db).putMany([clipping()]);
    r.tab.unavailable = true;
    await show();
    await until(() => expect(text()).toContain("Assay can't read this page"));
    await until(() => expect(text()).toContain('Gallium prices doubled'));
    expect(text()).not.toContain('Select some text');
    expect(root.querySelector('[role="switch"]')).toBeNull();
  });

  it('says so when nothing is selected', async () => {
    await show();
    await until(() => expect(text()).toContain('Select some text on the page first'));
    expect(text()).toContain('No clippings yet');
  });

  it('saves the selection with note and tags under one id, even when the first try fails', async () => {
    r.tab.selection = SELECTION;
    await show();
    await until(() => expect($('.draft-quote')?.textContent).toBe(SELECTION.quote));
    expect(document.activeElement?.textContent).toBe('Save clipping');
    expect(Array.from(root.querySelectorAll('.draft .chip')).map((c) => c.textContent)).toEqual(['tungsten', 'Kazakhstan']);
    await type('#draft-note', 'Compare with USGS');
    await type('#draft-tags', '#policy, to-read');

    r.failing.set('clippings.save', fail('unavailable', "Assay's background did not answer."));
    await act(async () => button('Save clipping').click());
    await until(() => expect(status()).toContain("Assay's background did not answer."));
    expect($('.draft-quote')).not.toBeNull();

    // Ctrl+Enter from the note saves too.
    await act(async () => {
      $('#draft-note')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    });
    await until(() => expect(status()).toContain('Saved'));
    const saves = r.sent.filter((m) => m.name === 'clippings.save');
    expect(saves).toHaveLength(2);
    expect(saves[1].payload.id).toBe(saves[0].payload.id);
    expect(saves[1].payload).toMatchObject({ quote: SELECTION.quote, note: 'Compare with USGS', tags: ['policy', 'to-read'], url: PAGE });
    await until(() => expect($('.clip-quote')?.textContent).toBe(SELECTION.quote));
    const stored = await new ClippingStore(r.db).all();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ note: 'Compare with USGS', tags: ['policy', 'to-read'], site: 'news.example.com' });
    // The Chinese name the content script added for showing is not stored.
    expect(stored[0].entities[0]).toEqual({ id: 'mineral:tungsten', type: 'mineral', label: 'tungsten' });
    expect(r.env.requestPersistence).toHaveBeenCalledTimes(1);
  });

  it('shows notes, quotes, titles and tags that look like HTML as text', async () => {
    await new ClippingStore(r.db).putMany([clipping({ quote: `Quote ${HOSTILE}`, note: `Note ${HOSTILE}`, title: `<b>${HOSTILE}</b>`, tags: ['<i>x</i>'] })]);
    await show();
    await until(() => expect($('.clip-note')?.textContent).toBe(`Note ${HOSTILE}`));
    expect($('.clip-quote')?.textContent).toBe(`Quote ${HOSTILE}`);
    expect($('.clip-title')?.textContent).toBe(`<b>${HOSTILE}</b>`);
    expect(root.querySelector('img:not(.header-icon), b, i')).toBeNull();
    expect((window as unknown as { __hacked?: boolean }).__hacked).toBeUndefined();
  });

  it('searches as you type, once per pause, and marks the words found', async () => {
    const store = new ClippingStore(r.db);
    await store.putMany([clipping({ quote: 'Tungsten exports from Kazakhstan', createdAt: 2 }), clipping({ quote: 'Gallium again', createdAt: 1 })]);
    await show();
    await until(() => expect(root.querySelectorAll('.clip')).toHaveLength(2));
    const before = r.sent.filter((m) => m.name === 'clippings.list').length;
    for (const partial of ['t', 'tu', 'tun', 'tung']) await type('#search', partial);
    await until(() => expect(root.querySelectorAll('.clip')).toHaveLength(1));
    const searches = r.sent.filter((m) => m.name === 'clippings.list').slice(before);
    expect(searches.map((m) => m.payload.text)).toEqual(['tung']);
    expect(Array.from(root.querySelectorAll('.clip-quote mark')).map((m) => m.textContent)).toEqual(['Tung']);
    await type('#search', 'nothing-like-this');
    await until(() => expect(text()).toContain('No clippings match'));
  });

  it('filters by an entity chip, edits the note and tags, deletes with undo (Ctrl+Z)', async () => {
    await new ClippingStore(r.db).putMany([
      clipping({ id: 'kz', quote: 'Kazakhstan signs', entities: [{ id: 'country:KZ', type: 'country', label: 'Kazakhstan' }], createdAt: 2 }),
      clipping({ id: 'ga', createdAt: 1 }),
    ]);
    await show();
    await until(() => expect(root.querySelectorAll('.clip')).toHaveLength(2));
    await act(async () => button('Show clippings about Kazakhstan').click());
    await until(() => expect(root.querySelectorAll('.clip')).toHaveLength(1));
    expect($<HTMLSelectElement>('#filter-entity')!.value).toBe('country:KZ');

    await act(async () => button('Add note or tags').click());
    await type('[id="edit-note-kz"]', 'Edited <script>');
    await type('[id="edit-tags-kz"]', 'deals, follow-up');
    await act(async () => button('Save').click());
    await until(() => expect($('.clip-note')?.textContent).toBe('Edited <script>'));
    expect(Array.from(root.querySelectorAll('.chip-tag')).map((c) => c.textContent)).toEqual(['#deals', '#follow-up']);
    expect((await new ClippingStore(r.db).get('kz'))?.tags).toEqual(['deals', 'follow-up']);

    await act(async () => button('Delete').click());
    await until(() => expect(status()).toContain('Clipping deleted.'));
    expect(await new ClippingStore(r.db).get('kz')).toBeUndefined();
    expect(button('Undo').getAttribute('aria-keyshortcuts')).toContain('Control+Z');
    // Ctrl+Z in a text field undoes typing, not the delete.
    await act(async () => {
      $('#search')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }));
    });
    expect(r.sent.some((m) => m.name === 'clippings.restore')).toBe(false);
    await act(async () => {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }));
    });
    await until(() => expect(status()).toContain('Clipping restored.'));
    expect((await new ClippingStore(r.db).get('kz'))?.note).toBe('Edited <script>');
    await until(() => expect(root.querySelectorAll('.clip')).toHaveLength(1));
  });

  it('opens a clipping at its passage with a text fragment', async () => {
    await new ClippingStore(r.db).putMany([clipping({ quote: 'export controls', prefix: 'after the new ', suffix: ' took effect' })]);
    await show();
    await until(() => expect(root.querySelectorAll('.clip')).toHaveLength(1));
    await act(async () => button('Open').click());
    expect(r.env.openUrl).toHaveBeenCalledWith('https://other.example.org/gallium#:~:text=the%20new-,export%20controls,-took');
  });

  it('switches Assay off for the site through the site rules, and says why a refused change failed', async () => {
    await show();
    await until(() => expect($('[role="switch"]')).not.toBeNull());
    const toggle = $<HTMLInputElement>('[role="switch"]')!;
    expect(toggle.checked).toBe(true);
    expect(text()).toContain('Assay on news.example.com');
    await act(async () => toggle.click());
    await until(() => expect(status()).toContain('Assay is off for news.example.com.'));
    const update = r.sent.find((m) => m.name === 'settings.update');
    expect(update?.payload).toEqual({ siteRules: { mode: 'all-except', deny: ['news.example.com'], allow: [] } });
    expect($<HTMLInputElement>('[role="switch"]')!.checked).toBe(false);

    r.failing.set('settings.update', fail('storage-error', 'The disk said no.'));
    await act(async () => $<HTMLInputElement>('[role="switch"]')!.click());
    await until(() => expect(status()).toContain('The disk said no.'));
    expect($<HTMLInputElement>('[role="switch"]')!.checked).toBe(false);
  });

  it('reads the filter menus only when the user reaches for them', async () => {
    await new ClippingStore(r.db).putMany([clipping({ tags: ['policy'] })]);
    await show();
    await until(() => expect(root.querySelectorAll('.clip')).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(r.sent.some((m) => m.name === 'clippings.facets')).toBe(false);
    await act(async () => {
      $('#filter-tag')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    });
    await until(() => expect(Array.from($<HTMLSelectElement>('#filter-tag')!.options).map((o) => o.textContent)).toEqual(['Any tag', '#policy (1)']));
    expect(Array.from($<HTMLSelectElement>('#filter-site')!.options).map((o) => o.value)).toEqual(['', 'other.example.org']);
  });

  it('pages through many clippings with Load more', async () => {
    await new ClippingStore(r.db).putMany(Array.from({ length: 30 }, (_, i) => clipping({ id: `n${i}`, quote: `Clipping number ${i}`, createdAt: 1000 + i })));
    await show();
    await until(() => expect(root.querySelectorAll('.clip')).toHaveLength(25));
    expect($('.clip-quote')?.textContent).toBe('Clipping number 29');
    await act(async () => button('Load more').click());
    await until(() => expect(root.querySelectorAll('.clip')).toHaveLength(30));
    expect(() => button('Load more')).toThrow();
  });
});
