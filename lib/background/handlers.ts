/**
 * The background's answers to the storage requests of the protocol: notes, clippings, settings,
 * backups and storage figures. The lead adds `facts.get`, `nlp.tag` and `page.report` next to
 * these and passes the lot to `createRequestHandler`.
 */
import { beginExport, exportPart } from '../backup/export-file.ts';
import { ImportSessions } from '../backup/import-sessions.ts';
import type { Handlers, RequestContext } from '../messaging/server.ts';
import type { Protocol, StoreRequestName, StorageInfo } from '../messaging/protocol.ts';
import { AssayError } from '../messaging/result.ts';
import { ClippingStore } from '../store/clippings.ts';
import { systemClock, type Clock } from '../store/clock.ts';
import type { AssayDb } from '../store/db.ts';
import { DossierStore } from '../store/dossier.ts';
import { GrantStore } from '../store/grants.ts';
import { NoteStore } from '../store/notes.ts';
import { pageSettingsFor } from '../settings/page-settings.ts';
import { resolveLanguage } from '../i18n/language.ts';
import { siteOf } from '../records/url.ts';
import { SettingsStore } from '../store/settings.ts';
import type { ClippingEntity, Settings, ShownEntity } from '../records/types.ts';

/** What the store handlers need from the browser; each part is optional so tests can leave it out. */
export interface StoreHandlerOptions {
  /** `() => navigator.storage.estimate()`, where available. */
  estimate?: () => Promise<StorageEstimate>;
  /** `() => navigator.storage.persisted()`, where available. */
  persisted?: () => Promise<boolean>;
  /** Called after settings changed (an update, or an import that brought settings), to tell the tabs. */
  onSettingsChanged?: (settings: Settings) => void;
  /** Called after a note on `entityId` was added, changed, deleted or restored, to tell open panels. */
  onNotesChanged?: (entityId: string) => void;
  /** The entity's name for the notes panel in English and Chinese (the dataset lives with the lead's handlers). */
  labelOf?: (entityId: string) => { en: string; zh?: string };
  /** The browser's UI language, which the `auto` language setting follows ('en' when not given). */
  browserLanguage?: () => string;
  clock?: Clock;
}

/** How long a deleted note stays offered for undo when its entity's panel opens again. */
const PANEL_UNDO_MS = 24 * 60 * 60 * 1000;
/** Clippings the notes panel names ("3 of your clippings mention tungsten"). */
const PANEL_GLANCE = 2;
/** Clippings on a dossier's first screen. */
const DOSSIER_PAGE = 20;
/** Entities listed under "often clipped with". */
const CO_CLIPPED_SHOWN = 12;

function originOf(url: string | undefined): string {
  try {
    return url ? new URL(url).origin : '';
  } catch {
    return '';
  }
}

/** The database, or a function that gives it (opened lazily, reopened after the browser closed it). */
export type DbSource = AssayDb | (() => Promise<AssayDb>);

/** One handler for every storage request of the protocol. */
export type StoreHandlers = Required<Pick<Handlers<Protocol>, StoreRequestName>>;

async function storageFigures(options: StoreHandlerOptions) {
  const [estimate, persisted] = await Promise.all([
    options.estimate?.().catch(() => undefined),
    options.persisted?.().catch(() => undefined),
  ]);
  return {
    usage: estimate?.usage ?? null,
    quota: estimate?.quota ?? null,
    persisted: persisted ?? null,
  };
}

