/**
 * The dossier and the side panel in real Chromium: clippings saved on two pages come together in
 * the dossier of an entity they share, newest first, and "open at the quote" takes the reader to
 * the passage; the popover's notes panel counts the clippings and links to the dossier; the side
 * panel lists the page's mentions, scrolls to one on click, and follows a tab switch.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/serve.ts';
import { startHarness, tabIdOf, type Harness } from './harness.ts';
import { clickHighlight, highlighted, liveNotesFrames, notesFrame, popoverText, waitForAssay } from './page-helpers.ts';
import { openPopup, saveDraft, selectPhrase } from './popup-helpers.ts';

const SHOTS = join(PROJECT_ROOT, 'shots', 'dossier');
mkdirSync(SHOTS, { recursive: true });

const FIRST = 'gallium and germanium exports began to require licences in August 2023';
const SECOND = 'Few people outside the chip industry could say what gallium is for';

async function clip(h: Harness, path: string, phrase: string, note: string): Promise<Page> {
  const page = await h.open(path);
  await waitForAssay(page);
  await selectPhrase(page, phrase);
  const popup = await openPopup(h, page);
  await saveDraft(popup, { note });
  await popup.close();
  return page;
}

/** Whether the text is inside the viewport of `page` (the page scrolled to it). */
function inView(page: Page, text: string): Promise<boolean> {
  return page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const rect = range.getBoundingClientRect();
      return rect.top >= 0 && rect.bottom <= window.innerHeight;
    }
    return false;
  }, text);
}

/**
 * The page and the panel in one picture, as a reader sees them with the side panel open (headless
 * Chromium draws no browser window around a side panel, so the two are put side by side).
 */
async function sideBySide(h: Harness, page: Page, panel: Page, file: string): Promise<void> {
  const [left, right] = await Promise.all([page.screenshot(), panel.screenshot()]);
  const canvas = await h.context.newPage();
  await canvas.setViewportSize({ width: 1280 + 400 + 1, height: 900 });
  await canvas.setContent(
    `<body style="margin:0;display:flex;background:#d1d5db"><img src="data:image/png;base64,${left.toString('base64')}" width="1280"><img style="border-left:1px solid #9ca3af" src="data:image/png;base64,${right.toString('base64')}" width="400"></body>`,
  );
  await canvas.screenshot({ path: file });
  await canvas.close();
}

