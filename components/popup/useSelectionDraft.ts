/**
 * The clipping being written: the page's selection as the content script captured it, the
 * user's note and tags, and the save. The record's id is made once per draft, so however many
 * times the save is retried (by the client, or by the user after an error) it names one record.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { newId } from '../../lib/messaging/ids.ts';
import type { Result } from '../../lib/messaging/result.ts';
import type { SelectionCapture } from '../../lib/messaging/tab-protocol.ts';
import type { Clipping } from '../../lib/records/types.ts';
import type { PopupEnv } from './env.ts';
import { tabAnswer, type TabAnswer } from './tab-answer.ts';
import { parseTags } from './tags-text.ts';
import { useT } from '../i18n/context.ts';
import { errorText } from '../i18n/errors.ts';

export interface Draft {
  id: string;
  capture: SelectionCapture;
  note: string;
  tags: string;
}

export interface SelectionDraftState {
  /** The selection as last read: null when nothing is selected. */
  capture: TabAnswer<SelectionCapture | null>;
  draft: Draft | null;
  saving: boolean;
  /** The clipping saved from the last draft, until a new selection is read. */
  saved: Clipping | null;
  /** Why the last save failed, shown next to the button as well as in the status line. */
  error: string | null;
  edit(patch: Partial<Pick<Draft, 'note' | 'tags'>>): void;
  readSelection(): Promise<void>;
  /** The save's answer, or null when there was nothing to save (or a save already on its way). */
  save(): Promise<Result<Clipping> | null>;
}

export function useSelectionDraft(env: PopupEnv): SelectionDraftState {
  const t = useT();
  const [capture, setCapture] = useState<TabAnswer<SelectionCapture | null>>({ status: 'loading' });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<Clipping | null>(null);
  const [error, setError] = useState<string | null>(null);

  const readSelection = useCallback(async () => {
    const answer = tabAnswer(await env.tab.request('tab.selection', {}), t);
    setCapture(answer);
    setError(null);
    if (answer.status !== 'ready') return;
    setSaved(null);
    setDraft((current) => {
      if (!answer.value) return null;
      // The same passage read again keeps its draft (and its id, and what the user typed).
      if (current && current.capture.quote === answer.value.quote && current.capture.url === answer.value.url) return current;
      return { id: newId(), capture: answer.value, note: '', tags: '' };
    });
  }, [env]);

  useEffect(() => {
    void readSelection();
  }, [readSelection]);

  const edit = useCallback((patch: Partial<Pick<Draft, 'note' | 'tags'>>) => {
    setDraft((current) => (current ? { ...current, ...patch } : current));
  }, []);

  const save = useCallback(async () => {
    if (!draft || saving) return null;
    setSaving(true);
    setError(null);
    const { capture: c } = draft;
    const result = await env.client.request('clippings.save', {
      id: draft.id,
      quote: c.quote,
      prefix: c.prefix,
      suffix: c.suffix,
      url: c.url,
      title: c.title,
      // Stored as the clipping's entities are: the Chinese names are the dataset's, added when shown.
      entities: c.entities.map(({ id, type, label }) => ({ id, type, label })),
      note: draft.note.trim(),
      tags: parseTags(draft.tags),
    });
    setSaving(false);
    if (!result.ok) {
      // The draft stays, with its id: saving again cannot make a second clipping.
      setError(errorText(t, result.error));
      return result;
    }
    setDraft(null);
    setSaved(result.value);
    return result;
  }, [env, draft, saving]);

  return { capture, draft, saving, saved, error, edit, readSelection, save };
}
