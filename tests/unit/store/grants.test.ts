import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GrantTokenSchema } from '../../../lib/messaging/protocol.ts';
import type { AssayDb } from '../../../lib/store/db.ts';
import { GRANT_LIFETIME_MS, GrantStore, newGrantToken, type GrantUser } from '../../../lib/store/grants.ts';
import { fakeClock, freshDb } from './helpers.ts';

const ORIGIN = 'https://news.example.com';

describe('newGrantToken', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('is the 32 random bytes in URL-safe base64, without padding', () => {
    // Bytes whose plain base64 has '+', '/' and a trailing '=', so each substitution shows.
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => [0xfb, 0xef, 0xbe, 0xff][i % 4]);
    vi.spyOn(crypto, 'getRandomValues').mockImplementation((array) => {
      (array as Uint8Array).set(bytes);
      return array;
    });
    const plain = Buffer.from(bytes).toString('base64');
    expect(plain).toMatch(/\+.*\/.*=$/);
    const token = newGrantToken();
    expect(token).toBe(Buffer.from(bytes).toString('base64url'));
    expect(GrantTokenSchema.safeParse(token).success).toBe(true);
  });

  it('differs each time', () => {
    const tokens = new Set(Array.from({ length: 20 }, () => newGrantToken()));
    expect(tokens.size).toBe(20);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe('GrantStore', () => {
  let db: AssayDb;
  let clock: ReturnType<typeof fakeClock>;
  let grants: GrantStore;

  beforeEach(async () => {
    ({ db } = await freshDb());
    clock = fakeClock();
    grants = new GrantStore(db, clock.now);
  });

  const frame = (tabId: number | undefined, frameId?: number, documentId?: string): GrantUser => ({ tabId, frameId, documentId });
  const refused = { code: 'forbidden' };

  it('mints a grant for one tab and entity, for the page that asked, expiring after its lifetime', async () => {
    const grant = await grants.mint(3, 'mineral:gallium', ORIGIN);
    expect(grant).toEqual({ token: grant.token, tabId: 3, entityId: 'mineral:gallium', pageOrigin: ORIGIN, createdAt: clock.now(), expiresAt: clock.now() + GRANT_LIFETIME_MS });
    expect(await db.get('grants', grant.token)).toEqual(grant);
  });

  it('is usable until its last millisecond and refused from then on', async () => {
    const grant = await grants.mint(3, 'mineral:gallium', ORIGIN);
    clock.advance(GRANT_LIFETIME_MS - 1);
    expect(await grants.use(grant.token, frame(3, 7))).toMatchObject({ entityId: 'mineral:gallium', frameId: 7 });
    clock.advance(1);
    await expect(grants.use(grant.token, frame(3, 7))).rejects.toMatchObject(refused);
  });

  it('refuses an unknown token, another tab, and a sender that is in no tab', async () => {
    const grant = await grants.mint(3, 'mineral:gallium', ORIGIN);
    await expect(grants.use('not-a-grant', frame(3, 7))).rejects.toMatchObject(refused);
    await expect(grants.use(grant.token, frame(4, 7))).rejects.toMatchObject(refused);
    await expect(grants.use(grant.token, frame(undefined, 7))).rejects.toMatchObject(refused);
    // None of those bound it: the frame it was meant for still can.
    expect(await grants.use(grant.token, frame(3, 7))).toMatchObject({ frameId: 7 });
  });

  it('binds to the first frame that uses it; other frames of the tab are refused after', async () => {
    const grant = await grants.mint(3, 'mineral:gallium', ORIGIN);
    const bound = await grants.use(grant.token, frame(3, 7));
    expect(bound).toEqual({ ...grant, frameId: 7 });
    expect(await db.get('grants', grant.token)).toEqual(bound);
    expect(await grants.use(grant.token, frame(3, 7))).toEqual(bound);
    await expect(grants.use(grant.token, frame(3, 8))).rejects.toMatchObject(refused);
    // The top frame (no frameId from the browser means frame 0) is another frame too.
    await expect(grants.use(grant.token, frame(3))).rejects.toMatchObject(refused);
  });

  it('counts a sender without a frame id as the top frame', async () => {
    const grant = await grants.mint(3, 'mineral:gallium', ORIGIN);
    expect(await grants.use(grant.token, frame(3))).toMatchObject({ frameId: 0 });
    expect(await grants.use(grant.token, frame(3, 0))).toMatchObject({ frameId: 0 });
    await expect(grants.use(grant.token, frame(3, 7))).rejects.toMatchObject(refused);
  });

  it('binds to the first document too, where the browser names documents', async () => {
    const grant = await grants.mint(3, 'mineral:gallium', ORIGIN);
    expect(await grants.use(grant.token, frame(3, 7, 'doc-a'))).toEqual({ ...grant, frameId: 7, documentId: 'doc-a' });
    expect(await grants.use(grant.token, frame(3, 7, 'doc-a'))).toMatchObject({ documentId: 'doc-a' });
    // The same frame navigated to another document (a page can do that to a frame it made).
    await expect(grants.use(grant.token, frame(3, 7, 'doc-b'))).rejects.toMatchObject(refused);
    // A sender with no document id (a browser that gives none) is judged by its frame alone.
    expect(await grants.use(grant.token, frame(3, 7))).toMatchObject({ documentId: 'doc-a' });
  });

  it('binds to the frame alone when the first user had no document id, whatever document comes later', async () => {
    const grant = await grants.mint(3, 'mineral:gallium', ORIGIN);
    const bound = await grants.use(grant.token, frame(3, 7));
    expect(bound).toEqual({ ...grant, frameId: 7 });
    expect('documentId' in bound).toBe(false);
    expect(await grants.use(grant.token, frame(3, 7, 'doc-a'))).toEqual(bound);
  });

  it('lets only one of two frames racing for an unbound grant have it', async () => {
    const grant = await grants.mint(3, 'mineral:gallium', ORIGIN);
    const results = await Promise.allSettled([grants.use(grant.token, frame(3, 7)), grants.use(grant.token, frame(3, 8))]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const winner = results.find((r) => r.status === 'fulfilled') as PromiseFulfilledResult<{ frameId: number }>;
    expect((await db.get('grants', grant.token))?.frameId).toBe(winner.value.frameId);
  });

  it('keeps one grant per tab: a new popover ends the tab’s older grant, not other tabs’', async () => {
    const first = await grants.mint(3, 'mineral:gallium', ORIGIN);
    const otherTab = await grants.mint(4, 'mineral:gallium', ORIGIN);
    const second = await grants.mint(3, 'country:CN', ORIGIN);
    await expect(grants.use(first.token, frame(3, 7))).rejects.toMatchObject(refused);
    expect(await grants.use(second.token, frame(3, 7))).toMatchObject({ entityId: 'country:CN' });
    expect(await grants.use(otherTab.token, frame(4, 7))).toMatchObject({ tabId: 4 });
    expect((await db.getAll('grants')).map((g) => g.token).sort()).toEqual([otherTab.token, second.token].sort());
  });

  it('sweeps away grants that have expired whenever one is minted', async () => {
    const old = await grants.mint(3, 'mineral:gallium', ORIGIN);
    clock.advance(1);
    const younger = await grants.mint(4, 'mineral:gallium', ORIGIN);
    // `old` expires now, `younger` a millisecond later.
    clock.advance(GRANT_LIFETIME_MS - 1);
    const fresh = await grants.mint(5, 'mineral:gallium', ORIGIN);
    expect((await db.getAll('grants')).map((g) => g.token).sort()).toEqual([younger.token, fresh.token].sort());
    expect(old.expiresAt).toBe(clock.now());
  });

  it('ends every grant of a closed tab, and only those', async () => {
    const closing = await grants.mint(3, 'mineral:gallium', ORIGIN);
    const staying = await grants.mint(4, 'mineral:gallium', ORIGIN);
    await grants.endTab(3);
    await expect(grants.use(closing.token, frame(3, 7))).rejects.toMatchObject(refused);
    expect(await grants.use(staying.token, frame(4, 7))).toMatchObject({ tabId: 4 });
    expect((await db.getAll('grants')).map((g) => g.token)).toEqual([staying.token]);
    await grants.endTab(99);
    expect(await db.count('grants')).toBe(1);
  });
});
