/**
 * Clippings from the popup, end to end in real Chromium: saved from a real news page (from the
 * corpus) and from the sample page with a note and tags, found again by a word of the quote, a
 * tag and an entity's name, reopened at the passage, edited, deleted and restored; and five tabs
 * saving at once.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEWS_NOTE, NEWS_PAGE, NEWS_QUOTE, SAMPLE_QUOTE, SEARCHES } from '../fixtures/clippings.ts';
import { startHarness, type Harness } from './harness.ts';
import { listedQuotes, openPopup, openRead, saveDraft, selectFirstParagraph, selectPhrase, statusText, storedClippings } from './popup-helpers.ts';

/** Types into the search box and waits for the list to answer it. */
async function search(popup: Page, text: string): Promise<string[]> {
  await popup.fill('#search', text);
  await expect.poll(() => popup.evaluate((t) => performance.getEntriesByName('assay-popup:search').some((m) => (m as PerformanceMeasure).detail.text === t), text)).toBe(true);
  return listedQuotes(popup);
}

describe('clippings from the popup', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('saves a selection from a news page with a note and a tag, finds it, reopens it, edits it, deletes and restores it', async () => {
    const news = await openRead(h, NEWS_PAGE);
    await selectPhrase(news, NEWS_QUOTE);
    let popup = await openPopup(h, news);
    await expect.poll(() => popup.locator('.draft-quote').textContent()).toBe(NEWS_QUOTE);
    expect(await popup.locator('.draft .chip').allTextContents()).toEqual(expect.arrayContaining(['Chile', 'lithium']));
    await saveDraft(popup, { note: NEWS_NOTE, tags: 'batteries, #latam' });
    await expect.poll(() => listedQuotes(popup)).toEqual([NEWS_QUOTE]);

    const [stored] = await storedClippings(popup);
    expect(stored).toMatchObject({
      quote: NEWS_QUOTE,
      note: NEWS_NOTE,
      tags: ['batteries', 'latam'],
      url: h.server.url(NEWS_PAGE),
      site: '127.0.0.1',
    });
    expect(stored.title).toContain('Colombia Adopts an Unprecedented Energy Policy');
    expect(stored.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['country:CL', 'mineral:lithium']));
    expect(stored.prefix.length + stored.suffix.length).toBeGreaterThan(0);

    // A second clipping, from the sample page: it goes to the top of the list.
    const sample = await openRead(h, 'sample/index.html');
    await selectPhrase(sample, SAMPLE_QUOTE);
    popup = await openPopup(h, sample);
    await saveDraft(popup, { tags: 'central-asia' });
    await expect.poll(() => listedQuotes(popup)).toEqual([SAMPLE_QUOTE, NEWS_QUOTE]);

    // Found by a word of the quote, a word of the note, a tag, and an entity's name that the
    // quote itself does not spell out ("Kazakh" in the text, Kazakhstan the country).
    for (const { text, finds } of SEARCHES) {
      expect(await search(popup, text), text).toEqual(finds.map((which) => (which === 'news' ? NEWS_QUOTE : SAMPLE_QUOTE)));
    }
    expect(await popup.locator('.empty').innerText()).toContain('No clippings match');
    await popup.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect.poll(() => listedQuotes(popup)).toEqual([SAMPLE_QUOTE, NEWS_QUOTE]);

    // Filters: by entity from the menu (filled in once the pointer comes near), by tag from a chip.
    await popup.hover('#filter-entity');
    await popup.selectOption('#filter-entity', 'mineral:lithium');
    await expect.poll(() => listedQuotes(popup)).toEqual([NEWS_QUOTE]);
    await popup.selectOption('#filter-entity', '');
    await popup.getByRole('button', { name: 'Show clippings tagged central-asia' }).click();
    await expect.poll(() => listedQuotes(popup)).toEqual([SAMPLE_QUOTE]);
    await popup.getByRole('button', { name: 'Show clippings tagged central-asia' }).click();
    await expect.poll(() => listedQuotes(popup)).toHaveLength(2);

    // Reopen: a new tab at the page, with a text fragment that takes it to the passage.
    const item = popup.locator('.clip', { hasText: NEWS_QUOTE });
    const opened = h.context.waitForEvent('page');
    await item.getByRole('button', { name: 'Open' }).click();
    const reopened = await opened;
    await reopened.waitForLoadState('load');
    const reopenedUrl = reopened.url();
    expect(reopenedUrl.startsWith(`${h.server.url(NEWS_PAGE)}#:~:text=`)).toBe(true);
    expect(decodeURIComponent(reopenedUrl.split('#:~:text=')[1])).toContain('positioning Chile as a');
    // The browser scrolled to the passage (it is well down the article).
    await expect.poll(() => reopened.evaluate(() => scrollY), { timeout: 10_000 }).toBeGreaterThan(200);
    await reopened.close();

    // Edit the note and tags in place.
    await item.getByRole('button', { name: 'Edit note & tags' }).click();
    await item.locator('textarea').fill('Atacama: compare SQM and Albemarle output.');
    await item.locator('input[type="text"]').fill('batteries, latam, follow-up');
    await item.locator('textarea').press('Control+Enter');
    await expect.poll(() => item.locator('.clip-note').textContent()).toBe('Atacama: compare SQM and Albemarle output.');
    expect(await item.locator('.chip-tag').allTextContents()).toEqual(['#batteries', '#latam', '#follow-up']);
    const edited = (await storedClippings(popup)).find((c) => c.id === stored.id)!;
    expect(edited).toMatchObject({ note: 'Atacama: compare SQM and Albemarle output.', tags: ['batteries', 'latam', 'follow-up'], createdAt: stored.createdAt });

    // Delete, then undo from the status line.
    await item.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => listedQuotes(popup)).toEqual([SAMPLE_QUOTE]);
    expect((await storedClippings(popup)).map((c) => c.id)).not.toContain(stored.id);
    expect(await statusText(popup)).toContain('Clipping deleted.');
    await popup.locator('[data-testid="status"]').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => listedQuotes(popup)).toEqual([SAMPLE_QUOTE, NEWS_QUOTE]);
    const restored = (await storedClippings(popup)).find((c) => c.id === stored.id);
    expect(restored).toEqual(edited);
    h.assertClean();
  });

  it('keeps every clipping when five tabs save at the same moment', async () => {
    const before = (await storedClippings(await h.openExtensionPage('popup.html'))).length;
    const paths = ['sample/index.html', 'sample/second.html', 'sample/live.html', NEWS_PAGE, 'corpus/fundus/uk__Nature_2025_11_04.html'];
    const pages: Page[] = [];
    for (const path of paths) pages.push(await openRead(h, path));
    const quotes: string[] = [];
    for (const page of pages) quotes.push(await selectFirstParagraph(page));
    const popups: Page[] = [];
    for (const page of pages) popups.push(await openPopup(h, page));
    for (const popup of popups) await popup.locator('.draft').waitFor();

    // All five saves leave together.
    await Promise.all(popups.map((popup) => popup.evaluate(() => (document.querySelector('.draft button[type="submit"]') as HTMLButtonElement).click())));
    for (const popup of popups) await expect.poll(() => statusText(popup), { timeout: 20_000 }).toContain('Saved');

    const all = await storedClippings(popups[0]);
    expect(all).toHaveLength(before + 5);
    for (const quote of quotes) expect(all.filter((c) => c.quote === quote)).toHaveLength(1);
    // A popup opened now lists all five, newest first among the others.
    const fresh = await openPopup(h, pages[0]);
    const listed = await listedQuotes(fresh);
    for (const quote of quotes) expect(listed).toContain(quote);
    h.assertClean();
  });
});
