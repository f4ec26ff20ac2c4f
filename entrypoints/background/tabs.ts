/**
 * The background's messages to tabs: settings changes to every tab, and keyboard commands to the
 * active one. Tabs without Assay's content script (browser pages, other extensions) just do not
 * answer; that is expected, not an error.
 */
import { browser } from 'wxt/browser';
import { createTabClient } from '../../lib/messaging/client.ts';
import type { AssayEvent } from '../../lib/messaging/events.ts';

const tabClient = (tabId: number) => createTabClient((message) => browser.tabs.sendMessage(tabId, message));

/**
 * Tells every tab that the settings changed. The message carries nothing: each content script
 * asks again for its own page's view (`page.settings`), so no tab is sent the site lists.
 */
export async function broadcastSettingsChanged(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : tabClient(tab.id).request('tab.settingsChanged'))));
}

/** Tells the extension's open pages (notes panels, popup, options) that something changed. */
export async function announce(event: AssayEvent): Promise<void> {
  // No page open is the usual case, and the browser reports it as an error.
  await browser.runtime.sendMessage(event).catch(() => {});
}

const COMMANDS: Record<string, 'next' | 'previous' | 'open'> = {
  'next-mention': 'next',
  'previous-mention': 'previous',
  'open-mention': 'open',
};

export async function relayCommand(command: string): Promise<void> {
  const action = COMMANDS[command];
  if (!action) return;
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id !== undefined) await tabClient(tab.id).request('tab.command', { command: action });
}
