/**
 * Requests the extension (the popup or the background) makes of the content script in a tab,
 * sent with `tabs.sendMessage`. The content script validates them too: its frame is in a web
 * page, and it trusts nothing it did not check.
 */
import { z } from '../zod.ts';
import { EntityIdSchema } from '../records/schemas.ts';
import type { EntityFacet, ShownEntity } from '../records/types.ts';
import { EXTENSION_ONLY, returns, type PayloadIn, type PayloadOf, type ProtocolMap, type ResponseOf } from './define.ts';

const Empty = z.strictObject({}).default({});

/** What the current page mentions, for the popup's summary. */
export interface TabSummary {
  url: string;
  title: string;
  /** All mentions on the page. */
  total: number;
  /** One row per entity, most mentioned first. */
  entities: EntityFacet[];
  /** False when Assay is switched off for this site (the popup offers to switch it on). */
  enabled: boolean;
}

/** How far the content script got on its page, with the figures of its first scan. */
export interface TabStatus {
  /** `scanning` until the first highlights are drawn, `ready` then, `settled` once compromise answered too. */
  state: 'starting' | 'scanning' | 'ready' | 'settled' | 'off' | 'unsupported';
  mentions: number;
  byType: Record<'mineral' | 'country' | 'deal', number>;
  /** Whether compromise was asked about this page. */
  nlp: boolean;
  /** From the content script's start to the first highlights, and the longest slice of that scan. */
  readyMs: number | null;
  longestSliceMs: number | null;
}

/** The user's selection with what a clipping needs, or null when nothing is selected. */
export interface SelectionCapture {
  quote: string;
  prefix: string;
  suffix: string;
  url: string;
  title: string;
  /** With their Chinese names, for the popup to show; a clipping stores them without. */
  entities: ShownEntity[];
}

/** The content script's requests: payload schema, allowed senders, response type. */
export const tabProtocol = {
  'tab.summary': { payload: Empty, senders: EXTENSION_ONLY, response: returns<TabSummary>() },
  'tab.selection': { payload: Empty, senders: EXTENSION_ONLY, response: returns<SelectionCapture | null>() },
  /** Scroll to the first mention of an entity and open its popover. */
  'tab.reveal': {
    payload: z.strictObject({ entityId: EntityIdSchema }),
    senders: EXTENSION_ONLY,
    response: returns<{ found: boolean }>(),
  },
  /** Keyboard commands relayed from `browser.commands`. */
  'tab.command': {
    payload: z.strictObject({ command: z.enum(['next', 'previous', 'open']) }),
    senders: EXTENSION_ONLY,
    response: returns<{ found: boolean }>(),
  },
  /** Settings changed: the content script asks for its page's settings again. */
  'tab.settingsChanged': { payload: Empty, senders: EXTENSION_ONLY, response: returns<null>() },
  /** Where the content script is: for the tests and the sweep, which must not read marks off the page. */
  'tab.status': { payload: Empty, senders: EXTENSION_ONLY, response: returns<TabStatus>() },
} satisfies ProtocolMap;

/** The type of the content-script protocol map. */
export type TabProtocol = typeof tabProtocol;
/** Every request the content script answers. */
export type TabRequestName = keyof TabProtocol & string;
/** A tab request's payload as the sender writes it. */
export type TabRequestPayload<N extends TabRequestName> = PayloadIn<TabProtocol, N>;
/** A tab request's payload as the content script's handler receives it. */
export type TabHandlerPayload<N extends TabRequestName> = PayloadOf<TabProtocol, N>;
/** What a tab request answers with. */
export type TabResponseOf<N extends TabRequestName> = ResponseOf<TabProtocol, N>;
