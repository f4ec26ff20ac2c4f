/**
 * The background's messages to tabs: settings changes to every tab, and keyboard commands to the
 * active one. Tabs without Assay's content script (browser pages, other extensions) just do not
 * answer; that is expected, not an error.
 */
import { browser } from 'wxt/browser';
import { createTabClient } from '../../lib/messaging/client.ts';
import type { Settings } from '../../lib/store/types.ts';

const tabClient = (tabId: number) => createTabClient((message) => browser.tabs.sendMessage(tabId, message));

export async function broadcastSettings(settings: Settings): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : tabClient(tab.id).request('tab.settingsChanged', { settings }))));
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
