/**
 * Starts a headless Firefox (Debian's firefox-esr, or FIREFOX_PATH) and speaks WebDriver BiDi to
 * it, which Firefox serves itself: Playwright cannot drive a stock Firefox. Used by the Firefox
 * e2e suite (tests/firefox). The profile keeps Firefox off the network and gives Assay a fixed
 * internal UUID, so tests know its moz-extension:// origin.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { aptInstall } from './apt.ts';
import { PROJECT_ROOT } from './serve.ts';

export const FIREFOX_BUILD = join(PROJECT_ROOT, '.output', 'firefox-mv2');
/** The add-on id the Firefox manifest declares (wxt.config.ts). */
export const EXTENSION_ID = 'assay@assay.invalid';
/** The internal UUID the test profile gives Assay: its pages are at moz-extension://<this>/. */
export const EXTENSION_UUID = '3f1e7c52-9a4b-4d0e-8c61-5b2a7d9e0f14';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/**
 * The Firefox to test: FIREFOX_PATH when set (it must exist), else the system's, installed with
 * apt when missing and we are root. Throws when there is none: a missing browser is a failure.
 */
export function ensureFirefox(): string {
  const chosen = process.env.FIREFOX_PATH;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`FIREFOX_PATH is ${chosen}, which does not exist`);
    return chosen;
  }
  const found = () => CANDIDATES.find((p) => existsSync(p));
  if (found()) return found()!;
  if (aptInstall('firefox-esr', 'Firefox not found') && found()) return found()!;
  throw new Error('Firefox was not found: install firefox-esr (sudo apt-get install -y firefox-esr) or set FIREFOX_PATH, then run this again.');
}

/** "Mozilla Firefox 140.12.0esr", as the binary says it. */
export function firefoxVersion(binary: string): string {
  return execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
}

interface BidiMessage {
  id?: number;
  type: string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: string;
  message?: string;
}

export interface Bidi {
  send<T = unknown>(method: string, params: Record<string, unknown>): Promise<T>;
  /** Calls `listener` with the params of every event named `method` (subscribe to it too). */
  on(method: string, listener: (params: unknown) => void): void;
  close(): void;
}

/** A minimal WebDriver BiDi client: commands by id, events by name. */
export async function connectBidi(url: string): Promise<Bidi> {
  const socket = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  let nextId = 1;
  const pending = new Map<number, { method: string; resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const listeners = new Map<string, ((params: unknown) => void)[]>();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as BidiMessage;
    if (message.type === 'event' && message.method) {
      for (const listener of listeners.get(message.method) ?? []) listener(message.params);
      return;
    }
    if (message.id === undefined) return;
    const waiter = pending.get(message.id);
    pending.delete(message.id);
    if (message.type === 'error') waiter?.reject(new Error(`${waiter.method}: ${message.error}: ${message.message}`));
    else waiter?.resolve(message.result);
  });
  socket.on('close', () => {
    for (const waiter of pending.values()) waiter.reject(new Error(`${waiter.method}: the connection to Firefox closed`));
    pending.clear();
  });
  return {
    send<T>(method: string, params: Record<string, unknown>): Promise<T> {
      const id = nextId++;
      socket.send(JSON.stringify({ id, method, params }));
      return new Promise<T>((resolve, reject) => pending.set(id, { method, resolve: resolve as (v: unknown) => void, reject }));
    },
    on(method, listener) {
      listeners.set(method, [...(listeners.get(method) ?? []), listener]);
    },
    close: () => socket.close(),
  };
}

/** Preferences for a quiet, offline test profile. */
function profilePrefs(downloadsDir: string): Record<string, string | number | boolean> {
  return {
    'browser.shell.checkDefaultBrowser': false,
    'app.update.enabled': false,
    'app.update.disabledForTesting': true,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.update.enabled': false,
    'browser.safebrowsing.update.enabled': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.aboutwelcome.enabled': false,
    // Offline: every address but 127.0.0.1 goes to a proxy port where nothing listens, so a
    // corpus page's outside images and scripts fail at once instead of waiting on DNS.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': 9,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': 9,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '127.0.0.1',
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.http.speculative-parallel-limit': 0,
    // A fixed internal UUID for Assay, so the tests can open its pages (moz-extension://…).
    'extensions.webextensions.uuids': JSON.stringify({ [EXTENSION_ID]: EXTENSION_UUID }),
    // Pages' and add-ons' console calls are also written to stdout, where the tests read the
    // extension's own (its background page and pages run in a process no protocol reaches).
    'devtools.console.stdout.content': true,
    // Downloads land in a folder of the test's, without a dialog or a downloads panel.
    'browser.download.folderList': 2,
    'browser.download.dir': downloadsDir,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.download.panel.shown': true,
  };
}

/**
 * A minimal Marionette client (Firefox's own remote protocol: `length:JSON` packets over TCP),
 * used for one thing BiDi cannot do on every Firefox the manifest admits: running a script in
 * the browser's own window (chrome scope), where the keyboard shortcuts of add-ons are handled.
 * Its session is also the one BiDi attaches to (`webSocketUrl`), as geckodriver does it.
 */
