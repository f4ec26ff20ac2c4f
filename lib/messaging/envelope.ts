/**
 * The shape of every message on the wire. The channel marker lets a listener tell Assay's
 * requests from anything else that arrives on `runtime.onMessage`.
 */

/** Marks Assay's messages among everything on `runtime.onMessage`. */
export const CHANNEL = 'assay';

/** A request as it travels: which request, and its (not yet validated) payload. */
export interface RequestEnvelope {
  channel: typeof CHANNEL;
  name: string;
  payload: unknown;
}

/**
 * Wraps a request for sending. An absent payload travels as `{}`: the browser drops keys whose
 * value is undefined when it serializes a message, and the receiver would see no payload at all.
 */
export function envelope(name: string, payload: unknown): RequestEnvelope {
  return { channel: CHANNEL, name, payload: payload ?? {} };
}

/** True when a message on `runtime.onMessage` is meant for Assay's request handler. */
export function isAssayMessage(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { channel?: unknown }).channel === CHANNEL;
}
