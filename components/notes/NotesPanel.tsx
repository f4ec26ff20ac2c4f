/**
 * The user's notes on one entity: listed, added, edited and deleted. Notes are shown as text,
 * never as HTML.
 *
 * Deleted notes stay in the background's trash for a week, and the panel lists the ones deleted
 * in the last day under "Recently deleted" with an Undo each: the undo outlives the popover and
 * puts back what the delete removed, not a copy this panel held. An edit names the version it
 * started from, so an edit made meanwhile in another window is reported, not overwritten; and
 * the panel reloads whenever notes on its entity change anywhere.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Client } from '../../lib/messaging/client.ts';
import { newId } from '../../lib/messaging/ids.ts';
import type { Protocol } from '../../lib/messaging/protocol.ts';
import type { Result } from '../../lib/messaging/result.ts';
import type { Note } from '../../lib/records/types.ts';
import type { Lang } from '../../lib/i18n/language.ts';
import { formatDay } from '../../lib/i18n/formats.ts';
import { useT } from '../i18n/context.ts';
import { errorText } from '../i18n/errors.ts';

/** The notes on the entity and the ones deleted lately, newest deletion first. */
export interface NotesView {
  notes: Note[];
  deleted: Note[];
}

interface Props {
  client: Client<Protocol>;
  entityId: string;
  label: string;
  /** The notes panel's grant, when it is framed in a page (see lib/store/grants.ts). */
  grant?: string;
  /** Reads the notes again (`notes.open` for a framed panel). */
  load: () => Promise<Result<NotesView>>;
  /** What was read when the panel opened. */
  initial: NotesView;
  /** Calls back when notes on this entity changed elsewhere; returns the unsubscribe. */
  onChangedElsewhere: (callback: () => void) => () => void;
  /** The level its heading takes in the document around it (the framed panel's is 2); drawn as h3 either way. */
  headingLevel?: number;
}

/** An edit in progress: the note, the text in the box, the text it started from and its version. */
interface Editing {
  id: string;
  text: string;
  original: string;
  base: number;
}

type Status = { kind: 'error' | 'info'; text: string } | null;

/** A note's date: its day, in the reader's language (the panel is not on a first paint's path, so Intl may load). */
const when = (ms: number, lang: Lang) => formatDay(lang, ms);
const firstWords = (text: string) => (text.length > 60 ? `${text.slice(0, 60).trimEnd()}…` : text);
const byCreation = (a: Note, b: Note) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1);
const SHOWN_DELETED = 3;

