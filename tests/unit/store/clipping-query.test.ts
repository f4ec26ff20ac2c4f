/**
 * The search's paths (the newest records walked, or the ids of rare conditions ranked by time)
 * on clippings laid out so that each path meets its edge cases: a page that fills exactly at the
 * end of a batch, rare matches that the common conditions turn down several in a row, and
 * conditions that are each common but seldom together. Every answer is checked against the
 * clippings filtered and sorted by hand; how many records a path reads is the bench's business.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ClippingCursor, ClippingQuery } from '../../../lib/store/clipping-query.ts';
import { ClippingStore } from '../../../lib/store/clippings.ts';
import type { Clipping } from '../../../lib/records/types.ts';
import { freshDb } from './helpers.ts';

const COUNT = 3_200;

/** Rare: a handful of clippings. */
const RARE = new Set([5, 40, 1200, 2500, 2900, 3100, 3150]);
/**
 * Newest first: two on a.example, five on b.example, then more on a.example; so a search for
 * these on a.example finds two, is turned down five times, then finds the rest.
 */
const GAP = new Set([3190, 3180, 3170, 3160, 3150, 3140, 3130, 3120, 2000, 10]);
const ON_B = new Set([3170, 3160, 3150, 3140, 3130]);

/** Clipping `i`: the higher, the newer; each pair shares a time, so ties are broken by id. */
function clippingNumber(i: number): Clipping {
  const site = ON_B.has(i) || (i >= 50 && i < 1_600) ? 'b.example' : 'a.example';
  const tags = [
    // Over 1,500 of them, almost all older than the newest 1,500 clippings of a.example.
    ...(i < 1_650 ? ['old'] : []),
    // Two clippings in three among the newest 200: newest first, kept, kept, turned down...
    ...(i >= 3_000 && i % 3 !== 2 ? ['third'] : []),
    ...(RARE.has(i) ? ['rare'] : []),
    ...(GAP.has(i) ? ['gap'] : []),
  ];
  const createdAt = 1_700_000_000_000 + Math.floor(i / 2) * 1_000;
  return {
    id: `c${String(i).padStart(4, '0')}`,
    quote: `Clipping number ${i}.`,
    prefix: '',
    suffix: '',
    url: `https://${site}/${i}`,
    title: '',
    site,
    createdAt,
    updatedAt: createdAt,
    entities: [],
    note: '',
    tags,
  };
}

const all = Array.from({ length: COUNT }, (_, i) => clippingNumber(i));

/** The ids a query should give, newest first, worked out from the clippings themselves. */
function expected(query: ClippingQuery): string[] {
  return all
    .filter((c) => (query.tag === undefined || c.tags.includes(query.tag)) && (query.site === undefined || c.site === query.site))
    .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1))
    .map((c) => c.id);
}

describe('clipping queries, path by path', () => {
  let store: ClippingStore;

  beforeAll(async () => {
    const { db } = await freshDb();
    store = new ClippingStore(db);
    await store.putMany(all);
  });

  /** Every page of `query`, as the popup asks for them; each page's ids and whether it said "more". */
  async function pages(query: ClippingQuery): Promise<{ ids: string[]; more: boolean }[]> {
    const out: { ids: string[]; more: boolean }[] = [];
    let before: ClippingCursor | undefined;
    for (let n = 0; n < 5_000; n++) {
      const page = await store.list({ ...query, before });
      out.push({ ids: page.items.map((c) => c.id), more: page.next !== null });
      if (!page.next) return out;
      const last = page.items[page.items.length - 1];
      expect(page.next).toEqual({ createdAt: last.createdAt, id: last.id });
      before = page.next;
    }
    throw new Error('paging did not end');
  }

  /** The pages `want` cut into pieces of `limit`, every one but the last saying there is more. */
  function cut(want: string[], limit: number) {
    const out: { ids: string[]; more: boolean }[] = [];
    for (let at = 0; at < want.length || out.length === 0; at += limit) out.push({ ids: want.slice(at, at + limit), more: at + limit < want.length });
    return out;
  }

  it('says there is no next page after the last, whether it is full or not', async () => {
    // 3,200 clippings: eight full pages of 400, or six of 500 and one of 200.
    expect(await pages({ limit: 400 })).toEqual(cut(expected({}), 400));
    expect(await pages({ limit: 500 })).toEqual(cut(expected({}), 500));
    expect(await pages({ tag: 'rare', limit: RARE.size })).toEqual([{ ids: expected({ tag: 'rare' }), more: false }]);
    expect(await pages({ tag: 'rare', limit: 3 })).toEqual(cut(expected({ tag: 'rare' }), 3));
    expect(await pages({ tag: 'nothing-has-it', limit: 3 })).toEqual([{ ids: [], more: false }]);
  });

  it('walking the newest records, knows there is more when a batch ends exactly on a full page', async () => {
    // The first batch (a page and one) holds two kept and one turned down: a full page of two,
    // and only the next batch can say whether a third exists.
    const want = expected({ tag: 'third' });
    expect(want.length).toBeGreaterThan(100);
    expect(want.slice(0, 3)).toEqual(['c3199', 'c3198', 'c3196']);
    expect((await store.list({ tag: 'third', limit: 2 })).next).toEqual({ createdAt: all[3198].createdAt, id: 'c3198' });
    expect(await pages({ tag: 'third', limit: 2 })).toEqual(cut(want, 2));
  });

  describe('without getAllRecords (the cursor walk)', () => {
    const proto = IDBIndex.prototype as unknown as { getAllRecords?: unknown };
    const saved = proto.getAllRecords;
    afterEach(() => {
      proto.getAllRecords = saved;
    });

    it('pages the same way', async () => {
      delete proto.getAllRecords;
      expect(await pages({ tag: 'third', limit: 2 })).toEqual(cut(expected({ tag: 'third' }), 2));
      expect(await pages({ limit: 400 })).toEqual(cut(expected({}), 400));
    });
  });

  it('ranking rare ids, reads on when the common condition turns several down in a row', async () => {
    const want = expected({ tag: 'gap', site: 'a.example' });
    expect(want).toEqual(['c3190', 'c3180', 'c3120', 'c2000', 'c0010']);
    expect(await pages({ tag: 'gap', site: 'a.example', limit: 2 })).toEqual(cut(want, 2));
    expect(await pages({ tag: 'gap', site: 'a.example', limit: 3 })).toEqual(cut(want, 3));
  });

  it('pages one clipping at a time', async () => {
    expect(await pages({ tag: 'gap', site: 'a.example', limit: 1 })).toEqual(cut(expected({ tag: 'gap', site: 'a.example' }), 1));
    expect(await pages({ tag: 'rare', limit: 1 })).toEqual(cut(expected({ tag: 'rare' }), 1));
    expect(await pages({ tag: 'third', limit: 1 })).toEqual(cut(expected({ tag: 'third' }), 1));
  });

  it('answers conditions that are each common but seldom together, found only far back', async () => {
    const want = expected({ tag: 'old', site: 'a.example' });
    expect(want).toHaveLength(100);
    expect(expected({ tag: 'old' }).length).toBeGreaterThan(1_500);
    expect(expected({ site: 'a.example' }).length).toBeGreaterThan(1_500);
    expect(await pages({ tag: 'old', site: 'a.example', limit: 40 })).toEqual(cut(want, 40));
  });
});
