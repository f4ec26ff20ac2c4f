// @vitest-environment happy-dom
/**
 * The notes panel against the real request handler and note store (on fake-indexeddb), two
 * panels on one entity as two tabs have them, each told when notes change elsewhere as the
 * background tells open panels. A request can be held back, to look at the panel while it waits.
 */
import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, it, vi } from 'vitest';
import { NotesPanel, type NotesView } from '../../../components/notes/NotesPanel.tsx';
import { createStoreHandlers } from '../../../lib/background/handlers.ts';
import { createClient } from '../../../lib/messaging/client.ts';
import type { Result } from '../../../lib/messaging/result.ts';
import { createRequestHandler } from '../../../lib/messaging/server.ts';
import { openAssayDb } from '../../../lib/store/db.ts';
import { NoteStore } from '../../../lib/store/notes.ts';
import { InLanguage } from '../i18n/in-language.tsx';
import { until } from '../until-rendered.ts';

const ORIGIN = 'chrome-extension://assay-id/';
const ENTITY = 'mineral:tungsten';

interface Rig {
  /** While true, panels are not told of changes (a missed notification). */
  muted: boolean;
  /** Deletes every note on the entity straight in the store, as another window would. */
  deleteEverywhere: () => Promise<void>;
  /** Requests by name that wait until `release()` is called. */
  hold: Set<string>;
  release: () => void;
  sent: string[];
  mount: (root: HTMLElement) => Promise<void>;
}

async function rig(): Promise<Rig> {
  const db = await openAssayDb(new IDBFactory(), 'assay');
  const listeners = new Set<(entityId: string) => void>();
  const handle = createRequestHandler(
    createStoreHandlers(db, { onNotesChanged: (entityId) => !rigged.muted && listeners.forEach((l) => l(entityId)) }),
    { ownId: 'assay-id', extensionOrigin: ORIGIN },
  );
  const hold = new Set<string>();
  let waiting: (() => void)[] = [];
  const sent: string[] = [];
  const client = createClient(
    async (message) => {
      const wire = JSON.parse(JSON.stringify(message)) as { name: string; payload: Record<string, unknown> };
      sent.push(wire.name);
      if (hold.has(wire.name)) await new Promise<void>((resolve) => waiting.push(resolve));
      return handle(wire, { id: 'assay-id', url: `${ORIGIN}dossier.html` });
    },
    { attempts: 1 },
  );
  const load = async (): Promise<Result<NotesView>> => {
    const r = await client.request('dossier.get', { entityId: ENTITY, pageSize: 1 });
    return r.ok ? { ok: true, value: { notes: r.value.notes, deleted: r.value.deleted } } : r;
  };
  const rigged: Rig = {
    muted: false,
    deleteEverywhere: async () => {
      for (const note of await new NoteStore(db).listByEntity(ENTITY)) await new NoteStore(db).delete(note.id);
    },
    hold,
    sent,
    release: () => {
      const now = waiting;
      waiting = [];
      now.forEach((resolve) => resolve());
    },
    mount: async (root) => {
      const first = await load();
      if (!first.ok) throw new Error(first.error.message);
      await act(() => {
        render(
          <InLanguage>
            <NotesPanel
              client={client}
              entityId={ENTITY}
              label="tungsten"
              load={load}
              initial={first.value}
              onChangedElsewhere={(callback) => {
                const listener = (entityId: string) => entityId === ENTITY && callback();
                listeners.add(listener);
                return () => listeners.delete(listener);
              }}
            />
          </InLanguage>,
          root,
        );
      });
    },
  };
  return rigged;
}

const roots: HTMLElement[] = [];
function newRoot(): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  return root;
}
afterEach(() => {
  for (const root of roots.splice(0)) render(null, root);
});

