/**
 * The dossier page, one per entity: `dossier.html#mineral:gallium`. Opened from the popover, the
 * notes panel, the popup's chips and the side panel; a link to another entity changes the hash.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Dossier } from '../../components/dossier/Dossier.tsx';
import type { DossierEnv } from '../../components/dossier/env.ts';
import { saveFile } from '../../components/options/download.ts';
import { createClient } from '../../lib/messaging/client.ts';
import { EntityIdSchema } from '../../lib/records/schemas.ts';
import { onNotesChanged } from '../notes/notes-events.ts';
import '../../components/ui/tokens.css';
import '../../components/popover/popover.css';
import '../../components/notes/notes.css';
import '../../components/dossier/dossier.css';

const client = createClient((message) => browser.runtime.sendMessage(message));

const env: DossierEnv = {
  client,
  openUrl: (url) => browser.tabs.create({ url }),
  showDossier: (entityId) => {
    location.hash = encodeURIComponent(entityId);
  },
  onNotesChanged,
  saveFile,
};

function show(): void {
  const wanted = decodeURIComponent(location.hash.slice(1));
  const app = document.getElementById('app')!;
  if (!EntityIdSchema.safeParse(wanted).success || wanted === 'deal') {
    render(<p class="dossier-missing">No entity named in this address. Open a dossier from a popover, the popup or the side panel.</p>, app);
    return;
  }
  render(<Dossier key={wanted} env={env} entityId={wanted} />, app);
  window.scrollTo(0, 0);
}

window.addEventListener('hashchange', show);
show();