export function NotesPanel({ client, entityId, label, grant, load, initial, onChangedElsewhere, headingLevel }: Props) {
  const [view, setView] = useState<NotesView>(initial);
  const [draft, setDraft] = useState('');
  const [editing, setEditing] = useState<Editing | null>(null);
  // The change listener is registered once, so it reads the edit in progress from here.
  const editingNow = useRef<Editing | null>(null);
  editingNow.current = editing;
  const focusDraft = useRef(false);
  const draftBox = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const pendingId = useRef<string | null>(null);
  const withGrant = grant ? { grant } : {};
  const t = useT();

  async function reload() {
    const r = await load();
    if (r.ok) {
      setView(r.value);
      const edit = editingNow.current;
      if (edit && !r.value.notes.some((n) => n.id === edit.id)) keepOrphanedEdit(edit);
    }
    return r;
  }

  /** The note being edited was deleted elsewhere: what the reader typed moves to the new-note box, not lost. */
  function keepOrphanedEdit(edit: Editing) {
    editingNow.current = null;
    // The reader was typing in the box that goes away: the caret follows the text.
    focusDraft.current = document.activeElement?.id === `edit-${edit.id}`;
    setEditing(null);
    const typed = edit.text.trim();
    if (!typed || typed === edit.original.trim()) return;
    setDraft((d) => (d.trim() ? `${d.trimEnd()}\n\n${typed}` : typed));
    setStatus({ kind: 'info', text: t('notes_edit_gone') });
  }

  useEffect(() => {
    if (!focusDraft.current) return;
    focusDraft.current = false;
    draftBox.current?.focus();
  });

  useEffect(() => onChangedElsewhere(() => void reload()), [entityId]);

  async function add() {
    const text = draft.trim();
    if (!text || busy) return;
    setBusy(true);
    // The id is made once per draft, so a retry after a lost answer cannot add the note twice.
    pendingId.current ??= newId();
    const r = await client.request('notes.add', { id: pendingId.current, entityId, text, ...withGrant });
    setBusy(false);
    if (!r.ok) {
      setStatus({ kind: 'error', text: errorText(t, r.error) });
      return;
    }
    pendingId.current = null;
    setView((v) => ({ ...v, notes: [...v.notes.filter((n) => n.id !== r.value.id), r.value].sort(byCreation) }));
    setDraft('');
    setStatus({ kind: 'info', text: t('notes_saved') });
  }

  async function saveEdit() {
    if (!editing) return;
    const text = editing.text.trim();
    if (!text || busy) return;
    setBusy(true);
    const r = await client.request('notes.update', { id: editing.id, text, baseUpdatedAt: editing.base, ...withGrant });
    if (!r.ok && r.error.code === 'conflict') {
      // Show the note as it is now; the reader's text stays in the box, and saving again replaces it.
      // Saving stays busy, and the message waits, until the new version is in: a Save clicked
      // before that would conflict again.
      const fresh = await reload();
      const current = fresh.ok ? fresh.value.notes.find((n) => n.id === editing.id) : undefined;
      // Only the version moves on: what the reader typed (or cancelled) during the reload stands.
      // A reload that failed leaves the edit as it was, so a second Save can try again.
      if (current) setEditing((e) => (e && e.id === current.id ? { ...e, base: current.updatedAt } : e));
      setBusy(false);
      // A note deleted meanwhile moved the reader's text to the new-note box (and said so).
      if (current || !fresh.ok) setStatus({ kind: 'error', text: errorText(t, r.error) });
      return;
    }
    setBusy(false);
    if (!r.ok) {
      setStatus({ kind: 'error', text: errorText(t, r.error) });
      if (r.error.code === 'not-found') {
        // The reload finds the note gone and moves the reader's text to the new-note box.
        await reload();
      }
      return;
    }
    setView((v) => ({ ...v, notes: v.notes.map((n) => (n.id === r.value.id ? r.value : n)) }));
    setEditing(null);
    setStatus({ kind: 'info', text: t('notes_updated') });
  }

  async function remove(note: Note) {
    const r = await client.request('notes.delete', { id: note.id, ...withGrant });
    if (!r.ok) {
      setStatus({ kind: 'error', text: errorText(t, r.error) });
      return;
    }
    const removed = r.value;
    setView((v) => ({ notes: v.notes.filter((n) => n.id !== note.id), deleted: removed ? [removed, ...v.deleted.filter((n) => n.id !== removed.id)] : v.deleted }));
    setStatus({ kind: 'info', text: t('notes_deleted') });
  }

  async function undo(note: Note) {
    const r = await client.request('notes.restore', { id: note.id, ...withGrant });
    if (!r.ok) {
      setStatus({ kind: 'error', text: errorText(t, r.error) });
      return;
    }
    setView((v) => ({ notes: [...v.notes.filter((n) => n.id !== r.value.id), r.value].sort(byCreation), deleted: v.deleted.filter((n) => n.id !== r.value.id) }));
    setStatus({ kind: 'info', text: t('notes_restored') });
  }

  const { notes, deleted } = view;
  return (
    <section class="notes-panel" aria-label={t('notes_page_title', { name: label })}>
      <h3 aria-level={headingLevel}>{notes.length ? t('notes_heading_count', { count: notes.length }) : t('notes_heading')}</h3>
      {notes.length === 0 ? <p class="muted empty">{t('notes_empty', { name: label })}</p> : null}
      <ul class="notes-list">
        {notes.map((note) => (
          <li key={note.id} class="note">
            {editing?.id === note.id ? (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  void saveEdit();
                }}
              >
                <label class="visually-hidden" for={`edit-${note.id}`}>
                  {t('notes_edit_label')}
                </label>
                <textarea
                  id={`edit-${note.id}`}
                  value={editing.text}
                  rows={3}
                  onInput={(e) => setEditing({ ...editing, text: e.currentTarget.value })}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void saveEdit();
                  }}
                />
                <div class="row">
                  <button type="submit" class="button" disabled={busy}>
                    {busy ? t('common_saving') : t('common_save')}
                  </button>
                  <button type="button" class="link" onClick={() => setEditing(null)}>
                    {t('common_cancel')}
                  </button>
                </div>
              </form>
            ) : (
              <>
                <p class="note-text">{note.text}</p>
                <div class="row meta">
                  <span>{when(note.updatedAt, t.lang)}</span>
                  <button type="button" class="link" onClick={() => setEditing({ id: note.id, text: note.text, original: note.text, base: note.updatedAt })} aria-label={t('notes_edit_this')}>
                    {t('notes_edit')}
                  </button>
                  <button type="button" class="link danger" onClick={() => void remove(note)} aria-label={t('notes_delete_this')}>
                    {t('common_delete')}
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      {/* Between the notes and the new-note box, where it stays in view when the box is focused; the undo list is below it. */}
      <p class={`status ${status?.kind ?? ''}`} role="status" aria-live="polite">
        {status?.text ?? ''}
      </p>
      <form
        class="add"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <label class="visually-hidden" for="new-note">
          {t('notes_new_label', { name: label })}
        </label>
        <textarea
          ref={draftBox}
          id="new-note"
          placeholder={t('notes_placeholder', { name: label })}
          value={draft}
          rows={2}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void add();
          }}
        />
        <div class="row">
          <button type="submit" class="button" disabled={!draft.trim() || busy}>
            {busy ? t('common_saving') : t('notes_add')}
          </button>
          <span class="muted hint">Ctrl+Enter</span>
        </div>
      </form>
      {deleted.length ? (
        <div class="deleted">
          <h4 aria-level={headingLevel === undefined ? undefined : headingLevel + 1}>{t('notes_recently_deleted')}</h4>
          <ul>
            {deleted.slice(0, SHOWN_DELETED).map((note) => (
              <li key={note.id} class="row meta">
                <span class="deleted-text">{firstWords(note.text)}</span>
                <button type="button" class="link" onClick={() => void undo(note)} aria-label={t('notes_undo_this', { text: firstWords(note.text) })}>
                  {t('common_undo')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
