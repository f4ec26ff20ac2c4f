import { describe, expect, it, vi } from 'vitest';
import type { Client } from '../../../lib/messaging/client.ts';
import { earlyClient } from '../../../lib/messaging/early-client.ts';
import type { Protocol } from '../../../lib/messaging/protocol.ts';

/** A client that answers each request with its call number, so answers can be told apart. */
function counting() {
  let calls = 0;
  const request = vi.fn(async (name: string, payload?: unknown) => ({ ok: true as const, value: { call: ++calls, name, payload } }));
  return { inner: { request } as unknown as Client<Protocol>, request };
}

describe('earlyClient', () => {
  it('hands the request asked early to the first matching request, once', async () => {
    const { inner, request } = counting();
    const client = earlyClient(inner);
    const early = client.askEarly('dossier.get', { entityId: 'mineral:gallium' });
    expect(request).toHaveBeenCalledTimes(1);
    const first = client.request('dossier.get', { entityId: 'mineral:gallium' });
    expect(first).toBe(early);
    expect(request).toHaveBeenCalledTimes(1);
    // The next one is a request of its own: a refresh must see the store as it is now.
    expect(await client.request('dossier.get', { entityId: 'mineral:gallium' })).toMatchObject({ value: { call: 2 } });
  });

  it('matches on the name and the whole payload, whatever the key order', async () => {
    const { inner, request } = counting();
    const client = earlyClient(inner);
    void client.askEarly('facts.get', { id: 'mineral:gallium', lang: 'zh' });
    expect(await client.request('facts.get', { id: 'mineral:gallium', lang: 'en' })).toMatchObject({ value: { call: 2 } });
    expect(await client.request('facts.get', { id: 'mineral:tungsten', lang: 'zh' })).toMatchObject({ value: { call: 3 } });
    expect(await client.request('dossier.get', { entityId: 'mineral:gallium' })).toMatchObject({ value: { call: 4 } });
    expect(await client.request('facts.get', { lang: 'zh', id: 'mineral:gallium' })).toMatchObject({ value: { call: 1 } });
    expect(request).toHaveBeenCalledTimes(4);
  });

  it('sorts keys at every depth', async () => {
    const { inner, request } = counting();
    const client = earlyClient(inner);
    void client.askEarly('clippings.list', { text: 'gallium', before: { id: 'c9', createdAt: 5 }, limit: 20 });
    expect(await client.request('clippings.list', { limit: 20, before: { createdAt: 5, id: 'c9' }, text: 'gallium' })).toMatchObject({ value: { call: 1 } });
    void client.askEarly('clippings.list', { text: 'gallium', before: { id: 'c9', createdAt: 5 } });
    expect(await client.request('clippings.list', { text: 'gallium', before: { id: 'c8', createdAt: 5 } })).toMatchObject({ value: { call: 3 } });
    expect(request).toHaveBeenCalledTimes(3);
  });

  it('does not serve an early answer nobody took once it is stale', async () => {
    const { inner } = counting();
    let clock = 1_000;
    const client = earlyClient(inner, { freshMs: 5_000, now: () => clock });
    void client.askEarly('dossier.get', { entityId: 'country:CN' });
    clock += 5_001;
    expect(await client.request('dossier.get', { entityId: 'country:CN' })).toMatchObject({ value: { call: 2 } });
  });
});
