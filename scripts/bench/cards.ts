/**
 * Card benchmark, in real headless Chromium with the built extension: how long a popover with the
 * largest card takes to open after the click, against the card of the commit before the
 * MCS 2026 cards (BASELINE_COMMIT), built from that commit's own source and measured in the same
 * browser session, one open of each in turn.
 *
 * One open: a fresh load of a page that mentions the entity (so no card is cached in the content
 * script), once the page has settled, then a real mouse click on the mention. From the content script's own (isolated) world,
 * reached through the DevTools protocol, a listener notes the click's time stamp and a mutation
 * observer on the popover's closed shadow root (chrome.dom.openOrClosedShadowRoot) notes when the
 * card is in the DOM; the next animation frame is when it can first be painted.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { CHROME_MARKS_BUILD, launchWithExtension, type LaunchedExtension } from '../browser.ts';
import { PROJECT_ROOT, serveStatic } from '../serve.ts';
import { loadDataset } from '../../lib/dataset/load.ts';
import { stopWorker } from './storage.ts';
import { median, percentile, type BenchRow } from './table.ts';

/** The last commit before the MCS 2026 cards: "today's card" of the issue. */
export const BASELINE_COMMIT = 'a5a8a10';
const OPENS = 40;
const COLD_STARTS = 7;
const TARGET_MS = 50;

/**
 * Today's extension in its timing-marks build (`ASSAY_MARKS=1`): a click is timed once the page's
 * `assay:settled` mark is there, and the production build puts no marks on a page. The baseline
 * commit still put them there in its production build.
 */
