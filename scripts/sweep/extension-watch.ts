/**
 * What the extension did wrong while a page was open: uncaught errors and console errors from
 * its code, and network requests it made. A page's own errors and requests are not counted
 * (only how many outside requests the page tried, which routing blocked).
 *
 * The page side is read from the DevTools protocol: the content script runs in an isolated
 * world whose execution context has the extension's origin, and its requests carry an initiator
 * stack in chrome-extension://<id>/. The service worker side comes from Playwright's worker and
 * request events.
 */
import type { BrowserContext, CDPSession, Worker } from 'playwright-core';
import { isLocalUrl } from './offline.ts';

export interface ExtensionActivity {
  errors: string[];
  consoleErrors: string[];
  requests: string[];
  blockedPageRequests: number;
}

export const noActivity = (): ExtensionActivity => ({ errors: [], consoleErrors: [], requests: [], blockedPageRequests: 0 });

const MAX_TEXT = 600;
const clip = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT)}…` : s);

/** The parts of the protocol's Runtime.StackTrace and RemoteObject read here. */
interface StackTrace {
  callFrames: { url: string }[];
  parent?: StackTrace;
}
interface RemoteValue {
  type: string;
  value?: unknown;
  description?: string;
}

function stackHas(stack: StackTrace | undefined, prefix: string): boolean {
  for (let s = stack; s; s = s.parent) if (s.callFrames.some((f) => f.url.startsWith(prefix))) return true;
  return false;
}

function consoleText(args: RemoteValue[]): string {
  return args.map((a) => (a.value !== undefined ? String(a.value) : (a.description ?? a.type))).join(' ');
}

/** Starts recording the extension's errors and requests in one page; call before navigating. */
export async function watchPageForExtension(session: CDPSession, extensionId: string, origin: string, into: ExtensionActivity): Promise<void> {
  const prefix = `chrome-extension://${extensionId}`;
  const extensionContexts = new Set<number>();
  session.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin.startsWith(prefix)) extensionContexts.add(context.id);
  });
  session.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    const description = d.exception?.description ?? d.text;
    if (extensionContexts.has(d.executionContextId ?? -1) || d.url?.startsWith(prefix) || stackHas(d.stackTrace, prefix) || description.includes(prefix)) {
      into.errors.push(clip(`${description} (${d.url ?? d.stackTrace?.callFrames[0]?.url ?? 'no location'}:${d.lineNumber + 1})`));
    }
  });
  session.on('Runtime.consoleAPICalled', (e) => {
    if (e.type !== 'error' && e.type !== 'assert') return;
    if (extensionContexts.has(e.executionContextId) || stackHas(e.stackTrace, prefix)) into.consoleErrors.push(clip(consoleText(e.args)));
  });
  session.on('Log.entryAdded', ({ entry }) => {
    if (entry.level === 'error' && (entry.url?.startsWith(prefix) || stackHas(entry.stackTrace, prefix))) into.consoleErrors.push(clip(`${entry.source}: ${entry.text}`));
  });
  session.on('Network.requestWillBeSent', ({ request, initiator }) => {
    if (request.url.startsWith(`${prefix}/`)) return; // the extension's own files
    if (initiator.url?.startsWith(prefix) || stackHas(initiator.stack, prefix)) into.requests.push(clip(request.url));
    else if (!isLocalUrl(origin, request.url)) into.blockedPageRequests++;
  });
  await Promise.all([session.send('Runtime.enable'), session.send('Log.enable'), session.send('Network.enable')]);
}

/**
 * Reports a service worker's uncaught errors on its console, where Playwright can see them
 * (it has no error event for workers). Runs inside the worker; adds no behaviour of its own.
 */
function reportUncaughtOnConsole(): void {
  const scope = self as unknown as { addEventListener(type: string, listener: (event: { message?: string; filename?: string; lineno?: number; reason?: unknown }) => void): void };
  scope.addEventListener('error', (e) => console.error(`[sweep] uncaught: ${e.message} (${e.filename}:${e.lineno})`));
  scope.addEventListener('unhandledrejection', (e) => {
    const reason = e.reason as { stack?: string } | undefined;
    console.error(`[sweep] uncaught (in promise): ${reason?.stack ?? String(e.reason)}`);
  });
}

/**
 * Records the service worker's errors and requests (and those of extension frames) into
 * whatever `current()` returns: the sweep visits one page at a time, so that is the page open.
 */
export function watchServiceWorker(context: BrowserContext, extensionId: string, current: () => ExtensionActivity): void {
  const prefix = `chrome-extension://${extensionId}`;
  const watched = new WeakSet<Worker>();
  const watch = (worker: Worker) => {
    if (watched.has(worker) || !worker.url().startsWith(prefix)) return;
    watched.add(worker);
    worker.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = clip(`service worker: ${message.text()}`);
      if (message.text().startsWith('[sweep] uncaught')) current().errors.push(text);
      else current().consoleErrors.push(text);
    });
    worker.evaluate(reportUncaughtOnConsole).catch(() => {});
  };
  for (const worker of context.serviceWorkers()) watch(worker);
  context.on('serviceworker', watch);
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(`${prefix}/`)) return;
    let frameUrl = '';
    try {
      frameUrl = request.frame().url();
    } catch {
      // requests from a service worker have no frame
    }
    const worker = request.serviceWorker();
    if (worker?.url().startsWith(prefix)) current().requests.push(clip(`service worker: ${url}`));
    else if (frameUrl.startsWith(prefix)) current().requests.push(clip(`extension frame: ${url}`));
  });
}
