/**
 * `npm run smoke:firefox`: loads the Firefox build into a real headless Firefox (Debian's
 * firefox-esr) as a temporary add-on, opens the sample page and a page that needs compromise, and
 * checks that highlights are drawn, that a click on one opens its popover (screenshot written to
 * shots/firefox/), and that compromise answered from the background's frame.
 *
 * Playwright cannot drive a stock Firefox, so this speaks WebDriver BiDi, which Firefox serves
 * itself (`--remote-debugging-port`), with the `ws` client: `webExtension.install` loads the
 * unpacked build as a temporary add-on.
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { aptInstall } from './apt.ts';
import { PROJECT_ROOT, serveStatic } from './serve.ts';

const FIREFOX_BUILD = join(PROJECT_ROOT, '.output', 'firefox-mv2');
const EXTENSION_UUID = '3f1e7c52-9a4b-4d0e-8c61-5b2a7d9e0f14';
const PORT = Number(process.env.FIREFOX_BIDI_PORT ?? 9339);

function ensureFirefox(): string {
  for (const candidate of [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  if (aptInstall('firefox-esr', 'Firefox not found') && existsSync('/usr/bin/firefox-esr')) return '/usr/bin/firefox-esr';
  throw new Error('Firefox was not found: install firefox-esr (or set FIREFOX_PATH), then run this again.');
}

/** A minimal WebDriver BiDi client: commands by id, and nothing else. */
async function connect(url: string) {
  const socket = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { id?: number; type: string; result?: unknown; error?: string; message?: string };
    if (message.id === undefined) return;
    const waiter = pending.get(message.id);
    pending.delete(message.id);
    if (message.type === 'error') waiter?.reject(new Error(`${message.error}: ${message.message}`));
    else waiter?.resolve(message.result);
  });
  return {
    send<T>(method: string, params: Record<string, unknown>): Promise<T> {
      const id = nextId++;
      socket.send(JSON.stringify({ id, method, params }));
      return new Promise<T>((resolve, reject) => pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
    },
    close: () => socket.close(),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Asks `check` every `gapMs` until it is true (a thrown error counts as false), for `timeoutMs`. */
async function poll(check: () => Promise<boolean>, timeoutMs: number, gapMs = 100): Promise<boolean> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await sleep(gapMs)) {
    if (await check().catch(() => false)) return true;
  }
  return false;
}

async function waitForSocket(): Promise<string> {
  const url = `ws://127.0.0.1:${PORT}/session`;
  const open = await poll(async () => {
    (await connect(url)).close();
    return true;
  }, 30_000, 200);
  if (!open) throw new Error(`Firefox did not open its WebDriver BiDi port ${PORT}`);
  return url;
}