describe('the dossier and the side panel', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('brings clippings from two pages together in the dossier, newest first, and opens a page at its quote', async () => {
    await clip(h, 'sample/index.html', FIRST, 'licences since 2023');
    await clip(h, 'sample/second.html', SECOND, 'what it is for');

    const dossier = await h.openExtensionPage('dossier.html', '#mineral:gallium');
    await dossier.setViewportSize({ width: 1280, height: 1000 });
    await expect.poll(() => dossier.locator('.dossier-quote').allTextContents()).toEqual([SECOND, FIRST]);
    expect(await dossier.locator('.dossier-title').textContent()).toContain('Gallium');
    expect(await dossier.locator('.dossier-h2').first().textContent()).toContain('Deals and export controls');
    expect(await dossier.locator('.timeline-mark').count()).toBeGreaterThan(0);
    // Often clipped with: the other entities of those two clippings, each a way to its own dossier.
    await expect.poll(() => dossier.locator('.dossier-mine .chips .chip-label').allTextContents()).toEqual(['germanium']);
    await dossier.screenshot({ path: join(SHOTS, 'dossier-gallium.png'), fullPage: true });

    // Open the older clipping at its quote: its page opens scrolled to the passage.
    const opening = h.context.waitForEvent('page');
    await dossier.locator('.dossier-clip').nth(1).getByRole('button', { name: 'Open at the quote' }).click();
    const opened = await opening;
    await opened.waitForLoadState('load');
    expect(opened.url()).toContain('sample/index.html#:~:text=');
    await expect.poll(() => inView(opened, 'began to require licences')).toBe(true);
    await opened.close();

    // A chip of "often clipped with" shows that entity's dossier.
    await dossier.locator('.dossier-mine .chips button', { hasText: 'germanium' }).click();
    await expect.poll(() => dossier.url()).toContain('#mineral%3Agermanium');
    await expect.poll(() => dossier.locator('.dossier-title').textContent()).toContain('Germanium');
    await expect.poll(() => dossier.locator('.dossier-quote').allTextContents()).toEqual([FIRST]);
    await dossier.close();
    h.assertClean();
  });

  it('says in the popover how many clippings mention the entity, and leads to its dossier', async () => {
    const page = await h.open('sample/index.html');
    await waitForAssay(page);
    await clickHighlight(page, 'mineral', 'gallium');
    await expect.poll(() => popoverText(page)).toContain('Gallium');
    const frame = await notesFrame(page);
    await expect.poll(() => frame.locator('.glance-count').textContent()).toMatch(/2 of your clippings mention gallium/i);
    expect(await frame.locator('.glance-list li').count()).toBe(2);
    expect(await frame.locator('.glance-list').textContent()).toContain('Few people outside');
    const opening = h.context.waitForEvent('page');
    // A key press, not a click: Playwright's click waits for the button to hold still, and the
    // popover follows the scrolling of its own body while Playwright scrolls the frame into view.
    await frame.getByRole('button', { name: /Open the dossier/ }).press('Enter');
    const dossier = await opening;
    await dossier.waitForLoadState('domcontentloaded');
    expect(dossier.url()).toMatch(/\/dossier\.html#mineral%3Agallium$/);
    await expect.poll(() => dossier.locator('.dossier-quote').count()).toBe(2);
    await dossier.close();
    // And an entity nobody clipped says nothing of the kind. The popover is closed with a click
    // beside it: Escape would go to the notes frame that has the focus, which the popover then
    // removes while the browser is still delivering the key (the DevTools call never returns).
    await page.bringToFront();
    await page.mouse.click(5, 5);
    // The closed popover's frame is gone before the next one is looked for.
    await expect.poll(() => liveNotesFrames(page).length).toBe(0);
    await clickHighlight(page, 'mineral', 'samarium');
    const other = await notesFrame(page);
    await expect.poll(() => other.locator('.notes-panel').count()).toBe(1);
    expect(await other.locator('.glance').count()).toBe(0);
    h.assertClean();
  });

  it('lists the page in the side panel, scrolls to a mention on click, and follows a tab switch', async () => {
    const page = await h.open('sample/index.html');
    await waitForAssay(page);
    const tabId = await tabIdOf(h, page);
    const panel = await h.openExtensionPage('sidepanel.html', `?tab=${tabId}`);
    await panel.setViewportSize({ width: 400, height: 900 });
    await expect.poll(() => panel.locator('.panel-page-title').textContent()).toContain('tungsten');
    const rows = panel.locator('.panel-row');
    expect(await rows.count()).toBeGreaterThan(10);
    expect(await panel.locator('.panel-total').textContent()).toMatch(/\d+ mentions on this page/);
    await panel.screenshot({ path: join(SHOTS, 'side-panel.png') });
    await sideBySide(h, page, panel, join(SHOTS, 'side-panel-beside-page.png'));
    // The picture was made in a tab of its own, which the panel followed: back to the page.
    await page.bringToFront();
    await expect.poll(() => panel.locator('.panel-page-title').textContent()).toContain('tungsten');

    // A click scrolls the page to the first mention of Kazakhstan and marks it current.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await panel.getByRole('button', { name: /^Kazakhstan, \d+ mentions?: show the first/ }).click();
    // The first mention of the country on the page is the demonym.
    await expect.poll(() => highlighted(page, 'current')).toEqual(['Kazakh']);
    const currentInView = () =>
      page.evaluate(() => {
        const current = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights].find(([name]) => name.startsWith('hl-now-'))?.[1];
        const rect = [...(current ?? [])][0]?.getBoundingClientRect();
        return !!rect && rect.top >= 0 && rect.bottom <= window.innerHeight;
      });
    await expect.poll(currentInView).toBe(true);

    // The reader switches to another tab: the panel follows it.
    const second = await h.open('sample/second.html');
    await waitForAssay(second);
    await second.bringToFront();
    await expect.poll(() => panel.locator('.panel-page-title').textContent()).toContain('Wagerup');

    // An entity's dossier in the panel, and back.
    await panel.getByRole('button', { name: 'Dossier of gallium' }).click();
    await expect.poll(() => panel.locator('.dossier-title').textContent()).toContain('Gallium');
    await expect.poll(() => panel.locator('.dossier-quote').count()).toBe(2);
    await panel.screenshot({ path: join(SHOTS, 'side-panel-dossier.png') });
    await panel.getByRole('button', { name: /Back to this page/ }).click();
    await expect.poll(() => panel.locator('.panel-row').count()).toBeGreaterThan(3);

    // A tab Assay cannot read is named as such.
    const blank = await h.context.newPage();
    await blank.goto('about:blank');
    await blank.bringToFront();
    await expect.poll(() => panel.locator('.panel-unreadable').count()).toBe(1);
    h.assertClean();
  });
});
