/**
 * What every e2e file needs: the built extension in headless Chromium, pages served on
 * 127.0.0.1, and a record of every error the extension raised. `assertClean()` fails the test
 * on any uncaught error or console error that came from the extension's own code.
 */
import type { BrowserContext, Page, ConsoleMessage } from 'playwright-core';
import { launchWithExtension, type LaunchedExtension, type LaunchOptions } from '../../scripts/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/serve.ts';

export interface Harness {
  ext: LaunchedExtension;
  context: BrowserContext;
  server: StaticServer;
  extensionId: string;
  /** Errors raised by the extension's code (content script, pages, service worker). */
  errors: string[];
  /** Network requests made by the extension to anything but its own files. */
  extensionRequests: string[];
  open(path: string): Promise<Page>;
  openExtensionPage(name: 'popup.html' | 'options.html' | 'dossier.html' | 'sidepanel.html', query?: string): Promise<Page>;
  assertClean(): void;
  close(): Promise<void>;
}

/** The harness that launched a browser context, so page helpers can reach its service worker. */
const harnesses = new WeakMap<BrowserContext, Harness>();

export function harnessOf(page: Page): Harness {
  const h = harnesses.get(page.context());
  if (!h) throw new Error('this page was not opened through startHarness()');
  return h;
}

/** The extension's service worker as Playwright knows it now. */
export function currentWorker(h: Harness) {
  return h.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${h.extensionId}/`)) ?? h.ext.serviceWorker;
}

/** Asks the service worker something, failing after a while (a stopped worker does not wake for the debugger). */
async function askWorker<T>(h: Harness, what: string, ask: (worker: ReturnType<typeof currentWorker>) => Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const giveUp = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the service worker did not answer ${what} (is it stopped?)`)), 10_000);
  });
  return Promise.race([ask(currentWorker(h)), giveUp]).finally(() => clearTimeout(timer));
}

const tabIds = new WeakMap<Page, number>();

/**
 * The browser's id for `page`'s tab, asked of the service worker once (the page is brought to
 * the front to be the active tab) and remembered: a tab keeps its id across reloads.
 */
export async function tabIdOf(h: Harness, page: Page): Promise<number> {
  const known = tabIds.get(page);
  if (known !== undefined) return known;
  await page.bringToFront();
  const id = await askWorker(h, 'which tab is active', (w) => w.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id));
  if (id === undefined) throw new Error(`no active tab for ${page.url()}`);
  tabIds.set(page, id);
  return id;
}

/**
 * Asks the content script in `page`'s tab a tab-protocol request, as the popup does: through the
 * extension (the page itself can neither ask nor see the answer). Null when no content script
 * answers (not loaded yet, or none on that page).
 */
export async function askTab<T>(page: Page, name: string, payload: unknown = {}): Promise<T | null> {
  const h = harnessOf(page);
  const tabId = await tabIdOf(h, page);
  const result = await askWorker(h, name, (w) =>
    w.evaluate(([id, n, p]) => chrome.tabs.sendMessage(id, { channel: 'assay', name: n, payload: p }).catch(() => null), [tabId, name, payload] as const),
  );
  const answer = result as { ok?: boolean; value?: T } | null;
  return answer?.ok ? (answer.value as T) : null;
}

function fromExtension(extensionId: string, text: string | undefined): boolean {
  return Boolean(text && (text.includes(`chrome-extension://${extensionId}`) || text.includes('[assay]')));
}

export async function startHarness(options: LaunchOptions = {}, server?: StaticServer): Promise<Harness> {
  const ownServer = !server;
  const srv = server ?? (await serveStatic());
  const ext = await launchWithExtension(options);
  const errors: string[] = [];
  const extensionRequests: string[] = [];
  const { context, extensionId } = ext;

  const watchConsole = (where: () => string) => (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    const extensionPage = where().startsWith('chrome-extension://');
    if (extensionPage || fromExtension(extensionId, message.location().url) || fromExtension(extensionId, text)) {
      errors.push(`${where()}: console.error: ${text}`);
    }
  };
  const watchPage = (page: Page) => {
    page.on('pageerror', (error) => {
      if (page.url().startsWith('chrome-extension://') || fromExtension(extensionId, error.stack)) {
        errors.push(`${page.url()}: uncaught: ${error.stack ?? error.message}`);
      }
    });
    page.on('console', watchConsole(() => page.url()));
  };
  context.on('page', watchPage);
  for (const page of context.pages()) watchPage(page);
  ext.serviceWorker.on('console', watchConsole(() => 'service worker'));
  context.on('serviceworker', (worker) => worker.on('console', watchConsole(() => 'service worker')));
  context.on('request', (request) => {
    const frameUrl = (() => {
      try {
        return request.frame().url();
      } catch {
        return '';
      }
    })();
    const url = request.url();
    const byExtension = frameUrl.startsWith('chrome-extension://') || request.serviceWorker() !== null;
    if (byExtension && !url.startsWith(`chrome-extension://${extensionId}/`)) extensionRequests.push(url);
  });

  const harness: Harness = {
    ext,
    context,
    server: srv,
    extensionId,
    errors,
    extensionRequests,
    async open(path: string) {
      const page = await context.newPage();
      await page.goto(path.startsWith('http') ? path : srv.url(path));
      return page;
    },
    async openExtensionPage(name, query = '') {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${name}${query}`);
      return page;
    },
    assertClean() {
      if (errors.length) throw new Error(`the extension raised errors:\n${errors.join('\n')}`);
      if (extensionRequests.length) throw new Error(`the extension made network requests:\n${extensionRequests.join('\n')}`);
    },
    async close() {
      await ext.close();
      if (ownServer) await srv.close();
    },
  };
  harnesses.set(context, harness);
  return harness;
}
