/**
 * Driving the toolbar popup in Firefox. A headless browser has no toolbar to click, so the popup
 * is opened in a tab as `popup.html?tab=<id>`, naming the tab it is about, as the Chromium suite
 * does (tests/e2e/popup-helpers.ts); everything else is what the real popup does.
 */
import { expect } from 'vitest';
import type { FirefoxHarness } from './harness.ts';
import type { Tab } from './tab.ts';

/** Selects `phrase`, which must lie inside one text node of the page. */
export async function selectPhrase(tab: Tab, phrase: string): Promise<void> {
  const found = await tab.evaluate((wanted: string) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue!.indexOf(wanted);
      if (at < 0) continue;
      (node.parentElement as Element).scrollIntoView({ block: 'center', behavior: 'instant' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return true;
    }
    return false;
  }, phrase);
  if (!found) throw new Error(`the page has no text node with "${phrase}"`);
}

/** The popup for `page`'s tab, in a tab of its own brought to the front, its list of clippings rendered. */
export async function openPopup(h: FirefoxHarness, page: Tab): Promise<Tab> {
  const tabId = await h.tabIdOf(page);
  const popup = await h.openExtensionPage('popup.html', `?tab=${tabId}`);
  await popup.activate();
  await expect.poll(() => popup.evaluate(() => performance.getEntriesByName('assay-popup:list-ready').length), { timeout: 15_000 }).toBe(1);
  return popup;
}

/** The popup's status line. */
export function statusText(popup: Tab): Promise<string> {
  return popup.text('[data-testid="status"]');
}

/** Fills in the draft of the selection shown in the popup with the keyboard, and saves it. */
export async function saveDraft(popup: Tab, fields: { note?: string; tags?: string } = {}): Promise<void> {
  await expect.poll(() => popup.evaluate(() => document.querySelector('.draft') !== null), { timeout: 10_000 }).toBe(true);
  if (fields.note !== undefined) await popup.fill('#draft-note', fields.note);
  if (fields.tags !== undefined) await popup.fill('#draft-tags', fields.tags);
  await popup.clickOn('Save clipping');
  await expect.poll(() => statusText(popup), { timeout: 20_000 }).toContain('Saved');
}

/** The quotes in the popup's list, in order. */
export function listedQuotes(popup: Tab): Promise<string[]> {
  return popup.evaluate(() => [...document.querySelectorAll('.clip-quote')].map((q) => q.textContent ?? ''));
}

/** Types `text` into the search box and answers the list once the popup has answered that search. */
export async function search(popup: Tab, text: string): Promise<string[]> {
  await popup.fill('#search', text);
  await expect
    .poll(() => popup.evaluate((t: string) => performance.getEntriesByName('assay-popup:search').some((m) => (m as PerformanceMeasure).detail.text === t), text))
    .toBe(true);
  return listedQuotes(popup);
}
