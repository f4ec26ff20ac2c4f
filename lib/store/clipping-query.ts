/**
 * Listing and searching clippings, newest first, without loading them all.
 *
 * A plain listing walks the `createdAt` index backwards and stops after one page. A search or
 * filter turns each condition into an index range (a query term is a prefix range on the
 * multiEntry `terms` index) and goes, cheapest first:
 * 1. A glimpse of each range: its first ids, a hundred at most. A condition with fewer is rare,
 *    and the ids path (3) is taken at once.
 * 2. Otherwise the newest records are read and checked against every condition, with a budget
 *    of about 150 records: a page fills within it when the conditions together match about one
 *    record in seven or more ("china", "tungsten").
 * 3. Otherwise each range's ids are read up to a cap; conditions under the cap are rare, and
 *    their ids are intersected and ranked by the cached time order (time-order.ts); records are
 *    read newest first, a page at a time, and checked against the common conditions. When no
 *    condition is under the cap, the walk of (2) goes on without a budget.
 * Reading ids costs more per id than one would think (measured in Chromium 156 on the benchmark's
 * clippings: about 7 µs an id against 17 µs a record), so a common word is cheaper found by (2) than by reading its thousands
 * of ids; a rare one is cheaper by its ids than by walking thousands of records. Ranges are
 * never counted: Chromium walks a range to count it.
 */
import { unwrap, wrap, type IDBPTransaction } from 'idb';
import { LIMITS } from '../records/limits.ts';
import { fromClippingRecord } from './clipping-record.ts';
import type { AssayDb, AssaySchema } from './db.ts';
import { timeOrder, warmTimeOrder, type TimeOrder } from './time-order.ts';
import { matchesTerm, queryTerms } from './tokenize.ts';
import type { Clipping, ClippingRecord } from '../records/types.ts';

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

/**
 * Past this many index entries a condition counts as common: its ids are not used, it is checked
 * on the records instead.
 */
const COMMON_ENTRIES = 1_500;

/** Ids glimpsed first in each condition's range: a condition with no more than this is rare. */
const RARE_AT_A_GLANCE = 100;

/**
 * Records read newest first, checking every condition, before falling back to ids (the batches
 * double from a page, so a page of 25 reads 26 + 52 + 104): enough to fill the page when the
 * conditions together match about one record in seven or more.
 */
const WALK_BUDGET = 150;

/** One part of the query: an index range whose entries match it, and the same test on a record. */
interface Condition {
  index: IndexName;
  range: IDBKeyRange;
  test(record: ClippingRecord): boolean;
}

function conditionsOf(query: ClippingQuery): Condition[] {
  // A term's range holds every indexed word it is a prefix of ("tung" → "tungsten").
  const conditions: Condition[] = queryTerms(query.text ?? '').map((term) => ({
    index: 'terms',
    range: IDBKeyRange.bound(term, `${term}\uffff`),
    test: (record) => matchesTerm(record.terms, term),
  }));
  const { entityId, tag, site } = query;
  if (entityId !== undefined) conditions.push({ index: 'entityIds', range: IDBKeyRange.only(entityId), test: (r) => r.entityIds.includes(entityId) });
  if (tag !== undefined) conditions.push({ index: 'tags', range: IDBKeyRange.only(tag), test: (r) => r.tags.includes(tag) });
  if (site !== undefined) conditions.push({ index: 'site', range: IDBKeyRange.only(site), test: (r) => r.site === site });
  return conditions;
}

const meetsAll = (conditions: Condition[]) => (record: ClippingRecord) => conditions.every((c) => c.test(record));

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

interface IndexRecord {
  key: IDBValidKey;
  primaryKey: IDBValidKey;
  value: ClippingRecord;
}

/** `IDBIndex.getAllRecords` (Chromium 141+): a batch of records in either direction, in one request. */
type BatchReader = (query: IDBKeyRange | null, count: number) => Promise<IndexRecord[]>;

