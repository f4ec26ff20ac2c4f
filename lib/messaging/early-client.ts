/**
 * A client that can put a request on the wire before the page that needs it has drawn: an
 * extension page knows from its URL what it will ask for, and asking at once (instead of from an
 * effect, after the first render) overlaps the background's work with the page's own start-up.
 * The later `request` with the same name and payload takes the answer already under way, once,
 * and only within `freshMs` of asking (an answer nobody took is not served stale much later);
 * anything else goes to the wrapped client as before.
 */
import type { Client } from './client.ts';
import type { ProtocolMap, RequestName } from './define.ts';

export interface EarlyClient<P extends ProtocolMap> extends Client<P> {
  /** Sends the request now; the first `request` of the same name and payload gets its answer. */
  askEarly: Client<P>['request'];
}

/** Same name and same payload: the payload's JSON with its keys sorted. */
function keyOf(name: string, payload: unknown): string {
  const sorted = (value: unknown): unknown => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
    const record = value as Record<string, unknown>;
    // Keys of one object are distinct, so the default code-unit order is a total order here.
    return Object.fromEntries(Object.keys(record).sort().map((key) => [key, sorted(record[key])]));
  };
  return JSON.stringify([name, sorted(payload ?? {})]);
}

export function earlyClient<P extends ProtocolMap>(client: Client<P>, { freshMs = 5_000, now = Date.now } = {}): EarlyClient<P> {
  const pending = new Map<string, { answer: Promise<unknown>; askedAt: number }>();
  const request = ((name: RequestName<P>, ...args: unknown[]) => {
    const key = keyOf(name, args[0]);
    const early = pending.get(key);
    pending.delete(key);
    if (early && now() - early.askedAt <= freshMs) return early.answer;
    return (client.request as (n: RequestName<P>, ...a: unknown[]) => Promise<unknown>)(name, ...args);
  }) as Client<P>['request'];
  const askEarly = ((name: RequestName<P>, ...args: unknown[]) => {
    const answer = (client.request as (n: RequestName<P>, ...a: unknown[]) => Promise<unknown>)(name, ...args);
    pending.set(keyOf(name, args[0]), { answer, askedAt: now() });
    return answer;
  }) as Client<P>['request'];
  return { request, askEarly };
}
