// @vitest-environment happy-dom
/**
 * The options page against the real request handler and stores (on fake-indexeddb), with each
 * message passed through JSON as the browser does. A request can be made to fail, to check that
 * every refusal reaches the user and leaves the page showing what is really stored.
 */
import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage, type OptionsServices } from '../../../components/options/OptionsPage.tsx';
import { exportFile } from '../../../lib/backup/export-file.ts';
import { createStoreHandlers } from '../../../lib/background/handlers.ts';
import { loadDataset } from '../../../lib/dataset/load.ts';
import { createClient } from '../../../lib/messaging/client.ts';
import type { DatasetInfo } from '../../../lib/messaging/protocol.ts';
import { fail, type Result } from '../../../lib/messaging/result.ts';
import { createRequestHandler } from '../../../lib/messaging/server.ts';
import { generateClippings, generateNotes, seedDatabase } from '../../../lib/store/bench-fixtures.ts';
import { openAssayDb, type AssayDb } from '../../../lib/store/db.ts';
import { InLanguage } from '../i18n/in-language.tsx';
import { until } from '../until-rendered.ts';

const ORIGIN = 'chrome-extension://assay-id/';
const HOSTILE = '<img src=x onerror="window.__hacked = true">';

function datasetInfo(): DatasetInfo {
  const { meta, minerals, countries, deals, controls } = loadDataset();
  return { meta, counts: { minerals: minerals.length, countries: countries.length, deals: deals.length, controls: controls.length } };
}

interface Rig {
  db: AssayDb;
  /** Answers `name` with this failure instead of asking the handler. */
  failing: Map<string, Result<never>>;
  /** The same, for the next request of that name only. */
  failingOnce: Map<string, Result<never>>;
  /** Requests of this name are answered (as of when they were asked) only once this settles. */
  held: Map<string, Promise<void>>;
  /** Names of the requests whose answers reached the page, in order. */
  delivered: string[];
  services: OptionsServices;
}

async function rig(): Promise<Rig> {
  const db = await openAssayDb(new IDBFactory(), 'assay');
  const failing = new Map<string, Result<never>>();
  const failingOnce = new Map<string, Result<never>>();
  const held = new Map<string, Promise<void>>();
  const delivered: string[] = [];
  const handle = createRequestHandler(
    { ...createStoreHandlers(db, { estimate: async () => ({ usage: 2048, quota: 1024 ** 3 }) }), 'dataset.info': datasetInfo },
    { ownId: 'assay-id', extensionOrigin: ORIGIN },
  );
  const client = createClient(
    async (message) => {
      // The browser serialises messages; what does not survive JSON must not be relied on.
      const wire = JSON.parse(JSON.stringify(message)) as { name: string };
      const once = failingOnce.get(wire.name);
      failingOnce.delete(wire.name);
      const answer = once ?? failing.get(wire.name) ?? (await handle(wire, { id: 'assay-id', url: `${ORIGIN}options.html` }));
      await held.get(wire.name);
      delivered.push(wire.name);
      return answer;
    },
    { attempts: 1 },
  );
  return {
    db,
    failing,
    failingOnce,
    held,
    delivered,
    services: {
      client,
      version: '1.2.3',
      requestPersistence: async () => ({ status: 'denied', persisted: false }),
      saveFile: vi.fn(),
      iconUrl: 'icon.svg',
      browserLanguage: 'en-US',
    },
  };
}

const root = document.createElement('div');
document.body.append(root);

const $ = <E extends Element = HTMLElement>(selector: string) => root.querySelector(selector) as E | null;
const status = () => $('[data-testid="status"]')?.textContent ?? '';

let r: Rig;
beforeEach(async () => {
  r = await rig();
  act(() => render(<InLanguage><OptionsPage {...r.services} /></InLanguage>, root));
  await until(() => expect($('#type-mineral')).not.toBeNull());
});
afterEach(() => {
  act(() => render(null, root));
  r.db.close();
});

