/**
 * What the popup needs from the browser, passed in rather than imported, so that the components
 * run unchanged in DOM tests with fake clients.
 */
import type { Client } from '../../lib/messaging/client.ts';
import type { Protocol } from '../../lib/messaging/protocol.ts';
import type { Result } from '../../lib/messaging/result.ts';
import type { ClippingPage } from '../../lib/store/clipping-query.ts';
import type { TabProtocol } from '../../lib/messaging/tab-protocol.ts';

export interface PopupEnv {
  /** The background: clippings and settings. */
  client: Client<Protocol>;
  /** Assay's content script in the tab the popup is about (its top frame). */
  tab: Client<TabProtocol>;
  /** Opens a URL in a new tab (a clipping's page). */
  openUrl(url: string): void | Promise<unknown>;
  openOptions(): void | Promise<unknown>;
  /** Opens the side panel beside the page; absent where the browser has none. */
  openSidePanel?(): void | Promise<unknown>;
  /** Opens an entity's dossier in a tab. */
  openDossier?(entityId: string): void | Promise<unknown>;
  /** Closes the popup (after sending the user to the page). */
  close(): void;
  /** Asks the browser to keep Assay's data under storage pressure; called after a first save. */
  requestPersistence(): void | Promise<unknown>;
  /**
   * The newest clippings, asked for as soon as the popup's script runs, so the answer is on its
   * way while the popup is first drawn (`firstPageRequest`); the list uses it once.
   */
  firstPage?: { askedAt: number; answer: Promise<Result<ClippingPage>> };
}
