/**
 * The toolbar popup: what the current page mentions (and the site switch), the selection to save
 * as a clipping, and the user's clippings to search, open, edit and delete.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { EntityFacet } from '../../lib/records/types.ts';
import { ClippingsSection } from './ClippingsSection.tsx';
import type { PopupEnv } from './env.ts';
import { PageSection } from './PageSection.tsx';
import { PopupHeader } from './PopupHeader.tsx';
import { SaveSection } from './SaveSection.tsx';
import { StatusLine } from './StatusLine.tsx';
import { usePageSummary } from './usePageSummary.ts';
import { useSelectionDraft } from './useSelectionDraft.ts';
import { useStatus } from './useStatus.ts';
import { useT } from '../i18n/context.ts';
import { entityName } from './entity-name.ts';
import { errorText } from '../i18n/errors.ts';

interface Props {
  env: PopupEnv;
  iconUrl: string;
}

export function Popup({ env, iconUrl }: Props) {
  const t = useT();
  const { message, reporter } = useStatus();
  const page = usePageSummary(env, reporter);
  const selection = useSelectionDraft(env);
  const [savedVersion, setSavedVersion] = useState(0);
  const [persistenceAsked, setPersistenceAsked] = useState(false);

  const reveal = useCallback(
    async (entity: EntityFacet) => {
      const result = await env.tab.request('tab.reveal', { entityId: entity.id });
      if (!result.ok) reporter.error(errorText(t, result.error));
      else if (!result.value.found) reporter.error(t('common_not_on_page', { name: entityName(t, entity).text }));
      // The popup would cover the popover it just opened.
      else env.close();
    },
    [env, reporter, t],
  );

  const save = useCallback(async () => {
    const result = await selection.save();
    if (!result) return;
    if (!result.ok) {
      reporter.error(errorText(t, result.error));
      return;
    }
    reporter.info(t('common_saved'));
    setSavedVersion((n) => n + 1);
    // Once there is something worth keeping, ask the browser not to evict it.
    if (!persistenceAsked) {
      setPersistenceAsked(true);
      void env.requestPersistence();
    }
  }, [selection, reporter, env, persistenceAsked, t]);

  // Ctrl+Z (⌘Z) runs the status line's action (Undo) from anywhere but a text field, where it
  // undoes typing as usual.
  const action = message?.action;
  useEffect(() => {
    if (!action) return;
    const onKey = (event: KeyboardEvent) => {
      const typing = event.target instanceof HTMLElement && event.target.closest('input, textarea, select');
      if (typing || event.key.toLowerCase() !== 'z' || !(event.ctrlKey || event.metaKey) || event.shiftKey) return;
      event.preventDefault();
      action.run();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [action]);

  // A selection is why the popup was opened: its draft comes first, and stays first once saved
  // so that nothing jumps. Without one, the page summary leads and the hint follows.
  const savingFirst = Boolean(selection.draft || selection.saved);
  const saveSection = <SaveSection state={selection} onSave={() => void save()} />;

  return (
    <div class="popup">
      <PopupHeader
        iconUrl={iconUrl}
        onOpenOptions={() => void env.openOptions()}
        onOpenSidePanel={
          env.openSidePanel
            ? () => {
                void Promise.resolve(env.openSidePanel!()).then(() => env.close(), (error: unknown) => reporter.error(t('popup_side_panel_failed', { error: String(error) })));
              }
            : undefined
        }
      />
      <main class="main">
        {savingFirst && saveSection}
        <PageSection page={page} onReveal={(entity) => void reveal(entity)} />
        {!savingFirst && saveSection}
        <ClippingsSection env={env} reporter={reporter} version={savedVersion} />
      </main>
      <StatusLine message={message} onDismiss={reporter.clear} />
    </div>
  );
}
