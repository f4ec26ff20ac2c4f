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
  openExtensionPage(name: 'popup.html' | 'options.html', query?: string): Promise<Page>;
  assertClean(): void;
  close(): Promise<void>;
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

  return {
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
}
