/**
 * What the side panel needs from the browser, passed in so that it renders in DOM tests with
 * fake clients. The panel stays open while the reader moves between tabs, so the tab it talks
 * to changes: `tab(id)` gives a client for one tab.
 */
import type { Client } from '../../lib/messaging/client.ts';
import type { Protocol } from '../../lib/messaging/protocol.ts';
import type { TabProtocol } from '../../lib/messaging/tab-protocol.ts';
import type { DossierEnv } from '../dossier/env.ts';

export interface SidePanelEnv extends Omit<DossierEnv, 'showDossier'> {
  client: Client<Protocol>;
  tab(tabId: number): Client<TabProtocol>;
  /** The active tab of the panel's window, or null when there is none. */
  activeTab(): Promise<number | null>;
  /**
   * Calls back when the active tab of the panel's window changes, or when that tab loads a new
   * page or its page changes (Assay counted its mentions again); returns the unsubscribe.
   */
  onTabEvent(callback: (event: { kind: 'activated' | 'updated'; tabId: number }) => void): () => void;
}
