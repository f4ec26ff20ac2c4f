/**
 * Announcements from the background to the extension's own pages (`runtime.sendMessage`, which
 * content scripts never receive): something changed, read it again. They carry no user data,
 * only what changed, so a page that is not allowed to read it learns nothing.
 */
import { EntityIdSchema } from '../store/schemas.ts';

export const EVENT_CHANNEL = 'assay-event';

export interface NotesChanged {
  channel: typeof EVENT_CHANNEL;
  event: 'notes.changed';
  entityId: string;
}

export type AssayEvent = NotesChanged;

export function notesChanged(entityId: string): NotesChanged {
  return { channel: EVENT_CHANNEL, event: 'notes.changed', entityId };
}

/** The event, if `message` is one of ours and well formed. */
export function readEvent(message: unknown): AssayEvent | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  if (m.channel !== EVENT_CHANNEL || m.event !== 'notes.changed' || !EntityIdSchema.safeParse(m.entityId).success) return undefined;
  return { channel: EVENT_CHANNEL, event: 'notes.changed', entityId: m.entityId as string };
}
