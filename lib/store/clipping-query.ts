/**
 * Listing and searching clippings, newest first, without loading them all.
 *
 * A plain listing walks the `createdAt` index backwards and stops after one page. A search or
 * filter turns each condition into an index range (a query term is a prefix range on the
 * multiEntry `terms` index), counts the entries in each, and starts from the rarest:
 * - if the rarest has few matches, those records are fetched and checked against the other
 *   conditions in memory, then sorted;
 * - if even the rarest is common ("china" on 10,000 clippings), the keys of every condition are
 *   intersected and put in time order using the ids of the `createdAt` index, so only the
 *   records shown are read.
 */
import type { IDBPTransaction } from 'idb';
import { LIMITS } from './limits.ts';
import { fromClippingRecord } from './clipping-record.ts';
import type { AssayDb, AssaySchema } from './db.ts';
import { matchesTerm, queryTerms } from './tokenize.ts';
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

/** Below this many candidates, fetching and sorting them beats reading every id in time order. */
const FETCH_THRESHOLD = 1_000;

type ReadTx = IDBPTransaction<AssaySchema, ['clippings'], 'readonly'>;
type IndexName = 'terms' | 'entityIds' | 'tags' | 'site';

interface Condition {
  index: IndexName;
  range: IDBKeyRange;
  test(record: ClippingRecord): boolean;
}

function conditionsOf(query: ClippingQuery): Condition[] {
  const conditions: Condition[] = queryTerms(query.text ?? '').map((term) => ({
    index: 'terms',
    range: IDBKeyRange.bound(term, `${term}\uffff`),
    test: (record) => matchesTerm(record.terms, term),
  }));
  const { entityId, tag, site } = query;
  if (entityId !== undefined) {
    conditions.push({ index: 'entityIds', range: IDBKeyRange.only(entityId), test: (r) => r.entityIds.includes(entityId) });
  }
  if (tag !== undefined) {
    conditions.push({ index: 'tags', range: IDBKeyRange.only(tag), test: (r) => r.tags.includes(tag) });
  }
  if (site !== undefined) {
    conditions.push({ index: 'site', range: IDBKeyRange.only(site), test: (r) => r.site === site });
  }
  return conditions;
}

function newestFirst(a: ClippingRecord, b: ClippingRecord): number {
  return b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

function isBefore(record: ClippingRecord, cursor: ClippingCursor | undefined): boolean {
  if (!cursor) return true;
  return record.createdAt < cursor.createdAt || (record.createdAt === cursor.createdAt && record.id < cursor.id);
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

async function fetchAndSort(tx: ReadTx, keys: Iterable<string>, conditions: Condition[], query: ClippingQuery) {
  const records = await Promise.all(Array.from(keys, (key) => tx.store.get(key)));
  return records
    .filter((record): record is ClippingRecord => record !== undefined)
    .filter((record) => isBefore(record, query.before) && conditions.every((condition) => condition.test(record)))
    .sort(newestFirst);
}

async function keysOf(tx: ReadTx, condition: Condition): Promise<Set<string>> {
  return new Set(await tx.store.index(condition.index).getAllKeys(condition.range));
}

/**
 * The newest `limit + 1` of `keys`, in order. All primary keys in time order come back from one
 * `getAllKeys` on the time index (ids only, a few hundred kilobytes for 10,000 clippings), which
 * is far cheaper than stepping a cursor; only the records on the page are then read.
 */
async function newestAmong(tx: ReadTx, keys: Set<string>, limit: number, before?: ClippingCursor) {
  const oldestFirst = await tx.store.index('createdAt').getAllKeys(timeRange(before));
  const picked: string[] = [];
  for (let i = oldestFirst.length - 1; i >= 0 && picked.length <= limit; i--) {
    if (keys.has(oldestFirst[i])) picked.push(oldestFirst[i]);
  }
  const records = await Promise.all(picked.map((key) => tx.store.get(key)));
  return records.filter((record): record is ClippingRecord => record !== undefined);
}

/**
 * The keys of the clippings that may match, starting from the rarest condition. When that one is
 * rare, its keys are returned as they are and the other conditions are checked on the records
 * later; otherwise every condition's keys are intersected. So a set larger than
 * `FETCH_THRESHOLD` is always exact.
 */
async function candidateKeys(tx: ReadTx, conditions: Condition[]): Promise<Set<string>> {
  if (conditions.length === 1) return keysOf(tx, conditions[0]);
  const counts = await Promise.all(conditions.map((c) => tx.store.index(c.index).count(c.range)));
  const rarest = counts.indexOf(Math.min(...counts));
  if (counts[rarest] <= FETCH_THRESHOLD) return keysOf(tx, conditions[rarest]);
  const keySets = await Promise.all(conditions.map((condition) => keysOf(tx, condition)));
  const [smallest, ...others] = keySets.sort((a, b) => a.size - b.size);
  return new Set(Array.from(smallest).filter((key) => others.every((set) => set.has(key))));
}

/** One page of the clippings matching `query`, newest first. */
export async function queryClippings(db: AssayDb, query: ClippingQuery): Promise<ClippingPage> {
  const limit = Math.min(Math.max(1, Math.floor(query.limit ?? DEFAULT_PAGE_SIZE)), LIMITS.pageSize);
  const tx = db.transaction('clippings', 'readonly');
  const conditions = conditionsOf(query);
  if (conditions.length === 0) return pageOf(await listNewest(tx, limit, query.before), limit);
  const candidates = await candidateKeys(tx, conditions);
  if (candidates.size <= FETCH_THRESHOLD) return pageOf(await fetchAndSort(tx, candidates, conditions, query), limit);
  return pageOf(await newestAmong(tx, candidates, limit, query.before), limit);
}
