/**
 * The background's answers to the storage requests of the protocol: notes, clippings, settings,
 * backups and storage figures. The lead adds `facts.get`, `nlp.tag` and `page.report` next to
 * these and passes the lot to `createRequestHandler`.
 */
import { beginExport, exportPart } from '../backup/export-file.ts';
import { ImportSessions } from '../backup/import-sessions.ts';
import type { Handlers } from '../messaging/server.ts';
import type { Protocol, StoreRequestName, StorageInfo } from '../messaging/protocol.ts';
import { AssayError } from '../messaging/result.ts';
import { ClippingStore } from '../store/clippings.ts';
import { systemClock, type Clock } from '../store/clock.ts';
import type { AssayDb } from '../store/db.ts';
import { NoteStore } from '../store/notes.ts';
import { SettingsStore } from '../store/settings.ts';
import type { Settings } from '../store/types.ts';

/** What the store handlers need from the browser; each part is optional so tests can leave it out. */
export interface StoreHandlerOptions {
  /** `() => navigator.storage.estimate()`, where available. */
  estimate?: () => Promise<StorageEstimate>;
  /** `() => navigator.storage.persisted()`, where available. */
  persisted?: () => Promise<boolean>;
  /** Called after settings changed (an update, or an import that brought settings), to tell the tabs. */
  onSettingsChanged?: (settings: Settings) => void;
  clock?: Clock;
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
  const imports = new ImportSessions(clock);
  const announced = new Set<string>();

  return {
    'notes.list': async ({ entityId }) => (await notes()).listByEntity(entityId),
    'notes.add': async (input) => (await notes()).add(input),
    'notes.update': async ({ id, text }) => (await notes()).update(id, text),
    'notes.delete': async ({ id }) => (await notes()).delete(id),
    'notes.restore': async ({ note }) => (await notes()).restore(note),

    'clippings.save': async (input) => (await clippings()).save(input),
    'clippings.list': async (query) => (await clippings()).list(query),
    'clippings.get': async ({ id }) => {
      const clipping = await (await clippings()).get(id);
      if (!clipping) throw new AssayError('not-found', 'That clipping no longer exists; it may have been deleted.');
      return clipping;
    },
    'clippings.update': async ({ id, ...patch }) => (await clippings()).update(id, patch),
    'clippings.delete': async ({ id }) => (await clippings()).delete(id),
    'clippings.restore': async ({ clipping }) => (await clippings()).restore(clipping),
    'clippings.facets': async () => (await clippings()).facets(),

    'settings.get': async () => (await settings()).get(),
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