describe('the options page', () => {
  it('saves a type switched off, and shows the stored state', async () => {
    const minerals = $<HTMLInputElement>('#type-mineral')!;
    expect(minerals.checked).toBe(true);
    expect(minerals.getAttribute('role')).toBe('switch');
    expect($(`#${minerals.getAttribute('aria-labelledby')}`)?.textContent).toBe('Minerals');
    act(() => minerals.click());
    await until(async () => expect(await r.db.get('settings', 'settings')).toMatchObject({ value: { types: { mineral: false } } }));
    expect($<HTMLInputElement>('#type-mineral')!.checked).toBe(false);
  });

  it('rolls a refused change back and shows the background’s message, as text', async () => {
    r.failing.set('settings.update', fail('storage-error', `The disk is full. ${HOSTILE}`));
    act(() => $<HTMLInputElement>('#type-country')!.click());
    await until(() => expect(status()).toContain('The disk is full.'));
    expect(status()).toContain(HOSTILE);
    expect(root.querySelector('img[src="x"]')).toBeNull();
    expect((window as { __hacked?: boolean }).__hacked).toBeUndefined();
    expect($('[data-testid="status"]')?.getAttribute('aria-live')).toBe('polite');
    // The switch shows what is stored, not what was asked for.
    expect($<HTMLInputElement>('#type-country')!.checked).toBe(true);
    expect(await r.db.get('settings', 'settings')).toBeUndefined();
  });

  it('does not let a reload asked for before a change put the old value back', async () => {
    let release!: () => void;
    r.held.set('settings.get', new Promise<void>((resolve) => (release = resolve)));
    // The tab comes back into view: the settings are read again (mineral still on)...
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    // ...and before that answer arrives, minerals are switched off.
    act(() => $<HTMLInputElement>('#type-mineral')!.click());
    await until(async () => expect(await r.db.get('settings', 'settings')).toMatchObject({ value: { types: { mineral: false } } }));
    const answered = r.delivered.filter((name) => name === 'settings.get').length;
    release();
    // The stale answer has reached the page, and the page has had its turn to (wrongly) use it.
    await until(() => expect(r.delivered.filter((name) => name === 'settings.get').length).toBe(answered + 1));
    await act(async () => {
      await Promise.resolve();
    });
    expect($<HTMLInputElement>('#type-mineral')!.checked).toBe(false);
  });

  it('offers the palette as swatches, previews the one pointed at and saves the one chosen', async () => {
    const swatches = [...root.querySelectorAll<HTMLInputElement>('input[name="colour-deal-light"]')];
    expect(swatches.map((s) => s.value)).toEqual(['amber', 'yellow', 'orange', 'rose', 'violet', 'blue', 'teal', 'green', 'grey']);
    expect(swatches.find((s) => s.checked)?.value).toBe('green');
    expect(swatches[3].getAttribute('aria-label')).toBe('Deals in Rose on light pages');
    const previewStyle = () => $('[data-testid="preview-deal-light"] mark')?.getAttribute('style') ?? '';
    expect(previewStyle()).toContain('#bbf7d0');
    act(() => void swatches[3].parentElement!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })));
    act(() => void swatches[3].parentElement!.dispatchEvent(new MouseEvent('mouseenter')));
    expect(previewStyle()).toContain('#fecdd3');
    expect(await r.db.get('settings', 'settings')).toBeUndefined();
    act(() => swatches[3].click());
    await until(async () => expect(await r.db.get('settings', 'settings')).toMatchObject({ value: { colours: { deal: { light: 'rose', dark: 'green' } } } }));
    expect([...root.querySelectorAll<HTMLInputElement>('input[name="colour-deal-light"]')].find((s) => s.checked)?.value).toBe('rose');
  });

  it('adds a site typed as a page address, says what is wrong with a bad one, and removes it', async () => {
    const input = $<HTMLInputElement>('#site-input')!;
    const submit = (text: string) => {
      input.value = text;
      act(() => void input.dispatchEvent(new Event('input', { bubbles: true })));
      act(() => void input.form!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    };
    submit('no spaces allowed');
    await until(() => expect($('#site-input-error')?.textContent).toContain('is not a web address'));
    expect(input.getAttribute('aria-invalid')).toBe('true');

    submit('https://www.reuters.com/markets/');
    await until(() => expect($('.opt-site-host')?.textContent).toBe('reuters.com'));
    expect((await r.db.get('settings', 'settings'))?.value.siteRules.deny).toEqual(['reuters.com']);
    expect(status()).toContain('Added reuters.com');

    act(() => $<HTMLButtonElement>('button[aria-label="Remove reuters.com"]')!.click());
    await until(() => expect($('.opt-site-host')).toBeNull());
    expect((await r.db.get('settings', 'settings'))?.value.siteRules.deny).toEqual([]);
    // Focus moves once the background has confirmed the removal (the list empties before that).
    await until(() => expect(document.activeElement?.id).toBe('site-input'));
  });

  it('downloads each export with what the background made', async () => {
    await r.db.put('notes', { id: 'n1', entityId: 'mineral:tungsten', text: 'A note', createdAt: 1, updatedAt: 1 });
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Download CSV')!;
    act(() => button.click());
    await until(() => expect(r.services.saveFile).toHaveBeenCalledTimes(1));
    const csv = vi.mocked(r.services.saveFile).mock.calls[0]![0];
    expect(csv).toMatchObject({ filename: expect.stringMatching(/^assay-clippings-.*\.csv$/) });
    expect(csv.blob.type).toBe('text/csv;charset=utf-8');
    expect(status()).toMatch(/Exported assay-clippings-.*\.csv/);

    act(() => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Download backup')!.click());
    await until(() => expect(r.services.saveFile).toHaveBeenCalledTimes(2));
    const backup = vi.mocked(r.services.saveFile).mock.calls[1]![0];
    expect(JSON.parse(await backup.blob.text())).toMatchObject({ format: 'assay-backup', notes: [{ id: 'n1', text: 'A note' }] });

    r.failing.set('backup.exportPart', fail('storage-error', 'Assay could not read its database.'));
    act(() => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Download backup')!.click());
    await until(() => expect(status()).toContain('Assay could not read its database.'));
    expect(r.services.saveFile).toHaveBeenCalledTimes(2);
  });

  it('previews a backup file, imports it when asked, and sends it again if the background lost it', async () => {
    const source = await openAssayDb(new IDBFactory(), 'source');
    await seedDatabase(source, { clippings: generateClippings(40, { seed: 3 }), notes: generateNotes(10, { seed: 3 }) });
    const { text } = await exportFile(source, 'json', 5_000);
    source.close();
    const input = $<HTMLInputElement>('#import-file')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'backup.json', { type: 'application/json' }));
    act(() => {
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => expect($('[data-testid="import-clippings"]')?.textContent).toContain('40'));
    expect([...root.querySelectorAll('[data-testid="import-notes"] td')].map((cell) => cell.textContent)).toEqual(['10', '0', '0']);
    expect(await r.db.count('clippings')).toBe(0);

    // The service worker restarts before the import ends: the page sends the file once more.
    r.failingOnce.set('backup.importEnd', fail('not-found', 'The import was interrupted.'));
    act(() => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Import')!.click());
    await until(() => expect($('.opt-import-result')?.textContent).toContain('Imported backup.json'));
    expect(r.failingOnce.size).toBe(0);
    expect(await r.db.count('clippings')).toBe(40);
    expect(await r.db.count('notes')).toBe(10);
  });

  it('says why a backup file was refused, and changes nothing', async () => {
    const input = $<HTMLInputElement>('#import-file')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File(['{"format": "assay-backup", "version": 1, "notes": [{"id": "x"}'], 'bad.json'));
    act(() => {
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => expect($('[data-testid="import-error"]')?.textContent).toContain('bad.json was not imported'));
    expect($('[data-testid="import-error"]')?.textContent).toContain('notes[0].entityId is missing');
    expect(await r.db.count('notes')).toBe(0);
  });

  it('shows storage figures, the persistence outcome, and the dataset', async () => {
    await until(() => expect($('[data-testid="storage-usage"]')?.textContent).toBe('2 KB'));
    expect($('[data-testid="storage-quota"]')?.textContent).toBe('1 GB');
    expect($('[data-testid="storage-notes"]')?.textContent).toBe('0');
    expect($('#persistence-label')?.textContent).toBe('Not protected yet');
    await until(() => expect(root.querySelectorAll('[data-testid="dataset-file"]')).toHaveLength(4));
    expect($('[data-testid="version"]')?.textContent).toBe('Assay 1.2.3');
    for (const link of root.querySelectorAll('#about a')) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toContain('noopener');
    }
  });
});

