import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateClippings } from '../../../lib/store/bench-fixtures.ts';
import type { ClippingQuery } from '../../../lib/store/clipping-query.ts';
import { ClippingStore } from '../../../lib/store/clippings.ts';

import type { Clipping } from '../../../lib/records/types.ts';
import { openAssayDb, type AssayDb } from '../../../lib/store/db.ts';
import { clippingInput, fakeClock, freshDb } from './helpers.ts';

async function allPages(store: ClippingStore, query: ClippingQuery): Promise<Clipping[]> {
  const items: Clipping[] = [];
  let before: ClippingQuery['before'];
  for (let pages = 0; pages < 10_000; pages++) {
    const page = await store.list({ ...query, before });
    items.push(...page.items);
    if (!page.next) return items;
    before = page.next;
  }
  throw new Error('paging did not end');
}

describe('clipping search on a handful of clippings', () => {
  let store: ClippingStore;

  beforeAll(async () => {
    const { db } = await freshDb();
    const clock = fakeClock();
    store = new ClippingStore(db, clock.now);
    const save = async (overrides: Parameters<typeof clippingInput>[0]) => {
      clock.advance();
      return store.save(clippingInput(overrides));
    };
    await save({ id: 'tungsten', quote: 'Tungsten prices hit a record as Beijing curbs exports.', url: 'https://reuters.com/a' });
    await save({
      id: 'gallium',
      quote: 'Gallium and germanium controls took effect in August.',
      url: 'https://ft.com/b',
      entities: [{ id: 'mineral:gallium', type: 'mineral', label: 'gallium' }],
      tags: ['export-controls'],
    });
    await save({
      id: 'chinese',
      quote: '中国宣布对稀土实施出口管制。',
      url: 'https://www.caixin.com/c',
      entities: [
        { id: 'country:CN', type: 'country', label: '中国' },
        { id: 'mineral:rare-earths', type: 'mineral', label: 'rare earths' },
      ],
    });
    await save({
      id: 'noted',
      quote: 'Shipments resumed in spring.',
      url: 'https://reuters.com/d',
      note: 'Compare with the Kazakhstan figures',
      entities: [{ id: 'country:KZ', type: 'country', label: 'Kazakhstan' }],
      tags: ['to-read'],
    });
    await save({ id: 'accent', quote: 'Côte d’Ivoire signed a manganese accord.', url: 'https://apnews.com/e', entities: [] });
  });

  const ids = async (query: ClippingQuery) => (await store.list(query)).items.map((clipping) => clipping.id);

  it('lists everything newest first when there is no query', async () => {
    expect(await ids({})).toEqual(['accent', 'noted', 'chinese', 'gallium', 'tungsten']);
  });

  it('finds by a word of the quote, in any case', async () => {
    expect(await ids({ text: 'BEIJING' })).toEqual(['tungsten']);
  });

  it('finds by prefix while the user is typing', async () => {
    expect(await ids({ text: 'germ' })).toEqual(['gallium']);
    expect(await ids({ text: 'ship' })).toEqual(['noted']);
  });

  it('requires every word to match', async () => {
    expect(await ids({ text: 'gallium august' })).toEqual(['gallium']);
    expect(await ids({ text: 'gallium beijing' })).toEqual([]);
  });

  it('finds by the note, by a tag and by an entity label', async () => {
    expect(await ids({ text: 'kazakh' })).toEqual(['noted']);
    expect(await ids({ text: 'export-controls' })).toEqual(['gallium']);
    expect(await ids({ text: 'controls' })).toEqual(['gallium']);
    expect(await ids({ text: 'rare earths' })).toEqual(['chinese']);
    expect(await ids({ text: 'China' })).toEqual(['tungsten']);
  });

  it('finds Chinese text by a character, a word or a phrase', async () => {
    expect(await ids({ text: '稀' })).toEqual(['chinese']);
    expect(await ids({ text: '稀土' })).toEqual(['chinese']);
    expect(await ids({ text: '出口管制' })).toEqual(['chinese']);
    expect(await ids({ text: '管出' })).toEqual([]);
  });

  it('ignores accents', async () => {
    expect(await ids({ text: 'cote divoire' })).toEqual([]);
    expect(await ids({ text: 'cote d ivoire' })).toEqual(['accent']);
    expect(await ids({ text: 'CÔTE' })).toEqual(['accent']);
  });

  it('filters by entity, tag and site, alone and with text', async () => {
    expect(await ids({ entityId: 'mineral:gallium' })).toEqual(['gallium']);
    expect(await ids({ entityId: 'country:CN' })).toEqual(['chinese', 'tungsten']);
    expect(await ids({ tag: 'to-read' })).toEqual(['noted']);
    expect(await ids({ site: 'reuters.com' })).toEqual(['noted', 'tungsten']);
    expect(await ids({ site: 'reuters.com', text: 'tungsten' })).toEqual(['tungsten']);
    expect(await ids({ site: 'reuters.com', tag: 'export-controls' })).toEqual([]);
    expect(await ids({ site: 'caixin.com' })).toEqual(['chinese']);
  });

  it('finds nothing for a query of punctuation and lists all instead', async () => {
    expect(await ids({ text: '!!' })).toHaveLength(5);
  });
});

