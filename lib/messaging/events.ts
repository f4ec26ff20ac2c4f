/**
 * Announcements from the background to the extension's own pages (`runtime.sendMessage`, which
 * content scripts never receive): something changed, read it again. They carry no user data,
 * only what changed, so a page that is not allowed to read it learns nothing.
 */
import { isLang, type Lang } from '../i18n/language.ts';
import { EntityIdSchema } from '../records/schemas.ts';

export const EVENT_CHANNEL = 'assay-event';

export interface NotesChanged {
  channel: typeof EVENT_CHANNEL;
  event: 'notes.changed';
  entityId: string;
}

/** A tab's page changed: Assay counted its mentions again (the side panel refreshes). */
export interface PageChanged {
  channel: typeof EVENT_CHANNEL;
  event: 'page.changed';
  tabId: number;
}

/**
 * The settings changed: pages read them again, and switch to `language` (the reader's language,
 * resolved) at once. The notes panel, which may not read the settings, learns its language here.
 */
export interface SettingsChanged {
  channel: typeof EVENT_CHANNEL;
  event: 'settings.changed';
  language: Lang;
}

export type AssayEvent = NotesChanged | PageChanged | SettingsChanged;

export function settingsChanged(language: Lang): SettingsChanged {
  return { channel: EVENT_CHANNEL, event: 'settings.changed', language };
}

export function readSettingsEvent(message: unknown): SettingsChanged | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  if (m.channel !== EVENT_CHANNEL || m.event !== 'settings.changed' || !isLang(m.language)) return undefined;
  return settingsChanged(m.language);
}

export function pageChanged(tabId: number): PageChanged {
  return { channel: EVENT_CHANNEL, event: 'page.changed', tabId };
}

export function readPageEvent(message: unknown): PageChanged | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  if (m.channel !== EVENT_CHANNEL || m.event !== 'page.changed' || !Number.isInteger(m.tabId)) return undefined;
  return { channel: EVENT_CHANNEL, event: 'page.changed', tabId: m.tabId as number };
}

export function notesChanged(entityId: string): NotesChanged {
  return { channel: EVENT_CHANNEL, event: 'notes.changed', entityId };
}

/** The notes event, if `message` is one and well formed. */
export function readEvent(message: unknown): NotesChanged | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  if (m.channel !== EVENT_CHANNEL || m.event !== 'notes.changed' || !EntityIdSchema.safeParse(m.entityId).success) return undefined;
  return { channel: EVENT_CHANNEL, event: 'notes.changed', entityId: m.entityId as string };
}
