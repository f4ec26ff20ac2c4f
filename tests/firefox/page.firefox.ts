/**
 * Assay on pages, in real headless Firefox: highlights drawn on the sample page without touching
 * its DOM, popovers opened by a click and by the keyboard commands, and notes that are kept after
 * a reload and follow an entity to another page.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ID, FIREFOX_BUILD } from '../../scripts/firefox.ts';
import { PROJECT_ROOT } from '../../scripts/serve.ts';
import { startFirefox, type FirefoxHarness } from './harness.ts';
import { clickHighlight, clickPopoverButton, highlighted, notesPanel, openRead, popoverText, waitForAssay } from './page-helpers.ts';
import { KEY, Tab } from './tab.ts';

const SHOTS = join(PROJECT_ROOT, 'shots', 'firefox');

/** Grants an add-on Firefox's private-windows permission and reloads it, as about:addons does. */
const ALLOW_IN_PRIVATE_WINDOWS = `
  const [id] = arguments;
  const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
  const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
  return ExtensionPermissions.add(id, { permissions: ['internal:privateBrowsingAllowed'], origins: [] })
    .then(() => AddonManager.getAddonByID(id))
    .then((addon) => addon.reload());
`;
mkdirSync(SHOTS, { recursive: true });

describe('Assay on a page, in Firefox', () => {
  let h: FirefoxHarness;
  beforeAll(async () => {
    h = await startFirefox();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('highlights minerals, countries and deals on the sample page, and skips what it must', async () => {
    const tab = await h.open('sample/index.html');
    const ready = await waitForAssay(h, tab);
    expect(ready.mentions).toBeGreaterThan(100);
    expect(ready.nlp).toBe(false);
    expect(await highlighted(tab, 'mineral')).toEqual(expect.arrayContaining(['tungsten', 'samarium', 'gallium', 'rare earths', '稀土', '钨']));
    const countries = await highlighted(tab, 'country');
    expect(countries).toEqual(expect.arrayContaining(['Kazakhstan', 'China', 'United States', 'Kazakh', '哈萨克斯坦']));
    expect(countries).not.toContain('Georgia');
    expect((await highlighted(tab, 'deal')).some((d) => d.includes('$8.5 billion'))).toBe(true);
    const skipped = await tab.evaluate(() => {
      const all = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights].filter(([name]) => /^hl-[mcd]-/.test(name)).flatMap(([, h]) => [...h]);
      return all.filter((r) => (r.startContainer.parentElement as Element).closest('script,noscript,template,textarea,input')).length;
    });
    expect(skipped).toBe(0);
    // The highlight styles are the manifest's CSS: painted, with no style sheet added to the page.
    const painted = await tab.evaluate(() => {
      const [name, ranges] = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights].find(([n, h]) => n.startsWith('hl-m-') && h.size > 0)!;
      return getComputedStyle([...ranges][0]!.startContainer.parentElement!, `::highlight(${name})`).backgroundColor;
    });
    expect(painted).not.toMatch(/^(rgba\(0, 0, 0, 0\)|transparent)$/);
    expect(await tab.evaluate(() => document.adoptedStyleSheets.length + document.styleSheets.length)).toBe(
      await tab.evaluate(() => document.querySelectorAll('style, link[rel=stylesheet]').length),
    );
    writeFileSync(join(SHOTS, 'highlights.png'), await tab.screenshot());
    await h.assertClean();
  });

  it('tints a mention for the ground it sits on: light text in a dark bar gets the dark tint', async () => {
    const tab = await openRead(h, 'grounds.html');
    const toneOf = () =>
      tab.evaluate(() => {
        const out: string[] = [];
        for (const [name, set] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
          if (!name.startsWith('hl-c-')) continue;
          for (const r of set) out.push(`${(r.startContainer.parentElement as Element).closest('[id]')!.id} ${r.toString()} ${name.slice(-1)}`);
        }
        return out.sort();
      });
    await expect.poll(toneOf, { timeout: 10_000 }).toEqual(['bar China d', 'bar Japan d', 'body China l', 'body Japan l', 'callout Chile d', 'muted Australia l']);
    await h.assertClean();
  });

  it('opens the right popover for a mineral, a country and a deal on a click', async () => {
    const tab = await openRead(h, 'sample/index.html');
    await clickHighlight(tab, 'mineral', 'tungsten');
    await expect.poll(() => popoverText(tab)).toContain('Mine production, 2025 (estimated)');
    const mineral = await popoverText(tab);
    expect(mineral).toContain('钨');
    expect(mineral).toContain("China's share of world mine production, 2025 (estimated)");
    expect(mineral).toContain('pubs.usgs.gov');
    expect(mineral).toMatch(/1 of \d+ mentions on this page/);
    writeFileSync(join(SHOTS, 'popover-mineral.png'), await tab.screenshot());

    await tab.press(KEY.Escape);
    await expect.poll(() => popoverText(tab)).toBe('');

    await clickHighlight(tab, 'country', 'Kazakhstan');
    await expect.poll(() => popoverText(tab)).toContain('What it produces');
    expect(await popoverText(tab)).toContain('哈萨克斯坦');
    expect(await popoverText(tab)).toMatch(/tungsten mine production 3rd/);
    await tab.press(KEY.Escape);

    const deal = (await highlighted(tab, 'deal')).find((d) => d.includes('$8.5 billion'))!;
    await clickHighlight(tab, 'deal', deal);
    await expect.poll(() => popoverText(tab)).toContain('Framework');

    // The popover's own buttons step through the mentions.
    await tab.press(KEY.Escape);
    await clickHighlight(tab, 'mineral', 'tungsten');
    await expect.poll(() => popoverText(tab)).toMatch(/1 of \d+ mentions/);
    await clickPopoverButton(tab, 'Next mention');
    await expect.poll(() => popoverText(tab)).toMatch(/2 of \d+ mentions/);
    expect(await highlighted(tab, 'current')).toEqual(['tungsten']);
    await clickPopoverButton(tab, 'Previous mention');
    await expect.poll(() => popoverText(tab)).toMatch(/1 of \d+ mentions/);
    await tab.press(KEY.Escape);
    await expect.poll(() => popoverText(tab)).toBe('');
    await h.assertClean();
  });

  it('moves through mentions and opens the popover with the keyboard commands (Alt+Shift+. , M)', async () => {
    const tab = await openRead(h, 'sample/index.html');
    // Mentions in page order, to know what "next" must reach.
    const inOrder = await tab.evaluate(() =>
      [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights]
        .filter(([name]) => /^hl-[mcd]-/.test(name))
        .flatMap(([, h]) => [...h])
        .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
        .map((r) => r.toString()),
    );
    const current = () => highlighted(tab, 'current');
    expect(await current()).toEqual([]);
    await h.pressShortcut(tab, 'Period');
    await expect.poll(current).toEqual([inOrder[0]]);
    await h.pressShortcut(tab, 'Period');
    await expect.poll(current).toEqual([inOrder[1]]);
    await h.pressShortcut(tab, 'Comma');
    await expect.poll(current).toEqual([inOrder[0]]);
    await h.pressShortcut(tab, 'M');
    await expect.poll(() => popoverText(tab)).toMatch(/1 of \d+ mentions on this page/);
    expect(await popoverText(tab)).toContain(inOrder[0]!.replace(/^\w/, (c) => c.toUpperCase()));
    await tab.press(KEY.Escape);
    await expect.poll(() => popoverText(tab)).toBe('');
    await h.assertClean();
  });

  it('keeps a note written in the popover, after a reload and on another page', async () => {
    const tab = await openRead(h, 'sample/index.html');
    await clickHighlight(tab, 'mineral', 'gallium');
    await expect.poll(() => popoverText(tab)).toContain('Gallium');
    const panel = await notesPanel(tab);
    const note = `Check Wagerup timing ${Date.now()} <b>bold?</b>`;
    await panel.addNote(note);
    await expect.poll(() => panel.notes()).toContain(note);

    await tab.reload();
    await waitForAssay(h, tab);
    await clickHighlight(tab, 'mineral', 'gallium');
    await expect.poll(async () => (await notesPanel(tab)).notes()).toContain(note);

    const other = await openRead(h, 'sample/second.html');
    await clickHighlight(other, 'mineral', 'gallium');
    const otherPanel = await notesPanel(other);
    await expect.poll(() => otherPanel.notes()).toContain(note);
    // HTML in a note is shown as text.
    expect(await otherPanel.frame.evaluate(() => document.querySelectorAll('.note-text b').length)).toBe(0);
    await h.assertClean();
  });

  it('highlights text a page adds after loading, and follows a single-page navigation', async () => {
    // Firefox 140 has no Navigation API: there Assay notices the new address by polling it.
    const tab = await openRead(h, 'sample/live.html');
    await expect.poll(() => highlighted(tab, 'country'), { timeout: 10_000 }).toContain('Indonesia');
    await tab.clickOn('#add-update');
    await expect.poll(() => highlighted(tab, 'mineral')).toContain('antimony');
    await tab.clickOn('#next-story');
    await expect.poll(() => highlighted(tab, 'mineral')).toContain('nickel');
    await expect.poll(() => highlighted(tab, 'country')).toContain('Philippines');
    const stale = await tab.evaluate(() =>
      [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights].filter(([name]) => /^hl-[mcd]-/.test(name)).flatMap(([, h]) => [...h]).filter((r) => !r.startContainer.isConnected).length,
    );
    expect(stale).toBe(0);
    await h.assertClean();
  });

  it('asks compromise, which runs in a frame of the background page, only when a rule is unsure', async () => {
    const tab = await h.open('nlp.html');
    const ready = await waitForAssay(h, tab);
    expect(ready.nlp).toBe(true);
    // "Lead prices" is settled by a rule; compromise decided the rest.
    expect(await highlighted(tab, 'mineral')).toEqual(expect.arrayContaining(['Lead', 'phosphate']));
    // compromise's code never ran in the page: no file of the extension was loaded there.
    expect(await tab.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.startsWith('moz-extension:')).length)).toBe(0);
    await h.assertClean();
  });

  it('stays out of private windows, as the manifest says, even when the reader allows it there', async () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8')) as { incognito?: string };
    expect(manifest.incognito).toBe('not_allowed');
    // What about:addons does when the reader switches on "Run in private windows": the add-on
    // gets the permission and restarts. The manifest's `incognito: not_allowed` must win.
    await h.ff.chrome(ALLOW_IN_PRIVATE_WINDOWS, [EXTENSION_ID]);
    const options = await h.openExtensionPage('options.html');
    expect(await options.evaluate(() => (globalThis as unknown as { browser: { extension: { isAllowedIncognitoAccess(): Promise<boolean> } } }).browser.extension.isAllowedIncognitoAccess())).toBe(false);

    // A page in a private window gets no highlights, while the same page in a normal window,
    // read again after it, does.
    const normal = await openRead(h, 'sample/index.html');
    const contexts = async () => (await h.ff.bidi.send<{ contexts: { context: string; url: string }[] }>('browsingContext.getTree', {})).contexts;
    const before = new Set((await contexts()).map((c) => c.context));
    expect(await h.ff.chrome<boolean>('window.__assayPrivate = OpenBrowserWindow({ private: true }); return PrivateBrowsingUtils.isWindowPrivate(window.__assayPrivate);')).toBe(true);
    let privateTab: Tab | undefined;
    await expect
      .poll(async () => {
        // Its own first page (about:privatebrowsing) must have loaded before the test navigates.
        const opened = (await contexts()).find((c) => !before.has(c.context) && c.url !== 'about:blank');
        privateTab = opened && new Tab(h.ff.bidi, opened.context);
        return privateTab ? privateTab.evaluate(() => document.readyState) : undefined;
      })
      .toBe('complete');
    await privateTab!.navigate(h.server.url('sample/index.html'));
    await normal.reload();
    await waitForAssay(h, normal);
    expect((await highlighted(normal, 'mineral')).length).toBeGreaterThan(10);
    expect(await privateTab!.evaluate(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()])).toEqual([]);
    await h.ff.chrome('window.__assayPrivate.close();');
    await h.assertClean();
  });
});
