/**
 * What the dossier needs from the browser, passed in so that it renders unchanged in the dossier
 * page, inside the side panel and in DOM tests with fake clients.
 */
import type { Client } from '../../lib/messaging/client.ts';
import type { Protocol } from '../../lib/messaging/protocol.ts';
import type { DownloadFile } from '../options/backup-transfer.ts';

export interface DossierEnv {
  client: Client<Protocol>;
  /** Opens a clipping's page at its quote. */
  openUrl(url: string): void | Promise<unknown>;
  /** Shows another entity's dossier (a new hash in the page, a new view in the side panel). */
  showDossier(entityId: string): void;
  /** Calls back when notes on `entityId` changed in another window; returns the unsubscribe. */
  onNotesChanged(entityId: string, callback: () => void): () => void;
  saveFile(file: DownloadFile): void;
}
