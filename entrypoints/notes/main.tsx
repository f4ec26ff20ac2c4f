/**
 * The notes panel framed inside the popover. It is an extension page, so the news page can
 * neither read the notes nor listen to the keys typed into them. But a web page can frame this
 * page too, so it shows nothing and asks nothing until Assay's popover hands it a grant (see
 * entrypoints/content/notes-frame.ts): one message from its parent window with the grant and a
 * private port. The grant must be accepted by the background, and the message must come from the
 * page the grant was made for. After that the panel speaks to the popover over the port only
 * (its height, Escape); it never posts to the page's window.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ClippingGlanceLine } from '../../components/notes/ClippingGlance.tsx';
import { NotesPanel } from '../../components/notes/NotesPanel.tsx';
import { createClient } from '../../lib/messaging/client.ts';
import { fail, type Result } from '../../lib/messaging/result.ts';
import type { NotesSession } from '../../lib/messaging/protocol.ts';
import { notesHandOver } from './hand-over.ts';
import { onNotesChanged } from './notes-events.ts';
import { pageLanguage } from './ui-language.ts';
import { LanguageRoot } from '../../components/i18n/LanguageRoot.tsx';
import { useT } from '../../components/i18n/context.ts';
import '../../components/ui/tokens.css';
import '../../components/notes/notes.css';

const client = createClient((message) => browser.runtime.sendMessage(message));
window.addEventListener('message', notesHandOver({ parent: () => window.parent, open: (grant) => client.request('notes.open', { grant }), start }));

function start(grant: string, port: MessagePort, session: NotesSession): void {
  const tellPopover = (message: { type: 'height'; height: number } | { type: 'escape' }) => port.postMessage(message);
  new ResizeObserver(() => tellPopover({ type: 'height', height: Math.ceil(document.documentElement.scrollHeight) })).observe(document.body);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') tellPopover({ type: 'escape' });
  });

  const load = async (): Promise<Result<{ notes: NotesSession['notes']; deleted: NotesSession['deleted'] }>> => {
    const r = await client.request('notes.open', { grant });
    return r.ok ? { ok: true, value: { notes: r.value.notes, deleted: r.value.deleted } } : fail(r.error.code, r.error.message);
  };
  const onChangedElsewhere = (callback: () => void) => onNotesChanged(session.entityId, callback);

  const openDossier = () => void browser.tabs.create({ url: browser.runtime.getURL(`/dossier.html#${encodeURIComponent(session.entityId)}`) });
  /** The panel, with the entity named in the reader's language. */
  const Panel = () => {
    const t = useT();
    const label = t.lang === 'zh' ? (session.labelZh ?? session.label) : session.label;
    return (
      <>
        {/* The frame is a document of its own: its name as its unseen first heading. */}
        <h1 class="visually-hidden">{t('notes_page_title', { name: label })}</h1>
        <NotesPanel
          client={client}
          entityId={session.entityId}
          label={label}
          grant={grant}
          load={load}
          initial={{ notes: session.notes, deleted: session.deleted }}
          onChangedElsewhere={onChangedElsewhere}
          headingLevel={2}
        />
        <ClippingGlanceLine glance={session.glance} label={label} onOpenDossier={openDossier} />
      </>
    );
  };
  // The panel may not read the settings: its language comes with its session, and changes with the background's announcements.
  render(
    <LanguageRoot source={pageLanguage(null, session.language)} title={(t) => t('notes_page_title', { name: t.lang === 'zh' ? (session.labelZh ?? session.label) : session.label })}>
      <Panel />
    </LanguageRoot>,
    document.getElementById('app')!,
  );
}
