/**
 * Driving the toolbar popup from a test. Headless Chromium has no toolbar to click, so the popup
 * is opened as a page, `popup.html?tab=<id>`, naming the tab it is about; everything else is what
 * the real popup does.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Clipping } from '../../lib/records/types.ts';
import type { Harness } from './harness.ts';
import { waitForAssay } from './page-helpers.ts';

export const POPUP_SIZE = { width: 400, height: 600 };

import { currentWorker, tabIdOf } from './harness.ts';

export { currentWorker, tabIdOf };

/** Opens a page served by the harness and waits until Assay has read it. */
export async function openRead(h: Harness, path: string): Promise<Page> {
  const page = await h.open(path);
  await waitForAssay(page);
  return page;
}

/** Selects `phrase`, which must lie inside one text node of the page. */
export async function selectPhrase(page: Page, phrase: string): Promise<void> {
  const found = await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue!.indexOf(wanted);
      if (at < 0) continue;
      (node.parentElement as Element).scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }
    return false;
  }, phrase);
  if (!found) throw new Error(`the page has no text node with "${phrase}"`);
}

/** Selects the whole of the first paragraph with some length to it; answers its text. */
export async function selectFirstParagraph(page: Page): Promise<string> {
  return page.evaluate(() => {
    // Visible text only: a hidden cookie banner's paragraph selects as nothing.
    const paragraph = [...document.querySelectorAll('article p, main p, p')].find((p) => p.checkVisibility() && (p.textContent ?? '').trim().length > 80);
    if (!paragraph) throw new Error('no paragraph to select');
    const range = document.createRange();
    range.selectNodeContents(paragraph);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return getSelection()!.toString().replace(/\s+/g, ' ').trim();
  });
}

/** The popup for `page`'s tab, its list of clippings rendered. */
export async function openPopup(h: Harness, page: Page): Promise<Page> {
  const tabId = await tabIdOf(h, page);
  const popup = await h.openExtensionPage('popup.html', `?tab=${tabId}`);
  await popup.setViewportSize(POPUP_SIZE);
  await waitForList(popup);
  return popup;
}

/** Waits for the popup's first page of clippings (the mark the benchmark reads too). */
export async function waitForList(popup: Page): Promise<void> {
  await expect.poll(() => popup.evaluate(() => performance.getEntriesByName('assay-popup:list-ready').length), { timeout: 15_000 }).toBe(1);
}

/** The popup's status line. */
export function statusText(popup: Page): Promise<string> {
  return popup.locator('[data-testid="status"]').innerText();
}

/** Fills in the draft of the selection shown in the popup and saves it. */
export async function saveDraft(popup: Page, fields: { note?: string; tags?: string } = {}): Promise<void> {
  await popup.locator('.draft').waitFor();
  if (fields.note !== undefined) await popup.fill('#draft-note', fields.note);
  if (fields.tags !== undefined) await popup.fill('#draft-tags', fields.tags);
  await popup.getByRole('button', { name: 'Save clipping' }).click();
  await expect.poll(() => statusText(popup), { timeout: 20_000 }).toContain('Saved');
}

/** The quotes in the popup's list, in order. */
export function listedQuotes(popup: Page): Promise<string[]> {
  return popup.locator('.clip-quote').allTextContents();
}

/** Asks the background for clippings from an extension page, as the popup does. */
export async function storedClippings(extensionPage: Page, query: Record<string, unknown> = {}): Promise<Clipping[]> {
  const answer = await extensionPage.evaluate(
    (payload) => chrome.runtime.sendMessage({ channel: 'assay', name: 'clippings.list', payload: { limit: 500, ...payload } }),
    query,
  );
  if (!answer?.ok) throw new Error(`clippings.list failed: ${JSON.stringify(answer)}`);
  return (answer.value as { items: Clipping[] }).items;
}
