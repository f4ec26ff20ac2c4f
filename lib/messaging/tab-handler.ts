/**
 * The content script's side of the tab protocol (see tab-protocol.ts), with its checks written
 * by hand. The content script runs on every page the user opens; zod's start-up there costs more
 * (about 14 ms per page, measured) than these few small payloads need. The rules are the same:
 * only this extension may ask, only known requests, only well-formed payloads.
 */
import { LIMITS } from '../records/limits.ts';
import { CHANNEL } from './envelope.ts';
import { failureFromError } from './errors.ts';
import { fail, ok, type Result } from './result.ts';
import type { TabHandlerPayload, TabRequestName, TabResponseOf } from './tab-protocol.ts';
import type { MessageSender } from './server.ts';

type TabHandlers = { [N in TabRequestName]?: (payload: TabHandlerPayload<N>) => Promise<TabResponseOf<N>> };

const ENTITY_ID = /^(mineral|country|deal)(:\S+)?$/;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const onlyKeys = (v: Record<string, unknown>, keys: string[]) => Object.keys(v).every((k) => keys.includes(k));
const isEmpty = (v: Record<string, unknown>) => Object.keys(v).length === 0;

/** Returns the payload as the handler receives it, or an error message. */
function check(name: TabRequestName, payload: unknown): { value: unknown } | { error: string } {
  // Absent is empty (the browser drops an undefined payload); null is not, as in the schemas.
  const p = payload === undefined ? {} : payload;
  if (!isObject(p)) return { error: 'the payload should be an object' };
  switch (name) {
    case 'tab.summary':
    case 'tab.selection':
    case 'tab.settingsChanged':
    case 'tab.status':
      return isEmpty(p) ? { value: {} } : { error: 'unexpected fields' };
    case 'tab.reveal':
      return onlyKeys(p, ['entityId']) && typeof p.entityId === 'string' && p.entityId.length <= LIMITS.entityIdChars && ENTITY_ID.test(p.entityId)
        ? { value: p }
        : { error: 'entityId must be an entity id such as "mineral:tungsten"' };
    case 'tab.command':
      return onlyKeys(p, ['command']) && ['next', 'previous', 'open'].includes(p.command as string) ? { value: p } : { error: 'command must be next, previous or open' };
    default:
      return { error: 'unknown request' };
  }
}

const NAMES: TabRequestName[] = ['tab.summary', 'tab.selection', 'tab.reveal', 'tab.command', 'tab.settingsChanged', 'tab.status'];

export function createTabRequestHandler(
  handlers: TabHandlers,
  options: { ownId: string; onError?: (error: unknown, name: string) => void },
): (message: unknown, sender: MessageSender) => Promise<Result<unknown>> {
  return async (message, sender) => {
    // Content scripts only ever hear from their own extension; anything else is refused.
    if (!sender || sender.id !== options.ownId) return fail('forbidden', 'Assay only answers requests from Assay itself.');
    if (!isObject(message) || message.channel !== CHANNEL || typeof message.name !== 'string') return fail('invalid-request', 'That is not an Assay request.');
    const name = message.name as TabRequestName;
    const handler = NAMES.includes(name) && Object.hasOwn(handlers, name) ? handlers[name] : undefined;
    if (!handler) return fail('unknown-request', `Assay has no request called "${message.name}".`);
    const checked = check(name, message.payload);
    if ('error' in checked) return fail('invalid-request', `Invalid "${name}" request: ${checked.error}.`);
    try {
      return ok(await (handler as (p: unknown) => Promise<unknown>)(checked.value));
    } catch (error) {
      options.onError?.(error, name);
      return failureFromError(error);
    }
  };
}