async function connectMarionette(port: number) {
  const socket = connect(port, '127.0.0.1');
  socket.setEncoding('utf8');
  let buffer = '';
  let nextId = 1;
  const pending = new Map<number, { name: string; resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let greeted: () => void = () => {};
  const greeting = new Promise<void>((resolve) => (greeted = resolve));
  socket.on('data', (chunk: string) => {
    buffer += chunk;
    for (;;) {
      const colon = buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(buffer.slice(0, colon));
      // Lengths count bytes; the buffer holds characters, so wait until enough bytes arrived.
      const body = Buffer.from(buffer.slice(colon + 1));
      if (body.length < length) return;
      const packet = JSON.parse(body.subarray(0, length).toString('utf8')) as unknown;
      buffer = body.subarray(length).toString('utf8');
      if (!Array.isArray(packet)) {
        greeted();
        continue;
      }
      const [, id, error, result] = packet as [number, number, { error: string; message: string } | null, unknown];
      const waiter = pending.get(id);
      pending.delete(id);
      if (error) waiter?.reject(new Error(`${waiter.name}: ${error.error}: ${error.message}`));
      else waiter?.resolve(result);
    }
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('error', reject);
  });
  await greeting;
  return {
    send<T>(name: string, params: Record<string, unknown>): Promise<T> {
      const id = nextId++;
      const text = JSON.stringify([0, id, name, params]);
      socket.write(`${Buffer.byteLength(text)}:${text}`);
      return new Promise<T>((resolve, reject) => pending.set(id, { name, resolve: resolve as (v: unknown) => void, reject }));
    },
    close: () => socket.destroy(),
  };
}

export interface LaunchedFirefox {
  binary: string;
  version: string;
  bidi: Bidi;
  /**
   * Runs `script` (a function body; `arguments` holds `args`) in the browser window's chrome
   * scope and answers what it returns. For the tests' keyboard shortcuts only.
   */
  chrome<T = unknown>(script: string, args?: unknown[]): Promise<T>;
  profile: string;
  /** Where the browser saves downloads. */
  downloadsDir: string;
  /** The lines Firefox has written to stdout so far (console calls of pages and add-ons among them). */
  stdout: string[];
  close(): Promise<void>;
}

/** Waits until `check` answers something, every 100 ms, for `timeoutMs`. */
async function waitFor<T>(what: string, timeoutMs: number, check: () => T | undefined): Promise<T> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    const value = check();
    if (value !== undefined) return value;
  }
  throw new Error(`Firefox: ${what} within ${timeoutMs / 1000} s`);
}

/**
 * Starts headless Firefox on a fresh profile with Marionette and BiDi on free ports (Firefox
 * picks them: the Marionette port goes to a file in the profile), opens a Marionette session
 * with BiDi attached, and connects to it. `--remote-allow-system-access` lets the Marionette
 * session run scripts in the browser window (`chrome`).
 */
export async function launchFirefox(): Promise<LaunchedFirefox> {
  const binary = ensureFirefox();
  const profile = mkdtempSync(join(tmpdir(), 'assay-firefox-'));
  const downloadsDir = join(profile, 'downloads');
  mkdirSync(downloadsDir);
  const prefs = { ...profilePrefs(downloadsDir), 'marionette.port': 0 };
  writeFileSync(join(profile, 'user.js'), Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join('\n'));
  const args = ['--headless', '--no-remote', '--profile', profile, '--marionette', '--remote-debugging-port=0', '--remote-allow-system-access'];
  const child: ChildProcess = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' } });
  const stdout: string[] = [];
  let partial = '';
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop()!;
    stdout.push(...lines);
  });
  let stderr = '';
  let exited = false;
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => (stderr += chunk));
  child.once('exit', () => (exited = true));
  const kill = () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const portFile = join(profile, 'MarionetteActivePort');
    const port = await waitFor('Marionette did not start', 60_000, () => {
      if (exited) throw new Error(`Firefox exited before it started Marionette:\n${stderr}`);
      return existsSync(portFile) && /WebDriver BiDi listening/.test(stderr) ? Number(readFileSync(portFile, 'utf8')) : undefined;
    });
    const marionette = await connectMarionette(port);
    const session = await marionette.send<{ capabilities: { webSocketUrl?: string } }>('WebDriver:NewSession', {
      webSocketUrl: true,
      unhandledPromptBehavior: 'ignore',
    });
    if (!session.capabilities.webSocketUrl) throw new Error('Firefox gave no WebDriver BiDi address for the session');
    const bidi = await connectBidi(session.capabilities.webSocketUrl);
    await marionette.send('Marionette:SetContext', { value: 'chrome' });
    const chrome = async <T>(script: string, scriptArgs: unknown[] = []) =>
      (await marionette.send<{ value: T }>('WebDriver:ExecuteScript', { script, args: scriptArgs })).value;
    const close = async () => {
      bidi.close();
      await marionette.send('Marionette:Quit', {}).catch(() => undefined);
      marionette.close();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      if (!exited) await new Promise((resolve) => child.once('exit', resolve));
      clearTimeout(timer);
      rmSync(profile, { recursive: true, force: true });
    };
    return { binary, version: firefoxVersion(binary), bidi, chrome, profile, downloadsDir, stdout, close };
  } catch (error) {
    kill();
    throw error;
  }
}

// `tsx scripts/firefox.ts` prints the Firefox the tests use (installing it if it can).
if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(ensureFirefox());
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
