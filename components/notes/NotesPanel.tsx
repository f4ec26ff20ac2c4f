/**
 * The user's notes on one entity: listed, added, edited and deleted (with undo). Notes are shown
 * as text, never as HTML.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Client } from '../../lib/messaging/client.ts';
import { newId } from '../../lib/messaging/ids.ts';
import type { Protocol } from '../../lib/messaging/protocol.ts';
import type { Note } from '../../lib/store/types.ts';

interface Props {
  client: Client<Protocol>;
  entityId: string;
  label: string;
}

const when = (ms: number) => new Date(ms).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

export function NotesPanel({ client, entityId, label }: Props) {
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [draft, setDraft] = useState('');
  const [editing, setEditing] = useState<{ id: string; text: string } | null>(null);
  const [status, setStatus] = useState<{ kind: 'error' | 'info'; text: string; undo?: Note } | null>(null);
  const [busy, setBusy] = useState(false);
  const pendingId = useRef<string | null>(null);

  useEffect(() => {
    void client.request('notes.list', { entityId }).then((r) => {
      if (r.ok) setNotes(r.value);
      else {
        setNotes([]);
        setStatus({ kind: 'error', text: r.error.message });
      }
    });
  }, [entityId]);

  async function add() {
    const text = draft.trim();
    if (!text || busy) return;
    setBusy(true);
    // The id is made once per draft, so a retry after a lost answer cannot add the note twice.
    pendingId.current ??= newId();
    const r = await client.request('notes.add', { id: pendingId.current, entityId, text });
    setBusy(false);
    if (!r.ok) {
      setStatus({ kind: 'error', text: r.error.message });
      return;
    }
    pendingId.current = null;
    setNotes((list) => [...(list ?? []).filter((n) => n.id !== r.value.id), r.value]);
    setDraft('');
    setStatus({ kind: 'info', text: 'Note saved.' });
  }

  async function saveEdit() {
    if (!editing) return;
    const text = editing.text.trim();
    if (!text) return;
    const r = await client.request('notes.update', { id: editing.id, text });
    if (!r.ok) {
      setStatus({ kind: 'error', text: r.error.message });
      return;
    }
    setNotes((list) => (list ?? []).map((n) => (n.id === r.value.id ? r.value : n)));
    setEditing(null);
    setStatus({ kind: 'info', text: 'Note updated.' });
  }

  async function remove(note: Note) {
    const r = await client.request('notes.delete', { id: note.id });
    if (!r.ok) {
      setStatus({ kind: 'error', text: r.error.message });
      return;
    }
    setNotes((list) => (list ?? []).filter((n) => n.id !== note.id));
    setStatus({ kind: 'info', text: 'Note deleted.', undo: note });
  }

  async function undo(note: Note) {
    const r = await client.request('notes.restore', { note });
    if (!r.ok) {
      setStatus({ kind: 'error', text: r.error.message });
      return;
    }
    setNotes((list) => [...(list ?? []), r.value].sort((a, b) => a.createdAt - b.createdAt));
    setStatus({ kind: 'info', text: 'Note restored.' });
  }

  return (
    <section class="notes-panel" aria-label={`Your notes on ${label}`}>
      <h3>Your notes{notes && notes.length ? ` (${notes.length})` : ''}</h3>
      {notes === null ? <p class="muted">Loading…</p> : null}
      {notes?.length === 0 ? <p class="muted empty">No notes on {label} yet. They appear on every page that mentions it.</p> : null}
      <ul class="notes-list">
        {notes?.map((note) => (
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
                  onInput={(e) => setEditing({ id: note.id, text: e.currentTarget.value })}
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
                  <button type="button" class="link" onClick={() => setEditing({ id: note.id, text: note.text })} aria-label="Edit this note">
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
      <p class={`status ${status?.kind ?? ''}`} role="status" aria-live="polite">
        {status?.text ?? ''}
        {status?.undo ? (
          <button type="button" class="link" onClick={() => void undo(status.undo!)}>
            Undo
          </button>
        ) : null}
      </p>
    </section>
  );
}
