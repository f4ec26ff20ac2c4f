/**
 * The building blocks of a protocol map: each request has a payload schema (checked by the
 * receiver), the kinds of sender allowed to make it, and a response type (for the compiler only).
 */
import type { z } from 'zod';

/**
 * Who sent a request: a content script (running in a web page's frame, so its requests are only
 * as trustworthy as the page lets it be), one of the extension's own pages or workers, or an
 * extension page that a web page can frame or open (the notes panel): its code is ours, but who
 * put it on screen is not known, so it must present a grant (see lib/store/grants.ts).
 */
export type SenderKind = 'content' | 'extension' | 'framed';

/** One request of a protocol. */
export interface RequestSpec<Payload extends z.ZodType = z.ZodType, Response = unknown> {
  payload: Payload;
  senders: readonly SenderKind[];
  /** Type-level only: what the request answers with. Always undefined at run time. */
  response?: Response;
}

/** A protocol: request names to their specs. */
export type ProtocolMap = Record<string, RequestSpec>;

/** Marks the response type of a request: `response: returns<Note[]>()`. */
export function returns<Response>(): Response | undefined {
  return undefined;
}

/** Content scripts and extension pages. */
export const ANYONE: readonly SenderKind[] = ['content', 'extension'];
/** Extension pages only (popup, options, background). */
export const EXTENSION_ONLY: readonly SenderKind[] = ['extension'];
/** Content scripts only (requests about the page they run in). */
export const CONTENT_ONLY: readonly SenderKind[] = ['content'];
/** Extension pages, and framed ones that present a grant (checked by the handler). */
export const EXTENSION_OR_GRANTED: readonly SenderKind[] = ['extension', 'framed'];
/** The framed notes panel only. */
export const FRAMED_ONLY: readonly SenderKind[] = ['framed'];

/** The request names of a protocol. */
export type RequestName<P extends ProtocolMap> = keyof P & string;
/** The payload as the sender writes it (optional fields may be left out). */
export type PayloadIn<P extends ProtocolMap, N extends RequestName<P>> = z.input<P[N]['payload']>;
/** The payload as the handler receives it, validated and with defaults filled in. */
export type PayloadOf<P extends ProtocolMap, N extends RequestName<P>> = z.output<P[N]['payload']>;
/** What a request answers with. Responses are never `undefined` (it does not survive messaging). */
export type ResponseOf<P extends ProtocolMap, N extends RequestName<P>> = Exclude<P[N]['response'], undefined>;
