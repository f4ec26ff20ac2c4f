/**
 * How much of the store a clipping search reads (`npm run bench -- --only search-reads`): the
 * records and ids each query touches in IndexedDB, against the naive search that reads every
 * record. Counted on fake-indexeddb in Node, where a read is a read whatever the machine is doing;
 * the timed figures in real Chromium are the storage section's. These are the budgets the unit
 * tests used to assert: a plain listing reads one page (plus one record), a common word about a
 * page of records, a rare one its ids and then only the records it shows.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { ClippingStore } from '../../lib/store/clippings.ts';
import { generateClippings } from '../../lib/store/bench-fixtures.ts';
import { openAssayDb } from '../../lib/store/db.ts';
import type { BenchRow } from './table.ts';

const CLIPPINGS = 3_000;
const PAGE = 20;

interface Counts {
  records: number;
  ids: number;
}

/** Wraps the IndexedDB read methods to count what they hand back. */
function countReads(): { counts: Counts; restore(): void } {
  const counts: Counts = { records: 0, ids: 0 };
  const patches: [object, string, (...args: unknown[]) => unknown][] = [];
  const patch = (proto: object, name: string, tally: (result: unknown) => void) => {
    const original = (proto as Record<string, (...args: unknown[]) => IDBRequest>)[name];
    if (typeof original !== 'function') return;
    patches.push([proto, name, original]);
    (proto as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
      const request = original.apply(this, args);
      request.addEventListener('success', () => tally(request.result));
      return request;
    };
  };
  const many = (kind: keyof Counts) => (result: unknown) => (counts[kind] += Array.isArray(result) ? result.length : 0);
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype]) {
    patch(proto, 'get', (result) => (counts.records += result === undefined ? 0 : 1));
    patch(proto, 'getAll', many('records'));
    patch(proto, 'getAllRecords', many('records'));
    patch(proto, 'getAllKeys', many('ids'));
    patch(proto, 'openCursor', () => (counts.records += 1));
  }
  return { counts, restore: () => patches.forEach(([proto, name, original]) => ((proto as Record<string, unknown>)[name] = original)) };
}

export async function searchReadsBench(): Promise<BenchRow[]> {
  const db = await openAssayDb(new IDBFactory(), 'bench-search-reads');
  const store = new ClippingStore(db);
  await store.putMany(generateClippings(CLIPPINGS, { seed: 7 }));
  await store.list({ text: 'warm-up' }); // the cached time order, as in a popup that has been open a moment
  const rows: BenchRow[] = [];
  for (const [label, text] of [
    ['listing, no search', ''],
    ['common word ("china")', 'china'],
    ['very common word ("the")', 'the'],
    ['rarer word ("gallium")', 'gallium'],
    ['two rare words ("lithium chile")', 'lithium chile'],
    ['absent word', 'zzzz-not-there'],
  ] as const) {
    const reads = countReads();
    const page = await store.list({ text, limit: PAGE });
    reads.restore();
    const { records, ids } = reads.counts;
    rows.push({
      group: `Search reads (${CLIPPINGS.toLocaleString('en')} clippings, page of ${PAGE})`,
      name: label,
      value: records,
      unit: 'records',
      note: `${ids} ids; ${page.items.length} shown; the naive search reads all ${CLIPPINGS.toLocaleString('en')} records`,
      target: text === '' ? `≤ ${PAGE + 1}` : undefined,
      ok: text === '' ? records <= PAGE + 1 : undefined,
    });
  }
  db.close();
  return rows;
}