const firefox = ensureFirefox();
if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) {
  console.log('[firefox] building the Firefox extension…');
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
}
const profile = mkdtempSync(join(tmpdir(), 'assay-firefox-'));
// No first-run pages, no update checks, nothing fetched from outside.
writeFileSync(
  join(profile, 'user.js'),
  [
    'user_pref("browser.shell.checkDefaultBrowser", false);',
    'user_pref("app.update.enabled", false);',
    'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
    'user_pref("toolkit.telemetry.enabled", false);',
    'user_pref("network.captive-portal-service.enabled", false);',
    'user_pref("extensions.getAddons.cache.enabled", false);',
    'user_pref("browser.safebrowsing.update.enabled", false);',
    // A fixed internal UUID for Assay, so the test can open its pages (moz-extension://…).
    `user_pref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({ 'assay@assay.invalid': EXTENSION_UUID }))});`,
  ].join('\n'),
);
const server = await serveStatic(0);
const child = spawn(firefox, ['--headless', '--no-remote', '--profile', profile, `--remote-debugging-port=${PORT}`], { stdio: 'ignore' });
let failed = false;
try {
  const bidi = await connect(await waitForSocket());
  await bidi.send('session.new', { capabilities: {} });
  const installed = await bidi.send<{ extension: string }>('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_BUILD } });
  console.log(`[firefox] ${execFileSync(firefox, ['--version'], { encoding: 'utf8' }).trim()}; Assay installed as ${installed.extension}`);
  const tree = await bidi.send<{ contexts: { context: string }[] }>('browsingContext.getTree', {});
  const context = tree.contexts[0].context;
  const evaluateIn = async <T>(where: string, expression: string): Promise<T> => {
    const answer = await bidi.send<{ type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } }>('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context: where },
      awaitPromise: true,
    });
    if (answer.type !== 'success') throw new Error(`evaluation failed: ${answer.exceptionDetails?.text}`);
    return JSON.parse(String(answer.result?.value)) as T;
  };
  const evaluate = <T>(expression: string) => evaluateIn<T>(context, expression);
  // A tab with one of Assay's own pages, from which the test asks the content script how far it
  // got (tab.status), as the popup would: the page's own timeline holds nothing of Assay's.
  // Newer Firefox refuses a WebDriver navigation to an extension page, so the tab goes there the
  // way a web page may: to the web-accessible notes page, and from there to the options page.
  const control = (await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab', background: true })).context;
  await bidi.send('browsingContext.navigate', { context: control, url: server.url('blank.html'), wait: 'complete' });
  for (const page of ['notes.html', 'options.html']) {
    const url = `moz-extension://${EXTENSION_UUID}/${page}`;
    await evaluateIn(control, `(location.href = ${JSON.stringify(url)}, null)`).catch(() => null);
    if (!(await poll(async () => (await evaluateIn<string>(control, 'location.href')) === url, 10_000))) throw new Error(`could not open ${url}`);
  }
  const status = () =>
    evaluateIn<{ state: string; mentions: number; nlp: boolean } | null>(
      control,
      `browser.tabs.query({}).then((tabs) => Promise.all(tabs.map((t) => browser.tabs.sendMessage(t.id, { channel: 'assay', name: 'tab.status', payload: {} }).catch(() => null)))).then((answers) => answers.find((a) => a && a.ok)?.value ?? null)`,
    );

  const check = async (path: string, expectNlp: boolean, mustHighlight: string[]) => {
    await bidi.send('browsingContext.navigate', { context, url: server.url(path), wait: 'complete' });
    const settled = await poll(async () => (await status())?.state === 'settled', 10_000);
    if (!settled) throw new Error(`${path}: Assay never finished (tab.status: ${JSON.stringify(await status())})`);
    const detail = (await status())!;
    const texts = await evaluate<Record<string, string[]>>(
      `Object.fromEntries(['mineral', 'country', 'deal'].map((t) => [t, [...([...CSS.highlights].find(([name]) => name.startsWith('hl-' + t[0] + '-'))?.[1] ?? [])].map((r) => r.toString())]))`,
    );
    const counts = Object.entries(texts).map(([type, list]) => `${type} ${list.length}`).join(', ');
    const all = Object.values(texts).flat();
    const missing = mustHighlight.filter((word) => !all.includes(word));
    const ok = detail.mentions > 0 && detail.nlp === expectNlp && missing.length === 0;
    console.log(`[firefox] ${ok ? 'ok  ' : 'FAIL'} ${path}: ${detail.mentions} mentions (${counts}); compromise asked: ${detail.nlp}${missing.length ? `; not highlighted: ${missing.join(', ')}` : ''}`);
    if (!ok) failed = true;
  };
  await check('sample/index.html', false, ['tungsten', 'Kazakhstan']);

  // Click the first mineral highlight: its popover must open (its host is the one element Assay
  // adds to a page).
  const box = await evaluate<{ x: number; y: number } | null>(
    `(() => { const r = [...([...CSS.highlights].find(([name]) => name.startsWith('hl-m-'))?.[1] ?? [])][0]; if (!r) return null; const b = r.getClientRects()[0]; return { x: Math.round(b.left + b.width / 2), y: Math.round(b.top + b.height / 2) }; })()`,
  );
  if (!box) throw new Error('no mineral highlight to click');
  await bidi.send('input.performActions', {
    context,
    actions: [{ type: 'pointer', id: 'mouse', actions: [{ type: 'pointerMove', x: box.x, y: box.y }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }] }],
  });
  const opened = await poll(() => evaluate<boolean>(`document.querySelector('assay-popover') !== null`), 5_000);
  await sleep(500); // the card's facts arrive from the background
  const shot = await bidi.send<{ data: string }>('browsingContext.captureScreenshot', { context });
  const shotDir = join(PROJECT_ROOT, 'shots', 'firefox');
  mkdirSync(shotDir, { recursive: true });
  writeFileSync(join(shotDir, 'popover-mineral.png'), Buffer.from(shot.data, 'base64'));
  console.log(`[firefox] ${opened ? 'ok  ' : 'FAIL'} a click on a mineral highlight ${opened ? 'opened' : 'did not open'} its popover (shots/firefox/popover-mineral.png)`);
  if (!opened) failed = true;

  await check('nlp.html', true, ['Lead', 'phosphate']);
  bidi.close();
} catch (error) {
  console.error(`[firefox] ${(error as Error).message}`);
  failed = true;
} finally {
  child.kill();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
