/**
 * The popover's side of the notes panel. The panel is an extension page framed in the popover;
 * a web page could frame that page too, so the panel shows nothing until it is handed a grant
 * (lib/store/grants.ts) that only this content script can get from the background. The grant
 * goes to the frame in one `postMessage` addressed to the extension's origin (so a frame the page
 * navigated elsewhere never receives it) together with a `MessagePort`; from then on the frame
 * talks to the popover over that port alone. Nothing is posted to the page's window, and no
 * `message` listener here hears the page.
 */

/** What the frame may tell the popover. */
export type NotesFrameMessage = { type: 'height'; height: number } | { type: 'escape' };

export const NOTES_INIT = 'assay-notes-init';

function readFrameMessage(data: unknown): NotesFrameMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const m = data as Record<string, unknown>;
  if (m.type === 'escape') return { type: 'escape' };
  if (m.type === 'height' && typeof m.height === 'number' && Number.isFinite(m.height)) return { type: 'height', height: m.height };
  return undefined;
}

/**
 * Hands `token` to the notes page loading in `frame`, once, when it has loaded, and passes what
 * the page says back to `onMessage`. Returns a function that closes the channel.
 * `extensionOrigin`: `runtime.getURL('/')` without its slash.
 */
export function connectNotesFrame(frame: HTMLIFrameElement, extensionOrigin: string, token: string, onMessage: (message: NotesFrameMessage) => void): () => void {
  // Only a document of the extension's origin may receive the grant and the port.
  const targetOrigin = extensionOrigin;
  const channel = new MessageChannel();
  let sent = false;
  channel.port1.onmessage = (event) => {
    const message = readFrameMessage(event.data);
    if (message) onMessage(message);
  };
  const onLoad = (event: Event) => {
    if (sent || !event.isTrusted) return;
    sent = true;
    frame.contentWindow?.postMessage({ type: NOTES_INIT, token }, targetOrigin, [channel.port2]);
  };
  frame.addEventListener('load', onLoad);
  return () => {
    frame.removeEventListener('load', onLoad);
    channel.port1.onmessage = null;
    channel.port1.close();
  };
}
