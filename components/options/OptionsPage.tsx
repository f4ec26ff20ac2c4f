/**
 * The options page: highlighting, sites, the user's data, storage and the dataset, in sections a
 * side navigation links to. It talks only to the background, through the typed client.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Client } from '../../lib/messaging/client.ts';
import type { Protocol } from '../../lib/messaging/protocol.ts';
import type { PersistenceOutcome } from '../../lib/store/persist.ts';
import { AboutSection } from './AboutSection.tsx';
import type { DownloadFile } from './backup-transfer.ts';
import { DataSection } from './DataSection.tsx';
import { HighlightingSection } from './HighlightingSection.tsx';
import { CardError, Section } from './Section.tsx';
import { SitesSection } from './SitesSection.tsx';
import { ReporterContext, StatusBar, useStatus } from './status.tsx';
import { StorageSection } from './StorageSection.tsx';
import { useActiveSection } from './useActiveSection.ts';
import { useLoaded } from './useLoaded.ts';
import { useSettings } from './useSettings.ts';
import { LanguageSection } from './LanguageSection.tsx';
import { useT } from '../i18n/context.ts';
import type { PlainKey } from '../../lib/i18n/translator.ts';

/** What the page needs from the browser, passed in so tests can stand in for it. */
export interface OptionsServices {
  client: Client<Protocol>;
  /** The extension's version, from its manifest. */
  version: string;
  requestPersistence: () => Promise<PersistenceOutcome>;
  saveFile: (file: DownloadFile) => void;
  /** Where the icon is (an extension URL). */
  iconUrl: string;
  /** The browser's UI language, which the language setting's Auto follows. */
  browserLanguage: string;
}

const NAV: { id: string; label: PlainKey }[] = [
  { id: 'highlighting', label: 'options_nav_highlighting' },
  { id: 'sites', label: 'options_nav_sites' },
  { id: 'language', label: 'options_nav_language' },
  { id: 'data', label: 'options_nav_data' },
  { id: 'storage', label: 'options_nav_storage' },
  { id: 'about', label: 'options_nav_about' },
];
const SECTION_IDS = NAV.map((item) => item.id);

export function OptionsPage({ client, version, requestPersistence, saveFile, iconUrl, browserLanguage }: OptionsServices) {
  const t = useT();
  const { message, reporter, dismiss } = useStatus();
  const settings = useSettings(client, reporter);
  const [dataVersion, setDataVersion] = useState(0);
  // Requests without fields still send `{}`: a payload left undefined is dropped when the message
  // is serialised, and the background's envelope check then refuses the request.
  const storage = useLoaded(() => client.request('storage.info', {}), reporter, dataVersion);
  const dataset = useLoaded(() => client.request('dataset.info', {}), reporter);
  const [persistence, setPersistence] = useState<PersistenceOutcome | null>(null);
  const activeSection = useActiveSection(SECTION_IDS);

  const refresh = useCallback(() => {
    setDataVersion((n) => n + 1);
    void settings.reload();
  }, [settings.reload]);

  useEffect(() => {
    void requestPersistence().then(setPersistence);
  }, []);

  // The popup can change the site lists and clippings while this tab is in the background.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [refresh]);

  return (
    <ReporterContext.Provider value={reporter}>
      <div class="opt-shell">
        <header class="opt-masthead">
          <img class="opt-logo" src={iconUrl} alt="" width={36} height={36} />
          <div>
            <h1>{t('options_heading')}</h1>
            <p class="opt-tagline">{t('options_tagline')}</p>
          </div>
        </header>
        <nav class="opt-nav" aria-label={t('options_nav')}>
          <ul>
            {NAV.map((item) => (
              <li key={item.id}>
                <a href={`#${item.id}`} aria-current={activeSection === item.id ? 'location' : undefined}>
                  {t(item.label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {/* The sections appear together once the settings are in (a few milliseconds), rather
            than as placeholders that the real cards then push down. */}
        {settings.settings || settings.loadError ? (
          <main class="opt-main">
            {settings.settings ? (
              <>
                <HighlightingSection settings={settings.settings} preview={settings.preview} update={settings.update} />
                <SitesSection settings={settings.settings} update={settings.update} />
                <LanguageSection settings={settings.settings} update={settings.update} browserLanguage={browserLanguage} />
              </>
            ) : (
              <Section id="highlighting" title={t('options_unreadable_title')} intro={t('options_unreadable_intro')}>
                <CardError message={settings.loadError ?? ''} onRetry={() => void settings.reload()} />
              </Section>
            )}
            <DataSection client={client} saveFile={saveFile} onImported={refresh} />
            <StorageSection info={storage.state} persistence={persistence} onRefresh={refresh} />
            <AboutSection version={version} dataset={dataset.state} onRetry={dataset.reload} />
          </main>
        ) : (
          <main class="opt-main" aria-busy="true">
            <p class="opt-loading">{t('options_loading')}</p>
          </main>
        )}
      </div>
      <StatusBar message={message} onDismiss={dismiss} />
    </ReporterContext.Provider>
  );
}
