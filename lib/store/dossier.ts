/**
 * What the reader kept about one entity, for its dossier: the notes (and the ones deleted lately,
 * for undo), the newest clippings that mention it with how many there are, and the entities most
 * often clipped together with it. All from the existing indexes: `entityId` on notes, the
 * multiEntry `entityIds` on clippings.
 */
import { queryClippings, type ClippingCursor } from './clipping-query.ts';
import { systemClock, type Clock } from './clock.ts';
import type { AssayDb } from './db.ts';
import { NoteStore } from './notes.ts';
import type { Clipping, EntityFacet, Note } from '../records/types.ts';

/** The first screen of a dossier. */
export interface DossierView {
  entityId: string;
  notes: Note[];
  /** Notes on the entity deleted in the last day, newest first (undo). */
  deleted: Note[];
  /** The newest clippings that mention the entity. */
  clippings: Clipping[];
  /** Where the next page of clippings starts, or null when they were all shown. */
  next: ClippingCursor | null;
  /** How many clippings mention the entity in all. */
  total: number;
}

/** Entities that appear in the same clippings, most often first. */
export interface CoClipped {
  entities: EntityFacet[];
  /** Clippings read to find them (all that mention the entity). */
  clippings: number;
}

/** The notes panel's line "3 of your clippings mention tungsten", with the newest. */
export interface ClippingGlance {
  total: number;
  newest: { id: string; site: string; title: string; createdAt: number; start: string }[];
}

const DELETED_SHOWN_MS = 24 * 60 * 60 * 1000;
const GLANCE_CHARS = 90;

export class DossierStore {
  constructor(
    private readonly db: AssayDb,
    private readonly now: Clock = systemClock,
  ) {}

  async countClippings(entityId: string): Promise<number> {
    return this.db.countFromIndex('clippings', 'entityIds', entityId);
  }

  async view(entityId: string, pageSize: number): Promise<DossierView> {
    const notes = new NoteStore(this.db, this.now);
    const [list, deleted, page, total] = await Promise.all([
      notes.listByEntity(entityId),
      notes.recentlyDeleted(entityId, DELETED_SHOWN_MS),
      queryClippings(this.db, { entityId, limit: pageSize }),
      this.countClippings(entityId),
    ]);
    return { entityId, notes: list, deleted, clippings: page.items, next: page.next, total };
  }

  /** The newest `count` clippings of the entity, in a few words each, and the total. */
  async glance(entityId: string, count: number): Promise<ClippingGlance> {
    const [page, total] = await Promise.all([queryClippings(this.db, { entityId, limit: count }), this.countClippings(entityId)]);
    return {
      total,
      newest: page.items.map((c) => ({
        id: c.id,
        site: c.site,
        title: c.title,
        createdAt: c.createdAt,
        start: c.quote.length > GLANCE_CHARS ? `${c.quote.slice(0, GLANCE_CHARS).trimEnd()}…` : c.quote,
      })),
    };
  }

  /** The `limit` entities most often in the same clippings as `entityId`, each with how often. */
  async coClipped(entityId: string, limit: number): Promise<CoClipped> {
    const records = await this.db.getAllFromIndex('clippings', 'entityIds', entityId);
    const counts = new Map<string, EntityFacet>();
    for (const record of records) {
      // A clipping counts once per entity, however often its list repeats it (nothing forbids that).
      const counted = new Set([entityId]);
      for (const entity of record.entities) {
        if (counted.has(entity.id)) continue;
        counted.add(entity.id);
        const seen = counts.get(entity.id);
        if (seen) seen.count += 1;
        else counts.set(entity.id, { ...entity, count: 1 });
      }
    }
    const entities = [...counts.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)).slice(0, limit);
    return { entities, clippings: records.length };
  }
}
