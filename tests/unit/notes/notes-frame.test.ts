/**
 * The popover's side of the hand-over: the grant goes once, on a real load, to the extension's
 * origin only, with one port; what comes back over the port is read strictly.
 */
import { describe, expect, it, vi } from 'vitest';
import { connectNotesFrame, NOTES_INIT, type NotesFrameMessage } from '../../../entrypoints/content/notes-frame.ts';

const ORIGIN = 'chrome-extension://assay-id';

function fakeFrame() {
  const listeners = new Set<(event: Event) => void>();
  const postMessage = vi.fn();
  const frame = {
    contentWindow: { postMessage },
    addEventListener: (type: string, listener: (event: Event) => void) => type === 'load' && listeners.add(listener),
    removeEventListener: (type: string, listener: (event: Event) => void) => listeners.delete(listener),
  } as unknown as HTMLIFrameElement;
  const load = (isTrusted = true) => {
    for (const listener of [...listeners]) listener({ type: 'load', isTrusted } as Event);
  };
  return { frame, postMessage, load, listeners };
}

describe('connectNotesFrame', () => {
  it('hands the grant and one port to the extension origin, on the first trusted load only', () => {
    const { frame, postMessage, load } = fakeFrame();
    const close = connectNotesFrame(frame, ORIGIN, 'grant-token', () => {});
    load(false); // a page's synthetic load event
    expect(postMessage).not.toHaveBeenCalled();
    load();
    load(); // the frame navigated (or was navigated) again: nothing more is handed out
    expect(postMessage).toHaveBeenCalledTimes(1);
    const [message, targetOrigin, transfer] = postMessage.mock.calls[0];
    expect(message).toEqual({ type: NOTES_INIT, token: 'grant-token' });
    expect(targetOrigin).toBe(ORIGIN);
    expect(transfer).toHaveLength(1);
    expect(transfer[0]).toBeInstanceOf(MessagePort);
    close();
    (transfer[0] as MessagePort).close();
  });

  it('passes on only well-formed height and escape messages from the port', async () => {
    const { frame, postMessage, load } = fakeFrame();
    const heard: NotesFrameMessage[] = [];
    const close = connectNotesFrame(frame, ORIGIN, 'grant-token', (m) => heard.push(m));
    load();
    const port = postMessage.mock.calls[0][2][0] as MessagePort;
    for (const data of [{ type: 'height', height: 240 }, { type: 'height', height: '9999' }, { type: 'height', height: Infinity }, { type: 'escape', extra: 1 }, { type: 'delete-all' }, null, 'height']) port.postMessage(data);
    await vi.waitFor(() => expect(heard).toHaveLength(2));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard).toEqual([{ type: 'height', height: 240 }, { type: 'escape' }]);
    close();
    port.close();
  });

  it('stops listening when closed', () => {
    const { frame, postMessage, load, listeners } = fakeFrame();
    connectNotesFrame(frame, ORIGIN, 'grant-token', () => {})();
    expect(listeners.size).toBe(0);
    load();
    expect(postMessage).not.toHaveBeenCalled();
  });
});
