/**
 * What every Firefox e2e file needs: headless Firefox over WebDriver BiDi with the built Firefox
 * extension installed as a temporary add-on, pages served on 127.0.0.1, a tab on one of Assay's
 * own pages from which the test asks the extension what it knows (as the popup would), and the
 * errors the extension's code raised, read from the browser's own console.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_ORIGIN, FIREFOX_BUILD, launchFirefox, type LaunchedFirefox } from '../../scripts/firefox.ts';
import { serveStatic, type StaticServer } from '../../scripts/serve.ts';
import { Tab } from './tab.ts';

export interface FirefoxHarness {
  ff: LaunchedFirefox;
  server: StaticServer;
  /** Installs the built extension (done by `startFirefox` unless told not to). */
  install(): Promise<void>;
  /** A new tab at a page of tests/pages (or `corpus/…`), loaded. */
  open(path: string): Promise<Tab>;
  /** A new tab at one of Assay's own pages. */
  openExtensionPage(name: 'popup.html' | 'options.html', query?: string): Promise<Tab>;
  /** Asks the background one request from an extension page, as the popup and options do. */
  ask<T = unknown>(name: string, payload?: unknown): Promise<{ ok: boolean; value?: T; error?: { code: string; message: string } }>;
  /** Asks the content script in `tab` a tab-protocol request; null when none answers. */
  askTab<T>(tab: Tab, name: string, payload?: unknown): Promise<T | null>;
  /** The extension's id for `tab`. */
  tabIdOf(tab: Tab): Promise<number>;
  /** Presses Alt+Shift+`key` as the reader would, in the browser window over the selected tab. */
  pressShortcut(tab: Tab, key: ShortcutKey): Promise<void>;
  /** Errors raised by the extension's code (content script, background, pages), since launch. */
  errors(): Promise<string[]>;
  assertClean(): Promise<void>;
  close(): Promise<void>;
}

/** The keys of Assay's commands (wxt.config.ts): M opens, Period goes to the next, Comma to the previous. */
export type ShortcutKey = 'M' | 'Period' | 'Comma';

const SHORTCUT_KEYS: Record<ShortcutKey, { key: string; code: string; keyCode: number }> = {
  M: { key: 'M', code: 'KeyM', keyCode: 77 },
  // With Shift held, a US keyboard's Period key gives '>' and Comma '<'.
  Period: { key: '>', code: 'Period', keyCode: 190 },
  Comma: { key: '<', code: 'Comma', keyCode: 188 },
};

/**
 * Synthesizes Alt+Shift+<key> in the browser window, with the selected tab's browser focused:
 * the key goes to the page first and, when the page does not take it, back to the browser, whose
 * key set holds the add-ons' shortcuts. This is the path of a real key press; BiDi's own key
 * actions are dispatched inside the page, where no add-on shortcut is ever seen.
 */
const PRESS_SHORTCUT = `
  const [key, code, keyCode] = arguments;
  gBrowser.selectedBrowser.focus();
  const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
  if (!tip.beginInputTransactionForTests(window)) throw new Error('no keyboard input transaction');
  const modifiers = [new KeyboardEvent('', { key: 'Alt', code: 'AltLeft', keyCode: 18 }), new KeyboardEvent('', { key: 'Shift', code: 'ShiftLeft', keyCode: 16 })];
  for (const m of modifiers) tip.keydown(m);
  const press = new KeyboardEvent('', { key, code, keyCode });
  tip.keydown(press);
  tip.keyup(press);
  for (const m of modifiers.reverse()) tip.keyup(m);
`;

/**
 * Uncaught errors of the extension's code, from the browser's console service, which every process
 * reports to (nsIScriptError with the error flag, from the extension's files). One message is
 * Firefox's own and no error of Assay's: when a page goes away (a reload, a navigation, a closed
 * popover's notes frame) while one of its extension requests is still out, Firefox reports the
 * answer it can no longer deliver ("Promise rejected after context unloaded").
 */
const READ_UNCAUGHT = `
  const [origin] = arguments;
  const ours = (text) => typeof text === 'string' && (text.startsWith(origin) || text.includes('[assay]'));
  return Services.console.getMessageArray()
    .filter((m) => m instanceof Ci.nsIScriptError && (m.flags & Ci.nsIScriptError.warningFlag) === 0 && (m.flags & Ci.nsIScriptError.infoFlag) === 0)
    .filter((m) => !/^Promise (rejected|resolved) after context unloaded/.test(m.errorMessage))
    .filter((m) => ours(m.sourceName) || ours(m.errorMessage))
    .map((m) => m.sourceName + ':' + m.lineNumber + ': ' + m.errorMessage);
`;

interface LogEntry {
  level: string;
  text: string | null;
  stackTrace?: { callFrames: { url: string; lineNumber: number }[] };
}

/** Waits until `check` is true (a thrown error counts as false). */
export async function until(what: string, check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    if (await check().catch(() => false)) return;
  }
  throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
}