function batchReader(tx: ReadTx): BatchReader | undefined {
  const index = unwrap(tx.store.index('createdAt')) as IDBIndex & {
    getAllRecords?: (options: { query: IDBKeyRange | null; count: number; direction: IDBCursorDirection }) => IDBRequest<IndexRecord[]>;
  };
  if (typeof index.getAllRecords !== 'function') return undefined;
  return (query, count) => wrap(index.getAllRecords!({ query, count, direction: 'prev' })) as Promise<IndexRecord[]>;
}

/** What a walk over the newest records found, and where it stopped. */
interface Walk {
  records: ClippingRecord[];
  /** False when the walk stopped at its budget before filling a page or reaching the oldest record. */
  complete: boolean;
  /** The last record read: a walk cut short goes on from here. */
  readTo?: ClippingCursor;
}

/**
 * The newest records that pass `keep`, walking back in time; `limit + 1` of them at most (one
 * past the page says whether there is a next page), reading at most about `budget` records.
 * Where the browser has `getAllRecords`, in batches that double while `keep` turns records down;
 * elsewhere with a cursor, one request per record. `from` continues a walk cut short.
 */
async function listNewest(
  tx: ReadTx,
  limit: number,
  before?: ClippingCursor,
  keep?: (record: ClippingRecord) => boolean,
  budget = Infinity,
  from?: Walk,
): Promise<Walk> {
  const records = from ? [...from.records] : [];
  const start = from?.readTo ?? before;
  let readTo = start;
  let read = 0;
  const readBatch = batchReader(tx);
  // Stryker disable next-line BlockStatement: performance only: the cursor walk below finds the same records, a request each (bench search-reads)
  if (readBatch) {
    // Stryker disable next-line ArithmeticOperator: performance only: the size of the first batch (bench search-reads)
    for (let size = limit + 1; records.length <= limit; size *= 2) {
      // Stryker disable next-line ConditionalExpression: performance only: the budget decides when ids take over, not what the page holds
      if (read >= budget) return { records, complete: false, readTo };
      const batch = await readBatch(timeRange(readTo), size);
      // Stryker disable next-line AssignmentOperator: performance only: the count the budget is checked against
      read += batch.length;
      for (const { value } of batch) {
        if (
          (!keep || keep(value)) &&
          // Stryker disable next-line ConditionalExpression: equivalent: pageOf keeps limit + 1 at most; this only bounds memory
          records.length <= limit
        ) records.push(value);
      }
      if (batch.length < size) break;
      const last = batch[batch.length - 1].value;
      readTo = { createdAt: last.createdAt, id: last.id };
    }
    // Stryker disable next-line BooleanLiteral: performance only: a finished walk called unfinished goes on to read ids for the same page
    return { records, complete: true };
  }
  let cursor = await tx.store.index('createdAt').openCursor(timeRange(start), 'prev');
  while (cursor) {
    if (!keep || keep(cursor.value)) records.push(cursor.value);
    // Stryker disable next-line ConditionalExpression: performance only: reading on past a full page, which pageOf cuts (bench search-reads)
    if (records.length > limit) break;
    // Stryker disable next-line UpdateOperator: performance only: the count the budget is checked against
    if (++read >= budget) return { records, complete: false, readTo: { createdAt: cursor.value.createdAt, id: cursor.value.id } };
    cursor = await cursor.continue();
  }
  // Stryker disable next-line BooleanLiteral: performance only: a finished walk called unfinished goes on to read ids for the same page
  return { records, complete: true };
}

/** The ids in every one of `keySets` (an id is listed once per matching word, hence the sets). */
function intersect(keySets: Set<string>[]): Set<string> {
  // Stryker disable next-line MethodExpression,ArithmeticOperator: performance only: fewer lookups from the smallest set; any order gives the same ids
  const [smallest, ...others] = keySets.sort((a, b) => a.size - b.size);
  if (!others.length) return smallest;
  return new Set(Array.from(smallest).filter((id) => others.every((set) => set.has(id))));
}

/** How many clippings come before `cursor` in time order: the ranks a next page may use. */
async function ranksBefore(tx: ReadTx, cursor: ClippingCursor | undefined, total: number): Promise<number> {
  return cursor ? tx.store.index('createdAt').count(timeRange(cursor) as IDBKeyRange) : total;
}