/**
 * The search's promise, written out on its own (not with the store's tokenizer, which it checks):
 * case, accents and full-width forms do not count; every word of the query starts some word of the
 * quote, note, tags or entity names; a run of Chinese or Japanese characters matches where each
 * pair of neighbouring characters (or the one character) occurs in such a run.
 */
function oracleMatches(clipping: Clipping, query: string): boolean {
  const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();
  const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;
  const latinWords = (s: string) => fold(s).replace(cjk, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
  const cjkRuns = (s: string) => fold(s).match(cjk) ?? [];
  const text = [clipping.quote, clipping.note, clipping.tags.join(' '), clipping.entities.map((e) => e.label).join(' ')].join('\n');
  const words = latinWords(text);
  const runs = cjkRuns(text);
  const latinOk = latinWords(query).every((q) => words.some((w) => w.slice(0, 32).startsWith(q.slice(0, 32))));
  const cjkOk = cjkRuns(query).every((q) => {
    const chars = Array.from(q);
    if (chars.length === 1) return runs.some((run) => run.includes(q));
    return chars.slice(1).every((c, i) => runs.some((run) => run.includes(chars[i] + c)));
  });
  return latinOk && cjkOk;
}

/** What a search should return, worked out the slow, obvious way. */
function expected(all: readonly Clipping[], query: ClippingQuery): string[] {
  return all
    .filter((clipping) => {
      return (
        oracleMatches(clipping, query.text ?? '') &&
        (query.entityId === undefined || clipping.entities.some((entity) => entity.id === query.entityId)) &&
        (query.tag === undefined || clipping.tags.includes(query.tag)) &&
        (query.site === undefined || clipping.site === query.site)
      );
    })
    .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1))
    .map((clipping) => clipping.id);
}