describe('the options page when the background fails', () => {
  it('says why the settings could not be read, keeps exports usable, and tries again on request', async () => {
    act(() => render(null, root));
    r.failing.set('settings.get', fail('storage-error', 'Assay could not open its database.'));
    act(() => render(<InLanguage><OptionsPage {...r.services} /></InLanguage>, root));
    await until(() => expect($('#highlighting .opt-card-error')?.textContent).toContain('Assay could not open its database.'));
    expect(status()).toContain('Assay could not open its database.');
    expect($('#type-mineral')).toBeNull();
    expect([...root.querySelectorAll('button')].some((b) => b.textContent === 'Download backup')).toBe(true);
    r.failing.delete('settings.get');
    act(() => [...root.querySelectorAll<HTMLButtonElement>('#highlighting button')].find((b) => b.textContent === 'Try again')!.click());
    await until(() => expect($('#type-mineral')).not.toBeNull());
  });

  it('says why the dataset could not be shown, and tries again on request', async () => {
    act(() => render(null, root));
    r.failing.set('dataset.info', fail('unavailable', "Assay's background did not answer."));
    act(() => render(<InLanguage><OptionsPage {...r.services} /></InLanguage>, root));
    await until(() => expect($('#about .opt-card-error')?.textContent).toContain("Assay's background did not answer."));
    expect(status()).toContain("Assay's background did not answer.");
    r.failing.delete('dataset.info');
    act(() => [...root.querySelectorAll<HTMLButtonElement>('#about button')].find((b) => b.textContent === 'Try again')!.click());
    await until(() => expect(root.querySelectorAll('[data-testid="dataset-file"]')).toHaveLength(4));
  });
});
