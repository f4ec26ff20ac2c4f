/**
 * Listens for the background's announcement that notes on an entity changed (lib/messaging/events.ts),
 * for every extension page that shows notes: the notes panel, the dossier, the side panel.
 */
import { browser } from 'wxt/browser';
import { readEvent } from '../../lib/messaging/events.ts';

export function onNotesChanged(entityId: string, callback: () => void): () => void {
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    // Only the background announces (extension pages in tabs never do).
    if (sender.id !== browser.runtime.id || sender.tab !== undefined) return;
    if (readEvent(message)?.entityId === entityId) callback();
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
