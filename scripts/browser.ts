/**
 * Starts Chromium with the built extension loaded, for the demo, the e2e tests and the sweep.
 * The flags keep Chromium from reaching the network (the machine has none, and a test must
 * never depend on it): every host name but 127.0.0.1 resolves to nothing.
 */
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureChromium, ensureChromiumLocale } from './chromium.ts';
import { PROJECT_ROOT } from './serve.ts';

export const CHROME_BUILD = resolve(PROJECT_ROOT, '.output', 'chrome-mv3');
/**
 * The sweep's build (`ASSAY_MARKS=1 npx wxt build`): the same extension with performance marks
 * of its phases, which the production build never puts on a page (entrypoints/content/timing.ts).
 */
export const CHROME_MARKS_BUILD = resolve(PROJECT_ROOT, '.output', 'chrome-mv3-marks');

export const OFFLINE_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  userDataDir: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  extensionPath?: string;
  /** Reuse a profile (to test that data survives a browser restart). */
  userDataDir?: string;
  /** Launch without the extension (baselines). */
  withoutExtension?: boolean;
  viewport?: { width: number; height: number } | null;
  /**
   * The browser's UI language, as a BCP 47 tag ('zh-CN'): what `i18n.getUILanguage()` answers,
   * the language the manifest's `__MSG_…__` are read in, and Assay's language on `auto`.
   */
  lang?: string;
  /** More command-line flags. */
  args?: string[];
}

/**
 * Flags and environment for a UI language: Chromium on Linux takes its UI language from the
 * environment (LANGUAGE), `--lang` on the other systems; both are given.
 */
function languageLaunch(lang: string | undefined): { args: string[]; env?: Record<string, string> } {
  if (!lang) return { args: [] };
  ensureChromiumLocale(lang);
  const posix = lang.replace('-', '_');
  return { args: [`--lang=${lang}`], env: { ...(process.env as Record<string, string>), LANGUAGE: posix, LANG: `${posix}.UTF-8` } };
}

/**
 * The extension's service worker. It may start before or after we look, and on a busy machine
 * it can take a while, so poll as well as listen.
 */
async function findServiceWorker(context: BrowserContext): Promise<Worker> {
  const deadline = Date.now() + 45_000;
  const event = context.waitForEvent('serviceworker', { timeout: 45_000 }).catch(() => undefined);
  while (Date.now() < deadline) {
    const found = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (found) return found;
    const next = await Promise.race([event, new Promise<undefined>((resolve) => setTimeout(resolve, 250))]);
    if (next) return next;
  }
  throw new Error('the extension did not start its service worker within 45 s (is .output/chrome-mv3 built?)');
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<LaunchedExtension> {
  const extensionPath = options.extensionPath ?? CHROME_BUILD;
  const ownsDir = !options.userDataDir;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'assay-profile-'));
  const extensionFlags = options.withoutExtension
    ? []
    : [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`];
  const language = languageLaunch(options.lang);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: ensureChromium(),
    headless: options.headless ?? true,
    args: [...extensionFlags, ...OFFLINE_FLAGS, ...language.args, ...(options.args ?? [])],
    ...(language.env ? { env: language.env } : {}),
    viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
  });
  const close = async () => {
    await context.close().catch(() => {});
    if (ownsDir) rmSync(userDataDir, { recursive: true, force: true });
  };
  if (options.withoutExtension) {
    return { context, extensionId: '', serviceWorker: undefined as unknown as Worker, userDataDir, close };
  }
  const serviceWorker = await findServiceWorker(context);
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, extensionId, serviceWorker, userDataDir, close };
}
