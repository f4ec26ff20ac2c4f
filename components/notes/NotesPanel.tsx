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
}

type Status = { kind: 'error' | 'info'; text: string } | null;

const when = (ms: number) => new Date(ms).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const firstWords = (text: string) => (text.length > 60 ? `${text.slice(0, 60).trimEnd()}…` : text);
const byCreation = (a: Note, b: Note) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1);
const SHOWN_DELETED = 3;

export function NotesPanel({ client, entityId, label, grant, load, initial, onChangedElsewhere }: Props) {
  const [view, setView] = useState<NotesView>(initial);
  const [draft, setDraft] = useState('');
  const [editing, setEditing] = useState<{ id: string; text: string; base: number } | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const pendingId = useRef<string | null>(null);
  const withGrant = grant ? { grant } : {};

  async function reload() {
    const r = await load();
    if (r.ok) setView(r.value);
    return r;
  }

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
      setStatus({ kind: 'error', text: r.error.message });
      return;
    }
    pendingId.current = null;
    setView((v) => ({ ...v, notes: [...v.notes.filter((n) => n.id !== r.value.id), r.value].sort(byCreation) }));
    setDraft('');
    setStatus({ kind: 'info', text: 'Note saved.' });
  }

  async function saveEdit() {
    if (!editing) return;
    const text = editing.text.trim();
    if (!text) return;
    const r = await client.request('notes.update', { id: editing.id, text, baseUpdatedAt: editing.base, ...withGrant });
    if (!r.ok) {
      setStatus({ kind: 'error', text: r.error.message });
      if (r.error.code === 'conflict') {
        // Show the note as it is now; the reader's text stays in the box, and saving again replaces it.
        const fresh = await reload();
        const current = fresh.ok ? fresh.value.notes.find((n) => n.id === editing.id) : undefined;
        setEditing(current ? { ...editing, base: current.updatedAt } : null);
      } else if (r.error.code === 'not-found') {
        await reload();
        setEditing(null);
      }
      return;
    }
    setView((v) => ({ ...v, notes: v.notes.map((n) => (n.id === r.value.id ? r.value : n)) }));
    setEditing(null);
    setStatus({ kind: 'info', text: 'Note updated.' });
  }

  async function remove(note: Note) {
    const r = await client.request('notes.delete', { id: note.id, ...withGrant });
    if (!r.ok) {
      setStatus({ kind: 'error', text: r.error.message });
      return;
    }
    const removed = r.value;
    setView((v) => ({ notes: v.notes.filter((n) => n.id !== note.id), deleted: removed ? [removed, ...v.deleted.filter((n) => n.id !== removed.id)] : v.deleted }));
    setStatus({ kind: 'info', text: 'Note deleted. Undo it below, here or on any page, for a day.' });
  }

  async function undo(note: Note) {
    const r = await client.request('notes.restore', { id: note.id, ...withGrant });
    if (!r.ok) {
      setStatus({ kind: 'error', text: r.error.message });
      return;
    }
    setView((v) => ({ notes: [...v.notes.filter((n) => n.id !== r.value.id), r.value].sort(byCreation), deleted: v.deleted.filter((n) => n.id !== r.value.id) }));
    setStatus({ kind: 'info', text: 'Note restored.' });
  }

  const { notes, deleted } = view;
  return (
    <section class="notes-panel" aria-label={`Your notes on ${label}`}>
      <h3>Your notes{notes.length ? ` (${notes.length})` : ''}</h3>
      {notes.length === 0 ? <p class="muted empty">No notes on {label} yet. They appear on every page that mentions it.</p> : null}
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
                  Edit note
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
                  <button type="submit" class="button">Save</button>
                  <button type="button" class="link" onClick={() => setEditing(null)}>
                    Cancel
                  </button>
                </div>
              </form>
            ) : (
              <>
                <p class="note-text">{note.text}</p>
                <div class="row meta">
                  <span>{when(note.updatedAt)}</span>
                  <button type="button" class="link" onClick={() => setEditing({ id: note.id, text: note.text, base: note.updatedAt })} aria-label="Edit this note">
                    Edit
                  </button>
                  <button type="button" class="link danger" onClick={() => void remove(note)} aria-label="Delete this note">
                    Delete
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      <form
        class="add"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <label class="visually-hidden" for="new-note">
          New note on {label}
        </label>
        <textarea
          id="new-note"
          placeholder={`Add a note on ${label}…`}
          value={draft}
          rows={2}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void add();
          }}
        />
        <div class="row">
          <button type="submit" class="button" disabled={!draft.trim() || busy}>
            {busy ? 'Saving…' : 'Add note'}
          </button>
          <span class="muted hint">Ctrl+Enter</span>
        </div>
      </form>
      {deleted.length ? (
        <div class="deleted">
          <h4>Recently deleted</h4>
          <ul>
            {deleted.slice(0, SHOWN_DELETED).map((note) => (
              <li key={note.id} class="row meta">
                <span class="deleted-text">{firstWords(note.text)}</span>
                <button type="button" class="link" onClick={() => void undo(note)} aria-label={`Undo deleting “${firstWords(note.text)}”`}>
                  Undo
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p class={`status ${status?.kind ?? ''}`} role="status" aria-live="polite">
        {status?.text ?? ''}
      </p>
    </section>
  );
}
