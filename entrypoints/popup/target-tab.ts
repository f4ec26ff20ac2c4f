/**
 * The tab the popup is about: the active tab of its window, or the one named by `?tab=<id>`
 * (the e2e tests and the demo open the popup as an ordinary page, which is then itself the
 * active tab).
 */
import { browser } from 'wxt/browser';
import { tabIdFromQuery } from './tab-query.ts';

/** Resolves to the tab's id, or null when there is none (no window has focus). */
export async function targetTabId(search: string = location.search): Promise<number | null> {
  const fromQuery = tabIdFromQuery(search);
  if (fromQuery !== undefined) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
