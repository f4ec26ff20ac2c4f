/**
 * Every request the content script and the extension pages can make of the background, in one
 * map: the payload schema the background validates, who may send it, and what it answers.
 *
 * Writes carry ids made by the sender (`newId()`), so each write is idempotent and the client
 * can retry it when the service worker was stopped before answering.
 */
import { z } from '../zod.ts';
import { ExportCursorSchema } from '../backup/export-cursor.ts';
import type { ExportPart, ExportStart, ImportProgress, ImportReport } from '../backup/types.ts';
import { utf8Length } from '../backup/utf8.ts';
import type { Dataset } from '../dataset/schema.ts';
import type { EntityCard } from '../facts/cards.ts';
import type { Lang } from '../i18n/language.ts';
import type { Catalog } from '../i18n/message-format.ts';
import type { ClippingFacets } from '../store/clippings.ts';
import type { ClippingPage } from '../store/clipping-query.ts';
import type { ClippingGlance, CoClipped, DossierView } from '../store/dossier.ts';
import type { TimelineEvent } from '../facts/timeline.ts';
import { MAX_QUESTIONS, MAX_SENTENCE_CHARS, type NlpAnswers } from '../recognize/nlp-answers.ts';
import { LIMITS } from '../records/limits.ts';
import {
  ClippingInputSchema,
  ClippingNoteSchema,
  ClippingSchema,
  EntityIdSchema,
  HostSchema,
  NoteSchema,
  NoteTextSchema,
  RecordIdSchema,
  SettingsPatchSchema,
  TagSchema,
  TagsSchema,
  TimestampSchema,
} from '../records/schemas.ts';
import type { PageSettings } from '../settings/page-settings.ts';
import type { Clipping, Note, Settings } from '../records/types.ts';
import {
  ANYONE,
  CONTENT_ONLY,
  EXTENSION_ONLY,
  EXTENSION_OR_GRANTED,
  FRAMED_ONLY,
  returns,
  type PayloadIn,
  type PayloadOf,
  type ProtocolMap,
  type RequestName as NameIn,
  type ResponseOf as ResponseIn,
} from './define.ts';

const Empty = z.strictObject({}).default({});
const LangSchema = z.enum(['en', 'zh']);
const ById = z.strictObject({ id: RecordIdSchema });
/** A notes-panel grant token (see lib/store/grants.ts). */
export const GrantTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{32,128}$/, 'must be a grant token');
const ByIdGranted = z.strictObject({ id: RecordIdSchema, grant: GrantTokenSchema.optional() });

/** What a notes panel learns when its grant is accepted. */
export interface NotesSession {
  entityId: string;
  /** The entity's name, for the panel's labels, in English and (where it has one) Chinese. */
  label: string;
  labelZh?: string;
  /** The language the reader reads Assay in (the panel switches when the settings change). */
  language: Lang;
  /** The page whose popover asked for the grant: the panel accepts its hand-over only from there. */
  pageOrigin: string;
  notes: Note[];
  /** Notes on the entity deleted in the last day, newest first, so their undo outlives the popover. */
  deleted: Note[];
  /** How many of the reader's clippings mention the entity, and the newest two. */
  glance: ClippingGlance;
}
const ExportFormatSchema = z.enum(['json', 'markdown', 'csv']);
/** An import's id, made by the options page. */
const ImportSessionSchema = RecordIdSchema;
/** One part of an imported file: at most `LIMITS.backupPartBytes` of UTF-8. */
const BackupPartTextSchema = z
  .string()
  .max(LIMITS.backupPartBytes)
  .refine((text) => utf8Length(text) <= LIMITS.backupPartBytes, `is larger than a backup part (${LIMITS.backupPartBytes} bytes)`);

/** The card shown in a popover for one entity (see lib/facts/cards.ts). */
export type FactsCard = EntityCard;

/** Storage used, and how much is there. Browser figures are null where the browser does not say. */
export interface StorageInfo {
  notes: number;
  clippings: number;
  /** Bytes used by the extension's origin. */
  usage: number | null;
  /** Bytes the origin may use. */
  quota: number | null;
  /** Whether the browser promised not to evict the data. */
  persisted: boolean | null;
}

/** The bundled dataset for the options page: each file's edition, dates, sources and licence, and its size. */
export interface DatasetInfo {
  meta: Dataset['meta'];
  counts: { minerals: number; countries: number; deals: number; controls: number };
}

