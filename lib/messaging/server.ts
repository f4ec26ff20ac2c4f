/**
 * The receiving side of a protocol: one function to hand every incoming message to. It checks,
 * in order, that the message comes from this extension, is an Assay request, names a known
 * request, comes from a kind of sender allowed to make it, and has a valid payload; only then
 * does it call the handler. It always answers with a `Result`, never throws.
 */
import { z } from '../zod.ts';
import { CHANNEL } from './envelope.ts';
import { failureFromError } from './errors.ts';
import { describeIssues } from './issues.ts';
import { protocol, type Protocol } from './protocol.ts';
import { fail, ok, type Result } from './result.ts';
import type { PayloadOf, ProtocolMap, RequestName, ResponseOf, SenderKind } from './define.ts';

/** The envelope check the request handler runs before looking at the name. */
export const RequestEnvelopeSchema = z.strictObject({
  channel: z.literal(CHANNEL),
  name: z.string().max(64),
  // Optional: a message serialized by the browser has no key for an undefined payload.
  payload: z.unknown().optional(),
});

/** The parts of `runtime.MessageSender` the checks use. */
export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
  /** Chromium's id of the sending frame's document. */
  documentId?: string;
}

/** What a handler learns about who asked. */
export interface RequestContext {
  sender: MessageSender;
  kind: SenderKind;
}

/** Answers one request; it receives the payload already validated. Thrown errors become failures. */
export type Handler<P extends ProtocolMap, N extends RequestName<P>> = (
  payload: PayloadOf<P, N>,
  context: RequestContext,
) => Promise<ResponseOf<P, N>> | ResponseOf<P, N>;

/** Handlers for some or all requests of a protocol; a missing one answers `unknown-request`. */
export type Handlers<P extends ProtocolMap> = { [N in RequestName<P>]?: Handler<P, N> };

/** What to call with every incoming message; resolves with the answer to send back. */
export type IncomingMessageHandler = (message: unknown, sender: MessageSender) => Promise<Result<unknown>>;

/** How `createDispatcher` decides whom to answer. */
export interface DispatcherOptions {
  /** This extension's id (`browser.runtime.id`): messages from anyone else are refused. */
  ownId: string;
  /** Decides whether a sender is a content script or an extension page. */
  classify: (sender: MessageSender) => SenderKind;
  /** Told about every failure a handler threw (for logging); the sender gets only the Result. */
  onError?: (error: unknown, name: string) => void;
}

/**
 * An extension page or worker has a URL in the extension's own origin; anything else (a web
 * page's URL, or none) is treated as a content script, the least trusted kind. An extension page
 * that web pages can frame or open (`framedPages`, the web-accessible ones), or any extension page
 * framed inside a tab, is `framed`: its requests need a grant. Chromium can serve a
 * web-accessible page declared with `use_dynamic_url` from a per-session origin of its own; the
 * sender's id, checked before this, says it is still this extension's page.
 */
// Stryker disable next-line ArrayDeclaration: a URL's pathname starts with "/", so an entry without one never matches, as with none.
export function classifySender(extensionOrigin: string, framedPages: readonly string[] = []): (sender: MessageSender) => SenderKind {
  const own = new URL(extensionOrigin);
  // Scheme and host, not `URL.origin`: for a non-web scheme some engines (Node) answer "null".
  const originOf = (url: URL) => `${url.protocol}//${url.host}`;
  return (sender) => {
    let url: URL;
    try {
      // Stryker disable next-line StringLiteral: any string that is not an absolute URL throws here, as '' does.
      url = new URL(sender.url ?? '');
    } catch {
      return 'content';
    }
    if (url.protocol !== own.protocol) return 'content';
    const webAccessible = framedPages.includes(url.pathname);
    if (originOf(url) !== originOf(own) && !webAccessible) return 'content';
    if (webAccessible || (sender.tab !== undefined && (sender.frameId ?? 0) !== 0)) return 'framed';
    return 'extension';
  };
}

/** The request handler for any protocol map. */
export function createDispatcher<P extends ProtocolMap>(
  map: P,
  handlers: Handlers<P>,
  options: DispatcherOptions,
): IncomingMessageHandler {
  return async (message, sender) => {
    if (!sender || sender.id !== options.ownId) {
      return fail('forbidden', 'Assay only answers requests from Assay itself.');
    }
    const parsedEnvelope = RequestEnvelopeSchema.safeParse(message);
    if (!parsedEnvelope.success) return fail('invalid-request', 'That is not an Assay request.');
    const { name, payload } = parsedEnvelope.data;
    // Own properties only, so "constructor" or "__proto__" never reach Object.prototype.
    const spec = Object.hasOwn(map, name) ? map[name] : undefined;
    const handler = Object.hasOwn(handlers, name) ? (handlers as Record<string, Handler<P, string>>)[name] : undefined;
    if (!spec || !handler) return fail('unknown-request', `Assay has no request called "${name}".`);
    const kind = options.classify(sender);
    if (!spec.senders.includes(kind)) {
      return fail('forbidden', `"${name}" can only be requested from Assay's own pages, not from a web page.`);
    }
    const parsed = spec.payload.safeParse(payload);
    if (!parsed.success) {
      return fail('invalid-request', `Invalid "${name}" request: ${describeIssues(parsed.error.issues, 'the payload')}.`);
    }
    try {
      return ok(await handler(parsed.data as PayloadOf<P, string>, { sender, kind }));
    } catch (error) {
      options.onError?.(error, name);
      return failureFromError(error);
    }
  };
}

/** Options of the background's request handler. */
export interface RequestHandlerOptions {
  ownId: string;
  /** `browser.runtime.getURL('')`: tells extension pages from content scripts. */
  extensionOrigin: string;
  /** Paths of the extension pages web pages may frame (`/notes.html`). */
  framedPages?: readonly string[];
  onError?: (error: unknown, name: string) => void;
}

/** The background's handler for the main protocol (see `protocol.ts`). */
export function createRequestHandler(handlers: Handlers<Protocol>, options: RequestHandlerOptions) {
  return createDispatcher(protocol, handlers, {
    ownId: options.ownId,
    classify: classifySender(options.extensionOrigin, options.framedPages),
    onError: options.onError,
  });
}
