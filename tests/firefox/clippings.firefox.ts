/**
 * Clippings from the popup in Firefox: a selection on a real news page (from the corpus) and one
 * on the sample page saved with a note and tags typed in the popup, then found by a word of the
 * quote, of the note, a tag, and an entity's name the quote does not spell out.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clipping } from '../../lib/records/types.ts';
import { CORPUS_DIR } from '../../scripts/serve.ts';
import { NEWS_NOTE, NEWS_PAGE, NEWS_QUOTE, SAMPLE_QUOTE, SEARCHES } from '../fixtures/clippings.ts';
import { startFirefox, type FirefoxHarness } from './harness.ts';
import { openRead } from './page-helpers.ts';
import { listedQuotes, openPopup, saveDraft, search, selectPhrase } from './popup-helpers.ts';


describe('clippings from the popup, in Firefox', () => {
  let h: FirefoxHarness;
  beforeAll(async () => {
    const file = join(CORPUS_DIR, NEWS_PAGE.replace(/^corpus\//, ''));
    if (!existsSync(file)) throw new Error(`corpus page missing (../shared/corpus must be there): ${file}`);
    h = await startFirefox();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('saves selections with a note and tags, and finds them by quote, note, tag and entity', async () => {
    const news = await openRead(h, NEWS_PAGE);
    await selectPhrase(news, NEWS_QUOTE);
    let popup = await openPopup(h, news);
    await expect.poll(() => popup.text('.draft-quote')).toBe(NEWS_QUOTE);
    const chips = await popup.evaluate(() => [...document.querySelectorAll('.draft .chip')].map((c) => c.textContent ?? ''));
    expect(chips).toEqual(expect.arrayContaining(['Chile', 'lithium']));
    await saveDraft(popup, { note: NEWS_NOTE, tags: 'batteries, #latam' });
    await expect.poll(() => listedQuotes(popup)).toEqual([NEWS_QUOTE]);

    const answer = await h.ask<{ items: Clipping[] }>('clippings.list', { limit: 50 });
    const [stored] = answer.value!.items;
    expect(stored).toMatchObject({
      quote: NEWS_QUOTE,
      note: NEWS_NOTE,
      tags: ['batteries', 'latam'],
      url: h.server.url(NEWS_PAGE),
      site: '127.0.0.1',
    });
    expect(stored!.title).toContain('Colombia Adopts an Unprecedented Energy Policy');
    expect(stored!.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['country:CL', 'mineral:lithium']));

    const sample = await openRead(h, 'sample/index.html');
    await selectPhrase(sample, SAMPLE_QUOTE);
    popup = await openPopup(h, sample);
    await saveDraft(popup, { tags: 'central-asia' });
    await expect.poll(() => listedQuotes(popup)).toEqual([SAMPLE_QUOTE, NEWS_QUOTE]);

    for (const { text, finds } of SEARCHES) {
      expect(await search(popup, text), text).toEqual(finds.map((which) => (which === 'news' ? NEWS_QUOTE : SAMPLE_QUOTE)));
    }
    expect(await popup.text('.empty')).toContain('No clippings match');
    await popup.clickOn('Clear search and filters');
    await expect.poll(() => listedQuotes(popup)).toEqual([SAMPLE_QUOTE, NEWS_QUOTE]);
    await h.assertClean();
  });
});
