/**
 * Opening the side panel: Chromium's `sidePanel` and Firefox's `sidebarAction` show the same page.
 * Both must be asked in the handler of the reader's gesture (a toolbar-popup click, a keyboard
 * command), before anything is awaited, or the browser refuses.
 */
import { browser } from 'wxt/browser';

interface ChromeSidePanel {
  open(options: { windowId: number }): Promise<void>;
}

export function openSidePanel(windowId: number | undefined): Promise<void> {
  const sidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  if (sidePanel) return sidePanel.open({ windowId: windowId ?? browser.windows.WINDOW_ID_CURRENT });
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  if (sidebar) return sidebar.open();
  return Promise.reject(new Error('this browser has no side panel for extensions'));
}

export function hasSidePanel(): boolean {
  return Boolean((globalThis as { chrome?: { sidePanel?: unknown } }).chrome?.sidePanel ?? (browser as unknown as { sidebarAction?: unknown }).sidebarAction);
}
