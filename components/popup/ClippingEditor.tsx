/** Editing a clipping's note and tags in place. Ctrl+Enter saves, Escape cancels. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Clipping } from '../../lib/records/types.ts';
import { formatTags, parseTags } from './tags-text.ts';
import { useT } from '../i18n/context.ts';

interface Props {
  clipping: Clipping;
  onSave(patch: { note: string; tags: string[] }): Promise<boolean>;
  onCancel(): void;
}

export function ClippingEditor({ clipping, onSave, onCancel }: Props) {
  const [note, setNote] = useState(clipping.note);
  const [tags, setTags] = useState(formatTags(clipping.tags));
  const [saving, setSaving] = useState(false);
  const noteField = useRef<HTMLTextAreaElement>(null);
  const ids = { note: `edit-note-${clipping.id}`, tags: `edit-tags-${clipping.id}` };
  const t = useT();

  useEffect(() => noteField.current?.focus(), []);

  async function save() {
    if (saving) return;
    setSaving(true);
    const done = await onSave({ note: note.trim(), tags: parseTags(tags) });
    // On failure the editor stays open with what was typed; the status line says why.
    if (!done) setSaving(false);
  }

  return (
    <form
      class="editor"
      aria-label={t('popup_edit_form')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void save();
        } else if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <label class="field-label" for={ids.note}>
        {t('common_note')}
      </label>
      <textarea ref={noteField} id={ids.note} rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      <label class="field-label" for={ids.tags}>
        {t('common_tags')} <span class="muted">{t('common_tags_hint')}</span>
      </label>
      <input id={ids.tags} type="text" autoComplete="off" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      <div class="editor-actions">
        <button type="submit" class="button" aria-disabled={saving}>
          {saving ? t('common_saving') : t('common_save')}
        </button>
        <button type="button" class="button-quiet" onClick={onCancel}>
          {t('common_cancel')}
        </button>
      </div>
    </form>
  );
}