/**
 * The newest `limit + 1` of `ids` (before the cursor) that pass `keep`: ranked by time, then read
 * a page's worth at a time until enough pass.
 */
async function newestOf(tx: ReadTx, order: TimeOrder, ids: Set<string>, limit: number, before: ClippingCursor | undefined, keep: (record: ClippingRecord) => boolean) {
  const bound = await ranksBefore(tx, before, order.ids.length);
  const ranks = new Int32Array(ids.size);
  let n = 0;
  for (const id of ids) {
    const rank = order.rank.get(id);
    if (rank !== undefined && rank < bound) ranks[n++] = rank;
  }
  const newestFirst = ranks.subarray(0, n).sort().reverse();
  const out: ClippingRecord[] = [];
  // Batches double while the common conditions keep turning records down.
  for (
    let at = 0, size = limit + 1;
    at < newestFirst.length &&
    // Stryker disable next-line ConditionalExpression: performance only: reading on past a full page changes the reads, not the page (bench search-reads)
    out.length <= limit;
    at += size, size *= 2
  ) {
    const batch = Array.from(newestFirst.subarray(at, at + size), (rank) => tx.store.get(order.ids[rank]));
    for (const record of await Promise.all(batch)) {
      if (
        record &&
        keep(record) &&
        // Stryker disable next-line ConditionalExpression: equivalent: pageOf keeps limit + 1 at most; this only bounds memory
        out.length <= limit
      ) out.push(record);
    }
  }
  return out;
}

/** One page of the clippings matching `query`, newest first. */
export async function queryClippings(db: AssayDb, query: ClippingQuery): Promise<ClippingPage> {
  const limit = Math.min(Math.max(1, Math.floor(query.limit ?? DEFAULT_PAGE_SIZE)), LIMITS.pageSize);
  const tx = db.transaction('clippings', 'readonly');
  const conditions = conditionsOf(query);
  if (conditions.length === 0) {
    const page = pageOf((await listNewest(tx, limit, query.before)).records, limit);
    // A search usually follows a listing: have the time order ready for it.
    // Stryker disable next-line ConditionalExpression: performance only: whether later pages warm it too (a kept order costs a cursor request to confirm)
    if (!query.before) warmTimeOrder(db);
    return page;
  }
  // A first look at each condition's ids, a few of them: one with fewer is rare for certain.
  const glimpses = await Promise.all(conditions.map((c) => tx.store.index(c.index).getAllKeys(c.range, RARE_AT_A_GLANCE + 1)));
  let walk: Walk | undefined;
  // Stryker disable next-line all: performance only: walking the newest records first or not, both paths give the same page (bench search-reads)
  if (glimpses.every((keys) => keys.length > RARE_AT_A_GLANCE)) {
    // Common enough, it seems, to fill a page from the newest records.
    walk = await listNewest(tx, limit, query.before, meetsAll(conditions), WALK_BUDGET);
    if (walk.complete) return pageOf(walk.records, limit);
  }
  // Up to one past the cap: a range that fills it is common.
  const probes = await Promise.all(
    conditions.map((c, i) => (glimpses[i].length <= RARE_AT_A_GLANCE ? glimpses[i] : tx.store.index(c.index).getAllKeys(c.range, COMMON_ENTRIES + 1))),
  );
  const isRare = (i: number) => probes[i].length <= COMMON_ENTRIES;
  // Stryker disable next-line MethodExpression: performance only: counting every condition common sends the search down the unbudgeted walk, to the same page
  const common = conditions.filter((_, i) => !isRare(i));
  // Every condition common after all: the walk goes on from where its budget stopped it.
  if (common.length === conditions.length) return pageOf((await listNewest(tx, limit, query.before, meetsAll(common), Infinity, walk)).records, limit);
  const ids = intersect(probes.filter((_, i) => isRare(i)).map((keys) => new Set(keys)));
  if (ids.size === 0) return { items: [], next: null };
  const order = await timeOrder(db, tx);
  return pageOf(await newestOf(tx, order, ids, limit, query.before, meetsAll(common)), limit);
}
