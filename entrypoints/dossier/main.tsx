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
import { earlyClient } from '../../lib/messaging/early-client.ts';
import { EntityIdSchema } from '../../lib/records/schemas.ts';
import { onNotesChanged } from '../notes/notes-events.ts';
import { pageLanguage } from '../notes/ui-language.ts';
import { LanguageRoot } from '../../components/i18n/LanguageRoot.tsx';
import { useT } from '../../components/i18n/context.ts';
import '../../components/ui/tokens.css';
import '../../components/popover/popover.css';
import '../../components/notes/notes.css';
import '../../components/dossier/dossier.css';

const client = earlyClient(createClient((message) => browser.runtime.sendMessage(message)));

const env: DossierEnv = {
  client,
  openUrl: (url) => browser.tabs.create({ url }),
  showDossier: (entityId) => {
    location.hash = encodeURIComponent(entityId);
  },
  onNotesChanged,
  saveFile,
};

const language = pageLanguage(client);

function Missing() {
  return <p class="dossier-missing">{useT()('dossier_missing')}</p>;
}

function show(): void {
  const wanted = decodeURIComponent(location.hash.slice(1));
  const valid = EntityIdSchema.safeParse(wanted).success && wanted !== 'deal';
  if (valid) {
    // The first screen's two answers, asked before the page draws (see early-client.ts).
    void client.askEarly('facts.get', { id: wanted, lang: language.initial() });
    void client.askEarly('dossier.get', { entityId: wanted });
  }
  render(
    <LanguageRoot source={language} title={(t) => t('dossier_title')}>
      {valid ? <Dossier key={wanted} env={env} entityId={wanted} /> : <Missing />}
    </LanguageRoot>,
    document.getElementById('app')!,
  );
  if (valid) window.scrollTo(0, 0);
}

window.addEventListener('hashchange', show);
show();
