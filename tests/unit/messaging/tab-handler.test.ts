import { describe, expect, it, vi } from 'vitest';
import { CHANNEL, envelope } from '../../../lib/messaging/envelope.ts';
import type { Result } from '../../../lib/messaging/result.ts';
import { createTabRequestHandler } from '../../../lib/messaging/tab-handler.ts';
import { tabProtocol, type TabRequestName, type TabSummary } from '../../../lib/messaging/tab-protocol.ts';
import { LIMITS } from '../../../lib/records/limits.ts';

const OWN_ID = 'assay-extension-id';
const own = { id: OWN_ID };
const NAMES = Object.keys(tabProtocol) as TabRequestName[];

/** A handler for every tab request that answers with what it was given. */
function echoing() {
  const calls: [string, unknown][] = [];
  const handlers = Object.fromEntries(
    NAMES.map((name) => [
      name,
      async (payload: unknown) => {
        calls.push([name, payload]);
        return { echoed: payload };
      },
    ]),
  );
  return { handle: createTabRequestHandler(handlers, { ownId: OWN_ID }), calls };
}

function errorOf(result: Result<unknown>) {
  expect(result.ok).toBe(false);
  return result.ok ? undefined : result.error;
}

// Payloads near every rule's edge: the hand-written checks must agree with the protocol's schemas.
const longestId = `mineral:${'a'.repeat(LIMITS.entityIdChars - 'mineral:'.length)}`;
const PAYLOADS: unknown[] = [
  undefined,
  null,
  {},
  [],
  'mineral:tungsten',
  7,
  { extra: 1 },
  { entityId: 'mineral:tungsten' },
  { entityId: 'country' },
  { entityId: 'deal:x', extra: 1 },
  { entityId: '<img src=x>' },
  { entityId: 'mineral:two words' },
  { entityId: 5 },
  { entityId: longestId },
  { entityId: `${longestId}a` },
  { command: 'next' },
  { command: 'previous' },
  { command: 'open' },
  { command: 'delete' },
  { command: 'next', extra: 1 },
  { command: ['next'] },
];

describe('createTabRequestHandler', () => {
  it('accepts exactly the payloads the tab protocol schema accepts, for every request', async () => {
    const { handle, calls } = echoing();
    let accepted = 0;
    for (const name of NAMES) {
      for (const payload of PAYLOADS) {
        const expected = tabProtocol[name].payload.safeParse(payload);
        const result = await handle({ channel: CHANNEL, name, payload }, own);
        const label = `${name} ${JSON.stringify(payload)}`;
        expect(result.ok, label).toBe(expected.success);
        if (result.ok && expected.success) {
          accepted++;
          // The handler gets the payload as the schema would hand it over ({} for an absent one).
          expect(result.value, label).toEqual({ echoed: expected.data });
        } else {
          expect(result.ok ? undefined : result.error.code, label).toBe('invalid-request');
        }
      }
    }
    // Four empty-payload requests take undefined and {}; reveal three ids; command three words.
    expect(accepted).toBe(4 * 2 + 3 + 3);
    expect(calls).toHaveLength(accepted);
  });

  it('says what is wrong with a refused payload', async () => {
    const { handle } = echoing();
    const cases: [TabRequestName, unknown, string][] = [
      ['tab.summary', [], 'Invalid "tab.summary" request: the payload should be an object.'],
      ['tab.status', { extra: 1 }, 'Invalid "tab.status" request: unexpected fields.'],
      ['tab.reveal', { entityId: '<b>' }, 'Invalid "tab.reveal" request: entityId must be an entity id such as "mineral:tungsten".'],
      ['tab.command', { command: 'x' }, 'Invalid "tab.command" request: command must be next, previous or open.'],
    ];
    for (const [name, payload, message] of cases) {
      expect(errorOf(await handle(envelope(name, payload), own))).toEqual({ code: 'invalid-request', message });
    }
  });

  it('refuses other senders, messages that are not Assay requests, and requests it has no handler for', async () => {
    const summary = vi.fn(async () => ({ fine: true }) as unknown as TabSummary);
    const handle = createTabRequestHandler({ 'tab.summary': summary }, { ownId: OWN_ID });
    const forbidden = { code: 'forbidden', message: 'Assay only answers requests from Assay itself.' };
    for (const sender of [{ id: 'another-extension' }, {}, undefined]) {
      expect(errorOf(await handle(envelope('tab.summary', {}), sender as { id?: string }))).toEqual(forbidden);
    }
    const notAssay = { code: 'invalid-request', message: 'That is not an Assay request.' };
    for (const message of [null, undefined, 'tab.summary', [CHANNEL, 'tab.summary'], { channel: 'other', name: 'tab.summary' }, { channel: CHANNEL, name: 5 }, { name: 'tab.summary' }]) {
      expect(errorOf(await handle(message, own)), JSON.stringify(message)).toEqual(notAssay);
    }
    // Known to the protocol but not handled here, unknown, or inherited by every object.
    for (const name of ['tab.reveal', 'tab.delete', 'constructor', '__proto__']) {
      expect(errorOf(await handle(envelope(name, {}), own))).toEqual({ code: 'unknown-request', message: `Assay has no request called "${name}".` });
    }
    expect(summary).not.toHaveBeenCalled();
    expect(await handle(envelope('tab.summary', {}), own)).toEqual({ ok: true, value: { fine: true } });
  });

  it('answers only for names of the tab protocol, even when a handler of another name is given', async () => {
    const stray = vi.fn(async () => 'reached');
    const handlers = { 'tab.summary': async () => 'summary', 'notes.add': stray } as unknown as Parameters<typeof createTabRequestHandler>[0];
    const handle = createTabRequestHandler(handlers, { ownId: OWN_ID });
    expect(errorOf(await handle(envelope('notes.add', {}), own))?.code).toBe('unknown-request');
    expect(stray).not.toHaveBeenCalled();
  });

  it('turns a thrown error into a failure and tells the onError hook', async () => {
    const onError = vi.fn();
    const boom = new Error('the page changed under us');
    const handle = createTabRequestHandler(
      {
        'tab.selection': async () => {
          throw boom;
        },
      },
      { ownId: OWN_ID, onError },
    );
    expect(errorOf(await handle(envelope('tab.selection', {}), own))).toEqual({
      code: 'internal',
      message: 'Something went wrong inside Assay: the page changed under us',
    });
    expect(onError).toHaveBeenCalledWith(boom, 'tab.selection');
  });
});
