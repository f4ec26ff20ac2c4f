/** Shared set-up for the storage tests: a fresh in-memory database per test and a fake clock. */
import { IDBFactory } from 'fake-indexeddb';
import { vi } from 'vitest';
import { openAssayDb, type AssayDb } from '../../../lib/store/db.ts';
import type { ClippingInput } from '../../../lib/records/types.ts';

/** A database of its own (a new factory each time, so tests never see each other's data). */
export async function freshDb(): Promise<{ db: AssayDb; factory: IDBFactory }> {
  const factory = new IDBFactory();
  return { db: await openAssayDb(factory, 'assay-test'), factory };
}

/** A clock that only moves when told. */
export function fakeClock(start = Date.UTC(2025, 0, 1)) {
  let time = start;
  return {
    now: () => time,
    advance(ms = 1000) {
      time += ms;
    },
  };
}

let sequence = 0;

/** A valid clipping input; ids are unique within a run. */
export function clippingInput(overrides: Partial<ClippingInput> = {}): ClippingInput {
  sequence += 1;
  return {
    id: `clip-${sequence}`,
    quote: 'China dominates tungsten refining.',
    prefix: 'Analysts note that ',
    suffix: ' Prices have doubled.',
    url: 'https://www.example.com/article?id=1',
    title: 'The tungsten squeeze',
    entities: [
      { id: 'country:CN', type: 'country', label: 'China' },
      { id: 'mineral:tungsten', type: 'mineral', label: 'tungsten' },
    ],
    note: '',
    tags: [],
    ...overrides,
  };
}

/** Makes the `failOn`-th `put` from now on throw the error a full disk gives. */
export function failPutWithQuota(failOn = 1) {
  const original = IDBObjectStore.prototype.put;
  let calls = 0;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    calls += 1;
    if (calls >= failOn) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return original.apply(this, args);
  });
}
