/**
 * The side panel (Chromium's side panel, Firefox's sidebar): it stays open while the reader reads
 * and follows the active tab. For the tab's page it lists the mentions by type (a click scrolls
 * the page to the mention and marks it current), saves the page's selection as a clipping, and
 * shows an entity's dossier in place. It says plainly when Assay cannot read the tab.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EntityFacet } from '../../lib/records/types.ts';
import { Dossier } from '../dossier/Dossier.tsx';
import type { DossierEnv } from '../dossier/env.ts';
import type { PopupEnv } from '../popup/env.ts';
import { SaveSection } from '../popup/SaveSection.tsx';
import { StatusLine } from '../popup/StatusLine.tsx';
import { tabAnswer, type TabAnswer } from '../popup/tab-answer.ts';
import { useSelectionDraft } from '../popup/useSelectionDraft.ts';
import { useStatus, type Reporter } from '../popup/useStatus.ts';
import type { TabSummary } from '../../lib/messaging/tab-protocol.ts';
import type { SidePanelEnv } from './env.ts';
import { MentionList } from './MentionList.tsx';
import { useT } from '../i18n/context.ts';
import { entityName } from '../popup/entity-name.ts';
import { errorText } from '../i18n/errors.ts';

/** The page's mentions, asked again whenever the tab says its page changed. */
function usePageMentions(env: PopupEnv, version: number): TabAnswer<TabSummary> {
  const t = useT();
  const [summary, setSummary] = useState<TabAnswer<TabSummary>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void env.tab.request('tab.summary', {}).then((r) => {
      if (!live) return;
      const answer = tabAnswer(r, t);
      // A failed refresh keeps what is shown rather than blanking it.
      setSummary((current) => (answer.status === 'ready' || current.status !== 'ready' ? answer : current));
    });
    return () => {
      live = false;
    };
  }, [env, version]);
  return summary;
}

function PageView({ env, tabId, version, reporter, onDossier }: { env: PopupEnv; tabId: number; version: number; reporter: Reporter; onDossier(entity: EntityFacet): void }) {
  const summary = usePageMentions(env, version);
  const selection = useSelectionDraft(env);
  const t = useT();
  // The benchmark's mark (the panel's own timeline): the tab's mentions are in the DOM.
  useLayoutEffect(() => {
    if (summary.status === 'ready') performance.mark('assay-panel:mentions', { detail: { tabId } });
  }, [summary, tabId]);

  const reveal = async (entity: EntityFacet) => {
    const r = await env.tab.request('tab.reveal', { entityId: entity.id });
    if (!r.ok) reporter.error(errorText(t, r.error));
    else if (!r.value.found) reporter.error(t('common_not_on_page', { name: entityName(t, entity).text }));
  };
  const save = async () => {
    const r = await selection.save();
    if (r && !r.ok) reporter.error(errorText(t, r.error));
    else if (r) reporter.info(t('common_saved'));
  };

  if (summary.status === 'loading') return <p class="muted panel-note">{t('common_reading_page')}</p>;
  if (summary.status === 'unavailable') return <p class="panel-note panel-unreadable">{t('panel_unreadable')}</p>;
  if (summary.status === 'error') return <p class="panel-note error">{summary.message}</p>;
  const page = summary.value;
  return (
    <>
      <header class="panel-page">
        <h1 class="panel-page-title" title={page.url}>
          {page.title || page.url}
        </h1>
        {!page.enabled ? <p class="panel-note">{t('panel_site_off')}</p> : null}
      </header>
      {page.enabled ? <MentionList entities={page.entities} total={page.total} onReveal={(e) => void reveal(e)} onDossier={onDossier} /> : null}
      <SaveSection state={selection} onSave={() => void save()} />
    </>
  );
}

export function SidePanel({ env }: { env: SidePanelEnv }) {
  const { message, reporter } = useStatus();
  const t = useT();
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [version, setVersion] = useState(0);
  const [dossier, setDossier] = useState<string | null>(null);

  const shown = useRef<number | null | undefined>(undefined);
  shown.current = tabId;

  const follow = useCallback(async () => setTabId(await env.activeTab()), [env]);
  useEffect(() => {
    void follow();
    return env.onTabEvent((event) => {
      if (event.kind === 'activated') {
        setTabId(event.tabId);
        setDossier(null);
      } else if (event.tabId === shown.current) setVersion((n) => n + 1);
    });
  }, [env, follow]);

  // One client per tab, and a fresh page view (summary, selection) whenever the tab changes.
  const tabEnv = useMemo<PopupEnv | null>(
    () =>
      tabId == null
        ? null
        : { client: env.client, tab: env.tab(tabId), openUrl: env.openUrl, openOptions: () => undefined, close: () => undefined, requestPersistence: () => undefined },
    [env, tabId],
  );
  const dossierEnv = useMemo<DossierEnv>(() => ({ ...env, showDossier: (id: string) => setDossier(id) }), [env]);

  return (
    <div class="panel">
      {dossier ? (
        <div class="panel-dossier">
          <button type="button" class="link-button panel-back" onClick={() => setDossier(null)}>
            {t('panel_back')}
          </button>
          <Dossier key={dossier} env={dossierEnv} entityId={dossier} compact />
        </div>
      ) : tabId === undefined ? (
        <p class="muted panel-note">{t('common_reading_page')}</p>
      ) : tabEnv ? (
        <PageView key={tabId} env={tabEnv} tabId={tabId!} version={version} reporter={reporter} onDossier={(e) => setDossier(e.id)} />
      ) : (
        <p class="panel-note">{t('panel_no_tab')}</p>
      )}
      <StatusLine message={message} onDismiss={reporter.clear} />
    </div>
  );
}