export async function startFirefox(options: { install?: boolean } = {}): Promise<FirefoxHarness> {
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) throw new Error(`no Firefox build at ${FIREFOX_BUILD}: run \`npx wxt build -b firefox\` first`);
  const server = await serveStatic();
  const ff = await launchFirefox().catch(async (error) => {
    await server.close();
    throw error;
  });
  const { bidi } = ff;
  let control: Tab | undefined;
  const tabIds = new Map<string, number>();

  const newTab = async (): Promise<Tab> => {
    const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab', background: true });
    return new Tab(bidi, context);
  };

  /**
   * A tab at one of Assay's pages. Newer Firefox refuses a WebDriver navigation to an extension
   * page, so the tab goes there as a web page may: to the web-accessible notes page, and from
   * there (now in the extension's origin) to the page wanted.
   */
  const openExtensionPage = async (name: string, query = ''): Promise<Tab> => {
    const tab = await newTab();
    await tab.navigate(server.url('blank.html'));
    for (const url of [`${EXTENSION_ORIGIN}/notes.html`, `${EXTENSION_ORIGIN}/${name}${query}`]) {
      await tab.evaluate((to: string) => void (location.href = to), url).catch(() => undefined);
      await until(`${url} to load`, async () => (await tab.evaluate(() => [location.href, document.readyState])).join(' ') === `${url} complete`);
    }
    return tab;
  };

  /** The tab the harness asks the extension from, opened again if a reload of Assay closed it. */
  const controlTab = async (): Promise<Tab> => {
    const alive = control && (await control.evaluate(() => location.origin).then((origin) => origin === EXTENSION_ORIGIN, () => false));
    if (!alive) control = await openExtensionPage('options.html');
    return control!;
  };

  // console.error calls: in web pages (content scripts among them) BiDi reports them with the
  // script that made them; Assay's pages and background page are in a process BiDi does not
  // watch, and their calls reach the tests through Firefox's stdout, where Assay's carry [assay].
  const logged: string[] = [];
  bidi.on('log.entryAdded', (params) => {
    const entry = params as LogEntry;
    const frame = entry.stackTrace?.callFrames[0];
    if (entry.level === 'error' && (frame?.url.startsWith(EXTENSION_ORIGIN) || entry.text?.includes('[assay]'))) logged.push(`${frame?.url}:${frame?.lineNumber}: console.error: ${entry.text}`);
  });
  await bidi.send('session.subscribe', { events: ['log.entryAdded'] });
  const consoleErrors = () => [...new Set([...logged, ...ff.stdout.filter((line) => line.startsWith('console.error:') && line.includes('[assay]'))])];

  const harness: FirefoxHarness = {
    ff,
    server,
    async install() {
      await bidi.send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_BUILD } });
    },
    async open(path) {
      const tab = await newTab();
      await tab.navigate(path.startsWith('http') ? path : server.url(path));
      return tab;
    },
    openExtensionPage,
    async ask(name, payload = {}) {
      const tab = await controlTab();
      return tab.evaluate(
        (n: string, p: unknown) => (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<never> } } }).browser.runtime.sendMessage({ channel: 'assay', name: n, payload: p }),
        name,
        payload,
      );
    },
    async tabIdOf(tab) {
      const known = tabIds.get(tab.top);
      if (known !== undefined) return known;
      const ask = await controlTab();
      await tab.activate();
      const id = await ask.evaluate(async () => {
        const api = (globalThis as unknown as { browser: { tabs: { query(q: unknown): Promise<{ id?: number }[]> } } }).browser;
        return (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
      });
      if (id === undefined) throw new Error('no active tab');
      tabIds.set(tab.top, id);
      return id;
    },
    async askTab<T>(tab: Tab, name: string, payload: unknown = {}) {
      const tabId = await harness.tabIdOf(tab);
      const ask = await controlTab();
      const answer = await ask.evaluate(
        (id: number, n: string, p: unknown) =>
          (globalThis as unknown as { browser: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }).browser.tabs
            .sendMessage(id, { channel: 'assay', name: n, payload: p })
            .catch(() => null),
        tabId,
        name,
        payload,
      );
      const result = answer as { ok?: boolean; value?: T } | null;
      return result?.ok ? (result.value as T) : null;
    },
    async pressShortcut(tab, key) {
      await tab.activate();
      const { key: k, code, keyCode } = SHORTCUT_KEYS[key];
      await ff.chrome(PRESS_SHORTCUT, [k, code, keyCode]);
    },
    errors: async () => [...(await ff.chrome<string[]>(READ_UNCAUGHT, [EXTENSION_ORIGIN])), ...consoleErrors()],
    async assertClean() {
      const errors = await harness.errors();
      if (errors.length) throw new Error(`the extension raised errors:\n${errors.join('\n')}`);
    },
    async close() {
      await ff.close();
      await server.close();
    },
  };
  if (options.install !== false) await harness.install();
  return harness;
}
