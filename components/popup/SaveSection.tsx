/**
 * "Save clipping": the page's selection with the entities found in it, an optional note and
 * tags. When the popup opens on a selection, the Save button has the focus, so saving takes the
 * click that opened the popup and one key (Enter; Ctrl+Enter from the note or tags).
 */
import { useEffect, useRef } from 'preact/hooks';
import { EntityChip } from './EntityChip.tsx';
import type { SelectionDraftState } from './useSelectionDraft.ts';
import { useT } from '../i18n/context.ts';
import { textLangTag } from '../../lib/i18n/page-language.ts';

interface Props {
  state: SelectionDraftState;
  onSave(): void;
}

const isSaveKey = (event: KeyboardEvent) => event.key === 'Enter' && (event.ctrlKey || event.metaKey);
const SHORTCUT = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform) ? '⌘ Enter' : 'Ctrl+Enter';

export function SaveSection({ state, onSave }: Props) {
  const { capture, draft, saving, saved, error, edit, readSelection } = state;
  const saveButton = useRef<HTMLButtonElement>(null);
  const draftId = draft?.id;
  const t = useT();

  useEffect(() => {
    const button = saveButton.current;
    if (!draftId || !button) return;
    // Without preventScroll the browser centres the button, scrolling the page summary away.
    button.focus({ preventScroll: true });
    button.scrollIntoView({ block: 'nearest' });
  }, [draftId]);

  if (capture.status === 'loading' || capture.status === 'unavailable') return null;

  return (
    <section class={`section save${draft ? '' : ' is-compact'}`} aria-labelledby="save-heading">
      {/* Without a draft the section is one line; its heading is still there for screen readers. */}
      <h2 id="save-heading" class={draft ? 'section-title save-title' : 'visually-hidden'}>
        {t('popup_save_heading')}
      </h2>
      {capture.status === 'error' && <p class="save-note error">{capture.message}</p>}
      {!draft && capture.status === 'ready' && (
        <div class="save-empty">
          {saved ? (
            <p class="save-note ok">
              <span aria-hidden="true">✓ </span>
              {t('popup_saved_to_clippings')}
            </p>
          ) : (
            <p class="save-note">{t('popup_select_first')}</p>
          )}
          <button type="button" class="link-button" onClick={() => void readSelection()}>
            {saved ? t('popup_save_another') : t('popup_check_again')}
          </button>
        </div>
      )}
      {draft && (
        <form
          class="draft"
          aria-label={t('popup_new_clipping')}
          onSubmit={(event) => {
            event.preventDefault();
            onSave();
          }}
          onKeyDown={(event) => {
            if (isSaveKey(event)) {
              event.preventDefault();
              onSave();
            }
          }}
        >
          <blockquote class="draft-quote" lang={textLangTag(draft.capture.quote)}>
            {draft.capture.quote}
          </blockquote>
          {draft.capture.entities.length > 0 && (
            <ul class="chips" aria-label={t('popup_found_in_quote')}>
              {draft.capture.entities.map((entity) => (
                <li key={entity.id}>
                  <EntityChip entity={entity} />
                </li>
              ))}
            </ul>
          )}
          <label class="field-label" for="draft-note">
            {t('common_note')} <span class="muted">{t('popup_optional')}</span>
          </label>
          <textarea id="draft-note" rows={2} value={draft.note} placeholder={t('popup_note_placeholder')} onInput={(e) => edit({ note: e.currentTarget.value })} />
          <label class="field-label" for="draft-tags">
            {t('common_tags')} <span class="muted">{t('common_tags_hint')}</span>
          </label>
          <input id="draft-tags" type="text" value={draft.tags} placeholder={t('popup_tags_placeholder')} autoComplete="off" onInput={(e) => edit({ tags: e.currentTarget.value })} />
          <div class="draft-actions">
            <button ref={saveButton} type="submit" class="button" aria-disabled={saving} aria-keyshortcuts="Control+Enter Meta+Enter">
              {saving ? t('common_saving') : t('popup_save_clipping')}
            </button>
            <span class="hint muted">{SHORTCUT}</span>
            {error && <span class="draft-error error">{error}</span>}
          </div>
        </form>
      )}
    </section>
  );
}
