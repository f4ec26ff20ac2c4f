/**
 * The screenshots `npm start` writes when there is no display: the sample page with its
 * highlights, the popovers of a mineral, a country and a deal, and the toolbar popup.
 * Returns the files written.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { LaunchedExtension } from './browser.ts';
import { decodePng, encodePalettePng } from './lib/png-palette.ts';
import { dialogBox, expandPopover, waitForCard, type PopoverState } from './lib/popover-cdp.ts';

/** Clicks the first highlight of `type` whose text passes `predicate` (a JS expression over `text`). */
export async function clickFirst(page: Page, type: string, predicate: string): Promise<boolean> {
  const point = await page.evaluate(
    ([t, source]) => {
      const test = new Function('text', `return ${source}`) as (text: string) => boolean;
      const h = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights].filter(([name]) => name.startsWith(`hl-${t[0]}-`)).flatMap(([, set]) => [...set]);
      const range = h.find((r) => test(r.toString()) && !(r.startContainer.parentElement as Element).closest('a'));
      if (!range) return null;
      (range.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    [type, predicate] as const,
  );
  if (!point) return false;
  await page.mouse.click(point.x, point.y);
  await page.waitForTimeout(900);
  return true;
}

/**
 * Brings `page` to the front and waits until Assay has drawn its highlights there (at most 20 s);
 * answers the page's tab id. Asked through the extension: the page's own timeline holds nothing
 * of Assay's.
 */
export async function waitForHighlights(ext: LaunchedExtension, page: Page): Promise<number | undefined> {
  await page.bringToFront();
  const tabId = await ext.serviceWorker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  const state = () =>
    ext.serviceWorker.evaluate(
      (id) => chrome.tabs.sendMessage(id!, { channel: 'assay', name: 'tab.status', payload: {} }).then((r: { value?: { state?: string } }) => r?.value?.state, () => undefined),
      tabId,
    );
  for (const end = Date.now() + 20_000; Date.now() < end && !['ready', 'settled'].includes((await state()) ?? ''); ) await page.waitForTimeout(100);
  return tabId;
}

export async function captureDemo(ext: LaunchedExtension, pageUrl: string, outDir: string): Promise<string[]> {
  const files: string[] = [];
  const shot = async (page: Page, name: string) => {
    const file = join(outDir, name);
    await page.screenshot({ path: file });
    files.push(file);
  };
  const page = await ext.context.newPage();
  await page.goto(pageUrl);
  const tabId = await waitForHighlights(ext, page);
  await shot(page, 'page.png');

  for (const [type, predicate, name] of [
    ['mineral', "text === 'tungsten'", 'popover-mineral.png'],
    ['country', "text === 'Kazakhstan'", 'popover-country.png'],
    ['deal', "text.includes('$8.5 billion')", 'popover-deal.png'],
  ] as const) {
    if (await clickFirst(page, type, predicate)) await shot(page, name);
    await page.keyboard.press('Escape');
  }

  // Select a sentence, as a reader would before saving a clipping from the popup.
  await page.evaluate(() => {
    const p = [...document.querySelectorAll('article p')].find((el) => /tungsten/.test(el.textContent ?? ''));
    if (!p) return;
    p.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.selectNodeContents(p);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  });
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html${tabId === undefined ? '' : `?tab=${tabId}`}`);
  await popup.waitForTimeout(1200);
  await shot(popup, 'popup.png');
  return files;
}

export interface CardShot {
  type: 'mineral' | 'country';
  text: string;
  file: string;
}

/**
 * Opens each card on `pageUrl` and writes the whole popover (grown to its full height, so every
 * section is in the picture) to `outDir`, as a palette PNG. Answers what each popover showed.
 */
export async function captureCards(ext: LaunchedExtension, pageUrl: string, outDir: string, cards: CardShot[]): Promise<(CardShot & { state: PopoverState; path: string })[]> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 900, height: 3200 });
  await page.goto(pageUrl);
  await waitForHighlights(ext, page);
  const out = [];
  for (const card of cards) {
    if (!(await clickFirst(page, card.type, `text === ${JSON.stringify(card.text)}`))) throw new Error(`no ${card.type} highlight reads "${card.text}"`);
    const state = await waitForCard(page);
    await expandPopover(page, state.dialog!);
    await page.waitForTimeout(300);
    const path = join(outDir, card.file);
    // Committed under docs/: a palette PNG is a third of the size and looks the same for a card.
    writeFileSync(path, encodePalettePng(decodePng(await page.screenshot({ clip: await dialogBox(page, state.dialog!) }))));
    out.push({ ...card, state, path });
    await page.keyboard.press('Escape');
  }
  await page.close();
  return out;
}