const notesIn = (root: HTMLElement) => Array.from(root.querySelectorAll('.note-text'), (p) => p.textContent);
const statusIn = (root: HTMLElement) => root.querySelector('.status')?.textContent ?? '';
const buttonIn = (root: HTMLElement, name: string) => {
  const found = Array.from(root.querySelectorAll('button')).filter((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === name);
  if (!found.length) throw new Error(`no button "${name}"`);
  return found[found.length - 1]!;
};
const type = (field: HTMLTextAreaElement, text: string) => {
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
};
const editBox = (root: HTMLElement) => root.querySelector<HTMLTextAreaElement>('textarea[id^="edit-"]')!;

async function addNote(root: HTMLElement, text: string): Promise<void> {
  await act(() => type(root.querySelector<HTMLTextAreaElement>('#new-note')!, text));
  await act(() => buttonIn(root, 'Add note').click());
  await until(() => expect(notesIn(root)).toContain(text));
}

/** Two panels on the entity, as two tabs, with one note written in the first. */
async function twoPanelsWith(text: string) {
  const r = await rig();
  const a = newRoot();
  const b = newRoot();
  await r.mount(a);
  await r.mount(b);
  await addNote(a, text);
  await until(() => expect(notesIn(b)).toEqual([text]));
  return { r, a, b };
}

it('adds a note, which the other open panel lists too, and empties the box', async () => {
  const r = await rig();
  const a = newRoot();
  const b = newRoot();
  await r.mount(a);
  await r.mount(b);
  expect(notesIn(a)).toEqual([]);
  await addNote(b, 'Kazakh tungsten <b>deal</b>');
  expect(b.querySelector<HTMLTextAreaElement>('#new-note')!.value).toBe('');
  expect(statusIn(b)).toBe('Note saved.');
  await until(() => expect(notesIn(a)).toEqual(['Kazakh tungsten <b>deal</b>']));
  // Shown as text, never as HTML.
  expect(a.querySelector('.note-text b')).toBeNull();
});

it('shows an edit as saving until the answer comes, and ignores a second press meanwhile', async () => {
  const r = await rig();
  const a = newRoot();
  await r.mount(a);
  await addNote(a, 'First draft');
  await act(() => buttonIn(a, 'Edit this note').click());
  await act(() => type(editBox(a), 'Second draft'));
  r.hold.add('notes.update');
  await act(() => buttonIn(a, 'Save').click());
  const save = editBox(a).form!.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  await until(() => expect(save.textContent).toBe('Saving…'));
  expect(save.disabled).toBe(true);
  await act(() => save.click());
  await act(() => editBox(a).form!.requestSubmit());
  expect(r.sent.filter((name) => name === 'notes.update')).toHaveLength(1);
  r.release();
  await until(() => expect(notesIn(a)).toEqual(['Second draft']));
  expect(statusIn(a)).toBe('Note updated.');
});

/** Both panels open the note for editing; b saves first, so a's edit starts from an older version. */
async function editedInBoth() {
  const panels = await twoPanelsWith('Base');
  const { a, b } = panels;
  await act(() => buttonIn(a, 'Edit this note').click());
  await act(() => buttonIn(b, 'Edit this note').click());
  await act(() => type(editBox(b), 'From B'));
  await act(() => buttonIn(b, 'Save').click());
  await until(() => expect(notesIn(b)).toEqual(['From B']));
  return panels;
}

it('refuses an edit started before another panel saved, keeps the text in the box, and replaces the note on a second save', async () => {
  const { a, b } = await editedInBoth();
  await act(() => type(editBox(a), 'From A'));
  await act(() => buttonIn(a, 'Save').click());
  await until(() => expect(statusIn(a)).toContain('changed in another window'));
  expect(editBox(a).value).toBe('From A');
  expect(notesIn(b)).toEqual(['From B']);
  await act(() => buttonIn(a, 'Save').click());
  await until(() => expect(notesIn(a)).toEqual(['From A']));
  await until(() => expect(notesIn(b)).toEqual(['From A']));
});

it('says a save conflicted only once the note as it now is has loaded, and saves nothing meanwhile', async () => {
  const { r, a } = await editedInBoth();
  await act(() => type(editBox(a), 'From A'));
  // The reload after the conflict waits: until it is in, a second Save would send the old version.
  r.hold.add('dossier.get');
  const updatesBefore = r.sent.filter((name) => name === 'notes.update').length;
  await act(() => buttonIn(a, 'Save').click());
  await until(() => expect(r.sent.at(-1)).toBe('dossier.get'));
  expect(statusIn(a)).not.toContain('changed in another window');
  await act(() => buttonIn(a, 'Saving…').click());
  expect(r.sent.filter((name) => name === 'notes.update').length).toBe(updatesBefore + 1);
  // What the reader types while the reload is out stays in the box.
  await act(() => type(editBox(a), 'From A, and more'));
  r.hold.clear();
  r.release();
  await until(() => expect(statusIn(a)).toContain('changed in another window'));
  expect(editBox(a).value).toBe('From A, and more');
  await act(() => buttonIn(a, 'Save').click());
  await until(() => expect(notesIn(a)).toEqual(['From A, and more']));
});

it('moves an edit in progress to the new-note box when another panel deletes its note', async () => {
  const { a, b } = await twoPanelsWith('Short-lived');
  await act(() => buttonIn(a, 'Edit this note').click());
  await act(() => type(editBox(a), 'Typed meanwhile'));
  editBox(a).focus();
  await act(() => buttonIn(b, 'Delete this note').click());
  await until(() => expect(a.querySelector('textarea[id^="edit-"]')).toBeNull());
  expect(notesIn(a)).toEqual([]);
  // The caret follows the text to its new box.
  expect(document.activeElement?.id).toBe('new-note');
  expect(a.contains(document.activeElement)).toBe(true);
  expect(a.querySelector<HTMLTextAreaElement>('#new-note')!.value).toBe('Typed meanwhile');
  expect(statusIn(a)).toContain('deleted in another window');
  await act(() => buttonIn(a, 'Add note').click());
  await until(() => expect(notesIn(b)).toEqual(['Typed meanwhile']));
});

it('keeps the text of an edit whose note is gone when saved, after what is already in the new-note box', async () => {
  const r = await rig();
  const a = newRoot();
  await r.mount(a);
  await addNote(a, 'Doomed');
  await act(() => buttonIn(a, 'Edit this note').click());
  await act(() => type(editBox(a), 'Rewritten'));
  await act(() => type(a.querySelector<HTMLTextAreaElement>('#new-note')!, 'Half a thought'));
  // Deleted where this panel does not hear of it (its listener missed the change).
  r.muted = true;
  await r.deleteEverywhere();
  await act(() => buttonIn(a, 'Save').click());
  await until(() => expect(a.querySelector('textarea[id^="edit-"]')).toBeNull());
  expect(a.querySelector<HTMLTextAreaElement>('#new-note')!.value).toBe('Half a thought\n\nRewritten');
  expect(statusIn(a)).toContain('deleted in another window');
  expect(notesIn(a)).toEqual([]);
});

it('closes an unchanged edit quietly when its note is deleted elsewhere', async () => {
  const { a, b } = await twoPanelsWith('Untouched');
  await act(() => buttonIn(a, 'Edit this note').click());
  await act(() => buttonIn(b, 'Delete this note').click());
  await until(() => expect(a.querySelector('textarea[id^="edit-"]')).toBeNull());
  expect(a.querySelector<HTMLTextAreaElement>('#new-note')!.value).toBe('');
  // Nobody was typing there, so the focus is not moved.
  expect(document.activeElement?.id).not.toBe('new-note');
  expect(statusIn(a)).not.toContain('deleted in another window');
});

it('offers an undo for a deleted note, in this panel and in one opened later, that puts it back', async () => {
  const r = await rig();
  const a = newRoot();
  await r.mount(a);
  await addNote(a, 'Keep me');
  await act(() => buttonIn(a, 'Delete this note').click());
  await until(() => expect(notesIn(a)).toEqual([]));
  expect(statusIn(a)).toMatch(/^Note deleted\. Undo it below/);
  const later = newRoot();
  await r.mount(later);
  expect(later.querySelector('.deleted-text')?.textContent).toBe('Keep me');
  await act(() => buttonIn(later, 'Undo deleting “Keep me”').click());
  await until(() => expect(notesIn(later)).toEqual(['Keep me']));
  expect(later.querySelector('.deleted-text')).toBeNull();
  await until(() => expect(notesIn(a)).toEqual(['Keep me']));
});
