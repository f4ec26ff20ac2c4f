/**
 * The notes panel's hand-over: which offers it takes to the background and which one it starts
 * with. A page can frame the panel and post to it; none of these offers may start it.
 */
import { describe, expect, it, vi } from 'vitest';
import { NOTES_INIT } from '../../../entrypoints/content/notes-frame.ts';
import { notesHandOver } from '../../../entrypoints/notes/hand-over.ts';
import type { Result } from '../../../lib/messaging/result.ts';
import type { NotesSession } from '../../../lib/messaging/protocol.ts';

const parent = { name: 'the popover page' };
const stranger = { name: 'a frame of the page' };
const TOKEN = 'g'.repeat(43);
const ORIGIN = 'https://news.example.com';
const session = (pageOrigin = ORIGIN): NotesSession => ({
  entityId: 'mineral:gallium', label: 'gallium', pageOrigin, notes: [], deleted: [], glance: { total: 0, newest: [] },
} as unknown as NotesSession);

function setup(answer: (grant: string) => Result<NotesSession> = () => ({ ok: true, value: session() })) {
  const open = vi.fn(async (grant: string) => answer(grant));
  const start = vi.fn();
  const take = notesHandOver({ parent: () => parent, open, start });
  return { open, start, take };
}

const port = () => new MessageChannel().port1;
const offer = (overrides: Partial<{ source: unknown; ports: MessagePort[]; data: unknown; origin: string }> = {}) =>
  ({ source: parent, ports: [port()], data: { type: NOTES_INIT, token: TOKEN }, origin: ORIGIN, ...overrides }) as unknown as MessageEvent;

describe('the notes panel hand-over', () => {
  it('starts with a grant the background accepts for the page that handed it over', async () => {
    const { open, start, take } = setup();
    const event = offer();
    expect(await take(event)).toBe(true);
    expect(open).toHaveBeenCalledWith(TOKEN);
    expect(start).toHaveBeenCalledTimes(1);
    expect(start.mock.calls[0]).toEqual([TOKEN, event.ports[0], session()]);
  });

  it.each([
    ['from a window other than its parent', offer({ source: stranger })],
    ['with no port', offer({ ports: [] })],
    ['with two ports', offer({ ports: [port(), port()] })],
    ['of another type', offer({ data: { type: 'assay-notes-hello', token: TOKEN } })],
    ['with no data', offer({ data: null })],
    ['with a grant that is not text', offer({ data: { type: NOTES_INIT, token: 42 } })],
    ['with an oversized grant', offer({ data: { type: NOTES_INIT, token: 'g'.repeat(129) } })],
  ])('ignores an offer %s without asking the background', async (_, event) => {
    const { open, start, take } = setup();
    expect(await take(event)).toBe(false);
    expect(open).not.toHaveBeenCalled();
    expect(start).not.toHaveBeenCalled();
  });

  it('stays blank when the background refuses the grant', async () => {
    const { open, start, take } = setup(() => ({ ok: false, error: { code: 'forbidden', message: 'no' } }));
    expect(await take(offer())).toBe(false);
    expect(open).toHaveBeenCalledTimes(1);
    expect(start).not.toHaveBeenCalled();
  });

  it('stays blank when the grant was made for another page than the one handing it over', async () => {
    const { start, take } = setup(() => ({ ok: true, value: session('https://elsewhere.example') }));
    expect(await take(offer())).toBe(false);
    expect(start).not.toHaveBeenCalled();
  });

  it('starts once: a second offer, even one sent before the first was answered, is ignored', async () => {
    const { open, start, take } = setup();
    const [first, second] = await Promise.all([take(offer()), take(offer())]);
    expect([first, second].filter(Boolean)).toHaveLength(1);
    // Once started, later offers do not even reach the background.
    expect(await take(offer())).toBe(false);
    expect(open).toHaveBeenCalledTimes(2);
    expect(start).toHaveBeenCalledTimes(1);
  });
});