function ensureCurrentBuild(): string | undefined {
  if (existsSync(join(CHROME_MARKS_BUILD, 'manifest.json'))) return undefined;
  execFileSync('npx', ['wxt', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit', env: { ...process.env, ASSAY_MARKS: '1' } });
  return 'built for this run';
}

/** The baseline extension, built once from the commit's own files (git archive), with this checkout's node_modules. */
function baselineBuild(): string {
  const dir = join(PROJECT_ROOT, '.cache', 'bench-baseline', BASELINE_COMMIT);
  const output = join(dir, '.output', 'chrome-mv3');
  if (existsSync(join(output, 'manifest.json'))) return output;
  console.log(`[bench] building the baseline extension from commit ${BASELINE_COMMIT}…`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const archive = join(mkdtempSync(join(tmpdir(), 'assay-baseline-')), 'src.tar');
  execFileSync('git', ['archive', '--format=tar', '-o', archive, BASELINE_COMMIT], { cwd: PROJECT_ROOT });
  execFileSync('tar', ['-xf', archive, '-C', dir]);
  rmSync(archive);
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'));
  execFileSync('npx', ['wxt', 'build'], { cwd: dir, stdio: 'ignore' });
  return output;
}

/** Asks the extension's background for a card, as the content script does. */
function cardSizes(ext: LaunchedExtension, page: Page, ids: string[]): Promise<Record<string, number>> {
  return page.evaluate(async (list) => {
    const sizes: Record<string, number> = {};
    for (const id of list) {
      const answer = await chrome.runtime.sendMessage({ channel: 'assay', name: 'facts.get', payload: { id } });
      if (answer?.ok) sizes[id] = JSON.stringify(answer.value).length;
    }
    return sizes;
  }, ids);
}

/** A page whose sentence gives the entity's name its mineral or country reading. */
function benchPage(dir: string, file: string, name: string, type: 'mineral' | 'country'): void {
  const sentence =
    type === 'country'
      ? `The government of ${name} said on Monday that the country's mining output rose this year.`
      : `Mine output of ${name} rose this year, and ${name} prices climbed with it.`;
  writeFileSync(join(dir, file), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Card bench</title></head><body><article><p>${sentence}</p></article></body></html>`);
}

/** Runs in the content script's world: resolves with the click's time and when the card was in the DOM and on the next frame. */
const PROBE = `(() => new Promise((resolve) => {
  let clickAt = 0;
  let shownAt = 0;
  document.addEventListener('pointerdown', (e) => { clickAt = e.timeStamp; }, { capture: true, once: true });
  const done = () => {
    const inDom = performance.now();
    requestAnimationFrame(() => resolve({ clickAt, shownAt, inDom, frame: performance.now() }));
  };
  const watchRoot = (root) => {
    if (root.querySelector('.card')) return done();
    const mo = new MutationObserver(() => {
      if (!shownAt && root.querySelector('.popover')) shownAt = performance.now();
      if (root.querySelector('.card')) { mo.disconnect(); done(); }
    });
    mo.observe(root, { childList: true, subtree: true });
  };
  const find = () => {
    const host = document.querySelector('assay-popover');
    const root = host && chrome.dom.openOrClosedShadowRoot(host);
    if (root) { watchRoot(root); return true; }
    return false;
  };
  if (!find()) {
    const mo = new MutationObserver(() => { if (find()) mo.disconnect(); });
    mo.observe(document.documentElement, { childList: true, subtree: true });
  }
}))()`;

interface Open {
  /** Click → the popover frame (title, "Loading facts…") in the DOM. */
  shownMs: number;
  inDomMs: number;
  frameMs: number;
}

class ContentWorld {
  private contexts = new Map<string, number>();

  private constructor(private readonly cdp: CDPSession) {}

  static async attach(page: Page, extensionId: string): Promise<ContentWorld> {
    const cdp = await page.context().newCDPSession(page);
    const world = new ContentWorld(cdp);
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.origin === `chrome-extension://${extensionId}` && context.auxData?.type === 'isolated') world.contexts.set(context.auxData.frameId, context.id);
    });
    await cdp.send('Runtime.enable');
    return world;
  }

  async probe(frameId: string): Promise<{ clickAt: number; shownAt: number; inDom: number; frame: number }> {
    const deadline = Date.now() + 10_000;
    while (!this.contexts.has(frameId)) {
      if (Date.now() > deadline) throw new Error('the content script did not start');
      await new Promise((r) => setTimeout(r, 20));
    }
    const { result, exceptionDetails } = await this.cdp.send('Runtime.evaluate', { expression: PROBE, contextId: this.contexts.get(frameId)!, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(`probe failed: ${exceptionDetails.text}`);
    return result.value;
  }

  forget(): void {
    this.contexts.clear();
  }
}

async function mainFrameId(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  await cdp.detach();
  return frameTree.frame.id;
}

async function clickMention(page: Page, type: string, name: string): Promise<void> {
  const point = await page.evaluate(
    ([t, wanted]) => {
      // The baseline names its highlights `assay-mineral`; today's build neutral names by palette colour (`hl-m-…`).
      const all = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const h = all.get(`assay-${t}`) ?? [...all].filter(([n]) => n.startsWith(`hl-${t[0]}-`)).flatMap(([, set]) => [...set]);
      const range = [...(h ?? [])].find((r) => r.toString().toLowerCase() === wanted.toLowerCase());
      const rect = range?.getClientRects()[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    },
    [type, name] as const,
  );
  if (!point) throw new Error(`no ${type} highlight reads "${name}"`);
  await page.mouse.click(point.x, point.y);
}

/** A card asked of a stopped worker: its start (which loads the dataset) and the answer. */
async function coldAnswers(s: Subject, times: number): Promise<number[]> {
  const page = await s.ext.context.newPage();
  await page.goto(`chrome-extension://${s.ext.extensionId}/popup.html`);
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    await stopWorker(s.ext, page);
    out.push(
      await page.evaluate(async (id) => {
        const start = performance.now();
        const answer = await chrome.runtime.sendMessage({ channel: 'assay', name: 'facts.get', payload: { id } });
        if (!answer?.ok) throw new Error('facts.get failed');
        return performance.now() - start;
      }, s.id),
    );
  }
  await page.close();
  return out;
}

interface Subject {
  label: string;
  ext: LaunchedExtension;
  page: Page;
  world: ContentWorld;
  url: string;
  type: 'mineral' | 'country';
  name: string;
  id: string;
  bytes: number;
  opens: Open[];
}

async function openOnce(s: Subject): Promise<void> {
  s.world.forget();
  await s.page.goto(s.url);
  // A reader clicks once the page has settled: the scan and compromise's answers are done by then.
  await s.page.waitForFunction(() => performance.getEntriesByName('assay:settled').length > 0, null, { timeout: 20_000 });
  const probe = s.world.probe(await mainFrameId(s.page));
  // The probe is listening once its promise is pending in the page; a short pause lets the evaluate land first.
  await s.page.waitForTimeout(30);
  try {
    await clickMention(s.page, s.type, s.name);
  } catch (error) {
    probe.catch(() => undefined); // the next navigation ends the waiting probe; nothing is left to hear
    throw error;
  }
  const t = await probe;
  s.opens.push({ shownMs: t.shownAt - t.clickAt, inDomMs: t.inDom - t.clickAt, frameMs: t.frame - t.clickAt });
}

async function subject(label: string, extensionPath: string, server: Awaited<ReturnType<typeof serveStatic>>, pagesDir: string, ids: string[]): Promise<Subject> {
  const ext = await launchWithExtension({ headless: true, extensionPath });
  const work = await ext.context.newPage();
  await work.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  const sizes = await cardSizes(ext, work, ids);
  await work.close();
  const dataset = loadDataset();
  const ranked = Object.entries(sizes).sort((a, b) => b[1] - a[1]);
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const world = await ContentWorld.attach(page, ext.extensionId);
  // The largest card whose name the recognizer finds in a plain sentence.
  for (const [id, bytes] of ranked.slice(0, 10)) {
    const entity = dataset.mineral(id) ?? dataset.country(id);
    if (!entity) continue;
    const type = id.startsWith('mineral:') ? 'mineral' : 'country';
    const file = `${label}-${id.replace(/\W/g, '-')}.html`;
    benchPage(pagesDir, file, entity.names.en, type);
    const url = server.url(`cards-bench/${file}`);
    const s: Subject = { label, ext, page, world, url, type, name: entity.names.en, id, bytes, opens: [] };
    try {
      await openOnce(s); // warm-up: the first open of a browser session loads the popover's code paths
      s.opens = [];
      return s;
    } catch {
      // not highlighted in this sentence (an ambiguous name): try the next largest card
    }
  }
  throw new Error(`${label}: none of the ten largest cards could be opened`);
}

export async function cardsBench(): Promise<BenchRow[]> {
  const builtNote = ensureCurrentBuild();
  const baselinePath = baselineBuild();
  const pagesDir = mkdtempSync(join(tmpdir(), 'assay-cards-bench-'));
  const server = await serveStatic(0, { '/cards-bench/': pagesDir });
  const dataset = loadDataset();
  const ids = [...dataset.minerals.map((m) => m.id), ...dataset.countries.map((c) => c.id)];
  const subjects: Subject[] = [];
  const cold = new Map<Subject, number[]>();
  try {
    subjects.push(await subject('today', baselinePath, server, pagesDir, ids));
    subjects.push(await subject('new', CHROME_MARKS_BUILD, server, pagesDir, ids));
    // One open of each in turn, so both see the same machine load.
    for (let i = 0; i < OPENS; i++) for (const s of subjects) await openOnce(s);
    for (const s of subjects) cold.set(s, []);
    for (let i = 0; i < COLD_STARTS; i++) for (const s of subjects) cold.get(s)!.push(...(await coldAnswers(s, 1)));
  } finally {
    for (const s of subjects) await s.ext.close();
    await server.close();
    rmSync(pagesDir, { recursive: true, force: true });
  }
  const rows: BenchRow[] = [];
  for (const s of subjects) {
    const frame = s.opens.map((o) => o.frameMs);
    const inDom = s.opens.map((o) => o.inDomMs);
    const isNew = s.label === 'new';
    rows.push({
      group: isNew ? 'cards' : 'baseline',
      name: `${isNew ? 'largest card now' : `largest card at ${BASELINE_COMMIT}`}: ${s.id} (${(s.bytes / 1024).toFixed(1)} kB), click → next frame, p95 of ${s.opens.length}`,
      value: percentile(frame, 95),
      unit: 'ms',
      ...(isNew ? { target: `< ${TARGET_MS} ms`, ok: percentile(frame, 95) < TARGET_MS } : {}),
      note: `median ${median(frame).toFixed(1)} ms; popover frame in the DOM: median ${median(s.opens.map((o) => o.shownMs)).toFixed(1)} ms; card in the DOM: median ${median(inDom).toFixed(1)}, p95 ${percentile(inDom, 95).toFixed(1)} ms${isNew && builtNote ? `; ${builtNote}` : ''}`,
    });
  }
  for (const s of subjects) {
    const times = cold.get(s) ?? [];
    rows.push({
      group: s.label === 'new' ? 'cards' : 'baseline',
      name: `${s.label === 'new' ? 'now' : `at ${BASELINE_COMMIT}`}: card asked of a stopped service worker (start + dataset + answer), median of ${times.length}`,
      value: median(times),
      unit: 'ms',
      note: `p90 ${percentile(times, 90).toFixed(1)} ms; the background bundle holds the dataset`,
    });
  }
  rows.push({
    group: 'baseline',
    name: `how: ${BASELINE_COMMIT} built from its own source (git archive), same browser version, opens interleaved`,
    value: NaN,
    unit: '',
    note: 'each open is a fresh page load (no card cached) and a real mouse click',
  });
  return rows;
}
