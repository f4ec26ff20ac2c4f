/**
 * The notes panel framed inside the popover. It is an extension page, so the news page can
 * neither read the notes nor listen to the keys typed into them. It learns its entity from its
 * URL and tells the popover only its height and when Escape was pressed.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createClient } from '../../lib/messaging/client.ts';
import { NotesPanel } from '../../components/notes/NotesPanel.tsx';
import '../../components/ui/tokens.css';
import '../../components/notes/notes.css';

const params = new URLSearchParams(location.search);
const entityId = params.get('entity') ?? '';
const label = params.get('label') ?? entityId;
const client = createClient((message) => browser.runtime.sendMessage(message));
const tellPopover = (message: Record<string, unknown>) => window.parent.postMessage({ source: 'assay-notes', ...message }, '*');

new ResizeObserver(() => tellPopover({ type: 'height', height: Math.ceil(document.documentElement.scrollHeight) })).observe(document.body);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') tellPopover({ type: 'escape' });
});

render(<NotesPanel client={client} entityId={entityId} label={label} />, document.getElementById('app')!);
