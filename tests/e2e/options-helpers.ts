/**
 * What the options page's e2e tests share: asking the background directly (to seed data and to
 * check what was stored, independently of the page), opening the page ready for use, and
 * catching a download.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Harness } from './harness.ts';

/** The background's answer to one request, sent from an extension page as any page would. */
export async function ask<T = unknown>(page: Page, name: string, payload: unknown = {}): Promise<{ ok: boolean; value?: T; error?: { code: string; message: string } }> {
  return page.evaluate(([n, p]) => chrome.runtime.sendMessage({ channel: 'assay', name: n, payload: p }), [name, payload] as const);
}

/** Like `ask`, but the request must succeed; answers its value. */
export async function askOk<T = unknown>(page: Page, name: string, payload: unknown = {}): Promise<T> {
  const result = await ask<T>(page, name, payload);
  if (!result.ok) throw new Error(`${name} failed: ${result.error?.message}`);
  return result.value as T;
}

/** The options page, once its settings have loaded. */
export async function openOptions(h: Harness): Promise<Page> {
  const page = await h.openExtensionPage('options.html');
  await page.getByRole('switch', { name: 'Highlight on web pages' }).waitFor();
  return page;
}

/** Clicks `button` and answers the file the browser downloaded: its suggested name and text. */
export async function download(page: Page, button: Locator): Promise<{ filename: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  return { filename: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** The counts the background holds, read through `storage.info`. */
export async function storedCounts(page: Page): Promise<{ notes: number; clippings: number }> {
  const info = await askOk<{ notes: number; clippings: number }>(page, 'storage.info');
  return { notes: info.notes, clippings: info.clippings };
}

/** Waits until the page's status area says something matching `pattern`. */
export async function expectStatus(page: Page, pattern: RegExp): Promise<void> {
  await expect.poll(() => page.getByTestId('status').textContent()).toMatch(pattern);
}
