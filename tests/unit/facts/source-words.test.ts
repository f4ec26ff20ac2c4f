/**
 * The words around each source note, from the catalogs, in the card's language: the lead (or the
 * note's own prefix), the as-of date and the count of documents, on every kind of item that
 * carries a source.
 */
import { describe, expect, it } from 'vitest';
import { wordSource, wordSources } from '../../../lib/facts/source-words.ts';
import type { SourceView, ViewCard } from '../../../lib/facts/view.ts';
import { translatorFor } from '../../../lib/i18n/catalogs.ts';

const en = translatorFor('en');
const zh = translatorFor('zh');
const note: SourceView = { source: 'https://pubs.usgs.gov/x.pdf', asOf: '2026-02' };

describe('wordSource', () => {
  it('leads with "Source:" and a space in English, the full-width colon alone in Chinese', () => {
    expect(wordSource(note, en)).toEqual({ ...note, lead: 'Source: ', asOfText: 'as of Feb 2026' });
    expect(wordSource(note, zh)).toEqual({ ...note, lead: '来源：', asOfText: '截至2026年2月' });
  });

  it("leads with the note's own prefix where it has one", () => {
    expect(wordSource({ ...note, prefix: 'Status' }, en).lead).toBe('Status: ');
    expect(wordSource({ ...note, prefix: '状态' }, zh).lead).toBe('状态：');
  });

  it('counts the documents only for a note that stands for several', () => {
    expect(wordSource({ ...note, count: 8 }, en).docsText).toBe(' (8 documents)');
    expect(wordSource({ ...note, count: 8 }, zh).docsText).toBe('（共 8 份文件）');
    expect(wordSource({ ...note, count: 0 }, en)).not.toHaveProperty('docsText');
  });
});

describe('wordSources', () => {
  it('words the sources of a section, of headline figures and of entries, and leaves other items alone', () => {
    const card: ViewCard = {
      kind: 'mineral',
      id: 'mineral:x',
      names: { en: 'x', zh: 'x' },
      lang: 'en',
      sections: [{
        items: [
          { t: 'stats', items: [{ value: '50%', label: ['China'], lines: [], source: note }] },
          { t: 'entry', head: ['Price'], lines: ['not published'], source: { ...note, asOf: '2025' } },
          { t: 'entry', head: ['Bare'], lines: [] },
          { t: 'p', text: ['Plain'] },
        ],
        sources: [{ ...note, asOf: '2025-11-07' }],
      }],
    };
    const [section] = wordSources(card, en).sections;
    const [stats, entry, bare, plain] = section.items;
    expect(stats.t === 'stats' && stats.items[0].source.asOfText).toBe('as of Feb 2026');
    expect(entry.t === 'entry' && entry.source?.asOfText).toBe('as of 2025');
    expect(bare).toEqual({ t: 'entry', head: ['Bare'], lines: [] });
    expect(plain).toEqual({ t: 'p', text: ['Plain'] });
    expect(section.sources[0]).toMatchObject({ lead: 'Source: ', asOfText: 'as of 7 Nov 2025' });
  });
});
