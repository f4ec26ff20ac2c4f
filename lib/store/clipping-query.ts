/**
 * Listing and searching clippings, newest first, without loading them all.
 *
 * A plain listing walks the `createdAt` index backwards and stops after one page. A search or
 * filter turns each condition into an index range (a query term is a prefix range on the
 * multiEntry `terms` index) and reads the ids in each range (ids only, no records); their
 * intersection is exactly the set of matches. The cached time order (time-order.ts) ranks those
 * ids, and only the records of the page shown are read. So a search costs a few `getAllKeys`
 * and one page of `get`s, however common or rare its words.
 */
import type { IDBPTransaction } from 'idb';
import { LIMITS } from './limits.ts';
import { fromClippingRecord } from './clipping-record.ts';
import type { AssayDb, AssaySchema } from './db.ts';
import { timeOrder, type TimeOrder } from './time-order.ts';
import { queryTerms } from './tokenize.ts';
import type { Clipping, ClippingRecord } from './types.ts';

/** Where the previous page ended; pass it back as `before` for the next page. */
export interface ClippingCursor {
  createdAt: number;
  id: string;
}

/** A search and its filters; every part given must match. */
export interface ClippingQuery {
  /** Free text: every word must match (as a prefix) the quote, note, tags or entity names. */
  text?: string;
  entityId?: string;
  tag?: string;
  site?: string;
  /** Page size (default 50). */
  limit?: number;
  /** Only clippings older than this cursor. */
  before?: ClippingCursor;
}

/** One page of results, newest first. */
export interface ClippingPage {
  items: Clipping[];
  /** The cursor for the next page, or null when this was the last. */
  next: ClippingCursor | null;
}

/** Clippings per page when the caller does not say. */
export const DEFAULT_PAGE_SIZE = 50;

type ReadTx = IDBPTransaction<AssaySchema, ['clippings'], 'readonly'>;
type IndexName = 'terms' | 'entityIds' | 'tags' | 'site';

/** An index range whose entries all match one part of the query. */
interface Condition {
  index: IndexName;
  range: IDBKeyRange;
}

function conditionsOf(query: ClippingQuery): Condition[] {
  // A term's range holds every indexed word it is a prefix of ("tung" → "tungsten").
  const conditions: Condition[] = queryTerms(query.text ?? '').map((term) => ({ index: 'terms', range: IDBKeyRange.bound(term, `${term}\uffff`) }));
  const { entityId, tag, site } = query;
  if (entityId !== undefined) conditions.push({ index: 'entityIds', range: IDBKeyRange.only(entityId) });
  if (tag !== undefined) conditions.push({ index: 'tags', range: IDBKeyRange.only(tag) });
  if (site !== undefined) conditions.push({ index: 'site', range: IDBKeyRange.only(site) });
  return conditions;
}

function timeRange(before: ClippingCursor | undefined): IDBKeyRange | null {
  return before ? IDBKeyRange.upperBound([before.createdAt, before.id], true) : null;
}

function pageOf(records: ClippingRecord[], limit: number): ClippingPage {
  const items = records.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items: items.map(fromClippingRecord),
    next: records.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}

async function listNewest(tx: ReadTx, limit: number, before?: ClippingCursor): Promise<ClippingRecord[]> {
  const records: ClippingRecord[] = [];
  let cursor = await tx.store.index('createdAt').openCursor(timeRange(before), 'prev');
  // One record past the page says whether there is a next page.
  while (cursor) {
    records.push(cursor.value);
    if (records.length > limit) break;
    cursor = await cursor.continue();
  }
  return records;
}

/** The ids that meet every condition (an id is listed once per matching word, hence the sets). */
async function matchingIds(tx: ReadTx, conditions: Condition[]): Promise<Set<string>> {
  const keySets = await Promise.all(conditions.map(async (c) => new Set(await tx.store.index(c.index).getAllKeys(c.range))));
  const [smallest, ...others] = keySets.sort((a, b) => a.size - b.size);
  if (!others.length) return smallest;
  return new Set(Array.from(smallest).filter((id) => others.every((set) => set.has(id))));
}

/** How many clippings come before `cursor` in time order: the ranks a next page may use. */
async function ranksBefore(tx: ReadTx, cursor: ClippingCursor | undefined, total: number): Promise<number> {
  return cursor ? tx.store.index('createdAt').count(timeRange(cursor) as IDBKeyRange) : total;
}

/** The newest `limit + 1` of `ids` before the cursor, read record by record. */
async function newestOf(tx: ReadTx, order: TimeOrder, ids: Set<string>, limit: number, before?: ClippingCursor) {
  const bound = await ranksBefore(tx, before, order.ids.length);
  const ranks = new Int32Array(ids.size);
  let n = 0;
  for (const id of ids) {
    const rank = order.rank.get(id);
    if (rank !== undefined && rank < bound) ranks[n++] = rank;
  }
  const newest = ranks.subarray(0, n).sort().reverse().subarray(0, limit + 1);
  const records = await Promise.all(Array.from(newest, (rank) => tx.store.get(order.ids[rank])));
  return records.filter((record): record is ClippingRecord => record !== undefined);
}

/** One page of the clippings matching `query`, newest first. */
export async function queryClippings(db: AssayDb, query: ClippingQuery): Promise<ClippingPage> {
  const limit = Math.min(Math.max(1, Math.floor(query.limit ?? DEFAULT_PAGE_SIZE)), LIMITS.pageSize);
  const tx = db.transaction('clippings', 'readonly');
  const conditions = conditionsOf(query);
  if (conditions.length === 0) return pageOf(await listNewest(tx, limit, query.before), limit);
  const [order, ids] = await Promise.all([timeOrder(db, tx), matchingIds(tx, conditions)]);
  return pageOf(await newestOf(tx, order, ids, limit, query.before), limit);
}