/** Handlers for every storage request, working on the database from `source`. */
export function createStoreHandlers(source: DbSource, options: StoreHandlerOptions = {}): StoreHandlers {
  const clock = options.clock ?? systemClock;
  const getDb = typeof source === 'function' ? source : async () => source;
  const notes = async () => new NoteStore(await getDb(), clock);
  const clippings = async () => new ClippingStore(await getDb(), clock);
  const settings = async () => new SettingsStore(await getDb(), clock);
  const grants = async () => new GrantStore(await getDb(), clock);
  const dossier = async () => new DossierStore(await getDb(), clock);
  const notesChanged = <T extends { entityId: string } | null>(note: T): T => {
    if (note) options.onNotesChanged?.(note.entityId);
    return note;
  };

  /**
   * A framed notes panel may touch only the notes of the entity its grant is for; Assay's own
   * unframed pages may touch any. The dispatcher has already refused every other kind of sender.
   */
  const authorize = async (context: RequestContext, grant: string | undefined, entityId: () => Promise<string | undefined>) => {
    if (context.kind !== 'framed') return;
    const { sender } = context;
    // Stryker disable next-line StringLiteral: no grant is refused as an unknown token; any other stand-in string is unknown too.
    const granted = await (await grants()).use(grant ?? '', { tabId: sender.tab?.id, frameId: sender.frameId, documentId: sender.documentId });
    const target = await entityId();
    if (target !== undefined && target !== granted.entityId) throw new AssayError('forbidden', 'This notes panel may only change the notes it was opened for.');
  };
  const entityOfNote = async (id: string) => {
    const store = await notes();
    return ((await store.get(id)) ?? (await store.deleted(id)))?.entityId;
  };
  // Stryker disable next-line StringLiteral: an unknown browser language resolves to English as well.
  const browserLanguage = options.browserLanguage ?? (() => 'en');
  /** An entity with its Chinese name from the dataset, where it has one (stored clippings keep the English label only). */
  const shown = <E extends ClippingEntity>(entity: E): E & ShownEntity => {
    const zh = options.labelOf?.(entity.id).zh;
    return zh ? { ...entity, labelZh: zh } : entity;
  };
  const imports = new ImportSessions(clock);
  const announced = new Set<string>();

  return {
    'notes.grant': async ({ entityId }, { sender }) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || (sender.frameId ?? 0) !== 0) throw new AssayError('forbidden', 'Notes panels open only in a tab\'s own popover.');
      const grant = await (await grants()).mint(tabId, entityId, originOf(sender.url));
      return { token: grant.token };
    },
    'notes.open': async ({ grant }, { sender }) => {
      const granted = await (await grants()).use(grant, { tabId: sender.tab?.id, frameId: sender.frameId, documentId: sender.documentId });
      const store = await notes();
      const [list, deleted, glance] = await Promise.all([
        store.listByEntity(granted.entityId),
        store.recentlyDeleted(granted.entityId, PANEL_UNDO_MS),
        (await dossier()).glance(granted.entityId, PANEL_GLANCE),
      ]);
      const label = options.labelOf?.(granted.entityId) ?? { en: granted.entityId };
      const language = resolveLanguage((await (await settings()).get()).language, browserLanguage());
      return { entityId: granted.entityId, label: label.en, ...(label.zh ? { labelZh: label.zh } : {}), language, pageOrigin: granted.pageOrigin, notes: list, deleted, glance };
    },
    'notes.list': async ({ entityId }) => (await notes()).listByEntity(entityId),
    'notes.add': async ({ grant, ...input }, context) => {
      await authorize(context, grant, async () => input.entityId);
      return notesChanged(await (await notes()).add(input));
    },
    'notes.update': async ({ id, text, baseUpdatedAt, grant }, context) => {
      await authorize(context, grant, () => entityOfNote(id));
      return notesChanged(await (await notes()).update(id, text, baseUpdatedAt));
    },
    'notes.delete': async ({ id, grant }, context) => {
      await authorize(context, grant, () => entityOfNote(id));
      return notesChanged(await (await notes()).delete(id));
    },
    'notes.restore': async ({ id, grant }, context) => {
      await authorize(context, grant, () => entityOfNote(id));
      return notesChanged(await (await notes()).restore(id));
    },

    'clippings.save': async (input, { kind, sender }) => {
      // A content script saves clippings of its own page, nothing else.
      const site = kind === 'content' ? siteOf(sender.url ?? '') : undefined;
      if (site !== undefined && siteOf(input.url) !== site) throw new AssayError('forbidden', 'A page can only save clippings of itself.');
      const saved = await (await clippings()).save(input);
      // A save that finds its id taken answers with the stored clipping (a retried save whose first
      // answer was lost). A content script gets it back only if it is of its own site, so a
      // guessed id cannot read someone else's clipping through this door.
      if (site !== undefined && saved.site !== site) throw new AssayError('conflict', 'A clipping with this id already exists; nothing was saved.');
      return saved;
    },
    'clippings.list': async (query) => {
      const page = await (await clippings()).list(query);
      return { ...page, items: page.items.map((clipping) => ({ ...clipping, entities: clipping.entities.map(shown) })) };
    },
    'clippings.get': async ({ id }) => {
      const clipping = await (await clippings()).get(id);
      if (!clipping) throw new AssayError('not-found', 'That clipping no longer exists; it may have been deleted.');
      return clipping;
    },
    'clippings.update': async ({ id, baseUpdatedAt, ...patch }) => (await clippings()).update(id, patch, baseUpdatedAt),
    'clippings.delete': async ({ id }) => (await clippings()).delete(id),
    'clippings.restore': async ({ id }) => (await clippings()).restore(id),
    'clippings.facets': async () => {
      const facets = await (await clippings()).facets();
      return { ...facets, entities: facets.entities.map(shown) };
    },

    'dossier.get': async ({ entityId, pageSize }) => (await dossier()).view(entityId, pageSize ?? DOSSIER_PAGE),
    'dossier.related': async ({ entityId }) => (await dossier()).coClipped(entityId, CO_CLIPPED_SHOWN),

    'settings.get': async () => (await settings()).get(),
    'page.settings': async (_, { sender }) => pageSettingsFor(await (await settings()).get(), siteOf(sender.url ?? ''), browserLanguage()),
    'settings.update': async (patch) => {
      const updated = await (await settings()).update(patch);
      options.onSettingsChanged?.(updated);
      return updated;
    },

    'backup.exportBegin': async ({ format }) => beginExport(await getDb(), format, clock()),
    'backup.exportPart': async ({ format, cursor }) => exportPart(await getDb(), format, cursor),
    'backup.importPart': ({ session, index, text }) => imports.part(session, index, text),
    'backup.importEnd': async ({ session, parts, apply }) => {
      const report = await imports.end(await getDb(), session, parts, apply);
      // A repeated end answers the same report; the settings were broadcast the first time.
      if (apply && !announced.has(session) && (report.settings === 'add' || report.settings === 'update')) {
        announced.add(session);
        options.onSettingsChanged?.(await (await settings()).get());
      }
      return report;
    },
    'backup.importCancel': ({ session }) => {
      imports.cancel(session);
      return null;
    },
    'storage.info': async (): Promise<StorageInfo> => {
      const [noteCount, clippingCount, figures] = await Promise.all([
        (await notes()).count(),
        (await clippings()).count(),
        storageFigures(options),
      ]);
      return { notes: noteCount, clippings: clippingCount, ...figures };
    },
  };
}
