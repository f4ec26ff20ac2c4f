/**
 * The screenshots `npm start` writes when there is no display: the sample page with its
 * highlights, the popovers of a mineral, a country and a deal, and the toolbar popup.
 * Returns the files written.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { LaunchedExtension } from './browser.ts';

async function clickFirst(page: Page, type: string, predicate: string): Promise<boolean> {
  const point = await page.evaluate(
    ([t, source]) => {
      const test = new Function('text', `return ${source}`) as (text: string) => boolean;
      const h = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights].find(([name]) => name.startsWith(`hl-${t[0]}-`))?.[1];
      const range = [...(h ?? [])].find((r) => test(r.toString()) && !(r.startContainer.parentElement as Element).closest('a'));
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

export async function captureDemo(ext: LaunchedExtension, pageUrl: string, outDir: string): Promise<string[]> {
  const files: string[] = [];
  const shot = async (page: Page, name: string) => {
    const file = join(outDir, name);
    await page.screenshot({ path: file });
    files.push(file);
  };
  const page = await ext.context.newPage();
  await page.goto(pageUrl);
  await page.bringToFront();
  const tabId = await ext.serviceWorker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  // Asked through the extension: the page's own timeline holds nothing of Assay's.
  const state = () =>
    ext.serviceWorker.evaluate(
      (id) => chrome.tabs.sendMessage(id!, { channel: 'assay', name: 'tab.status', payload: {} }).then((r: { value?: { state?: string } }) => r?.value?.state, () => undefined),
      tabId,
    );
  for (const end = Date.now() + 20_000; Date.now() < end && !['ready', 'settled'].includes((await state()) ?? ''); ) await page.waitForTimeout(100);
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
