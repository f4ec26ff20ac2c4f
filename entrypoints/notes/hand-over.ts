/**
 * How the notes panel takes its grant from Assay's popover, apart from the page it runs in so that
 * the rules can be tested one by one: one message, from the parent window, carrying one port and a
 * grant of a sane size; the grant must be accepted by the background for the very page (origin)
 * that handed it over; the first accepted offer wins and every later one is ignored.
 */
import type { Result } from '../../lib/messaging/result.ts';
import type { NotesSession } from '../../lib/messaging/protocol.ts';
import { NOTES_INIT } from '../content/notes-frame.ts';

export interface HandOverDeps {
  /** The window that may hand over a grant: this page's parent. */
  parent: () => unknown;
  /** Asks the background to accept a grant (`notes.open`). */
  open: (grant: string) => Promise<Result<NotesSession>>;
  /** Called once, with the first offer the background accepted. */
  start: (grant: string, port: MessagePort, session: NotesSession) => void;
}

type Offer = Pick<MessageEvent, 'source' | 'ports' | 'data' | 'origin'>;

export function notesHandOver(deps: HandOverDeps): (event: Offer) => Promise<boolean> {
  let accepted = false;
  return async (event) => {
    if (accepted || event.source !== deps.parent() || event.ports.length !== 1) return false;
    const data = event.data as { type?: unknown; token?: unknown } | null;
    if (data?.type !== NOTES_INIT || typeof data.token !== 'string' || data.token.length > 128) return false;
    const r = await deps.open(data.token);
    // A refused grant, or one made for another page than the one handing it over: stay blank.
    if (accepted || !r.ok || event.origin !== r.value.pageOrigin) return false;
    accepted = true;
    deps.start(data.token, event.ports[0], r.value);
    return true;
  };
}
