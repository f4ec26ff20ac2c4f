/**
 * The readers at the edges of the extension's own channels: the background's announcements, the
 * request envelope and the NLP host's questions. Each takes its own well-formed message and
 * turns down everything else, including the other channels' messages.
 */
import { describe, expect, it } from 'vitest';
import { CHANNEL, envelope, isAssayMessage } from '../../../lib/messaging/envelope.ts';
import { EVENT_CHANNEL, notesChanged, pageChanged, readEvent, readPageEvent, readSettingsEvent, settingsChanged } from '../../../lib/messaging/events.ts';
import { isNlpHostRequest, NLP_HOST_CHANNEL } from '../../../lib/nlp-host/messages.ts';

const notSo = [undefined, null, 0, 'assay-event', [], {}];

describe('the background announcements', () => {
  it('read back what they were made from', () => {
    expect(readEvent(notesChanged('mineral:gallium'))).toEqual({ channel: EVENT_CHANNEL, event: 'notes.changed', entityId: 'mineral:gallium' });
    expect(readPageEvent(pageChanged(7))).toEqual({ channel: EVENT_CHANNEL, event: 'page.changed', tabId: 7 });
    expect(readSettingsEvent(settingsChanged('zh'))).toEqual({ channel: EVENT_CHANNEL, event: 'settings.changed', language: 'zh' });
    expect(readSettingsEvent(settingsChanged('en'))?.language).toBe('en');
  });

  it('keep only the fields they define', () => {
    expect(readEvent({ ...notesChanged('country:CN'), note: 'secret' })).toEqual(notesChanged('country:CN'));
    expect(readPageEvent({ ...pageChanged(3), url: 'https://x' })).toEqual(pageChanged(3));
    expect(readSettingsEvent({ ...settingsChanged('en'), sites: ['a'] })).toEqual(settingsChanged('en'));
  });

  it('turn down other values, other channels, other events and bad fields', () => {
    for (const m of notSo) {
      expect(readEvent(m)).toBeUndefined();
      expect(readPageEvent(m)).toBeUndefined();
      expect(readSettingsEvent(m)).toBeUndefined();
    }
    expect(readEvent({ ...notesChanged('mineral:gallium'), channel: CHANNEL })).toBeUndefined();
    expect(readEvent(pageChanged(1))).toBeUndefined();
    expect(readEvent({ ...notesChanged('mineral:gallium'), event: 'notes.deleted' })).toBeUndefined();
    expect(readPageEvent({ ...pageChanged(1), event: 'page.closed' })).toBeUndefined();
    expect(readSettingsEvent({ ...settingsChanged('zh'), event: 'settings.reset' })).toBeUndefined();
    expect(readEvent({ ...notesChanged('x'), entityId: 'not an id' })).toBeUndefined();
    expect(readEvent({ channel: EVENT_CHANNEL, event: 'notes.changed' })).toBeUndefined();
    expect(readPageEvent({ ...pageChanged(1), channel: 'assay' })).toBeUndefined();
    expect(readPageEvent(notesChanged('mineral:gallium'))).toBeUndefined();
    expect(readPageEvent({ ...pageChanged(1), tabId: 1.5 })).toBeUndefined();
    expect(readPageEvent({ ...pageChanged(1), tabId: '1' })).toBeUndefined();
    expect(readSettingsEvent({ ...settingsChanged('en'), channel: NLP_HOST_CHANNEL })).toBeUndefined();
    expect(readSettingsEvent(pageChanged(1))).toBeUndefined();
    expect(readSettingsEvent({ ...settingsChanged('en'), language: 'fr' })).toBeUndefined();
    expect(readSettingsEvent({ channel: EVENT_CHANNEL, event: 'settings.changed' })).toBeUndefined();
  });
});

describe('the request envelope', () => {
  it("marks a request as Assay's and sends an absent payload as an empty one", () => {
    expect(envelope('notes.list', { entityId: 'x' })).toEqual({ channel: 'assay', name: 'notes.list', payload: { entityId: 'x' } });
    expect(envelope('settings.get', undefined)).toEqual({ channel: 'assay', name: 'settings.get', payload: {} });
    expect(envelope('settings.get', null).payload).toEqual({});
    expect(envelope('x', 0).payload).toBe(0);
  });

  it("tells Assay's messages from anything else on the channel", () => {
    expect(isAssayMessage(envelope('notes.list', {}))).toBe(true);
    expect(isAssayMessage({ channel: 'assay' })).toBe(true);
    for (const m of [...notSo, notesChanged('mineral:gallium'), { channel: 'Assay' }, 'assay']) expect(isAssayMessage(m)).toBe(false);
  });
});

describe("the NLP host's questions", () => {
  const ask = (questions: unknown) => ({ channel: NLP_HOST_CHANNEL, questions });

  it('accepts a list of sentences, an empty one too', () => {
    expect(isNlpHostRequest(ask({ sentences: ['Lead prices rose.', 'A $2 billion deal.'] }))).toBe(true);
    expect(isNlpHostRequest(ask({ sentences: [] }))).toBe(true);
  });

  it('turns down anything else', () => {
    for (const m of notSo) expect(isNlpHostRequest(m)).toBe(false);
    expect(isNlpHostRequest({ channel: 'assay', questions: { sentences: [] } })).toBe(false);
    expect(isNlpHostRequest(ask(undefined))).toBe(false);
    expect(isNlpHostRequest(ask({}))).toBe(false);
    expect(isNlpHostRequest(ask({ sentences: 'x' }))).toBe(false);
    expect(isNlpHostRequest(ask({ sentences: [1] }))).toBe(false);
    expect(isNlpHostRequest(ask({ sentences: ['Lead rose.', null] }))).toBe(false);
  });
});