/** The background's requests: payload schema, allowed senders, response type. */
export const protocol = {
  // Notes are read and written only by extension pages, never by a content script, so no web
  // page ever holds a note. The popover's notes panel is an extension page framed in the web
  // page; since a web page could frame it too, it must present the grant Assay's popover got
  // for it (`grant`; see lib/store/grants.ts).
  /** The content script asks for a grant when the reader opens a popover on an entity. */
  'notes.grant': {
    payload: z.strictObject({ entityId: EntityIdSchema }),
    senders: CONTENT_ONLY,
    response: returns<{ token: string }>(),
  },
  /** The notes panel's first request: what its grant is for, and the notes. */
  'notes.open': { payload: z.strictObject({ grant: GrantTokenSchema }), senders: FRAMED_ONLY, response: returns<NotesSession>() },
  'notes.list': {
    payload: z.strictObject({ entityId: EntityIdSchema }),
    senders: EXTENSION_ONLY,
    response: returns<Note[]>(),
  },
  'notes.add': {
    payload: z.strictObject({ id: RecordIdSchema, entityId: EntityIdSchema, text: NoteTextSchema, grant: GrantTokenSchema.optional() }),
    senders: EXTENSION_OR_GRANTED,
    response: returns<Note>(),
  },
  /** `baseUpdatedAt`: the version the edit started from; a newer one answers `conflict`. */
  'notes.update': {
    payload: z.strictObject({ id: RecordIdSchema, text: NoteTextSchema, baseUpdatedAt: TimestampSchema.optional(), grant: GrantTokenSchema.optional() }),
    senders: EXTENSION_OR_GRANTED,
    response: returns<Note>(),
  },
  /** Answers the deleted note, for undo (also when an earlier try already deleted it), or null if there is no such note. */
  'notes.delete': { payload: ByIdGranted, senders: EXTENSION_OR_GRANTED, response: returns<Note | null>() },
  /** Undo of a delete: puts back the note the delete removed, exactly as it was. */
  'notes.restore': { payload: ByIdGranted, senders: EXTENSION_OR_GRANTED, response: returns<Note>() },

  /** From the popup's "Save clipping" or the popover's. Answers the stored clipping. */
  'clippings.save': { payload: ClippingInputSchema, senders: ANYONE, response: returns<Clipping>() },
  'clippings.list': {
    payload: z
      .strictObject({
        /** The search box: every word must match quote, note, tags or entity names (as a prefix). */
        text: z.string().max(LIMITS.queryChars).optional(),
        entityId: EntityIdSchema.optional(),
        tag: TagSchema.optional(),
        site: HostSchema.optional(),
        limit: z.int().min(1).max(LIMITS.pageSize).optional(),
        before: z.strictObject({ createdAt: TimestampSchema, id: RecordIdSchema }).optional(),
      })
      .default({}),
    senders: EXTENSION_ONLY,
    response: returns<ClippingPage>(),
  },
  /** Answers `not-found` when there is no such clipping. */
  'clippings.get': { payload: ById, senders: EXTENSION_ONLY, response: returns<Clipping>() },
  'clippings.update': {
    payload: z
      .strictObject({ id: RecordIdSchema, note: ClippingNoteSchema.optional(), tags: TagsSchema.optional(), baseUpdatedAt: TimestampSchema.optional() })
      .refine((patch) => patch.note !== undefined || patch.tags !== undefined, 'give a note or tags to change'),
    senders: EXTENSION_ONLY,
    response: returns<Clipping>(),
  },
  /** Answers the deleted clipping, for undo, or null if it was already gone. */
  'clippings.delete': { payload: ById, senders: EXTENSION_ONLY, response: returns<Clipping | null>() },
  /** Undo of a delete: puts back the clipping the delete removed, exactly as it was. */
  'clippings.restore': { payload: ById, senders: EXTENSION_ONLY, response: returns<Clipping>() },
  'clippings.facets': { payload: Empty, senders: EXTENSION_ONLY, response: returns<ClippingFacets>() },

  // The dossier: everything the reader kept about one entity (dossier page and side panel).
  /** Its first screen: notes, the newest clippings that mention it and how many there are. */
  'dossier.get': {
    payload: z.strictObject({ entityId: EntityIdSchema, pageSize: z.int().min(1).max(LIMITS.pageSize).optional() }),
    senders: EXTENSION_ONLY,
    response: returns<DossierView>(),
  },
  /** The entities most often clipped together with it (reads all its clippings, so asked after the first screen). */
  'dossier.related': { payload: z.strictObject({ entityId: EntityIdSchema }), senders: EXTENSION_ONLY, response: returns<CoClipped>() },
  /** Its deals and export controls as dated events (from the dataset). */
  'dossier.timeline': { payload: z.strictObject({ entityId: EntityIdSchema }), senders: EXTENSION_ONLY, response: returns<TimelineEvent[]>() },
  /** Opens the dossier in a tab (the popover's "Dossier" button; a content script cannot open extension pages itself). */
  'dossier.open': { payload: z.strictObject({ entityId: EntityIdSchema }), senders: ANYONE, response: returns<null>() },

  'settings.get': { payload: Empty, senders: EXTENSION_ONLY, response: returns<Settings>() },
  /**
   * A content script's view of the settings, for the page it runs in (worked out from the
   * sender's URL): on or off there, types, colours, hover delay; never the site lists.
   */
  'page.settings': { payload: Empty, senders: CONTENT_ONLY, response: returns<PageSettings>() },
  'settings.update': { payload: SettingsPatchSchema, senders: EXTENSION_ONLY, response: returns<Settings>() },

  // Backups travel in parts, so that neither an export nor an imported file is ever limited by
  // the size of one message (see LIMITS.backupPartBytes).
  /** Names the export's file and gives the cursor of its first part. */
  'backup.exportBegin': {
    payload: z.strictObject({ format: ExportFormatSchema }),
    senders: EXTENSION_ONLY,
    response: returns<ExportStart>(),
  },
  /** The export's text from `cursor` on, and the cursor of the next part (null after the last). */
  'backup.exportPart': {
    payload: z.strictObject({ format: ExportFormatSchema, cursor: ExportCursorSchema }),
    senders: EXTENSION_ONLY,
    response: returns<ExportPart>(),
  },
  /**
   * Part `index` of a backup file being imported as `session` (part 0 starts it). Each part is
   * read and its records checked as it arrives; a bad file gets `invalid-backup` at once.
   */
  'backup.importPart': {
    payload: z.strictObject({ session: ImportSessionSchema, index: z.int().min(0).max(1_000_000_000), text: BackupPartTextSchema }),
    senders: EXTENSION_ONLY,
    response: returns<ImportProgress>(),
  },
  /**
   * After the file's last part: what importing it would add, update and leave (`apply` false),
   * or the import itself, merged by id in one transaction (`apply` true). A bad file changes
   * nothing. `not-found` means the background lost the session: send the file again.
   */
  'backup.importEnd': {
    payload: z.strictObject({ session: ImportSessionSchema, parts: z.int().min(1).max(1_000_000_000), apply: z.boolean() }),
    senders: EXTENSION_ONLY,
    response: returns<ImportReport>(),
  },
  /** Drops an import the user cancelled. */
  'backup.importCancel': {
    payload: z.strictObject({ session: ImportSessionSchema }),
    senders: EXTENSION_ONLY,
    response: returns<null>(),
  },
  'storage.info': { payload: Empty, senders: EXTENSION_ONLY, response: returns<StorageInfo>() },

  /**
   * The card for one entity, loaded when a popover opens (implemented by the facts layer), worded
   * in `lang`; without one, in the reader's language.
   */
  'facts.get': { payload: z.strictObject({ id: EntityIdSchema, lang: LangSchema.optional() }), senders: ANYONE, response: returns<FactsCard>() },
  /**
   * The popover's own words (`popover_…` messages) in `lang`, asked by the content script the first
   * time a popover opens: a few messages, rather than both whole catalogs on every page.
   */
  'popover.strings': { payload: z.strictObject({ lang: LangSchema }), senders: ANYONE, response: returns<Catalog>() },
  /** The dataset's editions, as-of dates, sources and licences, for the options page. */
  'dataset.info': { payload: Empty, senders: EXTENSION_ONLY, response: returns<DatasetInfo>() },
  /**
   * The content script asks compromise, which runs in the extension's own document rather than
   * in the page, for the tags of the sentences it could not settle.
   */
  'nlp.tag': {
    payload: z.strictObject({
      sentences: z.array(z.string().max(MAX_SENTENCE_CHARS)).max(MAX_QUESTIONS),
    }),
    senders: ANYONE,
    response: returns<NlpAnswers>(),
  },
  /** The content script reports its mention count for the toolbar badge. */
  'page.report': {
    payload: z.strictObject({
      mentions: z.int().min(0).max(1_000_000),
      byType: z
        .strictObject({
          mineral: z.int().min(0).max(1_000_000),
          country: z.int().min(0).max(1_000_000),
          deal: z.int().min(0).max(1_000_000),
        })
        .optional(),
    }),
    senders: ANYONE,
    response: returns<null>(),
  },
} satisfies ProtocolMap;