describe('clipping search on 3,000 clippings', () => {
  let db: AssayDb;
  let store: ClippingStore;
  const all = generateClippings(3_000, { seed: 7 });
  // Ties on createdAt must not make paging skip or repeat records.
  for (let i = 0; i < 40; i++) all[i * 10].createdAt = all[0].createdAt;

  beforeAll(async () => {
    ({ db } = await freshDb());
    store = new ClippingStore(db);
    await store.putMany(all);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  const queries: ClippingQuery[] = [
    {},
    { text: 'china' },
    { text: 'tung' },
    { text: 'prices rose' },
    { text: '稀土' },
    { text: '出口管制' },
    { text: 'check usgs' },
    { entityId: 'mineral:gallium' },
    { tag: 'batteries' },
    { site: 'reuters.com' },
    { site: 'ft.com', text: 'china', tag: 'policy' },
    { entityId: 'country:CN', text: 'export' },
    { text: 'zzzz-not-there' },
    // Both terms common: keys intersected, then put in time order.
    { text: 'in of' },
    { text: 'of r' },
  ];

  for (const query of queries) {
    it(`pages through ${JSON.stringify(query)} newest first, matching a brute-force search`, async () => {
      const want = expected(all, query);
      const got = await allPages(store, { ...query, limit: 97 });
      expect(got.map((clipping) => clipping.id)).toEqual(want);
    });
  }

  // How many records each path reads is a budget, measured by `npm run bench -- --only search-reads`.
  it('finds the first page for common words (the newest records) and rarer ones (their ids) alike', async () => {
    for (const text of ['china', 'gallium', 'antimony canada', 'lithium chile']) {
      const page = await store.list({ text, limit: 25 });
      expect(page.items.map((clipping) => clipping.id)).toEqual(expected(all, { text }).slice(0, 25));
    }
  });

  it('pages the same way in a browser without getAllRecords (cursor fallback)', async () => {
    const proto = IDBIndex.prototype as unknown as { getAllRecords?: unknown };
    const saved = proto.getAllRecords;
    delete proto.getAllRecords;
    try {
      for (const query of [{}, { text: 'china' }, { site: 'ft.com', text: 'china', tag: 'policy' }]) {
        const got = await allPages(store, { ...query, limit: 97 });
        expect(got.map((clipping) => clipping.id)).toEqual(expected(all, query));
      }
    } finally {
      proto.getAllRecords = saved;
    }
  });

  it('returns whole clippings equal to what was stored', async () => {
    const page = await store.list({ limit: 3 });
    for (const clipping of page.items) {
      expect(clipping).toEqual(all.find((candidate) => candidate.id === clipping.id));
    }
  });

  it('lists the newest page, and says whether there is a next one', async () => {
    const page = await store.list({ limit: 50 });
    expect(page.items.map((clipping) => clipping.id)).toEqual(expected(all, {}).slice(0, 50));
    expect(page.next).toEqual({ createdAt: page.items[49].createdAt, id: page.items[49].id });
  });

  it('answers a search on a very common word with its newest matches', async () => {
    const common = expected(all, { text: 'the' });
    expect(common.length).toBeGreaterThan(1_000);
    const page = await store.list({ text: 'the', limit: 20 });
    expect(page.items.map((clipping) => clipping.id)).toEqual(common.slice(0, 20));
  });
});

describe('search after writes (the cached time order)', () => {
  it('sees every save, edit, delete and restore at once, in order', async () => {
    const { db } = await freshDb();
    const clock = fakeClock();
    const store = new ClippingStore(db, clock.now);
    const save = (quote: string) => {
      clock.advance();
      return store.save(clippingInput({ quote }));
    };
    const first = await save('Gallium output fell.');
    const second = await save('Gallium prices rose.');
    const ids = async (text: string) => (await store.list({ text })).items.map((c) => c.id);
    expect(await ids('gallium')).toEqual([second.id, first.id]);

    const third = await save('Gallium refiners expand.');
    expect(await ids('gallium')).toEqual([third.id, second.id, first.id]);
    await store.delete(second.id);
    expect(await ids('gallium')).toEqual([third.id, first.id]);
    await store.restore(second.id);
    expect(await ids('gallium')).toEqual([third.id, second.id, first.id]);
    await store.update(first.id, { tags: ['watch'] });
    expect(await ids('watch gallium')).toEqual([first.id]);
    // One out, one in: the count is the same, the order is not.
    await store.delete(third.id);
    const fourth = await save('Gallium stocks drawn down.');
    expect(await ids('gallium')).toEqual([fourth.id, second.id, first.id]);
  });

  it('finds an older clipping put back after the order was kept (an undo, an import)', async () => {
    const { db } = await freshDb();
    const clock = fakeClock();
    const store = new ClippingStore(db, clock.now);
    const old = await store.save(clippingInput({ quote: 'Gallium output fell.' }));
    clock.advance();
    const newer = await store.save(clippingInput({ quote: 'Gallium prices rose.' }));
    await store.delete(old.id);
    const ids = async () => (await store.list({ text: 'gallium' })).items.map((c) => c.id);
    // The order is kept now, and the newest clipping is still the one it knows.
    expect(await ids()).toEqual([newer.id]);
    await store.restore(old.id);
    expect(await ids()).toEqual([newer.id, old.id]);
    await store.putMany([{ ...old, id: 'imported', createdAt: old.createdAt - 1 }]);
    expect(await ids()).toEqual([newer.id, old.id, 'imported']);
  });

  it('sees a clipping written through another connection to the same database', async () => {
    const { db, factory } = await freshDb();
    const store = new ClippingStore(db);
    await store.save(clippingInput({ id: 'a', quote: 'Cobalt from Congo.' }));
    expect((await store.list({ text: 'cobalt' })).items).toHaveLength(1);
    const other = new ClippingStore(await openAssayDb(factory, 'assay-test'));
    await other.save(clippingInput({ id: 'b', quote: 'Cobalt refining in Finland.' }));
    expect((await store.list({ text: 'cobalt' })).items.map((c) => c.id).sort()).toEqual(['a', 'b']);
  });

  it('finds the page of a rare word as of a common one after the time order was cached', async () => {
    const { db } = await freshDb();
    const store = new ClippingStore(db);
    const all = generateClippings(2_000, { seed: 3 });
    await store.putMany(all);
    await store.list({ text: 'warm' });
    for (const text of ['the', 'tungsten', 'usgs']) {
      const want = expected(all, { text }).slice(0, 10);
      expect(want.length).toBeGreaterThan(0);
      expect((await store.list({ text, limit: 10 })).items.map((c) => c.id)).toEqual(want);
    }
  });
});
