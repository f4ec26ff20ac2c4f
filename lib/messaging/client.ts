/**
 * The sending side of a protocol: `request(name, payload)` answers a `Result`, whatever happens
 * on the way.
 *
 * An MV3 service worker can be stopped at any moment, so a request may meet no listener
 * ("Receiving end does not exist"), or the worker may stop between receiving it and answering
 * ("message port closed"). Those are retried with backoff; this is safe because every write
 * is idempotent (records carry ids the sender made). When retries run out the caller gets an
 * explicit `unavailable` failure it can show, never a silent loss.
 */
import { envelope, type RequestEnvelope } from './envelope.ts';
import type { PayloadIn, ProtocolMap, RequestName, ResponseOf } from './define.ts';
import type { Protocol } from './protocol.ts';
import { fail, isResult, type Result } from './result.ts';
import type { TabProtocol } from './tab-protocol.ts';

/** Sends one message and resolves with the answer (`runtime.sendMessage`, `tabs.sendMessage`...). */
export type Send = (message: RequestEnvelope) => Promise<unknown>;

/** How persistent a client is. */
export interface ClientOptions {
  /** How many times to try in all (default 5). */
  attempts?: number;
  /** The wait before the first retry; it doubles for each one after (default 100 ms). */
  backoffMs?: number;
  /** How long to wait for an answer before counting the attempt as failed (default 10 s). */
  timeoutMs?: number;
  /** Who is being asked, for the `unavailable` message (default "Assay's background"). */
  peer?: string;
  /** Injected for tests. */
  sleep?: (ms: number) => Promise<void>;
}

/** Per-request overrides. */
export interface RequestOptions {
  /** Overrides the client's timeout, e.g. for importing a large backup. */
  timeoutMs?: number;
}

/** Payload argument: optional when the request takes no fields. */
type PayloadArgs<P extends ProtocolMap, N extends RequestName<P>> =
  undefined extends PayloadIn<P, N>
    ? [payload?: PayloadIn<P, N>, options?: RequestOptions]
    : [payload: PayloadIn<P, N>, options?: RequestOptions];

/** A typed sender for one protocol: names, payloads and responses are checked by the compiler. */
export interface Client<P extends ProtocolMap> {
  request<N extends RequestName<P>>(name: N, ...args: PayloadArgs<P, N>): Promise<Result<ResponseOf<P, N>>>;
}

const TIMED_OUT = Symbol('timed out');

/** The extension was reloaded or updated under this content script: no retry can help. */
function isContextInvalidated(error: unknown): boolean {
  return /Extension context invalidated/i.test(error instanceof Error ? error.message : String(error));
}

function describe(error: unknown): string {
  if (error === TIMED_OUT) return 'no answer in time';
  return error instanceof Error ? error.message : String(error);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(TIMED_OUT), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A client for any protocol map. The map is only a type here: importing the maps would bring
 * their zod schemas into every page's content script.
 */
export function createProtocolClient<P extends ProtocolMap>(send: Send, options: ClientOptions = {}): Client<P> {
  const attempts = Math.max(1, options.attempts ?? 5);
  const backoffMs = options.backoffMs ?? 100;
  const sleep = options.sleep ?? defaultSleep;
  const peer = options.peer ?? "Assay's background";

  async function request(name: string, payload?: unknown, requestOptions: RequestOptions = {}) {
    const timeoutMs = requestOptions.timeoutMs ?? options.timeoutMs ?? 10_000;
    const message = envelope(name, payload);
    let lastError: unknown;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      if (attempt > 1) await sleep(backoffMs * 2 ** (attempt - 2));
      try {
        const answer = await withTimeout(send(message), timeoutMs);
        if (isResult(answer)) return answer;
        // No listener answered (the worker was starting or stopping): worth another try.
        if (answer === undefined) {
          lastError = new Error('no answer');
          continue;
        }
        return fail('internal', `Assay got an answer it does not understand to "${name}".`);
      } catch (error) {
        lastError = error;
        if (isContextInvalidated(error)) {
          return fail('unavailable', 'Assay was updated or reloaded. Reload this page to use it again.');
        }
      }
    }
    return fail(
      'unavailable',
      `${peer} did not answer "${name}" after ${attempts} tries (${describe(lastError)}). ` +
        'The change may not have been saved; try again.',
    );
  }

  return { request: request as Client<P>['request'] };
}

/** A client for the background's protocol, e.g. `createClient((m) => browser.runtime.sendMessage(m))`. */
export function createClient(send: Send, options?: ClientOptions): Client<Protocol> {
  return createProtocolClient<Protocol>(send, options);
}

/**
 * A client for one tab's content script, e.g.
 * `createTabClient((m) => browser.tabs.sendMessage(tabId, m, { frameId: 0 }))`.
 * It does not retry by default: a tab without Assay's content script (a browser page, a page
 * loaded before the extension) will not grow one by waiting.
 */
export function createTabClient(send: Send, options: ClientOptions = {}): Client<TabProtocol> {
  return createProtocolClient<TabProtocol>(send, {
    attempts: 1,
    timeoutMs: 3_000,
    peer: 'Assay on this page',
    ...options,
  });
}