/** The type of the background protocol map. */
export type Protocol = typeof protocol;
/** Every request the background answers. */
export type RequestName = NameIn<Protocol>;
/** A request's payload as the sender writes it. */
export type RequestPayload<N extends RequestName> = PayloadIn<Protocol, N>;
/** A request's payload as its handler receives it (validated, defaults filled in). */
export type HandlerPayload<N extends RequestName> = PayloadOf<Protocol, N>;
/** What a request answers with (inside `Result.value`). */
export type ResponseOf<N extends RequestName> = ResponseIn<Protocol, N>;

/** The requests the storage layer answers (`createStoreHandlers`); the rest are the lead's. */
export const STORE_REQUESTS = [
  'notes.grant',
  'notes.open',
  'notes.list',
  'notes.add',
  'notes.update',
  'notes.delete',
  'notes.restore',
  'clippings.save',
  'clippings.list',
  'clippings.get',
  'clippings.update',
  'clippings.delete',
  'clippings.restore',
  'clippings.facets',
  'dossier.get',
  'dossier.related',
  'settings.get',
  'page.settings',
  'settings.update',
  'backup.exportBegin',
  'backup.exportPart',
  'backup.importPart',
  'backup.importEnd',
  'backup.importCancel',
  'storage.info',
] as const satisfies readonly RequestName[];

/** The requests `createStoreHandlers` answers. */
export type StoreRequestName = (typeof STORE_REQUESTS)[number];
