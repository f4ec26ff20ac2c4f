/**
 * The records the user owns: notes on entities, clippings from pages, and settings.
 * Timestamps are epoch milliseconds. Ids are made by the client (`crypto.randomUUID()`), so a
 * write retried after a lost answer lands on the same record instead of making a second one.
 */
import type { Hue } from '../highlight/palette.ts';
import type { CardLanguage, LanguagePreference } from '../i18n/language.ts';
import type { EntityId, EntityType } from '../model.ts';

/** A note the user wrote about an entity; shown in every popover for that entity. */
export interface Note {
  id: string;
  entityId: EntityId;
  text: string;
  createdAt: number;
  updatedAt: number;
}

/** An entity recognised in a clipping's quote, kept with its label so lists need no dataset. */
export interface ClippingEntity {
  id: EntityId;
  type: EntityType;
  label: string;
}

/**
 * An entity of a clipping as the background hands it to a screen: with its Chinese name where the
 * dataset has one, so a Chinese screen names it in Chinese. Added when read, never stored.
 */
export interface ShownEntity extends ClippingEntity {
  labelZh?: string;
}

/** A passage the user saved from a page, with enough context to find it there again. */
export interface Clipping {
  id: string;
  /** The selected text. */
  quote: string;
  /** Text just before and after the quote on the page, for re-anchoring (text fragments). */
  prefix: string;
  suffix: string;
  /** The page URL as given by `normaliseUrl` (no fragment, no tracking parameters). */
  url: string;
  title: string;
  /** `siteOf(url)`: the host without `www.`. */
  site: string;
  createdAt: number;
  updatedAt: number;
  entities: ClippingEntity[];
  /** The user's own note on the clipping ('' when none). */
  note: string;
  tags: string[];
}

/**
 * A clipping as stored: the public record plus fields derived from it for the indexes.
 * Derived fields are recomputed on every write and never leave the background.
 */
export interface ClippingRecord extends Clipping {
  /** Search tokens of quote, note, tags and entity labels (see `tokenize.ts`). */
  terms: string[];
  /** `entities.map(e => e.id)`, for the multiEntry `entityIds` index. */
  entityIds: EntityId[];
}

/** What the caller supplies to save a clipping; the store adds site and timestamps. */
export type ClippingInput = Omit<Clipping, 'site' | 'createdAt' | 'updatedAt'>;

/** Highlight colours for one entity type, for light and for dark pages (hues of the palette). */
export interface ColourPair {
  light: Hue;
  dark: Hue;
}

/** Which sites Assay runs on. */
export interface SiteRules {
  /** `all-except`: everywhere but `deny`; `only-listed`: only on `allow`. */
  mode: 'all-except' | 'only-listed';
  /** Hosts, without `www.`; an entry also covers its subdomains. */
  deny: string[];
  allow: string[];
}

/** The user's preferences. */
export interface Settings {
  enabled: boolean;
  types: Record<EntityType, boolean>;
  colours: Record<EntityType, ColourPair>;
  siteRules: SiteRules;
  /** How long the pointer rests on a highlight inside a link before its popover opens. */
  hoverDelayMs: number;
  /** The language of Assay's screens and cards: `auto` follows the browser's. */
  language: LanguagePreference;
  /** Cards in Assay's language, or in the page's where Assay speaks it. */
  cardLanguage: CardLanguage;
}

/** Settings as stored: one row, with the time of the last change (for backup merges). */
export interface SettingsRecord {
  key: 'settings';
  value: Settings;
  updatedAt: number;
}

/** A deleted note or clipping, as it was when deleted, kept for undo (see `trash.ts`). */
export type TrashRecord =
  | { key: string; kind: 'note'; id: string; record: Note; deletedAt: number }
  | { key: string; kind: 'clipping'; id: string; record: Clipping; deletedAt: number };

/**
 * Permission for one notes panel, framed in one tab's popover, to read and write the notes on one
 * entity. The background mints it when Assay's own popover asks; the frame must present the token
 * with every request (see `lib/background/grants.ts`).
 */
export interface NotesGrant {
  token: string;
  tabId: number;
  entityId: EntityId;
  /** The origin of the page whose popover asked, which the frame checks its hand-over against. */
  pageOrigin: string;
  /** The frame that used the grant first; no other frame may use it after. */
  frameId?: number;
  /** Chromium's id of that frame's document, where the browser gives one. */
  documentId?: string;
  createdAt: number;
  expiresAt: number;
}

/** An entity in use in the clippings, with how many clippings mention it. */
export interface EntityFacet extends ClippingEntity {
  /** Its Chinese name, where the one who counted knew it (the content script does; stored clippings do not). */
  labelZh?: string;
  count: number;
}
