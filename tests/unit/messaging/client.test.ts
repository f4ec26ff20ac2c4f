import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient, createTabClient, type Send } from '../../../lib/messaging/client.ts';
import type { RequestEnvelope } from '../../../lib/messaging/envelope.ts';
import { ok } from '../../../lib/messaging/result.ts';

const noSleep = async () => {};
const note = { id: 'n1', entityId: 'mineral:tungsten', text: 'Hello' };
const stored = { ...note, createdAt: 1, updatedAt: 1 };

/** A transport that fails with `errors` in turn, then answers with `answer`. */
function flaky(errors: unknown[], answer: unknown = ok(stored)) {
  const sent: RequestEnvelope[] = [];
  const send: Send = async (message) => {
    sent.push(message);
    const error = errors.shift();
    if (error !== undefined) throw error;
    return answer;
  };
  return { send, sent };
}

describe('createClient', () => {
  it('sends an Assay envelope and returns the answer', async () => {
    const { send, sent } = flaky([]);
    const client = createClient(send, { sleep: noSleep });
    expect(await client.request('notes.add', note)).toEqual(ok(stored));
    expect(sent).toEqual([{ channel: 'assay', name: 'notes.add', payload: note }]);
  });

  it('passes failures from the background through unchanged, without retrying', async () => {
    const failure = { ok: false, error: { code: 'forbidden', message: 'no' } };
    const { send, sent } = flaky([], failure);
    expect(await createClient(send, { sleep: noSleep }).request('settings.get')).toEqual(failure);
    expect(sent).toHaveLength(1);
  });

  it('retries a transport that fails twice, with growing waits, then succeeds', async () => {
    const { send, sent } = flaky([
      new Error('Could not establish connection. Receiving end does not exist.'),
      new Error('The message port closed before a response was received.'),
    ]);
    const sleep = vi.fn(noSleep);
    const result = await createClient(send, { sleep, backoffMs: 50 }).request('notes.add', note);
    expect(result).toEqual(ok(stored));
    expect(sent).toHaveLength(3);
    expect(sent.every((message) => message.payload === note)).toBe(true);
    expect(sleep.mock.calls).toEqual([[50], [100]]);
  });

  it('retries when no listener answered at all', async () => {
    const answers: unknown[] = [undefined, ok(stored)];
    const client = createClient(async () => answers.shift(), { sleep: noSleep });
    expect(await client.request('notes.add', note)).toEqual(ok(stored));
  });

  it('counts a request without an answer in time as failed and retries it', async () => {
    let calls = 0;
    const send: Send = () => {
      calls += 1;
      return calls === 1 ? new Promise(() => {}) : Promise.resolve(ok(stored));
    };
    const result = await createClient(send, { sleep: noSleep, timeoutMs: 10 }).request('notes.add', note);
    expect(result).toEqual(ok(stored));
    expect(calls).toBe(2);
  });

  it('reports unavailable after repeated failures', async () => {
    const { send, sent } = flaky(Array.from({ length: 10 }, () => new Error('Receiving end does not exist.')));
    const result = await createClient(send, { sleep: noSleep, attempts: 4 }).request('notes.add', note);
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.error.code).toBe('unavailable');
    expect(result.ok ? '' : result.error.message).toContain('after 4 tries (Receiving end does not exist.)');
    expect(sent).toHaveLength(4);
  });

  it('gives up at once when the extension was reloaded under the page', async () => {
    const { send, sent } = flaky([new Error('Extension context invalidated.')]);
    const result = await createClient(send, { sleep: noSleep }).request('notes.add', note);
    expect(result).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringContaining('Reload this page') } });
    expect(sent).toHaveLength(1);
  });

  it('reports an answer that is not a Result as internal', async () => {
    const { send } = flaky([], { weird: true });
    expect(await createClient(send, { sleep: noSleep }).request('settings.get')).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });
});

describe('createClient, what it says and what it leaves behind', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('names the peer, the request, the tries and the last error when it gives up', async () => {
    const refused = flaky(Array.from({ length: 3 }, () => new Error('Receiving end does not exist.')));
    expect(await createClient(refused.send, { sleep: noSleep, attempts: 3 }).request('notes.add', note)).toEqual({
      ok: false,
      error: {
        code: 'unavailable',
        message: `Assay's background did not answer "notes.add" after 3 tries (Receiving end does not exist.). The change may not have been saved; try again.`,
      },
    });
    const silent = createClient(async () => undefined, { sleep: noSleep, attempts: 2, peer: 'The side panel' });
    expect(await silent.request('settings.get')).toMatchObject({
      error: { message: 'The side panel did not answer "settings.get" after 2 tries (no answer). The change may not have been saved; try again.' },
    });
    const slow = createClient(() => new Promise(() => {}), { sleep: noSleep, attempts: 2, timeoutMs: 5 });
    expect(await slow.request('settings.get')).toMatchObject({ error: { message: expect.stringContaining('after 2 tries (no answer in time)') } });
  });

  it('says which request got an answer it does not understand', async () => {
    const { send } = flaky([], { weird: true });
    expect(await createClient(send, { sleep: noSleep }).request('settings.get')).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Assay got an answer it does not understand to "settings.get".' },
    });
  });

  it('waits 100 ms, then 200 ms between tries by default, and leaves no timer once answered', async () => {
    vi.useFakeTimers();
    const { send, sent } = flaky([new Error('Receiving end does not exist.'), new Error('Receiving end does not exist.')]);
    const pending = createClient(send).request('notes.add', note);
    await vi.advanceTimersByTimeAsync(99);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(199);
    expect(sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toEqual(ok(stored));
    expect(sent).toHaveLength(3);
    // Each try's 10 s answer timer is cleared when the answer comes.
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('createTabClient', () => {
  it('does not retry by default: a tab without Assay will not grow one', async () => {
    const { send, sent } = flaky([new Error('Receiving end does not exist.')]);
    const result = await createTabClient(send).request('tab.summary');
    expect(result).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringContaining('Assay on this page') } });
    expect(sent).toHaveLength(1);
  });
});
